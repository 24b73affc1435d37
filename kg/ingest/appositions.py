"""A name and what it is, side by side anywhere in a sentence: "Scikit-learn, a library providing
many algorithms, ..." (Scikit-learn isA library), "the team built Kestrel, an inference server",
"LSTMs and GRUs, two RNN variants that ..." (each isA RNN variant), who made it: "DSPy, from
Stanford, ..." (developedBy), and what a relative clause in parentheses says of it: "llama.cpp
(which uses the GGUF format)". Only a name stands before the comma: "In 2017, a team ..." and
"However, a model ..." say nothing of the kind; but a sentence's subject set off by "a variant of
X" ("Wet lining, a variant of clay lining, adds moss"), or by a kind before its verb ("Wet lining, a
sealing technique, adds moss"), is one of X. Knows English wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import classify, clauses, tagger
from kg.ingest.lists import cut
from kg.ingest.modifiers import is_shell, without_judgement
from kg.ingest.nouns import QUANTITY, Phrase, keep, noun_phrase
from kg.ingest.relations import relation_at, relation_matches
from kg.ingest.singular import singular_noun

# ", a|an <kind>" after one name; ", two|three|both <kinds>" after a list of them; ", the <kind> ...," set off
# before the name's verb ("PagedAttention, the memory manager inside vLLM, stores ..."), not one of a list
_APPOSITION = re.compile(r",\s+(?P<count>an?|two|three|four|five|both)\s+(?P<rest>[^,;()]+)", re.IGNORECASE)
_DEFINITE = re.compile(r",\s+(?P<count>the)\s+(?P<rest>[^,;()]+),\s+(?P<after>\w+(?:\s+\w+)?)")
_SUPERLATIVE = re.compile(r"^(?:(?:most|least)\s+[\w-]+|[\w-]+est|best|worst)\s+(?=\S)", re.IGNORECASE)  # "the most popular X": one X
_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "can", "could", "will", "would", "may", "might", "must", "should"})
_NAME = r"[\w.+-]*[A-Z0-9][\w.+-]*"  # a word with a capital or a digit: "Scikit-learn", "GPT-4", "t-SNE"
_ONE = re.compile(rf"(?:^|\s)(?P<names>{_NAME}(?:\s{_NAME}){{0,3}})$")
_SEVERAL = re.compile(rf"(?:^|\s)(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME}){{1,5}})$")
_POSSESSIVE = re.compile(r"['’]s\s$")  # "the LLM Engineer's Handbook, a book": the owner's thing, named in part
_WINDOW = 200  # characters before the comma where the names may stand
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN")


# "DSPy, from Stanford, ...", "AlphaFold is from DeepMind", "GPT-4, made by OpenAI,", "HumanEval, a benchmark
# from OpenAI,": who made the name before
_MADE = r"(?:made|developed|built|released|created|designed|introduced|published|maintained|run)\s+by"
# a maker's names ("Kwon et al.", "Tri Dao and Kim Lee"), then who worked with them, where and when
_MAKER = r"[A-Z][\w&'-]*(?:\s(?:[A-Z][\w&'-]*|et\s+al\.?))*(?:\s+and\s+[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)*)?"
_MAKER_TAIL = r"(?:\s+and\s+(?:colleagues|co-?authors|team|others))?(?:\s+at\s+[A-Z][\w&'-]*)?(?:\s+in\s+(?:19|20)\d\d)?"
_MADE_ASIDE = re.compile(rf"(?<=[\w)]),\s+(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}})?(?P<aside>{_MADE}\s+(?P<maker>{_MAKER}){_MAKER_TAIL})"
                         r"(?=\s*,|\s*\.?$)")  # "Megatron-LM, developed by NVIDIA in 2019.", "X, introduced by Kim Lee and colleagues at Zorpco,"
_FROM = re.compile(rf"(?:^|\s)(?P<name>{_NAME}(?:\s{_NAME}){{0,3}})(?:,\s+(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}})?(?:from|(?P<made>{_MADE}|by))"
                   r"|\s+(?:is|was|comes|came)\s+from)\s+"
                   rf"(?P<maker>{_MAKER}){_MAKER_TAIL}\s*(?:[,;(]|\.?$)")


# "Gemini from Google and Claude from Anthropic get mentions": a name, "from" and its maker's name, no comma
_FROM_BARE = re.compile(rf"(?:^|\s)(?P<name>{_NAME}(?:\s{_NAME}){{0,3}})(?:\s+(?:model\s+family|models?|paper|work|series|family|project))?"
                        r"(?:\s+\([^()]{1,60}\))?"  # "Alpaca (Taori et al., 2023) from Stanford": a citation between
                        r"\s+from\s+(?P<maker>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)*)"  # "the DenNet paper from Zorpco": DenNet's maker
                        r"(?P<made>)(?=\s+(?:and|or)\s|\s+[a-z]|\s*[,;.(]|$)")


# "BloombergGPT, a model Bloomberg trained for finance": a kind, then its maker and a past verb with no "that" between
_MAKER_AND_VERB = re.compile(r"\s+(?P<maker>[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)?)\s+(?:trained|built|made|released|developed|created|designed|launched)\b")
_MADE_UNSAID = re.compile(rf"(?:^|\s)(?P<name>{_NAME}(?:\s{_NAME}){{0,3}}),\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*{_MAKER_AND_VERB.pattern}(?P<made>)")
_TITLE_GOES_ON = re.compile(r"\s+(?:via|with|for|of|in|on|to|through|using)\s+[A-Z][\w-]*\s+[A-Z]")  # two capitals on: a title


def makers_from(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(name, maker, offset of the maker) for a name followed by ", from <a name>," or "is from <a
    name>" or "from <a name>" alone ("Gemini from Google"): who made it; the place its makers work ("at
    Google") relates nothing, as after "by"."""
    said_from = "from" in text or "by" in text  # what _FROM and _FROM_BARE need ("made by", "developed by"), _MADE_UNSAID ", a"
    if not said_from and ", a" not in text:
        return []  # most sentences
    found = []
    for match in [*(_FROM.finditer(text) if said_from else ()), *(_FROM_BARE.finditer(text) if said_from else ()),
                  *(_MADE_UNSAID.finditer(text) if ", a" in text else ())]:
        name = noun_phrase(match["name"])
        words = match["name"].split()
        opening = match.re is _FROM or not text[: match.start("name")].strip()  # "Wombat from X" inside a sentence: a capital of a name
        common = opening and not match["made"] and len(words) == 1 and words[0][1:].islower() and "-" not in words[0] \
            and bool(tagger.readings(words[0].lower())) and not re.search(r"\([^()]*\b(?:19|20)\d\d\)", match.group())  # "Alpaca (Kim, 2023) from X"
        if match.re is _FROM and re.search(r"\bof\s+(?:[A-Z][\w.-]*\s+){0,3}$", text[: match.start("name")]):
            continue  # "a cleaned subset of Common Crawl, made by Google": the subset's maker, not the whole's
        if _TITLE_GOES_ON.match(text, match.end("maker")) or _title_words(match["maker"]):
            continue  # "Fast Inference from Transformers via Speculative Decoding": a title's words, no maker
        if (after := re.match(r"\s+([a-z][\w-]*)", text[match.end("maker"):])) and set(tagger.readings(after[1])) == {"NOUN"}:
            continue  # "RL from AI feedback": the maker's word narrows a noun, where the thing came from
        if re.fullmatch(r"[A-Z]{2,6}s?", match["name"]) and _modifies_the_name(text[: match.start("name")]):
            continue  # "masked LM from Google": a kind an acronym heads, of no maker (the thing the sentence is about is)
        if len(words) > 1 and (re.fullmatch(r"[A-Z]{2,6}s", words[-1]) or words[-1].islower() and tagger.reads_as_plural_noun(words[-1])):
            continue  # "Model APIs from OpenAI, Anthropic etc": those of a kind the makers offer, no maker of the kind
        for maker in map(noun_phrase, re.split(r"\s+and\s+", match["maker"])):  # "from MIT and NVIDIA": each of them
            if keep(name) and keep(maker) and maker.is_name and not common:  # "Data, from Wikipedia,": where it came from
                found.append((name, maker, match.start("maker")))
    return found


