"""Calendar arithmetic and TIMEX3 value strings for the dates stage.

The finder in :mod:`copydesk.stages.dates` decides *what* an expression
means ("the Friday before the publication date", "the quarter a year before
the last one"); the functions here turn that into TIMEX3 strings and back
into typed Python values. All arithmetic goes through dateutil's
``relativedelta`` so month ends, leap years and ISO weeks are never
hand-computed.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from copydesk.model import Granularity

__all__ = [
    "UNIT_STEP",
    "ValueFacts",
    "day_value",
    "duration_value",
    "holiday_date",
    "last_quarter",
    "month_value",
    "nearest_weekday",
    "number_from_words",
    "quarter_of",
    "resolve_month",
    "resolve_month_day",
    "season_year",
    "value_facts",
    "week_value",
    "weekend_value",
]

_WEEKDAYS = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}
_ISO_WEEKDAY = (MO, TU, WE, TH, FR, SA, SU)


def day_value(day: date) -> str:
    """``2025-10-21``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """``2025-10``."""
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week holding ``day``: ``2013-W11``."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """Calendar quarter (1-4) of a day."""
    return (day.month - 1) // 3 + 1


@functools.lru_cache(maxsize=1024)
def nearest_weekday(anchor: date, iso_weekday: int, direction: int) -> date:
    """The given weekday on or before ``anchor`` (direction < 0) or on or after it.

    News tells "Sunday" in a past-tense sentence of the Sunday just gone, or
    of the publication day itself when the paper is dated a Sunday; in a
    future-tense sentence, of the coming one.
    """
    weekday = _ISO_WEEKDAY[iso_weekday - 1]
    step = -1 if direction < 0 else +1
    return anchor + relativedelta(weekday=weekday(step))


SLACK_DAYS = 60
"""How far past the publication date a date in a sentence without a clear tense may lie.

Tense read off a sentence is a hint, not a proof ("the dividend is payable Dec. 7"
has no verb of its own); a date within two months of the publication day is taken
in the publication's own year unless a past-tense verb says it is over.
"""


def _pick(
    candidates: list[date], anchor: date, direction: int, past_slack: int = SLACK_DAYS
) -> date:
    """The candidate nearest ``anchor`` that the tense allows (nearest of all if none)."""
    slack = timedelta(days=SLACK_DAYS)
    if direction < 0:
        allowed = [c for c in candidates if c <= anchor + timedelta(days=past_slack)]
    elif direction > 0:
        allowed = [c for c in candidates if c >= anchor - slack]
    else:  # news reports what happened: no tense reads as past, give or take the slack
        allowed = [c for c in candidates if c <= anchor + slack]
    return min(allowed or candidates, key=lambda c: abs(c - anchor))


@functools.lru_cache(maxsize=1024)
def resolve_month_day(anchor: date, month: int, day: int, direction: int) -> date | None:
    """A month and day without a year, placed in the year the tense points to.

    The occurrence nearest the publication date, looking back for a past-tense
    sentence and forward for a future one (with :data:`SLACK_DAYS` of give).
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _pick(candidates, anchor, direction) if candidates else None


