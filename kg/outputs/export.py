"""`kg export`: the built graph in the formats other tools read, through a registry of writers.

Each format is registered by name with its extension and the "module:function" of its writer; the
module is imported only when the format is asked for (as rdflib/plugin.py does), so `kg export -f
turtle` never pays for networkx. A writer gets an ExportData and a binary file; a format that
writes several files (csv: nodes and edges) registers one writer per part.

RDF formats go through pyoxigraph (sorted, with the used prefixes): turtle, ntriples and jsonld hold
the union of the graphs, as `kg build` writes aie.ttl; nquads and trig keep the provenance (one named
graph per source line, described in the default graph). JSON-LD is written here, compacted with a
@context of short keys, because pyoxigraph writes expanded JSON-LD with no @context at all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import quote

import pyoxigraph as ox

from kg.graph import serialize
from kg.schema import vocab
from kg.checks import suggestion
from kg.errors import ExportError, FormatError
from kg.files import atomic_write_with, names_a_folder
from kg.workspace import GRAPH_TURTLE, Workspace

if TYPE_CHECKING:
    from kg.graph.knowledge import KnowledgeGraph
    from kg.graph.view import GraphView

STDOUT = "-"
RDF, GRAPH, DIAGRAM, DECK = "rdf", "graph", "diagram", "deck"


@dataclass(frozen=True)
class Writer:
    """A registered format: `parts` maps a file part ("" for a single file) to "module:function"."""

    name: str
    extension: str
    kind: str
    description: str
    parts: dict[str, str]

    def function(self, part: str = "") -> Callable[[ExportData, BinaryIO], None]:
        module, _, name = self.parts[part].partition(":")
        return getattr(importlib.import_module(module), name)


_REGISTRY: dict[str, Writer] = {}


def register(name: str, extension: str, kind: str, description: str, target: str | dict[str, str]) -> None:
    """Add a format; `target` is "module:function", or {part: "module:function"} for several files."""
    parts = {"": target} if isinstance(target, str) else dict(target)
    _REGISTRY[name] = Writer(name, extension, kind, description, parts)


def formats(kind: str | None = None) -> list[str]:
    return [name for name, w in _REGISTRY.items() if kind is None or w.kind == kind]


def writer(name: str) -> Writer:
    """The writer of a format; FormatError listing the known formats if there is none."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise FormatError(f"no export format named '{name}'; {suggestion(name, formats(), 'formats')}") from None


register("turtle", "ttl", RDF, "Turtle: the union of the graphs, the file `kg build` writes", "kg.outputs.export:write_turtle")
register("ntriples", "nt", RDF, "N-Triples: the union of the graphs, one triple a line", "kg.outputs.export:write_ntriples")
register("nquads", "nq", RDF, "N-Quads: every statement in the named graph of its source line", "kg.outputs.export:write_nquads")
register("trig", "trig", RDF, "TriG: the graph with its provenance, as `kg build` writes aie.trig", "kg.outputs.export:write_trig")
register("jsonld", "jsonld", RDF, "JSON-LD, compacted with a @context of short keys", "kg.outputs.export:write_jsonld")
register("rdfxml", "rdf", RDF, "RDF/XML, for tools that read nothing else", "kg.outputs.export:write_rdfxml")
register("graphml", "graphml", GRAPH, "GraphML for yEd and Gephi (labels, classes, relations)", "kg.outputs.graphfiles:write_graphml")
register("gexf", "gexf", GRAPH, "GEXF for Gephi", "kg.outputs.graphfiles:write_gexf")
register("csv", "csv", GRAPH, "two CSV files, nodes and edges, for neo4j-admin import",
         {"nodes": "kg.outputs.graphfiles:write_csv_nodes", "edges": "kg.outputs.graphfiles:write_csv_edges"})
register("mermaid", "mmd", DIAGRAM, "a Mermaid flowchart (GitHub renders it in Markdown)", "kg.outputs.graphfiles:write_mermaid")
register("dot", "dot", DIAGRAM, "a Graphviz digraph", "kg.outputs.graphfiles:write_dot")
register("anki", "apkg", DECK, "an Anki deck: a note per concept, relation questions, a subdeck per topic", "kg.outputs.anki:write_anki")


