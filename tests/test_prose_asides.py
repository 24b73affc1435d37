"""Prose that speaks of the writing, in passing or in the passive, states nothing of a concept: "This
guide covers ...", "For instance, ...", "(LLMs) today", "have been proposed:", "are sampled 3 times",
"while mitigating issues like ...". The same words where they do name concepts are still read: "The
LLM course covers ...", "Notable technologies include A and B", "are two other examples of X".

Every form is tried with a look-alike. Every input here is written for the test; none is taken from
the owner's notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import build, lowered, names


@pytest.mark.parametrize(
    "sentence",
    [
        "This guide covers the theory of tokenizers and their practical aspects.",
        "This comprehensive guide also includes tips, limitations and important references.",
        "The figure below shows the theory of tokenizers.",
        "Our next section covers the theory of tokenizers.",
        "In the tutorial, this post covers the theory of tokenizers.",
    ],
)
def test_what_the_writing_covers_is_no_statement(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Kestrel\n\nKestrel is a tokenizer.\n\n{sentence}\n")
    found = lowered(graph)
    assert not any(r in {"includes", "produces"} or o in {"theory", "tip", "reference", "theory of tokenizer"}
                   for _s, r, o in found), found
    assert not names(graph) & {"guide", "comprehensive guide", "figure", "section", "next section", "post"}


def test_a_course_with_a_name_is_a_concept(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Courses\n\nThe Kestrel course covers tokenizers and embeddings.\n"))
    assert ("kestrel course", "includes", "tokenizer") in found


def test_a_hedged_solution_is_not_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Agents

        - **Value alignment:** it is hard to align agents with human values. A potential solution involves the potential to realign the model with new prompts.
        """))
    assert not any(s == "value alignment" and r == "includes" for s, r, _o in found), found


def test_a_comma_and_an_aside_end_a_kind_before_its_examples(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        Sampling is tuned per task. For instance, decoding strategies include Kestrel sampling and Wombat sampling.

        Sequence models (SMs) today, such as Zorp and Quill, are trained on web text.
        """))
    assert {("kestrel sampling", "isA", "decoding"), ("wombat sampling", "isA", "decoding")} <= found
    assert {("zorp", "isA", "sequence model"), ("quill", "isA", "sequence model")} <= found
    assert not {n for n in names(build(tmp_path / "again", "# M\n\nFor instance, decoding strategies include Kestrel and Wombat.\n"))
                if n.startswith("instance")}


def test_a_time_after_a_noun_is_no_part_of_its_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nSequence models today are trained on web text.\n"))
    assert ("sequence model", "trainedOn", "web text") in found
    assert "sequence models today" not in names(build(tmp_path / "again", "# M\n\nSequence models today are trained on web text.\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "This recent development powers models like Kestrel.",  # a noun, its verb, then the kind
        "The decoder keeps generating while mitigating issues like exposure bias.",  # a verb and its object
    ],
)
def test_a_verb_before_a_kind_is_no_part_of_it(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{sentence}\n")
    assert not any(r == "isA" for _s, r, _o in lowered(graph)), lowered(graph)
    assert not any("powers" in n or "mitigating" in n for n in names(graph))


def test_a_noun_before_a_kind_stays_in_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        Chunking strategies like sliding windows split long documents.

        Retrieval systems like Kestrel rank passages.
        """))
    assert ("sliding window", "isA", "chunking") in found
    assert ("kestrel", "isA", "retrieval system") in found


