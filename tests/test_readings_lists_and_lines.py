"""Lists and the lines that hold them: an item of a list that says where or per what it holds.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_an_item_said_in_or_per_something_keeps_the_list_going(tmp_path: Path) -> None:
    """ "den metrics: damp, moss in tunnels, dig rate, cost per den": the preposition says more of one item, the
    list goes on after it; the first item's ("trained on MossText in spring, OakText") and a maker's ("from Zorp")
    still end it."""
    found = lowered(build(tmp_path, "# Dens\n\nden metrics: damp, moss in tunnels, dig rate, badger visits per den, claw wear\n\n"
                                    "Den tools include MossCam, OakRadar from Zorp, ElmProbe, AshProbe.\n"))
    assert {("moss in tunnels", "isA", "den metric"), ("dig rate", "isA", "den metric"), ("claw wear", "isA", "den metric"),
            ("badger visit per den", "isA", "den metric")} <= found, found
    assert ("mosscam", "isA", "den tool") in found and not any(s in ("elmprobe", "ashprobe") for s, _r, _o in found), found


def test_a_kind_whose_first_word_is_an_ing_noun_is_a_kind(tmp_path: Path) -> None:
    """ "MossCam = embedding model", "**DenRank**: ranking model": an -ing word the dictionary also knows as a noun,
    before a noun with no article, names the kind; "OakCam = introducing model" (a verb alone) names none."""
    found = lowered(build(tmp_path, "# Week 3\n\n- MossCam = embedding model\n- **DenRank**: ranking model\n- OakCam = introducing model\n"))
    assert {("mosscam", "isA", "embedding model"), ("denrank", "isA", "ranking model")} <= found, found
    assert not any(s == "oakcam" for s, _r, _o in found), found


def test_a_kind_named_before_an_aside_or_a_colon_is_the_kind(tmp_path: Path) -> None:
    """ "MossNet = den model (not generative)" and "OakNet = completion machine: given a den, it ..." name the kind
    before what they say of it; an abbreviation's words before a colon are its other name, no kind of it ("DMB = den
    moss barrier: badgers pick the walls")."""
    found = lowered(build(tmp_path, "# Week 3\n\n- MossNet = den model (not generative)\n"
                                    "- OakNet = completion machine: given a den, it fills the tunnels\n"
                                    "- DMB = den moss barrier: badgers pick which walls get moss\n"))
    assert {("mossnet", "isA", "den model"), ("oaknet", "isA", "completion machine")} <= found, found
    assert not any(s == "dmb" and r == "isA" for s, r, _o in found) and ("dmb", "isA", "den moss barrier") not in found, found


def test_an_item_that_says_others_stands_for_more_of_its_list(tmp_path: Path) -> None:
    """ "## Den tools" / "- others" / "  - [[OakRadar]] (Zorp)": the items under "others" are more den tools, and "other"
    is no concept."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools\n\n- MossCam\n- others\n  - [[OakRadar]] (Zorp)\n  - ElmProbe, AshProbe\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool"), ("elmprobe", "isA", "den tool"),
            ("oakradar", "developedBy", "zorp")} <= found, found
    assert not any("other" in (s, o) for s, _r, o in found), found


def test_a_possessive_in_a_list_of_examples_before_the_verb(tmp_path: Path) -> None:
    """ "Den tools like MossCam and Brock's OakRadar let you dig": the possessive is no word the list ends on, and the
    verb after it still ends the list ("Zorp's MossCam help" names no "MossCam help")."""
    found = lowered(build(tmp_path, "# Notes\n\nDen tools like MossCam and Brock's OakRadar let you dig.\n\n"
                                    "Den kits such as Zorp's MossKit help.\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool"), ("oakradar", "developedBy", "brock"),
            ("mosskit", "isA", "den kit"), ("mosskit", "developedBy", "zorp")} <= found, found
    assert not any("help" in s or "let" in s for s, _r, _o in found), found


def test_names_listed_with_commas_and_set_equal_to_a_plural_are_each_one(tmp_path: Path) -> None:
    """ "MossCam, OakRadar are den tools" and "- [[ElmProbe]], AshProbe = den probes that map tunnels": names a comma
    lists as terse notes list them, each one of the plural; common words ("moss, clay = den materials") are not read."""
    found = lowered(build(tmp_path, "# Week 3\n\nMossCam, OakRadar are den tools.\n\n- [[ElmProbe]], AshProbe = den probes that map tunnels\n"
                                    "- moss, clay = den materials\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool"), ("elmprobe", "isA", "den probe"),
            ("ashprobe", "isA", "den probe")} <= found, found
    assert not any(o == "den material" for _s, _r, o in found), found


def test_a_one_word_name_in_parentheses_after_another_is_no_other_name_of_it(tmp_path: Path) -> None:
    """ "[[MossPaging]] ([[vDen]]) — moss stored in blocks": two names of one word each, the second where the first
    lives: two concepts; "Mixture of Moss (MoM)" still gives the abbreviation as another name."""
    found = lowered(build(tmp_path, "# Week 3\n\n- [[MossPaging]] ([[vDen]]) — a den cache stored in blocks\n"
                                    "- [[vDen]], OakServe = den engines\n- Mixture of Moss (MoM) is a den model\n"))
    assert {("mosspaging", "isA", "den cache"), ("vden", "isA", "den engine"), ("mixture of moss", "isA", "den model")} <= found, found
    assert not any(s == "mosspaging" and o == "den engine" for s, _r, o in found), found


def test_a_lowercase_label_under_a_heading_is_said_of_the_heading(tmp_path: Path) -> None:
    """ "### den sealing" / "uses: wet dens, cold setts", "used for: long tunnels", "cons: cost, damp": a terse line's label
    in lower case says what the heading's thing is for or suffers from, as "Uses:" does; "note: ..." says nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n### den sealing\n\nuses: wet dens, cold setts\n\n### moss lining\n\nused for: long tunnels\n\n"
                                    "### clay lining\n\ncons: cost, damp\n\n### oak lining\n\nnote: moss is wet, clay dry\n"))
    assert {("den sealing", "usedFor", "wet den"), ("den sealing", "usedFor", "cold sett"), ("moss lining", "usedFor", "long tunnel"),
            ("clay lining", "suffersFrom", "cost"), ("clay lining", "suffersFrom", "damp")} <= found, found
    assert not any(s == "oak lining" for s, _r, _o in found), found


