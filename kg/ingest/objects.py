"""What follows a relation phrase: its objects, the places named after them ("at the University of
X"), the purposes ("for drug discovery") and the examples given of them ("tools, such as A and B").
Knows English wording; nothing of files.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import classify, clauses
from kg.ingest.subjects import opens_with_a_subject
from kg.ingest.hearst import AMOUNT, CITATION, GROUP_WORDS, short_and_verbless
from kg.ingest.lists import cut, cut_around_asides, inside_parentheses, split, without_asides
from kg.ingest.marks import ARROW, ARROW_BETWEEN
from kg.ingest.modifiers import an_adjective, compared_class, compared_kind, compares, coordinated_adjectives, gathers, is_shell, only_describes, without_judgement
from kg.ingest.name_lists import an_adjective_alone
from kg.ingest.shared_words import LEADING_ARTICLE
from kg.ingest.doings import doing
from kg.ingest.nouns import Phrase, describes, is_action, keep, names_a_doing, noun_phrase, opens_with_a_doing
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.tagger import reads_as_plural_noun, readings, tagged, word_tag

ARTICLE = re.compile(r"(?:an?|the)\s", re.IGNORECASE)
NAMED = re.compile(r"(?<![\w.])(?:[A-Z][\w.-]*)(?:\s+(?:(?:of|de|the)\s+)*[A-Z][\w.-]*)*")  # "University of Oxford"
EXAMPLES_CUE = re.compile(r"\s(?:such as|like|including|e\.g\.,?)\s", re.IGNORECASE)
_PLACE = re.compile(r"\s+at\s+(?:the\s+)?(?P<place>[A-Z][^,;]*)")
_TO_DO = re.compile(r"\s+to\s+(?P<what>[a-z][^,;]+)")  # an infinitive of purpose after what a thing is
# "for X" after the object; not "for free", "for now", "for sure", "for good": a phrase of how or when, no purpose
_GOAL = re.compile(r"\s+for\s+(?!(?:an?|the|every|each|all|any|some|its|their)\s|(?:free|now|sure|good|real|long|nothing|instance|example|short)\b)(?P<goal>[^,;]+)")
_ITS_INFINITIVE = re.compile(r"(?:(?!(?:and|or)\s)[\w-]+\s+){1,2}to\s+(?P<verb>[a-z]+)\b")  # "for app to be useful", not "for speed and to ..."
_CLAUSE_JOINED = re.compile(r",\s*(?:and|or|but|so|while|whereas|yet)\s", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\s+(?:are|is|were|was|can|could|will|would|should|may|might|do|does|did)\s", re.IGNORECASE)
_SPLICED = re.compile(r",\s+(?P<clause>[A-Z][^,;()]*)$")  # "use special tokens, Mistral has another one": a sentence after a comma
_DANGLING_JOIN = re.compile(r"\b(?:and|or|but|as\s+well\s+as)$", re.IGNORECASE)  # no run of spaces before it: linear
# "suited for deep dens and less reliable for wet dens": a second predicate of the subject, which ends the list
_AND_SAID_ALSO = re.compile(r"\s+(?:and|but)\s+(?:(?:more|less|much|far|very|quite|not)\s+)?(?P<word>[a-z-]+)\s+(?:for|at|with|than|to|in)\s")
# "use clay and need lots of moss": a second verb and its object after "and" end the list ("and the walls" is an item)
_AND_DOES_ALSO = re.compile(r"\s+and\s+(?P<verb>[a-z]+)\s+(?:(?:lots|tons|plenty|a\s+lot)\s+of|more|less|much|some|an?|the|its|their|no)\s")
# "a poor fit for X", "a poor proxy for X", "a bad shield for X": no use for X, and no kind of what it is poor at being
_A_POOR_FIT = re.compile(r"\b(?:(?:poor|bad|terrible|awful|lousy)\s+[\w-]+|(?:weak|wrong)\s+(?:fit|match|choice))$", re.IGNORECASE)
# "InstructGPT", "Burrowmaster 3": a product's name, which what was used in making it serves, no purpose of its own
_A_PRODUCT = re.compile(r"\d|[a-z][A-Z]")
_ARROW_FIRST = re.compile(ARROW)
_ONE_BY_ONE = re.compile(r"\b([a-z]+)\s+(?:by|after)\s+(?:an?\s+)?\1\b", re.IGNORECASE)  # "token by token", "layer after layer": how, no thing
_GIVEN = re.compile(r"\s*,\s*(?:such as|like|including|e\.g\.,?)\s+(?P<examples>[^;]+)", re.IGNORECASE)


_OF_BOTH = re.compile(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+of\s+[a-z][\w-]*")  # a plural, of the first of two things
_LIKENED = re.compile(r",?\s*(?:(?:much|just|very\s+much|a\s+bit)\s+like|unlike|similar\s+to|akin\s+to)\s", re.IGNORECASE)  # "evaluated on, much like TDD"
_ONE_THAT = re.compile(r"ones?\s+(?:the|a|an|that|which|who|you|it|we|they)\s", re.IGNORECASE)  # "into one the retriever can handle"
_ANOTHER_NAME = re.compile(r"(?:a\.?k\.?a\.?|also\s+(?:called|known\s+as))\s", re.IGNORECASE)
# "a dense vector representing text, images or data": a thing, then a participle whose objects are listed
_PARTICIPLE_LIST = re.compile(r"^(?P<thing>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+(?P<participle>[a-z]+ing)\s+[^,;]{1,60}?(?:,|\s(?:and|or)\s)")


def _takes_objects(found: re.Match[str]) -> bool:
    """Whether the -ing word after a noun is a verb with the list after it as its objects ("vector
    representing text, images"), not a noun's first part ("a model serving platform")."""
    tags = [tag for _word, tag in tagged(found["thing"])]
    return bool(tags) and tags[-1] in ("NN", "NNS") and "VERB" in readings(found["participle"]) and "NOUN" not in readings(found["participle"])


# "these families", "both retrievers", "the two methods": a plural (an "s" after no other "s") that points back at
# things named before, no kind of its own
_THE_ONES_NAMED = re.compile(r"(?:these|those|both|the\s+(?:two|three|four|latter|former|above)|all\s+(?:two|three|four))\s+(?:[\w-]+\s+)?(?:[a-z][\w-]*[a-rt-z]s|criteria|phenomena|data)$",
                             re.IGNORECASE)
# a kin of what was named, which a name after it says ("its relative, perplexity", "its successor Kestrel-2")
_POINTS_BACK = re.compile(r"(?:its|their)\s+(?:relative|cousin|sibling|counterpart|successor|predecessor|descendant|ancestor|rival|competitor)s?",
                          re.IGNORECASE)


def _fields_of_a_record(after: str) -> bool:
    """ "trained on comparison data: (prompt, winner, loser)": a tuple after a colon names the fields of
    what is before it, no objects of the verb."""
    return re.match(r"\s*\([^()]*,[^()]*\)\W*$", after) is not None


_COMMA_BETWEEN_ADJECTIVES = re.compile(r"\b(?P<article>an?|the)\s+(?P<first>[a-z]+),\s+(?P<second>[a-z]+)(?=\s)", re.IGNORECASE)


# a thing described, then named in parentheses by words that end on its noun: "a faster model (the draft model)"
_NAMED_IN_ASIDE = re.compile(r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]*)\s*\((?:the|an?)\s+(?P<named>(?:[\w-]+\s+){1,3}(?P=head))\)",
                             re.IGNORECASE)


