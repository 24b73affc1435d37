"""Shapes of English and of notes that decide which words belong together and what they say: an "and"
that "between" asks for, a verb left out of the items after a colon, what ", which" speaks of, a plural
alone as what a sentence lists the members of, a clause that only looks like a noun phrase, a
definition that is a circumstance, labels that introduce an example, kinds, tools or parts, where a list
of examples ends, a parenthesis right after a term, the plural a concept is written in, and adjectives
joined before the one noun they describe.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each shape is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import assert_no_concept, build, facts as facts_of, lowered, names

from kg.ingest.clauses import verb_after_a_singular
from kg.ingest.lists import gapped_pairs, without_relatives_in_lists


# ---------------------------------------------------------------- "and" inside a relative clause


def test_an_and_that_between_asks_for_stays_in_its_clause() -> None:
    text = "It is a score that compares tokens between a draft and a target"
    assert without_relatives_in_lists(text) == text
    # without "between", the relative clause hides a list of two things
    assert without_relatives_in_lists("an encoder that reads inputs and a decoder").split() == ["an", "encoder", "and", "a", "decoder"]


def test_a_definition_with_between_a_and_b_is_one_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp score:** a lexical overlap metric that counts words shared between an answer and a reference.\n")
    assert ("zorp score", "isA", "lexical overlap metric") in lowered(graph)
    assert not any(o == "reference" for s, _r, o in lowered(graph) if s == "zorp score")


# ---------------------------------------------------------------- a verb left out after a colon


def test_items_that_repeat_the_preposition_leave_the_verb_out() -> None:
    pairs = gapped_pairs(" specialised data: Kestrel on bird songs, Wombat on soil samples", "are trained on")
    assert pairs == [("Kestrel", "bird songs"), ("Wombat", "soil samples")]
    assert gapped_pairs(" two corpora: Fjord and Tarn", "trained on") is None  # objects only: read as ever
    assert gapped_pairs(" bird songs", "trained on") is None


def test_a_gapped_list_relates_each_pair_and_not_the_sentence_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Domain models

        Some models are trained on narrow data: Kestrel on bird songs, Wombat on soil samples.
        """)
    facts = lowered(graph)
    assert ("kestrel", "trainedOn", "bird song") in facts and ("wombat", "trainedOn", "soil sample") in facts
    assert not any(o in {"kestrel", "wombat"} for _s, r, o in facts if r == "trainedOn")


# ---------------------------------------------------------------- ", which" after a phrase with no verb


def test_which_after_a_verbless_label_speaks_of_the_phrase_before_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Zorp:** a network for songs.
           - Core part: the **echo unit**, which uses pitch, tempo and rhythm.
        """)
    facts = lowered(graph)
    assert {("echo unit", "uses", "pitch"), ("echo unit", "uses", "tempo")} <= facts
    assert not any(s == "zorp" and r == "uses" for s, r, _o in facts)


def test_which_after_a_clause_with_a_verb_keeps_its_reading(tmp_path: Path) -> None:
    graph = build(tmp_path, "Kestrel improves on birding tasks, which involve pitch tracking.\n")
    assert not any(r == "involves" or o == "pitch tracking" for _s, r, o in lowered(graph))


# ---------------------------------------------------------------- a plural alone lists its members


def test_a_plural_opening_a_sentence_before_include_is_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Attacks\n\nShields include echo masking, tone filtering and burrow checks.\n")
    facts = lowered(graph)
    assert {("echo masking", "isA", "shield"), ("tone filtering", "isA", "shield")} <= facts
    assert graph.label(graph.resolve("Shields")) == "shield"  # the kind, written in the plural; no name of its own


def test_a_plural_before_like_and_a_verb_is_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "Libraries like Zorpkit and Wombatry are helpful to prototype apps.\n")
    assert {("zorpkit", "isA", "library"), ("wombatry", "isA", "library")} <= lowered(graph)
    assert graph.label(graph.resolve("Libraries")) == "library"


def test_a_remark_label_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp batching:** groups requests.\n    - Pros: steadies latency and throughput, making it common.\n")
    assert not any(o in {"pro", "pros"} for _s, _r, o in lowered(graph))
    assert_no_concept(graph, "pro", "Pros")


# ---------------------------------------------------------------- a clause that looks like a noun phrase


def test_a_singular_then_a_word_that_can_be_a_verb_is_a_clause() -> None:
    assert verb_after_a_singular("an answer counts as correct only if it matches")
    assert not verb_after_a_singular("a few examples of songs")
    assert not verb_after_a_singular("an ensemble model combining decision trees")  # the phrase ends at "combining"
    assert not verb_after_a_singular("a model that ranks passages")
    assert verb_after_a_singular("a den needs at least depth min_d to be used")  # a verb in the third person, however tagged before


def test_a_definition_that_is_a_clause_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Strict match:** an answer counts as correct only if it equals the key.\n")
    assert not any(s == "strict match" and r == "isA" for s, r, _o in lowered(graph))
    assert_no_concept(graph, "answer count")


def test_a_definition_that_is_a_circumstance_states_nothing_of_the_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Leakage:** when a model was trained on the quiz answers.
        - **Zorp tuning:** a method trained on bird songs.
        """)
    facts = lowered(graph)
    assert not any(s == "leakage" for s, _r, _o in facts)
    assert ("zorp tuning", "trainedOn", "bird song") in facts  # a definition of a thing still says what it is trained on


# ---------------------------------------------------------------- labels before a list or an example


def test_an_example_label_gives_an_example_and_defines_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Agent**: a model that acts in a world.
          - Example: a burrow agent that uses sonar and a soil probe.
        """)
    facts = lowered(graph)
    assert ("burrow agent", "exampleOf", "agent") in facts
    assert not any(s == "agent" and r == "isA" for s, r, _o in facts)  # the agent is no burrow agent, nor a probe
    assert_no_concept(graph, "example")


def test_a_label_for_kinds_makes_its_items_kinds_of_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Zorp decoding**: how a model picks its next word.
          - Strategies: echo decoding, tone decoding, burrow search.
        """)
    facts = lowered(graph)
    assert {("echo decoding", "isA", "zorp decoding"), ("burrow search", "isA", "zorp decoding")} <= facts
    assert not any(r == "includes" for _s, r, _o in facts)


def test_links_under_an_entry_that_is_a_doing_are_no_kinds_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        * **Shaping outputs**: Tools like [Zorpkit](https://example.org/zorpkit) keep a template.
        * **Vector stores**: [Kestreldb](https://example.org/kestreldb) keeps embeddings.
        """)
    facts = lowered(graph)
    assert ("kestreldb", "isA", "vector store") in facts  # a plural entry names a kind
    assert ("zorpkit", "isA", "shaping output") not in facts


# ---------------------------------------------------------------- where a list of examples ends


def test_examples_in_an_aside_end_with_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp size** depends on the method (full tuning needs more than **PEFT** methods like Kestrel), "
                            "the task difficulty and the base model's skill.\n")
    facts = lowered(graph)
    assert ("kestrel", "isA", "peft method") in facts
    assert not any(s in {"task difficulty", "base model skill"} for s, _r, _o in facts)


def test_examples_end_where_a_verb_takes_them_as_its_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, "Word splitting breaks multi-word names like burrow owl, so packages like Zorpkit or Wombatry "
                            "handle stemming, tagging and stop-word removal.\n")
    facts = lowered(graph)
    assert {("zorpkit", "isA", "package"), ("wombatry", "isA", "package")} <= facts
    assert not any(s in {"stemming", "tagging", "stop-word removal"} and r == "isA" for s, r, _o in facts)
    assert not any("breaks" in o for _s, _r, o in facts)  # "splitting breaks names": a verb, in no kind


def test_a_dash_set_off_by_spaces_ends_a_list_of_examples(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - how does digging go w/ burrow tools like Denpick — the book predates them
        - den sorters like Mossbin and Claybin -- no idea which is better
        """))
    assert {("denpick", "isA", "burrow tool"), ("mossbin", "isA", "den sorter"), ("claybin", "isA", "den sorter")} <= found, found
    assert not any("book" in s or "idea" in s for s, _r, _o in found), found


def test_where_the_writer_met_a_kind_is_no_part_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "Vector stores in the wild: Kestreldb, Wombatdb, Zorpdb.\n")
    assert {("kestreldb", "isA", "vector store"), ("zorpdb", "isA", "vector store")} <= lowered(graph)
    assert_no_concept(graph, "vector store in the wild")


# ---------------------------------------------------------------- what a verb is said of


def test_a_colon_then_an_article_says_what_the_object_is(tmp_path: Path) -> None:
    # "built on Kestrel" is what Zorpsearch uses, and the "which" after it is Kestrel's, the object before its comma
    graph = build(tmp_path, "- **Zorpsearch**, built on Kestrel, which uses a *burrow index*: a map from words to the pages that hold them\n")
    facts = lowered(graph)
    assert {("zorpsearch", "uses", "kestrel"), ("kestrel", "uses", "burrow index")} <= facts, facts
    assert not any(o == "map" for _s, _r, o in facts)


def test_that_opening_a_sentence_points_at_what_was_said(tmp_path: Path) -> None:
    graph = build(tmp_path, "**Zorp retrieval** ranks pages by meaning. That's a burrow search problem, and exact owl search is slow.\n")
    assert not any(s == "zorp retrieval" and r == "isA" for s, r, _o in lowered(graph))


def test_a_noun_and_a_modal_before_a_verb_are_its_own_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, "**Zorp rate** measures the number of songs per second a kestrel server can generate across all owls and nests.\n")
    assert not any(r == "produces" for _s, r, _o in lowered(graph))


def test_a_letter_for_how_many_is_no_part_of_a_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp drafting**: the small model generates K tokens.\n")
    assert_no_concept(graph, "k token", "K tokens")


# ---------------------------------------------------------------- words that share a head, problems listed


def test_single_words_before_a_plural_share_its_head(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp unit**: a layer that uses query, key and value vectors.\n"
                            "- **Kestrel**: a model that uses dropout and weight decay.\n")
    facts = lowered(graph)
    assert {("zorp unit", "uses", "query vector"), ("zorp unit", "uses", "key vector"), ("zorp unit", "uses", "value vector")} <= facts
    assert ("kestrel", "uses", "dropout") in facts  # before a singular head, a noun of its own
    assert_no_concept(graph, "dropout decay", "query", "key")


def test_items_under_limitations_of_a_thing_are_what_it_suffers_from(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Synthetic songs

        - Limitations of generated songs:
          - quality control is hard
          - superficial mimicry: a student copies the style of the teacher
          - potential **tune collapse**: training on generated songs again and again
        """)
    facts = lowered(graph)
    assert {("generated song", "suffersFrom", "superficial mimicry"), ("generated song", "suffersFrom", "tune collapse")} <= facts
    assert not any(r == "isA" for _s, r, _o in facts)
    assert_no_concept(graph, "potential tune collapse", "limitation of generated song")


def test_a_line_a_heading_or_a_fold_that_names_problems_of_a_thing_over_a_list(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        Limitations of clay dens:

        - flooding in spring
        - slow digging

        ## Drawbacks of moss burrows

        - poor insulation
        - collapse risk

        <details>
        <summary>Limitations of sand tunnels</summary>

        | Limitation | What goes wrong |
        |---|---|
        | Wall collapse | hard to fix |
        | Water seepage | floods the nest |

        </details>

        ## Burrow failure modes

        - **Flooding**: water fills the nest
        """)
    facts = lowered(graph)
    assert {("clay den", "suffersFrom", "flooding in spring"), ("clay den", "suffersFrom", "slow digging"),
            ("moss burrow", "suffersFrom", "poor insulation"), ("moss burrow", "suffersFrom", "collapse risk"),
            ("sand tunnel", "suffersFrom", "wall collapse"), ("sand tunnel", "suffersFrom", "water seepage")} <= facts
    assert not any(s == "burrow" and r == "suffersFrom" for s, r, _o in facts)  # failure modes sort their items: kinds
    assert_no_concept(graph, "limitations of sand tunnels", "drawback")


