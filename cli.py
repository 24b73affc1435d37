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


def workspace_of(ctx: click.Context) -> Workspace:
    return ctx.find_object(Workspace) or Workspace.at()


pass_workspace = click.make_pass_decorator(Workspace, ensure=True)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--format table|json|csv, shared by every command that returns rows."""
    return click.option("--format", "-F", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="How rows are written to stdout.")(command)


def emit(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    """Rows to stdout in the chosen format."""
    from kg.render import render

    render(rows, columns, fmt, click.get_text_stream("stdout"))


@click.group(cls=KGGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--data", "data", default="data", show_default=True, envvar="KG_DATA", type=click.Path(),
              help="The workspace's data folder: notes/*.md and curated *.ttl.")
@click.option("--exports", "exports", default="exports", show_default=True, envvar="KG_EXPORTS", type=click.Path(),
              help="Where the built graph is written and read.")
@click.pass_context
def cli(ctx: click.Context, data: str, exports: str) -> None:
    """Turn Markdown notes on AI engineering into a knowledge graph, then query, draw and export it.

    \b
    Example:
      kg build && kg show "mixture of experts"
    """
    ctx.obj = Workspace.at(data, exports)


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


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