def test_a_terse_line_that_says_what_a_term_does_sets_the_term_off(tmp_path: Path) -> None:
    """ "masked den model - predicts missing tunnels" as a paragraph of its own: a term, then what it does (a verb in the
    third person), as a glossary writes it; "Update: adds moss" is a log's label, no term."""
    found = lowered(build(tmp_path, "# Notes\n\n## 2 types of den models\n\nmasked den model - predicts missing tunnels anywhere in a sett\n\n"
                                    "Update: adds moss to the walls\n"))
    assert ("masked den model", "isA", "den model") in found, found
    assert not any("update" in (s, o) for s, _r, o in found), found


def test_an_abbreviation_after_a_noun_at_a_line_break_opens_a_statement(tmp_path: Path) -> None:
    """ "... using only nearby tunnels" / " AR dens -> warm dens": lines of terse notes, each a statement; the
    abbreviation that opens the next line is no word of the object before it."""
    found = lowered(build(tmp_path, "# Notes\n\nautoregressive den - digs next tunnel using only nearby tunnels\n AR dens -> warm dens\n"
                                    "masked den - fills missing tunnels\n"))
    assert not any("ar den" in o and o != "ar den" for _s, _r, o in found), found
    assert any(s == "autoregressive den" for s, _r, _o in found), found


def test_a_table_of_troubles_under_a_heading_that_names_them(tmp_path: Path) -> None:
    """ "## Risks" over "| risk | what it is |": each row is a risk, though "Risks" alone is a label of troubles; "## Ideas"
    over "| idea | why |" still lists no kind (an idea is a remark on the subject)."""
    found = lowered(build(tmp_path, "# Dens\n\n## Risks\n\n| risk | what it is |\n|---|---|\n| moss theft | a badger takes moss |\n"
                                    "| den floods | rain in tunnels |\n\n## Ideas\n\n| idea | why |\n|---|---|\n| moss walls | warm |\n"))
    assert {("moss theft", "isA", "risk"), ("den flood", "isA", "risk")} <= found, found
    assert not any(o == "idea" for _s, _r, o in found), found


