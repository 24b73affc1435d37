"""Outlines and terse notes as people write them: a bold sentence leading a list item, "Pros:" and
"Cons:" lists, "2 families:" under a heading, a plural and its members after a colon ("Prompt
attacks: A, B and C", "Use cases: A, B"), a table whose name column's header is a kind the heading
speaks of, abbreviations inside longer names, examples after a kind that opens a sentence, a
"Related:" line in a note. Every input here is written for the test; none is taken from the owner's
notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, facts as facts_of, lowered, names, rules

from kg.ingest.name_lists import names_only
from kg.ingest.outline import is_bare_name
from kg.ingest.terms import verb_over_objects


def test_a_bold_sentence_leading_an_item_is_no_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Data

        1. **Web crawls dominate.** Most models are trained on Zorp Crawl.
        2. **Kestrel.** Kestrel is a tokenizer.
        """)
    assert "web crawls dominate" not in {n.lower() for n in names(graph)}
    assert ("kestrel", "isA", "tokenizer") in lowered(graph)


@pytest.mark.parametrize("label", ["Pros:", "Cons:", "Uses:", "Key takeaways:"])
def test_remarks_are_no_category(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"# Zorp\n\n- {label}\n  - Inconsistency\n  - Cheap inference\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_counted_groups_are_kinds_of_the_heading_or_of_what_falls_into_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        ## Zorp tuning

        - 2 families:
          - Kestrel tuning
          - Wombat tuning

        ## Agents

        - Tools fall into three buckets:
          - Knowledge tools
          - Capability tools
        """))
    assert {("kestrel tuning", "isA", "zorp tuning"), ("wombat tuning", "isA", "zorp tuning")} <= found, found
    assert {("knowledge tool", "isA", "tool"), ("capability tool", "isA", "tool")} <= found, found
    assert not any(o in {"2", "2 family", "family", "bucket"} for _s, _r, o in found), found


@pytest.mark.parametrize("text", ["Zorp is useful for anything.", "Zorp uses something clever.",
                                  "Zorp uses the first.", "Kestrel (Acme; same range as FP32) is fast."])
def test_pronouns_places_in_an_order_and_remarks_are_no_concepts(tmp_path: Path, text: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{text}\n")
    assert not {n.lower() for n in names(graph)} & {"anything", "something", "first", "acme; same range as fp32"}


def test_an_abbreviation_inside_a_longer_name_is_not_that_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Finetuning

        - ZT is a kind of transfer learning
        - ZT frameworks: Kestrel, Wombat
        """))
    assert ("zt", "isA", "transfer learning") in found, found
    assert not any(s == "zt framework" and o == "transfer learning" for s, _r, o in found), found


def test_a_table_headed_by_a_kind_the_heading_speaks_of(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Serving

        ## Metrics to watch

        | Metric | What it measures |
        |---|---|
        | ZTFT | time until the first token |

        ## Model-level techniques

        | Technique | What it does |
        |---|---|
        | Kestrel pruning | Removes weights |

        ## Zorping strategies at a glance

        | Strategy | What it does |
        |---|---|
        | Greedy zorping | picks the likeliest token |
        """))
    assert {("ztft", "isA", "metric"), ("kestrel pruning", "isA", "model-level technique")} <= found, found
    assert ("greedy zorping", "isA", "zorping") in found, found  # the kind the title opens with, no remark after it


def test_the_examples_a_subject_names_are_what_the_sentence_speaks_of(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Benchmarks\n\nBenchmarks like Kestrel and Wombat evaluate retrieval models.\n")
    found = lowered(graph)
    assert {("kestrel", "evaluates", "retrieval model"), ("wombat", "evaluates", "retrieval model")} <= found, found
    assert not any(" like " in n for n in names(graph))


def test_a_plural_noun_opening_a_sentence_is_no_verb(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Evaluation\n\nPublic benchmarks saturate quickly.\n\n- **Zorp score**: Measures the overlap of answers.\n"))
    assert not any(r == "evaluates" for _s, r, _o in found), found
    assert ("zorp score", "measures", "overlap of answers") in found or ("zorp score", "measures", "overlap") in found, found


def test_an_instruction_s_examples_are_no_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tuning\n\n- Tune parameters such as learning rate and batch size.\n- Use Zorp to search.\n"))
    assert not any(s in {"learning rate", "batch size"} for s, _r, _o in found), found


def test_a_plural_label_before_a_colon_lists_members(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Serving

        - Vector databases: Kestrel, Wombat and Quill.
        - Combine different parallelization strategies: zorp parallel and orbit parallel.
        """)
    found = lowered(graph)
    assert {("kestrel", "isA", "vector database"), ("wombat", "isA", "vector database")} <= found, found
    assert not any(":" in n for n in names(graph)), names(graph)
    assert not any(o == "zorp parallel" and r == "isA" and s != "zorp parallel" for s, r, o in found)


def test_where_the_authors_work_is_no_relation_of_theirs(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Methods\n\n- **Zorp**: a finetuning method.\n  - Introduced by Kim et al. at Acme Labs in 2021.\n"))
    assert ("zorp", "developedBy", "kim et al.") in found, found
    assert not any(s == "kim et al." for s, _r, _o in found), found


def test_a_related_line_in_a_note_is_about_the_note(tmp_path: Path) -> None:

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": """\
        # Zorp

        Zorp is a [[Wren]] method that freezes the pretrained weights.

        - Usually applied to the attention projection matrices.

        > [!note]
        > Quill combines Zorp with 4-bit [[Orbit]] of the base model, so you can finetune a 65B model on one GPU.

        Related: [[Kestrel]] (Zorp adapters can be merged together too).
        """, "vault/Kestrel.md": "# Kestrel\n\nKestrel is a merging method.\n", "vault/Orbit.md": "# Orbit\n\nOrbit is a quantization method.\n"})
    found = lowered(graph)
    assert ("zorp", "relatedTo", "kestrel") in found or ("kestrel", "relatedTo", "zorp") in found, found
    assert not any({s, o} == {"quill", "kestrel"} for s, _r, o in found), found


def test_two_types_after_a_colon_are_kinds_of_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        **Zorp model**: a model that predicts the next token.
          - Two types: masked zorp models and causal zorp models.
          - Popular methods: Kestrel, Wombat.
        """))
    assert {("masked zorp model", "isA", "zorp model"), ("causal zorp model", "isA", "zorp model")} <= found, found
    assert {("zorp model", "includes", "kestrel"), ("zorp model", "includes", "wombat")} <= found, found


@pytest.mark.parametrize("sentence", [
    "Zorp attacks: zorp extraction, jailbreaking and zorp injection.",
    "Zorp attacks come in three flavours: zorp extraction, jailbreaking and zorp injection.",
    "Zorp attacks come in a few flavours: zorp extraction, where someone gets the prompt out; jailbreaking, where "
    "someone breaks the rules; and zorp injection, where instructions sneak in.",
])
def test_a_plural_and_its_members_after_a_colon(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Security\n\n{sentence}\n"))
    assert {("zorp extraction", "isA", "zorp attack"), ("jailbreaking", "isA", "zorp attack"),
            ("zorp injection", "isA", "zorp attack")} <= found, found


def test_remarks_before_a_colon_list_nothing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Zorp\n\nPros: cheap inference, small memory and simple code.\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_use_cases_after_a_colon_are_what_the_entry_is_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Merging\n\n- **Zorp merging**: combine models.\n  - Use cases: multi-task models, on-device serving.\n"))
    assert {("zorp merging", "usedFor", "multi-task model"), ("zorp merging", "usedFor", "on-device serving")} <= found, found
    assert not any(o == "use case" for _s, _r, o in found), found


def test_a_fragment_opening_on_an_acronym_keeps_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Agents\n\n- [Zorpkit](https://example.org/): AI agent framework reimagined for engineers.\n"))
    assert ("zorpkit", "isA", "ai agent framework") in found, found
    graph = build(tmp_path / "again", "# Agents\n\n- [Zorpkit](https://example.org/): AI agent framework reimagined for engineers.\n")
    labels = {graph.label(c) for c in graph.concepts(topics=False)}
    assert "AI agent framework" in labels and "aI agent framework" not in labels, labels


# ---------------------------------------------------------------- items with items under them and no colon


def test_a_bare_item_above_others_is_what_they_speak_of(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Zorp notes

        - zorp language model
          - trained on kestrel text
          - uses context from both sides
        - the last mile is hard
          - uses wombat tools
        """))
    assert ("zorp language model", "trainedOn", "kestrel text") in found, found
    assert ("zorp language model", "uses", "context") in found, found
    assert not any(o == "wombat tool" for _s, _r, o in found), found  # a sentence above it names no subject


@pytest.mark.parametrize("item", ["two main types of zorp models", "zorp models", "3 types"])
def test_an_item_that_introduces_its_items_needs_no_colon(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n## Zorp models\n\n- {item}\n  - kestrel\n  - wombat\n"))
    assert {("kestrel", "isA", "zorp model"), ("wombat", "isA", "zorp model")} <= found, found


def test_items_ending_on_the_words_above_them_are_kinds_and_other_names_are_within_its_scope(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Training

        ## Parallelism

        - Zorp parallelism
          - kestrel zorp parallelism
          - wombat parallelism
          - memory footprint
          - uses many devices
        - **Tensor parallelism**: splits each layer.
        - **Dense model**: uses every weight.
        """)
    found = lowered(graph)
    assert {("kestrel zorp parallelism", "isA", "zorp parallelism"), ("zorp parallelism", "isA", "parallelism"),
            ("tensor parallelism", "isA", "parallelism")} <= found, found
    # a shared head under it makes a kind too ("- Model parallelism" / "  - Tensor parallelism", as readers of notes read
    # it: right every time it was met in forty-four sets of held-out notes); other words are within its scope
    assert {("wombat parallelism", "isA", "zorp parallelism"), ("zorp parallelism", "includes", "memory footprint")} <= found, found
    assert not any(s == "dense model" and r == "isA" for s, r, _o in found), found
    assert ("shared-head", "structural") in rules(graph, "kestrel zorp parallelism", "isA", "zorp parallelism")
    assert rules(graph, "zorp parallelism", "includes", "memory footprint") == {("outline-item", "structural")}


def test_a_link_s_shown_words_in_the_plural_name_the_note_linked_to(tmp_path: Path) -> None:
    """ "Two approaches: clay packing and [[Moss Lining|moss layers]]": the words shown, read in the singular, are the
    note linked to, no concept "moss layer"."""
    graph = build_files(tmp_path, {"Dens/Den Sealing.md": "# Den Sealing\n\nSealing that closes a den.\n\n"
                                                          "Two approaches: clay packing and [[Moss Lining|moss layers]].\n",
                                   "Dens/Moss Lining.md": "# Moss Lining\n\nLining dens with moss.\n"})[1]
    found = lowered(graph)
    assert {("clay packing", "isA", "den sealing"), ("moss lining", "isA", "den sealing")} <= found, found
    assert_no_concept(graph, "moss layer")


def test_one_example_labelled_in_a_note_is_an_example_of_the_note_s_concept(tmp_path: Path) -> None:
    """ "- example: [[Burrowbox]]" in the note "Dens" (a page of a vault), as "- examples: A, B" is: an example of dens."""
    found = lowered(build_files(tmp_path, {"pages/Dens.md": "- a hole a wombat lives in\n- example: [[Burrowbox]]\n- examples: Mossden, Claybox\n",
                                           "pages/Burrowbox.md": "- a den design\n"})[1])
    assert {("burrowbox", "exampleOf", "dens"), ("mossden", "exampleOf", "dens")} <= found, found


@pytest.mark.parametrize("child", ["- risk: competitors copy you", "- [Zorp guide](https://example.org/zorp)", "- uses many devices",
                                   "- metric: `accuracy`, sometimes `F1`", "- tool: Digbox"])
def test_a_remark_a_link_or_a_sentence_under_a_bare_item_is_not_in_its_scope(tmp_path: Path, child: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n- zorp evaluation\n  {child}\n  - kestrel metric\n"))
    assert {o for s, r, o in found if s == "zorp evaluation" and r == "includes"} == {"kestrel metric"}, found


@pytest.mark.parametrize("link", [False, True])
def test_a_gerund_alone_under_a_bare_item_is_within_its_scope_and_a_defined_term_is_an_entry(tmp_path: Path, link: bool) -> None:
    """ "- [[burrow upkeep]]" / "  - [[sweeping]]": a gerund alone names a thing in the item's scope, and so
    does a term with a terse definition of its own ("- [[den sealing]]: closes ..."), an entry within the
    item's scope; "- variation: ..." is a remark, no term."""
    def term(words: str) -> str:
        return f"[[{words}]]" if link else words
    graph = build(tmp_path, f"""\
        # Burrows

        - {term("burrow upkeep")}
        \t- {term("sweeping")}
        \t\t- every week, by hand
        \t- {term("den sealing")}: closes the den with clay
        \t- variation: the den is sealed with moss
        """)
    found = lowered(graph)
    assert {o for s, r, o in found if s == "burrow upkeep" and r == "includes"} == {"sweeping", "den sealing"}, found
    assert_no_concept(graph, "variation")


def test_a_kind_named_by_hyphenated_words_ends_on_the_words_above(tmp_path: Path) -> None:
    """ "- zero-shot in-context den survey" under "- in-context den survey": "in" is part of a word, no
    preposition that would put the head elsewhere."""
    found = lowered(build(tmp_path, "# Notes\n\n- in-context den survey\n  - zero-shot in-context den survey\n  - many-shot in-context den survey\n"))
    assert {("zero-shot in-context den survey", "isA", "in-context den survey"),
            ("many-shot in-context den survey", "isA", "in-context den survey")} <= found, found


@pytest.mark.parametrize("heading, item", [
    ("Intuition of inertia", "high inertia"),  # the heading's head is "intuition"
    ("Running LLMs", "open-source LLMs"),  # a doing, not a kind
    ("Quantization", "introduction to quantization"),  # a title whose head is "introduction"
    ("Perplexity", "lower perplexity"),  # a degree
    ("Eigenvectors", "first eigenvector"),  # a place in order
])
def test_sharing_a_last_word_is_no_kind_where_the_head_is_not_it(tmp_path: Path, heading: str, item: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n## {heading}\n\n- {item}\n  - something about it\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_an_item_of_names_after_e_g_gives_examples_of_the_entry_above(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Serving

        - **Zorp gateway**: one interface to many models.
          - For example, Kestrel uses a router.
          - e.g. Wombat, Quokka Gateway
          - Example: predicting house prices
        """))
    assert {("wombat", "isA", "zorp gateway"), ("quokka gateway", "isA", "zorp gateway")} <= found, found
    assert not any(o == "kestrel" or s in ("kestrel", "predicting house price") for s, _r, o in found
                   if _r in ("exampleOf", "isA")), found  # a sentence, and a doing, name no example


def test_an_item_under_an_entry_speaks_of_the_entry_not_of_the_item_before(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Routing

        - **Zorp router**: picks a model per query.
          - Kestrel uses attention.
          - uses a wombat classifier
        """))
    assert ("zorp router", "uses", "wombat classifier") in found, found
    assert ("kestrel", "uses", "wombat classifier") not in found, found


def test_counted_groups_with_a_place_and_a_labelled_list_whose_last_item_says_more(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        ## Zorp tuning

        - Two main groups in the book:
          - kestrel methods: add trainable modules
          - wombat methods: add trainable tokens
        - Zorp databases: Quokka, Numbat, and the Bilby store used in llama.cpp.
        """))
    assert {("kestrel method", "isA", "zorp tuning"), ("wombat method", "isA", "zorp tuning"),
            ("quokka", "isA", "zorp database"), ("numbat", "isA", "zorp database")} <= found, found


def test_names_listed_under_a_bare_item_and_an_example_with_its_citation(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - zorp optimization
          - quantization, distillation, kestrel parallelism
          - model serving
          - Address imbalanced datasets, a common challenge.
        - masked zorp model
          - e.g. KERT (Moreno et al 2018)
        """))
    assert {("zorp optimization", "includes", o) for o in ("quantization", "distillation", "kestrel parallelism", "model serving")} <= found, found
    assert {("kert", "isA", "masked zorp model"), ("kert", "developedBy", "moreno et al.")} <= found, found
    assert not any("imbalanced" in o or "challenge" in o for _s, _r, o in found), found


def test_an_item_saying_what_the_entry_is_for_without_a_verb(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        - masked zorp model
          - mostly for non-generative work: sentiment analysis, text classification
          - good for kestrel search
          - For GPT-4, an average token is short.
        """))
    assert {("masked zorp model", "usedFor", o) for o in ("sentiment analysis", "text classification", "kestrel search")} <= found, found
    assert not any(o.startswith("gpt-4") or o.startswith("average") for s, r, o in found if r == "usedFor"), found


def test_a_kind_listed_with_its_examples_in_parentheses_and_no_description_as_a_member(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Agents

        - Tools fall into three buckets:
          - kestrel augmentation (retrievers, web search, SQL executor)
          - wombat extension (e.g., calculator, code interpreter)
        - **Regression Models**:
          - Used for predicting continuous outputs (e.g., house prices, stock prices).
        """))
    assert {("kestrel augmentation", "isA", "tool"), ("web search", "exampleOf", "kestrel augmentation"),
            ("sql executor", "exampleOf", "kestrel augmentation"), ("calculator", "exampleOf", "wombat extension")} <= found, found
    assert not any(s.startswith("used for") or o == "house price" for s, _r, o in found), found


