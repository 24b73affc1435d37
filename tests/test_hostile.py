"""Notes built to make the ingester slow or break it: no regular expression of the package can
backtrack (regexploit, a static ReDoS finder, reads every pattern), the places that once did work per
item over the whole text now do a bounded number of steps, and random Markdown made of the pieces
that once hurt never raises. Times are measured in benchmarks/bench_hostile.py, never asserted here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.ingest import lists, markdown
from kg.ingest.parallel import extract
from kg.ingest.markdown import parse

REPO = Path(__file__).resolve().parents[1]


def test_no_regular_expression_of_the_package_can_backtrack_badly(tmp_path: Path) -> None:
    finder = shutil.which("regexploit-py", path=str(Path(sys.executable).parent))
    assert finder, "regexploit (a test dependency) is not installed"
    sources = sorted(str(p) for p in (REPO / "kg").rglob("*.py")) + [str(REPO / "cli.py")]
    report = subprocess.run([finder, *sources], capture_output=True, text=True, check=True).stdout
    assert "Vulnerable regex" not in report, report
    assert "Processed" in report  # it read the patterns


def test_the_finder_finds_a_pattern_that_backtracks(tmp_path: Path) -> None:
    """The check above can fail: a pattern this package once had ("is the <kind>" at a clause's end) is flagged."""
    finder = shutil.which("regexploit-py", path=str(Path(sys.executable).parent))
    bad = tmp_path / "bad.py"
    bad.write_text('import re\nDEFINITE = re.compile(r"\\s(?:is|are)\\s+the\\s+(?P<kind>[^,;()]+?)\\s*$")\n')
    report = subprocess.run([finder, str(bad)], capture_output=True, text=True, check=True).stdout
    assert "Vulnerable regex" in report


def test_links_are_moved_only_when_the_text_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = markdown._relocate
    monkeypatch.setattr(markdown, "_relocate", lambda *a: calls.append(a) or real(*a))
    parse("- " + "[a](x) " * 2000 + "\n", "notes.md")
    assert calls == []  # 2,000 links in a paragraph with no field or wikilink: none searched for
    parse("- [Orbit](https://example.org) uses [[Kite]] and key:: value\n", "notes.md")
    assert len(calls) == 1


def test_each_known_label_is_indexed_once_however_often_the_set_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    added: list[str] = []
    real = lists._Index.add
    monkeypatch.setattr(lists._Index, "add", lambda self, labels: added.extend(labels) or real(self, labels))
    protected: set[str] = set()
    for n in range(300):
        protected.add(f"mabe{n} and vabibe{n}")
        lists.mask(f"it uses mabe{n} and vabibe{n} and tokens", protected)
    assert len(added) == 300


PIECES = ["[[", "]]", "[a](x)", "**", "AAAA ", " that", "ly", "Examples of ", "\n- ", "\n", "|", "(", ")", ":", " and ",
          "'s ", "e.g., ", "such as ", " like ", "It uses ", "GPT-4", " is a ", "\n```\n", "> [!note]", "# ", "::", "\x00",
          "\u202e", "\x1b]0;x\x07", "Ω", " "]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=300))
@example([":", " that"])  # a line of a colon alone before its clause: a label of no words
def test_random_markdown_of_the_pieces_that_once_hurt_never_raises(pieces: list[str]) -> None:
    text = "".join(pieces)
    extraction = extract([parse(text, "notes.md")])
    assert all(s.subject.final() is not s.object.final() for s in extraction.statements)


def test_a_run_of_brackets_is_text_and_wikilinks_inside_it_still_read() -> None:
    notes = parse("- see [[[Kite]]] and [[Orbit]]\n\n" + "[" * 5000 + "\n", "notes.md")
    first, second = notes.paragraphs
    assert [w.text for w in first.wikilinks] == ["Kite", "Orbit"]
    assert second.text == "[" * 5000  # the run is text: no link starts in it


def test_a_sentence_longer_than_any_a_person_writes_is_read_as_nothing() -> None:
    from kg.ingest.phrases import LONGEST_SENTENCE, read

    assert read("Orbit uses Kite.", set()).claims
    assert not read("Orbit uses " + "Kite and " * (LONGEST_SENTENCE // 9) + "Wren.", set()).claims


# ---------------------------------------------------------------- XML entity bombs


RDF_OPEN = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"'
            ' xmlns:owl="http://www.w3.org/2002/07/owl#">')


def _billion_laughs() -> str:
    levels = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol0 "lol">\n{levels}]>\n{RDF_OPEN}'
            '<owl:Class rdf:about="http://x/a"><rdfs:label>&lol9;</rdfs:label></owl:Class></rdf:RDF>\n')


