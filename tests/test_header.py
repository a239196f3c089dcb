"""Case table for the header stage: metadata, headline, byline, dateline."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.stages.header import read_header

DATELINES = [
    ("TEHRAN – The minister left.", "TEHRAN –", "TEHRAN", None, "en dash"),
    (
        "WASHINGTON (Reuters) - Lawmakers met.",
        "WASHINGTON (Reuters) -",
        "WASHINGTON",
        "Reuters",
        "agency",
    ),
    ("BAKU, Dec 7 (AFP) — Talks began.", "BAKU, Dec 7 (AFP) —", "BAKU", "AFP", "date in dateline"),
    (
        "NAIROBI, Kenya (AP) _ Bombs exploded.",
        "NAIROBI, Kenya (AP) _",
        "NAIROBI, Kenya",
        "AP",
        "region and underscore",
    ),
    ("NEW YORK — Stocks fell.", "NEW YORK —", "NEW YORK", None, "two words"),
    ("The minister left Tehran.", None, None, None, "no dateline"),
    ("I - the writer - disagree.", None, None, None, "single capital letter is no place"),
    ("PARIS (Acme Weekly Blog) - Nope.", None, None, None, "unknown agency in brackets"),
]


@pytest.mark.parametrize(
    ("text", "span", "location", "agency", "why"), DATELINES, ids=[c[4] for c in DATELINES]
)
def test_datelines(parser, text, span, location, agency, why):
    header = read_header(text, None, parser.lexicon)
    if span is None:
        assert header.dateline is None
        assert header.body_start == 0
        return
    assert header.dateline is not None
    assert header.dateline.span.text == span
    assert header.dateline.location == location
    assert header.dateline.agency == agency
    assert text[header.body_start :].startswith(text[len(span) :].lstrip())


METADATA = [
    (
        " date 2025-12-07 TEHRAN – Body.",
        {"date": "2025-12-07"},
        date(2025, 12, 7),
        "seed style, same line",
    ),
    (
        "Published: 2016-09-12T10:00:00Z\n\nBody text.",
        {"published": "2016-09-12T10:00:00Z"},
        date(2016, 9, 12),
        "colon and time",
    ),
    (
        "Title: Talks in Baku\ndate 2025-01-02\n\nBody.",
        {"title": "Talks in Baku", "date": "2025-01-02"},
        date(2025, 1, 2),
        "two lines",
    ),
    ("Date of the talks was set.", {}, None, "the word date in prose"),
    ("Source said it was over.", {}, None, "key without colon is prose"),
]


@pytest.mark.parametrize(
    ("text", "metadata", "published", "why"), METADATA, ids=[c[3] for c in METADATA]
)
def test_metadata(parser, text, metadata, published, why):
    header = read_header(text, None, parser.lexicon)
    assert dict(header.metadata) == metadata
    assert header.published == published
    for span in header.metadata_spans:
        assert text[span.start : span.end] == span.text


def test_caller_date_wins_over_header(parser):
    header = read_header("date 2025-12-07\n\nBody.", date(2020, 1, 1), parser.lexicon)
    assert header.published == date(2020, 1, 1)
    assert header.metadata["date"] == "2025-12-07"


HEADLINES = [
    (
        "Stealth Over Health: Clinton Was Headed to ER\n\nThe Post reports that she left.",
        "Stealth Over Health: Clinton Was Headed to ER",
        "title case line",
    ),
    (
        "Suspected bombs exploded outside the embassies on Friday, witnesses said.\n\nMore text.",
        None,
        "a sentence is no headline",
    ),
    ("Talks Resume In Baku", None, "nothing after it"),
]


@pytest.mark.parametrize(("text", "headline", "why"), HEADLINES, ids=[c[2] for c in HEADLINES])
def test_headline(parser, text, headline, why):
    header = read_header(text, None, parser.lexicon)
    assert (header.headline.text if header.headline else None) == headline


def test_headline_byline_dateline_together(parser):
    text = (
        "Iran And Azerbaijan Deepen Ties\n\nBy Jane Doe and John Roe\n\nTEHRAN – The minister left."
    )
    header = read_header(text, None, parser.lexicon)
    assert header.headline.text == "Iran And Azerbaijan Deepen Ties"
    assert header.byline.text == "By Jane Doe and John Roe"
    assert header.dateline.location == "TEHRAN"
    assert text[header.body_start :] == "The minister left."
