"""`kg validate`: the graph against the vocabulary's SHACL shapes (kg/schema/shapes.ttl, run by
pySHACL with vocab.ttl beside the data), then lint: what is allowed but worth a look.

Every graph of a pyoxigraph store is read as one (kg.vocabularies.merged: the workspace's on-disk
store as it is, or a file as parsed) and asked in SPARQL which resources may break a shape
(kg.vocabularies.suspects); pySHACL then validates only those, on a graph of what they point at,
which gives the report it gives on the whole graph (a graph that conforms needs no pySHACL run at
all: at 10,000 concepts, seconds where pySHACL took minutes). Lint is asked of the store too.

Violations make the graph not conform (exit 1); lint findings are warnings unless --strict.
rdflib and pySHACL are imported only when a validation runs: they cost about a second, which no
other command pays.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg import progress
from kg.schema import vocab
from kg.errors import ValidationFailed
from kg.labels import key
from kg.vocabularies.merged import Merged

if TYPE_CHECKING:
    import rdflib

    from kg.workspace import Workspace

SH = "http://www.w3.org/ns/shacl#"
_MAPPINGS = (vocab.VOCAB + "matches", *(vocab.SKOS + m for m in ("exactMatch", "closeMatch")))  # accepted links


@dataclass(frozen=True)
class Finding:
    """One thing wrong (a SHACL result) or worth a look (a lint warning), about one resource."""

    kind: str  # "violation" | "no definition" | "unreached" | "label clash"
    focus: str
    label: str
    message: str
    path: str = ""
    value: str = ""

    def __str__(self) -> str:
        name = f"'{self.label}' <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"{self.kind}: {name}{where}{value}: {self.message}"


@dataclass
class Report:
    conforms: bool
    violations: list[Finding]
    warnings: list[Finding]
    triples: int
    results: Any = field(default=None, repr=False)  # the SHACL validation report, an rdflib Graph; None: it conforms

    def text(self) -> str:
        lines = [str(f) for f in self.violations + self.warnings]
        counts: dict[str, int] = defaultdict(int)
        for warning in self.warnings:
            counts[warning.kind] += 1
        detail = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        verdict = "conforms" if self.conforms else f"does not conform: {len(self.violations)} violation{'s' * (len(self.violations) != 1)}"
        lines.append(f"SHACL: {verdict} ({self.triples} triples); lint: {len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}"
                     + (f" ({detail})" if detail else ""))
        return "\n".join(lines) + "\n"

    def shacl_turtle(self) -> bytes:
        results = self.results if self.results is not None else _pyshacl([])[1]  # pySHACL's report of a graph that conforms
        return results.serialize(format="turtle").encode("utf-8")

    def check(self, strict: bool = False) -> None:
        """Raise ValidationFailed (exit 1) when the graph does not conform, or has warnings and `strict`."""
        if not self.conforms:
            raise ValidationFailed(f"the graph does not conform to the shapes: {len(self.violations)} violation(s)")
        if strict and self.warnings:
            raise ValidationFailed(f"{len(self.warnings)} lint warning(s), and --strict")


def validate(path: Path, fmt: str | None = None) -> Report:
    """Check an RDF file (the built aie.trig, or any file kg import reads): every graph of it, as one."""
    with progress.stage("validate", f"reading {path.name}"):
        graph = Merged(read(path, fmt))
    return check(graph)


def validate_workspace(workspace: Workspace) -> Report:
    """Check the workspace's built graph: the on-disk store as it is when the workspace keeps one
    that is current (opened in milliseconds), else aie.trig."""
    from kg.stores.backends import current_store

    store = current_store(workspace)
    if store is None:
        return validate(Path(workspace.built_dataset()))
    return check(Merged(store))


def check(graph: Merged) -> Report:
    """The SHACL report and the lint of every graph of a store, read as one."""
    conforms, results = shacl(graph)
    with progress.stage("validate", "linting"):
        unknown = _unknown_terms(graph)
        return Report(conforms and not unknown, _violations(results, graph) + unknown, lint(graph), len(graph), results)


def read(path: Path, fmt: str | None = None) -> ox.Store:
    """An RDF file in a store, as Merged reads it: a dataset's graphs as they are (parsed without
    Python, and not merged: a merge of the 750k quads of 20,000 concepts took 2 s), the triples of
    any other format in the default graph."""
    from kg.vocabularies.importer import format_of, read_rdf

    store = ox.Store()
    if format_of(path, fmt) in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        try:
            store.load(path=str(path), format=format_of(path, fmt))
            return store
        except (SyntaxError, OSError, ValueError):
            store = ox.Store()  # read_rdf says what is wrong, with file, line and column
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in read_rdf(path, fmt))
    return store


def _unknown_terms(graph: Merged) -> list[Finding]:
    """A predicate or class in the vocabulary's namespace that vocab.ttl does not define ("kg:isa"):
    no shape can see it, and no command reads it."""
    found = {}
    classes = [row["t"] for row in graph.query("SELECT ?t WHERE { ?s a ?t } GROUP BY ?t")]
    for term in [*graph.predicates, *classes]:
        if not isinstance(term, ox.NamedNode) or (message := vocab.unknown_term(term.value)) is None:
            continue
        subjects = [t.subject for t in graph.triples(None, term, None)]
        subjects += [t.subject for t in graph.triples(None, vocab.RDF_TYPE, term)]
        for subject in subjects:
            found.setdefault((subject.value, term.value), Finding("violation", subject.value, graph.label(subject.value), message))
    return [found[k] for k in sorted(found)]


# ---------------------------------------------------------------- SHACL


def shacl(graph: Merged) -> tuple[bool, rdflib.Graph | None]:
    """pySHACL's answer and report for the store's graph, from a graph of the resources that may
    break a shape (suspects.suspects) and what they point at, rather than the whole graph; no
    report (and no import of rdflib and pySHACL, a second) when nothing may break one."""
    from kg.vocabularies.suspects import SUB_CLASS_OF, suspects

    with progress.stage("validate", "resources that may break a shape"):
        focus = suspects(graph)
        if not focus:
            return True, None
        around: set[ox.Triple] = set(graph.triples(None, SUB_CLASS_OF, None))
        for node in focus:
            for triple in graph.triples(None, vocab.RDF_TYPE, node):  # what a class is the class of
                around.update(_described(graph, triple.subject))
            own = [] if isinstance(node, ox.Literal) else graph.triples(node, None, None)
            around.update(own)
            for triple in own:
                around.update(_described(graph, triple.object))
        around.update(t for c in {t.object for t in around if t.predicate == vocab.RDF_TYPE}
                      for t in _described(graph, c) if t.predicate == vocab.RDF_TYPE)
    return _pyshacl(list(around))


# What a shape reads of a resource it targets, but a relation's ends: every resource of the graph
# above is described in full for the shapes that target it, so that pySHACL finds in it what it
# finds in the whole graph, and nothing more (tests/test_validate.py holds the two reports alike).
DESCRIBED_BY = (vocab.RDF_TYPE, vocab.PREF_LABEL, vocab.ALT_LABEL, vocab.DEFINITION,
                *(vocab.term(name) for name in ("file", "line", "method", "rule", "tier")))


def _described(graph: Merged, node: object) -> list[ox.Triple]:
    if isinstance(node, ox.Literal):
        return []
    return [t for predicate in DESCRIBED_BY for t in graph.triples(node, predicate, None)]


def _pyshacl(triples: list[ox.Triple] | list[ox.Quad]) -> tuple[bool, rdflib.Graph]:
    """Whether the triples (or the triples of quads) conform, and pySHACL's report. One shape at a time, so that
    progress has a total; the reports are merged into one, as a single run would write it."""
    import rdflib
    from pyshacl import validate as run

    from kg.graph.as_rdflib import triples_graph

    shapes = rdflib.Graph().parse(vocab.schema_path("shapes.ttl"), format="turtle")
    # the vocabulary goes into the data graph here, rather than as pySHACL's ont_graph, which
    # copies the whole data graph to mix it in (half the time of a 15k-triple validation)
    with progress.stage("validate", "triples handed to pySHACL"):
        data = triples_graph([*triples, *vocab.ontology()])
    sh = rdflib.Namespace(SH)
    merged, report, conforms = rdflib.Graph(), rdflib.BNode(), True
    targets = [t for kind in ("Class", "Node", "SubjectsOf", "ObjectsOf") for t in shapes.triples((None, sh[f"target{kind}"], None))]
    shapes -= targets
    targeted = sorted({s for s, _p, _o in targets})
    with progress.stage("validate", "SHACL shapes checked", len(targeted)) as step:
        for shape in targeted:  # the whole shapes graph, with only this shape's targets
            own = [t for t in targets if t[0] == shape]
            shapes += own
            shape_conforms, results, _text = run(data, shacl_graph=shapes, inference="none")
            shapes -= own
            conforms = conforms and bool(shape_conforms)
            ran = set(results.subjects(rdflib.RDF.type, sh.ValidationReport))
            for s, p, o in results:
                if s not in ran:
                    merged.add((s, p, o))
                elif p == sh.result:
                    merged.add((report, p, o))
            step.advance()
    merged.add((report, rdflib.RDF.type, sh.ValidationReport))
    merged.add((report, sh.conforms, rdflib.Literal(conforms)))
    for prefix, namespace in shapes.namespaces():
        merged.bind(prefix, namespace, override=False)
    return conforms, merged


def _violations(results: rdflib.Graph | None, graph: Merged) -> list[Finding]:
    """The SHACL results as findings; an alternative path is named by the predicate the data uses."""
    if results is None:
        return []
    import rdflib

    sh = rdflib.Namespace(SH)
    found = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        value = results.value(result, sh.value)
        path = results.value(result, sh.resultPath)
        message = str(results.value(result, sh.resultMessage) or "")
        node = _term(focus)
        typed = [t.subject.value for t in graph.triples(None, vocab.RDF_TYPE, node)] if isinstance(node, ox.NamedNode) else []
        if path is None and typed:  # a class that is wrong: name what is typed with it
            found += [Finding("violation", s, graph.label(s), message, "rdf:type", f"<{focus}>") for s in typed]
            continue
        shown_path = _short(str(path)) if isinstance(path, rdflib.URIRef) else ""
        if isinstance(path, rdflib.BNode) and value is not None:
            used = [t.predicate.value for t in graph.triples(node, None, None) if t.object.value == str(value)] \
                if node is not None else []
            shown_path = _short(used[0]) if used else ""
        shown_value = "" if value is None or value == focus else (f"<{value}>" if isinstance(value, rdflib.URIRef) else repr(str(value)))
        found.append(Finding("violation", str(focus), graph.label(str(focus)), message, shown_path, shown_value))
    return sorted(set(found), key=lambda f: (f.focus, f.path, f.value, f.message))


def _term(node: object) -> ox.NamedNode | None:
    """A focus node of the report as a term of the store; blank nodes are not the store's own."""
    import rdflib

    return ox.NamedNode(str(node)) if isinstance(node, rdflib.URIRef) else None


