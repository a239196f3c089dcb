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
from typing import Final

from copydesk.document import Document, MentionKind, NameMention
from copydesk.model import Quote, Source, SourceKind, Span, Speaker, SpeakerKind
from copydesk.stages.speakers import distinct_spans, mentions_in_order, slug
from copydesk.stages.trusted import trusted_source

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
# The kinds, read from the module's statics in the compiled build (as in the speakers stage).
_MENTION_MEDIA: Final = MentionKind.MEDIA
_MENTION_ORGANISATION: Final = MentionKind.ORGANISATION
_MENTION_PRONOUN: Final = MentionKind.PRONOUN
_SOURCE_MEDIA: Final = SourceKind.MEDIA
_SOURCE_ORGANISATION: Final = SourceKind.ORGANISATION
_SOURCE_PERSON: Final = SourceKind.PERSON
_SPEAKER_PERSON: Final = SpeakerKind.PERSON

_LEADING_ARTICLE = re.compile(r"(?i)^(?:the|a|an|another|one) ")


@dataclasses.dataclass(init=False, eq=False)
class _Draft:
    """A source being gathered (local to one article).

    The ``__init__`` is written out: mypyc compiles it, where the one
    dataclasses generates stays interpreted.
    """

    name: str
    kind: SourceKind
    speaker: str | None
    mentions: list[Span]
    quotes: list[int]

    def __init__(
        self,
        name: str,
        kind: SourceKind,
        speaker: str | None = None,
        mentions: list[Span] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.speaker = speaker
        self.mentions = mentions if mentions is not None else []
        self.quotes = []

    def freeze(self, ident: str) -> Source:
        return trusted_source(
            ident,
            self.name,
            self.kind,
            self.speaker,
            distinct_spans(self.mentions),
            tuple(sorted(set(self.quotes))),
        )


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
    if speaker.kind is _SPEAKER_PERSON:
        return _SOURCE_PERSON
    for span in speaker.mentions:
        mention = _mention_at(names, starts, span)
        if mention is not None and mention.kind is _MENTION_MEDIA:
            return _SOURCE_MEDIA
    return _SOURCE_ORGANISATION


def _unnamed_key(mention: Span, kind: SourceKind) -> str:
    """One source per kind and wording: every "sources said" is the same unnamed source."""
    words = _LEADING_ARTICLE.sub("", mention.text.strip()).lower()
    return f"{kind.value}:{words}"


def find_sources(doc: Document) -> list[Source]:
    """Every source of the story, with the quotes it backs."""
    ordered, starts = mentions_in_order(doc.names)
    names = tuple(ordered)
    speakers = {s.id: s for s in doc.speakers}
    drafts: dict[str, _Draft] = {}  # in the order the sources are first met
    for index, quote in enumerate(doc.quotes):
        _add_quote(index, quote, speakers, (names, starts), drafts)
    organisations = _organisation_mentions(names)
    for speaker_id in list(drafts):
        speaker = speakers.get(speaker_id)
        if speaker is None or speaker.kind is not _SPEAKER_PERSON:
            continue
        backed = drafts[speaker_id].quotes
        for affiliation in speaker.affiliations:
            spans = organisations.get(affiliation)
            if spans:
                _add_affiliation(affiliation, spans, backed, speakers, drafts)
    return [entry.freeze(_source_id(key)) for key, entry in drafts.items()]


def _add_quote(
    index: int,
    quote: Quote,
    speakers: dict[str, Speaker],
    names_and_starts: tuple[tuple[NameMention, ...], list[int]],
    drafts: dict[str, _Draft],
) -> None:
    """File one quote under its speaker's source, or an unnamed one."""
    names, starts = names_and_starts
    speaker = speakers.get(quote.speaker) if quote.speaker else None
    if speaker is not None:
        entry = drafts.get(speaker.id)
        if entry is None:
            kind = _speaker_kind(speaker, names, starts)
            entry = _Draft(speaker.name, kind, speaker.id, list(speaker.mentions))
            drafts[speaker.id] = entry
        entry.quotes.append(index)
        return
    mention = quote.speaker_mention
    if mention is None:
        return
    found = _mention_at(names, starts, mention)
    if found is None or found.kind not in _KIND_OF_MENTION or found.kind is _MENTION_PRONOUN:
        return
    kind = _KIND_OF_MENTION[found.kind]
    span = found.span
    key = _unnamed_key(span, kind)
    entry = drafts.get(key)
    if entry is None:
        entry = drafts[key] = _Draft(_LEADING_ARTICLE.sub("", span.text.strip()), kind)
    entry.mentions.append(span)
    entry.quotes.append(index)


def _organisation_mentions(names: tuple[NameMention, ...]) -> dict[str, list[Span]]:
    """Spans of every capitalised organisation name, by the name without "the"."""
    out: dict[str, list[Span]] = {}
    for mention in names:
        if mention.kind is _MENTION_ORGANISATION:
            name = _LEADING_ARTICLE.sub("", mention.span.text)
            if name[:1].isupper():
                out.setdefault(name, []).append(mention.span)
    return out


def _add_affiliation(
    affiliation: str,
    spans: list[Span],
    backed: list[int],
    speakers: dict[str, Speaker],
    drafts: dict[str, _Draft],
) -> None:
    """The body a quoted person speaks for backs that person's quotes too."""
    speaker_id = slug(affiliation)
    entry = drafts.get(speaker_id)
    if entry is None:
        linked = speaker_id if speaker_id in speakers else None
        entry = _Draft(affiliation, _SOURCE_ORGANISATION, linked, list(spans))
        drafts[speaker_id] = entry
    entry.quotes.extend(backed)


def _source_id(key: str) -> str:
    return slug(key)
