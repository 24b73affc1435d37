"""A list that the line above it introduces: "The course consists of three parts:", "It uses the
following tools:", "Common pruning methods include:", "Examples of hyperparameters include:"; and
look-alikes that introduce no relation. Every input here is written for the test; none is taken
from the owner's notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, facts, lowered, rules


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("The Zeta course consists of three parts:", {("zeta course", "contains", "zeta basics"), ("zeta course", "contains", "zeta science")}),
        ("Generally speaking, the Zeta course is divided into the following parts:",
         {("zeta course", "contains", "zeta basics"), ("zeta course", "contains", "zeta science")}),
        ("Common Zeta methods include:", {("zeta basics", "isA", "zeta method"), ("zeta science", "isA", "zeta method")}),
        ("Examples of Zeta methods include:", {("zeta basics", "isA", "zeta method"), ("zeta science", "isA", "zeta method")}),
    ],
)
def test_a_sentence_ending_on_a_colon_relates_the_items_below(tmp_path: Path, intro: str, expected: set[tuple[str, str, str]]) -> None:
    graph = build(tmp_path, f"# Course\n\n{intro}\n\n- **Zeta Basics**: The first part.\n- Zeta Science\n")
    assert expected <= lowered(graph), lowered(graph)


def test_an_entry_that_uses_the_following_tools(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Tools\n\n- **Zeta pipeline**: It uses the following tools:\n\n  - Vexa\n  - Tabula\n")
    found = lowered(graph)
    assert {("zeta pipeline", "uses", "vexa"), ("zeta pipeline", "uses", "tabula")} <= found
    assert ("introduced-list", "structural") in rules(graph, "zeta pipeline", "uses", "vexa")


@pytest.mark.parametrize(
    "intro",
    [
        "Common issues include:",  # remarks on something, not its parts
        "Several methods have been proposed, including:",  # whose list it is, the sentence does not say
        "The Zeta course consists of Zeta Basics and Zeta Science.",  # no colon: the sentence names them
        "See the list below:",  # no relation
    ],
)
def test_what_introduces_no_relation_to_the_items(tmp_path: Path, intro: str) -> None:
    graph = build(tmp_path, f"# Course\n\n{intro}\n\n- Zeta Basics\n- Zeta Science\n")
    assert not any(o in {"zeta basics", "zeta science"} and r != "contains" for _s, r, o in lowered(graph))
    assert not any(s in {"zeta basics", "zeta science"} for s, _r, _o in lowered(graph))
    if not intro.endswith("."):
        assert not any(o in {"zeta basics", "zeta science"} for _s, _r, o in lowered(graph)), lowered(graph)


def test_a_place_in_a_list_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Course\n\nZeta consists of two stages:\n\n- Stage 1: tokenize the text\n- Stage 2: embed it\n")
    assert not any(r == "contains" for _s, r, _o in lowered(graph)), lowered(graph)


def test_a_label_that_opens_with_a_noun_the_tagger_calls_a_verb_keeps_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - roost cleaning tools: Quill, Moss and Twig
        """))
    assert {("quill", "isA", "roost cleaning tool"), ("moss", "isA", "roost cleaning tool")} <= found
    assert not any(o == "cleaning tool" for _s, _r, o in found)