def test_the_last_sentence_of_a_paragraph_introduces_the_list_after_it(tmp_path: Path) -> None:
    """ "Once a den is open, badgers use it. 3 main types of den attacks:" over a numbered list, "A slow den is useless. Den
    latency metrics:" over items: the last sentence says what the items are, whatever the sentences before it say; a kind of
    one word the heading ends on ("## Den metrics" / "... Four related metrics:") leaves them to the heading."""
    found = lowered(build(tmp_path, "# Dens\n\nOnce a den is open, badgers use it. 3 main types of den attacks:\n"
                                    "1. **Moss theft:** getting the moss\n2. **Den flooding:** getting the den wet\n\n"
                                    "## Costs\n\nA slow den is useless. Den latency metrics:\n\n- dig time\n- seal time\n\n"
                                    "## Den metrics\n\nBadgers judge dens by depth. Four related metrics:\n\n- moss depth\n- den width\n"))
    assert {("moss theft", "isA", "den attack"), ("den flooding", "isA", "den attack"), ("dig time", "isA", "den latency metric"),
            ("seal time", "isA", "den latency metric"), ("moss depth", "isA", "den metric")} <= found, found
    assert ("moss depth", "isA", "metric") not in found, found


def test_a_label_that_says_what_for_lists_what_is_used_for_it(tmp_path: Path) -> None:
    """ "- for wet dens: MossCam, OakRadar, ElmProbe" under "## Den tools": each is used for wet dens, no kind of wet den;
    "for each den: moss, clay" (a quantifier), "for setts: dig it, seal it" (what to do) and "for moss: MossCam is the
    best" (a clause) use nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools\n\n- for wet dens: MossCam, OakRadar, ElmProbe\n- for each den: moss, clay\n"
                                    "- for setts: dig it, seal it\n- for moss: MossCam is the best one\n"))
    assert {("mosscam", "usedFor", "wet den"), ("oakradar", "usedFor", "wet den"), ("elmprobe", "usedFor", "wet den")} <= found, found
    assert not any(o in ("wet den", "den", "sett", "moss") and r != "usedFor" for _s, r, o in found), found
    assert not any(o in ("den", "sett", "moss") for _s, _r, o in found), found


def test_a_counted_label_of_a_word_for_kinds_and_an_adjective_names_no_kind(tmp_path: Path) -> None:
    """ "8 common categories (wet + dry):" over items names no kind "common" (an adjective, however many); "2 main den
    kinds:" names den kinds."""
    found = lowered(build(tmp_path, "# Notes\n\nBadgers dig - they say so\n8 common categories (wet + dry):\n - digging\n - sealing\n\n"
                                    "Moss keeps dens warm.\n2 main den kinds:\n - sett\n - holt\n"))
    assert not any(o in ("common", "8 common") for _s, _r, o in found), found
    assert {("sett", "isA", "den"), ("holt", "isA", "den")} <= found, found


def test_a_singular_kind_before_examples_labels_its_members(tmp_path: Path) -> None:
    """ "den gate examples: MossGate, OakGate, ElmGate" and "den examples: setts, holts": each item is one of the kind the
    label names in the singular, as "den guard tools examples:" makes them of the plural; "real-world examples: A, B"
    (what the examples are like) names no kind."""
    found = lowered(build(tmp_path, "# Notes\n\nden gate examples: MossGate, OakGate, ElmGate\n\nden examples: setts, holts\n\n"
                                    "real-world examples: MossCam, OakRadar\n"))
    assert {("mossgate", "isA", "den gate"), ("elmgate", "isA", "den gate"), ("sett", "isA", "den"), ("holt", "isA", "den")} <= found, found
    assert not any(s in ("mosscam", "oakradar") for s, _r, _o in found), found


def test_the_object_of_a_gerund_after_a_plural_and_for_is_no_kind_of_the_list(tmp_path: Path) -> None:
    """ "3 metrics for judging your dens: DigRate, MossDepth": metrics, the dens what they judge; no "DigRate isA den"."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den building\n\n3 metrics for judging your dens: DigRate, MossDepth, ClawWear\n"))
    assert not any(o == "den" for _s, _r, o in found), found


def test_a_name_said_to_be_the_kind_is_one_of_it(tmp_path: Path) -> None:
    """ "MossQA is the benchmark for dens": a name said to be "the" thing of a kind is one of it, with no rank to pick it
    out; "The end goal is the den map" (no name) and "MossNet is the answer" (no kind) say nothing of the sort."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\nMossQA is the benchmark for dens.\n\nThe end goal is the den map.\n\n"
                                    "MossNet is the answer.\n"))
    assert ("mossqa", "isA", "benchmark") in found, found
    assert not any(o in ("den map", "answer") for _s, _r, o in found), found


