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
"""

from __future__ import annotations

import io
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import checks, progress
from kg.graph import serialize
from kg.schema import vocab
from kg.batch import collector_paused
from kg.errors import FormatError, KGError, RDFSyntaxError
from kg.files import atomic_write
from kg.labels import clean, slug
from kg.vocabularies.entities import GROWTH, check_entities
from kg.schema.vocab import ALT_LABEL, DEFINITION, IN_SCHEME, OWL, PREF_LABEL, RDF, RDF_TYPE, RDFS, SKOS, TITLE

IMPORTED = "imported"  # data/imported/<name>.ttl
MB = 1_000_000
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD, "n3": ox.RdfFormat.N3,
}
SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig", ".rdf": "rdfxml", ".owl": "rdfxml",
            ".xml": "rdfxml", ".jsonld": "jsonld", ".json": "jsonld", ".n3": "n3"}
OBO = "http://purl.obolibrary.org/obo/"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"
# marks relative IRIs in JSON-LD, whose parser drops them silently when there is no base (hierarchical,
# so that "a" resolves under it: against a urn: base it would become urn:a)
_SENTINEL_BASE = "http://kg-import.invalid/no-base/"

_CONCEPT_TYPES = {SKOS + "Concept", OWL + "Class", RDFS + "Class"}
_BUILT_IN = (RDF, RDFS, OWL, vocab.XSD, SKOS)
_SCHEME_TYPES = {SKOS + "ConceptScheme", OWL + "Ontology"}
_LABELS = (SKOS + "prefLabel", RDFS + "label")
_SYNONYMS = (SKOS + "altLabel", OBO_IN_OWL + "hasExactSynonym")
_DEFINITIONS = ((SKOS + "definition", OBO + "IAO_0000115"), (RDFS + "comment", "http://purl.org/dc/terms/description"))
_PARENTS = (RDFS + "subClassOf", SKOS + "broader")
_MAPPINGS = tuple(SKOS + m for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"))


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
    triples = read_rdf(path, fmt, base)
    name = slug(name or path.stem)
    normalised, left_out = normalise(triples, lang=lang, fallback_title=path.name)
    concepts = sum(1 for t in normalised if t.predicate == RDF_TYPE and t.object != vocab.CONCEPT_SCHEME)
    if not concepts:
        raise KGError("no SKOS concepts and no OWL or RDFS classes found", path=str(path))
    relations = sum(1 for t in normalised if vocab.relation_of(t.predicate.value))
    target = data_folder / IMPORTED / f"{name}.ttl"
    shown = " ".join(path.name.split())  # a line break in a file name must not end the comment
    header = (f"# Imported by `kg import` from {shown}: {concepts} concept{'s' * (concepts != 1)}. `kg build` merges this file with the\n"
              f"# provenance kg:Imported. Importing again replaces it; `kg links` proposes links to the notes.\n\n")
    body = io.BytesIO()
    with progress.stage("import", f"writing {IMPORTED}/{name}.ttl"):
        serialize.write(normalised, body, ox.RdfFormat.TURTLE, {**vocab.PREFIXES, **_namespace_prefix(normalised, name)})
    read_size = path.stat().st_size
    if body.tell() > GROWTH * read_size + (1 << 20):  # whatever got through: never write far more than was read
        raise KGError(f"would write {body.tell():,} bytes from {read_size:,} read (more than {GROWTH} times); nothing written",
                      path=str(path))
    atomic_write(target, header.encode("utf-8") + body.getvalue())
    return ImportResult(path.name, target, len(triples), concepts, relations, len(normalised), time.perf_counter() - started, left_out)


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
    rdf_format = format_of(path, fmt)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KGError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    if rdf_format == ox.RdfFormat.RDF_XML:
        check_entities(data, str(path))  # before the parser expands any
    sentinel = rdf_format == ox.RdfFormat.JSON_LD and base is None
    try:
        with progress.stage(path.name, "MB read", -(-len(data) // MB)) as step:
            items = list(ox.parse(_Counted(data, step), format=rdf_format, base_iri=_SENTINEL_BASE if sentinel else base))
    except SyntaxError as error:
        raise _syntax_error(error, path, data, base) from None
    except MemoryError as error:  # the parser's own bound: no term may be longer than 16 MiB
        raise RDFSyntaxError(f"a term longer than the parser takes ({error})", path=str(path)) from None
    triples = list({ox.Triple(i.subject, i.predicate, i.object) for i in items})
    if sentinel:
        relative = sorted({t.value for i in triples for t in (i.subject, i.predicate, i.object)
                           if isinstance(t, ox.NamedNode) and t.value.startswith(_SENTINEL_BASE)})
        if relative:
            raise RDFSyntaxError(f"relative IRI '{relative[0].removeprefix(_SENTINEL_BASE)}' and no base IRI; "
                                 "give --base IRI (for example --base https://example.org/vocab/)", path=str(path))
    return triples


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


# ---------------------------------------------------------------- normalising


def normalise(triples: list[ox.Triple], *, lang: str = "en", fallback_title: str = "") -> tuple[list[ox.Triple], dict[str, int]]:
    """The concepts of `triples` in this project's vocabulary, and counts of what was left out."""
    facts: dict[ox.NamedNode, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            facts[t.subject][t.predicate.value].append(t.object)
    kg_classes = {c.iri.value for c in vocab.classes().values()}
    concept_types = _CONCEPT_TYPES | kg_classes
    left_out: dict[str, int] = defaultdict(int)
    concepts = []
    for subject, props in facts.items():
        types = {o.value for o in props[RDF + "type"] if isinstance(o, ox.NamedNode)}
        if types.isdisjoint(concept_types) or subject.value.startswith(_BUILT_IN):
            continue
        if any(isinstance(o, ox.Literal) and o.value.lower() == "true" for o in props[OWL + "deprecated"]):
            left_out["deprecated classes"] += 1
            continue
        concepts.append(subject)
    members = set(concepts)
    left_out["anonymous classes"] = sum(1 for t in triples if isinstance(t.subject, ox.BlankNode) and t.predicate == RDF_TYPE
                                        and t.object.value in _CONCEPT_TYPES | {OWL + "Restriction"})
    schemes = sorted((s for s, p in facts.items() if any(o.value in _SCHEME_TYPES for o in p[RDF + "type"])), key=lambda s: s.value)
    out: set[ox.Triple] = set()
    for scheme in schemes:
        out.add(ox.Triple(scheme, RDF_TYPE, vocab.CONCEPT_SCHEME))
        titles = _strings(facts[scheme], (str(TITLE.value), RDFS + "label", SKOS + "prefLabel"), lang)
        out.add(ox.Triple(scheme, TITLE, titles[0] if titles else ox.Literal(fallback_title or scheme.value, language=lang)))
    parents: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    own_relations = {r.iri.value for r in vocab.relations().values()}
    with progress.stage("import", "concepts normalised", len(concepts)) as step:
        for concept in sorted(concepts, key=lambda c: c.value):
            step.advance()
            props = facts[concept]
            out |= _labels(concept, props, lang)
            for group in _DEFINITIONS:
                found = _strings(props, group, lang)
                if found:
                    out |= {ox.Triple(concept, DEFINITION, text) for text in found}
                    break
            in_schemes = [o for o in props[SKOS + "inScheme"] if isinstance(o, ox.NamedNode)] or (schemes[:1] if len(schemes) == 1 else [])
            out |= {ox.Triple(concept, IN_SCHEME, s) for s in in_schemes}
            parents[concept] = []
            for predicate in _PARENTS:
                for parent in props[predicate]:
                    if parent in members and parent != concept:
                        parents[concept].append(parent)
                    elif isinstance(parent, ox.NamedNode) and parent.value != OWL + "Thing":
                        left_out["parents outside the file"] += 1
            for child in props[SKOS + "narrower"]:
                if child in members:
                    parents.setdefault(child, []).append(concept)
            for other in props[SKOS + "related"]:
                if other in members:
                    out.add(ox.Triple(concept, vocab.term("relatedTo"), other))
            for predicate in props.keys() & own_relations:  # stated in this project's vocabulary already
                for other in props[predicate]:
                    if other in members:
                        out.add(ox.Triple(concept, ox.NamedNode(predicate), other))
                    else:
                        left_out["relations to concepts outside the file"] += 1
            for predicate in _MAPPINGS:
                out |= {ox.Triple(concept, ox.NamedNode(predicate), o) for o in props[predicate] if isinstance(o, ox.NamedNode)}
    for child, found in parents.items():
        out |= {ox.Triple(child, vocab.term("isA"), parent) for parent in found}
    classes = _classes(concepts, facts, parents, out, kg_classes)
    out |= {ox.Triple(c, RDF_TYPE, vocab.term(cls)) for c, cls in classes.items()}
    return sorted(out, key=serialize.sort_key), dict(left_out)


def _strings(props: dict[str, list], predicates: tuple[str, ...], lang: str) -> list[ox.Literal]:
    """The string values of the first predicates that have some, tagged with `lang` when untagged."""
    found: list[ox.Literal] = []
    for predicate in predicates:
        for value in props.get(predicate, []):
            if isinstance(value, ox.Literal) and value.datatype.value in (vocab.XSD + "string", RDF + "langString") and value.value.strip():
                text = value.value.strip()
                literal = ox.Literal(text, language=value.language or lang)
                if literal not in found:
                    found.append(literal)
        if found:
            return found
    return found


def _labels(concept: ox.NamedNode, props: dict[str, list], lang: str) -> set[ox.Triple]:
    """One preferred label per language; the other labels and exact synonyms as alternatives."""
    labels = _strings(props, _LABELS[:1], lang) or _strings(props, _LABELS[1:], lang) or [ox.Literal(_from_iri(concept), language=lang)]
    preferred: dict[str | None, ox.Literal] = {}
    alternatives = set(_strings(props, _SYNONYMS[:1], lang)) | set(_strings(props, _SYNONYMS[1:], lang))
    for label in sorted(labels, key=lambda l: l.value):
        if label.language in preferred:
            alternatives.add(label)
        else:
            preferred[label.language] = label
    out = {ox.Triple(concept, PREF_LABEL, label) for label in preferred.values()}
    return out | {ox.Triple(concept, ALT_LABEL, a) for a in alternatives if a not in preferred.values()}


def _from_iri(iri: ox.NamedNode) -> str:
    """A label made of an IRI's local name: "TransformerNetwork" -> "Transformer Network"."""
    local = re.split(r"[/#]", iri.value.rstrip("/#"))[-1]
    return clean(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]+", " ", local)) or iri.value


def _classes(concepts: list[ox.NamedNode], facts: dict, parents: dict[ox.NamedNode, list[ox.NamedNode]],
             out: set[ox.Triple], kg_classes: set[str]) -> dict[ox.NamedNode, str]:
    """A class of the vocabulary per concept: its own kg class, its label's head word, else its parents'."""
    from kg.ingest.classify import class_of_label

    chosen: dict[ox.NamedNode, str] = {}
    labels_of: dict[ox.NamedNode, list[str]] = defaultdict(list)
    for t in out:
        if t.predicate == PREF_LABEL:
            labels_of[t.subject].append(t.object.value)
    with progress.stage("import", "concepts classified", len(concepts)) as step:
        for concept in concepts:
            step.advance()
            own = sorted(o.value for o in facts[concept][RDF + "type"] if o.value in kg_classes)
            labels = sorted(labels_of[concept]) if not own else []
            found = own[0].removeprefix(vocab.VOCAB) if own else next((c for c in map(class_of_label, labels) if c), None)
            if found:
                chosen[concept] = found
    for _ in range(len(concepts)):  # a kind of an Architecture is an Architecture, however deep
        changed = False
        for concept in concepts:
            if concept not in chosen:
                inherited = sorted({chosen[p] for p in parents.get(concept, []) if p in chosen})
                if inherited:
                    chosen[concept] = inherited[0]
                    changed = True
        if not changed:
            break
    return {c: chosen.get(c, "Concept") for c in concepts}


def _namespace_prefix(triples: list[ox.Triple], name: str) -> dict[str, str]:
    """A prefix for the namespace most imported IRIs share, named after the import: aio: <https://w3id.org/aio/>."""
    counts: dict[str, int] = defaultdict(int)
    for t in triples:
        if t.predicate == RDF_TYPE and isinstance(t.subject, ox.NamedNode):
            namespace = re.sub(r"[^/#]*$", "", t.subject.value)
            if re.match(r"[A-Za-z][\w+.-]*:.", namespace):
                counts[namespace] += 1
    prefix = re.sub(r"[^A-Za-z0-9_-]", "", name)
    if not counts or not prefix or not prefix[0].isalpha() or prefix in vocab.PREFIXES:
        return {}
    return {prefix: max(sorted(counts), key=counts.__getitem__)}
