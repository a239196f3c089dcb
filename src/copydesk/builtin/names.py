"""Built-in plugin of the names stage (people, organisations and places).

The hook implementation only; the work is in :mod:`copydesk.stages.names`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Document, NameMention
from copydesk.hookspecs import hookimpl
from copydesk.stages.names import find_names

__all__ = ["copydesk_find_names"]


@hookimpl(trylast=True)
def copydesk_find_names(doc: Document) -> Iterable[NameMention]:
    """Built-in name finder; see :func:`find_names`."""
    return find_names(doc)
