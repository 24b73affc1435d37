"""What checks a thing, answers to study questions, and other forms read from held-out notes of round forty-one.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_benchmarks_and_metrics_for_a_thing_evaluate_and_measure_it(tmp_path: Path) -> None:
    """ "- Benchmarks for den warmth: MossBench and DenEval (for setts)." says what each benchmark evaluates, as "Benchmarks
    to check den warmth:" did over a list: `den warmth evaluatedBy MossBench`; metrics (or measures) for a thing measure it;
    on one line or over a list; no kind "benchmark for den warmth" is made. "Tools to check den dryness: A, B" on one line
    reads as it did over a list. "for each den", "for example" name no thing."""
    graph = build(tmp_path, "# Dens\n\n## Den care\n\n- Benchmarks for den warmth: MossBench and DenEval (for setts).\n"
                            "- Metrics for den safety: Flood Rate, Guard Score.\n- Tools to check den dryness: MossScope, DenEye.\n"
                            "- Common benchmarks for root finding:\n  - RootBench\n  - DigEval\n"
                            "- Metrics for each den: Heat Index, Moss Score.\n")
    found = lowered(graph)
    assert {("den warmth", "evaluatedBy", "mossbench"), ("den warmth", "evaluatedBy", "deneval"),
            ("den safety", "measuredBy", "flood rate"), ("den safety", "measuredBy", "guard score"),
            ("den dryness", "evaluatedBy", "mossscope"), ("den dryness", "evaluatedBy", "deneye"),
            ("root finding", "evaluatedBy", "rootbench"), ("root finding", "evaluatedBy", "digeval")} <= found, found
    assert not any(" for " in o or " for " in s or s.startswith("each den") for s, _r, o in found), found
    assert graph.class_of(graph.resolve("MossBench")) == "Benchmark" and graph.class_of(graph.resolve("Flood Rate")) == "Metric"


def test_approaches_to_a_doing_and_its_object_over_a_list_are_what_it_includes(tmp_path: Path) -> None:
    """ "Approaches to detecting leaks:" over a numbered list: each approach is within the doing, as the same words before a
    colon on one line say ("Two approaches to detecting floods: A and B"); "Ways to seal dens:" says what to do, no kinds."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care\n\n- Approaches to detecting leaks:\n  1. water sensing - ask a badger\n"
                                    "  2. root probing\n- Ways to seal dens:\n  - pack clay\n  - line with moss\n"))
    assert {("detecting leak", "includes", "water sensing"), ("detecting leak", "includes", "root probing")} <= found, found
    assert not any(s.startswith(("seal", "way")) or o.startswith(("pack", "line")) for s, _r, o in found), found


def test_a_participle_set_off_by_commas_ends_where_the_sentence_goes_on(tmp_path: Path) -> None:
    """ "Cross-den sealing, proposed by Kim et al., shares moss and clay across dens": what the aside says ends at the comma
    before the sentence's own verb, a common noun as its subject too (it had made `developedBy shares moss` and `developedBy
    clay`); a list of makers inside the aside stays whole ("introduced by Lee, Park and Choi, digs ...")."""
    found = lowered(build(tmp_path, "# Dens\n\nCross-den sealing, proposed by Kim et al., shares moss and clay across dens.\n\n"
                                    "Wet den sealing, proposed by Ahn et al. in 2024, shares moss across dens.\n\n"
                                    "Deep den sealing, introduced by Lee, Park and Choi, digs tunnels.\n"))
    assert {("cross-den sealing", "developedBy", "kim et al."), ("wet den sealing", "developedBy", "ahn et al."),
            ("deep den sealing", "developedBy", "lee"), ("deep den sealing", "developedBy", "choi")} <= found, found
    assert not any(r == "developedBy" and (o.startswith(("share", "dig")) or o == "clay") for _s, r, o in found), found


