"""Parse a corpus on a Dask cluster into flat, Parquet-ready tables.

Needs the extra: ``pip install 'copydesk[dask]'``. Importing :mod:`copydesk`
never imports Dask; only ``import copydesk.dask`` does.

Give :func:`parse_bag` a Dask bag of records (``str``, or mappings with
``"id"``, ``"text"`` and ``"published"``), or give :func:`parse_dataframe` a
Dask dataframe with ``id``/``text``/``published`` columns. Either returns a
:class:`ParsedFrames`: one lazy Dask dataframe per kind of thing found, one
row per item, flat typed columns keyed by ``article_id``:

``articles``
    one row per parsed record, so ``len(articles) + len(errors)`` is the
    number of records given;
``quotes``, ``speakers``, ``sources``, ``dates``
    one row per quote, speaker, source and date mention;
``errors``
    ``(article_id, error)`` for every record that could not be parsed, so no
    record is ever silently lost.

Every column has a fixed Arrow type (see :data:`SCHEMAS`), given to Dask as
``meta`` so nothing is computed to guess types, and written as such by
``to_parquet``. A record without an id gets ``"<partition>:<position>"``.

Each worker process parses with :func:`copydesk.default_parser`, built once
per process on first use; plugins passed to your own ``Parser`` are not sent
to the workers, install them as entry-point plugins instead.

The frames share one parse per partition: compute them together
(:meth:`ParsedFrames.compute`, :meth:`ParsedFrames.to_parquet`, or
``dask.compute(...)``/``persist()``), since computing them one by one parses
the corpus once per frame.

Example: the most-quoted speakers of a corpus, on a real cluster::

    import json

    import dask.bag as db
    from dask.distributed import Client
    import copydesk.dask

    client = Client("tcp://scheduler:8786")      # or Client() for a local one
    records = db.read_text("s3://news/2025/*.jsonl").map(json.loads)
    frames = copydesk.dask.parse_bag(records).persist()
    top = (
        frames.quotes.dropna(subset=["speaker_name"])
        .groupby("speaker_name")
        .size()
        .nlargest(20)
        .compute()
    )
    frames.to_parquet("s3://news-parsed/2025/")  # articles/, quotes/, ... errors/
"""

from __future__ import annotations

import importlib
import json
import operator
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

import attrs

from copydesk.batch import RecordResult, parse_many
from copydesk.model import Article, DateMention, Quote, Source, Span, Speaker
from copydesk.serialize import converter


