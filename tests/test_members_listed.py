"""Lists that name the members or kinds of something without "such as" or "include": a definition that
is only a list ("**Accelerators:** GPUs, TPUs and others."), a count before the names ("uses three
memory mechanisms: A, B and C"), a plural subject and "are" before names ("Latency metrics are A, B and
C"), a plural that "splits into" kinds, and a bare word for kinds before "include".

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, lowered, rules

from kg.ingest.counted import counted_members, listed_members, one_of_a_kind
from kg.ingest.name_lists import names_only


def _pairs(found: list) -> list[tuple[str, str]]:
    return [(item.label, kind.label) for item, kind, _at in found]


# ---------------------------------------------------------------- a definition that is only a list


def test_a_plural_entry_defined_by_a_list_has_the_items_as_its_kinds(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp Accelerators:** Kestrel chips, wombat boards and others.
        - **Quokka Compression:** Pruning, distillation and sparsification.
        """))
    assert ("kestrel chip", "isA", "zorp accelerator") in facts and ("wombat board", "isA", "zorp accelerator") in facts
    # a singular entry takes the items in, as before; a lone -ing noun is one of them
    assert {("quokka compression", "includes", x) for x in ("pruning", "distillation", "sparsification")} <= facts
    assert not any("other" in s or "other" in o for s, _r, o in facts)


@pytest.mark.parametrize(("text", "labels"), [
    ("kestrels, wombats and others", ["kestrel", "wombat"]),
    ("pruning, hashing and batching", ["pruning", "hashing", "batching"]),
    ("predicting prices, ranking items and others", None),  # doings with objects name nothing
    ("Kestrels and others", None),  # one name and an open end is no list
])
def test_names_only_drops_an_open_end_and_keeps_lone_ing_nouns(text: str, labels: list[str] | None) -> None:
    found = names_only(text)
    assert (None if found is None else [p.label for p in found]) == labels


@pytest.mark.parametrize(("text", "labels"), [
    ("Moss Hub, Burrowpedia, Dens with Data, Kestrel Den Search", ["Moss Hub", "Burrowpedia", "Dens with Data", "Kestrel Den Search"]),
    ("Digging Tools, Moss Hub, Bank of Burrows", ["Digging Tools", "Moss Hub", "Bank of Burrows"]),  # an -ing word of a name
    ("Moss Hub, Dens with Data", None),  # two items: the small word may join a phrase to a name
    ("Relationship between Depth and Width", None),  # a description in title case, no list of names
    ("moss, clay, Quality of Burrows", None),  # a name read as a quantity's noun is kept whole or not at all
])
def test_a_title_with_a_small_word_among_names_is_one_name(text: str, labels: list[str] | None) -> None:
    """ "public datasets: Kaggle, Papers with Code, ...": a list's item in title case keeps its small words."""
    found = names_only(text)
    assert (None if found is None else [p.label for p in found]) == labels