def test_uses_listed_with_a_preposition_in_the_first_keep_the_last(tmp_path: Path) -> None:
    """ "Uses: winter dens without moss, river banks (...), flood plains (...)": each item is cut on its own, so "without"
    in the first says nothing of the last."""
    found = lowered(build(tmp_path, """\
        # Dens

        ## Den sealing

        Den sealing = closing a den against rain.

        Uses: winter dens without moss, river banks (one den instead of many), flood plains (seal dens in different places)
        """))
    assert {("den sealing", "usedFor", "winter den"), ("den sealing", "usedFor", "river bank"),
            ("den sealing", "usedFor", "flood plain")} <= found, found


def test_problems_a_thing_has_named_in_parentheses(tmp_path: Path) -> None:
    """ "synthetic dens are useful but have real limits (flooding, den collapse)": what they suffer from, as "has
    limitations such as A and B" says; a count in parentheses ("rate limits (100 per day)") or a thing's part, none."""
    found = lowered(build(tmp_path, """\
        # Dens

        - synthetic dens are super useful but have real limits (flooding, den collapse)
        - Moss dens have rate limits (100 per day).
        - Clay dens have a door (round).
        """))
    assert {("synthetic den", "suffersFrom", "flooding"), ("synthetic den", "suffersFrom", "den collapse")} <= found, found
    assert not any(r == "suffersFrom" and s in ("moss den", "clay den") for s, r, _o in found), found


def test_a_fold_whose_label_is_a_sentence_or_a_prompt_adds_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Dens

        <details>
        <summary>Show more</summary>

        - **Clay den**: a den dug in clay.

        </details>

        <details><summary>Why do moles dig?</summary>

        To find worms.
        </details>
        """)
    assert names(graph) >= {"clay den"}
    assert_no_concept(graph, "show more", "show", "why do moles dig")
# ---------------------------------------------------------------- tools, makers and what a thing holds


def test_tools_listed_in_a_note_are_for_its_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Zorp tuning**: a way to tune owls.
          - Tools: Kestrelkit, Wombatry, Quillpack.
          - Vector stores: Fjorddb, Tarndb.
        """)
    facts = lowered(graph)
    assert {("kestrelkit", "usedFor", "zorp tuning"), ("quillpack", "usedFor", "zorp tuning")} <= facts
    assert graph.class_of(graph.resolve("Kestrelkit")) == "Tool"
    assert not any(o == "tool" for _s, _r, o in facts)
    assert ("fjorddb", "isA", "vector store") in facts  # a tool of a kind the label names is one of them


def test_tools_listed_about_nothing_named_are_tools(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Owl safety\n\n1. guards -> protect owls + nests\n   - tools: Kestrel Guard, Wombat Shield\n")
    assert {("kestrel guard", "isA", "tool"), ("wombat shield", "isA", "tool")} <= lowered(graph)


def test_who_a_parenthesis_says_made_a_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "- formats: ZF16 (designed by Acme Brain for owl chips), ZF8 (developed by Kestrel, 2021).\n")
    facts = lowered(graph)
    assert {("zf16", "developedBy", "acme brain"), ("zf8", "developedBy", "kestrel")} <= facts


def test_a_compound_adjective_narrows_a_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "Kernels are written in low-level languages like Zorpscript (Acmetron) or Owlang.\n")
    facts = lowered(graph)
    assert {("zorpscript", "isA", "low-level language"), ("owlang", "isA", "low-level language")} <= facts
    assert ("zorpscript", "developedBy", "acmetron") in facts


def test_stores_says_what_a_thing_contains_and_a_plural_before_are_is_no_verb(tmp_path: Path) -> None:
    graph = build(tmp_path, "The **zorp cache** stores the key and value vectors of past tokens.\n\nVector stores are popular for owls.\n")
    facts = lowered(graph)
    assert {("zorp cache", "contains", "key vector")} <= facts
    assert not any(s == "vector" for s, _r, _o in facts)


# ---------------------------------------------------------------- what a line above a list says it holds


def test_has_two_components_above_a_list_contains_each_item(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        A zorp system has two components:

        - a **burrower**, which fetches soil from deep tunnels
        - a **nester**, which builds the nest
        """)
    facts = lowered(graph)
    assert {("zorp system", "contains", "burrower"), ("zorp system", "contains", "nester")} <= facts
    assert_no_concept(graph, "component")


def test_a_plural_kind_ending_the_line_above_a_list_is_the_items_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Exact search is too slow at scale, so everyone uses vector indexing algorithms:

        - **Kestrel** (kestrel search trees)
        - **Wombat**, which builds a burrow graph
        """)
    facts = lowered(graph)
    assert {("kestrel", "isA", "vector indexing algorithm"), ("wombat", "isA", "vector indexing algorithm")} <= facts


@pytest.mark.parametrize("how_many", ["several", "various", "many"])
def test_a_plural_kind_counted_at_the_end_of_the_line_above_a_list_is_the_items_kind(tmp_path: Path, how_many: str) -> None:
    """ "Burrow maps use several indexes:": each item an index, the word that counts them no part of its name."""
    facts = lowered(build(tmp_path, f"Burrow maps use {how_many} tunnel indexes:\n\n- FlatDig — exact\n- TreeDig — by trees\n"))
    assert {("flatdig", "isA", "tunnel index"), ("treedig", "isA", "tunnel index")} <= facts, facts


def test_which_after_an_object_speaks_of_it_not_of_the_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Kestrel uses Wombat, which uses burrow attention.

        Zorp merging joins several owls into one; it differs from owl ensembling, which combines the songs of owls.

        Kestrel focuses on building nests on top of old trees, which involves twig weaving and moss laying.
        """)
    facts = lowered(graph)
    assert ("wombat", "uses", "burrow attention") in facts and ("kestrel", "uses", "burrow attention") not in facts
    assert not any(s == "zorp merging" and o.startswith("song") for s, _r, o in facts)
    assert ("kestrel", "includes", "twig weaving") in facts  # after a doing, "which" is the doing's: the subject's


def test_a_clause_after_a_which_aside_has_its_own_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, "To produce useful hints, which are also kept in memory, the owl model makes use of the song signal.\n")
    assert ("owl model", "uses", "song signal") in lowered(graph)


def test_a_plural_as_written_is_another_label_of_its_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Zorp tuning**: a method used for owl generation tasks.\n"
                            "- **Feather count:** The number of feathers in a bird is a key factor in its flight.\n")
    task = graph.resolve("owl generation task")
    assert graph.label(task) == "owl generation task" and "owl generation tasks" in graph.aliases(task)
    assert graph.resolve("owl generation tasks") == task
    assert_no_concept(graph, "feather in a bird")  # inside an entry, a subject named nowhere else is still the entry


def test_a_clipped_word_names_the_concept_the_whole_word_names(tmp_path: Path) -> None:
    graph = build(tmp_path, "The den eval pipeline uses judges. The den evaluation pipeline uses moss.\n\n"
                            "Trainable params use roots. Trainable parameters use sand. The burrow info page uses clay.\n")
    pipeline = graph.resolve("den evaluation pipeline")
    assert graph.label(pipeline) == "den evaluation pipeline" and graph.resolve("den eval pipeline") == pipeline
    assert "den eval pipeline" in graph.aliases(pipeline)
    assert graph.resolve("trainable params") == graph.resolve("trainable parameter")
    page = graph.resolve("burrow info page")  # written once, clipped: the whole word is preferred, the clipped one an alias
    assert graph.label(page) == "burrow information page" and "burrow info page" in graph.aliases(page)


def test_a_clipped_word_before_a_verb_is_a_noun(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nHuman eval uses wombats. Fast digging uses claws.\n"))
    assert {("human evaluation", "uses", "wombat"), ("fast digging", "uses", "claw")} <= found, found


def test_names_after_a_clipped_plural_label_are_of_the_whole_word(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "Digging libs: Clawkit, Moleworks, Tunnelr\n"))
    assert {("clawkit", "isA", "digging library"), ("tunnelr", "isA", "digging library")} <= found, found


def test_the_key_of_a_label_unclips_whole_words_only() -> None:
    from kg.labels import key
    assert key("Human evals") == key("human evaluation") == "human evaluation"
    assert key("hyperparams") == "hyperparameter" and key("GitHub repos") == "github repository"
    assert key("libs") == key("libraries") == "library" and key("den lib") == "den library"  # a plural in -ies
    assert key("ctx length") == "context length" and key("reqs") == "request"
    assert key("evaluator") == "evaluator" and key("application") == "application"  # no clipping inside a word
    assert key("Evals") == "eval" and key("OpenAI's Evals") == "openai eval"  # a name in capitals is no clipped word


# ---------------------------------------------------------------- a parenthesis right after a term


def test_a_parenthesis_after_a_term_names_it_or_its_maker_and_the_rest_is_read(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **ZRF** (zero-order ranking function), a ranking function that weighs owl songs
        - **OWLS** (Kestrel et al., 2022) interleaves songs and flights.
        - **Burrowy** (from Wombat Labs), which uses tunnel maps
        - **Making nests** (twig weaving),
        - **Region B** (Swiss Alps): heights range from 3900 m
        """)
    facts = lowered(graph)
    assert ("zrf", "isA", "ranking function") in facts
    assert graph.resolve("zero-order ranking function") == graph.resolve("ZRF")
    assert {("owls", "developedBy", "kestrel et al."), ("burrowy", "developedBy", "wombat labs"), ("burrowy", "uses", "tunnel map")} <= facts
    # words in parentheses that are no other name nor a maker say nothing of the term
    assert "twig weaving" not in graph.aliases(graph.resolve("making nest"))
    assert not any(r == "developedBy" and o == "swiss alps" for _s, r, o in facts)


def test_splits_it_into_says_what_the_entry_includes_and_steps_after_a_colon_are_no_ones(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Owl optimization** makes owls faster; Huyen splits it into wing-level, tail-level and beak-level techniques.
        - **Nesting** is hard. Huyen recommends splitting nesting from hunting: generate a plan, check it, then fly.
        """)
    facts = lowered(graph)
    assert {("owl optimization", "includes", "wing-level technique"), ("owl optimization", "includes", "beak-level technique")} <= facts
    assert not any(s == "huyen" for s, _r, _o in facts)


def test_a_purpose_column_holds_no_verb_in_a_compound(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Tunings\n\n| Method | Used for |\n|---|---|\n| Zorp | few-shot learning |\n| Kestrel | fine-tune owls |\n")
    facts = lowered(graph)
    assert ("zorp", "usedFor", "few-shot learning") in facts and ("kestrel", "usedFor", "fine-tuning owls") in facts
    assert_no_concept(graph, "few-shooting learning")


def test_a_name_in_title_case_after_a_name_is_no_other_name_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        Toxicity classifiers like Owl Shield API (Acme Forest) help here.

        ## Tools

        | Tool | Made by |
        |---|---|
        | Owl Shield API | Acme Forest |
        """)
    facts = lowered(graph)
    assert ("owl shield api", "developedBy", "acme forest") in facts
    assert ("owl shield api", "isA", "toxicity classifier") in facts  # the sentence's first word, no name
    assert "Acme Forest" not in graph.aliases(graph.resolve("Owl Shield API"))


