"""Quotation-mark pairing for the quotes stage.

News text mixes straight, curly, guillemet and ``...'' marks, and its
apostrophes look just like closing single quotes ("Clinton’s", "the ’90s",
"Sunday’ press conference"). Counting marks and pairing them by parity breaks
on the first stray one, so this module pairs marks by their direction and
their neighbours instead, one paragraph at a time, in a single pass:

* double marks (“ ” " „ « » `` '') make the quotations; an unpaired one is
  dropped, never allowed to flip every later pair;
* single marks (‘ ’ ') only make a quotation at the top level, when an
  opener stands before a word and a closer after one, in the same paragraph;
  inside a double quotation they are nested quotes and stay part of it;
* a quotation left open at the end of a paragraph runs on when the next
  paragraph opens with a quotation mark (the news convention for a quote of
  several paragraphs) and ends with its paragraph otherwise.

It also cuts the story into the units the quotes stage reads: blocks
(paragraphs, split again at line breaks that end a sentence) and sentences
joined wherever a quotation runs across their boundary, so that a full stop
or a "she said" inside a quote never cuts it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

__all__ = ["Quotation", "Unit", "blocks", "find_quotations", "join_units", "prev_nonspace"]

_DOUBLE_MARK = re.compile(r"“|”|„|«|»|``|''|\"")
# A straight ' not doubled (''): looked behind after the mark, so that every
# branch opens on a literal and the regex engine skips ahead to the marks.
_SINGLE_MARK = re.compile(r"‘|’|'(?<!'')(?!')")
# The characters the two patterns open on: the scans below find them with
# str.find (see _positions) and then match as the patterns do.
_DOUBLE_CHARS = "“”„«»\"`'"
_SINGLE_CHARS = "‘’'"
_DOUBLED = "`'"  # the marks that count only doubled (``, '')
_OPENING = frozenset({"“", "„", "«", "``"})
_CLOSING = frozenset({"”", "»"})
_BEFORE_OPENER = " \t\n\u00a0([{—–-/“‘\"'"
_BLOCK_ENDS = '.!?:"”’»'


@dataclasses.dataclass(init=False)  # not frozen, and __init__ written out: see Unit
class Quotation:
    """A stretch of quoted text, from its opening mark to past its closing mark.

    ``closed`` is False when no closing mark was found and the quotation was
    ended at the end of its (last) paragraph instead.
    """

    start: int
    end: int
    closed: bool

    def __init__(self, start: int, end: int, closed: bool = True) -> None:
        self.start = start
        self.end = end
        self.closed = closed


def _positions(text: str, start: int, end: int, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text[start:end]``, in order.

    One ``str.find`` pass a character: a paragraph holds few quotation
    marks, and ``str.find`` reads past the rest at C speed, where a regex
    scan checks every character against its set (about 45 instructions a
    character, most of the cost of pairing the marks).
    """
    found: list[int] = []
    for char in chars:
        at = text.find(char, start, end)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1, end)
    found.sort()
    return found


