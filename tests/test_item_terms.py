"""Terms a list item sets off without bold: "- Context window: ...", "- Large kestrel model (LKM) — ...",
"1. Cross entropy - ..."; and the labels that look like them but name nothing ("Fun fact:", "Rule of
thumb:", "Step 1 -"). A plural before the last noun is a verb: "splits operators such as A" names no
kind "splits operator".

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, lowered, names

from kg.ingest.terms import _an_instruction, written_term


@pytest.mark.parametrize(("text", "term"), [
    ("Zorp window: a kind of buffer.", "Zorp window"),
    ("zorp window: a kind of buffer.", "zorp window"),
    ("Kestrel model (KM) — a foundation zorp.", "Kestrel model (KM)"),
    ("Perplexity - the exponential of cross entropy.", "Perplexity"),
    ("Wombat Caching: keeps the burrow warm.", "Wombat Caching"),
    ("The model has two parts: A and B.", None),  # a sentence before the colon
    ("It works like this - first dig, then hide.", None),
    ("KZW pipeline: a digger plus a sorter.", "KZW pipeline"),  # an abbreviation, then words in lower case
    ("KZW-2 tuning: digging with moss.", "KZW-2 tuning"),
    ("KZW beyond burrows: moss dens, clay dens.", None),  # a preposition: a phrase about it, no term
    ("Snout methods — push soil with the snout.", "Snout methods"),  # a plural kind and its definition
    ("Snout methods (aka pushing methods) — push soil.", "Snout methods (aka pushing methods)"),
    ("Snout methods: Root-Nudge, MudShove.", None),  # a plural before a colon labels its members
    ("Popular methods — Root-Nudge, MudShove.", None),  # a judgement of things labels a list
])
def test_a_list_item_sets_off_its_term_with_a_colon_or_a_dash(text: str, term: str | None) -> None:
    found = written_term(text, item=True)
    assert (found["term"] if found else None) == term


def test_items_with_terms_set_off_by_a_colon_or_a_dash_are_entries(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Vocabulary

        - Foundation zorp — a large model trained on broad burrow data.
        - Kestrel model (KM) — a foundation zorp that works with text.
        - Zorp window: a kind of buffer.
        - Fun fact: kestrels hover.
        - Rule of thumb: dig before you hide.
        - Step 1 - collect the burrow data

        1. Wombat rate — how fast a wombat digs.
        """)
    facts = lowered(graph)
    assert {("kestrel model", "isA", "foundation zorp"), ("zorp window", "isA", "buffer"),
            ("foundation zorp", "isA", "large model"), ("foundation zorp", "trainedOn", "broad burrow data")} <= facts
    for label in ("fun fact", "rule of thumb", "step 1"):
        assert_no_concept(graph, label)


def test_sources_alone_as_a_label_are_where_things_come_from_and_of_no_kind(tmp_path: Path) -> None:
    """ "Sources: your own burrow maps, public den lists" in an entry, "- Sources: Kim 2020, the den blog", "**Sources:** ...": no
    kind "source" and no concept of it; "Data sources: Clay Crawl, MossPedia" still lists data sources."""
    graph = build(tmp_path, "# Dens\n\n- **Den finding:** getting the den you need. Sources: your own burrow maps, public den lists\n"
                            "- Data sources: Clay Crawl, MossPedia\n- Sources: Kim 2020, the den blog\n\n**Sources:** Kim 2021, the moss blog\n")
    found = lowered(graph)
    assert {("clay crawl", "isA", "data source"), ("mosspedia", "isA", "data source")} <= found, found
    assert not any(o == "source" or s == "source" for s, _r, o in found), found
    assert_no_concept(graph, "source", "sources")


def test_a_version_set_off_as_a_label_is_no_term_and_names_no_kind(tmp_path: Path) -> None:
    """ "- v1: `Digbox`, `Mossy`" under a thing, "  - v2.1: Digbox, Mossy": what a version held, no concept "v1" with
    the names as its kinds, nor a part of the item above."""
    graph = build(tmp_path, "# Dens\n\n- **Moss den**: a den lined with moss\n  - v1: `Digbox`, `Mossy`, `Clayer`\n  - v2.1: Digbox, Mossy\n")
    assert not any(o in {"v1", "v2.1"} for _s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "v1", "v2.1")