def test_a_name_in_title_case_goes_on_whatever_the_tagger_makes_of_its_words(tmp_path: Path) -> None:
    graph = build(tmp_path, "It can use specialized models like a Process Reward Model (PRM).\n")
    assert ("process reward model", "isA", "specialized model") in lowered(graph)


def test_an_item_that_counts_parts_lists_the_parts_of_the_heading(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## the owl engineering stack
        - 3 layers
          - nest development
          - flight development
          - infrastructure
        ## owl kinds
        - 2 families
          - barn owls
          - horned owls
        """)
    facts = lowered(graph)
    assert {("owl engineering stack", "contains", "nest development"), ("owl engineering stack", "contains", "infrastructure")} <= facts
    assert not any(o == "layer" for _s, _r, o in facts)
    assert ("barn owl", "isA", "owl kind") in facts or ("barn owl", "isA", "owl") in facts  # families are kinds, as before


def test_frameworks_listed_under_an_entry_are_frameworks_for_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **Owl modeling**: building owl models.\n  - frameworks: Zorpflow, Kestrel Torch (Acmetron)\n")
    facts = lowered(graph)
    assert {("zorpflow", "isA", "owl modeling framework"), ("owl modeling framework", "isA", "framework"),
            ("zorpflow", "usedFor", "owl modeling"), ("kestrel torch", "developedBy", "acmetron")} <= facts


def test_e_g_after_a_plural_gives_examples_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "- **owl augmentation** tools, e.g. twig finders, moss scanners, Owlsearch\n")
    facts = lowered(graph)
    assert {("twig finder", "isA", "owl augmentation tool"), ("owlsearch", "isA", "owl augmentation tool")} <= facts


def test_a_hyphenated_name_is_a_subject_and_which_after_a_name_speaks_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        OWL-2 combines twig frequency with moss frequency.

        The classic refinement is ZF-IDF, which combines nest frequency with burrow frequency.

        The chapter mentions Chameleon, which uses OWL-2. Owls improve in Fjord tasks, which involve hunting.
        """)
    facts = lowered(graph)
    assert {("owl-2", "uses", "twig frequency"), ("zf-idf", "uses", "nest frequency"), ("chameleon", "uses", "owl-2")} <= facts
    assert not any(o == "hunting" for _s, _r, o in facts)


# ---------------------------------------------------------------- numbers, adjectives and doings inside lists


def test_a_comma_inside_a_number_separates_no_items() -> None:
    from kg.ingest.lists import split
    assert split("12,500 wombats and 3 kestrels", set()) == ["12,500 wombats", "3 kestrels"]
    assert split("burrows, setts, dens", set()) == ["burrows", "setts", "dens"]  # a comma between words still splits


