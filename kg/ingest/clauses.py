"""The parts of a clause that words alone do not show, found with the tagger (kg.ingest.tagger): where
its subject ends at the first finite verb, whether a plural noun is a verb there, and what a
description in the imperative says a thing is for."""

from __future__ import annotations

import re

from kg.ingest import tagger


_ALWAYS_FINITE = {"is", "are", "was", "were"}  # "Outliers are ...": whatever the tagger calls "Outliers"


def before_verb(text: str) -> str:
    """The words of a clause before its first finite verb: its subject ("Chain-of-thought (CoT)
    prompting enables ..." -> "Chain-of-thought (CoT) prompting"); the whole text when none.

    A word tagged VBZ that is also a plural noun is the verb unless a verb follows it ("BERT uses
    attention", but "the model outputs vary"); a base form is finite after a plural or a pronoun
    ("Scaling laws describe ..."), also one the tagger calls a noun before an object ("Transformers
    process all tokens")."""
    tagged = tagger.tagged(text)
    tags = [(w, t) for w, t in tagged if any(c.isalnum() for c in w)]
    # "Retrieval-augmented generation (RAG) retrieves ...": after a name's abbreviation, a plural that can be a verb is one
    after_aside, kept = set(), 0  # indices into tags of the words right after a ")"
    for i, (w, _t) in enumerate(tagged):
        if any(c.isalnum() for c in w):
            if i and tagged[i - 1][0] == ")":
                after_aside.add(kept)
            kept += 1
    for index, (word, tag_) in enumerate(tags):
        if index == 0:
            continue
        following = tags[index + 1][1] if index + 1 < len(tags) else ""
        previous = tags[index - 1][1]
        finite = tag_ in ("VBD", "MD") or word.lower() in _ALWAYS_FINITE \
            or (tag_ == "VBZ" and not (tagger.reads_as_plural_noun(word) and following in ("VBP", "VBZ", "VBD", "MD", "VB"))) \
            or (tag_ in ("VBP", "VB") and previous in ("NNS", "NNPS", "PRP")) \
            or (tag_ == "NNS" and index in after_aside and set(tagger.readings(word.lower())) == {"VERB"}) \
            or (tag_ == "NN" and previous in ("NNS", "NNPS") and following in ("DT", "PRP$", "JJ", "NNS", "NN") and is_base_verb(word)
                and (following != "NN" or index > 1 or tags[0][0][:1].isupper()))  # not "cuts den rot": a verb, no subject
        if finite:
            # where that verb stands in the text as written: each token found after the one before it
            position = 0
            for token, _tag in tags[:index + 1]:
                found = text.find(token, position)
                if found < 0:
                    return text
                start, position = found, found + len(token)
            return text[:start].rstrip()
    return text


# past participles not made with "-ed": "a model trained on X" and "a library built on X" both say what it is
IRREGULAR_PARTICIPLES = ("made", "built", "known", "done", "given", "written", "taken", "run", "held", "kept", "shown", "seen",
                         "dug", "grown", "drawn", "brought", "found", "sent", "chosen", "broken", "driven", "hidden", "taught",
                         "bought", "caught", "led", "fed", "bred", "sold", "told", "spun", "thrown", "won", "begun", "set", "put", "spread")
# "A technique used to stop ...", "an n-gram metric, originally made for translation", "X, built on Y, which ...": a
# participle and its preposition, which say what the kind is or set an aside off, no clause of their own
PARTICIPLE = re.compile(r"\s*,?\s*(?:(?:originally|first|mainly|mostly|often|usually|commonly|widely|primarily|typically)\s+)?"
                        rf"(?:[a-z]+ed|{'|'.join(IRREGULAR_PARTICIPLES)})\s+"
                        r"(?:(?:first|mostly|mainly|only|often)\s+)?(?:to|for|by|in|as|with|on)\s",
                        re.IGNORECASE)


def opens_with_third_person_verb(text: str) -> bool:
    """Whether a text opens with a verb in the third person, as the tagger reads it after "it":
    "supports similarity search", "uses"; not "tools", "powers" (plurals it keeps as nouns there)."""
    first = text.split()[0] if text.split() else ""
    return first.endswith("s") and "VERB" in tagger.readings(first.lower()) and tagger.tagged(f"it {text}")[1][1] == "VBZ"


def opens_on_what_it_does(text: str) -> bool:
    """ "predicts missing tokens", "optimizes for latency": a verb in the third person first, in lower case, said of a thing
    named elsewhere (a word the dictionary knows only as a verb, though the tagger may take it for a plural)."""
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() and first.endswith("s") and (opens_with_third_person_verb(text) or set(tagger.readings(first)) == {"VERB"})