def test_a_label_over_names_with_a_title_among_them_lists_its_members(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Dens\n\n### Sourcing\n- moss sources: Digging Tools, Burrowpedia, Dens with Data, Moss Den Search\n"))
    assert {(x, "isA", "moss source") for x in ("digging tools", "burrowpedia", "dens with data", "moss den search")} <= facts, facts


# ---------------------------------------------------------------- a count before the names


@pytest.mark.parametrize(("text", "pairs"), [
    ("Quokkas use three memory mechanisms: hoarding, caching and forgetting",
     [("hoarding", "memory mechanism"), ("caching", "memory mechanism"), ("forgetting", "memory mechanism")]),
    ("Kestrels hunt two prey animals, field mice and voles", [("field mouse", "prey animal"), ("vole", "prey animal")]),
    ("The burrow has 2 chambers - nest chamber and food chamber",
     [("nest chamber", "chamber"), ("food chamber", "chamber")]),
    ("Quokkas use three tricks: hoarding and caching", []),  # the count is not met
    ("Quokkas use two tricks: hoarding, caching and more", []),  # nor when the list goes on
    ("Zorps fall into two categories: kestrels and wombats", []),  # groups of something else
    ("It has three approaches: summing, stacking and joining", []),  # a shell word names no kind
    ("Two caveats: cost and latency", []),  # a remark
    ("The burrow has two main functions: hiding and nesting", []),  # roles it plays, no kinds of function
    ("The kestrel has three properties: speed, sight and hovering", []),  # what it has, no kinds of property
    ("It uses two dig functions: scraping and tunnelling", [("scraping", "dig function"), ("tunnelling", "dig function")]),
    # a word that ranks the kinds between the count and the plural
    ("There are two main families of den digging: scrape digging and claw digging",
     [("scrape digging", "den digging"), ("claw digging", "den digging")]),
    ("The burrow has two main chambers: nest chamber and food chamber", [("nest chamber", "chamber"), ("food chamber", "chamber")]),
    ("Zorps fall into two main categories: kestrels and wombats", []),  # the groups, as above
    # a clause after the plural says which ones; it is no part of their kind
    ("The two dens that matter: Clay Den and Moss Den", [("Clay Den", "den"), ("Moss Den", "den")]),
    ("The three metrics I track: depth, width and moss", [("depth", "metric"), ("width", "metric"), ("moss", "metric")]),
    ("The three things that matter: depth, width, moss", []),  # a shell word, whatever picks it
    # no count: a verb of having or using right before the plural and its colon, and two names or more
    ("Wombats also have quirks: night digging (at night), scent marking and den sharing",
     [("night digging", "quirk"), ("scent marking", "quirk"), ("den sharing", "quirk")]),
    ("The burrow supports formats: TunnelML and DenJSON", [("TunnelML", "format"), ("DenJSON", "format")]),
    ("Wombats have quirks: they dig at night and mark dens", []),  # a clause, no names
    ("Wombats have quirks: digging", []),  # one name is no list
    ("Wombats have functions: hiding and nesting", []),  # roles, as counted
    ("Quokkas use tricks: hoarding, caching and more", []),  # the list goes on
    # what the count is for, between the kind and its colon; a name before a named kind's head keeps it
    ("Huyen borrows three DenOps metrics for judging it: MTTD (mean time to dig), MTTR and CFR",
     [("MTTD", "DenOps metric"), ("MTTR", "DenOps metric"), ("CFR", "DenOps metric")]),
])
def test_a_count_before_names_makes_each_one_of_the_counted_kind(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(counted_members(text, set())) == pairs


def test_a_counted_list_after_a_clause_makes_no_kind_of_the_clause(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Quokka:** Quokkas use three memory mechanisms: hoarding, caching and forgetting.
        """)
    facts = lowered(graph)
    assert ("hoarding", "isA", "memory mechanism") in facts and ("quokka", "uses", "hoarding") in facts
    assert_no_concept(graph, "quokkas use three memory mechanism")


# ---------------------------------------------------------------- "Xs are A, B and C"


@pytest.mark.parametrize(("text", "pairs"), [
    ("Burrow metrics are kestrel time, wombat rate and total latency",
     [("kestrel time", "burrow metric"), ("wombat rate", "burrow metric"), ("total latency", "burrow metric")]),
    ("Burrowing animals are Quokka, Wombat and Kestrel-9",
     [("Quokka", "burrowing animal"), ("Wombat", "burrowing animal"), ("Kestrel-9", "burrowing animal")]),
    ("Good burrows are deep and have two exits", []),  # what they are like and do
    ("Kestrels and wombats are animals", []),  # the other way round, read elsewhere
    ("They are kestrels and wombats", []),  # a pronoun
    ("The benefits are speed and cost", []),  # a remark on something
    ("Burrow metrics are kestrel time", []),  # one name: no list
    ("The common den tricks are scraping, root cutting and moss lining",  # a doing named by a noun and a gerund
     [("scraping", "den trick"), ("root cutting", "den trick"), ("moss lining", "den trick")]),
])
def test_a_plural_subject_and_are_before_names_makes_each_one_of_them(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(listed_members(text, set())) == pairs


# ---------------------------------------------------------------- "Xs split into A and B"


def test_a_plural_that_splits_into_kinds_named_by_its_head_or_counted_groups_has_them_as_kinds(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorping:** Zorp methods split into kestrel-based methods and wombat methods.
        - **Attack:** Burrow attacks fall into two categories: floods and cave-ins.
        - **Sorting:** Quokka sorters can be divided into comb-based and sieve-based.
        - **Digging:** Burrows are split into tunnels and chambers.
        """))
    assert ("kestrel-based method", "isA", "zorp method") in facts and ("wombat method", "isA", "zorp method") in facts
    assert ("flood", "isA", "burrow attack") in facts and ("cave-in", "isA", "burrow attack") in facts
    assert ("comb-based quokka sorter", "isA", "quokka sorter") in facts
    # parts, not kinds: no item is named by the subject's head, and no groups are said in words
    assert not any(r == "isA" and o == "burrow" for _s, r, o in facts)


def test_a_plural_that_falls_or_is_classified_into_things_has_them_as_kinds_whatever_their_heads(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrows fall into nesting holes and escape tunnels.

        Kestrel calls are classified into alarm calls and courtship songs.

        Burrows are divided into tunnels and chambers.
        """))
    assert ("nesting hole", "isA", "burrow") in facts and ("escape tunnel", "isA", "burrow") in facts
    assert ("alarm call", "isA", "kestrel call") in facts and ("courtship song", "isA", "kestrel call") in facts
    assert not any(r == "isA" and o == "burrow" and s in ("tunnel", "chamber") for s, r, o in facts)  # divided: parts


def test_a_clause_after_comma_and_that_sorts_its_plural_into_things_names_kinds(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        A wombat is known by the burrows it can dig, and burrows fall into nesting holes and escape tunnels.
        """)
    facts = lowered(graph)
    assert ("nesting hole", "isA", "burrow") in facts and ("escape tunnel", "isA", "burrow") in facts
    assert_no_concept(graph, "burrows fall")  # the verb before ", and" has no object there


def test_one_thing_broken_into_named_parts_contains_them(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Digging time for a wombat is usually broken into nest time (NT) and tunnel time (TT), and speed is measured in holes per day.

        A burrow is divided into a nest chamber and an escape tunnel.

        The burrow is split into parts.
        """)
    facts = lowered(graph)
    assert {("digging time", "contains", "nest time"), ("digging time", "contains", "tunnel time")} <= facts
    assert {("burrow", "contains", "nest chamber"), ("burrow", "contains", "escape tunnel")} <= facts
    assert not any(o.startswith(("speed", "part")) for _s, _r, o in facts)  # a clause of its own; no named parts


# ---------------------------------------------------------------- "Techniques include A and B"


def test_a_bare_word_for_kinds_before_include_speaks_of_the_entry(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp cleaning:** Removing duplicate zorps. Techniques include kestrel matching and wombat sorting.

        ## Burrows

        Techniques include digging and tunnelling.
        """))
    assert ("zorp cleaning", "includes", "kestrel matching") in facts and ("zorp cleaning", "includes", "wombat sorting") in facts
    assert not any(o in ("digging", "tunnelling") for _s, _r, o in facts)  # no entry: the techniques of nothing named


