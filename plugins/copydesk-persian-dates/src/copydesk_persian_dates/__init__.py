"""copydesk plugin: Solar Hijri (Persian calendar) dates in news copy.

Iranian outlets date events in the Solar Hijri calendar ("16 Azar 1404",
"1404/09/16", "۱۶ آذر ۱۴۰۴"). The built-in date finder reads those digits as
Gregorian years or not at all; this plugin finds them and gives the Gregorian
TIMEX3 value, keeping the Persian reading in ``DateMention.extra``.

Install it and copydesk finds it through the ``copydesk`` entry point
(``persian-dates``), or pass the module to ``copydesk.Parser(plugins=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from copydesk import DateMention, hookimpl
from copydesk.document import Document
from copydesk.lexicon import Register

from copydesk_persian_dates.finder import MONTHS_LIST, YEAR_CUES_LIST, find_persian_dates

__all__ = [
    "MONTHS_LIST",
    "YEAR_CUES_LIST",
    "copydesk_find_dates",
    "copydesk_register_lexicon",
    "read_month_names",
    "read_word_list",
]


def read_month_names() -> list[str]:
    """The shipped ``name=month`` entries of the ``persian_months`` list."""
    return read_word_list(MONTHS_LIST)


def read_word_list(name: str) -> list[str]:
    """A shipped word list: stripped lines, comments and blanks dropped."""
    raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


@hookimpl
def copydesk_register_lexicon(register: Register) -> None:
    """Register the month names and year cues as data, so another plugin can add to them."""
    register(MONTHS_LIST, read_word_list(MONTHS_LIST))
    register(YEAR_CUES_LIST, read_word_list(YEAR_CUES_LIST))


@hookimpl
def copydesk_find_dates(doc: Document) -> Iterator[DateMention]:
    """Every Solar Hijri date in the article, valued in the Gregorian calendar."""
    yield from find_persian_dates(
        doc.text, doc.lexicon[MONTHS_LIST], doc.published, doc.lexicon[YEAR_CUES_LIST]
    )
