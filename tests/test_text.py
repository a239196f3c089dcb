"""Case table for the text stage: paragraphs and sentences."""

from __future__ import annotations

import pytest

from copydesk.stages.text import segment

CASES = [
    ("One. Two.", ["One.", "Two."], "plain full stops"),
    ("Mr. Smith left. He was tired.", ["Mr. Smith left.", "He was tired."], "honorific"),
    (
        "The U.S. Embassy said so. It was late.",
        ["The U.S. Embassy said so.", "It was late."],
        "initialism",
    ),
    (
        "On Oct. 21 they met. Then they left.",
        ["On Oct. 21 they met.", "Then they left."],
        "month abbreviation",
    ),
    (
        '"We will," he said. "Now."',
        ['"We will," he said.', '"Now."'],
        "quote opens the next sentence",
    ),
    (
        'He said: "It is over." Then he left.',
        ['He said: "It is over."', "Then he left."],
        "closing mark after stop",
    ),
    ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."], "question and exclamation"),
    (
        "He met Sens. Ann Lee and Bo Park. They agreed.",
        ["He met Sens. Ann Lee and Bo Park.", "They agreed."],
        "plural title abbreviation",
    ),
    (
        'He lives in Fresno, Calif. "It is hot."',
        ["He lives in Fresno, Calif.", '"It is hot."'],
        "place abbreviation before an opening quote ends the sentence",
    ),
    (
        'Ask Mr. "Fix-It" Lee.',
        ['Ask Mr. "Fix-It" Lee.'],
        "title before a quote does not",
    ),
    ("It cost 3.5 million. Next.", ["It cost 3.5 million.", "Next."], "decimal point"),
    ("e.g. this one stays whole.", ["e.g. this one stays whole."], "lower-case after stop"),
    ("J. R. Smith spoke. Others did too.", ["J. R. Smith spoke.", "Others did too."], "initials"),
    (
        "Headline here\nBody starts. Goes on.",
        ["Headline here", "Body starts.", "Goes on."],
        "line break",
    ),
    ("  padded.  ", ["padded."], "surrounding whitespace trimmed"),
    (
        "First line ends.\nSecond. Third.\nFourth!  \nFifth",
        ["First line ends.", "Second.", "Third.", "Fourth!", "Fifth"],
        "stops right before line breaks and after spaces at a line's end",
    ),
    (
        "Ask Dr.\nJones came. Mr. \nLee. No.",
        ["Ask Dr.", "Jones came.", "Mr.", "Lee.", "No."],
        "an abbreviation at a line's end is the line break's to end",
    ),
    (
        'Yes.\n"Hi." \n(Then) he went.',
        ["Yes.", '"Hi."', "(Then) he went."],
        "stops, closing marks and openers around line breaks",
    ),
    ("", [], "empty text"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_sentences(parser, text, expected, why):
    segments = segment(text, parser.lexicon)
    assert [s.text for s in segments.sentences] == expected
    for s in segments.sentences:
        assert text[s.start : s.end] == s.text


def test_cases_are_unique():
    assert len({c[0] for c in CASES}) == len(CASES)


def test_paragraphs_split_at_blank_lines(parser):
    text = "First para.\nStill first.\n\n  \nSecond para.\n"
    segments = segment(text, parser.lexicon)
    assert [p.text for p in segments.paragraphs] == ["First para.\nStill first.", "Second para."]
    assert segments.paragraph_at(text.index("Second")) == segments.paragraphs[1]
    assert segments.sentence_at(text.index("Still")).text == "Still first."
    assert segments.sentence_at(text.index("\n\n")) is None


def test_abbreviations_come_from_the_lexicon():
    from copydesk.lexicon import Lexicon

    text = "Gov. Smith spoke. Then."
    assert [s.text for s in segment(text, Lexicon({})).sentences] == [
        "Gov.",
        "Smith spoke.",
        "Then.",
    ]
    assert [s.text for s in segment(text, Lexicon({"abbreviations": {"gov"}})).sentences] == [
        "Gov. Smith spoke.",
        "Then.",
    ]
