"""What the ingester must not state: words that judge, compare or count ("a powerful language", "a
smoother model", "two stages"), nouns that only stand in for something said elsewhere ("the process",
"a technique"), names too short to be told from a norm ("L1"), and one-word names met in passing.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each rule is shown holding where it should (the statement a reader draws is made) and where it must
not (no statement, no concept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, lowered, names, rules

from kg.ingest.modifiers import compared_kind, compares, is_counted, is_shell, only_describes, without_judgement
from kg.ingest.nouns import noun_phrase
from kg.ingest.phrases import read

# ---------------------------------------------------------------- the words themselves


@pytest.mark.parametrize("label", ["process", "the process", "approach", "examples", "a technique", "this method", "the fix",
                                   "a good refresher", "a serious limit", "an extreme case", "a common cheap choice",
                                   "the bottleneck", "a hurdle"])
def test_a_shell_noun_alone_is_a_shell(label: str) -> None:
    assert is_shell(label)


@pytest.mark.parametrize("label", ["sampling method", "regularization technique", "transformer", "Process Mining", "rate limit", "real data",
                                   "memory bottleneck"])
def test_a_shell_noun_with_words_that_say_which_is_not(label: str) -> None:
    assert not is_shell(label)


def test_judging_words_open_a_phrase_and_are_dropped_names_keep_theirs() -> None:
    assert without_judgement("a powerful programming language") == "programming language"
    assert without_judgement("the main idea") == "idea"
    assert without_judgement("Great Lakes") == "Great Lakes"  # a name's own word
    assert without_judgement("powerful") == "powerful"  # nothing left to name: kept for keep() to refuse


def test_comparatives_and_superlatives_are_comparisons() -> None:
    assert compares("smoother model") and compares("most important features") and compares("latest techniques")
    assert not compares("lower bound") and not compares("large language model") and not compares("transformer")


def test_counted_things_and_lone_adjectives() -> None:
    assert is_counted("two main stages") and is_counted("3 layers") and not is_counted("two-tower model")
    assert only_describes("powerful") and only_describes("simple")
    assert not only_describes("ranking") and not only_describes("objective")  # nouns as well


# ---------------------------------------------------------------- in sentences


@pytest.mark.parametrize(
    "notes",
    [
        pytest.param("Quill is a powerful and flexible scripting language.\n", id="paragraph"),
        pytest.param("- **Quill:** Quill is a powerful and flexible scripting language.\n", id="entry"),
    ],
)
def test_adjectives_coordinated_before_a_noun_modify_it(tmp_path: Path, notes: str) -> None:
    graph = build(tmp_path, notes)
    assert ("quill", "isA", "scripting language") in lowered(graph)
    assert_no_concept(graph, "powerful", "flexible scripting language")


def test_a_hedged_shell_noun_labels_no_term(tmp_path: Path) -> None:
    """ "- extreme case: **Clay Wall 9** -> walls of pure clay" under a section: the label is no concept of the section."""
    graph = build(tmp_path, "# Dens\n\n### Den sealing\n- **clay packing**: wet clay pressed in\n- extreme case: **Clay Wall 9** -> walls of pure clay\n")
    assert_no_concept(graph, "extreme case", "case")


def test_a_comparison_is_no_object(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Weight decay:** Weight decay produces a smoother model and focuses on the most useful features.\n")
    assert not {f for f in lowered(graph) if f[0] == "weight decay"}
    assert_no_concept(graph, "smoother model", "model", "useful feature", "most useful feature")


def test_a_comparative_before_a_compound_names_the_compound(tmp_path: Path) -> None:
    """ "uses a faster sound sensor": the sensor is named, the comparison only says how it stands to another;
    "faster than sonar" and "a smoother model" name nothing new."""
    graph = build(tmp_path, "# Dens\n\nDen radar uses a faster sound sensor.\n\nMole radar produces a smoother map.\n")
    assert ("den radar", "uses", "sound sensor") in lowered(graph)
    assert_no_concept(graph, "faster sound sensor", "smoother map", "map")
    assert compared_kind("older seq2seq models") and compared_kind("a faster draft model".split(" ", 1)[1])
    assert not compared_kind("faster than sonar") and not compared_kind("smoother map") and not compared_kind("further the aim")


def test_a_shell_noun_subject_refers_back_and_states_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Orbit

        Orbit ranks passages. The process involves hand-labelled pairs. The paper evaluates Orbit on Fjord.
        """)
    assert_no_concept(graph, "process", "paper", "paper evaluates")
    assert not any(s in {"process", "paper"} for s, _r, _o in lowered(graph))


def test_a_shell_noun_kind_gives_a_class_and_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Beam pruning:** Beam pruning is a technique that drops unlikely beams.
        - **Contrastive decoding:** Contrastive decoding is a decoding technique.
        """)
    assert graph.class_of(graph.resolve("beam pruning")) == "Technique"
    assert_no_concept(graph, "technique")
    assert ("contrastive decoding", "isA", "decoding") in lowered(graph)  # a head with a word that says which


def test_a_kind_named_by_a_shell_noun_still_names_the_thing(tmp_path: Path) -> None:
    graph = build(tmp_path, "Nova Corp introduced a method called Orbit.\n")
    assert ("orbit", "developedBy", "nova corp") in lowered(graph)
    assert_no_concept(graph, "method")


# ---------------------------------------------------------------- names met in passing


def test_a_definition_relates_to_another_defined_concept_named_in_several_words(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Prefix cache:** A store of attention states that the serving engine reuses across requests.
        - **Serving engine:** The program that answers requests to a model.
        - **Text:** Characters a person reads.
        - **Slicer:** Cuts text into lines for the serving engine.
        """)
    assert rules(graph, "prefix cache", "relatedTo", "serving engine") == {("co-mention", "weak")}
    # "text" is one word: met in passing far more often than meant
    assert ("slicer", "relatedTo", "text") not in lowered(graph)


def test_a_name_of_one_letter_and_a_number_is_no_model(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Weight decay:** A penalty on large weights. L2 and L1 are its usual forms; Zeta-7 was trained with it.
        """)
    assert "zeta-7" in names(graph)
    assert_no_concept(graph, "L1", "L2")


# ---------------------------------------------------------------- clauses that are not the sentence's


@pytest.mark.parametrize(
    "notes",
    [
        pytest.param("Tests show that Orbit uses retrieval. The authors claim that this is an emergent ability.\n", id="paragraph"),
        pytest.param("- **Orbit:** Tests show that Orbit uses retrieval. The authors claim that this is an emergent ability.\n", id="entry"),
    ],
)
def test_what_a_clause_after_a_verb_and_that_says_has_its_own_subject(tmp_path: Path, notes: str) -> None:
    graph = build(tmp_path, notes)
    found = lowered(graph)
    assert ("orbit", "uses", "retrieval") in found
    assert not any(o == "emergent ability" for _s, _r, o in found)  # "this" there points at nothing named
    assert_no_concept(graph, "tests show", "authors claim", "author")


def test_a_relative_clause_after_that_still_goes_on_its_noun(tmp_path: Path) -> None:
    graph = build(tmp_path, "Orbit is a ranker that uses retrieval. Kite is a parser that can use Orbit.\n")
    assert {("orbit", "isA", "ranker"), ("orbit", "uses", "retrieval"), ("kite", "uses", "orbit")} <= lowered(graph)


def test_a_verb_inside_parentheses_is_an_aside(tmp_path: Path) -> None:
    graph = build(tmp_path, "Orbit ranks better than Kite (involves parsing only) on both tasks. Wren uses Kite.\n")
    found = lowered(graph)
    assert ("wren", "uses", "kite") in found
    assert not any(r == "includes" for _s, r, _o in found)


def test_things_of_the_reader_are_no_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Folding:** Folding makes sure that every part of your data gets used for training.\n")
    assert not any(r == "usedFor" for _s, r, _o in lowered(graph))
    assert_no_concept(graph, "data")


def test_including_after_a_comma_goes_on_the_noun_before_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Orbit uses several rankers, including Kite and Wren.
        Folding checks that every record, including test records, gets used for training.
        """)
    found = lowered(graph)
    assert {("ranker", "includes", "kite"), ("ranker", "includes", "wren"), ("orbit", "uses", "ranker")} <= found
    assert not any(s == "orbit" and o in {"kite", "wren"} for s, _r, o in found)
    assert not any(r == "usedFor" for _s, r, _o in found)  # the verb after the aside is the record's
    assert_no_concept(graph, "test record")


