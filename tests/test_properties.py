"""Properties that hold for any input: no crash, honest spans, stable output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk import Article, Parser, from_dict, from_json, to_dict, to_json
from copydesk.pipeline import _spans_in

PARSER = Parser(entry_points=False)

WORDS = [
    "said",
    "told",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "Baqai",
    "Baqaai",
    "Esmaeil",
    "Araghchi",
    "Mr.",
    "Dr.",
    "U.S.",
    "the",
    "minister",
    "spokesman",
    "that",
    "Sunday",
    "October",
    "21",
    "2025",
    "last week",
    "three decades",
    "ago",
    "may",
    "March",
    "noon",
    "10 a.m.",
    "TEHRAN",
    "–",
    "-",
    "—",
    "(Reuters)",
    ",",
    ".",
    ":",
    ";",
    "?",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "``",
    "''",
    "date",
    "2025-12-07",
    "By",
    "Jane",
    "Doe",
    "emphasized",
    "noting",
]
news_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.one_of(
    st.text(max_size=300), news_like, st.text(alphabet="\"'“”‘’«» .\n", max_size=100)
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(article: Article):
    yield from _spans_in(article)


@SETTINGS
@given(any_text)
def test_any_text_parses(text):
    assert isinstance(PARSER.parse(text), Article)


@SETTINGS
@given(any_text)
def test_every_span_slices_the_text(text):
    article = PARSER.parse(text, published="2025-12-07")
    for span in spans_of(article):
        assert text[span.start : span.end] == span.text


@SETTINGS
@given(any_text)
def test_json_round_trip_is_equal(text):
    article = PARSER.parse(text, published="2025-12-07")
    assert from_dict(to_dict(article)) == article
    assert from_json(to_json(article)) == article


@SETTINGS
@given(any_text)
def test_parsing_is_deterministic(text):
    assert PARSER.parse(text, published="2025-12-07") == PARSER.parse(text, published="2025-12-07")


@SETTINGS
@given(st.lists(news_like, min_size=1, max_size=4))
def test_batch_gives_the_same_as_one_at_a_time(texts):
    from copydesk import parse_many

    results = list(parse_many(texts, parser=PARSER))
    assert [r.article for r in results] == [PARSER.parse(t) for t in texts]
