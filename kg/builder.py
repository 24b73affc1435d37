"""`kg build`: notes and curated Turtle in, the graph out (Turtle, TriG with provenance, the page).

Everything is read and checked before anything is written, so a bad input leaves exports/ as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from kg import checks, progress, settings
from kg.graph import serialize
from kg.schema import vocab
from kg.graph.assemble import Quads, assemble
from kg.graph.namespaces import DEFAULT_BASE, Namespaces
from kg.batch import collector_paused
from kg.ingest.extract import read_files, settle
from kg.ingest.extraction import Extraction, Warning
from kg.files import Staged, remove_leftovers
from kg.labels import fold
from kg.source import Source
from kg.ingest.markdown import parse, read_text
from kg.ingest.curated import read_turtle
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

    def summary(self) -> str:
        sources = self.notes_files + self.curated_files + self.imported_files
        imported = f", {self.imported_files} imported" if self.imported_files else ""
        return (
            f"{self.concepts} concepts, {self.statements} statements from {sources} "
            f"source{'s' if sources != 1 else ''} ({self.notes_files} notes, {self.curated_files} curated{imported})"
            f" -> {', '.join(str(p) for p in self.written)}"
        )


@collector_paused()
def build(workspace: Workspace, *, base: str = DEFAULT_BASE, page: bool = True) -> BuildResult:
    """Read the workspace's notes and curated files and write the graph to its exports folder."""
    base = checks.absolute_iri(base, "--base")
    notes_paths = workspace.notes_files()
    with progress.stage("build", "notes files read", len(notes_paths)) as step:
        files = []
        for path in notes_paths:
            files.append(parse(read_text(path, workspace.shown(path)), workspace.shown(path)))
            step.advance()
    with progress.stage("build", "paragraphs read", sum(len(f.paragraphs) for f in files)) as step:
        extraction = read_files(files, step.advance)
    names = Namespaces(base, settings.workspace_id(workspace, create=True))  # may write data/kg.toml, once the notes read
    with progress.stage("build", "assembling the graph"):
        extraction = settle(extraction)
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
        dataset = list(quads.described())
    written = [workspace.turtle, workspace.dataset]
    prefixes = names.prefixes()
    relation_iris = {r.iri for r in vocab.relations().values()}
    relations = sum(1 for q in quads.quads if q.predicate in relation_iris)
    kinds = {c.iri for name, c in vocab.classes().items() if name != "Topic"}
    concepts = len({q.subject for q in quads.quads if q.predicate == vocab.RDF_TYPE and q.object in kinds})
    from kg.query import cards
    from kg.graph.knowledge import KnowledgeGraph
    from kg.stores.backends import AUTO_ABOVE, after_build

    remove_leftovers(workspace.exports)  # what a killed build left
    # aie.trig, aie.ttl and the page in place together, or none of them
    with Staged() as outputs, progress.stage("build", "exports written", 2 + page) as step:
        outputs.write_with(workspace.dataset, partial(serialize.write, dataset, rdf_format=ox.RdfFormat.TRIG, prefixes=prefixes))
        step.advance()
        outputs.write_with(workspace.turtle, partial(serialize.write, serialize.union(quads.quads),
                                                     rdf_format=ox.RdfFormat.TURTLE, prefixes=prefixes))
        step.advance()
        with_cards = cards.serves(workspace) and outputs.size(workspace.dataset) < AUTO_ABOVE
        graph = KnowledgeGraph.from_quads(dataset) if page or with_cards else None  # ~1 s per 500k quads
        if graph and page:
            from kg.outputs.page import whole_page

            html = whole_page(graph).encode("utf-8")
            outputs.write_with(workspace.page, lambda out: out.write(html))
            written.append(workspace.page)
            step.advance()
        outputs.publish()
    if graph and with_cards:
        cards.write(workspace, graph)  # what `kg show` reads first (kg.cards); stamped with this aie.trig
    else:
        cards.remove(workspace)
    # The on-disk store is loaded from aie.trig: let go of this build's own copy of the graph first,
    # or both are in memory at once (a peak of 2.3 GB rather than 1.7 GB at 800k imported triples).
    del graph, dataset, quads
    written[2:2] = after_build(workspace)  # the on-disk store, when the workspace uses one (kg.store)
    return BuildResult(concepts, relations, len(files), len(curated) - len(imported), written, warnings, len(imported))


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