def test_a_plural_noun_spelled_like_a_relation_verb_is_a_noun(tmp_path: Path) -> None:
    graph = build(tmp_path, "Orbit is evaluated on two benchmarks called Fjord and Delta. Kite benchmarks rankers.\n")
    found = lowered(graph)
    assert ("kite", "evaluates", "ranker") in found
    assert not any(s == "orbit" and r == "evaluates" for s, r, _o in found)
    assert_no_concept(graph, "called Fjord")


def test_a_judging_adjective_inside_a_kind_or_part_phrase(tmp_path: Path) -> None:
    graph = build(tmp_path, "The router is a fundamental part of sparse models. A gated unit is a special kind of recurrent cell.\n")
    found = lowered(graph)
    assert ("router", "partOf", "sparse model") in found
    assert ("gated unit", "isA", "recurrent cell") in found
    assert not any(o.endswith("part of sparse model") or r == "isA" and s == "router" for s, r, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Orbit uses scoring functions (e.g., cosine, dot product).", id="e.g."),
        pytest.param("Orbit uses scoring functions (cosine, dot product, etc.).", id="etc."),
    ],
)
def test_examples_in_parentheses_are_kinds_of_the_noun_before(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"- **Orbit:** {sentence}\n")
    found = lowered(graph)
    assert {("cosine", "isA", "scoring function"), ("dot product", "isA", "scoring function"),
            ("orbit", "uses", "scoring function")} <= found
    assert not any(s == "orbit" and o in {"cosine", "dot product"} for s, _r, o in found)  # the examples are no stand-ins


def test_a_parenthesis_of_items_without_etc_is_not_read_as_examples(tmp_path: Path) -> None:
    graph = build(tmp_path, "Orbit produces trajectories (thought, action).\n")
    assert not any(r == "isA" for _s, r, _o in lowered(graph))


def test_a_label_ends_in_a_one_word_kind_only_if_the_notes_define_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Scoring function:** Orbit uses functions to rank. A scoring function maps pairs to numbers.
        - **Kernel:** A function of two inputs.
        - **Graph kernel:** A kernel on graphs.
        """)
    found = lowered(graph)
    assert ("graph kernel", "isA", "kernel") in found  # "kernel" is an entry of its own
    assert ("scoring function", "isA", "function") not in found  # "function" is only said in passing


def test_subjects_that_name_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Orbit

        Orbit ranks passages with Kite. Both involve dense retrievers. Improving prompts can help rankers to generate
        better lists. The study first evaluates Orbit on Fjord.
        """)
    found = lowered(graph)
    assert not any(r in {"includes", "produces", "evaluates"} for _s, r, _o in found)
    assert_no_concept(graph, "improving", "study first", "both")


def test_an_infinitive_of_purpose_is_not_what_the_subject_does(tmp_path: Path) -> None:
    graph = build(tmp_path, "Rankers have a tendency to generate short lists. Orbit is used to generate passages.\n")
    found = lowered(graph)
    assert ("orbit", "produces", "passage") in found
    assert not any(s == "ranker" for s, _r, _o in found)


def test_an_opening_phrase_ends_at_a_comma_outside_parentheses(tmp_path: Path) -> None:
    graph = build(tmp_path, "For tasks where search matters (e.g., Fjord, Delta), dense retrievers are used for recall.\n")
    found = lowered(graph)
    assert ("dense retriever", "usedFor", "recall") in found
    assert not any(s in {"fjord", "delta"} for s, _r, _o in found)


def test_types_of_a_thing_are_the_thing(tmp_path: Path) -> None:
    graph = build(tmp_path, "Orbit is used for different types of ranking.\n")
    assert ("orbit", "usedFor", "ranking") in lowered(graph)
    assert_no_concept(graph, "type of ranking")


def test_advice_to_the_reader_states_nothing_of_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Folding

        Folding splits a dataset into parts. We'll use a dataset of prices. For small datasets, use Kite to keep
        the classes balanced. Folding maximizes the use of the data by allowing every record to be used for scoring.
        """)
    found = lowered(graph)
    assert not any(s == "folding" and r in {"uses", "usedFor"} for s, r, _o in found)
    assert_no_concept(graph, "dataset of prices", "price")


def test_an_infinitive_after_a_noun_is_a_purpose_for_any_relation_phrase(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Stop list:** Words that are removed from a text to focus on its content.\n")
    assert not any(r == "focusesOn" for _s, r, _o in lowered(graph))


def test_coordinated_subjects_each_get_the_claim(tmp_path: Path) -> None:
    graph = build(tmp_path, "Deep rankers and wide parsers are prone to overfitting and benefit from methods like pruning.\n")
    found = lowered(graph)
    assert {("deep ranker", "suffersFrom", "overfitting"), ("wide parser", "suffersFrom", "overfitting")} <= found
    assert not any(o == "pruning" for _s, r, o in found if r == "suffersFrom")  # the examples are of "methods"
    assert_no_concept(graph, "deep rankers and wide parser")


def test_a_parenthesis_opening_with_a_preposition_is_no_alias(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Types of regularization

        ### Weight noise (for neural networks)

        Weight noise adds noise to weights.
        """)
    assert not any(o == "neural network" for _s, _r, o in lowered(graph))
    assert_no_concept(graph, "for neural networks")


def test_a_clause_in_parentheses_is_no_alias() -> None:
    assert noun_phrase("den bias (older wombats win)").aliases == ()  # what it means, said as a clause
    assert noun_phrase("root bracing (tunnel propping)").aliases == ("tunnel propping",)  # another name


def test_a_label_never_ends_in_a_shell_noun_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Technique:** A way of doing something.
        - **Pruning technique:** A technique that removes weights.
        """)
    assert ("pruning", "isA", "technique") not in lowered(graph)


# ---------------------------------------------------------------- definitions as people write them


def test_a_definition_whose_list_follows_a_dangling_that(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Orbit

        Orbit is a passage ranking method that:

        - scores passages
        - keeps the best ones
        """)
    assert ("orbit", "isA", "passage ranking") in lowered(graph)


def test_the_one_of_a_kind_a_relative_clause_picks_out(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Orbit:** Orbit is the ranking algorithm that orders passages by score.
        - **Kite:** Kite is the most accurate parser that exists.
        - **Wren:** Wren is the process that splits text.
        """)
    found = lowered(graph)
    assert ("orbit", "isA", "ranking algorithm") in found
    kite = {o for s, _r, o in found if s == "kite"}
    assert kite == {"parser"}  # the most accurate parser is a parser; the comparison names no kind of its own
    assert graph.class_of(graph.resolve("wren")) == "Technique" or not any(o == "process" for _s, _r, o in found)
    assert_no_concept(graph, "process")


def test_used_to_do_something_is_what_a_thing_is_for(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Weight noise:** A technique used in small networks to prevent overfitting.
        - **Label smoothing:** It is used to prevent your model from becoming overconfident.
        """)
    found = lowered(graph)
    assert {("weight noise", "usedFor", "small network"), ("weight noise", "usedFor", "preventing overfitting")} <= found
    assert not any(s == "label smoothing" and r == "usedFor" for s, r, _o in found)  # what is prevented follows "from"


