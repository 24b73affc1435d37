"""Who a clause is about: the noun phrase before its verb, a pronoun for the caller to fill (CURRENT),
or nobody the notes name (NOBODY): the reader ("you", "we", advice in the imperative), something
said before ("the process", "both"), an activity ("Improving prompts ..."). Knows English wording."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest import classify, clauses, tagger
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.lists import outside_parentheses, split
from kg.ingest.marks import ARROW
from kg.ingest.modifiers import EVALUATIVE, is_counted, is_shell, names_a_language, names_the_text, sorts_a_shell, without_judgement
from kg.ingest.clause_shapes import counts_by_a_doing, says_how
from kg.ingest.nouns import GENERIC_SUBJECTS, PRONOUNS, Phrase, is_action, keep, noun_phrase, opens_with_a_doing
from kg.ingest.named_subjects import the_name_alone
from kg.ingest.memo import remembered
from kg.ingest.remarks import a_version, is_remark
from kg.ingest.hearst import noun_phrase_ending

# a title in title case, of three words or more ("Attention Is All You Need", "Language Models Are Few-Shot
# Learners"), before its citation or a dash
_SMALL = r"(?:a|an|the|of|in|on|for|to|and|or|with|via|by|at|from|as)"
_TITLE = re.compile(rf"^(?P<title>[A-Z][\w'-]*(?:\s+(?:{_SMALL}|[A-Z0-9][\w'-]*)){{2,12}})(?=\s*(?:\(|[—–]|\s-\s|$))")
CURRENT = "<current>"  # the subject the caller is reading about: "It", "They", no subject at all
NOBODY = "<nobody>"  # "You can use ...": a sentence about the reader, not a concept

_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|does|do|did|"
    r"refers|refer|describes|describe|allows|allow|encodes|encode|calculates|tests|lists|varies|"
    r"processes|helps|help|provides|provide|takes|take|makes|make|becomes|became|gets|get|got|means)\s", re.IGNORECASE)
# "In practice, ...", "Based on this course, ...": a phrase before the subject
_OPENING = re.compile(
    r"^\s*(?:(?:in|for|at|on|from|during|with|after|before|unlike|based on|according to|compared to|compared with|thanks to)\s[^,]*"
    r"|(?:[a-z]+ly\s+)?speaking),\s*"  # "Generally speaking, a framework ..." (the adverb may be blanked)
    r"|^\s*[a-z][\w-]*wise\b,?\s*(?=\S)"  # "Implementation-wise, ...", "Otherwise ...": an adverb, no word of the subject
    r"|^(?:e\.g\.|eg\.|i\.e\.),?\s+(?=\S+\s+\S)",  # "e.g. the den captioner returns ...": an example, its own subject after
    re.IGNORECASE,
)
_TO_DO = re.compile(r"^[\w\s-]{1,40}?\s+to\s+(?:consider|remember|note|keep in mind|know|watch|look|try|avoid|check)\b", re.IGNORECASE)
_ASIDE_CLAUSE = re.compile(r"\s*(?:as|once|since|after|before|although|though|because|when|while|if)\s", re.IGNORECASE)
_SITUATION = re.compile(r"\s(?:is|are|means)\s+(?:when|where|if|whenever)\s|^\s*(?:what|whatever|whoever)(?:['’]s|\s)", re.IGNORECASE)  # "what is slow for X"
_LOG_LABELS = frozenset({"today", "yesterday", "tonight", "this week", "update", "edit", "later", "point"})  # a log's labels, "Main point"
_READERS = re.compile(r"\b(?:your|my|our)\b", re.IGNORECASE)  # "every part of your data": the reader's own


def unnamed_subject(kind: str, before: str) -> bool:
    """ "..., while decode generates one token": a clause set against the one before has a subject of
    its own, which subject_of could not name (a word the tagger takes for a verb); no pronoun, no adverb;
    and "where it ..." speaks of a situation, whoever "it" is."""
    words = before.split()
    if len(words) == 2 and words[0].lower() == "where" and words[1].lower() in PRONOUNS:
        return True  # "decode, where it generates one token": the pronoun is of the situation, no one this clause names
    return kind in {",while", ",whereas"} and bool(words) and words[0].lower() not in PRONOUNS and tagger.tagged(words[0])[0][1] not in ("RB", "RBR", "RBS")


def picked_by_its_clause(before: str, clause: str) -> bool:
    """Whether "a model" before "that works with X is a Y" is one the relative clause picks out, the
    main verb after it: what the sentence says of it defines Y, of no thing it names."""
    return re.match(r"(?:an?|any)\s", before.strip(), re.IGNORECASE) is not None and not clauses.has_finite_verb(before) \
        and _MAIN_VERB_AFTER.search(clause) is not None


_MAIN_VERB_AFTER = re.compile(r"\S\s+(?:is|are)\s+(?:an?|the)\s", re.IGNORECASE)


def opens_with_a_subject(clause: str) -> bool:
    """After "that": "ReAct uses ...", "this is ...", "every part ..." open a clause of their own (what
    is shown, claimed, ensured); "uses ...", "can ...", "also ..." go on a relative clause's noun."""
    tagged = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(clause) if any(c.isalnum() for c in w)]
    if tagged and tagged[0][1] == "NNS" and "VERB" in tagger.readings(tagged[0][0].lower()) \
            and not clauses.has_finite_verb(re.split(r",|\s(?:and|or|but)\s", clause)[0]):
        return False  # "a hole that stores moss (and lets ...)": a verb the tagger took for a plural, no verb of its own after it
    if len(tagged) > 1 and tagged[0][1] == "VBG" and tagged[1][1] in ("VBZ", "VBD", "MD"):
        return True  # "(notes that) finetuning is a form of ...": a doing named, then its verb
    return bool(tagged) and not tagged[0][1].startswith(("VB", "MD", "RB"))


