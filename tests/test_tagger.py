"""kg.ingest.tagger: parts of speech (TextBlob's PatternTagger) and lemmas (lemminflect) for telling
concept names from sentence debris, and for making nouns singular. Small inputs written for these
tests; each group of cases is one rule of names_a_concept, the tagger errors it works around included."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import clauses
from kg.ingest.sentences import sentences
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.tagger import _english, names_a_concept, tag, tagged

REPO = Path(__file__).resolve().parents[1]


def _cases(*groups: tuple[str, list[str]]) -> list:
    return [pytest.param(label, id=f"{why}: {label!r}") for why, labels in groups for label in labels]


KEEP = _cases(
    (
        "named in the brief",
        [
            "attention", "transformer block", "mixture of experts", "GPT-4", "Top P", "ReLU", "Game of 24",
            "chain-of-thought prompting", "LangChain.js", "k-means", "t-SNE", "Adam", "fine-tuning",
            "scikit-learn", "Hugging Face", "Wei et al.", "question answering", "in-context learning",
            "tool use", "vanishing gradient", "RAG", "LLM-as-a-judge",
        ],
    ),
    ("a Roman numeral after a name is part of it, not the pronoun I", ["Ferranti Mark I", "Phase II", "World War II"]),
    ("hyphenated words are one token", ["In-Context Learning", "Retrieval-Augmented Generation", "few-shot"]),
    ("plain noun phrases", ["beam search", "word embeddings", "large language models", "speech recognition", "temperature"]),
    ("noun phrases with a preposition inside", ["state of the art", "LLM as a judge", "Reinforcement Learning from Human Feedback"]),
    ("a determiner or pronoun after a conjunction", ["BERT and its variants"]),
    ("leading articles are skipped", ["the model", "an agent", "The Transformer"]),
    ("gerunds name activities", ["prompting", "clustering", "greedy decoding", "few shot learning"]),
    ("numbers inside names", ["GPT 4", "Llama 2 70B", "zero shot", "one hot encoding", "Wei et al., 2022"]),
    ("punctuation and possessives are not words", ["GPT-4's context", "models (LLMs)", "C++", "A* search", "Q&A"]),
    ("a verb that is also a noun, alone", ["Run", "Go", "uses"]),
    ("adjectives that are also nouns, alone", ["objective", "residual"]),
    ("capitalised names unknown to the dictionary", ["Anthropic", "Claude", "Thoughtworks", "Keras"]),
    ("an adverb inside a noun phrase", ["fully connected layer", "weakly supervised learning", "very large models"]),
    ("a title in capitals throughout may hold a verb", ["Attention Is All You Need"]),
    # tagger errors, and what forgives them
    ("tagged NNP+NN: use/NN", ["Tool use", "data use"]),
    ("plural nouns the lexicon tags VBZ, after a common noun", ["system prompts", "tool calls", "training runs", "user needs"]),
    ("plural nouns tagged NNS", ["matters", "attention heads", "model weights"]),
    ("a plural noun tagged VBZ at the start", ["Uses of AI"]),
    ("past forms before a noun are participles", ["supervised learning", "learned embeddings", "self supervised learning"]),
    ("a past participle closing a compound", ["data set", "test set"]),
    ("a verb after a preposition is its object", ["chain of thought", "line of thought"]),
    ("a noun the lexicon tags VB, before a noun", ["cross entropy", "prompt hacking", "prompt engineering"]),
    ("a noun the lexicon tags VB at the end", ["forward pass"]),
    ("adjectives the lexicon tags RB (retagged)", ["backward pass", "back propagation", "fast inference"]),
    ("nouns the lexicon tags RB/VB (retagged)", ["prior", "prior distribution", "compute budget", "compute"]),
    ("a noun the lexicon tags JJ", ["token"]),
    ("acronyms the tagger reads as pronouns or verbs", ["AI", "IT operations", "US"]),
    ("CamelCase names the tagger reads as verbs", ["ReAct", "ReAct prompting", "DeepSpeed"]),
    ("a number the lexicon tags IN", ["Med-PaLM 2"]),
    ("a foreign word that is also a noun", ["meme generation"]),
    ("a gerund inside a name, a preposition after it", ["reinforcement learning from human feedback", "transfer learning in NLP"]),
    ("a time word inside a name", ["time series", "week-long training", "real time inference"]),
    ("a verb's participle or a comparative before a noun", ["trained model", "more data", "train set", "compute resources"]),
)

REJECT = _cases(
    ("empty", ["", "   "]),
    ("numbers and ratings", ["4.5", "3/5", "⭐⭐⭐", "-", "✓", "24", "2023", "One", "Yes", "No", "N/A", "n/a", "4.5 ⭐", "✓ Yes"]),
    ("sentence-initial adverbs", ["However", "Similarly", "Not", "Also", "Finally", "Overall", "here"]),
    ("existential there, to", ["There", "To"]),
    ("interjections", ["Wow", "Oh", "Okay", "Hello"]),
    ("pronouns", ["It", "They", "We", "Its", "Their", "Which", "Whose", "What", "Itself"]),
    ("determiners", ["This", "Those", "The", "A", "Each", "Some"]),
    ("quantifiers Penn tags JJ and lemminflect reads as nouns (retagged)", ["Many", "Such", "Other", "Many models", "Such methods"]),
    ("prepositions, subordinators, conjunctions, modals", ["Because", "Whether", "and", "Or", "Can", "Should", "Must"]),
    ("capitalised function words the lexicon holds as names", ["Via", "Plus", "Us"]),
    ("bare verbs and participles that are not nouns", ["Learn", "Imagine", "Consider", "Based", "Supervised", "biased", "Please"]),
    ("Latin abbreviations", ["etc.", "e.g.", "i.e."]),
    ("adjectives alone", ["Important", "Neural", "Same", "Several"]),
    ("first word a function word", ["In fact", "For example", "As a result", "On the other hand", "In summary", "At least"]),
    ("first word an adverb", ["So far", "Further reading", "However attention", "Not Diamond"]),
    ("first word a pronoun or determiner", ["how difficult it", "This means", "It is", "We use", "Some solutions", "No Regularization"]),
    ("titles are no exception to the first-word rule", ["How It Works", "What Is RAG", "Why It Matters", "In Summary"]),
    ("imperatives", ["Keep in mind", "Make sure", "Let us", "See also", "Please note", "Consider attention"]),
    ("first word a finite verb", ["Is it", "Are there", "Was trained"]),
    ("last word a preposition, determiner, conjunction or pronoun", ["variant of", "such as", "models and", "set up", "Note that", "Keep track of"]),
    ("a finite verb after the subject", ["BERT uses", "the model is", "models are", "BERT learns", "LangChain provides", "GPT-4 uses"]),
    ("a modal", ["BERT can", "You can", "the model will"]),
    ("a past tense", ["BERT used", "model was trained", "BERT thought", "the model thought"]),
    ("a determiner after a verb or noun", ["compute the loss", "does the model", "Pyrrhus the Gradient Mage"]),
    ("citation fragments", ["et al.", "et al", "ibid", "ibid.", "al."]),
    ("a participle and its particle after a noun: a clause", ["detective piecing together clue", "falcon gliding slowly home"]),
    ("an honorific opening a person's name (retagged)", ["Sir Norm", "Captain Quill"]),
    ("a time, not a thing", ["last week", "every year", "the next few months", "this time"]),
    ("more than eight words", ["the quick brown fox jumps over the lazy dog twice"]),
    ("an instruction and its object", ["interleave Thought", "retrieve the documents", "train fewer params", "use more bits"]),
    ("a passive's participle and its doer", ["Bound by the context length", "limited by memory"]),
    ("a plural's verb inside", ["compound errors grow with steps", "losses explode during training"]),
    ("a phrase cut at a joining sign", ["Red teaming +", "retrieval &", "input/"]),
)


@pytest.mark.parametrize("label", KEEP)
def test_names_a_concept_keeps(label: str) -> None:
    assert names_a_concept(label), tag(label)


@pytest.mark.parametrize("label", REJECT)
def test_names_a_concept_rejects(label: str) -> None:
    assert not names_a_concept(label), tag(label)


def test_whitespace_does_not_matter() -> None:
    assert names_a_concept("  transformer \n block ") and not names_a_concept(" BERT  uses ")


def test_eight_words_is_the_limit() -> None:
    eight = "retrieval step of the long context question answering"
    assert len(eight.split()) == 8 and names_a_concept(eight)
    assert not names_a_concept(eight + " pipeline")


@pytest.mark.parametrize(
    "word, singular",
    [
        # named in the brief
        ("biases", "bias"),
        # known to the dictionary only as a verb: the verb's -s form is the noun's plural; "was" is no plural
        ("logs", "log"), ("runs", "run"), ("was", "was"), ("has", "has"),
        ("analyses", "analysis"),
        ("LLMs", "LLM"),
        ("RNNs", "RNN"),
        ("embeddings", "embedding"),
        ("data", "data"),
        ("series", "series"),
        ("Thoughtworks", "Thoughtworks"),
        ("gas", "gas"),
        ("losses", "loss"),
        ("indices", "index"),
        ("matrices", "matrix"),
        ("criteria", "criterion"),
        ("hypotheses", "hypothesis"),
        ("ReLUs", "ReLU"),
        # more of the same kinds
        ("LoRAs", "LoRA"),
        ("IDs", "ID"),
        ("GPUs", "GPU"),
        ("Transformers", "Transformer"),  # capitalised, known as a plural
        ("Indices", "Index"),  # irregular, case kept
        ("Keras", "Keras"),  # capitalised, unknown
        ("corpora", "corpus"),
        ("vertices", "vertex"),
        ("means", "means"),  # its own lemma among others
        ("statistics", "statistics"),
        ("news", "news"),
        ("bus", "bus"),
        ("lens", "lens"),
        ("model", "model"),
        ("prompting", "prompting"),
        ("dive", "dive"),  # no plural ending: not the plural of "diva" the dictionary also lists
        ("children", "child"),
        ("mice", "mouse"),
        ("criteria", "criterion"),
        # known to the dictionary, but not as a noun
        ("thus", "thus"),
        ("is", "is"),
        # unknown lowercase words: lemminflect's rules for unknown nouns
        ("logits", "logit"),
        ("tokenizers", "tokenizer"),
        ("softmaxes", "softmax"),
        ("llms", "llm"),
        # hyphenated words change their last part
        ("Q-values", "Q-value"),
        ("k-means", "k-means"),
        ("chain-of-thoughts", "chain-of-thought"),
        # names with capitals inside, digits or punctuation stay
        ("AWS", "AWS"),
        ("LangChain.js", "LangChain.js"),
        ("node.js", "node.js"),
        ("GPT-4", "GPT-4"),
        ("t-SNE", "t-SNE"),
        ("", ""),
    ],
)
def test_singular_noun(word: str, singular: str) -> None:
    assert singular_noun(word) == singular


@pytest.mark.parametrize(
    "phrase, singular",
    [
        ("recurrent neural networks", "recurrent neural network"),
        ("mixtures of experts", "mixture of experts"),
        ("vanishing gradients", "vanishing gradient"),
        ("Hugging Face Transformers", "Hugging Face Transformers"),  # a capitalised multiword name
        ("Large Language Models", "Large Language Models"),  # capitalised throughout: a name too
        ("Mixtures of Experts", "Mixtures of Experts"),  # lowercase "of" does not break a name
        ("Recurrent neural networks", "Recurrent neural network"),  # a sentence's capital, not a name
        ("models for translation", "model for translation"),
        ("attention heads in transformers", "attention head in transformers"),
        ("LLM as a judge", "LLM as a judge"),
        ("state of the art", "state of the art"),
        ("Game of 24", "Game of 24"),
        ("tool calls", "tool call"),
        ("biases", "bias"),
        ("Transformers", "Transformer"),
        ("k-means", "k-means"),
        ("", ""),
    ],
)
def test_singular_phrase(phrase: str, singular: str) -> None:
    assert singular_phrase(phrase) == singular


def test_tag_gives_penn_tags() -> None:
    assert tag("BERT uses attention") == [("BERT", "NN"), ("uses", "VBZ"), ("attention", "NN")]
    assert tag("How difficult it is.") == [("How", "WRB"), ("difficult", "JJ"), ("it", "PRP"), ("is", "VBZ"), (".", ".")]
    assert tag("") == [] and tag("  ") == []


def test_tag_is_a_word_lookup() -> None:
    """TextBlob does not apply pattern's contextual rules: a word has one tag wherever it stands, which
    is why names_a_concept asks lemminflect about other readings."""
    assert tag("I use it")[1] == ("use", "NN")
    assert tag("BERT uses")[1] == tag("tool uses")[1] == ("uses", "VBZ")


def _textblob_tags(text: str) -> list[tuple[str, str]]:
    """What TextBlob's own tag() gives, as tagged() reports it (the first of two lexicon tags)."""
    return [(str(word), found.split("|")[0]) for word, found in _english().tag(text)]


