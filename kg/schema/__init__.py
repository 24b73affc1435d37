"""The vocabulary's ontology (vocab.ttl) and SHACL shapes (shapes.ttl), shipped as package data."""

from __future__ import annotations

import os


def path(name: str) -> str:
    """The file path of one of them. Not importlib.resources or pathlib: they cost every command
    milliseconds to import."""
    return os.path.join(os.path.dirname(__file__), name)
