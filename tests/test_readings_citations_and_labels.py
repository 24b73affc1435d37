"""Definitions that open on a citation, labels of lists that say what their items are, and other forms read
from held-out notes of round forty-four.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_adjectives_set_against_each_other_share_the_doing_after_them(tmp_path: Path) -> None:
    """ "Full vs Partial Burrowing": each side is one adjective, which names nothing alone, so both share the doing
    that closes the last side (it had made a concept "full"); a doing named whole keeps its side ("Digging vs Den
    Sealing")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Full vs Partial Burrowing:** both dig.\n- **Digging vs Den Sealing:** both work.\n"))
    assert {("full burrowing", "contrastsWith", "partial burrowing"), ("digging", "contrastsWith", "den sealing")} <= found, found
    assert not any("full" in (s, o) for s, _r, o in found), found


def test_a_definition_that_opens_on_its_source_says_who_made_the_term_and_goes_on(tmp_path: Path) -> None:
    """ 'Lee et al. (2022), "root upcycling".': a citation before a comma names who brought the term, and a name in quotes
    after it is what they called it, no kind nor part of it (it had made `lee et al. isA sparse digging` and `sparse digging
    includes root upcycling`); words after the comma go on defining it."""
    found = lowered(build(tmp_path, '# Dens\n\n- **Sparse Digging:** Lee et al. (2022), "root upcycling". take a dense den.\n'
                                    "- **Wet Digging:** Lee et al. 2022, a den method for wet soil.\n"))
    assert {("sparse digging", "developedBy", "lee et al."), ("wet digging", "developedBy", "lee et al."),
            ("wet digging", "isA", "den method")} <= found, found
    assert not any(s.startswith("lee") or o == "root upcycling" for s, _r, o in found), found


def test_a_fragment_after_a_citation_named_by_an_acronym_and_a_noun_says_what_the_term_is(tmp_path: Path) -> None:
    """ "Kim et al. 2021 (Zorpco). MOLE method that adds no heat loss.": an acronym the dictionary does not know before a
    common noun narrows it, as a name does ("Minecraft agent for ..."), so the fragment is one of a kind."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Moss Lining (ML):** Kim et al. 2021 (Zorpco). MOLE method that adds no heat loss.\n"))
    assert {("moss lining", "isA", "mole method"), ("moss lining", "developedBy", "kim et al.")} <= found, found


def test_a_line_that_goes_on_an_entry_without_a_subject_is_said_of_the_term(tmp_path: Path) -> None:
    """ "- **Root Radar:** ... Digging is a form of root radar." / "  first introduced by Ana Roh in 1976": a line of
    its own that opens in lower case on a verb with its subject left out goes on the entry, whatever the sentence before
    spoke of (it had made digging's makers)."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Root Radar:** finds roots. Digging is a form of root radar.\n"
                                    "  first introduced by Ana Roh and Bo Kim in 1976 (!)\n"))
    assert {("digging", "isA", "root radar"), ("root radar", "developedBy", "ana roh"), ("root radar", "developedBy", "bo kim")} <= found, found
    assert not any(s == "digging" and r == "developedBy" for s, r, _o in found), found


def test_a_label_of_a_things_use_cases_says_what_it_is_used_for(tmp_path: Path) -> None:
    """ "Den depth use cases beyond warmth:" over items, "Moss use cases: drying, lining": the thing named before "use
    cases" is used for each, as after "Use cases for moss:" (it had read nothing)."""
    found = lowered(build(tmp_path, "# Dens\n\nDen depth use cases beyond warmth:\n\n- detecting floods: if a den is shallow, it floods\n"
                                    "- deduplicating root data\n\nMoss use cases: drying, lining.\n"))
    assert {("den depth", "usedFor", "deduplicating root data"), ("moss", "usedFor", "drying"), ("moss", "usedFor", "lining")} <= found, found
    assert not any("use case" in s or "use case" in o for s, _r, o in found), found


