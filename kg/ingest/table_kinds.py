"""What the rows of a table are: kinds or members of what the line above the table, its heading or
its name column's header names ("Common activation functions:", "## Vector databases", "| Model |"),
and what the line above says of them ("The pipeline consists of:")."""

from __future__ import annotations

import re

from kg.ingest import classify, tagger
from kg.ingest.categories import category_named, types_named
from kg.ingest.extraction import Extraction
from kg.ingest.hearst import GROUPS, KIND_HEADS
from kg.ingest.introduced import introduced_relation
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Cell, Heading, Table
from kg.ingest.modifiers import EVALUATIVE, PART_WORDS, is_shell, without_judgement
from kg.ingest.nouns import VERBS_ING, Phrase, keep, noun_phrase
from kg.ingest.problems import lists_problems
from kg.ingest.remarks import is_remark, past_its_step
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.tagger import names_a_concept, readings
from kg.ingest.versus import VS
from kg.labels import as_term, fold
from kg.source import Source

_HOW_SHOWN = {"comparison", "overview", "summary", "glance", "sheet", "table", "reference", "recap", "breakdown"}
_KIND_WORDS = {"type", "kind", "variant", "form", "category", "family", "class", "flavor", "flavour", "sort"}  # "| Category |", "| Family |": the rows are kinds of what the heading names
_NO_KINDS = {"name", "term", "item", "concept", "word", "thing", "entry", "topic", "title"}  # "| Name |" names no kind


_TABLE_TITLE = re.compile(r"^Table(?:\s+\d+)?\s*[:.]\s+(?P<title>[^\n]{1,80})$", re.IGNORECASE)  # Pandoc's caption, or "Table 2. ..."


def kind_of_rows(table: Table, extraction: Extraction, path: str, column: int = 0) -> tuple[Record | None, str | None] | None:
    """What the rows are kinds or members of: (the category's concept, or None when its class says
    it all ("Tools"), its class). A paragraph introducing the table ("Common activation functions:")
    says so outright; a heading says so only when a class of the vocabulary heads it ("Vector
    databases"), since most headings name a subject ("Fine-tuning"), unless the name column's header names another class."""
    titled = _TABLE_TITLE.match(table.caption.strip()) if table.caption is not None else None  # "Table: finetuning techniques"
    caption = titled is not None or (table.caption is not None and table.caption.rstrip().endswith(":"))
    if titled is not None:
        kind = category_named(f"{titled['title'].rstrip('.')}:")
    else:
        kind = category_named(table.caption) if caption else category_named(f"{past_its_step(table.headings[-1].title)}:") if table.headings else None
    if kind is None:
        return None  # not plural: a subject ("Fine-tuning"), not the rows' kind
    if is_remark(titled["title"] if titled is not None else table.caption if caption else table.headings[-1].title):
        return None  # "## Key ideas", "Takeaways:": remarks on the subject, no kind of anything
    if (joined := re.search(r"\s(?:&|and)\s", kind)) is not None:
        if singular_phrase(first := kind[: joined.start()].split()[-1]) != first:
            return None  # "Kernels & compilers": two things, the rows of neither
        kind = kind.split()[-1]  # "Latency & cost metrics": each row is a metric, of one or the other
    if any(singular_phrase(fold(cell.text)) == singular_phrase(fold(kind)) for i, cell in enumerate(table.header) if i != column):
        return None  # "Den sizes:" over "| Den | Den size |": what a column holds, the rows' sizes, not their kind
    cls = classify.class_of_label(kind)
    named = classify.class_of_word(singular_phrase(fold(table.header[column].text))) if column < len(table.header) else None
    outright = not caption and types_named(table.headings[-1].title) is not None  # "## Den types": kinds, in so many words
    if cls is None and not (caption or outright) or not caption and named not in (None, cls):
        return None  # "## Den metrics" over "| Model | Use |": models, the header says, whatever the heading holds
    if cls is not None and fold(kind) == classify.headword(kind) and is_shell(kind):  # "Methods": the class says it all
        return None, cls
    line = table.line - 1 if caption else table.headings[-1].line
    return extraction.concept(Phrase(kind, (), None, False), Source(path, line), None), cls


