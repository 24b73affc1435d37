"""Forms read from held-out notes of round fifty-nine.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.markdown import parse
from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.remarks import is_remark, someones_remark
from reading import build, build_files, folded_facts, names


def test_a_link_under_an_item_without_one_is_not_the_notes(tmp_path: Path) -> None:
    """ "- badgers dry every den with a [[heat lamp]]" / "  - each den has its own: [[MossDen]] ...": in a page about
    one concept, a link nested under an item that opens on no link is said of what that item speaks of, which no link
    names; the page's concept is only its container, so no relation to it. Under an item that opens on a link the
    nested links still relate to that link's concept."""
    _result, graph = build_files(tmp_path, {
        "Den care.md": "- what is it\n\t- [[den care]] = keeping dens dry through the year\n"
                       "\t- badgers dry every den with a [[heat lamp]]\n"
                       "\t\t- each den has its own: [[MossDen]] uses `[FAN]` tags, [[ClayDen]] uses lamp tags\n"
                       "\t- [[Clay dens]] are sealed\n\t\t- sealing needs [[clay packing]]\n",
        "Clay dens.md": "type:: [[concept]]\n\n- [[Clay dens]] are cold dens\n"})
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if s == "den care" and o in ("mossden", "clayden")}, found
    assert ("clay den", "relatedTo", "clay packing") in found, found


def test_a_line_of_links_below_a_text_is_the_notes(tmp_path: Path) -> None:
    """ "Clay scrapes ...\\n[[202401011205 Den care]]": a line that holds links and nothing else, below the text of a
    note (Zettelkasten notes end so), points from the note's concept, not from the thing the line above spoke of
    ("clay scrape"); a link inside the sentence is still of what the sentence speaks of."""
    _result, graph = build_files(tmp_path, {
        "202401011201 Moss den.md": "# Moss den\n\nA moss den is a warm den.\n- **Clay scrape** - a scrape with "
                                     "[[202401011204 Clay tools]]\n[[202401011205 Den care]] · [[202401011206 Burrows]]\n",
        "202401011204 Clay tools.md": "# Clay tools\n\nClay tools are tools.\n",
        "202401011205 Den care.md": "# Den care\n\nDen care keeps dens dry.\n",
        "202401011206 Burrows.md": "# Burrows\n\nBurrows are small dens.\n"})
    found = folded_facts(graph)
    assert {("moss den", "relatedTo", "den care"), ("moss den", "relatedTo", "burrow")} <= found, found
    assert not {(s, o) for s, r, o in found if s == "clay scrape" and o in ("den care", "burrow")}, found
    assert ("clay scrape", "relatedTo", "clay tool") in found, found


def test_for_with_no_words_before_it_reads_without_error(tmp_path: Path) -> None:
    """ "Also for rare dens (clay setts, moss setts) that ...": a sentence whose examples follow a kind after "for" with
    only an adverb before it had stopped the build with an error; it reads, and the examples are no kinds of "for"."""
    graph = build(tmp_path, "# Dens\n\n- **Den mapping** - maps every tunnel.\n"
                            "Also for rare dens (clay setts, moss setts) that you'll never dig enough of.\n")
    assert "den mapping" in names(graph), names(graph)
    assert not {o for s, r, o in folded_facts(graph) if o == "for"}, folded_facts(graph)


def test_a_verb_after_a_determiners_noun_is_that_nouns(tmp_path: Path) -> None:
    """ "tunnels per night a badger produces across all setts and dens": a noun, then "a badger" and its verb, is a
    relative clause with its "that" left out; the verb is the badger's, so the entry produces nothing (it had made
    "dig rate produces den"). A verb right after the entry's own name still relates it."""
    graph = build(tmp_path, "# Dens\n\n- **Dig rate** = tunnels per night a badger produces across all setts and dens.\n"
                            "- **MossDen** generates tunnels for badgers.\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if s == "dig rate" and r == "produces"}, found
    assert ("mossden", "produces", "tunnel") in found, found


def test_a_noun_its_verb_and_object_before_a_comma_is_a_clause_of_its_own(tmp_path: Path) -> None:
    """ "digger processes clay, sealer generates moss": two clauses joined by a comma alone, the first's verb a word in
    "-s" the tagger takes for a plural ("digger processes" as one noun); the second clause is the sealer's, and the
    digger generates nothing."""
    graph = build(tmp_path, "# Dens\n\n- digger processes clay, sealer generates moss\n")
    found = folded_facts(graph)
    assert ("sealer", "produces", "moss") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "digger" and o == "moss"}, found