def test_a_parenthesis_is_another_name_only_if_it_can_be_one(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **L2 Penalty (Ridge):** A penalty on the squared weights.
        - **Dimension Reduction (PCA):** Fewer features that keep the variance.
        - **Rank Fusion (RF):** Scores merged from several rankers.
        """)
    assert "ridge" in names(graph)  # a short synonym
    assert ("l2 penalty", "developedBy", "ridge") not in lowered(graph)  # an English noun is no maker
    assert "rf" in names(graph)  # the letters of "Rank Fusion"
    pca = graph.resolve("PCA") if "pca" in names(graph) else None
    assert pca is None or pca != graph.resolve("dimension reduction")  # P is no letter of "Dimension Reduction"


def test_used_to_and_a_verb_gives_no_object_of_that_verb(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Latency:** It is used to compare the speed of servers or rankers.\n")
    assert not any(o in {"ranker", "server"} for _s, _r, o in lowered(graph))


@pytest.mark.parametrize("separator", [" - ", " – ", ": "])
def test_a_term_set_off_by_a_dash_and_a_definition_that_is_a_noun_phrase(tmp_path: Path, separator: str) -> None:
    graph = build(tmp_path, f"""\
        ## Decoding settings

        **Top K**{separator}A sampling method with a cut-off, called truncation, where only the K best tokens stay.

        **Beam width**{separator}The number of beams kept at each step.
        """)
    found = lowered(graph)
    assert ("top k", "isA", "sampling") in found
    assert graph.definition(graph.resolve("top K")).startswith("A sampling method")
    assert_no_concept(graph, "- a sampling method")


def test_a_link_set_off_like_a_term_names_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - [Orbit](https://example.org/orbit) - an LLM-powered agent that plans tool calls.
        - [Kite](https://example.org/kite): a language model trained to use tools.
        - [Wren](https://example.org/wren)
        """)
    found = lowered(graph)
    assert {("orbit", "isA", "llm-powered agent"), ("kite", "isA", "language model"), ("kite", "uses", "tool")} <= found
    assert "https://example.org/orbit" in {str(u) for u in graph.see_also(graph.resolve("Orbit"))}


def test_a_full_sentence_after_a_term_is_read_as_written(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Routing:** A router uses gates.\n")
    found = lowered(graph)
    assert ("routing", "isA", "router") not in found  # "A router uses ...": no fragment, a sentence
    assert any(r == "uses" and o == "gate" for _s, r, o in found)


def test_sizes_quotes_and_basics_are_not_part_of_a_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Zeta:** Zeta is a 1.3 billion parameters model trained on "textbook quality" data.
        - **Calculus course:** A course that covers all the basics of calculus.
        """)
    found = lowered(graph)
    assert ("zeta", "trainedOn", "textbook quality data") in found
    assert graph.class_of(graph.resolve("zeta")) in {"Model", "ModelType"}  # "a ... model": a class, no concept
    assert ("calculus course", "includes", "calculus") in found
    assert_no_concept(graph, "billion parameters model", "basics of calculus")


# ---------------------------------------------------------------- kinds named with examples (Hearst patterns)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Learn ranking algorithms like BM25, LambdaMART, and ColBERT.", id="like"),
        pytest.param("Learn ranking algorithms such as BM25, LambdaMART, and ColBERT.", id="such as"),
        pytest.param("Ranking algorithms like BM25, LambdaMART and ColBERT are used in search.", id="as a subject"),
    ],
)
def test_a_kind_with_its_examples_anywhere_in_a_sentence(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"## Retrieval\n\n{sentence}\n")
    found = lowered(graph)
    assert {("bm25", "isA", "ranking algorithm"), ("lambdamart", "isA", "ranking algorithm"),
            ("colbert", "isA", "ranking algorithm")} <= found
    assert_no_concept(graph, "colbert order passage")


def test_a_one_word_kind_counts_only_if_the_vocabulary_names_a_class_by_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "Learn algorithms like k-means. Pick features like house size and location.\n")
    found = lowered(graph)
    assert ("k-means", "isA", "algorithm") in found  # "algorithm" heads the class Technique
    assert not any(o == "feature" for _s, _r, o in found)


def test_no_kind_where_like_compares_or_the_noun_is_a_complement(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Cross-validation is like a rehearsal. It works like a charm.
        Study the structure of a neural network, such as layers and weights.
        Remember individual units like words. Recall past memories like Sherlock Holmes.
        """)
    found = lowered(graph)
    assert not any(r == "isA" for _s, r, _o in found)
    assert_no_concept(graph, "rehearsal", "charm", "Sherlock Holmes")


def test_a_name_in_parentheses_after_a_common_noun_is_an_example_not_another_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Orbit:** Orbit is evaluated on tasks such as question answering (Fjord) and fact checking (Delta).\n")
    assert "fjord" not in {a.casefold() for c in graph.concepts() for a in graph.aliases(c)}
    assert ("question answering", "isA", "task") not in lowered(graph)  # "task" alone is no kind worth a concept


def test_a_plural_subject_are_a_plural_noun_phrase_is_a_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Outliers are data points that differ from the rest. Embeddings are dense vector representations of words.
        Inputs and outputs are sequences of tokens. Transformers are stacks of layers.
        """)
    found = lowered(graph)
    # a capitalised word opening a sentence may stay as written ("Outliers"): either spelling is the concept
    assert any(s in {"outliers", "outlier"} and o == "data point" for s, r, o in found if r == "isA")
    assert any(s in {"embeddings", "embedding"} and o == "dense vector representation" for s, r, o in found if r == "isA")
    assert not any(o in {"token", "sequence", "stack", "layer"} for _s, r, o in found if r == "isA")


def test_also_called_in_parentheses_is_another_name() -> None:
    from kg.ingest.nouns import noun_phrase

    assert noun_phrase("Xavier initialization (also called Glorot initialization)").aliases == ("Glorot initialization",)
    assert noun_phrase("nucleus sampling (a.k.a. top-p sampling)").aliases == ("top-p sampling",)


def test_a_plural_that_is_also_a_lemma_is_made_singular_unless_it_is_plural_in_form() -> None:
    from kg.ingest.singular import singular_noun

    words = ("representations", "relations", "statistics", "means", "data")
    assert [singular_noun(w) for w in words] == ["representation", "relation", "statistics", "means", "data"]


# ---------------------------------------------------------------- tables that compare things column by column


def test_a_table_that_compares_columns_is_read_by_column(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Grids vs chains

        | Feature | Gridnet (Frodo) | Chainnet |
        |---|---|---|
        | Good for? | Images, maps | Sequences, speech |
        | Memory | None. It uses convolutions over local patches. | A hidden state. It uses recurrence. |
        | Overfitting risk | High | Low |
        """)
    found = lowered(graph)
    assert {("gridnet", "usedFor", "images"), ("chainnet", "usedFor", "speech"),
            ("gridnet", "uses", "convolution"), ("chainnet", "uses", "recurrence")} <= found
    assert_no_concept(graph, "overfitting risk", "good for?", "memory", "feature", "high", "Frodo")  # a gloss, no maker


def test_a_table_of_rows_is_still_read_by_row(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        | Model | Developer | Notes |
        |---|---|---|
        | Zeta | Acme Labs | A small model. |
        | Kite | Nova Corp | It uses attention. |
        """)
    assert {("zeta", "developedBy", "acme labs"), ("kite", "uses", "attention")} <= lowered(graph)


def test_incorporates_states_that_a_thing_contains_another(tmp_path: Path) -> None:
    graph = build(tmp_path, "Zeta incorporates a compressive memory module into its attention.\n")
    assert ("zeta", "contains", "compressive memory module") in lowered(graph)


def test_a_heading_that_introduces_members_makes_the_headings_below_kinds(tmp_path: Path) -> None:
    from kg.ingest.categories import kinds_named

    assert kinds_named("Step 2: Common Ranking Functions") == "ranking function"
    assert kinds_named("Key Quality Metrics") == "quality metric"
    assert kinds_named("Key Takeaways") is None and kinds_named("Common Pitfalls") is None and kinds_named("Main Steps") is None
    graph = build(tmp_path, """\
        ### Common Ranking Functions

        #### 1. BM25

        Scores by term frequency.

        #### 2. Cosine Similarity

        Scores by angle.

        ### Common Pitfalls

        #### 1. Overfitting

        Too close to the training data.
        """)
    found = lowered(graph)
    assert {("bm25", "isA", "ranking function"), ("cosine similarity", "isA", "ranking function")} <= found
    assert not any(o == "pitfall" for _s, _r, o in found)


def test_a_description_in_parentheses_after_a_name_is_its_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Benchmarks

        Zorp was evaluated on Kestrel (text-based game) and Wombat (a shopping environment).

        Quill uses LoRA (low-rank adaptation), Orbit (Meta) and House Size (sqft).
        """)
    found = lowered(graph)
    assert {("kestrel", "isA", "text-based game"), ("wombat", "isA", "shopping environment")} <= found, found
    assert rules(graph, "Kestrel", "isA", "text-based game") == {("gloss-in-parentheses", "structural")}
    assert not any(o in {"low-rank adaptation", "sqft", "meta"} and r == "isA" for _s, r, o in found), found
    assert not any(s == "kestrel" and r != "isA" and o == "text-based game" for s, r, o in found)


