"""The IRIs of one notes collection: the concepts and topics under the base every workspace shares
(so curated files and other tools name them alike), the source locations under the workspace's own
collection base (kg.settings), and the concept scheme, which says which workspace it was built in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from kg.schema import vocab
from kg.settings import collection_base
from kg.source import Source

DEFAULT_BASE = "https://w3id.org/aie-kg/aie/"
WORKSPACE = ox.NamedNode(vocab.VOCAB + "workspace")  # on the scheme: the id of the workspace it was built in


@dataclass
class Namespaces:
    """The IRIs of one notes collection, built in the workspace `workspace` (None: as kg built before
    workspaces had ids, everything under the base)."""

    base: str = DEFAULT_BASE
    workspace: str | None = None

    @classmethod
    def of(cls, store: Any) -> Namespaces | None:
        """The namespaces of a built dataset, from its concept scheme <base>scheme; None without one."""
        default = ox.DefaultGraph()
        for quad in store.quads_for_pattern(None, vocab.RDF_TYPE, vocab.CONCEPT_SCHEME, default):
            if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.endswith("scheme"):
                marks = [q.object.value for q in store.quads_for_pattern(quad.subject, WORKSPACE, None, default)]
                return cls(quad.subject.value.removesuffix("scheme"), marks[0] if marks else None)
        return None

    @property
    def collection(self) -> str:
        """The base of what a server holds of this collection: <collection>source/..., <collection>provenance."""
        return collection_base(self.base, self.workspace) if self.workspace else self.base

    @property
    def concept(self) -> str:
        return self.base + "concept/"

    @property
    def topic(self) -> str:
        return self.base + "topic/"

    @property
    def source(self) -> str:
        return self.collection + "source/"

    @property
    def scheme(self) -> ox.NamedNode:
        return ox.NamedNode(self.base + "scheme")

    def prefixes(self) -> dict[str, str]:
        return {"aie": self.concept, "topic": self.topic, "src": self.source, **vocab.PREFIXES}

    def file(self, path: str) -> ox.NamedNode:
        return ox.NamedNode(_file_iri(self.base, self.workspace, path))

    def location(self, source: Source) -> ox.NamedNode:
        rule = f"-{source.rule}" if source.rule else ""
        return ox.NamedNode(f"{_file_iri(self.base, self.workspace, source.file)}#L{source.line}{rule}")


@lru_cache(maxsize=1024)
def _file_iri(base: str, workspace: str | None, path: str) -> str:
    """A file's IRI: a build asks it of a few files at each of their 73k locations (at 20,000
    concepts), where quoting the path and working out the collection's base cost 0.3 s."""
    return Namespaces(base, workspace).source + quote(path)
