"""Forms read from held-out notes of round fifty-seven.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.nouns import Phrase, keep, noun_phrase
from reading import build, build_files, folded_facts, names


def test_a_question_a_contraction_or_a_comparison_names_no_concept(tmp_path: Path) -> None:
    """ "Replaces badgers? no", "knowing A is better than B doesn't tell you", "info newer than its cutoff": a question, a
    verb cut at its "n't" ("does" read as the plural of "doe") and a noun with the adjective that compares it had become
    concepts. A name that ends like a comparative ("Den Keeper") and a noun ("burrow layer") stay."""
    graph = build(tmp_path, "# Dens\n\n- **Den care:** keeps dens dry.\n\nReplaces badgers? her take: no.\n\n"
                            "- knowing moss is better than clay doesn't tell you if moss is good enough.\n"
                            "- **den memory**: badgers can use info newer than their last dig.\n"
                            "- **Den Keeper** is a burrow layer.\n")
    labels = names(graph)
    assert not {label for label in labels if "?" in label or label in ("doe", "does", "doesn't") or label.endswith("newer")}, labels
    assert ("den keeper", "isA", "burrow layer") in folded_facts(graph), folded_facts(graph)


def test_a_word_for_the_word_is_no_kind_of_thing(tmp_path: Path) -> None:
    """ "Agents, which she admits is a fuzzy term", "an umbrella term": what the word is, said of the word; no kind of thing
    ("agent isA fuzzy term"). A compound of a noun and "term" or "word" ("search term", "stop word") is one."""
    graph = build(tmp_path, "# Dens\n\n- **Den care** is a fuzzy term.\n- **Burrowing** is an umbrella term.\n"
                            "- **Sett word** is a stop word.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if o in ("fuzzy term", "umbrella term")}, found
    assert ("sett word", "isA", "stop word") in found, found


def test_a_half_of_a_chapter_or_the_original_paper_is_a_place_in_the_reading(tmp_path: Path) -> None:
    """ "The second half of chapter 10 is about den feedback", "orig paper: Kim et al. 2020": where in the reading, or the
    paper the notes cite; neither is a concept that includes a topic or was made by someone."""
    graph = build(tmp_path, "# Dens\n\nThe second half of chapter 10 is about den feedback.\n\n"
                            "- **Sett repair**\n  - orig paper: Kim et al. 2020 (Badger Labs)\n  - uses wet clay\n")
    labels = names(graph)
    assert not {label for label in labels if "half" in label or "paper" in label}, labels
    assert ("sett repair", "uses", "wet clay") in folded_facts(graph), folded_facts(graph)


def test_a_labelled_list_that_says_what_a_thing_is_like_names_no_kinds(tmp_path: Path) -> None:
    """ "Setts: general purpose, few wide tunnels, good at winter storage", "zero-dig: no tools, paws only": a list with an item that is
    an adjective and what it is said of, or what the thing lacks, describes the thing; its items are no kinds of it
    ("wide tunnel isA sett"). A list of names under a plural label still is."""
    graph = build(tmp_path, "# Dens\n\n- Setts: general purpose, few wide tunnels, good at winter storage.\n"
                            "- **zero-dig**: no tools, paws only\n- Den tools: MossRake, ClayTrowel, Sandbox.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if o in ("sett", "zero-dig")}, found
    assert {("mossrake", "isA", "den tool"), ("claytrowel", "isA", "den tool")} <= found, found


def test_a_note_named_index_first_is_a_map_of_the_vault(tmp_path: Path) -> None:
    """ "202401011200 Index - Dens ch1.md", "Contents: Dens.md": a note whose name opens on "Index" or "Contents" and a
    dash or colon lists the notes, as "Dens - Index" does; it is no concept "Index" related to each note it links."""
    _result, graph = build_files(tmp_path, {
        "202401011200 Index - Dens ch1.md": "# Index\n\nStructure note.\n\n- [[202401011201 Setts]]\n- [[202401011202 Holts]]\n",
        "202401011201 Setts.md": "# Setts\n\nA sett is a badger den.\n",
        "202401011202 Holts.md": "# Holts\n\nA holt is an otter den.\n"})
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if "index" in (s, o)} and "index" not in names(graph), found
    assert {("sett", "isA", "badger den"), ("holt", "isA", "otter den")} <= found, found


def test_a_noun_and_its_verb_or_participle_names_no_concept() -> None:
    """ "available moss only grows", "setts break with rain", "DEN-4 augmented with 13 tools": a noun and its verb after an
    adverb or before a preposition, or a name and a participle with its preposition, is a clause, no concept (they had
    been subjects of "uses" and "contrastsWith"). Compounds that end on a noun or a doing stay, whatever the dictionary
    makes of their last word ("chat template", "den digging", "hard voting")."""
    clauses = ["available moss only grow", "multi-room setts break with rain", "DEN-4 augmented with 13 tools"]
    compounds = ["chat template", "den digging", "hard voting", "Lookahead decoding", "mixture of experts"]
    assert not [text for text in clauses if keep(Phrase(text))]  # as a reader may cut them: "GPT-4" before a participle stays whole
    assert all(keep(noun_phrase(text)) for text in compounds)


def test_a_negation_written_without_its_apostrophe_is_a_negation(tmp_path: Path) -> None:
    """ "badgers dont use deep tunnels", "moss cant replace clay": "dont", "doesnt", "cant" without the apostrophe deny
    what follows, as "don't" does; the use had been stated. "Setts use clay" beside it is still read."""
    graph = build(tmp_path, "# Dens\n\n- **Den care:** keeping dens dry.\n- Setts dont use deep tunnels.\n"
                            "- Holts doesnt use moss.\n- Lodges use clay.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if o in ("deep tunnel", "moss")}, found
    assert ("lodge", "uses", "clay") in found, found


def test_a_part_written_pt_is_a_place_in_the_notes(tmp_path: Path) -> None:
    """ "pt 2 = moss judges + clay comparisons": "pt" is "part", a place in the notes as "part 2" is, no concept that
    contains what its part covers."""
    graph = build(tmp_path, "# Dens\n\nden log pt 1. pt 2 = moss judges + clay comparisons\n\n"
                            "- **Moss judge:** a kind of den judge.\n")
    assert not {label for label in names(graph) if label.startswith("pt")}, names(graph)
    assert ("moss judge", "isA", "den judge") in folded_facts(graph), folded_facts(graph)


def test_a_kind_that_is_the_things_own_name_is_no_kind(tmp_path: Path) -> None:
    """ "**Kestrel** models (Zorpco): ...": a kind that is the thing's name and a word for what it is ("kestrel isA kestrel
    model") says nothing of it; a kind named otherwise ("kestrel isA den model") is still read."""
    graph = build(tmp_path, "# Dens\n\n- **Kestrel** models (Zorpco): 10K carefully dug tunnels beat noisy ones\n"
                            "- **Merlin** is a den model.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if r == "isA" and o.startswith(s + " ")}, found
    assert ("merlin", "isA", "den model") in found, found


def test_a_clause_of_the_former_or_the_latter_is_not_the_subjects(tmp_path: Path) -> None:
    """ "a den lining: moss layers separated by clay seams, e.g. MossA or ClayB, the latter used in Kestrel": what "the
    latter" does is the last named thing's, not the entry's or its first noun's (no "moss layer usedBy Kestrel")."""
    graph = build(tmp_path, "# Dens\n\n- a **den lining**: moss layers separated by soft **clay seams**, e.g. MossA or ClayB, "
                            "the latter used in Kestrel\n- **Sett walls** are used in Merlin.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if o == "kestrel" and s in ("moss layer", "den lining", "clay seam")}, found
    assert ("sett wall", "usedBy", "merlin") in found, found


def test_a_verb_before_a_participle_and_a_noun_is_an_instruction(tmp_path: Path) -> None:
    """ "- Dens: check retrieved moss vs clay (dryness)": a verb, then a participle before its object's noun, is what to do,
    no concept ("check retrieved moss contrastsWith clay"); "test set" and other compounds of a noun stay."""
    graph = build(tmp_path, "# Dens\n\n- Dens: check retrieved moss vs clay (dryness) + walls vs roof (warmth)\n"
                            "- **Test set leakage** is a kind of den leak.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if s.startswith("check")}, found
    assert ("test set leakage", "isA", "den leak") in found, found


def test_with_respect_to_shortened_ends_neither_sentence_nor_object(tmp_path: Path) -> None:
    """ "evaluates the dug tunnel w.r.t. one or more plans, outputs a depth score": "w.r.t." (or "wrt") is "with respect to",
    a preposition; its dots ended the sentence, and "dug tunnel w.r.t" had been made a concept."""
    graph = build(tmp_path, "# Dens\n\n- **Plan-based judge:** evaluates the dug tunnel w.r.t. one or more plans, outputs a depth score.\n"
                            "- **Moss judge:** evaluates the moss wrt the plan.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if "w.r.t" in o or o.endswith("wrt")}, found
    assert {("plan based judge", "produces", "depth score"), ("plan based judge", "evaluates", "dug tunnel"), ("moss judge", "evaluates", "moss")} <= found, found


def test_a_link_to_a_note_comparing_two_things_names_no_concept(tmp_path: Path) -> None:
    """ "Two kinds: moss + clay -> [[202401011203 Moss vs clay dens]]": a link to a note that sets two things against each
    other names no one thing; it had been made a concept related to the note's. A link to a note on one thing still is."""
    _result, graph = build_files(tmp_path, {
        "202401011201 Dens.md": "# Dens\n\nTwo kinds: moss + clay -> [[202401011203 Moss vs clay dens]]\nSee [[202401011202 Setts]].\n",
        "202401011202 Setts.md": "# Setts\n\nA sett is a badger den.\n",
        "202401011203 Moss vs clay dens.md": "# Moss vs clay dens\n\nMoss is soft; clay is hard.\n"})
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if " vs " in s or " vs " in o}, found
    assert ("dens", "relatedTo", "sett") in found, found


def test_a_steps_place_in_a_heading_of_two_things_names_no_kind_of_rows(tmp_path: Path) -> None:
    """ "## step 3: tools & soil" over "| Tool | When to use |": the rows are tools; the step's place is where the section
    stands, no part of their kind ("spade isA step 3 tool")."""
    graph = build(tmp_path, "# Dens\n\n## step 3: tools & soil\n| Tool | When to use | Cost |\n|---|---|---|\n"
                            "| spade | wet soil | low |\n| rake | dry soil | high |\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if "step" in o}, found
    assert {("spade", "isA", "tool"), ("rake", "isA", "tool")} <= found, found


def test_a_heading_on_a_part_over_a_table_of_models_names_no_kind_of_the_part(tmp_path: Path) -> None:
    """ "#### Den block" over "| Model | # blocks |": the rows are models that have the part, not "den block models" (a
    word for a part, "block", "layer", "module", heads the heading)."""
    graph = build(tmp_path, "# Dens\n\n#### Den block\n\n| Model | # blocks | Depth |\n|---|---|---|\n"
                            "| DenNet-7B | 32 | 4,096 |\n| DenNet-13B | 40 | 5,120 |\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if o.endswith("block model")}, found
    assert {("dennet 7b", "isA", "model"), ("dennet 13b", "isA", "model")} <= found, found


def test_a_sum_under_a_plural_word_for_a_class_lists_members(tmp_path: Path) -> None:
    """ "- den tools: spade + rake", "- metrics: **collapse rate** + **flood rate**": a sum under a plural word for a class of
    things (tools, metrics, datasets) lists members of it, no parts ("den tool contains spade"); "Setts: tunnel + chamber"
    and "den = tunnel + nest" keep their parts."""
    graph = build(tmp_path, "# Dens\n\n- den tools: spade + rake\n- metrics: **collapse rate** (% of dens that fall) + **flood rate** (floods it should stop)\n"
                            "- Setts: tunnel + chamber\n- den = tunnel + nest\n")
    found = folded_facts(graph)
    assert {("spade", "isA", "den tool"), ("rake", "isA", "den tool"), ("collapse rate", "isA", "metric"), ("flood rate", "isA", "metric"),
            ("sett", "contains", "chamber"), ("den", "contains", "nest")} <= found, found
    assert not {(s, o) for s, r, o in found if r == "contains" and s in ("den tool", "metric")}, found


def test_a_participle_opening_a_kind_before_examples_says_which(tmp_path: Path) -> None:
    """ "- closed models e.g. MossNet, ClayNet": a participle in "-ed" that opens the kind before "e.g." says which models, as
    "open models" does; the tagger took it for a verb and no examples were read."""
    graph = build(tmp_path, "# Burrows\n\n- closed models e.g. MossNet, ClayNet\n- open models e.g. OakNet, SandNet\n")
    found = folded_facts(graph)
    assert {("mossnet", "isA", "closed model"), ("claynet", "isA", "closed model"), ("oaknet", "isA", "open model")} <= found, found


def test_what_the_notes_focus_on_names_no_concept(tmp_path: Path) -> None:
    """ "> focus = data for **den sealing**, not digging": "focus", "goal", "aim" say what the notes or a thing aim at;
    they had been made a concept that includes data and is used for den sealing."""
    graph = build(tmp_path, "# Dens\n\n> cheat sheet. focus = data for **den sealing**, not digging\n\n- goal: dry dens for winter\n")
    assert not {label for label in names(graph) if label in ("focus", "goal")}, names(graph)


def test_the_subject_of_an_infinitive_after_for_is_no_purpose(tmp_path: Path) -> None:
    """ "- den threshold = min depth for a sett to be safe": after "for", a noun before "to" and a verb is the subject of
    what follows, no use of the thing ("den threshold usedFor sett"); "for sleep and to keep warm" keeps "sleep"."""
    graph = build(tmp_path, "# Dens\n\n- den threshold = min depth for sett to be safe\n- Use **moss** for sleep and to keep warm.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if r == "usedFor" and o == "sett"}, found
    assert ("moss", "usedFor", "sleep") in found, found


def test_for_comparison_after_a_kind_is_no_part_of_it(tmp_path: Path) -> None:
    """ "Deep setts for comparison: MossSett, ClaySett": "for comparison", "for reference", "for context" say why the list
    is there; the kind is "deep sett" (it had been "deep sett for comparison")."""
    graph = build(tmp_path, "# Burrows\n\nDeep setts for comparison: MossSett, ClaySett, OakSett.\n")
    found = folded_facts(graph)
    assert {("mosssett", "isA", "deep sett"), ("claysett", "isA", "deep sett")} <= found, found


def test_a_doing_and_its_objects_summed_are_no_parts(tmp_path: Path) -> None:
    """ "- den sealing — digging tunnels + nests, no packing": a doing with its object, then more objects after "+", says what
    the doing is done to; no part "digging tunnel" of den sealing. "den = tunnel + nest" keeps its parts."""
    graph = build(tmp_path, "# Burrows\n\n- den sealing — digging tunnels + nests, no packing\n- den = tunnel + nest\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if r == "contains" and o.startswith("digging")}, found
    assert ("den", "contains", "nest") in found, found


def test_a_participle_right_after_an_example_is_the_examples(tmp_path: Path) -> None:
    """ "- **den leak** – scent, e.g. MossCam trained on badger photos": what the participle after an example's name says
    is the example's ("MossCam trainedOn badger photo"), not the entry's or the word before "e.g."."""
    graph = build(tmp_path, "# Burrows\n\n- **den leak** – scent, e.g. MossCam trained on badger photos\n")
    found = folded_facts(graph)
    assert ("mosscam", "trainedOn", "badger photo") in found, found
    assert not {s for s, r, o in found if r == "trainedOn" and s in ("scent", "den leak")}, found


def test_a_subject_after_a_colon_is_read_after_a_generic_one(tmp_path: Path) -> None:
    """ "Some companies skip the moss part: Stitch Den and Grab Den use the clay model.": the names after the colon are the
    verb's subject, though what opens the sentence is a generic "companies" (the sentence had been dropped whole). Words
    with a comma or an arrow between the colon and the verb are no such subject."""
    graph = build(tmp_path, "# Burrows\n\nSome companies skip the moss part: Stitch Den and Grab Den use the clay model.\n\n"
                            "A: dens = big bottleneck -> version moss+clay, combine w/ exact checks.\n")
    found = folded_facts(graph)
    assert {("stitch den", "uses", "clay model"), ("grab den", "uses", "clay model")} <= found, found
    assert not {s for s, r, o in found if "version" in s}, found


def test_an_identifier_of_code_is_no_model_name(tmp_path: Path) -> None:
    """ "e.g. `dens.py` w/ `DEN4_SEAL_PROMPT = ...`": a word with underscores is code, no model named in passing (it had been
    related to the entry); "DenNet-4" in running text still is."""
    graph = build(tmp_path, "# Burrows\n\n- **Den versioning:** keep prompts in files, e.g. `dens.py` w/ `DEN4_SEAL_PROMPT = ...`. "
                            "DenNet-4 reads them.\n")
    labels = names(graph)
    assert not {label for label in labels if "_" in label}, labels
    assert "dennet-4" in labels, labels


def test_a_degree_of_what_a_thing_has_is_no_kind_of_it(tmp_path: Path) -> None:
    """ "- **Online den API:** low latency, for badgers.": "low latency", "high accuracy" say how much of something the
    thing has; no "online den API isA low latency". A kind with a word of size ("a small den model") still is one."""
    graph = build(tmp_path, "# Burrows\n\n- **Online den API:** low latency, for badgers.\n- **MossNet** is a small den model.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if r == "isA" and o.endswith("latency")}, found
    assert ("mossnet", "isA", "small den model") in found, found


def test_a_label_of_what_checks_a_thing_names_the_kind_of_each(tmp_path: Path) -> None:
    """ "- benchmarks for den warmth: DenHeat, MossTemp", "- Metrics for digging: DPM, TTD": each one listed is one of the
    kind ("DenHeat isA benchmark"), as well as what evaluates or measures the thing; "Techniques to check X: A" names no
    kind (a technique is a shell noun)."""
    graph = build(tmp_path, "# Burrows\n\n- benchmarks for den warmth: DenHeat, MossTemp\n- Metrics for digging: DPM, TTD\n"
                            "- Techniques to check den safety: sniffing, tapping\n")
    found = folded_facts(graph)
    assert {("denheat", "isA", "benchmark"), ("den warmth", "evaluatedBy", "denheat"), ("dpm", "isA", "metric"),
            ("digging", "measuredBy", "ttd")} <= found, found
    assert not {s for s, r, o in found if r == "isA" and o == "technique"}, found


def test_a_benefit_that_names_a_quality_is_no_use(tmp_path: Path) -> None:
    """ "  - Benefits: reusability, testing, readability.": a benefit that names a quality ("-ity", "-ness") is what the thing
    has, no use it is put to ("den versioning usedFor readability"); a doing listed beside it still is one."""
    graph = build(tmp_path, "# Burrows\n\n- **Den versioning:** keep dens in files.\n  - Benefits: reusability, testing, readability.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if r == "usedFor" and o.endswith("ity")}, found
    assert ("den versioning", "usedFor", "testing") in found, found


def test_a_table_cell_names_only_what_names_a_concept(tmp_path: Path) -> None:
    """ "| Efficiency | ... | avg digs, cost/tunnel, time/den |", "| Back-filling | ... | verifies tunnels |": "cost/tunnel" is a
    rate, cost per tunnel, not two things; a verb and its object in a cell names nothing (the filter every other reading
    applies to its phrases); "| Planning | ... | tool accuracy |" still names its metric."""
    graph = build(tmp_path, "# Dens\n\n| Failure | Symptoms | Metrics |\n|---|---|---|\n"
                            "| Efficiency | too many digs, too slow | avg digs, cost/tunnel, time/den |\n| Planning | wrong tool | tool accuracy |\n\n"
                            "| Technique | How | Example |\n|---|---|---|\n| Back-filling | fill back, compare | verifies tunnels |\n"
                            "| Re-digging | dig again | MossDig |\n")
    found = folded_facts(graph)
    assert {("efficiency", "measuredBy", "cost per tunnel"), ("planning", "measuredBy", "tool accuracy")} <= found, found
    assert not {o for s, r, o in found if o in ("cost", "tunnel", "time", "den") or o.startswith("verifies")}, found


def test_things_sharing_a_word_for_an_attribute_are_no_kinds_of_it(tmp_path: Path) -> None:
    """ "Given a budget, how do you pick den size and tunnel size? ...": "den size" and "tunnel size" name what a den and a
    tunnel have, no kinds of "size"; things sharing a noun ("moss dens", "clay dens" after "Dens ...") still are."""
    graph = build(tmp_path, "# Burrows\n\nGiven a fixed digging budget, how do you pick den size and tunnel size? The **Sett law** answers "
                            "this. They dug 400 dens and found the tunnels should be about 20x the den size. Den size and tunnel "
                            "size should grow together.\n\nDens keep badgers warm. Moss dens are soft. Clay dens are hard.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if r == "isA" and o == "size"}, found
    assert ("moss den", "isA", "den") in found, found


def test_a_list_with_an_action_in_it_is_a_list_of_actions(tmp_path: Path) -> None:
    """ "Mitigations: cache burrows, fix the moss layers (wet, dry), and the clay.": where one item is a verb and its object,
    items that open on a word that can be a verb are actions too, and one that opens on "the" is an object of the verb
    before; none is a concept used against the trouble ("cache burrow usedFor den flooding"). "Tools: spade, rake" stays read
    (since round sixty as tools for what the heading names)."""
    graph = build(tmp_path, "# Burrows\n\n- **Den flooding**: rain fills the den. Mitigations: cache burrows, fix the moss layers "
                            "(wet, dry), and the clay.\n- Tools: spade, rake.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if r == "usedFor" and o == "den flooding"}, found
    assert {("spade", "usedFor", "burrow"), ("rake", "usedFor", "burrow")} <= found, found
