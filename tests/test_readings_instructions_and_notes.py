"""Instructions and the notes around them: an item that tells the reader what to do heads no kind; a maker after "E.g."
or before a semicolon; an example judged by an adjective; a verb that joins a sum; a sum under a heading of another
side of a note's concept; an arrow after a clause; the object of a verb before a colon; a table whose one-word heading
repeats its header; a maker's cell; a diagram's edge that needs or implements; a heading under "Types" alone; a
heading that asks why a thing is hard; a compound whose first noun the tagger takes for a verb; approaches to a thing
over a list; what a thing's functionality includes; a doing's plural that names a class or a trouble; "w/"; a label
after a semicolon; a label of examples, and a description before examples; names in parentheses after a listed plural;
a kind built on a thing; two things that trade off; an aside after two things weighed; a word for weighing before
them; a text encoding named in passing; a definition of what a thing is like and is not; uses of a thing over a list;
two adjectives joined; a verb in the third person and its object; names listed at the end of a definition.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.nouns import keep, noun_phrase
from reading import build, build_files, lowered


def test_an_instruction_over_a_list_names_no_kind_of_its_items(tmp_path: Path) -> None:
    """ "- Check public datasets before digging:" and "- Pick the right tools:" tell the reader what to do: the
    names below are no kind of "check public dataset"; "- Common den tools:" and "- Open den models:" (an
    adjective first) still name the kind of their items."""
    found = lowered(build(tmp_path, "## Sources\n\n- Check public datasets before digging from scratch:\n  - Moss Hub\n  - Badger Sets\n"
                                    "- Pick the right tools:\n  - MossCam\n  - OakRadar\n- Common den tools:\n  - ElmProbe\n  - AshProbe\n"
                                    "- Open den models:\n  - MossNet\n  - OakNet\n"))
    assert {("elmprobe", "isA", "den tool"), ("ashprobe", "isA", "den tool"),
            ("mossnet", "isA", "open den model"), ("oaknet", "isA", "open den model")} <= found, found
    assert not any(o.startswith(("check", "pick")) or s.startswith(("check", "pick")) for s, _r, o in found), found


def test_a_maker_after_e_g_and_before_a_semicolon_is_the_maker_alone(tmp_path: Path) -> None:
    """ "E.g. Zorp's MossSort" names Zorp as MossSort's maker, not "E.g. Zorp"; "(Zorp; Moss, Clay)" after a name
    is its maker, then what it serves: Zorp alone."""
    found = lowered(build(tmp_path, "# Dens\n\n- sett sorter: takes a den and outputs a score. E.g. Zorp's MossSort, 3M params.\n"
                                    "- den kits: MossCam (Zorp; Moss, Clay), OakRadar (Brockco)\n"))
    assert {("mosssort", "developedBy", "zorp"), ("mosscam", "developedBy", "zorp"), ("oakradar", "developedBy", "brockco")} <= found, found
    assert not any(o.startswith("e.g") or ";" in o for _s, _r, o in found), found


def test_an_example_judged_by_an_adjective_is_no_example_of_the_adjective(tmp_path: Path) -> None:
    """ "MossDen is the best known example", "OakDen is a classic example": how good an example, not of what;
    "AshDen is a digging example" is still an example of digging."""
    found = lowered(build(tmp_path, "# Dens\n\nMossDen is the best known example.\n\nOakDen is a classic example.\n\n"
                                    "ElmDen is a real-world example.\n\nAshDen is a digging example.\n"))
    assert ("ashden", "exampleOf", "digging") in found, found
    assert not {o for s, r, o in found if s in ("mossden", "oakden", "elmden")}, found


def test_a_verb_that_joins_a_sum_leaves_its_parts_and_another_verb_no_sum(tmp_path: Path) -> None:
    """ "- [[MossDig]] — interleaves digging + sealing": what the verb joins are MossDig's parts, no concept
    "interleaves digging"; "splits dens into tunnels + chambers" says what it produces, no parts; "uses moss + clay"
    what it uses."""
    graph = build_files(tmp_path, {"Den care.md": "# Den care\n\nDen care = keeping a den dry.\n\n## Examples\n"
                                                  "- [[MossDig]] — interleaves digging + sealing\n"
                                                  "- [[OakDig]] — splits dens into tunnels + chambers\n- [[AshDig]] — uses moss + clay\n",
                                   "MossDig.md": "MossDig is a den tool.\n"})[1]
    found = lowered(graph)
    assert {("mossdig", "contains", "digging"), ("mossdig", "contains", "sealing"), ("oakdig", "produces", "tunnel"),
            ("ashdig", "uses", "moss")} <= found, found
    assert not any(o.startswith(("interleaves", "splits")) for _s, _r, o in found), found


def test_a_sum_in_a_note_under_a_heading_of_another_side_lists_no_parts(tmp_path: Path) -> None:
    """ "Den.md" / "- moss + clay" lists what a den is made of, and so does a sum under "## Parts"; under "## Why dens
    are hard", "- cost + damp" are troubles, no parts of the den."""
    graph = build_files(tmp_path, {"Den.md": "# Den\n\nA den is a warm hole.\n\n- moss + clay\n\n## Why dens are hard\n- cost + damp\n\n"
                                             "## Parts\n- tunnel + chamber\n",
                                   "Sett.md": "A sett is a big [[Den]].\n"})[1]
    found = lowered(graph)
    assert {("den", "contains", "moss"), ("den", "contains", "clay"), ("den", "contains", "tunnel")} <= found, found
    assert not {("den", "contains", "cost"), ("den", "contains", "damp")} & found, found