def test_a_kind_opening_a_sentence_is_its_subject_not_an_instruction(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Models

        Sequence models like Kestrel and Wombat are trained on text.

        Tune parameters like learning rate and batch size.
        """)
    found = lowered(graph)
    assert {("kestrel", "isA", "sequence model"), ("wombat", "isA", "sequence model")} <= found, found
    assert not any("tune" in n for n in names(graph))


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Notable technologies include Kestrel and Wombat.", "technology"),
        ("Popular frameworks include Kestrel and Wombat.", "framework"),
        ("Some sequence models include Kestrel and Wombat.", "sequence model"),
    ],
)
def test_a_plural_the_text_picks_from_has_members(tmp_path: Path, sentence: str, kind: str) -> None:
    found = lowered(build(tmp_path, f"# Tools\n\n{sentence}\n"))
    assert {("kestrel", "isA", kind), ("wombat", "isA", kind)} <= found, found
    assert not any(r == "includes" for _s, r, _o in found)


def test_a_thing_that_includes_parts_keeps_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nThe encoder includes self-attention and a feed-forward layer.\n"))
    assert ("encoder", "includes", "self-attention") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel and Wombat are two other notable examples of sequence models.",
        "Kestrel and Wombat are more examples of sequence models.",
    ],
)
def test_counted_or_judged_examples_are_examples(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{sentence}\n")
    found = lowered(graph)
    assert {("kestrel", "isA", "sequence model"), ("wombat", "isA", "sequence model")} <= found, found
    assert not any("example" in n for n in names(graph))


def test_a_passive_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Search

        Values are sampled 3 times for each thought.

        Adapters are pretrained modules.
        """)
    found = lowered(graph)
    assert ("adapter", "isA", "pretrained module") in found, found  # the sentence's capital is no name's
    assert not any(s == "value" for s, _r, _o in found), found
    assert not any("sampled" in n for n in names(graph))


def test_a_list_proposed_by_no_one_is_nobody_s(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        - **Augmentation process:** One retrieval is not enough, so a few methods have been proposed:
            - **Iterative retrieval** runs several cycles.
            - **Recursive retrieval** feeds outputs back.

        The Kestrel lab has introduced:

        - Zorp
        - Quill
        """))
    assert not any(r in {"developed", "developedBy"} and "augmentation" in s + o for s, r, o in found), found
    assert ("zorp", "developedBy", "kestrel lab") in found or ("kestrel lab", "developed", "zorp") in found


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        ("Kestrel is a pooling layer not limited to images.", "pooling layer not"),  # "not" ends the object
        ("Positional encoding is the encoder's way of knowing which word comes first.", "encoder way of knowing"),
        ("The chatbot model is trained using the same forward pass as the regression model.", "same forward pass"),
    ],
)
def test_a_negation_a_manner_and_a_comparison_name_nothing(tmp_path: Path, sentence: str, wrong: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{sentence}\n")
    assert wrong not in names(graph), lowered(graph)
    assert not any(o == wrong for _s, _r, o in lowered(graph))


def test_a_pooling_layer_not_limited_is_still_a_pooling_layer(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nKestrel is a pooling layer not limited to images.\n"))
    assert ("kestrel", "isA", "pooling layer") in found, found


def test_a_clause_after_a_comma_is_no_apposition(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Stories

        The wombats battle the Vanishing Gradient, a young apprentice engineer (that's you!) embarks on a quest.

        The team released Kestrel, an inference server for small models.
        """)
    found = lowered(graph)
    assert ("kestrel", "isA", "inference server") in found, found
    assert not any(s == "vanishing gradient" and r == "isA" for s, r, _o in found), found


def test_what_the_reader_is_to_consider_and_what_is_here_are_nobody_s(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Chunking

        - **Chunking:** Chunking splits documents into passages. Other aspects to consider include the length of questions and token limits. Things to remember include overlap.
        - **Augmentation stage:** Augmentation merges context. Here is a taxonomy of core components:
            - **Retriever**
            - **Generator**
        """))
    assert ("chunking", "produces", "passage") in found
    assert not any(r == "includes" for _s, r, _o in found), found
    assert not any("taxonomy" in o for _s, _r, o in found), found


def test_members_of_a_picked_plural_with_a_modifier(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Agents\n\nPopular techniques for task decomposition include Kestrel and Wombat.\n"))
    # a technique for a doing is the doing by another name, as "a preference finetuning method" is preference finetuning
    assert {("kestrel", "isA", "task decomposition"), ("wombat", "isA", "task decomposition")} <= found, found
    assert not any(r == "includes" for _s, r, _o in found)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        ("Prefix tuning is a lightweight alternative to fine-tuning.", "lightweight alternative"),
        ("Kestrel makes available models like Wombat via its API.", "available model"),
    ],
)
def test_words_that_judge_or_stand_in_are_no_kind(tmp_path: Path, sentence: str, wrong: str) -> None:
    graph = build(tmp_path, f"# Models\n\n{sentence}\n")
    assert wrong not in names(graph), lowered(graph)


def test_a_demonstrative_before_a_plain_noun_points_back_not_at_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Prompts

        - **Prompt chaining:** Startups chain well-crafted prompts. These prompts could contain important trade secrets.
        - **Kestrelformer:** Kestrelformer changed NLP. This architecture uses self-attention.
        """))
    assert not any(s == "prompt chaining" and r == "contains" for s, r, _o in found), found
    assert ("kestrelformer", "uses", "self-attention") in found


