"""Headings and labels that name the parts of a thing, notes kept as questions and answers, and other forms read
from held-out notes of round forty-five.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_a_heading_that_names_the_parts_of_a_thing_makes_each_bare_item_below_one_of_them(tmp_path: Path) -> None:
    """ "## Parts of a sett" / "- nest chamber": the sett contains each item, as it contains a bold term under such a
    heading (the items had been read as nothing); a heading of kinds keeps its reading."""
    found = lowered(build(tmp_path, "# Burrows\n\n## Parts of a sett\n\n- entrance tunnel\n- nest chamber\n\n"
                                    "## Building blocks of a lodge\n\n- stick frame\n- mud seal\n\n## Types of dens\n\n- sett\n"))
    assert {("sett", "contains", "entrance tunnel"), ("sett", "contains", "nest chamber"),
            ("lodge", "contains", "stick frame"), ("lodge", "contains", "mud seal"), ("sett", "isA", "den")} <= found, found


def test_a_label_that_names_the_parts_of_a_thing_heads_its_list(tmp_path: Path) -> None:
    """ "Parts of a warren:" alone before a list says what the items are parts of, as "Parts of a warren: A, B" does
    inline (the items had been read as nothing)."""
    found = lowered(build(tmp_path, "# Burrows\n\nParts of a warren:\n\n- rabbit hole\n- bolt hole\n"))
    assert {("warren", "contains", "rabbit hole"), ("warren", "contains", "bolt hole")} <= found, found


def test_a_question_that_asks_for_the_parts_of_a_thing_heads_them(tmp_path: Path) -> None:
    """ "### Q: parts of a den?": notes kept as questions and answers ask for the parts; "Q:" and the question mark
    are the form of the notes, and the items are the den's parts."""
    found = lowered(build(tmp_path, "# Reading log\n\n### Q: parts of a den?\n\n- side tunnel\n- air shaft\n"))
    assert {("den", "contains", "side tunnel"), ("den", "contains", "air shaft")} <= found, found


