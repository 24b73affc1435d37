"""`kg push`: replace a collection's graphs on a SPARQL 1.1 server with the local graph, atomically.

Oxigraph, Fuseki, GraphDB, RDF4J and Neptune apply one update request in one transaction, so the
replacement is one request wherever it can be: drop the collection's graphs, INSERT DATA the new
ones. A large collection does not fit one request (Oxigraph refuses update bodies over 128 MiB;
1.2M quads make ~200 MB), so its quads are first uploaded in chunks to staging graphs
(<B>staging/...), which no reader looks at, and one small request then swaps them in: drop the live
graphs, copy each staged graph to its live name; a last request drops the staged ones. Either way
readers see the old collection or the new one, never a mix. A push cut off while uploading leaves
the live graphs as they were (the next push clears the staging graphs); only a failure during the
swapping request leaves the outcome unknown, and the message says so.

A first push, to a server that holds nothing of the collection, has nothing to replace: it is one
Graph Store Protocol upload of the whole collection, in one transaction (kg.stores.upload), where
the server has a graph store that takes datasets (Oxigraph's /store); elsewhere it updates as above.
Later pushes send only the source locations whose digests changed, in one
request conditioned on the collection digest read from the server (kg.digests); a change too
large for one request, a server without digests, or --full replaces the whole collection as above.

Each workspace's collection has a base of its own (kg.settings), and its scheme names the
workspace it was built in (kg:workspace), which a push sends with the rest. A collection on the
server that names another workspace, another scheme, or none (an older kg pushed it) is not
replaced unless asked (--replace): the push says what it would drop, and sends nothing.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from itertools import islice
from dataclasses import dataclass
from typing import IO, Any

import pyoxigraph as ox

from kg import checks, progress
from kg.graph import digests
from kg.graph.namespaces import WORKSPACE, Namespaces
from kg.stores import upload
from kg.stores.endpoint import Endpoint, EndpointAnswered, shown
from kg.errors import EndpointError, ForeignCollection
from kg.stores.remote import PROVENANCE, SOURCE, RemoteStore, collection_graphs
from kg.schema.vocab import CONCEPT_SCHEME, RDF_TYPE, VOCAB

STAGING = "staging/"
TOPIC = ox.NamedNode(VOCAB + "Topic")
CHUNK_BYTES = 32 * 1024 * 1024  # per request (~200k quads); override with KG_PUSH_CHUNK_BYTES
UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class PushResult:
    base: str
    quads: int
    graphs: int
    dropped: int  # graphs of an earlier push that this one no longer has
    requests: int
    url: str
    note: str = ""  # what went wrong after the new graphs were in

    def summary(self) -> str:
        return (f"pushed {self.quads} quads in {self.graphs} graphs of {self.base} to {self.url}"
                + (f" ({self.dropped} old graphs dropped)" if self.dropped else "") + (f"; {self.note}" if self.note else ""))


def collection_of(store: Any) -> Namespaces:
    """The namespaces of the one collection a built dataset holds (kg.namespaces): its scheme, and the
    workspace it was built in, which says where on a server it goes."""
    schemes = {q.subject.value for q in store.quads_for_pattern(None, RDF_TYPE, CONCEPT_SCHEME, ox.DefaultGraph())
               if isinstance(q.subject, ox.NamedNode) and q.subject.value.endswith("scheme")}
    if len(schemes) != 1:
        raise EndpointError(f"the built graph should describe one concept scheme, not {len(schemes)}; run `kg build` again")
    names = Namespaces.of(store)
    if names is None or names.workspace is None:
        raise EndpointError("the built graph does not say which workspace it was built in (an older kg built it); "
                            "run `kg build` again; nothing was pushed")
    return names


def push(store: Any, endpoint: Endpoint, *, chunk_bytes: int | None = None, full: bool = False,
         replace: bool = False) -> PushResult:
    """Replace the collection's graphs on the server with those of a local store (an ox.Store):
    only the source locations whose digests changed (kg.digests), unless `full`, or the server has
    no digests, or the change does not fit one request. A collection there that another workspace
    (or scheme) pushed is replaced only with `replace`: else ForeignCollection, and nothing is sent."""
    names = collection_of(store)
    base = names.collection
    live_prefix, staging_prefix = base + SOURCE, base + STAGING
    graphs = sorted(store.named_graphs(), key=str)
    outside = next((g for g in graphs if not (isinstance(g, ox.NamedNode) and g.value.startswith(live_prefix))), None)
    if outside is not None:
        raise EndpointError(f"the built graph has the named graph {outside}, outside {live_prefix}; nothing was pushed")
    provenance, scheme = ox.NamedNode(base + PROVENANCE), names.scheme
    server = RemoteStore(endpoint, base)
    try:
        with progress.stage("push", "reading the collection on the server"):
            old = collection_graphs(server, live_prefix)
            owners = _owners(server, provenance)
            if (old or owners) and owners != [(scheme.value, names.workspace)]:
                if not replace:
                    raise ForeignCollection(_taken(server, base, live_prefix, old, owners, names))
                full = True  # whatever is there goes, whatever its digests say
            leftovers = collection_graphs(server, staging_prefix)  # from a push that was cut off
            empty = not (old or owners or leftovers) and not _holds(server, provenance)  # nothing to replace
            there, there_digests = (None, {}) if full or leftovers else digests.on_server(server, provenance, scheme)
    except ForeignCollection:
        raise
    except EndpointError as error:
        raise EndpointError(f"{error}; nothing was pushed: the collection on the server is as it was") from None
    limit = chunk_bytes or checks.whole_number(os.environ.get("KG_PUSH_CHUNK_BYTES") or str(CHUNK_BYTES), "KG_PUSH_CHUNK_BYTES")
    here, here_digests = digests.in_store(store, scheme)
    if there is not None and here is not None:
        url = shown(endpoint.update_url)
        if there == here:
            return PushResult(base, 0, len(graphs), 0, 0, url, "the server holds this graph already")
        changed = [g for g in graphs if there_digests.get(g.value) != here_digests.get(g.value)]
        gone = [ox.NamedNode(iri) for iri in sorted(there_digests.keys() - here_digests.keys())]
        request = digests.changes(store, changed, gone, provenance, scheme, live_prefix, there, limit)
        if request is not None:  # it fits one request; else the whole collection goes, as on a first push
            body, quads = request
            with progress.stage("push", f"sending the changes ({quads:,} quads)"):
                _send(endpoint, body, swap=True)
                _check(server, provenance, scheme, here)
            return PushResult(base, quads, len(graphs), len(gone), 1, url,
                              f"only what changed: {len(changed)} source location{'s' * (len(changed) != 1)} replaced, "
                              f"{len(gone)} removed")
    if empty:
        quads, body = upload.dataset(store, provenance)
        try:
            upload.post(endpoint, body, quads)
            return PushResult(base, quads, len(graphs), 0, 1, shown(endpoint.store_url or endpoint.update_url))
        except upload.NoGraphStore:
            pass  # no graph store that takes datasets: the updates below
        finally:
            del body
    drops = _drops([*old, provenance])
    live = {g: g for g in [*graphs, provenance]}
    first = list(islice(_chunks(store, graphs, provenance, live, limit), 2))
    if len(first) == 1:  # it fits one request: drop and insert in one transaction, no staging
        quads, body = first[0]
        with progress.stage("push", f"sending {quads:,} quads"):
            _send(endpoint, drops + _drops(leftovers) + body, swap=True)
        requests, note = 1, ""
    else:
        if leftovers:  # before the upload, which would add to them
            _send(endpoint, _drops(leftovers), swap=False)
        staged = {g: ox.NamedNode(staging_prefix + g.value[len(base):]) for g in live}
        quads, requests, note = _push_staged(store, endpoint, graphs, provenance, staged, drops, limit)
        requests += bool(leftovers)
    dropped = len({g.value for g in old} - {g.value for g in graphs})
    return PushResult(base, quads, len(graphs), dropped, requests, shown(endpoint.update_url), note)


def _holds(server: RemoteStore, graph: ox.NamedNode) -> bool:
    """Whether the server has a triple in `graph`."""
    return bool(list(server.select(f"SELECT ?s WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }} LIMIT 1")))


def _owners(server: RemoteStore, provenance: ox.NamedNode) -> list[tuple[str, str | None]]:
    """Which scheme, built in which workspace, the server's collection says it holds (None: a push by
    a kg that recorded no workspace)."""
    rows = server.select(f"SELECT ?scheme ?workspace WHERE {{ GRAPH {provenance} {{ ?scheme a {CONCEPT_SCHEME} "
                         f"OPTIONAL {{ ?scheme {WORKSPACE} ?workspace }} }} }}")
    return sorted({(row["scheme"].value, row["workspace"].value if row["workspace"] else None) for row in rows},
                  key=lambda owner: (owner[0], owner[1] or ""))


def _taken(server: RemoteStore, base: str, prefix: str, old: list[ox.NamedNode], owners: list[tuple[str, str | None]],
           names: Namespaces) -> str:
    """What a push that replaced the server's collection would drop, and whose it is."""
    found = server.select(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ GRAPH ?g {{ ?c a ?class }} "
                          f"FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)}) && STRSTARTS(STR(?class), {ox.Literal(VOCAB)}) "
                          f"&& ?class != {TOPIC}) }}")  # as `kg build` counts them: topics are headings
    concepts = next((int(row["n"].value) for row in found), 0)
    if not owners:
        whose = "has no provenance graph to say whose it is"
    elif owners[0][1] is None:
        whose = "was pushed by an older kg, which recorded no workspace"
    elif owners[0][1] == names.workspace:
        whose = f"came from this workspace built with another base (scheme <{owners[0][0]}>)"
    else:
        whose = f"came from the workspace '{owners[0][1]}'" + (f" (scheme <{owners[0][0]}>)" if owners[0][0] != names.scheme.value else "")
    return (f"the collection {base} on the server {whose}: this push would drop its {len(old)} graphs "
            f"({concepts} concepts); nothing was pushed; `kg push --replace` replaces it")


