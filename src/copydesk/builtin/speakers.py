"""Built-in plugin of the speakers stage (who said each quote).

The hook implementation only; the work is in :mod:`copydesk.stages.speakers`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from copydesk.document import Document
from copydesk.hookspecs import hookimpl
from copydesk.model import Quote, Speaker
from copydesk.stages.speakers import resolve_speakers

__all__ = ["copydesk_resolve_speakers"]


@hookimpl(trylast=True)
def copydesk_resolve_speakers(doc: Document) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Built-in resolver; see :func:`resolve_speakers`."""
    return resolve_speakers(doc)
