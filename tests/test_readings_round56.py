"""Forms read from held-out notes of round fifty-six.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, folded_facts


def test_a_question_heading_of_what_a_thing_is_heads_its_labelled_lines(tmp_path: Path) -> None:
    """ "### Q: what is den sealing, in one line?" / "- 3 parts: A, B" / "- uses wet clay": the lines under a question of
    what a thing is speak of it, as under "## Den sealing"; they had been read of nothing. A question of two things ("How
    do moss and clay differ?") heads no one thing."""
    graph = build(tmp_path, "# Dens\n\n### Q: what is den sealing, in one line?\n- closing a den with clay\n"
                            "- 3 parts: clay packing, moss smoothing (lining), wall drying\n- uses wet clay\n\n"
                            "### How do moss and clay differ?\n- 2 kinds: dry moss, wet moss\n")
    found = folded_facts(graph)
    assert {("den sealing", "contains", "clay packing"), ("den sealing", "contains", "wall drying"),
            ("den sealing", "uses", "wet clay")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "moss and clay" in s or s in ("moss", "clay")}, found
