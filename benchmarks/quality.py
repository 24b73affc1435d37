"""How good the graph is: recall, precision and junk on real notes, checked against tests/reference/.

For each collection of the development corpus (tests/corpus/: llm-course, prompt-engineering-guide,
obsidian-ml-vault; each built as a workspace of its own whose notes folder is a copy of the
collection's Markdown files, folders kept, licence files left out) and for the shipped notes
(data/notes, without and with data/curated.ttl), it builds the graph and measures:

    facts      rows of corpus-facts.tsv for the collection that hold in the graph (recall)
    core       `core` rows of corpus-exhaustive.tsv for the collection that hold (recall)
    precision  asserted edges read from the files (and lines) corpus-exhaustive.tsv annotates that
               match one of its rows (`core` or `ok`), over all such edges
    junk       rows of corpus-junk.tsv for the collection whose phrase became a concept's label
    seed       for the shipped notes: rows of seed-facts.tsv that hold, rows of seed-concepts.tsv
               whose concept is there
    weak       share of statements read only weakly (tier weak: a guess from closeness)

and the build time of each, in total, and the process's peak memory. What holds is decided as the
reference files' headers say (see Closure and Oracle below): labels match preferred or alternative
labels case-insensitively; isA, contains, partOf and includes hold through chains; inverse pairs
count reversed; contrastsWith and relatedTo are symmetric, and relatedTo holds for an edge of any
relation. tests/test_seed.py and tests/test_quality.py score with this same module.

    .venv/bin/python benchmarks/quality.py               # the table
    .venv/bin/python benchmarks/quality.py --verbose     # and what fails: missed facts, wrong edges, junk
    .venv/bin/python benchmarks/quality.py --json quality.json
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple, Protocol

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the checkout's kg, whatever is installed
    sys.path.insert(0, str(ROOT))

import kg  # noqa: E402

REFERENCE = ROOT / "tests" / "reference"
CORPUS = ROOT / "tests" / "corpus"
SHIPPED = ROOT / "data"
COLLECTIONS = ("llm-course", "prompt-engineering-guide", "obsidian-ml-vault")

Concept = Hashable  # an IRI of the graph (pyoxigraph NamedNode); only compared and hashed here

# The reference's rules, written from the headers of tests/reference/*.tsv, independently of kg's inference.
TRANSITIVE = {"isA", "contains", "partOf", "includes"}
INVERSE = {"isA": "hasKind", "contains": "partOf", "includes": "includedIn", "uses": "usedBy",
           "exampleOf": "hasExample", "developedBy": "developed", "createdBy": "created",
           "evaluates": "evaluatedBy", "measures": "measuredBy", "produces": "producedBy"}
INVERSE.update({v: k for k, v in list(INVERSE.items())})
SYMMETRIC = {"contrastsWith", "relatedTo"}


def rows(path: Path) -> list[list[str]]:
    """The rows of a reference TSV file: comment lines (#) and the header line left out."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


# ---------------------------------------------------------------- what holds


class Closure:
    """Edges between concepts, read with the reference's rules: a relation holds through a chain of
    the same relation if it is transitive, an inverse counts reversed, a symmetric one either way,
    and relatedTo holds for an edge of any relation between the two."""

    def __init__(self) -> None:
        self.edges: dict[str, dict[Concept, set[Concept]]] = defaultdict(lambda: defaultdict(set))
        self.any_edge: set[frozenset] = set()

    def add(self, s: Concept, relation: str, o: Concept) -> None:
        self.edges[relation][s].add(o)
        if relation in INVERSE:
            self.edges[INVERSE[relation]][o].add(s)
        if relation in SYMMETRIC:
            self.edges[relation][o].add(s)
        self.any_edge.add(frozenset((s, o)))

    def reaches(self, s: Concept, relation: str, o: Concept) -> bool:
        if relation == "relatedTo" and frozenset((s, o)) in self.any_edge:
            return True
        seen, frontier = {s}, {s}
        while frontier:
            frontier = {n for c in frontier for n in self.edges[relation].get(c, ())} - seen
            if o in frontier:
                return True
            if relation not in TRANSITIVE:
                return False
            seen |= frontier
        return False


class Oracle(Closure):
    """The labels and asserted relations of a built graph, and whether a reference row holds in it."""

    def __init__(self, graph: kg.KnowledgeGraph) -> None:
        super().__init__()
        self.graph = graph
        self.by_label: dict[str, set[Concept]] = defaultdict(set)
        for concept in graph.concepts():
            for label in [graph.label(concept), *graph.aliases(concept)]:
                self.by_label[label.casefold()].add(concept)
        for edge in graph.edges():
            self.add(edge.subject, edge.relation, edge.object)

    def concepts(self, cell: str) -> set[Concept]:
        """The concepts a cell names: any of its "|" alternatives as a label, in any case."""
        return set().union(*(self.by_label.get(label.casefold(), set()) for label in cell.split("|")))

    def holds(self, subject: str, relations: str, obj: str) -> bool:
        return any(
            self.reaches(s, relation, o)
            for s in self.concepts(subject)
            for o in self.concepts(obj)
            for relation in relations.split("|")
        )

    def show(self, concept: Concept) -> str:
        return self.graph.label(concept)


# ---------------------------------------------------------------- the reference


class Region(NamedTuple):
    """Lines of a corpus file that corpus-exhaustive.tsv annotates: every edge drawn from them is listed."""

    file: str  # relative to tests/corpus/, as the reference writes it
    first: int
    last: int  # a large number for a whole file


@dataclass
class Reference:
    """tests/reference/, read once."""

    facts: list[list[str]]
    exhaustive: list[list[str]]
    junk: list[list[str]]
    seed_facts: list[list[str]]
    seed_concepts: list[list[str]]
    regions: list[Region]

    @classmethod
    def read(cls, folder: Path = REFERENCE, corpus: Path = CORPUS) -> Reference:
        return cls(rows(folder / "corpus-facts.tsv"), rows(folder / "corpus-exhaustive.tsv"), rows(folder / "corpus-junk.tsv"),
                   rows(folder / "seed-facts.tsv"), rows(folder / "seed-concepts.tsv"),
                   annotated_regions(folder / "corpus-exhaustive.tsv", corpus))

    def of(self, table: list[list[str]], collection: str, column: int) -> list[list[str]]:
        """The rows of a table whose file (in `column`) is in the collection's folder."""
        return [row for row in table if row[column].startswith(collection + "/")]


def annotated_regions(path: Path, corpus: Path = CORPUS) -> list[Region]:
    """The files and lines corpus-exhaustive.tsv covers, read from its header, which lists them as

        #   llm-course/README.md lines 1-140
        #   prompt-engineering-guide/techniques--cot.md, techniques--react.md, ... (whole files)

    a path without its collection's folder being in the folder of the path before it. Every file
    named must exist in the corpus, so that a header this reading gets wrong fails loudly."""
    header = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.startswith("#   "):
            break
        header.append(line.removeprefix("#").strip())
    regions, collection = [], ""
    items = [item.strip() for line in header for item in line.replace("(whole files)", "").split(",")]
    for item in filter(None, items):
        match = re.fullmatch(r"(.+?\.md)(?: lines (\d+)-(\d+))?", item)
        if not match:
            raise ValueError(f"{path}: cannot read {item!r} in the header's list of files")
        name, first, last = match.groups()
        if name.split("/", 1)[0] in COLLECTIONS:
            collection = name.split("/", 1)[0]
        else:
            name = f"{collection}/{name}"
        if not (corpus / name).is_file():
            raise ValueError(f"{path}: the header names {name}, which is not in {corpus}")
        regions.append(Region(name, int(first or 1), int(last or sys.maxsize)))
    return regions


# ---------------------------------------------------------------- scores


class SourceLike(Protocol):
    file: str
    line: int


class EdgeLike(Protocol):
    subject: Concept
    relation: str
    object: Concept
    sources: tuple[SourceLike, ...]


class Ratio(NamedTuple):
    hit: int
    total: int

    @property
    def share(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.hit}/{self.total} {self.share:4.0%}" if self.total else f"{self.hit}/0"


def recall(oracle: Oracle, table: list[list[str]]) -> tuple[Ratio, list[list[str]]]:
    """How many rows (subject, relations, object, ...) hold, and the rows that do not."""
    missed = [row for row in table if not oracle.holds(*row[:3])]
    return Ratio(len(table) - len(missed), len(table)), missed


def reference_closure(oracle: Oracle, table: list[list[str]]) -> Closure:
    """The rows of corpus-exhaustive.tsv as edges between the graph's concepts their cells name."""
    closure = Closure()
    for subject, relations, obj, *_ in table:
        for s in oracle.concepts(subject):
            for o in oracle.concepts(obj):
                for relation in relations.split("|"):
                    closure.add(s, relation, o)
    return closure


def is_right(edge: EdgeLike, reference: Closure) -> bool:
    """An edge matches the reference if its rows entail it: a row of its relation (or the inverse
    reversed, or a symmetric one either way, or through a chain of a transitive one), or a relatedTo
    row between the two concepts, which an edge of any relation matches."""
    if edge.object in reference.edges["relatedTo"].get(edge.subject, ()):
        return True
    return reference.reaches(edge.subject, edge.relation, edge.object)


def annotated_source(edge: EdgeLike, collection: str, regions: list[Region]) -> str | None:
    """`file:line` (the file relative to tests/corpus/) of the first source of an edge in a region, if any."""
    for source in edge.sources:
        file = f"{collection}/{source.file.removeprefix('notes/')}"
        if any(file == r.file and r.first <= source.line <= r.last for r in regions):
            return f"{file}:{source.line}"
    return None


def precision(oracle: Oracle, edges: Iterable[EdgeLike], collection: str, reference: Reference) -> tuple[Ratio, list[str]]:
    """How many of the edges read from the annotated regions match a row, and the others as text."""
    closure = reference_closure(oracle, reference.exhaustive)
    right, wrong = 0, []
    for edge in edges:
        where = annotated_source(edge, collection, reference.regions)
        if where is None:
            continue
        if is_right(edge, closure):
            right += 1
        else:
            wrong.append(f"{where}: {oracle.show(edge.subject)} {edge.relation} {oracle.show(edge.object)}")
    return Ratio(right, right + len(wrong)), wrong


def junk(oracle: Oracle, table: list[list[str]]) -> tuple[Ratio, list[str]]:
    """How many junk phrases are a concept's preferred or alternative label, and which, with where."""
    found = [f"{phrase!r} ({file}:{line}; {why})" for phrase, file, line, why, *_ in table if phrase.casefold() in oracle.by_label]
    return Ratio(len(found), len(table)), found


def seed_concept_problems(oracle: Oracle, table: list[list[str]], *, kinds: bool = True) -> list[str]:
    """Rows of seed-concepts.tsv the graph misses: no concept of that label, or (with `kinds`) not of
    the class the row accepts, or without the definition the row asks for."""
    graph, problems = oracle.graph, []
    for label, accepted, definition, line in table:
        found = oracle.concepts(label)
        if not found:
            problems.append(f"line {line}: no concept labelled {label}")
            continue
        if not kinds:
            continue
        if "Concept" not in accepted.split("|") and not any(graph.class_of(c) in accepted.split("|") for c in found):
            problems.append(f"line {line}: {label} is {[graph.class_of(c) for c in found]}, not {accepted}")
        if definition == "yes" and not any(graph.definition(c) for c in found):
            problems.append(f"line {line}: {label} has no definition")
    return problems


def weak_share(graph: kg.KnowledgeGraph) -> float | None:
    """The share of statements read only weakly (every source of the statement of the weak tier)."""
    edges = list(graph.edges())
    if not edges:
        return None
    return sum(1 for edge in edges if edge.sources and all(s.tier == "weak" for s in edge.sources)) / len(edges)


# ---------------------------------------------------------------- building and measuring


@dataclass
class Figures:
    """What was measured on one workspace; None where a figure does not apply to it."""

    name: str
    concepts: int
    statements: int
    build_seconds: float
    facts: Ratio | None = None
    core: Ratio | None = None
    precision: Ratio | None = None
    junk: Ratio | None = None
    seed_facts: Ratio | None = None
    seed_concepts: Ratio | None = None
    weak: float | None = None
    details: dict[str, list[str]] = field(default_factory=dict)  # what fails, for --verbose


def build(notes: Iterable[tuple[Path, Path]], root: Path, curated: Path | None = None) -> tuple[kg.Workspace, Any, float]:
    """A workspace in `root` whose notes folder holds the (source, relative path) files given: built,
    with the build's result and its wall time."""
    workspace = kg.Workspace.at(root / "data", root / "exports")
    for source, relative in notes:
        target = workspace.data / "notes" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    if curated is not None:
        shutil.copyfile(curated, workspace.data / curated.name)
    start = time.perf_counter()
    result = kg.build(workspace, page=False)
    return workspace, result, time.perf_counter() - start


def collection_notes(collection: str, corpus: Path = CORPUS) -> list[tuple[Path, Path]]:
    """The Markdown files of a collection, by path within it; its licence (LICENSE.md) is no note."""
    folder = corpus / collection
    return [(path, path.relative_to(folder)) for path in sorted(folder.rglob("*.md"))
            if path.is_file() and not path.name.upper().startswith("LICENSE")]


def measure_collection(collection: str, root: Path, reference: Reference, corpus: Path = CORPUS) -> tuple[Figures, Oracle]:
    """Build one corpus collection in `root` and score it; the oracle too, for a closer look."""
    workspace, result, seconds = build(collection_notes(collection, corpus), root)
    graph = kg.load(workspace)
    oracle = Oracle(graph)
    facts, missed = recall(oracle, reference.of(reference.facts, collection, 3))
    core_rows = [row for row in reference.of(reference.exhaustive, collection, 3) if row[5] == "core"]
    core, missed_core = recall(oracle, core_rows)
    right, wrong = precision(oracle, graph.edges(), collection, reference)
    junked, junk_found = junk(oracle, reference.of(reference.junk, collection, 1))
    figures = Figures(collection, result.concepts, result.statements, seconds, facts, core, right, junked,
                      weak=weak_share(graph),
                      details={"missed facts": [fact_text(row) for row in missed],
                               "missed core rows": [fact_text(row) for row in missed_core],
                               "wrong edges": wrong, "junk concepts": junk_found})
    return figures, oracle


def measure_shipped(root: Path, reference: Reference, *, curated: bool, data: Path = SHIPPED) -> tuple[Figures, Oracle]:
    """Build the shipped notes (with data/curated.ttl or without) in `root` and score them."""
    notes = [(path, path.relative_to(data / "notes")) for path in sorted((data / "notes").rglob("*.md"))]
    workspace, result, seconds = build(notes, root, data / "curated.ttl" if curated else None)
    graph = kg.load(workspace)
    oracle = Oracle(graph)
    facts, missed = recall(oracle, reference.seed_facts)
    absent = seed_concept_problems(oracle, reference.seed_concepts, kinds=False)
    present = Ratio(len(reference.seed_concepts) - len(absent), len(reference.seed_concepts))
    name = "shipped notes + curated" if curated else "shipped notes"
    figures = Figures(name, result.concepts, result.statements, seconds, seed_facts=facts, seed_concepts=present,
                      weak=weak_share(graph),
                      details={"missed seed facts": [fact_text(row) for row in missed],
                               "seed concepts": seed_concept_problems(oracle, reference.seed_concepts)})
    return figures, oracle


def fact_text(row: list[str]) -> str:
    where = f"{row[3]}:{row[4]}" if len(row) > 4 else f"line {row[3]}"
    return f"{where}: {row[0]} {row[1]} {row[2]}"


# ---------------------------------------------------------------- report


COLUMNS = {"workspace": 24, "facts": 12, "core": 12, "precision": 12, "junk": 9, "seed facts": 12,
           "seed concepts": 13, "weak": 4, "concepts": 8, "statements": 10, "build": 7}


def table(results: list[Figures]) -> str:
    """The figures, one workspace a line; "-" where a figure does not apply, "n/a" where the graph has no tiers."""
    def line(values: list[object]) -> str:
        cells = ["-" if value is None else str(value) for value in values]
        return "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(cells, COLUMNS.values())))

    lines = [line(list(COLUMNS))]
    for f in results:
        weak = "n/a" if f.weak is None else f"{f.weak:.0%}"
        lines.append(line([f.name, f.facts, f.core, f.precision, f.junk, f.seed_facts, f.seed_concepts, weak,
                           f.concepts, f.statements, f"{f.build_seconds:.2f}s"]))
    return "\n".join(lines)


def as_json(results: list[Figures], total_seconds: float, peak_mb: float) -> dict[str, object]:
    """The figures (not the details) of every workspace, a ratio as its hit, total and share."""
    def figure(value: object) -> object:
        return {"hit": value.hit, "total": value.total, "share": value.share} if isinstance(value, Ratio) else value

    workspaces = {f.name: {field.name: figure(getattr(f, field.name)) for field in fields(f) if field.name not in ("name", "details")}
                  for f in results}
    return {"workspaces": workspaces, "build_seconds_total": total_seconds, "peak_rss_mb": peak_mb}


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss: kilobytes on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the missed facts, the wrong edges and the junk concepts")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()
    reference = Reference.read()
    results: list[Figures] = []
    with tempfile.TemporaryDirectory() as scratch:
        for collection in COLLECTIONS:
            results.append(measure_collection(collection, Path(scratch) / collection, reference)[0])
        for curated in (False, True):
            results.append(measure_shipped(Path(scratch) / f"shipped-{curated}", reference, curated=curated)[0])
    total = sum(f.build_seconds for f in results)
    peak = peak_rss_mb()
    if args.verbose:
        for f in results:
            for what, items in f.details.items():
                if items:
                    print(f"--- {f.name}: {what} ({len(items)})")
                    print("\n".join(f"  {item}" for item in items))
        print()
    print(table(results))
    print(f"build time in total {total:.2f}s; peak memory (max RSS of the process) {peak:.0f} MB")
    print("facts, core: rows that hold (recall); precision: right edges of the annotated files; "
          "junk: junk phrases that became labels (lower is better)")
    if args.json:
        args.json.write_text(json.dumps(as_json(results, total, peak), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
