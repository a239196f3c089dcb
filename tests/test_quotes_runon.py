"""The quotes stage: content that ran on past its end (noun-phrase objects, adjuncts)."""

from __future__ import annotations

import pytest

IND, M = "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The senator mentioned the ferry since the last debate.",
        [(IND, "mentioned", "The senator", "the ferry")],
        "what a speaker mentions is a noun-phrase object: an adjunct ends it",
    ),
    (
        "The mayor did not mention the ferry board, which met on Monday.",
        [(IND, "mention", "The mayor", "the ferry board")],
        "a mentioned object ends at its comma",
    ),
    (
        "Most voters preferred the governor, a sign of trouble for the mayor.",
        [(IND, "preferred", "Most voters", "the governor")],
        "a preferred candidate is a noun-phrase object",
    ),
    (
        "The senator railed against the ferry deal, which passed last week.",
        [(IND, "railed against", "The senator", "the ferry deal")],
        "railing against a noun phrase: the object ends at its comma",
    ),
    (
        "The union called for higher wages, a demand the board turned down.",
        [(IND, "called for", "The union", "higher wages")],
        "what a speaker calls for is a noun-phrase object",
    ),
    (
        "The union called for an inquiry into the ferry, which sank in May.",
        [(IND, "called for", "The union", "an inquiry into the ferry")],
        "a called-for object ends before a relative clause",
    ),
    (
        "The mayor mentioned that the ferry, which is old, would be replaced.",
        [(IND, "mentioned", "The mayor", "that the ferry, which is old, would be replaced")],
        "a clause after an object verb is not cut at its comma",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_runon(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why
