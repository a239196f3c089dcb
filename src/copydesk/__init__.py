"""copydesk: quotes, speakers, sources and dates from the raw text of news.

>>> import copydesk
>>> article = copydesk.parse('"We are ready," she said.', published="2025-12-07")
>>> article.quotes[0].content.text
'"We are ready,"'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from copydesk.serialize import from_dict, from_json, json_schema, to_dict, to_json

    __version__: str

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


_SERIALIZE_NAMES = frozenset({"from_dict", "from_json", "json_schema", "to_dict", "to_json"})
"""Public names of :mod:`copydesk.serialize`, imported on first use: cattrs takes a tenth of the
time of ``import copydesk`` and a plain ``parse`` never needs it."""


def __getattr__(name: str) -> Any:
    """The names that cost imports most uses never need, loaded on first access.

    ``__version__`` reads the installed metadata (:mod:`importlib.metadata` is
    the slowest import copydesk has); the serialisers pull in cattrs.
    """
    if name == "__version__":
        value: Any = _own_version()
    elif name in _SERIALIZE_NAMES:
        from copydesk import serialize  # noqa: PLC0415 - cattrs only when asked for

        value = getattr(serialize, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the ones loaded on first use included."""
    return sorted({*globals(), "__version__", *_SERIALIZE_NAMES})


def _own_version() -> str:
    from importlib import metadata  # noqa: PLC0415 - slow import, rarely needed

    try:
        return metadata.version("copydesk")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0.0.0"


def parse(text: str, *, published: date | datetime | str | None = None) -> Article:
    """Parse one article with the default parser; see :meth:`Parser.parse`."""
    return default_parser().parse(text, published=published)