def test_a_plural_kind_set_off_by_a_dash_is_an_entry_whose_names_are_its_members(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        - Snout methods (aka pushing methods) — push soil with the snout. Root-Nudge, MudShove, P-Dig
        - Vector dens — dens that hold vectors
        """)
    facts = lowered(graph)
    assert {("root-nudge", "isA", "snout method"), ("mudshove", "isA", "snout method"), ("p-dig", "isA", "snout method"),
            ("vector den", "isA", "den")} <= facts
    assert "pushing method" in {alias.lower() for c in graph.concepts() for alias in graph.aliases(c)}


def test_an_entry_named_by_an_abbreviation_and_words_has_its_examples(tmp_path: Path) -> None:
    """ "- [[KZW orchestration]]: chain the diggers; e.g. [[Quill]], Moss": the examples are of the entry."""
    facts = lowered(build(tmp_path, "# Notes\n\n- [[KZW orchestration]]: chain the diggers together; e.g. [[Quill]], Moss\n"))
    assert {("quill", "exampleOf", "kzw orchestration"), ("moss", "exampleOf", "kzw orchestration")} <= facts, facts


def test_a_plural_before_a_noun_is_a_verb_and_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - Burrow zorping — splits operators such as digging and hiding across wombats.

        Time series models like ARIMA are old.
        """)
    assert_no_concept(graph, "splits operator")
    assert ("arima", "isA", "time series model") in lowered(graph)  # "series" is no plural inside the phrase


def test_a_paragraph_opening_with_two_things_compared_and_a_colon_contrasts_them(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nKestrel vs wombat: the kestrel hovers, the wombat digs.\n\nThis vs that: fast vs slow.\n")
    facts = lowered(graph)
    assert ("kestrel", "contrastsWith", "wombat") in facts or ("wombat", "contrastsWith", "kestrel") in facts, facts
    assert_no_concept(graph, "this")


def test_used_by_names_who_uses_it_only_when_a_name_follows(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - ZORP — used by kestrel.cpp
        - Wombat is used by Quokka Search as its default ranking.
        - Burrows are used by default. Tunnels are used by many kestrels.
        """))
    assert {("zorp", "usedBy", "kestrel.cpp"), ("wombat", "usedBy", "quokka search")} <= facts, facts
    assert len([f for f in facts if f[1] == "usedBy"]) == 2, facts


def test_a_type_cell_that_only_sorts_names_a_kind_of_the_rows_and_a_verb_cell_names_nothing(tmp_path: Path) -> None:
    from reading import build as build_notes

    facts = lowered(build_notes(tmp_path, """\
        # Notes

        ## Burrowers

        | Burrower | Type | Weaknesses |
        |---|---|---|
        | Kestrel | cliff-based | needs tall rocks |
        | Wombat | soil-based (deep) | slow digging |
        """))
    assert {("kestrel", "isA", "cliff-based burrower"), ("wombat", "isA", "soil-based burrower")} <= facts, facts
    assert ("wombat", "suffersFrom", "slow digging") in facts, facts
    assert not any("needs" in o for _s, _r, o in facts), facts


def test_a_sorting_type_cell_takes_the_header_of_the_name_column_wherever_it_stands(tmp_path: Path) -> None:
    from reading import build as build_notes

    facts = lowered(build_notes(tmp_path, """\
        # Notes

        ## Burrowers

        | Rank | Burrower | Type |
        |---|---|---|
        | 1 | Kestrel | cliff-based |
        | 2 | Wombat | soil-based |
        """))
    assert {("kestrel", "isA", "cliff-based burrower"), ("wombat", "isA", "soil-based burrower")} <= facts, facts


def test_a_definition_that_is_a_name_alone_names_the_maker(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - Quokka-LLM — Kestrel Labs
        - **Zorp:** by Wombat AI.
        - Burrow tuning — a slow digger
        - Moss — Yes
        """))
    assert {("quokka-llm", "developedBy", "kestrel labs"), ("zorp", "developedBy", "wombat ai")} <= facts
    assert not any(r == "developedBy" and s in {"burrow tuning", "moss"} for s, r, _o in facts)


