"""A definition that is no sentence but a noun phrase, read as one of a kind: "Ensemble methods
that combine predictions.", "Library made by Contoso for ..." and "NVIDIA's long-context benchmark."
say what "An ensemble method that ...", "A library made by ..." and "A long-context benchmark by
NVIDIA" do. Knows English wording only."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import classify, clauses, tagger
from kg.ingest.claims import Claim, Reading
from kg.ingest.subjects import CURRENT
from kg.ingest.cues import Cue
from kg.ingest.hearst import KIND_HEADS
from kg.ingest.relations import relation_matches
from kg.ingest.modifiers import compares
from kg.ingest.nouns import OWNER_NAME, noun_phrase
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.written_parts import sum_of_parts
from kg.ingest.remarks import one_work
from kg.ingest.restated_doings import done_with
from kg.ingest.tools_for_doings import tools_for_a_doing
from kg.ingest.marks import ARROW
from kg.labels import opening_lowered


def plural_fragment(sentence: str) -> str | None:
    """ "Ensemble methods that combine predictions.", "Advanced ensemble methods (...)": a plural noun
    phrase alone, or before "that", "which" or a parenthesis, as one of them ("a ensemble method that
    ..."); None for "Models are ...", "Trains models on ...", for an opening participle: "Introducing
    new open models", "Penalized large errors" say what something does, and for a plural before the
    last noun: "splits operators" is a verb and its object (no plural stands inside a noun phrase)."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(sentence)]
    words = 0
    while words < len(tagged) and tagged[words][1] in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN"):
        words += 1
    after = tagged[words][0].lower() if words < len(tagged) else "."
    written = sentence.split(maxsplit=words)
    last = tagged[words - 1][0].lower() if words else ""
    doing_ways = words > 1 and last != singular_noun(last) and singular_noun(last) in KIND_HEADS  # "finetuning methods that ...": no participle
    if not (0 < words <= 5 and tagged[words - 1][1] == "NNS" and after in ("that", "which", "(", ".", ";")) \
            or (tagged[0][1] in ("VBG", "VBN") and not doing_ways) or any(tag_ == "NNS" for _w, tag_ in tagged[: words - 1]) \
            or [w for w, _t in tagged[:words]] != [w.strip(".;") for w in written[:words]]:
        return None
    if words > 2 and tagged[0][1] == "NN" and tagged[1][1] == "JJ" and "VERB" in tagger.readings(tagged[0][0].lower()):
        return None  # "drop small weights": no noun stands before an adjective of its phrase; a verb and its object
    rest = written[words] if len(written) > words else ""
    if after == "(" and rest.partition(")")[2].lstrip().startswith(","):
        return None  # "format failures (like invalid JSON), factual consistency, ...": the first of a list
    phrase = " ".join(written[:words]).rstrip(".;")
    return f"a {singular_phrase(opening_lowered(phrase))} {rest}".rstrip()


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')  # a quoted title: 'from "Digging Is All You Need"'


_RELATIVE = re.compile(r"\s(?:that|which|who)\s")  # "agent with a skill map that keeps skills": the clause's verb is its own


def bare_fragment(sentence: str) -> str | None:
    """ "Library made by Contoso for ...", "Free course that covers PCA", "MOLE method that ...", "library for similarity
    search", "nearest-neighbour search over embeddings": a common noun with no article, then a
    participle and its preposition, "that"/"which", or "for", "with", "over", "across" or "between", is
    one of a kind ("a library made by ..."); None otherwise ("Attention weights tokens", "Library of
    Congress"; before "for"/"with" a word that may be an adjective, "Great for beginners", or a lone one
    that may be a verb, "Support for long inputs", and a clause's subject; before "over" and the
    others, an instruction: "Scale training across GPUs")."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(sentence)[:6]]
    if len(tagged) > 2 and tagged[0][1] == "VBN" and tagged[0][0].islower() and tagged[1][1] in ("NN", "NNS", "JJ"):
        tagged[0] = (tagged[0][0], "JJ")  # "fused attention kernel for GPUs": a past form before its noun, a modifier
    def common(word: str, tag_: str) -> bool:  # "Library" is a noun to the dictionary; "Contoso" is a name,
        # "optimizer" a noun the dictionary lacks, lowercase as no name is
        return tag_ == "JJ" or (tag_ in ("NN", "NNP") and ("NOUN" in tagger.readings(word.lower()) or word.islower()))

    acronym = re.fullmatch(r"[A-Z]{2,}[A-Za-z0-9-]*", tagged[0][0]) is not None if tagged else False  # "PEFT method that ...", tagged NN
    named = len(tagged) > 2 and (tagged[0][1] == "NNP" or acronym) and not tagger.readings(tagged[0][0].lower()) and common(*tagged[1]) \
        and tagged[1][0].islower() and not re.search(r"(?:ic|al|ous|ive|ful|less|[ai]ble|ary|ant|ent)$", tagged[0][0])  # "Minimalistic"
    words = int(named)  # "Minecraft agent for ...": a name that narrows the common noun after it
    while words < min(len(tagged), 4) and common(*tagged[words]):
        words += 1
    if words < len(tagged) - 2 and tagged[words][1] == "NNS" and tagged[words + 1][1] == "VBN" and "NOUN" in tagger.readings(tagged[words][0].lower()):
        words += 1  # "data generated by AI models", "models trained on code": a plural ends the phrase, before its participle
    last = tagged[words - 1] if words else ("", "")
    noun = last[1] in ("NN", "NNP", "NNS") or "NOUN" in tagger.readings(last[0].lower())  # "metric" is an adjective to the tagger
    follows = tagged[words][0].lower() if words < len(tagged) else ""
    classed = noun and classify.class_of_word(singular_noun(last[0].lower())) is not None  # "benchmark", "method": a kind, though a verb too
    if not (0 < words < len(tagged) - 1 and noun and (follows in ("that", "which")
            or tagged[words][1] == "VBN" and tagged[words + 1][0].lower() in ("by", "for", "on", "in", "to", "with", "from")
            or (follows in ("for", "with", "w/") or follows in ("over", "across", "between") and "VERB" not in tagger.readings(tagged[0][0].lower())
                or follows in ("by", "from") and next((w for w, _t in tagged[words + 1:] if w not in ('"', "“", "``")), "")[:1].isupper())
            # "Data framework by Moss Labs", "library from Meta", 'architecture from "Digging Is All You Need"'
            and last[1].startswith("NN") and not clauses.has_finite_verb(_QUOTED.sub("", _RELATIVE.split(sentence, 1)[0]))  # nor a title's, a clause's
            and "ADJ" not in tagger.readings(last[0].lower()) and not (words == 1 and "VERB" in tagger.readings(last[0].lower()) and not classed))
            or classed and follows == "to" and words < len(tagged) - 1 and tagged[words + 1][1] == "VB" and not clauses.has_finite_verb(sentence)):  # "benchmark to compare X"
        return None
    return f"a {sentence}" if named else f"a {opening_lowered(sentence)}"


# where a terse line stops naming a kind and says more of it: "vision model (not generative)", "completion machine: given
# text, tries to complete it"; an arrow is no such place (before it, what a thing turns into: "upcycling: dense model -> MoE")
_AN_ASIDE = r"\((?![^()]*\)\s*\w)"  # a parenthesis that closes the phrase, not one inside it ("den (model) family")
_SAYS_MORE = re.compile(rf"\s*(?:,|;|:\s|{_AN_ASIDE})")
_ASIDE_SAYS_MORE = re.compile(rf"\s*{_AN_ASIDE}")


def bare_kind(sentence: str) -> str | None:
    """ "Open-source vector database.", "Python library": a singular noun phrase alone, of two to five
    words, whose head noun has a class of the vocabulary, is one of a kind ("a open-source vector database");
    None for anything else ("JSON", "Meta", "Cheap and fast", "Text in, tokens out")."""
    words = _ASIDE_SAYS_MORE.split(sentence.strip().rstrip("."), maxsplit=1)[0].split()  # a comma may list more kinds
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(" ".join(words))]
    if not 2 <= len(words) <= 5 or len(tagged) != len(words) or tagged[-1][1] != "NN" or tagged[0][1] == "VBN" \
            or tagged[0][1] == "VBG" and not clauses.noun_before_noun(" ".join(words)) \
            or not all(t in ("JJ", "NN", "NNP", "VBN", "VBG") for _w, t in tagged):
        return None  # not "Penalized large models", "Introducing new models": what something does
    head = singular_phrase(words[-1].lower())
    return f"a {opening_lowered(' '.join(words))}" if classify.class_of_word(head) is not None else None


_BARE_KIND_WHERE = re.compile(r"(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})\s+(?:where|whereby|(?:in|on|through)\s+which)\s")


def with_its_article(sentence: str) -> str:
    """ "clay data where badgers compare two dens", "den cycle in which ...": a singular noun phrase without its article
    that a clause of where or in which follows is what the term is, as "a clay data where ..." says."""
    found = _BARE_KIND_WHERE.match(sentence)
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(found["kind"])] if found else []
    return f"a {sentence}" if tags and tags[-1] == "NN" and all(t in ("JJ", "NN", "VBG", "VBN") for t in tags) and tags[0] != "VBG" else sentence


def named_kind(sentence: str) -> str | None:
    """ "Popular ranking function.", "graph-based ANN algorithm, fast and accurate" after a name: a
    singular noun phrase of one to five words with no article, alone or before a comma, is what the
    name is ("a popular ranking function"), whatever its head; said only of a name ("**BM25**:"),
    for after a word of the dictionary it may be a value ("**Input**: text prompt")."""
    phrase = _SAYS_MORE.split(sentence.strip().rstrip("."), maxsplit=1)[0]
    words = phrase.split()
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(phrase)]
    acronym = len(words) > 1 and words[0].islower() and re.fullmatch(r"[A-Z]{2,6}s?", words[-1]) is not None  # "masked LM": a kind it heads
    if not 1 <= len(words) <= 5 or len(tagged) != len(words) or tagged[-1][1] != "NN" and not acronym or tagged[0][1] == "VBN" and not acronym \
            or tagged[0][1] == "VBG" and not clauses.noun_before_noun(" ".join(words)) \
            or not all(t in ("JJ", "NN", "VBN", "VBG") or w.isupper() for w, t in tagged) or re.search(r"(?:ing|ation)$", words[-1]) \
            or not (acronym or "NOUN" in tagger.readings(words[-1].lower()) or words[-1].islower() and classify.class_of_word(words[-1])) \
            or not all(w.islower() or w.isupper() or w == words[0] for w in words) \
            or words[-1].lower() in ("purpose", "data", "text", "information", "content"):  # "general purpose": how it serves; "medical data": what it reads
        return None  # not "Trained on code", "Fast", "Meta", "Probability-based classification" (what it does): no kind
    return f"a {opening_lowered(phrase)}"  # what follows the comma says how ("fast and accurate"), no more kinds


# "NVIDIA's long-context benchmark.", "Google's instruction-following benchmark, 25 types of ...": whose, then what
_WHOSE_KIND = re.compile(rf"^(?P<owner>{OWNER_NAME})['’]s?\s+(?P<kind>[a-z][\w-]*(?:\s+(?!(?:for|that|which|with)\s)[a-z][\w-]*){{0,4}})"
                         r"(?P<rest>\s*(?:[,;(].*)?|\s+[a-z-]+ed\s+(?:to|on|for|by|with|from|in)\s.*"  # "... model fine-tuned to call tools"
                         r"|\s+(?:for|that|which|with)\s.*)$")  # "Stanford's framework for programming LMs"


def whose_fragment(sentence: str) -> str | None:
    """ "NVIDIA's long-context benchmark, 13 tasks": one of a kind that its owner made, as "a long-context
    benchmark by NVIDIA, 13 tasks" says; None for a sentence ("Google's model beats ...") or an owner that
    is a common word capitalised to open the sentence ("Model's weights ...")."""
    found = _WHOSE_KIND.match(sentence.strip().rstrip("."))
    if found is None or (" " not in found["owner"] and "NOUN" in tagger.readings(found["owner"].lower())) \
            or not all(tagger.corrected(w, t) in ("JJ", "JJR", "JJS", "NN", "NNS", "VBG", "VBN") for w, t in tagger.tagged(found["kind"])):
        return None  # not "Hugging Face's documentation about chat templates": a noun phrase alone
    return f"a {found['kind']} by {found['owner']}{found['rest']}"


# what may follow a gerund that is also a noun ("training examples whose ..." names examples) when it is a verb with its object
_OBJECT_OPENS = ("DT", "PRP$", "PRP", "JJ", "JJR", "CD", "WP", "WDT", "WRB")
# the verb a doing is the subject of; not any finite verb, which may be in its object ("to evaluate the digs", "whether it does")
_SUBJECT_OF = re.compile(r"\s(?:is|are|was|were|can|could|will|would|may|might|should|must)\s", re.IGNORECASE)


def doing_fragment(sentence: str) -> str | None:
    """ "Using ground radar to find tunnels.", "combining two retrievers": a gerund and its object, what
    a doing term is, said of the term as "It uses ground radar to find tunnels"; None where the gerund
    may be a noun that names a thing ("training examples whose ...", "Mapping tools"), is a sentence's
    subject, or is a verb that states no relation of the vocabulary."""
    opening = sentence.split(maxsplit=1)
    if not opening or not opening[0].lower().endswith("ing"):
        return None  # no gerund first: the tagger is spared
    tagged = tagger.tagged(sentence)[:2]
    if len(tagged) < 2 or not (first := tagged[0][0]).lower().endswith("ing"):
        return None
    readings = tagger.readings(first.lower())
    if "VERB" not in readings or ("NOUN" in readings and tagged[1][1] not in _OBJECT_OPENS):
        return None
    doing = sentence.strip().split(":")[0]  # "Using AI to make data: paraphrasing, ...": what follows is no object of it
    if _SUBJECT_OF.search(doing.split(",")[0]):  # "Teaching a model what to do is called ...": the doing is a sentence's subject
        return None
    said = tagger.third_person(first)
    sentence = f"It {said}{doing[len(first):]}"
    # only a verb that says the relation alone ("uses", "combines", "generates"): of "Representing words in
    # vector space" none would be read, and the term would seem defined; "breaking text into units, such as
    # words" names what it makes only loosely
    return sentence if said and any(match.start() == 3 and match.group() == said for match in relation_matches(sentence)) else None


def participle_fragment(sentence: str) -> str | None:
    """ "Built on PagedAttention.", "based on a wombat model": a past participle and its object, what
    the term is, said of it as "It is built on PagedAttention"; None unless "is" and the participle
    make a relation phrase of the vocabulary ("Trained for hours" states none)."""
    first = sentence.split(maxsplit=1)[:1]
    if not first or tagger.tagged(first[0].lower())[0][1] not in ("VBN", "VBD"):
        return None  # no participle first: the phrases are spared
    said = f"It is {first[0].lower()}{sentence.strip()[len(first[0]):]}"
    return said if any(match.start() == 3 for match in relation_matches(said)) else None


_RELATION_SAID = Cue(r"replac|substitute|alternative|using|let|allow|enable|with|most|least|est\s|fits\s+for")  # what _STANDS_IN_FOR,
# _USING_DEFINES, _LETS_ONE, tools_for_a_doing or _SUPERLATIVE_FIRST needs (the rest an "=")
# "Most common similarity metric for X", "the most popular den metric", "the fastest den model": a fragment that ranks the thing among its kind
_GOOD_FITS = re.compile(r"^(?:good|great|natural|ideal|best)\s+fits\s+for\s+(?P<thing>[^:,;]{2,60}):\s*(?P<listed>.+)$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SUPERLATIVE_FIRST = re.compile(r"^(?:the\s+)?(?:most|least)\s+[a-z][\w-]*\s+[a-z]|^the\s+[a-z]+est\s+[a-z]", re.IGNORECASE)
# "lets you map dens", "allows developers to write kernels": what anyone can do with the thing, what it is used for
_LETS_ONE = re.compile(r"\s(?P<verb>lets|let|allows|allow|enables|enable)\s+(?:you|users|developers|devs|people|one|us|teams|anyone|everyone)\s+(?:to\s+)?(?!(?:know|see|tell|think|feel|get|have|be|do|go|say|focus|forget|worry)\b)(?=[a-z])")  # not "lets you know X": no task
# "X means using Y", "X refers to using Y": what X uses ("is the practice of using Y" is read as it stands). Only
# "using": with another verb the tagger may take the verb for a plural noun ("Data curation decides which ...")
_USING_DEFINES = re.compile(r"^(?P<subject>[^,;:()]{1,80}?)\s+(?:means|refers\s+to)\s+using\s(?P<used>.*)$", re.IGNORECASE)


# "a LoRA variant", "a router variant": a variant of the one noun or name before the word, as "a variant of LoRA" says
_NOUN_VARIANT = re.compile(r"\b(?P<article>an?)\s+(?P<of>[A-Za-z][\w.-]*)\s+(?P<word>variant|variation)\b(?!\s+of\b)")


def _variant_of(found: re.Match[str]) -> str:
    """ "a variant of LoRA" for "a LoRA variant", not for "a new variant" (an adjective says which one)."""
    named = tagger.tagged(found["of"])[0][1] in ("NN", "NNP") or not tagger.readings(found["of"].lower())
    return f"{found['article']} {found['word']} of {found['of']}" if named else found.group()


def said_as_a_relation(sentence: str) -> str:
    """ "Den judging means using a wombat model to ..." as "Den judging uses a wombat model to ...";
    "Den care = sweeping, lining, sealing" as "Den care includes sweeping, lining, sealing"; "X is a replacement for Y"
    (or "an alternative to Y") as "X can replace Y"; "X lets you map Y" as "X is used to map Y"; "Dig setts using X" as "X is
    used for digging setts"; "a LoRA variant" as "a variant of LoRA"; any other sentence as it is."""
    sentence = _NOUN_VARIANT.sub(_variant_of, sentence) if "variant" in sentence or "variation" in sentence else sentence
    if "=" not in sentence and not _RELATION_SAID.in_text(sentence):
        return sentence  # none of the words the patterns below need: most sentences, as they are
    if (suited := _GOOD_FITS.match(sentence)) is not None:
        return f"{suited['thing']} is used for {suited['listed']}"  # "Good fits for batch: A, B": what the batch is used for
    if (standing := _STANDS_IN_FOR.search(sentence)) is not None:
        return f"{sentence[: standing.start()]} can replace {sentence[standing.end():]}"  # "X is a drop-in replacement for Y"
    sentence = _SWAPPED.sub(lambda m: _SWAP[m["verb"].lower()], sentence)  # "mask = replace X w/ a placeholder": a doing, no rival of X
    if (summed := _EQUATED_SUM.match(sentence)) is not None and not any(map(compares, sentence.split())) \
            and (parts := sum_of_parts(summed["sum"])) is not None:  # not "Plus more moss = more heat + damp": an effect
        return f"{summed['whole']} consists of {', '.join(parts[:-1])} and {parts[-1]}"  # "before that: X = A + B": its parts
    if (equated := _EQUATED_LIST.match(sentence)) is not None and not clauses.has_finite_verb(equated["listed"]) and not one_work(equated["whole"]) \
            and not re.search(ARROW, equated["listed"]) \
            and tagger.tagged(equated["whole"].split()[-1])[-1][1].startswith(("NN", "VBG")):
        return f"{equated['whole']} includes {equated['listed']}"  # what an equals sign sets equal to a list: its members
    if (named := _NAMES_EQUATED.match(sentence)) is not None and all(noun_phrase(n.strip()).is_name for n in named["names"].split(",")) \
            and tagger.reads_as_plural_noun(named["kind"].split()[-1]):
        return f"{named['names']} are {named['kind']}{named['rest']}"  # "MossCam, OakRadar = den tools that ...": what each is
    if _SUPERLATIVE_FIRST.match(sentence) and ":" not in sentence and not clauses.has_finite_verb(sentence):
        ranked = _THE.sub("", sentence)  # "the most popular den metric": "It is the most popular den metric"
        return f"It is the {ranked[:1].lower()}{ranked[1:]}"
    if tooled := tools_for_a_doing(sentence):  # "Dig setts using SpadeKit", "Quantization with DenQ and ClayQ"
        return f"{' and '.join(name.label for name in tooled[0])} {'are' if len(tooled[0]) > 1 else 'is'} used {tooled[1]}"
    sentence = _LETS_ONE.sub(lambda m: " is used to " if m["verb"].endswith("s") else " are used to ", sentence)  # "dens let you": "are"
    defined = _USING_DEFINES.match(sentence)
    return sentence if defined is None else f"{defined['subject']} uses {defined['used']}"


# "replace the wet moss w/ a dry plug": what a doer puts in a thing's place; the doer is no rival of the thing, as "X replaces Y" says
_SWAPPED = re.compile(r"\b(?P<verb>replac(?:e|es|ed|ing))(?=\s[^,;.()]{1,60}?\s(?:with|w/)\s)", re.IGNORECASE)
_SWAP = {"replace": "swap", "replaces": "swaps", "replaced": "swapped", "replacing": "swapping"}
# "is a drop-in replacement for", "are an alternative to": what a thing can stand in for, set against it
_STANDS_IN_FOR = re.compile(r"\s(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:replacement|substitute|alternative)s?\s+(?:for|to)\s", re.IGNORECASE)
# a short noun phrase (and its aside) set equal to a sum: "seq2seq (2014) = RNN encoder + RNN decoder"
_EQUATED_SUM = re.compile(r"^(?P<whole>[A-Za-z][\w-]*(?:\s[\w-]+){0,3})(?:\s\([^()]*\))?\s=\s(?P<sum>[^=]+\s\+\s[^=]+)$")
# names listed, set equal to a plural: "MossCam, OakRadar = den tools that map tunnels"
_NAMES_EQUATED = re.compile(r"^(?P<names>[^=,;:()]{1,40}(?:,\s*[^=,;:()]{1,40})+)\s=\s(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)(?P<rest>(?:\s(?:that|which|for|with)\s.*)?)$")
# a short noun phrase set equal to three things or more: "Planning = plan generation, plan validation, execution"
_EQUATED_LIST = re.compile(r"^(?P<whole>[A-Za-z][\w-]*(?:\s[\w-]+){0,3})\s=\s(?P<listed>[^,;:=()]{2,40}(?:,\s[^,;:=()]{2,40}){1,}"
                           r"(?:,?\s(?:and|or)\s[^,;:=()]{2,40})?)$")


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG")


def _opens_on_a_noun_phrase(chunk: str, whole: bool) -> bool:
    """ "wet floor with mold": a noun phrase of up to four words, then (unless `whole`) what it has or where it is."""
    words = re.split(r"\s+(?:with|w/o?|without|for|in|on|of|at)\s", chunk.strip(" ."), maxsplit=1)
    if whole and len(words) > 1 or not words[0] or len(words[0].split()) > 4:
        return False
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(words[0])]
    return all(tag in _NOUN_TAGS for tag in tags) and tags[-1].startswith("NN")


