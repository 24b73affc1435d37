"""`kg build`: notes and curated Turtle in, the graph out (Turtle, TriG with provenance, the page).

Everything is read and checked before anything is written, so a bad input leaves exports/ as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import checks, progress, settings
from kg.graph import serialize, templated
from kg.schema import build_salt, vocab
from kg.graph.assemble import Quads, assemble
from kg.graph.namespaces import DEFAULT_BASE, Namespaces
from kg.batch import collector_paused
from kg.ingest.extract import settle
from kg.ingest.parallel import Readers
from kg.ingest.extraction import Extraction, Warning
from kg.errors import KGError
from kg.files import Staged, atomic_write, remove_leftovers
from kg.forked import Forked
from kg.graph import compare
from kg.labels import fold
from kg.source import Source
from kg.ingest.notes_text import read_text
from kg.ingest.curated import read_turtle
from kg.ingest.rejections import read_rejections, without_rejected
from kg.workspace import AUTO_ABOVE, Workspace

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph


@dataclass
class BuildResult:
    concepts: int
    statements: int
    notes_files: int
    curated_files: int
    written: list[Path]
    warnings: list[Warning] = field(default_factory=list)
    imported_files: int = 0
    changes: list[compare.Change] | None = None  # since the last build; None when not compared (see uncompared)
    uncompared: str = "first build"  # why not

    def summary(self) -> str:
        sources = self.notes_files + self.curated_files + self.imported_files
        imported = f", {self.imported_files} imported" if self.imported_files else ""
        return (
            f"{self.concepts} concepts, {self.statements} statements from {sources} "
            f"source{'s' if sources != 1 else ''} ({self.notes_files} notes, {self.curated_files} curated{imported})"
            f" -> {', '.join(str(p) for p in self.written)}"
        )

    def change_summary(self) -> str:
        """ "+12 concepts, +30 statements, -2 statements since the last build", or "first build"."""
        return self.uncompared if self.changes is None else f"{compare.summary(self.changes)} since the last build"


@dataclass
class Reading:
    """A build in memory: every input read and checked, nothing written yet."""

    names: Namespaces
    quads: Quads
    warnings: list[Warning]
    notes_files: int
    curated_files: int
    imported_files: int

    def dataset(self) -> list[ox.Quad]:
        """The quads with their sources described: what aie.trig holds."""
        return list(self.quads.described())


@collector_paused()
def read(workspace: Workspace, *, base: str = DEFAULT_BASE, keep_id: bool = False, jobs: int | None = None) -> Reading:
    """Read the workspace's notes, curated files and review decisions into a graph in memory.
    `keep_id`: save the workspace's id in data/kg.toml when it has none (a build does; a diff does not).
    `jobs`: processes reading the notes files (default: one per core; kg.ingest.parallel)."""
    base = checks.absolute_iri(base, "--base")
    texts = [(read_text(path, workspace.shown(path)), workspace.shown(path)) for path in workspace.notes_files()]
    rejections = read_rejections(workspace.rejected, workspace.shown(workspace.rejected))
    with Readers(len(texts), sum(len(text) for text, _path in texts), jobs) as readers:
        extraction, title = readers.notes(texts)  # with its progress: files, then paragraphs, or files read by workers
    notes_files = len(texts)
    del texts
    names = Namespaces(base, settings.workspace_id(workspace, create=keep_id))  # may write data/kg.toml, once the notes read
    with progress.stage("build", "assembling the graph"):
        extraction = settle(extraction)
        extraction.statements = without_rejected(extraction.statements, rejections)  # `kg review --reject`
        quads, iris = assemble(extraction, names, "Notes" if title is None else title)
        warnings = list(extraction.warnings)
        curated = workspace.curated_files()
        imported = [path for path in curated if workspace.shown(path).startswith("imported/")]
        for path in curated:
            # data/imported/*.ttl, written by `kg import`, keep the provenance kg:Imported (see kg.importer)
            method = "Imported" if path in imported else "Curated"
            warnings += _add_curated(path, workspace.shown(path), quads, set(iris.values()), names, method)
        warnings += _lint(extraction)
    return Reading(names, quads, warnings, notes_files, len(curated) - len(imported), len(imported))


@collector_paused()
def build(workspace: Workspace, *, base: str = DEFAULT_BASE, page: bool = True, jobs: int | None = None) -> BuildResult:
    """Read the workspace's notes and curated files and write the graph to its exports folder
    (`jobs`: processes reading the notes, as read() takes them)."""
    # what the build reads, taken before reading it: a file saved meanwhile shows as a change later
    inputs = workspace.inputs_digest(build_salt(checks.absolute_iri(base, "--base")))
    reading = read(workspace, base=base, keep_id=True, jobs=jobs)
    written = [workspace.turtle, workspace.dataset]
    prefixes = reading.names.prefixes()
    warnings, imported = reading.warnings, reading.imported_files
    notes_files, curated_files = reading.notes_files, reading.curated_files
    changes, uncompared = _changes_since_last_build(workspace, reading)
    from kg.query import cards, saved, search_index
    from kg.graph.knowledge import KnowledgeGraph
    from kg.stores.backends import open_local, store_writer

    remove_leftovers(workspace.exports)  # what a killed build left
    store = None
    # a large graph without the page is counted from the quads read (below): begun on another core
    # now, while this one writes aie.trig
    counting = Forked(partial(count_held, reading.quads)) if not page and len(reading.quads.quads) >= COUNTED_APART_FROM else None
    try:
        # aie.trig, aie.ttl and the page in place together, or none of them
        with Staged() as outputs, progress.stage("build", "exports written", 2 + page) as step:
            # aie.trig, each source location's description written as it comes (Quads.trig_pieces);
            # then the Turtle file's triples are made from the quads read, and those go too: from
            # there no quad is held as a Python object (some 450 bytes each), and the graph, when one
            # is needed whole, is parsed from the dataset just written, as `kg show` would read it
            # (kg.backends).
            pieces, used = reading.quads.trig_pieces(prefixes)  # most descriptions as text (kg.graph.templated)
            outputs.write_with(workspace.dataset, partial(templated.write, pieces, prefixes=used))
            step.advance()
            # the on-disk store, when the workspace keeps one, is written from aie.trig meanwhile (a thread)
            store = store_writer(workspace, outputs.written(workspace.dataset))
            size = outputs.size(workspace.dataset)
            with_cards = cards.serves(workspace) and size < AUTO_ABOVE
            # the whole graph is needed by the page, the cards, and the search index of a graph the
            # memory backend serves (in the order of texts that graph gives); else the counts come
            # from the quads in memory, and the index from the on-disk store (below)
            loaded = page or with_cards or workspace.backend(size) == "memory"
            classes = None  # each concept's, for the on-disk store's name index and the search index
            if not loaded:
                concepts, statements, counted, classes = counting.result() if counting is not None else count_held(reading.quads)
                if store is not None:
                    store.classes = classes
            # the texts the search index holds, to be read while the on-disk store loads (below)
            searched = search_index.searched_texts(reading.quads.quads) if store is not None else None
            triples, iris = reading.quads.union_in_order()
            del reading
            outputs.write_with(workspace.turtle, partial(serialize.write_in_order, triples, rdf_format=ox.RdfFormat.TURTLE,
                                                         used=serialize.prefixes_of(iris, prefixes)))
            del triples, iris
            step.advance()
            graph: KnowledgeGraph | None = None
            if loaded:
                graph = KnowledgeGraph.load(outputs.written(workspace.dataset))  # ~1 s per 200k quads
                concepts, statements, counted = counts(graph)
            if page:
                from kg.outputs.page import render_html, whole_view

                view, title = whole_view(graph)
                if not with_cards:
                    graph = None  # drawn from its view: a large graph (no cards) lets its store go first
                html = render_html(view, title=title).encode("utf-8")
                del view
                outputs.write_with(workspace.page, lambda out: out.write(html))
                written.append(workspace.page)
                step.advance()
            outputs.publish()
        # what `kg diff` reads to know that the notes have not changed since
        atomic_write(workspace.build_stamp_file, workspace.new_build_stamp(inputs, base))
        saved.save_stats(workspace, counted)  # what `kg stats` reads first (kg.query.saved); stamped with this aie.trig
        if with_cards and graph is not None:
            cards.write(workspace, graph)  # what `kg show` reads first (kg.cards); stamped so too
        else:
            cards.remove(workspace)
        # what `kg search` reads first, in the order of the texts of the graph the workspace's backend
        # serves: this one when that is memory, else the on-disk store once it is in place
        indexed = graph is not None and workspace.backend() == "memory"
        if indexed:
            search_index.write(workspace, graph)
        del graph
        prepared = search_index.prepare(searched) if searched is not None and not indexed else None  # the store loading meanwhile
        del searched
        written[2:2] = store.install() if store is not None else []  # in place once aie.trig is (kg.store)
        if not indexed:
            search_index.write(workspace, open_local(workspace), classes, prepared)
    finally:
        if counting is not None:
            counting.discard()  # not needed (a graph loaded whole is counted), or the build failed: nothing once read
        if store is not None:
            store.discard()  # a failed build's: nothing once installed
    return BuildResult(concepts, statements, notes_files, curated_files, written, warnings, imported, changes, uncompared)


def counts(graph: KnowledgeGraph) -> tuple[int, int, dict[str, object]]:
    """The concepts and statements `kg build` reports, counted as `kg stats` and the page count them
    (one definition: KnowledgeGraph.statements), and what `kg stats` counts, saved once aie.trig is
    in place."""
    from kg.query.stats import stats

    return len(graph.concepts(topics=False)), len(graph.statements()), stats(graph)


# quads read (some ten a concept) from which the counts are begun in a forked process: under it,
# forking costs more than it saves; a graph this large writes an on-disk store, so it is not loaded
COUNTED_APART_FROM = 50_000


def count_held(quads: Quads) -> tuple[int, int, dict[str, object], dict[ox.NamedNode, str]]:
    """counts() of the quads read (counting_graph), with each concept's class, which the on-disk
    store's name index and the search index need."""
    counting = counting_graph(quads)
    return (*counts(counting), {concept: counting.class_of(concept) for concept in counting.concepts()})