def test_a_steps_number_before_an_items_bold_term_is_no_part_of_it(tmp_path: Path) -> None:
    """ "- Stage 1): **soil loosening**: ...", "1. Step 2 - **tunnel digging** ...", "- (a) **moss lining**: ...":
    the number says where the step stands; the bold term is the item's, and the counted stages the heading's parts."""
    graph = build(tmp_path, """\
        # Notes

        ## Burrow digging

        Burrow digging has two stages:

        - Stage 1): **soil loosening**: claws break up the clay
        - Stage 2): **soil removal**: the wombat kicks the loose soil out

        ## Den building

        1. Step 1 - **site choice** - pick a dry slope
        2. Phase 2: **moss lining** - soft moss on the floor
        - (a) **den sealing**: clay over the door
        - a **moss bed** keeps them warm
        """)
    facts = lowered(graph)
    assert {("burrow digging", "contains", "soil loosening"), ("burrow digging", "contains", "soil removal")} <= facts, facts
    assert {"site choice", "moss lining", "den sealing"} <= names(graph), names(graph)
    for label in ("stage 1", "step 1", "phase 2", "moss bed"):
        assert_no_concept(graph, label)


def test_a_term_owned_by_a_maker_is_named_without_it(tmp_path: Path) -> None:
    """ "- Stanford's Kestrel Board: ..." and "**Wombat Labs' Den Meter**" name Kestrel Board and Den Meter,
    made by their owners (the owner's words as written another label); "**Tailor's Perfect Fit**", a common
    noun's, is no maker's."""
    graph = build(tmp_path, """\
        # Boards

        - Stanford's Kestrel Board: a public leaderboard.
        - **Hugging Face's Den Meter**: a burrow benchmark.
        - **Tailor's Perfect Fit**: a suit that fits one mannequin.
        """)
    found = lowered(graph)
    assert {("kestrel board", "developedBy", "stanford"), ("den meter", "developedBy", "hugging face"),
            ("kestrel board", "isA", "public leaderboard")} <= found, found
    assert "Stanford Kestrel Board" in graph.aliases(graph.resolve("Kestrel Board"))
    assert not any(r == "developedBy" and o == "tailor" for _s, r, o in found), found


def test_a_terse_definition_ending_on_its_maker_or_its_purpose(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - **Quill** — a burrow radar, by Wombat Labs
        - **Fern** — a moss model, for den lining
        - **Reed** — a soft bed, for now
        """))
    assert {("quill", "developedBy", "wombat labs"), ("quill", "isA", "burrow radar"), ("fern", "usedFor", "den lining")} <= found, found
    assert not any(s == "reed" and r == "usedFor" for s, r, _o in found), found


def test_a_term_opening_on_a_past_form_is_a_participle_and_a_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        ## Kinds of digging
        - **[[Supervised digging]]** (SD): digging with a guide
        - **Wombat digging**: digging alone
        """))
    assert {("supervised digging", "isA", "digging"), ("wombat digging", "isA", "digging")} <= found, found


@pytest.mark.parametrize(("item", "kind"), [
    ("- **digger** — the wombat model that clears the den", ("digger", "isA", "wombat model")),
    ("- **Moss**: the lining that keeps dens dry", ("moss", "isA", "lining")),
])
def test_a_definite_description_with_a_relative_clause_says_what_the_term_is(tmp_path: Path, item: str, kind: tuple[str, str, str]) -> None:
    """ "the LLM that writes the answer": the verb is the relative clause's, the noun before it the kind;
    "the input or question that ..." names two, no kind."""
    found = lowered(build(tmp_path, f"# Dens\n\n{item}\n- **Den data** - the input or question that we dig for\n"))
    assert kind in found, found
    assert not any(s == "den data" for s, _r, _o in found), found


