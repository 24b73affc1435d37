"""Relations that follow from where things are written rather than from a relation phrase: a
definition that names another defined concept, an entry under a heading that names one, a label
that ends in another concept's label ("masked language model" is a "language model"), an owner's
name before a product's ("NVIDIA's Triton") or in parentheses after it ("BIG-bench (Google)"), a
model named in passing ("For GPT-4, ..."), kinds a paragraph names after the thing it is on
("batching. Static batching ..., dynamic batching ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest import classify, clauses, tagger
from kg.ingest.makers_in_parentheses import cited_openings, introduced_in
from kg.ingest.modifiers import ATTRIBUTE_HEADS, DEGREE, EVALUATIVE, compares, is_shell
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import ONE_NAME, Phrase, a_place_in_the_notes, keep, names_a_doing, noun_phrase, opens_with_a_doing
from kg.ingest.remarks import is_remark
from kg.ingest.sentences import sentences
from kg.labels import TITLE_SMALL_WORDS, initials, looks_like_name, title_cased, words
from kg.source import Source

if TYPE_CHECKING:
    from kg.ingest.extraction import Extraction
    from kg.ingest.lexicon import Record
    from kg.ingest.markdown import Paragraph


# words after which a label's last words are no head: "bag of words", "similarity to reference data", "built and tuned model",
# "AI as a judge"
_NO_HEAD_AFTER = frozenset({"of", "for", "in", "on", "with", "and", "or", "to", "against", "from", "between", "by", "per", "at",
                            "into", "over", "across", "without", "vs", "through", "after", "before", "during", "under", "via", "as", "-", "&"})


# verbs of change that the tagger may read as nouns: "increase data coverage", "mitigate privacy risk" are doings
_CHANGING = frozenset({"increase", "reduce", "decrease", "improve", "boost", "lower", "raise", "mitigate", "avoid", "prevent",
                       "minimize", "maximize", "minimise", "maximise"})


def link_kinds(extraction: Extraction) -> None:
    """ "masked language model" is a "language model" when the notes know the shorter name."""
    lexicon = extraction.lexicon
    for record in lexicon.live():
        if record.is_name and not re.fullmatch(r"[a-z][a-z-]+(?: [a-z][a-z-]+)* [A-Z]{2,}s?", record.label):
            continue  # a name is no kind; "multimodal RAG", "local LLMs" are, words that sort a kind an acronym names
        named = record.defined_at is not None or bool(record.see_also)
        for label in record.labels():
            parts = label.split()
            if any(w.lower() in _NO_HEAD_AFTER for w in parts[1:]):
                continue  # the head of "bag of words" is "bag", "built and tuned model" joins two: no label ending it names what it is
            if not named and opens_with_a_doing(label):
                continue  # "teaching language model", met as what a thing is for: an activity, no kind of language model
            found = next(((i, p) for i in range(1, len(parts)) if (p := lexicon.find(" ".join(parts[i:]))) is not None), None)
            if found is None:
                continue
            at, parent = found
            if " " not in parent.label and (parent.defined_at is None or is_shell(parent.label) or parent.label.lower() in ATTRIBUTE_HEADS):
                continue  # "function" only met in prose: too loose a word to say what "activation function" is
            if " " not in parent.label and classify.class_of_word(parent.label.lower()) is not None:
                continue  # "latency metric" is a Metric by its class (kg.ingest.classify): an edge to "metric" says it again
            if tagger.tag(parts[0])[0][1] in ("VB", "VBP") or parts[0].lower() in _CHANGING \
                    or (named and opens_with_a_doing(label) and at == 1 and not names_a_doing(parent.label)):
                continue  # "increase training data", "calculating error": a doing and its object ("infilling finetuning" sorts a doing)
            if any(w.isdigit() for w in parts[:at]) or (parts[at - 1].lower() in DEGREE and parent.label.split()[-1].lower() in ATTRIBUTE_HEADS):
                continue  # "Top 7 vector databases": a count; "high learning rate": a value of the rate, no kind of it
            # a phrase only met in prose is a kind of its head when a noun narrows it ("output token"),
            # not an adjective that may only judge it ("simple example", "smoother model")
            if not named and not all(tag.startswith("NN") or _sorts(word, tag) for word, tag in tagger.tag(" ".join(parts[:at]).lower())):
                continue
            # "multimodal RAG" is a RAG: words in small letters before an acronym sort it, a name alone ("GPT") is none
            if parent is not record and (not parent.is_name or re.fullmatch(r"[A-Z]{2,5}", parent.label) and record.label[:1].islower()):
                extraction.state(record, "isA", parent, (record.defined_at or record.sources[0]).by("label-head"))
                break


def _sorts(word: str, tag: str) -> bool:
    """ "full", "partial", "global", "multimodal": an adjective that says which kind ("full finetuning" is a finetuning),
    not one that judges or grades ("simple", "smoother", "large"); a compound one sorts ("long-term memory")."""
    lowered = word.lower()
    return tag == "JJ" and lowered not in EVALUATIVE and lowered not in DEGREE and not compares(lowered)


def _linked(extraction: Extraction) -> set[frozenset]:
    return {frozenset((s.subject.final(), s.object.final())) for s in extraction.statements}


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s?")


def _whole(name: str, text: str) -> bool:
    """ "BM25: improved TF-IDF": a name stands whole in the text, not as a part of a hyphened word ("TF" in "TF-IDF"); a
    name of several words, found by its words made singular, stands whole already."""
    return " " in name or re.search(rf"(?<![\w-]){re.escape(name)}(?:s|es)?(?![\w-])", text, re.IGNORECASE) is not None


def link_mentions(extraction: Extraction) -> None:
    """The sentence that defines a concept, naming another defined concept, relates the two ("The
    basic unit of a language model is token"); later sentences wander too far to say so. The other
    concept's name must be distinctive, several words or an acronym: a one-word name ("text",
    "model") is said in passing far more often than it is meant."""
    defined = {}
    for record in extraction.lexicon.live():
        if record.definition:  # one-word aliases ("transformer") are too often another thing's name
            for label in record.labels():
                acronym = _ACRONYM.fullmatch(label) is not None  # LLM, LLMs: distinctive however short
                if acronym or len(label) >= 4 and " " in label:
                    defined.setdefault(" ".join(words(label)), record)
    firsts = {name.split(" ", 1)[0] for name in defined}  # where in a definition a name may start
    linked = _linked(extraction)
    entries = {record.final() for record, _trail, _file in extraction.entries}  # bold terms, not whole notes
    for record in extraction.lexicon.live():
        if not record.definition or record.defined_at is None or record not in entries or not a_thing(record.label, extraction.things):
            continue
        text = words(record.definition[0])
        starts = [start for start, word in enumerate(text) if word in firsts]
        for size in range(1, 6):
            for start in starts:
                if start + size > len(text):
                    break
                other = defined.get(found := " ".join(text[start : start + size]))
                if other is not None and other.final() is not record and frozenset((record, other.final())) not in linked and _whole(found, record.definition[0]) \
                        and not initials(record.label, other.final().label) and not initials(other.final().label, record.label):  # "TPOT": the name
                    extraction.state(record, "relatedTo", other, record.defined_at.by("co-mention"))
                    linked.add(frozenset((record, other.final())))


def things(extraction: Extraction) -> dict[str, bool]:
    """a_thing() of each entry's label, asked where the file was read: a worker's tagger has met
    those words already, this process's has not (at 20,000 concepts, half a second here)."""
    return {label: a_thing(label) for label in {record.final().label for record, _trail, _file in extraction.entries}}


