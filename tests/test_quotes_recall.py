"""The quotes stage: cues in the lexicon that used to miss their attribution."""

from __future__ import annotations

import pytest

from copydesk.document import Header
from copydesk.model import Span

IND, M = "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The roads are in poor shape, said a spokesman for the county board.",
        [(IND, "said", "a spokesman", "The roads are in poor shape")],
        "inverted said: a prepositional phrase on the speaker",
    ),
    (
        "The roads are in poor shape, said the head of the union in a statement on Monday.",
        [(IND, "said", "the head of the union", "The roads are in poor shape")],
        "inverted said: adjuncts after the speaker's prepositional phrase",
    ),
    (
        "The roads are in poor shape, said the man who built most of them.",
        [(IND, "said", "the man", "The roads are in poor shape")],
        "inverted said: a relative clause on the speaker",
    ),
    (
        "The bridge had a role in the new routes, said a former spokesman for the port,"
        " Ann Lee, who later ran for mayor.",
        [(IND, "said", "a former spokesman", "The bridge had a role in the new routes")],
        "inverted said: a prepositional phrase, then an apposition",
    ),
    (
        "The talks went badly from there, said one official in the room.",
        [(IND, "said", "one official", "The talks went badly from there")],
        "inverted said: 'one' before a noun is a determiner, not the pronoun",
    ),
    (
        "Ann Lee, a ferry captain, said the new routes to the island are too long.",
        [(IND, "said", "Ann Lee", "the new routes to the island are too long")],
        "a subject set off by an apposition keeps its forward said",
    ),
    (
        "The roads are in poor shape, said the plan for the county was wrong.",
        [],
        "no inverted speaker when a verb follows its phrase",
    ),
    (
        "Ann Lee, speaking at a rally in Ohio on Tuesday, said the new ferry would cost too much.",
        [(IND, "said", "Ann Lee", "the new ferry would cost too much")],
        "an opening subject and a participle aside keep the said forward",
    ),
    (
        "Ann Lee, in an interview with a local paper, said the new ferry would cost too much.",
        [(IND, "said", "Ann Lee", "the new ferry would cost too much")],
        "an opening subject and a prepositional aside keep the said forward",
    ),
    (
        "Voters who backed the mayor in 2012 say the ferry will be late again.",
        [
            (IND, "backed", "who", "the mayor in 2012"),
            (IND, "say", "Voters", "the ferry will be late again"),
        ],
        "a restrictive relative clause's content stops before the main cue",
    ),
    (
        "Residents who think they know the mayor say he will win again.",
        [
            (IND, "think", "who", "they know the mayor"),
            (IND, "say", "Residents", "he will win again"),
        ],
        "a cue after a pronoun inside the relative clause is the clause's own",
    ),
    (
        "Citing an old report, the mayor repeatedly attacked the council.",
        [
            (IND, "Citing", "the mayor", "an old report"),
            (IND, "attacked", "the mayor", "the council"),
        ],
        "a capitalised -ing cue opening the sentence takes the main subject",
    ),
    (
        "After saying the bridge was unsafe, the mayor closed it for a week.",
        [(IND, "saying", "the mayor", "the bridge was unsafe")],
        "an opening 'after saying' takes the subject after the comma",
    ),
    (
        "Speaking to reporters on Monday, the mayor closed the bridge.",
        [],
        "an opening participle with a prepositional phrase sets the scene",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_recall_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)


HEADLINE_CASES = [
    (
        "Bridge Will Be Safe By Winter, Mayor Ann Lee Says.",
        [(IND, "Says", "Mayor Ann Lee", "Bridge Will Be Safe By Winter")],
        "inverted headline: content, speaker, cue",
    ),
    (
        "Ferries Are ‘The Best Way Home,’ Ann Lee Tells Council.",
        [(M, "Tells", "Ann Lee", "Ferries Are ‘The Best Way Home,’")],
        "inverted headline: a hearer after the cue, a quoted phrase before the comma",
    ),
    (
        "Mayor Shuts Bridge, Calls Storm Damage ‘Severe.’",
        [(M, "Calls", "Mayor Shuts Bridge", "Storm Damage ‘Severe.’")],
        "a cue right after the comma is no inverted headline: the forward reading stays",
    ),
]


@pytest.mark.parametrize(
    ("headline", "expected", "why"), HEADLINE_CASES, ids=[c[2] for c in HEADLINE_CASES]
)
def test_inverted_headline(quote_rows, headline, expected, why):
    text = headline + "\n\nThe bridge stayed shut all week."
    header = Header(headline=Span.of(text, 0, len(headline)), body_start=len(headline) + 2)
    found = [row for row in quote_rows(text, header) if row[2] is not None]
    assert found == expected
