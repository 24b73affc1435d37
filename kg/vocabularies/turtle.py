"""Turtle written straight from terms in N-Triples form, byte for byte as pyoxigraph writes it, for
what `kg import` writes: subjects, each with its groups (a predicate and its objects, the groups
sorted by predicate and the objects sorted, each once); IRIs and literals. pyoxigraph would need a
Python object per triple, which costs more than all the rest.

pyoxigraph writes an IRI with the longest prefix it starts with, escaping what a local name may not
hold, or whole. This writer shortens only local names it is sure of (letters, digits, '_', '-', ':'
and inner '.') and writes a literal as N-Triples does, which is how pyoxigraph writes the plain and
language-tagged literals normalising makes; for anything else (another local name, a namespace
itself, a typed literal, a blank node) it gives up, and the caller has pyoxigraph write the file.
Each subject is written as it comes, and the subjects' text sorted by subject: the order pyoxigraph
writes sorted lines in. tests/test_import_lines.py holds the two side by side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from operator import itemgetter, methodcaller

import pyoxigraph as ox

TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SURE_LOCAL = re.compile(rb"[A-Za-z0-9_](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?")
Group = tuple[bytes, list[bytes]]  # as kg.vocabularies.normalise makes them


class Unsure(Exception):
    """A term this writer cannot be sure to write as pyoxigraph would."""


class Forms(dict[bytes, bytes]):
    """A term -> its form in Turtle: an IRI's worked out once (the IRIs written are the keys), a
    literal's is itself."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        super().__init__()
        # longest first: the one pyoxigraph picks among those an IRI starts with
        self.namespaces = sorted(((b"<" + ns.encode("utf-8"), name.encode("utf-8")) for name, ns in prefixes.items()),
                                 key=lambda item: -len(item[0]))
        if len({ns for ns, _ in self.namespaces}) != len(self.namespaces):
            raise Unsure("one namespace under two prefixes")
        self.shortened: set[bytes] = set()  # the namespaces IRIs were shortened with

    def __missing__(self, term: bytes) -> bytes:
        if term[:1] == b'"':
            if term[-1:] == b">":
                raise Unsure(term)  # a typed literal ("42"^^<...#integer>): pyoxigraph writes some bare
            return term
        if term[:1] != b"<" or term[:2] == b"<<":
            raise Unsure(term)
        form = term
        for namespace, name in self.namespaces:
            if term.startswith(namespace):
                local = term[len(namespace):-1]
                if not _SURE_LOCAL.fullmatch(local):
                    raise Unsure(term)
                form = name + b":" + local
                self.shortened.add(namespace)
                break
        self[term] = form
        return form

    def of(self, iris: list[bytes]) -> dict[bytes, bytes]:
        """The forms of many IRIs, in less time when most of them share a namespace (that of the
        first): theirs are checked at once, by one regular expression."""
        namespace, name = next(((ns, n) for ns, n in self.namespaces if iris[:1] and iris[0].startswith(ns)), (b"", b""))
        if namespace and not any(ns.startswith(namespace) for ns, _ in self.namespaces if len(ns) > len(namespace)):
            shared = list(filter(methodcaller("startswith", namespace), iris))
            if re.fullmatch(rb"(?:%s%s>\n)*" % (re.escape(namespace), _SURE_LOCAL.pattern), b"\n".join(shared) + b"\n"):
                start = len(namespace)
                found = {iri: name + b":" + iri[start:-1] for iri in shared}
                self.update(found)
                self.shortened.add(namespace)
                if len(found) == len(iris):
                    return found
        return {iri: self[iri] for iri in iris}

    def used(self, prefixes: dict[str, str]) -> dict[str, str]:
        """The `prefixes` that some IRI written starts with, so that no unused one is declared (as
        kg.graph.serialize.prefixes_of, on the IRIs' N-Triples forms): those it was shortened with,
        and those their namespaces start with."""
        return {name: namespace for name, namespace in prefixes.items()
                if any(shortened.startswith(b"<" + namespace.encode("utf-8")) for shortened in self.shortened)}


def prefixes_used(prefixes: dict[str, str], iris: list[bytes]) -> dict[str, str]:
    """The `prefixes` that one of the sorted `iris` starts with (the namespace itself needs no prefix)."""
    found = {}
    for name, namespace in prefixes.items():
        start = b"<" + namespace.encode("utf-8")
        at = bisect.bisect_right(iris, start)
        if at < len(iris) and iris[at] == start + b">":
            at += 1
        if at < len(iris) and iris[at].startswith(start):
            found[name] = namespace
    return found


def texts(subjects: Iterable[tuple[bytes, list[Group]]], forms: Forms,
          written: Iterable[tuple[bytes, bytes]] = ()) -> list[bytes]:
    """The Turtle of each of `subjects`, and of those `written` already ((subject, its Turtle)), in the
    order pyoxigraph writes them (sorted by subject); Unsure when a term is not one this writer is sure of."""
    heads: dict[bytes, tuple[bytes, bytes]] = {}  # predicate -> how it opens a subject's first group, and another

    def head(predicate: bytes) -> tuple[bytes, bytes]:
        form = b"a" if predicate == TYPE else forms[predicate]
        heads[predicate] = found = (b" " + form + b" ", b" ;\n\t" + form + b" ")
        return found

    found = list(written)
    form = forms.__getitem__
    for subject, groups in subjects:
        parts = [form(subject)]
        for predicate, objects in groups:
            parts.append((heads.get(predicate) or head(predicate))[1])
            if len(objects) == 1:
                obj = objects[0]
                parts.append(obj if obj[:1] == b'"' and obj[-1:] != b">" else form(obj))
            else:
                parts.append(b" , ".join(map(form, objects)))
        parts[1] = heads[groups[0][0]][0]  # the first group opens with a space, not a ';'
        parts.append(b" .\n")
        found.append((subject, b"".join(parts)))
    found.sort(key=_subject)
    return list(map(_text, found))


_subject, _text = itemgetter(0), itemgetter(1)


def write(subjects: Iterable[tuple[bytes, list[tuple[bytes, bytes]]]], prefixes: dict[str, str]) -> bytes:
    """The Turtle of `subjects`, each with its (predicate, object) pairs sorted, with `prefixes` (all
    of them used), as pyoxigraph writes it; Unsure when a term is not one this writer is sure of."""
    grouped = []
    for subject, pairs in subjects:
        groups: dict[bytes, list[bytes]] = {}
        for predicate, obj in pairs:
            groups.setdefault(predicate, []).append(obj)
        grouped.append((subject, list(groups.items())))
    return header(prefixes) + b"".join(texts(grouped, Forms(prefixes)))


def header(prefixes: dict[str, str]) -> bytes:
    """The @prefix lines, in pyoxigraph's order: those it writes above any triple."""
    if not prefixes:
        return b""
    one = ox.Triple(ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p"), ox.NamedNode("urn:kg:o"))
    text = ox.serialize([one], format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return b"".join(line + b"\n" for line in text.split(b"\n") if line.startswith(b"@prefix "))
