"""Names given with their makers inside a list, and other forms read from held-out notes of round forty-eight.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, facts, names


def test_a_name_of_a_list_with_its_maker_after_from(tmp_path: Path) -> None:
    """ "Den cameras: DenCam, SettView from Zorpco, BurrowEye": "from Zorpco" says who made the one name before
    it, as "(Zorpco)" would; the list holds three den cameras, and SettView is Zorpco's (the maker's words had
    broken the list: only DenCam was read). A paragraph and a list item read the same."""
    for at, text in enumerate(("Den cameras: DenCam, SettView from Zorpco, BurrowEye.\n",
                               "- Den cameras she mentions: DenCam, SettView from Zorpco, BurrowEye\n")):
        found = facts(build(tmp_path / str(at), f"# Dens\n\n{text}"))
        assert {("DenCam", "isA", "den camera"), ("SettView", "isA", "den camera"), ("BurrowEye", "isA", "den camera"),
                ("SettView", "developedBy", "Zorpco")} <= found, (text, found)
        assert not any(s in ("DenCam", "BurrowEye") and r == "developedBy" for s, r, _o in found), found


def test_a_linked_title_under_a_heading_of_papers_is_a_paper(tmp_path: Path) -> None:
    """ "### Papers to read" / "- [Sett Mapping with Ground Radar for Field Surveys](url)": a title of three words or
    more, capitalised as a title's are or with a subtitle after a colon, under a heading of papers (articles, books,
    blog posts, judged or with what the writer means to do with them) is one (the list had been read as pages, of no
    kind). A short name ("[DenNet](url)") may name the thing the paper is on and is no paper; a title under a heading
    of tools is none."""
    graph = build(tmp_path, "# Dens\n\n### Papers to read\n\n- [Sett Mapping with Ground Radar for Field Surveys](https://example.org/1)\n"
                            "- [Koala: A Dialogue Model for Dens](https://example.org/2)\n- [DenNet](https://example.org/3)\n\n"
                            "### Key articles\n\n- [Moss Linings in Wet Setts](https://example.org/4)\n\n"
                            "### Den tools\n\n- [The Big Burrow Mapping Kit](https://example.org/5)\n")
    found = facts(graph)
    assert {("Sett Mapping with Ground Radar for Field Surveys", "isA", "paper"), ("Koala: A Dialogue Model for Dens", "isA", "paper"),
            ("Moss Linings in Wet Setts", "isA", "article")} <= found, found
    assert not any(s in ("DenNet", "The Big Burrow Mapping Kit") and o in ("paper", "article") for s, _r, o in found), found


def test_the_opening_words_of_a_linked_title_name_nothing_unless_a_noun_phrase(tmp_path: Path) -> None:
    """ "[Digging Deep: Sett Structure in Lowland Badgers](url)", "[Lost in the Den: How Badgers Dig](url)": the words
    before the colon of a linked title are a catchphrase, no term (they had made a concept "digging deep"); a name
    ("Koala:") or a noun phrase ("Moss Grown Walls:") names what the work is on, as before."""
    graph = build(tmp_path, "# Dens\n\n- [Digging Deep: Sett Structure in Lowland Badgers](https://example.org/1)\n"
                            "- [Lost in the Den: How Badgers Dig Long Tunnels](https://example.org/2)\n"
                            "- [Koala: A Dialogue Model for Dens](https://example.org/3)\n- [Moss Grown Walls: A Survey of Wet Setts](https://example.org/4)\n")
    found = names(graph)
    assert {"koala", "moss grown wall"} <= found, found
    assert not {"digging deep", "lost in the den"} & found, found


def test_names_before_a_dash_in_an_item_of_members_are_each_one(tmp_path: Path) -> None:
    """ "### Q: what den tools exist?" / "A: tools that dig faster. mentioned:" / "- DenCam" / "- MossKit, ClayKit — for
    wet dens": the names before the dash are each one of the tools the question asks for, and what the dash adds is said
    of them (the words after the dash had kept the names from being read as a list: only the use was read)."""
    found = facts(build(tmp_path, "# Dens\n\n### Q: what den tools exist?\nA: tools that dig tunnels faster. mentioned:\n"
                                  "- DenCam\n- MossKit, ClayKit — for wet dens (ch 2)\n"))
    assert {("DenCam", "isA", "den tool"), ("MossKit", "isA", "den tool"), ("ClayKit", "isA", "den tool"),
            ("MossKit", "usedFor", "wet den")} <= found, found


def test_some_of_a_kind_labels_a_list_of_that_kind(tmp_path: Path) -> None:
    """ "Some den tools:", "A few den maps:", "Other den tools:" alone on a line over a list: some of a kind, however
    many, are of that kind, as "Several den tools:" and "Three den tools:" are (the article had kept the label from
    naming a kind: nothing was read). "Some tools:" names too vague a kind, as "Tools:" does."""
    found = facts(build(tmp_path, "# Dens\n\n## Digging\n\nSome den tools:\n\n- DenCam\n- MossKit\n\n## Mapping\n\nA few den maps:\n\n"
                                  "- ClayMap\n\n## Sealing\n\nSome tools:\n\n- MossPlug\n"))
    assert {("DenCam", "isA", "den tool"), ("MossKit", "isA", "den tool"), ("ClayMap", "isA", "den map")} <= found, found
    assert not any(s == "MossPlug" for s, _r, _o in found), found


def test_a_name_given_as_an_example_of_a_kind_of_thing_is_one_of_that_kind(tmp_path: Path) -> None:
    """ "Examples are DenCam and SettView" in the entry on den cameras: each is a den camera, as "den cameras such as
    DenCam" says (it had been `exampleOf`, which says less of a name). An example of a doing ("Examples of den
    sealing are MossPlug and ClayCap") stays an example."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den Camera:** a camera for dens. Examples are DenCam and SettView.\n"
                                  "- **Den sealing:** closing a den. Examples of den sealing are MossPlug and ClayCap.\n"))
    assert {("DenCam", "isA", "den camera"), ("SettView", "isA", "den camera"),
            ("MossPlug", "exampleOf", "den sealing"), ("ClayCap", "exampleOf", "den sealing")} <= found, found
    assert ("DenCam", "exampleOf", "den camera") not in found, found


