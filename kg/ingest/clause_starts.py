"""Where a sentence's clauses start: after a relative pronoun ("which", "that", "who"), a contrast
("but", "while"), a reason, a purpose or a concession ("because", "so that", "although"), a
semicolon, or ", and" before a subject and verb of their own. Each clause is (offset, kind, text);
the kind says how its subject is found. Knows English wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.lists import inside_parentheses
from kg.ingest.marks import ARROW
from kg.ingest.relations import relation_matches
from kg.ingest.nouns import Phrase
from kg.ingest.subjects import NOBODY, opens_with_a_subject, subject_of

# "a door, a hall that leads in, and a nest": a relative clause inside a list, said of one item, before the next item
# (an article opens it), is no clause of the sentence's; read as one, it took the items after it with it
_RELATIVE_IN_A_LIST = re.compile(r"(?<=\w)\s+(?:that|which|who)\s[^,;:()]{1,80}?(?=,\s+(?:(?:and|or)\s+)?(?:an?|the)\s)", re.IGNORECASE)
_RELATIVE_LAST = re.compile(r"(?<=\w)\s+(?:that|which|who)\s[^,;:()]{1,80}?(?=\.?$)", re.IGNORECASE)
# "because, unlike X, it ...": the reason's clause starts at the comma too
_CLAUSE = re.compile(
    r",\s*(?P<c1>which|who|while|whereas|but|so|including|with|whose)\b"
    r"|\s(?P<c2>so that|so|that|which|who|whose|whereas|while|but|because(?!\s+of\b)|although|though|unless|since|if|when|whenever|once|until)(?:\s|(?<=because),\s)|;"
    r"|\s(?:->|→|=>)\s(?=(?:each|every|the|this|these|it|they)\s)"  # "seal or widen it -> each action is a signal": a clause of its own
    # "the stage of post-training in which a model learns": the preposition opens the clause, with a subject of its own
    r"|\s(?:in|on|at|by|for|with|from|through|during|under)\s+(?P<c3>which)\s",
    re.IGNORECASE,
)
# "each dig is a round, and its outcome is a tunnel": what a thing of it is, as after "whose", said of neither
_ITS_OWN = re.compile(r"(?P<c1>)(?P<c2>),\s+and\s+(?:its|their)\s+(?=[\w-]+\s+(?:is|are|was|were)\s)", re.IGNORECASE)
# ", and" (or a comma alone) before a subject of up to three words that a relation phrase follows
# (an auxiliary and an adverb may stand between: "and it is closely related to")
_COORDINATE = re.compile(
    r",\s+(?:(?P<c1>and|or)\s+)?(?P<c2>)"
    r"(?!(?:because|although|though|unless|when|whenever|once|if|while|whereas|which|who|that|so|but)\b)"
    r"(?=(?P<subject>(?:the\s+)?(?:[\w-]+['’]s\s+)?[\w-]+(?:\s+[\w/-]+(?:\.\d\w*)?){0,2}?)(?:\s+\([^()]{1,60}\))?\s+"  # "B (also called C) uses": an aside
    r"(?:(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should)\s+)?(?:[a-z]+ly\s+)?$)",
    re.IGNORECASE,
)
_FRONTED = frozenset({"because", "although", "though", "unless"})
# a reason or a time only where a subject and a verb follow: "since dens are cold", not "since 2020", "when needed", "if any"
_ONLY_BEFORE_A_CLAUSE = frozenset({"since", "if", "when", "whenever", "once", "until", "so"})  # "so everyone uses X", not "so far"
CONDITIONS = frozenset({"if", "once", "until", "unless"})  # say when the sentence holds, not that their clause does
# "hard if using a spade": a relation phrase right after a condition says when the sentence holds, no relation of its subject
_ON_CONDITION = re.compile(r"\b(?P<word>if|unless|when|whenever|once)\s+(?:not\s+)?$", re.IGNORECASE)


def on_condition(before: str, phrase: str) -> bool:
    """Whether a relation phrase comes right after a condition: "hard if using a spade" (any after "if", "unless"; a doing
    after "when", "once": "leaks when tested on X" says it was)."""
    found = _ON_CONDITION.search(before)
    return found is not None and (found["word"].lower() in ("if", "unless") or phrase.split()[0].lower().endswith("ing"))


# "and wombats use", "and it uses", "and speculative decoding uses"; not "and is trained"
_SUBJECT_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# "and wombats are burrow diggers", "..., Elasticsearch is the usual engine and uses ...": a copula, which no
# relation phrase is, opens a clause as a verb does
_PLURAL_COPULA = re.compile(r"(?<=\s)(?:are|were|is|was)(?=\s)", re.IGNORECASE)


def clauses_of(text: str) -> list[tuple[int, str, str]]:
    """The sentence cut where a relative or contrasting clause starts: (offset, kind, text)."""
    found: list[tuple[int, str, str]] = []
    text = without_relatives_in_a_list(text)
    start, kind, inside = 0, "main", inside_parentheses(text)
    for match in sorted([*_ITS_OWN.finditer(text), *_CLAUSE.finditer(text), *_coordinated(text), *_contact(text)], key=lambda m: m.start()):
        if match.start() < start or (match["c2"] or "").lower() == "but" and _joins_adjectives(text, match):
            continue  # "a simple but strong baseline": one noun phrase
        if inside[match.start()] and not text[: match.start()].rstrip().endswith("("):
            continue  # "an inverted index (term → docs that contain it)": the aside's own clause; "(which uses X)" opens one
        if (match["c2"] or "").lower() in _ONLY_BEFORE_A_CLAUSE and not _a_clause(text[match.end():]):
            continue
        found.append((start, kind, text[start : match.start()]))
        kind = "whose" if match.re is _ITS_OWN else "that" if match.re is _CONTACT else ("," + match["c1"] if match["c1"] else match["c2"] or ("that" if match.groupdict().get("c3") else ";")).lower()
        start = match.end() if kind != ",including" else match.start() + match.group().lower().index("including")
    found.append((start, kind, text[start:]))
    found = [piece for offset, k, clause in found for piece in _fronted(offset, k, clause)]
    return [(offset, k, clause) for offset, k, clause in found if clause.strip()]


def _a_clause(text: str) -> bool:
    """ "dens are cold burrows, ...": a subject and a finite verb of its own, up to the next comma."""
    words = re.split(r"[,;:()]", text, maxsplit=1)[0]
    return opens_with_a_subject(words) and clauses.has_finite_verb(words)


def _joins_adjectives(text: str, match: re.Match[str]) -> bool:
    """ "simple but strong" in "a simple but strong baseline": "but" between two adjectives, no clause."""
    before, after = text[: match.start()].split()[-1:], text[match.end() :].split()[:1]
    tags = tagger.tagged(f"{before[0]} but {after[0]}") if before and after else ()
    return len(tags) == 3 and tags[0][1].startswith("JJ") and tags[2][1].startswith("JJ")


def _fronted(offset: int, kind: str, clause: str) -> list[tuple[int, str, str]]:
    """ "because sampling is probabilistic, the same prompt can produce ...": a clause of reason or
    concession put first ends at the comma after its verb, where the sentence's own subject and verb
    start (read as a clause after ", and" is)."""
    if kind not in _FRONTED:
        return [(offset, kind, clause)]
    for comma in list(re.finditer(r",\s+", clause))[:3]:  # such a clause is short: tagging at every comma of a long one would cost its square
        before, after = clause[: comma.start()], clause[comma.end():]
        if clauses.has_finite_verb(before) and opens_with_a_subject(after) and clauses.has_finite_verb(after):
            return [(offset, kind, before), (offset + comma.end(), ",and", after)]
    return [(offset, kind, clause)]


def _coordinated(text: str) -> list[re.Match[str]]:
    """ "Kestrels use twig weaving, and wombats use digging", "Static batching waits for a full batch,
    dynamic batching uses a time window": a clause with a subject and a verb of its own after ", and"
    or after a comma that ends a clause (a noun phrase or a pronoun right before a relation phrase);
    not "uses A, and B"."""
    found = []
    for verb in [*relation_matches(text), *_PLURAL_COPULA.finditer(text)] if ", " in text else ():
        start = text.rfind(", ", 0, verb.start())
        match = _COORDINATE.match(text[: verb.start()], start) if start >= 0 else None
        if match is None or not (clauses.has_finite_verb(text[:start]) or _said_again(verb.group(), text[:start]) or _noun_verb_object(text[:start])):
            continue  # "BERT, GPT, and T5 use ...": a comma parts two clauses only after a verb
        tags = [tagger.corrected(*word) for word in tagger.tagged(match["subject"])]
        # "and Wombat and Quokka are ...": names joined before a plural copula are its subjects
        joined = " and " in match["subject"] and not (verb.group().lower() in ("are", "were")
                                                     and all(part[:1].isupper() for part in match["subject"].split(" and ")))
        versioned = len(tags) > 1 and tags[-1] == "CD" and match["subject"].split()[-2][:1].isupper()  # "..., MossNet 3 used X": a name, its version
        gerund = tags[-1] == "VBG" and (len(tags) > 1 or verb.re is _PLURAL_COPULA)  # ", digging is a chore": a doing, before a copula
        if not joined and (tags[-1] in _SUBJECT_ENDS or gerund or versioned) \
                and subject_of(match["subject"]) != NOBODY:
            found.append(match)
    found.extend(m for m in _AND_PLURAL.finditer(text) if clauses.has_finite_verb(text[: m.start()]) and tagger.reads_as_plural_noun(m["subject"]))
    return sorted(found, key=lambda m: m.start())


# "dens are public and badgers are trained on moss": "and", then a plural and its copula, a clause of its own with no comma
_AND_PLURAL = re.compile(r"\s+(?P<c1>and)\s+(?P<c2>)(?=(?P<subject>[a-z][\w-]*s)\s+(?:are|were)\s)")


def _said_again(verb: str, before: str) -> bool:
    """ "MossOpt stores moss, ClayOpt stores clay": a verb the tagger may take for a plural is one where a clause before
    the comma has it after a word of its own, the same verb said again of another subject."""
    return re.search(rf"\w\s+{re.escape(verb)}\s", before, re.IGNORECASE) is not None


def _noun_verb_object(before: str) -> bool:
    """ "encoder processes input, decoder ...": a clause of three or four words, its second a word in "-s" that can be a
    verb, which the tagger took for a plural ("encoder processes" as one noun); a clause of its own before the comma."""
    words = before.split()
    return 3 <= len(words) <= 4 and words[1].lower().endswith("s") and "VERB" in tagger.readings(words[1].lower()) \
        and tagger.tagged(words[0])[0][1] in ("NN", "NNP")


def verb_after_the_aside(clause: str) -> bool:
    """ "which vLLM and TGI both implement, lets finished requests leave": a relative clause set off
    by commas, and then a verb of the noun before it, whose subject that noun is."""
    _aside, comma, rest = clause.partition(", ")
    return bool(comma) and clauses.opens_with_third_person_verb(rest.strip())


# "the den shape most badgers use", "a tool you can trust": a relative clause with its "that" left out, after a noun
# that "is the" (or "a") opens; its subject a quantifier or a pronoun, then a verb
_QUANTIFIERS = ("most", "many", "some", "all", "few")
_PRONOUNS = ("you", "we", "they", "people")
_CONTACT = re.compile(rf"(?<=[\w)]\s)(?P<c1>)(?P<c2>)(?=(?:{'|'.join(_QUANTIFIERS + _PRONOUNS)})\s)", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:(?:is|was)\s+(?:the|an?)|(?:are|were)(?:\s+the)?)\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)


def _contact(text: str) -> list[re.Match[str]]:
    """Where a relative clause without "that" starts after the object of a copula: "The sett is the den shape most
    badgers use" reads as "... the den shape that most badgers use"; not "the default most of the time" (no verb)."""
    found = []
    for match in _CONTACT.finditer(text) if " is " in text or " are " in text or " was " in text or " were " in text else ():
        before, after = text[: match.start()], text[match.start():].split()[:4]
        if _COPULA_BEFORE.search(before) is not None and tagger.tagged(before.split()[-1])[0][1] in ("NN", "NNS", "VBG") \
                and _a_subject_and_its_verb([word.strip(".,;:").lower() for word in after]):
            found.append(match)
    return found


