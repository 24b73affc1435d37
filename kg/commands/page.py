"""`kg viz`: the interactive page."""

from __future__ import annotations

import click

from kg.commands.common import EPILOG, pass_workspace
from kg.workspace import Workspace


@click.command(epilog=EPILOG)
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
    from kg.query.patterns import relation_name
    from kg.outputs.page import draw

    names = set()
    for given in relations:
        name = relation_name(given)
        if name is None:
            raise click.BadParameter(f"unknown relation {given!r}", param_hint="--rel")
        names.add(name)
    path = output or str(workspace.page)
    view = draw(kg.load(workspace), path, around=list(around) or None, depth=depth, relations=names or None)
    click.echo(f"{len(view.nodes)} concepts, {len(view.edges)} statements -> {path}")
    if open_page:
        click.launch(path)
