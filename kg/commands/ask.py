"""Asking the built graph: `kg show`, `kg query`, `kg path`, `kg search`, `kg sparql`, `kg stats`."""

from __future__ import annotations

import os
from typing import Any

import click

from kg.commands.common import (ROW_FORMATS, Command, asserted_option, command, echo_json, emit, input_file_option,
                               limit_option, output_options, pass_workspace, relations_option)
from kg.workspace import Workspace


QUERY_EPILOG = (
    "\b\nNames match labels and aliases in any case, singular or plural, with or\n"
    "without possessive (MoE, \"mixture of experts\", RNNs).\n"
    "Exit codes: 0 found; 1 error or nothing found (an unknown or ambiguous name\n"
    "lists the closest labels); 2 usage error."
)
ROWS_EPILOG = "\b\nExit codes: 0 found; 1 error or nothing found; 2 usage error."


@command(epilog=QUERY_EPILOG)
@click.argument("term")
@asserted_option("Only relations the sources state; no inference.")
@output_options
@pass_workspace
def show(workspace: Workspace, term: str, asserted: bool, fmt: str) -> None:
    """Everything about one concept: labels, class, definition, and its relations out and in,
    each with its source (file:line) or, for an inferred one, the rule that gave it.

    Incoming relations that have an inverse are shown outgoing under the inverse's name
    (inferred, "inverse of partOf"); the others show as <-usedFor and the like.

    \b
    Examples:
      kg show "mixture of experts"
      kg show MoE --format json
    \b
    JSON: {"iri", "label", "class", "aliases": [], "hidden_labels": [],
      "definition", "see_also": [], "topics": [], "sources": ["file:line"],
      "relations": [{"direction": "out"|"in", "relation", "concept",
      "concept_iri", "stated": bool, "how": "stated"|"structural"|"weak"|
      "inferred", "reading": [rule], "rule": str|null, "sources": [...]}]}
    CSV: one row per relation, with a header.
    """
    from kg.query import cards
    from kg.graph import description

    found = None if asserted else cards.lookup(workspace, term)  # what `kg build` saved, when it can say
    if found is None:
        from kg import load
        from kg.query import patterns as query

        found = query.describe(load(workspace), term, inferred=not asserted)
    if fmt == "json":
        echo_json(found.as_json())
        return
    if fmt == "table":
        click.echo(description.card(found))
        if not found.relations:
            click.echo("(no relations)")
            return
    emit(found.table_rows() if fmt == "table" else found.relations, description.DESCRIBE_COLUMNS[fmt], fmt)


@command("query", epilog=QUERY_EPILOG)
@click.argument("subject")
@click.argument("relation")
@click.argument("obj", metavar="OBJECT")
@asserted_option()
@output_options
@pass_workspace
def query_command(workspace: Workspace, subject: str, relation: str, obj: str, asserted: bool, fmt: str) -> None:
    """Relations matching a triple pattern; `?` is a wildcard in any place (quote it for the shell).

    Inference is on: transitive, inverse and symmetric relations as the vocabulary declares
    them. Each row says whether it was stated (with its source) or inferred (with the rule).

    \b
    Examples:
      kg query transformer contains '?'
      kg query '?' isA "sparse model"
      kg query MoE '?' '?' --format json
      kg query transformer contains '?' --asserted
    \b
    JSON: [{"subject", "relation", "object", "stated": bool, "how", "reading":
      [rule], "rule": str|null, "sources": ["file:line"], "subject_iri", "object_iri"}]
    "how" is the surest tier of the reading (stated, structural, weak) or
    "inferred"; "reading" names the ingester's rules (table-row, phrase, ...).
    """
    from kg.query import answers, terms

    rows = None if asserted else answers.facts(workspace, subject, relation, obj)  # what `kg build` saved, when it can say
    if rows is None:
        from kg import load
        from kg.query import patterns as query

        graph = load(workspace)
        rows = [query.fact_row(graph, f) for f in query.pattern(graph, subject, relation, obj, inferred=not asserted)]
    emit(rows, terms.fact_columns(fmt, subject, relation, obj), fmt)


@command(epilog=QUERY_EPILOG)
@click.argument("start")
@click.argument("end")
@click.option("--max-length", "-n", default=6, show_default=True, type=click.IntRange(1, 100), help="Longest chain to look for.")
@relations_option("Walk only these relations (and their inverses); repeat, or separate with commas.")
@limit_option("Most paths to print.")
@output_options
@pass_workspace
def path(workspace: Workspace, start: str, end: str, max_length: int, relations: tuple[str, ...], limit: int, fmt: str) -> None:
    """The shortest chains of relations between two concepts.

    Edges are walked both ways; each hop is printed in its real direction: `-isA->` along
    a stated edge, against one the inverse's name (`-contains->` for a stated partOf) or,
    for a relation with no inverse, `<-usedFor-`. Below each path, every hop as stated,
    with its source.

    \b
    Examples:
      kg path MoE "dense model"
      kg path transformer "attention module" --rel contains
      kg path AlphaFold PyTorch --max-length 4 --format json
    \b
    JSON: [{"length", "path", "hops": [{"from", "arrow", "to", "stated_as",
      "sources": ["file:line"], "from_iri", "to_iri"}]}]
    """
    from kg.query import answers, walks

    rows = answers.paths(workspace, start, end, max_length=max_length, relations=list(relations) or None, limit=limit)
    if rows is None:  # the cards cannot say: the graph answers
        from kg import load
        from kg.query import paths

        graph = load(workspace)
        rows = [paths.path_row(graph, hops) for hops in paths.paths(graph, start, end, max_length=max_length,
                                                                      relations=list(relations) or None, limit=limit)]
    if fmt == "table":
        click.echo("\n".join(walks.path_lines(row) for row in rows), nl=False)
        return
    for row in rows:
        row["stated"] = [f"{hop['stated_as']} ({', '.join(hop['sources'])})" for hop in row["hops"]]
    emit(rows, ["length", "path", "hops"] if fmt == "json" else ["length", "path", "stated"], fmt)