def _short(iri: str) -> str:
    for prefix, namespace in vocab.PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


# ---------------------------------------------------------------- lint


def lint(graph: Merged) -> list[Finding]:
    """Concepts without a definition, concepts no relation reaches, labels shared by two concepts
    (unless a SKOS exact or close match already says they are one). Topics are left out."""
    classes = " ".join(str(c.iri) for c in vocab.classes().values())
    relations = " ".join(str(r.iri) for r in vocab.relations().values())
    concepts = f"{{ VALUES ?k {{ {classes} }} ?c a ?k }} MINUS {{ ?c a <{vocab.term('Topic').value}> }}"
    undefined = _values(graph, f"SELECT DISTINCT ?c WHERE {{ {concepts} MINUS {{ ?c <{vocab.DEFINITION.value}> ?d }} }}")
    unreached = _values(graph, f"SELECT DISTINCT ?c WHERE {{ {concepts} MINUS {{ VALUES ?p {{ {relations} }} ?c ?p ?o }} "
                               f"MINUS {{ VALUES ?p {{ {relations} }} ?s ?p ?c }} }}")
    matched = {frozenset((t.subject.value, t.object.value)) for m in _MAPPINGS for t in graph.triples(None, ox.NamedNode(m), None)}
    owners: dict[str, set[str]] = defaultdict(set)
    labelled = f"?c <{vocab.PREF_LABEL.value}>|<{vocab.ALT_LABEL.value}> ?l"
    # the labels of what is labelled, but what is labelled and no concept: anti-joins of whole sets,
    # where a join of the concepts with their labels looks each concept up
    for concept, label in graph.query(f"SELECT ?c ?l WHERE {{ {{ {labelled} }} MINUS {{ "
                                      f"{{ SELECT DISTINCT ?c WHERE {{ {labelled} }} }} MINUS {{ {concepts} }} }} }}"):
        if isinstance(label, ox.Literal):
            owners[key(label.value)].add(concept.value)
    found = []
    for concept in sorted(undefined | unreached):
        label = graph.label(concept)
        if concept in undefined:
            found.append(Finding("no definition", concept, label, "a concept without a definition (skos:definition)"))
        if concept in unreached:
            found.append(Finding("unreached", concept, label, "no relation leads to or from this concept"))
    for name, owners_of in sorted(owners.items()):
        clashing = sorted(owners_of)
        if len(clashing) > 1 and not any(frozenset((a, b)) in matched for a in clashing for b in clashing if a < b):
            others = ", ".join(f"'{graph.label(c, c)}' <{c}>" for c in clashing[1:])
            found.append(Finding("label clash", clashing[0], graph.label(clashing[0]), f"the label '{name}' also names {others}"))
    return found


def _values(graph: Merged, query: str) -> set[str]:
    return {row["c"].value for row in graph.query(query)}
