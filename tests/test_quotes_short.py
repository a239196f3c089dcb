"""The quotes stage: content cut too short, one attribution taken as two."""

from __future__ import annotations

import pytest

from copydesk import Parser

D, IND, M = "direct", "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The mayor noted that since the flood, he had supported a new levee.",
        [(IND, "noted", "The mayor", "that since the flood, he had supported a new levee")],
        "'that' and an opening adjunct: the clause after its comma is still the content",
    ),
    (
        "The mayor said that after the vote, she planned a new budget.",
        [(IND, "said", "The mayor", "that after the vote, she planned a new budget")],
        "'that' and a prepositional adjunct: the new subject does not end the content",
    ),
    (
        "The mayor said that in private, he thinks they will fail.",
        [
            (IND, "said", "The mayor", "that in private"),
            (IND, "thinks", "he", "they will fail"),
        ],
        "a later cue that reports a clause of its own keeps its attribution",
    ),
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
    (
        "“I like the man,” he said, but “when it comes to energy, he works for oil firms.”",
        [
            (
                M,
                "said",
                "he",
                "“I like the man,” he said, but “when it comes to energy, he works for oil firms.”",
            )
        ],
        "a quotation after the attribution and 'but' goes on with the quote",
    ),
    (
        "“It was our bad luck,” he said, that both men had ties to the club.",
        [(M, "said", "he", "“It was our bad luck,” he said, that both men had ties to the club")],
        "a 'that' clause after the attribution goes on with the quote",
    ),
    (
        "“Only you, Ann,” she said, would choose the ferry over the bridge.",
        [(M, "said", "she", "“Only you, Ann,” she said, would choose the ferry over the bridge")],
        "an auxiliary after the attribution: the quotation is its subject",
    ),
    (
        "“We are concerned,” the members wrote in a letter to the mayor, that the pier “may close.”",
        [
            (
                M,
                "wrote",
                "the members",
                "“We are concerned,” the members wrote in a letter to the mayor, that the pier “may close.”",
            )
        ],
        "a short adjunct after the attribution's cue, then 'that'",
    ),
    (
        "“Follow us,” Ms. Gil said, and the boys trailed behind.",
        [(D, "said", "Ms. Gil", "“Follow us,”")],
        "'and' and the writer's own clause after the attribution is no part of the quote",
    ),
    (
        "The senator accused the mayor, who took office in May, of hiding the report.",
        [
            (
                IND,
                "accused",
                "The senator",
                "the mayor, who took office in May, of hiding the report",
            )
        ],
        "an object's relative clause between commas, then the complement 'of'",
    ),
    (
        "The senator praised Ann Lee, the former governor, as a tireless worker.",
        [(IND, "praised", "The senator", "Ann Lee, the former governor, as a tireless worker")],
        "an object's apposition between commas, then the complement 'as'",
    ),
    (
        "The senator praised the plan, which passed on Monday, and left.",
        [(IND, "praised", "The senator", "the plan")],
        "no complement after the aside: the object still ends at its comma",
    ),
    (
        "The actress said she was tired of the status quo and wanted a candidate without ties.",
        [
            (
                IND,
                "said",
                "The actress",
                "she was tired of the status quo and wanted a candidate without ties",
            )
        ],
        "a belief verb after 'and' goes on with the content",
    ),
    (
        "The groups note that the senator backed the bans and opposed the cloning plan.",
        [
            (
                IND,
                "note",
                "The groups",
                "that the senator backed the bans and opposed the cloning plan",
            )
        ],
        "a stance-taking belief verb after 'and' inside a 'that' clause",
    ),
    (
        "The mayor said the plan was sound and said that it would pass.",
        [
            (IND, "said", "The mayor", "the plan was sound"),
            (IND, "said", "The mayor", "that it would pass"),
        ],
        "a speech verb after 'and' is still a second attribution",
    ),
    (
        "The mayor said the city faces what she calls “a broken system.”",
        [(M, "said", "The mayor", "the city faces what she calls “a broken system.”")],
        "a quotation inside a mixed content is no second quote, whatever its own cue",
    ),
    (
        "The report lists a few facts: “Of its 76 members, 30 are Democrats.”",
        [(M, "lists", "The report", "a few facts: “Of its 76 members, 30 are Democrats.”")],
        "a colon quotation held whole by a mixed content",
    ),
    (
        "The mayor said that the council “will vote on Monday,” and she added: “We are ready.”",
        [
            (M, "said", "The mayor", "that the council “will vote on Monday,”"),
            (D, "added", "she", "“We are ready.”"),
        ],
        "a quotation after the mixed content ends is a quote of its own",
    ),
    (
        "Asked if he believed the plan would pass, the mayor said no.",
        [
            (IND, "Asked", None, "if he believed the plan would pass"),
            (IND, "said", "the mayor", "no"),
        ],
        "a belief verb inside the question put to a speaker is no attribution of its own",
    ),
    (
        "Asked whether she would endorse the senator, the mayor declined to answer.",
        [
            (IND, "Asked", None, "whether she would endorse the senator"),
            (IND, "declined", "the mayor", "to answer"),
        ],
        "an object cue inside the question goes; the answer's cue after it stays",
    ),
    (
        "The mayor worried that if the state held up the deal, Patriot could threaten to sue.",
        [
            (
                IND,
                "worried",
                "The mayor",
                "that if the state held up the deal, Patriot could threaten to sue",
            )
        ],
        "'that' and an opening adjunct: a later cue's infinitive does not stop the content",
    ),
    (
        "The agency vowed not to repeat that mistake and established a new review panel.",
        [
            (
                IND,
                "vowed",
                "The agency",
                "not to repeat that mistake and established a new review panel",
            )
        ],
        "a frame verb after 'and' with no subject of its own does not cut the content",
    ),
    (
        "The agency vowed not to repeat that mistake but established a new review panel.",
        [(IND, "vowed", "The agency", "not to repeat that mistake")],
        "a frame verb after 'but' still ends the content",
    ),
    (
        "“We are ready for the vote,” the mayor said at a news conference, according to the paper.",
        [
            (
                M,
                "according to",
                "the paper",
                "“We are ready for the vote,” the mayor said at a news conference",
            ),
        ],
        "a closing 'according to' vouches for the quotation and its attribution, in its place",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_short_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)


# Loose topics need the names stage's mentions: these run the whole parser.
TOPIC_CASES = [
    (
        "The senator has taken a tough stance about the U.S. role in the region.",
        [(IND, "about", "The senator", "the U.S. role in the region")],
        "the stop inside 'U.S.' does not end a loose topic",
    ),
    (
        "The senator raised doubts about Mr. Jones leaving the city.",
        [(IND, "about", "The senator", "Mr. Jones leaving the city")],
        "the stop of a listed abbreviation does not end a loose topic",
    ),
    (
        "The senator has been quiet about the vote. Then she left.",
        [(IND, "quiet", "The senator", "the vote")],
        "a full stop after a word still ends the topic's sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), TOPIC_CASES, ids=[c[2] for c in TOPIC_CASES])
def test_topic_cases(parser: Parser, text, expected, why):
    rows = [
        (
            q.kind.value,
            q.cue.text if q.cue else None,
            q.speaker_mention.text if q.speaker_mention else None,
            q.content.text,
        )
        for q in parser.parse(text).quotes
    ]
    assert rows == expected