def test_a_plural_and_a_clause_that_says_which_ones_name_the_kind_of_the_list(tmp_path: Path) -> None:
    """ "Benchmarks that work this way:", "Den tools which store moss:": a plural of a class of the vocabulary, or of more
    words, then a relative clause, names the kind of the items below; a shell ("Things that matter:") or a clause of the
    label's own ("Here are models that dig:") names none. A name's maker after "from" or "by" is no part of the name."""
    found = lowered(build(tmp_path, "# Dens\n\nSome text.\n\nBenchmarks that work this way:\n\n"
                                    "- MossBench (Mostly Basic Moss Problems) from Zorpco\n- DenEval by Kim Lee\n\n"
                                    "Den tools which store moss:\n\n- MossBox\n\nThings that matter:\n\n- Depth\n\n"
                                    "Here are models that dig:\n\n- DigNet\n"))
    assert {("mossbench", "isA", "benchmark"), ("deneval", "isA", "benchmark"), ("mossbench", "developedBy", "zorpco"),
            ("mossbox", "isA", "den tool")} <= found, found
    assert not any(s in ("depth", "dignet") or "from" in s for s, _r, _o in found), found


def test_a_label_of_biases_or_errors_of_a_thing_says_what_it_suffers_from(tmp_path: Path) -> None:
    """ "Biases of den judges:" over items: the judges suffer from each, as under "Limitations of den judges:"."""
    found = lowered(build(tmp_path, "# Dens\n\nSome text.\n\nBiases of den judges:\n\n- self-bias: a judge favors its own dens\n"
                                    "- depth bias: favoring deep dens\n"))
    assert {("den judge", "suffersFrom", "self-bias"), ("den judge", "suffersFrom", "depth bias")} <= found, found


def test_an_entry_named_for_the_kinds_of_a_thing_is_the_thing_and_lists_its_kinds(tmp_path: Path) -> None:
    """ "**Den Families:** two main buckets: moss-based dens and clay-based dens.": a term of a thing and a word for kinds
    ("Families", "Variants", "Types") is the thing, and a count of buckets lists its kinds (it had made `den family contains
    moss-based den`, buckets taken for parts); a link's title keeps its words."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den Families:** two main buckets: moss-based dens and clay-based dens.\n"
                                    "- **Moss:** soft stuff. Two buckets: wet moss and dry moss.\n"))
    assert {("moss-based den", "isA", "den"), ("clay-based den", "isA", "den"), ("wet moss", "isA", "moss")} <= found, found
    assert not any("famil" in s or "famil" in o or r == "contains" for s, r, o in found), found


def test_the_most_used_of_a_kind_by_far_after_where_it_was_seen_is_one_of_the_kind(tmp_path: Path) -> None:
    """ "from the issues on zorp/dens, MossF is by far the most used den method, clay much less.": a phrase that opens on
    "from" says where, before the subject; "by far" only grades the superlative; "clay much less", a comparison said short,
    names nothing (it had made `popularity uses den method` and a concept "clay much less")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Popularity:** from the issues on zorp/dens, MossF is by far the most used den method, "
                                    "clay much less.\n"))
    assert ("mossf", "isA", "den method") in found, found
    assert not any(s == "popularity" or "less" in o for s, _r, o in found), found


def test_the_fields_of_a_block_are_the_one_thing_it_links_first_or_after_an_equals_sign(tmp_path: Path) -> None:
    """Logseq's block properties ("  type:: [[pattern]]", "  uses:: [[moss]]") under "- [[moss lining]] keeps the den warm"
    or "- give the den the warmth it needs = [[den heating]]": the block's one link, first or last after "=" or ":", is whose fields
    they are (they had been ignored, "not inside an entry"); a link in the middle of the block's words owns none."""
    found = lowered(build(tmp_path, "- ## [[Den building]]\n\t- [[moss lining]] keeps the den warm\n\t  type:: [[pattern]]\n"
                                    "\t  uses:: [[moss]], [[clay]]\n\t- give the den the warmth it needs = [[den heating]]\n\t  uses:: [[stoves]]\n"
                                    "\t- the den and [[roots]] meet here\n\t  uses:: [[spades]]\n"))
    assert {("moss lining", "isA", "pattern"), ("moss lining", "uses", "moss"), ("den heating", "uses", "stove")} <= found, found
    assert not any(o == "spade" for _s, _r, o in found), found


