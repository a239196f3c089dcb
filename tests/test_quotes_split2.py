"""The quotes stage: a noun-phrase object that ran on into the next attribution."""

from __future__ import annotations

import pytest

IND, D, M = "indirect", "direct", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "The senator endorsed the governor and opposes a new bridge toll.",
        [
            (IND, "endorsed", "The senator", "the governor"),
            (IND, "opposes", "The senator", "a new bridge toll"),
        ],
        "an object cue's noun phrase ends before 'and' + a belief verb",
    ),
    (
        "The mayor said the roads were bad and opposed the new toll.",
        [(IND, "said", "The mayor", "the roads were bad and opposed the new toll")],
        "clause content still runs on over 'and' + a belief verb",
    ),
    (
        "The mayor praised the plan by noting that it would cut taxes.",
        [
            (IND, "praised", "The mayor", "the plan"),
            (IND, "noting", "The mayor", "that it would cut taxes"),
        ],
        "an object cue's noun phrase ends before 'by' + an -ing cue",
    ),
    (
        "The mayor said the city paid for it by noting the cost in the budget.",
        [(IND, "said", "The mayor", "the city paid for it by noting the cost in the budget")],
        "clause content still runs on over 'by' + an -ing cue",
    ),
    (
        "The mayor defended the budget at a rally when she told the crowd that taxes would fall.",
        [
            (IND, "defended", "The mayor", "the budget at a rally"),
            (IND, "told", "she", "that taxes would fall"),
        ],
        "an object cue's noun phrase ends before a subordinator + subject + cue",
    ),
    (
        "The mayor said the plan was good as she told the crowd that taxes would fall.",
        [
            (
                IND,
                "said",
                "The mayor",
                "the plan was good as she told the crowd that taxes would fall",
            )
        ],
        "clause content still runs on over a subordinator + subject + cue",
    ),
    (
        "The mayor mentioned Lee as a possible suspect.",
        [(IND, "mentioned", "The mayor", "Lee as a possible suspect")],
        "an indefinite noun phrase after the subordinator is no subject",
    ),
    (
        '"We will win the seat," he said, adding that he had not met the donors. "We will see."',
        [
            (D, "said", "he", '"We will win the seat,"'),
            (M, "adding", "he", 'that he had not met the donors. "We will see."'),
        ],
        "the quotation after ', adding that' goes on with the participle's content",
    ),
    (
        '"We will win the seat," he said, noting that he had not met the donors. "We will see."',
        [
            (
                M,
                "said",
                "he",
                '"We will win the seat," he said, noting that he had not met the donors. "We will see."',
            ),
            (IND, "noting", "he", "that he had not met the donors"),
        ],
        "the quotation after other participles still resumes the direct quote",
    ),
    (
        "The mayor, a Democrat, said that she backed the plan, but cautioned against reading into it.",
        [
            (IND, "said", "The mayor", "that she backed the plan"),
            (IND, "cautioned", "The mayor", "reading into it"),
        ],
        "', but' + a cue verb ends content with no comma of its own",
    ),
    (
        "The mayor, a Democrat, said she was not ready to back Lee, and suggested that he call.",
        [
            (IND, "said", "The mayor", "she was not ready to back Lee"),
            (IND, "suggested", "The mayor", "that he call"),
        ],
        "', and' + a cue verb ends content with no comma of its own",
    ),
    (
        "The mayor said the roads, the parks and the schools needed work, and suggested that taxes would rise.",
        [
            (
                IND,
                "said",
                "The mayor",
                "the roads, the parks and the schools needed work, and suggested that taxes would rise",
            )
        ],
        "', and' + a cue verb goes on when the content has a comma before it",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_split2_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
