"""Predicates joined with no subject, and other forms read from held-out notes of round fifty-three.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, folded_facts, names


def test_predicates_joined_by_and_each_say_what_the_thing_does(tmp_path: Path) -> None:
    """ "Adds overhead and increases cost": two predicates with no subject, each a cost of the thing being read; the first
    had been read as the subject of the second (a concept "Adds overhead and"). "Reduces latency and cuts cost": each
    what the thing is for (it had read nothing, and with a subject "reducing cuts cost"). "cuts cost by 90%": the figure
    says how much, no part of the purpose. A plain list after one verb keeps its reading."""
    graph = build(tmp_path, "# Dens\n\n- **oak lining:** a den lining. Adds overhead and increases cost.\n"
                            "- **fir lining:** a den lining. Reduces latency and cuts cost.\n"
                            "- **moss lining:** a den lining. Prevents rot and improves warmth.\n"
                            "- **pine lining:** a den lining. Cuts cost by 90%.\n- **elm lining:** a den lining. Digs fast and adds latency.\n\n"
                            "Clay sealing reduces latency and cost. Sett sealing adds overhead and increases latency.\n")
    found = folded_facts(graph)
    assert {("oak lining", "suffersFrom", "overhead"), ("oak lining", "suffersFrom", "cost"),
            ("fir lining", "usedFor", "reducing latency"), ("fir lining", "usedFor", "reducing cost"),
            ("moss lining", "usedFor", "preventing rot"), ("moss lining", "usedFor", "improving warmth"),
            ("pine lining", "usedFor", "reducing cost"),
            ("clay sealing", "usedFor", "reducing latency"), ("clay sealing", "usedFor", "reducing cost"),
            ("sett sealing", "suffersFrom", "overhead"), ("sett sealing", "suffersFrom", "latency")} <= found, found
    assert not any(name.lower().endswith((" and", " or")) or "cuts" in name or "increases" in name or "digs" in name.lower() for name in names(graph)), names(graph)


def test_a_kind_then_a_sentence_of_its_own_says_what_the_term_is(tmp_path: Path) -> None:
    """ "- sand rot: a den failure, badgers leave": what the term is, then a sentence with a subject of its own (or after
    "so", "and"); the sentence had kept the kind from being read. The sentence is read as any ("it uses moss": the term
    does). "A hero among setts, MossNet is ..." likens: no plain noun phrase before the comma, no kind "hero"."""
    graph = build(tmp_path, "# Dens\n\n- clay rot = a den failure, badgers leave.\n- sand rot: a den failure, badgers leave.\n"
                            "- oak rot: a den failure; it uses moss.\n- elm rot: a den failure, so badgers leave.\n"
                            "- **MossNet:** A hero among setts, MossNet is a burrow model.\n")
    found = folded_facts(graph)
    assert {("clay rot", "isA", "den failure"), ("sand rot", "isA", "den failure"), ("oak rot", "isA", "den failure"),
            ("oak rot", "uses", "moss"), ("elm rot", "isA", "den failure")} <= found, found
    assert not any("hero" in name.lower() or "badger" in name.lower() for name in names(graph)), names(graph)


def test_a_note_titled_with_two_things_is_about_each_of_them(tmp_path: Path) -> None:
    """ "Moss dens and clay dens.md", "# Setts vs burrows": a note whose title joins two things by "and", "&" or "vs" is
    about each of them, a note of many concepts; its title is no concept ("Moss dens and clay dens" had been one, and
    what the note says of its things had been said of it), and a heading with "vs" sets them against each other. A
    title that names one thing by its abbreviation ("Moss Rating and Ranking (MRR)") stays the note's concept."""
    _result, graph = build_files(tmp_path, {
        "Moss dens and clay dens.md": "Moss dens are warm dens. Clay dens are dry dens. Risks: flooding, foxes.\n",
        "Setts vs burrows.md": "# Setts vs burrows\n\nA sett is a big den. A burrow is a small den.\n",
        "Moss Rating and Ranking (MRR).md": "# Moss Rating and Ranking (MRR)\n\nA den metric.\n"})
    found = folded_facts(graph)
    assert {("moss den", "isA", "warm den"), ("clay den", "isA", "dry den"), ("sett", "contrastsWith", "burrow"),
            ("sett", "isA", "big den"), ("moss rating and ranking", "isA", "den metric")} <= found, found
    assert not any(" and clay" in s or " vs " in s for s, _r, _o in found), found