def test_a_hyphened_word_that_sorts_under_an_entry_names_a_kind_of_it(tmp_path: Path) -> None:
    """ "- off-the-shelf: MossGate, ClayGate" under "- **Den gateway:**": "off-the-shelf", "self-hosted", "in-house" sort
    as "adapter-based" does, the items kinds of "off-the-shelf den gateway" (it had made `den gateway includes off-the-shelf`
    and a concept of the adjective alone)."""
    found = lowered(build(tmp_path, "- **Den gateway:** a layer over dens.\n\t- off-the-shelf: MossGate, ClayGate\n\t- self-hosted: DenGate, RootGate\n"))
    assert {("mossgate", "isA", "off-the-shelf den gateway"), ("dengate", "isA", "self-hosted den gateway"),
            ("off-the-shelf den gateway", "isA", "den gateway")} <= found, found
    assert not any(o in ("off-the-shelf", "self-hosted") for _s, _r, o in found), found


def test_reasons_that_are_clauses_of_a_plural_say_no_purpose(tmp_path: Path) -> None:
    """ "why: duplicates skew the floor, introduce damp, cause root rot" in a note on den sweeping: the first part is a
    clause (a plural the tagger takes for a verb, then a verb), and the parts after it say what that subject does, no
    purpose of the note's thing (it had made `den sweeping usedFor cause root rot`)."""
    found = lowered(build(tmp_path, "---\naliases: [sweep]\n---\n# Den Sweeping\n\nDen sweeping is removing loose dirt from a den.\n\n"
                                    "why: duplicates skew the floor, introduce damp, cause root rot, waste space.\n",
                          name="Den Sweeping.md"))
    assert not any(r == "usedFor" for _s, r, _o in found), found
    found = lowered(build(tmp_path / "uses", "# Moss\n\n- **Moss:** soft stuff. Use cases: den lining, root drying.\n"))
    assert {("moss", "usedFor", "den lining"), ("moss", "usedFor", "root drying")} <= found, found


def test_what_stands_in_for_a_quantity_measures_it_however_judged(tmp_path: Path) -> None:
    """ "Perplexity is a pretty good proxy for den quality", "Den width serves as a rough proxy for den age": a proxy or an
    indicator for a thing measures it (it had made a kind "pretty good proxy"); a negated one says nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nPerplexity is a pretty good proxy for den quality.\n\n"
                                    "Den width serves as a rough proxy for den age.\n\nMoss is not a good indicator of den age.\n"))
    assert {("perplexity", "measures", "den quality"), ("den width", "measures", "den age")} <= found, found
    assert not any("proxy" in o or s == "moss" for s, _r, o in found), found


def test_a_writer_splitting_a_topic_into_parts_each_with_a_clause_names_the_parts(tmp_path: Path) -> None:
    """ "Huyen splits den care into wet care, which needs moss, and dry care, which needs clay.": a clause said of an item,
    set off by commas, is no part of the list (it had cut the list at the first "which" and read nothing)."""
    found = lowered(build(tmp_path, "# Dens\n\nHuyen splits den care into wet care, which needs moss, and dry care, which needs clay.\n"))
    assert {("den care", "includes", "wet care"), ("den care", "includes", "dry care")} <= found, found


def test_ways_to_do_a_verb_and_its_object_name_no_thing_they_are_within(tmp_path: Path) -> None:
    """ "Two ways to rank dens: A and B": "rank dens" is a verb and its object, no thing the ways are within (it had made
    a concept "rank den"); "Two approaches to den care:" stays a thing's."""
    found = lowered(build(tmp_path, "# Dens\n\nTwo ways to rank dens: pointwise ranking (score each den) and pairwise ranking.\n\n"
                                    "Two approaches to den care: sweeping and airing.\n"))
    assert {("den care", "includes", "sweeping"), ("den care", "includes", "airing")} <= found, found
    assert not any("rank den" in (s, o) for s, _r, o in found), found


