"""Makers named after a citation, index notes whose headings gather links, and headings whose plural names
what the terms under them are.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_an_organisation_after_a_citations_year_and_a_comma_made_the_entry(tmp_path: Path) -> None:
    """ "- **DenRank:** Kim et al. 2021, Burrowlabs. ...": a definition that opens on a citation with an organisation
    after its year and a comma says who made the term, as "Kim et al. 2021 (Burrowlabs)" does; the two names are no
    list of kinds of it. At a definition's end ("..., Lee et al. 2019, Mossworks") it reads the same."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenRank:** Kim et al. 2021, Burrowlabs. ranks dens by depth.\n"
                                    "- **MossNet:** a moss classifier, Lee et al. 2019, Mossworks\n"))
    assert {("denrank", "developedBy", "kim et al."), ("denrank", "developedBy", "burrowlabs"),
            ("mossnet", "developedBy", "lee et al."), ("mossnet", "developedBy", "mossworks")} <= found, found
    assert not any(o == "denrank" and r == "isA" for _s, r, o in found), found
