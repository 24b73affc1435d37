"""Clauses of condition and reason, and other forms read from held-out notes of round fifty-two.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, facts, names


def test_a_clause_of_condition_states_nothing_and_one_of_reason_has_its_own_subject(tmp_path: Path) -> None:
    """ "Dens stay dry if badgers use clay", "... once wombats use clay": a condition says when the sentence holds, not
    that its own clause does; it had read "den uses clay". "when" and "since" before a subject and a verb give a time or
    a reason, facts of their own subject ("when badgers use moss": badgers do; "since dens are cold burrows": den isA
    cold burrow; it had made a concept "ritual since dens"), not the sentence's; "since 2020" is a time, no clause. With the
    condition cut off, "Den tactics are the practical choices": "practical" only says they are the ones at hand, no kind."""
    graph = build(tmp_path, "# Dens\n\nDens stay dry if badgers use clay. Dens stay warm when badgers use moss.\n\n"
                            "Setts stay warm since badgers use moss. Den lining is a ritual since dens are cold burrows.\n\n"
                            "Wombat dens use reeds since 2020. Setts stay dry once wombats use clay.\n\n"
                            "Den tactics are the practical choices once you have decided to dig.\n")
    found = facts(graph)
    assert {("den lining", "isA", "ritual"), ("den", "isA", "cold burrow"), ("badger", "uses", "moss"),
            ("wombat den", "uses", "reed")} <= found, found
    assert not any(s in ("den", "sett") and r == "uses" for s, r, _o in found), found
    assert not any("clay" in o for _s, _r, o in found), found
    assert not any(" since " in name or "choice" in name for name in names(graph)), names(graph)


def test_a_definition_written_as_a_run_of_steps_names_no_kind(tmp_path: Path) -> None:
    """ "- **dig path**: test moss w/ the cheapest spade → test clay w/ a mid spade → pick": three or more steps joined by
    arrows say what to do in turn; its first step ("test moss") had become the kind of the path. Steps that are noun
    phrases are still the thing's parts, and a kind said before the steps is still read."""
    found = facts(build(tmp_path, "# Dens\n\n- **dig path**: test moss w/ the cheapest spade → test clay w/ a mid spade → map price/depth, pick\n"
                                  "- **den flow**: burrow → tunnel → nest\n- **sett plan**: a burrow ritual: map → dig → line\n"))
    assert {("den flow", "contains", "burrow"), ("den flow", "contains", "nest"), ("sett plan", "isA", "burrow ritual")} <= found, found
    assert not any(s == "dig path" for s, _r, _o in found), found


def test_examples_of_a_last_item_that_names_nothing_are_no_kind_of_the_item_before(tmp_path: Path) -> None:
    """ "Dens use clay walls or cheaper stones like Flint": the examples are of the last item, which names no concept (a
    comparison); the item before it is no kind of them: it had read "Flint isA clay wall". Examples of a last item that
    is read stay its own."""
    found = facts(build(tmp_path, "# Dens\n\nDens use clay walls or cheaper stones like Flint. Setts use big spades or small rakes like Claw.\n"))
    assert {("den", "uses", "clay wall"), ("Claw", "isA", "small rake")} <= found, found
    assert not any(s == "Flint" for s, _r, _o in found), found


def test_an_example_that_is_a_side_of_a_thing_names_no_member(tmp_path: Path) -> None:
    """ "- den metrics (e.g. quality of the badger's tunnels)": an example written as the quality (performance, amount, set)
    of something is a side of that thing, which is no member of the kind: it had read "badger tunnel isA metric". Plain
    examples stay members."""
    found = facts(build(tmp_path, "# Setts\n\n- den metrics (e.g. quality of the badger's tunnels)\n- hole metrics (e.g. the amount of moss)\n"
                                  "- sett metrics (e.g. depth, width)\n"))
    assert {("depth", "isA", "sett metric"), ("width", "isA", "sett metric")} <= found, found
    assert not any("tunnel" in s or "moss" in s for s, _r, _o in found), found