def lists_its_kinds(term: str | None, sentence: str) -> bool:
    """ "**Roof Failures:** weak roof, wet floor with mold, dry floor w/ cracks.": a term in the plural, then noun
    phrases one after another, bare: its kinds, of which kg.ingest.terms.members_named reads the bare names; the first
    is no kind the term is, as "architecture based on attention" after "**Transformers:**" would be."""
    chunks = [chunk for chunk in re.split(r",\s+(?:and\s+|or\s+)?", sentence) if chunk.strip()]
    plural = term is not None and singular_phrase(term.lower()) != term.lower()
    return plural and len(chunks) > 2 and _opens_on_a_noun_phrase(chunks[0], whole=True) and _opens_on_a_noun_phrase(chunks[1], whole=False)


def no_kind_of_the_first(term: str | None, sentence: str, reading: Reading) -> Reading:
    """A term's definition as read, less the kind it gave the term where the definition lists its kinds (lists_its_kinds) or
    restates the doing the term names, whose instruments the term uses (kg.ingest.restated_doings); a sum under a plural
    word for a class lists members (members_summed)."""
    reading = members_summed(term, sentence, reading)
    if lists_its_kinds(term, sentence) or an_agent_doing(term, sentence):
        return replace(reading, claims=[claim for claim in reading.claims if not (claim.subject == CURRENT and claim.relation == "isA")])
    if not (used := done_with(term, sentence)):
        return reading
    restated = (sentence.split() or [""])[0].lower()  # "pack moss with a spade": no kind "pack moss" of moss packing
    kept = [c for c in reading.claims if not (c.subject == CURRENT and c.relation == "isA" and c.object.label.split()[0].lower() == restated)]
    return replace(reading, claims=kept + [Claim(CURRENT, "uses", thing, 0) for thing in used], subject=None)  # of the term, no subject of its own


