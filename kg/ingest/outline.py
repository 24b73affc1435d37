"""Outlines: a list item with items nested under it and no colon. "- language model" above "- encodes
statistical info" is an entry, and what the items under it say is about it; "- two main types of
LMs" and "- vector databases" above items introduce them as a colon would. An item that ends on the
words of the item or heading above it is a kind of it: "model parallelism" under "parallelism",
"self-attention" under "## Attention"; any other name under a bare item is within its scope ("model
serving" under "infrastructure"). Knows Markdown's nesting and English noun phrases only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.ingest import clauses, tagger
from kg.ingest.singular import singular_phrase
from kg.ingest.modifiers import ATTRIBUTE_HEADS, CLASSIFYING, DEGREE, SAID_OF_A_THING, is_shell, says_which
from kg.ingest.remarks import is_remark
from kg.ingest.entries import Entry
from kg.ingest.markdown import Heading, NotesFile, Paragraph
from kg.ingest.problems import lists_problems
from kg.ingest.makers_inside import spelled_out
from kg.ingest.nouns import ORDINALS, Phrase, keep, noun_phrase, opens_with_a_doing
from kg.ingest.categories import counted_groups, kinds_named, types_named
from kg.ingest.headings import topic_key
from kg.ingest.heading_classes import heading_named, kinds_of_the_section
from kg.ingest.terms import a_field
from kg.ingest.introduced import counted_class, narrowed_kind
from kg.ingest.namings import TYPE_WORDS
from kg.ingest.name_lists import names_only
from kg.ingest.lists import without_asides
from kg.ingest.marks import ARROW
from kg.labels import as_term, fold
from kg.source import Source

if TYPE_CHECKING:
    from kg.ingest.extraction import Extraction
    from kg.ingest.lexicon import Record

# a verb of its own, a pronoun, a question word: "- use tools", "- why it took off"; a participle may
# name a kind ("masked language model")
_NO_NAME = {"VB", "VBZ", "VBP", "VBD", "MD", "PRP", "PRP$", "WDT", "WP", "WRB"}
# what a name is made of: nouns, adjectives, participles, numbers ("4-bit NF4"), "of" and "and"; no
# other preposition ("implemented through vector stores"), no degree ("more confident predictions")
_NAME_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "VBG", "CD", "FW"}
_JOINING = {"of", "for", "in", "on", "with", "and", "or", "to", "vs", "versus", "from", "by", "about", "at"}
_IN_A_NAME = _JOINING | {"as"}  # "AI as a judge"
# "- mostly for non-generative tasks", "- good for search": under an entry, what it is for
_FOR = re.compile(r"^(?:(?:mostly|mainly|often|typically|usually|primarily|especially|also)\s+)?"
                  r"(?:(?:good|great|useful|best|handy|ideal)\s+)?for\s+(?!example|instance)(?=[a-z])", re.IGNORECASE)


def headings_under(notes: NotesFile, heading: Heading) -> list[Heading]:
    """The headings of a section, deeper than its own, up to the next of its level or above."""
    after = [h for h in notes.headings if h.line > heading.line]
    until = next((i for i, h in enumerate(after) if h.level <= heading.level), len(after))
    return after[:until]


def as_purpose(paragraph: Paragraph) -> None:
    """An item under an entry that says what it is for, written without a verb, as "Used for ...":
    "- mostly for non-generative stuff" (not "- For GPT-4, a token is ...": a comma, and a subject)."""
    if paragraph.item is not None and (found := _FOR.match(paragraph.text)) and "," not in paragraph.text.split(":")[0]:
        paragraph.text = "Used for " + paragraph.text[found.end():]


def lift_under_holders(paragraphs: list[Paragraph]) -> None:
    """Items under an item that holds only a heading, or says "others", are read at its place."""
    _lift_under_headings(paragraphs)
    _lift_under_others(paragraphs)


def _lift_under_headings(paragraphs: list[Paragraph]) -> None:
    """Logseq's "- ## RAG" / "  - [[retriever]] ...": an item that holds only a heading opens a section,
    so the items under it are that section's own, not items nested in another."""
    opened = {paragraph.item for paragraph in paragraphs if paragraph.item is not None}
    holders: dict[int, bool] = {}  # an item no paragraph opens: whether a heading opened it
    before = 0
    for paragraph in paragraphs:
        for parent in paragraph.parents:
            if parent not in opened and parent not in holders:  # first seen right after its heading, or not one
                holders[parent] = bool(paragraph.headings) and before < paragraph.headings[-1].line < paragraph.line
        if held := [parent for parent in paragraph.parents if holders.get(parent)]:
            paragraph.parents = tuple(parent for parent in paragraph.parents if not holders.get(parent))
            paragraph.depth = max(0, paragraph.depth - len(held))
        before = paragraph.lines[-1] if paragraph.lines else paragraph.line


