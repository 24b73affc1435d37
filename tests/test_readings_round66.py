"""Forms read from held-out notes of round sixty-six.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import assert_no_concept, build, build_files, lowered, names


def test_a_wikilink_in_a_table_cell_names_its_note(tmp_path: Path) -> None:
    """ "| [[Main den]] | big |": the row is the note "Main den", no concept "[[Main den]]"; a shown name ("[[Side den\\|side
    one]]", the pipe escaped as a table needs) still names the note, and a link in another cell its target."""
    graph = build(tmp_path, "# Setts\n\n## Kinds of den\n\n| den | size | made by |\n|---|---|---|\n"
                            "| [[Main den]] | big | [[Badger Trust]] |\n| [[Side den\\|side one]] | small | [[Fox Co]] |\n")
    found = lowered(graph)
    assert {("main den", "isA", "den"), ("side den", "isA", "den"), ("main den", "developedBy", "badger trust"),
            ("side den", "developedBy", "fox co")} <= found, found
    assert not {label for label in names(graph) if "[" in label or label == "side one"}, names(graph)


def test_a_heading_that_says_kinds_in_so_many_words_makes_the_rows_kinds(tmp_path: Path) -> None:
    """ "## Den types" over "| den | size |": each row is a den (the heading says so outright, though no class of the
    vocabulary is "den"); "| kind |" under "## Sett kinds" makes them setts, no "sett kind"; a heading of a subject
    ("## Clay work") over such a table still makes no kinds."""
    graph = build(tmp_path, "# Setts\n\n## Den types\n\n| den | size |\n|---|---|\n| Clay den | big |\n| Sand den | small |\n\n"
                            "## Sett kinds\n\n| kind | size |\n|---|---|\n| Main sett | big |\n| Annexe sett | small |\n\n"
                            "## Clay work\n\n| step | size |\n|---|---|\n| Wet shaping | big |\n| Dry shaping | small |\n")
    found = lowered(graph)
    assert {("clay den", "isA", "den"), ("sand den", "isA", "den"), ("main sett", "isA", "sett"), ("annexe sett", "isA", "sett")} <= found, found
    assert_no_concept(graph, "sett kind")
    assert not {(s, r, o) for s, r, o in found if s in ("wet shaping", "dry shaping") and r == "isA"}, found


def test_used_to_be_says_what_was_once_so_and_no_use(tmp_path: Path) -> None:
    """ "Used to be the default for digging." tells the past, no use ("being default"); "Used to shelter cubs." and
    "Moss is used to line dens." still say what each is for."""
    graph = build(tmp_path, "# Dens\n\n- **Clay:** a soil. Used to be the default for digging.\n"
                            "- **Sett:** a badger home. Used to shelter cubs.\n- Setts used to be dug by hand.\n- Moss is used to line dens.\n")
    found = lowered(graph)
    assert {("sett", "usedFor", "sheltering cubs"), ("moss", "usedFor", "lining dens")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s in ("clay", "sett") and r == "usedFor" and o.startswith("be")}, found


def test_a_label_of_advice_is_no_concept(tmp_path: Path) -> None:
    """ "Suggested order: shallow dig → sealing (start with a hand trowel like Spade5)": the label is the writer's advice, no
    concept "suggested order" that Spade5 relates to; what follows is still read ("a hand trowel like Spade5")."""
    graph = build(tmp_path, "# Dens\n\n## Digging\n\n- Suggested order: shallow dig → sealing (start with a hand trowel like Spade5).\n"
                            "- Recommended approach: dig shallow first.\n")
    found = lowered(graph)
    assert ("spade5", "isA", "hand trowel") in found, found
    assert_no_concept(graph, "suggested order", "recommended approach")


def test_a_term_that_says_it_matters_is_a_clause(tmp_path: Path) -> None:
    """ "Digging matters - ...", "position matters: ...", "**Size matters**:": a clause of the verb "matter", no concept
    "digging matter"; "Dark matter: unseen mass." is a noun still."""
    graph = build(tmp_path, "# Dens\n\n## Habits\n\n- Digging matters - badgers dig setts every spring.\n"
                            "- position matters: badgers read the start of a sett better (**den drift**, Kim et al. 2023)\n"
                            "- **Size matters**: big setts last.\n- Dark matter: unseen mass.\n")
    assert "dark matter" in names(graph)
    assert_no_concept(graph, "digging matter", "digging matters", "position matter", "position matters", "size matter", "size matters")
    assert ("den drift", "developedBy", "kim et al.") in lowered(graph)


