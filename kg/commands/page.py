"""`kg viz`: the interactive page."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.common import (EPILOG, around_option, command, depth_option, output_option, pass_workspace,
                               relations_option)
from kg.workspace import GRAPH_PAGE, Workspace


@command(epilog=EPILOG)
@output_option("Where to write the page: a file, a folder (graph.html inside), or - for stdout. "
               "Default: exports/graph.html.")
@around_option("Draw only the neighbourhood of TERM: the concepts within --depth relations of it (repeatable).")
@depth_option()
@relations_option("Keep only these relations; repeat, or separate with commas.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@pass_workspace
def viz(workspace: Workspace, output: str | None, around: tuple[str, ...], depth: int, relations: tuple[str, ...],
        open_page: bool) -> None:
    """Draw the graph as one self-contained HTML page that works offline: colours by class,
    a legend, search, filters by relation and class, and each concept's definition and sources.

    \b
    Examples:
      kg viz --open
      kg viz --around transformer --depth 2 -o transformer.html
      kg viz --around MoE --rel isA,contrastsWith -o - > moe.html
    """
    import kg
    from kg.files import atomic_write, names_a_folder
    from kg.outputs.page import page_of

    if output == "-" and open_page:
        raise click.UsageError("--open opens a file: give -o FILE, not -o -")
    view, text = page_of(kg.load(workspace), around=list(around) or None, depth=depth, relations=set(relations) or None)
    summary = f"{len(view.nodes)} concepts, {len(view.edges)} statements"
    if output == "-":
        click.open_file("-", "wb").write(text.encode("utf-8"))
        click.echo(summary, err=True)
        return
    path = workspace.page if output is None else Path(output) / GRAPH_PAGE if names_a_folder(output) else Path(output)
    atomic_write(path, text)
    click.echo(f"{summary} -> {path}")
    if open_page:
        click.launch(str(path))