def on_a_line_without_subject(text: str, offset: int) -> bool:
    """Whether the sentence at `offset` opens a line of its own, in lower case, on a verb whose subject is left out
    ("first introduced by Kim in 1976", "uses moss", "can flood"): a line that goes on an entry, said of its term."""
    sentence = text[offset:].split("\n", 1)[0]
    return text[:offset].rstrip(" \t").endswith("\n") and sentence[:1].islower() \
        and (PARTICIPLE.match(sentence) is not None or opens_on_what_it_does(sentence) or opens_with_an_auxiliary(sentence))


def opens_with_an_auxiliary(text: str) -> bool:
    """Whether a text opens with an auxiliary and the verb or "not" it goes with, a clause whose
    subject is left out ("doesn't know the tunnels", "can dig", "is slow"); not a noun the word can be too
    ("will power", "need-based")."""
    tags = tagger.tagged(text)
    if len(tags) < 2 or "AUX" not in (found := tagger.readings(tags[0][0].lower())):
        return False
    return "NOUN" not in found or tags[1][1] in ("RB", "VB", "VBN", "VBG", "JJ") or tags[1][0].lower() in ("not", "n't")


def is_base_verb(word: str) -> bool:
    """Whether a word is a verb in its base form to the dictionary ("use", "tune", "start")."""
    lower = word.lower()
    return lower in tagger.readings(lower).get("VERB", ())


def can_be_verb(word: str) -> bool:
    """Whether a word tagged as a plural noun can be a verb too ("ranks", "uses"): the tagger reads
    each word alone, so "Ridge ranks answers" comes out as three nouns."""
    lower = word.lower()
    return any(lower in (lemma + "s", lemma + "es") for lemma in tagger.readings(lower).get("VERB", ()))


_COUNTS = frozenset({"several", "many", "some", "few", "various", "multiple", "two", "three", "four", "five", "six", "seven",
                     "eight", "nine", "ten", "a", "an", "the"})


def counted_after_a_verb(text: str) -> str | None:
    """ "Kim lists several den risks" -> "den risks": a word the tagger may call a plural that can be a verb, then a count
    or an article, which no noun phrase holds, so the words before are a clause's subject and verb; what follows the count
    is what the clause counts. None where no such verb is."""
    words = text.split()
    for at in range(1, len(words) - 2):
        if can_be_verb(words[at]) and (words[at + 1].lower() in _COUNTS or words[at + 1].isdigit()):
            return " ".join(words[at + 2:])
    return None


def verb_after_a_singular(text: str) -> bool:
    """ "an output counts as correct": a singular noun after "a"/"an" that a word the tagger calls a
    plural follows, which can be a verb. No noun phrase is "an output counts", so that word is the
    verb of a clause; "a few examples", "a set of tools" keep their plurals."""
    tags = [(w, t) for w, t in tagger.tagged(text) if any(c.isalnum() for c in w)]
    if not tags or tags[0][0].lower() not in ("a", "an"):
        return False
    if len(tags) > 1 and tags[1][1] == "VBG":
        tags[1] = (tags[1][0], "NN")  # "an embedding maps text": a doing's noun right after the article, no participle
    for index in range(1, len(tags)):
        word, tag_ = tags[index]
        if tag_ == "NNS":
            return index > 1 and tags[index - 1][1] == "NN" and tags[index - 1][0].lower() not in _MEASURES and can_be_verb(word)
        if tag_ == "VBZ":
            return index > 1  # "a token needs ...": whatever the tagger made of the noun before, the verb of a clause
        if tag_ not in ("NN", "JJ", "NNP"):  # "an ensemble model combining trees": the phrase ended before
            return False
    return False


_BACK = {"its", "their", "his", "her"}  # what an object belongs to was said before; "your" is the reader's
_MEASURES = {"number", "amount", "lot", "lots", "variety", "range", "set", "couple", "bunch", "kind", "kinds", "type", "types"}
_OWNER_OPENS = re.compile(r"^\W*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s")  # a name and its possessive, first
_ASPECTUAL = {"keep", "continue", "start", "begin"}  # verbs of a doing's time, before the doing: "keep improving"
_CAUSATIVES = {"help", "helps", "allow", "allows", "enable", "enables", "let", "lets", "make", "makes"}


# "find adversarial examples (tiny change -> ...)", "teach reasoning tasks, CoT examples ...": an aside or a clause ends the object
_PURPOSE_ENDS = re.compile(r"\s*(?:[(\[,;:]|->|→|=>)")


