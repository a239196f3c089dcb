"""The seed articles against their reviewed expected output.

Each ``seeds/<name>.txt`` has a ``seeds/<name>.expected.json`` that a person
read line by line against the article. A change to any stage that moves a
quote, a speaker, a source or a date on a seed shows up here as a diff; if the
change is an improvement, regenerate the file and review the diff before
committing it::

    python -c "import json, copydesk.serialize as s, copydesk as c; \\
      print(json.dumps(s.to_dict(c.Parser(entry_points=False).parse(open('seeds/X.txt').read())), \\
      indent=2, ensure_ascii=False, sort_keys=True))" > seeds/X.expected.json

The semantic tests below pin what the reviewer checked, so a regenerated file
cannot quietly accept a regression on the points that matter.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from copydesk import Article, Parser
from copydesk.serialize import from_dict, to_dict

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))
TEHRAN = "000_f649a5ac215094b6"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(entry_points=False)


@pytest.fixture(scope="module")
def tehran(parser: Parser) -> Article:
    return parser.parse((SEEDS / f"{TEHRAN}.txt").read_text(encoding="utf-8"))


def test_every_seed_has_reviewed_output():
    assert SEED_NAMES, "no seed articles found"
    for name in SEED_NAMES:
        assert (SEEDS / f"{name}.expected.json").exists(), name


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_parses_to_its_expected_output(parser, name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((SEEDS / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert to_dict(parser.parse(text)) == expected


@pytest.mark.parametrize("name", SEED_NAMES)
def test_expected_output_is_a_valid_article(name):
    expected = json.loads((SEEDS / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = from_dict(expected)
    assert to_dict(article) == expected


def test_header_is_read_from_the_metadata_line(tehran):
    assert tehran.published == date(2025, 12, 7)
    assert tehran.dateline is not None
    assert tehran.dateline.location == "TEHRAN"


def test_both_spellings_of_the_spokesman_are_one_speaker(tehran):
    spokesman = next(s for s in tehran.speakers if s.id == "esmaeil-baqaai")
    assert spokesman.name == "Esmaeil Baqaai"
    assert "Baqai" in spokesman.aliases
    assert "spokesperson for the Ministry of Foreign Affairs" in spokesman.roles
    assert [q.speaker for q in tehran.quotes].count("esmaeil-baqaai") == 3


def test_the_minister_is_named_and_holds_his_role(tehran):
    minister = next(s for s in tehran.speakers if s.id == "abbas-araghchi")
    assert minister.roles == ("Foreign Minister of the Islamic Republic of Iran",)
    assert [q.speaker for q in tehran.quotes].count("abbas-araghchi") == 5


def test_pronoun_speakers_resolve_to_the_person_last_named(tehran):
    by_pronoun = {
        q.content.text[:20]: q.speaker
        for q in tehran.quotes
        if q.speaker_mention is not None and q.speaker_mention.text.lower() == "he"
    }
    assert by_pronoun == {
        '"Our relationship wi': "esmaeil-baqaai",
        "“Iran’s policy is to": "abbas-araghchi",
        "that geographic prox": "abbas-araghchi",
        "Tehran’s respect for": "abbas-araghchi",
    }


def test_quote_kinds(tehran):
    kinds = [q.kind.value for q in tehran.quotes]
    assert kinds.count("direct") == 2
    assert kinds.count("indirect") == 6


def test_relative_dates_resolve_against_the_publication_date(tehran):
    values = {d.text: (d.type.value, d.value) for d in tehran.dates}
    assert values["Sunday"] == ("DATE", "2025-12-07")
    assert values["October 21"] == ("DATE", "2025-10-21")
    assert values["the past three decades"] == ("DURATION", "P30Y")


def test_the_ministry_is_a_source(tehran):
    ministry = next(s for s in tehran.sources if s.id == "ministry-of-foreign-affairs")
    assert ministry.kind.value == "organisation"


def test_mentioned_people_who_say_nothing_are_still_speakers(tehran):
    ids = {s.id for s in tehran.speakers}
    assert {"khalaf-khalafov", "ilham-aliyev"} <= ids
    quoted = {q.speaker for q in tehran.quotes}
    assert not quoted & {"khalaf-khalafov", "ilham-aliyev"}
