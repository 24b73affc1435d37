"""Forms of notes and of English that say what belongs to what without a relation phrase of the usual
kind: a glossary of a field defines terms within the field; "is one of the (most popular) Xs" says what
"is an X" does; verbs that say one thing is built on or compared with another.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reading import assert_no_concept, build, build_files, lowered, names, rules

from kg.ingest.vault import glossary_of
from kg.ingest.wording import plain


# ---------------------------------------------------------------- a glossary of a field


@pytest.mark.parametrize(("name", "scope"), [
    ("Zorp glossary", "zorp"), ("Glossary of kestrel farming", "kestrel farming"), ("Key terms in RAG", "RAG"),
    ("Attention terminology", "attention"), ("Glossary", None), ("Important terms", None), ("Terms of service", None),
])
def test_a_glossary_is_of_the_field_its_name_gives(name: str, scope: str | None) -> None:
    assert glossary_of(name) == scope


def test_a_glossary_heading_in_a_notes_file_makes_no_field_of_its_words(tmp_path: Path) -> None:
    # "## Glossary of AI Engineering" in notes on a book is the book's word list, not a field that includes each term
    graph = build(tmp_path, """\
        # Falconry notes

        ## Glossary of kestrel farming

        - **Perch**: a resting place used by the falcon.
        - **Jess**: a leather strap tied to the leg.
        """)
    facts = lowered(graph)
    assert ("perch", "isA", "resting place") in facts
    assert not any(r == "includes" for _s, r, _o in facts)


def test_a_glossary_note_of_a_vault_is_no_concept_and_its_terms_belong_to_its_field(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Zorp glossary.md": "- **Tokenising**: cutting text into pieces.\n- **Stemming**: cutting words to their root.\n",
        "Stemming.md": "Stemming cuts a word to its root form.\n",
    })
    facts = lowered(graph)
    assert ("zorp", "includes", "tokenising") in facts and ("zorp", "includes", "stemming") in facts
    assert_no_concept(graph, "Zorp glossary")


def test_advice_in_the_imperative_further_on_in_a_note_says_nothing_of_its_concept(tmp_path: Path) -> None:
    # a note's opening may describe its concept in the imperative; a later paragraph's imperative speaks to the reader
    _result, graph = build_files(tmp_path, {
        "Burrow survey.md": "# Burrow survey\n\nA burrow survey counts the burrows of a colony.\n\n"
                            "The burrow survey uses sonar mapping.\n\n"
                            "Use code WOMBAT20 to get an extra 20% off. Try the Kestrel3 tracker for deeper burrows.\n",
        "Perching.md": "Rest a falcon on a high post.\n",
    })
    facts = lowered(graph)
    assert ("burrow survey", "uses", "sonar mapping") in facts  # said of the note's concept in a sentence of its own
    assert not any(s == "burrow survey" and "wombat20" in o for s, _r, o in facts), facts
    assert not any(o == "burrow survey" and s in ("wombat20", "kestrel3") for s, _r, o in facts), facts


# ---------------------------------------------------------------- "is one of the Xs"


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Wombat is one of the most popular vector databases.", ("wombat", "isA", "vector database")),
    ("Quokka was one of the first large language models.", ("quokka", "isA", "large language model")),
    ("Kestrel is one of the key components of the stack.", ("kestrel", "partOf", "stack")),
    ("Zorp is one of the best examples of a vector database.", ("zorp", "isA", "vector database")),
])
def test_one_of_the_plural_says_what_is_a_says(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Wombat, from Zorp Labs, is one burrow detector that rangers use.", ("wombat", "isA", "burrow detector")),
    ("Kestrel was one early falcon tracker.", ("kestrel", "isA", "early falcon tracker")),
])
def test_is_one_before_a_kind_says_what_is_a_says(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence", ["Latency is one way to judge a burrow.", "The answer is one word long.",
                                      "Kestrel is one reason to try burrows."])
def test_is_one_before_a_way_a_count_or_more_is_no_kind(sentence: str) -> None:
    assert plain(sentence) == sentence


@pytest.mark.parametrize("sentence", [
    "Kestrel tuning is a stage of burrow training.",
    "Kestrel tuning is the last stage of burrow training.",
    "Kestrel tuning is the stage of burrow training in which a wombat learns to dig.",
    "Kestrel tuning is the first step of burrow training.",
])
def test_a_stage_or_step_of_a_thing_is_a_part_of_it(tmp_path: Path, sentence: str) -> None:
    facts = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert ("kestrel tuning", "partOf", "burrow training") in facts, facts
    assert not any(r == "isA" for _s, r, _o in facts), facts


def test_one_of_a_counted_few_is_no_kind() -> None:
    text = "Latency is one of the two things we track."
    assert plain(text) == text
    assert len(plain("Wombat is one of the most popular stores.")) == len("Wombat is one of the most popular stores.")


# ---------------------------------------------------------------- built on, powered by, compared with


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Tree search builds on chain prompting.", ("tree search", "uses", "chain prompting")),
    ("The Zorp engine is powered by Kestrel chips.", ("zorp engine", "uses", "kestrel chip")),
    ("Wombat-2 outperforms Wombat-1 on long documents.", ("wombat-2", "contrastsWith", "wombat-1")),
    ("Sparse retrieval is compared with dense retrieval.", ("sparse retrieval", "contrastsWith", "dense retrieval")),
])
def test_verbs_of_building_on_and_of_comparing(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))


# ---------------------------------------------------------------- a name and the kind it is, side by side


def test_a_name_before_a_word_for_its_kind_is_one_of_that_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        Dedupe runs use the Zorblax library. Zorblax is fast.

        Quokka is evaluated on the KQA-9 benchmark.
        """)
    facts = lowered(graph)
    assert ("zorblax", "isA", "library") in facts and ("kqa-9", "isA", "benchmark") in facts
    assert rules(graph, "Zorblax", "isA", "library") == {("name-and-kind", "stated")}
    assert ("dedupe run", "uses", "zorblax") in facts  # "Zorblax library" and "Zorblax" are one concept
    assert graph.resolve("Zorblax library") == graph.resolve("Zorblax")  # the words as written: another label


