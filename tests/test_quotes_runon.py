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
        "The mayor is chiding the board, which cut the ferry budget.",
        [(IND, "chiding", "The mayor", "the board")],
        "every form of an object verb ends its object: chiding",
    ),
    (
        "The mayor was congratulating the winners — though she left early.",
        [(IND, "congratulating", "The mayor", "the winners")],
        "every form of an object verb ends its object: congratulating",
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


# (text, [(kind, cue, mention, content)], why)
NAME_OBJECT_CASES = [
    (
        "The senator endorsed Ann Lee last week.",
        [(IND, "endorsed", "The senator", "Ann Lee")],
        "a name object ends before a time adjunct",
    ),
    (
        "The union endorsed Mr. Lee in early June.",
        [(IND, "endorsed", "The union", "Mr. Lee")],
        "a titled name object ends before an in-adjunct",
    ),
    (
        "The mayor attacked Lee in a string of late-night posts.",
        [(IND, "attacked", "The mayor", "Lee")],
        "a name object ends before a place or medium adjunct",
    ),
    (
        "The governor praised them at a rally in Salem.",
        [(IND, "praised", "The governor", "them")],
        "an object pronoun is a whole noun phrase",
    ),
    (
        "Older voters supported her by a wide margin.",
        [(IND, "supported", "Older voters", "her")],
        "a margin after a pronoun object is the writer's",
    ),
    (
        "The mayor praised Lee on Monday for her work on the ferry.",
        [(IND, "praised", "The mayor", "Lee on Monday for her work on the ferry")],
        "a reason after the adjunct keeps the adjunct in the content",
    ),
    (
        "The board criticized him in May over the ferry contract.",
        [(IND, "criticized", "The board", "him in May over the ferry contract")],
        "an over-reason keeps the adjunct in the content",
    ),
    (
        "The senator criticized Lee on his ferry record.",
        [(IND, "criticized", "The senator", "Lee on his ferry record")],
        "a possessive after the preposition makes it a topic, not an adjunct",
    ),
    (
        "The union endorsed the ferry plan on Saturday.",
        [(IND, "endorsed", "The union", "the ferry plan on Saturday")],
        "a common-noun object is not cut at the adjunct",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "why"), NAME_OBJECT_CASES, ids=[c[2] for c in NAME_OBJECT_CASES]
)
def test_name_object_ends_before_adjunct(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why
