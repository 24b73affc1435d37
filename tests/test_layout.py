"""The package's layout is its architecture: import-linter's contracts (pyproject.toml) hold, and
they catch an import against the flow; the command line stays thin."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"]


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LINT, "--no-cache"], cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PATH": ""})


def test_the_import_contracts_are_kept(repo: Path) -> None:
    done = lint(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_import_against_the_flow_breaks_a_contract(repo: Path, tmp_path: Path) -> None:
    """The ingester importing a query module is caught, by name."""
    shutil.copytree(repo / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(repo / "pyproject.toml", tmp_path)
    markdown = tmp_path / "kg" / "ingest" / "markdown.py"
    markdown.write_text(markdown.read_text(encoding="utf-8") + "\nfrom kg.query import search  # noqa\n", encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode != 0
    assert "The ingester knows nothing of queries" in done.stdout and "BROKEN" in done.stdout
    assert "kg.ingest.markdown -> kg.query.search" in done.stdout


def test_the_command_line_is_thin_and_modules_small(repo: Path) -> None:
    assert len((repo / "cli.py").read_text(encoding="utf-8").splitlines()) < 250
    long = {str(p.relative_to(repo)): n for p in (repo / "kg").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert not long, f"modules that hold more than one idea: {long}"