@pytest.mark.parametrize("sentence", ["The Python library is big.", "The Transformer model is old.", "Our library is big."])
def test_a_word_of_the_dictionary_before_a_kind_word_is_no_name_of_that_kind(tmp_path: Path, sentence: str) -> None:
    facts = lowered(build(tmp_path, f"# Notes\n\n{sentence} It uses the Zorblax library.\n"))
    assert not any(r == "isA" and o in {"library", "model"} and s != "zorblax" for s, r, o in facts)


# ---------------------------------------------------------------- tools listed with what each is for


def test_what_a_sentence_says_of_the_first_tool_of_a_list_it_says_of_each(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Bird kit**: It includes Zorblax for parsing songs, Quokkit for plotting and Wombo for storage.\n")
    facts = lowered(graph)
    assert {("bird kit", "includes", tool) for tool in ("zorblax", "quokkit", "wombo")} <= facts
    assert ("quokkit", "usedFor", "plotting") in facts and ("bird kit", "usedFor", "plotting") not in facts


def test_benchmarks_listed_with_what_each_is_for_evaluate_it(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nPublic benchmarks include Kestrel for burrow depth, Wombat for tunnel length and Quokka for nest warmth.\n"))
    assert {("kestrel", "evaluates", "burrow depth"), ("wombat", "evaluates", "tunnel length"), ("quokka", "evaluates", "nest warmth")} <= facts
    assert ("kestrel", "isA", "public benchmark") in facts and not any(r == "usedFor" for _s, r, _o in facts)


# ---------------------------------------------------------------- who a sentence is about


def test_she_and_most_people_are_no_entry(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp**: Zorp combines Kestrel with 4-bit quantization. She also covers wombat merging.
        - **Quill**: Full tuning is costly, so most people use Quill instead.
        """))
    assert ("zorp", "uses", "4-bit quantization") in facts  # a counted modifier opens a name
    assert not any(o == "wombat merging" for _s, _r, o in facts)
    assert not any(s == "quill" and o == "quill" for s, _r, o in facts)


def test_who_made_each_name_in_asides_of_a_list(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nZorp-2, made by Kestrel Labs, and Quill, made by Wombat, come up again and again.\n"))
    assert ("zorp-2", "developedBy", "kestrel labs") in facts and ("quill", "developedBy", "wombat") in facts
    assert ("zorp-2", "developedBy", "quill") not in facts and ("zorp-2", "developedBy", "wombat") not in facts


def test_amounts_of_a_thing_are_the_thing_and_an_adjective_after_are_is_no_kind(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        A zorp model is a large model trained on huge amounts of bird songs.

        Good prompts are clear and give examples. Zorps are kestrel models.
        """))
    assert ("zorp", "trainedOn", "bird song") in facts or ("zorp model", "trainedOn", "bird song") in facts
    assert not any(r == "isA" and o.startswith("clear") for _s, r, o in facts)
    assert ("zorps", "isA", "kestrel model") in facts


def test_a_two_letter_abbreviation_before_model_is_no_name_of_a_model(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\nJudging uses an AI model and the QXR model.\n"))
    assert ("ai", "isA", "model") not in facts and ("qxr", "isA", "model") in facts


def test_known_problems_listed_are_what_the_note_suffers_from(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Zorp engine.md": "A zorp engine is a search engine for bird songs.\n\nKnown problems: [[Drift]], and staleness (old songs).\n",
        "Drift.md": "Drift is when songs change over time.\n",
    })
    facts = lowered(graph)
    assert ("zorp engine", "suffersFrom", "drift") in facts and ("zorp engine", "suffersFrom", "staleness") in facts
    assert not any(r == "isA" and "problem" in o for _s, r, o in facts)


# ---------------------------------------------------------------- cards


def test_cards_that_ask_for_parts_or_a_difference_and_cloze_lines(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Cards

        **Q:** What are the two components of a zorp system?
        **A:** A kestrel and a wombat.

        **Q:** What's the difference between sparse zorping and dense zorping?
        **A:** Sparse zorping matches terms; dense zorping compares embeddings.

        1. The zorp cache stores ______ and ______ vectors. → *key / value*
        2. ______ is an alternative to Quokka that needs no critic. → *Wombat*
        3. A line with ______ and ______ blanks. → *one*
        """))
    assert {("zorp system", "contains", "kestrel"), ("zorp system", "contains", "wombat")} <= facts
    assert ("sparse zorping", "contrastsWith", "dense zorping") in facts
    assert {("zorp cache", "contains", "key vector"), ("zorp cache", "contains", "value vector")} <= facts
    assert ("wombat", "contrastsWith", "quokka") in facts
    assert not any("component" in s or "difference" in s or "blank" in o or "line" == s for s, _r, o in facts)


# ---------------------------------------------------------------- a colon between two clauses


def test_a_colon_between_two_clauses_gives_the_second_its_own_subject(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Memory gets a short section: a zorp relies on kestrel knowledge and wombat memory.

        - **Quill**: Quill uses two parts: a kestrel and a wombat.
        """))
    assert {("zorp", "uses", "kestrel knowledge"), ("zorp", "uses", "wombat memory")} <= facts
    assert not any(s == "memory" for s, _r, _o in facts)
    assert {("quill", "uses", "kestrel"), ("quill", "uses", "wombat")} <= facts  # a list after the colon is the verb's