def test_an_arrow_after_a_clause_says_what_comes_of_it_and_lists_nothing(tmp_path: Path) -> None:
    """ "den depth is a distribution → report percentiles (p50, p90), avg hides outliers": what to do, no kinds of den
    depth; "MossCam uses sound → finds tunnels, maps": what it does with the sound, which is all it uses; a label before
    an arrow still lists ("den tools → MossCam, OakRadar")."""
    found = lowered(build(tmp_path, "# Dens\n\n- den depth is a distribution → report percentiles (p50, p90), avg hides outliers\n"
                                    "- MossCam uses sound → finds tunnels, maps\n- den tools → MossCam, OakRadar\n"))
    assert {("den depth", "isA", "distribution"), ("mosscam", "uses", "sound"), ("oakradar", "isA", "den tool")} <= found, found
    assert not any(o.startswith(("report", "avg")) for _s, _r, o in found) and ("mosscam", "uses", "map") not in found, found


def test_the_object_of_a_verb_before_a_colon_is_no_kind_of_the_list(tmp_path: Path) -> None:
    """ "ways to dig big dens: A, B" lists ways, and "the methods used to inspect open-ended dens: A, B" methods: no item
    is a big den; "Den tools: MossCam, OakRadar" still lists den tools."""
    found = lowered(build(tmp_path, "# Dens\n\nThe chapter covers ways to train big den models: moss digging, clay digging and root digging.\n\n"
                                    "The chapter covers the methods used to inspect open-ended den models: moss probing, clay testing and root radar.\n\n"
                                    "Den tools: MossCam, OakRadar.\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool")} <= found, found
    assert not any(o in ("big den model", "open-ended den model") for _s, _r, o in found), found


