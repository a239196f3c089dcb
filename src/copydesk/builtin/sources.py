"""Built-in plugin of the sources stage (the sources an article cites).

The hook implementation only; the work is in :mod:`copydesk.stages.sources`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Source
from copydesk.stages.sources import find_sources

__all__ = ["copydesk_find_sources"]


@hookimpl(trylast=True)
def copydesk_find_sources(doc: Document) -> Iterable[Source]:
    """Built-in source finder; see :func:`find_sources`."""
    return find_sources(doc)
