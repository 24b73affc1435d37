"""Lists whose label says how many things follow, or sorts them by what they are like: "the first survey counted
3 tunnels:" over its items, "- multimodal: DenCam (Zorpco), MoleNet" under a list of tools.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import assert_no_concept, build, build_files, lowered


def test_a_clause_that_ends_on_a_count_of_things_names_the_kind_of_the_items(tmp_path: Path) -> None:
    """ "- the first survey counted 3 tunnels:" over items: each a tunnel; the clause before the count is no
    part of their kind. A count of parts ("3 rooms") or of time ("2 weeks") is no such list."""
    graph = build(tmp_path, "# Dens\n\n## Den survey\n- the first survey counted 3 tunnels:\n    - Long tunnel - runs east\n"
                            "    - Wet tunnel\n- the survey took 2 weeks:\n    - week one\n")
    found = lowered(graph)
    assert {("long tunnel", "isA", "tunnel"), ("wet tunnel", "isA", "tunnel")} <= found, found
    assert not any("survey" in o or o == "week" for _s, _r, o in found), found
    assert_no_concept(graph, "first survey counted 3 tunnel", "the first survey counted 3 tunnel")


def test_names_after_a_label_that_says_what_they_are_like_stay_members_of_the_list(tmp_path: Path) -> None:
    """ "- den tools:" / "  - multimodal: DenCam (Zorpco), MoleNet": both den tools, DenCam by Zorpco; an
    adjective sorts them. A label like that before words that name no thing ("compute-bound: digging") lists none."""
    found = lowered(build(tmp_path, "# Dens\n\n- den tools:\n  - multimodal: DenCam (Zorpco), MoleNet\n"
                                    "- bottlenecks:\n  - compute-bound: digging\n"))
    assert {("dencam", "isA", "den tool"), ("molenet", "isA", "den tool"), ("dencam", "developedBy", "zorpco")} <= found, found
    assert not any(s == "digging" or "compute-bound" in o for s, _r, o in found), found


def test_names_said_to_be_other_names_for_a_thing_are_its_aliases(tmp_path: Path) -> None:
    """ "dig time (DT) and claw time are other names for basically the same idea as DWT", "Burrow pace is another
    name for DWT": one concept, every name of it; no kind "name"."""
    graph = build(tmp_path, "# Dens\n\n- dig time (DT) and claw time are other names for basically the same idea as DWT.\n"
                            "- Burrow pace is another name for DWT.\n")
    by_label = {graph.label(c): set(graph.aliases(c)) for c in graph.concepts(topics=False)}
    assert {"dig time", "DT", "claw time", "Burrow pace"} <= by_label.get("DWT", set()), by_label
    assert not any(o == "name" for _s, _r, o in lowered(graph))


def test_how_much_or_how_big_a_deal_names_no_kind(tmp_path: Path) -> None:
    """ "is a lot lower than", "is a bit faster", "is a big deal": how much, no concept "lot lower" or "big deal"."""
    graph = build(tmp_path, "# Dens\n\nSummer den depth is usually a lot lower than winter den depth. Clay is a big deal for dens. "
                            "Sand is a bit faster to dig.\n")
    assert_no_concept(graph, "lot lower", "big deal", "bit faster")
    assert ("summer den depth", "contrastsWith", "winter den depth") in lowered(graph)


def test_a_preposition_written_short_opens_no_concept(tmp_path: Path) -> None:
    """ "- explain w/o ambiguity, e.g. den scoring": "w/o ambiguity" is "without ambiguity", nothing den scoring is."""
    graph = build(tmp_path, "# Dens\n\n## Claw judges\n- explain w/o ambiguity, e.g. den scoring: which scale?\n")
    assert_no_concept(graph, "w/o ambiguity")


def test_an_adverb_before_an_equals_sign_is_no_part_of_the_term(tmp_path: Path) -> None:
    """ "- moss also = softer than clay": the term is moss."""
    graph = build(tmp_path, "# Dens\n\n- moss also = a soft den floor\n")
    assert_no_concept(graph, "moss also")
    assert ("moss", "isA", "soft den floor") in lowered(graph)


