"""`kg import`: an external vocabulary merged into the workspace.

A SKOS concept scheme, or an OWL/RDFS ontology whose classes become concepts, is normalised into
this project's vocabulary and saved as data/imported/<name>.ttl; `kg build` merges that file with
the provenance kg:Imported, so a rebuild keeps it and re-importing refreshes it. Normalised means:
  - each concept (skos:Concept, owl:Class, rdfs:Class) keeps its IRI and gets a class of the
    vocabulary (from its label's head word, else from its nearest typed parent, else kg:Concept);
  - one skos:prefLabel per language (rdfs:label when there is no prefLabel; labels without a
    language get --lang; a second label in one language becomes an altLabel; no label: the
    IRI's local name), exact synonyms (oboInOwl:hasExactSynonym) as skos:altLabel;
  - skos:definition from skos:definition, IAO:0000115 ("definition"), else rdfs:comment;
  - rdfs:subClassOf and skos:broader between imported concepts as kg:isA, skos:related as
    kg:relatedTo, and the relations of this project's vocabulary (kg:contains, ...) as they are,
    so that one aie-kg graph imports into another whole; anonymous classes (restrictions),
    owl:Thing, and parents and relations outside the file are left out.
Nothing is linked to the notes' concepts here: kg.links proposes links for a person to accept.

The file is parsed by pyoxigraph and written in N-Triples a piece at a time, whose lines are read
as bytes (kg.vocabularies.facts), normalised a concept at a time (kg.vocabularies.normalise; the
usual concept in one step: kg.vocabularies.usual) and written as Turtle straight from those bytes
(kg.vocabularies.turtle): no Python object per triple, which is what made a triple at a time in
Python cost 1.1 times rdflib's parse (benchmarks/bench_import.py has the figures).
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Iterator
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg import checks, progress
from kg.schema import vocab
from kg.batch import collector_paused
from kg.errors import FormatError, KGError, RDFSyntaxError
from kg.files import atomic_write_with
from kg.labels import slug
from kg.vocabularies.entities import GROWTH, check_entities
from kg.vocabularies import turtle
from kg.vocabularies.facts import Facts, read
from kg.vocabularies.normalise import Normalised, normalise
from kg.vocabularies.ntriples import iri, is_iri, triples

IMPORTED = "imported"  # data/imported/<name>.ttl
MB = 1_000_000
PIECE = 1 << 15  # triples written to N-Triples at a time: some 5 MB
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD, "n3": ox.RdfFormat.N3,
}
SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig", ".rdf": "rdfxml", ".owl": "rdfxml",
            ".xml": "rdfxml", ".jsonld": "jsonld", ".json": "jsonld", ".n3": "n3"}
# marks relative IRIs in JSON-LD, whose parser drops them silently when there is no base (hierarchical,
# so that "a" resolves under it: against a urn: base it would become urn:a)
_SENTINEL_BASE = "http://kg-import.invalid/no-base/"
Parsed = TypeVar("Parsed")


@dataclass
class ImportResult:
    source: str
    written: Path
    read: int  # triples parsed
    concepts: int
    relations: int  # relations of the vocabulary written (isA, relatedTo, ...)
    triples: int  # triples written
    seconds: float
    left_out: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        skipped = "; ".join(f"left out {n} {what}" for what, n in sorted(self.left_out.items()) if n)
        return (f"{self.concepts} concept{'s' * (self.concepts != 1)}, {self.relations} relation{'s' * (self.relations != 1)}"
                f" ({self.triples} triples, from {self.read} read"
                f" in {self.seconds:.2f} s) -> {self.written}" + (f"; {skipped}" if skipped else ""))


@collector_paused()
def import_file(data_folder: Path, path: Path, *, fmt: str | None = None, base: str | None = None,
                name: str | None = None, lang: str = "en") -> ImportResult:
    """Read an RDF vocabulary and write its normalised form to <data_folder>/imported/<name>.ttl."""
    started = time.perf_counter()
    base = checks.absolute_iri(base, "--base") if base is not None else None
    lang = checks.language_tag(lang, "--lang")
    facts = read_facts(path, fmt, base)
    name = slug(name or path.stem)
    if not facts.concepts:
        raise KGError("no SKOS concepts and no OWL or RDFS classes found", path=str(path))
    target = data_folder / IMPORTED / f"{name}.ttl"
    shown = " ".join(path.name.split())  # a line break in a file name must not end the comment
    concepts = len(facts.concepts)
    header = (f"# Imported by `kg import` from {shown}: {concepts} concept{'s' * (concepts != 1)}. `kg build` merges this file with the\n"
              f"# provenance kg:Imported. Importing again replaces it; `kg links` proposes links to the notes.\n\n")
    with progress.stage("import", f"writing {IMPORTED}/{name}.ttl"):
        written, found = turtle_of(facts, name, lang=lang, title=path.name)
    size, read_size = sum(map(len, written)), path.stat().st_size
    if size > GROWTH * read_size + (1 << 20):  # whatever got through: never write far more than was read
        raise KGError(f"would write {size:,} bytes from {read_size:,} read (more than {GROWTH} times); nothing written",
                      path=str(path))
    atomic_write_with(target, lambda out: out.writelines([header.encode("utf-8"), *written]))
    return ImportResult(path.name, target, found.read, concepts, found.relations, found.triples, time.perf_counter() - started,
                        found.left_out)


def turtle_of(facts: Facts, name: str, *, lang: str, title: str, short: bool = True) -> tuple[list[bytes], Normalised]:
    """What `kg import` writes of a vocabulary read (but the comment above it), in pieces to write one
    after the other, and what normalising found; with `short`, the usual concepts take the short way
    (tests hold the two alike)."""
    offered = {**vocab.PREFIXES, **_namespace_prefix(facts.namespaces(), name)}
    try:
        forms = turtle.Forms(offered)
        found = normalise(facts, lang=lang, fallback_title=title, forms=forms if short else None)
        texts = turtle.texts(found.subjects, forms, found.texts)
        return [turtle.header(forms.used(offered)), *texts], found
    except turtle.Unsure:  # a term only pyoxigraph knows how it writes: every concept the general way
        found = normalise(facts, lang=lang, fallback_title=title)
        prefixes = turtle.prefixes_used(offered, sorted(found.iris()))
        parsed = ox.parse(found.ntriples(), format=ox.RdfFormat.N_TRIPLES)
        return [ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes)], found


# ---------------------------------------------------------------- reading


def format_of(path: Path, fmt: str | None) -> ox.RdfFormat:
    name = fmt or SUFFIXES.get(path.suffix.lower())
    if name is None:
        raise FormatError(f"cannot tell the RDF format from '{path.suffix}'; give --from ({', '.join(FORMATS)})", path=str(path))
    if name not in FORMATS:
        raise FormatError(f"no import format named '{name}'; {checks.suggestion(name, FORMATS, 'formats')}")
    return FORMATS[name]


def read_rdf(path: Path, fmt: str | None = None, base: str | None = None) -> list[ox.Triple]:
    """The triples of an RDF file (of every graph, for TriG and N-Quads). A syntax error names
    the file, line and column; relative IRIs with no base IRI are an error, never file:/// IRIs."""
    sentinel = _needs_sentinel(path, fmt, base)
    triples = list({ox.Triple(i.subject, i.predicate, i.object) for i in _parsed(path, fmt, base, list)})
    if sentinel:
        _no_relative_iris(path, {t.value for i in triples for t in (i.subject, i.predicate, i.object) if isinstance(t, ox.NamedNode)})
    return triples