def test_an_adjective_whose_complement_ends_a_list_is_no_object(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n- **Zorp 65B**: a model trained on 1,000 curated burrows, preferred or equal to Kestrel in 43% of cases.\n")
    found = lowered(graph)
    assert ("zorp 65b", "trainedOn", "curated burrow") in found, found
    assert_no_concept(graph, "equal")
    assert_no_concept(graph, "preferred")


def test_a_doing_kept_up_is_the_doing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- **Flywheel**: use soil maps to keep improving the tunnels.\n"))
    assert ("soil map", "usedFor", "improving tunnels") in found, found
    assert not any("keeping" in o for _s, _r, o in found), found


def test_a_pair_named_by_what_it_pairs(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\n- **Clay model**: an encoder trained on (image, text) pairs.\n"))
    assert ("clay model", "trainedOn", "image-text pair") in found, found
    assert not any(o == "pair" for _s, _r, o in found), found


def test_two_verbs_joined_by_and_each_keep_their_objects(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nThe zorp encoder uses clay filters and produces tunnel maps. Burrow mapping is used for colony planning and uses radar.\n"))
    assert {("zorp encoder", "uses", "clay filter"), ("zorp encoder", "produces", "tunnel map")} <= found, found
    assert {("burrow mapping", "usedFor", "colony planning"), ("burrow mapping", "uses", "radar")} <= found, found


def test_a_highlight_is_markup(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nBurrow mapping is used for ==colony planning== and uses ==**ground radar**==.\n"))
    assert {("burrow mapping", "usedFor", "colony planning"), ("burrow mapping", "uses", "ground radar")} <= found, found


def test_a_definite_apposition_set_off_before_the_name_s_verb_says_what_it_is(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nDigBench, the most popular open-source burrow scanner, uses radar.\n"
                                    "We compared ZorpNet, the KestrelNet tunneller, and QuillNet.\n"))
    assert ("digbench", "isA", "open-source burrow scanner") in found, found
    assert ("digbench", "uses", "radar") in found, found
    assert not any(s == "zorpnet" and r == "isA" for s, r, _o in found), found  # items of a list, no apposition


def test_what_a_thing_is_measured_by_and_a_short_form_inside_its_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- **Burrow depth:** how deep a tunnel goes. It is measured with the wombat in a hole (WIAH) probe.\n"
                                    "- **Soil moisture** is measured by time to first drip (TTFD).\n"))
    assert ("burrow depth", "measuredBy", "wombat in a hole probe") in found, found
    assert ("soil moisture", "measuredBy", "time to first drip") in found, found


def test_a_negated_contraction_is_read_as_its_words(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n- **Hard traits**: traits you can't change, e.g. claw length, fur colour.\n")
    assert not [name for name in names(graph) if name.lower().startswith(("n t", "t change"))], names(graph)


def test_a_thing_named_as_two_joined_by_plus_is_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n| Term | Definition |\n|---|---|\n| Burrow benchmark | A shared tunnel set plus metric, e.g. DigQA, MoleBench. |\n")
    assert_no_concept(graph, "shared tunnel set plus metric")


def test_a_place_in_a_sequence_is_no_concept(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n| Term | Definition |\n|---|---|\n| Dig pipeline | Step 1 evaluate all tunnels, step 2 brace the roof. |\n")
    assert_no_concept(graph, "Step 1")


def test_a_name_s_thing_in_a_cell_is_no_instruction(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n## Burrow boards\n\n| Board | Description |\n|---|---|\n| Dig League | Digging Face's leaderboard aggregating burrow benchmarks. |\n"))
    assert not any(r == "usedFor" for _s, r, _o in found), found


def test_they_after_a_singular_subject_speaks_of_something_else(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nThe kestrel judge favors longer answers, even when they contain errors. "
                                    "Public benchmarks like DigQA are useful, but they suffer from leakage.\n"))
    assert not any(s == "kestrel judge" and r == "contains" for s, r, _o in found), found
    assert ("digqa", "suffersFrom", "leakage") in found, found  # a plural subject: "they" points back to it


def test_a_clause_whose_that_is_left_out_ends_the_object_before_its_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- **Tunnel kit** — spade, brace. Covers stuff wombats are bad at, like clay.\n"
                                    "- **Den memory** has three mechanisms: scent marks, scratches, trails.\n"))
    assert not any(s == "tunnel kit" and o.startswith("stuff") for s, _r, o in found), found
    assert not any(o in ("mechanism", "stuff") for _s, _r, o in found), found  # vague words name no kind


def test_a_count_in_words_is_no_part_of_a_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\n- **Zorpnet**: a tunnel model trained on 400 million soil samples.\n"))
    assert ("zorpnet", "trainedOn", "soil sample") in found, found


def test_a_kind_that_weighs_two_things_is_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\nDen cost is a warmth vs depth trade-off.\n")
    assert_no_concept(graph, "warmth vs depth trade-off")


def test_what_a_vs_aside_sets_a_thing_against(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Burrows\n\n- **Burrow mapping**: a survey of tunnels (vs scent tracking)\n\n"
                            "Dense burrowing (vs shallow burrowing) uses clay. Wombats use clay (vs sand).\n")
    found = lowered(graph)
    assert ("burrow mapping", "contrastsWith", "scent tracking") in found, found
    assert ("dense burrowing", "contrastsWith", "shallow burrowing") in found, found
    assert not any(r == "contrastsWith" and "sand" in (s, o) for s, r, o in found), found  # which of the two is unsaid
    assert not {a.lower() for a in graph.aliases(graph.resolve("dense burrowing"))} & {"vs shallow burrowing", "shallow burrowing"}


def test_a_clause_after_a_comma_with_a_copula_of_its_own_has_its_own_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Burrows\n\nZorpRank and DigRank are the classic scores, TunnelDB is the usual engine and uses a root index.\n"))
    assert ("tunneldb", "uses", "root index") in found, found
    assert not any(s in ("zorprank", "digrank") and r == "uses" for s, r, _o in found), found


# ---------------------------------------------------------------- adjectives joined before one noun


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Kestrel drift is a fast and quiet flight mode.", "flight mode"),
    ("Kestrel drift is the simplest and cheapest flight mode.", "flight mode"),
    ("Kestrel drift is the easiest and most common flight mode.", "flight mode"),
    ("Kestrel drift is a slow but steady flight mode.", "flight mode"),
])
def test_adjectives_joined_before_one_noun_describe_it(tmp_path: Path, sentence: str, kind: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert ("kestrel drift", "isA", kind) in found, found
    assert all(o == kind for s, r, o in found if s == "kestrel drift" and r == "isA"), found  # no "fast", no "quiet flight mode"


def test_adjectives_joined_before_a_plural_are_no_members_of_the_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nWombats are strong and patient diggers.\n\nKestrels are small but fierce falcons.\n"))
    assert {("wombat", "isA", "digger"), ("kestrel", "isA", "falcon")} <= found, found
    assert not any(o in ("wombat", "kestrel") for _s, _r, o in found), found  # "strong digger isA wombat" read them as its kinds


def test_adjectives_joined_before_a_noun_without_an_article_still_name_two_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nBurrow search combines shallow and deep probing.\n\nWombats use fast and quiet digging tools.\n"))
    assert {("burrow search", "uses", "shallow probing"), ("burrow search", "uses", "deep probing")} <= found, found
    assert not any(o == "fast" for _s, _r, o in found), found  # an adjective alone is no tool


def test_a_reason_that_opens_with_a_comma_ends_the_clause_before_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nScratch digging is a digging gait because, unlike root cutting, it needs no claws.\n"))
    assert {("scratch digging", "isA", "digging gait"), ("scratch digging", "contrastsWith", "root cutting")} <= found, found


def test_a_thing_split_into_its_own_kinds_contains_none_of_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nBurrows are split into shallow burrows and deep burrows.\n\nTunnels are split into ramps and galleries.\n"))
    assert {("shallow burrow", "isA", "burrow"), ("deep burrow", "isA", "burrow")} <= found, found
    assert not any(r == "contains" for s, r, _o in found if s == "burrow"), found  # "burrow contains deep burrow" read the phrase too
    assert {("tunnel", "contains", "ramp"), ("tunnel", "contains", "gallery")} <= found, found


def test_what_a_thing_lets_another_do_is_the_other_s_doing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nKestrel drift lets a wombat use radar.\n\nRoot bracing makes tunnels safe and uses clay.\n"))
    assert not any(s == "kestrel drift" and r == "uses" for s, r, _o in found), found  # the wombat uses it
    assert ("root bracing", "uses", "clay") in found, found  # a verb of its own after "and"


def test_words_that_judge_are_no_part_of_a_labelled_list_s_items(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n- Burrows\n  - cons: potential roof collapse, flooding\n"))
    assert ("burrow", "suffersFrom", "roof collapse") in found, found


def test_a_singular_split_into_parts_holds_them_and_a_bare_plural_is_made(tmp_path: Path) -> None:
    """A singular split names its parts; a bare plural split is what a doing makes ("Tunneling splits
    soil into clods"), while a thing that splits ("Zorp breaks each tunnel plan into shafts") only says
    how it works, no output of it."""
    found = lowered(build(tmp_path, "# Notes\n\nKestrel splits digging into scraping and hauling.\n\nTunneling splits soils into clods.\n\n"
                                    "Zorp splits tunnels into shafts and galleries.\n"))
    assert {("digging", "contains", "scraping"), ("digging", "contains", "hauling")} <= found, found
    assert not any(s in ("kestrel", "zorp") for s, _r, _o in found), found  # it does the splitting, makes no parts
    assert ("tunneling", "produces", "clod") in found, found  # what splitting soil makes


@pytest.mark.parametrize("subject", ["The two most common types of burrows", "Two types of burrows", "The main kinds of burrows"])
def test_kinds_listed_after_a_copula_are_members_not_one_kind(tmp_path: Path, subject: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{subject} are simple burrows and complex burrows.\n")
    found = lowered(graph)
    assert {("simple burrow", "isA", "burrow"), ("complex burrow", "isA", "burrow")} <= found, found
    assert not any(" and " in o for _s, _r, o in found), found  # "burrow isA burrows and complex burrow"


def test_another_name_said_of_a_thing_is_an_alias_and_no_definition_of_a_new_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes on burrows

        A wombat that digs at night is called a night digger.

        Scent marking is also called musking.

        Each tunnel dug in clay is called a gallery.
        """)
    assert graph.resolve("musking") == graph.resolve("scent marking")
    assert_no_concept(graph, "note on burrows")  # the notes' title defines nothing
    assert_no_concept(graph, "tunnel dug in clay")  # "each X is called Y" names a kind, no other name of X


@pytest.mark.parametrize("sentence", ["Wet lining, a variant of clay lining, adds moss.", "Wet lining (a kind of clay lining) adds moss."])
def test_a_subject_set_off_as_a_variant_of_a_thing_is_one_of_it(tmp_path: Path, sentence: str) -> None:
    assert ("wet lining", "isA", "clay lining") in lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))


def test_a_subject_set_off_by_its_kind_before_its_verb_is_one_of_it(tmp_path: Path) -> None:
    """ "Wet lining, a burrow technique, adds moss": one of the kind; not before a list ("..., and moss
    lining are common") nor "a generalization of X", which says what it is to X."""
    found = lowered(build(tmp_path, "# Notes\n\nWet lining, a burrow technique, adds moss.\n\n"
                                    "Clay lining, a den method, and moss lining are common.\n\n"
                                    "Deep lining, a generalization of wet lining, shares moss.\n"))
    assert ("wet lining", "isA", "burrow technique") in found, found
    assert not any(s in {"clay lining", "deep lining"} and r == "isA" for s, r, _o in found), found


def test_an_extension_of_a_thing_builds_on_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nDeep probing is an extension of shallow probing.\n")
    assert ("deep probing", "uses", "shallow probing") in lowered(graph)
    assert_no_concept(graph, "extension of shallow probing")


def test_a_name_set_off_after_its_kind_is_one_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nA related metric, the Den Warmth Score, focuses on the nest.\n\nA simple example, DigLog, maps tunnels.\n"))
    assert ("den warmth score", "isA", "metric") in found, found
    assert not any(s == "diglog" and r == "isA" for s, r, _o in found), found  # a shell word names no kind


def test_a_name_set_off_after_its_kind_is_the_subject_of_the_verb_after_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nA popular den framework, DenChain, uses tunnel graphs.\n\n"
                                    "A newer variant, QuillDig, combines DenChain with claw sorting.\n"))
    assert {("denchain", "uses", "tunnel graph"), ("denchain", "isA", "den framework"),
            ("quilldig", "uses", "denchain"), ("quilldig", "uses", "claw sorting")} <= found, found
    assert not any(s in ("den framework", "popular den framework", "variant") for s, _r, _o in found), found


def test_what_people_measure_with_a_thing_is_measured_by_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nResearchers measure burrow depth with the Den Gauge.\n\nWe usually evaluate diggers using DigBench.\n"))
    assert {("den gauge", "measures", "burrow depth"), ("digbench", "evaluates", "digger")} <= found, found


def test_people_who_like_a_thing_give_no_examples_of_people(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nMany researchers like DigBench because it is fast.\n\nFrameworks like LangChain make agents easy.\n"))
    assert not any(o == "researcher" for _s, _r, o in found), found
    assert ("langchain", "isA", "framework") in found, found


def test_a_short_form_said_to_stand_for_its_words_is_another_name(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nBSI is short for Burrow Stability Index.\n\nDWS stands for Den Warmth Score.\n\nKD stands for something else.\n")
    assert graph.resolve("BSI") == graph.resolve("Burrow Stability Index")
    assert graph.resolve("DWS") == graph.resolve("Den Warmth Score")
    assert_no_concept(graph, "KD")  # letters the words do not spell


def test_what_a_thing_prevents_or_reduces_is_what_it_is_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Root bracing prevents tunnel collapse.

        Den caching reduces hunger and thirst.

        Mixing moss with clay reduces cracks.
        """))
    assert ("root bracing", "usedFor", "preventing tunnel collapse") in found, found
    assert {("den caching", "usedFor", "reducing hunger"), ("den caching", "usedFor", "reducing thirst")} <= found, found
    assert not any("mixing" in s for s, _r, _o in found), found  # a doing with its objects is no one thing


def test_what_a_thing_improves_speeds_up_or_helps_reduce_is_what_it_is_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Den caching greatly improves comfort. Root bracing speeds up tunnel work. Clay walls protect against floods.
        Moss beds help reduce damp air. Dry twigs can prevent wet fur.

        Picking good roots significantly improves dens. DenNet improves depth across soils.
        It forces the wombat to avoid biting roots.
        """))
    assert {("den caching", "usedFor", "improving comfort"), ("root bracing", "usedFor", "speeding up tunnel work"),
            ("clay wall", "usedFor", "protecting against floods"), ("moss bed", "usedFor", "reducing damp air"),
            ("dry twig", "usedFor", "preventing wet fur")} <= found, found
    assert not any(s.startswith("picking") or s == "dennet" or "biting" in o for s, _r, o in found), found  # a doing; a name; "to avoid"


def test_what_plural_things_reduce_or_improve_is_what_they_are_for(tmp_path: Path) -> None:
    """ "Moss linings reduce heat loss": the plural's verb in its base form; not an instruction ("To
    reduce heat loss, ...", "Reduce heat loss with moss") nor a clause narrowing a noun."""
    found = lowered(build(tmp_path, """\
        # Notes

        Moss linings reduce heat loss. Clay walls improve den stability. Rerankers improve precision.

        To reduce damp air, seal the den. Reduce root rot with dry twigs. Dens that prevent floods are deep.
        """))
    assert {("moss lining", "usedFor", "reducing heat loss"), ("clay wall", "usedFor", "improving den stability"),
            ("reranker", "usedFor", "improving precision")} <= found, found  # an agent noun the dictionary lacks, first
    assert not any(r == "usedFor" and o in ("reducing damp air", "reducing root rot", "preventing floods") for _s, r, o in found), found


def test_what_a_kind_that_reduces_a_problem_is_said_of_the_thing_it_defines(tmp_path: Path) -> None:
    """ "Den sealing is a technique that reduces heat loss by closing gaps", "- **Den sweeping**: a method
    that prevents root rot": what each is for; not a clause after the problem ("... heat loss is warm")."""
    found = lowered(build(tmp_path, """\
        # Notes

        Den sealing is a technique that reduces heat loss by closing gaps.

        - **Den sweeping**: a method that prevents root rot.
        - **Den model**: a model that reduces heat loss is warm.
        """))
    assert {("den sealing", "usedFor", "reducing heat loss"), ("den sweeping", "usedFor", "preventing root rot")} <= found, found
    assert not any(s == "den model" and r == "usedFor" for s, r, _o in found), found


def test_members_of_groups_of_a_kind_are_of_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nThe three den criteria buckets are warmth, depth and drainage.\n"))
    assert {(kind, "isA", "den criterion") for kind in ("warmth", "depth", "drainage")} <= found, found
    assert not any(o == "den criteria bucket" for _s, _r, o in found), found  # a group of them, no kind


def test_its_limitations_and_examples_said_of_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - **Burrow sensor**: a device in a den.
          Its limitations are drift, battery life, and moving from one den to another.
          DenCam and DigLog are examples.
        """))
    assert {("burrow sensor", "suffersFrom", "drift"), ("burrow sensor", "suffersFrom", "battery life")} <= found, found
    assert {("dencam", "isA", "burrow sensor"), ("diglog", "isA", "burrow sensor")} <= found, found
    assert not any(o == "moving" for _s, _r, o in found), found  # a doing the list was cut inside


def test_names_sharing_their_kind_s_plural_are_each_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nDepth is scored as in the DigBench and BurrowEval benchmarks.\n\nCompare the Kestrel and Quokka families.\n"))
    assert {("digbench", "isA", "benchmark"), ("burroweval", "isA", "benchmark")} <= found, found
    assert not any(r == "isA" and o in ("family", "kestrel family") for _s, r, o in found), found  # a group, no kind


def test_a_participle_set_off_by_commas_ends_at_its_comma(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nDigLog, proposed in 2023 by Acme Labs, maps tunnels.\n")
    assert ("diglog", "developedBy", "acme labs") in lowered(graph)
    assert_no_concept(graph, "maps tunnel")  # the sentence's own verb and object, no maker


def test_a_definition_that_is_a_doing_says_what_the_term_does(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        **Root mapping**: Using root probes to find roots.

        Den mapping: Using den probes to find dens.

        Moss synthesis: combining dry moss and clay into bedding.

        ### Moss cycle
        Using moss gathered by wombats to keep improving the den: shredding, drying and piling.

        | Term | Meaning |
        |---|---|
        | Burrow judging | Using a wombat model to evaluate the digs of other wombats. |

        Den data: training examples whose burrows show digging.

        **Den sketching** — representing dens in a grid, capturing their depth.

        ### Den teaching
        Teaching a wombat what to dig through the den is called den learning.
        """))
    assert {("root mapping", "uses", "root probe"), ("den mapping", "uses", "den probe"), ("moss cycle", "uses", "moss"),
            ("burrow judging", "uses", "wombat model"), ("moss synthesis", "uses", "dry moss")} <= found, found
    assert not any(s == "moss cycle" and o in ("shredding", "drying", "piling") for s, _r, o in found), found  # what the colon lists
    assert not any(s in ("den data", "den sketching", "den teaching") for s, _r, _o in found), found  # a noun; no relation; a subject