_IT_IS = re.compile(r"\s*it\s+(?:is|was|'s|’s|seems|seemed)\s", re.IGNORECASE)


def extraposed(main: str, after_that: str) -> bool:
    """ "It is a nice bit of trivia | that Noam co-founded DenCorp": "it" stands for the clause after "that", whole with its
    subject, verb and object, no thing named; "It is a technique | that dens use" lacks its object: a relative clause."""
    if not _IT_IS.match(main) or not after_that.strip():
        return False
    tags = [tag for _word, tag in tagger.tagged(after_that)]  # a name, a pronoun or an article opens the clause's own subject
    if tags[0] not in ("NNP", "NNPS", "PRP", "DT", "PRP$"):
        return False  # "It is a benchmark that measures X" (a verb the tagger may call a plural): a relative clause
    verb = next((i for i, tag in enumerate(tags) if tag in ("VBZ", "VBD", "VBP")), None)
    return verb is not None and verb + 1 < len(tags) and tags[verb + 1] in ("NN", "NNS", "NNP", "NNPS", "DT", "JJ", "PRP$", "CD")


def _without_adverbs_after(text: str) -> str:
    """ "The paper first" -> "The paper", "vLLM and TGI both" -> "vLLM and TGI": an adverb or a floating quantifier between a
    subject and its verb is no part of it (the tagger calls "first" an adjective there, and "token" too: only its adverbs, these)."""
    words = text.split()
    while len(words) > 1 and (words[-1].lower() in {"first", "now", "further", "alone", "itself", "themselves", "both", "all", "each"}
                              or tagger.tagged(" ".join(words))[-1][1] in ("RB", "RBR", "RBS")):
        words.pop()
    return " ".join(words)


def _counted_people(words: list[str]) -> bool:
    """ "most people", "many developers", "lots of teams": some of everyone ("Meta AI researchers" are the maker's)."""
    words = re.sub(r"^(?:lots of|plenty of|a lot of|most)\s+", "", " ".join(words)).split()  # "lots of teams": teams, some of them
    return len(words) == 1 and words[0] in GENERIC_SUBJECTS or len(words) == 2 and words[0] in {"most", "many", "some", "all", "few", "other", "several"} and \
        words[1] in {"people", "users", "developers", "researchers", "practitioners", "engineers", "teams", "companies", "folks", "devs"}


