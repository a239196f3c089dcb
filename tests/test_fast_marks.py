"""The fast paths of quote_marks and names give exactly what the plain code they replace gives."""

from __future__ import annotations

import pytest

from copydesk.document import MentionKind, NameMention, trusted_span
from copydesk.model import Span
from copydesk.stages import names, quote_marks
from copydesk.stages.quote_marks import Quotation

_QUOTED = [Quotation(2, 5), Quotation(8, 12), Quotation(20, 24)]


@pytest.mark.parametrize(
    ("start", "end", "first", "expected", "why"),
    [
        (0, 30, 0, [(0, 2), (5, 8), (12, 20), (24, 30)], "every quotation from the first"),
        (0, 30, 1, [(0, 8), (12, 20), (24, 30)], "quotations before `first` are not read"),
        (6, 18, 1, [(6, 8), (12, 18)], "a stretch inside the text"),
        (9, 18, 1, [(12, 18)], "a stretch opening inside a quotation"),
        (13, 19, 2, [(13, 19)], "no quotation in the stretch"),
        (0, 30, 3, [(0, 30)], "`first` past the end"),
    ],
)
def test_gaps_read_from_an_index(start, end, first, expected, why):
    assert list(quote_marks._gaps(start, end, _QUOTED, first)) == expected, why


def test_names_builds_spans_and_mentions_as_the_constructors_do():
    text = "Mayor Jane Roe said"
    span = trusted_span(6, 14, text[6:14])
    assert span == Span(6, 14, "Jane Roe")
    role = Span(0, 5, "Mayor")
    mention = names._mention(span, MentionKind.PERSON, role)
    assert mention == NameMention(span, MentionKind.PERSON, role, None)


def test_names_records_build_with_their_defaults():
    pre = names._Premodifiers(3, True, False, None)
    assert (pre.start, pre.determiner, pre.modified, pre.affiliation) == (3, True, False, None)
    assert pre.owner_start is None
    assert pre == names._Premodifiers(3, True, False, None, None)
    classified = names._Classified(None, (1, 2))
    assert (classified.mention, classified.used) == (None, (1, 2))
