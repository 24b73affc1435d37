"""RDF terms as pyoxigraph writes them in N-Triples, kept as bytes: `<iri>`, `_:id`, `"text"@en`.

`kg import` works on the lines of a vocabulary in this form (kg.vocabularies.normalise) rather than
on a Python object per term: a split and a dictionary lookup per line, where objects cost some ten
times more. The forms are pyoxigraph's own (a test holds escape() to str(ox.Literal)), so that a
line sorts here as the term's N-Triples form sorts everywhere else (kg.graph.serialize.sort_key).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

XSD_STRING = b"^^<http://www.w3.org/2001/XMLSchema#string>"
_LINE = re.compile(rb"(\S+) (\S+) (.*) \.\n")  # a subject and a predicate hold no space
# What pyoxigraph escapes in a literal: the quote, the backslash, and every control character
# (\b \t \n \f \r by name, the others and DEL as \u00XX).
_ESCAPED = re.compile(r'["\\\x00-\x1f\x7f\ufffe\uffff]')  # as pyoxigraph writes them, U+FFFE and U+FFFF too
_NAMED = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
# A literal with a language tag (and no direction) whose text has nothing to unescape and begins and
# ends with a printable ASCII character (so nothing to strip): plain() keeps it as it is.
_USUAL = re.compile(rb'"([!-\[\]-~](?:[^\\]*[!-\[\]-~])?)"@([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)')
_ESCAPE = re.compile(rb'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))', re.DOTALL)
_UNNAMED = {b"b": "\b", b"t": "\t", b"n": "\n", b"f": "\f", b"r": "\r", b'"': '"', b"'": "'", b"\\": "\\"}


def triples(text: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """(subject, predicate, object) of each line of N-Triples, cut by one regular expression in C."""
    return _LINE.findall(text)


def lines(text: bytes, chunk: int = 1 << 20) -> Iterator[bytes]:
    """The lines of N-Triples without their " .\\n": each then splits at its first two spaces into
    subject, predicate and object as triples() cuts it, in less time (a subject and a predicate
    hold no space; a line break in a literal is written escaped, so every line ends " .\\n").
    Cut a megabyte at a time, so that the memory of one chunk's lines serves the next."""
    return chain.from_iterable(_chunks(text, chunk))


def _chunks(text: bytes, size: int) -> Iterator[list[bytes]]:
    start, length = 0, len(text)
    while start < length:
        end = text.find(b" .\n", start + size)
        end = length if end < 0 else end + 3
        found = text[start:end].split(b" .\n")
        found.pop()  # what follows the chunk's last line: nothing
        yield found
        start = end


def is_iri(term: bytes) -> bool:
    return term[:1] == b"<" and term[:2] != b"<<"


def iri(term: bytes) -> str:
    """The IRI of an `<iri>` term."""
    return term[1:-1].decode("utf-8")


def literal(term: bytes) -> tuple[str, bytes] | None:
    """(value, what follows the closing quote: b"", b"@en", b"^^<datatype>") of a literal; None for
    any other term."""
    if term[:1] != b'"':
        return None
    end = term.rindex(b'"')  # a language tag or a datatype IRI holds no quote
    body = term[1:end]
    value = _unescape(body) if b"\\" in body else body.decode("utf-8")
    return value, term[end + 1:]


def value(term: bytes) -> str:
    """What pyoxigraph calls a term's value: an IRI, a literal's text, a blank node's id."""
    if is_iri(term):
        return iri(term)
    found = literal(term)
    return found[0] if found else term.removeprefix(b"_:").decode("utf-8")


def plain(term: bytes, lang: bytes) -> tuple[bytes, bytes, bytes] | None:
    """A literal of plain text as `kg import` keeps it: (its text stripped, in UTF-8; its language,
    `lang` when it has none; the term `"text"@language`). None for any other term (another datatype,
    a direction: rdf:dirLangString), or a text of white space only."""
    usual = _USUAL.fullmatch(term)
    if usual is not None:
        return usual[1], usual[2], term
    return _plain(term, lang)


def plain_term(term: bytes, lang: bytes) -> bytes | None:
    """plain()'s term alone, in less time: how `kg import` writes the literal, or None."""
    if _USUAL.fullmatch(term) is not None:
        return term
    found = _plain(term, lang)
    return None if found is None else found[2]


def _plain(term: bytes, lang: bytes) -> tuple[bytes, bytes, bytes] | None:
    """plain() of any term, the usual literal too (tests/test_import_lines.py holds the two alike)."""
    if term[:1] != b'"':
        return None
    end = term.rindex(b'"')
    body, rest = term[1:end], term[end + 1:]
    if rest[:1] == b"@":
        if b"--" in rest:
            return None
        language = rest[1:]
    elif not rest or rest == XSD_STRING:
        language = lang
    else:
        return None
    if body and b"\\" not in body and 32 < body[0] < 128 and 32 < body[-1] < 128:  # nothing to unescape or strip
        return body, language, term if rest[:1] == b"@" else b'"' + body + b'"@' + language
    text = (_unescape(body) if b"\\" in body else body.decode("utf-8")).strip()
    return (text.encode("utf-8"), language, tagged(text, language.decode("ascii"))) if text else None


def tagged(text: str, language: str) -> bytes:
    """`"text"@language`, as pyoxigraph writes it (language tags in lower case)."""
    return b'"' + escape(text).encode("utf-8") + b'"@' + language.lower().encode("ascii")


def escape(text: str) -> str:
    return _ESCAPED.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\u{ord(char):04X}"


def _unescape(body: bytes) -> str:
    def one(match: re.Match[bytes]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _UNNAMED.get(match.group(3), match.group(3).decode("utf-8"))

    parts, at = [], 0
    for match in _ESCAPE.finditer(body):
        parts += [body[at:match.start()].decode("utf-8"), one(match)]
        at = match.end()
    return "".join(parts) + body[at:].decode("utf-8")
