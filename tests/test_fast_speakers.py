"""The speakers and sources stages' fast paths give exactly what the plain code they replace would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.document import MentionKind, NameMention
from copydesk.model import Span
from copydesk.stages import speakers

TEXT = "Jane Doe and the Foreign Ministry said on Tuesday that Roe, 59, of Ashton agreed."
NAMEISH = st.text(alphabet="aB1 \t\n-_’'.éσ", max_size=30)  # no capital sigma: see docs/speed.md


def _plain_slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-_") or "speaker"


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(NAMEISH)
def test_slug_agrees_with_the_regex(name):
    assert speakers.slug(name) == _plain_slug(name)


def test_slug_cases():
    assert speakers.slug("Esmaeil Baqaai") == "esmaeil-baqaai"
    assert speakers.slug("U.S. Army") == "u-s-army"
    assert speakers.slug("  ") == "speaker"


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, 12)).map(
    lambda p: Span.of(TEXT, p[0], min(len(TEXT), p[0] + p[1]))
)
mentions = st.lists(
    st.tuples(spans, st.sampled_from([MentionKind.PERSON, MentionKind.PLACE])), max_size=25
).map(lambda pairs: [NameMention(span, kind) for span, kind in pairs])


def _plain_order(found: list[NameMention]) -> list[NameMention]:
    return sorted(found, key=lambda m: (m.span.start, -m.span.end))


@settings(deadline=None)
@given(mentions)
def test_mentions_in_order_is_the_sort(found):
    ordered = _plain_order(found)
    starts = [m.span.start for m in ordered]
    assert speakers.mentions_in_order(tuple(found)) == (ordered, starts)
    assert speakers.mentions_in_order(tuple(ordered)) == (ordered, starts)


@settings(deadline=None)
@given(mentions, mentions)
def test_merged_is_the_sort_of_both(found, extra):
    ordered = _plain_order(found)
    merged = speakers._merged(ordered, extra)
    expected = _plain_order(ordered + extra)
    assert [id(m) for m in merged] == [id(m) for m in expected]  # the same order, ties too


@settings(deadline=None)
@given(st.lists(spans, max_size=25))
def test_distinct_spans_is_the_sorted_set(found):
    expected = tuple(sorted(set(found), key=lambda s: (s.start, s.end)))
    assert speakers.distinct_spans(found) == expected
