"""Quotes stage: direct, indirect and mixed attributions with their cues."""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Quote


def find_quotes(doc: Document) -> list[Quote]:
    """Every attribution in the story, in order, speakers not yet resolved."""
    return []


@hookimpl(trylast=True)
def copydesk_find_quotes(doc: Document) -> Iterable[Quote]:
    """Built-in quote finder; see :func:`find_quotes`."""
    return find_quotes(doc)