def test_a_column_of_tools_says_what_each_row_is_done_with(tmp_path: Path) -> None:
    """ "| Technique | What it does | Tools |" / "| moss sealing | seals walls | DigPro, MossKit |": each tool is used for the
    row's technique (it had been only related to it); "| Libraries |" says as much. A column "| Tools / who |" may name
    whoever uses it, and stays as it was."""
    found = facts(build(tmp_path, "# Dens\n\n| Technique | What it does | Tools |\n|---|---|---|\n| moss sealing | seals walls | DigPro, MossKit |\n\n"
                                  "| Task | Libraries |\n|---|---|\n| den mapping | MapKit |\n\n"
                                  "| Technique | What it does | Tools / who |\n|---|---|---|\n| root pruning | cuts roots | PruneIt |\n"))
    assert {("DigPro", "usedFor", "moss sealing"), ("MossKit", "usedFor", "moss sealing"), ("MapKit", "usedFor", "den mapping")} <= found, found
    assert not any("PruneIt" in (s, o) and r == "usedFor" for s, r, o in found), found
    assert not any(r == "relatedTo" and "moss sealing" in (s, o) for s, r, o in found), found


def test_kinds_named_as_variants_or_types_without_its_are_kinds_of_the_entry(tmp_path: Path) -> None:
    """ "- **Sett:** a big den. Variants are MossSett and ClaySett.": variants (types, forms, families), however many and
    however judged, of what the entry names, as "Its variants are ..." says (nothing had been read without "its")."""
    found = facts(build(tmp_path, "# Dens\n\n- **Sett:** a big den. Variants are MossSett and ClaySett.\n"
                                  "- **Holt:** a small den. Two common types are DeepHolt and WideHolt.\n"))
    assert {("MossSett", "isA", "sett"), ("ClaySett", "isA", "sett"), ("DeepHolt", "isA", "holt"), ("WideHolt", "isA", "holt")} <= found, found


