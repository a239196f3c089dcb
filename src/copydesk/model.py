"""The public data model: frozen, typed attrs classes.

Every extracted item carries the exact place it came from as a :class:`Span`
into the original text, which copydesk never rewrites, so that
``article.text[span.start:span.end] == span.text`` holds for every span.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

__all__ = [
    "Article",
    "DateMention",
    "Dateline",
    "Diagnostic",
    "Enrichment",
    "FrozenMap",
    "Granularity",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "TimexType",
]


class FrozenMap(Mapping[str, Any]):
    """A read-only mapping that, unlike ``MappingProxyType``, can be pickled.

    Frozen models hold their free-form data (``Enrichment.data``,
    ``DateMention.extra``, ``Article.metadata``) in one, so nothing can be
    changed through them and articles still travel between processes.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenMap], tuple[dict[str, Any]]]:
        return FrozenMap, (self._data,)


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """Copy a mapping into a read-only one so a frozen model cannot be changed through it."""
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


class QuoteKind(enum.Enum):
    """How the words reach the reader: verbatim, paraphrased, or both."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class SpeakerKind(enum.Enum):
    """Whether a speaker is one person or a body that speaks as one."""

    PERSON = "person"
    ORGANISATION = "organisation"


class SourceKind(enum.Enum):
    """What kind of thing a story attributes information to."""

    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


class TimexType(enum.Enum):
    """The four TIMEX3 types of the TimeML guidelines."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(enum.Enum):
    """The smallest calendar unit a date mention pins down."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


def _check_offsets(start: int, end: int, text: str) -> None:
    """Raise unless ``start``..``end`` is a stretch as long as ``text``."""
    if start < 0 or end < start:
        raise ValueError(f"span offsets out of order: {start}..{end}")
    if end - start != len(text):
        raise ValueError(f"span {start}..{end} does not fit its text {text!r}")


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    _check_offsets(instance.start, instance.end, instance.text)


@attrs.frozen(order=True)
class Span:
    """A stretch of the original text: ``text[start:end] == span.text``.

    Build one with :meth:`Span.of` so the text is always sliced from the
    article itself rather than copied by hand.
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str = attrs.field(order=False)

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        if cls is Span and 0 <= start <= end <= len(source):
            return trusted_span(start, end, source[start:end])
        return cls(start, end, source[start:end])  # checked: raises on offsets outside ``source``

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


# The slot setters of the frozen Span: setting through them is what its
# attrs-generated ``__init__`` does, minus the validator call.
_set_span_start: Any = Span.__dict__["start"].__set__
_set_span_end: Any = Span.__dict__["end"].__set__
_set_span_text: Any = Span.__dict__["text"].__set__


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)`` without its check, for offsets ``text`` was just sliced at.

    :class:`Span` checks on construction that its offsets fit its text,
    which costs more than building it. :meth:`Span.of` and a stage that
    slices the article at offsets it has just found need no such check:
    names and sentences make a hundred thousand spans on a few megabytes of
    news. Anything built from outside input (plugins, deserialised articles)
    still goes through ``Span(...)``.
    """
    span: Span = object.__new__(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    _set_span_text(span, text)
    return span


@attrs.frozen
class Quote:
    """One attribution: what was said (or thought), the cue, and who said it.

    ``speaker_mention`` is the words that name the speaker at this place
    ("he", "Baqai", "the ministry"); ``speaker`` is the id of the resolved
    :class:`Speaker`, or ``None`` when no one could be named.
    """

    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker_mention: Span | None = None
    speaker: str | None = None
    confidence: float = 1.0


@attrs.frozen
class Speaker:
    """Someone the article quotes, with every name and mention folded together."""

    id: str
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class Source:
    """Anything the story leans on for information, typed by kind.

    ``speaker`` links to a :class:`Speaker` when the source is one; ``quotes``
    holds the indices (into ``Article.quotes``) of the attributions it backs.
    """

    id: str
    name: str
    kind: SourceKind
    speaker: str | None = None
    mentions: tuple[Span, ...] = ()
    quotes: tuple[int, ...] = ()


@attrs.frozen
class DateMention:
    """A temporal expression with its TIMEX3 type and value.

    ``start``, ``end`` and ``text`` locate it (see :attr:`span`). ``value`` is
    the TIMEX3 normalisation ("2025-10-21", "P30Y", "2013-W11",
    "PRESENT_REF"); the typed values say the same for Python: the calendar
    range it covers (``datetime`` bounds for times of day, ``date`` otherwise,
    end exclusive), the length of a duration, and the date it was resolved
    against. ``extra`` holds what a plugin wants to keep beside (for a
    Persian calendar plugin, the original calendar and its reading).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    range_start: date | None = None
    range_end: date | None = None
    duration: relativedelta | None = None
    anchor: date | None = None
    granularity: Granularity = Granularity.UNKNOWN
    mod: str | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)

    def __attrs_post_init__(self) -> None:
        _check_offsets(self.start, self.end, self.text)  # what Span(...) checks, minus the Span

    @property
    def span(self) -> Span:
        """Where the mention stands in the text."""
        return Span(self.start, self.end, self.text)


@attrs.frozen
class Dateline:
    """The place (and wire agency) a story is filed from: "TEHRAN –"."""

    span: Span
    location: str
    agency: str | None = None


@attrs.frozen
class Diagnostic:
    """Something that went wrong without stopping the parse.

    A plugin that raises, or returns what it should not, is reported here
    with its name and the hook it failed in.
    """

    plugin: str
    hook: str
    message: str
    severity: str = "error"


@attrs.frozen
class Enrichment:
    """Extra knowledge a plugin adds to a finished article.

    ``plugin`` is stamped by the pipeline with the name of the plugin that
    returned it, whatever the plugin itself put there.
    """

    kind: str
    data: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)
    span: Span | None = None
    plugin: str = ""


@attrs.frozen
class Article:
    """Everything copydesk found in one article."""

    text: str
    published: date | None = None
    headline: Span | None = None
    byline: Span | None = None
    dateline: Dateline | None = None
    metadata: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_mapping)
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    sources: tuple[Source, ...] = ()
    dates: tuple[DateMention, ...] = ()
    enrichments: tuple[Enrichment, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or ``None``."""
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def quotes_by(self, speaker_id: str) -> tuple[Quote, ...]:
        """Every quote attributed to one speaker, in text order."""
        return tuple(q for q in self.quotes if q.speaker == speaker_id)
