"""Concepts and statements -> RDF quads: one IRI per concept, every statement in the named graph of
the file and line it came from, and each such graph described in the default graph."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox

from kg.schema import vocab
from kg.graph.digests import DIGEST, of_graphs, of_lines
from kg.ingest.extraction import Extraction
from kg.labels import slug
from kg.ingest.lexicon import Record
from kg.graph.namespaces import WORKSPACE, Namespaces
from kg.source import Source
from kg.schema.vocab import ALT_LABEL, BROADER, DEFINITION, IN_SCHEME, PREF_LABEL, RDF_TYPE, SEE_ALSO, SKOS, SUBJECT

HIDDEN_LABEL = ox.NamedNode(SKOS + "hiddenLabel")
XSD_INTEGER = ox.NamedNode(vocab.XSD + "integer")


@dataclass
class Quads:
    """Quads gathered for one build, with the source locations they need described."""

    names: Namespaces
    quads: set[ox.Quad] = field(default_factory=set)
    locations: dict[ox.NamedNode, Source] = field(default_factory=dict)
    graphs: dict[Source, ox.NamedNode] = field(default_factory=dict)  # made once per source: a quoted IRI

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal, source: Source) -> None:
        graph = self.graphs.get(source)
        if graph is None:
            graph = self.graphs[source] = self.names.location(source)
            self.locations.setdefault(graph, source)
        self.quads.add(ox.Quad(s, p, o, graph))

    def described(self) -> Iterable[ox.Quad]:
        """The quads, and in the default graph what each source location is, with the digest of its
        statements; on the scheme, the digest of the whole (kg.digests: what `kg push` compares)."""
        yield from self.quads
        default = ox.DefaultGraph()
        digests, whole = of_graphs(self.quads)
        # the terms the descriptions share, made once rather than at every location
        kind, file, line, method, rule, tier = (vocab.term(n) for n in ("SourceLocation", "file", "line", "method", "rule", "tier"))
        term, file_iri = cache(vocab.term), cache(self.names.file)
        for graph, source in self.locations.items():
            described = [
                ox.Quad(graph, RDF_TYPE, kind, default),
                ox.Quad(graph, file, ox.Literal(source.file), default),
                ox.Quad(graph, line, ox.Literal(str(source.line), datatype=XSD_INTEGER), default),
                ox.Quad(graph, method, term(source.method), default),
                ox.Quad(graph, vocab.DERIVED_FROM, file_iri(source.file), default),
                ox.Quad(graph, DIGEST, ox.Literal(digests[graph]), default),
            ]
            if source.rule:
                described.append(ox.Quad(graph, rule, ox.Literal(source.rule), default))
                described.append(ox.Quad(graph, tier, term(source.tier.capitalize()), default))
            whole.append(f"{graph} {source.method} {digests[graph]}\n".encode("utf-8"))  # all its description says
            yield from described
        yield ox.Quad(self.names.scheme, DIGEST, ox.Literal(of_lines(whole)), default)


def _link(url: str) -> ox.NamedNode | ox.Literal:
    """A link as an IRI when it is one; a relative or malformed one stays a literal rather than fail."""
    try:
        return ox.NamedNode(url) if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", url) else ox.Literal(url)
    except ValueError:
        return ox.Literal(url)


def _topic_iris(extraction: Extraction, names: Namespaces) -> dict[str, ox.NamedNode]:
    """A short IRI per heading: its title's slug, with its parent's before it when two headings share one."""
    taken: set[str] = set()
    iris: dict[str, ox.NamedNode] = {}
    for key, topic in sorted(extraction.topics.items(), key=lambda item: (item[1].source.file, item[1].source.line)):
        parent = extraction.topics.get(topic.parent or "")
        candidates = [slug(topic.title)] + ([f"{slug(parent.title)}-{slug(topic.title)}"] if parent else [])
        chosen = next((c for c in candidates if c not in taken), None)
        counter = 2
        while chosen is None:
            chosen = f"{candidates[0]}-{counter}" if f"{candidates[0]}-{counter}" not in taken else None
            counter += 1
        taken.add(chosen)
        iris[key] = ox.NamedNode(names.topic + chosen)
    return iris


def concept_iris(records: list[Record], names: Namespaces) -> dict[Record, ox.NamedNode]:
    """A readable, stable IRI per concept; two labels with one slug get -2, -3 in label order."""
    taken: dict[str, int] = {}
    iris: dict[Record, ox.NamedNode] = {}
    for record in sorted(records, key=lambda r: (slug(r.label), r.label)):
        base = slug(record.label)
        taken[base] = taken.get(base, 0) + 1
        iris[record] = ox.NamedNode(names.concept + (base if taken[base] == 1 else f"{base}-{taken[base]}"))
    return iris


def assemble(extraction: Extraction, names: Namespaces, title: str) -> tuple[Quads, dict[Record, ox.NamedNode]]:
    """The quads of the notes' concepts, topics and statements."""
    out = Quads(names)
    records = extraction.lexicon.live()
    iris = concept_iris(records, names)
    topics = _topic_iris(extraction, names)
    default = ox.DefaultGraph()
    out.quads.add(ox.Quad(names.scheme, RDF_TYPE, vocab.CONCEPT_SCHEME, default))
    out.quads.add(ox.Quad(names.scheme, vocab.TITLE, ox.Literal(title, language="en"), default))
    if names.workspace:  # what `kg push` checks before it replaces a collection on a server
        out.quads.add(ox.Quad(names.scheme, WORKSPACE, ox.Literal(names.workspace), default))
    for key, topic in extraction.topics.items():
        iri = topics[key]
        out.add(iri, RDF_TYPE, vocab.term("Topic"), topic.source)
        out.add(iri, PREF_LABEL, ox.Literal(topic.title, language="en"), topic.source)
        out.add(iri, IN_SCHEME, names.scheme, topic.source)
        if topic.parent in topics:
            out.add(iri, BROADER, topics[topic.parent], topic.source)
    for record in records:
        iri = iris[record]
        where = record.defined_at or min(record.sources)
        out.add(iri, RDF_TYPE, vocab.term(extraction.classes.get(record, "Concept")), where)
        out.add(iri, IN_SCHEME, names.scheme, where)
        out.add(iri, PREF_LABEL, ox.Literal(record.label, language="en"), where)
        for alias in record.aliases:
            out.add(iri, ALT_LABEL, ox.Literal(alias, language="en"), where)
        for hidden in record.hidden:
            out.add(iri, HIDDEN_LABEL, ox.Literal(hidden, language="en"), where)
        if record.definition:
            text = " ".join(dict.fromkeys(part.strip() for part in record.definition if part.strip()))
            out.add(iri, DEFINITION, ox.Literal(text, language="en"), where)
        for url in record.see_also:
            out.add(iri, SEE_ALSO, _link(url), where)
        for key in record.topics:
            if key in topics:
                out.add(iri, SUBJECT, topics[key], where)
    for statement in extraction.statements:
        subject, obj = iris[statement.subject.final()], iris[statement.object.final()]
        out.add(subject, vocab.term(statement.relation), obj, statement.source)
    return out, iris