def _require(module: str) -> Any:
    """Import an optional dependency, or say which extra brings it.

    Imported as untyped modules on purpose: pandas and pyarrow have no type
    information and Dask's is partial, and the library type-checks the same
    whether or not the extra is installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"copydesk.dask needs Dask, pandas and pyarrow ({exc.name or module} is missing): "
            "pip install 'copydesk[dask]'"
        ) from exc


dask = _require("dask")
dask_dataframe = _require("dask.dataframe")
pandas = _require("pandas")
pyarrow = _require("pyarrow")
delayed = _require("dask.delayed").delayed

__all__ = ["FRAME_NAMES", "SCHEMAS", "ParsedFrames", "parse_bag", "parse_dataframe"]

_STR = pyarrow.string()
_INT = pyarrow.int64()
_STRS = pyarrow.list_(pyarrow.string())

SCHEMAS: Mapping[str, Any] = types.MappingProxyType(
    {
        "articles": pyarrow.schema(
            [
                ("article_id", _STR),
                ("published", pyarrow.date32()),
                ("headline", _STR),
                ("quotes", _INT),
                ("speakers", _INT),
                ("sources", _INT),
                ("dates", _INT),
                ("diagnostics", _INT),
            ]
        ),
        "quotes": pyarrow.schema(
            [
                ("article_id", _STR),
                ("quote_index", _INT),
                ("kind", _STR),
                ("content_start", _INT),
                ("content_end", _INT),
                ("content_text", _STR),
                ("cue_start", _INT),
                ("cue_end", _INT),
                ("cue_text", _STR),
                ("speaker_mention_start", _INT),
                ("speaker_mention_end", _INT),
                ("speaker_mention_text", _STR),
                ("speaker_id", _STR),
                ("speaker_name", _STR),
                ("confidence", pyarrow.float64()),
            ]
        ),
        "speakers": pyarrow.schema(
            [
                ("article_id", _STR),
                ("speaker_id", _STR),
                ("name", _STR),
                ("kind", _STR),
                ("aliases", _STRS),
                ("roles", _STRS),
                ("affiliations", _STRS),
                ("mentions", _INT),
                ("first_start", _INT),
                ("quotes", _INT),
            ]
        ),
        "sources": pyarrow.schema(
            [
                ("article_id", _STR),
                ("source_id", _STR),
                ("name", _STR),
                ("kind", _STR),
                ("speaker_id", _STR),
                ("mentions", _INT),
                ("first_start", _INT),
                ("quote_indices", pyarrow.list_(_INT)),
            ]
        ),
        "dates": pyarrow.schema(
            [
                ("article_id", _STR),
                ("start", _INT),
                ("end", _INT),
                ("text", _STR),
                ("type", _STR),
                ("value", _STR),
                ("range_start", pyarrow.timestamp("us")),
                ("range_end", pyarrow.timestamp("us")),
                ("duration", _STR),
                ("anchor", pyarrow.date32()),
                ("granularity", _STR),
                ("mod", _STR),
                ("extra", _STR),
            ]
        ),
        "errors": pyarrow.schema([("article_id", _STR), ("error", _STR)]),
    }
)
"""The Arrow schema of every frame, by frame name (JSON text in ``duration``/``extra``)."""

FRAME_NAMES: tuple[str, ...] = tuple(SCHEMAS)
"""The frames :class:`ParsedFrames` holds, in order."""

Row = dict[str, Any]


@attrs.frozen
class ParsedFrames:
    """The lazy Dask dataframes of one parsed corpus, one per kind of item."""

    articles: Any
    quotes: Any
    speakers: Any
    sources: Any
    dates: Any
    errors: Any

    def frames(self) -> dict[str, Any]:
        """The Dask dataframes by name, in :data:`FRAME_NAMES` order."""
        return {name: getattr(self, name) for name in FRAME_NAMES}

    def compute(self, **kwargs: Any) -> dict[str, Any]:
        """Every frame as pandas, from one pass over the corpus."""
        computed = dask.compute(*self.frames().values(), **kwargs)
        return dict(zip(FRAME_NAMES, computed, strict=True))

    def persist(self, **kwargs: Any) -> ParsedFrames:
        """The same frames, parsed once and kept in the cluster's memory."""
        return ParsedFrames(*dask.persist(*self.frames().values(), **kwargs))

    def to_parquet(self, path: str, **kwargs: Any) -> None:
        """Write each frame to ``path/<name>/`` in one pass over the corpus.

        Keyword arguments go to every ``DataFrame.to_parquet`` call. The
        index is left out unless ``write_index=True``: it only numbers rows
        within a partition.
        """
        kwargs.setdefault("write_index", False)
        root = path.rstrip("/")
        writes = [
            frame.to_parquet(f"{root}/{name}", compute=False, **kwargs)
            for name, frame in self.frames().items()
        ]
        dask.compute(*writes)


def parse_bag(bag: Any) -> ParsedFrames:
    """Parse a bag of records (``str`` or ``{"id", "text", "published"}`` mappings)."""
    return _frames_from(list(bag.to_delayed()), list)


