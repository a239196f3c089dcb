"""Fast paths give exactly what the plain code they replace would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.stages import dates

# Word breaks of every sort, wide and ASCII, plus letters inside and outside ASCII.
BREAKY = st.text(alphabet="ab1 \t\n\x1c\u00a0\u2009-’'“”—–.,é•_", max_size=40)


def _plain_words(low: str) -> list[str]:
    return low.translate(dates._PUNCTUATION_TO_SPACE).split()


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(BREAKY)
def test_words_agree_with_translate_and_split(low):
    assert dates._words(low) == _plain_words(low)


WORD_CASES = [
    ("in march, 2016", ["in", "march", "2016"], "ASCII text"),
    ("“in march”—then", ["in", "march", "then"], "curly quotes and a dash only"),
    ("the café’s march", ["the", "café", "s", "march"], "a letter outside ASCII"),
    ("march•may", ["march•may"], "a bullet joins, as it always did"),
    ("a\u2009march\u00a0day", ["a", "march", "day"], "thin and no-break spaces split"),
]


@pytest.mark.parametrize(("low", "expected", "why"), WORD_CASES)
def test_words_cases(low, expected, why):
    assert dates._words(low) == expected == _plain_words(low), why
