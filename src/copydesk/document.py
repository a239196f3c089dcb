"""The working document the stages pass along.

A :class:`Document` is what a stage hook receives: the original text, the
publication date, the lexicon, and whatever the earlier stages found. The
pipeline makes a new one (``attrs.evolve``) after each stage, so no stage can
change what another one sees and nothing lives in module globals.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date

import attrs

from copydesk.lexicon import Lexicon
from copydesk.model import Dateline, DateMention, Quote, Source, Span, Speaker, trusted_span

__all__ = [
    "Document",
    "Header",
    "MentionKind",
    "NameMention",
    "Segments",
    "trusted_span",
]


def _starts(spans: tuple[Span, ...]) -> tuple[int, ...]:
    return tuple(span.start for span in spans)


def _span_at(spans: tuple[Span, ...], starts: tuple[int, ...], offset: int) -> Span | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < spans[index].end:
        return spans[index]
    return None


class CoveredText:
    """Stretches of text already taken, asked whether a new stretch shares a character.

    Both the pipeline (a quote plugin's answer against the quotes found
    before it) and the quotes stage (its last pass against everything the
    earlier passes found) need this; a walk over every taken stretch per
    question made them quadratic on long articles. The taken stretches are
    kept sorted and merged where they share a character, so their ends rise
    with their starts and only the last one opening before a stretch's end
    can reach into it: one binary search a question. Stretches :meth:`add`
    puts in (each sharing nothing with those taken) are kept apart, appended
    when they come in text order.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)
        self.added_starts: list[int] = []
        self.added_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some taken stretch opens before ``end`` and closes after ``start``."""
        index = bisect_left(self.starts, end) - 1
        if index >= 0 and self.ends[index] > start:
            return True
        index = bisect_left(self.added_starts, end) - 1
        return index >= 0 and self.added_ends[index] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``, which overlaps nothing taken.

        Two added stretches can open at one offset only when the first is
        empty; the empty one goes first, so ends still rise with starts.
        """
        if start < end:
            index = bisect_right(self.added_starts, start)
        else:
            index = bisect_left(self.added_starts, start)
        self.added_starts.insert(index, start)  # at the end when added in text order
        self.added_ends.insert(index, end)


@attrs.frozen
class Segments:
    """Paragraphs and sentences as spans of the original text, in order."""

    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    _paragraph_starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _sentence_starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_paragraph_starts", _starts(self.paragraphs))
        object.__setattr__(self, "_sentence_starts", _starts(self.sentences))

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, or ``None`` between sentences."""
        return _span_at(self.sentences, self._sentence_starts, offset)

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph holding ``offset``, or ``None`` between paragraphs."""
        return _span_at(self.paragraphs, self._paragraph_starts, offset)


@attrs.frozen
class Header:
    """What stands before the story proper.

    ``body_start`` is the offset where the story's own text begins (after
    metadata lines, headline, byline and dateline); stages that look for
    quotes and names start there.
    """

    metadata: Mapping[str, str] = attrs.field(factory=dict)
    metadata_spans: tuple[Span, ...] = ()
    published: date | None = None
    headline: Span | None = None
    byline: Span | None = None
    dateline: Dateline | None = None
    body_start: int = 0


class MentionKind(enum.Enum):
    """What a name mention refers to, as far as the names stage can tell."""

    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"  # "the minister", "the spokesman", "officials"
    DOCUMENT = "document"  # "a report", "the statement"
    ANONYMOUS = "anonymous"  # "a senior official who spoke on condition of anonymity"
    PLACE = "place"


@attrs.frozen
class NameMention:
    """A stretch of text that names (or points to) a person or body.

    ``role`` and ``affiliation`` hold what an apposition or pre-modifier says
    about it ("spokesperson for the Ministry of Foreign Affairs",
    "Azerbaijani President"), as spans of the text.
    """

    span: Span
    kind: MentionKind
    role: Span | None = None
    affiliation: Span | None = None


@attrs.frozen
class Document:
    """Everything known about the article so far, handed from stage to stage."""

    text: str
    published: date | None = None
    lexicon: Lexicon = attrs.field(factory=Lexicon)
    segments: Segments = attrs.field(factory=Segments)
    header: Header = attrs.field(factory=Header)
    dates: tuple[DateMention, ...] = ()
    names: tuple[NameMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def body_start(self) -> int:
        """Where the story proper begins, after the header."""
        return self.header.body_start
