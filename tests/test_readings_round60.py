"""Forms read from held-out notes of round sixty.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, folded_facts


def test_counted_kinds_after_a_definition_are_of_what_it_defines(tmp_path: Path) -> None:
    """ "Sett tunnels are long passages dug by badgers. Three kinds:" over bold items: the kinds counted at the end
    of a paragraph are kinds of what its first sentence defines, not of the page's title ("den"); where the first
    sentence defines nothing ("Badgers guard dens in several ways. Three ways:"), of the heading as before."""
    graph = build(tmp_path, "# Dens\n\nSett tunnels are long passages dug by badgers. Three kinds:\n"
                            "- **Breeding tunnel**: where cubs are raised.\n- **Escape tunnel**: a short exit to the surface.\n\n"
                            "## Den guarding\n\nBadgers guard dens in several ways. Three ways:\n"
                            "- **Scent marking**: rubbing musk on stones.\n- **Patrolling**: walking the boundary at night.\n")
    found = folded_facts(graph)
    assert {("breeding tunnel", "isA", "sett tunnel"), ("escape tunnel", "isA", "sett tunnel")} <= found, found
    assert not {(s, o) for s, r, o in found if o == "den" and s in ("breeding tunnel", "escape tunnel")}, found
    assert {("scent marking", "isA", "den guarding"), ("patrolling", "isA", "den guarding")} <= found, found


def test_counted_kinds_under_a_question_are_of_what_the_paragraph_defines(tmp_path: Path) -> None:
    """ "### Which badger guards best?" / "Den guards are badgers posted at the den mouth – ... Two kinds:": a heading
    that asks names no thing, and the paragraph's first sentence still says whose kinds the items are."""
    graph = build(tmp_path, "# Dens\n\n### Which badger guards best?\n\nDen guards are badgers posted at the den mouth – older "
                            "and calmer than the rest. Two kinds:\n- **Night watcher**: stays awake till dawn.\n"
                            "- **Scent keeper**: renews the musk marks.\n")
    found = folded_facts(graph)
    assert {("night watcher", "isA", "den guard"), ("scent keeper", "isA", "den guard")} <= found, found


def test_main_ways_without_a_count_are_kinds_of_the_section(tmp_path: Path) -> None:
    """ "### Den sealing" / "Badgers seal dens before winter. Main modes:": "main modes", "key approaches" with no
    number before them count kinds of what the section is on, as "Three modes:" does; "mode" is no kind."""
    graph = build(tmp_path, "# Dens\n\n### Den sealing\n\nBadgers seal dens before winter. Main modes:\n"
                            "- **Clay plugging**: a plug of clay in the mouth.\n- **Moss packing**: moss pushed into cracks.\n")
    found = folded_facts(graph)
    assert {("clay plugging", "isA", "den sealing"), ("moss packing", "isA", "den sealing")} <= found, found
    assert not {(s, o) for s, r, o in found if o == "mode"}, found
