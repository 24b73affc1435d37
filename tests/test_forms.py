"""The forms of Markdown the ingester reads besides bold-term entries: GFM tables, YAML front matter,
one note per concept (file names, titles, folders), wikilinks, markup that is never a name, headings
under "Types of X", bold items that are not terms, and the tagger's filter on sentence-initial words.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, facts, folded_facts, lowered, names, rules

import kg
from kg.labels import fold


def topics(graph: kg.KnowledgeGraph) -> set[str]:
    return {graph.label(c) for c in graph.concepts() if graph.class_of(c) == "Topic"}


# ---------------------------------------------------------------- 1. GFM tables


def test_table_rows_are_kinds_of_a_plural_heading_and_cells_state_relations(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Vector databases

        | Name | Developed by | Type | Best for |
        |---|---|---|---|
        | FAISS | Meta | vector index | similarity search |
        | Milvus | Zilliz | vector server | semantic search |
        """)
    found = facts(graph)
    assert {("FAISS", "isA", "vector database"), ("Milvus", "isA", "vector database")} <= found
    assert {("FAISS", "developedBy", "Meta"), ("Milvus", "developedBy", "Zilliz")} <= found
    assert {("FAISS", "isA", "vector index"), ("Milvus", "isA", "vector server")} <= found
    assert {("FAISS", "usedFor", "similarity search"), ("Milvus", "usedFor", "semantic search")} <= found
    assert rules(graph, "FAISS", "isA", "vector database") == {("table-row", "structural")}
    assert rules(graph, "FAISS", "developedBy", "Meta") == {("table-cell", "structural")}
    assert rules(graph, "Milvus", "usedFor", "semantic search") == {("table-cell", "structural")}
    assert graph.class_of(graph.resolve("FAISS")) == "Tool"
    assert graph.class_of(graph.resolve("vector database")) == "Tool"
    assert graph.class_of(graph.resolve("Zilliz")) == "Organization"
    edge = next(graph.edges(graph.resolve("Milvus"), "developedBy"))
    assert [(s.file, s.line) for s in edge.sources] == [("notes/notes.md", 6)]
    assert_no_concept(graph, "Name", "Developed by", "Best for")


@pytest.mark.parametrize(
    ("header", "relation"),
    [("Developed by", "developedBy"), ("Developer", "developedBy"), ("Organization", "developedBy"),
     ("Used for", "usedFor"), ("Best for", "usedFor"), ("Type", "isA")],
)
def test_table_headers_that_state_a_relation(tmp_path: Path, header: str, relation: str) -> None:
    graph = build(tmp_path, f"""\
        ## Embedding models

        | Model | {header} |
        |---|---|
        | Nomic Embed | Nomic |
        | Jina Embeddings | Jina AI |
        """)
    found = facts(graph)
    assert ("Nomic Embed", relation, "Nomic") in found
    assert ("Jina Embeddings", relation, "Jina AI") in found
    assert rules(graph, "Jina Embeddings", relation, "Jina AI") == {("table-cell", "structural")}


def test_table_prose_cell_is_the_definition_and_read_as_sentences_about_the_row(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Sequence models

        | Model | Description |
        |---|---|
        | Longformer | It relies on the transformer architecture. |
        | Hyena | Uses sparse attention heavily. |
        | Mamba | selective state spaces |
        """)
    assert graph.definition(graph.resolve("Longformer")) == "It relies on the transformer architecture."
    assert graph.definition(graph.resolve("Hyena")) == "Uses sparse attention heavily."
    found = facts(graph)
    assert ("Longformer", "uses", "transformer architecture") in found
    assert rules(graph, "Longformer", "uses", "transformer architecture") == {("phrase", "stated")}
    assert ("Hyena", "uses", "sparse attention") in found  # no subject: the row
    assert ("Longformer", "isA", "sequence model") in found
    assert graph.definition(graph.resolve("Mamba")) == ""  # three words, no full stop: not prose
    assert_no_concept(graph, "It", "Uses", "Uses sparse attention", "heavily")


def test_table_numbers_ratings_and_marks_are_never_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Quantization methods

        | Method | Bits | Error | Rating | Open | Best for |
        |---|---|---|---|---|---|
        | GPTQ | 4-bit | 0.1% | ⭐⭐⭐ | Yes | 0.5% |
        | AWQ | 8-bit | 0.3% | ⭐⭐ | No | Yes |
        | SmoothQuant | 3-bit | 1.2% | ⭐ | Yes | ⭐⭐⭐⭐ |
        """)
    found = facts(graph)
    assert {("GPTQ", "isA", "quantization"), ("AWQ", "isA", "quantization")} <= found
    assert_no_concept(graph, "4-bit", "8-bit", "3-bit", "0.1%", "0.5%", "1.2%", "⭐⭐⭐", "⭐⭐", "⭐", "Yes", "No", topics=True)
    assert not any(s == "GPTQ" and r == "usedFor" for s, r, _o in found)


