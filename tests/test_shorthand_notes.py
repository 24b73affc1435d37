"""Shorthand as terse notes write it: a term set off by an equals sign ("soft prompts = trainable
vectors"), a whole written as a sum of its parts ("Agent = model + tools"), and formulas, which say
nothing a graph can hold. Every input here is written for the test; none is taken from the owner's
notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import build, build_files, folded_facts, lowered, names, rules

from kg.ingest.written_parts import steps_of


@pytest.mark.parametrize("line", [
    "Zorp agent = planner + memory store + environment",
    "- Zorp agent = planner + memory store + environment",
    "- **Zorp agent**: planner + memory store + environment.",
])
def test_a_sum_of_noun_phrases_names_the_parts_of_a_whole(tmp_path: Path, line: str) -> None:
    graph = build(tmp_path, f"# Agents\n\n{line}\n")
    found = lowered(graph)
    for part in ("planner", "memory store", "environment"):
        assert ("zorp agent", "contains", part) in found, found
    assert rules(graph, "zorp agent", "contains", "planner") == {("phrase", "stated")}


@pytest.mark.parametrize("line", [
    "- **Kestrel drift** = gliding + hovering",  # an equals sign after a bold term sets it off
    "- Kestrel drift = gliding + hovering, in turns",  # a remark on the sum after the last part
    "- kestrel drift (KD): gliding + hovering",  # a term in lower case with its short form
])
def test_doings_summed_are_the_parts_of_a_whole(tmp_path: Path, line: str) -> None:
    found = lowered(build(tmp_path, f"# Kestrels\n\n{line}\n"))
    assert {("kestrel drift", "contains", "gliding"), ("kestrel drift", "contains", "hovering")} <= found, found


@pytest.mark.parametrize("line", [
    "- Zorp score = 2 + 2",  # numbers
    "- Zorp agent = planner + a memory that grows",  # a clause, not a noun phrase
    "- Zorp agent + planner",  # no whole named
    "- dig rate = metres/night",  # a rate, no sum
])
def test_what_is_no_sum_of_noun_phrases_names_no_parts(tmp_path: Path, line: str) -> None:
    found = lowered(build(tmp_path, f"# Agents\n\n{line}\n"))
    assert not any(r == "contains" for _s, r, _o in found), found


def test_a_term_set_off_by_an_equals_sign_is_an_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Finetuning

        - soft prompts = trainable vectors prepended to the input
        - ZFT = zorp finetuning
        """)
    concept = graph.resolve("soft prompt")
    assert graph.definition(concept).startswith("trainable vectors"), graph.definition(concept)
    assert graph.resolve("zorp finetuning") == graph.resolve("ZFT")  # the letters of its words: another name


def test_a_term_with_its_abbreviation_set_off_by_an_equals_sign_is_an_entry(tmp_path: Path) -> None:
    """ "Moss lining (ML) = a lining technique that ...": the term, its abbreviation another name, then what it is."""
    graph = build(tmp_path, "# Dens\n\nMoss lining (ML) = a lining technique that keeps dens warm.\n")
    assert ("moss lining", "isA", "lining") in lowered(graph), lowered(graph)
    assert graph.resolve("ML") == graph.resolve("moss lining")


@pytest.mark.parametrize("line", [
    "task vector = tuned weights − base weights",
    "f_t = σ(W_f x_t + b_f)",
    "zorp = kestrel * 2",
])
def test_a_formula_is_no_entry(tmp_path: Path, line: str) -> None:
    graph = build(tmp_path, f"# Merging\n\n- {line}\n")
    assert not {"task vector", "f_t", "zorp"} & names(graph), names(graph)


def test_a_colon_term_in_a_list_is_read_as_its_definition(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        - Zorp Forest: An ensemble model that combines decision trees.
        - Kestrel Net: Introducing new open models.
        """))
    assert ("zorp forest", "isA", "ensemble model") in found, found
    assert not any(s == "kestrel net" and r == "isA" for s, r, _o in found), found  # a participle opens no kind


def test_an_abbreviation_before_its_words_takes_them_as_another_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Distillation

        - **ZKD**: zorp knowledge distillation, a way to compress models.
        - **LLMs**: large language models are big.
        """)
    assert graph.resolve("zorp knowledge distillation") == graph.resolve("ZKD")
    assert "large language models are big" not in names(graph)  # a sentence, not the words it stands for


