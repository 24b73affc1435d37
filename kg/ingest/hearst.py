"""Kinds named with their examples anywhere in a sentence: "optimization algorithms like Adam and
RMSprop", "a chat template such as ChatML", "attention mechanisms, especially self-attention" (the
lexico-syntactic patterns of Hearst, 1992). The noun
phrase right before "such as" or "like" is the kind, the list after it its examples. A plural kind
lists its members in parentheses, after a colon or as what it includes: "regularization techniques
(dropout, weight decay)", "three parallelism strategies: data, tensor and pipeline parallelism",
"sampling methods include top-k and nucleus sampling". Knows English wording; nothing of files."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import classify, clauses, tagger
from kg.ingest.cues import Cue
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.marks import AFTER_AN_ARROW, ARROW, ARROW_BETWEEN
from kg.ingest.lists import cut, cut_around_asides, last_of_a_list, names_before_a_verb, outside_parentheses, split, without_asides
from kg.ingest.modifiers import CLASSIFYING, DEGREE, EVALUATIVE, GROUP_WORDS, PART_WORDS, is_shell, without_judgement
from kg.ingest.kinds_not_given import does_its_roles, likened_to_this, things_of_a_quality
from kg.ingest.clause_shapes import without_reduced_relative
from kg.ingest.nouns import ORDINALS, QUANTITY, ROLES, VERBS_ING, Phrase, is_action, keep, noun_phrase, opens_with_a_doing
from kg.ingest.name_lists import A_KIND_OF_THEIR_OWN, an_adjective_alone, names_by_capitals, spelled_out_names
from kg.ingest.remarks import is_remark
from kg.ingest.shared_heads import head_they_share, kind_named_earlier
from kg.labels import looks_like_name

_CUE = re.compile(r",?\s(?:such as|like|e\.g\.,?)\s|,\s(?:especially|particularly|notably|in particular|eg\.?,?|for example,?|including)\s"
                  r"|\s\((?:e\.g\.|eg\.?|for example|for instance|such as)[,:]?\s", re.IGNORECASE)  # "the output format (e.g. JSON)", "(eg JSON)"
# after a plural kind only, and only before a list of two or more: "techniques (LoRA)" may be a name
_EXAMPLE_WORDS = Cue(r"such as|like|e\.g|eg|especially|particularly|notably|in particular|for example|including|for instance|include")
_PLURAL_CUE = re.compile(r"\s?\((?=[^()]*,|(?:e\.g\.|such as|like)\s)|:\s|\s(?:include|includes)\s")
_VERBS_BEFORE = VERBS_ING | {"used", "called", "named", "known", "given", "trained"}
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "VBG", "VBN", "CD")  # what a noun phrase's words may be
# words for groups of something else: "two groups: A and B" are no kinds of group
GROUPS = r"(?:groups|categories|subcategories|kinds|types|subtypes|classes|families|buckets|camps|flavou?rs)"  # GROUP_WORDS, as a list counts them
KIND_HEADS = frozenset({"strategy", "approach", "variant", "type", "kind", "form", "family", "method", "technique", "way", "trick"})  # "parallelism strategies: ..."
_FOR_TASK = re.compile(r"\s+for\s+[^,;]+?(?=\s*,|\s+and\s|\s*$)")  # " for general knowledge" after an example
# "A, which reduces memory, and B": a clause said of one item, set off by commas, before the list's last item
_ITEM_ASIDE = re.compile(r",\s+which\s+[^,;()]+,(?=\s+(?:and|or)\s)", re.IGNORECASE)
# a noun phrase inside a participle's phrase, ending the text: "served through an inference service", "- underrepresented in training data"
_IN_A_PARTICIPLE = re.compile(r"(?:\b[a-z]+\s+|(?:^|\s[-–—:])\s*)(?P<participle>[a-z]+ed)\s+(?:through|via|by|over|in|on|from|among|across)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s[\w-]+){0,2}\s*,?$")
_COUNTED_BEFORE = re.compile(r"(?:^|\s)(\d+)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$")  # "8 exp bits", "3 big den models"
_PLACE_IN_A_RELATIVE = re.compile(r"\s(?:that|which|who)\s[^,;()]*?\s(?:on|in|at|from|into|across|under)\s(?:an?\s+|the\s+)?[\w-]+(?:\s[\w-]+){0,2}\s*,?$")
CITATION = re.compile(r"\bet al\b|\b(?:1[89]|20)\d\d\b")  # "methods (Kim et al., 2021)": a source, no list
# after "like": "Mistral 7B does.", "Zorpco did in its paper": a doer and its "do", which likens a doing to its ("tools like A do a lot" lists)
_AS_IT_DOES = re.compile(r"[^,;.]*?\s(?:does|do|did)(?:\s+(?:too|so|now|today))?\s*(?:[,;.)]|$|\s(?:in|on|with|for|at|when|before|after)\s)")


def as_it_does(after_like: str) -> bool:
    """Whether the words after "like" liken a doing to what someone does ("like Zorpco did in the DenNet paper"), naming no example."""
    return _AS_IT_DOES.match(after_like) is not None


_EXAMPLES_CUE = re.compile(r"^\s*(?:e\.g\.|i\.e\.|like|such as|including|for example)[,:]?\s+", re.IGNORECASE)
# what a verb in its base form follows, which then opens no kind: "to use", "will use", "we use", a sentence's start
_BEFORE_A_VERB = frozenset({"", "to", "will", "can", "could", "should", "may", "might", "must", "would", "we", "you", "they", "i"})
PERSONS = frozenset({"we", "you", "they", "i", "he", "she", "it"})
# what opens a clause whose -ing verb then takes an object: "while mitigating issues like ..."
_CLAUSE_OPENERS = frozenset({"while", "when", "by", "after", "before", "without", "through", "via", "thus", "thereby"})
# words that say how many of a kind, no part of its name: "We use several regularization techniques", "various methods"
QUANTIFIERS = frozenset({"several", "many", "most", "some", "all", "various", "different", "multiple", "numerous", "few", "other"})


_DENIED_KIND = re.compile(r"\bno\s+(?:[\w-]+\s+){0,3}[\w-]+$", re.IGNORECASE)


def kinds_with_examples(text: str, protected: set[str]) -> list[tuple[Phrase, Phrase, int]]:
    """(example, kind, offset of the example's list) for each "<kind> such as|like <examples>"."""
    if "(" not in text and ":" not in text and not _EXAMPLE_WORDS.in_text(text):
        return []  # no cue of _CUE or _PLURAL_CUE: most sentences, with no scan for them
    found = []
    cues = [(cue, False) for cue in _CUE.finditer(text)] + [(cue, True) for cue in _PLURAL_CUE.finditer(text)]
    for cue, plural in cues:
        after = text[cue.end():]
        given = not plural and "(" in cue.group()  # "structured data (e.g. HTML)": examples in parentheses, whatever narrows the kind
        if given or text.count("(", 0, cue.start()) > text.count(")", 0, cue.start()):
            after = after.split(")")[0]  # "(full finetuning needs more data than PEFT methods like LoRA), the task ...": the list ends with the aside
        before_cue = text[: cue.start()].split()
        if cue.group().strip() == "like" and before_cue and singular_noun(before_cue[-1].lower()) in ROLES:
            continue  # "Many researchers like the X index": a verb of theirs, no examples of researchers
        if _DENIED_KIND.search(text, 0, cue.start()):
            continue  # "no depth limit like setts": what has none of the kind, no example of it
        listed = _listed(after, cue.group(), protected)
        if cue.group().strip() == "like" and (count := _COUNTED_BEFORE.search(text[: cue.start()])) and int(count[1]) > len(split(listed, protected)):
            continue  # "8 root bits like SETT32": more of them than are named, so as many as it has, no examples
        if (cue.group().strip() == "(" or given) and (clauses.has_finite_verb(listed.split(",")[0]) or re.search(r"\bvs\b", listed)):
            continue  # "(e.g., Llama 3 was trained on ...)": an aside that is a sentence, no list
        if ARROW_BETWEEN.search(listed) or (_ARROW_NEXT.match(after, after.find(listed.rstrip()) + len(listed.rstrip()))
                                     and (given or len(ARROW_BETWEEN.findall(after)) > 1)):
            continue  # "each step (e.g. scan -> sort -> store)": the steps of one flow, no kinds of step (but "e.g. A -> a note on A")
        if cue.group().startswith(",") and _likened(text[: cue.start()], re.split(r"[,;:.]\s", text[cue.end():])[0]):
            continue  # "context construction for foundation models, like feature engineering for classical ML": a likeness
        rest = text[cue.end():].partition(listed)[2] if listed else ""
        if cue.group().strip(" ,") == "like" and as_it_does(f"{listed} {rest}"):
            continue  # "use sliding window attention like Mistral 7B does": as it does ("tools like A do a lot": examples)
        # a verb after the examples makes what opens the sentence its subject ("Sequence models like RNNs are ..."), or "include"'s: "Defenses include A"
        # the list may run on into the verb ("such as A and B tell you ..."): a verb there makes a subject too
        last = listed.split(",")[-1]  # "like A and B speed it up": a verb the tagger reads as a bare form ends the list too
        included, subject = cue.group().strip().startswith("include"), clauses.has_finite_verb(rest) or clauses.has_finite_verb(listed) or _until_verb(last) != last or (plural and bool(before_cue) and _VERB_AFTER_THE_ASIDE.match(rest) is not None
                                             and clauses.has_finite_verb(f"{before_cue[-1]} {rest.lstrip(' )')}"))
        # "model providers (A, B) offer X": the verb after the parenthesis is the plural's, no instruction "model ..."
        if subject and re.fullmatch(r"\se\.g\.,?\s", cue.group()):
            continue  # "e.g." with no comma before it gives examples in a fragment only ("langs e.g. Telugu → ..."), as a label would
        narrowed = without_reduced_relative(text[: cue.start()]) if included else text[: cue.start()]  # "Tools mentioned for X include"
        narrowed = _CONDITION_AFTER.sub("", narrowed) if cue.group().startswith(":") else narrowed  # "metrics if order matters: A, B"
        kind = _noun_phrase_before(narrowed, plural, subject=included or subject, alone=included or (subject and not plural),
                                   verb_after=not plural and clauses.has_finite_verb(" ".join(rest.lstrip(" ,").split()[:2])), given=given)
        if kind is not None and (purpose := _FOR_PURPOSE.match(text, len(narrowed), cue.start())) is not None:
            kind = noun_phrase(f"{singular_phrase(purpose['what'])} {kind.label}")  # "Tools mentioned for guardrails": guardrail tools
        if given and singular_noun(last := (text[: cue.start()].split() or [""])[-1].lower()) != last:
            continue  # a plural before "(e.g." is the plural cue's to read
        named_right_after = plural and cue.group().strip() == "(" and not _EXAMPLES_CUE.match(after) and names_by_capitals(split(listed, protected), True)
        if not named_right_after and ((inside := _IN_A_PARTICIPLE.search(text[: cue.start()])) and tagger.tag(inside["participle"])[0][1] == "VBN"
                                      or _PLACE_IN_A_RELATIVE.search(text[: cue.start()])) \
                or cue.group().strip() == "(" and _a_plural_placed(text[: cue.start()]):  # "NPCs in video games (A, B)": of either plural
            continue  # "model served through an inference service, e.g. A, B": examples of the model; "stored in X (A, B)": X's names;
            # "data that isn't on the public internet (e.g. A)": of the data
        if (joined := re.search(r"\s(?:and|or)\s", bare := outside_parentheses(listed))) is not None and "," in bare[joined.end():]:
            listed = listed[: bare.index(",", joined.end())]  # "companies, e.g. OpenAI and Anthropic, offer ...": "and" ended it
        listed = listed.split(", ")[0] if cue.group().strip() == "like" and last_of_a_list(text[: cue.start()]) else listed
        items = likened_to_this(names_before_a_verb(listed, split(listed, protected)))
        kind = kind_named_earlier(text[: cue.start()], items, kind) or kind or head_they_share(text[: cue.start()], items) \
            or (_noun_phrase_before(text[: cue.start()], plural, named=True) if plural and not included and not _OWNED_KIND.search(text[: cue.start()])
                and names_by_capitals(items, by_words=cue.group().strip() == "(") else None) \
            or (_opening_kind(text[: cue.start()]) if cue.group().startswith(",") and names_by_capitals(items) and not rest.strip(" .") else None)
        if kind is not None and singular_noun(kind.label.split()[-1].lower()) in ROLES and not all(looks_like_name(i.strip()) for i in items):
            continue  # "done by model developers, e.g. instruction tuning": people are given by name, the rest is said of another
        if kind is None or kind.label.lower() in GROUP_WORDS or (plural and does_its_roles(kind.label, items)) \
                or (plural and kind.label.lower() in PART_WORDS) or given and AFTER_AN_ARROW.search(text, 0, cue.start()):
            continue  # "divides tools into two groups: A and B": groups of something else; "Main functions: indexing, ...": what it
            # does; "splits X into three levels: A, B and C": parts of X, no kind of level; "english -> code (e.g. A)": what A makes
        if (done := _DONE_TO.search(text[: cue.start()])) is not None and (clauses.is_base_verb(done["verb"]) if done["relative"] is None else plural and "VERB" in tagger.readings(done["verb"])
                                                                           and (kind := _noun_phrase_before(text[: done.start()], plural) if done.start() else None) is None):
            continue  # "Moss methods: add moss layers to the den walls, e.g. A, B": what is done, its examples the methods', no walls;
            # "Den methods, which add moss to the walls: A, B": the methods' (the kind), the walls what they act on; "It adds ...": its
        if any(_a_situation(item) for item in items):
            continue  # "out-of-scope conversations, like a support bot being asked for its opinions": what happens, no kind
        if items and (is_action(items[0]) or items[0].split()[0].lower() in {"its", "their", "his", "her", "our", "your", "my"}):
            # "including removing sensitive information and toxic data": doings, and what they are done to;
            # "the training data, including its noise and outliers": what it holds, no members
            continue
        if plural and len(items) < 2 and not (cue.group().strip() == "(" and _EXAMPLES_CUE.match(text[cue.end():])):
            continue  # "methods (LoRA)" may be a name; "methods (e.g., LoRA)" gives an example
        if _EXAMPLE_CLAUSE.match(cue.group()) and singular_noun(kind.label.split()[-1]) == kind.label.split()[-1] and clauses.has_finite_verb(" ".join(rest.split()[:1]) or listed):
            continue  # "multi-head attention, e.g. Llama 2-7B has 32 heads": a clause that shows it, no kind of attention
        if len(items) > 1 and any(AMOUNT.match(item) or _HOW_MUCH.match(item.strip()) or tagger.tagged(item.strip())[0][1] == "JJS" for item in items if item.strip()):
            continue  # "(e.g. ~50% discount, hours turnaround)", ": smallest cache, some quality loss": what it comes to, no kinds of it
        for index, item in enumerate(items):
            if AMOUNT.match(item) or item.strip()[:1] in "\"“'‘" or clauses.opens_with_an_auxiliary(item) or _ONE_OF_THEM.match(item):
                continue  # "(e.g. 512 tokens)": how much; '"answer in JSON"': words quoted; "doesn't know X": a clause; "one for X": unnamed
            until = _until_verb(item, inner=index < len(items) - 1) if not spelled_out_names(item) else item  # "time to first dig (TTFD)": whole
            if index == len(items) - 1 and until == item and _PREPOSITION_NEXT.match(rest):
                until = _before_a_verb(item)  # "PEFT methods like LoRA work with ...": the list ran into its verb
                if " " not in until.strip() and opens_with_a_doing(until):
                    continue  # "... and asking for help": a doing the list's end cut short, no thing
            if an_adjective_alone(until) or QUANTITY.match(until.strip()):
                continue  # "Public dens: fine for filtering, not for ...": what they are like; "(e.g. quality of tunnels)": a side of them
            # "benchmarks like MMLU (general knowledge)": the kind is said; a parenthesis says what each is for
            example = replace(noun_phrase(until), kind=None)
            if plural and len(items) == 1 and not short_and_verbless(example):
                continue  # a lone example in parentheses is a name whole ("e.g., Isolation Forest"), not "X developed Y"
            if keep(example) and not f" {kind.label.lower()}".endswith(f" {example.label.lower()}") and not things_of_a_quality(kind, example, text[: cue.start()]):
                found.append((example, kind, cue.end()))  # not "Low-quality data, e.g. data annotated ...": no kind of itself
            if until != item:
                break  # "like NLTK or spaCy handle tokenization, lemmatization": the rest is the verb's
    return found


_HOW_MUCH = re.compile(r"(?:some|little|less|more|fewer|much|no)\s+[a-z]", re.IGNORECASE)  # "some quality loss" (a superlative, "smallest cache", by its tag)
# "...: add moss layers to the den walls": an instruction after a label, and the thing it acts on last
_DONE_TO = re.compile(r"(?:(?P<relative>(?:,?\s+|^)(?:which|that|it|they)\s+)|[:;—–]\s+|\s-\s)(?P<verb>[a-z]+)\s[^,;:()]*?\s(?:to|into|onto|on|from|with)\s+(?:the\s+|a\s+|an\s+)?[^,;:()]+$")


_PLACED = re.compile(r"(?P<plural>[A-Za-z][\w-]*s)\s+(?:in|on|at|inside|within)\s+(?:the\s+|an?\s+)?"
                     r"(?!(?:some|many|several|certain|other|different|most|few|various)\s)[\w-]+(?:\s[\w-]+){0,2}\s*$")


def _a_plural_placed(before: str) -> bool:
    """ "smart NPCs in video games" before names in parentheses: a plural, then where it is; the names may be of
    either noun, so of neither ("tokens in some languages (A, B)": some of them, named)."""
    placed = _PLACED.search(before)
    return placed is not None and (tagger.reads_as_plural_noun(placed["plural"]) or re.fullmatch(r"[A-Z]{2,}s", placed["plural"]) is not None)


def _a_situation(item: str) -> bool:
    """ "a message starting with 'No'", "the model mischaracterizing your company", "preferring longer responses":
    an example told as something going on (a thing and what it does, or a doing and its object), no thing named."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(without_asides(item))]
    if len(tagged) > 2 and tagged[0][1] == "VBG" and tagged[0][0].islower() and "NOUN" not in tagger.readings(tagged[0][0]) and tagged[1][1] in ("DT", "PRP$", "JJR", "RBR", "IN", "TO"):  # not "sliding windows split documents"
        return True
    return len(tagged) > 2 and tagged[0][1] in ("DT", "PRP$") and any(
        tag_ == "VBG" and tagged[index - 1][1] in ("NN", "NNS") for index, (_word, tag_) in enumerate(tagged) if index > 1)


def _likened(before: str, after: str) -> bool:
    """ "A for B, like C for D" (after a comma): the words after "like" repeat the preposition that ends
    the phrase before it, so they liken one pair to another; C is no kind of B."""
    ending = re.search(r"\s(?P<preposition>for|in|to|on|of|with)\s+(?:[\w-]+\s+){0,3}[\w-]+$", before)
    return ending is not None and re.search(rf"\S\s+{ending['preposition']}\s+\S", after) is not None


_OWNED_KIND = re.compile(r"(?:['’]s?|\bown)\s+[\w-]+(?:\s[\w-]+)?$")  # "the providers' own guides (OpenAI, ...)": the names are whose
_CONDITION_AFTER = re.compile(r"\s+(?:if|when|whenever|unless)\s+[^,;:()]{2,60}$", re.IGNORECASE)  # says when the list holds, no kind
_EXAMPLE_CLAUSE = re.compile(r",\s(?:e\.g\.|for example)", re.IGNORECASE)
_VERB_AFTER_THE_ASIDE = re.compile(r"\s*\)\s+[a-z]")  # "(A, B) offer ...": a word in small letters after the list's parenthesis
AMOUNT = re.compile(r"[~≈<>≤≥]?\s*\d[\d,.]*\s*(?:[kKMB]\b|%|[a-z]+s?\b)")  # "512 tokens", "8 GB", "~1k", "20%"


def _opening_kind(text: str) -> Phrase | None:
    """ "A preference model takes two responses and predicts ..." before ", for example PandaLM and JudgeLM" at the
    sentence's end: the kind the sentence opens on, of which the names are ones."""
    found, words = re.match(r"(?:an?)\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+(?P<verb>[a-z]+s)\s", text, re.IGNORECASE), text.split()[:4]
    plural = next((i for i in range(min(3, len(words) - 1)) if tagger.reads_as_plural_noun(words[i]) and clauses.is_base_verb(words[i + 1])), None)  # "Reference judges score ...": ones of the plural
    if found is None and plural is not None and all(w.isalpha() or "-" in w for w in words[: plural + 1]):
        return noun_phrase(" ".join([words[0].lower() if tagger.readings(words[0].lower()) else words[0], *words[1: plural + 1]]))
    return noun_phrase(found["kind"]) if found and tagger.tagged(f"it {found['verb']}")[1][1] == "VBZ" else None


def short_and_verbless(example: Phrase) -> bool:
    """ "Isolation Forest", "gradient descent": a short phrase with no verb in it, as a lone example in
    parentheses must be ("e.g., X developed Y" is a clause)."""
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(example.label)]
    return len(tags) <= 4 and not any(t in ("VBD", "VBN", "VBZ", "VBP", "MD") for t in tags[1:])