@dataclass
class ExportData:
    """What writers read: the built graph's quads, its prefixes, and the property-graph view."""

    graph: KnowledgeGraph
    around: list[ox.NamedNode] | None = None
    depth: int = 1
    title: str = "aie"
    dataset: Path | None = None  # aie.trig, when the graph is local: parsing it beats scanning a store

    @cached_property
    def quads(self) -> list[ox.Quad]:
        """The dataset: every statement in its source line's graph, provenance in the default graph."""
        if self.dataset is not None:  # ~500k quads/s, where an on-disk store scans at ~130k/s
            return list(ox.parse(path=str(self.dataset), format=ox.RdfFormat.TRIG))
        return list(self.graph.store.quads_for_pattern(None, None, None, None))

    @cached_property
    def triples(self) -> set[ox.Triple]:
        """The union of the graphs without the provenance (the locations' descriptions, the collection's
        digest): the triples of `kg build`'s aie.ttl."""
        from kg.graph.digests import DIGEST

        locations = set(self._locations())
        return serialize.union(q for q in self.quads if not (isinstance(q.graph_name, ox.DefaultGraph)
                                                             and (q.subject in locations or q.predicate == DIGEST)))

    @cached_property
    def prefixes(self) -> dict[str, str]:
        """The prefixes `kg build` writes with: the notes' namespaces (from the base IRI) and the vocabularies'."""
        from kg.graph.namespaces import DEFAULT_BASE, Namespaces

        return (Namespaces.of(self.graph.store) or Namespaces(self._base() or DEFAULT_BASE)).prefixes()

    @cached_property
    def view(self) -> GraphView:
        from kg.graph.view import view_of

        return view_of(self.graph, around=self.around, depth=self.depth)

    def _locations(self) -> Iterable[ox.NamedNode | ox.BlankNode]:
        for quad in self.graph.store.quads_for_pattern(None, vocab.RDF_TYPE, vocab.term("SourceLocation"), ox.DefaultGraph()):
            yield quad.subject

    def _base(self) -> str | None:
        """The base IRI of the notes: a source location is <base>source/<file>#L<line>."""
        for location in sorted(self._locations(), key=str):
            file = self.graph.store.quads_for_pattern(location, vocab.term("file"), None, ox.DefaultGraph())
            line = self.graph.store.quads_for_pattern(location, vocab.term("line"), None, ox.DefaultGraph())
            for f, n in zip(file, line):
                tail = f"source/{quote(f.object.value)}#L{n.object.value}"
                if location.value.endswith(tail):
                    return location.value[: -len(tail)]
        return None


@dataclass
class ExportResult:
    format: str
    written: list[Path] = field(default_factory=list)  # empty when written to stdout

    def summary(self) -> str:
        return f"{self.format} -> {', '.join(str(p) for p in self.written)}"


def export(workspace: Workspace, fmt: str, output: str | None = None, *, around: list[str] | None = None,
           depth: int = 1, stdout: BinaryIO | None = None) -> ExportResult:
    """Write the workspace's built graph as `fmt` to `output` (a file, a folder, "-" for `stdout`,
    or None for exports/aie.<ext>). Each file is written atomically: a failure leaves the old one whole."""
    from kg.stores.backends import open_graph

    chosen = writer(fmt)
    if around and chosen.kind not in (GRAPH, DIAGRAM):
        raise FormatError(f"--around draws a neighbourhood; it applies to {', '.join(formats(GRAPH) + formats(DIAGRAM))}, not {fmt}")
    graph = open_graph(workspace)  # the backend the workspace uses: memory, the on-disk store, an endpoint
    local = workspace.dataset if not workspace.endpoint and workspace.dataset.is_file() else None
    data = ExportData(graph, [graph.resolve(name) for name in around] if around else None, depth, dataset=local)
    if output == STDOUT:
        if len(chosen.parts) > 1:
            raise ExportError(f"{fmt} writes {len(chosen.parts)} files ({', '.join(chosen.parts)}); give -o FOLDER or -o BASENAME, not -")
        if stdout is None:
            raise ExportError("no stdout to write to")
        chosen.function()(data, stdout)
        stdout.flush()
        return ExportResult(fmt)
    result = ExportResult(fmt)
    for part, path in output_paths(chosen, workspace, output).items():
        write = chosen.function(part)
        atomic_write_with(path, lambda out, write=write: write(data, out))  # type: ignore[misc]
        result.written.append(path)
    return result