def test_ways_counted_in_words_or_digits_before_a_colon_are_the_entry_s(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        **Moss measure** — measuring moss. Four ways: sniffing, exact weighing, visual check.

        - **Root measure**: measuring roots
          - 3 ways: root sniffing, root weighing, root check
        """))
    assert {("moss measure", "includes", x) for x in ("sniffing", "exact weighing", "visual check")} <= facts, facts
    assert {("root measure", "includes", x) for x in ("root sniffing", "root weighing", "root check")} <= facts, facts


def test_a_capitalised_plural_before_its_verb_is_no_part_of_the_kind_its_examples_are_of(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Zorp:** A burrow database. Kestrels use burrow databases (Quokka, Wombat) and hashing.
        """)
    facts = lowered(graph)
    assert ("quokka", "isA", "burrow database") in facts and ("wombat", "isA", "burrow database") in facts
    assert_no_concept(graph, "kestrels use burrow database")


def test_groups_counted_in_words_before_a_colon_are_kinds_with_their_examples_set_aside(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The burrows fall into three categories: nest burrows (like a kestrel hole), food burrows (like a cache or a larder), and escape tunnels.
        """))
    assert {("nest burrow", "isA", "burrow"), ("food burrow", "isA", "burrow"), ("escape tunnel", "isA", "burrow")} <= facts
    assert not any("larder" in s and o == "burrow" for s, _r, o in facts)  # an aside's example is no kind of the subject


def test_examples_named_by_the_head_of_a_bare_plural_are_its_kinds(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel judging is cheap, but it suffers from biases like self-bias, position bias and verbosity bias.

        Burrows need coverings like leaves and moss.
        """))
    assert {("self-bias", "isA", "bias"), ("position bias", "isA", "bias"), ("verbosity bias", "isA", "bias")} <= facts
    assert ("kestrel judging", "suffersFrom", "position bias") in facts
    assert not any(o == "covering" for _s, _r, o in facts)  # examples not named by the head: left to the older rules


