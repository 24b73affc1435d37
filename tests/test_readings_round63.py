"""Forms read from held-out notes of round sixty-three.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, facts, lowered


def test_a_subtitled_title_in_quotes_is_named_by_the_words_before_its_colon_and_kept_as_written(tmp_path: Path) -> None:
    """ '"DenNet: Less Is More for Digging" (Brock et al., 2023)': the work is DenNet, as people cite it, the whole title
    another name of it, with its "More" (which a sentence's "is more" compares); a title with no colon is named whole."""
    graph = build(tmp_path, '# Dens\n\n"DenNet: Less Is More for Digging" (Brock et al., 2023, Zorpco). It dug a den.\n\n'
                            'Kim et al. 2021, "The Curse of Moss: Wet Dens Make Badgers Forget" (later in Nature). Dens flood.\n\n'
                            'Setts are old ("Setts Are More Than Holes", Lee et al., 2020).\n')
    found = facts(graph)
    assert {("DenNet", "createdBy", "Brock et al."), ("The Curse of Moss", "createdBy", "Kim et al."),
            ("Setts Are More Than Holes", "createdBy", "Lee et al.")} <= found, found
    assert graph.resolve("DenNet: Less Is More for Digging") == graph.resolve("DenNet")
    assert not {(s, r, o) for s, r, o in found if "Less Is for" in s}, found


def test_a_count_of_big_or_basic_groups_over_a_list_counts_kinds_of_the_section(tmp_path: Path) -> None:
    """ "Three big buckets in the book:" over items: kinds of what the note is on, as "Three main buckets" always were;
    no concept "big bucket"."""
    graph = build(tmp_path, "# Den care\n\nDen care keeps a den nice.\n\nThree big buckets in the book:\n- den sweeping: moss out\n"
                            "- den sealing: clay in\n\nTwo basic groups:\n- sett sweeping\n- holt sweeping\n")
    found = lowered(graph)
    assert {("den sweeping", "isA", "den care"), ("den sealing", "isA", "den care")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "bucket" in o or "group" in o}, found


def test_a_label_of_parts_alone_over_a_list_in_a_vault_note_lists_the_notes_parts(tmp_path: Path) -> None:
    """ "Key pieces:" over items in a note of a vault: each a part of the note's concept (`DenLoRA contains MossF4`), as in
    a file of its own; no concept "piece" of which each is one. "Key types:" still lists kinds."""
    _result, graph = build_files(tmp_path, {
        "Methods/DenLoRA.md": "# DenLoRA\n\nDenLoRA (Kim et al., 2023) is a variant of [[Den sealing]] that keeps dens dry.\n\n"
                              "Key pieces:\n- **MossF4** (Moss Float 4) data type\n- double sealing (seal the seals)\n",
        "Methods/Den sealing.md": "# Den sealing\n\nDen sealing keeps dens warm.\n\nKey types:\n- clay sealing\n- moss sealing\n"})
    found = lowered(graph)
    assert {("denlora", "contains", "mossf4"), ("denlora", "contains", "double sealing"), ("clay sealing", "isA", "den sealing")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "piece"}, found


def test_authors_cited_right_after_a_maker_wrote_what_it_made_not_the_maker(tmp_path: Path) -> None:
    """ "- **DenBench**: Long-den benchmark from Zorpco (Kim et al., 2024)", "MossQA was released by Burrowlabs (Lee et al.,
    2023)": Zorpco and Burrowlabs made the things, the authors wrote them; no `Zorpco developedBy Kim et al.`. A name and
    its citation elsewhere ("ClayNet (Ng et al., 2022) is a net") is still theirs."""
    graph = build(tmp_path, "# Dens\n\n- **DenBench**: Long-den benchmark from Zorpco (Kim et al., 2024). Extends MossQA.\n\n"
                            "MossQA was released by Burrowlabs (Lee et al., 2023) last year.\n\nClayNet (Ng et al., 2022) is a net.\n")
    found = facts(graph)
    made = {(s, o) for s, r, o in found if r == "developedBy"}
    assert {("DenBench", "Zorpco"), ("MossQA", "Burrowlabs"), ("MossQA", "Lee et al."), ("ClayNet", "Ng et al.")} <= made, made
    assert not {(s, o) for s, o in made if s in ("Zorpco", "Burrowlabs")}, made


def test_an_idea_or_a_point_weighed_by_an_adjective_labels_a_remark_no_concept(tmp_path: Path) -> None:
    """ "- big idea: start with a simple den" (or "core idea", "main point") over "  - 4 steps: A, B": a remark on what the
    page is on, whose parts the items are (`Den Building contains moss bed`), no concept "big idea"; "key point" always was."""
    _result, graph = build_files(tmp_path, {
        "Den Building.md": "tags:: dens\n- ch 3 of [[Den Book]]\n- big idea: start w/ a simple den, add parts one at a time\n"
                           "\t- every step adds warmth but also damp\n\t- 4 steps: tunnel lining, moss beds, clay seals, door guards\n"
                           "- core idea: dens need air\n\t- 3 parts: tunnel, room, vent\n- main point: dens flood\n\t- 2 parts: sump, drain\n",
        "Den Book.md": "- a book on dens\n"})
    found = lowered(graph)
    assert {("den building", "contains", "moss bed"), ("den building", "contains", "door guard"), ("den building", "contains", "vent")} <= found, found
    assert ("den building", "contains", "sump") in found, found
    assert not {(s, r, o) for s, r, o in found if "idea" in s or "idea" in o or "point" in s}, found


def test_a_question_that_asks_for_the_troubles_of_a_thing_heads_the_list_below(tmp_path: Path) -> None:
    """ "**Q: Limitations of den judges?**", "**Q: Challenges of den races?**", "**Q: What are the limitations of clay?**" over a
    list: the thing suffers from each item, as under "Limitations of den judges:"; before, the items became kinds of the heading's
    thing (`crack isA den judge`)."""
    graph = build(tmp_path, "## Den judges\n\n**Q: Limitations of den judges?**\n- **inconsistency** — the same judge scores a den "
                            "differently\n- **cost** — two judges = 2x the moss\n\n**Q: Challenges of den races?**\n"
                            "- scalability bottlenecks: pairs grow fast\n\n**Q: What are the limitations of clay?**\n- cracks\n- weight\n")
    found = lowered(graph)
    assert {("den judge", "suffersFrom", "inconsistency"), ("den judge", "suffersFrom", "cost"),
            ("den race", "suffersFrom", "scalability bottleneck"), ("clay", "suffersFrom", "crack"), ("clay", "suffersFrom", "weight")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "isA"}, found


def test_an_adjective_alone_before_an_arrow_in_an_item_names_no_concept(tmp_path: Path) -> None:
    """ "- comparative → absolute: knowing B beats A says little", "- wet → dry dens: hard to race": a change from one to
    another, no trouble named "comparative" or "wet"; "- scalability bottlenecks: ..." still names one."""
    graph = build(tmp_path, "Limitations of den races:\n- scalability bottlenecks: pairs grow fast\n"
                            "- comparative → absolute: knowing B beats A says little\n- wet → dry dens: hard to race\n")
    found = lowered(graph)
    assert ("den race", "suffersFrom", "scalability bottleneck") in found, found
    assert not {(s, r, o) for s, r, o in found if o in ("comparative", "wet")}, found


def test_an_abbreviation_before_a_head_is_the_words_it_spells_before_that_head(tmp_path: Path) -> None:
    """ "DM metrics" in a question under "## Den modeling metrics": one concept, whose members are each metric the answer
    lists (no `DM metric isA den modeling metric`); "RL algorithm" with no words that spell it stays as written."""
    graph = build(tmp_path, "## Den modeling metrics\n\n**Q: What are the main DM metrics?**\nMoss entropy, den depth, burrow width. "
                            "They are closely related.\n\n**Q: Moss entropy?**\nMoss entropy measures how wet a den is.\n\n"
                            "## Algorithms\n\nRL algorithms like DenPPO are fast.\n")
    assert graph.resolve("DM metric") == graph.resolve("den modeling metric")
    found = lowered(graph)
    assert {("moss entropy", "isA", "dm metric"), ("den depth", "isA", "dm metric"), ("denppo", "isA", "rl algorithm")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "dm metric" or o == "den modeling metric"}, found


def test_a_citation_before_a_linked_title_under_a_heading_of_papers_names_its_authors(tmp_path: Path) -> None:
    """ "## Papers to actually read" / "- Brock et al. 2020, [Badgers are Few-Shot Diggers](url): den digging": the title is a
    paper by Brock et al., not the heading's ("paper to actually read" is a list of what to read, no concept); a single name
    and a year ("Brock 2020, [...]") names no authors for sure."""
    graph = build(tmp_path, "## Papers to actually read\n\n- Brock et al. 2020, [Badgers are Few-Shot Diggers](https://arxiv.org/abs/1): den digging\n"
                            "- Lee & Park (2022), [Holts Are Warm for Dens](https://arxiv.org/abs/2): holts\n"
                            "- [Moss Is All You Need](https://x.org/1)\n- Kim et al. 2021, Zorpco, [Setts Need Moss Too](https://arxiv.org/abs/3)\n")
    found = facts(graph)
    assert {("Setts Need Moss Too", "createdBy", "Kim et al."), ("Setts Need Moss Too", "developedBy", "Zorpco")} <= found, found
    assert {("Badgers are Few-Shot Diggers", "createdBy", "Brock et al."), ("Holts Are Warm for Dens", "createdBy", "Lee & Park"),
            ("Badgers are Few-Shot Diggers", "isA", "paper"), ("Moss Is All You Need", "isA", "paper")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "read" in s}, found


def test_a_doing_defined_as_one_who_does_it_is_no_kind_of_the_doer(tmp_path: Path) -> None:
    """ "**Memorization**: A badger storing maps of its dens", "**Den learning**: A badger picking up new skills": a doing (by
    its ending) said as one who does it, no `memorization isA badger` nor a concept of the clause; "**Reward model**: a model
    predicting preferences" and "**Moss augmentation**: a moss processing technique that ..." keep their kinds."""
    graph = build(tmp_path, "# Dens\n\n- **Den learning**: A badger picking up new digging skills over time.\n"
                            "- **Memorization**: A badger storing maps of its dens well enough to redraw them.\n"
                            "- **Regurgitation**: A badger reproducing old dens verbatim.\n"
                            "- **Reward model**: a model predicting badger preferences.\n"
                            "- **Moss augmentation**: a moss processing technique that adds moss.\n")
    found = lowered(graph)
    assert not {(s, r, o) for s, r, o in found if s in ("den learning", "memorization", "regurgitation") and r == "isA"}, found
    kinds = {(s, o.split()[0]) for s, r, o in found if r == "isA"}
    assert {("reward model", "model"), ("moss augmentation", "moss")} <= kinds, found


def test_a_sentence_that_only_cites_authors_with_a_year_and_an_organisation_in_one_parenthesis_credits_the_entry(tmp_path: Path) -> None:
    """ "From Wei et al. (2022, Zorpco)." in an entry: the term's makers, the authors and the organisation, as "From Wei et al.
    (2022)." and "Hu et al. 2021, Zorpco." always were; "(2020, Burrowsoft)" after two authors too."""
    graph = build(tmp_path, "# Dens\n\n- **Den-of-thought (DoT)**: Asking the badger to explain its digging step by step. "
                            "From Wei et al. (2022, Zorpco). Improves digging.\n"
                            "- **Moss tuning**: tuning dens with moss. Kim and Lee (2020, Burrowsoft).\n")
    made = {(s, o) for s, r, o in facts(graph) if r == "developedBy"}
    assert {("den-of-thought", "Wei et al."), ("den-of-thought", "Zorpco"), ("moss tuning", "Kim and Lee"), ("moss tuning", "Burrowsoft")} <= made, made


def test_a_count_word_that_a_short_form_after_the_phrase_spells_is_a_word_of_the_name(tmp_path: Path) -> None:
    """ "multiple choice dens (MCD)": "multiple" is a word of the name, which MCD spells (no concept "choice den"); "multiple
    den tools (DT)" and "many den tools" count the tools."""
    graph = build(tmp_path, "# Dens\n\nWet setts are often judged with **close-ended checks** like multiple choice dens (MCD).\n\n"
                            "Badgers use multiple den tools (DT) like spades and rakes.\n")
    labels = {graph.label(c) for c in graph.concepts()}
    assert {"multiple choice den", "den tool"} <= labels and not {"choice den", "multiple den tool"} & labels, labels
    assert graph.resolve("MCD") == graph.resolve("multiple choice den")
    assert ("multiple choice den", "isA", "close-ended check") in lowered(graph)


def test_a_verb_and_a_comparative_after_the_last_example_are_no_words_of_it(tmp_path: Path) -> None:
    """ "Older den metrics like fluency and coherence matter less now": the sentence's verb and how much, no words of the last
    example (`coherence isA den metric`, no concept "coherence matter less"); "Moss helps more" names no thing "moss help"."""
    graph = build(tmp_path, "# Dens\n\nOlder den metrics like fluency and coherence matter less now that dens are dry.\n\n"
                            "Den tools like rakes and spades work better in clay.\n")
    found = lowered(graph)
    assert {("fluency", "isA", "den metric"), ("coherence", "isA", "den metric"), ("spade", "isA", "den tool")} <= found, found
    assert not {(s, r, o) for s, r, o in found if " less" in s or " better" in s or "matter" in s}, found


def test_records_named_by_fields_of_more_words_are_one_phrase(tmp_path: Path) -> None:
    """ "**Ash data**: (badger, winning den, losing den) tuples used for ash tuning": the records named by their fields, as
    "(badger, den) pairs" always were, so what they are used for is the term's; no concept "tuple"."""
    graph = build(tmp_path, "# Dens\n\n- **Ash data**: (badger, winning den, losing den) tuples used for ash tuning.\n"
                            "- **Fern data**: (badger, den) pairs used for fern tuning.\n")
    found = lowered(graph)
    assert {("ash data", "usedFor", "ash tuning"), ("fern data", "usedFor", "fern tuning")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "tuple" or o == "tuple"}, found


def test_a_table_of_inputs_and_outputs_holds_samples_of_data_no_concepts(tmp_path: Path) -> None:
    """ "| input | output |" over "| `moss bed` | `soft den` |": rows of training data, no `moss bed produces soft den` and no
    concepts; "| Model | Output |" over "| DenGPT | den maps |" still says what each model produces."""
    graph = build(tmp_path, "# Den data\n\nTraining data like:\n\n| input | output |\n|---|---|\n| `moss bed` | `soft den` |\n"
                            "| `clay wall` | `hard den` |\n\n## Den models\n\n| Model | Output |\n|---|---|\n| DenGPT | den maps |\n")
    found = lowered(graph)
    assert ("dengpt", "produces", "den map") in found, found
    labels = {graph.label(c).lower() for c in graph.concepts()}
    assert not {"moss bed", "soft den", "clay wall", "hard den"} & labels, labels


def test_a_colon_before_a_clause_that_opens_on_a_pronoun_ends_the_sentence_before_it(tmp_path: Path) -> None:
    """ "Ash sealing is a kind of den sealing: you pack ash.", "Moss sealing uses clay: you pack it in.", "...: we pack firs.":
    a sentence, then a clause of its own that says what it means (a verb after "you" or "we" that the tagger calls a noun:
    "pack"), no label over a list; "Den tools: spades, rakes." is still one."""
    graph = build(tmp_path, "# Dens\n\nAsh sealing is a kind of den sealing: you pack ash.\n\nMoss sealing uses clay: you pack it in.\n\n"
                            "Fir sealing is the fir-based branch of den sealing: we pack firs.\n\nDen tools: spades, rakes.\n")
    found = lowered(graph)
    assert {("ash sealing", "isA", "den sealing"), ("moss sealing", "uses", "clay"), ("fir sealing", "partOf", "den sealing"),
            ("spade", "isA", "den tool")} <= found, found


def test_a_link_after_an_items_term_is_no_member_of_the_section(tmp_path: Path) -> None:
    """ "## Tools" / "- [[MossGuard]] — [[Zorpco]]": MossGuard is one of the tools and Zorpco made it; Zorpco, the first link of
    the words after the term, is no tool (`Zorpco isA tool` before)."""
    _result, graph = build_files(tmp_path, {
        "Den Guards.md": "- ## Tools\n\t- [[MossGuard]] — [[Zorpco]]\n\t- [[ClayGuard]] — [[Burrowsoft]], part of [[Clay Suite]]\n",
        "Dens.md": "- a den is a home; see [[Den Guards]]\n"})
    found = facts(graph)
    assert {("MossGuard", "isA", "tool"), ("ClayGuard", "isA", "tool"), ("MossGuard", "developedBy", "Zorpco")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s in ("Zorpco", "Burrowsoft") and r == "isA"}, found