def test_a_term_said_to_mean_using_a_thing_uses_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Den judging means using a wombat model to score other dens.

        Den sealing refers to using wet clay to seal the walls.

        Here, burrow mapping means knowing the field.
        """))
    assert {("den judging", "uses", "wombat model"), ("den sealing", "uses", "wet clay")} <= found, found
    assert not any(s == "burrow mapping" for s, _r, _o in found), found


def test_what_a_thing_reduces_to_something_is_no_problem_it_solves(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nStem sorting reduces words to their root form.\n\nRoot sorting reduces clutter.\n"))
    assert ("root sorting", "usedFor", "reducing clutter") in found, found
    assert not any(s == "stem sorting" for s, _r, _o in found), found


def test_a_writer_s_label_before_a_clause_is_no_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Log

        Key idea: wombats use moss.

        Today: kestrels use twigs.

        Main point: badgers use roots.

        Recap: setts use tunnels.

        - **Burrow**: a hole
          - Key idea: it uses clay.
        """))
    assert {("wombat", "uses", "moss"), ("kestrel", "uses", "twig"), ("badger", "uses", "root"), ("sett", "uses", "tunnel"),
            ("burrow", "uses", "clay")} <= found, found
    assert not any(s in ("key idea", "today", "main point", "recap") for s, _r, _o in found), found


def test_the_kind_a_rank_or_a_habit_picks_out_is_the_subject_s_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        DigBench is the classic benchmark for burrows. DenScope and RootCam are the most popular burrow tools here.

        Root spading is the usual starting point. The tunnel is the main component. DenNet is the best-known example of a den model.
        """))
    assert {("digbench", "isA", "benchmark"), ("denscope", "isA", "burrow tool"), ("rootcam", "isA", "burrow tool"),
            ("dennet", "isA", "den model")} <= found, found  # a name given as an example of a kind is one of it
    assert not any(s in ("root spading", "tunnel") and r == "isA" for s, r, _o in found), found  # no class; a part


def test_an_arrow_after_a_subject_is_no_part_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, "- den cache → stores moss of past winters\n- root map -> uses root probes\n")
    found = lowered(graph)
    assert {("den cache", "contains", "moss of past winters"), ("root map", "uses", "root probe")} <= found, found
    assert not any("→" in name or "->" in name for name in names(graph)), names(graph)


def test_a_way_of_doing_something_is_for_doing_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Root fusion is another way to merge two burrows. Twig fusion is a way of merging nests.

        Clay lining is a simple technique for sealing walls. This is a way to dig. There is a way to nest.
        """))
    assert {("root fusion", "usedFor", "merging two burrows"), ("twig fusion", "usedFor", "merging nests"),
            ("clay lining", "usedFor", "sealing walls")} <= found, found
    assert not any(s in ("this", "there") for s, _r, _o in found), found


def test_a_way_of_doing_a_thing_named_by_a_noun_is_one_of_it(tmp_path: Path) -> None:
    """ "Sniffing is a way of doing den mapping", "Digging is a way to do burrow work": one of den mapping, no purpose
    "doing den mapping"; "a way of doing it" names nothing."""
    found = lowered(build(tmp_path, "# Notes\n\nSniffing is a way of doing den mapping. Digging is a way to do burrow work.\n\n"
                                    "Mossing is a way of doing it.\n"))
    assert {("sniffing", "isA", "den mapping"), ("digging", "isA", "burrow work")} <= found, found
    assert not any(r == "usedFor" or o.startswith("do") for _s, r, o in found), found


def test_an_entry_put_to_work_is_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **DenNet:** DenNet is a burrow mapping technique. A DenNet system has two components: a scanner and a mapper.
        - **Root bracing:** BraceOne and BraceTwo are the classic methods here.
        """)
    found = lowered(graph)
    assert {("dennet", "contains", "scanner"), ("dennet", "contains", "mapper")} <= found, found
    assert graph.resolve("DenNet system") == graph.resolve("DenNet")  # one concept, another name of it
    assert_no_concept(graph, "classic method")


def test_means_after_a_pronoun_is_its_verb(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nDens stay cold. This means more warmth, useful for winter.\n")
    assert not any("means" in name for name in names(graph)), names(graph)


def test_a_doing_a_thing_is_for_keeps_its_words(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nMoss fusion is a method for merging two beds. Den radar is used for tunnel mapping.\n")
    assert {("moss fusion", "usedFor", "merging two beds"), ("den radar", "usedFor", "tunnel mapping")} <= lowered(graph)
    assert "merging two bed" not in names(graph)


def test_a_definition_that_is_a_participle_says_what_the_term_is_made_with(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - DenNet — built around RootScan, fast on loam
        - Moss bed — made of dry moss and clay
        - Clay seal: Based on wet loam.
        - Tunnel map — trained for hours on moss
        """))
    assert {("dennet", "uses", "rootscan"), ("moss bed", "contains", "dry moss"), ("clay seal", "uses", "wet loam")} <= found, found
    assert not any(s == "tunnel map" for s, _r, _o in found), found  # "is trained for" states no relation
    assert not any(o == "fast" for _s, _r, o in found), found  # said of RootScan, no second thing it is built around


def test_a_line_break_inside_a_paragraph_is_a_space(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        This was the best section. The guide groups den attacks into three types: root extraction, den
        breaking and moss
        injection.
        """))
    assert {("root extraction", "isA", "den attack"), ("den breaking", "isA", "den attack"),
            ("moss injection", "isA", "den attack")} <= found, found


def test_a_bare_plural_a_relative_clause_narrows_ends_a_list_unnamed(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Den failures include flooded dens, dens that contain stale moss and collapsed dens.

        Sett failures include soggy beds and walls that crumble.

        Kestrel uses moss beds and clay walls, which keep heat.
        """))
    assert {("den failure", "includes", "flooded den"), ("sett failure", "includes", "soggy bed"),
            ("kestrel", "uses", "moss bed"), ("kestrel", "uses", "clay wall")} <= found, found
    assert not any(o in ("den", "wall", "stale moss") for _s, _r, o in found), found  # some dens, some walls: no word names them


def test_a_relative_clause_opening_with_a_verb_the_tagger_calls_a_plural_is_the_noun_s(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        A den database is a database that stores mosses and lets you search them by smell.

        A sett is a hole that stores [[clay]].

        Studies found that diggers use roots.
        """))
    assert {("den database", "contains", "moss"), ("sett", "contains", "clay"), ("digger", "uses", "root")} <= found, found


def test_the_best_known_kind_is_a_kind_of_what_the_sentence_before_spoke_of(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        A den is a large hole dug in soil. Sand dens are the best-known kind, and clay dens extend the idea to clay.

        Kestrel is the best-known kind.

        DigBench is the classic benchmark, and people love it.
        """))
    assert {("sand den", "isA", "den"), ("digbench", "isA", "benchmark")} <= found, found
    assert not any(s == "kestrel" for s, _r, _o in found), found  # the kind of nothing spoken of


def test_a_name_from_its_maker_as_a_subject_is_the_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        DenBench from Acme Labs uses clay. DenBench from Acme Labs is a benchmark.

        Bidirectional Burrow Maps from Transformers is a method by Kim et al.
        """))
    assert {("denbench", "uses", "clay"), ("denbench", "isA", "benchmark"), ("denbench", "developedBy", "acme labs")} <= found, found
    assert not any(s.startswith("denbench from") for s, _r, _o in found), found
    assert not any(s == "bidirectional burrow map" for s, _r, _o in found), found  # "from Transformers" is part of its name


def test_names_said_to_be_variants_are_kinds_of_what_was_just_spoken_of(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Den speeding uses a small draft wombat. Quokka and Bilby are variants that add extra heads.

        A den gateway is a layer that gives one door to many dens; Wombat Gate and Sett Gate are examples.
        """))
    assert {("quokka", "isA", "den speeding"), ("bilby", "isA", "den speeding")} <= found, found
    assert {("wombat gate", "isA", "den gateway"), ("sett gate", "isA", "den gateway")} <= found, found  # the clause before's subject
    assert not any(o == "variant" for _s, _r, o in found), found


def test_a_clause_set_against_another_with_a_subject_the_tagger_calls_a_verb_is_not_the_first_s(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Burrowing processes the soil in parallel, while sift generates one pile at a time.

        Kestrel digs dens, while it also uses clay.
        """))
    assert ("kestrel", "uses", "clay") in found, found  # a pronoun: the subject before
    assert not any(s == "burrowing" for s, _r, _o in found), found  # the sifting's pile


def test_a_clause_after_and_whose_subject_has_an_aside_is_read_apart(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Static digging uses moss, and continuous digging (also called rolling digging) uses clay.
        """)
    found = lowered(graph)
    assert {("static digging", "uses", "moss"), ("continuous digging", "uses", "clay")} <= found, found
    assert not any(s == "static digging" and o in ("clay", "continuous digging") for s, _r, o in found), found
    assert graph.resolve("rolling digging") == graph.resolve("continuous digging")


def test_a_noun_after_and_with_a_which_aside_and_then_its_verb_is_no_object(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Static digging waits for a full crew, dynamic digging uses a time window, and continuous digging, which Kestrel and Quokka both implement, lets finished dens leave.

        Kestrel uses moss, and clay, which keeps heat.
        """))
    assert {("dynamic digging", "uses", "time window"), ("kestrel", "uses", "moss"), ("kestrel", "uses", "clay")} <= found, found
    assert ("dynamic digging", "uses", "continuous digging") not in found, found  # the subject of "lets"


def test_a_hyphenated_plural_after_are_is_the_kind_an_adverb_before_it_leaves(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        Den sorters are cross-sieves. Root sorters are usually bi-sieves. Moss sorters are also multi-sieves.
        """))
    assert {("den sorter", "isA", "cross-sieve"), ("root sorter", "isA", "bi-sieve"), ("moss sorter", "isA", "multi-sieve")} <= found, found


def test_a_hyphenated_word_ending_in_a_plural_noun_is_a_plural_noun() -> None:
    from kg.ingest.tagger import corrected, tagged
    assert corrected("cross-encoders", tagged("cross-encoders")[0][1]) == "NNS"
    assert corrected("task-specific", tagged("task-specific")[0][1]) == "JJ"