def test_a_collective_noun_before_a_colon_holds_what_the_colon_lists(tmp_path: Path) -> None:
    """ "Den memory is a hierarchy: root cache (big, slow), moss cache, and claw buffer": it contains each, is none."""
    found = lowered(build(tmp_path, "# Dens\n\nDen memory is a hierarchy: root cache (big, slow), moss cache (small), and claw buffer (tiny).\n"))
    assert {("den memory", "contains", x) for x in ("root cache", "moss cache", "claw buffer")} <= found, found
    assert not any(s == "den memory" and r == "isA" for s, r, _o in found), found


def test_a_maker_in_capitals_after_a_name_in_running_text(tmp_path: Path) -> None:
    """ "DenCam (NVIDIA) helps": NVIDIA made DenCam; "the Open Den Exchange (ODX)" spells its capitals out, and
    "NVIDIA (Ampere GPUs)" names things in the plural: no maker either time."""
    found = lowered(build(tmp_path, "# Dens\n\nSome notes on tools.\n\nDenCam (NVIDIA) helps a lot with digging. "
                                    "The Open Den Exchange (ODX) format is used. We dig on NVIDIA (Ampere GPUs).\n"))
    assert ("dencam", "developedBy", "nvidia") in found, found
    assert not any(r == "developedBy" and s in ("open den exchange", "nvidia") for s, r, _o in found), found


def test_a_kind_without_an_article_and_what_it_is_for(tmp_path: Path) -> None:
    """ "**DSB:** benchmark to compare scent models": DSB is a benchmark, as "a benchmark to ..." says; a noun that
    names no kind of the vocabulary before "to" ("need to dig deeper") makes none."""
    graph = build(tmp_path, "# Dens\n\n## Den scents\n- **DSB:** benchmark to compare scent models\n- **Den need:** need to dig deeper\n")
    found = lowered(graph)
    assert ("dsb", "isA", "benchmark") in found, found
    assert not any(s == "den need" and r == "isA" for s, r, _o in found), found


def test_a_count_of_ways_closing_a_paragraph_of_prose_lists_kinds_of_what_the_heading_names(tmp_path: Path) -> None:
    """ "### Den sealing" / "Sealing keeps the den warm. Three ways:" / bold items: kinds of den sealing; "Two
    families across all setts:" too. The sentence before the count says nothing of the items."""
    found = lowered(build(tmp_path, "# Dens\n\n### Den sealing\n\nSealing keeps the den warm, which matters in winter. Three ways:\n\n"
                                    "- **Clay packing**: pressing clay into the gaps\n- **Moss stuffing**: filling holes with moss\n\n"
                                    "## Parallel digging\n\nBadgers dig in parallel, so it matters. Two families across all setts:\n\n"
                                    "- **replica digging** — many badgers dig copies\n- **tunnel digging** — split one tunnel\n"))
    assert {("clay packing", "isA", "den sealing"), ("moss stuffing", "isA", "den sealing"),
            ("replica digging", "isA", "parallel digging"), ("tunnel digging", "isA", "parallel digging")} <= found, found
    assert not any(o in ("den", "winter", "way", "family") for _s, r, o in found if r == "isA"), found


def test_a_relation_s_label_right_under_a_heading_speaks_of_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Clay lining" / "- good for: cold dens, wet dens" (or one item): what clay lining is for, nothing within it."""
    found = lowered(build(tmp_path, "# Moles\n\n## Clay lining\n\n- good for: cold dens, wet dens\n- good for: short winters\n"))
    assert {("clay lining", "usedFor", "cold den"), ("clay lining", "usedFor", "wet den"), ("clay lining", "usedFor", "short winter")} <= found, found
    assert not any(r == "includes" for _s, r, _o in found), found


