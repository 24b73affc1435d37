"""What every command shares: the workspace options, the exit-code epilog, rows out as a table,
JSON or CSV."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from kg.workspace import Workspace

EPILOG = "Exit codes: 0 success, 1 error or nothing found, 2 usage error."

# The workspace options, taken by the group (`kg --data notes build`) and by every command after
# its name (`kg build --data notes`), as people write them either way; the command's value wins.
WORKSPACE_OPTIONS: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("--data",), dict(default="data", show_default=True, envvar="KG_DATA", type=click.Path(),
                       help="The workspace's data folder: notes/*.md and curated *.ttl.")),
    (("--exports",), dict(default="exports", show_default=True, envvar="KG_EXPORTS", type=click.Path(),
                          help="Where the built graph is written and read.")),
    (("--store",), dict(type=click.Choice(["auto", "memory", "oxigraph"]), default="auto", show_default=True,
                        envvar="KG_STORE", help="Backend: parse aie.trig into memory, or an on-disk Oxigraph store "
                        "in the exports folder (written by `kg build`, reopened by every command); auto picks by size.")),
    (("--endpoint",), dict(default=None, envvar="KG_ENDPOINT", metavar="URL",
                           help="Read from this SPARQL 1.1 endpoint instead (and `kg build` pushes to it). Credentials "
                           "come from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN, never from the URL.")),
]
WORKSPACE_FIELDS = ("data", "exports", "store", "endpoint")


def workspace_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The group's form of the workspace options: with their defaults and environment variables."""
    for names, settings in reversed(WORKSPACE_OPTIONS):
        command = click.option(*names, names[0].lstrip("-"), **settings)(command)
    return command


def pass_workspace(command: Callable[..., Any] | None = None, *, own: tuple[str, ...] = ()) -> Any:
    """Give the command the workspace: the group's settings, overridden by the workspace options
    given after the command's name. `own` names options the command defines for itself (push has
    its own --endpoint)."""
    if command is None:
        return functools.partial(pass_workspace, own=own)

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name) for name in WORKSPACE_FIELDS if name not in own}
        base: Workspace = click.get_current_context().find_object(Workspace) or Workspace.at()
        workspace = Workspace.at(given["data"] or base.data_folder, given["exports"] or base.exports_folder,
                                 store=given["store"] or base.store,
                                 endpoint=given.get("endpoint") or base.endpoint)
        return command(workspace, *args, **kwargs)

    for names, settings in reversed(WORKSPACE_OPTIONS):
        name = names[0].lstrip("-")
        if name not in own:  # no default, no environment: unset means "as the group says"
            hidden = {k: v for k, v in settings.items() if k in ("type", "metavar")}
            run = click.option(*names, name, default=None, help=settings["help"], **hidden)(run)
    return run


class LazyChoice(click.Choice):
    """A click.Choice whose choices come from a function, called only when this option is used
    or its help shown: `kg --help` does not import the writers' registry or the vocabulary."""

    def __init__(self, load: Callable[[], list[str]], *, case_sensitive: bool = True) -> None:
        self._load = load
        super().__init__([], case_sensitive=case_sensitive)

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        return tuple(self._load())

    @choices.setter
    def choices(self, _value: Any) -> None:
        pass


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--format table|json|csv, shared by every command that returns rows."""
    return click.option("--format", "-F", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="How rows are written to stdout.")(command)


def emit(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    """Rows to stdout in the chosen format."""
    import io

    from kg.commands.render import render

    out = io.StringIO()
    render(rows, columns, fmt, out)
    click.echo(out.getvalue(), nl=False)


def echo_json(value: Any) -> None:
    import json

    click.echo(json.dumps(value, ensure_ascii=False, indent=2))