def parse_dataframe(
    frame: Any,
    *,
    id_column: str | None = "id",
    text_column: str = "text",
    published_column: str | None = "published",
) -> ParsedFrames:
    """Parse a dataframe with one article per row.

    ``id_column`` and ``published_column`` may be ``None`` or absent from the
    frame; ``published`` may hold ISO strings, dates or timestamps. Ids are
    kept as ``str(value)``: give string or nullable ``Int64`` ids, since an
    integer column with gaps turns into floats in pandas (``"10.0"``).
    """
    columns = set(frame.columns)
    if text_column not in columns:
        raise KeyError(f"no text column {text_column!r} among {sorted(map(str, columns))}")
    names = _ColumnNames(
        id_column if id_column in columns else None,
        text_column,
        published_column if published_column in columns else None,
    )
    return _frames_from(list(frame.to_delayed()), names.records)


@attrs.frozen
class _ColumnNames:
    """Which dataframe columns hold the id, text and publication date."""

    id: str | None
    text: str
    published: str | None

    def records(self, partition: Any) -> list[dict[str, Any]]:
        """The rows of one pandas partition as record mappings."""
        size = len(partition)
        texts = partition[self.text].tolist()
        ids = partition[self.id].tolist() if self.id else [None] * size
        dates = partition[self.published].tolist() if self.published else [None] * size
        return [
            {"id": _missing_to_none(i), "text": _missing_to_none(t), "published": _iso(p)}
            for i, t, p in zip(ids, texts, dates, strict=True)
        ]


def _missing_to_none(value: object) -> object:
    """``None`` for pandas' missing markers (NaN, NA, NaT), the value otherwise."""
    try:
        return None if bool(pandas.isna(value)) else value
    except (TypeError, ValueError):  # list-likes: not a missing marker
        return value


