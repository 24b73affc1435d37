"""The usual concept of a vocabulary, written as Turtle in one step (see kg.vocabularies.normalise).

Most concepts of a large vocabulary are alike: a type, one preferred label and perhaps another, a
definition, a scheme, and relations to concepts of the same file (of this project's vocabulary,
skos:broader or rdfs:subClassOf, skos:related). For such a concept this writes straight from its
props the Turtle that the general way writes (its groups made by kg.vocabularies.normalise, then
written by kg.vocabularies.turtle), with no groups made; when only its parents give its class, the
class is put in once the classes are known. Anything else is left to the general way: two preferred
labels, a synonym, a mapping, a link out of the file or to itself, two ways of stating one relation,
a concept that is a scheme too or that another names as narrower. Which predicates a concept is
written with, and in which order, follows from which it has: that is worked out once for each set
met (a plan). tests/test_import_short.py holds the two ways alike.
"""

from __future__ import annotations

from kg.schema import vocab
from kg.vocabularies.facts import (ALT_LABEL, DEFINITION, DEPRECATED, IN_SCHEME, IS_A, NARROWER, PARENTS, PREF_LABEL,
                                   RDFS_LABEL, RELATED, RELATED_TO, TITLE, TYPE, Props, Terms, term)
from kg.vocabularies.ntriples import is_iri, plain, plain_term
from kg.vocabularies.turtle import Forms

# what a usual concept may hold besides its type and preferred label, and leave unwritten
_IGNORED = frozenset((DEPRECATED, NARROWER, RDFS_LABEL, TITLE))
_UNSEEN = object()  # a plan not yet worked out


# How a concept with a given set of predicates is written: how the groups of its alternative label,
# definition and scheme open (None: it has none), how that of its preferred label opens, and its
# links as (the predicate read, how its group opens, whether it names parents), in the order written.
_Plan = tuple[bytes | None, bytes | None, bytes | None, bytes, list[tuple[bytes, bytes, bool]]]