def test_a_plural_in_parentheses_after_one_name_is_what_it_holds_no_kind(tmp_path: Path) -> None:
    """ "DenQA (grade-school den questions)": one benchmark named by what it holds, no kind of question;
    "ALFDen (text-based den game)", in the singular, is a kind."""
    found = lowered(build(tmp_path, "# Dens\n\nThe board averaged two benchmarks: **DenQA** (grade-school den questions) and "
                                    "**ALFDen** (text-based den game).\n"))
    assert not any(s == "denqa" and r == "isA" and "question" in o for s, r, o in found), found
    assert ("alfden", "isA", "text-based den game") in found, found


def test_a_parenthesis_after_an_example_of_a_named_kind_is_no_kind_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nBurrow benchmarks like Kestrel (general knowledge) and Wombat (coding) are popular.\n"))
    assert {("kestrel", "isA", "burrow benchmark"), ("wombat", "isA", "burrow benchmark")} <= found, found
    assert ("kestrel", "isA", "general knowledge") not in found, found


def test_made_by_a_doing_names_how_not_who(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Merging\n\nZorp-120B was made by stacking two Kestrel models. Quokka was made by Wombat Labs.\n"))
    assert not any(s == "zorp-120b" and r == "developedBy" for s, r, _o in found), found
    assert ("quokka", "developedBy", "wombat labs") in found, found


def test_a_collection_of_things_is_none_of_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\n- **Zorp forest**: A collection of decision trees.\n- **Kestrel**: A decision tree.\n"))
    assert ("zorp forest", "isA", "decision tree") not in found, found
    assert ("zorp forest", "contains", "decision tree") in found, found  # what it holds
    assert ("kestrel", "isA", "decision tree") in found, found


@pytest.mark.parametrize("term", ["Lower zorp loss", "More data", "Best zorp model"])
def test_a_change_of_degree_is_no_term(tmp_path: Path, term: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n- {term} = the model predicts the text better\n- **{term}**: a kestrel model.\n")
    assert term.casefold() not in names(graph), names(graph)


def test_what_whose_introduces_is_the_possessed_thing_not_the_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tuning\n\nZorp learns two small kestrel matrices whose product is a low-rank update.\n"))
    assert not any(o == "low-rank update" for _s, _r, o in found), found


def test_an_adjective_in_parentheses_is_no_alias() -> None:
    assert noun_phrase("deep probing (dense)").aliases == ()  # what it is like
    assert noun_phrase("deep probing (DP)").aliases == ("DP",)


# ---------------------------------------------------------------- the writing itself, and what is denied


@pytest.mark.parametrize("adverb", ["rarely", "seldom", "hardly ever"])
def test_what_is_rarely_done_is_no_statement(tmp_path: Path, adverb: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\nDeep digging is {adverb} used for den sealing. Shallow digging is used for den sweeping.\n"))
    assert ("shallow digging", "usedFor", "den sweeping") in found, found
    assert ("deep digging", "usedFor", "den sealing") not in found, found


@pytest.mark.parametrize("title", ["Reading log", "Burrow cheat sheet", "Study journal: Burrows by Kim Moss"])
def test_a_file_named_by_a_kind_of_document_is_about_no_concept(tmp_path: Path, title: str) -> None:
    """ "# Reading log" over dated entries: the log is no concept (its title names the file's topic), and
    what its lists name (tools) is for nothing the title names; the dates are no topics."""
    from reading import build_files

    _result, graph = build_files(tmp_path, {"notes/log.md": f"# {title}\n\n## Mon, 3 March\n\nDen mapping. Tools: Quill, Moss.\n\n"
                                                            "## 2026-03-05\n\nDen sweeping uses a broom.\n",
                                            "notes/other.md": "# Kestrel\n\nKestrel is a bird.\n"})
    found = lowered(graph)
    assert ("den sweeping", "uses", "broom") in found, found
    assert not any(r == "usedFor" for _s, r, _o in found), found
    assert_no_concept(graph, "Reading log", "Burrow cheat sheet", "Study journal")  # the file's title is its topic only
    assert_no_concept(graph, "Mon, 3 March", "2026-03-05", topics=True)


@pytest.mark.parametrize("heading, header", [("Key ideas", "Idea"), ("Takeaways", "Name"), ("Quotes", "Quote")])
def test_a_table_under_a_heading_of_remarks_lists_no_kinds(tmp_path: Path, heading: str, header: str) -> None:
    graph = build(tmp_path, f"""\
        # Burrows

        ## {heading}

        | {header} | What it means |
        | --- | --- |
        | Den sealing | the den is closed with clay |
        | Moss lining | the floor is lined with moss |
        """)
    assert not any(r == "isA" for _s, r, _o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "idea", "key idea", "takeaway", "quote", topics=True)


@pytest.mark.parametrize("heading, header", [("Quick comparison", "Method"), ("Overview", "Tool"), ("Burrows at a glance", "Den"),
                                             ("Summary", "Technique")])
def test_a_heading_that_says_how_a_table_shows_its_rows_names_no_kind_of_them(tmp_path: Path, heading: str, header: str) -> None:
    """ "## Quick comparison" over "| Method | Family |": the rows are compared, not "quick comparison methods"."""
    graph = build(tmp_path, f"""\
        # Burrows

        ## {heading}

        | {header} | Family | Cost |
        | --- | --- | --- |
        | Moss lining | lining | low |
        | Clay sealing | sealing | high |
        """)
    found = lowered(graph)
    assert {("moss lining", "isA", "lining"), ("clay sealing", "isA", "sealing")} <= found, found  # the family column still says
    assert not any(r == "isA" and o not in {"lining", "sealing"} for _s, r, o in found), found
    assert_no_concept(graph, f"{heading} {header}", f"{heading} {header}s")


def test_a_doing_a_list_ends_inside_is_no_item(tmp_path: Path) -> None:
    """ "Fixes: moss lining, asking for help": the list was cut inside "asking for help", no "asking"."""
    found = lowered(build(tmp_path, "# Notes\n\nDens fail. Mitigations: moss lining, clay sealing, asking for help.\n\n"
                                    "Dens flood. Fixes include moss lining, clay sealing and asking for help.\n"))
    assert {("moss lining", "isA", "mitigation"), ("clay sealing", "isA", "mitigation")} <= found, found
    assert not any(s == "asking" for s, _r, _o in found), found  # (a fix, as a solution, is a shell word: no kind)


def test_a_label_for_steps_to_take_heads_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrow workflow

        ### Step 2: Sealing

        1. **Objective**:
            - Keep the den dry.
        2. **Key Actions**:
            - Use [[Clay Sealing]] techniques on the walls.
            - Check for leaks with a moss probe.
        3. **Next steps**: [[Den Sweeping]]
        """)
    assert_no_concept(graph, "key action", "Key Actions", "next step", "Next steps")


def test_an_opening_contrast_followed_by_its_own_clause_names_no_subject(tmp_path: Path) -> None:
    """ "Unlike the Moss Wardens, who relied on ..., Kestrel carried ...": the clause after the comma is the
    wardens', so no subject of the sentence is read from it."""
    from reading import build_files

    _result, graph = build_files(tmp_path, {"vault/Kestrel.md": "Kestrel is a burrow keeper.\n\nUnlike the Moss Wardens, who relied on "
                                                                "fragile dens, Kestrel carried a lantern.\n",
                                            "vault/Moss.md": "Moss is a lining.\n"})
    assert not any(r == "contrastsWith" for _s, r, _o in lowered(graph)), lowered(graph)


def test_a_kind_with_a_participle_and_its_listed_objects_is_the_kind_alone(tmp_path: Path) -> None:
    """ "a dense vector representing text, images or other data": a dense vector, and the things listed
    after the participle are its objects, no kinds; a noun's first part ("a model serving platform") stays."""
    graph = build(tmp_path, "# Notes\n\nAn embedding is a dense vector representing text, images or other data.\n\n"
                            "A burrow is a tunnel system connecting dens and exits. Kestrel is a model serving platform and a router.\n")
    found = lowered(graph)
    assert {("embedding", "isA", "dense vector"), ("burrow", "isA", "tunnel system"), ("kestrel", "isA", "model serving platform")} <= found, found
    assert not any(r == "isA" and o in ("image", "data", "exit", "den") for _s, r, o in found), found
    assert_no_concept(graph, "dense vector representing text", "tunnel system connecting den")


def test_a_numbered_copy_of_a_document_name_is_no_note_name(tmp_path: Path) -> None:
    """ "glossary2.md" titled "# Glossary": a glossary of many terms, each an entry, no note on "glossary2"."""
    from reading import build_files

    _result, graph = build_files(tmp_path, {"notes/glossary2.md": "# Glossary\n\n**Den** – a hole that holds moss.\n\n"
                                                                  "**Burrow** – a tunnel system with dens.\n\n**Sett** – a badger's burrow.\n",
                                            "notes/other.md": "# Kestrel\n\nKestrel is a bird.\n"})
    assert {("den", "isA", "hole"), ("burrow", "isA", "tunnel system")} <= lowered(graph), lowered(graph)
    assert_no_concept(graph, "glossary2")


@pytest.mark.parametrize("pointer", ["see *den lining*.", "→ see den lining", "see Den lining"])
def test_a_glossary_entry_that_points_to_another_is_its_other_name(tmp_path: Path, pointer: str) -> None:
    """ "**Lining** – see den lining.": one concept, "lining" another label of den lining; "see also" relates."""
    graph = build(tmp_path, f"# Glossary\n\n**Lining** – {pointer}\n\n**Den lining** – moss laid on the floor of a den.\n\n"
                            "**Moss** – see also lichen.\n")
    lining = graph.resolve("den lining")
    assert "lining" in {a.lower() for a in graph.aliases(lining)} and graph.resolve("Lining") == lining
    assert ("moss", "relatedTo", "lichen") in lowered(graph)


def test_another_name_given_in_a_definition_is_no_kind(tmp_path: Path) -> None:
    """ "a badger den, a.k.a. badger burrow": no kind "a.k.a. badger burrow"; "Syn.: X" is another name;
    "Synonyms: A, B" lists no kinds of "synonym"."""
    graph = build(tmp_path, "# Glossary\n\n**Sett** – a badger den, a.k.a. badger burrow.\n\n**Den rot** – damp that eats the walls. "
                            "Syn.: wall rot.\n\n**Den lining** – moss on the floor. Synonyms: floor bedding, nest lining.\n")
    found = lowered(graph)
    assert ("sett", "isA", "badger den") in found, found
    assert not any(r == "isA" and ("a.k.a" in o or o == "synonym") for _s, r, o in found), found
    assert "wall rot" in {a.lower() for a in graph.aliases(graph.resolve("den rot"))}
    assert_no_concept(graph, "a.k.a. badger burrow", "synonym")


@pytest.mark.parametrize("heading", ["How to use this", "1. Why den care is hard", "The big picture", "What we dig", "Vocabulary",
                                     "Ch1 Intro", "Introduction", "Lecture 3: summary"])
def test_a_heading_that_asks_instructs_or_remarks_is_no_topic(tmp_path: Path, heading: str) -> None:
    graph = build(tmp_path, f"# Burrows\n\n## {heading}\n\nDen sealing uses clay.\n\n## Den lining\n\nDen lining uses moss.\n")
    assert ("den sealing", "uses", "clay") in lowered(graph)
    assert_no_concept(graph, heading, heading.removeprefix("1. "), topics=True)
    assert "den lining" in names(graph, topics=True)  # a heading that names a thing is one


def test_a_writers_aside_in_parentheses_is_no_other_name(tmp_path: Path) -> None:
    """ "better dens (not my budget)", "clay walls (our favourite)": the writer's aside, no label of the thing."""
    graph = build(tmp_path, "# Notes\n\nDen care is mostly about digging better dens (not my budget). Den sealing uses clay walls (our favourite) "
                            "and moss beds (MB).\n")
    assert_no_concept(graph, "not my budget", "our favourite")
    assert "mb" in names(graph)  # an abbreviation is still another name


@pytest.mark.parametrize("label", ["My take", "The big picture", "Some thoughts", "Key takeaways", "Vocabulary"])
def test_labels_of_remarks_with_or_without_an_article(label: str) -> None:
    from kg.ingest.remarks import is_remark

    assert is_remark(label)


def test_a_counted_plural_is_no_verb_and_an_equation_names_no_kind(tmp_path: Path) -> None:
    """ "Kestrel Board, v1 = 6 benchmarks: A, B" counts benchmarks: "benchmarks" is no verb of the board
    (no "Kestrel Board evaluates A"), and the kind is what the equation gives, not "v1 6 benchmark"."""
    graph = build(tmp_path, """\
        # Burrow boards

        - Wombat Lab's Kestrel Board, v1 = 3 benchmarks: DigBench, MossQA, ClayEval
        - The Den harness runs 40 benchmarks today.
        """)
    found = lowered(graph)
    assert {("digbench", "isA", "benchmark"), ("mossqa", "isA", "benchmark"), ("clayeval", "isA", "benchmark")} <= found, found
    assert not any(r == "evaluates" for _s, r, _o in found), found
    assert not any(o.startswith("v1") for _s, _r, o in found), found


def test_a_heading_that_opens_with_a_doing_names_no_kind_of_its_items(tmp_path: Path) -> None:
    """ "## Choosing sturdy burrow tools" / "- Root spade": the section is about choosing them; its items are no
    "choosing sturdy burrow tool". A heading naming the tools alone still makes each one of them."""
    graph = build(tmp_path, """\
        # Burrows

        ## Choosing sturdy burrow tools

        - **Root spade**: a spade for roots
        - **Clay pick**: a pick for clay

        ## Burrow tools

        - **Moss rake**: a rake for moss
        """)
    found = lowered(graph)
    assert ("moss rake", "isA", "burrow tool") in found, found
    assert not any(o.startswith("choosing") for _s, _r, o in found), found
    assert_no_concept(graph, "choosing sturdy burrow tool")


def test_other_names_in_a_parenthesis_are_each_a_name_and_no_kinds(tmp_path: Path) -> None:
    """ "A den store (also called a burrow store or nest store)" gives the den store two other names,
    each without its article; "(also known as A, B, or C)" is no list of kinds of it."""
    graph = build(tmp_path, """\
        # Notes

        A den store (also called a burrow store or nest store) contains dry moss.

        A clay pit (also known as a mud pit, wet pit, or soft pit) contains wet clay.
        """)
    store, pit = graph.resolve("den store"), graph.resolve("clay pit")
    assert {"burrow store", "nest store"} <= set(graph.aliases(store)), graph.aliases(store)
    assert {"mud pit", "wet pit", "soft pit"} <= set(graph.aliases(pit)), graph.aliases(pit)
    found = lowered(graph)
    assert ("den store", "contains", "dry moss") in found, found
    assert not any(r == "isA" for _s, r, _o in found), found
    assert_no_concept(graph, "burrow store or nest store", "known as a mud pit")


def test_a_first_sentence_with_a_subject_of_its_own_defines_no_heading(tmp_path: Path) -> None:
    """ "# Caches" / "A prompt cache stores the processed moss of a burrow." ("stores", a verb the tagger may take
    for a plural noun): a prompt cache and what it holds, not the definition of "cache" (no "cache isA prompt cache");
    "# Moss lining" / "A lining technique that keeps dens warm." still defines moss lining."""
    found = lowered(build(tmp_path, "# Caches\n\nA prompt cache stores the processed moss of a burrow.\n"))
    assert ("prompt cache", "contains", "processed moss") in found, found
    assert not any(s == "cache" for s, _r, _o in found), found
    defined = lowered(build(tmp_path / "lining", "# Moss lining\n\nA lining technique that keeps dens warm.\n"))
    assert ("moss lining", "isA", "lining") in defined, defined


def test_a_list_inside_a_prepositional_phrase_is_no_subject_of_are(tmp_path: Path) -> None:
    """ '"Warmth" in DenKit, MossLab and ClayOS are three different prompts': the tools are where the word is
    used, not prompts; "DenKit, MossLab and ClayOS are burrow toolkits" says what each is."""
    found = lowered(build(tmp_path, '# Notes\n\n"Warmth" in DenKit, MossLab and ClayOS are three different prompts.\n\n'
                                    "DenKit, MossLab and ClayOS are burrow toolkits.\n"))
    assert {("denkit", "isA", "burrow toolkit"), ("clayos", "isA", "burrow toolkit")} <= found, found
    assert not any(o == "prompt" for _s, _r, o in found), found


def test_a_pronoun_after_where_and_a_doing_of_the_above_name_no_one(tmp_path: Path) -> None:
    """ "digging is slow, whereas sealing, where it generates one clod at a time, is fast": "it" is the wombat of
    the situation, not digging; "a way of doing any of the above" is for what was listed, no concept."""
    found = lowered(build(tmp_path, "# Notes\n\nDigging is slow, whereas sealing, where it generates one clay clod at a time, is fast.\n\n"
                                    "Moss lining is the cheap way of doing any of the above.\n\n"
                                    "Clay sealing is slow; when it uses wet clay, it dries.\n"))
    assert ("clay sealing", "uses", "wet clay") in found, found  # "when it ..." is still the subject's
    assert not any(o in {"clay clod", "one clay clod"} for _s, _r, o in found), found
    assert not any("above" in o for _s, _r, o in found), found


def test_a_possessive_after_the_names_a_part_not_a_maker(tmp_path: Path) -> None:
    """ "The DEN's HMB uses moss": the HMB of the den, no "HMB developedBy DEN"; "Wombat Labs' DenCam uses
    moss" is still made by Wombat Labs."""
    found = lowered(build(tmp_path, "# Notes\n\nThe DEN's HMB uses dry moss. Acme's DenCam uses wet clay.\n\n"
                                    "Clay is big and slow, the BUR's SRM is smaller but faster.\n"))
    assert {("hmb", "uses", "dry moss"), ("dencam", "developedBy", "acme")} <= found, found
    assert not any(r == "developedBy" and o in {"den", "bur"} for _s, r, o in found), found


@pytest.mark.parametrize("sentence", ["There is a hierarchy of dens.", "There's a hierarchy: clay is slow, moss is fast.",
                                      "There was a burrow flood last year.", "Wherever there is a crack, there is a leak.",
                                      "If there are floods, you should consider a moss wall."])
def test_there_is_says_what_exists_of_no_subject(tmp_path: Path, sentence: str) -> None:
    """ "A den is a hole ... There's a hierarchy: ...": what exists, said of neither the den nor the note."""
    found = lowered(build(tmp_path, f"# Why wombats dig\n\n## Burrows, briefly\n\nA *den* is a hole built to keep a wombat warm. "
                                    f"The moss part surprised me. {sentence}\n"))
    assert ("den", "isA", "hole") in found, found
    assert not any(r == "isA" and o != "hole" for _s, r, o in found), found


def test_this_and_a_modifier_before_a_shell_noun_names_no_new_thing(tmp_path: Path) -> None:
    """ "This pairwise version is what gets used for moss data": the version said before, no concept
    "pairwise version"; "This approach uses clay" in an entry is still the entry's."""
    graph = build(tmp_path, "# Dens\n\n- **Den sealing**: closing dens. This approach uses wet clay.\n\n"
                            "Compare two dens and pick one. This pairwise version is what gets used for moss data.\n")
    found = lowered(graph)
    assert ("den sealing", "uses", "wet clay") in found, found
    assert_no_concept(graph, "pairwise version")


def test_a_second_verb_after_and_is_no_item_of_the_objects(tmp_path: Path) -> None:
    """ "DenKit uses moss and takes hours": moss, no "moss hour"; "Moss stores optimize for warmth and are
    allowed to take hours": warmth, no "taking hours" (the infinitive is another verb's)."""
    found = lowered(build(tmp_path, "# Dens\n\nDenKit uses moss and takes hours.\n\n"
                                    "Moss stores optimize for warmth and are allowed to take hours.\n\n"
                                    "Clay is used in dens to prevent floods.\n"))
    assert {("denkit", "uses", "moss"), ("moss store", "focusesOn", "warmth"), ("clay", "usedFor", "preventing floods")} <= found, found
    assert not any("hour" in o for _s, _r, o in found), found


def test_a_format_of_numbers_is_no_model_named_in_passing(tmp_path: Path) -> None:
    """ "Some dens store weights in FP32, others in INT8, and Kestrel-7B reads them" in an entry: Kestrel-7B,
    a model named in passing, relates to the entry (weakly); FP32 and INT8 are formats of numbers."""
    graph = build(tmp_path, "# Burrows\n\n- **Den heating**: keeps dens warm. Some dens store weights in FP32, others in INT8, "
                            "and Kestrel-7B reads them.\n")
    assert rules(graph, "Kestrel-7B", "relatedTo", "den heating") == {("model-name", "weak")}
    assert_no_concept(graph, "FP32", "INT8")


def test_compound_adjectives_counted_after_a_colon_are_no_kinds(tmp_path: Path) -> None:
    """ "three levels: **den-level** (...), ...": words that say which, of a noun left unsaid."""
    graph = build(tmp_path, "# Burrows\n\nSo three levels: **den-level** (smaller dens), **tunnel-level** (wider), "
                            "**colony-level** (scheduling).\n\nThere are three burrows: simple burrows, deep burrows, wide burrows.\n")
    assert not any(s.endswith("-level") or o == "level" for s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "den-level", "smaller dens")
    assert ("deep burrow", "isA", "burrow") in lowered(graph)  # nouns counted so still are kinds


def test_others_before_a_colon_name_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n## Dens\n- **Den** is the default. others: Clay Den, Moss Den, Rock Den...\n")
    assert not any(o in {"other", "others"} for _s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "other")


def test_a_tradeoff_after_two_sides_weighs_both(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- depth vs width tradeoff: digging deeper costs width.\n"))
    assert ("depth", "contrastsWith", "width") in found, found
    assert not any("tradeoff" in s or "tradeoff" in o for s, _r, o in found), found


@pytest.mark.parametrize("label", ["Book's analogy", "my tip", "Chip's takeaways", "The author's caveat"])
def test_someone_s_remark_is_a_remark(label: str) -> None:
    from kg.ingest.remarks import is_remark
    assert is_remark(label)


def test_someone_s_analogy_names_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n## Digging\n- Book's analogy: static digging = a bus that waits.\n")
    assert_no_concept(graph, "book analogy", "Book's analogy")


def test_a_language_or_nation_in_parentheses_is_no_maker_and_no_other_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- non-English dens: [[DenGLM]] (Chinese), [[PhoDen]] (Vietnamese)\n- DenNet (Wombat Labs) is deep.\n")
    found = lowered(graph)
    assert not any(o in {"chinese", "vietnamese"} for _s, _r, o in found), found
    assert not any(a.lower() in {"chinese", "vietnamese"} for c in graph.concepts() for a in graph.aliases(c))
    assert ("dennet", "developedBy", "wombat labs") in found, found  # a maker's name still is one


def test_a_chapter_set_off_as_a_term_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- ch6 = 2 ways to dig: **root digging** and **claw digging**\n")
    assert_no_concept(graph, "ch6")


def test_teams_and_engineers_opening_a_sentence_are_nobody_named(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- teams use heuristics to dig.\n- Engineers use moss for dens.\n")
    assert not any(s in {"team", "engineer"} for s, _r, _o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "team", "engineer")


def test_doings_listed_under_a_word_for_what_a_thing_does_are_no_kinds_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n## Burrow index\n- 2 main functions: *indexing* (sorting dens) and *querying*\n"
                                    "- Main functions: digging, sealing\n- you can use three different roles: `nest`, `larder`, and `latrine`.\n"))
    assert not any(o in {"function", "main function"} for _s, _r, o in found), found
    assert {("nest", "isA", "role"), ("larder", "isA", "role")} <= found, found  # names of roles are kinds of role


def test_a_doing_that_moves_its_object_is_no_subject(tmp_path: Path) -> None:
    """ "sending moss to a far den is a no-go": an activity the entry is not."""
    found = lowered(build(tmp_path, "# Dens\n\n- **den privacy**: sending moss to a far den is a no-go for some wombats\n"
                                    "- **den cost**: carrying clay out is a chore\n"))
    assert not any(r == "isA" and o in {"no-go", "chore"} for _s, r, o in found), found


def test_a_post_titled_by_a_question_is_of_many_concepts_and_an_adverb_in_parentheses_names_nothing(tmp_path: Path) -> None:
    """title: "Why your den is (probably) damp": a post that argues, no concept of that name and no other
    name "probably"; "*Next post: ...*" is the writer's remark."""
    from reading import build_files
    graph = build_files(tmp_path, {"blog/2024-11-03-damp-dens.md": "---\ntitle: \"Why your den is (probably) damp\"\n---\n\n"
                                                                  "# Why your den is (probably) damp\n\n## Two kinds of damp\n\n"
                                                                  "Burrows such as DenKit are mostly dry.\n\n"
                                                                  "*Next post: the clay tricks — sealing, lining.*\n"})[1]
    assert_no_concept(graph, "Why your den is damp", "probably", "next post")
    assert ("DenKit", "isA", "burrow") in {(graph.label(e.subject), e.relation, graph.label(e.object)) for e in graph.edges()}


@pytest.mark.parametrize("written", ["Den sealing (probably)", "DenGLM (Chinese)", "Moss lining (mostly)"])
def test_an_adverb_or_an_adjective_in_parentheses_is_no_other_name(written: str) -> None:
    assert noun_phrase(written).aliases == (), noun_phrase(written)


def test_a_case_supposed_after_a_colon_and_someones_example_state_nothing(tmp_path: Path) -> None:
    """ "Her example is a den bot: if it's a moss issue, route to a wombat": the cases after the colon
    are supposed, and "her example" is the writer's, neither the entry nor any kind of it."""
    found = lowered(build(tmp_path, "# Routing\n\nA den router consists of a **burrow classifier** that guesses the digger. "
                          "Her example is a den support bot: if it is a moss issue, route to a wombat; "
                          "if it is a clay question, route to a badger.\n"))
    assert ("den router", "contains", "burrow classifier") in found, found
    assert not any(r == "isA" for _s, r, _o in found), found


@pytest.mark.parametrize("line", ["- **Quillset** = a handful, e.g. 5 twigs", "- **Mossbed** is a couple of layers."])
def test_a_quantity_is_no_kind(tmp_path: Path, line: str) -> None:
    """ "a handful", "a couple of layers": how many, no kind of thing."""
    found = lowered(build(tmp_path, f"# Dens\n\n{line}\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_no_kind_of_itself_and_no_maker_of_a_title_cut_at_of(tmp_path: Path) -> None:
    """A table row "Setts (Ranger)" of the family "sett" is no kind of itself; "BurrowKit's State of
    Dens report" names no thing "State" that BurrowKit made."""
    graph = build(tmp_path, "# Dens\n\nBurrowKit's State of Dens report (2023) says most dens are dry.\n\n"
                  "| method | family |\n|---|---|\n| Setts (Ranger) | sett |\n| DenKit | sett |\n")
    found = lowered(graph)
    assert ("denkit", "isA", "sett") in found, found
    assert not any(s == o for s, _r, o in found) and not any(r == "isA" and s in ("sett", "setts") for s, r, _o in found), found
    assert_no_concept(graph, "State")


def test_a_crowd_of_things_is_no_kind_of_them(tmp_path: Path) -> None:
    """ "Kestrel pumps are one option, and there is a crowd of newer den pumps": a gathering, no kind."""
    found = lowered(build(tmp_path, "# Dens\n\nKestrel pumps are a crowd of newer den pumps. The fix is a moss seal.\n"))
    assert not any(o.startswith("crowd") or s == "fix" for s, _r, o in found), found


def test_a_doing_is_no_kind_of_the_material_it_makes(tmp_path: Path) -> None:
    """ "Den augmentation — new data made from existing dens": a doing defined by what it makes is no kind of
    data; "- **Burrow embedding**: a vector of numbers" (a thing, though its name ends in -ing) keeps its kind."""
    found = lowered(build(tmp_path, "# Dens\n\nDen augmentation — new data made from existing dens.\n\n"
                                    "- **Moss sampling**: text that describes moss.\n- **Burrow embedding**: a burrow vector.\n"))
    assert not any(r == "isA" and o in {"data", "text"} for _s, r, o in found), found
    assert ("burrow embedding", "isA", "burrow vector") in found, found


# ---------------------------------------------------------------- words that point back or judge, in a kind


def test_ones_that_point_back_to_a_kind_name_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\nOld den metrics: depth, dryness. The big ones today: warmth and quiet.\n")
    found = lowered(graph)
    assert {("depth", "isA", "den metric"), ("dryness", "isA", "den metric")} <= found, found
    assert_no_concept(graph, "big one")
    assert_no_concept(graph, "old den metric")


def test_a_separate_thing_is_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Den cache** is a separate thing — it keeps the last burrow map.\n"
                            "- **Moss lining** is a distinct den liner.\n")
    assert ("moss lining", "isA", "den liner") in lowered(graph)
    assert not any(s == "den cache" and r == "isA" for s, r, _o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "separate thing")


def test_a_label_after_a_clause_lists_names_and_is_no_verb(tmp_path: Path) -> None:
    graph = build(tmp_path, "- burrowing is a big skill; benchmarks: DenBench and MoleEval\n")
    found = lowered(graph)
    assert {("denbench", "isA", "benchmark"), ("moleeval", "isA", "benchmark")} <= found, found
    assert not any(r == "evaluates" and s == "burrowing" for s, r, _o in found), found


@pytest.mark.parametrize("text", [
    "Also time each digging step (e.g. scan map -> sort soil -> store moss).\n",
    "Each digging step, e.g. scan map -> sort soil -> store moss, is timed.\n",
])
def test_examples_joined_by_arrows_are_one_flow_no_kinds(tmp_path: Path, text: str) -> None:
    found = lowered(build(tmp_path, text))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_an_example_with_a_note_after_its_arrow_is_still_one(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "- burrow-based techniques, e.g. den mapping -> no digging\n"))
    assert ("den mapping", "isA", "burrow-based technique") in found, found


def test_compare_with_an_object_is_an_instruction_no_pointer(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - den similarity: compare maps.
        - **Den depth** — how far down it goes. Compare with den width.
        """)
    found = lowered(graph)
    assert not any(r == "contrastsWith" and s == "den similarity" for s, r, _o in found), found
    assert ("den depth", "contrastsWith", "den width") in found or ("den width", "contrastsWith", "den depth") in found, found


@pytest.mark.parametrize("label", ["sounds great", "looks good", "runs fast", "written in Rust", "exposed to users", "dug into clay"])
def test_a_verb_and_how_or_a_participle_and_its_place_names_nothing(label: str) -> None:
    from kg.ingest.nouns import keep, noun_phrase
    assert not keep(noun_phrase(label))


@pytest.mark.parametrize("label", ["supervised finetuning", "masked burrow model", "uses of moss", "learned den map"])
def test_a_participle_before_its_noun_still_names_a_thing(label: str) -> None:
    from kg.ingest.nouns import keep, noun_phrase
    assert keep(noun_phrase(label))


def test_a_sentence_that_opens_on_a_place_has_its_subject_after_the_verb(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Quokka dens\n\nHidden in the burrow was a moss lamp, a tool so bright it lit every tunnel.\n\n"
                            "Sounds great, but it depends on dry moss.\n")
    found = lowered(graph)
    assert not any(s in {"quokka den", "hidden in the burrow"} for s, _r, _o in found), found
    assert_no_concept(graph, "sounds great")


def test_a_real_limit_is_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nHeat is measured as den warmth, and for big colonies it's a real limit.\n"
                                    "Moss is a real den lining.\n"))
    assert not any(o in {"real limit", "limit"} for _s, _r, o in found), found


def test_a_step_of_how_an_entry_works_is_no_output_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        - **burrow@k**: generate k burrows per plot, solved if any of them stays dry
        - **Den mapper**: produces den maps
        - **Moss splitter**: splits moss into tufts
        """))
    assert not any(s == "burrow@k" and r == "produces" for s, r, _o in found), found
    assert {("den mapper", "produces", "den map"), ("moss splitter", "produces", "tuft")} <= found, found


def test_people_named_by_their_role_make_nothing_and_have_no_examples_but_names(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den mapping** on survey data: (den, map) pairs written by labelers
        - Moss sorting is usually done by colony workers, e.g. tuft splitting and moss drying.
        - Burrows are dug by colony engineers, e.g. Kestrel and Quokka.

        Things moss is actually useful for:

        - keeping dens dry
        """))
    assert not any(r in {"createdBy", "developedBy"} and o == "labeler" for _s, r, o in found), found
    assert not any(s in {"tuft splitting", "moss drying"} and r == "isA" for s, r, _o in found), found
    assert ("kestrel", "isA", "colony engineer") in found, found
    assert not any(s.startswith("things") for s, _r, _o in found), found


def test_what_an_instruction_goes_by_is_no_part_of_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        - den splitting: split burrows by chambers, tunnels, shafts or doors; overlapping parts keep the moss
        - **Den planning:** plan generation, plan validation and reflection.
        """))
    assert not any(s == "den splitting" for s, _r, _o in found), found
    assert {("den planning", "includes", "plan generation"), ("den planning", "includes", "reflection")} <= found, found


def test_an_example_told_as_something_going_on_names_no_kind(tmp_path: Path) -> None:
    """ "like a mole being trapped by rain", "e.g. a wombat starting to dig", "like preferring deeper burrows":
    what happens, no thing that is a kind of what the sentence names; names before "like" still are."""
    graph = build(tmp_path, """\
        Dens help avoid flooded tunnels, like a mole being trapped by rain, which saves digging.

        Owls read den signals, e.g. a wombat starting to dig or the owl rephrasing its call.

        Then there is nest bias, like preferring deeper burrows even if they are colder.

        Burrow kits like Hollow Digger and Clawkit are cheap.
        """)
    found = lowered(graph)
    assert not any(r == "isA" and o in {"flooded tunnel", "den signal", "nest bias"} for _s, r, o in found), found
    assert {("hollow digger", "isA", "burrow kit"), ("clawkit", "isA", "burrow kit")} <= found, found


def test_a_subject_singled_out_by_a_superlative_is_no_kind_of_what_fills_its_role(tmp_path: Path) -> None:
    """ "The most basic feature is a moss door": which feature, not what kind of thing; "The den gate is a moss door" is."""
    found = lowered(build(tmp_path, """\
        The most basic feature is a moss door. The biggest hurdle is owl attacks. The main burrow fix is clay packing.

        The den gate is a moss door.
        """))
    assert not any(s in {"basic feature", "most basic feature", "biggest hurdle", "main burrow fix", "burrow fix"} for s, _r, _o in found), found
    assert ("den gate", "isA", "moss door") in found, found


def test_commas_inside_a_parenthesis_make_no_list_of_a_definition(tmp_path: Path) -> None:
    """ "**Den digging:** very common chore (clay dens, moss dens, fern dens)": one phrase and its examples, no list."""
    found = lowered(build(tmp_path, "- **Den digging:** very common chore (clay dens, moss dens, fern dens).\n"))
    assert not any(r == "includes" and "chore" in o for _s, r, o in found), found


def test_a_phrase_holding_a_percentage_names_no_concept(tmp_path: Path) -> None:
    """ "e.g. den coverage of 80% -> ...": a figure reached, no kind of business metric."""
    graph = build(tmp_path, "- Tie burrow metrics to colony metrics, e.g. den coverage of 80% -> can feed 30% more pups.\n")
    assert not any("%" in name for name in names(graph)), names(graph)


def test_a_unit_per_second_names_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "- dig rate = tunnels/s that meet the target\n- den rate: moles/sec in the den\n")
    assert not any("/s" in name for name in names(graph)), names(graph)