def test_an_item_that_only_sorts_is_a_class_of_the_heading_and_its_items_are_its_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        ### Burrow

        - Soil-level
          - Wombat burrow
          - Kestrel burrow — a hollow in a cliff
        - Root-based
          - Quokka burrow
          - tunnel sealing
        """))
    assert {("soil-level burrow", "isA", "burrow"), ("root-based burrow", "isA", "burrow")} <= found, found
    assert {("wombat burrow", "isA", "soil-level burrow"), ("kestrel burrow", "isA", "soil-level burrow"),
            ("quokka burrow", "isA", "root-based burrow")} <= found, found
    assert ("tunnel sealing", "isA", "root-based burrow") not in found  # no shared head: within its scope, no kind


def test_a_property_named_in_relation_words_states_that_relation_and_a_verb_item_names_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - ## Burrows
        - [[Zorp-Augmented Kestrels]]
          isA:: [[burrow method]]
          introduced-by:: Wombat Labs
          used-for:: [[burrow search]]
          architecture:: [[digger]]
        	- retrieves burrows
        	- sales forecasts
        """)
    found = lowered(graph)
    assert {("zorp-augmented kestrel", "developedBy", "wombat labs"), ("zorp-augmented kestrel", "usedFor", "burrow search")} <= found
    assert not any(o == "digger" for _s, _r, o in found)  # "architecture::" names no relation
    assert_no_concept(graph, "retrieves burrow")  # a verb the tagger calls a plural noun, and its object
    assert ("sales forecast", "isA", "zorp-augmented kestrel") in found


def test_a_property_named_by_a_plural_of_tools_lists_what_the_concept_is_done_with(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - ## Burrows
        - [[burrow search]]
        	- finds the nearest burrow
        	- libraries:: [[Quill]], [[Moss]]
        	- tools:: [[Twig]]
        	- birds:: [[Kestrel]]
        """)
    found = lowered(graph)
    assert {("quill", "usedFor", "burrow search"), ("moss", "usedFor", "burrow search"), ("twig", "usedFor", "burrow search")} <= found
    assert {("quill", "isA", "library"), ("moss", "isA", "library")} <= found
    assert graph.class_of(graph.resolve("Twig")) == "Tool"
    assert not any("kestrel" in (s, o) for s, _r, o in found)  # "birds::" names no relation and no tools


def test_a_property_named_by_a_plural_of_measures_lists_what_measures_the_concept(tmp_path: Path) -> None:
    """ `metrics:: A, B`, `benchmarks:: C` on den warmth: it is measured by A and B (each a metric) and
    evaluated by C (a benchmark), as such columns of a table would say; "benchmarks" is no verb here."""
    found = lowered(build(tmp_path, """\
        - ## Burrows
        - [[den warmth]]
        \t- how warm a den stays
        \t- metrics:: Heat Score, Moss Score
        \t- benchmarks:: [[DenBench]]
        """))
    assert {("den warmth", "measuredBy", "heat score"), ("den warmth", "measuredBy", "moss score"),
            ("heat score", "isA", "metric"), ("moss score", "isA", "metric"),
            ("den warmth", "evaluatedBy", "denbench"), ("denbench", "isA", "benchmark")} <= found, found
    assert not any(r == "evaluates" for _s, r, _o in found), found


def test_columns_of_what_a_row_fixes_and_its_limitations_and_a_shared_noun_in_a_cell(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        ## Approaches

        | Approach | Fixes | Limitations |
        |---|---|---|
        | Kestrel prompting | format, instructions | hallucination |
        | Wombat retrieval | missing or outdated facts | slow |
        | Quokka tuning | pruning or quantized models | - |
        """))
    assert {("kestrel prompting", "usedFor", "format"), ("kestrel prompting", "usedFor", "instruction")} <= found, found
    assert ("kestrel prompting", "suffersFrom", "hallucination") in found, found
    assert {("wombat retrieval", "usedFor", "missing fact"), ("wombat retrieval", "usedFor", "outdated fact")} <= found, found
    assert ("quokka tuning", "usedFor", "pruning") in found, found  # a doing, no adjective: "pruning model" it is not
    assert not any(o in ("formatting instructions", "missing", "slow") for _s, _r, o in found), found


def test_a_bold_label_or_a_plural_label_alone_on_its_line_heads_the_list_below(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Study guide

        **Burrow metrics**
        1. Tunnel depth — how deep the burrow goes.
        2. Exit count — the number of exits.

        **Nest care**
        - Moss drying
        - Nest cleaning

        Rating schemes:
        - Elo
        - Glicko

        Two hypotheses from the book:
        1. tunnel drift: the burrow slowly moves
        2. soil creep

        Key takeaways:
        - Kestrel digs fast.
        """)
    facts = lowered(graph)
    assert {("tunnel depth", "isA", "burrow metric"), ("exit count", "isA", "burrow metric")} <= facts
    assert {("elo", "isA", "rating scheme"), ("glicko", "isA", "rating scheme")} <= facts
    assert rules(graph, "Elo", "isA", "rating scheme") == {("nested-list", "structural")}
    assert not any(o.startswith(("hypothes", "key takeaway")) for _s, _r, o in facts), facts


def test_a_label_opening_with_a_participle_is_no_instruction(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Burrows

        - Specialized diggers: root diggers, stone diggers, moss diggers.
        - Combine different strategies: root digging, stone digging.

        Digging tools: clay pick, root spade.
        """))
    assert {(x, "isA", "specialized digger") for x in ("root digger", "stone digger", "moss digger")} <= facts
    assert {("clay pick", "isA", "digging tool"), ("root spade", "isA", "digging tool")} <= facts, facts  # a gerund: no order
    assert not any(o.startswith("different strateg") for _s, _r, o in facts)  # an instruction, read as one


@pytest.mark.parametrize("item", [
    "- **Evaluate dig planning tools**: DenMap, HoleFinder, BurrowGrad. Careful, they cost.",
    "- Evaluate dig planning tools: DenMap, HoleFinder (Wombat Labs), BurrowGrad",  # a maker in parentheses: no list of examples
])
def test_names_after_an_instruction_are_of_the_kind_its_object_names(tmp_path: Path, item: str) -> None:
    facts = lowered(build(tmp_path, "# Burrows\n\n" + item + "\n- **Combine different strategies**: root digging, stone digging.\n"))
    assert {(x, "isA", "dig planning tool") for x in ("denmap", "holefinder", "burrowgrad")} <= facts, facts
    assert not any(o.startswith("different strateg") for _s, _r, o in facts), facts  # doings, no names: an instruction


def test_names_listed_under_a_plural_heading_with_a_class_are_of_its_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Burrow frameworks

        - Quokka-LLM — Kestrel Labs
        - SGLang
        - tunnel caching

        ## Key takeaways

        - Wombat
        """)
    facts = lowered(graph)
    assert {("quokka-llm", "isA", "burrow framework"), ("sglang", "isA", "burrow framework")} <= facts
    assert rules(graph, "SGLang", "isA", "burrow framework") == {("heading-kind", "structural")}
    assert not any(s in {"tunnel caching", "wombat"} for s, _r, _o in facts)  # no name; no class in "takeaways"


def test_a_kind_with_a_relative_clause_heads_its_items_and_a_maker_in_parentheses_is_kept(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - Compilers that lower a burrow map to soil kernels
          - kestrel.compile (Zorp Labs)
          - Wombat TVM
        - Burrow quality has several aspects:
          - uniqueness (→ deduplication)
        """))
    assert {("kestrel.compile", "isA", "compiler"), ("wombat tvm", "isA", "compiler")} <= facts
    assert ("kestrel.compile", "developedBy", "zorp labs") in facts
    assert not any(o == "deduplication" for _s, _r, o in facts)  # an arrow points elsewhere, names no maker


def test_a_linked_item_under_a_plural_is_one_of_them_even_over_items_of_its_own(tmp_path: Path) -> None:
    # a Logseq outline: "- [[retrieval algorithms]]" / "- [[term-based retrieval]]" / "- finds documents by keywords"
    facts = lowered(build(tmp_path, """\
        - burrow algorithms:
        \t- [[term-based digging]]
        \t\t- finds tunnels by their smell
        \t- [[scent-based digging]]
        - Foundation burrows
          - tunnel data
            - Common Moss
        """))
    assert {("term-based digging", "isA", "burrow algorithm"), ("scent-based digging", "isA", "burrow algorithm")} <= facts, facts
    assert ("tunnel data", "isA", "foundation burrow") not in facts, facts  # a plain word over items is a topic of it