def test_tagged_is_textblobs_tag_on_every_sentence_of_the_corpus(corpus: Path, repo: Path) -> None:
    """tagged() tags token by token what TextBlob tags text by text: the same pairs, sentence by
    sentence, and for the whole paragraphs of some files (several sentences, line breaks, code, tables)."""
    texts: list[str] = []
    for path in sorted(corpus.rglob("*.md")) + sorted((repo / "data" / "notes").glob("*.md")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            whole = [paragraph] if "llm-course" in path.parts or "notes" in path.parts else []
            texts += [*whole, *(sentence for _offset, sentence in sentences(paragraph))]
    texts = list(dict.fromkeys(texts))
    assert len(texts) > 5000
    differ = [text for text in texts if list(tagged(text)) != _textblob_tags(text)]
    assert not differ, differ[:3]


_TRICKY = st.sampled_from(["&slash;", "/", "'s", "n't", "...", ".", "?", "!", "(", ")", '"', "“", "”", "’", "\n\n",
                           "e.g.", "U.S.", "Mr.", ":)", "( ! )", "3.5", "GPT-4", "The", "the", "Is", "A", " ", "\t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=6)), max_size=12).map(" ".join))
def test_tagged_is_textblobs_tag_on_any_text(text: str) -> None:
    assert list(tagged(text)) == _textblob_tags(text)


# Words of letters, digits and inner hyphens skip TextBlob's tokenizer in tagged(): the words that
# would not come back as they stand are its end-of-sentence marker and an emoticon across a space.
_PLAIN = st.sampled_from(["X", "x", "D", "8", "xD", "X-D", "8-D", "END-OF-SENTENCE", "END", "GPT-4", "is", "The", "q-values", "a1"])


def test_tagged_reads_the_tokenizers_exceptions_among_plain_words_as_textblob_does() -> None:
    for text in ("X D", "x D is", "a X D b", "END-OF-SENTENCE", "BERT END-OF-SENTENCE uses", "X-D", "xD"):
        assert list(tagged(text)) == _textblob_tags(text), text
    assert [word for word, _tag in tagged("X D")] == ["XD"]  # the emoticon made whole, as TextBlob makes it


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAIN, min_size=1, max_size=8).map(" ".join))
def test_tagged_is_textblobs_tag_on_plain_words(text: str) -> None:
    assert list(tagged(text)) == _textblob_tags(text)


def test_import_is_lazy_and_use_needs_no_network() -> None:
    """Importing the module loads neither library; using it loads both, with every socket refused."""
    script = textwrap.dedent(
        """
        import socket, sys

        import kg.ingest.singular as singular
        import kg.ingest.tagger as tagger

        heavy = {"textblob", "lemminflect", "nltk"}
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
        assert not loaded, loaded

        def refuse(*args, **kwargs):
            raise OSError("network used")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        assert tagger.names_a_concept("transformer block")
        assert not tagger.names_a_concept("BERT uses")
        assert singular.singular_noun("biases") == "bias"
        assert singular.singular_phrase("mixtures of experts") == "mixture of experts"
        assert tagger.tag("attention")[0] == ("attention", "NN")
        assert {"textblob", "lemminflect"} <= {m.split(".")[0] for m in sys.modules}
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr


def test_a_word_in_wise_the_lexicon_does_not_know_modifies() -> None:
    from kg.ingest.tagger import corrected, names_a_concept, tagged

    assert names_a_concept("pairwise comparisons") and names_a_concept("listwise ranking loss")
    assert corrected("pairwise", tagged("pairwise comparisons")[0][1]) == "JJ"
    assert not names_a_concept("Is it")  # what no word in -wise opens stays out


@pytest.mark.parametrize(("text", "finite"), [
    ("Wombats use burrows", True), ("Transformers use attention", True), ("kestrels use the moss", True),
    ("Vector databases", False), ("Wombat burrows", False), ("BERT", False),
])
def test_a_base_verb_after_a_plural_subject_is_a_finite_verb(text: str, finite: bool) -> None:
    assert clauses.has_finite_verb(text) is finite


@pytest.mark.parametrize(("text", "finite"), [
    ("the wombat still answers", True), ("the model still answers, just worse", True), ("the den often floods", True),
    ("wombat den answers", False), ("the den plans", False),
])
def test_a_plural_after_an_adverb_after_a_noun_is_a_verb(text: str, finite: bool) -> None:
    assert clauses.has_finite_verb(text) is finite


@pytest.mark.parametrize(("text", "finite"), [
    ("den model scores burrows", True), ("wombat model outputs the moss", True), ("the den sensor tests its walls", True),
    ("den scores", False), ("den model outputs", False), ("wombat den tests", False), ("mole test scores table", False),
])
def test_a_plural_between_a_noun_and_its_object_is_a_verb(text: str, finite: bool) -> None:
    assert clauses.has_finite_verb(text) is finite


def test_a_colon_between_two_clauses_ends_the_first() -> None:
    assert [s for _o, s in sentences("A mismatched den plan is a quiet failure: the wombat still answers, just worse.")] \
        == ["A mismatched den plan is a quiet failure", "the wombat still answers, just worse."]


@pytest.mark.parametrize(("plural", "singular"), [("leaves", "leaf"), ("calves", "calf"), ("bases", "base"), ("drives", "drive"),
                                                   ("Leaves", "Leaf")])
def test_a_plural_in_ves_is_of_the_noun_in_f_where_both_are_nouns(plural: str, singular: str) -> None:
    from kg.ingest.singular import singular_noun
    assert singular_noun(plural) == singular


def test_a_particle_that_ends_a_phrase_leaves_its_plural_alone() -> None:
    from kg.ingest.singular import singular_phrase
    assert singular_phrase("thumbs up") == "thumbs up" and singular_phrase("paws down") == "paws down"
    assert singular_phrase("mixtures of experts") == "mixture of experts"  # a preposition with its object after the head


@pytest.mark.parametrize("word", ["re-order", "re-phrase", "re-train"])
def test_a_verb_written_with_its_prefix_apart_is_a_verb(word: str) -> None:
    from kg.ingest.tagger import corrected
    assert corrected(word, tagged(f"{word} the dens")[0][1]) == "VB"
    assert corrected("re-entry", "NN") == "NN" and corrected("co-author", "NN") == "NN"  # nouns with a prefix stay nouns


def test_a_definition_that_is_an_instruction_with_a_prefixed_verb_names_no_kind(tmp_path: Path) -> None:
    from reading import build, lowered
    found = lowered(build(tmp_path, "- **Den shuffling:** re-order sleeping pups.\n"))
    assert not any(r == "isA" for _s, r, _o in found), found
