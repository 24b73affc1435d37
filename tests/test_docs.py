"""Every command documents itself, and the README tells of every command and starts with the two
commands that set up and run the main job and the tests."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli

COMMANDS = sorted(cli.list_commands(None))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_exit_codes(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Example" in text and f"kg {command}" in text
    assert "Exit codes: 0" in text and "2 usage" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str, repo: Path) -> None:
    assert f"kg {command}" in (repo / "README.md").read_text(encoding="utf-8")


def test_the_readme_opens_with_the_setup_commands(repo: Path) -> None:
    lines = (repo / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "```sh"
    assert lines[1].startswith("python3 -m venv .venv") and lines[1].endswith("kg build")
    assert lines[2].startswith("bash .ci/run")
    assert (repo / ".ci" / "run").is_file()


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("kg, version ")


def test_init_starts_a_workspace_that_builds(tmp_path: Path) -> None:
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        first = runner.invoke(cli, ["init"])
        assert first.exit_code == 0, first.output
        assert "wrote data/notes/notes.md" in first.stdout
        assert re.search(r'^workspace = "[a-z0-9-]+-[0-9a-f]{6}"$', (tmp_path / "data" / "kg.toml").read_text(encoding="utf-8"), re.M)
        built = runner.invoke(cli, ["build", "--no-page"])
        assert built.exit_code == 0, built.output
        shown = runner.invoke(cli, ["show", "MoE", "--format", "json"])
        assert '"label": "mixture of experts"' in shown.stdout
        again = runner.invoke(cli, ["init"])
        assert again.exit_code == 1 and "already holds notes" in again.stderr
    finally:
        os.chdir(cwd)


def test_workspace_options_may_follow_the_command(tmp_path: Path, repo: Path) -> None:
    """`kg build --store oxigraph --data D` as the README writes it, and the command's value wins."""
    import shutil

    shutil.copytree(repo / "data" / "notes", tmp_path / "notes" / "notes")
    data, exports = str(tmp_path / "notes"), str(tmp_path / "out")
    built = CliRunner().invoke(cli, ["--data", "nowhere", "build", "--no-page", "--store", "oxigraph",
                                     "--data", data, "--exports", exports])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "out" / ".kg-store").is_dir()
    shown = CliRunner().invoke(cli, ["show", "MoE", "--format", "json", "--data", data, "--exports", exports])
    assert shown.exit_code == 0, shown.output
    assert '"label": "mixture of experts"' in shown.stdout
    elsewhere = CliRunner().invoke(cli, ["show", "MoE", "--exports", str(tmp_path / "empty")])
    assert elsewhere.exit_code == 1


def readme_sessions(readme: str) -> list[tuple[int, str]]:
    """The README's Python sessions (```pycon blocks), each with the line of the README it starts on."""
    found, lines = [], readme.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.rstrip() == "```pycon":
            end = next(i for i in range(number + 1, len(lines)) if lines[i].rstrip() == "```")
            found.append((number + 1, "".join(lines[number + 1:end])))
    return found


def test_the_readme_python_sessions_print_what_the_readme_shows(repo: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```pycon block of the README, run in order as one session in a copy of the shipped
    workspace, prints what the README shows (doctest), and together they use the whole API."""
    import doctest
    import shutil

    readme = (repo / "README.md").read_text(encoding="utf-8")
    sessions = readme_sessions(readme)
    used = "".join(text for _line, text in sessions)
    for name in ("kg.build(", "kg.load(", ".resolve(", "kg.describe(", ".sparql(", ".to_networkx(", "inferred=True",
                 ".to_rdflib(", "union=True", "nx.shortest_path("):
        assert name in used, f"the README's Python sessions never use {name}"
    shutil.copytree(repo / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    runner = doctest.DocTestRunner()
    report: list[str] = []
    names: dict[str, object] = {}
    for line, text in sessions:
        # the README's own line numbers in a failure: doctest adds the example's line within the block
        session = doctest.DocTestParser().get_doctest(text, {}, "README.md", str(repo / "README.md"), line)
        session.globs = names  # one session: what a block defines, the next one uses
        runner.run(session, out=report.append, clear_globs=False)
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= 20 and (tmp_path / "exports" / "aie.trig").is_file()


def matches_shown(shown: list[str], printed: list[str]) -> str | None:
    """None if `printed` is what the README `shown`, where a line "[...]" stands for lines left out
    and a line ending in " [...]" for one cut short; else the first README line that does not hold."""
    at, skipping = 0, False
    for line in shown:
        if line.strip() == "[...]":
            skipping = True
            continue
        cut = line.endswith(" [...]")
        wanted = line.removesuffix(" [...]")
        while at < len(printed) and not (printed[at].startswith(wanted) if cut else printed[at] == wanted):
            if not skipping:
                return line
            at += 1
        if at == len(printed):
            return line
        at, skipping = at + 1, cut
    return None if skipping or at == len(printed) else f"(printed more: {printed[at]!r})"


def test_the_readme_tour_prints_what_it_shows(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command of the tour, run in order on a copy of the shipped notes and the committed
    exports, prints what the tour shows (but for --open, which would start a browser)."""
    import shlex
    import shutil

    readme = (repo / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A tour", 1)[1].split("```console\n", 1)[1].split("\n```", 1)[0]
    runs = [block.splitlines() for block in ("\n" + tour).split("\n$ ")[1:]]
    assert len(runs) >= 9
    shutil.copytree(repo / "data", tmp_path / "data")
    shutil.copytree(repo / "exports", tmp_path / "exports")  # as a clone has them: the build compares with the last
    monkeypatch.chdir(tmp_path)
    for command, *shown in runs:
        args = [arg for arg in shlex.split(command)[1:] if arg != "--open"]
        result = CliRunner().invoke(cli, args, env={"KG_ENDPOINT": None, "KG_STORE": None})
        while shown and not shown[-1]:
            shown.pop()
        wrong = matches_shown(shown, result.output.splitlines())
        assert wrong is None, f"$ {command}\n  README: {wrong}\n  printed:\n{result.output}"
        assert result.exit_code == (1 if any(line.startswith("Error: ") for line in shown) else 0), result.output
