"""Labels and the lists they head: two names after a plural term with only a comma between them; a one-word doing
sorted into the names it lists; an item named with its aside before an arrow over names with citations; a name in
parentheses after an expansion; "Steps:" alone under a heading; a question's label in a heading and an answer's on the
paragraph below; a heading of things "to know", or one that asks only by naming ("Den tool categories?"); counted
"ones"; a citation linked inside a sentence; an item that says how common a thing is; settings counted or sized after
a name; a maker's name and a comma after a term's dash; a heading of two kinds side by side; a label alone on a
paragraph's last line; a kind and its maker after a name; a sum after a remark; the entry's words before a noun of their
own; ways in parentheses after what a scope does; a count that opens an answer; a remark in parentheses at a
heading's end; a plus between names in a list; what a thing works for; what a label calls the opposite.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.sentences import sentences
from reading import build, lowered


def test_two_names_after_a_plural_term_with_a_comma_are_two_of_it(tmp_path: Path) -> None:
    """ "- **Den benchmarks**: MossBench, OakBench" says what "MossBench and OakBench" after it says: each is one;
    after a singular term two names are each one of it, as before; two common words are a remark ("right den,
    wrong moss"), none of them a den failure."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den benchmarks**: MossBench, OakBench\n- **Burrow tools:** ClayPick, RootSpade.\n"
                                    "- **Den camera**: MossCam, OakCam\n- **Den failures**: right den, wrong moss (e.g. soggy)\n"))
    assert {("mossbench", "isA", "den benchmark"), ("oakbench", "isA", "den benchmark"),
            ("claypick", "isA", "burrow tool"), ("rootspade", "isA", "burrow tool")} <= found, found
    assert {("mosscam", "isA", "den camera"), ("oakcam", "isA", "den camera")} <= found, found
    assert not any(o == "den failure" for _s, _r, o in found), found


def test_a_doing_of_one_word_is_sorted_into_the_names_it_lists(tmp_path: Path) -> None:
    """ "- digging: MossDig, clay scraping": a doing named by one word, listing a name, lists its kinds, each one
    of it; a doing with its object ("- managing moss: MossKeep, claying") holds ways within it, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n- digging: MossDig, clay scraping\n- managing moss: MossKeep, claying\n"))
    assert {("mossdig", "isA", "digging"), ("clay scraping", "isA", "digging")} <= found, found
    assert {("managing moss", "includes", "mosskeep"), ("managing moss", "includes", "claying")} <= found, found


def test_an_item_named_with_its_aside_before_an_arrow_heads_the_names_below(tmp_path: Path) -> None:
    """ "- DMs (den maps) -> show tunnels" over "  - MossMap (Brock et al 2021)", "  - ClayMap (Kim & Lee 2023) -> scales
    to big setts": the item names den maps, another name in its aside, and each name below is one, with its citation
    and what an arrow says of it set aside; a letter with a formula ("- W (n x m) -> W' = W + A") names nothing."""
    graph = build(tmp_path, "# Dens\n\n- DMs (den maps) -> show tunnels\n  - MossMap (Brock et al 2021)\n  - OakMap (2022)\n"
                            "  - ClayMap (Kim & Lee 2023) -> scales to big setts\n\n- W (n x m) -> W' = W + A\n  - W frozen\n")
    found = lowered(graph)
    assert {("mossmap", "isA", "dm"), ("oakmap", "isA", "dm"), ("claymap", "isA", "dm")} <= found, found
    assert "den maps" in {a.casefold() for a in graph.aliases(graph.resolve("DM"))}
    labels = {graph.label(c).casefold() for c in graph.concepts(topics=False)} | {a.casefold() for c in graph.concepts(topics=False) for a in graph.aliases(c)}
    assert not labels & {"w", "n x m"}, labels


def test_a_name_in_parentheses_after_an_expansion_is_no_other_name(tmp_path: Path) -> None:
    """ "- DSM - Den Sealing Method (Moss 2)": the words spell out DSM; "Moss 2" after them is a thing of its own (one
    that uses the method), no third name of it; "Den Sealing Method (DSM)" still gives the short name."""
    graph = build(tmp_path, "# Dens\n\n- DSM - Den Sealing Method (Moss 2)\n- **Burrow Radar Kit (BRK)**: a radar for dens\n")
    assert {a.casefold() for a in graph.aliases(graph.resolve("DSM"))} == {"den sealing method"}
    assert "brk" in {a.casefold() for a in graph.aliases(graph.resolve("burrow radar kit"))}


def test_a_line_that_names_parts_alone_lists_the_parts_of_the_heading_s_concept(tmp_path: Path) -> None:
    """ "## Den building" / "Steps:" over "1. digging", "2. sealing": the den building's steps, as "Two steps:" counts them;
    "Tips:" names no parts."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den building\n\nSteps:\n1. digging\n2. sealing\n\n## Den care\n\nTips:\n1. mossing\n2. airing\n"))
    assert {("den building", "contains", "digging"), ("den building", "contains", "sealing")} <= found, found
    assert not any(s == "den care" and r == "contains" for s, r, _o in found), found


