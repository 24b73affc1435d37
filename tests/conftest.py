"""Fixtures shared by the test files: the repository's paths and a graph built from the shipped notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg
from kg.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared folder beside the checkout: the reference lists and vocabularies."""
    assert SHARED.is_dir(), f"the shared folder is missing beside the checkout: {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A copy of the shipped data folder, built (without the page) once for the whole session."""
    root = tmp_path_factory.mktemp("shipped")
    shutil.copytree(REPO / "data", root / "data")
    workspace = Workspace.at(root / "data", root / "exports")
    kg.build(workspace, page=False)
    return workspace


@pytest.fixture(scope="session")
def graph(built: Workspace) -> kg.KnowledgeGraph:
    return kg.load(built)
