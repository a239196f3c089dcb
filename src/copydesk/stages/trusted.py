"""Model objects built without their checks, for the stages that build thousands.

The public model (:mod:`copydesk.model`) is frozen attrs classes, whose
generated ``__init__`` runs interpreted even in the compiled build: a Python
frame, a cached ``object.__setattr__`` and one call through it per field,
and the check of :class:`~copydesk.model.Span`. A stage that builds a model
object from values it has just computed (offsets it sliced the text at, a
tuple it made) needs none of that. These constructors set the slots
directly; this module is compiled with the stages, so calling them from a
compiled stage is a native call. Anything built from outside input
(plugins, deserialised articles) still goes through the classes
themselves, and so through their checks.

Each takes every field, positionally, in the class's field order.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from dateutil.relativedelta import relativedelta

from copydesk.document import MentionKind, NameMention
from copydesk.model import (
    DateMention,
    FrozenMap,
    Granularity,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    SpeakerKind,
    TimexType,
)

__all__ = [
    "trusted_date_mention",
    "trusted_name_mention",
    "trusted_quote",
    "trusted_source",
    "trusted_span",
    "trusted_speaker",
]

_new_object: Final = object.__new__
_SPAN: Final = Span
_QUOTE: Final = Quote
_SPEAKER: Final = Speaker
_SOURCE: Final = Source
_DATE_MENTION: Final = DateMention
_NAME_MENTION: Final = NameMention


def _setter(cls: type, name: str) -> Any:
    """The ``__set__`` of a slotted attrs class's field: what its ``__init__`` ends in."""
    return cls.__dict__[name].__set__


_span_start: Final[Any] = _setter(Span, "start")
_span_end: Final[Any] = _setter(Span, "end")
_span_text: Final[Any] = _setter(Span, "text")

_name_span: Final[Any] = _setter(NameMention, "span")
_name_kind: Final[Any] = _setter(NameMention, "kind")
_name_role: Final[Any] = _setter(NameMention, "role")
_name_affiliation: Final[Any] = _setter(NameMention, "affiliation")

_quote_kind: Final[Any] = _setter(Quote, "kind")
_quote_content: Final[Any] = _setter(Quote, "content")
_quote_cue: Final[Any] = _setter(Quote, "cue")
_quote_speaker_mention: Final[Any] = _setter(Quote, "speaker_mention")
_quote_speaker: Final[Any] = _setter(Quote, "speaker")
_quote_confidence: Final[Any] = _setter(Quote, "confidence")

_speaker_id: Final[Any] = _setter(Speaker, "id")
_speaker_name: Final[Any] = _setter(Speaker, "name")
_speaker_kind: Final[Any] = _setter(Speaker, "kind")
_speaker_aliases: Final[Any] = _setter(Speaker, "aliases")
_speaker_roles: Final[Any] = _setter(Speaker, "roles")
_speaker_affiliations: Final[Any] = _setter(Speaker, "affiliations")
_speaker_mentions: Final[Any] = _setter(Speaker, "mentions")

