"""A SPARQL 1.1 endpoint as the graph's store, read through the Query protocol (pushed by kg.push).

On the server a collection (the graphs of one workspace, under its collection base B, kg.settings;
its concepts keep the base all workspaces share) keeps the layout of the local dataset: every
statement in the named graph of its source line (<B>source/...#L12), and what the local default
graph holds (the description of each source graph, the concept scheme) in the named graph
<B>provenance, so that nothing is written to the server's default graph and a push touches nothing
but B's graphs. RemoteStore maps <B>provenance back to the default graph, so KnowledgeGraph reads a
server exactly as it reads a local store.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from kg import checks
from kg.stores.endpoint import Endpoint, EndpointAnswered, shown
from kg.errors import EndpointError
from kg.graph.knowledge import HIDDEN_LABEL, KnowledgeGraph
from kg.graph.namespaces import WORKSPACE
from kg.labels import _IRREGULAR  # irregular plurals share only a prefix with their singular
from kg.schema.vocab import ALT_LABEL, CONCEPT_SCHEME, PREF_LABEL, RDF_TYPE

ENV_BASE = "KG_BASE"  # which collection to read when a server holds several
ENV_UNION = "KG_ENDPOINT_UNION"  # how a query over the union of the collection's graphs is asked
UNION_MODES = ("graphs", "oxigraph", "server")
RESULTS_JSON = "application/sparql-results+json"
RDF_ANSWERS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}
PROVENANCE, SOURCE = "provenance", "source/"


# ---------------------------------------------------------------- reading


class RemoteStore:
    """The subset of pyoxigraph.Store that KnowledgeGraph and kg.query use, over a SPARQL endpoint.

    The store holds one collection of the server: the named graphs under <base>source/, and
    <base>provenance as the default graph. The base comes from KG_BASE or from the server: its one
    collection, or of several the one built in `workspace` (an id, kg.settings).
    """

    def __init__(self, endpoint: Endpoint, base: str | None = None, workspace: str | None = None) -> None:
        self.endpoint = endpoint
        self.union = checks.one_of(os.environ.get(ENV_UNION, "graphs"), UNION_MODES, "mode", ENV_UNION)  # before the server is asked
        given = os.environ.get(ENV_BASE)
        self.base = base or (checks.absolute_iri(given, ENV_BASE) if given else None) or self._discover_base(workspace)
        if base is None and os.environ.get(ENV_BASE):
            self._check_base()
        self.provenance = ox.NamedNode(self.base + PROVENANCE)
        self.prefix = self.base + SOURCE
        self._graphs: list[ox.NamedNode] | None = None

    def select(self, sparql: str, params: Iterable[tuple[str, str]] = ()) -> ox.QuerySolutions:
        """Run a query whose text we wrote; the answer as pyoxigraph query solutions."""
        url = self.endpoint.query_url
        body = urllib.parse.urlencode([("query", sparql), *params]).encode("utf-8")
        response = self.endpoint.post(url, body, "application/x-www-form-urlencoded", RESULTS_JSON)
        return self._solutions(url, self.endpoint.read(url, response))

    def _solutions(self, url: str, data: bytes) -> Any:
        try:
            return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError):
            raise EndpointError(f"SPARQL endpoint {shown(url)}: the answer is not SPARQL JSON results "
                                "(is this the URL of the query endpoint?)") from None

    def _discover_base(self, workspace: str | None) -> str:
        """The one collection on the server, or of several the one built in `workspace`."""
        query = (f"SELECT DISTINCT ?g ?scheme ?workspace WHERE {{ GRAPH ?g {{ ?scheme a {CONCEPT_SCHEME} "
                 f"OPTIONAL {{ ?scheme {WORKSPACE} ?workspace }} }} }}")
        found = {row["g"].value[: -len(PROVENANCE)]: row["workspace"].value if row["workspace"] else None
                 for row in self.select(query) if row["g"].value.endswith(PROVENANCE) and row["scheme"].value.endswith("scheme")}
        bases = sorted(found)
        ours = [base for base in bases if workspace is not None and found[base] == workspace]
        if not bases:
            raise EndpointError(f"SPARQL endpoint {self.endpoint.shown} holds no aie-kg collection; run `kg push` first")
        if len(ours) == 1:
            return ours[0]
        if len(bases) > 1:
            raise EndpointError(f"SPARQL endpoint {self.endpoint.shown} holds {len(bases)} collections, none of this "
                                f"workspace's ({', '.join(bases)}); set {ENV_BASE} to one of them")
        return bases[0]

    def _check_base(self) -> None:
        found = self.select(f"SELECT ?s WHERE {{ GRAPH {ox.NamedNode(self.base + PROVENANCE)} {{ ?s a {CONCEPT_SCHEME} }} }} LIMIT 1")
        if not list(found):
            raise EndpointError(f"SPARQL endpoint {self.endpoint.shown} holds no aie-kg collection under {self.base} "
                                f"({ENV_BASE}); run `kg push` first")

    def quads_for_pattern(self, subject: Any, predicate: Any, obj: Any, graph_name: Any = None) -> Iterator[ox.Quad]:
        """Like pyoxigraph.Store.quads_for_pattern; one round trip per call."""
        fixed = [(name, term) for name, term in (("s", subject), ("p", predicate), ("o", obj)) if term is not None]
        if any(isinstance(term, (ox.BlankNode, ox.Triple)) for _, term in fixed):
            return iter(())  # a server's blank node labels do not survive from one request to the next
        # Terms go in as serialized RDF terms (pyoxigraph's str() is N-Triples) in VALUES clauses.
        inner = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in fixed) + " ?s ?p ?o"
        if graph_name is None:
            where = (f"{{ GRAPH ?g {{ {inner} }} FILTER(STRSTARTS(STR(?g), {ox.Literal(self.prefix)})) }} "
                     f"UNION {{ GRAPH {self.provenance} {{ {inner} }} }}")
        elif isinstance(graph_name, ox.DefaultGraph):
            where = f"GRAPH {self.provenance} {{ {inner} }}"
        elif isinstance(graph_name, ox.NamedNode) and graph_name.value.startswith(self.prefix):
            where = f"VALUES ?g {{ {graph_name} }} GRAPH ?g {{ {inner} }}"
        else:
            return iter(())
        rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}")
        default = ox.DefaultGraph()
        return iter([ox.Quad(row["s"], row["p"], row["o"], row["g"] or default) for row in rows])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        if self._graphs is None:
            self._graphs = collection_graphs(self, self.prefix)
        return iter(self._graphs)

    def query(self, query: str, *, substitutions: Mapping[ox.Variable, Any] | None = None,
              use_default_graph_as_union: bool = False, base_iri: str | None = None,
              prefixes: Mapping[str, str] | None = None) -> Any:
        """Like pyoxigraph.Store.query. Substitutions become a trailing VALUES clause; a SPARQL
        syntax error is a SyntaxError, as pyoxigraph raises it."""
        prologue = _prologue(base_iri, prefixes)
        text = prologue + query
        if substitutions:
            names = " ".join(str(variable) for variable in substitutions)
            values = " ".join(str(term) for term in substitutions.values())
            text += f"\nVALUES ({names}) {{ ({values}) }}"
        params = [("query", text), *self._dataset(use_default_graph_as_union)]
        url = self.endpoint.query_url
        body = urllib.parse.urlencode(params).encode("utf-8")
        accept = f"{RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"
        try:
            response = self.endpoint.post(url, body, "application/x-www-form-urlencoded", accept)
        except EndpointAnswered as error:
            if error.status != 400:
                raise
            detail = error.detail or str(error)
            if prologue:  # the prefixes we declared took the first line (Oxigraph says "error at LINE:COLUMN")
                detail = re.sub(r"error at (\d+):", lambda m: f"error at {max(1, int(m[1]) - 1)}:", detail)
            raise SyntaxError(detail) from None
        content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        data = self.endpoint.read(url, response)
        if content_type in RDF_ANSWERS:
            return iter(list(ox.parse(data, format=RDF_ANSWERS[content_type])))
        return self._solutions(url, data)

    def _dataset(self, union: bool) -> list[tuple[str, str]]:
        """The protocol's dataset parameters that make the server's dataset look like the local one."""
        if union and self.union == "server":
            return []
        if union and self.union == "oxigraph":
            return [("union-default-graph", "")]
        graphs = [g.value for g in self.named_graphs()]
        default = [self.provenance.value, *graphs] if union else [self.provenance.value]
        named = graphs if self.union == "graphs" else []
        return [("default-graph-uri", g) for g in default] + [("named-graph-uri", g) for g in named]


def _prologue(base_iri: str | None, prefixes: Mapping[str, str] | None) -> str:
    """BASE and PREFIX declarations, on one line of their own: the query's lines are one further down."""
    parts = [f"BASE {ox.NamedNode(base_iri)}"] if base_iri else []
    for name, iri in (prefixes or {}).items():
        if not re.fullmatch(r"[A-Za-z][\w.-]*|", name):
            raise ValueError(f"not a SPARQL prefix name: {name!r}")
        parts.append(f"PREFIX {name}: {ox.NamedNode(iri)}")
    return " ".join(parts) + "\n" if parts else ""


