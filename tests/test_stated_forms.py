"""Relations said in other forms than "X verb Y": a problem named first ("Catastrophic
forgetting is a problem of full finetuning", "X has limitations such as A and B"), a contrast that
opens the sentence ("Unlike A, B ..."), who made a thing said beside its name in a list of resources
("[Evalkit](url) by Acme Research: ...", "[Acme - Learn Python](url)"), and definitions that are no
sentence ("Library made by Contoso for ...", "This video gives ...").

Every form is tried with look-alikes that must state nothing. Every input here is written for the
test; none is taken from the owner's notes or the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, facts, lowered, names, rules

from kg.ingest.phrases import read


@pytest.mark.parametrize(
    "sentence",
    [
        "Catastrophic forgetting is a problem of full finetuning: the model loses what it knew.",
        "Catastrophic forgetting is a well-known issue with full finetuning.",
        "A major drawback of full finetuning is catastrophic forgetting.",
        "One limitation of full finetuning is catastrophic forgetting.",
        "Full finetuning has limitations such as catastrophic forgetting.",
        "Full finetuning has several drawbacks, such as catastrophic forgetting (losing old skills).",
        "Full finetuning has its own biases, like catastrophic forgetting.",
        "Full finetuning also has limitations: catastrophic forgetting and cost.",
    ],
)
def test_a_problem_named_first_is_what_the_thing_suffers_from(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Finetuning\n\n{sentence}\n"))
    assert ("full finetuning", "suffersFrom", "catastrophic forgetting") in found
    assert not any(o in {"problem", "issue", "drawback", "limitation"} for _s, _r, o in found)


def test_every_listed_problem_counts_and_a_pronoun_is_the_entry(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Decoding

        - **Beam search**: A decoding strategy that keeps several candidates. It has several drawbacks, such as high memory use and repetitive outputs.
        """)
    found = lowered(graph)
    assert {("beam search", "suffersFrom", "high memory use"), ("beam search", "suffersFrom", "repetitive output")} <= found
    assert rules(graph, "beam search", "suffersFrom", "high memory use") == {("phrase", "stated")}


def test_problems_of_they_are_of_no_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n- **Den judging**: judging dens. Judges are slow. They also have biases: self-bias and sloth.\n"))
    assert not any(r == "suffersFrom" for _s, r, _o in found), found  # "they": the judges, not the entry


def test_a_problem_that_is_a_pronoun_is_what_the_sentence_before_named(tmp_path: Path) -> None:
    # "It is a known risk of X": X suffers from what "it" is, and the risk is no kind of it
    found = lowered(build(tmp_path, """\
        # Burrows

        Kestrel drift is the tendency of a falcon to stray from its burrow. It is a known risk of burrow mapping, and short flights reduce it.
        """))
    assert ("burrow mapping", "suffersFrom", "kestrel drift") in found, found
    assert not any(r == "isA" and "risk" in o for _s, r, o in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Overfitting is a common problem in deep learning.",  # a field where it happens, not a thing that has it
        "A major drawback of beam search is its cost.",  # "its cost": which cost was said before
        "This is a problem for us.",
    ],
)
def test_a_problem_somewhere_or_of_no_one_states_nothing(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Training\n\n{sentence}\n"))
    assert not any(r == "suffersFrom" for _s, r, _o in found), found
    assert not any(o == "problem" for _s, _r, o in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unlike full finetuning, LoRA keeps the base weights frozen.", ("lora", "full finetuning")),
        ("Compared to beam search, greedy decoding is cheaper.", ("greedy decoding", "beam search")),
        ("As opposed to dense models, sparse models activate few experts.", ("sparse model", "dense model")),
        ("Unlike weights and biases (learned in training), hyperparameters are set before.", ("hyperparameter", "bias")),
    ],
)
def test_a_contrast_that_opens_the_sentence_is_with_its_subject(tmp_path: Path, sentence: str, expected: tuple[str, str]) -> None:
    found = lowered(build(tmp_path, f"# Models\n\n{sentence}\n"))
    assert (expected[0], "contrastsWith", expected[1]) in found or (expected[1], "contrastsWith", expected[0]) in found
    assert not any(" and " in o for _s, _r, o in found)  # each thing contrasted is itself


def test_a_contrast_with_a_pronoun_is_the_entrys_and_a_shell_noun_states_nothing(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        - **Mamba**: A state space model. Unlike transformers, it scales linearly with the sequence length.

        Unlike other approaches, this new approach incorporates search.
        """))
    assert ("mamba", "contrastsWith", "transformer") in found
    assert not any(r == "contrastsWith" and "approach" in s + o for s, r, o in found)


@pytest.mark.parametrize("sentence", ["Spline fitting is a special case of curve fitting.",
                                      "Spline fitting is a subtype of curve fitting."])
def test_a_special_case_is_a_kind(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Fitting\n\n{sentence}\n"))
    assert ("spline fitting", "isA", "curve fitting") in found
    assert not any("case" in o or "subtype" in o for _s, _r, o in found)


def test_both_of_two_special_cases_are_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Search\n\nBoth greedy search and beam search are special cases of tree search.\n"))
    assert {("greedy search", "isA", "tree search"), ("beam search", "isA", "tree search")} <= found


def test_who_made_a_resource_is_read_beside_its_name(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Resources

        - [Evalkit](https://example.org/evalkit) by Acme Research: A framework for evaluating models.
        - **Tracer** by Northwind Labs - A library for tracing agents.
        - [Orbit Academy - Learn Rust](https://example.org/rust): Video series for beginners.
        - [LoRA - Low-Rank Adaptation](https://example.org/lora): A finetuning method.
        """)
    found = lowered(graph)
    assert {("evalkit", "developedBy", "acme research"), ("evalkit", "isA", "framework"),
            ("tracer", "developedBy", "northwind labs"), ("tracer", "isA", "library")} <= found
    assert any(s.endswith("learn rust") and r == "developedBy" and o == "orbit academy" for s, r, o in found)
    assert rules(graph, "Evalkit", "developedBy", "Acme Research") == {("term-by", "stated")}
    # a name and what it stands for is no author and title
    assert not any(o == "lora" and r == "developedBy" for _s, r, o in found)
    assert "by acme research" not in " ".join(s for s, _r, _o in found)


@pytest.mark.parametrize(
    "item",
    [
        "- **Drafters**: Library made by Contoso for building speculative decoding algorithms.",
        "- **Drafters**: Library developed by Contoso for building speculative decoding algorithms.",
        "- **Drafters**: A library developed by Contoso for building speculative decoding algorithms.",
    ],
)
def test_a_definition_without_an_article_is_one_of_a_kind(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Tools\n\n{item}\n"))
    assert {("drafter", "developedBy", "contoso"), ("drafter", "isA", "library")} <= found
    assert not any(s == "library" for s, _r, _o in found)


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("- **Wombatgrad**: optimizer that adapts the dig rate per tunnel", "optimizer"),  # a noun the dictionary lacks
        ("**Burrowscore**: metric based on tunnel overlap.", "metric"),  # a noun the tagger calls an adjective
        ("- **Tunnelbase**: library for fast burrow search", "library"),
        ("- **Dengrid**: database with tunnel indexes", "database"),
        ("- **DenEval** — burrow benchmark w/ 25 tunnel types", "burrow benchmark"),  # "w/" as notes shorten "with"
        ("- **DenRank** — tunnel-based ranking function, a MossScore variant that weighs depth", "mossscore"),  # the aside says
        ("- **Densearch**: nearest-neighbour search over moss prints", "nearest-neighbour search"),
        ("- **Dengap**: angular distance between two dens", "angular distance"),
    ],
)
def test_a_terse_definition_without_an_article_is_one_of_a_kind(tmp_path: Path, item: str, kind: str) -> None:
    """Terse notes leave out the article: "optimizer that ...", "metric based on ...", "library for ..."."""
    term = item.split("**")[1].lower()
    assert (term, "isA", kind) in lowered(build(tmp_path, f"# Glossary\n\n{item}\n"))


