"""Work begun in a forked copy of the process (kg.forked): the same answer as the work done here, whether the copy
answers, fails or is not wanted; a large build without the page counts in a copy and says what a build that counts
here says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg
from kg import builder
from kg.forked import Forked


def test_the_copys_answer_is_the_works_answer() -> None:
    """The copy answers with what the work returns, computed in the copy (its own process id), not here."""
    forked = Forked(lambda: (os.getpid(), sorted({"b", "a"})))
    pid, answer = forked.result()
    assert answer == ["a", "b"]
    assert pid != os.getpid(), "the work ran here, not in a copy"


def test_a_copy_that_fails_leaves_the_work_to_this_process() -> None:
    """A work that fails in the copy is done here when its answer is asked for, and raises what it raises here."""
    calls = []

    def work() -> int:
        calls.append(os.getpid())
        if len(calls) == 1 and os.getpid() != here:
            raise ValueError("failed in the copy")
        return 7

    here = os.getpid()
    assert Forked(work).result() == 7
    with pytest.raises(ZeroDivisionError):
        Forked(lambda: 1 // 0).result()


def test_a_discarded_copy_is_ended_and_its_answer_cannot_be_asked_for() -> None:
    forked = Forked(lambda: 3)
    pid = forked.pid
    forked.discard()
    assert forked.pid is None
    if pid is not None:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped: no such child any more
    with pytest.raises(RuntimeError):
        forked.result()


def test_a_build_that_counts_in_a_copy_counts_as_one_that_counts_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the threshold lowered, a small build without the page into the on-disk store counts in a forked copy; its
    figures and files are those of the same build counted here."""
    notes = tmp_path / "data" / "notes"
    notes.mkdir(parents=True)
    (notes / "dens.md").write_text("# Dens\n\n- **Sett:** a den that badgers dig.\n- **Holt:** a den of otters. Holts use moss.\n")
    monkeypatch.setattr(builder, "COUNTED_APART_FROM", 10**9)
    here = kg.build(kg.Workspace.at(tmp_path / "data", tmp_path / "here", store="oxigraph"), page=False)
    started = []

    class Begun(Forked):  # the copy, as the build begins it, noted
        def __init__(self, work):  # type: ignore[no-untyped-def]
            started.append(work)
            super().__init__(work)

    monkeypatch.setattr(builder, "Forked", Begun)
    monkeypatch.setattr(builder, "COUNTED_APART_FROM", 1)
    forked = kg.build(kg.Workspace.at(tmp_path / "data", tmp_path / "forked", store="oxigraph"), page=False)
    assert started, "the counts were not begun in a copy"
    assert (forked.concepts, forked.statements) == (here.concepts, here.statements) and here.concepts > 0
    assert (tmp_path / "forked" / "aie.trig").read_bytes() == (tmp_path / "here" / "aie.trig").read_bytes()