def _without_comma_if_adjectives(found: re.Match[str]) -> str:
    """ "a small, fast draft model" -> "a draft model" ("a faster, weaker model" too): adjectives a comma sets side by side before one noun
    describe it (a kind's own adjective takes no comma: "a large language model"), no list ("a tunnel, a den")."""
    adjectives = word_tag(found["first"].lower()) in ("JJ", "JJR", "JJS", "RBR") and "ADJ" in readings(found["second"].lower())
    return found["article"] if adjectives else found.group()


# "is an umbrella term for A and B", "is a fancy name for X": what the subject is called, no kind of it nor use (counted.one_of_a_kind)
_A_WORD_FOR = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:term|name|word|buzzword|nickname|moniker)\s+(?:for|that|used)\b", re.IGNORECASE)


def _not_compared(item: str, after_an_article: bool) -> Phrase | None:
    """An object that no comparison opens; "the older seq2seq models": seq2seq models; after "is a", "a (much) better
    metric (than X)" is a metric, the comparison says how it stands among them; "more data", "smoother model": None."""
    if not compares(item):
        return noun_phrase(item)
    if compared_kind(item):
        return noun_phrase(item.split(" ", 1)[1])
    return noun_phrase(kind) if after_an_article and (kind := compared_class(item)) is not None else None