def test_table_bit_widths_in_a_relation_column_are_not_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Quantization methods

        | Method | Uses |
        |---|---|
        | GPTQ | 4-bit |
        | AWQ | activation statistics |
        """)
    assert ("AWQ", "uses", "activation statistics") in facts(graph)
    assert_no_concept(graph, "4-bit", topics=True)


def test_table_column_of_the_same_link_text_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Retrieval benchmarks

        | Benchmark | Link |
        |---|---|
        | BEIR | [Article](https://example.org/beir) |
        | MTEB | [Article](https://example.org/mteb) |
        | LoTTE | [Article](https://example.org/lotte) |
        """)
    found = facts(graph)
    assert {("BEIR", "isA", "retrieval benchmark"), ("LoTTE", "isA", "retrieval benchmark")} <= found
    assert_no_concept(graph, "Article", topics=True)
    assert not any("Article" in (s, o) for s, _r, o in found)


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        pytest.param("Common quantization methods:", "quantization"),  # a way of a doing is the doing
        pytest.param("Common activation functions:", "activation function"),  # no class heads it: the caption says so
    ],
)
def test_table_introduced_by_a_caption_makes_rows_kinds_of_its_singular(tmp_path: Path, caption: str, kind: str) -> None:
    graph = build(tmp_path, f"""\
        ## Nonlinearity

        {caption}

        | Name | Range |
        |---|---|
        | Alpha Unit | zero to infinity |
        | Beta Unit | whole line |
        | Gamma Unit | above a small negative |
        """)
    found = facts(graph)
    assert {("Alpha Unit", "isA", kind), ("Beta Unit", "isA", kind), ("Gamma Unit", "isA", kind)} <= found
    assert rules(graph, "Gamma Unit", "isA", kind) == {("table-row", "structural")}
    assert_no_concept(graph, caption, caption.rstrip(":"), "Nonlinearity")


# ---------------------------------------------------------------- 2. YAML front matter


def test_front_matter_title_and_aliases_name_the_note(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ---
        title: Gated Recurrent Unit
        aliases: [GRU]
        tags: [rnn]
        ---
        It is a recurrent layer with an update gate and a reset gate.
        """, name="gru-note.md")
    gru = graph.resolve("Gated Recurrent Unit")
    assert graph.label(gru) == "Gated Recurrent Unit"
    assert graph.aliases(gru) == ["GRU"]
    assert graph.resolve("GRU") == gru
    assert graph.definition(gru) == "It is a recurrent layer with an update gate and a reset gate."
    assert ("Gated Recurrent Unit", "isA", "recurrent layer") in facts(graph)
    assert_no_concept(graph, "rnn", "title", "aliases", "tags", "gru-note", topics=True)


def test_invalid_front_matter_is_a_warning_with_file_and_line_and_the_build_goes_on(tmp_path: Path) -> None:
    result, graph = build_files(tmp_path, {
        "bad.md": """\
            ---
            title: Gated Recurrent Unit
            aliases: GRU: gated unit
            ---
            - **Update gate:** The update gate is a gate that keeps old state.
            """,
        "good.md": "- **Dropout:** Dropout is a regularization technique.\n",
    })
    assert any(str(w).startswith("notes/bad.md:3: front matter is not YAML") for w in result.warnings), \
        [str(w) for w in result.warnings]
    found = facts(graph)
    assert ("dropout", "isA", "regularization") in found
    assert ("update gate", "isA", "gate") in found


# ---------------------------------------------------------------- 3. one note per concept


VAULT = {
    "ML/Traditional_Models/Random Forest.md": """\
        Random forests combine many trees. A random forest is an ensemble of decision trees.

        ## Key Takeaway
        Averaging many trees reduces variance.

        ## The Story
        Breiman proposed the method long ago.
        """,
    "ML/Evaluation/Cross Validation.md": """\
        Cross validation is a resampling method that estimates skill on unseen data.

        ## Key Takeaway
        Every sample is used for testing once.
        """,
    "Decoding/beam.md": """\
        # What is Beam Search?

        Beam search is a decoding algorithm that keeps the best few candidates.
        """,
    "Book/ch3.md": """\
        # Chapter 3: Evaluation

        - **Holdout set:** A holdout set is a dataset that is kept for testing.
        """,
}


def test_a_note_without_a_title_is_about_its_file_name_and_a_kind_folder_classifies_it(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, VAULT)
    forest = graph.resolve("Random Forest")
    assert graph.label(forest) == "Random Forest"
    assert graph.class_of(forest) != "Topic"
    assert ("Random Forest", "isA", "traditional model") in facts(graph)
    assert rules(graph, "Random Forest", "isA", "traditional model") == {("folder-kind", "structural")}
    # the first sentence that names it and says what it is ("Random forests combine ..." says neither)
    assert graph.definition(forest) == "A random forest is an ensemble of decision trees."
    assert_no_concept(graph, "Key Takeaway", "The Story", "Story", topics=True)


def test_a_folder_that_names_a_subject_is_no_kind(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, VAULT)
    cv = graph.resolve("Cross Validation")
    assert graph.definition(cv) == "Cross validation is a resampling method that estimates skill on unseen data."
    assert ("Cross Validation", "isA", "resampling") in facts(graph)
    assert not any(s == "Cross Validation" and r == "isA" and fold(o) == "evaluation" for s, r, o in facts(graph))
    assert not any(e.relation == "isA" and fold(graph.label(e.object)) == "evaluation" for e in graph.edges())


@pytest.mark.parametrize("title", ["title: Wombat notes - ch3 burrows and tunnels", "- title:: Wombat notes - ch3 burrows and tunnels"])
def test_a_page_titled_for_a_chapter_is_no_concept_of_its_own(tmp_path: Path, title: str) -> None:
    """A chapter's page (YAML `title`, or Logseq's `title::` in the page's first block) is about many
    concepts: the links in it relate to the blocks they stand in, not to the page."""
    opening = f"---\n{title}\n---\n" if not title.startswith("-") else f"{title}\n"
    _result, graph = build_files(tmp_path, {
        "burrow-pages.md": opening + "- ## [[Burrows]]\n\t- [[deep tunnel]]\n\t\t- uses [[clay]]\n",
        "other.md": "# Clay\n\nClay is a soil.\n"})
    assert_no_concept(graph, "burrow-pages", "Wombat notes - ch3 burrows and tunnels", topics=True)
    assert ("deep tunnel", "uses", "clay") in lowered(graph)


def test_a_title_what_is_x_names_the_note_and_a_chapter_title_does_not(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, VAULT)
    beam = graph.resolve("Beam Search")
    assert graph.label(beam) == "Beam Search"
    assert graph.class_of(beam) != "Topic"
    assert graph.definition(beam) == "Beam search is a decoding algorithm that keeps the best few candidates."
    assert ("Beam Search", "isA", "decoding algorithm") in facts(graph)
    assert_no_concept(graph, "What is Beam Search?", "What is Beam Search", "Beam Search?")
    assert_no_concept(graph, "Chapter 3: Evaluation", "Chapter 3", "Chapter")  # topics aside: no concept
    assert ("holdout set", "isA", "dataset") in facts(graph)  # the chapter's entries are still read


def test_in_a_single_file_workspace_a_titled_file_is_no_concept_note(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Random Forest

        ## Key Takeaway
        - **Bagging:** Bagging is an ensemble technique.
        """, name="ML/Traditional_Models/Random Forest.md")
    assert topics(graph) == {"ML", "Traditional Models", "Random Forest"}  # "Key Takeaway": a remark, in the topic above
    assert_no_concept(graph, "Random Forest", "Key Takeaway", "traditional model")
    assert not any(s.rule == "folder-kind" for e in graph.edges() for s in e.sources)
    assert ("bagging", "isA", "ensemble technique") in facts(graph)