def test_kinds_named_beside_a_thing_of_two_words_are_its_siblings(tmp_path: Path) -> None:
    """ "Moss dens are warm dens. Clay dens are dry dens. Sand dens are wet dens.": a paragraph that opens on a thing of
    two words names others of its kind, no kinds of it; it had read "clay den isA moss den". Kinds said which by an
    adjective, after a thing named by two nouns ("Badger feedback closes the loop. Explicit feedback ..., implicit
    feedback ..."), are still its kinds."""
    found = folded_facts(build(tmp_path, "# Dens\n\nMoss dens are warm dens. Clay dens are dry dens. Sand dens are wet dens.\n\n"
                                         "Badger feedback closes the loop. Explicit feedback is given by badgers, implicit feedback is read from tracks.\n"))
    assert {("explicit feedback", "isA", "badger feedback"), ("implicit feedback", "isA", "badger feedback")} <= found, found
    assert not any(o == "moss den" for _s, r, o in found if r == "isA"), found


def test_a_zettelkasten_id_names_its_note_in_file_names_and_links(tmp_path: Path) -> None:
    """A Zettelkasten files each note under a time stamp ("202405121000 Setts.md") and links to it by the id alone
    ("[[202405121000]]") or by id and name: each names the note's concept; a link had made a concept "202405121000".
    A link to an id no file has names nothing."""
    _result, graph = build_files(tmp_path, {
        "202405121000 Setts.md": "A sett is a big den.\n\nLinks: [[202405121010 Moss beds]] [[202405129999]]\n",
        "202405121010 Moss beds.md": "# Moss beds\n\nA moss bed is a soft bed.\n\nLinks: [[202405121000]]\n"})
    found = folded_facts(graph)
    assert {("sett", "isA", "big den"), ("moss bed", "isA", "soft bed"), ("moss bed", "relatedTo", "sett")} <= found, found
    assert not any(any(c.isdigit() for c in name) for name in names(graph)), names(graph)


def test_db_clipped_is_database(tmp_path: Path) -> None:
    """ "vector DBs I use: MossBase, ClayStore" beside "- **vector database**: ...": "DB" (or "db") after words in
    small letters is the word "database" clipped, as "algo" is "algorithm": one concept, whose members they are. A name
    that holds the letters ("MossDB") keeps them."""
    graph = build(tmp_path, "# Dens\n\n- **vector database**: a database that stores vectors.\n"
                            "- vector DBs I use: MossBase, ClayStore\n- **MossDB**: a den database.\n")
    found = folded_facts(graph)
    assert {("mossbase", "isA", "vector database"), ("claystore", "isA", "vector database"), ("mossdb", "isA", "den database")} <= found, found
    assert "vector DB" not in names(graph), names(graph)


def test_a_term_written_as_steps_with_arrows_names_no_concept(tmp_path: Path) -> None:
    """ "- **dig → line → seal** loop": words in bold joined by arrows are the steps of a flow, no one name; they had
    made a concept "dig → line → seal" with the steps its parts. A term with no arrow is still one."""
    graph = build(tmp_path, "# Dens\n\n- **dig → line → seal** loop\n- **moss -> clay**: the den layers\n- **sett**: a big den\n")
    assert ("sett", "isA", "big den") in folded_facts(graph), folded_facts(graph)
    assert not any("→" in name or "->" in name for name in names(graph)), names(graph)