# a parenthesis that holds the other side of a comparison: "(vs CPUs: sequential)", "(unlike a burrow)"
_OTHER_SIDE = re.compile(r"\s*\((?:vs\.?|versus|unlike|compared\s+(?:to|with)|as\s+opposed\s+to)\s[^()]*\)", re.IGNORECASE)


def poorly_judged(label: str) -> bool:
    """ "poor proxy", "bad shield": what a thing is said to be poor at being, no kind of it."""
    return _A_POOR_FIT.search(label) is not None


def objects_after(text: str, protected: set[str], kind_stays: bool = False, after_an_article: bool = False,
                  a_purpose: bool = False) -> tuple[list[Phrase], list[Phrase], list[Phrase], list[Phrase]]:
    """The objects after a relation phrase, the places named after them ("at the University of X"),
    the purposes ("for drug discovery") and the examples given of the last ("tools, such as A and B");
    `after_an_article` when the phrase ended on one ("is a"); `a_purpose` when it says what a thing is for, of which a
    doing is the object whole ("used for serving models at scale": serving models)."""
    text, said_how = _ONE_BY_ONE.subn("", _OTHER_SIDE.sub("", text))  # "deep digs (vs ClayDen: shallow)": the other side's
    text = " ".join(text.split()) if said_how else text
    text = _DANGLING_JOIN.sub("", text.strip()).rstrip(" ,")  # "stores tunnels and" before the next verb ("uses radar"): the list ends there
    text = next((text[: m.start()] for m in _AND_SAID_ALSO.finditer(text) if word_tag(m["word"]) in ("JJ", "JJR", "VBN")), text)
    text = next((text[: m.start()] for m in _AND_DOES_ALSO.finditer(text) if "VERB" in readings(m["verb"].lower())), text)
    text = text[: spliced.start()] if (spliced := _SPLICED.search(text)) is not None and _a_clause_of_its_own(spliced["clause"]) else text
    if _ARROW_FIRST.match(text):
        return [], [], [], []  # "which tools it may use -> tool_choice: auto": what follows the arrow is what comes of it
    text = _COMMA_BETWEEN_ADJECTIVES.sub(_without_comma_if_adjectives, text)  # "a small, fast draft model": one model
    text = _NAMED_IN_ASIDE.sub(lambda m: m["named"], text, count=1)  # "a smaller model (the draft model)": the draft model
    if _CLAUSE_JOINED.match(text) or _ONE_THAT.match(text) or _LIKENED.match(text) or after_an_article and _A_WORD_FOR.match(text):
        return [], [], [], []  # "the tools it can use, and tools fall into ...": the verb ends its clause, no object
    located: list[Phrase] = []
    purpose: list[Phrase] = []
    if ":" in text:  # "four weight matrices: query, key, value, and output projection"; not "errors: a step fails"
        before, after = text.split(":", 1)
        if before.strip() and any(CITATION.search(inner) for inner in re.findall(r"\(([^()]*)\)", after)) and not re.search(r",|\band\b|\bor\b", without_asides(after)):
            return objects_after(before, protected, kind_stays, after_an_article)  # "used for den mapping: Quill 2 (Ross et al., 2023)"
        joined = re.search(r",|\band\b|\bor\b", after)  # "uses an inverted index: a map from terms to ...": what the index is
        # "is part of the architecture too: monitoring tracks metrics, logs and traces": a clause follows, no list
        listed = joined and not clauses.has_finite_verb(" ".join(after[: joined.start()].split()[1:]))  # not "supervised X and Y"
        # "is one example: devices pass blocks of keys and values": a plural and its verb, a clause of its own
        listed = listed and not (tagged(after.split()[0])[0][1] == "NNS" and clauses.has_finite_verb(after[: joined.start()]))
        text = after if (listed or not (clauses.has_finite_verb(after) or ARTICLE.match(after.strip()))) and not _fields_of_a_record(after) \
            and not ARROW_BETWEEN.search(after) else before  # "uses claw raking: loosen → scoop": how the raking goes, no objects
        if text is after and after_an_article and before.split() and not gathers(f"{before.split()[-1]}: ") and not is_shell(before.strip()) \
                and keep(noun_phrase(before)):
            text = before  # "is a search problem: search over paths, pick one": one thing, then what it comes to (not "is a mix: A, B")
        elif text is after and _what_it_serves(before.strip(), after):
            text = before  # "optimize for latency: chatbots, code completion": what the latency matters to, no kinds of it
        elif text is after and "," in without_asides(after) and "," not in cut(without_asides(after), protected):
            return [], [], [], []  # "three kinds of change: changes in the prompt, changes in ...": descriptions, no names
    elif (examples := EXAMPLES_CUE.search(text)) is not None and len(text[: examples.start()].split()) <= 10 \
            and not inside_parentheses(text)[examples.start()] \
            and _one_thing_or_doings(split(cut(text[: examples.start()], protected), protected)) \
            and not _names_itself(text[: examples.start()], protected) and _examples_of_the_object(text[: examples.start()], protected):
        # "tasks such as A and B", "tasks where ..., such as A": the examples are the objects;
        # "vector databases, such as A and B": the databases are, and A and B are examples of them;
        # what is used is the kind it names ("uses eviction policies like LRU"), unless a shell word ("techniques like A")
        kind = cut(text[: examples.start()], protected)
        stays = kind_stays or a_purpose and names_a_doing(kind.strip())  # "used for den tuning like DenRL": the tuning (not "tasks like X")
        text = kind if stays and " " in kind.strip() and not is_shell(without_judgement(kind.strip())) else text[examples.end() :]
        if after_an_article and not kind.rstrip().endswith(","):  # "is a dry den e.g. OakNook": the den, its examples set off
            text = f"{kind.rstrip()},{examples.group()}{text}" if text is not kind else text
    elif is_action(text) and not _starts_with_protected(text, protected):
        if a_purpose:
            return [task for item in split(cut(text, protected), protected) if (task := _a_task(item)) is not None], [], [], []
        # "building applications on top of foundation models": the thing is after the last preposition
        tail = re.split(r"\s(?:of|on|with|into|from)\s", text.split(",")[0])
        if len(tail) < 2:
            return [], [], [], []
        text = tail[-1]
    head = cut_around_asides(text, protected)  # "decoys (for example A that B) and C": the aside ends nothing
    if after_an_article and (participle := _PARTICIPLE_LIST.match(head)) is not None and _takes_objects(participle):
        head = participle["thing"]  # "is a dense vector representing text, images or data": one vector, its objects none
    remainder = text[len(head) :]
    place = _PLACE.match(remainder)
    if place:
        located.extend(noun_phrase(n) for n in NAMED.findall(place["place"])[:1])
    goal = _GOAL.match(remainder) if not _A_POOR_FIT.search(head) else None  # "a poor fit for X": no use for X
    if goal is None and after_an_article and (aim := _TO_DO.match(remainder)) is not None and classify.class_of_word(head.split()[-1].lower()) != "Metric" \
            and not is_shell(head.strip()) and (task := clauses.purpose(aim["what"], after_to=True)):  # not "a measure to evaluate X": X; "a way to": of its own
        purpose.append(doing(task))  # "is a tool to block foxes": what the tool is for
    if goal and (infinitive := _ITS_INFINITIVE.match(goal["goal"])) is not None and clauses.is_base_verb(infinitive["verb"]):
        goal = None  # "a score for the app to be useful": the app is the subject of what follows, no purpose
    if goal and not is_action(goal["goal"]):  # "for merging two beds": a doing keeps its words, not "merging two bed"; "for QA (BBQ)": a
        # task, no one's work; "used moss for Burrowmaster 3": in making a product, no purpose
        purpose.extend(replace(p, owner=None) for p in (doing(cut(g)) if _a_doing_with_words(g) else noun_phrase(cut(g)) for g in split(goal["goal"], protected))
                       if keep(p) and not (p.is_name and _A_PRODUCT.search(p.label)) and not _A_GAIN.fullmatch(p.label))
    given = _GIVEN.match(remainder)
    examples = [p for p in (noun_phrase(x) for x in split(cut(given["examples"], protected, examples=True), protected)) if keep(p)] if given else []
    described = coordinated_adjectives(head, after_an_article)  # "(is) a fast and memory-efficient attention algorithm": one thing
    written = [described[0]] if described and described[1] else split(head, protected)
    written = [item for item in written if " " in item.strip()] or written if described else written  # "fast and quiet tools"
    written = [item for item in written if not _ANOTHER_NAME.match(item.strip())]  # "a badger den, a.k.a. badger burrow": the subject's name
    if len(written) > 1 and " " in written[0].strip():  # "with den benchmarks, public or private": what the benchmarks are like
        written = [item for item in written if not an_adjective_alone(item)]
    if after_an_article:  # "is a benchmark, 57 subjects": what it counts, no second kind of it
        written = written[:1] + [item for item in written[1:] if not AMOUNT.match(item.strip())]
    # "cross entropy or its relative, perplexity": a kin of a thing named before, the name after it says which
    written = [item for i, item in enumerate(written) if i + 1 == len(written) or not _POINTS_BACK.fullmatch(item.strip())]
    written = [_POINTS_BACK.sub("", item, count=1) if _POINTS_BACK.match(item.strip()) else item for item in written]  # "its relative perplexity"
    ends = next((i for i, item in enumerate(written) if i and (a_second_verb(item) or EACH_DOES.match(item.strip()))), len(written))
    given_of: str | None = None  # the last item, where examples are given of it
    written = written[:ends]  # "stores embeddings and supports similarity search": the second verb's object is no object
    # "combines both families": those named before; not "both dens and tunnels", the two named here
    written = [item for item in written if not _THE_ONES_NAMED.match(item.strip()) or (len(written) > 1 and item.strip().lower().startswith("both "))]
    if written and _CLAUSE_VERB.match(remainder) and len(tags := tagged(written[-1])) > 1 and tags[-1][1] in ("NNS", "PRP") \
            and tags[-2][1] in ("NN", "NNS"):
        written[-1] = written[-1].rsplit(maxsplit=1)[0]  # "covers stuff models are bad at": "models" opens a clause of its own
    elif written and len(last := written[-1].split()) > 1 and last[-1].endswith("s") and set(readings(last[-1].lower())) == {"VERB"} \
            and re.match(r"\s+to\s+[a-z]", remainder):
        written[-1] = " ".join(last[:-1])  # "a model trained on human feedback learns to ...": a verb of the model's, no word of the data
    if written and _an_adjective_alone(written[-1], head, remainder):
        # "trained on 1,000 examples, preferred or equal to GPT-4", "uses RootScan, fast on loam": what the list ended on is said of something
        written.pop()
        while written and only_describes(written[-1]):
            written.pop()
    if len(written) > 1 and _CLAUSE_VERB.match(remainder) and re.search(rf",\s+and\s+{re.escape(written[-1].strip())}", head):
        written.pop()  # "..., and multimodal embedding models like it are the backbone": a clause's subject, after its comma
    if len(written) == 2 and _OF_BOTH.fullmatch(written[0].strip()) and not gathers(written[0]) and re.fullmatch(r"[a-z][\w-]*", written[1].strip()) \
            and f"{written[0].strip()} and {written[1].strip()}" in " ".join(head.split()):
        written = [written[0].split(" of ")[0]]  # "joint embeddings of text and images": the embeddings, of both
    if len(written) > 1 and only_describes(written[-1]) and an_adjective(written[-1].split()[-1]):
        written.pop()  # "trained on huge amounts of data, often multimodal": what the list ends on is said of the subject
    if len(written) > 1 and (cue := EXAMPLES_CUE.search(written[-1])) is not None and not examples:
        # "A, B and C, plus data processing like deduplication": examples of the last item
        examples = [p for p in (noun_phrase(x) for x in split(cut(written[-1][cue.end():], protected, examples=True), protected)) if keep(p)]
        written[-1] = given_of = written[-1][: cue.start()]
    # "powerful and flexible languages": adjectives alone are the last item's modifiers; "the most
    # useful features" compares them, it names none
    # "X and a Y": two; "self-bias, position bias and verbosity bias": a compound that ends on the last item's noun names one
    last_noun = written[-1].split()[-1].lower() if written and written[-1].split() else ""
    judged = [without_judgement(item) for i, item in enumerate(written)
              if not (i < len(written) - 1 and only_describes(item) and not ARTICLE.match(written[i + 1])
                      and not item.lower().endswith(f"-{last_noun}"))]
    # "more data", "smoother model", "the most useful features" name nothing; "the older seq2seq models" names seq2seq models
    items = [named for item in judged if (named := _not_compared(item, after_an_article)) is not None]
    for item in judged[-1:]:  # "algorithms (e.g., Byte Pair Encoding)": examples of the last object
        if (given_inside := _EXAMPLES_INSIDE.search(item)) is not None:
            listed = given_inside["examples"] or given_inside["listed"]
            inside = [noun_phrase(x) for x in split(listed, protected)]
            if any(AMOUNT.match(x.label) for x in inside):
                continue  # "cost (e.g. ~50% discount, hours turnaround)": what it comes to, measured, no kinds of it
            examples.extend(p for p in inside if keep(p) and (len(inside) > 1 or short_and_verbless(p)))  # "(e.g., X developed Y)"
    if items and describes(items[0]):  # "a representation of the current token or context": no names here
        head = noun_phrase(re.split(r"\s+of\s+", items[0].label, maxsplit=1)[0])  # "the model development layer of the AI stack"
        if len(head.label.split()) < 2 or is_shell(head.label) or not keep(head):
            return [], located, purpose, []
        items = [head]
    elif len(items) > 1 and describes(items[-1]) and (head := noun_phrase(re.split(r"\s+of\s+", items[-1].label, maxsplit=1)[0])) \
            .label.split()[-1] == items[0].label.split()[-1]:
        items[-1] = head  # "the key and value vectors of previous tokens": which ones, of the two things that share the head
    # "splits PEFT methods into two camps": groups, no thing made
    counted_groups = any(singular_noun(word.lower()) in GROUP_WORDS for word in _COUNTED.findall(text))
    objects = [p for p in items if keep(p) and not (counted_groups and p.label.lower().split(" of ")[0] in GROUP_WORDS)]  # "two families of chores"
    if given_of is not None and objects[-1:] != [_not_compared(without_judgement(given_of), after_an_article)]:
        examples = []  # "max tokens or stop tokens like Flint": the item they are given of is no object read, nor is the one before it their kind
    return objects, located, purpose, examples if objects else []