def test_a_table_whose_one_word_heading_repeats_its_header_holds_that_kind(tmp_path: Path) -> None:
    """ "## Blockages!!" over "| blockage |" (a bold caption between them) makes each row a blockage, as "## Den blockages"
    over "| blockage |" did; a maker's cell "Zorp (Z1, Z2), Brockco (B7)" names two makers, the products in parentheses
    none of them; "## Den outputs" over "| technique |" lists ways to den outputs, none of them one."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den sensors\n\n| gadget | type | made by | note |\n|---|---|---|---|\n"
                                    "| MossCam | moss camera | Zorp (Z1, Z2), Brockco (B7) | common |\n| OakRadar | radar | Brockco | rare |\n\n"
                                    "## Blockages!!\n\n**clay-bound vs root-bound**\n\n| blockage | what it is | fix |\n|---|---|---|\n"
                                    "| clay-bound | time limited by clay | more claws |\n| root-bound | time limited by roots | saws |\n\n"
                                    "## Den outputs\n\n| technique | what it is |\n|---|---|\n| moss packing | pack moss in |\n| clay packing | pack clay in |\n"))
    assert {("mosscam", "developedBy", "zorp"), ("mosscam", "developedBy", "brockco"), ("clay-bound", "isA", "blockage"),
            ("root-bound", "isA", "blockage")} <= found, found
    assert not any(o.startswith(("z1", "b7", "zorp (", "blockages")) or o == "den output" for _s, _r, o in found), found


def test_a_diagram_edge_that_needs_or_implements_says_what_it_uses(tmp_path: Path) -> None:
    """ "MD -->|needs| CL" and "OR -->|implements| EM" state what the source uses; "EM -->|lowers| DC" says how the two go
    together in words the graph cannot hold: nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n```mermaid\nflowchart LR\n  MD[MossDig] -->|needs| CL[clay]\n"
                                    "  OR[OakRadar] -->|implements| EM[echo map]\n  EM -->|lowers| DC[dig cost]\n```\n"))
    assert {("mossdig", "uses", "clay"), ("oakradar", "uses", "echo map")} <= found, found
    assert not any(o == "dig cost" for _s, _r, o in found), found


def test_a_heading_under_types_alone_is_a_kind_of_the_heading_above_or_of_the_note(tmp_path: Path) -> None:
    """ "# Den digging" / "## Types" / "### Moss digging": a kind of den digging, "### Claw-based" one named by its
    adjective ("claw-based den digging"); in a vault's "Den failures.md" with no title heading, "## Types" / "### Clay
    failures" gives kinds of the note's concept; "### Examples" under "## Types" is no kind."""
    graph = build_files(tmp_path, {"Den digging.md": "# Den digging\n\nDen digging is making a hole.\n\n## Types\n### Claw-based\n"
                                                     "With claws.\n### Moss digging\nIn moss.\n### Examples\n- OakDig\n",
                                   "Den failures.md": "Ways a [[Den digging|dig]] fails.\n\n## Types\n### Clay failures\n- wet clay\n"
                                                      "### Moss failures\n- moss rot\n"})[1]
    found = lowered(graph)
    assert {("moss digging", "isA", "den digging"), ("claw-based den digging", "isA", "den digging"),
            ("clay failure", "isA", "den failure"), ("moss failure", "isA", "den failure")} <= found, found
    assert not any(s in ("example", "examples", "claw-based") for s, _r, _o in found), found


def test_a_heading_that_asks_why_a_thing_is_hard_lists_its_troubles(tmp_path: Path) -> None:
    """ "## Why dens are hard" over items: the den suffers from each, and from each part of a sum ("- cost + damp"), as
    under "## Cons"; "## Why dens are warm" lists no troubles."""
    found = lowered(build(tmp_path, "# Dens\n\nA den is a warm hole.\n\n## Why dens are hard\n- wet walls\n- cost + damp\n\n"
                                    "## What makes setts tricky?\n- root rot\n\n## Why dens are warm\n- thick moss\n"))
    assert {("den", "suffersFrom", "wet wall"), ("den", "suffersFrom", "cost"), ("den", "suffersFrom", "damp"),
            ("sett", "suffersFrom", "root rot")} <= found, found
    assert not any(o == "thick moss" for _s, r, o in found if r == "suffersFrom"), found


def test_a_compound_whose_first_noun_the_tagger_takes_for_a_verb_is_still_an_item_of_its_kind(tmp_path: Path) -> None:
    """ "## Den metrics" over "2. dig rate": a noun before a noun no verb takes bare, one of the metrics as "moss depth"
    is; "3. boost den warmth" (three words, an instruction) is none."""
    found = lowered(build(tmp_path, "## Den metrics\n\nMost badgers are judged with moss depth. Four related metrics:\n\n"
                                    "1. moss depth\n2. dig rate\n3. boost den warmth\n4. den width\n"))
    assert {("moss depth", "isA", "den metric"), ("dig rate", "isA", "den metric"), ("den width", "isA", "den metric")} <= found, found
    assert not any(s.startswith("boost") for s, _r, _o in found), found


