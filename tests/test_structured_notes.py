"""Tables and diagrams as readers of a book write them: a table whose name column's header says
what the rows are ("| Strategy |" under "## Sampling"), a description cell that defines its row, an
"Examples" or "Data" column, a purpose written as an instruction; a Mermaid flow whose plural steps
are no categories. Every input here is written for the test; none is taken from the owner's notes
or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, facts, folded_facts, lowered, names, rules

import kg
from kg.ingest.lists import cut


def test_the_header_of_the_name_column_and_the_heading_say_what_the_rows_are(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Decoding

        | Strategy | How it works |
        |---|---|
        | Kestrel sampling | Picks the likeliest token |
        | Wombat sampling | Samples from the top tokens |

        ### Model Architecture

        | Architecture | Key idea |
        |---|---|
        | Zorpformer | Attention over all tokens |
        """)
    found = lowered(graph)
    # strategies under a heading that names a doing are ways within it, which it includes (kg.ingest.table_kinds.within_a_doing)
    assert {("decoding", "includes", "kestrel sampling"), ("decoding", "includes", "wombat sampling")} <= found, found
    assert ("zorpformer", "isA", "model architecture") in found
    assert rules(graph, "decoding", "includes", "Kestrel sampling") == {("table-row", "structural")}


@pytest.mark.parametrize(
    "heading",
    [
        "## Chapter 3 Notes on Decoding",  # more than a subject's name
        "## Decoders",  # a plural heading is read as ever (no class): no "decoders strategy"
    ],
)
def test_a_heading_that_is_no_subject_makes_no_kind_of_the_header(tmp_path: Path, heading: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{heading}\n\n| Strategy | How it works |\n|---|---|\n| Kestrel sampling | Picks the likeliest token |\n")
    assert not any(r == "isA" and s == "kestrel sampling" for s, r, _o in lowered(graph)), lowered(graph)


def test_a_heading_of_a_part_of_the_writing_leaves_the_kind_to_the_heading_above(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Digging\n\n## 🔑 Basics\n\n| Strategy | How it works |\n|---|---|\n| Claw scraping | Scrapes the soil |\n"))
    assert ("digging", "includes", "claw scraping") in found, found  # a way of digging, as "## Digging" over the table gives it
    assert not any(o.startswith("basics") for _s, _r, o in found), found


def test_a_heading_that_compares_two_things_names_no_kind_of_the_rows(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n#### Wet vs dry\n\n| Type | What it holds |\n|---|---|\n| Wet den | moss |\n| Dry den | sand |\n"))
    assert not any(r == "isA" and "vs" in o for _s, r, o in found), found


def test_a_header_that_is_no_kind_word_makes_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n## Decoding\n\n| Name | How it works |\n|---|---|\n| Kestrel sampling | Picks the likeliest token |\n"))
    assert not any(r == "isA" and s == "kestrel sampling" for s, r, _o in found), found


def test_a_description_cell_defines_its_row(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Data

        | Source | Details |
        |---|---|
        | Kestrel Crawl | A web-scale dataset used by most foundation models |
        | Wombat Books | Underrepresented languages get worse results |
        """))
    assert ("kestrel crawl", "isA", "web-scale dataset") in found, found
    assert not any(s == "wombat books" and r == "isA" for s, r, _o in found)


def test_examples_and_data_columns_and_a_purpose_as_an_instruction(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Models

        | Model | Examples | Data | Purpose |
        |---|---|---|---|
        | Zorpformer | Zorp-1, Zorp-2 | Comparison data | Summarize long documents |
        | Quillnet | Quill-S | Demonstration data | Simpler alternative to Zorpformer |
        """)
    found = lowered(graph)
    assert {("zorpformer", "hasExample", "zorp-1"), ("zorpformer", "hasExample", "zorp-2"), ("quillnet", "hasExample", "quill-s")} <= found, found
    assert {("zorpformer", "trainedOn", "comparison data"), ("quillnet", "trainedOn", "demonstration data")} <= found
    assert ("zorpformer", "usedFor", "summarizing long documents") in found
    assert not any("alternative" in n for n in names(graph))  # a comparison names nothing


def test_a_row_named_within_a_group_is_the_thing_named_not_the_group_and_name(tmp_path: Path) -> None:
    """ "Rule-based: templates" in the first column: the row is templates; no label holds the colon."""
    graph = build(tmp_path, """\
        | Technique | How it works | Example |
        |---|---|---|
        | Rule-based: burrow templates | fill templates w/ random tunnels | fake dens, mole maps |
        | AI: self-digging | a mole digs against itself | DigZero |
        """)
    found = lowered(graph)
    assert {("burrow template", "hasExample", "fake den"), ("self-digging", "hasExample", "digzero")} <= found, found
    assert not any(":" in name for name in names(graph)), names(graph)


def test_a_flow_of_plural_steps_has_no_kinds_and_a_branching_plural_has(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Pipeline

        ```mermaid
        flowchart LR
            A[Input tokens] --> B[Embedding layer]
            B --> C[Decoder blocks]
            C --> D[Output head]
            M[Sampling methods] --> K[Kestrel sampling]
            M --> W[Wombat sampling]
        ```
        """))
    assert not any(r == "isA" and o in {"input token", "decoder block"} for _s, r, o in found), found
    assert ("input token", "relatedTo", "embedding layer") in found
    assert {("kestrel sampling", "isA", "sampling"), ("wombat sampling", "isA", "sampling")} <= found


def test_a_participle_and_its_preposition_end_a_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\n- **Kestrel**: a sparse model divided into groups of experts.\n"))
    assert ("kestrel", "isA", "sparse model") in found, found


def test_x_is_when_describes_a_situation_not_what_x_does(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Failures\n\nHallucination is when a model generates content not grounded in facts.\n"))
    assert not any(s == "hallucination" and r == "produces" for s, r, _o in found), found


def test_a_cell_that_opens_with_a_verb_defines_nothing(tmp_path: Path) -> None:
    """ "Captures target relationships." says what the encoding does, no kind of it; the heading that repeats the name
    column's header ("# Encodings" over "| Encoding |") still makes the row an encoding."""
    found = lowered(build(tmp_path, "# Encodings\n\n| Encoding | Pros |\n|---|---|\n| Kestrel encoding | Captures target relationships. |\n"))
    assert not any(s == "kestrel encoding" and r == "isA" and o != "encoding" for s, r, o in found), found
    assert ("kestrel encoding", "isA", "encoding") in found, found


def test_a_purpose_in_the_third_person_and_a_label_with_emoji_or_emphasis(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Encodings

        | Encoding | Purpose |
        |---|---|
        | Kestrel encoding | Reduces leakage risk |

        ✅ Zorp model is a specialized transformer. _Quill-R1_ is a reasoning model.
        """)
    found = lowered(graph)
    assert ("kestrel encoding", "usedFor", "reducing leakage risk") in found, found
    assert {("zorp", "isA", "specialized transformer"), ("quill-r1", "isA", "reasoning model")} <= found  # "Zorp model": Zorp
    assert not any("✅" in n or n.startswith("_") for n in names(graph))


def test_a_capitalised_adjective_opens_a_term_and_used_to_says_what_for(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Training

        - **Early stopping:** A technique used to stop training a model when it performs well enough.
        - **Late fusion:** A method used to merge predictions at the end.
        - **Only later:** the loss goes down.
        """)
    found = lowered(graph)
    assert ("early stopping", "usedFor", "stopping training") in found, found
    assert ("late fusion", "usedFor", "merging prediction") in found or ("late fusion", "usedFor", "merging predictions") in found
    assert "only later" not in names(graph)


def test_a_glossary_table_defines_its_terms(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Glossary

        | Term | Definition |
        |---|---|
        | Kestrel vector | A dense vector that represents a token's meaning. |
        | Zorpity | A metric that measures how well a model predicts text. |
        """))
    assert {("kestrel vector", "isA", "dense vector"), ("zorpity", "isA", "metric")} <= found, found


def test_a_short_definition_in_a_definition_column_still_defines_its_row(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        | Term | Meaning |
        |---|---|
        | Sett | A badger burrow |
        | Holt | An otter den |
        """)
    assert {("sett", "isA", "badger burrow"), ("holt", "isA", "otter den")} <= lowered(graph), lowered(graph)
    assert graph.definition(graph.resolve("Sett")) == "A badger burrow"


def test_columns_of_what_is_said_of_each_row_are_no_things_compared(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        ## Tunnel metrics

        | Metric | Formula | Notes |
        |---|---|---|
        | Depth ratio | depth / width | higher is better |
        | Slope | rise / run | keep it low |
        """)
    assert {("depth ratio", "isA", "tunnel metric"), ("slope", "isA", "tunnel metric")} <= lowered(graph), lowered(graph)
    assert_no_concept(graph, "Formula")
    assert_no_concept(graph, "Notes")


def test_a_name_column_headed_by_a_class_word_says_what_the_rows_are_under_any_heading(tmp_path: Path) -> None:
    """ "| Benchmark | Tasks |" under "## Den trials": each row is a benchmark, the heading naming no kind of them; a header
    that names no class ("| Setting |") says nothing of its rows."""
    found = lowered(build(tmp_path, """\
        # Dens

        ## Den trials

        | Benchmark | Tasks |
        |---|---|
        | DigBench | 200 |
        | MoleQA | 80 |

        | Setting | Typical value |
        |---|---|
        | Moss depth | 2 cm |
        """))
    assert {("digbench", "isA", "benchmark"), ("moleqa", "isA", "benchmark")} <= found, found
    assert not any(s == "moss depth" and r == "isA" for s, r, _o in found), found


def test_the_things_a_table_compares_column_by_column_contrast_with_each_other(tmp_path: Path) -> None:
    """ "| | Clay packing | Moss lining |" over rows "| Cost | high | low |": the two columns are set side by side, each
    against the other (rule `compared-columns`); the row labels stay attributes, no concepts."""
    graph = build(tmp_path, """\
        # Dens

        | | Clay packing | Moss lining |
        |---|---|---|
        | Cost | high | low |
        | Lasts | years | weeks |

        | Aspect | Side digging | Deep digging | Surface digging |
        |---|---|---|---|
        | Speed | fast | slow | fast |
        """)
    found = lowered(graph)
    assert {("clay packing", "contrastsWith", "moss lining"), ("side digging", "contrastsWith", "deep digging"),
            ("side digging", "contrastsWith", "surface digging"), ("deep digging", "contrastsWith", "surface digging")} <= found, found
    assert rules(graph, "clay packing", "contrastsWith", "moss lining") == {("compared-columns", "structural")}
    assert_no_concept(graph, "Cost")


@pytest.mark.parametrize("label", ["Examples:", "**Examples**:", "Some examples include:", "For example:"])
def test_an_examples_item_nested_in_a_list_of_kinds_passes_the_kind_on(tmp_path: Path, label: str) -> None:
    graph = build(tmp_path, f"""\
        # Notes

        ## Kinds of models

        - **Grouping Models**:
            - Used for putting similar points together (e.g., shoppers, songs).
            - {label}
                - Zorp Clustering
                - Wombat Means
        """)
    found = lowered(graph)
    assert {("zorp clustering", "isA", "grouping model"), ("wombat means", "isA", "grouping model")} <= found, found
    assert rules(graph, "Zorp Clustering", "isA", "grouping model") == {("nested-list", "structural")}


def test_an_examples_item_under_an_item_that_names_no_kind_makes_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Zorp clustering**: puts similar points together.
            - Examples:
                - Shoppers
                - Songs
        """)
    assert not {(s, r, o) for s, r, o in lowered(graph) if s in {"shopper", "song"} and r == "isA"}, lowered(graph)


def test_a_tree_under_a_taxonomy_heading_or_a_branching_category_is_kinds_all_the_way_down(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        ## Retrieval taxonomy

        ```mermaid
        flowchart TD
            R[Zorp retrieval] --> T[Term-based zorp]
            R --> E[Dense zorp]
            T --> K[Kestrel]
            E --> W[Wombat]
        ```

        ## Methods

        ```mermaid
        flowchart TD
            M[Quill methods] --> A[Quill gating]
            M --> B[Quill pooling]
            A --> C[Quill routing]
        ```

        ## Pipeline

        ```mermaid
        flowchart LR
            D[Documents] --> C[Chunks]
            C --> X[Embeddings]
        ```
        """))
    assert {("kestrel", "isA", "term-based zorp"), ("wombat", "isA", "dense zorp"), ("term-based zorp", "isA", "zorp retrieval")} <= found, found
    assert {("quill routing", "isA", "quill gating"), ("quill gating", "isA", "quill method")} <= found, found
    assert not any(r == "isA" and s in {"chunk", "embedding"} for s, r, _o in found), found


def test_a_flow_s_edge_words_state_relations_in_a_diagram_only(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        ```mermaid
        flowchart LR
            K[Top-k chunks] -->|added to| P[Prompt]
            P -->|fed to| G[Generator model]
            R[Retriever] -->|searches| V[Vector database]
            R -->|retrieves| K
        ```

        Zorp vectors are added to word embeddings.
        """))
    assert {("top-k chunk", "partOf", "prompt"), ("prompt", "usedBy", "generator model"), ("retriever", "uses", "vector database"),
            ("retriever", "produces", "top-k chunk")} <= found, found
    assert not any(r == "partOf" and o == "word embedding" for _s, r, o in found), found


def test_a_plural_in_a_longer_heading_and_a_made_by_column_say_what_the_rows_are(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Evals

        ## Zorp benchmarks I should know

        | Benchmark | Made by | Notes |
        |---|---|---|
        | Kestrel-QA | Wombat Labs | getting saturated |
        | Quokka-8K | Acme Research | 817 questions |
        """))
    assert {("kestrel-qa", "isA", "zorp benchmark"), ("quokka-8k", "isA", "zorp benchmark"),
            ("kestrel-qa", "developedBy", "wombat labs"), ("quokka-8k", "developedBy", "acme research")} <= found, found


def test_a_header_the_heading_repeats_a_how_to_measure_column_and_a_by_cell(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Evals

        ## Zorp criteria

        | Criterion | What it means | How to measure |
        |---|---|---|
        | Kestrel capability | can the model do the task | Wombat-QA, quokka score |

        | Benchmark | Measures | Notes |
        |---|---|---|
        | Wombat-QA | reasoning via sentence completion | by Acme Research, 164 problems |
        | Quokka-8K | instruction following w/ verifiable instructions | from Zorp Labs |
        """))
    assert {("kestrel capability", "isA", "zorp criterion"), ("kestrel capability", "measuredBy", "wombat-qa"),
            ("kestrel capability", "measuredBy", "quokka score"), ("wombat-qa", "developedBy", "acme research"),
            ("wombat-qa", "measures", "reasoning"), ("quokka-8k", "measures", "instruction following")} <= found, found
    assert not any(o == "zorp labs" for _s, _r, o in found), found  # "from" says where it came from, not who made it


def test_a_name_column_headed_name_is_no_kind_the_heading_repeats(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n## Zorp names\n\n| Name | Made by |\n|---|---|\n| Kestrel | Acme Labs |\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_a_table_caption_names_the_rows_kind_and_type_cells_that_only_describe_name_none(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Zorp techniques

        Table: tuning techniques

        | Name | Type | How | Notes |
        |---|---|---|---|
        | Full tuning | full | update every weight | memory-hungry |
        | Kestrel | zorp, adapter-based | trim redundant weights | adds burrow modules to each layer |
        """)
    found = lowered(graph)
    assert {("full tuning", "isA", "tuning"), ("kestrel", "isA", "tuning"), ("kestrel", "isA", "zorp")} <= found, found
    assert not any(o == "zorp technique" for _s, _r, o in found), found  # the caption, not the heading above it
    assert not any(o in {"full", "adapter-based"} for _s, _r, o in found), found
    # how it works and what it does are no purpose: "trim ..." in a How column, "adds ..." in the third person
    assert not any(r == "usedFor" for _s, r, _o in found), found


def test_a_table_of_cornell_notes_defines_what_its_cues_ask_about(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Owl curation

        | Cues | Notes |
        |---|---|
        | What is zorp curation? | A kind of data cleaning that picks owl songs. |
        | Burrow data | Owls need burrow data to nest. |
        | Where do songs come from? | Kestrel uses forest recordings. |
        | Check licences! | Some songs are private. |
        | Nest vs burrow | Nests are up high. |

        **Summary**
        Curation picks songs.
        """)
    found = lowered(graph)
    assert ("zorp curation", "isA", "data cleaning") in found, found
    assert "burrow data" in names(graph)
    assert_no_concept(graph, "Where do songs come from?", "Check licences!", "Nest vs burrow", "cue", "summary")
    assert ("kestrel", "uses", "forest recording") not in found  # notes on a question that names nothing are left unread


def test_a_plural_cue_of_cornell_notes_has_the_items_listed_as_members(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Owl threats

        | Cues | Notes |
        |---|---|
        | Attacks | fox raids, snake raids, flooding |
        | Nest data | Owls need nest data, twigs, moss. |
        """)
    found = lowered(graph)
    assert {("fox raid", "isA", "attack"), ("snake raid", "isA", "attack"), ("flooding", "isA", "attack")} <= found, found
    assert not any(o == "nest data" and r == "isA" for _s, r, o in found), found  # a sentence, no list of members


def test_an_arrow_ends_a_noun_phrase() -> None:
    assert cut("songs → pick the best ones in the forest") == "songs"
    assert cut("songs -> owls") == "songs"


def test_examples_in_a_table_that_end_on_the_row_are_kinds_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Owl techniques

        | Technique | What it does | Examples |
        |---|---|---|
        | Parallelism | Splits the owls across trees | tree, nest, branch parallelism |
        | Owl cache | Keeps the songs | Owlcall, Hootkit |
        """)
    found = lowered(graph)
    assert {("tree parallelism", "isA", "parallelism"), ("branch parallelism", "isA", "parallelism")} <= found, found
    assert ("owl cache", "hasExample", "owlcall") in found, found  # a name is an example, as ever
    assert_no_concept(graph, "tree", "nest")


def test_a_heading_that_joins_two_kinds_names_only_their_head(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Hoot & flight metrics\n\n| Metric | Description |\n|---|---|\n| THT | time to first hoot |\n| FPS | flaps per second |\n")
    found = lowered(graph)
    assert not any("&" in o or " and " in o for _s, _r, o in found), found
    assert graph.class_of(graph.resolve("THT")) == "Metric"


def test_a_heading_that_weighs_two_things_contrasts_them(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Burrows vs nests

        Text.

        ## 2. Kestrel or Wombat?

        Text.

        ## Digging or tunnelling?

        Text.

        ## Sparse vs Dense Burrows

        Text.

        ## Should I dig or wait?

        Text.

        ## Quill vs. The Clever Badger

        Text.
        """)
    found = lowered(graph)
    assert {("burrow", "contrastsWith", "nest"), ("kestrel", "contrastsWith", "wombat"), ("digging", "contrastsWith", "tunnelling"),
            ("sparse burrow", "contrastsWith", "dense burrow")} <= found, found
    assert rules(graph, "Kestrel", "contrastsWith", "Wombat") == {("vs-heading", "structural")}
    assert not any("dig" == s or "wait" in (s, o) or "badger" in o for s, _r, o in found), found  # a question with a verb; a story's character


def test_a_column_that_asks_each_row_a_question_relates_the_rows_that_answer_yes(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        | Metric | What it measures | Needs moss data? |
        |---|---|---|
        | Kestrel score | burrow depth | yes |
        | Wombat score | tunnel width | no (needs twigs) |

        | Burrow | Year | Uses tunnels? | Trained on moss? | Open source? |
        |---|---|---|---|---|
        | Quill | 2020 | ✅ | ✓ | yes |
        | Quokka | 2021 | ❌ | - | no |
        | Numbat | 2022 | yes | no | yes |
        """)
    found = lowered(graph)
    assert {("kestrel score", "uses", "moss data"), ("quill", "uses", "tunnel"), ("quill", "trainedOn", "moss"),
            ("numbat", "uses", "tunnel")} <= found, found
    assert not any(s in ("wombat score", "quokka") and r in ("uses", "trainedOn") for s, r, _o in found)  # no, a cross, a dash say nothing
    assert not any(o in ("yes", "source", "open source") for _s, _r, o in found)  # a question of no thing asks nothing


def test_a_node_whose_second_line_spells_out_its_name_has_it_as_another_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        ```mermaid
        graph TD
            ZA["ZoRB<br/>Zorp-Rank Burrowing"] --> QB[Quill]
            KD["KDB<br/>Kestrel Den Building, a nest method"] --> QB
        ```
        """)
    assert graph.resolve("Zorp-Rank Burrowing") == graph.resolve("ZoRB")  # an expansion, no maker
    assert not any(r == "developedBy" and s == "zorb" for s, r, _o in lowered(graph))
    assert graph.resolve("Kestrel Den Building") == graph.resolve("KDB")  # the words after the expansion are read still
    assert ("kdb", "isA", "nest method") in lowered(graph)


def test_a_heading_that_weighs_a_word_against_an_abbreviated_plural_shares_its_head(tmp_path: Path) -> None:
    found = folded_facts(build(tmp_path, "# Notes\n\n## Online vs batch APIs\n\n- online APIs answer at once\n"))
    assert {f for f in found if f[1] == "contrastsWith"} & {("online apis", "contrastsWith", "batch apis"),
                                                           ("online api", "contrastsWith", "batch api")}, found


def test_a_decision_node_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        ```mermaid
        flowchart LR
            A[Soil survey] --> B{Hard clay?}
            B -->|yes| C[Full digging]
            B -->|no| D[Scout digging]
        ```
        """)
    assert "hard clay?" not in names(graph) and "hard clay" not in names(graph)
    assert not {f for f in lowered(graph) if "hard clay" in f[0] or "hard clay" in f[2]}


def test_a_heading_whose_first_paragraph_is_a_noun_phrase_is_defined_by_it(tmp_path: Path) -> None:
    """A glossary of headings: "### Burrowscore" / "A metric that ranks tunnels by depth." says what
    the heading names, as "**Burrowscore**: a metric that ..." does."""
    found = lowered(build(tmp_path, """\
        # Glossary

        ### Burrowscore
        A metric that ranks tunnels by depth.

        ### Clay lining
        Wall coating made by wombats for damp soil.

        ### Shovels
        A shovel digs loose sand. A spade is heavier.

        ### Types of tunnel
        A passage that links two chambers.

        ### Sett

        - A den that badgers dig.

        ### Warren
        Rabbits dig warrens. A maze that rabbits share.
        """))
    assert {("burrowscore", "isA", "metric"), ("clay lining", "isA", "wall coating")} <= found, found
    assert not any(s in {"shovel", "tunnel", "sett", "warren"} and r == "isA" for s, r, _o in found), found


def test_a_first_item_opening_with_an_equals_sign_defines_what_the_heading_names(tmp_path: Path) -> None:
    """An outline: "## Exact den eval" / "- = judgment w/o ambiguity (vs subjective den eval)" says what
    the heading names; the items after it are still within its scope."""
    found = lowered(build(tmp_path, """\
        # Burrow digging

        ## Sett
        - = a badger burrow (vs open warren)
        - **Root check**: does the sett stand

        ## Warren
        - rabbits dig it
        - = a maze that rabbits share
        """))
    assert {("sett", "isA", "badger burrow"), ("sett", "contrastsWith", "open warren")} <= found, found
    assert not any(s == "warren" and r == "isA" for s, r, _o in found), found  # not the first item: no definition
    assert not any("=" in s or "=" in o for s, _r, o in found), found


def test_a_first_line_opening_with_an_equals_sign_defines_what_the_heading_names(tmp_path: Path) -> None:
    """Terse notes: "## den upkeep" / "= moss + clay + twigs" (a line, no item) says what the heading names."""
    found = lowered(build(tmp_path, "# Dens\n\n## den upkeep\n= moss + clay + twigs\n- more on it later\n"))
    assert {("den upkeep", "contains", "moss"), ("den upkeep", "contains", "clay"), ("den upkeep", "contains", "twig")} <= found, found


def test_a_clipped_word_ends_no_name_early() -> None:
    from kg.ingest.nouns import noun_phrase
    assert noun_phrase("retriever eval").label == "retriever eval" and noun_phrase("trainable params").label == "trainable param"


def test_rows_and_links_under_a_class_word_are_of_that_kind_as_a_definition_would_say(tmp_path: Path) -> None:
    """ "## Metrics" over a table, "## Tools" over links: each row or link `isA metric` / `isA tool`, as
    "Burrowscore: a metric ..." says; a shell word ("## Methods" over links) stays a class."""
    graph = build(tmp_path, """\
        # Notes

        ## Metrics

        | Metric | Range |
        |---|---|
        | Burrowscore | 0-1 |
        | Dencount | 0-100 |

        ## Tools

        - [Zorpdig](https://example.org/zorp)
        - [Kestrelmap](https://example.org/kestrel)

        ## Methods

        - [Root batching](https://example.org/root)
        """)
    found = lowered(graph)
    assert {("burrowscore", "isA", "metric"), ("dencount", "isA", "metric"),
            ("zorpdig", "isA", "tool"), ("kestrelmap", "isA", "tool")} <= found, found
    assert not any(o == "method" for _s, _r, o in found), found


def test_a_section_s_counted_parts_and_labelled_troubles_are_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Zorp" / "Two main components:" over a numbered list: Zorp contains each; "Failure modes:
    A, B." in the section: Zorp suffers from each; "**Definition:** ..." is a label, no concept."""
    graph = build(tmp_path, """\
        # Burrows

        ## Zorp

        **Definition:** Zorp floods tunnels with clay.

        Two main components:
        1. Pump — moves the clay
        2. Nozzle — shapes the flow

        Failure modes: clogged pumps, cracked nozzles.
        """)
    found = lowered(graph)
    assert {("zorp", "contains", "pump"), ("zorp", "contains", "nozzle"),
            ("zorp", "suffersFrom", "clogged pump"), ("zorp", "suffersFrom", "cracked nozzle")} <= found, found
    assert "definition" not in {n.lower() for n in names(graph)}


def test_a_terse_item_s_lower_case_label_speaks_of_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Den radar" / "- failure modes: A, B" and "## Den merging" / "- use cases: A, B": terse items read as
    "Failure modes: A, B." does; an item's label that is no relation ("- notes: ...") says nothing of the heading."""
    found = lowered(build(tmp_path, """\
        # Moles

        ## Den radar

        - failure modes: soil noise, root echoes

        ## Den merging

        - use cases: winter storage, flood escape
        - notes: moss beds, clay walls
        """))
    assert {("den radar", "suffersFrom", "soil noise"), ("den radar", "suffersFrom", "root echo"),
            ("den merging", "usedFor", "winter storage"), ("den merging", "usedFor", "flood escape")} <= found, found
    assert not {(s, o) for s, _, o in found if s == "den merging" and o in ("moss bed", "clay wall")}


def test_the_risks_listed_under_a_defense_are_what_it_defends_against(tmp_path: Path) -> None:
    """ "## Den defenses" / "- risks: flooding, mud leaks": the troubles the defense is against, none of its own; under a
    heading that names no defense ("## Den radar") the same list is what the radar suffers from."""
    found = lowered(build(tmp_path, """\
        # Moles

        ## Defensive den digging

        - risks: flooding, mud leaks

        ## Den radar

        - risks: soil noise, root echoes
        """))
    assert not any(r == "suffersFrom" and s == "defensive den digging" for s, r, _o in found), found
    assert {("den radar", "suffersFrom", "soil noise"), ("den radar", "suffersFrom", "root echo")} <= found, found


def test_terms_under_a_heading_that_names_a_defense_are_no_part_of_its_scope(tmp_path: Path) -> None:
    """ "## Defensive den digging" over "- **Mud flooding:** water poured in" and "- **Clay walls:** ...": attacks and
    defenses both, none within the defense's scope; nor are terms under any other heading ("## Den sealing")."""
    found = lowered(build(tmp_path, """\
        # Moles

        ## Defensive den digging
        - **Mud flooding:** water poured into the den by a rival.
        - **Clay walls:** packed clay that keeps water out.

        ## Den sealing
        - **Moss lining:** dry moss pressed into the walls.
        - **Scent marking:** urine at the entrance.
        """))
    assert not any(s == "defensive den digging" and r == "includes" for s, r, _o in found), found
    assert not any(s == "den sealing" and r == "includes" for s, r, _o in found), found
    assert ("clay wall", "isA", "packed clay") in found, found


def test_a_header_named_in_a_heading_after_of_takes_the_heading_s_words(tmp_path: Path) -> None:
    """ "## Comparison of burrow databases" over "| Database |": the rows are burrow databases, not
    only databases, nor "comparison of burrow databases"."""
    found = lowered(build(tmp_path, """\
        # Notes

        ## Comparison of burrow databases

        | Database | Hosted |
        |---|---|
        | Zorpdb | No |
        | Dendb | Yes |
        """))
    assert {("zorpdb", "isA", "burrow database"), ("dendb", "isA", "burrow database")} <= found, found


def test_a_column_of_steps_for_the_reader_names_no_concepts(tmp_path: Path) -> None:
    """ "| 1 | Filter by hard attributes |": instructions in a table's only wordy column are no names; a
    cell of names that open with a word that can be a verb ("star ratings", "long tunnels") still is."""
    graph = build(tmp_path, """\
        # Burrows

        ## Digging workflow

        | Step | Action |
        |---|---|
        | 1 | Filter by hard attributes |
        | 2 | Use public burrow maps |
        | 3 | Run your own digs |

        ## Feedback

        | Type | Examples |
        |---|---|
        | Explicit feedback | star ratings, comments |
        """)
    labels = {n.lower() for n in names(graph)}
    assert not labels & {"filter by hard attributes", "use public burrow map", "run your own dig"}, labels
    assert ("explicit feedback", "hasExample", "star rating") in lowered(graph)


def test_the_text_of_a_details_block_is_read_and_its_tags_are_markup(tmp_path: Path) -> None:
    """ "<details>" / "<summary>Why Zorp?</summary>" / text / "</details>" with no blank line: the text is
    read as Markdown (it was skipped as an HTML block); the tags name nothing."""
    graph = build(tmp_path, """\
        # Burrows

        <details>
        <summary>Toggle section (optional)</summary>
        Zorp is a digging method.
        </details>
        """)
    assert ("zorp", "isA", "digging") in lowered(graph)
    assert_no_concept(graph, "details", "summary", "Toggle section (optional)", "Toggle section")


def test_the_text_of_a_callout_exported_as_an_aside_is_read_and_its_tags_are_markup(tmp_path: Path) -> None:
    """ "<aside>" / "💡 A **moss den** is a den lined with moss." / "</aside>", as a note app exports a callout, and text
    inside a `<div>`: the text is read (it was skipped as an HTML block); the tags name nothing."""
    graph = build(tmp_path, """\
        # Moss Dens

        <aside>
        💡 A **moss den** is a den lined with moss.

        </aside>

        <div align="center">
        A **clay den** is a den lined with clay.
        </div>
        """)
    assert {("moss den", "isA", "den"), ("clay den", "isA", "den")} <= lowered(graph)
    assert_no_concept(graph, "aside", "div")


def test_a_glossary_table_under_a_plural_heading_makes_no_kinds_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        ## Choosing models

        | Term | Definition |
        |---|---|
        | Hard trait | A trait of a burrow that cannot be changed. |
        | Dig score | A number that ranks burrows. |
        """))
    assert not any(o in ("choosing model", "model") and r == "isA" for _s, r, o in found), found


def test_a_doing_named_in_a_purpose_cell_stays_as_written(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrow tools

        | Tool | Used for |
        |---|---|
        | DenCam | den monitoring |
        | DigLog | tunnel mapping |
        | RootSpade | cut roots |
        """))
    assert {("dencam", "usedFor", "den monitoring"), ("diglog", "usedFor", "tunnel mapping")} <= found, found
    assert ("rootspade", "usedFor", "cutting roots") in found, found  # an instruction is what it is for


