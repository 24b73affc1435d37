"""Notes written as cards and definition lists: "**Q:** What is X? **A:** ..." (one paragraph or
two), a question with a blank, a question that is a noun phrase, "Term" then ": definition" on the
next line. Every input here is written for the test; none is taken from the owner's notes or the
test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, lowered, names


@pytest.mark.parametrize("card", [
    "**Q:** What is zorp?\n**A:** A kestrel model. It uses attention.",
    "Q: What's zorp?\nA: A kestrel model. It uses attention.",
    "**Q.** How does zorp work?\n\n**A.** A kestrel model. It uses attention.",
    "Question: Define zorp.\nAnswer: a kestrel model. It uses attention.",
    "**Q: What is zorp?**\nA: A kestrel model. It uses attention.",
    "- **Q:** What is zorp? **A:** A kestrel model. It uses attention.",
    "**Q: What is zorp?**\nA kestrel model. It uses attention.",
    "**Q: Explain zorp.**\nA kestrel model. It uses attention.",
])
def test_the_answer_to_what_is_x_says_what_x_is(tmp_path: Path, card: str) -> None:
    found = lowered(build(tmp_path, f"# Cards\n\n{card}\n"))
    assert {("zorp", "isA", "kestrel model"), ("zorp", "uses", "attention")} <= found, found


def test_a_blank_in_the_question_is_filled_by_the_answer(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Cards\n\n**Q:** Zorp tuning is a form of ...?\n**A:** transfer learning - more on it later.\n"))
    assert ("zorp tuning", "isA", "transfer learning") in found, found


def test_a_question_that_is_a_noun_phrase_is_stated_to_be_the_answer(tmp_path: Path) -> None:
    # examples of a kind headed by a class word (a method) are ones of it; of a kind of no class, examples of it
    found = lowered(build(tmp_path, "# Cards\n\n**Q:** Examples of zorp methods?\n**A:** Kestrel, Wombat, Quokka.\n\n"
                                    "**Q:** Examples of zorp troubles?\n**A:** Moth, Mould.\n"))
    assert {("kestrel", "isA", "zorp method"), ("quokka", "isA", "zorp method"), ("moth", "isA", "zorp trouble")} <= found, found


def test_a_question_states_nothing_of_its_own(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Cards\n\n**Q:** Why does zorp use attention?\n**A:** Because it is cheap.\n")
    assert not any(s == "zorp" for s, _r, _o in lowered(graph)), lowered(graph)


def test_a_definition_list_defines_its_terms(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Terms\n\nZorp vector\n: a kestrel vector that stores weights.\n\nWombat\n: a tokenizer.\n")
    found = lowered(graph)
    assert {("zorp vector", "isA", "kestrel vector"), ("wombat", "isA", "tokenizer")} <= found, found
    assert graph.definition(graph.resolve("wombat")) == "a tokenizer."


def test_a_to_do_marker_is_no_word_of_the_notes(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nTODO zorp methods: Kestrel, Wombat and Quokka\n")
    assert ("kestrel", "isA", "zorp method") in lowered(graph), lowered(graph)
    assert not any("todo" in name for name in names(graph)), names(graph)


def test_a_question_naming_a_kind_is_answered_by_its_members(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Cards\n\n**Q:** zorp formats to know?\n**A:** ZP32, ZP16 (Acme's), ZINT8.\n"))
    assert {("zp32", "isA", "zorp format"), ("zint8", "isA", "zorp format")} <= found, found


def test_a_card_that_asks_to_name_some_things_or_their_categories_states_each_one_of_them(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Cards

        **Q:** Name three zorp models and who made them.
        **A:** Kestrel-4 (Acme Labs), Wombat (Quill Research), Quokka (Bird Corp).

        **Q:** What three categories of burrows can a wombat use?
        **A:** Nest burrows, food burrows and escape tunnels.

        **Q:** Name two reasons to dig.
        **A:** Hiding and nesting, mostly.
        """)
    found = lowered(graph)
    assert {("kestrel-4", "isA", "zorp model"), ("wombat", "isA", "zorp model"), ("quokka", "isA", "zorp model"),
            ("kestrel-4", "developedBy", "acme labs")} <= found, found
    assert {("nest burrow", "isA", "burrow"), ("escape tunnel", "isA", "burrow")} <= found, found
    assert not any("reason" in o for _s, _r, o in found), found  # reasons are remarks, no kind


