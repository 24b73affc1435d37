"""kg.terminal: what every command prints passes through safe(), and tables, cards and paths are
wrapped by wrapped(); both answer most text without importing anything (the regular expression,
textwrap), and must answer it as those would."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.terminal import safe, wrapped

UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
TEXT = st.text(alphabet=st.sampled_from("ab -.\t\n\r\x00\x1b\x7f\x85é\u00a0\u200e\u202e"), max_size=14)


@settings(max_examples=500, deadline=None)
@given(text=TEXT)
def test_safe_text_as_the_regular_expression_makes_it(text: str) -> None:
    assert safe(text) == re.sub(UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text)


def test_escapes_reach_no_terminal() -> None:
    assert safe("\x1b]0;title\x07 and\tmore\n") == "\\u001b]0;title\\u0007 and\tmore\n"
    assert safe("right\u202eto left") == "right\\u202eto left"


@settings(max_examples=500, deadline=None)
@given(text=TEXT, width=st.integers(8, 16), first=st.sampled_from(["", "  ", "  x     "]),
       options=st.sampled_from([{}, {"break_long_words": True}, {"subsequent_indent": "    ", "break_on_hyphens": False}]))
def test_wrapped_as_textwrap_wraps(text: str, width: int, first: str, options: dict) -> None:
    assert wrapped(text, width, initial_indent=first, **options) == textwrap.wrap(text, width, initial_indent=first, **options)