def includes_kinds(before: str) -> Phrase | None:
    """The plural kind whose members "<before> include(s) ..." lists ("Sampling methods include ..."),
    which the examples above read; None for parts of a thing ("The encoder includes ...")."""
    # "Vector databases include": no instruction; "Tools mentioned for digging include": the tools
    return _noun_phrase_before(without_reduced_relative(before), True, subject=True, alone=True)


def noun_phrase_ending(text: str) -> Phrase | None:
    """The noun phrase a text ends on ("Core component: the attention mechanism" -> "attention
    mechanism"), which a relative clause after it speaks of; None when it ends on no noun."""
    return _noun_phrase_before(text)


_ARROW_NEXT = re.compile(rf"\s*{ARROW}\s")
_FOR_PURPOSE = re.compile(r"\s+[a-z]+\s+for\s+(?P<what>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s*$")  # "... mentioned for guardrails"


def _listed(after: str, cue: str, protected: set[str]) -> str:
    """The list after a cue: up to the closing parenthesis of "(A, B)", else where the list ends."""
    if cue.strip() == "(":
        inside = after[: after.index(")")] if ")" in after else ""
        return "" if CITATION.search(inside) else _EXAMPLES_CUE.sub("", inside)
    after = _ITEM_ASIDE.sub(lambda m: " " * len(m.group()), after)  # spaces keep the offsets of what follows
    if len(_FOR_TASK.findall(after)) > 1:  # "include MMLU for general knowledge, GSM8K for math": each its task's
        after = _FOR_TASK.sub(lambda m: " " * len(m.group()), after)
    # "benchmarks like Zeta flip it: fixed model, ...": what a colon opens is said of the sentence before it
    listed = cut_around_asides(after.split(": ")[0], protected, examples=True)  # "like TTFT (time to first token) and TPOT"
    listed = listed[: run_on.start() + 1] if (run_on := re.search(r"\)\s+(?!(?:and|or)\b)\w", listed)) else listed  # "like LangGraph (workflows) LlamaIndex (agents)": no list
    return A_KIND_OF_THEIR_OWN.split(listed, maxsplit=1)[0]  # "tools like A, B, plus libraries like C, D": a kind of their own


