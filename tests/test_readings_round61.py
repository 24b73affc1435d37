"""Forms read from held-out notes of round sixty-one.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, folded_facts


def test_a_doing_with_its_object_after_and_is_a_subject_of_its_own(tmp_path: Path) -> None:
    """ "Badgers use it all year, and sweeping the tunnels helps with flea control": the verb after the doing is the
    doing's, not the badgers'; "Mossbeds use fern, and it uses clay too" still says both of the mossbed."""
    graph = build(tmp_path, "# Dens\n\n- **Sett:** A burrow. Badgers use it all year, and sweeping the tunnels helps with flea control.\n"
                            "- **Holt:** A den. Otters use it, and choosing one to keep is a sign of trust.\n"
                            "- **Mossbed:** Mossbeds use fern, and it uses clay too.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if o in ("flea control", "sign of trust")}, found
    assert {("mossbed", "uses", "fern"), ("mossbed", "uses", "clay")} <= found, found