@pytest.mark.parametrize("item", ["- **Kestrel**: Great for beginners who dig", "- **Kestrel**: Support for clay tunnels",
                                  "- **Kestrel**: Proficiency with shovels, a tool for digging, is vital",
                                  "- **Kestrel**: Scale digging across many burrows using spades."])
def test_a_judgement_an_ability_or_a_verb_before_for_is_no_kind(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Glossary\n\n{item}\n"))
    assert not any(s == "kestrel" and r == "isA" for s, r, _o in found), found


def test_a_sentence_after_a_term_that_opens_with_a_common_noun_is_its_own(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        - **Ridge**: Attention weights each token by relevance.
        - **Kestrel**: Model trained on web text.
        """))
    assert not any(s == "ridge" and r == "isA" for s, r, _o in found)
    assert ("kestrel", "trainedOn", "web text") in found


def test_this_noun_after_a_term_says_what_the_entry_is(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Videos

        - [Rust from scratch](https://example.org/v): This video gives an intuitive explanation of backpropagation.
        - [Tuning guide](https://example.org/t): This approach needs a validation set.
        """))
    assert ("rust from scratch", "isA", "video") in found
    assert not any(o == "approach" for _s, _r, o in found)


def test_a_free_course_is_a_course(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Courses\n\n- [Rust in a week](https://example.org/r): Free course that covers ownership and lifetimes.\n"))
    assert ("rust in a week", "isA", "course") in found


def test_a_purpose_written_as_a_gerund_stays_one(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        ## Techniques

        | Technique | Typical use |
        |---|---|
        | Wren | adapting a model to a domain |
        | Kite | changing the model's tone for a new task |
        """))
    assert ("wren", "usedFor", "adapting model") in found
    assert ("kite", "usedFor", "changing model tone") in found
    assert not any("inging" in o or " s " in f" {o} " for _s, _r, o in found)


def test_a_kind_by_a_name_says_who_made_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Reading

        Designing Data Pipelines is a book by Ada Moreno.

        Deep Q Learner (DQL) was a breakthrough algorithm by Northwind that played games.

        - **Kestrel**: A fast inference server. It is a library by Contoso Labs.
        """)
    found = lowered(graph)
    assert ("designing data pipelines", "createdBy", "ada moreno") in found  # a written work: its author
    assert ("deep q learner", "developedBy", "northwind") in found
    assert ("deep q learner", "isA", "algorithm") in found  # "breakthrough" only judges it
    assert ("kestrel", "developedBy", "contoso labs") in found
    assert rules(graph, "Designing Data Pipelines", "createdBy", "Ada Moreno") == {("phrase", "stated")}


@pytest.mark.parametrize("sentence", ["Beam search is a technique used by Google for translation.",
                                      "Beam search is a method by which decoders keep candidates."])
def test_by_after_a_participle_or_before_no_name_says_nothing_of_a_maker(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Decoding\n\n{sentence}\n"))
    assert not any(r in {"developedBy", "createdBy"} for _s, r, _o in found), found


def test_a_verb_after_but_has_the_subject_of_the_sentence(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Evaluation

        - **Judge models**: Models that grade outputs. They correlate with human ratings but suffer from position bias.

        Kite uses little memory but suffers from slow decoding.

        Judge scoring agrees with human ratings but suffers from verbosity bias.
        """))
    assert ("judge model", "suffersFrom", "position bias") in found
    assert ("kite", "suffersFrom", "slow decoding") in found
    # where no relation phrase ends the first clause's subject, no guess at it
    assert not any(o == "verbosity bias" for _s, _r, o in found), found


def test_examples_picked_out_after_a_comma_are_kinds(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Training

        Regularization methods, especially dropout and weight decay, reduce overfitting.

        Sampling strategies, in particular nucleus sampling, trade quality for diversity.

        This is particularly useful for agents.
        """))
    assert {("dropout", "isA", "regularization"), ("weight decay", "isA", "regularization"),
            ("nucleus sampling", "isA", "sampling")} <= found
    assert not any(o == "particularly" or s == "particularly" for s, _r, o in found)


def test_a_name_that_is_a_popular_solution_in_an_entry_is_an_example_of_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Inference

        - **Speculative decoding**: A small model drafts tokens that a larger model checks. Kestrel-3 is a particularly popular solution.
        - **Paged attention**: A way to store the KV cache in pages. Osprey is a common implementation.
        - **Quantization**: Storing weights in fewer bits. It is a good option for edge devices.
        """))
    assert {("kestrel-3", "exampleOf", "speculative decoding"), ("osprey", "exampleOf", "paged attention")} <= found
    assert not any(r == "exampleOf" and s == "quantization" for s, r, _o in found)  # the entry itself: no example of itself
    assert not any(o in {"solution", "implementation", "option"} for _s, _r, o in found)


def test_a_gapped_relation_phrase_is_read_in_every_person(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Embeddings

        Embedding models convert text into dense vectors.

        We split the data into folds.
        """))
    assert ("embedding model", "produces", "dense vector") in found
    assert not any(o == "fold" for _s, _r, o in found)  # "we": the reader's doing


def test_an_instruction_with_a_gapped_verb_is_no_claim_of_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Validation

        - **K-fold validation**: A way to test a model on every part of the data.
          - Split the dataset into five equal folds.
          - If you split the data into two sets once, the test set may miss rare cases.
        """))
    assert not any(r == "produces" for _s, r, _o in found), found


@pytest.mark.parametrize("sentence", ["Kestrel is based on the transformer decoder.", "Kestrel is built on the transformer decoder.",
                                      "Kestrel is implemented with a transformer decoder."])
def test_what_a_thing_is_based_on_is_what_it_uses(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Models\n\n{sentence}\n"))
    assert ("kestrel", "uses", "transformer decoder") in found


def test_a_thing_that_needs_capabilities_listed_after_a_colon_contains_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Agents\n\nA planner needs three core capabilities: task decomposition, tool routing, and memory paging.\n"))
    assert {("planner", "contains", "task decomposition"), ("planner", "contains", "tool routing"),
            ("planner", "contains", "memory paging")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are a beginner, start with linear probes.",
        "In practice, if you are a practitioner, understanding Kestrel means understanding its decoder.",
        "When it is a small dataset, use cross-validation.",
        "If one head is a detective focusing on pronouns, another is a linguist.",
    ],
)
def test_a_condition_says_nothing_of_the_entry(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Tips\n\n- **Kestrel**: A small decoder model. {sentence}\n"))
    assert not any(s == "kestrel" and r in {"isA", "uses"} and o != "small decoder model" for s, r, o in found), found


def test_the_clause_after_a_condition_is_read(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tips\n\nWhen data is scarce, Kestrel uses adapters.\n"))
    assert ("kestrel", "uses", "adapter") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel does not use attention.",
        "Kestrel never uses attention.",
        "Kestrel doesn't use attention.",
        "Kestrel can’t use attention.",
        "Attention is not a problem of Kestrel.",
        "They don't suffer from attention collapse like Kestrel.",
    ],
)
def test_a_denied_relation_is_not_stated(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Models\n\n- **Osprey**: A small model. {sentence}\n"))
    assert not any("attention" in s + o for s, _r, o in found), found


def test_what_comes_before_a_negation_is_still_stated(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Models

        Kestrel uses attention but does not use dropout.

        Optimization algorithms like Adam are not always the best choice.
        """))
    assert {("kestrel", "uses", "attention"), ("adam", "isA", "optimization algorithm")} <= found
    assert not any(o == "dropout" for _s, _r, o in found)