def test_a_base_form_after_a_singular_noun_in_a_purpose_is_a_noun(tmp_path: Path) -> None:
    """ "| den raid | steal the sett's winter prompt |" under "| goal |": the purpose keeps "prompt" (the tagger calls it
    a base verb, which no singular noun stands before); "help the badger dig" still ends at the verb after its object."""
    graph = build(tmp_path, "# Dens\n\n| attack | goal |\n|---|---|\n| **den raid** | steal the sett's winter prompt |\n"
                            "| **den guard** | help the badger dig |\n")
    found = lowered(graph)
    assert ("den raid", "usedFor", "stealing sett winter prompt") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "den guard" and r == "usedFor"}, found


def test_a_counted_heading_of_kinds_in_a_note_names_no_area(tmp_path: Path) -> None:
    """ "## Two main types" over "- [[Main Sett]]: the big one" in "Sett.md": each is a sett, and the heading is no area
    "main type" that includes them; "## Digging" over links still holds them."""
    _result, graph = build_files(tmp_path, {
        "Sett.md": "# Sett\n\nA sett is a badger home.\n\n## Two main types\n- [[Main Sett]]: the big one where cubs are born\n"
                   "- [[Annexe Sett]]: a smaller one close by\n\n## Digging\n- [[Claw Work]]\n- [[Soil Hauling]]\n",
        "Main Sett.md": "# Main Sett\n\nThe biggest sett.\n"})
    found = lowered(graph)
    assert {("main sett", "isA", "sett"), ("annexe sett", "isA", "sett"), ("digging", "includes", "claw work")} <= found, found
    assert_no_concept(graph, "main type")


def test_for_free_and_for_now_name_no_purpose(tmp_path: Path) -> None:
    """ "Every sett yields den examples for free.": no use "free"; "Badgers use moss for bedding." still says what moss is for."""
    graph = build(tmp_path, "# Dens\n\nEvery sett yields den examples for free.\n\nBadgers dig tunnels for now.\n\n"
                            "Badgers use moss for bedding.\n")
    found = lowered(graph)
    assert ("moss", "usedFor", "bedding") in found, found
    assert not {(s, r, o) for s, r, o in found if o in ("free", "now")}, found


def test_a_judged_example_with_its_maker_aside_is_an_example_of_the_note(tmp_path: Path) -> None:
    """ "Best-known example: Wytham, from Oxford." in the note on main setts: Wytham is one (and Oxford's), and "Used mostly
    for breeding." after it is said of the note's concept, not of Wytham; "Dug in spring, the setts stay warm." has a
    subject of its own and says nothing of the note."""
    _result, graph = build_files(tmp_path, {
        "Main Sett.md": "# Main Sett\n\nA main sett is a [[Sett]] where cubs are born.\n\n"
                        "Best-known example: Wytham, from Oxford. Used mostly for breeding and winter sleep, where warmth matters.\n\n"
                        "Dug in spring, the setts stay warm.\n",
        "Sett.md": "# Sett\n\nA sett is a badger home.\n"})
    found = lowered(graph)
    assert {("main sett", "usedFor", "breeding"), ("main sett", "usedFor", "winter sleep"), ("wytham", "developedBy", "oxford")} <= found, found
    assert {("wytham", "isA", "main sett"), ("wytham", "exampleOf", "main sett")} & found, found
    assert not {(s, r, o) for s, r, o in found if s == "wytham" and r == "usedFor"}, found
    assert not {(s, r, o) for s, r, o in found if s == "main sett" and "spring" in o}, found


