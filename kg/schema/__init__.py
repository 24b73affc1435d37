"""The vocabulary's ontology (vocab.ttl) and SHACL shapes (shapes.ttl), shipped as package data."""

from __future__ import annotations

import os


def path(name: str) -> str:
    """The file path of one of them. Not importlib.resources or pathlib: they cost every command
    milliseconds to import."""
    return os.path.join(os.path.dirname(__file__), name)


def build_salt(base: str) -> str:
    """What a build's output depends on besides its input files: kg's version, the vocabulary and
    the base IRI, as one digest (`kg diff` compares stamps of builds made with it)."""
    import hashlib

    from kg.version import __version__

    with open(path("vocab.ttl"), "rb") as vocabulary:
        return hashlib.sha1(f"{__version__}\n{base}\n".encode() + vocabulary.read()).hexdigest()
