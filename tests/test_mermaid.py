"""kg.ingest.mermaid on small flowcharts of its own, one test (or a few) for each form Mermaid
allows, and on large adversarial input, where the work done must stay linear."""

from __future__ import annotations

import dataclasses
import signal
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.mermaid import Diagram, Edge, Node, Subgraph, parse


def read(body: str, header: str = "graph TD") -> Diagram:
    diagram = parse(header + "\n" + textwrap.dedent(body))
    assert diagram is not None
    return diagram


def names(diagram: Diagram) -> dict[str, str]:
    return {node.id: node.name for node in diagram.nodes.values()}


def links(diagram: Diagram) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.label) for e in diagram.edges]


# ---------------------------------------------------------------- the example from the notes


def test_the_example_block_is_read_whole() -> None:
    diagram = read("""\
        PEFT[Parameter-Efficient Fine-Tuning] --> LoRA["LoRA<br/>Low-Rank Adaptation"]
        PEFT --> Prefix[Prefix Tuning]
        LoRA -- improves on --> FT((Full fine-tuning))
        subgraph Methods [Training methods]
          A & B --> C
        end
    """)
    assert diagram.direction == "TD"
    assert diagram.nodes == {
        "PEFT": Node("PEFT", "Parameter-Efficient Fine-Tuning", "", 1),
        "LoRA": Node("LoRA", "LoRA", "Low-Rank Adaptation", 1),
        "Prefix": Node("Prefix", "Prefix Tuning", "", 2),
        "FT": Node("FT", "Full fine-tuning", "", 3),
        "A": Node("A", "A", "", 5),
        "B": Node("B", "B", "", 5),
        "C": Node("C", "C", "", 5),
    }
    assert diagram.edges == (
        Edge("PEFT", "LoRA", "", 1), Edge("PEFT", "Prefix", "", 2), Edge("LoRA", "FT", "improves on", 3),
        Edge("A", "C", "", 5), Edge("B", "C", "", 5),
    )
    assert diagram.subgraphs == (Subgraph("Methods", "Training methods", ("A", "B", "C"), 4),)