def test_a_thing_said_to_be_a_better_one_of_a_class_is_one_of_it(tmp_path: Path) -> None:
    """ "Moss depth is a better metric.", "... a much better metric than den width", "... a nicer metric (it counts
    deep dens)": the comparison says how it stands among metrics; it is one (nothing had been read: "better metric"
    names no concept). A word of no class ("a better choice") and the object of another verb ("uses a bigger
    model") still name nothing."""
    found = facts(build(tmp_path, "# Dens\n\nMoss depth is a better metric.\n\nRoot count is a much better metric than den width.\n\n"
                                  "Clay ratio is a nicer metric (it counts wet dens).\n\nClay packing is a better choice.\n\nThe den uses a bigger model.\n"))
    assert {("moss depth", "isA", "metric"), ("root count", "isA", "metric"), ("clay ratio", "isA", "metric")} <= found, found
    assert not any(s in ("clay packing", "den") for s, _r, _o in found), found


def test_names_in_parentheses_after_a_kind_in_a_definition_list_are_of_that_kind(tmp_path: Path) -> None:
    """ "**Den tools**: diggers (DenCam, SettView), moss rakes, and clay sieves.": the definition lists the term's kinds,
    and the names in parentheses after one are of that one (they had been left out with the parentheses)."""
    found = facts(build(tmp_path, "# Dens\n\n**Den tools**: diggers (DenCam, SettView), moss rakes, and clay sieves.\n"))
    assert {("digger", "isA", "den tool"), ("moss rake", "isA", "den tool"), ("DenCam", "isA", "digger"), ("SettView", "isA", "digger")} <= found, found


def test_a_citation_opened_by_from_or_by_names_its_authors_only(tmp_path: Path) -> None:
    """ "- **MossRank:** improved den rank. From Kim et al. 2021.": the authors made it; "From" and "By" say so and are
    no part of their name (they had made a maker "From Kim et al.")."""
    graph = build(tmp_path, "# Dens\n\n- **MossRank:** improved den rank. From Kim et al. 2021.\n- **ClayRank:** a den rank. By Lee et al.\n")
    found = facts(graph)
    assert {("MossRank", "developedBy", "Kim et al."), ("ClayRank", "developedBy", "Lee et al.")} <= found, found
    assert not any(name.startswith(("from ", "by ")) for name in names(graph)), names(graph)


def test_what_a_name_s_bare_kind_is_built_on_after_a_comma_it_uses(tmp_path: Path) -> None:
    """ "- **DenSearch:** popular den engine, built on top of MossBase.": a name's kind without an article, then what it is
    built on (on top of), which it uses, as after "a den engine" (what followed the comma had been dropped). What
    follows a comma that keeps the kind from being read is left, the kind read alone."""
    found = facts(build(tmp_path, "# Dens\n\n- **DenSearch:** popular den engine, built on top of MossBase.\n"
                                  "- **MossMap:** den map, built on ClayGrid.\n"
                                  "- **Hierarchical Den World:** multi-layer graph, nodes = dens, edges connect near dens.\n"))
    assert {("DenSearch", "isA", "den engine"), ("DenSearch", "uses", "MossBase"), ("MossMap", "uses", "ClayGrid"),
            ("hierarchical den world", "isA", "multi-layer graph")} <= found, found


def test_a_term_named_by_a_note_s_other_name_is_one_of_its_kinds(tmp_path: Path) -> None:
    """ "Self-Den.md" (aliases: den) / "## How it works" / "- **multi-room den** = split into rooms": a bold term that
    opens an item and ends on the note's other name is a kind of the note's concept, under a section on how it works
    too (only the note's own title had counted, and only under no heading of the note's own)."""
    _result, graph = build_files(tmp_path, {
        "Self-Den.md": "---\naliases: [den, den mechanism]\n---\n# Self-Den\n\nDen is the mechanism that lets a badger weigh each "
                       "tunnel; it's the heart of the [[Sett]].\n\n## How it works\n- score = dot product of query & key\n"
                       "- **multi-room den** = split into rooms, each holds some moss\n",
        "Sett.md": "# Sett\n\nA sett is a big den with many rooms.\n\n## Related\n- **twin den** = two rooms\n"})
    found = facts(graph)
    assert ("multi-room den", "isA", "Self-Den") in found, found
    assert not any(s == "twin den" and o == "Self-Den" for s, _r, o in found), found


