"""GFM tables -> concepts and statements.

A row is about the concept its first naming cell names; in a table that compares things column by
column ("| Feature | CNN | RNN |"), a column is about the concept its header names. The paragraph that introduces the table
("Common quantization methods:") or else the heading above it says what the rows are: under a
kind of thing, each row is one of them. A column whose header states a relation ("Developed by",
"Best for", "Type"; the vocabulary's kg:column) relates the row to the concept its cell names; a
cell of prose describes the row and is read as sentences about it. Numbers, ratings, yes/no marks,
and the same link text in every row ("Article", "Notebook") never become concepts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from kg.ingest import classify, clauses, tagger
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest.fragments import doing_fragment
from kg.ingest.lists import cut, sharing_the_noun, without_asides
from kg.ingest.modifiers import ATTRIBUTE_HEADS, CLASSIFYING, SAID_OF_A_THING, compares, gathers, is_shell, says_which, without_judgement
from kg.ingest.markdown import Cell, Table
from kg.ingest.marks import ARROW_BETWEEN
from kg.ingest.doings import doing
from kg.ingest.nouns import Phrase, keep, names_a_doing, noun_phrase, opens_with_a_doing
from kg.ingest.asked import asked_of_each_row, says_yes
from kg.ingest.cell_phrases import INDIRECT_QUESTION, a_judgement_or_an_amount, described_part, fields_as_compound, leading_noun_phrase
from kg.ingest.citations import citation_alone, cited_authors
from kg.ingest.relations import column_relation, stated_by_a_verb, tools_column
from kg.ingest.objects import EXAMPLES_CUE
from kg.ingest.tagger import names_a_concept
from kg.ingest.flashcards import asked_about
from kg.ingest.outline import names_a_kind_of
from kg.ingest.remarks import a_version, is_remark
from kg.ingest.singular import singular_noun
from kg.ingest.table_kinds import in_small_letters, kind_in_header, kind_of_rows, row_word, rows_of_samples, said_of_the_rows, within_a_doing
from kg.ingest.terms import VS
from kg.labels import fold, initials, looks_like_name
from kg.source import Source

# A cell that describes the row rather than naming a concept: a sentence, or more than a few words
_PROSE_WORDS = 6
# "4-bit", "7B", "128k tokens", "3x": a quantity, never a name
_QUANTITY = re.compile(r"^\d[\d.,]*\s*-?\s*(?:bits?|bytes?|[kmbt]b?|[kmgt]ib|x|params?|parameters?|tokens?|layers?|heads?|dims?|steps?|epochs?)$", re.IGNORECASE)
_SCORE = re.compile(r"^[\s\d.,%$€£x×/:~<>=+±*()-]*(?:[kKmMbBgGtT][bB]?|ms|s|h|params?)?[\s\d.,%/()-]*$")

# (text, links, row concept, where, whether it defines the row) -> reads sentences
ReadProse = Callable[[str, tuple, Record, Source, bool], None]


def read_table(table: Table, path: str, topic: str, extraction: Extraction, read_prose: ReadProse, of_note: Record | None = None) -> None:
    """The concepts and statements of one table; `of_note`, the concept of a note whose section lists its kinds ("## Variants")."""
    if not table.rows or not table.header or rows_of_samples(table):
        return  # "| input | output |": rows of training data, what a model is given and gives back
    if _compares_columns(table):
        _read_columns(table, path, topic, extraction, read_prose)
        return
    if fold(table.header[0].text) in _CUES:
        _read_cues(table, path, topic, extraction, read_prose)
        return
    columns = len(table.header)
    labels = _labels(table)
    name_column = next((c for c in range(columns) if c not in labels and _names_column(table, c)), None)
    if name_column is None or name_column and 0 not in labels and all(_describes(cells[0].text) for _line, cells in table.rows if cells):
        return  # "| Type | Checked against |" / "| global | open knowledge |": rows named by what they are like, by no other column
    glossary = fold(table.header[name_column].text) in _GLOSSARY_HEADERS  # "| Term | Definition |": terms of an area, no kinds of it
    said = said_of_the_rows(table) if not glossary else None  # from the line above, or a heading of parts: then no kind of rows
    kind = (of_note, None) if of_note is not None and not glossary else None if said is not None and said[2] != table.line - 1 else \
        (None if glossary else kind_of_rows(table, extraction, path, name_column)) or kind_in_header(table, name_column, extraction, path)
    whole = extraction.concept(said[0], Source(path, said[2]), topic) if said is not None else None
    relations = [column_relation(cell.text) or ("hasTool" if tools_column(cell.text) else None) for cell in table.header]  # "| Tools |"
    if kind is not None and kind[1] == "Benchmark":  # "| Benchmark | Task |": the task is what each benchmark evaluates
        relations = ["evaluates" if fold(cell.text) in ("task", "tasks") else r for cell, r in zip(table.header, relations)]
    asked = [asked_of_each_row(cell.text) for cell in table.header]  # "| Needs reference data? |": yes or no
    for line, cells in _each_named(in_small_letters(table.rows, name_column), name_column):  # "| Stereotypes |" under "| Hate speech |"
        source = Source(path, line)
        row = _row_concept(cells[name_column], source, topic, extraction)
        if row is None:
            continue
        if kind is not None:
            category, cls = kind
            if cls:
                row.hint(classify.CATEGORY, cls)
            if category is not None:  # "## Digging" over "| Technique |" / "| Clawing |": a way the doing includes
                extraction.state(*((category, "includes", row) if within_a_doing(category.final().label, row.final().label, table.header[name_column].text) else (row, "isA", category)), source.by("table-row"))
        if whole is not None and said is not None:  # "Latency for LLMs splits into:" over the rows: its parts
            extraction.state(whole, said[1], row, source.by("table-row"))
        for column, cell in enumerate(cells[:columns]):
            if column == name_column or not cell.text:
                continue
            if asked[column] is not None:  # answers, however many repeat
                if says_yes(cell.text):  # "| BLEU | ... | yes |" under "Needs reference data?": BLEU uses reference data
                    relation, thing = asked[column]
                    extraction.state(row, relation, extraction.concept(thing, source, topic), source.by("table-cell"))
                continue
            if cell.text.lower() == labels.get(column):
                continue
            described = relations[column] in _OF_A_PHRASE and len(cell.text.split()) > 2 and not cell.links \
                and not re.search(r",|\s(?:and|or|\+|&)\s", said := described_part(fields_as_compound(cell.text)))  # one phrase, not a list of names
            if described and (head := leading_noun_phrase(said)) is not None:
                # "| What it measures |" / "n-gram overlap with a reference translation": what the row measures
                if initials(row.final().label, head.label):  # "| MDD | mean den depth across setts |": its name spelled out
                    extraction.lexicon.add_label(row.final(), head.label)
                else:
                    extraction.state(row, relations[column], extraction.concept(head, source, topic), source.by("table-cell"))
                continue
            defining = fold(table.header[column].text) in _DEFINING and re.match(r"(?:an?|the)\s+\w", cell.text, re.IGNORECASE)
            if _is_prose(cell.text) or defining:  # "| Sett | A badger burrow |" under "Definition": short, but what the row is
                if INDIRECT_QUESTION.match(cell.text):
                    continue  # "how uncertain a model is about the next token": a question's words, no statement of the row
                if not row.definition:
                    row.definition.append(cell.text)
                # "| Common Crawl | A web-scale dataset ... |": what the row is, as a term's definition says it
                defines = relations[column] is None and row.definition[0] == cell.text \
                    and (re.match(r"(?:an?)\s", cell.text, re.IGNORECASE) is not None or doing_fragment(cell.text) is not None)
                read_prose(cell.text, cell.links, row, source, defines)
                if relations[column] is None and (by := _MADE_BY.match(cell.text) or _maker_noted(table.header[column].text, cell.text)) is not None:  # "Zorp's "den float", ...", "by Zorp Labs; also ..."
                    extraction.state(row, "developedBy", extraction.concept(noun_phrase(by["maker"]), source, topic), source.by("table-cell"))
                # "| LazyMergekit | Merge models using MergeKit |": a tool for merging models. Not in a column of examples, nor of a technique
                # ("| Persona |", "| Pruning |": what it is, no purpose of it), nor in one of how it works ("| How it checks |")
                for_what = relations[column] == "usedFor" or row.is_name and not names_a_doing(row.label) and relations[column] is None \
                    and (how := fold(table.header[column].text)) not in _HOW and not how.startswith("how ")
                done = _done(cell.text) if for_what else None
                if done is not None and not stated_by_a_verb(cell.text):  # "Evaluate LLMs" is read as evaluates
                    extraction.state(row, "usedFor", extraction.concept(done, source, topic), source.by("purpose"))
            elif relations[column] is None and (by := _MADE_BY.match(cell.text) or _maker_noted(table.header[column].text, cell.text)) is not None:
                # "| by OpenAI, 164 problems |"; "| Notes |" / "| Zorp (Jigsaw) |", "| NVIDIA, for tensor cores |": who made it
                extraction.state(row, "developedBy", extraction.concept(noun_phrase(by["maker"]), source, topic), source.by("table-cell"))
            elif relations[column] in (None, "hasExample", "developedBy", "createdBy") \
                    and (cited := citation_alone(cell.text) or ([authors] if (authors := cited_authors(cell.text.strip())) else [])):
                # "| Self-consistency | ... | Wang et al., 2022 |", "| Hu et al. 2021 (Microsoft) |": who made it, as a citation after its
                # name says, in a column of examples too (a citation is no example)
                for who in cited:
                    extraction.state(row, "developedBy", extraction.concept(noun_phrase(who), source, None), source.by("citation"))
            elif relations[column] is not None:
                if relations[column] == "usedFor" and (done := _done(cell.text, stated=True)) is not None:
                    # "| Purpose | Summarize long documents |"
                    extraction.state(row, "usedFor", extraction.concept(done, source, topic), source.by("purpose"))
                    continue
                if relations[column] == "hasExample" and _shows_what_happens(cell.text) or relations[column] == "isA" and gathers(cell.text) or relations[column] == "usedFor" and a_judgement_or_an_amount(cell.text):
                    continue  # "| Family |" / "hybrid of burrow and CaveX": what it mixes, of neither kind; "| When to use |" / "default choice": no use
                sorted_as = relations[column] == "isA" and CLASSIFYING.fullmatch(cell.text.strip())  # "| RNN-based |": of the rows' kind
                for name in [cell.text.strip()] if sorted_as else _sharing_the_row_head(_names(cell, relations[column]), row.label):
                    if relations[column] in ("developedBy", "createdBy"):
                        name = re.sub(r",?\s+\(?(?:19|20)\d\d\)?$", "", name)  # "| Who / when |" / "Zorpco 2021": the maker, no year
                    if relations[column] == "isA" and (CLASSIFYING.fullmatch(bare := without_asides(name).strip()) or says_which(bare)) \
                            and (word := kind[0].final().label if kind is not None and kind[0] is not None else row_word(table, name_column)):
                        name = f"{bare} {word}"  # "| Retriever | Type |" / "| BM25 | term-based |", "| hybrid |": of the rows' kind
                    elif relations[column] == "isA" and _an_adjective(name):
                        continue  # "| Type | full |", "| adapter-based |": a word that says which, of no kind named
                    elif relations[column] == "usedBy" and not noun_phrase(name := re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])", "", name)).is_name:
                        continue  # "| Used by | early Chatbot Arena |": the name; "multiplayer games" use it as no one thing does
                    if initials(row.final().label, noun_phrase(name).label):
                        extraction.lexicon.add_label(row.final(), noun_phrase(name).label)  # "| MDD | mean den depth |"
                        continue
                    target = extraction.concept(noun_phrase(name), source, topic)
                    if relations[column] in ("hasExample", "hasTool") and names_a_kind_of(row.label, target.label):
                        extraction.state(target, "isA", row, source.by("table-cell"))  # "| Parallelism | ... | tensor parallelism |"
                        continue
                    extraction.state(*((target, "usedFor", row) if relations[column] == "hasTool" else (row, relations[column], target)), source.by("table-cell"))
            elif _things_column(table.header[column].text, cell.text):  # "| Threat | Main defences |": each goes with its threat
                for name in _names(cell):
                    extraction.state(row, "relatedTo", extraction.concept(noun_phrase(name), source, topic), source.by("table-cell"))


# The first header cell of a table that compares things column by column: "| Feature | CNN | RNN |"
_ATTRIBUTE_HEADERS = {"", "feature", "features", "aspect", "aspects", "criterion", "criteria", "property", "properties",
                      "characteristic", "characteristics", "attribute", "attributes", "dimension", "comparison", "factor",
                      "factors", "metric", "point", "difference", "differences"}


def _compares_columns(table: Table) -> bool:
    """A table whose columns are the things and whose rows their attributes: the first header cell
    names no thing ("", "Feature", "Aspect"), the others name at least two, and none states a relation."""
    first, *others = [fold(cell.text).rstrip("?:") for cell in table.header]
    # "| Metric | Formula | Notes |": headers of what is said of each row, no things
    named = [cell for cell in table.header[1:] if _is_name(cell.text) and column_relation(cell.text) is None
             and not is_remark(cell.text) and fold(cell.text) not in _DEFINING | _HOW | SAID_OF_A_THING
             and singular_noun(fold(cell.text).split()[-1]) not in ATTRIBUTE_HEADS]  # "| | KV cache size | Quality |": what each row has
    return first in _ATTRIBUTE_HEADERS and len(others) >= 2 and len(named) == len(others)


def _read_columns(table: Table, path: str, topic: str, extraction: Extraction, read_prose: ReadProse) -> None:
    """Each column's thing, and what each row says of it: a row whose label states a relation ("Good
    for?", "Developed by") relates it to the concepts its cell names; a cell of prose is read as
    sentences about it. The row labels ("Overfitting risk") are attributes, never concepts."""
    # a parenthesis in a column's header glosses the column ("NN (Legolas)" in a story): no maker, no alias
    headers = [Cell(without_asides(cell.text), cell.links) for cell in table.header[1:]]
    things = [None if CLASSIFYING.fullmatch(cell.text.strip()) else _row_concept(cell, Source(path, table.line), topic, extraction)
              for cell in headers]  # "| | Term-based | Embedding-based |": adjectives of a kind left unsaid, no things
    compared = [thing for thing in things if thing is not None] if len(things) <= 4 else []  # "| | A | B |": set side by side
    for index, thing in enumerate(compared):
        for other in compared[index + 1:]:
            extraction.state(thing, "contrastsWith", other, Source(path, table.line).by("compared-columns"))
    for line, cells in table.rows:
        source = Source(path, line)
        relation = column_relation(cells[0].text.rstrip("?: ")) if cells else None
        for thing, cell in zip(things, cells[1:]):
            if thing is None or not cell.text:
                continue
            if relation is not None and not _is_prose(cell.text):
                for name in _names(cell, relation):
                    extraction.state(thing, relation, extraction.concept(noun_phrase(name), source, topic), source.by("table-cell"))
            elif _is_prose(cell.text) and not (cells and is_remark(cells[0].text)) and not _QUOTED.fullmatch(cell.text.strip()):
                read_prose(cell.text, cell.links, thing, source, False)  # not "| Example | "You're an agent..." |": a quotation


# the first header of a table of Cornell notes: each row a cue (a question or a keyword) and notes on it
_CUES = {"cue", "cues", "question", "questions", "keyword", "keywords", "recall", "prompt", "prompts"}


def _read_cues(table: Table, path: str, topic: str, extraction: Extraction, read_prose: ReadProse) -> None:
    """ "| What is data curation? | The process of ... |": the notes say what the cue asks about, as a
    card's answer does; a cue that names a thing ("| Tool use data | ... |") is that thing, and one in
    the plural ("| Attacks | A, B, C |") has the items listed as members; any other question ("Where
    does data come from?") or remark names nothing, and its notes are left unread."""
    for line, cells in table.rows:
        if len(cells) < 2 or not cells[0].text:
            continue
        asked = asked_about(cells[0].text)
        cue = asked or cells[0].text.strip()
        source = Source(path, line)
        if (asked is None and ("?" in cue or "!" in cue or VS.search(cue))) or not _is_name(cue) or (" " in cue and clauses.has_finite_verb(cue)) or clauses.imperative(cue):
            continue  # "Check licences!", "Clean & filter": a reminder, no thing ("Attacks" alone is no verb)
        kinds = asked is None and tagger.reads_as_plural_noun(cue.split()[-1]) and not any(c.isupper() for c in cue[1:])
        row = extraction.concept(noun_phrase(cue[0].lower() + cue[1:] if kinds else cue), source, topic)
        row.defined_at = row.defined_at or source
        for cell in cells[1:]:
            if kinds and not _is_prose(cell.text) and "," in cell.text:
                for name in _names(cell):  # "| Attacks | prompt injection, jailbreaking |": attacks, each of them
                    extraction.state(extraction.concept(noun_phrase(name), source, topic), "isA", row, source.by("table-cell"))
            elif cell.text:
                read_prose(cell.text, cell.links, row, source, asked is not None)


_GROUPED = re.compile(r"^[^:\[\]()]{1,30}:\s+(?=\S)")


def _each_named(rows: tuple[tuple[int, tuple[Cell, ...]], ...], column: int) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """The rows, a row whose name cell names things with a spaced slash or commas ("| INT8 / INT4 |", "| A, B |") once for each."""
    for line, cells in rows:
        if column >= len(cells):
            continue
        names = re.split(r" / |,\s+", cells[column].text) if not cells[column].links else []
        if len(names) > 1 and all(looks_like_name(name.strip()) for name in names):
            yield from ((line, (*cells[:column], Cell(name.strip()), *cells[column + 1:])) for name in names)
        else:
            yield line, cells


def _row_concept(cell: Cell, source: Source, topic: str, extraction: Extraction) -> Record | None:
    whole = len(cell.links) == 1 and cell.links[0].start == 0 and cell.links[0].end == len(cell.text)  # "[[Side den|side one]]": the note
    name = cell.links[0].text if whole or len(cell.links) == 1 and cell.links[0].text == cell.text else cell.text
    name = _GROUPED.sub("", name)  # "Rule-based: templates": the row names templates, in the group its label gives
    if not _is_name(name):
        return None
    phrase = noun_phrase(name)
    record = extraction.concept(phrase, source, topic)
    record.votes[phrase.label] += 1
    record.defined_at = record.defined_at or source
    record.see_also.update(link.url for link in cell.links if link.url)  # a wikilink has no address
    return record


_QUOTED = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*")  # a prompt or a reply, quoted whole
_PER = re.compile(r"\b(cost|time|price|latency|tokens?|steps?|requests?|queries|calls?)/(?=[a-z])", re.IGNORECASE)  # "cost/task": a rate


def _names(cell: Cell, relation: str | None = None) -> list[str]:
    """The concepts a short cell names: its links, or its items set off by commas, "and" or "or" (or
    " + ", where the cell says what the row uses or holds, no kind: "LoRA + quantization" is one); an
    adjective before "or" or "and" shares the noun of the item after it ("missing or outdated facts")."""
    written = EXAMPLES_CUE.split(cell.text, maxsplit=1)[0]  # "structured outputs like JSON": the kind, not its examples
    written = labelled["label"] if (labelled := re.match(r"(?P<label>[^:,;()]{2,40}):\s+[^:]+,", written)) else written  # "structured data: A, B"
    written = sharing_the_noun(fields_as_compound(_PER.sub(r"\g<1> per ", written)))  # "photo/video editing": photo editing, video editing; "(a, b) pairs": a-b pairs; "cost/task": per
    written = without_asides(written) if relation in ("developedBy", "createdBy") else written  # "NVIDIA (A100, H100), AMD": makers
    if written.strip().lower() in _NO_VALUE or re.fullmatch(r"\s*\([^()]*,[^()]*\)\s*", written) or _QUOTED.fullmatch(written):
        return []  # "N/A": no value, not "N" and "A"; "(instruction, response)": the fields of one record; '"act as a teacher"': words said
    plus = r"|\s\+\s" if relation not in (None, "isA", "hasKind", "hasExample", "exampleOf") else ""
    items = [link.text for link in cell.links] or re.split(rf"\s*(?:,|;|(?<!\bw)/{plus}|\band\b|\bor\b|(?<=\s)&(?=\s))\s*", written)
    items = [f"{item} {after.split()[-1]}" if _describes(item) and len(after.split()) > 1 else item
             for item, after in zip(items, [*items[1:], ""])]
    if relation == "suffersFrom":  # "| Trade-off | some quality loss |": the loss; "roots poorly supported", "X is complex": clauses, none
        items = [re.sub(r"^(?:some|slight|minor|a\s+bit\s+of|a\s+little)\s+", "", i.strip(), flags=re.IGNORECASE) for i in items]
        items = [i for i in items if not any(t.startswith("RB") for _w, t in tagger.tagged(i)) and not clauses.has_finite_verb(i)]
    # each up to what follows its noun phrase: "knowledge across 57 subjects", "instruction following w/ ..."
    return [item for item in (cut(i, one_item=True).strip(" .") for i in items) if _is_name(item) and not _opens_with_a_verb(item) and keep(noun_phrase(item))
            and not (relation not in (None, "isA") and "-" not in item and all(t in ("JJ", "JJS", "RBS") for _w, t in tagger.tagged(item)))]  # "classic, most flexible"


def _shows_what_happens(text: str) -> bool:
    """ "hitting stop button", "GPT-4 down → Claude": an example cell that shows what happens, no thing named
    (a doing with its object first, or an arrow); "pruning, trimming" names two."""
    first = re.split(r"[,;]", text)[0].split()
    return ARROW_BETWEEN.search(text) is not None or (len(first) > 1 and opens_with_a_doing(" ".join(first)))


def _opens_with_a_verb(item: str) -> bool:
    """ "needs training data": a verb in the third person and what it takes, no name."""
    tagged = tagger.tagged(item)
    return len(tagged) > 1 and tagger.corrected(*tagged[0]) in ("VBZ", "VBP")


def _is_name(text: str) -> bool:
    """Whether a cell's item names a thing: not a figure, a share or count of things ("% tasks done in time", "# tries"), a
    degree that describes ("plan too slow for the deadline"), prose, an instruction or a comparison."""
    return (len(text) > 1 and text.lower() not in _NO_VALUE and not _SCORE.match(text) and not _QUANTITY.match(text)
            and text[:1] not in "%#" and not re.search(r"\btoo\s+[a-z]", text, re.IGNORECASE)
            and len(text.split()) <= _PROSE_WORDS and not _instruction(text)
            and names_a_concept(text) and not compares(text[:1].lower() + text[1:]) and not is_shell(text)  # "Simpler alternative to RLHF"
            and not a_version(text))  # "| v1 (2023) | A, B |": a version of what the table is about


def _instruction(text: str) -> bool:
    """ "Filter by hard attributes", "Use public benchmarks", "Retrieve documents": a step for the reader,
    a verb's base form and what it takes; not "Exact match", "Prompt caching", "Open LLM Leaderboard"."""
    words = text.split()
    if len(words) < 2 or not clauses.is_base_verb(words[0]) or not all(w.islower() for w in words[1:]) or clauses.noun_before_noun(text) \
            or words[1].lower() in ("of", "per", "between"):
        return False  # "Chain of thought", "Mixture of experts": a noun of a noun; "time per query", "time between tokens"
    tags, read = [tagger.corrected(w, t) for w, t in tagger.tagged(text)], tagger.readings(words[0].lower())
    if len(tags) < 2 or "ADJ" in read:
        return False  # "long workflows": an adjective before its noun
    # "Retrieve documents" is one, "star ratings" a noun before a noun
    return tags[1] in ("DT", "IN", "PRP$", "TO", "CD") or (tags[1] == "JJ" and "NNS" in tags[2:]) or (tags[1] == "NNS" and "NOUN" not in read)


# "| Needs | nothing |", "| Benchmark | TBD |": no value; a letter alone ("X") only marks the cell
_NO_VALUE = {"nothing", "none", "n/a", "na", "no", "yes", "-", "—", "?", "unknown", "varies", "all", "any", "tbd", "tba", "todo"}
_OF_A_PHRASE = {"measures", "uses", "trainedOn", "produces"}  # columns whose prose cell opens with the one thing it relates


def _is_prose(text: str) -> bool:
    """A cell of sentences: long or ending on a full stop; not a list of short items ("regenerating,
    early termination, editing the output"), however many words its items and their asides hold together."""
    if text.rstrip().endswith("."):
        return True
    items = without_asides(text).split(",")  # "empty reply, bad reply (e.g. broken JSON)": each short, its aside no part of it
    if len(items) > 2 and all(0 < len(item.split()) <= 3 for item in items):
        return False
    return len(text.split()) >= _PROSE_WORDS


def _names_column(table: Table, column: int) -> bool:
    """A column that names a concept in most of its rows: short cells, no numbers, no sentences."""
    cells = [cells[column].text for _line, cells in _each_named(table.rows, column)]
    named = sum(1 for text in cells if _is_name(text))
    return named * 2 > len(cells)


def _labels(table: Table) -> dict[int, str]:
    """Per column, the text most of its rows repeat (a link labelled "Article", a ✓): a label for a
    link or a mark, never a name; a column whose header states a relation keeps its repeats ("library")."""
    found = {}
    for column, header in enumerate(table.header):
        if column_relation(header.text) is not None:
            continue
        texts = Counter(cells[column].text.lower() for _line, cells in table.rows if column < len(cells) and cells[column].text)
        if texts and len(table.rows) > 1 and texts.most_common(1)[0][1] * 2 > len(table.rows):
            found[column] = texts.most_common(1)[0][0]
        elif texts and header.text and all(t == header.text.lower() for t in texts):
            found[column] = header.text.lower()
    return found


_MADE_BY = re.compile(r"^(?:(?:made|built|developed|released|created)\s+)?by\s+(?P<maker>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})(?:$|[,;(]|\s+[a-z])")
_ADJECTIVE_PREFIXES = {"multi", "low", "high", "single", "few", "zero", "cross", "long", "short", "non", "semi", "large", "small"}
_GLOSSARY_HEADERS = {"term", "terms", "concept", "concepts", "keyword", "keywords", "word", "acronym", "abbreviation", "jargon"}

# columns that say what the row is, however short: "| Sett | A badger burrow |"
_DEFINING = {"definition", "meaning", "description", "what it is", "what it means", "explanation", "defined as"}
# columns of what is said of each row, no things compared: "| Metric | Formula | Notes |"
_NOTES = frozenset({"note", "notes", "comment", "comments", "remark", "remarks"})
# columns that say how a thing works or remarks on it: "| How | trim redundant params |" is no purpose
_HOW = {"how", "how it works", "mechanism", "method", "idea", "key idea", "caveat", "caveats", "steps"} | _NOTES


# a maker named first in a cell of notes, then its unit, an aside or what else is said: "Zorp (Jigsaw)", "NVIDIA, for tensor cores"
_MAKER_FIRST = re.compile(r"(?P<maker>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)(?:['’]s(?=\s*[,;(\"“]|\s*$))?(?:\s*$|\s*[,;(]\s*|\s+[\"“])")  # "NVIDIA's, for ..."


def _maker_noted(header: str, text: str) -> re.Match[str] | None:
    """The maker a cell of notes opens with: a name whose first word the dictionary knows as nothing but a verb, and not in capitals ("DELETE")."""
    found = _MAKER_FIRST.match(text.strip()) if fold(header) in _NOTES else None
    first = found["maker"].split()[0] if found is not None else ""
    return found if found is not None and (said := set(tagger.readings(first.lower()))) <= {"VERB"} and not (first.isupper() and "VERB" in said) else None


def _sharing_the_row_head(names: list[str], row: str) -> list[str]:
    """ "| Parallelism | ... | tensor, pipeline, replica parallelism |": single words before a name that
    ends on the row's own head share it (tensor parallelism, pipeline parallelism)."""
    head, last = row.split()[-1].lower() if row.split() else "", names[-1].split()[-1] if names and names[-1].split() else ""
    if len(names) < 2 or singular_noun(last.lower()) != singular_noun(head) or len(names[-1].split()) != 2 \
            or not all(re.fullmatch(r"[a-z][\w-]*", name) for name in names[:-1]):
        return names  # "| Stereotype | gender or ethnic stereotypes |": gender stereotypes too
    return [f"{name} {last}" for name in names[:-1]] + names[-1:]


_NO_THINGS = {"value", "setting", "option", "number", "score", "result", "step", "word", "sign", "symptom", "question"}


def _things_column(header: str, cell: str = "") -> bool:
    """A column whose header names things in the plural ("Main defences", "Tools"), or in the singular over a
    `cell` that lists several ("| Defence |" / "rate limiting, query monitoring"), and no relation:
    each name in its cells goes with its row, how the header does not say; not "Pros", "Notes" (remarks on
    the row), "Typical values" or "Steps" (what is set or done, no things)."""
    folded = without_judgement(fold(header))
    words = folded.split()
    if not 1 <= len(words) <= 3 or not re.fullmatch(r"[a-z][a-z -]*", folded) or not re.fullmatch(r"[\w\s-]+", header.strip()):
        return False  # "| Input → output |": a shape of what the row takes and gives, no things
    head, single = singular_noun(words[-1]), singular_noun(words[-1]) == words[-1]
    plural = not single and (tagger.reads_as_plural_noun(words[-1]) or not tagger.readings(words[-1]))
    # "| Control |" / "full control, on-device deployment": values of a property the rows are compared on, no things
    prop = head in ATTRIBUTE_HEADS or re.search(r"(?:ity|ance|acy|ness)$", head) is not None or head in cell.lower()
    things = plural or ("," in cell and single and not prop and ("NOUN" in tagger.readings(head) or not tagger.readings(head)))
    return things and head not in _NO_THINGS and fold(header) not in _ATTRIBUTE_HEADERS | _HOW | _DEFINING \
        and not is_remark(folded) and not is_remark(f"{folded}s") and names_a_concept(folded)


def _an_adjective(name: str) -> bool:
    """ "full", "sparse", "adapter-based": one word that describes, the tagger's adjective or participle."""
    words = tagger.tagged(name)
    return len(words) == 1 and name.islower() and words[0][1] in ("JJ", "VBN")


def _describes(name: str) -> bool:
    """ "outdated", "missing": one word that only describes (an adjective, or a participle the
    dictionary knows as one); not "pruning", a doing that names a thing."""
    return _an_adjective(name) or (" " not in name and name.islower() and "ADJ" in tagger.readings(name))


def _done(text: str, stated: bool = False) -> Phrase | None:
    """What a cell in the imperative says its row is for, as a doing: "Summarize long documents"; in a
    column that is `stated` to hold purposes, a verb in the third person too ("Reduces leakage risk")."""
    text = text.split(";")[0]  # "extend context length; need to modify X": a remark follows the purpose
    if re.match(r"(?:like|unlike|as|same as)\s", text, re.IGNORECASE):
        return None  # "like RLHF but AI gives the feedback": a likeness, no purpose
    words = tagger.tagged(text)
    verb = next((tag_ for _word, tag_ in words if tag_ not in ("RB", "RBR", "RBS")), None)  # "only allows": past the adverbs
    if not stated and verb == "VBZ":
        return None  # "adds adapter modules", "only allows X": what the row does, said of it, not what it is for
    if re.match(r"^[\w-]+\s*,", text) or clauses.noun_before_noun(text):
        return None  # "format, instructions": a list of names, its first a noun that may be a verb; "machine translation": a noun's
    if words and (words[0][0].split("-")[0].lower() in _ADJECTIVE_PREFIXES and "-" in words[0][0] or clauses.modifies_a_noun(*words[0])
                  or compares(words[0][0])):
        return None  # "multi-task models", "low-latency serving", "long workflows", "better quality": an adjective, no verb
    task = clauses.purpose(text, after_to=stated)
    return doing(task) if task is not None else None
