"""Speakers stage: who said each quote, with mentions folded into speakers."""

from __future__ import annotations

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Quote, Speaker


def resolve_speakers(doc: Document) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """The quotes with speaker ids filled in, and the speakers."""
    return doc.quotes, ()


@hookimpl(trylast=True)
def copydesk_resolve_speakers(doc: Document) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Built-in resolver; see :func:`resolve_speakers`."""
    return resolve_speakers(doc)
