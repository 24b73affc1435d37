"""Forms read from held-out notes of round sixty-two.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, facts, lowered


def test_a_title_case_plural_title_met_in_lower_case_is_a_common_noun_in_the_singular(tmp_path: Path) -> None:
    """A note "Den Attacks.md" whose text says "types of den attacks": the concept is "den attack" (the title as
    written another label), so its kinds are of it; "Sett Masters", a title never written in lower case, stays."""
    _result, graph = build_files(tmp_path, {
        "Den Attacks.md": "- ways to hurt a den\n- 3 main types of den attacks\n\t- [[den flooding]] — pour water in\n"
                          "\t- [[smoke out]] — light a fire\n",
        "Dens.md": "- a den is a home; see [[Den Attacks]] and [[Sett Masters]]\n",
        "Sett Masters.md": "- a club of badgers that dig setts\n"})
    found = facts(graph)
    assert {("den flooding", "isA", "den attack"), ("smoke out", "isA", "den attack")} <= found, found
    assert graph.label(graph.resolve("Den Attacks")) == "den attack"
    assert graph.label(graph.resolve("Sett Masters")) == "Sett Masters"


def test_a_word_in_wise_opening_a_sentence_is_an_adverb_no_word_of_the_subject(tmp_path: Path) -> None:
    """ "Implementation-wise den sealing uses a clay plug", "Cost-wise, moss beds use fern", "Otherwise the sett uses
    clay": the subject is what follows the adverb, not "Implementation-wise den sealing" (nor the sentence before's)."""
    graph = build(tmp_path, "# Dens\n\nImplementation-wise den sealing uses a clay plug. Cost-wise, moss beds use fern. "
                            "Likewise, the holt uses moss. Otherwise the sett uses clay.\n")
    found = facts(graph)
    assert {("den sealing", "uses", "clay plug"), ("moss bed", "uses", "fern"), ("holt", "uses", "moss"),
            ("sett", "uses", "clay")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "wise" in s.lower()}, found


def test_words_that_judge_a_wikilink_before_it_are_no_words_of_the_name_it_links(tmp_path: Path) -> None:
    """ "Sett digging is one of the standard [[den chores]]", "one of the most popular [[den walls]]": a den chore, a den
    wall, no concept "standard den chore" (the link says where the name starts); "a large [[den net]]" says which nets."""
    graph = build(tmp_path, "# Dens\n\nSett digging is one of the standard [[den chores]] too. Clay is one of the most popular "
                            "[[den walls]].\n\nMole nets are a large [[den net]].\n")
    found = lowered(graph)
    assert {("sett digging", "isA", "den chore"), ("clay", "isA", "den wall"), ("mole net", "isA", "large den net")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "standard" in s or "standard" in o or "popular" in o}, found


def test_a_name_beside_the_authors_that_holds_or_spells_the_name_is_another_name_no_maker(tmp_path: Path) -> None:
    """ "**Sett** (Okapi Sett, Brock et al.)", "**HoDE** (Hollow Den Entrance, Gao et al. 2022)": another name and the
    authors, no `sett developedBy Okapi Sett`; "(Kim et al., 2021, Zorpco)" and "(Zorpco, Lee et al. 2023)" are makers both."""
    graph = build(tmp_path, "# Dens\n\n**Sett** (Okapi Sett, Brock et al.) is a burrow.\n\n**HoDE** (Hollow Den Entrance, Gao et al. "
                            "2022) is a den door.\n\n**MossNet** (Kim et al., 2021, Zorpco) is a net.\n\n"
                            "**DenGPT** (Zorpco, Lee et al. 2023) is a model.\n")
    found = lowered(graph)
    makers = {(s, o) for s, r, o in found if r == "developedBy"}
    assert makers == {("sett", "brock et al."), ("hode", "gao et al."), ("mossnet", "kim et al."), ("mossnet", "zorpco"),
                      ("dengpt", "lee et al."), ("dengpt", "zorpco")}, makers
    assert graph.resolve("Okapi Sett") == graph.resolve("Sett") and graph.resolve("Hollow Den Entrance") == graph.resolve("HoDE")


