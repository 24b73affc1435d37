"""Prose whose subject and verb stand a little apart, or whose verb is a plain one: "vLLM and TGI both
use ...", "llama.cpp (which uses the GGUF format)", "TTFT depends on the prefill step". A sentence's
subject becomes a concept only when a claim is of it.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, lowered, rules

from kg.ingest import clauses
from kg.ingest.relations import relation_matches


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("Kestrel and Wombat both use burrow caching.", {"kestrel", "wombat"}),
    ("Kestrels all use burrow caching.", {"kestrel"}),  # a plural opening the sentence: the common noun
    ("Quokka each use burrow caching.", {"quokka"}),
])
def test_a_floating_quantifier_after_the_subject_is_no_part_of_it(tmp_path: Path, sentence: str, subjects: set[str]) -> None:
    facts = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert {s for s, r, o in facts if r == "uses" and o == "burrow caching"} == subjects


def test_a_relative_clause_in_parentheses_speaks_of_the_name_before_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Tools I tried: kestrel.cpp (which uses the ZORP format) and Wombat (which was developed by Quokka Labs).

        The burrow (which uses tunnels) is deep.
        """)
    facts = lowered(graph)
    assert ("kestrel.cpp", "uses", "zorp format") in facts
    assert ("wombat", "developedBy", "quokka labs") in facts
    assert {("kestrel.cpp", "isA", "tool"), ("wombat", "isA", "tool")} <= facts  # "Tools I tried:": tools, whoever tried them
    assert not any(o == "tunnel" for _s, _r, o in facts)  # after a common noun: no name to speak of


def test_a_verb_in_parentheses_after_a_name_speaks_of_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Den sorting methods: exact match, DenHash (uses root hashing), moss overlap.

        - metrics: **DigScore** (uses Wombat embeddings), **MoverDig**

        Digs work better than Act (involves acting only) on both fields. The burrow (uses clay) is deep.

        KestrelNet (needs tests) is new.
        """))
    assert {("denhash", "uses", "root hashing"), ("digscore", "uses", "wombat embedding")} <= facts, facts
    assert not any(s in ("act", "burrow", "kestrelnet") for s, _r, _o in facts), facts  # a word, a common noun, no relation's verb


def test_a_relation_inside_an_indirect_question_is_not_the_subject_s(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The survey shows how wombats use moss. Moss depth measures how damp a den is about the entrance.

        Scent marking is what enables wombats to find dens. Den radar explains how it uses sound waves.
        """))
    assert not any(s in ("survey", "moss depth") for s, _r, _o in facts), facts
    assert {("scent marking", "usedFor", "finding dens"), ("den radar", "uses", "sound wave")} <= facts, facts


def test_depends_on_and_is_associated_with_relate(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel latency depends on the burrow depth. Wombat zorping is associated with deep burrows.
        """))
    assert ("kestrel latency", "relatedTo", "burrow depth") in facts or ("burrow depth", "relatedTo", "kestrel latency") in facts
    assert ("wombat zorping", "relatedTo", "deep burrow") in facts or ("deep burrow", "relatedTo", "wombat zorping") in facts


def test_a_subject_no_claim_is_of_makes_no_concept(tmp_path: Path) -> None:
    # the tagger reads "groups" as a plural noun: the words before "into" would be a subject, and no claim is of it
    graph = build(tmp_path, """\
        # Notes

        The book groups burrows into nest burrows (e.g. holes, dens), food burrows and escape burrows.
        """)
    assert ("nest burrow", "isA", "burrow") in lowered(graph)
    assert_no_concept(graph, "book groups burrow into nest burrow")


@pytest.mark.parametrize(("item", "name"), [
    ("KeLoRA work with a few hundred examples", "KeLoRA"),  # a verb the tagger calls a noun after a name, then its preposition
    ("BERT-based sentence encoders", "BERT-based sentence encoders"),  # a noun after a name, then another noun
    ("Quill adapters", "Quill adapters"),
])
def test_a_list_of_examples_ends_before_the_verb_after_a_name(item: str, name: str) -> None:
    from kg.ingest.hearst import _until_verb

    assert _until_verb(item) == name


def test_an_example_that_is_the_head_of_its_kind_is_no_kind_of_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nNoisy burrow data, e.g. data annotated by kestrels, can hurt more than it helps.\n"))
    assert not any(s == "data" and r == "isA" for s, r, _o in facts), facts


def test_a_name_from_a_makers_name_without_a_comma_says_who_made_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel-7 from Acme Labs and Wombat from Quill Research get mentions too. Data from Common Crawl is noisy.
        We moved from Kestrel to Wombat.
        """))
    assert {("kestrel-7", "developedBy", "acme labs"), ("wombat", "developedBy", "quill research")} <= facts, facts
    assert not any(s == "data" for s, _r, _o in facts), facts  # a common word: where it came from, no maker
    assert len([f for f in facts if f[1] == "developedBy"]) == 2, facts


def test_it_opening_the_next_sentence_is_what_the_first_sentence_spoke_of(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Kestreling adapts burrows to a task. It is a form of wombat learning.

        Reading group, weeks 1-4. Covers burrow digging and nesting.
        """)
    facts = lowered(graph)
    assert ("kestreling", "isA", "wombat learning") in facts, facts
    assert not any(s.startswith("reading group") for s, _r, _o in facts), facts  # no pronoun: no subject carried over


def test_it_is_carried_over_only_in_prose_and_only_in_number(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - Early kestrels were hard to tame, but recent ones hover well. It is a type of wombat.

        Early burrows were hard to dig. It uses claws.

        The quokka digs burrows. They use teeth.
        """)
    facts = lowered(graph)
    assert not any(s.startswith("early") for s, _r, _o in facts), facts  # a list item, and "it" after a plural
    assert not any(s == "quokka" for s, _r, _o in facts), facts  # "they" after a singular


