"""Forms read from held-out notes of round sixty-four.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, facts, lowered


def test_a_kind_of_a_thing_before_a_colon_and_a_list_is_the_subjects_kind_not_its_members(tmp_path: Path) -> None:
    """ "A conifer is a kind of tree: firs, pines and spruces.": the conifer is a tree, as "is a tree: firs, ..." reads;
    the items after the colon are no kinds the conifer is one of."""
    graph = build(tmp_path, "# Trees\n\nA conifer is a kind of tree: firs, pines and spruces.\n\n"
                            "A sett is a type of den: deep, old and wet.\n")
    found = lowered(graph)
    assert {("conifer", "isA", "tree"), ("sett", "isA", "den")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "conifer" and o != "tree"}, found