def test_an_item_that_opens_on_vs_sets_what_it_is_under_against_another(tmp_path: Path) -> None:
    """ "## Clay lining" / "- vs moss lining: moss is softer", and the same under an entry: the two contrasted;
    no concept "vs moss lining"."""
    graph = build(tmp_path, "# Dens\n\n## Clay lining\n- vs moss lining: moss is softer but rots\n\n"
                            "## Den sealing\n- **Clay packing:** pressing clay into gaps\n    - vs moss stuffing: moss is faster\n")
    found = lowered(graph)
    assert {("clay lining", "contrastsWith", "moss lining"), ("clay packing", "contrastsWith", "moss stuffing")} <= found, found
    assert_no_concept(graph, "vs moss lining", "vs moss stuffing")


def test_a_bold_paragraph_that_ends_on_the_heading_s_words_is_a_kind_of_it(tmp_path: Path) -> None:
    """ "## Batching" / prose / "**Static batching** — ...": a kind of batching by its words; "**Clay sealing**" under
    "## Den sealing" alone is only a term of the section, no kind and nothing within it."""
    found = lowered(build(tmp_path, "# Dens\n\n## Batching\n\nBatching means grouping.\n\n**Static batching** — wait for a full batch\n\n"
                                    "**Dynamic batching** — wait up to a window\n\n## Den work\n\n**Clay sealing** - packing clay\n"))
    assert {("static batching", "isA", "batching"), ("dynamic batching", "isA", "batching")} <= found, found
    assert not any(s == "den work" or o == "den work" for s, _r, o in found), found


def test_a_name_that_spells_out_the_row_s_is_its_other_name_and_a_chapter_is_no_model(tmp_path: Path) -> None:
    """ "| DF16 | 16 | DenFloat16, Zorpco (...) |": DenFloat16 is DF16 by another name, no model related to it; "Ch10 covers
    dens" names a chapter, and "GPT-4 loves dens" still relates GPT-4 to dens."""
    graph = build(tmp_path, "# Dens\n\n| Format | Bits | Notes |\n|---|---|---|\n| DF16 | 16 | DenFloat16, Zorpco (made for Burrow TPUs); same range |\n\n"
                            "## Dens\n\nCh10 covers dens. Dens are holes. GPT-4 loves dens.\n")
    aliases = {graph.label(c): set(graph.aliases(c)) for c in graph.concepts(topics=False)}
    assert "DenFloat16" in aliases.get("DF16", set()), aliases
    found = lowered(graph)
    assert ("gpt-4", "relatedTo", "den") in found and not any("ch10" in (s, o) for s, _r, o in found), found
    assert_no_concept(graph, "Ch10")


def test_a_name_with_as_is_no_kind_of_what_follows_as(tmp_path: Path) -> None:
    """ "**Badger as a digger:**" beside "**Digger:**": a badger seen as one, no kind of digger by its last word."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Badger as a digger:** a badger that digs\n- **Digger:** anything that digs\n"))
    assert ("badger as a digger", "isA", "digger") not in found and ("badger as a digger", "isA", "badger") in found, found


def test_an_adjective_alone_under_an_item_is_nothing_within_it(tmp_path: Path) -> None:
    """ "- den sealing" / "  - common" / "  - clay packing": what sealing is like is nothing it takes in."""
    found = lowered(build(tmp_path, "# Dens\n\n- den sealing\n    - common\n    - classic\n    - clay packing\n"))
    assert ("den sealing", "includes", "clay packing") in found, found
    assert not any(o in ("common", "classic") for _s, _r, o in found), found


def test_a_bare_kind_keeps_its_kind_past_a_gloss_or_a_relative_clause(tmp_path: Path) -> None:
    """ "numerical representation (vector) that aims to capture a smell", "Minecraft agent with a skill map that keeps
    skills": the kind before the parenthesis, and before "with", whatever verb the clause after "that" has."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Scent print:** numerical representation (vector) that aims to capture a smell\n"
                                    "- **DenAgent** (Kim et al., 2023): Minecraft agent with a skill map that keeps skills\n"))
    assert {("scent print", "isA", "numerical representation"), ("denagent", "isA", "minecraft agent")} <= found, found


