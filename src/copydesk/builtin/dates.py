"""Built-in plugin of the dates stage (date mentions).

The hook implementation only; the work is in :mod:`copydesk.stages.dates`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import DateMention
from copydesk.stages.dates import find_dates

__all__ = ["copydesk_find_dates"]


@hookimpl(trylast=True)
def copydesk_find_dates(doc: Document) -> Iterable[DateMention]:
    """Built-in date finder; see :func:`find_dates`."""
    return find_dates(doc)
