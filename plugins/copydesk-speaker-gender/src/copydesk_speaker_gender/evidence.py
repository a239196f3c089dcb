"""Evidence of a speaker's gender, and the call it supports.

Three cues, strongest first: a courtesy title ("Mr.", "Ms.") in a mention,
the name or an alias; the pronouns coreference folded into the speaker
("he", "her"); and the first name, as copydesk's first-name lists (or,
failing them, gender-guesser) read it. Each cue is kept with its count so a
newsroom can audit the call, and the call is "unknown" when the evidence is
weak (no cue, or only a "mostly" first name) or conflicting (the losing side
has at least a third of the winner's weight), because a wrong gender in a
diversity count is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import attrs
import gender_guesser.detector  # type: ignore[import-untyped]
from copydesk import Speaker, SpeakerKind
from copydesk.lexicon import builtin_list_names, read_builtin_list

__all__ = [
    "FEMALE",
    "MALE",
    "UNKNOWN",
    "Cue",
    "GenderCall",
    "WordLists",
    "call_gender",
    "first_name_gender",
    "speaker_cues",
    "word_lists",
]

MALE, FEMALE, UNKNOWN = "male", "female", "unknown"

HONORIFIC_WEIGHT = 2.0
PRONOUN_WEIGHT = 1.0
FIRST_NAME_WEIGHT = 1.0
MOSTLY_FIRST_NAME_WEIGHT = 0.5
ENOUGH = 1.0
"""The least weight a call needs: one pronoun, one title or one clear first name."""
CONFLICT_RATIO = 1 / 3
"""The losing side's share of the winner's weight at which the call becomes unknown."""

_GUESSER_ANSWERS = {
    "male": (MALE, FIRST_NAME_WEIGHT),
    "female": (FEMALE, FIRST_NAME_WEIGHT),
    "mostly_male": (MALE, MOSTLY_FIRST_NAME_WEIGHT),
    "mostly_female": (FEMALE, MOSTLY_FIRST_NAME_WEIGHT),
}
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*\.?")


@attrs.frozen
class WordLists:
    """copydesk's own word lists the cues are read with, case-folded."""

    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    titles: frozenset[str]
    male_first_names: frozenset[str]
    female_first_names: frozenset[str]


def _core_list(name: str) -> frozenset[str]:
    if name not in builtin_list_names():
        return frozenset()
    return frozenset(entry.split("=", 1)[0].casefold() for entry in read_builtin_list(name))


@cache
def word_lists() -> WordLists:
    """The lists, read once per process from the ones copydesk ships.

    ``copydesk_enrich_article`` receives no lexicon, so the shipped lists are
    read directly; words other plugins register do not reach this plugin.
    """
    return WordLists(
        male_pronouns=_core_list("pronouns_male"),
        female_pronouns=_core_list("pronouns_female"),
        male_honorifics=_core_list("honorifics_male"),
        female_honorifics=_core_list("honorifics_female"),
        titles=_core_list("titles"),
        male_first_names=_core_list("first_names_male"),
        female_first_names=_core_list("first_names_female"),
    )


@cache
def _detector() -> Any:
    """gender-guesser's detector: reading its name file takes about a second, so once."""
    return gender_guesser.detector.Detector(case_sensitive=False)


@attrs.frozen
class Cue:
    """One kind of evidence for one gender: what it is, how often, and the words."""

    cue: str
    gender: str
    count: int
    weight: float
    words: tuple[str, ...] = ()
    source: str | None = None

    def as_data(self) -> dict[str, Any]:
        """JSON-ready form for the enrichment."""
        data: dict[str, Any] = {
            "cue": self.cue,
            "gender": self.gender,
            "count": self.count,
            "weight": self.weight,
            "words": list(self.words),
        }
        if self.source is not None:
            data["source"] = self.source
        return data


@attrs.frozen
class GenderCall:
    """The gender a speaker is counted under, why, and the evidence behind it."""

    gender: str
    reason: str
    cues: tuple[Cue, ...]
    scores: tuple[tuple[str, float], ...]


def _words(text: str) -> list[str]:
    return _NAME_WORD.findall(text)


def _bare(word: str) -> str:
    return word.rstrip(".").casefold()


