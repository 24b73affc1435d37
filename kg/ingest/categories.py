"""Labels that name a category whose members or kinds are listed below them: "Types of attention",
"Common optimizers:", "Elements of a Prompt", "2 families:". Knows English wording only."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.hearst import GROUPS
from kg.ingest.lists import without_asides
from kg.ingest.modifiers import EVALUATIVE, GROUP_WORDS, PART_WORDS, is_counted, is_shell, uncounted, without_judgement
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import OPEN_ENDS, a_place_in_the_notes, opens_with_a_doing, verb_and_object
from kg.ingest.remarks import is_remark, names_a_part_of_the_writing
from kg.ingest.name_lists import an_adjective_alone
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.subjects import a_predicate
from kg.ingest import classify, clauses, tagger
from kg.ingest.tagger import names_a_concept
from kg.labels import as_term, clean, unclipped


# "Types of attention", "Common optimizers", "Popular vector databases": what the items below are
_KINDS_OF = re.compile(r"^(?:(?:the\s+)?(?:(?:\d+|two|three|four|five|six|several|a few)\s+)?(?:main\s+|common\s+|different\s+|major\s+)?(?:types|kinds|forms|variants|categories|families|flavou?rs|sorts|varieties|subtypes|buckets|groups|classes)\s+of\s+(?P<kind>.+?)|(?P<head>.+?)\s+(?:types|variants|categories|kinds|families))$", re.IGNORECASE)
# what narrows a heading's kind to a setting: "Types of Training Based on Batch Size", "Concepts in K-Means"
# whoever sorts them: "She splits PEFT methods into two camps", "The book groups tools into three categories"
_SORTED_INTO = re.compile(r"^.*?\b(?:splits|divides|groups|sorts|classifies|categori[sz]es|separates|breaks\s+down)\s+(?:the\s+)?(?P<kind>[\w -]{2,40}?)"
                          rf"\s+into\s+(?:two|three|four|five|six|several|\d+)(?:\s+(?:main\s+|broad\s+)?{GROUPS})?$",  # "groups X into three"
                          re.IGNORECASE)
# "Model adaptation splits into two kinds:", "Den sealing is split into three types:": the subject's own kinds
_SPLITS_INTO = re.compile(r"^(?P<kind>[\w -]{2,40}?)\s+(?:splits|(?:is|are|can\s+be)\s+(?:split|divided|broken\s+down)|breaks\s+down)\s+into\s+"
                          rf"(?:two|three|four|five|six|several|\d+)\s+(?:main\s+|broad\s+)?{GROUPS}$", re.IGNORECASE)
_QUALIFIED = re.compile(r"\s+(?:based on|for|in|with|used|from|by|on)\s+", re.IGNORECASE)
_INTRODUCING = re.compile(r"^(?:here are|these are|there are|the|some|several|various|common|popular|main|key|different|notable|well-known)\s+", re.IGNORECASE)


def kinds_named(text: str) -> str | None:
    """What a heading or list item says the things below it are kinds of: "Types of Regularization"
    -> "regularization", "Step 2: Attention variants" -> "attention", "Step 2: Common Activation
    Functions" -> "activation function" (a plural after a word that introduces members)."""
    written = without_where(without_asides(clean(text).split(": ")[-1].rstrip(" :")).strip())  # "Types of X she mentions (...)"
    written = _QUALIFIED.split(written, maxsplit=1)[0]
    if (grouped := _SORTED_INTO.match(written) or _SPLITS_INTO.match(written)) is not None and names_a_concept(kind := as_term(grouped["kind"])):
        return kind  # "Huyen splits PEFT methods into two camps:", "Den sealing splits into two kinds:": the items below are of it
    match = _KINDS_OF.match(written)
    if not match:
        return _members_named(written)
    kind = as_term(match["kind"] or match["head"])
    if match["head"] and len(sides := re.split(r"\s[—–-]\s", kind)) == 2:  # "Safety — unsafe categories": safety's; "Den care — tunnel types": tunnels
        kind = sides[1] if names_a_concept(sides[1]) else sides[0]
    if match["head"] and (_INTRODUCING.fullmatch(f"{uncounted(kind)} ") or not uncounted(kind)):
        return None  # "Main variants", "8 common categories", "3 types": of what, the heading above says
    kind = _INTRODUCING.sub("", uncounted(kind)) if match["head"] else kind  # "2 main den kinds": den kinds
    if match["head"] and len(kind.split()) > 2 and (clauses.has_finite_verb(kind) or clauses.counted_after_a_verb(match["head"])):
        return None  # "Den phases need different soil types": a sentence, its subject no kind
    return kind if names_a_concept(kind) else None


