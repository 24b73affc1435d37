"""`kg diff` and the line `kg build` ends with: concepts added, removed and relabelled (matched by IRI),
statements added and removed with their sources; between the last build and the notes now, and
between revisions of a real git repository, whose working tree, index and HEAD are left alone."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import cli
from kg.workspace import Workspace

V1 = "# Parsing\n\n## Tools\n\n- **Alpha:** Alpha uses Beta.\n- **Beta:** A parser.\n- **LangChain.js:** A library.\n"
V2 = V1.replace("Alpha uses Beta.", "Alpha uses Gamma.").replace("- **LangChain.js:** A library.\n",
                                                                 "- **Gamma:** A lexer.\n- **Langchain.js:** A library.\n")
V3 = V2 + "- **Delta:** Delta uses Gamma.\n"
FROM_V1_TO_V2 = [("added", "concept", "gamma", "", "", "", ["notes/n.md:7"]),
                 ("relabelled", "concept", "Langchain.js", "", "", "LangChain.js", ["notes/n.md:8"]),
                 ("added", "concept", "lexer", "", "", "", ["notes/n.md:7"]),
                 ("removed", "statement", "alpha", "uses", "beta", "", ["notes/n.md:5"]),
                 ("added", "statement", "alpha", "uses", "gamma", "", ["notes/n.md:5"]),
                 ("added", "statement", "gamma", "isA", "lexer", "", ["notes/n.md:7"])]
FIELDS = ("change", "kind", "subject", "relation", "object", "was", "sources")


def run(workspace: Workspace, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args])


def changes(workspace: Workspace, *revisions: str) -> list[tuple]:
    result = run(workspace, "diff", *revisions, "--format", "json")
    assert result.exit_code == 0, result.output
    return [tuple(row[f] for f in FIELDS) for row in json.loads(result.stdout)]


def write(workspace: Workspace, text: str) -> None:
    workspace.notes.mkdir(parents=True, exist_ok=True)
    (workspace.notes / "n.md").write_text(text, encoding="utf-8")


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = Workspace.at(tmp_path / "repo" / "data", tmp_path / "exports")
    write(workspace, V1)
    return workspace


def git(workspace: Workspace, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Notes", "-c", "user.email=notes@example.org", *args],
                          cwd=workspace.data, check=True, capture_output=True, text=True).stdout


def test_build_says_what_changed_since_the_last_build(workspace: Workspace) -> None:
    first = run(workspace, "build", "--no-page")
    assert first.exit_code == 0 and first.stdout.splitlines()[-1] == "first build"
    same = run(workspace, "build", "--no-page")
    assert same.stdout.splitlines()[-1] == "no change since the last build"
    write(workspace, V2)
    changed = run(workspace, "build", "--no-page")
    assert changed.stdout.splitlines()[-1] == "+2 concepts, 1 relabelled, +2 statements, -1 statement since the last build"


def test_diff_of_the_last_build_and_the_notes_now(workspace: Workspace) -> None:
    assert run(workspace, "build", "--no-page").exit_code == 0
    unchanged = run(workspace, "diff")
    assert unchanged.exit_code == 0 and unchanged.stdout == "" and unchanged.stderr == "no change since the last build\n"
    (workspace.notes / "n.md").touch()  # saved again as it was: its content decides, not its time
    assert run(workspace, "diff").stderr == "no change since the last build\n"
    built = workspace.dataset.read_bytes()
    write(workspace, V2)
    assert changes(workspace) == FROM_V1_TO_V2
    assert workspace.dataset.read_bytes() == built, "a diff writes nothing"
    table = run(workspace, "diff")
    assert table.stdout.splitlines()[2:] == ['+ concept gamma                              notes/n.md:7',
                                             '~ concept Langchain.js (was "LangChain.js")  notes/n.md:8',
                                             '+ concept lexer                              notes/n.md:7',
                                             '- alpha uses beta                            notes/n.md:5',
                                             '+ alpha uses gamma                           notes/n.md:5',
                                             '+ gamma isA lexer                            notes/n.md:7']
    assert table.stderr == "+2 concepts, 1 relabelled, +2 statements, -1 statement since the last build\n"
    csv = run(workspace, "diff", "--format", "csv").stdout.splitlines()
    assert csv[0] == "change,kind,subject,relation,object,was,sources,subject_iri,object_iri" and len(csv) == 7
    # a bad edit is an error naming its file, not a diff
    (workspace.data / "curated.ttl").write_text("@prefix broken", encoding="utf-8")
    broken = run(workspace, "diff")
    assert broken.exit_code == 1 and broken.stderr.startswith("Error: curated.ttl:1: ")


def test_diff_needs_a_build_to_compare_with(workspace: Workspace) -> None:
    result = run(workspace, "diff")
    assert result.exit_code == 1 and "run `kg build` first" in result.stderr


def test_diff_between_git_revisions(workspace: Workspace) -> None:
    git(workspace, "init", "-q", "..")
    git(workspace, "add", ".")
    git(workspace, "commit", "-qm", "v1")
    write(workspace, V2)
    git(workspace, "commit", "-qam", "v2")
    write(workspace, V3)  # the working tree, not committed
    status, head = git(workspace, "status", "--porcelain"), git(workspace, "rev-parse", "HEAD")

    assert changes(workspace, "HEAD~1", "HEAD") == FROM_V1_TO_V2
    assert changes(workspace, "HEAD") == [("added", "concept", "delta", "", "", "", ["notes/n.md:9"]),
                                          ("added", "statement", "delta", "uses", "gamma", "", ["notes/n.md:9"])]
    since_v1 = run(workspace, "diff", "HEAD~1")
    assert since_v1.stderr == "+3 concepts, 1 relabelled, +3 statements, -1 statement since HEAD~1\n"
    assert run(workspace, "diff", "HEAD~1", "HEAD").stderr.endswith("from HEAD~1 to HEAD\n")
    assert git(workspace, "status", "--porcelain") == status and git(workspace, "rev-parse", "HEAD") == head
    assert (workspace.notes / "n.md").read_text(encoding="utf-8") == V3, "the working tree is left alone"
    # each revision's build is kept under its tree's id, and read back the same
    kept = sorted((workspace.exports / ".kg-revisions").glob("*.json"))
    assert len(kept) == 2
    assert changes(workspace, "HEAD~1", "HEAD") == FROM_V1_TO_V2


def test_revisions_git_cannot_give(workspace: Workspace, tmp_path: Path) -> None:
    outside = run(workspace, "diff", "HEAD")
    assert outside.exit_code == 1 and "not in a git repository" in outside.stderr
    git(workspace, "init", "-q", "..")
    (workspace.data.parent / "README.md").write_text("notes to come\n", encoding="utf-8")
    git(workspace, "add", "../README.md")
    git(workspace, "commit", "-qm", "before the notes")
    git(workspace, "add", ".")
    git(workspace, "commit", "-qm", "the notes")
    for args, code, message in ((["nope"], 2, "git knows no revision 'nope'"),
                                (["--", "--output=x"], 2, "'--output=x' is not a git revision"),
                                (["HEAD~1"], 1, "HEAD~1 holds no"),
                                (["HEAD", "HEAD", "HEAD"], 2, "at most two revisions")):
        result = run(workspace, "diff", *args)
        assert result.exit_code == code and message in result.stderr, result.output
    assert not Path("x").exists() and not (workspace.data / "x").exists()


def test_a_diff_of_unchanged_notes_reads_nothing_of_them(workspace: Workspace) -> None:
    """The fast path: the last build's stamp stands for the notes, and the ingester is not even imported."""
    import sys
    import textwrap

    assert run(workspace, "build", "--no-page").exit_code == 0
    script = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import cli
        result = CliRunner().invoke(cli.cli, ["--data", {str(workspace.data)!r}, "--exports", {str(workspace.exports)!r}, "diff"])
        assert result.exit_code == 0 and result.stderr == "no change since the last build\\n", result.output
        print(" ".join(sorted(m for m in ("markdown_it", "lemminflect", "textblob", "kg.ingest.extract") if m in sys.modules)))
    """)
    repo = Path(__file__).parents[1]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=repo,
                          env={"PATH": "", "PYTHONPATH": str(repo)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_a_large_or_damaged_last_build_is_not_compared(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg
    from kg import builder

    assert kg.build(workspace, page=False).change_summary() == "first build"
    workspace.dataset.write_text("this is no TriG {", encoding="utf-8")
    assert kg.build(workspace, page=False).change_summary() == "first build (the last one could not be read)"
    monkeypatch.setattr(builder, "COMPARED_AT_MOST", 10)  # a pass over a million quads is not paid at every build
    assert kg.build(workspace, page=False).change_summary().startswith("changes since the last build not counted")
