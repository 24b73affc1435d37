"""The ingester on small notes of its own, one test for each messy form notes are written in.

None of these inputs is a sentence of the owner's notes: the rules must be general.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import kg
from kg.workspace import Workspace
from kg.labels import close


def build(tmp_path: Path, notes: str, curated: str | None = None, name: str = "notes.md") -> kg.KnowledgeGraph:
    data = tmp_path / "data"
    (data / "notes").mkdir(parents=True, exist_ok=True)
    (data / "notes" / name).write_text(textwrap.dedent(notes), encoding="utf-8")
    if curated is not None:
        (data / "curated.ttl").write_text(textwrap.dedent(curated), encoding="utf-8")
    workspace = Workspace.at(data, tmp_path / "exports")
    kg.build(workspace, page=False)
    return kg.load(workspace)


def facts(graph: kg.KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(graph.label(e.subject), e.relation, graph.label(e.object)) for e in graph.edges()}


def concept(graph: kg.KnowledgeGraph, name: str):
    return graph.resolve(name)


def test_definition_continues_on_indented_and_unindented_lines(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Retrieval
        - **Embedding:** An embedding is a vector that represents text.
            It places similar texts close together.
        - **Chunking:** Chunking splits long documents into passages.
        Passages are retrieved one by one
        """)
    assert "places similar texts close together" in graph.definition(concept(graph, "embedding"))
    assert "retrieved one by one" in graph.definition(concept(graph, "chunking"))
    assert ("chunking", "produces", "passage") in facts(graph)


def test_bold_term_without_colon_and_stray_leading_space(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ## Serving
        - **Batching:** Batching groups requests together.
         - **KV cache:** The KV cache stores keys and values of past tokens.
            - **Paged attention** is a technique that manages the KV cache in blocks.
        """)
    assert graph.definition(concept(graph, "KV cache")).startswith("The KV cache stores")
    assert graph.definition(concept(graph, "paged attention")).startswith("Paged attention is a technique")
    # "is a technique that ...": the class Technique, and no concept "technique" to point at
    assert graph.class_of(concept(graph, "paged attention")) == "Technique"
    assert not any(o == "technique" for _s, _r, o in facts(graph))


def test_dash_dash_bullets_continue_the_entry_above(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Greedy vs Beam (Decoding):**
        - - Greedy decoding picks the most likely token at each step.
        are fast and simple, used for tasks such as autocomplete.
        - - Beam decoding keeps several candidate sequences.
        """)
    greedy, beam = concept(graph, "greedy decoding"), concept(graph, "beam decoding")
    assert "most likely token" in graph.definition(greedy)
    assert "candidate sequences" in graph.definition(beam)
    assert ("greedy decoding", "contrastsWith", "beam decoding") in facts(graph)
    assert ("greedy decoding", "usedFor", "autocomplete") in facts(graph)


def test_vs_entries_with_a_shared_head_noun(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Open vs Closed Models:** Open models publish their weights, while closed models keep them private.
        """)
    assert ("open model", "contrastsWith", "closed model") in facts(graph)
    assert "publish their weights" in graph.definition(concept(graph, "open model"))
    assert "private" in graph.definition(concept(graph, "closed models"))


def test_abbreviations_in_parentheses_either_way(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Retrieval-Augmented Generation (RAG):** RAG combines a retriever with a generator.
        - **LoRA:** LoRA (Low-Rank Adaptation) is a technique for parameter-efficient finetuning.
        - **GPUs:** Graphics Processing Units (GPUs) are a type of accelerator.
        """)
    assert concept(graph, "RAG") == concept(graph, "retrieval-augmented generation")
    assert concept(graph, "low-rank adaptation") == concept(graph, "LoRA")
    assert concept(graph, "GPU") == concept(graph, "graphics processing units")
    assert ("GPU", "isA", "accelerator") in facts(graph)