def test_an_outline_link_relates_to_no_clause_of_another_link_nor_under_two_joined(tmp_path: Path) -> None:
    """Logseq items: "- [[Sett]] mostly [[Oxford]]; [[Burrow]] by [[Fox Co]]; also [[Badger Inc]]": after a semicolon a
    clause opens on a link of its own, none the sett's; "...; used in [[Wytham]]" leaves its subject out, the sett's.
    "- [[Claw]]s + [[Spade]]s" names two things: the links nested under it, and the links after them, relate to neither."""
    _result, graph = build_files(tmp_path, {
        "pages/Digging.md": "- ## Tools\n\t- [[Claw]]s + [[Spade]]s\n\t\t- spades lift soil: [[Shovel]], [[Trowel]]\n"
                            "\t- [[Sett]] mostly [[Oxford]]; [[Burrow]] by [[Fox Co]]; also [[Badger Inc]] B300\n"
                            "\t- [[Den]] lined with moss; used in [[Wytham]]\n\t- [[Fox]] + [[Stoat]] [[Hunting]] raids setts\n",
        "pages/Sett.md": "- A home.\n"})
    found = lowered(graph)
    assert {("sett", "relatedTo", "oxford"), ("den", "relatedTo", "wytham"), ("burrow", "developedBy", "fox co")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "sett" and o in ("burrow", "fox co", "badger inc")}, found
    assert not {(s, r, o) for s, r, o in found if o in ("shovel", "trowel") and s in ("claw", "spade")}, found
    assert not {(s, r, o) for s, r, o in found if s == "fox" and o in ("stoat", "hunting")}, found


def test_a_doing_after_instead_of_or_without_is_not_done(tmp_path: Path) -> None:
    """ "copy tunnels from the old sett instead of using a spade": no use of a spade; "works without using claws" no use of
    claws; "It uses a spade." after it still says one."""
    graph = build(tmp_path, "# Dens\n\n- **Quick dig:** copy tunnels straight from the old sett instead of using a spade.\n"
                            "- **Slow dig:** works without using claws. It uses a spade.\n- **Deep dig:** rather than using moss, it packs clay.\n")
    found = lowered(graph)
    assert ("slow dig", "uses", "spade") in found, found
    assert not {("quick dig", "uses", "spade"), ("slow dig", "uses", "claw"), ("deep dig", "uses", "moss")} & found, found


def test_it_after_a_sentence_opened_by_a_bold_term_in_a_note_is_that_term(tmp_path: Path) -> None:
    """A note titled in its front matter: "**Den sweeping** turns a dirty den into a clean one. It includes raking, airing
    and lining.": the sweeping includes them, not the note's "Den Care" (the first sentence states nothing, and its bold
    subject had been taken for the note under another name); "The work is slow. It uses claws." still speaks of the note."""
    _result, graph = build_files(tmp_path, {"den-care.md": "---\ntitle: Den Care\n---\n# Den Care\n\nNotes on keeping dens. It uses claws.\n\n"
                                                           "## Cleaning\n\n**Den sweeping** turns a dirty den into a clean one. "
                                                           "It includes raking, airing and lining.\n"})
    found = lowered(graph)
    assert {("den sweeping", "includes", "raking"), ("den sweeping", "includes", "lining"), ("den care", "uses", "claw")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "den care" and r == "includes"}, found


def test_a_bold_term_with_a_wikilink_inside_keeps_its_words(tmp_path: Path) -> None:
    """ "4. **Den [[Moss Lining]]**:" over items: the term is "den moss lining", no concept with the link's brackets."""
    graph = build(tmp_path, "# Dens\n\n1. **Den [[Moss Lining]]**:\n\n    - Address wet dens, a common problem.\n"
                            "2. **Den sweeping**:\n\n    - Rake the floor.\n")
    assert not {label for label in names(graph) if "[" in label}, names(graph)


def test_a_count_of_groups_of_things_is_no_object(tmp_path: Path) -> None:
    """ "Den synthesis includes two families of techniques:" over its list: no "family of techniques" it includes (the
    list says what it includes); "Den care includes two chores: sweeping and airing." still lists them."""
    graph = build(tmp_path, "# Dens\n\nDen synthesis includes two families of techniques:\n\n- **Clay shaping** uses clay.\n\n"
                            "Den care covers two groups of chores:\n\n- sweeping\n\nDen building includes two chores: digging and lining.\n")
    found = lowered(graph)
    assert {("den synthesis", "includes", "clay shaping"), ("den building", "includes", "digging")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o.startswith(("family", "group"))}, found


