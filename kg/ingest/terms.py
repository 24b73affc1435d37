"""The term that opens a list item or a line of notes, set off from what it is: "**Attention**:
weighs tokens", "Model Merging: ...", a definition list, and in shorthand "RAG = retrieval-augmented
generation", "Agent = model + tools + environment" (a sum of parts, which kg.ingest.written_parts reads), a
legend "abbr: FM = foundation model, ctx = context"; and what is no term though written as one
("**Pros**:", "**Web crawls dominate.**"). Knows English wording, Markdown and the symbols of
shorthand only."""

from __future__ import annotations

import re

from kg.ingest import classify, clauses, tagger
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.fragments import the_leading_one
from kg.ingest.markdown import Link, Paragraph
from kg.ingest.modifiers import EVALUATIVE, a_prefixed_modifier, a_shell_said_which, an_adjective, is_counted, is_shell
from kg.ingest.lists import without_asides
from kg.ingest.makers import CITED_FIRST
from kg.ingest.citations import citation_alone
from kg.ingest.marks import ARROW, ARROW_BETWEEN
from kg.ingest.name_lists import a_name, names_only
from kg.ingest.categories import without_where
from kg.ingest.problems import as_a_trouble, lists_problems, troubled_by_list
from kg.ingest.clause_shapes import says_how, the_doing_it_ends_on
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import a_place_in_the_notes, ends_on_a_count, names_a_doing
from kg.ingest.relations import relation_matches
from kg.ingest.remarks import is_remark, one_work, without_its_source
from kg.ingest.versus import VS, VS_FIRST, compared_sides
from kg.labels import as_term, capitalised_as_a_title

# "Model Merging: ...", "Prompt Caching vs. KV Caching: ...": capitalised words, a few small ones between, a size or
# version ("Nemotron-4 340B", "Gemini 1.5"), not a bare number ("Fold 1: ...", a place in a sequence)
_COLON_TERM = re.compile(r"^(?P<term>[A-Z][\w'-]*(?:\s+(?:[A-Z(][\w'()-]*|\d[\d.]*[A-Za-z][\w.]*|\d+\.\d+|vs\.?|of|and|for|the|in)){0,5}(?:\s+\([a-z][\w-]*(?:\s+[\w-]+){1,3}\))?):(?:\s|$)")
# "- tokenization: breaking text into tokens", "- soft prompts (SP): trainable vectors", "- top-p (nucleus sampling): ...": a few
# words in lower case (an abbreviation after the first: "- infilling FT: ..."), and what a parenthesis after them calls it
_LOWER_COLON_TERM = re.compile(r"^(?P<term>[a-z][\w'-]*(?:\s+(?:[a-z][\w'-]*|[A-Z][A-Z0-9]+s?)){0,2}(?:\s+\([A-Za-z][\w-]*(?:\s+[\w-]+){0,3}\))?):\s+(?=\S)")
# "- Context window: the most tokens ...", "- Kestrel model (KM): ...", "- RAG pipeline: ...": a few words
# in sentence case, or after an abbreviation
_SENTENCE_COLON_TERM = re.compile(r"^(?P<term>(?:[A-Z][a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}|[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)?"
                                  r"(?:\s+(?!(?:beyond|for|in|on|of|with|to|from|at|by|vs|and|or)\s)[a-z][\w'-]*){1,2})"  # not "RAG beyond text"
                                  r"(?:\s+\([A-Za-z][\w-]*(?:\s+[\w-]+){0,3}\))?):\s+(?=\S)")
# "- Large language model (LLM) — a foundation model ...", "- Perplexity - the exponential of ...": a dash
# (or a name of up to three words and its citation: "- prompt tuning (Lester et al., 2021) — ..."; its other name,
# "- Snout methods (aka pushing methods) — ..."; its maker, "- MossEval (from Zorp) - ...")
_DASH_TERM = re.compile(r"^(?P<term>[A-Za-z][\w'.-]*(?:\s+[\w'.-]+){0,4}?(?:\s+\((?:[A-Za-z][\w-]*|(?:(?:from|by)\s)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}"
                        r"|(?:aka|a\.k\.a\.)\s[\w\s'-]{1,30})\))?"
                        r"|[A-Za-z][\w'.-]*(?:\s+[\w'.-]+){0,2}\s+\([A-Z][^()]{0,30}\b(?:19|20)\d\d\))\s+[-—–]\s+(?=\S)")
