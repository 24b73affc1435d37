"""Turtle written straight from terms in N-Triples form, byte for byte as pyoxigraph writes it, for
what `kg import` writes: subjects, each with its (predicate, object) pairs, already sorted; IRIs and
literals. pyoxigraph would need a Python object per triple, which costs more than all the rest.

pyoxigraph writes an IRI with the longest prefix it starts with, escaping what a local name may not
hold, or whole. This writer shortens only local names it is sure of (letters, digits, '_', '-', ':'
and inner '.') and writes a literal as N-Triples does, which is how pyoxigraph writes the plain and
language-tagged literals normalising makes; for anything else (another local name, a namespace
itself, a typed literal, a blank node) it gives up, and the caller has pyoxigraph write the file.
tests/test_import_lines.py holds the two side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SURE_LOCAL = re.compile(rb"[A-Za-z0-9_](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?")


class Unsure(Exception):
    """A term this writer cannot be sure to write as pyoxigraph would."""


class _Forms(dict[bytes, bytes]):
    """An IRI term -> its form in Turtle, worked out once per IRI."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        super().__init__()
        # longest first: the one pyoxigraph picks among those an IRI starts with
        self.namespaces = sorted(((b"<" + ns.encode("utf-8"), name.encode("utf-8")) for name, ns in prefixes.items()),
                                 key=lambda item: -len(item[0]))
        if len({ns for ns, _ in self.namespaces}) != len(self.namespaces):
            raise Unsure("one namespace under two prefixes")

    def __missing__(self, term: bytes) -> bytes:
        if term[:1] != b"<" or term[:2] == b"<<":
            raise Unsure(term)
        form = term
        for namespace, name in self.namespaces:
            if term.startswith(namespace):
                local = term[len(namespace):-1]
                if not _SURE_LOCAL.fullmatch(local):
                    raise Unsure(term)
                form = name + b":" + local
                break
        self[term] = form
        return form


def write(subjects: Iterable[tuple[bytes, list[tuple[bytes, bytes]]]], prefixes: dict[str, str]) -> bytes:
    """The Turtle of `subjects` with `prefixes` (all of them used), as pyoxigraph writes it; Unsure
    when a term is not one this writer is sure of."""
    forms = _Forms(prefixes)
    out = [_header(prefixes)]
    for subject, pairs in subjects:
        parts = [forms[subject]]
        last = None
        for predicate, obj in pairs:
            if obj[:1] != b'"':
                obj = forms[obj]
            elif obj[-1:] == b">":
                raise Unsure(obj)  # a typed literal ("42"^^<...#integer>): pyoxigraph writes some bare
            if predicate == last:
                parts += (b" , ", obj)
            else:
                parts += (b" " if last is None else b" ;\n\t", b"a" if predicate == TYPE else forms[predicate], b" ", obj)
                last = predicate
        parts.append(b" .\n")
        out.append(b"".join(parts))
    return b"".join(out)


def _header(prefixes: dict[str, str]) -> bytes:
    """The @prefix lines, in pyoxigraph's order: those it writes above any triple."""
    if not prefixes:
        return b""
    one = ox.Triple(ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p"), ox.NamedNode("urn:kg:o"))
    text = ox.serialize([one], format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return b"".join(line + b"\n" for line in text.split(b"\n") if line.startswith(b"@prefix "))
