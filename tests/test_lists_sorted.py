"""Lists whose label says how many things follow, or sorts them by what they are like: "the first survey counted
3 tunnels:" over its items, "- multimodal: DenCam (Zorpco), MoleNet" under a list of tools.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import assert_no_concept, build, lowered


def test_a_clause_that_ends_on_a_count_of_things_names_the_kind_of_the_items(tmp_path: Path) -> None:
    """ "- the first survey counted 3 tunnels:" over items: each a tunnel; the clause before the count is no
    part of their kind. A count of parts ("3 rooms") or of time ("2 weeks") is no such list."""
    graph = build(tmp_path, "# Dens\n\n## Den survey\n- the first survey counted 3 tunnels:\n    - Long tunnel - runs east\n"
                            "    - Wet tunnel\n- the survey took 2 weeks:\n    - week one\n")
    found = lowered(graph)
    assert {("long tunnel", "isA", "tunnel"), ("wet tunnel", "isA", "tunnel")} <= found, found
    assert not any("survey" in o or o == "week" for _s, _r, o in found), found
    assert_no_concept(graph, "first survey counted 3 tunnel", "the first survey counted 3 tunnel")


def test_names_after_a_label_that_says_what_they_are_like_stay_members_of_the_list(tmp_path: Path) -> None:
    """ "- den tools:" / "  - multimodal: DenCam (Zorpco), MoleNet": both den tools, DenCam by Zorpco; an
    adjective sorts them. A label like that before words that name no thing ("compute-bound: digging") lists none."""
    found = lowered(build(tmp_path, "# Dens\n\n- den tools:\n  - multimodal: DenCam (Zorpco), MoleNet\n"
                                    "- bottlenecks:\n  - compute-bound: digging\n"))
    assert {("dencam", "isA", "den tool"), ("molenet", "isA", "den tool"), ("dencam", "developedBy", "zorpco")} <= found, found
    assert not any(s == "digging" or "compute-bound" in o for s, _r, o in found), found
