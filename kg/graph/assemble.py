"""Concepts and statements -> RDF quads: one IRI per concept, every statement in the named graph of
the file and line it came from, and each such graph described in the default graph."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

import pyoxigraph as ox

from kg.schema import vocab
from kg.graph.digests import DIGEST, in_graph_order, line, of_graphs, of_lines
from kg.graph.serialize import iris as _iris_of
from kg.graph import templated
from kg.graph.serialize import prefixes_of, sort_key, term_iri, union_in_order
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
    """Quads gathered for one build, with the source locations they need described. A quad in a
    named graph comes through add(), which notes its IRIs; the few of the default graph (the
    scheme's) go into `quads` as they are."""

    names: Namespaces
    quads: set[ox.Quad] = field(default_factory=set)
    locations: dict[ox.NamedNode, Source] = field(default_factory=dict)
    graphs: dict[Source, ox.NamedNode] = field(default_factory=dict)  # made once per source: a quoted IRI
    # the IRIs of the triples add() made, as serialize.iris finds them: noted as each comes, where
    # a pass over the quads would make every term of each anew
    iris: set[str] = field(default_factory=set)
    # each quad with its triple's N-Triples, as _pieces() finds them to sort the named graphs by,
    # made once: union_in_order() needs no key of its own then, nor a pass over every quad for those
    # of the default graph; sorted there, once aie.trig is written and the store loads from it
    _union: tuple[int, list[tuple[str, ox.Quad]], list[ox.Quad]] | None = field(default=None, init=False, repr=False)  # (of how many quads, the keyed quads, the default graph's)

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal, source: Source) -> None:
        graph = self.graphs.get(source)
        if graph is None:
            graph = self.graphs[source] = self.names.location(source)
            self.locations.setdefault(graph, source)
        self.quads.add(ox.Quad(s, p, o, graph))
        for term in (s, o) if p == RDF_TYPE else (s, p, o):
            if (iri := term_iri(term)) is not None:
                self.iris.add(iri)

    def described(self) -> Iterable[ox.Quad]:
        """The quads, and in the default graph what each source location is, with the digest of its
        statements; on the scheme, the digest of the whole (kg.digests: what `kg push` compares)."""
        yield from self.quads
        descriptions = _Descriptions(self)
        for graph, source in self.locations.items():
            yield from descriptions.of(graph, source)
        yield descriptions.whole()

    def in_order(self) -> tuple[Iterator[ox.Quad], set[str]]:
        """What described() gives, in the order serialize.sort_key sorts it, made as it is written;
        and the IRIs it holds, as serialize.iris gives them, for the prefixes to declare. Most of a
        dataset is the description of its source locations (six or eight quads each): here each
        location's are made when it comes, never all held at once nor given a sort key each."""
        pieces, iris, descriptions = self._pieces()
        return (quad for piece in pieces for quad in (descriptions.of(*piece) if isinstance(piece, tuple) else piece)), iris

    def trig_pieces(self, prefixes: dict[str, str]) -> tuple[Iterator[str | list[ox.Quad]], dict[str, str]]:
        """in_order()'s quads as kg.graph.templated writes them: a location's description as text
        from its kind's template where it has one; and the prefixes they use (serialize.prefixes_of)."""
        pieces, iris, descriptions = self._pieces()
        used = prefixes_of(iris, prefixes)
        texts = _Texts(descriptions, used)
        return (texts.of(*piece) if isinstance(piece, tuple) else piece for piece in pieces), used

    def _pieces(self) -> tuple[Iterator[tuple[ox.NamedNode, Source] | list[ox.Quad]], set[str], _Descriptions]:
        """in_order()'s quads in pieces: a location with nothing else said of it as (its graph, its
        source), whose description is made as it comes; any other subject of the default graph as
        its quads; then the named graphs' quads, one list. With the IRIs, and the descriptions.

        The default graph comes first: its subjects in order (a location is one subject), each
        subject's quads sorted; then the named graphs' quads. That is sort_key's order: a subject,
        an IRI or a blank node, holds no space, so quads sort by their subjects first."""
        by_graph: dict[ox.NamedNode, list[ox.Quad]] = {}
        subjects: dict[str, list[ox.Quad]] = {}
        for quad in self.quads:
            graph = quad.graph_name  # made anew at each access: once
            if isinstance(graph, ox.DefaultGraph):
                subjects.setdefault(str(quad.subject), []).append(quad)
            else:
                by_graph.setdefault(graph, []).append(quad)  # type: ignore[arg-type]
        # the named graphs' quads sorted first, as they are written last, with each graph's digest,
        # which the default graph's descriptions hold
        texts: list[tuple[str, ox.Quad]] = []
        named, digests = in_graph_order(by_graph, texts)
        del by_graph
        default = [quad for group in subjects.values() for quad in group]
        self._union = (len(self.quads), texts + [(str(quad.triple), quad) for quad in default], default)
        del texts
        descriptions = _Descriptions(self, (digests, [line(quad) for quad in default]))
        whole = descriptions.whole()
        subjects.setdefault(str(whole.subject), []).append(whole)
        located = {str(graph): (graph, source) for graph, source in self.locations.items()}
        iris = self.iris | _iris_of([*default, whole]) | descriptions.iris()  # a named graph is a location

        def ordered() -> Iterator[tuple[ox.NamedNode, Source] | list[ox.Quad]]:
            for subject in sorted(subjects.keys() | located.keys()):
                if subject not in subjects:  # a location and nothing else
                    yield located[subject]
                    continue
                described = descriptions.of(*located[subject]) if subject in located else []
                yield sorted([*subjects[subject], *described], key=sort_key)
            yield named

        return ordered(), iris, descriptions

    def union_in_order(self) -> tuple[Iterator[ox.Triple], set[str]]:
        """serialize.union_in_order of the quads, with the IRIs add() noted."""
        if self._union is not None and self._union[0] == len(self.quads):  # no quad added since
            _count, keyed, default = self._union
            self._union = None
            return (quad.triple for quad in _one_per_triple(keyed)), self.iris | _iris_of(default, graphs=False)
        default = [quad for quad in self.quads if isinstance(quad.graph_name, ox.DefaultGraph)]
        return union_in_order(self.quads, self.iris | _iris_of(default, graphs=False))


