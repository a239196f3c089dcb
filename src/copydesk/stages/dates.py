"""Dates stage: temporal expressions and their TIMEX3 values."""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import DateMention


def find_dates(doc: Document) -> list[DateMention]:
    """Every temporal expression in the text, in order."""
    return []


@hookimpl(trylast=True)
def copydesk_find_dates(doc: Document) -> Iterable[DateMention]:
    """Built-in date finder; see :func:`find_dates`."""
    return find_dates(doc)