def test_a_child_item_that_lists_names_under_a_plural_category_makes_each_a_member(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        - Burrows
          - Burrow metrics
            - moss depth, twig count
          - Burrow pests
            - digging beetles eat roots
        """))
    assert {("moss depth", "isA", "burrow metric"), ("twig count", "isA", "burrow metric")} <= found
    assert not any(o == "burrow pest" and "beetle" in s and "root" in s for s, _r, o in found)  # a sentence, no list


def test_cons_nested_under_an_item_are_that_items(tmp_path: Path) -> None:
    """The item right above "cons:" owns the problems, a name with "as a" in it too; an item above it
    that names nothing ("- what went wrong") hands them to no one above it."""
    found = lowered(build(tmp_path, """\
        # Birds

        - Tracking
          - radar tracking
            - pros: cheap, fast
            - cons:
              - glare
          - kestrel as a radar
            - drawbacks:
              - fog
          - what went wrong
            - cons:
              - rain
        """))
    assert {("radar tracking", "suffersFrom", "glare"), ("kestrel as a radar", "suffersFrom", "fog")} <= found
    assert not {f for f in found if f[1] == "suffersFrom" and f[2] in {"cheap", "fast", "rain"}}, found


@pytest.mark.parametrize("item", [
    "- tunnel cons: slow drainage, collapse risk",
    "- Limitations of tunnels: slow drainage, collapse risk",
    "- tunnel drawbacks:\n  - slow drainage\n  - collapse risk",
    "- limitations of tunnels\n  - slow drainage\n  - collapse risk",
])
def test_a_label_of_a_things_problems_lists_what_it_suffers_from(tmp_path: Path, item: str) -> None:
    graph = build(tmp_path, f"# Burrows\n\n{item}\n")
    assert {("tunnel", "suffersFrom", "slow drainage"), ("tunnel", "suffersFrom", "collapse risk")} <= lowered(graph)
    assert "tunnel con" not in names(graph)


def test_a_noun_before_risks_names_a_kind_of_risk_not_whose(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- flood risks: heavy rain, blocked drains\n"))
    assert not {f for f in found if f[1] == "suffersFrom"}, found


def test_items_under_an_outline_item_say_what_their_own_subjects_do(tmp_path: Path) -> None:
    """ "- shallow tunnels use loose sand" under "- wombat burrows" is about the tunnels, not the
    burrows under another name; "X -> uses Y" in shorthand says what "X uses Y" does."""
    found = lowered(build(tmp_path, """\
        # Burrows

        - wombat burrows
          - shallow tunnels use loose sand
          - deep tunnels -> uses clay walls
          - wet tunnels → floods
        """))
    assert {("shallow tunnel", "uses", "loose sand"), ("deep tunnel", "uses", "clay wall")} <= found
    assert not {f for f in found if f[0] == "wombat burrow" and f[1] == "uses"}, found


def test_problems_listed_under_a_heading_are_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Burrow radar" / "- limitations" (no colon) or "- challenges:" over items: the radar's
    problems; under a heading that names nothing ("## Why it failed?"), nobody's."""
    found = lowered(build(tmp_path, """\
        # Field notes

        ## Burrow radar
        - limitations
          - **glare**: wet soil reflects everything
        - challenges:
          - calibration drift

        ## Why did it fail?
        - limitations
          - rain
        """))
    assert {("burrow radar", "suffersFrom", "glare"), ("burrow radar", "suffersFrom", "calibration drift")} <= found
    assert not {f for f in found if f[2] == "rain"}, found


def test_other_names_given_under_a_heading_name_what_it_names(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Field notes

        ## Burrow radar
        - a.k.a. **ground radar** / **GPR**: uses radio waves to see tunnels
        """)
    radar = graph.resolve("GPR")
    assert graph.label(radar) == "burrow radar" and "ground radar" in graph.aliases(radar)
    assert ("burrow radar", "uses", "radio wave") in lowered(graph)
    assert "a.k.a. ground radar" not in names(graph)


@pytest.mark.parametrize("other", ["aka burrow radar", "a.k.a. burrow radar", "also called burrow radar"])
def test_another_name_nested_under_an_item_names_what_the_item_names(tmp_path: Path, other: str) -> None:
    """ "- ground radar" / "  - aka burrow radar": another name of the ground radar, no thing it includes."""
    graph = build(tmp_path, f"# Field notes\n\n- ground radar\n  - {other}\n  - sees tunnels\n")
    assert graph.label(graph.resolve("burrow radar")) == "ground radar"
    assert not any("aka" in s or "aka" in o or "called" in o for s, _r, o in lowered(graph)), lowered(graph)


def test_examples_after_a_semicolon_are_the_terms(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- **escape burrow**: short and shallow; e.g. Dash Hole, Quick Pit\n"))
    assert {("dash hole", "isA", "escape burrow"), ("quick pit", "isA", "escape burrow")} <= found


@pytest.mark.parametrize("said", ["Example is Dash Hole.", "An example is Dash Hole.", "One example is Dash Hole."])
def test_an_example_said_in_a_sentence_of_its_own_is_the_terms(tmp_path: Path, said: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n- **escape burrow**: a short burrow dug in a hurry. {said}\n"))
    assert ("dash hole", "isA", "escape burrow") in found, found


@pytest.mark.parametrize("item", ["- **depth**, **width**, **cross slope**", "- depth, width, cross slope",
                                  "- cross slope, depth, width"])
def test_names_listed_in_one_item_under_a_heading_of_a_kind_are_each_one(tmp_path: Path, item: str) -> None:
    """ "## Burrow metrics" / "- depth, width, cross slope": each is a burrow metric ("cross slope"
    first is a name, no instruction), and none includes the others."""
    found = lowered(build(tmp_path, f"# Notes\n\n## Burrow metrics\n{item}\n"))
    assert {(m, "isA", "burrow metric") for m in ("depth", "width", "cross slope")} <= found
    assert not {f for f in found if f[1] == "includes"}, found


def test_a_term_set_off_by_a_comma_before_what_it_is_is_still_a_term(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n**Deep digging**, the skill described in the Burrow Guide, lets a wombat hide.\n")
    assert "deep digging" in names(graph)


def test_an_example_nested_under_an_entry_is_what_its_item_speaks_of(tmp_path: Path) -> None:
    """ "- **deep burrow**: ..." / "  - e.g. Dash Hole: a burrow that uses clay walls": Dash Hole is an
    example of deep burrows and what uses the clay walls; the deep burrow uses none."""
    found = lowered(build(tmp_path, """\
        # Burrows

        - **deep burrow**: a burrow below the frost line
          - e.g. Dash Hole: a burrow that uses clay walls
        """))
    assert {("dash hole", "exampleOf", "deep burrow"), ("dash hole", "uses", "clay wall")} <= found, found
    assert ("deep burrow", "uses", "clay wall") not in found


@pytest.mark.parametrize("item", ["- den = moss + twigs + digging mud; do not trust a den without all three",
                                  "- den = moss + twigs + digging mud (+ feathers)"])
def test_a_sum_of_parts_holds_them_whatever_follows_it(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{item}\n"))
    assert {("den", "contains", part) for part in ("moss", "twig", "digging mud")} <= found, found


def test_a_clause_with_a_verb_the_tagger_took_for_a_plural_is_no_sum_of_parts(tmp_path: Path) -> None:
    """ "...; badger outputs tunnel maps + nests": "outputs" is the clause's verb, no part of a noun phrase."""
    found = lowered(build(tmp_path, "# Burrows\n\n- **den sealing**: the walls pressed shut; badger outputs tunnel maps + nests\n"))
    assert not any(r == "contains" for _s, r, _o in found), found


def test_two_bold_sides_of_an_item_contrast_and_its_items_are_no_kinds_of_both(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        - **deep digging** vs **shallow digging**
          - deep = slow
        - static burrows vs dynamic burrows
          - static = fixed
        """))
    assert {("deep digging", "contrastsWith", "shallow digging"), ("static burrow", "contrastsWith", "dynamic burrow")} <= found
    assert not {f for f in found if " vs " in f[2] or " vs " in f[0]}, found


@pytest.mark.parametrize("item", ["- Use cases for deep burrows: flood shelter, nesting, food storage.",
                                  "Common uses of deep burrows: flood shelter, nesting, food storage"])
def test_a_label_of_uses_of_a_thing_says_what_the_thing_is_for(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{item}\n"))
    assert {("deep burrow", "usedFor", use) for use in ("flood shelter", "nesting", "food storage")} <= found, found


@pytest.mark.parametrize("item", ["- **Root pruning**: cutting roots that block a tunnel. A form of tunnel maintenance.",
                                  "- **Root pruning**: cutting roots that block a tunnel. A special case of tunnel maintenance.",
                                  "root pruning = cut roots that block a tunnel\n- a form of tunnel maintenance (Kim & Lee, 1976)"])
def test_a_sentence_that_is_only_a_kind_says_what_the_entry_is(tmp_path: Path, item: str) -> None:
    assert ("root pruning", "isA", "tunnel maintenance") in lowered(build(tmp_path, f"# Burrows\n\n{item}\n"))


@pytest.mark.parametrize("item", ["- **Clay lining** — three reasons people use it: strength, dryness, quiet.",
                                  "- **Clay lining**\n  - why use it: strength, dryness, quiet",
                                  "## Clay lining\n\n- What it improves: strength, dryness, and most often quiet",
                                  "## Clay lining\n\nGood for: strength, dryness, quiet."])
def test_reasons_to_use_a_thing_are_what_it_is_for(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{item}\n"))
    assert {("clay lining", "usedFor", goal) for goal in ("strength", "dryness", "quiet")} <= found, found


def test_examples_of_an_item_in_a_labelled_list_are_kinds_of_it(tmp_path: Path) -> None:
    """ "- What it improves: den warmth (winter, rain), safety, and wall formats (ClayML, MossML)": what the entry is for,
    and each example of an item."""
    found = lowered(build(tmp_path, "# Burrows\n\n## Den sealing\n\n- What it improves: den warmth (winter, rain), safety, "
                                    "and wall formats (ClayML, MossML)\n"))
    assert {("den sealing", "usedFor", "wall format"), ("clayml", "isA", "wall format"), ("mossml", "isA", "wall format")} <= found, found


def test_a_labelled_list_under_an_item_says_what_its_label_says(tmp_path: Path) -> None:
    """ "- pros: cheap, quiet" under "- **Clay lining**" includes nothing; "- limitations: A, B" is what
    it suffers from; a bare list ("- moss, twigs") is what it includes."""
    found = lowered(build(tmp_path, "# Burrows\n\n- **Clay lining**\n  - pros: cheap, quiet\n  - limitations: cracks, weight\n  - moss, twigs\n"))
    assert {("clay lining", "suffersFrom", "crack"), ("clay lining", "includes", "moss")} <= found, found
    assert not {f for f in found if f[2] in {"cheap", "quiet"}}, found


@pytest.mark.parametrize("word", ["several", "few", "both"])
def test_a_counted_subject_inside_an_entry_is_no_other_name_of_it(tmp_path: Path, word: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n- **Den sharing**: {word} wombats use one den in winter.\n"))
    assert not {f for f in found if f[0] == "den sharing"}, found


def test_biases_listed_under_an_entry_are_kinds_of_bias_it_suffers_from(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Owls\n\n**Owl judging.** Using an owl to judge burrows.\n"
                                    "- Biases: *self-bias* (an owl favors its own), *depth bias* (favors deep burrows).\n"))
    assert {("self-bias", "isA", "bias"), ("owl judging", "suffersFrom", "self-bias"), ("owl judging", "suffersFrom", "depth bias")} <= found


def test_errors_listed_under_an_entry_are_kinds_of_error_it_suffers_from(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Owls\n\n**Owl judging.** Using an owl to judge burrows.\n- Errors: *depth errors*, *width errors*.\n"))
    assert {("depth error", "isA", "error"), ("owl judging", "suffersFrom", "depth error")} <= found, found


@pytest.mark.parametrize("pointer", ["See also scout digging.", "Related: **scout digging**.", "See also: scout digging."])
def test_a_pointer_after_an_entrys_definition_relates_it(tmp_path: Path, pointer: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n- **Root batching**: grouping root cuts into one trip. {pointer}\n"))
    assert ("root batching", "relatedTo", "scout digging") in found, found


def test_examples_named_with_their_article_are_examples(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n**Tunnel bracing:** keeping a tunnel open. e.g. the Kim brace, root frames.\n"))
    assert {("kim brace", "exampleOf", "tunnel bracing"), ("root frame", "exampleOf", "tunnel bracing")} <= found, found


def test_a_plural_label_before_e_g_lists_its_examples_as_a_colon_would(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n**Tunnel bracing** — keeping a tunnel open. Methods e.g. root frames, clay rings.\n\n"
                                    "Wombats e.g. Ada are big.\n"))
    assert {("root frame", "isA", "tunnel bracing"), ("clay ring", "isA", "tunnel bracing")} <= found, found
    assert not {f for f in found if f[0] == "ada" and f[1] == "isA"}, found


@pytest.mark.parametrize("said", ["Broken down into time to first scratch and time per tunnel.",
                                  "Usually split into time to first scratch and time per tunnel."])
def test_a_sentence_with_no_subject_that_splits_the_entry_names_its_parts(tmp_path: Path, said: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n**Den time:** how long a wombat waits for a den. {said}\n"))
    assert {("den time", "contains", "time to first scratch"), ("den time", "contains", "time per tunnel")} <= found, found


@pytest.mark.parametrize("said", ["An alternative to deep burrows.", "A cheaper alternative to deep burrows."])
def test_a_sentence_with_no_subject_that_is_an_alternative_contrasts(tmp_path: Path, said: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n**Quick pits** — shallow holes. {said}\n"))
    assert ("quick pit", "contrastsWith", "deep burrow") in found, found


def test_a_sentence_with_no_subject_that_relates_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n**Den warmth** — how warm a den stays. Similar to moss depth.\n"))
    assert ("den warmth", "relatedTo", "moss depth") in found, found


@pytest.mark.parametrize("pointer", ["- See also: [[Kestrel]]", "- Related: [[Kestrel]]", "## See also\n\n- [[Kestrel]]",
                                     "## Related notes\n\n- [[Kestrel]]"])
def test_links_after_a_pointer_label_or_under_a_pointer_heading_are_the_note_s(tmp_path: Path, pointer: str) -> None:
    """In a note whose text never names its concept, "- See also: [[X]]" or "## See also" / "- [[X]]"
    relates the note's concept to X."""

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": f"Freezes the pretrained weights.\n\n{pointer}\n",
                                            "vault/Kestrel.md": "Kestrel is a merging method.\n"})
    found = lowered(graph)
    assert ("zorp", "relatedTo", "kestrel") in found, found


@pytest.mark.parametrize("label", ["Related", "See also", "Further reading"])
def test_a_pointer_label_on_an_item_is_no_term(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n**Root batching** groups root cuts into one trip.\n\n- {label}: [[Scout digging]]\n"))
    assert ("root batching", "relatedTo", "scout digging") in found, found
    assert not any(label.lower() in (s, o) for s, _r, o in found), found


def test_items_that_open_with_a_participle_in_a_note_are_said_of_the_note(tmp_path: Path) -> None:
    """ "- Used for X" items one after another in a note: each of the note's concept, as under an entry;
    not an item with a label of its own ("- **Clay**: Used to line walls.")."""

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": """\
        Zorp keeps the k deepest tunnels.

        - Used in burrow mapping and den search
        - Used for root finding.
        - Mostly used by young wombats
        - **Clay**: Used to line the walls.
        """, "vault/Kestrel.md": "Kestrel is a digging method.\n"})
    found = lowered(graph)
    assert {("zorp", "usedFor", "burrow mapping"), ("zorp", "usedFor", "den search"), ("zorp", "usedFor", "root finding")} <= found, found
    assert not any(s == "zorp" and o in {"wall", "lining the wall"} for s, _r, o in found), found


def test_bare_names_under_an_item_that_says_what_it_is_are_within_its_scope(tmp_path: Path) -> None:
    """ "- Zorp: digs a few tunnels" over "- kestrel digging", "- root batching": names in its scope, as
    under a bare "- Zorp"; a flow ("- clay, sand -> dry walls") lists no names."""
    found = lowered(build(tmp_path, """\
        # Burrows

        - Zorp: digs only a few tunnels
          - kestrel digging
          - root batching, den sweeping
          - clay, sand -> dry walls
        """))
    assert {("zorp", "includes", "kestrel digging"), ("zorp", "includes", "root batching"), ("zorp", "includes", "den sweeping")} <= found, found
    assert not any(o in {"clay", "sand", "dry wall"} for _s, _r, o in found), found


def test_a_note_s_long_name_before_its_abbreviation_ends_at_the_verb(tmp_path: Path) -> None:
    """ "Burrow-augmented digging (BAD) retrieves tunnels." opening BAD.md: the long name is another
    label of BAD, without the verb the tagger takes for a plural noun ("retrieves")."""

    _result, graph = build_files(tmp_path, {"vault/BAD.md": "Burrow-augmented digging (BAD) retrieves tunnels before it digs.\n",
                                            "vault/Kestrel.md": "Kestrel is a digging method.\n"})
    labels = {label.lower() for concept in graph.concepts() for label in [graph.label(concept), *graph.aliases(concept)]}
    assert "burrow-augmented digging" in labels, labels
    assert not any("retrieves" in label for label in labels), labels


@pytest.mark.parametrize("section", ["## Variants\n\n- [[Zorp-lite]]\n- [[Zorp-max]] — zorp with deeper tunnels",
                                     "## Types\n\n- [[Zorp-lite]]\n- [[Zorp-max]]",
                                     "## Two buckets\n\n**Light ones**: dig less\n- [[Zorp-lite]]\n\n**Heavy ones**\n- [[Zorp-max]]",
                                     "Types:: [[Zorp-lite]], [[Zorp-max]]"])
def test_a_note_s_variants_or_types_are_its_kinds(tmp_path: Path, section: str) -> None:
    """"## Variants" over links, or a "types::" field, in the note on Zorp (with no title heading): each
    link is a kind of Zorp, not only related to it."""

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": f"Zorp is a digging method.\n\n{section}\n",
                                            "vault/Kestrel.md": "Kestrel is a digging method.\n"})
    found = lowered(graph)
    assert {("zorp-lite", "isA", "zorp"), ("zorp-max", "isA", "zorp")} <= found, found


def test_items_without_links_under_a_note_s_types_are_its_kinds(tmp_path: Path) -> None:
    """ "## Types" / "- full zorping — digs every tunnel" in the note on Zorp: one of its kinds, as a
    link there is; a label with its own list ("- by depth: A, B") is none."""

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": "Zorp is a digging method.\n\n## Types\n"
                                            "- full zorping — digs every tunnel\n- **Light zorping**: digs a few\n"
                                            "- by depth: shallow zorping, deep zorping\n",
                                            "vault/Kestrel.md": "Kestrel is a digging method.\n"})
    found = lowered(graph)
    assert {("full zorping", "isA", "zorp"), ("light zorping", "isA", "zorp")} <= found, found
    assert not any(s in {"by depth", "depth"} for s, _r, _o in found), found


def test_items_under_ways_of_doing_what_the_note_names_are_its_kinds(tmp_path: Path) -> None:
    """ "## 3 ways to merge" in the note on den merging: each way is a kind of den merging; not in the
    note on a thing ("## 3 ways to speed it up" in the note on Kestrel)."""

    _result, graph = build_files(tmp_path, {
        "vault/Den merging.md": "Den merging is combining dens.\n\n## 3 ways to merge\n1. **Summing** — add the rooms\n2. **Stacking** — stack rooms\n",
        "vault/Kestrel.md": "Kestrel is a radar.\n\n## 3 ways to speed it up\n1. **Caching** — keep echoes\n"})
    found = lowered(graph)
    assert {("summing", "isA", "den merging"), ("stacking", "isA", "den merging")} <= found, found
    assert not any(s == "caching" and r == "isA" for s, r, _o in found), found


def test_a_related_field_relates_the_note(tmp_path: Path) -> None:

    _result, graph = build_files(tmp_path, {"vault/Zorp.md": "Digs tunnels.\n\nrelated:: [[Kestrel]]\n",
                                            "vault/Kestrel.md": "Kestrel is a digging method.\n"})
    assert ("zorp", "relatedTo", "kestrel") in lowered(graph)


def test_parts_of_a_thing_listed_under_an_entry_are_its_parts(tmp_path: Path) -> None:
    """ "- Parts of a burrow" nested under an entry, over bare items: the burrow contains each, as
    under a heading "## Parts of a burrow" (not the entry above it)."""
    found = lowered(build(tmp_path, """\
        # Burrows

        - **Burrow digging** is how wombats make homes.
          - Parts of a burrow
            - entrance tunnel
            - sleeping chamber
        """))
    assert {("burrow", "contains", "entrance tunnel"), ("burrow", "contains", "sleeping chamber")} <= found, found
    assert not any(s == "burrow digging" and o in {"entrance tunnel", "sleeping chamber"} for s, _r, o in found), found


@pytest.mark.parametrize(("value", "edge"), [("burrow attack", ("zorp", "isA", "burrow attack")), ("method", None), ("Tecnique", None)])
def test_a_type_field_that_names_no_class_is_a_kind(tmp_path: Path, value: str, edge: tuple[str, str, str] | None) -> None:
    """Logseq's "type:: burrow attack": a kind in the writer's words; a shell word ("method") gives its
    class only, and a slip for a class ("Tecnique") stays a warning, no concept."""

    result, graph = build_files(tmp_path, {"notes.md": f"# Burrows\n\n- **Zorp** floods tunnels.\n  type:: {value}\n"})
    found = lowered(graph)
    if edge is None:
        assert not any(r == "isA" for _s, r, _o in found), found
    else:
        assert edge in found, found
    assert any("Tecnique" in str(w) for w in result.warnings) == (value == "Tecnique")


def test_terms_listed_first_under_a_heading_that_names_a_field_are_its_topic_s_and_nothing_more(tmp_path: Path) -> None:
    """ "## Burrow engineering" / "- **Tunnel bracing**: ...": terms of the section, in its topic; standing under a heading
    states no relation to what it names (read as "includes", such edges were wrong three times in four on notes kept
    out of the project, where readers drew kinds, parts or nothing)."""
    graph = build(tmp_path, """\
        # Burrows

        ## Burrow engineering

        - **Tunnel bracing**: keeps the roof up.
        - **Soil sampling** — tells clay from sand.
          More on it later.
        - clay removal
        """)
    assert {"tunnel bracing", "soil sampling"} <= names(graph), names(graph)
    assert not any("burrow engineering" in (s, o) for s, _r, o in lowered(graph)), lowered(graph)


@pytest.mark.parametrize("section", [
    "## Burrow engineering\n\nTechniques:\n\n- **Tunnel bracing**: keeps the roof up.\n",  # the line before says what they are
    "## Burrow engineering\n\nWombats dig at night.\n\n- **Tunnel bracing**: keeps the roof up.\n",  # a list after prose
    "## Burrow soil\n\n- **Tunnel bracing**: keeps the roof up.\n",  # a thing, no field: bracing is no part of soil
    "## Burrow engineers\n\n- **Tunnel bracing**: keeps the roof up.\n",  # a plural
    "## Intuition\n\n- **Tunnel bracing**: keeps the roof up.\n",  # a remark's label
])
def test_terms_under_a_heading_are_in_its_scope_only_in_a_list_that_opens_the_section_of_a_field(tmp_path: Path, section: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{section}"))
    assert not any(o == "tunnel bracing" and r == "includes" for _s, r, o in found), found


@pytest.mark.parametrize("label", ["Key methods", "Key methods:", "Main approaches"])
def test_a_label_of_kinds_over_items_lists_them_as_it_does_inline(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"""\
        # Notes

        - **Burrow engineering**: the practice of designing tunnels.
          - {label}
            - Kestrel drift
            - [[Root bracing]] keeps roofs up
        - **Wombat**: a marsupial that digs.
          - Two types
            - common wombat
            - hairy-nosed wombat
          - {label}
            - night digging
        """))
    # a way of doing: its methods are its kinds; of any entry, "types"; of a thing, methods are in its scope
    assert {("kestrel drift", "isA", "burrow engineering"), ("root bracing", "isA", "burrow engineering")} <= found, found
    assert {("common wombat", "isA", "wombat"), ("hairy-nosed wombat", "isA", "wombat")} <= found, found
    assert ("wombat", "includes", "night digging") in found, found


def test_terms_listed_under_a_plural_of_a_class_are_members_and_a_labelled_item_speaks_of_the_heading(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        ## Digging tools

        - **Root spade**: cuts roots.
        - [[Clay pick]] (aka hardpan pick): breaks clay.

        ## Burrow

        - Two components: a [[tunnel]] that holds the wombat and a [[nest]] (the den) that keeps it warm.

        ## Foundation wombats

        - **Pouch rearing**: how the young grow.
        """))
    assert {("root spade", "isA", "digging tool"), ("clay pick", "isA", "digging tool")} <= found, found
    assert {("burrow", "contains", "tunnel"), ("burrow", "contains", "nest")} <= found, found
    assert not any(s == "pouch rearing" and r == "isA" for s, r, _o in found), found  # no class: a subject's topics


