"""The graph page: plain checks of the HTML, then the page in a real headless Chromium with every
non-file request aborted. A missing Chromium fails these tests (CI installs it): it never skips them."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from browser import ChromiumMissing, PageLog, chromium_path, offline_chromium, open_page
from playwright.sync_api import BrowserContext, Page

import kg
from kg.graph.view import GraphView, ViewEdge, ViewNode, view_of
from kg.outputs.layout import layout
from kg.outputs.page import PHYSICS_MAX_NODES, draw, render_html, write_html
from kg.outputs.style import CLASS_STYLE, GREY, OKABE_ITO, RELATION_STYLE, SYMBOLS
from kg.schema import vocab
from kg.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://example.org/kg/"
XSS_SCRIPT = "<script>window.pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.pwned=1">'
XSS_LABEL = f"Evil {XSS_SCRIPT}"
XSS_DEFINITION = f"{XSS_IMG} then {XSS_SCRIPT}; R&D & more"


def concept(slug: str, label: str, cls: str = "Concept", **more: object) -> ViewNode:
    return ViewNode(id=BASE + slug, label=label, cls=cls, sources=[f"notes/ai.md:{len(slug)}"], **more)  # type: ignore[arg-type]


def link(source: str, relation: str, target: str) -> ViewEdge:
    return ViewEdge(BASE + source, BASE + target, relation, ["notes/ai.md:1"])


def sample_view() -> GraphView:
    nodes = [
        concept("transformer", "Transformer", "Architecture", aliases=["transformer architecture"],
                definition="An architecture built on attention."),
        concept("attention", "Attention", "Technique"),
        concept("moe", "Mixture of experts", "Architecture", aliases=["MoE"]),
        concept("dense", "Dense model", "ModelType"),
        concept("gpt4", "GPT-4", "Model"),
        concept("openai", "OpenAI", "Organization", see_also=["https://openai.com/", "javascript:alert(1)"]),
        concept("pytorch", "PyTorch", "Tool"),
        concept("evil", XSS_LABEL, "Concept", aliases=["pwned"], definition=XSS_DEFINITION),
    ]
    edges = [
        link("transformer", "contains", "attention"),
        link("moe", "contrastsWith", "dense"),
        link("gpt4", "uses", "transformer"),
        link("gpt4", "developedBy", "openai"),
        link("pytorch", "usedFor", "gpt4"),
        link("moe", "uses", "attention"),
        link("evil", "relatedTo", "transformer"),
    ]
    return GraphView(nodes=nodes, edges=edges)


def random_view(count: int, seed: int = 7) -> GraphView:
    rng = random.Random(seed)
    nodes = [concept(f"c{i}", f"concept {i}", rng.choice(["Concept", "Tool", "Model"])) for i in range(count)]
    edges = [link(f"c{i}", rng.choice(["isA", "uses"]), f"c{rng.randrange(count)}") for i in range(count) for _ in range(2)]
    return GraphView(nodes=nodes, edges=edges)


# --- the HTML itself -----------------------------------------------------------------------------


def test_page_references_nothing_remote() -> None:
    page = render_html(sample_view())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert not re.search(r"""@import|url\(\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert "bootstrap" not in page.lower()


def test_render_is_deterministic_and_independent_of_input_order() -> None:
    view = random_view(300)
    shuffled = GraphView(nodes=list(view.nodes), edges=list(view.edges))
    random.Random(1).shuffle(shuffled.nodes)
    random.Random(2).shuffle(shuffled.edges)
    first = render_html(view, title="T")
    assert render_html(view, title="T") == first
    assert render_html(shuffled, title="T") == first


def test_note_text_cannot_leave_the_embedded_data() -> None:
    page = render_html(sample_view(), title="</title><script>window.pwned=1</script>")
    assert "window.pwned" in page  # the payload is there, but only escaped:
    assert "<script>window.pwned" not in page
    assert "<img" not in page.lower()
    assert page.count("</script>") == 3  # vis-network, the data, our script


def test_write_html_writes_what_render_html_renders(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "graph.html"
    write_html(sample_view(), target, title="Notes")
    assert target.read_text("utf-8") == render_html(sample_view(), title="Notes")


def test_layout_is_spread_and_keeps_neighbours_close() -> None:
    # two dense clusters joined by one edge: each cluster must stay together, apart from the other
    links = [(a, b) for base in (0, 30) for a in range(base, base + 30) for b in range(a + 1, base + 30, 3)]
    links.append((0, 30))
    points = layout(60, links)
    assert points == layout(60, links)
    assert len(set(points)) == 60

    def mean(pairs: list[tuple[int, int]]) -> float:
        return sum(((points[a][0] - points[b][0]) ** 2 + (points[a][1] - points[b][1]) ** 2) ** 0.5 for a, b in pairs) / len(pairs)

    inside = mean([(a, b) for a in range(30) for b in range(a + 1, 30)])
    across = mean([(a, b) for a in range(30) for b in range(30, 60)])
    assert inside < 0.6 * across


def test_no_two_classes_or_relations_are_drawn_alike() -> None:
    assert set(CLASS_STYLE) == set(vocab.classes()) and set(RELATION_STYLE) == set(vocab.relations())
    classes = [(s.colour, s.shape) for s in CLASS_STYLE.values()]
    relations = [(s.colour, tuple(s.dashes)) for s in RELATION_STYLE.values()]
    assert len(set(classes)) == len(classes), "two classes share a colour and a shape"
    assert len(set(relations)) == len(relations), "two relations share a colour and a dash pattern"
    palette = set(OKABE_ITO.values()) | {GREY}
    assert {c for c, _ in classes} <= palette and {c for c, _ in relations} <= palette
    assert {s for _, s in classes} <= set(SYMBOLS), "every shape has its legend symbol"
    assert OKABE_ITO["yellow"] not in {c for c, _ in relations}, "yellow vanishes as a line on white"
    for name, relation in vocab.relations().items():  # a relation and its inverse: one colour, two dash patterns
        if relation.inverse and relation.inverse != name:
            mine, theirs = RELATION_STYLE[name], RELATION_STYLE[relation.inverse]
            assert mine.colour == theirs.colour and mine.dash != theirs.dash, name


# --- the page in Chromium ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def context() -> Iterator[BrowserContext]:
    try:
        chromium_path()
    except ChromiumMissing as error:
        pytest.fail(str(error))
    with offline_chromium() as browser_context:
        yield browser_context


@pytest.fixture
def open_view(context: BrowserContext, tmp_path: Path) -> Iterator[Callable[..., tuple[Page, PageLog]]]:
    pages: list[Page] = []

    def open_(view: GraphView, title: str = "Test graph") -> tuple[Page, PageLog]:
        path = tmp_path / f"graph{len(pages)}.html"
        write_html(view, path, title=title)
        page, log = open_page(context)
        pages.append(page)
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        return page, log

    yield open_
    for page in pages:
        page.close()


def search(page: Page, text: str) -> list[str]:
    page.fill("#kg-search", text)
    page.press("#kg-search", "Enter")
    return page.evaluate("kgNetwork.getSelectedNodes()")


def hover(page: Page, node: str) -> str:
    """The text of a node's vis tooltip: the node put at a known place, then the mouse over it."""
    box = page.evaluate(f"""(() => {{
        const id = {node!r}, p = kgNetwork.getPositions([id])[id];
        kgNetwork.moveTo({{position: p, scale: 1.5, animation: false}});
        const d = kgNetwork.canvasToDOM(p), r = document.querySelector("#kg-graph").getBoundingClientRect();
        return {{x: r.left + d.x, y: r.top + d.y}};
    }})()""")
    page.mouse.move(box["x"] + 1, box["y"] + 1)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    return page.inner_text("div.vis-tooltip")


def drawn_labels(page: Page) -> list[dict]:
    """The labels on screen once the page has placed them for the current view and drawn them."""
    page.wait_for_function("kgLabels.drawn === kgLabels.placed && kgLabels.scale === kgNetwork.getScale()", timeout=30_000)
    return page.evaluate("kgLabels.boxes")  # each as drawn on the canvas, its width measured there


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]]