# an item that stands for the rest of what its list holds: "- others", "- misc:", "- other ones"
_THE_REST = re.compile(r"(?:others?|other\s+ones|misc\.?|miscellaneous|the\s+rest|more|etc\.?)\s*:?", re.IGNORECASE)


def _lift_under_others(paragraphs: list[Paragraph]) -> None:
    """ "## Den tools" / "- others" / "  - [[MossCam]]": an item that says "others" over items names no thing; the
    items under it are more of what its own list holds, read as if at its place (and it is dropped)."""
    others = {p.item for p in paragraphs if p.item is not None and p.term is None and _THE_REST.fullmatch(p.text.strip())
              and any(p.item in after.parents for after in paragraphs)}
    if not others:
        return
    paragraphs[:] = [p for p in paragraphs if p.item not in others]
    for paragraph in paragraphs:
        if lifted := [parent for parent in paragraph.parents if parent in others]:
            paragraph.parents = tuple(parent for parent in paragraph.parents if parent not in others)
            paragraph.depth = max(0, paragraph.depth - len(lifted))


def parent_items(paragraphs: Iterable[Paragraph]) -> set[int]:
    """The items that have items nested under them."""
    return {parent for paragraph in paragraphs for parent in paragraph.parents}


def as_entry(paragraph: Paragraph) -> str | None:
    """The term of an item that heads items nested under it, written as a bare noun phrase ("-
    language model"); None for any other. An item that introduces its items ("- two main types of
    LMs") is given the colon it leaves out, so that it is read as one with it."""
    text = paragraph.text.strip()
    if not text or text.endswith(":") or paragraph.links or len(text.split()) > 8 and not counted_class(text):
        return None  # "- 3 metrics for how good your den watch is" heads its metrics, however long
    if kinds_named(text) is not None or counted_groups(f"{text}:") is not None or lists_problems(text) or counted_class(text):  # "- limitations"
        paragraph.text = f"{text}:"
        return None
    if CLASSIFYING.fullmatch(text) and paragraph.headings and len((kind := as_term(paragraph.headings[-1].title)).split()) <= 3 \
            and tagger.names_a_concept(kind):
        paragraph.text, paragraph.has_colon = "", True
        return f"{text} {kind[0].lower() + kind[1:]}"  # "- Data-level" under "### Parallelism": data-level parallelism
    if not is_bare_name(text):
        return None  # "- why it took off", "- the last mile is hard": no name of a thing
    paragraph.text, paragraph.has_colon = "", True  # "- vector databases" reads as "- vector databases:"
    return text


def _an_acronym(term: str) -> bool:
    """ "**SAFE**", "DRY": a word in capitals is a name, however the dictionary reads it in small letters."""
    return len(term.strip()) > 1 and term.strip().isupper()