_COUNTED = re.compile(r"\b(?:two|three|four|five|six|several|\d+)\s+(?:main\s+|broad\s+)?([a-z]+)\b", re.IGNORECASE)  # what a count counts


# "algorithms (e.g., BPE)", "activation functions (sigmoid, tanh, etc.)": examples in parentheses
_EXAMPLES_INSIDE = re.compile(
    r"\((?:(?:such as|like|including|e\.g\.,?)\s+(?P<examples>[^()]+)|(?P<listed>[^(),]+(?:,\s*[^(),]+)+),?\s+etc\.?)\)",
    re.IGNORECASE,
)


EACH_DOES = re.compile(r"(?:each|every)\s+[\w-]+\s+[a-z]+s\s", re.IGNORECASE)  # "and each group shares one head": a clause of its own
# "for extra gains", "for better results": how much better, no use of the thing
_A_GAIN = re.compile(r"(?:(?:extra|further|more|better|bigger|big|best|additional|marginal|quick|easy)\s+)?(?:gains?|benefits?|improvements?|boosts?|results?|wins?)", re.IGNORECASE)


def _what_it_serves(noun: str, listed: str) -> bool:
    """ "latency" before ": chatbots, code completion": one noun in the singular, none of the items after the colon a kind of
    it (not ": wet clay, dry clay"), nor names by their capitals ("moss: MossA, MossB" may name its kinds)."""
    items = [item.strip().lower() for item in listed.split(",")]
    return noun.isalpha() and noun.islower() and singular_noun(noun) == noun and word_tag(noun) == "NN" and not listed.strip()[:1].isupper() \
        and not any(item.endswith(noun) for item in items)