def test_the_usual_or_default_one_of_a_kind_is_one_of_the_kind(tmp_path: Path) -> None:
    """ "- **Adam:** the common default optimizer.", "Clay is the default den wall for winter.": the one picked of a kind by
    custom (usual, default, common, go-to) is one of it, as "a" says; "the standard deviation" picks nothing, and "This is
    the classic setup" may stand for what the sentence before did."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Adam:** the common default optimizer. stores 2 states per param.\n\n"
                                    "Clay is the default den wall for winter.\n\nSigma is the standard deviation of depth.\n\n"
                                    "MossNet predicts roots. This is the classic digging setup.\n"))
    assert {("adam", "isA", "optimizer"), ("clay", "isA", "den wall")} <= found, found
    assert not any(o in ("deviation", "digging setup") for _s, _r, o in found), found


def test_an_item_of_names_then_what_they_are_for_lists_members_each_for_it(tmp_path: Path) -> None:
    """ "- DenSQL, RootSQL and ClaySQL for text-to-den" under "Benchmarks that work this way:": each name is one of the
    list's kind, used for what follows "for" (it had read nothing, the names taken for one phrase); words that are no
    names before "for" ("moss, clay for walls") are left as they were."""
    found = lowered(build(tmp_path, "# Dens\n\nSome text.\n\nBenchmarks that work this way:\n\n- DenSQL, RootSQL and ClaySQL for text-to-den\n"
                                    "- moss, clay for walls\n"))
    assert {("densql", "isA", "benchmark"), ("claysql", "isA", "benchmark"), ("rootsql", "usedFor", "text-to-den")} <= found, found
    assert not any(s in ("moss", "clay") for s, _r, _o in found), found


def test_a_definition_that_closes_on_a_citation_after_a_semicolon_names_the_makers(tmp_path: Path) -> None:
    """ "Den sealing is training a small den to mimic a larger den; Kim et al. 2015." in a note on den sealing, and
    "lining a den with moss; Kim et al. 2015" in an entry: the citation after the semicolon names who brought the thing,
    as after a comma."""
    _result, graph = build_files(tmp_path, {"Dens/Den Sealing.md": "# Den Sealing\n\nDen sealing is training a small den to mimic "
                                            "a larger den; Kim et al. 2015.\n\n## How it works\nsteps.\n",
                                            "Dens/Den Lining.md": "# Den Lining\n\n- **Moss Lining:** lining a den with moss; Lee et al. 2016\n"})
    found = lowered(graph)
    assert {("den sealing", "developedBy", "kim et al."), ("moss lining", "developedBy", "lee et al.")} <= found, found


def test_a_comparison_with_a_doing_or_a_measure_before_than_sets_two_things_against_each_other(tmp_path: Path) -> None:
    """ "Deep dens are harder to dig than shallow dens", "- **MossNet:** ... smaller range than ClayNet.": a doing after
    the comparative ("to dig") or a noun that says in what ("range") leave the comparison whole (it had read nothing);
    an adverb there ("faster overall than") is no measure."""
    found = lowered(build(tmp_path, "# Dens\n\n- **MossNet:** two rooms. smaller range than ClayNet.\n- **RootNet:** faster overall than MossNet.\n\n"
                                    "Deep dens are harder to dig than shallow dens.\n"))
    assert {("deep den", "contrastsWith", "shallow den"), ("mossnet", "contrastsWith", "claynet")} <= found, found
    assert not any(s == "rootnet" for s, _r, _o in found), found


def test_a_label_over_a_list_of_links_says_what_they_are_instead_of_the_heading(tmp_path: Path) -> None:
    """ "#### Digging Frameworks" / "Distributed digging frameworks:" / "- [RootSpeed](url)": the line over the list says
    what its links are, the heading above no longer (it had made RootSpeed a digging framework too); links right under
    a heading stay its kind's."""
    found = lowered(build(tmp_path, "# Dens\n\n#### Digging Frameworks\n\nFor digging on your own: see the docs.\n\n"
                                    "Distributed digging frameworks:\n- [RootSpeed](https://example.com/c)\n- [DenScale](https://example.com/d)\n\n"
                                    "## Den Libraries\n\n- [ClayLib](https://example.com/e)\n"))
    assert {("rootspeed", "isA", "distributed digging framework"), ("claylib", "isA", "den library")} <= found, found
    assert not any(o == "digging framework" and s in ("rootspeed", "denscale") for s, _r, o in found), found


def test_what_depends_on_names_no_thing(tmp_path: Path) -> None:
    """ "2. depending on failure modes: more advanced sealing or lining": "depending on", "according to" and "regardless
    of" open no name, so nothing is for them and nothing suffers from "depending on" (it had made `sealing usedFor depending
    on failure modes`); "- moss failure modes: rot, mold" still lists what moss suffers from."""
    graph = build(tmp_path, "- **Den Workflow:** rough order:\n  1. moss alone\n  2. depending on failure modes: more advanced sealing or lining\n"
                            "- **Moss:** soft.\n  - moss failure modes: rot, mold\n")
    assert not any(graph.label(concept).lower().startswith("depending") for concept in graph.concepts())
    found = lowered(graph)
    assert {("moss", "suffersFrom", "rot"), ("moss", "suffersFrom", "mold")} <= found, found
    assert not any("depending" in s or "depending" in o for s, _r, o in found), found


