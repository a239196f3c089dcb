"""The quotes stage: direct and mixed quotes, their bounds and speaker phrases."""

from __future__ import annotations

import pytest

D, IND, M = "direct", "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        '"The bridge will open in May," retired Navy captain Ann Lee said.',
        [(D, "said", "retired Navy captain Ann Lee", '"The bridge will open in May,"')],
        "a lower-case -ed pre-modifier opens a trailing speaker phrase",
    ),
    (
        '"The bridge will open in May," said outgoing acting mayor Ann Lee.',
        [(D, "said", "outgoing acting mayor Ann Lee", '"The bridge will open in May,"')],
        "-ing pre-modifiers inside an inverted speaker phrase",
    ),
    (
        "The harbor, after voting Democrats said, stayed open.",
        [],
        "an -ed/-ing word that is no listed pre-modifier still stops a subject",
    ),
    (
        "A partial transcript follows:\n\n"
        '"SMITH: Will the ferry run again this spring?\n\n'
        '"(CROSSTALK.)\n\n'
        '"JONES: It will run in April, as the town council promised.\n\n'
        '"SMITH: Thank you for coming in today."',
        [
            (D, ":", "SMITH", "Will the ferry run again this spring?"),
            (D, ":", "JONES", "It will run in April, as the town council promised"),
            (D, ":", "SMITH", 'Thank you for coming in today."'),
        ],
        "transcript turns quoted paragraph by paragraph are turns of their own",
    ),
    (
        '"The ferry pays for itself," Ann Lee, director of the county transit office and a '
        "lecturer at the state university in the capital, said of the plan.",
        [
            (
                D,
                "said",
                "Ann Lee",
                '"The ferry pays for itself,"',
            )
        ],
        "a speaker's apposition longer than the words read for 'X said'",
    ),
    (
        'The mayor has gone after the council as a "club of developers who never listen."',
        [
            (
                M,
                "gone after",
                "The mayor",
                'the council as a "club of developers who never listen."',
            )
        ],
        "a quotation in the object of an unlisted verb: the subject vouches for it",
    ),
    (
        'In May, Ann Lee exhorted her neighbors to "vote for the ferry."',
        [(M, "exhorted", "Ann Lee", 'her neighbors to "vote for the ferry."')],
        "a quoted object after an opening adjunct",
    ),
    (
        'The ferry plan is "closed for now."',
        [],
        "no quoted object after a form of 'be'",
    ),
    (
        'Ann Lee joined the cast of "Harbor Days at Home."',
        [],
        "a quotation in title case is a title, not quoted words",
    ),
    (
        "Lee spoke last.\n\n"
        '"The idea that we would close the ferry is just not accurate."\n\n'
        "- Ann Lee.\n\n"
        "The claim does not hold up.",
        [(D, "-", "Ann Lee", '"The idea that we would close the ferry is just not accurate."')],
        "a quote paragraph signed by a dash paragraph after it",
    ),
    (
        "Ann Lee spoke first.\n\n"
        'Tom Smith shot back, "The ferry has never made money and never will."',
        [(D, "shot back", "Tom Smith", '"The ferry has never made money and never will."')],
        "an unlisted verb and particle between the speaker and the comma before a quote",
    ),
    (
        'Ann Lee spoke first.\n\nThe old adage, "A ferry is only as good as its captain."',
        [(D, None, None, '"A ferry is only as good as its captain."')],
        "no attribution from a lone noun before the comma",
    ),
    (
        "The crowd cheered.\n\n"
        '"This is the best day for the harbor!" beamed Ann Lee of Dover, who wore a red hat.',
        [(D, "beamed", "Ann Lee of Dover", '"This is the best day for the harbor!"')],
        "an unlisted -ed verb and a name after a quotation: an inverted attribution",
    ),
    (
        'Lee said the plan was "a gift to the developers."\n\n'
        '"The council never asked us about the ferry or the harbor."',
        [
            (M, "said", "Lee", 'the plan was "a gift to the developers."'),
            (D, None, "Lee", '"The council never asked us about the ferry or the harbor."'),
        ],
        "a quote paragraph does not run on a mixed attribution of the paragraph before",
    ),
    (
        'The crowd chanted "Save the ferry!" and kept marching until dark.',
        [(D, "chanted", "The crowd", '"Save the ferry!"')],
        "content that opens with a full quotation ends with it when the writer goes on",
    ),
    (
        "The ferry, known as 'Old Blue,' carried the mayor.",
        [],
        "a quoted name in apposition is no content",
    ),
    (
        '"I move that we open the ferry again!" Ann Lee said as she opened the meeting.',
        [(D, "said", "Ann Lee", '"I move that we open the ferry again!"')],
        "a closing attribution split off as its own sentence, an adverbial clause after it",
    ),
    (
        '"The ferry is a disgrace to the town," the note says.',
        [(D, "says", "the note", '"The ferry is a disgrace to the town,"')],
        "a cue homograph after a determiner heads the speaker; the cue comes after it",
    ),
    (
        '"A free ride," the town memo states, becomes available "after one year of service."',
        [
            (
                M,
                "states",
                "the town memo",
                '"A free ride," the town memo states, becomes available "after one year of service."',
            )
        ],
        "a sentence the attribution interrupts goes on after it",
    ),
    (
        '"It was a good year," said Ann Lee, communications director for the ferry.',
        [(D, "said", "Ann Lee", '"It was a good year,"')],
        "an apposition after an inverted speaker does not resume the sentence",
    ),
    (
        '"The ferry will run again," Sen. Ann Lee, D-Md., said Tuesday.',
        [(D, "said", "Sen. Ann Lee", '"The ferry will run again,"')],
        "a full stop before a comma is an abbreviation's, not the sentence's end",
    ),
    (
        'Ann Lee openly admires the old captain as a "true friend of the harbor."',
        [(M, "admires", "Ann Lee", 'the old captain as a "true friend of the harbor."')],
        "an adverb between the subject and the verb of a quoted object",
    ),
    (
        'Bemoaning the "broken ferry schedule," Ann Lee walked out of the meeting.',
        [(M, "Bemoaning", "Ann Lee", 'the "broken ferry schedule,"')],
        "an opening participle's quoted object, the main clause's subject its speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_direct_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