def a_thing(label: str, known: dict[str, bool] | None = None) -> bool:
    """A bold term that names a thing, whose definition may speak of another: not a title ("Key idea -
    self-attention", "Summary of RNN variants"), a doing ("increase model complexity") or a judgement
    ("legendary example"). `known`: answers given already (things())."""
    if known and (found := known.get(label)) is not None:
        return found
    first = label.split()[0].lower() if label.split() else ""
    return not (" - " in label or ":" in label or is_remark(label.split(" of ")[0]) or first in EVALUATIVE
                or (opens_with_a_doing(label) and " " in label))


def link_headings(extraction: Extraction) -> None:
    """An entry under a heading that names a defined concept relates to it when its defining sentence
    speaks of it too ("Scaling laws describe how the performance of a model changes as its size"
    under "Model Size"): sitting under a heading alone is what the topic already says."""
    linked = _linked(extraction)
    for record, trail, _file in extraction.entries:
        record = record.final()
        if not trail or record.defined_at is None or not record.definition:
            continue
        other = extraction.lexicon.find(trail[-1].title)
        if other is None or other is record or not other.definition or frozenset((record, other)) in linked:
            continue
        if set(words(other.label)) <= set(words(record.definition[0])):
            extraction.state(record, "relatedTo", other, record.defined_at.by("heading-mention"))
            linked.add(frozenset((record, other)))