def within_a_doing(category: str, row: str, header: str) -> bool:
    """ "| Technique |" / "| Clawing |" under "## Digging": a way within the doing the rows sit under (an -ing word last, the
    name column's header a word for ways), which it includes rather than a kind of it; "| greedy digging |" shares its word."""
    head = category.split()[-1].lower() if category.split() else ""
    return head.endswith("ing") and singular_noun(fold(header)) in _WAYS and not fold(row).endswith(head)


_WAYS = {"technique", "method", "strategy", "approach", "way", "tactic", "trick"}


def said_of_the_rows(table: Table) -> tuple[Phrase, str, int] | None:
    """What the line above a table says of its rows, when it ends on the relation they complete: "Latency
    for LLMs splits into:", "The pipeline consists of:", and the line that says it; or a heading that names
    them the parts of a whole, "### Den system - parts". Kinds ("Examples of X:") are kind_of_rows'."""
    if table.caption is None or "\n" in table.caption.strip() or not table.caption.rstrip().endswith(":"):
        return _parts_in_the_heading(table)
    said = introduced_relation(table.caption.strip())
    return (said[0], said[1], table.line - 1) if said is not None and isinstance(said[0], Phrase) and said[1] != "isA" else None


# "Den system - parts", "Den system: components", "Parts of a den": a whole, and a word for its parts
_PARTS_TITLE = re.compile(r"(?P<whole>[^:—–]+?)(?:\s+[—–-]|:)\s+(?P<parts>[a-z][a-z ]+)|(?P<parts2>[A-Za-z][a-z ]+?)\s+of\s+(?:(?:the|an?)\s+)?(?P<whole2>.+)"
                          r"|(?P<whole3>[\w-]+(?:\s[\w-]+)?)\s+(?P<parts3>building\s+blocks|components|parts|modules|elements|layers)")  # "Den building blocks"


_PICKING = {"key", "core", "main", "basic", "other", "major", "essential", "important", "common"}  # which ones, of no whole


def _parts_in_the_heading(table: Table) -> tuple[Phrase, str, int] | None:
    """(whole, "contains", the heading's line) for a heading over a table that names a whole and a word for its parts."""
    if not table.headings or (found := _PARTS_TITLE.fullmatch(as_term(table.headings[-1].title))) is None:
        return None
    parts, whole = fold(found["parts"] or found["parts2"] or found["parts3"]), noun_phrase(found["whole"] or found["whole2"] or found["whole3"])
    plural = singular_phrase(parts) != parts
    judged = found["whole3"] is not None and found["whole3"].split()[0].lower() in EVALUATIVE | _PICKING  # "Key components": of what, unsaid
    return (whole, "contains", table.headings[-1].line) if plural and singular_phrase(parts) in PART_WORDS and keep(whole) and not judged else None