def test_a_definition_of_what_to_do_then_names_after_a_dash_lists_kinds_by_name(tmp_path: Path) -> None:
    """ "- **raking**: rake into piles, compare only within a pile — MossRake, Clay filter": parts that say what to do
    ("compare only within a pile") are no names of the term's parts (it had made `raking includes rake`); the names after
    the dash are kinds of it."""
    found = lowered(build(tmp_path, "- **raking**: rake into piles, compare only within a pile — MossRake, Clay filter\n"
                                    "- **Planning:** Plan generation, plan validation and reflection.\n"))
    assert {("mossrake", "isA", "raking"), ("clay filter", "isA", "raking"), ("planning", "includes", "plan validation")} <= found, found
    assert not any(o == "rake" for _s, _r, o in found), found


def test_an_item_nested_under_another_that_says_what_it_holds_is_no_item_of_the_section(tmp_path: Path) -> None:
    """ "- ### metrics" / "  - den metrics" / "    - [[DTT]] — den time to dig": the item above says what its links are,
    the section above no longer (it had made DTT a metric of the section too, and, under "## Feedback", the section include
    what an item below an item names)."""
    found = lowered(build(tmp_path, "- ### metrics\n\t- metrics should follow the failure modes\n\t- den metrics\n\t\t- [[DTT]] — den time to dig\n"))
    assert ("dtt", "isA", "den metric") in found, found
    assert ("dtt", "isA", "metric") not in found, found


def test_a_type_under_a_block_that_lists_links_after_a_label_is_each_links(tmp_path: Path) -> None:
    """Logseq's "- tools: [[Purple Moss]] (Zorpco), [[Clay Guard]], [[RootRIT]]" / "  type:: [[guard tool]]": the block
    lists things, and its type is each one's (it had been dropped, the block naming no one thing)."""
    found = lowered(build(tmp_path, "- ## Den care\n\t- ### Step 2 — put in guards\n\t\t- tools: [[Purple Moss]] (Zorpco), [[Clay Guard]], [[RootRIT]]\n"
                                    "\t\t  type:: [[guard tool]]\n"))
    assert {("purple moss", "isA", "guard tool"), ("clay guard", "isA", "guard tool"), ("rootrit", "isA", "guard tool"),
            ("purple moss", "developedBy", "zorpco")} <= found, found
    assert not any(s == "put in guards" for s, _r, _o in found), found


def test_an_entry_of_a_things_use_cases_is_the_thing_and_what_it_includes_its_uses(tmp_path: Path) -> None:
    """ "- **Lining Use Cases:** This includes winter dens (one lining instead of two), nurseries and storage.": the entry is
    lining, and what "this" includes are its uses (it had made a concept "lining use case" that includes them)."""
    found = lowered(build(tmp_path, "- **Moss Lining:** a den method.\n- **Lining Use Cases:** This includes winter dens (one lining "
                                    "instead of two), nurseries and storage.\n"))
    assert {("lining", "usedFor", "winter den"), ("lining", "usedFor", "nursery"), ("lining", "usedFor", "storage")} <= found, found
    assert not any("use case" in s or "use case" in o for s, _r, o in found), found


def test_reasons_not_to_do_a_thing_are_what_it_suffers_from(tmp_path: Path) -> None:
    """ "#### Reasons not to dig" over "- **Cave-ins:** ...", "#### Why not use moss dens" over "- rot": the doing (a verb
    made a doing) or the thing suffers from each, as "Reasons to dig" says what digging is for (it had read nothing)."""
    found = lowered(build(tmp_path, "## Digging\n\n#### Reasons to dig\n\n- **Warmth:** dens keep badgers warm.\n\n#### Reasons not to dig\n\n"
                                    "- **Wasted Time:** digging for one den can take weeks.\n- **Cave-ins:** the den falls in.\n\n"
                                    "#### Why not use moss dens\n\n- rot\n- mold\n"))
    assert {("digging", "usedFor", "warmth"), ("digging", "suffersFrom", "cave-in"), ("moss den", "suffersFrom", "rot")} <= found, found