def read_facts(path: Path, fmt: str | None = None, base: str | None = None) -> Facts:
    """What normalising reads of an RDF file (kg.vocabularies.facts), from read_rdf()'s triples as
    pyoxigraph writes them in N-Triples, duplicates and all: never a Python object per triple, and a
    piece of the text at a time, so that the memory of one piece serves the next."""
    sentinel = _needs_sentinel(path, fmt, base)
    quads = format_of(path, fmt) in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
    relative: set[str] = set()

    def pieces(parsed: Iterator[ox.Quad]) -> Iterator[bytes]:
        merged = (ox.Triple(q.subject, q.predicate, q.object) for q in parsed) if quads else iter(parsed)  # every graph
        while piece := ox.serialize(islice(merged, PIECE), format=ox.RdfFormat.N_TRIPLES):
            if sentinel:
                relative.update(iri(term) for terms in triples(piece) for term in terms if is_iri(term))
            yield piece

    facts = _parsed(path, fmt, base, lambda parsed: read(pieces(parsed)))
    _no_relative_iris(path, relative)
    return facts


def _needs_sentinel(path: Path, fmt: str | None, base: str | None) -> bool:
    return format_of(path, fmt) == ox.RdfFormat.JSON_LD and base is None


def _no_relative_iris(path: Path, iris: set[str]) -> None:
    relative = sorted(i for i in iris if i.startswith(_SENTINEL_BASE))
    if relative:
        raise RDFSyntaxError(f"relative IRI '{relative[0].removeprefix(_SENTINEL_BASE)}' and no base IRI; "
                             "give --base IRI (for example --base https://example.org/vocab/)", path=str(path))


