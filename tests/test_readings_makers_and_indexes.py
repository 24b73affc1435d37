"""Makers named after a citation, index notes whose headings gather links, and headings whose plural names
what the terms under them are.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered, rules


def test_an_organisation_after_a_citations_year_and_a_comma_made_the_entry(tmp_path: Path) -> None:
    """ "- **DenRank:** Kim et al. 2021, Burrowlabs. ...": a definition that opens on a citation with an organisation
    after its year and a comma says who made the term, as "Kim et al. 2021 (Burrowlabs)" does; the two names are no
    list of kinds of it. At a definition's end ("..., Lee et al. 2019, Mossworks") it reads the same."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenRank:** Kim et al. 2021, Burrowlabs. ranks dens by depth.\n"
                                    "- **MossNet:** a moss classifier, Lee et al. 2019, Mossworks\n"))
    assert {("denrank", "developedBy", "kim et al."), ("denrank", "developedBy", "burrowlabs"),
            ("mossnet", "developedBy", "lee et al."), ("mossnet", "developedBy", "mossworks")} <= found, found
    assert not any(o == "denrank" and r == "isA" for _s, r, o in found), found


def test_the_links_an_index_lists_under_a_heading_are_within_its_area(tmp_path: Path) -> None:
    """A map of content titled by its chapter ("# Ch 4 — Den Care (MOC)") names no one concept, yet each section's
    heading names an area: every link of the run an item opens with ("- [[Root Pruning]], [[Moss Packing]] — ...") is
    within it. A heading of two things ("## Bottlenecks & metrics") or a shell word ("## Techniques") names no area, and a link to a comparison
    ("[[Wet vs Dry Dens]]") is of no one thing."""
    _result, graph = build_files(tmp_path, {
        "Den Care MOC.md": "---\ntags: [moc]\n---\n# Ch 4 — Den Care (MOC)\n\nSource: my den book, ch. 4.\n\n"
                           "## Bottlenecks & metrics\n- [[Dig Time]] — how long\n\n## Techniques\n- [[Claw Raking]]\n\n"
                           "## Tunnel-level care\n- [[Tunnel Caching]]\n- [[Root Pruning]], [[Moss Packing]] — speeding up digging\n"
                           "- [[Clay Fusion]] (+ [[Clay Baking]]) = hardening\n- [[Wet vs Dry Dens]]\n",
        "Tunnel Caching.md": "---\ntags: [den]\n---\nTunnel caching keeps tunnels warm.\n"})
    found = lowered(graph)
    assert {("tunnel-level care", "includes", "tunnel caching"), ("tunnel-level care", "includes", "root pruning"),
            ("tunnel-level care", "includes", "moss packing"), ("tunnel-level care", "includes", "clay fusion")} <= found, found
    assert not any("bottleneck" in s or "bottleneck" in o or s == "technique" for s, _r, o in found), found
    assert not any(s == "tunnel-level care" and "clay baking" in o for s, _r, o in found), found
    assert not any(s == "tunnel-level care" and " vs " in o for s, _r, o in found), found


def test_a_name_of_several_words_with_its_maker_in_parentheses_opens_an_item(tmp_path: Path) -> None:
    """ "- DenNet-4 340B (Zorpco): ...", "- MossBase Land (Burrowlabs): ...": a name whose first word is one by its
    capitals, with a version or a capitalised word after it, set off by a colon with its maker in parentheses, is an
    entry made by that maker, as "- DenNet (Zorpco): ..." is; "- Stage 2 (SFT): ..." names no maker, and "- Fold 1: ..." is
    a place in a sequence, no term."""
    found = lowered(build(tmp_path, "# Dens\n\n- DenNet-4 340B (Zorpco): a den model for clay\n- Fold 1: dig on the rest\n"
                                    "- MossBase Land (Burrowlabs): many moss maps\n- Stage 2 (SFT): dig on demos\n"))
    assert {("dennet-4 340b", "developedBy", "zorpco"), ("mossbase land", "developedBy", "burrowlabs")} <= found, found
    assert not any(o == "sft" and r == "developedBy" for _s, r, o in found) and not any("fold" in s for s, _r, _o in found), found


