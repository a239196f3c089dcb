"""The quotes stage: loose topics ("X, whatever the verb, ... about TOPIC").

They need the names stage's mentions, so these cases run the whole parser.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk import Parser
from copydesk.document import CoveredText
from copydesk.stages.quotes import _topic_occurrences

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
        [("direct", "said", "Tom Ruiz", '"we will win about forty seats,"')],
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


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12).map(
    lambda pairs: [(start, start + length) for start, length in pairs]
)


@given(SPANS, SPANS, st.integers(0, 70), st.integers(0, 20))
def test_covered_overlaps_as_any_held_span_would(held, candidates, start, length):
    covered = CoveredText(held)
    spans = list(held)
    for a, b in candidates:  # added as the pass adds: only what overlaps nothing held
        if not any(s < b and a < e for s, e in spans):
            covered.add(a, b)
            spans.append((a, b))
    end = start + length
    assert covered.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_topic_words_are_read_in_text_order_as_whole_words():
    text = "About it, roundabout about and about. Whereabouts about"
    found = _topic_occurrences(text, ["about", "About"])
    assert [text[a:b] for a, b in found] == ["About", "about", "about", "about"]
    assert [a for a, _ in found] == sorted(a for a, _ in found)


@pytest.mark.parametrize(
    ("held", "added", "query", "expected"),
    [
        ([(0, 5)], [], (5, 9), False),  # touching is not sharing a character
        ([(0, 5)], [], (4, 9), True),
        ([(0, 5), (3, 8)], [], (7, 9), True),  # held spans may overlap each other
        ([(0, 5)], [(10, 12)], (12, 14), False),
        ([(0, 5)], [(10, 12)], (8, 11), True),
        ([(20, 30)], [(10, 12), (2, 4)], (3, 5), True),  # added out of text order
        ([], [], (0, 1), False),
        ([(0, 5), (5, 9)], [], (5, 5), False),  # empty, where two taken stretches touch
        ([(0, 6), (5, 9)], [], (5, 5), True),
        ([], [(0, 0), (0, 1)], (0, 1), True),  # an empty stretch, then one at its offset
        ([], [(0, 1), (0, 0)], (0, 1), True),
    ],
)
def test_covered_cases(held, added, query, expected):
    covered = CoveredText(held)
    for span in added:
        covered.add(*span)
    assert covered.overlaps(*query) is expected
