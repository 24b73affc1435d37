"""What reading notes yields: the concepts met (a lexicon), the statements between them, the
topics (headings) and the warnings worth a person's look."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.ingest import classify
from kg.ingest.benchmark_topics import topic_evaluated
from kg.ingest.citations import written_makers
from kg.ingest.claims import MITIGATED_BY
from kg.ingest.lexicon import Lexicon, Record, Statement
from kg.ingest.markdown import Heading
from kg.ingest.memo import SentenceReadings
from kg.ingest.modifiers import a_degree_of, gathers
from kg.ingest.nouns import NAMED_KINDS, ROLES, Phrase, keep, names_a_doing, noun_phrase
from kg.ingest.singular import singular_phrase
from kg.labels import initials, key
from kg.source import Source


@dataclass
class Topic:
    """A heading of a notes file; `key` is unique across files."""

    key: str
    title: str
    source: Source
    parent: str | None
    empty: bool


@dataclass
class Warning:
    source: Source
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class Extraction:
    lexicon: Lexicon = field(default_factory=Lexicon)
    statements: list[Statement] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # each heading's key -> its title, topic or section
    file_topics: dict[str, str] = field(default_factory=dict)  # a note about one concept: its folder's topic
    warnings: list[Warning] = field(default_factory=list)
    entries: list[tuple[Record, tuple[Heading, ...], str]] = field(default_factory=list)
    classes: dict[Record, str] = field(default_factory=dict)
    readings: SentenceReadings = field(default_factory=SentenceReadings)  # a sentence met again is not read again
    linked_items: dict[tuple[str, int], Record | None] = field(default_factory=dict)  # (file, item) -> what the link opening it names (None: two)
    things: dict[str, bool] = field(default_factory=dict)  # label -> whether it names a thing, asked by a worker (kg.ingest.mentions)
    note_concepts: dict[str, Record] = field(default_factory=dict)  # a note about one concept, by file: that concept

    def absorb(self, other: Extraction) -> None:
        """Take in what another notes file says, read apart: its concepts join those of the same name."""
        self.lexicon.absorb(other.lexicon)
        self.statements += other.statements
        self.topics.update(other.topics)
        self.titles.update(other.titles)
        self.file_topics.update(other.file_topics)
        self.warnings += other.warnings
        self.entries += other.entries
        self.linked_items.update(other.linked_items)
        self.things.update(other.things)
        self.note_concepts.update(other.note_concepts)

    def state(self, subject: Record, relation: str, obj: Record, source: Source) -> None:
        subject, obj = subject.final(), obj.final()
        if relation == MITIGATED_BY:  # "## Mitigations" of hallucination: each is used against it
            subject, relation, obj = obj, "usedFor", subject
        if relation == "isA" and obj.label.lower() in _MATERIAL and names_a_doing(subject.label):
            return  # "Data augmentation — new data made from real data": a doing is no kind of what it makes or reads
        if relation == "isA" and a_degree_of(obj.label):
            return  # "Online API: low latency": what it has, measured, no kind of thing it is
        if relation == "usedFor" and singular_phrase(obj.label.lower()) in ROLES | _AUDIENCES:
            return  # "Great for beginners": who it suits, no use it is put to
        if subject is not obj and not (relation == "isA" and _of_its_own_name(key(subject.label), key(obj.label))):  # "Adapters isA adapter": no kind of itself
            self.statements.append(Statement(subject, relation, obj, source))
        if relation == "isA" and subject.is_name and (topic := topic_evaluated(obj.label)) is not None:  # "DenEval is a den-mapping benchmark":
            # what it tests (a benchmark has a name: "den mapping, and other burrow benchmarks" tests none)
            self.state(subject, "evaluates", self.lexicon.concept(noun_phrase(topic), source), source.by("benchmark-topic"))

    def state_named_kind(self, record: Record, phrase: Phrase, source: Source) -> None:
        """ "the Rensa library", "- Zorpco's DenQA benchmark = ...": a name written with a word for its kind is one of it."""
        if phrase.head in NAMED_KINDS:
            self.state(record, "isA", self.lexicon.concept(noun_phrase(phrase.head), source), source.by("name-and-kind"))

    def state_owner(self, record: Record, phrase: Phrase, source: Source) -> None:
        """Who made what a phrase names, when it says so: "Google's Gemma", "FAISS (Meta)", "LIMA (Zhou et al., 2023)"; not
        "Gemini Ultra's MMLU score", a figure the owner got on a thing it did not make."""
        if phrase.owner and (phrase.head in _FIGURES or phrase.owned == "cited"):
            return  # "leaks den locations (Ng et al., 2022)": where a finding is from (an entry's term or a clause's subject is theirs)
        if phrase.owner and phrase.owned == "product":  # "vLLM's PagedAttention": vLLM uses it
            self.state(self.lexicon.concept(noun_phrase(phrase.owner), source), "uses", record, source.by("possessive"))
        elif phrase.owner:  # "FAISS (Facebook/Meta)": one maker by two names; "(Ma et al. 2024, Microsoft)": authors and organisation
            for name, authors in written_makers(phrase.owner):
                owner = self.lexicon.concept(noun_phrase(name), source)
                owner.hint(classify.CATEGORY, "Person" if authors else "Organization")
                rule = "citation" if authors else "organisation-in-parentheses" if phrase.owned == "citation" else phrase.owned
                self.state(record, "developedBy", owner, source.by(rule))

    def concept(self, phrase: Phrase, source: Source, topic: str | None) -> Record:
        """The record of a phrase, with what the phrase says besides: its owner, its head noun."""
        phrase = way_of_doing(phrase)
        if phrase.head in NAMED_KINDS and re.fullmatch(r"[A-Z][A-Z0-9]+", phrase.label) and phrase.aliases \
                and (known := self.lexicon.find(phrase.label)) is not None and not known.is_name:
            phrase = Phrase(phrase.aliases[0], (), None, False)  # "an MCQ benchmark" after "multiple-choice questions (MCQs)": a kind of benchmark
        record = self.lexicon.concept(phrase, source)
        if topic:
            record.topics.add(topic)
        self.state_owner(record, phrase, source)
        if phrase.head:
            record.hint(classify.DEFINED_AS, classify.class_of_word(phrase.head))
        self.state_named_kind(record, phrase, source)
        if phrase.kind and keep(kind := noun_phrase(phrase.kind)) and not gathers(kind.label) and not _said_of(phrase.label, phrase.kind):  # "ALFWorld (text-based game)"
            self.state(record, "isA", self.lexicon.concept(kind, source), source.by("gloss-in-parentheses"))
        return record


def _said_of(name: str, gloss: str) -> bool:
    """ "DenScore (claw marks from DenNet)": a gloss with a preposition says what the name holds or comes from, no kind
    ("ALFWorld (text-based game)" is one); "DN Tools (den nook)": the words a name's capitals stand for."""
    return re.search(r"\s(?:of|from|in|on|for|with|by|to|at)\s", gloss) is not None \
        or any(initials(word, gloss) for word in name.split())


