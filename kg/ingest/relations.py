"""Where a sentence states a relation: the vocabulary's kg:phrases ("consists of", "is a type of"),
and the base and -ing forms of its one-word verbs where the tagger reads a verb ("evaluate your
LLMs using RunPod"), found at the words that can start one."""

from __future__ import annotations

import re
from functools import cache

from kg.ingest import clauses, tagger
from kg.ingest.lists import joined_by_plus
from kg.labels import clean, fold
from kg.schema import vocab


@cache
def _phrases() -> list[tuple[str, str]]:
    """(phrase, relation), the longest phrases first: the order the alternation tries them in."""
    return sorted(
        ((p, r.name) for r in vocab.relations().values() for p in (*r.phrases, *_verb_forms(r.phrases))
         if p not in {"vs", "versus"}),
        key=lambda pair: -len(pair[0]),
    )


@cache
def relation_pattern() -> re.Pattern[str]:
    phrases = _phrases()
    alternatives = "|".join(f"(?P<r{i}>{_phrase_regex(p)})" for i, (p, _name) in enumerate(phrases))
    _relation_names.extend(name for _p, name in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def _alternatives_by_first_word() -> dict[str, str]:
    """relation_pattern() cut by the word its phrases open with (its letters, digits and hyphens, as
    _WORD reads a clause's words): at a word, only a phrase that opens with it can match, so each
    part, its phrases in the same order and under the same group names, finds what the whole
    alternation finds there, without trying some 260 phrases at every word that may start one."""
    relation_pattern()  # the group names' relations, for relation_at
    parts: dict[str, list[str]] = {}
    for i, (phrase, _name) in enumerate(_phrases()):
        first = re.match(r"[\w-]*", phrase.split()[0].lower()) if phrase.split() else None
        if first and first.group():  # a phrase opening with a gap or a symbol matches at no word's start
            parts.setdefault(first.group(), []).append(f"(?P<r{i}>{_phrase_regex(phrase)})")
    return {word: "|".join(alternatives) for word, alternatives in parts.items()}


@cache
def _pattern_at(word: str) -> re.Pattern[str] | None:
    """The part of the alternation for phrases opening with `word`, compiled when first met: a short
    build meets a few of them, and compiling all costs what it saves."""
    alternatives = _alternatives_by_first_word().get(word)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE) if alternatives else None


_relation_names: list[str] = []


def _verb_forms(phrases: tuple[str, ...]) -> list[str]:
    """The base and -ing forms of a relation's one-word verbs ("evaluates" -> "evaluate", "evaluating"),
    from lemminflect: a table cell says "Evaluate LLMs using RunPod" of its row. Read only where the
    tagger calls the word a verb (_is_verb_at), since "use" in "tool use" is a noun."""
    from lemminflect import getAllInflections, getAllLemmas

    forms = []
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if rest.startswith("... ") and first.endswith("s"):  # "converts ... into": "Models convert text into vectors"
            forms += [f"{base} {rest}" for base in getAllLemmas(first, "VERB").get("VERB", ())]
            continue
        if " " in phrase or not phrase.endswith("s"):
            continue
        for base in getAllLemmas(phrase, "VERB").get("VERB", ()):
            forms.append(base)
            if "uses" in phrases:  # "merge models using MergeKit": an instrument; "questions involving X" describes the questions
                forms += getAllInflections(base, "VERB").get("VBG", ())
    return [form for form in dict.fromkeys(forms) if form not in phrases]


@cache
def generated_forms() -> frozenset[str]:
    return frozenset(form for r in vocab.relations().values() for form in _verb_forms(r.phrases))


@cache
def gapped_base_forms() -> frozenset[str]:
    """The first words of generated forms with an object inside ("split ... into"): as a sentence's
    first word most often an instruction to the reader ("Split the data into folds"), not a claim."""
    return frozenset(form.split()[0] for form in generated_forms() if " ... " in form)


@cache
def first_words() -> frozenset[str]:
    """The words a relation phrase can start with: only where one stands is the phrase regex tried."""
    return frozenset(p.split()[0].lower() for r in vocab.relations().values() for p in (*r.phrases, *_verb_forms(r.phrases)))