def test_an_item_under_an_introduced_category_is_a_member_whatever_examples_follow_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Burrow categories:
        1. nesting burrows, e.g. a moss den or a twig den
        2. deep tunnels, for example a back door
        """))
    # "Burrow categories" are kinds of burrow, as "Types of burrow" are: no concept "burrow category"
    assert {("nesting burrow", "isA", "burrow"), ("deep tunnel", "isA", "burrow")} <= found, found
    assert ("moss den", "isA", "nesting burrow") in found


@pytest.mark.parametrize(
    "intro",
    ["Den quality for wombats splits into:", "**Den quality** for wombats splits into:", "Den quality is usually broken down into:",
     "Den quality breaks down into two parts:"],
)
def test_a_singular_thing_split_into_the_items_below_contains_them(tmp_path: Path, intro: str) -> None:
    graph = build(tmp_path, f"# Dens\n\n{intro}\n\n- moss lining: soft and dry\n- entrance slope: keeps rain out\n")
    assert {("den quality", "contains", "moss lining"), ("den quality", "contains", "entrance slope")} <= lowered(graph), lowered(graph)
    assert ("introduced-list", "structural") in rules(graph, "den quality", "contains", "moss lining")


@pytest.mark.parametrize("intro", ["We split the burrows into:", "It splits into:", "Burrows split into:"])
def test_a_split_by_a_person_a_pronoun_or_of_a_plural_holds_no_parts(tmp_path: Path, intro: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{intro}\n\n- moss lining\n- entrance slope\n"))
    assert not any(r == "contains" for _s, r, _o in found), found


def test_a_kind_after_an_arrow_before_the_colon_is_what_the_items_below_are(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - digging by hand is too slow at scale → **TDM** (tunnel digging) machines:
          - auger drill
          - Annoy (Spotify) — a spinning blade
        """))
    assert {("auger drill", "isA", "tdm machine"), ("annoy", "isA", "tdm machine")} <= found, found
    assert not any(s in {"a spinning blade", "spinning blade"} for s, _r, _o in found), found  # the item's name, not its description


