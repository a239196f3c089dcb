from __future__ import annotations

from datetime import date

import attrs
import pytest

from copydesk import Article, DateMention, Enrichment, Span, TimexType


def test_span_of_slices_the_source():
    text = "Baqai added that"
    span = Span.of(text, 0, 5)
    assert span == Span(0, 5, "Baqai")
    assert text[span.start : span.end] == span.text
    assert len(span) == 5


@pytest.mark.parametrize(
    ("start", "end", "text", "why"),
    [
        (3, 2, "", "end before start"),
        (-1, 2, "abc", "negative start"),
        (0, 3, "ab", "text shorter than the offsets say"),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_span_rejects_offsets_that_cannot_be_true(start, end, text, why):
    with pytest.raises(ValueError, match="span"):
        Span(start, end, text)
    with pytest.raises(ValueError, match="span"):
        DateMention(start, end, text, TimexType.DATE, "2025-12-07")


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [
        (4, 2, "end before start"),
        (-3, 2, "negative start"),
        (6, 9, "end past the text"),
        (8, 9, "start past the text"),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_span_of_rejects_offsets_outside_its_source(start, end, why):
    with pytest.raises(ValueError, match="span"):
        Span.of("Baqai.", start, end)


@pytest.mark.parametrize(("start", "end"), [(0, 5), (0, 0), (6, 6), (2, 6)])
def test_span_of_builds_what_the_constructor_builds(start, end):
    text = "Baqai."
    span = Span.of(text, start, end)
    built = Span(start, end, text[start:end])
    assert span == built and hash(span) == hash(built) and repr(span) == repr(built)


@pytest.mark.parametrize(
    ("a", "b", "overlaps", "contains"),
    [
        ((0, 5), (5, 9), False, False),
        ((0, 5), (4, 9), True, False),
        ((0, 9), (2, 4), True, True),
        ((2, 4), (0, 9), True, False),
    ],
)
def test_span_relations(a, b, overlaps, contains):
    text = "x" * 10
    left, right = Span.of(text, *a), Span.of(text, *b)
    assert left.overlaps(right) is overlaps
    assert left.contains(right) is contains


def test_models_are_frozen():
    article = Article("text")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]


def test_mappings_on_models_are_read_only():
    enrichment = Enrichment("places", {"country": "IR"})
    with pytest.raises(TypeError):
        enrichment.data["country"] = "AZ"  # type: ignore[index]


def test_date_mention_checks_its_own_span():
    with pytest.raises(ValueError, match="span"):
        DateMention(0, 6, "Sun", TimexType.DATE, "2025-12-07")
    mention = DateMention(0, 6, "Sunday", TimexType.DATE, "2025-12-07", date(2025, 12, 7))
    assert mention.span == Span(0, 6, "Sunday")


def test_article_lookups():
    from copydesk import Quote, QuoteKind, Speaker

    text = "He said so."
    quote = Quote(QuoteKind.INDIRECT, Span.of(text, 8, 10), speaker="a")
    article = Article(text, quotes=(quote,), speakers=(Speaker("a", "A"),))
    assert article.speaker("a") == Speaker("a", "A")
    assert article.speaker("missing") is None
    assert article.quotes_by("a") == (quote,)


def test_articles_survive_pickling_for_worker_processes():
    import pickle

    text = "On Sunday."
    article = Article(
        text,
        metadata={"date": "2025-12-07"},
        dates=(DateMention(3, 9, "Sunday", TimexType.DATE, "2025-12-07", extra={"calendar": "x"}),),
        enrichments=(Enrichment("k", {"a": [1, 2]}),),
    )
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert copy.dates[0].extra == {"calendar": "x"}