@pytest.mark.parametrize("term", ["Real-world uses", "Key takeaways"])
def test_remarks_in_bold_are_no_term(tmp_path: Path, term: str) -> None:
    graph = build(tmp_path, f"# Zorp nets\n\n**{term}:** Zorp nets are used in speech recognition.\n")
    assert term.casefold() not in names(graph) and term.casefold()[:-1] not in names(graph), names(graph)


def test_a_plural_after_an_adjective_is_a_term_not_a_sentence(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Prompts\n\n- **Soft prompts**: trainable vectors. They are a kind of prefix.\n"))
    assert ("soft prompt", "isA", "prefix") in found, found


def test_a_legend_of_abbreviations_names_each_concept_again(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Zorp notes

        abbr: ZM = zorp model, ctx = context window, q = query

        - ZM uses the ctx
        """)
    assert graph.resolve("ZM") == graph.resolve("zorp model")
    assert graph.resolve("ctx") == graph.resolve("context window")
    assert "q" not in names(graph)  # one letter is too short a name to look for
    assert ("zorp model", "uses", "context window") in lowered(graph), lowered(graph)


@pytest.mark.parametrize("line", ["x = 3, y = 4", "loss = 2 * error, score = loss + 1"])
def test_assignments_are_no_legend(tmp_path: Path, line: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{line}\n")
    assert not {"x", "y", "loss", "score"} & names(graph), names(graph)


def test_a_line_of_two_things_compared_relates_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Feedback\n\nexplicit zorp vs implicit zorp\n\n- explicit = thumbs up/down\n"))
    assert ("explicit zorp", "contrastsWith", "implicit zorp") in found, found


def test_a_symbol_opens_no_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nKestrel evaluates integration + extensibility, complex pipelines, ease of use + perf.\n")
    assert not any(name.startswith("+") for name in names(graph)), names(graph)


def test_a_sum_with_alternatives_and_an_aside_and_a_labelled_list_with_asides(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Ops

        - zorp metrics: KTD (kestrel time to detection), WTR (wombat time to repair), QFR (quokka failure rate)
        - biases: kestrel bias (users rate higher than they feel), wombat bias (1st option picked more)

        Zorp pipeline = planner + router/gateway + cache  (roughly)
        """))
    assert {("ktd", "isA", "zorp metric"), ("qfr", "isA", "zorp metric"), ("kestrel bias", "isA", "bias"),
            ("wombat bias", "isA", "bias"), ("zorp pipeline", "contains", "router"), ("zorp pipeline", "contains", "gateway"),
            ("zorp pipeline", "contains", "cache")} <= found, found


def test_two_adjectives_compared_name_nothing_and_a_remark_label_is_no_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Apps

        - role of zorp
          - critical vs complementary
          - reactive vs proactive
        - **Model insights**: kestrel is a wombat.
        - [Zorp insights](https://example.org/z) by Acme Labs: practical advice.
        """)
    assert not {"critical", "complementary", "reactive", "proactive", "model insight"} & names(graph), names(graph)
    assert ("zorp insight", "developedBy", "acme labs") in lowered(graph), lowered(graph)  # a page's title is no remark


def test_an_arrow_before_a_list_introduces_it_as_a_colon_does(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        5. nest patterns -> loops, parallel hops, branching
        1. enhance ctx -> RAG, tools, web search
        - **burrow fusion**: several tunnels → one burrow, fewer trips
        """)
    facts = lowered(graph)
    assert {("loop", "isA", "nest pattern"), ("parallel hop", "isA", "nest pattern"), ("branching", "isA", "nest pattern")} <= facts
    assert not any(r == "isA" and o in {"ctx", "enhance ctx", "tunnel"} for _s, r, o in facts)


@pytest.mark.parametrize("arrow", ["->", "=>", "→", "⇒"])
def test_every_arrow_a_writer_types_reads_alike(tmp_path: Path, arrow: str) -> None:
    """The arrow typed as hyphens, as an equals sign, or as the glyph an editor makes of either: one mark."""
    graph = build(tmp_path, f"""\
        - nest patterns {arrow} loops, parallel hops, branching
        - burrow upkeep: sweep {arrow} seal {arrow} inspect
        """)
    facts = lowered(graph)
    assert {("loop", "isA", "nest pattern"), ("branching", "isA", "nest pattern")} <= facts, facts
    assert steps_of(f"den sealing {arrow} den lining {arrow} den sweeping") == ["den sealing", "den lining", "den sweeping"]