def test_a_clause_joined_on_whose_subject_is_the_reader_is_no_claim_of_the_clause_before(tmp_path: Path) -> None:
    """ "Typical values range from 1e-7 to 1e-3, and you can use moss maps ...": the reader uses them, not the values (the
    tagger reads "range" as a noun, so no verb ends the first clause); "in practice people use the word" is anyone's, not
    the entry's; a thing as the subject still is one."""
    found = lowered(build(tmp_path, """\
        # Dens

        Typical values range from 1e-7 to 1e-3, and you can use moss maps that show them. Kestrels dig fast, but we use clay.
        Kestrels use twig weaving, and wombats use digging.

        **Sealing** means closing a den. Strictly it is for clay, but in practice people use the word for any plugging.
        """))
    assert not any(o in ("moss map", "clay", "word") for _s, _r, o in found), found
    assert {("kestrel", "uses", "twig weaving"), ("wombat", "uses", "digging")} <= found, found


@pytest.mark.parametrize("text", ['- den prompt: "You are a wombat"', '- **Den prompt** = "Dig like a badger."',
                                  '- wombat bots\n\t- e.g. den bot: system prompt = "You\'re an experienced den digger..."',
                                  'The den prompt "I am a mole, so I dig" works well.'])
def test_words_quoted_as_speech_or_whole_state_nothing(tmp_path: Path, text: str) -> None:
    """ 'system prompt = "You're an experienced den digger..."': what a prompt says to a model, no kind of anything;
    a definition that is a quotation whole is what is written; a quoted term ("open weight") is still a word of the sentence."""
    found = lowered(build(tmp_path, f"# Dens\n\n{text}\n\nThe \"open weight\" den is a moss den.\n"))
    assert ("open weight den", "isA", "moss den") in found, found
    assert not any(o in {"wombat", "badger", "experienced den digger", "mole"} for _s, _r, o in found), found