def test_a_page_s_properties_are_no_glossary(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Chapter 7: Burrows

        Status: Done
        Tags: burrows, dens
        Created: March 4, 2024 9:12 AM

        Depth: how far down a burrow goes.
        Width: how wide a burrow is.
        """)
    assert_no_concept(graph, "status", "tag", "tags", "created")
    assert {"depth", "width"} <= names(graph)  # a glossary of two lines still is one


def test_a_task_box_and_a_note_named_by_a_claim_name_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        - {{[[TODO]]}} read the [[den]] part
        - {{[[DONE]]}} map the [[sett]]

        Links: [[202403021030 Den depth]], [[202403051500 Dens get cold]], [[Tunnels fail silently]]

        See also: [[lost in the middle]], [[Wombats Dig All Night]]
        """)
    assert_no_concept(graph, "TODO", "DONE", "Dens get cold", "Tunnels fail silently")
    assert {"den", "sett", "den depth", "lost in the middle", "wombats dig all night"} <= names(graph)  # a participle's name; a title


def test_a_concept_card_from_a_template_speaks_of_its_heading(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Cards

        ## Concept: Root bracing
        - **Definition**: A tunnel support method that binds living roots into the walls.
        - **Why it matters**: Cuts collapses by half in sandy soil.
        - **Related**: [[Clay lining]], [[Burrow radar]]
        - **Used for**: Preventing tunnel collapse.
        - **Source**: [Burrow Engineering](https://example.org/book), ch. 7

        ## Moss sorting
        - **What**: A den upkeep task that uses a wombat's nose.
        - **Measures**: How damp a den is about the entrance.
        - **Examples**: dry sorting, wet sorting
        """)
    found = lowered(graph)
    assert {("root bracing", "isA", "tunnel support method"), ("root bracing", "relatedTo", "clay lining"),
            ("root bracing", "relatedTo", "burrow radar"), ("root bracing", "usedFor", "preventing tunnel collapse"),
            ("moss sorting", "isA", "den upkeep task"), ("moss sorting", "uses", "wombat nose")} <= found, found
    assert {("dry sorting", "exampleOf", "moss sorting"), ("wet sorting", "exampleOf", "moss sorting")} <= found, found
    assert not any(o == "entrance" for _s, _r, o in found), found  # the indirect question's, no relation of the card's
    assert_no_concept(graph, "source", "measure", "why it matters", "definition", "burrow engineering")  # a label saying nothing, its link too


def test_a_paper_summary_s_labels_are_no_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Paper notes

        ## DigNet: Deep Burrows for Wombats
        **Authors:** Ann Wu, Bo Li, et al. (Acme Labs)
        **Year:** 2021
        **Key contribution:** DigNet matches KestrelNet on BurrowBench while digging half as deep.
        **My take:** The default for burrows today.
        """)
    assert_no_concept(graph, "year", "key contribution", "my take", "author", "authors")
    assert not any(o in ("key contribution", "year") for _s, _r, o in lowered(graph)), lowered(graph)


def test_a_heading_that_compares_the_rows_kind_names_no_kind_of_its_own(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Tool comparison

        | Tool | Maker |
        |---|---|
        | DigBench | Acme Labs |
        | RootCam | Burrow Inc |
        """))
    assert {("digbench", "isA", "tool"), ("rootcam", "isA", "tool")} <= found, found
    assert not any(o == "tool comparison tool" for _s, _r, o in found), found


def test_a_cell_that_only_marks_no_value_names_nothing(tmp_path: Path) -> None:
    """ "| X |", "| N/A |", "| TBD |" in a column of benchmarks mark a cell with no value: no concept "X",
    none "N" and "A"; a name in the same column still relates to its row."""
    graph = build(tmp_path, """\
        # Den requirements

        | criterion | metric | benchmark |
        |---|---|---|
        | cost | moss per den | X |
        | scale | dens per night | N/A |
        | depth | burrow depth | DenBench |
        | warmth | den warmth | TBD |
        """)
    found = lowered(graph)
    assert ("depth", "evaluatedBy", "denbench") in found, found
    assert_no_concept(graph, "X", "N", "A", "TBD", "N/A")


def test_a_quoted_cell_or_a_remark_row_of_a_comparing_table_states_nothing(tmp_path: Path) -> None:
    """ "| Example | "You're an experienced den builder..." |" quotes a prompt: "You're a den builder" is said
    of no column; a row labelled "Note" remarks; a row of prose is still read of its column."""
    found = lowered(build(tmp_path, """\
        # Prompts

        | | Den prompt | Moss prompt |
        |---|---|---|
        | Typical content | It uses burrow rules. | It uses moss maps. |
        | Example | "You're an experienced den builder..." | "Is this moss dry?" |
        | Note | It is a clay guide. | It is a soil guide. |
        """))
    assert {("den prompt", "uses", "burrow rule"), ("moss prompt", "uses", "moss map")} <= found, found
    assert not any(r == "isA" for _s, r, _o in found), found


@pytest.mark.parametrize("caption", ["**Den quality** for wombats splits into:", "A wombat den consists of:"])
def test_a_line_that_ends_on_a_relation_above_a_table_relates_its_rows(tmp_path: Path, caption: str) -> None:
    graph = build(tmp_path, f"""\
        ## Den metrics

        {caption}

        | part | what |
        |---|---|
        | Moss lining | soft, dry |
        | Entrance slope | keeps rain out |
        """)
    found = lowered(graph)
    whole = "den quality" if "quality" in caption else "wombat den"
    assert {(whole, "contains", "moss lining"), (whole, "contains", "entrance slope")} <= found, found
    assert ("table-row", "structural") in rules(graph, whole, "contains", "moss lining")


def test_a_line_above_a_table_that_names_its_rows_in_full_relates_none(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Dens

        A wombat den consists of moss and twigs.

        | part | what |
        |---|---|
        | Moss lining | soft |
        """))
    assert not any(o == "moss lining" for _s, r, o in found if r == "contains"), found


