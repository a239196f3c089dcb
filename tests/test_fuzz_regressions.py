"""Every crash the fuzzers in fuzz/ found, replayed through the same checks.

A case is the exact fuzz input (bytes before the first NUL are ``published``,
see fuzz/fuzz_parse.py) or a minimised form of it. Cases not yet fixed are
strict xfails naming the bug: the fix turns them into passes, and then the
mark must go. The seed corpora must always pass, so a harness or seed that
drifts from the library is caught here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))

from fuzz_jsonl import check_jsonl  # noqa: E402
from fuzz_parse import _check_spans, check_parse_input  # noqa: E402

from copydesk import Article, Quote, QuoteKind, Span  # noqa: E402

# (fuzz input, why it is here, open bug mark or None)
PARSE_CASES = [
    (
        b"9999-12-31\x00The mayor said the park would open next year and stay open ev\xfeery Sunday.\n",
        "fuzzer, 1st crash: future weekday after the last day of 9999 (nearest_weekday overflowed)",
        None,
    ),
    (
        b"9999-12-31\x00The park would open Sunday.",
        "minimised 1st crash",
        None,
    ),
    (
        b'0001-01-01\x00rhe mayor saext,"\x00\x00r. Smit4051ed: 12 May 20 it would vote in June, '
        b"according to t-06-15\x00Line one.\r\x00\x00\x00\x00\x00\x00\x00\x83id last year was hart "
        b"nnnthe 1990s ]were worse.\n",
        "fuzzer, 2nd crash: bare month before year 1 (resolve_month builds a date in year 0)",
        None,
    ),
    (b"0001-01-01\x00The vote was in June.", "minimised 2nd crash", None),
    (
        b"9999-12-31\x00The vote was in June.",
        "the same bug after 9999: a date in year 10000",
        None,
    ),
    (
        b"9999-12-31\x00He spoke on 12 May.",
        "day and month after 9999 (resolve_month_day's slack overflows)",
        None,
    ),
    (b"9999-12-31\x00The park opens Sunday.", "past weekday near the end is fine", None),
    (b"0001-01-01\x00He said it was last year.", "'last year' before year 1 is fine", None),
]

JSONL_CASES: list[tuple[bytes, str, pytest.MarkDecorator | None]] = [
    (b'{"id": "bom", "text": "x"}\n\xef\xbb\xbf{"id": 2}\n', "BOM mid-stream: an error line", None),
]


def _params(cases: list[tuple[bytes, str, pytest.MarkDecorator | None]]) -> list[object]:
    return [
        pytest.param(data, id=why, marks=() if mark is None else (mark,))
        for data, why, mark in cases
    ]


@pytest.mark.parametrize("data", _params(PARSE_CASES))
def test_parse_crash_stays_fixed(data: bytes) -> None:
    check_parse_input(data)


@pytest.mark.parametrize("data", _params(JSONL_CASES))
def test_jsonl_crash_stays_fixed(data: bytes) -> None:
    check_jsonl(data)


@pytest.mark.parametrize(
    "seed", sorted((FUZZ / "corpus" / "parse").iterdir()), ids=lambda p: p.name
)
def test_parse_seed_passes(seed: Path) -> None:
    check_parse_input(seed.read_bytes())


@pytest.mark.parametrize(
    "seed", sorted((FUZZ / "corpus" / "jsonl").iterdir()), ids=lambda p: p.name
)
def test_jsonl_seed_passes(seed: Path) -> None:
    check_jsonl(seed.read_bytes())


def test_checks_catch_a_broken_span() -> None:
    """The harness must fail loudly on a lying span, or a green run proves nothing."""
    text = '"Yes," he said.'
    bad = Article(text=text, quotes=(Quote(QuoteKind.DIRECT, Span(0, 4, "Yes,")),))
    with pytest.raises(AssertionError, match="does not slice"):
        _check_spans(bad)
