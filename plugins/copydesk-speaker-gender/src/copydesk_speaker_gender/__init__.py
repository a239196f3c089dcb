"""copydesk plugin: each quoted speaker's gender, with evidence, and a diversity summary.

Newsrooms count whom they quote. For every speaker this plugin adds one
``speaker_gender`` enrichment (``female``, ``male`` or ``unknown``, with the
cues behind the call), and for the article one ``gender_summary``: speakers,
quotes and quoted words by gender.

Install it and copydesk finds it through the ``copydesk`` entry point
(``speaker-gender``), or pass the module to ``copydesk.Parser(plugins=[...])``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

from copydesk import Article, Enrichment, Speaker, SpeakerKind, hookimpl

from copydesk_speaker_gender.evidence import (
    FEMALE,
    MALE,
    UNKNOWN,
    Cue,
    GenderCall,
    call_gender,
    cue_data,
    first_name_gender,
    speaker_cues,
)

__all__ = [
    "FEMALE",
    "MALE",
    "SPEAKER_KIND",
    "SUMMARY_KIND",
    "UNKNOWN",
    "Cue",
    "GenderCall",
    "call_gender",
    "copydesk_enrich_article",
    "first_name_gender",
    "gender_summary",
    "speaker_cues",
]

SPEAKER_KIND = "speaker_gender"
SUMMARY_KIND = "gender_summary"
ORGANISATION = "organisation"
UNATTRIBUTED = "unattributed"
_BUCKETS = (FEMALE, MALE, UNKNOWN, ORGANISATION)
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def _speaker_enrichment(speaker: Speaker, call: GenderCall) -> Enrichment:
    first_mention = min(speaker.mentions, default=None)
    return Enrichment(
        SPEAKER_KIND,
        {
            "speaker": speaker.id,
            "name": speaker.name,
            "gender": call.gender,
            "reason": call.reason,
            "scores": dict(call.scores),
            "evidence": cue_data(call.cues),
        },
        span=first_mention,
    )


def _bucket(speaker: Speaker | None, calls: Mapping[str, GenderCall]) -> str:
    if speaker is None:
        return UNATTRIBUTED
    if speaker.kind is SpeakerKind.ORGANISATION:
        return ORGANISATION
    return calls[speaker.id].gender


def gender_summary(article: Article, calls: Mapping[str, GenderCall]) -> dict[str, object]:
    """Speakers, quotes and quoted words counted by the gender of who said them.

    Organisations are counted apart from people, and quotes no one could be
    named for apart from both, so the shares of women and men are shares of
    people quoted.
    """
    speakers: Counter[str] = Counter(dict.fromkeys(_BUCKETS, 0))
    for speaker in article.speakers:
        speakers[_bucket(speaker, calls)] += 1
    quotes: Counter[str] = Counter(dict.fromkeys((*_BUCKETS, UNATTRIBUTED), 0))
    words: Counter[str] = Counter(dict.fromkeys((*_BUCKETS, UNATTRIBUTED), 0))
    for quote in article.quotes:
        bucket = _bucket(article.speaker(quote.speaker), calls)
        quotes[bucket] += 1
        words[bucket] += len(_WORD.findall(quote.content.text))
    return {
        "speakers": dict(speakers),
        "quotes": dict(quotes),
        "words_quoted": dict(words),
    }


@hookimpl
def copydesk_enrich_article(article: Article) -> Iterator[Enrichment]:
    """One ``speaker_gender`` per speaker, then the article's ``gender_summary``."""
    calls = {speaker.id: call_gender(speaker) for speaker in article.speakers}
    for speaker in article.speakers:
        yield _speaker_enrichment(speaker, calls[speaker.id])
    yield Enrichment(SUMMARY_KIND, gender_summary(article, calls))