@lru_cache(maxsize=1 << 12)  # asked for every item under a heading
def types_named(text: str) -> str | None:
    """What a heading says the things below it are types of, in so many words ("Types of
    Regularization", "Attention variants"); not a plural of members ("Key Algorithms"), whose list
    may hold groups of them rather than them."""
    written = _QUALIFIED.split(clean(text).split(": ")[-1].rstrip(" :"), maxsplit=1)[0]
    return kinds_named(written) if _KINDS_OF.match(written) else None


# a count of parts: "2 steps", "three main stages" (of what the line or the heading names)
COUNTED_PARTS = re.compile(r"(?:[2-9]|two|three|four|five|six)\s+(?:main\s+|key\s+|distinct\s+)?(?:steps|stages|phases|parts|components|layers|modules|pieces)", re.I)
_PARTS_ALONE = re.compile(r"(?:(?:the|main|key|typical|usual|basic)\s+)*(?P<parts>steps|stages|phases|parts|components|layers|modules|pieces)\s*:", re.IGNORECASE)


def parts_alone(line: str) -> str | None:
    """ "Steps:", "The main components:" alone on a line: the parts the list below names ("step"), as "Two steps:" counts them."""
    return singular_phrase(found["parts"].lower()) if (found := _PARTS_ALONE.fullmatch(line.strip())) is not None else None


def parts_counted(line: str) -> bool:
    """ "Two steps:", "Typical steps (order varies):": a line that says the list below holds parts, counted or not."""
    return line.rstrip().endswith(":") and (COUNTED_PARTS.fullmatch(line.strip(" .:")) is not None or parts_alone(without_asides(line)) is not None)


def parts_named(text: str) -> str | None:
    """What a heading says the things below it are parts of: "Elements of a Prompt" -> "prompt",
    "Key components of an agent" -> "agent"; None otherwise."""
    written = clean(text).split(": ")[-1].rstrip(" :?")  # "Q: parts of a den?": a question that heads its parts
    match = _PARTS_OF.match(written) or _WHAT_IS_INSIDE.match(written)  # "Q: what's inside a den?": its parts too
    whole = as_term(match["whole"] or match.groupdict().get("consists") or "") if match else ""
    return whole if whole and names_a_concept(whole) and not is_shell(whole) else None


def whole_of_parts(label: str) -> str | None:
    """What a label of parts names the parts of, before its word for parts: "Den parts", "two den parts" -> "den"; None
    for a word for parts alone or after a judging word ("Parts", "Key components"): the entry's, or the section's."""
    words = uncounted(label).split()
    if len(words) < 2 or _MEMBERS.match(" ".join(words)) or not all(tag.startswith("NN") for _word, tag in tagger.tagged(" ".join(words[:-1]))):
        return None
    return " ".join(words[:-1]) if names_a_concept(" ".join(words[:-1])) else None


# "3 parts of den care", "Key components of an agent", "Building blocks of a sett": what the parts named are of
_PARTS_OF = re.compile(r"^(?:the\s+)?(?:(?:\d+|two|three|four|five|six)\s+)?(?:(?:main|key|core|basic)\s+)?(?:parts|components|steps|stages|phases|layers|"
                       r"pieces|elements|modules|building\s+blocks|ingredients)\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<whole>[^,;:()?]{2,40})$", re.IGNORECASE)
_WHAT_IS_INSIDE = re.compile(r"^what(?:['’]s|\s+is|\s+are)\s+(?:inside|in)\s+(?:the\s+|a\s+|an\s+)?(?P<whole>[^,;:()?]{2,40})$"
                             r"|^what\s+(?:does|do)\s+(?:the\s+|a\s+|an\s+)?(?P<consists>[^,;:()?]{2,40}?)\s+consist\s+of$", re.IGNORECASE)