def test_a_kind_opening_a_sentence_keeps_its_first_word_when_its_examples_run_into_the_verb(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nBurrow quality metrics such as depth score and dryness tell you how good a burrow is.\n"))
    assert {("depth score", "isA", "burrow quality metric"), ("dryness", "isA", "burrow quality metric")} <= facts, facts


def test_a_clause_narrowing_a_bare_plural_states_nothing_of_all_of_them(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nKestrel failures include toxic burrows, burrows that contain water and muddy burrows.\n"))
    assert ("kestrel failure", "includes", "toxic burrow") in facts, facts
    assert not any(s == "burrow" for s, _r, _o in facts), facts  # "burrows that contain water" are some burrows


def test_plain_verbs_of_purpose_and_use(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel tuning enables burrow search on a single GPU. Too much wombat data can lead to burrow collapse.
        Quokka caching reuses the burrow prefix. Zorp models are optimized for hovering.
        Digging on too much wet soil can cause burrow collapse. Wombat sorting helps with burrow search.
        """))
    assert {("kestrel tuning", "usedFor", "burrow search"),
            ("quokka caching", "uses", "burrow prefix"), ("zorp model", "usedFor", "hovering"),
            ("wombat sorting", "usedFor", "burrow search")} <= facts, facts
    assert not any(s.startswith(("too ", "digging")) for s, _r, _o in facts), facts  # a quantity opens no name; a doing is none


def test_two_things_that_are_families_of_a_kind_are_of_that_kind_and_an_adverb_names_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Burrow adapters and soft tunnels are the other two families of wombat methods. The answer is a firm maybe.
        """)
    facts = lowered(graph)
    assert {("burrow adapter", "isA", "wombat method"), ("soft tunnel", "isA", "wombat method")} <= facts, facts
    assert not any(o in ("family", "firm maybe") for _s, _r, o in facts), facts


def test_a_hedged_aside_after_a_kind_is_no_second_kind(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nLong-term burrow memory is an external store, usually a wombat database, that kestrels read.\n"))
    assert ("long-term burrow memory", "isA", "external store") in facts, facts
    assert not any(o == "wombat database" for _s, _r, o in facts), facts


def test_what_is_used_is_the_kind_a_list_of_examples_follows_unless_a_shell_word(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nKestrel uses eviction policies like LRU and FIFO. Wombat uses techniques like Quill.\n"))
    assert {("kestrel", "uses", "eviction policy"), ("lru", "isA", "eviction policy"), ("fifo", "isA", "eviction policy")} <= facts, facts
    assert ("wombat", "uses", "quill") in facts, facts  # "techniques like": the shell word names nothing, the example is what is used
    assert not any(s == "kestrel" and o in ("lru", "fifo") for s, _r, o in facts), facts


def test_a_clause_after_comma_and_has_its_own_subject(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel uses twig weaving, and Wombat uses burrow digging.

        The zorp model uses attention, and the quokka model uses recurrence.

        Kestrel uses attention, and it includes a burrow cache.

        Wombat uses tunnels, and moss bedding, and is trained on soil maps.

        Quokka tracks burrows, while burrow mapping is a wider practice, and it uses soil probes.

        Zorp uses tunnels, and the kestrel model is mostly trained on soil maps.

        Kestrel digging uses claws, Wombat digging uses paws, and Zorp digging uses shovels.

        Burrow tuning, Zorp digging, and tunnel caching use moss bedding.
        """))
    assert {("kestrel digging", "uses", "claw"), ("wombat digging", "uses", "paw"), ("zorp digging", "uses", "shovel")} <= facts
    assert not any(s == "kestrel digging" and o in {"paw", "shovel", "wombat digging"} for s, _r, o in facts), facts
    # a comma before any verb: one list of subjects, each of them
    assert {"burrow tuning", "zorp digging", "tunnel caching"} <= {s for s, r, o in facts if o == "moss bedding"}
    assert ("burrow mapping", "uses", "soil probe") in facts  # "it": the subject of the clause before
    assert ("quokka", "uses", "soil probe") not in facts
    # an auxiliary and an adverb between the subject and the verb
    assert ("kestrel model", "trainedOn", "soil map") in facts and ("zorp", "trainedOn", "soil map") not in facts
    assert {("kestrel", "uses", "twig weaving"), ("wombat", "uses", "burrow digging")} <= facts
    assert {("zorp model", "uses", "attention"), ("quokka model", "uses", "recurrence")} <= facts
    assert ("kestrel", "includes", "burrow cache") in facts
    assert {("wombat", "uses", "tunnel"), ("wombat", "uses", "moss bedding"), ("wombat", "trainedOn", "soil map")} <= facts
    assert not any(o in {"wombat", "quokka model"} or (s, o) == ("kestrel", "burrow digging")
                   or (s, o) == ("zorp model", "recurrence") for s, _r, o in facts)


def test_a_clause_after_comma_and_may_say_what_its_subjects_are(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The kestrel uses twigs, and Wombat and Quokka are popular burrow diggers.

        The zorp model uses moss, and wombats are burrow diggers.

        The quokka model uses tunnels, soil maps, and burrow caches.
        """))
    assert {("wombat", "isA", "burrow digger"), ("quokka", "isA", "burrow digger")} <= facts, facts
    assert {o for s, r, o in facts if s == "kestrel" and r == "uses"} == {"twig"}, facts
    assert {o for s, r, o in facts if s == "zorp model" and r == "uses"} == {"moss"}, facts
    assert {o for s, r, o in facts if s == "quokka model" and r == "uses"} == {"tunnel", "soil map", "burrow cache"}  # a list stays one


def test_a_plural_opening_a_sentence_keeps_its_verb_where_the_tagger_calls_it_a_noun(tmp_path: Path) -> None:
    # "Wombats use burrows": the capital makes "Wombats" a name to the tagger and "use" a noun after it
    facts = lowered(build(tmp_path, "# Notes\n\nWombats use burrows, and Kestrel and Quokka are hunting birds.\n"))
    assert {("kestrel", "isA", "hunting bird"), ("quokka", "isA", "hunting bird")} <= facts, facts
    assert not any(r == "uses" and o in {"kestrel", "quokka"} for _s, r, o in facts), facts


def test_what_is_used_for_a_purpose_is_the_thing_used(tmp_path: Path) -> None:
    # "The census uses moss for bedding": the moss is for bedding, not the census; "is used for" stays the subject's
    facts = lowered(build(tmp_path, "# Notes\n\nThe census uses moss for bedding.\n\nKestrel mapping is used for burrow surveys.\n"))
    assert {("census", "uses", "moss"), ("moss", "usedFor", "bedding"), ("kestrel mapping", "usedFor", "burrow survey")} <= facts, facts
    assert ("census", "usedFor", "bedding") not in facts


def test_a_clause_of_reason_put_first_ends_at_the_comma_before_the_main_clause(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Then comes the odd bit: because digging is slow, the same burrow can produce different nests.

        One more thing: although kestrels are shy, wombats use burrow caching.

        Kestrel is fast because it uses moss, twigs and feathers.
        """))
    assert not any(s in ("digging", "kestrel") and o in ("nest", "burrow caching") for s, _r, o in facts), facts
    assert ("wombat", "uses", "burrow caching") in facts
    assert {("kestrel", "uses", o) for o in ("moss", "twig", "feather")} <= facts  # a list after "because" stays one


def test_an_example_that_runs_into_its_verb_before_a_preposition_ends_before_it(tmp_path: Path) -> None:
    # "PEFT methods like LoRA work with a few hundred examples": "work" is the verb, no part of the name
    facts = lowered(build(tmp_path, """\
        # Notes

        Falcon methods like Kestrel work with a few moss beds.

        Falcon methods like Zorp tuning with adapters help.
        """))
    assert ("kestrel", "isA", "falcon method") in facts and not any("kestrel work" in x for s, _r, o in facts for x in (s, o)), facts
    assert ("zorp tuning", "isA", "falcon method") in facts, facts  # a gerund is no verb in the present


def test_a_list_of_examples_its_and_closed_ends_at_the_next_comma_and(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Burrow metrics:** soil moisture, depth metrics like tunnel depth, shaft depth and total depth, and cost.

        Kestrels track nest metrics such as width, height and weight, and the keeper tracks cost.

        Burrow care includes digging, cleaning and sweeping, and lining.
        """))
    assert ("burrow care", "includes", "lining") in facts  # not a list of examples: an item may hold its own "and"
    assert {("tunnel depth", "isA", "depth metric"), ("total depth", "isA", "depth metric")} <= facts
    assert {("width", "isA", "nest metric"), ("weight", "isA", "nest metric")} <= facts
    assert not any(s in {"cost", "keeper"} and r == "isA" for s, r, _o in facts)


def test_an_instruction_after_a_semicolon_has_no_subject(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        ## Tunnel splitting

        - split by roots, stones, or layers; use some overlap between tunnels

        Kestrel is a burrow tool; it uses moss bedding.
        """))
    assert not any(o == "overlap" for _s, _r, o in facts), facts
    assert ("kestrel", "uses", "moss bedding") in facts  # a pronoun after the semicolon is the sentence's subject


def test_a_noun_and_a_clause_about_it_without_that_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - the burrow data should cover the range of problems wombats bring
        - Kestrel covers burrow problems.
        """)
    assert ("kestrel", "includes", "burrow problem") in lowered(graph)  # a noun phrase alone is read as ever
    assert_no_concept(graph, "problems wombats bring", "problem wombats bring")


def test_a_clause_of_reason_or_concession_is_read_apart(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        ## Reverse burrowing

        **Reverse burrowing.** Take existing tunnels and ask a wombat to write the maps. This avoids fake maps, because the maps were written by kestrels.

        Kestrel is fast because it uses moss bedding.

        Quokka is popular, although it uses old maps.

        Wombat is slow because of tunnels.
        """))
    assert not any(r == "createdBy" for _s, r, _o in facts), facts  # the maps, said before: no concept's maker
    # ("old maps": how old says nothing of which maps, as "new" and "modern" do not)
    assert {("kestrel", "uses", "moss bedding"), ("quokka", "uses", "map")} <= facts
    assert not any(o == "tunnel" for _s, _r, o in facts)


def test_a_relative_clause_with_two_objects_of_one_article_keeps_them(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        A burrow critic is a scoring model that takes a map and a tunnel and outputs a score.

        Torus contains an encoder that reads the input and a decoder that writes the output.
        """))
    assert ("burrow critic", "isA", "scoring model") in facts and ("burrow critic", "isA", "tunnel") not in facts
    assert {("torus", "contains", "encoder"), ("torus", "contains", "decoder")} <= facts


def test_a_clause_after_a_colon_or_a_verb_after_an_aside_is_no_list_item(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrow mapping is part of the survey too: the census tracks tunnels, holes and nests.

        The Zorp law, introduced by Kestrel Labs, says that a burrow needs two exits.

        Wombat is the most popular burrow model: it freezes the soil and digs two small tunnels.

        Quokka combines Wombat with soil probes so that a burrow fits in one map.
        """))
    assert ("burrow mapping", "partOf", "survey") in facts
    assert not any(s == "burrow mapping" and o in {"hole", "nest"} for s, _r, o in facts)
    assert {o for s, r, o in facts if s == "zorp law" and r == "developedBy"} == {"kestrel labs"}
    assert {o for s, r, o in facts if s == "wombat" and r == "isA"} == {"burrow model"}
    assert ("quokka", "uses", "soil probe") in facts and not any(o.endswith(" so") for _s, _r, o in facts)


def test_an_example_singled_out_in_a_list_is_no_item_of_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nBurrow techniques include digging, especially deep digging, and lining.\n"))
    assert {("digging", "isA", "burrow technique"), ("lining", "isA", "burrow technique")} <= facts
    assert not any(s.startswith("especially") for s, _r, _o in facts)


def test_makers_are_named_not_roles(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel was introduced by Quokka researchers in 2021.

        Wombat was introduced by researchers at Zorp University in 2023.

        Burrow tuning was developed by Ada Moreno and colleagues.

        The maps were written by humans.
        """))
    assert ("kestrel", "developedBy", "quokka") in facts
    assert ("wombat", "developedBy", "zorp university") in facts
    assert ("burrow tuning", "developedBy", "ada moreno") in facts
    assert not any(o in {"colleague", "human", "researcher", "quokka researcher"} for _s, _r, o in facts), facts


