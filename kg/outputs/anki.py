"""`kg export -f anki`: the graph as an Anki deck (.apkg), through genanki.

One note per concept that has a definition or a relation fit to ask about: the term in front; its
definition, class, key relations and source (file:line) on the back. Beside them, one note per
relation question with a few answers ("What does transformer block contain?"), asked of the
questions kg.study makes for `kg quiz`. Each concept goes in a subdeck of its topic (the headings
of the notes, "Chapter 2::Modeling::Transformer Architecture") and is tagged with its class.

What lets a rebuilt deck update the cards already in Anki rather than add new ones: a note's GUID
is made from the concept's IRI and the kind of note only, never from its text, so an edited
definition keeps its card and its review history; note types and decks have ids made from their
names. Text from the notes is escaped: Anki shows fields as HTML.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import sqlite3
import time
import zipfile
from typing import TYPE_CHECKING, BinaryIO

import genanki
import pyoxigraph as ox

from kg.schema import vocab
from kg.study.pool import UNASKED, Pool
from kg.study.questions import open_questions, relation_kinds

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph
    from kg.outputs.export import ExportData

CONCEPT_NOTE = "concept"  # the kind of a concept's note, for its GUID; relation notes use "out:isA", ...
KEY_RELATIONS = 8  # lines of relations on a concept's back, at most
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; color: black; background: white; }
.term { font-size: 28px; font-weight: bold; }
.definition { margin: 1em 0; }
.class, .source { font-size: 14px; color: #666; }
.relations { font-size: 16px; text-align: left; display: inline-block; }"""


def stable_id(name: str) -> int:
    """An id for a note type or deck, made from its name: the same in every export, in the range
    genanki's documentation asks for (2^30 to 2^31)."""
    digest = int.from_bytes(hashlib.sha256(f"aie-kg {name}".encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def guid(iri: str, kind: str) -> str:
    """A note's GUID: from the concept and the kind of note, never from what the note says."""
    return genanki.guid_for(iri, kind)


CONCEPT_MODEL = genanki.Model(
    stable_id("model concept v1"), "aie-kg concept",
    fields=[{"name": "Term"}, {"name": "Definition"}, {"name": "Class"}, {"name": "Relations"}, {"name": "Source"}],
    templates=[{"name": "Term to definition", "qfmt": '<div class="term">{{Term}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="definition">{{Definition}}</div>'
                        '<div class="class">{{Class}}</div><div class="relations">{{Relations}}</div>'
                        '<div class="source">{{Source}}</div>'}],
    css=CSS)
RELATION_MODEL = genanki.Model(
    stable_id("model relation v1"), "aie-kg relation",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[{"name": "Question to answer", "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Source}}</div>'}],
    css=CSS)


def write_anki(data: ExportData, out: BinaryIO) -> None:
    out.write(package_bytes(decks(Pool(data.graph), title(data.graph))))


def title(graph: KnowledgeGraph) -> str:
    """The deck's name: the notes collection's title (`dcterms:title` of its concept scheme)."""
    store = graph.store
    for scheme in store.quads_for_pattern(None, vocab.RDF_TYPE, vocab.CONCEPT_SCHEME, None):
        for quad in store.quads_for_pattern(scheme.subject, vocab.TITLE, None, None):
            return quad.object.value
    return "aie-kg"


def decks(pool: Pool, root: str) -> list[genanki.Deck]:
    """The notes of every concept worth a card, in a deck per topic under `root`."""
    pool.reasoner.preload()  # every edge read at once, rather than a lookup per concept
    found: dict[str, genanki.Deck] = {}
    for concept in pool.concepts:
        definition = pool.definition(concept)
        own = relation_kinds(pool, concept)
        if not definition and not own:
            continue  # nothing to learn about it: no card rather than an empty one
        name = deck_name(pool, concept, root)
        deck = found.get(name) or found.setdefault(name, genanki.Deck(stable_id(f"deck {name}"), name))
        cls = pool.class_of(concept)
        tags = [f"class::{cls}"]
        deck.add_note(genanki.Note(CONCEPT_MODEL, [
            _text(pool.label(concept)), _text(definition), _text(cls), key_relations(pool, concept),
            _text(", ".join(str(s) for s in pool.definition_sources(concept)))],
            tags=tags, guid=guid(concept.value, CONCEPT_NOTE)))
        for question in open_questions(pool, concept, own):
            answers = "".join(f"<li>{_text(a)}</li>" for a in question.answers)
            deck.add_note(genanki.Note(RELATION_MODEL, [
                _text(question.prompt), f"<ul>{answers}</ul>", _text(", ".join(question.sources))],
                tags=[*tags, f"relation::{question.key.kind.partition(':')[2]}"], guid=guid(question.key.iri, question.key.kind)))
    return [found[name] for name in sorted(found)]


def deck_name(pool: Pool, concept: ox.NamedNode, root: str) -> str:
    """ "Root::Chapter 2::Modeling::Transformer Architecture": the path of the concept's first topic,
    without the heading that names the whole collection again."""
    topics = pool.topics_of(concept)
    if not topics:
        return root
    path = [pool.label(t).replace("::", ":") for t in min((pool.topic_path(t) for t in topics), key=lambda p: [t.value for t in p])]
    if path and path[0].casefold() == root.casefold():
        path = path[1:]
    return "::".join([root.replace("::", ":"), *path])


def key_relations(pool: Pool, concept: ox.NamedNode) -> str:
    """The concept's one-step relations fit to ask about, one line a relation: "isA sparse model"."""
    lines = []
    for relation in vocab.relations():
        if relation in UNASKED:
            continue
        others = sorted({pool.label(f.object) for f in pool.facts(concept, relation) if len(f.steps) == 1}, key=str.lower)
        if others:
            lines.append(f"<div><b>{_text(relation)}</b> {_text(', '.join(others))}</div>")
    return "".join(lines[:KEY_RELATIONS])


def package_bytes(deck_list: list[genanki.Deck], timestamp: float | None = None) -> bytes:
    """An .apkg: a zip holding the collection (SQLite) and a media list. The collection is made in
    memory, so no temporary file is left anywhere should the export fail."""
    moment = time.time() if timestamp is None else timestamp  # Anki updates a note if this is newer
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        genanki.Package(deck_list).write_to_db(cursor, moment, itertools.count(int(moment * 1000)))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", collection)
        archive.writestr("media", "{}")
    return buffer.getvalue()


def _text(text: str) -> str:
    return html.escape(text, quote=False)