def test_the_results_are_frozen() -> None:
    node = read("A[a]").nodes["A"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.name = "b"  # type: ignore[misc]


# ---------------------------------------------------------------- header, statements, comments


@pytest.mark.parametrize(("header", "direction"), [
    ("graph TD", "TD"), ("graph TB", "TB"), ("flowchart LR", "LR"), ("flowchart RL;", "RL"),
    ("graph BT ;", "BT"), ("flowchart", ""), ("graph", ""), ("  flowchart  LR  ", "LR"),
])
def test_header_graph_or_flowchart_gives_the_direction(header: str, direction: str) -> None:
    assert read("A --> B", header).direction == direction


def test_header_with_statements_after_a_semicolon() -> None:
    diagram = read("", "graph LR; A-->B; B-->C")
    assert links(diagram) == [("A", "B", ""), ("B", "C", "")]
    assert [e.line for e in diagram.edges] == [0, 0]


def test_comments_and_directives_before_the_header_and_between_lines() -> None:
    diagram = parse("%% a comment\n%%{init: {'theme': 'dark'}}%%\n\ngraph TD\n%% A --> Z\n  A --> B\n")
    assert diagram is not None and links(diagram) == [("A", "B", "")]
    assert diagram.edges[0].line == 5


def test_a_comment_after_a_statement_runs_to_the_line_end() -> None:
    diagram = read("A --> B %% B --> C\nsubgraph Big things %% a note\nC[c] %% ; D\nend")
    assert links(diagram) == [("A", "B", "")] and list(diagram.nodes) == ["A", "B", "C"]
    assert [s.id for s in diagram.subgraphs] == ["Big things"]


def test_front_matter_before_the_header() -> None:
    diagram = parse("---\ntitle: Fine-tuning\nconfig:\n  theme: forest\n---\nflowchart LR\n  A --> B\n")
    assert diagram is not None and diagram.direction == "LR" and links(diagram) == [("A", "B", "")]
    assert diagram.edges[0].line == 6


@pytest.mark.parametrize("text", [
    "sequenceDiagram\n  Alice->>Bob: Hi",
    "classDiagram\n  Animal <|-- Duck",
    "mindmap\n  root((AI))\n    LoRA",
    'pie title Pets\n  "Dogs" : 386',
    "stateDiagram-v2\n  [*] --> Still",
    "erDiagram\n  CUSTOMER ||--o{ ORDER : places",
    "gantt\n  title A plan",
    "journey\n  title My day",
    "%% graph TD\ngitGraph\n  commit",
    "graphTD\n  A --> B",
    "",
    "   \n\n",
    "%% only a comment",
    "---\ntitle: no end of front matter\ngraph TD\nA-->B",
])
def test_a_diagram_that_is_not_a_flowchart_gives_none(text: str) -> None:
    assert parse(text) is None


def test_statements_separated_by_semicolons_and_newlines() -> None:
    diagram = read("A --> B; B --> C;\n  C --> D ;;  D --> E")
    assert links(diagram) == [("A", "B", ""), ("B", "C", ""), ("C", "D", ""), ("D", "E", "")]
    assert [e.line for e in diagram.edges] == [1, 1, 2, 2]


def test_windows_line_ends() -> None:
    diagram = parse("graph TD\r\n  A[a] --> B\r\n  B --> C\r\n")
    assert diagram is not None and links(diagram) == [("A", "B", ""), ("B", "C", "")]
    assert names(diagram)["A"] == "a" and diagram.edges[1].line == 2


def test_styling_statements_are_ignored() -> None:
    diagram = read("""\
        classDef hot fill:#f96,stroke:#333,stroke-width:4px;
        A[Start] --> B
        class A,B hot
        style A fill:#bbf,stroke:#f66,stroke-width:2px,color:#fff,stroke-dasharray: 5 5
        linkStyle 0 stroke:#ff3,stroke-width:4px,color:red;
        click A callback "Tooltip for a callback"
        click B href "https://example.org/?a=1" _blank
        accTitle: A small chart
        accDescr: It has two nodes
        accDescr {
          A longer description
          over --> lines
        }
        subgraph S
          direction LR
          C
        end
    """)
    assert names(diagram) == {"A": "Start", "B": "B", "C": "C"}
    assert links(diagram) == [("A", "B", "")]
    assert diagram.subgraphs == (Subgraph("S", "S", ("C",), 14),)


def test_class_suffix_on_nodes_is_dropped() -> None:
    diagram = read("A:::hot --> B[Label]:::cold & C:::cold\nD(round):::x")
    assert names(diagram) == {"A": "A", "B": "Label", "C": "C", "D": "round"}
    assert links(diagram) == [("A", "B", ""), ("A", "C", "")]


# ---------------------------------------------------------------- links


@pytest.mark.parametrize("link", [
    "-->", "---", "-.->", "-.-", "==>", "===", "--o", "--x", "<-->", "--->", "----", "-...->",
    "-..-", "====>", "<-.->", "<==>", "o--o", "x--x", "-.-x", "==o", "--------->",
])
@pytest.mark.parametrize("spaced", [True, False])
def test_every_kind_of_link_gives_one_edge(link: str, spaced: bool) -> None:
    text = f"A {link} B" if spaced or link[0] in "ox" else f"A{link}B"
    assert links(read(text)) == [("A", "B", "")]


@pytest.mark.parametrize("text", [
    "A -- improves on --> B", "A -. improves on .-> B", "A == improves on ==> B", "A -->|improves on| B",
    "A ---|improves on| B", "A -.->|improves on| B", "A ==>| improves on |B", "A --> |improves on| B",
    'A -- "improves on" --> B', 'A -->|"improves on"| B', "A -- improves on --- B", "A == improves on === B",
    "A -. improves on .- B", "A -. improves on ..-> B", "A <-- improves on --> B", "A--improves on-->B",
    "A -- improves on ---> B", "A -- improves on --o B", 'A -->|"`**improves** on`"| B',
])
def test_link_text_in_every_form_is_the_edge_label(text: str) -> None:
    assert links(read(text)) == [("A", "B", "improves on")]


def test_link_text_may_hold_dashes_that_do_not_end_it() -> None:
    assert links(read("A -- state-of-the-art -- really --> B")) == [("A", "B", "state-of-the-art -- really")]


def test_invisible_link_gives_nodes_but_no_edge() -> None:
    diagram = read("A ~~~ B --> C")
    assert list(diagram.nodes) == ["A", "B", "C"] and links(diagram) == [("B", "C", "")]


def test_circle_and_cross_heads_are_read_greedily_as_mermaid_does() -> None:
    assert links(read("A---oB")) == [("A", "B", "")]


def test_chain_gives_one_edge_per_link() -> None:
    diagram = read("A --> B -- uses --> C -.-> D")
    assert links(diagram) == [("A", "B", ""), ("B", "C", "uses"), ("C", "D", "")]


@pytest.mark.parametrize("text", ["A & B --> C & D", "A&B-->C&D", "A  &  B -- x --> C & D"])
def test_ampersand_groups_give_every_pair(text: str) -> None:
    label = "x" if "x" in text else ""
    assert links(read(text)) == [("A", "C", label), ("A", "D", label), ("B", "C", label), ("B", "D", label)]


def test_ampersand_group_in_a_chain_with_labels_and_repeats() -> None:
    diagram = read("A[a] & B[b] & A -->|t| C --> D & E")
    assert links(diagram) == [("A", "C", "t"), ("B", "C", "t"), ("C", "D", ""), ("C", "E", "")]
    assert names(diagram) == {"A": "a", "B": "b", "C": "C", "D": "D", "E": "E"}


def test_edge_ids_are_not_nodes() -> None:
    diagram = read("A e1@--> B\ne1@{ animate: true }")
    assert list(diagram.nodes) == ["A", "B"] and links(diagram) == [("A", "B", "")]


# ---------------------------------------------------------------- node shapes and labels


@pytest.mark.parametrize("node", [
    "X[Low rank]", "X(Low rank)", "X([Low rank])", "X[[Low rank]]", "X[(Low rank)]", "X((Low rank))",
    "X(((Low rank)))", "X{Low rank}", "X{{Low rank}}", "X>Low rank]", "X[/Low rank/]", "X[\\Low rank\\]",
    "X[/Low rank\\]", "X[\\Low rank/]", 'X["Low rank"]', 'X(("Low rank"))', 'X[/"Low rank"/]', "X[ Low rank ]",
    'X@{ shape: rect, label: "Low rank" }', "X@{label: Low rank}", "X@{ shape: circle, label: 'Low rank' }",
])
def test_every_node_shape_gives_its_label(node: str) -> None:
    diagram = read(f"{node} --> Y")
    assert diagram.nodes["X"] == Node("X", "Low rank", "", 1)
    assert links(diagram) == [("X", "Y", "")]


def test_shape_attributes_without_a_label_name_the_node_by_its_id() -> None:
    assert read("A@{ shape: cyl }").nodes["A"] == Node("A", "A", "", 1)


def test_shape_attributes_with_commas_and_braces_in_the_quoted_label() -> None:
    assert names(read('A@{ shape: doc, label: "a, {b}" } --> B')) == {"A": "a, {b}", "B": "B"}


def test_quoted_label_may_hold_brackets() -> None:
    diagram = read('A["f(x) [1]"] --> B("{a} | b")')
    assert names(diagram) == {"A": "f(x) [1]", "B": "{a} | b"}


def test_quoted_label_may_run_over_lines() -> None:
    diagram = read('A["`The **cat**\n  in the hat`"] --> B')
    assert diagram.nodes["A"] == Node("A", "The cat", "in the hat", 1)
    assert diagram.edges == (Edge("A", "B", "", 2),)


@pytest.mark.parametrize("label", [
    "LoRA<br>Low-Rank Adaptation", "LoRA<br/>Low-Rank Adaptation", "LoRA<br />Low-Rank Adaptation",
    "LoRA<BR/>Low-Rank Adaptation", "LoRA\\nLow-Rank Adaptation",
])
def test_line_breaks_split_name_from_description(label: str) -> None:
    assert read(f'A["{label}"]').nodes["A"] == Node("A", "LoRA", "Low-Rank Adaptation", 1)


def test_description_joins_the_other_lines_and_drops_empty_ones() -> None:
    node = read('A["<b>LoRA</b><br><br>Low-Rank<br/>Adaptation<br>"]').nodes["A"]
    assert (node.name, node.description) == ("LoRA", "Low-Rank Adaptation")


@pytest.mark.parametrize(("label", "name"), [
    ("<b>Bold</b> <i>tag</i>", "Bold tag"),
    ("<span style='color:red'>Red</span>", "Red"),
    ("**Bold** and *em*", "Bold and em"),
    ("`code` words", "code words"),
    ("Q * K and x*y", "Q * K and x*y"),
    ("a < b > c", "a < b > c"),
    ("#quot;Quoted#quot; #35;1", '"Quoted" #1'),
    ("R&amp;D &lt;tag&gt; &#35;2", "R&D <tag> #2"),
    ("C#dev; &unknown;", "C#dev; &unknown;"),
    ("fa:fa-car Cars", "Cars"),
    ("fab:fa-github GitHub", "GitHub"),
    ("🚀 Launch", "Launch"),
    ("👍🏽 Approval", "Approval"),
    ("❤️ Love", "Love"),
    ("  many   spaces\there  ", "many spaces here"),
    ("Café ünïcode 中文", "Café ünïcode 中文"),
])
def test_markup_icons_and_emoji_are_removed_from_labels(label: str, name: str) -> None:
    assert read(f'A["{label}"]').nodes["A"].name == name


def test_markdown_string_label() -> None:
    assert read('A["`**Low** rank *adapters*`"]').nodes["A"].name == "Low rank adapters"


def test_unquoted_label_with_markup() -> None:
    assert read("A[<b>Low</b> rank #amp; more]").nodes["A"].name == "Low rank & more"


def test_label_that_cleans_to_nothing_names_the_node_by_its_id() -> None:
    assert read('A["<br/>"] --> B[" "]').nodes["A"].name == "A"
    assert read('A["<br/>"] --> B[" "]').nodes["B"].name == "B"


def test_a_node_referenced_before_and_after_its_label_keeps_it() -> None:
    diagram = read("""\
        A --> B
        C --> B
        B[Base model] --> D
        D --> B
    """)
    assert diagram.nodes["B"] == Node("B", "Base model", "", 3)
    assert list(diagram.nodes) == ["A", "B", "C", "D"]
    assert diagram.nodes["A"] == Node("A", "A", "", 1)


def test_the_first_label_given_is_kept() -> None:
    assert read("A[First] --> A[Second]").nodes["A"].name == "First"


def test_ids_may_hold_dashes_dots_and_letters_of_any_script() -> None:
    diagram = read("my-node.v2 --> über_Knoten --> 中文")
    assert links(diagram) == [("my-node.v2", "über_Knoten", ""), ("über_Knoten", "中文", "")]


# ---------------------------------------------------------------- subgraphs


def test_subgraph_id_and_title_in_brackets() -> None:
    diagram = read("subgraph one [Training methods]\n  A --> B\nend\nC")
    assert diagram.subgraphs == (Subgraph("one", "Training methods", ("A", "B"), 1),)
    assert list(diagram.nodes) == ["A", "B", "C"]


def test_subgraph_id_and_quoted_title() -> None:
    diagram = read('subgraph one["**Training** (methods)"]\n  A\nend')
    assert diagram.subgraphs == (Subgraph("one", "Training (methods)", ("A",), 1),)


def test_subgraph_quoted_title_is_its_id() -> None:
    assert read('subgraph "Training methods"\n  A\nend').subgraphs == (
        Subgraph("Training methods", "Training methods", ("A",), 1),)


def test_subgraph_title_words_are_its_id() -> None:
    assert read("subgraph Training methods\n  A\nend").subgraphs == (
        Subgraph("Training methods", "Training methods", ("A",), 1),)


def test_subgraph_title_words_may_hold_parentheses() -> None:
    assert read("subgraph Training (2024)\n  A\nend").subgraphs == (
        Subgraph("Training (2024)", "Training (2024)", ("A",), 1),)


def test_subgraph_bare_id_is_its_title() -> None:
    assert read("subgraph S1;A;end").subgraphs == (Subgraph("S1", "S1", ("A",), 1),)


def test_nested_subgraphs_list_their_direct_members() -> None:
    diagram = read("""\
        subgraph outer [Outer]
          A --> B
          subgraph inner [Inner]
            C --> A
          end
          D
        end
        E --> C
    """)
    assert diagram.subgraphs == (
        Subgraph("outer", "Outer", ("A", "B", "inner", "D"), 1),
        Subgraph("inner", "Inner", ("C", "A"), 3),
    )
    assert list(diagram.nodes) == ["A", "B", "C", "D", "E"]


def test_edges_to_and_from_subgraph_ids_are_edges_but_not_nodes() -> None:
    diagram = read("""\
        X --> one
        subgraph one
          A
        end
        subgraph two
          B
        end
        one -- feeds --> two
    """)
    assert links(diagram) == [("X", "one", ""), ("one", "two", "feeds")]
    assert list(diagram.nodes) == ["X", "A", "B"]
    assert [s.id for s in diagram.subgraphs] == ["one", "two"]


def test_unclosed_subgraph_is_kept_and_a_stray_end_is_ignored() -> None:
    diagram = read("end\nA\nsubgraph S\nB")
    assert diagram.subgraphs == (Subgraph("S", "S", ("B",), 3),)
    assert list(diagram.nodes) == ["A", "B"]


# ---------------------------------------------------------------- bad input


def test_malformed_lines_are_skipped_and_the_rest_is_read() -> None:
    diagram = read("""\
        A --> B
        C[unclosed label --> D
        E --> F -->
        G -> H
        I(( --> J
        K:L --> M
        -->
        [just a label]
        N["unclosed quote] --> O
        P --> Q; R --> ; S --> T
        U & --> V
        W -->|no closing bar X
        Y["quoted"] --> Z
    """)
    assert links(diagram) == [("A", "B", ""), ("P", "Q", ""), ("S", "T", ""), ("Y", "Z", "")]
    assert list(diagram.nodes) == ["A", "B", "P", "Q", "S", "T", "Y", "Z"]
    assert diagram.nodes["Y"].name == "quoted"


def test_the_exporters_own_flowchart_reads_back() -> None:
    diagram = read("""\
        n0["Mixture of Experts #40;MoE#41;"]
        n1["C#35; #38; #34;F#35;#34;"]
        n2["a#124;b #91;x#93; #123;y#125; #60;z#62;"]
        n3["#35;quot; literal"]
        n0 -->|is a#124;kind of| n1
        classDef Concept fill:#aabbcc,stroke:#444444,color:#000000
        class n0,n1 Concept
    """, "flowchart LR")
    assert names(diagram) == {"n0": "Mixture of Experts (MoE)", "n1": 'C# & "F#"', "n2": "a|b [x] {y} <z>",
                              "n3": "#quot; literal"}
    assert links(diagram) == [("n0", "n1", "is a|kind of")]


def test_a_bad_statement_keeps_no_part_of_itself() -> None:
    assert links(read("A --> B --> C[bad")) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AB -.=>ox|&[](){}\"<>/\\@:;%#\n`*~tsubgraphend")), max_size=80))
