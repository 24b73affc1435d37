"""Works cited by their titles, kinds named by the words they share, and other forms read from held-out notes of round
forty-two.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_a_quoted_title_beside_a_citation_is_the_cited_authors_work(tmp_path: Path) -> None:
    """A title in quotes right before or after a citation (authors with "et al." or two names, and a year) is a work those
    authors wrote, in a parenthesis or not, the year bare or in its own parenthesis: 'Kim et al. 2021 "Burrows All the Way
    Down"', '(Lee & Park 2022, "Moss Is All You Need")', '"Lost in the Sett" (Ahn et al. 2023, Zorpco)'. A quote with no
    citation beside it ("How deep?") or a citation with no year is no work."""
    found = lowered(build(tmp_path, "# Dens\n\n- Kim et al. 2021 \"Burrows All the Way Down\"\n"
                                    "- moss lining (Lee & Park 2022, \"Moss Is All You Need\")\n"
                                    "- badgers dig best at the ends (\"Lost in the Sett\" (Ahn et al. 2023, Zorpco))\n"
                                    "- Choi et al. (2020), \"Deep Dens Are Warm Dens\", measured heat.\n"
                                    "- den probing: \"How deep is the den?\" Ask Roh et al. next.\n"))
    assert {("burrows all the way down", "createdBy", "kim et al."), ("moss is all you need", "createdBy", "lee and park"),
            ("lost in the sett", "createdBy", "ahn et al."), ("deep dens are warm dens", "createdBy", "choi et al.")} <= found, found
    assert not any("how deep" in s or "how deep" in o for s, _r, o in found), found


def test_examples_that_share_a_word_with_an_earlier_plural_are_its_kinds(tmp_path: Path) -> None:
    """ "den care can counter smells picked up from den bedding (e.g. mould smell, fox smell)": the examples end on the word
    of the plural earlier in the clause, so they are kinds of it, not of the nearer "den bedding" (it had made `mould smell
    isA den bedding`); examples that end on the nearer kind's word stay its ("kept in den chambers (e.g. nursery chambers,
    winter chambers)"), and examples with no word in common stay the nearer kind's."""
    found = lowered(build(tmp_path, "# Dens\n\n- den care can counter smells picked up from den bedding (e.g. mould smell, fox smell)\n"
                                    "- smells are kept in den chambers (e.g. nursery chambers, winter chambers)\n"
                                    "- smells come from nest bedding (e.g. straw, moss)\n"))
    assert {("mould smell", "isA", "smell"), ("fox smell", "isA", "smell"), ("winter chamber", "isA", "den chamber"),
            ("straw", "isA", "nest bedding")} <= found, found
    assert not any(r == "isA" and (o == "den bedding" or s.endswith("chamber") and o == "smell") for s, r, o in found), found


def test_a_bold_comparison_of_plurals_that_may_be_verbs_is_two_terms(tmp_path: Path) -> None:
    """ "**Soft digs vs hard digs:**": each side is a name, though the whole reads to the tagger as a clause ("digs" a
    verb), so the two contrast as "**Soft lines vs hard lines:**" do."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Soft digs vs hard digs:**\n  - soft digs keep heat\n"
                                    "- **Soft lines vs hard lines:**\n  - soft lines bend\n"))
    assert {("soft dig", "contrastsWith", "hard dig"), ("soft line", "contrastsWith", "hard line")} <= found, found


def test_a_definition_that_opens_on_an_organisation_and_a_citation_names_both_makers(tmp_path: Path) -> None:
    """ "- **DenEval:** Zorpco (Kim et al., 2023). A den benchmark.": the organisation and the cited authors both made it, and
    what follows says what it is (it had made `Zorpco developedBy Kim et al.`); a common noun there ("Burrow (Lee et al.,
    2021).") is no maker."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenEval:** Zorpco (Kim et al., 2023). A den benchmark.\n"
                                    "- **Mossnet:** Burrow (Lee et al., 2021). Warms dens.\n"))
    assert {("deneval", "developedBy", "zorpco"), ("deneval", "developedBy", "kim et al."), ("deneval", "isA", "den benchmark")} <= found, found
    assert not any(s == "zorpco" or r == "developedBy" and o == "burrow" for s, r, o in found), found