def test_which_ones_under_a_plural_term_are_of_its_kind(tmp_path: Path) -> None:
    """ "- **Den Benchmarks:** ..." / "  - text-to-map ones: MapOne, MapTwo": "ones" points back at the term's kind, the words
    before it say which: `MapOne isA text-to-map benchmark`, one of the den benchmarks (nothing had been read). An item
    that is no list of names ("the new ones: are better") names nothing."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den Benchmarks:** public benchmarks for dens.\n  - text-to-map ones: MapOne, MapTwo\n"
                                  "  - the new ones: are better\n"))
    assert {("MapOne", "isA", "text-to-map benchmark"), ("MapTwo", "isA", "text-to-map benchmark"),
            ("text-to-map benchmark", "isA", "den benchmark")} <= found, found
    assert not any("new" in s or "new" in o for s, _r, o in found), found


def test_what_maps_one_thing_to_another_is_no_name(tmp_path: Path) -> None:
    """ "- **text-to-SQL benchmark:** ...": a word of the form "X-to-Y" ("text-to-SQL", "speech-to-text") names a task, so
    the noun after it is a kind of that task's, no class word after a name (the term had become "text-to-SQL", as "MMLU
    benchmark" becomes MMLU, which it still does)."""
    found = facts(build(tmp_path, "# Dens\n\n- **text-to-SQL benchmark:** a benchmark of den queries.\n"
                                  "- **MMLU benchmark:** a benchmark of den facts.\n"))
    assert {("text-to-SQL benchmark", "isA", "benchmark of den queries"), ("MMLU", "isA", "benchmark of den facts")} <= found, found


def test_an_organisation_after_from_or_at_in_a_citation_made_the_thing(tmp_path: Path) -> None:
    """ "SettOne (Kim et al., 2018, from Zorpco)", "(Lee et al., 2020, at Acme Labs)": the organisation after the year, after
    "from" or "at", made the name as it does without them (nothing but the authors had been read, or nothing at all)."""
    found = facts(build(tmp_path, "# Dens\n\n- **twin den** — two rooms. Best known example = **SettOne** (Kim et al., 2018, from Zorpco).\n\n"
                                  "HoltOne (Lee et al., 2020, at Acme Labs) is a root den.\n"))
    assert {("SettOne", "developedBy", "Kim et al."), ("SettOne", "developedBy", "Zorpco"), ("HoltOne", "developedBy", "Acme Labs")} <= found, found


def test_a_not_equal_sign_sets_two_things_apart(tmp_path: Path) -> None:
    """ "- wet den ≠ dry den", "Moss dens ≠ clay dens.": the sign says the two differ, as "vs" does (nothing had been read)."""
    found = facts(build(tmp_path, "# Dens\n\n- wet den ≠ dry den\n\nMoss dens ≠ clay dens.\n"))
    assert {("wet den", "contrastsWith", "dry den"), ("moss den", "contrastsWith", "clay den")} <= found, found


def test_note_before_a_clause_tells_the_reader_and_names_nothing(tmp_path: Path) -> None:
    """ "Note moss dens use clay.", "NB moss dens ≠ clay dens": "Note" (or "NB") tells the reader to mark what follows, as "Note
    that" does; no concept "note moss den" (it had made one). "Note taking is a kind of den craft" keeps its noun."""
    graph = build(tmp_path, "# Dens\n\nNote moss dens use clay.\n\nNote taking is a kind of den craft.\n")
    found = facts(graph)
    assert {("moss den", "uses", "clay"), ("note taking", "isA", "den craft")} <= found, found
    assert not any(name.startswith("note moss") for name in names(graph)), names(graph)


