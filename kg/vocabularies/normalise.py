"""An external vocabulary in this project's vocabulary: what `kg import` writes (see kg.vocabularies.importer).

It reads the vocabulary as N-Triples (kg.vocabularies.ntriples), as the parser wrote it: the lines
cut a megabyte at a time and each split at its first two spaces into its three terms, kept as bytes,
grouped by subject and predicate in the order they come (which keeps a subject's lines together in
memory); then a pass per concept writes its lines as (predicate, object) pairs under their subject.
The usual concept (one label, one definition, each relation given once) takes a short way through
that pass; tests/test_import_lines.py holds the file written to the former importer's, byte for
byte. Subjects and pairs are sorted as bytes, which is the order of kg.graph.serialize.sort_key, so
the Turtle written is the one `kg build` and `git diff` expect. No Python object is made per triple,
and nothing depends on the order concepts are met in.
"""

from __future__ import annotations

import bisect
import operator
from collections import defaultdict
from itertools import islice
from typing import NamedTuple

from kg import progress
from kg.schema import vocab
from kg.schema.vocab import OWL, RDF, RDFS, SKOS
from kg.vocabularies.ntriples import is_iri, iri, lines, literal, plain, tagged, value

OBO = "http://purl.obolibrary.org/obo/"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"
DCTERMS = vocab.DCTERMS
CONCEPT_TYPES = {SKOS + "Concept", OWL + "Class", RDFS + "Class"}
ANONYMOUS = CONCEPT_TYPES | {OWL + "Restriction"}  # types of a blank node that make an anonymous class


def _term(name: str) -> bytes:
    return b"<" + name.encode("utf-8") + b">"


