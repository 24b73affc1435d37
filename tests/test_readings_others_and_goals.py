"""Things named with others of their kind, and other forms read from held-out notes of round forty.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_things_listed_before_and_other_kinds_are_of_that_kind(tmp_path: Path) -> None:
    """ "setts, dens, burrows and other shelters", "a spade or other digging tools": each thing listed before "and
    other" (or "or other", "and several other") is one of the plural kind after it (Hearst's "NP, NP and other NP"), in
    any place of the sentence; a listed piece with a preposition gives the noun phrase it ends on ("the rise of setts").
    "each other", "the other", a shell word ("and other things") or a kind that is no plural ("and other moss") name no kind, nor does a role ("Zorpco and other collaborators") or a topic ("and other den concepts")."""
    found = lowered(build(tmp_path, "# Dens\n\nBadgers shelter in setts, dens, burrows and other shelters.\n\n"
                                    "Spades, rakes and other digging tools are kept dry.\n\n"
                                    "They saw the rise of clay dens and several other den designs.\n\n"
                                    "Badgers groom each other first. They use moss and other things, or straw and other moss.\n\n"
                                    "Zorpco and other collaborators dug it. Clay and other den concepts come later.\n"))
    assert {("sett", "isA", "shelter"), ("den", "isA", "shelter"), ("burrow", "isA", "shelter"),
            ("spade", "isA", "digging tool"), ("rake", "isA", "digging tool"), ("clay den", "isA", "den design")} <= found, found
    assert not any(o in ("thing", "moss", "other", "collaborator", "den concept") or s.startswith("rise") for s, _r, o in found), found


def test_a_heading_that_opens_on_a_doing_and_its_object_names_no_kind(tmp_path: Path) -> None:
    """ "#### Comparing den algorithms" / "- **Clay-based:** faster": a heading that opens on a verb's -ing form, one the dictionary
    knows only as a verb, with a noun phrase of two words or more after it, is a doing and its object, so its items are no
    kinds of "comparing den algorithm", nor is a word that says which ("- Clay-based: ...") one; "### Digging tools" is a kind."""
    found = lowered(build(tmp_path, "# Dens\n\n### Den algorithms\n- **Root sort:** sorts roots.\n\n#### Comparing den algorithms\n"
                                    "- Clay-based: faster, cheaper.\n- Moss-based: can be improved over time, but slower.\n\n"
                                    "#### Combining den algorithms\n- **Clay-based:** faster, cheaper.\n"
                                    "- **Hybrid sketch:** combining clay-based and moss-based maps.\n\n"
                                    "### Digging tools\n- **Root spade:** a spade for roots.\n"))
    assert ("root spade", "isA", "digging tool") in found, found
    assert not any("comparing" in o or "combining" in o or "comparing" in s for s, _r, o in found), found


def test_a_term_with_the_headings_class_word_before_its_head_is_none_of_that_class(tmp_path: Path) -> None:
    """ "### Tools" / "- **Tool inventory:** set of tools ...": a term that has the word of the heading's class before its
    own head names a set or a use of them ("tool inventory", "tool selection"), none of them; "- **Code spade:** ..." is one."""
    found = lowered(build(tmp_path, "# Dens\n\n### Tools\n- **Tool inventory:** set of tools the badger can reach.\n"
                                    "- **Code spade:** lets the badger dig code.\n"))
    assert ("code spade", "isA", "tool") in found, found
    assert not any(s == "tool inventory" and r == "isA" for s, r, _o in found), found


def test_a_label_in_lower_case_on_a_line_of_its_own_in_a_note_is_said_of_the_note(tmp_path: Path) -> None:
    """ "tools: Zorp Guard, DenCheck" on a line of its own in a note on den guards says what the tools are for, as
    "Tools: ..." does: a label in lower case opens a labelled line too; an item's label ("- structured: [[A]]") is read
    with its list as before."""
    _result, graph = build_files(tmp_path, {
        "Den Sweeping.md": "---\ntags: [den]\n---\nDen sweeping = clearing moss from the den.\n\nTools: SweepKit, MossVac\n",
        "Den Guards.md": "---\ntags: [den]\n---\nDen guards = checks on badgers that protect the sett.\n\ntools: Zorp Guard, DenCheck\n"})
    found = lowered(graph)
    assert {("sweepkit", "usedFor", "den sweeping"), ("mossvac", "usedFor", "den sweeping"),
            ("zorp guard", "usedFor", "den guard"), ("dencheck", "usedFor", "den guard")} <= found, found
    assert not any(o == "tool" for _s, _r, o in found), found


def test_the_ways_a_table_lists_under_a_doing_are_what_the_doing_includes(tmp_path: Path) -> None:
    """ "## Digging" over "| Technique | ... |" / "| Clawing |": each row is a way within the doing the heading names, which
    the doing includes (no kind of digging); a row that shares its word ("| greedy digging |") is a kind of it, and rows
    under a header that is no word for ways ("| Tool |") are kinds of what heading and header name."""
    found = lowered(build(tmp_path, "# Dens\n\n## Digging\n- badgers dig.\n\n| Technique | What it does |\n|---|---|\n"
                                    "| Clawing | scrape soil with claws |\n| greedy digging | dig the first spot |\n\n"
                                    "## Den building\n\n| Tool | What it does |\n|---|---|\n| Spade | scrape soil |\n"))
    assert {("digging", "includes", "clawing"), ("greedy digging", "isA", "digging"), ("spade", "isA", "den building tool")} <= found, found
    assert not any(s == "clawing" and r == "isA" for s, r, _o in found), found


def test_a_cell_of_adjectives_names_nothing_the_row_is_for(tmp_path: Path) -> None:
    """ "| When to use |" / "| classic, most flexible |": words that judge the row name nothing it is used for (they made a
    concept "classic flexible"); "| moss beds |" and a compound with a hyphen ("| den-to-sett |") still do."""
    found = lowered(build(tmp_path, "# Dens\n\n| Technique | What it does | When to use |\n|---|---|---|\n"
                                    "| Clawing | scrape soil | classic, most flexible |\n| Rooting | pull roots | moss beds |\n"
                                    "| Tunnelling | dig long | den-to-sett |\n"))
    assert {("rooting", "usedFor", "moss bed"), ("tunnelling", "usedFor", "den-to-sett")} <= found, found
    assert not any(s == "clawing" and r == "usedFor" for s, r, _o in found), found


def test_a_heading_of_a_whole_and_a_word_for_its_parts_over_a_table_holds_its_rows(tmp_path: Path) -> None:
    """ "### Sett building blocks" (or "Sett components", "Sett layers") over a table: each row is a part of the sett, as
    under "### Sett - parts"; "### Key components" names no whole."""
    found = lowered(build(tmp_path, "# Dens\n\n### Sett building blocks\n| Component | What it does |\n|---|---|\n"
                                    "| Moss bed | keeps warm |\n| Tunnel | links dens |\n\n### Key components\n"
                                    "| Component | What it does |\n|---|---|\n| Root mat | holds soil |\n"))
    assert {("sett", "contains", "moss bed"), ("sett", "contains", "tunnel")} <= found, found
    assert not any(s == "key" for s, _r, _o in found), found


def test_a_name_and_a_word_for_its_work_from_an_organisation_is_made_by_it(tmp_path: Path) -> None:
    """ "The DenNet paper from Zorpco", "the Flan work from Burrowlabs", "the Moss models from Zorpco": a name, a word for
    the work that bears it (paper, work, model, model family, series) and "from" with a name after it: who made the name,
    as "Gemini from Google" says; "data from Wikipedia" (no name before "from") names no maker."""
    found = lowered(build(tmp_path, "# Dens\n\nThe DenNet paper from Zorpco is the main example here.\n\n"
                                    "On the digging side, the Flan work from Burrowlabs showed that moss helps.\n\n"
                                    "The Moss models from Zorpco dig well. They used data from Wikipedia.\n"))
    assert {("dennet", "developedBy", "zorpco"), ("flan", "developedBy", "burrowlabs"), ("moss", "developedBy", "zorpco")} <= found, found
    assert not any(o == "wikipedia" for _s, _r, o in found), found


def test_a_label_of_uses_over_a_list_says_what_the_sections_thing_is_for(tmp_path: Path) -> None:
    """ "## Clay depth" / "- Use cases:" (or a paragraph "Use cases:", "- Uses:", "3 applications:") over items: each item
    is what the thing the heading names is used for, as "- Use cases: A, B" on one line says."""
    found = lowered(build(tmp_path, "# Den care\n\n## Clay depth\n- Use cases:\n  1. **Damp detection:** low depth means damp.\n"
                                    "  2. **Sorting:** only keep dens.\n\n## Root depth\nUse cases:\n- damp detection\n- sorting\n"))
    assert {("clay depth", "usedFor", "damp detection"), ("clay depth", "usedFor", "sorting"),
            ("root depth", "usedFor", "damp detection"), ("root depth", "usedFor", "sorting")} <= found, found


def test_words_that_judge_a_counted_kind_are_no_part_of_it(tmp_path: Path) -> None:
    """ "Four closely related scents: A, B, C, D", "Two popular den tools: A, B": a count's kind without the words that
    only judge it, an adverb before them too ("closely related", "highly effective"): scents, den tools; under a heading
    on scents the count's label is no scent of its own ("closely related scent isA scent")."""
    found = lowered(build(tmp_path, "# Den care\n\n## Understanding den scents\n\n- Four closely related scents: musk, clay scent, moss scent, "
                                    "root scent.\n- Two popular den tools: DenKit, MossVac.\n"))
    assert {("musk", "isA", "scent"), ("root scent", "isA", "scent"), ("denkit", "isA", "den tool")} <= found, found
    assert not any("related" in o or "popular" in o for _s, _r, o in found), found