def test_approaches_to_a_thing_over_a_list_are_ways_within_it(tmp_path: Path) -> None:
    """ "Two approaches to exact den care for wet dens:" over items: each is within exact den care's scope (what the
    "for" narrows is none of it); "Two ways to seal dens:" says what to do, of no thing named."""
    found = lowered(build(tmp_path, "# Dens\n\nTwo approaches to exact den care for wet dens:\n1. moss packing\n2. clay packing\n\n"
                                    "Two ways to seal dens:\n1. root weaving\n2. leaf stuffing\n"))
    assert {("exact den care", "includes", "moss packing"), ("exact den care", "includes", "clay packing")} <= found, found
    assert not any(o in ("root weaving", "leaf stuffing") for _s, r, o in found if r == "includes"), found


def test_what_a_thing_s_functionality_includes_the_thing_includes(tmp_path: Path) -> None:
    """ "Den gate functionality includes:", "The features of a sett include:", "Sett features include:" over items: the
    gate, the sett includes each; no concept "den gate functionality" nor a name "Sett"."""
    graph = build(tmp_path, "# Dens\n\nA den gate is a door. Den gate functionality includes:\n\n* scent check (sniff visitors)\n"
                            "* mud control and root trimming\n\nThe features of a sett include:\n- moss bedding\n- air holes\n\n"
                            "Sett features include:\n- dry walls\n")
    found = lowered(graph)
    assert {("den gate", "includes", "scent check"), ("den gate", "includes", "root trimming"), ("sett", "includes", "moss bedding"),
            ("sett", "includes", "dry wall")} <= found, found
    assert not any(s.endswith(("functionality", "feature")) for s, _r, _o in found), found
    assert "Sett" not in {graph.label(c) for c in graph.concepts(topics=False)}


def test_a_doing_s_plural_that_names_a_class_or_a_trouble_lists_its_kinds(tmp_path: Path) -> None:
    """ "- digging failures: A, B" and "- digging tools: A, B": each is one of them, as "planning failures" were ("querying
    dens: by scent" stays a doing); "w/" is "with", no pair of words set side by side ("right spot w/ wrong depth" is no
    "wrong depth")."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den failure modes\n- digging failures: wrong spot, right spot w/ wrong depth, goal failure\n"
                                    "- digging tools: MossPick, ClayRake\n"))
    assert {("wrong spot", "isA", "digging failure"), ("goal failure", "isA", "digging failure"), ("mosspick", "isA", "digging tool"),
            ("clayrake", "isA", "digging tool")} <= found, found
    assert not any("wrong depth" in s or s.endswith(" w") for s, _r, _o in found), found


def test_a_label_after_a_semicolon_opens_a_list_of_its_own(tmp_path: Path) -> None:
    """ "- den benchmarks: DenEval, MossPP; den-to-map benchmarks: Spider, BIRD-Den": two lists, each of its kind; MossPP
    is a den benchmark though a second label follows it."""
    found = lowered(build(tmp_path, "# Dens\n\n- den benchmarks: DenEval, MossPP; den-to-map benchmarks: Spider, BIRD-Den\n"))
    assert {("deneval", "isA", "den benchmark"), ("mosspp", "isA", "den benchmark"), ("spider", "isA", "den-to-map benchmark"),
            ("bird-den", "isA", "den-to-map benchmark")} <= found, found


def test_a_label_of_examples_and_a_description_before_examples_list_members(tmp_path: Path) -> None:
    """ "den guard tools examples: A, B" lists den guard tools, as "den guard tools: A, B" does; "sett models: small + fast,
    e.g. MossNet, OakNet" says what they are like, then names them: each a sett model; "den examples: setts, holts" (a
    word alone in the singular) lists nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nden guard tools examples: MossGuard (Zorp), Purple Den (Brockco), PyDen, Scent API\n\n"
                                    "sett models: small + fast, e.g. MossNet, OakNet, Elm 7B\n"))
    assert {("mossguard", "isA", "den guard tool"), ("purple den", "isA", "den guard tool"), ("mossguard", "developedBy", "zorp"),
            ("mossnet", "isA", "sett model"), ("elm 7b", "isA", "sett model")} <= found, found
    assert not any(o.endswith("example") or s in ("small", "fast") for s, _r, o in found), found