# "NVIDIA's Triton and ...": the name ends where the sentence goes on, not inside "OpenAI's Node library".
# Found from each apostrophe, a few words either side: no search runs over the sentence from every capital.
_APOSTROPHE = re.compile(r"'s?\s+")
_OWNER_BEFORE = re.compile(r"(?<![\w.&-])[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}$")
_THING_AFTER = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,5}"
    r"(?=[,;:.)]|$|\s+(?:and|or|is|are|was|were|has|have|in|on|for|with|to|of|as|that|which|uses|can)\b|\s+(?P<next>[a-z]+)\b)"
)
_GOES_ON = frozenset({"VBZ", "VBD", "RB", "MD"})  # "Google's BIG-bench alone has", "... supports": a verb or an adverb after the name
_NAME_WINDOW = 160  # characters before an apostrophe where the owner's name may start
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
# "**Chatbot Arena** by LMSYS, where ...": a name, "by" and who made it, where the sentence goes on
_NAME_BY = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})(?:\s+\([^()]{2,80}\),)?\s+by\s+(?P<maker>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}"
                      r"(?:\s+et\s+al\.)?)(?=\s*[,;():]|\.(?:\s|$)|$|\s+(?:and|in|where|which|who|is|was)\b)")  # "X by Kim:" titles a resource


# "BIG-bench (Google)", "DENO 10.7B (Zorpco)": a name by its capitals (and its size), then a parenthesis that may say who
# made it; "dengit (Mossco)": a word of no dictionary (kg.ingest.modifiers), which noun_phrase reads as a name before its maker
_NAME_THEN_ASIDE = re.compile(r"(?<![\w.-])(?P<name>" + ONE_NAME.pattern + r"(?:\s+\d[\w.-]*)?|[a-z][\w.-]*|[A-Z][a-z][\w.-]*)\s+\((?P<inner>[A-Z][^()]{0,60})\)")
_ET_AL = r"(?P<authors>[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s+et\s+al\.?),?\s+(?:19|20)\d\d\)"  # "Kim et al., 2021)"
_TERM_CITED = re.compile(r"\((?P<term>[^(),;:]{2,40}),\s+" + _ET_AL)
# a title in capitals and its citation: "Scaling Laws for Transfer (Hernandez et al., 2021)"; not a participle and its
# preposition opening a sentence ("Used for MossDen 10B (Kim et al., 2023)", "Based on ClayNet (...)": what they cite is the name)
TITLE_CITED = re.compile(r"(?<![\w-])(?!(?:From|In|See|Per|Via|By|After|As|On|Cf)\s|[A-Z][a-z]+ed\s+(?:on|in|for|by|from|with|as|at|to)\s)(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|" + "|".join(sorted(TITLE_SMALL_WORDS)) + r"))+)"
                         r"\s+\(" + _ET_AL)
_MADE_BY = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)  # "a benchmark from Zorpco (Kim et al., 2024)": the authors wrote what Zorpco made
_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+)\s*$")  # the word right before, with no comma between: "AMD, TPU (Google)" is a list