def test_a_label_of_a_relation_on_an_item_of_a_note_is_said_of_the_note(tmp_path: Path) -> None:
    """ "- why: warmth, safety" (or "- good for: ...") right under a note on den sealing: what den sealing is for, as
    "Why use it:" says (it had lost its label and read "warmth, safety" as nothing); a bold "- **Challenge:** ..." is a
    term's line as before, no trouble of the note."""
    _result, graph = build_files(tmp_path, {
        "Den Sealing.md": "Den sealing closes a den.\n\n- why: warmth, safety, dryness\n",
        "Den Airing.md": "Den airing dries a den.\n\n- good for: warmth, safety\n- **Challenge:** try airing a den without wind.\n"})
    found = lowered(graph)
    assert {("den sealing", "usedFor", "warmth"), ("den sealing", "usedFor", "dryness"), ("den airing", "usedFor", "safety")} <= found, found
    assert not any(r == "suffersFrom" for _s, r, _o in found), found


def test_a_kind_with_examples_that_ends_a_list_of_names_holds_only_its_own(tmp_path: Path) -> None:
    """ "places to look: Kaggle, MossHub, government portals like Data.gov, the Den Repository, OpenML and DenData": a
    kind with "like" that is itself the last of a list of short items holds the examples up to the next comma, the rest
    are the outer list's; "hashing methods like MinHash and Bloom filters, and ..." keeps both, and "tools like spades,
    rakes and forks" alone in its clause keeps all."""
    found = lowered(build(tmp_path, "# Dens\n\nShe lists places to look: Kaggle, MossHub, government portals like Data.gov, "
                                    "the Den Repository, OpenML and DenData.\n\nTricks include pairwise comparison, hashing methods "
                                    "like MinHash and Bloom filters, and sorting.\n\nBadgers use tools like spades, rakes and forks.\n"))
    assert {("data.gov", "isA", "government portal"), ("fork", "isA", "tool"), ("spade", "isA", "tool")} <= found, found
    assert {s for s, r, o in found if r == "isA" and o.startswith("hashing")} == {"minhash", "bloom filter"}, found  # "hashing (method)"
    assert not any(o == "government portal" and s != "data.gov" for s, _r, o in found), found