def purpose(text: str, after_to: bool = False) -> str | None:
    """What a description in the imperative says a thing is for: "Easily merge models using MergeKit"
    -> "merging models", "Fine-tune models in the cloud" -> "fine-tuning models"; None otherwise."""
    if _OWNER_OPENS.match(text):
        return None  # "Hugging Face's leaderboard aggregating ...": a name's thing, no instruction
    text = re.sub(r"['’]s\b", "", _PURPOSE_ENDS.split(text, maxsplit=1)[0])  # "changing the model's behaviour": the tagger splits "'" from "s"
    tags = [(w, t) for w, t in tagger.tagged(text) if any(c.isalnum() for c in w)]
    while tags and tags[0][1] in ("RB", "RBR"):  # "Automatically", "Easily"
        tags = tags[1:]
    if len(tags) > 2 and tags[0][0].lower() in _ASPECTUAL and tags[1][1] == "VBG" and (base := tagger.readings(tags[1][0].lower()).get("VERB")):
        tags = [(base[0], "VB"), *tags[2:]]  # "keep improving the product": what it is for is the improving
    # after "to" a verb is sure to come ("used to stop training"), which the tagger alone may call a noun
    # ("few-shot learning" names a thing: "shot" is no verb's base form)
    sure = after_to and is_base_verb(tags[0][0].rpartition("-")[2]) if tags else False
    if len(tags) < 2 or _no_verb_alone(tags[0][0]) or not (sure or _imperative(tags[0][0], tags[0][1])):
        return None
    if len(tags) <= 3 and tags[-1][0].lower().endswith("ing") and all(t.startswith("NN") for _w, t in tags[:-1]):
        return None  # "den monitoring", "model training": a doing named already, no verb and its object
    words = []
    for at, (word, tag_) in enumerate(tags[1:], start=2):
        if tag_ == "VBG" and (at == len(tags) or tags[at][1] == "CC") and words and words[-1][1] == "NN":
            words.append((word, "NN"))  # "do transfer learning", "improve burrow tracking (and ...)": a doing named after its object
            break
        if word.lower() == "from" and words:
            return None  # "prevent your model from overfitting": what is prevented comes after "from"
        if word.lower().rstrip(".") in {"e.g", "i.e", "etc", "like", "such"}:
            break  # "order categories e.g. Low, High": examples follow the object
        if words and tag_ == "VB" and tags[0][0].lower() in _CAUSATIVES:
            return None  # "help the model generalize": what it is for is the verb after the object
        if tag_ == "VB" and words and words[-1][1] == "NN" and "NOUN" in tagger.readings(word.lower()):
            tag_ = "NN"  # "steal the app's system prompt": no base verb follows a singular noun, a noun of the compound does
        if tag_ in ("IN", "TO", "CC", "WDT", "WRB", "PRP") or ((tag_.startswith("VB") or tag_ == "RB") and words) \
                or (tag_ == "DT" and len(words) == 1 and words[0][0].lower().endswith("ing")):  # "stop training a model"
            break
        if tag_ in ("DT", "PRP$") and words and words[-1][1].startswith("NN"):
            break  # "get context the model doesn't have": the object ended, a clause of its own says which
        if word.lower() in _BACK and not words:
            return None  # "combine their benefits": the benefits of something said before
        if tag_ not in ("PRP$", "DT") and word.lower() != "own":  # "your own LLMs", "the data"
            words.append((word, tag_))
    if len(words) == 2 and words[0][0].lower().endswith("ing") and words[1][1] in ("JJ", "RB"):
        words.pop()  # "stop training early": the gerund is the object, the adverb says when
    if words and words[-1][0].lower() in _MEASURES:
        return None  # "construct a large number of words": what is made is after "of", a phrase of its own
    # the object is a noun, or one -ing word as a noun ("prevent overfitting")
    if not words or not (tagger.corrected(*words[-1]).startswith("NN") or words == words[:1] and words[0][1] == "VBG"):
        return None
    verb = tags[0][0].lower()
    start, _, last = verb.rpartition("-")  # "fine-tune" -> "fine-tuning"
    from lemminflect import getAllInflections, getAllInflectionsOOV

    if tags[0][1] == "VBG":  # "adapting a model to a domain": a gerund already
        gerund: str | None = last
    else:
        lemmas = tagger.readings(last).get("VERB", ())
        base = last if not lemmas or last in lemmas else lemmas[0]  # "Reduces leakage risk": what "reduce" does
        forms = getAllInflections(base, "VERB") or getAllInflectionsOOV(base, "VERB")  # "quantize" is not in its lexicon
        gerund = next(iter(forms.get("VBG", ())), None)
    return f"{start + '-' if start else ''}{gerund} {' '.join(w for w, _t in words)}" if gerund else None