def link_makers(sentence: str, source: Source, extraction: Extraction, topic: str, defining: bool = False) -> None:
    """ "NVIDIA's Triton", "BIG-bench (Google)", "LIMA (Zhou et al., 2023)" anywhere in a sentence: who
    made the thing is said, whatever the rest of the sentence says of it ("... has 214 tasks"); a clause that opens on a
    thing and its citation, but for the opening of a definition (`defining`), which is what the term is."""
    asides = "(" in sentence  # the next pattern, _TERM_CITED's and TITLE_CITED's each need a parenthesis
    for found in _NAME_THEN_ASIDE.finditer(sentence) if asides else ():
        # a word of one capital, or none, only in a list or after a colon: "tools: dengit (Mossco)", "cited: Toolformer (Kim et al., 2023)"
        capital = found["name"][:1].isupper()  # first in a sentence, an entry's ("Alpaca (Stanford): ..."), not "Legolas (Feedforward NN) fired"
        listed = re.search(r"(?:[,:;(]|\band)\s*$" if capital else r"(?:^|[,:;(])\s*$", sentence[: found.start()]) is not None \
            or capital and not sentence[: found.start()].strip() and re.match(r"\s*[:—–-]", sentence[found.end():]) is not None
        if (ONE_NAME.fullmatch(found["name"].split()[0]) and capital or listed) and not _MADE_BY.search(sentence, 0, found.start()) \
                and _whole_name(found, sentence) and (phrase := noun_phrase(found.group())).owner and keep(phrase):  # "tools: dengit (Mossco)"
            extraction.concept(phrase, source, topic)
    for mark in _APOSTROPHE.finditer(sentence):
        start = max(0, mark.start() - _NAME_WINDOW)
        owner = _OWNER_BEFORE.search(sentence, start, mark.start())
        thing = _THING_AFTER.match(sentence, mark.end())
        if thing and re.match(r"\s+of\s+[A-Z]", sentence[thing.end():]):
            continue  # "LangChain's State of AI report": a title that goes on past "of", no thing called "State"
        end = thing.end() if thing else 0
        if thing and thing["next"] and tagger.tag(thing["next"])[0][1] not in _GOES_ON:
            after = re.match(r"\s+(?P<word>[a-z]+)\b", sentence[thing.end("next"):])  # "Zorpco's JSON mode only guarantees ...": a verb or an adverb
            if tagger.tag(thing["next"])[0][1] not in ("NN", "NNS") or not (re.match(r"\s*[,;:.)]|\s*$|\s+(?:is|are|was|uses|has|on|in|for|from)\b",
                                                                                      sentence[thing.end("next"):]) or after and tagger.tag(after["word"])[0][1] in _GOES_ON):
                continue  # "Google's Gemini chat app": the name goes on in small letters past its kind
            end = thing.end("next")  # "Stanford's HELM leaderboard uses ...": the name, then its kind
        if owner and thing and not _DETERMINER_BEFORE.search(sentence, 0, owner.start()) \
                and keep(owned := noun_phrase(sentence[owner.start():end])):  # "the GPU's HBM": a part; "Kim's Table 3": a place
            extraction.concept(owned, source, topic)
    for cited, _at in () if defining else cited_openings(sentence):  # "Burrow mapping (Kim et al. 2021) uses ...": theirs
        extraction.concept(cited, source, topic)  # (a definition's opening is what its term is: the term's, kg.ingest.beside_the_kind)
    if " in " in sentence and (introduced := introduced_in(sentence)) is not None:  # "Den soups were introduced in Park et al. 2022"
        extraction.concept(introduced, source, topic)
    for cited in _TERM_CITED.finditer(sentence) if asides else ():  # "(zero-shot digging, Kojima et al. 2022)": the term, and who brought it
        after_a_title = re.search(r"[A-Z][\w'-]*\s*[\"”]?\s*$", sentence[: cited.start()]) is not None  # "Hierarchy (OpenAI, Kim et al.)": org
        if not after_a_title and keep(term := noun_phrase(cited["term"])) and len(term.label.split()) <= 4 and not clauses.has_finite_verb(cited["term"]):
            extraction.state(extraction.concept(term, source, topic), "developedBy",
                             extraction.concept(noun_phrase(cited["authors"].rstrip(".") + "."), source, None), source.by("citation"))
    for cited in TITLE_CITED.finditer(sentence) if asides else ():  # "Parameter-Efficient Transfer Learning for NLP (Houlsby et al., 2019)"
        if len(cited["title"].split()) >= 3 and title_cased(cited["title"]):
            paper = extraction.concept(Phrase(" ".join(cited["title"].split()), is_name=True), source, topic)
            extraction.state(paper, "createdBy", extraction.concept(noun_phrase(cited["authors"].rstrip(".") + "."), source, None),
                             source.by("citation"))
    if " by " in sentence:
        for found in _NAME_BY.finditer(sentence):
            named, maker = noun_phrase(found["name"]), noun_phrase(found["maker"])
            before = _WORD_BEFORE.search(sentence, 0, found.start())  # "sorted X by Elo": by what means the verb's doing is done
            last = found["name"].split()[-1]  # "Popularised by X" opening a sentence: a participle, capitalised
            titled = sentence[found.end():].lstrip().startswith(":") and ")," not in found.group()  # "X (...), by Kim:" is X's
            if looks_like_name(found["name"]) and not titled and {tagger.tag(last)[0][1], tagger.tag(last.lower())[0][1]}.isdisjoint(("VBN", "VBD")) \
                    and not (before and before["word"].lower() not in _BE and tagger.tag(before["word"])[0][1].startswith(("VB", "IN"))) \
                    and not opens_with_a_doing(found["maker"]) and not re.search(r"\d", found["maker"]) \
                    and keep(named) and keep(maker) and maker.is_name:  # not "Models Trained by Google", "with DPO by Kim", "by GPT-4"
                thing = extraction.concept(named, source, topic)
                extraction.state(thing, "developedBy", extraction.concept(maker, source, None), source.by("phrase"))