def test_names_in_parentheses_after_a_listed_plural_are_its_members(tmp_path: Path) -> None:
    """ "den places: setts (MossSett, OakSett, Holt), burrows": each name one of the setts, as "(e.g. ...)" says; common
    words in parentheses ("walls (clay, moss)") name no members."""
    found = lowered(build(tmp_path, "# Dens\n\nden places: setts (MossSett, OakSett, Holt), the burrow, a hollow for a fox\n\n"
                                    "den parts: walls (clay, moss), roofs\n"))
    assert {("mosssett", "isA", "sett"), ("holt", "isA", "sett"), ("sett", "isA", "den place")} <= found, found
    assert not any(o == "wall" for _s, r, o in found if r == "isA"), found


def test_a_kind_built_on_a_thing_uses_it(tmp_path: Path) -> None:
    """ "- MossBot - den agent built on top of OakNet" and "ElmBot: a den agent built upon OakNet": the agent uses OakNet,
    as "is built on top of" says; "based on" stays unread ("predictions based on scents" says how, not what is used)."""
    found = lowered(build(tmp_path, "# Dens\n\n- MossBot (Yang et al., 2024) - den agent built on top of OakNet\n"
                                    "- **ElmBot**: a den agent built upon OakNet\n- den guesses = predictions based on scents\n"))
    assert {("mossbot", "isA", "den agent"), ("mossbot", "uses", "oaknet"), ("elmbot", "uses", "oaknet")} <= found, found
    assert not any(o == "scent" for _s, r, o in found if r == "uses"), found


def test_two_things_that_trade_off_are_set_against_each_other(tmp_path: Path) -> None:
    """ "But den depth and den width trade off against each other" and "There's a trade-off between den warmth and
    airflow": each is gained at the other's cost, set against it; "Den depth and den width grow" sets nothing."""
    found = lowered(build(tmp_path, "# Dens\n\nBut den depth and den width trade off against each other, for example in clay.\n\n"
                                    "There's a trade-off between den warmth and airflow: moss adds warmth.\n\nMoss depth and moss width grow.\n"))
    assert {("den depth", "contrastsWith", "den width"), ("den warmth", "contrastsWith", "airflow")} <= found, found
    assert not any(r == "contrastsWith" and s.startswith("moss") for s, r, _o in found), found


def test_an_aside_after_two_things_weighed_is_no_word_of_them(tmp_path: Path) -> None:
    """ "- moss-centric vs clay-centric den care (DenComp)": the two kinds of den care set against each other, the
    parenthesis an aside; "## Masked vs Autoregressive (Den Model)" still shares the head in parentheses."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss-centric vs clay-centric den care (DenComp)\n\n## Masked vs Autoregressive (Den Model)\n"))
    assert {("moss-centric den care", "contrastsWith", "clay-centric den care"),
            ("masked den model", "contrastsWith", "autoregressive den model")} <= found, found
    assert not any("dencomp" in s or "dencomp" in o for s, _r, o in found), found


def test_a_word_for_weighing_before_two_things_is_no_word_of_the_first(tmp_path: Path) -> None:
    """ "- tradeoff depth vs width: deeper dens -> narrower", "- comparison of moss vs clay: ...": depth and width, moss and
    clay, set against each other; no concept "tradeoff depth"."""
    found = lowered(build(tmp_path, "# Dens\n\n- tradeoff depth vs width: deeper dens -> narrower\n- comparison of moss vs clay: moss is soft\n"))
    assert {("depth", "contrastsWith", "width"), ("moss", "contrastsWith", "clay")} <= found, found
    assert not any(s.startswith(("tradeoff", "comparison")) for s, _r, _o in found), found


def test_a_text_encoding_is_no_model_named_in_passing(tmp_path: Path) -> None:
    """ "counts bits per UTF-8 byte ..., as MossNet-2 reads it": MossNet-2 is a model named in passing, related to the
    entry; UTF-8 is a format of text, as FP32 is one of numbers, and no concept."""
    graph = build(tmp_path, "# Dens\n\n**Den bits** counts bits per UTF-8 byte of a den log, as MossNet-2 reads it.\n")
    found = lowered(graph)
    assert ("mossnet-2", "relatedTo", "den bit") in found or ("mossnet-2", "relatedTo", "den bits") in found, found
    assert not any("utf" in s or "utf" in o for s, _r, o in found), found


def test_a_definition_that_says_what_a_thing_is_like_and_is_not_lists_nothing_it_takes_in(tmp_path: Path) -> None:
    """ "- **MossCam:** general purpose, few big lenses, not great at night": what the camera is like, and is not: no
    part "big lens" nor kind "general purpose" (a purpose says how it serves); "- **Den care:** sweeping, lining and
    sealing" still lists what den care takes in."""
    found = lowered(build(tmp_path, "# Dens\n\n- **MossCam:** general purpose, few big lenses, not great at night\n"
                                    "- **OakCam:** continuous frames, trainable, not human-readable\n- **Den care:** sweeping, lining and sealing\n"))
    assert {("den care", "includes", "sweeping"), ("den care", "includes", "sealing")} <= found, found
    assert not any(s in ("mosscam", "oakcam") for s, _r, _o in found), found


