"""The `kg` command line: each command parses its options, calls one function of the kg package,
and renders what comes back. Errors are kg.KGError, printed as one line; see EXIT CODES below."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from kg import __version__
from kg.errors import KGError
from kg.workspace import Workspace

EPILOG = "Exit codes: 0 success, 1 error or nothing found, 2 usage error."


class KGGroup(click.Group):
    """Runs a command and turns a KGError into `Error: ...` and its exit code, with no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except BrokenPipeError:  # `kg query ... | head`
            sys.stderr.close()
            sys.exit(0)


pass_workspace = click.make_pass_decorator(Workspace)  # the group always sets it


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--format table|json|csv, shared by every command that returns rows."""
    return click.option("--format", "-F", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="How rows are written to stdout.")(command)


def emit(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    """Rows to stdout in the chosen format."""
    import io

    from kg.render import render

    out = io.StringIO()
    render(rows, columns, fmt, out)
    click.echo(out.getvalue(), nl=False)


@click.group(cls=KGGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--data", "data", default="data", show_default=True, envvar="KG_DATA", type=click.Path(),
              help="The workspace's data folder: notes/*.md and curated *.ttl.")
@click.option("--exports", "exports", default="exports", show_default=True, envvar="KG_EXPORTS", type=click.Path(),
              help="Where the built graph is written and read.")
@click.option("--store", "store", type=click.Choice(["auto", "memory", "oxigraph"]), default="auto", show_default=True,
              envvar="KG_STORE", help="Backend: parse aie.trig into memory, or an on-disk Oxigraph store in the "
              "exports folder (written by `kg build`, reopened by every command); auto picks by size.")
@click.option("--endpoint", "endpoint", default=None, envvar="KG_ENDPOINT", metavar="URL",
              help="Read from this SPARQL 1.1 endpoint instead (and `kg build` pushes to it). Credentials "
              "come from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN, never from the URL.")
@click.pass_context
def cli(ctx: click.Context, data: str, exports: str, store: str, endpoint: str | None) -> None:
    """Turn Markdown notes on AI engineering into a knowledge graph, then query, draw and export it.

    \b
    Example:
      kg build && kg show "mixture of experts"
    """
    ctx.obj = Workspace.at(data, exports, store=store, endpoint=endpoint)


@cli.command(epilog=EPILOG)
@click.option("--base", default=None, help="Base IRI of the concepts (default https://w3id.org/aie-kg/aie/).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@pass_workspace
def build(workspace: Workspace, base: str | None, no_page: bool) -> None:
    """Read data/notes/*.md and data/*.ttl; write exports/aie.ttl, aie.trig and graph.html.

    \b
    Example:
      kg build
      kg --data my-notes --exports out build
    """
    from kg.builder import build as run
    from kg.assemble import DEFAULT_BASE

    result = run(workspace, base=base or DEFAULT_BASE, page=not no_page)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.summary())
    if workspace.endpoint:  # the graph lives on a server: bring it up to date there too
        _push(workspace, workspace.endpoint, None)


@cli.command(epilog=EPILOG)
@pass_workspace
def init(workspace: Workspace) -> None:
    """Start a workspace: data/notes/notes.md with an example of each form the ingester reads,
    and data/curated.ttl for statements the notes do not spell out.

    \b
    Example:
      mkdir my-notes && cd my-notes && kg init && kg build
    """
    from kg.starter import init as start

    for path in start(workspace):
        click.echo(f"wrote {path}")


# ---------------------------------------------------------------- asking the graph (kg.query)

QUERY_EPILOG = (
    "\b\nNames match labels and aliases in any case, singular or plural, with or\n"
    "without possessive (MoE, \"mixture of experts\", RNNs).\n"
    "Exit codes: 0 found; 1 error or nothing found (an unknown or ambiguous name\n"
    "lists the closest labels); 2 usage error."
)
ROWS_EPILOG = "\b\nExit codes: 0 found; 1 error or nothing found; 2 usage error."


def _echo_json(value: Any) -> None:
    import json

    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


@cli.command(epilog=QUERY_EPILOG)
@click.argument("term")
@click.option("--asserted", is_flag=True, help="Only relations the sources state; no inference.")
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
      "concept_iri", "stated": bool, "rule": str|null, "sources": [...]}]}
    CSV: one row per relation, with a header.
    """
    from kg import cards, description

    found = None if asserted else cards.lookup(workspace, term)  # what `kg build` saved, when it can say
    if found is None:
        from kg import load, query

        found = query.describe(load(workspace), term, inferred=not asserted)
    if fmt == "json":
        _echo_json(found.as_json())
        return
    if fmt == "table":
        click.echo(description.card(found))
        if not found.relations:
            click.echo("(no relations)")
            return
    emit(found.table_rows() if fmt == "table" else found.relations, description.DESCRIBE_COLUMNS[fmt], fmt)


@cli.command("query", epilog=QUERY_EPILOG)
@click.argument("subject")
@click.argument("relation")
@click.argument("obj", metavar="OBJECT")
@click.option("--asserted", is_flag=True, help="Only what the sources state; no inference.")
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
    JSON: [{"subject", "relation", "object", "stated": bool, "rule": str|null,
      "sources": ["file:line"], "subject_iri", "object_iri"}]
    """
    from kg import load, query

    graph = load(workspace)
    facts = query.pattern(graph, subject, relation, obj, inferred=not asserted)
    emit([query.fact_row(graph, f) for f in facts], query.fact_columns(fmt, subject, relation, obj), fmt)


@cli.command(epilog=QUERY_EPILOG)
@click.argument("start")
@click.argument("end")
@click.option("--max-length", "-n", default=6, show_default=True, type=click.IntRange(1, 100), help="Longest chain to look for.")
@click.option("--rel", "relations", multiple=True, metavar="RELATION",
              help="Walk only these relations (and their inverses); repeat, or separate with commas.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1), help="Most paths to print.")
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
    from kg import load, paths

    graph = load(workspace)
    names = [r.strip() for given in relations for r in given.split(",") if r.strip()]
    rows = [paths.path_row(graph, hops) for hops in paths.paths(graph, start, end, max_length=max_length,
                                                                  relations=names or None, limit=limit)]
    if fmt == "table":
        click.echo("\n".join(paths.path_lines(row) for row in rows), nl=False)
        return
    for row in rows:
        row["stated"] = [f"{hop['stated_as']} ({', '.join(hop['sources'])})" for hop in row["hops"]]
    emit(rows, ["length", "path", "hops"] if fmt == "json" else ["length", "path", "stated"], fmt)


@cli.command(epilog=ROWS_EPILOG)
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1), help="Most matches to print.")
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
    from kg import load, search as fuzzy
    from kg.errors import NothingFound

    graph = load(workspace)
    wanted = " ".join(text)
    hits = fuzzy.search(graph, wanted, limit=limit, definitions=not no_definitions)
    if not hits:
        raise NothingFound(f"nothing matches '{wanted}'")
    rows = [fuzzy.hit_row(graph, h) for h in hits]
    emit(rows, ["label", "class", "score", "matched"] if fmt == "table" else ["label", "class", "score", "field", "text", "iri"], fmt)


@cli.command(epilog="\b\nExit codes: 0 found (ASK: true); 1 error, nothing found or ASK false;\n2 usage error.")
@click.argument("query_text", metavar="QUERY", required=False)
@click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file (- for stdin).")
@output_options
@pass_workspace
def sparql(workspace: Workspace, query_text: str | None, query_file: Any, fmt: str) -> None:
    """Run a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query.

    The prefixes kg:, aie: (concepts), topic:, src:, skos:, rdfs:, rdf:, owl:, xsd:, schema:,
    dcterms: and prov: are declared; the named graphs (one per source line) are queried as one.

    \b
    Examples:
      kg sparql 'SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind }'
      kg sparql 'ASK { aie:seq2seq kg:uses aie:rnn }'
      kg sparql -f query.rq --format json
    \b
    SELECT/ASK JSON: the SPARQL 1.1 Query Results JSON Format. CSV: one column per
    variable, full IRIs. CONSTRUCT and DESCRIBE print Turtle whatever the format.
    """
    from kg import load, sparql as engine
    from kg.errors import NothingFound

    if (query_text is None) == (query_file is None):
        raise click.UsageError("give a QUERY or --file" + (", not both" if query_text is not None else ""))
    graph = load(workspace)
    answer = engine.run(graph, query_text if query_file is None else query_file.read())
    if answer.kind == "graph":
        if answer.empty:
            raise NothingFound("the query built an empty graph")
        click.echo(answer.turtle, nl=False)
        return
    if answer.kind == "select" and answer.empty:
        raise NothingFound("the query matched nothing")
    if fmt == "json":
        _echo_json(answer.results)
    else:
        columns, rows = engine.rows(answer, engine.prefixes(graph) if fmt == "table" else None)
        emit(rows, columns, fmt)
    if answer.kind == "ask" and answer.empty:
        click.get_current_context().exit(1)


@cli.command(epilog="\b\nExit codes: 0 success; 1 error (no built graph); 2 usage error.")
@output_options
@pass_workspace
def stats(workspace: Workspace, fmt: str) -> None:
    """Counts by class, relation (stated, and inferred on top) and source file; the concepts
    with no relation and those with no definition.

    \b
    Example:
      kg stats
    \b
    JSON: {"concepts", "topics", "statements", "classes": {name: n},
      "relations": {name: {"stated": n, "inferred": n}}, "files": {file: n},
      "without_relations": [label], "without_definition": [label]}
    Table and CSV: rows of section, name, count, inferred.
    """
    from kg import load, query

    found = query.stats(load(workspace))
    if fmt == "json":
        _echo_json(found)
    else:
        emit(query.stats_rows(found), ["section", "name", "count", "inferred"], fmt)


# ---------------------------------------------------------------- export, import, links, validate


class LazyChoice(click.Choice):
    """A click.Choice whose choices come from a function, called only when this option is used
    or its help shown: `kg --help` does not import the writers' registry."""

    def __init__(self, load: Callable[[], list[str]]) -> None:
        self._load = load
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        return tuple(self._load())

    @choices.setter
    def choices(self, _value: Any) -> None:
        pass


def _export_formats() -> list[str]:
    from kg.export import formats

    return formats()


def _import_formats() -> list[str]:
    from kg.importer import FORMATS

    return list(FORMATS)


@cli.command("export", epilog="Exit codes: 0 written, 1 error (no built graph, an unwritable path: an older file "
             "is left whole), 2 usage error (an unknown format: the known ones are listed).")
@click.option("--format", "-f", "fmt", type=LazyChoice(_export_formats), default="turtle", show_default=True,
              help="The format to write (see the list above).")
@click.option("--output", "-o", default=None, metavar="FILE|DIR|-",
              help="Where to write: a file, a folder (aie.<ext> inside), or - for stdout. Default: exports/aie.<ext>.")
@click.option("--around", multiple=True, metavar="TERM",
              help="Graph and diagram formats: only the concepts within --depth relations of TERM (repeatable).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 50), help="How far --around reaches.")
@pass_workspace
def export(workspace: Workspace, fmt: str, output: str | None, around: tuple[str, ...], depth: int) -> None:
    """Write the built graph in a format other tools read. Writes are atomic.

    \b
    RDF (all concepts and relations):
      turtle    aie.ttl, the union of the graphs, exactly as `kg build` writes it
      ntriples  aie.nt, the union of the graphs
      nquads    aie.nq, with provenance: each statement in the named graph of its source line
      trig      aie.trig, with provenance, as `kg build` writes it
      jsonld    aie.jsonld, compacted with a @context of short keys (prefLabel, isA, ...)
      rdfxml    aie.rdf
    Graphs (nodes are concepts, edges relations; --around narrows them):
      graphml   aie.graphml for yEd and Gephi: label, class, definition, ... and yEd graphics
      gexf      aie.gexf for Gephi
      csv       aie.nodes.csv and aie.edges.csv for neo4j-admin import (id:ID, :LABEL,
                :START_ID, :END_ID, :TYPE; arrays split on ';'; use --multiline-fields=true)
    Diagrams (best with --around):
      mermaid   aie.mmd, a flowchart; GitHub renders it inside a ```mermaid block
      dot       aie.dot for Graphviz: dot -Tsvg aie.dot > aie.svg

    \b
    Examples:
      kg export -f jsonld
      kg export -f csv -o neo4j/
      kg export -f mermaid --around MoE --depth 2 -o -
    """
    from kg.export import export as run

    result = run(workspace, fmt, output, around=list(around) or None, depth=depth, stdout=click.open_file("-", "wb"))
    if result.written:
        click.echo(f"wrote {result.summary()}", err=True)


@cli.command("import", epilog="Exit codes: 0 imported, 1 error (a syntax error names file:line; relative IRIs "
             "need --base), 2 usage error.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=LazyChoice(_import_formats), default=None,
              help="The RDF format of FILE (default: from its extension; .owl is RDF/XML).")
@click.option("--base", default=None, metavar="IRI", help="Base IRI for the relative IRIs in FILE.")
@click.option("--name", default=None, help="Save as data/imported/NAME.ttl (default: FILE's name).")
@click.option("--lang", default="en", show_default=True, help="Language tag for labels and definitions that have none.")
@pass_workspace
def import_command(workspace: Workspace, file: str, fmt: str | None, base: str | None, name: str | None, lang: str) -> None:
    """Merge an external vocabulary: a SKOS concept scheme, or an OWL/RDFS ontology whose classes
    become concepts (rdfs:subClassOf -> isA).

    The vocabulary is normalised (one prefLabel per language, skos:definition, a class of this
    vocabulary, kg:isA) into data/imported/NAME.ttl, which `kg build` merges with the provenance
    "imported"; importing again replaces it. Nothing is linked to the notes' concepts: run
    `kg links` to review the labels they share.

    \b
    Examples:
      kg import aio.owl && kg build && kg links
      kg import terms.ttl --base https://example.org/terms/ --name terms
    """
    from pathlib import Path

    from kg.importer import import_file

    result = import_file(workspace.data, Path(file), fmt=fmt, base=base, name=name, lang=lang)
    click.echo(result.summary())
    click.echo("next: `kg build` to merge it, `kg links` to review links to the notes' concepts", err=True)


@cli.command(epilog="Exit codes: 0 listed, accepted or rejected, 1 error or no proposal, 2 usage error.")
@click.option("--accept", multiple=True, metavar="N|all",
              help="Accept proposals by number (repeat, or 1,3) or all: append them to data/links.ttl.")
@click.option("--reject", multiple=True, metavar="N|all",
              help="Reject proposals by number or all: append them to data/links-rejected.txt, never proposed again.")
@output_options
@pass_workspace
def links(workspace: Workspace, accept: tuple[str, ...], reject: tuple[str, ...], fmt: str) -> None:
    """Links proposed between imported concepts and the notes' concepts, for you to accept or reject.

    A proposal is a shared label (after case, plural and punctuation folding: match "label"),
    or a label shared once a generic head word is dropped ("Transformer Network" ~
    "transformer architecture": match "head", check those). Accepted links are written as
    kg:matches (a subproperty of skos:closeMatch, which show, path and the page follow) to
    data/links.ttl, a curated file; `kg build` merges them. Rejected ones go to
    data/links-rejected.txt. Reads the built graph and data/imported/.

    \b
    Examples:
      kg links
      kg links --accept 2 --accept 5
      kg links --reject 3,4
      kg links --accept all
    \b
    JSON: [{"n", "concept", "imported", "match": "label"|"head", "via", "concept_iri", "imported_iri"}]
    """
    from kg import links as linking
    from kg.errors import NothingFound

    if accept and reject:
        raise click.UsageError("--accept and --reject: one at a time, as the numbers change after each")
    if accept:
        picked, path = linking.accept(workspace, list(accept))
        click.echo(f"accepted {len(picked)} link{'s' * (len(picked) != 1)} -> {path}; `kg build` merges them")
        return
    if reject:
        picked, path = linking.reject(workspace, list(reject))
        click.echo(f"rejected {len(picked)} proposal{'s' * (len(picked) != 1)} -> {path}")
        return
    found = linking.proposals(workspace)
    if not found:
        raise NothingFound("no links to propose (nothing imported, or every shared label is linked)")
    emit([p.row() for p in found], linking.COLUMNS[fmt], fmt)


@cli.command(epilog="Exit codes: 0 the graph conforms (lint warnings are allowed unless --strict), "
             "1 it does not conform (or has warnings, with --strict) or cannot be read, 2 usage error.")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=LazyChoice(_import_formats), default=None,
              help="The RDF format of FILE (default: from its extension).")
@click.option("--shacl-report", metavar="FILE|-", default=None, help="Also write pySHACL's validation report as Turtle.")
@click.option("--strict", is_flag=True, help="Fail on lint warnings too.")
@pass_workspace
def validate(workspace: Workspace, file: str | None, fmt: str | None, shacl_report: str | None, strict: bool) -> None:
    """Check the built graph (or FILE) against the vocabulary's SHACL shapes, then lint it.

    \b
    SHACL (kg/schema/shapes.ttl): every concept has a class of the vocabulary and one
    preferred label per language; labels and definitions are strings; relations join concepts
    (IRIs with a class), never literals; source locations have a file and a line.
    Lint (warnings): concepts without a definition, concepts no relation reaches, one label
    naming two concepts (unless kg:matches or a skos:closeMatch links them).

    \b
    Examples:
      kg validate
      kg validate --strict
      kg validate other.ttl --shacl-report report.ttl
    """
    from pathlib import Path

    from kg.files import atomic_write
    from kg.validate import validate as run

    report = run(Path(file or workspace.built_dataset()), fmt)
    if shacl_report == "-":
        click.open_file("-", "wb").write(report.shacl_turtle())
        click.echo(report.text(), err=True, nl=False)
    else:
        click.echo(report.text(), nl=False)
        if shacl_report:
            atomic_write(shacl_report, report.shacl_turtle())
    report.check(strict)


@cli.command(epilog=EPILOG)
@click.option("--endpoint", "url", default=None, metavar="URL",
              help="The server's SPARQL query URL (default: the global --endpoint / KG_ENDPOINT).")
@click.option("--update-endpoint", "update_url", default=None, envvar="KG_UPDATE_ENDPOINT", metavar="URL",
              help="Where updates go, when the server takes them elsewhere than the query URL says.")
@click.option("--full", is_flag=True, help="Send the whole collection, not only what changed since the last push.")
@pass_workspace
def push(workspace: Workspace, url: str | None, update_url: str | None, full: bool) -> None:
    """Load the built graph into a SPARQL 1.1 server, replacing this collection's graphs there
    atomically (everything else on the server is left alone); then read it with --endpoint.

    After the first push only what changed is sent, as the digests in the graph say. Should
    another push reach the server meanwhile, none of this one applies, and it says so. --full
    sends everything (say, after the server's graphs were edited by other means).

    Credentials come from the environment: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP basic)
    or KG_ENDPOINT_TOKEN (bearer). Timeout: KG_PUSH_TIMEOUT seconds (default 600).

    \b
    Examples:
      kg push --endpoint http://localhost:7878
      kg push --endpoint http://localhost:7878 --full
      kg --endpoint http://localhost:7878 show MoE
      KG_ENDPOINT_TOKEN=... kg push --endpoint https://example.org/repositories/aie
    """
    target = url or workspace.endpoint
    if not target:
        raise click.UsageError("give the server with --endpoint URL (or set KG_ENDPOINT)")
    _push(workspace, target, update_url, full)


def _push(workspace: Workspace, url: str, update_url: str | None, full: bool = False) -> None:
    from kg.push import push as run
    from kg.endpoint import Endpoint
    from kg.store import local_store

    endpoint = Endpoint.from_env(url, update_url)
    progress = (lambda text: click.echo(text, err=True)) if sys.stderr.isatty() else None
    click.echo(run(local_store(workspace), endpoint, full=full, progress=progress).summary())


# ---------------------------------------------------------------- the page (kg.viz)


@cli.command(epilog=EPILOG)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="The page to write (default exports/graph.html).")
@click.option("--around", "around", multiple=True, metavar="TERM", help="Draw only the neighbourhood of TERM (repeatable).")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True, help="Hops from --around to keep.")
@click.option("--rel", "relations", multiple=True, metavar="RELATION", help="Keep only these relations (repeatable).")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@pass_workspace
def viz(workspace: Workspace, output: str | None, around: tuple[str, ...], depth: int, relations: tuple[str, ...], open_page: bool) -> None:
    """Draw the graph as one self-contained HTML page that works offline: colours by class,
    a legend, search, filters by relation and class, and each concept's definition and sources.

    \b
    Examples:
      kg viz --open
      kg viz --around transformer --depth 2 -o transformer.html
      kg viz --around MoE --rel isA --rel contrastsWith
    """
    import kg
    from kg.query import relation_name
    from kg.viz import draw

    names = set()
    for given in relations:
        name = relation_name(given)
        if name is None:
            raise click.BadParameter(f"unknown relation {given!r}", param_hint="--rel")
        names.add(name)
    path = output or str(workspace.page)
    view = draw(kg.load(workspace), path, around=list(around) or None, depth=depth, relations=names or None)
    click.echo(f"{len(view.nodes)} concepts, {len(view.edges)} relations -> {path}")
    if open_page:
        click.launch(path)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
