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
