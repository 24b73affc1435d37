"""Words that join a sentence to the one before, prefixed names that only say which, and other forms read from
held-out notes of round forty-seven.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts, names


def test_a_word_that_joins_a_sentence_to_the_one_before_opens_no_name(tmp_path: Path) -> None:
    """ "So wet soil is mostly a drainage problem", "And moss sealing is a kind of den repair": "so", "and", "thus"
    join the sentence to the one before; the subject is what follows (it had made a concept "so wet soil").
    "So-called" and "so far" keep their reading."""
    graph = build(tmp_path, "# Dens\n\nThe water table rises in spring. So wet soil is mostly a drainage problem. "
                            "Thus moss sealing is a kind of den repair. But clay packing is a kind of den repair too.\n\n"
                            "So-called moss dens are a kind of den.\n")
    found = facts(graph)
    assert {("wet soil", "isA", "drainage problem"), ("moss sealing", "isA", "den repair"), ("clay packing", "isA", "den repair")} <= found, found
    assert not any(n.lower().startswith(("so ", "thus ", "but ")) for n in names(graph)), names(graph)


def test_what_an_opening_contrasts_ends_before_its_clause(tmp_path: Path) -> None:
    """ "Unlike foxholes that hold one fox, setts ...": the clause after "that" says what foxholes do; the sett is set
    against foxholes (nothing had been read: the clause was taken for part of the name). After "And" the opening
    is read as at the sentence's start."""
    found = facts(build(tmp_path, "# Dens\n\nA sett is a den. Unlike foxholes that hold one fox in a single room, setts give paths between rooms. "
                                  "And unlike burrows which flood, moss dens stay dry.\n"))
    assert {("sett", "contrastsWith", "foxhole"), ("moss den", "contrastsWith", "burrow")} <= found, found


def test_a_name_under_a_prefix_alone_says_which_and_names_nothing(tmp_path: Path) -> None:
    """ "pre-LLM", "multi-GPU", "non-English": a prefix before a name makes a word that says which, of a noun left
    unsaid; alone it is no concept ("- multi-GPU: A, B" had made A a "multi-GPU", "old field, pre-LLM" a concept
    "pre-LLM"). With its noun it names one ("multi-GPU digging"), and "pre-digging" or "cross-encoder" stay names."""
    graph = build(tmp_path, "# Den tools\n\n- **Den Survey:** old study, pre-GPS. Its measures were depth and width.\n"
                            "- multi-GPU: BurrowKit, SettFlow\n\nMulti-GPU digging is a kind of parallel digging. "
                            "Pre-digging is a stage of den building. A cross-encoder is a kind of den scorer.\n")
    found = facts(graph)
    assert {("Multi-GPU digging", "isA", "parallel digging"), ("cross-encoder", "isA", "den scorer")} <= found, found
    assert not {"pre-GPS", "multi-GPU"} & names(graph), names(graph)
    assert "Pre-digging" in names(graph) or "pre-digging" in names(graph), names(graph)
    assert not any(o == "multi-GPU" for _s, _r, o in found), found
