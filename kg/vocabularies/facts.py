"""What `kg import` reads of a vocabulary (see kg.vocabularies.importer): the terms it knows, and the
lines of the vocabulary that say something of them, by subject and predicate.

The vocabulary comes as N-Triples (kg.vocabularies.ntriples), as the parser wrote it: the lines cut a
megabyte at a time and each split at its first two spaces into its three terms, kept as bytes,
grouped by subject and predicate in the order they come (which keeps a subject's lines together in
memory; each predicate read is kept as one object, so that comparing two is comparing identities).
No Python object is made per triple; the concepts and schemes are found in one pass over the subjects.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from kg.schema import vocab
from kg.schema.vocab import OWL, RDF, RDFS, SKOS
from kg.vocabularies.ntriples import iri, lines, literal, value

OBO = "http://purl.obolibrary.org/obo/"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"
DCTERMS = vocab.DCTERMS
CONCEPT_TYPES = {SKOS + "Concept", OWL + "Class", RDFS + "Class"}
ANONYMOUS = CONCEPT_TYPES | {OWL + "Restriction"}  # types of a blank node that make an anonymous class


def term(name: str) -> bytes:
    """An IRI in N-Triples form: `<name>`."""
    return b"<" + name.encode("utf-8") + b">"


SCHEME_TERMS = {term(SKOS + "ConceptScheme"), term(OWL + "Ontology")}
BUILT_IN = tuple(term(ns)[:-1] for ns in (RDF, RDFS, OWL, vocab.XSD, SKOS))  # their own terms are no concepts
TYPE, DEPRECATED = term(RDF + "type"), term(OWL + "deprecated")
PREF_LABEL, RDFS_LABEL, TITLE = term(SKOS + "prefLabel"), term(RDFS + "label"), term(DCTERMS + "title")
ALT_LABEL, SYNONYM = term(SKOS + "altLabel"), term(OBO_IN_OWL + "hasExactSynonym")
DEFINITION = term(SKOS + "definition")
DEFINITIONS = ((DEFINITION, term(OBO + "IAO_0000115")), (term(RDFS + "comment"), term(DCTERMS + "description")))
IN_SCHEME, SCHEME = term(SKOS + "inScheme"), term(SKOS + "ConceptScheme")
PARENTS = frozenset((term(RDFS + "subClassOf"), term(SKOS + "broader")))
NARROWER, RELATED = term(SKOS + "narrower"), term(SKOS + "related")
MAPPINGS = frozenset(term(SKOS + m) for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"))
THING = term(OWL + "Thing")
IS_A, RELATED_TO = term(vocab.VOCAB + "isA"), term(vocab.VOCAB + "relatedTo")

Props = dict[bytes, list[bytes]]  # a subject's predicates, each with its objects as the file gives them
_NAMESPACE = re.compile(rb"<(.*[/#]|)")  # an IRI's namespace: up to its last '/' or '#', if any
_namespace = itemgetter(1)


class Terms:
    """The terms of this project's vocabulary that normalising meets, as N-Triples bytes."""

    def __init__(self) -> None:
        self.relations = {term(r.iri.value) for r in vocab.relations().values()}
        self.classes = {c.iri.value for c in vocab.classes().values()}
        self.class_terms = {term(c): c for c in self.classes}
        self.class_names = {t: c.removeprefix(vocab.VOCAB) for t, c in self.class_terms.items()}
        self.concept_types = {term(t) for t in CONCEPT_TYPES | self.classes}
        self.links = frozenset((*self.relations, *PARENTS, RELATED, *MAPPINGS))  # a concept's links to others
        wanted = {TYPE, DEPRECATED, PREF_LABEL, RDFS_LABEL, TITLE, ALT_LABEL, SYNONYM, IN_SCHEME, NARROWER, RELATED,
                  *PARENTS, *MAPPINGS, *self.relations, *(p for group in DEFINITIONS for p in group)}
        self.wanted = {t: t for t in wanted}  # a predicate read -> the one object kept for it

    def own_class(self, types: list[bytes]) -> str | None:
        """The class of the vocabulary a concept is typed with, the first by IRI when there are several."""
        if len(types) == 1:
            return self.class_names.get(types[0])
        own = sorted(value(t) for t in types if typed((t,), self.class_terms.keys()))
        return own[0].removeprefix(vocab.VOCAB) if own else None

    def class_of(self, types: list[bytes], labels: list[bytes]) -> str | None:
        """A concept's class: that of its own types, else the one the head word of a preferred label
        suggests ("... model" -> ModelType), of the first label by code point that suggests one."""
        found = self.own_class(types)
        if found is None:
            from kg.ingest.classify import class_of_label  # only for concepts with no class of their own

            found = next((c for c in (class_of_label(label.decode("utf-8")) for label in sorted(labels)) if c), None)
        return found


