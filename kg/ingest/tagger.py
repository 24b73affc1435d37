"""Parts of speech for the ingester: which words of a phrase are nouns, verbs or function words, and
the singular of a noun, from a real tagger and lemmatizer instead of regular expressions.

Why: read with regular expressions, other people's notes gave concepts named "However", "In fact",
"BERT uses", "how difficult it" or "et al.", and suffix rules made "biases" into "biase" and
"Thoughtworks" into "thoughtwork". Here a phrase names a concept when its parts of speech make a noun
phrase, and a plural becomes singular only when a dictionary knows it as a plural noun.

Which libraries, and why these: TextBlob's `PatternTagger` (Penn Treebank tags from pattern's lexicon
of some 94,000 words and its rules for unknown words) and lemminflect (lemmas by part of speech from a
dictionary). Both carry their data inside their PyPI packages, so nothing is downloaded at run time;
NLTK's taggers, which TextBlob also offers, would need corpora downloaded, and are not used. Neither
library is imported until first use: importing TextBlob costs about two seconds (it imports NLTK), so
`import kg.ingest.tagger` stays free for commands that never tag.

What the tagger is: `PatternTagger` gives each word the one tag its lexicon holds (the word's most
frequent tag) and guesses unknown words from their shape: capitalised -> NNP, digits -> CD, "-ing" ->
VBG, "-s" -> NNS, a hyphen -> JJ. TextBlob does not run pattern's contextual rules, so a word has the
same tag wherever it stands: "uses" is always VBZ, "use" always NN, "pass" always VB. The rules of
`names_a_concept` therefore ask lemminflect whether a word tagged as a verb also reads as a noun ("uses",
"keep") before they take the tag at its word, and look at the neighbours of a verb to tell a participle
("supervised learning") from a finite verb ("BERT used").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from kg.labels import CLIPPED

# Tags of words that cannot begin a concept's name (nor be one alone): pronouns, determiners, adverbs,
# prepositions and subordinators, "to", conjunctions, modals, existential "there", interjections,
# particles and list markers.
_FUNCTION = frozenset(
    {"PRP", "PRP$", "WP", "WP$", "DT", "PDT", "WDT", "RB", "RBR", "RBS", "WRB", "IN", "TO", "CC", "MD", "EX", "UH", "RP", "LS"}
)
# Tags of words that cannot end a concept's name: "variant of", "such as", "and", "it", "the model can".
_ENDS_BADLY = frozenset({"IN", "TO", "DT", "PDT", "WDT", "CC", "PRP", "PRP$", "WP", "WP$", "EX", "WRB", "MD", "POS", "RP"})
# Inside a name, a determiner or pronoun comes only after a preposition or conjunction:
# "state of the art", "BERT and its variants"; "compute the loss" is a clause.
_DETERMINER_OR_PRONOUN = frozenset({"DT", "PDT", "WDT", "PRP", "PRP$", "WP", "WP$", "EX"})
_BEFORE_DETERMINER = frozenset({"IN", "TO", "CC"})
_BEFORE_NOUN = frozenset({"IN", "DT", "PDT", "PRP$", "POS"})  # after these comes a noun, not a verb
_VERB = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN"})  # not VBG: a gerund names an activity ("prompting")
_ADJECTIVE = frozenset({"JJ", "JJR", "JJS"})
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUNISH = _NOUN | {"VBG", "CD"}  # what may follow a modifier in a name: "learned embeddings", "supervised learning"
_MODIFIER = frozenset({"NN", "NNS", "JJ", "VBG"})  # what may stand before a plural head: "system prompts"
_ARTICLES = frozenset({"the", "a", "an"})  # callers strip them; here they are skipped, not held against a phrase
_MAX_WORDS = 8

# The tagger's errors that matter here, by word (lowercase): the tag the word has in a concept's name.
# Everything else is read from the tags; errors that follow a pattern are mended by rule in corrected.
_RETAG = {
    # The lexicon's one tag for these is RB; before a noun they are adjectives: forward pass, backward
    # pass, back propagation, fast inference.
    "forward": "JJ",
    "backward": "JJ",
    "back": "JJ",
    "fast": "JJ",
    # Tagged RB; in ML a noun ("a Bayesian prior") or a noun modifier ("prior distribution").
    "prior": "NN",
    # Tagged VB (NNS), lemminflect knows the verb (a plural): in ML a (mass) noun: "compute budget", "data structure".
    "compute": "NN", "data": "NN",
    # Penn's JJ, and lemminflect reads them as nouns too (its dictionary's error), so alone or first
    # they would pass as names; they quantify like determiners: "Many models", "Such methods", "Other".
    "many": "DT",
    "such": "DT",
    "other": "DT",
    # Unknown abbreviations read by their shape as nouns (al./NNS, ibid/NN); Latin like "et", which
    # the lexicon tags FW: parts of a citation, not names. ("Wei et al." stays: it begins with a name.)
    "al": "FW",
    "al.": "FW",
    "ibid": "FW",
    "ibid.": "FW",
    "i.e": "FW", "i.e.": "FW", "e.g": "FW", "e.g.": "FW", "cf": "FW", "cf.": "FW", "viz": "FW", "viz.": "FW",
    # Unknown capitalised token read as a name (NNP); a table's no-answer, an interjection like "Yes".
    "n/a": "UH",
}
# Honorifics, tagged NNP: they open a person's name in a story ("Sir Norm", "Captain Gradient"), never a
# concept's; as interjections they begin no name.
HONORIFICS = frozenset({"sir", "lady", "lord", "captain", "mr", "mr.", "mrs", "mrs."})
_RETAG |= dict.fromkeys(HONORIFICS, "UH")
_RETAG |= dict.fromkeys(CLIPPED, "NN") | dict.fromkeys((f"{word}s" for word in CLIPPED), "NNS")  # "retriever eval": a noun cut short

_ROMAN = re.compile(r"[IVX]{1,4}")
_NUMBER = re.compile(r"[0-9][0-9,.:/%$-]*")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # the tokenizer splits "GPT-4's" into GPT-4 / ' / s(PRP)


@lru_cache(maxsize=1)
def _english() -> Any:
    """TextBlob's English module (`textblob.en`, whose `tag` PatternTagger calls) without TextBlob's own
    package, whose __init__ imports NLTK (about 2 s) for nothing the tagger uses: for the time of
    the import the package's folder stands in as a bare package, then the real one is importable
    again as ever."""
    import importlib
    import importlib.util
    import sys
    import types

    if "textblob" in sys.modules:
        return importlib.import_module("textblob.en")
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    bare = types.ModuleType("textblob")
    bare.__path__ = list(spec.submodule_search_locations)
    sys.modules["textblob"] = bare
    try:
        return importlib.import_module("textblob.en")
    finally:
        del sys.modules["textblob"]


# Words of letters and digits (hyphens inside), one space apart: TextBlob's tokenizer gives them back
# as they stand, one sentence, so they need not go through it (most phrases the rules tag are such).
# Not when they spell its end-of-sentence marker or an emoticon that spans a space ("X D" -> "XD").
_PLAIN_WORDS = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?: [A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*")
_TOKENIZER_SPECIALS = re.compile(r"END-OF-SENTENCE|[Xx] D")


@lru_cache(maxsize=1 << 12)  # a text is tagged again by the next rule that reads it, rarely later
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """What `textblob.en.tag(text)` gives, read token by token: its tokenizer splits the text into
    sentences of tokens, and each token is then tagged alone (see _token_tag), so a word met before
    costs a lookup. tests/test_tagger.py holds the two equal on every sentence of the corpus."""
    if _PLAIN_WORDS.fullmatch(text) and not _TOKENIZER_SPECIALS.search(text):
        return tuple((token, _token_tag(token, i == 0)) for i, token in enumerate(text.split(" ")))
    return tuple(
        # tag() writes the tokens into a "word/TAG" string and reads them back: "&slash;" comes back as "/"
        (token.replace("&slash;", "/"), _token_tag(token, i == 0))
        for sentence in _english().parser.find_tokens(text)
        for i, token in enumerate(sentence.split(" "))
    )


@lru_cache(maxsize=1 << 16)
def _token_tag(token: str, first: bool) -> str:
    """A token's tag, as TextBlob's own find_tags gives it. Its parser runs none of pattern's contextual
    or morphological rules, so the tag depends on the token alone, and on whether it opens a sentence
    (then its lowercase form is looked up too): find_tags' steps for one token, without the lists,
    the tag map and the call per token it makes (tests/test_tagger.py holds the two equal)."""
    lexicon, default, text = _find_tags()
    found = lexicon.get(token, first and lexicon.get(token.lower()) or None)
    if found is None:  # an unknown word: by its shape, as find_tags guesses it
        found = default[1] if token.istitle() else default[2] if text.CD.match(token) is not None \
            else text._suffix_rules([token, default[0]])[1]
    return found.split("|")[0]  # a few lexicon entries hold two tags ("NN|NNS"): the first is the tagger's choice


@lru_cache(maxsize=1)
def _find_tags() -> tuple[Any, tuple[str, str, str], Any]:
    """What TextBlob's English find_tags reads: its lexicon (loaded), its default tags, and the module
    of its rules for unknown words (textblob._text, which the English parser's class comes from)."""
    import sys

    parser = _english().parser
    parser.lexicon.get("")  # the lexicon loads on its first lookup, then answers as a dict
    return parser.lexicon, parser.default, sys.modules[type(parser).__mro__[1].__module__]


def tag(text: str) -> list[tuple[str, str]]:
    """(word, Penn tag) pairs of a sentence or phrase, as TextBlob's PatternTagger gives them.

    Punctuation comes as tokens of its own ("." "," "(" ...); "" gives []."""
    if not text.strip():
        return []
    return list(tagged(text))


@cache
def readings(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of a word by universal part of speech, {} for a word its dictionary does not
    hold: "uses" -> {"NOUN": ("use",), "VERB": ("use",)}. The lookup is case-sensitive: pass lowercase."""
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word))


def third_person(verb: str) -> str | None:
    """ "measure" -> "measures", "using" -> "uses": the form a thing's verb takes; None for a word that is no verb."""
    return _inflected(verb, "VBZ")


def gerund(verb: str) -> str | None:
    """ "seal" -> "sealing", "finetune" -> "finetuning" (a word the dictionary lacks, by its spelling): the doing a verb
    names; None for a word the dictionary knows as no verb."""
    if not readings(verb.lower()) and re.fullmatch(r"[a-z]+", verb):
        from lemminflect import getAllInflectionsOOV

        return next(iter(getAllInflectionsOOV(verb, upos="VERB").get("VBG", ())), None)
    return _inflected(verb, "VBG")


def past_participle(verb: str) -> str | None:
    """ "leave", "left" -> "left": the form a verb takes after "has"; None for a word that is no verb."""
    return _inflected(verb, "VBN")


@lru_cache(maxsize=1 << 12)  # a noun phrase's words are asked for again and again; lemminflect looks them up each time
def _inflected(verb: str, tag: str) -> str | None:
    from lemminflect import getInflection  # loaded with the tagger's data, only where a verb is put so

    base = readings(verb.lower()).get("VERB")
    return next(iter(getInflection(base[0], tag)), None) if base else None


def _reads_as_noun(word: str) -> bool:
    return "NOUN" in readings(word.lower())


def reads_as_plural_noun(word: str) -> bool:
    """"uses" (plural of "use"), not "is" (no noun) nor "series" (its own lemma only)."""
    lower = word.lower()
    return any(lemma != lower for lemma in readings(lower).get("NOUN", ()))


def _auxiliary(word: str) -> bool:
    return "AUX" in readings(word.lower())  # was, were, had, did, could...


def _nounish(word: str, tag_: str) -> bool:
    """Whether a word may follow a modifier in a name: a noun, a gerund or a number by its tag, or a word
    the dictionary reads as a noun ("hacking" is tagged JJ: "prompt hacking"); not a function word."""
    if tag_ in _NOUNISH:
        return True
    if tag_ in _FUNCTION:
        return False
    lower = word.lower()
    return _reads_as_noun(word) or (lower.endswith("ing") and any(lemma != lower for lemma in readings(lower).get("VERB", ())))


def _looks_like_name(word: str, tag_: str) -> bool:
    """BERT, LangChain, GPT-4, Claude: capitals or digits after the first letter, or a capitalised
    word the tagger calls a proper noun and the dictionary does not hold ("Tool" is not a name)."""
    if any(c.isupper() or c.isdigit() for c in word[1:]):
        return True
    return tag_ in ("NNP", "NNPS") and word[:1].isupper() and not readings(word.lower())


_PREFIXED = re.compile(r"(re|pre|de|un|over|under|mis|co)-([a-z]+)")


@cache
def corrected(word: str, tag_: str) -> str:
    """The tag of one token in a concept's name, the tagger's errors that matter mended."""
    if word.lower() in _RETAG:
        return _RETAG[word.lower()]
    # a number is a number: the lexicon holds "2" as IN ("Med-PaLM 2")
    if _NUMBER.fullmatch(word):
        return "CD"
    # a word with capitals after its first letter is an acronym or a name, not a pronoun or a verb:
    # AI (VBP), IT and US (PRP), ReAct (VB, from "react"), DeepSpeed (VBN, from its "-ed")
    if any(c.isupper() for c in word[1:]) and (tag_ in _VERB or tag_ in ("PRP", "PRP$", "MD")):
        return "NNP"
    if tag_ == "JJ" and "-" in word.strip("-") and (last := word.rsplit("-", 1)[1].lower()) \
            and (lemmas := readings(last).get("NOUN")) and last not in lemmas and "ADJ" not in readings(last):
        return "NNS"  # "cross-encoders", "multi-agents": the plural of a noun, whatever the tagger guessed of the hyphen
    if tag_ == "JJ" and "-" in word.strip("-") and (last := word.rsplit("-", 1)[1].lower()).endswith("ing") and "VERB" in readings(last):
        return "VBG"  # "pre-training", "fine-tuning": a doing written with its prefix apart, as "pretraining" is one
    if tag_ in ("JJ", "NN") and (prefixed := _PREFIXED.fullmatch(word.lower())) and set(readings(prefixed[1] + prefixed[2])) == {"VERB"}:
        return "VB"  # "re-order retrieved candidates", "re-phrase the query": a verb written with its prefix apart
    lexicon = _english().parser.lexicon
    if tag_ in _VERB and ("-" in word.strip("-") or word.lower().endswith("wise")) and lexicon.get(word) is None and lexicon.get(word.lower()) is None:
        return "JJ"  # "fixed-size" (VBP, from "-ize"), "pairwise": a word the lexicon does not know modifies; "fine-tune" it knows
    return tag_


def _tokens(text: str) -> list[tuple[str, str]]:
    """The words of a phrase with their mended tags, without punctuation, symbols, possessive 's or
    leading articles."""
    tokens = [
        (word, corrected(word, tag_))
        for word, tag_ in tagged(_POSSESSIVE.sub("", text))
        if any(c.isalnum() for c in word)  # ".", "(", "⭐", "✓", "+": no letter or digit
    ]
    # a Roman numeral after a name is part of it ("Ferranti Mark I", "Phase II"), not the pronoun "I"
    tokens = [(w, "NNP") if i and _ROMAN.fullmatch(w) and tokens[i - 1][1] in ("NNP", "NNPS") else (w, t)
              for i, (w, t) in enumerate(tokens)]
    while len(tokens) > 1 and tokens[0][0].lower() in _ARTICLES and tokens[0][1] == "DT":
        tokens.pop(0)
    return tokens


def _word_names(word: str, tag_: str) -> bool:
    """Whether one word alone can name a concept."""
    if tag_ in _FUNCTION or tag_ == "CD":
        return False  # However, It, There, To, Not, Wow, Yes, No, 24
    known = readings(word.lower())
    adverb = tag_ == "RB" or "NOUN" not in known or word_tag(word.lower()) in ("RB", "JJ")
    if "ADV" in known and adverb and word[:1].isupper() and not any(c.isupper() for c in word[1:]):
        return False  # "First, ...", "Overall, ...": a capitalised adverb opens a sentence ("Prompt" is a noun too)
    if tag_ == "FW" or tag_ in _VERB:
        # Latin ("et", "etc.", "e.g.") and verbs only when also nouns: "uses", "Run", not "Learn", "Based"
        return _reads_as_noun(word)
    if tag_ in _ADJECTIVE:
        # an English adjective alone is a modifier without its noun ("Important", "Neural"), unless it is
        # a noun too ("token", tagged JJ; "objective", "residual"); a coined term the dictionary does not
        # hold stays: GPT-4, k-means, t-SNE, LLM-as-a-judge
        plain = word.isalpha() and not any(c.isupper() for c in word[1:])
        return not (plain and readings(word.lower()) and not _reads_as_noun(word))
    return True


_HOW_MUCH = frozenset({"fewer", "more", "less"})
_FOCUSING = frozenset({"only", "also", "just", "even", "still", "so", "too", "very", "well", "much", "more", "most", "then", "further"})


def _phrase_names(tokens: list[tuple[str, str]], title: bool, dashed: bool = False) -> bool:
    """Whether a phrase of two words or more can name a concept (tokens after _tokens); `dashed`: " - " parts its words."""
    words = [w for w, _ in tokens]
    tags = [t for _, t in tokens]
    first, second, last = tags[0], tags[1], tags[-1]

    # The first word: no function word ("In fact", "How difficult it", "This means")...
    if first in _FUNCTION:
        # ...except an adverb inside a noun phrase: "fully connected layer", "weakly supervised learning"
        modifies = first in ("RB", "RBR", "RBS") and len(tags) > 2 and second in _ADJECTIVE | {"VBN", "VBD"}
        # ...or a capitalised first word that is an adjective too, before a noun: "Early stopping", "Deep learning"
        adjective = first == "RB" and words[0][:1].isupper() and "ADJ" in readings(words[0].lower()) \
            and words[0].lower() not in _FOCUSING and _nounish(words[1], second)
        if not (modifies and _nounish(words[2], tags[2])) and not adjective:
            return False
    if first == "FW" and not _reads_as_noun(words[0]):
        return False  # "et al.", "e.g. BERT"
    if first == "VB" and not (_reads_as_noun(words[0]) and _nounish(words[1], second)):
        return False  # "Keep in mind", "Make sure", "Let us", "Consider attention"; "cross entropy", "prompt hacking" stay
    if first in ("VBZ", "VBP") and not _reads_as_noun(words[0]):
        return False  # "Is it", "Are there"; "Uses of AI" stays
    if first == "VBD" and (_auxiliary(words[0]) or not _nounish(words[1], second)):
        return False  # "Was trained"; "supervised learning", "learned embeddings" stay (participles)
    if first in ("VBN", "VBD") and (words[1].lower() == "by" or second in ("IN", "TO")):
        return False  # "Bound by the context length", "written in CUDA", "exposed to users": a participle, said of something
    if first == "VBZ" and len(tags) == 2 and second in ("JJ", "RB", "RBR"):
        return False  # "Sounds great", "runs fast": a verb and how, said of something
    if words[0].islower() and (said := readings(words[0])).keys() == {"VERB"} and words[0] in said["VERB"] \
            and (words[1][:1].isupper() or second in _DETERMINER_OR_PRONOUN):
        return False  # "interleave Thought", "retrieve the documents": an instruction and its object ("compute budget" stays)
    if second in ("JJR", "RBR") and words[1].lower() in _HOW_MUCH and "VERB" in readings(words[0].lower()):
        return False  # "train fewer params", "use more data": a doing and how much of its object

    # The last word: no preposition, determiner, conjunction or pronoun ("variant of", "such as").
    if last in _ENDS_BADLY:
        return False

    # Inside: no clause. A title in capitals throughout ("Attention Is All You Need") is a name.
    if title:
        return True
    for i in range(1, len(tags)):
        t = tags[i]
        if t in _VERB and tags[i - 1] in _BEFORE_NOUN and _reads_as_noun(words[i]):
            continue  # the object of a preposition or determiner is a noun: "chain of thought" (thought/VBD)
        if t == "MD":
            return False  # "BERT can"
        if t == "VB" and (tags[i - 1] in ("NNS", "NNPS") or not dashed and _looks_like_name(words[i - 1], tags[i - 1]) and readings(words[i]).keys() == {"VERB"}) and (i < len(tags) - 1 and not _reads_as_noun(words[i]) or i == len(tags) - 1 and words[i - 1].islower()):
            return False  # "errors grow with steps", "all models stay", "PromptDen manage prompts": a plural's or a name's verb
        if t in ("VBZ", "VBP"):
            # a plural noun the lexicon calls a verb, closing a compound: "system prompts", "tool calls";
            # after a name it is the name's verb: "BERT uses", "LangChain supports"
            plural = reads_as_plural_noun(words[i]) if t == "VBZ" else _reads_as_noun(words[i])
            capitalised = all(w[:1].isupper() for w in words) and _reads_as_noun(words[i - 1])  # "Prompt Attacks", a title's capitals
            compound = capitalised or (tags[i - 1] in _MODIFIER and not _looks_like_name(words[i - 1], tags[i - 1]))
            if not (i == len(tags) - 1 and plural and compound):
                return False  # "the model is", "BERT uses", "models are"
        if t == "VBD" and (i == len(tags) - 1 or not _nounish(words[i + 1], tags[i + 1]) or _auxiliary(words[i])):
            return False  # "model learned", "model was trained"; "self supervised learning" stays
        if t == "VBN" and i == len(tags) - 1 and _looks_like_name(words[i - 1], tags[i - 1]):
            return False  # the lexicon's VBN for "used": "BERT used"; "data set" stays
        if t in _DETERMINER_OR_PRONOUN and tags[i - 1] not in _BEFORE_DETERMINER:
            return False  # "compute the loss", "BERT it"
        if t == "VBG" and tags[i - 1] in ("NN", "NNS") and i < len(tags) - 1 and tags[i + 1] in ("RB", "RP"):
            return False  # "detective piecing together clues": a clause said of the noun ("learning from feedback" stays)
    return True


_DATE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:\d{1,2},? )?\d{4}", re.IGNORECASE)
# "last week", "every year", "the next few months": when something happened, not what
_WHEN = re.compile(r"(?:the\s+)?(?:last|next|this|every|each|previous|past|following|coming|same|other)\s+(?:few\s+|couple\s+of\s+)?"
                   r"(?:second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|semester|year|decade|time)s?", re.IGNORECASE)
_COUNTED_INSIDE = re.compile(r"\s(?:one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}[\w-]+s\b", re.IGNORECASE)
_SUBORDINATORS = frozenset({"because", "if", "unless", "although", "though", "whereas", "whenever", "while", "whether"})
_CUT_AT_A_SIGN = re.compile(r"[-–/]$|\s[+&=]$")  # "AI -", "input/", "Red teaming +" ("C++" is a name)
_FORMULA = re.compile(r"[=<>{}^]|\s[*/+]\s")
_ASIDE_OR_YEAR = re.compile(r"\([^()]*\)|, (?:19|20)\d\d\b")


@lru_cache(maxsize=1 << 16)
def names_a_concept(label: str) -> bool:
    """Whether a phrase can name a concept: a noun phrase, not a function word, a clause or a fragment.

    Rejected, from the tags of the phrase's words:
      * empty, numbers and ratings: no letter at all ("4.5", "3/5", "⭐⭐⭐", "-", "✓"), numbers alone
        ("24", "One"), "Yes" (UH), "No" (DT), "N/A";
      * one word that is a pronoun, determiner, adverb, preposition, "to", conjunction, modal, "there",
        interjection; a verb that is not also a noun ("Learn", "Based"; "Run", "uses" stay); a Latin
        abbreviation ("etc."); an English adjective alone ("Important");
      * a phrase whose first word is one of those function words ("In fact", "However attention", "How
        difficult it"), an imperative ("Keep in mind", "interleave Thought", "use fewer bits"), a passive's
        participle and its doer or place ("Bound by the context length", "written in CUDA"), a verb and how
        ("Sounds great"), or Latin ("et al.") -- but not "the/a/an", which
        are skipped. A title in capitals is no exception ("In Summary" is a heading, not a name), so
        "No Free Lunch" or "Together AI" are lost; hyphenated words are one token ("In-Context Learning");
      * a phrase whose last word is a preposition, determiner, conjunction or pronoun ("variant of",
        "such as");
      * a clause: a finite verb or modal after the first word ("BERT uses", "the model is", "BERT can"),
        a plural's verb inside ("errors grow with steps"), forgiving a last word that is also a plural noun after a common noun ("system prompts") and a
        past form before a noun ("self supervised learning"); a determiner or pronoun not after a
        preposition or conjunction ("compute the loss"). A phrase of three words or more in capitals
        throughout is a title and exempt ("Attention Is All You Need");
      * citation fragments ("et al.", "ibid") and phrases of more than 8 words;
      * a clause inside ("useful whenever context matters", "slow because it"), what is said of a
        thing ("Similar to other models"), a date ("Dec 2021");
      * a formula ("batch size = 8", "a * b"), a phrase with half an aside ("network (applied"), a
        list ("ReLU, LSTMs, and BatchNorm") or a phrase cut at a dash ("cutting-edge AI -").
    """
    text = " ".join(label.split())
    if not text or len(text.split(" ")) > _MAX_WORDS or not any(c.isalpha() for c in text):
        return False
    if _FORMULA.search(text) or text.count("(") != text.count(")") or ", " in _ASIDE_OR_YEAR.sub("", text) or _CUT_AT_A_SIGN.search(text):
        return False  # "batch size = 8", "network (applied", "ReLU, LSTMs, and BatchNorm", "AI -", "Red teaming +": no one name
    tokens = _tokens(text)
    if not tokens or all(t == "CD" for _, t in tokens):
        return False
    if any(t == "WRB" or w.lower() in _SUBORDINATORS for w, t in tokens[1:]):
        return False  # "useful whenever context matters", "slow because it": a clause inside
    if len(tokens) > 1 and tokens[0][1] in ("JJ", "JJR") and tokens[1][1] in ("TO", "IN"):
        return False  # "Similar to other models", "better than RNNs": what is said of a thing, not its name
    if _DATE.fullmatch(text) or _WHEN.fullmatch(text) or _COUNTED_INSIDE.search(text):
        return False  # "Dec 2021", "last week": when, not what; "protecting against two main risks": a doing on things counted
    if len(tokens) == 1:
        word, tag_ = tokens[0]
        if tag_ == "NNP" and word.istitle() and word_tag(word.lower()) in _FUNCTION:
            # the lexicon holds "Via", "Plus", "Us" as names; alone, as at a sentence's start, they are
            # the function words their lowercase forms are (the tagger itself looks a sentence's first
            # word up in lowercase only when its capitalised form is unknown)
            return False
        return _word_names(word, tag_)
    words = text.split(" ")
    title = len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    return _phrase_names(tokens, title, " - " in text or " – " in text)


@cache
def word_tag(word: str) -> str:
    """The tag of one word, alone."""
    tags = tagged(word)
    return tags[0][1] if tags else ""
