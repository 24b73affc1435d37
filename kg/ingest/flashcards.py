"""Question-and-answer cards, as notes for spaced repetition are written: "**Q:** What is LoRA?" then
"**A:** A PEFT method that ..." (one paragraph or two). The answer is read as a statement of what
the question asks: "What is X?" and "How does X work?" make X an entry and the answer what it is; a
question with a blank ("LoRA is a form of ...?") is the statement with its blank filled by the
answer's first words; a question that is a noun phrase ("Examples of adapter methods?", "Numerical
formats to know?") is stated to be the answer, and so are the things a question asks to name ("Name
three foundation models.", "What three categories of tools ...?"), and what a thing does to the
answer's names ("What does DenCam measure?"). The question itself states nothing.
Knows English wording and Markdown only."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger
from kg.ingest.markdown import Paragraph
from kg.ingest.paragraph_rest import rest_of
from kg.ingest.marks import TO_KNOW
from kg.ingest.name_lists import names_only
from kg.ingest.remarks import is_remark
from kg.ingest.categories import category_named, parts_named
from kg.ingest.modifiers import without_judgement
from kg.ingest.singular import singular_phrase
from kg.ingest.terms import weighed

_LABELS = {"q": "Q", "question": "Q", "a": "A", "answer": "A"}
_LABELLED = re.compile(r"^(?P<label>Q|Question|A|Answer)\s*[:.)]\s*", re.IGNORECASE)
# "What is LoRA?", "What's QLoRA?", "What are adapters?", "Define perplexity.", "How does LoRA work?"
_ABOUT = re.compile(
    r"^(?:(?:what|who)(?:'s|\s+is|\s+are|\s+was)|define|explain|describe|how\s+(?:does|do|is|are)(?!\s+(?:you|we|I|it|they)\b))"
    r"\s+(?:an?\s+|the\s+)?(?P<about>[^?,;]{1,60}?)(?:\s+(?:work|used|done|work exactly|differ))?\s*[?.]?$", re.IGNORECASE)
# Obsidian's spaced-repetition cards: "What is LoRA::A method ..." (":::" both ways), or the question, a line
# "?" (or "??"), the answer
_SPACED = re.compile(r"^(?P<question>[^\n:]{3,200}?\??)(?:\s*:{2,3}\s*|\s*\n\?{1,2}\n)(?P<answer>\S.*)$", re.DOTALL)
_BLANK = re.compile(r"\s*(?:\.{3}|…|_{3,})\s*")
_FIRST_WORDS = re.compile(r"^(?P<words>[^.;:(\n]+?)(?:\s+-\s+|[.;:(\n]|$)")
# "What are the two components of a RAG system?": the answer lists its parts
_PARTS_QUESTION = re.compile(r"^(?:(?:what\s+are|name|list)\s+)?(?:the\s+)?(?:(?:two|three|four|five|\d+|main|key)\s+)*"
                             r"(?:components|parts|stages|steps|phases|layers|modules|building\s+blocks|elements)\s+of\s+"
                             r"(?P<whole>[^?,;]{1,60}?)\s*\?$", re.IGNORECASE)
# "What's the difference between A and B?": the two contrast, whatever the answer says of each
_DIFFERENCE = re.compile(r"^what(?:'s|\s+is)\s+the\s+(?:main\s+|key\s+)?difference\s+between\s+(?P<a>[^?,;]{1,60}?)\s+and\s+"
                         r"(?P<b>[^?,;]{1,60}?)\s*\?$", re.IGNORECASE)
# "How does A differ from B?", "How is A different from B?": the same
_DIFFERS = re.compile(r"^how\s+(?:does|do|is|are)\s+(?P<a>[^?,;]{1,60}?)\s+(?:differ|different)\s+from\s+(?P<b>[^?,;]{1,60}?)\s*\?$",
                      re.IGNORECASE)
# "Name three foundation models and who made them.", "What three categories of tools can an agent use?"
# a study guide's question on a line of its own and its answer on the lines below, in one paragraph or item
_ASKED_ABOVE = re.compile(r"^(?P<question>(?:what|which|who|name|list|give)\b[^\n]{3,150}[?.])\n(?P<answer>\S[\s\S]*)$", re.IGNORECASE)
_NAME_SOME = re.compile(r"^(?:name|list|give|what\s+are\s+the)\s+(?P<count>two|three|four|five|\d+)\s+(?:main\s+|key\s+)?(?P<kinds>[\w -]{2,40}?)"
                        r"(?:\s+and\s+.*|\s+that\s+.*)?\s*[?.]?$", re.IGNORECASE)  # "What are the three sealing methods?" counts them too
_GROUPS_OF = re.compile(r"^(?:(?:what|which|name|list)\s+)?(?:are\s+)?(?:the\s+)?(?:(?:two|three|four|five|\d+)\s+)?(?:main\s+|key\s+)?"
                        r"(?:categories|kinds|types|families|groups)\s+of\s+(?P<kind>[\w -]{2,40}?)(?:\s+(?:can|do|does|are|is|exist|should)\b.*)?\s*\?$",
                        re.IGNORECASE)
# "Sealing - what kinds?", "Batching: which types?": a topic set off, then a question for its kinds
_KINDS_OF_TOPIC = re.compile(r"^(?P<thing>[^?:;,—–]{2,60}?)\s*(?:\s[-—–]|:)\s+(?:(?:what|which)\s+)?(?:kinds|types|variants)(?:\s+(?:are\s+there|exist))?\s*\?$",
                             re.IGNORECASE)
# "What is X used for?", "What does X stand for?", "Who introduced X?", "Give two examples of X.",
# "Which metric measures how fast a colony settles?": the answer said as the statement the question asks for
_USED_FOR = re.compile(r"^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<thing>[^?,;]{1,60}?)\s+(?:mainly\s+|mostly\s+)?used\s+for\s*\?$", re.IGNORECASE)
# "What problem does X solve?", "Why use X?": what X is for; "What is the main drawback of X?": what X suffers from
_SOLVES = re.compile(r"^what\s+(?:problems?|issues?)\s+(?:does|do)\s+(?P<thing>[^?,;]{1,60}?)\s+(?:solve|address|fix|tackle)\s*\?$", re.IGNORECASE)
_WHY_USE = re.compile(r"^why\s+(?:use|would\s+you\s+use|do\s+people\s+use)\s+(?P<thing>[^?,;]{1,60}?)\s*\?$", re.IGNORECASE)
_TROUBLES_OF = re.compile(r"^(?:what\s+(?:is|are)\s+)?(?:the\s+|some\s+)?(?:(?:main|key|biggest|two|three|\d+)\s+)*(?:drawbacks?|limitations?|"
                          r"problems?|downsides?|weaknesses?|disadvantages?|risks?|challenges?|cons)\s+of\s+(?P<thing>[^?,;]{1,60}?)\s*\?$", re.IGNORECASE)
_STANDS_FOR = re.compile(r"^what\s+does\s+(?P<short>[A-Za-z][\w&-]{1,10})\s+stand\s+for\s*\?$", re.IGNORECASE)
_MADE_BY = re.compile(r"^who\s+(?P<verb>introduced|created|developed|invented|proposed|made|built|released)\s+"
                      r"(?P<thing>[^?,;]{1,60}?)\s*\?$", re.IGNORECASE)
_EXAMPLES_ASKED = re.compile(r"^(?:give|name|list)\s+(?:two|three|four|five|\d+|some|a\s+few)\s+examples\s+of\s+(?P<kind>[^?.,;]{1,60}?)\s*[?.]?$",
                             re.IGNORECASE)
_WHICH = re.compile(r"^(?:which|what)\s+(?!(?:are|is|was|were|do|does|did)\s)(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}?)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^?]{2,80}?)\s*\?$",
                    re.IGNORECASE)
# "What does DenCam measure?" / "Den temperature and humidity.": what the thing does that to
_EXIST = re.compile(r"^what\s+(?P<kind>[\w -]{2,40}?)\s+(?:exist|are\s+there|are\s+out\s+there)\s*\?$", re.IGNORECASE)  # "What den tools exist?"
_DOES = re.compile(r"^what\s+(?:does|do)\s+(?P<thing>[^?,;]{1,60}?)\s+(?P<verb>[a-z]+)\s*\?$", re.IGNORECASE)
# a front that stops where its back goes on: "PEFT methods split into::adapter-based and soft prompt-based methods"
_UNFINISHED = re.compile(r"\s(?:into|of|is|are|as|by|for|to|with|from|includes?|uses?|called|means|contains?)$", re.IGNORECASE)
_IT_FIRST = re.compile(r"^(?:it|they)\s+(?=[a-z])", re.IGNORECASE)  # an answer whose subject is what the question asks of
_AUXILIARIES = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have"})
_NOUN_QUESTION = re.compile(r"^(?:(?:examples|types|kinds|families|forms|parts|components)\s+of|(?:\w+\s+)?(?:two|three|four|\d+)\s+\w+)\s", re.IGNORECASE)


# "Q: what is a sett, in short?", "### Q: parts of a den?": a card's label and a word on the answer's form, no part of what is asked
_ANSWER_FORM = re.compile(r",\s*(?:in\s+)?(?:short|brief|briefly|one\s+line|a\s+sentence|one\s+sentence|a\s+word|one\s+word|simply|roughly)\s*(?=\?\s*$)",
                          re.IGNORECASE)


_TYPES_LAST = re.compile(r"^(?P<thing>[^,;:]{2,40}?)\s+(?:types|kinds|categories|families|variants|flavou?rs)$", re.IGNORECASE)


def bare_question(title: str) -> str:
    """A heading or a card's question without its "Q:" label and its word on the answer's form."""
    return _ANSWER_FORM.sub("", _LABELLED.sub("", title.strip(), count=1) if title.strip()[:1] in "Qq" else title.strip())


def asked_about(question: str) -> str | None:
    """What "What is X?", "How does X work?", "Define X." ask about: X; None for any other question."""
    found = _ABOUT.match(bare_question(question))
    return without_judgement(found["about"].strip()) if found is not None else None  # "the main digging methods"


def read_card(paragraph: Paragraph, asked: str | None) -> str | None:
    """Restate a card's paragraph as what its answer says (see the module); return the question of a
    paragraph that only asks it, for the answer in the next paragraph."""
    label, text = _label(paragraph)
    if label is None and "___" in paragraph.text and ("→" in paragraph.text or "->" in paragraph.text):
        _fill(paragraph)  # "The KV cache stores ______ and ______ vectors. → *key / value*"
    if label == "Q":
        question, _, answer = text.partition("\n")
        found = _LABELLED.match(answer)
        if found is None and answer.strip():  # "**Q: What is MoE?**" / "Mixture of experts: ...": the lines below answer it
            _restate(paragraph, question.strip(), answer, len(paragraph.text) - len(answer))
            return None
        if found is None or _LABELS[found["label"].lower()] != "A":  # the answer comes next; a list of troubles, as "Limitations of X:" heads it
            troubled = _TROUBLES_OF.match(bare_question(question.strip()))
            paragraph.term, paragraph.text, paragraph.links = None, f"Limitations of {troubled['thing']}:" if troubled else "", ()
            return question.strip()
        _restate(paragraph, question.strip(), answer[found.end():], len(paragraph.text) - len(answer) + found.end())
    elif label == "A" and asked is not None:
        _restate(paragraph, asked, text, len(paragraph.text) - len(text))
    elif label == "A" and paragraph.term is None and re.match(r"(?:A|Answer)\s*:\s", paragraph.text):  # not "a.k.a. X"
        _from(paragraph, len(paragraph.text) - len(text))  # "### What is X?" / "A: ...": the heading asks (answer_heading)
    elif label is None and asked is not None and paragraph.term is None and paragraph.item is None and paragraph.text.strip():
        _restate(paragraph, asked, paragraph.text, 0)  # "**Q: What is a den?**" / "A burrow.": the paragraph after it answers
    elif label is None and paragraph.term is None and (card := _SPACED.match(paragraph.text)) is not None:
        _restate(paragraph, card["question"].strip(), card["answer"], card.start("answer"))  # Obsidian's spaced repetition
    elif label is None and paragraph.term is None and (card := _ASKED_ABOVE.match(paragraph.text)) is not None:
        _restate(paragraph, card["question"].strip(), card["answer"], card.start("answer"))  # "2. Name three X." / "A, B, C."
    return None


def answer_heading(paragraph: Paragraph) -> None:
    """The first paragraph of prose under a heading that asks a question ("## What is LoRA?", "## What
    are the main types of X?") as the question's answer, as a card's would be read."""
    question = bare_question(paragraph.headings[-1].title)
    if question.endswith("?") and paragraph.item is None and paragraph.term is None and not paragraph.card and paragraph.text \
            and len(weighed(question)) != 2:  # "## Kestrel or Wombat?": the heading itself sets the two side by side
        _restate(paragraph, question, paragraph.text, 0)
    elif paragraph.item is None and paragraph.term is None and not paragraph.card and clauses.opens_on_what_it_does(paragraph.text) \
            and len(question.split()) <= 4 and tagger.names_a_concept(question) and not is_remark(question):
        paragraph.term, paragraph.has_colon = question, True  # "### Online API" / "optimizes for latency": said of what the heading names


def answer_heading_lists(paragraphs: list[Paragraph], opening: set[int]) -> None:
    """The list that opens a section under a heading that asks ("### What are the main digging
    methods?" / "- root bracing" / "- clay lining") as the question's answer: the items joined, as one
    answer names them, where the question asks for several; each item on its own where it asks what
    one thing is ("### What is root bracing?" / "- a tunnel support method" / "- uses living roots")."""
    answers: dict[int, list[Paragraph]] = {}
    for paragraph in paragraphs:
        if paragraph.line in opening and paragraph.item is not None and not paragraph.parents and paragraph.term is None \
                and paragraph.text.strip() and paragraph.headings and paragraph.headings[-1].title.strip().endswith("?"):
            answers.setdefault(paragraph.headings[-1].line, []).append(paragraph)
    for items in answers.values():
        question = bare_question(items[0].headings[-1].title)
        if len(weighed(question)) == 2 or parts_named(question) is not None:
            continue  # "## Kestrel or Wombat?": the heading sets the two side by side; "### What's inside a den?": its parts, each
        if _ONE_THING_ASKED.match(question):
            for item in items:  # a fragment answers; a sentence with a subject of its own says what it says
                said = item.text.strip()
                fragment = said[:1].islower() or re.match(r"An?\s", said) is not None  # not "The den stays cold."
                if fragment and (not clauses.has_finite_verb(said) or clauses.opens_with_third_person_verb(said)):
                    _restate(item, question, item.text, 0)  # "- a tunnel support method", "- uses clay walls"
        elif all(len(item.text.split()) <= 5 and not clauses.has_finite_verb(item.text) for item in items):  # names, as one answer lists them
            named = [item.text.strip().rstrip(".") for item in items]  # "- sett" / "- holt": "sett and holt", as one answer lists them
            _restate(items[0], question, ", ".join(named[:-1]) + (" and " if len(named) > 1 else "") + named[-1], 0)
            for item in items[1:]:
                item.text, item.links, item.wikilinks, item.card = "", (), (), True


_COUNT_FIRST = re.compile(r"^(?:two|three|four|five|six|seven|\d+)\s*:\s+(?=\S)", re.IGNORECASE)
_ONE_THING_ASKED = re.compile(r"^(?:what|who)(?:['’]s|\s+is|\s+was)\s", re.IGNORECASE)  # "What is root bracing?"


def _label(paragraph: Paragraph) -> tuple[str | None, str]:
    """ "Q" or "A" and the text after it, for a paragraph that opens with either."""
    if paragraph.term is not None and paragraph.term.strip(" .:").lower() in _LABELS:  # "**Q:** ..."
        return _LABELS[paragraph.term.strip(" .:").lower()], _answer_on_its_line(paragraph.text)
    if paragraph.term is not None and (bold := _LABELLED.match(paragraph.term)) is not None:  # "**Q: What is X?**" / "A: ..."
        return _LABELS[bold["label"].lower()], f"{paragraph.term[bold.end():]}\n{paragraph.text}"
    found = _LABELLED.match(paragraph.text)
    if found is None or paragraph.term is not None:
        return None, paragraph.text
    return _LABELS[found["label"].lower()], _answer_on_its_line(paragraph.text[found.end():])


def _answer_on_its_line(text: str) -> str:
    """ "What is X? A: ..." on one line as the question, then the answer on a line of its own."""
    return text if "\n" in text else re.sub(r"(?<=\?)\s+(?=(?:A|Answer)\s*:\s)", "\n", text, count=1)


def _restate(paragraph: Paragraph, question: str, answer: str, at: int) -> None:
    """The paragraph as the statement of an answer that starts at `at` in its text."""
    _from(paragraph, at)
    question = bare_question(question)
    answer = _COUNT_FIRST.sub("", answer.strip())  # "Three: A, B, C": how many the answer names, no word of them
    paragraph.term, paragraph.has_colon, paragraph.text, paragraph.card = None, False, answer, True
    if (parts := _PARTS_QUESTION.match(question)) is not None:
        paragraph.text, paragraph.links = f"{parts['whole']} consists of {paragraph.text}", ()  # "A RAG system consists of ..."
    elif (pair := _DIFFERENCE.match(question) or _DIFFERS.match(question)) is not None:
        paragraph.text = f"{pair['a']} differs from {pair['b']}. {paragraph.text}"  # and what the answer says of each
        paragraph.links = ()
    elif len(sides := weighed(question)) == 2:  # "Term-based vs embedding-based retrieval?"
        paragraph.text = f"{sides[0]} differs from {sides[1]}. {paragraph.text}"
        paragraph.links = ()
    elif (used := _USED_FOR.match(question) or _SOLVES.match(question) or _WHY_USE.match(question)) is not None:
        paragraph.text, paragraph.links = f"{used['thing']} is used for {_within(paragraph.text)}.", ()  # "What problem does X solve?"
    elif (troubled := _TROUBLES_OF.match(question)) is not None:  # "What is the main drawback of X?" / "Rot in wet winters."
        paragraph.text, paragraph.links = f"{troubled['thing']} has problems such as {_within(paragraph.text)}.", ()
    elif (short := _STANDS_FOR.match(question)) is not None:
        paragraph.term, paragraph.has_colon = short["short"], True  # "**TTFD**: time to first den"
    elif (made := _MADE_BY.match(question)) is not None:
        paragraph.text, paragraph.links = f"{made['thing']} was {made['verb'].lower()} by {_within(paragraph.text)}.", ()
    elif (asked_for := _EXAMPLES_ASKED.match(question)) is not None:
        paragraph.text, paragraph.links = f"Examples of {asked_for['kind']} are {_within(paragraph.text)}.", ()
    elif (which := _WHICH.match(question)) is not None and "VERB" in tagger.readings(which["verb"].lower()) \
            and which["rest"].split()[0].lower() not in _AUXILIARIES \
            and (named := names_only(paragraph.text.rstrip("."))):  # "Which metric measures X?" / "TTFD."
        kind = singular_phrase(which["kind"])  # "Which tools measure X?" asks for tools, "Which metric measures X?" for one
        verb = which["verb"] if kind == which["kind"] else tagger.third_person(which["verb"]) or which["verb"]
        paragraph.text, paragraph.links = " ".join(f"{name.label} is a {kind} that {verb} {which['rest']}." for name in named), ()
    elif (does := _DOES.match(question)) is not None and names_only(paragraph.text.rstrip(".")) and (verb := tagger.third_person(does["verb"])):
        paragraph.text, paragraph.links = f"{does['thing']} {verb} {_within(paragraph.text)}.", ()  # "DenCam measures ..."
    elif does is not None and (pronoun := _IT_FIRST.match(paragraph.text)) is not None:  # "It uses a sound sensor ...": the radar does
        paragraph.text, paragraph.links = f"{does['thing'][0].upper()}{does['thing'][1:]} {paragraph.text[pronoun.end():]}", ()
    elif (exist := _EXIST.match(question)) is not None and names_only(paragraph.text.rstrip(".")):
        paragraph.text, paragraph.links = f"{exist['kind']}: {paragraph.text.rstrip('.')}", ()  # "What den tools exist?" / "A, B"
    elif exist is not None:
        paragraph.term, paragraph.has_colon = exist["kind"], True  # "A: tools that dig. mentioned:" over a list: the den tools
    elif (topic := _KINDS_OF_TOPIC.match(question)) is not None:  # "Sealing - what kinds?" / "three types:": the entry "Sealing"
        paragraph.term, paragraph.has_colon = topic["thing"].strip(), True
    elif (groups := _GROUPS_OF.match(question)) is not None:  # before "What are X?": "What are the two kinds of X?"
        paragraph.text, paragraph.links = f"Kinds of {groups['kind']}: {paragraph.text.rstrip('.')}", ()
    elif (some := _NAME_SOME.match(question)) is not None:
        paragraph.text, paragraph.links = f"{some['count']} {some['kinds']}: {_within(paragraph.text)}", ()  # counted: each one of them
    elif (about := asked_about(question)) is not None and (typed := _TYPES_LAST.match(about)) is not None:
        paragraph.text, paragraph.links = f"Kinds of {typed['thing']}: {paragraph.text.rstrip('.')}", ()  # "What are the den types?"
    elif about is not None:
        paragraph.term, paragraph.has_colon = about, True  # "**X**: answer"
    elif _BLANK.search(question) and (first := _FIRST_WORDS.match(paragraph.text)) is not None:
        filled = _BLANK.sub(f" {first['words'].strip()} ", question.rstrip(" ?")).strip()
        paragraph.text, paragraph.links = f"{filled}.", ()  # "Finetuning is a form of transfer learning."
    elif _NOUN_QUESTION.match(question):
        paragraph.text, paragraph.links = f"{question.rstrip(' ?')} are {paragraph.text}", ()
    elif category_named(f"{(kind := TO_KNOW.sub('', question.rstrip(' ?')))}:") is not None:
        paragraph.text, paragraph.links = f"{kind}: {paragraph.text}", ()  # "Numerical formats to know?" / "FP32, FP16"
    elif "?" not in question and _UNFINISHED.search(question):
        paragraph.text, paragraph.links = f"{question} {paragraph.text}", ()  # "PEFT methods split into::A and B": one sentence
    elif len(question.rstrip(" ?").split()) <= 5 and tagger.names_a_concept(question.rstrip(" ?")):
        paragraph.term, paragraph.has_colon = question.rstrip(" ?"), True  # "KV cache:::Stores the keys ...", "Moss API?": a term asked of


def _from(paragraph: Paragraph, at: int) -> None:
    """The paragraph from `at` in its text on, its lines and links with it."""
    rest_of(paragraph, at + len(paragraph.text[at:]) - len(paragraph.text[at:].lstrip()))  # the spaces before it too
    paragraph.text = paragraph.text.rstrip()


def _within(answer: str) -> str:
    """An answer as words inside a sentence: "Preventing collapse." -> "preventing collapse"; a name keeps its capital."""
    answer = answer.strip().rstrip(".")
    first = answer.split()[0] if answer.split() else ""
    common = first[1:].islower() and bool(tagger.readings(first.lower()))
    return answer[0].lower() + answer[1:] if common else answer


def _fill(paragraph: Paragraph) -> None:
    """A cloze line as the sentence it tests: each blank filled by its answer, in order ("key / value"
    for two), or the line as nothing when the answers do not fit the blanks."""
    text, _arrow, answered = paragraph.text.replace("->", "→").rpartition("→")
    answers = [a.strip(" *_") for a in re.split(r"\s*[/,]\s*", answered.strip().rstrip("."))]
    if len(answers) == len(re.findall(r"_{3,}", text)):
        for answer in answers:
            text = re.sub(r"_{3,}", answer, text, count=1)
    paragraph.text, paragraph.links = (text.strip() if "___" not in text else ""), ()