_WORD = re.compile(r"[\w-]+")


def relation_matches(clause: str) -> list[re.Match[str]]:
    """The relation phrases of a clause, left to right, none overlapping: as finditer would find them,
    but the long alternation is tried only at words that can start a phrase (it is the costly part)."""
    starts = first_words()
    found: list[re.Match[str]] = []
    after = 0
    for word in _WORD.finditer(clause):
        if word.start() < after or (lower := word.group().lower()) not in starts:
            continue
        match = pattern.match(clause, word.start()) if (pattern := _pattern_at(lower)) is not None else None
        if match and _noun_at(clause, match):
            continue
        if match and (_purpose_at(clause, match.start()) or _gerund_object_at(clause, match) or _past_not_active_at(clause, match)
                      or _USED_TO_BE.match(clause, match.start()) is not None or _NOT_DONE.search(clause, 0, match.start()) is not None):
            continue
        if match and (match.group().lower() not in generated_forms() or _is_verb_at(clause, match.start())):
            found.append(match)
            after = match.end()
    return found


_NOT_DONE = re.compile(r"\b(?:instead\s+of|rather\s+than|without)\s+$", re.IGNORECASE)  # "instead of using a spade": what is not done
# "Used to be the default", "used to have a cap": what was once so, no use ("is used to build" is one)
_USED_TO_BE = re.compile(r"used\s+to\s+(?:be|have|being)\b", re.IGNORECASE)
_SINGULAR_AUXILIARIES = frozenset({"is", "was", "be", "been", "am", "has", "does"})


_BARE_PASTS = frozenset({"used", "relied on", "leveraged", "employed", "combined", "adopted"})
_PLAIN_ADVERBS = frozenset({"still", "also", "often", "not", "never", "already", "first", "then", "once", "instead", "mostly", "rarely"})


def _past_not_active_at(clause: str, match: re.Match[str]) -> bool:
    """ "Llama 3 used DPO": a past form with its subject says what the subject used; not a passive ("is still used
    today", "are used depending on"), a modifier ("commonly used words"), nor a participle before the clause's verb
    ("the data used contains ...")."""
    if match.group().lower() not in _BARE_PASTS:
        return False
    before = [w.lower().strip(",") for w in clause[: match.start()].split()]
    words = list(before)
    while words and (words[-1] in _PLAIN_ADVERBS or (words[-1].endswith("ly") and "ADV" in tagger.readings(words[-1]))):
        words.pop()
    if words and words[-1] in _COPULAS | {"get", "gets", "got", "getting"}:
        return True
    if before and not words:
        return True  # "Commonly used words": how it is used, before a noun
    rest = clause[match.end():]
    if not before and (clauses.has_finite_verb(rest) or not (re.search(r"\sto\s+\w", rest) or re.match(r"\s*[A-Z]", rest))):
        return True  # "(commonly) used words are short": what is used; "Used boxplots to flag outliers", "Used GridSearchCV": a log's step
    after = clause[match.end():].split()[:1]
    return bool(after) and tagger.tagged(after[0])[0][1] in ("VBZ", "VBP", "VBD", "MD")


# "lets a model use", "allows the agent to call", "helps agents use tools": the noun after the causing verb does what follows
_CAUSED = re.compile(r"\b(?:lets?|letting|allows?|allowing|enables?|enabling|makes?|making|forces?|helps?|helping)\s+"
                     r"(?P<gap>(?:[\w-]+\s+){1,4})(?:to\s+)?$", re.IGNORECASE)


def done_by_the_one_caused(clause: str, match: re.Match[str]) -> bool:
    """Whether a relation phrase is the verb of the one a causing verb before it lets, allows or helps: "lets a model use
    X", and "lets a model keep and use X" (a bare verb joined to another); not "makes tunnels safe and uses clay", a verb
    of the subject's own after "and"."""
    found = _CAUSED.search(clause, 0, match.start())
    return found is not None and (re.search(r"\b(?:and|or|but)\s", found["gap"]) is None or not match.group().split()[0].lower().endswith("s"))