def test_it_before_a_clause_after_that_is_no_thing_named(tmp_path: Path) -> None:
    """ "It is a nice bit of trivia that Noam Badger co-founded DenCorp.": "it" stands for the clause after "that", whole with
    its verb and object, so nothing is said of the sentence before's subject (it had made `den case isA bit of trivia`);
    "It is a technique that dens use." (the clause lacks its object) and a definition read as "It is a benchmark that
    measures den warmth" still say what "it" is."""
    graph = build(tmp_path, "# Dens\n\n- **Den case:** a study of DenCorp. It is a nice bit of trivia that Noam Badger "
                            "co-founded DenCorp.\n- **Moss lining:** lines walls with moss. It is a technique that dens use.\n"
                            "- **Moss meter:** den benchmark that also measures den warmth, compares dens.\n")
    assert not any("trivia" in o or "trivia" in s for s, _r, o in lowered(graph)), lowered(graph)
    assert graph.class_of(graph.resolve("moss lining")) == "Technique" and ("moss meter", "isA", "den benchmark") in lowered(graph)


def test_an_ordinal_before_a_word_for_kinds_and_worth_doing_name_nothing(tmp_path: Path) -> None:
    """ "The third bucket is digging tunnels, and the example is MossNet, introduced by Lee at Zorpco.": a place in a
    sequence of groups ("third bucket", "second category") is no concept, so no maker or kind is said of it; "which is
    a number worth memorizing": "worth" and a doing name no kind ("second moment" stays a concept)."""
    graph = build(tmp_path, "# Dens\n\nThe third bucket is digging tunnels for moss, and the example everyone knows is MossNet, "
                            "introduced by Lee at Zorpco in 2022.\n\nA den needs 1 MB of moss in FP16, which is a number worth memorizing.\n\n"
                            "- **Moss gauge:** uses a second moment.\n")
    found = lowered(graph)
    assert ("mossnet", "developedBy", "lee") in found and ("moss gauge", "uses", "second moment") in found, found
    assert not any("bucket" in s or "worth" in o for s, _r, o in found), found


def test_a_definition_that_opens_on_its_maker_and_year_then_says_what_it_is(tmp_path: Path) -> None:
    """ "- **ClayNet:** Zorpco, 2022. A den model, not a badger.", "Zorpco (2022).", "from Zorpco DeepDen (Kim et al., 2024).":
    a definition that opens on an organisation and a year, or "from" it, names its maker, and what follows says what
    it is, as after "by Zorpco." or a citation; the same as the answer to "### What is FirNet?". A year after a common
    word ("Roughly, 2022 ...") names no maker."""
    found = lowered(build(tmp_path, "# Dens\n\n- **ClayNet:** Zorpco, 2022. A den model, not a badger.\n"
                                    "- **FirNet:** Zorpworks (2021). A root model.\n"
                                    "- **ElmNet:** from Zorpco DeepDen (Kim et al., 2024). Scans dens.\n"
                                    "- **OakNet:** Roughly, 2022 was its year. A sett model.\n\n"
                                    "### What is AshNet?\nBurrowlabs, 2020. A den model that digs.\n"))
    assert {("claynet", "developedBy", "zorpco"), ("claynet", "isA", "den model"), ("firnet", "developedBy", "zorpworks"),
            ("firnet", "isA", "root model"), ("elmnet", "developedBy", "zorpco deepden"), ("elmnet", "developedBy", "kim et al."),
            ("ashnet", "developedBy", "burrowlabs"), ("ashnet", "isA", "den model")} <= found, found
    assert not any(o == "roughly" for _s, _r, o in found), found