def test_what_works_for_or_is_good_for_a_thing_is_used_for_it_up_to_a_second_predicate(tmp_path: Path) -> None:
    """ "Exact sealing works for shallow dens", "Moss lining is good for winter dens", "is more suited for deep dens and
    less reliable for wet dens": what a thing works well for, is good, suited or ideal for, it is used for (it had read
    nothing); "and less reliable for" says a second thing of the subject, which ends the list."""
    found = lowered(build(tmp_path, "# Dens\n\nExact sealing works well for shallow dens.\n\nMoss lining is good for winter dens.\n\n"
                                    "Den watching is more suited for deep dens and less reliable for wet dens.\n"))
    assert {("exact sealing", "usedFor", "shallow den"), ("moss lining", "usedFor", "winter den"),
            ("den watching", "usedFor", "deep den")} <= found, found
    assert ("den watching", "usedFor", "wet den") not in found, found


def test_a_title_of_a_work_and_its_author_before_reading_notes_credits_the_author(tmp_path: Path) -> None:
    """ "# Den Building (Kim Lee) - reading notes": the notes' title names the work and its author before what the notes
    are ("reading notes", "my notes", "study notes"), as before "- notes" (it had read nothing)."""
    found = lowered(build(tmp_path, "# Den Building (Kim Lee) - reading notes\n\nText.\n"))
    assert ("den building", "createdBy", "kim lee") in found, found


def test_an_outlines_first_item_of_notes_on_a_work_and_its_author_credits_the_author(tmp_path: Path) -> None:
    """ "- notes on [[Den Building]] (Kim Lee, Zorp Press 2025), ch 10" first in an outline, where every line is an item:
    the work and its author, as "Book: Den Building (Kim Lee)" in a first paragraph (it had read nothing); "- notes on
    sealing, from the den chapter" names no work."""
    found = lowered(build(tmp_path, "- # Ch10 — Den Building part two\n- notes on [[Den Building]] (Kim Lee, Zorp Press 2025), ch 10.\n"
                                    "- main idea: dig\n"))
    assert ("den building", "createdBy", "kim lee") in found, found
    found = lowered(build(tmp_path / "other", "# Dens\n\n- notes on sealing, from the den chapter\n- moss\n"))
    assert not any(r == "createdBy" for _s, r, _o in found), found


def test_a_definition_that_opens_on_the_doing_its_term_names_is_one_of_that_doing(tmp_path: Path) -> None:
    """ "- **Deep Sealing:** sealing with clay.", "- **Root Digging (RD):** digging on soil pairs.": the definition opens
    on the doing that closes the term, done some way, so the term is a kind of it (it had read nothing); a doing the
    term does not end on ("**Model Merging:** merging several models") stays as it was read."""
    found = lowered(build(tmp_path, "- **Deep Sealing:** sealing with clay.\n- **Root Digging (RD):** digging on soil pairs.\n"
                                    "- **Model Merging:** merging several models into one.\n"))
    assert {("deep sealing", "isA", "sealing"), ("root digging", "isA", "digging")} <= found, found
    assert not any(s == "model merging" and r == "isA" for s, r, _o in found), found


def test_a_bold_term_in_title_case_that_opens_on_a_past_form_is_a_term(tmp_path: Path) -> None:
    """ "- **Supervised Digging (SD):** digging on soil pairs.": a past form in title case before a capital is a modifier,
    though the tagger reads "Supervised" before a capital as a verb in the past (the entry had been no term, and nothing
    of it read); a sentence in bold ("**Web crawls dominate.**") stays none."""
    found = lowered(build(tmp_path, "- **Supervised Digging (SD):** digging on soil pairs.\n- **Guided Moss:** a den method.\n"))
    assert {("supervised digging", "isA", "digging"), ("guided moss", "isA", "den method")} <= found, found


def test_a_line_under_an_entry_that_makes_a_new_thing_a_kind_of_the_entry_keeps_the_new_thing(tmp_path: Path) -> None:
    """ "- **Deep Digging:** a den method." / "  Root digging is a type of deep digging.": a subject the notes name nowhere
    else is taken for the entry under another name, unless the sentence makes it a kind of the entry (it had read
    `root digging` as the entry, and the statement as the entry's of itself, which says nothing)."""
    found = lowered(build(tmp_path, "- **Deep Digging:** a den method.\n  Root digging is a type of deep digging.\n"
                                    "- **Wet Digging (WD):** a den method.\n  Moss digging is a type of WD.\n"))
    assert {("root digging", "isA", "deep digging"), ("moss digging", "isA", "wet digging")} <= found, found