# "- Prompt Tuning (Lester et al., 2021): soft prompts": a name and its citation, then a colon
_CITED_COLON_TERM = re.compile(r"^(?P<term>[A-Za-z][\w'.-]*(?:\s+[\w'.-]+){0,2}\s+\([A-Z][^()]{0,30}\b(?:19|20)\d\d\)):\s+(?=\S)")
# "FT = finetuning", "soft prompts = trainable vectors": up to four words before an equals sign with spaces
# (a dot only inside a word, "llama.cpp": "Some text. Den care = A, B" is a sentence, then a term set equal to a list);
# "X (XA) = ...", "X (XA) Y = ...", "X also = ..."
_EQUATED_TERM = re.compile(r"^(?P<term>[A-Za-z](?:[\w'-]|\.(?=\w))*(?:\s+(?!(?:also|too|again|still|then)\s+=)[A-Za-z](?:[\w'-]|\.(?=\w))*){0,3}"
                           r"(?:\s+\([^()=]{1,40}\)(?:\s+[A-Za-z][\w'-]*){0,2})?)(?:\s+(?:also|too|again|still|then))?\s+=\s+(?=\S)")
# a definition list (PHP Markdown Extra, Pandoc): "Task vector" on a line, ": difference between ..." below
_DEFINITION_LIST = re.compile(r"^(?P<term>[^\n:]{1,60})\n:[ \t]+(?=\S)")
_EXAMPLES = {"example", "examples", "for example", "for instance", "ex"}
# "Related: [[X]]", "See also: [[X]]": the links after it are of the entry or the note the label stands in
POINTER = re.compile(r"\s*(?:related(?: notes?| concepts?| topics?)?|see also|links?|references?|further reading)\s*:", re.IGNORECASE)
# "explicit fb vs implicit fb" alone on its line, a list below: two terms, compared
# "INT8 vs FP16: INT8 halves memory ...": two terms compared, what follows the colon says how
_VS_COLON = re.compile(r"^(?P<term>[\w'-]+(?:\s[\w'-]+){0,3}\s(?:vs\.?|versus)\s[\w'-]+(?:\s[\w'-]+){0,3}):\s+(?=\S)", re.IGNORECASE)
# (an aside after the pair: "Open models vs model APIs, the 7 axes:")
_VS_LINE = re.compile(r"^(?P<term>[\w'-]+(?:\s[\w'-]+){0,3}\s(?:vs\.?|versus)\s[\w'-]+(?:\s[\w'-]+){0,3})(?:,\s[^:,]{1,30})?\s*[:?]?\s*$",
                      re.IGNORECASE)
# compiled once, at import: the rules below read every term of the notes
_ITSELF_AT_END = re.compile(r"\s+(?:itself|themselves)$", re.IGNORECASE)
_ASIDE_AT_END = re.compile(r"\s*\([^()]*\)$")
_MAKER_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_VERB_ENDING = re.compile(r"(?:ize|(?<!w)ise|ify|ate)$")
_GRADED = re.compile(r"(?:v|very|super|really|too|pretty|quite|so|extremely)\.?\s+(?P<word>[a-z]+)")
_CAPITALS_INSIDE = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s?")
_ONE_WORD_HEAD = re.compile(r"[A-Za-z][a-z]+")
_MATH = re.compile(r"[−*^\\×÷<>=_]|\s[-/]\s|\d\s*[+/]|/\s*\d")  # "task vector = FT − base", "f_t = σ(W_f x_t)": a formula
# "Step 1 - collect the data", "Option 2: ...": a numbered step or choice, no name
_NUMBERED = re.compile(r"^(?:step|phase|stage|part|tip|option|rule|lesson|point|exercise|question|case|scenario|idea|hyp|hypothesis|theory"
                       r"|reason|problem|prob|issue|finding|observation|obs|claim|goal|challenge|approach|method|trick|takeaway|pitfall|mistake"
                       r"|chapter|ch\.?|section|week|day|lecture|session|v|version)\s*#?\d+(?:\.\d+)*$", re.IGNORECASE)  # "ch6 = RAG and agents": where, no name; "v1: A, B"
