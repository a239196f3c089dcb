"""Sources stage: everything the story leans on, typed by kind.

A source is whoever (or whatever) backs an attribution: a quoted person or
body (linked to its :class:`~copydesk.Speaker`), an outlet ("state TV
reported"), a document ("a report released Tuesday"), or someone unnamed
("sources said", "a senior official who spoke on condition of anonymity").
The organisation a quoted person speaks for (the spokesperson's ministry) is
a source too, backing that person's quotes. Quotes are grouped by speaker id,
or for unresolved ones by the kind and words of their speaker mention, in
one pass over the quotes.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable

from copydesk.document import Document, MentionKind, NameMention
from copydesk.model import Quote, Source, SourceKind, Span, Speaker, SpeakerKind
from copydesk.stages.speakers import slug

__all__ = ["find_sources"]

_KIND_OF_MENTION = {
    MentionKind.PERSON: SourceKind.PERSON,
    MentionKind.ORGANISATION: SourceKind.ORGANISATION,
    MentionKind.MEDIA: SourceKind.MEDIA,
    MentionKind.DOCUMENT: SourceKind.DOCUMENT,
    MentionKind.ANONYMOUS: SourceKind.ANONYMOUS,
    MentionKind.NOMINAL: SourceKind.ANONYMOUS,
    MentionKind.PRONOUN: SourceKind.ANONYMOUS,
}
_LEADING_ARTICLE = re.compile(r"(?i)^(?:the|a|an|another|one) ")


def _span_key(span: Span) -> tuple[int, int]:
    """Sort key for spans: plain integers compare much faster than attrs ordering."""
    return span.start, span.end


@dataclasses.dataclass
class _Draft:
    """A source being gathered (local to one article)."""

    name: str
    kind: SourceKind
    speaker: str | None = None
    mentions: list[Span] = dataclasses.field(default_factory=list)
    quotes: list[int] = dataclasses.field(default_factory=list)

    def freeze(self, ident: str) -> Source:
        return Source(
            id=ident,
            name=self.name,
            kind=self.kind,
            speaker=self.speaker,
            mentions=tuple(sorted(set(self.mentions), key=_span_key)),
            quotes=tuple(sorted(set(self.quotes))),
        )


_DraftMaker = Callable[[str, Callable[[], _Draft]], _Draft]
"""Gets the draft filed under a key, filing a new one from the factory when the key is new."""


def _mention_at(
    names: tuple[NameMention, ...], starts: list[int], span: Span
) -> NameMention | None:
    """The names-stage mention overlapping ``span``, if any."""
    index = bisect_right(starts, span.end - 1) - 1
    while index >= 0 and names[index].span.end > span.start:
        if names[index].span.overlaps(span):
            return names[index]
        index -= 1
    return None


def _speaker_kind(
    speaker: Speaker, names: tuple[NameMention, ...], starts: list[int]
) -> SourceKind:
    """Person, organisation, or media: what the speaker's own mentions say it is."""
    if speaker.kind is SpeakerKind.PERSON:
        return SourceKind.PERSON
    for span in speaker.mentions:
        mention = _mention_at(names, starts, span)
        if mention is not None and mention.kind is MentionKind.MEDIA:
            return SourceKind.MEDIA
    return SourceKind.ORGANISATION


def _unnamed_key(mention: Span, kind: SourceKind) -> str:
    """One source per kind and wording: every "sources said" is the same unnamed source."""
    words = _LEADING_ARTICLE.sub("", mention.text.strip()).lower()
    return f"{kind.value}:{words}"


def find_sources(doc: Document) -> list[Source]:
    """Every source of the story, with the quotes it backs."""
    names = tuple(sorted(doc.names, key=lambda m: (m.span.start, -m.span.end)))
    starts = [m.span.start for m in names]
    speakers = {s.id: s for s in doc.speakers}
    drafts: dict[str, _Draft] = {}
    order: list[str] = []

    def draft(key: str, make: Callable[[], _Draft]) -> _Draft:
        if key not in drafts:
            drafts[key] = make()
            order.append(key)
        return drafts[key]

    for index, quote in enumerate(doc.quotes):
        _add_quote(index, quote, speakers, (names, starts), draft)
    organisations = _organisation_mentions(names)
    for speaker_id in list(order):
        speaker = speakers.get(speaker_id)
        if speaker is None or speaker.kind is not SpeakerKind.PERSON:
            continue
        backed = drafts[speaker_id].quotes
        for affiliation in speaker.affiliations:
            spans = organisations.get(affiliation)
            if spans:
                _add_affiliation(affiliation, spans, backed, speakers, draft)
    return [drafts[key].freeze(_source_id(key)) for key in order]


def _add_quote(
    index: int,
    quote: Quote,
    speakers: dict[str, Speaker],
    names_and_starts: tuple[tuple[NameMention, ...], list[int]],
    draft: _DraftMaker,
) -> None:
    """File one quote under its speaker's source, or an unnamed one."""
    names, starts = names_and_starts
    speaker = speakers.get(quote.speaker) if quote.speaker else None
    if speaker is not None:
        known = speaker
        entry = draft(
            speaker.id,
            lambda: _Draft(
                known.name, _speaker_kind(known, names, starts), known.id, list(known.mentions)
            ),
        )
        entry.quotes.append(index)
        return
    mention = quote.speaker_mention
    if mention is None:
        return
    found = _mention_at(names, starts, mention)
    if found is None or found.kind not in _KIND_OF_MENTION or found.kind is MentionKind.PRONOUN:
        return
    kind = _KIND_OF_MENTION[found.kind]
    span = found.span
    name = _LEADING_ARTICLE.sub("", span.text.strip())
    entry = draft(_unnamed_key(span, kind), lambda: _Draft(name, kind))
    entry.mentions.append(span)
    entry.quotes.append(index)


def _organisation_mentions(names: tuple[NameMention, ...]) -> dict[str, list[Span]]:
    """Spans of every capitalised organisation name, by the name without "the"."""
    out: dict[str, list[Span]] = {}
    for mention in names:
        if mention.kind is MentionKind.ORGANISATION:
            name = _LEADING_ARTICLE.sub("", mention.span.text)
            if name[:1].isupper():
                out.setdefault(name, []).append(mention.span)
    return out


def _add_affiliation(
    affiliation: str,
    spans: list[Span],
    backed: list[int],
    speakers: dict[str, Speaker],
    draft: _DraftMaker,
) -> None:
    """The body a quoted person speaks for backs that person's quotes too."""
    speaker_id = slug(affiliation)
    linked = speaker_id if speaker_id in speakers else None
    entry = draft(
        speaker_id, lambda: _Draft(affiliation, SourceKind.ORGANISATION, linked, list(spans))
    )
    entry.quotes.extend(backed)


def _source_id(key: str) -> str:
    return slug(key)