def test_a_plural_copula_drops_judgement_and_reads_a_kind_of(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Tunnel flooding, roof collapse and burrow theft are the main burrow attacks.

        Large kestrel models (LKMs) are the best-known kind of bird model.
        """))
    assert {(s, "isA", "burrow attack") for s in ("tunnel flooding", "roof collapse", "burrow theft")} <= facts
    assert ("large kestrel model", "isA", "bird model") in facts
    assert not any(o.startswith(("main ", "best-known")) for _s, _r, o in facts)


def test_belongs_to_and_a_counted_split_by_the_writer(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        She splits the burrow stack into three layers: tunnel digging, nest building and soil care.

        Root cutting and stone moving belong to the tunnel digging layer, while moss packing falls under nest building.

        Kestrel belongs to Zorp Labs.
        """))
    assert {("burrow stack", "includes", x) for x in ("tunnel digging", "nest building", "soil care")} <= facts
    # a layer is a part of a whole: what belongs to it is part of it; what falls under a doing is included in it
    assert {("root cutting", "partOf", "tunnel digging layer"), ("stone moving", "partOf", "tunnel digging layer"),
            ("moss packing", "includedIn", "nest building")} <= facts
    assert not any(s == "kestrel" for s, _r, _o in facts)  # what a name owns is no scope


def test_a_participle_set_off_after_a_name_is_said_of_the_name(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        It grows with depth, and TunnelGuard, developed for Kestrel at Zorp Labs, reduces collapses.

        Quokka uses Wombat, trained on soil maps.
        """))
    assert ("tunnelguard", "usedFor", "kestrel") in facts
    assert ("quokka", "trainedOn", "soil map") in facts  # after the verb's object: the sentence's subject still
    assert ("wombat", "trainedOn", "soil map") not in facts


def test_a_subject_after_a_clause_and_a_comma_is_the_verb_s(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        A burrow outputs pebbles, the sump turns them into mud, and a kestrel picks the driest tunnel.

        Wombat, the digging model, uses claws.
        """))
    assert {("sump", "produces", "mud"), ("burrow", "produces", "pebble")} <= facts
    assert not any(r == "produces" and (s, o) not in {("sump", "mud"), ("burrow", "pebble")} for s, r, o in facts)
    assert ("wombat", "uses", "claw") in facts and ("digging model", "uses", "claw") not in facts


def test_words_that_read_as_verbs_but_are_nouns_or_objects_state_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Burrow notes: evaluating tunnel maps

        Benchmarks also saturate: once kestrels dig deep tunnels, the benchmark stops telling them apart.

        Wombat mapping is the broader property of being able to infer a burrow from its exits.

        The licenses of some map makers forbid using their maps to train kestrels.

        Quokka is using moss bedding.
        """)
    facts = lowered(graph)
    assert not any(o == "saturate" or s.startswith("burrow note") for s, _r, o in facts), facts
    assert not any(o.startswith("property of") for _s, _r, o in facts)
    assert not any(r == "uses" and o == "map" for _s, r, o in facts)
    assert ("quokka", "uses", "moss bedding") in facts  # "is using": the subject's use


def test_examples_in_an_opening_and_a_name_that_opens_with_a_judging_word(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Unlike burrow models such as Kestrel, which dig alone, nest models such as Wombat are trained to share tunnels.

        Common Burrow, a public archive of tunnel maps, is a soil dataset.
        """))
    assert {("kestrel", "isA", "burrow model"), ("wombat", "isA", "nest model")} <= facts
    assert ("common burrow", "isA", "soil dataset") in facts and not any(s == "burrow" for s, _r, _o in facts)


def test_a_price_a_catch_or_two_variants_name_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Continuous burrowing lets new kestrels join at once. The price is a more complex tunnel scheduler.

        Zorp and Quokka are two variants that drop the separate nest.
        """)
    assert_no_concept(graph, "price", "variant")
    assert not any(r == "isA" for _s, r, _o in lowered(graph))


def test_a_clause_whose_verb_reads_as_a_noun_ends_a_list(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel splits the burrow into tunnels, and root digging and stone digging split the soil.

        Wombat uses moss, roots, and stones.
        """))
    assert not any(o in {"root digging", "stone digging"} for _s, _r, o in facts), facts
    assert {("wombat", "uses", "moss"), ("wombat", "uses", "root"), ("wombat", "uses", "stone")} <= facts


def test_a_list_of_descriptions_after_a_colon_names_nothing(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrow watching covers three kinds of change: changes in the soil, changes in the moss, and changes in the roots.

        Each burrow consists of three chambers: a nest, a pantry, and a latrine.
        """))
    assert not any(s == "burrow watching" for s, _r, _o in facts), facts
    assert {("burrow", "contains", "nest"), ("burrow", "contains", "pantry"), ("burrow", "contains", "latrine")} <= facts


def test_a_noun_after_a_colon_before_another_verb_is_that_verbs_subject(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel is a special falcon: hovering is just one skill.

        Quokka uses a tunnel: the tunnel uses moss.

        Wombat uses two things: moss and twigs.
        """))
    assert {("kestrel", "isA", "special falcon"), ("hovering", "isA", "skill"), ("tunnel", "uses", "moss")} <= facts, facts
    assert not any(s in ("kestrel", "quokka") and o in ("hovering", "skill", "moss") for s, _r, o in facts), facts
    assert {("wombat", "uses", "moss"), ("wombat", "uses", "twig")} <= facts  # a list after the colon stays the verb's


def test_the_reader_after_an_imperative_is_no_subject(tmp_path: Path) -> None:
    # "Imagine you are a detective": the reader is what is imagined, not the entry the imperative would stand for
    facts = lowered(build(tmp_path, "# Notes\n\n- **Burrow mapping**: A way to map burrows. Imagine you are a ranger drawing tunnels. "
                                    "Suppose we have a large colony.\n"))
    assert not any(s == "burrow mapping" and ("ranger" in o or "colony" in o) for s, _r, o in facts), facts


def test_a_person_a_story_names_by_an_honorific_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nSir Moss took action. Sir Moss uses twigs. Captain Quill is a burrow keeper.\n\n"
                            "- **Sir Fern (Burrow Keeping)** shines in deep burrows.\n")
    assert not any(s in ("sir moss", "captain quill") for s, _r, _o in lowered(graph)), lowered(graph)
    assert_no_concept(graph, "Sir Moss", "Captain Quill", "Sir Fern")


def test_a_paragraph_on_a_thing_that_names_its_kinds_by_it_has_them_as_kinds(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        We spent a long time on burrowing. Static burrowing waits for rain, dynamic burrowing follows the
        season, and tunnel burrowing, which wombats prefer, never stops.

        Latency matters to rangers. Low latency is rare, and high latency is common.

        Owls hunt at night. Barn owls hunt mice.

        Kestrels use data to map burrows. Survey data is old, and nest data is new.
        """)
    facts = lowered(graph)
    assert {(k, "isA", "burrowing") for k in ("static burrowing", "dynamic burrowing", "tunnel burrowing")} <= facts, facts
    assert rules(graph, "static burrowing", "isA", "burrowing") == {("shared-head", "structural")}
    assert not any(o == "latency" for _s, _r, o in facts), facts  # words of degree name no kinds
    assert not any(o == "owl" for _s, _r, o in facts), facts  # one kind alone is no list of kinds
    assert not any(r == "isA" and o == "data" for _s, r, o in facts), facts  # a word in passing is not what the paragraph is on


def test_a_paragraph_opening_on_a_shell_noun_names_no_kinds_of_it(tmp_path: Path) -> None:
    """ "Step 1: map all the tunnels. ... first a den-mapping step, then the tunnel survey step": steps of something the
    paragraph does not name, no kinds of "step"."""
    facts = lowered(build(tmp_path, """\
        # Notes

        **Step 1: evaluate every tunnel in a burrow.** Real burrows have many parts. First a **den-mapping** step, then the tunnel survey step.
        """))
    assert not any(r == "isA" and o == "step" for _s, r, o in facts), facts


def test_a_paragraph_opening_on_a_compound_has_the_kinds_named_by_its_head_word(tmp_path: Path) -> None:
    """ "Den upkeep closes the season. Daily upkeep ..., while weekly upkeep ...": kinds of den upkeep,
    not of a word in passing ("soil")."""
    facts = lowered(build(tmp_path, """\
        # Notes

        Den upkeep closes the season. Daily upkeep is quick but shallow, while weekly upkeep is thorough.
        Den upkeep never ends.

        Burrow samples show soil in thin layers. Wet soil is heavy, and dry soil is light.
        """))
    assert {("daily upkeep", "isA", "den upkeep"), ("weekly upkeep", "isA", "den upkeep")} <= facts, facts
    assert not any(r == "isA" and o in ("soil", "burrow sample") for _s, r, o in facts), facts


def test_a_quantity_defined_by_a_formula_in_words_relates_to_what_it_is_computed_from(tmp_path: Path) -> None:
    """ "Den depth is the exponential of soil loss", "is simply the harmonic mean of A and B": related, no
    kind ("exponential", "mean") and no part."""
    graph = build(tmp_path, """\
        # Metrics

        Den depth is simply the exponential of soil loss, so the two move together.

        The burrow score is the harmonic mean of den depth and den warmth.
        """)
    facts = lowered(graph)
    assert {("den depth", "relatedTo", "soil loss"), ("burrow score", "relatedTo", "den depth"),
            ("burrow score", "relatedTo", "den warmth")} <= facts, facts
    assert not any(o in ("exponential", "harmonic mean", "mean") for _s, _r, o in facts), facts
    assert rules(graph, "den depth", "relatedTo", "soil loss") == {("phrase", "stated")}


def test_a_time_after_a_clause_set_off_is_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nWe tried Kestrel-4, which is a large burrow model, last week.\n")
    assert ("kestrel-4", "isA", "large burrow model") in lowered(graph)
    assert_no_concept(graph, "last week")


def test_a_clause_after_a_colon_has_the_subject_it_names(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Kestrel digging is the compromise: burrow tunnels are split into chambers.

        - **Wombat digging** is the other compromise: query heads are split into clusters.
        """))
    assert ("burrow tunnel", "contains", "chamber") in facts
    assert ("kestrel digging", "contains", "chamber") not in facts
    assert ("query head", "contains", "cluster") in facts  # in an entry too: no stand-in for the entry after the colon
    assert ("wombat digging", "contains", "cluster") not in facts