def test_any_text_after_a_header_parses_without_raising(body: str) -> None:
    diagram = parse("graph TD\n" + body)
    assert diagram is not None
    for edge in diagram.edges:
        assert edge.source and edge.target


# ---------------------------------------------------------------- large adversarial input


@contextmanager
def deadline(seconds: int = 10) -> Iterator[None]:
    """A generous guard: a regression to super-linear time fails instead of hanging the run."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"parse took over {seconds}s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("body", "nodes", "edges"), [
    ("A-->" * 20_000 + "B", 2, 20_000),  # a long chain
    ("A-->" * 20_000, 0, 0),  # ... that fails at its very end
    ("A" + "[" * 50_000, 0, 0),
    ("A[" * 50_000, 0, 0),
    ("A(" * 50_000, 0, 0),
    ("[" * 50_000 + "\nA-->B", 2, 1),
    ("A-- x;" * 20_000 + "A-->B", 2, 1),  # link text that never ends, again and again
    ("A -- " * 20_000, 0, 0),
    ("A-. x;" * 20_000, 0, 0),
    ("A == x\n" * 20_000 + "A==>B", 2, 1),
    ('A["x;' * 20_000, 0, 0),  # quotes that never close
    ('A["x\n' * 20_000 + '"' + " " * 200_000, 0, 0),  # ... or close on the next line, wrongly
    ("A[x\n" * 20_000 + "A-->B", 2, 1),
    ("A@{ label: " * 20_000, 0, 0),
    ("A & " * 20_000 + "B --> C", 3, 2),
    ("subgraph s\n" * 10_000 + "A-->B\n" + "end\n" * 10_000, 2, 1),
    ("a" * 200_000 + " --> B", 2, 1),  # a 200 KB id
    ("A -- " + "-" * 200_000, 0, 0),
    ("style A fill:#f00;" * 20_000 + "A-->B", 2, 1),
])
def test_large_adversarial_input_takes_linear_work(body: str, nodes: int, edges: int) -> None:
    with deadline():
        diagram = read(body)
    assert (len(diagram.nodes), len(diagram.edges)) == (nodes, edges)


@pytest.mark.parametrize("filler", ["x ", "*a ", "<a ", "<br ", "&#a", "#quot", "`", "fa:fa-", "🚀", "\\", "|"])
def test_a_200_kb_label_is_cleaned_in_linear_time(filler: str) -> None:
    label = filler * (200_000 // len(filler))
    with deadline():
        diagram = read(f'A["{label}"] --> B')
    assert links(diagram) == [("A", "B", "")] and len(diagram.nodes) == 2


def test_a_node_belongs_to_the_subgraph_it_is_first_written_in_and_its_description_is_read(tmp_path: Path) -> None:
    from reading import build, lowered

    facts = lowered(build(tmp_path, """\
        # Flow

        ```mermaid
        flowchart LR
            R[Kestrel retriever<br/>uses BM25] -->|searches| V[(Zorp store)]
            R --> G[Quill generator<br/>a language model]
            subgraph Indexing
              D[Bird songs] --> E[Wombat encoder]
              E --> V
            end
        ```
        """))
    assert {("indexing", "includes", "bird song"), ("indexing", "includes", "wombat encoder")} <= facts
    assert ("indexing", "includes", "zorp store") not in facts  # written before, outside the subgraph
    assert {("kestrel retriever", "uses", "bm25"), ("quill generator", "isA", "language model")} <= facts


def test_a_subgraph_named_for_an_area_or_a_group_includes_its_nodes_and_one_named_for_a_thing_contains_them(tmp_path: Path) -> None:
    from reading import build, lowered

    facts = lowered(build(tmp_path, """\
        # Flow

        ```mermaid
        flowchart LR
            subgraph Burrow optimization
              A[Tunnel widening]
            end
            subgraph Zorp metrics
              B[Kestrel latency]
            end
            subgraph Wombat
              C[Claw] --> D[Paw]
            end
        ```
        """))
    assert ("burrow optimization", "includes", "tunnel widening") in facts
    assert ("kestrel latency", "isA", "zorp metric") in facts  # a plural of a class lists its members, as a heading does
    assert {("wombat", "contains", "claw"), ("wombat", "contains", "paw")} <= facts


def test_in_a_tree_of_plain_edges_an_area_that_branches_includes_its_branches(tmp_path: Path) -> None:
    from reading import build, lowered

    facts = lowered(build(tmp_path, """\
        # Burrows

        ```mermaid
        flowchart TD
            B[Burrow optimization] --> D[Digging]
            B --> H[Hiding]
            D --> T[Tunnel widening]
            D --> C[Chamber sealing]
            H --> K[Kestrel]
        ```

        ```mermaid
        flowchart LR
            S[Soil sorting] --> R[Root cutting]
            S --> P[Pebble sifting]
            R --> P
        ```
        """))
    assert {("burrow optimization", "includes", "digging"), ("burrow optimization", "includes", "hiding"),
            ("digging", "includes", "tunnel widening"), ("digging", "includes", "chamber sealing")} <= facts
    assert ("hiding", "relatedTo", "kestrel") in facts or ("kestrel", "relatedTo", "hiding") in facts  # one branch: no area split
    assert not any(s == "soil sorting" and r == "includes" for s, r, _o in facts)  # "Pebble sifting" has two parents: no tree


def test_a_subgraph_s_name_is_what_stands_before_its_description(tmp_path: Path) -> None:
    from reading import build, lowered, names

    graph = build(tmp_path, """\
        # Digging

        ```mermaid
        graph LR
            subgraph dig["Digging — slow and loud"]
                A[Root spade] --> B[Moss rake]
            end
            subgraph kit["Tools: the usual ones"]
                C[DigBench]
            end
        ```
        """)
    found = lowered(graph)
    assert {("digging", "includes", "root spade"), ("digbench", "isA", "tool")} <= found, found  # an area takes its nodes in
    assert not any("slow" in name or "usual" in name for name in names(graph)), names(graph)


def test_a_node_whose_label_names_two_things_with_a_spaced_slash_is_each_of_them(tmp_path: Path) -> None:
    """ "ScentLog / Moss meter": two things, each at the end of the edge; "Input/output" is one name, and
    "train / test split" one compound whose words before the slash share its head."""
    from reading import assert_no_concept, build, lowered, names

    graph = build(tmp_path, """\
        # Den work

        ```mermaid
        flowchart TD
            D["Dig"] -->|uses| H["ScentLog / Moss meter"]
            X["Input/output"] --> D
            D -->|uses| T["train / test split"]
        ```
        """)
    facts = lowered(graph)
    assert {("dig", "uses", "scentlog"), ("dig", "uses", "moss meter")} <= facts, facts
    assert "input/output" in names(graph)
    assert_no_concept(graph, "train")