# ---------------------------------------------------------------- tables: a Type column, examples, compound adjectives


def test_a_type_header_under_a_heading_makes_kinds_of_the_heading_and_examples_are_no_purpose(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        ## Bird feedback

        | Type | Examples |
        |---|---|
        | Loud feedback | squawks, star ratings |
        | Quiet feedback | regenerating, editing the output |

        ## Tuning

        | Method | Best for |
        |---|---|
        | Zorp merging | multi-task models |
        """))
    assert {("loud feedback", "isA", "bird feedback"), ("quiet feedback", "isA", "bird feedback")} <= facts
    assert not any(r == "usedFor" and s == "quiet feedback" for s, r, _o in facts)
    assert ("zorp merging", "usedFor", "multi-task model") in facts  # a compound adjective, no verb to make a doing of


def test_a_purpose_cell_opening_with_an_adjective_or_participle_names_a_task_not_a_doing(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        ## Burrow tuning

        | Method | Best for |
        |---|---|
        | Zorp sampling | open-ended burrowing |
        | Kestrel decoding | structured outputs like JSON |
        | Wombat splitting | long workflows |
        | Quokka merging | Summarize long documents |
        """))
    assert ("zorp sampling", "usedFor", "open-ended burrowing") in facts
    assert ("kestrel decoding", "usedFor", "structured output") in facts
    assert ("wombat splitting", "usedFor", "long workflow") in facts
    assert ("quokka merging", "usedFor", "summarizing long documents") in facts  # an imperative stays a doing
    assert not any(o.startswith(("open-ending", "structuring", "longing")) for _s, _r, o in facts)


def test_a_label_whose_last_words_follow_a_preposition_is_no_kind_of_them(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Reference data**: data a scorer compares against.
        - **Similarity to reference data**: a score of how close an answer is to the reference.
        """))
    assert ("similarity to reference data", "isA", "reference data") not in facts


# ---------------------------------------------------------------- a kind before "such as"


def test_a_superlative_inside_a_kind_and_a_verb_after_a_plural_subject(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Zorp stores use approximate nearest neighbour (ANN) algorithms such as Kestrel and Wombat.

        Zorp stores use fast search algorithms such as Quill.
        """))
    assert ("kestrel", "isA", "approximate nearest neighbour algorithm") in facts
    assert ("quill", "isA", "fast search algorithm") in facts
    assert not any("use" in o.split() for _s, r, o in facts if r == "isA")


# ---------------------------------------------------------------- the label a concept is shown by


def test_the_preferred_label_is_the_spelling_written_most_in_any_case_and_never_a_plural_of_another() -> None:
    from kg.ingest.lexicon import Lexicon, Record

    lexicon = Lexicon()
    record = Record("zorp", False, aliases={"Zorps", "zorps"})
    record.votes.update({"Zorp": 5, "zorp": 1, "Zorps": 2})  # "Zorp" as a note's title, no label of the record any more
    lexicon.records.append(record)
    lexicon.finish()
    assert record.label == "zorp" and "zorps" in {a.casefold() for a in record.aliases} and not record.hidden


def test_an_abbreviation_s_plural_after_a_word_is_its_singular_whatever_its_letters_end_on() -> None:
    """ "den APIs" is "den API", as "den LLMs" is "den LLM": the plural of an abbreviation ends on "s", though
    "apis" in small letters ends as "analysis" does; a word in small letters keeps its "-is"."""
    from kg.ingest.nouns import noun_phrase

    assert [noun_phrase(text).label for text in ("den APIs", "den LLMs", "APIs", "den analysis")] == ["den API", "den LLM", "API", "den analysis"]


# ---------------------------------------------------------------- parts and lists, however introduced


def test_namely_lists_parts_as_a_colon_does_and_steps_are_parts(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The zorp stack has three layers, namely kestrel development, wombat development and infrastructure.

        - **Post-zorping**: Post-zorping has two steps: supervised zorping and preference zorping.
        """))
    assert {("zorp stack", "contains", x) for x in ("kestrel development", "wombat development", "infrastructure")} <= facts
    assert {("post-zorping", "contains", "supervised zorping"), ("post-zorping", "contains", "preference zorping")} <= facts


def test_replaced_built_on_done_with_and_data_of_the_noun_before(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        The zorpformer replaced the older kestrel models, which were built on wombat cells.

        Preference zorping is usually done with QLHF, which uses a critic model trained on human comparisons.
        """))
    assert ("zorpformer", "contrastsWith", "kestrel model") in facts and ("kestrel model", "uses", "wombat cell") in facts
    assert ("zorpformer", "uses", "wombat cell") not in facts  # ", which" speaks of the models before the comma
    assert ("preference zorping", "uses", "qlhf") in facts and ("critic model", "trainedOn", "human comparison") in facts
    assert ("qlhf", "trainedOn", "human comparison") not in facts


