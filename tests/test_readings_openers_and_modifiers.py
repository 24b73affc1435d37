"""Words that join a sentence to the one before, prefixed names that only say which, and other forms read from
held-out notes of round forty-seven.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts, names


def test_a_word_that_joins_a_sentence_to_the_one_before_opens_no_name(tmp_path: Path) -> None:
    """ "So wet soil is mostly a drainage problem", "And moss sealing is a kind of den repair": "so", "and", "thus"
    join the sentence to the one before; the subject is what follows (it had made a concept "so wet soil").
    "So-called" and "so far" keep their reading."""
    graph = build(tmp_path, "# Dens\n\nThe water table rises in spring. So wet soil is mostly a drainage problem. "
                            "Thus moss sealing is a kind of den repair. But clay packing is a kind of den repair too.\n\n"
                            "So-called moss dens are a kind of den.\n")
    found = facts(graph)
    assert {("wet soil", "isA", "drainage problem"), ("moss sealing", "isA", "den repair"), ("clay packing", "isA", "den repair")} <= found, found
    assert not any(n.lower().startswith(("so ", "thus ", "but ")) for n in names(graph)), names(graph)


def test_what_an_opening_contrasts_ends_before_its_clause(tmp_path: Path) -> None:
    """ "Unlike foxholes that hold one fox, setts ...": the clause after "that" says what foxholes do; the sett is set
    against foxholes (nothing had been read: the clause was taken for part of the name). After "And" the opening
    is read as at the sentence's start."""
    found = facts(build(tmp_path, "# Dens\n\nA sett is a den. Unlike foxholes that hold one fox in a single room, setts give paths between rooms. "
                                  "And unlike burrows which flood, moss dens stay dry.\n"))
    assert {("sett", "contrastsWith", "foxhole"), ("moss den", "contrastsWith", "burrow")} <= found, found


def test_a_name_under_a_prefix_alone_says_which_and_names_nothing(tmp_path: Path) -> None:
    """ "pre-LLM", "multi-GPU", "non-English": a prefix before a name makes a word that says which, of a noun left
    unsaid; alone it is no concept ("- multi-GPU: A, B" had made A a "multi-GPU", "old field, pre-LLM" a concept
    "pre-LLM"). With its noun it names one ("multi-GPU digging"), and "pre-digging" or "cross-encoder" stay names."""
    graph = build(tmp_path, "# Den tools\n\n- **Den Survey:** old study, pre-GPS. Its measures were depth and width.\n"
                            "- multi-GPU: BurrowKit, SettFlow\n\nMulti-GPU digging is a kind of parallel digging. "
                            "Pre-digging is a stage of den building. A cross-encoder is a kind of den scorer.\n")
    found = facts(graph)
    assert {("Multi-GPU digging", "isA", "parallel digging"), ("cross-encoder", "isA", "den scorer")} <= found, found
    assert not {"pre-GPS", "multi-GPU"} & names(graph), names(graph)
    assert "Pre-digging" in names(graph) or "pre-digging" in names(graph), names(graph)
    assert not any(o == "multi-GPU" for _s, _r, o in found), found


def test_a_figure_or_an_amount_as_subject_is_no_one_the_entry_names(tmp_path: Path) -> None:
    """ "- **den depth**: how deep the den goes. ~10% is a common default": the figure is the subject, of no concept,
    and what it is said to be is no kind of the entry (it had made `den depth isA default`). A subject the tagger
    cannot read ("LLM-based dens") is the entry's still."""
    found = facts(build(tmp_path, "# Dens\n\n- **den depth**: how deep the den goes. ~10% is a common default.\n"
                                  "- **den width**: how wide the den is. Half is a usual pick.\n"
                                  "- **moss lining**: a lining of moss. Used in wet dens, it is a kind of den lining.\n"))
    assert ("moss lining", "isA", "den lining") in found, found
    assert not any(s in ("den depth", "den width") and r == "isA" for s, r, _o in found), found


def test_a_word_that_says_how_much_of_a_judging_word_goes_with_it(tmp_path: Path) -> None:
    """ "a super common lining", "a pretty popular lining": "super" and "pretty" say how much of a word that judges,
    and go with it: `moss isA lining` (it had made a concept "super common lining"). "Super resolution" keeps its
    words: "resolution" judges nothing."""
    found = facts(build(tmp_path, "# Dens\n\nA moss bed is a super common lining. A clay bed is a pretty popular lining. "
                                  "Super resolution is a kind of den imaging.\n"))
    assert {("moss bed", "isA", "lining"), ("clay bed", "isA", "lining"), ("super resolution", "isA", "den imaging")} <= found, found


def test_a_win_is_a_remark_of_what_is_read(tmp_path: Path) -> None:
    """ "big win = warmth: ...", "- quick wins: moss, clay": a win is a remark of what the note is on, as a benefit is,
    and no concept (it had made `big win isA warmth`)."""
    graph = build(tmp_path, "# Den lining\n\n- big win = warmth: a den that already holds moss needs little heat\n"
                            "- quick wins: moss beds, clay walls\n")
    assert not {"big win", "quick win", "win"} & {n.lower() for n in names(graph)}, names(graph)
    assert not any(s == "big win" or o in ("big win", "quick win") for s, _r, o in facts(graph)), facts(graph)


def test_like_after_a_count_of_more_than_it_names_compares(tmp_path: Path) -> None:
    """ "8 root bits like SETT32": eight bits, one name: the bits are as many as SETT32 has, no kind of which SETT32 is
    one (it had made `SETT32 isA root bit`). "3 den tools like DigPro, MoleKit and SettRake" names as many as it
    counts: examples still."""
    found = facts(build(tmp_path, "# Dens\n\n- HB16: 8 root bits like SETT32, so same reach\n"
                                  "- we tried 3 den tools like DigPro, MoleKit and SettRake.\n"))
    assert {("DigPro", "isA", "den tool"), ("SettRake", "isA", "den tool")} <= found, found
    assert not any(s == "SETT32" and r == "isA" for s, r, _o in found), found


def test_a_noun_then_a_clause_of_someone_and_a_verb_names_nothing(tmp_path: Path) -> None:
    """ "a den someone else dug", "the term den devs use", "a den everyone uses": a noun, then a clause whose subject is
    anyone at all or people in the plural, without "that"; no concept (they had made "den everyone use"). "Tool
    use" and "den user need" keep their reading as names."""
    graph = build(tmp_path, "# Dens\n\nA sett is a den someone else dug. A burrow is a den everyone uses. "
                            "A holt is a den users need. A moss lining is a kind of den user need. A den log is a kind of internal people search.\n")
    assert not {"den someone else dug", "den everyone use", "den users need"} & names(graph), names(graph)
    assert {("moss lining", "isA", "den user need"), ("den log", "isA", "internal people search")} <= facts(graph), facts(graph)


def test_so_much_or_a_lot_after_a_noun_says_how_much_and_names_nothing(tmp_path: Path) -> None:
    """ "students used MossGPT so much", "badgers use clay a lot": how much, no part of the name (it had made a concept
    "MossGPT so much")."""
    graph = build(tmp_path, "# Dens\n\nStudents use MossGPT so much. "
                            "A badger used ClayKit a lot.\n")
    assert not any(n.endswith(("so much", "a lot")) for n in names(graph)), names(graph)


def test_a_law_or_paradox_named_after_someone_keeps_the_name_in_any_case(tmp_path: Path) -> None:
    """ "**Simpson's Paradox:**", "**Badger's Theorem**": a paradox, law or theorem named after someone is one name,
    capitalised or not; no one made it (a capital "Paradox" had made `Paradox developedBy Simpson`). "Zorpco's
    MossNet" is made by Zorpco still."""
    graph = build(tmp_path, "# Dens\n\n- **Simpson's Paradox:** den A beats den B on every slope but loses overall.\n"
                            "- **Badger's Theorem:** a den with two exits never floods.\n- Zorpco's MossNet is a den model.\n")
    found = facts(graph)
    assert {"simpson's paradox", "badger's theorem"} <= names(graph), names(graph)
    assert ("MossNet", "developedBy", "Zorpco") in found, found
    assert not any(r == "developedBy" and o in ("Simpson", "Badger") for _s, r, o in found), found


def test_a_column_of_what_implements_or_uses_a_row_says_so(tmp_path: Path) -> None:
    """ "| Implemented in |", "| Who uses it |": the tools, systems or people in the cell use the row's technique
    (the column had given nothing); a column headed by words that say no relation ("| Notes |") relates nothing."""
    found = facts(build(tmp_path, "# Dens\n\n| Technique | What it does | Implemented in |\n|---|---|---|\n"
                                  "| moss sealing | seals walls | DigPro, MossKit |\n| clay packing | packs floors | SettRake |\n\n"
                                  "| Technique | Who uses it | Notes |\n|---|---|---|\n| root cutting | BadgerCo | MoleKit is slower |\n"))
    assert {("moss sealing", "usedBy", "DigPro"), ("moss sealing", "usedBy", "MossKit"), ("clay packing", "usedBy", "SettRake"),
            ("root cutting", "usedBy", "BadgerCo")} <= found, found
    assert not any(o == "MoleKit" or s == "MoleKit" for s, _r, o in found), found


def test_what_a_benchmark_is_defined_as_is_what_it_tests(tmp_path: Path) -> None:
    """ "- ClayBench: clay wall strength that needs soil reasoning", of a benchmark (a list of benchmarks, or a
    leaderboard that includes it, says so): the skill it tests, no kind it is (it had made `ClayBench isA clay wall
    strength`); "a dataset of root maps" is a kind of test still, and a tool's definition is its kind."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den Board (v1):** average of 3 benchmarks:\n"
                                  "  - ClayBench: clay wall strength that needs soil reasoning\n  - RootSet: a dataset of root maps\n\n"
                                  "The Moss Leaderboard includes HoltQA and SettEval.\n\n- **HoltQA:** holt depth estimation that needs maps\n"
                                  "- **SettEval:** a test of sett layout recall\n- **MossKit:** a den sealing tool\n"))
    assert {("ClayBench", "evaluates", "clay wall strength"), ("RootSet", "isA", "dataset of root maps"),
            ("HoltQA", "evaluates", "holt depth estimation"), ("SettEval", "isA", "test of sett layout recall"),
            ("MossKit", "isA", "den sealing tool")} <= found, found
    assert not {("ClayBench", "isA", "clay wall strength"), ("HoltQA", "isA", "holt depth estimation")} & found, found


def test_a_total_alone_is_the_sum_of_something_named_elsewhere(tmp_path: Path) -> None:
    """ "total = roots + moss layers + clay walls" under "## den memory": "total" stands for a sum of something the
    notes name elsewhere, no concept (it had made `total contains root`). "den cost = moss + clay" and "sum of squares"
    stay."""
    graph = build(tmp_path, "# Dens\n\n## den memory\ntotal = roots + moss layers + clay walls\n\n- den cost = moss + clay + labour\n"
                            "- The sum of squares is a den score.\n")
    found = facts(graph)
    assert {("den cost", "contains", "moss"), ("sum of squares", "isA", "den score")} <= found, found
    assert "total" not in names(graph), names(graph)


def test_a_heading_of_two_kinds_split_by_a_slash_names_neither_alone(tmp_path: Path) -> None:
    """ "### Benchmarks / leaderboards", "### Sett / holt tools" over links: each link is one of two kinds, the heading
    does not say which, and "benchmarks / leaderboard" is no concept (it had made `MossQA relatedTo benchmarks /
    leaderboard` and `BurrowChain isA sett / holt tool`); a heading of one kind still makes each link one."""
    graph = build(tmp_path, "# Dens\n\n### Benchmarks / leaderboards\n\n- [MossQA](https://example.org/e)\n\n"
                            "### Sett / holt tools\n\n- [BurrowChain](https://example.org/f)\n\n### Den tools\n\n- [SettKit](https://example.org/g)\n")
    found = facts(graph)
    assert ("SettKit", "isA", "den tool") in found, found
    assert not any(" / " in o for _s, _r, o in found), found
    assert not {"benchmarks / leaderboard", "sett / holt tool"} & names(graph), names(graph)


def test_a_line_that_records_one_work_lists_no_kinds_of_it(tmp_path: Path) -> None:
    """ "book = *Den Engineering*, Bo Brock, Zorp Press 2025", "- paper: Moss Sealing, Kim et al. 2021": one work's title,
    author and publisher; the title names the book, the rest no book nor a part of one (it had made `Bo Brock isA
    book`, and in a sentence `book includes Bo Brock`). "den kit = spade, rake, sieve" lists what the kit holds still."""
    graph = build(tmp_path, "# Dens\n\nbook = *Den Engineering*, Bo Brock, Zorp Press 2025\n\n"
                            "- paper: Moss Sealing, Kim et al. 2021\n- den kit = spade, rake, sieve\n")
    found = facts(graph)
    assert {("den kit", "includes", "spade"), ("Den Engineering", "isA", "book")} <= found, found
    assert not any(o in ("book", "paper") and s != "Den Engineering" or s in ("book", "paper") for s, _r, o in found), found


def test_a_list_one_of_whose_items_opens_a_clause_is_no_list(tmp_path: Path) -> None:
    """ "- **MossGPT:** OS-inspired den hierarchy, the badger moves moss between rooms and outer storage itself.": after
    the kind, a clause ("the badger moves ..."), whose "and" lists nothing of the term (it had made `MossGPT includes
    outer storage`); "den depth = a spread -> look at p50/p90, not the avg" sets no list equal to the term, an arrow in
    it (it had made `den depth includes spread`). A list of names but one that narrows its noun stays a list."""
    found = facts(build(tmp_path, "# Dens\n\n- **MossGPT:** (Kim et al. 2023) OS-inspired den hierarchy, the badger moves moss "
                                  "between main rooms and outer storage itself.\n- den depth = a spread -> look at p50/p90, not the avg\n"
                                  "- **Den failures:** invalid tool, valid tool w/ invalid roots, wrong depth, goal failure\n"))
    assert {("invalid tool", "isA", "den failure"), ("goal failure", "isA", "den failure")} <= found, found
    assert not any(r == "includes" and s in ("MossGPT", "den depth") for s, r, _o in found), found


def test_an_agent_or_system_from_a_named_maker_was_made_by_it(tmp_path: Path) -> None:
    """ "- **MossAgent:** den agent from Princeton (Kim et al. 2024)", "den chip from Zorp Labs": a made thing of no
    class of the vocabulary (an agent, a system, a chip, a leaderboard) from a name was made there (nothing had been
    read of the maker); data "from" a name came from there and was made by no one."""
    found = facts(build(tmp_path, "# Dens\n\n- **MossAgent:** den agent from Princeton (Kim et al. 2024), built on MossNet.\n"
                                  "- **ClayChip:** den chip from Zorp Labs.\n- **SettSet:** den data from Zorp Labs.\n"))
    assert {("MossAgent", "developedBy", "Princeton"), ("MossAgent", "isA", "den agent"), ("ClayChip", "developedBy", "Zorp Labs")} <= found, found
    assert ("SettSet", "developedBy", "Zorp Labs") not in found, found


def test_a_definition_that_ends_on_what_the_thing_is_built_on_says_it_uses_it(tmp_path: Path) -> None:
    """ "- **MossAgent:** den agent from Princeton (Kim et al. 2024), built on MossNet.": after the kind and its maker,
    ", built on" a name says what the thing uses (nothing had been read of it); a name is needed: ", built on
    experience" says nothing."""
    found = facts(build(tmp_path, "# Dens\n\n- **MossAgent:** den agent from Princeton (Kim et al. 2024), built on MossNet.\n"
                                  "- **ClayAgent:** den agent from Zorp Labs, built on experience.\n"))
    assert {("MossAgent", "isA", "den agent"), ("MossAgent", "uses", "MossNet")} <= found, found
    assert not any(s == "ClayAgent" and r == "uses" for s, r, _o in found), found


def test_a_cell_of_notes_that_opens_on_a_makers_possessive_names_the_maker(tmp_path: Path) -> None:
    """ "| TF19 | 19 | NVIDIA's, for tensor cores |", "| HB16 | 16 | Zorp Brain's "den float", 8 root bits, same reach |": a
    cell of notes that opens on a name's possessive, with nothing owned after it but a nickname, says who made the row
    (nothing had been read, and a cell read as prose had never been looked at for its maker); an adverb ("Mostly,
    ...") is no maker."""
    found = facts(build(tmp_path, "# Formats\n\n| format | bits | notes |\n|---|---|---|\n"
                                  "| HB16 | 16 | Zorp Brain's \"den float\", 8 root bits, same reach |\n| TF19 | 19 | NVIDIA's, for tensor cores (A100) |\n"
                                  "| HB4 | 4 | Mostly, for tiny dens in wet soil |\n"))
    assert {("HB16", "developedBy", "Zorp Brain"), ("TF19", "developedBy", "NVIDIA")} <= found, found
    assert not any(s == "HB4" and r == "developedBy" for s, r, _o in found), found


def test_a_heading_of_a_topic_then_a_plural_in_parentheses_names_the_kind_of_its_items(tmp_path: Path) -> None:
    """ "## Hardware (den diggers)" / "- MossPick": a topic in one word, then in parentheses what its items are: MossPick
    is a den digger (nothing had been read: "hardware" names no kind of thing); "## Tools (den diggers)" names tools
    as before, and "## Evaluation (my notes)" no kind."""
    found = facts(build(tmp_path, "# Dens\n\n## Hardware (den diggers)\n- MossPick\n- SettRake\n\n## Tools (den diggers)\n- ClayPick\n\n"
                                  "## Evaluation (my notes)\n- ClayRank\n"))
    assert {("MossPick", "isA", "den digger"), ("SettRake", "isA", "den digger"), ("ClayPick", "isA", "tool")} <= found, found
    assert not any(s == "ClayRank" for s, _r, _o in found), found


def test_a_list_that_maps_names_to_makers_with_arrows_says_who_made_each(tmp_path: Path) -> None:
    """ "- SettRake -> Zorpco", "- MossPick + ClayPick -> Acme Labs": two items or more of one list, each names and one
    organisation alone after an arrow, say who made each, as "SettRake (Zorpco)" does (nothing had been read); an item
    alone ("- DenNet -> Zorpco" under another heading) may say what a thing leads to, and is left as it is, as are
    arrows between words ("query -> answer")."""
    found = facts(build(tmp_path, "# Dens\n\n## Hardware (den diggers)\n- SettRake -> Zorpco\n- MossPick + ClayPick -> Acme Labs\n"
                                  "- HoltDrill: a drill for holts\n\n## Flow\n- DenNet -> Zorpco\n- query -> answer\n"))
    assert {("SettRake", "developedBy", "Zorpco"), ("MossPick", "developedBy", "Acme Labs"), ("ClayPick", "developedBy", "Acme Labs"),
            ("MossPick", "isA", "den digger")} <= found, found
    assert not any(s in ("DenNet", "query") for s, _r, _o in found), found


def test_kinds_or_levels_of_a_thing_listed_as_adjectives_name_its_kinds(tmp_path: Path) -> None:
    """ "- 2 types of repair: wet, dry", "- 3 levels of repair: wall-level, root-level": adjectives alone after a label of
    kinds (or levels) of a thing say which of it: `wet repair isA repair`, `wall-level repair isA repair` (nothing had
    been read); adjectives after a label of traits ("den traits: wet, dry") still name nothing."""
    graph = build(tmp_path, "# Dens\n\n- 2 types of repair: wet, dry\n- 3 levels of repair: wall-level, root-level\n- den traits: wet, dry\n")
    found = facts(graph)
    assert {("wet repair", "isA", "repair"), ("dry repair", "isA", "repair"), ("wall-level repair", "isA", "repair"),
            ("root-level repair", "isA", "repair")} <= found, found
    assert not {"wet", "dry", "wet den trait"} & names(graph), names(graph)


def test_what_a_thing_is_good_great_or_best_for_is_what_it_is_used_for(tmp_path: Path) -> None:
    """ "- batch den good for: moss drying, clay storage", "**MossPad** - great for wet dens", "MossNet is best for wet
    dens": what a thing is good (great, best, ideal) for, in terse notes without a verb too, is its use (nothing had been
    read but after "is good for"); "not good for" says nothing; after a label of remarks ("Pros: Good for ..."), of the
    item above; whom a thing suits ("Great for beginners") is no use of it."""
    found = facts(build(tmp_path, "# Dens\n\n- batch den good for: moss drying, clay storage\n- **MossPad** - great for wet dens, cold setts\n"
                                  "- MossNet is best for wet dens.\n- Clay is not good for wet dens.\n\n- **Sett digging**\n"
                                  "    - Pros: Good for large dens, as it updates the map often.\n- [Den School](https://example.org/s): Great for beginners.\n"))
    assert {("batch den", "usedFor", "moss drying"), ("batch den", "usedFor", "clay storage"), ("MossPad", "usedFor", "wet den"),
            ("MossNet", "usedFor", "wet den"), ("sett digging", "usedFor", "large den")} <= found, found
    assert not any(s.lower() in ("clay", "pros") or o == "beginner" for s, _r, o in found), found