_LABEL_OPENERS = {"core", "key", "main", "other", "more", "some", "two", "three", "four", "five", "several", "many", "few"}
_REASONS = re.compile(r"^(?:why|how|when)\b.*\?$", re.IGNORECASE)  # "where does X come from?" is answered by names
_EXPANSION = re.compile(r"^(?P<long>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})\s*(?:$|[,;.(]|:\s|(?:->|→|=>)\s)")  # "AMP = automatic mixed precision: ..."
_LEGEND = re.compile(r"^(?:(?:abbr|abbrev|abbreviations?|acronyms|legend|shorthand)\.?\s*[:-]\s*)?", re.IGNORECASE)
_SHORT_FOR = re.compile(r"^(?P<short>[A-Za-z][\w&-]{0,7})\s*=\s*(?P<long>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4})$")


# a capitalised word and who made it, in parentheses: "Annoy (Spotify)", "Orca (Microsoft Research)"
_NAME_AND_MAKER = re.compile(r"[A-Z][\w.-]*\s+\((?:(?:from|by)\s)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\)")  # "Annoy (Spotify)", "X (from Zorp)"


_OTHER_NAME = re.compile(r"(?:a\.?k\.?a\.?|also (?:called|known as)|vs\.?|versus)\s", re.IGNORECASE)  # "aka X:", "vs X:": of the one above


def is_no_term(term: str, paragraph: Paragraph) -> bool:
    """Whether words written as a term are none: a label ("Example", "Pros", "Key takeaways", "Step
    1", "LoRA drawbacks"), a sentence in bold ("**Web crawls dominate.**"), an instruction ("2. Deduplicate — ...", "keep
    dens separate — ..."), a change of degree ("Lower perplexity"), or an item under a question ("Why use X?": reasons)."""
    term = _ITSELF_AT_END.sub("", term)  # "The task itself — ...": the task
    bare = _ASIDE_AT_END.sub("", term)  # "Self-supervised finetuning (continued pre-training)": its other name aside
    remark = is_remark(bare) and not paragraph.term_linked  # "[LoRA insights](...)": a page's title
    aside = _MAKER_ASIDE.match(paragraph.text)  # "**Annoy** (Spotify): ...": the maker after the bold term
    named = _NAME_AND_MAKER.fullmatch(f"{term} {aside.group().strip()}" if aside else term) is not None and not remark  # a name
    return (not (named or tagger.names_a_concept(term) or _compares_names(term)) or is_shell(re.sub(r"^[\w-]+['’]s\s+", "", term)) or a_shell_said_which(term) or remark or _answers_a_question(paragraph)
            or (clauses.has_finite_verb(bare) and not (_TITLED_PAST_FORM.match(bare) and not clauses.has_finite_verb(bare.lower())))
            or (not named and _an_instruction(term)) or says_how(term) or a_place_in_the_notes(term)
            or _of_degree(term) or _NUMBERED.match(term) is not None
            or troubled_by_list(term) is not None  # "seq2seq cons: ...": the problems of seq2seq
            or _first_of_a_list(term, paragraph.text) or _an_adjective_alone(term) or _how_often(term)
            or CITED_FIRST.fullmatch(term.strip()) is not None  # "Kim et al. 2021 — ...": a citation, of what the line is on
            or _AN_EXAMPLE.fullmatch(bare.strip()) is not None  # "Zorpco ex: ...", "book ex (Kim et al. 2022): ...": an example's label
            or _OTHER_NAME.match(term) is not None  # "- aka claw cloning: ...", "vs **pairwise**: ...": said of the entry above
            or is_counted(term) or ends_on_a_count(term)  # "**3 buckets of den tools**", "**7 axes**", "the big two": a count of things, a label
            or ARROW_BETWEEN.search(term) is not None)  # "**dig → line → seal** loop": steps of a flow, no one name


# "Supervised Learning": a past form in title case before a capital, a modifier (the tagger reads "Supervised" before a
# capital as a verb in the past; in small letters it does not, and "Supervised Models Generalize" keeps its verb)
_TITLED_PAST_FORM = re.compile(r"[A-Z][a-z]+ed\s+[A-Z][a-z]")
_MORE_OF_THE_SAME = re.compile(r"(?:and\s+|the\s+)?others|other\s+ones", re.IGNORECASE)  # "- others: A, B": more of the list, as "- more:"


def _compares_names(term: str) -> bool:
    """ "Soft prompts vs hard prompts": two sides compared, each a name, though the whole reads to the tagger as a clause."""
    sides = VS.split(term)
    return len(sides) > 1 and all(tagger.names_a_concept(side) for side in sides)