def _iso(value: object) -> object:
    """Dates and timestamps as the ISO strings records carry; other values as they are."""
    value = _missing_to_none(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _frames_from(parts: Sequence[Any], to_items: Callable[[Any], list[Any]]) -> ParsedFrames:
    """One parse task per partition, and one frame per name picked from its result."""
    parsed = [
        delayed(_parse_partition)(part, index, to_items) for index, part in enumerate(parts)
    ] or [delayed(_parse_partition)([], 0, list)]

    def frame(name: str) -> Any:
        picked = [delayed(operator.getitem)(result, name) for result in parsed]
        return dask_dataframe.from_delayed(picked, meta=_empty(name), verify_meta=False)

    return ParsedFrames(*(frame(name) for name in FRAME_NAMES))


def _empty(name: str) -> Any:
    """The zero-row pandas frame with the columns and dtypes of frame ``name``."""
    return _to_pandas([], name)


def _to_pandas(rows: list[Row], name: str) -> Any:
    table = pyarrow.Table.from_pylist(rows, schema=SCHEMAS[name])
    return table.to_pandas(types_mapper=pandas.ArrowDtype)


def _parse_partition(
    partition: Any, index: int, to_items: Callable[[Any], list[Any]]
) -> dict[str, Any]:
    """Parse one partition in a worker: a pandas frame per name."""
    rows: dict[str, list[Row]] = {name: [] for name in FRAME_NAMES}
    for position, result in enumerate(parse_many(to_items(partition))):
        article_id = _storable(result.id) if result.id is not None else f"{index}:{position}"
        for name, new_rows in _rows_of(article_id, result):
            rows[name].extend(new_rows)
    return {name: _to_pandas(rows[name], name) for name in FRAME_NAMES}


def _rows_of(article_id: str, result: RecordResult) -> list[tuple[str, list[Row]]]:
    """The rows one record adds to each frame; any failure makes it one error row."""
    article = result.article
    if article is None:
        return [("errors", [_error_row(article_id, result.error or "unknown error")])]
    if not _is_storable(article.text):
        message = "text holds unpaired surrogates (not valid Unicode); Arrow cannot store it"
        return [("errors", [_error_row(article_id, message)])]
    try:
        return [
            ("articles", [_article_row(article_id, article)]),
            ("quotes", list(_quote_rows(article_id, article))),
            ("speakers", [_speaker_row(article_id, article, s) for s in article.speakers]),
            ("sources", [_source_row(article_id, s) for s in article.sources]),
            ("dates", [_date_row(article_id, d) for d in article.dates]),
        ]
    except Exception as exc:  # a flattening bug must cost one record, not the partition
        return [("errors", [_error_row(article_id, f"internal error: {exc!r}")])]


def _is_storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _storable(text: str) -> str:
    """``text``, with unpaired surrogates escaped so Arrow can hold it (ids, messages)."""
    return text if _is_storable(text) else text.encode("utf-8", "backslashreplace").decode()


def _error_row(article_id: str, error: str) -> Row:
    return {"article_id": article_id, "error": _storable(error)}


def _article_row(article_id: str, article: Article) -> Row:
    return {
        "article_id": article_id,
        "published": _day(article.published),
        "headline": _text(article.headline),
        "quotes": len(article.quotes),
        "speakers": len(article.speakers),
        "sources": len(article.sources),
        "dates": len(article.dates),
        "diagnostics": len(article.diagnostics),
    }


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _span_columns(prefix: str, span: Span | None) -> Row:
    return {
        f"{prefix}_start": None if span is None else span.start,
        f"{prefix}_end": None if span is None else span.end,
        f"{prefix}_text": _text(span),
    }


def _quote_rows(article_id: str, article: Article) -> Iterator[Row]:
    names = {speaker.id: speaker.name for speaker in article.speakers}
    for index, quote in enumerate(article.quotes):
        yield _quote_row(article_id, index, quote, names.get(quote.speaker or ""))


def _quote_row(article_id: str, index: int, quote: Quote, speaker_name: str | None) -> Row:
    return {
        "article_id": article_id,
        "quote_index": index,
        "kind": quote.kind.value,
        **_span_columns("content", quote.content),
        **_span_columns("cue", quote.cue),
        **_span_columns("speaker_mention", quote.speaker_mention),
        "speaker_id": quote.speaker,
        "speaker_name": speaker_name,
        "confidence": quote.confidence,
    }


def _first_start(mentions: tuple[Span, ...]) -> int | None:
    return min((span.start for span in mentions), default=None)


def _speaker_row(article_id: str, article: Article, speaker: Speaker) -> Row:
    return {
        "article_id": article_id,
        "speaker_id": speaker.id,
        "name": speaker.name,
        "kind": speaker.kind.value,
        "aliases": list(speaker.aliases),
        "roles": list(speaker.roles),
        "affiliations": list(speaker.affiliations),
        "mentions": len(speaker.mentions),
        "first_start": _first_start(speaker.mentions),
        "quotes": len(article.quotes_by(speaker.id)),
    }


def _source_row(article_id: str, source: Source) -> Row:
    return {
        "article_id": article_id,
        "source_id": source.id,
        "name": source.name,
        "kind": source.kind.value,
        "speaker_id": source.speaker,
        "mentions": len(source.mentions),
        "first_start": _first_start(source.mentions),
        "quote_indices": list(source.quotes),
    }


def _timestamp(value: date | None) -> datetime | None:
    """A range bound as a timestamp: days start at midnight, times stay as they are."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, time())


def _day(value: date | None) -> date | None:
    """A calendar day for a ``date32`` column (a datetime keeps only its day)."""
    return value.date() if isinstance(value, datetime) else value


def _json(value: object) -> str:
    """Structured values as ASCII JSON text, which Arrow can always store."""
    return json.dumps(converter().unstructure(value), sort_keys=True)


def _date_row(article_id: str, mention: DateMention) -> Row:
    return {
        "article_id": article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type.value,
        "value": mention.value,
        "range_start": _timestamp(mention.range_start),
        "range_end": _timestamp(mention.range_end),
        "duration": None if mention.duration is None else _json(mention.duration),
        "anchor": _day(mention.anchor),
        "granularity": mention.granularity.value,
        "mod": mention.mod,
        "extra": _json(dict(mention.extra)) if mention.extra else None,
    }