def _modifies_the_name(before: str) -> bool:
    """Whether the word before an acronym narrows it into a kind: an adjective or a noun ("open-source LMM"), or a participle
    that is also an adjective first or after an article ("masked LM", "a masked LM"; "the best known being X" and "we
    used X" leave X a name)."""
    words = before.split()
    if not words or not re.fullmatch(r"[a-z][\w-]*", words[-1]):
        return False
    tag = tagger.tag(words[-1])[0][1]
    return tag in ("JJ", "NN") or (tag in ("VBN", "VBD") and "ADJ" in tagger.readings(words[-1])
                                    and (len(words) == 1 or words[-2].lower() in ("a", "an", "the")))


def _title_words(maker: str) -> bool:
    """Whether a maker after "from" is a title's words: words of the dictionary, the last a plural of no
    organisation ("Encoder Representations from Transformers", "... from Large Language Models"; not "Mole Labs")."""
    words = maker.split()
    last = singular_noun(words[-1].lower())
    return last != words[-1].lower() and all(tagger.readings(w.lower()) for w in words) and classify.class_of_word(last) != "Organization"


def without_maker_asides(text: str, makers: list[tuple[Phrase, Phrase, int]]) -> str:
    """The text with ", made by OpenAI," and a bare " from OpenAI" blanked (as long as they were) where makers_from
    read who made the name before it: no list or relation phrase of the sentence goes through the aside."""
    read = {at for _name, _maker, at in makers}
    def blanked(m: re.Match[str]) -> str:  # "a digging tool" before it stays, what the name is
        kept = m.start("aside") - m.start()
        return m.group()[:kept] + " " * (len(m.group()) - kept) if m.start("maker") in read else m.group()

    text = _MADE_ASIDE.sub(blanked, text)
    for bare in _FROM_BARE.finditer(text):  # "vLLM, TGI from Hugging Face, SGLang": a name of the list, its maker aside
        if bare.start("maker") in read:
            gap = text.rindex(" from ", 0, bare.start("maker"))
            text = text[:gap] + " " * (bare.end("maker") - gap) + text[bare.end("maker"):]
    return text