def _push_staged(store: Any, endpoint: Endpoint, graphs: list[ox.NamedNode], provenance: ox.NamedNode,
                 staged: dict[ox.NamedNode, ox.NamedNode], drops: bytes, limit: int) -> tuple[int, int, str]:
    """Upload to the staging graphs, then swap them in: (quads, requests, a note on what went wrong after)."""
    quads = requests = 0
    with progress.stage("push", "quads uploaded", len(store)) as step:
        for count, body in _chunks(store, graphs, provenance, staged, limit):
            _send(endpoint, body, swap=False)
            quads, requests = quads + count, requests + 1
            step.advance(count)
    pairs = " ".join(f"({staged[g]} {g})" for g in [*graphs, provenance])
    swap = f"INSERT {{ GRAPH ?live {{ ?s ?p ?o }} }} WHERE {{ VALUES (?staged ?live) {{ {pairs} }} GRAPH ?staged {{ ?s ?p ?o }} }}"
    with progress.stage("push", "swapping the new graphs in"):
        _send(endpoint, drops + swap.encode("utf-8"), swap=True)
    # Dropping the staging graphs in the swap's own transaction would make it slower than both apart
    # (Oxigraph: 162 s against 47 + 43 s at 1.2M quads); readers never look at them anyway.
    note = ""
    try:
        with progress.stage("push", "dropping the staging graphs"):
            _request(endpoint, _drops(list(staged.values())))
    except EndpointError as error:
        note = f"the staging graphs are still on the server ({error}); the next push drops them"
    return quads, requests + 2, note