# "tokens per second a service produces", "the data each model sees": a noun, then a determiner's noun phrase and the
# verb after it, a relative clause with its "that" left out; the verb is that phrase's, said of no subject before it
_DETERMINED = re.compile(r"(?P<noun>[a-z][\w/-]*)\s+(?:a|an|the|each|every|your|their|its|our)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
                         r"\s+(?:(?:can|could|will|would|may|might|must|should)\s+)?$", re.IGNORECASE)


def verb_of_a_contact_clause(before: str) -> bool:
    """Whether the verb after `before` opens a relative clause without "that" ("tokens a service produces")."""
    if (found := _DETERMINED.search(before)) is None or found["noun"].lower() in ("when", "if", "as", "once", "so", "then"):
        return False
    tags = tagger.tagged(" ".join(before[: found.end("noun")].split()[-4:]))  # the noun among the words before it
    if len(tags) > 1 and tags[-2][1].startswith("NN") and "VERB" in tagger.readings(found["noun"].lower()):
        return False  # "Den maps measure the tunnels ...": a verb after its subject, whatever the tagger makes of it
    return not tags[-1][1].startswith(("VB", "IN", "CC", "TO", "W", "RB", "MD", "PRP", "DT"))


def _a_subject_and_its_verb(words: list[str]) -> bool:
    """ "we used", "you can trust", "most badgers use": a pronoun, or a quantifier and a plural, then a word that can be
    a verb (the tagger, word by word, takes "use" after a plural for a noun); not "most of the time"."""
    verb_at = 1 if words[0] in _PRONOUNS else 2 if len(words) > 1 and tagger.tagged(words[1])[0][1] == "NNS" else 0
    if 0 < verb_at < len(words) - 1 and set(tagger.readings(words[verb_at])) == {"ADV"}:
        verb_at += 1  # "you just pay for": an adverb before the verb
    return 0 < verb_at < len(words) and "VERB" in tagger.readings(words[verb_at])


