"""Doings named after their objects, and other forms read from held-out notes of round forty-three.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_a_doing_named_after_its_object_ends_a_purpose_whole(tmp_path: Path) -> None:
    """ "a way to do burrow learning", "used to improve tunnel tracking": the -ing word that ends the phrase after a singular
    noun names the doing with it, though the tagger reads it as a verb (it had made `digging isA burrow`); after a plural
    it is a clause of its own ("to stop dogs barking")."""
    found = lowered(build(tmp_path, "# Dens\n\n- Digging is a way to do burrow learning.\n- Moss is used to improve tunnel tracking.\n"
                                    "- Badgers are used to stop dogs barking.\n"))
    assert {("digging", "isA", "burrow learning"), ("moss", "usedFor", "improving tunnel tracking"),
            ("badger", "usedFor", "stopping dogs")} <= found, found
    assert not any(o in ("burrow", "improving tunnel") for _s, _r, o in found), found


def test_a_made_by_aside_with_colleagues_a_place_and_a_year_is_the_names_alone(tmp_path: Path) -> None:
    """ "The tool is DenFlash, introduced by Kim Lee and colleagues at Zorpco in 2022.": the aside says who made the name
    before it, however many makers, colleagues, places and years it gives, and no more (it had also made `tool developedBy
    Kim Lee`, the sentence's subject taken for the maker's work)."""
    found = lowered(build(tmp_path, "# Dens\n\nThe tool is DenFlash, introduced by Kim Lee and colleagues at Zorpco in 2022.\n\n"
                                    "The pick is MossFlash, introduced by Kim Lee and Ana Roh.\n"))
    assert {("denflash", "developedBy", "kim lee"), ("mossflash", "developedBy", "kim lee"), ("mossflash", "developedBy", "ana roh")} <= found, found
    assert not any(s in ("tool", "pick") for s, _r, _o in found), found


def test_a_count_of_kinds_closing_a_heading_leaves_the_kind_the_rows_are(tmp_path: Path) -> None:
    """ "## Den tools — 3 categories" over "| Category | ... |": the rows are kinds of den tool (it had made a kind "den tools -
    3 category"); the count may follow a colon or sit in a parenthesis ("## Holts: 3 kinds", "## Setts (two types)"), and a
    plain heading over "| Category |" names what the rows are categories of."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools — 3 categories\n\n| Category | What it does |\n|---|---|\n"
                                    "| Moss augmentation | gives dens moss |\n\n## Holts: 3 kinds\n\n| Kind | Note |\n|---|---|\n"
                                    "| Deep holt | dark |\n\n## Setts (two types)\n\n| Type | Note |\n|---|---|\n| Winter sett | warm |\n\n"
                                    "## Den care\n\n| Category | Note |\n|---|---|\n| Moss care | soft |\n"))
    assert {("moss augmentation", "isA", "den tool"), ("deep holt", "isA", "holt"), ("winter sett", "isA", "sett"),
            ("moss care", "isA", "den care")} <= found, found
    assert not any(any(c.isdigit() for c in o) for _s, _r, o in found), found


def test_a_column_of_makers_and_their_years_names_the_makers(tmp_path: Path) -> None:
    """ "| Who / when |": a header of two labels states what its one side states, when the other gives a time; the year
    after a maker is no part of it ("Zorpco 2021"), and a citation there names the authors. A side that may say where
    ("| Who / where |") leaves the column unread: a place it is found in is no maker."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den algos\n\n| Den algo | Idea | Who / when |\n|---|---|---|\n"
                                    "| RootHash | tree-based | Zorpco 2021 |\n| MossLib | lib | Kim et al. 2023 |\n\n"
                                    "| Den algo | Who / where |\n|---|---|\n| DenHash | MossLib |\n"))
    assert {("roothash", "developedBy", "zorpco"), ("mosslib", "developedBy", "kim et al.")} <= found, found
    assert not any(s == "denhash" and r == "developedBy" or "2021" in o for s, r, o in found), found


def test_a_cell_that_names_a_measure_then_says_how_names_the_measure(tmp_path: Path) -> None:
    """ "| Measures |" / "den quality, weights deep dens more": the clause after the comma, opening on a verb, says how; the
    cell names den quality, as a cell of one phrase does. Its asides are no part of it ("moss quality across tasks (warmth,
    softness)"), and a list of names stays a list ("speed, throughput")."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den metrics\n\n| Metric | Measures |\n|---|---|\n"
                                    "| DenRank | den quality, weights deep dens more |\n| MossScore | moss quality across tasks (warmth, softness) |\n"
                                    "| ClayRate | speed, throughput |\n"))
    assert {("denrank", "measures", "den quality"), ("mossscore", "measures", "moss quality"), ("clayrate", "measures", "speed"),
            ("clayrate", "measures", "throughput")} <= found, found
    assert not any("weight" in o or "warmth" in o for _s, _r, o in found), found