def test_names_listed_in_parentheses_after_a_name_are_no_maker_of_it(tmp_path: Path) -> None:
    """ "DenFit (MossRA, ClayRA)": two names with a comma between in a parenthesis are no organisation that made the
    name before them, as "DenFit (Zorpco)" is."""
    found = lowered(build(tmp_path, "# Dens\n\n- dens are mostly about damp → DenFit (MossRA, ClayRA), drainage\n"
                                    "- **RootKit (Zorpco):** a kit for roots.\n"))
    assert ("rootkit", "developedBy", "zorpco") in found, found
    assert not any(r == "developedBy" and s == "denfit" for s, r, _o in found), found


def test_where_the_writing_names_things_is_no_part_of_their_kind(tmp_path: Path) -> None:
    """ "Generative den models mentioned in the chapter include Zorbit and Kwazi.", "Den tools discussed in this post are
    A, B and C.": the participle says where the writing names them; the things are of the plural before it."""
    found = lowered(build(tmp_path, "# Dens\n\nGenerative den models mentioned in the chapter include Zorbit, MossNet and Kwazi.\n\n"
                                    "Den tools discussed in this post are DigKit, MossPy and ClayRun.\n"))
    assert {("zorbit", "isA", "generative den model"), ("kwazi", "isA", "generative den model"),
            ("digkit", "isA", "den tool"), ("clayrun", "isA", "den tool")} <= found, found


def test_an_organisation_beside_cited_authors_in_parentheses_made_the_thing_too(tmp_path: Path) -> None:
    """ "DenNet (Kim et al. 2023, Burrowlabs)", "MossBit (Zorpco, Lee et al. 2024)", "**Den soups** (Park et al. 2022,
    Mossworks)": the authors and the organisation beside them each made it; "(Kim et al., 2021)" names the authors only,
    and "ClayDB (Facebook/Meta)" one maker by two names, each."""
    graph = build(tmp_path, "# Dens\n\n- DenNet (Kim et al. 2023, Burrowlabs): a den model for clay\n"
                            "- MossBit (Zorpco, Lee et al. 2024): one bit per moss\n- **Den soups** (Park et al. 2022, Mossworks): averaging\n"
                            "- RootRank (Kim et al., 2021): ranks roots\n- ClayDB (Facebook/Meta) is a den store\n\nZorpco's DenCam is small.\n")
    found = lowered(graph)
    assert rules(graph, "DenNet", "developedBy", "Burrowlabs") == {("organisation-in-parentheses", "stated")}
    assert rules(graph, "DenNet", "developedBy", "Kim et al.") == {("citation", "stated")}
    assert rules(graph, "DenCam", "developedBy", "Zorpco") == {("possessive", "stated")}
    assert {("dennet", "developedBy", "kim et al."), ("dennet", "developedBy", "burrowlabs"), ("mossbit", "developedBy", "zorpco"),
            ("mossbit", "developedBy", "lee et al."), ("den soup", "developedBy", "park et al."), ("den soup", "developedBy", "mossworks"),
            ("rootrank", "developedBy", "kim et al."), ("claydb", "developedBy", "facebook"), ("claydb", "developedBy", "meta")} <= found, found
    assert not any(";" in o for _s, _r, o in found), found


