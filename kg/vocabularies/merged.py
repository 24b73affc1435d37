"""Every graph of a store read as one graph, each triple once, without copying the triples into one:
what `kg validate` asks. SPARQL runs over the union of the graphs (pyoxigraph's
use_default_graph_as_union), which keeps a triple stated in two graphs twice, so the questions
asked of it count distinct values; lookups drop the repeats.

The on-disk store `kg build` writes is read this way as it is, opened in milliseconds where parsing
aie.trig and merging its graphs took seconds. There a term costs a lookup each time a query reads
its value, and a join that looks rows up one at a time a seek for each: the questions are asked as
scans, anti-joins (MINUS) and groups of whole sets, and values are read where they are needed.
"""

from __future__ import annotations

from functools import cached_property

import pyoxigraph as ox

from kg.schema import vocab

Term = ox.NamedNode | ox.BlankNode | ox.Literal
PER_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?p"


class Merged:
    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.named = next(iter(store.named_graphs()), None) is not None  # else the default graph is the union
        self._labels: dict[str, str | None] = {}

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> ox.QuerySolutions:
        return self.store.query(sparql, prefixes=prefixes, use_default_graph_as_union=self.named)

    def triples(self, subject: Term | None = None, predicate: ox.NamedNode | None = None,
                object: Term | None = None) -> list[ox.Triple]:
        """The triples that match, each once, in the store's order."""
        found = (q.triple for q in self.store.quads_for_pattern(subject, predicate, object, None))
        return list(dict.fromkeys(found)) if self.named else list(found)

    @cached_property
    def predicates(self) -> dict[ox.NamedNode, int]:
        """Each predicate of the graph and its number of triples, each triple counted once: the
        default graph's counted as they are (a graph holds a triple once), a predicate of the named
        graphs counted over distinct subjects and objects (a second of the 750k triples of 20,000
        concepts, where distinct over them all took three)."""
        counts = {p: int(n.value) for p, n in self.store.query(PER_PREDICATE.format(pattern="?s ?p ?o"))}
        if self.named:
            for predicate, _n in self.store.query(PER_PREDICATE.format(pattern="GRAPH ?g { ?s ?p ?o }")):
                distinct = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s {predicate} ?o }} }}"
                counts[predicate] = int(next(iter(self.query(distinct)))[0].value)
        return counts

    def __len__(self) -> int:
        return sum(self.predicates.values()) if self.named else len(self.store)

    def label(self, value: str, default: str = "") -> str:
        """A resource's preferred label (the first, as N-Triples sorts them), by the resource's
        value; `default` if it has none. Looked up for the resources a report names, not read for all."""
        if value not in self._labels:
            try:
                node: ox.NamedNode | ox.BlankNode = ox.NamedNode(value)
            except ValueError:  # a blank node's identifier is no absolute IRI
                node = ox.BlankNode(value)
            labels = [t.object for t in self.triples(node, vocab.PREF_LABEL) if isinstance(t.object, ox.Literal)]
            self._labels[value] = min(labels, key=str).value if labels else None
        found = self._labels[value]
        return default if found is None else found
