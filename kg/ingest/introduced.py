"""What a line that ends on a colon says of the list to come: "The course consists of three parts:"
(what the course contains), "Rating algorithms:" (kinds of rating algorithm), "Techniques to check
factual consistency:" (what evaluates it). Knows the English wording that introduces a list."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest import classify, clauses, tagger
from kg.ingest.categories import checked_with, counted_groups, kinds_named, parts_alone
from kg.ingest.copulas import whole_split_into
from kg.ingest.hearst import QUANTIFIERS, includes_kinds
from kg.ingest.lists import without_asides
from kg.ingest.marks import ARROW_BETWEEN
from kg.ingest.modifiers import DEGREE, EVALUATIVE, is_shell, uncounted, without_judgement
from kg.ingest.categories import without_where
from kg.ingest.namings import ALTERNATIVES_TO, NAMED_MEMBERS, label_relation
from kg.ingest.claims import used_thing
from kg.ingest.nouns import Phrase, as_kind, keep, noun_phrase
from kg.ingest.problems import lists_problems, troubled_by_list
from kg.ingest.relations import relation_at, relation_matches
from kg.ingest.remarks import is_remark
from kg.ingest.referents import with_referents
from kg.ingest.sentences import sentences
from kg.ingest.singular import singular_phrase
from kg.ingest.subjects import CURRENT, NOBODY, a_predicate, subject_of
from kg.ingest.tagger import names_a_concept
from kg.ingest.wording import plain
from kg.labels import as_term, singular

if TYPE_CHECKING:
    from kg.ingest.lexicon import Record

# what may stand between a relation and the colon of a list to come: "consists of three parts:"
_TO_COME = re.compile(r"^(?:the following(?:\s+[\w-]+){0,3}|following|these|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)(?:\s+[\w-]+){0,3})?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:been|being|be|is|are|was|were)\s+$", re.IGNORECASE)
# what a list of remarks is about, not what its subject holds: "Common issues include:"
_EXAMPLES_OF = re.compile(r"^(?:some )?(?:common )?examples? of (?P<kind>[\w-]+(?: [\w-]+)*)$", re.IGNORECASE)  # on a stripped, spaced text
# an item that only says examples follow, nested in a list of kinds: "- Examples:", "- Some examples include:"
EXAMPLES_FOLLOW = re.compile(r"^(?:for example|e\.g\.|(?:some |common |other )?examples?(?: include)?)\s*:?$", re.IGNORECASE)

# "X has a few other uses that ...:": what it is used for, listed below
_USES_TO_COME = re.compile(r"^(?P<thing>[^;:]+?)\s+(?:has|have)\s+(?:(?:a\s+few|several|many|some|two|three|four|five|\d+)\s+)?"
                           r"(?:(?:other|main|key|practical|common)\s+)?(?:uses|applications|use\s+cases)(?:\s+(?:that|which)\s+[^:]*)?:$", re.IGNORECASE)

# "Where to look for public datasets:", "Where to find den maps:": places to find the thing, listed below
_WHERE_TO_FIND = re.compile(r"^where\s+to\s+(?:look\s+for|find|get|search\s+for|download|browse)\s+(?P<thing>[a-z][\w -]{1,40})$", re.IGNORECASE)
_REMARKS = {"issue", "problem", "challenge", "limitation", "pitfall", "mistake", "tip", "drawback", "risk", "question"}
# "Two approaches to den sealing (for wet dens):", "Methods for den care:": ways within the thing's scope, listed below
_WAYS_TO = re.compile(r"^(?:(?:the\s+)?(?:\d+|two|three|four|five|several|main|common|key|different)\s+)*(?:ways|approaches|methods|techniques|strategies)"
                      r"\s+(?:to|for)\s+(?P<thing>[^:,;()]{2,60}?)(?:\s+(?:for|in|on|with)\s+[^:]+)?$", re.IGNORECASE)

# "Usually has:", "It typically has:", "The lodge has:": what the thing is made of, listed below
_HAS_TO_COME = re.compile(r"(?:(?!(?:usually|typically|generally|often|always|normally)\s)(?P<whole>[A-Za-z][^,;:()]{0,40}?)\s+)?"
                          r"(?:(?:usually|typically|generally|often|always|normally)\s+)?(?:has|have)", re.IGNORECASE)
_GERUND_AND_OBJECT = re.compile(r"[a-z]+ing\s+\w", re.IGNORECASE)  # "detecting leaks": a doing named, no instruction


def last_introduced(last: str | None, heading: str) -> tuple[Phrase | str, str] | None:
    """What the last sentence of a paragraph introduces ("Once a den is open, ... Latency metrics:"), unless it is a kind of
    one word the heading ends on, which says more of it ("## Den metrics" / "... Four related metrics:")."""
    said = introduced_relation(last) if last is not None and last.endswith(":") else None
    words = as_term(heading).split()
    told = said is not None and isinstance(said[0], Phrase) and " " not in said[0].label and bool(words) and singular(words[-1].lower()) == said[0].label
    return None if told else said


def introduced_relation(text: str, in_a_list: bool = False) -> tuple[Phrase | str, str] | None:
    """The subject and relation of a paragraph whose last sentence ends on a colon with the relation's
    objects still to come, in the list below: "The course consists of three parts:" -> (course,
    contains); "It uses the following tools:" -> (CURRENT, uses). None when the sentence names them.
    An item "- examples" `in_a_list` heads examples of what it stands under (not "For example:" before a list)."""
    if in_a_list and EXAMPLES_FOLLOW.match(text.strip()):
        return CURRENT, "hasExample"
    if not text.rstrip().endswith(":") or not (found := list(with_referents(sentences(text)))):  # "Each block has:": the transformer block
        return None
    if lists_problems(label := text.strip().rstrip(":").strip()) or label.lower() == "used by":
        return CURRENT, "suffersFrom" if label.lower() != "used by" else "usedBy"  # "Problems:" / "- self-bias, where ..."
    if label_relation(label) == "usedFor":
        return CURRENT, "usedFor"  # "Use cases:", "3 applications:", "Why use it:" over items: what it is for
    if "\n" not in label and (troubled := troubled_by_list(label)) is not None and keep(thing := noun_phrase(troubled)):
        return thing, "suffersFrom"  # "Limitations of clay dens:" over a list or a table: the dens suffer from each
    if "\n" not in label and (used := used_thing(without_where(label))) is not None and keep(thing := noun_phrase(used)):
        return thing, "usedFor"  # "Uses of moss (the author lists):" over items: what moss is used for, each
    if "\n" not in label and (other := ALTERNATIVES_TO.match(label)) is not None and keep(thing := noun_phrase(other["other"].rstrip(" ?"))):
        return thing, "contrastsWith"  # "Alternatives to moss lining:" over items: each set against it
    if "\n" not in label and (sought := _WHERE_TO_FIND.match(label)) is not None and keep(thing := noun_phrase(singular_phrase(sought["thing"]))):
        return thing, "relatedTo"  # "Where to look for public datasets:" over links: a place to find them each, no kind of them
    if "\n" not in text.strip() and counted_groups(text.strip()) == "":
        return CURRENT, "isA"  # "Two kinds:" on a line of its own in a note or an entry: kinds of it
    if (checked := checked_with(label)) is not None and keep(thing := noun_phrase(checked[0])):
        return thing, checked[1]  # "Techniques to check factual consistency:": what each item evaluates, "Benchmarks for X:" too
    own_line = label.rsplit("\n", 1)[-1].strip()  # the paragraph's last line: "... in a vector database.\nCommon ANN algorithms:"
    if parts_alone(f"{own_line}:") is not None:
        return CURRENT, "contains"  # "Key pieces:", "The main components:" on a line of their own: its parts, no kind of piece
    if (named := kinds_named(own_line) or kinds_named(clauses.counted_after_a_verb(own_line) or "")) is not None and keep(kind := as_kind(noun_phrase(named))):
        return kind, "isA"  # "Three types of prompt attacks:" on a line of its own, "The chapter lists several kinds of X:": such attacks, Xs
    if "\n" not in label and (ways := _WAYS_TO.match(label)) is not None \
            and (not _a_doing(ways["thing"], after_to=label[: ways.start("thing")].lower().endswith("to ")) or _GERUND_AND_OBJECT.match(ways["thing"])) \
            and keep(thing := noun_phrase(ways["thing"])):  # "Approaches to detecting leaks:" as on one line (kg.ingest.counted)
        return thing, "includes"  # "Two approaches to den sealing:": ways within it ("Ways to seal dens:" says what to do)
    if (kind := kind_labelled(without_where(without_asides(ARROW_BETWEEN.split(own_line)[-1]).strip())) or kind_said_which(own_line)) is not None:
        return kind, "isA"  # "Rating algorithms:" on a line of its own, "... → ANN algorithms:", "Dens I've seen:", "Dens (mine):"
    if (used := _USES_TO_COME.match(found[-1][1].strip())) is not None:  # "Perplexity ..., but it has a few other uses that ...:"
        clause = re.split(r",\s+(?:but|and|so|yet)\s+", used["thing"])
        user = subject_of(clause[0]) if len(clause) > 1 and clause[-1].lower() in ("it", "they") else subject_of(clause[-1])
        return (user, "usedFor") if isinstance(user, Phrase) else None
    if (split := whole_split_into(plain(found[-1][1].strip()))) is not None and _TO_COME.match(split[1]):
        return split[0], "contains"  # "Latency for LLMs splits into:"
    last = plain(found[-1][1].rstrip()).rstrip().rstrip(":")  # the colon stays for plain(): "has two components:" contains
    if (had := _HAS_TO_COME.fullmatch(last.strip())) is not None:  # "A prompt usually has:", "It has:": its parts, listed below
        said = had["whole"] if had["whole"] and had["whole"].lower() not in ("it", "this", "they") else found[-2][1] if len(found) > 1 else None
        whole = subject_of(said) if said else CURRENT  # "A holt is a home. Usually has:": the holt's
        return (whole, "contains") if whole is CURRENT or isinstance(whole, Phrase) else None
    matches = relation_matches(last)
    if matches and not matches[-1].group().lower().endswith("ing") and (kind := _kind_to_come(last[matches[-1].end():])):
        return kind, "isA"  # "so everyone uses approximate nearest neighbor (ANN) algorithms:": the items are such algorithms
    if not matches or matches[-1].group().lower().endswith("ing") or not _TO_COME.match(last[matches[-1].end():].strip()) \
            or not last[: matches[-1].start()].strip() and tagger.reads_as_plural_noun(matches[-1].group().strip()):
        return None  # "... have been proposed, including:": whose list that is, the sentence does not say; "Benchmarks:" a noun
    before = last[: matches[-1].start()]
    if _PASSIVE.search(before) and " " not in matches[-1].group().strip():
        return None  # "a few methods have been proposed:": what was proposed, by no one the sentence names
    if before.split() and singular(before.split()[-1].lower()) in _REMARKS:
        return None  # "Common issues include:": remarks on the subject, not parts of it
    if (examples := _EXAMPLES_OF.match(" ".join(before.split()))) is not None:
        return noun_phrase(examples["kind"]), "isA"  # "Examples of hyperparameters include:"
    if relation_at(matches[-1]) == "includes" and (kind := includes_kinds(before)) is not None:
        return kind, "isA"  # "Common tools include:": kinds of tool
    if relation_at(matches[-1]) == "includes" and (owner := _whose_functions(before)) is not None:
        return owner, "includes"  # "Gateway functionality includes:", "The features of a den include:": what the gateway does or has
    if (relative := _WHAT_THEY_DO.search(before)) is not None and (is_shell(what := singular(relative["what"].lower())) or classify.class_of_word(what) in NAMED_MEMBERS):
        before = relative["who"]  # "Common techniques dens use:": what the dens use, "techniques" the object of a clause without "that"
    subject = subject_of(before)
    return None if subject == NOBODY else (subject, relation_at(matches[-1]))


# a plural that names a class of things, then the plural subject of the clause that says what they do: "techniques dens"
_WHAT_THEY_DO = re.compile(r"(?:^|\s)(?P<what>[A-Za-z][\w-]*s)\s+(?P<who>[a-z][\w-]*s)\s*$")


_FUNCTION_WORDS = frozenset({"functionality", "feature", "capability", "function", "responsibility", "duty", "job"})


def _whose_functions(subject: str) -> Phrase | None:
    """ "Gateway functionality", "The features of a den": the thing whose functions a subject names, or None."""
    words = re.sub(r"^(?:the|its|their|key|main)\s+", "", subject.strip(), flags=re.IGNORECASE).split()
    if len(words) > 2 and words[1] == "of" and singular(words[0].lower()) in _FUNCTION_WORDS:
        owner = noun_phrase(as_term(" ".join(words[2:])))
    elif 1 < len(words) < 5 and singular(words[-1].lower()) in _FUNCTION_WORDS:
        owner = noun_phrase(as_term(" ".join(words[:-1])))
    else:
        return None
    return owner if keep(owner) else None


def _a_doing(words: str, after_to: bool = False) -> bool:
    """ "seal dens", "reduce latency", "evaluating dens": a verb and its object, no noun phrase ("exact evaluation",
    "den sealing", "prompt engineering": an adjective or a noun first). `after_to` ("Ways to build shelter"): a first word
    the dictionary holds as a verb and a noun opens one too, unless it is an adjective ("to exact den care") or the phrase
    ends on a doing's noun ("to prompt engineering")."""
    first, last = words.split()[0].lower(), words.split()[-1].lower()
    if after_to and " " in words.strip() and "VERB" in (read := tagger.readings(first)) and "ADJ" not in read and not last.endswith("ing"):
        return True
    return not clauses.noun_before_noun(words) and (clauses.imperative(words) or clauses.is_base_verb(first) and "ADJ" not in tagger.readings(first))


