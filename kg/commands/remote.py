"""`kg push`: the built graph onto a SPARQL 1.1 server."""

from __future__ import annotations

import click

from kg.commands.common import EPILOG, command, pass_workspace
from kg.workspace import Workspace


@command(epilog=EPILOG)
@click.option("--endpoint", "url", default=None, metavar="URL",
              help="The server's SPARQL query URL (default: the global --endpoint / KG_ENDPOINT).")
@click.option("--update-endpoint", "update_url", default=None, envvar="KG_UPDATE_ENDPOINT", metavar="URL",
              help="Where updates go, when the server takes them elsewhere than the query URL says.")
@click.option("--full", is_flag=True, help="Send the whole collection, not only what changed since the last push.")
@click.option("--replace", is_flag=True,
              help="Replace this workspace's collection on the server even if another workspace (or scheme) pushed it.")
@pass_workspace(own=("endpoint",))
def push(workspace: Workspace, url: str | None, update_url: str | None, full: bool, replace: bool) -> None:
    """Load the built graph into a SPARQL 1.1 server, replacing this collection's graphs there
    atomically (everything else on the server is left alone); then read it with --endpoint.

    Each workspace has its own collection on the server, named by the id in data/kg.toml. A
    collection there that another workspace or scheme pushed (or an older kg, which recorded no
    workspace) is not replaced: the push says what it would drop and exits 1; --replace goes ahead.

    After the first push only what changed is sent, as the digests in the graph say. Should
    another push reach the server meanwhile, none of this one applies, and it says so. --full
    sends everything (say, after the server's graphs were edited by other means).

    Credentials come from the environment: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP basic)
    or KG_ENDPOINT_TOKEN (bearer). Timeout: KG_PUSH_TIMEOUT seconds (default 600).

    \b
    Examples:
      kg push --endpoint http://localhost:7878
      kg push --endpoint http://localhost:7878 --full
      kg push --endpoint http://localhost:7878 --replace
      kg --endpoint http://localhost:7878 show MoE
      KG_ENDPOINT_TOKEN=... kg push --endpoint https://example.org/repositories/aie
    """
    target = url or workspace.endpoint
    if not target:
        raise click.UsageError("give the server with --endpoint URL (or set KG_ENDPOINT)")
    push_to(workspace, target, update_url, full, replace)


def push_to(workspace: Workspace, url: str, update_url: str | None, full: bool = False, replace: bool = False) -> None:
    from kg.stores.push import push as run
    from kg.stores.endpoint import Endpoint
    from kg.stores.backends import local_store

    endpoint = Endpoint.from_env(url, update_url)
    click.echo(run(local_store(workspace), endpoint, full=full, replace=replace).summary())
