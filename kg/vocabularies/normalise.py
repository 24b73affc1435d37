"""An external vocabulary in this project's vocabulary: what `kg import` writes (see kg.vocabularies.importer).

From the facts read of it (kg.vocabularies.facts), a pass per concept makes what is written of it as
groups: a predicate and its objects, sorted and each once, the groups sorted by predicate, which is
the order of the N-Triples lines and the shape of Turtle (kg.vocabularies.turtle writes a group as
"predicate object , object"). Given the forms of the terms in Turtle, the usual concept takes a
shorter way: kg.vocabularies.usual writes its Turtle at once. No Python object is made per triple
written, and nothing depends on the order concepts are met in. tests/test_import_lines.py holds the
file written to the former importer's, byte for byte; tests/test_import_short.py the short way to the
general one.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from kg import progress
from kg.schema import vocab
from kg.vocabularies.facts import (ALT_LABEL, DEFINITION, DEFINITIONS, IN_SCHEME, IS_A, NARROWER, PARENTS, PREF_LABEL,
                                   RDFS_LABEL, RELATED, RELATED_TO, SCHEME, SYNONYM, THING, TITLE, TYPE, Facts, Props,
                                   Terms, term)
from kg.vocabularies.ntriples import is_iri, iri, plain, tagged
from kg.vocabularies.turtle import Forms
from kg.vocabularies.usual import Usual

Group = tuple[bytes, list[bytes]]  # a predicate and its objects: sorted, each once
Subject = tuple[bytes, list[Group]]  # a subject and its groups, sorted by predicate
_predicate = itemgetter(0)
_CLASS: Group = (TYPE, [])  # where a concept's class goes, once known


class Normalised(NamedTuple):
    """What normalise() makes: every subject written the general way with its groups, in the order
    the file gave the subjects; the Turtle of the concepts written the short way; what the summary says."""

    subjects: list[Subject]
    texts: list[tuple[bytes, bytes]]  # (concept, its Turtle)
    read: int  # triples parsed
    concepts: int
    relations: int  # relations of the vocabulary written
    triples: int
    left_out: dict[str, int]

    def ntriples(self) -> bytes:
        """The triples written the general way, as N-Triples lines in their sorted order."""
        return b"".join(b"%s %s %s .\n" % (subject, predicate, obj)
                        for subject, groups in sorted(self.subjects, key=_predicate)
                        for predicate, objects in groups for obj in objects)

    def iris(self) -> set[bytes]:
        """Every IRI written the general way, but rdf:type as a predicate (Turtle writes it "a")."""
        found = {subject for subject, _groups in self.subjects}
        for _subject, groups in self.subjects:
            found.update(predicate for predicate, _objects in groups if predicate != TYPE)
            found.update(obj for _predicate, objects in groups for obj in objects if is_iri(obj))
        return found


def normalise(facts: Facts, *, lang: str = "en", fallback_title: str = "", forms: Forms | None = None) -> Normalised:
    """The concepts of a vocabulary, as read, in this project's vocabulary; with `forms`, the usual
    ones written in Turtle on the way."""
    terms, concepts, schemes = facts.terms, facts.concepts, facts.schemes
    left_out = defaultdict(int, facts.left_out)
    tag = lang.lower().encode("ascii")
    schemed: dict[bytes, list[Group]] = {}  # scheme -> its groups
    for scheme in schemes:
        titles = _strings(facts.props[scheme], (TITLE, RDFS_LABEL, PREF_LABEL), tag)
        title = min(t[2] for t in titles) if titles else tagged(fallback_title or iri(scheme), lang)
        schemed[scheme] = [(TITLE, [title]), (TYPE, [SCHEME])]
    members = set(concepts)
    parents = _narrower(facts, members)  # a concept -> the concepts it is a kind of
    general = _General(terms, members, parents, tag, (IN_SCHEME, schemes[:1]) if len(schemes) == 1 else None, left_out)
    chosen: dict[bytes, str] = {}  # concept -> the class its own types or labels give
    apart = parents.keys() | schemed.keys()  # concepts the general way writes: a narrower one, a scheme too
    usual = None if forms is None else Usual(terms, concepts, schemes[0] if len(schemes) == 1 else None, tag, forms,
                                             chosen, parents)
    classes = _Classes()
    unclassified: dict[bytes, list[Group]] = {}  # concept -> its groups, for a class from its parents
    subjects: list[Subject] = []
    with progress.stage("import", "concepts normalised", len(concepts)) as step:
        for concept in concepts:
            step.done += 1
            props = facts.props[concept]
            if usual is not None and concept not in apart and usual.concept(concept, props):
                continue
            groups, found = general.concept(concept, props)
            if found:
                chosen[concept] = found
                groups[0] = classes[found]
            else:
                unclassified[concept] = groups
            subjects.append((concept, groups))
    waiting = [*unclassified, *(usual.waiting if usual is not None else ())]
    for concept, name in _inherited(waiting, chosen, parents).items():
        if concept in unclassified:
            unclassified[concept][0] = classes[name]
        elif usual is not None:
            usual.classify(concept, name)
    if members.intersection(schemed):  # a scheme that is a concept too: one subject
        subjects = [(s, _merged(schemed.pop(s), groups) if s in schemed else groups) for s, groups in subjects]
    subjects += schemed.items()
    triples = sum(map(len, map(itemgetter(1), chain.from_iterable(map(itemgetter(1), subjects)))))
    texts, more, relations = (usual.texts, usual.triples, usual.relations) if usual is not None else ([], 0, 0)
    return Normalised(subjects, texts, facts.read, len(concepts), general.relations + relations, triples + more,
                      dict(left_out))


def _narrower(facts: Facts, members: set[bytes]) -> dict[bytes, list[bytes]]:
    """Concept -> its parents as others name them: skos:narrower makes a kind of the concept that says it."""
    parents: dict[bytes, list[bytes]] = defaultdict(list)
    for concept in facts.narrowing:
        for child in facts.props[concept][NARROWER]:
            if child in members:
                parents[child].append(concept)
    return parents


class _Classes(dict[str, Group]):
    """A class's name -> its group, (rdf:type, [the class]), made once and shared by its concepts."""

    def __missing__(self, name: str) -> Group:
        self[name] = group = (TYPE, [term(vocab.VOCAB + name)])
        return group


