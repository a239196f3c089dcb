"""The quotes stage: listed cues that fired but found no content (round four)."""

from __future__ import annotations

import pytest

IND, M, D = "indirect", "mixed", "direct"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "In a town she hoped to carry easily, the race will be close, said Ann Lowe, an analyst in"
        " Ohio.",
        [
            (
                IND,
                "said",
                "Ann Lowe",
                "In a town she hoped to carry easily, the race will be close",
            )
        ],
        "a closing inverted 'said NAME, apposition.' vouches for the cues inside the sentence",
    ),
    (
        "In a town she hoped to carry easily, the race will be close, said Ann Lowe, an analyst at"
        " a polling firm.",
        [
            (
                IND,
                "said",
                "Ann Lowe",
                "In a town she hoped to carry easily, the race will be close",
            )
        ],
        "an inverted closing 'said NAME' whose apposition holds a cue word",
    ),
    (
        "\u201cThe plan is a real gamble\u201d if the port loses money, said Dan Lee, an analyst in Ohio.",
        [
            (
                M,
                "said",
                "Dan Lee",
                "\u201cThe plan is a real gamble\u201d if the port loses money",
            )
        ],
        "a quotation, its unquoted continuation, then an inverted 'said NAME': one mixed quote",
    ),
    (
        "\u201cThe plan is a real gamble\u201d for the port, he said.",
        [(D, "said", "he", "\u201cThe plan is a real gamble\u201d")],
        "a quotation whose tail ends in a plain 'he said' is left to the direct rules",
    ),
    (
        "The Courier, citing tax filings, reported that the fund was broke.",
        [
            (IND, "citing", "The Courier", "tax filings"),
            (IND, "reported", "The Courier", "that the fund was broke"),
        ],
        "a listed participle set off between subject and verb has content of its own",
    ),
    (
        "Ms. Ruiz, recalling long talks with the mayor, described him as a friend.",
        [
            (IND, "recalling", "Ms. Ruiz", "long talks with the mayor"),
            (IND, "described", "Ms. Ruiz", "him as a friend"),
        ],
        "'recalling' set off after its subject",
    ),
    (
        "Lee, speaking to reporters, said the plan failed.",
        [(IND, "said", "Lee", "the plan failed")],
        "an unlisted set-off participle sets a scene and attributes nothing",
    ),
    (
        "But the court overruled and said the state already allowed early voting.",
        [(IND, "said", "the court", "the state already allowed early voting")],
        "a cue coordinated with the first verb after an opening 'But' takes the subject after it",
    ),
    (
        "And they relented and agreed to hold a vote.",
        [(IND, "agreed", "they", "to hold a vote")],
        "a pronoun subject after an opening 'And'",
    ),
    (
        "Lee said no.",
        [(IND, "said", "Lee", "no")],
        "'said no' is a whole answer, like 'said yes'",
    ),
    (
        "The plan was backed on Friday by Ann Lee, who said the port had no choice.",
        [
            (IND, "backed", "Ann Lee", "The plan"),
            (IND, "said", "who", "the port had no choice"),
        ],
        "a passive covers the unit only up to its agent: a relative clause on it keeps its cue",
    ),
    (
        "After thanking the crowd, which chanted her name, the mayor said the race was close.",
        [
            (IND, "thanking", "the mayor", "the crowd"),
            (IND, "chanted", "which", "her name"),
            (IND, "said", "the mayor", "the race was close"),
        ],
        "an opening gerund's speaker follows a relative clause on its object",
    ),
    (
        "Citing a new report, Ms. Ruiz said the race was close.",
        [
            (IND, "Citing", "Ms. Ruiz", "a new report"),
            (IND, "said", "Ms. Ruiz", "the race was close"),
        ],
        "an opening participle's speaker does not stop at a courtesy title",
    ),
    (
        "The levy appears to be working well for the port, said Tom Reyes.",
        [(IND, "said", "Tom Reyes", "The levy appears to be working well for the port")],
        "a closing inverted 'said NAME.' takes the sentence from a raising verb inside it",
    ),
    (
        "He agreed to sell the boat to the mayor in 2010, records show.",
        [(IND, "show", "records", "He agreed to sell the boat to the mayor in 2010")],
        "a closing 'records show' vouches for the whole sentence before it",
    ),
    (
        "The fund ran ads attacking the senator, new filings show.",
        [(IND, "show", "new filings", "The fund ran ads attacking the senator")],
        "a participle inside the content of a closing 'show' is no attribution of its own",
    ),
    (
        "Lee said the videos do not show whether he was armed, records show.",
        [(IND, "said", "Lee", "the videos do not show whether he was armed")],
        "a closing 'show' does not take the sentence from a named speaker of 'said'",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_fired2_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
