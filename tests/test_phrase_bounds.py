"""Where a subject or a noun phrase begins and ends in prose and notes: a role a thing fills ("the end goal is ..."),
a shell noun judged ("a more careful approach is ..."), the subject of a clause that "where" opens, a participle
that narrows a noun ("tools mentioned for digging"), when an example is used ("a spade before digging"), a doing
that counts ("spanning 12 regions"), "the term X", an instruction written as a term, a machine after "trained on",
an adverb that says how, a cited name after a purpose's colon, ways to a doing, an apposition after the object,
", which" after a role filled, makers and citations in parentheses, "e.g." without a comma, a half of the reading
and a web address that credits a passage.

Every input here is written for the test; none is taken from the owner's notes or the test corpus. Each
shape is shown where it holds and where the words around it keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, lowered, names

from kg.ingest.clause_shapes import counts_by_a_doing, says_how, without_reduced_relative
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.phrases import read
from kg.ingest.terms import _an_instruction


def test_a_role_the_object_fills_is_no_kind_of_it(tmp_path: Path) -> None:
    """ "The end goal is a burrow map", "The book's example is a den that floods": the map fills the role; no
    "end goal" is a burrow map. A subject that names a thing keeps its reading."""
    found = lowered(build(tmp_path, "# Dens\n\nThe end goal is a **burrow map** that shows every tunnel.\n\n"
                                    "The book's example is a den that floods every spring.\n\n"
                                    "The burrow map is a drawing of tunnels.\n"))
    assert not any(s in ("end goal", "book example", "example") for s, _r, _o in found), found
    assert ("burrow map", "isA", "drawing of tunnels") in found, found
    assert_no_concept(build(tmp_path / "goal", "# Dens\n\nThe end goal is a burrow map.\n"), "end goal")


def test_a_judged_shell_noun_as_subject_makes_no_concept(tmp_path: Path) -> None:
    """ "A more careful approach is ground radar", "A simpler method is moss testing": the radar is one such
    approach; the judged shell ("careful approach") names nothing, and is no kind of the radar."""
    graph = build(tmp_path, "# Dens\n\nA more careful approach is ground radar.\n\nA simpler method is moss testing.\n\n"
                            "Den sealing is careful work.\n")
    found = lowered(graph)
    assert not any(s in ("careful approach", "simpler method", "approach", "method") for s, _r, _o in found), found
    assert_no_concept(graph, "careful approach")


def test_a_clause_that_where_opens_has_its_own_subject(tmp_path: Path) -> None:
    """ "For a den, volume ≈ L × W × 1.2, where the extra 20% is a rough allowance for bedding": the 20% is the
    allowance, no entry nor the den; a subject of its own after "where" is the one its verb speaks of."""
    found = lowered(build(tmp_path, "# Dens\n\n**Den math.** For a den, volume ≈ L × W × 1.2, where the extra 20% is a rough "
                                    "allowance for bedding.\n\nWombats dig at night, when Kestrel uses moss for bedding.\n"))
    assert not any(o in ("rough allowance", "bedding") for s, _r, o in found if s in ("den math", "den")), found
    assert not any(s == "wombat" and o == "moss" for s, _r, o in found), found


def test_a_participle_after_a_noun_narrows_it_and_is_no_part_of_its_name() -> None:
    """ "tools mentioned for digging", "loose dirt left in open tunnels": a relative clause without "that";
    not a noun before a preposition ("feature engineering for dens"), nor a number's unit ("tokens generated per second")."""
    assert without_reduced_relative("tools mentioned for digging") == "tools"
    assert without_reduced_relative("loose dirt left in open tunnels") == "loose dirt"
    assert without_reduced_relative("Tools mentioned for digging") == "Tools"
    assert noun_phrase("weights stored in memory").label == "weight"
    assert without_reduced_relative("feature engineering for dens") == "feature engineering for dens"
    assert without_reduced_relative("tokens generated per second") == "tokens generated per second"
    assert without_reduced_relative("data set") == "data set"


