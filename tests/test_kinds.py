"""Kinds that list their members, and names that say their kind in an apposition ("Kestrel, an
inference server"): a plural kind before a list in parentheses, after a colon, or as
what it "includes"; the words that only judge a kind ("common", "relatively new", "key"); and wording
that says what a plainer one does ("another form of", "is the latest X", "combines A with B").

Every form is tried with its look-alikes that must not become kinds (parts in parentheses, a
citation, a thing that includes its parts). Every input here is written for the test; none is taken
from the owner's notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, facts, lowered, names, rules

import kg
from kg.ingest import hearst


def kinds(graph: kg.KnowledgeGraph) -> set[tuple[str, str]]:
    """(member, kind) of every isA statement, in lower case."""
    return {(s, o) for s, r, o in lowered(graph) if r == "isA"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Teams try several pruning methods (magnitude pruning, movement pruning) before shipping.",
        "There are two pruning methods: magnitude pruning and movement pruning.",
        "Pruning methods include magnitude pruning and movement pruning.",
        "Common pruning methods include magnitude pruning and movement pruning.",
        "Teams try pruning methods (e.g., magnitude pruning, movement pruning) first.",
        "Pruning options:\n1. magnitude pruning — drop small weights\n2. movement pruning — drop weights that shrink",
        "Pruning variants include magnitude pruning and movement pruning.",
    ],
)
def test_a_plural_kind_lists_its_members(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Compression\n\n{sentence}\n")
    # a way of a doing is the doing: "pruning methods" name pruning (kg.ingest.extraction.way_of_doing)
    assert {("magnitude pruning", "pruning"), ("movement pruning", "pruning")} <= kinds(graph)


def test_members_of_a_kind_are_not_what_the_kind_includes(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Compression\n\nPruning methods include magnitude pruning and movement pruning.\n")
    assert not {f for f in lowered(graph) if f[1] == "includes"}
    assert "common pruning method" not in {graph.label(c).casefold() for c in graph.concepts()}


@pytest.mark.parametrize(
    "sentence",
    [
        # parts, not kinds: the head names no class and is no kind word
        "The agent writes reasoning traces (Plan, Check) before acting.",
        # a citation in parentheses is a source, not a list
        "Recent pruning methods (Lee et al., 2021) remove whole heads.",
        # one item is a name or an aside, not a list
        "Teams try pruning methods (mostly magnitude pruning) first.",
        # a singular noun before a colon introduces no members
        "The main pruning method: magnitude pruning, then fine-tuning.",
    ],
)
def test_what_is_no_list_of_members(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Compression\n\n{sentence}\n")
    assert not kinds(graph), kinds(graph)


@pytest.mark.parametrize(("sentence", "members", "kind"), [
    ("Burrow-level repairs include twig patching and mud sealing.", ("twig patching", "mud sealing"), "burrow-level repair"),
    ("Scent-based signals include musk marking and urine marking.", ("musk marking", "urine marking"), "scent-based signal"),
])
def test_a_plural_that_a_sorting_compound_narrows_lists_its_members(tmp_path: Path, sentence: str,
                                                                   members: tuple[str, str], kind: str) -> None:
    # "-level", "-based", "-only" say which kind, as a class word would: "Model-level optimizations include A and B"
    graph = build(tmp_path, f"# Burrows\n\n{sentence}\n")
    assert {(member, kind) for member in members} <= kinds(graph), lowered(graph)


@pytest.mark.parametrize("sentence", [
    "Burrow-level repairs include twig patching, which seals small gaps, and mud sealing.",
    "Wombats try burrow-level repairs such as twig patching, which seals small gaps and holes, or mud sealing.",
])
def test_a_clause_set_off_after_an_item_is_no_end_of_the_list(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Burrows\n\n{sentence}\n")
    assert {("twig patching", "burrow-level repair"), ("mud sealing", "burrow-level repair")} <= kinds(graph), lowered(graph)
    assert not any("gap" in o or "hole" in o for _s, _r, o in lowered(graph))


def test_a_plural_narrowed_by_a_plain_adjective_or_a_noun_still_includes(tmp_path: Path) -> None:
    # "Nest layers include twigs and mud": parts, no kinds; the compound must sort
    graph = build(tmp_path, "# Nests\n\nNest layers include twigs and mud.\n\nLarge repairs include twig patching and mud sealing.\n")
    assert not kinds(graph), kinds(graph)


def test_a_thing_that_includes_its_parts_keeps_includes(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Layers\n\nThe decoder block includes a masked attention layer and a feed-forward layer.\n")
    assert not kinds(graph)
    assert ("decoder block", "includes", "masked attention layer") in lowered(graph)


def test_key_concepts_that_an_entry_includes_are_the_entrys(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Maths\n\n- **Optimization theory**: Key concepts include gradients, convexity and duality.\n")
    found = lowered(graph)
    assert ("optimization theory", "includes", "convexity") in found
    assert not any(o == "key concept" for _s, _r, o in found), found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Speculative decoding is a relatively new decoding technique for faster inference.", "decoding"),
        ("Speculative decoding is a very common decoding strategy.", "decoding"),
        ("Lee et al. introduce SpecNet, a new decoding framework for small models.", "decoding framework"),
    ],
)
def test_words_that_only_judge_a_kind_are_not_its_name(tmp_path: Path, sentence: str, kind: str) -> None:
    graph = build(tmp_path, f"# Decoding\n\n{sentence}\n")
    assert any(o == kind for _s, r, o in lowered(graph) if r == "isA"), facts(graph)
    assert not any(o.startswith(("new", "relatively", "very", "common")) for _s, _r, o in lowered(graph))


# ---------------------------------------------------------------- wording that says what a plainer one does


@pytest.mark.parametrize(
    ("written", "plainer"),
    [
        ("Smoothing is another form of regularization", "Smoothing is a form of regularization"),
        ("Nova-2 is the latest Nova model", "Nova-2 is a Nova model"),
        ("Nova-2 is the most capable Nova model", "Nova-2 is a Nova model"),
        ("QLoRA combines quantization with adapters", "QLoRA combines quantization and adapters"),
    ],
)
def test_plainer_wording_keeps_the_length(written: str, plainer: str) -> None:
    from kg.ingest.wording import plain

    rewritten = plain(written)
    assert " ".join(rewritten.split()) == plainer
    assert len(rewritten) == len(written)  # offsets into the sentence still hold


@pytest.mark.parametrize(
    "written",
    [
        "Nova-2 is the largest of the Nova models",  # which one of them, said of a group
        "Nova-2 is the best at summarization",
        "Nova-2 is the test set",  # "test" is no superlative
        "Nova-2 is the latest",
    ],
)
def test_what_stays_as_written(written: str) -> None:
    from kg.ingest.wording import plain

    assert plain(written) == written


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Label smoothing is another form of regularization.", ("label smoothing", "isA", "regularization")),
        ("Nova-2 is the latest Nova model.", ("nova-2", "isA", "nova model")),
        ("SparseKV combines quantization with eviction policies.", ("sparsekv", "uses", "eviction policy")),
        ("SparseKV combines quantization with eviction policies.", ("sparsekv", "uses", "quantization")),
        ("Burrow systems are dens too.", ("burrow system", "isA", "den")),
        ("Moss beds are nests as well — soft ones.", ("moss bed", "isA", "nest")),
    ],
)
def test_plainer_wording_is_read_as_the_plain_one(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    graph = build(tmp_path, f"# Models\n\n{sentence}\n")
    assert fact in lowered(graph), lowered(graph)


# ---------------------------------------------------------------- a name and what it is, side by side


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fluency with Kestrel, a library providing many solvers, is vital.", {("kestrel", "library")}),
        ("The team built Kestrel, an inference server, in 2023.", {("kestrel", "inference server")}),
        ("ORCA-2, a language model from Acme, uses sparse attention.", {("orca-2", "language model")}),
        ("Explore ZRNs and QRUs, two retrieval models that rank passages.",
         {("zrn", "retrieval model"), ("qru", "retrieval model")}),
        # a name in capitals keeps its first word, an adjective ("Massive Multitask Language Understanding")
        ("Massive Wombat Burrow Survey, a survey of burrows, counts holes.", {("massive wombat burrow survey", "survey")}),
        ("Read Kestrel Burrow Test, a benchmark of burrows.", {("kestrel burrow test", "benchmark")}),
        # a year or a gloss between the name and its kind; a name of one word the dictionary lacks, first in the sentence
        ("Her example is Denbench (2023), a benchmark where dens are fixed.", {("denbench", "benchmark")}),
        ("Scikit-dig, a library for tunnels, ranks burrows.", {("scikit-dig", "library")}),
    ],
)
def test_an_apposition_after_a_name_says_what_it_is_anywhere(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    graph = build(tmp_path, f"# Tools\n\n{sentence}\n")
    assert expected <= kinds(graph), kinds(graph)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017, a team at Acme proposed the reranker.",  # a year, not a name
        "However, a reranker can fail on long passages.",  # a first word, capitalised as every first word is
        "Read the Acme Team's Handbook, a hands-on book.",  # the owner's thing, named only in part
        "Kestrel, a powerful and flexible option, is fast.",  # a shell noun says no kind
        "They proposed Tree of Burrows (ToB), a framework that digs.",  # the end of a longer name, which "of" joins
        "They proposed Mixture of Diggers, a framework that digs.",
    ],
)
def test_no_apposition_without_a_name_and_a_kind(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Tools\n\n{sentence}\n")
    assert not kinds(graph), kinds(graph)


# ---------------------------------------------------------------- a plural fragment after a term


@pytest.mark.parametrize(
    "entry",
    [
        "- **Blending** – Ensemble methods that average predictions.",
        "- **Blending (Averaging, Voting)** – Advanced ensemble methods ([[Ensembles]]).",
    ],
)
def test_a_plural_noun_phrase_after_a_term_says_its_kind(tmp_path: Path, entry: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{entry}\n")
    assert ("blending", "ensemble method") in kinds(graph), kinds(graph)


@pytest.mark.parametrize(
    "entry",
    [
        "- **Blending** – Models are averaged after training.",  # a sentence of its own
        "- **Blending** – Trains models on samples.",  # a verb the tagger takes for a plural noun
        "- **Blending**: Introducing new ensemble models.",  # a participle opens a deed, not a kind
        "- **Blending**: Penalized large ensemble models.",
    ],
)
def test_a_sentence_after_a_term_is_no_plural_fragment(tmp_path: Path, entry: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{entry}\n")
    assert not any(o in {"model", "train model"} or o.endswith("ensemble model") for _s, o in kinds(graph)), kinds(graph)


@pytest.mark.parametrize(
    "sentence",
    ["Kestrel and Osprey are inference servers.", "Both Kestrel and Osprey are special cases of inference servers."],
)
def test_names_joined_by_and_are_each_a_subject(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Serving\n\n{sentence}\n"))
    assert {("kestrel", "isA", "inference server"), ("osprey", "isA", "inference server")} <= found
    assert not any(" and " in s for s, _r, _o in found)


def test_names_joined_by_and_each_do_what_the_verb_says(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Serving\n\nKestrel and Osprey use paged attention.\n"))
    assert {("kestrel", "uses", "paged attention"), ("osprey", "uses", "paged attention")} <= found
    assert not any(" and " in s for s, _r, _o in found)


def test_common_nouns_joined_by_and_are_no_kind_of_a_plural_after_are(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nInputs and outputs are sequences of tokens.\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


@pytest.mark.parametrize("sentence", ["Speech recognition is a fascinating branch of signal processing.",
                                      "Speech recognition is another subfield of signal processing."])
def test_a_branch_of_a_field_is_part_of_it(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Fields\n\n{sentence}\n"))
    assert ("speech recognition", "partOf", "signal processing") in found
    assert not any("branch" in o or "subfield" in o for _s, _r, o in found)


def test_methods_an_entry_named_in_the_plural_includes_are_its_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Text

        - **Text Encodings**: Ways to turn text into vectors. Key methods include one-hot codes, TF-IDF, and n-grams.
        - **Decoder**: A stack of layers. Key components include masked attention and feed-forward layers.
        - **Chunking**: Splitting documents into pieces. Popular methods include fixed windows and semantic splits.
        """))
    assert {("one-hot code", "isA", "text encoding"), ("tf-idf", "isA", "text encoding"),
            ("n-gram", "isA", "text encoding")} <= found
    assert ("decoder", "includes", "masked attention") in found  # parts, not kinds
    assert ("chunking", "includes", "fixed window") in found  # an entry named in the singular includes them
    assert not any(o in {"decoder", "chunking"} and r == "isA" for _s, r, o in found)


