"""Who a cue's subject is when the words before the cue are more than a name.

End-to-end cases (quotes, then speakers) for the subject scan's head rules:
a prepositional phrase after the head, a restrictive "who" clause, and the
speaker words such subjects give the speakers stage.
"""

from __future__ import annotations

import pytest

from copydesk import Parser

# (text, cue, speaker mention, speaker id or None, why)
CASES = [
    (
        "Officials in Teheran denied the report.",
        "denied",
        "Officials in Teheran",
        None,
        "the object of 'in' is not the subject; the place speaks for nobody",
    ),
    (
        "A spokesman for the ministry said the talks had failed.",
        "said",
        "A spokesman for the ministry",
        None,
        "the head noun keeps its 'for' phrase",
    ),
    (
        "Trump at the time said he was sorry.",
        "said",
        "Trump",
        "trump",
        "a time phrase between subject and cue is left out",
    ),
    (
        "Residents who fought the plant for years say it is unsafe.",
        "say",
        "Residents",
        None,
        "a restrictive 'who' clause ending at the cue: its antecedent speaks",
    ),
    (
        "Mary Brown, 59, of Ashton, Md., who has lived there for years, said the plan was bad.",
        "said",
        "Mary Brown",
        "mary-brown",
        "a hometown apposition before a 'who' clause is skipped",
    ),
    (
        "Tom Lee, of Dayton, Ohio, said the plan was bad.",
        "said",
        "Tom Lee",
        "tom-lee",
        "an 'of' hometown apposition is skipped",
    ),
    (
        "The senator raised a lot of money, reports show.",
        "show",
        "reports",
        None,
        "a plural cue noun right before the cue is its subject",
    ),
    (
        "Voters trust polls that show him leading.",
        "show",
        "polls that",
        None,
        "a relative 'that' keeps its antecedent, not the verb before it",
    ),
    (
        "The group ran a new ad that slams the senator.",
        "slams",
        "a new ad that",
        None,
        "a relative 'that' antecedent starts at its determiner",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "mention", "speaker", "why"), CASES, ids=[c[4] for c in CASES]
)
def test_subject_head(
    parser: Parser, text: str, cue: str, mention: str, speaker: str | None, why: str
) -> None:
    article = parser.parse(text)
    quotes = [q for q in article.quotes if q.cue is not None and q.cue.text == cue]
    assert len(quotes) == 1, why
    quote = quotes[0]
    assert quote.speaker_mention is not None, why
    assert quote.speaker_mention.text == mention, why
    assert quote.speaker == speaker, why


def test_cases_are_unique() -> None:
    assert len({c[4] for c in CASES}) == len(CASES)


def test_participle_skips_an_opening_that_names_nobody(parser: Parser) -> None:
    text = "Hours later, Lia Moon returned the favour to Tom Brill, telling reporters that he was kind."
    article = parser.parse(text)
    quote = next(q for q in article.quotes if q.cue is not None and q.cue.text == "telling")
    assert quote.speaker == "lia-moon"


@pytest.mark.parametrize(
    "text",
    [
        "She won the string of contests known as Super Tuesday.",
        "The court will hear the case ahead of a ruling expected in coming weeks on the border.",
    ],
)
def test_agentless_participle_has_no_speaker(parser: Parser, text: str) -> None:
    quotes = parser.parse(text).quotes
    assert quotes
    assert all(q.speaker_mention is None and q.speaker is None for q in quotes)


# (text, quoted words, speaker id, why)
CLAUSE_CASES = [
    (
        'On Tuesday, Mr. Moon deflected numerous questions about Mr. Brill before saying, "I am busy."',
        '"I am busy."',
        "moon",
        "a gerund after a preposition speaks for its clause's subject",
    ),
    (
        "Back then, Lia Moon admired the plan, telling reporters that it was good.",
        "that it was good",
        "lia-moon",
        "a participle's speaker is the main clause's subject, not the sentence's opening word",
    ),
    (
        'Reyes said the move was made by police chief Tom Brill and said, "We will review it."',
        '"We will review it."',
        "reyes",
        "a second verb after 'and' keeps the first verb's speaker",
    ),
    (
        'Years ago, Ana Diaz backed Rob Lane over Tom Brill and said, "He was the better man."',
        '"He was the better man."',
        "ana-diaz",
        "the noun right before 'and' is the first verb's object, not the speaker",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "why"), CLAUSE_CASES, ids=[c[3] for c in CLAUSE_CASES]
)
def test_clause_subject(parser: Parser, text: str, content: str, speaker: str, why: str) -> None:
    quote = next(q for q in parser.parse(text).quotes if q.content.text == content)
    assert quote.speaker == speaker, why


def test_active_expected_keeps_its_subject(parser: Parser) -> None:
    quote = parser.parse("Mr. Deese expected that the president would call.").quotes[0]
    assert quote.speaker == "deese"


@pytest.mark.parametrize(
    "text",
    [
        "“Tom Brill was right,” Ada Fenwick said on Monday, adding, “We lost.”",
        "“Tom Brill was right,” Ada Fenwick said, adding, “We lost the vote.”",
    ],
)
def test_participle_after_a_cue_keeps_that_cues_speaker(parser: Parser, text: str) -> None:
    quotes = parser.parse(text).quotes
    adding = next(q for q in quotes if q.cue is not None and q.cue.text.startswith("adding"))
    assert adding.speaker == "ada-fenwick"
    assert adding.speaker_mention is not None
    assert adding.speaker_mention.text == "Ada Fenwick"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Ada Fenwick spoke on the radio. The former senator continued, saying, "We need more."',
            "The former senator",
        ),
        (
            "Many of the delegates have had harsh words for Tom Brill, calling him weak.",
            "Many of the delegates",
        ),
    ],
)
def test_participle_after_a_comma_takes_an_unnamed_subject(
    parser: Parser, text: str, mention: str
) -> None:
    quotes = parser.parse(text).quotes
    quote = next(q for q in quotes if q.cue is not None and q.cue.text.endswith("ing"))
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention
