"""Study guides' questions over lists, shorthand cues, and labels that say what an item is.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_incl_without_its_point_gives_examples_as_including_does(tmp_path: Path) -> None:
    """ "2. flooding, incl puddles and leaks" under "Kinds of den trouble:": flooding is one kind and what follows the
    cue are its examples, no kind named "incl puddle"; "incl." with its point reads the same in a sentence."""
    found = lowered(build(tmp_path, "# Dens\n\nKinds of den trouble:\n1. cave-ins\n2. flooding, incl puddles and leaks\n\n"
                                    "Dens suffer from pests, incl badgers and moles.\n"))
    assert {("cave-in", "isA", "den trouble"), ("flooding", "isA", "den trouble")} <= found, found
    assert not any(s.startswith("incl") or o.startswith("incl") for s, _r, o in found), found
    assert ("den", "suffersFrom", "pest") in found, found


def test_a_question_heading_for_the_limitations_of_a_thing_heads_its_troubles(tmp_path: Path) -> None:
    """ "### Q: What are the limitations of fox dens?" over items: fox dens suffer from each, as under "### Limitations
    of fox dens"; a question of what a thing is ("### Q: What is a fox den?") heads no troubles."""
    found = lowered(build(tmp_path, "# Dens\n\n### Q: What are the main limitations of fox dens?\n- **flooding** — water gets in\n"
                                    "- **cave-ins** — roofs fall\n\n### Q: What is a mole run?\n- a tunnel under grass\n"))
    assert {("fox den", "suffersFrom", "flooding"), ("fox den", "suffersFrom", "cave-in")} <= found, found
    assert not any(r == "suffersFrom" and s == "mole run" for s, r, _o in found), found


def test_names_in_parentheses_after_a_plural_are_members_of_it(tmp_path: Path) -> None:
    """ "den radios (Siri, Alexa, Google Assistant)": capitalised words the dictionary has as no noun are names, each one
    of the plural before them, after a participle's phrase or a dash too ("stored in den databases (Mossbase, ClayDB)",
    "— burrow radios (Zorbit, Kwazi)", "burrow" no verb there); capitalised
    common words are parts, not names ("den trajectories (Thought, Act, Observation)"), and names after an owner's
    plural say whose it is ("the badgers' own guides (Zorpco, DenCorp)")."""
    found = lowered(build(tmp_path, "# Dens\n\nThere are den radios (Siri, Alexa, Google Assistant).\n\n"
                                    "Dens are stored in den databases (Mossbase, ClayDB, RootStore).\n\n"
                                    "Den trajectories (Thought, Act, Observation) are long.\n\n"
                                    "It follows the badgers' own guides (Zorpco, DenCorp, Mossbase).\n\n"
                                    "- it hums behind a wall — burrow radios (Zorbit, Kwazi)\n"))
    assert {("siri", "isA", "den radio"), ("google assistant", "isA", "den radio"), ("mossbase", "isA", "den database"),
            ("rootstore", "isA", "den database"), ("zorbit", "isA", "burrow radio"), ("kwazi", "isA", "burrow radio")} <= found, found
    assert not any(o in ("den trajectory", "guide") for _s, _r, o in found), found


def test_a_condition_after_a_label_is_no_part_of_the_kind(tmp_path: Path) -> None:
    """ "- moss metrics if order matters: DenRank, MossMRR": the list is of moss metrics; "if order matters" says when,
    and "order matters" is no kind."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss metrics if order matters: DenRank, MossMRR\n"))
    assert {("denrank", "isA", "moss metric"), ("mossmrr", "isA", "moss metric")} <= found, found
    assert not any("matter" in o for _s, _r, o in found), found


def test_a_maker_after_an_items_name_is_read_as_its_aside(tmp_path: Path) -> None:
    """ "- RootNet by Zorpco - trained on root maps": Zorpco made RootNet, which is trained on root maps, as "- RootNet
    (Zorpco) - ..." says, after "e.g." too; no concept "RootNet by Zorpco". Words of the dictionary are no name ("- Digging by
    Hand - slow")."""
    found = lowered(build(tmp_path, "# Dens\n\nDen models:\n- RootNet by Zorpco - trained on root maps\n- MossFold 2 by DeepDen Labs: a moss model\n"
                                    "- Digging by Hand - slow\n\n- **Moss models:** models of moss\n  - e.g. Moxtral by Zorpco: 46B cells\n"))
    assert {("rootnet", "developedBy", "zorpco"), ("rootnet", "trainedOn", "root map"), ("mossfold 2", "developedBy", "deepden labs"),
            ("moxtral", "developedBy", "zorpco"), ("moxtral", "exampleOf", "moss model")} <= found, found
    assert not any(s.startswith("rootnet by") or o == "hand" for s, _r, o in found), found