_SAID_BY_SOMEONE = re.compile(r"\b(?:I|we|you|she|he|they)\b", re.IGNORECASE)  # "Dens I've seen": a clause that picks them


# two plurals joined, the first of two words or more: "Den search libraries and databases", "Den search libs & DBs"
_TWO_PLURALS = re.compile(r"(?P<first>[A-Za-z][\w-]*(?:\s[\w-]+){1,3}s)\s*(?:&|\band\b|/)\s*(?:[\w-]+\s){0,2}[\w-]*[A-Za-z]s")


def counted_class(text: str) -> str | None:
    """ "Two benchmarks:", "3 tools:", "3 metrics for how well you watch dens", "Benchmarks:": a count of a class word alone, whatever
    follows it to say which, whose items are of the class when they are names (or terms), too vague a kind for bare words
    ("Three metrics:" / "- depth"); the class word, or None."""
    written = without_asides(text.strip().rstrip(":")).strip()  # "(from DevOps)": whence they come
    words = _SAYS_WHICH.split(uncounted(written), maxsplit=1)[0].split()
    counted = uncounted(written) != written or words == [written] and singular(words[0].lower()) != words[0].lower()  # "Benchmarks:" too
    return words[0] if len(words) == 1 and counted and classify.class_of_word(singular(words[0].lower())) else None


