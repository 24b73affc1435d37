"""A large graph's page opens as an overview of clusters (kg.outputs.overview, templates/overview.js):
how the clusters are chosen and laid out, then the page in a real headless Chromium with every
non-file request aborted: the overview, a cluster opened and closed, search, the focused view of a
concept with its neighbours, filters and counts, and the address that keeps the view."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browser import PageLog, offline_chromium, open_page
from playwright.sync_api import BrowserContext, Page
from test_viz import drawn_labels, overlapping, search

import kg
from kg.graph.view import GraphView, ViewEdge, ViewNode, ViewTopic, view_of
from kg.outputs.layout import grouped_layout
from kg.outputs.overview import MOST_CLUSTERS, OVERVIEW_FROM, clusters_of
from kg.outputs.page import draw, render_html, write_html
from kg.workspace import Workspace

BASE = "https://example.org/kg/"
WORDS = "model token layer attention training data prompt agent metric loss scaling expert".split()
CLASSES = ["Concept", "Architecture", "Technique", "Tool", "Model"]
SECTION, CHAPTER = 40, 10  # concepts in a section, sections in a chapter
SIZE = 2500  # 63 sections: more than MOST_CLUSTERS, so the overview shows the 7 chapters
HUB = BASE + "hub"


def chaptered_view(count: int = SIZE, seed: int = 3, hub: int = 0) -> GraphView:
    """`count` concepts filed under sections of 40, in chapters of 10 sections; two relations each,
    80% inside the section; and, with `hub`, one more concept related to `hub` concepts anywhere."""
    rng = random.Random(seed)
    topics: dict[str, ViewTopic] = {}

    def topic(kind: str, number: int, parent: str = "") -> str:
        iri = f"{BASE}topic/{kind}-{number + 1}"
        topics.setdefault(iri, ViewTopic(iri, f"{kind.capitalize()} {number + 1}", parent))
        return iri

    nodes = [ViewNode(f"{BASE}c{i}", f"{rng.choice(WORDS)} {i}", rng.choice(CLASSES), sources=[f"notes/n.md:{i + 1}"],
                      topic=topic("section", i // SECTION, topic("chapter", i // SECTION // CHAPTER)))
             for i in range(count)]
    edges = []
    for i in range(count):
        for _ in range(2):
            start = i - i % SECTION
            j = rng.randrange(start, min(start + SECTION, count)) if rng.random() < 0.8 else rng.randrange(count)
            if j != i:
                edges.append(ViewEdge(nodes[i].id, nodes[j].id, rng.choice(["isA", "uses", "partOf"]), ["notes/n.md:1"]))
    if hub:
        nodes.append(ViewNode(HUB, "hub concept", "Concept", sources=["notes/n.md:1"], topic=nodes[0].topic))
        edges += [ViewEdge(HUB, nodes[j].id, "uses", ["notes/n.md:1"]) for j in rng.sample(range(count), hub)]
    return GraphView(nodes=nodes, edges=edges, topics=sorted(topics.values(), key=lambda t: t.id))


def neighbours(view: GraphView, concept: str) -> set[str]:
    return {e.target if e.source == concept else e.source for e in view.edges if concept in (e.source, e.target)} - {concept}


def page_data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found[1])


# --- which clusters, where ------------------------------------------------------------------------


def test_a_graph_opens_as_an_overview_only_above_the_threshold() -> None:
    at, above = chaptered_view(OVERVIEW_FROM), chaptered_view(OVERVIEW_FROM + 1)
    small = render_html(at)
    assert "overview" not in page_data(small) and "function kgOverviewOf" not in small
    large = render_html(above)
    overview = page_data(large)["overview"]
    assert "function kgOverviewOf" in large
    members = sorted(m for c in overview["clusters"] for m in c["members"])
    assert members == list(range(OVERVIEW_FROM + 1)), "every concept in exactly one cluster"


def test_clusters_are_topics_at_the_deepest_level_that_fits_one_screen() -> None:
    view = chaptered_view()  # 63 sections > MOST_CLUSTERS: the level above, chapters
    kind, clusters = clusters_of(view.nodes, view.topics, {})
    assert kind == "topic"
    assert [c.label for c in clusters] == [f"Chapter {n}" for n in range(1, 8)]
    assert [len(c.members) for c in clusters] == [400] * 6 + [100]
    assert all(view.nodes[m].topic.startswith(f"{BASE}topic/section-") for m in clusters[0].members)
    small = chaptered_view(MOST_CLUSTERS * SECTION)  # exactly MOST_CLUSTERS sections: those
    kind, clusters = clusters_of(small.nodes, small.topics, {})
    assert kind == "topic" and len(clusters) == MOST_CLUSTERS and {len(c.members) for c in clusters} == {SECTION}


def test_clusters_are_classes_where_topics_cannot_group_the_concepts() -> None:
    view = chaptered_view(400)
    for node in view.nodes:  # as in a vocabulary `kg import` brought in: no topics
        node.topic = ""
    kind, clusters = clusters_of(view.nodes, [], {"Tool": "Tool", "Model": "Model"})
    assert kind == "class" and sorted(c.key for c in clusters) == sorted(f"class:{c}" for c in CLASSES)
    assert all(view.nodes[m].cls == "Tool" for c in clusters if c.key == "class:Tool" for m in c.members)
    one = chaptered_view(400)  # one chapter of 10 sections: ten groups, enough
    assert clusters_of(one.nodes, one.topics, {})[0] == "topic"
    few = chaptered_view(120)  # three sections under one chapter: too few to say anything
    assert clusters_of(few.nodes, few.topics, {})[0] == "class"
    flat = chaptered_view(SECTION * (MOST_CLUSTERS + 1))
    flat.topics = [ViewTopic(t.id, t.label) for t in flat.topics if "section" in t.id]  # 61 topics, none above
    for node in flat.nodes:
        node.topic = node.topic  # still filed under its section, now a topic at the top
    assert clusters_of(flat.nodes, flat.topics, {})[0] == "class", "more top-level topics than fit"


def test_a_large_graph_that_neither_topics_nor_classes_group_is_drawn_whole() -> None:
    view = chaptered_view(OVERVIEW_FROM + 1)
    for node in view.nodes:
        node.topic, node.cls = "", "Concept"
    assert clusters_of(view.nodes, [], {}) is None
    assert "overview" not in page_data(render_html(view))


def test_two_topics_of_one_name_are_told_apart_by_their_parent() -> None:
    view = chaptered_view(SECTION * 12)  # 12 sections: the clusters
    view.topics = [ViewTopic(t.id, "Introduction" if t.id.endswith(("section-1", "section-11")) else t.label, t.parent)
                   for t in view.topics]
    labels = [c.label for c in clusters_of(view.nodes, view.topics, {})[1]]
    assert "Chapter 1 › Introduction" in labels and "Chapter 2 › Introduction" in labels


def test_each_group_is_laid_out_in_a_disc_of_its_own() -> None:
    view = chaptered_view()
    index = {n.id: i for i, n in enumerate(view.nodes)}
    links = [(index[e.source], index[e.target]) for e in view.edges]
    groups = [c.members for c in clusters_of(view.nodes, view.topics, {})[1]]
    positions, discs = grouped_layout(len(view.nodes), links, groups)
    assert (positions, discs) == grouped_layout(len(view.nodes), links, groups)
    for members, disc in zip(groups, discs):
        assert all(math.hypot(positions[m][0] - disc.x, positions[m][1] - disc.y) <= disc.radius + 1 for m in members)
    for i, a in enumerate(discs):
        for b in discs[i + 1:]:
            assert math.hypot(a.x - b.x, a.y - b.y) > a.radius + b.radius, "two clusters overlap"
    assert len(set(positions)) == len(positions)


def test_a_concept_is_drawn_in_the_topic_it_is_defined_under(tmp_path: Path) -> None:
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text("# Notes\n\n## Alpha Topics\n\n- **Router:** Sends tokens to [[Zeta model]].\n\n"
                                "## Zeta Section\n\n- **Zeta model:** A sparse model.\n", encoding="utf-8")
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(workspace, page=False)
    graph = kg.load(workspace)
    view = view_of(graph)
    topics = {t.id: t for t in view.topics}
    zeta = next(n for n in view.nodes if n.label.lower() == "zeta model")
    filed = {q.object.value for q in graph.store.quads_for_pattern(graph.resolve("zeta model"), kg.schema.vocab.SUBJECT, None, None)}
    assert len(filed) == 2, "named under both headings"
    assert topics[zeta.topic].label == "Zeta Section"
    assert topics[topics[zeta.topic].parent].label == "Notes"


# --- the page in Chromium -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def context() -> Iterator[BrowserContext]:
    with offline_chromium() as browser_context:
        yield browser_context


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphView, Path]:
    view = chaptered_view(hub=45)
    path = tmp_path_factory.mktemp("overview") / "graph.html"
    write_html(view, path, title="Large")
    return view, path


@pytest.fixture
def opened(context: BrowserContext, large: tuple[GraphView, Path]) -> Iterator[Callable[..., tuple[Page, PageLog]]]:
    pages: list[Page] = []

    def open_(path: Path | None = None, fragment: str = "") -> tuple[Page, PageLog]:
        page, log = open_page(context)
        pages.append(page)
        page.goto((path or large[1]).as_uri() + fragment)
        page.wait_for_function("window.kgReady === true", timeout=60_000)
        return page, log

    yield open_
    for page in pages:
        page.close()


def drawn_ids(page: Page) -> list:
    return page.evaluate("kgNodes.getIds()")


def click_at(page: Page, canvas_point: str) -> None:
    """Click where a point of the graph (a JS expression giving {x, y} in canvas units) is on screen."""
    point = page.evaluate(f"""(() => {{ const p = kgNetwork.canvasToDOM({canvas_point}),
        r = document.querySelector("#kg-graph").getBoundingClientRect(); return {{x: r.left + p.x, y: r.top + p.y}}; }})()""")
    page.mouse.click(point["x"], point["y"])


def test_a_large_graph_opens_as_its_clusters(opened: Callable[..., tuple[Page, PageLog]], large: tuple[GraphView, Path]) -> None:
    view, _ = large
    page, log = opened()
    assert log.clean, log
    assert sorted(drawn_ids(page)) == list(range(7)), "one node per chapter, no concept"
    sizes = page.evaluate("Object.fromEntries(kgNodes.get().map(n => [n.label, n.size]))")
    assert sizes["Chapter 7"] < min(size for label, size in sizes.items() if label != "Chapter 7"), "sized by members"
    labels = drawn_labels(page)
    clusters = sorted(b["text"] for b in labels if b.get("kind") == "cluster")
    assert clusters == sorted(["Chapter 1 (401)"] + [f"Chapter {n} (400)" for n in range(2, 7)] + ["Chapter 7 (100)"])  # 1 has the hub
    assert not overlapping(labels)
    scale = page.evaluate("kgNetwork.getScale()")
    assert min(b["size"] * scale for b in labels) >= 13, "cluster names are readable"
    assert page.inner_text("#kg-stats") == f"{len(view.nodes)} concepts, {len(view.edges)} statements"
    assert page.inner_text("#kg-overview").startswith(f"{len(view.nodes):,} concepts in 7 topics.")
    links = page.evaluate("kgEdges.get().map(e => [e.from, e.to, e.title])")
    assert links and all(isinstance(a, int) and isinstance(b, int) for a, b, _ in links)
    chapter = {n.id: (int(n.topic.rsplit("-", 1)[1]) - 1) // CHAPTER for n in view.nodes}
    stated = {}  # statements between the members of two chapters, as the tooltips say
    for e in view.edges:
        pair = tuple(sorted((chapter[e.source], chapter[e.target])))
        stated[pair] = stated.get(pair, 0) + 1
    for a, b, title in links:
        assert title.startswith(f"{stated[tuple(sorted((a, b)))]} statements between Chapter {a + 1} and Chapter {b + 1}")


def test_a_click_opens_a_cluster_in_place_and_another_closes_it(opened: Callable[..., tuple[Page, PageLog]],
                                                                 large: tuple[GraphView, Path]) -> None:
    view, path = large
    page, log = opened()
    members = {n.id for n in view.nodes if n.topic.rsplit("-", 1)[1] in {str(s) for s in range(21, 31)}}  # chapter 3
    click_at(page, "kgNetwork.getPositions([2])[2]")
    page.wait_for_function("kgNodes.length > 7")
    assert set(drawn_ids(page)) == members | set(range(7))
    disc = page.evaluate("kgNodes.get(2)")
    positions = page.evaluate("kgNetwork.getPositions()")
    assert all(math.hypot(positions[m]["x"] - disc["x"], positions[m]["y"] - disc["y"]) < disc["size"] for m in members)
    assert "open=" + "https%3A%2F%2Fexample.org%2Fkg%2Ftopic%2Fchapter-3" in page.url
    labels = drawn_labels(page)
    assert not overlapping(labels)
    assert any(b.get("kind") == "cluster" and b["text"] == "Chapter 3 (400)" for b in labels)
    assert {b["id"] for b in labels} & members, "the members' labels where they fit"
    # a click on empty ground inside the open cluster closes it
    spot = page.evaluate("""(() => { const c = kgNodes.get(2), r = document.querySelector("#kg-graph").getBoundingClientRect();
        for (let k = 0; k < 400; k++) {
          const a = k * 2.4, d = c.size * (0.2 + 0.7 * (k % 20) / 20), p = {x: c.x + d * Math.cos(a), y: c.y + d * Math.sin(a)};
          const dom = kgNetwork.canvasToDOM(p);
          if (dom.x > 5 && dom.y > 5 && dom.x < r.width - 5 && dom.y < r.height - 5 && kgNetwork.getNodeAt(dom) === 2) return p;
        } })()""")
    assert spot, "some empty ground in the cluster"
    click_at(page, json.dumps(spot))
    page.wait_for_function("kgNodes.length === 7")
    assert "open=" not in page.url
    assert log.clean, log


def test_search_opens_the_cluster_of_a_concept_and_focuses_it(opened: Callable[..., tuple[Page, PageLog]],
                                                              large: tuple[GraphView, Path]) -> None:
    view, _ = large
    page, log = opened()
    concept = view.nodes[1234]  # section 31, chapter 4
    assert search(page, concept.label) == [concept.id]
    assert page.evaluate("kgOverview.opened()") == [BASE + "topic/chapter-4"]
    around = neighbours(view, concept.id)
    assert set(drawn_ids(page)) == {concept.id} | around, "it and its neighbours alone"
    assert page.inner_text("#kg-details h2") == concept.label
    labels = drawn_labels(page)
    assert not overlapping(labels)
    assert {b["id"] for b in labels if isinstance(b["id"], str)} == {concept.id} | around, "every one labelled"
    scale = page.evaluate("kgNetwork.getScale()")
    assert min(b["size"] * scale for b in labels if isinstance(b["id"], str)) >= 11
    relations = {b["text"] for b in labels if isinstance(b["id"], int)}
    assert relations and relations <= {"is a", "uses", "part of"}, "the relations named on their lines"
    assert page.is_visible("#kg-back")
    page.keyboard.press("Escape")  # back to the overview, its cluster open, the camera on it
    page.wait_for_function("kgNodes.get(3) !== null")
    assert set(drawn_ids(page)) >= {n.id for n in view.nodes if n.topic.endswith(tuple(f"-{s}" for s in range(31, 41)))}
    assert page.is_hidden("#kg-back") and page.is_hidden("#kg-details")
    centre = page.evaluate("kgNetwork.getViewPosition()")
    disc = page.evaluate("kgNodes.get(3)")
    assert math.hypot(centre["x"] - disc["x"], centre["y"] - disc["y"]) < 1
    assert log.clean, log


def test_a_concept_with_many_neighbours_has_them_all_labelled_around_it(opened: Callable[..., tuple[Page, PageLog]],
                                                                       large: tuple[GraphView, Path]) -> None:
    view, _ = large
    page, log = opened()
    assert search(page, "hub concept") == [HUB]
    around = neighbours(view, HUB)
    assert len(around) == 45
    labels = drawn_labels(page)
    assert not overlapping(labels)
    assert {b["id"] for b in labels if isinstance(b["id"], str)} == {HUB} | around
    positions = page.evaluate("kgNetwork.getPositions()")
    hub = positions[HUB]
    distances = [math.hypot(positions[n]["x"] - hub["x"], positions[n]["y"] - hub["y"]) for n in around]
    assert min(distances) > 40, "no neighbour on top of it"
    # a click on a neighbour focuses that one instead
    other = sorted(around)[0]
    click_at(page, f"kgNetwork.getPositions([{other!r}])[{other!r}]")
    page.wait_for_function(f"kgNetwork.getSelectedNodes()[0] === {other!r}")
    assert set(drawn_ids(page)) == {other} | neighbours(view, other)
    assert log.clean, log


def test_filters_count_what_they_did_and_the_clusters_follow(opened: Callable[..., tuple[Page, PageLog]],
                                                             large: tuple[GraphView, Path]) -> None:
    view, _ = large
    page, log = opened()
    page.uncheck("#kg-classes input[data-name='Tool']")
    hidden = {n.id for n in view.nodes if n.cls == "Tool"}
    shown = sum(1 for e in view.edges if e.source not in hidden and e.target not in hidden)
    assert page.inner_text("#kg-stats") == (f"{len(view.nodes) - len(hidden)} of {len(view.nodes)} concepts, "
                                            f"{shown} of {len(view.edges)} statements shown")
    left: dict[int, int] = {}
    for n in view.nodes:
        chapter = (int(n.topic.rsplit("-", 1)[1]) - 1) // CHAPTER + 1
        left[chapter] = left.get(chapter, 0) + (n.cls != "Tool")
    names = sorted(b["text"] for b in drawn_labels(page) if b.get("kind") == "cluster")
    assert names == sorted(f"Chapter {c} ({k})" for c, k in left.items())
    # in a focused view, a neighbour whose class is hidden is not drawn
    concept = next(n for n in view.nodes[:400] if n.cls != "Tool" and neighbours(view, n.id) & hidden)
    search(page, concept.label)
    assert set(drawn_ids(page)) == {concept.id} | (neighbours(view, concept.id) - hidden)
    assert log.clean, log


def test_the_address_keeps_the_open_clusters_and_the_focused_concept(opened: Callable[..., tuple[Page, PageLog]],
                                                                     large: tuple[GraphView, Path]) -> None:
    view, _ = large
    page, log = opened()
    click_at(page, "kgNetwork.getPositions([5])[5]")
    page.wait_for_function("kgNodes.length > 7")
    concept = view.nodes[50]
    search(page, concept.label)
    assert page.evaluate("kgOverview.opened()") == [BASE + "topic/chapter-1", BASE + "topic/chapter-6"]
    page.reload()
    page.wait_for_function("window.kgReady === true", timeout=60_000)
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [concept.id]
    assert set(drawn_ids(page)) == {concept.id} | neighbours(view, concept.id)
    assert page.evaluate("kgOverview.opened()") == [BASE + "topic/chapter-1", BASE + "topic/chapter-6"]
    assert {b["id"] for b in drawn_labels(page) if isinstance(b["id"], str)} == {concept.id} | neighbours(view, concept.id)
    assert log.clean, log


def test_a_large_page_drawn_around_a_concept_opens_on_it(opened: Callable[..., tuple[Page, PageLog]], tmp_path: Path) -> None:
    view = chaptered_view(hub=12)
    view.centres = [HUB]
    path = tmp_path / "around.html"
    write_html(view, path, title="Around")
    page, log = opened(path)
    assert set(drawn_ids(page)) == {HUB} | neighbours(view, HUB)
    labels = drawn_labels(page)
    assert {b["id"] for b in labels if isinstance(b["id"], str)} == {HUB} | neighbours(view, HUB)
    assert not overlapping(labels)
    assert page.is_hidden("#kg-details"), "nothing selected: the page is around it"
    page.keyboard.press("Escape")
    page.wait_for_function("kgNodes.get(0) !== null")
    assert log.clean, log


def test_a_page_drawn_around_a_concept_has_its_neighbours_around_it_and_the_rest_dimmed(
    context: BrowserContext, graph: kg.KnowledgeGraph, tmp_path: Path,
) -> None:
    path = tmp_path / "around.html"
    view = draw(graph, path, around=["transformer"], depth=2)
    centre = graph.resolve("transformer").value
    near = neighbours(view, centre)
    further = {n.id for n in view.nodes} - near - {centre}
    assert near and further
    page, log = open_page(context)
    try:
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        labels = drawn_labels(page)
        assert not overlapping(labels)
        assert {centre} | near <= {b["id"] for b in labels}, "it and its neighbours, every one labelled"
        p = page.evaluate("kgNetwork.getPositions()")
        far = lambda i: math.hypot(p[i]["x"] - p[centre]["x"], p[i]["y"] - p[centre]["y"])  # noqa: E731
        assert min(far(i) for i in near) > 40
        for i in further:  # beyond the neighbour it is reached through
            assert any(far(i) > far(j) for j in neighbours(view, i) & near), i
        opacity = page.evaluate("Object.fromEntries(kgNodes.get().map(n => [n.id, n.opacity === undefined ? 1 : n.opacity]))")
        assert {i for i, o in opacity.items() if o < 1} == further, "the rest dimmed"
        other = sorted(further)[0]
        page.evaluate(f"kgFocus({other!r})")  # selecting one lights it and its neighbours instead
        page.wait_for_function(f"kgNodes.get({other!r}).opacity === 1")
        page.click("#kg-graph", position={"x": 5, "y": 5})  # and letting it go dims the rest again
        page.wait_for_function(f"kgNodes.get({other!r}).opacity === 0.2")
        assert log.clean, log
    finally:
        page.close()


def test_the_page_of_the_shipped_notes_has_no_overview(context: BrowserContext, graph: kg.KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    draw(graph, path)
    page, log = open_page(context)
    try:
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        assert page.evaluate("typeof kgOverviewOf") == "undefined" and page.evaluate("window.kgOverview") is None
        assert sorted(drawn_ids(page)) == sorted(c.value for c in graph.concepts(topics=False))
        assert page.query_selector("#kg-overview") is None and page.query_selector("#kg-back") is None
        assert log.clean, log
    finally:
        page.close()