def appositions(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(name, kind, offset of the kind) for each name followed by an apposition saying what it is."""
    found = []
    for match in [*_APPOSITION.finditer(text), *(m for m in _DEFINITE.finditer(text) if _a_verb_follows(m))]:
        several = match["count"].lower() not in ("a", "an", "the")
        window = max(0, match.start() - _WINDOW)  # names are short: no search back over the whole text
        head = text[window : match.start()]
        aside = re.search(r"\s*\([^()]{1,40}\)$", head)  # "DataComp (2023), a benchmark": a year or a gloss between name and kind
        before = (_SEVERAL if several else _ONE).search(head[: aside.start()] if aside else head)
        rest = _SUPERLATIVE.sub("", match["rest"]) if match.re is _DEFINITE else match["rest"]  # "the most popular engine": one
        kind = None if _opens_a_clause(text[match.start("rest"):]) or several and _a_verb_of_theirs(rest) else _kind(rest)
        if before is None or kind is None or _POSSESSIVE.search(text, window, window + before.start("names")) \
                or re.search(r"\s(?:of|for)\s$", text[window : window + before.start("names")]) or _next_item(text, window + before.start("names"), match):
            continue  # "Tree of Thoughts (ToT), a framework": the end of a longer name
        for written in re.split(r",\s+and\s+|,\s+|\s+and\s+", before["names"]):
            written = _without_first_word(written, window + before.start("names") + before["names"].find(written))
            name = noun_phrase(written)
            if any(c.isalpha() for c in written) and keep(name):  # not "In 2017, a team"
                found.append((name, kind, match.start("rest")))
    return found


def _next_item(text: str, names_at: int, match: re.Match[str]) -> bool:
    """ "a spade like DigPro, a rake, and a hoe": after an example of a list's item, what follows the comma is the next item
    when the list goes on after it; "including DenSet-Edu, a clean subset." is the example set off with what it is."""
    return re.search(r"\b(?:like|such\s+as|e\.g\.,?|including)\s$", text[:names_at]) is not None \
        and re.match(r"\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s", text[match.end("rest"):]) is not None


# "Wet lining, a variant of clay lining, adds moss", "Wet lining (a kind of clay lining) adds moss": what a
# sentence's subject is a kind of, set off before its verb, whether or not the subject is a name
_KIND_ASIDE = re.compile(r"^(?P<thing>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s*(?:,|\()\s*(?:an?|one)\s+(?:[a-z-]+\s+)?"
                         r"(?:variant|kind|type|form|version|special\s+case|flavou?r)\s+of\s+(?P<kind>[^,;()\s]+(?:\s[^,;()\s]+)*)\s*[,)]")


# "A related metric, the Den Warmth Score, focuses on ...", "A popular tool, DigLog, maps ...": the kind first, the name set off
_NAME_SET_OFF = re.compile(rf"^(?i:an?|one|another)\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){{0,3}}),\s+(?:the\s+)?"
                           rf"(?P<thing>{_NAME}(?:\s{_NAME}){{0,3}}),\s")


# "Wet lining, a sealing technique, adds moss": a sentence's subject, what it is set off between commas, its verb
# (not "The tokenizer, a small program, ...": one thing at hand, described)
_SUBJECT_SET_OFF = re.compile(r"^(?!(?i:the|a|an|this|that|its|their|our)\s)(?P<thing>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?),\s+(?:an?)\s+(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),"
                              r"\s+(?P<verb>[a-z]+)\s")


def named_first(text: str) -> str:
    """ "A popular tool, DigLog, maps dens": the sentence's subject is the name set off after its kind, as
    "DigLog maps dens" says it; the kind and the commas around the name are blanked, offsets kept."""
    start = len(text) - len(text.lstrip())
    found = _NAME_SET_OFF.match(text[start:])
    if found is None:
        return text
    name_end = start + found.end("thing")
    return " " * (start + found.start("thing")) + text[start + found.start("thing"): name_end] + " " + text[name_end + 1:]


def kind_aside(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(subject, kind, offset of the kind) for "Wet lining, a variant of clay lining, adds moss", "Wet lining,
    a sealing technique, adds moss" (a verb after it) and "A related metric, the Den Warmth Score, focuses on
    ..." (a name set off after its kind)."""
    set_off = _SUBJECT_SET_OFF.match(text.strip())
    if set_off is not None and (set_off["verb"] in tagger.readings(set_off["verb"]).get("VERB", (set_off["verb"],))
                                or re.search(r"\s(?:of|to|for|from|with)\s", set_off["kind"])):
        set_off = None  # "Wet lining, a sealing technique, and moss ...": no verb in the third person or past, a list;
        # "X, a generalization of Y, ...": what X is to Y, no kind
    found = _KIND_ASIDE.match(text.strip()) or set_off or _NAME_SET_OFF.match(text.strip())
    kind = noun_phrase(without_judgement(found["kind"])) if found else None
    if found is None or kind is None or not keep(thing := noun_phrase(found["thing"])) or not keep(kind) or is_shell(kind.label):
        return []
    return [(thing, kind, found.start("kind"))]


# "the HumanEval and MBPP benchmarks", "the DigLog, DenCam and PitStick trackers": names sharing their kind's plural
_NAMES_OF_A_KIND = re.compile(rf"\bthe\s+(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?P<kind>[a-z][\w-]*s)\b")
_GROUPS = frozenset({"families", "groups", "categories", "kinds", "types", "classes", "series", "versions", "variants"})


def names_of_a_kind(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(name, kind, offset of the kind) for each name of "the HumanEval and MBPP benchmarks"; none for a
    group ("the Llama and Mistral families") or a plural that is no noun."""
    found = []
    for match in _NAMES_OF_A_KIND.finditer(text):
        kind = noun_phrase(match["kind"])
        if match["kind"] in _GROUPS or kind.label == match["kind"] or not keep(kind) or is_shell(kind.label):
            continue
        names = [noun_phrase(n) for n in re.split(r",\s+and\s+|,\s+|\s+and\s+", match["names"])]
        found.extend((name, kind, match.start("kind")) for name in names if name.is_name and keep(name))
    return found


# "llama.cpp (which uses the GGUF format)": a relative clause in parentheses, said of the name before
_RELATIVE_ASIDE = re.compile(r"\((?:which|that|who)\s+(?P<clause>[^()]{3,150})\)", re.IGNORECASE)
_DOTTED = r"[a-z][\w+-]*\.[a-z][\w.+-]*"  # "llama.cpp", "vllm.ai": a name, though it holds no capital
_NAMED_BEFORE = re.compile(rf"(?:^|\s)(?P<name>(?:{_NAME}|{_DOTTED})(?:\s{_NAME}){{0,3}})\s*$")


# "MinHash (uses locality-sensitive hashing)": a verb of its own in parentheses, with no "which"
# "(uses X)", "(used by X)", "(Zorpco, trained on X)": a verb of the vocabulary's, its maker before it aside
_VERB_ASIDE = re.compile(r"\((?:[A-Z][^(),]{0,40},\s*)?(?P<clause>(?:[a-z]+s|[a-z]+ed|built|made|run|written)\s[^()]{2,150})\)")


def relative_asides(text: str) -> list[tuple[str, int]]:
    """(sentence, offset of its clause) for each "<name> (which uses X)", or "<name> (uses X)" where the
    verb states a relation of the vocabulary: the name and the clause, read as a sentence of their own
    ("llama.cpp uses the GGUF format"); none after a common noun."""
    found = []
    verb_asides = [aside for aside in _VERB_ASIDE.finditer(text)
                   if any(match.start() == 0 and (" " not in match.group() or not aside["clause"].split()[0].endswith("s"))
                          for match in relation_matches(aside["clause"]))]  # "(uses X)"; a participle of more words too, "(used by X)"
    for aside in [*_RELATIVE_ASIDE.finditer(text), *verb_asides]:
        if (named := _NAMED_BEFORE.search(text[max(0, aside.start() - _WINDOW) : aside.start()])) is not None \
                and not (aside in verb_asides and _a_word_of_the_language(named["name"])):
            found.append((f"{named['name']} {aside['clause']}", aside.start("clause")))
    return found


def _a_word_of_the_language(name: str) -> bool:
    """ "Act (involves acting only)": a capital may only open a word, which no verb aside makes a name."""
    return " " not in name and bool(tagger.readings(name.lower()))


def _a_verb_follows(match: re.Match[str]) -> bool:
    """ ", the memory manager inside vLLM, stores ...": the name's own verb after the aside; not ", the GPU
    and the CPU" or ", the cache, and ...", items of a list."""
    if re.search(r"\s(?:and|or)\s", match["rest"]) or match["after"].split()[0].lower() in ("and", "or"):
        return False
    first = match["after"].split()[0].lower()
    return first in _FINITE or ("VERB" in tagger.readings(first) and first.endswith(("s", "ed")) and not first.endswith("ss"))


def _opens_a_clause(rest: str) -> bool:
    """ "..., a young engineer (that's you!) embarks on a quest": a noun phrase and its verb after the
    comma are a clause of their own, not an apposition to the name before."""
    plain = re.sub(r"\([^()]*\)", " ", rest)
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(plain) if any(c.isalnum() for c in w)]
    for index, tag_ in enumerate(tags):
        if tag_ not in _NOUN_TAGS:
            return index > 0 and tag_ in ("VBZ", "VBP", "VBD", "MD")
    return False


def _a_verb_of_theirs(rest: str) -> bool:
    """ "MossRank and ClayRank, both use badger judges": after "both" or a count, a verb the relation phrases read is
    what the things named do, no kind of them ("use badger judge"); the tagger reads it as a noun after "both"."""
    return any(match.start() == len("they ") for match in relation_matches(f"they {rest}"))


def _without_first_word(written: str, at: int) -> str:
    """The name without the sentence's first word, capitalised as every first word is ("However",
    "Read Kestrel"), unless that word is a name by its own letters ("BERT", "GPT-4") or reads as one's
    ("Common Crawl")."""
    first, _, rest = written.partition(" ")
    if at > 0 or any(c.isupper() or c.isdigit() for c in first[1:]):
        return written
    if not rest:  # one word: a name when the dictionary knows no such word ("Zorpbench", "Scikit-learn"; not "However")
        return "" if tagger.readings(first.lower()) else written
    # "Common Crawl", "Meta AI": a word the tagger takes for a name's, and no verb ("Read Kestrel") stays;
    # so does an adjective before two or more words in capitals ("Massive Multitask Language Understanding")
    tag_ = tagger.tagged(written)[0][1]
    titled = tag_ == "JJ" and len(rest.split()) >= 2 and all(word[:1].isupper() for word in rest.split())
    named = (tag_ == "NNP" or titled) and "VERB" not in tagger.readings(first.lower()) and rest[:1].isupper()
    return written if named else rest


def _kind(rest: str) -> Phrase | None:
    """The noun phrase the apposition opens with, up to where a clause or a modifier of it starts:
    "library providing many algorithms" -> library; "RNN variants that learn ..." -> RNN variant."""
    words = []
    tagged = tagger.tagged(cut(rest))
    before_maker = len(_MAKER_AND_VERB.split(rest)[0].split())  # "a model Zorpco trained for X": the model, its maker after
    for index, (word, tag_) in enumerate(tagged):
        tag_ = tagger.corrected(word, tag_)
        if index >= before_maker or tag_ not in _NOUN_TAGS or (tag_ == "VBG" and index and tagged[index - 1][1].startswith("NN")):
            break  # "a library providing ...": what follows the noun says more of it
        words.append(word)
    after = tagged[len(words)][0].lower() if len(words) < min(len(tagged), before_maker) else ""
    nominal = bool(words) and after in ("", "that", "which", "who") and "NOUN" in tagger.readings(words[-1].lower())  # "a nonprofit that ..."
    while words and not nominal and not tagger.corrected(*tagger.tagged(words[-1])[0]).startswith("NN"):
        words.pop()
    if not words:
        return None
    kind = noun_phrase(without_judgement(" ".join(words)))
    return kind if keep(kind) and not is_shell(kind.label) and not kind.is_name else None


# "Gemma, a series of open language models inspired by ...": a name, then what it is
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?P<kind>[^,;()]+)")


