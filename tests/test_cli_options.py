"""Options mean one thing: a spelling has one meaning, type and range in every command (a test walks
them all), the spellings they had before still work, and a misspelt name (a relation, a format, a
store) is one line naming the option and the names it is close to, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from cli import COMMANDS, cli
from kg.commands.common import MAX_DEPTH, OldSpelling
from kg.workspace import Workspace


def run(workspace: Workspace, *args: str, env: dict[str, str | None] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args],
                              input=input, env={"KG_ENDPOINT": None, "KG_STORE": None, **(env or {})})


def one_line_error(result: Result, text: str, code: int = 2) -> None:
    """The error is exactly one line, `Error: ...` holding `text`, with exit code `code`."""
    errors = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert result.exit_code == code, result.output
    assert len(errors) == 1 and errors[0].startswith("Error: ") and text in errors[0], result.stderr


# ---------------------------------------------------------------- one meaning per spelling

def _commands() -> dict[str, click.Command]:
    found: dict[str, click.Command] = {"kg": cli}
    found.update({name: cli.get_command(None, name) for name in COMMANDS})  # type: ignore[arg-type, misc]
    return found


def _meaning(option: click.Option) -> tuple[object, ...]:
    """What an option is, apart from its words of help: its spellings, kind, type and range. The
    values of --format depend on what the command writes (rows, or a file format), so there only
    the kind of value is compared."""
    kind = option.type
    values = getattr(kind, "kind", None) if "--format" in option.opts else tuple(getattr(kind, "choices", ()))
    bounds = (getattr(kind, "min", None), getattr(kind, "max", None))
    return (tuple(sorted(option.opts)), tuple(sorted(option.secondary_opts)), type(kind).__name__, values, bounds,
            option.is_flag, option.multiple, option.metavar)


def test_a_spelling_means_the_same_in_every_command() -> None:
    seen: dict[str, tuple[tuple[object, ...], str]] = {}
    for name, command in _commands().items():
        for option in (p for p in command.params if isinstance(p, click.Option) and not p.hidden):
            for spelling in option.opts + option.secondary_opts:
                meaning = _meaning(option)
                first, where = seen.setdefault(spelling, (meaning, name))
                assert meaning == first, f"{spelling} in `{name}` is {meaning}; in `{where}` it is {first}"
    assert seen["-f"][0] == seen["--format"][0] and seen["--depth"][0][4] == (0, MAX_DEPTH)
    assert "-F" not in seen and "--from" in seen and "-i" in seen


def test_every_hidden_option_is_an_old_spelling_of_an_option_of_its_command() -> None:
    olds = 0
    for name, command in _commands().items():
        visible = [p for p in command.params if isinstance(p, click.Option) and not p.hidden]
        for option in (p for p in command.params if isinstance(p, click.Option) and p.hidden):
            assert isinstance(option, OldSpelling), f"`{name}` hides {option.opts}, which is no old spelling"
            assert option.now in visible and option.type is option.now.type
            olds += 1
    assert olds == 11  # -F in the nine commands that print rows; --format in import and validate


def test_help_shows_one_spelling_per_meaning() -> None:
    shown = CliRunner().invoke(cli, ["show", "--help"]).output
    assert "-f, --format [table|json|csv]" in shown and "-F" not in shown
    imported = CliRunner().invoke(cli, ["import", "--help"]).output
    assert "--from [" in imported and "--format" not in imported
    sparql = CliRunner().invoke(cli, ["sparql", "--help"]).output
    assert "-i, --file" in sparql and "-f, --format" in sparql


# ---------------------------------------------------------------- -f/--format: what a command writes

def test_rows_format_new_and_old_spelling(built: Workspace) -> None:
    new = run(built, "show", "MoE", "-f", "json")
    assert new.exit_code == 0 and json.loads(new.stdout)["label"] == "mixture of experts" and new.stderr == ""
    old = run(built, "show", "MoE", "-F", "json")
    assert old.exit_code == 0 and old.stdout == new.stdout
    assert old.stderr == "note: kg show -F is now -f/--format\n"
    assert run(built, "stats", "--format", "CSV").stdout.startswith("section,name,count,inferred\n")  # any case


@pytest.mark.parametrize("args, error", [
    (["show", "MoE", "-f", "jsn"], "Error: --format: no format named 'jsn'; did you mean json"),
    (["show", "MoE", "-F", "jsn"], "Error: -F: no format named 'jsn'; did you mean json"),
    (["query", "MoE", "isA", "?", "--format", "xml"], "Error: --format: no format named 'xml'; formats: table, json, csv"),
    (["export", "-f", "turtl"], "Error: --format: no format named 'turtl'; did you mean turtle?"),
    (["export", "-f", "graphm"], "Error: --format: no format named 'graphm'; did you mean graphml?"),
])
def test_a_misspelt_format_names_the_option_and_the_closest_format(built: Workspace, args: list[str], error: str) -> None:
    one_line_error(run(built, *args), error)


def test_the_new_and_old_spelling_at_once_is_a_usage_error(built: Workspace) -> None:
    result = run(built, "show", "MoE", "-f", "json", "-F", "csv")
    assert result.exit_code == 2 and "-F is the old spelling of -f/--format: give one of them" in result.stderr


# ---------------------------------------------------------------- --file and --from: what a command reads

def test_sparql_reads_a_file_with_file_or_i_and_with_the_old_f(built: Workspace, tmp_path: Path) -> None:
    query = tmp_path / "kinds.rq"
    query.write_text("SELECT ?kind WHERE { aie:mixture-of-experts kg:isA ?kind } ORDER BY ?kind", encoding="utf-8")
    new = run(built, "sparql", "--file", str(query), "-f", "csv")
    assert new.exit_code == 0 and new.stdout.splitlines()[0] == "kind" and new.stderr == ""
    assert run(built, "sparql", "-i", str(query), "--format", "csv").stdout == new.stdout
    old = run(built, "sparql", "-f", str(query), "-F", "csv")  # as scripts wrote it before
    assert old.exit_code == 0 and old.stdout == new.stdout
    assert "note: kg sparql -f FILE is now --file FILE" in old.stderr
    piped = run(built, "sparql", "-f", "-", "-F", "csv", input=query.read_text(encoding="utf-8"))
    assert piped.exit_code == 0 and piped.stdout == new.stdout
    one_line_error(run(built, "sparql", "-f", "jsno", "ASK { ?s ?p ?o }"), "--format: no format named 'jsno'; did you mean json?")
    missing = run(built, "sparql", "-f", str(tmp_path / "missing.rq"))
    assert missing.exit_code == 2 and "'--file'" in missing.stderr and "missing.rq" in missing.stderr


def _vocabulary(tmp_path: Path) -> Path:
    source = tmp_path / "terms.data"  # an extension that says nothing: the format must be given
    source.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                      "<https://example.org/t/a> a skos:Concept ; skos:prefLabel \"alpha term\"@en ;\n"
                      "    skos:definition \"The first term.\"@en .\n", encoding="utf-8")
    return source


def test_import_reads_the_format_from_from_and_from_the_old_format(tmp_path: Path) -> None:
    source = _vocabulary(tmp_path)
    workspace, other = (Workspace.at(tmp_path / name / "data", tmp_path / name / "exports") for name in ("new", "old"))
    guessed = run(workspace, "import", str(source))
    assert guessed.exit_code == 1 and "give --from (" in guessed.stderr
    new = run(workspace, "import", str(source), "--from", "turtle")
    assert new.exit_code == 0, new.output
    assert "note:" not in new.stderr
    old = run(other, "import", str(source), "--format", "turtle")
    assert old.exit_code == 0, old.output
    assert "note: kg import --format is now --from" in old.stderr
    written = [(w.data / "imported" / "terms.ttl").read_text(encoding="utf-8") for w in (workspace, other)]
    assert written[0] == written[1] and "alpha term" in written[0]
    one_line_error(run(workspace, "import", str(source), "--from", "turtel"), "--from: no format named 'turtel'; did you mean turtle?")
    one_line_error(run(workspace, "import", str(source), "--format", "turtel"), "--format: no format named 'turtel'; did you mean turtle?")


def test_validate_reads_the_format_from_from_and_from_the_old_format(tmp_path: Path) -> None:
    source = _vocabulary(tmp_path)
    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    new = run(workspace, "validate", str(source), "--from", "turtle")
    old = run(workspace, "validate", str(source), "--format", "turtle")
    assert new.exit_code == old.exit_code and new.stdout == old.stdout and "SHACL" in new.stdout
    assert "note: kg validate --format is now --from" in old.stderr and "note:" not in new.stderr
    one_line_error(run(workspace, "validate", str(source), "--from", "ttl"), "--from: no format named 'ttl'")


# ---------------------------------------------------------------- --rel: a list, repeated or with commas

@pytest.mark.parametrize("command", [["viz", "--around", "MoE", "--depth", "2", "-o", "-"],
                                     ["path", "MoE", "dense model", "-f", "json"]])
def test_rel_takes_commas_and_repeats_alike(built: Workspace, command: list[str]) -> None:
    commas = run(built, *command, "--rel", "isA,contrastsWith")
    repeated = run(built, *command, "--rel", "isA", "--rel", "contrastsWith")
    labels = run(built, *command, "--rel", "is a, contrasts with")  # labels and spaces, as in kg query
    assert commas.exit_code == 0, commas.output
    assert commas.stdout == repeated.stdout == labels.stdout
    narrower = run(built, *command, "--rel", "isA")
    assert narrower.stdout != commas.stdout  # the filter takes effect: contrastsWith is needed or drawn


def test_viz_draws_only_the_relations_given(built: Workspace) -> None:
    every = run(built, "viz", "--around", "MoE", "--depth", "2", "-o", "-").stdout
    result = run(built, "viz", "--around", "MoE", "--depth", "2", "--rel", "isA,contrastsWith", "-o", "-")
    assert result.exit_code == 0, result.output
    assert '"relation":"uses"' in every and '"relation":"uses"' not in result.stdout  # MoE uses expert network
    assert '"relation":"contrastsWith"' in result.stdout and '"relation":"isA"' in result.stdout


@pytest.mark.parametrize("command", [["viz", "-o", "-"], ["path", "MoE", "dense model"]])
def test_a_misspelt_relation_in_rel_names_the_option_and_the_closest_relation(built: Workspace, command: list[str]) -> None:
    one_line_error(run(built, *command, "--rel", "isA,contain"), "Error: --rel: no relation named 'contain'; did you mean contains?")
    one_line_error(run(built, *command, "--rel", "kindOf"), "--rel: no relation named 'kindOf'; relations: contains,")


# ---------------------------------------------------------------- --depth and --output: one range, one meaning

@pytest.mark.parametrize("command", [["viz", "-o", "-"], ["export", "-f", "mermaid", "-o", "-"]])
def test_depth_has_one_range_everywhere(built: Workspace, command: list[str]) -> None:
    assert run(built, *command, "--around", "MoE", "--depth", str(MAX_DEPTH)).exit_code == 0
    result = run(built, *command, "--around", "MoE", "--depth", str(MAX_DEPTH + 1))
    assert result.exit_code == 2 and f"0<=x<={MAX_DEPTH}" in result.stderr


def test_viz_output_takes_a_folder_and_stdout_as_export_does(built: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    written = run(built, "viz", "--around", "MoE", "-o", str(folder))
    assert written.exit_code == 0 and written.stdout.endswith(f"-> {folder / 'graph.html'}\n")
    out = run(built, "viz", "--around", "MoE", "-o", "-")
    assert out.stdout == (folder / "graph.html").read_text(encoding="utf-8") and out.stdout.startswith("<!DOCTYPE html>")
    assert out.stderr.endswith("statements\n")  # the summary, where it cannot spoil the page
    assert run(built, "viz", "-o", "-", "--open").exit_code == 2


# ---------------------------------------------------------------- --store and the endpoint's union mode

def test_a_misspelt_store_names_the_option_or_the_variable(built: Workspace) -> None:
    one_line_error(run(built, "--store", "oxigrap", "show", "MoE"), "Error: --store: no store named 'oxigrap'; did you mean oxigraph?")
    one_line_error(run(built, "show", "MoE", "--store", "memroy"), "Error: --store: no store named 'memroy'; did you mean memory?")
    one_line_error(run(built, "show", "MoE", env={"KG_STORE": "memroy"}),
                   "Error: KG_STORE: no store named 'memroy'; did you mean memory?", code=1)  # a setting, not usage
    assert run(built, "show", "MoE", env={"KG_STORE": "Memory"}).exit_code == 0


def test_a_misspelt_union_mode_is_named_before_the_server_is_asked(built: Workspace) -> None:
    nothing_listens = "http://127.0.0.1:9/sparql"
    result = run(built, "show", "MoE", env={"KG_ENDPOINT": nothing_listens, "KG_ENDPOINT_UNION": "oxigrph"})
    one_line_error(result, "Error: KG_ENDPOINT_UNION: no mode named 'oxigrph'; did you mean oxigraph?", code=1)