def test_names_alone_after_a_definitions_last_semicolon_are_of_the_kind_it_defines(tmp_path: Path) -> None:
    """ "**Den sensor** — a probe for tunnels; Quill-4, DenKit": two names by their capitals are den
    sensors; after "a den lab; ..." they are its work, no kinds of a lab."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den sensor** — a probe for tunnels; Quill-4, DenKit\n"
                          "- **WombatAI** — a den lab; Moss-7, ClayKit\n- **Sett** — a deep den; badgers, foxes\n"))
    assert {("quill-4", "isA", "den sensor"), ("denkit", "isA", "den sensor")} <= found, found
    assert not any(o in ("wombatai", "sett") and r == "isA" for _s, r, o in found), found


@pytest.mark.parametrize(("item", "expected"), [
    ("- burrow benchmark: [[DenEval]]", ("deneval", "isA", "burrow benchmark")),
    ("- moss dataset: MossSet-4", ("mossset-4", "isA", "moss dataset")),
])
def test_one_name_after_a_label_whose_head_has_a_class_is_one_of_them(tmp_path: Path, item: str, expected: tuple[str, str, str]) -> None:
    """ "embedding benchmark: MTEB": a name alone under a kind the vocabulary has a class for; "sparse
    digging: DenKit" stays an example left unsaid, a one-word field's value too ("Dataset: X", test_stated_forms),
    and a name after a name is its maker."""
    found = lowered(build(tmp_path, f"# Dens\n\n{item}\n- sparse digging: DenKit\n- **Den Radar Suite** — Wombat Labs\n"))
    assert expected in found, found
    assert not any(s == "denkit" and r == "isA" for s, r, _o in found), found
    assert ("den radar suite", "developedBy", "wombat labs") in found, found


def test_a_name_and_its_version_keep_their_capitals_as_a_term(tmp_path: Path) -> None:
    """ "- e.g. [[Quillo 8x7B]]: ..." under an entry: a capitalised word a version follows is a name's,
    not a common noun capitalised for its place ("**Den Sorting**" is still `den sorting`)."""
    graph = build(tmp_path, "# Dens\n\n- **Den Sorting** — sorting dens by depth\n  - e.g. [[Quillo 8x7B]]: 8 sorters of 7B each\n")
    labels = {graph.label(c) for c in graph.concepts()}
    assert "Quillo 8x7B" in labels and "den sorting" in labels, labels


@pytest.mark.parametrize("item", ["- **Den mapping** e.g. MoleMap: draws the dens", "- **Den mapping**, such as MoleMap — draws the dens"])
def test_a_name_given_as_an_example_beside_a_term_is_one_of_it(tmp_path: Path, item: str) -> None:
    """ "**Den mapping** e.g. MoleMap: ...": MoleMap is an example of den mapping, and the definition
    after the colon is still the term's; "e.g. a wet den" describes, and names no example."""
    graph = build(tmp_path, f"# Dens\n\n{item}\n- **Den sizing** e.g. a wet den: sizes it\n")
    found = lowered(graph)
    assert ("molemap", "exampleOf", "den mapping") in found, found
    assert graph.definition(graph.resolve("den mapping")), "the definition after the examples is kept"
    assert not any(s == "wet den" for s, _r, _o in found), found


def test_a_name_in_capitals_opening_on_a_judging_word_is_a_term_and_a_graded_adjective_is_none(tmp_path: Path) -> None:
    """ "- Common Burrow - nonprofit that maps dens": a name, whatever "common" judges elsewhere ("Common methods: A, B");
    "  - v noisy: owls, foxes" says how noisy, of no thing named "v"."""
    graph = build(tmp_path, "- Common Burrow - nonprofit that maps dens\n  - v noisy: owl calls, fox tracks\n"
                            "- Great Warren - a burrow mapping project\n")
    found = lowered(graph)
    assert {("common burrow", "isA", "nonprofit"), ("great warren", "isA", "burrow mapping project")} <= found, found
    assert not {"v", "v noisy"} & names(graph), names(graph)


@pytest.mark.parametrize(("definition", "kind"), [
    ("popular burrow index.", "burrow index"),
    ("graph-based KZW index, fast and cheap.", "graph-based KZW index"),
    ("burrow ranking function", "burrow ranking function"),
])
def test_a_noun_phrase_without_article_after_a_name_is_its_kind(tmp_path: Path, definition: str, kind: str) -> None:
    graph = build(tmp_path, f"# Search\n\n- **Zorpsearch**: {definition}\n")
    assert ("zorpsearch", "isA", kind.lower()) in lowered(graph)
    assert not {o for s, r, o in lowered(graph) if r == "isA" and o in ("fast", "fast and cheap", "cheap")}


@pytest.mark.parametrize("item", [
    "- **Input**: burrow index.",  # a word of the dictionary: what it is set to, no kind of it
    "- **Zorpsearch**: probability-based classification.",  # what it does, no thing it is
    "- **Zorpsearch**: fast.",
])
def test_a_value_or_a_doing_after_a_term_is_no_kind_of_it(tmp_path: Path, item: str) -> None:
    graph = build(tmp_path, f"# Search\n\n{item}\n")
    assert not {(s, o) for s, r, o in lowered(graph) if r == "isA" and s in ("input", "zorpsearch")}