def test_a_work_named_after_the_year_of_a_citation_is_no_maker(tmp_path: Path) -> None:
    """ "**MossNet** (Kim et al. 2021, DenQA-8K)": the authors, then the work they wrote on (a name with a version's
    number), no maker "DenQA-8K"; "(Kim et al., 2021, Zorpco)" still names an organisation beside the authors, and
    "DenFit (Lee et al., 2018) showed that ..." still credits Lee et al. with DenFit."""
    graph = build(tmp_path, "# Dens\n\n**MossNet** (Kim et al. 2021, DenQA-8K) is a net.\n\n**ClayNet** (Kim et al., 2021, Zorpco) is a "
                            "net.\n\nDenFit (Lee et al., 2018) showed that moss helps.\n")
    makers = {(s, o) for s, r, o in lowered(graph) if r == "developedBy"}
    assert makers == {("mossnet", "kim et al."), ("claynet", "kim et al."), ("claynet", "zorpco"), ("denfit", "lee et al.")}, makers


def test_the_word_that_says_whose_work_it_is_is_no_authors_name(tmp_path: Path) -> None:
    """ 'From Hernandez et al. (2021), "Scaling Laws for Dens"', 'See Kim et al. 2021, "Setts and Holts"': the authors are
    Hernandez et al. and Kim et al., not "From Hernandez et al."."""
    graph = build(tmp_path, '# Dens\n\n- **Den transfer**: works worse than digging anew. From Hernandez et al. (2021), '
                            '"Scaling Laws for Dens".\n- **Sett**: a den. See Kim et al. 2021, "Setts and Holts".\n')
    made = {(s, o) for s, r, o in facts(graph) if r == "createdBy"}
    assert made == {("Scaling Laws for Dens", "Hernandez et al."), ("Setts and Holts", "Kim et al.")}, made


def test_a_possessive_alone_names_no_concept(tmp_path: Path) -> None:
    """ "many den terms (Zorpco's terms of use, the Sett 2 license)": no concept "Zorpco's", of nothing; "Zorpco's MossNet"
    is still Zorpco's."""
    graph = build(tmp_path, "# Dens\n\n- **Den terms**: many den terms (Zorpco's terms of use, the Sett 2 license) forbid reuse.\n"
                            "- **Moss**: bedding. Zorpco's MossNet uses it.\n")
    found = facts(graph)
    assert not {(s, r, o) for s, r, o in found if s.endswith("'s") or o.endswith("'s")}, found
    assert ("MossNet", "developedBy", "Zorpco") in found, found


