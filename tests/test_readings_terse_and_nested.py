"""Terse lines and nested terms: flash-card lines that Markdown joins into one paragraph whatever their first line says,
an abbreviation written out before what it is ("DN = den nook, small den for cubs"), and a term nested under a term,
which is a kind of it when it shares its head noun or is a name under a common noun; points of an outline numbered
"4.1"; a table cell of short items with asides; a label with a remark in parentheses, set against the line above, or
with a participle that says where its items were met; a doing set off as a term under a heading of techniques; a
counted label over a list; "incl." and "esp.", which end no sentence; counted steps in a note of a vault; a step's
number before a heading.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_terse_lines_after_a_first_line_of_other_words_are_entries(tmp_path: Path) -> None:
    """ "dens are warm -> badgers love them" above "Moss Den - a big den" / "clay den = small den for cubs": the first
    line is a remark of its own, each line after it an entry."""
    found = lowered(build(tmp_path, "# Dens\n\n## dens\ndens are warm -> badgers love them\nMoss Den - a big den, made of moss\n"
                                    "clay den = small den for cubs\nsett: a den with many tunnels\n"))
    assert {("moss den", "isA", "big den"), ("clay den", "isA", "small den"), ("sett", "isA", "den")} <= found, found


def test_a_line_of_other_words_among_terse_lines_goes_on_no_entry(tmp_path: Path) -> None:
    """ "badgers dig what they can -> most dens are shallow" after "clay den = small den for cubs": said on its own,
    so the clay den is still a small den; a line that goes on ("e.g. ...", indented) still stays with its entry."""
    found = lowered(build(tmp_path, "# Dens\n\nsett: a den with many tunnels\nclay den = small den for cubs\n"
                                    "badgers dig what they can -> most dens are shallow\nhollow - a dry den\n"
                                    "e.g. OakHollow, MossHollow\n"))
    assert ("clay den", "isA", "small den") in found, found
    assert not any(s == "clay den" and o in ("badger", "most den", "shallow") for s, _r, o in found), found
    assert {("hollow", "isA", "dry den"), ("oakhollow", "isA", "dry den")} <= found, found


def test_examples_after_a_kind_with_no_comma_are_of_the_kind(tmp_path: Path) -> None:
    """ "- **Nook:** a dry den e.g. OakNook, MossNook", "A burrow is a wet den e.g. MudHole": the nook is a dry den, and
    OakNook one too, as with a comma before "e.g."; the nook is no OakNook."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Nook:** a dry den e.g. OakNook, MossNook\n\nA burrow is a wet den e.g. MudHole.\n"))
    assert {("nook", "isA", "dry den"), ("oaknook", "isA", "dry den"), ("burrow", "isA", "wet den"), ("mudhole", "isA", "wet den")} <= found, found
    assert not any(s in ("nook", "burrow") and o in ("oaknook", "mossnook", "mudhole") for s, _r, o in found), found


def test_numbered_points_of_an_outline_are_items_of_a_list(tmp_path: Path) -> None:
    """ "4.1 A den cap is a lid ...", "4.3 Layers of lining: moss, straw, clay" (points numbered in two parts, more than
    one in the file): each a point of its own, as the items of a list are, the number no word of it; a line that opens
    on a number alone, "2.5 billion dens were dug", keeps it."""
    graph = build(tmp_path, "# Den care\n\n## Den care\n4.1 A den cap is a lid that keeps a den dry.\n"
                            "4.2 Badgers are fussy: wet dens, cold dens.\n4.3 Layers of lining: moss, straw, clay.\n"
                            "4.4 Moss Den (Zorpco): warmth came mostly from moss.\n4.5 Den sealing: closing a den.\n")
    found = lowered(graph)
    assert {("lining", "contains", "moss"), ("lining", "contains", "clay"), ("den cap", "isA", "lid")} <= found, found
    assert not any(s.startswith("4.") or o.startswith("4.") for s, _r, o in found), found
    one = lowered(build(tmp_path / "one", "# Dens\n\n2.5 billion dens were dug.\n\nA sett is a den with tunnels.\n"))
    assert ("sett", "isA", "den") in one and not any("billion" in s for s, _r, _o in one), one


def test_a_plural_said_to_be_like_something_lists_no_members_after_its_colon(tmp_path: Path) -> None:
    """ "Badgers are picky: wet dens, cold dens", "are bad at: A, B": an adjective says what the badgers are like,
    the list what about; no den is a badger. "Den tools are built for clay: DenCam, MoleMap" still names den tools."""
    found = lowered(build(tmp_path, "# Dens\n\nBadgers are picky: wet dens, cold dens.\n\nBadgers are bad at: clay digging, moss finding.\n\n"
                                    "Den tools are built for clay: DenCam, MoleMap.\n"))
    assert not any(o == "badger" for _s, _r, o in found), found
    assert {("dencam", "isA", "den tool"), ("molemap", "isA", "den tool")} <= found, found