def kind_in_header(table: Table, column: int, extraction: Extraction, path: str) -> tuple[Record | None, str | None] | None:
    """What the rows are when the name column's header is a word for kinds: "| Strategy | ... |" under "## Sampling" lists
    sampling strategies, "| Architecture |" under "### Model Architecture" model architectures, "| Model |" models."""
    header = singular_phrase(fold(table.header[column].text)) if column < len(table.header) else ""
    heading = _heading_on_a_subject(table)
    # "| risk | example |" under "## Risks": troubles the heading and the header both name, each row one of them
    troubles = heading is not None and lists_problems(header) and singular_phrase(fold(as_term(heading.title.rstrip(" !?")))) == header
    if heading is None or not header or (is_remark(heading.title) or is_remark(header)) and not troubles or VS.search(heading.title):
        return None  # "| Idea |" under "## Key ideas": remarks on the subject, no kind; "## A vs B" over "| Type |": two compared
    # "RAG beyond text" over "| kind |": kinds of RAG; "Den tools — 3 categories" over "| Category |": kinds of den tool
    title = _BEYOND.sub("", _without_a_doing(as_term(_COUNTED_KINDS.sub("", _PLACE_AND_ASIDE.sub("", past_its_step(heading.title).rstrip(" !?"))))))
    title = _WRITING_LAST.sub("", title)  # "Sampling basics" over "| technique |": sampling techniques
    words, folded = title.split(), singular_phrase(fold(title))
    if any(len(cells) > column and singular_phrase(fold(cells[column].text)) == folded for _line, cells in table.rows):
        title, words, folded = header, [header], header  # "### Perplexity" over a row "| perplexity |": metrics, none of it
    if folded.split()[-1:] and folded.split()[-1] in _HOW_SHOWN and header not in folded.split():
        return None  # "Quick comparison" over "| Method |": how the rows are shown, not what they are
    repeated = (folded == header or folded.endswith(f" {header}")) and header not in _NO_KINDS  # "| Criterion |" under "## Evaluation criteria"
    if header not in KIND_HEADS | _KIND_WORDS and classify.class_of_word(header) is None and not repeated:
        return None
    heads = [cells for _line, cells in table.rows if len(cells) > column and fold(cells[column].text).endswith(f" {folded.split()[-1]}")] if folded else []
    if len(heads) * 2 > len(table.rows) and len(words) <= 3 and names_a_concept(title) and not re.search(r"\d|[—–:]", title):
        written = title  # "## Parallelism" over "| tensor parallelism |", "| pipeline parallelism |": kinds of parallelism, the rows say
    elif folded.endswith(header) and names_a_concept(title):
        written = title  # "Model Architecture" over "| Architecture |", "Model-level techniques" over "| Technique |"
    elif header in _KIND_WORDS and 1 <= len(words) <= 3 and names_a_concept(title):
        written = title  # "User feedback" over "| Type |": kinds of user feedback, no "user feedback type"
    elif 1 <= len(words) <= 2 and names_a_concept(title) and not any(c.isdigit() for c in title) and singular_phrase(title) == title \
            and header not in folded.split() and singular_noun(words[-1].lower()) not in PART_WORDS:  # "Model comparison" over "| Model |":
        # models, no "model comparison model"; "Transformer block" over "| Model |": models that have one, no "transformer block model"
        written = f"{title} {header}"  # "Sampling" over "| Strategy |": sampling strategies
    elif re.search(rf"(?:^|\s){re.escape(header)}(?:\s|$)", folded) or header in {singular_noun(w) for w in folded.split()}:
        # "Metrics to watch" over "| Metric |", "Benchmarks I should know" over "| Benchmark |"; "Sampling
        # strategies at a glance" over "| Strategy |": sampling strategies, what the title opens with
        ahead = [singular_noun(w) for w in fold(title).split()]
        upto = ahead[: ahead.index(header) + 1] if header in ahead else [header]
        after_of = [i for i, w in enumerate(upto) if w in ("of", "for")]  # "Comparison of vector databases": vector databases
        opening = " ".join(upto[after_of[-1] + 1:] if after_of else upto)
        written = without_judgement(opening) if len(opening.split()) <= 3 and names_a_concept(opening) else header
    elif classify.class_of_word(header) is not None and header not in _NO_KINDS | KIND_HEADS:
        written = header  # "| Model | Params |" under "## Week 3": models, whatever the heading (not "| Method |", a way of it)
    else:
        return None
    if singular_phrase(fold(noun_phrase(written).label)) in _KIND_WORDS:
        return None  # "## Kinds", "## Two families" over "| kind |": kinds of what is above, of no class named "kind"
    category = extraction.concept(noun_phrase(written), Source(path, heading.line), None)
    return category, classify.class_of_label(written)


_PARTS_OF_THE_WRITING = {"basics", "fundamentals", "introduction", "intro", "background", "recap", "details"}


_WRITING_LAST = re.compile(r"\s+(?:" + "|".join(sorted(_PARTS_OF_THE_WRITING)) + r"|overview|101)$", re.IGNORECASE)


