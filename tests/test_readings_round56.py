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


def test_an_item_with_an_aside_under_a_heading_of_categories_is_one_of_them(tmp_path: Path) -> None:
    """ "### Unsafe den categories" / "1. wet moss (mold, rot)": an item whose words are a name, with an aside in
    parentheses, is one of what the heading names, as a bare item is; any parenthesis had dropped the item. A sentence
    with an aside stays none."""
    graph = build(tmp_path, "# Dens\n\n### Unsafe den categories\n1. wet moss (mold, rot)\n2. loose clay\n"
                            "3. cold walls (in winter)\n4. foxes dig in (at night)\n")
    found = folded_facts(graph)
    assert {("wet moss", "isA", "unsafe den"), ("cold wall", "isA", "unsafe den"), ("loose clay", "isA", "unsafe den")} <= found, found
    assert not {s for s, r, o in found if s.startswith("fox")}, found


def test_kinds_in_parentheses_are_not_read_of_a_thing_cut_short(tmp_path: Path) -> None:
    """ "hate speech (racist, sexist)", "damp walls (cold, drafty)": words that say which, in parentheses after a thing
    whose first word the tagger took for a verb, are no kinds of the last noun alone ("racist speech isA speech" dropped
    "hate"); after a verb and its plural subject they still are ("Kestrels use batching (static, dynamic)")."""
    graph = build(tmp_path, "# Dens\n\n- hate speech (racist, sexist) is common in dens.\n- damp walls (cold, drafty) need moss.\n"
                            "- Kestrels use batching (static, dynamic).\n")
    found = folded_facts(graph)
    assert {("static batching", "isA", "batching"), ("dynamic batching", "isA", "batching")} <= found, found
    assert not {(s, o) for s, r, o in found if o in ("speech", "wall")}, found