def _one_long_entity_used_often() -> str:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY big "{"x" * 50_000}">\n]>\n{RDF_OPEN}'
            f'<owl:Class rdf:about="http://x/a"><rdfs:label>{"&big;" * 20_000}</rdfs:label></owl:Class></rdf:RDF>\n')


@pytest.mark.parametrize("command", ["import", "validate"])
@pytest.mark.parametrize(("document", "said"), [
    pytest.param(_billion_laughs, "defined through other entities", id="billion laughs"),
    pytest.param(_one_long_entity_used_often, "would expand it to 1,000,", id="quadratic blowup"),
])
def test_an_entity_bomb_is_a_one_line_error_and_writes_nothing(tmp_path: Path, command: str, document, said: str) -> None:
    from click.testing import CliRunner

    from cli import cli

    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(document(), encoding="utf-8")
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["--data", str(data), "--exports", str(tmp_path / "exports"), command, str(bomb)])
    assert result.exit_code == 1, result.output
    assert said in result.output and "bomb.rdf" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not (data / "imported").exists() or not any((data / "imported").iterdir())


def test_entities_as_namespace_shorthands_are_read(tmp_path: Path) -> None:
    from kg.vocabularies.importer import read_rdf

    owl = tmp_path / "ok.owl"
    owl.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY owl "http://www.w3.org/2002/07/owl#">\n]>\n'
                   f'{RDF_OPEN}<owl:Class rdf:about="&owl;Thing2"><rdfs:label>A thing</rdfs:label></owl:Class></rdf:RDF>\n')
    triples = read_rdf(owl)
    assert any(t.subject.value == "http://www.w3.org/2002/07/owl#Thing2" for t in triples)


# ---------------------------------------------------------------- text from notes on a terminal

RAW = ["\x1b", "\x07", "\u202e", "\x9b"]


@pytest.mark.parametrize("args", [["show", "zeta"], ["query", "zeta", "uses", "?"], ["search", "ki"],
                                  ["show", "zeta", "--format", "json"], ["query", "zeta", "uses", "?", "--format", "csv"]])
def test_escape_sequences_from_notes_are_printed_escaped(tmp_path: Path, args: list[str]) -> None:
    import json

    from click.testing import CliRunner

    from cli import cli

    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    # the label "Ki\u202ete" carries a direction override into every answer that names it
    (notes / "n.md").write_text("- **Zeta:** Zeta uses Ki\u202ete. \x1b]0;PWNED\x07 \x1b[31mred \x9b2J\n", encoding="utf-8")
    workspace = ["--data", str(tmp_path / "data"), "--exports", str(tmp_path / "exports")]
    assert CliRunner().invoke(cli, [*workspace, "build", "--no-page"]).exit_code == 0
    result = CliRunner().invoke(cli, [*workspace, *args])
    assert result.exit_code == 0, result.output
    assert not any(raw in result.output for raw in RAW)
    if "json" in args:  # escaped as JSON escapes: the data is exact
        assert "\x1b]0;PWNED\x07" in json.loads(result.output)["definition"]
    elif args[0] == "show":
        assert "\\u001b]0;PWNED\\u0007" in result.output


# ---------------------------------------------------------------- a slip in curated Turtle


