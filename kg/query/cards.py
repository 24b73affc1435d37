"""What `kg build` computes ahead for the commands people run most, kept beside aie.trig, so that
they answer with a small read: no pyoxigraph, no parsing of the graph, no inference at start-up.
`kg show` reads a concept's description (its card); `kg query` with one end given, the facts out of
that concept (on its card) or into it; `kg path`, the asserted edges (kg.query.answers reads both).

Only for graphs the memory backend serves; the on-disk store answers larger ones quickly as it is.
The file is marshal data (built in: nothing to import), stamped as every saved answer is
(kg.query.saved): a stamp that does not match, or a file that cannot be read, means "not here",
and the caller asks the graph.
So does a name the index cannot settle alone (unknown or ambiguous): the graph's resolve() gives
the error, with its suggestions.

Layout: 8 bytes (the header's length), the header (stamp, name index, where each record starts,
the relations' labels and inverses), then the records: per concept its description (CARD) and
the facts into it (INTO), then the walk (WALK, one record).
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from kg.graph.description import Description
from kg.labels import named
from kg.query import saved
from kg.workspace import Workspace

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph

CARDS = ".kg-cards"  # in exports/
FORMAT = 3  # 2: relations say how they were read (tier, reading rules); 3: facts into each concept, the walk
CARD, INTO, WALK = "card", "into", "walk"  # the sections of records
Answer = TypeVar("Answer")


def cards_file(workspace: Workspace) -> str:
    return os.path.join(workspace.exports_folder, CARDS)


def stamp(workspace: Workspace) -> tuple[object, ...] | None:
    """What the cards are made from (kg.query.saved); None when there is no built graph."""
    return saved.stamp(workspace, FORMAT)


def serves(workspace: Workspace) -> bool:
    """Whether the cards may answer: a local graph the memory backend would parse."""
    return saved.serves(workspace) and workspace.store in ("auto", "memory")


class Cards:
    """An open cards file whose stamp matches the graph."""

    def __init__(self, file: BinaryIO, start: int, names: dict, offsets: dict[str, list[int]],
                 relations: dict[str, tuple[str, str | None]]) -> None:
        self.file, self.start, self.names, self.offsets = file, start, names, offsets
        self.relations = relations  # name -> (label, inverse)

    def concept(self, name: str) -> int | None:
        """The number of the one concept `name` means; None when it means none, or several."""
        chosen = named(self.names, name)
        return chosen[0] if len(chosen) == 1 else None

    def record(self, section: str, number: int = 0) -> Any:
        start, end = self.offsets[section][number], self.offsets[section][number + 1]
        self.file.seek(self.start + start)
        return marshal.loads(self.file.read(end - start))


def consult(workspace: Workspace, ask: Callable[[Cards], Answer | None]) -> Answer | None:
    """What `ask` finds in the cards; None when there are none for this graph, they cannot be read,
    or `ask` cannot say."""
    if not serves(workspace):
        return None
    try:
        with open(cards_file(workspace), "rb") as file:
            size = int.from_bytes(file.read(8), "little")
            if 8 + size > os.fstat(file.fileno()).st_size:
                return None
            made_from, names, offsets, relations = marshal.loads(file.read(size))
            if made_from != stamp(workspace):
                return None
            return ask(Cards(file, 8 + size, names, offsets, relations))
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError):
        return None  # no cards, or cards this code cannot read: the graph answers


def lookup(workspace: Workspace, name: str) -> Description | None:
    """The description of the one concept `name` means; None when the cards cannot say (see above)."""
    def card(cards: Cards) -> Description | None:
        number = cards.concept(name)
        return None if number is None else Description(*cards.record(CARD, number))

    return consult(workspace, card)


def write(workspace: Workspace, graph: KnowledgeGraph) -> None:
    """Describe every concept of the built graph (with inference), list the facts into each, keep
    the asserted edges, and save it all atomically. The stamp is taken first: should aie.trig change
    while the cards are computed, they are never read."""
    from kg.files import atomic_write_with
    from kg.graph.infer import Reasoner, inverse_of
    from kg.query.paths import saved_walk
    from kg.query.patterns import describe_concept, fact_row, match, relation_labels

    made_from = stamp(workspace)
    concepts = graph.concepts()
    position = {c: i for i, c in enumerate(concepts)}
    reasoner = Reasoner(graph)
    reasoner.preload()  # every concept is described: one pass over the edges, not a lookup per concept
    sections = {
        CARD: [marshal.dumps(tuple(describe_concept(graph, c, reasoner=reasoner))) for c in concepts],
        INTO: [marshal.dumps([fact_row(graph, f) for f in match(graph, None, None, c, reasoner=reasoner)]) for c in concepts],
        WALK: [marshal.dumps(saved_walk(graph, concepts))],
    }
    offsets: dict[str, list[int]] = {}
    end = 0
    for section, records in sections.items():
        offsets[section] = [end]
        for record in records:
            end += len(record)
            offsets[section].append(end)
    names = {key: [(rank, position[c]) for rank, c in entries if c in position]
             for key, entries in graph.name_index().items()}
    relations = {name: (label, inverse_of(name)) for name, label in relation_labels().items()}
    header = marshal.dumps((made_from, names, offsets, relations))

    def save(out: BinaryIO) -> None:
        out.write(len(header).to_bytes(8, "little"))
        out.write(header)
        for records in sections.values():
            for record in records:
                out.write(record)

    atomic_write_with(cards_file(workspace), save)


def remove(workspace: Workspace) -> None:
    """Drop the cards of an earlier build (the graph outgrew them)."""
    try:
        os.remove(cards_file(workspace))
    except FileNotFoundError:
        pass
