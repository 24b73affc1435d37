"""Positions for drawing a graph, computed in Python: the same graph gets the same picture.

Each connected component is laid out by pivot MDS (Brandes and Pich): breadth-first distances to
k far-apart pivots, classical MDS on them, O(k·(n+m)); then density is evened out, overlapping
nodes pushed apart, and the components packed in rows. networkx's spring layout is O(n²) (77 s at
5,000 nodes here); this takes ~0.3 s at 5,000 and ~1.2 s at 20,000.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from math import fsum
from operator import mul
from typing import NamedTuple

SPACING = 110.0  # canvas units between nodes: room for a label at scale 1
PIVOTS = 24
WIDE = 1.4  # width to height of an overview's clusters, as of the page's drawing area on a laptop


def layout(count: int, links: list[tuple[int, int]], spacing: float = SPACING, *, quick: bool = False) -> list[tuple[int, int]]:
    """Positions of `count` nodes: each connected component by pivot MDS, then packed in rows.
    `quick`: half the pivots, and the eigenvectors only until they settle, for the many small
    groups of an overview (the page's own layout keeps its positions as they were)."""
    adjacency: list[set[int]] = [set() for _ in range(count)]
    for a, b in links:
        if a != b:
            adjacency[a].add(b)
            adjacency[b].add(a)
    neighbours = [sorted(s) for s in adjacency]
    positions: list[tuple[int, int]] = [(0, 0)] * count
    placed = [(component, _component_layout(component, neighbours, spacing, quick)) for component in _components(neighbours)]
    row_width = max(spacing, math.sqrt(count) * spacing)
    x = y = row_height = 0.0
    for component, points in placed:  # shelf packing, largest component first
        left = min(p[0] for p in points)
        top = min(p[1] for p in points)
        width = max(p[0] for p in points) - left + spacing
        height = max(p[1] for p in points) - top + spacing
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(component, points):
            positions[node] = (round(x + px - left), round(y + py - top))
        x += width
        row_height = max(row_height, height)
    return positions


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(neighbours)
    found = []
    for start in range(len(neighbours)):
        if not seen[start]:
            seen[start] = True
            component, queue = [], deque([start])
            while queue:
                node = queue.popleft()
                component.append(node)
                for other in neighbours[node]:
                    if not seen[other]:
                        seen[other] = True
                        queue.append(other)
            found.append(component)
    return sorted(found, key=lambda c: (-len(c), c[0]))


def _bfs(adjacency: list[list[int]], start: int) -> list[int]:
    distance = [-1] * len(adjacency)
    distance[start] = 0
    queue = deque([start])
    while queue:
        node = queue.popleft()
        step = distance[node] + 1
        for other in adjacency[node]:
            if distance[other] < 0:
                distance[other] = step
                queue.append(other)
    return distance


def _component_layout(component: list[int], neighbours: list[list[int]], spacing: float, quick: bool = False) -> list[tuple[float, float]]:
    """Pivot MDS (Brandes and Pich): classical MDS on the distances to k far-apart pivots."""
    size = len(component)
    if size <= 2:
        return [(i * spacing, 0.0) for i in range(size)]
    local = {node: i for i, node in enumerate(component)}
    adjacency = [[local[m] for m in neighbours[node]] for node in component]
    pivot = max(range(size), key=lambda i: len(adjacency[i]))
    nearest = [size] * size
    squared: list[list[float]] = []
    for _ in range(min(PIVOTS // 2 if quick else PIVOTS, size)):
        distance = _bfs(adjacency, pivot)
        squared.append([float(d * d) for d in distance])
        nearest = list(map(min, nearest, distance))
        pivot = max(range(size), key=nearest.__getitem__)  # the node farthest from every pivot
        if nearest[pivot] == 0:
            break
    k = len(squared)
    # math.fsum is exactly rounded: the same positions on every Python version (sum() changed in 3.12)
    row_mean = [fsum(row) / k for row in zip(*squared)]
    col_mean = [fsum(col) / size for col in squared]
    grand = fsum(col_mean) / k
    centred = [[-0.5 * (v - r - cm + grand) for v, r in zip(col, row_mean)] for col, cm in zip(squared, col_mean)]
    gram = [[fsum(map(mul, a, b)) for b in centred] for a in centred]
    first = _eigenvector(gram, None, quick)
    second = _eigenvector(gram, first, quick)
    xs, ys = [0.0] * size, [0.0] * size
    for col, w1, w2 in zip(centred, first, second):
        xs = [x + w1 * c for x, c in zip(xs, col)]
        ys = [y + w2 * c for y, c in zip(ys, col)]
    _even_out(xs, ys, spacing)
    _spread(xs, ys, spacing * 0.6, rounds=3)
    return list(zip(xs, ys))


def _eigenvector(matrix: list[list[float]], orthogonal_to: list[float] | None, settle: bool = False) -> list[float]:
    """The dominant eigenvector of a small symmetric matrix, by power iteration: 100 steps, or
    (`settle`) until a step moves it no more than 1e-9."""
    n = len(matrix)
    vector = [1.0 + i / n for i in range(n)]
    for _ in range(100):
        if orthogonal_to is not None:
            dot = fsum(map(mul, vector, orthogonal_to))
            vector = [v - dot * o for v, o in zip(vector, orthogonal_to)]
        product = [fsum(map(mul, row, vector)) for row in matrix]
        norm = math.sqrt(fsum(p * p for p in product))
        if norm < 1e-12:
            return [0.0] * n
        vector, before = [p / norm for p in product], vector
        if settle and max(map(abs, map(float.__sub__, vector, before))) < 1e-9:
            break
    return vector


def _even_out(xs: list[float], ys: list[float], spacing: float) -> None:
    """Keep each node's direction from the centre but make the density even: a disc of
    `spacing`² per node. MDS piles the well-connected core on a few points."""
    size = len(xs)
    cx, cy = fsum(xs) / size, fsum(ys) / size
    radius = [math.sqrt((x - cx) ** 2 + (y - cy) ** 2) for x, y in zip(xs, ys)]
    order = sorted(range(size), key=lambda i: (radius[i], i))
    outer = spacing * math.sqrt(size / math.pi)
    for rank, i in enumerate(order):
        target = outer * math.sqrt((rank + 0.5) / size)
        if radius[i] > 1e-9:
            scale = target / radius[i]
            xs[i], ys[i] = (xs[i] - cx) * scale, (ys[i] - cy) * scale
        else:  # on the centre: give it a direction of its own
            xs[i], ys[i] = target * (1 if i % 2 else -1), target * (1 if i % 4 < 2 else -1)


def _spread(xs: list[float], ys: list[float], gap: float, rounds: int) -> None:
    """Push apart nodes closer than `gap`, looking only at neighbouring grid cells (O(n))."""
    for _ in range(rounds):
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (x, y) in enumerate(zip(xs, ys)):
            cells[(math.floor(x / gap), math.floor(y / gap))].append(i)
        for (cx, cy), members in cells.items():
            for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1), (1, -1)):
                others = cells.get((cx + dx, cy + dy))
                if not others:
                    continue
                for a in members:
                    for b in others:
                        if (dx, dy) == (0, 0) and b <= a:
                            continue
                        ddx, ddy = xs[b] - xs[a], ys[b] - ys[a]
                        d = math.sqrt(ddx * ddx + ddy * ddy)
                        if d >= gap:
                            continue
                        if d < 1e-9:
                            ddx, ddy, d = 1.0, (a + b) % 3 - 1.0, 1.0
                        push = (gap - d) / (2 * d)
                        xs[a] -= ddx * push
                        ys[a] -= ddy * push
                        xs[b] += ddx * push
                        ys[b] += ddy * push


class Disc(NamedTuple):
    """Where a group of nodes is drawn: its centre and a radius that holds them all."""

    x: int
    y: int
    radius: int


def grouped_layout(count: int, links: list[tuple[int, int]], groups: list[list[int]],
                   spacing: float = SPACING) -> tuple[list[tuple[int, int]], list[Disc]]:
    """Positions of `count` nodes that fall into `groups`: each group laid out alone, as layout()
    does, in a disc of its own; the discs placed by the links between groups (pivot MDS on the
    groups), then pushed apart until no two overlap. A group drawn as one node where its disc is
    can be opened in place: its members land inside the disc, clear of every other group."""
    group_of = [0] * count
    for number, members in enumerate(groups):
        for node in members:
            group_of[node] = number
    inside: list[list[tuple[int, int]]] = [[] for _ in groups]
    between: set[tuple[int, int]] = set()
    local = [0] * count
    for members in groups:
        for i, node in enumerate(members):
            local[node] = i
    for a, b in links:
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            inside[ga].append((local[a], local[b]))
        else:
            between.add((min(ga, gb), max(ga, gb)))
    offsets, radii = [], []
    for members, own in zip(groups, inside):
        points = layout(len(members), own, spacing, quick=True)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        offsets.append([(x - cx, y - cy) for x, y in points])
        radii.append(max(math.hypot(x - cx, y - cy) for x, y in points) + spacing / 2)
    typical = math.sqrt(fsum(r * r for r in radii) / max(len(radii), 1))
    centres = _separate(layout(len(groups), sorted(between), spacing), radii, max(spacing, typical / 3))  # room for names
    positions: list[tuple[int, int]] = [(0, 0)] * count
    for members, (cx, cy), offset in zip(groups, centres, offsets):
        for node, (dx, dy) in zip(members, offset):
            positions[node] = (round(cx + dx), round(cy + dy))
    return positions, [Disc(round(x), round(y), math.ceil(r)) for (x, y), r in zip(centres, radii)]


def _separate(start: list[tuple[int, int]], radii: list[float], gap: float, rounds: int = 300) -> list[tuple[float, float]]:
    """Discs at `start`, scaled so that neighbours are about as far apart as their sizes, then
    pushed apart pairwise (the larger moving less) until none overlaps: O(k²) a round, for the
    few dozen groups of an overview. Whatever the rounds leave overlapping is spread out at the end."""
    count = len(start)
    if count == 0:
        return []
    typical = math.sqrt(fsum(r * r for r in radii) / count)
    xs = [x / SPACING * 2 * typical for x, _ in start]
    ys = [y / SPACING * 2 * typical for _, y in start]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    if width < WIDE * height:  # a screen is wider than high: so is the picture that fills it
        xs = [x * WIDE * height / max(width, 1.0) for x in xs]
    for _ in range(rounds):
        moved = False
        for a in range(count):
            for b in range(a + 1, count):
                dx, dy = xs[b] - xs[a], ys[b] - ys[a]
                need = radii[a] + radii[b] + gap
                distance = math.hypot(dx, dy)
                if distance >= need:
                    continue
                moved = True
                if distance < 1e-9:
                    dx, dy, distance = 1.0, (a + b) % 3 - 1.0, math.hypot(1.0, (a + b) % 3 - 1.0)
                share = radii[a] ** 2 / (radii[a] ** 2 + radii[b] ** 2)  # of the push that b takes
                push = (need - distance) / distance
                xs[a] -= dx * push * (1 - share)
                ys[a] -= dy * push * (1 - share)
                xs[b] += dx * push * share
                ys[b] += dy * push * share
        if not moved:
            break
    stretch = max([(radii[a] + radii[b] + gap) / max(math.hypot(xs[b] - xs[a], ys[b] - ys[a]), 1e-9)
                   for a in range(count) for b in range(a + 1, count)], default=1.0)
    if stretch > 1:  # scaling every distance up clears the last overlaps
        xs, ys = [x * stretch for x in xs], [y * stretch for y in ys]
    return list(zip(xs, ys))