def test_two_things_that_are_a_plain_plural_are_each_one_and_a_compound_item_is_a_name(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        Prompt zorping and kestrel breaking are attacks on prompts. Inputs and outputs are sequences of tokens.

        - **Zorp judging**: It suffers from biases like self-bias, position bias and verbosity bias.
        """))
    assert {("prompt zorping", "isA", "attack"), ("kestrel breaking", "isA", "attack")} <= facts
    assert not any(o in {"sequence", "token"} for _s, r, o in facts if r == "isA")
    assert {("zorp judging", "suffersFrom", b) for b in ("self-bias", "position bias", "verbosity bias")} <= facts


def test_a_label_that_is_a_title_an_attribute_or_a_doing_is_no_kind_of_its_last_words(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Calculus**: the maths of change.
        - **Kestrel Academy - Calculus**: a video course on calculus.
        - **Value**: a number a thing holds.
        - **Gate value**: the number a gate outputs.
        - **Zorp regression**: a regression that fits zorps.
        - **Regression**: fitting a function to data.
        """))
    assert ("kestrel academy - calculus", "isA", "calculus") not in facts
    assert ("gate value", "isA", "value") not in facts
    assert ("zorp regression", "isA", "regression") in facts


# ---------------------------------------------------------------- a table's cells that describe


def test_a_column_of_what_a_row_measures_or_needs_relates_the_phrase_a_cell_opens_with(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        ## Zorp metrics

        | Metric | What it measures | Needs |
        |---|---|---|
        | Zorpscore | n-gram overlap with a reference song | reference songs |
        | Kestrel rating | relative bird strength from pairwise fights | no |
        | Wombat | how uncertain a bird is about the next note | nothing |
        """))
    assert ("zorpscore", "measures", "n-gram overlap") in facts and ("zorpscore", "uses", "reference song") in facts
    assert ("kestrel rating", "measures", "relative bird strength") in facts
    assert not any(s == "wombat" and r != "isA" for s, r, _o in facts)  # an indirect question states nothing


# ---------------------------------------------------------------- a note's labelled lines and lists


def test_a_notes_labelled_lines_and_lists_speak_of_the_note(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Zorp store.md": """\
            # Zorp store

            A zorp store is a database that keeps bird songs.

            ## How search works
            Exact matching is too slow, so zorp stores use fuzzy algorithms such as Kestrel and Wombat.

            Examples: Pinecrow by Acme, Quillbase by Birdco, Milvox by Treeworks.

            Used by: [[Songfinder]] retrievers.

            Problems:
            - drift, where songs change over time
            - noise and cost

            Two kinds:
            - flat stores, which keep songs in one list: [[Hashy]] is the best known
            - tree stores, like Oakdb and Pinedb, which keep songs in trees
            """,
        "Songfinder.md": "Songfinder finds songs.\n",
        "Hashy.md": "Hashy is a flat store.\n",
    })
    facts = lowered(graph)
    assert {("zorp store", "uses", "fuzzy algorithm"), ("kestrel", "isA", "fuzzy algorithm")} <= facts  # "stores" before "use" is no verb
    assert {("pinecrow", "isA", "zorp store"), ("milvox", "isA", "zorp store"), ("quillbase", "developedBy", "birdco")} <= facts
    assert not any(r == "exampleOf" and o != "zorp store" for _s, r, o in facts if _s in {"pinecrow", "quillbase", "milvox"})
    assert ("songfinder retriever", "uses", "zorp store") in facts or ("zorp store", "usedBy", "songfinder retriever") in facts
    assert {("zorp store", "suffersFrom", p) for p in ("drift", "noise", "cost")} <= facts
    assert {("flat store", "isA", "zorp store"), ("tree store", "isA", "zorp store"), ("oakdb", "isA", "tree store")} <= facts
    assert not any(o == "known" for _s, _r, o in facts)  # "is the best known" names no kind


# ---------------------------------------------------------------- outlines: comparisons, remarks, noun-noun items


def test_an_outline_item_comparing_two_is_no_member_and_pros_of_x_is_a_remark(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - Bird designs
          - sparse zorps vs dense zorps
          - kestrel-bound vs wombat-bound
          - flat zorps
          - prompt caching
        - Batching
          - static vs dynamic vs continuous
        - Pros of quantization:
          - less memory
        """))
    assert ("sparse zorp", "contrastsWith", "dense zorp") in facts
    assert {("flat zorp", "isA", "bird design"), ("prompt caching", "isA", "bird design")} <= facts
    assert not any(r == "isA" and ("vs" in s or s in {"sparse zorp", "kestrel-bound"}) for s, r, _o in facts)
    assert not any(s in {"static", "dynamic", "continuous"} or "pro of" in o for s, _r, o in facts)


# ---------------------------------------------------------------- kinds by a classifying adjective, and measuring advice


