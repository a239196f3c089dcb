"""copydesk plugin: the dateline and the places a story names, resolved with GeoNames.

Each place named in the text becomes one ``places`` enrichment whose span is
where it is named, and the dateline one more (``"role": "dateline"``), with
the GeoNames id, country code, coordinates and population. The gazetteer is
built on first use, once per process.

Install it and copydesk finds it through the ``copydesk`` entry point
(``places``), or pass the module to ``copydesk.Parser(plugins=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Article, Dateline, Enrichment, Span, hookimpl

from copydesk_places.finder import PlaceMention, find_places
from copydesk_places.gazetteer import Gazetteer, Place, PlaceKind, load_gazetteer

__all__ = [
    "KIND",
    "Place",
    "PlaceKind",
    "PlaceMention",
    "copydesk_enrich_article",
    "dateline_place",
    "find_places",
    "load_gazetteer",
]

KIND = "places"
"""The ``Enrichment.kind`` of everything this plugin adds."""


def _dateline_location(text: str, dateline: Dateline) -> Span | None:
    """Where the location stands inside the dateline ("TEHRAN" in "TEHRAN –")."""
    name = dateline.location.split(",", 1)[0].strip()
    if not name:
        return None
    offset = text.find(name, dateline.span.start, dateline.span.end)
    if offset < 0:
        return None
    return Span.of(text, offset, offset + len(name))


def dateline_place(article: Article, places: Gazetteer) -> PlaceMention | None:
    """The place a story is filed from, when the gazetteer knows it."""
    if article.dateline is None:
        return None
    span = _dateline_location(article.text, article.dateline)
    if span is None:
        return None
    place = places.find(span.text)
    return None if place is None else PlaceMention(span, place)


def _enrichment(mention: PlaceMention, role: str, places: Gazetteer) -> Enrichment:
    return Enrichment(KIND, {"role": role, **places.describe(mention.place)}, span=mention.span)


@hookimpl
def copydesk_enrich_article(article: Article) -> Iterator[Enrichment]:
    """One enrichment for the dateline's place, then one per place named in the text."""
    places = load_gazetteer()
    dateline = dateline_place(article, places)
    if dateline is not None:
        yield _enrichment(dateline, "dateline", places)
    for mention in find_places(article, places):
        yield _enrichment(mention, "mention", places)
