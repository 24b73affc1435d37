"""`kg validate`: the graph against the vocabulary's SHACL shapes (kg/schema/shapes.ttl, run by
pySHACL with vocab.ttl beside the data), then lint: what is allowed but worth a look.

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

if TYPE_CHECKING:
    import rdflib

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
    results: Any = field(default=None, repr=False)  # the SHACL validation report, an rdflib Graph

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
        return self.results.serialize(format="turtle").encode("utf-8")

    def check(self, strict: bool = False) -> None:
        """Raise ValidationFailed (exit 1) when the graph does not conform, or has warnings and `strict`."""
        if not self.conforms:
            raise ValidationFailed(f"the graph does not conform to the shapes: {len(self.violations)} violation(s)")
        if strict and self.warnings:
            raise ValidationFailed(f"{len(self.warnings)} lint warning(s), and --strict")


def validate(path: Path, fmt: str | None = None) -> Report:
    """Check an RDF file (the built aie.trig, or any file kg import reads): every graph of it, merged."""
    from kg.vocabularies.importer import read_rdf

    triples = read_rdf(path, fmt)
    conforms, results = _shacl(triples)
    with progress.stage("validate", "linting"):
        violations = _violations(results, triples) + _unknown_terms(triples)
        return Report(conforms and not _unknown_terms(triples), violations, lint(triples), len(triples), results)


def _unknown_terms(triples: list[ox.Triple]) -> list[Finding]:
    """A predicate or class in the vocabulary's namespace that vocab.ttl does not define ("kg:isa"):
    no shape can see it, and no command reads it."""
    labels = _labels(triples)
    found = {}
    for t in triples:
        for term in (t.predicate, t.object if t.predicate == vocab.RDF_TYPE else None):
            if isinstance(term, ox.NamedNode) and (message := vocab.unknown_term(term.value)) is not None:
                found.setdefault((t.subject.value, term.value), Finding("violation", t.subject.value, labels.get(t.subject.value, ""), message))
    return list(found.values())


# ---------------------------------------------------------------- SHACL


def _shacl(triples: list[ox.Triple]) -> tuple[bool, rdflib.Graph]:
    """Whether the triples conform, and pySHACL's report. One shape at a time, so that progress
    has a total; the reports are merged into one, as a single run would write it."""
    import rdflib
    from pyshacl import validate as run

    from kg.graph.as_rdflib import triples_graph

    shapes = rdflib.Graph().parse(vocab.schema_path("shapes.ttl"), format="turtle")
    # the vocabulary goes into the data graph here, rather than as pySHACL's ont_graph, which
    # copies the whole data graph to mix it in (half the time of a 15k-triple validation)
    ontology = [ox.Triple(q.subject, q.predicate, q.object) for q in vocab.ontology()]
    with progress.stage("validate", "triples handed to pySHACL"):
        data = triples_graph(triples + ontology)
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


def _violations(results: rdflib.Graph, triples: list[ox.Triple]) -> list[Finding]:
    """The SHACL results as findings; an alternative path is named by the predicate the data uses."""
    import rdflib

    sh = rdflib.Namespace(SH)
    labels = _labels(triples)
    typed: dict[str, list[str]] = defaultdict(list)
    for t in triples:
        if t.predicate == vocab.RDF_TYPE:
            typed[t.object.value].append(t.subject.value)
    found = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        value = results.value(result, sh.value)
        path = results.value(result, sh.resultPath)
        message = str(results.value(result, sh.resultMessage) or "")
        if path is None and str(focus) in typed:  # a class that is wrong: name what is typed with it
            found += [Finding("violation", s, labels.get(s, ""), message, "rdf:type", f"<{focus}>") for s in typed[str(focus)]]
            continue
        shown_path = _short(str(path)) if isinstance(path, rdflib.URIRef) else ""
        if isinstance(path, rdflib.BNode) and value is not None:
            used = [t.predicate.value for t in triples if t.subject.value == str(focus) and t.object.value == str(value)]
            shown_path = _short(used[0]) if used else ""
        shown_value = "" if value is None or value == focus else (f"<{value}>" if isinstance(value, rdflib.URIRef) else repr(str(value)))
        found.append(Finding("violation", str(focus), labels.get(str(focus), ""), message, shown_path, shown_value))
    return sorted(set(found), key=lambda f: (f.focus, f.path, f.value, f.message))


def _short(iri: str) -> str:
    for prefix, namespace in vocab.PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _labels(triples: list[ox.Triple]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for t in sorted(triples, key=lambda t: str(t.object)):
        if t.predicate == vocab.PREF_LABEL and isinstance(t.object, ox.Literal):
            labels.setdefault(t.subject.value, t.object.value)
    return labels


# ---------------------------------------------------------------- lint


def lint(triples: list[ox.Triple]) -> list[Finding]:
    """Concepts without a definition, concepts no relation reaches, labels shared by two concepts
    (unless a SKOS exact or close match already says they are one). Topics are left out."""
    classes = {c.iri.value: name for name, c in vocab.classes().items()}
    concepts = {t.subject.value for t in triples if t.predicate == vocab.RDF_TYPE and t.object.value in classes}
    topics = {t.subject.value for t in triples if t.predicate == vocab.RDF_TYPE and t.object == vocab.term("Topic")}
    concepts -= topics
    labels = _labels(triples)
    defined = {t.subject.value for t in triples if t.predicate == vocab.DEFINITION}
    related = {end.value for t in triples if vocab.relation_of(t.predicate.value) for end in (t.subject, t.object) if isinstance(end, ox.NamedNode)}
    matched = {frozenset((t.subject.value, t.object.value)) for t in triples if t.predicate.value in _MAPPINGS}
    owners: dict[str, set[str]] = defaultdict(set)
    for t in triples:
        if t.predicate in (vocab.PREF_LABEL, vocab.ALT_LABEL) and t.subject.value in concepts and isinstance(t.object, ox.Literal):
            owners[key(t.object.value)].add(t.subject.value)
    found = []
    for concept in sorted(concepts):
        label = labels.get(concept, "")
        if concept not in defined:
            found.append(Finding("no definition", concept, label, "a concept without a definition (skos:definition)"))
        if concept not in related:
            found.append(Finding("unreached", concept, label, "no relation leads to or from this concept"))
    for name, owners_of in sorted(owners.items()):
        clashing = sorted(owners_of)
        if len(clashing) > 1 and not any(frozenset((a, b)) in matched for a in clashing for b in clashing if a < b):
            others = ", ".join(f"'{labels.get(c, c)}' <{c}>" for c in clashing[1:])
            found.append(Finding("label clash", clashing[0], labels.get(clashing[0], ""), f"the label '{name}' also names {others}"))
    return found