def test_an_instruction_and_whence_before_a_colon_names_no_kind_of_its_list(tmp_path: Path) -> None:
    """ "- separate prompts from code: reuse, testing, readability": what separating gives, no kinds of "separate prompt";
    "- den tools from Zorpco: DenCam, MoleMap" still lists den tools."""
    graph = build(tmp_path, "# Dens\n\n- separate prompts from code (e.g. a file): reuse, testing, readability\n"
                            "- den tools from Zorpco: DenCam, MoleMap\n")
    found = lowered(graph)
    assert ("dencam", "isA", "den tool") in found and not any(o == "separate prompt" for _s, _r, o in found), found
    assert_no_concept(graph, "separate prompt")


def test_two_nouns_and_a_participle_s_clause_make_no_concept(tmp_path: Path) -> None:
    """ "clay packing usually preferred for wet dens; ...": a clause with its verb left out, no concept "clay packing
    preferred for wet dens"."""
    graph = build(tmp_path, "# Dens\n\n**A:** clay packing usually preferred for wet dens; moss lining adds warmth, so it is used mostly for winter.\n")
    assert_no_concept(graph, "clay packing preferred for wet dens", "clay packing usually preferred for wet dens")


def test_a_table_s_kind_leaves_out_a_part_of_the_writing_and_a_heading_one_of_its_rows_names(tmp_path: Path) -> None:
    """ "## den sealing basics" over "| technique |": kinds of den sealing, no "den sealing basics technique"; "### Den depth"
    over "| metric |" with a row "den depth": each row a metric, none a "den depth metric"."""
    graph = build(tmp_path, "# Dens\n\n## den sealing basics\n\n| technique | what it is |\n|---|---|\n| clay packing | press clay |\n"
                            "| moss stuffing | fill holes |\n\n### Den depth\n\n| metric | unit |\n|---|---|\n| den depth | cm |\n| tunnel length | m |\n")
    found = lowered(graph)
    assert {("den depth", "isA", "metric"), ("tunnel length", "isA", "metric")} <= found, found
    assert not any("basics" in o or o == "den depth metric" for _s, _r, o in found), found
    assert_no_concept(graph, "den sealing basics technique", "den depth metric")


def test_a_cell_that_spells_out_the_row_s_acronym_is_its_other_name(tmp_path: Path) -> None:
    """ "| MDD | mean den depth across setts |" under "What it measures": MDD's name spelled out, nothing it measures;
    "| TLR | tunnel warmth ratio |" spells out no "TLR" and stays what TLR measures."""
    graph = build(tmp_path, "# Dens\n\n## Den metrics\n\n| metric | what it measures | note |\n|---|---|---|\n"
                            "| MDD | mean den depth across setts | deeper is warmer |\n| TLR | tunnel warmth ratio | |\n")
    aliases = {graph.label(c): set(graph.aliases(c)) for c in graph.concepts(topics=False)}
    assert "mean den depth" in aliases.get("MDD", set()), aliases
    found = lowered(graph)
    assert ("tlr", "measures", "tunnel warmth ratio") in found and not any(s == "mdd" and r == "measures" for s, r, _o in found), found


def test_a_chapter_named_in_a_note_is_no_concept(tmp_path: Path) -> None:
    """ "Part of [[Ch10]]. A den guard blocks the door." in a note of a vault: a link to the chapter's note is
    navigation, no concept related to the den guard, linked or named in passing."""
    _result, graph = build_files(tmp_path, {"Den guard.md": "# Den guard\n\nPart of [[Ch10]]. A den guard blocks the door. See [[Moss lining]].\n",
                                            "Moss lining.md": "# Moss lining\n\nSoft moss.\n"})
    found = lowered(graph)
    assert ("den guard", "relatedTo", "moss lining") in found, found
    assert_no_concept(graph, "Ch10")


def test_an_acronym_and_the_words_it_stands_for_are_not_related_as_two_things(tmp_path: Path) -> None:
    """ "**TPD**: time per dig, ..." beside "**Time per dig**": no "TPD relatedTo time per dig" (one thing by two names);
    "**Dig rate**: ..., see time per dig" still relates."""
    found = lowered(build(tmp_path, "# Dens\n\n- **TPD**: time per dig, how long each dig takes\n- **Time per dig**: the time one dig takes\n"
                                    "- **Dig rate**: how fast, see time per dig\n"))
    assert ("dig rate", "relatedTo", "time per dig") in found, found
    assert not any({s, o} == {"tpd", "time per dig"} for s, _r, o in found), found