def test_what_a_thing_holds_is_not_its_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Fields

        Machine learning is a universe of interconnected subfields.

        Toolkit X is a suite of evaluation tools.

        Mixtral is a mixture of experts.
        """))
    assert not any(o.startswith(("universe", "suite")) for _s, _r, o in found), found
    assert ("mixtral", "isA", "mixture of experts") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Use dropout to prevent overfitting.",
        "You can use dropout to prevent overfitting.",
        "Apply dropout in order to prevent overfitting.",
    ],
)
def test_advice_to_use_a_thing_says_what_it_is_for(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Training\n\n- {sentence}\n"))
    assert ("dropout", "usedFor", "preventing overfitting") in found, found


def test_a_thing_added_to_another_is_for_no_purpose(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Dens\n\n- **Den shaking:** add moss to existing dens. Makes dens drier.\n")
    found = lowered(graph)
    assert not any(r == "usedFor" and o.startswith("existing") for _s, r, o in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Use it to your advantage.",  # a pronoun, no thing
        "Try to prevent overfitting.",  # no object to put to use
        "Use caution when tuning dropout.",  # no purpose
    ],
)
def test_advice_without_a_thing_or_a_purpose_states_nothing(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Training\n\n- {sentence}\n"))
    assert not any(r == "usedFor" for _s, r, _o in found), found


def test_a_single_example_in_parentheses_is_one_of_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Monitoring

        - Implement anomaly detection methods (e.g., Kestrel Forest) to flag unusual data.
        - Compare the detection methods (Kestrel Forest) with the baseline.
        """))
    assert ("kestrel forest", "isA", "anomaly detection") in found, found
    assert ("kestrel forest", "isA", "detection") not in found


def test_leveraged_for_says_what_a_thing_is_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tools\n\n- **Kestrel**: Leveraged for Bayesian optimization.\n"))
    assert ("kestrel", "usedFor", "bayesian optimization") in found, found


def test_advice_naming_examples_puts_the_examples_to_use(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Explaining

        - Use advanced tools like Kestrel and Wombat to explain individual predictions.
        - Use **Zorp** (a variant of Quill) if you want to avoid dead neurons.
        - Use profiling techniques to explore feature distributions, correlations, and outliers.
        - Use **Quill** in the output layer to assign probabilities to each class.
        """))
    assert ("quill", "usedFor", "assigning probabilities") in found, found
    assert {("kestrel", "usedFor", "explaining individual predictions"), ("wombat", "usedFor", "explaining individual predictions")} <= found, found
    assert ("profiling", "usedFor", "exploring feature distributions") in found
    assert not any(s in {"zorp", "advanced tool", "tool"} and r == "usedFor" for s, r, _o in found), found


def test_an_aside_that_is_a_sentence_lists_no_example(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Data\n\nPre-training requires massive datasets (e.g., Kestrel was trained on web text) that need cleaning.\n"))
    assert not any(r == "isA" and s == "kestrel" for s, r, _o in found), found


def test_examples_in_an_entry_and_a_thing_it_introduces(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Retrieval

        - **Keyword retrieval:** Keyword retrieval finds documents by their words. Examples include Kestrel and Wombat.
        - **Reranking:** Reranking reorders the retrieved documents. A cross-encoder is often used for reranking.
        - **Prompt injection:** Prompt injection is an attack that hides instructions in the input. Zorpbreaking is a related attack.
        """))
    assert {("kestrel", "exampleOf", "keyword retrieval"), ("wombat", "exampleOf", "keyword retrieval")} <= found, found
    assert ("cross-encoder", "usedFor", "reranking") in found
    assert ("zorpbreaking", "isA", "attack") in found
    assert not any("related attack" in o for _s, _r, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Adapter techniques fall into two groups: prefix methods and prompt methods.",
        "Adapter techniques can be divided into two main categories: prefix methods and prompt methods.",
    ],
)
def test_a_plural_divided_into_groups_has_them_as_kinds(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Finetuning\n\n{sentence}\n"))
    assert {("prefix method", "isA", "adapter technique"), ("prompt method", "isA", "adapter technique")} <= found, found
    assert not any(o in {"group", "category"} for _s, _r, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        'Then came the 2019 paper "Kestrel Is All You Need" by Moreno et al.',
        'I finally read the book "Kestrel Is All You Need", by Ada Moreno.',
        'Introduced in the Den-3 paper "Kestrel Is All You Need" (Moreno et al., 2020).',
        'Introduced in the Den-3 paper "Kestrels are All You Need" (Moreno et al., 2020).',
    ],
)
def test_a_work_named_in_quotes_after_its_kind_has_its_author(tmp_path: Path, sentence: str) -> None:
    """By "by", or cited in parentheses after it; a title may be a sentence ("Kestrels are All You Need"), set in title case."""
    found = lowered(build(tmp_path, f"# Reading\n\n{sentence} It changed how I think.\n"))
    assert any(s.startswith("kestrel") and r == "createdBy" and o in {"moreno et al.", "ada moreno"} for s, r, o in found), found


def test_a_quote_that_a_verb_follows_names_no_work(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, '# Reading\n\nThe paper "showed" by example that Kestrel works.\n'))
    assert not any(r == "createdBy" for _s, r, _o in found), found


@pytest.mark.parametrize(
    "sentence, fact",
    [
        ("Zorp prompting can be viewed as a form of zero-shot prompting.", ("zorp prompting", "isA", "zero-shot prompting")),
        ("Game of Kestrel is used as a mathematical reasoning task.", ("game of kestrel", "isA", "mathematical reasoning task")),
        ("Quill is considered to be a sampling method.", ("quill", "isA", "sampling")),
        ("In this guide, we refer to an agent as an LLM-powered system designed to act.", ("agent", "isA", "llm-powered system")),
        ("Kestrel agents require three fundamental capabilities to tackle complex tasks: planning and memory.",
         ("kestrel agent", "contains", "planning")),
        ("Wombat incorporates Monte Carlo Tree Search to explore the space.", ("wombat", "contains", "monte carlo tree search")),
        ("Wombat utilizes a thought evaluator.", ("wombat", "uses", "thought evaluator")),
        ("Zorp prompting differs from few-shot prompting in its structure.", ("zorp prompting", "contrastsWith", "few-shot prompting")),
        ("Zorp prompting and few-shot prompting are different in that one needs examples.",
         ("zorp prompting", "contrastsWith", "few-shot prompting")),
        ("Moreno et al. (2022) propose Kestrel, a framework for instruction generation.", ("kestrel", "developedBy", "moreno et al.")),
    ],
)
def test_hedged_and_other_wordings_of_the_relations(tmp_path: Path, sentence: str, fact: tuple[str, str, str]) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert fact in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The results and the inputs are different sizes.",  # not two concepts
        "Kestrel, Wombat and Quill are different.",  # three: no pair
    ],
)
def test_different_things_that_are_no_pair_of_concepts_contrast_nothing(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert not any(r == "contrastsWith" for _s, r, _o in found), found


def test_an_aside_clause_of_any_length_before_the_subject_is_skipped(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Zorp prompting

        Zorp prompting explores a tree. For instance, as demonstrated in the original paper, Game of Kestrel is used as a reasoning benchmark.

        If you want fewer repeated words in the answer, try a lower presence penalty.
        """))
    assert ("game of kestrel", "isA", "reasoning benchmark") in found, found
    assert not any(o == "lower presence penalty" or s == "try" for s, _r, o in found), found


def test_toward_ends_an_object(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Evaluation\n\n- **Judge scoring:** It correlates with human preferences but suffers from bias toward its own outputs.\n"))
    assert ("judge scoring", "suffersFrom", "bias") in found, found


def test_what_a_plural_can_be_are_its_kinds_when_one_is_named_by_its_head(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Agents

        Tools can be knowledge augmentation tools, capability extension tools, or write actions.

        Outputs can be long or short. Layers can be dense or sparse.
        """))
    assert {("knowledge augmentation tool", "isA", "tool"), ("capability extension tool", "isA", "tool")} <= found, found
    assert not any(o in {"output", "layer"} for _s, _r, o in found), found


