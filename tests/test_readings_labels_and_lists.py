"""Labels and the lists they head: two names after a plural term with only a comma between them.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_two_names_after_a_plural_term_with_a_comma_are_two_of_it(tmp_path: Path) -> None:
    """ "- **Den benchmarks**: MossBench, OakBench" says what "MossBench and OakBench" after it says: each is one;
    after a singular term two names are each one of it, as before; two common words are a remark ("right den,
    wrong moss"), none of them a den failure."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den benchmarks**: MossBench, OakBench\n- **Burrow tools:** ClayPick, RootSpade.\n"
                                    "- **Den camera**: MossCam, OakCam\n- **Den failures**: right den, wrong moss (e.g. soggy)\n"))
    assert {("mossbench", "isA", "den benchmark"), ("oakbench", "isA", "den benchmark"),
            ("claypick", "isA", "burrow tool"), ("rootspade", "isA", "burrow tool")} <= found, found
    assert {("mosscam", "isA", "den camera"), ("oakcam", "isA", "den camera")} <= found, found
    assert not any(o == "den failure" for _s, _r, o in found), found


def test_a_doing_of_one_word_is_sorted_into_the_names_it_lists(tmp_path: Path) -> None:
    """ "- digging: MossDig, clay scraping": a doing named by one word, listing a name, lists its kinds, each one
    of it; a doing with its object ("- managing moss: MossKeep, claying") holds ways within it, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- digging: MossDig, clay scraping\n- managing moss: MossKeep, claying\n"))
    assert {("mossdig", "isA", "digging"), ("clay scraping", "isA", "digging")} <= found, found
    assert {("managing moss", "includes", "mosskeep"), ("managing moss", "includes", "claying")} <= found, found