# ", a variant of den care:" right after an object: what it is a kind of
_KIND_OF_SET_OFF = re.compile(r",\s+(?:an?)\s+(?:variant|kind|type|form|version|flavou?r)\s+of\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})\s*(?=[,:;.)]|$)")


def kind_after_name(segment: str, obj: Phrase) -> list[Phrase]:
    """What an apposition right after a name says it is: ", a large multimodal model that ..." after "GPT-4"; after any
    object, ", a variant of den care" says it in so many words."""
    if not obj.is_name and _KIND_OF_SET_OFF.search(segment) is None:
        return []  # most objects: no pattern made of the label for them
    label = re.escape(obj.label) if obj.is_name else f"(?i:{re.escape(obj.label)})(?:s|es)?"  # "clay walls" of "clay wall", as written
    written = re.search(rf"(?<![\w-]){label}(?![\w-])", segment)
    match = (_APPOSITIVE if obj.is_name else _KIND_OF_SET_OFF).match(segment[written.end():]) if written else None
    if not match:
        return []
    kind = noun_phrase(without_judgement(cut(QUANTITY.sub("", match["kind"].strip()))))  # ", a new framework": a framework
    return [kind] if keep(kind) else []


# a past participle opening an aside: "PagedAttention, developed for vLLM at UC Berkeley, reduces ..."
# the name opens its clause: after the sentence's start, a comma, or a comma and a conjunction, not after a verb
_PARTICIPLE_AFTER_NAME = re.compile(rf"(?:^|,\s*|,\s+(?:and|but|while|whereas|so)\s+)(?P<name>(?:{_NAME}|{_DOTTED})(?:\s{_NAME}){{0,3}}),\s+$")