def test_a_verb_before_an_adjective_and_a_plural_is_an_instruction_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Zorping\n\n- **Moss zorping**: drop small dens\n- **Clay zorping**: Large clay methods that hold.\n")
    found = {(s, o) for s, r, o in lowered(graph) if r == "isA"}
    assert ("clay zorping", "large clay method") in found, found
    assert not {o for s, o in found if s == "moss zorping"}, found
    assert_no_concept(graph, "drop small den")


@pytest.mark.parametrize("line", ["  - filters: drop repetitive, too short, refusals", "  - filters: drop dens that are too short, noisy"])
def test_a_list_of_what_to_drop_said_by_what_it_is_like_names_nothing(tmp_path: Path, line: str) -> None:
    graph = build(tmp_path, f"- Den cleaning\n{line}\n")
    assert_no_concept(graph, "drop", "short", "too short", "drop repetitive")


def test_names_listed_after_a_doing_are_within_it_and_after_a_thing_kinds_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "## Dens\n\n- Managing den space: ZorpSort (oldest first), moss sweeping, den pruning.\n"
                                    "- Burrow radar: DenScan, ClayPing, MoleEye\n"))
    assert {("managing den space", "includes", "zorpsort"), ("managing den space", "includes", "moss sweeping")} <= found, found
    assert ("zorpsort", "isA", "managing den space") not in found, found
    assert ("denscan", "isA", "burrow radar") in found, found


def test_a_bold_word_of_the_dictionary_with_its_maker_after_it_is_a_name_not_an_instruction(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "Den indexes:\n- **Annoy** (Zorpco): tree-based, splits the burrow.\n"))
    assert {("annoy", "developedBy", "zorpco"), ("annoy", "isA", "den index")} <= found, found