def test_an_abbreviation_written_out_then_what_it_is(tmp_path: Path) -> None:
    """ "BDC = badger den cam, camera for dens": another name, then what it is, with no article; a citation after the
    words written out is still whose the term is ("DSM = den sealing method, Brock et al. 2021 (Zorpco)")."""
    graph = build(tmp_path, "# Dens\n\nBDC = badger den cam, camera for dens\nSDN - small den nook, hole used by cubs\n"
                            "DSM = den sealing method, Brock et al. 2021 (Zorpco). Seals a den with clay.\n")
    found = lowered(graph)
    assert {("bdc", "isA", "camera"), ("sdn", "isA", "hole")} <= found, found
    assert {("dsm", "developedBy", "brock et al."), ("dsm", "developedBy", "zorpco")} <= found, found
    bdc = graph.resolve("BDC")
    assert "badger den cam" in [alias.lower() for alias in graph.aliases(bdc)]


def test_a_term_under_a_term_sharing_its_head_is_a_kind_of_it(tmp_path: Path) -> None:
    """ "- **Wall den:**" / "  - **Clay den:** ...": a kind of wall den; a term of other words under it is within its
    scope ("  - **Den smell:** ..."), as before; one that says it is a thing of another head ("**Moss den** is a bed of
    moss") is set beside it, no kind of it."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Wall den:** a den dug into a wall\n  - **Clay den:** a den lined with clay\n"
                                    "  - **Stone den:** packed with flat stones\n  - **Den smell:** what badgers follow home\n"
                                    "  - **Moss den** is a bed of moss that badgers like.\n"))
    assert {("clay den", "isA", "wall den"), ("stone den", "isA", "wall den")} <= found, found
    assert ("wall den", "includes", "den smell") in found, found
    assert ("moss den", "isA", "wall den") not in found, found


def test_a_name_under_an_abbreviation_of_common_words_is_one_of_it(tmp_path: Path) -> None:
    """ "- **DN (den nook):**" / "  - **MSH (moss sorting heap):**", "  - **DenCam:**": "DN" stands for common words,
    so the names under it are den nooks; under a name of one thing ("- **DenOS:**") a name is within its scope."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DN (den nook):** a hole where a badger sleeps\n"
                                    "  - **MSH (moss sorting heap):** piles moss into heaps\n  - **DenCam:** films dens, made by Zorpco\n"
                                    "- **DenOS:** a den system by Zorpco\n  - **MossLog:** logs moss\n"))
    assert {("msh", "isA", "dn"), ("dencam", "isA", "dn")} <= found, found
    assert ("mosslog", "isA", "denos") not in found, found


def test_a_cell_of_short_items_with_asides_is_a_list(tmp_path: Path) -> None:
    """ "| wet | soggy floor, mold (e.g. white rot), cold walls (after rain) |" under "examples": three examples of the row,
    however many words their asides add; a cell of sentences is still read as prose."""
    found = lowered(build(tmp_path, "# Dens\n\n| den trouble | examples |\n|---|---|\n"
                                    "| wet den | soggy floor, mold (e.g. white rot), cold walls (after rain) |\n"
                                    "| dry den | Dust gets into the fur of the cubs and makes them sneeze. |\n"))
    assert {("wet den", "hasExample", "soggy floor"), ("wet den", "hasExample", "mold"), ("wet den", "hasExample", "cold wall")} <= found, found
    assert not any(s == "dry den" and r == "hasExample" for s, r, _o in found), found


def test_a_remark_in_parentheses_after_a_label_is_no_part_of_it(tmp_path: Path) -> None:
    """ "- den tools I have seen (not all from the book): DenCam, MoleMap": den tools, the remark and where they were
    met no part of their kind; "- SDMs (small den maps): A, B" keeps the name the parentheses spell out."""
    found = lowered(build(tmp_path, "# Dens\n\n- den tools I have seen (not all from the book): DenCam, MoleMap\n"
                                    "- SDMs (small den maps): OakMap, MossMap\n"))
    assert {("dencam", "isA", "den tool"), ("molemap", "isA", "den tool"), ("oakmap", "isA", "sdm")} <= found, found


def test_a_label_set_against_the_line_above_names_the_kind_after_vs(tmp_path: Path) -> None:
    """ "hard den traits: depth, width" / "vs **soft den traits** (can change): smell, warmth": smell is a soft den trait,
    no "vs soft den trait"."""
    found = lowered(build(tmp_path, "# Dens\n\nhard den traits: depth, width\nvs **soft den traits** (can change): smell, warmth\n"))
    assert {("smell", "isA", "soft den trait"), ("warmth", "isA", "soft den trait")} <= found, found
    assert not any(o.startswith("vs ") for _s, _r, o in found), found


