"""The quotes stage: loose topics ("X, whatever the verb, ... about TOPIC").

They need the names stage's mentions, so these cases run the whole parser.
"""

from __future__ import annotations

import pytest

from copydesk import Parser

IND, M = "indirect", "mixed"

# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "Senator Jane Doe has been uneasy about the new tax rules.",
        [(IND, "about", "Jane Doe", "the new tax rules")],
        "an adjective no cue list holds: the topic after 'about' is the content",
    ),
    (
        "Jane Doe opened up to Channel Nine about her plans for the port.",
        [(IND, "about", "Jane Doe", "her plans for the port")],
        "the name after 'to' is an object: the holder is the clause's subject",
    ),
    (
        "The ministry grew anxious about the harvest, officials at the port noted nothing.",
        [
            (IND, "about", "The ministry", "the harvest"),
            (IND, "noted", "officials at the port", "nothing"),
        ],
        "the topic stops at the end of its clause",
    ),
    (
        "Jane Doe said the river was high. She kept quiet about the flood, and then she left.",
        [
            (IND, "said", "Jane Doe", "the river was high"),
            (IND, "about", "She", "the flood"),
        ],
        "a pronoun holds the topic",
    ),
    (
        'Tom Ruiz ran for mayor. He made a film about "the lost harbour" last year.',
        [(M, "about", "He", '"the lost harbour" last year')],
        "a topic that holds a quotation is mixed",
    ),
    (
        'Tom Ruiz said "we will win about forty seats," and left.',
        [(M, "said", "Tom Ruiz", '"we will win about forty seats," and left')],
        "inside another attribution's content (and a quotation) nothing is added",
    ),
    (
        "Jane Doe circled the roundabout, uneasy about the new lights.",
        [(IND, "about", "Jane Doe", "the new lights")],
        "'about' ending a longer word is passed over for the next one",
    ),
    ("Jane Doe spent about $5 million on the race.", [], "'about' before an amount"),
    ("Jane Doe is about to leave the city.", [], "'about to': on the point of"),
    ("Jane Doe won about half of the votes.", [], "'about half': roughly"),
    ("Jane Doe won about a dozen seats.", [], "'about a dozen': roughly"),
    ("Jane Doe won about forty seats.", [], "'about' before a number word"),
    ("The race cost Jane Doe about as much as the last one.", [], "'cost about': a measure"),
    ("There were questions about the vote.", [], "no name or pronoun holds the topic"),
    ("About the vote, nothing was known.", [], "nothing before 'about'"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_loose_topics(
    parser: Parser, text: str, expected: list[tuple[str, str, str, str]], why: str
) -> None:
    article = parser.parse(text)
    rows = [
        (
            q.kind.value,
            q.cue.text if q.cue else None,
            q.speaker_mention.text if q.speaker_mention else None,
            q.content.text,
        )
        for q in article.quotes
    ]
    assert rows == expected, why
    for q in article.quotes:
        assert text[q.content.start : q.content.end] == q.content.text


def test_topics_without_names_are_left_alone(quote_rows):
    """The stage alone (no names stage ran) adds no loose topic."""
    assert quote_rows("Senator Jane Doe has been uneasy about the new tax rules.") == []
