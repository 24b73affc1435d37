"""Words in a noun phrase that judge, compare or count rather than name ("a powerful and flexible
programming language", "the most important features", "two main stages"), and the nouns that only
stand in for something said elsewhere ("the process", "an example"). What the notes name is what is
left; a phrase with nothing left names nothing. Knows English wording; nothing of files."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.ingest import classify, tagger
from kg.ingest.singular import singular_noun

if TYPE_CHECKING:
    from kg.ingest.markdown import Link

# Adjectives that say how good or how central a thing is, not which thing it is: "a powerful
# language" is a language, "the main idea" an idea. Not "key" ("key vector" names a thing).
EVALUATIVE = frozenset({
    "good", "great", "nice", "excellent", "amazing", "awesome", "powerful", "flexible", "simple", "main",
    "important", "crucial", "essential", "fundamental", "useful", "helpful", "effective", "popular", "famous",
    "well-known", "best-known", "headline", "interesting", "significant", "major", "novel", "accurate", "diverse", "robust", "reliable",
    "valuable", "remarkable", "impressive", "solid", "decent", "reasonable", "critical", "vital", "central", "handy", "comprehensive",
    "thorough", "detailed", "in-depth", "brief", "quick", "gentle", "proper", "appropriate", "suitable", "ideal",
    "free", "cheap", "inexpensive", "breakthrough", "huge", "notable", "prominent", "versatile", "available", "lightweight", "related", "associated",  # what it costs, meant or weighs, not which: "a free course", "a common cheap choice", "a breakthrough algorithm"
    "separate", "distinct",  # how set apart, not which: "a separate thing"
    # how common or how new, not which: "a common sampling method", "a relatively new discipline"
    "common", "typical", "usual", "classic", "go-to", "dominant", "leading", "new", "old", "older", "recent", "modern", "latest", "newest", "advanced", "various", "different",
    "multiple", "numerous", "state-of-the-art", "up-to-date", "out-of-date",
    "relatively", "very", "fairly", "quite", "highly", "extremely", "increasingly",
    # how sure the writer is, not which: "potential model collapse"
    "potential", "possible", "likely",
    "actual", "genuine", "serious",  # "a serious problem", "the actual fix": how much it counts, not which
    "suggested", "recommended", "preferred",  # "Suggested order:", "the recommended setup": whose advice, not which
})

# what may stand before the judging words: "a", "the", "two main stages", "their key ideas"
_ARTICLES = frozenset({"a", "an", "the", "this", "these", "those", "its", "their", "our", "your", "one", "two", "three",
                       "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some"})

# Shell nouns: alone they refer back or forward to what the text says around them ("the process
# involves ...", "this approach", "an example"), so alone they never name a concept of the notes;
# as the head of a longer name they do ("regularization technique", "sampling method").
SHELL_NOUNS = frozenset({
    "approach", "method", "technique", "process", "procedure", "result", "paper", "work", "study", "author",
    "article", "post", "idea", "example", "instance", "way", "thing", "case", "issue", "step", "stage", "aspect",
    "part", "concept", "notion", "term", "kind", "type", "sort", "form", "fact", "setup", "option", "strategy",
    "solution", "reason", "purpose", "introduction", "overview", "summary", "detail", "point", "resource", "manner",
    "means", "one", "other", "lot", "stuff", "variety", "matter", "finding", "claim", "advantage", "benefit", "drawback", "downside", "upside", "chance",
    "problem", "challenge", "limitation", "weakness", "disadvantage", "pitfall", "shortcoming", "difficulty",
    "choice", "implementation", "concern", "consideration", "alternative", "taxonomy", "scenario", "situation",
    "price", "catch", "caveat", "trade-off", "tradeoff", "lesson", "takeaway", "variant", "version", "flavor", "flavour",
    "mechanism", "task", "model",  # "the task", "the model", "your model": in notes on machine learning, whichever model is at hand
    "proxy", "indicator", "stand-in", "relation", "relationship",  # "a decent proxy for X", "a relation between A and B": no kind
    "difference", "similarity",  # "The main difference vs a CPU: ...": how two things stand, no thing
    "fix", "remedy", "workaround", "cure", "answer", "refresher", "limit",  # "The fix is a PII detection tool", "one answer to this": no kind
    "list", "checklist",  # "Q: what's the list?" / "1. evaluate den tools": what the writer lists, no thing of its own
    "look", "glance", "dive", "tour", "walkthrough",  # "a more extensive look at reasoning", "a deep dive into X": the writing, no thing
    "attempt", "effort", "trick",  # "attempts like ReLoRA": tries, no kind of thing
    "bottleneck", "hurdle", "obstacle", "barrier", "blocker",  # "evaluation is the biggest hurdle to deploying AI": in the way, no kind
    "family", "category", "class", "group",  # "X is another family": of kinds named before, which a word for groups alone does not say
    "complement", "replacement", "substitute", "counterpart",  # "X is a complement, not a replacement": what it stands to, no kind
    "total", "sum", "overall",  # "total = weights + activations": the sum of the section's thing, named elsewhere
    "axis", "dimension", "level", "tier",  # "Her 3 axes: A, B", "at 3 levels: model, prompt": how the writer sorts them, no kind
    "focus", "goal", "aim", "gist",  # "focus = data for finetuning": what the notes or a thing aim at, no thing
    "order", "origin", "factor",  # "a typical order to try things", "origin: Kim et al.", "a main factor in X"
})

# "two main stages", "3 layers", "dozens of models": a count of things, not one of them
_COUNTED = re.compile(
    r"^(?:(?:the|these|those|its|their|all)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands|millions|billions)\s+(?!of\b)\S",
    re.IGNORECASE,
)


# "is a hierarchy: A, B and C": a whole of the things the colon lists
KIND_OF = r"(?:kind|type|form|sort|variant|version|variety|flavou?r)\s+of"  # "a kind of X", "the most common type of X": X, a kind of it
HELD_AFTER_COLON = r"(?:hierarchy|stack|mix|hybrid|combination|blend|bundle|suite)\s*:\s"
# "a universe of subfields", "the share of dens that ...", "a max number of rooms": what it holds, or how many
_GATHERING = re.compile(r"^(?:(?:max|maximum|min|minimum|total|average|mean|fixed|limited|certain|small|large|huge|great|high|low)\s+)?"
                        r"(?:universe|world|mix|hybrid|collection|set|group|combination|blend|landscape|zoo|bunch|variety|range|crowd|"
                        r"host|array|suite|series|sequence|number|lots?|handful|couple|dozen|tons?|plenty|list|store|bundle|stack|"
                        r"share|fraction|percentage|proportion|portion|count|ratio|amount|quantity)\s+of\s|^" + HELD_AFTER_COLON, re.IGNORECASE)


def gathers(label: str) -> bool:
    """ "universe of interconnected subfields", "suite of tools": what a thing holds, not what kind it is
    ("a mixture of experts" names a kind of its own)."""
    return _GATHERING.match(label) is not None or _QUANTITY.fullmatch(label.strip()) is not None  # "a handful": how many, no kind


_QUANTITY = re.compile(r"handful|bunch|lots?|couple|dozen|few|tons?|plenty|fraction|majority|minority", re.IGNORECASE)


def names_an_instance(label: str) -> bool:
    """ "a popular solution", "one option": a shell noun that makes what it is said of one way of doing
    the thing at hand ("Speculative decoding: ... EAGLE-3 is a popular solution")."""
    return is_shell(label) and singular_noun(label.split()[-1].lower()) in {"solution", "option", "choice", "implementation", "example", "instance"}


# words before a shell noun that only rank, hedge or say how closely: "key concepts", "a real limit", "a closer look", "an extreme case"
_HEDGED = frozenset({"key", "core", "possible", "potential", "similar", "other", "real", "extensive", "deep", "closer", "close", "extreme",
                     "practical"})  # "the practical choices": the ones at hand


# shells only as what is at hand ("the model", "your task"), of which an adjective that sorts names a kind: "a medical model"
_AT_HAND = frozenset({"model", "task", "mechanism"})


def sorts_a_shell(adjective: str, head: str) -> bool:
    """ "a medical model", "a domain-specific model": an adjective that sorts, before a noun that is a shell only when it
    points at what is at hand, names a kind; "a simpler model", "a good model", "a possible task" judge one."""
    lower = adjective.lower()
    return singular_noun(head.lower()) in _AT_HAND and lower not in EVALUATIVE | _HEDGED and not _compares(lower)


def is_shell(label: str) -> bool:
    """ "process", "the approach", "key concepts": one shell noun, with nothing that says which."""
    words = label.lower().split()
    while words and words[0] in {"the", "a", "an", "one", "this", "that", "these", "those", "such", "our", "their", "its"}:
        words.pop(0)
    while len(words) > 1 and (words[0] in EVALUATIVE or words[0] in _HEDGED):
        words.pop(0)  # "key concepts", "the main idea", "a possible solution", "a closer look": a shell noun, judged or hedged
    return len(words) == 1 and singular_noun(words[0]) in SHELL_NOUNS


# shell nouns that point back to a thing named elsewhere, when only adjectives say which of them
_POINTING_SHELLS = frozenset({"option", "kind", "sort", "variety", "version", "variant", "edition", "case"})  # "the naive version", "a special case": of something else
SEQUENCE_PLACES = frozenset({"step", "stage", "phase", "half"})  # "the first step": after an ordinal, a place in a sequence


def a_shell_said_which(label: str) -> bool:
    """ "off-the-shelf options", "the system-level kind", "a quantized version": a shell noun that only adjectives say which
    of, pointing back to a thing named elsewhere ("deployment options", "LoRA variant": a noun names one)."""
    words = [w for w in label.lower().split() if w not in ("the", "a", "an")]
    return len(words) > 1 and singular_noun(words[-1]) in _POINTING_SHELLS and all(t in ("JJ", "JJR", "VBN") for _w, t in tagger.tagged(" ".join(words[:-1])))


# what a thing does or has, no kind of it: "two main functions:", "three properties:"
GROUP_WORDS = frozenset({"category", "group", "kind", "type", "class", "family", "bucket", "camp", "flavor", "flavour"})  # words for kinds
SIDE_WORDS = frozenset({"aspect", "dimension", "facet", "property", "characteristic", "pillar", "feature", "trait"})  # what a thing has
ROLE_WORDS = frozenset({"function", "role", "job", "purpose", "goal", "responsibility", "duty", "use"}) | SIDE_WORDS
# words for the parts of a whole: "Two components: A, B", "uses a retrieval module" (what it is made of)
PART_WORDS = frozenset({"component", "part", "stage", "step", "layer", "level", "tier", "module", "element", "building block", "block", "phase",
                        "piece"})
# headings that name a side of what the heading above names: "# RAG" / "## Architecture" / "Two components: ..."
ASPECT_TITLES = frozenset({"architecture", "structure", "anatomy", "design", "internals", "overview", "composition", "mechanics",
                           "how it works", "components", "parts", "building blocks"})
# heads that name a quantity or a side of a thing, not a kind: "gate value", "transaction amount", "model accuracy"
ATTRIBUTE_HEADS = frozenset({"value", "amount", "time", "accuracy", "strength", "size", "number", "count", "level", "degree",
                             "fundamental", "basic", "key", "weight", "length", "speed", "cost", "rate", "error", "quality",
                             "quantity", "coverage", "diversity", "precision"})
# words of degree, which say how much of a thing there is, not which kind of it: "low latency"
DEGREE = frozenset({"low", "high", "long", "short", "big", "small", "large", "good", "bad", "great", "new", "old", "fast",
                    "slow", "more", "less", "much", "many", "few", "same", "other", "different", "whole", "overall"})
# what a thing has, measured: "low latency", "high accuracy", "fast speed" (no kind of thing it is)
_MEASURED = ATTRIBUTE_HEADS | {"latency", "throughput", "performance", "overhead", "footprint", "usage", "bandwidth", "capacity"}


def a_degree_of(label: str) -> bool:
    """ "low latency", "higher cost", "very high accuracy": a degree of what a thing has, no kind of thing."""
    words = [w for w in label.lower().split() if w not in ("very", "much", "relatively", "fairly")]
    return len(words) == 2 and (words[0] in DEGREE or compares(words[0])) and words[1] in _MEASURED


# Compound adjectives that sort things into kinds ("term-based", "model-level", "decoder-only"), where
# "long" or "cheap" judges
CLASSIFYING = re.compile(r"[a-z]+(?:-[a-z]+)?-(?:based|level|only|shot|source|side|time|grained|wise|tuned|trained|augmented|specialized|specialised|specific|shelf|house|hosted|premises?|box)",
                         re.IGNORECASE)


# What a text calls itself or its parts: "This guide covers ...", "The figure below shows ...", "In
# this post, ..." speak of the writing, not of a concept it names ("The LLM course" names one).
DOCUMENT_NOUNS = frozenset({
    "guide", "section", "post", "blog", "article", "paper", "chapter", "page", "tutorial", "lecture", "video",
    "course", "book", "note", "notebook", "repository", "repo", "survey", "report", "document", "write-up",
    "figure", "table", "diagram", "image", "screenshot", "illustration", "thread", "talk", "presentation",
    "newsletter", "lesson",
})


def names_the_text(label: str) -> bool:
    """ "This guide", "the comprehensive guide below", "our next section": the writing itself, one of
    its document nouns after a determiner, with only judging words or a place in the text between; "Book" alone."""
    words = label.lower().split()
    if len(words) == 1 and label[:1].isupper() and words[0] in DOCUMENT_NOUNS:
        return True  # "Book uses the moss example": terse notes drop the article of the book being read
    if len(words) < 2 or words[0] not in {"this", "the", "our", "these", "that", "my"}:
        return False
    words = [w for w in words[1:] if w not in EVALUATIVE and w not in {"below", "above", "here", "next", "previous",
                                                                      "following", "current", "present", "entire", "whole"}]
    return len(words) == 1 and singular_noun(words[0]) in DOCUMENT_NOUNS


_CREDIT = re.compile(r"(?:(?:figure|image|table|diagram|chart|photo)\s+)?(?:source|credits?)"
                     r"|(?:figure|image|table|diagram|chart|photo)\s+\d+[a-z]?", re.IGNORECASE)


_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|edu|co|gov|info)(?:/\S*)?", re.IGNORECASE)


def credits_a_figure(link_text: str) -> bool:
    """ "[Figure source](...)", "[Source](...)", "[Figure 3](...)": a link that says where a figure comes from or
    which one it is, a part of the writing and no concept."""
    return _CREDIT.fullmatch(link_text.strip(" *_:.")) is not None


def credits_a_passage(link_text: str, before: str, after: str) -> bool:
    """ "... regardless of context. [datacamp.com](...)", "(see [viso.ai](...))": a web address set after what it
    credits, at the end of a paragraph or in parentheses, no concept; "the website [example.com](...) lists ..." names one."""
    return _WEB_ADDRESS.fullmatch(link_text.strip(" *_")) is not None and (not after.strip(" .;,*_)") or before.rstrip(" *_").endswith("("))


# sites that hold other people's papers, code and talks: a link named after one points to a work there
_HOSTS = frozenset({"arxiv", "github", "gitlab", "youtube", "medium", "substack", "openreview", "aclanthology", "paperswithcode", "wikipedia"})


def without_sites(text: str, links: tuple[Link, ...]) -> tuple[str, tuple[Link, ...]]:
    """A paragraph's text and links less the links named after the site they point into: "Wang et al. (2022),
    [arXiv](https://arxiv.org/abs/...)", "on [GitHub](https://github.com/kim/sett)" say where a work is read, no concept
    and no word of the sentence (blanked, offsets kept); "[Zorpkit](https://github.com/kim/zorpkit)" names its thing."""
    for link in (sites := [link for link in links if _names_its_site(link.text, link.url)]):
        start = before.start() if (before := re.search(r"\b(?:on|at|from|via|in)\s+$", text[: link.start])) else link.start  # "a kit on [GitHub]"
        text = text[:start] + " " * (link.end - start) + text[link.end:]
    return text, tuple(link for link in links if link not in sites)


def _names_its_site(link_text: str, url: str) -> bool:
    """ "[arXiv](https://arxiv.org/abs/...)": the text is the name of the site, one that holds others' work, past its root."""
    found = re.match(r"https?://(?:www\.)?(?:[\w-]+\.)*?(?P<site>[\w-]+)\.[a-z]{2,6}/\S*\w", url)
    return found is not None and found["site"].lower() in _HOSTS and re.sub(r"\W", "", link_text).lower() == found["site"].lower()


def is_counted(text: str) -> bool:
    """ "two main stages", "3 layers": a number of things before a plural noun."""
    return _COUNTED.match(text.strip()) is not None


def uncounted(text: str) -> str:
    """ "two den parts" -> "den parts", "the 3 main layers" -> "main layers": the things, without their number."""
    found = _COUNTED.match(text.strip())
    return text.strip()[found.end() - 1:] if found is not None else text.strip()


@cache
def _compares(word: str) -> bool:
    """ "smoother", "latest", "best", "most": a comparative or superlative, by the dictionary's lemma;
    not "lower"/"upper", which name a side ("lower bound"), nor "nearest"/"farthest", a relation in space between
    points ("nearest neighbor search")."""
    lower = word.lower()
    if lower in {"more", "most", "less", "least", "same", "similar"}:  # "the same forward pass (as ...)"
        return True
    if lower in {"lower", "upper", "inner", "outer", "former", "latter", "nearest", "farthest", "furthest"} or not lower.endswith(("er", "est")):
        return False
    return any(lemma != lower for lemma in tagger.readings(lower).get("ADJ", ()))


@cache
def gradable(adjective: str) -> bool:
    """ "long", "cheap", "dense": an adjective the dictionary compares with "-er", which says how much ("can be long
    or short"); "explicit", "reactive", "static" have no such form and sort things into kinds."""
    word = adjective.lower()
    forms = {word + "er", word + "r", word[:-1] + "ier", word + word[-1:] + "er"}
    return any(word in tagger.readings(form).get("ADJ", ()) for form in forms if form != word)


_INTENSIFIERS = frozenset({"way", "much", "far", "even", "slightly", "somewhat"})  # "way less popular": how much, of a comparison


def compares(text: str) -> bool:
    """ "smoother model", "the latest techniques", "more data": a phrase opened by a comparison says
    how one thing stands to another, it names neither."""
    words = text.split()
    words = words[1:] if len(words) > 1 and words[0] in _INTENSIFIERS else words  # "way less popular than LoRA"
    return bool(words) and words[0][:1].islower() and _compares(words[0])


def compared_kind(item: str) -> bool:
    """ "older seq2seq models", "a faster draft model": a comparative ("-er") before a compound that names
    a kind; the compound is named, the comparison only says how it stands to another ("more data",
    "smoother model", "faster than the baseline" name nothing)."""
    words = item.lower().split()
    if len(words) < 3 or not words[0].endswith("er") or not _compares(words[0]):
        return False
    tags = [tag for _word, tag in tagger.tagged(" ".join(words[1:]))]
    return tags[0].startswith(("NN", "JJ", "VBG")) and tags[-1].startswith("NN")  # not "faster than X", "further the aim"


def compared_class(item: str) -> str | None:
    """ "better metric", "much simpler method than X" -> the noun: a comparative before one noun that names a class
    of the vocabulary, then nothing or what it is compared with; None otherwise ("bigger choice", "more data")."""
    words = re.split(r"[:;,(]", item.lower())[0].split()  # "better metric: it counts ...": what follows says why
    words = words[1:] if len(words) > 2 and words[0] in _INTENSIFIERS else words
    if len(words) < 2 or not words[0].endswith("er") or not _compares(words[0]) or words[2:3] not in ([], ["than"]):
        return None
    return words[1] if classify.class_of_word(singular_noun(words[1])) is not None else None


def without_judgement(text: str) -> str:
    """A phrase of prose without the words that open it only to judge it: "a powerful programming
    language" -> "programming language", "the main idea" -> "idea"; a name's own words are kept ("Great
    Lakes"). Not for a term the notes set off as a name ("**Key Vector**")."""
    words = text.split()
    start = 0
    while start < len(words) - 1 and (words[start][:1].islower() or (not start and words[0].lower() in _ARTICLES)) \
            and (words[start].lower() in EVALUATIVE | _ARTICLES  # "The two main metrics": a sentence's capital
                 or ((words[start].endswith("ly") or words[start].lower() in {"super", "pretty"}) and start < len(words) - 2
                     and words[start + 1].lower() in EVALUATIVE)):  # "closely related", "super common": how much, of a judging word
        start += 1
    return " ".join(words[start:]) if start else text


def only_describes(item: str) -> bool:
    """ "powerful" in "powerful and flexible language": an item of a list that is adjectives alone,
    a modifier of the noun after the last item, never a thing of its own."""
    tagged = [(w, t) for w, t in tagger.tagged(item) if any(c.isalnum() for c in w)]
    return bool(tagged) and all(t in _DESCRIBING and _only_modifies(w) for w, t in tagged)


def says_which(word: str) -> bool:
    """ "static", "term-based", "4-bit", "AI-powered": one word that sorts a thing into a kind (an adjective, a compound
    participle), not one that judges it ("good") or says how much ("large")."""
    if " " in word or word.lower() in EVALUATIVE or word.lower() in DEGREE:
        return False
    tags = [tagger.corrected(w, t) for w, t in tagger.tagged(word)]
    return set(tags) == {"JJ"} or (tags == ["VBN"] and "-" in word) or CLASSIFYING.fullmatch(word) is not None \
        or re.fullmatch(r"\d+-[a-z]+|\w+-[a-z]+(?:ed|en)", word) is not None  # "4-bit", "AI-powered": a compound the tagger calls a noun


def an_adjective(word: str) -> bool:
    """ "cheap", "multimodal": an adjective to the dictionary (and no noun), or a word it lacks with an
    adjective's ending; not "n-grams", which the tagger may call one."""
    known = tagger.readings(word.lower())
    return "ADJ" in known and "NOUN" not in known or (not known and word.islower() and word.endswith(_ADJECTIVE_ENDINGS))


# "pre-LLM", "multi-GPU", "non-English": a prefix that makes a name say when, how many or which, of a noun left unsaid
_PREFIXED_NAME = re.compile(r"(?i:pre|post|non|multi|anti|semi)-[A-Z]{2,}[\w.-]*|(?:pre|post|non|multi)-[A-Z][a-z]+")


def a_prefixed_modifier(label: str) -> bool:
    """ "pre-LLM", "multi-GPU": a name under a prefix, alone, says which of something unsaid ("pre-LLM metrics"); not
    "Pre-training", "cross-encoder"."""
    return _PREFIXED_NAME.fullmatch(label.strip()) is not None


# what a line says of one thing, never a thing of its own: "- Formula: ...", a table's "| Intuition |" column
SAID_OF_A_THING = frozenset({"formula", "equation", "value", "values", "range", "unit", "units", "interpretation", "intuition"})
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "able", "ible", "ful", "less")
_DESCRIBING = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})  # adjectives and adverbs, which only describe