def test_a_parenthesis_of_the_other_side_holds_no_object(tmp_path: Path) -> None:
    """ "built for deep digging (vs ClayDen: shallow work, quick)": a parenthesis that opens on "vs", "unlike" or
    "compared to" holds the other side of a comparison; what it says is the other side's, none of the verb's objects,
    and the object before it is read as without the parenthesis."""
    graph = build(tmp_path, "# Dens\n\n- **MossDen** = the main den; built for deep digging (vs ClayDen: shallow work, quick)\n"
                            "- **Sett** is built for winter (unlike a burrow: summer use)\n")
    found = folded_facts(graph)
    assert {("mossden", "usedFor", "deep digging"), ("sett", "usedFor", "winter")} <= found, found
    assert not {o for s, r, o in found if o in ("shallow work", "summer use")}, found


def test_grouping_into_one_thing_names_no_kinds(tmp_path: Path) -> None:
    """ "the clan groups a fixed number of badgers into a team and waits ...": "groups X into" a single thing ("a team")
    gathers them, it does not sort them into kinds ("team isA badger", "wait isA badger"); "groups dens into setts,
    burrows and lodges" still names the kinds."""
    graph = build(tmp_path, "# Dens\n\n- **Static digging:** the clan groups a fixed number of badgers into a team and "
                            "waits until the team is full.\n- **Den survey:** the survey groups dens into setts, burrows and lodges.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if o == "badger"}, found
    assert {("sett", "isA", "den"), ("burrow", "isA", "den")} <= found, found


def test_a_verb_after_a_causatives_object_is_no_part_of_the_kind(tmp_path: Path) -> None:
    """ "Setts let the badger use tools (spades, rakes)": after "let", "make" or "help" and their object comes a verb,
    no noun; the kind of the examples is "tool", not "badger use tool"."""
    graph = build(tmp_path, "# Dens\n\nSetts let the badger use tools (spades, rakes, clay packing) to dig.\n"
                            "Maps help badgers find dens (setts, burrows) at night.\n")
    found = folded_facts(graph)
    assert {("spade", "isA", "tool"), ("rake", "isA", "tool")} <= found, found
    assert not {o for s, r, o in found if o.endswith(("use tool", "find den"))}, found


def test_things_that_bear_a_quality_are_no_kinds_of_it(tmp_path: Path) -> None:
    """ "maintain structural integrity (e.g. walls, roofs)": a noun of a quality in "-ity" or "-ness", in the singular,
    has examples that bear it (walls have integrity), no kinds of it; an example on the quality's own head word
    ("tunnel similarity (e.g. shape similarity)") and a plural in "-ities" ("activities (e.g., tunnelling)") still give kinds."""
    graph = build(tmp_path, "# Dens\n\n- Den maps help: maintain structural integrity (e.g. walls, roofs).\n"
                            "- Scores use tunnel similarity (e.g. shape similarity).\n- Diggers differ from other activities (e.g., tunnelling or sealing).\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if o == "structural integrity"}, found
    assert {("shape similarity", "isA", "tunnel similarity"), ("tunnelling", "isA", "activity")} <= found, found


def test_a_caption_that_names_a_column_is_no_kind_of_the_rows(tmp_path: Path) -> None:
    """ "Den sizes:" over "| Den | Den size |": a caption that names what one of the other columns holds says what the
    table measures, not what its rows are; the rows are what the name column's header says ("den"), no kind of "den
    size"."""
    graph = build(tmp_path, "# Dens\n\nDen sizes (table in the guide):\n\n| Den | Den size |\n|---|---|\n"
                            "| MossDen | small: 2 m, large: 4 m |\n| ClayDen | 3 m |\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if o == "den size"}, found
    assert ("mossden", "isA", "den") in found, found


def test_a_link_nested_under_an_item_is_no_item_of_the_section(tmp_path: Path) -> None:
    """ "## Den tools" / "- [[Spade]] digs ..." / "  - [[Moss rake]] after it" / "    - [[Clay Corp]] makes rakes": only the
    items right under the heading are of its area; a link nested under another item is said of that item ("Clay Corp"
    is no den tool), and relates to the item's link instead."""
    _result, graph = build_files(tmp_path, {
        "Den care.md": "# Den care\n\n## Den tools\n\n- [[Spade]] digs the tunnel\n\t- [[Moss rake]] after it\n"
                       "\t\t- [[Clay Corp]] makes rakes\n- [[Shovel]]\n",
        "Spade.md": "# Spade\n\nA spade is a tool.\n"})
    found = folded_facts(graph)
    assert {("spade", "isA", "den tool"), ("shovel", "isA", "den tool")} <= found, found
    assert not {s for s, r, o in found if o == "den tool" and s in ("moss rake", "clay corp")}, found
    assert ("spade", "relatedTo", "moss rake") in found, found


def test_a_link_named_by_the_sections_kind_first_is_not_one_of_them(tmp_path: Path) -> None:
    """ "## Setts" / "- [[Sett doors]]": under a heading that names a kind, an item whose name opens with the kind's word
    and ends on another ("sett doors") names something of setts, no sett; "- [[Hill sett]]" is one."""
    _result, graph = build_files(tmp_path, {
        "Index.md": "# Index\n\n## Setts\n\n- [[Sett doors]]\n- [[Hill sett]]\n",
        "Sett doors.md": "# Sett doors\n\nSett doors are narrow tunnels.\n",
        "Hill sett.md": "# Hill sett\n\nA hill sett is dug into a slope.\n"})
    found = folded_facts(graph)
    assert ("hill sett", "isA", "sett") in found, found
    assert not {(s, o) for s, r, o in found if {s, o} == {"sett door", "sett"}}, found


def test_a_labelled_line_run_on_into_an_item_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """ "- Moss rake (Clay Corp) - fine teeth" / "Brands: Spadex (Acme), Rakeo (Dig Inc)." with no blank line between:
    Markdown runs the line on into the item, but a line that is not indented and opens on a label is one of its own;
    what it lists is no tool of the moss rake's, and the link line after it is the note's."""
    notes = parse("# Dens\n\nTools:\n- Spade (Acme) - digs\n- Moss rake (Clay Corp) - fine teeth\n"
                  "Brands: Spadex (Acme), Rakeo (Dig Inc). Shops stock these.\nsee [[Den care]]\n", "dens.md")
    last = notes.paragraphs[-1]
    assert last.item is None and last.text.startswith("Brands: Spadex") and last.lines == (6, 7), notes.paragraphs
    assert [l.text for l in last.wikilinks] == ["Den care"] and last.text[last.wikilinks[0].start:last.wikilinks[0].end] == "Den care"
    assert notes.paragraphs[-2].text == "Moss rake (Clay Corp) - fine teeth" and not notes.paragraphs[-2].wikilinks
    graph = build(tmp_path, "# Dens\n\nTools:\n- Spade (Acme) - digs\n- Moss rake (Clay Corp) - fine teeth\n"
                            "Brands: Spadex (Acme), Rakeo (Dig Inc). Shops stock these.\n")
    assert not {(s, o) for s, r, o in folded_facts(graph) if "moss rake" in (s, o) and o in ("spadex", "rakeo")}, folded_facts(graph)
    assert ("spadex", "isA", "brand") in folded_facts(graph), folded_facts(graph)


def test_naming_labels_a_remark_on_words(tmp_path: Path) -> None:
    """ "Naming: setts = big dens, burrows = small dens.": a label for a remark on what things are called, like "Note:",
    no concept of its own that the lines after it would be said of."""
    assert is_remark("Naming") and not is_remark("Den naming scheme")


def test_an_item_naming_ways_with_a_judgement_first_still_heads_its_items(tmp_path: Path) -> None:
    """ "- common sealing methods" over "- [[clay packing]]: ...": an item that names a kind of ways after a word of judgement
    ("common", "popular") heads the items under it, as "- sealing methods:" does; they had been read as parts of the page's
    concept ("den care includes clay packing")."""
    _result, graph = build_files(tmp_path, {
        "Den Care.md": "- ## [[den care]]\n\t- [[den care]] = keeping dens dry\n\t- common sealing methods\n"
                       "\t\t- [[clay packing]]: presses clay in\n\t\t- [[moss stuffing]]: fills gaps\n",
        "Spade.md": "# Spade\n\nA spade is a tool.\n"})
    found = folded_facts(graph)
    assert not {o for s, r, o in found if s == "den care"}, found
    assert {s for s, r, o in found if r == "isA" and o in ("sealing", "sealing method")} == {"clay packing", "moss stuffing"}, found


def test_a_model_named_beside_authors_is_not_related_to_them(tmp_path: Path) -> None:
    """ "Kim et al. got the best results for a fixed budget on DenNet-3 by ...", after "Moss lining (Kim et al., 2021)": a
    model named in a sentence about what authors did is no relation of the authors (the authors had become what the
    sentence was about); named under an entry, it still relates to the entry."""
    graph = build(tmp_path, "# Dens\n\nMoss lining (soft floors, Kim et al., 2021) is a den method that adds no damp.\n\n"
                            "Config choices:\n\n- which walls — usually the side walls: left, right, back. Kim et al. got the best "
                            "results for a fixed budget on DenNet-3 by applying moss to the back wall\n"
                            "- **Roof sealing** - closing the roof. Tried with DenNet-7 first.\n")
    found = folded_facts(graph)
    assert {("moss lining", "developedBy", "kim et al"), ("dennet 7", "relatedTo", "roof sealing")} <= found, found
    assert not {(s, o) for s, r, o in found if "kim et al" in (s, o) and "dennet 3" in (s, o)}, found


def test_a_name_inside_a_hyphened_word_is_no_mention(tmp_path: Path) -> None:
    """ "**SETT-25**: improved TF-IDF for dens": a defined acronym ("TF", "IDF") inside a hyphened word is a part of
    another name, not a mention of its own; "TF times IDF" names both."""
    graph = build(tmp_path, "# Dens\n\n- **TF** - how often a term is dug.\n- **IDF** - how rare a term is across dens.\n"
                            "- **TF-IDF** - TF times IDF, a den score.\n- **SETT-25** - an improved TF-IDF for dens, state-of-the-art.\n"
                            "- **ART** - automatic raking tool.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if s == "sett 25" and o in ("tf", "idf", "art")}, found
    assert {("tf idf", "relatedTo", "tf"), ("tf idf", "relatedTo", "idf")} <= found, found


def test_features_listed_are_what_the_entry_has_not_kinds_of_feature(tmp_path: Path) -> None:
    """ "Features: moss lining and clay floors, drainage.": a word for a side of a thing ("features", "properties",
    "traits") over a list names what the entry has, no kinds of "feature"; "Three roles: digger, guard and scout" still
    names kinds of role."""
    graph = build(tmp_path, "# Dens\n\n- **Sett** - a big badger den. Features: moss lining and clay floors, drainage.\n"
                            "- **Clan** - badgers of one sett. Three roles: digger, guard and scout.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if o == "feature"}, found
    assert {("sett", "includes", "moss lining"), ("sett", "includes", "clay floor")} <= found, found
    assert ("digger", "isA", "role") in found, found


def test_pain_points_and_bottlenecks_are_problems(tmp_path: Path) -> None:
    """ "Bottlenecks: tunnel width, soil moisture.", "Pain points: damp floors.": words for what holds a thing back list
    what it suffers from, as "Limitations:" does."""
    graph = build(tmp_path, "# Dens\n\n- **Sett** - a big badger den.\n  Bottlenecks: tunnel width, soil moisture.\n"
                            "- **Burrow** - a small den.\n  Pain points: damp floors, cold nights.\n")
    found = folded_facts(graph)
    assert {("sett", "suffersFrom", "tunnel width"), ("burrow", "suffersFrom", "damp floor")} <= found, found


def test_a_citation_after_a_name_in_a_labelled_line_is_the_names(tmp_path: Path) -> None:
    """ "- Raids: FoxWatch dataset (Kim et al., 2022) groups den raids ...": the citation follows a name, which the
    authors made; the label before the colon ("raids") is no work of theirs. A definition that opens on a kind ("a den
    model (Lee et al., 2021) that ...") still gives the term its makers."""
    graph = build(tmp_path, "# Dens\n\n- Raids: FoxWatch dataset (Kim et al., 2022) groups den raids into eight types, e.g. night raids.\n"
                            "- **SettNet**: a den model (Lee et al., 2021) that maps setts.\n")
    found = folded_facts(graph)
    assert ("foxwatch", "developedBy", "kim et al") in found, found
    assert not {s for s, r, o in found if o == "kim et al" and s != "foxwatch"}, found
    assert ("settnet", "developedBy", "lee et al") in found, found


def test_like_this_one_gives_no_examples(tmp_path: Path) -> None:
    """ "soil is everywhere (books, den posts like this one lol, Mossbank, clay)": "like this one" likens the kind to the
    one at hand and names no example, so what follows in the list is no den post; "burrows like MossDen" still gives one."""
    graph = build(tmp_path, "# Dens\n\nSoil is everywhere (books, den posts like this one lol, Mossbank, clay), which is why badgers "
                            "went first.\n\nBurrows like MossDen are warm.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if o == "den post"}, found
    assert ("mossden", "isA", "burrow") in found, found


def test_an_arrow_before_a_subject_of_its_own_opens_a_clause(tmp_path: Path) -> None:
    """ "MossDen: digs four tunnels a night, a badger seals or widens one -> each action is a den signal": after the arrow
    a determiner opens a clause with its own subject, and what it says is that subject's, not the entry's."""
    graph = build(tmp_path, "# Dens\n\n- MossDen: digs four tunnels a night, a badger seals or widens one -> each action is a den signal.\n")
    found = folded_facts(graph)
    assert ("mossden", "isA", "den signal") not in found, found
    assert ("action", "isA", "den signal") in found, found


def test_things_that_do_something_name_no_kind(tmp_path: Path) -> None:
    """ "Things that flood:" over "- Tunnel floors: ...": a shell word ("things", "stuff") narrowed by a relative clause
    is whatever does so, no kind that the items are of ("thing that flood"); "Tools that dig:" still names tools."""
    graph = build(tmp_path, "# Dens\n\n- **Flood watch:** spotting water in the den. Things that flood:\n"
                            "    - Tunnel floors: water pools after rain.\n    - Nest chambers: damp from below.\n\n"
                            "Tools that dig:\n\n- MossSpade\n- ClayPick\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if "thing that flood" in (s, o)}, found
    assert ("mossspade", "isA", "tool that dig") in found or ("mossspade", "isA", "tool") in found, found


def test_where_a_word_came_from_opens_no_term(tmp_path: Path) -> None:
    """ "- term from the MossNet paper — Kim et al. 2020, "Badger Dens are Warm Places"": a line that says which writing a
    word came from names no term ("term from the MossNet"); the cited title keeps its makers, whole."""
    graph = build(tmp_path, "# Dens\n\n- term from the MossNet paper — Kim et al. 2020, \"Badger Dens are Warm Places\" (Zorpco)\n")
    assert not {label for label in names(graph) if label.lower().startswith("term")}, names(graph)
    assert ("badger dens are warm places", "createdBy", "kim et al") in folded_facts(graph), folded_facts(graph)


def test_a_run_after_an_article_or_a_noun_is_a_noun(tmp_path: Path) -> None:
    """ "- trial run on a small patch first", "Do a dry run on ten dens.": "run" after an article or a noun that names
    the run is the noun, no verb that says where something runs; "MossNet runs on a laptop" and "Small dens run on moss"
    still do."""
    graph = build(tmp_path, "# Dens\n\n- **Den survey** - counting dens.\n  - trial run on a small patch first\n"
                            "  - Do a dry run on ten dens.\n- **MossNet** - a den model. MossNet runs on a laptop.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if r == "ranOn" and s != "mossnet"}, found
    assert ("mossnet", "ranOn", "laptop") in found, found


def test_a_plural_and_its_participle_after_a_comma_end_a_list(tmp_path: Path) -> None:
    """ "optimizes for dryness, tunnels cleared as they flood": after a comma, a plural and a participle said of it is a
    clause of its own, no second thing the den optimizes for; "uses clay, treated stones, and moss" still lists three, and
    "plus paged rakes" (a word in "-s" that is no plural) goes on with the list."""
    graph = build(tmp_path, "# Dens\n\n- **MossDen** - a den. MossDen optimizes for dryness, tunnels cleared as they flood.\n"
                            "- **ClayDen** - a den. ClayDen uses clay, treated stones, and moss.\n"
                            "- **SettKit** - a kit. SettKit uses the NF4 spade, plus paged rakes that move soil.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if s == "mossden" and o.startswith("tunnel")}, found
    assert {("clayden", "uses", "treated stone"), ("clayden", "uses", "moss"), ("settkit", "uses", "paged rake")} <= found, found


def test_a_numbered_hypothesis_or_option_is_no_concept(tmp_path: Path) -> None:
    """ "- hypothesis 1 (Kim et al., Zorpco 2021): **self-flooding** - ...": a word for a step of the writer's own argument
    and its number ("hypothesis 1", "option 2", "example 3") is a place in the notes, no concept with makers or kinds;
    names with a number ("DenNet 2") still are."""
    graph = build(tmp_path, "# Dens\n\n- why dens flood:\n  - hypothesis 1 (Kim et al., Zorpco 2021): **self-flooding** - the den fills from below\n"
                            "  - option 2: dig a drain\n")
    assert not {label for label in names(graph) if label.lower().startswith(("hypothesis", "option"))}, names(graph)
    assert not keep(noun_phrase("example 3")) and keep(noun_phrase("DenNet 2"))


def test_a_hedging_word_before_an_items_one_link_is_no_part_of_its_name(tmp_path: Path) -> None:
    """ "## Limitations" / "3. potential [[Den collapse]]": a word that hedges or judges ("potential", "possible") before
    the one link of an item is no part of what it names ("potential Den collapse"); the item is the linked concept."""
    _result, graph = build_files(tmp_path, {
        "Clay sealing.md": "# Clay sealing\n\nClay sealing closes tunnels.\n\n## Limitations\n\n1. slow to dry\n2. potential [[Den collapse]]\n",
        "Den collapse.md": "# Den collapse\n\nDen collapse is a failure of a den roof.\n"})
    found = folded_facts(graph)
    assert not {label for label in names(graph) if label.lower().startswith("potential")}, names(graph)
    assert ("clay sealing", "suffersFrom", "den collapse") in found, found


def test_someones_framing_is_a_remark(tmp_path: Path) -> None:
    """ "Kim's framing: the more we dig, the more dens flood.": what a writer calls someone's framing is a remark of
    theirs, no concept that they made."""
    graph = build(tmp_path, "# Dens\n\nKim's framing: the more we dig, the more dens flood. Flooding is the biggest risk for setts.\n")
    assert not {label for label in names(graph) if "framing" in label.lower()}, names(graph)
    assert someones_remark("Kim's framing") and not someones_remark("Kim's den")


def test_examples_after_what_an_instruction_acts_on_are_not_of_that_thing(tmp_path: Path) -> None:
    """ "- Moss-based methods (soft methods): add moss layers to the den walls, e.g. MossFit, LayerDen": examples after an
    instruction and the thing it acts on ("to the den walls") are examples of the ways, no kinds of that thing; "Dens are
    built with tools, e.g. spades" still gives a kind."""
    graph = build(tmp_path, "# Dens\n\n- Moss-based methods (soft methods): add moss layers to the den walls, e.g. MossFit, LayerDen, IA9.\n"
                            "- Dens are built with tools, e.g. spades.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if o == "den wall"}, found
    assert ("spade", "isA", "tool") in found, found