def _until_verb(item: str, inner: bool = False) -> str:
    """ "QLoRA reduce memory requirements" -> "QLoRA": a list that a verb follows ends before it. The
    tagger reads a verb after a plural or a name as a noun ("sliding windows split documents",
    "Kestrel ranks passages"), so a word that can be that verb, with an object after it, ends it too."""
    bare = without_asides(item).rstrip(" .!?")  # "Perspective API (Google Jigsaw) help here": the verb after the aside; the stop is no word
    bare = _POSSESSIVE.sub("", bare)  # "Zorp's MossCam help": the tagger's "'s" is no word of the item
    words, tagged = bare.split(), tagger.tagged(bare)
    for index, (word, tag_) in enumerate(tagged):
        if index and word[:1].isupper() and tagged[index - 1][0][:1].isupper():
            continue  # "a Process Reward Model": a name goes on, whatever the tagger makes of "Reward"
        if index and word in _WHEN_WORDS and len(words) == len(tagged):
            return _before_word(item, words, index)  # "a spade before digging", "spades after rain": when, no part of the name
        if inner and index == len(tagged) - 1 and tag_ == "VB" and tagged[index - 1][1] == "NN" and tagged[index - 1][0].islower() \
                and word.islower() and "NOUN" in tagger.readings(word):
            continue  # "like system prompt, long docs": a base form that ends an item before the next, after a singular noun, is a noun
        if index and tagger.corrected(word, tag_) in ("VB", "VBP", "VBZ", "VBD", "MD", "RB"):
            return _before_word(item, words, index) if len(words) == len(tagged) else item
        if 0 < index < len(tagged) - 1 and len(words) == len(tagged) and word.islower() and tag_ in ("NN", "NNS") \
                and (tagged[index - 1][1] in ("NNS", "NNPS", "NNP")
                     or (not tagged[index - 1][0].islower() and tagged[index + 1][1] in ("IN", "DT", "TO", "PRP$", "JJ", "JJR", "RBR")))  \
                and (clauses.is_base_verb(word) or clauses.can_be_verb(word)):  # "LoRA work with ...": a name the tagger calls NN
            return _before_word(item, words, index)
        if 0 < index < len(tagged) - 1 and len(words) == len(tagged) and word.islower() and tagged[index + 1][0].lower() in _OBJECT_PRONOUNS \
                and clauses.is_base_verb(word):  # "Zeta flip it": a pronoun after it makes any word that can be a verb one
            return _before_word(item, words, index)
    return item


