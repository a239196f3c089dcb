"""copydesk: quotes, speakers, sources and dates from the raw text of news.

>>> import copydesk
>>> article = copydesk.parse('"We are ready," she said.', published="2025-12-07")
>>> article.quotes[0].content.text
'"We are ready,"'
"""

from __future__ import annotations

from datetime import date, datetime
from importlib import metadata

from copydesk.batch import Record, RecordResult, parse_many
from copydesk.builtin import compiled_stages
from copydesk.errors import CopydeskError, InputError, PluginError
from copydesk.hookspecs import hookimpl
from copydesk.model import (
    Article,
    Dateline,
    DateMention,
    Diagnostic,
    Enrichment,
    Granularity,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    SpeakerKind,
    TimexType,
)
from copydesk.pipeline import Parser, default_parser
from copydesk.serialize import from_dict, from_json, json_schema, to_dict, to_json

try:
    __version__ = metadata.version("copydesk")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

compiled = bool(compiled_stages())
"""Whether the stages run compiled with mypyc (the compiled wheel) rather than as Python."""

__all__ = [
    "Article",
    "CopydeskError",
    "DateMention",
    "Dateline",
    "Diagnostic",
    "Enrichment",
    "Granularity",
    "InputError",
    "Parser",
    "PluginError",
    "Quote",
    "QuoteKind",
    "Record",
    "RecordResult",
    "Source",
    "SourceKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "TimexType",
    "__version__",
    "compiled",
    "default_parser",
    "from_dict",
    "from_json",
    "hookimpl",
    "json_schema",
    "parse",
    "parse_many",
    "to_dict",
    "to_json",
]


def parse(text: str, *, published: date | datetime | str | None = None) -> Article:
    """Parse one article with the default parser; see :meth:`Parser.parse`."""
    return default_parser().parse(text, published=published)