def _check(server: RemoteStore, provenance: ox.NamedNode, scheme: ox.NamedNode, pushed: str) -> None:
    """After a push of changes: the server has this graph's collection digest, or another push came
    in between and none of this one applied (each of its operations held only for the digest read)."""
    try:
        there, _ = digests.on_server(server, provenance, scheme)
    except EndpointError as error:
        raise EndpointError(f"{error}; the push MAY OR MAY NOT have been applied: run `kg push` again") from None
    if there != pushed:
        raise EndpointError("another push changed the collection on the server meanwhile, so none of this one was "
                            "applied: the collection on the server is that push's; run `kg push` again")


def _drops(graphs: list[ox.NamedNode]) -> bytes:
    return "".join(f"DROP SILENT GRAPH {g} ;\n" for g in graphs).encode("utf-8")


def _chunks(store: Any, graphs: list[ox.NamedNode], provenance: ox.NamedNode, names: dict[ox.NamedNode, ox.NamedNode],
            limit: int) -> Iterator[tuple[int, bytes]]:
    """INSERT DATA requests of about `limit` bytes, each quad in the graph `names` gives its own (the
    default graph's: <B>provenance's). Terms are written as N-Triples (pyoxigraph's str())."""
    parts: list[bytes] = []
    size = count = 0
    for graph, name in [(g, g) for g in graphs] + [(ox.DefaultGraph(), provenance)]:
        opening, lines = f"GRAPH {names[name]} {{\n".encode("utf-8"), []
        for quad in store.quads_for_pattern(None, None, None, graph):
            line = digests.line(quad)
            if size + len(line) > limit and (lines or parts):  # a big graph is split over requests
                if lines:
                    parts.append(opening + b"".join(lines) + b"}\n")
                yield count, b"INSERT DATA {\n" + b"".join(parts) + b"}\n"
                parts, lines, size, count = [], [], 0, 0
            lines.append(line)
            size, count = size + len(line), count + 1
        if lines:
            parts.append(opening + b"".join(lines) + b"}\n")
    if parts:
        yield count, b"INSERT DATA {\n" + b"".join(parts) + b"}\n"


class _Tracked:
    """The request body, noting when http.client has read it to the end: it reads the next block
    only after the previous one was handed to the socket, so the end means the whole was sent."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.finished = False

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.finished = self.finished or not data
        return data


def _request(endpoint: Endpoint, body: bytes, tracked: _Tracked | None = None) -> None:
    url = endpoint.update_url
    tracked = tracked or _Tracked(io.BytesIO(body))
    endpoint.read(url, endpoint.post(url, tracked, UPDATE, "*/*", size=len(body), timeout=endpoint.push_timeout))


def _send(endpoint: Endpoint, body: bytes, *, swap: bool) -> None:
    """One update request; a failure says what it means for the live graphs."""
    tracked = _Tracked(io.BytesIO(body))
    try:
        _request(endpoint, body, tracked)
    except EndpointAnswered as error:
        raise EndpointError(f"{error}; nothing was pushed: the server rejected the update"
                            + (", and applies none of a rejected update" if swap else "")
                            + "; the collection on the server is as it was") from None
    except EndpointError as error:
        if not swap:
            raise EndpointError(f"{error}; nothing was pushed: the upload stopped before the new graphs were "
                                "swapped in, so the collection on the server is as it was") from None
        if tracked.finished:
            raise EndpointError(f"{error}; the push MAY OR MAY NOT have been applied: the swap request was sent "
                                "whole before the connection failed; run `kg push` again") from None
        raise EndpointError(f"{error}; nothing was pushed: the swap request was cut off before the server had "
                            "all of it, so the collection on the server is as it was") from None