def test_a_list_ends_where_a_clause_of_its_own_follows_and(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Burrow heads are split into groups, and each group shares wombat heads.
        """)
    facts = lowered(graph)
    assert not any("shares" in s or "shares" in o for s, _r, o in facts), facts
    assert_no_concept(graph, "group shares wombat head")


def test_aspects_and_dimensions_listed_after_a_colon_are_parts(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrow quality has several aspects:
        - depth
        - dryness
        """))
    assert {("burrow quality", "contains", "depth"), ("burrow quality", "contains", "dryness")} <= facts, facts


def test_what_a_writer_splits_a_topic_into_it_includes_and_groups_are_no_kinds(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Then she splits zorping into exact zorping and subjective zorping.
        The book divides kestrels into two groups: wild kestrels and tame kestrels.
        Kestrels split burrows into tunnels and chambers.
        """))
    assert {("zorping", "includes", "exact zorping"), ("zorping", "includes", "subjective zorping"),
            ("wild kestrel", "isA", "kestrel")} <= facts, facts  # groups it sorts kestrels into: kinds of kestrel
    assert not any(o == "group" for _s, _r, o in facts), facts
    assert not any(r == "includes" and s == "burrow" for s, r, _o in facts), facts  # no writer: what kestrels do


def test_a_definition_listing_kinds_of_one_head_and_a_definition_that_opens_with_a_participle(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Burrowing:** Exact burrowing, shallow burrowing and deep burrowing.
        - **Wombat feedback:** Inferred from wombat actions, e.g. early digging, regrowth.
        """)
    facts = lowered(graph)
    assert {("burrowing", "includes", "exact burrowing"), ("burrowing", "includes", "deep burrowing")} <= facts, facts
    assert {("early digging", "isA", "wombat action"), ("regrowth", "isA", "wombat action")} <= facts, facts
    assert not any(s == "wombat feedback" and o == "wombat action" for s, _r, o in facts), facts  # examples, not the entry


def test_a_list_whose_first_item_has_an_aside_is_a_list_and_a_plural_that_includes_is_no_stand_in(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp metrics:** burrow failures (like flooding), dryness, depth.
        - **Output guards:** catch burrow failures.
        quality failures include flooded burrows and collapsed burrows.
        """))
    assert {("burrow failure", "isA", "zorp metric"), ("dryness", "isA", "zorp metric")} <= facts, facts
    assert not any(s == "zorp metric" and r == "isA" for s, r, _o in facts), facts
    assert not any(s == "output guard" and r == "includes" for s, r, _o in facts), facts  # the quality failures' members


def test_adjectives_before_one_singular_head_share_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Hybrid burrowing combines root-based and stone-based digging.

        Kestrel nesting combines twig weaving and moss packing.
        """))
    assert {("hybrid burrowing", "uses", "root-based digging"), ("hybrid burrowing", "uses", "stone-based digging")} <= facts
    assert {("kestrel nesting", "uses", "twig weaving"), ("kestrel nesting", "uses", "moss packing")} <= facts
    assert not any(o == "root-based" for _s, _r, o in facts)


def test_words_an_abbreviation_stands_for_are_one_item(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Burrows are judged with metrics like time to first tunnel (TTFT), depth per hour (DPH), width and cost.
        """)
    facts = lowered(graph)
    assert {("time to first tunnel", "isA", "metric"), ("depth per hour", "isA", "metric"), ("width", "isA", "metric")} <= facts
    assert ("time", "isA", "metric") not in facts
    assert graph.resolve("TTFT") == graph.resolve("time to first tunnel")


def test_kinds_a_plural_divides_into_keep_their_own_examples(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrow methods divide into root-based methods, such as Kestrel, and stone-based methods, such as Wombat and Quokka.
        """))
    assert {("root-based method", "isA", "burrow method"), ("stone-based method", "isA", "burrow method")} <= facts
    assert {("kestrel", "isA", "root-based method"), ("wombat", "isA", "stone-based method"), ("quokka", "isA", "stone-based method")} <= facts
    assert ("stone-based method", "isA", "root-based method") not in facts