def _parsed(path: Path, fmt: str | None, base: str | None, consume: Callable[[Iterator[ox.Quad]], Parsed]) -> Parsed:
    """What `consume` makes of the quads pyoxigraph parses from a file, with its syntax errors named."""
    rdf_format = format_of(path, fmt)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KGError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    if rdf_format == ox.RdfFormat.RDF_XML:
        check_entities(data, str(path))  # before the parser expands any
    sentinel = _needs_sentinel(path, fmt, base)
    try:
        with progress.stage(path.name, "MB read", -(-len(data) // MB)) as step:
            return consume(ox.parse(_Counted(data, step), format=rdf_format, base_iri=_SENTINEL_BASE if sentinel else base))
    except SyntaxError as error:
        raise _syntax_error(error, path, data, base) from None
    except MemoryError as error:  # the parser's own bound: no term may be longer than 16 MiB
        raise RDFSyntaxError(f"a term longer than the parser takes ({error})", path=str(path)) from None


class _Counted(io.RawIOBase):
    """The bytes to parse, counting in megabytes how far the parser has read them."""

    def __init__(self, data: bytes, step: progress.Step) -> None:
        self.data, self.step, self.at = memoryview(data), step, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        size = min(len(buffer), len(self.data) - self.at)
        buffer[:size] = self.data[self.at : self.at + size]
        self.at += size
        self.step.done = self.at // MB
        return size


def _syntax_error(error: SyntaxError, path: Path, data: bytes, base: str | None) -> RDFSyntaxError:
    message = str(error.msg)
    line, column = error.lineno, error.offset
    if "No scheme found" in message or "relative IRI" in message.lower():
        iri = re.search(r"IRI '([^']*)'", message)
        if line is None and iri:  # RDF/XML says which IRI but not where: find it
            line, column = _find(data, iri.group(1))
        text = iri.group(1) if iri else _between(data, message, line)
        reason = ("a relative IRI and no base IRI; give --base IRI (for example --base https://example.org/vocab/)"
                  if base is None else f"an IRI that is not valid against the base <{base}>")
        message = f"{reason}" + (f": '{text}'" if text else "")
    elif line is None:  # RDF/XML: ask an XML parser where the document breaks
        line, column = _xml_position(data)
    message = re.sub(r"^Parser error (?:at|between) [^:]*: ", "", message)
    where = f"column {column}: " if column else ""
    return RDFSyntaxError(f"{where}{message}", path=str(path), line=line)


def _between(data: bytes, message: str, line: int | None) -> str:
    """The text a Turtle error points at ("between columns 1 and 4"), to show the IRI it is about."""
    span = re.search(r"between columns (\d+) and (\d+)", message)
    lines = data.decode("utf-8", "replace").splitlines()
    if not span or line is None or not 0 < line <= len(lines):
        return ""
    return lines[line - 1][int(span.group(1)) - 1:int(span.group(2)) - 1]


def _find(data: bytes, text: str) -> tuple[int | None, int | None]:
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        for quoted in (f'"{text}"', f"'{text}'"):
            if quoted in line:
                return number, line.index(quoted) + 2
    return None, None


def _xml_position(data: bytes) -> tuple[int | None, int | None]:
    import xml.etree.ElementTree as ET

    try:
        ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        return line, column + 1
    return None, None


# ---------------------------------------------------------------- writing


def _namespace_prefix(namespaces: dict[str, int], name: str) -> dict[str, str]:
    """A prefix for the namespace most imported IRIs share, named after the import: aio: <https://w3id.org/aio/>."""
    counts = {namespace: n for namespace, n in namespaces.items() if re.match(r"[A-Za-z][\w+.-]*:.", namespace)}
    prefix = re.sub(r"[^A-Za-z0-9_-]", "", name)
    if not counts or not prefix or not prefix[0].isalpha() or prefix in vocab.PREFIXES:
        return {}
    return {prefix: max(sorted(counts), key=counts.__getitem__)}