def output_paths(chosen: Writer, workspace: Workspace, output: str | None) -> dict[str, Path]:
    """Where each part goes: exports/aie.<ext> by default; in a folder, aie.<ext> inside it;
    a multi-part format turns a base name `out` or `out.csv` into out.nodes.csv, out.edges.csv."""
    stem = Path(GRAPH_TURTLE).stem
    if output is None:
        base = workspace.exports / stem
    elif names_a_folder(output):
        base = Path(output) / stem
    elif len(chosen.parts) > 1 or Path(output).suffix.lower() == f".{chosen.extension}":
        base = Path(output).with_suffix("") if Path(output).suffix.lower() == f".{chosen.extension}" else Path(output)
    else:
        return {"": Path(output)}
    return {part: base.with_name(f"{base.name}{'.' + part if part else ''}.{chosen.extension}") for part in chosen.parts}


# ---------------------------------------------------------------- RDF writers (pyoxigraph)


def write_turtle(data: ExportData, out: BinaryIO) -> None:
    serialize.write(data.triples, out, ox.RdfFormat.TURTLE, data.prefixes)


def write_ntriples(data: ExportData, out: BinaryIO) -> None:
    serialize.write(data.triples, out, ox.RdfFormat.N_TRIPLES, data.prefixes)


def write_nquads(data: ExportData, out: BinaryIO) -> None:
    serialize.write(data.quads, out, ox.RdfFormat.N_QUADS, data.prefixes)


def write_trig(data: ExportData, out: BinaryIO) -> None:
    serialize.write(data.quads, out, ox.RdfFormat.TRIG, data.prefixes)


def write_rdfxml(data: ExportData, out: BinaryIO) -> None:
    write_rdfxml_triples(data.triples, out, data.prefixes)


def write_rdfxml_triples(triples: Iterable[ox.Triple], out: BinaryIO, prefixes: dict[str, str]) -> None:
    """RDF/XML, made safe for every XML parser: XML 1.0 cannot hold most control characters, so a
    literal with one is an error naming it; a carriage return, which XML parsers turn into a line
    feed, is written as a character reference."""
    triples = list(triples)
    for triple in triples:
        if isinstance(triple.object, ox.Literal) and any(_xml_illegal(ch) for ch in triple.object.value):
            raise ExportError(f"RDF/XML cannot hold the control characters in a literal of <{triple.subject}>; "
                              "use turtle, ntriples or jsonld")
    buffer = serialize_bytes(triples, ox.RdfFormat.RDF_XML, prefixes)
    out.write(buffer.replace(b"\r", b"&#13;"))