def kind_of_the_parent(term: str | None, paragraph: Paragraph, stack: list[Entry]) -> str | None:
    """ "- adapter-based: LoRA, QLoRA" under "- PEFT": a word that sorts (-based, -level, ...) as an item's
    term names a kind of the entry above, "adapter-based PEFT", whose kinds the item lists; None otherwise."""
    above = [entry for entry in stack if entry.depth < paragraph.depth and not entry.note]
    ones = _WHICH_ONES.match(paragraph.text) if term is None else None  # "- text-to-map ones: A, B" under "- **Den benchmarks:**"
    if not (term is not None and CLASSIFYING.fullmatch(term.strip()) and not _an_acronym(term) or ones) or not paragraph.parents or not above \
            or len(above[-1].records) != 1:
        return None
    parent = above[-1].records[0].final()
    if ones is not None:  # the parent's kind of thing ("benchmarks"), the words before "ones" saying which, each item one
        if not (named := names_only(ones["listed"].strip(" ."))) or not all(n.is_name for n in named):
            return None
        paragraph.text = f"Types: {ones['listed'].strip()}"
        return f"{ones['which']} {parent.label.split()[-1]}"
    if len(parent.label.split()) > 3 or singular_phrase(re.split(r"[\s-]", term.strip().lower())[-1]) == parent.label.split()[-1].lower():
        return None  # "- [[zero-dig]]: ..." under "- digs": the term names the parent's word already, no "zero-dig dig"
    if len(re.split(r",|\s(?:and|or)\s", paragraph.text)) > 1 or ((named := names_only(paragraph.text)) and all(n.is_name for n in named)):
        paragraph.text = f"Types: {paragraph.text.strip()}"  # each one of that kind, however few ("- adapter-based: LoRA" too)
    return f"{term.strip()} {parent.label}"


_PLURAL_WORD = re.compile(r"[a-z]+s")
_WHICH_ONES = re.compile(r"(?P<which>[\w-]+(?:\s+[\w-]+)?)\s+ones:\s+(?P<listed>.+)$")  # "text-to-map ones: A, B", "open source ones: A"


def class_of_the_parent(term: str | None, paragraph: Paragraph, stack: list[Entry]) -> str | None:
    """ "- metrics: BLEU, ROUGE" under "- **Lexical similarity**": a class word alone as an item's term lists
    things of that class the entry above narrows, "lexical similarity metrics"; None otherwise."""
    above = [entry for entry in stack if entry.depth < paragraph.depth and not entry.note]
    if term is None or not _PLURAL_WORD.fullmatch(term.strip()) or not paragraph.parents or not above or len(above[-1].records) != 1:
        return None
    narrowed = narrowed_kind(term.strip(), above[-1].records[0].final())
    return narrowed if narrowed != term.strip() else None


def of_its_class(narrowed: Record, paragraph: Paragraph, extraction: Extraction) -> None:
    """ "lexical similarity metric" isA "metric": a kind narrowed from a class word is one of the class,
    which a word alone met in prose would not say (see mentions.link_kinds)."""
    words = narrowed.label.split()
    if len(words) > 1:
        source = Source(paragraph.file, paragraph.line)
        word = extraction.concept(noun_phrase(singular_phrase(words[-1].lower())), source, topic_key(paragraph.file, paragraph.headings))
        extraction.state(narrowed, "isA", word, source.by("label-head"))


