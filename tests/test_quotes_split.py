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
    (
        "Most voters said the roads are bad, while only 49 percent of drivers say the same.",
        [
            (IND, "said", "Most voters", "the roads are bad"),
            (IND, "say", "49 percent of drivers", "the same"),
        ],
        "', while only' + a count: the approximator hides no clause opener",
    ),
    (
        "Most voters said the roads are bad, and more than 4 in 10 said the mayor should go.",
        [
            (IND, "said", "Most voters", "the roads are bad"),
            (IND, "said", "4 in 10", "the mayor should go"),
        ],
        "', and more than' + a count opens a new clause",
    ),
    (
        "Lee said the roads are bad, and only minor repairs about the bridge were made.",
        [
            (
                IND,
                "said",
                "Lee",
                "the roads are bad, and only minor repairs about the bridge were made",
            )
        ],
        "an approximated subject that is no count opens no clause",
    ),
    (
        "Most voters say the mayor is honest, compared with 23 percent who said so of Smith.",
        [
            (IND, "say", "Most voters", "the mayor is honest"),
            (IND, "said", "who", "so of Smith"),
        ],
        "', compared with' + a count + 'who' and a later cue: the poll's second half",
    ),
    (
        "Lee said the plan was cheap, a claim that the mayor's office strongly disputes.",
        [
            (IND, "said", "Lee", "the plan was cheap"),
            (IND, "disputes", "the mayor's office", "a claim that"),
        ],
        "', a claim that' + a subject and a cue with no object: the phrase is its content",
    ),
    (
        "Lee said the bridge was safe - a point that city officials have disputed.",
        [
            (IND, "said", "Lee", "the bridge was safe"),
            (IND, "disputed", "city officials", "a point that"),
        ],
        "a summing-up phrase after a dash",
    ),
    (
        "Lee said the mood was dark, a sign that he fears the worst.",
        [(IND, "said", "Lee", "the mood was dark, a sign that he fears the worst")],
        "a cue with an object of its own: 'that' opens a content clause, no split",
    ),
    (
        "Lee released a statement, describing the plan as costly but insisting that it would pass.",
        [
            (IND, "released", "Lee", "a statement"),
            (IND, "describing", "Lee", "the plan as costly"),
            (IND, "insisting", "Lee", "that it would pass"),
        ],
        "'but' + a second participle cue: the same speaker's next attribution",
    ),
    (
        "Lee said he backs the plan but not endorsing Smith was a mistake.",
        [(IND, "said", "Lee", "he backs the plan but not endorsing Smith was a mistake")],
        "a negation between 'but' and the participle: no second attribution",
    ),
    (
        "Lee called for new roads before backing Rubio.",
        [
            (IND, "called for", "Lee", "new roads"),
            (IND, "backing", "Lee", "Rubio"),
        ],
        "'before' + an -ing cue: the same subject's next attribution",
    ),
    (
        "The mayor said she would run again, and when asked about the bridge, she said it was safe.",
        [
            (IND, "said", "The mayor", "she would run again"),
            (IND, "asked about", None, "the bridge"),
            (IND, "said", "she", "it was safe"),
        ],
        "', and when asked about' opens a passive attribution of its own",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_split_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
