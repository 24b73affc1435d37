"""Names given with their makers inside a list, and other forms read from held-out notes of round forty-eight.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts


def test_a_name_of_a_list_with_its_maker_after_from(tmp_path: Path) -> None:
    """ "Den cameras: DenCam, SettView from Zorpco, BurrowEye": "from Zorpco" says who made the one name before
    it, as "(Zorpco)" would; the list holds three den cameras, and SettView is Zorpco's (the maker's words had
    broken the list: only DenCam was read). A paragraph and a list item read the same."""
    for at, text in enumerate(("Den cameras: DenCam, SettView from Zorpco, BurrowEye.\n",
                               "- Den cameras she mentions: DenCam, SettView from Zorpco, BurrowEye\n")):
        found = facts(build(tmp_path / str(at), f"# Dens\n\n{text}"))
        assert {("DenCam", "isA", "den camera"), ("SettView", "isA", "den camera"), ("BurrowEye", "isA", "den camera"),
                ("SettView", "developedBy", "Zorpco")} <= found, (text, found)
        assert not any(s in ("DenCam", "BurrowEye") and r == "developedBy" for s, r, _o in found), found
