"""Terms a list item sets off without bold: "- Context window: ...", "- Large kestrel model (LKM) — ...",
"1. Cross entropy - ..."; and the labels that look like them but name nothing ("Fun fact:", "Rule of
thumb:", "Step 1 -"). A plural before the last noun is a verb: "splits operators such as A" names no
kind "splits operator".

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import assert_no_concept, build, lowered

from kg.ingest.terms import written_term


@pytest.mark.parametrize(("text", "term"), [
    ("Zorp window: a kind of buffer.", "Zorp window"),
    ("zorp window: a kind of buffer.", "zorp window"),
    ("Kestrel model (KM) — a foundation zorp.", "Kestrel model (KM)"),
    ("Perplexity - the exponential of cross entropy.", "Perplexity"),
    ("Wombat Caching: keeps the burrow warm.", "Wombat Caching"),
    ("The model has two parts: A and B.", None),  # a sentence before the colon
    ("It works like this - first dig, then hide.", None),
])
def test_a_list_item_sets_off_its_term_with_a_colon_or_a_dash(text: str, term: str | None) -> None:
    found = written_term(text, item=True)
    assert (found["term"] if found else None) == term


def test_items_with_terms_set_off_by_a_colon_or_a_dash_are_entries(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        ## Vocabulary

        - Foundation zorp — a large model trained on broad burrow data.
        - Kestrel model (KM) — a foundation zorp that works with text.
        - Zorp window: a kind of buffer.
        - Fun fact: kestrels hover.
        - Rule of thumb: dig before you hide.
        - Step 1 - collect the burrow data

        1. Wombat rate — how fast a wombat digs.
        """)
    facts = lowered(graph)
    assert {("kestrel model", "isA", "foundation zorp"), ("zorp window", "isA", "buffer"),
            ("foundation zorp", "isA", "large model"), ("foundation zorp", "trainedOn", "broad burrow data")} <= facts
    for label in ("fun fact", "rule of thumb", "step 1"):
        assert_no_concept(graph, label)


def test_a_plural_before_a_noun_is_a_verb_and_names_no_kind(tmp_path: Path) -> None:
    graph = build(tmp_path, """\
        # Notes

        - Burrow zorping — splits operators such as digging and hiding across wombats.

        Time series models like ARIMA are old.
        """)
    assert_no_concept(graph, "splits operator")
    assert ("arima", "isA", "time series model") in lowered(graph)  # "series" is no plural inside the phrase