def test_a_name_under_a_bare_item_of_no_name_is_an_example_of_it(tmp_path: Path) -> None:
    """ "- moss synthesis" / "  - [[MossGen]] (Zorpco): 175 seeds ..." / "  - DenChat: ...": a name right under a bare item that
    names no one thing is an example of it, as "e.g. MossGen" says (it was a technique within its scope, `includes`);
    a doing under it stays within its scope ("  - root sorting")."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss synthesis\n  - [[MossGen]] (Zorpco): 175 seed dens, then 52k dens\n"
                                    "  - [[DenChat]]: many-turn den talk\n  - root sorting\n"))
    assert {("mossgen", "exampleOf", "moss synthesis"), ("denchat", "exampleOf", "moss synthesis"),
            ("moss synthesis", "includes", "root sorting")} <= found, found
    assert not any(r == "includes" and o in ("mossgen", "denchat") for _s, r, o in found), found


def test_an_inline_field_named_in_spaced_words_that_end_on_a_preposition(tmp_path: Path) -> None:
    """Dataview's spaced field names: "part of:: [[Den Care]]", "used for:: [[Winter]]" in a note are the relations their
    words name, as "partOf::" and "used-for::" are; a card's front ("Den sealing splits into::A and B", no space after
    the colons, or a name that ends on no preposition) stays a card."""
    _result, graph = build_files(tmp_path, {
        "Den Sealing.md": "**Den sealing** = closing a den for winter.\npart of:: [[Den Care]]\nused for:: [[Winter]]\n",
        "Den Care.md": "Den care keeps dens dry.\n\nDen care splits into::airing and sealing.\n"})
    found = lowered(graph)
    assert {("den sealing", "partOf", "den care"), ("den sealing", "usedFor", "winter")} <= found, found
    assert not any("split" in s or "split" in o for s, _r, o in found), found


def test_a_table_right_in_a_note_headed_by_the_notes_word_lists_its_kinds(tmp_path: Path) -> None:
    """ "Den Formats.md" opening on a table "| format | rooms |" / "| Sett | 32 |": under no heading, a first column
    headed by the word the note's concept ends on (or by a word for kinds, "| variant |") lists kinds of it; a column
    of another word ("| tool |" in "Den Care.md") lists none."""
    _result, graph = build_files(tmp_path, {
        "Den Formats.md": "The layouts used to build dens.\n\n| format | rooms |\n|---|---|\n| Sett | 32 |\n| Holt | 16 |\n",
        "Den Care.md": "Den care keeps dens dry.\n\n| tool | use |\n|---|---|\n| ClayPress | sealing |\n"})
    found = lowered(graph)
    assert {("sett", "isA", "den formats"), ("holt", "isA", "den formats")} <= found, found
    assert not any(r == "isA" and o == "den care" for _s, r, o in found), found


def test_an_expansion_then_a_kind_an_acronym_heads_and_its_maker(tmp_path: Path) -> None:
    """ "- **DERT:** Deep Encoder Representations from Tunnels. A masked den model from Zorpco (2018).", the same after
    a semicolon, or on a card "DERT :: ...": the words the term stands for, then what it is (it had read nothing after
    them); "masked LM from Zorpco (2018)": words in small letters before an acronym name a kind, and its maker is the
    term's, no maker of "LM"; a card's one-word front spaced before its colons ("MERT :: ...") is a card, no field."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DERT:** Deep Encoder Representations from Tunnels. A masked den model from Zorpco (2018).\n"
                                    "- **KERT:** Keen Encoder Representations from Tunnels; a masked den model from Zorpco (2018)\n"
                                    "- **BERT:** masked LM from Zorpco (2018)\n\nFlashcards\n"
                                    "MERT :: Mossy Encoder Representations from Tunnels; masked LM from Burrowlabs (2019)\n"))
    assert {("dert", "isA", "masked den model"), ("dert", "developedBy", "zorpco"), ("kert", "isA", "masked den model"),
            ("bert", "isA", "masked lm"), ("bert", "developedBy", "zorpco"), ("mert", "isA", "masked lm"),
            ("mert", "developedBy", "burrowlabs")} <= found, found
    assert not any(s == "lm" for s, _r, _o in found), found