@functools.lru_cache(maxsize=1024)
def resolve_month(anchor: date, month: int, direction: int) -> int:
    """The year of a bare month name ("in April"), by the same rule as days.

    A month that has not begun by the publication day is never read as past
    when a past-tense verb says so ("was passed in January", written in December).
    """
    candidates = [date(year, month, 1) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _pick(candidates, anchor, direction, past_slack=0).year


# ---------------------------------------------------------------- relative values

UNIT_STEP = {  # one step of each unit code of the ``dates_units`` list
    "Y": relativedelta(years=1),
    "M": relativedelta(months=1),
    "W": relativedelta(weeks=1),
    "D": relativedelta(days=1),
    "DE": relativedelta(years=10),
    "CE": relativedelta(years=100),
    "Q": relativedelta(months=3),
    "WE": relativedelta(weeks=1),
}
_UNIT_VAGUE = {
    "Y": "PXY",
    "M": "PXM",
    "W": "PXW",
    "D": "PXD",
    "H": "PTXH",
    "MIN": "PTXM",
    "S": "PTXS",
    "DE": "PXE",
    "CE": "PXC",
    "Q": "PXQ",
    "WE": "PXWE",
}


def duration_value(amount: float | None, code: str) -> str:
    """``P30Y``, ``PT5H30M``, ``P2Y6M``; vague amounts give ``PXY``."""
    if amount is None:
        return _UNIT_VAGUE.get(code, "PXX")
    whole, fraction = int(amount), amount - int(amount)
    if code in ("DE", "CE"):
        return f"P{int(amount * (10 if code == 'DE' else 100))}Y"
    if code == "H":
        return f"PT{whole}H" + (f"{int(fraction * 60)}M" if fraction else "")
    if code in ("MIN", "S"):
        return f"PT{whole}{code[0]}"
    if code == "Y" and fraction:
        return f"P{whole}Y{int(fraction * 12)}M"
    if code == "WE":
        return f"P{whole * 2}D"
    return f"P{whole}{code}"


def last_quarter(dct: date) -> tuple[int, int]:
    """The last quarter finished before ``dct``: what "the quarter" means in earnings news."""
    quarter = quarter_of(dct) - 1
    return (dct.year, quarter) if quarter else (dct.year - 1, 4)


def season_year(dct: date, code: str, direction: int) -> int:
    """The year of "last/this/next fall" seen from ``dct`` (winter takes its December's year)."""
    start = _SEASON_START[code]
    this_year = dct.year - 1 if code == "WI" and dct.month < 3 else dct.year
    began = date(this_year, start, 1)
    if direction < 0:
        return this_year - 1
    if direction > 0:
        return this_year if began > dct else this_year + 1
    return this_year


def past_season_year(dct: date, code: str) -> int:
    """The year of "this past spring": the latest such season begun by ``dct``.

    "Last spring" written in October is the spring of the year before (as
    :func:`season_year` gives it); "this past spring" is the one just gone.
    """
    this_year = season_year(dct, code, 0)
    return this_year if date(this_year, _SEASON_START[code], 1) <= dct else this_year - 1


def weekend_value(dct: date, direction: int) -> str:
    """The weekend just gone (or the coming one): ``2013-W11-WE``."""
    saturday = nearest_weekday(dct, 6, direction or -1)
    return week_value(saturday) + "-WE"


_HOLIDAY_NTH = re.compile(r"(\d\d)-([A-Z]{2})(-?\d)$")
_HOLIDAY_FIXED = re.compile(r"(\d\d)-(\d\d)$")
_HOLIDAY_EASTER = re.compile(r"EASTER([+-]\d+)$")


def holiday_date(rule: str, year: int) -> date | None:
    """The day a holiday rule from the ``dates_holidays`` list falls on in ``year``."""
    if match := _HOLIDAY_FIXED.match(rule):
        return date(year, int(match[1]), int(match[2]))
    if match := _HOLIDAY_NTH.match(rule):
        nth = int(match[3])
        weekday = _WEEKDAYS[match[2]](nth)
        first = date(year, int(match[1]), 1)
        if nth < 0:
            first += relativedelta(day=31)
        return first + relativedelta(weekday=weekday)
    if match := _HOLIDAY_EASTER.match(rule):
        return easter(year) + timedelta(days=int(match[1]))
    if rule == "ELECTION":
        return date(year, 11, 2) + relativedelta(weekday=TU(+1))
    return None


def number_from_words(words: list[int]) -> float:
    """Fold number-word values ("two", "thousand") into one number: 2000."""
    total = 0.0
    current = 0.0
    for value in words:
        if value in (100, 1000):
            current = max(current, 1.0) * value
            if value == 1000:
                total += current
                current = 0.0
        else:
            current += value
    return total + current


# ---------------------------------------------------------------- typed values


class ValueFacts:
    """The calendar range, granularity and duration a TIMEX3 value stands for."""

    __slots__ = ("duration", "granularity", "range_end", "range_start")

    def __init__(
        self,
        range_start: date | None = None,
        range_end: date | None = None,
        granularity: Granularity = Granularity.UNKNOWN,
        duration: relativedelta | None = None,
    ) -> None:
        self.range_start = range_start
        self.range_end = range_end
        self.granularity = granularity
        self.duration = duration


_DAYPART_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24), "DT": (9, 17)}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(?:(\d\d)(?::(\d\d))?|(MO|AF|EV|NI|DT)))?$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_YEAR = re.compile(r"(\d{4})$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?$")
_PART = re.compile(r"(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"(\d{3})X?$")
_CENTURY = re.compile(r"(\d{2})(?:XX)?$")
_DURATION = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"
)
_DURATION_QUARTER = re.compile(r"P(\d+)Q$")