def _points_elsewhere(words: list[str]) -> bool:
    """ "These prompts could contain ...": a demonstrative before a noun that is no shell noun nor a word
    for a kind of thing points back at what the text said before, not at the entry ("This model",
    "This architecture" are the entry)."""
    if len(words) != 2 or words[0] not in {"this", "these", "those", "that"}:
        return False
    noun = singular_noun(words[1])
    return not is_shell(noun) and classify.class_of_word(noun) is None


_EXAMPLES_AFTER = re.compile(r"\s+(?:like|such as|including|e\.g\.,?)\s+", re.IGNORECASE)


def _named_examples(text: str) -> str:
    """ "Orchestrators like A and B" -> "A and B": what a subject names after a plural kind is what the
    sentence speaks of; not after a verb ("Use techniques like ...", "Understanding how to ...")."""
    kind, *examples = _EXAMPLES_AFTER.split(text, maxsplit=1)
    words = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(kind)]
    if not examples or not words or words[-1][1] not in ("NNS", "NNPS") or any(t.startswith("VB") for _w, t in words) \
            or clauses.imperative(kind) or (len(words) > 1 and clauses.is_base_verb(words[0][0].lower())):
        return text  # "Tune parameters such as ...": an instruction, its object no subject
    return examples[0]


@lru_cache(maxsize=1 << 12)  # a pure function of the clause, which a sentence's rules ask of it some ten times
def without_opening(text: str) -> str:
    """The clause without an opening phrase ("In practice, ...", "For tasks like A (e.g., B), ..."),
    whose comma is never one inside parentheses."""
    opening = _OPENING.match(outside_parentheses(text))
    return text[opening.end():] if opening else text


_DOING_ON = re.compile(r"\s*[a-z]+ing\s+(?:on|with|from|for|in|into)\s", re.IGNORECASE)
_OPENING_PARTICIPLE = re.compile(r"\s*[A-Za-z][a-z]+ed\s+(?:from|by|for|on|in|with|to|as|through|via)\s")


_SUBORDINATOR = re.compile(r"\s*(?:where|when|whereas|whenever|once)\s+", re.IGNORECASE)
_THE_TERM = frozenset({"the term", "this term", "the word", "this word", "the name", "this name", "the concept", "this concept"})
# "the original version", "its latest version": the thing read about, at one time
_ITS_VERSION = re.compile(r"(?:the|its|this)\s+(?:original|first|initial|new|newer|latest|current|updated|later|second)\s+versions?")


def a_predicate(text: str) -> bool:
    """ "ranks docs by ...", "stores embeddings": a verb in the third person opening the text, before a
    noun, not a plural noun before its verb ("models use attention")."""
    words = text.split()[:2]
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower() or not words[0].endswith("s") \
            or "VERB" not in tagger.readings(words[0]):
        return False
    second = words[1].lower()  # "docs", "the": no verb, so the first word is one ("models use": "use" may be the verb)
    return "VERB" not in tagger.readings(second) and tagger.tagged(" ".join(words))[1][1] in ("NN", "NNS", "DT", "JJ", "JJR", "JJS", "PRP$")


def _a_writers_label(label: str) -> bool:
    """ "Key idea", "Main point", "Recap", "Today": what a writer heads a remark with, no subject."""
    words = without_judgement(label.strip().lower()).split()
    words = words[1:] if words[:1] == ["key"] else words
    return bool(words) and (is_remark(label) or is_remark(" ".join(words)) or " ".join(words) in _LOG_LABELS)


def situation_of(text: str) -> Phrase | None:
    """ "Post-training is where a model becomes useful": what the situation is said of, the subject
    a pronoun in the next sentence may point at, though no verb after "where" is its; None otherwise."""
    found = _SITUATION.search(text)
    said_of = subject_of(text[: found.start()], at_start=True) if found is not None else None
    return said_of if isinstance(said_of, Phrase) else None


_SUPPOSED = re.compile(r"\s*(?:if|unless|suppose|whether)\s", re.IGNORECASE)
_A_KIND_OF = re.compile(r"(?:an?|another|one|the\s+other|a\s+second|a\s+third)\s+(?:kind|type|form|variant|flavou?r|sort|class)\s+of\s")
_WHOSE = frozenset({"her", "his", "their", "my", "our", "your"})