def test_a_doing_set_off_as_a_term_under_a_heading_of_techniques_is_one(tmp_path: Path) -> None:
    """ "## Den techniques" / "- **Sealing:** closing a den": one word that names a doing, set off as a term, is one of
    the techniques; a word alone under a heading of another class ("## Den metrics" / "- **Input**: raw soil") is not."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den techniques\n- **Clay packing:** pressing clay into walls\n"
                                    "- **Sealing:** closing a den\n- **Burrowing:** digging deep\n\n## Den metrics\n- **Input**: raw soil\n"))
    assert {("sealing", "isA", "den technique"), ("burrowing", "isA", "den technique")} <= found, found
    assert not any(s == "input" and r == "isA" for s, r, _o in found), found


def test_a_counted_label_over_a_list_names_the_kind_of_its_items(tmp_path: Path) -> None:
    """ "Three den metrics:" on a line of its own over "- MDD: how deep dens go": each item a den metric, however many
    the label counts; "Two families:" under "## Dens" still sorts the heading's kinds, and "Three metrics:" is too vague."""
    found = lowered(build(tmp_path, "# Dens\n\nThree den metrics:\n- MDD: how deep dens go\n- MDW: how wide dens are\n\n"
                                    "## Burrows\nTwo families:\n- clay burrows\n- moss burrows\n\n## Nests\nThree metrics:\n- depth\n- width\n"))
    assert {("mdd", "isA", "den metric"), ("mdw", "isA", "den metric"), ("clay burrow", "isA", "burrow")} <= found, found
    assert not any(o == "metric" for _s, _r, o in found), found


def test_incl_and_esp_end_no_sentence_and_a_name_includes_what_it_lists(tmp_path: Path) -> None:
    """ "- **DenSuite** (Zorp Labs) - incl. MossQA, ClayBench": "incl." ends no sentence, and what a name lists first thing
    after it the name includes (a suite holds its tests; none is a kind of it); "esp." ends none either ("slow, esp. clay
    dens (wet, cold)"): no concept holds "esp."."""
    graph = build(tmp_path, "# Dens\n\n- **DenSuite** (Zorp Labs) - incl. MossQA, ClayBench\n"
                            "- den digging is slow & costly, esp. clay dens (wet, cold)\n")
    found = lowered(graph)
    assert {("densuite", "includes", "mossqa"), ("densuite", "includes", "claybench")} <= found, found
    assert not any(o == "densuite" and r == "isA" for _s, r, o in found), found
    assert not any("esp" in s or "esp" in o for s, _r, o in found), found


def test_counted_steps_in_a_note_of_a_vault_are_the_notes_parts(tmp_path: Path) -> None:
    """ "Den building.md" / "- 2 steps" / "  - 1. [[Digging]]" / "  - 2. den sealing" / "    - [[Mossing]] - ...": the steps
    are parts of den building (no kind "step"), a bullet's number no list of its own, so what is under the second step
    is the second step's."""
    _result, graph = build_files(tmp_path, {
        "Den building.md": "- why: dens keep badgers warm\n- 2 steps\n\t- 1. [[Digging]] (claw digging)\n\t\t- dig into the hill\n"
                           "\t- 2. den sealing\n\t\t- [[Mossing]] - seal with moss\n",
        "Den.md": "- a hole badgers dig\n"})
    found = lowered(graph)
    assert {("den building", "contains", "digging"), ("den building", "contains", "den sealing")} <= found, found
    assert not any(o == "step" for _s, _r, o in found), found
    assert not any(s == "den building" and o == "mossing" for s, _r, o in found), found


def test_a_steps_number_before_a_heading_is_no_word_of_it(tmp_path: Path) -> None:
    """ "## Step 2 - den sealing" / "Two kinds:" / "- moss sealing": a kind of den sealing, the step's number and its dash
    no part of the heading's name ("Part 3 — den lining" too)."""
    graph = build(tmp_path, "# Dens\n\n## Step 2 - den sealing\n\nTwo kinds:\n- moss sealing\n- clay sealing\n\n"
                            "## Part 3 — den lining\n\nTwo kinds:\n- moss lining\n- straw lining\n")
    found = lowered(graph)
    assert {("moss sealing", "isA", "den sealing"), ("straw lining", "isA", "den lining")} <= found, found
    assert not any("step" in o or "stage" in o for _s, _r, o in found), found


def test_a_participle_that_says_where_items_were_met_is_no_part_of_their_kind(tmp_path: Path) -> None:
    """ "Den tools mentioned: DenCam, moss filters": den tools, "mentioned" (or "listed", "covered") no word of their kind,
    whether the items are names or not."""
    found = lowered(build(tmp_path, "# Dens\n\nDen tools mentioned: DenCam, moss filters.\n\nBurrow maps listed above: OakMap, clay charts.\n"))
    assert {("dencam", "isA", "den tool"), ("moss filter", "isA", "den tool"), ("clay chart", "isA", "burrow map")} <= found, found