def kind_of_the_heading(term: str | None, paragraph: Paragraph, opening_lists: set[int]) -> str | None:
    """ "## Batching" / "- static: waits for a full batch": a word that says which, alone as the term of
    an item right under a heading that names a thing (in a list that opens its section, `opening_lists`
    by line: "Three traits of dens:" before it says what the items are), names a kind of that thing,
    "static batching"; None otherwise."""
    if term is None or " " in term.strip() or paragraph.parents or not paragraph.headings or not says_which(term.strip().lower()) \
            or _an_acronym(term) \
            or a_field(term.strip()):  # "- metric: depth": a class word, no adjective however the tagger reads it
        return None
    typed = kinds_of_the_section(paragraph.headings)  # "## Types of duplication" / "- **whole-document** — ...": one
    if paragraph.line not in opening_lists and not (typed and paragraph.item is None and paragraph.depth == 0):
        return None  # "### Two buckets" / "**Adapter-based** (additive): ..." over a list: a paragraph of its own may say which
    if "ADJ" not in tagger.readings(term.strip().lower()) and not CLASSIFYING.fullmatch(term.strip()) \
            and not (typed and "-" in term and not term.lower().endswith(typed.split()[-1])):
        return None  # not "- key: ...", a noun the tagger calls an adjective, nor "- self-attention" under "Types of attention"
    kind = typed or singular_phrase(as_term(paragraph.headings[-1].title))
    if not typed and opens_with_a_doing(kind) and heading_named(paragraph.headings[-1]) is None:
        return None  # "#### Comparing den algorithms" / "- term-based: ...": a doing and its object, no kind
    if is_shell(kind) or kind.split()[-1].lower() in ATTRIBUTE_HEADS or not 1 <= len(kind.split()) <= 3 or not tagger.names_a_concept(kind) or not tagger.tagged(kind)[-1][1].startswith(("NN", "VBG")):
        return None  # "## Types" alone: of what, the heading does not say; "## Data quality" / "- relevant": a value, no kind
    first = re.split(rf"\s*(?:{ARROW}|—|–|;|\.\s)\s*", paragraph.text.strip(), maxsplit=1)[0]
    credited = re.search(r"\(\s*[A-Z]", first) is not None  # "instruction hierarchy (Acme)": a thing someone made, no description
    if (named := names_only(first)) and (len(named) > 1 or named[0].is_name or credited or paragraph.links):
        paragraph.text = f"Types: {first}"  # "### Defenses" / "- model-level: instruction hierarchy (Acme) → ...": one of that kind
    return f"{term.strip().lower()} {kind[0].lower() + kind[1:]}"


def side_of_the_parent(term: str | None, paragraph: Paragraph, stack: list[Entry]) -> bool:
    """ "- finetuning: adapting a model" / "  - cost: memory + compute": a word for a side of a thing
    (cost, speed, size) as an item's term speaks of the entry above, no concept of its own; under a
    plural ("- Metrics" / "  - cost: ...") it is one of them."""
    above = [entry for entry in stack if entry.depth < paragraph.depth and not entry.note]
    return term is not None and bool(paragraph.parents) and bool(above) and not above[-1].plural \
        and term.strip().lower() in ATTRIBUTE_HEADS


def is_bare_name(text: str) -> bool:
    """Whether an item's whole text is a noun phrase of up to five words ("- tensor parallelism"),
    with no verb, pronoun or question word ("- uses tools", "- why it took off", "- retrieves
    documents": a verb the tagger calls a plural noun)."""
    if not text or len(text.split()) > 5 or re.search(r"[^\w\s'-]", text):
        return False
    tagged = [(word.lower(), tagger.corrected(word, tag)) for word, tag in tagger.tagged(text)]
    if participle_first(tagged):
        tagged[0] = (tagged[0][0], "JJ")  # "supervised finetuning", "pretrained models": a past form before its noun, no verb
    elif len(tagged) == 2 and tagged[0][1] == "VB" and clauses.noun_before_noun(text):
        tagged[0] = (tagged[0][0], "NN")  # "cross entropy": a noun the tagger took for a verb, before a noun no verb takes bare
    tagged = [(word, "JJ" if tag == "RB" and 0 < index < len(tagged) - 2 and tagged[index + 1][1] in ("VBN", "JJ") else tag)
              for index, (word, tag) in enumerate(tagged)]  # "4 closely related metrics": an adverb of a modifier, in the phrase
    tags = [tag for _word, tag in tagged]
    last, tag = tagged[-1]
    noun = tag.startswith("NN") or (tag in ("JJ", "VBG") and "NOUN" in tagger.readings(last)) \
        or (tag == "VBG" and (len(tags) == 1 or tags[-2].startswith("NN")))  # "kestrel metric", "model serving", "reranking"
    plural_inside = any(t == "NNS" and only_a_verb(word) for word, t in tagged[:-1])
    # "stores embeddings", "seals walls with clay": a verb in the third person first, which a compound's first noun is not
    plural_inside = plural_inside or (len(tagged) > 1 and tags[0] == "NNS" and "VERB" in tagger.readings(tagged[0][0]))
    return (noun and tags[0] != "RB" and not any(t in _NO_NAME for t in tags) and not plural_inside  # "retrieves documents": a verb
            and all(t in _NAME_TAGS or word in ("of", "and", "&") or _joins(tagged, index) for index, (word, t) in enumerate(tagged))
            and (participle_first(tagged) or not clauses.has_finite_verb(text)))


