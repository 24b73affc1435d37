"""Forms read from held-out notes of round fifty-six.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts, folded_facts


def test_a_question_heading_of_what_a_thing_is_heads_its_labelled_lines(tmp_path: Path) -> None:
    """ "### Q: what is den sealing, in one line?" / "- 3 parts: A, B" / "- uses wet clay": the lines under a question of
    what a thing is speak of it, as under "## Den sealing"; they had been read of nothing. A question of two things ("How
    do moss and clay differ?") heads no one thing."""
    graph = build(tmp_path, "# Dens\n\n### Q: what is den sealing, in one line?\n- closing a den with clay\n"
                            "- 3 parts: clay packing, moss smoothing (lining), wall drying\n- uses wet clay\n\n"
                            "### How do moss and clay differ?\n- 2 kinds: dry moss, wet moss\n")
    found = folded_facts(graph)
    assert {("den sealing", "contains", "clay packing"), ("den sealing", "contains", "wall drying"),
            ("den sealing", "uses", "wet clay")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "moss and clay" in s or s in ("moss", "clay")}, found


def test_an_item_with_an_aside_under_a_heading_of_categories_is_one_of_them(tmp_path: Path) -> None:
    """ "### Unsafe den categories" / "1. wet moss (mold, rot)": an item whose words are a name, with an aside in
    parentheses, is one of what the heading names, as a bare item is; any parenthesis had dropped the item. A sentence
    with an aside stays none."""
    graph = build(tmp_path, "# Dens\n\n### Unsafe den categories\n1. wet moss (mold, rot)\n2. loose clay\n"
                            "3. cold walls (in winter)\n4. foxes dig in (at night)\n")
    found = folded_facts(graph)
    assert {("wet moss", "isA", "unsafe den"), ("cold wall", "isA", "unsafe den"), ("loose clay", "isA", "unsafe den")} <= found, found
    assert not {s for s, r, o in found if s.startswith("fox")}, found


def test_kinds_in_parentheses_are_not_read_of_a_thing_cut_short(tmp_path: Path) -> None:
    """ "hate speech (racist, sexist)", "damp walls (cold, drafty)": words that say which, in parentheses after a thing
    whose first word the tagger took for a verb, are no kinds of the last noun alone ("racist speech isA speech" dropped
    "hate"); after a verb and its plural subject they still are ("Kestrels use batching (static, dynamic)")."""
    graph = build(tmp_path, "# Dens\n\n- hate speech (racist, sexist) is common in dens.\n- damp walls (cold, drafty) need moss.\n"
                            "- Kestrels use batching (static, dynamic).\n")
    found = folded_facts(graph)
    assert {("static batching", "isA", "batching"), ("dynamic batching", "isA", "batching")} <= found, found
    assert not {(s, o) for s, r, o in found if o in ("speech", "wall")}, found


def test_a_citation_of_three_authors_closing_a_parenthesis_credits_all_three(tmp_path: Path) -> None:
    """ "(Lee, Park & Kim, 2022)": three authors are one citation, as "(Lee & Park, 2022)" is; the last two had been read
    alone. A citation that closes a parenthesis after a figure ("... by 2030 (Patel, Nishball & Lee, 2024).") is no
    citation after a comma that ends a definition: it says where the figure was read, and credits no one with the term."""
    graph = build(tmp_path, "# Dens\n\n- **clay lining**: a den lining (Lee, Park & Kim, 2022).\n"
                            "- **moss lining**: a den lining (Lee & Park, 2022).\n"
                            "- **warmth**: dens use 1-2% of badger power, projected to hit 4-20% by 2030 (Patel, Nishball & Lee, 2024).\n"
                            "- **sand lining**: a den lining, Kim et al. 2021.\n")
    found = folded_facts(graph)
    assert {("clay lining", "developedBy", "lee park kim"), ("moss lining", "developedBy", "lee park"),
            ("sand lining", "developedBy", "kim et al")} <= found, found
    assert not {(s, o) for s, r, o in found if r == "developedBy" and (s in ("warmth", "den") or o == "park kim")}, found


def test_figures_cited_name_no_maker(tmp_path: Path) -> None:
    """ "Den numbers (Kim et al., 2023; Den docs):", "Den stats (Kim et al., 2023) show ...": a citation after figures says
    where they were read; the authors made no "den number". A thing cited so is still theirs ("DenNet (Kim et al., 2023)")."""
    graph = build(tmp_path, "# Dens\n\n- Den numbers (Kim et al., 2023; Den docs):\n- Den stats (Kim et al., 2023) show depth.\n"
                            "- DenNet (Kim et al., 2023) is a den model.\n")
    found = folded_facts(graph)
    assert ("dennet", "developedBy", "kim et al") in found, found
    assert not {s for s, r, o in found if r == "developedBy" and s != "dennet"}, found


def test_no_kind_is_named_of_what_has_none_of_it(tmp_path: Path) -> None:
    """ "In theory no depth limit like setts": after "no", "like" and "such as" say what has none of the kind, no example of
    it; `sett isA depth limit` had been read. Without "no" the examples stand ("Large dens such as setts are warm")."""
    graph = build(tmp_path, "# Dens\n\n- **DenNet**: a den model. In theory no depth limit like setts.\n"
                            "- Dens have no warm walls such as moss walls.\n- Large dens such as setts are warm.\n")
    found = folded_facts(graph)
    assert ("sett", "isA", "large den") in found, found
    assert not {(s, o) for s, r, o in found if o in ("depth limit", "warm wall")}, found


def test_an_adjective_and_how_often_is_no_term(tmp_path: Path) -> None:
    """ "- fuzzy sometimes - depth is soft ...", "- wet often: moss rots": what a thing is like, then how often, of a noun
    left unsaid, is no term; "fuzzy sometimes" had been made a concept and a kind of the entry above. A term of a noun
    ("moss bed - a soft bed") still is one."""
    graph = build(tmp_path, "# Dens\n\n- **Den depth**\n  - fuzzy sometimes - depth is soft if dug by hand, hard if dug by claw\n"
                            "  - wet often: moss rots\n  - moss bed - a soft bed\n")
    found = folded_facts(graph)
    assert ("moss bed", "isA", "soft bed") in found, found
    assert not {(s, r, o) for s, r, o in found if {s, o} & {"fuzzy sometimes", "wet often"}}, found


def test_a_relation_phrase_right_after_a_condition_is_no_relation(tmp_path: Path) -> None:
    """ "Depth is soft if dug by hand, hard if using a spade": "using" right after "if" (or "when", "unless", "once") says
    when the sentence holds; `depth uses spade` had been read. A participle that is the verb's means still uses ("Dens are
    dug using a spade")."""
    graph = build(tmp_path, "# Dens\n\n- Depth is soft if dug by hand, hard if using a spade.\n"
                            "- Warmth is low when using clay.\n- Dens are dug using a spade.\n")
    found = folded_facts(graph)
    assert ("den", "uses", "spade") in found, found
    assert not {(s, o) for s, r, o in found if r == "uses" and s in ("depth", "warmth")}, found


def test_participles_joined_before_a_noun_share_it(tmp_path: Path) -> None:
    """ "vanishing and exploding gradients", "rising and falling water": participles alike joined before one noun each
    name it, as adjectives do ("cold and wet floors"); "vanishing" and "rising" had been read alone. A doing before a
    phrase of another form stays a thing of its own ("digging and moss beds")."""
    graph = build(tmp_path, "# Dens\n\n- Burrows suffer from vanishing and exploding gradients.\n"
                            "- Hills suffer from rising and falling water.\n- Dens use digging and moss beds.\n")
    found = folded_facts(graph)
    assert {("burrow", "suffersFrom", "vanishing gradient"), ("burrow", "suffersFrom", "exploding gradient"),
            ("hill", "suffersFrom", "rising water"), ("hill", "suffersFrom", "falling water"),
            ("den", "uses", "digging"), ("den", "uses", "moss bed")} <= found, found
    assert not {o for s, r, o in found if o in ("vanishing", "rising", "digging moss bed")}, found


def test_an_answer_is_no_kind(tmp_path: Path) -> None:
    """ "Moss lining is one answer to this.": what answers a problem is said to stand to it, as "the fix" is; no kind
    "answer" (`den depth isA answer` had been read). What the sentence says besides holds ("Deep dens are warm ...")."""
    graph = build(tmp_path, "# Dens\n\n**Den depth.** Deep dens are warm. Moss lining is one answer to this.\n\n"
                            "- **Sett**: a big den. Clay walls are an answer to rain.\n")
    found = folded_facts(graph)
    assert ("sett", "isA", "big den") in found, found
    assert not {(s, o) for s, r, o in found if o == "answer"}, found


def test_a_word_in_capitals_under_a_heading_is_a_name_not_a_kind(tmp_path: Path) -> None:
    """ "### Den safety" / "- **SAFE** = Search-Augmented Fox Evaluator": a word in capitals is a name, whose spelled-out
    form is its other name; it had been read as the adjective "safe", a kind "safe den safety" of the heading, and the
    long name a kind of that. In small letters the word still says which ("- **Safe**: ...")."""
    graph = build(tmp_path, "# Dens\n\n### Den safety\n- **SAFE** = Search-Augmented Fox Evaluator\n- **Dry**: no water in\n")
    found = folded_facts(graph)
    assert ("dry den safety", "isA", "den safety") in found, found
    assert not {(s, o) for s, r, o in found if "safe" in (s + o).replace("safety", "")}, found
    assert "Search-Augmented Fox Evaluator" in {str(a) for c in graph.concepts() if graph.label(c) == "SAFE" for a in graph.aliases(c)}


def test_a_count_of_things_named_elsewhere_is_no_concept(tmp_path: Path) -> None:
    """ "- the big two: **moss** + **clay**", "- today's main three: moss, clay, sand": a label that ends on a count in words
    names no thing ("big two contains moss" had been read), as "a big noisy one" does not. A name in capitals with the
    count ("**Badger Two**") and a count after a preposition ("a den for two") stay."""
    graph = build(tmp_path, "# Dens\n\n- the big two: **moss** + **clay**\n- today's main three: moss, clay, sand\n"
                            "- **Badger Two**: a den model\n- **big den**: a den for two\n")
    found = folded_facts(graph)
    assert {("badger two", "isA", "den model"), ("big den", "isA", "den")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s.endswith(("two", "three")) and s != "badger two"}, found


def test_an_item_that_names_a_thing_then_what_it_does_is_one_of_the_list(tmp_path: Path) -> None:
    """ "Den tools covered:" / "- DSH (deep soil hashing), hashing soil into buckets", "- IVF (inverted file index), uses clay",
    "- moss packing, compresses moss into blocks": a name, a comma, then what it does; the item is one of the list, and what
    it does is read as a sentence of it. Such items had been dropped, or "compresses moss" made a member. Names listed
    two or more ("- hoe, shovel, and a pick") are each one, as before."""
    graph = build(tmp_path, "# Dens\n\nDen tools covered:\n\n- DSH (deep soil hashing), hashing soil into buckets\n"
                            "- IVF (inverted file index), uses clay to group dens\n- moss packing, compresses moss into blocks\n"
                            "- hoe, shovel, and a pick\n")
    found = folded_facts(graph)
    assert {("dsh", "isA", "den tool"), ("ivf", "isA", "den tool"), ("moss packing", "isA", "den tool"), ("ivf", "uses", "clay"),
            ("hoe", "isA", "den tool"), ("pick", "isA", "den tool")} <= found, found
    assert not {s for s, r, o in found if s.startswith(("compress", "hashing"))}, found


def test_other_names_in_a_parenthesis_after_a_term(tmp_path: Path) -> None:
    """ "**Claw digging** (aka paw digging, hand digging). You dig ...", "- **Nose digging** (a.k.a. snout digging): ...":
    names after "aka", "also called" in the parenthesis after a term are its other names, each of them; they had been
    dropped (only "Also called X." as a sentence of its own was read, and one name only)."""
    graph = build(tmp_path, "# Dens\n\n**Claw digging** (aka paw digging, or hand digging). You dig with claws.\n\n"
                            "- **Nose digging** (a.k.a. snout digging): you push.\n- **Den care**: keeping dens. Also known as upkeep or den work.\n")
    names = {graph.label(c): set(graph.aliases(c)) for c in graph.concepts()}
    assert {"paw digging", "hand digging"} <= names["claw digging"], names
    assert "snout digging" in names["nose digging"] and {"upkeep", "den work"} <= names["den care"], names


def test_a_sentence_that_splits_a_kind_into_families_announces_the_bold_paragraphs_after_it(tmp_path: Path) -> None:
    """ "The chapter splits den tools into two families, and this helped." then paragraphs that open on a bold term: each is
    one of them, as after "There are two kinds of den tools."; they had been read as terms of the section only."""
    graph = build(tmp_path, "# Dens\n\n## Digging\n\nThe chapter splits den tools into two families, and this helped.\n\n"
                            "**Claw tools** (aka paw tools). You dig with claws.\n\n**Snout tools**. You push with the snout.\n\n"
                            "## Sealing\n\nShe groups sealants into three categories: clay, moss and sand.\n")
    found = folded_facts(graph)
    assert {("claw tool", "isA", "den tool"), ("snout tool", "isA", "den tool")} <= found, found


def test_a_label_of_use_cases_over_nested_items_says_what_each_is_for(tmp_path: Path) -> None:
    """ "- **Moss use cases:**" / "  - detecting wet walls: ...", "  - den bedding": each item is what the thing is used
    for, as "Moss cons:" over items says what it suffers from; they had been made kinds of a concept "moss use case".
    A capital for the line's start only is none of the thing's name ("Clay use cases:": clay; "Zorpnet use cases:" keeps it)."""
    graph = build(tmp_path, "# Dens\n\n- **Moss use cases:**\n    - detecting wet walls: if moss is damp, walls leak\n"
                            "    - den bedding\n- Clay use cases:\n    - wall sealing\n- Moss cons:\n    - den rot\n")
    found = facts(graph)
    assert {("moss", "usedFor", "detecting wet wall"), ("moss", "usedFor", "den bedding"), ("clay", "usedFor", "wall sealing"),
            ("moss", "suffersFrom", "den rot")} <= found, found
    assert not {(s, o) for s, r, o in found if "use case" in s or "use case" in o}, found


def test_a_kind_narrowed_by_a_participle_then_examples(tmp_path: Path) -> None:
    """ "**Den models:** models trained specifically to dig dens, e.g. DenNet, BurrowBot": examples after a kind that a
    participle or a purpose narrows are the term's, as after "tools that dig dens, e.g. A"; they had been dropped."""
    graph = build(tmp_path, "# Dens\n\n- **Den models:** models trained specifically to dig dens, e.g. DenNet, BurrowBot.\n"
                            "- **Den tools:** tools for sealing, e.g. ClayGun, MossPad.\n")
    found = {(s, "isA" if r == "exampleOf" else r, o) for s, r, o in folded_facts(graph)}  # one of the kind, by either word
    assert {("dennet", "isA", "den model"), ("burrowbot", "isA", "den model"), ("claygun", "isA", "den tool")} <= found, found


def test_a_line_that_ends_on_has_introduces_the_parts_listed_below(tmp_path: Path) -> None:
    """ "A holt is a home. Usually has:" / "- a nest" / "- a door", "The lodge has:" over items: the thing is made of what
    the list names, as after "consists of:"; they had been read of nothing."""
    graph = build(tmp_path, "# Dens\n\nA holt is a home for otters. Usually has:\n\n- a nest\n- a door\n\n"
                            "Another den.\n\nThe lodge has:\n\n- a dam\n- a nest\n")
    found = folded_facts(graph)
    assert {("holt", "contains", "nest"), ("holt", "contains", "door"), ("lodge", "contains", "dam")} <= found, found


def test_a_remark_after_a_citations_year_leaves_the_authors_cited(tmp_path: Path) -> None:
    """ "Digging (Lee et al., 2014, originally used with moles) lets badgers dig": a remark in small letters after the
    year is no part of the citation, whose authors brought the term, as "(Lee et al., 2014)" says; it had been read as no
    citation at all. An organisation after the year is still their organisation ("(Kim et al., 2021, Zorpco)")."""
    graph = build(tmp_path, "# Dens\n\nDigging (Lee et al., 2014, originally used with moles) lets badgers dig.\n\n"
                            "- **Sealing** (Kim et al., 2021, Zorpco): closing a den.\n")
    found = folded_facts(graph)
    assert {("digging", "developedBy", "lee et al"), ("sealing", "developedBy", "kim et al")} <= found, found
    assert not {o for s, r, o in found if "mole" in o or "originally" in o}, found


def test_what_a_kind_is_built_on_the_thing_uses(tmp_path: Path) -> None:
    """ "Denseq is a clay architecture built on tunnels", "MossNet is the den model built upon OakNet": what the kind said
    is built on, the subject uses, as "is built on" says; it had been dropped. "based on" says how, no use ("MossScore is
    a guess based on scents")."""
    graph = build(tmp_path, "# Dens\n\nDenseq is a clay architecture built on tunnels.\n\nMossNet is the den model built upon OakNet.\n\n"
                            "MossScore is a guess based on scents.\n")
    found = folded_facts(graph)
    assert {("denseq", "isA", "clay architecture"), ("denseq", "uses", "tunnel"), ("mossnet", "uses", "oaknet")} <= found, found
    assert not {s for s, r, o in found if o == "scent"}, found


def test_a_plural_label_over_names_under_an_item_is_no_member_of_it(tmp_path: Path) -> None:
    """ "- **Den similarity:** ..." / "  - common den metrics: DenScore, MossRank" / "  - libs: DenDB, MossKit": a plural
    over names labels a list of its own, each name one of it; the label had been made a member of the item above
    ("den similarity includes den metric"). A term nested so still is one ("  - **Moss matching:** ...")."""
    graph = build(tmp_path, "- **Den Similarity:** measures how much two dens overlap, e.g. by counting shared moss.\n"
                            "    - **Moss matching:** aka moss string matching. Counts edits.\n"
                            "    - **Clay similarity:** measured based on overlapping layers of clay (clay-grams).\n"
                            "    - common den metrics: DenScore, MossRank, ClayTER. They differ in how the overlap is counted. Were popular before clay, esp. for setts.\n"
                            "    - libs: DenDB, MossKit, ClayLib\n")
    found = folded_facts(graph)
    assert {("den similarity", "includes", "moss matching"), ("denscore", "isA", "den metric"), ("dendb", "isA", "library")} <= found, found
    assert not {o for s, r, o in found if s == "den similarity" and o in ("den metric", "library", "lib")}, found


def test_rows_named_by_adjectives_are_named_by_no_other_column(tmp_path: Path) -> None:
    """ "| Type | Checked against | Use cases |" / "| global | open hill | winter storage |": rows named by what they are like
    name no thing in their first column, and the next column does not name them: `open hill usedFor winter storage` had
    been read. A table whose first column names things keeps its reading ("| Tool | Use cases |" / "| spade | digging |")."""
    graph = build(tmp_path, "# Dens\n\n### Den warmth\n| Type | Checked against | Use cases |\n|---|---|---|\n"
                            "| local | given den | sleeping, cub rearing |\n| global | open hill | winter storage, fox defense |\n\n"
                            "### Den tools\n| Tool | Use cases |\n|---|---|\n| spade | digging |\n| rake | moss gathering |\n")
    found = folded_facts(graph)
    assert ("spade", "usedFor", "digging") in found, found
    assert not {s for s, r, o in found if s in ("open hill", "given den")}, found


def test_a_version_alone_names_no_row(tmp_path: Path) -> None:
    """ "| version | benchmarks |" / "| v1 (2023) | DenA, DenB |": a version alone is one of the thing the table is about,
    no concept "v1" evaluated by each benchmark; a name with its version ("| spade v2 | digging |") still names its row."""
    graph = build(tmp_path, "# Dens\n\n- **Den Board**\n\n| version | benchmarks |\n|---|---|\n| v1 (2023) | DenA, DenB |\n"
                            "| v2 (2024) | DenC, DenD |\n\n| Tool | Use cases |\n|---|---|\n| spade v2 | digging |\n")
    found = folded_facts(graph)
    assert ("spade v2", "usedFor", "digging") in found, found
    assert not {s for s, r, o in found if s in ("v1", "v2")}, found


def test_a_step_that_opens_a_title_is_no_part_of_its_name(tmp_path: Path) -> None:
    """ "## step 3: den tools" over a table, "subgraph S1[Step 1: dig all tunnels]": a step's place ("Step 1", "Phase 2")
    that opens a title is where it stands among steps; the name is what follows, a doing names no whole. "step 3: den tool"
    and "Step 1" had been made concepts. A title of a name and what it says ("Prefill — fast part") keeps its name."""
    graph = build(tmp_path, "# Dens\n\n## step 3: den tools\n| Tool | When to use | Cost |\n|---|---|---|\n| spade | wet soil | low |\n\n"
                            "```mermaid\ngraph TD\n    subgraph S1[Step 1: dig all tunnels]\n        A[claw digging]\n    end\n"
                            "    subgraph S2[Phase 2: den sealing]\n        C[clay packing]\n    end\n"
                            "    subgraph S3[Prefill — fast part]\n        D[moss step]\n    end\n```\n")
    found = folded_facts(graph)
    assert {("spade", "isA", "den tool"), ("den sealing", "includes", "clay packing"), ("prefill", "contains", "moss step")} <= found, found
    assert not {(s, o) for s, r, o in found if s.startswith(("step", "phase")) or o.startswith("step")}, found


def test_a_subject_of_its_own_after_a_colon_is_the_verbs(tmp_path: Path) -> None:
    """ "Some setts skip it: MossCo and ClayCo use the den model.": a noun phrase after a colon, right before the verb, is
    its subject; the clause before the colon's subject had been read as the user (`sett uses den model`). "Dens have two
    parts: a nest and a tunnel" still lists what follows the colon."""
    graph = build(tmp_path, "# Dens\n\nSome setts skip it: MossCo and ClayCo use the den model.\n\nKey idea: the den uses moss.\n\n"
                            "Dens have two parts: a nest and a tunnel.\n")
    found = folded_facts(graph)
    assert {("mossco", "uses", "den model"), ("clayco", "uses", "den model"), ("den", "uses", "moss"), ("den", "contains", "nest")} <= found, found
    assert not {(s, o) for s, r, o in found if s in ("sett", "key idea")}, found


def test_the_term_comes_from_a_citation(tmp_path: Path) -> None:
    """ "The term comes from Kim et al. (2020), from Moss Research, though ...", "The name comes from Park et al. (2018).":
    who brought the term, as "The term was coined by" says, with the organisation after "from"; it had been dropped. A thing
    that comes from a work ("Moss comes from Lee et al.") is no term's."""
    graph = build(tmp_path, "# Dens\n\nDEEP (deep earth nesting) = digging a nest deep in the ground. The term comes from Kim et al. "
                            "(2020), from Moss Research, though nesting is older.\n\n- **Holt**: a river den. The name comes from Park et al. (2018).\n"
                            "- **Sett**: a big den. Moss comes from Lee et al. (2018).\n")
    found = folded_facts(graph)
    assert {("deep", "developedBy", "kim et al"), ("deep", "developedBy", "moss research"), ("holt", "developedBy", "park et al")} <= found, found
    assert not {(s, o) for s, r, o in found if o == "lee et al"}, found


def test_a_label_on_the_line_after_an_item_labels_the_items_after_it(tmp_path: Path) -> None:
    """ "kinds of den rot:" / "- wet rot" / "- dry rot (in summer)" / "techniques:" / "- **moss packing** — ...": a label on the
    line right after an item, with no blank line, which Markdown runs on into the item, labels the items after it; they
    had been read as kinds of den rot, and the item before lost ("dry rot (in summer) techniques:")."""
    graph = build(tmp_path, "# Dens\n\nkinds of den rot:\n- wet rot\n- dry rot (in summer)\ntechniques:\n"
                            "- **moss packing** — fill gaps with moss. cheap\n- **clay sealing** — seal with clay\n")
    found = folded_facts(graph)
    assert {("wet rot", "isA", "den rot"), ("dry rot", "isA", "den rot")} <= found, found
    assert not {s for s, r, o in found if o == "den rot" and s in ("moss packing", "clay sealing")}, found


def test_a_word_of_one_capital_cited_in_a_list_is_a_name_its_authors_made(tmp_path: Path) -> None:
    """ "Papers cited here: Toolformer (Kim et al., 2023), which ...; and Chameleon (Lee et al., 2023), where ...": a word
    of one capital (a word of the dictionary too) after a colon or in a list, with its citation, is a name its authors
    made, as "ScaNN (Google)" is; it had been read only for names of two capitals; so is one that opens an entry ("- Alpaca
    (Zorpco): ..."). In running text ("the Mossy (Kim et al., 2023) result", "Legolas (Moss Band) fired") it is none."""
    graph = build(tmp_path, "# Dens\n\nPapers cited here: Toolformer (Kim et al., 2023), which dug; and Chameleon (Lee et al., 2023), "
                            "where moss helped.\n\nWe saw the Mossy (Kim et al., 2023) result.\n\n- Alpaca (Zorpco): a den model.\n\n"
                            "Legolas (Moss Band) fired an arrow.\n\n- models: e5-large (Zorpco), dengit (Mossco)\n")
    found = folded_facts(graph)
    assert {("toolformer", "developedBy", "kim et al"), ("chameleon", "developedBy", "lee et al"), ("alpaca", "developedBy", "zorpco"),
            ("e5 large", "developedBy", "zorpco")} <= found, found  # a word in small letters with a digit in it, as before
    assert not {s for s, r, o in found if s in ("mossy", "legolas")}, found
