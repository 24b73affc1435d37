"""Fixtures shared by the test files: the repository's paths and a graph built from the shipped notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg
from kg import Workspace

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def reference() -> Path:
    """tests/reference: what a correct graph of the shipped notes and of the corpus holds (TSV lists)."""
    return TESTS / "reference"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """tests/corpus: three openly licensed collections of Markdown notes that no one on this project wrote."""
    return TESTS / "corpus"


@pytest.fixture(scope="session")
def vocab_folder() -> Path:
    """tests/vocab: external vocabularies for the import tests (the AI Ontology). Not `vocab`, which
    would hide kg.vocab in the tests that import it."""
    return TESTS / "vocab"


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


@pytest.fixture
def stated_twice(tmp_path: Path) -> Path:
    """A data folder whose notes and curated Turtle both state MoE isA sparse model, and curated
    Turtle a relation to something that is no concept: three statements (MoE isA model architecture,
    isA sparse model, sparse model contrastsWith dense model), one of them from two files."""
    data = tmp_path / "twice" / "data"
    (data / "notes").mkdir(parents=True)
    (data / "notes" / "sparse.md").write_text(
        "# Sparse models\n"
        "\n"
        "- **Mixture of Experts (MoE):** A model architecture that routes each input to a few expert networks.\n"
        "  isA:: [[sparse model]]\n"
        "- **Sparse model:** A model that activates only a part of itself for each input.\n"
        "  contrastsWith:: [[dense model]]\n"
        "- **Dense model:** A model that uses all of its parameters for every input.\n", encoding="utf-8")
    (data / "curated.ttl").write_text(
        "@prefix aie: <https://w3id.org/aie-kg/aie/concept/> .\n"
        "@prefix kg: <https://w3id.org/aie-kg/vocab#> .\n"
        "\n"
        "aie:mixture-of-experts kg:isA aie:sparse-model .\n"
        "aie:mixture-of-experts kg:relatedTo <https://example.org/not-a-concept> .\n", encoding="utf-8")
    return data


@pytest.fixture
def copied(built: Workspace, tmp_path: Path) -> Workspace:
    """The built shipped workspace, copied so that a test may spoil its files or write beside them."""
    shutil.copytree(built.data, tmp_path / "data")
    shutil.copytree(built.exports, tmp_path / "exports")
    return Workspace.at(tmp_path / "data", tmp_path / "exports")


@pytest.fixture(scope="session")
def synthetic_built(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A synthetic workspace of 300 concepts in the owner's style (benchmarks/synthetic.py), built once."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.pop(0)
    return synthetic.workspace(tmp_path_factory.mktemp("synthetic"), 300)
