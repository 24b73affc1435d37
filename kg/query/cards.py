"""Every concept's description, computed by `kg build` and kept beside aie.trig, so that `kg show`
answers with one small read: no pyoxigraph, no parsing of the graph, no inference at start-up.

Only for graphs the memory backend serves; the on-disk store answers larger ones quickly as it is.
The file is marshal data (built in: nothing to import), stamped as every saved answer is
(kg.query.saved): a stamp that does not match, or a file that cannot be read, means "not here",
and the caller asks the graph.
So does a name the index cannot settle alone (unknown or ambiguous): the graph's resolve() gives
the error, with its suggestions.

Layout: 8 bytes (the header's length), the header (stamp, name index, offsets), then one record
per concept: the fields of a Description.
"""

from __future__ import annotations

import marshal
import os
from typing import TYPE_CHECKING, BinaryIO

from kg.graph.description import Description
from kg.labels import named
from kg.query import saved
from kg.workspace import Workspace

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph

CARDS = ".kg-cards"  # in exports/
FORMAT = 2  # 2: relations say how they were read (tier, reading rules)


def cards_file(workspace: Workspace) -> str:
    return os.path.join(workspace.exports_folder, CARDS)


def stamp(workspace: Workspace) -> tuple[object, ...] | None:
    """What the cards are made from (kg.query.saved); None when there is no built graph."""
    return saved.stamp(workspace, FORMAT)


def serves(workspace: Workspace) -> bool:
    """Whether `kg show` may read the cards: a local graph the memory backend would parse."""
    return saved.serves(workspace) and workspace.store in ("auto", "memory")


def lookup(workspace: Workspace, name: str) -> Description | None:
    """The description of the one concept `name` means; None when the cards cannot say (see above)."""
    if not serves(workspace):
        return None
    try:
        with open(cards_file(workspace), "rb") as cards:
            size = int.from_bytes(cards.read(8), "little")
            if 8 + size > os.fstat(cards.fileno()).st_size:
                return None
            made_from, names, offsets = marshal.loads(cards.read(size))
            if made_from != stamp(workspace):
                return None
            chosen = named(names, name)
            if len(chosen) != 1:
                return None
            start, end = offsets[chosen[0]], offsets[chosen[0] + 1]
            cards.seek(8 + size + start)
            return Description(*marshal.loads(cards.read(end - start)))
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return None  # no cards, or cards this code cannot read: the graph answers


def write(workspace: Workspace, graph: KnowledgeGraph) -> None:
    """Describe every concept of the built graph (with inference) and save the cards atomically.
    The stamp is taken first: should aie.trig change while the cards are computed, they are never read."""
    from kg.files import atomic_write_with
    from kg.graph.infer import Reasoner
    from kg.query.patterns import describe_concept

    made_from = stamp(workspace)
    concepts = graph.concepts()
    position = {c: i for i, c in enumerate(concepts)}
    reasoner = Reasoner(graph)
    reasoner.preload()  # every concept's edges are read: at once, not one lookup each
    records = [marshal.dumps(tuple(describe_concept(graph, c, reasoner=reasoner))) for c in concepts]
    offsets = [0]
    for record in records:
        offsets.append(offsets[-1] + len(record))
    names = {key: [(rank, position[c]) for rank, c in entries if c in position]
             for key, entries in graph.name_index().items()}
    header = marshal.dumps((made_from, names, offsets))

    def save(out: BinaryIO) -> None:
        out.write(len(header).to_bytes(8, "little"))
        out.write(header)
        for record in records:
            out.write(record)

    atomic_write_with(cards_file(workspace), save)


def remove(workspace: Workspace) -> None:
    """Drop the cards of an earlier build (the graph outgrew them)."""
    try:
        os.remove(cards_file(workspace))
    except FileNotFoundError:
        pass