def a_second_verb(item: str) -> bool:
    """ "supports similarity search", "fixes mistakes" after "and": a verb of the subject's, with its own
    object; not "tools", "data pipelines", "powers" (a plural noun the tagger keeps as one after "it")."""
    words = item.split()
    if len(words) < 2 or not item[:1].islower():
        return False
    # "fixes mistakes", "fixes its errors": a plural before a plural or an article is no compound, so a verb
    verb_before_its_object = words[0].endswith("s") and words[0] not in readings(words[0]).get("VERB", (words[0],)) \
        and (words[1].lower() in ("a", "an", "the", "its", "their", "each", "every", "it", "them") or reads_as_plural_noun(words[1]))  # "scores each one"
    return clauses.opens_with_third_person_verb(item) or verb_before_its_object


def _a_clause_of_its_own(item: str) -> bool:
    """ "Mistral has yet another one" after "use special tokens,": a name and its verb, a sentence spliced on with a comma."""
    return item.strip()[:1].isupper() and len(item.split()) > 2 and opens_with_a_subject(item) and clauses.has_finite_verb(item)


def _an_adjective_alone(item: str, text: str, after: str) -> bool:
    """ "equal" cut from "equal to GPT-4" at the end of `text`: one word the tagger reads as an adjective
    there (not "metric" before "based on ...": the noun the tagger calls an adjective takes no "to");
    before another preposition ("fast on loam") a word in small letters, an adjective or an adverb
    (not "GPT-3.5 on ScienceQA", a name the tagger calls an adjective)."""
    if len(item.split()) != 1:
        return False
    if re.match(r"\s+to\s", after):
        return tagged(text)[-1][1] == "JJ"
    return re.match(r"\s+(?:on|at|in|with|about|against|across|from|into|out)\s", after) is not None and item.strip().isalpha() \
        and item.strip().islower() and tagged(text)[-1][1] in ("JJ", "RB")


