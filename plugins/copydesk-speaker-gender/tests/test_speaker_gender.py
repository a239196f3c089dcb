"""Speaker gender and the diversity summary, on articles built by hand and on the seed."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from copydesk import Article, Parser, Quote, QuoteKind, Span, Speaker, SpeakerKind

import copydesk_speaker_gender
from copydesk_speaker_gender import call_gender, first_name_gender

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_f649a5ac215094b6.txt"


def spans_of(text: str, *words: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of each of ``words``, in text order."""
    found = [
        Span.of(text, match.start(), match.end())
        for word in words
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    ]
    return tuple(sorted(found))


def speaker(
    text: str, name: str, *mentions: str, kind: SpeakerKind = SpeakerKind.PERSON
) -> Speaker:
    return Speaker(id="s1", name=name, kind=kind, mentions=spans_of(text, *mentions))


def enrich(article: Article) -> list[Any]:
    return list(copydesk_speaker_gender.copydesk_enrich_article(article))


CASES = [
    (
        "Sara Lind spoke first. She said the plan works.",
        "Sara Lind",
        ("Sara Lind", "She"),
        "female",
        "pronoun and first name agree",
    ),
    (
        "Karim Vahdat spoke. He said no. His aides agreed.",
        "Karim Vahdat",
        ("Karim Vahdat", "He", "His"),
        "male",
        "subject and possessive pronouns",
    ),
    ("Ms. Okafor said the vote was fair.", "Okafor", ("Ms. Okafor",), "female", "honorific"),
    ("Mr. Tan said the vote was fair.", "Tan", ("Mr. Tan",), "male", "honorific"),
    (
        "Zyxq Blorf said the vote was fair. He left.",
        "Zyxq Blorf",
        ("Zyxq Blorf", "He"),
        "male",
        "one pronoun is enough",
    ),
    (
        "Zyxq Blorf said the vote was fair.",
        "Zyxq Blorf",
        ("Zyxq Blorf",),
        "unknown",
        "no evidence at all",
    ),
    (
        "Robin Hale said the vote was fair.",
        "Robin Hale",
        ("Robin Hale",),
        "unknown",
        "a 'mostly' first name alone is weak",
    ),
    (
        "Maria Costa spoke. He said the vote was fair.",
        "Maria Costa",
        ("Maria Costa", "He"),
        "unknown",
        "first name and pronoun conflict",
    ),
    (
        "Maria Costa spoke. She said so. She added more. She left. He stayed.",
        "Maria Costa",
        ("Maria Costa", "She", "He"),
        "female",
        "one stray pronoun is outweighed",
    ),
    (
        "President Ilham Aliyev said the talks went well.",
        "President Ilham Aliyev",
        ("President Ilham Aliyev",),
        "male",
        "title skipped before the first name",
    ),
    (
        "Esmaeil Baqaai spoke on Sunday. He emphasized the ties.",
        "Esmaeil Baqaai",
        ("Esmaeil Baqaai", "He"),
        "male",
        "seed pattern: spokesman then He",
    ),
    (
        "Abbas Araghchi stressed the ties, he said.",
        "Abbas Araghchi",
        ("Abbas Araghchi", "he"),
        "male",
        "seed pattern: lower-case he",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "mentions", "expected", "why"), CASES, ids=[c[4] for c in CASES]
)
def test_speaker_gender(
    text: str, name: str, mentions: tuple[str, ...], expected: str, why: str
) -> None:
    person = speaker(text, name, *mentions)
    (found, _summary) = enrich(Article(text=text, speakers=(person,)))
    assert found.kind == "speaker_gender"
    assert found.data["speaker"] == "s1"
    assert found.data["gender"] == expected, (why, found.data["evidence"])
    assert found.span == person.mentions[0]


def test_evidence_lists_cues_with_counts() -> None:
    text = "Mr. Vahdat spoke. He said no. He left. His aides stayed."
    person = speaker(text, "Karim Vahdat", "Mr. Vahdat", "He", "His")
    call = call_gender(person)
    assert call.gender == "male"
    assert call.reason == "agreeing evidence"
    cues = {(cue.cue, cue.gender): cue for cue in call.cues}
    assert cues[("honorific", "male")].count == 1
    assert cues[("honorific", "male")].words == ("Mr.",)
    assert cues[("pronoun", "male")].count == 3
    assert cues[("pronoun", "male")].words == ("He", "He", "His")
    assert cues[("first_name", "male")].words == ("Karim",)
    assert cues[("first_name", "male")].source == "gender-guesser:male"


def test_conflict_keeps_both_sides_of_the_evidence() -> None:
    text = "Maria Costa spoke. He said the vote was fair."
    (found, _summary) = enrich(
        Article(text=text, speakers=(speaker(text, "Maria Costa", "Maria Costa", "He"),))
    )
    assert found.data["reason"] == "conflicting evidence"
    assert {(e["cue"], e["gender"]) for e in found.data["evidence"]} == {
        ("pronoun", "male"),
        ("first_name", "female"),
    }
    assert found.data["scores"] == {"male": 1.0, "female": 1.0}