def collection_graphs(store: RemoteStore, prefix: str) -> list[ox.NamedNode]:
    """The server's named graphs under `prefix`, empty ones included."""
    query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}"
    return sorted((row["g"] for row in store.select(query) if isinstance(row["g"], ox.NamedNode)), key=lambda g: g.value)


class RemoteNames(Mapping[str, list[tuple[int, ox.NamedNode]]]):
    """resolve()'s label index for a server, one lookup key at a time: the labels that may fold to
    the key are fetched (a CONTAINS filter on one of its words, which every such label holds), and
    the ranking is KnowledgeGraph's own, run on them. Iterating it (suggestions after a miss) fetches
    every label once. Building the whole index up front would cost ~10 s at 100k concepts."""

    def __init__(self, store: RemoteStore) -> None:
        self.store = store
        self._found: dict[str, list[tuple[int, ox.NamedNode]]] = {}
        self._all: Mapping[str, list[tuple[int, ox.NamedNode]]] | None = None

    def __getitem__(self, lookup: str) -> list[tuple[int, ox.NamedNode]]:
        if self._all is not None:
            return self._all[lookup]
        if lookup not in self._found:
            self._found[lookup] = self._fetch(lookup)
        if not self._found[lookup]:
            raise KeyError(lookup)
        return self._found[lookup]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index())

    def __len__(self) -> int:
        return len(self._index())

    def _index(self) -> Mapping[str, list[tuple[int, ox.NamedNode]]]:
        if self._all is None:
            self._all = KnowledgeGraph(self.store).name_index()
        return self._all

    def _fetch(self, lookup: str) -> list[tuple[int, ox.NamedNode]]:
        source = ox.Literal(self.store.prefix)
        # One branch per predicate: Oxigraph plans `VALUES ?p {...}` over a variable graph badly.
        branches = " UNION ".join(f"{{ GRAPH ?g {{ ?c {p} ?l }} BIND({p} AS ?p) }}" for p in (PREF_LABEL, ALT_LABEL, HIDDEN_LABEL))
        # An apostrophe can vanish inside a folded word (O'Reilly -> oreilly): such labels always come.
        labels = self.store.select(f"""SELECT ?c ?p ?l ?g WHERE {{ {branches}
            FILTER(STRSTARTS(STR(?g), {source}))
            FILTER(CONTAINS(LCASE(STR(?l)), {ox.Literal(_stem(lookup))}) || CONTAINS(STR(?l), "'") || CONTAINS(STR(?l), "\u2019")) }}""")
        found = ox.Store()
        found.extend(ox.Quad(row["c"], row["p"], row["l"], row["g"]) for row in labels)
        concepts = {q.subject for q in found.quads_for_pattern(None, None, None, None)}
        if concepts:
            values = " ".join(str(c) for c in concepts)
            types = self.store.select(f"SELECT ?c ?t ?g WHERE {{ VALUES ?c {{ {values} }} GRAPH ?g {{ ?c a ?t }} "
                                      f"FILTER(STRSTARTS(STR(?g), {source})) }}")
            found.extend(ox.Quad(row["c"], RDF_TYPE, row["t"], row["g"]) for row in types)
        return KnowledgeGraph(found).name_index().get(lookup, [])


def _stem(lookup: str) -> str:
    """A part of a folded lookup key that every label folding (or singularising) to it contains, in
    lower case: a word other than the head in full, or the head without what a plural changes."""
    words = lookup.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w in {"of", "for", "in", "on"} and i > 0), len(words) - 1)
    word = words[head]
    plurals = [plural for plural, single in _IRREGULAR.items() if single == word]
    if plurals:
        word = os.path.commonprefix([word, *plurals])
    elif word.endswith("y"):
        word = word[:-1]  # policy <- policies
    return max([w for i, w in enumerate(words) if i != head] + [word], key=len)