def test_including_set_off_by_commas_names_members_and_comes_in_names_kinds(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Most burrow frameworks, including Kestrel and Wombat, let you define tunnels as plain files.

        Burrow memory comes in three flavors: the wombat's scent trail, a short-term tunnel map, and long-term nest memory.

        Burrow memory comes in handy.

        Burrow care covers soil control, including removing wet soil and moss, and the nest map, including its exits and tunnels.
        """))
    assert not any(r == "isA" and s in {"moss", "exit", "tunnel"} for s, r, _o in facts), facts  # doings and parts, no members
    assert {("kestrel", "isA", "burrow framework"), ("wombat", "isA", "burrow framework")} <= facts
    assert {(x, "isA", "burrow memory") for x in ("scent trail", "short-term tunnel map", "long-term nest memory")} <= facts
    assert not any(o == "handy" for _s, _r, o in facts)


def test_a_plural_subject_a_few_words_and_a_colon_before_its_members(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The rating schemes are borrowed from games and sports: Zorp, Kestrel-Wombat and Quokka.

        The benefits are clear: speed and cost.
        """))
    assert {(x, "isA", "rating scheme") for x in ("zorp", "kestrel-wombat", "quokka")} <= facts
    assert not any(o == "benefit" for _s, _r, o in facts)


def test_its_kinds_or_examples_named_after_a_possessive_are_kinds_or_examples_of_what_it_speaks_of(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Wombat digging makes holes in soft ground. It uses claws, and its main methods are burrow digging and den digging.

        - **Kestrel hunting**: catching prey from the air. Its examples include hovering.
        - **Quill**: a digging tool. Its handles are wood and steel.
        """))
    assert {("burrow digging", "isA", "wombat digging"), ("den digging", "isA", "wombat digging")} <= facts
    assert ("hovering", "exampleOf", "kestrel hunting") in facts
    assert not any(r == "isA" and o == "quill" for _s, r, o in facts)  # handles are parts, no kinds


@pytest.mark.parametrize(("sentence", "pair"), [
    ("One popular burrow sensor is DenCam.", ("DenCam", "burrow sensor")),
    ("Another common burrow sensor is TunnelScope.", ("TunnelScope", "burrow sensor")),
    ("A good example of a digging tool is RootSpade.", ("RootSpade", "digging tool")),
    ("One example is DenCam.", None),  # a shell word names no kind
    ("Another option is DenCam.", None),
    ("One popular burrow sensor is cheap.", None),  # no name
    ("One popular den digging method is ClawSort.", ("ClawSort", "den digging method")),  # a shell head after words that name the kind
    # a name picked out among its kind by a rank
    ("The most popular burrow sensor is DenCam.", ("DenCam", "burrow sensor")),
    ("The earliest den map was Tunnelgraph.", ("Tunnelgraph", "den map")),
    ("The best way is DenCam.", None),  # a shell word
    ("The main component is DenCam.", None),  # a part, of something the sentence does not name
    ("The most popular burrow sensor is cheap.", None),  # no name
])
def test_a_name_said_to_be_one_of_a_kind_is_a_member(sentence: str, pair: tuple[str, str] | None) -> None:
    found = [(name.label, kind.label) for name, kind, _at in one_of_a_kind(sentence)]
    assert found == ([pair] if pair else []), found


@pytest.mark.parametrize("verb", ["has three mechanisms", "has three types", "comes in three kinds"])
def test_what_a_thing_has_kinds_of_are_its_kinds(tmp_path: Path, verb: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\nMemory for wombats {verb}: scent memory (the nose), path memory (the tunnels), den memory.\n"))
    assert {(kind, "isA", "memory") for kind in ("scent memory", "path memory", "den memory")} <= found, found


def test_kinds_listed_with_their_clauses_and_examples_between_semicolons(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Burrow sensors come in three kinds: heat sensors, which read warmth; depth gauges such as DenRod and PitStick; and
        moss meters such as Mossy, which weigh the lining.
        """))
    assert {(kind, "isA", "burrow sensor") for kind in ("heat sensor", "depth gauge", "moss meter")} <= found, found