def test_there_are_two_types_and_its_without_its_apostrophe(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Burrow guards:** Guards keep kestrels out. There are two types: tunnel guards and nest guards.
        - **Moss packing:** Its done with soil tools like Zorp and with nest tools such as Wombat.
        - **Twig weaving:** It is done with burrow tools like Quokka (root cutting, stone moving) and with nest tools.
        """))
    assert ("quokka", "isA", "burrow tool") in facts  # the "and" before "with" closes the list, no part of its last item
    assert {("tunnel guard", "isA", "burrow guard"), ("nest guard", "isA", "burrow guard")} <= facts
    assert ("moss packing", "uses", "soil tool") in facts


def test_the_subject_of_a_clause_with_no_relation_phrase_ends_at_its_verb(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrowing improves tunnel depth, nest warmth and exit count, but it uses moss bedding.
        """))
    assert ("burrowing", "uses", "moss bedding") in facts
    assert not any(s in {"nest warmth", "exit count", "nest warmth and exit count"} for s, _r, _o in facts), facts


def test_the_hardest_part_of_something_is_no_part_of_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Soil is the hardest part of burrowing. Kestrel is the latest burrow model. A nest is a part of the burrow.
        """))
    assert not any(s == "soil" for s, _r, _o in facts), facts
    assert {("kestrel", "isA", "burrow model"), ("nest", "partOf", "burrow")} <= facts


def test_a_compound_before_of_the_is_the_object(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Moss packing is part of the nest building stage of the burrow cycle. The kestrel uses a representation of the current tunnel.
        """))
    assert ("moss packing", "partOf", "nest building stage") in facts
    assert not any(o.startswith("representation") for _s, _r, o in facts)


def test_members_listed_with_their_tasks_and_a_maker_that_runs_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Burrow benchmarks include Zorp for depth, Kestrel for width and Wombat for moisture.

        Quokka Arena, run by Moss Labs, ranks burrows.
        """))
    assert {(x, "isA", "burrow benchmark") for x in ("zorp", "kestrel", "wombat")} <= facts
    assert ("zorp", "evaluates", "depth") in facts  # a benchmark evaluates its task
    assert ("quokka arena", "developedBy", "moss labs") in facts


def test_what_a_thing_is_produced_or_generated_by(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Data:** facts kept for later.
        - **Moss bedding:** a soft layer. Produced by a moss press, e.g. Quill.
        - **Twig data** — data generated by kestrel models instead of people. Used for nest building.

        Burrow maps are generated by wombat scouts. Kestrel cleans burrow data produced by moss sensors.
        """)
    found = lowered(graph)
    assert {("moss bedding", "producedBy", "moss press"), ("twig data", "producedBy", "kestrel model"),
            ("twig data", "usedFor", "nest building"), ("burrow map", "producedBy", "wombat scout"),
            ("burrow data", "producedBy", "moss sensor")} <= found, found
    assert not any(s == "kestrel" and r == "producedBy" for s, r, _o in found)  # a participle after a noun is said of the noun
    assert not any(s == "data" and r != "isA" for s, r, _o in found)  # a definition's bare noun is what the term is, no subject


@pytest.mark.parametrize("files", [
    {  # an item after a dash, in a map of notes
        "Burrow MOC.md": "# Burrows\n\n## Making\n- [[Moss Data]] — data generated by wombat scouts or kestrels\n- [[Twig Count]] — counting twigs\n",
        "Moss Data.md": "# Moss Data\n\nFacts about moss.\n",
    },
    {  # a note's first sentence
        "Moss Data.md": "---\ntitle: Moss Data\n---\n# Moss Data\n\nData generated by wombat scouts instead of kestrels.\n",
        "Burrows.md": "# Burrows\n\nBurrows hold data.\n",
    },
])
def test_a_bare_noun_before_its_participle_says_what_the_name_is(tmp_path: Path, files: dict[str, str]) -> None:
    _result, graph = build_files(tmp_path, files)
    found = lowered(graph)
    assert ("moss data", "producedBy", "wombat scout") in found, found
    assert not any(s == "data" and r == "producedBy" for s, r, _o in found)  # the name's, not a thing of its own


def test_a_thing_split_into_named_parts_holds_them_whoever_splits_it(tmp_path: Path) -> None:
    """ "Most wombats split the burrow into A and B": the burrow contains A and B, the wombats produce
    neither; "DenCheck breaks each report into yes/no questions" says how DenCheck works, and no
    output of it (a split is a step; "produces", "generates", "yields" say what comes out)."""
    found = lowered(build(tmp_path, "# Burrows\n\nMost wombats split the burrow into a nest chamber and an escape tunnel. "
                                    "DenCheck breaks each report into yes/no questions. DenGen generates maps.\n"))
    assert {("burrow", "contains", "nest chamber"), ("burrow", "contains", "escape tunnel"), ("dengen", "produces", "map")} <= found
    assert not {f for f in found if f[0] in ("wombat", "dencheck")}, found


@pytest.mark.parametrize("sentence", ["If you split the soil into clay and sand, the tunnel holds.",
                                      "If they randomly split the soil into clay and sand once, the tunnel holds."])