_WRITING = frozenset({"ch", "chap", "chapter", "book", "section", "notes", "post", "paper", "lecture", "course", "article", "page"})


def parts_of(label: str) -> str | None:
    """What a label of parts names the whole of: "3 parts of den care" -> "den care"; "" for a part of the writing ("3
    parts of ch", "the two parts of the chapter"), which holds no concept; None for any other label."""
    found = _PARTS_OF.match(label.strip())
    if found is None or not names_a_concept(whole := found["whole"].strip()):
        return None
    return "" if whole.lower() in _WRITING or names_a_part_of_the_writing(whole) else whole


# plurals that gather remarks, not kinds of a thing: "Key Takeaways", "Common Pitfalls"
_NOT_KINDS = {"takeaway", "insight", "lesson", "difference", "feature", "tip", "pitfall", "mistake", "challenge",
              "question", "problem", "misconception", "trick", "practice", "consideration", "limitation"}
_MEMBERS = re.compile(r"^(?:common|popular|key|main|standard|typical|notable|widely used|well-known)\s+(?P<plural>.+)$", re.IGNORECASE)


def _members_named(written: str) -> str | None:
    """ "Common Activation Functions", "Key Performance Metrics": a plural of a kind worth a concept,
    not "Key Takeaways" or "Main Steps" (shell nouns)."""
    match = _MEMBERS.match(written)
    if not match or len(match["plural"].split()) > 4:
        return None
    plural = as_term(match["plural"])
    kind = singular_phrase(plural)
    if kind == plural or is_shell(kind) or kind.split()[-1] in _NOT_KINDS:
        return None
    return kind if names_a_concept(kind) else None


# an aside set off between a subject and its verb: "Guards, the checks around a den, come in two kinds"
SET_OFF = r"(?:,\s+(?:the|an?|which|that)\s[^,:;()]{3,80},)?"
# "2 families:", "Three main types:", "Tools fall into three buckets:": kinds of the subject, counted
_COUNTED_GROUPS = re.compile(
    rf"^(?:(?P<kind>[\w\s-]+?){SET_OFF}\s+(?:(?:fall|falls|are divided|can be divided|are grouped)\s+into|comes?\s+in)\s+)?"
    r"(?:(?:the|\d+|two|three|four|five|six|several|a few|main|key|major|broad|big|basic|common|distinct|different)\s+)*"
    rf"{GROUPS}(?:\s+(?:(?:covered|discussed|described|listed|given)\s+)?(?:in|from|per|across)\s+(?:the\s+|all\s+)?[\w.-]+(?:\s[\w.-]+)?)?\s*:$",
    re.IGNORECASE)  # "Two main groups in the book:", "Three types covered in ch. 5:", "Guards, the checks around a den, come in two kinds:"


# "3 ways:", "Two main approaches:": ways of doing what the heading or entry above names, counted; not "Methods:"
_COUNTED_WAYS = re.compile(r"^(?:(?:\d+|two|three|four|five|six|several)\s+(?:main\s+|key\s+|common\s+|different\s+)?|(?:the\s+)?(?:main|key|common|typical|popular)\s+)"
                           r"(?:ways|approaches|methods|techniques|strategies|mechanisms|options|patterns|flavou?rs|settings|modes|variants|forms|styles|paradigms|regimes|ones)\s*:$",
                           re.IGNORECASE)  # "Two settings:", "Three modes:", "3 main ones:", "Main modes:": kinds of what the line is on


@lru_cache(maxsize=1 << 12)
def counted_groups(text: str) -> str | None:
    """The kind whose kinds a line counts before listing them: "" when the line does not say it (the
    heading above does: "2 families:", "3 ways:"), "tool" for "Tools fall into three buckets:"; None otherwise."""
    if _COUNTED_WAYS.match(clean(text).strip()):
        return ""
    found = _COUNTED_GROUPS.match(clean(text).strip())
    if found is None:
        return None
    return singular_phrase(as_term(found["kind"])) if found["kind"] else ""


