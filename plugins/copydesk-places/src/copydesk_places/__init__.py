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

from copydesk import Article, Enrichment, hookimpl

from copydesk_places.finder import PlaceMention, dateline_place, find_places
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