def test_a_question_labelled_in_a_heading_is_answered_by_the_paragraph_labelled_below(tmp_path: Path) -> None:
    """ "### Q: What is a sett?" / "A: A den with many tunnels.": the labels are markup, the answer says what a sett is,
    as under "### What is a sett?"; a question for parts names the whole without its question mark."""
    graph = build(tmp_path, "# Dens\n\n### Q: What is a sett?\nA: A den with many tunnels.\n\n### Question: What is a burrow?\n"
                            "A: A den dug by the badger itself.\n\n### Q: Components of a den system?\nA: Two parts:\n"
                            "- digger — digs the tunnels\n- sealer — closes them\n")
    found = lowered(graph)
    assert {("sett", "isA", "den"), ("burrow", "isA", "den"), ("den system", "contains", "digger")} <= found, found
    assert not any("?" in graph.label(c) or graph.label(c).startswith("component") for c in graph.concepts(topics=False))
    assert not any(graph.label(c).startswith(("Q:", "Question:")) for c in graph.concepts(topics=True))  # a topic keeps its question


def test_a_heading_of_things_to_know_names_what_its_list_holds(tmp_path: Path) -> None:
    """ "### Den tools to know?" over "- MossCam (Moss Labs) — films the den from inside": each a den tool, as under
    "### Den tools", however long what the item says of it."""
    found = lowered(build(tmp_path, "# Dens\n\n### Den tools to know?\n- MossCam (Moss Labs) — films the den from inside\n"
                                    "- OakRadar — Zorp Labs, finds tunnels under roots\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool"), ("mosscam", "developedBy", "moss labs")} <= found, found


def test_counted_ones_over_a_list_under_a_heading_are_kinds_of_what_the_heading_names(tmp_path: Path) -> None:
    """ "## Den sealing" / "3 main ones:" / "* **mossing** - close with moss": the ones counted are den sealings, as
    "Three main kinds:" says."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den sealing\n3 main ones:\n* **mossing** - close with moss\n"
                                    "* **claying** - close with clay\n"))
    assert {("mossing", "isA", "den sealing"), ("claying", "isA", "den sealing")} <= found, found


def test_a_citation_linked_inside_a_sentence_is_no_concept(tmp_path: Path) -> None:
    """ "* **mossing** - close the den with moss. [Brock et al. 2015](https://x.org/1)": the paper is whose the term is,
    no concept of its own and no kind of mossing."""
    graph = build(tmp_path, "# Dens\n\n## Den sealing\n3 main ones:\n* **mossing** - close the den with moss. "
                            "[Brock et al. 2015](https://x.org/1)\n* **claying** - close it with clay\n")
    labels = {graph.label(c) for c in graph.concepts(topics=False)}
    assert "Brock et al. 2015" not in labels and ("mossing", "developedBy", "brock et al.") in lowered(graph), labels


def test_an_item_that_says_how_common_a_thing_is_names_nothing(tmp_path: Path) -> None:
    """ "  - less common in practice: harder to do" under "**moss sealing** - two meanings:": how much so, no meaning
    of moss sealing and no concept; a kind named by its adjective alone ("  - parallel") is still one."""
    graph = build(tmp_path, "# Dens\n\n* **moss sealing** - two meanings:\n    1. fill the gaps with moss\n"
                            "  - less common in practice: harder to do\n\n## Den digging styles\n- sequential\n- parallel\n")
    assert "less common" not in {graph.label(c) for c in graph.concepts(topics=False)}
    assert ("parallel", "isA", "den digging style") in lowered(graph), lowered(graph)


def test_settings_counted_or_sized_after_a_name_are_no_kinds_of_it(tmp_path: Path) -> None:
    """ "- **MossNet**: 12 layers, dim 512, vocab 32K": what the model is set to, neither kinds nor parts of it; names
    that carry a version ("Moss 2, Oak 3.5, Elm-4") are still listed as ones of their kind."""
    found = lowered(build(tmp_path, "# Dens\n\n- **MossNet**: 12 layers, dim 512, vocab 32K, context 4K\n"
                                    "- **Den models**: Moss 2, Oak 3.5, Elm-4\n"))
    assert not any(s == "mossnet" or o == "mossnet" for s, _r, o in found), found
    assert {("moss 2", "isA", "den model"), ("oak 3.5", "isA", "den model"), ("elm-4", "isA", "den model")} <= found, found


def test_a_maker_then_what_it_is_after_a_dash_are_both_of_the_term(tmp_path: Path) -> None:
    """ "- OakRadar - Zorp Labs, radar for dens, uses sound": Zorp Labs made it, and the radar and its use are the
    OakRadar's, no sound used by Zorp Labs; "RNN-based" before a comma is what a thing is like, no maker."""
    found = lowered(build(tmp_path, "# Dens\n\n- OakRadar - Zorp Labs, radar for dens, uses sound\n"
                                    "- MossNet - RNN-based, can be trained in parallel\n"))
    assert {("oakradar", "developedBy", "zorp labs"), ("oakradar", "isA", "radar"), ("oakradar", "uses", "sound")} <= found, found
    assert not any(s == "zorp labs" for s, _r, _o in found) and not any(o == "rnn-based" for _s, _r, o in found), found