_ASIDES = re.compile(r"\s*\([^()]*\)")


def coordinated_adjectives(text: str, after_an_article: bool = False) -> tuple[str, bool] | None:
    """(noun, one) for "a fast and memory-efficient attention algorithm" (attention algorithm, one
    thing), "large and expensive models" (models): adjectives joined by "and", "or" or "but" before
    the noun they all describe, one thing when it is singular after an article (in `text` or before
    it, "is a"); "sparse and dense retrieval" is two kinds of it. None for anything else ("greedy and
    beam search": a noun among them names a kind)."""
    # (not a parenthesis after the adjectives: "powerful but risky (cave-ins)" describes no cave-ins)
    bare = _ASIDES.sub("", text)
    if _JOINING_WORD.search(bare.lower()) is None:
        return None  # no token "and", "or" or "but" for the loop below to join on: the tagger need not run
    tags = [(word, tag) for word, tag in tagger.tagged(bare) if word[:1].isalnum()]
    article = bool(tags) and tags[0][0].lower() in ("a", "an", "the")
    at, joined = int(article), False
    while at < len(tags) and tags[at][1] in _DESCRIBING:
        at += 1
        if at < len(tags) - 2 and tags[at][0].lower() in ("and", "or", "but") and _describes(*tags[at + 1]):
            at, joined = at + 1, True
            tags[at] = (tags[at][0], "JJ")  # "strong and patient diggers": a noun too, an adjective here
    nouns = tags[at:]
    if not joined or not nouns or nouns[-1][1] not in ("NN", "NNS") or any(tag not in ("NN", "NNS", "VBG") for _word, tag in nouns):
        return None
    return " ".join(word for word, _tag in nouns), nouns[-1][1] == "NN" and (article or after_an_article)