def test_weaknesses_named_after_an_answer_are_what_the_entry_suffers_from(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Cards

        **Q:** What is kestrel judging?
        **A:** Using a kestrel to judge the outputs of another bird. Main weaknesses: perch bias and inconsistency.

        - **Zorp data:** data the zorps write.
          - Risk: too much zorp data can cause burrow collapse.
          - Limitations: burrow collapse and drift.
        """)
    found = lowered(graph)
    assert {("kestrel judging", "suffersFrom", "perch bias"), ("kestrel judging", "suffersFrom", "inconsistency")} <= found, found
    assert {("zorp data", "suffersFrom", "burrow collapse"), ("zorp data", "suffersFrom", "drift")} <= found, found
    assert "risk" not in names(graph)  # a remark's label, no concept


def test_a_question_that_weighs_two_things_contrasts_them_and_the_answer_says_of_each(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Cards

        **Q:** Moss-based vs twig-based bedding?
        **A:** Moss-based bedding uses moss; twig-based bedding uses twigs.

        **Q:** Should kestrels hunt vs rest?
        **A:** Kestrels hunt at dawn.

        **Q:** Moss or twigs?
        **A:** Moss keeps a den warmer.
        """))
    assert ("moss", "contrastsWith", "twig") in found, found  # a question that weighs two things with "or"
    assert ("moss-based bedding", "contrastsWith", "twig-based bedding") in found, found
    assert ("moss-based bedding", "uses", "moss") in found
    assert not any(r == "contrastsWith" and "hunt" in s for s, r, _o in found)  # a question with a verb weighs no two things


@pytest.mark.parametrize(("card", "expected"), [
    ("**Q:** What is clay lining used for?\n**A:** Preventing tunnel collapse.", ("clay lining", "usedFor", "preventing tunnel collapse")),
    ("**Q:** Who introduced scout digging?\n**A:** Kim et al. at Burrow Labs.", ("scout digging", "developedBy", "kim et al.")),
    ("**Q:** Give two examples of burrow pests.\n**A:** Ants and beetles.", ("beetle", "exampleOf", "burrow pest")),
    ("**Q:** Which metric measures how fast a colony settles?\n**A:** TTFD.", ("ttfd", "isA", "metric")),
    ("**Q:** What are the two kinds of burrow lining?\n**A:** Clay lining and moss lining.", ("moss lining", "isA", "burrow lining")),
])
def test_the_answer_is_the_statement_the_question_asks_for(tmp_path: Path, card: str, expected: tuple) -> None:
    assert expected in lowered(build(tmp_path, f"# Cards\n\n{card}\n"))


def test_what_an_abbreviation_stands_for_is_its_other_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Cards\n\n**Q:** What does TTFD stand for?\n**A:** Time to first den.\n")
    assert "time to first den" in {a.casefold() for a in graph.aliases(graph.resolve("TTFD"))}


@pytest.mark.parametrize("card", ["**Q:** What does BD stand for?\n**A:** Burrow-digging.", "What does BD stand for?\n?\nBurrow-digging.",
                                  "- **BD** — Burrow-digging"])
def test_an_abbreviation_spelled_out_in_one_capitalised_word_is_no_maker(tmp_path: Path, card: str) -> None:
    graph = build(tmp_path, f"# Cards\n\n{card}\n")
    assert "burrow-digging" in {a.casefold() for a in graph.aliases(graph.resolve("BD"))}
    assert not any(r == "developedBy" for _s, r, _o in lowered(graph)), lowered(graph)


