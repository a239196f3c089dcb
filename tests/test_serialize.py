"""The JSON contract: round trip, the fields the scorer reads, the schema."""

from __future__ import annotations

import json
from datetime import date, datetime

import jsonschema
import pytest
from dateutil.relativedelta import relativedelta

from copydesk import (
    Article,
    Dateline,
    DateMention,
    Diagnostic,
    Enrichment,
    Granularity,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    SpeakerKind,
    TimexType,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)

TEXT = 'TEHRAN – "We are close," he said on Sunday at 10 a.m., after three decades.'


def full_article() -> Article:
    s = lambda a, b: Span.of(TEXT, a, b)
    return Article(
        text=TEXT,
        published=date(2025, 12, 7),
        dateline=Dateline(s(0, 8), "TEHRAN"),
        metadata={"date": "2025-12-07"},
        quotes=(Quote(QuoteKind.DIRECT, s(9, 24), s(28, 32), s(25, 27), "sp-1", 0.9),),
        speakers=(
            Speaker(
                "sp-1",
                "Abbas Araghchi",
                SpeakerKind.PERSON,
                ("Araghchi",),
                ("Foreign Minister",),
                (),
                (s(25, 27),),
            ),
        ),
        sources=(Source("sp-1", "Abbas Araghchi", SourceKind.PERSON, "sp-1", (s(25, 27),), (0,)),),
        dates=(
            DateMention(
                36,
                42,
                "Sunday",
                TimexType.DATE,
                "2025-12-07",
                date(2025, 12, 7),
                date(2025, 12, 8),
                anchor=date(2025, 12, 7),
                granularity=Granularity.DAY,
            ),
            DateMention(
                46,
                53,
                "10 a.m.",
                TimexType.TIME,
                "2025-12-07T10:00",
                datetime(2025, 12, 7, 10),
                datetime(2025, 12, 7, 11),
                granularity=Granularity.TIME,
            ),
            DateMention(
                61,
                74,
                "three decades",
                TimexType.DURATION,
                "P30Y",
                duration=relativedelta(years=30),
                extra={"calendar": "gregorian"},
            ),
        ),
        enrichments=(Enrichment("places", {"TEHRAN": {"country": "IR"}}, s(0, 6), "places"),),
        diagnostics=(Diagnostic("broken", "copydesk_find_dates", "ValueError: no"),),
    )


def test_round_trip_is_equal():
    article = full_article()
    assert from_dict(to_dict(article)) == article
    assert from_json(to_json(article)) == article


def test_json_has_the_fields_the_scorer_reads():
    data = json.loads(to_json(full_article()))
    quote = data["quotes"][0]
    assert quote["kind"] == "direct"
    assert quote["content"] == {"start": 9, "end": 24, "text": '"We are close,"'}
    assert quote["speaker_mention"]["text"] == "he"
    assert quote["speaker"] == "sp-1"
    speaker = data["speakers"][0]
    assert {"id", "name", "aliases", "mentions"} <= speaker.keys()
    first_date = data["dates"][0]
    assert {k: first_date[k] for k in ("start", "end", "text", "type", "value")} == {
        "start": 36,
        "end": 42,
        "text": "Sunday",
        "type": "DATE",
        "value": "2025-12-07",
    }
    assert data["dates"][1]["range_start"] == "2025-12-07T10:00:00"
    assert data["dates"][2]["duration"] == {"years": 30}


def test_output_validates_against_the_schema():
    jsonschema.validate(to_dict(full_article()), json_schema())
    jsonschema.validate(to_dict(Article("")), json_schema())


def test_schema_rejects_a_wrong_shape():
    bad = to_dict(full_article())
    bad["quotes"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError, match="rumour"):
        jsonschema.validate(bad, json_schema())


def test_extra_keys_such_as_id_are_ignored():
    data = {"id": "x", **to_dict(full_article())}
    assert from_dict(data) == full_article()