def test_a_term_in_the_plural_then_noun_phrases_one_after_another_is_no_kind_of_the_first(tmp_path: Path) -> None:
    """ "- **Roof Failures:** weak roof, wet floor with mold, dry floor with cracks.": what follows a plural term is a
    list of its kinds, so the first of them is no kind the term is (it had made `roof failure isA weak roof`); a plural
    term before what it is and what is said of it keeps its kind, as does a list of bare names."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Roof Failures:** weak roof, wet floor with mold, dry floor w/ cracked walls.\n"
                                    "- **Burrows:** den system based on tunnels, very deep, often old.\n- **Den Tools:** spade, rake and hoe.\n"))
    assert not any(s == "roof failure" and r == "isA" for s, r, _o in found), found
    assert {("burrow", "isA", "den system"), ("spade", "isA", "den tool"), ("hoe", "isA", "den tool")} <= found, found


def test_a_heading_of_kinds_speaks_for_the_list_that_opens_its_section_only(tmp_path: Path) -> None:
    """ "### Types of dens" / "- sett" / "Risks for the den:" / "- flooding": the heading says what the items of the list
    right under it are; a later list, under a line of its own, holds something else (it had made `flooding isA den`)."""
    found = lowered(build(tmp_path, "# Dens\n\n### Types of dens\n\n- sett\n- earth\n\nRisks for the den:\n\n- flooding\n- fox attack\n\n"
                                    "Q: what are the risks for the warren?\n\n- mold\n\n## Parts of a sett\n\n- nest\n\nTips:\n\n- dig slowly\n"))
    assert {("sett", "isA", "den"), ("earth", "isA", "den"), ("sett", "contains", "nest")} <= found, found
    assert not any(s in ("flooding", "fox attack", "mold") and r == "isA" for s, r, _o in found), found
    assert not any(o in ("dig slowly", "slowly") for _s, _r, o in found), found


def test_a_comparative_before_a_plural_that_lists_its_members_only_judges_them(tmp_path: Path) -> None:
    """ "Better gauges are RPI (root pressure index) and MDI (...).": "better" judges the ones named against others,
    and each is one of the kind, as after "Popular" (it had read nothing); what they are like stays unread."""
    found = lowered(build(tmp_path, "# Dens\n\nBetter metrics are RPI (root pressure index) and MDI (moss density index).\n\n"
                                    "Newer den maps are MossMap and ClayMap.\n\nSmaller dens are warmer and drier.\n"))
    assert {("rpi", "isA", "metric"), ("mdi", "isA", "metric"), ("mossmap", "isA", "den map"), ("claymap", "isA", "den map")} <= found, found
    assert not any("better" in o or "newer" in o or o in ("warmer", "drier") for _s, _r, o in found), found


def test_an_adjective_that_sorts_before_model_names_a_kind_that_a_sentence_defines(tmp_path: Path) -> None:
    """ "A medical model is a den model trained on moss.": "medical" sorts, so the subject is a kind of model the sentence
    defines, and a note named by its plural is that concept ("Medical Models.md", its examples its kinds); it had been
    read as a role judged, as "A simpler model is a distilled model" is, and nothing of it read."""
    graph = build_files(tmp_path, {"Models/Medical Models.md": "# Medical Models\n\nA medical model is a den model trained on moss.\n\n"
                                                                "Examples:\n- **MossMed** (Zorpco) — moss only\n",
                                   "Models/Setts.md": "# Setts\n\nSetts are [[Medical Models]] with many rooms.\n",
                                   "prose.md": "# Dens\n\nA simpler model is a distilled model. A good task is one that ends.\n"})[1]
    found = lowered(graph)
    assert {("medical model", "isA", "den model"), ("medical model", "trainedOn", "moss"), ("mossmed", "isA", "medical model")} <= found, found
    assert not any(s.startswith(("simpler", "good")) for s, _r, _o in found), found
    assert "Medical Models" not in {graph.label(c) for c in graph.concepts(topics=False)}


def test_a_relative_clause_without_that_after_the_object_of_a_copula_is_no_part_of_it(tmp_path: Path) -> None:
    """ "The sett is the den shape most badgers use.": "most badgers use" is a relative clause with its "that" left out,
    so the sett is a den shape, as with "that" (it had read nothing); "most of the time" has no verb and opens none."""
    found = lowered(build(tmp_path, "# Dens\n\nThe sett is the den shape most badgers use.\n\nMoss is a lining you can trust.\n\n"
                                    "Clay is the default most of the time.\n\nMoss maps are den tools you just pay for.\n"))
    assert {("sett", "isA", "den shape"), ("moss", "isA", "lining"), ("moss map", "isA", "den tool")} <= found, found
    assert not any("most" in o or "time" in o for _s, _r, o in found), found


def test_a_section_on_the_anatomy_of_a_thing_lists_its_parts(tmp_path: Path) -> None:
    """ "## Anatomy" (or "## Composition") in a note on a sett, over bare names: the sett's parts, as under "## Components"
    (they had been read as nothing); an item that is a sentence names none."""
    graph = build_files(tmp_path, {"A/Sett.md": "# Sett\n\nA sett is a den.\n\n## Anatomy\n- nest chamber\n- air shaft\n"
                                                "- size of the door limits how many badgers fit\n",
                                   "A/Earth.md": "# Earth\n\nAn earth is a small [[Sett]].\n"})[1]
    found = lowered(graph)
    assert {("sett", "contains", "nest chamber"), ("sett", "contains", "air shaft")} <= found, found
    assert not any(r == "contains" and o not in ("nest chamber", "air shaft") for _s, r, o in found), found


def test_a_question_heading_labelled_q_is_answered_by_what_follows(tmp_path: Path) -> None:
    """ "### Q: what is a burrow map?" / "A: a den chart ...": the heading asks as "### What is a burrow map?" does, its
    "Q:" a label of the notes; ", in short" or ", one line" says how to answer, no part of what is asked; "What are the main
    den types?" asks for kinds of den (it had made a concept "den type")."""
    found = lowered(build(tmp_path, "# Log\n\n### Q: what is a burrow map?\nA: a den chart that lists the tunnels.\n\n"
                                    "Q: what is a sett, in short?\nA: a big den with many rooms.\n\n"
                                    "### Q: what are the main den types?\n- sett\n- earth\n\n### Q: what is an earth, one line?\n- a small den\n"))
    assert {("burrow map", "isA", "den chart"), ("sett", "isA", "big den"), ("earth", "isA", "den"), ("earth", "isA", "small den")} <= found, found
    assert not any(o == "den type" or "short" in s or "line" in s for s, _r, o in found), found