def test_an_arrow_to_more_or_less_of_something_or_to_another_arrow_says_what_follows_not_a_list(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - big burrows → more chambers, more exits
        - Deeper tunnels -> cooler air, fewer predators
        - wet soil → slumps, dry soil → cracks
        - nest patterns → loops, branches
        - den caps → mostly close-ended, multiple choice burrows (MCB)
        """)
    facts = lowered(graph)
    assert ("loop", "isA", "nest pattern") in facts, facts  # a label's list still
    assert not any(o in {"big burrow", "deeper tunnel", "wet soil", "den cap"} for _s, _r, o in facts), facts  # nor "mostly ...": what they are like


def test_what_to_do_after_an_arrow_that_follows_a_clause_is_said_of_nothing(tmp_path: Path) -> None:
    """ "den floods grow with #storms -> evaluate drains, pumps": an instruction to the reader, nothing the
    floods evaluate; after a name the arrow says what it does ("re-digging -> fix mistakes (e.g. shallow tunnels)")."""
    found = lowered(build(tmp_path, """\
        - den floods grow with #storms -> evaluate drain capacity, pump speed
        - re-digging -> fix common mistakes (e.g. shallow tunnels)
        """))
    assert not any(r == "evaluates" for _s, r, _o in found), found
    assert ("shallow tunnel", "isA", "mistake") in found, found


def test_a_name_alone_after_a_common_noun_is_no_maker(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Tools

        - deep probing: BurrowScan
        - Tunnel Depth Service (TDS) — Acme Labs
        """))
    assert not any(r == "developedBy" for s, r, _o in found if s == "deep probing"), found  # an example of it, not its maker
    assert ("tunnel depth service", "developedBy", "acme labs") in found, found



def test_a_sum_under_an_item_and_steps_after_a_term_are_its_parts(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Burrows

        - Burrow
          - tunnel + nest
          - digging: scratching → loosening → hauling
          - wombat → burrow
        """))
    assert {("burrow", "contains", "tunnel"), ("burrow", "contains", "nest")} <= found, found
    assert {("digging", "contains", step) for step in ("scratching", "loosening", "hauling")} <= found, found
    assert not any(r == "contains" and "wombat" in (s, o) for s, r, o in found), found  # one thing to another, no stages


@pytest.mark.parametrize("text", ["Common Crawl → C4", "filter → rank → the wombat digs a new tunnel",
                                  "den model -> LDM -> burrow model", "raw moss -> dry moss -> packed moss"])
def test_an_arrow_between_two_before_a_clause_or_along_one_thing_as_it_grows_gives_no_steps(text: str) -> None:
    """ "den model -> LDM -> burrow model": two steps of one head, one thing as it grows, no stages of a process."""
    assert steps_of(text) is None


@pytest.mark.parametrize("definition", ["A sealing layer: wet clay is pressed onto walls.", "a sealing layer — wet clay pressed onto walls."])
def test_a_kind_then_how_after_a_colon_or_dash_is_the_kind(tmp_path: Path, definition: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n- **Clay lining**: {definition}\n"))
    assert ("clay lining", "isA", "sealing layer") in found, found
    assert not any(o == "wall" for _s, _r, o in found), found  # how it is made says nothing of the lining's own


def test_an_equated_term_in_a_note_is_its_definition_and_ways_of_a_doing_its_kind(tmp_path: Path) -> None:
    """In the note "DED.md": "Den-efficient digging (**DED**) = digging methods that move little soil." says
    what the note's concept is (an equals sign is no emphasis), and "digging methods", ways of a doing, are
    its kind as "burrow tools" would be."""
    graph = build_files(tmp_path, {"Digging/DED.md": "---\ntitle: DED\naliases: [den-efficient digging]\n---\n\n# DED\n\n"
                                                     "Den-efficient digging (**DED**) = digging methods that move little soil.\n"})[1]
    found = folded_facts(graph)
    assert ("ded", "isA", "digging") in found or ("ded", "isA", "digging method") in found, found


def test_a_bold_term_set_off_by_an_equals_sign_in_a_note_is_an_entry_with_its_maker(tmp_path: Path) -> None:
    """In a note a bold word is emphasis, but one set off by an equals sign (after its citation or not) is a term."""
    graph = build_files(tmp_path, {"Digging/Den digging.md": "---\ntitle: Den digging\n---\n\n# Den digging\n\n"
                                                             "**Moss lining** = a lining technique for dens.\n\n"
                                                             "**Sealing** (Kim et al., 2021) = a closing technique for dens.\n"})[1]
    found = folded_facts(graph)
    assert ("sealing", "developedBy", "kim et al") in found, found
    assert any(s == "moss lining" and r == "isA" for s, r, _o in found), found
    assert not any(s == "den digging" and r == "isA" for s, r, _o in found), found  # not the note's


@pytest.mark.parametrize("definition", ["anything that digs and lives in soil; in practice a claw + a snout + moss",
                                        "in practice a claw + a snout + moss"])
def test_a_sum_after_a_definition_or_a_word_on_how_it_is_put_says_what_the_term_contains(tmp_path: Path, definition: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n- **Wombat** — {definition}\n"))
    assert {("wombat", "contains", x) for x in ("claw", "snout", "moss")} <= found, found


# ---------------------------------------------------------------- a dash typed as two hyphens


def test_two_hyphens_set_off_by_spaces_are_a_dash(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        Burrow depth -- how far a den reaches below the frost line.
        Moss lining -- a den liner that keeps the chamber dry.

        - **Clay seal** -- a den sealant.
        - Kestrel drift --- a survey method
        """)
    found = lowered(graph)
    assert {("moss lining", "isA", "den liner"), ("clay seal", "isA", "den sealant"),
            ("kestrel drift", "isA", "survey method")} <= found, found
    assert {"burrow depth", "moss lining"} <= {name.lower() for name in names(graph)}
    assert not any("--" in name for name in names(graph)), names(graph)


