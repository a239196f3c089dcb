"""Finding Solar Hijri dates and turning them into Gregorian TIMEX3 values.

One regular expression, built from the ``persian_months`` word list, reads
the five shapes Iranian news uses: "16 Azar 1404", "Azar 16, 1404",
"Azar 1404", "1404/09/16" and "16/09/1404" (Persian and Arabic-Indic digits
too). A month name alone never fires: "Mehr" is also a news agency, "Bahman"
a first name and "Dey" a word, so a date needs a day or a year beside it, and
a day without a year needs a capitalised month and a publication date to
pick the year from. Calendar arithmetic is done by ``persiantools``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache

from copydesk import DateMention, Granularity, TimexType
from persiantools.jdatetime import JalaliDate

__all__ = [
    "MONTHS_LIST",
    "YEAR_CUES_LIST",
    "find_persian_dates",
    "month_numbers",
    "persian_date_pattern",
]

MONTHS_LIST = "persian_months"
"""The lexicon list of month names, entries ``name=month number``."""
YEAR_CUES_LIST = "persian_year_cues"
"""The lexicon list of words that make a bare year Solar Hijri ("Iranian year", "سال")."""

# Years outside this window are not Solar Hijri dates in modern news (a
# four-digit number beside "Azar" of 2025 is a Gregorian year or a count).
FIRST_YEAR = 1200
LAST_YEAR = 1599
_FIRST_GREGORIAN = date(FIRST_YEAR + 622, 1, 1)
_LAST_GREGORIAN = date(LAST_YEAR + 620, 12, 31)

_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
_SPACE = r"[^\S\n]+"
_COMMA_SPACE = rf"[,\u060c]?{_SPACE}"
_DATE_SEPARATOR = "[/.-]"
_MAH = "(?:[ \u200c]?\u0645\u0627\u0647)?"  # the Persian word for "month" after the name
_DIGITS = re.compile(f"{_DIGIT}+")
_WORD_BEFORE = re.compile(rf"(?<!\w)\w+{_MAH}[,\u060c]?[^\S\n]+$")
_LOOKBACK = 40
_WORDS_TRIED_BEFORE = 3  # the longest year cue, "Iranian calendar year", has three
_NEXT_LATIN_WORD = re.compile(r"[^\S\n]+([A-Za-z])")


def month_numbers(entries: frozenset[str]) -> Mapping[str, int]:
    """Month name (case-folded) to month number, from ``name=number`` entries."""
    return _month_numbers(entries)


@lru_cache(maxsize=8)
def _month_numbers(entries: frozenset[str]) -> Mapping[str, int]:
    numbers: dict[str, int] = {}
    for entry in entries:
        name, sep, number = entry.rpartition("=")
        if sep and number.strip().isdigit() and 1 <= int(number) <= 12:
            numbers[name.strip().casefold()] = int(number)
    return numbers


def _month(group: str, names: str) -> str:
    return rf"(?<!\w)(?P<{group}>{names}){_MAH}(?!\w)"


def _day(group: str) -> str:
    return rf"(?<!\w)(?P<{group}>{_DIGIT}{{1,2}})(?:st|nd|rd|th)?(?!\w)"


def _year(group: str) -> str:
    return rf"(?P<{group}>{_DIGIT}{{4}})(?!\w)"


def _numeric(first: str, middle: str, last: str, sep: str) -> str:
    """A numeric date; group names starting with ``y`` take four digits, others one or two."""
    parts = [
        f"(?P<{name}>{_DIGIT}{{4}})" if name.startswith("y") else f"(?P<{name}>{_DIGIT}{{1,2}})"
        for name in (first, middle, last)
    ]
    return (
        rf"(?<![\w/.-]){parts[0]}(?P<{sep}>{_DATE_SEPARATOR}){parts[1]}(?P={sep}){parts[2]}"
        r"(?![\w/])(?![.-]\w)"
    )


def persian_date_pattern(
    entries: frozenset[str], year_cues: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    """The compiled finder for these month names and year cues, or ``None`` without months."""
    return _persian_date_pattern(entries, year_cues)


def _cue_alternation(cues: frozenset[str]) -> str:
    words = sorted((cue.split() for cue in cues if cue.strip()), key=lambda w: (-len(w), w))
    return "|".join(_SPACE.join(re.escape(word) for word in cue) for cue in words)


@lru_cache(maxsize=8)
def _persian_date_pattern(
    entries: frozenset[str], year_cues: frozenset[str]
) -> re.Pattern[str] | None:
    names = sorted(month_numbers(entries), key=lambda name: (-len(name), name))
    if not names:
        return None
    alternation = "|".join(re.escape(name) for name in names)
    shapes = [
        rf"{_day('d1')}{_SPACE}(?:of{_SPACE})?{_month('m1', alternation)}"
        rf"(?:{_COMMA_SPACE}{_year('y1')})?",
        rf"{_month('m2', alternation)}{_SPACE}{_day('d2')}(?:{_COMMA_SPACE}{_year('y2')})?",
        rf"{_month('m3', alternation)}{_COMMA_SPACE}{_year('y3')}",
        _numeric("y4", "m4", "d4", "s4"),
        _numeric("d5", "m5", "y5", "s5"),
    ]
    cues = _cue_alternation(year_cues)
    if cues:
        shapes.append(rf"(?<!\w)(?:{cues}){_SPACE}{_year('y6')}(?![/.-]{_DIGIT})")
    return re.compile("|".join(f"(?:{shape})" for shape in shapes), re.IGNORECASE)


def _group(match: re.Match[str], prefix: str) -> str | None:
    """The first group of one kind (``d``, ``m``, ``y``) that took part in the match."""
    for index in range(1, 7):
        name = f"{prefix}{index}"
        if name in match.re.groupindex and match.group(name) is not None:
            return match.group(name)
    return None


def _valid(year: int, month: int, day: int | None) -> bool:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return False
    return day is None or 1 <= day <= JalaliDate.days_in_month(month, year)


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _gregorian(year: int, month: int, day: int) -> date:
    jalali = JalaliDate(year, month, day)  # type: ignore[no-untyped-call]  # untyped __init__
    gregorian: date = jalali.to_gregorian()
    return gregorian


def _infer_year(month: int, day: int, published: date) -> int | None:
    """The Solar Hijri year that puts day and month closest to publication."""
    if not _FIRST_GREGORIAN <= published <= _LAST_GREGORIAN:
        return None  # outside the years read as Solar Hijri (and the library's range)
    this_year: int = JalaliDate.to_jalali(published).year  # type: ignore[no-untyped-call]
    candidates = [
        year for year in (this_year - 1, this_year, this_year + 1) if _valid(year, month, day)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda year: abs(_gregorian(year, month, day) - published))


def _month_value(start: date, end: date) -> str:
    """The Gregorian month holding most of a Persian month: ISO "YYYY-MM".

    A Persian month straddles two Gregorian ones, which TIMEX3 cannot say;
    the exact days are in the mention's range.
    """
    days = Counter((day.year, day.month) for day in _days(start, end))
    (year, month), _ = max(days.items(), key=lambda item: (item[1], item[0]))
    return f"{year:04d}-{month:02d}"


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day < end:
        yield day
        day += timedelta(days=1)


def _calendar_range(year: int, month: int | None, day: int | None) -> tuple[date, date]:
    """The Gregorian days (end exclusive) a Solar Hijri year, month or day covers."""
    if month is None:
        return _gregorian(year, 1, 1), _gregorian(year + 1, 1, 1)
    if day is None:
        return _gregorian(year, month, 1), _gregorian(*_next_month(year, month), 1)
    start = _gregorian(year, month, day)
    return start, start + timedelta(days=1)


def _year_value(start: date, end: date) -> str:
    """The Gregorian year holding most of a Solar Hijri year (it starts about 21 March)."""
    days = Counter(day.year for day in _days(start, end))
    return f"{max(days.items(), key=lambda item: (item[1], item[0]))[0]:04d}"


def _mention(
    match: re.Match[str],
    year: int,
    month: int | None,
    day: int | None,
    anchor: date | None,
) -> DateMention:
    start, end = _calendar_range(year, month, day)
    if month is None:
        value, granularity, persian = _year_value(start, end), Granularity.YEAR, f"{year:04d}"
    elif day is None:
        value, granularity = _month_value(start, end), Granularity.MONTH
        persian = f"{year:04d}-{month:02d}"
    else:
        value, granularity = start.isoformat(), Granularity.DAY
        persian = f"{year:04d}-{month:02d}-{day:02d}"
    return DateMention(
        match.start(),
        match.end(),
        match.group(),
        TimexType.DATE,
        value,
        range_start=start,
        range_end=end,
        anchor=anchor,
        granularity=granularity,
        extra={"calendar": "persian", "persian": persian, "year_inferred": anchor is not None},
    )


def _reading(
    match: re.Match[str], months: Mapping[str, int], published: date | None
) -> DateMention | None:
    """The date a match stands for, or ``None`` when it is not a real date."""
    month_name, day_text, year_text = _group(match, "m"), _group(match, "d"), _group(match, "y")
    if month_name is None:
        if year_text is None or not _valid(int(year_text), 1, None):
            return None
        return _mention(match, int(year_text), None, None, None)
    month = months.get(month_name.casefold())
    if month is None:
        if not month_name.isdigit():
            return None
        month = int(month_name)
    day = None if day_text is None else int(day_text)
    if year_text is not None:
        year = int(year_text)
        if not 1 <= month <= 12 or not _valid(year, month, day):
            return None
        return _mention(match, year, month, day, None)
    if day is None or published is None or not _reads_as_day(match, month_name):
        return None
    inferred = _infer_year(month, day, published)
    return None if inferred is None else _mention(match, inferred, month, day, published)


def _reads_as_day(match: re.Match[str], month_name: str) -> bool:
    """Whether a day and month without a year are a date rather than a name or a count.

    "16 Azar Street" names a street after the date and "Mehr 24 times" counts
    citations of the agency; a lower-case "bahman 22" is no month at all.
    """
    if month_name[0].islower():
        return False
    following = _NEXT_LATIN_WORD.match(match.string, match.end())
    if following is None:
        return True
    month_first = match.group("d2") is not None
    return not (following.group(1).isupper() or month_first)


def _starts_before(text: str, position: int, floor: int) -> list[int]:
    """Where the few words before ``position`` start, the farthest first."""
    starts: list[int] = []
    for _ in range(_WORDS_TRIED_BEFORE):
        before = _WORD_BEFORE.search(text, max(floor, position - _LOOKBACK), position)
        if before is None:
            break
        starts.append(before.start())
        position = before.start()
    return starts[::-1]


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, tried only where a date can be: at or just before digits.

    Every date holds a number, so the full pattern is tried at each run of
    digits and at the few words before it ("Azar 16", "Iranian year 1404"),
    instead of at every character; news has a few dozen numbers an article.
    """
    end = 0
    for digits in _DIGITS.finditer(text):
        if digits.start() < end:
            continue
        for start in [*_starts_before(text, digits.start(), end), digits.start()]:
            match = pattern.match(text, start)
            if match is not None and match.end() > digits.start():
                yield match
                end = match.end()
                break


def find_persian_dates(
    text: str,
    month_entries: frozenset[str],
    published: date | None,
    year_cues: frozenset[str] = frozenset(),
) -> Iterator[DateMention]:
    """Every Solar Hijri date in ``text``, with Gregorian value and Persian reading.

    ``month_entries`` is the ``persian_months`` lexicon list and ``year_cues``
    the ``persian_year_cues`` one; ``published`` picks the year of a date
    written without one ("16 Azar").
    """
    pattern = persian_date_pattern(month_entries, year_cues)
    if pattern is None:
        return
    months = month_numbers(month_entries)
    for match in _matches(pattern, text):
        mention = _reading(match, months, published)
        if mention is not None:
            yield mention