def test_use_after_a_singular_noun_is_a_noun(tmp_path: Path) -> None:
    """ "Simulation works for tool use.": the use of tools, no verb "use" cutting the object to "tool"; "Diggers and tools
    use clay." still says what the tools use."""
    graph = build(tmp_path, "# Dens\n\nSimulation also works for tool use, by simulating digs.\n\nDiggers and tools use clay.\n")
    found = lowered(graph)
    assert {("simulation", "usedFor", "tool use"), ("tool", "uses", "clay")} <= found, found
    assert ("simulation", "usedFor", "tool") not in found, found


def test_sides_compared_with_what_each_is_bound_by_are_the_things(tmp_path: Path) -> None:
    """ "scraping claw-bound vs hauling strength-bound": scraping and hauling are compared, what each is bound by said after
    it (no concept "scraping claw-bound"); "Den size vs den depth" keeps both sides whole."""
    graph = build(tmp_path, "# Dens\n\n- **split digging** = scraping and hauling on different badgers\n"
                            "\t- scraping claw-bound vs hauling strength-bound -> they fight for food when together\n- Den size vs den depth: a trade-off.\n")
    found = lowered(graph)
    assert {("scraping", "contrastsWith", "hauling"), ("den size", "contrastsWith", "den depth")} <= found, found
    assert_no_concept(graph, "scraping claw-bound", "hauling strength-bound")


def test_two_things_set_side_by_side_after_a_plural_term_are_two_of_them(tmp_path: Path) -> None:
    """ "**Den metrics**: dig rate (tunnels that hold) vs collapse rate (tunnels that fall); track both.": each is a den metric,
    as "dig rate and collapse rate" would say; "- **Den tools**: spade vs rake" makes each a den tool and still sets them apart."""
    graph = build(tmp_path, "# Dens\n\n**Den metrics**: dig rate (tunnels that hold) vs collapse rate (tunnels that fall); track both.\n\n"
                            "## Kit\n\n- **Den tools**: spade vs rake\n")
    found = lowered(graph)
    assert {("dig rate", "isA", "den metric"), ("collapse rate", "isA", "den metric"), ("spade", "isA", "den tool"),
            ("rake", "isA", "den tool"), ("spade", "contrastsWith", "rake")} <= found, found


def test_a_note_named_by_a_claim_whose_verb_the_tagger_calls_a_noun_is_no_concept(tmp_path: Path) -> None:
    """ "Soil shapes den depth.md", "Wet setts cause flooding and collapse.md": Zettelkasten notes named by what they claim
    (the tagger reads "shapes" and "cause" as nouns) are no concepts, and their links relate nothing to them; "Den
    shapes.md" names a concept still."""
    _result, graph = build_files(tmp_path, {
        "Soil shapes den depth.md": "# Soil shapes den depth\n\nA den is only as deep as its soil. Clay soils like [[Gault Clay]] dominate.\n\n"
                                    "Related: [[Den shapes]], [[Wet setts cause flooding and collapse]]\n",
        "Wet setts cause flooding and collapse.md": "# Wet setts cause flooding and collapse\n\nWater fills the [[Den shapes|dens]].\n",
        "Den shapes.md": "# Den shapes\n\nThe forms a den takes. See [[Soil shapes den depth]].\n"})
    assert "den shapes" in names(graph)
    assert_no_concept(graph, "soil shapes den depth", "wet setts cause flooding and collapse")
    assert ("gault clay", "isA", "clay soil") in lowered(graph)


def test_a_verb_before_an_adjective_in_ing_opens_an_instruction_no_kind(tmp_path: Path) -> None:
    """ "take existing deep old tunnels, like setts or holts": "take" is the instruction's verb ("existing" modifies its
    object), so setts and holts are existing deep old tunnels, no "take existing ..."; "Prompt caching tools like DenCache"
    keeps its noun before a gerund."""
    graph = build(tmp_path, "# Dens\n\n- **Reverse digging**: take existing deep old tunnels, like setts or holts, and have a badger dig.\n"
                            "- Prompt caching tools like DenCache help.\n")
    found = lowered(graph)
    assert {("sett", "isA", "existing deep old tunnel"), ("dencache", "isA", "prompt caching tool")} <= found, found
    assert not {o for _s, _r, o in found if o.startswith("take ")}, found