@pytest.mark.parametrize("label", ["Burrow mosses I've seen around", "Burrow mosses we have tried", "Burrow mosses that I have seen"])
def test_a_label_that_says_where_the_writer_met_the_items_names_their_kind(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n- {label}: Quillmoss, Fernsoft, Redcap\n\n{label}:\n\n- Velvetine\n- Dunmoss\n"))
    assert {("quillmoss", "isA", "burrow moss"), ("redcap", "isA", "burrow moss"), ("velvetine", "isA", "burrow moss")} <= found, found


@pytest.mark.parametrize("label", ["two flavours of wombat den:", "Three sorts of wombat den:"])
def test_flavours_and_sorts_of_a_thing_are_its_kinds(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n- {label}\n  - **moss den** — soft\n  - **clay den** — dry\n"))
    assert {("moss den", "isA", "wombat den"), ("clay den", "isA", "wombat den")} <= found, found


def test_a_list_after_a_line_of_prose_under_a_heading_still_opens_its_section(tmp_path: Path) -> None:
    """ "## Digging metrics" / a line of prose / "- **Den warmth**: ...": the heading's kind, as when the
    list comes first; a line that labels the list ("Ones I use:") or a sentence whose bold subject is joined
    to another ("**A** and **B** are ...") says otherwise."""
    found = lowered(build(tmp_path, """\
        ## Digging metrics
        Wombats track a few numbers.

        - **Den warmth:** how warm a den stays overnight.
        - **Tunnel slope:** how steep a tunnel runs.

        ## Burrow benchmarks
        many of them out there.
        - **burrow choice** and **scoring** are choices each ranger makes
        """))
    assert {("den warmth", "isA", "digging metric"), ("tunnel slope", "isA", "digging metric")} <= found, found
    assert not any(s == "burrow choice" and r == "isA" for s, r, _o in found), found


def test_a_heading_that_joins_two_topics_takes_in_no_terms(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Den failures & evaluation
        - **Roof failures**: the ceiling gives way
        - **Flood damage**: water fills the den
        """))
    assert not any(r == "includes" and "&" in s for s, r, _o in found), found


def test_a_label_with_an_aside_in_parentheses_still_names_its_items_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        Den sensors (the ones I need to remember):
        - ScentLog
        - MossMeter — moisture
        """))
    assert {("scentlog", "isA", "den sensor"), ("mossmeter", "isA", "den sensor")} <= found, found


def test_a_doing_under_a_heading_of_things_is_no_member(tmp_path: Path) -> None:
    """ "## Burrow datasets" / "- **Scent collection**: ...": a way of making them, no dataset; "**A & B**" two things."""
    found = lowered(build(tmp_path, """\
        ## Burrow datasets
        - **Scent collection**: gather scents from each den.
        - **Storage & formats**: how the logs are kept.
        - **Den census logs**: counts of dens by region.
        """))
    assert ("den census log", "isA", "burrow dataset") in found, found
    assert not any(s in {"scent collection", "storage & format", "storage & formats"} and r == "isA" for s, r, _o in found), found


def test_what_a_label_says_a_thing_is_for_is_read_item_by_item(tmp_path: Path) -> None:
    """ "Use cases of den maps: proxy for X, finding nests, spotting wet / flooded tunnels": each item up to
    where its noun phrase ends, and two words set side by side share the noun after them."""
    found = lowered(build(tmp_path, """\
        # Dens

        Use cases of den maps: proxy for colony health, tunnel planning, spotting wet / flooded tunnels.
        """))
    assert {("den map", "usedFor", "tunnel planning"), ("den map", "usedFor", "spotting wet tunnel"),
            ("den map", "usedFor", "spotting flooded tunnel")} <= found, found
    assert not any(o in {"spotting wet", "proxy"} for _s, _r, o in found), found


@pytest.mark.parametrize(("label", "relation"), [("- techniques to check den warmth:", "evaluatedBy"),
                                                 ("Tools for measuring den warmth:", "measuredBy")])
def test_a_label_over_what_checks_a_thing_says_each_item_checks_it(tmp_path: Path, label: str, relation: str) -> None:
    """ "techniques to check X:" over items: each evaluates X (measures it after "measure"); no thing is a
    "technique to check X"."""
    indent = "  " if label.startswith("-") else ""
    found = lowered(build(tmp_path, f"# Dens\n\n{label}\n{indent}- scent probes\n{indent}- **BurrowTemp**: a gauge\n"))
    assert {("den warmth", relation, "scent probe"), ("den warmth", relation, "burrowtemp")} <= found, found
    assert not any(r == "isA" and "den warmth" in o for _s, r, o in found), found


def test_terms_under_a_plural_entry_with_a_definition_are_its_members(tmp_path: Path) -> None:
    """ "- **Den sensors**: tools in dens" over "  - **ScentLog**: ..." (or a paragraph "**Den judges** - ..."
    over a list of terms): each term one of them; a bare item ("fast") and a joined plural none."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den sensors**: sit in dens and log what happens
          - **ScentLog**: logs scents
          - fast to install

        **Den judges** - small models that score dens.
        - **Warmth scorer:** scores warmth.

        - **Sensors and gauges:** many appeared:
          - **MossMeter**: measures moss
        """))
    assert {("scentlog", "isA", "den sensor"), ("warmth scorer", "isA", "den judge")} <= found, found
    assert not any(s == "fast to install" or "and gauge" in o for s, _r, o in found), found


