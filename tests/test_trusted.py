"""The stages' unchecked constructors build exactly what the checked classes build."""

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from copydesk.document import MentionKind, NameMention
from copydesk.model import (
    DateMention,
    FrozenMap,
    Granularity,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    SpeakerKind,
    TimexType,
)
from copydesk.stages.trusted import (
    trusted_date_mention,
    trusted_name_mention,
    trusted_quote,
    trusted_source,
    trusted_span,
    trusted_speaker,
)

TEXT = "Officials said on Monday that the talks would resume."

offsets = st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted)
spans = offsets.map(lambda se: Span(se[0], se[1], TEXT[se[0] : se[1]]))
names = st.text(max_size=12)


@given(offsets)
def test_trusted_span_is_the_checked_span(bounds):
    start, end = bounds
    built = trusted_span(start, end, TEXT[start:end])
    assert built == Span(start, end, TEXT[start:end])
    assert hash(built) == hash(Span(start, end, TEXT[start:end]))


@given(st.sampled_from(MentionKind), spans, st.none() | spans, st.none() | spans)
def test_trusted_name_mention_is_the_mention(kind, span, role, affiliation):
    built = trusted_name_mention(span, kind, role, affiliation)
    assert built == NameMention(span, kind, role, affiliation)
    assert hash(built) == hash(NameMention(span, kind, role, affiliation))
    assert repr(built) == repr(NameMention(span, kind, role, affiliation))


@given(
    st.sampled_from(QuoteKind),
    spans,
    st.none() | spans,
    st.none() | spans,
    st.none() | names,
    st.floats(0, 1),
)
def test_trusted_quote_is_the_quote(kind, content, cue, mention, speaker, confidence):
    built = trusted_quote(kind, content, cue, mention, speaker, confidence)
    assert built == Quote(kind, content, cue, mention, speaker, confidence)
    assert repr(built) == repr(Quote(kind, content, cue, mention, speaker, confidence))


@given(
    names,
    names,
    st.sampled_from(SpeakerKind),
    st.lists(names).map(tuple),
    st.lists(names).map(tuple),
    st.lists(names).map(tuple),
    st.lists(spans).map(tuple),
)
def test_trusted_speaker_is_the_speaker(ident, name, kind, aliases, roles, affiliations, mentions):
    built = trusted_speaker(ident, name, kind, aliases, roles, affiliations, mentions)
    assert built == Speaker(ident, name, kind, aliases, roles, affiliations, mentions)


@given(
    names,
    names,
    st.sampled_from(SourceKind),
    st.none() | names,
    st.lists(spans).map(tuple),
    st.lists(st.integers(0, 50)).map(tuple),
)
def test_trusted_source_is_the_source(ident, name, kind, speaker, mentions, quotes):
    built = trusted_source(ident, name, kind, speaker, mentions, quotes)
    assert built == Source(ident, name, kind, speaker, mentions, quotes)


def test_trusted_objects_stay_frozen():
    quote = trusted_quote(QuoteKind.DIRECT, Span(0, 9, TEXT[:9]), None, None, None, 1.0)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.speaker = "someone"  # type: ignore[misc]


@given(
    offsets,
    st.sampled_from(TimexType),
    st.text(max_size=10),
    st.none() | st.dates(),
    st.none() | st.dates(),
    st.sampled_from(Granularity),
    st.none() | st.sampled_from(["APPROX", "START"]),
)
def test_trusted_date_mention_is_the_date_mention(
    bounds, kind, value, range_start, anchor, granularity, mod
):
    start, end = bounds
    text = TEXT[start:end]
    duration = relativedelta(years=3)
    built = trusted_date_mention(
        start,
        end,
        text,
        kind,
        value,
        range_start,
        None,
        duration,
        anchor,
        granularity,
        mod,
        FrozenMap(),
    )
    checked = DateMention(
        start, end, text, kind, value, range_start, None, duration, anchor, granularity, mod
    )
    assert built == checked
    assert built.span == checked.span
    assert dict(built.extra) == {}