def without_relatives_in_a_list(text: str, items_only: bool = False) -> str:
    """ "a door, a hall that leads in, and a nest" -> "a door, a hall              , and a nest": a relative clause said
    of one item of a list, before the next, blanked; with `items_only` (a label's list, which holds nothing but items),
    the last item's too. The offsets stay the text's."""
    if not (" and " in text or " or " in text or ", " in text):
        return text
    blanked = _RELATIVE_IN_A_LIST.sub(lambda m: " " * len(m.group()) if _in_a_list(text, m) else m.group(), text)
    last = _RELATIVE_LAST.search(blanked) if items_only and blanked != text else None
    return blanked if last is None else blanked[: last.start()] + " " * (last.end() - last.start()) + blanked[last.end():]


def _in_a_list(text: str, match: re.Match[str]) -> bool:
    """Whether the item a relative clause follows is one of a list: "and" or "or" after it, or an item before it
    ("a door, a hall that leads in, a nest"); not "the framework that underpins X, the one ...", an aside after it."""
    return re.match(r",\s+(?:and|or)\s", text[match.end():]) is not None \
        or re.search(r"\b(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?$", text[: match.start()]) is not None


def said_after_a_colon(clause: str, start: int, verb: int) -> Phrase | None:
    """ "Some firms skip it: MossCo and ClayCo use the den model": a subject of its own after a colon, before the verb at `verb`
    (not a participle's: "by Kim: Tutorial about merging using X" describes a link; "so it spread: Meta used X" is a name's past)."""
    past = re.match(r"[a-z]+ed\b", clause[verb:])
    if re.match(r"[a-z]+ing\b", clause[verb:]) or past and past.group() not in clauses.PASTS_WITH_OBJECTS:
        return None
    colon = clause.rfind(": ", start, verb)
    if colon < 0 or re.search(rf"[,;=]|{ARROW}", clause[colon + 2 : verb]):
        return None  # "A: eval = X -> version prompts, combine w/ Y": more than a subject between the colon and the verb
    said = subject_of(clause[colon + 2 : verb]) if clause[colon + 2 : verb].strip() else None
    return said if isinstance(said, Phrase) and (past is None or said.is_name) else None
