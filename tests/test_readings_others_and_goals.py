"""Things named with others of their kind, and other forms read from held-out notes of round forty.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_things_listed_before_and_other_kinds_are_of_that_kind(tmp_path: Path) -> None:
    """ "setts, dens, burrows and other shelters", "a spade or other digging tools": each thing listed before "and
    other" (or "or other", "and several other") is one of the plural kind after it (Hearst's "NP, NP and other NP"), in
    any place of the sentence; a listed piece with a preposition gives the noun phrase it ends on ("the rise of setts").
    "each other", "the other", a shell word ("and other things") or a kind that is no plural ("and other moss") name no kind, nor does a role ("Zorpco and other collaborators") or a topic ("and other den concepts")."""
    found = lowered(build(tmp_path, "# Dens\n\nBadgers shelter in setts, dens, burrows and other shelters.\n\n"
                                    "Spades, rakes and other digging tools are kept dry.\n\n"
                                    "They saw the rise of clay dens and several other den designs.\n\n"
                                    "Badgers groom each other first. They use moss and other things, or straw and other moss.\n\n"
                                    "Zorpco and other collaborators dug it. Clay and other den concepts come later.\n"))
    assert {("sett", "isA", "shelter"), ("den", "isA", "shelter"), ("burrow", "isA", "shelter"),
            ("spade", "isA", "digging tool"), ("rake", "isA", "digging tool"), ("clay den", "isA", "den design")} <= found, found
    assert not any(o in ("thing", "moss", "other", "collaborator", "den concept") or s.startswith("rise") for s, _r, o in found), found
