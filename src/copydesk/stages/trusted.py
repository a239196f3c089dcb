"""Spans the stages cut from the text themselves, built without a second check.

:class:`~copydesk.model.Span` checks on construction that its offsets fit
its text, which costs more than building it. A stage that slices the text
at offsets it has just found needs no such check: ``text[start:end]`` is
the span's text by construction. Names and sentences make a hundred
thousand spans on a few megabytes of news, so they use :func:`trusted_span`.
Anything built from outside input (plugins, deserialised articles) still
goes through ``Span(...)``.
"""

from __future__ import annotations

from typing import Any

from copydesk.model import Span

__all__ = ["trusted_span"]

_new = object.__new__
# The slot descriptors of the frozen class: setting through them is what the
# attrs-generated ``__init__`` does, minus its validator call.
_set_start: Any = Span.__dict__["start"].__set__
_set_end: Any = Span.__dict__["end"].__set__
_set_text: Any = Span.__dict__["text"].__set__


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)`` without the check; the caller sliced ``text`` at these offsets."""
    span: Span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span