def test_an_unknown_relation_in_curated_turtle_is_a_warning_and_a_violation(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cli import cli

    data = tmp_path / "data"
    (data / "notes").mkdir(parents=True)
    (data / "notes" / "n.md").write_text("- **Zeta:** Zeta uses Kite.\n", encoding="utf-8")
    (data / "curated.ttl").write_text("@prefix kg: <https://w3id.org/aie-kg/vocab#> .\n"
                                      "@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .\n\n"
                                      "aie:zeta kg:isa aie:kite .\n", encoding="utf-8")
    workspace = ["--data", str(data), "--exports", str(tmp_path / "exports")]
    built = CliRunner().invoke(cli, [*workspace, "build", "--no-page"])
    assert built.exit_code == 0
    assert "curated.ttl:4: kg:isa is not a term of the vocabulary; did you mean kg:isA?" in built.output
    checked = CliRunner().invoke(cli, [*workspace, "validate"])
    assert checked.exit_code == 1
    assert "violation: 'zeta'" in checked.output and "kg:isa is not a term" in checked.output


# ---------------------------------------------------------------- bad values never end in a traceback

BAD_VALUES = ["x y", "-1", "nan", "inf", "abc", "", "\x00"]
ENVIRONMENT = ["KG_DATA", "KG_EXPORTS", "KG_STORE", "KG_ENDPOINT", "KG_UPDATE_ENDPOINT", "KG_ENDPOINT_TIMEOUT",
               "KG_PUSH_TIMEOUT", "KG_PUSH_CHUNK_BYTES", "KG_BASE", "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD",
               "KG_ENDPOINT_TOKEN"]
# enough for each command to reach its options: a concept, a relation, a file
ARGUMENTS = {"show": ["zeta"], "query": ["zeta", "uses", "?"], "path": ["zeta", "kite"], "search": ["zeta"],
             "sparql": ["SELECT * WHERE { ?s ?p ?o } LIMIT 1"], "import": ["{vocab}"], "validate": [], "export": []}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from cli import cli

    root = tmp_path_factory.mktemp("built")
    (root / "data" / "notes").mkdir(parents=True)
    (root / "data" / "notes" / "n.md").write_text("- **Zeta:** Zeta uses Kite.\n- **Kite:** A parser.\n", encoding="utf-8")
    (root / "vocab.ttl").write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                                    "<https://example.org/a> a skos:Concept ; skos:prefLabel \"a\" .\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--data", str(root / "data"), "--exports", str(root / "exports"), "build"]).exit_code == 0
    return root


def _no_traceback(result) -> None:  # noqa: ANN001 - click's Result
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def _commands() -> list[str]:
    from cli import COMMANDS

    return [name for name in COMMANDS if name != "init"]


