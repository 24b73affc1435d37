"""`kg build` and `kg init`: a workspace's notes into its graph."""

from __future__ import annotations

import click

from kg.commands.common import EPILOG, base_option, command, pass_workspace
from kg.workspace import Workspace


@command(epilog=EPILOG)
@base_option("Base IRI of the concepts (default https://w3id.org/aie-kg/aie/).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N",
              help="Processes reading the notes files (default: one per core; 1 reads them in this one).")
@pass_workspace
def build(workspace: Workspace, base: str | None, no_page: bool, jobs: int | None) -> None:
    """Read data/notes/*.md and data/*.ttl; write exports/aie.ttl, aie.trig and graph.html.

    \b
    Example:
      kg build
      kg --data my-notes --exports out build
    """
    from kg.builder import build as run
    from kg.graph.namespaces import DEFAULT_BASE

    result = run(workspace, base=base or DEFAULT_BASE, page=not no_page, jobs=jobs)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.summary())
    click.echo(result.change_summary())
    if workspace.endpoint:  # the graph lives on a server: bring it up to date there too
        from kg.commands.remote import push_to

        push_to(workspace, workspace.endpoint, None)


@command(epilog=EPILOG)
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
