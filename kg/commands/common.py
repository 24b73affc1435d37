"""What every command shares: the options (one definition each, so that a spelling means one thing
in every command), the workspace, the exit-code epilog, rows out as a table, JSON or CSV.

One meaning per spelling: -f/--format is what a command writes (rows: table, json, csv; `kg export`:
a file format), --from what a file read is written in, -i/--file a file a command reads, -o/--output
where a command writes (a file, a folder, - for stdout), --rel relations (repeat, or separate with
commas), --around TERM and --depth N a neighbourhood, --limit the most rows. Spellings these once had
elsewhere (-F, `kg import --format`, `kg sparql -f FILE`) are still read, with a note on stderr."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import click
from click.core import ParameterSource

from kg.checks import one_of
from kg.commands.render import FORMATS as ROW_FORMATS
from kg.workspace import Workspace

EPILOG = "Exit codes: 0 success, 1 error or nothing found, 2 usage error."
STORES = ("auto", "memory", "oxigraph")
MAX_DEPTH = 50  # relations from --around: past this, a neighbourhood is the whole graph


# ---------------------------------------------------------------- values: names, relations

class Names(click.Choice):
    """One of a set of names, in any case. A slip is one line naming the option and the names it is
    close to ("--format: no format named 'jsn'; did you mean json?"): exit 2, or 1 when the value came
    from an environment variable (a setting). `names` may be a function, called only when the option
    is used or its help shown, so that `kg --help` imports no registry."""

    def __init__(self, kind: str, names: Sequence[str] | Callable[[], Sequence[str]]) -> None:
        self.kind = kind
        self._names = names
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        return tuple(self._names() if callable(self._names) else self._names)

    @choices.setter
    def choices(self, _value: Any) -> None:
        pass

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return one_of(str(value), self.choices, self.kind, named(param, ctx))


class Relations(click.ParamType):
    """Relation names as --rel takes them, separated by commas ("isA,contrastsWith"), in any case or
    by label ("is a"); a misspelt one is a usage error with the names it is close to."""

    name = "relations"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        from kg.query.patterns import relation_name  # the vocabulary is read only when --rel is given

        found = (relation_name(part.strip(), named(param, ctx)) for part in str(value).split(",") if part.strip())
        return tuple(name for name in found if name)  # `?`, any relation, narrows nothing


def named(param: click.Parameter | None, ctx: click.Context | None) -> str:
    """What an error about a value names: the option's long spelling, or its environment variable
    when the value came from there."""
    if param is None or param.name is None:
        return ""
    if ctx is not None and ctx.get_parameter_source(param.name) is ParameterSource.ENVIRONMENT:
        envvar = param.envvar
        return envvar if isinstance(envvar, str) else (envvar or [""])[0]
    return max(getattr(param, "opts", []), key=len, default="")


def _flatten(_ctx: click.Context, _param: click.Parameter, value: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for names in value for name in names))


# ---------------------------------------------------------------- commands: --help and --version

# click words these through gettext, whose first lookup imports locale: some milliseconds of every
# start-up, for words it has in English only. Commands made here word them themselves.
HELP = "Show this message and exit."


class Command(click.Command):
    """A click command whose --help is made here (see above)."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return help_option(self, ctx)


def command(name: str | None = None, **settings: Any) -> Callable[[Callable[..., Any]], click.Command]:
    """click.command, making a Command (or a subclass of it given as cls)."""
    return click.command(name, cls=settings.pop("cls", Command), **settings)


def help_option(command: click.Command, ctx: click.Context) -> click.Option | None:
    """A command's --help, as click makes it, made once per command (click orders the eager options'
    callbacks by the objects themselves)."""
    names = command.get_help_option_names(ctx)
    if not names or not command.add_help_option:
        return None
    made = command.__dict__.get("_kg_help_option")
    if made is None:  # stored apart from the options a command takes, as click stores its own
        made = click.Option([*names, "kg_help"], is_flag=True, is_eager=True, expose_value=False, help=HELP,
                            callback=_print_help)
        command.__dict__["_kg_help_option"] = made
    return made


def _print_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def version_option(version: str) -> Callable[..., Any]:
    """--version, printing "kg, version X", as click.version_option does."""
    def print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            click.echo(f"kg, version {version}", color=ctx.color)
            ctx.exit()

    return click.option("--version", is_flag=True, is_eager=True, expose_value=False, callback=print_version,
                        help="Show the version and exit.")


class Folder(click.ParamType):
    """A folder's path, as typed: click.Path() with nothing to check, which names itself through gettext."""

    name = "path"

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