def test_a_cons_column_says_what_each_row_suffers_from(tmp_path: Path) -> None:
    """ "| method | cons |" / "| DenAct | long digs, ↑ noise |": DenAct suffers from each, the arrow up no word of a name;
    "↓ warmth" (less of it) is no trouble named "warmth"; a clause in the cell names nothing."""
    graph = build(tmp_path, "# Dens\n\n## Den methods\n\n| method | how | cons |\n|---|---|---|\n| DenAct | dig then rest | long digs, ↑ noise |\n"
                            "| MossPack | pack moss | ↓ warmth, rot |\n| ClayBox | pack clay | can not update w/o digging again |\n")
    found = lowered(graph)
    assert {("denact", "suffersFrom", "long dig"), ("denact", "suffersFrom", "noise"), ("mosspack", "suffersFrom", "rot")} <= found, found
    assert not any(o in ("warmth", "less warmth") or s == "claybox" and r == "suffersFrom" for s, r, o in found), found
    assert_no_concept(graph, "↑ noise", "↓ warmth")


def test_a_term_and_its_citation_in_parentheses_and_a_maker_after_a_gloss(tmp_path: Path) -> None:
    """ "(zero-shot digging, Kojima et al. 2022)": the term, brought by the authors; after a title the first word is the
    authors' organisation ("The Den Hierarchy (Zorpco, Wallace et al. 2024)"), no term. "- DenSafe (Den Safety Evaluator),
    by Burrow Labs: ...": Burrow Labs made DenSafe; "- Den Guide by Kim Lee: ..." titles a resource."""
    found = lowered(build(tmp_path, "# Dens\n\n## Digging\n\n- simplest: add \"dig deep\" (zero-shot digging, Kojima et al. 2022)\n"
                                    "- see The Den Hierarchy (Zorpco, Wallace et al. 2024)\n"
                                    "- DenSafe (Den Safety Evaluator), by Burrow Labs: splits a den into rooms\n- Den Guide by Kim Lee: a blog post\n"))
    assert {("zero-shot digging", "developedBy", "kojima et al."), ("densafe", "developedBy", "burrow labs")} <= found, found
    assert not any(s in ("zorpco", "den guide") for s, r, _o in found if r == "developedBy"), found


def test_benefits_are_what_the_thing_is_for(tmp_path: Path) -> None:
    """ "## benefits" / "- warmth: heat stays in" in a note on den sealing, and "  - benefits: warmth, safety" under an
    entry: what den sealing is used for; "benefits: cheap, quick" names no things."""
    _result, graph = build_files(tmp_path, {"den sealing.md": "# den sealing\n\nDen sealing = closing a den with clay.\n\n## benefits\n"
                                                             "- warmth: heat stays in\n- safety: no foxes\n",
                                            "Moss.md": "# Moss\n\nSoft moss.\n- **Moss bed**: a bed of moss\n  - benefits: comfort, dryness\n  - benefits: cheap, quick\n"})
    found = lowered(graph)
    assert {("den sealing", "usedFor", "warmth"), ("den sealing", "usedFor", "safety"), ("moss bed", "usedFor", "comfort")} <= found, found
    assert not any(o in ("cheap", "quick") for _s, _r, o in found), found


def test_a_bold_label_alone_over_a_table_says_what_its_rows_are(tmp_path: Path) -> None:
    """ "**Kinds of sealing (recap)**" or "**den floors**" on the line over a table: the rows are kinds of sealing, den
    floors, as "Den floors:" would say; not kinds of what the file's title names."""
    found = lowered(build(tmp_path, "# Dens\n\n**Kinds of sealing (recap)**\n| kind | what | soil needed |\n|---|---|---|\n"
                                    "| clay packing | press clay | wet clay |\n| moss stuffing | fill holes | dry moss |\n\n### den materials\n\n"
                                    "**den floors**\n| floor | layers | notes |\n|---|---|---|\n| DF64 | 64 | deep |\n| DF32 | 32 | shallow |\n"))
    assert {("clay packing", "isA", "sealing"), ("moss stuffing", "isA", "sealing"), ("df64", "isA", "den floor")} <= found, found
    assert not any(o == "den" for _s, _r, o in found), found