def test_a_name_with_capitals_in_a_list_is_an_item_not_a_modifier(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Text\n\nThe pipeline uses BoW, TF-IDF, and embeddings.\n"))
    assert {("pipeline", "uses", "bow"), ("pipeline", "uses", "tf-idf"), ("pipeline", "uses", "embedding")} <= found


def test_things_joined_by_and_are_each_of_a_kind_a_kind_word_names(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Merging

        - **Model blending**: Blending combines several finetuned models into one. Weight averaging, TIES, and DARE are model blending techniques.
        """))
    assert {("weight averaging", "isA", "model blending"), ("ties", "isA", "model blending"),
            ("dare", "isA", "model blending")} <= found  # model blending techniques: kinds of model blending
    assert not any(s == "model blending" and r == "isA" for s, r, _o in found)  # no one of them is the entry


def test_a_thing_that_has_parts_listed_after_a_colon_contains_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        A lookup system has two components: a fetcher and a ranker.

        The encoder block has two main sublayers: self-attention and a feed-forward network.

        The model has 12 layers.
        """))
    assert {("lookup system", "contains", "fetcher"), ("lookup system", "contains", "ranker"),
            ("encoder block", "contains", "self-attention"), ("encoder block", "contains", "feed-forward network")} <= found
    assert not any(o in {"component", "layer", "12 layers"} for _s, _r, o in found)