_SINGLED = re.compile(r"^the\s+(?P<which>most\s+|least\s+)?(?P<word>[a-z]+)\s+[a-z-]+(?:\s+[a-z-]+){0,2}$", re.IGNORECASE)


# heads that name a role a thing fills in what is said, never a kind of thing: "the end goal", "the book's example"
_ROLE_HEADS = frozenset({"goal", "aim", "objective", "example", "idea", "point", "takeaway", "lesson", "catch", "trick",
                         "answer", "outcome", "difference", "advantage", "benefit", "upside", "downside", "drawback"})
_ROLE = re.compile(r"^(?:the|our|her|his|their|my)\s+(?:[\w-]+(?:'s|’s)?\s+){0,2}(?P<head>[a-z]+)$", re.IGNORECASE)
_JUDGED_SHELL = re.compile(r"^(?:an?|another)\s+(?:(?:more|less)\s+)?(?P<judged>[a-z-]+)\s+(?P<head>[a-z-]+)$", re.IGNORECASE)


def _singled_out(text: str) -> bool:
    """ "The most basic feature is ...", "The biggest hurdle was ...", "The main problem is ...": one picked out
    of many by a superlative, which says which, not what kind."""
    found = _SINGLED.match(text.strip())
    return found is not None and (found["which"] is not None or found["word"].lower() in ("main", "key", "primary")
                                  or tagger.tagged(f"the {found['word'].lower()} one")[1][1] == "JJS")


def _a_role(subject: str) -> bool:
    """ "The end goal", "The book's example": a role the object fills, no kind of thing; "A more careful
    approach", "A simpler method": a shell noun judged, of which the object is one."""
    stripped = subject.strip()
    role = _ROLE.match(stripped)
    if role is not None and singular_noun(role["head"].lower()) in _ROLE_HEADS:
        return True
    judged = _JUDGED_SHELL.match(stripped)  # "more" itself is gone by now, read as an adverb
    return judged is not None and is_shell(judged["head"]) and tagger.tagged(f"a {judged['judged'].lower()} one")[1][1] in ("JJ", "JJR") and not sorts_a_shell(judged["judged"], judged["head"])


# a clause joined on whose subject is the reader or the writer: ", and you can", ", but we"
_THE_READER_NEXT = re.compile(r",\s+(?:and|or|but|so)\s+(?:you|we|I|people)(?:\s+(?:can|could|may|might|should|must|will|would|also))?\s*$",
                              re.IGNORECASE)


def _verb_inside(text: str) -> bool:
    """ "Kestrel digs at night": a verb with words after it, which no noun phrase holds; not "the ReAct prompts", whose
    last word the tagger may call a verb."""
    return len(text.split()) > 2 and clauses.has_finite_verb(text) and len(clauses.before_verb(text).split()) < len(text.split()) - 1