# "A badger picking up new skills", "a model storing chunks of its data": one who does a thing, then the doing, a clause of
# more words than a compound's one head ("a data processing technique that ...", "a model serving system for X")
_AGENT_DOING = re.compile(r"(?:an?|the)\s+(?P<agent>[a-z][\w-]*)\s+(?P<doing>[a-z]+ing)\s+(?!\S+(?:\s+(?:that|which|who|for|used|with)\b|\s*[,.;:]|\s*$))\S",
                          re.IGNORECASE)
_DOINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "sis")  # "memorization", "den learning": a doing, by the word's ending


def an_agent_doing(term: str | None, sentence: str) -> bool:
    """ "**Memorization**: A model storing chunks of its training data": a doing (by its ending) said as one who does it,
    the doer no kind of the term (no `memorization isA model`, nor "model storing chunk"); "**Reward model**: a model
    predicting preferences" is a model, and "**Moss lining**: a den lining made of moss" a den lining."""
    found = _AGENT_DOING.match(sentence.strip())  # a word in -ing that is a noun too may be a compound's ("a den lining made of moss")
    return term is not None and found is not None and term.split()[-1].lower().endswith(_DOINGS) \
        and set(tagger.readings(found["doing"].lower())) == {"VERB"}


_CLASSES_OF_MEMBERS = frozenset({"Metric", "Tool", "Dataset", "Benchmark", "Technique", "ModelType", "Organization", "Person"})


