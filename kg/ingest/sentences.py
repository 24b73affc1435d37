"""Where a paragraph's sentences end: at an end mark ("e.g.", "vs." and "3.5" end none), at a list
item's dash on a new line, before the numbered points of an outline ("1.1 ...", "1.2 ..."), at a
semicolon before "e.g." (what follows gives examples), and at a colon
between two clauses that each have a subject and a verb ("Memory gets a short section: an agent
relies on internal knowledge"), which say two things. Knows English punctuation; nothing of files."""

from __future__ import annotations

import re

from kg.ingest import clauses, tagger

# the end mark looked behind first: it fails fast at most characters, the abbreviations do not
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\ba\.k\.a\.)(?<!\bvs\.)(?<!\bDr\.)(?<!\bincl\.)(?<!\besp\.)(?<!\bapprox\.)(?<!\bcf\.)(?<!\bw\.r\.t\.)(?<!\betc\.\))\s+(?=\S)|\n(?=\s*[-*]\s)"
                           r"|(?<![,:])\n(?=(?:[A-Z]|\d+\s)[\w'’-]*(?: [\w'’-]+){0,2}:\s)"  # "... tree-based" / "Libraries: A, B", "Kim's fixes: A",
                           # "3 limitations: A, B": a label opens a line
                           # "... accelerator" / "common techniques:": a label alone on the last line (not "by the" / "following:")
                           r"|\n(?<![,:]\n)(?<!\bthe\n)(?<!\ba\n)(?<!\ban\n)(?<!\bof\n)(?<!\bby\n)(?<!\bto\n)(?<!\band\n)(?<!\bor\n)(?<!\bfor\n)"
                           r"(?<!\bwith\n)(?<!\bin\n)(?=[\w'’-]+(?: [\w'’-]+){0,3}:[ \t]*(?:\n|$))"  # the line break first: cheap where there is none
                           r"|(?<=;)\s+(?=(?:e\.g\.|eg\.?|for example|for instance)[,:]?\s)"  # "short; e.g. A, B": its examples
                           r"|(?<=;)\s+(?=[\w'’-]+(?: [\w'’-]+){0,2}:\s)", re.IGNORECASE)  # "A, B; den-to-map: C, D": a label opens a list of its own
# a numbered point of an outline opening a line: "... types\n1.1 A sett is ...\n1.2 Unlike ..." (two or more in a paragraph,
# so that a name hard-wrapped before its version, "Claude\n3.5 Sonnet", is no point)
_POINT_LINE = re.compile(r"\n(?P<number>\d+(?:\.\d+)+\.?\s+)(?=[A-Z])")

# what numbers a place in a text: chapters, sections, figures, tables, equations, pages, volumes
_REFERENCE = re.compile(r"(?<![\w.])(?:ch|chap|sec|fig|figs|tab|eq|eqs|p|pp|vol|ex|app)\.$", re.IGNORECASE)


# a place in an enumeration written on one line: "1) A 2) B 3) C", "(1) A (2) B", "1. A 2. B"
_ENUMERATED = re.compile(r"(?:^|(?<=\s))\(?(?P<n>[1-9])[.)]\s+(?=\S)")


def _as_a_list(text: str) -> str:
    """ "A: 1) clay packing 2) moss lining 3) scent marking" as "A:    clay packing,   moss lining,   scent marking": the
    places, numbered from one in order, made commas (each of the same length, so offsets hold); any other text as it is."""
    if "1)" not in text and "1." not in text:
        return text  # no first place, no enumeration: the common case, told without a pattern
    marks = list(_ENUMERATED.finditer(text))
    if len(marks) < 2 or [int(m["n"]) for m in marks] != list(range(1, len(marks) + 1)) or "\n" in text[marks[0].start():marks[-1].end()]:
        return text
    written = list(text)
    for index, mark in enumerate(marks):
        start = mark.start()
        while index and start > 0 and text[start - 1] == " ":  # "packing 2) moss": the comma right after the item before
            start -= 1
        comma = index and not text[:start].rstrip().endswith(",")  # "(1) moss, (2) clay": its own comma
        written[start:mark.end()] = list(("," if comma else " ").ljust(mark.end() - start))
    return "".join(written)


# a line that ends on a word, an acronym or a parenthesis and no mark (no owner's "Face's"), and a next line that opens
# on a capitalised word
_BARE_LINE_END = re.compile(r"(?<!['’])(?P<last>\b[a-z][\w'’-]*|\b[A-Z]{2,}s?\b\)?|\))[ \t]*\n[ \t]*(?P<next>[A-Z][a-z]+|[A-Z]{2,}(?=s?\b))"
                            r"(?P<owner>['’]s)?")
_NO_END_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$", "MD", "WDT", "WP", "WP$", "POS", "EX"})
_OPENER_TAGS = frozenset({"DT", "PRP", "EX", "RB", "PRP$"})