class _General:
    """The general way: what is written of each concept as its groups (the first left for its class),
    and the class its own types or labels give; the relations counted, what is left out noted."""

    def __init__(self, terms: Terms, members: set[bytes], parents: dict[bytes, list[bytes]], lang: bytes,
                 in_scheme: Group | None, left_out: dict[str, int]) -> None:
        self.terms, self.members, self.parents, self.lang = terms, members, parents, lang
        self.in_scheme, self.left_out = in_scheme, left_out
        self.links, self.stated = terms.links, terms.relations
        self.relations = 0

    def concept(self, concept: bytes, props: Props) -> tuple[list[Group], str | None]:
        lang = self.lang
        preferred, alternatives, texts = _labels(concept, props, lang)
        found = self.terms.class_of(props[TYPE], texts)
        groups: list[Group] = [_CLASS]  # the class's place, filled by the caller
        if alternatives:
            groups.append((ALT_LABEL, alternatives))
        definitions = _definitions(props, lang)
        if definitions:
            groups.append((DEFINITION, definitions))
        named = props.get(IN_SCHEME)
        if named is not None:
            named = [o for o in named if is_iri(o)]
        if named:
            groups.append((IN_SCHEME, _once(named)))
        elif self.in_scheme is not None:
            groups.append(self.in_scheme)
        groups.append((PREF_LABEL, preferred))
        linked = self.links.intersection(props)
        if (linked or concept in self.parents) and self._links(concept, props, linked, groups):
            groups.sort(key=_predicate)  # a mapping is a SKOS term too, between the labels
        return groups, found

    def _links(self, concept: bytes, props: Props, linked: set[bytes], groups: list[Group]) -> bool:
        """A concept's parents (with those others name, as isA), related concepts, relations of this
        project's vocabulary and mappings, added to its `groups` by predicate; what points outside the
        file is counted, not written. Whether a mapping was added."""
        members = self.members
        stated: dict[bytes, list[bytes]] = {}  # a relation of the vocabulary -> its objects
        mapped = False
        parents = self.parents.get(concept, [])
        for predicate in linked:
            objects = props[predicate]
            if predicate in self.stated:  # stated in this project's vocabulary already
                if len(objects) > 1:
                    objects = _once(objects)
                kept = objects if len(objects) == 1 and objects[0] in members else [o for o in objects if o in members]
                if len(kept) < len(objects):
                    self.left_out["relations to concepts outside the file"] += len(objects) - len(kept)
            elif predicate in PARENTS:
                for parent in _once(objects):
                    if parent in members and parent != concept:
                        parents = [*parents, parent]
                    elif is_iri(parent) and parent != THING:
                        self.left_out["parents outside the file"] += 1
                continue
            elif predicate == RELATED:
                predicate, kept = RELATED_TO, [other for other in objects if other in members]
            else:  # a mapping
                kept = [other for other in objects if is_iri(other)]
                if kept:
                    groups.append((predicate, _once(kept)))
                    mapped = True
                continue
            if kept:  # kg:relatedTo and skos:related, or kg:isA and a parent, state the same relation
                stated[predicate] = stated[predicate] + kept if predicate in stated else kept
        if parents:
            self.parents[concept] = parents
            stated[IS_A] = stated[IS_A] + parents if IS_A in stated else parents
        relations = 0
        for predicate in sorted(stated):
            objects = stated[predicate]
            if len(objects) > 1:
                objects = sorted(set(objects))
            groups.append((predicate, objects))
            relations += len(objects)
        self.relations += relations
        return mapped