def _gerund_object_at(clause: str, match: re.Match[str]) -> bool:
    """ "licenses forbid using their outputs", "she recommends using LoRA", "RAG beat finetuning on X": an -ing form right after
    a verb is that verb's object, no relation of the subject ("is using", "trained using" are)."""
    before = clause[: match.start()].split()[-1:]
    if not match.group().split()[0].lower().endswith("ing") or not before or before[0].lower() in _AUXILIARIES | _SINGULAR_AUXILIARIES:
        return False  # "finetuning on" too
    return tagger.tagged(before[0])[-1][1] in ("VB", "VBP", "VBZ") \
        or before[0].lower() in clauses.PASTS_WITH_OBJECTS and not match.group().lower().startswith("using")  # not "combined using X"


def _purpose_at(clause: str, start: int) -> bool:
    """ "a tendency to generate answers", "an approach to generate chains": an infinitive says what
    something is for, not what the clause's subject does; "is used to generate" does say it."""
    before = clause[:start].lower().split()
    if len(before) >= 2 and before[-1] == "to":
        return before[-2] not in {"used", "designed", "able", "trained", "built", "meant", "how", "want", "need", "is", "are"}
    # "allowing every data point to be used for ...": what is used is that noun, not the subject
    return len(before) >= 3 and before[-2:] == ["to", "be"] and tagger.tagged(before[-3])[0][1].startswith("NN")


_BEFORE_A_NOUN = {"DT", "CD", "PRP$", "JJ", "JJR", "JJS", "IN", "POS"}


_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "'s"}
_AUXILIARIES = {"are", "were", "have", "had", "can", "could", "will", "would", "may", "might", "must", "should", "do", "did"}


def describes_the_noun_before(clause: str, match: re.Match[str], earlier: list[re.Match[str]]) -> bool:
    """ "Acme releases Zorp, built on the technology used to create Quill": a bare participle after a
    noun, once the clause's own verb has come, tells what that noun is for, not its subject. After
    a copula the noun is what the subject is ("Kite is a method used to ..."), and the words hold
    for the subject too. "including" right after a noun lists that noun's members, copula or not
    ("it passes tokens through layers including attention"). `earlier`: the relations read before
    it in the clause, verbs the tagger, reading word by word, may call nouns ("releases")."""
    participle = match.group().lower().split()[0]
    if participle not in {"used", "designed", "applied", "including", "trained", "pretrained", "fine-tuned", "finetuned", "generated", "produced"}:
        return False
    before = [(w.lower(), tagger.corrected(w, t)) for w, t in tagger.tagged(clause[: match.start()])]
    if not before or not before[-1][1].startswith("NN"):
        return False
    # the clause's verb, or an instruction's that opens it ("merge models trained on X": the models were)
    verbs = [w for i, (w, t) in enumerate(before[:-1]) if t in ("VBZ", "VBP", "VBD", "MD") or t == "VB" and i == 0] + [m.group().split()[0].lower() for m in earlier]
    return bool(verbs) and (participle == "including" or not any(w in _COPULAS for w in verbs))


_EXAMPLES_NEXT = re.compile(r"\s*(?:like|such as|including|\(e\.g\.)\s", re.IGNORECASE)


_ARTICLES = frozenset({"the", "a", "an", "its", "their"})  # not "this", "each": "This includes A", "Each uses B"