def test_what_cited_authors_introduced_they_made_though_no_name(tmp_path: Path) -> None:
    """ "Kim et al. (2021) introduced **den adapters**: small ...": what a citation as the subject introduced, proposed or
    developed, they made, a common noun written bare too ("proposed a new framework that ..." names none); a company's
    "introduced den features" stays unread as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- Kim et al. (2021) introduced **den adapters**: small modules in each tunnel.\n"
                                    "- Lee et al. (2020) proposed moss scoring.\n- Zorpco introduced den features.\n"
                                    "- Park et al. (2022) proposed a new framework that digs.\n"))
    assert {("den adapter", "developedBy", "kim et al."), ("moss scoring", "developedBy", "lee et al.")} <= found, found
    assert not any(s in ("small module", "framework") or (r == "developedBy" and o == "zorpco") for s, r, o in found), found


def test_an_owners_name_then_a_common_noun_is_the_name_made_by_the_owner(tmp_path: Path) -> None:
    """ "Zorpco's DenCam camera", "Mossworks's Dig-Sort-Pack framework": after an owner's "'s", a name (a word no dictionary
    holds, or one of capitals joined by hyphens) before a common noun is the name, made by the owner; "Zorpco's
    clay scanner" keeps its words."""
    found = lowered(build(tmp_path, "# Dens\n\nFor digging there is Zorpco's DenCam camera.\n\n"
                                    "She cites Mossworks's Dig-Sort-Pack framework for setts.\n\nZorpco's clay scanner is loud.\n"))
    assert {("dencam", "developedBy", "zorpco"), ("dig-sort-pack", "developedBy", "mossworks")} <= found, found
    assert not any(s.startswith("zorpco dencam") for s, _r, _o in found), found


def test_a_verb_after_a_modals_and_opens_no_kind(tmp_path: Path) -> None:
    """ "Badgers are diggers that can plan and use tools like spades or rakes": "use" after "can plan and" is a verb, so
    the kind is "tool" (no "use tool"); "use cases like den surveys" is a kind of its own."""
    found = lowered(build(tmp_path, "# Dens\n\nBadgers are diggers that can plan and use tools like spades or rakes.\n\n"
                                    "Sett maps cover use cases like den surveys and moss counts.\n"))
    assert {("spade", "isA", "tool"), ("rake", "isA", "tool"), ("den survey", "isA", "use case")} <= found, found
    assert not any(o == "use tool" for _s, _r, o in found), found


def test_a_line_that_ends_on_an_owners_s_runs_on_into_the_next(tmp_path: Path) -> None:
    """Hard-wrapped prose: "... tools like DigKit and Zorpco's" / "MossMap, which ...": a line that ends on an owner's
    "'s" ends no sentence; the name after the break is the owner's, one of the tools."""
    found = lowered(build(tmp_path, "# Dens\n\nShe mentions den tools like DigKit, ClayRun and Zorpco's\nMossMap, which badgers use.\n"))
    assert {("mossmap", "isA", "den tool"), ("mossmap", "developedBy", "zorpco")} <= found, found
    assert not any(s.endswith("'s") for s, _r, _o in found), found


def test_two_things_with_a_slash_before_examples_make_no_kind_of_both(tmp_path: Path) -> None:
    """ "| digging | loose soil / clay, e.g. Moss Flats |": examples after "A / B" are of either, so no kind "loose soil
    clay" is made of the two run together."""
    found = lowered(build(tmp_path, "# Dens\n\n| Phase | Material |\n|---|---|\n| digging | loose soil / clay, e.g. Moss Flats |\n"
                                    "| lining | dry moss, e.g. Peat Moor |\n"))
    assert not any("soil clay" in s or "soil clay" in o for s, _r, o in found), found


def test_a_terms_other_name_in_parentheses_makes_it_no_sentence(tmp_path: Path) -> None:
    """ "**Den digging (continued burrowing):** ...": a past form inside the parenthesis of another name makes the bold
    words no sentence; the term is read, and is a kind of digging. "**Badgers dig deep (mostly).**" stays a sentence."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Digging:** moving soil.\n- **Den digging (continued burrowing):** more digging.\n"
                                    "- **Badgers dig deep (mostly).**\n"))
    assert ("den digging", "isA", "digging") in found, found
    assert not any(s.startswith("badger") for s, _r, _o in found), found


def test_a_participle_that_only_modifies_opens_a_kind_not_a_doing(tmp_path: Path) -> None:
    """ "**Floating point formats:** DF32 (single), DF16 (half)": "floating" says which point, no doing with an object,
    so the names are kinds of the format (not ways within a doing, `includes`)."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Floating point formats:** DF32 (single), DF64 (double), DF16 (half)\n"))
    assert {("df32", "isA", "floating point format"), ("df16", "isA", "floating point format")} <= found, found
    assert not any(r == "includes" for _s, r, _o in found), found