def naming_words(text: str) -> str:
    """ "S4 (Gu et al 2021)", "Mamba (Gu & Dao 2023) -> scales linearly": the words an item names a thing with, less
    their asides and, after a name, what an arrow says of it; the item's words otherwise ("retrieval -> reranking")."""
    named = without_asides(text).strip(" .")
    before = re.split(rf"\s+{ARROW}\s+", named, maxsplit=1)[0].strip()
    return before if before and noun_phrase(before).is_name else named


def done_by(text: str) -> bool:
    """ "split by section", "group into clusters": a verb's base form and how it is done, an instruction, whatever
    noun the tagger makes of the verb; not "retrieval by keyword" (no verb) nor "learning by doing"."""
    words = text.lower().split()
    return len(words) > 2 and words[1] in ("by", "into", "with", "using", "via") and clauses.is_base_verb(words[0])


def name_tags(text: str) -> list[str]:
    """The mended tags of a phrase's words, a past form before its noun an adjective ("supervised finetuning")."""
    tagged = [(word.lower(), tagger.corrected(word, tag)) for word, tag in tagger.tagged(text)]
    return ["JJ" if index == 0 and participle_first(tagged) else tag for index, (_word, tag) in enumerate(tagged)]


def participle_first(tagged: list[tuple[str, str]]) -> bool:
    """ "supervised finetuning", "pretrained models": a past form, then only the words of a noun phrase, ending on its noun."""
    tags = [tag for _word, tag in tagged]
    return len(tags) > 1 and tags[0] in ("VBD", "VBN", "JJ") and tagged[0][0].endswith("ed") \
        and all(t in ("NN", "NNS", "VBG", "JJ") for t in tags[1:]) and tags[-1] in ("NN", "NNS", "VBG")


def _joins(tagged: list[tuple[str, str]], index: int) -> bool:
    """ "AI as a judge", "similarity to reference data": a preposition between two nouns of a name, an
    article right after it."""
    word, tag = tagged[index]
    if tag == "DT":
        return 1 < index < len(tagged) - 1 and tagged[index - 1][0] in _IN_A_NAME and word in ("a", "an", "the")
    return tag in ("IN", "TO") and word in _IN_A_NAME and 0 < index < len(tagged) - 1 and tagged[index - 1][1].startswith("NN")


def only_a_verb(word: str) -> bool:
    """ "retrieves", "splits": a word the tagger may call a plural noun that the dictionary knows as a verb only."""
    known = tagger.readings(word.lower())
    return "VERB" in known and "NOUN" not in known


_PLAIN_WORDS = re.compile(r"[\w'-]+(?: [\w'-]+)*")


