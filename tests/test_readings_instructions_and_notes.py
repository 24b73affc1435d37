"""Instructions and the notes around them: an item that tells the reader what to do heads no kind.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_an_instruction_over_a_list_names_no_kind_of_its_items(tmp_path: Path) -> None:
    """ "- Check public datasets before digging:" and "- Pick the right tools:" tell the reader what to do: the
    names below are no kind of "check public dataset"; "- Common den tools:" and "- Open den models:" (an
    adjective first) still name the kind of their items."""
    found = lowered(build(tmp_path, "## Sources\n\n- Check public datasets before digging from scratch:\n  - Moss Hub\n  - Badger Sets\n"
                                    "- Pick the right tools:\n  - MossCam\n  - OakRadar\n- Common den tools:\n  - ElmProbe\n  - AshProbe\n"
                                    "- Open den models:\n  - MossNet\n  - OakNet\n"))
    assert {("elmprobe", "isA", "den tool"), ("ashprobe", "isA", "den tool"),
            ("mossnet", "isA", "open den model"), ("oaknet", "isA", "open den model")} <= found, found
    assert not any(o.startswith(("check", "pick")) or s.startswith(("check", "pick")) for s, _r, o in found), found
