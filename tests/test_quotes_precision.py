"""The quotes stage: spans that attribute nothing are left out (precision round)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from copydesk import Parser

DIR, IND, M = "direct", "indirect", "mixed"

Row = tuple[str, str | None, str | None, str]


@pytest.fixture(scope="session")
def parsed_rows(parser: Parser) -> Callable[[str], list[Row]]:
    """The whole pipeline's quotes (the dates stage runs first) as case-table rows."""

    def rows(text: str) -> list[Row]:
        article = parser.parse(text, published="2016-03-01")
        return [
            (
                q.kind.value,
                q.cue.text if q.cue else None,
                q.speaker_mention.text if q.speaker_mention else None,
                q.content.text,
            )
            for q in article.quotes
        ]

    return rows


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The ferry will stop running in May, the mayor said Tuesday.",
        [(IND, "said", "the mayor", "The ferry will stop running in May")],
        "a closing attribution's date is not content of its own",
    ),
    (
        "In a video the council posted Friday, members argued for a new bridge.",
        [(IND, "argued for", "members", "a new bridge")],
        "a cue whose object is only a date attributes nothing",
    ),
    (
        "The union's leader told reporters Monday morning.",
        [],
        "a hearer and a date leave no content",
    ),
    (
        "The mayor said Tuesday that the ferry would stop running.",
        [(IND, "said", "The mayor", "that the ferry would stop running")],
        "a date before the content is skipped as before",
    ),
    (
        "The mayor said the ferry would stop running on Tuesday.",
        [(IND, "said", "The mayor", "the ferry would stop running on Tuesday")],
        "content that only ends on a date is kept",
    ),
    (
        "The union complained and walked out of the hearing.",
        [],
        "a cue with 'and' right after it has no object: the second verb is no content",
    ),
    (
        "The aides objected or stayed silent during the meeting.",
        [],
        "nor does a cue with 'or' right after it",
    ),
    (
        "The report came from the Center for Policy Study, a liberal think tank.",
        [],
        "a cue word that opens a compound noun is no cue",
    ),
    (
        "The report came from the Center for Policy Study, a liberal think-tank.",
        [],
        "the compound noun written with a hyphen",
    ),
    (
        "I think tanks will roll into the city.",
        [(IND, "think", "I", "tanks will roll into the city")],
        "after a subject pronoun the cue word stays a verb",
    ),
    (
        "Asked if she believed the mayor wanted the ferry closed, Lee said she did not know.",
        [
            (IND, "Asked", None, "if she believed the mayor wanted the ferry closed"),
            (IND, "said", "Lee", "she did not know"),
        ],
        "a cue inside a put question is part of what was asked",
    ),
    (
        "Asked whether he thought the vote would pass, the senator smiled.",
        [(IND, "Asked", None, "whether he thought the vote would pass")],
        "nor does it take the main clause as its content",
    ),
    (
        "“I ask you not to protest on the floor,” Lee said, according to the Post.",
        [(M, "according to", "the Post", "“I ask you not to protest on the floor,” Lee said")],
        "a source after a closing attribution vouches for the quote and takes its place",
    ),
    (
        "“We will win,” Lee said at the rally.",
        [(DIR, "said", "Lee", "“We will win,”")],
        "with no source after it the quote keeps its own attribution",
    ),
    (
        "Lee said the ferry would close, according to the Post.",
        [(IND, "according to", "the Post", "Lee said the ferry would close")],
        "an indirect attribution before the source is read as before",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_precision_cases(parsed_rows, text, expected, why):
    assert parsed_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