def test_a_which_question_with_an_auxiliary_states_nothing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Cards\n\n**Q:** Which data sets are used for tunnels?\n**A:** BurrowSet.\n"))
    assert not {f for f in found if f[0] == "burrowset" and f[1] == "isA"}, found


@pytest.mark.parametrize(("card", "fact"), [
    ("What is Zorp::A burrow-finetuning method that trains small tunnels.", ("zorp", "isA", "burrow-finetuning")),
    ("Which metric measures the time to the first den?\n?\nTTFD", ("ttfd", "isA", "metric")),
    ("Kestrel cache:::Stores roots and stones.", ("kestrel cache", "contains", "root")),
])
def test_obsidian_spaced_repetition_cards_are_read_as_cards(tmp_path: Path, card: str, fact: tuple[str, str, str]) -> None:
    """The Spaced Repetition plugin's cards: "question::answer", ":::" (both ways), and a question, a
    line "?", its answer. "What is Zorp::..." is no inline field named "Zorp"."""
    found = lowered(build(tmp_path, f"# Cards #flashcards\n\n{card}\n"))
    assert fact in found, found


def test_a_tag_in_a_heading_is_no_part_of_the_topic(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrow cards #flashcards #review\n\nZorp is a digging method.\n")
    assert "burrow cards" in names(graph, topics=True) and not any("#" in n for n in names(graph, topics=True))


def test_spaced_repetition_cards_on_consecutive_lines_are_one_card_a_line(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Cards

        What is Zorp?::A burrow-finetuning method.
        How does digging differ from tunnelling?::Less clay and roots, more sand and speed.
        What are the three layers of the burrow stack?::Entrance layer, nest layer, drain layer.
        """))
    assert ("zorp", "isA", "burrow-finetuning") in found, found  # "method" a shell word, as in the cards above
    assert ("digging", "contrastsWith", "tunnelling") in found, found
    assert {("burrow stack", "contains", "nest layer"), ("burrow stack", "contains", "drain layer")} <= found, found
    # the answer of a card that names no term says nothing of the card before it
    assert not any(s == "zorp" and o in {"root", "sand", "speed", "nest layer"} for s, _r, o in found), found


@pytest.mark.parametrize("blank", ["{{nest digging}}", "{{c1::nest digging}}", "{{c1::nest digging::a hint}}", "==nest digging=="])
def test_a_cloze_s_blank_is_its_words(tmp_path: Path, blank: str) -> None:
    found = lowered(build(tmp_path, f"# Cards\n\nBurrow planning is a form of {blank}.\n"))
    assert ("burrow planning", "isA", "nest digging") in found, found


@pytest.mark.parametrize(("card", "fact"), [
    ("**Q:** Main parts of a burrow system?\n**A:** A tunnel and a nest.", ("burrow system", "contains", "nest")),
    ("**Q:** Two main types of wombats?\n**A:** Common wombats and hairy-nosed wombats.", ("hairy-nosed wombat", "isA", "wombat")),
    ("Burrow methods split into::clay-based methods and sand-based methods.", ("sand-based method", "isA", "burrow method")),
])
def test_a_question_without_its_question_word_or_a_front_the_back_goes_on_from(tmp_path: Path, card: str, fact: tuple) -> None:
    found = lowered(build(tmp_path, f"# Cards\n\n{card}\n"))
    assert fact in found, found
    assert not any(s == "tunnel" and r == "isA" for s, r, _o in found), found  # parts, no kinds


def test_a_field_opens_its_line(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Zorp**: a burrow method.\n  type:: attack\n\nDens are dug into:: soft clay\n")
    assert ("zorp", "isA", "attack") in lowered(graph), lowered(graph)  # a field, at the line's start
    assert_no_concept(graph, "into")


@pytest.mark.parametrize(("line", "card"), [("What is a token?::The basic unit", True), ("KV cache:::Stores keys", True),
                                            ("type:: attack", False), ("no card here", False), ("a " * 5000, False)])
def test_a_card_line_is_told_in_one_pass(line: str, card: bool) -> None:
    """A card's line without a pattern that backtracks (benchmarks/bench_hostile.py times a long line above one)."""
    from kg.ingest.entry_lines import _a_card
    assert _a_card(line) is card


def test_what_a_thing_does_to_the_names_of_the_answer(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Cards

        **Q: What does DenCam measure?**
        A: Den temperature and humidity.

        What does DigLog use?::Radar and sonar.

        **Q: What does RootSpade do?**
        A: It cuts roots at night.
        """))
    assert {("dencam", "measures", "den temperature"), ("dencam", "measures", "humidity")} <= found, found
    assert {("diglog", "uses", "radar"), ("diglog", "uses", "sonar")} <= found, found
    assert not any(s == "rootspade" for s, _r, _o in found), found  # a clause, no names


def test_an_answer_whose_subject_is_it_speaks_of_what_the_question_asks_of(tmp_path: Path) -> None:
    """ "Q: What does a den radar use?" / "A: It uses a sound sensor to map tunnels.": the radar uses it; "It" in an
    answer to any other question stays unresolved."""
    found = lowered(build(tmp_path, """\
        # Cards

        Q: What does a den radar use?
        A: It uses a sound sensor to map tunnels.

        Q: Why do moles dig at night?
        A: It uses less energy.
        """))
    assert ("den radar", "uses", "sound sensor") in found, found
    assert not any(o == "energy" for _s, _r, o in found), found


def test_a_card_that_asks_what_a_thing_solves_why_use_it_or_its_drawbacks_states_so(tmp_path: Path) -> None:
    """ "What problem does den sealing solve?" / "Flooding." (what it is for, as "Why use moss lining?" asks too);
    "What is the main drawback of moss dens?" / "Rot in wet winters." (what they suffer from), "What are two
    limitations of clay dens?" / "Cold walls and slow digging."; none of the questions is a term of its own."""
    graph = build(tmp_path, """\
        # Cards

        Q: What problem does den sealing solve?
        A: Flooding.

        Q: Why use moss lining?
        A: Warmth and softness.

        Q: What is the main drawback of moss dens?
        A: Rot in wet winters.

        Q: What are two limitations of clay dens?
        A: Cold walls and slow digging.
        """)
    found = lowered(graph)
    assert {("den sealing", "usedFor", "flooding"), ("moss lining", "usedFor", "warmth"), ("moss lining", "usedFor", "softness"),
            ("moss den", "suffersFrom", "rot"), ("clay den", "suffersFrom", "cold wall"), ("clay den", "suffersFrom", "slow digging")} <= found, found
    assert_no_concept(graph, "main drawback of moss dens", "main drawback of moss den", "problem")


def test_a_heading_that_asks_is_answered_by_the_paragraph_under_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows study notes

        ## What is root bracing?

        A tunnel support method that uses living roots to hold the roof.

        ## What are the main types of burrows?

        Simple burrows and complex burrows.

        ## Why do wombats share dens?

        Sharing keeps them warm in winter.
        """))
    assert ("root bracing", "isA", "tunnel support method") in found, found
    assert {("simple burrow", "isA", "burrow"), ("complex burrow", "isA", "burrow")} <= found, found
    assert not any(s == "tunnel support method" for s, _r, _o in found), found  # the answer's subject is what is asked about


def test_a_study_guide_s_question_and_its_answer_below_it_are_a_card(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Study guide

        1. Name three burrow metrics.
           Den depth, moss dampness, and tunnel length.

        2. What is a sett?
           A sett is a badger burrow with many entrances.

        What I learned today.
        Wombats dig at night.
        """)
    found = lowered(graph)
    assert {("den depth", "isA", "burrow metric"), ("moss dampness", "isA", "burrow metric"),
            ("tunnel length", "isA", "burrow metric"), ("sett", "isA", "badger burrow")} <= found, found
    assert graph.label(graph.resolve("den depth")) == "den depth"  # the answer's capital was for its place only


def test_a_list_under_a_heading_that_asks_answers_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Review

        ### What are the main digging methods?
        - root bracing
        - clay lining
        - moss packing

        ### Which tools measure den depth?
        - DenScope
        - RootCam

        ### What is root bracing?
        - a tunnel support method
        - uses clay walls

        ### What’s happening?
        - The regular den stays cold.
        - Kestrels nest in it.
        """)
    found = lowered(graph)
    assert {("denscope", "isA", "tool"), ("rootcam", "isA", "tool"), ("root bracing", "isA", "tunnel support method"),
            ("root bracing", "uses", "clay wall")} <= found, found
    linked = {o for s, _r, o in found if s == "digging method"} | {s for s, _r, o in found if o == "digging method"}
    assert linked >= {"root bracing", "clay lining", "moss packing"}, found  # each one of them, however the relation is read
    assert_no_concept(graph, "happening", "main digging method")


def test_a_bold_question_that_asks_to_name_some_is_answered_on_the_lines_below(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Cards\n\n**Q: Name two zorp models.**\nKestrel and Quokka.\n\n**Q: What is a den?**\n\nA burrow.\n"))
    assert {("kestrel", "isA", "zorp model"), ("quokka", "isA", "zorp model"), ("den", "isA", "burrow")} <= found, found


def test_a_card_that_asks_for_the_counted_things_numbered_on_one_line_states_each_one(tmp_path: Path) -> None:
    """ "Q: What are the three sealing methods?" / "A: 1) clay packing 2) moss lining 3) scent marking": each a sealing
    method, as "Name three sealing methods." gives; an enumeration on one line ("1) A 2) B", "1. A 2. B") is a list, and a
    label of parts before it ("two den parts") names the whole they are parts of."""
    found = lowered(build(tmp_path, """\
        # Cards

        Q: What are the three sealing methods?
        A: 1) clay packing 2) moss lining 3) scent marking

        Q: What are the three digging styles?
        A: 1. side digging 2. deep digging 3. surface digging

        Q: Name two den parts.
        A: (1) entry tunnel, (2) nest chamber
        """))
    sealing = {(s, o) for s, r, o in found if r == "isA" and o in ("sealing method", "sealing")}  # a method of a doing is the doing
    assert {"clay packing", "moss lining", "scent marking"} <= {s for s, _o in sealing}, found
    assert {("side digging", "isA", "digging style"), ("surface digging", "isA", "digging style"),
            ("den", "contains", "entry tunnel"), ("den", "contains", "nest chamber")} <= found, found
    assert not any(s == "sealing method" and r == "includes" for s, r, _o in found), found


def test_a_compare_line_sets_two_things_against_each_other_whatever_follows_the_dash(tmp_path: Path) -> None:
    """ "Compare: clay packing vs moss lining — clay lasts, moss is cheap" (a card's label, then two sides and a remark
    after a dash): the two sides contrast; "Compare:" names nothing."""
    graph = build(tmp_path, "# Cards\n\nCompare: clay packing vs moss lining — clay lasts, moss is cheap.\n\n"
                            "- wet dens vs dry dens - wet is warm\n")
    found = lowered(graph)
    assert {("clay packing", "contrastsWith", "moss lining"), ("wet den", "contrastsWith", "dry den")} <= found, found
    assert_no_concept(graph, "compare")


def test_a_topic_set_off_before_a_question_for_its_kinds_is_what_the_answer_s_list_sorts(tmp_path: Path) -> None:
    """ "**Q: Den repair - what kinds?**" / "A: two types:" / items: kinds of den repair, not of the page's title."""
    found = lowered(build(tmp_path, "# ch 2 pt 3 — den upkeep\n\n**Q: Den repair - what kinds?**\nA: two types:\n"
                                    "- Clay patching: press wet clay on the walls.\n- Moss stuffing: push moss in the cracks.\n"))
    assert {("clay patching", "isA", "den repair"), ("moss stuffing", "isA", "den repair")} <= found, found
    assert not any(o == "den upkeep" for _s, _r, o in found), found
