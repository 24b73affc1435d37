"""XML entities bounded before any parser sees the document. OWL files often declare entities as
namespace shorthands (`<!ENTITY owl "http://www.w3.org/2002/07/owl#">`), so they are allowed; what
is refused is what makes an entity bomb: an entity defined through other entities ("billion laughs"),
an external entity, or references that would expand the document past a bound ("one long entity
used twenty thousand times"). One pass over the document for declarations (read with their quotes,
so a "]" or ">" in a value hides nothing) and one count of references."""

from __future__ import annotations

import re

from kg.errors import KGError

_DECLARATION = re.compile(rb"<!ENTITY\b")
# a declaration as XML writes it: a quoted value (which may hold ">" or "]"), or an external identifier
_ENTITY = re.compile(rb"<!ENTITY\s+(?P<percent>%\s+)?(?P<name>[\w.:-]+)\s+(?P<rest>\"[^\"]*\"|'[^']*'|(?:SYSTEM|PUBLIC)\b[^>]*)\s*>")
_REFERENCE = re.compile(rb"&(?P<name>[\w.:-]+);")
GROWTH = 10  # an expanded document may be this many times the one read (plus a megabyte)


def check_entities(data: bytes, path: str) -> None:
    """Raise a one-line error if the document's entities could expand it without bound."""
    sizes: dict[bytes, int] = {}
    for declared in _DECLARATION.finditer(data):
        line = data.count(b"\n", 0, declared.start()) + 1
        entity = _ENTITY.match(data, declared.start())
        if entity is None:
            raise KGError("an entity declaration this check cannot read; refused", path=path, line=line)
        name, rest = entity["name"], entity["rest"]
        shown = name.decode(errors="replace")
        if entity["percent"] or rest[:1] not in (b'"', b"'"):
            raise KGError(f"external or parameter entity '{shown}' refused", path=path, line=line)
        if _REFERENCE.search(rest):  # a character reference ("&#38;") is one character
            raise KGError(f"entity '{shown}' is defined through other entities (an entity bomb); refused", path=path, line=line)
        sizes[name] = len(rest) - 2
    if not sizes:
        return
    expanded = len(data) + sum(sizes.get(ref["name"], 0) for ref in _REFERENCE.finditer(data))
    if expanded > GROWTH * len(data) + (1 << 20):
        raise KGError(f"its entities would expand it to {expanded:,} bytes, more than {GROWTH} times its size; refused", path=path)