def test_a_sum_of_two_word_nouns_the_tagger_may_call_verbs_lists_parts(tmp_path: Path) -> None:
    """ "- dig step = forward pass + scoop pass" ("forward" an adverb, "pass" a verb to the tagger alone): the step's
    parts; "- den cache = uses embedding + vector search" opens on a verb: no part named "uses embedding"."""
    graph = build(tmp_path, "# Dens\n\n- dig step = forward pass + scoop pass (**scooping**)\n- den time = dig time + rest time\n"
                            "- den cache = uses embedding + vector search\n")
    found = lowered(graph)
    assert {("dig step", "contains", "forward pass"), ("dig step", "contains", "scoop pass"), ("den time", "contains", "dig time")} <= found, found
    assert_no_concept(graph, "uses embedding")


def test_a_bare_noun_qualified_by_a_clause_after_is_says_what_the_subject_is(tmp_path: Path) -> None:
    """ "Denput is throughput that actually meets the goal": a kind of throughput; "The model is learning that dens
    matter" says what it learns, and "Moss is something that rots" names no kind."""
    graph = build(tmp_path, "# Dens\n\nDenput is throughput that actually meets the goal. The model is learning that dens matter. "
                            "Moss is something that rots.\n")
    found = lowered(graph)
    assert ("denput", "isA", "throughput") in found, found
    assert not any(o in ("learning", "something") for _s, r, o in found if r == "isA"), found


def test_a_capitalised_label_of_problems_nested_under_an_entry_lists_its_problems(tmp_path: Path) -> None:
    """ "- **Den radar:** ..." / "    - Limitations:" / "        - slow scans": the radar suffers from slow scans, as with
    "limitations:" in small letters."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den radar:** radar that finds dens\n    - Limitations:\n        - slow scans\n"))
    assert ("den radar", "suffersFrom", "slow scan") in found, found


def test_a_label_over_a_table_introduces_no_list_after_the_table_nor_is_better_a_verb(tmp_path: Path) -> None:
    """ "**den floors**" / a table / "- rule of thumb: fewer layers → ..." / "- clay packing": the label named the table's
    rows, not the items after it; a purpose column's "better den warmth" is no doing "bettering den warmth"."""
    graph = build(tmp_path, "# Dens\n\n**den floors**\n| floor | layers | good for |\n|---|---|---|\n| DF64 | 64 | better den warmth |\n"
                            "| DF32 | 32 | drainage |\n\n- rule of thumb: fewer layers → less warmth\n- clay packing\n")
    found = lowered(graph)
    assert ("df64", "isA", "den floor") in found and ("df32", "usedFor", "drainage") in found, found
    assert not any(s in ("fewer layer", "clay packing") or o.startswith("bettering") for s, _r, o in found), found


def test_subtopics_and_basics_are_parts_of_the_writing(tmp_path: Path) -> None:
    """ "## Subtopics" / "- [[Den sealing]] -> ...", "- basics: [[Moss lining]], [[Clay packing]]" in a note: the note's
    links, no kind "subtopic" and no concept "basics"."""
    _result, graph = build_files(tmp_path, {"Den care.md": "# Den care\n\nDen care = keeping dens in shape.\n\n## Subtopics\n"
                                                          "- basics: [[Moss lining]], [[Clay packing]]\n- [[Den sealing]] -> [[Clay packing]]\n",
                                            "Moss lining.md": "# Moss lining\n\nSoft moss.\n"})
    assert_no_concept(graph, "subtopic", "basics", "basic")
    assert ("den sealing", "relatedTo", "clay packing") in lowered(graph)