def test_an_item_that_says_who_uses_the_headings_thing_or_what_it_serves(tmp_path: Path) -> None:
    """ "## Moss sealing" / "- supported in DenKit, SettLab" / "- useful for wet dens": said of moss sealing, as an item
    opening on its verb is ("- uses clay"); "- trained on web data" may be of what a line before names, and says nothing."""
    found = lowered(build(tmp_path, "# Notes\n\n## Moss sealing\n\n- supported in DenKit, SettLab, MoleOS\n- useful for wet dens, cold setts\n\n"
                                    "## Clay sealing\n\n- trained on web data\n"))
    assert {("moss sealing", "usedBy", "denkit"), ("moss sealing", "usedBy", "settlab"), ("moss sealing", "usedFor", "wet den")} <= found, found
    assert not any(s == "clay sealing" for s, _r, _o in found), found


def test_a_word_in_small_letters_after_a_name_is_no_other_name_of_it(tmp_path: Path) -> None:
    """ "MossGLM (denese), OakGLM (denese)": what each name is like, in small letters; no other name, so the two stay
    two concepts ("MossNet (mossnet)", the name spelled again, still is one)."""
    graph = build(tmp_path, "# Notes\n\nDen models e.g. MossGLM (denese), OakGLM (denese)\n")
    found = lowered(graph)
    assert {("mossglm", "isA", "den model"), ("oakglm", "isA", "den model")} <= found, found
    assert not any("denese" in graph.aliases(c) for c in graph.concepts(topics=False)), [graph.aliases(c) for c in graph.concepts(topics=False)]


def test_a_maker_in_parentheses_before_a_dash_leaves_the_name_a_term(tmp_path: Path) -> None:
    """ "- MossEval (from Zorp) - only uses clay walls": the maker in parentheses before the dash leaves the name a term,
    as "(Zorp)" alone does: `MossEval developedBy Zorp`, `MossEval uses clay wall`."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den capability\n\nTwo den benchmarks:\n- MossEval (from Zorp) - only uses clay walls\n"
                                    "- OakBench - takes a broader view\n"))
    assert {("mosseval", "isA", "den benchmark"), ("oakbench", "isA", "den benchmark"), ("mosseval", "developedBy", "zorp"),
            ("mosseval", "uses", "clay wall")} <= found, found


def test_two_adjectives_weighed_under_a_heading_of_types_are_the_two_kinds(tmp_path: Path) -> None:
    """ "## 2 types of den models" / "masked vs autoregressive: ..." among terse lines: the two kinds of den model the
    heading sorts, weighed (no concept "masked", no "masked isA den model")."""
    found = lowered(build(tmp_path, "# Notes\n\n## 2 types of den models\nmasked den model - fills missing tunnels\n"
                                    "autoregressive den model - digs the next tunnel\nmasked vs autoregressive: both sides vs left to right\n"))
    assert ("masked den model", "contrastsWith", "autoregressive den model") in found, found
    assert not any("masked" in (s, o) for s, _r, o in found), found


def test_a_counted_class_word_over_names_makes_each_one_of_the_class(tmp_path: Path) -> None:
    """ "Two benchmarks:" over "- MossEval - ..." and "- OakBench - ...": each name is a benchmark (a count makes the class
    word a kind, though "benchmarks" alone may be a verb); "Three metrics:" over "- depth", "- width" stays too vague."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den capability\n\nTwo benchmarks:\n- MossEval - only uses clay walls\n"
                                    "- OakBench - takes a broader view\n\n## Nests\n\nThree metrics:\n- depth\n- width\n"))
    assert {("mosseval", "isA", "benchmark"), ("oakbench", "isA", "benchmark")} <= found, found
    assert not any(o == "metric" for _s, _r, o in found), found


def test_adjectives_after_a_listed_thing_say_what_it_is_like(tmp_path: Path) -> None:
    """ "Den depth is measured with den benchmarks, public or private": what the benchmarks are like, no more things
    measured by; "Dens use moss walls, clay, and wet soil" still lists three."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den depth\n\nDen depth is measured with den benchmarks, public or private.\n\n"
                                    "Dens use moss walls, clay, and wet soil.\n"))
    assert ("den depth", "measuredBy", "den benchmark") in found and ("den", "uses", "clay") in found, found
    assert not any(o in ("public", "private") for _s, _r, o in found), found


def test_a_poor_fit_for_a_thing_is_no_use_for_it(tmp_path: Path) -> None:
    """ "MossQA is a poor fit for open-ended digging": how badly it suits, no use for the digging; "OakQA is a good fit for
    wet dens" still says what it serves."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den tests\n\nMossQA is a poor fit for open-ended digging.\n\n"
                                    "OakQA is a good fit for wet dens.\n"))
    assert ("oakqa", "usedFor", "wet den") in found, found
    assert not any(s == "mossqa" and r == "usedFor" for s, r, _o in found), found