# "PII, e.g. Gmail autocomplete trained on emails": the example named right before the participle
_PARTICIPLE_AFTER_AN_EXAMPLE = re.compile(rf"\b(?:e\.g\.,?|for example,?|for instance,?)\s+(?P<name>{_NAME}(?:\s[a-z][\w-]*){{0,2}})\s+$")


def participle_aside(clause: str, start: int) -> Phrase | None:
    """The name a participle at `start` is said of, when a comma sets it after that name ("PagedAttention,
    developed for vLLM, ...") or it follows an example's name ("e.g. MossCam trained on photos"): what the participle
    states is the name's, not the sentence subject's."""
    word = clause[start:].split(maxsplit=1)[0].lower() if clause[start:].strip() else ""
    if not (word.endswith("ed") or word in clauses.IRREGULAR_PARTICIPLES):
        return None
    found = _PARTICIPLE_AFTER_NAME.search(clause[:start].lstrip()) or _PARTICIPLE_AFTER_AN_EXAMPLE.search(clause[:start])
    return noun_phrase(found["name"]) if found is not None and keep(noun_phrase(found["name"])) else None


_THEN_A_WORD = re.compile(r",\s+(?P<word>[a-z]+)(?P<object>\s+(?!and\b|or\b)[\w-])?")


def aside_ended(before: str, phrase: str, segment: str) -> str:
    """What a participle's phrase set off by a comma after the subject says, up to the comma where the sentence's own
    verb goes on: "Cross-den sealing, proposed by Kim et al., shares moss": "Kim et al.", no maker "shares moss"."""
    word = phrase.split()[0].lower() if phrase.split() else ""
    if not before.rstrip().endswith(",") or not (word.endswith("ed") or word in clauses.IRREGULAR_PARTICIPLES):
        return segment
    for then in _THEN_A_WORD.finditer(segment):
        verb = then["word"].endswith("s") and then["object"] and "VERB" in tagger.readings(then["word"])  # "shares moss": a verb
        if verb or tagger.tagged(f"it {then['word']}")[1][1] in ("VBZ", "VBD", "VBP", "MD"):  # with its object, "digs", "can"
            return segment[: then.start()]
    return segment


