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


def test_what_a_thing_is_poor_at_being_is_no_kind_nor_use_of_it(tmp_path: Path) -> None:
    """ "It is a poor shield for flood control": no `clay seal usedFor flood control` and no kind "poor shield";
    "A seal pressed from wet clay" still gives its kind, and "a good shield for frost" its use."""
    graph = build(tmp_path, "# Dens\n\n- **Clay seal:** A seal pressed from wet clay. It is a poor shield for flood control.\n"
                            "- **Moss seal:** A seal of moss. It is a good shield for frost.\n")
    found = folded_facts(graph)
    assert ("clay seal", "isA", "seal") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "clay seal" and (o == "flood control" or "shield" in o)}, found
    assert ("moss seal", "usedFor", "frost") in found, found


def test_a_share_or_a_count_of_things_is_no_kind(tmp_path: Path) -> None:
    """ "Den rate: the share of burrows that hold a litter", "Kit count is the fraction of kits that survive": how many,
    no kind "share of burrows"; "Sett is the burrow that badgers dig" still names the burrow its kind."""
    graph = build(tmp_path, "# Dens\n\n- **Den rate:** the share of burrows that hold a litter.\n"
                            "- **Kit count:** Kit count is the fraction of kits that survive the winter.\n"
                            "- **Sett:** Sett is the burrow that badgers dig.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if r == "isA" and s in ("den rate", "kit count")}, found
    assert ("sett", "isA", "burrow") in found, found


def test_a_product_after_for_is_what_a_thing_was_used_in_making_no_purpose(tmp_path: Path) -> None:
    """ "Foxes used moss for Burrowmaster 3 but switched to fern for Burrowmaster 4": no `moss usedFor Burrowmaster 3`
    (a name with a version or a capital inside is a product); "used moss for bedding" and "for QA" are purposes."""
    graph = build(tmp_path, "# Dens\n\n- **Burrow lining:** Grass and moss. Foxes used moss for Burrowmaster 3 but switched to "
                            "fern for Burrowmaster 4. Badgers use moss for bedding.\n- **DenBench:** A benchmark used for QA.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if r == "usedFor" and o.startswith("burrowmaster")}, found
    assert {("moss", "usedFor", "bedding"), ("denbench", "usedFor", "qa")} <= found, found


def test_an_example_worked_through_names_no_example(tmp_path: Path) -> None:
    """ "  - Example: a den with only two equal rooms has an entropy of 1 bit.": a case worked through, its verb the
    den's own, no `den exampleOf entropy`; "Example: a scout agent that uses scent trails" still names its example."""
    graph = build(tmp_path, "# Dens\n\n- **Entropy**: how mixed a den is.\n"
                            "  - Example: a den with only two equal rooms has an entropy of 1 bit.\n"
                            "- **Den agent**: a badger that scouts.\n  - Example: a scout agent that uses scent trails.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if o == "entropy" and r == "exampleOf"}, found
    assert ("scout agent", "exampleOf", "den agent") in found, found


def test_terms_under_understanding_a_kind_are_of_that_kind(tmp_path: Path) -> None:
    """ "### Understanding den warmth metrics" over bold terms: each is a den warmth metric, as the heading's name is read
    elsewhere; "Understanding" is the reader's, no word of the kind."""
    graph = build(tmp_path, "# Dens\n\n## Den metrics\n\nBadgers judge dens with three metrics.\n\n"
                            "### Understanding den warmth metrics\n\n- **Moss depth:** How deep the moss lies.\n"
                            "- **Wall heat:** How warm the walls are.\n")
    found = folded_facts(graph)
    assert {("moss depth", "isA", "den warmth metric"), ("wall heat", "isA", "den warmth metric")} <= found, found
    assert not {o for s, r, o in found if o.startswith("understanding")}, found


def test_what_a_labelled_list_serves_is_no_kind_of_its_items(tmp_path: Path) -> None:
    """ "Sealing kits for small tools: MossGun, FernPress": each a sealing kit, no `MossGun isA small tool`; "Distributed
    digging for big models: RootSaw, ClayPick" names no kind of them (a doing, what it serves); "Tools for sealing dens:
    OakGun" still gives tools, and a title ("Moss Beds for Den Building: Recent Advances") is read as before."""
    graph = build(tmp_path, "# Den care\n\nDistributed digging for big models: RootSaw, ClayPick.\n\n"
                            "Sealing kits for small tools: MossGun, FernPress.\n\nTools for sealing dens: OakGun, ElmPress.\n")
    found = folded_facts(graph)
    assert {("mossgun", "isA", "sealing kit"), ("fernpress", "isA", "sealing kit"), ("oakgun", "isA", "tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("small tool", "big model")}, found
    assert not {(s, r, o) for s, r, o in found if s in ("rootsaw", "claypick") and r == "isA"}, found


def test_a_quantity_with_a_word_of_size_before_it_is_no_kind(tmp_path: Path) -> None:
    """ "Den limit: a max number of rooms", "Den span is a total amount of moss": how many or how much, with a word
    saying which measure, no `den limit isA room`, no `den span isA moss`."""
    graph = build(tmp_path, "# Dens\n\n- **Den limit:** Den limit is a max number of rooms.\n"
                            "- **Den span:** Den span is a total amount of moss.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if r == "isA" and s in ("den limit", "den span")}, found


def test_a_table_cell_says_who_made_the_row_and_a_mix_is_of_no_kind(tmp_path: Path) -> None:
    """ "| Sett | hybrid of burrow and CaveX | by Badger Labs; also uses moss |": Badger Labs made the sett, though
    the notes cell says more; under "Family" a hybrid of two rows is neither's kind (no `Sett isA CaveX`); "by far the
    driest" names no maker."""
    graph = build(tmp_path, "# Dens\n\n## Den designs\n\n| Design | Family | Notes |\n|---|---|---|\n| Burrow | hole | dug by hand |\n"
                            "| CaveX | cave | old |\n| Sett | hybrid of burrow and CaveX | by Badger Labs; also uses moss lining |\n"
                            "| Lodge | stick den | by far the driest of the three dens |\n")
    found = folded_facts(graph)
    assert ("sett", "developedBy", "badger labs") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "sett" and r == "isA" and o in ("caveX", "cavex", "burrow")}, found
    assert not {(s, r, o) for s, r, o in found if s == "lodge" and r == "developedBy"}, found
    assert ("cavex", "isA", "cave") in found, found


def test_a_participle_after_an_instructions_object_describes_that_object(tmp_path: Path) -> None:
    """ "- [[den pooling]]: merge badgers trained on separate setts": the badgers were trained on the setts, not den
    pooling; "Kestrel uses a reward model trained on moss maps" still says what that model was trained on."""
    graph = build(tmp_path, "# Dens\n\n- [[den pooling]]: merge badgers trained on separate setts / dens\n"
                            "- **Kestrel:** Kestrel uses a reward model trained on moss maps.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if s == "den pooling" and r == "trainedOn"}, found
    assert ("reward model", "trainedOn", "moss map") in found, found


def test_a_verb_after_the_object_with_to_ends_the_object(tmp_path: Path) -> None:
    """ "a badger trained on human feedback learns to tell kits ...": "learns", a word only a verb, with "to" and a verb
    after it, is what the badger does, no word of what it was trained on; "uses moss beds and clay walls" keeps its
    plurals."""
    graph = build(tmp_path, "# Dens\n\n**Den hoarding** is the badger version: a badger trained on human feedback learns to tell "
                            "kits what they want to hear.\n\n**Sett** uses moss beds and clay walls.\n")
    found = folded_facts(graph)
    assert ("badger", "trainedOn", "human feedback") in found, found
    assert not {o for s, r, o in found if o.endswith(" learn")}, found
    assert {("sett", "uses", "moss bed"), ("sett", "uses", "clay wall")} <= found, found


def test_examples_beside_a_term_end_where_a_remark_on_them_starts(tmp_path: Path) -> None:
    """ "- **Seal failures** such as ClayCrack and MossRot, the easiest to catch.": the names before ", the ..." are the
    term's examples, what follows is said of them; "such as ClawKit: tools for digging" as before."""
    graph = build(tmp_path, "# Dens\n\n- **Seal failures** such as ClayCrack and MossRot, the easiest to catch.\n"
                            "- **Den faults** such as WetFloor, which badgers hate.\n- **Den tools** such as ClawKit: tools for digging.\n")
    found = folded_facts(graph)
    examples = {(s, o) for s, r, o in found if r in ("isA", "exampleOf")}
    assert {("claycrack", "seal failure"), ("mossrot", "seal failure"), ("wetfloor", "den fault"), ("clawkit", "den tool")} <= examples, found