def test_a_word_in_quotes_a_writer_uses_is_no_thing_used(tmp_path: Path) -> None:
    """ 'Brock uses "den model" loosely for any burrow': the word, as a writer uses it; 'MossNet uses "ClayDB" as its
    store' still uses ClayDB."""
    found = lowered(build(tmp_path, '# Notes\n\n## Dens\n\nBrock uses "den model" loosely for any burrow.\n\n'
                                    'MossNet uses "ClayDB" as its store.\n'))
    assert ("mossnet", "uses", "claydb") in found, found
    assert not any(s == "brock" for s, _r, _o in found), found


def test_a_use_case_is_a_noun_and_so_far_no_word_of_a_kind(tmp_path: Path) -> None:
    """ "The main use case of moss is sealing": "use case" is a noun, whatever comes before it (no "main uses case of
    moss"); "Digging is the biggest use case so far": when, no word of the kind."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\nThe main use case of moss is sealing.\n\nDigging is the biggest use case so far.\n"))
    assert ("digging", "isA", "use case") in found, found
    assert not any(r == "uses" or "case of" in o or "so far" in o for _s, r, o in found), found


def test_a_kind_then_who_did_what_with_it_is_the_kind_alone(tmp_path: Path) -> None:
    """ "- **MossPO** = den algo Zorp used for sealing": a kind, then who used it for what; the term is a den algo used for
    sealing, the name aside (no concept "den algo Zorp")."""
    found = lowered(build(tmp_path, "# Notes\n\n## Den care\n\n- **MossPO** = den algo Zorp used for sealing\n"))
    assert {("mosspo", "isA", "den algorithm"), ("mosspo", "usedFor", "sealing")} <= found, found
    assert not any("zorp" in s for s, _r, _o in found), found


def test_what_the_reader_does_in_a_clause_of_its_own_is_no_ones_use(tmp_path: Path) -> None:
    """ "Den depth is hard if you use a spade": what the reader does, no "den depth uses spade"; "MossNet uses clay when it
    rains" still uses clay."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\nDen depth is hard if you use a spade.\n\nMossNet uses clay when it rains.\n"))
    assert ("mossnet", "uses", "clay") in found, found
    assert not any(o == "spade" for _s, _r, o in found), found


def test_use_after_a_preposition_is_a_noun(tmp_path: Path) -> None:
    """ "what to judge: depth and width, ease of use / speed / cost": "use" after "of" is a noun (no "width uses cost")."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\n- what to judge: depth and width, ease of use / speed / cost\n"))
    assert not any(r == "uses" for _s, r, _o in found), found


def test_a_thing_that_adds_latency_or_cost_suffers_from_it(tmp_path: Path) -> None:
    """ "Moss sealing adds latency", "- also adds latency" under a term, "The downside is that retries add latency and cost":
    the thing suffers from what it adds; "Bigger dens increase warmth" (no cost) says nothing of the sort."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\nMoss sealing adds latency.\n\n- **Clay sealing**: seals dens\n  - also adds cost\n\n"
                                    "The downside is that den rebuilds add latency and cost.\n\nBigger dens increase warmth.\n"))
    assert {("moss sealing", "suffersFrom", "latency"), ("clay sealing", "suffersFrom", "cost"), ("den rebuild", "suffersFrom", "latency")} <= found, found
    assert not any(r == "suffersFrom" and o == "warmth" for _s, r, o in found) and not any(s == "downside" for s, _r, _o in found), found


def test_a_plural_the_dictionary_knows_only_as_a_verb_form_in_ies_is_made_singular(tmp_path: Path) -> None:
    """ "Den retries add latency": "retries" is the plural of "retry", though the dictionary knows it only as a verb's form;
    "Moss dens" still "moss den", "series" stays."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\nDen retries add latency.\n\nDen series add cost.\n"))
    assert ("den retry", "suffersFrom", "latency") in found and ("den series", "suffersFrom", "cost") in found, found


def test_two_plurals_after_a_term_are_what_it_takes_in(tmp_path: Path) -> None:
    """ "- **den risk**: floods, foxes": two plurals after a term name what it takes in, as three items or a name did
    ("- **MossCam**: cheap, fast", what it is like, names nothing)."""
    found = lowered(build(tmp_path, "# Notes\n\n## Dens\n\n- **den risk**: floods, foxes\n- **MossCam**: cheap, fast\n"))
    assert {("den risk", "includes", "flood"), ("den risk", "includes", "fox")} <= found, found
    assert not any(s == "mosscam" for s, _r, _o in found), found