# "techniques to check factual consistency:", "metrics for measuring latency:": what each item below checks
_CHECKED_WITH = re.compile(r"^(?:\w+\s+)?(?P<kind>techniques|methods|ways|tools|approaches|metrics|benchmarks|tests|checks)\s+(?:to|for)\s+"
                           r"(?P<verb>check|verify|test|evaluate|assess|measure|quantify|checking|verifying|testing|evaluating|"
                           r"assessing|measuring|quantifying)\s+(?P<thing>[\w -]{2,50})$", re.IGNORECASE)
# "benchmarks for den warmth:", "metrics for den safety:": what a benchmark evaluates, a metric measures (not "for each den";
# "latency metrics for LMs" are metrics of latency)
_CHECKS_FOR = re.compile(r"^(?:(?:common|popular|key|main|standard|typical|useful|good|classic|important|other)\s+)?(?P<kind>metrics|measures|benchmarks|tests|evals)\s+for\s+"
                         r"(?!(?:each|every|all|the|an?|this|these|those|any|some|instance|example|now)\b)(?P<thing>[\w -]{2,50})$", re.IGNORECASE)


def checked_with(label: str) -> tuple[str, str, str] | None:
    """(thing, relation, kind) of a label over what checks or measures a thing: "Techniques to check factual
    consistency" -> ("factual consistency", "evaluatedBy", "technique"), "Metrics for measuring latency" and
    "Metrics for latency" -> ("latency", "measuredBy", "metric")."""
    bare = label.strip().rstrip(":").strip()
    found = _CHECKED_WITH.match(bare) or _CHECKS_FOR.match(bare)
    if found is None:
        return None
    measured = (found.groupdict().get("verb") or found["kind"]).lower().startswith(("measur", "quantif", "metric"))
    return found["thing"], "measuredBy" if measured else "evaluatedBy", singular_phrase(found["kind"].lower())


# a plural's purpose with no object, at the end of a label: "Hyperparameters to tune:", "Things to consider:"
_TO_DO = re.compile(r"(?<=s)\s+to\s+[a-z]+(?:\s+[\w-]+){0,3}$")


_AS_SHOWN = re.compile(r"(?<=s)\s+(?:compared|side by side|at a glance|in brief|in short|in a table|in one table|summari[sz]ed)$", re.IGNORECASE)
# "chips designed specifically for inference": inference chips, the purpose they are built for narrowing their kind
_CONDITION = re.compile(r"(?:if|when|whenever|because|since|while|as)\s", re.IGNORECASE)
_BUILT_FOR = re.compile(r"(?:^|\s)(?P<plural>[a-z][\w-]*s)\s+(?:designed|built|made|optimi[sz]ed|meant)\s+(?:specifically\s+|especially\s+|mainly\s+)?"
                        r"for\s+(?P<use>[a-z][\w-]*(?:\s[a-z][\w-]*)?)$", re.IGNORECASE)
def built_for_a_use(label: str) -> re.Match[str] | None:
    """ "chips designed specifically for inference": a plural (group "plural") and the use it is built for, a noun (group
    "use"), which narrows its kind (inference chips); not a doing ("tools built for den digging")."""
    built = _BUILT_FOR.search(label)
    return built if built is not None and all(t in ("NN", "NNP") for _w, t in tagger.tagged(built["use"])) else None


_A_DOING = re.compile(r"(?P<goal>[A-Za-z][a-z]+ing\s+(?!and\s|or\s)[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})")


def a_doing_labelled(label: str) -> re.Match[str] | None:
    """ "Detecting wet dens", "Finding roots": a doing and its object (group "goal"), what the things a label lists are used
    for; not a word that judges ("Interesting tension"), nor a kind a doing narrows ("digging tools", "sampling methods")."""
    found = _A_DOING.fullmatch(label)
    if found is None or not opens_with_a_doing(label) or an_adjective_alone(label.split()[0].lower()):
        return None
    last = singular_noun(unclipped(label.split()[-1].lower()))  # "Digging libs": libraries, a class
    return None if classify.class_of_word(last) or last in GROUP_WORDS else found


_WHICH_ONES = re.compile(r"\s+(?:that|which|who)\s+(?:really\s+|actually\s+)?(?:matters?|count|counts|work|works|help|helps|stick|use|uses|need|needs)\b.*$",
                         re.IGNORECASE)


