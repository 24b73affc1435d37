"""aie.trig written in pieces: the source locations' descriptions as text, from one template per kind
of location, and the rest as quads that pyoxigraph writes.

At 20,000 concepts the dataset describes 73k source locations in half a million quads, which cost a
second to make in Python and pyoxigraph a third of one to write; yet two locations of one kind (one
file, method and rule) are written alike but for their line and their digest. A kind's template is
what pyoxigraph writes for a location of it with stand-ins for those two, so the text is the
serializer's own; a kind whose stand-ins cannot be told from the rest of its text (a file name that
holds the stand-in's digits) gets no template, and its locations are written as quads. Pieces of
either sort join up because pyoxigraph writes a subject of the default graph, and a named graph,
whole and on lines of its own; each of its calls repeats the prefixes, which are kept once.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph as ox

LINE = "7919000003"  # a stand-in line number: digits alone, as any line is written
DIGEST = "kgDigestStandIn"  # a stand-in digest: letters, written without an escape, as a digest is
_PREFIXES = re.compile(rb"(?:@prefix [^\n]*\n)*")
_FLUSH_AT = 2000  # pieces of text joined before they are written: the memory of a few of them only


def serialized(quads: Iterable[ox.Quad], prefixes: dict[str, str]) -> bytes:
    out = io.BytesIO()
    ox.serialize(quads, out, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    return out.getvalue()


def header(prefixes: dict[str, str]) -> bytes:
    """The prefix lines pyoxigraph opens a TriG document with, in its own order."""
    any_iri = ox.NamedNode("urn:kg:header")
    text = serialized([ox.Quad(any_iri, any_iri, any_iri)], prefixes)
    return text[:_PREFIXES.match(text).end()]  # type: ignore[union-attr]


def template(quads: list[ox.Quad], prefixes: dict[str, str], head: bytes) -> str | None:
    """The text of one location's description written with the stand-ins, as a format string taking
    the line ({0}) and the digest ({1}); None when the stand-ins do not each come where expected
    only: the line in the subject and in kg:line, the digest once."""
    text = serialized(quads, prefixes)
    if not text.startswith(head):
        return None
    body = text[len(head):].decode("utf-8")
    if body.count(LINE) != 2 or body.count(DIGEST) != 1:
        return None
    return body.replace("{", "{{").replace("}", "}}").replace(LINE, "{0}").replace(DIGEST, "{1}")


class _Headless:
    """A file that drops the prefix lines a call of pyoxigraph's serializer opens with, once it has
    checked that they are the ones already written."""

    def __init__(self, out: BinaryIO, head: bytes) -> None:
        self.out, self.head, self.seen = out, head, b""

    def write(self, data: bytes) -> int:
        size = len(data)  # all of it taken: a smaller count would have the serializer write the rest again
        if len(self.seen) < len(self.head):
            cut = len(self.head) - len(self.seen)
            self.seen += bytes(data[:cut])
            if not self.head.startswith(self.seen):
                raise ValueError("pyoxigraph opened a piece of aie.trig with other prefixes than its first")
            data = data[cut:]
        if data:
            self.out.write(data)
        return size

    def flush(self) -> None:
        pass


def write(pieces: Iterable[str | list[ox.Quad]], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write a TriG document from `pieces` in order: text as it is, lists of quads through
    pyoxigraph, and the prefix lines once, first."""
    head = header(prefixes)
    output.write(head)
    text: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            text.append(piece)
            if len(text) < _FLUSH_AT:
                continue
        if text:
            output.write("".join(text).encode("utf-8"))
            text = []
        if not isinstance(piece, str):
            ox.serialize(piece, _Headless(output, head), format=ox.RdfFormat.TRIG, prefixes=prefixes)
    if text:
        output.write("".join(text).encode("utf-8"))