def test_another_kind_with_its_maker_in_a_parenthesis_defines_the_term(tmp_path: Path) -> None:
    """ "- **Sett:** another den benchmark (Zorpco)." says what the term is, as "a den benchmark" does, and the organisation in
    the parenthesis after the kind made it; a parenthesis that shortens the kind ("(DB)") or holds a word of the dictionary
    ("(Apple)") names no maker, and "another" before a verb ("Another den digs ...") or before what the thing is "of" ("another
    view of den life") is no definition."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Sett:** another den benchmark (Zorpco).\n- **Holt:** a den benchmark (DB).\n"
                                    "- **Earth:** a den benchmark (Apple).\n- **Lodge:** a burrow.\n  - Another den digs deeper.\n"
                                    "- **Warren:** another view of den life.\n"))
    assert {("sett", "isA", "den benchmark"), ("sett", "developedBy", "zorpco"), ("holt", "isA", "den benchmark"),
            ("earth", "isA", "den benchmark")} <= found, found
    assert not any(r == "developedBy" and s in ("holt", "earth") for s, r, _o in found), found
    assert not any(s == "lodge" and o == "den" or s == "warren" and r == "isA" for s, r, o in found), found


def test_a_clause_that_counts_the_items_below_names_their_kind_not_itself(tmp_path: Path) -> None:
    """ "Kim lists several den styles:" over bold entries: "lists" reads to the tagger as a plural noun, but a count after it
    says it is the clause's verb, so the items are den styles (it had made the kind "kim lists several den style"); "The
    book names three moss types:" likewise, its items kinds of moss, as under "Three moss types:" alone."""
    found = lowered(build(tmp_path, "# Dens\n\nSome words first. Kim lists several den styles:\n\n- **sett style**: deep\n"
                                    "- **holt style**: shallow\n\nThe book names three moss types:\n\n- **peat moss**: wet\n"
                                    "- **sheet moss**: flat\n"))
    assert {("sett style", "isA", "den style"), ("holt style", "isA", "den style"), ("peat moss", "isA", "moss")} <= found, found
    assert not any("lists" in o or "names" in o for _s, _r, o in found), found


def test_a_definition_whose_doing_noun_takes_a_verb_that_reads_as_a_plural_is_a_clause(tmp_path: Path) -> None:
    """ "- **Nesting:** A nesting lines dens with moss.": "nesting" after the article is the subject's noun and "lines" its
    verb, though the tagger reads them as a participle and a plural, so no kind "nesting lines den" is made (it had made
    `nesting isA nesting lines den`); "A den model ranks dens." was read as a clause already, and still is."""
    found = lowered(build(tmp_path, "# Notes\n\n- **Nesting:** A nesting lines dens with moss.\n"
                                    "- **Tunnelling:** A tunnelling links dens to the surface.\n- **Den model:** A den model ranks dens.\n"))
    assert not any(r == "isA" and (" lines " in o or " links " in o or " ranks " in o) for _s, r, o in found), found


def test_a_span_of_time_after_for_is_how_long_not_a_purpose(tmp_path: Path) -> None:
    """ "used for years in [[Den care]]": how long the thing was used, no purpose "year" (it had made `moss bed usedFor
    year`); "used for weeks", "for a while" too; "used for nesting" is still its purpose."""
    found = lowered(build(tmp_path, "# Notes\n\n- **Moss bed:** used for years in [[Den care]], now reused as pillows.\n"
                                    "- **Clay wall:** used for weeks at a time.\n- **Straw:** used for nesting.\n"))
    assert ("straw", "usedFor", "nesting") in found, found
    assert not any(o in ("year", "week", "while") for _s, _r, o in found), found