def test_a_system_named_after_the_heading_s_concept_is_that_concept(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        - ## Den sealing
        	- [[den sealing]] = closing a den with clay
        	- a den sealing system has two components: a [[clay pump]] and a [[moss press]]
        """))
    assert {("den sealing", "contains", "clay pump"), ("den sealing", "contains", "moss press")} <= found, found
    assert not any(s == "den sealing system" for s, _r, _o in found), found


def test_an_agent_noun_the_dictionary_lacks_opening_a_sentence_is_a_common_noun(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nResifters are usually cross-sieves. A resifter uses a sieve.\n")
    found = lowered(graph)
    assert {("resifter", "isA", "cross-sieve"), ("resifter", "uses", "sieve")} <= found, found
    assert graph.resolve("Resifters") == graph.resolve("resifter")  # one concept, not a name beside it


def test_two_sides_weighed_before_an_aside_and_a_colon_contrast(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nOpen moss dens vs clay dens, the 7 axes:\n- **privacy**: deep\n- **cost**: cheap\n"))
    assert ("open moss den", "contrastsWith", "clay den") in found, found


def test_a_slash_between_spaces_separates_items(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDenKit is used for moss lining / clay sealing.\n"))
    assert {("denkit", "usedFor", "moss lining"), ("denkit", "usedFor", "clay sealing")} <= found, found


def test_two_words_joined_by_a_slash_in_a_list_of_names_share_the_noun_after_them(tmp_path: Path) -> None:
    """ "claw/snout rakes, root cutter": a claw rake and a snout rake, as a table's cell reads it; a name in capitals
    ("DenKit/Burrow API") stays whole."""
    found = lowered(build(tmp_path, """\
        # Den tools

        ## Types
        1. **soil loosening** — claw/snout rakes, root cutter, nose probe
        2. **den mapping** — DenKit/Burrow API, scent maps
        """))
    assert {("claw rake", "isA", "soil loosening"), ("snout rake", "isA", "soil loosening"), ("root cutter", "isA", "soil loosening")} <= found
    assert not any("/" in s and s != "denkit/burrow api" for s, _r, _o in found), found


def test_a_second_subject_with_the_preposition_again_leaves_the_verb_out(tmp_path: Path) -> None:
    """ "Dens designed for sleeping, burrows for hiding": burrows are for hiding, no den is for burrows."""
    found = lowered(build(tmp_path, "# Dens\n\nDens are designed for sleeping, burrows for hiding.\n"))
    assert {("den", "usedFor", "sleeping"), ("burrow", "usedFor", "hiding")} <= found, found
    assert ("den", "usedFor", "burrow") not in found, found


def test_the_dominant_one_is_one_of_what_the_sentence_before_spoke_of(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nA *den* is a hole dug to sleep in. Burrows are the dominant one, and the reason is depth.\n"))
    assert ("burrow", "isA", "den") in found, found


def test_the_term_that_covers_things_is_no_kind_of_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n**Burrow** is the umbrella term that covers both setts and warrens.\n"))
    assert {("burrow", "includes", "sett"), ("burrow", "includes", "warren")} <= found, found
    assert not any(o.endswith("term") for _s, _r, o in found), found


def test_a_quoted_word_as_a_subject_is_the_word_only(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, '# Dens\n\nKestrel-1 had 10 dens and Kestrel-2 had 90, so "large" in LDM is a moving target.\n'))
    assert not any(o == "moving target" for _s, _r, o in found), found


def test_each_before_a_bare_noun_is_one_of_the_set_named_before(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nA warren is a stack of burrow chambers. Each chamber contains a moss bed and a drain.\n"))
    assert {("burrow chamber", "contains", "moss bed"), ("burrow chamber", "contains", "drain")} <= found, found
    assert not any(s == "chamber" for s, _r, _o in found), found


def test_examples_of_a_bare_plural_are_of_the_longer_name_given_before(tmp_path: Path) -> None:
    """ "A **tunnel access gateway** ... Examples of gateways include X": examples of the tunnel access gateway."""
    found = lowered(build(tmp_path, "# Dens\n\nA **tunnel access gateway** sends moles to the right tunnel. "
                                    "Examples of gateways include Molegate and Claw Router.\n"))
    assert {("molegate", "isA", "tunnel access gateway"), ("claw router", "isA", "tunnel access gateway")} <= found, found
    assert not any(o == "gateway" for _s, _r, o in found), found


def test_a_plural_that_cuts_short_a_name_given_before_is_that_name(tmp_path: Path) -> None:
    """ "A **clay tunnel kit** ... Clay kits are used for den sealing": the clay tunnel kit; "The kits" points
    back by its article and stays as it was; two names cut to the same words are neither."""
    found = lowered(build(tmp_path, "# Dens\n\nA **clay tunnel kit** packs a tunnel shut. Clay kits are used for den sealing.\n\n"
                                    "A **moss door kit** and a **moss roof kit** cover a den. Moss kits are used for nest warming.\n"))
    assert ("clay tunnel kit", "usedFor", "den sealing") in found, found
    assert not any(s in {"clay kit", "moss door kit", "moss roof kit"} and r == "usedFor" for s, r, _o in found), found


def test_each_after_the_same_bare_noun_names_no_set(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nThe current wombat digs first. Every wombat in the warren uses a moss bed.\n"))
    assert not any(s.startswith("current wombat") for s, _r, _o in found), found


def test_a_thing_a_relative_clause_picks_out_is_no_subject_of_the_kind_after_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        A den that works with more than one moss type is a **mixed den**.

        - **Sett**: A burrow that combines tunnels, chambers and drains.
        """))
    assert not any(o == "mixed den" for _s, _r, o in found), found
    assert {("sett", "contains", "tunnel"), ("sett", "contains", "drain")} <= found or {("sett", "uses", "tunnel")} <= found, found


def test_an_owner_s_name_of_a_named_kind_is_the_name(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nWombatCo's *Q7* dataset is a cleaned subset of Sett Crawl.\n"))
    assert {("q7", "developedBy", "wombatco"), ("q7", "isA", "dataset")} <= found, found
    assert not any("wombatco q7" in s for s, _r, _o in found), found


def test_a_writer_s_aside_before_the_colon_leaves_the_counted_parts(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nEvery wombat warren has three layers, which I'll memorize top-down: **moss floor**, **clay wall** and **root roof**.\n"))
    assert {("wombat warren", "contains", "moss floor"), ("wombat warren", "contains", "root roof")} <= found, found


def test_a_part_named_in_order_after_a_count_of_parts_is_a_part_of_the_whole_counted(tmp_path: Path) -> None:
    """ "The den stack, which has three layers. The top layer is X, which includes A": the stack contains X; "The
    first step is digging" after a count of parts, not steps, names no part."""
    found = lowered(build(tmp_path, """\
        # Dens

        The chapter closes with the **den stack**, which has three layers. The top layer is clay lining, which includes wall packing and floor sealing. The middle layer is moss bedding. The bottom layer is the root mat.

        The burrow has two parts. The first step is digging.
        """))
    assert {("den stack", "contains", "clay lining"), ("den stack", "contains", "moss bedding"), ("den stack", "contains", "root mat"),
            ("clay lining", "includes", "wall packing")} <= found, found
    assert not any(o == "digging" for _s, _r, o in found), found


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Masked WDMs are mostly used for burrow mapping.", "masked wdm"),
    ("Sparse WDMs are mostly used for burrow mapping.", "sparse wdm"),
    ("Stable Digger is mostly used for burrow mapping.", "stable digger"),  # a name in title case stays one
])
def test_an_adjective_opening_a_sentence_before_an_abbreviation_is_in_small_letters(tmp_path: Path, sentence: str, subject: str) -> None:
    graph = build(tmp_path, f"# Dens\n\n{sentence}\n")
    assert (subject, "usedFor", "burrow mapping") in lowered(graph), lowered(graph)
    label = {"masked wdm": "masked WDM", "sparse wdm": "sparse WDM", "stable digger": "Stable Digger"}[subject]
    assert label in {graph.label(c) for c in graph.concepts()}, {graph.label(c) for c in graph.concepts()}


def test_a_purpose_said_by_a_pronoun_after_the_kind_leaves_it_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDigging looks like mining, and there are now digging kits for it such as Quillkit and Fernkit.\n"))
    assert {("quillkit", "isA", "digging kit"), ("fernkit", "isA", "digging kit")} <= found, found


def test_items_after_a_colon_with_asides_in_parentheses_are_still_the_objects(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nA burrow uses three mosses: the *quill* moss (the softest), the *fern* mosses (one per room), and the *red* moss (for the door).\n"))
    assert {("burrow", "uses", "quill moss"), ("burrow", "uses", "fern moss"), ("burrow", "uses", "red moss")} <= found, found


def test_someone_s_example_or_version_names_no_thing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nKestrel's example is a tiny warren. WombatCo's version uses a moss model to line dens.\n"))
    assert not any("example" in s or "version" in s for s, _r, _o in found), found
    assert not any(o == "kestrel" or o == "wombatco" for _s, r, o in found if r == "developedBy"), found


def test_one_and_a_clause_after_into_is_no_object(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nBurrow rewriting turns an ambiguous burrow into one the wombat can handle.\n"))
    assert not any(o == "wombat" for _s, _r, o in found), found


def test_a_pronoun_after_a_colon_is_the_subject_of_the_clause_before_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nQuillbench counts dens. Fernbench takes a broader view: it splits each den into rooms and uses moss radar as the judge.\n"))
    assert ("fernbench", "uses", "moss radar") in found, found
    assert ("quillbench", "uses", "moss radar") not in found, found


def test_a_proxy_is_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDen depth is a decent proxy for a wombat's age.\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


def test_a_doing_before_such_as_leaves_its_object_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n3. Detecting abnormal burrows such as sinkholes, which collapse often.\n"))
    assert not any(o.startswith("detecting") for _s, _r, o in found), found


def test_a_clause_after_comma_and_and_a_plural_of_two_things(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nQuill is a den radar that produces joint maps of tunnels and chambers, and den radars like it are the backbone of warren surveys.\n"))
    assert ("quill", "produces", "joint map") in found, found
    assert not any(o in {"den radar", "chamber", "joint map of tunnel"} for s, r, o in found if r == "produces"), found


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Den depth is usually evaluated with burrow probes.", ("den depth", "evaluatedBy", "burrow probe")),
    ("Tunnel width can be evaluated using moss gauges.", ("tunnel width", "evaluatedBy", "moss gauge")),
    ("Quillmoss is the classic example of a burrow lining.", ("quillmoss", "exampleOf", "burrow lining")),
    ("Roosting is another common kind of resting.", ("roosting", "isA", "resting")),
])
def test_evaluated_with_the_classic_example_of_and_another_common_kind_of(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert fact in found, found


def test_a_thing_s_uses_to_come_are_what_it_is_used_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        Moss is a decent proxy for den age, but it has a few other uses that
        I had not thought about:
        1. Lining nests: wombats sleep on it.
        2. Storing water, e.g. in dry weeks.
        """))
    assert {("moss", "usedFor", "lining nest"), ("moss", "usedFor", "storing water")} <= found, found


def test_an_abbreviation_of_a_common_thing_before_a_kind_word_is_a_kind_of_that_word(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nWombats prefer closed dens, especially deep moss chambers (DMCs). Quill is the classic example of a DMC survey.\n"))
    assert ("quill", "isA", "dmc survey") in found, found
    assert not any(s in {"dmc", "deep moss chamber"} and o == "survey" for s, _r, o in found), found


@pytest.mark.parametrize("text", ["- wet mosses: Quillmoss & Fernsoft", "Wet mosses: Quillmoss & Fernsoft.", "- wet mosses: [[Quillmoss]] & [[Fernsoft]] (soft)"])
def test_an_ampersand_between_items_joins_them_as_and_does(tmp_path: Path, text: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{text}\n\nWombats use moss & clay.\n"))
    assert {("quillmoss", "isA", "wet moss"), ("fernsoft", "isA", "wet moss"), ("wombat", "uses", "clay"), ("wombat", "uses", "moss")} <= found, found
    assert not any("&" in s or "&" in o for s, _r, o in found), found


def test_a_word_the_tagger_calls_an_adjective_names_the_kind_in_an_apposition_before_that(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nMost of the moss comes from Quill Crawl, a nonprofit that crawls the burrows.\n\nWe use Fern, a large that digs.\n"))
    assert ("quill crawl", "isA", "nonprofit") in found, found
    assert not any(s == "fern" for s, _r, _o in found), found


def test_a_product_s_part_by_its_possessive_is_used_by_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nqWarren's **DenPager** generates room maps. Google's Quill uses moss.\n"))
    assert ("qwarren", "uses", "denpager") in found, found
    assert ("quill", "developedBy", "google") in found, found
    assert not any(s.startswith("qwarren ") for s, _r, _o in found), found


def test_examples_after_a_relative_clause_s_object_are_no_kinds_of_it_and_a_relation_is_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        - **Den radar** — radar that produces den maps, e.g. Quill or Fernscope
        - **Moss radar** — radar that produces moss maps, e.g. Reedscope (moss + clay) or Kestrel's Mossfinder
        - **Den law** — relation between den size, moss and depth
        - **Kite** — uses digging tools, e.g. Spade
        """))
    assert not any(s in {"quill", "fernscope"} and o == "den map" for s, _r, o in found), found
    assert not any(s in {"reedscope", "mossfinder"} and o == "moss map" for s, _r, o in found), found
    assert not any(o == "relation" for _s, _r, o in found), found
    assert ("spade", "isA", "digging tool") in found, found


