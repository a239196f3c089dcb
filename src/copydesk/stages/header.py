"""Header stage: metadata lines, headline, byline and dateline.

Scraped and wire articles open with some of: metadata lines ("date
2025-12-07", "Title: ..."), a headline, a byline ("By Jane Doe"), and a
dateline ("TEHRAN –", "WASHINGTON (Reuters) -", "BAKU, Dec 7 (AFP) —"),
sometimes several on one line. They are read in that order from the top;
``Header.body_start`` is where the story itself begins, so later stages do
not mistake a headline for a sentence or a dateline for a speaker.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from copydesk.document import Header
from copydesk.lexicon import Lexicon
from copydesk.model import Dateline, Span

__all__ = ["find_dateline", "read_header"]

_ISO_VALUE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_SPACES = re.compile(r"\s*")
_LINE_END = re.compile(r"[^\n]*")
_BYLINE = re.compile(
    r"[Bb]y[ \t]+[A-Z][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-Z][\w.'’-]*){0,7}[ \t]*(?=\n|$)"
)
_DATELINE = re.compile(
    r"(?<![\w.'’\-])(?P<loc>[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]*){0,3})"
    r"(?P<region>,[ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?"
    r"(?P<when>,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"[ ]*(?:\((?P<agency>[A-Za-z][A-Za-z .\-]{0,30})\))?"
    r"[ ]*(?P<dash>[-–—_:]{1,2})(?=[ \t\n])"
)
_BLANK_LINE = re.compile(r"\n[ \t\r]*+\n")
_NON_SPACE = re.compile(r"\S")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAX_HEADLINE_WORDS = 30
_MIN_CAPITALISED_SHARE = 0.6


@lru_cache(maxsize=8)
def _metadata_pattern(keys: frozenset[str], date_keys: frozenset[str]) -> re.Pattern[str]:
    def alternation(words: frozenset[str]) -> str:
        ordered = sorted(words, key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) or r"(?!x)x"

    return re.compile(
        rf"[ \t]*(?:(?P<dkey>{alternation(date_keys)})[ \t]*[:=]?[ \t]*"
        rf"(?P<dvalue>{_ISO_VALUE})(?=\s|$)"
        rf"|(?P<key>{alternation(keys)})[ \t]*[:=][ \t]*(?P<value>[^\n]*))",
        re.IGNORECASE,
    )


def _skip_space(text: str, pos: int) -> int:
    match = _SPACES.match(text, pos)
    return match.end() if match else pos


def _line_end(text: str, pos: int) -> int:
    match = _LINE_END.match(text, pos)
    return match.end() if match else pos


def _parse_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.replace(" ", "T")).date()
    except ValueError:
        return None


def _has_blank_line_after(text: str, end: int) -> bool:
    """A line followed by a blank line and more text, as a headline is."""
    blank = _BLANK_LINE.match(text, end)
    return blank is not None and _NON_SPACE.search(text, blank.end()) is not None


def _looks_like_headline(line: str) -> bool:
    words = _WORD.findall(line)
    if not words or len(words) > _MAX_HEADLINE_WORDS or line.rstrip().endswith((":", ",")):
        return False
    content = [w for w in words if len(w) > 3]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= _MIN_CAPITALISED_SHARE


def find_dateline(text: str, pos: int, agencies: frozenset[str]) -> Dateline | None:
    """The dateline starting exactly at ``pos``, if there is one."""
    match = _DATELINE.match(text, pos)
    if match is None or not any(len(w) > 1 for w in match.group("loc").split()):
        return None
    agency = match.group("agency")
    if agency is not None and agencies and agency.strip() not in agencies:
        return None
    location = match.group("loc")
    if match.group("region"):
        location += match.group("region")
    return Dateline(Span.of(text, match.start(), match.end()), location, agency)


def read_header(text: str, published: date | None, lexicon: Lexicon) -> Header:
    """Metadata, headline, byline and dateline from the top of ``text``."""
    metadata: dict[str, str] = {}
    spans: list[Span] = []
    pattern = _metadata_pattern(lexicon["header_keys"], lexicon["header_date_keys"])
    pos = _skip_space(text, 0)
    while (match := pattern.match(text, pos)) is not None:
        if match.group("dkey") is not None:
            key, value = match.group("dkey").lower(), match.group("dvalue")
            published = published or _parse_date(value)
            spans.append(Span.of(text, match.start("dkey"), match.end("dvalue")))
        else:
            key, value = match.group("key").lower(), match.group("value").strip()
            spans.append(Span.of(text, match.start("key"), match.end("value")))
        metadata.setdefault(" ".join(key.split()), value)
        pos = _skip_space(text, match.end())
    headline = byline = None
    line_end = _line_end(text, pos)
    if (
        _looks_like_headline(text[pos:line_end])
        and _has_blank_line_after(text, line_end)
        and find_dateline(text, pos, lexicon["news_agencies"]) is None
    ):
        headline = Span.of(text, pos, pos + len(text[pos:line_end].rstrip()))
        pos = _skip_space(text, line_end)
    byline_match = _BYLINE.match(text, pos)
    if byline_match is not None:
        byline = Span.of(text, pos, byline_match.end())
        pos = _skip_space(text, byline_match.end())
    dateline = find_dateline(text, pos, lexicon["news_agencies"])
    if dateline is not None:
        pos = _skip_space(text, dateline.span.end)
    return Header(metadata, tuple(spans), published, headline, byline, dateline, pos)