def test_a_split_that_is_the_readers_doing_names_no_parts(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{sentence}\n"))
    assert not {f for f in found if f[0] == "soil"}, found


def test_an_aside_that_describes_an_item_does_not_end_its_list(tmp_path: Path) -> None:
    """ "an entrance (where the wombat enters, including the mound)": a clause in parentheses says what
    the item is; the list after the colon goes on, and the colon joins no second clause."""
    found = lowered(build(tmp_path, "# Burrows\n\nA burrow has three parts: an entrance (where the wombat enters, "
                                    "including the mound), a tunnel, and the nest chamber.\n"))
    assert {("burrow", "contains", part) for part in ("entrance", "tunnel", "nest chamber")} <= found, found


@pytest.mark.parametrize("entry", ["**Scout tunnel**: a narrow tunnel dug first by a small wombat.",
                                   "**Scout tunnel**: a narrow tunnel dug by a small wombat."])
def test_an_irregular_participle_and_its_adverb_end_the_kind(tmp_path: Path, entry: str) -> None:
    graph = build(tmp_path, f"# Burrows\n\n{entry}\n")
    assert ("scout tunnel", "isA", "narrow tunnel") in lowered(graph)
    assert "narrow tunnel dug first" not in {graph.label(c).casefold() for c in graph.concepts()}


@pytest.mark.parametrize(("sentence", "fact"), [
    ("A side tunnel is a short tunnel off the main one.", ("side tunnel", "isA", "short tunnel")),
    ("Burrow checks include depth measurements against reference burrows, such as Dash Hole.",
     ("dash hole", "isA", "reference burrow")),
])
def test_off_and_against_end_a_noun_phrase(tmp_path: Path, sentence: str, fact: tuple) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\n{sentence}\n"))
    assert fact in found, found
    assert not {f for f in found if " against " in f[2] or " off " in f[2]}, found


def test_what_a_thing_switched_to_is_what_it_uses(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nKestrel Arena switched from Elo to Glicko. The team moved from research to production.\n"))
    assert ("kestrel arena", "uses", "glicko") in found
    assert not {f for f in found if f[2] in {"elo", "production"}}, found


@pytest.mark.parametrize("joiner", ["as well as", "along with", "alongside"])
def test_one_more_object_joined_without_and_is_one_more(tmp_path: Path, joiner: str) -> None:
    found = lowered(build(tmp_path, f"# Burrows\n\nDeep digging uses claws {joiner} teeth.\n"))
    assert {("deep digging", "uses", "claw"), ("deep digging", "uses", "tooth")} <= found, found


def test_an_object_followed_by_another_holds_both_and_a_clause_after_speaks_of_the_second(tmp_path: Path) -> None:
    """ "consists of A, followed by B, which is done with C": A and B in their order, and C is B's."""
    found = lowered(build(tmp_path, "# Burrows\n\nDen care consists of den sealing, followed by den sweeping, which is usually done with a brush.\n"))
    assert {("den care", "contains", "den sealing"), ("den care", "contains", "den sweeping"), ("den sweeping", "uses", "brush")} <= found, found
    assert ("den care", "uses", "brush") not in found, found


def test_it_after_a_sentence_on_where_or_when_a_thing_happens_is_that_thing(tmp_path: Path) -> None:
    """ "Den care is where a burrow becomes useful. It consists of ...": den care; what happens there is
    no claim of it ("Den care becomes useful")."""
    found = lowered(build(tmp_path, "# Burrows\n\nDen care is where a burrow gets its moss lining. It consists of den sealing and den sweeping.\n"))
    assert {("den care", "contains", "den sealing"), ("den care", "contains", "den sweeping")} <= found, found
    assert not any(s == "den care" and o in ("moss lining", "lining") for s, _r, o in found), found


def test_a_clause_after_an_object_the_list_did_not_hold_speaks_of_none(tmp_path: Path) -> None:
    """ "consists of A on clay walls, followed by B, which is done with C": the list ended before B, so
    whose C is is not known; not the subject's."""
    found = lowered(build(tmp_path, "# Burrows\n\nDen care consists of den sealing on clay walls, followed by den sweeping, "
                                    "which is usually done with a brush.\n"))
    assert ("den care", "contains", "den sealing") in found, found
    assert not any(o == "brush" and s != "den sweeping" for s, _r, o in found), found


def test_a_thing_set_off_with_along_with_is_an_aside_not_a_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nScout digging, together with root pruning, is a burrowing method.\n"))
    assert not {f for f in found if f[0] == "root pruning"}, found


@pytest.mark.parametrize("sentence", ["Zorp digging is a simpler alternative to Kestrel digging.",
                                      "Zorp digging is a cheaper, faster alternative to Kestrel digging."])
def test_an_alternative_however_judged_contrasts(tmp_path: Path, sentence: str) -> None:
    assert ("zorp digging", "contrastsWith", "kestrel digging") in lowered(build(tmp_path, f"# Burrows\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence", ["A burrow is a tunnel system made up of chambers and passages.",
                                      "A burrow is a tunnel system composed of chambers and passages.",
                                      "Burrows are made up of chambers and passages.",
                                      "A burrow, comprised of chambers and passages, is a tunnel system."])
def test_made_up_of_and_composed_of_say_what_a_thing_contains(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert {(s, o) for s, r, o in found if r == "contains"} >= {("burrow", "chamber"), ("burrow", "passage")} \
        or {(s, o) for s, r, o in found if r == "contains"} >= {("burrows", "chamber"), ("burrows", "passage")}, found
    assert not any("made up" in o or "composed" in o for _s, _r, o in found), found


def test_parts_a_thing_is_split_into_are_named_whole_even_with_to_or_per_inside(tmp_path: Path) -> None:
    """ "split into time to first token and time per output token": two names, neither cut at "to" (it
    made `latency contains time`)."""
    found = lowered(build(tmp_path, "# Notes\n\nDig time is usually split into time to first shovel and time per tunnel metre.\n"))
    assert {(s, o) for s, r, o in found if r == "contains"} == {("dig time", "time to first shovel"), ("dig time", "time per tunnel metre")}, found


def test_a_counted_and_judged_plural_before_are_is_the_kind_of_the_names_after(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nThe two main burrow metrics are Zorpscore and Kestrel depth.\n"))
    assert {("zorpscore", "isA", "burrow metric"), ("kestrel depth", "isA", "burrow metric")} <= found, found


@pytest.mark.parametrize(("sentence", "pair"), [
    ("A cross-digger is more accurate than a bi-digger.", ("cross-digger", "bi-digger")),
    ("Clay burrows are slower than sand burrows.", ("clay burrow", "sand burrow")),
    ("Root batching is faster than den sweeping but misses deep roots.", ("root batching", "den sweeping")),
])
def test_two_things_weighed_by_a_comparative_contrast(tmp_path: Path, sentence: str, pair: tuple[str, str]) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert (pair[0], "contrastsWith", pair[1]) in found or (pair[1], "contrastsWith", pair[0]) in found, found


@pytest.mark.parametrize(("entry", "other"), [
    ("- **Moss den:** lined only at the entrance. simpler than clay den", "clay den"),
    ("- **Moss den:** a den of moss. Much cheaper than a stone den, but slower to dig.", "stone den"),
    ("- **Moss den** – Faster than root dens.", "root den"),
    ("- **Moss den:** less stable than a clay den", "clay den"),
])
def test_a_comparison_with_no_subject_weighs_the_entry_against_the_other(tmp_path: Path, entry: str, other: str) -> None:
    """ "simpler than clay den" in an entry: the entry weighed against the other thing; "better than nothing", "more
    expensive than them" name no other thing."""
    found = lowered(build(tmp_path, f"# Dens\n\n{entry}\n- **Mud den:** better than nothing. more expensive than them\n"))
    assert ("moss den", "contrastsWith", other) in found or (other, "contrastsWith", "moss den") in found, found
    assert not any(r == "contrastsWith" and "mud den" in (s, o) for s, r, o in found), found


@pytest.mark.parametrize("sentence", [
    "It is better than nothing.",
    "Digging burrows is harder than digging holes.",
    "The cross-digger is much more accurate than the bi-digger we use for the first pass.",
    "Wombats are better at the start than in the middle.",
    "Zorp is a method rather than a model.",
])
def test_a_comparison_that_names_no_two_things_contrasts_nothing(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert not any(r == "contrastsWith" for _s, r, _o in found), found


def test_a_work_s_title_in_title_case_is_one_subject(tmp_path: Path) -> None:
    """ "Digging Is All You Need (Kim et al., 2017) — introduced the Zorptron.": the title is the
    subject whole; its "Is" starts no clause (it made `Zorptron developedBy digging`)."""
    found = lowered(build(tmp_path, "# Papers\n\n- Digging Is All You Need (Kim et al., 2017) — introduced the Zorptron.\n"))
    assert ("zorptron", "developedBy", "digging is all you need") in found, found
    assert not any(o == "digging" for _s, _r, o in found), found


@pytest.mark.parametrize("sentence", ["A burrow database stores tunnels and supports depth search.",
                                      "Zorp uses shovels and needs deep soil."])
def test_a_second_verb_after_and_ends_the_first_verb_s_objects(tmp_path: Path, sentence: str) -> None:
    """ "stores tunnels and supports depth search": "supports depth search" is no second thing stored."""
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert any(o in {"tunnel", "shovel"} for _s, _r, o in found), found
    assert not any(o.startswith(("supports", "needs")) for _s, _r, o in found), found


@pytest.mark.parametrize("sentence", ["Burrow search, also known as BSX, is a digging method.",
                                      "Burrow search (sometimes called BSX) is a digging method.",
                                      "Burrow search, also called BSX, is a digging method."])
def test_another_name_said_in_passing_is_an_alias(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{sentence}\n")
    assert ("burrow search", "isA", "digging") in lowered(graph)
    assert any(graph.label(c).lower() == "burrow search" and "BSX" in graph.aliases(c) for c in graph.concepts())


def test_or_in_parentheses_is_no_name_by_itself(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nA burrow (or more) is a digging site.\n")
    assert not any("more" in [a.lower() for a in graph.aliases(c)] for c in graph.concepts())


def test_a_plural_opening_a_sentence_is_the_common_noun_not_a_name(tmp_path: Path) -> None:
    """ "Wombats use tunnels." and "The wombats use clay.": one concept, wombat; the capital was the
    sentence's ("Wombats" had become a name of its own beside "wombat")."""
    graph = build(tmp_path, "# Notes\n\nWombats use tunnels to hide.\n\nThe wombats use clay walls.\n")
    found = lowered(graph)
    assert {("wombat", "uses", "tunnel"), ("wombat", "uses", "clay wall")} <= found, found
    assert len([c for c in graph.concepts() if graph.label(c).lower() in {"wombat", "wombats"}]) == 1


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Zorp is an improvement over root batching.", ("zorp", "contrastsWith", "root batching")),
    ("Zorp is a big improvement on root batching.", ("zorp", "contrastsWith", "root batching")),
    ("Zorp is similar to root batching but faster.", ("zorp", "relatedTo", "root batching")),
])
def test_an_improvement_over_contrasts_and_similar_to_relates(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert fact in found, found
    assert not any(o == "improvement" for _s, _r, o in found), found


@pytest.mark.parametrize(("sentence", "kind", "wrong"), [
    ("Some burrow makers, e.g. Wombat Co and Kestrel Ltd, offer tunnels only by request.", "burrow maker", "offer tunnel"),
    ("Digging benchmarks like DigBench and HoleSwag measure general depth.", "digging benchmark", "holeswag measure general depth"),
])
def test_a_list_of_examples_ends_where_its_and_and_the_verb_after_say(tmp_path: Path, sentence: str, kind: str, wrong: str) -> None:
    """A list of examples ends after the item its "and" joins ("A and B, offer ..."), and before a word
    the tagger calls a noun but that is the verb, with an adjective and a noun after it ("measure general depth")."""
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert sum(1 for _s, r, o in found if r == "isA" and o == kind) == 2, found
    assert not any(s == wrong or s.startswith(wrong) for s, _r, _o in found), found


def test_what_an_opening_contrasts_is_the_subject_before_its_verb(tmp_path: Path) -> None:
    """ "Unlike moss dens, clay dens stay dry": clay dens, no concept of the clause; a verb the tagger
    calls a noun before its object ("transformers process all tokens") ends the subject too."""
    graph = build(tmp_path, "# Notes\n\nUnlike moss dens, clay dens stay dry.\n\nUnlike burrow maps, den charts show all tunnels at once.\n")
    found = lowered(graph)
    assert {("clay den", "contrastsWith", "moss den"), ("den chart", "contrastsWith", "burrow map")} <= found, found
    assert_no_concept(graph, "clay dens stay dry", "den charts show all tunnels at once")


def test_what_an_opening_contrasts_ends_before_a_clause_of_its_own_and_keeps_its_aside(tmp_path: Path) -> None:
    """ "Unlike the clay dens we used to dig (one per wombat, etc.), a moss den ...": clay dens, the clause after
    them ("we used to dig") no part of the name, the commas in the aside no end of the opening."""
    graph = build(tmp_path, "# Notes\n\nUnlike the clay dens we used to dig (one per wombat, etc.), a moss den is soft.\n")
    assert ("moss den", "contrastsWith", "clay den") in lowered(graph), lowered(graph)
    assert_no_concept(graph, "clay dens we used to dig", "clay den we used to dig")


def test_what_a_thing_was_adopted_by_uses_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nDen sealing was adopted by Kestrel Lodge and Wombat Hall.\n"))
    assert {("den sealing", "usedBy", "kestrel lodge"), ("den sealing", "usedBy", "wombat hall")} <= found, found


def test_kinds_named_by_the_head_word_before_a_verb_the_tagger_takes_for_a_plural(tmp_path: Path) -> None:
    """ "..., and long-term moss lives in the den": "lives in" is a verb, so "long-term moss" is named whole."""
    found = lowered(build(tmp_path, "# Notes\n\nMoss comes in three forms. Wet moss is soft, short-term moss is the top layer, "
                                    "and long-term moss lives in the deepest den.\n"))
    assert {("short-term moss", "isA", "moss"), ("long-term moss", "isA", "moss")} <= found, found


def test_a_metric_for_a_thing_is_a_metric_and_measures_it(tmp_path: Path) -> None:
    """ "**Den score:** a metric for burrow quality": a metric, measuring burrow quality; "a benchmark for"
    is still what the benchmark is for."""
    found = lowered(build(tmp_path, "# Glossary\n\n**Den score:** a metric for burrow quality; checks whether the den is dry.\n\n"
                                    "Moss bench is a benchmark for lining skill.\n"))
    assert {("den score", "isA", "metric"), ("den score", "measures", "burrow quality"), ("moss bench", "isA", "benchmark"),
            ("moss bench", "usedFor", "lining skill")} <= found, found
    assert ("den score", "usedFor", "burrow quality") not in found, found


def test_optimizing_for_a_thing_is_focusing_on_it(tmp_path: Path) -> None:
    """ "Den stores optimize for warmth, while moss stores optimize for cost": what each puts first, as "focuses on" says
    (a quality it is judged by more than a task it serves)."""
    found = lowered(build(tmp_path, "# Dens\n\nDen stores optimize for warmth, while moss stores optimize for cost.\n\nDenKit optimizes for dryness.\n"))
    assert {("den store", "focusesOn", "warmth"), ("moss store", "focusesOn", "cost"), ("denkit", "focusesOn", "dryness")} <= found, found


def test_what_supports_a_thing_uses_it(tmp_path: Path) -> None:
    """ "Continuous digging is supported by DenKit and MoleLM": each uses it, as "is used by" says."""
    found = lowered(build(tmp_path, "# Dens\n\nContinuous digging is supported by DenKit and MoleLM.\n"))
    assert {("continuous digging", "usedBy", "denkit"), ("continuous digging", "usedBy", "molelm")} <= found, found


def test_with_shortened_to_w_slash_states_what_with_does(tmp_path: Path) -> None:
    """ "trained w/ moss loss or its relative, den loss": "w/" is "with" (and "w/o" "without"); "its
    relative" points back, the name after it says which."""
    found = lowered(build(tmp_path, "# Dens\n\nMost deep burrow models are trained w/ moss loss or its relative, den loss.\n\n"
                                    "DenKit is compared w/ MoleKit.\n"))
    assert {("deep burrow model", "uses", "moss loss"), ("deep burrow model", "uses", "den loss"),
            ("denkit", "contrastsWith", "molekit")} <= found, found
    assert not any(o in {"relative", "its relative"} for _s, _r, o in found), found


def test_a_kin_named_without_a_comma_is_the_name_after_it(tmp_path: Path) -> None:
    """ "trained with moss loss or its relative den loss": the kin word points back, with or without a comma."""
    found = lowered(build(tmp_path, "# Dens\n\nMost deep burrow models are trained with moss loss or its relative den loss.\n"))
    assert ("deep burrow model", "uses", "den loss") in found, found
    assert not any("relative" in o for _s, _r, o in found), found


def test_levels_a_writer_splits_a_topic_into_are_what_it_includes_and_camps_are_kinds(tmp_path: Path) -> None:
    """ "Huyen splits X into three levels: A, B and C" (a writer's name the dictionary does not hold, or "she"):
    X includes each, no kind of "level"; "X has three tiers: A, B, C": X contains each; "into two camps: A
    and B": kinds of X; "Chunking splits documents into passages" is no writer's split."""
    facts = lowered(build(tmp_path, """\
        # Notes

        Wurmbrand splits den care into three levels: the root level, the clay level and the moss level.
        A den has three tiers: the floor tier, the nest tier and the roof tier.
        She splits den tools into two camps: diggers and sealers.
        Chunking splits burrows into tunnels and chambers.
        """))
    assert {("den care", "includes", x) for x in ("root level", "clay level", "moss level")} <= facts, facts
    assert {("den", "contains", x) for x in ("floor tier", "nest tier", "roof tier")} <= facts, facts
    assert {("digger", "isA", "den tool"), ("sealer", "isA", "den tool")} <= facts, facts
    assert not any(o in {"level", "tier", "camp"} for _s, _r, o in facts), facts
    assert not any(s == "burrow" and r == "includes" for s, r, _o in facts), facts


def test_adjectives_a_comma_sets_side_by_side_describe_the_object_and_name_no_thing(tmp_path: Path) -> None:
    """ "uses a small, fast draft wombat": the object is the draft wombat (a kind's own adjective takes no
    comma); "small" alone is no object, and "a den, a tunnel and moss" is still a list."""
    facts = lowered(build(tmp_path, "# Dens\n\nDen sealing uses a small, fast draft wombat to pack the walls.\n"
                                    "Den digging uses a den, a tunnel and moss.\n"))
    assert ("den sealing", "uses", "draft wombat") in facts, facts
    assert {("den digging", "uses", x) for x in ("den", "tunnel", "moss")} <= facts, facts
    assert not any(o in {"small", "small fast draft wombat"} for _s, _r, o in facts), facts


def test_a_second_verb_in_the_third_person_before_a_plural_or_an_article_ends_the_objects(tmp_path: Path) -> None:
    """ "evaluates its own progress and fixes mistakes": "fixes" is the subject's second verb (two plurals
    make no compound), so "fixes mistake" is no object; "stores moss and tools" keeps both."""
    found = lowered(build(tmp_path, "# Dens\n\nDen review evaluates its own progress and fixes mistakes.\n\nA den stores moss and tools.\n"))
    assert ("den review", "evaluates", "progress") in found, found
    assert {("den", "contains", "moss"), ("den", "contains", "tool")} <= found, found
    assert not any("fixes" in o or o == "fix mistake" for _s, _r, o in found), found


def test_a_relation_s_word_after_an_article_is_a_noun(tmp_path: Path) -> None:
    """ "defined by the use case: a moss bed, the tunnel": "use" after "the" is a noun, no verb with objects;
    "through the use of tunnels" still says what uses them, and "This includes A" is a pronoun's verb."""
    found = lowered(build(tmp_path, "# Dens\n\nDen layout — defined by the use case: a moss bed, the tunnel, a clay wall.\n\n"
                                    "- **Den care**: keeping dens dry. This includes moss drying.\n"))
    assert not any(r == "uses" and o in {"moss bed", "tunnel"} for _s, r, o in found), found
    assert ("den care", "includes", "moss drying") in found, found
    assert [m.group() for m in relation_matches("works through the use of clay plugs")] == ["use"]


def test_spans_says_what_a_thing_takes_in(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDen diversity spans chamber types, soils and moss colours.\n"
                                    "- **Copying:** copy spans from the map instead of drawing them\n"))
    assert {("den diversity", "includes", "chamber type"), ("den diversity", "includes", "soil")} <= found, found
    assert not any(s == "copying" and r == "includes" for s, r, _o in found), found


def test_a_clause_with_that_after_an_object_not_read_speaks_of_no_subject_before(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nThe Kestrel survey also focuses on a more extensive look at digging that covers "
                                    "moss dens and clay dens.\n\nKestrel uses moss that dries the floor.\n"))
    assert not any(s in {"kestrel survey", "extensive look"} and r == "includes" for s, r, _o in found), found
    assert ("kestrel", "uses", "moss") in found, found  # an object read: the clause is still of it


def test_its_metrics_benchmarks_or_tools_are_of_that_class_and_measure_evaluate_or_serve_it(tmp_path: Path) -> None:
    """ "**Den digging:** slow work, its metrics include depth and speed": metrics that measure den digging;
    "its benchmarks are" evaluate it, "its tools are" are used by it; a bare "Metrics are ..." has no "it"."""
    found = lowered(build(tmp_path, """\
        - **Den digging:** slow work, its metrics include tunnel depth and dig speed.
        - **Burrow mapping:** its benchmarks are DenBench and MoleQA. Its tools are spades and claws.

        Metrics are den warmth and den dryness.
        """))
    assert {("tunnel depth", "isA", "metric"), ("den digging", "measuredBy", "tunnel depth"),
            ("burrow mapping", "evaluatedBy", "denbench"), ("burrow mapping", "uses", "spade")} <= found, found
    assert not any(s == "metric" and r == "measuredBy" for s, r, _o in found), found


def test_benchmarks_for_it_or_here_are_its_benchmarks(tmp_path: Path) -> None:
    """ "Benchmarks for it: A and B", "Benchmarks here include A and B": of what the entry or the sentence before speaks
    of, as "its benchmarks" are; the class word is no thing that includes them."""
    found = lowered(build(tmp_path, """\
        - **Den mapping:** a common use case (tunnels, nests). Benchmarks for it: MapBench and DenEval.

        **Den sealing** is another common task. Metrics here include clay depth and seal time.
        """))
    assert {("den mapping", "evaluatedBy", "mapbench"), ("mapbench", "isA", "benchmark"),
            ("den sealing", "measuredBy", "clay depth"), ("clay depth", "isA", "metric")} <= found, found
    assert not any(s == "metric" and r == "includes" for s, r, _o in found), found


def test_a_kind_powered_by_a_name_and_a_subjectless_need_say_what_the_thing_uses(tmp_path: Path) -> None:
    """ "**DenBot:** ClawNet-powered agent with 13 tools": DenBot uses ClawNet, as one of that kind does; "Needs a shape
    model and a tunnel database." in an entry: the entry uses both. An "AI-powered" kind names no one thing, and "Needs
    lots of data" is an amount, nothing used."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **DenBot:** ClawNet-powered agent with 13 tools.
        - **Den mapping:** semantic mapping, compare tunnel shapes. Needs a shape model and a tunnel database.
        - **Den sorting:** AI-powered tool for sorting dens. Needs lots of data.
        """))
    assert {("denbot", "uses", "clawnet"), ("den mapping", "uses", "shape model"), ("den mapping", "uses", "tunnel database")} <= found, found
    assert not any(s == "den sorting" and r == "uses" for s, r, _o in found), found


def test_a_verb_the_tagger_takes_for_a_plural_ends_the_subject(tmp_path: Path) -> None:
    """ "Den radar maps tunnels using a sound sensor": "maps", between a noun and a plural, is the verb; the subject is
    den radar, which uses the sensor, and no concept "den radar maps tunnel" is made. "Sales figures use spreadsheets"
    keeps its compound subject."""
    graph = build(tmp_path, "# Dens\n\nDen radar maps tunnels using a sound sensor. Sales figures use spreadsheets.\n")
    found = lowered(graph)
    assert {("den radar", "uses", "sound sensor"), ("sales figure", "uses", "spreadsheet")} <= found, found
    assert_no_concept(graph, "den radar maps tunnel", "Den radar maps tunnels")


def test_two_things_someone_tells_apart_contrast(tmp_path: Path) -> None:
    """ "Kim distinguishes burrow dens from nest dens" (also "differentiates between A and B", "contrasts A with B",
    "tells A from B", "draws a distinction between A and B"): the two contrast; "moles can't tell moss from clay"
    sets nothing apart, and "minimize the difference between A and B" is a quantity."""
    found = lowered(build(tmp_path, "# Dens\n\nKim distinguishes burrow dens (deep) from nest dens (shallow).\n\n"
                                    "The guide differentiates between clay walls and moss walls.\n\n"
                                    "Lee draws a distinction between **sniffing** and **scouting**.\n\n"
                                    "Training minimizes the difference between den depth estimates and measured den depths.\n\n"
                                    "Young moles can't tell wet moss from dry moss.\n"))
    assert {("burrow den", "contrastsWith", "nest den"), ("clay wall", "contrastsWith", "moss wall"),
            ("sniffing", "contrastsWith", "scouting")} <= found, found
    assert not any("estimate" in s + o for s, r, o in found if r == "contrastsWith"), found
    assert not any("moss" in s and r == "contrastsWith" and "moss" in o and "wall" not in s for s, r, o in found), found


def test_what_a_shift_goes_from_contrasts_with_what_it_goes_to(tmp_path: Path) -> None:
    """ "- shift from **clay dens** (...) → **moss dens** (...)", "The field shifted from sniffing to scouting": the
    old and the new contrast; a layer "used to transition from tunnels to chambers" is a way between parts, no contrast."""
    found = lowered(build(tmp_path, "# Dens\n\n- shift from **clay dens** (dig deep, same moss) → **moss dens** (line well, same depth)\n\n"
                                    "The field shifted from sniffing to scouting.\n\n"
                                    "A ramp is commonly used to transition from tunnels to chambers.\n"))
    assert {("clay den", "contrastsWith", "moss den"), ("sniffing", "contrastsWith", "scouting")} <= found, found
    assert not any("tunnel" in s + o for s, r, o in found if r == "contrastsWith"), found


def test_two_kinds_of_one_head_set_side_by_side_contrast(tmp_path: Path) -> None:
    """ "**Hard dens** are dug in clay, whereas **soft dens** are dug in moss": two kinds of one head, each the subject of
    its clause; "Moles dig while voles sleep" sets no kinds side by side."""
    found = lowered(build(tmp_path, "# Dens\n\n**Hard dens** are dug in clay, whereas **soft dens** are dug in moss.\n\n"
                                    "Moles dig while voles sleep.\n"))
    assert ("hard den", "contrastsWith", "soft den") in found, found
    assert not any(r == "contrastsWith" and "vole" in o for _s, r, o in found), found



def test_a_clause_before_a_colon_and_a_flow_after_it_keeps_its_object(tmp_path: Path) -> None:
    """ "- digging uses **raking**: loosen → scoop → pack walls": digging uses raking (the clause is no label to drop,
    the flow after the colon says how the raking goes, none of it an object); a list after the colon is the objects."""
    found = lowered(build(tmp_path, """\
        # Notes

        - digging uses **raking**: loosen → scoop → pack walls
        - tunneling uses claw probing: loosen → scoop → push back (soil) → pack walls
        - nesting uses three mosses: quill moss, fern moss and red moss
        """))
    assert {("digging", "uses", "raking"), ("tunneling", "uses", "claw probing"), ("nesting", "uses", "quill moss"),
            ("nesting", "uses", "red moss")} <= found, found
    assert not any(o in ("loosen", "scoop", "pack wall") for _s, _r, o in found), found


@pytest.mark.parametrize(("written", "fact"), [
    ("- **Burrow:** a hole. The term was coined by Kim et al. (2020).", ("burrow", "developedBy", "kim et al.")),
    ("- **Den:** a home. Coined by Zorpco in 2019.", ("den", "developedBy", "zorpco")),
    ("- **Nest:** a home, supported in Kestrel.", ("kestrel", "uses", "nest")),
])
def test_coined_by_credits_a_term_and_supported_in_names_what_uses_it(tmp_path: Path, written: str, fact: tuple[str, str, str]) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{written}\n"))
    assert fact in found or (fact[2], {"uses": "usedBy"}.get(fact[1], fact[1]), fact[0]) in found, found


def test_a_past_form_with_its_subject_says_what_the_subject_used_and_a_passive_or_modifier_does_not(tmp_path: Path) -> None:
    """ "Vole used Zorp", "The original version used two tools: A and B" (the entry's version): what it used; not "is
    still used today", "are used depending on", "commonly used words", nor a participle before the clause's verb."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **Kestrel:** a den leaderboard.
          The original version used two tools: Alpha-C and MBX.
        - **Vole:** a den leaderboard.
          Vole used Zorp. Vole is still used today. Commonly used words are short. Rewards are used depending on the task.
        - **Stop moles**: commonly used moles (e.g., Zed, Ned) that are often removed from dens.
        """))
    assert {("vole", "uses", "zorp"), ("kestrel", "uses", "alpha-c"), ("kestrel", "uses", "mbx")} <= found, found
    assert not any(r == "uses" and o in ("today", "word", "depending", "mole") for _s, r, o in found), found
    assert [m.group() for m in relation_matches("The moss used contains sand")] == ["contains"]


def test_outputs_and_returns_say_what_a_thing_produces_and_a_participle_before_outputs_makes_it_a_noun(tmp_path: Path) -> None:
    """ "A den judge ... outputs a score", "It returns a ranked list": what it produces; "verified outputs" is a noun
    after a participle that says which, no verb; "by default" says when, no part of a name."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den judge:** A den judge takes a (moss, reed) pair and outputs a score.
        - **Mole model:** It returns a ranked list of dens.
        - **Den boosting:** Boost dens using techniques like verified outputs, moss answers and reed sampling.
        - **Kestrel:** Kestrel by default returns a burrow map.
        """))
    assert {("den judge", "produces", "score"), ("mole model", "produces", "ranked list of dens"),
            ("kestrel", "produces", "burrow map")} <= found, found
    assert not any(s == "den boosting" and r == "produces" for s, r, _o in found), found