def _examples_of_the_object(before: str, protected: set[str]) -> bool:
    """ "tasks such as", "tasks where X matters, such as": the examples are of the object; not in
    "overfitting and benefit from techniques like L1", where they are of a noun a verb later takes."""
    rest = before[len(cut(before, protected)):]
    return not rest.strip(" ,") or re.match(r"[\s,]*(?:where|that|which|who|whose|when)\b", rest, re.IGNORECASE) is not None


def _one_thing_or_doings(items: list[str]) -> bool:
    """Whether what comes before "like" is one thing ("tasks such as"), or doings ("managing context, and
    using techniques like X": only the examples are things); "A, B and C, plus D like E" lists things."""
    return len(items) < 2 or is_action(items[0])


def _names_itself(before: str, protected: set[str]) -> bool:
    """ "vector databases," before "such as": a plain noun phrase set off by a comma, whole without its examples."""
    plain = before.rstrip()
    return plain.endswith(",") and cut(plain[:-1], protected) == plain[:-1] and len(plain.split()) <= 5


def _starts_with_protected(text: str, protected: set[str]) -> bool:
    lowered = text.lower()
    return any(lowered.startswith(label) for label in protected)


def _a_task(text: str) -> Phrase | None:
    """ "serving models", "reducing the latency" (as "reducing latency"): a verb's -ing form and what it is done to, up
    to four words; None for anything else ("making everyone happy")."""
    gerund, _, done_to = text.strip().partition(" ")
    done_to = LEADING_ARTICLE.sub("", done_to)
    thing = noun_phrase(done_to)
    if not gerund.lower().endswith("ing") or "VERB" not in readings(gerund.lower()) or not 0 < len(done_to.split()) <= 4 \
            or not (keep(thing) or is_shell(thing.label)):  # "serving models": whichever models
        return None
    return doing(f"{gerund.lower()} {done_to}")


