"""Noun phrases: the concept a phrase of the notes names ("Google's TensorFlow" -> TensorFlow,
owned by Google; "Mixture of Experts (MoE)" -> with its abbreviation), and whether it names one at
all rather than an activity, a number or half a clause. Knows English wording; nothing of files."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.amounts import a_count, an_amount
from kg.ingest.clauses import has_finite_verb
from kg.ingest.memo import remembered
from kg.ingest.modifiers import ATTRIBUTE_HEADS, DEGREE, GROUP_WORDS, PART_WORDS, SEQUENCE_PLACES, a_prefixed_modifier, a_word_of_no_dictionary, a_shell_said_which, compares, is_shell
from kg.ingest.singular import singular_phrase
from kg.ingest.clause_shapes import counts_by_a_doing, says_how, without_postmodifier
from kg.ingest.remarks import a_half_of_the_reading, without_its_source
from kg.ingest.tagger import HONORIFICS, corrected, names_a_concept, readings, tagged
from kg.ingest.citations import without_the_year, written_makers
from kg.ingest.makers_inside import abbreviates, another_name, common_word, dated_makers, maker_inside, spelled_out, spelled_whole
from kg.labels import VERSION_MARK, clean, looks_like_name, singular, without_symbols

POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your"})  # "its cost": of what was said before
PRONOUNS = {"it", "they", "this", "these", "those", "both", "he", "she", "them", "its", "their", "such models"}
OPEN_ENDS = frozenset({"etc", "etc.", "more", "others", "so on", "other", "the rest", "many more"})  # "A, B and others"
_NOT_NAMES = {"and", "or", "big deal", "great deal", "good deal", "huge deal", "today", "tomorrow", "yesterday", "tonight"} | OPEN_ENDS \
    | {span + plural for span in ("year", "month", "week", "day", "decade", "hour", "while", "age") for plural in ("", "s")}  # "used for years": how long
_INDEFINITE = {"anything", "something", "everything", "nothing", "anyone", "someone", "everyone", "nobody", "somebody", "anybody",
               "everybody", "none"}  # indefinite pronouns and places in an order: "anything", "something useful", "the first"
_PLACE_IN_ORDER = re.compile(r"(?:step|stage|phase|chapter|ch\.?|section|part|pt\.?|figure|fig\.?|table|week|day|lecture|lesson|module|unit|session|episode|round|"
                             r"hypothesis|option|approach|example|idea|case|scenario|attempt|question|problem|solution|tip|reason)(?:\s*\d+(?:\.\d+)*|\s+[IVX]+)", re.IGNORECASE)  # "ch6", "option 2"
ORDINALS = {"first", "second", "third", "last", "next", "final", "former", "latter", "rest"}
_EXAMPLES_INSIDE = re.compile(r"\s(?:like|such as|e\.g\.|including|incl\.?)\s", re.IGNORECASE)  # "models like BERT": two concepts
# people named by their role, no one in particular: "written by labelers", "researchers like ...", "done by model developers"
ROLES = frozenset({"researcher", "engineer", "scientist", "colleague", "author", "team", "people", "person", "human", "student",
                   "community", "developer", "collaborator", "coworker", "labeler", "labeller", "annotator", "rater", "user",
                   "expert", "contractor", "crowdworker", "worker", "volunteer", "writer", "reader", "practitioner", "company", "customer"})
GENERIC_SUBJECTS = {"you", "we", "one", "i", "people", "users", "developers", "researchers", "teams", "engineers", "practitioners",
                    "companies", "folks", "everyone", "let's", "let", "lets", "another", "others", "here", "everybody", "everything",
                    "something", "anything", "nothing", "someone", "anyone", "nobody", "none"} | HONORIFICS  # "another is a linguist", "Sir Norm took action", "nothing beats X": no one the notes define
# "the term foundation model", "the name Kestrel": the words after are the name; not "term frequency", "word embeddings"
_THE_WORD = re.compile(r"^(?:the|this)\s+(?:term|name|phrase|acronym|abbreviation)\s+(?=\S+\s+\S|(?-i:[A-Z]))", re.IGNORECASE)
_QUOTED_ASIDE = re.compile(r"\s*\(\s*[\"“][^()]*\)")
_REFLEXIVE = re.compile(r"\s+(?:itself|themselves)$", re.IGNORECASE)
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|your|this|these|those|each|every|all|some|many|multiple|several|too|"
    r"various|different|more|most|other|such|only|also|both|around|about|approximately|roughly|over|own|almost|nearly|"
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|little|much|any|certain|specific|named(?!\s+entit)|mentioned|cited)\s+)+", re.IGNORECASE)
_AFTERWORDS = re.compile(r"(?:\s+(?:[a-z]+ly|today|nowadays|now|yet|anymore|these days|rather|instead|too|well|though|tho|alone|imo|btw|by default|for comparison|for reference|for context|in practice|so far|to date|for now|(?:matters?|counts?|helps?|works?|hurts?|performs?|scales?|costs?)\s+(?:less|more|better|worse)|(?:used|mentioned|named|listed|cited|covered)\s+here|(?:that\s+)?(?:she|he|they|we|I|the\s+(?:author|book|chapter|paper))\s+(?:mentions|names|lists|cites|gives|recommends|covers|uses|mentioned|named|listed|cited|gave|recommended|used)))+$")  # when or how, not what; "coherence matter less": a verb; "the benchmarks she mentions": which
_QUOTES = re.compile(r"[\"“”]")
# where a part sits among the others: "embedding module before the blocks", "a norm layer between the blocks"
_PART_PLACED = re.compile(rf"(?P<part>\b(?:{'|'.join(sorted(w for w in PART_WORDS if ' ' not in w))})s?)\s+(?:before|after|between|inside|within|above|below|"
                          r"on\s+top\s+of|under)\s+(?:the|each|every|all|its|their)\s+[\w-]+(?:\s+[\w-]+)?$")
# one name, then the kind of thing it is: "Rensa library", "MMLU benchmark", "GPT-4 model"
NAMED_KINDS = frozenset("library framework toolkit package benchmark dataset model architecture optimizer algorithm metric".split())
_NAMED_KIND = re.compile(rf"^(?P<name>[\w.+-]+)\s+(?P<head>{'|'.join(sorted(NAMED_KINDS))})$")
_NAME_THEN_NOUN = re.compile(r"^(?P<name>[\w.+-]+)\s+(?P<head>[a-z][a-z-]+)$")  # after an owner: "Zorpco's DenCam camera"
# what is built around a thing that has a name, maybe another maker's, and named after it: "Zorpco's JSON mode", "Mossco's
# Slack plugin" (no JSON nor Slack of theirs); "Google's Gemini app" is of Gemini's maker, Gemini
_AROUND_A_NAME = frozenset("mode modes endpoint endpoints feature features plugin plugins extension extensions integration integrations interface".split())


def _own_name(word: str) -> bool:
    """A name by its letters ("GPT-4", "MMLU", "twenty_moles", "Crawl-Walk-Run"; not "AI", nor "text-to-SQL", a task, nor "RNN-based",
    what it is like) or a capitalised word no dictionary holds ("Rensa"; not "Python")."""
    return not re.fullmatch(r"[a-z]+-to-[\w-]+|[\w-]+-(?:based|level|style|like|only|free|aware|specific|driven|powered)", word) and (bool(re.search(r"[a-z][A-Z]|[A-Z]{3}|\d|[a-z]_[a-z]", word) or re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", word)) or (word[:1].isupper() and word[1:].islower() and not readings(word.lower())))


_COUNTED_MODIFIER = re.compile(r"^\d+-(?:bit|layer|shot|stage|step|way|dimensional|gram|fold|head|class|token|d)$")  # "4-bit quantization"
_NO_MAKER = frozenset({"today", "yesterday", "tomorrow", "tonight", "this year", "last year", "this week", "python", "javascript", "java", "rust", "julia"})
# "a 1.3 billion parameters model", "a 7B model": the size of one, not a kind of its own
_SIZE = re.compile(r"^(?:\d[\d.,]*\s*(?:(?:thousand|million|billion|trillion|[KMBT])\b[\s-]*)?|(?:thousand|million|billion|trillion)s?(?:\s+of)?)"
                   r"(?:\s*(?:parameters?|params?|-parameter))?\s+(?=\S)", re.IGNORECASE)
_ALSO = re.compile(r"^(?:(?:also|sometimes|often|commonly)\s+)?(?:called|known\s+as|referred\s+to\s+as|named|a\.?k\.?a\.?|or)\s+",
                   re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\((?P<inner>[^()]{1,160})\)(?!\w)")  # not "(IA)³", a name that opens on its parenthesis
_AKA = re.compile(r"\s+(?:aka|a\.k\.a\.?)\s+(?P<other>[^()]{2,60})$", re.IGNORECASE)
QUANTITY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:performance|quality|numbers?|amounts?|set|range|subset|variety|types?|kinds?|"
    r"forms?|part|basics|fundamentals|principles|essentials|sequences?|structures?|stacks?|collection|store|bundle|lot|lots|group|series|class|"
    r"knowledge|concepts?|notions?|special\s+cases?|versions?|variants?|copy|copies)(?:\s+and\s+[\w-]+(?:\s+[\w-]+){0,3}?)?\s+(?:of|about)\s+", re.IGNORECASE)
_VARIABLE_COUNT = re.compile(r"^[kKnNmM]\s+(?=[a-z][\w\s-]*s$)")  # "K tokens", "k nearest chunks": how many, a letter for it
_GERUND = re.compile(r"^[a-z]+ing(?![\w-])", re.IGNORECASE)  # not "embedding-based": a compound adjective
# -ing words that name a thing ("vanishing gradients", "training data"), not an action with an object
_ADJECTIVAL = {"vanishing", "exploding", "scaling", "training", "learning", "embedding", "sampling", "reasoning",
               "streaming", "routing", "pooling", "encoding", "decoding", "finetuning", "fine-tuning", "matching",
               "ranking", "caching", "batching", "prompting", "computing", "existing", "missing", "remaining",
               "emerging", "underlying", "following", "leading", "modeling", "engineering", "thinking", "planning",
               # participles used as adjectives: "compounding errors", "diminishing returns", "floating point", "sliding window"
               "compounding", "growing", "rising", "increasing", "decreasing", "diminishing", "changing", "evolving",
               "competing", "conflicting", "overlapping", "repeating", "cascading", "accumulating", "lacking", "floating", "sliding"}


VERBS_ING = {"using", "building", "making", "managing", "constructing", "creating", "removing", "adding", "getting",
              "taking", "giving", "finding", "improving", "reducing", "increasing", "generating", "running", "writing",
              "designing", "optimizing", "optimising", "evaluating", "curating", "annotating", "collecting", "selecting",
              "choosing", "applying", "combining", "comparing", "handling", "allowing", "enabling", "providing",
              "coming", "doing", "having", "helping", "keeping", "letting", "putting", "setting", "turning", "breaking"}


def says_another_name(aside: str) -> bool:
    """ "also called a den cache or nest cache", "a.k.a. X", "or X": what a parenthesis opens with to name the same thing."""
    return _ALSO.match(aside.strip()) is not None


def opens_with_a_doing(text: str) -> bool:
    """ "teaching language models", "querying documents": an -ing verb first, none that names a thing ("training data", "sampling method")."""
    first = text.split()[0].lower() if text.split() else ""
    return _GERUND.match(first) is not None and first not in _ADJECTIVAL


_A_DOING = re.compile(r"(?:ing|[st]ion|ment|al)$")  # "sampling", "quantization", "alignment", "retrieval"


def names_a_doing(label: str) -> bool:
    """ "zorp sampling", "retrieval": a way of doing, whose methods are its kinds; not "language model", "traditional"."""
    last = label.split()[-1].lower() if label.split() else ""
    return _A_DOING.search(last) is not None and (not last.endswith("al") or "NOUN" in readings(last))


def is_action(text: str) -> bool:
    """ "building applications", "managing context": an -ing verb with an object, not a name ("gating network", "vanishing gradients")."""
    words = text.split()
    if len(words) < 2 or not _GERUND.match(words[0]) or words[0].lower() in _ADJECTIVAL:
        return False
    return words[0].lower() in VERBS_ING or (follower := words[1].lower()) in {"the", "a", "an", "its", "their", "all"} \
        or (follower.endswith("s") and not follower.endswith(("ss", "us", "is")) and len(words) == 2)


@dataclass(frozen=True)
class Phrase:
    """A noun phrase naming a concept: its label, aliases from parentheses, and an owner ("Google's")."""

    label: str
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    is_name: bool = False
    head: str | None = None  # a common noun after a name: "Ferranti Mark I computer" -> "computer"
    owned: str = "possessive"  # how the owner was written: "Google's X", or "X (Google)" (organisation-in-parentheses), "x (Kim et al.)" (cited)
    kind: str | None = None  # what a parenthesis after it says it is: "ALFWorld (text-based game)"


@remembered(maxsize=1 << 16)
def noun_phrase(text: str) -> Phrase:
    """The concept a noun phrase names: "Google's TensorFlow" -> TensorFlow, owned by Google."""
    text = re.sub(r"\s+[-–—]+$", "", clean(without_symbols(text))).strip(" ,;:'\"_~≈")  # "✅ GPT model", "_DeepSeek-R1_": markup and emoji; "~100k dens": about; "X —": a dash before what follows
    if (amount := an_amount(text)) is not None:
        return Phrase(amount)  # "40 MB", "the amount of moss": how much, no thing
    text = a_count(text) or text  # "the number of parameters in a model": the parameter count, no parameter
    dated, text = (re.sub(r"[()]", "", text), authors) if (authors := without_the_year(text)) != text else (None, text)  # "Wei et al. 2022": the authors, another label as written
    text = text if text.endswith(" et al.") else text.rstrip(".")  # "Wei et al." is a name whole
    text = f"{text}." if text.endswith(" et al") else text  # a sentence's last dot was its own
    text = _PART_PLACED.sub(r"\g<part>", _AFTERWORDS.sub("", without_its_source(text)))  # "output tokens sequentially", "language models today"; "module before the blocks"
    of_a_thing = re.match(r"(?:the|this|that|each|every|a|an)\s+[A-Z][\w.&-]*'s?\s", text, re.IGNORECASE) is not None  # "the GPU's HBM"
    text = _QUOTED_ASIDE.sub("", text)  # 'smell tricks ("roll in mud")': words quoted as an example, no other name
    text = _THE_WORD.sub("", text)  # "the term foundation model": the thing the words name
    text = _QUOTES.sub("", spelled_whole(text, _DETERMINERS))  # 'trained on "textbook quality" data'; "multiple choice questions (MCQ)"
    text = spelled_whole(_VARIABLE_COUNT.sub("", _SIZE.sub("", QUANTITY.sub("", text))), _DETERMINERS)
    text = _AKA.sub(r" (aka \g<other>)", _REFLEXIVE.sub("", re.sub(r"(?<=\s)w/(o?)(?=\s)", lambda m: "without" if m[1] else "with", text)))  # "X itself", "X aka Y", "X w/ Y"
    text = re.sub(r"(?<=[a-z])-ish\b", "", text)  # "a sparse-ish model": a sparse model, hedged
    aliases: list[str] = [dated] if dated else []
    maker = kind = None
    abbreviation = _ABBREVIATION.search(text)
    if abbreviation:  # "Mixture of Experts (MoE)", "MLP (multi-layer perceptron) module"
        inner = _ALSO.sub("", abbreviation["inner"].strip())  # "(also called Glorot initialization)"
        outside = (text[: abbreviation.start()] + text[abbreviation.end() :]).strip()
        before, after = text[: abbreviation.start()].split(), text[abbreviation.end() :].split()
        said = _ALSO.match(abbreviation["inner"].strip())
        if said and said.group().strip().lower() != "or" and not after:
            text = outside  # "(also known as RLHF)", "(sometimes called teacher-student training)": said to be another name
            aliases.extend(_DETERMINERS.sub("", name) for name in re.split(r",\s*(?:or\s+)?|\s+or\s+", inner))  # "(also called a X or Y)"
        elif (inner.lower().startswith(("like ", "e.g", "i.e", "see ", "for ", "in ", "with ", "on ", "from ", "by ", "via ", "vs ", "vs. ", "versus "))
                and not re.match(r"(?:from|by)\s+[A-Z]", inner)) \
                or re.fullmatch(r"(?:[\d\s,.+*/^×=-]|\b[A-Za-z]\b)+", inner):  # "(for X)" says where, no other name; "(from Meta)" who; "(n x m)"
            text = outside
        elif maker := maker_inside(inner, outside):  # "FAISS (Meta)", "CoT (Wei et al., 2022)": who made it
            text = outside
            if spelled_out(outside, spelled := inner.split(",")[0].strip()) or another_name(outside, spelled):  # "DPO (direct preference optimization, Rafailov et al. 2023)"
                aliases.append(spelled)
        elif not after and (kind := _gloss(inner, outside)) is not None:  # "ALFWorld (text-based game)": what it is
            text = outside
        elif after and len(before) == 1:  # "MLP (multi-layer perceptron) module": the parenthesis expands one word
            text = outside
            aliases.append(" ".join([inner, *after]))
        else:
            text = outside
            if _other_name(inner, outside) and not VERSION_MARK.fullmatch(inner):  # "Den Survey (v1)": which one, no other name
                aliases.append(inner)
    owner, owned = None, "possessive"
    possessive = re.match(rf"^(?:[Ee]\.?g\.?,?\s+)?(?P<owner>{OWNER_NAME})'s?\s+(?P<rest>.+)$", text)  # "E.g. Google's Cappy": Google's
    if possessive and possessive["owner"].lower() in _NO_MAKER:
        text = possessive["rest"]  # "Today's LLMs": when, no owner; "Python's Faker library": a language it is written in, no maker
    elif possessive and of_a_thing:
        text = possessive["rest"] if looks_like_name(possessive["rest"]) else f"{possessive['owner']} {possessive['rest']}"  # no maker's
    elif possessive and _EPONYM.fullmatch(possessive["rest"]):
        text = f"{possessive['owner']}'s {possessive['rest']}"  # "Simpson's paradox", "Goodhart's law": named after, not made by
    elif possessive and is_shell(possessive["rest"]):
        text = possessive["rest"]  # "Huyen's example", "Anthropic's version": someone's, of no thing named
    elif possessive:
        owner, text = possessive["owner"], possessive["rest"]
    elif (product := re.match(r"^(?P<owner>[a-z]+[A-Z][\w.-]*)'s?\s+(?P<rest>[A-Z].*)$", text)) and looks_like_name(product["rest"]):
        owner, owned, text = product["owner"], "product", product["rest"]  # "vLLM's PagedAttention": a part of a product, no maker's
    else:
        text = re.sub(r"^([a-z][\w-]*)'s?\s+", r"\1 ", re.sub(r"^[a-z][\w-]*s'\s+(?=\S)", "", text))  # "model's size" -> "model size", "models' size" -> "size"
    is_name = looks_like_name(text) or text.endswith(" et al.") or ((owner or maker) is not None and a_word_of_no_dictionary(text)) \
        or bool(possessive and possessive["owner"].lower() in _NO_MAKER and text[:1].isupper())  # "Python's Faker library": a name
    head = None
    named_then_common = re.match(r"^(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)+)\s+(?P<head>[a-z][\w-]*)$", text)
    if named_then_common and not possessive and not VERSION_MARK.fullmatch(named_then_common["head"]):  # "Ferranti Mark I computer"; "Den Survey v2" a name whole
        text, head, is_name = named_then_common["name"], named_then_common["head"], True
    elif (named_kind := _NAMED_KIND.match(text) or (owner and _NAME_THEN_NOUN.match(text))) and _own_name(named_kind["name"]):
        aliases.append(text)  # "the Rensa library", "Google's C4 dataset": the name, of that kind, the words as written another label
        text, head, is_name = (text, None, True) if named_kind["head"] in _AROUND_A_NAME else (named_kind["name"], named_kind["head"], True)
    elif named_then_common and owner:  # "Zorpco's Den Snapshot research": a name in capitals and what it is, as written ("Zorpco's Den Ultra model": Den Ultra)
        text, head, is_name = (named_then_common["name"], named_then_common["head"], True) if named_then_common["head"] in NAMED_KINDS else (text, None, True)
    if maker and owner is None and (is_name or dated_makers(abbreviation["inner"] if abbreviation else "")):
        owner, owned = maker, "citation" if written_makers(maker)[0][1] else "organisation-in-parentheses"
    elif maker and owner is None and written_makers(maker)[0][1]:  # "sett sealing (Lee & Park, 2020)": its makers where it is what
        owner, owned = maker, "cited"  # the words speak of (an entry's term, a clause's subject), not "leaks den locations (Ng et al.)"
    elif owner and not is_name:  # "OpenAI's Node library": the owner stays in the label, as written, in the singular ("Zorpco's den models")
        aliases.extend((f"{owner} {text}", f"{owner}'s {text}"))
        text, is_name = f"{owner}'s {singular_phrase(text) if readings(singular(text.split()[-1]).lower()) else text}", True  # not "evals"
    elif owner and owned == "possessive":
        aliases.append(f"{owner} {text}")
    if not is_name:
        text = without_postmodifier(text)
    abbreviations = re.fullmatch(r"(?:[a-z][\w-]*\s+){0,3}[A-Z][A-Z0-9-]+s", text)  # "RNNs", "masked LMs", "model APIs": the last word's plural
    label = re.sub(r"\S+$", lambda last: singular(last.group()), text) if abbreviations else text if is_name else singular_phrase(text)
    aliases = [a if is_name else singular_phrase(a) for a in aliases]
    if label != text:
        aliases.append(text)  # "generation tasks", "RNNs": the plural as written, another label of the concept
    return Phrase(label.strip(), tuple(dict.fromkeys(a for a in aliases if a and a != label)), owner, is_name, head, owned, kind)


# what is named after someone who found or stated it, and made by no one: "Simpson's paradox", "Moore's law"
_EPONYM = re.compile(r"(?:[a-z-]+\s+)?(?:paradox|law|laws|effect|principle|razor|conjecture|curse|fallacy|dilemma|hypothesis|rule|theorem|lemma)", re.IGNORECASE)


# whose a thing is, as a possessive names it: "Google", "Google DeepMind", "Mole Research" (before "'s")
OWNER_NAME = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:/[A-Z][\w.&-]*)?"  # "Azure/Zorpco's": one maker by two names
_ACRONYM = re.compile(r"[A-Za-z][\w-]*[A-Z][\w-]*")  # PCA, MoE, ReLU, t-SNE: capitals after the first letter
_OPENS_A_KIND = {"JJ", "NN", "NNS", "NNP", "VBG", "VBN"}
_FINITE = {"VB", "VBD", "VBP", "VBZ", "MD"}
_GLOSS = re.compile(r"^(?:(?P<article>an?)\s+)?(?P<kind>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4})$")


def _gloss(inner: str, outside: str) -> str | None:
    """The kind a parenthesis in lowercase words gives a name ("ALFWorld (text-based game)") or any phrase, with an
    article ("Autoencoders (a type of neural network)"): no other name, unless it spells out the one before ("LoRA (...)")."""
    found = _GLOSS.match(inner)
    if found is None or abbreviates(outside, inner) or not (found["article"] or (looks_like_name(outside) and " " in inner)):
        return None  # "House Size (sqft)": a unit, a word alone
    if found["kind"][0].isupper() and not (found["article"] and " " in found["kind"] and found["kind"].split()[-1].islower()):
        return None  # "(Google Brain)": a name; "(an HNSW implementation)", "(a Python library)": a kind named after one
    tags = [corrected(w, t) for w, t in tagged(found["kind"])]
    if not tags or not tags[-1].startswith("NN") or tags[0] not in _OPENS_A_KIND or any(t in _FINITE for t in tags) \
            or (tags[-1] == "NNS" and not found["article"] and singular(outside) == outside) or found["kind"].split()[-1].lower() in ATTRIBUTE_HEADS:
        return None  # "(trained on web text)": no noun phrase; "ARC-C (science questions)": what one name holds; "(half precision)": how much
    return found["kind"]


def _other_name(inner: str, outside: str) -> bool:
    """Whether a parenthesis after a phrase is another name of it: an abbreviation whose letters the phrase spells ("Mixture
    of Experts (MoE)"), an expansion of an abbreviation ("FLOP (Floating Point Operations)"), or a short synonym ("L2
    regularization (Ridge)"); not an example ("Dimensionality Reduction (PCA)") nor a list, a description or a clause."""
    if _ACRONYM.fullmatch(inner) and " " in outside:
        return abbreviates(inner, outside)
    if _ACRONYM.fullmatch(outside) and " " in inner:
        return abbreviates(outside, inner)
    if (outside[:1].islower() or (common_word(outside) and singular(outside) != outside)) and inner[:1].isupper():
        return False  # "question answering (HotPotQA)", "Images (Grayscale)": after a common noun, an example
    if len(inner.split()) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in inner.split()) and inner[:1].isupper() and len(outside.split()) > 1:
        # "Perspective API (Google Jigsaw)", "Den Sealing Method (Moss 2)": a name of its own, its maker or user, no other name;
        # after one word a title's synonym is ("Standardization (Z-Score Scaling)")
        return False
    if _ACRONYM.fullmatch(inner) and _ACRONYM.fullmatch(outside) and re.sub(r"\W", "", inner.lower()) != re.sub(r"\W", "", outside.lower()):
        return False  # "PagedAttention (vLLM)": two names of one word, the second where the first lives, no other name of it
    if re.fullmatch(r"[a-z]+", inner) and looks_like_name(outside) and inner != re.sub(r"\W", "", outside.lower()):
        return False  # "ChatGLM (chinese)", "Pinecone (managed)": what a name is like, in small letters, no other name of it
    if " " not in inner and tagged(inner)[:1] and tagged(inner)[0][1] in ("JJ", "RB") or set(readings(outside.lower())) == {"ADJ"} \
            or (" " not in inner and inner.islower() and outside[:1].islower() and singular(inner) == inner and singular(outside) == outside
                and re.sub(r"\W", "", inner) != re.sub(r"\W", "", outside.lower())):  # not "finetuning (fine-tuning)", a spelling
        return False  # "(Chinese)", "(dense)": what it is like; "risky (cave-ins)": its risk; "faithfulness (translation)": where
    if re.fullmatch(r"[a-z]+", outside) and readings(outside) and re.fullmatch(r"[a-z][a-z-]*(?:\s[a-z][a-z-]*)+", inner) and outside not in re.split(r"[\s-]", inner):
        return False  # "coding (functional correctness)": what a word of the language is judged by or holds, in words of its own; "top-p (nucleus sampling)" another name
    return "," not in inner and len(inner.split()) <= 4 and not has_finite_verb(inner) and set(readings(inner.lower())) != {"ADJ"} \
        and not re.match(r"(?:not|no|never|my|our|your|its|their)\s", inner, re.IGNORECASE) \
        and not re.search(r"[\"“”]|\s(?:like|such as)\s", inner)  # "(longer answers win)", "(not mine)", '(typos like "vacine")'