def test_names_listed_in_one_item_under_a_plural_entry_are_each_its_members(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        **Den mapping tools** - automate den search
          - MoleMap (Zorpco), Burrowbreeder, TextDig

        **Den sensors** - tools in dens
        - cheap, loud, fast

        **Soft den methods** - line the den
          - moss-lining, ClayPack, fern padding

        **Den alarms** - warn of owls
          - cheap, OwlBell
        """))
    assert {("molemap", "isA", "den mapping tool"), ("burrowbreeder", "isA", "den mapping tool"),
            ("textdig", "isA", "den mapping tool"), ("molemap", "developedBy", "zorpco")} <= found, found
    assert not any(s in {"cheap", "loud", "fast"} for s, _r, _o in found), found
    # one name among common nouns: each a member too; not beside an adjective, no name of a member
    assert {("moss-lining", "isA", "soft den method"), ("fern padding", "isA", "soft den method")} <= found, found
    assert not any(o == "den alarm" for _s, _r, o in found), found


def test_a_one_word_term_written_with_its_abbreviation_is_a_member_of_the_heading_s_class(tmp_path: Path) -> None:
    """ "## Digging metrics" / "- **Warmth (WRM)**: ...": a term, one of the metrics, as a term of several
    words is; a word alone ("**Depth**: ...") may be a field's value, and stays out."""
    found = lowered(build(tmp_path, "## Digging metrics\n\n- **Warmth (WRM):** how warm a den stays.\n- **Depth:** how far down.\n"))
    assert ("warmth", "isA", "digging metric") in found, found
    assert ("depth", "isA", "digging metric") not in found, found


def test_a_term_set_off_by_a_dash_in_a_note_of_a_vault_is_a_term_not_an_emphasis(tmp_path: Path) -> None:
    """In a note other notes link to, a bold word in a paragraph is emphasis ("**Moral:** ..."), but
    "**Den judges** - small models ..." sets a term off as a glossary does: its list names its members."""
    _result, graph = build_files(tmp_path, {
        "dens.md": "# Dens\n\nMore in [[Den judging]].\n",
        "Den judging.md": """\
            # Den judging

            Judging dens with models.

            **Den judges** - small models that score dens.
            - **Warmth scorer:** scores warmth.
            - **Moss scorer:** scores moss.

            **Moral:** judges help.
            - **Quick look:** glance at the den.
            """})
    found = {(s.lower(), r, o.lower()) for s, r, o in facts(graph)}
    assert {("warmth scorer", "isA", "den judge"), ("moss scorer", "isA", "den judge")} <= found, found
    assert not any("moral" in s or "moral" in o for s, _r, o in found), found


@pytest.mark.parametrize("label, kind", [("Den mechanisms", "den mechanism"), ("Sealing methods", "sealing"), ("Scent techniques (old to new)", "scent technique")])
def test_a_noun_before_a_word_as_vague_as_methods_names_the_kind_of_the_items_below(tmp_path: Path, label: str, kind: str) -> None:
    """ "Memory mechanisms:" over "1. **Internal knowledge** — ...": each a memory mechanism (and methods of a
    doing are kinds of the doing); "Recent papers:" or "Other approaches:" say of what kind nothing."""
    found = lowered(build(tmp_path, f"# Dens\n\n{label}:\n1. **Moss lining** — the moss\n2. **Clay walls** — the clay\n"))
    assert {("moss lining", "isA", kind), ("clay wall", "isA", kind)} <= found, found


@pytest.mark.parametrize("label", ["Recent papers", "Other approaches"])
def test_an_adjective_before_a_vague_word_names_no_kind(tmp_path: Path, label: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{label}:\n1. **Moss lining** — the moss\n2. **Clay walls** — the clay\n"))
    assert not any(r == "isA" and s in {"moss lining", "clay wall"} for s, r, _o in found), found


def test_names_after_a_word_for_a_class_in_a_list_are_what_the_list_holds(tmp_path: Path) -> None:
    """ "techniques to check den warmth:" / "- benchmark: DenQA (800 dens)": DenQA evaluates it and is a
    benchmark (not "benchmark evaluates it"); after a doing ("- probing: Kite") nothing changes."""
    found = lowered(build(tmp_path, "# Dens\n\n- techniques to check den warmth:\n  - scent probing\n  - benchmark: DenQA (800 dens)\n"
                                    "  - tools: WarmScope, HeatMap\n"))
    assert {("den warmth", "evaluatedBy", "denqa"), ("denqa", "isA", "benchmark"), ("den warmth", "evaluatedBy", "warmscope"),
            ("heatmap", "isA", "tool")} <= found, found
    assert not any(o in {"benchmark", "tool"} for s, r, o in found if r == "evaluatedBy"), found


def test_a_count_of_ways_after_an_item_s_definition_lists_kinds_of_its_term(tmp_path: Path) -> None:
    """ "- **Den sealing**: closing dens. Two approaches:" over items: kinds of den sealing (not of "closing
    dens. two approach"); "- 3 ways:" right under "### Den lining": kinds of den lining, no kind "way"; a
    sentence before "For example:" names no category ("Pick tools that fit. For example:")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den sealing**: closing dens. Two approaches:\n  - clay packing\n  - moss lining\n\n"
                                    "### Den lining\n- 3 ways:\n  - bog moss lining\n  - fern lining\n\n"
                                    "### Den tools\n- Pick tools that fit the den. For example:\n  - Wet dens: use a clay spade.\n"))
    assert {("clay packing", "isA", "den sealing"), ("moss lining", "isA", "den sealing"), ("fern lining", "isA", "den lining")} <= found, found
    assert not any(o in {"way", "pick tool"} or "approach" in o for _s, _r, o in found), found


# ---------------------------------------------------------------- a class word alone, narrowed by what it sits under


@pytest.mark.parametrize("notes", [
    "# Dens\n\n- **Den warmth**: how warm a den stays\n  - metrics: Heat Index, MossScore\n",
    # beside a sibling's bold term the label is read as an item's term: the same kind
    "# Dens\n\n- **Den warmth**: how warm a den stays\n  - **insulation** (lining): moss and clay\n  - metrics: Heat Index, MossScore\n",
    # in the entry's own text
    "# Dens\n\n- **Den warmth** - how warm a den stays. metrics: Heat Index, MossScore\n",
])
def test_a_class_word_alone_lists_things_of_the_entry_it_sits_in(tmp_path: Path, notes: str) -> None:
    """ "  - metrics: A, B" under "- **Den warmth**": den warmth metrics, each a metric still."""
    found = lowered(build(tmp_path, notes))
    assert {("heat index", "isA", "den warmth metric"), ("mossscore", "isA", "den warmth metric"),
            ("den warmth metric", "isA", "metric")} <= found, found
    assert ("heat index", "isA", "metric") not in found, found


def test_a_class_word_alone_under_a_heading_is_not_narrowed_by_it(tmp_path: Path) -> None:
    """ "## Sealing" / ... / "- tools: ClayPress, MudGun": a heading is too far from the list to say what kind of tool they are
    (no "sealing tool"); the tools are used for what it names, as "Tools:" in a note on one concept are (round sixty)."""
    found = lowered(build(tmp_path, "# Dens\n\n## Sealing\n\nSeal dens in autumn.\n\n- moss first\n- tools: ClayPress, MudGun\n"))
    assert ("claypress", "usedFor", "sealing") in found, found
    assert not any(o == "sealing tool" for _s, _r, o in found), found


@pytest.mark.parametrize(("notes", "kind"), [
    ("# Dens\n\n- **Kestrel**: a den planner\n  - tools: ClayPress, MudGun\n", "tool"),  # a name narrows nothing
    ("# Dens\n\n- **Sealing tactics**: how dens are closed\n  - tools: ClayPress, MudGun\n", "tool"),  # nor a plural
    ("# Dens\n\n- **Sealing and scenting**: closing dens\n  - tools: ClayPress, MudGun\n", "tool"),  # nor two things
    ("# Dens\n\n## Sealing\n\n- stats: ClayPress, MudGun\n", "stat"),  # a word of no class stays
])
def test_a_class_word_alone_stays_where_nothing_narrows_it(tmp_path: Path, notes: str, kind: str) -> None:
    found = lowered(build(tmp_path, notes))
    assert not any(o.endswith(f" {kind}") for _s, _r, o in found), found  # "kestrel tool", "sealing tactic tool"
    assert ("claypress", "isA", kind) in found or any(s == "claypress" and r == "usedFor" for s, r, _o in found), found  # the entry's own


@pytest.mark.parametrize(("line", "expected"), [
    ("- den compilers lower a burrow map to code: MapForge, DigPlan", {("mapforge", "den compiler"), ("digplan", "den compiler")}),
    ("- burrow metrics rank a den by its warmth: MossScore, Heat Index", {("mossscore", "burrow metric"), ("heat index", "burrow metric")}),
    ("Compilers do this automatically → MapForge, DigPlan, BurrowRT.", {("mapforge", "compiler"), ("burrowrt", "compiler")}),
])
def test_names_after_a_clause_of_a_plural_subject_are_of_its_kind(tmp_path: Path, line: str, expected: set[tuple[str, str]]) -> None:
    """ "compilers lower the model to hardware-specific code: A, B": names after a clause whose plural subject names a
    class, and whose own object is no plural, are of the subject's kind."""
    found = lowered(build(tmp_path, f"# Dens\n\n{line}\n"))
    assert expected <= {(s, o) for s, r, o in found if r == "isA"}, found


@pytest.mark.parametrize("line", ["- Scouts call tools: MapForge, DigPlan", "- scouts rank a den by two metrics: MossScore, Heat Index",
                                  "- scouts rank a den by its warmth: MossScore, Heat Index"])
def test_names_after_a_clause_are_not_of_a_subject_of_no_class_nor_beside_a_plural_object(tmp_path: Path, line: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{line}\n"))
    assert not any(o == "scout" for _s, r, o in found if r == "isA"), found


def test_a_sentence_of_names_alone_after_an_entrys_definition_names_its_own(tmp_path: Path) -> None:
    """ "- **burrow sensors** - sit in the walls. ScentLog, MossMeter": each one of them; three items of which one is
    a name count too ("clay-probe,\\n  MudGun, moss radar"); names alone outside an entry, or common words, say nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n- **burrow sensors** - sit in the walls. ScentLog, MossMeter\n"
                          "- **den scanners** - map the den. clay-probe,\n  MudGun, moss radar\n"
                          "- **den warmth** - how warm it stays. speed, cost.\n\nScentLog, MossMeter.\n"))
    assert {("scentlog", "isA", "burrow sensor"), ("mossmeter", "isA", "burrow sensor"), ("clay-probe", "isA", "den scanner"),
            ("mudgun", "isA", "den scanner"), ("moss radar", "isA", "den scanner")} <= found, found
    assert not any(s == "den warmth" or o == "den warmth" for s, _r, o in found if _r != "isA"), found


def test_a_clause_of_a_plural_subject_over_named_items_names_its_members(tmp_path: Path) -> None:
    """ "- Den models are trained on the burrow data:" over "- ScentLog (Zorpco) -> logs scent", "- MossMeter -> ...": each name
    before its arrow is one of them; an item of common words ("- wet walls") or a share ("- English ~46% of X") is none."""
    found = lowered(build(tmp_path, "# Dens\n\n- Den models are trained on the burrow data:\n  - ScentLog (Zorpco) -> logs scent\n"
                          "  - MossMeter -> reads moss\n  - wet walls\n  - Moss ~40% of the walls -> damp\n"))
    assert {("scentlog", "isA", "den model"), ("mossmeter", "isA", "den model"), ("scentlog", "developedBy", "zorpco")} <= found, found
    assert not any(o == "den model" and s.startswith(("wet", "moss ~", "moss 40")) for s, _r, o in found), found


def test_items_under_a_remark_of_differences_are_no_members(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- diffs\n  - ML dens -> deep; AI dens -> shallow\n  - Big dens -> more moss\n"))
    assert not any(o in ("diff", "difference") for _s, _r, o in found), found


def test_a_plurals_purpose_in_a_label_is_no_part_of_its_kind(tmp_path: Path) -> None:
    """ "- den tools to try:" over terms: den tools; "- prune weak roots first: A, B" is an instruction, whose names are
    no kind of "prune weak root"; "den depth = tunnel length + shaft x (levels)" is a formula, no parts."""
    found = lowered(build(tmp_path, "# Dens\n\n- den tools to try:\n  - **ClayPress** - packs clay\n  - **MudGun** - sprays mud\n"
                          "- prune weak roots first: RootCut, TwigSnip\n- den depth = tunnel length + shaft x (number of levels)\n"))
    assert {("claypress", "isA", "den tool"), ("mudgun", "isA", "den tool")} <= found, found
    assert not any("prune" in o or "to try" in o for _s, _r, o in found), found
    assert not any(r == "contains" and s == "den depth" for s, r, _o in found), found


def test_a_definition_that_says_a_few_words_then_lists_names_the_entrys_own(tmp_path: Path) -> None:
    """ "Hard dens — can't be moved: clay dens, rock dens, root dens": each one of them; a relation's label ("used by:"),
    an instruction ("log everything: A, B") or a clause of its own ("You have 3 traits: A, B") says something else."""
    found = lowered(build(tmp_path, "# Dens\n\nHard dens — can't be moved: clay dens, rock dens, root dens\n"
                          "Soft dens — can be dug out: moss dens, sand dens, leaf dens\n\n"
                          "- **Den logs** - log everything: digs, moves, naps\n- **Den scans** - You have 3 traits: depth, width, slope\n"))
    assert {("clay den", "isA", "hard den"), ("rock den", "isA", "hard den"), ("root den", "isA", "hard den")} <= found, found
    assert not any(o in ("den log", "den scan") for _s, _r, o in found), found


def test_names_after_a_kind_that_a_longer_clause_ends_on_are_of_it(tmp_path: Path) -> None:
    """ "... get turned into a ranking with a **den metric**: MossScore, HeatIndex": each one of that kind, where its head
    names a class; adjectives after it ("with a scan: deep, wide") are none."""
    found = lowered(build(tmp_path, "# Dens\n\n- the burrows we saw get sorted into a ranking with a **den metric**: MossScore, HeatIndex\n"
                          "- the burrows we saw get sorted by hand with a quick scan: deep, wide\n"))
    assert {("mossscore", "isA", "den metric"), ("heatindex", "isA", "den metric")} <= found, found
    assert not any(o in ("quick scan", "scan") for _s, _r, o in found), found


def test_a_label_on_the_last_line_of_a_paragraph_names_the_kind_of_the_list_below(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        Scent-based den search ranks dens by how close their scents are.
        It relies on a scent model.
        Common MSL algorithms:
        - Zorpwalk (zig-zag walk), graph-based
        - Moss hashing
        - Kestrel index

        Den failure hypotheses:
        - wet moss (Moreno et al., Quokka Labs) -- dens flood from below
        """)
    found = lowered(graph)
    assert {("zorpwalk", "isA", "msl algorithm"), ("moss hashing", "isA", "msl algorithm"),
            ("kestrel index", "isA", "msl algorithm"), ("wet moss", "isA", "den failure hypothesis")} <= found, found
    assert_no_concept(graph, "MSL")  # an abbreviation before the plural modifies it, no name of one algorithm
    assert_no_concept(graph, "graph-based")  # what the item before it is like
    assert not any(r == "exampleOf" for _s, r, _o in found), found  # a citation in parentheses gives no examples


def test_a_sentence_that_splits_a_thing_into_the_list_below_names_its_parts(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nMoreno splits digging into:\n\n- scraping\n- hauling\n\n"
                                    "She breaks the den into:\n\n- nest chamber\n- escape tunnel\n"))
    assert {("digging", "contains", "scraping"), ("digging", "contains", "hauling"), ("den", "contains", "nest chamber")} <= found, found
    assert not any(s in {"moreno", "she"} for s, _r, _o in found), found  # who splits it makes no parts


def test_names_alone_after_a_singular_entrys_definition_are_each_one_of_it(tmp_path: Path) -> None:
    """ "2. **Den lining**: line the den. ClayLine, MossLine": each a den lining, as names after a semicolon are; common
    words with a name among them ("clay-probe, MudGun, moss radar") stay within its scope."""
    found = lowered(build(tmp_path, "# Dens\n\n2. **Den lining**: line the den. ClayLine, MossLine.\n"
                                    "3. **Den scanning**: map the den. clay-probe, MudGun, moss radar\n"))
    assert {("clayline", "isA", "den lining"), ("mossline", "isA", "den lining")} <= found, found
    assert ("den scanning", "includes", "moss radar") in found, found


@pytest.mark.parametrize(("item", "found"), [
    ("- parallel digging: [[Medusa]] (extra claws), lookahead digging (Jacobi method)",
     {("medusa", "isA", "parallel digging"), ("parallel digging", "includes", "lookahead digging")}),
    ("- **Den packing:** ClayPack, MossPress, root trimming", {("claypack", "isA", "den packing"), ("den packing", "includes", "root trimming")}),
])
def test_names_an_entrys_definition_lists_are_each_one_of_it(tmp_path: Path, item: str, found: set) -> None:
    """A name in the list an entry's definition is ("- parallel digging: Medusa, lookahead digging") is one of it, a
    common word what it includes; two items are a list when one is a name ("- **Den walls**: heavy, cold" is none)."""
    got = lowered(build(tmp_path, f"# Dens\n\n{item}\n- **Den walls**: heavy, cold\n"))
    assert found <= got, got
    assert not any(s == "den wall" or o == "den wall" for s, _r, o in got if _r != "isA"), got


def test_a_label_of_kinds_right_under_a_heading_lists_kinds_of_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Den care" / "- 2 families: wet care, dry care" (or "Variants: ...", "Two types: ..."): kinds of den care, as
    the same items nested under the label are; "- 3 components: ..." its parts; "categories:" uncounted, often of
    what a quality covers, and a heading that asks ("## Why dens fail") say nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care\n\n- 2 families: wet care, dry care\n\n## Den lining\n\nVariants: clay lining, moss lining\n\n"
                                    "## Den radar\n\n- 3 components: an antenna, a moss sensor and a clay box\n\n"
                                    "## Den safety\n\n- categories: wet collapse, roof fall\n\n## Why dens fail\n\n- Two types: wet fail, dry fail\n"))
    assert {("wet care", "isA", "den care"), ("dry care", "isA", "den care"), ("clay lining", "isA", "den lining"),
            ("den radar", "contains", "moss sensor")} <= found, found
    assert not any(s in ("wet collapse", "wet fail") or o in ("wet collapse", "wet fail") for s, _r, o in found), found


def test_a_plural_term_with_its_abbreviation_over_names_lists_its_members(tmp_path: Path) -> None:
    """ "- **Sand den models (SDMs)** — ..." over "  - S4D (Kim et al., 2021): ...": each name one of them, as without
    the abbreviation; no area that includes them."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Sand den models (SDMs)** — promising for long stays\n"
                                    "  - S4D (Kim et al., 2021): made SDMs faster\n  - H3D: a den with a roof\n"))
    assert {("s4d", "isA", "sand den model"), ("h3d", "isA", "sand den model")} <= found, found
    assert not any(r == "includes" for _s, r, _o in found), found


def test_an_adverb_of_a_modifier_in_a_counted_plural_over_items_keeps_it_a_kind(tmp_path: Path) -> None:
    """ "- 4 closely related den metrics" over links: each one of them, as "- 4 den metrics" would say (the words that
    only judge them, "closely related", are no part of the kind)."""
    found = lowered(build(tmp_path, "# Dens\n\n- 4 closely related den metrics\n  - [[depth]]\n  - [[width]]\n"))
    assert {("depth", "isA", "den metric"), ("width", "isA", "den metric")} <= found, found