def _noun_at(clause: str, match: re.Match[str]) -> bool:
    """Whether a one-word phrase is a noun where it stands: "the use case" (after an article), a plural
    "on two benchmarks", "the measures of", "its uses" (a determiner, number, adjective or preposition
    before it), not "BERT uses"."""
    word = match.group()
    before = clause[: match.start()].split()
    if word.lower() == "use" and (re.match(r"\s+cases?\b", clause[match.end():]) or before[-1:] in (["of"], ["in"], ["for"], ["into"])):
        return True  # "the main use case of moss", "ease of use", "in use": a noun, whatever comes before it
    if word.lower() == "use" and before and before[-1].isalpha() and before[-1].islower() and tagger.tagged(before[-1])[0][1] == "NN":
        return True  # "works for tool use": no base form of a verb follows a singular noun, its subject ("tools use it" is a verb)
    if word.lower().startswith("run ") and before and (before[-1].lower() in _ARTICLES or tagger.tagged(" ".join(before[-2:]))[-1][1] in ("NN", "JJ")):
        return True  # "a trial run on a small subset", "dry run on 10 dens": a run, the noun; "models run on GPUs" is their verb
    if " " not in word and before and before[-1].lower() in _ARTICLES and not re.match(r"\s+of\b", clause[match.end():]):
        return True  # "defined by the use case": a noun after its article, no verb ("through the use of tools" says what uses them)
    if " " not in word and _inside_a_compound(before, word, (clause[match.end():].split() or ["."])[0]):
        return True  # "tool use sequences"
    if " " not in word and before and (clause[match.end():].split() or ["."])[0].lower() in _AUXILIARIES | _SINGULAR_AUXILIARIES:
        return True  # "Tool use is a kind of skill", "Den use has grown": a noun, the verb after it is the clause's
    if " " in word or not tagger.reads_as_plural_noun(word):
        return False
    if before and len(before) <= 3 and before[0].lower() not in _ARTICLES and clause[match.end():].startswith(":") and not clauses.has_finite_verb(" ".join(before)) \
            and all(w.islower() or w[1:].islower() and tagger.readings(w.lower()) for w in before):
        return True  # "Toxicity benchmarks: A, B": a label over the names it lists, as "Benchmarks:" alone is (not "DenNet uses: A")
    if not before:  # "Benchmarks like A and B evaluate ...": a subject, its examples after it
        if clause[match.end():].startswith(":"):
            return True  # "...; benchmarks: A and B": a label over the names it lists, no verb with the clause before as subject
        # "Benchmarks also saturate", "Benchmarks are costly": a subject, with its own verb after it
        following = [w.lower() for w in clause[match.end():].split()[:2]]
        if following and following[0] not in _AUXILIARIES and tagger.tagged(following[0])[0][1] in ("RB", "RBR"):
            following = following[1:]  # "also", "often"
        verb_next = bool(following) and (following[0] in _AUXILIARIES or tagger.tagged(following[0])[0][1] in ("VB", "VBP", "MD"))
        return _EXAMPLES_NEXT.match(clause[match.end():]) is not None or verb_next
    if before[-1].lower() in {"that", "which", "who", "also", "and", "or"}:
        return False
    after = clause[match.end():].split()[:1]
    if not after or after[0].lower() in {"like", "such"}:
        return True  # "through external vector stores", "vector stores like FAISS": no object, a noun
    if after[0].lower() in _AUXILIARIES:
        return True  # "Vector stores are popular": no verb takes "are" after it, a subject does
    if tagger.tagged(after[0].lower())[0][1] == "VB" and clauses.is_base_verb(after[0]):
        return True  # "Public benchmarks saturate": a verb of its own after it, so it is its subject
    rest = clause[match.end():]
    if clauses.is_base_verb(after[0]) and any(m.start() == len(rest) - len(rest.lstrip()) for m in relation_matches(rest)):
        return True  # "zorp stores use fuzzy algorithms": a relation's verb right after it, so it is its subject
    if re.fullmatch(r"\d+(?:[.,]\d+)?\+?", before[-1]):
        return True  # "v1 = 6 benchmarks: A, B", "400+ benchmarks": a count before it, so it is what is counted
    if any(c.isupper() for c in before[-1][1:]) or any(c.isdigit() for c in before[-1]):
        return False  # "TF-IDF uses ...", "GPT-4 uses ...": a name, which the tagger may call an adjective
    if re.fullmatch(r"[a-z]+ed", before[-1]) and tagger.tagged(before[-1])[-1][1] in ("VBN", "VBD"):
        return True  # "verified outputs", "generated outputs": a participle that says which, before its noun
    return tagger.corrected(*tagger.tagged(before[-1])[-1]) in _BEFORE_A_NOUN  # "Human eval uses": a noun before it, cut short