def test_a_participle_unlike_its_verb_ends_a_phrase_whatever_noun_it_also_is(tmp_path: Path) -> None:
    """ "moss left (in dens)", "the burrow given": a past form that is no verb's base ends on the clause a cut left half;
    "data set", "test run" (a participle like its base, a noun too) stay whole."""
    assert noun_phrase("dry moss left").label == "dry moss"
    assert noun_phrase("burrow plan given").label == "burrow plan"
    assert noun_phrase("den data set").label == "den data set"
    assert noun_phrase("mole test run").label == "mole test run"
    found = lowered(build(tmp_path, "- **Den bedding:** dry moss left in old tunnels (by moles, by wombats)\n"))
    assert ("den bedding", "isA", "dry moss") in found, found


def test_a_subject_narrowed_by_a_participle_makes_no_concept_of_the_clause(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\nTools mentioned for digging include the Spade Pro, the DigMaster and the Trowel X.\n")
    assert_no_concept(graph, "tools mentioned for digging")
    assert not any("mentioned" in s for s, _r, _o in lowered(graph)), lowered(graph)


def test_what_a_narrowed_plural_includes_are_of_the_kind_its_purpose_names(tmp_path: Path) -> None:
    """ "Tools mentioned for den guarding include Wombat's Purple Claw, DenGuard and the Moss API": each a den
    guarding tool, and who made one is said."""
    graph = build(tmp_path, "# Dens\n\nTools mentioned for den guarding include Wombat's Purple Claw, DenGuard and the Moss API.\n")
    found = lowered(graph)
    assert {(x, "isA", "den guarding tool") for x in ("purple claw", "denguard", "moss api")} <= found, found
    assert ("purple claw", "developedBy", "wombat") in found, found


def test_when_an_example_is_used_ends_the_example(tmp_path: Path) -> None:
    """ "Start with a hand tool like the Spade Pro before moving to an excavator": the Spade Pro, no "Spade
    Pro before moving"; "such as spades after rain" the same."""
    found = lowered(build(tmp_path, "# Dens\n\nStart simple with a hand tool like the Spade Pro before moving to an excavator.\n\n"
                                    "Wombats use hand tools such as spades after rain.\n"))
    assert ("spade pro", "isA", "hand tool") in found, found
    assert not any("before" in s or "after" in s for s, _r, _o in found), found


def test_a_doing_that_counts_is_no_concept(tmp_path: Path) -> None:
    """ "spanning 12 regions including A and B", "averaging 3 digs per night": a verb's -ing form before a number
    or an article; not a noun that ends in -ing ("training 3 models" is a doing too, "mapping tools" a thing)."""
    assert counts_by_a_doing("spanning 12 regions") and counts_by_a_doing("averaging 3.5 digs")
    assert not counts_by_a_doing("mapping tools") and not counts_by_a_doing("spanning tree")
    assert not keep(noun_phrase("spanning 12 regions"))
    found = lowered(build(tmp_path, "# Dens\n\nThe **Den Survey** has 500 dens, spanning 12 regions including Tasmania, "
                                    "Victoria and Gippsland.\n\nWombats use moss bedding, averaging 3 digs per night.\n"))
    assert not any(s.startswith(("spanning", "averaging")) or o.startswith(("spanning", "averaging")) for s, _r, o in found), found
    assert not any(s == "den survey" and o in ("tasmania", "victoria") for s, _r, o in found), found


def test_the_term_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    """ "The term burrow system covers dens and tunnels": the burrow system; not "term frequency" nor "the
    word embedding", a word that makes a term with the one after it."""
    assert noun_phrase("the term burrow system").label == "burrow system"
    assert noun_phrase("the name Kestrel").label == "Kestrel"
    assert noun_phrase("the term frequency").label == "term frequency"
    assert noun_phrase("the word embedding").label == "word embedding"
    found = lowered(build(tmp_path, "# Dens\n\nThe term **burrow system** covers both dens and tunnels.\n"))
    assert ("burrow system", "includes", "den") in found, found
    assert not any(s.startswith("term") for s, _r, _o in found), found


def test_an_instruction_written_as_an_item_s_term_is_no_concept(tmp_path: Path) -> None:
    """ "2. Deduplicate — whole-den, intra-den duplicates. techniques: A, B", "2. keep entrances separate — ...": a step
    to do, no concept that includes the techniques or is one of the list's kind; a name in capitals ("REINFORCE") and a
    gerund ("Bagging") stay terms."""
    assert _an_instruction("Deduplicate") and _an_instruction("Inspect dens") and _an_instruction("keep entrances separate")
    assert not any(map(_an_instruction, ("Bagging", "Stop words", "Open Den Leaderboard", "REINFORCE", "Scale", "Chunk overlap")))
    graph = build(tmp_path, "# Dens\n\nSealing den entrances:\n1. plug the entrance with moss — no draughts\n"
                            "2. keep entrances separate — one warren + many small doors\n\n"
                            "Steps:\n1. Inspect dens — look at depth, width.\n"
                            "2. Deduplicate — whole-den, intra-den duplicates. techniques: scent comparison, hashing\n\n"
                            "- **REINFORCE** – optimizes a digging policy directly.\n")
    found = lowered(graph)
    assert not any(s in ("deduplicate", "keep entrance", "inspect den") for s, _r, _o in found), found
    assert "reinforce" in {n.lower() for n in names(graph)}


def test_trained_on_a_machine_is_no_training_data(tmp_path: Path) -> None:
    """ "Warren 65B was finetuned on a single 48 GB GPU", "trained on 8 A100s for a week": where it ran; "trained on
    machine-generated data" is what it learned from."""
    found = lowered(build(tmp_path, "# Dens\n\nWarren 65B was finetuned on a single 48 GB GPU. MoleNet was trained on 8 A100s "
                                    "for a week. Zorp was trained on machine-generated data.\n"))
    assert not any(r == "trainedOn" and ("gpu" in o or "a100" in o) for _s, r, o in found), found
    assert ("zorp", "trainedOn", "machine-generated data") in found, found


def test_a_doing_and_how_is_no_concept(tmp_path: Path) -> None:
    """ "3. Digging directly in clay — hard, but ...", "moles use claws differently so mole demos ...": an adverb after
    the words that open the phrase says how; "a highly optimized den" and "a fully connected layer" are things."""
    assert says_how("digging directly in clay") and says_how("claws differently so mole demos")
    assert not says_how("highly optimized den") and not says_how("fully connected layer")
    found = lowered(build(tmp_path, "# Dens\n\n## Sealing\n\n3. Digging directly in clay — hard, but e.g. Kestrel uses ternary claws\n\n"
                                    "Wombats & moles use claws differently so mole demos aren't always best.\n"))
    assert not any("directly" in s or "differently" in o for s, _r, o in found), found
    assert not any(s == "sealing" for s, _r, _o in found), found


def test_a_cited_name_after_a_purpose_s_colon_is_no_purpose(tmp_path: Path) -> None:
    """ "Kestrel is also used for den mapping: Quill 2 (Ross et al., 2023)": the den mapping is what it is for, Quill 2
    a work that shows it; a list after the colon ("uses four parts: claws, nose, tail and fur") is the objects."""
    found = lowered(build(tmp_path, "# Dens\n\nKestrel is also used for den mapping: Quill 2 (Ross et al., 2023).\n\n"
                                    "Mossy uses four parts: claws, nose, tail and fur.\n"))
    assert ("kestrel", "usedFor", "den mapping") in found, found
    assert not any(s == "kestrel" and o == "quill 2" for s, _r, o in found), found
    assert {("mossy", "uses", "claw"), ("mossy", "uses", "fur")} <= found, found


def test_a_verb_and_its_object_is_no_concept() -> None:
    """ "make multiple copies of certain layers", "take a pre-trained den": an instruction's verb, then what opens its
    object; a noun before nouns ("prompt optimization tool", "batch inference") names a thing."""
    assert not keep(noun_phrase("make multiple copies of certain rooms")) and not keep(noun_phrase("take a pre-trained den"))
    assert keep(noun_phrase("prompt optimization tool")) and keep(noun_phrase("batch inference")) and keep(noun_phrase("cross entropy"))


def test_a_place_in_the_notes_before_what_it_holds_is_no_concept(tmp_path: Path) -> None:
    """ "- ch6: [[Dens]] and [[Burrows]]", "ch7 Digging next week": where in the notes, then what it holds; "chapter 5"
    alone was never one either."""
    assert not keep(noun_phrase("ch6 dens and burrows")) and not keep(noun_phrase("week 3 reading list"))
    assert keep(noun_phrase("den survey"))
    _result, graph = build_files(tmp_path, {"pages/Book.md": "- a book on dens\n- ch6 [[Dens]] and [[Burrows]]\n"
                                                             "- ch7 [[Digging]] next week\n",
                                            "pages/Dens.md": "- homes of wombats\n"})
    assert not any(s.startswith(("ch6", "ch7")) for s, _r, _o in lowered(graph)), lowered(graph)


def test_which_after_a_role_speaks_of_what_fills_it(tmp_path: Path) -> None:
    """ "The top layer is the nest chamber, which includes bedding, moss and a vent": the chamber includes them, though
    "the top layer" is no subject; "is application development, which includes ..." without the article too; "Kestrel
    is fast, which helps moles" names no thing."""
    found = lowered(build(tmp_path, "# Dens\n\nThe den has three layers. The top layer is the nest chamber, which includes "
                                    "bedding, moss and a vent. The middle layer is food storage, which includes roots and bark.\n\n"
                                    "Kestrel is fast, which helps moles.\n"))
    assert {("nest chamber", "includes", "bedding"), ("nest chamber", "includes", "vent"), ("food storage", "includes", "root")} <= found, found
    assert not any(s in ("fast", "top layer", "kestrel") for s, _r, _o in found), found


def test_a_maker_then_what_it_does_in_parentheses(tmp_path: Path) -> None:
    """ "`Warren-7` (MoleLabs, soil maps)": the maker first, then what the thing does; not a common word first
    ("(Lasso, shrinks weights)") nor a description first ("(encoder-only, Google)")."""
    found = lowered(build(tmp_path, "# Dens\n\n- den models: `Warren-7` (MoleLabs, soil maps), `DenNet` (Burrow Inc, flood alerts), "
                                    "`Mossy` (Google, bedding)\n- **L1 Digging** (Lasso, shrinks tunnels): a way to dig.\n"))
    assert {("warren-7", "developedBy", "molelabs"), ("dennet", "developedBy", "burrow inc"), ("mossy", "developedBy", "google")} <= found, found
    assert not any(r == "developedBy" and o == "lasso" for _s, r, o in found), found


def test_a_plural_label_with_its_expansion_in_parentheses_lists_members(tmp_path: Path) -> None:
    """ "- SDMs (sand den models): S4, H3, Marl": members of the kind, as "- SDMs: S4, H3, Marl" says."""
    found = lowered(build(tmp_path, "# Dens\n\n- SDMs (sand den models): S4, H3, `Marl` (scales w/ depth), `Jarl` (hybrid den)\n"))
    assert {("s4", "isA", "sdm"), ("h3", "isA", "sdm"), ("marl", "isA", "sdm"), ("jarl", "isA", "sdm")} <= found, found


def test_e_g_without_a_comma_before_it_gives_examples(tmp_path: Path) -> None:
    """ "- low-resource dens e.g. Quokka Hill, Wombo Flats → underbuilt": examples of the kind before "e.g.", as after
    ", e.g."; a vague word ("den stuff e.g. moss") is no kind of them."""
    found = lowered(build(tmp_path, "# Dens\n\n- low-resource dens e.g. Quokka Hill, Wombo Flats → underbuilt\n"
                                    "- still helps for den-specific stuff e.g. niche burrows\n"))
    assert {("quokka hill", "isA", "low-resource den"), ("wombo flats", "isA", "low-resource den")} <= found, found
    assert not any(o.endswith("stuff") for _s, _r, o in found), found


def test_a_half_of_the_reading_is_no_concept(tmp_path: Path) -> None:
    """ "- second half: [[Burrows]]", "- agents half: [[Dens]], [[Burrows]]" in a reading journal: which part of the
    book was read, no concept related to what it covers."""
    _result, graph = build_files(tmp_path, {"journals/2025_03_11.md": "- ch6 of [[Book]], dens half\n- agents half: [[Dens]], [[Burrows]]\n"
                                                                      "- second half: [[Burrows]]\n",
                                            "pages/Dens.md": "- homes of wombats\n"})
    assert not any("half" in s or "half" in o for s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "agents half", "second half")


def test_how_the_reading_is_laid_out_is_no_concept(tmp_path: Path) -> None:
    """ "- chapter layout" over links to the notes on each part: the writing's plan, no concept related to them."""
    graph = build(tmp_path, "- notes\n\t- chapter layout\n\t\t- den metrics → [[Den Metrics]]\n\t\t- exact eval → [[Exact Den Eval]]\n")
    assert_no_concept(graph, "chapter layout")


def test_an_item_or_link_that_names_a_chapter_before_what_it_holds_is_no_concept(tmp_path: Path) -> None:
    """ "- ch6 [[Dens]] and [[Tunnels]]" over an item of its own in a note on a book, "[[ch7 Sealing and moss]]": a place
    in the reading and what it covers, no concept related to the notes it links to."""
    _result, graph = build_files(tmp_path, {"pages/Den Book.md": "- Kim 2025, building dens\n- ch6 [[Dens]] and [[Tunnels]]\n"
                                                                 "\t- both are about digging\n- see [[ch7 Sealing and moss]]\n",
                                            "pages/Dens.md": "- homes of wombats\n"})
    assert not any(s.startswith("ch") or o.startswith("ch") for s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "ch6 dens and tunnel", "ch6 Dens and Tunnels", "ch7 Sealing and moss")


def test_a_section_or_chapter_of_the_reading_is_no_concept(tmp_path: Path) -> None:
    """ "- [[Dens]] section = mostly burrow maps, DenNet seems the popular one", "the sealing chapter": a part of what was
    read, named by what it covers, no concept related to what it holds."""
    _result, graph = build_files(tmp_path, {"journals/2025_03_11.md": "- [[Dens]] section = mostly burrow maps, DenNet seems the popular one\n"
                                                                      "- the sealing chapter covers Clay packing and DenNet\n",
                                            "pages/Dens.md": "- homes of wombats\n"})
    assert not any("section" in s or "section" in o or "chapter" in s for s, _r, o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "dens section", "sealing chapter")


def test_a_citation_opening_a_definition_says_who_made_the_term(tmp_path: Path) -> None:
    """ "- **Kestrel:** (Ross et al. 2023) moss-powered den with 13 rooms": Ross et al. made it, and the rest says what it
    is; another parenthesis there ("(optional) a moss door") is no maker."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Kestrel:** (Ross et al. 2023) moss-powered den with 13 rooms.\n"
                                    "- **Plug:** (optional) a moss door.\n"))
    assert {("kestrel", "developedBy", "ross et al."), ("kestrel", "isA", "moss-powered den")} <= found, found
    assert not any(s == "plug" and r == "developedBy" for s, r, _o in found), found


def test_a_citation_closing_a_definition_or_standing_alone_says_who_made_the_term(tmp_path: Path) -> None:
    """ "- **Claybox:** a clay den design, Smith et al 2021 (Zorpco).", "... hold water. Jones et al. 2015", "Ngo & Tran
    1976": the authors (and an organisation after them) made the term, and no citation is a kind of it. Two names with no
    year ("a den design, Johnson & Johnson") are no citation."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Claybox:** a clay den design, Smith et al 2021 (Zorpco). It holds water.\n"
                                    "- **Mudhut:** train a den to hold water. Jones et al. 2015\n"
                                    "- **Wetbox:** a den design. Ngo & Tran 1976\n"
                                    "- **Softden:** den lined with moss. Kim Park et al.\n"
                                    "- **Drybox:** a den design, Johnson & Johnson\n"))
    assert {("claybox", "developedBy", "smith et al."), ("claybox", "developedBy", "zorpco"), ("claybox", "isA", "clay den design"),
            ("mudhut", "developedBy", "jones et al."), ("wetbox", "developedBy", "ngo & tran"),
            ("softden", "developedBy", "kim park et al.")} <= found, found
    assert not any("et al" in o and r == "isA" for _s, r, o in found), found
    assert not any(s == "drybox" and r == "developedBy" for s, r, _o in found), found