def _pronoun_cues(mentions: Iterable[str], lists: WordLists) -> list[Cue]:
    found: dict[str, list[str]] = {MALE: [], FEMALE: []}
    for text in mentions:
        word = text.strip().casefold()
        if word in lists.male_pronouns:
            found[MALE].append(text)
        elif word in lists.female_pronouns:
            found[FEMALE].append(text)
    return [
        Cue("pronoun", gender, len(words), PRONOUN_WEIGHT * len(words), tuple(words))
        for gender, words in found.items()
        if words
    ]


def _honorific_cues(texts: Iterable[str], lists: WordLists) -> list[Cue]:
    found: dict[str, list[str]] = {MALE: [], FEMALE: []}
    for text in texts:
        words = _words(text)
        if not words:
            continue
        first = _bare(words[0])
        if first in lists.male_honorifics:
            found[MALE].append(words[0])
        elif first in lists.female_honorifics:
            found[FEMALE].append(words[0])
    return [
        Cue("honorific", gender, len(words), HONORIFIC_WEIGHT * len(words), tuple(words))
        for gender, words in found.items()
        if words
    ]


def _given_name(name: str, lists: WordLists) -> str | None:
    """The first name in a full name, past titles: "President Ilham Aliyev" -> "Ilham".

    A name of one word is taken for a surname and gives no first name.
    """
    words = _words(name)
    while words and (_bare(words[0]) in lists.titles or _bare(words[0]) in _all_honorifics(lists)):
        words = words[1:]
    if len(words) < 2 or words[0].endswith(".") or len(words[0]) < 2:
        return None
    return words[0]


def _all_honorifics(lists: WordLists) -> frozenset[str]:
    return lists.male_honorifics | lists.female_honorifics


def first_name_gender(first: str, lists: WordLists | None = None) -> Cue | None:
    """What a first name says: copydesk's first-name lists, then gender-guesser.

    copydesk's lists are short and chosen for news ("Bernie" and "Lindsey" are
    men there, "mostly female" to gender-guesser), so they speak first;
    gender-guesser covers the long tail of names they lack.
    """
    lists = lists or word_lists()
    key = first.casefold()
    in_male, in_female = key in lists.male_first_names, key in lists.female_first_names
    if in_male != in_female:
        gender = MALE if in_male else FEMALE
        return Cue("first_name", gender, 1, FIRST_NAME_WEIGHT, (first,), "copydesk first names")
    answer = str(_detector().get_gender(first))
    if answer in _GUESSER_ANSWERS:
        gender, weight = _GUESSER_ANSWERS[answer]
        return Cue("first_name", gender, 1, weight, (first,), f"gender-guesser:{answer}")
    return None


def speaker_cues(speaker: Speaker, lists: WordLists | None = None) -> tuple[Cue, ...]:
    """Every cue to a speaker's gender, strongest kind first."""
    lists = lists or word_lists()
    mention_texts = [span.text for span in speaker.mentions]
    cues = _honorific_cues([*mention_texts, speaker.name, *speaker.aliases], lists)
    cues += _pronoun_cues(mention_texts, lists)
    given = _given_name(speaker.name, lists)
    first = first_name_gender(given, lists) if given is not None else None
    if first is not None:
        cues.append(first)
    return tuple(cues)


def _decide(scores: dict[str, float]) -> tuple[str, str]:
    male, female = scores[MALE], scores[FEMALE]
    winner, loser = (MALE, FEMALE) if male >= female else (FEMALE, MALE)
    if scores[winner] < ENOUGH:
        return UNKNOWN, "weak evidence"
    if scores[loser] >= CONFLICT_RATIO * scores[winner]:
        return UNKNOWN, "conflicting evidence"
    return winner, "agreeing evidence" if scores[loser] == 0 else "mostly agreeing evidence"


def call_gender(speaker: Speaker, lists: WordLists | None = None) -> GenderCall:
    """The gender to count a speaker under, with every cue that went into it."""
    if speaker.kind is SpeakerKind.ORGANISATION:
        return GenderCall(UNKNOWN, "organisation", (), ((MALE, 0.0), (FEMALE, 0.0)))
    cues = speaker_cues(speaker, lists)
    scores = {MALE: 0.0, FEMALE: 0.0}
    for cue in cues:
        scores[cue.gender] += cue.weight
    gender, reason = _decide(scores)
    return GenderCall(gender, reason, cues, ((MALE, scores[MALE]), (FEMALE, scores[FEMALE])))


def cue_data(cues: Sequence[Cue]) -> list[dict[str, Any]]:
    """The cues as enrichment data."""
    return [cue.as_data() for cue in cues]