def test_a_class_word_label_names_the_class_of_its_value_and_no_concept_of_its_own(tmp_path: Path) -> None:
    """ "Book: *Den Craft* by Kim Lee, Moss Press 2025." is a field: Den Craft is a book, by Kim Lee; no concept "book" is
    defined by the line (it had made `book isA Den Craft` and `book developedBy Kim Lee`); "Tool: DenScope, a radar." too; a
    title in words of the dictionary ("Digging Engineering") is the book's name whole."""
    found = lowered(build(tmp_path, "# Den notes\n\nBook: *Den Craft* by Kim Lee, Moss Press 2025.\n\nTool: DenScope, a radar.\n\n"
                                    "- Book: *Digging Engineering* by Ann Moss; ch4 applies it.\n"))
    assert {("den craft", "isA", "book"), ("den craft", "createdBy", "kim lee"), ("denscope", "isA", "radar"),
            ("digging engineering", "isA", "book")} <= found, found
    assert not any(s in ("book", "tool") for s, _r, _o in found), found


def test_a_kind_after_a_pronoun_and_its_verb_that_reads_as_a_plural(tmp_path: Path) -> None:
    """ "It blocks prompt attacks like clawing and biting.": after "It", "blocks" is the verb, though the tagger reads a
    plural, and "prompt" a noun of the kind, though it reads a verb: clawing is a prompt attack (nothing was read); "It
    powers den models like DenNet." as before."""
    found = lowered(build(tmp_path, "# Notes\n\nIt blocks prompt attacks like clawing and biting.\n\n"
                                    "It blocks den tools such as spades and picks.\n\nIt powers den models like DenNet.\n"))
    assert {("clawing", "isA", "prompt attack"), ("biting", "isA", "prompt attack"), ("spade", "isA", "den tool"),
            ("dennet", "isA", "den model")} <= found, found


def test_a_name_owned_by_its_maker_ends_before_an_aside_it_opens(tmp_path: Path) -> None:
    """ "Zorpco's DenScope (which includes DenLens) is a tool.": the subject is DenScope, made by Zorpco; no concept "Zorpco
    DenScope (which" is made of half the aside (the subject of "includes")."""
    found = lowered(build(tmp_path, "# N\n\nZorpco's DenScope (which includes DenLens) is a tool.\n"))
    assert ("denscope", "includes", "denlens") in found, found
    assert not any("(" in s or "(" in o for s, _r, o in found), found


def test_bold_terms_in_a_note_named_by_a_plural_are_ones_of_its_concept(tmp_path: Path) -> None:
    """In a vault, "Den Algorithms.md" is the note on den algorithms, and the bold terms its items open with, under no
    heading of its own, are den algorithms: `Elo isA den algorithm`; an item with no term ("- a good ranking is
    predictive") is none."""
    _result, graph = build_files(tmp_path, {
        "Den Algorithms.md": "---\ntags: [dens]\n---\nDen algorithms turn matches into scores.\n\n- **Elo**: from chess\n"
                             "- **TrueSkill** (Zorpco): built for games\n- a good ranking is predictive\n",
        "Clay.md": "# Clay\n\nClay is a soil. See [[Den Algorithms]].\n"})
    found = lowered(graph)
    assert {("elo", "isA", "den algorithm"), ("trueskill", "isA", "den algorithm")} <= found, found
    assert not any(o == "den algorithm" and "ranking" in s for s, _r, o in found), found


def test_the_usual_kind_is_a_thing_says_the_thing_is_of_the_kind(tmp_path: Path) -> None:
    """ "For the leak risk, the usual tool is a sensitive den scanner.": the scanner is one of the tools the rank picks out
    (it had read `usual tool isA sensitive den scanner`, the other way round, with a concept "usual tool"); a rank that
    is part of a name stays ("Standard attention is a quadratic operation")."""
    found = lowered(build(tmp_path, "# N\n\nFor the leak risk, the usual tool is a sensitive den scanner that flags leaks.\n\n"
                                    "Standard digging is a slow operation.\n"))
    assert {("sensitive den scanner", "isA", "tool"), ("standard digging", "isA", "slow operation")} <= found, found
    assert not any("usual" in s or "usual" in o for s, _r, o in found), found


