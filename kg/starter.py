"""`kg init`: a new workspace with a notes file that shows, by example, what the ingester reads."""

from __future__ import annotations

from pathlib import Path

from kg import settings
from kg.errors import WorkspaceError
from kg.files import atomic_write
from kg.workspace import Workspace

NOTES = """\
# My AI Engineering Notes

## Chapter 1

### Concepts

- **Language Model:** A language model encodes statistical information about one or more languages.
- **Mixture of Experts (MoE):** Mixture of Experts is a model architecture that uses multiple expert networks.
  isA:: [[sparse model]]
- **Sparse vs Dense Models:** Sparse models activate a few parameters per input, while dense models use all of them.

### Libraries

- [LangChain.js](https://github.com/langchain-ai/langchainjs)
"""

CURATED = """\
# Statements the notes do not spell out, merged by `kg build` (method: curated).
@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .
@prefix kg: <https://w3id.org/aie-kg/vocab#> .

aie:mixture-of-experts kg:relatedTo aie:language-model .
"""


def init(workspace: Workspace) -> list[Path]:
    """Create data/notes/notes.md, data/curated.ttl and data/kg.toml (the workspace's id, kg.settings);
    refuse if the data folder has notes already."""
    if workspace.notes.is_dir() and any(workspace.notes.rglob("*.md")):
        raise WorkspaceError("already holds notes; nothing was changed", path=str(workspace.notes))
    written = []
    for path, text in ((workspace.notes / "notes.md", NOTES), (workspace.data / "curated.ttl", CURATED)):
        if not path.exists():
            atomic_write(path, text)
            written.append(path)
    if settings.workspace_id(workspace) is None:
        settings.workspace_id(workspace, create=True)
        written.append(workspace.data / settings.SETTINGS)
    workspace.exports.mkdir(parents=True, exist_ok=True)
    return written