def test_a_sentence_that_credits_the_entry_with_no_subject_names_its_makers(tmp_path: Path) -> None:
    """ "Term coined in Ross et al. 2020 (Zorpco), but ...", "Introduced by Kim et al. 2019", "First proposed in Lee et al.
    (2018) at Burrowlabs.": the entry's makers, without the year, even when the sentence before spoke of another thing
    ("- **Den mapping:** sniffing is a way of doing den mapping. Ngo & Tran 1976"); "Introduced by the team" names none."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Burrow mapping:** finds dens by smell. Term coined in Ross et al. 2020 (Zorpco), "
                                    "but the idea is older.\n- **Sealer:** closes the den. Introduced by Kim et al. 2019\n"
                                    "- **Mosser:** lines the den. First proposed in Lee et al. (2018) at Burrowlabs.\n"
                                    "- **Den mapping:** sniffing is a way of doing den mapping. Ngo & Tran 1976\n"
                                    "- **Packer:** packs the den. Introduced by the team.\n"))
    assert {("burrow mapping", "developedBy", "ross et al."), ("burrow mapping", "developedBy", "zorpco"), ("sealer", "developedBy", "kim et al."),
            ("mosser", "developedBy", "lee et al."), ("mosser", "developedBy", "burrowlabs"), ("den mapping", "developedBy", "ngo & tran")} <= found, found
    assert not any(r == "developedBy" and (s in {"sniffing", "packer"} or any(c.isdigit() for c in o)) for s, r, o in found), found


def test_a_definition_after_a_citation_or_before_but_says_what_the_entry_is(tmp_path: Path) -> None:
    """ "- **RDen:** Lee et al. 2021. a den that floods": the sentence after a citation alone is the definition; "basically a
    clay den but with moss on top", "a den, but smaller": the kind before "but"; "cheap but slow", "MossNet but faster" (a
    name, no maker) name none."""
    found = lowered(build(tmp_path, "# Dens\n\n- **RDen:** Lee et al. 2021. a den that floods. It drains slowly\n"
                                    "- **Wetbox:** basically a clay den but with moss on top\n- **Sbox:** a den, but smaller\n"
                                    "- **Softbox:** cheap but slow\n- **PDen:** MossNet but faster\n"))
    assert {("rden", "isA", "den"), ("rden", "developedBy", "lee et al."), ("wetbox", "isA", "clay den"), ("sbox", "isA", "den")} <= found, found
    assert not any(s in {"softbox", "pden"} for s, _r, _o in found), found


def test_a_link_shown_as_a_web_address_after_what_it_credits_is_no_concept(tmp_path: Path) -> None:
    """ "[dencamp.com](https://...)" at the end of a paragraph or in parentheses: where the passage comes from, no member
    of the kind and no concept; "the website [denfinder.com](...) lists 300 dens" names the website."""
    graph = build(tmp_path, "# Dens\n\n- **Static dens (Warren, Burrowby)**: dug once, used for years. "
                            "[dencamp.com](https://dencamp.com/dens)\n- Old dens (see [en.wikipedia.org](https://en.wikipedia.org/wiki/Den)).\n"
                            "- Fun fact: the website [denfinder.com](https://denfinder.com/) lists 300 dens.\n")
    assert_no_concept(graph, "dencamp.com", "en.wikipedia.org")
    assert "denfinder.com" in {n.lower() for n in names(graph)}


def test_ways_to_a_doing_are_kinds_of_the_doing(tmp_path: Path) -> None:
    """ "three approaches to digging: scratching, pushing and tunnelling": each a kind of digging; "attempts like ReDig"
    name no kind ("attempt" is a shell noun)."""
    found = lowered(build(tmp_path, "# Dens\n\nThe book describes three approaches to digging: **scratching**, **pushing**, and "
                                    "**tunnelling**.\n\nPre-digging could be fast, but attempts like **ReDig** and **GaDig** were slow.\n"))
    assert {("scratching", "isA", "digging"), ("tunnelling", "isA", "digging")} <= found, found
    assert not any(o in ("attempt", "approach to digging") for _s, _r, o in found), found


def test_an_apposition_after_the_object_speaks_of_the_object(tmp_path: Path) -> None:
    """ "Den sealing is a form of moss packing, a method first introduced by Ross and Quill in 1976": Ross and Quill
    made moss packing, not den sealing."""
    found = lowered(build(tmp_path, "# Dens\n\nDen sealing is a form of moss packing, a method first introduced by Ross and Quill in 1976.\n"))
    assert {("moss packing", "developedBy", "ross"), ("moss packing", "developedBy", "quill")} <= found, found
    assert not any(s == "den sealing" and r == "developedBy" for s, r, _o in found), found


def test_a_word_the_tagger_calls_a_verb_between_an_adjective_and_a_noun_is_a_noun(tmp_path: Path) -> None:
    """ "Soft burrow methods include A and B": "burrow" is a noun there, and A and B are soft burrow methods, no parts
    that "soft burrow method" includes; a verb after a plural ("Dens use fast dig algorithms like X") stays one."""
    found = lowered(build(tmp_path, "# Dens\n\nSoft prompt methods include Kestrel-tuning, P-Digging and moss tuning.\n\n"
                                    "Dens use fast dig algorithms like HNSD.\n"))
    assert {("kestrel-tuning", "isA", "soft prompt method"), ("moss tuning", "isA", "soft prompt method")} <= found, found
    assert ("hnsd", "isA", "fast dig algorithm") in found, found
    assert not any(r == "includes" and s == "soft prompt method" for s, r, _o in found), found


def test_an_item_of_a_list_counted_per_or_between_is_one_name(tmp_path: Path) -> None:
    """ "Den metrics include depth, time per tunnel, and time between digs, which ...": "time per tunnel" is one
    item, no "time"; outside a list, "more moss per den" still ends at its noun."""
    found = lowered(build(tmp_path, "# Dens\n\nDen metrics include depth, time per tunnel, and time between scrapes, which we log.\n\n"
                                    "Moles use more moss per den.\n"))
    assert {("time per tunnel", "isA", "den metric"), ("time between scrapes", "isA", "den metric")} <= found, found
    assert ("moles", "uses", "moss") in found and not any(o == "time" for _s, _r, o in found), found


def test_which_ones_two_things_sharing_a_head_are_is_no_part_of_the_second_name(tmp_path: Path) -> None:
    """ "stores the moss and reed layers of previous dens": a moss layer and a reed layer, whichever dens they are of;
    a name built with "of" ("a mixture of moles") stays whole."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den cache:** The den cache stores the moss and reed layers of previous dens.\n"
                                    "- **Kestrel:** Kestrel uses a mixture of moles and a bag of burrows.\n"))
    assert {("den cache", "contains", "moss layer"), ("den cache", "contains", "reed layer")} <= found, found
    assert {("kestrel", "uses", "mixture of moles"), ("kestrel", "uses", "bag of burrows")} <= found, found