_SAYS_WHICH = re.compile(r"\s+(?:for|to|of|in|on|that|which|from|you|we|I)\s")  # "metrics for how good ...", "tools we use": which ones


# some of a kind, however many: "Some den tools:", "A few den maps:", "Other den tools:"
_SOME = re.compile(r"^(?:some|a\s+few|other|more|various)\s+(?=\S+\s+\S)", re.IGNORECASE)


def kind_labelled(label: str) -> Phrase | None:
    """ "Rating algorithms", "Digging styles": a plural noun phrase of two words or more, alone before a
    colon, names the kind of the items below; a word alone ("Tools:", "Notes:") or a remark is too vague, unless a count
    makes a class word one ("Two benchmarks:", see counted_class)."""
    if (joined := _TWO_PLURALS.fullmatch(label.strip())) is not None:
        label = joined["first"]  # "Vector search libs & DBs": the items' kind is the first's, as "benchmarks/tools: A, B"
    label = clauses.counted_after_a_verb(label) or label  # "Kim lists several den risks:": what the clause counts, den risks
    classed = counted_class(label)
    label = _SOME.sub("", classed or uncounted(label))  # "Three den metrics", "Some den metrics": den metrics, however many
    if "\n" in label or (len(label.split()) < 2 or relation_matches(label)) and not classed or is_remark(label):
        return None
    if any(tag in ("IN", "DT", "CD", "TO", "PRP$") for _word, tag in tagger.tagged(label)):
        return None  # "Two hypotheses from the book:", "Examples of X:": no bare kind
    if a_predicate(label):
        return None  # "- needs strong claws:" over items: what the thing needs, said of it, no kind named
    if len(label.split()) > 3 and clauses.has_finite_verb(label) and not _SAID_BY_SOMEONE.search(label):
        return None  # "Different den phases need different soil types:": a sentence (not "Dens I dig in winter:")
    if singular_phrase(label) == label or not names_a_concept(label) or is_shell(label):
        return None
    if is_shell(label.split()[-1]) and tagger.tagged(label)[-2][1] not in ("NN", "NNS", "NNP", "VBG"):
        return None  # "Memory mechanisms", "Sampling methods": kinds; "Recent papers", "Other approaches": too vague
    kind = noun_phrase(without_judgement(label[0].lower() + label[1:] if label[1:2].islower() else label))  # "Common X:": X
    return kind if keep(kind) and not kind.is_name else None



