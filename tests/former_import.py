"""The importer's normalising as it was first written, a triple at a time over pyoxigraph objects,
kept as the reference that kg.vocabularies.normalise (N-Triples lines) is held to: both must write
the same file, byte for byte, and count the same (tests/test_import_lines.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg.graph import serialize
from kg.labels import clean, slug
from kg.schema import vocab
from kg.schema.vocab import ALT_LABEL, DEFINITION, IN_SCHEME, OWL, PREF_LABEL, RDF, RDF_TYPE, RDFS, SKOS, TITLE
from kg.vocabularies.importer import read_rdf

OBO = "http://purl.obolibrary.org/obo/"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"
_CONCEPT_TYPES = {SKOS + "Concept", OWL + "Class", RDFS + "Class"}
_BUILT_IN = (RDF, RDFS, OWL, vocab.XSD, SKOS)
_SCHEME_TYPES = {SKOS + "ConceptScheme", OWL + "Ontology"}
_LABELS = (SKOS + "prefLabel", RDFS + "label")
_SYNONYMS = (SKOS + "altLabel", OBO_IN_OWL + "hasExactSynonym")
_DEFINITIONS = ((SKOS + "definition", OBO + "IAO_0000115"), (RDFS + "comment", "http://purl.org/dc/terms/description"))
_PARENTS = (RDFS + "subClassOf", SKOS + "broader")
_MAPPINGS = tuple(SKOS + m for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"))


class Former(NamedTuple):
    """What `kg import` wrote to data/imported/<name>.ttl, and what its summary said."""

    written: bytes
    concepts: int
    relations: int
    triples: int
    left_out: dict[str, int]


def former_import(path: Path, fmt: str | None = None, base: str | None = None, name: str | None = None,
                  lang: str = "en") -> Former:
    import io

    triples = read_rdf(path, fmt, base)
    name = slug(name or path.stem)
    normalised, left_out = normalise(triples, lang=lang, fallback_title=path.name)
    concepts = sum(1 for t in normalised if t.predicate == RDF_TYPE and t.object != vocab.CONCEPT_SCHEME)
    relations = sum(1 for t in normalised if vocab.relation_of(t.predicate.value))
    shown = " ".join(path.name.split())
    header = (f"# Imported by `kg import` from {shown}: {concepts} concept{'s' * (concepts != 1)}. `kg build` merges this file with the\n"
              f"# provenance kg:Imported. Importing again replaces it; `kg links` proposes links to the notes.\n\n")
    out = io.BytesIO()
    serialize.write(normalised, out, ox.RdfFormat.TURTLE, {**vocab.PREFIXES, **_namespace_prefix(normalised, name)})
    return Former(header.encode("utf-8") + out.getvalue(), concepts, relations, len(normalised), left_out)


def normalise(triples: list[ox.Triple], *, lang: str = "en", fallback_title: str = "") -> tuple[list[ox.Triple], dict[str, int]]:
    """The concepts of `triples` in this project's vocabulary, and counts of what was left out."""
    facts: dict[ox.NamedNode, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            facts[t.subject][t.predicate.value].append(t.object)
    kg_classes = {c.iri.value for c in vocab.classes().values()}
    concept_types = _CONCEPT_TYPES | kg_classes
    left_out: dict[str, int] = defaultdict(int)
    concepts = []
    for subject, props in facts.items():
        types = {o.value for o in props[RDF + "type"] if isinstance(o, ox.NamedNode)}
        if types.isdisjoint(concept_types) or subject.value.startswith(_BUILT_IN):
            continue
        if any(isinstance(o, ox.Literal) and o.value.lower() == "true" for o in props[OWL + "deprecated"]):
            left_out["deprecated classes"] += 1
            continue
        concepts.append(subject)
    members = set(concepts)
    left_out["anonymous classes"] = sum(1 for t in triples if isinstance(t.subject, ox.BlankNode) and t.predicate == RDF_TYPE
                                        and t.object.value in _CONCEPT_TYPES | {OWL + "Restriction"})
    schemes = sorted((s for s, p in facts.items() if any(o.value in _SCHEME_TYPES for o in p[RDF + "type"])), key=lambda s: s.value)
    out: set[ox.Triple] = set()
    for scheme in schemes:
        out.add(ox.Triple(scheme, RDF_TYPE, vocab.CONCEPT_SCHEME))
        titles = _strings(facts[scheme], (str(TITLE.value), RDFS + "label", SKOS + "prefLabel"), lang)
        out.add(ox.Triple(scheme, TITLE, titles[0] if titles else ox.Literal(fallback_title or scheme.value, language=lang)))
    parents: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    own_relations = {r.iri.value for r in vocab.relations().values()}
    for concept in sorted(concepts, key=lambda c: c.value):
        props = facts[concept]
        out |= _labels(concept, props, lang)
        for group in _DEFINITIONS:
            found = _strings(props, group, lang)
            if found:
                out |= {ox.Triple(concept, DEFINITION, text) for text in found}
                break
        in_schemes = [o for o in props[SKOS + "inScheme"] if isinstance(o, ox.NamedNode)] or (schemes[:1] if len(schemes) == 1 else [])
        out |= {ox.Triple(concept, IN_SCHEME, s) for s in in_schemes}
        parents[concept] = []
        for predicate in _PARENTS:
            for parent in props[predicate]:
                if parent in members and parent != concept:
                    parents[concept].append(parent)
                elif isinstance(parent, ox.NamedNode) and parent.value != OWL + "Thing":
                    left_out["parents outside the file"] += 1
        for child in props[SKOS + "narrower"]:
            if child in members:
                parents.setdefault(child, []).append(concept)
        for other in props[SKOS + "related"]:
            if other in members:
                out.add(ox.Triple(concept, vocab.term("relatedTo"), other))
        for predicate in props.keys() & own_relations:  # stated in this project's vocabulary already
            for other in props[predicate]:
                if other in members:
                    out.add(ox.Triple(concept, ox.NamedNode(predicate), other))
                else:
                    left_out["relations to concepts outside the file"] += 1
        for predicate in _MAPPINGS:
            out |= {ox.Triple(concept, ox.NamedNode(predicate), o) for o in props[predicate] if isinstance(o, ox.NamedNode)}
    for child, found in parents.items():
        out |= {ox.Triple(child, vocab.term("isA"), parent) for parent in found}
    classes = _classes(concepts, facts, parents, out, kg_classes)
    out |= {ox.Triple(c, RDF_TYPE, vocab.term(cls)) for c, cls in classes.items()}
    return sorted(out, key=serialize.sort_key), dict(left_out)


def _strings(props: dict[str, list], predicates: tuple[str, ...], lang: str) -> list[ox.Literal]:
    """The string values of the first predicates that have some, tagged with `lang` when untagged."""
    found: list[ox.Literal] = []
    for predicate in predicates:
        for value in props.get(predicate, []):
            if isinstance(value, ox.Literal) and value.datatype.value in (vocab.XSD + "string", RDF + "langString") and value.value.strip():
                text = value.value.strip()
                literal = ox.Literal(text, language=value.language or lang)
                if literal not in found:
                    found.append(literal)
        if found:
            return found
    return found


def _labels(concept: ox.NamedNode, props: dict[str, list], lang: str) -> set[ox.Triple]:
    """One preferred label per language; the other labels and exact synonyms as alternatives."""
    labels = _strings(props, _LABELS[:1], lang) or _strings(props, _LABELS[1:], lang) or [ox.Literal(_from_iri(concept), language=lang)]
    preferred: dict[str | None, ox.Literal] = {}
    alternatives = set(_strings(props, _SYNONYMS[:1], lang)) | set(_strings(props, _SYNONYMS[1:], lang))
    for label in sorted(labels, key=lambda l: l.value):
        if label.language in preferred:
            alternatives.add(label)
        else:
            preferred[label.language] = label
    out = {ox.Triple(concept, PREF_LABEL, label) for label in preferred.values()}
    return out | {ox.Triple(concept, ALT_LABEL, a) for a in alternatives if a not in preferred.values()}


def _from_iri(iri: ox.NamedNode) -> str:
    """A label made of an IRI's local name: "TransformerNetwork" -> "Transformer Network"."""
    local = re.split(r"[/#]", iri.value.rstrip("/#"))[-1]
    return clean(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+", " ", local)) or iri.value


def _classes(concepts: list[ox.NamedNode], facts: dict, parents: dict[ox.NamedNode, list[ox.NamedNode]],
             out: set[ox.Triple], kg_classes: set[str]) -> dict[ox.NamedNode, str]:
    """A class of the vocabulary per concept: its own kg class, its label's head word, else its parents'."""
    from kg.ingest.classify import class_of_label

    chosen: dict[ox.NamedNode, str] = {}
    labels_of: dict[ox.NamedNode, list[str]] = defaultdict(list)
    for t in out:
        if t.predicate == PREF_LABEL:
            labels_of[t.subject].append(t.object.value)
    for concept in concepts:
        own = sorted(o.value for o in facts[concept][RDF + "type"] if o.value in kg_classes)
        labels = sorted(labels_of[concept]) if not own else []
        found = own[0].removeprefix(vocab.VOCAB) if own else next((c for c in map(class_of_label, labels) if c), None)
        if found:
            chosen[concept] = found
    for _ in range(len(concepts)):  # a kind of an Architecture is an Architecture, however deep
        changed = False
        for concept in concepts:
            if concept not in chosen:
                inherited = sorted({chosen[p] for p in parents.get(concept, []) if p in chosen})
                if inherited:
                    chosen[concept] = inherited[0]
                    changed = True
        if not changed:
            break
    return {c: chosen.get(c, "Concept") for c in concepts}


def _namespace_prefix(triples: list[ox.Triple], name: str) -> dict[str, str]:
    """A prefix for the namespace most imported IRIs share, named after the import: aio: <https://w3id.org/aio/>."""
    counts: dict[str, int] = defaultdict(int)
    for t in triples:
        if t.predicate == RDF_TYPE and isinstance(t.subject, ox.NamedNode):
            namespace = re.sub(r"[^/#]*$", "", t.subject.value)
            if re.match(r"[A-Za-z][\w+.-]*:.", namespace):
                counts[namespace] += 1
    prefix = re.sub(r"[^A-Za-z0-9_-]", "", name)
    if not counts or not prefix or not prefix[0].isalpha() or prefix in vocab.PREFIXES:
        return {}
    return {prefix: max(sorted(counts), key=counts.__getitem__)}
