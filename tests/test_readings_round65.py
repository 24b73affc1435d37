"""Forms read from held-out notes of round sixty-five.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_what_a_thing_of_the_subject_is_after_and_its_is_said_of_neither(tmp_path: Path) -> None:
    """ "Each dig is a round, and its outcome is a tunnel.": the outcome is a tunnel, no dig is one; "..., and it is
    a Y" still speaks of the subject."""
    graph = build(tmp_path, "# Dens\n\nEach dig is a round, and its outcome is a tunnel.\n\n"
                            "A sett is a burrow, and it is a den.\n")
    found = lowered(graph)
    assert {("dig", "isA", "round"), ("sett", "isA", "burrow"), ("sett", "isA", "den")} <= found, found
    assert ("dig", "isA", "tunnel") not in found, found


def test_a_doing_and_its_listed_objects_before_the_verb_are_no_subjects(tmp_path: Path) -> None:
    """ "Balancing warmth, depth and width is a den trade-off": the balancing is the trade-off, not warmth, depth or width;
    "Digging, sealing and lining are den chores" still makes each a den chore."""
    graph = build(tmp_path, "# Dens\n\nBalancing warmth, depth and width is a den trade-off.\n\n"
                            "Digging, sealing and lining are den chores.\n")
    found = lowered(graph)
    assert {("digging", "isA", "den chore"), ("sealing", "isA", "den chore"), ("lining", "isA", "den chore")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "den trade-off"}, found


def test_a_case_that_only_an_adjective_says_which_of_is_no_kind(tmp_path: Path) -> None:
    """ "Lining is a special case." points at a thing named elsewhere: no concept "special case"; "a special case of den care"
    is den care, and "an edge case" (a noun says which) a kind still."""
    graph = build(tmp_path, "# Dens\n\nLining is a special case.\n\nSealing is a special case of den care.\n\nA wet den is an edge case.\n")
    found = lowered(graph)
    assert {("sealing", "isA", "den care"), ("wet den", "isA", "edge case")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "special case"}, found


def test_two_names_that_do_something_to_it_each_do_it(tmp_path: Path) -> None:
    """ "Digging is a hard task; MossCheck and ClayCheck evaluate it.": each evaluates digging, no concept of the two together."""
    graph = build(tmp_path, "# Dens\n\nDigging is a hard task (staying underground); MossCheck and ClayCheck evaluate it.\n")
    found = lowered(graph)
    assert {("digging", "evaluatedBy", "mosscheck"), ("digging", "evaluatedBy", "claycheck")} <= found, found
    assert not {(s, r, o) for s, r, o in found if " and " in o}, found


def test_these_criteria_point_back_as_these_tunnels_do(tmp_path: Path) -> None:
    """ "Den Planning uses these criteria to pick setts.": the criteria named before, an irregular plural after "these", no
    concept "criterion" used; "den criteria" with no pointer stay an object."""
    graph = build(tmp_path, "# Dens\n\n[[Den Planning]] uses these criteria to pick setts.\n\nSett maps use den criteria.\n")
    found = lowered(graph)
    assert ("sett map", "uses", "den criterion") in found, found
    assert not {(s, r, o) for s, r, o in found if o == "criterion"}, found


def test_a_verb_with_each_one_after_and_ends_the_parts_a_thing_is_split_into(tmp_path: Path) -> None:
    """ "Den sweeping splits den data into rooms and scores each one": "scores" is the sweeping's second verb, no part of the
    data; "splits den data into rooms and halls" still gives both parts."""
    graph = build(tmp_path, "# Dens\n\nDen sweeping splits den data into rooms and scores each one instead of only the whole.\n\n"
                            "Den mapping splits the den into rooms and halls.\n")
    found = lowered(graph)
    assert {("den", "contains", "room"), ("den", "contains", "hall")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "score"}, found


