"""The index `kg search` reads rather than the graph: written by `kg build` beside aie.trig
(exports/.kg-search, an SQLite file written aside and renamed into place), stamped as every saved
answer is (kg.query.saved) and with the backend whose order of texts it keeps, so a stale one is
never read. It ranks exactly as the search over the graph (kg.query.search) does, by the rules of
kg.query.scoring, but reads only the words a query can match:

- texts: every label, alias, hidden label and definition, numbered in the order the graph gives
  them (which text a concept is shown by, of two that score alike, is the first read);
- words: each word of the texts, folded, with the numbers of the texts that hold it;
- near: each word with up to two letters left out (one for words under eight letters, see
  _variants), so that the words within a query word's typo distance are found by leaving letters
  out of the query word too: two words an edit or two apart become one string with as many
  letters left out of each (a swap of two letters, by leaving out one of them). Each is then
  scored as the graph's search scores it. Only for indexes of NEAR_FROM words and more: a smaller
  one is quicker to read whole than to write so (a third of a second at each rebuild of the
  shipped notes);
- concepts: IRI, label and class, for the hits.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from kg.labels import fold
from kg.query import saved
from kg.query.scoring import WEIGHTS, Hit, combine, keep, row, top, word_score
from kg.workspace import Workspace

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Mapping

    import pyoxigraph as ox

    from kg.graph.knowledge import KnowledgeGraph

INDEX = ".kg-search"  # in exports/
FORM = 2  # 2: the folded length of each text
FIELDS = list(WEIGHTS)
BATCH = 500  # values per IN (...): under SQLite's limit on parameters, and each lookup an index seek
NEAR_FROM = 5_000  # words: below it a query scores every word of its length instead, and a build saves time


def index_file(workspace: Workspace) -> str:
    return os.path.join(workspace.exports_folder, INDEX)


def stamp(workspace: Workspace) -> tuple[object, ...] | None:
    """What the index is made from: aie.trig (kg.query.saved) read by the backend that serves it."""
    made_from = saved.stamp(workspace, FORM)
    return None if made_from is None else (*made_from, workspace.backend())


# ---------------------------------------------------------------- writing


def write(workspace: Workspace, graph: KnowledgeGraph, classes: Mapping[ox.NamedNode, str] | None = None,
          prepared: Prepared | None = None) -> None:
    """Index the texts of the graph as `kg search` would read them from `graph`, which the
    workspace's backend opened; `classes`: each concept's class as `graph` gives it, when the
    caller knows them (`kg build`, from the graph it counted: on the on-disk store at 20,000
    concepts, a second less); `prepared`, what prepare() made ahead of some texts. The stamp is taken first: should aie.trig change meanwhile, the
    index is never read."""
    import marshal
    import sqlite3

    from kg.files import atomic_write

    made_from = stamp(workspace)
    concepts, texts = _texts(graph, classes)
    ahead = prepared or Prepared({}, {}, [])
    postings: dict[str, array] = {}
    lengths = array("I")
    for number, (_concept, _field, text) in enumerate(texts):
        length, words = ahead.texts.get(text) or _read(text)
        lengths.append(length)
        for word in words:
            found = postings.get(word)  # not setdefault: it would make an array at every word of every text
            if found is None:
                found = postings[word] = array("I")
            found.append(number)

    db = sqlite3.connect(":memory:")  # made in memory, then written aside and renamed into place
    db.execute("CREATE TABLE meta (stamp BLOB, concept BLOB, field BLOB, topic BLOB, length BLOB)")
    db.execute("CREATE TABLE concepts (number INTEGER PRIMARY KEY, iri TEXT, label TEXT, class TEXT)")
    db.execute("CREATE TABLE texts (number INTEGER PRIMARY KEY, text TEXT)")
    db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, texts BLOB) WITHOUT ROWID")
    db.execute("CREATE TABLE near (variant TEXT PRIMARY KEY, words TEXT) WITHOUT ROWID")
    db.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?)", (
        marshal.dumps(made_from), array("I", (c for c, _f, _t in texts)).tobytes(),
        bytes(f for _c, f, _t in texts), bytes(cls == "Topic" for _iri, _label, cls in concepts), lengths.tobytes()))
    db.executemany("INSERT INTO concepts VALUES (?, ?, ?, ?)", ((n, *c) for n, c in enumerate(concepts)))
    db.executemany("INSERT INTO texts VALUES (?, ?)", ((n, text) for n, (_c, _f, text) in enumerate(texts)))
    # in the order of their keys, each key once: sorting the keys alone sorts the rows
    db.executemany("INSERT INTO words VALUES (?, ?)", ((w, postings[w].tobytes()) for w in sorted(postings)))
    db.executemany("INSERT INTO near VALUES (?, ?)", _near_rows(postings, ahead) if len(postings) >= NEAR_FROM else ())
    db.commit()
    image = db.serialize()
    db.close()
    atomic_write(index_file(workspace), image)


class Prepared(NamedTuple):
    """What write() makes of texts and words whatever their order, made ahead: `kg build` makes it
    while the on-disk store, whose order of texts the index keeps, loads on other cores."""

    texts: dict[str, tuple[int, tuple[str, ...]]]  # each text's folded length and folded words (_read)
    variants: dict[str, set[str]]  # each word's, when there are words enough to need them (_variants)
    # the near table's rows, each variant's words in no particular order: write() puts them in the
    # order of its words, which the texts' order gives (at 20,000 concepts, 0.7 s less after the store loads)
    near: list[tuple[str, list[str]]]


def prepare(texts: Iterable[str]) -> Prepared:
    """What write() would make of each of `texts` (a text write() meets that is not among them is
    read then, as ever)."""
    read = {text: _read(text) for text in dict.fromkeys(texts)}
    words = dict.fromkeys(word for _length, found in read.values() for word in found)
    if len(words) < NEAR_FROM:
        return Prepared(read, {}, [])
    variants = {word: _variants(word) for word in words}
    return Prepared(read, variants, sorted(_near(variants).items()))


def _near(variants: dict[str, set[str]]) -> dict[str, list[str]]:
    """Each variant with the words filed under it, in the order of `variants`."""
    near: dict[str, list[str]] = {}
    for word, found in variants.items():
        for variant in found:
            words = near.get(variant)
            if words is None:
                near[variant] = [word]
            else:
                words.append(word)
    return near


def _near_rows(postings: dict[str, array], ahead: Prepared) -> list[tuple[str, str]]:
    """The near table's rows in the order of their keys, each variant's words in the order of
    `postings`: from the rows prepared when they are of the same words, else made here."""
    if ahead.near and postings.keys() == ahead.variants.keys():
        rank = {word: number for number, word in enumerate(postings)}
        return [(variant, words[0] if len(words) == 1 else " ".join(sorted(words, key=rank.__getitem__)))
                for variant, words in ahead.near]
    near = _near({word: ahead.variants.get(word) or _variants(word) for word in postings})
    return [(variant, " ".join(near[variant])) for variant in sorted(near)]


def searched_texts(quads: Iterable[ox.Quad]) -> list[str]:
    """The texts of `quads` that the index holds: labels, aliases, hidden labels, definitions."""
    import pyoxigraph as ox

    from kg.query.search import FIELDS as READ

    predicates = {predicate for _name, predicate, _weight in READ}
    return [quad.object.value for quad in quads if quad.predicate in predicates and isinstance(quad.object, ox.Literal)]


def _read(text: str) -> tuple[int, tuple[str, ...]]:
    """The length of the text folded, and its folded words, each once, in order: the same index at every build."""
    folded = fold(text)
    return len(folded), tuple(dict.fromkeys(folded.split()))


def _texts(graph: KnowledgeGraph, classes: Mapping[ox.NamedNode, str] | None) -> tuple[list[tuple[str, str, str]], list[tuple[int, int, str]]]:
    """The concepts (IRI, label, class) and, in the order the search over the graph reads them,
    the texts it scores (concept number, field number, text)."""
    import pyoxigraph as ox

    from kg.graph.knowledge import label_from
    from kg.query.search import FIELDS as READ

    number: dict[ox.NamedNode, int] = {}
    texts = []
    for field, (_name, predicate, _weight) in enumerate(READ):
        for quad in graph.store.quads_for_pattern(None, predicate, None, None):
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
                texts.append((number.setdefault(quad.subject, len(number)), field, quad.object.value))
    # labels from the preferred labels just read, and classes from one pass over the types, rather
    # than two lookups per concept (on the on-disk store at 20,000 concepts, most of the time)
    labels: list[list[str]] = [[] for _ in number]
    for concept, field, text in texts:
        if field == 0:
            labels[concept].append(text)
    if classes is None:
        graph.concepts()  # every class read at once, for class_of
    class_of = graph.class_of if classes is None else (lambda concept: classes.get(concept, "Concept"))
    concepts = [(c.value, label_from(c, labels[n]), class_of(c)) for c, n in number.items()]
    return concepts, texts


def _variants(word: str) -> set[str]:
    """What the index files a word under: the strings a query word within its typo distance
    (kg.query.scoring.word_score) meets it at, once letters are left out of both. A query word of
    four to seven letters is one edit from it at most, and one letter left out of each is enough;
    one of eight or more, two edits, which may take two letters out of a word of eight or more. A
    word of six or seven letters is two edits from such a query word only if the query is the
    longer by at least one letter, so that one edit at least is a letter the query has and the
    word has not: one letter left out of the word is enough (two tripled the size of the table
    for the six-letter words of the synthetic notes). Words under three letters are two letters
    or more shorter than any query word allowed a typo."""
    return _left_out(word, 2 if len(word) >= 8 else 1) if len(word) >= 3 else set()


def _left_out(word: str, most: int) -> set[str]:
    """The word, and every string made from it by leaving out up to `most` letters."""
    found = {word}
    layer = {word}
    for _ in range(most):
        layer = {w[:i] + w[i + 1:] for w in layer for i in range(len(w))}
        found |= layer
    return found


# ---------------------------------------------------------------- reading


def search(workspace: Workspace, query: str, *, limit: int = 10, definitions: bool = True) -> list[dict[str, object]] | None:
    """The rows `kg search` prints, ranked from the index; None when there is no index of this
    aie.trig (the caller searches the graph)."""
    if not saved.serves(workspace):
        return None
    import marshal
    import sqlite3

    path = index_file(workspace)
    if not os.path.isfile(path):
        return None
    try:
        db = sqlite3.connect(path)
        try:
            db.execute("PRAGMA query_only = ON")
            made_from, concept_of, field_of, topic, length = db.execute("SELECT stamp, concept, field, topic, length FROM meta").fetchone()
            if marshal.loads(made_from) != stamp(workspace):
                return None
            return _ranked(db, query, Texts(array("I", concept_of), field_of, topic, array("I", length)), limit, definitions)
        finally:
            db.close()
    except (sqlite3.Error, ValueError, TypeError, EOFError):
        return None  # no index this code can read: the graph answers


class Texts(NamedTuple):
    """What the index says of each text by its number, read whole: its concept's number, its
    field's, and its folded length; and of each concept whether it is a topic."""

    concept: array
    field: bytes
    topic: bytes
    length: array