class Usual:
    """Writes the usual concepts of a vocabulary: their Turtle in `texts`, what they hold counted."""

    def __init__(self, terms: Terms, concepts: list[bytes], in_scheme: bytes | None, lang: bytes, forms: Forms,
                 chosen: dict[bytes, str], parents: dict[bytes, list[bytes]]) -> None:
        self.terms, self.lang, self.forms = terms, lang, forms
        self.chosen, self.parents = chosen, parents  # a concept -> its class; the concepts it is a kind of
        self.waiting: dict[bytes, list[bytes]] = {}  # a concept whose class its parents give -> its Turtle, in parts
        self.members = forms.of(concepts)  # a concept of the file -> its form
        self.allowed = frozenset((TYPE, PREF_LABEL, ALT_LABEL, DEFINITION, IN_SCHEME, RELATED, *PARENTS, *terms.relations,
                                  *_IGNORED))
        self.in_scheme = in_scheme
        self.plans: dict[tuple[bytes, ...], _Plan | None] = {}
        self.heads, self.classes = _Heads(forms), _Classes(forms)
        self.texts: list[tuple[bytes, bytes]] = []  # (concept, its Turtle)
        self.triples = self.relations = 0

    def concept(self, concept: bytes, props: Props) -> bool:
        """Write `concept` if it is a usual one (if its class comes from its parents, once classify() is
        told it); False when the general way must."""
        key = tuple(props)
        plan = self.plans.get(key, _UNSEEN)
        if plan is _UNSEEN:
            plan = self._plan(key)
        if plan is None:
            return False
        other_head, definition_head, scheme_head, label_head, links = plan
        lang, members = self.lang, self.members
        found = props[PREF_LABEL]
        label = plain_term(found[0], lang) if len(found) == 1 else None
        if label is None:
            return False
        types = props[TYPE]
        name = self.terms.class_names.get(types[0]) if len(types) == 1 else None
        if name is None:
            name = self.terms.class_of(types, [plain(found[0], lang)[0]])  # type: ignore[index]
        parts = [members[concept], b" a ", b"" if name is None else self.classes[name]]
        if other_head is not None:
            found = props[ALT_LABEL]
            if len(found) != 1:
                return False
            other = plain_term(found[0], lang)
            if other is not None and other != label:
                parts += (other_head, other)
        if definition_head is not None:
            found = props[DEFINITION]
            definition = plain_term(found[0], lang) if len(found) == 1 else None
            if definition is None:
                return False
            parts += (definition_head, definition)
        scheme = self.in_scheme
        if scheme_head is not None:
            found = props[IN_SCHEME]
            if len(found) != 1 or not is_iri(found[0]):
                return False
            scheme = found[0]
        linked, relations, kinds = [], 0, None  # the links' parts: how each group opens, and its objects
        for predicate, head, parents in links:
            objects = props[predicate]
            if len(objects) == 1:
                written = members.get(objects[0])
                if written is None or parents and objects[0] == concept:
                    return False
                linked += (head, written)
                relations += 1
            else:
                objects = sorted(set(objects))
                written_all = list(map(members.get, objects))
                if None in written_all or parents and concept in objects:
                    return False
                linked += (head, b" , ".join(written_all))  # type: ignore[arg-type]
                relations += len(objects)
            if parents:
                kinds = objects
        if scheme is not None:
            parts += (scheme_head or self.heads[IN_SCHEME], self.forms[scheme])
        parts += (label_head, label, *linked, b" .\n")
        self.triples += (len(parts) - 2) // 2 - len(links) + relations  # a (head, objects) pair of parts a group
        self.relations += relations
        if name is None:  # its parents' class, once theirs are known
            self.waiting[concept] = parts
            if kinds:
                self.parents[concept] = kinds
        else:
            self.chosen[concept] = name
            self.texts.append((concept, b"".join(parts)))
        return True

    def classify(self, concept: bytes, name: str) -> None:
        """Write a concept that was waiting for its class."""
        parts = self.waiting.pop(concept)
        parts[2] = self.classes[name]
        self.texts.append((concept, b"".join(parts)))

    def _plan(self, key: tuple[bytes, ...]) -> _Plan | None:
        """How a concept with the predicates `key` is written; None if no usual concept has them."""
        plan = None
        if PREF_LABEL in key and self.allowed.issuperset(key):
            links = {}  # what each link is written as -> the predicate read
            for predicate in key:
                written = IS_A if predicate in PARENTS else RELATED_TO if predicate == RELATED else predicate
                if written in self.terms.relations and written in links:
                    break  # one relation stated two ways: the general way puts them together
                if written in self.terms.relations:
                    links[written] = predicate
            else:
                heads = self.heads
                plan = (heads[ALT_LABEL] if ALT_LABEL in key else None, heads[DEFINITION] if DEFINITION in key else None,
                        heads[IN_SCHEME] if IN_SCHEME in key else None, heads[PREF_LABEL],
                        [(links[w], heads[w], links[w] in PARENTS) for w in sorted(links)])
        self.plans[key] = plan
        return plan


class _Heads(dict[bytes, bytes]):
    """A predicate -> how its group opens when it is not a subject's first: ';', a new line, a tab,
    the predicate's form ("skos:altLabel") and a space."""

    def __init__(self, forms: Forms) -> None:
        super().__init__()
        self.forms = forms

    def __missing__(self, predicate: bytes) -> bytes:
        self[predicate] = found = b" ;\n\t" + self.forms[predicate] + b" "
        return found


class _Classes(dict[str, bytes]):
    """A class's name -> its form: "kg:ModelType"."""

    def __init__(self, forms: Forms) -> None:
        super().__init__()
        self.forms = forms

    def __missing__(self, name: str) -> bytes:
        self[name] = found = self.forms[term(vocab.VOCAB + name)]
        return found