@pytest.mark.parametrize("counted", ["two types of", "the main kinds of", "both forms of"])
def test_things_that_are_counted_kinds_of_x_are_kinds_of_x(tmp_path: Path, counted: str) -> None:
    found = lowered(build(tmp_path, f"# Quantization\n\nWeight-only quantization and activation quantization are {counted} quantization.\n"))
    assert {("weight-only quantization", "isA", "quantization"), ("activation quantization", "isA", "quantization")} <= found, found


def test_a_narrower_term_or_one_with_its_abbreviation_is_not_the_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Serving

        - **Batching:** Batching groups requests. Continuous batching, introduced by Kestrel Labs, lets requests join a batch.
        - **Latency metrics:** Time per output token (TPOT) measures the delay between tokens.
        - **Compute-bound vs Memory bandwidth-bound:** A compute-bound workload is limited by FLOPs.
        """))
    assert ("continuous batching", "developedBy", "kestrel labs") in found, found
    assert not any(s == "batching" and r == "developedBy" for s, r, _o in found)
    assert not any(s == "latency metric" and r == "measures" for s, r, _o in found)
    assert ("compute-bound", "contrastsWith", "memory bandwidth-bound") in found  # "bound" is no shared noun


def test_a_purpose_keeps_the_number_of_its_object(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tips\n\n- Use boxplots to identify outliers.\n- Use Zorp to clean the dataset.\n"))
    assert {("boxplot", "usedFor", "identifying outliers"), ("zorp", "usedFor", "cleaning dataset")} <= found, found


def test_evaluated_on_names_what_evaluates_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Agents\n\nZorp was evaluated on Kestrel and Wombat.\n"))
    assert {("zorp", "evaluatedBy", "kestrel"), ("zorp", "evaluatedBy", "wombat")} <= found, found


def test_a_kind_called_by_several_names_names_each(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Agents\n\nZorp is evaluated on two benchmarks called Kestrel and Wombat.\n"))
    assert {("kestrel", "isA", "benchmark"), ("wombat", "isA", "benchmark"), ("zorp", "evaluatedBy", "kestrel")} <= found, found
    assert not any("kestrel and wombat" in (s, o) for s, _r, o in found), found


def test_also_called_in_an_entry_is_another_name_of_it(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        **Zorp judge**: using one model to grade another.
          - Also called *model-as-grader*.
          - Contrasts with human grading, which is slower.
          - Suffers from compounding errors: a small bias repeated grows.
        """)
    found = lowered(graph)
    assert {("zorp judge", "contrastsWith", "human grading"), ("zorp judge", "suffersFrom", "compounding error")} <= found, found
    assert "model-as-grader" in graph.aliases(graph.resolve("Zorp judge")), graph.aliases(graph.resolve("Zorp judge"))


@pytest.mark.parametrize("sentence", [
    "A zorp prompt, as she breaks it down, has three parts: a task description, a kestrel and the concrete task itself.",
    "A zorp prompt, according to the book, has three parts: a task description, a kestrel and the concrete task itself.",
])
def test_whose_words_a_sentence_gives_and_an_emphasis_leave_its_relation_whole(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Prompts\n\n{sentence}\n"))
    assert {("zorp prompt", "contains", "task description"), ("zorp prompt", "contains", "concrete task")} <= found, found


def test_a_name_from_a_maker_between_commas(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tools\n\nZorpPy, from Kestrel University, and similar frameworks search for prompts. "
                                    "Chain-of-wombat, from Moreno et al. at Acme, asks the model to reason. "
                                    "Data, from Wikipedia, is clean.\n"))
    assert {("zorppy", "developedBy", "kestrel university"), ("chain-of-wombat", "developedBy", "moreno et al.")} <= found, found
    assert not any(o in ("acme", "wikipedia") for _s, _r, o in found), found  # where they work; where data came from


def test_a_name_whose_apposition_says_its_kind_and_its_maker(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tools\n\nZorpEval, a benchmark from Kestrel Labs, measures digging. "
                                    "Quill, a digging tool made by Wombat Labs, digs.\n"))
    assert {("zorpeval", "developedBy", "kestrel labs"), ("zorpeval", "isA", "benchmark"), ("quill", "developedBy", "wombat labs")} <= found
    assert not any(r == "developedBy" and o.startswith("dig") for _s, r, o in found), found  # the verb after the aside is none


def test_a_name_is_from_its_maker_and_a_maker_in_parentheses_after_from_or_by(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Tools\n\nZorpAI is from Kestrel Labs (Wombat Research). The data is from Wikipedia. "
                                    "Quokka (from Acme Labs) uses a reward model. Numbat (by Bilby Inc) uses attention.\n"))
    assert {("zorpai", "developedBy", "kestrel labs"), ("quokka", "developedBy", "acme labs"),
            ("numbat", "developedBy", "bilby inc")} <= found, found
    assert not any(o == "wikipedia" for _s, _r, o in found), found