def test_hyphens_that_are_no_dash_stay_as_written(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        - **Denctl** runs with `--dry-run -- --fast` to test a den.
        - Moss-lined dens--the old kind--stay dry.
        """)
    from kg.ingest.markdown import parse
    notes = parse("- run `a -- b` or a--b\n- A -- B\n", "n.md")
    code, dashed = (p.text for p in notes.paragraphs)
    assert code == "run a -- b or a--b" and "-- " not in dashed, (code, dashed)
    assert not any("—" in name for name in names(graph)), names(graph)


@pytest.mark.parametrize(("line", "part"), [
    ("- multi-den burrow = several den chambers in parallel", "den chamber"),
    ("- **Den ensemble**: multiple dens combined", "den"),
    ("- **Wide burrow**: many tunnels", "tunnel"),
])
def test_a_whole_defined_as_many_of_a_thing_contains_it(tmp_path: Path, line: str, part: str) -> None:
    """ "= several den chambers in parallel": the burrow is made of den chambers; "many ways to dig" (a shell
    noun) and "multiple choice burrows" (a kind of burrow, "multiple" no count) make no part."""
    term = line.split("**")[1].lower() if "**" in line else line[2:].split(" = ")[0]
    found = lowered(build(tmp_path, f"# Dens\n\n{line}\n- **Den maze**: many ways to dig\n- **Burrow quiz**: multiple choice burrows\n"))
    assert (term, "contains", part) in found, found
    assert not any(s == "den maze" or (s, r) == ("burrow quiz", "contains") for s, r, _o in found), found


def test_a_singular_thing_then_names_after_an_arrow_or_a_colon_lists_its_members(tmp_path: Path) -> None:
    """ "- clay tuning -> ClayHF, ClayPO": each one of clay tuning, as after a plural."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss FT -> MossHF, MossPO (see ch2)\n- clay tuning -> ClayHF, ClayPO\n"))
    assert {("mosshf", "isA", "moss ft"), ("mosspo", "isA", "moss ft"), ("clayhf", "isA", "clay tuning"), ("claypo", "isA", "clay tuning")} <= found, found
    found = lowered(build(tmp_path / "v2", "# Dens\n\n- v2 (2024): DenQA-PRO, MossQA, ClawR\n"))  # a version and its year, no thing
    assert not any(r == "isA" for _s, r, _o in found), found


def test_an_equals_sign_before_a_bare_noun_phrase_says_what_the_term_is(tmp_path: Path) -> None:
    """ "- sett = badger den": a badger den; "- den upkeep = RAG-D, moss tools" lists what it is done with, no kind."""
    found = lowered(build(tmp_path, "# Dens\n\n- sett = badger den\n- den upkeep = MossRAG, moss tools w/ search\n"))
    assert ("sett", "isA", "badger den") in found, found
    assert not any(s == "den upkeep" and r == "isA" for s, r, _o in found), found