def test_a_label_of_two_plurals_with_a_slash_names_the_first_kind(tmp_path: Path) -> None:
    """ "Red-teaming benchmarks/tools: DenBench, MossEval": the items are of the first plural's kind, whatever words open the
    label ("den benchmarks/tools:"), as "benchmarks/tools:" alone says; "benchmarks" is no verb here (it had made
    "Red-teaming evaluates DenBench")."""
    found = lowered(build(tmp_path, "# Dens\n\nRed-teaming benchmarks/tools: DenBench, MossEval\n\n- den benchmarks/tools: RootQA, ClayEval\n"))
    assert {("denbench", "isA", "red-teaming benchmark"), ("rootqa", "isA", "den benchmark")} <= found, found
    assert not any(r == "evaluates" for _s, r, _o in found), found


def test_what_the_writer_splits_the_thing_spoken_of_into(tmp_path: Path) -> None:
    """ "Den care is the work of keeping a den. The book splits it into three parts: sweeping, airing, and sealing.": "it"
    is what the sentence before spoke of, and parts named as parts are what it contains, as "Three parts: A, B" says;
    "Den care splits into A, B, and C" (no object) says the same; "Kim splits moss care into drying and airing" what it includes."""
    found = lowered(build(tmp_path, "# Dens\n\nDen care is the work of keeping a den. The book splits it into three parts: sweeping, "
                                    "airing, and sealing.\n\nSett care splits into digging, lining, and sealing.\n\n"
                                    "Kim splits moss care into drying and airing.\n"))
    assert {("den care", "contains", "sweeping"), ("den care", "contains", "sealing"), ("sett care", "contains", "lining"),
            ("moss care", "includes", "drying")} <= found, found
    assert not any(s == "den care" and r == "includes" for s, r, _o in found), found