def test_a_store_of_things_contains_them(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Cache\n\nThe zorp cache is a store of the kestrel vectors computed for previous tokens.\n"))
    assert ("zorp cache", "contains", "kestrel vector") in found, found
    assert ("zorp cache", "isA", "kestrel vector") not in found, found


def test_counted_approaches_from_the_book_and_makers_named_independently(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Notes

        - **Zorp merging**: combining models.
          - Three approaches in the book: summing (e.g. linear combination), layer stacking, and concatenation.
          - Proposed independently by Acme (Moreno et al.) and Kestrel Labs (Chen et al.) around 2022.
        - **Wombat**: trained on around 100,000 known proteins.
        """))
    assert {("summing", "isA", "zorp merging"), ("concatenation", "isA", "zorp merging"),
            ("zorp merging", "developedBy", "acme"), ("zorp merging", "developedBy", "kestrel labs")} <= found, found
    assert ("wombat", "trainedOn", "known protein") in found, found  # "around" a number is no date


def test_a_name_that_is_an_owners_kind_was_made_by_the_owner(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Models\n\nWombat is Acme's open model. Z4 is Acme's cleaned subset of Kestrel Crawl. "
                                    "The zorp model is Acme's.\n"))
    assert {("wombat", "developedBy", "acme"), ("wombat", "isA", "open model"), ("z4", "developedBy", "acme")} <= found, found
    assert not any(o.startswith(("cleaned subset", "kestrel crawl")) for s, r, o in found if r == "isA"), found


def test_a_purpose_said_twice_and_what_a_thing_was_developed_for(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Glossary\n\n**Zorp embedding**: a dense vector.\n  - Used for semantic search and for kestrel retrieval.\n"
                                    "  - Developed for machine translation.\n"))
    assert {("zorp embedding", "usedFor", o) for o in ("semantic search", "kestrel retrieval", "machine translation")} <= found, found


def test_examples_in_parentheses_of_a_labelled_lists_items(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n**Zorp model**: predicts tokens.\n"
                                    "  - Two types: masked zorp models (e.g. KERT) and autoregressive zorp models (e.g. ZPT, Wombat).\n"))
    assert {("kert", "isA", "masked zorp model"), ("zpt", "isA", "autoregressive zorp model"),
            ("wombat", "isA", "autoregressive zorp model"), ("masked zorp model", "isA", "zorp model")} <= found, found


@pytest.mark.parametrize(("title", "work", "author"), [
    ("Deep Burrows by Ada Moreno", "Deep Burrows", "Ada Moreno"),
    ("Reading journal: *Deep Burrows* by Ada Moreno 📖", "Deep Burrows", "Ada Moreno"),
    ("Notes on Deep Burrows by Ada Moreno", "Deep Burrows", "Ada Moreno"),
    ("Deep Burrows (Moreno, 2025): cheat sheet in tables", "Deep Burrows", "Moreno"),
    ("Kestrels Are All You Need (Moreno et al., 2021) — reading notes", "Kestrels Are All You Need", "Moreno et al."),
    ("Deep Burrows by Ada Moreno — Chapters 5 to 9", "Deep Burrows", "Ada Moreno"),
    ("Deep Burrows (Ada Moreno) - notes pt. 2", "Deep Burrows", "Ada Moreno"),
])
def test_a_notes_file_titled_after_a_work_and_its_author_says_who_wrote_it(tmp_path: Path, title: str, work: str, author: str) -> None:
    graph = build(tmp_path, f"# {title}\n\nWombats dig burrows.\n")
    assert (work, "createdBy", author) in facts(graph)
    assert graph.class_of(graph.resolve(work)) == "Book"


@pytest.mark.parametrize("opening", ["Reading [[Deep Burrows]] by [[Ada Moreno]], chapter 6.", "Book: *Deep Burrows* (Ada Moreno), ch. 5 and ch. 10.",
                                     "Deep Burrows (Ada Moreno), ch3. Digging is the bottleneck.",
                                     "> Deep Burrows (Ada Moreno, Quokka Press 2025). Chapter 5 notes, read over 2 evenings.",
                                     "Deep Burrows, Ada Moreno. Chapter 7. long chapter",
                                     "Notes on Ada Moreno, *Deep Burrows* (Quokka Press, 2025). My own shorthand.",
                                     "book: Deep Burrows, Ada Moreno (Quokka Press 2025). first chapter is the big picture",
                                     "I finally picked up *Deep Burrows* by Ada Moreno (Quokka Press, 2025) over the holidays.",
                                     "Third post in my series on Ada Moreno's *Deep Burrows*, though only the second I wrote.",
                                     "Notes on chapter 4 of *Deep Burrows* (Ada Moreno, Quokka Press 2025). Chapter 3 was digging."])
def test_a_first_paragraph_that_names_the_work_read_says_who_wrote_it(tmp_path: Path, opening: str) -> None:
    graph = build(tmp_path, f"# Burrows and tunnels\n\n{opening}\n\nWombats dig burrows.\n")
    assert ("Deep Burrows", "createdBy", "Ada Moreno") in facts(graph)


@pytest.mark.parametrize("opening", ["Tunnels, Self Attention. Chapter 3 covers them.", "Digging (Moss Layers) is slow.",
                                     "- Deep Burrows (Ada Moreno), ch3.", "I tried *Clay Packing* by Hand Tools first.",
                                     "I read about *tunnels* by Ada Moreno."])
def test_a_first_paragraph_of_english_words_or_a_list_cites_no_work(tmp_path: Path, opening: str) -> None:
    graph = build(tmp_path, f"# Burrows and tunnels\n\n{opening}\n\nWombats dig burrows.\n")
    assert not any(r == "createdBy" for _s, r, _o in facts(graph)), facts(graph)


@pytest.mark.parametrize("title", [
    "Burrow digging (Moreno, 2025)",  # a topic the notes cite a source on, no title of the work
    "What I Took Away from Deep Burrows (Ada Moreno, 2025): notes",  # the writer's own sentence
    "Deep Learning (Neural Networks) - notes",  # English words in the parenthesis, no author
])
def test_a_title_that_cites_a_source_for_a_topic_names_no_work(tmp_path: Path, title: str) -> None:
    graph = build(tmp_path, f"# {title}\n\nWombats dig burrows.\n")
    assert not any(r == "createdBy" for _s, r, _o in facts(graph))


@pytest.mark.parametrize("line", ["Burrowscore: a metric that ranks tunnels by depth.", "Burrowscore - a metric that ranks tunnels by depth.",
                                  "`burrowScore`: a metric that ranks tunnels by depth."])
def test_a_term_set_off_in_a_paragraph_of_its_own_is_defined(tmp_path: Path, line: str) -> None:
    """A glossary written as paragraphs, with no bold: "LoRA: a parameter-efficient method."."""
    found = lowered(build(tmp_path, f"# Glossary\n\n{line}\n"))
    assert any(s == "burrowscore" and r == "isA" and o == "metric" for s, r, o in found), found


@pytest.mark.parametrize(("line", "term"), [
    ("Den coverage: how well the dens cover the range a colony roams.", "den coverage"),
    ("Tunnel augmentation: creating new tunnels from existing ones, e.g. by widening.", "tunnel augmentation"),
    ("Den similarity: similarity in shape, computed from burrow maps.", "den similarity"),
])
def test_a_glossary_line_defined_by_a_doing_a_question_word_or_a_bare_noun_is_a_term(tmp_path: Path, line: str, term: str) -> None:
    graph = build(tmp_path, f"# Glossary\n\n{line}\n")
    assert graph.definition(graph.resolve(term)), names(graph)


def test_an_address_after_a_colon_defines_no_term(tmp_path: Path) -> None:
    assert_no_concept(build(tmp_path, "# Links\n\nburrow maps: https://example.org/burrows\n"), "burrow map")


def test_plain_glossary_lines_run_together_in_any_case_are_one_entry_each(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, """\
        # Glossary

        Den coverage: how well the dens cover a colony's range.
        dig@k: the share of burrows finished in k nights.
        Den similarity: similarity in shape, computed from burrow maps. DenScore is an example.
        """))
    assert ("denscore", "isA", "den similarity") in found, found  # not of the entry on the line before


@pytest.mark.parametrize("line", ["Note: a wombat can dig a metre a night.", "Summary: a metric that ranks tunnels.",
                                  "Kestrel: a wombat digs tunnels at night.", "Update: the colony now digs at dawn."])
def test_a_remark_or_a_sentence_after_a_colon_in_a_paragraph_defines_no_term(tmp_path: Path, line: str) -> None:
    found = lowered(build(tmp_path, f"# Glossary\n\n{line}\n"))
    assert not any(s in {"note", "summary", "kestrel"} and r == "isA" for s, r, _o in found), found


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Greedy digging is the simplest digging method and a special case of burrow search.", "burrow search"),
    ("Mini kestrel is a smaller version of Kestrel.", "kestrel"),
    ("Soft zorp is a gentler variant of hard zorp.", "hard zorp"),
])
def test_a_judged_version_variant_or_special_case_is_of_that_kind(tmp_path: Path, sentence: str, kind: str) -> None:
    """ "a special case of X", "a smaller version of X" (a word between the article and the noun, or
    after "and") say what a kind of "is a version of X" says; the words are no concept."""
    found = lowered(build(tmp_path, f"# Notes\n\n{sentence}\n"))
    assert any(r == "isA" and o == kind for _s, r, o in found), found
    assert not any(" of " in o for _s, _r, o in found), found


@pytest.mark.parametrize(("item", "kind"), [("- **Zorpdb** - open-source burrow database", "open-source burrow database"),
                                            ("- **Kestrel**: Python library.", "python library")])
def test_a_bare_noun_phrase_whose_head_has_a_class_is_the_term_s_kind(tmp_path: Path, item: str, kind: str) -> None:
    """ "**Chroma** - open-source vector database": no article, no clause, but a head noun of a class
    of the vocabulary (database, library, metric ...): one of that kind."""
    term = item.split("**")[1].lower()
    assert (term, "isA", kind) in lowered(build(tmp_path, f"# Tools\n\n{item}\n"))


@pytest.mark.parametrize("item", ["- **Output**: JSON", "- **Dataset**: ImageNet", "- **Speed**: very fast",
                                  "- **Input**: raw text", "- **Goal**: fewer tunnels"])
def test_a_common_word_s_value_is_no_kind_and_no_maker(tmp_path: Path, item: str) -> None:
    """ "**Output**: JSON" says what the output is in this note, neither who made it (`output
    developedBy JSON` came of it) nor a kind of the word (no class heads "raw text"); a class word's
    name is one of the class (`ImageNet isA dataset`), and nothing more."""
    found = lowered(build(tmp_path, f"# Tools\n\n{item}\n"))
    word = item.split("**")[1].lower()
    assert not any(r == "developedBy" or word in (s, o) and r == "isA" and (s, o) != ("imagenet", "dataset") for s, r, o in found), found
    assert all(s == "imagenet" for s, _r, _o in found), found


def test_another_name_after_a_term_s_dash_then_its_definition(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Glossary\n\n**Burrow drafting** — aka den drafting: a small wombat digs first and a large one widens.\n")
    concept = graph.resolve("burrow drafting")
    assert graph.resolve("den drafting") == concept
    assert graph.definition(concept).startswith("a small wombat digs first"), graph.definition(concept)


@pytest.mark.parametrize(("entry", "expected"), [
    ("- **Den score**: the exponential of moss entropy / moss loss.", {("den score", "relatedTo", "moss entropy"),
                                                                        ("den score", "relatedTo", "moss loss")}),
    ("- **DenBench**: the classic burrow benchmark.", {("denbench", "isA", "burrow benchmark")}),
])
def test_a_definite_fragment_after_a_term_says_what_it_is(tmp_path: Path, entry: str, expected: set) -> None:
    assert expected <= lowered(build(tmp_path, "# Dens\n\n" + entry + "\n")), lowered(build(tmp_path, "# Dens\n\n" + entry + "\n"))


def test_the_more_the_more_after_a_term_is_no_definition(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- **Den scores**: The better the match, the higher the _den score_.\n"))
    assert not any(r == "isA" for _s, r, _o in found), found


@pytest.mark.parametrize("item", ["- **DenRank** — slow, a pain to run", "- **DenRank** — a ranking function, a MossScore variant"])
def test_an_adjective_or_a_definition_with_its_article_before_an_aside_keeps_its_reading(tmp_path: Path, item: str) -> None:
    found = lowered(build(tmp_path, f"# Glossary\n\n{item}\n"))
    assert not any(o in {"pain", "mossscore variant"} for _s, _r, o in found), found


def test_a_term_with_its_citation_set_off_by_a_dash_is_an_entry(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Notes\n\n## Models\n\n- DenNet (Kim et al., 2021) — a burrow model for deep dens\n"))
    assert {("dennet", "isA", "burrow model"), ("dennet", "developedBy", "kim et al.")} <= found, found


def test_a_maker_in_parentheses_that_close_what_a_name_is_made_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nWombat is a well-known den model (Kestrel Labs).\n\n"
                                    "Quill is a small burrow model (SBM).\n\nZorp is a den metric (depth).\n"))
    assert {("wombat", "developedBy", "kestrel labs"), ("wombat", "isA", "den model"), ("quill", "isA", "small burrow model")} <= found, found
    assert not any(r == "developedBy" and s in {"quill", "zorp"} for s, r, _o in found), found


def test_a_maker_s_possessive_alone_after_a_term_says_who_made_it(tmp_path: Path) -> None:
    """ "**Burrowbreeder:** Hollow Labs', evolves burrows": the thing the possessive owns is the entry's."""
    graph = build(tmp_path, """\
        - **Burrowbreeder:** Hollow Labs', evolves burrow plans with a digging model.
        - **Denscope:** Mole Research's.
        """)
    found = lowered(graph)
    assert {("burrowbreeder", "developedBy", "hollow labs"), ("denscope", "developedBy", "mole research")} <= found, found
    assert not any("'" in label for label in names(graph)), names(graph)


@pytest.mark.parametrize("named", ["Wombat's paradox", "Kestrel's law", "Burrow's razor", "Mole's effect"])
def test_what_is_named_after_someone_is_made_by_no_one(tmp_path: Path, named: str) -> None:
    graph = build(tmp_path, f"- **Den slicing:** helps you avoid {named}.\n- **{named}:** a den wins every part but loses the whole.\n")
    assert not any(r == "developedBy" for _s, r, _o in facts(graph)), facts(graph)
    assert named.lower() in names(graph), names(graph)


def test_a_definition_that_opens_on_whose_it_is_says_what_it_is_and_who_made_it(tmp_path: Path) -> None:
    """ "**DenBench:** Hollowlab's long-tunnel benchmark.": a long-tunnel benchmark by Hollowlab; not a common word
    capitalised to open the sentence ("Mole's claws are sharp"), nor a sentence ("Zorpco's model digs fast")."""
    graph = build(tmp_path, """\
        - **DenBench:** Hollowlab's long-tunnel benchmark.
        - **Burrow ranking:** Mole Research's digging leaderboard, more tasks e.g. DenQA, ClawSet.
        - **Claw guard:** Zorpco's tunnel-level defense. Priority: owl > mole.
        - **Digformer:** Hollowlab's model fine-tuned to decide when to dig.
        - **Claws:** Mole's claws are sharp.
        - **Zorp:** Zorpco's model digs fast.
        """)
    found = lowered(graph)
    assert {("denbench", "isA", "long-tunnel benchmark"), ("denbench", "developedBy", "hollowlab"),
            ("burrow ranking", "isA", "digging leaderboard"), ("burrow ranking", "developedBy", "mole research"),
            ("claw guard", "isA", "tunnel-level defense"), ("claw guard", "developedBy", "zorpco"),
            ("digformer", "developedBy", "hollowlab")} <= found, found
    assert not any(o == "mole" for _s, r, o in found if r == "developedBy"), found
    assert not any(s == "zorp" and r == "isA" for s, r, _o in found), found


def test_whose_kind_it_is_then_a_comma_is_no_list_of_names(tmp_path: Path) -> None:
    """ "**DenEval:** Zorpco's digging benchmark, clay problems w/ unit tests": a digging benchmark Zorpco made,
    then what it holds; not a list of two ("Zorpco's digging benchmark" a name of which DenEval is one), as
    "**Burrow tools:** Zorpco's Digkit, Molework's Clawset" still is: two names, each with its maker."""
    found = lowered(build(tmp_path, "- **DenEval:** Zorpco's digging benchmark, clay problems w/ unit tests\n"
                                    "- **Burrow tools:** Zorpco's Digkit, Molework's Clawset\n"))
    assert {("deneval", "isA", "digging benchmark"), ("deneval", "developedBy", "zorpco")} <= found, found
    assert not any(o == "deneval" for _s, _r, o in found), found
    assert {("digkit", "developedBy", "zorpco"), ("clawset", "developedBy", "molework")} <= found, found


def test_a_definition_that_opens_on_a_name_before_a_common_noun_is_one_of_that_kind(tmp_path: Path) -> None:
    """ "**Molebot:** Minecraft agent for digging tunnels.": a Minecraft agent; an adjective the dictionary lacks
    ("Minimalistic library for ...") is no name."""
    found = lowered(build(tmp_path, "- **Molebot:** Minecraft agent for digging tunnels.\n"
                                    "- **Clawhash:** Minimalistic library for near-deduplication.\n"))
    assert ("molebot", "isA", "minecraft agent") in found, found
    assert not any("minimalistic" in o for _s, _r, o in found), found


def test_a_bare_kind_then_what_the_term_does_says_what_it_is(tmp_path: Path) -> None:
    """ "**Molejack:** digging jailbreak, tells a mole to dig": a digging jailbreak; not "small animals, digs ..."
    (a plural names no one kind of it) nor a clause before the comma."""
    found = lowered(build(tmp_path, "- **Molejack:** digging jailbreak, tells a mole to dig the wrong way.\n"
                                    "- **Wombat:** small animals, digs tunnels.\n- **Owl:** hunts at night, sees well.\n"))
    assert ("molejack", "isA", "digging jailbreak") in found, found
    assert not any(s in {"wombat", "owl"} and r == "isA" for s, r, _o in found), found


def test_a_shell_noun_then_examples_gives_examples_of_the_entry(tmp_path: Path) -> None:
    """ "**Fixed den traits:** things you can't change, e.g. depth, soil type": examples of fixed den traits."""
    found = lowered(build(tmp_path, "- **Fixed den traits:** things you can't or won't change, e.g. depth, soil type, exit count.\n"
                                    "- **Soft den traits:** stuff you can improve, like warmth and dryness.\n"))
    assert {("depth", "exampleOf", "fixed den trait"), ("soil type", "exampleOf", "fixed den trait"),
            ("warmth", "exampleOf", "soft den trait")} <= found, found
    assert not any(o in {"thing", "stuff"} for _s, _r, o in found), found


def test_what_stands_for_the_things_before_examples_or_a_dash_and_a_list(tmp_path: Path) -> None:
    """ "**Soft traits:** what you can improve, e.g. depth, dampness": examples of soft traits, and so are two or more
    after a dash, an aside in the clause or not ("what you can't (or won't) change - soil, slope"); not one alone
    ("**Den map:** what the badger sees - a den": what it shows, no example)."""
    found = lowered(build(tmp_path, "- **Soft traits:** what you can improve, e.g. depth, dampness\n"
                                    "- **Hard traits:** what you can't (or won't) change about a den - soil, slope, altitude\n"
                                    "- **Den map:** what the badger sees - a den\n"))
    assert {("depth", "exampleOf", "soft trait"), ("dampness", "exampleOf", "soft trait"), ("soil", "exampleOf", "hard trait"),
            ("altitude", "exampleOf", "hard trait")} <= found, found
    assert not any(o == "den map" for _s, _r, o in found), found


def test_a_citation_opening_the_first_line_under_a_heading_says_who_made_the_heading_s_thing(tmp_path: Path) -> None:
    """ "### DenLoRA" / "- Moreno et al., 2021 (Hollowlab). don't dig W ...": DenLoRA by them; not under a heading
    of remarks ("### Notes"), nor a citation that is a sentence's subject (the sentence says what they did)."""
    found = lowered(build(tmp_path, """\
        ### DenLoRA
        - Moreno et al., 2021 (Hollowlab). don't dig the whole den, learn two small tunnels
        - the den stays frozen

        ### ClawQ
        - Ruiz et al., 2023 = DenLoRA + clay packing.

        ### Notes
        - Smith and Jones, 2020.
        """))
    assert {("denlora", "developedBy", "moreno et al."), ("denlora", "developedBy", "hollowlab"),
            ("clawq", "developedBy", "ruiz et al.")} <= found, found
    assert not any(o == "smith and jones" for _s, _r, o in found), found


@pytest.mark.parametrize(("sentence", "paper", "authors"), [
    ("Started with rooms: Parameter-Efficient Digging for Dens (Houlsby et al., 2019) — insert small rooms.",
     "parameter-efficient digging for dens", "houlsby et al."),
    ("Small dens are more prone. From Scaling Laws for Burrows (Hernandez et al. 2021).", "scaling laws for burrows", "hernandez et al."),
])
def test_a_title_in_capitals_before_its_citation_is_its_authors_work(tmp_path: Path, sentence: str, paper: str, authors: str) -> None:
    """A run of capitalised words (small words between) before "(Kim et al., 2021)" is a paper's title, whatever
    its last word: no "Dens developedBy Houlsby et al."; a name of one or two words keeps its maker ("DenNet (Kim et al.)")."""
    found = lowered(build(tmp_path, f"# Reading\n\n{sentence} DenNet (Kim et al., 2021) uses clay.\n"))
    assert (paper, "createdBy", authors) in found and ("dennet", "developedBy", "kim et al.") in found, found
    assert not any(r == "developedBy" and s in ("den", "dens", "burrow") for s, r, _o in found), found


@pytest.mark.parametrize("credit", ["Introduced by Kim and Lee (2015).", "It was pioneered by Kim and Lee."])
def test_a_credit_in_a_sentence_of_its_own_names_who_made_the_entry_and_no_concept_of_its_verb(tmp_path: Path, credit: str) -> None:
    graph = build(tmp_path, f"**Zorp caching** keeps dens warm. {credit}\n")
    assert {("zorp caching", "developedBy", "kim"), ("zorp caching", "developedBy", "lee")} <= lowered(graph)
    assert_no_concept(graph, "Introduced", "It")


@pytest.mark.parametrize("credit", ["Popularised by Kim and Lee (2015).", "Zorp caching, popularized by WombatNet-2, keeps dens dry."])
def test_popularised_by_names_no_maker_for_what_made_a_thing_popular_may_be_a_work(tmp_path: Path, credit: str) -> None:
    graph = build(tmp_path, f"**Zorp caching** keeps dens warm. {credit}\n")
    assert not {o for s, r, o in lowered(graph) if r == "developedBy" and s in ("zorp caching", "popularised")}, lowered(graph)
    assert_no_concept(graph, "Popularised")


@pytest.mark.parametrize(("item", "term", "authors"), [
    ("- **Den soups** (Kim et al., 2022): averaged dens", "den soup", "kim et al."),
    ("- **Zorpformer** (Lee et al., 2023, Wombat Labs): a den model.", "zorpformer", "lee et al."),
    ("- **Moss lining** (Kim & Lee, 2021): keeps dens dry.", "moss lining", "kim & lee"),
])
def test_a_citation_after_a_term_credits_its_authors_whether_or_not_the_term_is_a_name(tmp_path: Path, item: str, term: str, authors: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{item}\n"))
    assert (term, "developedBy", authors) in found, found


@pytest.mark.parametrize("definition", [
    "A den framework by Moss Labs for connecting burrows.",
    "Den framework by Moss Labs for connecting burrows.",
    "Moss Labs's den framework for connecting burrows.",
])
def test_a_definition_that_names_the_kind_and_its_maker_states_both(tmp_path: Path, definition: str) -> None:
    found = lowered(build(tmp_path, f"# Tools\n\n- **Zorpkit** - {definition}\n"))
    assert {("zorpkit", "isA", "den framework"), ("zorpkit", "developedBy", "moss labs")} <= found, found


@pytest.mark.parametrize("definition", ["A den sorted by Elo.", "A den model trained by Google on burrows."])
def test_by_after_a_participle_names_who_did_that_no_maker_of_the_term(tmp_path: Path, definition: str) -> None:
    found = lowered(build(tmp_path, f"# Tools\n\n- **Zorpkit** - {definition}\n"))
    assert not {o for s, r, o in found if s == "zorpkit" and r == "developedBy"}, found


@pytest.mark.parametrize(("sentence", "problem"), [("The downside is zorp bubbles.", "zorp bubble"), ("Its main drawback is den rot.", "den rot")])
def test_the_downside_is_said_of_what_the_entry_names(tmp_path: Path, sentence: str, problem: str) -> None:
    found = lowered(build(tmp_path, f"**Zorp parallelism** splits dens. {sentence}\n"))
    assert ("zorp parallelism", "suffersFrom", problem) in found, found


@pytest.mark.parametrize("sentence", ["The problem was clear: the den flooded.", "The problem is that moss rots."])
def test_the_problem_said_by_what_it_is_like_or_a_clause_names_none(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"**Zorp parallelism** splits dens. {sentence}\n"))
    assert not {o for s, r, o in found if r == "suffersFrom"}, found


def test_the_downside_after_a_sentence_of_prose_is_of_that_sentence_s_subject(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\nZorp parallelism splits dens across machines. The downside is zorp bubbles.\n"))
    assert ("zorp parallelism", "suffersFrom", "zorp bubble") in found, found


@pytest.mark.parametrize("sentence", ["**Zorpquant**, from Wombat Labs and Moss AI, takes a different route.",
                                      "Zorpquant, from Wombat Labs and Moss AI, takes a different route."])
def test_an_aside_from_two_makers_credits_each(tmp_path: Path, sentence: str) -> None:
    found = lowered(build(tmp_path, f"# Dens\n\n{sentence}\n"))
    assert {("zorpquant", "developedBy", "wombat labs"), ("zorpquant", "developedBy", "moss ai")} <= found, found


def test_an_aside_by_a_person_and_colleagues_credits_the_person(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n**Zorp8**, by Ada Moreno and colleagues, deals with outliers.\n"))
    assert ("zorp8", "developedBy", "ada moreno") in found, found
    assert not {o for s, r, o in found if "colleague" in o}, found


def test_a_citation_closing_a_definition_credits_the_term_and_its_organisation_not_the_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- Moss-first digging – dig the moss out first, then the clay (Kim et al., 2022, Wombat Labs)\n"
                                    "- **Zorp** - a den model (Lee & Park, 2021).\n"))
    assert {("moss-first digging", "developedBy", "kim et al."), ("moss-first digging", "developedBy", "wombat labs"),
            ("zorp", "developedBy", "lee & park")} <= found, found
    assert not {s for s, r, o in found if r == "developedBy" and s == "den model"}, found


def test_a_citation_closing_a_sentence_with_its_own_subject_or_a_finding_credits_no_one_there(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- Moss raids – a scout wombat maps the dens, a digger follows (Kim et al., 2022, Wombat Labs)\n"
                                    "- | memorised den maps incl. DENS (Lee et al., 2021, on MoleNet) |\n"))
    assert not {(s, o) for s, r, o in found if r == "developedBy" and s in ("scout wombat", "dens", "den")}, found


def test_a_maker_aside_that_ends_a_sentence_with_its_year_is_of_the_name_before_it(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "**Zorp parallelism** splits dens. The best-known scheme comes from ZorpNet, developed by Wombat Labs in 2019.\n"))
    assert ("zorpnet", "developedBy", "wombat labs") in found, found
    assert ("zorp parallelism", "developedBy", "wombat labs") not in found, found


