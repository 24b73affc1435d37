"""Lists and the lines that hold them: an item of a list that says where or per what it holds.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_an_item_said_in_or_per_something_keeps_the_list_going(tmp_path: Path) -> None:
    """ "den metrics: damp, moss in tunnels, dig rate, cost per den": the preposition says more of one item, the
    list goes on after it; the first item's ("trained on MossText in spring, OakText") and a maker's ("from Zorp")
    still end it."""
    found = lowered(build(tmp_path, "# Dens\n\nden metrics: damp, moss in tunnels, dig rate, badger visits per den, claw wear\n\n"
                                    "Den tools include MossCam, OakRadar from Zorp, ElmProbe, AshProbe.\n"))
    assert {("moss in tunnels", "isA", "den metric"), ("dig rate", "isA", "den metric"), ("claw wear", "isA", "den metric"),
            ("badger visit per den", "isA", "den metric")} <= found, found
    assert ("mosscam", "isA", "den tool") in found and not any(s in ("elmprobe", "ashprobe") for s, _r, _o in found), found