def names_a_kind_of(kind: str, member: str) -> bool:
    """Whether `member` names a kind of `kind` by ending on its words, being more than them ("model
    parallelism" and "parallelism", "self-attention" and "attention"): not "dense model" under
    "sparse models", nor "tensor parallelism" under "model parallelism", though each shares a head.
    Not a phrase whose head is elsewhere ("introduction to quantization", "intuition of inertia"), a
    doing ("Running LLMs"), a degree or a place in order ("lower perplexity", "first eigenvector")."""
    if not _PLAIN_WORDS.fullmatch(member) or opens_with_a_doing(kind) or opens_with_a_doing(member):
        return False  # "LangChain - OpenAI's RAG": a title
    kind_words, member_words = _words(kind), _words(member)
    if _JOINING & {*kind.lower().split(), *member.lower().split()} or member_words[0] in ORDINALS \
            or tagger.tagged(member.split()[0])[0][1] in ("JJR", "JJS", "RBR", "RBS"):
        return False
    return bool(kind_words) and len(member_words) > len(kind_words) and member_words[-len(kind_words):] == kind_words


def a_kind_of_the_class(kind: str, member: str) -> bool:
    """ "replica parallelism" under "data-level parallelism": a class a sorting compound names
    (kg.ingest.copulas.CLASSIFYING: -level, -based, ...) has as kinds the items that share its head."""
    kind_words, member_words = _words(kind), _words(member)
    return len(kind.split()) == 2 and CLASSIFYING.fullmatch(kind.split()[0]) is not None and len(member_words) > 1 \
        and member_words[-1] == kind_words[-1] and member_words != kind_words and not opens_with_a_doing(member)


# what a term says it is, first thing: "is a feed-forward network ...", "a den lined with clay"
_ITS_KIND = re.compile(r"^(?:(?:is|are)\s+)?(?:an?|the)\s+(?P<kind>[^,.;:()]+?)(?=\s+(?:that|which|who|with|for|of|to|in|on|where|by)\b|[,.;:(]|$)")


def shares_the_head(label: str, written: str, said: str) -> bool:
    """ "- **Wall den:**" / "  - **Clay den:** lined with clay": a kind of wall den, sharing its head; not a term that
    says it is a thing of another head ("  - **Moss den** is a bed of moss": a den set beside it, as the notes nest it)."""
    head = head_shared(label, written)
    said = said.strip()[len(written):] if said.lower().startswith(written.lower()) else said  # "Moss den is a bed ..."
    kind = _ITS_KIND.match(said.strip())
    return head is not None and (kind is None or head in kind["kind"].lower().split()[:3])


def stands_for_words(record: Record) -> bool:
    """ "DN", also written "den nook": an abbreviation of common words, a common noun as they are."""
    return any(alias.islower() and " " in alias and spelled_out(record.label, alias) for alias in record.aliases)


def head_shared(kind: str, member: str) -> str | None:
    """The head noun a term shares with a heading of another modifier ("explicit feedback" under "## User
    feedback": feedback), of which it is a kind; none for a shell or an attribute ("dense model" under "##
    Sparse models", "batch size" under "## Model size") nor a term of one word or a doing."""
    kind_words, member_words = _words(kind), _words(member)
    if len(kind_words) < 2 or len(member_words) < 2 or kind_words[-1] != member_words[-1] \
            or member_words[-len(kind_words):] == kind_words or kind_words[-len(member_words):] == member_words:
        return None
    head = kind_words[-1]
    if is_shell(head) or head in ATTRIBUTE_HEADS or not names_a_kind_of(head, member) or opens_with_a_doing(kind) \
            or member_words[0] in DEGREE or re.search(r"\s(?:of|for|in|on|with|to|from|by|vs\.?|and|or|&)\s", kind.lower()):
        return None  # "Low inertia" under "## Intuition of inertia": a degree of it, under a heading whose head is "intuition"
    return head


_WORD_BREAKS = re.compile(r"[\s-]+")


def _words(label: str) -> list[str]:
    return _WORD_BREAKS.split(fold(singular_phrase(as_term(label))))


KINDS = "kinds"  # what introduces a list under "- three kinds of tools:": kinds, even an item over items of its own
_NAMES_KINDS = re.compile(r"\b(?:types?|kinds?|famil(?:y|ies)|categor(?:y|ies)|sorts?|flavou?rs?|variants?|buckets?|groups?)\s+of\b"
                          r"|\s(?:types|kinds|categories|variants):?$", re.IGNORECASE)  # "drift kinds:" too