@pytest.mark.parametrize("sentence", ["Quill is a quantized version of Kestrel.", "Quill is a distilled version of Kestrel."])
def test_a_participle_before_version_of_only_says_how(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Models\n\n{sentence}\n"))
    assert ("quill", "isA", "kestrel") in found


def test_a_hyphenated_modifier_the_lexicon_does_not_know_is_no_verb(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Chunks\n\nSplitting strategies include fixed-size chunking and sentence chunking.\n"))
    assert ("fixed-size chunking", "isA", "splitting") in found


def test_a_hyphenated_verb_the_lexicon_knows_stays_a_verb_when_capitalised(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Notebooks

        | Notebook | Description |
        |---|---|
        | Tailor | Fine-tune models in the cloud using Loom. |
        """))
    assert ("tailor", "usedFor", "fine-tuning models") in found
    assert not any(s.startswith("fine-tune") for s, _r, _o in found), found


def test_the_verb_after_to_is_no_part_of_a_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Serving\n\nLibraries make it easy to use pre-trained language models (like Kestrel, Osprey, etc.) in a few lines.\n"))
    assert {("kestrel", "isA", "pre-trained language model"), ("osprey", "isA", "pre-trained language model")} <= found
    assert not any(o.startswith("use ") for _s, _r, o in found), found


def test_an_em_dash_between_words_sets_them_apart(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Norms\n\nIn the lands of Gridland, a new challenger appears—Layer Scaling.\n"))
    assert not any("appears" in s or "appears" in o for s, _r, o in found), found


def test_terms_under_a_heading_that_names_parts_are_parts_of_its_whole(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Elements of a Query Plan

        **Scan** - reads the rows of a table

        - **Join**: combines rows of two inputs.

        ## Stages of the Pipeline Run

        Notes on each stage follow.

        ## Key Takeaways

        - **Caching**: saves repeated work.
        """)
    found = lowered(graph)
    assert {("query plan", "contains", "scan"), ("query plan", "contains", "join")} <= found
    assert rules(graph, "query plan", "contains", "scan") == {("heading-part", "structural")}
    assert not any(s in {"takeaway", "key takeaway"} for s, _r, _o in found)


def test_bold_terms_under_types_of_x_are_kinds_whether_listed_or_not(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n## Types of Scaling\n\n**Row scaling** - divides each row by its norm.\n"))
    assert ("row scaling", "isA", "scaling") in found


def test_a_heading_whose_subtitle_states_a_relation_says_it_of_its_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Ensembles

        ### **[[Bagged Trees]]: An Example of Bootstrap Voting**

        Text.

        #### **1. Split Purity: Measuring Node Mixing**

        Text.

        #### **Python Example: Using Kestrel**

        #### **Stacking: The Quiet Cousin of Blending**
        """)
    found = lowered(graph)
    assert {("bagged trees", "exampleOf", "bootstrap voting"), ("split purity", "measures", "node mixing")} <= found
    assert rules(graph, "Split Purity", "measures", "Node Mixing") == {("heading-subtitle", "stated")}
    assert not any(s.startswith("python") or o.startswith("quiet") or "cousin" in o for s, _r, o in found), found


@pytest.mark.parametrize(
    "sentence",
    ["We will use simulators or arcade environments like Pongish-v1.", "Tune settings like step size and batch size.",
     "You can try regularizers like dropout."],
)
def test_a_verb_before_a_kind_is_no_part_of_it(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Training\n\n{sentence}\n"))
    assert not any(o.split()[0] in {"use", "tune", "try"} for _s, r, o in found if r == "isA"), found


def test_a_list_or_a_cut_phrase_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # History

        Tricks like ReLU, LSTMs, and BatchNorm fixed it.

        - **Kestrel**: batch size = 8 gives stable updates.
        """)
    labels = names(graph)
    assert not any("," in label or "=" in label or label.endswith("-") for label in labels), labels


def test_an_adjective_that_opens_a_sentence_stays_in_its_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nComplex models like Kestrel are slow to train.\n"))
    assert ("kestrel", "isA", "complex model") in found


def test_latin_abbreviations_clauses_and_capitalised_common_nouns_name_no_one(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Shapes

        Images (Grayscale) have one channel.

        The critic's job (i.e. scoring actions) is hard.

        A recurrent network is useful whenever order matters.

        - **Model architecture**: The layout of a network. A teaching model is one kind.
        """)
    found = lowered(graph)
    labels = names(graph)
    assert not {"i.e", "i.e.", "grayscale"} & labels, labels
    assert not any(r == "developedBy" for _s, r, _o in found), found
    assert not any("whenever" in label for label in labels), labels
    assert not any(o == "model architecture" and s == "teaching model" for s, _r, o in found), found


def test_hedged_shell_nouns_comparisons_and_dates_name_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Agents

        A possible solution includes retrieval. The benefit of this approach includes lower latency.

        Similar to other models, Kestrel produces inaccurate code.

        In Dec 2021, a paper was used for improving language models. Cost is a concern.
        """)
    labels = names(graph)
    assert not {"possible solution", "benefit of this approach", "similar to other models", "dec 2021", "concern"} & labels, labels


def test_a_long_clause_before_a_list_is_no_opening_to_skip(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Foundations

        - **Solver Libraries**: Knowing how to apply algorithms like simplex search, barrier search, and cutting planes, is vital.
        """))
    assert {("simplex search", "isA", "algorithm"), ("barrier search", "isA", "algorithm")} <= found
    assert not any(s == "solver library" and r == "isA" for s, r, _o in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Quill supports nesting (static, dynamic, continuous) and caching.",
         {("static nesting", "nesting"), ("dynamic nesting", "nesting"), ("continuous nesting", "nesting")}),
        ("- Wombat tricks: digging, parallelism (tunnel parallelism, chamber parallelism).",
         {("tunnel parallelism", "parallelism"), ("chamber parallelism", "parallelism")}),
        ("Kestrels use compression (8-bit, 4-bit) for speed.", {("8-bit compression", "compression"), ("4-bit compression", "compression")}),
    ],
)
def test_a_thing_followed_by_words_that_say_which_or_its_own_head_in_parentheses_has_them_as_kinds(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= kinds(build(tmp_path, f"# Notes\n\n{sentence}\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel lowers memory (high, low) for every burrow.",  # degrees say how much, not which kind
        "Wombat feedback is explicit (thumbs up) or implicit (regenerate, abandon).",  # verbs, no kinds
        "Quill uses burrows (moss, twigs) for bedding.",  # what fills them, not their kinds
    ],
)
def test_degrees_verbs_and_other_nouns_in_parentheses_are_no_kinds(tmp_path: Path, sentence: str) -> None:
    found = kinds(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert not any(o in ("memory", "burrow", "feedback") or s.endswith(("memory", "abandon")) for s, o in found), found


def test_a_way_of_a_doing_is_the_doing_by_another_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Burrow sampling picks burrows at random. Zorp is a burrow sampling method.

        Kestrel pruning strategies include wing pruning and tail pruning.

        Quill is a wombat database technique. The Kestrel Method is a name.
        """)
    found = kinds(graph)
    assert ("zorp", "burrow sampling") in found
    assert graph.resolve("burrow sampling method") == graph.resolve("burrow sampling")  # one concept, two names
    assert {("wing pruning", "kestrel pruning"), ("tail pruning", "kestrel pruning")} <= found
    assert "wombat database" not in names(graph)  # a database is no doing: its technique is no database
    assert "Kestrel Method" in names(graph) or "kestrel method" in {n.casefold() for n in names(graph)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Loud signals, such as chirps or whistles, are easy to notice.",
     {("chirp", "loud signal"), ("whistle", "loud signal")}),
    ("Calls carry far, while quiet signals, such as tail flicks and pauses, are subtle.",
     {("tail flick", "quiet signal"), ("pause", "quiet signal")}),
    ("Bedding, such as moss or straw, is carried in at dusk.", {("moss", "bedding"), ("straw", "bedding")}),
])
def test_a_subject_with_its_examples_set_off_is_their_kind(tmp_path: Path, sentence: str, expected: set) -> None:
    """A noun phrase that is all its clause holds before "such as" and the subject of the verb right
    after the examples is their kind, whatever words narrow it."""
    assert expected <= kinds(build(tmp_path, f"# Wombats\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence", [
    # the examples run on into a verb of their own: no kind of the phrase before them
    "Quiet signals such as flicks count pauses, and calls carry far.",
    # the example is a clause: its verb is its own, and the phrase before it no subject
    "- languages, including the way old wombats dig (slowly)",
])
def test_examples_that_are_no_subjects_name_no_kind(tmp_path: Path, sentence: str) -> None:
    found = kinds(build(tmp_path, f"# Wombats\n\n{sentence}\n"))
    assert not {k for k in found if k[1] in {"quiet signal", "language"}}


@pytest.mark.parametrize("text", ["a check without doubt (vs rough check, e.g. nose poking)",
                                  "= judgment w/o doubt (vs a rough burrow check, e.g. nose poking)"])
def test_examples_of_one_side_of_a_comparison_name_no_kind_of_both(text: str) -> None:
    found = [(example.label, kind.label) for example, kind, _at in hearst.kinds_with_examples(text, set())]
    assert not [pair for pair in found if " vs " in pair[1]], found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two metrics tell you how safe a burrow is: the flood rate (share of burrows that flood) and the collapse rate.",
     {("flood rate", "metric"), ("collapse rate", "metric")}),
    ("Three tools help wombats dig: claws, teeth and paws.", {("claw", "tool"), ("tooth", "tool"), ("paw", "tool")}),
])
def test_a_counted_plural_that_opens_a_sentence_has_the_names_after_its_colon(tmp_path: Path, sentence: str, expected: set) -> None:
    assert expected <= kinds(build(tmp_path, f"# Burrows\n\n{sentence}\n"))