def test_quoted_words_given_as_examples_are_no_things_and_including_opens_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Dens

        A good wombat follows the rules it is given, including digging rules like "dig at night" or "line with moss".

        Wombats need care, including moss linings like Quillmoss and Fernsoft.
        """))
    assert not any(s in {"dig at night", "line with moss", "dig", "line"} for s, _r, _o in found), found
    assert {("quillmoss", "isA", "moss lining"), ("fernsoft", "isA", "moss lining")} <= found, found


@pytest.mark.parametrize("likened", ["much like", "just like", "similar to"])
def test_a_likeness_after_a_relation_phrase_is_no_object(tmp_path: Path, likened: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\nKestrel says a den should be dug where it will be evaluated on, {likened} badger-driven digging.\n"))
    assert not any(o == "badger-driven digging" for _s, _r, o in found), found


def test_a_tuple_after_a_colon_names_the_fields_of_the_object_before_it(tmp_path: Path) -> None:
    """ "trained on den records: (den, depth, moss)": what each record holds, no three things the
    model is trained on; a list after a colon still names the members of a plural before it."""
    found = lowered(build(tmp_path, "# Dens\n\n"
                          "- The den model is trained on den records: (den, depth, moss layer).\n"
                          "- A wombat uses two tools: claws and teeth.\n"))
    assert ("den model", "trainedOn", "den record") in found, found
    assert not any(o in {"den", "depth", "moss layer"} for s, r, o in found if r == "trainedOn"), found
    assert {("wombat", "uses", "claw"), ("wombat", "uses", "tooth")} <= found, found


def test_a_relative_pronoun_inside_an_aside_opens_no_clause_of_the_sentence(tmp_path: Path) -> None:
    """ "(term → dens that hold it)": the aside's own clause, which must not cut the sentence in two;
    "(which uses X)" right after the parenthesis still speaks of the name before it."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Quillan** uses a den index (moss → dens that hold it)\n"
                          "- DenKit (which uses the Quill format) runs on clay.\n"))
    assert {("quillan", "uses", "den index"), ("denkit", "uses", "quill format")} <= found, found


@pytest.mark.parametrize("sentence", ["Ranger notes that burrowing is a form of digging.",
                                      "Ranger points out that burrowing is a form of digging."])
def test_a_doing_that_opens_a_clause_after_that_is_its_subject(tmp_path: Path, sentence: str) -> None:
    """ "... notes that burrowing is a form of digging": a clause of its own, whose subject is a doing
    named; not a relative clause of "Ranger notes"."""
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert ("burrowing", "isA", "digging") in found, found
    assert not any("ranger" in s for s, _r, _o in found), found


@pytest.mark.parametrize("text", ["- **cost**: clay cost vs moss cost of lining a den", "Clay dens vs moss dens is the classic debate."])
def test_two_sides_set_against_each_other_where_a_clause_opens_contrast(tmp_path: Path, text: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{text}\n"))
    assert {(s, o) for s, r, o in found if r == "contrastsWith"} & {("clay cost", "moss cost"), ("clay den", "moss den")}, found


def test_one_word_set_against_a_compound_shares_its_head(tmp_path: Path) -> None:
    """ "single-den vs multi-den colonies": two kinds of colony, as a heading's "Sparse vs Dense Models" is."""
    found = lowered(build(tmp_path, "# Dens\n\nAlso: single-den vs multi-den colonies. Multi-den is harder to find.\n"))
    assert ("single-den colony", "contrastsWith", "multi-den colony") in found, found


def test_a_thing_that_lets_you_split_a_whole_names_its_parts(tmp_path: Path) -> None:
    """ "DenKit lets you split a den into a nest and a larder": what the tool does, the den's parts; the
    reader's own split ("If you split the moss into piles once, ...") names none."""
    found = lowered(build(tmp_path, "# Dens\n\nDenKit lets you split a den into a nest and a larder.\n\n"
                          "If you split the moss into wet piles and dry piles once, you lose.\n"))
    assert {("den", "contains", "nest"), ("den", "contains", "larder")} <= found, found
    assert not any(s == "moss" for s, _r, _o in found), found


def test_a_label_that_opens_a_line_of_its_own_opens_a_sentence(tmp_path: Path) -> None:
    """ "- Burrow cam — infrared" / "Sensors: ScentLog, MossMeter." (the second line a lazy continuation of
    the item): the label's list is read as its own sentence, not "infrared Sensors"."""
    found = lowered(build(tmp_path, "# Dens\n\n- Burrow cam — infrared\nSensors: ScentLog, MossMeter.\n"))
    assert {("scentlog", "isA", "sensor"), ("mossmeter", "isA", "sensor")} <= found, found
    assert not any("infrared" in o for _s, r, o in found if r == "isA"), found


def test_a_possessive_label_that_opens_a_line_opens_a_sentence(tmp_path: Path) -> None:
    """ "... using moss they do not have" / "Kim's fixes: drainage, ..." on the next line (a lazy continuation of
    the item): the label opens a sentence of its own; its list is no object of the line before ("using X")."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Den rot hypothesis:** Lee. Sealing trains moles to copy elders using moss "
                          "they do not have\n  Kim's fixes: drainage, and better moss linings that dry fast\n"))
    assert not any(o in {"drainage", "moss lining"} for _s, r, o in found if r == "uses"), found


def test_a_doing_with_a_bound_prefix_is_an_item_of_a_list(tmp_path: Path) -> None:
    """ "pre-warming", "re-lining": the tagger calls a hyphenated word an adjective, but a prefix bound to a
    verb's -ing form names a doing, one item of the list (not a modifier of the next item, as "long-running" is)."""
    found = lowered(build(tmp_path, "# Dens\n\nDen care includes pre-warming, sweeping and re-lining.\n\n"
                          "Wombats build long-running and deep tunnels.\n"))
    assert {("den care", "includes", "pre-warming"), ("den care", "includes", "re-lining")} <= found, found
    assert not any(o == "long-running" for _s, _r, o in found), found


def test_a_kind_that_ends_on_example_is_an_example_of_the_rest(tmp_path: Path) -> None:
    """ "Dash Hole is a classic escape burrow example": an example of an escape burrow, no kind of example."""
    found = lowered(build(tmp_path, "# Dens\n\nThe Dash Hole is a classic escape burrow example.\n\nMossPit is a lining instance.\n"))
    assert {("dash hole", "isA", "escape burrow"), ("mosspit", "exampleOf", "lining")} <= found, found
    assert not any(o.endswith(("example", "instance")) for _s, _r, o in found), found


def test_examples_that_name_an_amount_give_no_kinds(tmp_path: Path) -> None:
    """ "optimizes for cost (e.g. ~50% discount, hours turnaround)": what the cost comes to, measured; no
    kind of cost, not even the item that is no number."""
    found = lowered(build(tmp_path, "# Dens\n\n- **night digging** optimizes for cost (e.g. ~40% less clay, days of waiting)\n"))
    assert ("night digging", "focusesOn", "cost") in found, found
    assert not any(r == "isA" and o == "cost" for _s, r, o in found), found


def test_a_list_of_examples_ends_before_a_verb_and_a_comparative(tmp_path: Path) -> None:
    """ "Den tools like DigKit need less clay": the verb the tagger calls a noun, before "less", ends the name."""
    found = lowered(build(tmp_path, "# Dens\n\nDen tools like DigKit need less clay than spades.\n"))
    assert ("digkit", "isA", "den tool") in found, found
    assert not any("need" in s for s, _r, _o in found), found


def test_examples_with_their_glosses_in_parentheses_are_each_an_example(tmp_path: Path) -> None:
    """ "like DW (den warmth on the floor) and MS (moss score)": what the parentheses say ends no list; two names set
    side by side without a comma ("like DenKit (digging) MossPro (lining)") end it after the first."""
    found = lowered(build(tmp_path, "# Dens\n\nWe rate dens with den metrics like DW (den warmth on the floor) and MS (moss score).\n\n"
                          "Digging gets easier with den tools like DenKit (digging to the root) MossPro (lining), or others.\n"))
    assert {("dw", "isA", "den metric"), ("ms", "isA", "den metric"), ("denkit", "isA", "den tool")} <= found, found
    assert not any("mosspro" in s for s, _r, _o in found), found


def test_what_a_singular_subject_can_be_each_with_its_article(tmp_path: Path) -> None:
    """ "Den lining can be a clay layer, a moss mat, or the bare wall": each one of what the lining may be; not what
    it is like ("can be thick or thin") or what is done to it ("can be dug or sealed")."""
    found = lowered(build(tmp_path, "# Dens\n\nDen lining can be a clay layer, a moss mat, or the bare wall.\n\n"
                          "The den can be dug or sealed.\n\nThe nest can be thick or thin.\n"))
    assert {("clay layer", "isA", "den lining"), ("moss mat", "isA", "den lining"), ("bare wall", "isA", "den lining")} <= found, found
    assert not any(o in ("den", "nest") for _s, r, o in found if r == "isA"), found


def test_is_another_kind_is_one_of_it(tmp_path: Path) -> None:
    """ "DenBench is another den benchmark": one more of them, as "is a den benchmark" says."""
    found = lowered(build(tmp_path, "# Dens\n\nMossBench is a den benchmark. DenBench is another den benchmark.\n"))
    assert {("mossbench", "isA", "den benchmark"), ("denbench", "isA", "den benchmark")} <= found, found


def test_a_compound_adjective_on_an_ing_word_is_no_doing(tmp_path: Path) -> None:
    from kg.ingest.nouns import opens_with_a_doing
    assert not opens_with_a_doing("querying-based retrieval") and opens_with_a_doing("querying documents")
    found = lowered(build(tmp_path, "# Dens\n\nThe two main den families are scent-based dens and digging-based dens.\n"))
    assert {("scent-based den", "isA", "den"), ("digging-based den", "isA", "den")} <= found, found


def test_eg_without_dots_gives_examples_as_e_g_does(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nDen tools, eg Claypaste and Mosspaste, keep water out.\n\n"
                                    "- **Den gate**: a door. eg Kestrel Gate, Quokka Door\n"))
    assert ("kestrel gate", "isA", "den gate") in found, found
    assert any(s == "claypaste" and r == "isA" and o.endswith("tool") for s, r, o in found), found
    marked = build(tmp_path / "marked", "# Dens\n\n- improve den quality (eg soft dens like Mossbed/Claybed, wet soils)\n")
    assert_no_concept(marked, "eg soft den")  # the mark opens the examples, no word of their kind