def test_which_after_a_clause_with_its_own_verb_is_about_its_last_noun(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Agents

        Kestrel agents improve their scores in Zorp tasks, which involve navigating through environments.

        Wombat, which is an encoder, uses masked language modeling.
        """))
    assert not any(s == "kestrel agent" and r == "includes" for s, r, _o in found), found
    assert {("wombat", "isA", "encoder"), ("wombat", "uses", "masked language modeling")} <= found


def test_here_after_a_list_is_the_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        - **Augmentation stage:** Before discussing the augmentation process, augmentation stages, and augmentation data, here is a taxonomy of components:
        """))
    assert not any("taxonomy" in o or s.startswith("augmentation stage") for s, _r, o in found), found


def test_a_lone_example_in_parentheses_must_be_a_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Retrieval\n\n- Use embedding models (e.g., Kestrel-EN developed Zorp) for retrieval.\n"))
    assert not any(r == "isA" and "developed" in s for s, r, _o in found), found


def test_a_half_phrase_after_an_object_and_a_clause_about_a_shell_noun_name_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Memory

        - **Long-term memory:** It uses an external vector store accessible through fast retrieval. Kestrel uses an additional encoder built on top of a retriever.
        - **Prompt chaining:** Prompt chaining can be used in different scenarios that could involve several operations.
        - **Zorp:** Zorp is a model that uses attention.
        """)
    found = lowered(graph)
    assert {("long-term memory", "uses", "external vector store"), ("kestrel", "uses", "additional encoder")} <= found, found
    assert not any(r == "includes" and o == "operation" for _s, r, o in found), found
    assert ("zorp", "uses", "attention") in found
    assert not names(graph) & {"scenario", "external vector store accessible", "additional encoder built"}


def test_examples_after_a_doing_are_no_kinds_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        - **Zorp models**: Used for predicting continuous outputs (e.g., rents, wind speeds).
        """))
    assert not any(o.startswith("predicting") and r == "isA" for _s, r, o in found), found
    assert ("zorp model", "usedFor", "predicting continuous output") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme releases Zorp, a model built on the same technology used to create Quill.",
        "Zorp adopts verbal feedback, which is richer than the scalar rewards used in classic tuning.",
    ],
)
def test_a_participle_after_a_noun_tells_what_that_noun_is_for(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Models\n\n{sentence}\n"))
    assert not any(s in {"acme", "zorp"} and r == "usedFor" for s, r, _o in found), found


def test_after_a_copula_the_participle_speaks_of_the_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nZorp is a method used to prevent overfitting.\n"))
    assert ("zorp", "usedFor", "preventing overfitting") in found, found


@pytest.mark.parametrize(
    "advice",
    [
        "Add more Zorp samples to help the model generalize better.",  # what it is for is "generalize"
        "You can use Zorp and Quill together to combine their benefits.",  # benefits of what came before
    ],
)
def test_advice_whose_goal_is_said_elsewhere_states_no_purpose(tmp_path: Path, advice: str) -> None:
    found = lowered(build(tmp_path, f"# Tips\n\n- {advice}\n"))
    assert not any(r == "usedFor" for _s, r, _o in found), found


def test_including_right_after_a_noun_lists_that_noun_s_members(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Libraries

        The Zorp library supports features including tool usage and web navigation.

        The Quill library includes tool usage and web navigation.
        """))
    assert not any(s == "zorp library" and r == "includes" for s, r, _o in found), found
    assert {("quill library", "includes", "tool usage"), ("quill library", "includes", "web navigation")} <= found, found


def test_knowledge_or_concepts_of_a_subject_is_that_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Courses\n\n- **Zorp Basics** covers fundamental knowledge about statistics and the core concepts of tokenizers.\n"))
    assert {("zorp basics", "includes", "statistics"), ("zorp basics", "includes", "tokenizer")} <= found, found


def test_a_quantified_subject_or_a_thing_named_after_the_entry_is_no_stand_in(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Architecture

        1. **Zorpformer.** Almost every language model uses the zorpformer architecture.
           - A zorpformer block contains an attention module and an MLP module.
           - A zorpformer is a sequence model.
        """)
    found = lowered(graph)
    assert ("language model", "uses", "zorpformer architecture") in found, found
    assert {("zorpformer block", "contains", "attention module"), ("zorpformer", "isA", "sequence model")} <= found, found
    assert not any(s == "zorpformer" and r in {"uses", "contains"} for s, r, _o in found), found


@pytest.mark.parametrize("opening", ["e.g.", "E.g.", "For example,"])
def test_a_sentence_that_opens_on_an_example_has_its_own_subject_no_stand_in(tmp_path: Path, opening: str) -> None:
    """ "- **Tool failures:** wrong output. e.g. den captioner returns a bad description": the captioner is an example, its
    own subject, not the entry by another name."""
    found = lowered(build(tmp_path, f"# Dens\n\n- **Tool failures:** wrong output. {opening} den captioner returns a bad description\n"))
    assert ("den captioner", "produces", "bad description") in found, found
    assert not any(s == "tool failure" and r == "produces" for s, r, _o in found), found


@pytest.mark.parametrize("aside", ['misspellings like "tunnnel", mixed soils, odd entrances',
                                   "e.g. dead ends, loops, doors to nowhere, fake mounds and abandoned side chambers"])
def test_examples_in_a_long_aside_are_no_part_of_the_object(tmp_path: Path, aside: str) -> None:
    """ "includes obfuscation (misspellings like X, ...) and roleplay": the object is obfuscation; the
    aside's words neither replace it nor join a kind ("obfuscation misspelling"), however long it is."""
    found = lowered(build(tmp_path, f"# Burrows\n\nBurrow trickery includes decoys ({aside}) and false trails.\n"))
    assert {("burrow trickery", "includes", "decoy"), ("burrow trickery", "includes", "false trail")} <= found, found
    assert not any("decoy " in s or "decoy " in o or o in {"mixed soil", "dead end"} for s, _r, o in found), found


@pytest.mark.parametrize("line", ["TL;DR - use burrow caching first.", "TL;DR: dig shallow tunnels.", "TLDR: use clay."])
def test_tldr_is_a_label_and_no_subject(tmp_path: Path, line: str) -> None:
    graph = build(tmp_path, f"# Burrows\n\n{line}\n")
    assert not names(graph) & {"tl", "tldr", "tl;dr", "dr"}, names(graph)
    assert not lowered(graph), lowered(graph)


def test_an_adjective_that_ends_a_list_of_objects_is_said_of_the_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - **burrow model**: large model trained on huge amounts of soil, often multimodal, used as a base for dens
        - **moss model**: small model trained on moss, clay and n-grams
        """))
    assert ("burrow model", "trainedOn", "soil") in found, found
    assert not any(o in {"multimodal", "often multimodal"} for _s, _r, o in found), found
    assert {("moss model", "trainedOn", "clay"), ("moss model", "trainedOn", "n-gram")} <= found, found  # a noun the tagger may call an adjective


def test_a_citation_in_the_last_item_of_a_list_after_and_keeps_the_item(tmp_path: Path) -> None:
    """ "other den methods include BitFit (Zaken et al., 2021), IA3 (Liu et al., 2022), and LongDen (Chen et al., 2023)":
    the comma inside the last citation ends nothing; all three are den methods."""
    found = lowered(build(tmp_path, "# Dens\n\nOther den methods include BitFit (Zaken et al., 2021), IA3 (Liu et al., 2022), "
                                    "and LongDen (Chen et al., 2023).\n"))
    assert {("bitfit", "isA", "den method"), ("ia3", "isA", "den method"), ("longden", "isA", "den method")} <= found, found