_WAYS = re.compile(r"\s(?:method|technique|approach|strategy|option|variant)s?$", re.IGNORECASE)
_MATERIAL = frozenset({"data", "text", "content", "information", "knowledge", "output", "input"})  # what doings make or read
_FIGURES = frozenset({"score", "result", "rank", "ranking", "performance", "accuracy", "number", "rating"})  # "Zorpco's DenQA score"
_AUDIENCES = frozenset({"beginner", "newcomer", "novice", "learner", "newbie", "everyone", "anyone"})  # whom a thing suits


_WAYS_TO = re.compile(r"^(?:approach|method|technique|way|strategy)\s+(?:to|for|of)\s+(?P<doing>[a-z][\w -]+)$")


def way_of_doing(phrase: Phrase) -> Phrase:
    """ "preference finetuning method", "sampling strategies": a way of a doing is the doing, by
    another name ("RLHF is a preference finetuning method": a kind of preference finetuning)."""
    found = _WAYS.search(phrase.label)
    doing = phrase.label[: found.start()] if found else ""
    if (led := _WAYS_TO.match(phrase.label)) is not None:
        doing = led["doing"]  # "approach to merging", "method for quantization": the doing, by another name
    if not doing or phrase.is_name or not names_a_doing(doing):
        return phrase
    return replace(phrase, label=doing, aliases=tuple(dict.fromkeys((phrase.label, *phrase.aliases))))


def _of_its_own_name(thing: str, kind: str) -> bool:
    """ "adapters" and "adapter", "Yi" and "Yi models": a kind that is the thing's own name, or its name and one word for
    what it is, says nothing of the thing."""
    return kind == thing or kind.startswith(f"{thing} ") and " " not in kind[len(thing) + 1:]
