"""Built-in plugin of the text stage (paragraphs and sentences).

The hook implementation only; the work is in :mod:`copydesk.stages.text`,
which may be compiled (see :mod:`copydesk.builtin`).
"""

from __future__ import annotations

from copydesk.document import Segments
from copydesk.hookspecs import hookimpl
from copydesk.lexicon import Lexicon
from copydesk.stages.text import segment

__all__ = ["copydesk_segment"]


@hookimpl(trylast=True)
def copydesk_segment(text: str, lexicon: Lexicon) -> Segments:
    """Built-in splitter; see :func:`segment`."""
    return segment(text, lexicon)