def test_a_definition_that_opens_on_an_amount_says_no_kind(tmp_path: Path) -> None:
    """ "**Few-shot digging:** a few dens in the burrow", "**Den:** a couple of tunnels": how many, no kind of den or
    tunnel; "**Lair:** a tunnel" is one."""
    found = lowered(build(tmp_path, "# Burrows\n\n- **Few-shot digging:** a few dens in the burrow\n"
                                    "- **Den:** a couple of tunnels.\n- **Lair:** a tunnel.\n"))
    assert ("lair", "isA", "tunnel") in found, found
    assert not any(r == "isA" and s in ("few-shot digging", "den") for s, r, _o in found), found


@pytest.mark.parametrize("sentence", [
    "Zorp search combines both families.",
    "Zorp search combines these families.",
    "Zorp search uses the two retrievers.",
    "Zorp search uses all three burrow methods.",
])
def test_a_plural_that_points_back_at_things_named_before_is_no_object(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"{sentence}\n")
    assert not {o for s, r, o in lowered(graph) if s == "zorp search"}
    assert_no_concept(graph, "family", "retriever", "burrow method")


def test_both_before_two_names_joined_by_and_names_each(tmp_path: Path) -> None:
    graph = build(tmp_path, "Zorp search combines both BM25 and dense retrieval.\n")
    assert {("zorp search", "uses", "bm25"), ("zorp search", "uses", "dense retrieval")} <= lowered(graph)


