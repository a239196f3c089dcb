"""Parsing many articles: records in, one result per record out, in order.

A batch never loses a record because one record is bad: a record that cannot
be read or parsed comes back as a :class:`RecordResult` with ``error`` set,
and every other record is still parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import attrs

from copydesk.errors import CopydeskError, InputError
from copydesk.model import Article
from copydesk.pipeline import Parser, ParserSettings, coerce_published, default_parser

__all__ = ["Record", "RecordResult", "parse_many", "record_from_json", "record_from_mapping"]


@attrs.frozen
class Record:
    """One article to parse: its text, an optional id and publication date."""

    text: str
    id: str | None = None
    published: str | None = None


@attrs.frozen
class RecordResult:
    """What became of one record: an article, or the reason there is none."""

    id: str | None
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the record was parsed."""
        return self.error is None


def _id_of(value: object) -> str | None:
    return None if value is None else str(value)


def record_from_mapping(data: Mapping[str, Any]) -> Record:
    """A record from ``{"id", "text", "published"}``; a clear error when it is not one."""
    text = data.get("text")
    if not isinstance(text, str):
        got = "no text" if text is None else f"text of type {type(text).__name__}"
        raise InputError(f"record has {got}; expected a string under 'text'")
    published = data.get("published")
    if published is not None and not isinstance(published, str):
        raise InputError(f"'published' must be an ISO date string, not {type(published).__name__}")
    return Record(text, _id_of(data.get("id")), published)


def record_from_json(line: str) -> Record:
    """A record from one JSON Lines line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    return record_from_mapping(data)


def _as_record(item: object) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(item)
    if isinstance(item, Mapping):
        return record_from_mapping(item)
    raise InputError(f"expected a str, a mapping or a Record, not {type(item).__name__}")


def _parse_one(parser: Parser, item: object) -> RecordResult:
    if isinstance(item, RecordResult):  # a record that already failed upstream keeps its place
        return item
    record_id = _id_of(item.get("id")) if isinstance(item, Mapping) else getattr(item, "id", None)
    try:
        record = _as_record(item)
        article = parser.parse(record.text, published=coerce_published(record.published))
    except (CopydeskError, TypeError, ValueError) as exc:
        return RecordResult(record_id, error=str(exc))
    except Exception as exc:  # a bug must cost one record, not the batch
        return RecordResult(record_id, error=f"internal error: {type(exc).__name__}: {exc}")
    return RecordResult(record.id, article)


@cache
def _worker_parser(settings: ParserSettings) -> Parser:
    """One parser per worker process and settings, built on its first record."""
    return settings.build()


def _worker_parse(job: tuple[ParserSettings, object]) -> RecordResult:
    settings, item = job
    return _parse_one(_worker_parser(settings), item)


def _in_processes(
    parser: Parser, items: Iterable[object], processes: int
) -> Iterator[RecordResult]:
    if parser.extra_plugins:
        raise ValueError(
            "plugins passed as objects cannot be sent to worker processes; "
            "install them under the 'copydesk' entry-point group, or use processes=1"
        )
    import multiprocessing  # noqa: PLC0415 - only for worker processes, a slow import

    jobs = ((parser.settings, item) for item in items)
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        yield from pool.imap(_worker_parse, jobs, chunksize=4)


def parse_many(
    items: Iterable[object], *, parser: Parser | None = None, processes: int = 1
) -> Iterator[RecordResult]:
    """Parse records (str, mapping or :class:`Record`) lazily, in input order.

    A :class:`RecordResult` among the items (a record that could not even be
    read) is passed through in its place. With ``processes`` above 1 the
    records are parsed in that many worker processes, each building a parser
    with the same settings as ``parser`` (plugins must then be installed ones,
    found through entry points); order is kept.
    """
    parser = parser or default_parser()
    if processes > 1:
        yield from _in_processes(parser, items, processes)
        return
    for item in items:
        yield _parse_one(parser, item)