# the label of an example, by whose it is or what it is like: "Samsung ex", "Real-world example"; not "Few-shot example"
_AN_EXAMPLE = re.compile(r"(?:.+\s)?(?:ex|eg|e\.g)\.?|(?:real-world|concrete|quick|simple|toy|worked|classic|famous|typical|another|one more)"
                         r"\s+examples?", re.IGNORECASE)


def _an_instruction(term: str) -> bool:
    """ "Deduplicate", "Inspect dens", "keep dens separate": a verb's base form first, one the dictionary knows only as a
    verb (or none knows, with a verb's ending), or any verb before an object and the state it is left in; not "Bagging",
    "Stop words", "Open LLM Leaderboard", "REINFORCE"."""
    words = term.split()
    first = words[0].lower()
    if first.endswith(("ing", "ed")) or any(c.isupper() for c in words[0][1:]):
        return False  # "REINFORCE": a name in capitals
    if len(words) == 2 and words[0][:1].isupper() and re.fullmatch(r"[A-Z][A-Z0-9-]*[A-Z0-9]", words[1]):
        return False  # "Google TPU", "Stack Z100": a maker's word and a model's, no verb and its object
    readings = set(tagger.readings(first))
    if readings == {"VERB"} or (not readings and _VERB_ENDING.search(first)):  # not "pointwise"
        return len(words) == 1 or tagger.tagged(term)[1][1] not in ("POS", "NNP")  # not "Distill's editors"
    tags = [t for _w, t in tagger.tagged(term.lower())]
    return "VERB" in readings and len(words) > 2 and tags[0] == "VB" and tags[-1] == "JJ"  # "keep dens separate"


def _an_adjective_alone(term: str) -> bool:
    """ "- multimodal: ULIP, ImageBind", "**Sparse**: BM25": a word that says which, of a noun left unsaid
    (an adjective to the dictionary, or a word it lacks with an adjective's ending), graded or not ("v noisy"); not
    "Post-training"."""
    word = term.strip()
    if _WITH_ADJECTIVE_PART.fullmatch(word.lower()) or a_prefixed_modifier(word):
        return True  # "compute-bound", "memory bandwidth-bound", "soft-prompt-based", "multi-GPU": what something is like
    if (graded := _GRADED.fullmatch(word.lower())) is not None:
        word = graded["word"]  # "v noisy: clickbait, spam": how noisy, of a noun left unsaid
    return " " not in word and "-" not in word and an_adjective(word) and tagger.tagged(word)[0][1] == "JJ"


_ADJECTIVE_PARTS = ("bound", "based", "aware", "free", "efficient", "intensive", "heavy", "specific", "friendly", "agnostic",
                    "driven", "only", "like", "sensitive", "critical", "powered", "generated", "assisted", "augmented", "level", "wise",
                    "grained", "turn")  # "- model-level: ...", "- single-turn: ...": which level, of a noun left unsaid
_WITH_ADJECTIVE_PART = re.compile(rf"[a-z]+(?:[\s-][a-z]+)?-(?:{'|'.join(_ADJECTIVE_PARTS)})")  # "model-level", "single-turn"


def _how_often(term: str) -> bool:
    """ "fuzzy sometimes - ...", "hard usually": what a thing is like, then how often, of a noun left unsaid."""
    tags = [tag for _word, tag in tagger.tagged(term)]
    return term.islower() and len(tags) > 1 and tags[-1] == "RB" and set(tags) <= {"JJ", "JJR", "RB", "CC"}


def _first_of_a_list(term: str, text: str) -> bool:
    """ "**depth**, **width**, **slope**": the first of a list of names, no term the text defines
    ("**In-context learning**, the ability described in ..., lets ..." is one)."""
    return text.startswith(",") and len(names_only(f"{term}{text}") or ()) > 1


def _of_degree(term: str) -> bool:
    """ "Lower perplexity = better predictions", "**More data**: ...": a change of degree, no name."""
    first = term.split()[0]
    return first.lower() in ("more", "less", "fewer") or tagger.tagged(first)[0][1] in ("JJR", "JJS", "RBR", "RBS")


def _answers_a_question(paragraph: Paragraph) -> bool:
    """Bold items under "Why use cross-validation?" or "How does it work?" are reasons and steps, no terms ("**Reliable performance**: ...")."""
    return bool(paragraph.headings) and _REASONS.match(paragraph.headings[-1].title.split(": ")[-1]) is not None


