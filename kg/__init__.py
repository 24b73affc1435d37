"""aie-kg: Markdown study notes on AI engineering -> a typed RDF knowledge graph.

The public API is small and imports lazily, so that `import kg` costs next to nothing:

    import kg
    workspace = kg.Workspace.at("data", "exports")
    result = kg.build(workspace)
    graph = kg.load(workspace)            # a KnowledgeGraph
    moe = graph.resolve("MoE")
    kg.describe(graph, "MoE")             # stated and inferred relations, with their sources
    graph.sparql("SELECT ?kind WHERE { ?c kg:isA ?kind }", c=moe)
    graph.to_networkx(inferred=True), graph.to_rdflib()

README.md, "Use it from Python", shows each with its output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KGError, NothingFound, UnknownConceptError, WorkspaceError
from kg.version import __version__ as __version__
from kg.workspace import Workspace

if TYPE_CHECKING:
    import pyoxigraph

    from kg.builder import BuildResult
    from kg.graph.description import Description
    from kg.graph.knowledge import KnowledgeGraph

__all__ = ["KGError", "KnowledgeGraph", "NothingFound", "UnknownConceptError", "Workspace", "WorkspaceError",
           "build", "describe", "load"]


def build(workspace: Workspace, **options: Any) -> BuildResult:
    """Build the workspace's graph from its notes and curated files; see kg.build.build."""
    from kg.builder import build as run

    return run(workspace, **options)


def load(workspace: Workspace) -> KnowledgeGraph:
    """The graph `kg build` last wrote in this workspace, from the backend its settings choose
    (workspace.store, workspace.endpoint; see kg.store)."""
    from kg.stores.backends import open_graph

    return open_graph(workspace)


def describe(graph: KnowledgeGraph, name: str | pyoxigraph.NamedNode, *, inferred: bool = True) -> Description:
    """A concept as `kg show` prints it: label, class, aliases, definition, topics, sources, and in
    `.relations` every relation out and in, each a dict with "relation", "concept", "how" (stated,
    structural, weak or inferred), "sources" and, for an inferred one, "rule". `name` is resolved as
    graph.resolve resolves it, or is a concept's IRI; `inferred=False` keeps to what the notes state."""
    from kg.query.patterns import describe as by_name, describe_concept

    if isinstance(name, str):
        return by_name(graph, name, inferred=inferred)
    return describe_concept(graph, name, inferred=inferred)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph.knowledge import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
