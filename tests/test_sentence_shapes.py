"""Shapes of English that decide which words belong together: an "and" that "between" asks for, a verb
left out of the items after a colon, a relative clause after a phrase with no verb, a plural alone as
what a sentence lists the members of, a clause that only looks like a noun phrase, a definition that
is a circumstance, and a label that introduces an example or kinds.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each shape is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import assert_no_concept, build, lowered

from kg.ingest.clauses import verb_after_a_singular
from kg.ingest.lists import gapped_pairs, without_relatives_in_lists


# ---------------------------------------------------------------- "and" inside a relative clause


def test_an_and_that_between_asks_for_stays_in_its_clause() -> None:
    text = "It is a score that compares tokens between a draft and a target"
    assert without_relatives_in_lists(text) == text
    # without "between", the relative clause hides a list of two things
    assert without_relatives_in_lists("an encoder that reads inputs and a decoder").split() == ["an", "encoder", "and", "a", "decoder"]


def test_a_definition_with_between_a_and_b_is_one_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp score:** a lexical overlap metric that counts words shared between an answer and a reference.\n")
    assert ("zorp score", "isA", "lexical overlap metric") in lowered(graph)
    assert not any(o == "reference" for s, _r, o in lowered(graph) if s == "zorp score")


# ---------------------------------------------------------------- a verb left out after a colon


def test_items_that_repeat_the_preposition_leave_the_verb_out() -> None:
    pairs = gapped_pairs(" specialised data: Kestrel on bird songs, Wombat on soil samples", "are trained on")
    assert pairs == [("Kestrel", "bird songs"), ("Wombat", "soil samples")]
    assert gapped_pairs(" two corpora: Fjord and Tarn", "trained on") is None  # objects only: read as ever
    assert gapped_pairs(" bird songs", "trained on") is None


def test_a_gapped_list_relates_each_pair_and_not_the_sentence_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Domain models

        Some models are trained on narrow data: Kestrel on bird songs, Wombat on soil samples.
        """)
    facts = lowered(graph)
    assert ("kestrel", "trainedOn", "bird song") in facts and ("wombat", "trainedOn", "soil sample") in facts
    assert not any(o in {"kestrel", "wombat"} for _s, r, o in facts if r == "trainedOn")


# ---------------------------------------------------------------- ", which" after a phrase with no verb


def test_which_after_a_verbless_label_speaks_of_the_phrase_before_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Zorp:** a network for songs.
           - Core part: the **echo unit**, which uses pitch, tempo and rhythm.
        """)
    facts = lowered(graph)
    assert {("echo unit", "uses", "pitch"), ("echo unit", "uses", "tempo")} <= facts
    assert not any(s == "zorp" and r == "uses" for s, r, _o in facts)


def test_which_after_a_clause_with_a_verb_keeps_its_reading(tmp_path: Path) -> None:
    graph = build(tmp_path, "Kestrel improves on birding tasks, which involve pitch tracking.\n")
    assert not any(r == "involves" or o == "pitch tracking" for _s, r, o in lowered(graph))


# ---------------------------------------------------------------- a plural alone lists its members


def test_a_plural_opening_a_sentence_before_include_is_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Attacks\n\nShields include echo masking, tone filtering and burrow checks.\n")
    facts = lowered(graph)
    assert {("echo masking", "isA", "shield"), ("tone filtering", "isA", "shield")} <= facts
    assert_no_concept(graph, "Shields")


def test_a_plural_before_like_and_a_verb_is_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "Libraries like Zorpkit and Wombatry are helpful to prototype apps.\n")
    assert {("zorpkit", "isA", "library"), ("wombatry", "isA", "library")} <= lowered(graph)
    assert_no_concept(graph, "Libraries")


def test_a_remark_label_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp batching:** groups requests.\n    - Pros: steadies latency and throughput, making it common.\n")
    assert not any(o in {"pro", "pros"} for _s, _r, o in lowered(graph))
    assert_no_concept(graph, "pro", "Pros")


# ---------------------------------------------------------------- a clause that looks like a noun phrase


def test_a_singular_then_a_word_that_can_be_a_verb_is_a_clause() -> None:
    assert verb_after_a_singular("an answer counts as correct only if it matches")
    assert not verb_after_a_singular("a few examples of songs")
    assert not verb_after_a_singular("an ensemble model combining decision trees")  # the phrase ends at "combining"
    assert not verb_after_a_singular("a model that ranks passages")


def test_a_definition_that_is_a_clause_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Strict match:** an answer counts as correct only if it equals the key.\n")
    assert not any(s == "strict match" and r == "isA" for s, r, _o in lowered(graph))
    assert_no_concept(graph, "answer count")


def test_a_definition_that_is_a_circumstance_states_nothing_of_the_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Leakage:** when a model was trained on the quiz answers.
        - **Zorp tuning:** a method trained on bird songs.
        """)
    facts = lowered(graph)
    assert not any(s == "leakage" for s, _r, _o in facts)
    assert ("zorp tuning", "trainedOn", "bird song") in facts  # a definition of a thing still says what it is trained on


# ---------------------------------------------------------------- labels before a list or an example


def test_an_example_label_gives_an_example_and_defines_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Agent**: a model that acts in a world.
          - Example: a burrow agent that uses sonar and a soil probe.
        """)
    facts = lowered(graph)
    assert ("burrow agent", "exampleOf", "agent") in facts
    assert not any(s == "agent" and r == "isA" for s, r, _o in facts)  # the agent is no burrow agent, nor a probe
    assert_no_concept(graph, "example")


def test_a_label_for_kinds_makes_its_items_kinds_of_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Zorp decoding**: how a model picks its next word.
          - Strategies: echo decoding, tone decoding, burrow search.
        """)
    facts = lowered(graph)
    assert {("echo decoding", "isA", "zorp decoding"), ("burrow search", "isA", "zorp decoding")} <= facts
    assert not any(r == "includes" for _s, r, _o in facts)


def test_links_under_an_entry_that_is_a_doing_are_no_kinds_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        * **Shaping outputs**: Tools like [Zorpkit](https://example.org/zorpkit) keep a template.
        * **Vector stores**: [Kestreldb](https://example.org/kestreldb) keeps embeddings.
        """)
    facts = lowered(graph)
    assert ("kestreldb", "isA", "vector store") in facts  # a plural entry names a kind
    assert ("zorpkit", "isA", "shaping output") not in facts
