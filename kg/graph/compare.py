"""What changed between two builds of a graph: concepts added, removed or relabelled (matched by
IRI: a relabelled concept keeps its IRI under another preferred label), and statements between
concepts added or removed, each with the sources that state it.

A Snapshot keeps of a build only what a comparison reads, as plain strings, made in one pass over
its quads: from a build in memory, or streamed from a dataset file (aie.trig) without a store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import RDFSyntaxError
from kg.schema import vocab
from kg.source import Source, places

Triple = tuple[str, str, str]  # subject IRI, relation name, object IRI


class Concept(NamedTuple):
    label: str
    cls: str
    graphs: tuple[str, ...]  # the named graphs its label is in: where it was read


class Snapshot(NamedTuple):
    """A build as a comparison sees it: its concepts (not topics) and its statements, by IRI, each
    with the named graphs that hold it; and where each graph was read. Sources are made only for
    what changed: most of a large graph does not."""

    concepts: dict[str, Concept]
    statements: dict[Triple, tuple[str, ...]]
    places: dict[str, tuple[str, int]]  # named graph -> file, line

    @classmethod
    def of_quads(cls, quads: Iterable[ox.Quad]) -> Snapshot:
        known_classes = {c.iri: name for name, c in vocab.classes().items()}
        relations = {r.iri: r.name for r in vocab.relations().values()}
        file, line = vocab.term("file"), vocab.term("line")
        labels: dict[str, list[tuple[str, str]]] = {}
        classes: dict[str, str] = {}
        places: dict[str, dict[ox.NamedNode, str]] = {}
        said: dict[Triple, list[str]] = {}
        for quad in quads:  # a million quads: compare terms as they come, make strings only of what is kept
            predicate = quad.predicate
            relation = relations.get(predicate)
            if relation is not None:
                if isinstance(quad.object, ox.NamedNode):
                    said.setdefault((quad.subject.value, relation, quad.object.value), []).append(quad.graph_name.value)
            elif predicate == vocab.PREF_LABEL:
                labels.setdefault(quad.subject.value, []).append((quad.object.value, quad.graph_name.value))
            elif predicate == vocab.RDF_TYPE:
                name = known_classes.get(quad.object)
                if name and classes.get(quad.subject.value, "Concept") == "Concept":  # a subclass says more
                    classes[quad.subject.value] = name
            elif (predicate == file or predicate == line) and isinstance(quad.graph_name, ox.DefaultGraph):
                places.setdefault(quad.subject.value, {})[predicate] = quad.object.value
        concepts = {}
        for iri, kind_name in classes.items():
            if kind_name != "Topic":
                written = sorted(labels.get(iri, []))
                shown = written[0][0] if written else iri.rsplit("/", 1)[-1]
                concepts[iri] = Concept(shown, kind_name, tuple(g for text, g in written if text == shown))
        found = {graph: (where[file], int(where[line])) for graph, where in places.items() if file in where and line in where}
        return cls(concepts, {triple: tuple(graphs) for triple, graphs in said.items()}, found)

    def sources(self, graphs: Iterable[str]) -> tuple[Source, ...]:
        """Where the statements of these named graphs were read, in order."""
        return tuple(sorted({Source(*self.places[g]) for g in graphs if g in self.places}))

    @classmethod
    def of_file(cls, path: str | Path) -> Snapshot:
        """The snapshot of a dataset file `kg build` wrote (TriG)."""
        try:
            return cls.of_quads(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
        except SyntaxError as error:
            raise RDFSyntaxError(f"column {error.offset}: {error.msg}", path=str(path), line=error.lineno) from None

    def label(self, iri: str) -> str:
        concept = self.concepts.get(iri)
        return concept.label if concept else iri.rsplit("/", 1)[-1]


class Change(NamedTuple):
    """One difference: a concept added, removed or relabelled, or a statement added or removed."""

    change: str  # added | removed | relabelled
    kind: str  # concept | statement
    subject: str  # the concept's label (the new one, if relabelled), or the statement's subject's
    relation: str = ""
    object: str = ""
    was: str = ""  # a relabelled concept's old label
    sources: tuple[Source, ...] = ()  # of the build that has it (the new one for a relabelling)
    subject_iri: str = ""
    object_iri: str = ""

    def row(self) -> dict[str, object]:
        sign = {"added": "+", "removed": "-", "relabelled": "~"}[self.change]
        if self.kind == "concept":
            what = f"concept {self.subject}" + (f' (was "{self.was}")' if self.was else "")
        else:
            what = f"{self.subject} {self.relation} {self.object}"
        return {"what": f"{sign} {what}", "source": ", ".join(map(str, self.sources)), "change": self.change,
                "kind": self.kind, "subject": self.subject, "relation": self.relation, "object": self.object,
                "was": self.was, "sources": places(self.sources),
                "subject_iri": self.subject_iri, "object_iri": self.object_iri}


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """The changes from `old` to `new`: concepts first, then statements, each in label order."""
    concepts = []
    for iri in new.concepts.keys() - old.concepts.keys():
        c = new.concepts[iri]
        concepts.append(Change("added", "concept", c.label, sources=new.sources(c.graphs), subject_iri=iri))
    for iri in old.concepts.keys() - new.concepts.keys():
        c = old.concepts[iri]
        concepts.append(Change("removed", "concept", c.label, sources=old.sources(c.graphs), subject_iri=iri))
    for iri in new.concepts.keys() & old.concepts.keys():
        before, after = old.concepts[iri], new.concepts[iri]
        if before.label != after.label:
            concepts.append(Change("relabelled", "concept", after.label, was=before.label, sources=new.sources(after.graphs),
                                   subject_iri=iri))
    statements = []
    for change, side, triples in (("added", new, new.statements.keys() - old.statements.keys()),
                                  ("removed", old, old.statements.keys() - new.statements.keys())):
        for s, relation, o in triples:
            statements.append(Change(change, "statement", side.label(s), relation, side.label(o),
                                     sources=side.sources(side.statements[(s, relation, o)]), subject_iri=s, object_iri=o))
    concepts.sort(key=lambda c: (c.subject.lower(), c.subject, c.change))
    statements.sort(key=lambda c: (c.subject.lower(), c.relation, c.object.lower(), c.subject_iri, c.object_iri, c.change))
    return concepts + statements


def summary(changes: list[Change]) -> str:
    """One line: "+12 concepts, 1 relabelled, +30 statements, -2 statements"; "no change" for none."""
    counts = Counter((c.change, c.kind) for c in changes)
    parts = []
    for change, kind, shown in (("added", "concept", "+{} concept"), ("removed", "concept", "-{} concept"),
                                ("relabelled", "concept", "{} relabelled"),
                                ("added", "statement", "+{} statement"), ("removed", "statement", "-{} statement")):
        if count := counts[(change, kind)]:
            parts.append(shown.format(count) + ("s" if count != 1 and kind in shown else ""))
    return ", ".join(parts) or "no change"