@pytest.mark.parametrize(("line", "fact"), [
    ("- **DF8:** DenFloat-8, a format made by Zorpco.", ("df8", "isA", "format")),
    ("- **MF:** MossFlow, a library from Zorpco", ("mf", "developedBy", "zorpco")),
    ("- **BF16:** BFloat16, designed by Zorpco for dens.", ("bf16", "developedBy", "zorpco")),
])
def test_an_abbreviation_spelled_out_by_one_name_of_its_capitals_is_that_name(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    """ "**MF:** MossFlow, a library ...": MossFlow is the term's other name, so what the rest says is the term's;
    "**LM:** LaMoss, ..." is none (its parts spell "LMM"), and "**AG:** Agents" no name at all."""
    graph = build(tmp_path, f"# Dens\n\n{line}\n- **LM:** LaMoss, a den from Zorpco\n")
    assert fact in lowered(graph), lowered(graph)
    assert len(names(graph) & {"lm", "lamoss"}) == 2, names(graph)


def test_a_class_word_alone_before_a_name_makes_the_name_one_of_its_class(tmp_path: Path) -> None:
    """ "- benchmark: DenQA", "- benchmark: `DenQB` — questions ...": each one benchmark; the class word opens no
    entry, "- metric: depth" right under "## Den safety" names no kind "metric den safety" (the tagger may read
    "metric" as an adjective), and "- tool: moss sweeping", no name, says nothing."""
    graph = build(tmp_path, "# Dens\n\n## Den safety\n\n- benchmark: DenQA\n- benchmark: `DenQB` — questions diggers get wrong\n"
                            "- metric: `depth`, sometimes `width` for tunnels\n- tool: moss sweeping\n")
    facts = lowered(graph)
    assert {("denqa", "isA", "benchmark"), ("denqb", "isA", "benchmark")} <= facts, facts
    assert not any(s in ("benchmark", "tool", "metric") or "metric den" in s for s, _r, _o in facts), facts
    assert ("moss sweeping", "isA", "tool") not in facts, facts
    assert_no_concept(graph, "metric den safety")


def test_a_maker_s_word_before_a_model_s_code_is_a_name_not_an_instruction(tmp_path: Path) -> None:
    """ "**Google ZPU** - an accelerator by Google": "google" is a verb to the dictionary, but before a code in capitals
    it is a maker's word in a name, whose definition is its own; a code with a digit keeps the capital before it
    ("Zorpco Z1"). "Google the dens" is still an instruction."""
    assert not _an_instruction("Google ZPU") and _an_instruction("Google the dens")
    graph = build(tmp_path, "# Dens\n\n- **Google ZPU** - an accelerator by Google\n- [Zorpco Z1](https://example.com/z1) - Zorpco's den radar\n")
    found = lowered(graph)
    assert {("google zpu", "isA", "accelerator"), ("google zpu", "developedBy", "google"), ("zorpco z1", "isA", "den radar")} <= found, found
    assert "Zorpco Z1" in {graph.label(c) for c in graph.concepts()}


def test_the_label_of_an_example_is_no_term(tmp_path: Path) -> None:
    """ "- Zorpco ex: badgers put maps online" and "- Real-world example: ..." under an entry label an example,
    whose words say whose it is or what it is like; "**Codex:** ..." and "**Few-shot example:** ..." are terms."""
    graph = build(tmp_path, """\
        # Dens

        - **Den privacy:** keeping dens hidden
          - Zorpco ex: badgers put maps online -> Zorpco banned maps (2023)
          - Real-world example: owls found the den
        - **Few-shot example:** an example put in the prompt
        - **Codex:** a digging model
        """)
    assert {"few-shot example", "codex"} <= names(graph), names(graph)
    assert not {"zorpco ex", "real-world example"} & names(graph), names(graph)



def test_a_singular_term_defined_by_a_bare_plural_is_no_kind_of_it(tmp_path: Path) -> None:
    """ "- DenBench - grade-school digging questions": what one thing holds or is made of; a singular term is of
    the kind a singular or an article names, or a plural of a word for kinds or of a class ("ensemble methods")."""
    found = lowered(build(tmp_path, """\
        # Dens

        - DenBench - grade-school digging questions
        - **MossNet**: moss layers separated by clay walls
        - den mode :: tunnels shown to cubs as they are dug
        - **Holt** - a deep tunnel
        - **Mossbed** - deep tunnel
        - **Clawnet** - library for digging tunnels
        - **Blending** - ensemble methods that average predictions
        - **Zorp** - sparse models that route tokens
        """))
    assert not any(s in {"denbench", "mossnet", "den mode"} and r == "isA" for s, r, _o in found), found
    assert {("holt", "isA", "deep tunnel"), ("mossbed", "isA", "deep tunnel"), ("clawnet", "isA", "library")} <= found, found
    assert {("blending", "isA", "ensemble method"), ("zorp", "isA", "sparse model")} <= found, found  # a word for kinds, a class


def test_a_name_and_a_comma_before_a_verb_is_the_term_s_maker_not_the_verb_s_subject(tmp_path: Path) -> None:
    """ "- **DenNeMo**: Zorpco, focuses on clay data": who made it, then what the term does."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenNeMo**: Zorpco, focuses on clay data\n- **Clawkit**: Moss Labs, runs on clay\n"))
    assert {("dennemo", "developedBy", "zorpco"), ("dennemo", "focusesOn", "clay data"), ("clawkit", "developedBy", "moss labs")} <= found, found
    assert not any(s in {"zorpco", "moss labs"} for s, _r, _o in found), found


def test_a_made_thing_from_a_name_is_by_that_maker_and_data_from_a_name_only_came_from_it(tmp_path: Path) -> None:
    """ "- Digkit — library from Zorpco": a library, made by Zorpco; "data from Common Crawl" names where it came from."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Digkit** — library from Zorpco\n- **Mosskit**: den model from Zorpco, trained on clay\n"
                                    "- **Claydata** - data from Mole Crawl\n"))
    assert {("digkit", "isA", "library"), ("digkit", "developedBy", "zorpco"), ("mosskit", "developedBy", "zorpco")} <= found, found
    assert not any(r == "developedBy" and s == "claydata" for s, r, _o in found), found


def test_a_language_in_parentheses_after_a_name_is_no_maker(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- Jais (Arabic) is a den model.\n- Clawa (Welsh) is a den model.\n- Mossa (Zorpco) is a den model.\n"))
    assert ("mossa", "developedBy", "zorpco") in found, found
    assert not any(o in {"arabic", "welsh"} for _s, _r, o in found), found


def test_a_kind_from_a_quoted_title_is_the_kind_and_the_title_s_verbs_none_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, '# Dens\n\n- **Denformer:** architecture from "Digging Is All You Need" (Kim et al., 2017), based on moss.\n'))
    assert ("denformer", "isA", "architecture") in found, found
    assert not any(r == "developedBy" and "digging" in o for _s, r, o in found), found