# ---------------------------------------------------------------- 4. wikilinks


def test_a_title_that_tells_of_the_files_concept_is_no_name_of_its_own(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Models/Kite.md": "# 📖 **The Chronicles of Kite: The Guardian of Memory**\n\nKite is a recurrent network.\n",
        "Models/Wren.md": "# Multi-Head Wren\n\nMulti-head wren is a layer type.\n",
        "Models/Osprey.md": "# Introduction: The Osprey Revolution in Vision 🚀\n\nOsprey is an image encoder.\n",
        "Models/Vanishing Step.md": "# The Legend of the Vanishing Step Curse\n\nA vanishing step is a training failure.\n",
    })
    found = folded_facts(graph)
    assert ("kite", "isA", "recurrent network") in found
    assert ("osprey", "isA", "image encoder") in found
    assert ("vanishing step", "isA", "training failure") in found
    assert_no_concept(graph, "Introduction", "Legend of the Vanishing Step Curse")
    assert ("multi head wren", "isA", "layer type") in found  # a longer name than the file's: the title's
    assert_no_concept(graph, "Chronicles of Kite", "The Chronicles of Kite")


def test_a_note_titled_elements_of_x_is_about_its_terms_not_one_concept(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "guide/query--elements.md": "# Elements of a Query\n\n**Filter** - which rows to keep\n\n**Projection** - which columns to return\n",
        "guide/query--basics.md": "# Query Basics\n\nA query asks a database for rows.\n",
    })
    found = folded_facts(graph)
    assert {("query", "contains", "filter"), ("query", "contains", "projection")} <= found
    assert_no_concept(graph, "Elements of a Query", "element of a query")