def counting_graph(quads: Quads) -> KnowledgeGraph:
    """The graph of `quads` as counts() reads it: the quads it reads alone (types, labels,
    definitions, relations: at 20,000 concepts, a fifth of the dataset), held as they are
    (kg.graph.held), with the sources the build knows in place of their descriptions."""
    from kg.graph.held import HeldQuads
    from kg.graph.knowledge import KnowledgeGraph
    from kg.query.stats import read_by_stats

    wanted = read_by_stats()
    return KnowledgeGraph(HeldQuads(quad for quad in quads.quads if quad.predicate in wanted), sources=quads.locations)


# Counting what changed costs a pass over both builds in Python, some 10 s a million quads: a large
# graph (an imported vocabulary) is not compared at every build; `kg diff` does it when asked.
COMPARED_AT_MOST = 100_000  # quads, and 64 bytes of TriG each for the last build


def _changes_since_last_build(workspace: Workspace, reading: Reading) -> tuple[list[compare.Change] | None, str]:
    """What this build changes in the graph the last one wrote, or why that is not said."""
    try:
        size = workspace.dataset.stat().st_size
    except OSError:
        return None, "first build"
    large = "changes since the last build not counted for a graph this large: `kg diff` lists them"
    if len(reading.quads.quads) > COMPARED_AT_MOST or size > 64 * COMPARED_AT_MOST:
        return None, large  # the dataset holds more quads still: its sources' descriptions
    dataset = reading.dataset()
    if len(dataset) > COMPARED_AT_MOST:
        return None, large
    try:
        before = compare.Snapshot.of_file(workspace.dataset)
    except (KGError, OSError, ValueError):
        return None, "first build (the last one could not be read)"
    return compare.compare(before, compare.Snapshot.of_quads(dataset)), ""