def test_a_parenthesis_that_says_how_much_names_no_kind(tmp_path: Path) -> None:
    """ "DF16 (half precision)": words in a parenthesis whose head says how much of something (precision, size, speed) name
    no kind of the name before them; "ClayWorld (text-based game)" still does."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Floating point formats:** DF32 (single precision), DF64 (double), DF16 (half precision)\n\n"
                                    "Badgers use ClayWorld (text-based game) to train.\n"))
    assert ("clayworld", "isA", "text-based game") in found, found
    assert not any(o.endswith("precision") and r == "isA" for _s, r, o in found), found


def test_another_name_in_parentheses_before_a_counted_lists_colon(tmp_path: Path) -> None:
    """ "Moreno names three kinds of den defence (moats): claws, walls, and tunnels.": the other name in parentheses
    between the counted plural and its colon leaves the count's list as it is."""
    found = lowered(build(tmp_path, "# Dens\n\nMoreno names three kinds of den defence (moats): claws, walls, and tunnels.\n"))
    assert {("claw", "isA", "den defence"), ("wall", "isA", "den defence"), ("tunnel", "isA", "den defence")} <= found, found


def test_examples_before_do_and_its_object_are_examples(tmp_path: Path) -> None:
    """ "Den tools like DigKit or ClayRun do a lot of this for you.": "do" with an object after the examples is their verb,
    so they are den tools; "Dens use moss like setts do." likens, and gives no example."""
    found = lowered(build(tmp_path, "# Dens\n\nDens need care; den tools like DigKit or ClayRun do a lot of this for you.\n\n"
                                    "Dens use sphagnum like Setts do.\n"))
    assert {("digkit", "isA", "den tool"), ("clayrun", "isA", "den tool")} <= found, found
    assert not any(s == "setts" or s == "sett" for s, _r, _o in found), found


def test_a_label_and_its_list_in_a_cell_name_the_label(tmp_path: Path) -> None:
    """ "| moss packing | ... | wet dens: setts, holts |": a cell that opens on a label and a colon before a list names
    the label (the list gives its examples), not "wet dens: sett" run together with an item."""
    found = lowered(build(tmp_path, "# Dens\n\n| Technique | What it does | When to use |\n|---|---|---|\n"
                                    "| moss packing | fills gaps | wet dens: setts, holts |\n| clay lining | seals walls | floods, leaks |\n"))
    assert {("moss packing", "usedFor", "wet den"), ("clay lining", "usedFor", "flood")} <= found, found
    assert not any(":" in o for _s, _r, o in found), found


def test_a_benchmarks_task_column_says_what_it_evaluates(tmp_path: Path) -> None:
    """ "| Benchmark | Task | Metric |" / "| DenEval | tunnel digging | pass@k |": a benchmark's task is what it evaluates,
    no use of it; a model's task ("| Model | Task |") is still what it is used for."""
    found = lowered(build(tmp_path, "# Dens\n\n| Benchmark | Task | Metric |\n|---|---|---|\n| DenEval | tunnel digging | pass@k |\n"
                                    "| MossBench | moss sorting | accuracy |\n\n| Model | Task |\n|---|---|\n| DenNet | tunnel digging |\n"))
    assert {("deneval", "evaluates", "tunnel digging"), ("mossbench", "evaluates", "moss sorting"),
            ("dennet", "usedFor", "tunnel digging")} <= found, found
    assert not any(s == "deneval" and r == "usedFor" for s, r, _o in found), found


def test_commands_in_capitals_opening_a_notes_cell_are_no_maker(tmp_path: Path) -> None:
    """ "| Notes |" / "| DELETE, DROP, UPDATE |": a verb written in capitals opens a list of commands, no maker of the row;
    "| Zorpco, 2023 |" is one."""
    found = lowered(build(tmp_path, "# Dens\n\n## Defences\n| Level | Technique | Notes |\n|---|---|---|\n"
                                    "| den | approval for risky digs | DELETE, DROP, UPDATE |\n| sett | moss walls | Zorpco, 2023 |\n"))
    assert ("sett", "developedBy", "zorpco") in found, found
    assert not any(r == "developedBy" and o == "delete" for _s, r, o in found), found