@remembered(maxsize=1 << 12)  # a pure function of the clause: "It" opens most sentences of an entry
def subject_of(text: str, at_start: bool = False) -> Phrase | str:
    """The subject before the verb; CURRENT for a pronoun or none, NOBODY for "you" or "we" and for an
    imperative after an opening phrase ("For small datasets, use ...": advice to the reader). `at_start`:
    the text opens a sentence, whose first word is capitalised for its place only."""
    if _SITUATION.search(text):
        return NOBODY  # "Hallucination is when a model generates ...": the verb is the situation's, not the subject's
    if _singled_out(text):
        return NOBODY  # "The most basic feature is a unified interface": a role among many, no kind of what fills it
    if _OPENING_PARTICIPLE.match(text) or (text.rstrip().endswith(":") and is_remark(text.strip(" :"))):
        return CURRENT  # "Inferred from user actions, e.g. A, B", "Pros: good for X": said of what is being read, no subject of its own
    if _THE_READER_NEXT.search(text):
        return NOBODY  # "Values range from A to B, and you can use X": the reader's, after a clause the tagger missed
    if at_start and "," not in text and len(words := text.split()) > 2 and words[0][:1].isupper() \
            and tagger.tagged(" ".join(words[:2]).lower())[0][1] == "VBN" and tagger.tagged(words[1])[0][1] in ("IN", "TO"):
        return NOBODY  # "Hidden in her study was a quill": the place opens the sentence, the subject comes after the verb
    if a_predicate(text) or a_version(text.strip(" ,")):
        return CURRENT  # "ranks docs by keyword matching; uses BM25": what the thing being read does; "v1 used ...": its version
    if _DOING_ON.match(text) and "," not in text:
        return NOBODY  # "training on too much AI-generated data can cause ...": a doing, no concept ("Training on X, models ...": an opening)
    head, colon, tail = text.rpartition(": ")
    if colon and tail.split()[:1] in (["it"], ["they"]) and clauses.has_finite_verb(head) and isinstance(own := subject_of(head), Phrase):
        return own  # "INFOBench takes a broader view: it decomposes ...": what the clause before the colon spoke of
    if colon and tail.strip() and _VERB.search(f" {head} "):
        if _SUPPOSED.match(tail):
            return NOBODY  # "Her example is a bot: if it's a billing issue, route to ...": a case supposed, said of nothing
        text = tail  # "GQA is the compromise: query heads are split into groups": the clause after the colon
    label, colon, said = text.partition(": ")
    if colon and said.strip() and _a_writers_label(label):
        text = said  # "Key idea: wombats use moss", "Today: ...": a label of the writer's, the clause after it
    opened = without_opening(text.strip()).strip(" ,")
    if opened != text.strip(" ,") and (not opened or clauses.imperative(opened)):
        return NOBODY
    if (title := _TITLE.match(opened)) is not None and _VERB.search(f" {title['title']} "):
        # "Attention Is All You Need (Vaswani et al., 2017) — introduced ...": a work's title, whole, its verb no clause's
        return Phrase(title["title"], (), None, True)
    text = _before_a_verb_taken_for_a_plural(_VERB.split(" " + opened + " ", maxsplit=1)[0].strip())  # "Den radar maps tunnels ..."
    if _a_role(text):
        return NOBODY  # "The end goal is a burrow map", "A more careful approach is ground radar"
    text = re.sub(rf"\s*{ARROW}$", "", text)  # "KV cache → stores keys": the arrow says what it does, no part of it
    dashed = re.split(r"\s[—–]\s*|\s-\s", text)
    # "Kestrel — a zorp model — uses ...": an aside between dashes; "Synthetic data — three reasons people use it": the clause after one
    text = dashed[0] if len(dashed) > 2 and not dashed[-1].strip() else dashed[-1]
    if len(dashed) == 2 and re.fullmatch(r"[a-z][\w-]*", text.strip()) and tagger.names_a_concept(dashed[0].strip()):
        text = dashed[0]  # "Synthetic Data — data generated by AI models": a bare noun after the dash says what the name is
    parts = [part.replace("\x00", ",") for part in outside_parentheses(text).split(",")]  # not "(Kim et al., 2021)"
    if len(parts) > 1 and (subordinate := _SUBORDINATOR.match(parts[-1])) is not None:
        parts = [parts[-1][subordinate.end():]]  # "For a den, volume ≈ L × W, where the extra 20% is ...": the clause's own subject
    if parts[-1].strip().lower() in {"here", "there"} or parts[-1].split()[-1:] == ["there"]:
        # "There is a hierarchy", "Before discussing A, B and C, here is ...", "Wherever there is a crack": no subject, no concept
        return NOBODY
    # "However, BERT", "To help, RoBERTa": a short opening; not the head of a list ("Understanding how
    # to implement algorithms like linear regression, logistic regression, ... is vital")
    while len(parts) > 1 and not tagger.names_a_concept(parts[0].strip()) and (len(parts[0].split()) <= 4 or _ASIDE_CLAUSE.match(parts[0])):
        parts.pop(0)  # "as demonstrated in the paper, Game of 24 is ...": an aside of any length
        first = parts[0].split()[0] if parts[0].split() else ""
        if not any(c.isupper() or c.isdigit() for c in first[1:]) and clauses.imperative(parts[0].strip()):
            return NOBODY  # "If you want fewer repeats, try ...": advice to the reader
    if len(parts) > 1 and len(first := parts[0].split()) > 1 and first[0].lower().endswith("ing") and set(tagger.readings(first[0].lower())) == {"VERB"}:
        return NOBODY  # "Balancing quality, cost and latency is ...": a doing and its objects, no things that are it
    if (listed := _listed_subjects(parts[:-1] + [_without_adverbs_after(parts[-1])] if len(parts) > 1 else parts)) is not None:
        return listed  # "BERT, GPT and T5 use attention", "A, B and C all use it": each of them
    if len(parts) > 1 and len(parts[0].split()) > 2 and re.match(r"\s*(?:the|a|an)\s+\w", parts[-1], re.IGNORECASE) \
            and " and " not in parts[-1]:
        parts = parts[-1:]  # "A model outputs logits, the softmax turns them ...": a clause, then the subject ("BERT, the ...": a name and its kind)
    text = _named_examples(parts[0].strip())
    if _WORD_QUOTED.match(text):
        return NOBODY  # '"large" in LLM is a moving target': the word, as used, no thing it names
    text = the_name_alone(text)  # "Chatbot Arena from LMSYS is ...", "Jamba in State Space Models uses ...": the name
    if is_action(text) or _a_doing_moved(text) or counts_by_a_doing(text) or (opens_with_a_doing(text) and says_how(text)) or text.lower() == "both" or (text.lower().startswith(("both ", "each of ")) and " and " not in text):
        return NOBODY  # "Improving prompts can help ...": an activity; "Both (prompts) involve ...": two things, named before
    text = _without_adverbs_after(text)  # "The paper first evaluates ..."
    if len(text.split()) > 1 and (not keep(noun_phrase(text)) or ") " in text or _verb_inside(sentence_case(text) if at_start else text)):
        text = clauses.before_verb(text)  # where _VERB's wording ends no subject, the tagger's first verb does ("(RAG) retrieves")
    lowered = text.lower()
    if names_the_text(text) or _TO_DO.search(text):
        # "This guide covers ...", "The figure below shows ...": the writing, not what it names; "Other
        # aspects to consider include ...", "Things to remember": what the reader is to do something with
        return NOBODY
    if is_shell(text) and len(lowered.split()) > 1 and lowered.split()[1] in {"possible", "potential"}:
        return NOBODY  # "A potential solution involves ...": one way out, not the entry
    if lowered in {"that", "that's", "which"} or (len(lowered.split()) > 2 and lowered.split()[0] in {"this", "these", "that", "those"}
                                                 and is_shell(lowered.split()[-1])):
        return NOBODY  # "That's a vector search problem", "This pairwise version is ...": what was just said, no thing named
    if _A_KIND_OF.match(lowered):
        return NOBODY  # "Another kind of router is a next-action predictor": the predictor is the one spoken of (counted.one_of_a_kind)
    if lowered in {"she", "he"} or (lowered.split()[:1] and lowered.split()[0] in _WHOSE and is_shell(lowered.split()[-1])):
        return NOBODY  # "She also covers model merging", "Her example is ...": the writer of what is read, not the entry
    if lowered in _THE_TERM or _ITS_VERSION.fullmatch(lowered):
        return CURRENT  # "The term covers both LLMs and LMMs", "The original version used ...": the entry, or the note's concept
    if len(lowered.split()) > 1 and lowered.split()[-1] in {"you", "we", "i", "people"}:
        return NOBODY  # "Imagine you are a detective", "Suppose we have ...", "in practice people use ...": the reader, anyone
    if not text or lowered in PRONOUNS or (lowered.split()[0] in PRONOUNS and len(text.split()) <= 2):
        return NOBODY if _points_elsewhere(lowered.split()) else CURRENT
    if is_shell(text) and (lowered.split()[0] in {"a", "an", "key", "core"} or lowered.split()[0] in EVALUATIVE):
        return CURRENT  # "- **Weight noise:** A technique used in ...", "Key concepts include ...": the entry's
    if lowered.split()[0] in GENERIC_SUBJECTS or _counted_people(lowered.split()) or is_shell(text) or is_counted(text):
        return NOBODY  # "the process involves ...", "two models share ...": said of something not named here
    if len(text.split()) > 1 and text.split()[0].lower() in EVALUATIVE and not text.split()[1][:1].isupper():
        # "Common sampling methods include ..."; not "Common Crawl is ...", a name
        text = without_judgement(text[0].lower() + text[1:])
    phrase = noun_phrase(sentence_case(text) if at_start else text)  # "Agents use tools": agents, no name "Agents"
    if keep(phrase) and not _READERS.search(text):
        return phrase
    if clauses.imperative(text):
        return CURRENT  # a description in the imperative ("Automatically evaluate your LLMs using RunPod") is the entry's
    # the reader's own things ("every part of your data"), and "The free-form thoughts ...", which the
    # tagger cannot read as a noun phrase, are someone else than the entry; a bare name it cannot read
    # ("LLM-based agents") most often is the entry; a figure or an amount ("~10% is a common default", "Half is ...") is none
    return NOBODY if _READERS.search(text) or lowered.split()[0] in {"the", "a", "an", "about", "around", "roughly", "half"} \
        or re.match(r"[~≈<>]?\s*\d", lowered) else CURRENT


