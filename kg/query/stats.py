"""`kg stats`: the graph counted by class, relation (stated, and what inference adds) and source file,
and the concepts with no relation or no definition.

Counting what inference adds needs no chains of reasons, only which concepts each one reaches:
reach_counts() walks sets of neighbours where the reasoner (kg.graph.infer) would build a Fact per
pair, and counts exactly what Reasoner.inferred() lists (tests/test_stats.py holds the two equal).
`kg build` saves the answer beside aie.trig (kg.query.saved), so that `kg stats` reads it rather
than the graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a count is made: a saved answer needs only stats_rows
    import pyoxigraph as ox

    from kg.graph.knowledge import Edge, KnowledgeGraph


def stats(graph: KnowledgeGraph) -> dict[str, object]:
    """Counts by class, relation (stated and with inference) and source file; concepts with no
    relation and concepts with no definition (topics, which are headings, are left out of both).
    Statements are counted as KnowledgeGraph.statements defines them: once each, though a file
    counts every source that states it, so the files' counts may add up to more."""
    from kg import progress
    from kg.schema import vocab

    with progress.stage("stats", "reading the concepts and relations"):
        concepts = graph.concepts()
        classes = Counter(graph.class_of(c) for c in concepts)
        plain = [c for c in concepts if graph.class_of(c) != "Topic"]
        edges = graph.statements()
    with progress.stage("stats", "relations inferred"):
        inferred = inferred_counts(graph.edges(), set(plain))
    stated = Counter(e.relation for e in edges)
    relations = {r: {"stated": stated[r], "inferred": inferred[r]} for r in vocab.relations() if stated[r] or inferred[r]}
    files = Counter(source.file for e in edges for source in e.sources)
    linked = {e.subject for e in edges} | {e.object for e in edges}
    defined = graph.defined()  # no definition's text is read
    return {
        "concepts": len(plain), "topics": classes.get("Topic", 0), "statements": len(edges),
        "classes": dict(sorted(classes.items())), "relations": relations, "files": dict(sorted(files.items())),
        "without_relations": sorted(graph.label(c) for c in plain if c not in linked),
        "without_definition": sorted(graph.label(c) for c in plain if c not in defined),
    }


def read_by_stats() -> set[ox.NamedNode]:
    """The predicates stats() reads of a graph, with the sources of its statements: the types, the
    preferred labels, the definitions and the relations. `kg build` counts a graph of these alone."""
    from kg.schema import vocab

    return {vocab.RDF_TYPE, vocab.PREF_LABEL, vocab.DEFINITION} | {r.iri for r in vocab.relations().values()}


def inferred_counts(edges: Iterable[Edge], concepts: set[ox.NamedNode]) -> Counter[str]:
    """Per relation, the facts between two of `concepts` that inference adds to the asserted edges:
    pairs (x, y), x not y, where y is one step from x (a stated edge, or one read backwards through
    an inverse or a symmetric relation) or, for a transitive relation, a chain of steps, and no
    edge of that relation states x to y. The edges may pass through anything on the way. Nodes
    are numbered first: sets of numbers hash far faster than sets of IRIs."""
    from kg.graph.infer import inverse_of, is_symmetric, is_transitive
    from kg.schema import vocab

    number: dict[ox.NamedNode, int] = {}
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for edge in edges:
        s, o = number.setdefault(edge.subject, len(number)), number.setdefault(edge.object, len(number))
        pairs[edge.relation].append((s, o))
    ends = {number[c] for c in concepts if c in number}
    found: Counter[str] = Counter()
    for relation in vocab.relations():
        steps = _steps(pairs.get(relation, []), pairs.get(inverse_of(relation) or "", []),
                       inverse_of(relation) not in (None, relation), is_symmetric(relation))
        transitive = is_transitive(relation)
        reached = 0  # pairs (x, y) of ends, x not y, y reached from x
        shared: dict[int, int] = {}  # ends reached from each node of a cycle met so far (see _cycle_reach)
        back: dict[int, list[int]] | None = None  # made at the first cycle: a hierarchy has none
        for start in ends & steps.keys():
            if start in shared:
                reached += shared[start] - 1  # on a cycle: it reaches itself
                continue
            ahead = _reach(start, steps) if transitive else steps[start]
            reached += len(ahead & ends) - (start in ahead)
            if transitive and start in ahead:
                back = _backwards(steps) if back is None else back
                shared.update(_cycle_reach(start, ahead, back, len(ahead & ends)))
        # less those an edge states, each one step, so reached: counted once each, not at every pair
        stated = {(s, o) for s, o in pairs.get(relation, ()) if s != o and s in ends and o in ends}
        found[relation] += reached - len(stated)
    return found


def _steps(own: list[tuple[int, int]], inverse: list[tuple[int, int]], has_inverse: bool,
           symmetric: bool) -> dict[int, set[int]]:
    """Where one step of a relation leads from each node, as Reasoner.steps reads the edges: its
    own edges forward, and backwards when it is symmetric; its inverse's edges backwards, and
    forward too when it is symmetric."""
    steps: dict[int, set[int]] = defaultdict(set)
    for s, o in own:
        steps[s].add(o)
        if symmetric:
            steps[o].add(s)
    if has_inverse:
        for s, o in inverse:
            steps[o].add(s)
            if symmetric:
                steps[s].add(o)
    return steps


def _reach(start: int, steps: dict[int, set[int]]) -> set[int]:
    """Every node a chain of steps leads to from `start`."""
    seen: set[int] = set()
    frontier = [start]
    while frontier:
        later = []
        for node in frontier:
            for other in steps.get(node, ()):
                if other not in seen:
                    seen.add(other)
                    later.append(other)
        frontier = later
    return seen


def _backwards(steps: dict[int, set[int]]) -> dict[int, list[int]]:
    """Where one step leads from, for each node: to walk the steps backwards."""
    back: dict[int, list[int]] = defaultdict(list)
    for node, ahead in steps.items():
        for other in ahead:
            back[other].append(node)
    return back


def _cycle_reach(start: int, ahead: set[int], back: dict[int, list[int]], ends_reached: int) -> dict[int, int]:
    """The nodes on a cycle with `start` (which reaches itself: `ahead`, all it reaches, holds it),
    each with the number of ends it reaches: the same as start's, since each reaches the others.
    They are those of `ahead` that reach `start` back, found walking the steps backwards within
    `ahead`: a graph of hubs and cycles is walked once per cycle, not once per node of it."""
    cycle = {start}
    frontier = [start]
    while frontier:
        later = []
        for node in frontier:
            for other in back.get(node, ()):
                if other in ahead and other not in cycle:
                    cycle.add(other)
                    later.append(other)
        frontier = later
    return dict.fromkeys(cycle, ends_reached)


def stats_rows(found: dict[str, object]) -> list[dict[str, object]]:
    """The statistics flattened into (section, name, count) rows, for tables and CSV."""
    rows: list[dict[str, object]] = [{"section": "total", "name": k, "count": found[k]} for k in ("concepts", "topics", "statements")]
    rows += [{"section": "class", "name": k, "count": v} for k, v in found["classes"].items()]
    for name, counts in found["relations"].items():
        rows.append({"section": "relation", "name": name, "count": counts["stated"], "inferred": counts["inferred"]})
    rows += [{"section": "file", "name": k, "count": v} for k, v in found["files"].items()]
    rows += [{"section": "no relation", "name": label, "count": None} for label in found["without_relations"]]
    rows += [{"section": "no definition", "name": label, "count": None} for label in found["without_definition"]]
    return rows
