"""Notes files parsed and read on several cores. Each file is read apart from the others
(kg.ingest.extract reads one), and what the files say is joined in their order
(Extraction.absorb): the graph is the same whether one process reads them all or several share
them out.

A build of many files spends nearly all its time parsing and reading them, one core at a time; a
worker process per core takes a share of them. Workers are forked where the system allows it, so
they start with the modules and the tagger's tables the build has loaded already.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import Pool
from types import TracebackType

from kg import progress
from kg.ingest.extract import read_file, settle
from kg.ingest.extraction import Extraction
from kg.ingest.markdown import NotesFile, parse
from kg.ingest.memo import SentenceReadings
from kg.ingest.note_names import links_by_id_named
from kg.ingest.mentions import things
from kg.ingest.tagger import readings, tagged

# Notes smaller than this (bytes of text, about a second of reading) are read in the command's own
# process: starting workers would cost more than they save (benchmarks/bench_scale.py).
IN_PARALLEL_FROM = 200_000


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _nothing() -> None:
    pass


class Readers:
    """Whoever parses and reads a build's notes files: `jobs` worker processes (default: one per
    core) when there are several files and `size` bytes of text to make it worth it, else this
    process. Use it as a context manager: the workers end with it."""

    def __init__(self, files: int, size: int, jobs: int | None = None) -> None:
        jobs = min(jobs or cores(), files)
        self.pool: Pool | None = None
        self.many = files > 1
        if jobs > 1 and size >= IN_PARALLEL_FROM:
            # the tagger's and the lemmatizer's tables, loaded once before the workers fork, not once in each
            tagged("Tables loaded")
            readings("loaded")
            self.pool = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn").Pool(jobs)

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self.pool is not None:
            self.pool.terminate()

    def notes(self, texts: list[tuple[str, str]]) -> tuple[Extraction, str | None]:
        """What the notes say, each (text, path as shown) parsed and read, joined in order, with the
        title of the first that has one; its progress shown as `kg build` shows it. Workers parse
        and read each file in one task: a parsed file (some ten times its text) is never sent
        through this process (twice: back once parsed, out again to be read)."""
        texts = links_by_id_named(texts)  # "[[202405121030]]": the note of that id, by its name; one file cannot tell
        if self.pool is None:
            with progress.stage("build", "notes files read", len(texts)) as step:
                files = self.parse(texts, step.advance)
            with progress.stage("build", "paragraphs read", sum(len(f.paragraphs) for f in files)) as step:
                return self.read(files, step.advance), next((f.title.title for f in files if f.title), None)
        with progress.stage("build", "notes files read", len(texts)) as step:
            read = self.pool.imap(_parse_and_read, [(text, path, self.many) for text, path in texts])
            title, extraction = next(read, (None, Extraction()))  # the first file's, as it was read (see read())
            step.advance()
            for other, part in read:
                title = other if title is None else title
                extraction.absorb(part)
                step.advance()
        return extraction, title

    def parse(self, texts: list[tuple[str, str]], counted: Callable[[], object] = _nothing) -> list[NotesFile]:
        """Each (text, path as shown) parsed, in order; `counted` is called after each file."""
        parsed = self.pool.imap(_parse, texts) if self.pool is not None else (parse(text, path) for text, path in texts)
        files = []
        for notes in parsed:
            files.append(notes)
            counted()
        return files

    def read(self, files: list[NotesFile], counted: Callable[[], object] = _nothing) -> Extraction:
        """What each notes file says, its concepts not yet linked across files (settle() does);
        `counted` is called after each paragraph (kg.progress)."""
        if self.pool is None:
            parts = (read_file(notes, self.many, counted) for notes in files)
        else:
            parts = _by_paragraph(files, self.pool.imap(_read_apart, [(notes, self.many) for notes in files]), counted)
        extraction = next(parts, None) or Extraction()  # the first file's, as it was read: one file alone stays as it is
        for part in parts:
            extraction.absorb(part)
        return extraction


def extract(files: list[NotesFile], jobs: int = 1) -> Extraction:
    """Concepts and statements of all notes files, in this process unless `jobs` says otherwise;
    relations between files resolve by label."""
    with Readers(len(files), IN_PARALLEL_FROM if jobs > 1 else 0, jobs) as readers:
        return settle(readers.read(files))


def _by_paragraph(files: list[NotesFile], parts: Iterable[Extraction], counted: Callable[[], object]) -> Iterator[Extraction]:
    """Each file's reading as it comes, `counted` called once for each of its paragraphs."""
    for notes, part in zip(files, parts):
        for _ in notes.paragraphs:
            counted()
        yield part


def _parse(task: tuple[str, str]) -> NotesFile:
    return parse(*task)


def _parse_and_read(task: tuple[str, str, bool]) -> tuple[str | None, Extraction]:
    """A worker's reading of one file's text: its title, and its reading (see _read_apart)."""
    text, path, many = task
    notes = parse(text, path)
    return notes.title.title if notes.title else None, _read_apart((notes, many))


def _read_apart(task: tuple[NotesFile, bool]) -> Extraction:
    """A worker's reading of one file, without what it kept to read faster (its sentences read),
    with answers settle() would ask of its labels again (kg.ingest.mentions.things)."""
    extraction = read_file(*task)
    extraction.readings = SentenceReadings()
    extraction.things = things(extraction)
    return extraction