def test_a_clause_after_one_example_and_a_colon_is_no_kind(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "Ring digging is one example: wombats pass clumps of soil and moss around a ring.\n"))
    assert not {o for s, r, o in found if r == "isA" and s == "ring digging"}, found


def test_a_definition_that_says_when_and_what_for_after_its_kind_is_no_list(tmp_path: Path) -> None:
    """ "**Denseq** — clay-moss architecture, introduced 2014, used for den mapping": what it is, then when it came and
    what for; "introduced 2014" is no kind of it and it includes nothing. "trained diggers, tuned diggers" is a list."""
    found = lowered(build(tmp_path, "# Dens\n\n**Denseq** — clay-moss architecture, introduced 2014, used for den mapping.\n\n"
                                    "**Diggers** — trained diggers, tuned diggers, wild diggers\n"))
    assert ("denseq", "isA", "clay-moss architecture") in found, found
    assert not any("2014" in s or "2014" in o or (s, r) == ("denseq", "includes") for s, r, o in found), found
    assert ("trained digger", "isA", "digger") in found, found


@pytest.mark.parametrize(("sentence", "makers"), [
    ("Fast Digging from Burrows via Quick Scraping", []),  # a title's words go on past "from"
    ("Den Maps from Clay Sensors for Deep Tunnels", []),
    ("Gemini from Google for Android", [("Gemini", "Google")]),
    ("DSPy, from Stanford, is a framework.", [("DSPy", "Stanford")]),
    ("BERD (Bidirectional Encoder Burrows from Badgers) digs.", []),  # the title ends on a plural of the dictionary
    ("Extracting Moss Data from Large Den Models", []),
    ("Clawnet from Mole Labs digs tunnels.", [("Clawnet", "Mole Labs")]),  # a plural that names an organisation
])
def test_from_inside_a_title_names_no_maker(sentence: str, makers: list[tuple[str, str]]) -> None:
    assert [(c.subject.label, c.object.label) for c in read(sentence, set()).claims if c.relation == "developedBy"] == makers