def _ranked(db: sqlite3.Connection, query: str, texts: Texts, limit: int, definitions: bool) -> list[dict[str, object]]:
    words = fold(query).split()
    if not words:
        return []
    best_per_word: list[dict[int, float]] = []  # per query word: text number -> its best match there
    for word in words:
        best: dict[int, float] = {}
        matched = {w: s for w in _candidates(db, word) if (s := word_score(word, w))}
        for found, numbers in _rows(db, "SELECT word, texts FROM words WHERE word IN ({})", matched):
            score = matched[found]
            for number in array("I", numbers):
                if score > best.get(number, 0.0):
                    best[number] = score
        best_per_word.append(best)
    phrase = " ".join(words)
    skipped = () if definitions else {FIELDS.index("definition")}
    kept: dict[int, Hit] = {}
    for number in sorted(set().union(*best_per_word)):
        field = texts.field[number]
        if field in skipped:
            continue
        concept = texts.concept[number]
        score = combine([best.get(number, 0.0) for best in best_per_word],
                        lambda: texts.length[number] == len(phrase) and _folded(db, number) == phrase)
        # the text's number stands for it until the few that are shown are read
        keep(kept, concept, score * WEIGHTS[FIELDS[field]], FIELDS[field], str(number), lambda: bool(texts.topic[concept]))
    about = {}
    for number, iri, label, cls in _rows(db, "SELECT number, iri, label, class FROM concepts WHERE number IN ({})",
                                         list(kept)):
        about[number] = (label, cls, iri)
    hits = top(kept, lambda concepts: {c: about[c][0] for c in concepts}, limit)
    texts = dict(_rows(db, "SELECT number, text FROM texts WHERE number IN ({})", [int(h.text) for h in hits]))
    return [row(h._replace(text=texts[int(h.text)]), *about[h.concept]) for h in hits]