def _inside_a_compound(before: list[str], word: str, following: str) -> bool:
    """ "tool use sequences": a base form that is a noun too, after a singular noun (no singular subject says
    "use") and before a common noun, a word of a compound; not after "of" ("topics of interest include")."""
    if not before or not before[-1].isalpha() or not before[-1].islower() or tagger.word_tag(before[-1]) != "NN":
        return False
    read = tagger.readings(word.lower())
    if word.lower() not in read.get("VERB", ()) or "NOUN" not in read or (before[-2:-1] and before[-2].lower() in _PLACING_WORDS):
        return False
    following = following.rstrip(":;,.")  # "tool use setting: A, B": a label's last word
    tag = tagger.word_tag(following)
    return following.islower() and (tag in ("NN", "NNS") or tag == "VBG" and "NOUN" in tagger.readings(following))


_PLACING_WORDS = frozenset({"of", "for", "in", "on", "at", "with", "from"})


def _is_verb_at(clause: str, start: int) -> bool:
    """Whether the tagger reads the word at `start` as a verb in its clause ("evaluate your LLMs",
    not "tool use"), and not a gerund opening the clause ("Using LLMs, we ...")."""
    if start == 0 and clause.split()[0].lower().endswith("ing"):
        return False
    if re.search(r"(?:\band|\bor|\bthen|,)\s*$", clause[:start], re.IGNORECASE):
        return False  # "constructing prompts, and using techniques like ...": one more item of a list
    position, verb_before, previous = 0, False, ""
    for token, tag in tagger.tag(clause):
        found = clause.find(token, position)
        if found < 0:
            return False
        if found >= start:
            # an -ing form says how only after the clause's verb ("merge models using MergeKit"); before
            # it, it describes the noun ("results on Fever using CoT show ...")
            return found == start and tag.startswith("VB") and (tag != "VBG" or verb_before)
        verb_before = verb_before or tag in ("VB", "VBP", "VBZ", "VBD", "MD") or (
            tag == "NNS" and previous.startswith("NN") and clauses.can_be_verb(token))  # "Ridge ranks answers"
        previous = tag
        position = found + len(token)
    return False


_TIMES = frozenset({"when", "year", "date", "released", "published"})


def column_relation(header: str) -> str | None:
    """The relation a table column's header or a field's name states of its row or note ("Developed by",
    "limitations", "components": developedBy, suffersFrom, contains), if any (kg:column)."""
    folded = _QUALIFIER_FIRST.sub("", fold(header))  # "Originally built for", "Typical task": what it was built for, its task
    found = next((relation.name for relation in vocab.relations().values() if folded in relation.columns), None)
    if found is None and "/" in header:  # "| Who / when |": what one side states, the other a time ("| Who / where |" may be a place)
        sides = [side for side in header.split("/") if fold(side) not in _TIMES and not tools_column(side)]  # "| Example benchmark / tool |"
        found = column_relation(sides[0]) if len(sides) == 1 else None
    if found is None and (example := _EXAMPLES_COLUMN.search(folded)) is not None:  # "| Consumer examples |", "| Example models |"
        said = column_relation(example["what"]) if example["what"] not in (None, "use", "uses") else None  # "| Example uses |": purposes
        found = said or "hasExample"  # "| Example benchmarks |": what benchmarks do, of their row
    return found


_QUALIFIER_FIRST = re.compile(r"^(?:originally|initially|typically|mainly|primarily|usually|mostly|often|typical|usual|main|primary|common)\s+")
_EXAMPLES_COLUMN = re.compile(r"^[\w-]+\s+examples?$|^examples?\s+(?P<what>[\w-]+)$")


def relation_named(text: str) -> str | None:
    """The relation a short phrase states on its own (a diagram edge's text: "uses", "a type of", or
    a flow's "fed to", kg:edge), or None."""
    for wording in (text, f"is {text}", f"is a {text}"):
        match = relation_pattern().fullmatch(clean(wording).lower())
        if match:
            return relation_at(match)
    return _edge_texts().get(clean(text).lower())