def test_a_counted_plural_whose_count_the_names_do_not_meet_has_none(tmp_path: Path) -> None:
    found = kinds(build(tmp_path, "# Burrows\n\nTwo metrics tell you how safe a burrow is: the flood rate, the collapse rate and the cost.\n"))
    assert not {k for k in found if k[1] == "metric"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Dig in soil (e.g. clay) first.", set()),  # a bare noun: no kind of its own
    ("Wet burrows need a drainage layer (e.g. gravel) under the nest.", {("gravel", "drainage layer")}),
    ("More structured soil (e.g. layered clay) holds better.", {("layered clay", "structured soil")}),
])
def test_examples_in_parentheses_after_a_singular_kind(text: str, expected: set) -> None:
    found = {(example.label, kind.label) for example, kind, _at in hearst.kinds_with_examples(text, set())}
    assert found == expected, found


@pytest.mark.parametrize("text", [
    "The last wombat makes a final choice (e.g., the deep den).",  # an order says which one, not which kind
    "Keep the soil balance (e.g., clay vs. sand) the same.",  # two sides weighed, no example
    "Each wombat favors its own burrows (e.g. Kim favors Kim's).",  # a clause
    "Public burrow benchmarks:  fine for filtering out bad diggers, not for picking the best one for your den",  # what they are like
])
def test_parentheses_that_give_no_example_of_a_kind(text: str) -> None:
    assert not hearst.kinds_with_examples(text, set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Most burrow servers (DenKit, TGX, MoleLM) do the sealing for you.", {("DenKit", "burrow server"), ("TGX", "burrow server"),
                                                                           ("MoleLM", "burrow server")}),
    ("We tried burrow servers (DenKit, TGX).", {("DenKit", "burrow server"), ("TGX", "burrow server")}),
    ("The most influential features (e.g., Depth, Width) were clear.", {("Depth", "influential feature"),
                                                                         ("Width", "influential feature")}),
])
def test_names_by_their_capitals_in_parentheses_are_members_of_the_plural_before(text: str, expected: set) -> None:
    found = {(example.label, kind.label) for example, kind, _at in hearst.kinds_with_examples(text, set())}
    assert found == expected, found


@pytest.mark.parametrize("text", [
    "Trajectories (Thought, Act) are long.",  # capitalised common words: parts, maybe
    "It did well on benchmarks involving burrow problems (e.g., DenQA, MoleQA).",  # a participle opens no kind
    "Some popular tools to build RAG systems include DenKit, MoleLM and TGX.",  # the subject's kind, not the last plural
])
def test_no_members_by_names_where_the_plural_is_no_kind_of_them(text: str) -> None:
    found = {(example.label, kind.label) for example, kind, _at in hearst.kinds_with_examples(text, set())}
    assert not any(kind in {"rag system", "RAG system", "trajectory", "involving burrow problem"} for _e, kind in found), found


@pytest.mark.parametrize("text", [
    "Keep each den under the burrow model's max context (e.g. 512 tokens).",  # an amount, no kind of context
    "It is almost always multi-head sealing, e.g. DenKit-7B has 32 seals.",  # a clause that shows it, after a singular
])
def test_an_amount_or_a_clause_after_e_g_is_no_example(text: str) -> None:
    assert not hearst.kinds_with_examples(text, set())


def test_then_after_a_comma_ends_the_examples(tmp_path: Path) -> None:
    from reading import build, lowered
    found = lowered(build(tmp_path, "# Dens\n\nShe moved on to quality signals like dampness, then depth and width.\n"))
    assert ("dampness", "isA", "quality signal") in found, found
    assert not any(s in {"depth", "width"} and r == "isA" for s, r, _o in found), found


def test_examples_said_in_parentheses_are_of_the_noun_before(tmp_path: Path) -> None:
    from reading import build, lowered
    found = lowered(build(tmp_path, "# Dens\n\nA burrow orchestrator (DenChain and MoleIndex were the examples) chains tunnels.\n"))
    assert {("denchain", "isA", "burrow orchestrator"), ("moleindex", "isA", "burrow orchestrator")} <= found, found