def test_what_a_heading_or_a_card_names_is_what_a_fragment_under_it_speaks_of(tmp_path: Path) -> None:
    """ "### Q: Moss API?" (a question that only names a thing, or a heading that names it) over "uses moss beds; ...": the
    fragment, opening on a verb of the third person (one the tagger may read as a plural, "optimizes"), is said of the thing,
    as an entry's definition is; "**Q:** Root API?" / "A: focuses on depth." too. A remark's heading ("### Overview")
    names nothing, and a sentence with its own subject speaks of that subject."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den basics\n\n### Q: Moss API?\nuses moss beds; requests dug as they come in.\n\n"
                                    "### Clay tunnel\noptimizes for warmth.\n\n### Overview\nuses dens and setts.\n\n"
                                    "**Q:** Root API?\nA: focuses on depth.\n\n### Digging\nBadgers use claws.\n"))
    assert {("moss api", "uses", "moss bed"), ("clay tunnel", "focusesOn", "warmth"), ("root api", "focusesOn", "depth"),
            ("badger", "uses", "claw")} <= found, found
    assert not any(s in ("overview", "digging") for s, _r, _o in found), found


def test_a_diagram_edge_labelled_by_a_word_for_examples_or_measures_says_what_its_target_is(tmp_path: Path) -> None:
    """ "EX -- e.g. --> MossDig", "SUB -- metric --> dig@k", "EX -->|benchmark| DenBench": the label says what the target is
    to the source, as a table's column of that name does (examples, a metric, a benchmark: `deep digging evaluatedBy
    DenBench`, where the label read as a verb had said the digging evaluates the benchmark); "-->|type|" may point either
    way and says nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n```mermaid\nflowchart TD\n  EX[Deep digging] -- e.g. --> MD[MossDig]\n"
                                    "  SUB[Shallow digging] -- metric --> PK[dig@k]\n  EX -->|benchmark| DB[DenBench]\n"
                                    "  SUB -->|type| TT[Tunnel type]\n```\n"))
    assert {("deep digging", "hasExample", "mossdig"), ("shallow digging", "measuredBy", "dig@k"),
            ("deep digging", "evaluatedBy", "denbench")} <= found, found
    assert not any("tunnel type" in (s, o) for s, _r, o in found) and ("deep digging", "evaluates", "denbench") not in found, found


def test_metrics_or_benchmarks_listed_in_an_entry_measure_or_evaluate_it(tmp_path: Path) -> None:
    """ "- **Sorting:** a den task. Metrics: accuracy, F2.": the metrics listed in an entry measure it, as well as being
    metrics; benchmarks listed so evaluate it; a lower-case label under an entry narrows the kind and says the same. A
    label of another class ("Tools:") says no more than before."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care\n\n- **Sorting:** a den task. Metrics: accuracy, F2.\n"
                                    "- **Nesting:** a common den task. Benchmarks: **NestEval** and **DenBench**.\n"
                                    "- **Den warmth**: how warm a den is\n  - metrics: Heat Index, MossScore\n"))
    assert {("sorting", "measuredBy", "accuracy"), ("sorting", "measuredBy", "f2"), ("f2", "isA", "metric"),
            ("nesting", "evaluatedBy", "nesteval"), ("nesting", "evaluatedBy", "denbench"),
            ("den warmth", "measuredBy", "heat index")} <= found, found


def test_examples_after_what_a_thing_is_like_are_examples_of_the_thing(tmp_path: Path) -> None:
    """ "- **Hard traits:** impossible to change, e.g. license, den size.": what comes before "e.g." says what the term is
    like and names no noun, so the examples are the term's (they had gone nowhere); so after "can be improved", and after
    a label's colon ("Firm traits: hard or costly to change, e.g. soil type"). Examples after a noun stay the noun's."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den traits\n\n- **Hard traits:** impossible to change, e.g. license, den size.\n"
                                    "- **Soft traits:** can be improved, e.g. warmth, dryness.\n"
                                    "- **Den kinds vs den traits:**\n  - Firm traits: hard or costly to change, e.g. soil type, den age.\n"
                                    "- **Moss:** soft bedding, e.g. fern moss.\n"))
    assert {("license", "exampleOf", "hard trait"), ("den size", "exampleOf", "hard trait"), ("warmth", "exampleOf", "soft trait"),
            ("soil type", "isA", "firm trait"), ("den age", "isA", "firm trait")} <= found, found
    assert ("fern moss", "exampleOf", "moss") not in found, found