_WHEN_WORDS = frozenset({"before", "after", "while", "until", "whenever", "once"})
_ONE_OF_THEM = re.compile(r"\s*(?:one|another|the other)\s", re.IGNORECASE)  # "den sets: one for wet dens, one with leaks"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s(?=\s)")
_OBJECT_PRONOUNS = frozenset({"it", "them", "us", "me", "you", "him", "her"})


_PREPOSITION_NEXT = re.compile(r"\s*(?:with|on|in|at|for|from|by|as|under|without|across)\s", re.IGNORECASE)


def _before_a_verb(item: str) -> str:
    """ "LoRA work" before "with ...": a name, then a word that can be a verb in the present, which the
    preposition after it shows to be one; the item without it."""
    words = item.split()
    if len(words) > 1 and not words[-2].islower() and words[-1].islower() and clauses.is_base_verb(words[-1]):
        return item[: item.rstrip().rfind(" ")]
    return item


def _before_word(item: str, words: list[str], index: int) -> str:
    """The item as written up to its `index`-th word (of `words`, the item without its asides)."""
    position = 0
    for word in words[:index]:
        position = item.find(word, position) + len(word)
    return item[:position] + item[position:].split(words[index], 1)[0].rstrip()


_FOR_IT = re.compile(r"\s+for\s+(?:it|this|that|them|these|those)$", re.IGNORECASE)  # a purpose said before, by a pronoun