SCHEME_TERMS = {_term(SKOS + "ConceptScheme"), _term(OWL + "Ontology")}
BUILT_IN = tuple(_term(ns)[:-1] for ns in (RDF, RDFS, OWL, vocab.XSD, SKOS))  # their own terms are no concepts
TYPE, DEPRECATED = _term(RDF + "type"), _term(OWL + "deprecated")
PREF_LABEL, RDFS_LABEL, TITLE = _term(SKOS + "prefLabel"), _term(RDFS + "label"), _term(DCTERMS + "title")
ALT_LABEL, SYNONYM = _term(SKOS + "altLabel"), _term(OBO_IN_OWL + "hasExactSynonym")
DEFINITION = _term(SKOS + "definition")
DEFINITIONS = ((DEFINITION, _term(OBO + "IAO_0000115")), (_term(RDFS + "comment"), _term(DCTERMS + "description")))
IN_SCHEME, SCHEME = _term(SKOS + "inScheme"), _term(SKOS + "ConceptScheme")
PARENTS = frozenset((_term(RDFS + "subClassOf"), _term(SKOS + "broader")))
NARROWER, RELATED = _term(SKOS + "narrower"), _term(SKOS + "related")
MAPPINGS = frozenset(_term(SKOS + m) for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"))
THING = _term(OWL + "Thing")
IS_A, RELATED_TO = _term(vocab.VOCAB + "isA"), _term(vocab.VOCAB + "relatedTo")
_VOCAB = (b"<" + vocab.VOCAB.encode("utf-8"),)  # pairs from here on state relations of the vocabulary

Pairs = list[tuple[bytes, bytes]]  # (predicate, object) of a subject's lines


class Normalised(NamedTuple):
    """What normalise() makes: every subject written with its lines, sorted; what the summary says."""

    subjects: list[tuple[bytes, Pairs]]
    read: int  # triples parsed
    concepts: int
    relations: int  # relations of the vocabulary written
    triples: int
    left_out: dict[str, int]
    iris: list[bytes]  # every IRI written (rdf:type as a predicate aside: Turtle writes "a"), sorted
    namespaces: dict[str, int]  # the namespaces of the concepts and schemes, with how many each holds

    def ntriples(self) -> bytes:
        return b"".join(b"%s %s %s .\n" % (subject, p, o) for subject, pairs in self.subjects for p, o in pairs)

    def prefixes(self, offered: dict[str, str]) -> dict[str, str]:
        """The prefixes of `offered` that some IRI written starts with, so that no unused one is
        declared (as kg.graph.serialize.prefixes_of, on the IRIs' N-Triples forms)."""
        found = {}
        for name, namespace in offered.items():
            start = b"<" + namespace.encode("utf-8")
            at = bisect.bisect_right(self.iris, start)
            if at < len(self.iris) and self.iris[at] == start + b">":  # the namespace itself needs no prefix
                at += 1
            if at < len(self.iris) and self.iris[at].startswith(start):
                found[name] = namespace
        return found


class _Vocabulary:
    """The terms of this project's vocabulary that normalising meets, as N-Triples bytes."""

    def __init__(self) -> None:
        self.relations = {_term(r.iri.value) for r in vocab.relations().values()}
        self.classes = {c.iri.value for c in vocab.classes().values()}
        self.class_terms = {_term(c): c for c in self.classes}
        self.class_names = {term: c.removeprefix(vocab.VOCAB) for term, c in self.class_terms.items()}
        self.concept_types = {_term(t) for t in CONCEPT_TYPES | self.classes}
        self.links = frozenset((*self.relations, *PARENTS, NARROWER, RELATED, *MAPPINGS))  # what _links reads
        self.wanted = {TYPE, DEPRECATED, PREF_LABEL, RDFS_LABEL, TITLE, ALT_LABEL, SYNONYM, IN_SCHEME, NARROWER, RELATED,
                       *PARENTS, *MAPPINGS, *self.relations, *(p for group in DEFINITIONS for p in group)}

    def own_class(self, types: list[bytes]) -> str | None:
        """The class of the vocabulary a concept is typed with, the first by IRI when there are several."""
        if len(types) == 1:
            return self.class_names.get(types[0])
        own = sorted(value(t) for t in types if _typed((t,), self.class_terms.keys()))
        return own[0].removeprefix(vocab.VOCAB) if own else None


def normalise(ntriples: bytes, *, lang: str = "en", fallback_title: str = "") -> Normalised:
    """The concepts of a vocabulary in N-Triples, as pyoxigraph writes it, in this project's vocabulary."""
    terms = _Vocabulary()
    facts, anonymous = _facts(ntriples, terms.wanted)
    left_out: dict[str, int] = defaultdict(int)
    left_out["anonymous classes"] = anonymous
    concepts = _concepts(facts, terms, left_out)
    schemes = sorted((s for s, props in facts.items() if TYPE in props and _typed(props[TYPE], SCHEME_TERMS)), key=iri)
    tag = lang.lower().encode("ascii")
    graph: dict[bytes, Pairs] = {}
    used: set[bytes] = set()  # the IRIs written but subjects: predicates (rdf:type aside, written "a") and objects
    for scheme in schemes:
        titles = _strings(facts[scheme], (TITLE, RDFS_LABEL, PREF_LABEL), tag)
        title = min(t[2] for t in titles) if titles else tagged(fallback_title or iri(scheme), lang)
        graph.setdefault(scheme, []).extend(((TYPE, SCHEME), (TITLE, title)))
        used.update((SCHEME, TITLE))
    in_scheme = [(IN_SCHEME, schemes[0])] if len(schemes) == 1 else []  # for concepts that name none
    if in_scheme:
        used.update((IN_SCHEME, schemes[0]))
    members = set(concepts)
    classes: dict[bytes, str] = {}  # those a concept's own types or labels give
    parents: dict[bytes, list[bytes]] = defaultdict(list)
    class_names, links = terms.class_names, terms.links
    with progress.stage("import", "concepts normalised", len(concepts)) as step:
        for concept in concepts:
            step.done += 1
            props = facts[concept]
            pairs = graph.setdefault(concept, [])
            preferred = _labels(concept, props, tag, pairs, used)
            types = props[TYPE]
            found = (class_names.get(types[0]) if len(types) == 1 else terms.own_class(types)) or _class_of_labels(preferred)
            if found:
                classes[concept] = found
            _definitions(props, tag, pairs, used)
            named = [(IN_SCHEME, o) for o in props[IN_SCHEME] if is_iri(o)] if IN_SCHEME in props else None
            if named:
                pairs += named
                used.update(term for pair in named for term in pair)
            else:
                pairs += in_scheme
            linked = links.intersection(props)
            if linked:
                _links(concept, props, linked, members, terms.relations, pairs, parents, used, left_out)
    for child, found in parents.items():
        graph[child] += [(IS_A, parent) for parent in found]
        used.add(IS_A)
    classes = _inherited(concepts, classes, parents)
    class_terms = {name: (TYPE, _term(vocab.VOCAB + name)) for name in set(classes.values())}  # one pair per class
    for concept, name in classes.items():
        graph[concept].append(class_terms[name])
    used.update(pair[1] for pair in class_terms.values())
    return _written(graph, ntriples.count(b"\n"), concepts, schemes, dict(left_out), used)


def _facts(ntriples: bytes, wanted: set[bytes]) -> tuple[dict[bytes, dict[bytes, list[bytes]]], int]:
    """Subject -> predicate -> objects of the lines whose predicate normalising reads and whose subject
    is an IRI; and how many blank nodes are typed as classes (anonymous classes, left out)."""
    facts: dict[bytes, dict[bytes, list[bytes]]] = {}
    anonymous = set()
    last, props = b"", {}
    for line in lines(ntriples):
        subject, predicate, obj = line.split(b" ", 2)
        if predicate not in wanted:
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


def _concepts(facts: dict[bytes, dict[bytes, list[bytes]]], terms: _Vocabulary, left_out: dict[str, int]) -> list[bytes]:
    """The subjects typed as a concept or a class (not those of RDF, OWL or SKOS themselves, nor deprecated ones)."""
    concepts = []
    for subject, props in facts.items():
        if terms.concept_types.isdisjoint(props.get(TYPE, ())) or subject.startswith(BUILT_IN):
            continue
        if DEPRECATED in props and any((text := literal(o)) and text[0].lower() == "true" for o in props[DEPRECATED]):
            left_out["deprecated classes"] += 1
            continue
        concepts.append(subject)
    return concepts


def _typed(types: list[bytes] | tuple[bytes, ...], terms: set[bytes]) -> bool:
    """Whether one of the `types` is one of the IRI `terms` (or a literal of such an IRI's text)."""
    return any(t in terms or (t[:1] == b'"' and _term(value(t)) in terms) for t in types)


def _strings(props: dict[bytes, list[bytes]], predicates: tuple[bytes, ...], lang: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """The plain-text values of the first of `predicates` that has some, as ntriples.plain() gives
    them (text, language, term), each once."""
    for predicate in predicates:
        found = _texts(props.get(predicate), lang)
        if found:
            return found
    return []


def _texts(objects: list[bytes] | None, lang: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """The plain-text values among `objects`, as ntriples.plain() gives them, each once."""
    if not objects:
        return []
    if len(objects) == 1:
        item = plain(objects[0], lang)
        return [item] if item is not None else []
    found: dict[bytes, tuple[bytes, bytes, bytes]] = {}
    for term in objects:
        item = plain(term, lang)
        if item is not None and item[2] not in found:
            found[item[2]] = item
    return list(found.values())


def _labels(concept: bytes, props: dict[bytes, list[bytes]], lang: bytes, pairs: Pairs, used: set[bytes]) -> list[bytes]:
    """One preferred label per language, the other labels and exact synonyms as alternatives, added
    to the concept's `pairs`; the preferred labels' texts."""
    found = props.get(PREF_LABEL)
    if found is not None and len(found) == 1 and SYNONYM not in props:  # the usual case, in short
        label = plain(found[0], lang)
        if label is not None:
            term = label[2]
            pairs.append((PREF_LABEL, term))
            used.add(PREF_LABEL)
            others = props.get(ALT_LABEL)
            if others is not None and len(others) == 1:
                other = plain(others[0], lang)
                if other is not None and other[2] != term:
                    pairs.append((ALT_LABEL, other[2]))
                    used.add(ALT_LABEL)
            elif others is not None:
                alternatives = {t[2] for t in _texts(others, lang)}
                alternatives.discard(term)
                if alternatives:
                    pairs += [(ALT_LABEL, t) for t in alternatives]
                    used.add(ALT_LABEL)
            return [label[0]]
    labels = _texts(found, lang) or _texts(props.get(RDFS_LABEL), lang)
    if not labels:
        text = _from_iri(iri(concept))
        labels = [(text.encode("utf-8"), lang, tagged(text, lang.decode("ascii")))]
    alternatives = {t[2] for t in _texts(props.get(ALT_LABEL), lang)}
    if SYNONYM in props:
        alternatives |= {t[2] for t in _texts(props[SYNONYM], lang)}
    if len(labels) == 1:
        preferred = labels
    else:
        by_language: dict[bytes, tuple[bytes, bytes, bytes]] = {}
        for label in sorted(labels, key=lambda l: l[0]):  # by text, as its code points sort
            if label[1] in by_language:
                alternatives.add(label[2])
            else:
                by_language[label[1]] = label
        preferred = list(by_language.values())
    chosen = {label[2] for label in preferred}
    pairs += [(PREF_LABEL, term) for term in chosen]
    used.add(PREF_LABEL)
    alternatives -= chosen
    if alternatives:
        pairs += [(ALT_LABEL, term) for term in alternatives]
        used.add(ALT_LABEL)
    return [label[0] for label in preferred]


def _definitions(props: dict[bytes, list[bytes]], lang: bytes, pairs: Pairs, used: set[bytes]) -> None:
    """skos:definition, else IAO's definition, else rdfs:comment or dcterms:description."""
    found = props.get(DEFINITION)
    if found is not None and len(found) == 1:  # the usual case, in short
        item = plain(found[0], lang)
        if item is not None:
            pairs.append((DEFINITION, item[2]))
            used.add(DEFINITION)
            return
    for group in DEFINITIONS:
        found = _strings(props, group, lang)
        if found:
            pairs += [(DEFINITION, t[2]) for t in found]
            used.add(DEFINITION)
            return


def _links(concept: bytes, props: dict[bytes, list[bytes]], linked: set[bytes], members: set[bytes],
           relations: set[bytes], pairs: Pairs, parents: dict[bytes, list[bytes]], used: set[bytes],
           left_out: dict[str, int]) -> None:
    """A concept's parents (noted in `parents`, written as isA later), related concepts, relations of
    this project's vocabulary and mappings, by the `linked` predicates of its `props` (in any order:
    the pairs are sorted when written); what points outside the file is counted, not written."""
    for predicate in linked:
        objects = props[predicate]
        if predicate in relations:  # stated in this project's vocabulary already
            if len(objects) == 1:
                if objects[0] in members:
                    pairs.append((predicate, objects[0]))
                    used.add(predicate)
                else:
                    left_out["relations to concepts outside the file"] += 1
                continue
            for other in dict.fromkeys(objects):
                if other in members:
                    pairs.append((predicate, other))
                    used.add(predicate)
                else:
                    left_out["relations to concepts outside the file"] += 1
        elif predicate in PARENTS:
            for parent in _once(objects):
                if parent in members and parent != concept:
                    parents[concept].append(parent)
                elif is_iri(parent) and parent != THING:
                    left_out["parents outside the file"] += 1
        elif predicate == NARROWER:
            for child in objects:
                if child in members:
                    parents[child].append(concept)
        elif predicate == RELATED:
            related = [(RELATED_TO, other) for other in objects if other in members]
            if related:
                pairs += related
                used.add(RELATED_TO)
        elif predicate in MAPPINGS:
            mapped = [other for other in objects if is_iri(other)]
            pairs += [(predicate, other) for other in mapped]
            used.update((predicate, *mapped) if mapped else ())


def _once(objects: list[bytes]) -> list[bytes] | dict[bytes, None]:
    """The objects of a predicate, each once (a file may state a triple twice)."""
    return objects if len(objects) == 1 else dict.fromkeys(objects)


def _from_iri(name: str) -> str:
    """A label made of an IRI's local name: "TransformerNetwork" -> "Transformer Network"."""
    import re

    from kg.labels import clean

    local = re.split(r"[/#]", name.rstrip("/#"))[-1]
    return clean(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+", " ", local)) or name


def _class_of_labels(preferred: list[bytes]) -> str | None:
    """The class the head word of a preferred label suggests ("... model" -> ModelType), the first
    label by code point that suggests one."""
    from kg.ingest.classify import class_of_label  # only for concepts with no class of their own

    return next((c for c in (class_of_label(label.decode("utf-8")) for label in sorted(preferred)) if c), None)


def _inherited(concepts: list[bytes], chosen: dict[bytes, str], parents: dict[bytes, list[bytes]]) -> dict[bytes, str]:
    """A class per concept: its own (`chosen`), else that of its nearest classified parents (the
    first by name), else Concept."""
    waiting = [c for c in concepts if c not in chosen and c in parents]
    while waiting:  # a kind of an Architecture is an Architecture, however deep: a layer of ancestors a pass
        layer = {c: sorted({chosen[p] for p in parents[c] if p in chosen}) for c in waiting}
        reached = {c: found[0] for c, found in layer.items() if found}
        if not reached:
            break
        chosen.update(reached)
        waiting = [c for c in waiting if c not in reached]
    return {c: chosen.get(c, "Concept") for c in concepts}


def _written(graph: dict[bytes, Pairs], read: int, concepts: list[bytes], schemes: list[bytes],
             left_out: dict[str, int], used: set[bytes]) -> Normalised:
    """Subjects and their pairs sorted as their N-Triples lines sort, each once, with the counts and
    IRIs of what they hold."""
    keys = sorted(graph)  # mostly in order already: a file lists its subjects sorted more often than not
    subjects = [(subject, graph[subject]) for subject in keys]
    relations = 0
    for _subject, pairs in subjects:
        pairs.sort()
        if any(map(operator.eq, pairs, islice(pairs, 1, None))):  # a pair twice: seldom, so looked for first
            pairs[:] = sorted(set(pairs))
        # relations come last: every other predicate written is under http://, which sorts first
        relations += len(pairs) - bisect.bisect_left(pairs, _VOCAB)
    lines = sum(len(pairs) for _subject, pairs in subjects)
    namespaces: dict[bytes, int] = defaultdict(int)
    for subject in [*schemes, *concepts]:  # each typed once: a concept with its class, a scheme as a scheme
        namespaces[subject[1:max(subject.rfind(b"/"), subject.rfind(b"#")) + 1]] += 1
    iris = sorted([*keys, *used.difference(graph)])  # a sorted run and a few more: merged, not sorted anew
    return Normalised(subjects, read, len(concepts), relations, lines, left_out, iris,
                      {ns.decode("utf-8"): n for ns, n in namespaces.items()})