_WORD_QUOTED = re.compile(r"""^["“'‘][a-z][\w-]*(?:\s[a-z][\w-]*)?["”'’](?:\s|$)""")  # '"large" in LLM', "'the'"


def _a_doing_moved(text: str) -> bool:
    """ "Sending data to an external API", "sending data out": a verb's -ing form that names no thing (the
    dictionary knows it as a verb only), its object and where the object goes; an activity, no concept."""
    words = text.lower().split()
    return len(words) > 2 and words[0].endswith("ing") and set(tagger.readings(words[0])) == {"VERB"} and words[2] in _PARTICLES


_PARTICLES = frozenset({"to", "into", "out", "from", "for", "with", "across", "over", "onto", "off", "back", "up", "down"})


def sentence_case(text: str) -> str:
    """ "Tools can be ...", "Adapters are ...": a sentence's first word capitalised only for its place,
    a plural the dictionary knows as a common noun, or an agent noun it lacks ("Rerankers"), in
    lowercase ("Transformers", "GPUs" stay)."""
    first, _, rest = text.partition(" ")
    lower = first.lower()
    plural = singular_noun(lower) != lower
    # an agent noun the dictionary lacks is one too: "Rerankers", "Tokenizers"
    agent = lower.endswith(("ers", "ors")) and len(lower) > 5 and not tagger.readings(lower) and not tagger.readings(singular_noun(lower))
    if first[:1].isupper() and first[1:].islower() and plural and ("NOUN" in tagger.readings(singular_noun(lower)) or agent):
        return f"{lower} {rest}".strip()
    # "Masked LMs", "Model APIs are ...": an adjective, or a noun before one word or an abbreviation (not "Stable Diffusion", "Python code")
    describes = "NOUN" not in tagger.readings(lower) and ("ADJ" in tagger.readings(lower) or (lower.endswith("ed") and "VERB" in tagger.readings(lower))) \
        or "NOUN" in tagger.readings(lower) and re.fullmatch(r"[a-z][\w-]*|[A-Z]{2,6}s?", rest) is not None and not names_a_language(first, "NN")
    if first[:1].isupper() and first[1:].islower() and describes and rest and not any(w[:1].isupper() and w[1:].islower() for w in rest.split()):
        return f"{lower} {rest}"
    return text