def _whole_name(found: re.Match[str], sentence: str) -> bool:
    """Whether a name before a parenthesis is the whole name of one thing: not the end of a longer one
    ("Responsible AI (RAI)", "zero-shot CoT (Kojima et al.)"), nor a plural ("GPUs (NVIDIA CUDA)"),
    nor before one word in capitals, which in running text is an abbreviation more often than a maker
    ("Bias Benchmark for QA (BBQ)")."""
    before = _WORD_BEFORE.search(sentence, 0, found.start())
    if before is not None and (before["word"][:1].isupper() or "-" in before["word"] or tagger.tag(before["word"])[0][1] == "JJ"):
        return False
    if before is not None and before["word"] in TITLE_SMALL_WORDS and re.search(r"[A-Z][\w'-]*\s+$", sentence[: before.start()]):
        return False  # "Transfer Learning for NLP (Houlsby et al., 2019)": the end of a title, which the citation is of
    if re.fullmatch(r".*[A-Z]s", found["name"]):
        return False
    written = sentence[: found.end("name")].split()[-5:]  # "DenCam (NVIDIA)": a maker in capitals, which no words before spell out
    return not re.fullmatch(r"[A-Z0-9]+", found["inner"]) or not any(abbreviates(found["inner"], " ".join(written[i:])) for i in range(len(written)))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|each|every|an?)\s+$", re.IGNORECASE)


_MODEL_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z.]*-?[A-Za-z]*\d[\w.]*(?![\w-])")
_NUMBER_FORMAT = re.compile(r"(?:FP|BF|TF|INT|UINT|NF|MXFP)\d{1,2}|UTF-?\d{1,2}")  # "FP32", "INT8", "UTF-8": a format of numbers or text, no model


def link_model_names(sentence: str, current: Record, source: Source, extraction: Extraction, topic: str) -> None:
    """A model named in passing ("For GPT-4, an average token is ...") relates to what is being read.

    Runs after the sentence's claims: a name they used is known by now, and keeps its stated relations.
    A name of one letter and a number ("L1", "L2", "F1") is a norm or a score more often than a model, and
    "FP32", "INT8" are formats of numbers, "UTF-8" one of text; "GPT4_DEN_PROMPT" is code; "Ch10" is a place in the notes, and "BFloat16" beside "BF16" its other name."""
    if current.final().label.endswith(" et al."):
        return  # "Kim et al. got their best results on GPT-3": what authors tried a thing on, no relation of theirs
    for name in _MODEL_NAME.findall(sentence):
        if sum(c.isalpha() for c in name) < 2 or _NUMBER_FORMAT.fullmatch(name) or "_" in name or extraction.lexicon.find(name) is not None \
                or a_place_in_the_notes(name.rstrip(".")):
            continue
        if _spelled_out(current.final().label, name):
            extraction.lexicon.add_label(current.final(), name)  # "| BF16 | BFloat16, by Google |": its name spelled out
        else:
            record = extraction.concept(noun_phrase(name), source, topic)
            extraction.state(record, "relatedTo", current, source.by("model-name"))


def _spelled_out(short: str, name: str) -> bool:
    """ "BF16" and "BFloat16", "TF32" and "TensorFloat-32": a name in capitals and digits, and a longer one with its
    letters and digits in order and the same number last; not "GPT-4" and "GPT-3.5", nor "GPT" and "GPT-4"."""
    letters, spelled = re.sub(r"\W", "", short).lower(), re.sub(r"\W", "", name).lower()
    number, last = re.search(r"\d+$", letters), re.search(r"\d+$", spelled)
    return re.fullmatch(r"[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z][A-Z0-9-]*", short) is not None and len(spelled) >= len(letters) + 3 and abbreviates(letters, spelled) \
        and number is not None and last is not None and number.group() == last.group() and abbreviates(re.sub(r"\d", "", letters), name)