def test_a_self_noun_set_against_a_thing_of_two_words_shares_no_head(tmp_path: Path) -> None:
    """ "- self-supervision vs unsupervised learning": "self-" and a noun name a thing whole, as a noun alone does; no
    "self-supervision learning" (it had been made, as "static vs dynamic batching" shares its head)."""
    found = facts(build(tmp_path, "# Dens\n\n- self-supervision vs unsupervised learning\n"))
    assert ("self-supervision", "contrastsWith", "unsupervised learning") in found, found
    assert not any("self-supervision learning" in (s, o) for s, _r, o in found), found


def test_a_list_is_what_the_writer_lists_no_thing(tmp_path: Path) -> None:
    """ "### Q: what's the list?" / "2. evaluate den tools": a list (a checklist) is the writer's, no concept the items are
    said of (it had made `list evaluates den tool`); "a list of dens" still says what a den list holds."""
    graph = build(tmp_path, "# Dens\n\n### Q: what's the list?\n1. write clear instructions\n2. evaluate den tools\n\nThe den list is a list of dens.\n")
    found = facts(graph)
    assert "list" not in names(graph) and not any(s == "list" for s, _r, _o in found), found
    assert ("den list", "contains", "den") in found, found


def test_note_before_a_name_is_left_as_written(tmp_path: Path) -> None:
    """ "Note Taker is a den tool.": "Note" before a capitalised word may begin a name, and is left as written; only before
    a word in small letters ("NB moss dens are wet dens") does it tell the reader."""
    found = facts(build(tmp_path, "# Dens\n\nNote Taker is a den tool.\n\nNB moss dens are wet dens.\n"))
    assert {("Note Taker", "isA", "den tool"), ("moss den", "isA", "wet den")} <= found, found


def test_names_in_parentheses_after_an_example_are_of_that_example(tmp_path: Path) -> None:
    """ "Examples of den sites are hills (Oakhill, Ashhill), the riverbank, ...": each item is an example of den sites, and
    the names in parentheses after one are of it (they had been left out with the parentheses)."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den site:** a place for a den. Examples of den sites are hills (Oakhill, Ashhill), the riverbank.\n"))
    assert {("hill", "exampleOf", "den site"), ("riverbank", "exampleOf", "den site"), ("Oakhill", "isA", "hill"), ("Ashhill", "isA", "hill")} <= found, found


def test_what_a_thing_can_be_measured_with_measures_it(tmp_path: Path) -> None:
    """ "Can be measured with moss depth.", "Can measure w/ a den judge or with moss depth.": a modal first, "w/" for "with",
    and the preposition again after "or", say what measures the thing the note is on, as "Measured with X" does
    (nothing had been read)."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den warmth:** how warm the den is. Can measure w/ a den judge or with moss depth.\n"
                                  "- **Den damp:** how wet the den is. Can be measured with a clay gauge.\n"))
    assert {("den warmth", "measuredBy", "den judge"), ("den warmth", "measuredBy", "moss depth"), ("den damp", "measuredBy", "clay gauge")} <= found, found


def test_a_table_of_kinds_under_a_heading_of_kinds_names_no_class_kind(tmp_path: Path) -> None:
    """ "## Kinds" over "| kind | data |": the rows are kinds of what stands above, and no concept "kind" (each row had
    been made `isA kind`); the other columns read as before."""
    graph = build(tmp_path, "# Dens\n\n## Kinds\n| kind | data | note |\n|---|---|---|\n| moss digging | raw moss text | cheap |\n")
    found = facts(graph)
    assert ("moss digging", "trainedOn", "raw moss text") in found, found
    assert "kind" not in names(graph) and not any(o == "kind" for _s, _r, o in found), found


def test_a_record_named_by_its_fields_in_a_table_cell_is_one_noun_phrase(tmp_path: Path) -> None:
    """ "| clay digging | (instruction, response) pairs |" under "| kind | data |": a record named by its fields in
    parentheses, then what the records are, is one thing, "instruction-response pair" (it had made a concept "pair")."""
    graph = build(tmp_path, "# Dens\n\n## Kinds\n| kind | data | note |\n|---|---|---|\n| clay digging | (instruction, response) pairs | cheap |\n")
    found = facts(graph)
    assert ("clay digging", "trainedOn", "instruction-response pair") in found, found
    assert "pair" not in names(graph), names(graph)