# "and", "or", "but" where the tagger's tokens may hold one alone: no letter or digit either side, but for "n't" after
# it, which TextBlob's tokenizer splits off ("andn't": "and n't")
_JOINING_WORD = re.compile(r"(?<![a-z0-9])(?:and|or|but)(?:n't|[^a-z0-9]|$)")


def _describes(word: str, tag: str) -> bool:
    return tag in _DESCRIBING or "ADJ" in tagger.readings(word.lower())


def _only_modifies(word: str) -> bool:
    """An adjective or adverb that is no noun too ("ranking", "objective" are) unless it only judges ("simple")."""
    if any(c.isupper() or c.isdigit() for c in word[1:]):
        return False  # "TF-IDF", "BoW", "GPT-4": a name, whatever the tagger makes of its hyphen
    lower = word.lower()
    readings = tagger.readings(lower)
    if (prefixed := _PREFIXED_DOING.fullmatch(lower)) is not None and "VERB" in tagger.readings(prefixed["doing"]):
        return False  # "pre-training", "re-ranking": a doing, which the tagger calls an adjective for its hyphen
    return lower in EVALUATIVE or not ("NOUN" in readings or (lower.endswith("ing") and "VERB" in readings))


# a prefix that binds to a verb ("pre-train", "re-rank", "fine-tune"), then its -ing form: a doing, not a modifier like "long-running"
_PREFIXED_DOING = re.compile(r"(?:pre|post|re|co|de|sub|fine|self|over|under|up|down|cross|multi|inter|mis|un)-(?P<doing>[a-z]+ing)")


