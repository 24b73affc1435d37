"""What a thing costs, said at the end of what it does, and clauses kept out of names; forms read from held-out
notes of round fifty-one.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import clauses
from reading import build, facts, names


def test_a_plural_a_verb_and_a_name_is_a_clause_not_a_name(tmp_path: Path) -> None:
    """ "Badgers use MSP (Lee et al. 2017).": a plural, a verb in its base form and a name is a sentence, whose subject
    the tagger took for a name by its capital and whose verb for a noun; it had become a concept "Badgers use MSP",
    made by Lee et al. A plural before a noun and a name ("Badger den Zorpco") stays a phrase."""
    assert clauses.has_finite_verb("Badgers use MSP") and clauses.has_finite_verb("wombats need Zorpco")
    assert not clauses.has_finite_verb("Badger dens") and not clauses.has_finite_verb("sett maps")
    graph = build(tmp_path, "# Dens\n\nBadgers use MSP (Lee et al. 2017).\n")
    assert not any(" use " in name for name in names(graph)), names(graph)
    assert not any(s.startswith("Badgers") for s, _r, _o in facts(graph)), facts(graph)
