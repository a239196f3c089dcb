"""Text stage: paragraphs and sentences as spans of the untouched text.

Paragraphs are blocks of non-blank lines. Sentences end at ``.``, ``!``,
``?`` or ``…`` (with any closing quotation marks after them) when the next
word starts with a capital, a digit or an opening quotation mark, unless the
word before the stop is a known abbreviation ("Mr.", "Oct.") or an initial
("J.", "U.S."); a line break inside a paragraph also ends a sentence, since
news text puts headlines and datelines on lines of their own. Every pattern
here is linear: no nested quantifiers, no backtracking over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, pairwise

from copydesk.document import Segments
from copydesk.lexicon import Lexicon
from copydesk.model import Span
from copydesk.stages.trusted import trusted_span

__all__ = ["segment", "split_paragraphs", "split_sentences"]

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A run of stops (not one inside a longer run) and its closing marks, before a space.
# The pattern opens on the stop itself, not on the look-behind, so the scan skips to
# the next stop in C; the look-behind then checks the character before that stop.
_STOP = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’»)\]]*+(?=\s)")
_CLOSERS = "\"'”’»)]"
_STOPS_AND_CLOSERS = ".!?…" + _CLOSERS
_OPENERS = "\"'“‘«([`"
_QUOTE_OPENERS = '"“'
_LONGEST_ABBREVIATION = 20
_INITIALS = re.compile(r"(?<![\w.])(?:\w\.)++\w?$")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _nonblank_spans(text: str, bounds: Iterator[tuple[int, int]]) -> list[Span]:
    spans = []
    for raw_start, raw_end in bounds:
        start, end = _strip(text, raw_start, raw_end)
        if start < end:
            spans.append(trusted_span(start, end, text[start:end]))
    return spans


def split_paragraphs(text: str) -> list[Span]:
    """Blocks of text between blank lines, trimmed of surrounding whitespace."""

    def bounds() -> Iterator[tuple[int, int]]:
        start = 0
        for gap in _BLANK_LINES.finditer(text):
            yield start, gap.start()
            start = gap.end()
        yield start, len(text)

    return _nonblank_spans(text, bounds())


def _starts_sentence(text: str, index: int) -> bool:
    """Whether the word at ``index`` (after whitespace) can open a sentence."""
    while index < len(text) and text[index] in _OPENERS:
        index += 1
    if index >= len(text):
        return False
    char = text[index]
    return char.isupper() or char.isdigit()


def _is_abbreviation(text: str, stop: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation, not a sentence."""
    if text[stop] != ".":
        return False
    word = _word_before(text, stop)
    if not word:
        return False
    word = word.rsplit("..", 1)[-1]
    if word.lower().rstrip(".") in abbreviations:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return "." in word and _INITIALS.fullmatch(word) is not None


def _sentence_ends(
    text: str, start: int, end: int, abbreviations: frozenset[str], titles: frozenset[str]
) -> Iterator[int]:
    """Offsets (exclusive) where sentences inside ``text[start:end]`` end.

    Every line break ends one; so does a stop before a word that can open a
    sentence, unless it closes an abbreviation.
    A stop is read with the rest of its line only (a stop at the end of a
    line is the line break's), which one scan of the whole stretch gives
    when stops right before a line break, and the words after a stop, are
    not read across it.
    """
    breaks = _line_breaks(text, start, end)
    line_end = next(breaks)
    for stop in _STOP.finditer(text, start, end):
        stop_end = stop.end()
        while line_end < stop_end:
            yield line_end
            line_end = next(breaks)
        if stop_end == line_end:
            continue  # the line break ends this sentence
        after = stop_end
        while after < line_end and text[after].isspace():
            after += 1
        if after >= line_end or not _starts_sentence(text, after):
            continue
        if (
            stop_end - stop.start() == 1
            and _is_abbreviation(text, stop.start(), abbreviations)
            and not _quote_after_abbreviation(text, stop.start(), after, titles)
        ):
            continue
        yield stop_end
    yield line_end
    yield from breaks


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    index = text.find("\n", start, end)
    while index != -1:
        yield index
        index = text.find("\n", index + 1, end)
    yield end


def _quote_after_abbreviation(text: str, stop: int, after: int, titles: frozenset[str]) -> bool:
    """Whether an abbreviation ends its sentence because a quotation opens next.

    '… a student from Fresno, Calif. "I think …"': a place or other
    abbreviation before an opening quotation mark closes the sentence; a
    title ("Mr. "Fix-It" Smith") never does.
    """
    if text[after] not in _QUOTE_OPENERS:
        return False
    word = _word_before(text, stop)
    return bool(word) and word.lower() not in titles


def _word_before(text: str, stop: int) -> str:
    r"""The letters, digits and stops (at most 20) just before ``stop``, or "".

    What ``[\w.]{1,20}$`` finds searched for in the 20 characters before
    ``stop`` (so before a line break there, as ``$`` reads it), read
    backwards: the search tried every one of the 20 places as a start.
    """
    end = stop - 1 if stop > 0 and text[stop - 1] == "\n" else stop
    floor = max(0, stop - _LONGEST_ABBREVIATION)
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    return text[start:end]


def split_sentences(
    text: str,
    paragraph: Span,
    abbreviations: frozenset[str],
    titles: frozenset[str] = frozenset(),
) -> list[Span]:
    """Sentences of one paragraph, trimmed, in order."""
    if _one_line_without_stops(text, paragraph):
        return [paragraph]  # what the general path below gives such a paragraph, built faster
    ends = _sentence_ends(text, paragraph.start, paragraph.end, abbreviations, titles)
    spans = _nonblank_spans(text, pairwise(chain((paragraph.start,), ends)))
    if len(spans) == 1 and (spans[0].start, spans[0].end) == (paragraph.start, paragraph.end):
        return [paragraph]  # one copy of the text for a one-sentence paragraph, not two
    return spans


def _one_line_without_stops(text: str, paragraph: Span) -> bool:
    """Whether ``paragraph`` is one trimmed line in which no stop can end a sentence.

    Half the paragraphs of news copy are one sentence, whose final stop
    :data:`_STOP` does not see (no space follows it inside the paragraph).
    Only a stop before the closing run of stops and closing marks can have a
    space after it; without one (``in`` finds a character in C) the pattern,
    which tests every character, is not run.
    """
    start, end = paragraph.start, paragraph.end
    if not (
        start < end
        and not text[start].isspace()
        and not text[end - 1].isspace()
        and text.find("\n", start, end) == -1
    ):
        return False
    body = text[start:end].rstrip(_STOPS_AND_CLOSERS)
    if "." in body or "!" in body or "?" in body or "…" in body:
        return _STOP.search(text, start, end) is None
    return True  # every stop is in the closing run, with no space after it


def _lower_titles(lexicon: Lexicon) -> frozenset[str]:
    """Titles and honorifics, lower-case (built once per lexicon)."""
    return frozenset(t.lower() for t in lexicon["titles"] | lexicon["honorifics"])


def segment(text: str, lexicon: Lexicon) -> Segments:
    """Paragraphs and sentences of ``text``."""
    abbreviations = lexicon["abbreviations"]
    titles = lexicon.derived(_lower_titles)
    paragraphs = split_paragraphs(text)
    sentences = [s for p in paragraphs for s in split_sentences(text, p, abbreviations, titles)]
    return Segments(tuple(paragraphs), tuple(sentences))
