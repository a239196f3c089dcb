"""Solar Hijri dates through copydesk's public API, checked against persiantools."""

from __future__ import annotations

import time
from datetime import date
from importlib import metadata
from typing import Any

import copydesk
import pytest
from copydesk import Granularity, Parser, TimexType
from persiantools.jdatetime import JalaliDate

import copydesk_persian_dates
from copydesk_persian_dates import read_month_names
from copydesk_persian_dates.finder import find_persian_dates

PUBLISHED = "2025-12-07"


@pytest.fixture(scope="module")
def alone() -> Parser:
    """The plugin without the built-in stages: only its own dates come back."""
    return Parser(plugins=[copydesk_persian_dates], builtins=False, entry_points=False)


@pytest.fixture(scope="module")
def full() -> Parser:
    """The plugin beside every built-in stage, as a newsroom runs it."""
    return Parser(plugins=[copydesk_persian_dates], entry_points=False)


def persian_dates(parser: Parser, text: str) -> list[tuple[str, str, str, str]]:
    article = parser.parse(text, published=PUBLISHED)
    return [
        (d.text, d.value, d.granularity.value, d.extra["persian"])
        for d in article.dates
        if d.extra.get("calendar") == "persian"
    ]


CASES = [
    (
        "Talks opened on 16 Azar 1404 in the capital.",
        [("16 Azar 1404", "2025-12-07", "day", "1404-09-16")],
        "day month year",
    ),
    (
        "Talks opened on Azar 16, 1404 in the capital.",
        [("Azar 16, 1404", "2025-12-07", "day", "1404-09-16")],
        "month day, year",
    ),
    (
        "The letter is dated 1404/09/16 and signed.",
        [("1404/09/16", "2025-12-07", "day", "1404-09-16")],
        "numeric year first",
    ),
    (
        "The letter is dated 16/09/1404 and signed.",
        [("16/09/1404", "2025-12-07", "day", "1404-09-16")],
        "numeric day first",
    ),
    (
        "The form says 1404-09-16.",
        [("1404-09-16", "2025-12-07", "day", "1404-09-16")],
        "dashes, sentence stop kept out",
    ),
    (
        "نشست در ۱۶ آذر ۱۴۰۴ برگزار شد",
        [("۱۶ آذر ۱۴۰۴", "2025-12-07", "day", "1404-09-16")],
        "Persian script and digits",
    ),
    (
        "نشست در ۱۶ آذرماه ۱۴۰۴ برگزار شد",
        [("۱۶ آذرماه ۱۴۰۴", "2025-12-07", "day", "1404-09-16")],
        "month word glued on",
    ),
    ("تاریخ ۱۴۰۴/۰۹/۱۶", [("۱۴۰۴/۰۹/۱۶", "2025-12-07", "day", "1404-09-16")], "Persian numeric"),
    (
        "On ١٦ Azar ١٤٠٤ they met.",
        [("١٦ Azar ١٤٠٤", "2025-12-07", "day", "1404-09-16")],
        "Arabic-Indic digits",
    ),
    (
        "It was the 16th of Azar 1404.",
        [("16th of Azar 1404", "2025-12-07", "day", "1404-09-16")],
        "ordinal and 'of'",
    ),
    (
        "The budget for Esfand 1403 was cut.",
        [("Esfand 1403", "2025-03", "month", "1403-12")],
        "month and year",
    ),
    (
        "It ended on 30 Esfand 1403.",
        [("30 Esfand 1403", "2025-03-20", "day", "1403-12-30")],
        "leap-year last day",
    ),
    (
        "Crowds marched on 22 Bahman 1357.",
        [("22 Bahman 1357", "1979-02-11", "day", "1357-11-22")],
        "revolution anniversary",
    ),
    (
        "Nowruz fell on 1 Farvardin 1404.",
        [("1 Farvardin 1404", "2025-03-21", "day", "1404-01-01")],
        "new year",
    ),
    (
        "Schools reopen on 1 Mehr 1404.",
        [("1 Mehr 1404", "2025-09-23", "day", "1404-07-01")],
        "Mehr with a day and year",
    ),
    (
        "It closed on 5 Ordibehesht 1404 and 10 Shahrivar 1404.",
        [
            ("5 Ordibehesht 1404", "2025-04-25", "day", "1404-02-05"),
            ("10 Shahrivar 1404", "2025-09-01", "day", "1404-06-10"),
        ],
        "two dates",
    ),
    (
        "Rallies are planned for 22 Bahman.",
        [("22 Bahman", "2026-02-11", "day", "1404-11-22")],
        "year picked from publication",
    ),
    (
        "The budget for the Iranian year 1404 was cut.",
        [("Iranian year 1404", "2025", "year", "1404")],
        "a year with a cue",
    ),
    (
        "It began in the Persian calendar year 1403.",
        [("Persian calendar year 1403", "2024", "year", "1403")],
        "a three-word cue",
    ),
    ("بودجه سال ۱۴۰۴ تصویب شد", [("سال ۱۴۰۴", "2025", "year", "1404")], "Persian 'year'"),
    (
        "In the Iranian year 1404/09/16 is a Sunday.",
        [("1404/09/16", "2025-12-07", "day", "1404-09-16")],
        "a full date after a year cue is the date",
    ),
    ("The solar year 2025 began.", [], "a Gregorian year after a cue"),
    ("In year 1404 of the plan.", [], "a year without a calendar cue"),
    ("Mehr news agency reported the talks.", [], "the agency is not a date"),
    ("Dey is the tenth month.", [], "month name alone"),
    ("Bahman Ghobadi directed the film.", [], "a first name"),
    ("The report cited Mehr 24 times.", [], "a count after the agency, not a day"),
    (
        "Crowds gathered on Bahman 22, as every year.",
        [("Bahman 22", "2026-02-11", "day", "1404-11-22")],
        "month day without a year",
    ),
    ("on 22 bahman the crowd", [], "lower-case month needs a year"),
    ("It ended on 30 Esfand 1404.", [], "1404 is not a leap year"),
    ("Azar 2025 saw rain.", [], "a Gregorian year is not read as Solar Hijri"),
    ("Call 1404/09/16/22 now.", [], "part of a longer number"),
    ("Students met on 16 Azar Street.", [], "a street named after a date"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_finds_persian_dates(alone: Parser, text: str, expected: list[Any], why: str) -> None:
    assert persian_dates(alone, text) == expected, why


LIBRARY_CASES = [
    (year, month, day, f"{day} {name} {year}")
    for year, month, day, name in [
        (1404, 9, 16, "Azar"),
        (1403, 12, 30, "Esfand"),
        (1404, 1, 1, "Farvardin"),
        (1402, 6, 31, "Shahrivar"),
        (1399, 10, 11, "Dey"),
        (1400, 8, 1, "Aban"),
        (1390, 4, 10, "Tir"),
        (1388, 3, 22, "Khordad"),
        (1345, 5, 28, "Mordad"),
        (1420, 2, 31, "Ordibehesht"),
    ]
]


@pytest.mark.parametrize(
    ("year", "month", "day", "text"), LIBRARY_CASES, ids=[c[3] for c in LIBRARY_CASES]
)
def test_value_agrees_with_persiantools(
    alone: Parser, year: int, month: int, day: int, text: str
) -> None:
    (mention,) = alone.parse(f"It happened on {text}.", published=PUBLISHED).dates
    expected = JalaliDate(year, month, day).to_gregorian()
    assert mention.value == expected.isoformat()
    assert mention.range_start == expected
    assert (mention.range_end - expected).days == 1
    assert mention.extra["persian"] == f"{year:04d}-{month:02d}-{day:02d}"


def test_mention_carries_type_range_and_reading(alone: Parser) -> None:
    text = "Talks opened on 16 Azar 1404."
    (mention,) = alone.parse(text, published=PUBLISHED).dates
    assert text[mention.start : mention.end] == mention.text == "16 Azar 1404"
    assert mention.type is TimexType.DATE
    assert mention.granularity is Granularity.DAY
    assert (mention.range_start, mention.range_end) == (date(2025, 12, 7), date(2025, 12, 8))
    assert mention.anchor is None
    assert dict(mention.extra) == {
        "calendar": "persian",
        "persian": "1404-09-16",
        "year_inferred": False,
    }


def test_year_range_runs_from_nowruz_to_nowruz(alone: Parser) -> None:
    (mention,) = alone.parse("The Iranian year 1403 ended.", published=PUBLISHED).dates
    assert (mention.range_start, mention.range_end) == (date(2024, 3, 20), date(2025, 3, 21))
    assert (mention.value, mention.granularity) == ("2024", Granularity.YEAR)


def test_month_range_covers_the_whole_persian_month(alone: Parser) -> None:
    (mention,) = alone.parse("In Azar 1404 prices rose.", published=PUBLISHED).dates
    assert (mention.range_start, mention.range_end) == (date(2025, 11, 22), date(2025, 12, 22))
    assert mention.value == "2025-12"


def test_year_inferred_from_publication_is_marked(alone: Parser) -> None:
    (mention,) = alone.parse("Rallies on 22 Bahman.", published="2025-03-01").dates
    assert mention.value == "2025-02-10"
    assert mention.anchor == date(2025, 3, 1)
    assert mention.extra["year_inferred"] is True


def test_day_without_year_needs_a_publication_date(alone: Parser) -> None:
    assert alone.parse("Rallies on 22 Bahman.").dates == ()


def test_publication_outside_the_calendar_window_infers_nothing(alone: Parser) -> None:
    article = alone.parse("Rallies on 22 Bahman.", published="0001-01-01")
    assert (article.dates, article.diagnostics) == ((), ())


def test_month_names_come_from_the_lexicon() -> None:
    assert (
        "azar=9"
        in Parser(plugins=[copydesk_persian_dates], entry_points=False).lexicon["persian_months"]
    )
    found = list(find_persian_dates("on 16 Azarmah 1404", frozenset({"azarmah=9"}), None))
    assert [(m.text, m.value) for m in found] == [("16 Azarmah 1404", "2025-12-07")]
    assert list(find_persian_dates("on 16 Azar 1404", frozenset(), None)) == []


class ExtraSpelling:
    """A newsroom plugin adding its house spelling of a month."""

    name = "house-style"

    @copydesk.hookimpl
    def copydesk_register_lexicon(self, register: Any) -> None:
        register("persian_months", ["azzar=9"])


def test_another_plugin_can_add_a_spelling() -> None:
    parser = Parser(
        plugins=[copydesk_persian_dates, ExtraSpelling()], builtins=False, entry_points=False
    )
    assert persian_dates(parser, "on 16 Azzar 1404") == [
        ("16 Azzar 1404", "2025-12-07", "day", "1404-09-16")
    ]


def test_wins_over_the_builtin_reading_of_the_same_digits(full: Parser) -> None:
    article = full.parse("Talks opened on 16 Azar 1404 and 1404/09/16.", published=PUBLISHED)
    assert not article.diagnostics
    persian = [d for d in article.dates if d.extra.get("calendar") == "persian"]
    assert [d.text for d in persian] == ["16 Azar 1404", "1404/09/16"]
    assert not any(
        d.span.overlaps(p.span) for d in article.dates if d not in persian for p in persian
    )


def test_installed_entry_point_is_found() -> None:
    names = {ep.name: ep.value for ep in metadata.entry_points(group="copydesk")}
    assert names.get("persian-dates") == "copydesk_persian_dates"
    infos = {info.name for info in copydesk.plugins.plugin_infos(Parser().plugin_manager)}
    assert "persian-dates" in infos


LINEAR_UNITS = [
    "16 Azar 1404, Azar 16, 1404 and 1404/09/16 ",
    "۱۶ آذر ۱۴۰۴ ",
    "1 1 22 Mehr 2 Dey 1 ",
]


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        list(find_persian_dates(text, frozenset(read_month_names()), date(2025, 12, 7)))
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", LINEAR_UNITS)
def test_time_grows_linearly(unit: str) -> None:
    small, large = unit * (20_000 // len(unit)), unit * (80_000 // len(unit))
    ratio = _best_time(large) / max(_best_time(small), 1e-4)
    assert ratio < 10, f"4x the text took {ratio:.1f}x the time"
