"""Seeing and steering what changes in the graph: `kg review`, `kg diff`, `kg watch`."""

from __future__ import annotations

import click

from kg.commands.common import emit, output_options, pass_workspace
from kg.workspace import Workspace


@click.command(epilog="Exit codes: 0 listed, accepted or rejected, 1 error or nothing to review (or no statement "
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
    for chosen, decide, done, where in ((accept, reviewing.accept, "accepted", "`kg build` merges them"),
                                        (reject, reviewing.reject, "rejected", "`kg build` leaves them out")):
        if chosen:
            picked, path = decide(workspace, list(chosen), tiers)
            click.echo(f"{done} {len(picked)} statement{'s' * (len(picked) != 1)} -> {path}; {where}")
            return
    found = reviewing.pending(workspace, tiers)
    if not found:
        raise NothingFound(f"nothing to review: no {' or '.join(tiers)} statement waits for a decision")
    emit([p.row() for p in found], reviewing.COLUMNS[fmt], fmt)