def test_a_condition_over_a_list_names_no_kind(tmp_path: Path) -> None:
    """ "- If depth matters: MDD, RDD, SDD": a condition, when the items serve, names no kind ("depth matter"), nor does
    "When moss is wet: ..."; "- Den metrics: MDD, RDD" still names one."""
    found = lowered(build(tmp_path, "# Dens\n\n### Den optimization\n- If depth matters: MDD (mean den depth), RDD, SDD.\n"
                                    "- When moss is wet: DenDry, MossVac\n- Den metrics: MDD, RDD\n"))
    assert ("rdd", "isA", "den metric") in found, found
    assert not any(o in ("depth matter", "wet") or "moss" in o for _s, _r, o in found), found


def test_a_count_over_its_list_is_no_member_of_the_heading(tmp_path: Path) -> None:
    """ "## Understanding Den Scent Metrics" / "- Four closely related metrics: musk rate, clay rate, ...": the item is a
    count over its list, no thing of its own (it had made "closely related metric isA metric"); each rate is a metric."""
    found = lowered(build(tmp_path, "# Den care\n\n## Understanding Den Scent Metrics\n\n- Den scents came out of moss work, so "
                                    "scent metrics still help.\n- Four closely related metrics: musk rate, clay rate, moss rate, "
                                    "root rate. Know one, know all.\n"))
    assert {("musk rate", "isA", "metric"), ("root rate", "isA", "metric")} <= found, found
    assert not any("related" in s or "related" in o for s, _r, o in found), found


def test_a_section_of_steps_in_an_index_note_holds_steps_its_whole_includes(tmp_path: Path) -> None:
    """ "## Den care steps" / "1. [[Sweeping|Sweep the den]]" in a map of content: each link is a step den care includes,
    no kind "den care step"; "## Den tools" / "- [[Spade]]" still lists tools."""
    _result, graph = build_files(tmp_path, {
        "Dens MOC.md": "---\ntags: [moc]\n---\n# Dens ch4 — Care (MOC)\n\n## Den care steps\n1. [[Sweeping|Sweep the den]] (moss, clay)\n"
                       "2. [[Airing]]\n\n## Den tools\n- [[Spade]]\n- [[Rake]]\n",
        "Sweeping.md": "Sweeping clears moss.\n", "Spade.md": "A spade digs.\n"})
    found = lowered(graph)
    assert {("den care", "includes", "sweeping"), ("den care", "includes", "airing"), ("spade", "isA", "den tool")} <= found, found
    assert not any("step" in o for _s, _r, o in found), found