def test_parts_announced_in_prose_are_the_subjects_of_the_sentences_after(tmp_path: Path) -> None:
    """ "The part I liked: den digging has two phases with different costs. Loosening breaks the soil. Hauling carries it
    out.": one part for each sentence after the announcement that opens on a noun phrase and its verb, in plain words
    (before, only a term in bold was taken for one); a lead-in before a colon is no part of the announcement; a pronoun or
    an article opening one of them names nothing, and then no part is read."""
    found = lowered(build(tmp_path, "# Dens\n\nThe part I liked: den digging has two phases with different costs. Loosening breaks "
                                    "the soil, so it is slow. Hauling carries the soil out.\n\n"
                                    "A sett has two parts. It is old. The nest is warm.\n"))
    assert {("den digging", "contains", "loosening"), ("den digging", "contains", "hauling")} <= found, found
    assert not any(s == "sett" and r == "contains" for s, r, _o in found), found


def test_a_plural_possessive_of_a_common_noun_says_whose_and_names_nothing(tmp_path: Path) -> None:
    """ "DenBench evaluates badgers' tunnel digging.": "badgers'" says whose, anyone's of the kind, no part of the name (it
    had made a concept "badgers tunnel digging"); a maker's possessive keeps its reading."""
    found = lowered(build(tmp_path, "# Dens\n\nDenBench evaluates badgers' tunnel digging.\n\nZorpco's MossMap is a den tool.\n"))
    assert {("denbench", "evaluates", "tunnel digging"), ("mossmap", "developedBy", "zorpco")} <= found, found
    assert not any("badgers" in s or "badgers" in o for s, _r, o in found), found


def test_a_count_of_a_plural_then_a_comma_lists_what_it_counts(tmp_path: Path) -> None:
    """ "- **Warren:** three parts, hall, nest and exit.": a comma after the count says what a colon would (it had made
    `warren includes part`); the count's noun is no concept."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Warren:** three parts, hall, nest and exit.\n- **Sett:** two main functions, sleeping and hiding.\n"))
    assert {("warren", "contains", "hall"), ("warren", "contains", "exit"), ("sett", "contains", "hiding")} <= found, found
    assert not any(o in ("part", "main function", "function") for _s, _r, o in found), found


def test_a_that_clause_after_the_object_of_a_verb_read_as_no_relation_speaks_of_that_object(tmp_path: Path) -> None:
    """ "- **Moss map:** shows all dens that contain moss.": the dens contain moss, not the map, though "shows" relates
    nothing (it had made `moss map contains moss`); after "is the log that" the clause is still the subject's."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Moss map:** shows all dens that contain moss.\n\nThe sett has its own set of rooms "
                                    "that produce heat.\n\nDenLog is a tool that uses clay.\n"))
    assert ("denlog", "uses", "clay") in found, found
    assert not any(s in ("moss map", "sett") and o in ("moss", "heat") for s, _r, o in found), found