def _one_per_triple(texts: list[tuple[str, ox.Quad]]) -> list[ox.Quad]:
    """Of (a quad's triple's N-Triples, the quad), one quad per triple, in the order of the texts:
    sort_key's order of the union's triples (serialize.union_in_order: their keys are the texts
    after one NUL each)."""
    texts.sort(key=itemgetter(0))
    last = None
    found = []
    for text, quad in texts:
        if text != last:
            last = text
            found.append(quad)
    return found


class _Descriptions:
    """What the default graph says of each source location of some quads: its kind, file, line and
    method, the digest of its statements (kg.digests), and the rule that read them with its tier."""

    def __init__(self, quads: Quads, digests: tuple[dict[ox.NamedNode, str], list[bytes]] | None = None) -> None:
        """`digests`: of_graphs(quads.quads), when the caller has them."""
        self.names, self.locations = quads.names, quads.locations
        self.digests, self.default_lines = of_graphs(quads.quads) if digests is None else digests
        # the terms the descriptions share, made once rather than at every location
        self.kind, file, line, method, rule, tier = (
            vocab.term(n) for n in ("SourceLocation", "file", "line", "method", "rule", "tier"))
        self.term, self.file_iri = cache(vocab.term), cache(self.names.file)
        self.text = cache(ox.Literal)  # a file's name or a rule's, shared by their locations
        self.number = cache(lambda n: ox.Literal(str(n), datatype=XSD_INTEGER))
        # a description's predicates in the order sort_key puts its quads (a location is one subject,
        # and each predicate comes once: by the predicate alone), so that they are made in order
        self.predicates = (RDF_TYPE, file, line, method, vocab.DERIVED_FROM, DIGEST, rule, tier)
        self.order = sorted(range(len(self.predicates)), key=lambda i: str(self.predicates[i]))

    def of(self, graph: ox.NamedNode, source: Source, digest: str | None = None) -> list[ox.Quad]:
        """The quads that describe one location, in sort_key's order; `digest`: in place of its own."""
        ruled = bool(source.rule)
        objects = (self.kind, self.text(source.file), self.number(source.line), self.term(source.method),
                   self.file_iri(source.file), ox.Literal(self.digests[graph] if digest is None else digest),
                   self.text(source.rule) if ruled else None, self.term(source.tier.capitalize()) if ruled else None)
        # in the default graph: a Quad given none is made several times faster than one given DefaultGraph()
        return [ox.Quad(graph, self.predicates[i], objects[i]) for i in self.order if ruled or i < 6]

    def whole(self) -> ox.Quad:
        """The scheme's digest: of the default graph's statements and of every location, with its
        method and digest, which with its IRI (file and line) is all its description says."""
        lines = [*self.default_lines, *(f"{graph} {source.method} {self.digests[graph]}\n".encode("utf-8")
                                        for graph, source in self.locations.items())]
        return ox.Quad(self.names.scheme, DIGEST, ox.Literal(of_lines(lines)), ox.DefaultGraph())

    def iris(self) -> set[str]:
        """The IRIs of every description, without making each: every location's and file's IRI, and
        the rest from one description of each kind of location (its method, rule or none, tier)."""
        found: set[str] = set()
        kinds: dict[tuple[str, bool, str], tuple[ox.NamedNode, Source]] = {}
        for graph, source in self.locations.items():
            found.add(graph.value)
            found.add(self.file_iri(source.file).value)
            kinds.setdefault((source.method, bool(source.rule), source.tier), (graph, source))
        return found | _iris_of(q for graph, source in kinds.values() for q in self.of(graph, source))


class _Texts:
    """Locations' descriptions as TriG text, from their kind's template (kg.graph.templated)."""

    def __init__(self, descriptions: _Descriptions, prefixes: dict[str, str]) -> None:
        self.descriptions, self.prefixes = descriptions, prefixes
        self.head = templated.header(prefixes)
        # (file, method, rule) -> its location IRI's text before and after the line, and its template
        self.kinds: dict[tuple[str, str, str], tuple[str, str, str] | None] = {}

    def of(self, graph: ox.NamedNode, source: Source) -> str | list[ox.Quad]:
        """The description's text; its quads when its kind has no template, or when the graph is not
        the one its source names (as Quads.add makes them)."""
        kind = (source.file, source.method, source.rule)
        found = self.kinds[kind] if kind in self.kinds else self._kind(source)
        if found is not None:
            before, after, form = found
            line = str(source.line)
            if type(source.line) is int and source.line >= 0 and graph.value == before + line + after:
                return form.format(line, self.descriptions.digests[graph])
        return self.descriptions.of(graph, source)

    def _kind(self, source: Source) -> tuple[str, str, str] | None:
        stand_in = source._replace(line=int(templated.LINE))
        graph = self.descriptions.names.location(stand_in)
        form = templated.template(self.descriptions.of(graph, stand_in, templated.DIGEST), self.prefixes, self.head)
        parts = graph.value.split(templated.LINE)
        found = self.kinds[source.file, source.method, source.rule] = (
            (parts[0], parts[1], form) if form is not None and len(parts) == 2 else None)
        return found


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