def test_a_line_that_sets_a_term_equal_to_something_is_a_statement_of_its_own(tmp_path: Path) -> None:
    """ "sett block = nest module + MLP module (...)" / "full sett = entry module → ..." on the next line: the first line's
    sum holds, its last part no longer runs into the next line."""
    found = lowered(build(tmp_path, "# Dens\n\n- long dens are warm\n\nsett block = nest module + MLP module (feedforward: linear layers, e.g. ReLU)\n"
                                    "full sett = entry module → N sett blocks → output room\n"))
    assert {("sett block", "contains", "nest module"), ("sett block", "contains", "mlp module")} <= found, found


def test_a_by_column_names_each_row_s_maker(tmp_path: Path) -> None:
    """ "| model | domain | by" (its last pipe left off): each row's maker."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den models\n\n| model | domain | by\n|---|---|---|\n| DenFold | den shapes | DeepDen\n"
                                    "| MoleNeMo | mole data | Zorpco |\n"))
    assert {("denfold", "developedBy", "deepden"), ("molenemo", "developedBy", "zorpco")} <= found, found


def test_a_paragraph_that_counts_a_term_s_steps_introduces_them(tmp_path: Path) -> None:
    """ "digging = 2 steps" on a line of its own, then "1. **loosening** – ...", "2. **scooping** – ...": its parts, as
    the same line as an item over them says."""
    found = lowered(build(tmp_path, "# Dens\n\n## Digging\n\ndigging = 2 steps\n1. **loosening** – break the soil\n2. **scooping** – move it out\n"))
    assert {("digging", "contains", "loosening"), ("digging", "contains", "scooping")} <= found, found


def test_a_shell_word_or_another_name_under_an_entry_is_nothing_within_it(tmp_path: Path) -> None:
    """ "- **Den flooding**: ..." / "  - fix (Zorpco): clay walls", "  - Kim's trick: wet the walls", "  - aka burrow
    drowning: ...": a fix, a trick, another name; nothing den flooding includes."""
    found = lowered(build(tmp_path, "# Dens\n\n1. **Den flooding** (Kim, 2021): water fills the den\n"
                                    "   - fix (Zorpco): clay walls at the entrance\n   - Kim's trick: wet the walls first\n"
                                    "   - aka burrow drowning: the same thing\n"))
    assert not any(s == "den flooding" and r == "includes" for s, r, _o in found), found


def test_a_name_s_expansion_then_its_maker_in_parentheses(tmp_path: Path) -> None:
    """ "MDP (Mostly Den Problems, Burrow Labs)": what MDP stands for, then who made it; "AlphaDen (DeepDen, den shapes)"
    still its maker, then what it does."""
    found = lowered(build(tmp_path, "# Dens\n\n- benchmarks: DenEval (Zorpco), MDP (Mostly Den Problems, Burrow Labs)\n"
                                    "- models: AlphaDen (DeepDen, den shapes), MoleNet\n"))
    assert {("mdp", "developedBy", "burrow labs"), ("deneval", "developedBy", "zorpco"), ("alphaden", "developedBy", "deepden")} <= found, found


def test_a_definition_that_says_how_much_of_a_thing_is_what_the_term_measures(tmp_path: Path) -> None:
    """ "**Den entropy:** how much information, on average, a den holds": den entropy measures information; "how warm a
    den stays" names no thing, and "how much it can hold" none either."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den entropy:** how much information, on average, a den holds\n"
                                    "- **Dig rate:** how many tunnels a badger digs per night\n- **Den warmth:** how warm a den stays\n"
                                    "- **Den load:** how much it can hold\n"))
    assert {("den entropy", "measures", "information"), ("dig rate", "measures", "tunnel")} <= found, found
    assert not any(s in ("den warmth", "den load") for s, _r, _o in found), found


def test_a_difference_or_a_similarity_alone_is_no_thing(tmp_path: Path) -> None:
    """ "The main difference vs a sett: a sett has many rooms": how two things stand, no concept "main difference" set
    against a sett; "Cosine similarity is a metric" still names one."""
    graph = build(tmp_path, "# Dens\n\nA den is a hole. The main difference vs a sett: a sett has many rooms. Cosine similarity is a metric.\n")
    assert ("cosine similarity", "isA", "metric") in lowered(graph)
    assert_no_concept(graph, "main difference", "difference")