_CAUSATIVES = frozenset({"let", "lets", "letting", "make", "makes", "making", "help", "helps", "helping"})  # then a noun and a verb


def _noun_phrase_before(text: str, plural: bool = False, subject: bool = False, alone: bool = False,
                        verb_after: bool = False, given: bool = False, named: bool = False) -> Phrase | None:
    """The noun phrase that ends right before the cue, ending in a noun (a plural one if `plural`):
    "various optimization algorithms" -> "optimization algorithm"; None after a verb ("is like"). A
    parenthesis inside is an aside ("Large language models (LLMs) today, such as"), and a comma ends
    the phrase ("For instance, sampling methods include"). A `subject` has a verb after it, so its
    first word is no instruction's ("Sequence models like RNNs are ..."). A plural `alone` before the cue
    may be the kind, capitalised as the sentence's first word: "Defenses include A and B". A phrase that
    is all its clause holds, with a verb `verb_after` the examples, is their kind whatever its words, and
    so is one the examples are `given` of in parentheses ("structured data (e.g. HTML)"), and a plural
    whose list `named` things by their capitals ("inference servers (vLLM, TGI, SGLang)")."""
    # "obfuscation (misspellings like": a parenthesis opens it; "v1 = 6 benchmarks:"; "..., including formatting constraints like"
    clause = without_asides(text)
    text = re.split(r"[,;:]\s|\(|\s[=≈→+—–-]\s|\b(?:including|especially|particularly|notably|i\.e\.,?)\s", clause)[-1]
    if " / " in text:
        return None  # "raw text / code, e.g. Common Crawl": of either, no kind "raw text code"
    summed = re.search(r"\s[=≈→+]\s$", clause[: len(clause) - len(text)]) is not None  # "A + output formats (JSON)": no instruction
    arrowed = re.search(r"\s(?:→|->|=>|⇒)\s$", clause[: len(clause) - len(text)]) is not None  # "X → reuse prefixes like A": what X does
    text = _FOR_IT.sub("", text)  # "there are now JS frameworks for it such as ...": the frameworks
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(text) if any(c.isalnum() for c in w)]
    if alone and len(tagged) == 1 and re.fullmatch(r"[A-Z][a-z]+", text.strip()) and tagger.reads_as_plural_noun(text.strip()):
        tagged = [(text.strip(), "NNS")]  # "Shields include ...": the tagger takes a capital for a name's
    if not tagged or not tagged[-1][1].startswith("NN") or (plural and tagged[-1][1] not in ("NNS", "NNPS")):
        return None
    words, tags, before = [], [], "+" if summed else ""
    for index in range(len(tagged) - 1, -1, -1):
        word, tag_ = tagged[index]
        if tag_ == "VB" and index == 0 and words and clauses.noun_before_noun(text.strip()) and not arrowed:
            tag_ = "NN"  # "prompt optimization tools: DSPy, ...": a noun before nouns, no instruction
        elif tag_ == "VB" and words and tags[0] in ("NN", "NNS") and index and (tagged[index - 1][1] == "JJ" or index >= 2 and
                tagged[index - 2][1] == "PRP" and clauses.can_be_verb(tagged[index - 1][0])) and "NOUN" in tagger.readings(word.lower()):
            tag_ = "NN"  # "soft prompt methods include ...", "it blocks prompt attacks": after an adjective or a verb, a noun
        if words and index >= 2 and "VERB" in tagger.readings(word.lower()) and (tagged[index - 2][0].lower() in _CAUSATIVES or index >= 3
                                                                               and tagged[index - 3][0].lower() in _CAUSATIVES and tagged[index - 2][1] == "DT"):
            tag_ = "VB"  # "lets the badger use tools (spades, ...)": a verb after a causative's object, no noun of the kind
        if tag_ in ("VBD", "VBN") and index == 0 and words and word.lower().endswith("ed"):
            tag_ = "JJ"  # "closed models e.g. GPT-4": a participle first, before a noun, says which
        if tag_ not in _NOUN_TAGS or word.lower() in QUANTIFIERS or (words and word.lower() in _VERBS_BEFORE) or (arrowed and index == 0 and words and "VERB" in tagger.readings(word.lower())):
            # "reduce dimensionality using reduction methods like PCA", "→ report percentiles (p50)": the kind starts after the verb
            if word.lower() == "of" or (tag_ == "DT" and index and tagged[index - 1][0].lower() == "of"):
                return None  # "the structure of a neural network, such as layers": examples of the structure
            before = word.lower()
            break
        if words and tag_ == "NNS" and index and tagged[index - 1][1] in ("NN", "NNP", "VBG") \
                and (tags[0] == "NNS" or (tags[0] in ("JJ", "VBN", "VBG") and clauses.can_be_verb(word))) \
                and "VERB" in tagger.readings(word.lower()):
            # "This development powers models like ChatGPT", "whitespace splitting breaks multi-word terms
            # like ...": a noun, its verb, the kind; no plural stands inside a noun phrase
            before = word.lower()
            break
        if words and index and tagged[index - 1][1] == "PRP" and clauses.can_be_verb(word):
            before = word.lower()  # "It blocks den attacks like A": a pronoun, its verb, the kind
            break
        if words and tag_ == "NNS" and tags[-1] == "NNS" and singular_noun(word.lower()) != word.lower():
            before = word.lower()  # "splits operators such as ...": no plural stands inside a noun phrase, this one is a verb
            break
        if words and tag_ in ("NN", "JJ") and index and "VERB" in tagger.readings(word.lower()) and (plural_before(tagged, index) or (
                tagged[index - 1][0].lower() in ("and", "or") and any(t == "MD" or w.lower() == "to" for w, t in tagged[max(0, index - 3): index - 1]))):
            before = word.lower()  # "Vector databases use fast search algorithms like HNSW", "Leaderboards aggregate benchmarks, e.g.
            break  # HELM": a plural, its verb, the kind; "can plan and use tools like A": a verb after a modal's "and"
        words.insert(0, word)
        tags.insert(0, tag_)
    ahead = text[: text.rfind(" for ")] if " for " in text else ""  # "Also for rare dens (A, B)": no words before "for"
    if before == "for" and (subject or alone) and ahead.split() and singular_noun(ahead.split()[-1].lower()) != ahead.split()[-1].lower() and (head := _noun_phrase_before(ahead, plural, subject, alone)) is not None:
        return head  # "Latency metrics for autoregressive models include A": latency metrics; what they are for is no kind
    start = len(tagged) - len(words)
    if start >= 2 and tagged[start - 2][0].lower() in ("that", "which", "who") and "VERB" in tagger.readings(tagged[start - 1][0].lower()):
        return None  # "radar that produces den maps, e.g. Quill": examples of the radar as likely as of what it produces
    judged = bool(words) and (words[0].lower() in EVALUATIVE or before in QUANTIFIERS)  # "Notable tools include"
    if before in _CLAUSE_OPENERS and is_action(" ".join(words)):
        return None  # "while mitigating issues like hallucination": a verb and its object
    if (before in {"and", "or", "for"} or (not before and tags[1:2] in (["JJ"], ["DT"]))) and len(words) > 1 and tags[0] == "VBG" \
            and "NOUN" not in tagger.readings(words[0].lower()):  # not "Pruning methods include ...": a gerund's object, no compound
        words, tags = words[1:], tags[1:]  # "for building and storing decoding algorithms (e.g., X)", "Detecting abnormal text such as X"
    whole = len(words) == len(tagged)  # the phrase is all the clause holds before the cue
    alone = alone and whole and len(words) == 1 and tagger.reads_as_plural_noun(words[0]) and not is_remark(words[0])  # not "Pros:"
    opening = whole and re.fullmatch(r"[A-Z][a-z-]+", words[0]) is not None and bool({"NOUN", "ADJ"} & set(tagger.readings(words[0].lower())))
    if whole and (words[0].lower() in EVALUATIVE or alone or opening):  # "Toxicity classifiers like ...": a common word
        words[0] = words[0].lower()  # "Common sampling methods include ...", "Defenses include ...": capital only as the sentence's first word
    while words and (words[0].lower() in _VERBS_BEFORE or tagger.corrected(*tagger.tagged(words[0])[0]) == "CD"
                     or (before in PERSONS and tags[len(tags) - len(words)] in ("VBD", "VBN"))  # "we explored challenges like"
                     or (before in _BEFORE_A_VERB and _base_verb(words[0], at_start=not before) and (before or not subject)
                         and not (named and len(words) > 1 and "NOUN" in tagger.readings(words[0].lower())))):  # "voice assistants (Siri, ...)"
        # "using techniques like", "to use models like", "we will use environments like", "Tune parameters
        # like" (an instruction's first word): the verb before the phrase is none of it
        words.pop(0)
        before = "-"
    if plural and (start := len(tagged) - len(words)) >= 3 and tagged[start - 2][0].lower() == "to" and clauses.is_base_verb(tagged[start - 1][0]) \
            and (tagged[start - 3][1] == "NNS" or start >= 4 and tagged[start - 3][1] in ("VBN", "VBD") and tagged[start - 4][1] == "NNS"):
        return None  # "ways to dig big dens: A, B", "methods used to dig ...": ways, the dens what they dig (not "easy to use X (like A)")
    back = len(tagged) - len(words) - 1  # "metrics for judging your dens: A, B": metrics, the dens what they judge
    if back >= 0 and tagged[back][1] in ("DT", "PRP$"):
        back -= 1
    if plural and back >= 2 and tagged[back][1] == "VBG" and tagged[back - 1][0].lower() == "for" and tagged[back - 2][1] == "NNS":
        return None
    written = without_judgement(" ".join(words[-5:]))
    kind = noun_phrase(written)
    if not keep(kind) or is_shell(kind.label) or kind.is_name or re.search(r"\b(?:vs\.?|versus)\s", kind.label) \
            or kind.label.split()[-1].lower() in ("stuff", "thing"):  # "domain-specific stuff e.g. niche APIs": no kind named
        return None  # "(vs subjective evaluation, e.g. essay grading)": examples of one side, no kind of both
    # a kind worth a concept: one a noun narrows ("loss functions") or the vocabulary names a class by ("algorithms"); not "features"
    modifiers = tags[-len(written.split()):-1]
    head = kind.label.split()[-1].lower()
    named_by_class = classify.class_of_word(head) is not None
    if plural:  # a list in parentheses or after a colon may be parts ("trajectories (Thought, Act)"): kinds only
        # "techniques", "parallelism strategies"; any plural that the text picks some of ("Notable technologies")
        # or that a compound sorts ("Model-level optimizations")
        sorted_by = len(words) > 1 and CLASSIFYING.fullmatch(words[-2]) is not None
        return kind if named_by_class or head in KIND_HEADS or judged or alone or sorted_by or (named and tags[0] != "VBG") else None
    compound = any("-" in word for word in written.split()[:-1])  # "low-level languages": a compound says which, it does not judge
    # all its clause holds before the examples, and the subject of a verb after them: "Explicit
    # signals, such as chirps, are easy to notice", "..., while implicit feedback, such as edits, is noisy"
    opens_clause = whole or (before in {"while", "whereas", "but"} and len(words) == len(tagged) - 1)
    subject_of_clause = verb_after and opens_clause and tags[-1] in ("NN", "NNS")
    # "structured data (e.g. HTML)"; a bare noun needs more ("responses (e.g. ...)"), and an order or a degree
    # says which one, not which kind ("a final prediction (e.g., binary classification)")
    given = given and len(written.split()) > 1 and not {w.lower() for w in written.split()[:-1]} & (ORDINALS | DEGREE | {"own"})
    return kind if named_by_class or compound or subject_of_clause or given or any(t.startswith("NN") or t == "VBG" for t in modifiers) else None


def plural_before(tagged: list[tuple[str, str]], index: int) -> bool:
    """Whether a plural noun comes right before the `index`-th word ("Rerankers" first in a sentence, which the tagger takes for a name)."""
    word, tag_ = tagged[index - 1]
    if index >= 2 and tagged[index - 2][1] == "PRP":
        return False  # "It blocks prompt attacks": the plural after a pronoun is its verb, the noun after it no verb
    return tag_ == "NNS" or (index == 1 and tag_ == "NNP" and word[1:].islower()
                             and (tagger.reads_as_plural_noun(word) or singular_noun(word.lower()) != word.lower()))  # "Leaderboards"


def _base_verb(word: str, at_start: bool) -> bool:
    """ "use", "tune": a verb in its base form; as a sentence's first word only when it can be no
    adjective ("Complex models like ..." names a kind)."""
    return clauses.is_base_verb(word) and not (at_start and "ADJ" in tagger.readings(word.lower()))
