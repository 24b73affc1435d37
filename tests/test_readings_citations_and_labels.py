"""Definitions that open on a citation, labels of lists that say what their items are, and other forms read
from held-out notes of round forty-four.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_adjectives_set_against_each_other_share_the_doing_after_them(tmp_path: Path) -> None:
    """ "Full vs Partial Burrowing": each side is one adjective, which names nothing alone, so both share the doing
    that closes the last side (it had made a concept "full"); a doing named whole keeps its side ("Digging vs Den
    Sealing")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Full vs Partial Burrowing:** both dig.\n- **Digging vs Den Sealing:** both work.\n"))
    assert {("full burrowing", "contrastsWith", "partial burrowing"), ("digging", "contrastsWith", "den sealing")} <= found, found
    assert not any("full" in (s, o) for s, _r, o in found), found
