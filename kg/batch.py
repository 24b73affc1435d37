"""Work over hundreds of thousands of RDF terms at once (a build, an import)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the duration. Such work allocates millions of tuples and
    terms that form no cycles, so every collector pass is pure cost: importing 700k triples took
    32 s with it and 20 s without (benchmarks/bench_store.py)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