def test_a_heading_with_a_remark_before_its_dash_names_the_rows_kind_after_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Den expectations — metrics

        | Metric | What it captures |
        |---|---|
        | Warmth | how warm the den stays |
        | Dryness | how dry the moss is |
        """))
    assert {("warmth", "isA", "metric"), ("dryness", "isA", "metric")} <= found, found
    assert not any("expectation" in o for _s, _r, o in found), found


def test_a_cell_of_a_record_s_fields_names_nothing_and_a_purpose_ends_at_its_semicolon(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Den building

        | Type | Training data | What for |
        |---|---|---|
        | Moss tuning | (burrow, winning moss, losing moss) | align w/ wombat taste |
        | Tunnel tuning | long tunnels | extend tunnel length; need to move the roots |
        """))
    assert not any(o in {"winning moss", "losing moss", "burrow"} for _s, _r, o in found), found
    assert ("tunnel tuning", "trainedOn", "long tunnel") in found, found
    assert ("tunnel tuning", "usedFor", "extending tunnel length") in found, found


def test_a_quoted_cell_names_nothing_and_a_compound_opening_a_purpose_is_no_verb(tmp_path: Path) -> None:
    """ '"dig deeper"' in a column of examples is words said, no thing; "up-to-date maps" or
    "private/up-to-date maps" under "When to use" is no instruction to "date" anything."""
    found = lowered(build(tmp_path, """\
        ## Den tools

        | Tool | When to use | Example |
        |---|---|---|
        | Scent log | private/up-to-date maps | "dig deeper" |
        | Burrow radar | up-to-date maps | “find the nest” |
        """))
    assert ("burrow radar", "usedFor", "up-to-date map") in found, found
    assert not any("dating" in o or o in {"dig deeper", "find the nest"} for _s, _r, o in found), found