@pytest.mark.parametrize(("sentence", "found", "absent"), [
    ("Zorping can be term-based or song-based.", {("term-based zorping", "isA", "zorping"), ("song-based zorping", "isA", "zorping")}, set()),
    ("Outputs can be long or short.", set(), {"long output", "short output"}),
    ("Zorp calls can be explicit or implicit, meaning heard or seen.",
     {("explicit zorp call", "isA", "zorp call"), ("implicit zorp call", "isA", "zorp call"),
      ("explicit zorp call", "contrastsWith", "implicit zorp call")}, set()),
    ("Burrows can be reactive or proactive (a scent trail vs. a radar).",
     {("reactive burrow", "isA", "burrow"), ("reactive burrow", "contrastsWith", "proactive burrow")}, set()),
    ("Dens can be deep or shallow. Burrows can be open or closed.", set(), {"deep den", "shallow den", "open burrow", "closed burrow"}),
    ("A wombat can be critical or complementary to the den.", set(), {"critical wombat", "complementary wombat"}),
    ("You should measure retrieval with recall@k and MRR.", {("recall@k", "measures", "retrieval"), ("mrr", "measures", "retrieval")}, set()),
    ("Evaluate zorp models using KQA and Birdbench.", {("kqa", "evaluates", "zorp model"), ("birdbench", "evaluates", "zorp model")}, set()),
])
def test_kinds_a_thing_can_be_and_what_advice_measures_with(tmp_path: Path, sentence: str, found: set, absent: set) -> None:
    graph = build(tmp_path, f"# Notes\n\n{sentence}\n")
    assert found <= lowered(graph)
    assert_no_concept(graph, *absent)


@pytest.mark.parametrize(("item", "found"), [
    ("- **Den warmth**: how warm a den stays. Measured by the kestrel meter and the wombat gauge.",
     {("den warmth", "measuredBy", "kestrel meter"), ("den warmth", "measuredBy", "wombat gauge")}),
    ("- **Zorp skill**: what a zorp can do. Usually evaluated with Birdbench.", {("zorp skill", "evaluatedBy", "birdbench")}),
    ("- **Burrow collapse**: the den falls in. Detected with moss sensors.", {("moss sensor", "usedFor", "burrow collapse")}),
    ("1. Zorp skill — measured by KQA.", {("zorp skill", "measuredBy", "kqa")}),
])
def test_a_note_with_no_subject_that_says_what_measures_its_thing_relates_them(tmp_path: Path, item: str, found: set) -> None:
    assert found <= lowered(build(tmp_path, f"# Notes\n\n{item}\n"))


def test_a_note_with_no_subject_that_says_what_its_thing_is_done_with_relates_them(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Notes\n\n- **Burrow tuning.** Fits burrows to wombats. Usually done with moss or twigs.\n")
    found = lowered(graph)
    assert {("burrow tuning", "uses", "moss"), ("burrow tuning", "uses", "twig")} <= found, found
    assert_no_concept(graph, "done with moss or twigs")  # the sentence has no subject of its own


def test_a_name_that_does_something_to_it_relates_to_the_thing_the_note_is_on(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - **Burrow rating** — a rating borrowed from chess; Kestrel Arena uses it to rank burrows.
        - Moss depth: how deep the moss is. For dens, run probes; QuillBench measures it with pass@k.
        - **Twig count:** Wombat trains a model and then uses it.
        - **Clay lining** keeps water out. TunnelDB uses it. It is cheap.
        """))
    assert {("burrow rating", "usedBy", "kestrel arena"), ("moss depth", "measuredBy", "quillbench")} <= found, found
    assert ("clay lining", "usedBy", "tunneldb") in found, found  # a sentence of its own: the name is no new subject
    assert not any(s == "twig count" and r == "usedBy" for s, r, _o in found)  # "it" is the model named before


def test_a_sentence_with_its_own_subject_before_measured_by_is_no_such_note(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, "# Notes\n\n- **Den warmth**: how warm a den stays. Kestrels are measured by the wombat gauge.\n"))
    assert not any("den warmth" in (s, o) for s, _r, o in facts)


# ---------------------------------------------------------------- a glossary's pointers


def test_see_also_not_to_be_confused_with_and_aka(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Glossary

        - **Zorp adapter**: a small module. See also: Kestrel, Wombat.
        - **Quill**: a bird. See chapter 3 for more.
        - **Zorpscore**: a metric. Not to be confused with Wombat-7.
        - **Top-z**: a sampling method. A.k.a. z sampling.
        """)
    facts = lowered(graph)
    assert {("zorp adapter", "relatedTo", "kestrel"), ("zorp adapter", "relatedTo", "wombat")} <= facts
    assert ("zorpscore", "contrastsWith", "wombat-7") in facts
    assert not any("chapter" in o for _s, _r, o in facts)
    assert graph.resolve("z sampling") == graph.resolve("top-z")


def test_examples_that_describe_applications_and_titles_make_no_members_and_no_co_mentions(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp plots**:
            - Show the spread of a feature.
            - Example: Distribution of kestrel weights.
        - **Applications**:
            - **Wombat forest**: Combines zorp sampling and voting.
        - **Kestrel Academy - Zorp sampling**: a video course on zorp sampling and the wombat forest.
        - **Zorp sampling**: drawing samples with replacement.
        - **Wombat forest**: an ensemble of trees that uses zorp sampling.
        """))
    assert not any(r == "isA" and o in {"zorp plot", "application"} for _s, r, o in facts)
    assert not any(s.startswith("kestrel academy") and r == "relatedTo" for s, r, _o in facts)


# ---------------------------------------------------------------- glossary lines with no blank line between them


def test_glossary_lines_run_together_are_one_entry_each(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Glossary

        **Zorp agent:** an AI system that acts through tools. See also: Planning.
        Kestrel judge (KJ): a model used to grade other models.
          Suffers from position bias and verbosity bias.
        **Wombat** — a term-based retrieval algorithm.
        **Quill index**: a zorp store. Two components: a writer and a reader.
        """))
    assert {("zorp agent", "isA", "ai system"), ("zorp agent", "relatedTo", "planning")} <= facts
    assert {("kestrel judge", "suffersFrom", "position bias"), ("kestrel judge", "suffersFrom", "verbosity bias")} <= facts
    assert ("wombat", "isA", "term-based retrieval algorithm") in facts
    assert {("quill index", "contains", "writer"), ("quill index", "contains", "reader")} <= facts
    assert not any(s == "zorp agent" and o in {"position bias", "term-based retrieval algorithm", "writer"} for s, _r, o in facts)


