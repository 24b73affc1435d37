"""Tools listed with what each is for ("Vexa for arrays, Tabula for data cleaning and analysis"),
and what a course or skill includes when it includes knowing a thing ("includes familiarity with
Vexa"). Every input here is written for the test; none is taken from the owner's notes or the
test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import build, lowered

from kg.ingest.purposes import tools_for_tasks
from kg.ingest.wording import plain


def test_a_list_of_tools_each_with_its_task(tmp_path: Path) -> None:
    graph = build(tmp_path, "# Libraries\n\n- **Data tools**: It covers Vexa for numerical arrays, "
                            "Tabula for data cleaning and analysis, Plotka and Graphe for data visualization.\n")
    found = lowered(graph)
    assert {("vexa", "usedFor", "numerical array"), ("tabula", "usedFor", "data cleaning"),
            ("tabula", "usedFor", "data analysis"), ("plotka", "usedFor", "data visualization"),
            ("graphe", "usedFor", "data visualization")} <= found
    assert ("data tool", "includes", "vexa") in found
    assert not any(s == "data tool" and r == "usedFor" for s, r, _o in found)  # the tasks are the tools'


@pytest.mark.parametrize(
    "sentence",
    [
        "Python for Machine Learning is a course.",  # one pair is a title, not a list
        "Guides for beginners, notes for experts.",  # a first word capitalised as every first word is
    ],
)
def test_what_is_no_list_of_tools_and_tasks(sentence: str) -> None:
    found = {(tool.label, task.label) for tool, task, _at in tools_for_tasks(sentence)}
    assert not found, found


@pytest.mark.parametrize(
    ("written", "plainer"),
    [
        ("It includes familiarity with Vexa", "It includes Vexa"),
        ("The course covers a good understanding of attention", "The course covers attention"),
        ("useful for tasks requiring an understanding of context", "useful for tasks requiring an understanding of context"),
    ],
)
def test_knowing_a_thing_is_the_thing_after_includes(written: str, plainer: str) -> None:
    rewritten = plain(written)
    assert " ".join(rewritten.split()) == plainer and len(rewritten) == len(written)