def test_uses_of_a_thing_over_a_list_are_what_it_is_used_for(tmp_path: Path) -> None:
    """ "Uses of moss the author lists:" over items: moss is used for each, a labelled item by its label ("den sealing:
    moss closes holes"); "Parts of moss:" is no list of uses."""
    found = lowered(build(tmp_path, "# Dens\n\nUses of moss the author lists:\n- den sealing: moss closes holes\n- nest lining\n\n"
                                    "Parts of a den:\n- moss bed\n"))
    assert {("moss", "usedFor", "den sealing"), ("moss", "usedFor", "nest lining")} <= found, found
    assert not any(r == "usedFor" and o == "moss bed" for _s, r, o in found), found


def test_two_adjectives_joined_name_no_concept(tmp_path: Path) -> None:
    """ "in-moss = fast but limited, also MossDB, root storage": "fast but limited" says what it is like, no concept nor
    member; "input and output" (two nouns) still names things."""
    graph = build(tmp_path, "# Dens\n\n- in-moss = fast but limited, also MossDB, root storage\n- **Den gates:** cheap and fast\n")
    labels = {graph.label(c) for c in graph.concepts(topics=False)}
    assert not {"fast but limited", "cheap and fast"} & labels, labels


def test_a_verb_in_the_third_person_and_its_object_name_no_concept(tmp_path: Path) -> None:
    """ "- wrong tool, e.g. calls mole_search when it's not in the kit" and "cons: ..., misses dens that ...": a verb and
    its object, no example or trouble named; "tools list", "parts list" (a plural before a noun) still name things."""
    graph = build(tmp_path, "# Dens\n\n- wrong tool, e.g. calls mole_search when it's not in the kit\n"
                            "- **Scent search** - cons: scent match != depth, misses dens that smell different\n")
    labels = {graph.label(c) for c in graph.concepts(topics=False)}
    assert not any(label.startswith(("calls", "misses")) for label in labels), labels
    assert keep(noun_phrase("tools list")) and keep(noun_phrase("parts list"))


def test_names_listed_at_the_end_of_a_definition_are_kinds_of_the_term(tmp_path: Path) -> None:
    """ "**moss sealing** — seal further to match the season, usually w/ moss: MossFix (Zorp 2), ClayFix, RootFix": named
    ways of moss sealing, each one of it, as "- **moss sealing**: MossFix, ClayFix" gives them; no "moss sealing includes"."""
    found = lowered(build(tmp_path, "# Dens\n\n2. **moss sealing** — seal further to match the season, usually w/ moss: "
                                    "MossFix (Zorp 2), ClayFix (Zorp 3), RootFix (maybe Brockco)\n"))
    assert {("mossfix", "isA", "moss sealing"), ("clayfix", "isA", "moss sealing"), ("rootfix", "isA", "moss sealing")} <= found, found
    assert not any(r == "includes" for _s, r, _o in found), found