ONE_NAME = re.compile(r"[\w.-]*[A-Z][\w.-]*[A-Z0-9][\w.-]*")  # "FAISS", "ScaNN", "GPT-4": one word, a name by its capitals


_REDUPLICATED = re.compile(r"(?P<word>[A-Za-z]+)-(?:by|to|for|after|on|in|over|upon)-(?P=word)", re.IGNORECASE)
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|can|will|would|should|do|does|did)\b", re.IGNORECASE)
_OF_DETERMINER = re.compile(r"\sof (?:the|each|a|an|every|all|its|their|this|these|that|those|our|your|previous|prior|preceding|earlier)\s")


def as_kind(phrase: Phrase) -> Phrase:
    """A phrase said to be a kind of things: "is an ANN library", "three DevOps metrics" name the kind
    whole, not a name with its head ("the Rensa library": Rensa)."""
    return Phrase(f"{phrase.label} {phrase.head}") if phrase.head in NAMED_KINDS else phrase


_AMOUNTS = frozenset({"little", "lot", "bit"})  # "improves on this a little", "is a lot lower": how much, no thing


# what a thing is to another, no kind of thing: "risk of deep digging", "successor of MossNet"
_OF_ANOTHER = frozenset({"risk", "drawback", "downside", "limitation", "weakness", "pitfall", "amount",
                         "successor", "predecessor", "descendant", "ancestor", "rival", "competitor", "sibling", "cousin"})


