"""The remote store against a real Oxigraph server on 127.0.0.1: `kg push`, then the same answers
from the server as from the local store; faults provoked for real (a server killed, a closed port,
HTTP 500, a timeout, a push cut off half-way), each a one-line error that leaves the workspace and the
server's collection as they were; credentials sent from the environment and never shown."""

from __future__ import annotations

import base64
import re
import hashlib
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

import kg
from cli import cli
from kg.stores.endpoint import Endpoint, update_url_for
from kg.errors import EndpointError, KGError
from kg.stores.push import collection_of, push
from kg.stores.remote import RemoteStore, _stem
from kg.stores.backends import local_store
from kg.workspace import Workspace

BASE = "https://w3id.org/aie-kg/aie/"
NAMES = ["MoE", "mixture of experts", "transformer", "transformers", "RNNs", "recurrent neural network",
         "attention module", "tokenization", "AlphaFold", "DeepMind's AlphaFold", "sparse model", "LangChain.js"]
SECRET_USER, SECRET_PASSWORD, SECRET_TOKEN = "alice", "pa55-w0rd-xyzzy", "tok-3141592653"


# ---------------------------------------------------------------- an Oxigraph server


@dataclass
class Server:
    process: subprocess.Popen
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)

    def update(self, text: str) -> int:
        request = urllib.request.Request(f"{self.url}/update", data=text.encode(), method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def dump(self) -> set[str]:
        """Every quad on the server, as N-Quads lines (read with plain HTTP, not with kg's client)."""
        request = urllib.request.Request(f"{self.url}/store", headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return set(response.read().decode().splitlines())

    def graphs(self) -> set[str]:
        query = urllib.parse.urlencode({"query": "SELECT ?g WHERE { GRAPH ?g { } }"})
        request = urllib.request.Request(f"{self.url}/query?{query}", headers={"Accept": "text/tab-separated-values"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return set(response.read().decode().splitlines()[1:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_binary() -> str:
    found = Path(sys.executable).with_name("oxigraph")
    if not found.is_file():
        found = Path(shutil.which("oxigraph") or "")
    if not found.is_file():
        pytest.fail("the Oxigraph server is missing: install the test extras (pip install -e '.[test]', package oxigraph)")
    return str(found)


def start_server(location: Path) -> Server:
    for _attempt in range(3):  # another process may take the free port first
        port = free_port()
        process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = Server(process, port)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None:
            try:
                server.graphs()
                return server
            except OSError:
                time.sleep(0.05)
        server.stop()
    pytest.fail("the Oxigraph server did not start")


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Callable[[], Server]]:
    """Start as many servers as a test wants; every one is killed at teardown."""
    started: list[Server] = []

    def start() -> Server:
        server = start_server(tmp_path / f"oxigraph-{len(started)}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def pushed(built: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the read tests, holding the shipped notes' collection, pushed by `kg push`."""
    server = start_server(tmp_path_factory.mktemp("oxigraph"))
    result = run(built, "push", "--endpoint", server.url)
    assert result.exit_code == 0, result.output
    yield server
    server.stop()


def run(workspace: Workspace, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["--data", str(workspace.data), "--exports", str(workspace.exports), *args], env=env)


def remote(workspace: Workspace, url: str) -> kg.KnowledgeGraph:
    return kg.load(Workspace.at(workspace.data, workspace.exports, endpoint=url))


def one_line_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_workspace(built: Workspace, root: Path) -> Workspace:
    shutil.copytree(built.data, root / "data")
    shutil.copytree(built.exports, root / "exports")
    return Workspace.at(root / "data", root / "exports")


def as_text(quads: Iterator[ox.Quad]) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object} {q.graph_name}" for q in quads}


# ---------------------------------------------------------------- the same answers


def test_push_then_the_server_answers_as_the_local_store(built: Workspace, pushed: Server) -> None:
    local, server = kg.load(built), remote(built, pushed.url)
    for name in NAMES:
        concept = local.resolve(name)
        assert server.resolve(name) == concept, name
        assert server.label(concept) == local.label(concept)
        assert server.definition(concept) == local.definition(concept)
        assert server.aliases(concept) == local.aliases(concept)
        assert server.see_also(concept) == local.see_also(concept)
        assert server.class_of(concept) == local.class_of(concept)
        assert server.concept_sources(concept) == local.concept_sources(concept)
        edges = list(local.edges(concept)) + list(local.edges(obj=concept))
        assert list(server.edges(concept)) + list(server.edges(obj=concept)) == edges, name
        assert all(edge.sources for edge in edges)
    assert server.concepts() == local.concepts()
    assert list(server.edges()) == list(local.edges())
    assert as_text(server.store.quads_for_pattern(None, None, None, None)) == as_text(local.store.quads_for_pattern(None, None, None, None))
    assert as_text(server.store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == \
        as_text(local.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_every_label_and_alias_resolves_as_locally(built: Workspace, pushed: Server) -> None:
    local, server = kg.load(built), remote(built, pushed.url)
    names = {value for c in local.concepts() for value in [local.label(c), *local.aliases(c)]}
    names |= {n.upper() for n in names} | {n + "s" for n in names} | {f"{n}'s" for n in names} | {"O'Reilly", "nothing like it"}
    for name in sorted(names):
        outcomes = []
        for graph in (local, server):
            try:
                outcomes.append(graph.resolve(name))
            except KGError as error:
                outcomes.append(str(error))
        assert outcomes[0] == outcomes[1], name


def test_a_stem_every_matching_label_holds() -> None:
    assert _stem("mixture of experts") in "mixture of experts"
    assert _stem("policy") in "policies" and _stem("person") in "people" and _stem("matrix") in "matrices"
    assert _stem("recurrent neural network") == "recurrent"


COMMANDS = [
    ["show", "MoE"], ["show", "transformer", "--format", "json"], ["show", "RNNs", "--asserted"], ["show", "no such thing"],
    ["query", "transformer", "contains", "?"], ["query", "?", "isA", "sparse model", "--format", "csv"],
    ["path", "MoE", "dense model"], ["search", "transfomer"], ["stats"],
    ["sparql", "SELECT ?c ?l WHERE { ?c a kg:Architecture ; skos:prefLabel ?l } ORDER BY ?l"],
    ["sparql", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g LIMIT 5"],
    ["sparql", "ASK { aie:mixture-of-experts kg:isA ?x }"],
    ["sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s a kg:Architecture ; ?p ?o }"],
    ["sparql", "SELECT ?c WHERE {\n  ?c a kg:Architecture\n  ORDER BY ?c"],
    ["export", "-f", "turtle", "-o", "-"], ["export", "-f", "trig", "-o", "-"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args)[:40])
def test_commands_say_the_same_with_endpoint(built: Workspace, pushed: Server, args: list[str]) -> None:
    local = run(built, *args)
    server = run(built, "--endpoint", pushed.url, *args)
    assert (server.exit_code, server.stdout, server.stderr) == (local.exit_code, local.stdout, local.stderr)
    assert local.stdout or local.stderr


@pytest.mark.parametrize("mode", ["graphs", "oxigraph"])
def test_sparql_over_the_union_and_with_bindings(built: Workspace, pushed: Server, mode: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_UNION", mode)
    local, server = kg.load(built).store, remote(built, pushed.url).store
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    for union in (True, False):
        answers = [[row["n"] for row in store.query(count, use_default_graph_as_union=union)] for store in (local, server)]
        assert answers[0] == answers[1], union
    labels = "SELECT ?c ?l WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
    binding = {ox.Variable("c"): ox.NamedNode(BASE + "concept/mixture-of-experts")}
    answers = [[row["l"] for row in store.query(labels, substitutions=binding, use_default_graph_as_union=True)]
               for store in (local, server)]
    assert answers[0] == answers[1] == [ox.Literal("mixture of experts", language="en")]


def test_the_python_api_reads_an_endpoint_as_the_local_graph(built: Workspace, pushed: Server) -> None:
    """graph.sparql, to_rdflib and to_networkx give over an endpoint what they give locally."""
    import networkx

    local, server = kg.load(built), remote(built, pushed.url)
    kinds = "SELECT ?kind WHERE { ?c kg:isA ?kind } ORDER BY ?kind"
    moe = local.resolve("MoE")
    answers = [[row["kind"] for row in graph.sparql(kinds, c=moe)] for graph in (local, server)]
    assert answers[0] == answers[1] == [ox.NamedNode(BASE + "concept/model-architecture"), ox.NamedNode(BASE + "concept/sparse-model")]
    assert set(server.to_rdflib(union=True)) == set(local.to_rdflib(union=True))
    assert networkx.utils.graphs_equal(server.to_networkx(inferred=True), local.to_networkx(inferred=True))


def test_build_with_an_endpoint_pushes(built: Workspace, servers: Callable[[], Server], tmp_path: Path) -> None:
    workspace, server = copy_workspace(built, tmp_path / "copy"), servers()
    result = run(workspace, "--endpoint", server.url, "build", "--no-page")
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stdout
    assert remote(workspace, server.url).resolve("MoE") == kg.load(workspace).resolve("MoE")


# ---------------------------------------------------------------- what a push touches


def collection(server: Server) -> set[str]:
    return {line for line in server.dump() if f"<{BASE}source/" in line.rsplit(" ", 2)[-2] or f"<{BASE}provenance>" in line}


def local_quads(workspace: Workspace) -> set[str]:
    """The local dataset as the server should hold it: the default graph's quads in <base>provenance."""
    store = local_store(workspace)
    return {f"{q.subject} {q.predicate} {q.object} {q.graph_name if isinstance(q.graph_name, ox.NamedNode) else f'<{BASE}provenance>'} ."
            for q in store.quads_for_pattern(None, None, None, None)}


OTHERS = f"""INSERT DATA {{
  <http://example.org/s> <http://example.org/p> "in the default graph" .
  GRAPH <http://example.org/other> {{ <http://example.org/s> <http://example.org/p> "another graph" }}
  GRAPH <https://example.org/notes/source/x.md#L1> {{ <https://example.org/notes/scheme> a <http://www.w3.org/2004/02/skos/core#ConceptScheme> }}
  GRAPH <{BASE}sourcery> {{ <http://example.org/s> <http://example.org/p> "a lookalike IRI" }}
}}"""


def test_a_push_replaces_the_collection_and_leaves_everything_else(built: Workspace, servers: Callable[[], Server],
                                                                   tmp_path: Path) -> None:
    server = servers()
    assert server.update(OTHERS) == 204
    others = server.dump()
    first = push(local_store(built), Endpoint.from_env(server.url + "/query"))
    assert first.quads == len(local_quads(built)) and first.requests == 1
    assert collection(server) == local_quads(built)
    assert server.dump() - collection(server) == others
    # a second workspace whose notes lost an entry: its push drops the graphs that no longer exist
    workspace = copy_workspace(built, tmp_path / "smaller")
    notes = workspace.notes / "ai-engineering-notes.md"
    lines = notes.read_text(encoding="utf-8").splitlines()
    notes.write_text("\n".join(line for line in lines if "**Token:**" not in line) + "\n", encoding="utf-8")
    kg.build(workspace, page=False)
    second = push(local_store(workspace), Endpoint.from_env(server.url), chunk_bytes=4000, full=True)
    assert second.requests > 3 and second.dropped >= 1
    assert collection(server) == local_quads(workspace)
    assert server.dump() - collection(server) == others
    assert {g for g in server.graphs() if g.startswith(f"<{BASE}")} == \
        {str(g) for g in local_store(workspace).named_graphs()} | {f"<{BASE}provenance>", f"<{BASE}sourcery>"}


def edited(built: Workspace, root: Path, drop: str, add: str) -> Workspace:
    """A copy of the workspace whose notes lost the lines holding `drop` and gained the entry `add`, built."""
    workspace = copy_workspace(built, root)
    notes = workspace.notes / "ai-engineering-notes.md"
    lines = [line for line in notes.read_text(encoding="utf-8").splitlines() if drop not in line]
    notes.write_text("\n".join(lines) + f"\n\n## Extra\n\n- **{add}:** A test entry.\n", encoding="utf-8")
    kg.build(workspace, page=False)
    return workspace


def test_a_later_push_sends_only_what_changed(built: Workspace, servers: Callable[[], Server], tmp_path: Path) -> None:
    server = servers()
    assert server.update(OTHERS) == 204
    others = server.dump()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    again = run(built, "push", "--endpoint", server.url)
    assert again.exit_code == 0 and "pushed 0 quads" in again.stdout and "holds this graph already" in again.stdout
    # A new chapter at the end, and the last line gone: the locations above keep their lines.
    workspace = edited(built, tmp_path / "edited", "theresanaiforthat", "Quokka Layer")
    result = push(local_store(workspace), Endpoint.from_env(server.url))
    assert result.requests == 1 and result.dropped >= 1 and "only what changed" in result.note
    assert 0 < result.quads < len(local_quads(workspace)) / 10
    assert collection(server) == local_quads(workspace)
    assert server.dump() - collection(server) == others
    assert remote(workspace, server.url).resolve("quokka layer") == kg.load(workspace).resolve("quokka layer")
    assert run(workspace, "--endpoint", server.url, "show", "theresanaiforthat.com").exit_code == 1, "gone from the server"
    # a change too large for one request of the given size: the whole collection goes, staged
    bigger = edited(built, tmp_path / "bigger", "**Token:**", "Wombat Layer")
    staged = push(local_store(bigger), Endpoint.from_env(server.url), chunk_bytes=4000)
    assert staged.requests > 3 and not staged.note
    assert collection(server) == local_quads(bigger)


def test_a_push_overtaken_by_another_applies_nothing(built: Workspace, servers: Callable[[], Server], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Two people push changes at once: the second to read the server's digests finds, when it sends,
    that they are no longer there, so none of its operations apply and it says so."""
    from kg.graph import digests

    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    mine = edited(built, tmp_path / "mine", "**Token:**", "Quokka Layer")
    theirs = edited(built, tmp_path / "theirs", "**Tokenization:**", "Wombat Layer")
    read = digests.on_server

    def read_then_lose_the_race(*args):
        found = read(*args)  # what this push bases its changes on ...
        monkeypatch.setattr(digests, "on_server", read)
        assert run(theirs, "push", "--endpoint", server.url).exit_code == 0  # ... just before the other push lands
        return found

    monkeypatch.setattr(digests, "on_server", read_then_lose_the_race)
    message = one_line_error(run(mine, "push", "--endpoint", server.url))
    assert "another push changed the collection" in message and "none of this one was applied" in message
    assert collection(server) == local_quads(theirs)
    assert run(mine, "push", "--endpoint", server.url).exit_code == 0
    assert collection(server) == local_quads(mine)


def test_a_long_push_shows_its_progress_off_a_terminal(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    result = run(built, "push", "--endpoint", server.url, env={"KG_PUSH_CHUNK_BYTES": "4000", "KG_PROGRESS_INTERVAL": "0.01"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("pushed ") and result.stdout.count("\n") == 1
    lines = result.stderr.splitlines()
    uploaded = [m for m in map(re.compile(r"push: ([\d,]+)/([\d,]+) quads uploaded").fullmatch, lines) if m]
    assert uploaded and {int(m[2].replace(",", "")) for m in uploaded} == {len(local_quads(built))}
    assert all(line.startswith("push: ") for line in lines), lines


# ---------------------------------------------------------------- whose collection a push replaces


def fresh_workspace(root: Path, term: str) -> Workspace:
    """A workspace of its own (no data/kg.toml yet: the first build names it), with one entry, built."""
    workspace = Workspace.at(root / "data", root / "exports")
    workspace.notes.mkdir(parents=True)
    (workspace.notes / "notes.md").write_text(f"# Other Notes\n\n## Part\n\n- **{term}:** A {term} is a sparse model.\n",
                                              encoding="utf-8")
    assert run(workspace, "build", "--no-page").exit_code == 0
    return workspace


def test_two_workspaces_with_default_settings_keep_their_own_collections(built: Workspace, servers: Callable[[], Server],
                                                                         tmp_path: Path) -> None:
    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    shipped = collection(server)
    other = fresh_workspace(tmp_path / "other-notes", "Quokka Layer")
    name = (other.data / "kg.toml").read_text(encoding="utf-8")
    assert re.search(r'^workspace = "other-notes-[0-9a-f]{6}"$', name, re.M), name
    result = run(other, "push", "--endpoint", server.url)
    assert result.exit_code == 0, result.output
    assert "dropped" not in result.stdout and re.search(r"of https://w3id\.org/aie-kg/other-notes-[0-9a-f]{6}/ to", result.stdout)
    assert collection(server) == shipped  # the shipped notes' collection is whole
    # each workspace reads its own collection; elsewhere, KG_BASE picks one
    assert run(other, "--endpoint", server.url, "show", "quokka layer").exit_code == 0
    assert run(built, "--endpoint", server.url, "show", "quokka layer").exit_code == 1
    assert remote(built, server.url).resolve("MoE") == kg.load(built).resolve("MoE")
    nowhere = Workspace.at(tmp_path / "nowhere" / "data", tmp_path / "nowhere" / "exports")
    assert "holds 2 collections, none of this workspace's" in one_line_error(run(nowhere, "--endpoint", server.url, "show", "MoE"))
    assert run(nowhere, "--endpoint", server.url, "show", "MoE", env={"KG_BASE": BASE}).exit_code == 0
    # the same workspace again: as before, nothing to send
    again = run(other, "push", "--endpoint", server.url)
    assert again.exit_code == 0 and "holds this graph already" in again.stdout


MARK = "<https://w3id.org/aie-kg/vocab#workspace>"


@pytest.mark.parametrize(("tamper", "whose"), [
    (f"DELETE WHERE {{ GRAPH <{BASE}provenance> {{ ?s {MARK} ?w }} }}", "was pushed by an older kg, which recorded no workspace"),
    (f'DELETE {{ GRAPH <{BASE}provenance> {{ ?s {MARK} ?w }} }} INSERT {{ GRAPH <{BASE}provenance> {{ ?s {MARK} "theirs-123abc" }} }} '
     f"WHERE {{ GRAPH <{BASE}provenance> {{ ?s {MARK} ?w }} }}", "came from the workspace 'theirs-123abc'"),
])
def test_a_collection_another_workspace_pushed_is_replaced_only_when_asked(built: Workspace, servers: Callable[[], Server],
                                                                          tamper: str, whose: str) -> None:
    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    assert server.update(tamper) == 204  # as an older kg left it, or another workspace named as this one
    before = server.dump()
    message = one_line_error(run(built, "push", "--endpoint", server.url))
    graphs = len(list(local_store(built).named_graphs()))
    graph = kg.load(built)
    concepts = sum(1 for c in graph.concepts() if graph.class_of(c) != "Topic")
    assert message == (f"Error: the collection {BASE} on the server {whose}: this push would drop its {graphs} graphs "
                       f"({concepts} concepts); nothing was pushed; `kg push --replace` replaces it")
    assert server.dump() == before
    replaced = run(built, "push", "--endpoint", server.url, "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert collection(server) == local_quads(built)  # marked as this workspace's again
    again = run(built, "push", "--endpoint", server.url)
    assert again.exit_code == 0 and "holds this graph already" in again.stdout


def test_the_same_workspace_with_another_base_is_another_scheme(built: Workspace, servers: Callable[[], Server],
                                                                tmp_path: Path) -> None:
    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    before = server.dump()
    workspace = copy_workspace(built, tmp_path / "rebased")
    assert run(workspace, "build", "--no-page", "--base", "https://w3id.org/aie-kg/elsewhere/").exit_code == 0
    message = one_line_error(run(workspace, "push", "--endpoint", server.url))
    assert f"the collection {BASE} on the server came from this workspace built with another base (scheme <{BASE}scheme>)" in message
    assert server.dump() == before


def test_a_graph_built_before_workspaces_had_ids_is_not_pushed(built: Workspace, servers: Callable[[], Server],
                                                               tmp_path: Path) -> None:
    workspace = copy_workspace(built, tmp_path / "older")
    text = workspace.dataset.read_text(encoding="utf-8")
    workspace.dataset.write_text(re.sub(r' ;\n\tkg:workspace "aie" \.', " .", text), encoding="utf-8")
    assert "kg:workspace" not in workspace.dataset.read_text(encoding="utf-8")
    server = servers()
    assert "does not say which workspace it was built in" in one_line_error(run(workspace, "push", "--endpoint", server.url))
    assert not collection(server)


def test_one_update_request_is_one_transaction_on_oxigraph(servers: Callable[[], Server]) -> None:
    """What the push relies on: an update whose last operation fails applies none of the earlier ones."""
    server = servers()
    assert server.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }") == 204
    before = server.dump()
    status = server.update("DROP GRAPH <http://example.org/g> ; "
                           "INSERT DATA { GRAPH <http://example.org/h> { <http://example.org/s> <http://example.org/p> 2 } } ; "
                           "CREATE GRAPH <http://example.org/h>")
    assert status >= 400
    assert server.dump() == before


# ---------------------------------------------------------------- faults


@dataclass
class Fake:
    """A tiny HTTP server in a thread that answers every request with `respond`; it records what came."""

    respond: Callable[[http.server.BaseHTTPRequestHandler], None]
    seen: list[dict[str, str]]
    server: http.server.ThreadingHTTPServer

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def fake() -> Iterator[Callable[[Callable[[http.server.BaseHTTPRequestHandler], None]], Fake]]:
    made: list[Fake] = []

    def make(respond: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Fake:
        seen: list[dict[str, str]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    respond(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        made.append(Fake(respond, seen, server))
        return made[-1]

    yield make
    for each in made:
        each.server.shutdown()
        each.server.server_close()


def answer(status: int, body: str, content_type: str = "text/plain", headers: dict[str, str] | None = None):
    def respond(handler: http.server.BaseHTTPRequestHandler) -> None:
        data = body.encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
    return respond


READS = [["show", "MoE"], ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["push"]]


def check_fault(workspace: Workspace, url: str, expected: str, env: dict[str, str] | None = None) -> list[str]:
    """Every read and a push fail with one line holding `expected`; the workspace is left as it was."""
    before = fingerprint(workspace.exports)
    messages = []
    for args in READS:
        command = ["push", "--endpoint", url] if args == ["push"] else ["--endpoint", url, *args]
        message = one_line_error(run(workspace, *command, env=env))
        assert expected in message, message
        messages.append(message)
    assert fingerprint(workspace.exports) == before
    return messages


def test_a_closed_port(built: Workspace) -> None:
    messages = check_fault(built, f"http://127.0.0.1:{free_port()}", "connection refused")
    assert "nothing was pushed" in messages[-1]


def test_the_server_killed_mid_session(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    graph = remote(built, server.url)
    concept = graph.resolve("MoE")
    server.stop()
    with pytest.raises(EndpointError, match="connection refused"):
        list(graph.edges(concept))
    check_fault(built, server.url, "connection refused")


def test_http_500(built: Workspace, fake) -> None:
    failing = fake(answer(500, "database on fire\nmore detail"))
    messages = check_fault(built, failing.url, "answered HTTP 500 Internal Server Error: database on fire")
    assert "nothing was pushed" in messages[-1] and "as it was" in messages[-1]


def test_a_wrong_url(built: Workspace, pushed: Server, fake) -> None:
    check_fault(built, pushed.url + "/nothing/here", "HTTP 404")
    html = fake(answer(200, "<html>a web page</html>", "text/html"))
    message = one_line_error(run(built, "--endpoint", html.url + "/sparql", "show", "MoE"))
    assert "not SPARQL JSON results" in message
    assert "must start with http://" in one_line_error(run(built, "--endpoint", "ftp://127.0.0.1/sparql", "show", "MoE"))


def test_a_timeout(built: Workspace, fake) -> None:
    def slow(handler: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        answer(200, '{"head":{"vars":[]},"results":{"bindings":[]}}', "application/sparql-results+json")(handler)

    sleepy = fake(slow)
    started = time.monotonic()
    messages = check_fault(built, sleepy.url, "no answer within 0.4 s",
                           env={"KG_ENDPOINT_TIMEOUT": "0.4", "KG_PUSH_TIMEOUT": "0.4"})
    assert time.monotonic() - started < 8
    assert "KG_ENDPOINT_TIMEOUT" in messages[0]


def test_an_empty_server_says_to_push_first(built: Workspace, servers: Callable[[], Server]) -> None:
    message = one_line_error(run(built, "--endpoint", servers().url, "show", "MoE"))
    assert "holds no aie-kg collection; run `kg push` first" in message


class CuttingProxy:
    """A TCP proxy to `upstream` that, in a request holding `marker`, forwards only up to the marker
    and a few bytes more, then closes both connections: a push cut off half-way."""

    def __init__(self, upstream: int, marker: bytes) -> None:
        self.upstream, self.marker, self.cut = upstream, marker, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        server = socket.create_connection(("127.0.0.1", self.upstream))
        threading.Thread(target=self._pipe, args=(server, client), daemon=True).start()
        seen = b""
        with client, server:
            while data := client.recv(65536):
                seen += data
                where = seen.find(self.marker)
                if where >= 0:
                    server.sendall(data[: max(0, len(data) - (len(seen) - where - len(self.marker) - 20))])
                    self.cut += 1
                    return
                server.sendall(data)

    @staticmethod
    def _pipe(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


@pytest.mark.parametrize(("marker", "chunk", "how"), [(b"INSERT DATA", "4000", "--full"), (b"INSERT { GRAPH ?live", "4000", "--full"),
                                                (b"INSERT DATA", "", "--full"), (b"INSERT { GRAPH <", "", "")],
                         ids=["staged upload", "staged swap", "one request", "only the changes"])
def test_a_push_cut_off_half_way(built: Workspace, servers: Callable[[], Server], tmp_path: Path, marker: bytes,
                                 chunk: str, how: str) -> None:
    server = servers()
    assert server.update(OTHERS) == 204
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    before = server.dump()
    workspace = copy_workspace(built, tmp_path / "changed")
    notes = workspace.notes / "ai-engineering-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n## Extra\n\n- **Quokka Layer:** A test layer.\n", encoding="utf-8")
    kg.build(workspace, page=False)
    exports = fingerprint(workspace.exports)
    proxy = CuttingProxy(server.port, marker)
    try:
        message = one_line_error(run(workspace, "push", "--endpoint", f"http://127.0.0.1:{proxy.port}", *how.split(),
                                     env={"KG_PUSH_CHUNK_BYTES": chunk}))
    finally:
        proxy.close()
    assert proxy.cut == 1
    assert "nothing was pushed" in message or "MAY OR MAY NOT have been applied" in message, message
    if marker == b"INSERT DATA" and chunk:
        assert "the collection on the server is as it was" in message
    assert {line for line in server.dump() if "/staging/" not in line} == before
    assert fingerprint(workspace.exports) == exports
    # the next push, staged or in one request, clears what the cut one left
    again = run(workspace, "push", "--endpoint", server.url, env={"KG_PUSH_CHUNK_BYTES": "4000" if b"?live" in marker else ""})
    assert again.exit_code == 0, again.output
    assert not any("/staging/" in g for g in server.graphs())
    assert collection(server) == local_quads(workspace)
    assert remote(workspace, server.url).resolve("quokka layer") == kg.load(workspace).resolve("quokka layer")


def test_a_push_whose_cleanup_fails_still_says_it_pushed(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    assert run(built, "push", "--endpoint", server.url).exit_code == 0  # the first: one upload, nothing staged
    proxy = CuttingProxy(server.port, f"DROP SILENT GRAPH <{BASE}staging/".encode())
    try:
        result = run(built, "push", "--endpoint", f"http://127.0.0.1:{proxy.port}", "--full", env={"KG_PUSH_CHUNK_BYTES": "4000"})
    finally:
        proxy.close()
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stdout and "the staging graphs are still on the server" in result.stdout
    assert collection(server) == local_quads(built)
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    assert not any("/staging/" in g for g in server.graphs())


# ---------------------------------------------------------------- credentials


def test_basic_credentials_come_from_the_environment(built: Workspace, fake) -> None:
    capture = fake(answer(200, '{"head":{"vars":["g","scheme"]},"results":{"bindings":[]}}', "application/sparql-results+json"))
    env = {"KG_ENDPOINT_USER": SECRET_USER, "KG_ENDPOINT_PASSWORD": SECRET_PASSWORD}
    result = run(built, "--endpoint", capture.url + "/sparql", "show", "MoE", env=env)
    assert "holds no aie-kg collection" in one_line_error(result)
    expected = "Basic " + base64.b64encode(f"{SECRET_USER}:{SECRET_PASSWORD}".encode()).decode()
    assert capture.seen and all(request["authorization"] == expected for request in capture.seen)
    assert SECRET_PASSWORD not in result.output and expected.split()[1] not in result.output


def test_a_bearer_token_comes_from_the_environment(built: Workspace, fake) -> None:
    capture = fake(answer(200, '{"head":{"vars":["g","scheme"]},"results":{"bindings":[]}}', "application/sparql-results+json"))
    result = run(built, "push", "--endpoint", capture.url + "/sparql", env={"KG_ENDPOINT_TOKEN": SECRET_TOKEN})
    assert capture.seen and all(request["authorization"] == f"Bearer {SECRET_TOKEN}" for request in capture.seen)
    assert SECRET_TOKEN not in result.output


def test_no_credentials_no_header(built: Workspace, fake) -> None:
    capture = fake(answer(200, '{"head":{"vars":["g","scheme"]},"results":{"bindings":[]}}', "application/sparql-results+json"))
    run(built, "--endpoint", capture.url, "show", "MoE", env={"KG_ENDPOINT_TOKEN": "", "KG_ENDPOINT_USER": ""})
    assert capture.seen and not any("authorization" in request for request in capture.seen)


def test_secrets_never_appear_even_when_a_server_echoes_them(built: Workspace, fake) -> None:
    basic = base64.b64encode(f"{SECRET_USER}:{SECRET_PASSWORD}".encode()).decode()
    settings = [({"KG_ENDPOINT_USER": SECRET_USER, "KG_ENDPOINT_PASSWORD": SECRET_PASSWORD}, [SECRET_PASSWORD, basic]),
                ({"KG_ENDPOINT_TOKEN": SECRET_TOKEN}, [SECRET_TOKEN])]
    for env, secrets in settings:
        echoing = fake(answer(401, "denied for " + " and ".join(secrets) + "\nsecond line"))
        for args in (["--endpoint", echoing.url, "show", "MoE"], ["push", "--endpoint", echoing.url]):
            result = run(built, *args, env=env)
            message = one_line_error(result)
            assert "HTTP 401" in message and "KG_ENDPOINT_USER" in message and "denied for ***" in message
            assert not any(secret in result.output for secret in secrets)


def test_credentials_in_the_url_are_refused_and_never_shown(built: Workspace, fake) -> None:
    capture = fake(answer(200, "{}", "application/sparql-results+json"))
    port = capture.server.server_address[1]
    for url in (f"http://{SECRET_USER}:{SECRET_PASSWORD}@127.0.0.1:{port}/sparql", f"http://{SECRET_PASSWORD}@127.0.0.1:{port}/"):
        for args in (["--endpoint", url, "show", "MoE"], ["push", "--endpoint", url]):
            result = run(built, *args)
            assert "must not hold credentials" in one_line_error(result)
            assert SECRET_PASSWORD not in result.output and SECRET_USER not in result.output
    assert capture.seen == []


def test_a_redirect_is_not_followed_with_the_credentials(built: Workspace, fake) -> None:
    elsewhere = fake(answer(200, "{}", "application/sparql-results+json"))
    redirecting = fake(answer(302, "", headers={"Location": elsewhere.url + "/sparql"}))
    result = run(built, "--endpoint", redirecting.url, "show", "MoE", env={"KG_ENDPOINT_TOKEN": SECRET_TOKEN})
    assert "HTTP 302" in one_line_error(result)
    assert elsewhere.seen == [] and SECRET_TOKEN not in result.output


def test_a_successful_push_shows_no_secret(built: Workspace, pushed: Server) -> None:
    env = {"KG_ENDPOINT_USER": SECRET_USER, "KG_ENDPOINT_PASSWORD": SECRET_PASSWORD}
    result = run(built, "push", "--endpoint", pushed.url, env=env)
    assert result.exit_code == 0, result.output
    assert SECRET_PASSWORD not in result.output and "pushed" in result.stdout


# ---------------------------------------------------------------- small parts


def test_update_urls_of_known_servers() -> None:
    assert update_url_for("http://localhost:7878") == "http://localhost:7878/update"
    assert update_url_for("http://localhost:7878/query") == "http://localhost:7878/update"
    assert update_url_for("http://localhost:3030/aie/query") == "http://localhost:3030/aie/update"
    assert update_url_for("http://localhost:7200/repositories/aie") == "http://localhost:7200/repositories/aie/statements"
    assert update_url_for("http://localhost:8890/sparql") == "http://localhost:8890/sparql"


def test_settings_that_make_no_sense(built: Workspace, pushed: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "KG_ENDPOINT_TIMEOUT must be a number" in one_line_error(
        run(built, "--endpoint", pushed.url, "show", "MoE", env={"KG_ENDPOINT_TIMEOUT": "soon"}))
    assert "set both KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD" in one_line_error(
        run(built, "--endpoint", pushed.url, "show", "MoE", env={"KG_ENDPOINT_USER": "bob"}))
    assert "no aie-kg collection under https://example.org/x/" in one_line_error(
        run(built, "--endpoint", pushed.url, "show", "MoE", env={"KG_BASE": "https://example.org/x/"}))
    push_without = CliRunner().invoke(cli, ["--data", str(built.data), "--exports", str(built.exports), "push"], env={"KG_ENDPOINT": ""})
    assert push_without.exit_code == 2


def test_the_collection_is_found_or_named(built: Workspace, pushed: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    endpoint = Endpoint.from_env(pushed.url + "/query")
    assert RemoteStore(endpoint).base == BASE
    monkeypatch.setenv("KG_BASE", BASE)
    assert RemoteStore(endpoint).base == BASE
    monkeypatch.setenv("KG_BASE", "https://example.org/other/")
    with pytest.raises(EndpointError, match="no aie-kg collection under https://example.org/other/"):
        RemoteStore(endpoint)
    assert RemoteStore(endpoint, "https://example.org/other/").base == "https://example.org/other/"  # kg push's way in


# ---------------------------------------------------------------- a first push: one upload, seen whole or not at all


def test_a_first_push_is_one_upload_of_the_whole_collection(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    assert server.update(OTHERS) == 204
    others = server.dump()
    result = run(built, "push", "--endpoint", server.url)
    assert result.exit_code == 0 and result.stdout.strip().endswith(f"to {server.url}/store"), result.output
    assert collection(server) == local_quads(built)
    assert {line for line in server.dump() if line not in collection(server)} == others  # nothing else changed


def test_a_first_push_cut_off_half_way_leaves_nothing(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    proxy = CuttingProxy(server.port, f"<{BASE}provenance> .".encode())  # the provenance is sent last
    try:
        message = one_line_error(run(built, "push", "--endpoint", f"http://127.0.0.1:{proxy.port}"))
    finally:
        proxy.close()
    # small enough to be in the socket's buffers whole before the cut: the push cannot know, and says so
    assert proxy.cut == 1 and ("nothing was pushed" in message or "MAY OR MAY NOT have been applied" in message), message
    assert server.dump() == set()  # the server had a part of the upload, and loaded none of it
    assert run(built, "push", "--endpoint", server.url).exit_code == 0
    assert collection(server) == local_quads(built)


class NoGraphStore:
    """An HTTP proxy to `upstream` for SPARQL query and update that has no graph store (/store: 404),
    as most servers have none that takes datasets there."""

    def __init__(self, upstream: str) -> None:
        class Forward(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.startswith("/store"):
                    self.send_error(404)
                    return
                request = urllib.request.Request(upstream + self.path, data=body, method="POST",
                                                 headers={k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")})
                try:
                    with urllib.request.urlopen(request, timeout=30) as answer:
                        status, data, kind = answer.status, answer.read(), answer.headers.get("Content-Type", "")
                except urllib.error.HTTPError as error:
                    status, data, kind = error.code, error.read(), error.headers.get("Content-Type", "")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Forward)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_server_without_a_graph_store_gets_updates(built: Workspace, servers: Callable[[], Server]) -> None:
    server = servers()
    proxy = NoGraphStore(server.url)
    try:
        result = run(built, "push", "--endpoint", proxy.url)
    finally:
        proxy.close()
    assert result.exit_code == 0 and result.stdout.strip().endswith(f"to {proxy.url}/update"), result.output
    assert collection(server) == local_quads(built)


def quads_of(server: Server, base: str) -> int:
    """How many quads the server holds in the collection under `base` (its source graphs and provenance)."""
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                             f"FILTER(STRSTARTS(STR(?g), \"{base}source/\") || ?g = <{base}provenance>) }}"})
    request = urllib.request.Request(f"{server.url}/query?{query}", headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return int(response.read().decode().splitlines()[1].split("^^")[0].strip('"'))


def counts_while(server: Server, base: str, push: Callable[[], Result]) -> tuple[Result, list[int]]:
    """Run `push` while a reader counts the collection's quads on the server, as often as it can."""
    seen: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.append(quads_of(server, base))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        result = push()
    finally:
        done.set()
        reader.join()
    return result, seen


def test_a_reader_sees_the_old_collection_or_the_new_one_only(servers: Callable[[], Server], tmp_path: Path) -> None:
    """A synthetic workspace large enough that a push takes a while; a reader counting all along sees
    no collection or all of it during the first push, then the old one or the new one during a push
    that replaces it (staged, then swapped in)."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.pop(0)
    workspace = synthetic.workspace(tmp_path / "synthetic", 600)
    base = collection_of(local_store(workspace)).collection
    server = servers()
    first, seen = counts_while(server, base, lambda: run(workspace, "push", "--endpoint", server.url))
    assert first.exit_code == 0, first.output
    total = len(local_quads(workspace))
    assert quads_of(server, base) == total
    assert seen and set(seen) <= {0, total}, sorted(set(seen))
    notes = sorted(workspace.notes.glob("*.md"))[0]
    notes.write_text(notes.read_text(encoding="utf-8") + "\n## More\n\n- **Quokka Layer:** A layer added later.\n", encoding="utf-8")
    kg.build(workspace, page=False)
    again, seen = counts_while(server, base, lambda: run(workspace, "push", "--endpoint", server.url, "--full",
                                                        env={"KG_PUSH_CHUNK_BYTES": "200000"}))
    assert again.exit_code == 0 and "dropped" not in again.stdout, again.output
    now = len(local_quads(workspace))
    assert now > total and quads_of(server, base) == now
    assert seen and set(seen) <= {total, now}, sorted(set(seen))