# ", which Kestrel uses,": a name, then a verb whose object is the noun before the comma
_OBJECT_RELATIVE = re.compile(rf"^\s*(?P<name>{_NAME}(?:\s{_NAME}){{0,3}})\s+(?P<verb>[a-z][a-z ]*?)\s*(?:,|$)")
_BY_ITS_MAKER = {"developed": "developedBy", "created": "createdBy", "introduced": "developedBy", "built": "developedBy"}


def object_relative(clause: str) -> tuple[Phrase, str, bool] | None:
    """(name, relation, turned) for the clause after ", which" whose verb has a name of its own as subject and
    the noun before the comma as object: "grouped-query attention, which Llama 3 uses," (Llama 3 uses it),
    "moss lining, which Wombat Labs developed" (it is developedBy them: `turned`); None otherwise."""
    found = _OBJECT_RELATIVE.match(clause)
    if found is None:
        return None
    verb, name = found["verb"], noun_phrase(found["name"])
    matches = relation_matches(verb) if verb not in _BY_ITS_MAKER else []
    if not name.is_name or not keep(name) or (verb not in _BY_ITS_MAKER and [m.group() for m in matches] != [verb]):
        return None  # "which many teams use", "which Llama 3 uses heavily": no name, or more than the verb
    return (name, _BY_ITS_MAKER[verb], True) if verb in _BY_ITS_MAKER else (name, relation_at(matches[0]), False)
