"""The quotes stage: one forward content that held a second attribution."""

from __future__ import annotations

import pytest

IND, M = "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The mayor said the city must fix the roads, which critics say could cost too much.",
        [
            (IND, "said", "The mayor", "the city must fix the roads"),
            (IND, "say", "critics", "could cost too much"),
        ],
        "', which' and a subject of its own before a later cue end the content",
    ),
    (
        "The mayor said he backed Smith, who he called a friend of the city.",
        [
            (IND, "said", "The mayor", "he backed Smith"),
            (IND, "called", "he", "a friend of the city"),
        ],
        "', who' and a subject of its own before a later cue end the content",
    ),
    (
        "The mayor said the roads, which were built in 1950, need work.",
        [(IND, "said", "The mayor", "the roads, which were built in 1950, need work")],
        "a relative clause with no subject and no cue stays in the content",
    ),
    (
        'Lee suggested the plan was weak - "We need the details," she said - and mocked it.',
        [
            (IND, "suggested", "Lee", "the plan was weak"),
            (M, "said", "she", '- "We need the details,"'),
            (IND, "mocked", "she", "it"),
        ],
        "a quoted aside after a dash with its own speaker ends the content at the dash",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_split_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