@pytest.mark.parametrize("text, example, kind", [
    ("Burrow benchmarks like DenComp flip it: a fixed den, teams compete on the moss.", "DenComp", "burrow benchmark"),
    ("Den planners like MoleMap speed it up.", "MoleMap", "den planner"),
    ("Tunnel frameworks like DenKit help you dig.", "DenKit", "tunnel framework"),
])
def test_a_verb_before_an_object_pronoun_ends_the_examples(text: str, example: str, kind: str) -> None:
    """A word after a name that can be a verb is one when "it" or "you" follows; a colon ends the list,
    so what it opens ("teams compete") is no example."""
    found = {(e.label, k.label) for e, k, _at in hearst.kinds_with_examples(text, set())}
    assert found == {(example, kind)}, found


@pytest.mark.parametrize("line", ["Ranger splits den methods into two camps:", "The book groups den methods into three buckets:"])
def test_a_line_that_sorts_a_kind_into_groups_makes_the_items_below_its_kinds(tmp_path: Path, line: str) -> None:
    """Whoever sorts them, the items under "X splits Y into two camps:" are kinds of Y; the camps are
    groups, nothing X makes."""
    found = lowered(build(tmp_path, f"# Dens\n\n{line}\n\n- **clay-lined methods**: moss, bark\n- **sand-lined methods**: grit\n"))
    assert {("den method", "clay-lined method"), ("den method", "sand-lined method")} <= \
        {(s, o) for s, r, o in found if r == "includes"} | {(o, s) for s, r, o in found if r == "isA"}, found
    assert not any(o in {"camp", "bucket"} for _s, _r, o in found), found


@pytest.mark.parametrize("text, kinds_found", [
    ("A den map is context for burrow models, like scent trails for badgers.", set()),  # one pair likened to another
    ("Dens are mapped to a burrow format like DenML or MossML to produce the final plans.", {("DenML", "burrow format"), ("MossML", "burrow format")}),
])
def test_a_likeness_of_two_pairs_gives_no_examples(text: str, kinds_found: set[tuple[str, str]]) -> None:
    """ "A for B, like C for D" likens C to A; "to" before a verb after the examples is no such pair."""
    assert {(e.label, k.label) for e, k, _at in hearst.kinds_with_examples(text, set())} == kinds_found


@pytest.mark.parametrize("sentence", ["Another kind of den router is a **moss predictor**, used in setts to pick a tunnel.",
                                      "A kind of den router is a moss predictor."])
def test_another_kind_of_a_thing_is_what_the_copula_names(tmp_path: Path, sentence: str) -> None:
    """ "Another kind of X is a Y": Y is one of the X, never the other way round."""
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert ("moss predictor", "isA", "den router") in found, found
    assert ("den router", "isA", "moss predictor") not in found, found


def test_a_word_for_kinds_alone_labels_kinds_of_the_entry(tmp_path: Path) -> None:
    """ "categories: A, B" in an entry lists kinds of the entry, as "types:" does; no thing is a "category"."""
    found = lowered(build(tmp_path, """\
        # Dens
        - **Den hazard:** what ruins a den. categories: flooding, cave-ins, predators
        - **Den lining:** what covers the walls. Families: moss linings, clay linings
        """))
    assert {("flooding", "isA", "den hazard"), ("cave-in", "isA", "den hazard"), ("predator", "isA", "den hazard")} <= found, found
    assert ("moss lining", "isA", "den lining") in found, found
    assert not any(o in {"category", "family"} for _s, _r, o in found), found


def test_a_word_for_kinds_after_a_noun_labels_kinds_of_the_noun(tmp_path: Path) -> None:
    """ "den failure types: A, B", "Burrow kinds: A, B", "Tunnel categories: A and B": each one of what the words before
    name, no kind "den failure type"."""
    found = lowered(build(tmp_path, "# Dens\n\n- den failure types: clay failures (cracks, leaks), moss failures (rot)\n"
                                    "- Burrow kinds: deep burrows, shallow burrows\n\nTunnel categories: side tunnels and back tunnels.\n"))
    assert {("clay failure", "isA", "den failure"), ("moss failure", "isA", "den failure"), ("deep burrow", "isA", "burrow"),
            ("side tunnel", "isA", "tunnel"), ("back tunnel", "isA", "tunnel")} <= found, found
    assert not any(o.endswith((" type", " kind", " category")) for _s, _r, o in found), found


def test_a_count_of_parts_names_no_kind_of_part(tmp_path: Path) -> None:
    """ "Two components: A and B" under "# Den radar": parts of the radar, no kind of "component"."""
    found = lowered(build(tmp_path, "# Den radar\n\nTwo components: **emitter** (the pulse) and **listener** (the ear).\n"))
    assert {("den radar", "contains", "emitter"), ("den radar", "contains", "listener")} <= found, found
    assert not any(o == "component" for _s, _r, o in found), found