def test_a_run_of_glossary_entries_under_a_plural_of_a_class_are_members(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        ## Digging metrics

        **Depth** — how far down a burrow goes. Higher depth means colder dens.
        **Den ratio (DR)** — the share of dens per burrow.

        ## Burrow metrics

        Most of these are rough.

        **Slope** — how steep a tunnel runs.

        ## Foundation wombats

        **Pouch rearing** — how the young grow.
        """))
    assert {("depth", "isA", "digging metric"), ("den ratio", "isA", "digging metric")} <= found, found
    assert not any(s == "slope" and r == "isA" for s, r, _o in found), found  # prose first: the section says more than a list
    assert not any(s == "pouch rearing" and r == "isA" for s, r, _o in found), found  # no class: a subject's topics


@pytest.mark.parametrize("lead", ["Three types of burrow attacks:", "Types of burrow attacks:", "Two main kinds of burrow attacks:"])
def test_a_line_that_counts_kinds_of_a_thing_introduces_them(tmp_path: Path, lead: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{lead}\n1. Roof collapse — the roof falls in.\n2. Root intrusion\n"))
    assert {("roof collapse", "isA", "burrow attack"), ("root intrusion", "isA", "burrow attack")} <= found, found


def test_a_plural_that_lists_its_own_under_an_item_is_no_kind_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - Wombats
          - failure modes: roof collapse, root intrusion
          - den burrows
        - Burrows
          - deep burrows: cold, damp
        """))
    assert ("failure mode", "isA", "wombat") not in found, found  # a category of its own, in the wombat's scope
    assert ("wombat", "includes", "failure mode") in found, found
    assert ("deep burrow", "isA", "burrow") in found, found
    assert not any(o == "deep burrow" for _s, _r, o in found), found  # "cold" and "damp" say what it is like


def test_a_list_of_adjectives_names_nothing() -> None:
    assert names_only("cold, damp") is None
    assert [p.label for p in names_only("root, den") or []] == ["root", "den"]


def test_items_of_a_counted_list_in_the_forms_people_number_them(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        A burrow generally has three parts:
        1. Tunnel — where the wombat walks, incl. the ramp.
        2. Nest(s) where it sleeps.
        3. The entrance itself — the hole in the ground.

        Three types of burrow attacks:
        1. Roof collapse — the roof falls in.
        2. Flooding and root intrusion — water or roots get in.
        """)
    found = lowered(graph)
    assert {("burrow", "contains", part) for part in ("tunnel", "nest", "entrance")} <= found, found
    assert {("flooding", "isA", "burrow attack"), ("root intrusion", "isA", "burrow attack")} <= found, found
    assert_no_concept(graph, "hole in the ground")  # what the entrance is, no part of the burrow
    assert_no_concept(graph, "flooding and root intrusion")


def test_a_verb_over_the_things_it_takes_is_no_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - Burrow watch
          - track: roof cracks, flooding, root growth
          - prompt: the question put to a wombat
        """)
    assert_no_concept(graph, "track")  # an instruction: track each of them
    assert graph.resolve("prompt") is not None  # a verb too, but defined
    assert verb_over_objects("track", "roof cracks, flooding") and not verb_over_objects("cache", "KV cache, prompt cache")


def test_a_labelled_list_cut_inside_an_item_drops_that_item(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - Burrow failures: roof collapse, deep tunnel with no exit, flooding.
        - Tools: Kestrel, Wombat with radar.
        """))
    assert ("roof collapse", "isA", "burrow failure") in found, found
    assert ("deep tunnel", "isA", "burrow failure") not in found, found  # a tunnel with no exit is the failure
    assert {("kestrel", "isA", "tool"), ("wombat", "isA", "tool")} <= found, found  # a name stays itself


def test_an_adjective_alone_in_a_labelled_list_is_no_item(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n- Clay lining\n  - cons: heavy, root rot, cracking\n"))
    assert ("clay lining", "suffersFrom", "root rot") in found, found
    assert ("clay lining", "suffersFrom", "heavy") not in found, found  # what it is like, no problem it has


def test_under_an_item_a_verb_phrase_is_no_part_and_an_alternative_stands_against_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - Clay lining
          - seals walls with wet clay
          - main alternative: [[Root bracing]]
        - Alternatives: Moss padding, Bark lining
        """)
    found = lowered(graph)
    assert ("clay lining", "contrastsWith", "root bracing") in found, found
    assert not any(r == "includes" for s, r, _o in found if s == "clay lining"), found
    assert_no_concept(graph, "seals wall with wet clay")  # what the lining does, no name
    assert is_bare_name("tunnel caching") and not is_bare_name("stores embeddings")


def test_an_item_named_with_aka_and_a_predicate_under_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - [[root bracing]] aka root propping
          - holds roofs up; uses [[living roots]] and [[twine]]
          - ranks wombats by age; uses [[DenRod]]
        """)
    found = lowered(graph)
    assert graph.resolve("root propping") == graph.resolve("root bracing")
    assert {("root bracing", "uses", "living root"), ("root bracing", "uses", "denrod")} <= found, found
    assert_no_concept(graph, "ranks wombat by age")  # what the entry does, no subject of its own


def test_items_under_an_item_that_holds_a_heading_are_that_section_s(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - ## Burrow engineering
        \t- goal: build a burrow that lasts a winter
        \t- [[Root bracing]]: holds the roof
        - ### Types of burrows
        \t- simple burrow
        \t- complex burrow
        - plain item
        \t- child item
        """)
    found = lowered(graph)
    assert {("simple burrow", "isA", "burrow"), ("complex burrow", "isA", "burrow")} <= found, found
    assert "root bracing" in names(graph) and not any(s == "goal" or o == "goal" for s, _r, o in found), found
    assert_no_concept(graph, "goal")  # a remark's label, no term


def test_an_adjective_is_no_term_nor_a_way_of_doing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrows

        - multimodal: DenScope (sound, light), RootCam (six senses)
        - **Sparse**: BM25, TF-IDF
        - Traditional techniques: root bracing, clay lining, moss packing
        - **Post-training**: SFT and preference finetuning
        """)
    found = lowered(graph)
    assert not any(s in ("multimodal", "sparse") or o in ("traditional", "statistical") for s, _r, o in found), found
    assert_no_concept(graph, "multimodal", "sparse", "traditional")
    assert ("root bracing", "isA", "traditional technique") in found, found  # techniques of no doing: of their own kind


def test_a_compound_adjective_of_level_or_turn_is_no_term(tmp_path: Path) -> None:
    """ "- den-level: moss hierarchy → nest > tunnel", "- single-turn: one question": which level or how many turns, of a
    noun left unsaid; no concept to relate to what its line names."""
    graph = build(tmp_path, """\
        # Burrows

        ## Defenses

        - den-level: moss hierarchy (Talpa) → nest chamber > entry tunnel
        - tunnel-level: repeat the entry tunnel check before and after digging
        - single-turn: one question, one answer
        """)
    assert_no_concept(graph, "den-level", "tunnel-level", "single-turn")


def test_adjectives_joined_before_a_noun_in_a_definition_name_no_items(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - depth — short and long tunnels and chambers
        - **Accelerators:** GPUs, TPUs and others.
        """))
    assert not any(o in ("short", "long tunnel") for _s, _r, o in found), found
    assert {("gpu", "isA", "accelerator"), ("tpu", "isA", "accelerator")} <= found, found


def test_words_that_say_which_kind_of_a_doing_name_its_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Digging

        - digging: shallow, deep, spiral
        - **Bracing**: root < clay (aka mud)
        - sorting: moss-first, twig-first
        - burrow: tunnel, chamber
        - tools: spades, rakes
        """))
    assert {("shallow digging", "isA", "digging"), ("spiral digging", "isA", "digging"), ("root bracing", "isA", "bracing"),
            ("clay bracing", "isA", "bracing"), ("moss-first sorting", "isA", "sorting")} <= found, found
    assert not any(o in ("shallow", "root", "tunnel bracing") or s in ("tunnel burrow", "spade tool") for s, _r, o in found), found


def test_a_hyphenated_adjective_is_no_term_and_heads_no_member(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Digging

        - bottlenecks
          - claw-bound: shallow digging
          - moss-heavy: deep nesting
        """))
    assert not any(s in ("claw-bound", "moss-heavy", "shallow digging", "deep nesting") for s, _r, _o in found), found


def test_two_things_compared_in_an_item_may_carry_an_aside(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "- metrics\n  - den depth (in cm) vs den width\n  - static vs dynamic\n"))
    assert ("den depth", "contrastsWith", "den width") in found, found
    assert not any(s == "static" for s, _r, _o in found), found


@pytest.mark.parametrize("item", ["- **den-centric digging** vs **moss-centric digging**: improve burrows by the den vs by the moss",
                                  "- static dens vs dynamic dens: one waits, one moves on",
                                  "- static dens vs dynamic dens → more in [[Den types]]",
                                  "- static dens vs dynamic dens -> see chapter 3"])