def _candidates(db: sqlite3.Connection, word: str) -> set[str]:
    """Every word of the index that may match `word` (word_score then says how well): the word
    itself, the words it begins, and those within its typo distance."""
    found = {word}
    if len(word) >= 3:  # words that `word` begins: between it and the string just after all of them
        after = word[:-1] + chr(ord(word[-1]) + 1)
        found.update(w for (w,) in db.execute("SELECT word FROM words WHERE word >= ? AND word < ?", (word, after)))
    allowed = 0 if len(word) < 4 else 1 if len(word) < 8 else 2
    if allowed and db.execute("SELECT EXISTS (SELECT 1 FROM near)").fetchone()[0]:
        for (near,) in _rows(db, "SELECT words FROM near WHERE variant IN ({})", _left_out(word, allowed)):
            found.update(near.split(" "))
    elif allowed:  # a small index: every word within the length a typo allows
        found.update(w for (w,) in db.execute("SELECT word FROM words WHERE length(word) BETWEEN ? AND ?",
                                               (len(word) - allowed, len(word) + allowed)))
    return found


def _folded(db: sqlite3.Connection, number: int) -> str:
    return fold(db.execute("SELECT text FROM texts WHERE number = ?", (number,)).fetchone()[0])


def _rows(db: sqlite3.Connection, sql: str, values: Iterable[object]) -> Iterator[tuple]:
    """The rows of a query of `... IN ({})`, asked BATCH values at a time."""
    values = list(values)
    for start in range(0, len(values), BATCH):
        chunk = values[start:start + BATCH]
        yield from db.execute(sql.format(", ".join("?" * len(chunk))), chunk)