def members_summed(term: str | None, sentence: str, reading: Reading) -> Reading:
    """ "- metrics: violation rate + refusal rate", "- den tools: spade + rake": a sum under a plural word for a class of
    things lists its members, no parts of one ("Setts: tunnel + chamber", of no such class, keeps its parts)."""
    words = (term or "").lower().split()
    if not words or singular_noun(words[-1]) == words[-1] or classify.class_of_word(singular_noun(words[-1])) not in _CLASSES_OF_MEMBERS \
            or sum_of_parts(sentence) is None:
        return reading
    return replace(reading, claims=[replace(c, relation="hasKind") if c.subject == CURRENT and c.relation == "contains" else c for c in reading.claims])


# "The dominant architecture for X", "The most common way to Y": the one a note is on, named by its rank among its kind
_THE_LEADING = re.compile(r"\s*the\s+(?=(?:most\s+[a-z-]+|(?P<best>[a-z]+est)|dominant|leading|standard|default|de\s+facto|go-to|canonical)\s+[a-z])",
                          re.IGNORECASE)


def the_leading_one(sentence: str) -> str | None:
    """ "The dominant architecture for language models, introduced in 2017.": a fragment with no verb of its own that names
    a thing as the leading one of its kind, read as "A dominant architecture for ..."; None otherwise ("The model is big")."""
    found = _THE_LEADING.match(sentence)
    if found is None or found["best"] and tagger.tagged(found["best"].lower())[0][1] != "JJS":  # "the largest", not "the test set"
        return None
    return None if clauses.has_finite_verb(sentence.split(",")[0]) else f"A {sentence[found.end():]}"