_source_id: Final[Any] = _setter(Source, "id")
_source_name: Final[Any] = _setter(Source, "name")
_source_kind: Final[Any] = _setter(Source, "kind")
_source_speaker: Final[Any] = _setter(Source, "speaker")
_source_mentions: Final[Any] = _setter(Source, "mentions")
_source_quotes: Final[Any] = _setter(Source, "quotes")


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)`` for ``text`` just sliced at ``start:end``."""
    span: Span = _new_object(_SPAN)
    _span_start(span, start)
    _span_end(span, end)
    _span_text(span, text)
    return span


def trusted_name_mention(
    span: Span, kind: MentionKind, role: Span | None, affiliation: Span | None
) -> NameMention:
    """``NameMention(span, kind, role, affiliation)``."""
    mention: NameMention = _new_object(_NAME_MENTION)
    _name_span(mention, span)
    _name_kind(mention, kind)
    _name_role(mention, role)
    _name_affiliation(mention, affiliation)
    return mention


def trusted_quote(  # noqa: PLR0917 - the field order of the class
    kind: QuoteKind,
    content: Span,
    cue: Span | None,
    speaker_mention: Span | None,
    speaker: str | None,
    confidence: float,
) -> Quote:
    """``Quote(kind, content, cue, speaker_mention, speaker, confidence)``."""
    quote: Quote = _new_object(_QUOTE)
    _quote_kind(quote, kind)
    _quote_content(quote, content)
    _quote_cue(quote, cue)
    _quote_speaker_mention(quote, speaker_mention)
    _quote_speaker(quote, speaker)
    _quote_confidence(quote, confidence)
    return quote


def trusted_speaker(  # noqa: PLR0917 - the field order of the class
    ident: str,
    name: str,
    kind: SpeakerKind,
    aliases: tuple[str, ...],
    roles: tuple[str, ...],
    affiliations: tuple[str, ...],
    mentions: tuple[Span, ...],
) -> Speaker:
    """``Speaker(ident, name, kind, aliases, roles, affiliations, mentions)``."""
    speaker: Speaker = _new_object(_SPEAKER)
    _speaker_id(speaker, ident)
    _speaker_name(speaker, name)
    _speaker_kind(speaker, kind)
    _speaker_aliases(speaker, aliases)
    _speaker_roles(speaker, roles)
    _speaker_affiliations(speaker, affiliations)
    _speaker_mentions(speaker, mentions)
    return speaker


def trusted_source(  # noqa: PLR0917 - the field order of the class
    ident: str,
    name: str,
    kind: SourceKind,
    speaker: str | None,
    mentions: tuple[Span, ...],
    quotes: tuple[int, ...],
) -> Source:
    """``Source(ident, name, kind, speaker, mentions, quotes)``."""
    source: Source = _new_object(_SOURCE)
    _source_id(source, ident)
    _source_name(source, name)
    _source_kind(source, kind)
    _source_speaker(source, speaker)
    _source_mentions(source, mentions)
    _source_quotes(source, quotes)
    return source


_date_start: Final[Any] = _setter(DateMention, "start")
_date_end: Final[Any] = _setter(DateMention, "end")
_date_text: Final[Any] = _setter(DateMention, "text")
_date_type: Final[Any] = _setter(DateMention, "type")
_date_value: Final[Any] = _setter(DateMention, "value")
_date_range_start: Final[Any] = _setter(DateMention, "range_start")
_date_range_end: Final[Any] = _setter(DateMention, "range_end")
_date_duration: Final[Any] = _setter(DateMention, "duration")
_date_anchor: Final[Any] = _setter(DateMention, "anchor")
_date_granularity: Final[Any] = _setter(DateMention, "granularity")
_date_mod: Final[Any] = _setter(DateMention, "mod")
_date_extra: Final[Any] = _setter(DateMention, "extra")


def trusted_date_mention(  # noqa: PLR0917 - the field order of the class
    start: int,
    end: int,
    text: str,
    kind: TimexType,
    value: str,
    range_start: date | None,
    range_end: date | None,
    duration: relativedelta | None,
    anchor: date | None,
    granularity: Granularity,
    mod: str | None,
    extra: FrozenMap,
) -> DateMention:
    """``DateMention(start, end, text, kind, ..., extra)`` for ``text`` sliced at ``start:end``.

    ``extra`` is already read-only (what the class's converter would make of it).
    """
    mention: DateMention = _new_object(_DATE_MENTION)
    _date_start(mention, start)
    _date_end(mention, end)
    _date_text(mention, text)
    _date_type(mention, kind)
    _date_value(mention, value)
    _date_range_start(mention, range_start)
    _date_range_end(mention, range_end)
    _date_duration(mention, duration)
    _date_anchor(mention, anchor)
    _date_granularity(mention, granularity)
    _date_mod(mention, mod)
    _date_extra(mention, extra)
    return mention