def test_a_capital_before_a_noun_after_from_is_where_it_came_from_no_maker(tmp_path: Path) -> None:
    found = lowered(build(tmp_path, "# Dens\n\n- **RLDF**: RL from AI feedback, a badger gives the labels\n"))
    assert not any(r == "developedBy" for _s, r, _o in found), found


def test_by_using_a_thing_is_using_it(tmp_path: Path) -> None:
    """ "Simulation builds dens by running a virtual burrow": the means after "by" is what the subject uses
    ("by using", "by running", "by applying", "by employing", "by calling"); not "by removing loose soil"."""
    found = lowered(build(tmp_path, "# Dens\n\nSimulation builds dens by running a virtual burrow.\n\n"
                                    "- **Den radar:** finds tunnels by calling a sonar API\n\nRaking improves dens by removing loose soil.\n"))
    assert {("simulation", "uses", "virtual burrow"), ("den radar", "uses", "sonar api")} <= found, found
    assert not any(o == "loose soil" for _s, r, o in found if r == "uses"), found



def test_a_hybrid_mix_or_combination_of_things_holds_each(tmp_path: Path) -> None:
    """ "hybrid of clay and moss layers", "a combination of clay and moss", "a store of the key and value vectors":
    each thing is a part, the container's word none of it, and no kind "moss layer"."""
    found = lowered(build(tmp_path, "# Dens\n\n- **Jamba-D** - hybrid of clay and moss layers. fits in one den\n"
                                    "- **Comba** is a combination of clay and moss.\n- **Stora**: a store of the key and value vectors\n"))
    assert {("jamba-d", "contains", "clay layer"), ("jamba-d", "contains", "moss layer"), ("comba", "contains", "clay"),
            ("comba", "contains", "moss"), ("stora", "contains", "key vector"), ("stora", "contains", "value vector")} <= found, found
    assert not any(r == "isA" for _s, r, _o in found), found
