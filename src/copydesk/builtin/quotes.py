"""Built-in plugin of the quotes stage (quotations and their cues).

The hook implementation only; the work is in :mod:`copydesk.stages.quotes`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Quote
from copydesk.stages.quotes import find_quotes

__all__ = ["copydesk_find_quotes"]


@hookimpl(trylast=True)
def copydesk_find_quotes(doc: Document) -> Iterable[Quote]:
    """Built-in quote finder; see :func:`find_quotes`."""
    return find_quotes(doc)
