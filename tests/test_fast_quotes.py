"""The quotes stage's fast paths give exactly what the plain code they replace gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.document import Document
from copydesk.model import Span
from copydesk.stages import quote_cues
from copydesk.stages.quote_cues import TokenView, tokens_between
from copydesk.stages.quotes import _ArticleScan
from copydesk.stages.text import segment

# Words, blanks and every joiner the tokenizer knows ("U.S.", "O’Neil", "AT&T", "well-off").
TOKENY = st.text(alphabet="ab1 \n\u00a0.’'&-_,“”", min_size=quote_cues._SLICE_MAX + 1)


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(TOKENY, st.data())
def test_windows_of_a_long_sentence_are_tokenized_as_on_their_own(sample, data):
    view = TokenView(sample)
    view.load(0, len(sample))
    for _ in range(5):
        start = data.draw(st.integers(0, len(sample)))
        end = data.draw(st.integers(start, len(sample)))
        assert view.between(start, end) == tokens_between(sample, start, end)


LONG = "In a statement on Monday, the U.S. envoy’s office said " + "talks went well-ish, " * 12
WINDOW_CASES = [
    (LONG.index("statement"), LONG.index(" envoy"), "no token cut"),
    (LONG.index("tement"), LONG.index(" envoy"), "the first token cut"),
    (LONG.index("statement"), LONG.index("voy’s"), "the last token cut"),
    (LONG.index("S. envoy"), LONG.index("ice said"), "both cut, inside joined words"),
    (LONG.index("tate"), LONG.index("ment"), "inside one token"),
    (len(LONG) - 3, len(LONG), "at the sentence's end"),
]


@pytest.mark.parametrize(("start", "end", "why"), WINDOW_CASES)
def test_long_sentence_window_cases(start, end, why):
    assert len(LONG) > quote_cues._SLICE_MAX
    view = TokenView(LONG)
    view.load(0, len(LONG))
    assert view.between(start, end) == tokens_between(LONG, start, end), why


def test_short_sentence_windows_keep_whole_tokens():
    text = "Officials said the talks went well."
    view = TokenView(text)
    view.load(0, len(text))
    assert [t.text for t in view.between(3, 14)] == ["said"]


def test_vocabulary_is_built_once_per_lexicon():
    lexicon = copydesk.default_parser().lexicon
    assert quote_cues.vocabulary(lexicon) is quote_cues.vocabulary(lexicon)


def _scan(text: str) -> _ArticleScan:
    lexicon = copydesk.default_parser().lexicon
    return _ArticleScan(Document(text, lexicon=lexicon, segments=segment(text, lexicon)))


@pytest.mark.parametrize(("start", "end"), [(0, 0), (0, 9), (3, 9), (9, 9)])
def test_scan_spans_are_the_checked_spans(start, end):
    scan = _scan("Officials said the talks went well.")
    assert scan.span(start, end) == Span.of(scan.text, start, end)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (0, 999)])
def test_scan_spans_still_refuse_bad_offsets(start, end):
    scan = _scan("Officials said the talks went well.")
    with pytest.raises(ValueError):
        scan.span(start, end)
