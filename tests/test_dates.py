"""Case tables for the dates stage: spans, types and TIMEX3 values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copydesk.document import Document
from copydesk.lexicon import LexiconBuilder, builtin_list_names, read_builtin_list
from copydesk.model import Granularity, TimexType
from copydesk.stages.dates import find_dates
from copydesk.stages.text import segment

ROOT = Path(__file__).resolve().parent.parent


def _lexicon():  # type: ignore[no-untyped-def]
    builder = LexiconBuilder()
    for name in builtin_list_names():
        builder.register(name, read_builtin_list(name))
    return builder.build()


LEXICON = _lexicon()


def run(text: str, published: date | None = date(2025, 12, 7)):  # type: ignore[no-untyped-def]
    doc = Document(text, published, lexicon=LEXICON, segments=segment(text, LEXICON))
    return find_dates(doc)


def found(text: str, published: date | None = date(2025, 12, 7)) -> list[tuple[str, str, str]]:
    return [(m.text, m.type.value, m.value) for m in run(text, published)]


# Published Sunday 2025-12-07 unless said otherwise.
CASES = [
    ("The talks began on October 21.", [("October 21", "DATE", "2025-10-21")], "month day"),
    (
        "He flew home the day after October 21.",
        [("the day after October 21", "DATE", "2025-10-22")],
        "'the day after' a date is the next day",
    ),
    (
        "The day before last Tuesday's hearing, he called.",
        [("The day before last Tuesday", "DATE", "2025-12-01")],
        "'the day before' a date is the day before",
    ),
    (
        "The hearing was held the week of October 20.",
        [("the week of October 20", "DATE", "2025-W43")],
        "'the week of' a date is its week",
    ),
    (
        "The summit was held on October 21 and 22.",
        [("October 21", "DATE", "2025-10-21"), ("22", "DATE", "2025-10-22")],
        "a second day after a month and day is a date of its own",
    ),
    (
        "On October 21 and 22 people were hurt.",
        [("October 21", "DATE", "2025-10-21")],
        "a number that does not end the clause is no second day",
    ),
    (
        "It was signed Oct. 21, 2024, in Geneva.",
        [("Oct. 21, 2024", "DATE", "2024-10-21")],
        "abbreviated month, day, year",
    ),
    (
        "It was signed on 21 October 2024.",
        [("21 October 2024", "DATE", "2024-10-21")],
        "day month year",
    ),
    ("date 2025-12-07 TEHRAN", [("2025-12-07", "DATE", "2025-12-07")], "ISO date"),
    ("The form is dated 12/07/2025.", [("12/07/2025", "DATE", "2025-12-07")], "US slashes"),
    ("Prices soared in the 1990s.", [("the 1990s", "DATE", "199")], "decade"),
    ("The plant opened in 1998.", [("1998", "DATE", "1998")], "bare year"),
    ("Growth should pick up by mid-2026.", [("mid-2026", "DATE", "2026")], "mid year"),
    ("Sales fell in early March.", [("early March", "DATE", "2025-03")], "edge of month"),
    ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2025-Q3")], "quarter"),
    ("Sales were flat in fiscal 1998.", [("fiscal 1998", "DATE", "1998")], "fiscal year"),
    (
        "He said on Sunday that talks had ended.",
        [("Sunday", "DATE", "2025-12-07")],
        "weekday, past tense, article dated that weekday",
    ),
    (
        "He said the talks resumed Tuesday.",
        [("Tuesday", "DATE", "2025-12-02")],
        "weekday, past tense",
    ),
    (
        "The minister will travel to Baku on Tuesday.",
        [("Tuesday", "DATE", "2025-12-09")],
        "weekday, future tense",
    ),
    ("The vote was held yesterday.", [("yesterday", "DATE", "2025-12-06")], "yesterday"),
    ("Shares fell last week.", [("last week", "DATE", "2025-W48")], "ISO week"),
    ("The law takes effect next month.", [("next month", "DATE", "2026-01")], "next month"),
    ("The deal collapsed two days ago.", [("two days ago", "DATE", "2025-12-05")], "ago"),
    ("Rates rose earlier this year.", [("earlier this year", "DATE", "2025")], "this year"),
    ("Prices will rise this fall.", [("this fall", "DATE", "2025-FA")], "season"),
    (
        "Over the past three decades, ties grew.",
        [("the past three decades", "DURATION", "P30Y")],
        "decades as years",
    ),
    (
        "The blast came at 10 a.m. in the capital.",
        [("10 a.m.", "TIME", "2025-12-07T10:00")],
        "clock time",
    ),
    ("Talks broke off at noon.", [("noon", "TIME", "2025-12-07T12:00")], "noon"),
    (
        "The ship sails at 4 in the morning.",
        [("4 in the morning", "TIME", "2025-12-07T04:00")],
        "an hour with 'in the morning' is a clock time",
    ),
    (
        "Talks ended at 10 at night.",
        [("10 at night", "TIME", "2025-12-07T22:00")],
        "'at night' is after noon",
    ),
    (
        "The blast came at 10:35 a.m. (0735 GMT) Friday, witnesses said.",
        [("10:35 a.m.", "TIME", "2025-12-05T10:35"), ("Friday", "DATE", "2025-12-05")],
        "a clock time takes the day of a weekday in its sentence",
    ),
    (
        "The vote opens at 9 a.m., officials said Friday.",
        [("9 a.m.", "TIME", "2025-12-07T09:00"), ("Friday", "DATE", "2025-12-05")],
        "a weekday after a reporting verb dates the report, not the clock time",
    ),
    (
        "Crowds gathered Tuesday night outside.",
        [("Tuesday night", "DATE", "2025-12-02TNI")],
        "weekday and part of the day",
    ),
    (
        "Crowds marched on Tuesday night outside.",
        [("Tuesday night", "DATE", "2025-12-02")],
        "after a preposition a weekday with a part of the day names the day",
    ),
    (
        "Officials delayed the move until Tuesday morning.",
        [("Tuesday morning", "DATE", "2025-12-09")],
        "'until Tuesday morning' is the day too",
    ),
    ("The war lasted three years.", [("three years", "DURATION", "P3Y")], "duration"),
    (
        "The work took a couple of years.",
        [("a couple of years", "DURATION", "P2Y")],
        "'a couple of' counts two",
    ),
    (
        "Current market conditions are weak.",
        [("Current", "DATE", "PRESENT_REF")],
        "the adjective 'current' points at the present",
    ),
    (
        "Sales rose in the current year.",
        [("the current year", "DATE", "2025")],
        "'the current year' is still the year",
    ),
    (
        "She told CBS's 60 Minutes the war lasted 3 years.",
        [("3 years", "DURATION", "P3Y")],
        "a capitalised unit after digits is a title, not a duration",
    ),
    ("It took a decade to build.", [("a decade", "DURATION", "P10Y")], "a decade"),
    ("The board meets every week.", [("every week", "SET", "P1W")], "set"),
    ("The report is published annually.", [("annually", "SET", "P1Y")], "frequency adverb"),
    ("Prices are now falling.", [("now", "DATE", "PRESENT_REF")], "now"),
    ("The firm recently cut jobs.", [("recently", "DATE", "PAST_REF")], "recently"),
    ("Such raids were rare in the past.", [("the past", "DATE", "PAST_REF")], "the past"),
    (
        "Output rose from 1990 to 1995.",
        [("1990", "DATE", "1990"), ("1995", "DATE", "1995")],
        "range endpoints are separate",
    ),
    (
        "Rain fell between March and May.",
        [("March", "DATE", "2025-03"), ("May", "DATE", "2025-05")],
        "month range",
    ),
    ("Officials may decide next week.", [("next week", "DATE", "2025-W50")], "modal may"),
    ("Protesters march through the city.", [], "march the verb"),
    ("The sun rose over the hills as we walked.", [], "sun and we"),
    ("He paid $1998 for 2,000 shares, up 12%.", [], "money and plain numbers"),
    ("A 42-year-old man was arrested.", [], "ages are not timexes"),
    ("Gen. August Smith spoke in Augusta.", [], "August as a name"),
    (
        "The company earned $5 million a year earlier.",
        [("a year earlier", "DATE", "2024")],
        "a year earlier",
    ),
    (
        "Profit rose in the third quarter from $2 million a year earlier.",
        [("the third quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3")],
        "a year earlier in quarterly news is the same quarter a year before",
    ),
    (
        "The firm posted a third-quarter loss.",
        [("third-quarter", "DATE", "2025-Q3")],
        "adjectival quarter leaves the article out",
    ),
    (
        "Its fourth quarter was weak.",
        [("fourth quarter", "DATE", "2025-Q4")],
        "possessive stays outside",
    ),
    (
        "Sales in the quarter rose.",
        [("the quarter", "DATE", "2025-Q3")],
        "the quarter is the last one finished",
    ),
    ("About three-quarters of the staff left.", [], "a fraction is no quarter"),
    (
        "Net income for the year ended June 30 rose.",
        [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2025-06-30")],
        "the year ended ... is a year-long period",
    ),
    (
        "In nineteen ninety-six the plant closed.",
        [("nineteen ninety-six", "DATE", "1996")],
        "spoken year",
    ),
    (
        "He will leave Thursday, the minister said.",
        [("Thursday", "DATE", "2025-12-11")],
        "a reporting verb after the date does not set its tense",
    ),
    (
        "The minister said Thursday that talks failed.",
        [("Thursday", "DATE", "2025-12-04")],
        "a reporting verb before the date does",
    ),
    (
        "The dividend is payable Dec. 20.",
        [("Dec. 20", "DATE", "2025-12-20")],
        "a date just after publication stays in its year",
    ),
    ("The bill was passed in January.", [("January", "DATE", "2025-01")], "past tense bare month"),
    (
        "The shop was robbed about 7:15 p.m. Friday.",
        [("7:15 p.m. Friday", "TIME", "2025-12-05T19:15")],
        "clock time with a weekday; 'about' stays outside",
    ),
    (
        "Talks lasted nearly five months.",
        [("nearly five months", "DURATION", "P5M")],
        "modifier inside a duration",
    ),
    ("The 30-year bond fell.", [("30-year", "DURATION", "P30Y")], "adjectival duration"),
    ("He worked there for years.", [("years", "DURATION", "PXY")], "vague duration"),
    (
        "Prices rose in the months after the vote and over the past three years.",
        [("months", "DURATION", "PXM"), ("the past three years", "DURATION", "P3Y")],
        "a preposition opens only a bare plural unit",
    ),
    (
        "The post-1959 order outlived the pre-1990 rules.",
        [("post-1959", "DATE", "1959"), ("pre-1990", "DATE", "1990")],
        "a pre-/post- prefix stays inside the year's span",
    ),
    (
        "On May 22, 1995, he was promoted, and the following year he retired.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")],
        "'the following year' counts on from the date just told",
    ),
    (
        "The bid came in March. The following month, it failed.",
        [("March", "DATE", "2025-03"), ("The following month", "DATE", "2025-04")],
        "'the following month' counts on from the month just told",
    ),
    (
        "Prices will rise the following week.",
        [("the following week", "DATE", "2025-W50")],
        "with no date told before, 'the following week' counts from publication",
    ),
    ("Jan Kavan spoke.", [], "a dotless abbreviation alone is a name"),
    (
        "The aide told CBS This Morning on Monday that it was over.",
        [("Monday", "DATE", "2025-12-01")],
        "a programme title is no date",
    ),
    (
        "4:30 p.m. The senator spoke.",
        [("4:30 p.m.", "TIME", "2025-12-07T16:30")],
        "the stop of p.m. stays in the span",
    ),
    ("Protesters return every Friday.", [("every Friday", "SET", "XXXX-WXX-5")], "set of weekdays"),
    (
        "Flights leave on Tuesday nights.",
        [("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        "a weekday with a plural part of the day is a set",
    ),
    (
        "The shop opens on Christmas Day.",
        [("Christmas Day", "DATE", "2025-12-25")],
        "holiday, ahead of publication",
    ),
    (
        "Sales grew over the past year.",
        [("the past year", "DATE", "2024")],
        "the past year is last year",
    ),
    (
        "The team would travel to Oslo on Thursday.",
        [("Thursday", "DATE", "2025-12-11")],
        "'would' points forward",
    ),
    (
        "They will appeal Wednesday's ruling.",
        [("Wednesday", "DATE", "2025-12-03")],
        "a possessive weekday is the one just gone whatever the verb",
    ),
    (
        "Ten states had filed reports by Wednesday.",
        [("Wednesday", "DATE", "2025-12-03")],
        "a pluperfect outranks a deadline preposition",
    ),
    (
        "Until Thursday, officials had not named him.",
        [("Thursday", "DATE", "2025-12-04")],
        "a pluperfect just after the date sets it in the past",
    ),
    (
        "The sale, which had been expected, is due by Friday.",
        [("Friday", "DATE", "2025-12-12")],
        "a pluperfect in a relative clause does not reach past the comma",
    ),
    (
        "Officials had said little about the plan that the board and the staff and the donors"
        " and the mayor and the council and the voters must approve by Friday.",
        [("Friday", "DATE", "2025-12-12")],
        "a pluperfect reaches only so far: a run-on sentence is not all in its past",
    ),
    (
        "He had said the team would return on Friday.",
        [("Friday", "DATE", "2025-12-12")],
        "a modal between the pluperfect and the date wins",
    ),
    (
        "The team planned to leave on Thursday.",
        [("Thursday", "DATE", "2025-12-11")],
        "a plan points forward",
    ),
    (
        "The two leaders meet separately Monday with the envoy.",
        [("Monday", "DATE", "2025-12-08")],
        "a present-tense schedule verb points forward",
    ),
    (
        "The trial begins Thursday in Boston.",
        [("Thursday", "DATE", "2025-12-11")],
        "'begins' is a schedule too",
    ),
    (
        "On Thursday, the city planned to pay the first claims.",
        [("Thursday", "DATE", "2025-12-04")],
        "a date before 'planned' dates the planning, which is past",
    ),
    (
        "On Thursday, the holiday plans of the mayor were dropped.",
        [("Thursday", "DATE", "2025-12-04")],
        "the noun 'plans' after the date does not make it future",
    ),
    (
        "Protesters planned a march on Saturday and were planning to drive downtown.",
        [("Saturday", "DATE", "2025-12-13")],
        "'were' before 'planning' is the plan's auxiliary, not a past tense",
    ),
    (
        "The summit will still be held on April 24.",
        [("April 24", "DATE", "2026-04-24")],
        "a participle after 'be' is passive voice, not past tense",
    ),
    (
        "The vote was held on April 24.",
        [("April 24", "DATE", "2025-04-24")],
        "an irregular past form still marks the past",
    ),
    (
        "Shares fell 5% yesterday morning.",
        [("yesterday morning", "TIME", "2025-12-06TMO")],
        "relative day with a part of the day",
    ),
]


# Cases whose rule only shows against a publication date other than the default.
DATED_CASES = [
    (
        "Sales rose this past spring, and last spring too.",
        date(2025, 10, 30),
        [("this past spring", "DATE", "2025-SP"), ("last spring", "DATE", "2024-SP")],
        "'this past spring' is the one just gone, 'last spring' a year before",
    ),
    (
        "Snow fell this past winter.",
        date(2026, 2, 10),
        [("this past winter", "DATE", "2025-WI")],
        "'this past winter' in February is the winter begun in December",
    ),
    (
        "The deal had not been signed, and the case is heard in May.",
        date(2026, 3, 29),
        [("May", "DATE", "2026-05")],
        "a pluperfect does not reach past a present-tense clause",
    ),
    (
        "The alliance has decided to admit them in early March.",
        date(2026, 2, 10),
        [("early March", "DATE", "2026-03")],
        "a present perfect is no past tense: the coming March",
    ),
    (
        "Police say they have gathered evidence in the October slaying.",
        date(2026, 4, 19),
        [("October", "DATE", "2025-10")],
        "'the October slaying': a bare month by its tense, 'the' left out",
    ),
    (
        "The vote was held in March, and the next comes this September.",
        date(2026, 6, 26),
        [("March", "DATE", "2026-03"), ("this September", "DATE", "2026-09")],
        "'this' with a month stays in the publication's year",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "why"), DATED_CASES, ids=[c[3] for c in DATED_CASES]
)
def test_dated_cases(
    text: str, published: date, expected: list[tuple[str, str, str]], why: str
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_cases(text: str, expected: list[tuple[str, str, str]], why: str) -> None:
    assert found(text) == expected


def test_offsets_slice_the_text() -> None:
    text = "On Oct. 21, 2024, and again last week, prices fell for three days."
    for mention in run(text):
        assert text[mention.start : mention.end] == mention.text


def test_seed_article() -> None:
    text = (ROOT / "seeds" / "000_f649a5ac215094b6.txt").read_text(encoding="utf-8")
    mentions = {m.text: m for m in run(text)}
    header = mentions["2025-12-07"]
    assert (header.type, header.value) == (TimexType.DATE, "2025-12-07")
    assert text.index("2025-12-07") == header.start
    sunday = mentions["Sunday"]
    assert (sunday.value, sunday.range_start) == ("2025-12-07", date(2025, 12, 7))
    october = mentions["October 21"]
    assert (october.value, october.granularity) == ("2025-10-21", Granularity.DAY)
    assert october.anchor == date(2025, 12, 7)
    decades = mentions["the past three decades"]
    assert (decades.type, decades.value) == (TimexType.DURATION, "P30Y")
    assert decades.duration is not None and decades.duration.years == 30
    assert decades.anchor == date(2025, 12, 7) and decades.granularity is Granularity.YEAR


def test_typed_values() -> None:
    (week,) = run("Shares fell last week.")
    assert (week.range_start, week.range_end) == (date(2025, 11, 24), date(2025, 12, 1))
    assert week.granularity is Granularity.WEEK and week.anchor == date(2025, 12, 7)
    (quarter,) = run("Profit rose in the third quarter.")
    assert (quarter.range_start, quarter.range_end) == (date(2025, 7, 1), date(2025, 10, 1))


def test_mods_and_anchor() -> None:
    (early,) = run("Sales fell in early March.")
    assert early.mod == "START" and early.anchor == date(2025, 12, 7)
    (fixed,) = run("It was signed on 21 October 2024.")
    assert fixed.anchor is None and fixed.granularity is Granularity.DAY


def test_no_publication_date() -> None:
    assert found("He left on Sunday.", None) == [("Sunday", "DATE", "XXXX-WXX-7")]
    assert found("Prices are now falling.", None) == [("now", "DATE", "PRESENT_REF")]


def test_following_is_anchored_on_the_date_told() -> None:
    _, following = run("On May 22, 1995, he was promoted, and the following year he retired.")
    assert following.anchor == date(1995, 5, 22)
    assert (following.range_start, following.granularity) == (date(1996, 1, 1), Granularity.YEAR)


def test_that_year_is_the_year_of_the_date_told() -> None:
    assert found("He fled in June 1998 and returned to Havana later that year.") == [
        ("June 1998", "DATE", "1998-06"),
        ("later that year", "DATE", "1998"),
    ]
    _, that = run("Imports hit a record in 1988, a small share of that year's total.")
    assert (that.value, that.anchor) == ("1988", date(1988, 1, 1))


def test_that_year_without_a_date_told_is_no_mention() -> None:
    assert found("That year was hard, he said.") == []


def test_previous_and_following_weekday_step_from_the_date_told() -> None:
    assert found("Shares fell on Oct. 2, 2024, down 4% from the previous Friday.") == [
        ("Oct. 2, 2024", "DATE", "2024-10-02"),
        ("the previous Friday", "DATE", "2024-09-27"),
    ]
    assert found("He was hired on Oct. 2, 2024, and quit the following Monday.")[1] == (
        "the following Monday",
        "DATE",
        "2024-10-07",
    )