def test_a_node_s_name_ends_where_a_colon_or_a_dash_sets_off_what_it_says(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Den plan

        ```mermaid
        flowchart LR
            C[Crawl: a wombat digs alone] --> W[Walk — two wombats dig together]
            W -- uses --> M[Moss lining]
        ```
        """)
    assert {"crawl", "walk", "moss lining"} <= names(graph), names(graph)
    assert ("walk", "uses", "moss lining") in lowered(graph)


def test_a_column_of_examples_by_its_header_s_last_word_and_words_sharing_a_noun_across_a_slash(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Den uses

        | Category | Wombat examples | Badger examples |
        |---|---|---|
        | Sleeping | moss/fern bedding | nap pit |
        | Storage | root cellar | seed store, grub store |
        """))
    assert {("sleeping", "hasExample", "moss bedding"), ("sleeping", "hasExample", "fern bedding"), ("sleeping", "hasExample", "nap pit"),
            ("storage", "hasExample", "root cellar"), ("storage", "hasExample", "grub store")} <= found, found
    assert not any(o == "moss" for _s, _r, o in found), found


def test_an_ampersand_in_a_cell_joins_two_names(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Den tools\n\n| Tool | Uses |\n|---|---|\n| Quill | moss & clay |\n"))
    assert {("quill", "uses", "moss"), ("quill", "uses", "clay")} <= found, found


def test_a_note_keeps_the_capitals_of_an_abbreviation_in_its_name(tmp_path: Path) -> None:
    """ "DB den.md" with the alias "db-den": the abbreviation's capitals are its own, so the note's name
    stays the preferred label (a capital that only opens a sentence gives way: test_ingest)."""
    notes = tmp_path / "data" / "notes"
    (notes / "Dens").mkdir(parents=True)
    (notes / "Dens" / "DB den.md").write_text("---\naliases: [db-den]\n---\n# DB den\n\nA den with a moss store.\n")
    (notes / "Dens" / "Sett.md").write_text("# Sett\n\nA sett is deep, unlike a db-den.\n")
    ws = kg.Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(ws, page=False)
    graph = kg.load(ws)
    labels = {graph.label(c) for c in graph.concepts()}
    assert "DB den" in labels and "db-den" not in labels, labels


def test_a_section_of_a_note_that_opens_on_a_link_to_what_its_heading_names_is_that_things_entry(tmp_path: Path) -> None:
    """ "## Moss beds" / "[[Moss beds]] = layers of moss ..." / "- useful for insulation" in the note
    "Sett": what the items say is said of moss beds, not of the sett."""
    notes = tmp_path / "data" / "notes" / "Dens"
    notes.mkdir(parents=True)
    (notes / "Sett.md").write_text("# Sett\n\nA sett is a deep den dug by badgers.\n\n## Moss beds\n"
                                   "[[Moss beds]] = layers of moss on a sett floor.\n- useful for [[Insulation|insulation]]\n")
    (notes / "Scrape.md").write_text("# Scrape\n\nA scrape is a shallow hollow.\n")
    ws = kg.Workspace.at(tmp_path / "data", tmp_path / "exports")
    kg.build(ws, page=False)
    found = lowered(kg.load(ws))
    assert ("moss bed", "usedFor", "insulation") in found, found
    assert ("sett", "usedFor", "insulation") not in found, found


def test_a_table_row_named_a_noun_of_a_noun_is_no_instruction(tmp_path: Path) -> None:
    """ "| Chain of tunnels |", "| Bag of twigs |": a noun of a noun names a row, though its first word can be a verb
    ("chain"), as "| Dig tunnels |" would be an instruction."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den designs\n\n| Design | What it does |\n|---|---|\n"
                          "| Chain of tunnels | links many small dens |\n| Bag of twigs | a loose nest |\n"))
    assert {("chain of tunnel", "isA", "den design"), ("bag of twig", "isA", "den design")} <= found \
        or {("chain of tunnels", "isA", "den design"), ("bag of twigs", "isA", "den design")} <= found, found


def test_a_focus_or_a_weakness_column_or_row_label_states_its_relation(tmp_path: Path) -> None:
    """ "| Main focus |" and "| Main weakness |" as row labels of a table comparing columns, "| Focus |" and
    "| Limitation |" as column headers: what each thing focuses on and suffers from."""
    found = lowered(build(tmp_path, """\
        # Dens

        | | Mole engineering | Den engineering |
        |---|---|---|
        | Main focus | tunnel building | moss adaptation |
        | Main weakness | cave-ins | flooding |

        | Tool | Focus | Limitation |
        |---|---|---|
        | Kestrel | burrow maps | slow indexing |
        """))
    assert {("mole engineering", "focusesOn", "tunnel building"), ("den engineering", "suffersFrom", "flooding"),
            ("kestrel", "focusesOn", "burrow map"), ("kestrel", "suffersFrom", "slow indexing")} <= found, found


def test_a_column_headed_by_things_in_the_plural_relates_each_named_thing_to_its_row(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Burrow threats

        | Threat | Main countermeasures | Typical values | Pros |
        |---|---|---|---|
        | Fox digging | moss plug, clay wall | low, high | cheap moss |
        | Badger raid | zorp alarm | 3, 5 | quiet alarm |
        """)
    found = lowered(graph)
    assert {("fox digging", "relatedTo", "moss plug"), ("fox digging", "relatedTo", "clay wall"),
            ("badger raid", "relatedTo", "zorp alarm")} <= found
    assert rules(graph, "fox digging", "relatedTo", "moss plug") == {("table-cell", "structural")}
    # values set and remarks made on a row are no things that go with it
    assert not {o for s, r, o in found if s in ("fox digging", "badger raid") and o in ("low", "high", "cheap moss", "quiet alarm", "3", "5")}