@command(epilog=ROWS_EPILOG)
@click.argument("text", nargs=-1, required=True)
@limit_option("Most matches to print.")
@click.option("--no-definitions", is_flag=True, help="Match labels and aliases only.")
@output_options
@pass_workspace
def search(workspace: Workspace, text: tuple[str, ...], limit: int, no_definitions: bool, fmt: str) -> None:
    """Concepts whose labels, aliases, misspellings or definitions match TEXT, best first.

    Typos are forgiven (one per short word, two from eight letters).

    \b
    Examples:
      kg search autogregresive
      kg search attention --limit 5 --format csv
    \b
    JSON: [{"label", "class", "score": 0..1, "field": "label"|"alias"|
      "hidden label"|"definition", "text", "iri"}]
    """
    from kg.query import search_index
    from kg.errors import NothingFound

    wanted = " ".join(text)
    rows = search_index.search(workspace, wanted, limit=limit, definitions=not no_definitions)
    if rows is None:  # no index of this aie.trig: search the graph
        from kg import load
        from kg.query import search as fuzzy

        graph = load(workspace)
        rows = [fuzzy.hit_row(graph, h) for h in fuzzy.search(graph, wanted, limit=limit, definitions=not no_definitions)]
    if not rows:
        raise NothingFound(f"nothing matches '{wanted}'")
    emit(rows, ["label", "class", "score", "matched"] if fmt == "table" else ["label", "class", "score", "field", "text", "iri"], fmt)


class SparqlCommand(Command):
    """`kg sparql`, which reads `-f FILE` as scripts wrote it before -f was the rows' format in every
    command: a value that names no format but a file (an existing one, - for stdin, or a name with a
    dot or a slash, which a missing file's error then names) is taken as --file, with a note."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args = list(args)
        for i in range(len(args) - 1):
            if args[i] == "--":
                break
            value = args[i + 1]
            if args[i] == "-f" and value.lower() not in ROW_FORMATS and _a_file(value):
                args[i] = "--file"
                click.echo("note: kg sparql -f FILE is now --file FILE (or -i FILE); -f is the rows' format", err=True)
        return super().parse_args(ctx, args)


def _a_file(value: str) -> bool:
    return value == "-" or os.path.isfile(value) or any(mark in value for mark in "./" + os.sep)


@command(cls=SparqlCommand,
               epilog="\b\nExit codes: 0 found (ASK: true); 1 error, nothing found or ASK false;\n2 usage error.")
@click.argument("query_text", metavar="QUERY", required=False)
@input_file_option("Read the query from a file (- for stdin).")
@output_options
@pass_workspace
def sparql(workspace: Workspace, query_text: str | None, input_file: Any, fmt: str) -> None:
    """Run a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query.

    The prefixes kg:, aie: (concepts), topic:, src:, skos:, rdfs:, rdf:, owl:, xsd:, schema:,
    dcterms: and prov: are declared; the named graphs (one per source line) are queried as one.

    \b
    Examples:
      kg sparql 'SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind }'
      kg sparql 'ASK { aie:seq2seq kg:uses aie:rnn }'
      kg sparql --file query.rq --format json
    \b
    SELECT/ASK JSON: the SPARQL 1.1 Query Results JSON Format. CSV: one column per
    variable, full IRIs. CONSTRUCT and DESCRIBE print Turtle whatever the format.
    """
    from kg import load
    from kg.query import sparql as engine
    from kg.errors import NothingFound

    if (query_text is None) == (input_file is None):
        raise click.UsageError("give a QUERY or --file" + (", not both" if query_text is not None else ""))
    graph = load(workspace)
    answer = engine.run(graph, query_text if input_file is None else input_file.read())
    if answer.kind == "graph":
        if answer.empty:
            raise NothingFound("the query built an empty graph")
        click.echo(answer.turtle, nl=False)
        return
    if answer.kind == "select" and answer.empty:
        raise NothingFound("the query matched nothing")
    if fmt == "json":
        echo_json(answer.results)
    else:
        columns, rows = engine.rows(answer, graph.prefixes() if fmt == "table" else None)
        emit(rows, columns, fmt)
    if answer.kind == "ask" and answer.empty:
        click.get_current_context().exit(1)


@command(epilog="\b\nExit codes: 0 success; 1 error (no built graph); 2 usage error.")
@output_options
@pass_workspace
def stats(workspace: Workspace, fmt: str) -> None:
    """Counts by class, relation (stated, and inferred on top) and source file; the concepts
    with no relation and those with no definition. A statement read in several places counts
    once (in each of its files under "file"), as in `kg build` and the page.

    \b
    Example:
      kg stats
    \b
    JSON: {"concepts", "topics", "statements", "classes": {name: n},
      "relations": {name: {"stated": n, "inferred": n}}, "files": {file: n},
      "without_relations": [label], "without_definition": [label]}
    Table and CSV: rows of section, name, count, inferred.
    """
    from kg.query import saved
    from kg.query.stats import stats as count, stats_rows

    found = saved.saved_stats(workspace)  # what `kg build` counted, when it is of this aie.trig
    if found is None:
        from kg import load

        found = count(load(workspace))
    if fmt == "json":
        echo_json(found)
    else:
        emit(stats_rows(found), ["section", "name", "count", "inferred"], fmt)