def test_a_count_of_things_then_a_list_after_a_term_names_its_parts(tmp_path: Path) -> None:
    """ "- **Warren** — 3 rooms: nest, larder, toilet": what the warren is made of; "2 types: A, B" still its kinds."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Warren** — 3 rooms: nest, larder, toilet\n- **Sett** — 2 types: winter sett, summer sett\n"))
    assert {("warren", "contains", "nest"), ("warren", "contains", "larder"), ("warren", "contains", "toilet")} <= found, found
    assert not any(s == "warren" and r == "includes" for s, r, _o in found), found
    assert ("winter sett", "isA", "sett") in found, found


def test_names_after_e_g_at_the_end_of_a_definition_that_opens_on_its_verb_are_the_term_s_examples(tmp_path: Path) -> None:
    """ "- **Den judge:** scores a (den, badger) pair, e.g. Zorpco's DenCap": DenCap is a den judge, no pair."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den judge:** scores a (den, badger) pair, e.g. Zorpco's DenCap\n"
                                    "- **Moss judge:** scores a den against a reference den, e.g. MossRT, Clawmetheus\n"))
    assert {("dencap", "isA", "den judge"), ("mossrt", "isA", "moss judge"), ("clawmetheus", "isA", "moss judge")} <= found, found
    assert not any(s in {"dencap", "mossrt", "clawmetheus"} and "pair" in o for s, _r, o in found), found


def test_a_maker_s_subset_or_version_of_a_thing_is_one_of_it_by_that_maker(tmp_path: Path) -> None:
    """ "- **D4**: Zorpco's cleaned-up subset of Mole Crawl": part of Mole Crawl, made by Zorpco."""
    found = lowered(build(tmp_path, "# Dens\n\n- **D4**: Zorpco's cleaned-up subset of Mole Crawl\n- **D6**: Zorpco's version of Digkit\n"))
    assert {("d4", "partOf", "mole crawl"), ("d4", "developedBy", "zorpco"), ("d6", "isA", "digkit"), ("d6", "developedBy", "zorpco")} <= found, found


def test_a_kind_said_with_how_common_it_is_and_no_article_is_what_the_term_is(tmp_path: Path) -> None:
    """ "- **Roleplaying-D:** very common digging style (game characters, personas)": a digging style; a lone
    adjective and a noun ("**Input**: common text") may be a value, no kind."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Roleplaying-D:** very common digging style (game characters, personas).\n"
                                    "- **Input**: common text\n"))
    assert ("roleplaying-d", "isA", "digging style") in found, found
    assert not any(s == "input" for s, _r, _o in found), found


def test_a_singular_word_in_parentheses_after_a_singular_is_no_other_name(tmp_path: Path) -> None:
    """ "dryness (tunneling)": what the metric is for, never one concept with tunneling; "dens (burrows)" and
    "den-lining (denlining)" are other names."""
    from kg.ingest.nouns import noun_phrase
    assert noun_phrase("dryness (tunneling)").aliases == ()
    assert "burrow" in noun_phrase("dens (burrows)").aliases and "denlining" in noun_phrase("den-lining (denlining)").aliases
    graph = build(tmp_path, "# Dens\n\n- good for den tasks (tunneling, nesting)\n\nDen metrics: depth, dryness (tunneling), warmth (nesting).\n")
    assert {("dryness", "isA", "den metric"), ("warmth", "isA", "den metric")} <= lowered(graph), lowered(graph)


def test_a_past_form_before_a_noun_opens_a_bare_kind_not_a_sentence(tmp_path: Path) -> None:
    """ "- **DenFlash:** fused den kernel for GPUs, Kim et al.": a fused den kernel, made by Kim et al.; the
    definition is no subject of its own that the citation credits."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenFlash:** fused den kernel for GPUs, Kim et al.\n"))
    assert {("denflash", "isA", "fused den kernel"), ("denflash", "developedBy", "kim et al.")} <= found, found
    assert not any(s.startswith("fused") for s, _r, _o in found), found