def test_a_list_of_kinds_after_a_term_keeps_its_names_when_one_item_says_more(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - **Burrow failures**: roof collapse, deep tunnel w/ no exit, flooding, root intrusion
        - **Wombat**: Digs tunnels at night, sleeps by day, eats roots.
        """))
    assert {(kind, "isA", "burrow failure") for kind in ("roof collapse", "flooding", "root intrusion")} <= found, found
    assert not any(s == "deep tunnel" for s, _r, _o in found), found  # the item that says more is left out
    assert not any(o == "wombat" and r == "isA" for _s, r, o in found), found  # what it does, no kinds of it


def test_names_listed_in_an_item_under_a_plural_heading_are_each_one_of_its_kind(tmp_path: Path) -> None:
    """ "## Den formats" / "- BX8 (1 byte), CX16 / DX16 (2 bytes)": names, each a den format, though "format"
    has no class of its own; common words listed there ("- fewer bits, less room") are none."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den formats\n- BX8 (1 byte), CX16 / DX16 (2 bytes), EX4\n- fewer bits, less room\n"))
    assert {(x, "isA", "den format") for x in ("bx8", "cx16", "dx16", "ex4")} <= found, found
    assert not any(s in {"fewer bit", "less room"} for s, _r, _o in found), found


def test_an_item_cut_at_its_preposition_in_a_labelled_list_is_no_member(tmp_path: Path) -> None:
    """ "Den metrics: depth of den, width between walls, total moss": the list is read up to where a noun
    phrase ends, inside the second item; "width" alone, cut from "width between walls", is none of them."""
    found = lowered(build(tmp_path, "# Dens\n\n- Den metrics: **moss depth (MD)**, **wall width (WW)**, width between walls, total moss\n"))
    assert {("moss depth", "isA", "den metric"), ("wall width", "isA", "den metric")} <= found, found
    assert ("width", "isA", "den metric") not in found, found


def test_examples_listed_under_a_heading_with_no_entry_are_examples_of_what_it_names(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ### Den gateway

        - one door to many burrows
        - examples: Kestrel Gate, Quokka Door, Wombat's den gateway

        ### Den lamps

        e.g. Glowmoss, Emberstone.

        - e.g. Lumen ~700W max

        ### Why it matters

        - examples: Badger, Marten
        """)
    found = lowered(graph)
    assert {("kestrel gate", "isA", "den gateway"), ("quokka door", "isA", "den gateway"),
            ("glowmoss", "isA", "den lamp"), ("emberstone", "isA", "den lamp")} <= found, found
    assert not any("lumen" in s or s in {"badger", "marten"} for s, _r, _o in found), found
    assert rules(graph, "kestrel gate", "isA", "den gateway") == {("examples", "stated")}


def test_an_instruction_over_a_list_gives_its_object_as_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ### Den guards

        - catch quality failures: empty dens, malformed dens (e.g. no door), flooded tunnels
        - rank fusion methods: RRF, CombSUM
        """)
    found = lowered(graph)
    assert {("empty den", "isA", "quality failure"), ("flooded tunnel", "isA", "quality failure")} <= found, found
    assert_no_concept(graph, "catch quality failure")
    assert ("rrf", "isA", "rank fusion") in found, found  # a compound noun the tagger reads as one, kept whole