def test_organisation_is_not_gendered() -> None:
    text = "The Ministry of Health said it would act."
    body = speaker(
        text, "Ministry of Health", "The Ministry of Health", "it", kind=SpeakerKind.ORGANISATION
    )
    (found, summary) = enrich(Article(text=text, speakers=(body,)))
    assert (found.data["gender"], found.data["reason"]) == ("unknown", "organisation")
    assert found.data["evidence"] == []
    assert summary.data["speakers"]["organisation"] == 1


FIRST_NAME_CASES = [
    ("Esmaeil", ("male", "copydesk first names", 1.0), "gender-guesser does not know it"),
    ("Bernie", ("male", "copydesk first names", 1.0), "copydesk's list before a 'mostly'"),
    ("Fatemeh", ("female", "gender-guesser:female", 1.0), "long tail from gender-guesser"),
    ("Robin", ("male", "gender-guesser:mostly_male", 0.5), "a 'mostly' answer weighs half"),
    ("Zyxq", None, "nobody knows it"),
]


@pytest.mark.parametrize(
    ("first", "expected", "why"), FIRST_NAME_CASES, ids=[c[2] for c in FIRST_NAME_CASES]
)
def test_first_name_sources(first: str, expected: tuple[str, str, float] | None, why: str) -> None:
    cue = first_name_gender(first)
    found = None if cue is None else (cue.gender, cue.source, cue.weight)
    assert found == expected, why


def _quote(text: str, content: str, speaker_id: str | None) -> Quote:
    start = text.index(content)
    return Quote(QuoteKind.DIRECT, Span.of(text, start, start + len(content)), speaker=speaker_id)


def test_summary_counts_quotes_and_words_by_gender() -> None:
    text = (
        '"We will win," Sara Lind said. She smiled. '
        '"Not this year," Karim Vahdat said. He left. '
        '"No comment," the ministry said. '
        '"It is over now," someone shouted.'
    )
    sara = Speaker("sara", "Sara Lind", mentions=spans_of(text, "Sara Lind", "She"))
    karim = Speaker("karim", "Karim Vahdat", mentions=spans_of(text, "Karim Vahdat", "He"))
    ministry = Speaker(
        "ministry",
        "the ministry",
        kind=SpeakerKind.ORGANISATION,
        mentions=spans_of(text, "the ministry"),
    )
    quotes = (
        _quote(text, '"We will win,"', "sara"),
        _quote(text, '"Not this year,"', "karim"),
        _quote(text, '"No comment,"', "ministry"),
        _quote(text, '"It is over now,"', None),
    )
    article = Article(text=text, speakers=(sara, karim, ministry), quotes=quotes)
    *per_speaker, summary = enrich(article)
    assert [e.data["gender"] for e in per_speaker] == ["female", "male", "unknown"]
    assert summary.kind == "gender_summary"
    assert summary.span is None
    assert summary.data == {
        "speakers": {"female": 1, "male": 1, "unknown": 0, "organisation": 1},
        "quotes": {"female": 1, "male": 1, "unknown": 0, "organisation": 1, "unattributed": 1},
        "words_quoted": {
            "female": 3,
            "male": 3,
            "unknown": 0,
            "organisation": 2,
            "unattributed": 4,
        },
    }


def test_article_without_speakers_still_gets_a_summary() -> None:
    (summary,) = enrich(Article(text="Nothing was said."))
    assert summary.data["speakers"] == {"female": 0, "male": 0, "unknown": 0, "organisation": 0}


def test_seed_end_to_end_pronouns_from_the_speakers_stage() -> None:
    """Needs the built-in speakers stage to fold "He"/"he" into the speakers."""
    parser = Parser(plugins=[copydesk_speaker_gender], entry_points=False)
    article = parser.parse(SEED.read_text(encoding="utf-8"))
    assert not article.diagnostics
    genders = {e.data["speaker"]: e.data for e in article.enrichments if e.kind == "speaker_gender"}
    for speaker_id in ("abbas-araghchi", "esmaeil-baqaai"):
        assert genders[speaker_id]["gender"] == "male"
        pronouns = [e for e in genders[speaker_id]["evidence"] if e["cue"] == "pronoun"]
        assert pronouns and pronouns[0]["gender"] == "male" and pronouns[0]["count"] >= 1
    (summary,) = [e for e in article.enrichments if e.kind == "gender_summary"]
    assert sum(summary.data["quotes"].values()) == len(article.quotes)
    assert summary.data["quotes"]["male"] >= 2
    assert summary.data["quotes"]["female"] == 0


def test_installed_entry_point_is_found() -> None:
    names = {ep.name: ep.value for ep in metadata.entry_points(group="copydesk")}
    assert names.get("speaker-gender") == "copydesk_speaker_gender"
    article = Parser().parse('"Yes," Sara Lind said.')
    assert {e.plugin for e in article.enrichments if e.kind == "gender_summary"} == {
        "speaker-gender"
    }
