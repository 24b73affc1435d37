"""What checks a thing, answers to study questions, and other forms read from held-out notes of round forty-one.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, lowered


def test_benchmarks_and_metrics_for_a_thing_evaluate_and_measure_it(tmp_path: Path) -> None:
    """ "- Benchmarks for den warmth: MossBench and DenEval (for setts)." says what each benchmark evaluates, as "Benchmarks
    to check den warmth:" did over a list: `den warmth evaluatedBy MossBench`; metrics (or measures) for a thing measure it;
    on one line or over a list; no kind "benchmark for den warmth" is made. "Tools to check den safety: A, B" on one line
    reads as it did over a list. "for each den", "for example" name no thing."""
    graph = build(tmp_path, "# Dens\n\n## Den care\n\n- Benchmarks for den warmth: MossBench and DenEval (for setts).\n"
                            "- Metrics for den safety: Flood Rate, Guard Score.\n- Tools to check den dryness: MossScope, DenEye.\n"
                            "- Common benchmarks for root finding:\n  - RootBench\n  - DigEval\n"
                            "- Metrics for each den: Heat Index, Moss Score.\n")
    found = lowered(graph)
    assert {("den warmth", "evaluatedBy", "mossbench"), ("den warmth", "evaluatedBy", "deneval"),
            ("den safety", "measuredBy", "flood rate"), ("den safety", "measuredBy", "guard score"),
            ("den dryness", "evaluatedBy", "mossscope"), ("den dryness", "evaluatedBy", "deneye"),
            ("root finding", "evaluatedBy", "rootbench"), ("root finding", "evaluatedBy", "digeval")} <= found, found
    assert not any(" for " in o or " for " in s or s.startswith("each den") for s, _r, o in found), found
    assert graph.class_of(graph.resolve("MossBench")) == "Benchmark" and graph.class_of(graph.resolve("Flood Rate")) == "Metric"


def test_approaches_to_a_doing_and_its_object_over_a_list_are_what_it_includes(tmp_path: Path) -> None:
    """ "Approaches to detecting leaks:" over a numbered list: each approach is within the doing, as the same words before a
    colon on one line say ("Two approaches to detecting floods: A and B"); "Ways to seal dens:" says what to do, no kinds."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care\n\n- Approaches to detecting leaks:\n  1. water sensing - ask a badger\n"
                                    "  2. root probing\n- Ways to seal dens:\n  - pack clay\n  - line with moss\n"))
    assert {("detecting leak", "includes", "water sensing"), ("detecting leak", "includes", "root probing")} <= found, found
    assert not any(s.startswith(("seal", "way")) or o.startswith(("pack", "line")) for s, _r, o in found), found
