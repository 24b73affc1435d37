"""`kg build`: notes and curated Turtle in, the graph out (Turtle, TriG with provenance, the page).

Everything is read and checked before anything is written, so a bad input leaves exports/ as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from kg import checks
from kg.graph import serialize
from kg.schema import build_salt, vocab
from kg.graph.assemble import DEFAULT_BASE, Namespaces, Quads, assemble
from kg.batch import collector_paused
from kg.ingest.extract import extract
from kg.ingest.extraction import Extraction, Warning
from kg.errors import KGError
from kg.files import Staged, atomic_write, remove_leftovers
from kg.graph import compare
from kg.labels import fold
from kg.source import Source
from kg.ingest.markdown import parse, read_text
from kg.ingest.curated import read_turtle
from kg.ingest.rejections import read_rejections, without_rejected
from kg.workspace import Workspace


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
def read(workspace: Workspace, *, base: str = DEFAULT_BASE) -> Reading:
    """Read the workspace's notes, curated files and review decisions into a graph in memory."""
    names = Namespaces(checks.absolute_iri(base, "--base"))
    notes_paths = workspace.notes_files()
    files = [parse(read_text(path, workspace.shown(path)), workspace.shown(path)) for path in notes_paths]
    rejections = read_rejections(workspace.rejected, workspace.shown(workspace.rejected))
    extraction = extract(files)
    extraction.statements = without_rejected(extraction.statements, rejections)  # `kg review --reject`
    title = next((f.title.title for f in files if f.title), "Notes")
    quads, iris = assemble(extraction, names, title)
    warnings = list(extraction.warnings)
    curated = workspace.curated_files()
    imported = [path for path in curated if workspace.shown(path).startswith("imported/")]
    for path in curated:
        # data/imported/*.ttl, written by `kg import`, keep the provenance kg:Imported (see kg.importer)
        method = "Imported" if path in imported else "Curated"
        warnings += _add_curated(path, workspace.shown(path), quads, set(iris.values()), names, method)
    warnings += _lint(extraction)
    return Reading(names, quads, warnings, len(files), len(curated) - len(imported), len(imported))


@collector_paused()
def build(workspace: Workspace, *, base: str = DEFAULT_BASE, page: bool = True) -> BuildResult:
    """Read the workspace's notes and curated files and write the graph to its exports folder."""
    # what the build reads, taken before reading it: a file saved meanwhile shows as a change later
    inputs = workspace.inputs_digest(build_salt(checks.absolute_iri(base, "--base")))
    reading = read(workspace, base=base)
    dataset = reading.dataset()
    written = [workspace.turtle, workspace.dataset]
    prefixes = reading.names.prefixes()
    warnings, imported = reading.warnings, reading.imported_files
    notes_files, curated_files = reading.notes_files, reading.curated_files
    changes, uncompared = _changes_since_last_build(workspace, dataset)
    from kg.query import cards, saved, search_index
    from kg.graph.knowledge import KnowledgeGraph
    from kg.stores.backends import AUTO_ABOVE, after_build, open_local

    remove_leftovers(workspace.exports)  # what a killed build left
    with Staged() as outputs:  # aie.trig, aie.ttl and the page in place together, or none of them
        outputs.write_with(workspace.dataset, partial(serialize.write, dataset, rdf_format=ox.RdfFormat.TRIG, prefixes=prefixes))
        outputs.write_with(workspace.turtle, partial(serialize.write, serialize.union(reading.quads.quads),
                                                     rdf_format=ox.RdfFormat.TURTLE, prefixes=prefixes))
        with_cards = cards.serves(workspace) and outputs.size(workspace.dataset) < AUTO_ABOVE
        graph = KnowledgeGraph.from_quads(dataset)  # ~1 s per 500k quads
        # counted as `kg stats` and the page count them: one definition (KnowledgeGraph.statements)
        concepts, statements = len(graph.concepts(topics=False)), len(graph.statements())
        if page:
            from kg.outputs.page import whole_page

            html = whole_page(graph).encode("utf-8")
            outputs.write_with(workspace.page, lambda out: out.write(html))
            written.append(workspace.page)
        outputs.publish()
    # what `kg diff` reads to know that the notes have not changed since
    atomic_write(workspace.build_stamp_file, workspace.new_build_stamp(inputs, base))
    if with_cards:
        cards.write(workspace, graph)  # what `kg show` reads first (kg.cards); stamped with this aie.trig
    else:
        cards.remove(workspace)
    saved.save_stats(workspace, graph)  # what `kg stats` reads first, stamped so too
    # The on-disk store is loaded from aie.trig: let go of this build's own copy of the graph first,
    # or both are in memory at once (a peak of 2.3 GB rather than 1.7 GB at 800k imported triples).
    del graph, dataset, reading
    written[2:2] = after_build(workspace)  # the on-disk store, when the workspace uses one (kg.store)
    # what `kg search` reads first, from the graph as the workspace's backend gives it (the order of its texts)
    search_index.write(workspace, open_local(workspace))
    return BuildResult(concepts, statements, notes_files, curated_files, written, warnings, imported, changes, uncompared)


# Counting what changed costs a pass over both builds in Python, some 10 s a million quads: a large
# graph (an imported vocabulary) is not compared at every build; `kg diff` does it when asked.
COMPARED_AT_MOST = 100_000  # quads, and 64 bytes of TriG each for the last build


def _changes_since_last_build(workspace: Workspace, dataset: list[ox.Quad]) -> tuple[list[compare.Change] | None, str]:
    """What this build changes in the graph the last one wrote, or why that is not said."""
    try:
        size = workspace.dataset.stat().st_size
    except OSError:
        return None, "first build"
    if len(dataset) > COMPARED_AT_MOST or size > 64 * COMPARED_AT_MOST:
        return None, "changes since the last build not counted for a graph this large: `kg diff` lists them"
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