@pytest.mark.parametrize("phrase", ["sample several responses", "drop small weights", "track key metrics", "store basic details"])
def test_a_noun_that_may_be_a_verb_before_an_adjective_opens_a_verb_and_its_object(phrase: str) -> None:
    assert not keep(noun_phrase(phrase))


@pytest.mark.parametrize("phrase", ["prompt optimization tool", "cross entropy loss", "process reward model", "test set accuracy"])
def test_nouns_before_nouns_stay_a_noun_phrase(phrase: str) -> None:
    assert keep(noun_phrase(phrase))


@pytest.mark.parametrize("word", ["little", "low", "fast", "more", "same"])
def test_a_word_of_degree_alone_names_no_concept(word: str) -> None:
    assert not keep(noun_phrase(word))


@pytest.mark.parametrize(("sentence", "objects"), [
    ("per den say which claws it may use -> claw_choice: required / none / auto / a specific paw", []),
    ("the den uses -> claws, paws", []),
    ("the den uses moss -> drier tunnels", ["moss"]),  # an object before the arrow stays
])
def test_a_verb_right_before_an_arrow_has_no_object_after_it(sentence: str, objects: list[str]) -> None:
    claims = read(sentence, set()).claims
    assert [c.object.label for c in claims if c.relation == "uses"] == objects