def _a_statement_a_line(match: re.Match[str]) -> bool:
    """ "... bank statements\n Python's Faker library generates ...": notes written one statement a line, no
    end mark; not a hard-wrapped sentence ("trained by the\n Transformer ...", "from Hugging Face\n Transformers",
    "it uses\n Transformers"): the line before ends on a word that can end one, and the next opens on a word
    of the dictionary (or an owner's name), after a verb only on one that opens a clause ("would move\n The ...")."""
    if match.string.count("(", 0, match.end("last")) > match.string.count(")", 0, match.end("last")):
        return False  # "(no den data to outside\n SETTs), which ...": a parenthesis goes on over the line
    if not match["last"][0].islower():  # "... ~ TPOT\n Image models ...", "(see Den maps)\n Badger dens ...": a word opens it
        return not match["next"].isupper() and bool(tagger.readings(match["next"].lower()))
    last, opener = tagger.word_tag(match["last"]), tagger.word_tag(match["next"].lower())
    if last in _NO_END_TAGS or match["last"] in {"and", "or", "but", "nor", "the", "a", "an"}:
        return False
    if match["next"].isupper():
        return last.startswith("NN")  # "... preceding tokens\n AR LMs -> text": an abbreviation after a noun opens a statement
    if last.startswith("VB") and opener not in _OPENER_TAGS and match["owner"] is None:
        return False
    return match["owner"] is not None or opener in _OPENER_TAGS or bool(tagger.readings(match["next"].lower()))


def _ends(text: str) -> list[tuple[int, int]]:
    """Where the sentences of a text end: (end, start of the next)."""
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    if len(points := list(_POINT_LINE.finditer(text))) > 1:  # the point's number is no word of the sentence after it
        after = {m.start(): m.end() for m in points}
        ends = sorted({(end, max(following, after.get(end, following))) for end, following in ends} | set(after.items()))
    if "\n" in text:
        ends = sorted({*ends, *((m.end("last"), m.start("next")) for m in _BARE_LINE_END.finditer(text) if _a_statement_a_line(m)),
                       *((m.start("end"), m.end("end")) for m in _EQUATIONS.finditer(text))})
    return ends


# a line that sets a term equal to something opens a statement of its own: "... + tunnel" / "sett = den → tunnel"
_EQUATIONS = re.compile(r"(?P<end>[ \t]*\n[ \t]*)(?=[A-Za-z][\w -]{0,39}\s=\s)")


def sentences(text: str) -> list[tuple[int, str]]:
    """Split a paragraph into sentences, with their offsets; "e.g.", "a.k.a.", "vs.", "3.5" and "ch. 8" do not
    end one, and "et al." only when a capital follows ("... by Lee et al. Sprout is ..."); a line break is a space,
    unless a label opens the next line ("Libraries: A, B"), the lines hold a statement each, open on numbered points
    ("1.1 ...", whose numbers are no words) or set a term equal to something ("sett = ..."); "1) A 2) B" on one line is a list."""
    text = _as_a_list(text)
    found: list[tuple[int, str]] = []
    start = 0
    for end, following in _ends(text):
        if end < start:
            continue  # a line's end inside a stretch an end mark already closed
        if text.endswith(" al.", 0, end) and not text[following : following + 1].isupper():
            continue  # "Kim et al. proposed Ridge": the authors' names go on
        if text[following : following + 1].isdigit() and _REFERENCE.search(text, max(0, end - 6), end):
            continue  # "Dataset engineering (ch. 8) covers ...", "see Fig. 3": a place in a text, numbered
        found.append((start, text[start:end]))
        start = following
    found.append((start, text[start:]))
    # a line break inside a paragraph is a space ("moss\ninjection" in hard-wrapped prose), as Markdown renders it
    return [piece for offset, s in found if s.strip() for piece in _at_colons(offset, s.strip().replace("\n", " "))]


# a colon, then a determiner, a name or "you", "we", "they" that open a clause of its own ("...: you pack it with moss"; "it" there is the
# subject of the clause before, read with it)
_COLON_CLAUSE = re.compile(r":\s+(?=(?:an?|the|this|that|each|every|its|their|our|you|we|they|[A-Z][\w-]*)\s)")


def _at_colons(offset: int, sentence: str) -> list[tuple[int, str]]:
    """A sentence split where a colon joins two clauses, each with a verb of its own; one piece when
    what follows the colon is a list ("two parts: a kestrel and a wombat") or an instruction."""
    found = _COLON_CLAUSE.search(sentence)
    if found is None or not clauses.has_finite_verb(sentence[: found.start()]):
        return [(offset, sentence)]
    after = re.sub(r"\([^()]*\)", "", sentence[found.end():])  # "an entrance (where the wombat enters), ...": an aside
    main = re.split(r"\s(?:that|which|who|where)\s|,", after, maxsplit=1)[0]  # "a retriever that fetches ...": a list
    if not clauses.has_finite_verb(main):
        return [(offset, sentence)]
    return [(offset, sentence[: found.start()]), (offset + found.end(), sentence[found.end():])]