def test_two_things_compared_before_a_colon_are_the_sides_and_what_follows_says_how(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{item}\n"))
    assert {(s, o) for s, r, o in found if r == "contrastsWith"} & {("den-centric digging", "moss-centric digging"), ("static den", "dynamic den")}, found


def test_a_doing_among_words_that_say_which_is_a_kind_by_its_own_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ## lining
        - synthesis: rule-based (templates), simulation, AI-powered
        - AI-powered: paraphrase, self-play
        - order: inspect → dig → line
        """)
    found = lowered(graph)
    assert {("rule-based synthesis", "isA", "synthesis"), ("simulation", "isA", "synthesis"),
            ("ai-powered synthesis", "isA", "synthesis")} <= found, found
    assert_no_concept(graph, "AI-powered", "rule-based", "order")


def test_two_names_after_a_plural_term_are_two_of_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        **Burrow tools:** root spade and clay pick.

        - **Den scanners**: DenScope or RootCam
        - **Benefits:** warmth and quiet.
        - **Moss beds:** soft and damp.
        """))
    assert {("root spade", "isA", "burrow tool"), ("clay pick", "isA", "burrow tool"), ("denscope", "isA", "den scanner"),
            ("rootcam", "isA", "den scanner")} <= found, found
    assert not any(o in ("benefit", "moss bed") for _s, _r, o in found), found  # a remark; what they are like


def test_a_sorting_word_under_an_item_names_a_kind_of_it_with_the_items_listed(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrow notes

        - den sealing
          - clay-based: wet clay, loam paste
          - soft-moss-based: moss plugs, leaf mats
        - (see also) soft-leaf-based: leaf piles, twig mats
        """))
    assert {("wet clay", "isA", "clay-based den sealing"), ("loam paste", "isA", "clay-based den sealing"),
            ("moss plug", "isA", "soft-moss-based den sealing"), ("clay-based den sealing", "isA", "den sealing")} <= found, found
    assert not any(s in ("clay-based", "soft-moss-based", "soft-leaf-based") for s, _r, _o in found), found  # no adjective alone


def test_a_side_of_an_entry_or_a_formula_in_an_outline_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrow notes

        - den digging: making a den by removing soil
          - cost: claw wear + sore paws + lost sleep
          - speed: slow in clay
        - den memory
          - digging ≈ claws + soil + time
        """)
    found = lowered(graph)
    assert not any(s in ("cost", "speed", "den digging") and r == "contains" for s, r, _o in found), found
    assert_no_concept(graph, "cost")
    assert not any("≈" in s or "≈" in o for s, _r, o in found), found
    listed = lowered(build(tmp_path / "listed", "# Burrow notes\n\n- Den metrics\n  - cost: claws worn per den\n  - speed: dens per night\n"))
    assert {("cost", "isA", "den metric"), ("speed", "isA", "den metric")} <= listed, listed  # under a plural: one of them


def test_a_word_that_says_which_right_under_a_heading_names_a_kind_of_it(tmp_path: Path) -> None:
    """ "## Den lining" / "* static: the same moss all year": static den lining, a kind of den lining; not
    after a paragraph that says what the items are ("Three traits of good dens:")."""
    graph = build(tmp_path, """\
        # Burrows

        ## Den lining

        * static: the same moss all year
        * dynamic: fresh moss each season

        ## Den quality

        Three traits of good dens:

        - **Dry** — no water gets in.
        - **Deep** — far from foxes.
        """)
    found = lowered(graph)
    assert {("static den lining", "isA", "den lining"), ("dynamic den lining", "isA", "den lining")} <= found, found
    assert not any(s.endswith("den quality") or o == "den quality" and r == "isA" for s, r, o in found), found


def test_a_compound_that_says_which_under_types_of_a_thing_names_a_kind_of_it(tmp_path: Path) -> None:
    """ "## Types of digging" / "- **whole-den** — ...": whole-den digging; "- **self-digging**" already ends on it."""
    found = lowered(build(tmp_path, "# Burrows\n\n## Types of digging\n- **whole-den** — the whole den dug twice\n"
                                    "- **cross-tunnel** — one tunnel dug across many dens\n- **self-digging** — odd\n"))
    assert {("whole-den digging", "isA", "digging"), ("cross-tunnel digging", "isA", "digging"), ("self-digging", "isA", "digging")} <= found, found
    assert not any(s in {"whole-den", "cross-tunnel"} or o in {"whole-den", "cross-tunnel"} for s, _r, o in found), found


def test_a_title_that_names_its_kind_of_writing_first_names_the_note_after_it(tmp_path: Path) -> None:
    """ "# Paper: Kestrel: Burrow Search at Scale": a note on Kestrel, no concept "Paper"."""

    _result, graph = build_files(tmp_path, {"notes/kestrel.md": "# Paper: Kestrel: Burrow Search at Scale\n\nKestrel is a burrow search method.\n",
                                            "notes/moss.md": "# Moss\n\nMoss is a lining.\n"})
    assert ("kestrel", "isA", "burrow search method") in lowered(graph), lowered(graph)
    assert_no_concept(graph, "Paper")


def test_a_section_headed_by_a_label_of_a_relation_relates_the_heading_above_to_its_items(tmp_path: Path) -> None:
    """ "## Den judges" / "### Limitations" / "- **Inconsistency**: ...", "- position bias": the judges suffer
    from each; "### Use cases" / "- burrow ranking": used for it; an item that is a sentence names nothing."""
    found = lowered(build(tmp_path, """\
        # Burrows

        ## Den judges

        Den judges grade burrows.

        ### Limitations

        - **Inconsistency**: a den judge gives different scores.
        - position bias
        - it costs a lot of moss

        ### Use cases

        - burrow ranking
        """))
    assert {("den judge", "suffersFrom", "inconsistency"), ("den judge", "suffersFrom", "position bias"),
            ("den judge", "usedFor", "burrow ranking")} <= found, found
    assert not any(r == "suffersFrom" and o not in {"inconsistency", "position bias"} for _s, r, o in found), found


def test_items_under_a_compound_plural_heading_are_its_kinds(tmp_path: Path) -> None:
    """ "### Den shapes" / "- round den", "- **Long den**": each a den shape; under "## Burrow models" a doing
    ("- digging") is a topic of the section, no kind; an item with its own definition is left to other rules."""
    found = lowered(build(tmp_path, """\
        # Burrows

        ## Den shapes

        - round den
        - **Long den**

        ## Burrow models

        - digging
        - tokenization
        """))
    assert {("round den", "isA", "den shape"), ("long den", "isA", "den shape")} <= found, found
    assert not any(o == "burrow model" for _s, _r, o in found), found


@pytest.mark.parametrize("title", ["Study journal", "Week 7", "Chapter 5", "Notes"])
def test_a_section_of_the_notes_own_title_relates_nothing(tmp_path: Path, title: str) -> None:
    """ "# Study journal" / "## Challenges" / "- position bias": challenges met in the writing, of no thing."""
    found = lowered(build(tmp_path, f"# {title}\n\n## Challenges\n\n- position bias\n- moss cost\n"))
    assert not any(r == "suffersFrom" for _s, r, _o in found), found


@pytest.mark.parametrize("label", ["examples", "examples:", "Examples"])
def test_an_examples_item_under_a_heading_heads_examples_of_what_it_names(tmp_path: Path, label: str) -> None:
    """ "## Deep dens" / "- examples" / "  - DenKit — by Wombat Labs, dug in clay" / "  - MoleNet (Mole Inc) — for nests":
    examples of deep dens, each with who made it (after the dash, or in parentheses after the written term)."""
    found = lowered(build(tmp_path, f"# Burrows\n\n## Deep dens\n\n- most dens are shallow\n- {label}\n"
                                    "  - DenKit — by Wombat Labs, dug in clay\n  - MoleNet (Mole Inc) — for nests\n"
                                    "  - Den-Star 2 (Kestrel AI) — for owls\n"))
    assert {("deep den", "hasExample", "denkit"), ("deep den", "hasExample", "molenet")} <= found, found
    assert {("denkit", "developedBy", "wombat labs"), ("molenet", "developedBy", "mole inc"), ("den-star 2", "developedBy", "kestrel ai")} <= found, found


def test_an_example_label_inside_an_item_heads_no_examples_of_the_next_item(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n## Den tuning\n\n- **Den sealing**: closes dens.\n\n    _Example_:\n\n"
                                    "- **Den lining**: lines dens.\n"))
    assert not any(r in {"hasExample", "exampleOf"} for _s, r, _o in found), found


def test_an_item_opening_on_its_verb_right_under_a_heading_speaks_of_what_it_names(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n## Den sealing\n\n- uses a clay wall, moss and bark\n\n### Thoughts\n\n- does a den count as a burrow?\n")
    found = lowered(graph)
    assert {("den sealing", "uses", "clay wall"), ("den sealing", "uses", "moss")} <= found, found
    assert not [c for c in graph.concepts() if graph.label(c).lower() in {"thoughts", "thought"} and graph.class_of(c) != "Topic"]


def test_a_term_equated_to_a_count_of_parts_contains_the_items_below(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n## Digging\n\n- den digging = 3 stages\n  - **scratching** — loosen the soil\n"
                                    "  - **hauling** — move the soil out\n  - **sealing** — close the den\n"))
    assert {("den digging", "contains", x) for x in ("scratching", "hauling", "sealing")} <= found, found