def test_plain_terms_and_dashes_on_every_line_of_a_paragraph_are_one_entry_each(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Glossary

        Zorp — a tunnel that floods in spring
        Kestrel drift — a burrow survey method that uses radar
        Quill map – a map of burrow entrances
        """))
    assert {("zorp", "isA", "tunnel"), ("kestrel drift", "isA", "burrow survey method"), ("kestrel drift", "uses", "radar")} <= facts, facts
    assert not any(s == "zorp" and o in {"burrow survey method", "radar"} for s, _r, o in facts), facts


def test_most_lines_of_a_paragraph_with_a_term_and_a_dash_are_entries_and_the_others_go_on_them(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Dens

        ### Sealing

        Sealing — closing a den for winter.
        Kestrel drift (Moreno et al. 2023) — a burrow survey method that uses radar
        downside: slow in wet soil
        Quill map — a map of burrow entrances

        ### Den mapping
        Mapping (Moreno et al. 2021) — drawing dens from survey data
        MoleMap — a mapping tool for dens
        careful: many maps are wrong!
        """))
    assert {("kestrel drift", "isA", "burrow survey method"), ("quill map", "isA", "map of burrow entrances")} <= facts, facts
    assert not any(s == "sealing" and o in {"burrow survey method", "radar", "map of burrow entrances"} for s, _r, o in facts), facts
    assert ("den mapping", "includes", "mapping") not in facts, facts  # the heading's head word: the same field
    assert ("molemap", "isA", "mapping tool") in facts, facts  # an entry of the section, what it is said to be


def test_a_dash_in_prose_lines_makes_no_entries(tmp_path: Path) -> None:
    # one line of the paragraph opens with no term and a dash: prose, read as it is
    graph = build(tmp_path, "# Notes\n\nWombat tunnels — dug at night\nare deeper than badger setts.\n")
    assert_no_concept(graph, "Wombat tunnels")


def test_a_glossary_file_in_a_folder_of_notes_is_a_file_of_entries_not_a_note_on_one_concept(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "glossary.md": """\
            # Birdwatching — glossary 📖

            **Zorp:** a kestrel counting tool.
            **Wombat** — a term-based retrieval algorithm.
            **Quill**: a pen for field notes.
            """,
        "journal.md": "# Journal\n\nToday I used Zorp.\n",
    })
    facts = lowered(graph)
    assert {("zorp", "isA", "kestrel counting tool"), ("wombat", "isA", "term-based retrieval algorithm")} <= facts
    assert_no_concept(graph, "Birdwatching — glossary 📖", "Birdwatching — glossary")


# ---------------------------------------------------------------- the owner's style: entries that list, group and credit