def test_a_label_headed_by_a_class_word_is_of_that_class_not_a_kind_of_the_word(tmp_path: Path) -> None:
    """ "Dig-time metric" beside a defined "Metric": the head word names a class of the vocabulary, which the concept
    takes; an edge to the concept "metric" would say it again. A head that names no class ("bias") still makes
    "moss bias" one."""
    graph = build(tmp_path, "# Dens\n\n- **Metric**: a number that measures a den.\n- **Dig-time metric**: how long digging takes.\n"
                            "- **Bias**: a lean of the den.\n- **Moss bias**: a lean to moss.\n")
    found = lowered(graph)
    assert ("moss bias", "isA", "bias") in found, found
    assert ("dig-time metric", "isA", "metric") not in found, found
    assert graph.class_of(graph.resolve("dig-time metric")) == "Metric"


def test_an_example_item_of_one_name_alone_or_with_its_source_is_an_example_of_the_entry(tmp_path: Path) -> None:
    """ "- **Self-digging:** dig several holes" / "  - e.g. SelfDig (Kim et al., 2023)", "  - e.g. MossDig": each name is an
    example of the entry, as "  - e.g. SelfDig: ..." was; a doing after "e.g." ("digging twice and comparing") names none."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Self-digging:** dig several holes; compare them\n  - e.g. SelfDig (Kim et al., 2023)\n"
                                    "  - e.g. MossDig\n  - e.g. digging twice and comparing\n"))
    assert {("selfdig", "exampleOf", "self-digging"), ("mossdig", "exampleOf", "self-digging"), ("selfdig", "developedBy", "kim et al.")} <= found, found
    assert not any(s.startswith("digging twice") for s, _r, _o in found), found


def test_a_maker_after_by_ends_with_its_sentence(tmp_path: Path) -> None:
    """ "- **SAFE (Search-Aided Factuality Evaluator):** by Zorp DeepDen. Steps:": Zorp DeepDen made it; "Steps" is the next
    sentence's, no word of the maker's name."""
    found = lowered(build(tmp_path, "# Dens\n\n- **SAFE (Search-Aided Factuality Evaluator):** by Zorp DeepDen. Steps:\n  1. split the den\n"
                                    "- **Kit3:** by Moss Labs\n"))
    assert {("safe", "developedBy", "zorp deepden"), ("kit3", "developedBy", "moss labs")} <= found, found
    assert not any("steps" in o for _s, _r, o in found), found


def test_bc_in_small_letters_is_because(tmp_path: Path) -> None:
    """ "Den Arena switched from Elo to MossRank bc Elo was slow": what Den Arena uses is MossRank; the reason after "bc"
    (or "b/c") is a clause of its own, no part of the name."""
    found = lowered(build(tmp_path, "# Dens\n\n- Den Arena switched from Elo to MossRank bc Elo was slow\n- Den Lab uses ClayRank b/c it is fast\n"))
    assert {("den arena", "uses", "mossrank"), ("den lab", "uses", "clayrank")} <= found, found
    assert not any(" bc " in o or "b/c" in o for _s, _r, o in found), found


def test_the_list_under_a_question_for_things_is_its_answer_item_by_item(tmp_path: Path) -> None:
    """ "### What are the common den types?" / "- sett" / "- holt": two items answer it as "sett and holt" would (each a
    den, as "Den types: A, B" says), and three as "A, B and C"; a question of what one thing is keeps its items apart."""
    found = lowered(build(tmp_path, "# Dens\n\n### What are the common den types?\n- sett\n- holt\n\n### What are the main den metrics?\n"
                                    "- dig depth\n- dig time\n- moss share\n"))
    assert {("sett", "isA", "den"), ("holt", "isA", "den"), ("dig depth", "isA", "den metric"),
            ("moss share", "isA", "den metric")} <= found, found


def test_counted_ones_after_a_plural_term_are_members_of_it(tmp_path: Path) -> None:
    """ "- **Clay tools:** three common ones: spade, trowel and pick": "ones" stands for the term, so each is a clay tool;
    a count of another noun ("3 chambers: nest, hall, exit") names its parts, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Clay tools:** three common ones: spade, trowel and pick\n"
                                    "- **Den layout:** 3 chambers: nest, hall, exit\n"))
    assert {("spade", "isA", "clay tool"), ("pick", "isA", "clay tool"), ("den layout", "contains", "nest")} <= found, found
    assert not any(s == "clay tool" and r == "contains" for s, r, _o in found), found