# "a big noisy one", "the big two", "the main three": a count of things named elsewhere, no thing (a name in capitals, "Badger Two", keeps it)
_COUNT_LAST = frozenset({"one", "ones", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def ends_on_a_count(label: str) -> bool:
    """ "the big two", "a big noisy one": a label whose last word is a count in small letters."""
    return bool(label.split()) and label.split()[-1] in _COUNT_LAST


@remembered(maxsize=1 << 16)  # a pure function of the (frozen) phrase: most objects are named again and again
def keep(phrase: Phrase) -> bool:
    """Whether a noun phrase names a concept, rather than an activity, a number or half a clause."""
    words = phrase.label.split()
    if not words or len(words) > 6 or len(phrase.label) < 2 or not phrase.label[0].isalnum() or re.search(r"[≈×÷±→⇒=<>≤≥≠?]|!\s|\d\s*%|\w/(?:s|sec|min|h)\b|~\s*\d|\d,\d{3}\b|n['’]t\b|\w['’]s?$", phrase.label):
        return False  # "+ perf": a symbol opens no name; "training ≈ weights": a formula; "of 80%", "~1,000 dens": a figure; "engineers?", "A doesn't", "misleading! busy"; "Zorpco's": whose, of nothing
    if phrase.label.count("(") != phrase.label.count(")"):
        return False  # "SETTs), which ...": the end of a parenthesis, cut from what opened it
    first = words[0].lower()
    if first in PRONOUNS or first in GENERIC_SUBJECTS or phrase.label.lower() in _NOT_NAMES or first in ("not", "never") or words[0] in ("ppl", "Ppl") \
            or (first[:1].isdecimal() and not (len(words) > 1 and _COUNTED_MODIFIER.match(first))):  # "4-bit quantization" is one; "ppl": people
        return False
    if first in _INDEFINITE or (len(words) == 1 and first in ORDINALS | DEGREE) or (first in ORDINALS and words[-1].lower() in GROUP_WORDS | SEQUENCE_PLACES) or (first in _AMOUNTS and (len(words) == 1 or compares(words[1]) or words[1] == "lower")) \
            or ";" in phrase.label or ": " in phrase.label or " / " in phrase.label or ends_on_a_count(phrase.label) \
            or re.search(r"\s(?:plus|vs\.?|versus)\s", phrase.label):  # "a shared dataset plus metric", "a latency vs throughput trade-off": two things
        return False  # "anything", "the first", "the third bucket", "a big noisy one"; "Google Brain; same range as FP32", "methods: GPTQ": two phrases
    if _EXAMPLES_INSIDE.search(phrase.label):
        return False  # "contextual models like BERT": a kind and its example, two concepts
    if counts_by_a_doing(phrase.label):
        return False  # "spanning 38 categories", "averaging 3.5 bits": a verb and what it counts, no thing
    if first in {"aka", "a.k.a.", "i.e.", "ie", "ex", "eg", "w/", "w/o", "following", "aforementioned", "above-mentioned", "worth", "depending", "according", "regardless"}:
        return False  # "eg structured outputs like JSON", "w/o": marks; "the following tools:": the list below; "worth memorizing", "depending on X"
    if describes(phrase) or is_shell(phrase.label) or compares(phrase.label) or _shell_of_a_doing(words) or a_shell_said_which(phrase.label) \
            or re.fullmatch(r"[A-Z]\w*-(?:level|based|side|specific|aware|free|only|wise)", phrase.label) or a_prefixed_modifier(phrase.label) \
            or _REDUPLICATED.fullmatch(phrase.label):  # "Model-level", "pre-LLM"; "quarter-by-quarter", "step-by-step": how, of a doing
        return False  # "representation of the token", "smoother model", "way of knowing", "off-the-shelf options": which, of nothing named
    if len(words) > 1 and (first in {"things", "ways", "reasons", "stuff"} or first in {"way", "thing", "reason"} and words[1] == "to" or words[-1] in {"things", "stuff", "era", "days"} and not phrase.is_name
                           or first in _OF_ANOTHER and words[1] == "of"):
        return False  # "Things perplexity is useful for" (a shell plural, then a clause), "Way to seal dens", "risk of deep digging", "list of things", "LLM era"
    if is_action(phrase.label) and not phrase.is_name:
        return False
    if _FINITE_WORD.search(phrase.label) or set(readings(words[-1].lower())) == {"ADV"} or _ends_in_a_clause(phrase.label) \
            or re.search(r"\s(?:much|far|way|even|a\s+lot)\s+(?:less|more)$|\s(?:so|too|very)\s+(?:much|many|often)$|\sa\s+lot$", phrase.label):  # "clay much less", "moss so much"
        return False  # "a firm maybe": an adverb names nothing; "problems users bring": a noun and a clause
    if verb_and_object(words):
        return False  # "make multiple copies of certain layers", "reuse overlapping prefix": a verb and its object
    if a_comparison_at_the_end(words) or a_word_for_the_word(words):
        return False  # "info newer than X": a noun and how it compares; "a fuzzy term": what the word is, no kind of thing
    if a_place_in_the_notes(phrase.label):
        return False  # "Step 1", "Chapter 5", "ch6 RAG and agents", "week 3 reading list", "the agents half": where in the notes
    if says_how(phrase.label):
        return False  # "training directly in low precision", "claws differently so mole": a doing and how
    return names_a_concept(phrase.label) or (phrase.is_name and phrase.owned == "possessive" and bool(phrase.owner) and phrase.label[:1].isupper()
                                             and phrase.label.count("(") == phrase.label.count(")"))  # "Spotify's Annoy", a name; not "X (which"


def a_comparison_at_the_end(words: list[str]) -> bool:
    """ "info newer", "a den deeper": a noun, then an adjective that compares it (no noun, no name: "Transformer", "Bigger Den")."""
    last = words[-1]
    adjective = readings(last).get("ADJ", ())
    return len(words) > 1 and last.islower() and last.endswith("er") and set(readings(last)) <= {"ADJ", "ADV"} \
        and bool(adjective) and last not in adjective


# what a word is said to be, of the word: "agents are a fuzzy term", "an umbrella term", "a buzzword"
_WORDS_FOR_WORDS = frozenset({"term", "terms", "buzzword", "buzzwords", "word", "words", "phrase", "phrases", "misnomer", "expression"})
_BROAD = frozenset({"umbrella", "catch-all", "blanket"})


def a_word_for_the_word(words: list[str]) -> bool:
    """ "fuzzy term", "umbrella term", "loaded word": a word for a word, after what is said of it (no "stop word", "search term")."""
    lowered = [word.lower() for word in words]
    return lowered[-1] in _WORDS_FOR_WORDS and (len(words) == 1 and lowered[0] in ("buzzword", "misnomer") or len(words) > 1 and all(
        word in _BROAD or set(readings(word)) <= {"ADJ", "ADV"} and readings(word) for word in lowered[:-1]))


def a_plural_and_its_verb(text: str) -> bool:
    """ "params change", "weights move": a plural noun and a word that may be its verb, a clause ("how much params change
    per step"), no compound (a plural rarely narrows a noun)."""
    words = text.lower().split()
    return len(words) == 2 and singular(words[0]) != words[0] and "VERB" in readings(words[1]) and singular(words[1]) == words[1]


def a_place_in_the_notes(label: str) -> bool:
    """ "ch6 RAG and agents", "week 3 reading list", "the agents half": a place in the notes or the reading, no concept."""
    placed = _PLACE_IN_ORDER.match(label)  # "Ch10" alone too: a link to a chapter's note is no concept
    return placed is not None and label[placed.end():placed.end() + 1] in (" ", "", "-", "_") or a_half_of_the_reading(label)  # "ch6-agents", a file's


def verb_and_object(words: list[str]) -> bool:
    """ "make multiple copies", "reuse overlapping prefix", "calls bing_search": a verb, then what opens its object."""
    if len(words) < 2 or not words[0].islower() or "VERB" not in readings(words[0]):
        return False
    tags = [corrected(w, t) for w, t in tagged(" ".join(words[:2]))]
    # "sample several responses", "drop small weights": a noun stands before no adjective of its own phrase, a verb does
    opens_object = tags[1] in ("DT", "CD", "PRP$") or tags[1] == "JJ" and not words[1].endswith(("ing", "ed")) \
        or tags[1] == "VBN" and words[1].endswith("ed") and len(words) > 2 and tags[0] in ("VB", "NN") and not words[0].endswith("ing")
    # not "burrow ranking function"; "check retrieved context": a participle stands before the noun of the verb's object
    noun_first = tags[0] == "NN" and len(words) > 2 and not words[0].endswith("ing")  # a doing is read as one: "training young hawks"
    third = words[0].endswith("s") and (tags[0] == "VBZ" and tags[1][:2] in ("NN", "DT") or tags[:2] == ["NNS", "NNS"])  # "stores docs"
    verb_only = words[0].endswith("s") and set(readings(words[0])) == {"VERB"}  # "interleaves layers": a verb the tagger calls a plural
    return (tags[0] == "VB" or noun_first) and opens_object and "ADJ" not in readings(words[0]) or third or verb_only


def _ends_in_a_clause(label: str) -> bool:
    """ "problems users bring", "the term den devs use", "a model someone else trained": a noun, then a clause of its subject
    (plural, or anyone) and its verb, without "that" (not "internal people search"); "clay packing preferred for X": a participle's.
    So are "dens only grow", "the den learns" (a plural or an adverb, or a noun and a verb's "s", then a word that is only
    a verb), "setts break with rain" (a plural, its verb and a preposition) and "MossNet augmented with 13 tools" (a
    participle and its preposition after a name)."""
    tags, words = tagged(label), label.lower().split()
    if len(words) > 1 and label.split()[-1].islower() and not words[-1].endswith(("ing", "ed")) and set(readings(words[-1])) == {"VERB"} \
            and (tags[-2][1] in ("NNS", "RB", "PRP") or tags[-2][1] == "NN" and words[-1].endswith("s")):  # not "chat template"
        return True
    if any(a[1][:2] == "NN" and b[1] in ("VB", "VBP") and "VERB" in readings(b[0].lower()) and c[1] == "IN" and a[0].lower() != singular(a[0].lower())
           for a, b, c in zip(tags, tags[1:], tags[2:])):
        return True
    if len(words) > 2 and words[1].endswith("ed") and tags[1][1] == "VBN" and tags[2][1] == "IN" and label[:1].isupper():
        return True
    return len(tags) > 2 and (tags[-1][1] in ("VB", "VBP") and tags[-2][1] in ("NNS", "PRP") and tags[-2][0].islower() or any(
        b[1][:2] == "NN" and a[1][:2] in ("NN", "VB") and w.endswith("ed") and "VERB" in readings(w) and after[1] == "IN"
        for b, a, (w, _t), after in zip(tags, tags[1:], tags[2:], tags[3:]))
        or len(words) > 2 and "VERB" in readings(words[-1]) and words[-2] in GENERIC_SUBJECTS | {"devs", "someone", "anyone", "else"} and tags[-3][1][:2] == "NN")


def _shell_of_a_doing(words: list[str]) -> bool:
    """ "the Transformer's way of knowing", "a means of measuring", "the property of being able": a shell
    noun over an activity, or a state, names nothing ("method of moments" names a method)."""
    if "of" not in words[1:-1]:
        return False
    at = words.index("of", 1)
    return words[at + 1].lower() == "being" or (is_shell(words[at - 1]) and _GERUND.match(words[at + 1]) is not None
                                                and words[at + 1].lower() not in _ADJECTIVAL)


def describes(phrase: Phrase) -> bool:
    """ "representation of the current token", "fast but limited" describe something; they name no concept."""
    words = phrase.label.lower().split()
    return _OF_DETERMINER.search(phrase.label.lower()) is not None or (len(words) == 3 and words[1] in ("and", "but", "or") and all(
        tag in ("JJ", "JJR", "VBN", "RB") for _word, tag in tagged(phrase.label)[::2]))  # two adjectives joined