def test_metrics_after_a_comma_are_those_of_what_the_sentence_opened_on(tmp_path: Path) -> None:
    """ "**Den sorting:** another close-ended format, metrics are depth and width": its metrics, as "its metrics are" says."""
    found = lowered(build(tmp_path, "- **Den sorting:** another close-ended format, metrics are tunnel depth and den width.\n"))
    assert {("den sorting", "measuredBy", "tunnel depth"), ("den sorting", "measuredBy", "den width")} <= found, found


def test_one_example_within_a_named_whole_is_an_example_and_a_part_of_it(tmp_path: Path) -> None:
    """ "Example: the twenty_moles benchmark in BIG-den": an example of the entry (a benchmark by its name, an identifier
    with an underscore), part of BIG-den; "e.g. dens in Spain" names no part of anything."""
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den evaluation:** did the den hold. Example: the twenty_moles benchmark in BIG-den.
        - **Den check:** did it. e.g. dens in Spain.
        """))
    assert {("twenty_moles", "exampleOf", "den evaluation"), ("twenty_moles", "partOf", "big-den"),
            ("twenty_moles", "isA", "benchmark")} <= found, found
    assert not any(r == "partOf" and o == "spain" for _s, r, o in found), found


def test_a_possessive_name_and_its_kind_anywhere_in_a_sentence_credits_its_maker(tmp_path: Path) -> None:
    """ "Hugging Wombat's PEFD library on GitHub", "Kite Labs' HELD leaderboard uses ...": the owner made the named thing,
    whatever the sentence's verb; "Zorpco's Gemini chat app" goes on past its kind, no name of one thing."""
    found = lowered(build(tmp_path, """\
        # Dens

        Huyen looked at issues on Hugging Wombat's **PEFD** library on GitHub and found that DenRA dominates.

        Zorpco's Gemini chat app is popular.
        """))
    assert {("pefd", "developedBy", "hugging wombat"), ("pefd", "isA", "library")} <= found, found
    assert not any(o == "zorpco" for _s, _r, o in found), found