@pytest.mark.parametrize("name", _commands())
def test_every_option_of_every_command_takes_bad_values_without_a_traceback(built: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from cli import cli

    monkeypatch.chdir(built)
    command = cli.get_command(None, name)  # type: ignore[arg-type]
    arguments = [a.replace("{vocab}", str(built / "vocab.ttl")) for a in ARGUMENTS.get(name, [])]
    options = [p for p in command.params if isinstance(p, __import__("click").Option) and not p.is_flag
               and p.name not in {"data", "exports", "endpoint", "store", "output"}]
    assert options or name in {"build", "stats", "links", "push", "viz"}, f"{name}: no option found to try"
    for option in options:
        for value in BAD_VALUES:
            result = CliRunner().invoke(cli, ["--data", "data", "--exports", "exports", name, *arguments, option.opts[0], value])
            _no_traceback(result)


@pytest.mark.parametrize("variable", ENVIRONMENT)
def test_every_environment_variable_takes_bad_values_without_a_traceback(built: Path, variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from cli import cli

    monkeypatch.chdir(built)
    for value in BAD_VALUES[:-1]:  # no environment can hold a NUL byte
        environment = {variable: value}
        if variable not in {"KG_ENDPOINT", "KG_DATA", "KG_EXPORTS", "KG_STORE"}:
            environment["KG_ENDPOINT"] = "http://127.0.0.1:9/sparql"  # the variables of a server: nothing listens there
        for args in (["show", "zeta"], ["build", "--no-page"], ["push"]):
            _no_traceback(CliRunner().invoke(cli, args, env=environment))


# ---------------------------------------------------------------- a server that trickles its answer


def test_a_server_that_trickles_its_answer_meets_a_deadline_for_the_whole_request() -> None:
    import socket
    import threading
    import time

    from kg.errors import EndpointError
    from kg.stores.endpoint import Endpoint

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    sent = []

    def trickle() -> None:
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: 1000\r\n\r\n")
        try:
            for _ in range(200):  # one byte every 0.2 s: each read waits far less than the timeout
                connection.sendall(b" ")
                sent.append(1)
                time.sleep(0.2)
        except OSError:
            pass
        finally:
            connection.close()

    server = threading.Thread(target=trickle, daemon=True)
    server.start()
    endpoint = Endpoint.from_env(f"http://127.0.0.1:{listener.getsockname()[1]}/query", environ={"KG_ENDPOINT_TIMEOUT": "1"})
    with pytest.raises(EndpointError) as failed:
        url = endpoint.query_url
        endpoint.read(url, endpoint.post(url, b"query=ASK{}", "application/x-www-form-urlencoded", "*/*"))
    server.join(timeout=60)
    listener.close()
    assert "no answer within 1 s (set KG_ENDPOINT_TIMEOUT to wait longer)" in str(failed.value)
    assert len(sent) < 100  # the client gave up long before the server was done (200 bytes)


# ---------------------------------------------------------------- what a killed or failed build leaves


def _dead_pid() -> int:
    import subprocess

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(finished.stdout)  # a process that has ended: its id names no running process


def test_a_build_removes_what_a_killed_build_left_and_keeps_a_running_ones(tmp_path: Path) -> None:
    import os

    import kg
    from kg.workspace import Workspace

    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports", store="oxigraph")
    workspace.notes.mkdir(parents=True)
    (workspace.notes / "n.md").write_text("- **Zeta:** Zeta uses Kite.\n", encoding="utf-8")
    workspace.exports.mkdir(parents=True)
    dead, alive = _dead_pid(), os.getppid()
    left = [workspace.exports / f".aie.trig.{dead}.abc123.tmp", workspace.exports / f".graph.html.{dead}.x.tmp"]
    kept = workspace.exports / f".aie.trig.{alive}.def456.tmp"
    folders = [workspace.exports / f".kg-store-tmp-{dead}", workspace.exports / f".kg-store-old-{dead}"]
    for path in [*left, kept]:
        path.write_bytes(b"half a file")
    for folder in folders:
        (folder / "db").mkdir(parents=True)
    kg.build(workspace, page=True)
    assert not any(p.exists() for p in left + folders)
    assert kept.exists()  # another process's, still running
    assert not [p for p in workspace.exports.glob(".*.tmp") if p != kept]  # and this build left none


def test_a_build_that_fails_on_its_last_output_leaves_every_output_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg
    from kg.errors import ExportError
    from kg.outputs import page
    from kg.workspace import Workspace

    workspace = Workspace.at(tmp_path / "data", tmp_path / "exports")
    workspace.notes.mkdir(parents=True)
    (workspace.notes / "n.md").write_text("- **Zeta:** Zeta uses Kite.\n", encoding="utf-8")
    kg.build(workspace, page=True)
    before = {p.name: p.read_bytes() for p in (workspace.dataset, workspace.turtle, workspace.page)}
    (workspace.notes / "n.md").write_text("- **Zeta:** Zeta uses Kite and Wren.\n", encoding="utf-8")

    def disk_full(*args: object, **kwargs: object) -> str:
        raise ExportError("cannot write: No space left on device", path=str(workspace.page))

    monkeypatch.setattr(page, "render_html", disk_full)
    with pytest.raises(ExportError):
        kg.build(workspace, page=True)
    assert {p.name: p.read_bytes() for p in (workspace.dataset, workspace.turtle, workspace.page)} == before
    assert not list(workspace.exports.glob(".*.tmp"))


def test_deep_lists_are_read_to_fifty_levels_and_deeper_ones_are_a_warning() -> None:
    thirty = parse("".join("  " * i + f"- **T{i}:** Item {i} uses Kite.\n" for i in range(30)), "notes.md")
    assert [p.term for p in thirty.paragraphs][-1] == "T29" and not thirty.problems  # CommonMark's preset stopped at ten
    seventy = parse("".join("  " * i + f"- **T{i}:** Item {i} uses Kite.\n" for i in range(70)), "notes.md")
    assert any("nested deeper than 50 levels" in problem for _line, problem in seventy.problems)


def test_a_nul_byte_is_left_out_of_labels_with_a_warning() -> None:
    notes = parse("# Top\n\n- **Ze\x00ta:** Zeta uses Kite.\n", "notes.md")
    assert notes.paragraphs[0].term == "Zeta"
    assert notes.problems == [(3, "a NUL byte (\\u0000), left out")]


def test_an_entity_bomb_hidden_behind_a_bracket_in_a_value_is_found(tmp_path: Path) -> None:
    from kg.errors import KGError
    from kg.vocabularies.importer import read_rdf

    hidden = tmp_path / "hidden.rdf"
    hidden.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a "]>">\n<!ENTITY b "&a;&a;">\n]>\n{RDF_OPEN}</rdf:RDF>\n')
    with pytest.raises(KGError, match="hidden.rdf:4: entity 'b' is defined through other entities"):
        read_rdf(hidden)


@pytest.mark.parametrize("text", ["**:**[[", "- **:** a den", "**:** moss\n"])
def test_a_bold_colon_alone_is_no_term(text: str) -> None:
    """ "**:**": what the bold holds, less its colon, is nothing: no term (an empty one once broke the remark test)."""
    notes = parse(text, "notes.md")
    assert all(p.term is None for p in notes.paragraphs)
    extract([notes])