def test_a_heading_of_steps_names_its_own_whole(tmp_path: Path) -> None:
    """ "# Dens" / "## Den care steps" / "1. sweeping": the steps are den care's, which the heading names before its word for
    steps (they had been the den's, the heading above); "## Steps" alone leaves them to the heading above."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care steps\n1. sweeping\n2. airing\n\n## Steps\n- digging\n- lining\n"))
    assert {("den care", "contains", "sweeping"), ("den care", "contains", "airing"), ("den", "contains", "digging")} <= found, found
    assert not any(s == "den" and o == "sweeping" for s, _r, o in found), found


def test_names_in_an_aside_end_before_the_sentences_verb(tmp_path: Path) -> None:
    """ "Moss contests, e.g. MossComp, DenComp, reward moss.": the aside of names ends at its comma, and "reward moss" (small
    letters, a verb first) is the sentence's verb and object, no contest; "den methods such as L2 sealing or weight
    decay" keeps both (no comma before the last)."""
    found = lowered(build(tmp_path, "# Dens\n\nMoss contests, e.g. MossComp, DenComp, reward moss.\n\n"
                                    "Apply den methods such as L2 sealing or weight decay.\n"))
    assert {("mosscomp", "isA", "moss contest"), ("dencomp", "isA", "moss contest"), ("weight decay", "isA", "den method")} <= found, found
    assert not any(s.startswith("reward") for s, _r, _o in found), found


def test_a_domain_column_says_what_each_row_is_for(tmp_path: Path) -> None:
    """ "| Model | By | Domain |": the domain is what the model is used for; a slash between spaces parts two phrases
    ("moss data / root discovery": no "moss data discovery"), one without spaces shares the noun ("photo/video editing");
    "~100k known dens" is about that many, no "~100k" in the concept."""
    found = lowered(build(tmp_path, "# Models\n\n| Model | By | Domain | Trained on |\n|---|---|---|---|\n"
                                    "| MossNeMo | Mossworks | moss data / root discovery | ~100k known dens |\n"
                                    "| DenKit | Zorpco | photo/video editing | moss maps |\n"))
    assert {("mossnemo", "usedFor", "moss data"), ("mossnemo", "usedFor", "root discovery"), ("denkit", "usedFor", "photo editing"),
            ("denkit", "usedFor", "video editing")} <= found, found
    assert not any("moss data discovery" in o or "~" in o for _s, _r, o in found), found


def test_an_item_of_a_note_that_opens_on_vs_sets_the_note_against_it(tmp_path: Path) -> None:
    """ "- vs clay lining: cheaper" right under a note on den sealing: the note's concept set against clay lining, as
    "- vs [[Den Airing|airing]]: ..." is; the label in small letters is said of the note."""
    _result, graph = build_files(tmp_path, {
        "Den Sealing.md": "Den sealing closes a den.\n\n- vs [[Den Airing|airing]]: sealing keeps air out\n- vs clay lining: cheaper\n",
        "Den Airing.md": "Den airing dries a den.\n"})
    found = lowered(graph)
    assert {("den sealing", "contrastsWith", "den airing"), ("den sealing", "contrastsWith", "clay lining")} <= found, found


def test_a_title_of_a_noun_and_a_plural_that_can_be_a_verb_names_a_note(tmp_path: Path) -> None:
    """ "Den Attacks.md": in a title's capitals, a noun then a plural the dictionary also knows as a verb ("Attacks") is a
    compound plural, the note's concept (the tagger had read "Den attacks" as a clause, and the note named nothing); its
    "Three kinds:" are kinds of it. "LangChain Supports" (a name, then a verb) is still no concept."""
    from kg.ingest.tagger import names_a_concept
    _result, graph = build_files(tmp_path, {
        "Den Attacks.md": "Den attacks: using water to harm a den.\n\nThree kinds:\n1. [[Flooding]] — get the water in\n"
                          "2. [[Collapse]] — make the den fall\n3. [[Mould]] — rot it\n",
        "Flooding.md": "Flooding fills a den with water.\n"})
    found = lowered(graph)
    assert {("flooding", "isA", "den attack"), ("collapse", "isA", "den attack"), ("mould", "isA", "den attack")} <= found, found
    assert names_a_concept("Den Attacks") and not names_a_concept("LangChain Supports")