def test_a_quantifier_after_a_noun_opens_a_clause_of_its_own(tmp_path: Path) -> None:
    """ "the den layout most badger families prefer", "tunnels many badger clans dig": "most", "many", "all" after a noun
    open a clause without "that", which says which; the noun is the object (nothing had been read: the clause was
    taken for part of the name)."""
    found = facts(build(tmp_path, "# Dens\n\nMossNet uses the den layout most badger families prefer. "
                                  "A sett is a den layout many badger clans like.\n"))
    assert {("MossNet", "uses", "den layout"), ("sett", "isA", "den layout")} <= found, found


def test_names_then_a_dash_and_what_they_are_for_are_used_for_it(tmp_path: Path) -> None:
    """ "- MossKit — for wet dens", "- ClayKit, SettKit — for dry dens (ch 2)": a term, or names a comma lists, then a dash
    and "for" what: each is used for it, as "for dry dens: ClayKit, SettKit" says (nothing had been read); "for example,
    a rake" gives no use."""
    found = facts(build(tmp_path, "# Dens\n\n- MossKit — for wet dens\n- ClayKit, SettKit — for dry dens (ch 2)\n- **HoltKit**: for example, a rake\n"))
    assert {("MossKit", "usedFor", "wet den"), ("ClayKit", "usedFor", "dry den"), ("SettKit", "usedFor", "dry den")} <= found, found
    assert not any(s == "HoltKit" and r == "usedFor" for s, r, _o in found), found


def test_a_label_of_examples_judged_or_said_by_someone_gives_examples(tmp_path: Path) -> None:
    """ "Best known example = SettOne", "Classic example: ClayHome", "The best known example is HoltOne", "Examples she
    names: HoltA, HoltB": words that judge the example, or say who names it, leave a label of examples of the entry
    (nothing had been read, and "she names" had made `HoltA isA name`); an example with its citation ("(Kim et al.,
    2018)") is an example still."""
    found = facts(build(tmp_path, "# Dens\n\n- **twin den**: a den with two exits. Best known example = SettOne.\n"
                                  "- **moss den**: a den lined with moss. Classic example: ClayHome (Kim et al., 2018).\n"
                                  "- **clay den**: a den of clay. Examples she names: HoltA, HoltB.\n"
                                  "- **root den**: a den under roots. The best known example is HoltOne.\n"))
    assert {("SettOne", "isA", "twin den"), ("ClayHome", "isA", "moss den"), ("HoltA", "isA", "clay den"),
            ("HoltB", "isA", "clay den"), ("HoltOne", "isA", "root den"), ("ClayHome", "developedBy", "Kim et al.")} <= found, found
    assert not any(o == "name" for _s, _r, o in found), found


def test_what_follows_a_sentence_that_names_a_term_last_speaks_of_the_term(tmp_path: Path) -> None:
    """ "LDMs are dens only. ... a big one is also called a **large multi den**. Examples she names: HoltA, HoltB.": after a
    sentence that ends on a term it names in bold, what follows without a subject speaks of that term (the examples had
    gone to what the paragraph opened on, `HoltA exampleOf LDM`)."""
    found = facts(build(tmp_path, "# Dens\n\nLDMs are dens only. A den that holds more than one kind of moss is a **multi den**, and a big one "
                                  "is also called a **large multi den**. Examples she names: HoltA, HoltB.\n\n"
                                  "A den whose walls hold moss is a **moss den**. Used for wet soil.\n"))
    assert {("HoltA", "isA", "large multi den"), ("HoltB", "isA", "large multi den"), ("moss den", "usedFor", "wet soil")} <= found, found
    assert not any(o in ("LDM", "den") and r in ("exampleOf", "usedFor") for _s, r, o in found), found


def test_some_of_everyone_or_a_time_names_no_concept(tmp_path: Path) -> None:
    """ "Nowadays lots of teams just use an off-the-shelf rake": some of everyone, no concept "team" (it had made `team
    uses off-the-shelf rake`); "nowadays", "currently", "recently" say when, no part of a subject; "- LLM era: ..." labels
    a time, no concept (it had made `LLM era trainedOn moss map`)."""
    graph = build(tmp_path, "# Dens\n\n- Nowadays lots of teams just use an off-the-shelf rake. A lot of folks dig setts. "
                            "Nowadays MossNet uses clay.\n- LLM era: SettOne (Zorpco) = DenNet 7B trained on moss maps\n")
    found = facts(graph)
    assert {("MossNet", "uses", "clay"), ("SettOne", "developedBy", "Zorpco")} <= found, found
    assert not {"team", "folk", "LLM era"} & names(graph), names(graph)