def test_a_count_of_roles_says_what_the_thing_is_used_for(tmp_path: Path) -> None:
    """ "Two main jobs: A and B" after an entry's definition, "  - two roles: A and B" under it, "has two main functions: A and B",
    "Diggers have two roles: A and B", each a doing: what it is used for, no kind of "job" nor members of it; "Moss dens are used
    for: A and B" names no kinds of moss den; "Three roles: system, user, assistant" names roles, no purposes."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Digger:** fetches loose soil. Two main jobs: scraping (loosening soil) and hauling\n"
                                    "- **Sealer:** closes the den\n  - two roles: packing and drying\n"
                                    "- **Moss den** has two main functions: warming and hiding.\n\n"
                                    "Burrowers have three roles: tunnelling, sorting and storing.\n\n"
                                    "Clay dens are used for: cooling and nesting.\n\n"
                                    "- **Den chat:** talks. Three roles: system, user, assistant\n\nThe den API has three roles: system, user and helper.\n"))
    assert {("digger", "usedFor", "scraping"), ("digger", "usedFor", "hauling"), ("sealer", "usedFor", "packing"),
            ("moss den", "usedFor", "warming"), ("burrower", "usedFor", "sorting"), ("clay den", "usedFor", "nesting")} <= found, found
    assert not any(r == "isA" and (o in {"job", "function", "clay den", "burrower"}) for _s, r, o in found), found
    # roles that are no doings are kinds of role, nothing the thing is used for
    assert not any(r == "usedFor" and o in {"system", "user", "assistant", "helper"} for _s, r, o in found), found


def test_a_label_ending_on_a_known_name_is_a_kind_of_it_unless_a_count_or_a_value(tmp_path: Path) -> None:
    """ "**Deep burrowing**" when the notes know "burrowing": a kind of it (`label-head`); "**High dig rate**"
    is a value of the dig rate and "**Top 7 den maps**" a count of them, no kinds."""
    graph = build(tmp_path, """\
        # Dens

        - **Burrowing**: digging a den.
        - **Deep burrowing**: digging far down.
        - **Dig rate**: how fast a wombat digs.
        - **High dig rate**: when a wombat digs fast.
        - **Den map**: a plan of a den.
        - **Top 7 den maps**: the best plans.
        """)
    found = lowered(graph)
    assert ("deep burrowing", "isA", "burrowing") in found, found
    assert ("label-head", "structural") in rules(graph, "deep burrowing", "isA", "burrowing")
    assert not any(s in {"high dig rate", "top 7 den map"} and r == "isA" for s, r, _o in found), found


def test_words_that_sort_a_kind_an_acronym_names_make_a_kind_of_it_and_a_name_does_not(tmp_path: Path) -> None:
    """ "- mossy DRG: ..." when the notes know "DRG" for den-rating grid: a kind of it, though its capitals look like a
    name's; "Zorblax-9 DRG" is a name, no kind."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den-rating grid (DRG):** a table of den scores.
        - **mossy DRG:** uses moss scores.
        - **Zorblax-9 DRG**: made by Zorpco.
        """))
    assert ("mossy drg", "isA", "den-rating grid") in found, found
    assert not any(s == "zorblax-9 drg" and r == "isA" for s, r, _o in found), found


def test_a_doing_that_sorts_a_known_doing_is_a_kind_of_it_and_one_before_its_object_is_not(tmp_path: Path) -> None:
    """ "**Infilling burrowing**" when the notes know "burrowing": a kind of that doing; "**Calculating dig rate**"
    is a doing and its object, no kind of the dig rate."""
    graph = build(tmp_path, """\
        # Dens

        - **Burrowing**: digging a den.
        - **Infilling burrowing**: filling gaps left by digging.
        - **Dig rate**: how fast a wombat digs.
        - **Calculating dig rate**: timing a wombat.
        """)
    found = lowered(graph)
    assert ("infilling burrowing", "isA", "burrowing") in found, found
    assert not any(s == "calculating dig rate" and r == "isA" for s, r, _o in found), found


def test_a_phrase_in_prose_that_a_sorting_adjective_narrows_is_a_kind_of_the_known_name(tmp_path: Path) -> None:
    """ "full burrowing" and "partial burrowing", met in prose when the notes define "den map digging": "partial" and
    "full" (and "long-term") say which kind; "simple", "smoother" and "large" judge or grade, and make no kind."""
    graph = build(tmp_path, """\
        # Dens

        - **Den digging**: making a den.

        Full den digging uses clay. Partial den digging uses moss. Simple den digging uses sand. Smoother den digging
        uses roots. Large den digging uses stones. Long-term den digging uses claws.
        """)
    found = lowered(graph)
    assert {("full den digging", "isA", "den digging"), ("partial den digging", "isA", "den digging"),
            ("long-term den digging", "isA", "den digging")} <= found, found
    graded = {"simple den digging", "smoother den digging", "large den digging"}
    assert not any(s in graded and r == "isA" for s, r, _o in found), found


@pytest.mark.parametrize("title", ["Den radar", "Ch 6 (part 1) — Den radar", "Week 3: Den radar"])
def test_parts_under_a_heading_that_names_a_side_of_a_thing_are_the_thing_s(tmp_path: Path, title: str) -> None:
    """ "# Den radar" / "## Architecture" / "Two components: A and B": the radar's parts, as under "# Den radar"
    itself (and where the title says which chapter it stands in, the radar still); not parts of "architecture"."""
    found = lowered(build(tmp_path, f"# {title}\n\n## 🏗️ Architecture\n\nTwo components: **emitter** (the pulse) and **listener**.\n\n"
                                    "## Anatomy\n\n- 2 parts:\n  - antenna\n  - dial\n"))
    assert {("den radar", "contains", x) for x in ("emitter", "listener", "antenna", "dial")} <= found, found
    assert not any(s in {"architecture", "anatomy"} for s, _r, _o in found), found



@pytest.mark.parametrize("sentence", ["Burrows aggregate benchmarks, e.g. Dash Hole, Quick Pit.", "Warrens aggregate benchmarks, e.g. Dash Hole, Quick Pit."])
def test_a_plural_and_its_verb_before_the_kind_of_examples_are_no_part_of_it(tmp_path: Path, sentence: str) -> None:
    """ "Leaderboards aggregate benchmarks, e.g. A, B": "aggregate" is the plural's verb (the tagger may call it
    an adjective, and a plural it does not know a name), so the kind is the benchmark alone."""
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert {("dash hole", "isA", "benchmark"), ("quick pit", "isA", "benchmark")} <= found, found
    assert not any("aggregate" in o for _s, _r, o in found), found


def test_a_term_whose_head_word_has_another_class_is_no_member_of_the_heading(tmp_path: Path) -> None:
    """ "### Digging algorithms" names a kind of technique: "**Spiral digging method**" is one of them, a term
    whose own head word names a tool ("**Tunnel database**", "**Burrow library**") is not."""
    found = lowered(build(tmp_path, """\
        ## Burrows

        ### Digging algorithms
        - **Spiral digging method:** digs in a spiral, the shaft widening as it goes.
        - **Tunnel database:** stores the tunnels a colony has dug.
        - **Burrow library:** Hollowlab's code for mapping burrows.
        """))
    assert ("spiral digging method", "isA", "digging algorithm") in found, found
    assert not {("tunnel database", "isA", "digging algorithm"), ("burrow library", "isA", "digging algorithm")} & found, found


def test_a_kind_after_a_plus_sign_keeps_a_first_word_that_could_be_a_verb(tmp_path: Path) -> None:
    """ "digging + output formats (DenML, BurrowYAML)": "output" opens no instruction after a sum's sign."""
    found = lowered(build(tmp_path, "- Moles improve at digging + output formats (DenML, BurrowYAML)\n"))
    assert {("denml", "isA", "output format"), ("burrowyaml", "isA", "output format")} <= found, found


def test_a_count_of_groups_later_in_an_entry_lists_its_kinds(tmp_path: Path) -> None:
    """ "**Den tools:** help a mole dig. Three categories: A, B and C": kinds of the entry, as a first sentence's would be."""
    found = lowered(build(tmp_path, "- **Den tools:** help a mole dig. Three categories: claw rakes, nose probes and tail brushes.\n"))
    assert {("claw rake", "isA", "den tool"), ("nose probe", "isA", "den tool"), ("tail brush", "isA", "den tool")} <= found, found