def test_links_listed_with_commas_in_an_item_are_peers_of_its_first(tmp_path: Path) -> None:
    """ "- [[Den Sealing]] vs den airing, [[Moss Lining]], [[Root Cutting]]": links listed after commas are peers of the
    item's first piece, no relation of its opening link (they had each been "relatedTo Den Sealing"); after a colon or
    an arrow ("- [[Sett]] → [[Tunnel]], [[Nest]]") they say what the first holds, as before."""
    _result, graph = build_files(tmp_path, {
        "Dens MOC.md": "---\ntags: [moc]\n---\n# Ch4 — Dens (MOC)\n\n## Basics\n- [[Den Sealing]] vs den airing, [[Moss Lining]], "
                       "[[Root Cutting]]\n- [[Sett]] → [[Tunnel]], [[Nest]]\n",
        "Den Sealing.md": "Den sealing closes a den.\n"})
    found = lowered(graph)
    assert ("den sealing", "contrastsWith", "den airing") in found, found
    assert any(s == "sett" and o == "nest" for s, _r, o in found), found
    assert not any(s == "den sealing" and o in ("moss lining", "root cutting") for s, _r, o in found), found


def test_a_capitalised_word_made_by_an_owner_is_a_name(tmp_path: Path) -> None:
    """ "Spotify's Annoy" in a list of names: a capitalised word after an owner's "'s" is a name made by the owner, though
    the dictionary knows "annoy" only as a verb (it was dropped)."""
    found = lowered(build(tmp_path, "# Dens\n\n- Den libraries: DenDB, Google's MossNN, Spotify's Annoy, Hnswlib.\n"))
    assert {("annoy", "developedBy", "spotify"), ("annoy", "isA", "den library"), ("mossnn", "developedBy", "google")} <= found, found