def test_a_heading_of_two_kinds_side_by_side_makes_no_item_one_of_them(tmp_path: Path) -> None:
    """ "## Den tools & methods" over "- MossCam, OakRadar": no item is a "den tools & method"; under "## Den tools" each is
    one, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools & methods\n- MossCam, OakRadar\n\n## Den tools\n- ElmScope, AshProbe\n"))
    assert not any("&" in o for _s, _r, o in found), found
    assert {("elmscope", "isA", "den tool"), ("ashprobe", "isA", "den tool")} <= found, found


def test_a_label_alone_on_the_last_line_of_an_entry_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    """ "**digger** - tool optimized for a specific den (made of Moss, Clay)" / "common shapes:": the label opens the list
    below, no words of the entry's sentence ("den common shape"); a hard-wrapped line that ends on "the" goes on."""
    graph = build(tmp_path, "# Dens\n\n**digger** - tool optimized for a specific den (made of Moss, Clay)\ncommon shapes:\n"
                            "* round digger - digs round\n* long digger - digs long\n")
    assert {("digger", "usedFor", "den"), ("round digger", "isA", "digger")} <= lowered(graph), lowered(graph)
    assert not any("common shape" in graph.label(c) for c in graph.concepts(topics=False))
    assert [s for _o, s in sentences("dens are dug by the\nfollowing:")] == ["dens are dug by the following:"]


def test_a_heading_that_asks_by_naming_reads_as_the_words_it_names(tmp_path: Path) -> None:
    """ "### Q: Den tool categories?" over "1. den sensing — MossCam, soil probe": the question mark only prompts the
    reader to recall, so the heading names den tool categories, as "### Den tool categories" would: den sensing is one,
    and what its item lists is of it; "### What is a sett?" still asks, and "### Clay or moss?" still weighs two."""
    found = lowered(build(tmp_path, "# Dens\n\n### Q: Den tool categories?\n1. den sensing — MossCam, soil probe, root radar\n"
                                    "2. den sealing — clay pack, moss plug\n\n### What is a sett?\nA den with many tunnels.\n\n### Clay or moss?\nText.\n"))
    assert {("den sensing", "isA", "den tool"), ("mosscam", "isA", "den sensing"), ("soil probe", "isA", "den sensing"),
            ("den sealing", "isA", "den tool"), ("sett", "isA", "den"), ("clay", "contrastsWith", "moss")} <= found, found


def test_a_kind_and_its_maker_after_a_name_are_both_of_it(tmp_path: Path) -> None:
    """ "- **MossChat:** multi-turn den dataset, made by badgers": a den dataset, whose makers are the badgers, though the
    dictionary lacks "dataset"; "- **OakNet:** Meta" is still only its maker."""
    found = lowered(build(tmp_path, "# Dens\n\n- **MossChat:** multi-turn den dataset, made by badgers\n- **OakNet:** Meta\n"))
    assert {("mosschat", "isA", "multi-turn den dataset"), ("mosschat", "developedBy", "badger"), ("oaknet", "developedBy", "meta")} <= found, found
    assert not any(s == "oaknet" and r == "isA" for s, r, _o in found), found