def test_a_name_and_its_past_verb_after_a_colon_is_a_clause_of_its_own(tmp_path: Path) -> None:
    """ "**DenOpt** drops the spade. Simpler, so it spread fast: Meta used claws for Den 2.": Meta used claws, not DenOpt
    (the entry); "Notes by Kim: Tutorial combined with moss." is no clause of Kim's or the tutorial's."""
    graph = build(tmp_path, "# Claws\n\n**DenOpt** (Direct Den Optimization, Kim et al., 2023) drops the spade. "
                            "Simpler, so it spread fast: Meta used claws for Den 2 and switched to DenOpt for Den 3.\n\n"
                            "Notes by Kim: Tutorial combined with moss.\n")
    found = lowered(graph)
    assert ("meta", "uses", "claw") in found, found
    assert ("denopt", "uses", "claw") not in found, found
    assert not {(s, r, o) for s, r, o in found if o == "moss"}, found


def test_a_heading_of_adjectives_alone_over_links_is_a_kind_of_the_note(tmp_path: Path) -> None:
    """Logseq: "- ## Extreme low-bit" over "- [[MossNet b1]] ([[Zorpco]]): ..." on the page "Quantization": which kind of
    quantization, its noun left unsaid; the area is "extreme low-bit quantization", no "extreme low-bit" alone. "- ## Den
    care" over links still holds them."""
    _result, graph = build_files(tmp_path, {
        "pages/Quantization.md": "- ## Extreme low-bit\n\t- [[MossNet b1]] ([[Zorpco]]): weights in three values\n"
                                 "- ## Den care\n\t- [[Sweeping]]\n\t- [[Airing]]\n",
        "pages/Sweeping.md": "- raking a den\n"})
    found = lowered(graph)
    assert {("den care", "includes", "sweeping"), ("extreme low-bit quantization", "includes", "mossnet b1")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "extreme low-bit"}, found


def test_common_techniques_after_a_sentence_under_a_heading_are_kinds_of_its_thing(tmp_path: Path) -> None:
    """ "### Claw-powered digging" / "Claws dig deeper than spades. Common techniques:" over "- **Scraping**: ...": each a kind
    of claw-powered digging, as after "Two ways:" ("Common patterns:" too); no kind "technique" or "pattern"."""
    graph = build(tmp_path, "# Dens\n\n### Claw-powered digging\n\nClaws can dig deeper than spades. Common techniques:\n\n"
                            "- **Scraping**: pull soil back.\n- **Hooking**: lift roots.\n\n### Spade digging\n\nSpades are slow. Common patterns:\n\n"
                            "- **Levering**: pry soil up.\n")
    found = lowered(graph)
    assert {("scraping", "isA", "claw-powered digging"), ("hooking", "isA", "claw-powered digging"), ("levering", "isA", "spade digging")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("technique", "common technique", "pattern", "common pattern")}, found


def test_a_table_row_naming_several_bold_names_is_one_row_for_each(tmp_path: Path) -> None:
    """ "| **Guidance**, **Outlines** | constrain dens | Zorp |" under "## Den tools": each is a den tool by Zorp (the row had
    been lost, its cell read as "Guidance , Outlines"); "| Precision, recall |" (no names) makes no row of each."""
    graph = build(tmp_path, "# Dens\n\n## Den tools\n\n| tool | what it does | by |\n|---|---|---|\n"
                            "| **DenPy** | den optimization | Stanford |\n| **Guidance**, **Outlines** | constrain dens to output | Zorp |\n")
    found = lowered(graph)
    assert {("guidance", "isA", "den tool"), ("outlines", "isA", "den tool"), ("guidance", "developedBy", "zorp"),
            ("outlines", "developedBy", "zorp"), ("denpy", "isA", "den tool")} <= found, found


def test_a_table_headed_category_lists_categories_not_columns_compared(tmp_path: Path) -> None:
    """ "| Category | Cubs | Adults |" over "| Digging | play digs | deep setts |": the rows are categories of den use, the
    columns who does them; no "cubs contrastsWith adults" (a "| Feature | A | B |" table still compares its columns)."""
    graph = build(tmp_path, "# Dens\n\nDen uses fall into two categories:\n\n| Category | Cubs | Adults |\n|---|---|---|\n"
                            "| Digging | play digs | deep setts |\n| Sleeping | nests | chambers |\n\n"
                            "| Feature | Sett | Burrow |\n|---|---|---|\n| depth | deep | shallow |\n")
    found = lowered(graph)
    assert ("sett", "contrastsWith", "burrow") in found or ("burrow", "contrastsWith", "sett") in found, found
    assert not {(s, r, o) for s, r, o in found if {s, o} == {"cubs", "adults"} or {s, o} == {"cub", "adult"}}, found