def test_how_and_when_after_an_object_are_no_part_of_it(tmp_path: Path) -> None:
    """ "generate token by token", "step by step", "layer after layer": a noun said twice around "by" or "after" says how
    a thing is done, no thing it makes or uses (it had read "moss den produces token" and made "setts step"); "after step
    3", "before the winter", "until spring" say when, no part of the object (it had made "moss after step 3")."""
    graph = build(tmp_path, "# Dens\n\nDens use moss after step 3. Badgers use clay before the winter. Foxes use reeds until spring.\n\n"
                            "Wombats generate setts step by step.\n\n- moss dens: they generate token by token\n- clay dens: they grow layer after layer\n")
    found = facts(graph)
    assert {("den", "uses", "moss"), ("badger", "uses", "clay"), ("fox", "uses", "reed"), ("wombat", "produces", "sett")} <= found, found
    assert not any(r == "produces" and s in ("moss den", "clay den") for s, r, _o in found), found
    assert not any(" step" in name or " after " in name or " before " in name or " until " in name for name in names(graph)), names(graph)


def test_a_name_placed_in_a_topic_is_the_subject_alone(tmp_path: Path) -> None:
    """ "Burrow9 in [[Sett Models]] also uses clay": a name, then where the notes place it ("in" and a plural or a
    title of no article), is the subject alone: it had made a concept "Burrow9 in Sett Models". A word of the
    dictionary before "in" keeps its phrase, and "in" before an article may belong to a name ("Needle in a Haystack")."""
    graph = build(tmp_path, "# Dens\n\n- see [[Moss]]; Burrow9 in [[Sett Models]] also uses clay\n\nBurrow8 in sett models uses reeds.\n")
    found = facts(graph)
    assert {("Burrow9", "uses", "clay"), ("Burrow8", "uses", "reed")} <= found, found
    assert not any(" in " in name for name in names(graph)), names(graph)


def test_what_a_thing_lets_you_do_is_what_it_is_used_for(tmp_path: Path) -> None:
    """ "Den Radar lets you map dens", "Clay Kit allows developers to seal walls", "provider dens let you declare tunnels":
    what anyone can do with a thing is what it is used for (nothing had been read, or "you" taken for the object); not
    what one comes to know or see ("lets you know the depth"). A name right before "which" with no comma is what the
    clause speaks of ("..., and Zorpco's Trowel which lets you write tunnels"). Pairs said "respectively" are not paired
    here, so nothing is read of them."""
    found = facts(build(tmp_path, "# Dens\n\n- Den Radar lets you map dens.\n- Clay Kit allows developers to seal walls.\n"
                                  "- Reed Map lets you know the depth.\n\nProvider dens let you declare tunnels.\n\n"
                                  "Digging these: SpadeKit for badgers, and Zorpco's Trowel which lets you write tunnels in a simple way.\n\n"
                                  "MossQA and DenBench use clay and moss, respectively.\n"))
    assert {("Den Radar", "usedFor", "mapping dens"), ("Clay Kit", "usedFor", "sealing walls"), ("provider den", "usedFor", "declaring tunnels"),
            ("Trowel", "usedFor", "writing tunnels")} <= found, found
    assert not any(s in ("Reed Map", "SpadeKit", "MossQA", "DenBench") and r != "developedBy" for s, r, _o in found), found


def test_a_base_verb_after_a_plural_before_a_mass_noun_ends_the_subject(tmp_path: Path) -> None:
    """ "Badger dens store moss using clay walls": a base verb the tagger calls a noun, between a plural and a noun in the
    singular, is the verb, so the subject ends before it (it had made a concept "Badger dens store moss"); "interleaves"
    says what a thing uses, as "combines" does; a participle before "at" ends an object ("acting aimed at X")."""
    graph = build(tmp_path, "# Dens\n\nBadger dens store moss using clay walls.\n\n- **DenAct:** interleaves digging and lining aimed at dry setts.\n")
    found = facts(graph)
    assert {("badger den", "uses", "clay wall"), ("DenAct", "uses", "digging"), ("DenAct", "uses", "lining")} <= found, found
    assert not any(" store " in name or "aimed" in name for name in names(graph)), names(graph)


def test_a_doing_after_used_for_is_what_a_thing_is_for(tmp_path: Path) -> None:
    """ "Kestrel is used for serving models", "MossNet is useful for building setts and digging dens": a verb's -ing form
    and what it is done to, after a phrase of purpose, is what the thing is for, whole (nothing had been read: the doing
    was taken for a verb phrase, whose object alone names a thing); "reducing the latency" drops its article. A doing
    of no thing ("making everyone happy") is none."""
    found = facts(build(tmp_path, "# Dens\n\nKestrel is used for serving models. MossNet is useful for building setts and digging dens.\n\n"
                                  "ClayNet is used for reducing the latency. ReedNet is good for making everyone happy.\n"))
    assert {("Kestrel", "usedFor", "serving models"), ("MossNet", "usedFor", "building setts"), ("MossNet", "usedFor", "digging dens"),
            ("ClayNet", "usedFor", "reducing latency")} <= found, found
    assert not any(s == "ReedNet" for s, _r, _o in found), found