def test_an_arrow_after_a_bold_term_before_a_list_sets_the_term_off(tmp_path: Path) -> None:
    """ "1. **den aids** -> claw rake, snout pusher, root cutter": the list is of den aids, as after a colon (and as after
    the same words without bold); a flow ("**scan** -> **sort** -> store, keep") is no term and its list."""
    found = lowered(build(tmp_path, "# Dens\n\n1. **den aids** -> claw rake, snout pusher, root cutter\n"
                                    "- **scan** -> **sort** -> store, keep\n"))
    assert {("claw rake", "isA", "den aid"), ("root cutter", "isA", "den aid")} <= found, found
    assert not any(s == "scan" and o in ("store", "keep") for s, _r, o in found), found


def test_a_link_to_the_paper_inside_a_citation_is_no_author(tmp_path: Path) -> None:
    """ "- **ReFlex** (Shinn et al. 2023, [paper](https://example.org/1)) = split digging in two": Shinn et al. made it; the
    link says where to read it; an organisation after the year stays out of the authors ("(Kim et al. 2021, Zorpco)")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **ReFlex** (Shinn et al. 2023, [paper](https://example.org/1)) = split digging in two\n"
                                    "- **MossNet** (Kim et al. 2021, Zorpco): a den model\n"))
    assert {("reflex", "developedBy", "shinn et al."), ("mossnet", "developedBy", "kim et al.")} <= found, found
    assert not any("paper" in o for _s, _r, o in found), found


def test_mitigations_and_fixes_of_a_problem_are_used_against_it(tmp_path: Path) -> None:
    """ "## Flooding" / "### Mitigations" / "- clay walls", "- **moss plugs** — ...", and "- fixes: root bracing, stone
    props" under "- **Cave-ins**": each is used against the problem (`clay wall usedFor flooding`), no part of it."""
    found = lowered(build(tmp_path, "# Dens\n\n## Flooding\n\nFlooding is a den problem.\n\n### Mitigations\n- clay walls\n"
                                    "- **moss plugs** — soak water\n\n## Cave-ins\n\n- **Cave-ins**: roofs fall\n  - fixes: root bracing, stone props\n"))
    assert {("clay wall", "usedFor", "flooding"), ("moss plug", "usedFor", "flooding"), ("root bracing", "usedFor", "cave-in"),
            ("stone prop", "usedFor", "cave-in")} <= found, found
    assert not any(r in ("includes", "contains", "mitigatedBy") and s in ("flooding", "cave-in") for s, r, _o in found), found


def test_a_measure_named_with_per_or_time_to_is_one_name_in_a_cell(tmp_path: Path) -> None:
    """ "| Dig speed | Time to first tunnel (P90) |" and "| Den cost | Cost per output tunnel |" under "| Criteria | Metric |":
    each cell names one measure whole, as "time per query" in a list did, not "Time" or "Cost"."""
    found = lowered(build(tmp_path, "# Dens\n\n| Criteria | Metric |\n|---|---|\n| Dig speed | Time to first tunnel (P90) |\n"
                                    "| Den cost | Cost per output tunnel |\n"))
    assert {("dig speed", "measuredBy", "time to first tunnel"), ("den cost", "measuredBy", "cost per output tunnel")} <= found, found
    assert not any(o in ("time", "cost") for _s, _r, o in found), found


