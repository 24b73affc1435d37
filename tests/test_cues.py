"""kg.ingest.cues: a cue finds in a text what its pattern, told to ignore case, finds there."""

import re

import pytest

from kg.ingest.cues import Cue

PATTERNS = [r"than|vs|versus|differ", r"into|\sbe\s|:|which", r"example|e\.g|eg|ex\.|for instance",
            r"(?:risk|con|failure\s+mode)(?:es|s)?[\s(,:]"]
TEXTS = ["A is faster THAN B", "A Vs B", "It consists of A and B", "Tools can\tbe A or B", "Tools can be", "E.G. Portkey",
         "It is a type of X", "a known RISK of X", "failure\nmodes: drift", "cons: slow", "", "naïve than", "ﬁx VERSUS",
         "uſe vſ B", "KELVIN \u212a", "Which one", "İnto the den", "Consists"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_cue_finds_what_its_pattern_finds_whatever_the_case(pattern: str) -> None:
    ignoring_case = re.compile(pattern, re.IGNORECASE)
    cue = Cue(pattern)
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.swapcase() for t in TEXTS]:
        assert cue.in_text(text) == (ignoring_case.search(text) is not None), text