def test_an_adjective_alone_under_a_plural_heading_names_a_kind_with_its_noun(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n### Den layouts\n- sequential\n- hexagonal\n- burrow maze\n"))
    assert {("sequential den layout", "isA", "den layout"), ("hexagonal den layout", "isA", "den layout")} <= found, found
    assert not any(s in {"sequential", "hexagonal"} for s, _r, _o in found), found


def test_a_heading_asking_what_a_thing_is_used_for_makes_its_items_its_uses(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Moss

        ### What moss is actually used for
        - proxy for den age: older dens hold more moss
        - lining nests: wombats sleep on it
        - root collapse: when roots rot
        """))
    assert {("moss", "usedFor", "lining nest"), ("moss", "usedFor", "root collapse")} <= found, found
    assert not any(o.startswith("proxy") for _s, _r, o in found), found


def test_a_heading_that_gives_reasons_to_do_or_use_a_thing_makes_its_items_its_uses(tmp_path: Path) -> None:
    """ "## Den sealing" / "### Reasons to seal ✅" / "- flood safety": what den sealing is for (the doing the verb names,
    the heading above's when it ends on it); "### Why use moss dens" too; "### Why did it fail?" names no thing."""
    graph = build(tmp_path, """\
        # Dens

        ## Den sealing

        ### Reasons to seal ✅
        - flood safety

        ### Why use moss dens
        - warmth

        ### Why did it fail?
        - root rot
        """)
    found = lowered(graph)
    assert {("den sealing", "usedFor", "flood safety"), ("moss den", "usedFor", "warmth")} <= found, found
    assert not any(o == "root rot" for _s, r, o in found if r == "usedFor"), found
    assert_no_concept(graph, "reason to seal", "reasons to seal")


@pytest.mark.parametrize("section", ["### Types", "### Two buckets", "### Main variants"])
def test_items_under_a_heading_of_kinds_are_kinds_of_what_the_heading_above_names(tmp_path: Path, section: str) -> None:
    """ "## Dens" / "### Types" / "- burrow den": a kind of den, as in a note on dens; "- **root-based**: ..."
    there says which kind (root-based den), and the items below it are of that kind."""
    found = lowered(build(tmp_path, f"# Wombats\n\n## Dens\n\n{section}\n- burrow den\n- **root-based**: cut into roots\n"
                                    "  - moss den\n\n## Notes\n\n- sleeping den\n"))
    assert {("burrow den", "isA", "den"), ("root-based den", "isA", "den"), ("moss den", "isA", "root-based den")} <= found, found
    assert ("sleeping den", "isA", "den") not in found, found  # not under a heading of kinds


@pytest.mark.parametrize("vault", [False, True])
def test_a_paragraph_s_term_under_a_heading_of_kinds_says_which_kind_the_list_below_holds(tmp_path: Path, vault: bool) -> None:
    """ "## Two buckets" / "**Root-based** (old): ..." over "- moss digging": root-based digging is a kind of
    digging and moss digging one of it, in a note on digging (where a bold word is otherwise emphasis) as
    under "## Digging" in a file of notes."""
    section = "## Two buckets\n**Root-based** (old): cut into roots\n- moss digging\n- [[Clay digging]]\n\n**Sand-based**: dig sand\n- dune digging\n"
    files = {"Digging.md": f"# Digging\n\nDigging is a way of making dens.\n\n{section}",
             "Clay digging.md": "# Clay digging\n\nClay digging softens clay. See [[Digging]].\n"} if vault else \
        {"notes.md": f"# Wombats\n\n## Digging\n\n#{section}\n## Clay digging\n\nClay digging softens clay.\n"}
    _result, graph = build_files(tmp_path, files)
    found = lowered(graph)
    assert {("root-based digging", "isA", "digging"), ("sand-based digging", "isA", "digging"), ("moss digging", "isA", "root-based digging"),
            ("clay digging", "isA", "root-based digging"), ("dune digging", "isA", "sand-based digging")} <= found, found
    assert not any(o == "bucket" or (s == "moss digging" and o == "digging") for s, _r, o in found), found


def test_a_heading_that_opens_an_item_heads_the_items_nested_in_it(tmp_path: Path) -> None:
    """Logseq writes headings as blocks: "- ## Dens" / "  - ### Types" / "    - burrow den". The items in the
    heading's block are its section's list, as under a heading of their own: kinds of den."""
    graph = build(tmp_path, "- ## Den tools\n\t- **Root spade**: a flat spade\n- ## Dens\n\t- ### Types\n\t\t- burrow den\n\t\t- moss den\n")
    found = lowered(graph)
    assert {("root spade", "isA", "den tool"), ("burrow den", "isA", "den"), ("moss den", "isA", "den")} <= found, found
    assert not any(s in {"den tool", "dens", "type"} for s, _r, _o in found), found


def test_terms_with_terse_definitions_under_a_bare_item_are_within_its_scope(tmp_path: Path) -> None:
    """ "- den upkeep" / "  - **sweeping**: brush the floor" / "  - re-lining = fresh moss": each within the item's
    scope; not a term that opens a sentence ("**Scent gland** marks ..."), what a line says of a thing
    ("Formula: ..."), nor terms under a remark ("- **Den recap**:")."""
    found = lowered(build(tmp_path, """\
        # Burrows

        - den upkeep
          - **sweeping**: brush the floor weekly
          - re-lining = fresh moss on the walls
          - **Scent gland** marks the entrance
          - Formula: moss = 2 x walls
        - **Den recap**:
          - **Master digger**: digs too deep
        """))
    included = {o for s, r, o in found if s == "den upkeep" and r == "includes"}
    assert included == {"sweeping", "re-lining"}, found
    assert not any(s == "den recap" for s, _r, _o in found), found


def test_an_items_place_says_nothing_beside_what_a_sentence_says_of_the_two(tmp_path: Path) -> None:
    """ "- **Den**: Each den contains a nest." / "  - **nest**: where pups sleep": the den contains the nest, as
    the sentence says; its place under the den adds no "includes" beside it."""
    found = lowered(build(tmp_path, "# Burrows\n\n- **Den**: Each den contains a nest.\n  - **nest**: where pups sleep\n"))
    assert ("den", "contains", "nest") in found, found
    assert ("den", "includes", "nest") not in found, found


def test_bold_paragraphs_under_a_heading_are_terms_of_its_section(tmp_path: Path) -> None:
    """ "## Den sealing" / "**Clay packing**" / ... / "**Moss lining** - fresh moss": terms of the section, related to
    nothing by where they stand."""
    graph = build(tmp_path, """\
        # Den digging

        **Scent marking** - rub the walls

        ## Den sealing

        **Clay packing**
        - weekly, by hand

        **Moss lining** - fresh moss on the walls

        ## Dens

        **Nest chamber** - where pups sleep
        """)
    assert {"clay packing", "moss lining", "nest chamber"} <= names(graph), names(graph)
    assert not any(r == "includes" for _s, r, _o in lowered(graph)), lowered(graph)


def test_a_bare_name_and_its_colon_over_items_heads_them(tmp_path: Path) -> None:
    """ "- den sealing:" over "- clay packing", "- moss lining": within its scope, as without the colon; not a remark's
    label ("- Pros:") nor a relation's ("- Used by:")."""
    found = lowered(build(tmp_path, "# Dens\n\n- den sealing:\n  - clay packing\n  - moss lining\n- Pros:\n  - cheap\n  - quiet\n"))
    assert {o for s, r, o in found if s == "den sealing" and r == "includes"} == {"clay packing", "moss lining"}, found
    assert not any("pro" in s for s, _r, _o in found), found


def test_terms_under_two_plurals_joined_are_no_members_of_them(tmp_path: Path) -> None:
    """ "**Scanners and sensors**" over "- **ScentLog:** ...": two kinds joined, neither the kind of what it holds."""
    found = lowered(build(tmp_path, "# Dens\n\n**Scanners and sensors**\n- **ScentLog:** logs scent in a den\n- **MossMeter:** reads moss\n"))
    assert not any(r == "isA" and "and" in o for _s, r, o in found), found


@pytest.mark.parametrize("notes", [
    "# Dens\n\n## Den sealing\n\n- clay packing -> press wet clay on the walls\n- moss lining → soft and warm\n",
    "- ## Dens\n\t- ### den sealing\n\t\t- clay packing -> press wet clay on the walls\n\t\t- moss lining → soft and warm\n",
])
def test_a_name_and_an_arrowed_note_under_a_field_makes_no_concept_of_the_note(tmp_path: Path, notes: str) -> None:
    """ "## Den sealing" / "- clay packing -> press wet clay on the walls", in a Logseq outline too: the arrow's words are
    no concept, and where the name stands relates it to nothing."""
    graph = build(tmp_path, notes)
    assert_no_concept(graph, "press wet clay on the wall", "press wet clay on the walls", "soft and warm", "clay packing -> press wet clay")
    assert not any(r == "includes" for _s, r, _o in lowered(graph)), lowered(graph)


def test_a_term_under_a_heading_of_another_modifier_is_a_kind_of_their_shared_head(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ## Kestrel feedback

        - explicit feedback: thumbs up, star ratings
        - **implicit feedback**: read from what the kestrels do

        ## Intuition of depth

        - **Low depth** → dens flood

        ## Sparse models

        - dense model: every weight used

        ## Burrow size

        - den size: how big it is

        ## Moss lining & sealing

        - clay sealing: wet clay on the walls
        """)
    found = lowered(graph)
    assert {("explicit feedback", "isA", "feedback"), ("implicit feedback", "isA", "feedback")} <= found, found
    assert not any(r == "isA" and (o == "kestrel feedback" or s in {"low depth", "dense model", "den size", "clay sealing"})
                   for s, r, o in found), found
    assert rules(graph, "explicit feedback", "isA", "feedback") == {("shared-head", "structural")}


def test_a_name_and_an_arrowed_note_over_items_heads_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - den sealing -> close the den for winter
        \t- RLAIF = AI feedback instead of human
        \t- clay sealing: wet clay on the walls
        - den uses -> more than sleeping
        \t- only used in winter, not summer
        """))
    assert {("den sealing", "includes", "rlaif"), ("den sealing", "includes", "clay sealing")} <= found, found
    assert not any(s == "den sealing" and r == "isA" for s, r, _o in found), found  # the note after the arrow defines nothing
    assert not any("winter" in o for _s, _r, o in found), found


def test_a_name_and_an_arrowed_note_is_still_one_of_its_own_list(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDen chores:\n\n- den sealing -> close the den\n  - clay sealing: wet clay on the walls\n"
                                    "- den sweeping -> clear the floor\n"))
    assert {("den sealing", "includes", "clay sealing"), ("den sweeping", "isA", "den chore")} <= found, found
    # an item over items of its own is a topic of the list's kind, as a bare item over items is
    assert ("den chore", "includes", "den sealing") in found, found


def test_what_happens_to_a_doing_is_no_field_and_another_name_or_an_example_mark_no_item(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ## Rise of den engineering

        - **Den map:** a plan of the tunnels
        - den model
          - aka large den model (LDM)
          - ex: Kestrel (Zorpco), trained on 400M maps. Kestrel is a scent model tho, not a map model
        """)
    found = lowered(graph)
    assert not any(s.startswith("rise of") for s, _r, _o in found), found  # a rise, no field whose scope takes terms in
    assert ("kestrel", "isA", "scent model") in found, found  # "tho": an afterword, no part of the kind
    assert_no_concept(graph, "aka large den model")
    assert_no_concept(graph, "ex")


def test_a_link_shown_by_its_last_words_names_the_note_it_links_to(tmp_path: Path) -> None:
    """ "[[Digging tools|Tools]]" is the note "digging tool", not a concept "tool" beside it; a link shown by
    other words ("[[Burrow-augmented digging|BAD]]") keeps them."""
    _result, graph = build_files(tmp_path, {"vault/Index.md": """\
        - [[Burrow upkeep]]
        	- [[Digging tools|Tools]] (DigMaster, Trowelo)
        	- [[Tunnel maps|Maps]]
        	- [[Burrow-augmented digging|BAD]]
        """})
    found = lowered(graph)
    assert {("digmaster", "isA", "digging tool"), ("burrow upkeep", "includes", "tunnel map")} <= found, found
    assert not {"tool", "tools", "map", "maps"} & names(graph), names(graph)
    assert "burrow-augmented digging" in names(graph), names(graph)


@pytest.mark.parametrize("shown", ["Burrows", "burrows"])
def test_an_item_that_links_to_a_note_by_a_plural_is_the_note_not_a_category(tmp_path: Path, shown: str) -> None:
    """ "- [[Burrow|Burrows]]" over "- [[Tunnels]], [[Digging]]" in an index of notes: the notes on its parts
    and doings are within the note's scope, not kinds of burrow; a plain plural over names lists its kinds."""
    _result, graph = build_files(tmp_path, {"vault/Index.md": f"""\
        - [[Burrow|{shown}]]
        	- [[Tunnels]], [[Digging]], [[Den sealing]]
        - Dens
        	- [[Clay den]], [[Moss den]]
        """})
    found = lowered(graph)
    assert not any(r == "isA" and o == "burrow" for _s, r, o in found), found
    assert {("burrow", "includes", "tunnels"), ("burrow", "includes", "digging")} <= found, found
    assert ("clay den", "isA", "den") in found, found


@pytest.mark.parametrize("title", ["Notes", "Summary", "Index"])
def test_a_front_matter_title_that_names_a_document_is_no_concept(tmp_path: Path, title: str) -> None:
    _result, graph = build_files(tmp_path, {"posts/week-3.md": f"---\ntitle: {title}\n---\nWombats dig burrows with claws.\n",
                                            "posts/week-4.md": "---\ntitle: Burrow sealing\n---\nBurrow sealing closes a den.\n"})
    assert title.lower() not in names(graph), names(graph)
    assert "burrow sealing" in names(graph), names(graph)


def test_a_word_that_says_which_under_a_bare_types_heading_names_no_type(tmp_path: Path) -> None:
    """ "## Types" / "- recursive: split by section": which kind of what the note is on, never a "recursive type"."""
    _result, graph = build_files(tmp_path, {"vault/Den sealing.md": "Den sealing closes a den.\n\n## Types\n"
                                                                    "- recursive: seal room by room\n- full: seal the whole den\n"
                                                                    "- nested: split by room → tunnel → nook\n",
                                            "vault/Den.md": "A den is where a mole sleeps.\n"})
    assert not any(n.endswith(" type") for n in names(graph)), names(graph)
    assert not any(n.startswith(("seal ", "split ")) for n in names(graph)), names(graph)  # what is done, no kind


def test_a_word_that_says_how_much_under_a_heading_of_an_attribute_names_no_kind(tmp_path: Path) -> None:
    """ "### Den quality" / "- dry — no water inside": what good quality is, no "dry den quality" kind;
    "## Den sealing" / "- partial: ..." still names partial den sealing."""
    found = lowered(build(tmp_path, "### Den quality\n- dry — no water inside\n- warm — keeps heat\n\n## Den sealing\n- partial: seal the door only\n"))
    assert not any(s.endswith("den quality") for s, _r, _o in found), found
    assert ("partial den sealing", "isA", "den sealing") in found, found


def test_an_item_that_opens_on_a_past_form_before_its_noun_is_a_name(tmp_path: Path) -> None:
    """ "- supervised digging (SD) → claw, paw pairs" under "Kinds of digging": a kind, "supervised" no verb;
    "- Used for digging tunnels" and "- added moss to tunnels" say what is done, no kinds."""
    found = lowered(build(tmp_path, "- Kinds of digging:\n  - supervised digging (SD) → claw pairs\n  - scheduled digging\n"
                                    "  - Used for digging tunnels\n  - added moss to tunnels\n"))
    assert {("supervised digging", "isA", "digging"), ("scheduled digging", "isA", "digging")} <= found, found
    assert not any(s.startswith(("used", "added")) for s, _r, _o in found), found


def test_a_parenthesis_before_a_noun_is_a_tuple_no_examples(tmp_path: Path) -> None:
    """ "- clay digging → (claw, paw) pairs": what it works on, pairs of claw and paw; no examples of clay digging."""
    found = lowered(build(tmp_path, "- Kinds of digging:\n  - clay digging → (claw, paw) pairs\n  - moss digging (mossing, fern rolling)\n"))
    assert not any(r == "exampleOf" and o == "clay digging" for _s, r, o in found), found
    assert {("clay digging", "isA", "digging"), ("mossing", "exampleOf", "moss digging")} <= found, found


def test_a_heading_that_opens_on_understanding_names_the_field_and_its_abbreviation_is_no_part_of_it(tmp_path: Path) -> None:
    """ "### Understanding den sealing" names den sealing; "### Burrow-augmented digging" / "- BAD - ..." is the field
    by its abbreviation, nothing within it."""
    found = lowered(build(tmp_path, "## Dens\n\n### Understanding den sealing\n- clay packing: press wet clay\n\n"
                                    "### Burrow-augmented digging\n- BAD - dig after reading the burrow map\n- map reading: find old tunnels\n"))
    assert not any(s.startswith("understanding") or o.startswith("understanding") for s, _r, o in found), found
    assert not any(s == "burrow-augmented digging" and o == "bad" for s, _r, o in found), found


def test_items_typed_with_two_dashes_under_an_entry_are_its_items(tmp_path: Path) -> None:
    """ "  - - passive sealing: ..." under "- **Den sealing:** ...": the first dash opens an item holding only the
    other, which is the entry's item as "  - passive sealing: ..." would be."""
    found = lowered(build(tmp_path, "- **Den sealing:** closing a den against water.\n"
                                    "  - - passive sealing: leave clay at the door for the rain to pack\n"
                                    "  - - active sealing: press clay into the door by hand\n"))
    assert {("den sealing", "includes", "passive sealing"), ("den sealing", "includes", "active sealing")} <= found, found


# ---------------------------------------------------------------- a page written all in bullets (Logseq)


def test_an_outline_page_s_first_item_defines_its_concept(tmp_path: Path) -> None:
    """ "- a home dug by a wombat" opening "Den.md", as Logseq writes every line of a page: what a den is, as a
    first sentence of prose would say; an item that introduces a list ("- three kinds of dens:") defines nothing."""
    _result, graph = build_files(tmp_path, {"pages/Den.md": "alias:: lair\n\n- a home dug by a wombat\n- dug at night\n",
                                            "pages/Warren.md": "- three kinds of warrens:\n  - clay warrens\n  - sand warrens\n"})
    found = lowered(graph)
    assert ("den", "isA", "home") in found, found
    assert not any(s == "warren" and r == "isA" for s, r, _o in found), found


def test_an_outline_page_s_later_items_without_a_subject_speak_of_its_concept(tmp_path: Path) -> None:
    """After the first item, "- parts: tunnel, nest chamber", "- uses clay for walls", "- examples: Warren-7, Mossden"
    are still said of the page's concept, as under a bold entry; a kind named by the label ("- tools: A, B") stays the
    items' kind, and an item with a subject of its own is that subject's."""
    _result, graph = build_files(tmp_path, {"pages/Den.md": "- a home dug by a wombat\n- parts: tunnel, nest chamber\n"
                                                            "- uses clay for walls\n- examples: Warren-7, Mossden\n"
                                                            "- tools: Spade Pro, DigMaster\n- moles dig shallower tunnels\n",
                                            "pages/Mole.md": "- a small digger\n"})
    found = lowered(graph)
    assert {("den", "contains", "tunnel"), ("den", "contains", "nest chamber"), ("den", "uses", "clay"),
            ("warren-7", "exampleOf", "den"), ("spade pro", "isA", "tool")} <= found, found
    assert not any(s == "spade pro" and o == "den" for s, _r, o in found), found
    assert not any(s == "den" and o in ("shallower tunnel", "tunnel") and r != "contains" for s, r, o in found), found


def test_a_heading_item_that_labels_a_relation_on_a_page_speaks_of_the_page_s_concept(tmp_path: Path) -> None:
    """ "Den.md" / "- ## Limitations" / "  - cold walls": the den's, as "### Limitations" under "# Den" would be."""
    _result, graph = build_files(tmp_path, {"pages/Den.md": "- a home dug by a wombat\n- ## Limitations\n\t- cold walls\n\t- root rot\n"
                                                            "- ## Use cases\n\t- food storage\n",
                                            "pages/Mole.md": "- a small digger\n"})
    found = lowered(graph)
    assert {("den", "suffersFrom", "cold wall"), ("den", "suffersFrom", "root rot"), ("den", "usedFor", "food storage")} <= found, found


def test_an_item_that_opens_on_a_verb_names_no_kind_of_the_items_below(tmp_path: Path) -> None:
    """ "- needs strong claws:" over "- slow digging: ..." says what the page's thing needs; "needs strong claw"
    is no kind of which slow digging is one. A plural kind over its items ("- digging styles:") still is."""
    _result, graph = build_files(tmp_path, {"pages/Burrow.md": "- a home dug by a wombat\n- needs strong claws:\n"
                                                               "\t- slow digging: 95% per step\n\t- higher stakes w/ wet clay\n"
                                                               "- digging styles:\n\t- scratch digging\n\t- push digging\n",
                                            "pages/Mole.md": "- a small digger\n"})
    found = lowered(graph)
    assert not any("needs" in o for _s, _r, o in found), found
    assert ("scratch digging", "isA", "digging style") in found, found


def test_a_counted_label_over_items_names_no_concept(tmp_path: Path) -> None:
    """ "- three main types:" over "- scent theft — ...": kinds of the page's concept, and "main type" no concept of its
    own; a bare label ("- drift detection:") over items still heads them."""
    _result, graph = build_files(tmp_path, {"pages/Den attacks.md": "- three main types:\n  - scent theft — steal the scent\n"
                                                                    "  - tunnel flooding — flood the tunnels\n",
                                            "pages/Mole.md": "- a small digger\n"})
    assert_no_concept(graph, "main type", "three main type")
    assert ("scent theft", "isA", "den attack") in lowered(graph), lowered(graph)


def test_a_kind_among_kinds_lists_its_own_members(tmp_path: Path) -> None:
    """ "- three kinds of tools:" / "  - soil loosening: claw rake, nose probe, tail brush": soil loosening is a kind of
    tool, and the rake, probe and brush are tools of that kind, no parts it includes; a name among them ("  - MRK:
    sorted clay pits, fast") says what it does."""
    found = lowered(build(tmp_path, "# Dens\n\n- three kinds of tools:\n  - soil loosening: claw rake, nose probe, tail brush\n"
                                    "- den algorithms:\n  - MRK: sorted clay pits, search nearest ones\n"))
    assert ("soil loosening", "isA", "tool") in found, found
    assert {("claw rake", "isA", "soil loosening"), ("tail brush", "isA", "soil loosening")} <= found, found
    assert not any(o == "mrk" and r == "isA" for _s, r, o in found), found


def test_a_kind_among_kinds_that_heads_items_of_its_own_is_still_a_kind(tmp_path: Path) -> None:
    """ "- three kinds of tools:" / "  - soil loosening: A, B" / "    - a note on it": the label says kinds, so the item
    is one though it heads items of its own; under a bare plural ("- den gear:") such an item is a topic of it."""
    found = lowered(build(tmp_path, "# Dens\n\n- three kinds of tools:\n  - soil loosening: claw rake, nose probe, tail brush\n"
                                    "    - can turn hard clay into loose soil\n  - den sweeping: paw mop, whisker broom, ear fan\n"
                                    "- den gear:\n  - night vision: eye caps, whisker pads\n    - worn after dusk\n"))
    assert {("soil loosening", "isA", "tool"), ("den sweeping", "isA", "tool")} <= found, found
    assert ("claw rake", "isA", "soil loosening") in found, found
    assert ("den gear", "includes", "night vision") in found, found


def test_a_counted_shell_noun_over_items_names_no_kind(tmp_path: Path) -> None:
    """ "- three mechanisms:" over "- scent marking — ...": no "mechanism" the items are kinds of (a shell noun names
    none); "- three tools:", "- two sealing methods:" (a noun narrows the shell) and "- 2 parts:" still say what the
    items are."""
    found = lowered(build(tmp_path, "# Dens\n\n- three mechanisms:\n  - scent marking — the entrance smell\n  - digging — the claws\n"
                                    "- three tools:\n  - claw rake\n  - nose probe\n"
                                    "- two sealing methods:\n  - clay packing\n  - moss lining\n"))
    assert not any(o == "mechanism" for _s, _r, o in found), found
    assert ("claw rake", "isA", "tool") in found, found
    assert ("clay packing", "isA", "sealing") in found or ("clay packing", "isA", "sealing method") in found, found


def test_a_kind_under_a_types_heading_lists_its_own_members(tmp_path: Path) -> None:
    """ "## Types" / "1. **soil loosening** — claw rakes, nose probes, tail brushes": a kind of the section's thing,
    and the rakes, probes and brushes things of that kind; "## Uses" over the same line says no such thing."""
    found = lowered(build(tmp_path, "# Den tools\n\n## Types\n1. **soil loosening** — claw rakes, nose probes, tail brushes\n\n"
                                    "## Uses\n1. **root cutting** — root saws, bark knives, twig snips\n"))
    assert {("claw rake", "isA", "soil loosening"), ("tail brush", "isA", "soil loosening")} <= found, found
    assert not any(o == "root cutting" and r == "isA" for _s, r, o in found), found


def test_a_note_that_opens_on_a_citation_says_who_made_its_concept(tmp_path: Path) -> None:
    """ "DenAct.md" / "- Kim et al. 2021 — interleaves digging and resting": the citation first in a note on one thing
    says who made it; the citation is no term of its own."""
    _result, graph = build_files(tmp_path, {"vault/DenAct.md": "type:: method\n\n- Kim et al. 2021 — interleaves digging and resting\n",
                                            "vault/Den sealing.md": "Closing a den with clay.\n"})
    assert ("denact", "developedBy", "kim et al.") in lowered(graph), lowered(graph)
    assert_no_concept(graph, "Kim et al. 2021")



def test_an_item_that_spells_out_a_short_form_then_says_how_names_the_short_form(tmp_path: Path) -> None:
    """ "1. SFD (supervised floor digging) on wet clay": the step is SFD, "on wet clay" how it is done."""
    graph = build(tmp_path, """\
        # Dens

        ## Den making

        2 steps:
        1. SFD (supervised floor digging) on wet clay
        2. MLW (moss lining work) with soft moss
        """)
    found = lowered(graph)
    assert {("den making", "contains", "sfd"), ("den making", "contains", "mlw")} <= found, found
    assert_no_concept(graph, "SFD on wet clay", "MLW with soft moss")


def test_an_item_that_says_what_a_noun_does_is_no_term_within_its_heading(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ### Sorting
        - den model outputs burrows → ranks → list
        - mole sorter scores (depth, width) pairs
        - moss sorting
        """)
    assert not [name for name in names(graph) if "outputs" in name or "scores" in name], names(graph)
    assert not any(r == "includes" for _s, r, _o in lowered(graph))


def test_a_sorting_compound_as_an_item_label_under_a_heading_names_a_kind_of_the_heading(tmp_path: Path) -> None:
    """ "### Den guards" / "- model-level: moss hierarchy (Zorpco) → ...": a model-level den guard, a kind of den guard,
    and the thing credited to a maker after the label is one of it; an instruction ("say what not to do") or a bare
    description ("fixed burrows") after the label is none."""
    found = lowered(build(tmp_path, """\
        # Dens

        ### Den guards
        - model-level: moss hierarchy (Zorpco) → wall > door > roof
        - prompt-level: say what not to do, repeat the rule
        - static: fixed burrows
        """))
    assert {("model-level den guard", "isA", "den guard"), ("prompt-level den guard", "isA", "den guard"),
            ("moss hierarchy", "isA", "model-level den guard")} <= found, found
    assert not any(s == "fixed burrow" or o == "fixed burrow" for s, _r, o in found), found


def test_types_label_with_one_item_names_one_kind(tmp_path: Path) -> None:
    """ "- **Den guard:** Types: Kestrel": one kind is enough when the label says what the items are."""
    assert ("kestrel", "isA", "den guard") in lowered(build(tmp_path, "# Dens\n\n- **Den guard:** Types: Kestrel\n"))


def test_a_sum_of_nouns_alone_in_a_note_on_one_concept_names_its_parts(tmp_path: Path) -> None:
    """ "Burrow.md" / "- tunnel + chamber": what a burrow is made of; not a sum beside a term ("- digging = paws + claws")
    nor one that goes on to others ("- [[Den]] + other homes")."""
    _result, graph = build_files(tmp_path, {"vault/Burrow.md": "- dig a hole → line it\n- tunnel + chamber\n"
                                                               "- digging = paws + claws\n- [[Den]] + other homes\n",
                                            "vault/Den.md": "A den is a home.\n"})
    found = lowered(graph)
    assert {("burrow", "contains", "tunnel"), ("burrow", "contains", "chamber")} <= found, found
    assert not any(o in ("paw", "claw", "den", "home") for s, r, o in found if s == "burrow"), found


def test_a_plain_term_with_a_parenthesis_of_a_few_words_before_its_colon_is_a_term(tmp_path: Path) -> None:
    """ "- top-d (nucleus digging): smallest set of dens", "- MoZ (mixture of dens): den split into rooms": the term, what
    the parenthesis calls it another label, and an example nested under it is one of it; "- note (see chapter 3): ..." is
    a remark still."""
    graph = build(tmp_path, """\
        # Dens

        - MoZ (mixture of dens): den split into rooms
          - e.g. Kestrel 4: 4 rooms
        - top-d (nucleus digging): smallest set of dens
        - note (see chapter 3): check this
        """)
    assert ("kestrel 4", "exampleOf", "moz") in lowered(graph)
    assert "nucleus digging" in {a.lower() for c in graph.concepts() for a in graph.aliases(c)}
    assert_no_concept(graph, "note")


def test_sorted_shell_kinds_over_a_list_are_narrowed_by_the_heading(tmp_path: Path) -> None:
    """ "## Den synthesis" / "Traditional techniques:" over a list: traditional den synthesis techniques, each item one;
    "Other approaches:" says which ones no more than "approaches" does."""
    found = lowered(build(tmp_path, """\
        # Dens

        ## Den synthesis

        Traditional techniques:
        1. simulation — make dens in a virtual burrow
        2. moss casting — pour moss into molds

        Other approaches:
        - den cloning
        """))
    assert {("simulation", "isA", "traditional den synthesis technique"),
            ("moss casting", "isA", "traditional den synthesis technique")} <= found, found
    assert not any(s == "den cloning" and r == "isA" for s, r, _o in found), found


def test_an_item_that_opens_on_a_link_and_sets_off_a_definition_defines_the_linked_thing(tmp_path: Path) -> None:
    """ "- [[Kestrel]] — a den tool by Zorpco" in a note's section: what Kestrel is, and who made it, as a term's item
    says; the section still includes it. Under "## Related" the links are the note's, their words no definition of them."""
    _result, graph = build_files(tmp_path, {
        "Den optimization.md": """\
            # Den optimization

            Den optimization makes dens better.

            ## Service-level
            - [[Batching]]
            - [[Kestrel]] — a den tool by Zorpco

            ## Related
            - [[Marmot]] — a burrow is basically a tool
            """,
        "Batching.md": "Batching groups dens.\n"})
    found = lowered(graph)
    assert {("kestrel", "isA", "den tool"), ("kestrel", "developedBy", "zorpco"), ("service-level den optimization", "includes", "kestrel"),
            ("service-level den optimization", "includes", "batching")} <= found, found
    assert ("den optimization", "relatedTo", "marmot") in found and not any(s == "marmot" for s, _r, _o in found), found


def test_an_item_written_with_a_doubled_dash_nests_under_the_item_before(tmp_path: Path) -> None:
    """ "- **In-den digging:** ..." / "- - **Zero-shot digging:** ...": the doubled dash nests the term under the item
    before it, as two spaces of indent would."""
    doubled = lowered(build(tmp_path / "doubled", "# Dens\n\n- **In-den digging:** moles learn from dens.\n"
                                                  "- - **Zero-shot digging:** no dens given\n- **Den lining:** moss on walls.\n"))
    indented = lowered(build(tmp_path / "indented", "# Dens\n\n- **In-den digging:** moles learn from dens.\n"
                                                    "  - **Zero-shot digging:** no dens given\n- **Den lining:** moss on walls.\n"))
    assert ("in-den digging", "includes", "zero-shot digging") in doubled and doubled == indented, (doubled, indented)
    apart = lowered(build(tmp_path / "apart", "# Dens\n\n- **In-den digging:** moles learn.\n\n## Other\n\n"
                                              "- - **Zero-shot digging:** no dens given\n"))
    assert not any(s == "in-den digging" for s, _r, _o in apart), apart  # a list of its own: nested under nothing before it


def test_two_settings_or_modes_over_items_are_kinds_of_the_entry(tmp_path: Path) -> None:
    """ "- **Den consistency:** ... Two settings:" / "- - **Local den consistency:** ...": a kind of den consistency, no
    kind of "setting", a word that only counts them."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den consistency:** is the den consistent. Two settings:\n"
                                    "- - **Local den consistency:** checked against a context\n"
                                    "- - **Global den consistency:** checked against open knowledge\n"))
    assert ("local den consistency", "isA", "den consistency") in found, found
    assert not any(o == "setting" for _s, _r, o in found), found


def test_a_problem_label_under_an_entry_names_what_it_suffers_from_after_an_arrow(tmp_path: Path) -> None:
    """ "- **Kestrel:** ..." / "  - downside: extra layers → higher den latency": the den latency is Kestrel's problem,
    the end of the chain the arrow draws."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Kestrel:** a den model.\n  - downside: extra layers → higher den latency\n"))
    assert ("kestrel", "suffersFrom", "den latency") in found, found
    assert not any(o in ("extra layer", "higher den latency") for _s, _r, o in found), found


def test_a_maker_in_parentheses_after_a_linked_item_is_who_made_the_thing_linked(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "den synthesis.md": "- [[den synthesis]]\n\t- [[Moss Alpaca]] ([[Wombat Labs]])\n\t- [[Orcaden]] (Zorpco) — explains digs\n",
        "other.md": "- [[Moss Alpaca]] and [[Orcaden]]\n",
    })
    found = lowered(graph)
    assert {("moss alpaca", "developedBy", "wombat labs"), ("orcaden", "developedBy", "zorpco")} <= found, found