def _listed_subjects(parts: list[str]) -> Phrase | None:
    """ "Kestrels, wombats and quokkas": a list of short noun phrases whose last joins with "and" or
    "or" is one subject of many things, each named; the reader splits it into each."""
    items = [*parts[:-1], *re.split(r"\s(?:and|or)\s", " " + parts[-1].strip())]
    items = [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in items if item.strip()]  # "A, B, and C" too
    if len(parts) < 2 or len(items) < 3 or not all(0 < len(item.split()) <= 4 and keep(noun_phrase(item)) for item in items):
        return None
    if any(clauses.has_finite_verb(item) or any(clauses.can_be_verb(word) for word in item.split()[1:-1]) for item in items):
        return None  # "Finetuning improves instruction following, A and B": a clause and its objects, no subjects
    return Phrase(", ".join(items[:-1]) + " and " + items[-1])


def plural_ending(text: str, relative: str) -> Phrase | None:
    """ "many APIs hide logprobs" before ", which are useful for ...": the plural noun the text ends on, with which "are"
    agrees (no event is plural); None for any other relative clause or ending."""
    ending = noun_phrase_ending(text) if re.match(r"\s*(?:which\s+)?(?:are|were)\s", relative) else None
    plural = ending is not None and any(alias != ending.label and singular_phrase(alias) == ending.label for alias in ending.aliases)
    return ending if plural else None


