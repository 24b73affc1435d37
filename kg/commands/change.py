"""Seeing and steering what changes in the graph: `kg review`, `kg diff`, `kg watch`."""

from __future__ import annotations

import click

from kg.commands.common import base_option, command, emit, output_options, pass_workspace
from kg.workspace import Workspace


@command(epilog="Exit codes: 0 listed, accepted or rejected, 1 error or nothing to review (or no statement "
               "of that number), 2 usage error.")
@click.option("--accept", multiple=True, metavar="N|all",
              help="Accept statements by number (repeat, or 1,3) or all: append them to data/accepted.ttl.")
@click.option("--reject", multiple=True, metavar="N|all",
              help="Reject statements by number or all: append them to data/rejected.tsv; builds leave them out.")
@click.option("--tier", "tiers", multiple=True, type=click.Choice(["weak", "structural"]), default=["weak"],
              show_default=True, help="Which readings to review (repeat for both): weak guesses, or what the "
              "form of the notes says.")
@output_options
@pass_workspace
def review(workspace: Workspace, accept: tuple[str, ...], reject: tuple[str, ...], tiers: tuple[str, ...], fmt: str) -> None:
    """The statements the ingester read only weakly, for you to accept or reject.

    A weak reading is a guess from closeness: two terms named in one definition (co-mention),
    a link under a heading, a wikilink. Accepted statements are written to data/accepted.ttl,
    curated Turtle that `kg build` merges (the statement is then stated, citing that file);
    rejected ones to data/rejected.tsv (subject, relation, object, tab-separated), which
    `kg build` leaves out wherever the notes only suggest them. Both files are yours to read
    and edit: a decision names the statement's concepts, not a line, so it holds through
    rebuilds and edits elsewhere in the notes. Reads the built graph; the list is numbered
    afresh after each decision.

    \b
    Examples:
      kg review
      kg review --accept 2 --accept 5
      kg review --reject 1,3
      kg review --tier structural --format csv

    \b
    JSON: [{"n", "subject", "relation", "object", "tier", "reading": "rule, ...",
            "sources": ["file:line"], "subject_iri", "object_iri"}]
    """
    from kg.changes import review as reviewing
    from kg.errors import NothingFound

    if accept and reject:
        raise click.UsageError("--accept and --reject: one at a time, as the numbers change after each")
    tiers = tuple(dict.fromkeys(tiers))
    for chosen, decide, done, where in ((accept, reviewing.accept, "accepted", "`kg build` merges {}"),
                                        (reject, reviewing.reject, "rejected", "`kg build` leaves {} out")):
        if chosen:
            picked, path = decide(workspace, list(chosen), tiers)
            them = "it" if len(picked) == 1 else "them"
            click.echo(f"{done} {len(picked)} statement{'s' * (len(picked) != 1)} -> {path}; {where.format(them)}")
            return
    found = reviewing.pending(workspace, tiers)
    if not found:
        raise NothingFound(f"nothing to review: no {' or '.join(tiers)} statement waits for a decision")
    emit([p.row() for p in found], reviewing.COLUMNS[fmt], fmt)


@command(epilog="Exit codes: 0 compared (whether anything changed or not), 1 error (no built graph, notes "
               "that do not build, not a git repository), 2 usage error (a revision git does not know).")
@click.argument("revisions", nargs=-1, metavar="[REV [REV2]]")
@output_options
@pass_workspace
def diff(workspace: Workspace, revisions: tuple[str, ...], fmt: str) -> None:
    """What changed in the graph: concepts added, removed and relabelled, statements added and
    removed, each with its source.

    \b
    kg diff            the last build -> the notes now (built in memory; nothing is written)
    kg diff REV        the data folder at a git revision -> the notes now
    kg diff REV REV2   one revision -> another
    Concepts are matched by IRI: a relabelled one kept its IRI under another label. A table
    line starts with + (added), - (removed) or ~ (relabelled); the last line (on stderr)
    sums it up, as `kg build` does. Revisions are read with `git archive`, which leaves the
    working tree alone; their builds are kept in exports/.kg-revisions/.

    \b
    Examples:
      kg diff
      kg diff HEAD~1
      kg diff v1 v2 --format json

    \b
    JSON: [{"change": "added"|"removed"|"relabelled", "kind": "concept"|"statement", "subject",
            "relation", "object", "was", "sources": ["file:line"], "subject_iri", "object_iri"}]
    """
    from kg.changes.diff import diff as compare

    if len(revisions) > 2:
        raise click.UsageError("at most two revisions: kg diff [REV [REV2]]")
    found = compare(workspace, revisions)
    columns = {"table": ["what", "source"]}.get(fmt, ["change", "kind", "subject", "relation", "object", "was", "sources",
                                                     "subject_iri", "object_iri"])
    if found.changes or fmt != "table":
        emit([change.row() for change in found.changes], columns, fmt)
    click.echo(found.summary(), err=True)