def test_wikilink_forms_resolve_to_their_target(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Models/Mixture of Experts.md": """\
            Mixture of experts is an architecture that routes tokens to experts.
            See [[Sparse Model|sparse models]] and [[Router#Top-k routing]].
            ![[Expert Parallelism]]
            Training is covered in [[#Load Balancing]].
            ![[moe-routing-diagram.png]]
            The [[moe-paper.pdf|paper]] has the proofs; see also [[llama.cpp]].
            """,
        "Models/Router.md": "A router is a gating network.\n",
    })
    moe = graph.resolve("Mixture of Experts")
    for target in ("Sparse Model", "Router", "Expert Parallelism"):
        edges = list(graph.edges(moe, "relatedTo", graph.resolve(target)))
        assert edges, target
        assert ("wikilink", "weak") in {(s.rule, s.tier) for s in edges[0].sources}, target
    assert graph.class_of(graph.resolve("Router")) != "Topic"
    assert graph.resolve("Router") == graph.resolve("router")  # the file's note, not a second "Router"
    assert_no_concept(graph, "Load Balancing", "#Load Balancing", "Top-k routing", "Router#Top-k routing",
                      "sparse models|Sparse Model", "!Expert Parallelism", topics=True)
    assert_no_concept(graph, "moe-routing-diagram.png", "moe-paper.pdf", "paper", topics=True)  # files, no notes
    assert list(graph.edges(moe, "relatedTo", graph.resolve("llama.cpp")))  # a note's name with a dot is still one


def test_a_wikilink_with_a_folder_names_the_note_by_its_file(tmp_path: Path) -> None:
    """ "[[Models/Router]]", "[[Models/Router|the router]]", "[[Models/Router#Gates]]" point at the note
    Router.md in the folder Models: its name is the file's, never "Models/Router"."""
    _result, graph = build_files(tmp_path, {
        "Models/Mixture of Experts.md": """\
            Mixture of experts is an architecture that routes tokens to experts.
            See [[Models/Router|the router]], [[Models/Router#Gates]] and [[Parallelism/Expert Parallelism]].
            """,
        "Models/Router.md": "A router is a gating network.\n\nIt sends tokens to [[Models/Mixture of Experts]].\n",
    })
    moe = graph.resolve("Mixture of Experts")
    for target in ("Router", "Expert Parallelism"):
        assert list(graph.edges(moe, "relatedTo", graph.resolve(target))), target
    assert graph.resolve("Router") == graph.resolve("router")  # the file's note, one concept
    assert_no_concept(graph, "Models/Router", "Parallelism/Expert Parallelism", "Models/Mixture of Experts", topics=True)


def test_a_wikilink_in_an_entry_relates_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Speculative decoding:** Speculative decoding drafts tokens cheaply, see [[Draft Model|a draft model]].
          It is checked against [[#Verification]].
        """)
    assert rules(graph, "speculative decoding", "relatedTo", "Draft Model") == {("wikilink", "weak")}
    assert_no_concept(graph, "Verification", "a draft model", topics=True)


def test_a_bold_wikilink_that_opens_an_item_names_the_entry_by_its_target(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Training/Knobs.md": """\
            Knobs are settings chosen before training.

            Examples of knobs include:

            1. **[[Step Size]]**: How far each update moves the weights.
            2. **[[Warmup Steps|Warmup]]**: How many steps the step size grows.
            """,
    })
    found = folded_facts(graph)
    assert {("step size", "isA", "knob"), ("warmup step", "isA", "knob")} <= found  # a term's plural is its alias
    assert_no_concept(graph, "[[Step Size]]", "[[Warmup Steps|Warmup]]", "Warmup Steps|Warmup")


# ---------------------------------------------------------------- 5. markup that is never a name


def test_a_wikilink_in_a_heading_is_its_words(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Vision

        ## Vision [[Kites]] (ViK) – Kites in the Land of Grids

        - **Patch embedding**: A layer that cuts an image into patches.
        """)
    labels = names(graph, topics=True)
    assert not any("[[" in label or "]]" in label for label in labels), labels
    assert any(label.startswith("vision kites") for label in labels), labels


def test_a_shell_noun_before_a_colon_labels_an_item_and_opens_no_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Tuning

        - Example: Try all combinations of step sizes and batch sizes.
        - **Approach**: Grid search uses a validation set.
        """)
    assert ("grid search", "uses", "validation set") in folded_facts(graph)
    assert_no_concept(graph, "example", "approach")


def test_mdx_import_and_export_lines_are_no_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        import { Callout } from 'nextra/components'
        import Tabs from '../components/Tabs'
        export const meta = {}

        ## Regularization

        - **Dropout:** Dropout is a regularization technique.

        ```js
        import { Steps } from 'nextra/components'
        export const meta = { title: 'Other' }
        ```
        """)
    assert ("dropout", "isA", "regularization") in facts(graph)
    assert_no_concept(graph, "Callout", "Tabs", "Steps", "nextra", "nextra/components", "meta", "export const meta",
                      topics=True)


def test_callout_marker_and_title_are_no_concepts_and_the_body_is_read(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Normalization

        > [!note] Handy Reminder
        > Layer normalization uses batch statistics.

        > [!tip]- Quick Check
        > Batch normalization is a normalization technique.
        """)
    found = facts(graph)
    assert ("layer normalization", "uses", "batch statistics") in folded_facts(graph)
    assert ("batch normalization", "isA", "normalization") in {(fold(s), r, fold(o)) for s, r, o in found}
    assert_no_concept(graph, "[!note]", "note", "[!tip]", "tip", "Handy Reminder", "Quick Check",
                      "[!note] Handy Reminder", topics=True)


def test_an_example_callout_titled_by_a_name_is_an_example_of_the_notes_concept(tmp_path: Path) -> None:
    """ "Den.md" / "> [!example] Mole-Den" / "> [[Mole-Den]] is dug in clay.": Mole-Den is an example of the den, and
    the body speaks of it; a title that names nothing ("> [!example] bus analogy") gives no example; an item
    "- e.g. Root-Den: ..." at the top of the note is one too."""
    _result, graph = build_files(tmp_path, {
        "Den.md": "A den is a hole a wombat digs.\n\n> [!example] Mole-Den\n> [[Mole-Den]] uses clay walls.\n\n"
                  "> [!example] bus analogy\n> a den is like a bus stop.\n\n- e.g. Root-Den: dug under roots\n",
        "Burrow.md": "A burrow is a long den.\n"})
    found = folded_facts(graph)
    assert {("mole den", "exampleOf", "den"), ("mole den", "uses", "clay wall"), ("root den", "exampleOf", "den")} <= found, found
    assert not any("bus" in s or "bus" in o for s, _r, o in found), found


def test_a_link_that_credits_or_numbers_a_figure_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Burrows

        ![Burrow map](map.png)
        *[Figure Source](https://example.org/a)*

        Wombats dig burrows; see [Source](https://example.org/b), [Figure 3](https://example.org/c) and [Kestrel](https://example.org/k).
        """)
    assert_no_concept(graph, "Figure Source", "Source", "Figure 3", topics=True)
    assert "kestrel" in names(graph)


def test_heading_numbering_emoji_and_link_markup_are_taken_out(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## 1. 🧩 Attention Basics

        Attention weighs tokens.

        ## [LoRA](http://example.org/lora)

        ![Diagram Of Adapter Weights](adapters.png)

        LoRA is a finetuning technique.
        """)
    assert topics(graph) == {"Attention Basics", "LoRA"}
    assert_no_concept(graph, "1. Attention Basics", "🧩 Attention Basics", "[LoRA](http://example.org/lora)", topics=True)
    assert_no_concept(graph, "Diagram Of Adapter Weights", "Diagram", "adapter weight", "Adapter Weights", topics=True)
    assert ("LoRA", "isA", "finetuning") in facts(graph)


# ---------------------------------------------------------------- 6. headings under "Types of X"


def test_headings_under_types_of_x_are_kinds_of_x(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Training

        ### Types of Regularization

        #### 1. L1 Regularization
        Adds the absolute weights to the loss.

        #### 2. L2 Regularization
        Adds the squared weights to the loss.
        """)
    found = folded_facts(graph)
    assert ("l1 regularization", "isA", "regularization") in found
    assert ("l2 regularization", "isA", "regularization") in found
    assert ("heading-kind", "structural") in rules(graph, "L1 Regularization", "isA", "regularization")
    assert graph.class_of(graph.resolve("L1 regularization")) != "Topic"
    assert_no_concept(graph, "Types of Regularization", "1. L1 Regularization")
    assert not any(fold(o) == "training" for _s, r, o in found if r == "isA")


def test_a_numbered_step_heading_types_of_x_works_too(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Convolutional networks

        ## Step 2: Types of Pooling

        ### Max Pooling
        Keeps the largest value.

        ### Average Pooling
        Keeps the mean value.
        """)
    found = folded_facts(graph)
    assert {("max pooling", "isA", "pooling"), ("average pooling", "isA", "pooling")} <= found
    assert ("heading-kind", "structural") in rules(graph, "max pooling", "isA", "pooling")
    assert_no_concept(graph, "Step 2: Types of Pooling", "Step 2", "Types of Pooling")


def test_types_of_x_in_a_note_about_x_are_kinds_of_the_note(tmp_path: Path) -> None:
    result, graph = build_files(tmp_path, {
        "CNN/Pooling.md": """\
            Pooling is an operation that shrinks feature maps.

            ## Types of Pooling

            ### Max Pooling
            Keeps the largest value.
            """,
        "CNN/Convolution.md": "Convolution is an operation that slides a filter.\n",
    })
    pooling = graph.resolve("Pooling")
    assert graph.definition(pooling) == "Pooling is an operation that shrinks feature maps."
    assert list(graph.edges(graph.resolve("max pooling"), "isA", pooling))
    assert not any("names 2 concepts" in str(w) for w in result.warnings)


def test_a_heading_that_only_says_where_it_stands_is_no_kind(tmp_path: Path) -> None:
    # "Week 3" under "Pooling variants" is a part of the writing; the heading after it is a kind
    graph = build(tmp_path, """\
        # Pooling variants

        ## Week 3

        - **Stride**: how far the window moves.

        ## Part II

        ## Max Pooling
        """)
    found = folded_facts(graph)
    assert ("max pooling", "isA", "pooling") in found
    assert not any(s in {"week 3", "part ii"} and r == "isA" for s, r, _o in found), found


def test_the_terms_of_a_list_under_types_of_x_are_kinds_of_x(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Training

        ## Step 2: Types of Weight Decay Used in Practice

        1. **Decoupled Decay**: Applies the decay apart from the gradient.
            - Common with adaptive optimizers.
        2. **Coupled Decay**: Adds the decay to the gradient.
        """)
    found = folded_facts(graph)
    assert {("decoupled decay", "isA", "weight decay"), ("coupled decay", "isA", "weight decay")} <= found
    assert ("heading-kind", "structural") in rules(graph, "coupled decay", "isA", "weight decay")
    assert_no_concept(graph, "weight decay used in practice")  # "used in ..." narrows the heading, names no kind


def test_plain_items_under_types_of_x_are_kinds_of_x(tmp_path: Path) -> None:
    """ "## Types of dens" / "- sett": one of them, as a bold term is; not an item that is a sentence, nor what
    follows a label that is no term ("- soft dens (SD): moss-lined hollows"), nor an item nested under another."""
    graph = build(tmp_path, """\
        # Burrows

        ## Types of dens

        - sett
        - clay warren
        - Burrowmax
        - dens are often deep
        - soft dens (SD): moss-lined hollows
        - earth lodge
          - side tunnel
        """)
    found = folded_facts(graph)
    assert {("sett", "isA", "den"), ("clay warren", "isA", "den"), ("burrowmax", "isA", "den"), ("earth lodge", "isA", "den")} <= found, found
    assert ("heading-kind", "structural") in rules(graph, "sett", "isA", "den")
    assert not any(o == "den" and s in {"moss-lined hollow", "side tunnel"} for s, r, o in found if r == "isA"), found
    assert_no_concept(graph, "dens are often deep")


def test_a_term_in_lower_case_may_end_on_an_abbreviation(tmp_path: Path) -> None:
    """ "- infilling DG: fill the gaps" under "## kinds of DG": a term, as "- infilling digging: ..." is; not an
    instruction, "- use DG: for soft soil"."""
    found = folded_facts(build(tmp_path, "# Digging\n\n## kinds of DG\n- infilling DG: fill the gaps\n"))
    assert ("infilling dg", "isA", "dg") in found, found
    graph = build(tmp_path / "instruction", "# Digging\n\n- use DG: for soft soil\n- infilling DG: fill the gaps\n")
    assert "infilling dg" in names(graph) and not any(name.startswith("use") for name in names(graph)), names(graph)


def test_an_arrow_in_an_aside_after_an_equals_sign_is_no_formula(tmp_path: Path) -> None:
    """ "- wet digging = digging in mud (no rocks -> easy)": a term and what it is, the arrow an aside's; not
    "- real dens = many rooms -> dig each one" (a flow), nor "den score = depth > 3" (a formula)."""
    found = folded_facts(build(tmp_path, """\
        # Digging

        ## Kinds of digging

        - wet digging = digging in mud (no rocks -> easy)
        - real dens = many rooms -> dig each one
        - den score = depth > 3
        """))
    assert ("wet digging", "isA", "digging") in found, found
    assert not any(s in {"real den", "den score"} for s, _r, _o in found), found


def test_a_word_hyphenated_before_ing_is_a_doing_no_verb(tmp_path: Path) -> None:
    """ "continued pre-digging": a past form before a doing written with its prefix apart, a noun phrase, as
    "continued predigging" is; not a verb and the adjective the tagger took "pre-digging" for."""
    found = folded_facts(build(tmp_path, "# Digging\n\n## Kinds of den care\n- continued re-digging = digging an old den again\n"))
    assert ("continued re digging", "isA", "den care") in found or ("continued re-digging", "isA", "den care") in found, found


def test_the_terms_of_a_list_under_a_plural_of_members_are_not_kinds(tmp_path: Path) -> None:
    # "Key Algorithms" may list groups of algorithms, each with its members nested below
    graph = build(tmp_path, """\
        # Learning

        ## Key Algorithms

        - **Ranking (ordering results)**
            - **Pairwise Ranker** - Compares two results.
        - **Key Takeaways**: Rankers order things.
        """)
    assert not any(r == "isA" and o == "algorithm" for _s, r, o in folded_facts(graph))


# ---------------------------------------------------------------- 7. bold items that are not terms


def test_bold_items_under_a_question_heading_are_reasons_not_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Why use dropout?

        - **Better generalization**: the network relies on many paths.
        - **Cheap to compute**: it adds almost no cost.

        ## How does early stopping work?

        - **Validation loss**: training halts when it rises.
        """)
    assert_no_concept(graph, "Better generalization", "generalization", "Cheap to compute", "Cheap",
                      "Validation loss")
    assert topics(graph) == {"Why use dropout?", "How does early stopping work?"}


def test_a_bold_term_that_is_no_noun_phrase_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Regularization

        - **Dropout:** Dropout is a regularization technique.
        - **Reduces overfitting:** it keeps the network from memorizing noise.
        - **Learn slowly:** a small learning rate helps.
        """)
    dropout = graph.resolve("dropout")
    assert graph.definition(dropout) == "Dropout is a regularization technique."
    assert ("dropout", "isA", "regularization") in facts(graph)
    assert rules(graph, "dropout", "isA", "regularization") == {("phrase", "stated")}
    assert_no_concept(graph, "Reduces overfitting", "Reduces", "Learn slowly", "Learn")


# ---------------------------------------------------------------- 8. the tagger's filter


PROSE = """\
    ## Encoders

    However, BERT uses attention. There are many models. To help, RoBERTa uses dynamic masking.
    """


def test_sentence_initial_words_are_no_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, PROSE)
    assert_no_concept(graph, "However", "However, BERT", "However BERT", "There", "To", "help", "To help",
                      "To help, RoBERTa", "many models", topics=True)
    assert topics(graph) == {"Encoders"}


def test_a_subject_after_a_sentence_initial_word_keeps_its_claim(tmp_path: Path) -> None:
    graph = build(tmp_path, PROSE)
    found = facts(graph)
    assert ("BERT", "uses", "attention") in found
    assert ("RoBERTa", "uses", "dynamic masking") in found
    assert rules(graph, "BERT", "uses", "attention") == {("phrase", "stated")}
    assert rules(graph, "RoBERTa", "uses", "dynamic masking") == {("phrase", "stated")}


def test_a_subject_after_a_sentence_initial_word_is_not_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Encoder:** An encoder is a network that reads the input. However, BERT uses attention. To help, RoBERTa uses dynamic masking.
        """)
    found = facts(graph)
    assert ("encoder", "isA", "network") in found
    assert ("encoder", "uses", "attention") not in found
    assert ("encoder", "uses", "dynamic masking") not in found
    assert ("BERT", "uses", "attention") in found
    assert ("RoBERTa", "uses", "dynamic masking") in found


# ---------------------------------------------------------------- 9. nested lists and Mermaid diagrams


def test_items_nested_under_a_plural_item_are_kinds_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - Popular optimizers:
          - Lion - a sign-based one
          - [Sophia](https://example.org/sophia)
          - **Adafactor:** factored second moments.
        - Some notes on them, written later.
          - Lion again
        """)
    found = folded_facts(graph)
    assert {("lion", "isA", "optimizer"), ("sophia", "isA", "optimizer"), ("adafactor", "isA", "optimizer")} <= found
    assert rules(graph, "Lion", "isA", "optimizer") == {("nested-list", "structural")}
    assert not any(o.startswith("some note") for _s, _r, o in found)


MERMAID = """\
    ## Types of adapters

    ```mermaid
    graph TD
        AD[Adapter] --> PT["Prefix tuning<br/>learned vectors before the keys"]
        AD --> LR[Low-rank update]
        QL[Quantized low-rank] -- uses --> LR
        LR --- HY[Hypernetwork]
        subgraph Cheap [Cheap methods]
          PT
          LR
        end
    ```
    """


def test_mermaid_nodes_are_concepts_with_descriptions(tmp_path: Path) -> None:
    graph = build(tmp_path, MERMAID)
    assert graph.definition(graph.resolve("prefix tuning")) == "learned vectors before the keys"
    assert_no_concept(graph, "AD", "PT", "TD")


def test_mermaid_edges_through_relation_phrases_kinds_and_subgraphs(tmp_path: Path) -> None:
    graph = build(tmp_path, MERMAID)
    found = folded_facts(graph)
    assert ("quantized low rank", "uses", "low rank update") in found
    assert rules(graph, "Quantized low-rank", "uses", "Low-rank update") == {("mermaid-edge", "stated")}
    assert {("prefix tuning", "isA", "adapter"), ("low rank update", "isA", "adapter")} <= found  # under "Types of adapters"
    assert rules(graph, "Prefix tuning", "isA", "Adapter") == {("mermaid-kind", "structural")}
    assert ("low rank update", "relatedTo", "hypernetwork") in found  # no text, no kind: only related
    assert rules(graph, "Low-rank update", "relatedTo", "Hypernetwork") == {("mermaid-link", "weak")}
    assert {("cheap method", "includes", "prefix tuning"), ("cheap method", "includes", "low rank update")} <= found


def test_a_subgraph_named_by_a_plural_of_a_class_holds_its_members(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Burrows

        ```mermaid
        flowchart LR
            S[Survey] --> X[Excavation]
            subgraph Tools
              SN[Shovelnet]
              DB[DigBench]
            end
            subgraph Digging stages
              S
              X
            end
        ```
        """)
    found = folded_facts(graph)
    assert {("shovelnet", "isA", "tool"), ("digbench", "isA", "tool")} <= found, found
    assert {("digging stage", "includes", "survey"), ("digging stage", "includes", "excavation")} <= found, found  # no class: a group


def test_a_node_description_said_the_other_way_round_turns_round(tmp_path: Path) -> None:
    # "It is a known risk of X" and "Examples include A" say what X suffers from and what A is an example of
    graph = build(tmp_path, """\
        ## Burrows

        ```mermaid
        graph TD
            DR["Kestrel drift<br/>It is a known risk of burrow mapping."] --> SF[Short flights]
            BD["Burrow digger<br/>Examples include Wombat and Quokka."] --> DR
            KT["Burrow kit<br/>Tools: Quill and Moss."] --> BD
        ```
        """)
    found = folded_facts(graph)
    assert ("burrow mapping", "suffersFrom", "kestrel drift") in found, found
    assert {("quill", "usedFor", "burrow kit"), ("moss", "usedFor", "burrow kit")} <= found, found  # a build that raised before
    assert {("wombat", "isA", "burrow digger"), ("quokka", "isA", "burrow digger")} <= found, found
    assert not any(r in ("problemOf", "hasExample", "hasTool") for _s, r, _o in found)


def test_other_fenced_blocks_never_yield_concepts(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ```mermaid
        sequenceDiagram
            Alice->>Bob: Hello
        ```

        ```python
        optimizer = Adam(lr=0.1)  # Adam
        ```
        """)
    assert_no_concept(graph, "Alice", "Bob", "Adam", "optimizer")


def test_a_file_that_reads_weakly_is_reported(tmp_path: Path) -> None:
    lines = "\n".join(f"- **Term {c}:** See [[Other {c}]]." for c in "ABCDEFGHIJKL")
    result, _graph = build_files(tmp_path, {"weak.md": lines + "\n", "fine.md": "- **Torus:** Torus uses caching.\n"})
    reports = [str(w) for w in result.warnings if "reads weakly" in str(w)]
    assert len(reports) == 1 and reports[0].startswith("notes/weak.md:1: reads weakly: 100% of ")


def test_in_a_note_it_is_the_concept_only_once_a_sentence_has_named_it(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "ML/Layers/Gated Unit.md": """\
            Imagine a detective at a party who keeps only some clues.

            It uses a notebook.

            This is what a gated unit does! It is a kind of recurrent layer.
            """,
        "ML/Layers/Other.md": "Other things.\n",
    })
    found = folded_facts(graph)
    assert ("gated unit", "isA", "recurrent layer") in found
    assert not any(r == "uses" for _s, r, _o in found)  # "It uses a notebook": the story's detective


def test_lets_speaks_of_the_reader_not_the_note(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "ML/Pooling.md": "Pooling is a downsampling step. Let's use a simple example of a grid.\n",
        "ML/Other.md": "Other things.\n",
    })
    found = folded_facts(graph)
    assert ("pooling", "isA", "downsampling step") in found
    assert not any(r == "uses" for _s, r, _o in found)


