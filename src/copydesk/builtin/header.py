"""Built-in plugin of the header stage (dateline and publication date).

The hook implementation only; the work is in :mod:`copydesk.stages.header`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from datetime import date

from copydesk.document import Header, Segments
from copydesk.hookspecs import hookimpl
from copydesk.lexicon import Lexicon
from copydesk.stages.header import read_header

__all__ = ["copydesk_read_header"]


@hookimpl(trylast=True)
def copydesk_read_header(
    text: str, segments: Segments, published: date | None, lexicon: Lexicon
) -> Header:
    """Built-in header reader; see :func:`read_header`."""
    return read_header(text, published, lexicon)
