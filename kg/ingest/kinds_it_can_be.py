"""What a thing "can be", "comes in", "splits into" or "falls into": its kinds ("Tools can be knowledge tools,
capability tools, or write actions", "Retrieval can be term-based or embedding-based", "Memory comes in three
flavors: A, B and C"), and two kinds named by adjectives that stand against each other ("Feedback can be explicit
or implicit"). Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.objects import EACH_DOES
from kg.ingest.cues import Cue
from kg.ingest.categories import SET_OFF
from kg.ingest.copulas import AFTER_HEAD
from kg.ingest.hearst import GROUPS, noun_phrase_ending
from kg.ingest.lists import cut_around_asides, semicolon_list, split, without_asides
from kg.ingest.modifiers import CLASSIFYING, gradable
from kg.ingest.nouns import Phrase, keep, noun_phrase
from kg.ingest.singular import singular_noun
from kg.ingest.subjects import sentence_case, without_opening


_CAN_BE = re.compile(
    r"^(?P<subject>[^,;:()]{2,60}?)\s+(?:can|could|may|might)\s+be\s+(?:either\s+)?(?P<listed>.+)$", re.IGNORECASE)


_CUES = Cue(r"into|\sbe\s|:|which")


def kinds_it_can_be(clause: str, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """(kind, plural) for "Tools can be knowledge tools, capability tools, or write actions": a plural
    that can be two or more things, one of them named by its own head noun, lists its kinds; "Outputs
    can be long or short" lists none."""
    if not _CUES.in_text(clause):
        return []  # "into", "can be", a list after a colon, or ", which" before one: each pattern below needs one
    if (grouped := _GROUPED.search(clause)) is not None and keep(kind := noun_phrase(grouped["kind"])):
        items = [noun_phrase(item) for item in split(without_asides(cut_around_asides(grouped["items"], protected)), protected)]
        return [(item, kind) for item in items if keep(item)] if len(items) > 1 else []  # "groups tools into A, B and C"
    opened = without_opening(clause.strip())
    if (which := _WHICH_COMES_IN.match(opened)) is not None and (antecedent := _antecedent(which["before"])) is not None:
        opened = f"{antecedent} {which['rest']}"  # "focuses on system caching, which comes in two forms: A and B"
    if (comes := _COMES_IN.match(opened)) is not None and keep(kind := noun_phrase(sentence_case(AFTER_HEAD.sub("", comes["subject"])))):
        # "A, which ...; B such as X and Y; and C such as Z": items that carry their clauses and examples
        bare = _EXAMPLES_AFTER.sub("", semicolon_list(f": {comes['listed']}")[2:])
        listed = split(without_asides(cut_around_asides(bare, protected)), protected)
        # "a short-term context window", "the model's internal knowledge": the thing, not whose
        items = [noun_phrase(_the_thing(item)) for item in listed]
        return [(item, kind) for item in items if keep(item) and item.label.lower() != kind.label.lower()] if len(items) > 1 else []
    found = _SPLIT_INTO.match(opened) or _CAN_BE.match(opened)
    if found is None:
        return []
    written = found["subject"].strip()
    if (kinds := _classified(found["listed"], written)) is not None:
        return kinds  # "Retrieval can be term-based or embedding-based": term-based retrieval, embedding-based retrieval
    head = singular_noun(written.split()[-1].lower())
    if found.re is _CAN_BE and head == written.split()[-1].lower() and keep(subject := noun_phrase(sentence_case(written))):
        return _what_one_can_be(found["listed"], subject, protected)  # "External memory can be a database, ... or the internet"
    if (head == written.split()[-1].lower() and not found.groupdict().get("groups")) or not keep(subject := noun_phrase(sentence_case(written))):
        return []  # not a plural: "The model can be fine-tuned" (but "Unsafe content falls into several categories: ...")
    listed = _EXAMPLES_ASIDE.sub("", found["listed"])  # "adapter-based methods, such as LoRA, and prompt-based methods"
    items = [noun_phrase(item) for item in split(without_asides(cut_around_asides(listed, protected)), protected)
             if not EACH_DOES.match(item.strip())]  # "split into groups and each group shares one head": a clause, no kind
    # one item named by the subject's head ("PEFT methods split into adapter methods and ..."), groups said
    # in words ("split into two categories:"), or a verb that sorts ("fall into", "are classified into");
    # "Documents are split into sentences and paragraphs" names parts
    named = any(i.label.lower().split()[-1:] == [head] for i in items) or found.groupdict().get("groups") or found.groupdict().get("sorted")
    if len(items) < 2 or not named:
        return []
    return [(item, subject) for item in items if keep(item) and item.label.lower() != subject.label.lower()]


def _antecedent(before: str) -> str | None:
    """What ", which" speaks of: the noun phrase before it ("... on system caching"), a doing named by its object too."""
    if (ending := noun_phrase_ending(before)) is not None:
        return ending.label
    found = re.search(r"\s(?:on|of|about|into|covers|uses|is|are)\s+(?:the\s+|an?\s+)?(?P<named>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})$", before)
    return found["named"] if found is not None and keep(noun_phrase(found["named"])) else None


def _the_thing(item: str) -> str:
    """ "a short-term context window", "the model's internal knowledge": the thing, without its article or its owner."""
    return re.sub(r"^(?:an?\s+|the\s+)?(?:[\w-]+['’]s\s+)?", "", item)


def _what_one_can_be(listed: str, subject: Phrase, protected: set[str]) -> list[tuple[Phrase, Phrase]]:
    """(kind, subject) for "External memory can be an internal database, a user's chat sessions, or the internet":
    two or more things, each with its article, are each one of what a singular subject may be; not "can be
    slow or fast", "can be fine-tuned or distilled" (what it is like, or done to it)."""
    written = split(without_asides(cut_around_asides(listed, protected)), protected)
    if len(written) < 2 or not all(re.match(r"(?:an?|the)\s", item.strip(), re.IGNORECASE) for item in written):
        return []
    items = [noun_phrase(_the_thing(item.strip())) for item in written]
    return [(item, subject) for item in items if keep(item) and item.label.lower() != subject.label.lower()]