# "Benchmarks that work this way", "Den tools which store moss": a plural of nouns, then a clause that says which ones
_WHICH_ONES = re.compile(r"(?P<plural>(?:[\w-]+\s+){0,2}[\w-]*[a-z]s)\s+(?:that|which)\s+[^:,;]+")


def kind_said_which(label: str) -> Phrase | None:
    """The kind a label names by a plural and a relative clause that says which ones, before a list: the items are of it.
    The plural is a word of a class of the vocabulary ("Benchmarks") or more words ("Den tools"); a shell ("Things that
    matter") or a clause's own words ("Here are models that ...") name none."""
    found = _WHICH_ONES.fullmatch(label.strip())
    if found is None or any(tag not in ("NN", "NNS", "NNP", "NNPS", "JJ") for _w, tag in tagger.tagged(found["plural"])):
        return None
    kind = as_kind(noun_phrase(found["plural"][0].lower() + found["plural"][1:]))
    one_word = " " not in kind.label
    return kind if keep(kind) and not kind.is_name and not is_shell(kind.label) and kind.label != found["plural"].lower() \
        and (not one_word or classify.class_of_word(kind.label) is not None) else None


def _kind_to_come(rest: str) -> Phrase | None:
    """The plural kind that all an object holds before the list's colon: "approximate nearest neighbor
    (ANN) algorithms"; None for anything else ("the following tools", "data from three sources")."""
    kind = includes_kinds(rest)
    bare = without_asides(rest).split()
    if kind is None or not bare or len(bare) > 6 or singular(bare[-1].lower()) != kind.label.split()[-1].lower():
        return None
    return kind if len(kind.label.split()) == len([w for w in bare if w.lower() not in _PICKING]) else None