def test_an_aside_between_a_plural_and_its_kinds_leaves_them_its_kinds(tmp_path: Path) -> None:
    """ "Guards, the checks that sit around the den, come in two kinds: gate guards and tunnel guards.": the aside set off
    by commas says what the plural is, and the kinds are still its kinds (it had read nothing); so for "..., which badgers
    dig, fall into three groups: ...". """
    found = lowered(build(tmp_path, "# Dens\n\nGuards, the checks that sit around the den to reduce risk, come in two kinds: "
                                    "gate guards and tunnel guards.\n\nBurrows, which badgers dig, fall into three groups: "
                                    "deep burrows, wet burrows and dry burrows.\n"))
    assert {("gate guard", "isA", "guard"), ("tunnel guard", "isA", "guard"), ("deep burrow", "isA", "burrow"),
            ("dry burrow", "isA", "burrow")} <= found, found


def test_a_shell_noun_that_only_adjectives_or_an_ordinal_say_which_of_names_nothing(tmp_path: Path) -> None:
    """ "Off-the-shelf options include MossGate", "splits the system-level kind into wet digging and dry digging", "The first
    step, **den sealing**, is a recap": options, a kind, a step only point back at what the notes speak of, so they are no
    concepts ("deployment options", a noun before the shell, and "architectural choices" stay)."""
    found = lowered(build(tmp_path, "# Dens\n\nOff-the-shelf options include MossGate and Kong.\n\n"
                                    "Digging cuts cost, and Kim splits the system-level kind into wet digging and dry digging.\n\n"
                                    "The first step, **den sealing**, is basically a recap of chapter 6.\n\n"
                                    "Architectural choices include moss walls and clay floors.\n"))
    assert not any(w in s for s, _r, _o in found for w in ("option", "kind", "first step")), found
    assert ("architectural choice", "includes", "moss wall") in found, found


def test_what_measures_how_much_of_a_thing_measures_the_thing(tmp_path: Path) -> None:
    """ "Den depth measures how much warmth, on average, a den keeps": what is measured is the warmth, the noun after "how
    much" (it had read nothing, an indirect question); "measures how many tunnels flagged as wet are wet" is a ratio of a
    clause, and names no measure."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den depth** measures how much warmth, on average, a den keeps.\n"
                                    "- **Clay rate**: Measures how many tunnels flagged as wet are actually wet.\n"))
    assert ("den depth", "measures", "warmth") in found, found
    assert not any(s == "clay rate" and r == "measures" for s, r, _o in found), found


def test_a_share_a_count_or_a_degree_in_a_cell_names_nothing(tmp_path: Path) -> None:
    """ "| % tunnels done in time |", "| # tries till dry |": a share or a count of things names a figure, no thing (it had
    made `slow digging measuredBy % tunnel`); "| den too slow for winter |" describes, no example; names beside them stay."""
    found = lowered(build(tmp_path, "# Dens\n\n| Failure | Examples | Metric |\n|---|---|---|\n"
                                    "| Slow digging | den too slow for winter | % tunnels done in time |\n"
                                    "| Wet digging | mud, puddles | # tries till dry, MossRate |\n"))
    assert {("wet digging", "hasExample", "mud"), ("wet digging", "measuredBy", "mossrate")} <= found, found
    assert not any("tunnel" in o or "too" in o or "tries" in o or "try" in o for _s, _r, o in found), found


def test_a_list_after_a_clause_and_a_kind_built_for_a_use(tmp_path: Path) -> None:
    """ "Dens can be dug in winter, and Kim lists several tools designed specifically for winter: MossDig, ClayPick and
    RootKit.": the clause before ", and" says its own thing, and the list after the colon is of the kind the label counts
    (it had read nothing); the use they are built for narrows the kind: each a winter tool, as "- chips designed for
    winter: A, B" gives winter chips. A doing or a plural ("built for den digging", "for burrows") narrows nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nDens can be dug in winter, and Kim lists several tools designed specifically for winter: "
                                    "MossDig, ClayPick and RootKit.\n\n- chips designed for winter: DenChip, MossChip\n- pads built for den digging: ClawPad, RootPad\n"))
    assert {("mossdig", "isA", "winter tool"), ("rootkit", "isA", "winter tool"), ("denchip", "isA", "winter chip"),
            ("clawpad", "isA", "pad")} <= found, found


def test_a_remark_after_a_compared_heading_and_an_intensified_comparison_name_nothing(tmp_path: Path) -> None:
    """ "### sett vs holt (book table, roughly)": the remark in parentheses is no part of either side (it had made "sett
    book table,"); "- way less popular than [[Moss Lining]]": a comparison after an intensifier ("way", "much", "far")
    names no thing, as "less popular than" alone does."""
    found = lowered(build(tmp_path, "# Dens\n\n### sett vs holt (book table, roughly)\n\n- way less popular than [[Moss Lining]]\n"
                                    "- far cheaper than clay lining\n"))
    assert ("sett", "contrastsWith", "holt") in found, found
    assert not any("table" in s or "table" in o or "popular" in s or "cheaper" in s for s, _r, o in found), found