def test_what_a_thing_comes_to_after_a_colon_is_no_kind_of_the_plural_before_it(tmp_path: Path) -> None:
    """ "SettOne keeps one moss plug for all tunnels: smallest plug, some warmth loss.": what keeping one plug comes to, no
    kinds of tunnel; "Den tools for wet setts: MossRake, ClaySpade" still names den tools."""
    graph = build(tmp_path, "# Dens\n\nSettOne keeps one moss plug for all tunnels: smallest plug, some warmth loss.\n\n"
                            "We compared den tools for wet setts: MossRake, ClaySpade.\n")
    found = lowered(graph)
    assert {("mossrake", "isA", "den tool"), ("clayspade", "isA", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "tunnel" or s in ("warmth loss", "smallest plug")}, found


def test_names_after_a_relative_clause_and_a_colon_are_of_the_plural_the_clause_is_said_of(tmp_path: Path) -> None:
    """ "Lining tools, which add clay to the den walls: A, B": A and B are lining tools, not den walls (what the
    tools act on); so in an entry's definition, and after "that"."""
    graph = build(tmp_path, "# Dens\n\nLining tools, which add clay to the den walls: MossLine, ClayLine.\n\n"
                            "- **Sealing kits** (wall kits), which add moss to the den walls: MossKit, ClayKit.\n\n"
                            "Den tools that help with the den walls: MossRake, ClaySpade.\n")
    found = lowered(graph)
    assert {("mossline", "isA", "lining tool"), ("clayline", "isA", "lining tool"), ("mossrake", "isA", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("den wall", "wall")}, found


def test_a_logseq_heading_that_sets_two_things_side_by_side_includes_neither(tmp_path: Path) -> None:
    """ "- ## Digging vs sealing" over "[[den digging]]: ..." in a Logseq page: the two contrast, and no concept "digging vs
    sealing" includes the items; "- ## Den tools" over a link still makes it a den tool."""
    graph = build_files(tmp_path, {"pages/Den.md": "- ## Digging vs sealing\n\t- [[den digging]]: making new tunnels in soft ground\n"
                                                   "\t- [[den sealing]]: closing old tunnels with moss\n- ## Den tools\n\t- [[MossRake]]: rakes moss\n"})[1]
    found = lowered(graph)
    assert {("digging", "contrastsWith", "sealing"), ("mossrake", "isA", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if " vs " in s}, found


def test_a_clause_after_and_whose_subject_is_a_possessive_name_has_its_own_subject(tmp_path: Path) -> None:
    """ "Goliath-Den was dug from two setts, and Zorpco's SettMax used a trick called deep scraping": SettMax used it
    (and Zorpco made SettMax), not Goliath-Den; so with a version after the name ("SettMax 2.5B")."""
    graph = build(tmp_path, "# Dens\n\nGoliath-Den was dug from two old setts this way, and Zorpco's SettMax used a similar trick "
                            "called deep scraping.\n\n"
                            "MossNet was dug from one sett, and Zorpco's SettMax 2.5B used a trick called wet scraping.\n")
    found = lowered(graph)
    assert {("settmax", "uses", "deep scraping"), ("settmax", "developedBy", "zorpco"), ("settmax 2.5b", "uses", "wet scraping")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s in ("goliath-den", "mossnet") and r == "uses"}, found


def test_subtypes_alone_at_an_entrys_end_count_its_kinds_as_types_does(tmp_path: Path) -> None:
    """ "- **Digging failures:** most common kind. Subtypes:" over items: each is a digging failure, as under "Two types:";
    no concept "subtype"."""
    graph = build(tmp_path, "# Dens\n\n- **Digging failures:** most common kind. Subtypes:\n  - wet tunnel: water gets in\n"
                            "  - collapsed roof: roof falls\n- **Den rakes:** tools for moss. Three subtypes:\n  - MossRake\n  - ClayRake\n")
    found = lowered(graph)
    assert {("wet tunnel", "isA", "digging failure"), ("collapsed roof", "isA", "digging failure"), ("mossrake", "isA", "den rake")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "subtype"}, found


def test_a_kind_then_its_maker_and_a_past_verb_says_who_made_the_name(tmp_path: Path) -> None:
    """ "MossNet, a den model Zorpco trained for digging, ...": MossNet is a den model that Zorpco made, with "that" left
    out; no kind "den model Zorpco". A participle with no maker ("a den model trained on moss") says what it was trained on."""
    graph = build(tmp_path, "# Dens\n\nThe classic case is **MossNet**, a den model Zorpco trained for digging, which SettNet soon matched.\n\n"
                            "ClayNet, a den tool Acme Labs built, is slow.\n\nWetNet, a den model trained on moss, is slow.\n")
    found = lowered(graph)
    assert {("mossnet", "isA", "den model"), ("mossnet", "developedBy", "zorpco"), ("claynet", "developedBy", "acme labs"),
            ("wetnet", "isA", "den model"), ("wetnet", "trainedOn", "moss")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "zorpco" in o and r == "isA"}, found


def test_good_fits_for_a_thing_are_its_uses_and_no_kind_of_fit(tmp_path: Path) -> None:
    """ "Good fits for batch digging: moss drying, den mapping": what batch digging is used for, no kind "fit"; "a good fit
    for wet dens" stays a use, and "den fit" (a noun says which) a concept."""
    graph = build(tmp_path, "# Dens\n\n- Good fits for batch digging: moss drying, den mapping, weekly reports.\n"
                            "- Moss lining is a good fit for wet dens.\n- Den fit is a metric.\n")
    found = lowered(graph)
    assert {("batch digging", "usedFor", "moss drying"), ("batch digging", "usedFor", "den mapping"),
            ("moss lining", "usedFor", "wet den"), ("den fit", "isA", "metric")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("fit", "good fit")}, found


def test_a_singular_object_before_a_colon_keeps_its_place_when_the_list_is_no_kind_of_it(tmp_path: Path) -> None:
    """ "Online den APIs optimize for speed: den maps, moss alerts.": the APIs focus on speed; the maps and alerts are
    no things they focus on. "SettNet uses clay: wet clay, dry clay" still names the kinds of clay used."""
    graph = build(tmp_path, "# Dens\n\n- Online den APIs optimize for speed: den maps, moss alerts.\n- SettNet uses clay: wet clay, dry clay.\n")
    found = lowered(graph)
    assert {("online den api", "focusesOn", "speed"), ("settnet", "uses", "wet clay"), ("settnet", "uses", "dry clay")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("den map", "moss alert")}, found


def test_a_noun_and_a_plural_before_a_colon_label_names_and_are_no_subject_and_verb(tmp_path: Path) -> None:
    """ "Warmth benchmarks: WarmQA, BIG.": a label over the names (each a warmth benchmark, evaluating warmth), not
    warmth that "benchmarks" them, as "Benchmarks:" alone reads."""
    graph = build(tmp_path, "# Dens\n\nWarmth benchmarks: WarmQA, BIG.\n")
    found = lowered(graph)
    assert ("warmqa", "isA", "warmth benchmark") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "warmth"}, found


def test_about_the_ends_an_object_as_other_prepositions_do(tmp_path: Path) -> None:
    """ "It measures the badger's certainty about the next tunnel.": den depth measures badger certainty (what the certainty is
    about is none of its name); "covers knowledge about digging, moss and clay" still lists what the knowledge is of."""
    graph = build(tmp_path, "# Dens\n\n**Den depth** is the log of moss mass. It measures the badger's certainty about the next tunnel.\n\n"
                            "**Den basics** covers den knowledge about digging, moss, and clay walls.\n")
    found = lowered(graph)
    assert ("den depth", "measures", "badger certainty") in found, found
    assert {("den basics", "includes", "moss"), ("den basics", "includes", "clay wall")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "about" in o}, found


def test_a_plural_label_over_names_under_a_heading_of_kinds_is_no_kind_of_it(tmp_path: Path) -> None:
    """ "#### Den search algorithms" / "- Libraries: DenFAISS (Zorpco), SettANN, Holtlib": the names are libraries; "library"
    is no den search algorithm. An item under the heading that names one still is one."""
    graph = build(tmp_path, "# Dens\n\n#### Den search algorithms\n- **Moss hashing (MH):** hashes similar dens into the same buckets.\n"
                            "- Libraries: DenFAISS (Zorpco), SettANN (Acme), Holtlib and mosslib.\n")
    found = lowered(graph)
    assert {("moss hashing", "isA", "den search algorithm"), ("denfaiss", "isA", "library"), ("holtlib", "isA", "library"),
            ("denfaiss", "developedBy", "zorpco")} <= found, found
    assert ("library", "isA", "den search algorithm") not in found, found


def test_sides_of_a_compared_heading_that_share_their_head_are_kinds_of_it(tmp_path: Path) -> None:
    """ "## Static vs dynamic vs continuous digging?": three kinds of digging, set against each other; "## Moss vs clay" (no
    shared head) and "## Fast way vs slow way" (a shell noun) name no kind."""
    graph = build(tmp_path, "# Dens\n\n## Static vs dynamic vs continuous digging?\n\n- Static digging: wait.\n\n"
                            "## Fast way vs slow way\n\nText.\n\n## Moss vs clay\n\nText.\n")
    found = lowered(graph)
    assert {("static digging", "isA", "digging"), ("dynamic digging", "isA", "digging"), ("continuous digging", "isA", "digging"),
            ("static digging", "contrastsWith", "dynamic digging"), ("moss", "contrastsWith", "clay")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "isA" and o in ("way", "clay", "moss")}, found


def test_a_dot_inside_a_name_keeps_a_list_of_examples_whole(tmp_path: Path) -> None:
    """ "Examples: moss.rake, XRake, SettRake." under "## Q: What do den rakes do?": three den rakes; the dot of "moss.rake"
    ends no sentence and no list."""
    graph = build(tmp_path, "# Dens\n\n## Q: What do den rakes do?\nThey rake moss well. Examples: moss.rake, XRake, SettRake.\n")
    found = lowered(graph)
    assert {("moss.rake", "isA", "den rake"), ("xrake", "isA", "den rake"), ("settrake", "isA", "den rake")} <= found, found


def test_a_writer_who_lists_kinds_of_a_thing_before_a_colon_introduces_them(tmp_path: Path) -> None:
    """ "Kim lists several kinds of den sealing:" over items: each is den sealing, as under "Several kinds of den sealing:";
    "The book groups den repairs into three:" (no word for groups) sorts den repairs as "into three kinds" does."""
    graph = build(tmp_path, "# Dens\n\n## Chapter notes\n\nKim lists several kinds of den sealing:\n\n- wet sealing\n- dry sealing\n\n"
                            "The book groups den repairs into three:\n\n- **Patching**: adding moss to holes.\n- **Rebuilding**: digging again.\n"
                            "- **Relining**: new clay walls.\n")
    found = lowered(graph)
    assert {("wet sealing", "isA", "den sealing"), ("dry sealing", "isA", "den sealing"), ("patching", "isA", "den repair"),
            ("rebuilding", "isA", "den repair"), ("relining", "isA", "den repair")} <= found, found


def test_names_after_e_g_that_end_a_sentence_opened_by_a_plural_and_its_verb_are_ones_of_the_plural(tmp_path: Path) -> None:
    """ "Clay judges score a den against a reference, e.g. ClayRT and DigB.": two clay judges, as after "A clay judge
    scores ..." (no examples of a reference); examples that are no names ("e.g. moss and clay") stay unread."""
    graph = build(tmp_path, "# Dens\n\nClay judges score a den against a reference, e.g. ClayRT and DigB.\n\n"
                            "Den tools dig a tunnel fast, e.g. DigA and DigC.\n\nDen tools dig a tunnel fast, e.g. moss and clay.\n")
    found = lowered(graph)
    assert {("clayrt", "isA", "clay judge"), ("digb", "isA", "clay judge"), ("diga", "isA", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "reference" or s in ("moss", "clay")}, found


def test_reasons_to_do_what_a_page_names_as_a_noun_are_the_pages_uses(tmp_path: Path) -> None:
    """ "Den Synthesis.md" / "- ## Why synthesize" / "- **warmth**: ...": what den synthesis is used for, no concept
    "synthesizing"; "Den Care.md" / "- ## Why seal" keeps the doing (sealing), which the page's name does not spell."""
    graph = build_files(tmp_path, {"pages/Den Synthesis.md": "- ## Why synthesize\n\t- **warmth**: dens stay warm\n\t- **dryness**: less damp\n",
                                   "pages/Den Care.md": "- ## Why seal\n\t- **quiet**: fewer foxes\n"})[1]
    found = lowered(graph)
    assert {("den synthesis", "usedFor", "warmth"), ("den synthesis", "usedFor", "dryness"), ("sealing", "usedFor", "quiet")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "synthesizing"}, found


def test_done_by_a_doer_says_who_does_it_and_done_with_what_it_uses(tmp_path: Path) -> None:
    """ "- **Den indexing:** ... Done by the den keeper.": the keeper does the indexing (usedBy), no keeper the indexing uses;
    "usually done with moss kits" still says what the lining uses."""
    graph = build(tmp_path, "# Dens\n\n- **Den indexing:** sorting tunnels so they are found later. Done by the den keeper.\n"
                            "- **Den lining:** usually done with moss kits.\n")
    found = lowered(graph)
    assert {("den indexing", "usedBy", "den keeper"), ("den lining", "uses", "moss kit")} <= found, found
    assert ("den indexing", "uses", "den keeper") not in found, found


def test_a_gain_is_no_use_of_a_thing(tmp_path: Path) -> None:
    """ "Combine moss lining and clay lining for extra gains.": how much better the mix is, no use of either; "used for warm
    dens" still names one."""
    graph = build(tmp_path, "# Dens\n\n## Tips\n\n5. Combine moss lining and clay lining for extra gains.\n\nMoss lining is used for warm dens.\n")
    found = lowered(graph)
    assert ("moss lining", "usedFor", "warm den") in found, found
    assert not {(s, r, o) for s, r, o in found if "gain" in o}, found


def test_an_adverb_before_from_is_no_object_and_a_clause_is_no_kind_a_thing_is_split_into(tmp_path: Path) -> None:
    """ "copy spans straight from the old den (...)": "straight" says how, no thing the copy includes; "den heads are split into
    groups and each group shares one SETT head": the clause after "and" names no kind of den head nor part of it. "The den spans tunnels from
    the old sett" still includes tunnels."""
    graph = build(tmp_path, "# Dens\n\n## Q: What is den copying?\nNo scout: copy spans straight from the old den (the main hall, "
                            "the side room) and let the badger check them.\n\n- **Grouped den sealing (GDS)**: den heads are split into groups "
                            "and each group shares one SETT head.\n\nThe den spans tunnels from the old sett.\n")
    found = lowered(graph)
    assert ("den", "includes", "tunnel") in found, found
    assert not {(s, r, o) for s, r, o in found if o == "straight" or "shares" in s or "shares" in o}, found