def test_a_named_link_opening_an_item_right_under_a_class_heading_is_one_of_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Burrow databases

        - [Wombat DB](https://example.org/wombat) - Open-source burrow store written in Rust.
        - [ZorpBase](https://example.org/zorp) - Managed, serverless.

        ## Den frameworks

        References:

        - [MossKit](https://example.org/moss) - Article on building dens.
        - [Introduction to dens](https://example.org/intro) - a gentle tutorial.
        """))
    # "Wombat DB", a link's words opening an item, is taken as a common noun's: "DB" is written out as a clipped word
    assert {("wombat database", "isA", "burrow database"), ("zorpbase", "isA", "burrow database")} <= found, found
    # a list of references says where to read, no members of the heading's kind; a title is no name
    assert not {s for s, r, o in found if r == "isA" and o in ("den framework", "framework")}, found


def test_an_edge_whose_text_no_phrase_reads_states_nothing_and_one_without_text_relates(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ```mermaid
        flowchart LR
            A[Burrow candidates] -->|filter by clay depth| B[Viable burrows]
            B --> C[Chosen burrow]
        ```
        """)
    found = lowered(graph)
    assert not {(s, o) for s, r, o in found if {s, o} == {"burrow candidate", "viable burrow"}}, found
    assert ("viable burrow", "relatedTo", "chosen burrow") in found, found


def test_columns_that_say_what_for_who_uses_and_what_is_tested_and_a_cited_source(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Den metrics

        | Metric | Originally built for | Used by | Source |
        |---|---|---|---|
        | ZOUGE | den summarization | WombatBench | Kim et al., 2021 |
        | ZLEU | machine translation | MossEval | 2022 |

        | Benchmark | What it evaluates |
        |---|---|
        | DenQA | burrow knowledge across 57 regions |
        """))
    assert {("zouge", "usedFor", "den summarization"), ("zleu", "usedFor", "machine translation"),
            ("zouge", "usedBy", "wombatbench"), ("zouge", "developedBy", "kim et al."),
            ("denqa", "evaluates", "burrow knowledge")} <= found, found
    assert not {o for s, r, o in found if o.startswith("machining")}, found


def test_a_column_in_the_singular_over_a_list_relates_each_thing_and_over_one_nothing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        | Attack | Target | Countermeasure |
        |---|---|---|
        | Den theft | the moss | clay locks, scent marking |
        | Den raid | dens | moss walls |
        """))
    assert {("den theft", "relatedTo", "clay lock"), ("den theft", "relatedTo", "scent marking")} <= found, found
    assert not {o for s, r, o in found if s == "den raid" and r == "relatedTo"}, found


def test_a_link_to_a_heading_of_the_page_is_no_concept_and_a_linked_name_keeps_its_spelling(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Awesome Dens

        ## Contents

        - [Burrow databases](#burrow-databases)

        ## Burrow databases

        - [Kestrel](https://example.org/kestrel) - Managed burrow database, serverless.
        - [Denas](https://example.org/denas) - Open-source burrow database written in Rust.
        """)
    found = lowered(graph)
    assert {("kestrel", "isA", "burrow database"), ("denas", "isA", "burrow database")} <= found, found
    assert graph.label(graph.resolve("denas")) == "Denas" and "dena" not in names(graph), names(graph)
    assert not {(s, o) for s, r, o in found if "content" in (s, o)}, found


def test_a_cell_that_cites_authors_credits_them_whatever_the_row_names(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "| Method | Idea | Source |\n|---|---|---|\n| Moss consistency | dig many paths | Lee et al., 2020 |\n"))
    assert ("moss consistency", "developedBy", "lee et al.") in found, found


def test_headers_that_name_what_each_row_has_are_no_things_compared(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "| | Den heads | Burrow size | Quality |\n|---|---|---|---|\n| MHD | h | largest | best |\n| GQD | g | medium | close |\n"))
    assert not {(s, o) for s, r, o in found if r == "contrastsWith"}, found


def test_a_column_of_a_property_or_a_shape_relates_nothing_and_used_by_takes_names(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        | Option | Control | Input → output | Used by |
        |---|---|---|---|
        | Self-digging | full control, on-site digging possible | (soil, moss) → den | early Den Arena |
        | Den renting | some control, less work | (fee, contract) → den | wombat colonies |
        """))
    assert ("self-digging", "usedBy", "den arena") in found, found
    assert not {(s, o) for s, r, o in found if r == "relatedTo"}, found
    assert not {o for s, r, o in found if r == "usedBy" and s == "den renting"}, found


def test_an_example_cell_that_shows_what_happens_names_no_example(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        | Term | Meaning | Example |
        |---|---|---|
        | Early collapse | a den falls in midway | hitting stop button |
        | Den fallback | moving to another den when one floods | DenDB-4 down → MossDB |
        | Den pruning | removing tunnels | pruning, trimming |
        """))
    assert not any(r == "hasExample" and s in ("early collapse", "den fallback") for s, r, _o in found), found
    assert {("den pruning", "hasExample", "pruning"), ("den pruning", "hasExample", "trimming")} <= found, found


def test_a_cell_that_likens_its_row_to_another_says_no_purpose(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n## Den sealing\n\n| Technique | What it does | When to use | Example |\n|---|---|---|---|\n"
                            "| **ClawSeal** | packs the walls w/ clay | most common | DenOne |\n"
                            "| MossSeal | like CSH but moss fills the gaps | when clay is too costly | DenTwo |\n")
    found = facts(graph)
    assert ("MossSeal", "hasExample", "DenTwo") in found or ("DenTwo", "exampleOf", "MossSeal") in found, found
    assert not any(s == "MossSeal" and r == "usedFor" for s, r, _o in found), found


def test_an_instruction_describing_a_technique_is_the_technique_and_one_describing_a_tool_its_purpose(tmp_path: Path) -> None:
    """ "| Scent marking | ask the badger to mark its den |": what the technique is, not what it is for; a
    named tool's instruction is what it is for. A stated purpose column is read whatever the row."""
    found = lowered(build(tmp_path, """\
        # Den keeping

        | Technique | What | Pros | What for |
        |---|---|---|---|
        | Scent marking | ask the badger to mark its den | keeps rivals off | |
        | Moss lining | line the den with dry moss | warmer den, fewer fleas | stop the fleas |
        | DenSweep | Dig new tunnels under old dens in one click | fast | |
        """))
    assert not any(s in {"scent marking", "moss lining"} and r == "usedFor" and o.startswith(("asking", "lining", "keeping rival"))
                   for s, r, o in found), found
    assert ("densweep", "usedFor", "digging new tunnels") in found, found
    assert ("moss lining", "usedFor", "stopping fleas") in found, found


def test_a_heading_that_names_the_parts_of_a_whole_over_a_table_makes_its_rows_parts(tmp_path: Path) -> None:
    """ "### Den system - parts" or "### Parts of a sett" over a table: each row is a part of it, never a kind
    of "den system - part"; a dash before a word for kinds ("— metrics") still names the rows' kind."""
    graph = build(tmp_path, """\
        # Dens

        ### Den system - parts

        | part | what |
        |---|---|
        | tunnel | a long hole |
        | nest | the room |

        ### Parts of a sett

        | Part | what |
        |---|---|
        | chamber | a room |

        ### Den system — metrics

        | metric | what |
        |---|---|
        | depth | how deep |
        """)
    found = lowered(graph)
    assert {("den system", "contains", "tunnel"), ("den system", "contains", "nest"), ("sett", "contains", "chamber")} <= found, found
    assert ("depth", "isA", "metric") in found, found
    assert not any(" - " in name for name in names(graph)), names(graph)


def test_a_found_in_column_names_what_uses_the_row(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n| index | type | found in |\n|---|---|---|\n| HNSW-D | graph-based | Clawkit, Digkit, most den DBs |\n"))
    assert {("hnsw-d", "usedBy", "clawkit"), ("hnsw-d", "usedBy", "digkit")} <= found, found
    assert not any("den db" in o for _s, _r, o in found), found  # a plural names no one thing that uses it


@pytest.mark.parametrize("caption", ["Den tools compared:", "Den tools at a glance:", "Den tools side by side:"])
def test_how_a_caption_shows_its_rows_is_no_part_of_their_kind(tmp_path: Path, caption: str) -> None:
    graph = build(tmp_path, f"# Dens\n\n{caption}\n\n| tool | pros |\n|---|---|\n| Clawkit | fast |\n| Digkit | cheap |\n")
    found = lowered(graph)
    assert {("clawkit", "isA", "den tool"), ("digkit", "isA", "den tool")} <= found, found
    assert not any(w in n for n in names(graph) for w in ("compared", "glance", "side")), names(graph)


def test_a_row_that_names_two_things_with_a_spaced_slash_is_a_row_for_each(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# den formats\n\n| format | bytes |\n|---|---|\n| ZP32 | 4 |\n| ZNT8 / ZNT4 | 1 / 0.5 |\n"))
    assert {("znt8", "isA", "den format"), ("znt4", "isA", "den format"), ("zp32", "isA", "den format")} <= found, found
    assert not any("/" in s for s, _r, _o in found), found


def test_a_heading_that_does_a_thing_to_what_a_table_names_gives_the_rows_its_kind(tmp_path: Path) -> None:
    """ "### Evaluating digging" over "| metric |": digging metrics; "## Dens beyond clay" over "| kind |": kinds of den;
    a cell in a column of what the row measures is no instruction ("mean reciprocal depth" is no "meaning")."""
    found = lowered(build(tmp_path, """\
        # Dens

        ### Evaluating digging

        | metric | measures |
        |---|---|
        | den precision | % of dug dens that are dry |
        | MRD | mean reciprocal depth: how deep the first dry den is |

        ## Dens beyond clay

        | kind | how |
        |---|---|
        | moss den | line it with moss |
        """))
    assert {("den precision", "isA", "digging metric"), ("mrd", "isA", "digging metric"), ("moss den", "isA", "den")} <= found, found
    assert not any(r == "usedFor" for _s, r, _o in found), found
    assert not any("evaluating" in o or "beyond" in o for _s, _r, o in found), found


def test_a_purpose_s_object_ends_where_a_clause_on_it_begins(tmp_path: Path) -> None:
    """ "| What for |" / "get moss the den doesn't have": getting moss, no "moss den"."""
    found = lowered(build(tmp_path, "# Dens\n\n| tool | what for |\n|---|---|\n| moss rake | get moss the den doesn't have |\n"))
    assert ("moss rake", "usedFor", "getting moss") in found, found
    assert not any("moss den" in o for _s, _r, o in found), found


def test_a_rate_or_a_span_in_a_name_column_is_a_name_no_instruction(tmp_path: Path) -> None:
    """ "| time per den |", "| time between dens |": what is measured, though "time" can be a verb."""
    found = lowered(build(tmp_path, "# Dens\n\n| metric | meaning |\n|---|---|\n| TTFD | time to first den |\n"
                                    "| time between dens | gap between two dens |\n| time per den | total time for one den |\n"))
    assert {("time between dens", "isA", "metric"), ("time per den", "isA", "metric"), ("ttfd", "isA", "metric")} <= found, found
