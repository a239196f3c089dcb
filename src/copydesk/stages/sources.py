"""Sources stage: everything the story leans on, typed by kind."""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Source


def find_sources(doc: Document) -> list[Source]:
    """Every source of the story, with the quotes it backs."""
    return []


@hookimpl(trylast=True)
def copydesk_find_sources(doc: Document) -> Iterable[Source]:
    """Built-in source finder; see :func:`find_sources`."""
    return find_sources(doc)