def kinds_or_members(line: str) -> str:
    """How a label introduces the list below it: "three kinds of tools:", "drift kinds:" its kinds (KINDS), "Vector databases:" its
    members ("isA"), which may be topics when they head items of their own."""
    return KINDS if _NAMES_KINDS.search(line) else "isA"


def lists_its_members(paragraph: Paragraph, listed_under: tuple[Record, str] | None, record: Record) -> bool:
    """ "- three kinds of tools:" / "  - knowledge augmentation: A, B", "## Types" / "1. **knowledge augmentation** — A, B":
    a term that is itself one of the kinds listed, whose own list holds things of that kind; not a name ("  - IVF:
    k-means clusters, ...", what it does)."""
    if not paragraph.has_colon or record.is_name:
        return False
    if listed_under is not None:
        return listed_under[1] in ("isA", KINDS)
    title = as_term(paragraph.headings[-1].title) if paragraph.headings and not paragraph.parents else ""
    return bool(title) and (singular_phrase(fold(title)) in TYPE_WORDS or types_named(title) is not None)


def within_the_item(paragraph: Paragraph, parent: Record) -> bool:
    """Whether an item's term, nested under a bare item, is a thing within it: not the subject of a sentence its
    text goes on with ("- **MLP module** is a feed-forward network", "- **Adam** keeps two states"), a thing named
    after the parent ("  - metrics: A, B" under "- lexical similarity", its metrics), what a line says of a thing
    ("- Formula: ..."), a letter ("- T = 0 ..."), nor a term under a remark ("- **Analogy recap**:")."""
    term = (paragraph.term or "").strip()
    after = paragraph.text.strip()[len(term):] if term and paragraph.text.strip().startswith(term) else paragraph.text
    opening = tagger.tagged(" ".join(after.split()[:2]))
    if not paragraph.has_colon and opening and (opening[0][1] in ("VBZ", "VBP", "VBD", "MD") or clauses.can_be_verb(opening[0][0])
                                                and len(opening) > 1 and opening[1][1] in ("DT", "PRP$", "PRP", "CD")):
        return False  # no colon or dash between: the term is the verb's subject ("- **position bias:** favors ..." is terse)
    return len(term) > 1 and parent.label.lower() not in term.lower() and term.lower() not in SAID_OF_A_THING \
        and not is_remark(parent.label.split()[-1])


def a_side_labelled(term: str | None, record: Record | None, kind: Record, paragraph: Paragraph) -> bool:
    """ "- **Den Metrics:** ..." / "  - safety: fox risk, flood risk": a word in small letters, not in bold, that labels a
    list under a kind says which side of the kind the list is on, no member of it ("latency metrics: A, B" ends on the
    kind's word and is one, and so is a term in bold, "  - **moss plug**: a plug, cheap, fast")."""
    if record is None or not term or not term[:1].islower() or not paragraph.has_colon or "," not in paragraph.text:
        return False
    heads = {singular_phrase(r.final().label.split()[-1].lower()) for r in (record, kind)}
    return len(heads) == 2 and not any(fold(written) == fold(term) for written in paragraph.emphasized)  # not a term in bold


def name_before_a_dash(paragraph: Paragraph) -> Phrase | None:
    """ "- SDMs (state den models) — promising for long dens" over items: an acronym in the plural, a class of things, before a
    dash heads the items below it as a bold term would; not a name of one thing ("- Moss Labs — a den maker")."""
    found = re.match(r"(?P<named>[A-Z][A-Z0-9-]*[A-Z]s(?:\s+\([^()]{2,60}\))?)\s+[-—–]\s+\S", paragraph.text)  # the dash as written or spaced
    return named if found is not None and keep(named := noun_phrase(found["named"])) else None