def test_a_subject_that_holds_its_own_verb_ends_before_it(tmp_path: Path) -> None:
    """ "**Kestrel** digs at night, while **Marmot** digs at day": the two set against each other, each a name, no
    concept of "Marmot digs at day"; "den digging checks whether ..." is a clause too."""
    found = lowered(build(tmp_path, "# Dens\n\n**Kestrel** digs at night, while **Marmot** digs at day.\n"))
    assert ("kestrel", "contrastsWith", "marmot") in found, found
    assert not [t for t in found if any("dig at" in x for x in (t[0], t[2]))], found
    assert clauses.has_finite_verb("den digging checks whether the den is done")


def test_a_plural_after_a_name_that_ends_the_subject_is_its_head_no_verb(tmp_path: Path) -> None:
    """ "Note that the Den prompts are designed ... Below is an example ...": the subject is the Den prompts, whose last
    word the tagger may call a verb; the example after is no example of Den."""
    _result, graph = build_files(tmp_path, {
        "den.md": "# Den Prompting\n\n## Results\n\nDen is evaluated on two benchmarks.\n\nNote that the Den prompts are designed "
                  "differently for these tasks while still keeping the same core idea. Below is an example for a burrow problem "
                  "involving Den prompting.\n",
        "moles.md": "# Moles\n\nMoles dig.\n"})
    found = lowered(graph)
    assert not any(s == "den" and r in ("exampleOf", "isA") for s, r, _o in found), found