@command(epilog="Exit codes: 0 stopped with Ctrl-C (a bad edit does not stop it), 1 error (no data folder, "
               "a port in use), 2 usage error.")
@click.option("--serve", is_flag=True, help="Also serve the page on 127.0.0.1 and reload it in the browser after each rebuild.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="The port to serve on; 0 picks a free one.")
@click.option("--open", "open_page", is_flag=True, help="Open the served page in the default browser.")
@click.option("--no-page", is_flag=True, help="Do not write graph.html at each rebuild (not with --serve).")
@base_option("Base IRI of the concepts (default https://w3id.org/aie-kg/aie/).")
@pass_workspace
def watch(workspace: Workspace, serve: bool, port: int, open_page: bool, no_page: bool, base: str | None) -> None:
    """Build the graph, then build it again whenever a notes or curated file is saved.

    Each save prints one line: what the rebuild changed ("+1 concept, +2 statements since
    the last build"), or the error of a bad edit, while exports/ keeps the last good build.
    With --serve, the page is served on http://127.0.0.1:PORT/ and reloads itself after each
    rebuild, keeping the selected concept and the filters; a bad edit shows above it. Watches
    data/notes/**/*.md, data/**/*.ttl and data/rejected.tsv; writes exports/ only (`kg push`
    sends a graph to an endpoint). Ctrl-C (or `kill`) stops it.

    \b
    Examples:
      kg watch
      kg watch --serve --open
      kg watch --serve --port 0
    """
    from kg import checks
    from kg.changes.watch import Outcome, Rebuilder, watch as run
    from kg.graph.namespaces import DEFAULT_BASE

    if serve and no_page:
        raise click.UsageError("--serve serves the page: it cannot go with --no-page")
    if open_page and not serve:
        raise click.UsageError("--open opens the served page: add --serve")
    if not workspace.data.is_dir():  # a bad edit is survived; a missing folder is nothing to watch
        from kg.errors import WorkspaceError

        raise WorkspaceError("data folder does not exist", path=workspace.data_folder)
    chosen_base = checks.absolute_iri(DEFAULT_BASE if base is None else base, "--base")  # "" too is no IRI
    rebuild = Rebuilder(workspace, base=chosen_base, page=not no_page)
    live = None

    def report(outcome: Outcome) -> None:
        import time

        for warning in outcome.new_warnings:
            click.echo(f"warning: {warning}", err=True)
        if live is not None:
            live.error = None if outcome.error is None else str(outcome.error)
        if not outcome.changed and outcome.result is not None:  # the first build
            click.echo(outcome.result.summary())
            click.echo(outcome.result.change_summary())
        else:
            click.echo(f"{time.strftime('%H:%M:%S')} {outcome.line()}", err=outcome.error is not None)

    import signal

    def stop(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt  # `kill` stops it as Ctrl-C does

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C stops it, even started from a script's `&`, which ignores it
    try:
        if serve:
            from kg.changes.live import LivePage

            live = LivePage(workspace.page, port).start()
        report(rebuild([]))
        if live is not None:
            click.echo(f"serving {live.url} (it reloads after each rebuild)")
            if open_page:
                click.launch(live.url)
        run(workspace, rebuild, report, ready=lambda: click.echo(
            f"watching {workspace.data_folder} for saved notes and curated files; Ctrl-C stops"))
    except KeyboardInterrupt:
        pass  # Ctrl-C during a rebuild: its files were written aside, and are removed
    finally:
        if live is not None:
            live.close()
    click.echo("stopped", err=True)