def test_is_and_a_bare_mass_noun_phrase_says_what_the_subject_is(tmp_path: Path) -> None:
    """ "Den feedback is proprietary data", "Moss is soft bedding": what it is, no article needed for a mass
    noun; not "is hard work" (a shell noun), "is worth doing", nor a place a thing fills ("The third part is moss bedding")."""
    found = lowered(build(tmp_path, "# Dens\n\nDen feedback is proprietary data, and data is rare.\n\nMoss is soft bedding.\n\n"
                                    "Digging is hard work. Sealing is worth doing. The third part is moss bedding.\n\n"
                                    "Sealing is the real bottleneck for moles.\n"))
    assert {("den feedback", "isA", "proprietary data"), ("moss", "isA", "soft bedding")} <= found, found
    assert not any(o in {"hard work", "worth doing", "moss bedding", "real bottleneck"} for _s, _r, o in found), found


def test_the_classic_example_after_and_is_one_of_the_sentence_s_subject(tmp_path: Path) -> None:
    """ "A **clay den** is dug to keep water out, and Warren-7 is the classic example": Warren-7 is a clay den."""
    found = lowered(build(tmp_path, "# Dens\n\nThere are two kinds of dens. A **clay den** is dug to keep water out, "
                                    "using clay from both walls, and Warren-7 is the classic example.\n"))
    assert ("warren-7", "isA", "clay den") in found, found


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Exact digging produces a hole without ambiguity, while moss digging depends on the wombat.", ("exact digging", "moss digging")),
    ("**Hard walls** are made of clay, whereas **soft walls** are made of moss.", ("hard wall", "soft wall")),
])
def test_the_subjects_of_two_clauses_set_against_each_other_contrast(tmp_path: Path, sentence: str, pair: tuple[str, str]) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert (pair[0], "contrastsWith", pair[1]) in found, found


@pytest.mark.parametrize("sentence", [
    "The decoder writes the den map, while reading tunnel outputs.",  # a doing, no second subject
    "Inference only needs the forward pass, while training needs both.",  # "needs" is the verb, no "training need"
    "The book shows that clay dens last, whereas moss dens rot.",  # what someone shows
    "Den size depends on the soil: clay dens are small, while moss dens are big.",  # the first clause is no side
])
def test_a_while_clause_that_sets_nothing_apart_states_no_contrast(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert not any(r == "contrastsWith" and ("need" in o or "read" in o or "book" in s or "size" in s)
                   for s, r, o in found), found


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("DenBench, MoleTest and ARC-D are strongly correlated (all test digging).",
     {("denbench", "moletest"), ("denbench", "arc-d"), ("moletest", "arc-d")}),
    ("ClayScore is highly correlated with MossScore.", {("clayscore", "mossscore")}),
    ("DenBench correlates with MoleTest.", {("denbench", "moletest")}),
])
def test_things_said_to_be_correlated_are_related(tmp_path: Path, sentence: str, pairs: set) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert {(a, "relatedTo", b) for a, b in pairs} <= found, found
    assert not any(o in ("reasoning", "digging") for _s, _r, o in found), found


def test_things_said_to_be_both_examples_of_a_kind_are_examples_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\nPrefix digging and claw digging are both examples of soft digging.\n\n"
                                    "Kestrels and voles are all good examples of burrow guests.\n"))
    assert {("prefix digging", "exampleOf", "soft digging"), ("claw digging", "exampleOf", "soft digging"),
            ("kestrel", "exampleOf", "burrow guest"), ("vole", "exampleOf", "burrow guest")} <= found, found


def test_a_word_for_groups_alone_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\nClaw digging is another family.\n\nPaw digging is a different category.\n\n"
                            "Moss lining is a class of den sealing.\n")
    assert_no_concept(graph, "family", "category")
    assert ("moss lining", "isA", "den sealing") in lowered(graph)  # a class of something names its kind


def test_an_illustration_that_opens_on_a_verb_makes_no_kind_of_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Den lining:** putting moss on the floor. e.g. flip a photo of a wombat and it's still a wombat\n"
                            "- **Den sealing:** closing a den. e.g. use clay to keep the rain out\n")
    found = lowered(graph)
    assert not any(s == "den lining" and r == "isA" for s, r, _o in found), found
    assert ("den sealing", "uses", "clay") in found, found  # the way an illustration shows stays


def test_three_words_joined_by_slashes_are_each_a_subject(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- clay/moss/sand are the main den materials\n- wombat/badger is one den digger\n")
    found = lowered(graph)
    assert {("clay", "isA", "den material"), ("moss", "isA", "den material"), ("sand", "isA", "den material")} <= found, found
    assert not any(s in ("wombat", "badger") for s, _r, _o in found), found  # two may be one thing's two names


def test_a_noun_phrase_set_equal_to_a_list_includes_each(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Burrow work:** hard labour.\n- **Den:** a hole. Burrow work = den planning, den shaping, sealing\n"
                            "- Wombats rest a lot. Den care = sweeping, lining and sealing.\n- Den depth = 2, 3\n")
    found = lowered(graph)
    assert {("burrow work", "includes", x) for x in ("den planning", "den shaping", "sealing")} <= found, found
    assert {("den care", "includes", x) for x in ("sweeping", "lining", "sealing")} <= found, found  # not "rest a lot. den care"
    assert not any(s == "den depth" for s, _r, _o in found), found  # numbers, no list of things


def test_a_doing_after_a_kind_with_its_object_is_no_part_of_the_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Den gateway**: an intermediate tunnel giving one shared entrance to many dens\n"
                            "- **Den guide**: a CoT digging approach proposed by wombats\n")
    found = lowered(graph)
    assert ("den gateway", "isA", "intermediate tunnel") in found, found
    assert not any("giving" in o for _s, _r, o in found), found


@pytest.mark.parametrize("label", ["Tools worth remembering", "Tools worth checking out", "Tools to check out"])
def test_a_list_label_that_says_the_items_are_worth_a_look_names_their_kind_alone(tmp_path: Path, label: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{label}: clawkit, denlib and MossML.\n")
    found = lowered(graph)
    assert {("clawkit", "isA", "tool"), ("denlib", "isA", "tool"), ("mossml", "isA", "tool")} <= found, found
    assert not any("worth" in o or "check" in o for _s, _r, o in found), found


def test_examples_after_a_place_in_a_relative_clause_are_no_kinds_of_the_place(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- den models need data that isnt in the public den maps (e.g. DenAtlas, TunnelMap)\n"
                            "- den models need burrow maps (e.g. MossMap, ClayMap)\n")
    found = facts_of(graph)
    assert not any(o in ("public den map", "den map") for _s, _r, o in found), found
    assert {("MossMap", "isA", "burrow map"), ("ClayMap", "isA", "burrow map")} <= found, found  # right after the kind: its own


def test_a_language_before_a_possessive_is_what_a_thing_is_written_in_not_its_maker(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- Python's Burrower library generates fake tunnels.\n- Acme's Burrowkit generates fake dens.\n"
                            "- **Den digging:** digging dens from clay.\n    Python's Faker library generates fake maps.\n")
    found = facts_of(graph)
    assert not any(s == "den digging" and o == "fake map" for s, _r, o in found), found  # the library's, a name, no other name of the entry
    assert ("Burrower", "produces", "fake tunnel") in found, found
    assert ("Burrowkit", "developedBy", "Acme") in found, found  # an organisation still makes it
    assert not any(r == "developedBy" and o == "Python" for _s, r, o in found), found


def test_a_parenthesis_after_an_adjective_is_no_other_name_of_anything(tmp_path: Path) -> None:
    from kg.ingest.nouns import noun_phrase

    graph = build(tmp_path, "# Notes\n\n- shovels are powerful but risky (cave-in accidents)\n"
                            "- diggers are large and costly machines (DenBot, ClawBot)\n")
    found = lowered(graph)
    assert not any(o == "cave-in accident" and r == "isA" for _s, r, o in found), found
    assert ("digger", "isA", "machine") in found, found  # adjectives before the noun still describe it
    assert noun_phrase("risky (cave-in accidents)").aliases == ()  # an adjective has no other name


def test_a_word_for_what_a_thing_stands_to_another_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Synthetic moss:** synthetic moss is a complement, not a replacement.\n"
                            "- Clay dens are a substitute for moss dens.\n- Clay lining is a variant of den lining.\n")
    found = lowered(graph)
    assert ("clay lining", "isA", "den lining") in found, found
    assert not any(o in ("complement", "replacement", "substitute") for _s, _r, o in found), found


def test_a_verb_that_is_a_noun_too_inside_a_compound_states_nothing(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- wombats handle tool use sequences well\n- wombats like tool use data\n- wombats use clay\n"
                            "- Other topics of interest include moss and sand\n"
                            "- **Function digging:** call a digger\n  tool use setting: `required`, `none` or `auto`\n")
    found = lowered(graph)
    assert ("wombat", "uses", "clay") in found, found
    assert ("moss", "isA", "topic of interest") in found, found  # "interest include": the verb of "topics"
    assert not any(o.startswith(("sequence", "data", "auto", "none")) and r == "uses" for _s, r, o in found), found  # "setting:", a noun too


@pytest.mark.parametrize("sentence", ["DenKV is a drop-in replacement for MossKV.", "DenKV is an alternative to MossKV.",
                                      "DenKV is a cheap substitute for MossKV."])
def test_a_replacement_for_a_thing_is_set_against_it(tmp_path: Path, sentence: str) -> None:
    graph = build(tmp_path, f"# Notes\n\n{sentence}\n")
    found = facts_of(graph)
    assert ("DenKV", "contrastsWith", "MossKV") in found or ("MossKV", "contrastsWith", "DenKV") in found, found
    assert not any(r == "usedFor" for _s, r, _o in found), found


def test_numbered_points_of_an_outline_are_sentences_of_their_own(tmp_path: Path) -> None:
    """ "1. Den types" / "1.1 A sett is a den ..." / "1.2 Unlike a sett, a warren is ...": each point a sentence, its
    number no word of it; a name hard-wrapped before its version ("Claude\\n3.5 Sonnet") is no point."""
    from kg.ingest.sentences import sentences
    assert [s for _o, s in sentences("Den types\n1.1 A sett is a den.\n1.2 Unlike a sett, a warren is a maze.")] == \
        ["Den types", "A sett is a den.", "Unlike a sett, a warren is a maze."]
    assert [s for _o, s in sentences("Zorp\n3.5 Sonnet is fast.")] == ["Zorp 3.5 Sonnet is fast."]
    found = lowered(build(tmp_path, "# Lecture 3\n\n1. Den types\n1.1 A sett is a den that badgers dig.\n"
                                    "1.2 Unlike a sett, a warren is a network of shallow tunnels.\n"))
    assert {("sett", "isA", "den"), ("warren", "contrastsWith", "sett"), ("warren", "isA", "network of shallow tunnels")} <= found, found
    assert not any(s == "sett" and "network" in o for s, _r, o in found), found