def test_a_possessive_first_is_no_instruction(tmp_path: Path) -> None:
    """ "e.g. Google's **Cappy** (360M cells)" after a definition: "Google" may be a verb to the dictionary, but with its
    "'s" it owns what follows: Cappy is an example of the entry, made by Google."""
    found = lowered(build(tmp_path, "# Dens\n\n- **reward dens** — take (cub, mother) → nest. e.g. Google's **Cappy** (360M cells)\n"))
    assert {("cappy", "isA", "reward den"), ("cappy", "developedBy", "google")} <= found, found


def test_a_maker_written_by_two_names_is_each(tmp_path: Path) -> None:
    """ "DenFind (Zorpco/Mossly)": one maker by its old and new name, each a name; a maker of two words stays whole."""
    found = lowered(build(tmp_path, "# Dens\n\n- libraries: DenFind (Zorpco/Mossly), ClayScan (Zorp AI), Hnswlib\n"))
    assert {("denfind", "developedBy", "zorpco"), ("denfind", "developedBy", "mossly"), ("clayscan", "developedBy", "zorp ai")} <= found, found
    assert not any("/" in o for _s, _r, o in found), found


def test_a_question_as_the_last_item_leaves_the_names_before_it(tmp_path: Path) -> None:
    """ "- **Hard traits:** what you can't change: fur colour, den size, claw length, how much control you have": the last
    item asks a question, the others name examples of hard traits."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Hard traits:** what you can't (or can't practically) change: fur colour, den size, "
                                    "claw length, how much control you have over the den\n"))
    assert {("fur colour", "exampleOf", "hard trait"), ("claw length", "exampleOf", "hard trait")} <= found, found
    assert not any(s.startswith("how") for s, _r, _o in found), found


def test_adjectives_after_an_items_dash_are_no_members(tmp_path: Path) -> None:
    """ "Categories of den talk:" / "2. hate speech — racist, sexist, homophobic...": what the speech is like, no kinds of
    den talk named "racist"; the items that name a kind stay."""
    found = lowered(build(tmp_path, "# Dens\n\nCategories of den talk:\n1. scratching\n2. hate speech — racist, sexist, homophobic...\n"
                                    "3. mean speech\n"))
    assert {("scratching", "isA", "den talk"), ("mean speech", "isA", "den talk")} <= found, found
    assert not any(s in ("racist", "sexist", "homophobic") for s, _r, _o in found), found


def test_a_compound_whose_first_word_may_be_a_verb_is_a_member_and_its_aside_of_adjectives_names_none(tmp_path: Path) -> None:
    """ "Categories of den talk:" / "1. hate speech (racist, sexist, homophobic...)": "hate speech" is a noun before a noun,
    one of the kinds (no instruction "hate"), and what the parenthesis lists is what it is like, no examples of it; a verb
    before its object ("3. dig tunnels") is no member."""
    found = lowered(build(tmp_path, "# Dens\n\nCategories of den talk:\n1. hate speech (racist, sexist, homophobic...)\n2. mean speech\n"
                                    "3. dig tunnels\n"))
    assert {("hate speech", "isA", "den talk"), ("mean speech", "isA", "den talk")} <= found, found
    assert not any(s in ("racist", "sexist", "homophobic") or s.startswith("dig") for s, _r, _o in found), found


def test_there_are_before_a_plural_a_clause_narrows_and_its_list(tmp_path: Path) -> None:
    """ "There are tools that automate parts of den digging: MossDig, DenPy, ClayBreeder.": each is a tool, as "Tools that
    automate ...: A, B" says; "There are models that dig." lists nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nThere are tools that automate parts of den digging: MossDig, DenPy, ClayBreeder. "
                                    "Some of them use moss.\n\nThere are models that dig.\n"))
    assert {("mossdig", "isA", "tool"), ("claybreeder", "isA", "tool")} <= found, found
