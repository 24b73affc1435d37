"""Notes files read on several cores. Each file is read apart from the others (kg.ingest.extract
reads one), and what the files say is joined in their order (Extraction.absorb): the graph is the
same whether one process reads them all or several share them out.

A build of many files spends nearly all its time reading them, one core at a time; a worker
process per core reads a share of them. Workers are forked where the system allows it, so they
start with the modules and the tagger's tables the build has loaded already.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator

from kg.ingest.extract import read_file, settle
from kg.ingest.extraction import Extraction
from kg.ingest.markdown import NotesFile
from kg.ingest.memo import SentenceReadings
from kg.ingest.tagger import readings, tagged

# Below this many paragraphs, starting workers costs more than it saves (benchmarks/bench_scale.py).
IN_PARALLEL_FROM = 2000


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract(files: list[NotesFile], jobs: int = 1) -> Extraction:
    """Concepts and statements of all notes files, in this process unless `jobs` says otherwise;
    relations between files resolve by label."""
    return settle(read_files(files, jobs=jobs))


def read_files(files: list[NotesFile], counted: Callable[[], object] | None = None, jobs: int | None = None) -> Extraction:
    """What each notes file says, its concepts not yet linked across files (settle() does); in
    `jobs` processes (default: a process per core) when the files are many enough to gain from
    it. `counted` is called after each paragraph (kg.progress)."""
    jobs = min(jobs or cores(), len(files))
    many = len(files) > 1
    if jobs > 1 and sum(len(notes.paragraphs) for notes in files) >= IN_PARALLEL_FROM:
        parts = _in_workers(files, jobs, counted)
    else:
        parts = (read_file(notes, many, counted) for notes in files)
    extraction = next(parts, None) or Extraction()  # the first file's, as it was read: one file alone stays as it is
    for part in parts:
        extraction.absorb(part)
    return extraction


def _in_workers(files: list[NotesFile], jobs: int, counted: Callable[[], object] | None) -> Iterator[Extraction]:
    """Each file's reading, in the order of the files, from a pool of `jobs` processes."""
    # the tagger's and the lemmatizer's tables, loaded once before the workers fork, not once in each
    tagged("Tables loaded")
    readings("loaded")
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(jobs) as pool:
        for notes, part in zip(files, pool.imap(_read_apart, [(notes, len(files) > 1) for notes in files])):
            for _ in notes.paragraphs if counted is not None else ():
                counted()
            yield part


def _read_apart(task: tuple[NotesFile, bool]) -> Extraction:
    """A worker's reading of one file, without what it kept to read faster (its sentences read)."""
    extraction = read_file(*task)
    extraction.readings = SentenceReadings()
    return extraction
