"""The `kg` command line: the group, its options, and where each command lives.

Each command's body is in kg/commands/, imported only when that command runs (or when `kg --help`
lists them all), so a query does not pay for the imports of a build. Errors are kg.KGError,
printed as one line with the exit code it names; see the epilog. What a command prints passes
through kg.terminal, so text from notes cannot move the cursor or retitle the window; long work
shows its progress on stderr (kg.progress)."""

from __future__ import annotations

import importlib
import sys
from typing import Any, NoReturn

import click

from kg import progress
from kg.commands.common import EPILOG, help_option, version_option, workspace_options
from kg.errors import KGError
from kg.terminal import SafeStream, safe
from kg.version import __version__
from kg.workspace import Workspace

# name -> module in kg.commands and the click command in it, in the order `kg --help` lists them
COMMANDS = {
    "init": "build:init",
    "build": "build:build",
    "show": "ask:show",
    "query": "ask:query_command",
    "path": "ask:path",
    "search": "ask:search",
    "sparql": "ask:sparql",
    "stats": "ask:stats",
    "quiz": "study:quiz",
    "viz": "page:viz",
    "export": "exchange:export",
    "import": "exchange:import_command",
    "links": "exchange:links",
    "review": "change:review",
    "diff": "change:diff",
    "watch": "change:watch",
    "validate": "exchange:validate",
    "push": "remote:push",
}


class KGGroup(click.Group):
    """Loads a command's module when it is asked for, and turns a KGError into `Error: ...` and
    its exit code, with no traceback."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return help_option(self, ctx)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"kg.commands.{module}"), attribute)

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:  # the group's own options: `kg --store oxigrap show MoE`, KG_STORE=memroy
            return super().make_context(info_name, args, parent, **extra)
        except KGError as error:
            _fail(error)

    def invoke(self, ctx: click.Context) -> Any:
        streams = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)  # notes' text never drives the terminal
        progress.report_to(streams[1])  # our own words and numbers only; a bar's escape codes must reach the terminal
        try:
            return super().invoke(ctx)
        except KGError as error:
            _fail(error)
        except ValueError as error:
            if "null byte" not in str(error):
                raise
            click.echo("Error: a file name holds a NUL byte, which no file name can", err=True)  # the OS refuses it
            sys.exit(2)
        except BrokenPipeError:  # `kg query ... | head`
            sys.stderr.close()
            sys.exit(0)
        finally:
            progress.finish()
            sys.stdout, sys.stderr = streams


def _fail(error: KGError) -> NoReturn:
    click.echo(f"Error: {safe(str(error))}", err=True)
    sys.exit(error.exit_code)


@click.group(cls=KGGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@version_option(__version__)
@workspace_options
@click.pass_context
def cli(ctx: click.Context, data: str, exports: str, store: str, endpoint: str | None) -> None:
    """Turn Markdown notes on AI engineering into a knowledge graph, then query, draw and export it.

    The workspace options (--data, --exports, --store, --endpoint) may also follow the command.

    \b
    Example:
      kg build && kg show "mixture of experts"
    """
    ctx.obj = Workspace.at(data, exports, store=store, endpoint=endpoint)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
