"""aie-kg: Markdown study notes on AI engineering -> a typed RDF knowledge graph.

The public API is small and imports lazily, so that `import kg` costs next to nothing:

    from kg import Workspace, build, load
    result = build(Workspace.at("data", "exports"))
    graph = load(Workspace.at("data", "exports"))
    graph.resolve("MoE")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KGError, NothingFound, UnknownConceptError, WorkspaceError
from kg.version import __version__ as __version__
from kg.workspace import Workspace

if TYPE_CHECKING:
    from kg.builder import BuildResult
    from kg.graph.knowledge import KnowledgeGraph

__all__ = ["KGError", "KnowledgeGraph", "NothingFound", "UnknownConceptError", "Workspace", "WorkspaceError", "build", "load"]


def build(workspace: Workspace, **options: Any) -> BuildResult:
    """Build the workspace's graph from its notes and curated files; see kg.build.build."""
    from kg.builder import build as run

    return run(workspace, **options)


def load(workspace: Workspace) -> KnowledgeGraph:
    """The graph `kg build` last wrote in this workspace, from the backend its settings choose
    (workspace.store, workspace.endpoint; see kg.store)."""
    from kg.stores.backends import open_graph

    return open_graph(workspace)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph.knowledge import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