# languages that the tagger takes for names, not adjectives as "Chinese": "Jais (Arabic)" says what the model speaks, no maker
_LANGUAGES = frozenset({"arabic", "english", "hindi", "urdu", "bengali", "punjabi", "telugu", "tamil", "marathi", "swahili", "farsi",
                        "persian", "hebrew", "greek", "russian", "thai", "turkish", "polish", "dutch", "welsh", "latin", "malay",
                        "indonesian", "portuguese", "italian", "swedish", "armenian", "burmese", "yoruba", "amharic", "tagalog"})


def names_a_language(word: str, tag: str) -> bool:
    """Whether one capitalised word names a language or a people: an adjective to the tagger ("Chinese"), or a language's name."""
    return tag == "JJ" or word.lower() in _LANGUAGES


_NO_WORD = re.compile(r"[a-z][\w.-]*")


def a_word_of_no_dictionary(text: str) -> bool:
    """ "garak", "dengit", "lm-eval": one word in small letters the dictionary does not hold (a part of it, at least, and
    not one made as English words are, "finetuning"), which after an owner's possessive or before its maker in
    parentheses is a name ("Mossco's garak", "dengit (Mossco)")."""
    unknown = [part for part in re.split(r"[-.]", text) if part and not tagger.readings(part)] if _NO_WORD.fullmatch(text) else []
    return bool(unknown) and not any(_DERIVED.search(part) for part in unknown)  # "finetuning", "tokenizer": words made as English makes them


_DERIVED = re.compile(r"(?:ing|ers?|ors?|ions?|ments?|ness|ity|ities|isms?|ists?|i[sz]es?|ed|ly|al|ic|s)$")