# where or when the writer met a list's items, or who named them, no part of their kind: "in the book", "today", "she mentions"
_WHERE = re.compile(r"\s+(?:(?:in|from)\s+(?:the\s+)?(?:book|chapter|paper|course|lecture|notes|wild|practice|production|real world)"
                    r"|out there|today|so far|to (?:know|try|remember|watch|read|check(?:\s+out)?)|worth\s+[a-z]+ing(?:\s+out|\s+about)?"
                    r"|(?:that\s+)?(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:tried|used|use|like|recommend|tested|seen|met|come\s+across|heard\s+of|looked\s+at)"
                    r"(?:\s+(?:around|so\s+far|before|here|myself))?"
                    r"|(?:that\s+)?(?:she|he|they|the\s+(?:author|authors|book|chapter|paper))\s+(?:mentions|mentioned|lists|listed|covers|covered|"
                    r"describes|described|names|named|gives|discusses)"
                    r"|(?-i:[A-Z][a-z]+\s+(?:mentions|lists|covers|describes|names|gives|discusses|borrows|recommends|suggests|highlights))"  # "Kim borrows" (not "Model Names")
                    r"|(?:mentioned|listed|covered|discussed|cited)(?:\s+(?:here|above|below|there))?)$", re.IGNORECASE)  # "Tools I tried:", "vector DBs I've seen around:", "Den tools mentioned:"


# a clause that ends on how many things it names, which the list below holds: "the first survey counted 3 tunnels"
_COUNTED_AT_END = re.compile(r"^(?P<before>.*[a-z].*?)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
                             r"(?P<plural>(?!(?:seconds|minutes|hours|days|weeks|months|years|times|bytes|[KMGT]B)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})$")


def without_where(label: str) -> str:
    """A list's label without where or when the writer met its items: "Tools I tried" -> "Tools"."""
    return _WHERE.sub("", " ".join(label.split()))


def without_remark(label: str) -> str:
    """ "den tools I've seen (not all from the book)", "AI accelerators (hardware level)": the label without a remark in
    parentheses at its end; not "SDMs (state den models)", "DN caches (den nook)", "Mixture of Experts (MoE)" or
    "Den cams (aka burrow cams)", another name of what the label names or of a word of it."""
    aside = re.search(r"\s\((?P<inner>[^()]+)\)\s*$", label)
    if aside is None:
        return label
    inner, words = aside["inner"].strip(), label[: aside.start()].split()
    if any(word.isupper() and abbreviates(word.rstrip("s"), inner) for word in words) or abbreviates(words[-1].rstrip("s"), inner) \
            or abbreviates(inner, label[: aside.start()]) or re.match(r"(?:aka|a\.k\.a\.?|also|i\.e\.?|or)\b", inner, re.IGNORECASE):
        return label
    return label[: aside.start()]