def _heading_on_a_subject(table: Table) -> Heading | None:
    """The nearest heading over a table that names a subject: "# Sampling" over "## 🔑 Basics", whose word
    names a part of the writing, no thing."""
    return next((h for h in reversed(table.headings) if re.sub(r"^[\d.]+\s+", "", fold(as_term(h.title))) not in _PARTS_OF_THE_WRITING), None)


def row_word(table: Table, column: int) -> str | None:
    """What the rows are, by the name column's header of one word ("| Retriever |"), if it names one."""
    header = fold(table.header[column].text) if column < len(table.header) else ""
    return singular_noun(header) if re.fullmatch(r"[a-z][\w-]*", header) and header not in _NO_KINDS and names_a_concept(header) else None


# a count of kinds after a dash or a colon, or in a parenthesis, closing a heading: how many kinds of what comes before
_COUNTED_KINDS = re.compile(rf"\s*(?:[—–:-]\s*|\()(?:\d+|two|three|four|five|six|seven|several)\s+(?:main\s+|key\s+)?{GROUPS}\)?$", re.IGNORECASE)


# "Ch2 – Sampling (the underrated part)", "Chapter 3: Evaluation", "4. Decoding": where in the book, and a remark aside
_PLACE_AND_ASIDE = re.compile(r"^(?:ch(?:apter)?\.?\s*\d+|\d+(?:\.\d+)*\.?)\s*[:—–-]?\s+|\s*\([^()]*\)$", re.IGNORECASE)
_BEYOND = re.compile(r"\s+(?:beyond|outside|past)\s.*$|\s+(?:in practice|in the wild|at scale|today|nowadays)$", re.IGNORECASE)


def _without_a_doing(title: str) -> str:
    """ "Navigating public benchmarks" -> "public benchmarks": a doing before its object, which opens on an
    adjective (no noun stands before one), over a table whose header says what the rows are."""
    words = title.split()
    if len(words) > 1 and words[0].lower() in VERBS_ING:
        return " ".join(words[1:])  # "Evaluating retrieval" over "| metric |": retrieval metrics
    return " ".join(words[1:]) if len(words) > 2 and words[0].lower().endswith("ing") and tagger.tagged(" ".join(words[:2]))[1][1] == "JJ" else title


def in_small_letters(rows: tuple[tuple[int, tuple[Cell, ...]], ...], column: int) -> tuple[tuple[int, tuple[Cell, ...]], ...]:
    """The rows, a cell of one capitalised plural the dictionary holds ("| Stereotypes |") in small letters where the
    column writes its names as common nouns, capitalised for their place only ("| Hate speech |"): a kind, no name;
    "| Transformers |" among "| PyTorch |" and "| Hugging Face |" stays a name."""
    texts = [cells[column].text.strip() for _line, cells in rows if column < len(cells)]
    if not any(re.fullmatch(r"[A-Z][a-z-]+(?:\s[a-z][a-z-]*)+", text) for text in texts):
        return rows
    return tuple((line, tuple(Cell(cell.text.strip().lower(), cell.links) if i == column and _a_capitalised_plural(cell) else cell
                              for i, cell in enumerate(cells))) for line, cells in rows)


def _a_capitalised_plural(cell: Cell) -> bool:
    word = cell.text.strip()
    return not cell.links and re.fullmatch(r"[A-Z][a-z]+s", word) is not None and singular_noun(word.lower()) != word.lower() \
        and "NOUN" in readings(word.lower())


# "| input | output |", "| x | y |": each row one sample of data, what a model is given and what it gives back
_SAMPLE_COLUMNS = ({"input", "inputs", "x", "example input", "sample input"}, {"output", "outputs", "y", "label", "target", "expected output"})


def rows_of_samples(table: Table) -> bool:
    """Whether a table's two columns are a sample's input and output ("| input | output |" / "| `moss bed` | `soft den` |"):
    its cells are data, no concepts, and an input does not produce its output."""
    header = [fold(cell.text) for cell in table.header]
    return len(header) == 2 and header[0] in _SAMPLE_COLUMNS[0] and header[1] in _SAMPLE_COLUMNS[1]