def _time_facts(match: re.Match[str]) -> ValueFacts:
    day = datetime(int(match[1]), int(match[2]), int(match[3]))
    if match[6]:
        first, last = _DAYPART_HOURS[match[6]]
        return ValueFacts(
            day + timedelta(hours=first), day + timedelta(hours=last), Granularity.TIME
        )
    start = day + timedelta(hours=int(match[4]), minutes=int(match[5] or 0))
    length = timedelta(minutes=1) if match[5] else timedelta(hours=1)
    return ValueFacts(start, start + length, Granularity.TIME)


def _date_facts(value: str) -> ValueFacts | None:
    """Range facts for a calendar value, or ``None`` when it is not one."""
    if match := _DAY.match(value):
        if match[4] or match[6]:
            return _time_facts(match)
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return ValueFacts(day, day + timedelta(days=1), Granularity.DAY)
    if match := _MONTH.match(value):
        first = date(int(match[1]), int(match[2]), 1)
        return ValueFacts(first, first + relativedelta(months=1), Granularity.MONTH)
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return ValueFacts(
                monday + timedelta(days=5), monday + timedelta(days=7), Granularity.WEEK
            )
        return ValueFacts(monday, monday + timedelta(days=7), Granularity.WEEK)
    if match := _PART.match(value):
        months = 3 if match[2] == "Q" else 6
        first = date(int(match[1]), (int(match[3]) - 1) * months + 1, 1)
        granularity = Granularity.QUARTER if months == 3 else Granularity.HALF
        return ValueFacts(first, first + relativedelta(months=months), granularity)
    if match := _SEASON.match(value):
        first = date(int(match[1]), _SEASON_START[match[2]], 1)
        return ValueFacts(first, first + relativedelta(months=3), Granularity.SEASON)
    if match := _YEAR.match(value):
        first = date(int(match[1]), 1, 1)
        return ValueFacts(first, first + relativedelta(years=1), Granularity.YEAR)
    if match := _DECADE.match(value):
        first = date(int(match[1]) * 10, 1, 1)
        return ValueFacts(first, first + relativedelta(years=10), Granularity.DECADE)
    if match := _CENTURY.match(value):
        first = date(max(int(match[1]) * 100, 1), 1, 1)
        return ValueFacts(first, first + relativedelta(years=100), Granularity.CENTURY)
    return None


def _duration_facts(value: str) -> ValueFacts:
    if match := _DURATION_QUARTER.match(value):
        return ValueFacts(
            granularity=Granularity.QUARTER, duration=relativedelta(months=3 * int(match[1]))
        )
    match = _DURATION.match(value)
    if match is None or value in ("P", "PT"):
        return ValueFacts()
    years, months, weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return ValueFacts(
        granularity=_duration_grain(match),
        duration=relativedelta(
            years=years,
            months=months,
            weeks=weeks,
            days=days,
            hours=hours,
            minutes=minutes,
            seconds=seconds,
        ),
    )


_DURATION_GRAINS = (
    Granularity.YEAR,
    Granularity.MONTH,
    Granularity.WEEK,
    Granularity.DAY,
    Granularity.TIME,
    Granularity.TIME,
    Granularity.TIME,
)


def _duration_grain(match: re.Match[str]) -> Granularity:
    """The smallest unit a duration counts in: P2Y6M is counted in months."""
    grain = Granularity.UNKNOWN
    for part, unit in zip(match.groups(), _DURATION_GRAINS, strict=True):
        if part:
            grain = unit
    return grain


@functools.lru_cache(maxsize=4096)
def value_facts(value: str, is_duration: bool) -> ValueFacts:
    """The typed meaning of a TIMEX3 value string.

    Kept apart from the finder so every mention, whichever rule made it,
    gets its range and granularity the same way. Cached: news repeats its
    dates, and the facts of a value never change (treat them as read-only).
    """
    if is_duration:
        return _duration_facts(value)
    try:
        return _date_facts(value) or ValueFacts()
    except ValueError:
        return ValueFacts()