def _a_verb_then(word: str, after: str | None) -> bool:
    """ "lives in", "runs the": a plural the tagger calls a noun that is a verb, by the preposition or
    article after it; not "traces of"."""
    return tagger.tag(word)[0][1] == "NNS" and "VERB" in tagger.readings(word.lower()) and after in ("in", "on", "at", "the", "a", "an", "to")


_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)  # "Clay dens are dry dens": what they are


def link_paragraph_kinds(paragraph: Paragraph, extraction: Extraction, topic: str) -> None:
    """ "We spent a long time on batching. Static batching waits ..., dynamic batching uses ...": a
    paragraph whose first sentence names a thing, and whose later sentences name two or more things by
    a word before its name (or before its head word: "User feedback closes the loop. Explicit
    feedback ..., implicit feedback ..."), has them as its kinds."""
    said = sentences(paragraph.text)
    if len(said) < 2:
        return
    tagged = [(w, t) for w, t in tagger.tagged(said[0][1]) if w.isalpha()]
    # what the paragraph is on: its first word, a noun alone ("Guardrails protect ...", not "Data
    # augmentation is ..."), two or three nouns before its verb ("User feedback closes ..."), or its last
    # word ("We spent a long time on batching.")
    nouns = ("NN", "NNS", "NNP", "NNPS", "VBG")
    opening = next((n for n in (1, 2, 3) if len(tagged) > n and all(t in nouns for _w, t in tagged[:n])
                    and (tagged[n][1] not in nouns if n == 1 else tagged[n][1] in ("VBZ", "VBP", "VBD", "MD"))), 0)
    things = {" ".join(w for w, _t in tagged[:opening]).lower(): tagged[opening - 1][0].lower()} if opening else {}
    if tagged and tagged[-1][1] in nouns:
        things.setdefault(tagged[-1][0].lower(), tagged[-1][0].lower())
    for thing, head in things.items():
        if len(head) <= 2 or is_shell(head) or head in ATTRIBUTE_HEADS:
            continue  # "Step 1: evaluate ... first a PDF-to-text step, then the extraction step": steps of something else;
            # "model size and data size": what each has, no kinds of size
        # of "User feedback", kinds said which by an adjective ("explicit feedback"); "Moss dens are warm. Clay dens are
        # dry", "Dense models ... Sparse models ...": kinds of one thing named side by side, siblings, no kinds of the first
        narrowing = " " not in thing or tagger.tag(thing.split()[0])[0][1].startswith("NN")
        found: dict[str, Source] = {}  # each kind, where it is first named
        named = re.compile(rf"(?<![\w'’])([A-Za-z][\w-]*)\s+{re.escape(head)}\b", re.IGNORECASE)  # once: a new head each time; not "don't code"
        for offset, sentence in said[1:]:
            for match in named.finditer(sentence):
                modifier = match[1] if any(c.isupper() for c in match[1][1:]) else match[1].lower()
                tag_ = tagger.tag(modifier)[0][1]
                if modifier.lower() in DEGREE or modifier.lower() in EVALUATIVE or tag_ not in ("NN", "NNS", "NNP", "JJ") \
                        or thing.endswith(f"{modifier.lower()} {head}") or (" " in thing and (not narrowing or tag_ != "JJ")) \
                        or _COPULA_BEFORE.search(sentence, 0, match.start()):
                    continue  # "Low latency", "the batching", "its batching", the thing itself, what another is: no kind
                following = re.match(r"\s*([A-Za-z][\w-]*)(?:\s+([a-z]+))?", sentence[match.end():])
                if following and tagger.tag(following[1])[0][1] in ("NN", "NNS", "NNP") and not _a_verb_then(following[1], following[2]):
                    continue  # "verbal reasoning traces", "the application development layer": the name goes on
                found.setdefault(f"{modifier} {head}", Source(paragraph.file, paragraph.line_at(offset)))
        if len(found) >= 2:
            kind = extraction.concept(noun_phrase(thing), Source(paragraph.file, paragraph.line), topic)
            for label, source in found.items():
                extraction.state(extraction.concept(noun_phrase(label), source, topic), "isA", kind, source.by("shared-head"))