def test_names_said_to_be_examples_are_examples_of_what_the_paragraph_speaks_of(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        ## Step 3: add a gateway

        The den gateway sits between the burrow and the dens: a door to all of them. Because everything goes through
        it, it is the natural place for access control. Kestrel Gate, Quokka Door and Moss Portal are examples mentioned.

        - **Den gate**: a door. Kestrel Latch and Quokka Hinge are examples of it.

        MoleMap and ScentLog are examples of den tools. Depth and warmth are examples.
        """)
    found = lowered(graph)
    assert {("kestrel gate", "isA", "den gateway"), ("moss portal", "isA", "den gateway"),
            ("kestrel latch", "isA", "den gate"), ("molemap", "isA", "den tool")} <= found, found
    assert not any(s in {"depth", "warmth"} for s, _r, _o in found), found  # common words, no names


def test_a_definition_listing_items_with_quoted_asides_names_each_and_no_aside(tmp_path: Path) -> None:
    graph = build(tmp_path, '- den sealing: scratching (marks like "x"), loud knocks, smell tricks ("roll in mud"), '
                            'roleplaying (the "badger trick")\n')
    found = lowered(graph)
    assert {("den sealing", "includes", "scratching"), ("den sealing", "includes", "smell trick"),
            ("den sealing", "includes", "roleplaying")} <= found, found
    assert_no_concept(graph, "mark like x")
    assert not any("roll in mud" in alias.lower() for c in graph.concepts() for alias in graph.aliases(c))  # an example, no other name


def test_which_of_a_kind_matter_is_no_part_of_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Den care\n\n- den params that matter: **burrow depth**, **tunnel width**\n"
                            "- moss types that really work: peat moss, sheet moss\n")
    found = lowered(graph)
    assert {("burrow depth", "isA", "den parameter"), ("tunnel width", "isA", "den parameter"),
            ("peat moss", "isA", "moss")} <= found, found  # "moss types": kinds of moss
    assert not any("matter" in o or "work" in o for _s, _r, o in found), found


def test_members_after_a_plural_someone_names_and_before_a_clause_of_their_own(tmp_path: Path) -> None:
    """ "Other den sensors she mentions are A, B and C, and those ones do log scents": each a den sensor; who named
    them is no part of the kind, and the clause after the list is no member."""
    found = lowered(build(tmp_path, "# Dens\n\nOther den sensors she mentions are ScentLog, MoleMap and DenCam, and those ones do log scents.\n\n"
                                    "Tunnel tools the book lists are ClawKit and SpadeOne.\n"))
    assert {("scentlog", "isA", "den sensor"), ("dencam", "isA", "den sensor"), ("clawkit", "isA", "tunnel tool")} <= found, found
    assert not any("she" in s or "mention" in o for s, _r, o in found), found


def test_a_capitalised_word_among_names_is_a_name_whatever_the_dictionary_makes_of_it(tmp_path: Path) -> None:
    """ "ClawKit, MoleMap, Annoy, Dendex": "Annoy" is a verb to the dictionary and a library's name here."""
    found = lowered(build(tmp_path, "- **Den search libraries:** ClawKit, MoleMap, Annoy, Dendex.\n"))
    assert {("annoy", "isA", "den search library"), ("clawkit", "isA", "den search library")} <= found, found


def test_names_listed_with_who_made_each_after_from(tmp_path: Path) -> None:
    """ "ClawKit from Hollowlab, MoleMap from Zorpco, Annoy from Spotify, Dendex": each a member, made by the one
    after "from"; "Data from Google, Bing and Yahoo" lists no names made by anyone."""
    found = lowered(build(tmp_path, "- **Den search libraries:** ClawKit from Hollowlab, MoleMap from Zorpco, Annoy from Spotify, Dendex.\n\n"
                                    "Burrow data from Google, Bing and Yahoo.\n"))
    assert {("clawkit", "developedBy", "hollowlab"), ("annoy", "developedBy", "spotify"), ("molemap", "isA", "den search library"),
            ("dendex", "isA", "den search library")} <= found, found
    assert not any(s == "burrow data" and r == "developedBy" for s, r, _o in found), found


def test_what_a_which_clause_says_comes_in_kinds_is_the_noun_before_it(tmp_path: Path) -> None:
    """ "..., so this chapter focuses on den caching, which comes in two forms: A and B": kinds of den caching."""
    facts = lowered(build(tmp_path, "# Notes\n\nNest caching was covered before, so this chapter focuses on den caching, "
                                    "which comes in two forms: exact caching and moss caching.\n"))
    assert {("exact caching", "isA", "den caching"), ("moss caching", "isA", "den caching")} <= facts, facts
    assert not any(o in ("chapter", "nest caching") for _s, r, o in facts if r == "isA"), facts


def test_a_plural_and_where_the_writer_met_them_labels_a_list_and_is_no_term(tmp_path: Path) -> None:
    """ "Tools worth remembering: A, B" (an item, or a paragraph whose items run long): the items are tools, or
    of no kind; "tools worth remembering" is no term they are kinds of, nor one that includes them."""
    graph = build(tmp_path, "# Dens\n\n- Tools worth remembering: MoleMap, ClawSort\n\n"
                            "Tools worth remembering: denbytes by Kim Lee, moly.cpp and MGML for running\n"
                            "wet dens on clay/moss, and DPTQ and DWQ as digging methods.\n")
    facts = lowered(graph)
    assert ("molemap", "isA", "tool") in facts and ("clawsort", "isA", "tool") in facts, facts
    assert not any("worth" in s or "worth" in o for s, _r, o in facts), facts
    assert_no_concept(graph, "tools worth remembering", "tool worth remembering")