def test_a_plural_term_then_a_label_that_points_back_at_it_heads_the_items_below(tmp_path: Path) -> None:
    """ "- **Den sealing methods:** the main ones in the book:" over items: "ones" stands for the term, so the items are
    its members, as under "- **Digging tools:**" alone (they had been read as nothing); after a singular term such a label
    heads nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den sealing methods:** the main ones in the book:\n  - **Clay plugging (CP):** fills "
                                    "the door.\n  - **Moss stuffing:** packs moss in.\n- **Sett:** the ones I saw:\n  - big rooms\n"))
    assert {("clay plugging", "isA", "den sealing method"), ("moss stuffing", "isA", "den sealing method")} <= found, found
    assert not any(o == "big room" for _s, _r, o in found), found


def test_data_is_a_mass_noun_that_opens_a_compound(tmp_path: Path) -> None:
    """ "- **Den Index:** data structure that maps each den to its roots.": "data" is no plural, so "data structure" is
    the kind the term is (the tagger's plural had made nothing of it); a name said to be data ("MossNet — moss data") is
    no kind of data."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den Index:** data structure that maps each den to its roots.\n"
                                    "- **MossNet** (Zorpco) — biomolecular data, for moss work\n"))
    assert ("den index", "isA", "data structure") in found, found
    assert not any(s == "mossnet" and r == "isA" for s, r, _o in found), found


def test_a_heading_of_a_kind_and_what_the_writer_means_to_do_with_them_names_the_kind(tmp_path: Path) -> None:
    """ "### Tools to try" / "- [DenCam](url)": DenCam is a tool; "to try" (or "to check out", "worth a look") is what the
    writer means to do, no part of the kind (it had made a kind "tool to try"); "### Further reading" stays a list of
    pages to read, and under "### Papers to read" a title is a paper, no "paper to read"."""
    found = lowered(build(tmp_path, "# Dens\n\n### Tools to try\n\n- [DenCam](https://x.org/4)\n\n### Further reading\n\n"
                                    "- [Kim blog post](https://x.org/3)\n\n### Papers to read\n\n- [Digging Is All You Need](https://x.org/1)\n"))
    assert {("dencam", "isA", "tool"), ("digging is all you need", "isA", "paper")} <= found, found
    assert not any("to try" in o or "to read" in o or s == "kim blog post" for s, _r, o in found), found


def test_a_second_verb_after_and_ends_the_list_of_objects(tmp_path: Path) -> None:
    """ "Setts use clay and need lots of moss.": "need lots of" is a second verb and its object, no item of what setts use
    (it had made "clay lot" and "need ton of moss"); "the door and the walls" are two things, the second with an article of
    its own, no "door wall"."""
    found = lowered(build(tmp_path, "# Dens\n\nSetts use clay and need lots of moss.\n\nEarths use the door and the walls.\n"))
    assert {("setts", "uses", "clay"), ("earth", "uses", "door"), ("earth", "uses", "wall")} <= found, found
    assert not any("lot" in o or "need" in o or o == "door wall" for _s, _r, o in found), found


def test_things_said_to_be_a_family_or_a_class_of_a_kind_are_of_that_kind(tmp_path: Path) -> None:
    """ "Sett dens are a family of den shapes", "Moss dens are a class of wet dens": as "is a family of" says of one
    (it had made a concept "family of den shapes")."""
    found = lowered(build(tmp_path, "# Dens\n\nSett dens are a family of den shapes that are good for badgers.\n\nMoss dens are a class of wet dens.\n"))
    assert {("sett den", "isA", "den shape"), ("moss den", "isA", "wet den")} <= found, found
    assert not any(o.startswith(("family", "class")) for _s, _r, o in found), found


def test_a_part_of_a_thing_named_with_no_article_and_a_modifier_is_part_of_it(tmp_path: Path) -> None:
    """ "- **MossSet** = cleaned-up subset of DenCrawl": a subset with no article, and a word that says which, is a part
    of DenCrawl, as "a subset of DenCrawl" is (it had read nothing)."""
    found = lowered(build(tmp_path, "# Dens\n\n- **MossSet** = cleaned-up subset of DenCrawl\n- ClaySet = filtered subset of DenCrawl\n"))
    assert {("mossset", "partOf", "dencrawl"), ("clayset", "partOf", "dencrawl")} <= found, found