@cache
def _edge_texts() -> dict[str, str]:
    return {edge: relation.name for relation in vocab.relations().values() for edge in relation.edges}


_SHORTENED = {"with": "(?:with|w/)", "without": "(?:without|w/o)"}


def _phrase_regex(phrase: str) -> str:
    """A kg:phrase as a regex: any white space between words, and "..." for a short gap; "with" and
    "without" as notes shorten them too ("trained w/ cross entropy")."""
    parts = [r"\s+".join(_SHORTENED.get(w, re.escape(w)) for w in part.split()) for part in phrase.split("...")]
    passive = _PASSIVE_NEXT if re.fullmatch(r"[a-z]+ed", phrase) else ""  # "used outside evals: A, B", "used in X": passive, no "uses"
    return r"\s+.{1,60}?\s+".join(p for p in parts) + passive


_PASSIVE_NEXT = r"(?!\s+(?:in|for|by|as|to|outside|with|on|across|within|at|when|during)\b)"


def relation_at(match: re.Match[str]) -> str:
    # the one group that took part: each phrase is a named group of the alternation, holding none
    return _relation_names[int(str(match.lastgroup)[1:])]


def stated_by_a_verb(text: str) -> bool:
    """Whether a text opens (after its adverbs) with a verb the relation phrases read ("Evaluate ...")."""
    words = [w.lower() for w in _WORD.findall(text)]
    while words and words[0].endswith("ly"):
        words = words[1:]
    return bool(words) and words[0] in first_words()


def labels_a_list(clause: str, match: re.Match[str], said_by_a_name: bool) -> bool:
    """ "warmth benchmarks: A, B", "den uses: A": a relation's verb that is also a plural noun, right before a colon,
    labels the list after it; said by a name or after an article it is the verb ("DenNet uses: A", "The den uses: A")."""
    return clause[match.end():].startswith(":") and _spelled_as_a_plural(match) and not said_by_a_name \
        and re.match(r"(?:an?|the)\s", clause, re.IGNORECASE) is None


def a_plural_noun(clause: str, match: re.Match[str]) -> bool:
    """ "den benchmarks for DenNet", "v1 benchmarks got stale", "den benchmarks, such as DenEval", "den stores (A, B)": a
    relation's verb that is also a plural noun is the noun before a comma, a preposition, a verb or names listed in
    parentheses, whoever says it."""
    return _NOUN_NEXT.match(clause, match.end()) is not None and _spelled_as_a_plural(match)


def _spelled_as_a_plural(match: re.Match[str]) -> bool:
    return " " not in match.group() and match.group().lower().endswith("s") and "NOUN" in tagger.readings(match.group().lower())


_NOUN_NEXT = re.compile(r"\s*,|\s+(?:for|of|in|on|with|got|get|are|were|is|was|have|had|can|could|will|would|should|must|need|that|which)\b"
                        r"|\s+\([^(),]+,[^()]+\)")


_SUMMED = frozenset({"uses", "usedFor", "contains", "includes", "suffersFrom", "evaluates", "measures", "produces", "trainedOn", "focusesOn"})


def plus_as_and(objects: str, relation: str) -> str:
    """ "uses scent maps + den search": a plus between the objects of a doing joins them as "and" does; after "is" it may
    add parts up into one thing ("is retriever + generator"), which the relation's own reading keeps whole."""
    return joined_by_plus(objects) if relation in _SUMMED else objects


# a column of what each row's thing is done with: "| Tools |", "| Libraries |", "| Popular frameworks |" (not "| Tools / who |",
# which may name whoever uses it)
_TOOLS_COLUMN = re.compile(r"(?:(?:common|popular|key|main|example|open[- ]source)\s+)?(?:tools?|tooling|librar(?:y|ies)|frameworks?)")


def tools_column(header: str) -> bool:
    """Whether a table's column lists the tools each row is done with: each is then used for it."""
    return _TOOLS_COLUMN.fullmatch(fold(header)) is not None