# words before a plural that say which or how many of the kind, no part of its name: "uses several indexes:"
_PICKING = QUANTIFIERS | {"the", "these", "such", "a"}


def narrowed_kind(kind: str, nested_in: Record | None) -> str:
    """The kind a list labelled by a class word alone names, narrowed by the entry the list sits in:
    "- **Lexical similarity**: ..." / "  - metrics: BLEU, ROUGE" lists lexical similarity metrics. The kind alone
    under a name ("Annoy"), a plural, a remark, a doing or two things, which narrow nothing, and under a heading,
    too far from the list to say whose it is ("## Sampling" / ... / "tools: outlines, guidance"); a word of no class
    ("options") stays."""
    thing = None if nested_in is None or nested_in.is_name else nested_in.label
    if classify.class_of_word(singular(kind.lower())) not in NAMED_MEMBERS:
        return kind  # "stats: A, B", "options: A, B": no class the thing above could narrow
    if thing is None or len(thing.split()) > 3 or re.search(r"\s(?:and|or|vs\.?)\s|[&/]", thing) or is_remark(thing) \
            or singular_phrase(thing) != thing or is_shell(thing.split()[-1]) or tagger.tagged(thing)[0][1].startswith("VB"):
        return kind
    return f"{thing[0].lower() + thing[1:] if thing[1:2].islower() or len(thing) == 1 else thing} {kind}"


def sorted_kind_under(label: str, heading: str) -> Phrase | None:
    """ "Traditional techniques:" under "## Data synthesis": traditional data synthesis techniques, the kind of the
    items below, which the shell word alone ("techniques", said of what the heading names) leaves vague; None for a
    judgement ("Other approaches", "Common methods") or a heading that names no one thing."""
    words, topic = label.strip().rstrip(":").split(), as_term(heading)
    if not 2 <= len(words) <= 3 or not is_shell(singular(words[-1].lower())) or singular(words[-1].lower()) == words[-1].lower():
        return None
    sorting = [w.lower() if w[1:].islower() else w for w in words[:-1]]  # "Traditional" opens the line; "AI-powered" is written so
    if any(w.lower() in EVALUATIVE | DEGREE | QUANTIFIERS | _SAYS_WHICH_NOT for w in sorting) \
            or not all(tag in ("JJ", "VBN", "NNP") or "-" in word for word, tag in tagger.tagged(" ".join(sorting).lower())):
        return None  # "Other approaches", "Common methods": which ones, never said; "Den techniques": a noun narrows it already
    if not 1 <= len(topic.split()) <= 3 or not names_a_concept(topic) or is_remark(heading) or topic.lower() != singular_phrase(topic.lower()):
        return None
    kind = noun_phrase(f"{' '.join(sorting)} {topic[0].lower() + topic[1:] if topic[1:2].islower() else topic} {singular(words[-1].lower())}")
    return kind if keep(kind) else None


# words that pick some of a kind or judge them, saying no kind: "Other approaches", "Recent methods"
_SAYS_WHICH_NOT = frozenset({"other", "recent", "common", "popular", "main", "key", "basic", "important", "known", "notable", "typical"})