def test_a_name_spelled_out_after_its_makers_possessive_is_the_terms_other_name(tmp_path: Path) -> None:
    """ "**DF12:** Zorp's DenFloat-12, 12 bits, runs on Sett GPUs.": DenFloat-12 is another name of DF12 (its capitals and
    number spell it), so DF12 is Zorp's and runs on the GPUs; no concept "DenFloat-12" beside it."""
    graph = build(tmp_path, "# Formats\n\n- **DF12:** Zorp's DenFloat-12, 12 bits, runs on Sett GPUs.\n")
    found = lowered(graph)
    assert ("df12", "developedBy", "zorp") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "denfloat-12"}, found


def test_a_note_opening_on_the_leading_one_of_a_kind_says_what_it_is(tmp_path: Path) -> None:
    """ "# Sett design" / "The dominant design for badger homes, introduced in 2017 at Oxford.": the note's concept is a design
    (as "A design for ..." says; "dominant" judges, names no kind); "The den is big." opening another note defines nothing."""
    _result, graph = build_files(tmp_path, {
        "Sett design.md": "# Sett design\n\nThe dominant design for badger homes, introduced in 2017 at Oxford.\n",
        "Den.md": "# Den\n\nThe den is big.\n"})
    found = lowered(graph)
    assert ("sett design", "isA", "design") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "den" and r == "isA"}, found


def test_a_count_alone_over_a_list_in_a_note_is_of_the_notes_concept(tmp_path: Path) -> None:
    """ "Post-digging.md": "Two steps:" alone as a paragraph over "1. **Supervised lining** ..." holds the steps of the note's
    concept, as at the end of a paragraph of prose; "Three kinds:" over items makes them its kinds."""
    _result, graph = build_files(tmp_path, {
        "Post-digging.md": "# Post-digging\n\nA dug den is good at holding badgers, not at staying dry. Post-digging fixes both.\n\n"
                           "Two steps:\n1. **Supervised lining (SL)** on soft moss, so the den stays warm.\n"
                           "2. **Preference sealing** to keep water out.\n\nThree kinds:\n- wet post-digging\n- dry post-digging\n",
        "Clay.md": "# Clay\n\nA soil.\n"})
    found = lowered(graph)
    assert {("post-digging", "contains", "supervised lining"), ("post-digging", "contains", "preference sealing"),
            ("wet post-digging", "isA", "post-digging")} <= found, found


def test_a_family_cell_of_one_sorting_word_is_a_kind_of_the_rows_kind(tmp_path: Path) -> None:
    """ "| Architecture | Family |" / "| Jamba | hybrid |", "| DenKV | RNN-based |": a hybrid architecture, an RNN-based
    architecture (the word sorts the rows' kind, which it leaves unsaid); "| Moss | big |" (a size, no sort) makes none."""
    graph = build(tmp_path, "# Alternatives to the den\n\n| Architecture | Family | Why |\n|---|---|---|\n| DenKV | RNN-based | parallel digging |\n"
                            "| Jamba | hybrid | mixes dens |\n| Mossy | big | x |\n")
    found = lowered(graph)
    assert {("jamba", "isA", "hybrid architecture"), ("denkv", "isA", "rnn-based architecture")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "mossy" and o != "architecture"}, found


def test_a_kind_set_off_after_an_object_in_so_many_words(tmp_path: Path) -> None:
    """ "Badgers use moss lining, a kind of den care.": moss lining is den care (after a name only an appositive's kind
    was read); "Badgers use moss lining, a warm bed." says no kind of a common noun."""
    graph = build(tmp_path, "# Dens\n\nBadgers use moss lining, a kind of den care.\n\nBadgers use clay walls, a warm choice.\n")
    found = lowered(graph)
    assert {("badger", "uses", "moss lining"), ("moss lining", "isA", "den care")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "clay wall" and r == "isA"}, found