def test_things_counted_inside_a_phrase_are_said_next_and_name_no_concept(tmp_path: Path) -> None:
    """ "Moss walls protect against two main risks. The first is flooding.": the risks are counted here and named after,
    so no purpose "protecting against two main risks" is made; "Clay walls prevent flooding." still gives one. "each room
    shares one set of doors" is a clause, no part "room shares one set of door"."""
    found = lowered(build(tmp_path, "# N\n\nMoss walls protect against two main risks. The first is flooding.\n\n"
                                    "Clay walls prevent flooding.\n\nDen halls are split into rooms and each room shares one set of doors.\n"))
    assert ("clay wall", "usedFor", "preventing flooding") in found, found
    assert not any(" two " in o or " one " in o for _s, _r, o in found), found


def test_a_plural_and_a_verb_at_the_end_of_an_object_are_a_clause(tmp_path: Path) -> None:
    """ "- mossing: combines the walls of several dens, all dens stay.": "dens stay" is a clause (a plural and its verb), no
    thing the doing uses (it had made `mossing uses dens stay`); "den walls" ends on a plural and stays a thing."""
    found = lowered(build(tmp_path, "# N\n\n- mossing: combines the walls of several dens, all dens stay. costs more in winter\n"
                                    "- lining: combines den walls and moss\n"))
    assert ("lining", "uses", "den wall") in found, found
    assert not any(o.endswith("stay") for _s, _r, o in found), found


def test_the_author_of_the_work_read_uses_nothing_the_work_speaks_of(tmp_path: Path) -> None:
    """In notes on "Den Craft by Kim Lee", "Lee uses the example of DenNet" and "Kim Lee includes early flooding in the
    survey" say what the author writes of, no doing of theirs (they had made `Lee uses DenNet`); "DenNet uses moss" stays."""
    found = lowered(build(tmp_path, "# Notes on Den Craft by Kim Lee\n\nLee uses the example of DenNet to show this.\n\n"
                                    "Kim Lee includes early flooding in the survey.\n\nDenNet uses moss.\n"))
    assert {("den craft", "createdBy", "kim lee"), ("dennet", "uses", "moss")} <= found, found
    assert not any(s in ("lee", "kim lee") and r != "createdBy" for s, r, _o in found), found


def test_incl_inside_a_phrase_joins_a_kind_and_its_examples_no_one_concept(tmp_path: Path) -> None:
    """ "- **DenBind** (Zorpco): six senses incl. smell, touch, taste.": "incl." joins a kind and its examples, as "including"
    does, so no concept "senses incl. smell" is made."""
    found = lowered(build(tmp_path, "# N\n\n- **DenBind** (Zorpco): six senses incl. smell, touch, taste.\n"))
    assert ("denbind", "developedBy", "zorpco") in found, found
    assert not any("incl" in o or "incl" in s for s, _r, o in found), found


def test_bold_terms_in_a_note_named_by_what_a_thing_suffers_from_are_its_troubles(tmp_path: Path) -> None:
    """In "Den Challenges.md" (challenges, limitations, drawbacks of something), a bold term an item opens with is what the
    thing suffers from: `den suffersFrom flooding`; an item with no term ("- plan ahead") is none."""
    _result, graph = build_files(tmp_path, {
        "Den Challenges.md": "---\ntags: [dens]\n---\nDigging dens is hard.\n\n- **flooding**: water gets in\n"
                             "- **fox raids**: foxes dig in\n- plan ahead\n",
        "Clay.md": "# Clay\n\nClay is a soil. See [[Den Challenges]].\n"})
    found = lowered(graph)
    assert {("den", "suffersFrom", "flooding"), ("den", "suffersFrom", "fox raid")} <= found, found
    assert not any("plan" in o for _s, _r, o in found), found


def test_a_clause_that_leads_to_another_after_its_colon_says_nothing_itself(tmp_path: Path) -> None:
    """ "The chapter makes a point I keep thinking about: moss bedding is proprietary data.": the second clause is what is
    said (it was lost to the first); a list after the colon stays the first clause's ("Dens use two things: moss and
    clay")."""
    found = lowered(build(tmp_path, "# N\n\nThe chapter makes a point I keep thinking about: moss bedding is proprietary data.\n\n"
                                    "Dens use two things: moss and clay.\n"))
    assert {("moss bedding", "isA", "proprietary data"), ("den", "uses", "moss"), ("den", "uses", "clay")} <= found, found
    assert not any("chapter" in s or "point" in s for s, _r, _o in found), found