def test_a_doing_done_with_named_tools_is_what_they_are_for(tmp_path: Path) -> None:
    """ "- Digging dens with SpadeKit", "- Quantization with DenQ and llama.cpp", "- Fine-tuning with MossTune": a doing
    (a gerund and its object, or a doing's noun) done with names is what each name is used for (nothing had been read).
    An instruction ("Seal setts using ClayKit") says what the thing being read does, a doing of many words is a
    sentence, and capitalised words of the dictionary ("Gradient Descent") are no tool's name."""
    found = facts(build(tmp_path, "# Dens\n\n- Digging dens with SpadeKit\n- Quantization with DenQ and llama.cpp\n- Fine-tuning with MossTune\n"
                                  "- Seal setts using ClayKit\n- Optimization with Gradient Descent\n\n"
                                  "Combining moss and clay in one den has shown to be strong with ReedKit.\n"))
    assert {("SpadeKit", "usedFor", "digging dens"), ("DenQ", "usedFor", "quantization"), ("llama.cpp", "usedFor", "quantization"),
            ("MossTune", "usedFor", "fine-tuning")} <= found, found
    assert not any(s in ("ClayKit", "Gradient Descent", "ReedKit") and r == "usedFor" for s, r, _o in found), found


def test_a_superlative_of_distance_names_a_relation_between_points_not_a_judgement(tmp_path: Path) -> None:
    """ "a nearest neighbor search", "the nearest neighbor rule": "nearest" (or "farthest") says which neighbor, as
    "lower bound" says which bound; it judges nothing, so the phrase names a concept (nothing had been read). "the best
    rule" still judges one rule among others and names none."""
    graph = build(tmp_path, "# Dens\n\n- **Vector Jog:** a nearest neighbor search.\n\nDen maps use the nearest neighbor rule. Sett maps use the best rule.\n")
    found = facts(graph)
    assert {("vector jog", "isA", "nearest neighbor search"), ("den map", "uses", "nearest neighbor rule")} <= found, found
    assert not any("best" in name for name in names(graph)), names(graph)


def test_a_fragment_that_ranks_a_thing_among_its_kind_says_its_kind(tmp_path: Path) -> None:
    """ "- **Arc Digging:** the most popular den metric", "cos of the angle. Most common similarity metric for den
    retrieval.", "the fastest den model": a fragment with no verb that ranks the thing being read among a kind says it
    is one, as "It is the most popular den metric" did (nothing had been read). A sentence with a verb keeps its
    reading ("The most popular den model is MossNet"), and a label before a colon is no such fragment."""
    found = facts(build(tmp_path, "# Dens\n\n- **Arc Digging:** the most popular den metric.\n"
                                  "- **Sine Digging:** cos of the angle. Most common similarity metric for den retrieval.\n"
                                  "- **Fast Digging:** the fastest den model.\n- **Slow Digging:** the best den model for clay: MossNet.\n\n"
                                  "The most popular sett model is ClayNet.\n"))
    assert {("arc digging", "isA", "den metric"), ("sine digging", "isA", "similarity metric"), ("fast digging", "isA", "den model"),
            ("ClayNet", "isA", "sett model")} <= found, found
    assert not any(s == "slow digging" and r == "isA" for s, r, _o in found), found


def test_what_a_thing_is_vulnerable_to_and_whose_successor_it_is(tmp_path: Path) -> None:
    """ "MossNet is vulnerable to fox attacks", "DenBot is susceptible to prompt floods": what a thing is open to is a
    trouble it suffers from, as "is prone to" says (nothing had been read). "a successor of ClayNet" (predecessor,
    rival) says what it is to another thing, no kind: it had made a concept "successor of ClayNet"."""
    graph = build(tmp_path, "# Dens\n\nMossNet is a successor of ClayNet. MossNet is vulnerable to fox attacks. DenBot is susceptible to prompt floods.\n")
    found = facts(graph)
    assert {("MossNet", "suffersFrom", "fox attack"), ("DenBot", "suffersFrom", "prompt flood")} <= found, found
    assert not any("successor" in name for name in names(graph)), names(graph)