def test_it_before_a_clause_whose_subject_has_an_aside_stands_for_the_clause(tmp_path: Path) -> None:
    """ "It is a nice bit of trivia that Kim Lee, who introduced moss walls, co-founded Zorpco.": "it" stands for the clause
    after "that" though an aside parts its subject from its verb, so nothing is said of the sentence before's subject (it
    had made `MossNet isA bit of trivia`); "It is a den model that uses moss" still says what "it" is."""
    found = lowered(build(tmp_path, "# Dens\n\nMossNet is a den model. It is a nice bit of trivia that Kim Lee, who introduced moss "
                                    "walls, co-founded Zorpco.\n\nRootNet is a burrow. It is a den model that uses moss.\n"))
    assert ("rootnet", "isA", "den model") in found and ("mossnet", "isA", "den model") in found, found
    assert not any("trivia" in o for _s, _r, o in found), found


def test_an_item_based_on_a_thing_says_what_the_heading_or_entry_uses(tmp_path: Path) -> None:
    """ "### Elm lining" / "- based on elm factorization", and "- based on **clay factorization**, a drying technique" nested
    under an entry: a fragment in small letters opening on "based on" ("built on") says what the thing uses, as "- uses
    X" does; "Based on user feedback, badgers dig deeper." opens a sentence of its own and says no such thing."""
    found = lowered(build(tmp_path, "# Dens\n\n### Elm lining\n\n- based on elm factorization\n\n### Linings\n\n"
                                    "- **Moss lining:** warm walls.\n  - based on **clay factorization**, a drying technique\n\n"
                                    "Based on user feedback, badgers dig deeper.\n"))
    assert {("elm lining", "uses", "elm factorization"), ("moss lining", "uses", "clay factorization")} <= found, found
    assert not any("feedback" in o for _s, _r, o in found), found


def test_things_listed_after_a_doing_and_its_object_are_used_for_it(tmp_path: Path) -> None:
    """ "- Detecting wet dens: moss judges or damp classifiers": what a doing and its object label is used for it, as "for
    wet dens: A, B" was; "- Finding roots: RootCam, RootRadar" had made `RootCam isA root`. A label that only judges
    ("Interesting tension: ...") leaves its clause to be read as any, and a clause after a doing is no list."""
    found = lowered(build(tmp_path, "# Dens\n\n- Detecting wet dens: moss judges or damp classifiers.\n"
                                    "- Finding roots: RootCam, RootRadar\n\n"
                                    "Interesting tension: MossNet looks nothing like ClayNet, so the right mix depends on the den.\n"))
    assert {("moss judge", "usedFor", "detecting wet dens"), ("damp classifier", "usedFor", "detecting wet dens")} <= found, found
    assert ("right mix", "relatedTo", "den") in found and not any(o == "root" for _s, _r, o in found), found


def test_examples_of_a_kind_of_things_of_a_class_are_ones_of_it(tmp_path: Path) -> None:
    """ "Examples of den tools are MossPick, ClayRake, and RootCutter.": examples of a kind whose head names a class of the
    vocabulary (tool, benchmark, model, metric) are ones of that kind, as "den tools such as A" says; examples of a kind of
    no class ("den troubles") stay its examples."""
    found = lowered(build(tmp_path, "# Dens\n\n- Examples of den tools are MossPick, ClayRake, and RootCutter.\n"
                                    "- Examples of den troubles are flooding and mould.\n"))
    assert {("mosspick", "isA", "den tool"), ("rootcutter", "isA", "den tool"), ("flooding", "exampleOf", "den trouble")} <= found, found
    assert ("mosspick", "exampleOf", "den tool") not in found, found


def test_an_item_that_contrasts_with_a_thing_sets_it_against_what_the_line_is_under(tmp_path: Path) -> None:
    """ "## Wet dens" / "- contrast w/ dry dens", "## Soft walls" / "- contrast with hard walls = normal clay walls": the item
    names the other side of what it is under, as "- vs dry dens" does, whatever follows an equals sign; "As opposed to hot
    dens." in an entry points from it, as "Not to be confused with X." does."""
    found = lowered(build(tmp_path, "# Dens\n\n## Wet dens\n\n- contrast w/ dry dens\n\n## Soft walls\n\n"
                                    "- contrast with hard walls = normal clay walls\n\n## Den kinds\n\n- **Damp dens:** cool. As opposed to hot dens.\n"))
    assert {("wet den", "contrastsWith", "dry den"), ("soft wall", "contrastsWith", "hard wall"), ("damp den", "contrastsWith", "hot den")} <= found, found
