"""Places and datelines resolved through copydesk's public API."""

from __future__ import annotations

import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from copydesk import Article, Dateline, Parser, Span, Speaker, SpeakerKind

import copydesk_places

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_f649a5ac215094b6.txt"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(plugins=[copydesk_places], entry_points=False)


def places(article: Article) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.span.text if e.span else "", e.data["name"], e.data["country_code"], e.data["kind"])
        for e in article.enrichments
        if e.kind == "places" and e.data["role"] == "mention"
    ]


CASES = [
    (
        "The minister left Tehran for Baku on Sunday.",
        [("Tehran", "Tehran", "IR", "city"), ("Baku", "Baku", "AZ", "city")],
        "two capitals",
    ),
    (
        "Ties between Iran and Azerbaijan are close.",
        [("Iran", "Iran", "IR", "country"), ("Azerbaijan", "Azerbaijan", "AZ", "country")],
        "countries joined by a connector",
    ),
    (
        "Stability in the South Caucasus matters.",
        [("South Caucasus", "South Caucasus", None, "region")],
        "a region from the plugin's data, without 'the'",
    ),
    (
        "He spoke of Iran-Azerbaijan relations.",
        [("Iran", "Iran", "IR", "country"), ("Azerbaijan", "Azerbaijan", "AZ", "country")],
        "hyphenated pair read part by part",
    ),
    (
        "A Tehran-based group filed it.",
        [("Tehran", "Tehran", "IR", "city")],
        "place in a hyphenated adjective",
    ),
    (
        "It is Tehran’s policy.",
        [("Tehran", "Tehran", "IR", "city")],
        "possessive kept out of the span",
    ),
    (
        "In Tehran, officials met.",
        [("Tehran", "Tehran", "IR", "city")],
        "sentence opener does not make a bigger name",
    ),
    (
        "Tehran Mayor Ali Rahimi spoke.",
        [("Tehran", "Tehran", "IR", "city")],
        "a role word does not make a bigger name",
    ),
    ("The Tehran Times reported it.", [], "a newspaper named after a city"),
    ("Paris Hilton arrived.", [], "a city as a first name"),
    ("Police said most roads were open.", [], "a town name that is an ordinary word"),
    ("They told us nothing.", [], "lower-case 'us' is no country"),
    (
        "The U.S. and the UK agreed.",
        [
            ("U.S.", "United States", "US", "country"),
            ("UK", "United Kingdom", "GB", "country"),
        ],
        "aliases from the plugin's data",
    ),
    (
        "Tankers crossed the Strait of Hormuz.",
        [("Strait of Hormuz", "Strait of Hormuz", None, "region")],
        "connector inside a name",
    ),
    (
        "She flew to New York and then Bosnia and Herzegovina.",
        [
            ("New York", "New York City", "US", "city"),
            ("Bosnia and Herzegovina", "Bosnia and Herzegovina", "BA", "country"),
        ],
        "multi-word names, longest first",
    ),
    (
        "Talks were held in Tripoli.",
        [("Tripoli", "Tripoli", "LY", "city")],
        "ambiguous city: the most populous wins",
    ),
    (
        "Georgia joined the talks.",
        [("Georgia", "Georgia", "GE", "country")],
        "a country beats a US state of the same name",
    ),
    ("Judge Merrick Garland spoke.", [], "two towns side by side are a person"),
    ("Marco Rubio spoke. Later Rubio left.", [], "a surname seen in a full name"),
    (
        "Charles B. Rangel of New York spoke.",
        [("New York", "New York City", "US", "city")],
        "an initial keeps the name together",
    ),
    ("Selma said no.", [], "a small town outside a place slot"),
    ("Obama, Biden to campaign.", [], "a comma before a person is no place slot"),
    (
        "Voters in the town said Ames, Iowa, was ready.",
        [("Ames", "Ames", "US", "city"), ("Iowa", "Iowa", "US", "us_state")],
        "town, state",
    ),
    (
        "She grew up in Selma and left.",
        [("Selma", "Selma", "US", "city")],
        "a small town after 'in'",
    ),
    ("Thank God it is over.", [], "accents are dropped for big cities only"),
    ("He spoke at the White House on Tuesday.", [], "a translated other name of a city"),
    ("He trails by five points, according to Gallup.", [], "a source after 'according to'"),
    (
        "Flights from Sao Paulo resumed.",
        [("Sao Paulo", "São Paulo", "BR", "city")],
        "a big city without its accent",
    ),
    (
        "Voters in Texas, Ohio and Georgia went to the polls.",
        [
            ("Texas", "Texas", "US", "us_state"),
            ("Ohio", "Ohio", "US", "us_state"),
            ("Georgia", "Georgia", "US", "us_state"),
        ],
        "in a story set in the US, Georgia is the state",
    ),
    (
        "Russia and Georgia signed a deal in Tbilisi.",
        [
            ("Russia", "Russia", "RU", "country"),
            ("Georgia", "Georgia", "GE", "country"),
            ("Tbilisi", "Tbilisi", "GE", "city"),
        ],
        "and elsewhere the country",
    ),
    (
        "Crowds in Texas and Alabama cheered in Birmingham.",
        [
            ("Texas", "Texas", "US", "us_state"),
            ("Alabama", "Alabama", "US", "us_state"),
            ("Birmingham", "Birmingham", "US", "city"),
        ],
        "a home-country namesake of comparable size",
    ),
    (
        "He flew from Ohio to London and Texas.",
        [
            ("Ohio", "Ohio", "US", "us_state"),
            ("London", "London", "GB", "city"),
            ("Texas", "Texas", "US", "us_state"),
        ],
        "a far smaller namesake is not taken",
    ),
    (
        "Officials in Teheran denied it.",
        [("Teheran", "Tehran", "IR", "city")],
        "alternate spelling of a big city",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_places_in_text(parser: Parser, text: str, expected: list[Any], why: str) -> None:
    article = parser.parse(text)
    assert not article.diagnostics
    assert places(article) == expected, why
    for enrichment in article.enrichments:
        assert enrichment.span is not None
        assert text[enrichment.span.start : enrichment.span.end] == enrichment.span.text


def test_seed_dateline_and_mentions(parser: Parser) -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parser.parse(text)
    assert not article.diagnostics
    dateline = [e for e in article.enrichments if e.data["role"] == "dateline"]
    assert len(dateline) == 1
    assert dateline[0].span is not None and dateline[0].span.text == "TEHRAN"
    assert dateline[0].data["country_code"] == "IR"
    assert dateline[0].data["country"] == "Iran"
    assert dateline[0].data["geonameid"] == 112931
    assert dateline[0].plugin == "copydesk_places"
    found = {(text, name, code) for text, name, code, _ in places(article)}
    assert ("Tehran", "Tehran", "IR") in found
    assert ("Baku", "Baku", "AZ") in found
    assert ("Azerbaijan", "Azerbaijan", "AZ") in found
    assert ("South Caucasus", "South Caucasus", None) in found
    assert ("Islamic Republic of Iran", "Iran", "IR") in found
    names = {name for _, name, _, _ in places(article)}
    assert names == {"Tehran", "Baku", "Azerbaijan", "Iran", "Caucasus", "South Caucasus"}


def test_enrichment_data_shape(parser: Parser) -> None:
    article = parser.parse("Talks in Baku.")
    (enrichment,) = article.enrichments
    assert enrichment.kind == "places"
    data = dict(enrichment.data)
    assert data["geonameid"] == 587084
    assert data["country_codes"] == ["AZ"]
    assert data["country"] == "Azerbaijan"
    assert round(data["latitude"]) == 40 and round(data["longitude"]) == 50
    assert data["population"] > 1_000_000
    assert data["source"] == "geonames"
    assert data["coordinates"] == "point"


def test_country_is_placed_at_its_capital(parser: Parser) -> None:
    (enrichment,) = parser.parse("Talks with Azerbaijan resumed.").enrichments
    data = dict(enrichment.data)
    assert (data["kind"], data["geonameid"], data["capital"]) == ("country", 587116, "Baku")
    assert data["coordinates"] == "capital"
    baku = copydesk_places.load_gazetteer().find("Baku")
    assert baku is not None
    assert (data["latitude"], data["longitude"]) == (baku.latitude, baku.longitude)


def test_region_lists_its_countries(parser: Parser) -> None:
    (enrichment,) = parser.parse("Peace in the South Caucasus.").enrichments
    assert enrichment.data["country_codes"] == ["AM", "AZ", "GE"]
    assert enrichment.data["geonameid"] is None
    assert enrichment.data["source"] == "copydesk-places regions"
    assert enrichment.data["coordinates"] == "centroid"


def _article(text: str, speakers: tuple[Speaker, ...], dateline: Dateline | None = None) -> Article:
    return Article(text=text, speakers=speakers, dateline=dateline)


def _span(text: str, words: str, start: int = 0) -> Span:
    offset = text.index(words, start)
    return Span.of(text, offset, offset + len(words))


SPEAKER_CASES = [
    ("Jordan Henderson spoke. Jordan said the team won.", "Jordan Henderson", [], "Jordan"),
    (
        "Florence Parly spoke. Florence said talks in Florence went well.",
        "Florence Parly",
        [],
        "Florence",
    ),
    ("Israel Katz spoke. Katz said Israel would reply.", "Israel Katz", ["Israel"], "Katz"),
]


@pytest.mark.parametrize(
    ("text", "name", "expected", "mention"), SPEAKER_CASES, ids=[c[1] for c in SPEAKER_CASES]
)
def test_names_of_quoted_people_are_not_places(
    text: str, name: str, expected: list[str], mention: str
) -> None:
    later = _span(text, mention, len(name))
    speaker = Speaker(
        id="p1", name=name, kind=SpeakerKind.PERSON, mentions=(_span(text, name), later)
    )
    found = [
        e.data["name"] for e in copydesk_places.copydesk_enrich_article(_article(text, (speaker,)))
    ]
    assert found == expected


def test_country_in_a_role_mention_is_kept() -> None:
    text = "The Foreign Minister of Iran left."
    speaker = Speaker(
        id="p1",
        name="Abbas Araghchi",
        kind=SpeakerKind.PERSON,
        mentions=(_span(text, "The Foreign Minister of Iran"),),
    )
    enrichments = list(copydesk_places.copydesk_enrich_article(_article(text, (speaker,))))
    assert [e.data["name"] for e in enrichments] == ["Iran"]


def test_dateline_by_hand() -> None:
    text = "NEW YORK – Markets rose."
    dateline = Dateline(span=Span.of(text, 0, 10), location="NEW YORK")
    (enrichment,) = copydesk_places.copydesk_enrich_article(_article(text, (), dateline))
    assert enrichment.data["role"] == "dateline"
    assert enrichment.span == Span.of(text, 0, 8)
    assert enrichment.data["name"] == "New York City"


def test_unknown_dateline_gives_nothing() -> None:
    text = "SOMEWHERE – Markets rose."
    dateline = Dateline(span=Span.of(text, 0, 11), location="SOMEWHERE")
    assert list(copydesk_places.copydesk_enrich_article(_article(text, (), dateline))) == []


def test_gazetteer_is_not_built_at_import() -> None:
    code = "import copydesk_places; print(copydesk_places.load_gazetteer.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_gazetteer_is_built_once() -> None:
    assert copydesk_places.load_gazetteer() is copydesk_places.load_gazetteer()


def test_installed_entry_point_is_found() -> None:
    names = {ep.name: ep.value for ep in metadata.entry_points(group="copydesk")}
    assert names.get("places") == "copydesk_places"
    article = Parser().parse("Talks in Baku.")
    assert [e.plugin for e in article.enrichments if e.kind == "places"] == ["places"]


LINEAR_UNITS = [
    "Tehran Baku Minister Araghchi President Aliyev ",
    "Iran-Azerbaijan-Georgia ",
    "in Selma, in Novi and the U.S. A. B. ",
]


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        list(copydesk_places.copydesk_enrich_article(Article(text=text)))
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", LINEAR_UNITS)
def test_time_grows_linearly(unit: str) -> None:
    copydesk_places.load_gazetteer()
    small, large = unit * (20_000 // len(unit)), unit * (80_000 // len(unit))
    ratio = _best_time(large) / max(_best_time(small), 1e-4)
    assert ratio < 10, f"4x the text took {ratio:.1f}x the time"