def imperative(text: str) -> bool:
    """Whether a clause opens, after its adverbs, with a verb in the imperative ("Automatically
    deduplicate datasets", "use Kite to ...")."""
    tags = [(w, t) for w, t in tagger.tagged(text) if any(c.isalnum() for c in w)]
    while tags and tags[0][1] in ("RB", "RBR"):
        tags = tags[1:]
    if tags and re.match(rf"{re.escape(tags[0][0])}['’]s\b", text.strip()):
        return False  # "Google's Cappy": a possessive, no verb
    return bool(tags) and _imperative(*tags[0]) and tagger.corrected(*tags[0]) != "JJ"  # "pointwise judging": an unknown -wise word modifies


def noun_before_noun(text: str) -> bool:
    """ "prompt caching", "batch inference", "prompt optimization tools": a first word the tagger calls
    a verb that is a noun too, before a word that is no object of it (not "split documents", "use the model", "take existing
    tunnels", whose -ing form the dictionary knows as an adjective, a modifier of the verb's object)."""
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(text)]
    return len(tags) > 1 and "NOUN" in tagger.readings(text.split()[0].lower()) \
        and (tags[1] == "NN" or tags[1] == "VBG" and "ADJ" not in tagger.readings(text.split()[1].lower()))


def _imperative(word: str, tag_: str) -> bool:
    """A sentence's first word as a verb in the imperative: tagged VB, or a verb and no noun to the
    dictionary ("Quantize", "Deduplicate", "Fine-tune"), which the tagger may call a name."""
    last = word.lower().rpartition("-")[2]
    if _no_verb_alone(word):
        return False
    readings = tagger.readings(last)
    if not readings:  # unknown to the dictionary: English verb endings ("Quantize", "Deduplicate")
        return re.search(r"(?:ize|ise|ify|ate)$", last) is not None
    if modifies_a_noun(word, tag_) or (last.endswith("ed") and last not in readings.get("VERB", (last,))):
        return False  # "Specialized judges": a participle, which no imperative opens with
    return tag_ in ("VB", "VBP") or ("VERB" in readings and "NOUN" not in readings)


def _no_verb_alone(word: str) -> bool:
    """ "up-to-date", "private/up-to-date": a compound that modifies, or two words set side by side."""
    return "/" in word or word.count("-") > 1


def modifies_a_noun(word: str, tag_: str) -> bool:
    """ "structured outputs", "open-ended generation", "long workflows": a participle or an adjective
    before a noun, no verb's base form."""
    last = word.lower().rpartition("-")[2]
    readings = tagger.readings(last)
    return tag_ in ("VBN", "VBD", "JJ") and (last not in readings.get("VERB", (last,)) or "ADJ" in readings)