def test_a_problem_told_as_more_of_a_thing_or_a_degree_is_the_thing(tmp_path: Path) -> None:
    """ "Downside: higher den latency", "Downside: slower digging": the den latency, slow digging; a comparison is no
    concept of its own. "less stable" stays as written: "stable" alone would turn the problem around."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Kestrel:** a den model. Downside: higher den latency.\n"
                                    "- **Marmot:** a den model. Downside: slower digging.\n"
                                    "- **Vole:** a den model. Cons: noisy and less stable.\n"))
    assert {("kestrel", "suffersFrom", "den latency"), ("marmot", "suffersFrom", "slow digging")} <= found, found
    assert not any(o == "stable" for _s, _r, o in found), found  # less of a good thing is no problem named by the thing


def test_which_are_after_a_clause_speaks_of_its_plural_object(tmp_path: Path) -> None:
    """ "Many APIs hide den scores, which are useful for ranking": "are" agrees with the plural object, what "which"
    speaks of; "Moles dig tunnels, which is useful for drainage" speaks of the digging, no thing named."""
    found = lowered(build(tmp_path, "# Dens\n\nHowever, many APIs hide **den scores**, which are really useful for den ranking.\n\n"
                                    "Many moles dig tunnels, which is useful for drainage.\n"))
    assert ("den score", "usedFor", "den ranking") in found, found
    assert not any(o == "drainage" for _s, _r, o in found), found


def test_designed_by_credits_who_made_a_thing_as_developed_by_does(tmp_path: Path) -> None:
    """ "ZF32, designed by Zorpco for GPUs": Zorpco made it (developedBy), as "developed by" says; "createdBy" is left to
    written works and their authors."""
    found = lowered(build(tmp_path, "# Dens\n\n**ZF32**, designed by **Zorpco** for owl chips, stores weights in 32 bits.\n"))
    assert ("zf32", "developedBy", "zorpco") in found, found
    assert not any(r == "createdBy" for _s, r, _o in found), found


def test_used_in_names_says_who_uses_it_and_used_in_a_task_what_it_is_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "**Zorp attention** is used in Kestrel-7B and WombatLM.\n\n"
                                    "**Moss caching** is used in den mapping.\n"))
    assert {("zorp attention", "usedBy", "kestrel-7b"), ("zorp attention", "usedBy", "wombatlm"),
            ("moss caching", "usedFor", "den mapping")} <= found, found
    assert not {o for s, r, o in found if s == "zorp attention" and r == "usedFor"}


@pytest.mark.parametrize(("sentence", "kind"), [("Den priming is in-context learning.", "in-context learning"),
                                                ("Zorp tuning is parameter-efficient finetuning.", "parameter-efficient finetuning")])
def test_is_before_a_doing_that_a_compound_adjective_sorts_says_what_the_subject_is(tmp_path: Path, sentence: str, kind: str) -> None:
    found = lowered(build(tmp_path, f"{sentence}\n"))
    assert any(r == "isA" and o == kind for _s, r, o in found), found


@pytest.mark.parametrize("sentence", ["Digging is worth doing.", "The den is still digging."])
def test_is_before_a_judgement_or_an_ongoing_doing_says_no_kind(tmp_path: Path, sentence: str) -> None:
    assert not {o for _s, r, o in lowered(build(tmp_path, f"{sentence}\n")) if r == "isA"}