def serialize_bytes(items: Iterable[ox.Triple | ox.Quad], rdf_format: ox.RdfFormat, prefixes: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    serialize.write(items, buffer, rdf_format, prefixes)
    return buffer.getvalue()


def _xml_illegal(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n\r") or code in (0xFFFE, 0xFFFF)


# ---------------------------------------------------------------- JSON-LD


def write_jsonld(data: ExportData, out: BinaryIO) -> None:
    import json

    document = jsonld_document(data.triples, data.prefixes)
    out.write(json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    out.write(b"\n")


_XSD_STRING = vocab.XSD + "string"
_LANG_STRING = vocab.RDF + "langString"
_KEYWORD_ALIASES = {"id": "@id", "type": "@type"}


def jsonld_document(items: Iterable[ox.Triple | ox.Quad], prefixes: dict[str, str]) -> dict:
    """Compacted JSON-LD: "id", "type" and one short key per predicate ("prefLabel", "isA"), each
    coerced to what all its values are (IRIs, one language, one datatype) so that values stay
    plain strings; classes of the vocabulary are bare names through @vocab. Named graphs (quads)
    become {"id": graph, "@graph": [...]}. Lexical forms are kept as strings, never JSON numbers."""
    items = sorted(items, key=serialize.sort_key)
    iris = {t.value for i in items for t in (i.subject, i.predicate, i.object, getattr(i, "graph_name", None)) if isinstance(t, ox.NamedNode)}
    schemes = {iri.split(":", 1)[0] for iri in iris}
    # a prefix is usable only if it ends in a delimiter and no absolute IRI's scheme reads as it
    usable = {p: ns for p, ns in serialize.used_prefixes(items, prefixes).items() if ns[-1] in "/#" and p not in schemes and p not in _KEYWORD_ALIASES}
    context = _Context(usable)
    by_predicate: dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal]] = {}
    for item in items:
        by_predicate.setdefault(item.predicate.value, []).append(item.object)
    for predicate, values in by_predicate.items():
        context.define(predicate, values)
    graphs: dict[str, dict[str, dict]] = {}
    for item in items:
        graph = getattr(item, "graph_name", ox.DefaultGraph())
        key = "" if isinstance(graph, ox.DefaultGraph) else _node_id(graph, context)
        node = graphs.setdefault(key, {}).setdefault(_node_id(item.subject, context), {})
        name, value = context.entry(item.predicate.value, item.object)
        node.setdefault(name, []).append(value)
    default = graphs.pop("", {})
    for name, nodes in graphs.items():
        default.setdefault(name, {})["@graph"] = [_compact_node(i, n) for i, n in sorted(nodes.items())]
    return {"@context": context.document(), "@graph": [_compact_node(i, n) for i, n in sorted(default.items())]}


def _node_id(term: ox.NamedNode | ox.BlankNode, context: _Context) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else context.iri(term.value)


def _compact_node(node_id: str, properties: dict) -> dict:
    node: dict = {"id": node_id}
    for name in sorted(properties):
        values = properties[name]
        node[name] = values if name == "@graph" else values[0] if len(values) == 1 else values
    return node


class _Context:
    """The @context being built: prefixes, keyword aliases, and one term per predicate."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = prefixes
        self.terms: dict[str, dict[str, str] | str] = {}
        self.names: dict[str, str] = {}  # predicate IRI -> key
        self.coercion: dict[str, tuple[str, str]] = {}  # predicate IRI -> ("@type" | "@language", value)

    def iri(self, iri: str, *, vocab_relative: bool = False) -> str:
        """An IRI as short as the context allows: a bare class name, a compact IRI, or itself."""
        if vocab_relative and iri.startswith(vocab.VOCAB) and _simple(iri[len(vocab.VOCAB):]) and iri[len(vocab.VOCAB):] not in self.terms:
            return iri[len(vocab.VOCAB):]
        for prefix, namespace in sorted(self.prefixes.items(), key=lambda p: -len(p[1])):
            local = iri[len(namespace):]
            if iri.startswith(namespace) and local and not local.startswith("//"):
                return f"{prefix}:{local}"
        return iri

    def define(self, predicate: str, values: list) -> None:
        if predicate == vocab.RDF + "type" and all(isinstance(v, ox.NamedNode) for v in values):
            self.names[predicate] = "type"
            return
        local = predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        taken = set(self.terms) | set(self.prefixes) | set(_KEYWORD_ALIASES)
        name = local if _simple(local) and local not in taken else self.iri(predicate)
        definition: dict[str, str] = {"@id": self.iri(predicate)}
        if all(isinstance(v, (ox.NamedNode, ox.BlankNode)) for v in values):
            self.coercion[predicate] = ("@type", "@id")
        elif all(isinstance(v, ox.Literal) for v in values):
            languages = {v.language for v in values}
            datatypes = {v.datatype.value for v in values}
            if len(languages) == 1 and None not in languages:
                self.coercion[predicate] = ("@language", languages.pop())
            elif len(datatypes) == 1 and datatypes.isdisjoint({_XSD_STRING, _LANG_STRING}):
                self.coercion[predicate] = ("@type", self.iri(datatypes.pop()))
        if predicate in self.coercion:
            kind, value = self.coercion[predicate]
            definition[kind] = value
        self.names[predicate] = name
        self.terms[name] = definition if len(definition) > 1 or name != definition["@id"] else definition["@id"]

    def entry(self, predicate: str, obj: ox.NamedNode | ox.BlankNode | ox.Literal) -> tuple[str, object]:
        """The key and the JSON value of one statement's object."""
        name = self.names[predicate]
        if name == "type":
            return name, self.iri(obj.value, vocab_relative=True)
        coerced = self.coercion.get(predicate)
        if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
            reference = _node_id(obj, self)
            return name, reference if coerced == ("@type", "@id") else {"id": reference}
        if coerced is not None:
            return name, obj.value
        if obj.language:
            return name, {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value != _XSD_STRING:
            return name, {"@value": obj.value, "@type": self.iri(obj.datatype.value)}
        return name, obj.value

    def document(self) -> dict:
        context: dict[str, object] = {"@vocab": vocab.VOCAB, **_KEYWORD_ALIASES}
        context.update(sorted(self.prefixes.items()))
        context.update(sorted(self.terms.items()))
        return context


def _simple(name: str) -> bool:
    return bool(name) and name[0].isalpha() and all(ch.isalnum() or ch == "_" for ch in name) and name.isascii()
