"""The fast paths of quote_marks and names give exactly what the plain code they replace gives."""

from __future__ import annotations

import pytest

from copydesk.stages import quote_marks
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