def test_someones_version_or_example_as_a_label_is_no_term(tmp_path: Path) -> None:
    """ "  - Zorpco's version: use MossNet to write a short map" under an entry: someone's version (example, approach) of
    the entry names no concept of its own; what it does is said of the entry (it had made `version uses MossNet`).
    "**Zorpco's MossNet:**" names MossNet, made by Zorpco."""
    graph = build(tmp_path, "# Dens\n\n- **Contextual digging:** add context to each tunnel.\n"
                            "  - Zorpco's version: use MossNet to write a short map (50 tokens), prepend it to the tunnel.\n"
                            "- **Zorpco's ClayNet:** a den model.\n")
    found = facts(graph)
    assert {("contextual digging", "uses", "MossNet"), ("ClayNet", "developedBy", "Zorpco"), ("ClayNet", "isA", "den model")} <= found, found
    assert "version" not in names(graph), names(graph)


def test_a_list_of_makers_named_by_what_they_make_lists_the_makers(tmp_path: Path) -> None:
    """ "**Den API providers:** Zorpco's MossNet family, Acme's ClayNet": providers, each named by what it makes; the
    providers are Zorpco and Acme (it had made `MossNet isA den API provider`); a list of tools named so lists tools."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den API Providers:** Zorpco's MossNet family, Acme's ClayNet.\n"
                                  "- **Den tools:** Zorpco's DigPro, Acme's RakePro.\n"))
    assert {("Zorpco", "isA", "den API provider"), ("Acme", "isA", "den API provider"), ("MossNet", "developedBy", "Zorpco"),
            ("DigPro", "isA", "den tool"), ("DigPro", "developedBy", "Zorpco")} <= found, found
    assert ("MossNet", "isA", "den API provider") not in found, found


def test_names_after_usually_at_a_definitions_end_are_its_kinds(tmp_path: Path) -> None:
    """ "- **preference tuning**: aligns dens w/ badger taste, usually MossHF, or DPO, or RLAIF": names after "usually" (or
    "typically") at a definition's end are the ones of its kind it names, as after a semicolon (only a link to the first
    had been read, as related); "a model, usually a transformer" names no list."""
    found = facts(build(tmp_path, "# Dens\n\n- **preference tuning**: aligns dens w/ badger taste, usually [[MossHF]], or DPO, or RLAIF\n"
                                  "- **den model**: a model, usually a transformer\n"))
    assert {("MossHF", "isA", "preference tuning"), ("DPO", "isA", "preference tuning"), ("RLAIF", "isA", "preference tuning")} <= found, found
    assert not any(o == "den model" and r == "isA" for _s, r, o in found), found


def test_an_acronym_then_a_participle_names_the_kind(tmp_path: Path) -> None:
    """ "- **MossNet** (Kim & Lee 2023): DNM scaled to 3B roots, beats setts": a kind by its acronym, then a participle that
    says which one, is what the term is (nothing had been read: "DNM scaled" had been taken for a subject and its verb)."""
    found = facts(build(tmp_path, "# Dens\n\n- **MossNet** (Kim & Lee 2023): DNM scaled to 3B roots, beats setts of the same size.\n"
                                  "- **ClayNet**: LLM finetuned on den maps.\n"))
    assert {("MossNet", "isA", "DNM"), ("ClayNet", "isA", "LLM"), ("ClayNet", "trainedOn", "den map")} <= found, found


def test_someones_score_on_a_named_thing_is_no_work_of_theirs(tmp_path: Path) -> None:
    """ "to report Badger Ultra's DenQA score": a figure Badger Ultra got on DenQA, which it did not make (it had made
    `DenQA developedBy Badger Ultra`); "Zorpco's MossNet model" is Zorpco's work."""
    found = facts(build(tmp_path, "# Dens\n\nZorpco used a trick called MossAt32 to report Badger Ultra's DenQA score. "
                                  "Zorpco's MossNet model is a den model.\n"))
    assert ("MossNet", "developedBy", "Zorpco") in found, found
    assert not any(s == "DenQA" and r == "developedBy" for s, r, _o in found), found