# ---------------------------------------------------------------- the options, one definition each

def option(*decls: str, **settings: Any) -> Callable[..., Any]:
    """A shared option, as a decorator factory: a command may give its own words of help, never its
    own spelling, type or range."""
    def with_help(text: str | None = None) -> Callable[..., Any]:
        return click.option(*decls, **{**settings, **({"help": text} if text else {})})
    return with_help


def _export_formats() -> list[str]:
    from kg.outputs.export import formats

    return formats()


def _import_formats() -> list[str]:
    from kg.vocabularies.importer import FORMATS

    return list(FORMATS)


rows_format_option = option("--format", "-f", "fmt", type=Names("format", ROW_FORMATS), default="table",
                            show_default=True, help="How rows are written to stdout.")
file_format_option = option("--format", "-f", "fmt", type=Names("format", _export_formats), default="turtle",
                            show_default=True, help="The format to write (see the list above).")
input_format_option = option("--from", "from_format", type=Names("format", _import_formats), default=None,
                             help="The RDF format of FILE (default: from its extension; .owl is RDF/XML).")
input_file_option = option("--file", "-i", "input_file", type=click.File("r", encoding="utf-8"), default=None,
                           help="Read it from a file (- for stdin).")
output_option = option("--output", "-o", default=None, metavar="FILE|DIR|-",
                       help="Where to write: a file, a folder, or - for stdout.")
relations_option = option("--rel", "relations", type=Relations(), multiple=True, callback=_flatten, metavar="RELATION",
                          help="Only these relations; repeat, or separate with commas (isA,contains).")
around_option = option("--around", multiple=True, metavar="TERM",
                       help="Only the concepts within --depth relations of TERM (repeatable).")
depth_option = option("--depth", default=1, show_default=True, type=click.IntRange(0, MAX_DEPTH),
                      help="How far --around reaches.")
limit_option = option("--limit", default=10, show_default=True, type=click.IntRange(1), help="Most rows to print.")
asserted_option = option("--asserted", is_flag=True, help="Only what the sources state; no inference.")
base_option = option("--base", default=None, metavar="IRI", help="The base IRI.")


class OldSpelling(click.Option):
    """A spelling an option once had, hidden from --help so that it shows one name per meaning, and
    still read, so that scripts keep running: its value goes to the option it is now spelt as."""

    def __init__(self, *args: Any, now: click.Option, **settings: Any) -> None:
        super().__init__(*args, **settings)
        self.now = now


def old_spelling(spelling: str, *, of: str) -> Callable[..., Any]:
    """Read `spelling` as the option whose parameter is `of` (an option of the command already
    declared below this decorator), with a note on stderr; both at once is a usage error."""
    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        now = next(p for p in getattr(command, "__click_params__", []) if p.name == of)
        dest = f"old_{of}"  # one old spelling an option
        new = "/".join(sorted(now.opts, key=len))

        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            value = kwargs.pop(dest)
            if value is not None:
                ctx = click.get_current_context()
                if ctx.get_parameter_source(of) not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP):
                    raise click.UsageError(f"{spelling} is the old spelling of {new}: give one of them")
                click.echo(f"note: kg {ctx.info_name} {spelling} is now {new}", err=True)
                kwargs[of] = value
            return command(*args, **kwargs)

        return click.option(spelling, dest, cls=OldSpelling, now=now, type=now.type, default=None, hidden=True,
                            help=f"Old spelling of {new}.")(run)
    return decorate


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """-f/--format table|json|csv, shared by every command that returns rows; -F, its old short
    spelling, still read."""
    return old_spelling("-F", of="fmt")(rows_format_option()(command))


def input_format_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--from FORMAT, the RDF format of the file a command reads; --format, its old spelling in
    `kg import` and `kg validate`, still read."""
    return old_spelling("--format", of="from_format")(input_format_option()(command))


# ---------------------------------------------------------------- the workspace

# The workspace options, taken by the group (`kg --data notes build`) and by every command after
# its name (`kg build --data notes`), as people write them either way; the command's value wins.
WORKSPACE_OPTIONS: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("--data",), dict(default="data", show_default=True, envvar="KG_DATA", type=Folder(),
                       help="The workspace's data folder: notes/*.md and curated *.ttl.")),
    (("--exports",), dict(default="exports", show_default=True, envvar="KG_EXPORTS", type=Folder(),
                          help="Where the built graph is written and read.")),
    (("--store",), dict(type=Names("store", STORES), default="auto", show_default=True,
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