def _add_curated(path: Path, shown: str, quads: Quads, concepts: set[ox.NamedNode], names: Namespaces,
                 method: str = "Curated") -> list[Warning]:
    """Merge a curated Turtle file; a name in the notes' namespace that no note defines is worth a warning."""
    warnings = []
    declared = set()
    triples = read_turtle(path, shown)
    for triple, _line in triples:
        if triple.predicate in {vocab.RDF_TYPE, vocab.PREF_LABEL}:
            declared.add(triple.subject)
    known = concepts | declared
    # `kg import` writes one block per concept: its statements share the block's first line, so that
    # a vocabulary of 100k terms brings 100k source locations (5 quads each), not one per statement.
    block: dict[object, int] = {}
    for triple, line in triples:
        if method == "Imported":
            line = block.setdefault(triple.subject, line)
        source = Source(shown, line, method)
        if (unknown := vocab.unknown_term(triple.predicate.value)) is not None:
            warnings.append(Warning(source, unknown))  # "kg:isa": stated, but read by no command
        for term in (triple.subject, triple.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(names.concept) and term not in known:
                warnings.append(Warning(source, f"{term.value.removeprefix(names.concept)} is not a concept of the notes"))
        if isinstance(triple.subject, ox.NamedNode) and not isinstance(triple.object, ox.Triple):
            quads.add(triple.subject, triple.predicate, triple.object, source)
    return warnings


def _lint(extraction: Extraction) -> list[Warning]:
    """What a person should look at: bold terms left undefined, one label naming two concepts."""
    warnings = []
    owners: dict[str, set] = defaultdict(set)
    terms = {record.final() for record, _trail, _file in extraction.entries}  # written in bold as terms
    for record in extraction.lexicon.live():
        for label in record.labels():
            owners[fold(label)].add(record)
        if record in terms and record.defined_at is not None and not record.definition:
            warnings.append(Warning(record.defined_at, f"'{record.label}' has no definition"))
    for label, records in sorted(owners.items()):
        if len(records) > 1:
            where = min(min(r.sources) for r in records)
            warnings.append(Warning(where, f"the label '{label}' names {len(records)} concepts: {', '.join(sorted(r.label for r in records))}"))
    warnings += _reading_report(extraction)
    return sorted(warnings, key=lambda w: (w.source.file, w.source.line))


WEAK_SHARE, BARE_SHARE, READ_AT_LEAST = 0.3, 0.5, 10  # when a file reads badly enough to say so


def _reading_report(extraction: Extraction) -> list[Warning]:
    """Per notes file that reads badly: the share of its statements read weakly, and of its concepts
    with neither a definition nor a relation, so a person sees where the notes say little the
    ingester can hold."""
    statements: dict[str, list[str]] = defaultdict(list)
    related = set()
    for statement in extraction.statements:
        statements[statement.source.file].append(statement.source.tier)
        related.update((statement.subject.final(), statement.object.final()))
    concepts: dict[str, list[bool]] = defaultdict(list)
    for record in extraction.lexicon.live():
        where = record.defined_at or min(record.sources)
        if where.method == "Extracted":
            concepts[where.file].append(not record.definition and record not in related)
    found = []
    for file in sorted(set(statements) | set(concepts)):
        weak = statements[file].count("weak") / len(statements[file]) if len(statements[file]) >= READ_AT_LEAST else 0
        bare = sum(concepts[file]) / len(concepts[file]) if len(concepts[file]) >= READ_AT_LEAST else 0
        if weak > WEAK_SHARE or bare > BARE_SHARE:
            found.append(Warning(Source(file, 1), f"reads weakly: {weak:.0%} of {len(statements[file])} statements are weak, "
                                 f"{bare:.0%} of {len(concepts[file])} concepts have neither definition nor relation"))
    return found
