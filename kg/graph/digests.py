"""Content digests in the dataset, so that `kg push` sends only what changed since the last push.

`kg build` gives every source location a kg:digest, the SHA-1 of its statements as sorted
N-Triples lines, and the concept scheme a kg:digest of the whole collection (every location with
its method and digest, which with its IRI, made of file and line, is all its description says;
and the rest of the default graph). They are part of the dataset, so a
server that holds a push answers exactly as the local graph does. A push reads the server's
digests, sends one request for the locations whose digests differ, and conditions each operation
of it on the server still holding the collection digest it read: should another push come in
between, none of this one applies, and reading the collection digest afterwards tells which.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

import pyoxigraph as ox

from kg.schema.vocab import VOCAB

DIGEST = ox.NamedNode(VOCAB + "digest")


def line(quad: ox.Quad | ox.Triple) -> bytes:
    """A statement as an N-Triples line, the form digests are taken of and pushes send."""
    triple = quad.triple if isinstance(quad, ox.Quad) else quad
    return f"{triple} .\n".encode("utf-8")  # a triple is written as its terms with a space between


def of_lines(lines: Iterable[bytes]) -> str:
    return hashlib.sha1(b"".join(sorted(lines))).hexdigest()


def of_graphs(quads: Iterable[ox.Quad]) -> tuple[dict[ox.NamedNode, str], list[bytes]]:
    """The digest of each named graph's statements, and the default graph's lines."""
    lines: dict[ox.NamedNode, list[bytes]] = defaultdict(list)
    default: list[bytes] = []
    for quad in quads:
        graph = quad.graph_name  # made anew at each access: once
        (lines[graph] if isinstance(graph, ox.NamedNode) else default).append(line(quad))
    return {graph: of_lines(found) for graph, found in lines.items()}, default


def in_graph_order(by_graph: dict[ox.NamedNode, list[ox.Quad]],
                   texts: list[tuple[str, ox.Quad]] | None = None) -> tuple[list[ox.Quad], dict[ox.NamedNode, str]]:
    """The named graphs' quads in kg.graph.serialize's sort_key order, with of_graphs' digest of each
    graph, from the quads of each graph. The graphs sorted by their IRIs, then each graph's quads by
    their triples' N-Triples, is sort_key's order (the graph, a NUL, the triple: of two IRIs one
    of which begins the other, the shorter sorts first either way, as no IRI holds a NUL); and two
    short sorts cost less than one of keys that mostly share their first sixty characters. A
    graph's triples in order, each with " ." after it, are its lines sorted (a triple that begins
    another sorts before it with " ." after it too: what follows in the longer one, a language
    tag, a datatype or a space, is no control character). `texts`, when given, gains each quad with
    its triple's N-Triples, which the quads' union in order needs too (Quads.union_in_order)."""
    ordered: list[ox.Quad] = []
    found: dict[ox.NamedNode, str] = {}
    for _iri, graph in sorted((str(graph), graph) for graph in by_graph):
        keyed = sorted([(str(quad.triple), quad) for quad in by_graph[graph]], key=itemgetter(0))
        found[graph] = hashlib.sha1("".join([text + " .\n" for text, _quad in keyed]).encode("utf-8")).hexdigest()
        ordered += [quad for _text, quad in keyed]
        if texts is not None:
            texts += keyed
    return ordered, found


def on_server(server: Any, provenance: ox.NamedNode, scheme: ox.NamedNode) -> tuple[str | None, dict[str, str]]:
    """The collection digest a server holds (None: it has none, as after a push by an older kg) and
    each source location's digest, read from the collection's provenance graph."""
    rows = server.select(f"SELECT ?s ?d WHERE {{ GRAPH {provenance} {{ ?s {DIGEST} ?d }} }}")
    return _split({row["s"].value: row["d"].value for row in rows if isinstance(row["s"], ox.NamedNode)}, scheme)


def in_store(store: Any, scheme: ox.NamedNode) -> tuple[str | None, dict[str, str]]:
    """The same, of a local store: from its default graph."""
    quads = store.quads_for_pattern(None, DIGEST, None, ox.DefaultGraph())
    return _split({q.subject.value: q.object.value for q in quads if isinstance(q.subject, ox.NamedNode)}, scheme)


def _split(found: dict[str, str], scheme: ox.NamedNode) -> tuple[str | None, dict[str, str]]:
    return found.pop(scheme.value, None), found


def changes(store: Any, changed: list[ox.NamedNode], gone: list[ox.NamedNode], provenance: ox.NamedNode,
            scheme: ox.NamedNode, source_prefix: str, old: str, limit: int) -> tuple[bytes, int] | None:
    """One update request that replaces the source locations `changed` (statements and description)
    with the local store's, removes the locations `gone`, and replaces the rest of the default
    graph (the scheme, with the new collection digest) last; every operation holds only while the
    server has the collection digest `old`. With the number of quads it inserts; None as soon as it
    would outgrow `limit` bytes (the caller then replaces the whole collection)."""
    holds = f"GRAPH {provenance} {{ {scheme} {DIGEST} {ox.Literal(old)} }}"
    parts: list[bytes] = []
    size = count = 0

    def add(part: bytes) -> bool:
        nonlocal size
        parts.append(part)
        size += len(part)
        return size <= limit

    for graph in [*changed, *gone]:
        if not add(f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ {holds} GRAPH {graph} {{ ?s ?p ?o }} }} ;\n"
                   f"DELETE {{ GRAPH {provenance} {{ {graph} ?p ?o }} }} WHERE {{ {holds} GRAPH {provenance} {{ {graph} ?p ?o }} }} ;\n"
                   .encode("utf-8")):
            return None
    default = ox.DefaultGraph()
    for graph in changed:
        statements = [line(q) for q in store.quads_for_pattern(None, None, None, graph)]
        described = [line(q) for q in store.quads_for_pattern(graph, None, None, default)]
        count += len(statements) + len(described)
        if not add(f"INSERT {{ GRAPH {graph} {{\n".encode("utf-8") + b"".join(statements) + f"}} GRAPH {provenance} {{\n".encode("utf-8")
                   + b"".join(described) + f"}} }} WHERE {{ {holds} }} ;\n".encode("utf-8")):
            return None
    # What the default graph says of no source location (the scheme), found by the store itself:
    # a scan in Python of every location's description would cost seconds at 100k locations.
    keep = f"FILTER(!isIRI(?s) || !STRSTARTS(STR(?s), {ox.Literal(source_prefix)}))"
    rest = [line(ox.Triple(r["s"], r["p"], r["o"])) for r in store.query(f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o {keep} }}")]
    count += len(rest)
    # One operation, so that the collection digest it deletes is still there for its own condition.
    if not add(f"DELETE {{ GRAPH {provenance} {{ ?s ?p ?o }} }} INSERT {{ GRAPH {provenance} {{\n".encode("utf-8") + b"".join(rest)
               + f"}} }} WHERE {{ {holds} GRAPH {provenance} {{ ?s ?p ?o }} {keep} }}\n".encode("utf-8")):
        return None
    return b"".join(parts), count