def has_finite_verb(text: str) -> bool:
    """Whether a clause has a verb of its own ("agents improve their scores"), not only a noun phrase ("BERT")."""
    tagged = tagger.tagged(text)
    tags = [tagger.corrected(w, t) for w, t in tagged]

    def plural_noun(i: int) -> bool:  # "soft prompts": a noun's plural after an adjective, no verb with no subject
        return tags[i] == "VBZ" and i > 0 and tags[i - 1] == "JJ" and "NOUN" in tagger.readings(tagged[i][0].lower())

    def plural_before(i: int) -> bool:  # "Wombats" first in a sentence: a plural, whatever its capital made of it
        return tags[i - 1] in ("NNS", "NNPS") or (i == 1 and tags[0] == "NNP" and tagger.reads_as_plural_noun(tagged[0][0]))

    def verb_as_noun(i: int) -> bool:  # "wombats use digging", "docs split into chunks": a base verb after a plural, called a noun
        return tags[i] == "NN" and 0 < i < len(tags) - 1 and plural_before(i) and is_base_verb(tagged[i][0]) \
            and (tags[i + 1] in ("DT", "VBG", "PRP$", "JJ", "JJR", "JJS", "NNS", "NN", "NNP", "NNPS") or tagged[i + 1][0].lower() in _AFTER_A_VERB)

    def verb_after_adverb(i: int) -> bool:  # "the model still answers", "badgers usually dig": no adverb stands inside a noun phrase
        return i > 1 and tags[i - 1] == "RB" and (tags[i] == "NNS" and tags[i - 2] in ("NN", "NNS", "NNP", "PRP") and "VERB" in tagger.readings(tagged[i][0].lower())
                                                 or tags[i] in ("VB", "NN") and tags[i - 2] in ("NNS", "NNPS", "PRP") and is_base_verb(tagged[i][0]))

    def verb_between_nouns(i: int) -> bool:  # "model outputs logits": a compound's first nouns stand singular ("output tokens")
        return tags[i] == "NNS" and 0 < i < len(tags) - 1 and tags[i - 1] in ("NN", "VBG") \
            and (tags[i + 1] in ("NNS", "DT", "PRP$") or tagged[i + 1][0].lower() in ("whether", "if", "how", "what", "which")) \
            and tagged[i][0].islower() and "VERB" in tagger.readings(tagged[i][0])

    def verb_after_a_pronoun(i: int) -> bool:  # "you pack moss", "they fall short": a base form after a subject pronoun, called a noun
        return tags[i] == "NN" and i > 0 and tagged[i - 1][0].lower() in ("i", "you", "we", "they") and is_base_verb(tagged[i][0])

    # the tagger reads words one by one, so a present plural after its subject may come out as a base form
    def participle_first(i: int) -> bool:  # "Supervised finetuning": a past form with no subject before it modifies the noun after it
        return i == 0 and tags[0] == "VBD" and len(tags) > 1 and tags[1] in ("NN", "NNS", "VBG")

    def past_with_its_object(i: int) -> bool:  # "Llama 2 used RLHF": a past form between a name and its object, tagged a participle
        return tags[i] == "VBN" and 0 < i < len(tags) - 1 and tagged[i][0].lower() in PASTS_WITH_OBJECTS \
            and tags[i - 1] in ("NN", "NNP", "NNS", "NNPS", "CD") and tags[i + 1] in ("NN", "NNP", "NNS", "NNPS", "DT", "PRP$", "CD", "JJ")

    def it_matters(i: int) -> bool:  # "Position matters", "Details matter": the verb, which takes no object, last; not "dark matter", "legal matters"
        word = tagged[i][0].lower()
        return i == len(tags) - 1 and i > 0 and (word == "matters" and tags[i - 1] in ("NN", "NNP", "VBG") or word == "matter" and plural_before(i))

    return any((t in ("VBZ", "VBP", "VBD", "MD") and not plural_noun(i) and not participle_first(i)) or (t == "VB" and i and tags[i - 1] in ("NNS", "NNPS", "PRP"))
               or verb_as_noun(i) or verb_after_adverb(i) or verb_between_nouns(i) or past_with_its_object(i) or verb_after_a_pronoun(i) or it_matters(i)
               for i, t in enumerate(tags))


# prepositions that follow a verb of motion or change, never a noun a plural modifies: "docs split into chunks"
_AFTER_A_VERB = frozenset({"into", "onto", "across", "through"})


# past forms that take an object, which the tagger calls participles after a noun ("Llama 2 used RLHF"); not "called", "named"
PASTS_WITH_OBJECTS = frozenset({"used", "leveraged", "employed", "combined", "adopted", "introduced", "proposed", "released", "replaced",
                                 "outperformed", "beat"})


def names_a_claim(name: str) -> bool:
    """ "Benchmarks saturate", "Agents fail silently": a note named, as a Zettelkasten names its notes,
    by what it claims, a sentence with its verb, no concept; a title in capitals ("Attention Is All You
    Need") names a work."""
    words = name.split()
    words = words[1:] if words and words[0].isdigit() else words  # "202403051500 Benchmarks saturate": the note's number
    if len(words) < 2 or all(word[:1].isupper() or not word[:1].isalpha() for word in words) or not has_finite_verb(" ".join(words)):
        return False
    # a claim in the present ("saturate", "fails", "Training data shapes X": a plural the tagger calls a noun); "lost in the
    # middle" names what happens, by its participle
    tags = {tagger.corrected(word, tag_) for word, tag_ in tagger.tagged(" ".join(words))}
    return bool(tags & {"VBZ", "VBP", "VB"}) or not tags & {"VBD", "VBN"}


def verb_but_no_copula(text: str) -> bool:
    """ "shows all dens": a clause with a verb of its own, none of them "is" or "are"; the noun before a "that" after it is
    what the relative clause says something of ("shows all dens that hold moss": the dens hold it, not what shows them)."""
    return has_finite_verb(text) and re.search(r"\b(?:is|are|was|were|be|been)\b", text, re.IGNORECASE) is None


def instructions_in_a_row(before: str, verb: str) -> bool:
    """ "version dens, use moss tracking": a verb in its base form right after the one comma of the words before it, which
    have no verb of their own or open on an instruction too. A subject is not set off from its verb by one comma."""
    return before.rstrip().endswith(",") and before.count(",") == 1 and is_base_verb(verb) and not verb.endswith("s") \
        and (not has_finite_verb(before) or is_base_verb(before.split()[0].lower()))