def _once(objects: list[bytes]) -> list[bytes]:
    """Objects sorted, each once (a file may state a triple twice)."""
    return objects if len(objects) == 1 else sorted(set(objects))


def _strings(props: Props, predicates: tuple[bytes, ...], lang: bytes) -> list[tuple[bytes, bytes, bytes]]:
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
    for written in objects:
        item = plain(written, lang)
        if item is not None and item[2] not in found:
            found[item[2]] = item
    return list(found.values())


def _labels(concept: bytes, props: Props, lang: bytes) -> tuple[list[bytes], list[bytes], list[bytes]]:
    """One preferred label per language, the other labels and exact synonyms as alternatives: the
    preferred labels' terms and the alternatives', each sorted; and the preferred labels' texts."""
    found = props.get(PREF_LABEL)
    if found is not None and len(found) == 1 and SYNONYM not in props:  # the usual case, in short
        label = plain(found[0], lang)
        if label is not None:
            term = label[2]
            others = props.get(ALT_LABEL)
            if others is None:
                return [term], [], [label[0]]
            if len(others) == 1:
                other = plain(others[0], lang)
                return [term], [other[2]] if other is not None and other[2] != term else [], [label[0]]
            alternatives = {t[2] for t in _texts(others, lang)}
            alternatives.discard(term)
            return [term], sorted(alternatives), [label[0]]
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
    return sorted(chosen), sorted(alternatives - chosen), [label[0] for label in preferred]


def _definitions(props: Props, lang: bytes) -> list[bytes]:
    """skos:definition, else IAO's definition, else rdfs:comment or dcterms:description: their terms, sorted."""
    found = props.get(DEFINITION)
    if found is not None and len(found) == 1:  # the usual case, in short
        item = plain(found[0], lang)
        if item is not None:
            return [item[2]]
    for group in DEFINITIONS:
        strings = _strings(props, group, lang)
        if strings:
            return sorted(t[2] for t in strings)
    return []


def _from_iri(name: str) -> str:
    """A label made of an IRI's local name: "TransformerNetwork" -> "Transformer Network"."""
    import re

    from kg.labels import clean

    local = re.split(r"[/#]", name.rstrip("/#"))[-1]
    return clean(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+", " ", local)) or name


def _inherited(waiting: list[bytes], chosen: dict[bytes, str], parents: dict[bytes, list[bytes]]) -> dict[bytes, str]:
    """A class for each concept `waiting` for one: that of its nearest classified parents (the first
    by name), else Concept. `chosen` holds the classes of the others, and gets these too."""
    reaching = [c for c in waiting if c in parents]
    while reaching:  # a kind of an Architecture is an Architecture, however deep: a layer of ancestors a pass
        layer = {c: sorted({chosen[p] for p in parents[c] if p in chosen}) for c in reaching}
        reached = {c: found[0] for c, found in layer.items() if found}
        if not reached:
            break
        chosen.update(reached)
        reaching = [c for c in reaching if c not in reached]
    return {c: chosen.get(c, "Concept") for c in waiting}


def _merged(*subjects: list[Group]) -> list[Group]:
    """The groups of one subject written twice (a scheme and a concept), as one."""
    found: dict[bytes, set[bytes]] = defaultdict(set)
    for groups in subjects:
        for predicate, objects in groups:
            found[predicate].update(objects)
    return [(predicate, sorted(found[predicate])) for predicate in sorted(found)]