def test_a_plural_before_names_in_parentheses_and_its_verb_is_their_kind_whole(tmp_path: Path) -> None:
    """ "den providers (Zorpco, Mossco) offer den sealing": the verb after the parenthesis is the plural's, so the plural
    is the names' kind whole; "den" (a verb too) had been taken for an instruction's verb, the kind "provider". "Use den
    tools (MossCam, OakRadar) for digging" still reads "Use" as the instruction."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- den providers (Zorpco, Mossco) offer den sealing\n"
                                         "- Use den tools (MossCam, OakRadar) for digging.\n"))
    assert {("zorpco", "isA", "den provider"), ("mossco", "isA", "den provider"), ("mosscam", "isA", "den tool")} <= found, found
    assert not any(o == "provider" for _s, _r, o in found), found


def test_columns_headed_by_adjectives_alone_name_no_things(tmp_path: Path) -> None:
    """ "| | Moss-based | Clay-based |" compares kinds the table leaves unsaid: adjectives alone, no concepts, set against
    nothing (it had read "Moss-based contrastsWith Clay-based"). Columns headed by names are still compared."""
    graph = build(tmp_path, "# Dens\n\n| | Moss-based | Clay-based |\n|---|---|---|\n| speed | fast | slow |\n\n"
                            "| | MossNet | ClayNet |\n|---|---|---|\n| speed | fast | slow |\n")
    found = folded_facts(graph)
    assert ("mossnet", "contrastsWith", "claynet") in found or ("claynet", "contrastsWith", "mossnet") in found, found
    assert not any("based" in name.lower() for name in names(graph)), names(graph)


def test_a_link_to_a_chapters_file_names_no_concept(tmp_path: Path) -> None:
    """ "Dens part → [[ch6-dens]]": a link to another notes file named for a chapter (its words joined by hyphens or
    underscores, as file names are) is no concept; "ch6 dens" with a space already was none."""
    _result, graph = build_files(tmp_path, {"ch6-setts.md": "# Setts\n\nDens part → [[ch6-dens]], [[ch7_moss]]\n\n- **sett**: a big den\n",
                                            "ch6-dens.md": "# Dens\n\n- **den**: a hole\n"})
    assert ("sett", "isA", "big den") in folded_facts(graph), folded_facts(graph)
    assert not any(name.lower().startswith("ch") for name in names(graph)), names(graph)


def test_a_plural_and_its_base_verb_make_a_clause_a_comma_ends(tmp_path: Path) -> None:
    """ "setts usually split into dens first, badger returns the top dens": a plural, an adverb and a verb in its base
    form, or a verb the tagger calls a noun before "into", are a clause of their own, which the comma ends; it had made
    the subject "sett split into den" of "returns"."""
    graph = build(tmp_path, "# Dens\n\n- setts usually split into dens first, badger returns the top dens\n"
                            "- setts split into dens, wombat returns the deep dens\n")
    found = folded_facts(graph)
    assert {("badger", "produces", "top den"), ("wombat", "produces", "deep den")} <= found, found
    assert not any("split" in name for name in names(graph)), names(graph)


def test_a_word_after_an_apostrophe_is_no_modifier(tmp_path: Path) -> None:
    """ "Keep moss apart from clay. ... badgers who don't clay, wombats that dig wet clay": the "t" of "don't" is no
    word that names a kind of clay; with "wet clay" it had made "t clay isA clay"."""
    graph = build(tmp_path, "# Dens\n\nKeep moss apart from clay. Ask badgers who don't clay, and wombats that dig wet clay, "
                            "then pick red clay.\n")
    assert not any(name.lower().startswith("t ") for name in names(graph)), names(graph)
    assert ("red clay", "isA", "clay") in folded_facts(graph), folded_facts(graph)


def test_a_counted_label_ending_a_paragraph_of_a_note_on_a_thing_lists_its_kinds(tmp_path: Path) -> None:
    """In a note on one thing ("Indirect den raids.md"), "The fox puts traps in tunnels.\\nTwo kinds:" over items: the
    last sentence introduces the list, whose items are kinds of the note's thing, as under a heading of a chapter's
    notes; the sentence before it had kept the list from being read."""
    _result, graph = build_files(tmp_path, {
        "Indirect den raids.md": "# Indirect den raids\n\nThe fox puts traps in the tunnels.\nTwo kinds:\n"
                                 "- passive trapping -- leave traps and wait.\n- active raiding -- send the fox to the den.\n",
        "Setts.md": "# Setts\n\nA sett is a big den.\n"})
    found = folded_facts(graph)
    assert {("passive trapping", "isA", "indirect den raid"), ("active raiding", "isA", "indirect den raid")} <= found, found


def test_what_a_kind_is_made_of_is_no_part_of_the_kind(tmp_path: Path) -> None:
    """ "- **moss lining**: a den lining made of moss": "made of" (or "built of", "composed of") says what the kind is
    made of and ends it, as "made with" did; it had read the kind "den lining made of moss". "a fixed set of" stays one
    phrase."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- **moss lining**: a den lining made of moss.\n- **sand floor**: a floor built of sand.\n\n"
                                         "Badger dens use a fixed set of burrow maps.\n"))
    assert {("moss lining", "isA", "den lining"), ("sand floor", "isA", "floor")} <= found, found
    assert any(s == "badger den" and r == "uses" for s, r, _o in found), found


def test_names_after_a_plural_and_where_it_is_are_of_neither(tmp_path: Path) -> None:
    """ "smart dens in wet woods (Mossco, Clayco)": a plural, then where it is, then names in parentheses; the names may be
    of either plural (dens or woods), so they are read as of neither: it had read "Mossco isA wet wood". Names right after a
    plural alone are still its members."""
    found = folded_facts(build(tmp_path, "# Dens\n\nBadgers like smart dens in wet woods (Mossco, Clayco) and "
                                         "burrow databases (MossBase, ClayStore).\n"))
    assert {("mossbase", "isA", "burrow database"), ("claystore", "isA", "burrow database")} <= found, found
    assert not any(s in ("mossco", "clayco") and r == "isA" for s, r, _o in found), found


