"""The ingester's shortcuts give what the long way gives: the typo test that works out only the band
of the edit table it can reach, the relation phrases tried only at the word they open with, and the
plainer wording that skips a rewrite whose cue word is missing. Each is compared with the long way on
inputs drawn to hit the edge cases (swaps, repeats, capitals, cue words next to one another)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import relations, wording
from kg.labels import edit_distance, within
from kg.schema import vocab

SHORT = st.text(alphabet="abcd ", max_size=14)


@settings(max_examples=1500, deadline=None)
@given(SHORT, SHORT, st.integers(min_value=0, max_value=3))
def test_within_is_an_edit_distance_at_most_the_limit(a: str, b: str, limit: int) -> None:
    assert within(a, b, limit) == (edit_distance(a, b, limit) <= limit)


def test_within_counts_a_swap_as_one_edit() -> None:
    assert within("attention", "attnetion", 1) and not within("attention", "atnetiont", 1)


PHRASES = sorted({p for r in vocab.relations().values() for p in r.phrases})
FILLER = ["Kestrel", "the", "model", "is", "a", "of", "uses", "Used", "IS A", "part", "-", ",", "to", "by", "for", "in"]
SENTENCES = st.lists(st.sampled_from(PHRASES + FILLER), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(SENTENCES, st.sampled_from([str, str.upper, str.title]))
def test_relation_phrases_found_word_by_word_are_those_of_the_whole_alternation(sentence: str, case) -> None:
    text = case(sentence)
    whole = relations.relation_pattern()
    for word in re.finditer(r"[\w-]+", text):
        expected = whole.match(text, word.start())
        got = pattern.match(text, word.start()) if (pattern := relations._pattern_at(word.group().lower())) else None
        assert (got and (got.span(), relations.relation_at(got))) == (expected and (expected.span(), relations.relation_at(expected))), text


CUES = ["->", "it's", "Note that", "as she puts it,", "used for A and for B", "a key part of", "another type of",
        "the most popular", "one of the", "examples include", "are two kinds of", "includes", "namely", ":", "combines",
        "is known as", "can be viewed as", "referred to as", "has three parts:", "There are two types:", "Its done", "Kestrel",
        "wombat", "and", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CUES), min_size=1, max_size=10).map(" ".join), st.sampled_from([str, str.upper, str.title]))
def test_plain_skipping_rewrites_without_their_cue_words_equals_running_them_all(sentence: str, case) -> None:
    text = case(sentence)
    expected = text
    for pattern, rewrite, _cues in wording._REWRITES:
        expected = pattern.sub(rewrite, expected)
    assert wording.plain(text) == expected