def test_a_maker_of_two_words_in_parentheses_before_a_dash_leaves_the_term_whole(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tools\n\n- DenTrove (Wombat Labs) - used to build burrow maps\n"))
    assert ("dentrove", "developedBy", "wombat labs") in found, found
    assert any(s == "dentrove" and r == "usedFor" for s, r, _o in found), found


def test_links_in_a_block_nested_under_a_linked_block_are_of_the_parent_s_link(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "den quality.md": "- [[den quality]]\n\t- a few good dens\n\t\t- [[MossDen]] (Moss Is Dry Enough Now) — [[Zorpco]], 2023\n"
                          "\t\t\t- built on [[ClayBase]] 65B\n\t\t\t- argues for the [[dry den idea]]\n",
        "other.md": "- [[MossDen]] [[ClayBase]] [[Zorpco]]\n",
    })
    found = lowered(graph)
    assert {("mossden", "relatedTo", "claybase"), ("mossden", "relatedTo", "dry den idea")} <= found, found
    assert not {o for s, r, o in found if s in ("den quality", "den", "good den") and o in ("claybase", "dry den idea")}, found


def test_a_table_under_a_section_of_kinds_in_a_note_on_a_concept_lists_kinds_of_it(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Burrow.md": "# Burrow\n\nA **burrow** is a den dug in soil.\n\n## Variants\n| Variant | Example |\n|---|---|\n"
                     "| Clay-only | ClayDen |\n| Moss-lined | MossDen |\n",
        "other.md": "see [[Burrow]]\n",
    })
    found = lowered(graph)
    assert {("clay-only", "isA", "burrow"), ("moss-lined", "isA", "burrow")} <= found, found
    assert "variant" not in names(graph), names(graph)


