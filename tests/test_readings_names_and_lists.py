"""Names with versions, lists a label says the kind of, and other forms read from held-out notes of round
forty-six.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts, names


def test_a_name_a_version_follows_keeps_every_capital_and_its_version(tmp_path: Path) -> None:
    """ "**Den Survey v2 (June 2024)**": the capitalised words before a version name one thing with it (the term had
    become "den Survey v2", and "Moss Board v2" in a sentence "Moss Board", its version taken for a head noun);
    "(v1)" says which one, no other name of it (it had made an alias "v1")."""
    graph = build(tmp_path, "# Dens\n\n- **Den Survey v2 (June 2024):** a board of den scores.\n- **Den Survey (v1):** an older board.\n"
                            "\nMoss Board v2 is a board of moss scores.\n")
    found = facts(graph)
    assert {("Den Survey v2", "isA", "board of den scores"), ("Moss Board v2", "isA", "board of moss scores"), ("den survey", "isA", "board")} <= found, found
    assert "v1" not in names(graph), names(graph)