def test_a_readme_of_many_entries_is_no_note_about_its_title(tmp_path: Path) -> None:
    entries = "".join(f"- **Method {c}:** Method {c} is a technique.\n" for c in "ABC")
    _result, graph = build_files(tmp_path, {"README.md": "# Course Outline\n\n" + entries, "other.md": "Other.\n"})
    assert_no_concept(graph, "Course Outline")


def test_a_repeated_cell_is_a_label_but_a_relation_column_keeps_its_repeats(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Frameworks

        | Name | Type | Notes |
        |---|---|---|
        | Torus | library | [Article](https://example.org/1) |
        | Quill | library | [Article](https://example.org/2) |
        | Ridge | service | It uses sharded indexes. |
        """)
    found = folded_facts(graph)
    assert {("torus", "isA", "library"), ("quill", "isA", "library"), ("ridge", "isA", "service")} <= found
    assert ("ridge", "uses", "sharded index") in found  # a prose cell of a column of labels is still read
    assert_no_concept(graph, "Article")


def test_a_cell_that_lists_short_items_is_a_list_however_long(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Burrow signals

        | Type | Examples |
        |---|---|
        | Direct signal | scratching, early nest building, tunnel widening |
        | Indirect signal | Rangers note that wombats dig at night, mostly in spring |
        """)
    found = folded_facts(graph)
    assert {("direct signal", "hasExample", x) for x in ("scratching", "early nest building", "tunnel widening")} <= found, found
    assert not any(s == "indirect signal" and r == "hasExample" for s, r, _o in found), found  # a sentence stays prose


def test_a_cell_joining_two_names_with_a_plus_names_both(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Sand burrow vs clay burrow

        | | Sand burrow | Clay burrow |
        |---|---|---|
        | Needs | sand scoop | clay pick + water pump |
        | Used for | sleeping | C++ tunnels |
        """)
    found = folded_facts(graph)
    assert {("clay burrow", "uses", "clay pick"), ("clay burrow", "uses", "water pump"), ("sand burrow", "uses", "sand scoop")} <= found, found
    assert ("clay burrow", "usedFor", "c++ tunnel") in found, found  # a "+" inside a name joins nothing
    kinds = folded_facts(build(tmp_path / "kinds", """\
        ## Burrows

        | Burrow | Type | Examples |
        |---|---|---|
        | QBurrow | sand burrow + clay lining | Den + moss |
        """))
    assert not any(r in ("isA", "hasExample") and o in ("sand burrow", "clay lining", "den", "moss") for _s, r, o in kinds), kinds  # one mix


def test_a_description_in_the_imperative_says_what_the_row_is_for(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Notebooks

        | Notebook | Description |
        |---|---|
        | Splice | Easily merge checkpoints using Stitcher. |
        | Squeeze | Quantize language models in one click. |
        | Ledger | A notebook about ledgers and their many uses. |
        | Gauge | Evaluate language models using Harbor. |
        | Sieve | only allows burrows that fit a map |
        """)
    found = folded_facts(graph)
    assert {("splice", "usedFor", "merging checkpoints"), ("squeeze", "usedFor", "quantizing language models")} <= found
    assert rules(graph, "Splice", "usedFor", "merging checkpoints") == {("purpose", "stated")}
    assert not any(s == "ledger" and r == "usedFor" for s, r, _o in found)
    assert ("gauge", "evaluates", "language model") in found  # a verb the relation phrases read: no purpose besides
    assert not any(s == "gauge" and r == "usedFor" for s, r, _o in found)
    assert not any(s == "sieve" and r == "usedFor" for s, r, _o in found)  # a verb in the third person after an adverb


def test_a_longer_name_that_opens_with_the_notes_name_is_another_concept(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Models/Nova.md": "Nova is a language model.\n\n## Nova Turbo\n\nNova Turbo is the fastest Nova model.\n",
        "Models/Orca.md": "Orca is a language model.\n",
    })
    found = folded_facts(graph)
    assert ("nova turbo", "isA", "nova model") in found
    assert not any(s == "nova" and o == "nova model" for s, _r, o in found)


def test_a_remark_or_a_writers_own_words_under_a_heading_is_no_topic(tmp_path: Path) -> None:
    """ "## Key takeaways", "### My verdict", "## What we dug": what stands under them is in the topic
    above; a question under no heading of its own stays one."""
    graph = build(tmp_path, """\
        # Burrows

        ## Key takeaways

        - depth matters

        ## Deep burrows

        A deep burrow is a kind of burrow.

        ### My verdict

        Deep burrows are the best kind of burrow.

        ### What we dug

        Two burrows.
        """)
    assert topics(graph) == {"Burrows", "Deep burrows"}
    assert ("deep burrow", "isA", "burrow") in lowered(graph)


def test_a_map_of_content_names_its_topic_and_links_to_it_are_the_topic(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Burrows MOC.md": "- [[Root bracing]]\n- [[Clay lining]]\n",
        "Root bracing.md": "Root bracing is a tunnel support method. Part of [[Burrows MOC|burrow building]].\n",
    })
    assert "Burrows MOC" not in names(graph)
    assert ("root bracing", "partOf", "burrows") in lowered(graph), lowered(graph)  # the link's note is the topic