def category_named(text: str) -> str | None:
    """The kind a short plural phrase ending a line names, its members listed below: "Common
    optimizers:" -> "optimizer"; "Types of attention:" -> "attention"; None for a subject or a sentence."""
    if not text.rstrip().endswith(":"):
        return None
    written = _INTRODUCING.sub("", re.split(r"\s+[—–-]\s+", clean(text).rstrip(" :"))[-1])  # "Setting expectations — metrics:": metrics
    written = without_where(without_asides(written).strip())  # "ANN algorithms (the ones I need):", "Types of X she mentions:"
    if (purposed := _TO_DO.sub("", written)) != written and (is_shell(singular_phrase(purposed.split()[-1])) or purposed.split()[-1].lower() == "places"):
        return None  # "cheaper ways to get demo data:", "Two places to put them:": ways and places, no kind of thing
    written = purposed  # "Hyperparameters to tune:", "Tactics to get better retrieval:": hyperparameters, tactics
    if re.search(r"\sper\s", written):
        return None  # "mix methods per tunnel:" over "- wet tunnel -> moss": a pairing, one for each tunnel, no kind of them
    written = _WHICH_ONES.sub("", written)  # "hyperparams that matter:": which of them, no part of their kind
    if (relative := re.search(r"\s(?:that|which|who)\s", written)) is not None and is_shell(singular_phrase(written[: relative.start()])):
        return None  # "Things that drift:", "Stuff that breaks:": whatever does so, no kind of thing
    # "Kim lists several chips ...": what a short clause counts (not "if a model makes two outputs", "It uses the following tools")
    counted = clauses.counted_after_a_verb(written)
    counting = counted and len(said := written.split()[: -len(counted.split())]) <= 4 and said[-1].lower() not in ("a", "an", "the")
    written = counted if counting and not _CONDITION.match(written) else written
    if (built := built_for_a_use(written)) is not None:
        written = f"{written[: built.start('plural')]}{built['use']} {built['plural']}"  # "chips designed for inference": inference chips
    written = _AS_SHOWN.sub("", written)  # "Retrieval algos compared:", "Den tools at a glance:": how they are shown
    if len(words := written.split()) > 2 and words[0].lower().endswith("ing") and [t for _w, t in tagger.tagged(" ".join(words[:2]))][1:] == ["JJ"]:
        return None  # "Navigating public benchmarks", "Training large models": a doing and its object (no noun stands before an adjective)
    if (where := re.search(r"\s+(?:in|from)\s+\S.*$", written)) is not None and singular_phrase(written[: where.start()]) != written[: where.start()]:
        first = tagger.readings(written.split()[0])
        if where.group().split()[0] == "from" and written.split()[0].islower() and "VERB" in first and "NOUN" not in first:
            return None  # "separate prompts from code:": an instruction, what it does to them and from what
        written = written[: where.start()]  # "Message roles in chat APIs:", "hypotheses from the book:": where, when or whence, no part of their kind
    if counted_groups(text) is not None or checked_with(text) is not None:
        return None  # "2 families:": groups of something else (counted_groups); "Tools to check X:": what checks X
    if (counted := _COUNTED_AT_END.match(written)) is not None and singular_phrase(counted["plural"]) not in PART_WORDS:
        written = counted["plural"]  # "the first survey counted 3 tunnels:": tunnels, whatever the clause before says
    if (kind := kinds_named(written)) is not None:
        return singular_phrase(kind)  # "Types of den tools:", "4 buckets of den tools:": den tool
    if not written or len(written.split()) > 5 or not names_a_concept(written) or written.lower() in OPEN_ENDS or a_predicate(written) \
            or (len(written.split()) > 2 and (clauses.has_finite_verb(written) or verb_and_object(written.lower().split()))) \
            or a_place_in_the_notes(written):
        return None  # "others: A, B": the rest, of no kind it names; "- needs strong claws:", what the thing needs; "- ch6 A and Bs"
    singular = singular_phrase(as_term(written))
    if is_counted(singular) and is_shell(singular.split(maxsplit=1)[-1]) and singular.split()[-1].lower() not in PART_WORDS:
        return None  # "- three mechanisms:" counts shells of no kind named ("- 3 parts:" are a whole's, whole_counted reads)
    if singular == as_term(written) or is_shell(singular) or is_remark(singular) or is_remark(re.split(r"\s(?:of|to|for|why)\s", written)[0]):
        return None  # "Pros:", "Uses:", "Key takeaways:", "Pros of quantization:": remarks on the subject, no kind of thing
    kind = uncounted(singular)  # "7 axes:": axes, however many; "Three main mechanisms", "Significant den algos": no judging word
    return without_judgement(kind[:1].lower() + kind[1:] if kind.split()[0].lower() in EVALUATIVE else kind)


# "the main ones in the book:", "some of them:", "a few examples:": a label over a list that points back at the term before it
_ONES_OF_THE_TERM = re.compile(r"^(?:(?:the|some|a\s+few|several|a\s+couple)\s+)?(?:(?:main|key|common|important|popular|best|known|notable)\s+)*"
                               r"(?:ones|of\s+them|examples|mentioned)(?:\s+(?:in|from|of|to|I|we|she|he|they)\b[^:]{0,40})?\s*:$", re.IGNORECASE)


def ones_of_the_term(text: str) -> bool:
    """ "- **Den sealing methods:** the main ones in the book:" over items: the items are the term's, as under "- **X:**" alone."""
    return _ONES_OF_THE_TERM.match(text.strip().rsplit(". ", 1)[-1]) is not None  # "tools that dig. mentioned:": the last sentence