def _a_doing_with_words(text: str) -> bool:
    """ "merging two beds": a gerund and two words or more, a doing whose object stays as written."""
    words = text.split()
    return len(words) > 2 and opens_with_a_doing(text) and words[0].lower().endswith("ing")


def shell_kind(segment: str, protected: set[str]) -> Phrase | None:
    """ "a technique that manages the cache": a shell noun as what a thing is. It names no concept,
    but says the thing's class; the caller makes it a hint, never a statement (see phrases.is_shell_kind)."""
    phrase = noun_phrase(without_judgement(cut(segment.strip(), protected)))  # "a 7B model": "model"
    return phrase if is_shell(phrase.label) else None


# the machine a model ran on, after "trained on": "a single 48 GB GPU", "8 A100s", "TPU v4 pods"
_HARDWARE = re.compile(r"[^,;:.()]*?\b(?:GPU|TPU|chip|machine|cluster|node|server|laptop|device|accelerator|A100|H100|pod)s?\b\s*(?:[,;:.(]|$|(?:for|in|with|at|over)\s)",
                       re.IGNORECASE)


def names_a_machine(segment: str) -> bool:
    """ "on a single 48 GB GPU", "on 8 A100s for a week": where a model ran, after "trained on", no data it learned from."""
    return _HARDWARE.match(segment) is not None