def test_a_relative_clause_said_of_one_item_of_a_list_keeps_the_items_after_it(tmp_path: Path) -> None:
    """ "two parts: a tunnel that brings air from outside, and a nest that keeps the cubs warm": the clause after "that"
    speaks of the tunnel only, and the nest is the second part (the clause had taken the items after it with it); a
    clause after an object and an aside ("the framework that underpins X, the one ...") is read as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Sett Layout:** two parts: a tunnel that brings air from outside, and a nest that "
                                    "keeps the cubs warm.\n\nA den contains a door, a hall that leads in, and a nest.\n"))
    assert {("sett layout", "contains", "tunnel"), ("sett layout", "contains", "nest"), ("den", "contains", "door"),
            ("den", "contains", "hall"), ("den", "contains", "nest")} <= found, found


def test_what_a_thing_is_stuff_like_it_includes(tmp_path: Path) -> None:
    """ "Model-level work is stuff like sealing and lining.": "stuff like" (or "things like") after "is" gives what the
    thing takes in, as "covers things like" does (it had read nothing); "Hardware-level", an adjective that sorts, alone
    names nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nModel-level work is stuff like sealing and lining.\n\nDen care is things like moss drying.\n\n"
                                    "Hardware-level is stuff like faster claws.\n"))
    assert {("model-level work", "includes", "sealing"), ("model-level work", "includes", "lining"), ("den care", "includes", "moss drying")} <= found, found
    assert not any(s == "hardware-level" for s, _r, _o in found), found  # an adjective alone names nothing


def test_a_question_for_what_things_exist_names_the_kind_of_its_answer(tmp_path: Path) -> None:
    """ "### Q: what den tools exist?" / "A: tools that dig. mentioned:" over a list: the items are den tools, which the
    question names, not bare "tools" (nor nothing, as under "### What burrow maps are there?" / "- DenMap")."""
    found = lowered(build(tmp_path, "# Log\n\n### Q: what den tools exist?\nA: tools that dig tunnels faster. mentioned:\n- MossPick\n"
                                    "- ClayRake (Zorpco) — rakes clay\n\n### What burrow maps are there?\n- DenMap\n- RootMap\n"))
    assert {("mosspick", "isA", "den tool"), ("clayrake", "isA", "den tool"), ("denmap", "isA", "burrow map"),
            ("rootmap", "isA", "burrow map")} <= found, found
    assert not any(s in ("mosspick", "clayrake") and o == "tool" for s, _r, o in found), found


def test_things_said_to_exist_before_a_colon_are_the_kind_of_the_list(tmp_path: Path) -> None:
    """ "Den maps exist: MossMap and ClayMap.": "exist" (or "are out there") after a plural label says no more than the
    label, so each is one of them (it had read nothing, the label taken for a clause)."""
    found = lowered(build(tmp_path, "# Log\n\nDen maps exist: MossMap and ClayMap.\n"))
    assert {("mossmap", "isA", "den map"), ("claymap", "isA", "den map")} <= found, found


def test_a_noun_set_against_a_two_word_thing_keeps_its_own_name(tmp_path: Path) -> None:
    """ "### Q: jailbreak vs prompt injection?": a word that names a thing alone (a noun, or one the dictionary lacks and
    the tagger takes for a noun) shares no head with the other side (it had made "jailbreak injection"); an adjective
    does ("Static vs dynamic batching", "Online vs batch APIs")."""
    found = lowered(build(tmp_path, "# Log\n\n### Q: jailbreak vs prompt injection?\nA: both are attacks.\n\n### burrow vs moss lining\n\n"
                                    "text.\n\n### Static vs dynamic batching\n\ntext\n\n### Online vs batch APIs\n\ntext\n"))
    assert {("jailbreak", "contrastsWith", "prompt injection"), ("burrow", "contrastsWith", "moss lining"),
            ("static batching", "contrastsWith", "dynamic batching"), ("online api", "contrastsWith", "batch api")} <= found, found
    assert not any(s in ("jailbreak injection", "burrow lining") for s, _r, _o in found), found