def test_a_made_things_possessive_names_a_part_it_uses(tmp_path: Path) -> None:
    """ "DenLang's RadixMoss", where DenLang is an inference engine: a part the engine uses, no work of a maker (it had
    made `RadixMoss developedBy DenLang`); "Zorpco's MossNet" stays Zorpco's work."""
    found = facts(build(tmp_path, "# Dens\n\nDenLang is an inference engine for dens. DenLang's RadixMoss reuses moss. "
                                  "Zorpco's MossNet is a den model.\n"))
    assert {("DenLang", "uses", "RadixMoss"), ("MossNet", "developedBy", "Zorpco")} <= found, found
    assert ("RadixMoss", "developedBy", "DenLang") not in found, found


def test_a_verb_form_right_before_the_clauses_verb_is_a_noun(tmp_path: Path) -> None:
    """ "Tool use is a kind of den skill": "use" right before "is" is no verb, two verbs never stand side by side; the
    subject is "tool use" (it had made `Tool isA den skill`). "Badgers use clay" keeps its verb."""
    found = facts(build(tmp_path, "# Dens\n\nTool use is a kind of den skill. Badgers use clay.\n"))
    assert {("badger", "uses", "clay")} <= found, found
    assert any(s.lower() == "tool use" and r == "isA" and o == "den skill" for s, r, o in found), found
    assert not any(s == "Tool" for s, _r, _o in found), found


def test_a_version_only_adjectives_say_which_of_names_nothing(tmp_path: Path) -> None:
    """ "  - naive version = find all dens ...", "a quantized version of ClayNet": a version (variant, edition) that only
    adjectives say which of points at a thing named elsewhere, no concept (it had made "naive version"); "a LoRA variant"
    names one, LoRA, of which it is a variant. "Problems: too many dens" says the excess is the trouble, not the dens, and "some roots grow back" is a
    clause, no trouble named."""
    graph = build(tmp_path, "# Dens\n\n- **Term-based digging:** finds dens by smell.\n  - naive version = find all dens with the smell.\n"
                            "- **Moss sealing:** seals dens. Problems: mold, way too many dens, and some roots grow back.\n- SettNet is a LoRA variant.\n")
    found = facts(graph)
    assert {("moss sealing", "suffersFrom", "mold"), ("SettNet", "isA", "LoRA")} <= found, found
    assert "naive version" not in names(graph), names(graph)
    assert not {("moss sealing", "suffersFrom", "den"), ("moss sealing", "suffersFrom", "root")} & found, found


def test_how_many_times_says_how_often_and_measures_no_thing(tmp_path: Path) -> None:
    """ "- **Moss frequency (MF):** how many times a moss appears in a den": how often, no time measured (it had made
    `moss frequency measures time`); "how many badgers a den holds" measures badgers still."""
    found = facts(build(tmp_path, "# Dens\n\n- **Moss frequency (MF):** how many times a moss appears in a den.\n"
                                  "- **Den capacity:** how many badgers a den holds.\n"))
    assert ("den capacity", "measures", "badger") in found, found
    assert not any(s == "moss frequency" and r == "measures" for s, r, _o in found), found


def test_a_plural_kind_from_makers_is_the_kind_and_a_capital_for_its_place_goes(tmp_path: Path) -> None:
    """ "Den APIs from Zorpco, Acme etc are den services": those of a kind the makers offer; the kind is what the sentence
    is about, made by no one (it had made `Den APIs developedBy Zorpco`); "Vector DBs are ...": a common noun capitalised
    for its place before an abbreviation, in small letters (it had stayed "Vector DBs", another concept than "vector
    DB"; "DB" is now written out); "Stable Diffusion", a name, keeps its capitals."""
    graph = build(tmp_path, "# Dens\n\nDen APIs from Zorpco, Acme etc are den services you just pay for. Vector DBs are a kind of den store. "
                            "Stable Diffusion is a den painter.\n")
    found = facts(graph)
    assert {("den API", "isA", "den service"), ("vector database", "isA", "den store"), ("Stable Diffusion", "isA", "den painter")} <= found, found
    assert not any(r == "developedBy" for _s, r, _o in found), found