def test_entries_that_list_group_and_credit(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp prompt:** A zorp prompt is an instruction given to a bird to sing a song.
        - **Quill**: an ANN library. Bird search uses ZcaNN (Acmeo's).
        - **Wombat**: Wombat is a GPT-4 model. It uses the Rensa library.
        - **User zorp:** The user zorp holds the song. Both zorps get combined into one final zorp.
        - **Birding tools:** The book groups birding tools into song augmentation, nest extension and perch actions.
        - **Planning:** Plan generation, plan validation, plan execution and reflection.
        """))
    assert ("zorp prompt", "isA", "instruction") in facts
    assert ("zcann", "developedBy", "acmeo") in facts and ("quill", "isA", "ann library") in facts
    assert ("wombat", "isA", "gpt-4 model") in facts and ("rensa", "isA", "library") in facts
    assert not any(o == "final zorp" for _s, _r, o in facts)
    assert {("song augmentation", "isA", "birding tool"), ("nest extension", "isA", "birding tool")} <= facts
    assert {("planning", "includes", x) for x in ("plan generation", "plan validation", "reflection")} <= facts


# ---------------------------------------------------------------- lecture notes: labels, asides, documents


def test_lecture_notes_labels_dashes_and_document_titles(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "week.md": """\
            # Study group — week 6: data and feedback

            Attendees: me, Priya, Tom (late).

            - mixed zorping uses FP16 or BF16 alongside FP32
            - A small set of kestrel songs can outperform a big noisy one.

            Zorp coverage matters too: cover the kinds of songs birds actually sing.

            Synthetic songs — three reasons people use them: quantity, coverage, quality.

            Two kinds:
            - **loud feedback**: squawks
            - **quiet feedback**: silence
            """,
        "other.md": "# Other\n\nKestrel uses Wombat.\n",
    })
    facts = lowered(graph)
    assert {("mixed zorping", "uses", "bf16"), ("mixed zorping", "uses", "fp16")} <= facts
    assert not any("alongside" in o or o.endswith(" one") or "study group" in o for _s, _r, o in facts)
    assert not any(o in {"priya", "attendee"} or s in {"priya", "tom"} for s, _r, o in facts)
    assert not any(s.startswith(("zorp coverage", "synthetic song")) for s, _r, _o in facts)
    assert_no_concept(graph, "Study group — week 6")


def test_a_common_noun_heading_its_own_items_under_a_plural_is_a_topic_of_it_not_a_kind(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - Bird models
          - training data
            - Common Crawl
          - architecture
            - zorp vs kestrel
          - Wombat-2
            - made by Acme
          - songbird
        """))
    assert {("bird model", "includes", "training data"), ("bird model", "includes", "architecture")} <= facts
    assert not any(r == "isA" and s in {"training data", "architecture"} for s, r, _o in facts)
    assert {("wombat-2", "isA", "bird model"), ("songbird", "isA", "bird model")} <= facts  # a name, or an item alone


def test_alternatives_to_a_thing_and_two_things_joined_by_an_ampersand(tmp_path: Path) -> None:
    facts = lowered(build(tmp_path, """\
        # Notes

        - **Zorp guard:** a safety check placed around a bird.
        - Bird designs
          - alternatives to zorpformers: Kestrel, Wombat
        - Song attacks
          - jailbreaking & song injection
        """))
    assert ("zorp guard", "isA", "safety check") in facts
    assert {("kestrel", "contrastsWith", "zorpformer"), ("wombat", "contrastsWith", "zorpformer")} <= facts
    assert {("jailbreaking", "isA", "song attack"), ("song injection", "isA", "song attack")} <= facts
    assert not any("&" in s or "alternative" in o for s, _r, o in facts)


@pytest.mark.parametrize(("name", "document"), [
    ("Ch 6 — RAG and Agents", True), ("Chap. 3 notes", True), ("Wk3 notes", True), ("Lec 12", True), ("Chapter IV", True),
    ("Chi-squared test", False), ("Unix tools", False), ("Partial order", False), ("Chebyshev inequality", False),
])
def test_a_name_that_numbers_a_part_of_a_document_names_no_concept(name: str, document: bool) -> None:
    from kg.ingest.vault import file_name, title_name

    assert (file_name(f"notes/{name}.md") == "") is document
    assert (title_name(name) == "") is document


def test_a_note_whose_text_opens_with_a_noun_phrase_is_defined_by_it(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Zorping.md": "# Zorping\n\nA method for kestrel feeding, proposed by Wang et al. (2022).\n\nA good tool for zorping is Quill.\n",
        "Kestrel.md": "# Kestrel\n\nWe met it in class.\n\nA small falcon of open country.\n",
    })
    facts = lowered(graph)
    assert {("zorping", "usedFor", "kestrel feeding"), ("zorping", "developedBy", "wang et al.")} <= facts
    assert_no_concept(graph, "method for kestrel feeding")
    # only the first paragraph of a note's text: later, "A ..." is a thing of its own
    assert not any(s in ("zorping", "kestrel") and r == "isA" for s, r, _o in facts), facts


def test_a_section_of_a_note_includes_the_notes_its_items_open_with(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Falconry MOC.md": """\
            # Falconry

            Map of content for my falconry notes.

            ## Hunting
            - [[Stooping]] — the dive from above
            - [[Waiting on]]

            ## Perches
            - [[Bow perch]]

            ## Handling birds
            - [[Kestrel]]

            ## Related
            - [[Birdwatching]]
            - see [[Owling]] too

            ## Lineage
            - kestrels came first
            """,
        "Stooping.md": "# Stooping\n\nA steep descent.\n",
    })
    facts = lowered(graph)
    assert {("hunting", "includes", "stooping"), ("hunting", "includes", "waiting on")} <= facts
    assert ("bow perch", "isA", "perch") in facts  # a plural section: each item is one of them
    assert ("handling bird", "includes", "kestrel") in facts  # a doing's area, no kind of bird
    assert not any(s == "related" or o == "related" for s, _r, o in facts)  # a remark: the note's own links
    assert ("falconry", "relatedTo", "birdwatching") in facts or ("birdwatching", "relatedTo", "falconry") in facts
    assert not any(o == "owling" and r == "includes" for _s, r, o in facts)  # a link inside the item, not opening it
    assert_no_concept(graph, "lineage")  # a section over items without links names nothing


def test_glossary_lines_split_when_a_plain_entry_opens_them_and_a_participle_after_a_comma_is_the_terms(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Falconry terms

        Jess (J): a leather strap tied to the leg.
        **Creance** — a long line, originally made for training young hawks. See also: hood.
        **Hood:** a cap of leather, mostly used for falconry.

        Note: this is prose.
        Another line: also prose.
        """)
    facts = lowered(graph)
    assert {("jess", "isA", "leather strap"), ("creance", "isA", "long line")} <= facts, facts
    assert ("creance", "usedFor", "training young hawk") in facts, facts  # the term's purpose, not the long line's
    assert ("hood", "usedFor", "falconry") in facts, facts
    assert_no_concept(graph, "another line")  # plain lines alone are prose