def test_a_sum_after_a_remark_lists_the_parts_of_what_it_equals(tmp_path: Path) -> None:
    """ "before that: sett (1990) = clay den + moss den": the sett's parts, the remark before the colon no word of it;
    "Plus more moss = more heat + damp" says what follows, no parts."""
    found = lowered(build(tmp_path, "# Dens\n\nbefore that: sett (1990) = clay den + moss den\n\n"
                                    "Dens are warm in winter. Plus more moss = more heat + damp.\n"))
    assert {("sett", "contains", "clay den"), ("sett", "contains", "moss den")} <= found, found
    assert not any(r == "contains" and s != "sett" for s, r, _o in found), found


def test_the_entry_s_words_before_a_noun_of_their_own_name_another_thing(tmp_path: Path) -> None:
    """ "**Digging** is slow. Digging memory = moss + clay.": the memory is made of moss and clay, not the digging; "Digging
    uses claws" is still the entry's."""
    found = lowered(build(tmp_path, "# Dens\n\n**Digging** is slow. Digging memory = moss + clay. Digging uses claws.\n"))
    assert {("digging memory", "contains", "moss"), ("digging", "uses", "claw")} <= found, found
    assert ("digging", "contains", "moss") not in found, found


def test_ways_in_parentheses_after_what_a_scope_does_are_within_it(tmp_path: Path) -> None:
    """ "- **den care** - keep dens dry (airing, sweeping)": the ways of keeping them dry are den care's; after a noun
    ("log all variables of a den (depth, width, moss)") the parentheses name examples of the noun, no ways."""
    found = lowered(build(tmp_path, "# Dens\n\n- **den care** - keep dens dry (airing, sweeping)\n"
                                    "- **den log** - log all variables of a den (depth, width, moss)\n"))
    assert {("den care", "includes", "airing"), ("den care", "includes", "sweeping")} <= found, found
    assert not any(s == "den log" and r == "includes" for s, r, _o in found), found


def test_a_count_that_opens_an_answer_is_no_word_of_what_it_names(tmp_path: Path) -> None:
    """ "### Q: what are the main den tools?" / "A: Three: MossCam, OakRadar, ElmProbe.": each a den tool, as the answer
    without its count says."""
    found = lowered(build(tmp_path, "# Dens\n\n### Q: what are the main den tools?\nA: Three: MossCam, OakRadar, ElmProbe. "
                                    "MossCam is the most used.\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool"), ("elmprobe", "isA", "den tool")} <= found, found


def test_a_remark_in_parentheses_at_a_heading_s_end_is_no_word_of_its_kind(tmp_path: Path) -> None:
    """ "## Den tools (my picks)" over "- MossCam, OakRadar": each a den tool; a parenthesis that names the heading another
    way ("## DNs (den nooks)", "## Den cams (aka burrow cams)") keeps the heading as it was, whole."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools (my picks)\n- MossCam, OakRadar\n\n## DNs (den nooks)\n- ElmNook, AshNook\n"))
    assert {("mosscam", "isA", "den tool"), ("oakradar", "isA", "den tool")} <= found, found
    assert not any(o in ("dn", "dns") for _s, _r, o in found), found


def test_a_plus_between_names_in_a_list_joins_two_items(tmp_path: Path) -> None:
    """ "## Den tools" / "- MossCam (Moss Labs), ElmProbe + AshProbe (Zorp Labs), OakRadar": four den tools; a sum alone
    ("- den = moss + clay") still lists parts."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den tools\n- MossCam (Moss Labs), ElmProbe + AshProbe (Zorp Labs), OakRadar\n\n"
                                    "## Dens\n- den = moss + clay\n"))
    assert {("mosscam", "isA", "den tool"), ("elmprobe", "isA", "den tool"), ("ashprobe", "isA", "den tool"),
            ("oakradar", "isA", "den tool"), ("den", "contains", "moss")} <= found, found


def test_what_a_thing_works_for_is_what_it_is_used_for(tmp_path: Path) -> None:
    """ "**Moss sealing:** ... Works for small dens: setts, nooks.": what it is used for, as "Good for:" lists it; no kind
    "work for small dens"."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Moss sealing:** closes the den with moss. Works for small dens: setts, nooks.\n"))
    assert {("moss sealing", "usedFor", "sett"), ("moss sealing", "usedFor", "nook")} <= found, found
    assert not any(o.startswith("work") for _s, _r, o in found), found


def test_what_a_label_calls_the_opposite_is_set_against_the_entry(tmp_path: Path) -> None:
    """ "**Moss sealing** = closing a den with moss. Opposite: **clay sealing** (slow, wet).": the two are set against
    each other, as "Alternatives:" sets them."""
    found = lowered(build(tmp_path, "# Dens\n\n**Moss sealing** = closing a den with moss. Opposite: **clay sealing** (slow, wet).\n"))
    assert ("moss sealing", "contrastsWith", "clay sealing") in found, found
