"""Tools listed with what each is for: "NumPy for numerical operations, Pandas for data manipulation
and analysis, Matplotlib and Seaborn for data visualization" (each usedFor its task). One "X for Y"
says little ("Python for Machine Learning" is a title); a list of two or more pairs of a name and a
task is the form. Knows English wording; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import classify, clauses
from kg.ingest.claims import Claim
from kg.ingest.doings import doing
from kg.ingest.nouns import Phrase, keep, noun_phrase

_NAME = r"[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2}"  # "NumPy", "Hugging Face", "Scikit-learn"
# a pair: names, "for", then the task up to the next comma, semicolon or the end
_PAIR = re.compile(rf"(?<![\w-])(?P<names>{_NAME}(?:\s+and\s+{_NAME})?)\s+for\s+(?P<task>[^,;()]{{2,80}}?)(?=\s*(?:,|;|$))")
_AND = re.compile(r"\s+and\s+")
_LAST_PAIR = re.compile(rf",?\s+and\s+(?={_NAME}\s+for\s)")  # "..., Quokkit for plotting and Wombo for storage"


def tools_for_tasks(text: str) -> list[tuple[Phrase, Phrase, int]]:
    """(tool, task, offset) for each pair of a list of two or more "<name> for <task>"."""
    if text.count("for") < 2:
        return []  # two pairs need two "for"s (_LAST_PAIR's rewrite adds none)
    text = _LAST_PAIR.sub(lambda m: _after_a_task(m, text), text)
    pairs = [m for m in _PAIR.finditer(text) if not _opens_the_sentence(text, m)]
    if len(pairs) < 2:
        return []
    found = []
    for pair in pairs:
        tools = [noun_phrase(name) for name in _AND.split(pair["names"])]
        tasks = [noun_phrase(task) for task in _tasks(re.sub(r"^(?:and|or)\s+", "", pair["task"].strip()))]
        for tool in tools:
            if keep(tool) and tool.is_name:
                found.extend((tool, task, pair.start()) for task in tasks if keep(task) and not task.is_name)
    return found


def with_tools(claims: list[Claim], tools: list[tuple[Phrase, Phrase, int]]) -> list[Claim]:
    """The claims of a sentence that lists tools for tasks: each task is its tool's, not what the
    sentence's subject is for; what the subject does to the first tool it does to each ("It includes
    NumPy for arrays, Pandas for tables": includes Pandas too)."""
    tasks = {task.label for _tool, task, _at in tools}
    kept = [c for c in claims if not (c.relation == "usedFor" and c.object.label in tasks)]
    first = tools[0][0].label
    others = list({tool.label: (tool, at) for tool, _task, at in tools if tool.label != first}.values())
    kept.extend(Claim(c.subject, c.relation, tool, at) for c in list(kept) if c.object.label == first for tool, at in others)
    # "Public benchmarks include MMLU for general knowledge": a benchmark or a metric evaluates its task
    judges = {c.subject.label for c in kept if isinstance(c.subject, Phrase) and c.relation == "isA"
              and classify.class_of_word(c.object.label.split()[-1].lower()) in ("Benchmark", "Metric")}
    return kept + [Claim(tool, "evaluates" if tool.label in judges else "usedFor", task, at) for tool, task, at in tools]


def _after_a_task(match: re.Match[str], text: str) -> str:
    """ "and" after a task ("Quokkit for plotting and Wombo for ...") as a comma, padded so that offsets
    hold; "and" between names ("Matplotlib and Seaborn for ...") stays."""
    pair = text[text.rfind(",", 0, match.start()) + 1 : match.start()]
    return "," + " " * (len(match.group()) - 1) if " for " in pair else match.group()


def _opens_the_sentence(text: str, pair: re.Match[str]) -> bool:
    """ "Reading for beginners, ...": a capitalised first word is no name of itself."""
    first = pair["names"].split()[0]
    return pair.start() == 0 and not any(c.isupper() or c.isdigit() for c in first[1:])


def _tasks(written: str) -> list[str]:
    """ "data manipulation and analysis" -> data manipulation, data analysis: a lone noun after "and"
    shares the words before the first one's last ("data")."""
    parts = _AND.split(written, maxsplit=1)
    if len(parts) == 1:
        return parts
    first, second = parts
    if len(second.split()) == 1 and len(first.split()) > 1:
        return [first, " ".join([*first.split()[:-1], second])]
    return parts


def purpose_relation(relation: str, kinds: list[Phrase]) -> str:
    """What "for" after a kind says of the subject: "X is a metric for Y" measures Y; "a model for
    translation", "used for" it is for (usedFor)."""
    metric = relation == "isA" and any(classify.class_of_word(kind.label.split()[-1]) == "Metric" for kind in kinds)
    return "measures" if metric else "usedFor"


_TO = re.compile(r"(?:^|\s)to\s+(?P<what>[^,;]+)")


def infinitive_purpose(wording: str, segment: str) -> list[Phrase]:
    """What "to <verb> <noun>" after "used" or "used in X" says a thing is for, as an activity:
    "to prevent overfitting" -> "preventing overfitting"."""
    found = re.match(r"\s*(?P<what>.+)", segment) if wording.lower().endswith("used to") else _TO.search(segment)
    if found is not None and re.search(r"\s(?:and|or|but)\s", segment[: found.start()]):
        return []  # "optimized for cost and allowed to take hours": the infinitive of another verb
    goal = clauses.purpose(found["what"], after_to=True) if found else None
    return [doing(goal)] if goal else []