def test_a_note_that_says_it_is_part_of_a_whole_with_other_parts(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Burrows/Moss Depth.md": """\
            ---
            title: Moss Depth
            ---
            # Moss Depth

            Deep moss keeps a den warm. Part of [[Burrow Care MOC|burrow care]], together with [[Twig Count]] and [[Den Size|size]].
            """,
        "Burrows/Twig Count.md": "# Twig Count\n\nHow many twigs a den holds.\n",
        "Burrows/Den Size.md": "# Den Size\n\nHow big a den is.\n",
    })
    found = lowered(graph)
    assert {("moss depth", "partOf", "burrow care"), ("twig count", "partOf", "burrow care"),
            ("den size", "partOf", "burrow care")} <= found, found  # a map of content names its topic
    assert not any("size" == s for s, _r, _o in found)  # the words a link shows name the note it links to


def test_the_term_a_note_speaks_of_is_the_notes_concept(tmp_path: Path) -> None:
    _result, graph = build_files(tmp_path, {
        "Burrow.md": "# Burrow\n\nA burrow is a hole that an animal digs. The term covers both wombat dens and kestrel nests.\n",
    })
    found = lowered(graph)
    assert {("burrow", "includes", "wombat den"), ("burrow", "includes", "kestrel nest")} <= found, found
    assert_no_concept(graph, "term")


def test_the_architecture_of_a_model_is_the_model_but_that_of_a_field_is_not_the_field(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - **Zorpformer architecture:** a network design that stacks burrow blocks.
        - **Burrow engineering architecture:** how the parts of a burrow system fit together.

        Burrow engineering is a young field.
        """)
    assert "zorpformer" in {a.casefold() for a in graph.aliases(graph.resolve("zorpformer architecture"))}
    assert not {a.casefold() for a in graph.aliases(graph.resolve("burrow engineering architecture"))} & {"burrow engineering"}


def test_an_export_s_id_after_a_page_or_folder_name_is_no_part_of_it(tmp_path: Path) -> None:
    """Notion writes "Den Digging b21c3d.md" in "Den Book 3f9a12/": the page is "Den Digging", the folder "Den Book"; a
    name's own number stays ("Kestrel 2b", "Notes 2024": no letters and digits of an id both, or too short)."""
    _result, graph = build_files(tmp_path, {
        "Den Book 3f9a12/Den Digging b21c3d.md": "Den digging uses claws.\n",
        "Den Book 3f9a12/Den Sealing 9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f.md": "Den sealing uses clay. See [Den Digging](Den%20Digging%20b21c3d.md).\n",
        "Den Book 3f9a12/Kestrel 2b.md": "Kestrel 2b is a den model.\n",
    })
    labels = names(graph, topics=True)
    assert {"den digging", "den sealing", "den book", "kestrel 2b"} <= labels, labels
    assert not {label for label in labels if re.search(r"\b(?:b21c3d|3f9a12|9c0d1e2f)", label)}, labels


def test_a_page_named_as_an_index_of_notes_is_no_concept(tmp_path: Path) -> None:
    """ "Den Book - Index.md" (or titled "# Den Book — Index") lists notes: no concept related to each note it links to;
    "Inverted index.md" is a note on a thing whose name ends on "index"."""
    _result, graph = build_files(tmp_path, {
        "vault/Den Book - Index.md": "- [[Den digging]]\n- [[Den sealing]]\n",
        "vault/Den Atlas.md": "# Den Atlas: contents\n\n- [[Den digging]]\n",
        "vault/Den digging.md": "- uses claws\n",
        "vault/Inverted index.md": "An inverted index maps words to dens.\n",
    })
    labels = names(graph)
    assert "inverted index" in labels and "den digging" in labels, labels
    assert not {label for label in labels if "index" in label and label != "inverted index" or "contents" in label or "atlas" in label}, labels


def test_two_sides_of_a_comparison_that_are_doings_or_plurals_the_tagger_calls_verbs(tmp_path: Path) -> None:
    """ "Burrowing vs. digging: ...", "Soft walls vs. hard walls: ..." (a plural the tagger reads as a verb) and
    "- tunnelling vs den sealing: ..." (a doing beside a thing: no "tunnelling sealing") contrast their two sides."""
    found = lowered(build(tmp_path, "# Dens\n\nBurrowing vs. digging: burrowing needs no claws, digging does.\n\n"
                                    "Soft walls vs. hard walls: hard walls last longer.\n\n"
                                    "- tunnelling vs den sealing: opens ways vs closes dens\n"))
    assert {("burrowing", "contrastsWith", "digging"), ("soft wall", "contrastsWith", "hard wall"),
            ("tunnelling", "contrastsWith", "den sealing")} <= found, found
    assert not any("tunnelling sealing" in (s, o) for s, _r, o in found), found