def expansion(term: str, text: str) -> str | None:
    """ "**RAG**: retrieval-augmented generation", "ZFT = zorp finetuning, a ...": the words an
    abbreviation stands for, when what follows the term opens with them."""
    if not _CAPITALS_INSIDE.fullmatch(term) or len(term) > 8:
        return None
    found = _EXPANSION.match(text.strip())
    if found is not None and " " not in found["long"] and _initials(found["long"]) == term.removesuffix("s").upper():
        return found["long"]  # "**TF**: TensorFlow, ...", "**BF16**: BFloat16": one name, whose parts' capitals spell the term
    if found is None or len(re.split(r"[\s-]+", found["long"])) < 2 or not abbreviates(term.removesuffix("s"), found["long"]):
        return None
    tags = [tagger.corrected(word, tag) for word, tag in tagger.tagged(found["long"])]
    return found["long"] if tags[-1].startswith(("NN", "VBG")) and not clauses.has_finite_verb(found["long"]) else None  # no "large models are big"


_MAKER_FIRST = re.compile(r"[A-Z][\w&.-]*['’]s\s+")  # "NVIDIA's ": whose the name after it is


def expansion_after_its_maker(term: str, text: str) -> str | None:
    """ "**TF32:** NVIDIA's TensorFloat-32, 19 bits": the name the term stands for, after its maker's possessive."""
    maker = _MAKER_FIRST.match(text.strip())
    return expansion(term, text.strip()[maker.end():]) if maker is not None else None


def past_expansion(sentence: str, term: str | None) -> str:
    """ "big model trained on huge data" of "foundation model, big model trained on huge data" after "FM =": what
    the term is, after the words it stands for (another name of it, see expansion); the sentence as it is otherwise."""
    if not term and (leading := the_leading_one(sentence)) is not None:
        return leading  # "The dominant architecture for X" opening a note: "A dominant architecture for X", what its concept is
    long = expansion(term, sentence) if term else None
    rest = sentence.strip()[len(long):] if long else ""  # not "LoRA = low-rank adaptation, Hu et al. 2021": who, read with the words
    if rest.startswith(":") and len(rest) > 2:
        return rest[1:].strip()  # "AMP = automatic mixed precision: frameworks pick ...": what is said of it, the words no kind
    return rest[1:].strip() if rest.startswith((",", ";")) and len(rest) > 2 and not citation_alone(rest[1:]) \
        else f"a {sentence.strip()}" if term and the_doing_it_ends_on(sentence, term) else sentence  # "**Deep Sealing:** sealing with X"


def only_its_expansion(sentence: str, term: str | None) -> bool:
    """ "Deep Encoder Representations from Tunnels." after "**DERT:**": the words the term stands for and no more, so
    the next sentence says what it is."""
    return bool(term) and (long := expansion(term or "", sentence)) is not None and sentence.strip().rstrip(".").strip() == long