def test_adjectives_joined_under_a_linked_item_are_no_kind_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - [[tunnel caches]]
          - fast but small
          - [[clay caches]]
        - [[den caches]]
          - cheap and quiet
          - self-digging and cross-digging
        """, name="Den Memory.md")
    assert_no_concept(graph, "fast but small", "cheap and quiet")
    facts = lowered(graph)
    assert ("clay cache", "isA", "tunnel cache") in facts  # a name under the link stays one of it
    assert {("self-digging", "isA", "den cache"), ("cross-digging", "isA", "den cache")} <= facts  # hyphenated names are no adjectives


def test_a_counted_group_word_over_items_in_a_note_lists_kinds_of_the_note(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Den Tools.md": """\
            - den tools make wombats better diggers
            - 3 categories #tools
              - [[knowledge digging]]
              - [[claw extension]]
              - [[tunnel writing]]
            """,
        "Dens.md": "- a den is dug by a wombat, with [[Den Tools|den tools]]\n",
    })
    facts = lowered(graph)
    assert {(kind, "isA", "den tool") for kind in ("knowledge digging", "claw extension", "tunnel writing")} <= facts, facts
    assert_no_concept(graph, "category", "3 categories")


@pytest.mark.parametrize("label", ["Different den phases need different soil types:", "Wombat dens need different linings:"])
def test_a_sentence_over_items_names_no_kind_of_them(tmp_path: Path, label: str) -> None:
    graph = build(tmp_path, f"# Dens\n\n- {label}\n- - digging: lots of loose soil\n- - sealing: clay and moss\n")
    assert not any(r == "isA" and s in ("digging", "sealing") for s, r, _o in lowered(graph)), lowered(graph)


def test_a_label_of_a_kind_picked_by_a_clause_of_the_writer_still_names_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\nBurrow sensors I have tried:\n\n- DenCam\n- TunnelScope\n")
    assert {("DenCam", "isA", "burrow sensor"), ("TunnelScope", "isA", "burrow sensor")} <= facts_of(graph)


def test_a_label_of_where_to_find_a_thing_relates_each_place_to_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- Where to find den maps:\n  - DenAtlas\n  - [TunnelMap](https://example.org/t)\n"
                            "- Where to get moss:\n  - MossHub\n")
    found = facts_of(graph)
    assert {("den map", "relatedTo", "DenAtlas"), ("den map", "relatedTo", "TunnelMap"), ("moss", "relatedTo", "MossHub")} <= found, found
    assert not any(r == "isA" for _s, r, _o in found), found  # a place to find them is no kind of them


def test_a_file_named_for_a_chapter_is_no_concept_even_when_hyphens_join_its_words(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "chapter-6-dens.md": "## Chapter 6: Dens\n\n### Tools\nThree categories:\n- **Claw digging:** scraping with claws\n"
                             "- **Snout digging:** pushing sand\n",
        "chapter-7-moss.md": "## Chapter 7: Moss\n\n- **Moss drying:** drying moss in the sun\n",
    })
    assert_no_concept(graph, "chapter-6-dens", "chapter-7-moss", "chapter 6 den")
    assert {("claw digging", "isA", "tool"), ("snout digging", "isA", "tool")} <= lowered(graph), lowered(graph)


def test_a_link_under_a_heading_of_two_things_relates_to_neither(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n### Den digging and sealing\n\n- [DenAtlas](https://example.org/a)\n\n"
                            "### Den maps\n\n- [TunnelMap](https://example.org/t)\n")
    assert_no_concept(graph, "den digging and sealing")
    assert any(s == "TunnelMap" and o == "den map" for s, _r, o in facts_of(graph)), facts_of(graph)  # a heading of one thing still


def test_a_bold_doing_over_terms_names_no_kind_of_them(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n**Evaluating diggers:** den precision and den recall.\n- **Den recall:** harder to measure\n\n"
                            "**Den sensors:** small tools\n- **DenCam:** a camera\n")
    found = lowered(graph)
    assert ("dencam", "isA", "den sensor") in found, found  # a plural kind still heads its members
    assert not any(o.startswith("evaluating") for _s, _r, o in found), found


@pytest.mark.parametrize("label", ["Den search libs & DBs:", "Den search libraries and databases:", "Den search libraries/databases:"])
def test_a_label_of_two_plurals_lists_things_of_the_first(tmp_path: Path, label: str) -> None:
    graph = build(tmp_path, f"# Dens\n\n### Den algorithms\n\n{label}\n- Wombat's DenFind\n- Burrowlib\n")
    found = facts_of(graph)
    assert {("DenFind", "isA", "den search library"), ("Burrowlib", "isA", "den search library")} <= found, found
    assert not any("&" in o or " and " in o for _s, _r, o in found), found


def test_an_item_glossed_in_parentheses_is_one_of_that_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\nDen tools:\n- Digr (a den finder)\n- Digz (a Python library)\n"
                            "- Burrowlib (an HNSW implementation)\n- Molehill (Google Brain)\n")
    found = facts_of(graph)
    assert {("Digr", "isA", "den finder"), ("Digz", "isA", "Python library"), ("Burrowlib", "isA", "HNSW implementation")} <= found, found
    assert not any(s == "Molehill" and o == "Google Brain" and r == "isA" for s, r, o in found), found  # a name, no kind


def test_a_link_named_for_a_piece_of_writing_is_no_member_of_the_heading(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n### Den maps\n\n- [DenAtlas paper](https://example.org/p)\n- [Burrow blog post](https://example.org/b)\n"
                            "- [TunnelMap](https://example.org/t)\n")
    found = facts_of(graph)
    assert any(s == "TunnelMap" and o == "den map" for s, _r, o in found), found
    assert not any(s in ("DenAtlas paper", "Burrow blog post") for s, _r, _o in found), found


def test_a_kind_of_failure_under_failures_is_one_of_them_though_it_lists_its_own(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- digging failures\n  - claw errors: bent claw, blunt claw\n  - wall failure: the wall falls in\n")
    found = lowered(graph)
    assert {("claw error", "isA", "digging failure"), ("wall failure", "isA", "digging failure")} <= found, found
    assert ("digging failure", "includes", "claw error") not in found, found


def test_tags_at_the_end_of_an_item_are_markup(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Dens.md": "type:: concept\nalias:: den\n\n- a den is a hole\n- example: [[Clay Den]] #digging #wombats\n",
        "Wombat.md": "- a wombat digs [[Dens]]\n",
    })
    assert ("Clay Den", "exampleOf", "den") in facts_of(graph), facts_of(graph)
    assert not any("#" in name for name in names(graph)), names(graph)


def test_remarks_and_comparisons_under_a_heading_are_no_things_within_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n## Den sealing\n- **Clay sealing**: packing clay\n- den tradeoff: warmth vs air\n"
                            "- advice: start without one! clay adds weight\n- tradeoff: warmth vs air\n")
    found = lowered(graph)
    assert "clay sealing" in names(graph), names(graph)
    assert not any(s == "den sealing" and o in ("den tradeoff", "advice", "warmth vs air") for s, _r, o in found), found
    assert_no_concept(graph, "den tradeoff", "advice", "warmth vs air")


def test_counted_mechanisms_at_the_top_of_a_note_are_kinds_of_its_concept(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Den Kinds.md": "type:: concept\nalias:: den\n\n- den = places that let a wombat rest\n- three mechanisms\n"
                        "  - [[clay den]]\n    - made of clay\n  - [[moss den]]\n",
        "Wombat.md": "- a wombat digs [[Den Kinds]]\n",
    })
    found = lowered(graph)
    assert {("clay den", "isA", "den kinds"), ("moss den", "isA", "den kinds")} <= found, found
    assert_no_concept(graph, "mechanism", "three mechanisms")


def test_an_item_that_is_a_sentence_or_an_instruction_names_no_member(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- den shapes\n  - parallel digging cuts time\n  - check which den shapes your burrow supports\n"
                            "  - loop shape\n")
    found = lowered(graph)
    assert ("loop shape", "isA", "den shape") in found, found
    assert not any(s.startswith(("parallel digging", "check")) and r == "isA" for s, r, _o in found), found  # what it does is read, no member


def test_a_label_that_opens_on_a_verb_of_change_is_a_doing_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- **Den coverage:** how much ground the dens cover\n- **Den warmth:** how warm dens are\n"
                            "- Why dig dens:\n- - increase den coverage: more dens on rare ground\n- - improve den warmth\n")
    found = lowered(graph)
    assert not any(s.startswith(("increase", "improve")) and r == "isA" for s, r, _o in found), found


def test_properties_under_a_heading_or_an_item_that_names_one_thing_are_that_thing_s(tmp_path: Path) -> None:
    """Logseq's "- ## [[Den]]" / "  type:: burrow": the heading's thing; "- [[DenEval]] #benchmark" / "  developed-by::
    [[Zorpco]]" under "- benchmarks": the item's own, not the list's; "see::" relates."""
    found = lowered(build(tmp_path, "- ## [[Den]]\n  type:: burrow\n  see:: [[Sett]]\n\t- a hole dug by badgers\n"
                                    "- benchmarks\n\t- [[DenEval]] #benchmark\n\t  developed-by:: [[Zorpco]]\n"))
    assert {("den", "isA", "burrow"), ("den", "relatedTo", "sett"), ("deneval", "developedBy", "zorpco")} <= found, found
    assert not any(s == "benchmark" and r == "developedBy" for s, r, _o in found), found


def test_a_title_that_names_a_part_of_the_notes_is_no_concept(tmp_path: Path) -> None:
    """ "# Den Digging pt. 2: Moss & Clay": the second part of someone's notes, as "Part 2" or "ch. 8" would be."""
    notes = "# Den Digging pt. {n}: Moss & Clay\n\nPart {n} of my notes on dens.\n\nModels finetuned on Zorp outputs copied its style.\n\n" \
            "**Clay lining** is a sealing technique.\n"
    _result, graph = build_files(tmp_path, {"dens-1.md": notes.format(n=1), "dens-2.md": notes.format(n=2)})
    assert not any("pt." in name or "digging" in name for name in names(graph)), names(graph)
    assert ("clay lining", "isA", "sealing") in lowered(graph)


def test_a_plus_in_a_list_of_problems_joins_two_of_them(tmp_path: Path) -> None:
    """ "- limitations: inconsistency, increased cost + latency", "- den radar cons: glare, cost + weight": each."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den judge:** a badger that rates dens\n  - limitations: inconsistency, increased cost + latency\n"
                                    "- den radar cons: glare, cost + weight\n"))
    assert {("den judge", "suffersFrom", "increased cost"), ("den judge", "suffersFrom", "latency"),
            ("den radar", "suffersFrom", "cost"), ("den radar", "suffersFrom", "weight")} <= found, found


def test_a_name_under_a_common_noun_s_entry_is_one_of_it(tmp_path: Path) -> None:
    """ "- **Den chip:** a chip for digging" / "  - ZPU (Zorpco), TPD" / "  - MossChip": each a den chip; under a
    name ("- DPEFT: tunes few weights" / "  - DenLoRA") a name is within its scope."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den chip:** a chip built for digging\n  - ZPU (Zorpco), TPD\n  - MossChip\n"
                                    "- DPEFT: tunes a few weights\n  - DenLoRA\n"))
    assert {("zpu", "isA", "den chip"), ("tpd", "isA", "den chip"), ("mosschip", "isA", "den chip")} <= found, found
    assert ("dpeft", "includes", "denlora") in found, found


def test_a_relation_s_label_that_opens_on_a_judgement_stays_whole(tmp_path: Path) -> None:
    """ "- good for: A, B, C" under an entry: what it is for ("good" is no judgement to drop, but the label's own word)."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Batch den:** holds dens in bulk\n  - good for: moss data generation, periodic reports\n"))
    assert {("batch den", "usedFor", "moss data generation"), ("batch den", "usedFor", "periodic report")} <= found, found


def test_a_sorting_word_over_one_name_or_a_specialised_kind_names_a_kind_of_the_entry(tmp_path: Path) -> None:
    """ "- DPEFT" / "  - adapter-based: DenLoRA": one adapter-based DPEFT (no maker "DenLoRA"); "den-specialized:
    MossChip" under "**Den chip:**": den-specialized den chips."""
    found = lowered(build(tmp_path, "# Dens\n\n- DPEFT\n  - adapter-based: DenLoRA\n- **Den chip:** chip built to speed up digging\n"
                                    "  - den-specialized: MossChip, Apple Den Engine\n"))
    assert {("denlora", "isA", "adapter-based dpeft"), ("mosschip", "isA", "den-specialized den chip")} <= found, found
    assert not any(r == "developedBy" for _s, r, _o in found), found
    assert "den-specialized" not in names(build(tmp_path / "b", "# Dens\n\n- **Den chip:** chip built to dig\n  - den-specialized: MossChip, ClawChip\n"))


def test_who_names_the_kinds_and_an_aside_are_no_part_of_a_label_of_kinds(tmp_path: Path) -> None:
    """ "Types of den tuning she mentions (roughly mirrors ch 2 from the book):" over items: kinds of den tuning."""
    found = lowered(build(tmp_path, "# Dens\n\nTypes of den tuning she mentions (roughly mirrors ch 2 from the book):\n"
                                    "- moss tuning\n- clay tuning\n"))
    assert {("moss tuning", "isA", "den tuning"), ("clay tuning", "isA", "den tuning")} <= found, found


@pytest.mark.parametrize("label", ["**Reasons to dig**", "**Reasons to denproof**"])
def test_a_bold_label_of_reasons_to_do_a_thing_lists_what_the_doing_is_for(tmp_path: Path, label: str) -> None:
    """ "**Reasons to dig**" over a numbered list: what digging is for, no kinds of "reason" (also a verb the
    dictionary lacks, "denproof": denproofing)."""
    found = lowered(build(tmp_path, f"# Dens\n\n{label}\n1. moss storage\n2. winter shelter\n"))
    doing = "digging" if "dig**" in label else "denproofing"
    assert {(doing, "usedFor", "moss storage"), (doing, "usedFor", "winter shelter")} <= found, found
    assert not any(o.startswith("reason") for _s, _r, o in found), found


def test_a_terse_alternative_to_a_thing_sets_the_entry_beside_it_and_names_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- **Clay lining**: a technique for dry walls\n  - alternative to moss lining\n")
    assert ("clay lining", "contrastsWith", "moss lining") in lowered(graph), lowered(graph)
    assert_no_concept(graph, "alternative to moss lining")


def test_a_map_of_content_s_title_names_its_topic(tmp_path: Path) -> None:
    """ "# Dens MOC" in `Dens MOC.md`: the notes on dens, no concept "Dens MOC"."""
    _result, graph = build_files(tmp_path, {"Dens MOC.md": "# Dens MOC\n\n- [[Sett]]\n- [[Warren]]\n",
                                            "Dens/Sett.md": "# Sett\n\nA sett is a den that badgers dig under hills.\n"})
    assert not any("moc" in name for name in names(graph)), names(graph)
    assert ("sett", "isA", "den") in lowered(graph), lowered(graph)