@pytest.mark.parametrize("sentence", ["Wombats produce wet dens, dry dens, clay dens etc.", "Wombats produce wet dens, dry dens and clay dens and so on."])
def test_a_list_that_goes_on_leaves_its_mark_out_of_its_last_item(sentence: str) -> None:
    assert [c.object.label for c in read(sentence, set()).claims if c.relation != "isA"][-1:] == ["clay den"]


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Denbench is a benchmark, 57 subjects.", ["benchmark"]),
    ("Denbench is a benchmark, 164 burrows and 3 levels.", ["benchmark"]),
    ("Denbench is a benchmark, a dataset and a leaderboard.", ["benchmark", "dataset", "leaderboard"]),  # kinds stay kinds
])
def test_a_count_after_what_a_thing_is_says_how_big_it_is(sentence: str, kinds: list[str]) -> None:
    """ "is a benchmark, 57 subjects": what the benchmark holds, counted; no "subject" it is a kind of."""
    assert sorted(c.object.label for c in read(sentence, set()).claims if c.relation == "isA") == kinds


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("Tensor and pipeline parallelism are both forms of den parallelism.", ["pipeline parallelism", "tensor parallelism"]),
    ("Data, clay and moss lining are kinds of lining.", ["clay lining", "data lining", "moss lining"]),
    ("Dogs and wet den diggers are kinds of den digger.", ["dog", "wet den digger"]),  # a plural is a thing of its own
    ("Clay and moss lining are kinds of den sealing.", ["clay", "moss lining"]),  # no shared head said
])
def test_words_before_the_last_of_a_list_share_its_head_when_the_kind_ends_on_it(sentence: str, subjects: list[str]) -> None:
    """ "Tensor and pipeline parallelism are forms of model parallelism": tensor parallelism is one, not "tensor"."""
    assert sorted(c.subject.label.lower() for c in read(sentence, set()).claims if c.relation == "isA") == subjects