def _initials(name: str) -> str:
    """ "TensorFlow" -> "TF", "BFloat16" -> "BF16", "LLaMA" -> "LLMA": the first letters of a name's parts, numbers whole."""
    return "".join(part if part.isdigit() else part[0] for part in re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", name)).upper()


def written_term(text: str, item: bool) -> re.Match[str] | None:
    """The term that opens `text` and is set off from the rest: by a colon or a dash in a list item, by a
    colon opening the next line (a definition list), by nothing else on its line ("A vs B"), or by
    an equals sign anywhere (no prose opens on "x = ") unless what follows is a formula of symbols;
    its `term` group, and its end where the rest begins."""
    if item and (colon := _COLON_TERM.match(text) or _lower_term(text) or _named(_SENTENCE_COLON_TERM.match(text))
                 or _named(_DASH_TERM.match(text), plural=True) or _named(_CITED_COLON_TERM.match(text))):
        # not "- vs X: ...", nor "- term from the X paper — ...": where a word came from
        return None if _members_listed(colon["term"], text[colon.end():]) or VS_FIRST.match(colon["term"]) \
            or (bare := without_its_source(colon["term"])) != colon["term"] and is_shell(bare) else colon
    if (defined := _DEFINITION_LIST.match(text)) is not None:
        return defined
    if (compared := _VS_LINE.match(text) or _VS_COLON.match(text)) is not None and all(map(_ends_on_a_noun, VS.split(compared["term"]))):
        return compared  # not "critical vs complementary": two adjectives name no things
    equated = _EQUATED_TERM.match(text)
    first_line = text[: text.find("\n")] if "\n" in text else text
    first_line = re.sub(r"\([^()]*\)", lambda aside: re.sub(r"[-=]>", "  ", aside.group()), first_line)  # "(no rocks -> easy)": no formula
    # not "- contrast with hard walls = normal walls": the other side of what the line is under, then what it is
    return equated if equated and not _MATH.search(first_line, equated.end()) and "_" not in equated["term"] and not VS_FIRST.match(text) else None


def _lower_term(text: str) -> re.Match[str] | None:
    """A term in lower case before a colon; not a verb before an abbreviation, an instruction ("use RAG: for facts")."""
    found = _LOWER_COLON_TERM.match(text)
    words = re.sub(r"\s*\(.*", "", found["term"]).split() if found else []
    return None if found is None or (any(w.isupper() for w in words) and clauses.is_base_verb(words[0])) else found


def set_off_term(text: str) -> re.Match[str] | None:
    """ "LoRA: a method ...", "LoRA - a method ...": a name set off by a colon or a dash, wherever it
    stands; whether it is a term is for what follows to say (a paragraph's "Note: a ..." is none)."""
    return _named(_COLON_TERM.match(text) or _lower_term(text) or _SENTENCE_COLON_TERM.match(text) or _DASH_TERM.match(text))


def _named(found: re.Match[str] | None, plural: bool = False) -> re.Match[str] | None:
    """A term in sentence case that names one thing: not a count or a judgement of things, which label
    a list ("Two types:", "Core part:", "Main components:"), nor a plural kind ("Popular methods:") unless
    `plural` kinds are terms too: a dash sets off a kind that a definition follows ("Vector stores — hold ...")."""
    if found is None:
        return None
    words = without_where(without_asides(found["term"])).split()  # "Kestrel model (KM)": the name before its abbreviation
    first = words[0].lower()
    titled = len(words) > 1 and all(word[:1].isupper() for word in words) and not is_shell(words[-1])  # "Common Crawl": a name
    if (first in EVALUATIVE and not titled) or first in _LABEL_OPENERS or first.isdigit() or (singular_noun(words[-1]) != words[-1] and not plural):
        return None
    if re.search(r"\s(?:is|are|was|were)\s", f" {found['term']} ", re.IGNORECASE):
        return None  # "- RAG systems are agents too — retrievers are the tools": a clause, then another, no term
    return found


def without_label(label: str, text: str) -> str:
    """The text of an item whose label is no term ("Example: Use SMOTE to ...", "Pros: cheap"), the
    label left out; after "Examples:" names alone stay examples ("Examples: Chatbot Arena"), and so
    does the thing "Example: a research agent that uses ..." opens with, its clause left out."""
    if POINTER.fullmatch(f"{label}:") or _OTHER_NAME.match(label):
        return f"{label}: {text}"  # "- See also: [[X]]": the label says whose the links are; "- aka X: ...": whose name X is, "vs X"
    if clauses.has_finite_verb(label) and relation_matches(label):
        return f"{label}: {text}"  # "- training uses raking: loosen → dirt": a clause of its own, what follows says how
    if _an_adjective_alone(label) and not clauses.has_finite_verb(text):
        named = names_only(text)  # "- multimodal: DenCam (Zorpco), MoleNet": names, sorted by what they are like
        return text if named and all(phrase.is_name for phrase in named) else ""  # "- compute-bound: prefill": like that
    if lists_problems(label) and not clauses.has_finite_verb(text):  # "- downside: extra layers → higher latency": the latency
        return ", ".join(as_a_trouble(item.strip()) for item in ARROW_BETWEEN.split(text)[-1].split(","))
    if clauses.imperative(label) and not clauses.noun_before_noun(label) and names_only(re.split(r"[.;]\s", text)[0]):
        return f"{label}: {text}"  # "**Evaluate burrow tools**: DenMap, ...": the instruction's object names their kind
    if label.lower() not in _EXAMPLES:
        return text
    if names_only(text):
        return f"e.g. {text}"
    thing = _ONE_THING.match(text)
    if thing and thing.group().split()[-1].lower() in ("with", "in", "from") \
            and clauses.has_finite_verb(re.split(r"\b(?:that|which|who)\b", text[thing.end():])[0]):
        return text  # "Example: a den with two equal rooms has an entropy of 1 bit": a case worked through, no thing named
    return f"e.g. {thing['name']}" if thing and names_only(thing["name"]) else text


# "a research agent that uses web search", "the twenty_moles benchmark in BIG-den": one thing, with an article, and what is said of it
_ONE_THING = re.compile(r"^(?:an?|the)\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)(?:\s+(?:that|which|who|with|in|from)\s|\s*[.,;]?$)", re.IGNORECASE)


def _members_listed(term: str, rest: str) -> bool:
    """ "Frameworks: TensorFlow, PyTorch and JAX": a plural and the short names of its members, read
    as one sentence (kg.ingest.namings.read_labelled_list), not a term and its definition."""
    rest = without_asides(rest)  # "metrics: MTTD (mean time to detection), MTTR (...)"
    items = [item for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", rest.strip().rstrip(".")) if item.strip()]
    short = [len(item.split()) <= 4 for item in items]  # the last may say more: "and the k-quants used in llama.cpp"
    label = without_where(as_term(term))  # "Tools worth remembering": a plural, then where the writer met them, labels a list of any items
    return singular_phrase(label) != label and len(items) >= 2 and (all(short[:-1]) or label != as_term(term)) \
        and not clauses.imperative(rest.strip()) and not _MORE_OF_THE_SAME.fullmatch(label)  # "Cumulative Metrics: Include ...": an instruction


def in_title(term: re.Match[str], links: tuple[Link, ...]) -> bool:
    """Whether a written term ends inside a link: "[Koala: A Dialogue Model](...)" is a linked work's
    title, whose subtitle may say what the work is ("A Survey") rather than what the term is."""
    return any(link.start < term.end("term") < link.end for link in links)


def abbreviations(text: str) -> list[tuple[str, str]]:
    """ "abbr: FM = foundation model, ctx = context": each short form and the words it stands for, in
    a line that is nothing but such pairs (two at least, or one after a label such as "abbr:"); a
    single letter is no name to look for ("q = query")."""
    label = _LEGEND.match(text.strip())
    pairs = [_SHORT_FOR.match(part.strip()) for part in re.split(r"[,;]", text.strip()[label.end():])]
    if not pairs or None in pairs or len(pairs) < (1 if label.group() else 2):
        return []
    return [(pair["short"], pair["long"]) for pair in pairs if pair is not None and len(pair["short"]) > 1]  # "q": too short to find


def _ends_on_a_noun(text: str) -> bool:
    """ "explicit fb", "Model API", "prompting": a side of "A vs B" that names a thing or a doing, not an adjective ("critical")."""
    word, tag = tagger.tagged(text.strip())[-1]
    return tagger.corrected(word, tag).startswith("NN") or word[:1].isupper() or (tag == "VBG" and names_a_doing(word)) \
        or (tag == "VBZ" and len(text.split()) > 1 and tagger.reads_as_plural_noun(word))  # "hard prompts", tagged a verb


_TWO_JOINED = re.compile(r"[\w-]+(?:\s[\w-]+)?\s(?:and|&)\s[\w-]+(?:\s[\w-]+)?", re.IGNORECASE)


def two_joined(term: str) -> bool:
    """ "Flooding and root intrusion": two things of a word or two joined, no one term."""
    return _TWO_JOINED.fullmatch(term.strip()) is not None


def verb_over_objects(term: str, text: str) -> bool:
    """ "track: format failures, toxicity, latency": a verb over the things it takes, an instruction,
    no term; not "cache: KV cache, prompt cache" (kinds that end on it) nor a word that is no verb."""
    if " " in term or not term.islower() or "VERB" not in tagger.readings(term) or term.endswith("ing"):
        return False
    listed = names_only(text.strip().rstrip("."))
    return bool(listed) and len(listed) > 1 and not any(item.label.split()[-1] == term for item in listed)


def weighed(text: str) -> list[str]:
    """The things a title or a question weighs, each whole (compared_sides): "RAG vs finetuning",
    "RAG or finetuning?"; none for any other text, or one with a verb ("Should I finetune or prompt?")."""
    question = text.strip()
    if VS.search(question):
        sides = VS.split(question.rstrip("?"))
    elif question.endswith("?") and question.count(" or ") == 1 and not any(mark in question for mark in ",;:"):
        sides = [side.strip() for side in question[:-1].split(" or ")]
    else:
        return []
    return compared_sides(sides) if not clauses.has_finite_verb(" ".join(sides)) else []


_WHICH_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{2,}[a-z0-9]*(?:-[a-z0-9]+)+")  # "static", "top-k", "AI-powered"


def kinds_by_modifiers(term: str, text: str) -> str | None:
    """ "- batching: static, dynamic, continuous", "- parallelism: tensor, pipeline", "static < dynamic":
    words that each say which kind of a doing the term names, written out as its kinds ("Types:
    static batching, dynamic batching, continuous batching."); None for anything else: names, plurals,
    a term that names no doing ("RAG: retriever, generator" lists parts)."""
    head = as_term(term).strip()
    if not _ONE_WORD_HEAD.fullmatch(head) or not (names_a_doing(head.lower()) or head.lower().endswith(("ism", "sis"))):
        return None
    items = [item.strip() for item in re.split(r",|\s(?:and|or|<|>|vs\.?)\s|/", without_asides(text).strip(" :—–-.").removesuffix(" etc"))]
    if len(items) < 2 or not all(_WHICH_WORD.fullmatch(item) and singular_noun(item) == item and head.lower() not in item for item in items):
        return None
    # a doing among them is a kind by its own name ("synthesis: rule-based, simulation, AI-powered")
    kinds = [item if re.fullmatch(r"[a-z]+(?:ing|[st]ion|ment)", item) else f"{item} {head.lower()}" for item in items]
    return "Types: " + ", ".join(kinds) + "." if kinds != items else None


_SAID_OF_IT = re.compile(r"\s+by\s+(?=[A-Z\[])|,\s+(?=(?:an?|the|by)\s)")  # "X by Kim", "X, a radar": what follows says of X


def a_field(label: str) -> bool:
    """ "metric", "tool", "benchmark" alone before its value ("  - metric: accuracy" under "- DenQA"): a field of the
    item above, no part of it."""
    return " " not in label and singular_phrase(label.lower()) == label.lower() and classify.class_of_word(label) is not None


def labels_names(label: str, text: str) -> bool:
    """ "  - common den metrics: depth, width", "  - libs: DenDB, MossKit" under an item: a plural over the names after it
    labels a list of its own, no member of the item above."""
    return singular_phrase(label.lower()) != label.lower() and len(names_only(re.split(r"\.\s", text)[0]) or ()) > 1


def members_named(term: str, text: str, nested: bool = False) -> str | None:
    """ "**Vector databases:** FAISS and Milvus.", "- **Burrow tools**: root spade and clay pick": two names
    after a plural term are two of them, as "FAISS and Milvus are vector databases." says (three or more
    are read as a list of its kinds already); "- benchmark: DenQA", not `nested` under an item (whose list it
    sorts), that DenQA is one; None for anything else."""
    written = as_term(term).strip()
    listed = without_asides(text).strip(" :—–-.")
    if not nested and a_field(written):
        first = re.split(rf"\s*(?:{ARROW}|—|–|;|\s-\s)\s*", listed, maxsplit=1)[0].strip(" .")  # what follows a dash describes it
        first = _SAID_OF_IT.split(first.split(", ")[0] if one_work(written) else first, maxsplit=1)[0].strip(" .")  # "Book: *Den Craft* by Kim Lee, 2025", "book = *Den Craft*, Kim Lee": its title
        named = (names_only(first) if first else None) or []
        titled = len(first.split()) > 1 and capitalised_as_a_title(first)  # "Book: AI Engineering": a title, whatever its words
        return f"{first} is a {written.lower()}." if titled or len(named) == 1 and named[0].is_name else None  # "- benchmark: DenQA": one
    compared = listed.split(";")[0] if len(sides := VS.split(listed.split(";")[0])) == 2 else ""  # "**Metrics**: A vs B; track both": two
    listed = " and ".join(side.strip() for side in sides) if compared else listed  # of them, set side by side (said again below)
    if singular_phrase(written) == written or is_remark(written) or len(re.findall(r",|\s(?:and|or)\s", listed)) != 1:
        return None
    if "," in listed and not re.search(r"\s(?:and|or)\s", listed) and (named := names_only(listed)) and all(map(a_name, named)):
        listed = listed.replace(",", " and", 1)  # "MossBench, OakBench": two names (not "right tool, wrong output", a remark)
    return f"{listed} are {written[:1].lower() + written[1:] if written[1:].islower() else written}.{f' {compared}.' if compared else ''}" if names_only(listed) else None