def test_a_switch_from_one_thing_to_another_ends_before_when(tmp_path: Path) -> None:
    """ "might switch from clay dens to moss dens after step 3": the two things set apart end where "after" (before,
    until, once, if, during) says when; it had made a concept "moss den after step 3"."""
    graph = build(tmp_path, "# Dens\n\nBadgers might switch from clay dens to moss dens after step 3.\n")
    assert ("clay den", "contrastsWith", "moss den") in folded_facts(graph) or ("moss den", "contrastsWith", "clay den") in folded_facts(graph), folded_facts(graph)
    assert not any("step" in name for name in names(graph)), names(graph)


def test_a_bare_book_or_chapter_as_subject_is_the_work_being_read(tmp_path: Path) -> None:
    """ "- **Moss paradox:** ... Book uses the badger example.": terse notes drop the article of "the book" being read, which
    is no concept using anything (it had read "Book uses badger example"). A name in capitals is still a subject."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- **Moss paradox:** dens look dry but rot. Book uses the badger example.\n"
                                         "- **MossBook:** a den tool. MossBook uses clay.\n"))
    assert ("mossbook", "uses", "clay") in found, found
    assert not any(s == "book" for s, _r, _o in found), found


def test_who_says_so_at_the_end_is_no_part_of_what_is_said(tmp_path: Path) -> None:
    """ "Moss lining also reduces rot a bit, per the chapter.", "... according to Kim", "(per the book)": who says so is
    the claim's source, no part of what is reduced; it had kept the sentence from being read."""
    found = folded_facts(build(tmp_path, "# Dens\n\nMoss lining also reduces rot a bit, per the chapter. "
                                         "Clay sealing reduces latency, according to Kim. Oak roofing prevents damp rot (per the book).\n"))
    assert {("moss lining", "usedFor", "reducing rot"), ("clay sealing", "usedFor", "reducing latency"),
            ("oak roofing", "usedFor", "preventing damp rot")} <= found, found


def test_what_someone_calls_a_thing_is_what_it_is(tmp_path: Path) -> None:
    """ "Kim calls it the most common den repair technique", "She calls moss lining a den repair": a writer's words for
    what a thing is, as "defines X as" is (it had read nothing). A name in quotes after "calls" is no kind, and a thing
    that calls another ("The digger calls a helper", "Router calls it a den fallback": a word of the dictionary, no
    writer) is no one's words."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- **moss lining**: lining dens with moss. Kim calls it the most common den repair "
                                         "technique.\n\nShe calls clay sealing a den repair. Kim calls it \"moss magic\". The digger calls a helper.\n\n"
                                         "- **clay gate**: a den door. Router calls it a den fallback.\n"))
    assert {("moss lining", "isA", "den repair technique"), ("clay sealing", "isA", "den repair")} <= found, found
    assert not any("magic" in o or "helper" in o or "fallback" in o for _s, _r, o in found), found


def test_a_second_subject_after_a_comma_with_its_verb_left_out(tmp_path: Path) -> None:
    """ "Moss dens use clay, sand dens stone": after a comma, another thing named by the subject's head noun and then its
    object is a clause with the verb left out (it had read "moss den uses sand dens stone"); a plain list after the verb
    ("clay, sand and stone") is still the first subject's."""
    found = folded_facts(build(tmp_path, "# Dens\n\nMoss dens use clay, sand dens stone. Badger setts use moss, sand and stone.\n"))
    assert {("moss den", "uses", "clay"), ("sand den", "uses", "stone"), ("badger sett", "uses", "sand")} <= found, found
    assert not any("den stone" in o for _s, _r, o in found), found


def test_an_example_label_with_a_citation_is_no_term(tmp_path: Path) -> None:
    """ "- book ex (Kim et al. 2022): 500 dens ...": "ex" labels an example, whatever citation follows it; it had made a
    concept "book ex" made by Kim et al. A term with its citation is still one."""
    graph = build(tmp_path, "# Dens\n\n- book ex (Kim et al. 2022): 500 dens, 3 setts, a big moss cache\n"
                            "- **moss lining** (Kim et al. 2021): lining dens with moss\n")
    assert ("moss lining", "developedBy", "kim et al") in folded_facts(graph), folded_facts(graph)
    assert not any(name.lower().endswith(" ex") for name in names(graph)), names(graph)


def test_examples_after_a_predicate_opening_on_a_comparative_are_the_terms(tmp_path: Path) -> None:
    """ "- **deep digging**: needs stronger claw changes, e.g. MossClaw": a predicate with no subject (its object opening on
    a comparative, "stronger", "more") says what the term does, and the examples after it are the term's; it had read
    "MossClaw isA claw change"."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- **deep digging**: needs stronger claw changes, e.g. MossClaw\n"))
    assert ("mossclaw", "exampleOf", "deep digging") in found, found
    assert not any(o == "claw change" for _s, _r, o in found), found