def _double_marks(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """What ``_DOUBLE_MARK.finditer(text, start, end)`` finds, as (mark, start, end)."""
    marks: list[tuple[str, int, int]] = []
    end = min(end, len(text))  # as the pattern reads its bounds
    after = start  # where the last mark ended: matches do not overlap
    for at in _positions(text, start, end, _DOUBLE_CHARS):
        if at < after:
            continue
        char = text[at]
        if char in _DOUBLED:
            if at + 1 >= end or text[at + 1] != char:
                continue  # a lone ` or '
            marks.append((char + char, at, at + 2))
            after = at + 2
        else:
            marks.append((char, at, at + 1))
            after = at + 1
    return marks


def _single_marks(text: str, start: int, end: int) -> list[int]:
    """Where ``_SINGLE_MARK.finditer(text, start, end)`` matches (one character each)."""
    found: list[int] = []
    end = min(end, len(text))  # as the pattern reads its bounds
    for at in _positions(text, start, end, _SINGLE_CHARS):
        if text[at] == "'" and (
            (at > 0 and text[at - 1] == "'") or (at + 1 < end and text[at + 1] == "'")
        ):
            continue  # '' is a double mark (the look-behind reads before ``start`` too)
        found.append(at)
    return found


def _looks_like_opener(text: str, start: int, end: int) -> bool:
    """A straight mark with a space (or nothing) before and a word after."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in _BEFORE_OPENER and not after.isspace()


def _looks_like_closer(text: str, start: int, end: int) -> bool:
    """A straight mark with a word or punctuation before and a space after."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _closes_after_single(text: str, start: int, end: int) -> bool:
    """A free-standing straight mark right after a closing single mark.

    "He said, 'I am the mayor,' " she said: the space some papers put between
    the nested closing ' and the outer closing " leaves the " with a space on
    both sides; after a closing single mark it closes the quotation.
    """
    if start < 2 or not text[start - 1].isspace():
        return False
    if end < len(text) and not text[end].isspace():
        return False
    return text[start - 2] in "'’" and not text[start - 3 : start - 2].isspace()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _starts_with_opener(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with a quotation mark (it reopens a running quote)."""
    match = _DOUBLE_MARK.match(text, start, end)
    if match is None:
        return text.startswith(("‘", "'"), start)
    return match.group() not in _CLOSING


class _DoublePairer:
    """Pairs the double marks of consecutive paragraphs (state: one open quotation)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.open_at: int | None = None
        self.found: list[Quotation] = []
        self.last_paragraph_end = 0
        self.paragraph_end = 0
        self.depth = 0
        """How many nested “…” quotations are open inside the open quotation."""

    def _emit(self, end: int, closed: bool) -> None:
        if self.open_at is not None:
            end = end if closed else _trim_end(self.text, self.open_at, end)
            if end > self.open_at + 1:
                self.found.append(Quotation(self.open_at, end, closed))
        self.open_at = None
        self.depth = 0

    def paragraph(self, start: int, end: int) -> None:
        """Pair the marks of one paragraph, running on a quotation left open."""
        text = self.text
        reopened = -1
        self.paragraph_end = end
        self.depth = 0
        if self.open_at is not None:
            if _starts_with_opener(text, start, end):
                reopened = start
            else:
                self._emit(self.last_paragraph_end, closed=False)
        for mark, mark_start, mark_end in _double_marks(text, start, end):
            if mark_start == reopened:
                continue
            self._mark(mark, mark_start, mark_end)
        self.last_paragraph_end = end

    def _mark(self, mark: str, start: int, end: int) -> None:
        text = self.text
        if mark in _OPENING:
            if self.open_at is not None:
                if _looks_like_closer(text, start, end) and not _looks_like_opener(
                    text, start, end
                ):
                    self._emit(end, closed=True)  # a typo: “ used to close
                    return
                if self._nested(mark, end):
                    self.depth += 1
                    return
                self._emit(start, closed=False)
            self.open_at = start
        elif mark in _CLOSING:
            if self.open_at is not None and self.depth:
                self.depth -= 1
            elif self.open_at is not None:
                self._emit(end, closed=True)
            elif _looks_like_opener(text, start, end) and not _looks_like_closer(text, start, end):
                self.open_at = start  # a typo: ” used to open
        elif self.open_at is None:
            if _looks_like_opener(text, start, end):
                self.open_at = start
        elif _looks_like_closer(text, start, end) or _closes_after_single(text, start, end):
            self._emit(end, closed=True)
        elif _looks_like_opener(text, start, end):
            self._emit(start, closed=False)
            self.open_at = start

    def _nested(self, mark: str, end: int) -> bool:
        """Whether a “ inside an open “ quotation opens a nested quotation.

        “I’d rather live in what he calls “hell” than …”: it does when two
        closing ” follow it before the next “ of the paragraph, one for it
        and one for the quotation around it. Otherwise the outer quotation
        lost its closing mark and ends here. Only the text up to the next “
        is read, so a paragraph is still read once.
        """
        if self.open_at is None or mark != "“" or self.text[self.open_at] != "“":
            return False
        text = self.text
        limit = text.find("“", end, self.paragraph_end)
        if limit == -1:
            limit = self.paragraph_end
        first = text.find("”", end, limit)
        return first != -1 and text.find("”", first + 1, limit) != -1

    def finish(self) -> list[Quotation]:
        """Every double quotation, the last one ended if still open."""
        self._emit(self.last_paragraph_end, closed=False)
        return self.found


def _single_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """Top-level ‘single’ quotations of one stretch without double marks."""
    found: list[Quotation] = []
    open_at: int | None = None
    for at in _single_marks(text, start, end):
        char = text[at]
        if open_at is None:
            if char != "’" and _looks_like_opener(text, at, at + 1):
                after = text[at + 1] if at + 1 < len(text) else " "
                if after.isalpha() or after in '“"':
                    open_at = at
        elif char != "‘" and _looks_like_closer(text, at, at + 1):
            found.append(Quotation(open_at, at + 1, True))
            open_at = None
    return found


def _gaps(start: int, end: int, inside: list[Quotation], first: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``[start, end)`` outside ``inside[first:]`` (sorted quotations).

    The index is passed rather than a slice or a generator of the later
    quotations: either would copy them all for every paragraph (mypyc turns
    a generator expression into a list up front), which is quadratic.
    """
    for index in range(first, len(inside)):
        quotation = inside[index]
        if quotation.start >= end:
            break
        if quotation.end <= start:
            continue
        if quotation.start > start:
            yield start, quotation.start
        start = max(start, quotation.end)
    if start < end:
        yield start, end


def find_quotations(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[Quotation]:
    """Every top-level quotation in the given paragraphs, in text order."""
    bounds = list(paragraphs)
    pairer = _DoublePairer(text)
    for start, end in bounds:
        pairer.paragraph(start, end)
    doubles = pairer.finish()
    singles: list[Quotation] = []
    index = 0
    for start, end in bounds:
        while index < len(doubles) and doubles[index].end <= start:
            index += 1
        for gap_start, gap_end in _gaps(start, end, doubles, index):
            singles.extend(_single_quotations(text, gap_start, gap_end))
    if not singles:
        return doubles
    return sorted(doubles + singles, key=lambda quotation: quotation.start)


@dataclasses.dataclass(init=False)  # not frozen: a frozen dataclass takes five times as long
class Unit:
    """A sentence, or sentences joined because a quotation runs through them.

    The ``__init__`` is written out: mypyc compiles it, where the one
    dataclasses generates stays interpreted (a Python frame per unit).
    Nothing changes a unit or a quotation once made.
    """

    start: int
    end: int
    paragraph: int
    index: int

    def __init__(self, start: int, end: int, paragraph: int, index: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.index = index


def prev_nonspace(text: str, pos: int, floor: int) -> int:
    """Index of the last non-blank character before ``pos`` (``floor - 1`` if none)."""
    pos -= 1
    while pos >= floor and text[pos].isspace():
        pos -= 1
    return pos


def blocks(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs split again at line breaks that close a sentence.

    Some stories separate paragraphs with a single line break; pairing
    quotation marks over such a "paragraph" would let one stray mark run on
    for pages. A break after ``.``, ``!``, ``?``, ``:`` or a closing mark
    ends a block; a break inside a sentence (hard-wrapped text) does not.
    """
    blocks: list[tuple[int, int]] = []
    for start, end in paragraphs:
        block_start = start
        newline = text.find("\n", start, end)
        while newline != -1:
            before = prev_nonspace(text, newline, block_start)
            if before >= block_start and text[before] in _BLOCK_ENDS:
                blocks.append((block_start, before + 1))
                block_start = newline + 1
            newline = text.find("\n", newline + 1, end)
        blocks.append((block_start, end))
    return blocks


def join_units(
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    quotations: list[Quotation],
) -> list[Unit]:
    """Sentences joined where a quotation runs across their boundary."""
    units: list[Unit] = []
    q_index = 0
    p_index = 0
    start: int | None = None
    for s_start, s_end in sentences:
        while p_index + 1 < len(paragraphs) and paragraphs[p_index + 1][0] <= s_start:
            p_index += 1
        if start is None:
            start = s_start
            unit_paragraph = p_index
        while q_index < len(quotations) and quotations[q_index].end <= s_end:
            q_index += 1
        if q_index < len(quotations) and quotations[q_index].start < s_end:
            continue
        units.append(Unit(start, s_end, unit_paragraph, len(units)))
        start = None
    if start is not None and sentences:
        units.append(Unit(start, sentences[-1][1], unit_paragraph, len(units)))
    return units