def test_a_link_named_after_the_site_it_points_into_is_where_to_read_no_concept(tmp_path: Path) -> None:
    """ "Wang et al. (2022), [arXiv](https://arxiv.org/abs/...)": the paper's place, no concept "arXiv" made by Wang et al.
    (the entry is theirs); "a kit on [GitHub](...)" is still a kit; "[Sett tools](https://github.com/...)" names its thing."""
    graph = build(tmp_path, "# Dens\n\n- **Self-Digging**: Wang et al. (2022), [arXiv](https://arxiv.org/abs/2212.10560). A way to dig.\n"
                            "- **Zorpkit**: a kit on [GitHub](https://github.com/kim/zorpkit). See also [Sett tools](https://github.com/kim/sett).\n")
    found = lowered(graph)
    assert {("self-digging", "developedBy", "wang et al."), ("zorpkit", "isA", "kit"), ("zorpkit", "relatedTo", "sett tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "arxiv" in (s, o) or "github" in (s, o)}, found


def test_a_bare_kind_that_a_clause_of_where_or_in_which_follows_is_what_the_term_is(tmp_path: Path) -> None:
    """ "**Fern data**: clay data where badgers compare two dens", "**Den run**: den cycle in which the den is swept": a kind
    without its article, as "a den mode where ..." always was; "**Moss**: digging where the soil is soft" is no kind."""
    graph = build(tmp_path, "# Dens\n\n- **Fern data**: clay data where badgers compare two dens and pick the better one.\n"
                            "- **Den run**: den cycle in which the den is swept.\n- **Moss**: digging where the soil is soft.\n")
    found = facts(graph)
    assert {("fern data", "isA", "clay data"), ("den run", "isA", "den cycle")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "moss"}, found


def test_a_column_of_example_benchmarks_says_what_evaluates_its_row(tmp_path: Path) -> None:
    """ "| Example benchmark / tool |", "| Example benchmarks |": benchmarks evaluate the row as a "Benchmarks" column's do
    (and tools beside them too), no mere examples of it; "| Example models |" still names examples of the row."""
    graph = build(tmp_path, "# Dens\n\n| Criterion | What it checks | Example benchmark / tool |\n|---|---|---|\n"
                            "| Den safety | is the den safe | SafeDen, DenGuard |\n\n| Skill | Example benchmarks |\n|---|---|\n"
                            "| Den digging | DigBench |\n\n| Family | Example models |\n|---|---|\n| Den nets | MoleNet |\n")
    found = lowered(graph)
    assert {("den safety", "evaluatedBy", "safeden"), ("den safety", "evaluatedBy", "denguard"),
            ("den digging", "evaluatedBy", "digbench"), ("den net", "hasExample", "molenet")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "hasExample" and s != "den net"}, found


def test_things_listed_in_parentheses_after_what_a_plural_term_says_first_are_of_it(tmp_path: Path) -> None:
    """ "- **Hard traits** = cannot change (fur, claws, teeth)": each is a hard trait; a singular term lists what it uses
    ("- **Den tool**: digs (claws, sticks)": no example of a den tool), a citation lists no things."""
    graph = build(tmp_path, "# Dens\n\n- **Hard traits** = cannot change (fur, claws, teeth)\n"
                            "- **Den tools**: things badgers use to dig (claws, sticks, stones). They last.\n"
                            "- **Den tool**: digs (claws, sticks)\n- **Hallucinations**: made-up facts (Ji et al., 2023)\n")
    found = facts(graph)
    assert {("fur", "exampleOf", "hard trait"), ("tooth", "exampleOf", "hard trait"), ("claw", "exampleOf", "den tool"),
            ("stone", "exampleOf", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "exampleOf" and o not in ("hard trait", "den tool")}, found


def test_a_noun_in_a_that_the_dictionary_holds_as_itself_first_is_no_plural(tmp_path: Path) -> None:
    """ "stamina" is stamina (no plural of "stamen"), "agenda" an agenda; "criteria" and "strata" are still plurals."""
    graph = build(tmp_path, "# Dens\n\n- **Soft traits**: can be improved (speed, stamina, den hygiene).\n"
                            "- **Den criteria**: the tests a den must pass.\n- **Den strata**: the layers of a den.\n")
    labels = {graph.label(c) for c in graph.concepts()}
    assert {"stamina", "den criterion", "den stratum"} <= labels and "stamen" not in labels, labels


def test_links_joined_by_and_before_a_dash_in_an_item_are_each_a_thing_of_their_own(tmp_path: Path) -> None:
    """ "  - [[den flooding]] & [[smoke out]] — hurt the badgers" under "types of den attacks": both are den attacks, not
    the first alone; "  - [[mud]] and then [[rain]]" joins more than the two ("and then"), and names the first."""
    _result, graph = build_files(tmp_path, {"Den Attacks.md": "- 3 main types of den attacks\n\t- [[den flooding]] & [[smoke out]] — "
                                            "hurt the badgers\n\t- [[den theft]], [[den wrecking]] — ruin it\n\t- [[mud]] and then [[rain]] — a sequence\n"})
    found = facts(graph)
    assert {("den flooding", "isA", "den attack"), ("smoke out", "isA", "den attack"), ("den theft", "isA", "den attack"),
            ("den wrecking", "isA", "den attack"), ("mud", "isA", "den attack")} <= found, found
    assert ("rain", "isA", "den attack") not in found, found


def test_names_listed_before_a_verb_and_its_object_are_a_clause_no_list_of_members(tmp_path: Path) -> None:
    """ "MossKit, DenTool and ClayPro all support it." after an entry: three subjects of a verb, no members of the entry;
    "MossKit, DenTool, ClayPro." after "Den kits" still lists its kinds by name."""
    graph = build(tmp_path, "# Dens\n\n- **Moss sealing**: a way to seal dens. MossKit, DenTool and ClayPro all support it.\n"
                            "- **Den kits**: kits that add moss to the den. MossKit, DenTool, ClayPro.\n")
    found = facts(graph)
    assert not {(s, r, o) for s, r, o in found if s == "moss sealing" and r in ("includes", "hasKind")}, found
    assert {("MossKit", "isA", "den kit"), ("ClayPro", "isA", "den kit")} <= found, found


def test_a_purpose_named_before_its_examples_is_what_a_thing_is_for(tmp_path: Path) -> None:
    """ "data used for den tuning like DenRL or DenPO": the data is for den tuning, a doing (DenRL and DenPO are kinds of
    it, no purposes of the data); "a kit used for tasks like sweeping": the kit is for sweeping, as ever."""
    graph = build(tmp_path, "# Dens\n\n- **Clay data**: data used for den tuning like DenRL or DenPO.\n"
                            "- **Den kit**: a kit used for tasks like sweeping and digging.\n")
    found = facts(graph)
    assert {("clay data", "usedFor", "den tuning"), ("den kit", "usedFor", "sweeping"), ("den kit", "usedFor", "digging")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "usedFor" and o in ("DenRL", "DenPO", "task")}, found


def test_choices_listed_after_the_kind_a_clause_ends_on_are_of_that_kind(tmp_path: Path) -> None:
    """ "What you need depends on the digging phase: early digging, deep digging (DD), or late digging": each is a
    digging phase; "It depends on the den: wet ones flood, or dry ones crack" lists clauses, no kinds of den."""
    graph = build(tmp_path, "# Dens\n\nWhat you need depends on the digging phase: early digging, deep digging (DD), or late digging.\n\n"
                            "It depends on the den: wet ones flood, or dry ones crack.\n")
    found = facts(graph)
    assert {("early digging", "isA", "digging phase"), ("deep digging", "isA", "digging phase"),
            ("late digging", "isA", "digging phase")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "den"}, found


def test_the_half_of_a_whole_is_a_part_of_it(tmp_path: Path) -> None:
    """ "The holt is the half of a den that holds kits", "The sett is the other half of the den": parts of the den,
    no kind "half of den"."""
    graph = build(tmp_path, "# Dens\n\nThe holt is the half of a den that holds kits. The sett is the other half of the den.\n")
    found = facts(graph)
    assert {("holt", "partOf", "den"), ("sett", "partOf", "den")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "half" in o}, found


def test_a_step_number_opening_a_diagram_label_is_no_word_of_the_name(tmp_path: Path) -> None:
    """ "C[Stage 2 - Moss drying] --> D[Den floor]": the node is moss drying, not "Stage 2"; "A[Step 1: Sweep all tunnels]"
    is an instruction, no concept "Step 1"; a label that is only "Step 3" stays as written."""
    graph = build(tmp_path, "# Den care\n\n```mermaid\nflowchart TD\n    A[Step 1: Sweep all tunnels] --> B[Step 2: Den plan]\n"
                            "    C[Stage 2 - Moss drying] --> D[Den floor]\n    E[Step 3] --> F[Den roof]\n```\n")
    found = lowered(graph)
    assert {("moss drying", "relatedTo", "den floor"), ("step 3", "relatedTo", "den roof")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s in ("step 1", "step 2", "stage 2") or o in ("step 1", "step 2", "stage 2")}, found


def test_a_capitalised_plural_in_a_column_of_common_nouns_is_a_kind_in_the_singular(tmp_path: Path) -> None:
    """ "| Stereotypes |" under "| Loud noises |": the kind "stereotype", capitalised for its place only, and its cell
    "gender or ethnic stereotypes" names gender stereotypes; "| Transformers |" among "| PyTorch |" stays a name."""
    graph = build(tmp_path, "# Dens\n\n### Safety\n\n| Category | Examples |\n|---|---|\n| Loud noises | barking, howling |\n"
                            "| Stereotypes | gender or ethnic stereotypes |\n\n| Library | Maker |\n|---|---|\n"
                            "| Transformers | Hugging Face |\n| PyTorch | Meta |\n")
    found = facts(graph)
    assert {("stereotype", "isA", "safety"), ("gender stereotype", "isA", "stereotype"), ("ethnic stereotype", "isA", "stereotype"),
            ("Transformers", "developedBy", "Hugging Face")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "gender" or "Stereotypes" in (s, o)}, found
    empty = facts(build(tmp_path / "empty", "# Dens\n\n| Domain | Benchmarks |\n|---|---|\n| Den digging | — |\n| Sweeping | SweepQA |\n"))
    assert ("Sweeping", "evaluatedBy", "SweepQA") in empty, empty  # a cell that names nothing beside rows that do
