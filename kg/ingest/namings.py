"""Sentences that name or list rather than relate: "The process of breaking text into tokens is called tokenization"
(defines tokenization, which produces tokens), "Vector databases: A, B" (members of a kind, or what a label says of the
entry being read), "Also called X." (another name of the entry); examples: kg.ingest.named_examples. Knows English wording."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.ingest.claims import MITIGATED_BY, Claim, Reading, used_thing
from kg.ingest.clause_starts import without_relatives_in_a_list
from kg.ingest import classify, clauses, tagger
from kg.ingest.copulas import names_kinds
from kg.ingest.hearst import GROUP_WORDS, KIND_HEADS, includes_kinds, kinds_with_examples
from kg.ingest.kinds_not_given import does_its_roles
from kg.ingest.cues import Cue
from kg.ingest.memo import fresh
from kg.ingest.lists import cut, cut_around_asides, each_cut, names_before_a_verb, sharing_the_noun, split, without_asides
from kg.ingest.name_lists import A_KIND_OF_THEIR_OWN, a_name, adjectives_only, an_adjective_alone, names_only, said_by_what_it_is_like, says_what_it_is_like
from kg.ingest.remarks import is_remark, one_work
from kg.ingest.doings import doing
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import NAMED_KINDS, Phrase, keep, noun_phrase, opens_with_a_doing, verb_and_object
from kg.ingest.other_names import also_called
from kg.ingest.objects import EXAMPLES_CUE
from kg.ingest.categories import a_doing_labelled, built_for_a_use, category_named, checked_with, counted_groups, kinds_named, parts_of, whole_of_parts, without_remark, without_where
from kg.ingest.modifiers import PART_WORDS, SIDE_WORDS, is_shell, uncounted, without_judgement
from kg.ingest.problems import as_a_trouble, lists_problems, names_troubles, troubled_by_list
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.values_listed import choices_of_a_kind
from kg.labels import opening_lowered
from kg.ingest.subjects import CURRENT, opens_with_a_subject

_EXAMPLES_ASIDE = re.compile(r"\((?:e\.g\.|like|such as|for example)[,:]?\s+(?P<names>[^()]+)\)", re.IGNORECASE)
_NAMES_ASIDE = re.compile(r"(?<=[a-z]s)\s+\((?P<names>[^()]*,[^()]*)\)")  # "games (Minecraft, Go)": names of a plural's members
_NAMING = re.compile(r"^the (?P<what>process|set|collection|group|list|sequence|act|practice|study) of (?P<body>.+?) "
                     r"is (?:called |known as |referred to as |the (?:[\w-]+'s )?)(?P<name>[\w\s-]+)$", re.IGNORECASE)


# "Scent marking is also called musking"; not "Each example in the prompt is called a shot" (what defines a new term, no other name)
_ANOTHER_NAME = Cue(r"short|stands|abbreviation|acronym|name|called|known|referred|dubbed")
_THING_ALSO_CALLED = re.compile(r"^(?!(?:an?|each|every|any|one)\s)(?P<thing>[^,;:()]{2,60}?)\s+(?:is|are)\s+(?:(?:also|often|sometimes|commonly|usually)\s+)?"
                                r"(?:called|known\s+as|referred\s+to\s+as|dubbed)\s+(?P<other>[^,;:()]{1,60})$", re.IGNORECASE)


# "Dens that flood (or whose roofs sag) are called wet dens": a name given to the ones a clause picks out
_NAMED_BY_A_CLAUSE = re.compile(r"^(?!(?:it|this|that|they)\s)[A-Za-z][\w-]*(?:\s[\w-]+){0,3}?\s(?:that|which|who|whose)\s[^;:]{3,160}?\s(?:is|are)\s+"
                                r"(?:also\s+)?(?:called|known\s+as|referred\s+to\s+as|dubbed)\s", re.IGNORECASE)


# "BSI is short for Burrow Stability Index", "BSI stands for ...", "BSI is an abbreviation of ..."
_SHORT_FOR = re.compile(r"^(?P<short>[A-Za-z][\w&-]{0,15})\s+(?:is\s+short\s+for|stands\s+for|is\s+an?\s+(?:abbreviation|acronym)\s+(?:of|for))\s+"
                        r"(?P<long>[^,;:()]{3,80})$", re.IGNORECASE)


# "Dig time (DT) and claw time are other names for basically the same idea as DWT", "X is another name for Y"
_OTHER_NAMES = re.compile(r"^(?P<other>[^;:]{2,120}?)\s+(?:is|are)\s+(?:just\s+|simply\s+|really\s+)?(?:another|other|alternative)\s+names?\s+for\s+"
                          r"(?:(?:basically|essentially|roughly|more\s+or\s+less)\s+)?(?:the\s+same\s+(?:[a-z]+\s+)?as\s+)?(?P<thing>[^,;:()]{1,60})$",
                          re.IGNORECASE)


def read_also_called(text: str, reading: Reading) -> bool:
    """ "Scent marking is also called musking.", "BSI is short for Burrow Stability Index.", "DT and CT are other
    names for DWT": another name of a thing, and no statement."""
    if not _ANOTHER_NAME.in_text(text):
        return False  # none of the words _SHORT_FOR, _OTHER_NAMES or _THING_ALSO_CALLED needs: most sentences
    if _NAMED_BY_A_CLAUSE.match(text.strip()):
        return True  # "Dens that flood are called wet dens": the name of the ones the clause picks out, a kind of them when the name is
        # marked (kg.ingest.defined_last); no other name of all dens, and what the clause says is said of the ones named, not of dens
    names: list[Phrase] = []
    if (short := _SHORT_FOR.match(text.strip())) is not None and abbreviates(short["short"], short["long"]):
        found = _THING_ALSO_CALLED.match(f"{short['long']} is also called {short['short']}")
    elif (others := _OTHER_NAMES.match(text.strip().rstrip("."))) is not None:
        thing, names = noun_phrase(others["thing"]), [noun_phrase(n) for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", others["other"])]
        found = None if not all(map(keep, names)) else _THING_ALSO_CALLED.match(f"{thing.label} is also called {names[0].label}")
    else:
        found = _THING_ALSO_CALLED.match(text.strip())
    thing, other = (noun_phrase(found["thing"]), noun_phrase(found["other"])) if found else (None, None)
    other = replace(other, aliases=tuple(dict.fromkeys(label for name in names for label in (name.label, *name.aliases)))) if other and names else other  # "DT": each name's own
    if thing is None or other is None or not (keep(thing) and keep(other)) or thing.label.lower() == other.label.lower() \
            or is_shell(thing.label.split()[-1]):
        return False  # "The first step is called prefill": the name of a step, said of no concept
    reading.subject = replace(thing, aliases=(*thing.aliases, other.label, *other.aliases))
    reading.also_called.append(reading.subject)
    return True


# "Popular methods: GPTQ, AWQ, and k-quants": a plural label, a colon, the list
_LABELLED_LIST = re.compile(r"^(?P<label>(?:[2-9]\s+)?[A-Za-z][\w-]*(?:\s[\w'’-]+){0,7}(?:\s\([^()]{2,60}\))?) *: (?P<items>[^:]+)$")  # "SDMs (..): A"
_CLAUSE_THEN_LABEL = re.compile(r"^[^:;]{8,200}?,\s+(?:and|but|so)\s+(?P<rest>[^,:;]{3,80}:\s+[^:]+)$")  # a clause, then the label
_SLASHED_PLURALS = re.compile(r"^(?P<first>(?:[\w-]+\s){0,3}[A-Za-z][a-z]+s)/[a-z]+s(?=\s*:\s)")  # a label of two plurals ("den benchmarks/tools:"), either the items' kind
_REMEDIES = {"mitigation", "fix", "remedy", "countermeasure", "solution", "workaround"}
_USES = {"use case", "use", "application", "benefit"}  # "Use cases: A, B", "## Benefits" / "- monitoring: ...": what the entry is for
# "Why use it:" (or "why:"), "Reasons to use synthetic data:", "What it improves:", "Good for:", "Works for short answers:": what the entry is for
_REASONS_TO_USE = re.compile(r"^(?:why(?:\s+use(?:\s+it)?)?"
                             r"|(?:(?:two|three|four|five|main|key)\s+)?reasons?\s+(?:to\s+use|(?:people|we|you|teams)\s+use)\s+it"
                             r"|what\s+(?:it|they)\s+(?:improves?|helps?\s+with|fix(?:es)?|solves?|(?:is|are|'s)\s+(?:good\s+|used\s+)?for)"
                             r"|(?:good|best|useful|great|used|works?(?:\s+(?:well|best))?)\s+for(?:\s+[\w-]+(?:,?\s+[\w-]+){0,4})?)$", re.IGNORECASE)
# "for wet dens: A, B" (not "for each den:", "for instance:"; "Good for: A" is the entry's use)
# what a thing is for: "for wet dens", no "for example" or "for each"
FOR_A_GOAL = re.compile(r"for\s+(?!(?:each|every|all|the|an?|this|these|those|any|some|instance|example|now|free|short)\b)(?P<goal>[\w-]+(?:\s[\w-]+){0,3})", re.I)
ALTERNATIVES_TO = re.compile(r"^(?:\w+\s+)?alternatives?\s+to\s+(?P<other>.+)$", re.IGNORECASE)
# "Two types: A, B", "## Variants" over a note's links, "types::": its kinds
TYPE_WORDS = frozenset({"type", "kind", "family", "variant", "flavor", "flavour", "category", "form", "subtype", "variation", "bucket"})


def kind_word(label: str) -> str | None:
    """ "type" for a label of kinds ("Two types", "Variants"), "method" for one of ways of doing ("Key
    methods", "Strategies"), None for any other."""
    head = singular_noun(label.split()[-1].lower()) if label.split() else ""
    return "type" if head in TYPE_WORDS else "method" if head in KIND_HEADS else None


_RELATIVE = re.compile(r"(?P<kind>[\w\s-]+?)\s+(?:that|which|who)\s+\S.*")
_A_GERUND = re.compile(r"[a-z]+ing\s", re.IGNORECASE)  # "Digging tools:": a doing before its noun, no instruction


_EXCESS = re.compile(r"(?:way\s+|far\s+)?too\s+(?:many|much|few|little)\s", re.IGNORECASE)  # "too many dens": the excess is the trouble, no dens
_LEVELS_OF = re.compile(r"(?:(?:\d+|two|three|four|five)\s+)?(?:levels|tiers)\s+of\s+(?P<kind>[a-z][\w -]+)", re.IGNORECASE)  # "3 levels of repair"
_WHAT_THEY_SERVE = re.compile(r"(?<!\bbuilt)(?<!\bdesigned)(?<!\bmade)(?<!\bmeant)(?<!\bused)(?<!specifically)\s+for\s+(?=[a-z])")  # not "chips built for X"


_TWO_WORDS_SLASHED = re.compile(r"\b(?!and/)([a-z]{3,})/(?!or\b)([a-z]{3,})\b")  # "cost/latency", not "and/or"


def read_labelled_list(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "Popular methods: A, B, and C" reads as "Popular methods include A, B, and C": members of a plural kind ("Vector
    databases: A, B" -> A isA vector database), kinds of the entry for a word for kinds ("Key methods: A, B"), what it is for after "Use cases:"."""
    if ":" not in text or choices_of_a_kind(text, reading, protected):  # "... depends on the training phase: A, B, or C": each one
        return ":" in text  # each pattern below needs the colon after the label
    match = _LABELLED_LIST.match(_SLASHED_PLURALS.sub(r"\g<first>", text.strip()))  # "benchmarks/tools: A, B": of the first kind
    if match is None and (joined := _CLAUSE_THEN_LABEL.match(text)) is not None:  # "Dens vary, and Kim lists several tools: A, B"
        read, found = len(reading.claims), read_labelled_list(joined["rest"], reading, protected)
        reading.claims[read:] = [replace(claim, offset=claim.offset + joined.start("rest")) for claim in reading.claims[read:]]
        return found
    if match is None:
        return _names_after_a_kind(text, reading, protected)
    if re.search(r"\sper\s", match["label"]) or re.match(r"(?:if|when|whenever|unless|once)\s", match["label"], re.IGNORECASE) \
            or one_work(match["label"]):
        return True  # "moss layers per den: MossDen 0, ClayDen 1": how many each has; "If depth matters: A, B": when, no kind; "book = Title, Author": one work's record
    label, at = without_where(without_remark(match["label"])), match.start("items")  # "Three approaches in the book"
    items_text = without_relatives_in_a_list(match["items"], items_only=True)  # "a tunnel that brings air, and a nest": two parts
    if (own := A_KIND_OF_THEIR_OWN.search(items_text)) is not None:  # "A, B, plus startups like C, D": C and D are startups, none of the label's
        reading.claims.extend(Claim(one, "isA", kind, at + own.start() + 1 + offset)
                              for one, kind, offset in kinds_with_examples(items_text[own.start() + 1:], protected))
        items_text = items_text[: own.start()]
    if (cue := EXAMPLES_CUE.search(items_text)) is not None and (adjectives_only(re.split(r"\s*(?:,|\+|&|\band\b)\s*", items_text[: cue.start()].strip(" ,")))
                                                             or says_what_it_is_like(items_text[: cue.start()])):
        items_text, at = items_text[cue.end():], at + cue.end()  # "sett models: small + fast, e.g. A, B": its examples are its members
    label = re.sub(r"^(?:vs\.?|versus)\s+", "", label)  # "vs soft attributes: A, B", set against the line above: soft attributes
    label = re.sub(r"(?<=s)\s+(?:exist|are\s+out\s+there|are\s+available)$", "", label)  # ".den file formats exist: A, B": of them
    if (shown := re.fullmatch(r"(?P<kind>.+?s)\s+(?:examples|e\.g\.?)", label)) and singular_phrase(shown["kind"]) != shown["kind"]:
        label = shown["kind"]  # "den guard tools examples: A, B": examples of den guard tools, each one of them
    elif (shown := re.fullmatch(r"(?P<kind>.+?)\s+examples", label)) and tagger.tagged(shown["kind"])[-1][1].startswith("NN") \
            and tagger.names_a_concept(shown["kind"]) and not is_remark(shown["kind"]) and keep(kind := noun_phrase(shown["kind"])):  # not "real-world"
        items = [p for p in map(noun_phrase, split(cut_around_asides(items_text, protected), protected)) if keep(p)]
        reading.claims.extend(Claim(item, "isA", kind, at) for item in items)  # "den gate examples: MossGate, OakGate": each one
        return bool(items)
    if (relative := _RELATIVE.fullmatch(label)) is not None and singular_noun(last := relative["kind"].split()[-1].lower()) != last:
        label = relative["kind"]  # "tools that automate den digging: A, B": tools; the clause says which, in words of no kind
    # "for wet dens: MossCam, OakRadar": what each is used for, no kind; so after a doing and its object ("Finding roots: A, B")
    # not "merging use cases: A, B", what merging is used for
    if (goal := FOR_A_GOAL.fullmatch(label) or (a_doing_labelled(label) if used_thing(label) is None else None)) is not None:
        aim = opening_lowered(goal["goal"])  # "for UIs:" keeps its acronym
        purpose = doing(aim) if opens_with_a_doing(aim) else noun_phrase(aim)
        listed = each_cut(items_text, protected)  # not "for code: execute it, run tests" (what to do), "for moss: MossCam is best" (a clause)
        plain = not any(clauses.has_finite_verb(item) or clauses.imperative(item) for item in re.split(r",|;", without_asides(items_text)))
        reading.claims.extend(Claim(p, "usedFor", purpose, at) for p in map(noun_phrase, listed) if plain and keep(p) and keep(purpose))
        return plain or goal.re is FOR_A_GOAL  # after a doing, a clause is read as any ("Interesting tension: X depends on Y")
    # "Use cases for batch APIs: A, B": what it is used for; "Benchmarks for den warmth: A, B": what each evaluates, of its class
    checked = (used, "usedFor", None) if (used := used_thing(label)) is not None else checked_with(label)
    if checked is not None and keep(thing := noun_phrase(checked[0])):
        items = [p for p in map(noun_phrase, each_cut(items_text, protected)) if keep(p)]
        reading.claims.extend(Claim(thing, checked[1], item, at, kind=checked[2]) for item in items)  # and each one of the kind, if it names one
        reading.claims.extend(Claim(item, "isA", noun_phrase(checked[2]), at) for item in items if checked[2] and not is_shell(checked[2]))
        return bool(items)
    if (troubled := troubled_by_list(label)) is not None and keep(thing := noun_phrase(troubled)):  # "Main limitations of X: A, B and C"
        apart = _TWO_WORDS_SLASHED.sub(r"\1, \2", items_text)  # "cost/latency": two troubles
        items = [p for p in map(noun_phrase, map(as_a_trouble, each_cut(apart, protected))) if keep(p)]
        reading.claims.extend(Claim(thing, "suffersFrom", item, at) for item in items)
        return bool(items)
    if (whole := parts_of(label)) is not None:  # "3 parts of den care: A, B": its parts; "3 parts of ch: A, B": the chapter's, of no concept
        items = [p for p in map(noun_phrase, split(cut_around_asides(items_text, protected), protected)) if keep(p)] if whole else []
        reading.claims.extend(Claim(noun_phrase(whole), "contains", item, at) for item in items)
        return True
    relation = label_relation(label)  # "Use cases:", "Known problems:", "Used by:", "Two components:": one item is enough
    first = re.split(r"[,;]", without_asides(items_text))[0]  # not "inconsistency (it's probabilistic), ..."
    if relation in ("usedFor", "suffersFrom") and clauses.has_finite_verb(first) and (opens_with_a_subject(first) or _plural_then_verb(first)):
        return False  # "Problem: it grows with den depth", "why: duplicates skew the floor, cause rot": clauses, no list of problems
    typed_alone = singular_phrase(label.lower()) in TYPE_WORDS  # "Types: X": one kind is enough, the label says what it is
    if relation is None and not typed_alone and not re.search(r",|\band\b", items_text):
        return False
    listed = cut_around_asides(items_text, protected)
    # what the entry is for or suffers from, item by item: "proxy for capabilities, detecting contamination"
    one_by_one = relation in ("usedFor", "suffersFrom")
    written = names_before_a_verb(listed, split(listed, protected)) if not one_by_one else each_cut(items_text, protected)
    rest = items_text[len(listed):]
    cut_inside = bool(written) and not one_by_one and (re.match(r"\s+(?:with|without|w/o?)\s", rest) is not None and written[-1][:1].islower()
                                    or re.match(r"\s+(?:for|to|on|in|about|from|at|of|with)\s", rest) is not None
                                    and " " not in written[-1].strip() and opens_with_a_doing(written[-1])
                                    or re.match(r"\s+(?:for|to|on|in|about|from|at|of|with|between|per|across|over)\s[^,;.]{1,40},", rest) is not None)
    # "valid tool with invalid parameters" names another thing; "asking for help": a doing cut short; "time between tokens, total
    # latency": an item cut at its preposition, the list going on (in a list of purposes or problems each is cut alone)
    written = written[:-1] if cut_inside else written
    if written and adjectives_only(written) and (kind := kinds_named(label) or ((levels := _LEVELS_OF.fullmatch(label)) and levels["kind"])):
        kind = singular_phrase(kind)  # "2 types of repair: wet, dry", "3 levels of repair: wall-level, root-level": wet repair, wall-level repair
        reading.claims.extend(Claim(noun_phrase(f"{word.strip()} {kind}"), "isA", noun_phrase(kind), at) for word in written)
        return True
    # "cache answers, fix the seeds, and the temperature": what to do; each item an action, or the object of the verb before
    if any(verb_and_object(item.split()) for item in written):
        written = [item for item in written if not (item[:1].islower() and ("VERB" in tagger.readings(item.split()[0])
                                                                            or item.split()[0] in ("the", "a", "an", "its", "their")))]
    whole_items = re.split(r"[,;]", without_asides(items_text))  # "good at sequential tasks", before a cut at its preposition
    written = written if not adjectives_only(written) and not (relation is None and said_by_what_it_is_like(written + whole_items)) else []
    if relation == "suffersFrom":  # "Cons: heavy, root rot": what it is like is no problem of its own ("quiet" may be a reason)
        written = [as_a_trouble(w) for w in written if not an_adjective_alone(w) and not _EXCESS.match(w.strip())]  # "higher latency": latency
    items = [p for p in (noun_phrase(without_judgement(w)) for w in written) if keep(p)]
    if relation == "usedFor" and singular_phrase(uncounted(label).lower()).endswith("benefit"):
        items = [item for item in items if not _A_QUALITY.search(item.label)]  # "Benefits: reusability, testing": what it has, no use
    if relation is not None:  # "Den parts: A, B", "two den parts: A, B": the den's, whatever the entry
        whole = noun_phrase(named) if relation == "contains" and (named := whole_of_parts(label)) else CURRENT
        remedy = word if relation == MITIGATED_BY and not is_shell(word := singular_phrase(uncounted(label).lower())) else None  # no kind "fix"
        reading.claims.extend(Claim(whole, relation, item, at, kind=remedy) for item in items)  # "Mitigations: A" of nothing: one (kg.ingest.extract)
        # "What it improves: domain-specific capabilities (coding, medical QA), output formats (JSON, YAML)": their examples
        reading.claims.extend(Claim(example, "isA", kind, at + offset) for example, kind, offset in kinds_with_examples(items_text, protected))
        return bool(items)
    if (rival := ALTERNATIVES_TO.match(label)) is not None and keep(other := noun_phrase(rival["other"])):
        reading.claims.extend(Claim(item, "contrastsWith", other, at) for item in items)  # "alternatives to transformers: RWKV, Mamba"
        return bool(items)
    if (clauses.imperative(label) and not clauses.noun_before_noun(label) or _a_verb_before_a_modifier(label)) \
            and not _A_GERUND.match(label):  # not "prompt optimization tools:"
        return _names_of_its_object(label, items_text, at, reading, protected)
    if (subject := plural_subject(label)) is not None and len(names := [i for i in items if i.is_name]) == len(items) > 1:
        reading.claims.extend(Claim(item, "isA", subject, at) for item in names)  # "compilers lower a model to code: XLA, TVM"
        return True
    if clauses.has_finite_verb(label):
        return False
    head = _WHAT_THEY_SERVE.split(label)[0]  # "sealing kits for small setts": sealing kits; what they serve is no kind of them
    kind = noun_phrase(f"{built['use']} {built['plural']}") if (built := built_for_a_use(label)) else includes_kinds(head)
    if kind is None and not names_kinds(label) and counted_groups(f"{label}:") != "":  # "Three buckets: A, B": kinds of the entry
        if (named := category_named(f"{head}:")) is None:
            return head != label or _names_of_a_singular(label, items, at, reading)  # "digging for big setts: A, B": of no kind named
        kind = noun_phrase(named)  # "Prompt attacks: A, B and C": any plural that names things, no remark ("Pros:")
        if len(words := label.split()) > 2 and tagger.tagged(label)[0][1] == "VB" and (rest := category_named(f"{' '.join(words[1:])}:")):
            kind = noun_phrase(rest)  # "catch quality failures: A, B": the instruction's object names their kind
    if kind is not None and kind.label.lower() in TYPE_WORDS | GROUP_WORDS:
        kind = None  # "categories: A, B", "Two groups: A and B": a word for kinds alone, kinds of the entry as "types:" gives them
    elif kind is not None and len(words := kind.label.split()) > 1 and words[-1].lower() in TYPE_WORDS | GROUP_WORDS:
        kind = noun_phrase(" ".join(words[:-1]))  # "Den failure types: A, B": each a den failure
    elif kind is not None and not keep(kind):
        return False  # "The big ones today: A and B": "ones" points back to a kind named before, it names none
    if kind is not None and does_its_roles(kind.label, written):  # "2 main functions: indexing and querying": what the entry does,
        has = "includes" if without_judgement(kind.label).lower() in SIDE_WORDS else "usedFor"  # no kinds of function; "Features: A, B" it has
        reading.claims.extend(Claim(CURRENT, has, item, at) for item in items)
        return bool(items)
    items = [item for item in items if len(item.label.split()) <= 5]
    if len(items) < 2 - cut_inside - typed_alone:
        return False
    # "Two types: A and B": kinds of the entry; "Strategies: A, B": kinds of an entry that is a way of doing
    typed = kind_word(label)
    if kind is not None and " " not in kind.label and classify.class_of_word(kind.label) == "Tool":
        # "Tools: llama.cpp, bitsandbytes" in a note on quantization: tools for it, each a Tool
        reading.claims.extend(Claim(CURRENT, "hasTool", item, at, kind=kind.label) for item in items)
        return True
    alone = kind is not None and " " not in label.strip() and singular_phrase(label.strip().lower()) == kind.label.lower()
    # "metrics: A, B": the class word alone, which the caller may narrow to what the list sits under (a kind marked by its own word)
    reading.claims.extend(Claim(item, "isA", kind, at, kind=kind.label if alone else None) if kind
                          else Claim(CURRENT, "hasKind", item, at, kind=typed) for item in items)
    if alone and (gauged := _GAUGED_BY.get(kind.label.lower())) is not None:  # "Metrics: accuracy, F1" in an entry: what measures it
        reading.claims.extend(Claim(CURRENT, gauged, item, at) for item in items)
    if kind is not None and names_troubles(label, kind.label):  # "Biases: self-bias, ...": the entry's too
        reading.claims.extend(Claim(CURRENT, "suffersFrom", item, at) for item in items)
    for item in written:  # "masked language models (e.g. BERT)", "setts (MossSett, OakSett)": examples of the item
        if (aside := _EXAMPLES_ASIDE.search(item) or _NAMES_ASIDE.search(item)) is not None and keep(phrase := noun_phrase(item)):
            named = names_only(aside["names"], protected) or []
            if aside.re is _EXAMPLES_ASIDE or (len(named) > 1 and all(name.is_name for name in named)):
                reading.claims.extend(Claim(example, "isA", phrase, at) for example in named)
    return True


_A_QUALITY = re.compile(r"(?:ity|ness)$")  # "readability", "robustness": a quality a thing has
_GAUGED_BY = {"metric": "measuredBy", "measure": "measuredBy", "benchmark": "evaluatedBy"}


def _names_of_a_singular(label: str, items: list[Phrase], at: int, reading: Reading) -> bool:
    """ "preference tuning -> RLHF, DPO", "den sensor: ScentLog, MossMeter": a thing of two words or more in the
    singular, then two names or more: each one of it (not a word alone, which may be a field: "Output: JSON, YAML")."""
    label = without_asides(label).strip()  # "v2 (2024)": a version and its year, one word
    if len(label.split()) < 2 or singular_phrase(label) != label or len(items) < 2 or not all(map(a_name, items)) \
            or is_remark(label) or not tagger.names_a_concept(label) or re.search(r"\d", label) \
            or not keep(thing := noun_phrase(label)) or (thing.is_name and label[:1].isupper()):
        return False
    reading.claims.extend(Claim(item, "isA", thing, at) for item in items)
    return True


def _names_of_its_object(label: str, items: str, at: int, reading: Reading, protected: set[str]) -> bool:
    """ "Evaluate prompt engineering tools: OpenPrompt, DSPy, TextGrad": an instruction whose object is
    a plural, then two or more names and nothing else: each is one of that kind. Any other list after
    an instruction is read as one ("Combine different strategies: retrieve first, then rerank")."""
    kind = includes_kinds(label.split(maxsplit=1)[1]) if " " in label else None
    names = names_only(items, protected) if kind is not None else None
    if not names or len(names) < 2 or not all(name.is_name for name in names):
        return False
    reading.claims.extend(Claim(name, "isA", kind, at) for name in names)
    return True


def _plural_then_verb(clause: str) -> bool:
    """ "duplicates skew the floor": a plural the tagger may take for a verb, then a verb in its base form."""
    tags = tagger.tagged(clause)
    return len(tags) > 2 and tagger.reads_as_plural_noun(tags[0][0]) and tags[1][1] in ("VB", "VBP") and clauses.is_base_verb(tags[1][0])


@lru_cache(maxsize=1 << 12)  # asked again of a section's heading for each item under it
def label_relation(label: str) -> str | None:
    """The relation of the entry to the items a label lists: what it is for ("Use cases:"), what it
    suffers from ("Known problems:"), what uses it ("Used by:"), what it stands against ("Alternatives:"),
    what it is made of ("Two components:", a plural of a word for parts, no sentence); None for any other label."""
    bare = uncounted(label)  # "4 limitations:", "three use cases:" say what the uncounted ones do
    if singular_phrase(bare.lower()) in _USES or _REASONS_TO_USE.match(label):
        return "usedFor"  # "Use cases:", "Why use it:", "Three reasons people use it:"
    if lists_problems(bare):
        return "suffersFrom"
    if singular_phrase(without_judgement(bare.lower())) in _REMEDIES:
        return MITIGATED_BY  # "Mitigations:", "## Fixes" under a problem: each is used against it
    if label.lower() == "used by":
        return "usedBy"
    if singular_phrase(without_judgement(label.lower())) in ("alternative", "competitor", "rival", "opposite", "counterpart"):
        return "contrastsWith"  # "Alternatives: A, B", "- main alternative: [[Clay lining]]", "Opposite: clay sealing"
    if bare.lower().strip() in ("anatomy", "composition", "makeup", "make-up"):
        return "contains"  # "## Anatomy" / "- nest chamber": what it is made of, as under "## Components"
    last = label.split()[-1].lower() if label.split() else ""
    return "contains" if singular_noun(last) in PART_WORDS and singular_noun(last) != last and not clauses.has_finite_verb(label) else None


def read_naming(text: str, reading: Reading, protected: set[str]) -> bool:
    """ "The process of breaking text into tokens is called tokenization." defines tokenization."""
    match = _NAMING.match(text.strip())
    if not match:
        return False
    name = noun_phrase(match["name"])
    reading.named, reading.subject = name, name
    what = match["what"].lower()
    reading.named_kind = "Technique" if what in {"process", "act", "practice"} else None
    body = match["body"]
    into = re.search(r"\binto\s+(?P<what>.+)$", body)
    if what in {"process", "act"} and into:
        for item in split(cut(into["what"]), protected):
            if keep(phrase := noun_phrase(item)):
                reading.claims.append(Claim(name, "produces", phrase, 0))
    elif what in {"set", "collection", "group", "list", "sequence"}:
        members = re.split(r"\s(?:a|an|the|that|which|we|you|it|they)\s", " " + re.sub(r"^all\s+", "", body) + " ")[0]
        if keep(phrase := noun_phrase(members)):
            reading.claims.append(Claim(name, "contains", phrase, 0))
    return True


# "a framework named ReAct", "a technique called RAG": the name is the object, and one of the kind
_NAMED_AS = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?P<kind>[\w\s-]{2,40}?)\s+(?:named|called|dubbed|known as)\s+(?P<name>.+)$", re.IGNORECASE)


def named_kinds(segment: str, protected: set[str]) -> list[tuple[Phrase, Phrase | None]]:
    """(name, kind) for "a framework named ReAct", for each name of "two benchmarks called A and B"."""
    match = _NAMED_AS.match(segment)
    if not match:
        return []
    kind = noun_phrase(match["kind"])
    found = []
    for name in map(noun_phrase, split(cut(match["name"], protected), protected)):
        if keep(name) or re.fullmatch(r"[A-Z][\w.-]*", name.label) is not None:  # "named Reflect": a name, even if a verb
            name = name if name.is_name else Phrase(name.label, name.aliases, name.owner, True, name.head)
            found.append((name, kind if keep(kind) else None))  # "a method called RAG": RAG, of no kind worth a concept
    return found


# classes whose members notes name by their names ("compilers", "rating algorithms", "benchmarks"; not "labs",
# "users"), and which the thing a list sits under may narrow ("lexical similarity metrics")
NAMED_MEMBERS = frozenset({"Metric", "Benchmark", "Tool", "ModelType", "Dataset", "Technique"})


def plural_subject(label: str) -> Phrase | None:
    """The kind a clause's plural subject names, whose members a colon lists: "compilers lower the model to kernels:",
    "Domain models are trained on domain data:" (over a list of names); None where the clause ends on a plural of its
    own ("agents call tools:", the tools' list), asks what ("widen what's possible:") or its subject names no class."""
    first, _space, rest = label.partition(" ")
    tags = tagger.tagged(f"{first.lower()} {rest}" if first[1:].islower() else label)  # "Compilers do this:" opens a sentence
    plural = next((i for i, (_word, tag) in enumerate(tags) if tag == "NNS"), None)
    if plural is None or not 0 <= plural <= 2 or plural + 1 >= len(tags) \
            or tags[-1][1] in ("NNS", "NNPS") and singular_noun(tags[-1][0].lower()) != tags[-1][0].lower():  # "data" is no plural of its own
        return None
    verb = tags[plural + 1]
    if not all(tag in ("NN", "NNP", "JJ", "VBG") for _word, tag in tags[:plural]) or not (verb[1] in ("VBP", "MD") or clauses.is_base_verb(verb[0])) \
            or any(re.match(r"(?:what|how|which)\b", word, re.IGNORECASE) for word, _tag in tags[plural + 2:]):
        return None
    subject = noun_phrase(without_judgement(" ".join(word for word, _tag in tags[: plural + 1])))  # "Common X methods ...": X methods
    return subject if keep(subject) and classify.class_of_word(subject.label.split()[-1].lower()) in NAMED_MEMBERS else None


def names_listed(sentence: str) -> list[Phrase]:
    """A sentence that is names alone, after what an entry is: "... add modules to the weights. LoRA, BitFit, IA3"; two names
    by their capitals or more, or three items one of which is one ("prefix-tuning, P-Tuning, prompt tuning"); and any items a
    count of groups introduces ("... an agent can do. Three categories: A, B and C"). Each a phrase of its own (kg.ingest.memo)."""
    return [fresh(phrase) for phrase in _names_listed(sentence)]


@lru_cache(maxsize=1 << 12)  # a sentence of boilerplate comes again in entry after entry ("Early versions were hard to tune, but ...")
def _names_listed(sentence: str) -> tuple[Phrase, ...]:
    if (shown := _EXAMPLES_OPEN.match(sentence)) is not None and "," in sentence and not re.search(r"->|→|=", sentence):  # "... dens. e.g. moss rake, clay trowel.":
        items = [noun_phrase(item) for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", without_asides(sentence[shown.end():]).strip(" ."))]
        kept = tuple(item for item in items if keep(item) and len(item.label.split()) <= 4)  # the entry's examples, where
        return kept if len(kept) >= max(2, 2 * len(items) / 3) else ()  # most items are names or terms ("people search" fails keep)
    label, colon, rest = sentence.partition(": ")
    if colon and counted_groups(f"{label}:") == "":
        return tuple(names_only(rest.strip(" .")) or ())
    last = re.split(r",|\s(?:and|or)\s", sentence.strip(" ."))[-1]  # "MossKit, DenTool and ClayPro all support it": a clause's subjects
    if "," not in sentence or len(sentence.split()) > 16 or re.search(r"\s(?:it|them)$", last) or clauses.has_finite_verb(last):
        return ()  # prose, no list of names (and names_only is dear)
    named = names_only(sentence.strip(" .")) or []
    names = sum(phrase.is_name for phrase in named)
    return tuple(named) if names >= 2 or (len(named) >= 3 and names) else ()


_EXAMPLES_OPEN = re.compile(r"(?:e\.g\.|eg\.|for example|for instance)[,:]?\s+", re.IGNORECASE)


def _a_verb_before_a_modifier(label: str) -> bool:
    """ "prune redundant params first:", "train large models:": a verb the tagger calls a noun, before its object's modifier."""
    tags = tagger.tagged(label)
    return len(tags) > 1 and tags[0][1] in ("NN", "VBP") and tags[1][1] in ("JJ", "JJR", "DT", "PRP$") \
        and clauses.is_base_verb(tags[0][0]) and tags[0][0][:1].islower()


# "... into a ranking with a rating algorithm: Elo, Bradley-Terry, TrueSkill": a kind with its article, then names
_A_KIND_THEN_NAMES = re.compile(r"\b(?:an?|one)\s+(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s*:\s+(?P<items>[^:]+)$")


def _names_after_a_kind(text: str, reading: Reading, protected: set[str]) -> bool:
    """Names listed after a kind that a longer clause ends on, with its article ("... with a rating algorithm:
    Elo, Bradley-Terry, TrueSkill"): each one of that kind, where its head names a class."""
    found = _A_KIND_THEN_NAMES.search(text.strip().rstrip("."))
    if found is None or classify.class_of_word(found["kind"].split()[-1]) not in NAMED_MEMBERS:
        return False
    names = names_only(cut_around_asides(found["items"], protected), protected) or []
    if len(names) < 2 or not all(name.is_name for name in names):
        return False
    kind = noun_phrase(found["kind"])
    reading.claims.extend(Claim(name, "isA", kind, found.start("items")) for name in names)
    return True