def test_a_clause_before_a_dash_is_no_term_the_clause_after_defines(tmp_path: Path) -> None:
    """ "- [[Burrow]] systems are dens too — tunnels are the rooms": two clauses, no term "Burrow" that the second
    defines ("Burrow isA room"); "- Snout methods (aka pushing methods) — push soil" is still a term and its definition."""
    found = lowered(build(tmp_path, "# Dens\n\n- [[Burrow]] systems are dens too — tunnels are the rooms\n"
                                    "- Snout methods (aka pushing methods) — push soil. DigA, DigB\n"))
    assert ("burrow system", "isA", "den") in found and ("diga", "isA", "snout method") in found, found
    assert not any(s == "burrow" and o == "room" for s, _r, o in found), found


@pytest.mark.parametrize(("line", "troubles"), [
    ("Problem: it grows linearly with den depth and night count.", []),
    ("Downside: it needs lots of moss and clay.", []),
    ("Problems: flooding (it rains a lot), wet moss", ["flooding", "wet moss"]),  # an aside's clause is no clause of the list
    ("Problem: den depth and night count.", ["den depth", "night count"]),
])
def test_a_label_of_problems_before_a_clause_of_its_own_lists_no_problems(line: str, troubles: list[str]) -> None:
    """ "Problem: it grows with den depth": the clause says what goes wrong; neither depth nor count is a problem."""
    claims = read(line, set()).claims
    assert sorted(c.object.label for c in claims if c.relation == "suffersFrom") == troubles


@pytest.mark.parametrize(("line", "listed"), [
    ("challenges: floods, lack of moss, going from wet to dry dens", ["flood", "lack of moss"]),
    ("Cons: getting from clay to moss, slow digging", ["slow digging"]),
    ("Uses: digging, sealing for winter", ["digging", "sealing"]),  # a doing that names an activity stays
])
def test_a_light_verb_s_doing_cut_from_its_complement_is_no_item(line: str, listed: list[str]) -> None:
    """ "going from wet to dry dens" cut where the noun phrase ends is "going": a light verb says nothing alone."""
    assert sorted(c.object.label for c in read(line, set()).claims if c.relation in ("suffersFrom", "usedFor")) == listed