# "a GPT-4-powered agent", "an LLM-driven planner": a kind named by what drives it, a name before "-powered"
_POWERED = re.compile(r"^(?P<name>[\w.]*[A-Z0-9][\w.-]*?)-(?:powered|driven)\s+[a-z]")


def powered_by(kind: str) -> Phrase | None:
    """The name a kind says drives it ("GPT-4-powered agent" -> GPT-4), which a thing of that kind uses; None for
    any other kind, or a common word before "-powered" ("AI-powered" is no one thing, "solar-powered" no name)."""
    found = _POWERED.match(kind)
    return noun_phrase(found["name"]) if found is not None and found["name"] not in ("AI", "ML") and keep(noun_phrase(found["name"])) else None


def bare_plural(phrase: Phrase) -> bool:
    """ "responses", "adapters": one plural noun, no word narrowing it."""
    return " " not in phrase.label and any(singular_phrase(alias) != alias for alias in phrase.aliases)


_SUBSET = re.compile(r"\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}subset\s+of\s", re.IGNORECASE)


def subset_of_a_name(said: str, objects: list[Phrase]) -> bool:
    """ "is a (cleaned) subset of Common Crawl": a part of one named whole; "a subset of LLMs" is a kind of them."""
    return len(objects) == 1 and objects[0].is_name and _SUBSET.match(said) is not None


def training_of_another(phrase: str, before: str) -> bool:
    """ "tuned using supervised fine-tuning on X": a gerund of training after a verb or "using" is a doing's object, no
    training of the subject's on X ("- **SFT**: finetuning on den pairs" is)."""
    # "X is supervised finetuning on": the copula of a definition, and a word that says which training, are none of the verbs
    held = re.sub(r"(?:\s(?:is|are|was|were))?(?:\s+[\w-]+)?\s*$", "", f" {before}")
    return phrase.lower().endswith("ing on") and (clauses.has_finite_verb(held) or re.search(r"\b(?:using|with|via|by|through)\s", before) is not None)