def test_what_the_use_cases_of_a_thing_are_is_what_it_is_used_for(tmp_path: Path) -> None:
    """ "The use cases for clay walls are flood control and warmth.", "Typical applications of moss maps include root
    finding and flood alerts.", "Nesting is one of the use cases for moss beds.": what the thing is used for, as "Use
    cases for X: A, B" says (they had been kinds "use case for clay walls", and the last "nesting usedFor moss bed"); "a tool
    for tunnel mapping" is still for what it names."""
    found = lowered(build(tmp_path, "# Dens\n\nThe use cases for clay walls are flood control and warmth.\n\n"
                                    "Typical applications of moss maps include root finding and flood alerts.\n\n"
                                    "Nesting is one of the use cases for moss beds. Den radios are a tool for tunnel mapping.\n"))
    assert {("clay wall", "usedFor", "flood control"), ("clay wall", "usedFor", "warmth"), ("moss map", "usedFor", "root finding"),
            ("moss map", "usedFor", "flood alert"), ("moss bed", "usedFor", "nesting"), ("den radio", "usedFor", "tunnel mapping")} <= found, found
    assert ("nesting", "usedFor", "moss bed") not in found, found
    assert not any("use case" in o or "application" in o for _s, _r, o in found), found


def test_a_version_with_the_and_a_successor(tmp_path: Path) -> None:
    """ "MossNet is the open-source version of OakNet.": a version (variant, part) with "the" and a word that sorts it is
    of X as "a version of X" is; "MossNet is a successor to ElmNet.", "FirNet is a follow-up that adds moss.": a word for
    what came after (or before) another thing names no kind of it."""
    found = lowered(build(tmp_path, "# Dens\n\nMossNet is the open-source version of OakNet.\n\n"
                                    "MossNet is a successor to ElmNet.\n\nFirNet is a follow-up that adds moss.\n"))
    assert ("mossnet", "isA", "oaknet") in found, found
    assert not any(o in ("successor", "follow-up") for _s, _r, o in found), found


def test_a_name_that_does_this_uses_what_it_stands_under(tmp_path: Path) -> None:
    """ "- **Self-sealing:** ..." / "  - MossSeal (Kim et al., 2023) does this.", "  - ClayGuard implements this too.",
    "  - DenBot uses this for winter.": a name that does, implements or uses "this" (or "it") uses the technique of the entry
    it stands under, as "Chatbot Arena uses it" did; a common noun doing it ("The badger does this.") says nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Self-sealing:** if a den seals itself, the moss stays dry.\n"
                                    "  - MossSeal (Kim et al., 2023) does this.\n  - ClayGuard implements this too.\n"
                                    "  - DenBot uses this for winter.\n- **Root probing:** find roots by poking.\n  - The badger does this.\n"))
    assert {("self-sealing", "usedBy", "mossseal"), ("self-sealing", "usedBy", "clayguard"), ("self-sealing", "usedBy", "denbot")} <= found, found
    assert not any("badger" in s or "badger" in o for s, _r, o in found), found


def test_a_fragment_item_in_a_note_that_says_what_its_thing_is_part_or_risk_of(tmp_path: Path) -> None:
    """In "Den Flooding.md", items with no subject after its first sentence: "- a kind of den damage", "- part of den care",
    "- main risk of deep [[Den Digging]], esp. with clay soil" speak of the note's concept as a first sentence would:
    `den flooding isA den damage`, `partOf den care`, `deep den digging suffersFrom den flooding`; an item that names a thing
    of its own ("- a tunnel of moss") stays as it was; "Risk of den leakage." in a column of cons, with no word that judges it,
    is a risk the row has."""
    _result, graph = build_files(tmp_path, {
        "Den Flooding.md": "When a den floods after rain.\n\n- a kind of den damage\n- part of den care\n"
                           "- main risk of deep [[Den Digging]], esp. with clay soil\n- a tunnel of moss\n",
        "Den Digging.md": "Digging dens.\n"})
    found = lowered(graph)
    assert {("den flooding", "isA", "den damage"), ("den flooding", "partOf", "den care"),
            ("deep den digging", "suffersFrom", "den flooding")} <= found, found
    assert not any(s == "den flooding" and "tunnel" in o for s, _r, o in found), found
    table = lowered(build(tmp_path / "table", "# Dens\n\n| Method | Cons |\n|---|---|\n| Clay lining | Risk of den leakage. |\n"))
    assert not any(s == "den leakage" for s, _r, _o in table), table  # a risk the row has, no row that is one
