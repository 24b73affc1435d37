"""KnowledgeGraph: the built graph, as a pyoxigraph store, with names resolved to concepts and
every asserted relation given back with the file and line it came from; SPARQL over it, and the
graph as networkx and rdflib objects (kg.graph.as_networkx, kg.graph.as_rdflib) for notebooks.

pyoxigraph rather than rdflib on this path: it imports in ~30 ms where rdflib takes ~270 ms, and
loads Turtle some 15 times faster, which is what keeps `kg show` quick (see README, "Design").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

import pyoxigraph as ox

from kg.schema import vocab
from kg.errors import RDFSyntaxError, UnknownConceptError
from kg.labels import fold, named, singular_phrase
from kg.source import Source
from kg.schema.vocab import ALT_LABEL, DEFINITION, PREF_LABEL, RDF_TYPE, SEE_ALSO, SKOS

if TYPE_CHECKING:
    from pathlib import Path

    import networkx
    import rdflib

HIDDEN_LABEL = ox.NamedNode(SKOS + "hiddenLabel")


def label_from(concept: ox.NamedNode, labels: Iterable[str]) -> str:
    """A concept's label among its preferred labels: the first in order, else its IRI's last part."""
    first = min(labels, default=None)
    return first if first is not None else concept.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


class Edge(NamedTuple):
    """An asserted relation between two concepts, with where it was stated."""

    subject: ox.NamedNode
    relation: str
    object: ox.NamedNode
    sources: tuple[Source, ...]


class KnowledgeGraph:
    """A read-only view of a built graph: concepts, labels, relations and their provenance."""

    def __init__(self, store: ox.Store, names: Mapping[str, list[tuple[int, ox.NamedNode]]] | None = None,
                 sources: Mapping[ox.NamedNode, Source] | None = None, classes: Mapping[ox.NamedNode, str] | None = None) -> None:
        """`names`, `sources`, `classes`: what the graph would read of `store` (the name index, each
        named graph's source, each concept's class), when the caller knows it already."""
        self.store = store
        self._sources: dict[ox.NamedNode, Source | None] = dict(sources or {})
        self._labels: dict[ox.NamedNode, str] = {}  # a concept's label is asked for at each fact it is in
        # see _describe_every_graph; `sources` given, as `kg build` knows them, no description is read
        self._descriptions: dict[ox.NamedNode, dict[str, str]] | None = None if sources is None else {}
        if names is not None:  # an index saved beside an on-disk store (kg.store): no scan of every label
            self.__dict__["_names"] = names
        if classes is not None:  # as _classes would find them
            self.__dict__["_classes"] = dict(classes)

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        """Load the dataset `kg build` wrote (exports/aie.trig)."""
        store = ox.Store()
        try:  # load, not bulk_load: in memory it is the faster of the two (1.7 vs 2.1 ms on the notes)
            store.load(path=str(path), format=ox.RdfFormat.TRIG)
        except SyntaxError as error:
            raise RDFSyntaxError(f"column {error.offset}: {error.msg}", path=str(path), line=error.lineno) from None
        return cls(store)

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad]) -> KnowledgeGraph:
        store = ox.Store()
        store.extend(quads)
        return cls(store)

    # ------------------------------------------------------------ concepts

    @cached_property
    def _classes(self) -> dict[ox.NamedNode, str]:
        # One lookup per class of the vocabulary rather than a scan of every rdf:type, most of which
        # type source locations: on an on-disk store of 10,000 concepts, a third of the time.
        found: dict[ox.NamedNode, str] = {}
        torn: set[ox.NamedNode] = set()
        for name in sorted(vocab.classes(), key=lambda n: n == "Concept"):  # Concept only when nothing else
            for quad in self.store.quads_for_pattern(None, RDF_TYPE, vocab.term(name), None):
                if not isinstance(quad.subject, ox.NamedNode):
                    continue
                if found.setdefault(quad.subject, name) != name and name != "Concept":
                    torn.add(quad.subject)
        for concept in torn:  # two classes: the choice of the lookup of one concept, as class_of makes it
            found[concept] = self._class_of_one(concept)
        return found

    def concepts(self, *, topics: bool = True) -> list[ox.NamedNode]:
        """Every concept of the graph (each resource typed with a class of the vocabulary), by IRI."""
        return sorted((c for c, cls in self._classes.items() if topics or cls != "Topic"), key=lambda c: c.value)

    def class_of(self, concept: ox.NamedNode) -> str:
        if "_classes" in self.__dict__:
            return self._classes.get(concept, "Concept")
        return self._class_of_one(concept)

    def _class_of_one(self, concept: ox.NamedNode) -> str:
        """One concept's types, rather than a lookup of every concept's in a large graph; of two
        classes (notes and curated Turtle may disagree), the first by name, whatever the store's order."""
        known = vocab.classes()
        found = sorted(q.object.value.removeprefix(vocab.VOCAB) for q in self.store.quads_for_pattern(concept, RDF_TYPE, None, None))
        return next((name for name in found if name in known and name != "Concept"), "Concept")

    def classes(self, concept: ox.NamedNode) -> list[str]:
        """Every class of the vocabulary the concept has, sorted: ["Architecture", "Concept"]."""
        known = vocab.classes()
        return sorted({name for q in self.store.quads_for_pattern(concept, RDF_TYPE, None, None)
                       if (name := q.object.value.removeprefix(vocab.VOCAB)) in known})

    def _literals(self, concept: ox.NamedNode, predicate: ox.NamedNode) -> list[str]:
        return sorted({q.object.value for q in self.store.quads_for_pattern(concept, predicate, None, None) if isinstance(q.object, ox.Literal)})

    def label(self, concept: ox.NamedNode) -> str:
        found = self._labels.get(concept)
        if found is None:
            found = self._labels[concept] = label_from(concept, self._literals(concept, PREF_LABEL))
        return found

    def aliases(self, concept: ox.NamedNode) -> list[str]:
        return self._literals(concept, ALT_LABEL)

    def definition(self, concept: ox.NamedNode) -> str:
        return " ".join(self._literals(concept, DEFINITION))

    def see_also(self, concept: ox.NamedNode) -> list[str]:
        return sorted({q.object.value for q in self.store.quads_for_pattern(concept, SEE_ALSO, None, None)})

    def title(self) -> str | None:
        """The notes' own title: that of the concept scheme `kg build` describes (kg.graph.namespaces),
        never that of a vocabulary `kg import` brought in, whose scheme is stated in a named graph."""
        from kg.graph.namespaces import Namespaces

        names = Namespaces.of(self.store)
        titles = [] if names is None else sorted(
            q.object.value for q in self.store.quads_for_pattern(names.scheme, vocab.TITLE, None, ox.DefaultGraph())
            if isinstance(q.object, ox.Literal))
        return titles[0] if titles else None

    # ------------------------------------------------------------ relations and provenance

    def sources(self, graph: ox.NamedNode | ox.DefaultGraph) -> Source | None:
        """Where the statements of a named graph were read; looked up per graph, as few are needed
        (or read for every graph at once by _describe_every_graph, for the whole graph's edges)."""
        if not isinstance(graph, ox.NamedNode):
            return None
        if graph not in self._sources:
            if self._descriptions is not None:
                parts = self._descriptions.get(graph, {})
            else:
                parts = {q.predicate.value.removeprefix(vocab.VOCAB): q.object.value
                         for q in self.store.quads_for_pattern(graph, None, None, ox.DefaultGraph())}
            found = None
            if "file" in parts and "line" in parts:
                found = Source(parts["file"], int(parts["line"]), parts.get("method", vocab.VOCAB + "Extracted").removeprefix(vocab.VOCAB),
                               parts.get("rule", ""))
            self._sources[graph] = found
        return self._sources[graph]

    def edges(
        self, subject: ox.NamedNode | None = None, relation: str | None = None, obj: ox.NamedNode | None = None
    ) -> Iterator[Edge]:
        """Asserted relations matching a pattern (None for any), each once with all its sources, sorted."""
        if subject is None and relation is None and obj is None:
            return iter(self._every_edge)
        return self._matching_edges(subject, relation, obj)

    @cached_property
    def _every_edge(self) -> list[Edge]:  # read once: the statements, the reasoner and kg stats all walk them
        return list(self._matching_edges(None, None, None))

    def _matching_edges(self, subject: ox.NamedNode | None, relation: str | None, obj: ox.NamedNode | None) -> Iterator[Edge]:
        found: dict[tuple[ox.NamedNode, str, ox.NamedNode], list[Source]] = {}
        names: dict[ox.NamedNode, str | None] = {}  # each predicate's relation, looked up once, not at every quad
        for quad in self._relation_quads(subject, relation, obj):
            predicate = quad.predicate
            if predicate in names:
                name = names[predicate]
            else:
                rel = vocab.relation_of(predicate.value)
                name = names[predicate] = None if rel is None else rel.name
            if name is None or not isinstance(quad.object, ox.NamedNode) or not isinstance(quad.subject, ox.NamedNode):
                continue
            sources = found.setdefault((quad.subject, name, quad.object), [])
            source = self.sources(quad.graph_name)
            if source is not None and source not in sources:
                sources.append(source)
        for (s, rel_name, o), sources in sorted(found.items(), key=lambda item: (item[0][0].value, item[0][1], item[0][2].value)):
            yield Edge(s, rel_name, o, tuple(sources) if len(sources) < 2 else tuple(sorted(sources)))  # most have one

    def _relation_quads(self, subject: ox.NamedNode | None, relation: str | None, obj: ox.NamedNode | None) -> Iterator[ox.Quad]:
        """The quads that may be relations: of one concept, every quad of it (one lookup); of the
        whole graph, a lookup per relation of the vocabulary, so that labels, definitions and
        provenance, most of the quads, are never read, and the sources of every graph at once."""
        if relation is not None:
            return self.store.quads_for_pattern(subject, vocab.term(relation), obj, None)
        if subject is not None or obj is not None:
            return self.store.quads_for_pattern(subject, None, obj, None)
        self._describe_every_graph()
        if not isinstance(self.store, ox.Store):  # a remote store answers one request for all at once instead
            return self.store.quads_for_pattern(None, None, None, None)
        return (quad for r in vocab.relations().values() for quad in self.store.quads_for_pattern(None, r.iri, None, None))

    def _describe_every_graph(self) -> None:
        """What sources() reads of each graph (its file, line, method and rule in the default graph),
        for every graph: four lookups rather than one per graph (36,000 at 10,000 concepts)."""
        if self._descriptions is not None:
            return
        parts: dict[ox.NamedNode, dict[str, str]] = {}
        for name in ("file", "line", "method", "rule"):  # all that sources() reads of a description
            for quad in self.store.quads_for_pattern(None, vocab.term(name), None, ox.DefaultGraph()):
                parts.setdefault(quad.subject, {})[name] = quad.object.value  # the last, as the lookup keeps it
        self._descriptions = parts

    def statements(self) -> list[Edge]:
        """The graph's statements, as every count of them counts (`kg build`, `kg stats`, the page,
        to_networkx): each asserted relation of the vocabulary between two concepts (topics, the
        headings of the notes, aside), once however many places state it, with all of them."""
        return list(self._statements)

    @cached_property
    def _statements(self) -> list[Edge]:  # read once: `kg build` counts them, then draws them
        concepts = set(self.concepts(topics=False))
        return [e for e in self.edges() if e.subject in concepts and e.object in concepts]

    def defined(self) -> set[ox.NamedNode | ox.BlankNode]:
        """Every resource with a definition, no definition's text read: asked of a store in SPARQL
        (from the on-disk one, or an endpoint, the texts stay where they are); of quads held in
        Python (kg.graph.held), read from them."""
        if not hasattr(self.store, "query"):
            return {quad.subject for quad in self.store.quads_for_pattern(None, DEFINITION, None, None)}
        return {row["c"] for row in self.sparql("SELECT DISTINCT ?c WHERE { ?c skos:definition ?text }")}

    def concept_sources(self, concept: ox.NamedNode) -> list[Source]:
        """Where a concept was defined or first named: the sources of its label."""
        graphs = {q.graph_name for q in self.store.quads_for_pattern(concept, PREF_LABEL, None, None)}
        return sorted(s for g in graphs if (s := self.sources(g)) is not None)

    # ------------------------------------------------------------ names

    @cached_property
    def _names(self) -> dict[str, list[tuple[int, ox.NamedNode]]]:
        """Folded and singular label -> concepts, ranked: preferred 0, alternative 1, hidden 2; a label
        met only in its singular form 3 more ("transformer" means the alias "transformer", not the
        library "Transformers"); labels of an imported vocabulary 5 more, so that the notes' own
        "distillation" wins over the one `kg import` brought in; topics last."""
        index: dict[str, list[tuple[int, ox.NamedNode]]] = {}
        imported = {q.subject for q in self.store.quads_for_pattern(None, vocab.term("method"), vocab.term("Imported"), ox.DefaultGraph())}
        for rank, predicate in enumerate((PREF_LABEL, ALT_LABEL, HIDDEN_LABEL)):
            for quad in self.store.quads_for_pattern(None, predicate, None, None):
                if not isinstance(quad.subject, ox.NamedNode) or quad.subject not in self._classes:
                    continue
                penalty = 10 if self._classes[quad.subject] == "Topic" else 0
                penalty += 5 if quad.graph_name in imported else 0
                folded = fold(quad.object.value)
                singular = singular_phrase(folded)  # key(), without folding twice
                for name, extra in ((folded, 0), (singular, 0 if singular == folded else 3)):
                    entries = index.setdefault(name, [])
                    if (rank + penalty + extra, quad.subject) not in entries:
                        entries.append((rank + penalty + extra, quad.subject))
        return index

    def name_index(self) -> dict[str, list[tuple[int, ox.NamedNode]]]:
        """The lookup keys of every label -> (rank, concept): what resolve() reads; saved by kg.store."""
        return self._names

    def resolve(self, name: str) -> ox.NamedNode:
        """The concept a name means: labels and aliases, any case, singular or plural, possessive or not.

        An unknown or ambiguous name raises UnknownConceptError listing the closest labels.
        """
        chosen = sorted(named(self._names, name), key=lambda c: c.value)
        if len(chosen) == 1:
            return chosen[0]
        if chosen:
            labels = ", ".join(f"'{self.label(c)}'" for c in chosen)
            raise UnknownConceptError(f"'{name}' is ambiguous: it names {labels}", [self.label(c) for c in chosen])
        suggestions = self.suggest(name)
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        raise UnknownConceptError(f"no concept named '{name}'{hint}", suggestions)

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """The labels closest to a name, for a person who mistyped it."""
        import difflib  # only on this error path: it costs `kg show` 2 ms to import

        close = difflib.get_close_matches(fold(name), list(self._names), n=limit * 3, cutoff=0.6)
        labels = []
        for match in close:
            for _rank, concept in sorted(self._names[match], key=lambda pair: pair[0]):
                label = self.label(concept)
                if label not in labels:
                    labels.append(label)
        return labels[:limit]

    # ------------------------------------------------------------ SPARQL, networkx, rdflib

    def prefixes(self) -> dict[str, str]:
        """The vocabulary's prefixes (kg:, skos:, ...) and, from the graph's concept scheme, aie:,
        topic: and src:, as `kg build` wrote them (kg.graph.namespaces; a test holds them equal)."""
        from kg.graph.namespaces import Namespaces

        names = Namespaces.of(self.store)
        return names.prefixes() if names else dict(vocab.PREFIXES)

    def sparql(self, query: str, /, **bindings: ox.NamedNode | ox.Literal | str | float) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL 1.1 query over the union of all the graph's graphs, with kg:, aie:, skos:, ...
        declared. Every statement lives in the named graph of the line it was read from, so a query
        of `self.store` as it is (its default graph) finds only their provenance: ask here.

        `bindings` give variables values (`c=graph.resolve("MoE")`; a str or a number is a
        literal) as a VALUES clause at the end of the query, of terms serialized as N-Triples, so
        that no text is pasted into the query: they join the variables the query's pattern binds,
        as that clause does (and as over an endpoint, kg.stores.remote). Returns pyoxigraph's answer: solutions to iterate for SELECT
        (`row["kind"]`), a bool-like for ASK, triples for CONSTRUCT and DESCRIBE; a syntax error
        raises SyntaxError with its place.
        """
        if bindings:
            terms = [value if isinstance(value, (ox.NamedNode, ox.Literal)) else ox.Literal(value) for value in bindings.values()]
            names = " ".join(str(ox.Variable(name)) for name in bindings)
            query = f"{query}\nVALUES ({names}) {{ ({' '.join(str(term) for term in terms)}) }}"
        return self.store.query(query, prefixes=self.prefixes(), use_default_graph_as_union=True)

    def to_networkx(self, *, inferred: bool = False) -> networkx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph: a node per concept (by IRI), an edge per statement,
        keyed by relation, with labels, classes, relations, sources and how each was read; with
        `inferred`, the inferred statements too. See kg.graph.as_networkx."""
        from kg.graph.as_networkx import to_networkx

        return to_networkx(self, inferred=inferred)

    def to_rdflib(self, *, union: bool = False) -> rdflib.Dataset | rdflib.Graph:
        """The graph as an rdflib Dataset (a named graph per source line, their provenance in the
        default graph), as exports/aie.trig holds it, or with `union` as one Graph of the triples of
        all its graphs, as sparql() queries them."""
        from kg.graph.as_rdflib import to_rdflib

        return to_rdflib(self.store.quads_for_pattern(None, None, None, None), self.prefixes(), union=union)
