"""Namespaces, and the classes and relations of the vocabulary, read from schema/vocab.ttl.

The Turtle file is the one source of truth: the registry below is built from it, so that the
code, the ontology a reasoner reads and the CLI's inference cannot disagree.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import pyoxigraph as ox

from kg.schema import path as schema_path

VOCAB = "https://w3id.org/aie-kg/vocab#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"

# Prefixes offered to every serializer and predeclared for SPARQL; a writer keeps the used ones.
PREFIXES: dict[str, str] = {
    "kg": VOCAB,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "prov": PROV,
}


def term(local: str) -> ox.NamedNode:
    """The vocabulary's IRI for a local name: term("isA")."""
    return ox.NamedNode(VOCAB + local)


RDF_TYPE = ox.NamedNode(RDF + "type")
PREF_LABEL = ox.NamedNode(SKOS + "prefLabel")
ALT_LABEL = ox.NamedNode(SKOS + "altLabel")
DEFINITION = ox.NamedNode(SKOS + "definition")
IN_SCHEME = ox.NamedNode(SKOS + "inScheme")
CONCEPT_SCHEME = ox.NamedNode(SKOS + "ConceptScheme")
SEE_ALSO = ox.NamedNode(RDFS + "seeAlso")
SUBJECT = ox.NamedNode(DCTERMS + "subject")
SOURCE = ox.NamedNode(DCTERMS + "source")
TITLE = ox.NamedNode(DCTERMS + "title")
BROADER = ox.NamedNode(SKOS + "broader")
DERIVED_FROM = ox.NamedNode(PROV + "wasDerivedFrom")


class Relation(NamedTuple):
    """One relation of the vocabulary, with the characteristics inference needs."""

    name: str
    label: str
    comment: str
    inverse: str | None
    symmetric: bool
    transitive: bool
    phrases: tuple[str, ...]
    domain: str | None
    range: str | None
    columns: tuple[str, ...] = ()  # table headers whose cells state it of the row ("Developed by")
    edges: tuple[str, ...] = ()  # a diagram edge's texts that state it, besides its phrases ("fed to")

    @property
    def iri(self) -> ox.NamedNode:
        return term(self.name)


class ConceptClass(NamedTuple):
    """One class of the vocabulary; headwords suggest it for labels they head."""

    name: str
    label: str
    comment: str
    headwords: tuple[str, ...]

    @property
    def iri(self) -> ox.NamedNode:
        return term(self.name)


@cache
def ontology() -> ox.Store:
    """The vocabulary as an in-memory store (a few hundred triples; parsed once per process)."""
    store = ox.Store()
    store.load(path=schema_path("vocab.ttl"), format=ox.RdfFormat.TURTLE)
    return store


@cache
def _descriptions() -> dict[str, dict[str, list[str]]]:
    """Every subject of the ontology -> predicate -> its objects, sorted: one pass over the file,
    where a lookup per subject and predicate cost `kg show` some 3 ms."""
    found: dict[str, dict[str, list[str]]] = {}
    for quad in ox.parse(path=schema_path("vocab.ttl"), format=ox.RdfFormat.TURTLE):  # no store: half the time
        found.setdefault(quad.subject.value, {}).setdefault(quad.predicate.value, []).append(quad.object.value)
    for predicates in found.values():
        for values in predicates.values():
            values.sort()
    return found


def unknown_term(iri: str) -> str | None:
    """For an IRI in the vocabulary's namespace that vocab.ttl does not define ("kg:isa"), a one-line
    message saying so, with the term it is most likely a slip for; None for any other IRI."""
    if not iri.startswith(VOCAB) or iri in _descriptions():
        return None
    from kg.checks import closest

    local = _local(iri)
    near = closest(local, [_local(t) for t in _descriptions() if t.startswith(VOCAB)])
    hint = f"; did you mean {' or '.join('kg:' + name for name in near)}?" if near else ""
    return f"kg:{local} is not a term of the vocabulary{hint}"


def _local(iri: str) -> str:
    return iri.removeprefix(VOCAB)


def _subjects_typed(described: dict[str, dict[str, list[str]]], kind: str) -> list[str]:
    return [iri for iri, p in described.items() if kind in p.get(RDF + "type", ()) and iri.startswith(VOCAB)]


@cache
def relations() -> dict[str, Relation]:
    """The relation registry, keyed by local name, in the order of the ontology file's names."""
    described = _descriptions()
    found: dict[str, Relation] = {}
    for iri in _subjects_typed(described, OWL + "ObjectProperty"):
        if iri in {VOCAB + "method", VOCAB + "tier"}:  # provenance, not relations between concepts
            continue
        about = described[iri]
        types = about[RDF + "type"]
        inverse, domain, range_ = (about.get(key, []) for key in (OWL + "inverseOf", RDFS + "domain", RDFS + "range"))
        symmetric = OWL + "SymmetricProperty" in types
        name = _local(iri)
        found[name] = Relation(
            name=name,
            label=about[RDFS + "label"][0],
            comment=about[RDFS + "comment"][0],
            inverse=_local(inverse[0]) if inverse else (name if symmetric else None),
            symmetric=symmetric,
            transitive=OWL + "TransitiveProperty" in types,
            phrases=tuple(about.get(VOCAB + "phrase", ())),
            columns=tuple(about.get(VOCAB + "column", ())),
            edges=tuple(about.get(VOCAB + "edge", ())),
            domain=_local(domain[0]) if domain else None,
            range=_local(range_[0]) if range_ else None,
        )
    return dict(sorted(found.items()))


@cache
def classes() -> dict[str, ConceptClass]:
    """The concept classes (kg:Concept and its subclasses), keyed by local name."""
    described = _descriptions()
    found: dict[str, ConceptClass] = {}
    for iri in _subjects_typed(described, OWL + "Class"):
        about = described[iri]
        name = _local(iri)
        if name != "Concept" and VOCAB + "Concept" not in about.get(RDFS + "subClassOf", ()):
            continue
        found[name] = ConceptClass(
            name=name,
            label=about[RDFS + "label"][0],
            comment=about[RDFS + "comment"][0],
            headwords=tuple(about.get(VOCAB + "headword", ())),
        )
    return dict(sorted(found.items()))


def relation(name: str) -> Relation:
    """The relation named `name`, matched case-insensitively; KeyError if there is none."""
    table = relations()
    if name in table:
        return table[name]
    folded = {key.lower(): value for key, value in table.items()}
    return folded[name.lower()]


def near_relations(name: str) -> list[str]:
    """The relations a misspelt name is closest to (up to three), best first: "contain" -> contains."""
    from kg.labels import edit_distance

    near = sorted(relations(), key=lambda n: (edit_distance(name.lower(), n.lower()), n))
    return [n for n in near[:3] if edit_distance(name.lower(), n.lower()) <= max(2, len(name) // 3)]


def relation_of(iri: str) -> Relation | None:
    """The relation whose IRI is `iri`, or None for a predicate outside the vocabulary."""
    return relations().get(_local(iri)) if iri.startswith(VOCAB) else None


def canonical(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    """One form for a statement however it is said: "B partOf A" is "A contains B" (the relation of
    a pair that sorts first), "B relatedTo A" is "A relatedTo B" (a symmetric one, ends in order).
    Subject and object are any names that sort: IRIs, or labels folded into keys."""
    known = relations().get(relation)
    inverse = known.inverse if known else None
    if inverse and inverse != relation and inverse < relation:
        return obj, inverse, subject
    if inverse == relation and obj < subject:
        return obj, relation, subject
    return subject, relation, obj
