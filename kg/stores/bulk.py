"""Loading a dataset (aie.trig) into the on-disk store, a piece at a time so that memory stays flat.

pyoxigraph's bulk_load parses and writes with the GIL released, so that `kg build` goes on with the
counts and aie.ttl meanwhile; but it holds everything it loads in memory (800 MB for the 750k
quads of 20,000 concepts). So the file is cut into pieces of some PIECE bytes, each its prefixes
and whole top-level blocks, as `kg build` writes them (pyoxigraph's TriG: a statement of the
default graph or a named graph's block starts at a line's start; what continues it is indented
or closes it). A file that is not so laid out, or that holds blank nodes (their labels hold
within one document only), is parsed quad by quad instead and written a batch at a time.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import BinaryIO

import pyoxigraph as ox

PIECE = 2_000_000  # bytes of TriG, some 40k quads: one bulk_load of them holds ~90 MB (of 4 MB, 180 MB)
LOADERS = 2  # pieces loaded at once (pyoxigraph parses each on a core of its own, the GIL released)
BATCH = 100_000  # quads per write when parsed quad by quad
TAIL = 65_536  # bytes at the end of a piece searched first for the end of its last block
# where one top-level block ends and the next begins: after a statement's " ." or a graph's "}"
# alone on its line, a line that starts neither indented nor with "}"
_BLOCK_END = re.compile(rb"(?: \.|\n\})\n(?=[^\t }\n])")
_PREFIX = re.compile(rb"(?:@prefix [^\n]*\n)*")


class Cancelled(Exception):
    """The build the store was written for failed: no need to finish it."""


def load(store: ox.Store, data: BinaryIO, cancelled: threading.Event | None = None) -> None:
    """Load the TriG dataset `data` (a file open at its start) into `store`."""
    if _has_blank_nodes(data):
        _load_quad_by_quad(store, data, cancelled)
        return
    try:
        _load_in_pieces(store, data, cancelled)
    except SyntaxError:  # laid out otherwise (written by hand), or not TriG: parsed whole, which says where
        store.clear()
        data.seek(0)
        _load_quad_by_quad(store, data, cancelled)


def _has_blank_nodes(data: BinaryIO) -> bool:
    """Whether `data` may hold a blank node's label (or "_:" in some text), read a piece at a time."""
    last = b""
    found = False
    while not found and (piece := data.read(PIECE)):
        found = b"_:" in last + piece
        last = piece[-1:]
    data.seek(0)
    return found


def _load_in_pieces(store: ox.Store, data: BinaryIO, cancelled: threading.Event | None) -> None:
    """Each piece loaded as soon as it is cut, LOADERS at a time: a piece is parsed on one core
    while the next is on the other (a third less time at 20,000 concepts); a piece's SyntaxError
    is raised here once the pieces under way are done."""
    with ThreadPoolExecutor(LOADERS, thread_name_prefix="kg-store-load") as loaders:
        under_way: deque[Future[None]] = deque()
        for piece in _pieces(data, cancelled):
            if len(under_way) == LOADERS:
                under_way.popleft().result()  # one piece waiting at most: memory stays flat
            under_way.append(loaders.submit(store.bulk_load, piece, format=ox.RdfFormat.TRIG))
        for loading in under_way:
            loading.result()


def _pieces(data: BinaryIO, cancelled: threading.Event | None) -> Iterator[bytes]:
    """The dataset cut into pieces of whole top-level blocks, each with the prefixes declared."""
    head = data.read(PIECE)
    prefixes = _PREFIX.match(head)
    end = prefixes.end() if prefixes else 0
    declared, rest = head[:end], head[end:]
    while True:
        if cancelled is not None and cancelled.is_set():
            raise Cancelled
        more = data.read(PIECE)
        if not more:
            if rest.strip():
                yield declared + rest
            return
        rest += more
        cut = last_block_end(rest)
        if cut is not None:  # else a block longer than a piece: read on
            yield declared + rest[:cut]
            rest = rest[cut:]


def last_block_end(data: bytes) -> int | None:
    """Where the last whole top-level block of `data` ends; None when none ends in it. Its last TAIL
    bytes are searched first, not the whole piece (some 8,000 blocks, a tenth of a second with the
    GIL held at 20,000 concepts): two block ends never overlap (what follows one is never "}"),
    so the last one found from anywhere is the last of the whole when there is one after it."""
    for start in (max(0, len(data) - TAIL), 0):
        cut = None
        for cut in _BLOCK_END.finditer(data, start):
            pass
        if cut is not None or start == 0:
            return None if cut is None else cut.end()
    return None


def _load_quad_by_quad(store: ox.Store, data: BinaryIO, cancelled: threading.Event | None) -> None:
    """Parsed quad by quad (a blank node keeps its label), written a batch at a time: bulk_extend of
    a whole file would hold it all in memory; a batch at a time holds about 150 MB whatever the
    size, for some 15% more time."""
    quads = ox.parse(data, format=ox.RdfFormat.TRIG)
    while batch := list(islice(quads, BATCH)):
        if cancelled is not None and cancelled.is_set():
            raise Cancelled
        store.bulk_extend(batch)
