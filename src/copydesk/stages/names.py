"""Names stage: people, organisations, pronouns and role nouns."""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document, NameMention
from copydesk.hookspecs import hookimpl


def find_names(doc: Document) -> list[NameMention]:
    """Every name mention in the story, in order."""
    return []


@hookimpl(trylast=True)
def copydesk_find_names(doc: Document) -> Iterable[NameMention]:
    """Built-in name finder; see :func:`find_names`."""
    return find_names(doc)