def name_ending(clause: str) -> Phrase | None:
    """The name a clause ends on, in capitals after its first word: "... is TF-IDF", "... mentions Chameleon"; or the
    thing that fills the role the clause speaks of: "The top layer is the nest chamber"."""
    words = clause.split()
    count = 0
    while count < len(words) - 1 and words[-1 - count][:1].isupper():
        count += 1
    if not count:
        return _what_fills_it(clause)
    named = noun_phrase(" ".join(words[len(words) - count:]))
    return named if named.label.count("(") == named.label.count(")") else None  # not "SETTs)", a parenthesis's end


_IS_THE = re.compile(r"\s(?:is|was)\s+(?:the\s+)?(?!(?:an?|one|also|not|often|usually)\s)(?P<what>[^,;:()]+)$", re.IGNORECASE)


def _what_fills_it(clause: str) -> Phrase | None:
    """ "The top layer is the nest chamber" before ", which includes ...": the thing that fills the role, which "which"
    speaks of; not "a simple trick", one of a kind."""
    found = _IS_THE.search(clause)
    if found is None or tagger.tagged(found["what"].split()[-1])[0][1] not in ("NN", "NNS", "NNP"):
        return None  # "X is fast, which ...": no thing
    return phrase if keep(phrase := noun_phrase(found["what"])) and not is_shell(phrase.label) else None


def _before_a_verb_taken_for_a_plural(text: str) -> str:
    """ "Den radar maps tunnels", "The den model ranks dens": a plural the dictionary knows as a verb, between a singular
    noun and a plural, is the verb, and the subject ends before it; "sales figures", "model weights" stay whole."""
    words, tags = text.split(), tagger.tagged(text)
    if len(tags) != len(words):
        return text  # punctuation split off by the tagger: no word-for-word reading
    for at in range(1, len(tags) - 1):
        (word, tag_), before, after = tags[at], tags[at - 1][1], tags[at + 1][1]
        if tag_ == "NNS" and before == "NN" and after == "NNS" and word.islower() and "VERB" in tagger.readings(word):
            return " ".join(words[:at])
    return text


_SLASHED_THREE = re.compile(r"[\w.-]+(?:/[\w.-]+){2,}")  # "temperature/top-k/top-p"; not "encoder/decoder", which may be one


def each_subject(subject: Phrase | str, protected: set[str], kind: Phrase | str | None = None) -> list[Phrase | str]:
    """ "Neural networks and polynomial models are prone to overfitting", "GPT-4 and Claude use ...":
    each of them is a subject; a known label that holds "and" ("probability and statistics"), a name
    joined to a common noun ("Attention and memory") or a pronoun stays whole; three words or more joined by
    slashes ("temperature/top-k/top-p are the main knobs") are each a subject too. Single words before the
    last item share its head noun when the `kind` they are said to be ends on it: "Tensor and pipeline
    parallelism are forms of model parallelism" (tensor parallelism)."""
    if isinstance(subject, Phrase) and _SLASHED_THREE.fullmatch(subject.label):
        return [item for item in (noun_phrase(i) for i in subject.label.split("/")) if keep(item)]
    if not isinstance(subject, Phrase) or " and " not in subject.label or subject.label.lower() in protected:
        return [subject]
    written = split(subject.label, protected)
    items = [item for item in map(noun_phrase, written) if keep(item)]
    if subject.is_name and not (len(items) > 1 and all(item.is_name for item in items)):
        return [subject]
    head = items[-1].label.split()[-1] if len(items) > 1 and " " in items[-1].label else ""
    if isinstance(kind, Phrase) and head and kind.label.split()[-1].lower() == head.lower() and len(items) == len(written):
        items = [noun_phrase(f"{item.label} {head}") if " " not in (w := word.strip()) and singular_noun(w.lower()) == w.lower() else item
                 for item, word in zip(items[:-1], written)] + items[-1:]  # not a plural, a thing of its own: "Dogs and wet den diggers"
    return items