def test_links_under_a_heading_are_members_with_their_url(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        ### Vector Databases
        - [Qdrant](https://qdrant.tech)
        - [Pinecone’s serverless index](https://www.pinecone.io)
        """)
    qdrant = concept(graph, "Qdrant")
    assert graph.see_also(qdrant) == ["https://qdrant.tech"]
    assert ("Qdrant", "isA", "vector database") in facts(graph)
    assert ("Pinecone's serverless index", "developedBy", "Pinecone") in facts(graph)
    assert graph.class_of(concept(graph, "Pinecone")) == "Organization"


def test_links_under_a_subject_heading_are_only_related_to_it(tmp_path: Path) -> None:
    """"Agents" names a subject, not a kind the notes classify: a framework listed under it is no agent."""
    graph = build(tmp_path, """\
        ### Agents
        - [LangGraph](https://langchain-ai.github.io/langgraph/)
        """)
    assert ("LangGraph", "relatedTo", "agent") in facts(graph)
    assert not any(s == "LangGraph" and r == "isA" for s, r, _ in facts(graph))


@pytest.mark.parametrize("heading", ["Links", "Useful links", "Resources", "Further reading", "References", "Reading list", "Papers to read", "Videos worth watching"])
def test_links_under_a_heading_of_pages_to_read_are_kept_and_related_to_nothing(tmp_path: Path, heading: str) -> None:
    """ "### Links" heads pages to read: each link is a concept with its URL, of no kind "link" and on no thing."""
    graph = build(tmp_path, f"""\
        ### {heading}
        - [Burrow Atlas](https://example.org/atlas)
        - [DenBench paper](https://example.org/denbench)
        """)
    assert graph.see_also(concept(graph, "Burrow Atlas")) == ["https://example.org/atlas"]
    assert not facts(graph), facts(graph)


def test_a_factor_in_something_is_related_to_it_not_a_kind_of_factor(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Context Length:** The context length is a key factor in the cost of inference.
        """)
    assert ("context length", "relatedTo", "cost of inference") in facts(graph)
    assert not any(s == "context length" and r == "isA" for s, r, _ in facts(graph))


def test_possessives_name_the_developer(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Inference servers:** Popular choices are built on NVIDIA's Triton and Hugging Face's TGI.
        """)
    assert ("Triton", "developedBy", "NVIDIA") in facts(graph)
    assert ("TGI", "developedBy", "Hugging Face") in facts(graph)
    assert concept(graph, "NVIDIA's Triton") == concept(graph, "Triton")


def test_a_possessive_before_a_name_and_a_verb_or_adverb_names_the_developer(tmp_path: Path) -> None:
    """ "Zorblax's DIG-bench alone has 214 tasks": the name ends where the sentence goes on in small letters,
    on a verb or an adverb; "Kim's Table 3 shows ...": a place in a text, no concept."""
    graph = build(tmp_path, "# Dens\n\nZorblax's DIG-bench alone has 214 tasks. Talpacorp's DenKit supports 400 tunnels.\n\n"
                            "Kim's Table 3 shows the numbers.\n")
    assert {("DIG-bench", "developedBy", "Zorblax"), ("DenKit", "developedBy", "Talpacorp")} <= facts(graph), facts(graph)
    assert not any("Table 3" in (s, o) for s, _r, o in facts(graph))
    with pytest.raises(kg.errors.UnknownConceptError):
        concept(graph, "Table 3")


def test_a_possessive_of_a_time_names_no_developer(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Models\n\nToday's Kestrel models are trained on web text.\n")
    assert not any(r == "developedBy" for _s, r, _o in facts(graph)), facts(graph)


def test_lists_in_sentences(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Evaluation:** Evaluation refers to the process of measuring model quality. This includes exact match, BLEU and human review.
            Examples of libraries in this category are OpenAI's Evals, and Stanford's HELM.
        """)
    found = facts(graph)
    assert {("evaluation", "includes", x) for x in ("exact match", "BLEU", "human review")} <= found
    assert ("Evals", "exampleOf", "evaluation") in found and ("HELM", "exampleOf", "evaluation") in found
    assert graph.class_of(concept(graph, "HELM")) == "Tool"
    assert graph.class_of(concept(graph, "evaluation")) == "Practice"
    assert graph.class_of(concept(graph, "BLEU")) == "Technique"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A router consists of a gating network and a load balancer.", [("router", "contains", "gating network"), ("router", "contains", "load balancer")]),
        ("A router contains a softmax layer.", [("router", "contains", "softmax layer")]),
        ("A router uses top-k selection to pick experts.", [("router", "uses", "top-k selection")]),
        ("A router is a type of neural network component.", [("router", "isA", "neural network component")]),
        ("A router is trained on routing logs.", [("router", "trainedOn", "routing log")]),
        ("A router suffers from load imbalance.", [("router", "suffersFrom", "load imbalance")]),
    ],
)
def test_relation_phrases(tmp_path: Path, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    graph = build(tmp_path, f"- **Router:** {sentence}\n")
    assert set(expected) <= facts(graph)


def test_headings_are_topics_and_empty_sections_count(tmp_path: Path) -> None:
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text("# Course\n## Week 1\n- **Perplexity:** Perplexity is a metric of fit.\n## Week 2\n\n", encoding="utf-8")
    result = kg.build(Workspace.at(tmp_path / "data", tmp_path / "exports"), page=False)
    graph = kg.load(Workspace.at(tmp_path / "data", tmp_path / "exports"))
    topics = {graph.label(c) for c in graph.concepts() if graph.class_of(c) == "Topic"}
    assert topics == {"Course", "Week 1", "Week 2"}
    assert any("empty section 'Week 2'" in str(w) for w in result.warnings)
    assert graph.class_of(concept(graph, "perplexity")) == "Metric"


def test_labels_meet_across_files_by_case_plural_possessive_and_abbreviation(tmp_path: Path) -> None:
    (tmp_path / "data" / "notes").mkdir(parents=True)
    (tmp_path / "data" / "notes" / "b.md").write_text(
        "- **Large Language Models (LLMs):** LLMs are a type of language model.\n", encoding="utf-8")
    graph = build(tmp_path, "- **Hallucination:** Hallucination is a failure mode of LLMs. It is common in large language models.\n", name="a.md")
    llm = concept(graph, "LLM")
    assert concept(graph, "large language models") == llm == concept(graph, "LLMs")
    assert (graph.label(llm), "suffersFrom", "hallucination") in facts(graph)  # "LLMs" in a.md is b.md's concept


def test_typos_of_a_term_join_the_term(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Quantisation vs Prunning (Compression):**
        - - Quantisation compression stores weights in fewer bits.
        - - Pruning compression removes weights.
        """)
    pruning = concept(graph, "pruning compression")
    assert graph.label(pruning) == "pruning compression"  # the spelling of the running text wins
    assert concept(graph, "prunning compression") == pruning  # the typo still finds it


@pytest.mark.parametrize(("a", "b", "typo"), [
    ("prunning compression", "pruning compression", True), ("autogregressive model", "autoregressive model", True),
    ("eq2seq", "seq2seq", True),
    ("gpt 3", "gpt 4", False), ("llama 2", "llama 3", False), ("ai engineering", "ml engineering", False),
])
def test_a_typo_changes_no_number_and_no_short_word(a: str, b: str, typo: bool) -> None:
    assert close(a, b) is typo


def test_a_name_one_number_or_letter_away_from_the_entry_is_another_thing(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Models

        - **Zorp-4**: A burrow model by Acme. Zorp-3 uses sparse digging.
        - **KB mapping**: The craft of mapping burrows. Not to be confused with WB mapping, which builds on tunnel surveys.
        """)
    found = facts(graph)
    assert ("Zorp-3", "uses", "sparse digging") in found and ("Zorp-4", "uses", "sparse digging") not in found, found
    assert not any(s == "KB mapping" and r == "uses" for s, r, _o in found), found


def test_a_field_named_as_a_table_column_is_that_columns_relation(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Burrow**: A tunnel dug by an animal.
          components:: [[nest chamber]], [[exit tunnel]]
          limitations:: flooding
        """)
    found = facts(graph)
    assert {("burrow", "contains", "nest chamber"), ("burrow", "contains", "exit tunnel"), ("burrow", "suffersFrom", "flooding")} <= found


def test_a_field_value_that_names_no_thing_is_left_out(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Den digging**: making dens
          metrics:: % valid dens, avg # tries to get a valid den, den depth
        """)
    found = facts(graph)
    assert ("den digging", "measuredBy", "den depth") in found, found
    assert not any(o.startswith(("%", "avg")) or "valid den" in o for _s, _r, o in found), found


def test_inline_fields_and_wikilinks(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Speculative decoding:** Speculative decoding drafts tokens with a small model. See [[draft model]].
          isA:: [[decoding strategy]]
          alias:: spec decoding
          class:: Technique
        """)
    found = facts(graph)
    assert ("speculative decoding", "isA", "decoding") in found
    assert ("speculative decoding", "relatedTo", "draft model") in found
    assert concept(graph, "spec decoding") == concept(graph, "speculative decoding")
    assert graph.class_of(concept(graph, "speculative decoding")) == "Technique"
    isa = next(graph.edges(concept(graph, "speculative decoding"), "isA"))
    assert [(s.line, s.method) for s in isa.sources] == [(2, "Curated")]


def test_a_misspelt_field_or_class_is_a_warning_with_the_name_it_is_close_to(tmp_path: Path) -> None:
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text("- **Speculative decoding:** Drafts tokens with a small model.\n"
                                "  contians:: [[draft model]]\n  class:: Tecnique\n  sizzle:: [[nothing]]\n"
                                "  made-of:: [[draft tokens]]\n", encoding="utf-8")
    result = kg.build(Workspace.at(tmp_path / "data", tmp_path / "exports"), page=False)
    said = [str(w) for w in result.warnings]
    assert "notes/n.md:2: unknown field 'contians::'; did you mean contains?" in said
    assert not any("made-of" in w for w in said)  # relation words ("is made of"): the relation, no warning
    assert "notes/n.md:3: unknown class 'Tecnique'; did you mean Technique?" in said
    assert any(w.startswith("notes/n.md:4: unknown field 'sizzle::'; fields: contains, ") and w.endswith("seeAlso") for w in said)


def test_curated_turtle_is_merged_with_its_lines(tmp_path: Path) -> None:
    graph = build(
        tmp_path,
        "- **Distillation:** Distillation trains a small model on a large model's outputs.\n",
        curated="""\
        @prefix aie: <https://w3id.org/aie-kg/aie/concept/> .
        @prefix kg: <https://w3id.org/aie-kg/vocab#> .

        aie:distillation
            kg:relatedTo aie:quantization .
        """,
    )
    edge = next(graph.edges(concept(graph, "distillation"), "relatedTo"))
    assert [str(s) for s in edge.sources] == ["curated.ttl:5"]
    assert edge.sources[0].method == "Curated"


def test_every_statement_cites_its_file_and_line(tmp_path: Path) -> None:
    graph = build(tmp_path, "## Models\n\n- **Mamba:** Mamba is a type of state space model.\n")
    edge = next(graph.edges(concept(graph, "Mamba"), "isA"))
    assert [(s.file, s.line, s.method) for s in edge.sources] == [("notes/notes.md", 3, "Extracted")]


def test_a_subject_inside_an_entry_is_the_entry_unless_the_notes_name_it_elsewhere(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        - **Retriever:** A retriever finds passages. Term-based retrieval uses keywords.
            In practice, passage lookup is about recall and precision.
        - **Term-based vs Embedding-based (Retrieval):** Term-based retrieval matches words.
        """)
    found = facts(graph)
    assert ("term-based retrieval", "uses", "keyword") in found  # defined by its own entry: itself
    assert {("retriever", "includes", "recall"), ("retriever", "includes", "precision")} <= found  # named nowhere else
    assert graph.label(concept(graph, "term-based retrieval")) == "term-based retrieval"  # not its sentence-initial capital
    with pytest.raises(kg.UnknownConceptError):
        concept(graph, "passage lookup")


def test_a_list_that_goes_on_with_plus_keeps_its_last_item_and_that_items_examples(tmp_path: Path) -> None:
    found = facts(build(tmp_path, """\
        - **Burrow care:** Burrow care covers moss drying, twig sorting and den sweeping, plus tunnel upkeep like packing.
        """))
    assert {("burrow care", "includes", x) for x in ("moss drying", "twig sorting", "den sweeping", "tunnel upkeep")} <= found
    assert ("packing", "isA", "tunnel upkeep") in found
    assert ("burrow care", "includes", "packing") not in found  # the example is the last item's, not the list's


def test_a_numbered_place_in_a_text_ends_no_sentence(tmp_path: Path) -> None:
    from kg.ingest.sentences import sentences

    said = [s for _at, s in sentences("Burrow care (ch. 8) covers moss drying. See Fig. 3 and p. 12 for twigs. The answer is no. Kestrels fly.")]
    assert said == ["Burrow care (ch. 8) covers moss drying.", "See Fig. 3 and p. 12 for twigs.", "The answer is no.", "Kestrels fly."]
    found = facts(build(tmp_path, "# Notes\n\nBurrow care (ch. 8) covers moss drying and twig sorting.\n"))
    assert ("Burrow care", "includes", "moss drying") in found


@pytest.mark.parametrize(("text", "said"), [
    ("digging dens from clay and rocks\nWombat's Burrower tool maps fake tunnels", ["digging dens from clay and rocks", "Wombat's Burrower tool maps fake tunnels"]),
    ("how a wombat would move\nThe line between the two is blurry", ["how a wombat would move", "The line between the two is blurry"]),
    ("the nest is warm\nAlso moss helps", ["the nest is warm", "Also moss helps"]),
    ("a den dug by the\nBurrow team", ["a den dug by the Burrow team"]),  # a hard-wrapped sentence goes on
    ("a den from Hugging Face\nTransformers", ["a den from Hugging Face Transformers"]),  # a name across the break
    ("a den that uses\nBurrows well", ["a den that uses Burrows well"]),  # after a verb, its object
])
def test_a_line_with_no_end_mark_ends_a_statement_when_the_next_opens_one(text: str, said: list[str]) -> None:
    from kg.ingest.sentences import sentences

    assert [s for _at, s in sentences(text)] == said


def test_a_statement_on_the_next_line_of_an_entry_keeps_its_own_subject(tmp_path: Path) -> None:
    found = facts(build(tmp_path, """\
        # Notes

        - **Den digging:** digging dens from clay and rocks
            Wombat's Burrower tool generates fake tunnels
        """))
    assert not {f for f in found if f[0] == "Den digging" and f[2] == "fake tunnel"}, found
    assert any(f[1] == "produces" and f[2] == "fake tunnel" and "Burrower" in f[0] for f in found), found


@pytest.mark.parametrize(("text", "said"), [
    ("Seals: 1) clay packing 2) moss lining 3) scent marking", ["Seals:    clay packing,   moss lining,   scent marking"]),
    ("1. side digging 2. deep digging", ["side digging,   deep digging"]),
    ("(1) moss, (2) clay", ["moss,     clay"]),
    ("Llama 2. Kestrel 3 is big.", ["Llama 2.", "Kestrel 3 is big."]),  # numbers that count from nothing: no enumeration
    ("Step 2) then 1) dig", ["Step 2) then 1) dig"]),  # out of order
])
def test_an_enumeration_on_one_line_is_a_list(text: str, said: list[str]) -> None:
    from kg.ingest.sentences import sentences

    assert [s for _at, s in sentences(text)] == said


def test_a_part_a_thing_uses_is_one_it_contains_and_a_thing_that_belongs_to_a_layer_is_part_of_it(tmp_path: Path) -> None:
    found = facts(build(tmp_path, """\
        # Notes

        Quill combines a burrow retrieval component with a moss generator. Kestrel uses a gating module and attention.

        Digging and nesting belong to the burrow layer, while hunting belongs to the sky layer. Wombats belong to the Marsupial Club.
        """))
    assert {("Quill", "contains", "burrow retrieval component"), ("Quill", "uses", "moss generator"),
            ("Kestrel", "contains", "gating module"), ("Kestrel", "uses", "attention")} <= found
    assert {("Digging", "partOf", "burrow layer"), ("nesting", "partOf", "burrow layer"), ("hunting", "partOf", "sky layer")} <= found, found