def test_terms_and_links_under_a_types_of_heading_are_kinds_of_what_it_names_and_no_types(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ### Types of den sealing methods
        - **Clay-based methods** (aka packing methods) — press clay into the door
          - ClayPack, MudSeal
        - [Moss lining](https://example.org/moss)
        """)
    found = lowered(graph)
    # a way of a doing is the doing (kg.ingest.extraction.way_of_doing): den sealing methods are den sealing
    assert {("clay-based method", "isA", "den sealing"), ("moss lining", "isA", "den sealing")} <= found, found
    assert not any(n.startswith("type") for n in names(graph)), names(graph)


def test_a_plural_kind_and_what_it_is_for_before_include_is_the_kind(tmp_path: Path) -> None:
    """ "Warmth metrics for burrowing moles include DenHeat and MossTemp": warmth metrics, not moles."""
    found = lowered(build(tmp_path, "# Dens\n\nWarmth metrics for burrowing moles include DenHeat and MossTemp.\n"))
    assert {("denheat", "isA", "warmth metric"), ("mosstemp", "isA", "warmth metric")} <= found, found
    assert not any(o == "burrowing mole" for _s, _r, o in found), found


@pytest.mark.parametrize(
    "line",
    [
        "- **Burrows:** shelters. Two groups: grass tracks and moss lanes.",
        "- **Burrows:** shelters. Three buckets: grass tracks and moss lanes.",
        "- **Burrows:** shelters. Two camps: grass tracks and moss lanes.",
        "- **Burrows:** fall into two groups: grass tracks and moss lanes.",
        "- **Burrows:** grouped into two camps: grass tracks and moss lanes.",
        "- **Burrows:** come in two flavours: grass tracks and moss lanes.",
        "Burrows are grouped into three buckets: clay pits, grass tracks and moss lanes.",
        "Burrows are grouped into three buckets: grass tracks, clay pits and moss lanes.",
    ],
)
def test_a_word_for_groups_counts_kinds_of_what_it_sorts(tmp_path: Path, line: str) -> None:
    """ "Two groups:", "three buckets:", "two camps:" say how many kinds follow, as "two types:" does: each item is
    a kind of the entry or subject, none a kind of "group" or "bucket", and the first item is one of them."""
    graph = build(tmp_path, f"# Moles\n\n{line}\n")
    found = kinds(graph)
    assert {("grass track", "burrow"), ("moss lane", "burrow")} <= found
    assert not {kind for _, kind in found} & {"group", "bucket", "camp", "flavour", "two camp"}


def test_a_singular_entry_sorted_into_flavours_has_kinds_not_parts(tmp_path: Path) -> None:
    """ "**Den sealing:** comes in three flavours: A, B and C": kinds of den sealing; "broken down into A and B"
    names its parts."""
    graph = build(tmp_path, "# Moles\n\n- **Den sealing:** comes in two flavours: clay packing and moss lining.\n"
                            "- **Den cleaning:** broken down into soil removal and moss renewal.\n")
    assert {("clay packing", "isA", "den sealing"), ("moss lining", "isA", "den sealing"),
            ("den cleaning", "contains", "soil removal"), ("den cleaning", "contains", "moss renewal")} <= lowered(graph)


def test_a_label_of_two_plurals_joined_by_a_slash_names_the_items_kind(tmp_path: Path) -> None:
    """ "- benchmarks/tools: DigBench, MoleRobust": either word is the items' kind (the first is taken), and neither is a
    verb whose subject is left out ("benchmarks" is no "evaluates")."""
    graph = build(tmp_path, "# Moles\n\n## Den attacks\n\n- benchmarks/tools: `DigBench`, `MoleRobust`, `Tunnelr`\n")
    found = lowered(graph)
    assert {("digbench", "isA", "benchmark"), ("molerobust", "isA", "benchmark")} <= found, found
    assert not any(r == "evaluates" for _, r, _ in found), found


def test_the_other_of_a_kind_is_one_of_that_kind(tmp_path: Path) -> None:
    """ "Slurp is the other common sealing method": the rest of a pair is one of the kind, as "another sealing
    method" is; "Moss lining is the other one" names no kind of the subject before it."""
    found = lowered(build(tmp_path, "# Moles\n\n**Slurp** (**soft lateral undermining**) is the other common sealing method.\n\n"
                                    "Clay packing is one sealing method. Moss lining is the other one.\n"))
    assert ("slurp", "isA", "sealing method") in found or ("slurp", "isA", "sealing") in found, found
    assert ("moss lining", "isA", "clay packing") not in found, found


def test_groups_of_a_plural_counted_and_a_mass_noun_sorted_into_categories_list_kinds(tmp_path: Path) -> None:
    """ "There are four buckets of criteria in the book: A, B, C, and **cost and latency**": each a criterion (a bold
    phrase holding "and" is one item); "Unsafe dirt falls into several categories: A (...), B (...), and C": each a kind
    of unsafe dirt, though "dirt" is no plural."""
    found = lowered(build(tmp_path, "# Dens\n\nThere are four buckets of criteria in the book: **den depth**, **moss warmth**, "
                                    "**clay strength**, and **cost and latency**. Not every den needs all four.\n\n"
                                    "Unsafe dirt falls into several categories: **loose sand** (dry grains), **wet clay** (sticky), "
                                    "and **root mats** (tangled roots).\n\nShe lists three types of den advantage: depth, dryness, "
                                    "and warmth.\n"))
    assert {("depth", "isA", "den advantage"), ("warmth", "isA", "den advantage")} <= found, found  # a singular after "types of"
    assert {("den depth", "isA", "criterion"), ("cost and latency", "isA", "criterion"),
            ("loose sand", "isA", "unsafe dirt"), ("root mat", "isA", "unsafe dirt")} <= found, found
    assert not any(o in ("bucket", "category") or s in ("cost", "latency") for s, _r, o in found), found


def test_examples_after_a_participle_s_phrase_are_no_kind_of_its_noun(tmp_path: Path) -> None:
    """ "- **Den API:** den served through an inference service, e.g. A, B": examples of what is served, the entry's, not
    kinds of the service; "dens combined with search algorithms (e.g. DenFirst, TunnelFirst)" and "streamlined using
    frameworks like BurrowKit" still give kinds; examples that are no names ("e.g. the clay dens") are no entry's."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den API:** den served through an inference service, e.g. MoleCo's Burrow-4, "
                                    "DigCorp's Tunnel-2.\n\nDens are combined with search algorithms (e.g. DenFirst, TunnelFirst). "
                                    "Digging can be streamlined using frameworks like BurrowKit.\n"))
    assert not any(o == "inference service" for _s, _r, o in found), found
    assert {("denfirst", "isA", "search algorithm"), ("burrowkit", "isA", "framework")} <= found, found
    assert {("burrow-4", "exampleOf", "den api"), ("tunnel-2", "exampleOf", "den api")} <= found, found
    grouped = lowered(build(tmp_path / "grouped", "# Dens\n\n- **Den hub:** dens grouped by a river, e.g. the clay dens and moss dens.\n"))
    assert not any(r == "exampleOf" for _s, r, _o in grouped), grouped


def test_families_named_on_a_line_of_their_own_stay_kinds_over_their_members(tmp_path: Path) -> None:
    """ "Two families of digging:" over numbered kinds that head lists of their own: each numbered item is a
    kind of digging (not a topic it includes), and a plural one's items are its members."""
    graph = build(tmp_path, """\
        # Dens

        Two families of digging:
        1. Claw-based methods — remove soil with claws
        2. Snout-based methods — push soil with the snout
           - Root Nudging (Kim et al., 2021)
           - Mud Shoving
        3. Paw scraping — loosen soil first
           - Mud Pushing
        """)
    found = lowered(graph)
    assert {("claw-based method", "isA", "digging"), ("snout-based method", "isA", "digging"),
            ("root nudging", "isA", "snout-based method"), ("mud shoving", "isA", "snout-based method")} <= found
    assert not any(r == "includes" and o == "snout-based method" for _s, r, o in found)
    assert ("paw scraping", "isA", "digging") in found
    assert ("mud pushing", "isA", "paw scraping") not in found  # under a kind that names no members: none of them


def test_a_count_of_kinds_alone_on_its_line_under_a_heading_lists_kinds_of_what_it_names(tmp_path: Path) -> None:
    """ "## Burrow care" / "Two kinds:" / "1. Daily sweeping — ...": the kinds are of burrow care, as an item "- 2
    kinds:" under the heading lists them; under a heading that names nothing, or a count of no kinds, none."""
    graph = build(tmp_path, """\
        # Dens

        ## Burrow care

        Two kinds:
        1. Daily sweeping — sweep the floor
        2. Root pruning — cut roots

        ## Den sealing

        Den sealing closes a den against rain.

        3 approaches:
        1. Clay packing — press wet clay
        2. Moss stuffing — stuff moss in

        ## What I learned

        Two kinds:
        1. Slow digging — dig with care

        ## Den tools

        Three reasons:
        1. Kestrel rake — cheap
        """)
    found = lowered(graph)
    assert {("daily sweeping", "isA", "burrow care"), ("root pruning", "isA", "burrow care"),
            ("clay packing", "isA", "den sealing"), ("moss stuffing", "isA", "den sealing")} <= found
    assert not any(s in ("slow digging", "kestrel rake") and r == "isA" for s, r, _o in found)


def test_the_ones_a_clause_picks_out_are_members_of_the_plural_said_to_be_them(tmp_path: Path) -> None:
    """ "Hard dens are the ones you cannot move: A, B, or your own C": each one of them, the negation in the
    clause no denial of it; "..., like A, B, or C, through lining": the list ends where a preposition says how."""
    graph = build(tmp_path, """\
        # Dens

        **Hard dens** are the ones you cannot move: the clay den, stone den, or your own root den.
        **Soft dens** are the ones you can improve, like moss dens, leaf dens, or grass dens, through lining.
        The warm den is the one you want: a clay den or a moss den.
        """)
    found = lowered(graph)
    assert {("clay den", "isA", "hard den"), ("stone den", "isA", "hard den"), ("root den", "isA", "hard den"),
            ("moss den", "isA", "soft den"), ("leaf den", "isA", "soft den"), ("grass den", "isA", "soft den")} <= found, found
    assert not any(o in ("warm den", "lining") or s == "lining" for s, _r, o in found), found


def test_a_verb_after_an_arrow_opens_no_kind_and_a_noun_before_a_comma_is_no_verb(tmp_path: Path) -> None:
    """ "- nest caching → reuse overlapping burrows like system prompt, long tunnels": the kind is what is reused, and
    "prompt", which the tagger reads as a verb after "system", ends the first item as a noun; "Tools like moss spray
    help." still ends at its verb."""
    found = lowered(build(tmp_path, "# Dens\n\n- nest caching → reuse overlapping burrows like system prompt, long tunnels\n\n"
                                    "Tools like moss spray help.\n"))
    assert {("system prompt", "isA", "overlapping burrow"), ("long tunnel", "isA", "overlapping burrow"), ("moss spray", "isA", "tool")} <= found, found
    assert not any(o.startswith("reuse") or s == "system" for s, _r, o in found), found


def test_terms_under_a_heading_of_ways_of_a_doing_are_kinds_of_the_doing(tmp_path: Path) -> None:
    found = kinds(build(tmp_path, "# Zorping\n\n**Zorping** trims dens.\n\n## Zorping methods\n\n"
                                  "- **Moss zorping**: zorps with moss\n- **Clay trimming**: trims with clay\n"))
    assert {("moss zorping", "zorping"), ("clay trimming", "zorping")} <= found, found
    assert not {o for _s, o in found if o == "zorping method"}


def test_where_a_labelled_list_s_kind_is_found_is_no_part_of_the_kind(tmp_path: Path) -> None:
    found = kinds(build(tmp_path, "# Dens\n\n- Den roles in wombat colonies: sleeper, digger, guard\n"))
    assert {("sleeper", "den role"), ("digger", "den role"), ("guard", "den role")} <= found, found


def test_a_doing_and_its_object_names_no_kind_of_what_it_lists(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Navigating public burrow maps\n\n| Map | Focus |\n|---|---|\n| DenAtlas | depth |\n| ClayChart | soil |\n")
    assert {("denatlas", "public burrow map"), ("claychart", "public burrow map")} <= kinds(graph), kinds(graph)
    assert_no_concept(graph, "navigating public burrow map")


def test_like_before_a_name_and_its_verb_says_as_it_does_no_example(tmp_path: Path) -> None:
    found = kinds(build(tmp_path, "# Dens\n\nModels can use zorp attention like Kestrel 7B does, which keeps recent tokens.\n"))
    assert ("kestrel 7b", "zorp attention") not in found, found
    found = kinds(build(tmp_path / "2", "# Dens\n\nModels can use zorp attention like Kestrel 7B, which keeps recent tokens.\n"))
    assert ("kestrel 7b", "zorp attention") in found, found


@pytest.mark.parametrize("attribute", ["quantity", "coverage", "diversity"])
def test_a_label_ending_on_an_attribute_word_is_no_kind_of_the_bare_attribute(tmp_path: Path, attribute: str) -> None:
    found = kinds(build(tmp_path, f"# Dens\n\n**{attribute.capitalize()}** matters.\n\n**Burrow {attribute}**: how much the den holds.\n"))
    assert (f"burrow {attribute}", attribute) not in found, found


def test_a_sentence_that_introduces_items_names_no_kind_of_them(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- Diggers need stronger models:\n  - **cold snaps**: walls freeze\n  - more floods once the rains come back\n")
    assert not {o for s, o in kinds(graph) if "need stronger" in o}, kinds(graph)
    assert_no_concept(graph, "diggers need stronger model")


def test_why_and_a_name_is_no_list_of_its_uses(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "## Why ZORP\n\n- **ZORP** (zoned root pruning): cuts roots.\n- Original paper: Kim et al., 2020.\n"))
    assert not {(s, o) for s, r, o in found if r == "usedFor"}, found
    assert not any(s.startswith("zorping") for s, _r, _o in found), found


def test_where_a_labelled_list_s_kinds_come_from_is_no_part_of_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- two hypotheses from the book:\n  - **soil drift**: dens sink slowly\n  - **root lift**: roots push dens up\n")
    assert {("soil drift", "hypothesis"), ("root lift", "hypothesis")} <= kinds(graph), kinds(graph)
    assert_no_concept(graph, "hypothesis from the book")


def test_a_relative_clause_after_a_labelled_list_s_plural_is_no_part_of_the_kind(tmp_path: Path) -> None:
    """ "tools that automate den digging: A, B": each a tool; the clause says which, no kind of its words."""
    graph = build(tmp_path, "# Dens\n\n- tools that automate den digging: [Clawkit](https://x.org/a), [Digkit](https://x.org/b)\n\n"
                            "Burrow maps which badgers share: DenAtlas and ClayChart.\n")
    found = kinds(graph)
    assert {("clawkit", "tool"), ("digkit", "tool"), ("denatlas", "burrow map"), ("claychart", "burrow map")} <= found, found
    assert not any(" that " in o or " which " in o for _s, o in found), found
