"""The quotes stage: content cut too short, one attribution taken as two."""

from __future__ import annotations

import pytest

D = "direct"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "“The way I see it,” she elaborated, “nobody ever questioned his service.”",
        [
            (
                D,
                "elaborated",
                "she",
                "“The way I see it,” she elaborated, “nobody ever questioned his service.”",
            )
        ],
        "a frame verb after a quotation is used: the quote resuming after it is the same one",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_short_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