class Facts(NamedTuple):
    """A vocabulary as read: its subjects' props, its concepts and schemes, and what was left out."""

    terms: Terms
    props: dict[bytes, Props]  # subject (an IRI) -> its props, in the order the file gives the subjects
    concepts: list[bytes]  # the subjects typed as a concept or a class, in that order
    schemes: list[bytes]  # the subjects typed as a scheme or an ontology, sorted by IRI
    narrowing: list[bytes]  # the concepts that name narrower ones (skos:narrower)
    read: int  # triples parsed
    left_out: dict[str, int]

    def namespaces(self) -> dict[str, int]:
        """The namespaces of the concepts and schemes (an IRI up to its last '/' or '#'), with how many each holds."""
        namespaces = Counter(map(_namespace, map(_NAMESPACE.match, chain(self.schemes, self.concepts))))
        return {ns.decode("utf-8"): n for ns, n in namespaces.items()}


def read(pieces: Iterable[bytes]) -> Facts:
    """The facts of a vocabulary in N-Triples, as pyoxigraph writes it, in pieces of whole lines."""
    terms = Terms()
    counted = _Lines(pieces)
    props, anonymous = _props(counted, terms.wanted)
    left_out: dict[str, int] = defaultdict(int)
    left_out["anonymous classes"] = anonymous
    concepts, schemes, narrowing = _subjects(props, terms, left_out)
    return Facts(terms, props, concepts, schemes, narrowing, counted.lines, dict(left_out))


class _Lines:
    """The lines of pieces of N-Triples, counted as they are read."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self.pieces, self.lines = pieces, 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.lines += piece.count(b"\n")
            yield from lines(piece, chunk=len(piece))  # a piece is small enough to cut at once


def _props(ntriples: Iterable[bytes], wanted: dict[bytes, bytes]) -> tuple[dict[bytes, Props], int]:
    """Subject -> predicate -> objects of the lines whose predicate normalising reads and whose subject
    is an IRI; and how many blank nodes are typed as classes (anonymous classes, left out)."""
    facts: dict[bytes, Props] = {}
    anonymous = set()
    last, props = b"", {}
    kept = wanted.get
    for line in ntriples:
        subject, predicate, obj = line.split(b" ", 2)
        predicate = kept(predicate)  # type: ignore[assignment]
        if predicate is None:
            continue
        if subject != last:  # a subject's lines mostly come together
            if subject[:1] != b"<":
                if subject[:2] == b"_:" and predicate == TYPE and value(obj) in ANONYMOUS:
                    anonymous.add((subject, obj))  # each once: a file may state a triple twice
                continue
            last, props = subject, facts.get(subject)
            if props is None:
                props = facts[subject] = {}
        found = props.get(predicate)
        if found is None:
            props[predicate] = [obj]
        else:
            found.append(obj)
    return facts, len(anonymous)


def _subjects(facts: dict[bytes, Props], terms: Terms,
              left_out: dict[str, int]) -> tuple[list[bytes], list[bytes], list[bytes]]:
    """The concepts: subjects typed as a concept or a class (not those of RDF, OWL or SKOS themselves,
    nor deprecated ones); the schemes, sorted; and the concepts that name narrower ones."""
    concepts, schemes, narrowing = [], [], []
    concept_types = terms.concept_types
    for subject, props in facts.items():
        types = props.get(TYPE)
        if types is None:
            continue
        if types[0] in SCHEME_TERMS or (len(types) > 1 or types[0][:1] == b'"') and typed(types, SCHEME_TERMS):
            schemes.append(subject)
        if concept_types.isdisjoint(types) or subject.startswith(BUILT_IN):
            continue
        if DEPRECATED in props and any((text := literal(o)) and text[0].lower() == "true" for o in props[DEPRECATED]):
            left_out["deprecated classes"] += 1
            continue
        concepts.append(subject)
        if NARROWER in props:
            narrowing.append(subject)
    return concepts, sorted(schemes, key=iri), narrowing


def typed(types: list[bytes] | tuple[bytes, ...], terms: set[bytes]) -> bool:
    """Whether one of the `types` is one of the IRI `terms` (or a literal of such an IRI's text)."""
    return any(t in terms or (t[:1] == b'"' and term(value(t)) in terms) for t in types)
