"""SPARQL 1.1 queries over the built graph (pyoxigraph's engine), with the vocabulary's prefixes
predeclared. The named graphs (one per source line) are queried as one default graph.

Results keep to the standards: SELECT and ASK as SPARQL 1.1 Query Results JSON (tables and CSV are
read from it), CONSTRUCT and DESCRIBE as Turtle.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.graph import serialize
from kg.schema import vocab
from kg.errors import QueryError
from kg.graph.knowledge import KnowledgeGraph
from kg.graph.namespaces import Namespaces

_WHERE = re.compile(r"error at (\d+):(\d+):\s*")
_UPDATE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


@dataclass
class Answer:
    """What a query gave: `kind` is select, ask or graph; `results` the SPARQL JSON of select/ask."""

    kind: str
    results: dict = field(default_factory=dict)
    turtle: str = ""

    @property
    def empty(self) -> bool:
        if self.kind == "select":
            return not self.results["results"]["bindings"]
        if self.kind == "ask":
            return not self.results["boolean"]
        return not self.turtle.strip()


def prefixes(graph: KnowledgeGraph) -> dict[str, str]:
    """The vocabulary's prefixes and, from the graph's concept scheme, aie:, topic: and src:, as
    `kg build` wrote them (a test holds them equal)."""
    names = Namespaces.of(graph.store)
    return names.prefixes() if names else dict(vocab.PREFIXES)


def run(graph: KnowledgeGraph, text: str) -> Answer:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; QueryError for a syntax error, with its line and column."""
    declared = prefixes(graph)
    # pyoxigraph places an error where parsing stopped: after a trailing newline, on a line past the text
    text = text.rstrip()
    try:
        results = graph.store.query(text, prefixes=declared, use_default_graph_as_union=True)
    except SyntaxError as error:
        if _UPDATE.match(text):
            raise QueryError("kg sparql only reads the graph: SPARQL Update (INSERT, DELETE, DROP ...) is refused") from None
        raise QueryError(_syntax_message(str(error), text)) from None
    except OSError as error:
        raise QueryError(f"the query failed: {error}") from None
    if isinstance(results, (ox.QuerySolutions, ox.QueryBoolean)):
        kind = "ask" if isinstance(results, ox.QueryBoolean) else "select"
        return Answer(kind, results=json.loads(results.serialize(format=ox.QueryResultsFormat.JSON)))
    # CONSTRUCT or DESCRIBE: triples from pyoxigraph, quads in the default graph from an endpoint
    triples = [t if isinstance(t, ox.Triple) else ox.Triple(t.subject, t.predicate, t.object) for t in results]
    out = io.BytesIO()
    serialize.write(triples, out, ox.RdfFormat.TURTLE, declared)
    return Answer("graph", turtle=out.getvalue().decode("utf-8"))


def _syntax_message(raw: str, query: str) -> str:
    """pyoxigraph's "error at 4:17: expected one of ..." as one line that says where."""
    text = " ".join(raw.split())
    where = _WHERE.search(text)
    if where:
        line, column = int(where[1]), int(where[2])
        detail = text[where.end():]
        if "Prefix not found" in detail:
            before = query.splitlines()[line - 1][: column - 1] if line <= len(query.splitlines()) else ""
            name = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
            detail = f"unknown prefix '{name[1] or '' if name else ''}:'"
        text = f"line {line}, column {column}: {detail}"
    if len(text) > 160:
        text = text[:157] + "..."
    return f"SPARQL syntax error at {text}"


def rows(answer: Answer, compact: dict[str, str] | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Columns and rows of a SELECT or ASK answer; IRIs shortened with `compact` prefixes, if given."""
    if answer.kind == "ask":
        return ["boolean"], [{"boolean": "true" if answer.results["boolean"] else "false"}]
    columns = answer.results["head"]["vars"]
    found = []
    for binding in answer.results["results"]["bindings"]:
        found.append({name: _cell(term, compact) for name, term in binding.items()})
    return columns, found


def _cell(term: dict, compact: dict[str, str] | None) -> str:
    kind, value = term["type"], term["value"]
    if kind == "uri":
        for name, namespace in (compact or {}).items():
            local = value.removeprefix(namespace)
            if local != value and re.fullmatch(r"[\w.-]*", local):
                return f"{name}:{local}"
        return value if compact is None else f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    if kind == "triple":
        return "<< " + " ".join(_cell(value[k], compact) for k in ("subject", "predicate", "object")) + " >>"
    return value