def test_page_loads_offline_and_draws_every_node(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = sample_view()
    page, log = open_view(view)
    assert log.failed_requests == [] and log.console_errors == []
    assert page.evaluate("kgNodes.length") == len(view.nodes)
    assert page.evaluate("kgEdges.length") == len(view.edges)
    positions = page.evaluate("kgNetwork.getPositions()")
    assert sorted(positions) == sorted(n.id for n in view.nodes)
    assert page.get_attribute("body", "data-ready") == "true"


def test_physics_stops_once_laid_out(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    assert page.evaluate("kgNetwork.physics.options.enabled") is False
    before = page.evaluate("kgNetwork.getPositions()")
    page.wait_for_timeout(300)
    assert page.evaluate("kgNetwork.getPositions()") == before


def test_labels_are_readable_at_the_default_zoom_of_a_notes_sized_graph(
    open_view: Callable[..., tuple[Page, PageLog]],
) -> None:
    page, _ = open_view(random_view(150))
    scale = page.evaluate("kgNetwork.getScale()")
    sizes = [label["size"] * scale for label in drawn_labels(page)]
    assert sizes and min(sizes) >= 9, f"labels are drawn {min(sizes):.1f} px high"


def test_large_graph_is_drawn_at_precomputed_positions(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = random_view(PHYSICS_MAX_NODES + 100)
    page, log = open_view(view)
    assert log.clean
    assert page.evaluate("kgNetwork.physics.options.enabled") is False
    assert page.evaluate("Object.keys(kgNetwork.getPositions()).length") == len(view.nodes)
    drawn = page.evaluate("kgNetwork.getPositions()")
    given = page.evaluate("Object.fromEntries(kgNodes.get().map(n => [n.id, {x: n.x, y: n.y}]))")
    assert drawn == given


def test_empty_graph_gets_ready(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, log = open_view(GraphView(nodes=[], edges=[]))
    assert log.clean
    assert page.evaluate("kgNodes.length") == 0


def test_search_finds_labels_and_aliases_and_focuses(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    assert search(page, "mixture of experts") == [BASE + "moe"]
    assert search(page, "moe") == [BASE + "moe"]
    assert search(page, "TRANSFORMER ARCH") == [BASE + "transformer"]
    assert search(page, "gpt") == [BASE + "gpt4"]
    assert page.inner_text("#kg-details h2") == "GPT-4"
    assert search(page, "no such concept") == [BASE + "gpt4"]  # nothing found: the selection stays


def test_selecting_a_node_shows_it_and_highlights_neighbours(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    search(page, "Transformer")
    panel = page.inner_text("#kg-details")
    for text in ("Transformer", "Architecture", "transformer architecture", "An architecture built on attention.",
                 "contains → Attention", "GPT-4 uses → this", "notes/ai.md:11"):
        assert text in panel
    lit = page.evaluate("kgNodes.get().filter(n => n.opacity !== 0.2).map(n => n.id)")
    assert sorted(lit) == sorted(BASE + s for s in ("transformer", "attention", "gpt4", "evil"))
    page.locator("#kg-details").get_by_role("button", name="Attention", exact=True).click()  # neighbours are links
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [BASE + "attention"]


def test_only_web_links_are_links(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    search(page, "OpenAI")
    assert page.eval_on_selector_all("#kg-details a", "links => links.map(a => a.href)") == ["https://openai.com/"]
    assert "javascript:alert(1)" in page.inner_text("#kg-details")


def test_relation_filter_hides_exactly_its_edges(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = sample_view()
    page, _ = open_view(view)
    page.uncheck("#kg-relations input[data-name='uses']")
    hidden = page.evaluate("kgEdges.get({filter: e => e.hidden}).map(e => [e.from, e.relation, e.to])")
    assert sorted(map(tuple, hidden)) == sorted((e.source, e.relation, e.target) for e in view.edges if e.relation == "uses")
    page.check("#kg-relations input[data-name='uses']")
    assert page.evaluate("kgEdges.get({filter: e => e.hidden}).length") == 0


def test_weak_edges_start_hidden_and_the_tier_filter_shows_them(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = sample_view()
    view.edges[1].tier = "structural"
    view.edges[-1].tier = "weak"  # evil relatedTo transformer: a guess from closeness
    page, _ = open_view(view)
    hidden = page.evaluate("kgEdges.get({filter: e => e.hidden}).map(e => [e.from, e.relation, e.to])")
    assert [tuple(h) for h in hidden] == [(BASE + "evil", "relatedTo", BASE + "transformer")]
    assert not page.is_checked("#kg-tiers input[data-name='weak']") and page.is_checked("#kg-tiers input[data-name='structural']")
    page.check("#kg-tiers input[data-name='weak']")
    assert page.evaluate("kgEdges.get({filter: e => e.hidden}).length") == 0
    page.uncheck("#kg-relations input[data-name='relatedTo']")  # both filters hold: ticking the tier back keeps it hidden
    page.uncheck("#kg-tiers input[data-name='weak']")
    page.check("#kg-tiers input[data-name='weak']")
    assert page.evaluate("kgEdges.get({filter: e => e.hidden}).map(e => e.relation)") == ["relatedTo"]


def test_class_filter_hides_exactly_its_nodes(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = sample_view()
    page, _ = open_view(view)
    page.uncheck("#kg-classes input[data-name='Architecture']")
    hidden = page.evaluate("kgNodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert sorted(hidden) == sorted(n.id for n in view.nodes if n.cls == "Architecture")
    assert search(page, "MoE") == [BASE + "moe"]  # finding a hidden concept shows its class again
    assert page.is_checked("#kg-classes input[data-name='Architecture']")
    assert page.evaluate("kgNodes.get({filter: n => n.hidden}).length") == 0


def test_note_text_is_shown_as_text_and_never_runs(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, log = open_view(sample_view(), title="</title><script>window.pwned=1</script>")
    assert page.title() == "</title><script>window.pwned=1</script>"
    assert search(page, "pwned") == [BASE + "evil"]
    panel = page.inner_text("#kg-details")
    assert XSS_LABEL in panel
    assert XSS_DEFINITION in panel  # `&` shows as `&`, not `&amp;`
    assert page.eval_on_selector_all("#kg-side img, #kg-side script", "found => found.length") == 0
    tooltip = hover(page, BASE + "evil")  # the vis tooltip of the same node
    assert XSS_LABEL in tooltip and XSS_DEFINITION in tooltip
    # vis sets innerText: the line breaks become <br>, nothing else becomes an element
    assert set(page.eval_on_selector_all("div.vis-tooltip *", "found => found.map(e => e.tagName)")) <= {"BR"}
    assert page.evaluate("window.pwned") is None
    assert log.clean  # an <img src=x> that got parsed would have asked for file:///…/x


def test_tooltips_break_lines(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    node = "Transformer (Architecture)\n\nAn architecture built on attention.\n\nnotes/ai.md:11"
    assert page.evaluate(f"kgNodes.get({BASE + 'transformer'!r}).title") == node
    edge = page.evaluate("kgEdges.get({filter: e => e.relation === 'contains'})[0].title")
    assert edge == "Transformer contains Attention (stated)\n\nnotes/ai.md:1"
    tooltip = hover(page, BASE + "transformer")
    assert "\\" not in tooltip
    assert [line for line in tooltip.splitlines() if line] == [line for line in node.splitlines() if line]


def test_search_forgives_typos_and_says_when_nothing_matches(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(sample_view())
    assert search(page, "trasnformer") == [BASE + "transformer"]  # two letters swapped
    assert search(page, "atention") == [BASE + "attention"]  # one left out
    assert search(page, "mixtur of expert") == [BASE + "moe"]
    assert page.is_hidden("#kg-nomatch")
    page.fill("#kg-search", "qzxv wplk")
    assert page.eval_on_selector_all("#kg-matches li", "found => found.length") == 0
    assert page.is_visible("#kg-nomatch")
    assert page.inner_text("#kg-nomatch") == "No concept matches “qzxv wplk”."
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [BASE + "moe"]  # nothing found: the selection stays
    page.fill("#kg-search", "")
    assert page.is_hidden("#kg-nomatch")


def test_the_counts_follow_the_filters(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = sample_view()
    view.edges[-1].tier = "weak"
    page, _ = open_view(view)

    def expected(classes: set[str] = set(), relations: set[str] = set(), tiers: set[str] = {"weak"}) -> str:
        hidden = {n.id for n in view.nodes if n.cls in classes}
        concepts = len(view.nodes) - len(hidden)
        shown = sum(1 for e in view.edges if e.relation not in relations and e.tier not in tiers
                    and e.source not in hidden and e.target not in hidden)
        parts = [f"{concepts} concepts" if concepts == len(view.nodes) else f"{concepts} of {len(view.nodes)} concepts",
                 f"{shown} statements" if shown == len(view.edges) else f"{shown} of {len(view.edges)} statements"]
        return ", ".join(parts) + ("" if (concepts, shown) == (len(view.nodes), len(view.edges)) else " shown")

    assert page.inner_text("#kg-stats") == expected() == "8 concepts, 6 of 7 statements shown"
    page.uncheck("#kg-classes input[data-name='Architecture']")
    assert page.inner_text("#kg-stats") == expected({"Architecture"}) == "6 of 8 concepts, 2 of 7 statements shown"
    page.uncheck("#kg-relations input[data-name='developedBy']")
    assert page.inner_text("#kg-stats") == expected({"Architecture"}, {"developedBy"})
    page.check("#kg-classes input[data-name='Architecture']")
    page.check("#kg-tiers input[data-name='weak']")
    assert page.inner_text("#kg-stats") == expected(relations={"developedBy"}, tiers=set())
    page.check("#kg-relations input[data-name='developedBy']")
    assert page.inner_text("#kg-stats") == "8 concepts, 7 statements"


def every_kind_view() -> GraphView:
    """One concept of each class and one relation of each kind, in a chain."""
    nodes = [concept(name.lower(), name, name) for name in vocab.classes()]
    edges = [link(nodes[i % len(nodes)].id.removeprefix(BASE), name, nodes[(i + 1) % len(nodes)].id.removeprefix(BASE))
             for i, name in enumerate(vocab.relations())]
    return GraphView(nodes=nodes, edges=edges)


def test_no_two_legend_entries_look_alike(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, _ = open_view(every_kind_view())
    classes = page.eval_on_selector_all("#kg-classes .kg-sym", "marks => marks.map(m => [getComputedStyle(m).color, m.textContent])")
    assert len(classes) == len(vocab.classes()) and len({tuple(c) for c in classes}) == len(classes)
    lines = page.eval_on_selector_all(
        "#kg-relations svg line", "lines => lines.map(l => [getComputedStyle(l).stroke, getComputedStyle(l).strokeDasharray])")
    assert len(lines) == len(vocab.relations()) and len({tuple(line) for line in lines}) == len(lines)
    # and the graph draws each relation as its legend shows it
    drawn = page.evaluate("""Object.values(kgNetwork.body.edges).map(e => [e.options.color.color.toLowerCase(),
                             JSON.stringify(e.options.dashes), kgEdges.get(e.id).relation])""")
    legend = {r: (s.colour.lower(), "false" if not s.dashes else str(s.dashes).replace(" ", "")) for r, s in RELATION_STYLE.items()}
    assert {(c, d) for c, d, _ in drawn} == {legend[r] for _, _, r in drawn} and len(drawn) == len(vocab.relations())
    assert all(legend[r] == (c, d) for c, d, r in drawn)


def test_labels_never_overlap_and_zooming_in_shows_more(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    view = random_view(PHYSICS_MAX_NODES + 100)
    page, _ = open_view(view)
    overview = drawn_labels(page)
    assert not overlapping(overview)
    shown = {b["id"] for b in overview if isinstance(b["id"], str)}  # concepts' labels, not relations'
    degree = {n.id: set() for n in view.nodes}
    for e in view.edges:
        degree[e.source].add(e.target)
        degree[e.target].add(e.source)
    hidden = [n.id for n in view.nodes if n.id not in shown]
    assert hidden and len(shown) >= 20, "at the overview some labels have room, not all"
    mean = lambda ids: sum(len(degree[i]) for i in ids) / len(ids)  # noqa: E731
    assert mean(shown) > mean(hidden), "the best connected concepts are labelled first"
    # zoom in with the mouse wheel on a concept whose label had no room
    target = min(hidden, key=lambda i: page.evaluate(f"""(() => {{ const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([{i!r}])[{i!r}]);
        return Math.hypot(p.x - 530, p.y - 450); }})()"""))
    point = page.evaluate(f"""(() => {{ const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([{target!r}])[{target!r}]),
        r = document.querySelector("#kg-graph").getBoundingClientRect(); return {{x: r.left + p.x, y: r.top + p.y}}; }})()""")
    page.mouse.move(point["x"], point["y"])
    start = page.evaluate("kgNetwork.getScale()")
    while page.evaluate("kgNetwork.getScale()") < 8 * start:
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(20)
    zoomed = drawn_labels(page)
    assert target in {b["id"] for b in zoomed}
    assert not overlapping(zoomed)
    # on screen, a label keeps its size: zooming in made room rather than bigger letters
    scale = page.evaluate("kgNetwork.getScale()")
    assert {round(b["size"] * scale) for b in zoomed} <= {9, 10, 11, 12, 13, 14, 15}


def test_an_around_page_of_the_notes_labels_its_concepts_without_overlap(
    context: BrowserContext, graph, tmp_path: Path,
) -> None:
    path = tmp_path / "around.html"
    view = draw(graph, path, around=["transformer"], depth=2)
    page, log = open_page(context)
    try:
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        assert log.clean
        boxes = drawn_labels(page)
        assert not overlapping(boxes)
        labelled = {b["id"] for b in boxes}
        assert graph.resolve("transformer").value in labelled, "the concept the page is around"
        assert len(labelled & {n.id for n in view.nodes}) >= 0.8 * len(view.nodes), "room for most labels"
    finally:
        page.close()


def test_screenshot_script_writes_a_png(context: BrowserContext, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    png = tmp_path / "out" / "graph.png"
    write_html(sample_view(), page)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot.py"), str(page), str(png)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1400, 900)


def test_the_shipped_page_draws_every_concept_offline(context: BrowserContext, repo: Path, graph) -> None:
    """exports/graph.html, as committed: every concept of the built graph drawn, nothing fetched."""
    page, log = open_page(context)
    try:
        page.goto((repo / "exports" / "graph.html").as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        assert log.failed_requests == [] and log.console_errors == []
        concepts = {c.value for c in graph.concepts(topics=False)}
        assert set(page.evaluate("kgNetwork.getPositions()")) == concepts
        assert search(page, "MoE") == [graph.resolve("mixture of experts").value]
        assert search(page, "autogregresive") == [graph.resolve("autoregressive language model").value]
        page.fill("#kg-search", "xqzvw")
        assert page.is_visible("#kg-nomatch")
    finally:
        page.close()


# --- one count of statements: kg build, kg stats and the page -----------------------------------

def distinct_statements(trig: Path) -> int:
    """Counted with rdflib, apart from kg's code: the distinct (subject, relation, object) of aie.trig
    whose relation is an object property of vocab.ttl, between two resources typed with a class of
    the vocabulary, neither of them a Topic."""
    import rdflib
    from rdflib.namespace import OWL, RDF

    vocabulary = rdflib.Graph().parse(ROOT / "kg" / "schema" / "vocab.ttl", format="turtle")
    relations = set(vocabulary.subjects(RDF.type, OWL.ObjectProperty))
    dataset = rdflib.Dataset()
    dataset.parse(trig, format="trig")
    kg_ns = "https://w3id.org/aie-kg/vocab#"
    types: dict[rdflib.term.Node, set[str]] = {}
    triples = set()
    for s, p, o, _graph in dataset.quads((None, None, None, None)):
        if p == RDF.type and str(o).startswith(kg_ns):
            types.setdefault(s, set()).add(str(o).removeprefix(kg_ns))
        elif p in relations:
            triples.add((s, p, o))
    concepts = {node for node, classes in types.items() if "Topic" not in classes}
    return sum(1 for s, _p, o in triples if s in concepts and o in concepts)


def page_count(context: BrowserContext, page_file: Path) -> str:
    page, log = open_page(context)
    try:
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        assert log.clean, log
        return page.inner_text("#kg-stats")
    finally:
        page.close()


@pytest.mark.parametrize("notes", ["shipped", "stated twice"])
def test_build_stats_and_the_page_count_the_same_statements(notes: str, context: BrowserContext, tmp_path: Path,
                                                             stated_twice: Path) -> None:
    """One statement read from two places (an inline field and curated Turtle) is one statement;
    a relation to something that is no concept is none."""
    import json
    import shutil

    from click.testing import CliRunner

    from cli import cli

    data = stated_twice
    if notes == "shipped":
        data = tmp_path / "data"
        shutil.copytree(ROOT / "data", data)
    where = ["--data", str(data), "--exports", str(tmp_path / "exports")]
    env = {"KG_ENDPOINT": None, "KG_STORE": None}
    built = CliRunner().invoke(cli, [*where, "build"], env=env)
    assert built.exit_code == 0, built.output
    summary = re.search(r"^(\d+) concepts, (\d+) statements from ", built.stdout, re.M)
    assert summary, built.stdout
    stats = json.loads(CliRunner().invoke(cli, [*where, "stats", "--format", "json"], env=env).stdout)
    concepts, statements = int(summary[1]), int(summary[2])
    assert (stats["concepts"], stats["statements"]) == (concepts, statements)
    # the page counts what it draws, and weak readings start hidden: "105 of 113 statements shown"
    weak = sum(1 for e in view_of(kg.load(Workspace.at(data, tmp_path / "exports"))).edges if e.tier == "weak")
    shown = f"{statements - weak} of {statements} statements shown" if weak else f"{statements} statements"
    assert page_count(context, tmp_path / "exports" / "graph.html") == f"{concepts} concepts, {shown}"
    assert statements == distinct_statements(tmp_path / "exports" / "aie.trig")
    if notes == "stated twice":
        # MoE isA model architecture, isA sparse model (in both files), sparse model contrastsWith dense model
        assert statements == 3
        assert stats["files"] == {"curated.ttl": 1, "notes/sparse.md": 3}


def test_the_view_lives_in_the_address_and_a_reload_keeps_it(open_view: Callable[..., tuple[Page, PageLog]]) -> None:
    page, log = open_view(sample_view())
    assert search(page, "MoE") == [BASE + "moe"]
    page.uncheck('#kg-classes input[data-name="Tool"]')
    assert page.url.endswith("#concept=" + quote(BASE + "moe", safe="") + "&filters=" + quote("-cls:Tool", safe=""))
    page.reload()
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    assert page.text_content("#kg-details h2") == "Mixture of experts"
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [BASE + "moe"]
    assert not page.is_checked('#kg-classes input[data-name="Tool"]')
    assert page.evaluate(f"kgNodes.get('{BASE}pytorch').hidden") is True
    page.click("#kg-graph", position={"x": 5, "y": 5})  # nothing there: the selection is let go
    assert "concept=" not in page.url and "filters=" in page.url
    assert log.clean


@pytest.mark.parametrize("fragment", ["#concept=%E0%A4%A&filters=%ZZ", "#concept=https%3A%2F%2Fexample.org%2Fgone&filters=-cls%3ANone,x",
                                      "#&=&filters=", "#filters=" + "-cls%3ATool," * 500])
def test_a_mangled_or_stale_address_gives_the_page_as_it_starts(open_view: Callable[..., tuple[Page, PageLog]], fragment: str) -> None:
    page, log = open_view(sample_view())
    page.goto(page.url.split("#")[0] + fragment)
    page.reload()
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    assert log.clean, log
    assert page.is_hidden("#kg-details")
    assert page.evaluate("kgNodes.get().filter(n => n.hidden).map(n => n.id)") == ([BASE + "pytorch"] if "Tool" in fragment else [])