def test_ways_to_a_thing_listed_after_a_count_are_what_it_includes(tmp_path: Path) -> None:
    """ "- Two main approaches to den care: sweeping and airing.", "Two dominant patterns for den building: A and B": each
    way is one den care includes, as the same label over a list says (it had made a kind "approach to den care"); a count
    the names do not meet ("Three ways to dig: clawing, rooting") gives none, and ways to a doing ("approaches to digging")
    are kinds of it, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- Two main approaches to den care: sweeping and airing.\n"
                                    "- Two dominant patterns for den design: digging and lining.\n- Three ways to dig: clawing, rooting.\n"))
    assert {("den care", "includes", "sweeping"), ("den care", "includes", "airing"), ("den design", "includes", "lining")} <= found, found
    assert not any("approach" in o or "way" in o or s == "dig" for s, _r, o in found), found


def test_an_item_marked_with_a_minus_sign_is_a_drawback(tmp_path: Path) -> None:
    """ "- − more latency for the badger, more moss" right under a note on den sealing, "  - − moss cost" under an entry: a
    drawback of what the item sits under, as "drawbacks: ..." says; a dash inside a sentence ("Badgers – the diggers –
    like moss") marks nothing."""
    _result, graph = build_files(tmp_path, {
        "Den Sealing.md": "Den sealing closes a den.\n\n- − more latency for the badger, more moss\n",
        "Dens.md": "# Dens\n\n- **Den airing**: dries a den.\n  - − moss cost\n\nBadgers – the diggers – like moss.\n"})
    found = lowered(graph)
    assert {("den sealing", "suffersFrom", "latency"), ("den sealing", "suffersFrom", "moss"), ("den airing", "suffersFrom", "moss cost")} <= found, found
    assert not any(r == "suffersFrom" and s.startswith("badger") for s, r, _o in found), found


def test_a_comparison_goes_on_past_when_and_how(tmp_path: Path) -> None:
    """ "Clay sorting is much faster than moss sorting during both digging and lining.": the two things weighed, whatever
    says when or how after the second ("during", "with", "across", "under", "over", as "when" and "for" did)."""
    found = lowered(build(tmp_path, "# Dens\n\nClay sorting is much faster than moss sorting during both digging and lining.\n\n"
                                    "Clay dens are warmer than moss dens with less work.\n"))
    assert {("clay sorting", "contrastsWith", "moss sorting"), ("clay den", "contrastsWith", "moss den")} <= found, found


def test_a_label_over_a_list_names_its_kind_without_judging_words_or_a_clause(tmp_path: Path) -> None:
    """ "- Three main den mechanisms:", "- Significant den algos:", "- Benchmarks that use moss depth:" over items: the kind
    is "den mechanism", "den algorithm", "benchmark" (no "main", "significant", nor the clause that says which ones)."""
    found = lowered(build(tmp_path, "# Dens\n\n- Three main den mechanisms:\n  - sealing\n  - airing\n  - lining\n"
                                    "- Significant den algos:\n  - **DenSort:** sorts dens\n- Benchmarks that use moss depth:\n"
                                    "  - **DenBench** (Kim et al., 2021)\n"))
    assert {("densort", "isA", "den algorithm"), ("sealing", "isA", "den mechanism"), ("denbench", "isA", "benchmark")} <= found, found
    assert not any("main" in o or "significant" in o or " that " in o for _s, _r, o in found), found


def test_a_variation_of_a_name_is_a_kind_of_it(tmp_path: Path) -> None:
    """ "- **DenRank (Okapi DenRank):** variation of MossRank that normalizes depth": a variation (variant, version) of a
    name, with or without its article, is a kind of it, as "is a variant of" says; "(Okapi DenRank)" is a longer form of
    the term's name, no maker of it."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DenRank (Okapi DenRank):** variation of MossRank that normalizes depth by den length.\n"
                                    "- **SandRank:** variant of MossRank.\n\nPebbleRank is a variation of MossRank.\n"))
    assert {("denrank", "isA", "mossrank"), ("sandrank", "isA", "mossrank"), ("pebblerank", "isA", "mossrank")} <= found, found
    assert not any(r == "developedBy" for _s, r, _o in found), found


def test_a_past_participle_before_a_preposition_is_passive_no_use(tmp_path: Path) -> None:
    """ "Moss measurements also used outside dens: sorting, ranking": "used" before a preposition is passive (what they are
    used in), no "uses" (it had made "moss measurement uses sorting"); "Badgers used moss for bedding" and "DenNet used
    RootRank" still say who used what."""
    found = lowered(build(tmp_path, "# Dens\n\n- Moss measurements also used outside dens: sorting & sifting, ranking, clustering.\n\n"
                                    "Badgers used moss for bedding.\n\nDenNet used RootRank.\n"))
    assert {("badger", "uses", "moss"), ("dennet", "uses", "rootrank")} <= found, found
    assert not any(s == "moss measurement" and r == "uses" for s, r, _o in found), found


def test_a_name_with_its_citation_from_an_organisation_is_made_by_it(tmp_path: Path) -> None:
    """ "Badger (Kim et al., 2023) from Zorpco started from 175 seed dens.": a word the dictionary knows ("badger"), first
    in its sentence, is a name when a citation follows it, and "from Zorpco" says who made it; "Moss, from Wikipedia, is
    fine" is where the moss came from."""
    found = lowered(build(tmp_path, "# Dens\n\nBadger (Kim et al., 2023) from\nZorpco started from 175 seed dens.\n\n"
                                    "Moss, from Wikipedia, is fine.\n"))
    assert ("badger", "developedBy", "zorpco") in found, found
    assert not any(o == "wikipedia" for _s, _r, o in found), found


def test_a_title_cited_with_its_authors_in_a_parenthesis_is_theirs(tmp_path: Path) -> None:
    """ '... than in the middle ("Lost in the Den", Kim et al., 2023)': a title in quotes (its words capitalised but the
    small ones), cited with its authors and year in one parenthesis, is the authors' work; words quoted that are no title
    ('("dens are warm", Kim et al., 2023)') are none."""
    found = lowered(build(tmp_path, '# Dens\n\n- badgers dig better at the start than in the middle ("Lost in the Den", Kim et al., 2023)\n'
                                    '- she says ("dens are warm", Lee et al., 2021)\n'))
    assert ("lost in the den", "createdBy", "kim et al.") in found, found
    assert not any(o == "lee et al." for _s, _r, o in found), found
