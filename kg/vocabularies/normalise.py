"""An external vocabulary in this project's vocabulary: what `kg import` writes (see kg.vocabularies.importer).

It reads the vocabulary as N-Triples lines (kg.vocabularies.ntriples): one split and one lookup per
line, keeping only what normalising reads, then a pass per concept that writes lines again. The
lines are sorted as bytes, which is the order of kg.graph.serialize.sort_key, so pyoxigraph writes
the Turtle `kg build` and `git diff` expect; no Python object is made per triple.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from kg import progress
from kg.schema import vocab
from kg.schema.vocab import OWL, RDF, RDFS, SKOS
from kg.vocabularies.ntriples import is_iri, iri, literal, plain, tagged, value

OBO = "http://purl.obolibrary.org/obo/"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"
DCTERMS = vocab.DCTERMS
CONCEPT_TYPES = {SKOS + "Concept", OWL + "Class", RDFS + "Class"}
BUILT_IN = (RDF, RDFS, OWL, vocab.XSD, SKOS)
SCHEME_TYPES = {SKOS + "ConceptScheme", OWL + "Ontology"}


def _term(name: str) -> bytes:
    return b"<" + name.encode("utf-8") + b">"


TYPE, DEPRECATED = _term(RDF + "type"), _term(OWL + "deprecated")
PREF_LABEL, RDFS_LABEL, TITLE = _term(SKOS + "prefLabel"), _term(RDFS + "label"), _term(DCTERMS + "title")
ALT_LABEL, SYNONYM = _term(SKOS + "altLabel"), _term(OBO_IN_OWL + "hasExactSynonym")
DEFINITION = _term(SKOS + "definition")
DEFINITIONS = ((DEFINITION, _term(OBO + "IAO_0000115")), (_term(RDFS + "comment"), _term(DCTERMS + "description")))
IN_SCHEME, SCHEME = _term(SKOS + "inScheme"), _term(SKOS + "ConceptScheme")
SUB_CLASS_OF, BROADER, NARROWER, RELATED = (_term(RDFS + "subClassOf"), _term(SKOS + "broader"), _term(SKOS + "narrower"),
                                            _term(SKOS + "related"))
PARENTS = (SUB_CLASS_OF, BROADER)
MAPPINGS = tuple(_term(SKOS + m) for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"))
THING = _term(OWL + "Thing")
IS_A, RELATED_TO = _term(vocab.VOCAB + "isA"), _term(vocab.VOCAB + "relatedTo")
ANONYMOUS = CONCEPT_TYPES | {OWL + "Restriction"}  # types of a blank node that make an anonymous class


class Normalised(NamedTuple):
    """What normalise() makes: the N-Triples to write, sorted, and what the summary says of them."""

    ntriples: bytes
    read: int  # distinct triples read
    concepts: int
    relations: int  # relations of the vocabulary written
    triples: int
    left_out: dict[str, int]
    iris: set[str]  # every IRI written, so that only used prefixes are declared
    namespaces: dict[str, int]  # the namespaces of the concepts and schemes, with how many each holds


def normalise(lines: Iterable[bytes], *, lang: str = "en", fallback_title: str = "") -> Normalised:
    """The concepts of a vocabulary's N-Triples lines (each `s p o .`, each once) in this project's vocabulary."""
    relation_terms = {_term(r.iri.value) for r in vocab.relations().values()}
    kg_classes = {c.iri.value for c in vocab.classes().values()}
    concept_types = {_term(t) for t in CONCEPT_TYPES | kg_classes}
    wanted = {TYPE, DEPRECATED, PREF_LABEL, RDFS_LABEL, TITLE, ALT_LABEL, SYNONYM, IN_SCHEME, NARROWER, RELATED,
              *PARENTS, *MAPPINGS, *relation_terms, *(p for group in DEFINITIONS for p in group)}
    facts: dict[bytes, dict[bytes, list[bytes]]] = {}
    read = anonymous = 0
    for line in lines:
        read += 1
        subject, predicate, rest = line.split(b" ", 2)
        if predicate not in wanted:
            continue
        if subject[:1] != b"<":
            anonymous += subject[:2] == b"_:" and predicate == TYPE and value(rest[:-2]) in ANONYMOUS
            continue
        props = facts.get(subject)
        if props is None:
            props = facts[subject] = {}
        found = props.get(predicate)
        if found is None:
            props[predicate] = [rest[:-2]]
        else:
            found.append(rest[:-2])

    left_out: dict[str, int] = defaultdict(int)
    left_out["anonymous classes"] = anonymous
    concepts = []
    for subject, props in facts.items():
        if concept_types.isdisjoint(props.get(TYPE, ())) or iri(subject).startswith(BUILT_IN):
            continue
        if any((text := literal(o)) and text[0].lower() == "true" for o in props.get(DEPRECATED, ())):
            left_out["deprecated classes"] += 1
            continue
        concepts.append(subject)
    concepts.sort(key=iri)
    members = set(concepts)
    schemes = sorted((s for s, props in facts.items() if any(value(o) in SCHEME_TYPES for o in props.get(TYPE, ()))), key=iri)
    out: set[bytes] = set()
    relations: set[bytes] = set()
    iris = {SCHEME}
    tag = lang.lower().encode("ascii")
    for scheme in schemes:
        out.add(scheme + b" " + TYPE + b" " + SCHEME)
        titles = _strings(facts[scheme], (TITLE, RDFS_LABEL, PREF_LABEL), tag)
        title = min(t[2] for t in titles) if titles else tagged(fallback_title or iri(scheme), lang)
        out.add(scheme + b" " + TITLE + b" " + title)
        iris.add(TITLE)
    preferred_of: dict[bytes, list[bytes]] = {}
    parents: dict[bytes, list[bytes]] = {}
    with progress.stage("import", "concepts normalised", len(concepts)) as step:
        for concept in concepts:
            step.done += 1
            props = facts[concept]
            preferred_of[concept] = _labels(concept, props, tag, out, iris)
            for group in DEFINITIONS:
                found = _strings(props, group, tag)
                if found:
                    out.update(concept + b" " + DEFINITION + b" " + t[2] for t in found)
                    iris.add(DEFINITION)
                    break
            in_schemes = [o for o in props.get(IN_SCHEME, ()) if is_iri(o)] or (schemes[:1] if len(schemes) == 1 else [])
            for scheme in in_schemes:
                out.add(concept + b" " + IN_SCHEME + b" " + scheme)
                iris.update((IN_SCHEME, scheme))
            parents[concept] = []
            for predicate in PARENTS:
                for parent in props.get(predicate, ()):
                    if parent in members and parent != concept:
                        parents[concept].append(parent)
                    elif is_iri(parent) and parent != THING:
                        left_out["parents outside the file"] += 1
            for child in props.get(NARROWER, ()):
                if child in members:
                    parents.setdefault(child, []).append(concept)
            for other in props.get(RELATED, ()):
                if other in members:
                    relations.add(concept + b" " + RELATED_TO + b" " + other)
                    iris.add(RELATED_TO)
            for predicate in props.keys() & relation_terms:  # stated in this project's vocabulary already
                for other in props[predicate]:
                    if other in members:
                        relations.add(concept + b" " + predicate + b" " + other)
                        iris.add(predicate)
                    else:
                        left_out["relations to concepts outside the file"] += 1
            for predicate in MAPPINGS:
                for other in props.get(predicate, ()):
                    if is_iri(other):
                        out.add(concept + b" " + predicate + b" " + other)
                        iris.update((predicate, other))
    for child, found in parents.items():
        relations.update(child + b" " + IS_A + b" " + parent for parent in found)
        if found:
            iris.add(IS_A)
    classes = _classes(concepts, facts, parents, preferred_of, kg_classes)
    for concept, name in classes.items():
        out.add(concept + b" " + TYPE + b" " + _term(vocab.VOCAB + name))
    iris.update(_term(vocab.VOCAB + name) for name in set(classes.values()))
    iris.update(concepts)
    iris.update(schemes)
    out |= relations
    namespaces: dict[str, int] = defaultdict(int)
    for subject in [*schemes, *concepts]:
        name = iri(subject)
        namespaces[name[:max(name.rfind("/"), name.rfind("#")) + 1]] += 1
    ordered = sorted(out)
    return Normalised(b" .\n".join(ordered) + b" .\n" if ordered else b"", read, len(concepts), len(relations), len(ordered),
                      dict(left_out), {iri(t) for t in iris}, dict(namespaces))


def _strings(props: dict[bytes, list[bytes]], predicates: tuple[bytes, ...], lang: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """The plain-text values of the first of `predicates` that has some, as ntriples.plain() gives
    them (text, language, term), each once."""
    for predicate in predicates:
        found: dict[bytes, tuple[bytes, bytes, bytes]] = {}
        for term in props.get(predicate, ()):
            item = plain(term, lang)
            if item is not None and item[2] not in found:
                found[item[2]] = item
        if found:
            return list(found.values())
    return []


def _labels(concept: bytes, props: dict[bytes, list[bytes]], lang: bytes, out: set[bytes], iris: set[bytes]) -> list[bytes]:
    """One preferred label per language, the other labels and exact synonyms as alternatives, written
    to `out` (their predicates to `iris`); the preferred labels' texts."""
    labels = _strings(props, (PREF_LABEL,), lang) or _strings(props, (RDFS_LABEL,), lang)
    if not labels:
        text = _from_iri(iri(concept))
        labels = [(text.encode("utf-8"), lang, tagged(text, lang.decode("ascii")))]
    preferred: dict[bytes, tuple[bytes, bytes, bytes]] = {}
    alternatives = {t[2] for t in _strings(props, (ALT_LABEL,), lang)} | {t[2] for t in _strings(props, (SYNONYM,), lang)}
    for label in sorted(labels, key=lambda l: l[0]) if len(labels) > 1 else labels:  # by text, as its code points sort
        if label[1] in preferred:
            alternatives.add(label[2])
        else:
            preferred[label[1]] = label
    chosen = {label[2] for label in preferred.values()}
    out.update(concept + b" " + PREF_LABEL + b" " + term for term in chosen)
    alternatives -= chosen
    out.update(concept + b" " + ALT_LABEL + b" " + term for term in alternatives)
    iris.update((PREF_LABEL, ALT_LABEL) if alternatives else (PREF_LABEL,))
    return [label[0] for label in preferred.values()]


