"""XML entities bounded before any parser sees the document. OWL files often declare entities as
namespace shorthands (`<!ENTITY owl "http://www.w3.org/2002/07/owl#">`), so they are allowed; what
is refused is what makes an entity bomb: an entity defined through other entities ("billion laughs"),
an external entity, or references that would expand the document past a bound ("one long entity
used twenty thousand times"). One pass over the document's prologue and one count of references."""

from __future__ import annotations

import re

from kg.errors import KGError

# the internal subset of a DOCTYPE: "<!DOCTYPE rdf:RDF [ ... ]>"
_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[(?P<subset>[^\]]*)\]", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\s+(?P<percent>%\s+)?(?P<name>[\w.:-]+)\s+(?P<rest>[^>]*)>")
_REFERENCE = re.compile(rb"&(?P<name>[\w.:-]+);")
GROWTH = 10  # an expanded document may be this many times the one read (plus a megabyte)


def check_entities(data: bytes, path: str) -> None:
    """Raise a one-line error if the document's entities could expand it without bound."""
    subset = _SUBSET.search(data[: 1 << 20])  # the DOCTYPE stands in the prologue
    if subset is None:
        return
    sizes: dict[bytes, int] = {}
    for entity in _ENTITY.finditer(subset["subset"]):
        name, rest = entity["name"], entity["rest"].strip()
        line = data.count(b"\n", 0, subset.start("subset") + entity.start()) + 1
        if entity["percent"] or rest[:6].upper() in (b"SYSTEM", b"PUBLIC"):
            raise KGError(f"external or parameter entity '{name.decode(errors='replace')}' refused", path=path, line=line)
        value = rest[1:-1] if rest[:1] in (b'"', b"'") else rest
        if b"&" in value:
            raise KGError(f"entity '{name.decode(errors='replace')}' is defined through other entities (an entity bomb); refused",
                          path=path, line=line)
        sizes[name] = len(value)
    expanded = len(data) + sum(sizes.get(ref["name"], 0) for ref in _REFERENCE.finditer(data, subset.end()))
    if expanded > GROWTH * len(data) + (1 << 20):
        raise KGError(f"its entities would expand it to {expanded:,} bytes, more than {GROWTH} times its size; refused", path=path)
