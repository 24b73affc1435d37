"""The first push of a collection as one Graph Store Protocol request (kg.stores.push).

When the server holds nothing of the collection, there is nothing to replace: the collection goes in
one POST of N-Quads to the server's graph store (every source graph as it is, the local default
graph as <B>provenance), which Oxigraph loads in one transaction, so readers see all of it or none,
as fast as a plain upload of the same data. The SPARQL updates of a replacement (staging graphs,
then a swap) cost seven times that at 1.4 million quads: the swap copies every quad.

The body is made by pyoxigraph (dumps of the store in N-Quads and of its default graph in
N-Triples) with a few operations on bytes: no Python object per quad.
"""

from __future__ import annotations

import io
from typing import IO, Any

import pyoxigraph as ox

from kg import progress
from kg.errors import EndpointError
from kg.stores.endpoint import Endpoint, EndpointAnswered

NQUADS = "application/n-quads"
NOT_HERE = (404, 405, 415, 501)  # no graph store at that URL, or none that takes datasets


class NoGraphStore(Exception):
    """The server has no graph store that takes a dataset where Oxigraph has one: update instead."""


def dataset(store: Any, provenance: ox.NamedNode) -> tuple[int, bytes]:
    """(quads, N-Quads) of a built dataset as the server keeps it: its default graph in `provenance`."""
    default = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    everything = store.dump(format=ox.RdfFormat.N_QUADS)
    # a line of the default graph reads the same in both dumps; a named graph's has its graph too
    in_default = set(default.split(b"\n"))
    named = [line for line in everything.split(b"\n") if line not in in_default]
    moved = default.replace(b" .\n", b" " + str(provenance).encode("utf-8") + b" .\n")  # a literal holds no newline
    return len(named) + default.count(b"\n"), b"".join(line + b"\n" for line in named) + moved


def post(endpoint: Endpoint, body: bytes, quads: int) -> None:
    """POST the N-Quads to the graph store, counting the quads sent; NoGraphStore when the server has
    none there (nothing was loaded), EndpointError saying what a failure means for the collection."""
    url = endpoint.store_url
    if url is None:
        raise NoGraphStore(endpoint.update_url)
    with progress.stage("push", "quads uploaded", quads) as step:
        sent = _Counted(io.BytesIO(body), step)
        try:
            endpoint.read(url, endpoint.post(url, sent, NQUADS, "*/*", size=len(body), timeout=endpoint.push_timeout))
        except EndpointAnswered as error:
            if error.status in NOT_HERE:
                raise NoGraphStore(url) from None
            raise EndpointError(f"{error}; nothing was pushed: the server rejected the upload and loads none of a "
                                "rejected one; the collection on the server is as it was") from None
        except EndpointError as error:
            if sent.finished:
                raise EndpointError(f"{error}; the push MAY OR MAY NOT have been applied: the upload was sent whole "
                                    "before the connection failed; run `kg push` again") from None
            raise EndpointError(f"{error}; nothing was pushed: the upload was cut off before the server had all of "
                                "it, so it loaded none of it") from None


class _Counted:
    """The request body, counting the quads (lines) read from it and noting when it was read to the
    end: http.client reads the next block only after the last was handed to the socket."""

    def __init__(self, file: IO[bytes], step: progress.Step) -> None:
        self.file, self.step, self.finished = file, step, False

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.step.advance(data.count(b"\n"))
        self.finished = self.finished or not data
        return data