def _from_iri(name: str) -> str:
    """A label made of an IRI's local name: "TransformerNetwork" -> "Transformer Network"."""
    import re

    from kg.labels import clean

    local = re.split(r"[/#]", name.rstrip("/#"))[-1]
    return clean(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+", " ", local)) or name


def _classes(concepts: list[bytes], facts: dict[bytes, dict[bytes, list[bytes]]], parents: dict[bytes, list[bytes]],
             preferred_of: dict[bytes, list[bytes]], kg_classes: set[str]) -> dict[bytes, str]:
    """A class of the vocabulary per concept: its own kg class, its preferred label's head word, else
    the class of its nearest classified parents (the first by name)."""
    chosen: dict[bytes, str] = {}
    with progress.stage("import", "concepts classified", len(concepts)) as step:
        for concept in concepts:
            step.done += 1
            own = sorted(found for o in facts[concept].get(TYPE, ()) if (found := value(o)) in kg_classes)
            if own:
                chosen[concept] = own[0].removeprefix(vocab.VOCAB)
                continue
            from kg.ingest.classify import class_of_label  # only for a concept with no class of its own

            labels = sorted(preferred_of[concept])  # by code point, as the texts' UTF-8 sorts
            found = next((c for c in (class_of_label(label.decode("utf-8")) for label in labels) if c), None)
            if found:
                chosen[concept] = found
    waiting = [c for c in concepts if c not in chosen and parents.get(c)]
    while waiting:  # a kind of an Architecture is an Architecture, however deep: a layer of ancestors a pass
        layer = {c: sorted({chosen[p] for p in parents[c] if p in chosen}) for c in waiting}
        reached = {c: found[0] for c, found in layer.items() if found}
        if not reached:
            break
        chosen.update(reached)
        waiting = [c for c in waiting if c not in reached]
    return {c: chosen.get(c, "Concept") for c in concepts}