# "Memory comes in three flavors: A, B and C", "Memory for agents has three mechanisms: A, B and C": kinds
# of what comes in them, listed
_COMES_IN = re.compile(rf"^(?P<subject>[^,;:()]{{2,60}}?){SET_OFF}\s+(?:comes?\s+in|has|have)\s+(?:(?:two|three|four|five|several|many|different)\s+)?"
                       r"(?:main\s+)?(?:kinds|types|flavou?rs|forms|varieties|sorts|shapes|mechanisms|approaches)\s*:\s*(?P<listed>.+)$",
                       re.IGNORECASE | re.DOTALL)  # a list may wrap onto the next line
_WHICH_COMES_IN = re.compile(r"^(?P<before>.+),\s+which\s+(?P<rest>(?:comes?\s+in|has|have)\s.+)$", re.IGNORECASE | re.DOTALL)
_EXAMPLES_AFTER = re.compile(r"\s+(?:such\s+as|like|e\.g\.,?|including)\s+[^,;]*", re.IGNORECASE)
_EXAMPLES_ASIDE = re.compile(r",\s+(?:such as|like|e\.g\.,?|including)\s+[^,;]*?(?=,\s+(?:and|or)\s|$)", re.IGNORECASE)
# "PEFT methods split into A and B", "Attacks fall into two categories: A and B": kinds of a plural
_SPLIT_INTO = re.compile(
    rf"^(?P<subject>[^,;:()]{{2,60}}?){SET_OFF}\s+(?:split|divide|(?:are|can\s+be)\s+(?:divided|split|broken\s+down)"
    r"|(?P<sorted>falls?|(?:are|can\s+be)\s+(?:grouped|classified|categori[sz]ed|sorted)))"
    rf"\s+into\s+(?P<groups>(?:two|three|four|five|several)\s+(?:main\s+|broad\s+)?{GROUPS}\s*:?\s*)?"
    r"(?P<listed>.+)$", re.IGNORECASE)
# "The book groups tools into knowledge augmentation, capability extension and write actions": kinds of tool
_GROUPED = re.compile(r"\b(?:groups|classifies|categori[sz]es|sorts)\s+(?:the\s+)?(?P<kind>[a-z][\w -]{1,40}?)\s+into\s+"
                      rf"(?:(?:two|three|four|five|several)\s+{GROUPS}\s*:?\s*)?(?!(?:an?|one)\s)(?P<items>.+)$", re.IGNORECASE)  # not "into a team": gathered, no kinds


def _classified(listed: str, written: str) -> list[tuple[Phrase, Phrase]] | None:
    """(kind, subject) for "X can be A-based or B-based": compound adjectives that sort things into
    kinds ("term-based", "model-level", "decoder-only") make kinds of X; "long or short" judges, and
    names none. None when the list is no such adjectives."""
    items = [item.strip() for item in re.split(r",\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", listed.strip().rstrip(".")) if item.strip()]
    subject = noun_phrase(sentence_case(written))
    if (pair := _two_sorting_adjectives(listed)) is not None:
        items = list(pair)  # "Feedback can be explicit or implicit, ...": explicit feedback, implicit feedback
    if len(items) < 2 or not all(CLASSIFYING.fullmatch(item) for item in items) and pair is None or not keep(subject):
        return None
    first = written.split()[0]
    if first[1:].islower() and "NOUN" in tagger.readings(first.lower()):  # "Retrieval can be ...": capitalised for its place
        subject = noun_phrase(written[0].lower() + written[1:])
    return [(noun_phrase(f"{item} {subject.label}"), subject) for item in items]


# "explicit or implicit", then the sentence's end, a comma or an aside in parentheses
_TWO_ADJECTIVES = re.compile(r"^(?P<one>[a-z]+)\s+or\s+(?P<other>[a-z]+)\s*(?:$|[,;(]|—|\s-\s)")


def _two_sorting_adjectives(listed: str) -> tuple[str, str] | None:
    """ "explicit or implicit", "reactive or proactive": two adjectives that sort a thing into two kinds; not
    "long or short" (how much, gradable), "fine-tuned or distilled" (what is done to it), "critical to the app"
    (said of it towards another)."""
    found = _TWO_ADJECTIVES.match(listed.strip().rstrip("."))
    if found is None:
        return None
    pair = (found["one"], found["other"])
    if any("ADJ" not in tagger.readings(word) or word.endswith("ed") or gradable(word) for word in pair):
        return None
    return pair


def kinds_stated(clause: str, protected: set[str]) -> list[tuple[Phrase, str, Phrase]]:
    """(kind, isA, thing) for each kind a clause says a thing can be, and (kind, contrastsWith, other kind) when it
    names two by adjectives joined by "or" ("Feedback can be explicit or implicit")."""
    stated = [(kind, "isA", thing) for kind, thing in kinds_it_can_be(clause, protected)]
    if not stated:
        return stated  # no kinds, none to set apart (most clauses: no match tried)
    found = _CAN_BE.match(without_opening(clause.strip()))
    if found is None or (_two_sorting_adjectives(found["listed"]) is None
                         and not re.fullmatch(r"\S+\s+or\s+\S+", found["listed"].strip().rstrip("."))):
        return stated
    kinds = _classified(found["listed"], found["subject"].strip())
    return stated + ([(kinds[0][0], "contrastsWith", kinds[1][0])] if kinds is not None and len(kinds) == 2 else [])