def test_a_risk_said_last_of_what_a_thing_is_like_is_a_trouble_of_it(tmp_path: Path) -> None:
    """ "- **Moss lining:** fast, but risk of mold", "code digger = very powerful but risk of den collapse attacks", "Moss
    beds keep dens warm, but there is a risk of mold": a risk said last of a run of what the thing is like or does is a
    trouble it suffers from, as "but adds latency" is (nothing had been read); "The risk of mold is high" says nothing of
    a thing."""
    found = facts(build(tmp_path, "# Dens\n\n- code digger = very powerful but risk of den collapse attacks.\n- **Moss lining:** fast, but risk of mold.\n\n"
                                  "Moss beds keep dens warm, but there is a risk of mold.\n\nThe risk of flooding is high.\n"))
    assert {("code digger", "suffersFrom", "den collapse attack"), ("moss lining", "suffersFrom", "mold"), ("moss bed", "suffersFrom", "mold")} <= found, found
    assert not any(o == "flooding" for _s, _r, o in found), found


def test_names_after_an_instruction_that_defines_a_term_are_its_examples(tmp_path: Path) -> None:
    """ "- **Den distillation:** train a small den to mimic a big den, e.g. DenBERT": names given last, after a definition
    that says what to do, are examples of the term, as after one that says what it does ("scores a den pair, e.g.
    DenCap"); nothing had been read. An example that is no name ("e.g. with wet clay") is none."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den distillation:** train a small den to mimic a big den, e.g. DenBERT.\n"
                                  "- **Den lining:** line the den, e.g. MossLine or ClayLine.\n- **Den sealing:** seal the den with clay, e.g. with wet clay.\n"))
    assert {("DenBERT", "exampleOf", "den distillation"), ("MossLine", "exampleOf", "den lining"), ("ClayLine", "exampleOf", "den lining")} <= found, found
    assert not any(s == "den sealing" or o == "den sealing" for s, _r, o in found), found


def test_a_definition_that_lists_doings_says_what_the_term_takes_in(tmp_path: Path) -> None:
    """ "- **den care** — den sweeping, managing moss + clay, monitoring": a definition that lists only doings (a doing's
    noun, an -ing word alone or with what it is done to) says what the term takes in, though one is a verb and its
    object (nothing had been read); a sum inside an item keeps its first part ("managing moss"). Under a plural term
    they are no kinds of it ("**Den support systems:** handling burrows, resolving floods": includes, not isA)."""
    found = facts(build(tmp_path, "# Dens\n\n- **den care** — den sweeping, managing moss + clay, monitoring.\n"
                                  "- **Den support systems:** Handling burrows, resolving floods, and providing shelter.\n"))
    assert {("den care", "includes", "den sweeping"), ("den care", "includes", "managing moss"), ("den care", "includes", "monitoring"),
            ("den support system", "includes", "resolving floods")} <= found, found
    assert not any(r == "isA" for _s, r, _o in found), found


def test_a_term_that_is_a_name_and_its_kind_is_one_of_the_kind(tmp_path: Path) -> None:
    """ "- Zorpco's DenQA benchmark = ...", "- **MossQA benchmark**: ...": a term written as a name and a word for its
    kind (benchmark, model, library, ...) is one of that kind, as a mention of it in prose says (the term had been read
    as the name alone). "**Den Architecture:**" is how the den is built, no architecture the den is."""
    found = facts(build(tmp_path, "# Dens\n\n- Zorpco's DenQA benchmark = more thorough long den eval\n- **MossQA benchmark**: tests digging.\n"
                                  "- **MossNet Architecture:** two parts, a tunnel and a nest.\n"))
    assert {("DenQA", "isA", "benchmark"), ("MossQA", "isA", "benchmark"), ("DenQA", "developedBy", "Zorpco")} <= found, found
    assert not any(o == "architecture" for _s, _r, o in found), found


def test_a_kind_then_a_participle_after_a_comma_is_what_the_term_is(tmp_path: Path) -> None:
    """ "- den map = burrow chart, set by the badger", "- **sett plan**: a burrow chart, drawn by the fox": a kind, then
    a participle and its preposition after a comma, is what the term is; the participle says how, and names no second
    kind ("set" is a past form as "made" is: it had made `sett plan isA set`, and read nothing without the article)."""
    found = facts(build(tmp_path, "# Dens\n\n- den map = burrow chart, set by the badger\n- **sett plan**: a burrow chart, set by the fox\n"
                                  "- **hole plan**: tunnel sketch, drawn by badgers at night\n"))
    assert {("den map", "isA", "burrow chart"), ("sett plan", "isA", "burrow chart"), ("hole plan", "isA", "tunnel sketch")} <= found, found
    assert not any(o == "set" for _s, _r, o in found), found
