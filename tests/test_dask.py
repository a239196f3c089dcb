"""copydesk.dask on a real two-process local cluster: rows match copydesk.parse.

Expectations are built from ``copydesk.parse`` on each record, never from
hard-coded counts, so the tests hold whatever the stages find.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="needs the extra: pip install 'copydesk[dask]'")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

import copydesk  # noqa: E402
import copydesk.dask as cdask  # noqa: E402

ARTICLES = [
    (
        "a1",
        '"We are ready for the talks," Maria Lenz, the trade minister, said on Sunday.',
        "2025-12-07",
    ),
    (
        "a2",
        "\u201cThe bridge reopens next week,\u201d a city spokesman told reporters on Friday. "
        'He added: "Repairs cost more than we planned."',
        "2025-03-01",
    ),
    (
        "a3",
        "LYON, France -- Union leader Ana Ruiz said the strike, which began three weeks ago, "
        'was over. "It was a hard month," Ruiz said.',
        "2025-10-21",
    ),
    ("a4", "According to the harbour authority, shipping fell 12% last year.", None),
    ("a5", "A short note with no quotes at all.", "2024-02-29"),
    ("a6", "", "2025-01-01"),
]
BAD_TEXT = {"id": "bad-text", "text": None, "published": "2025-01-01"}
BAD_DATE = {"id": "bad-date", "text": '"Fine," he said.', "published": "not a date"}
NO_ID = '"Nobody asked me," the driver said on Tuesday.'


def _records() -> list[object]:
    good = [{"id": i, "text": t, "published": p} for i, t, p in ARTICLES]
    return [*good[:3], BAD_TEXT, *good[3:], BAD_DATE, NO_ID]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _expected(records: list[tuple[str, str, str | None]]) -> dict[str, copydesk.Article]:
    return {rid: copydesk.parse(text, published=pub) for rid, text, pub in records}


def _rows(frame: pd.DataFrame, columns: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows per article id as tuples, in row order within each article."""
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for row in frame[["article_id", *columns]].itertuples(index=False):
        grouped.setdefault(row[0], []).append(tuple(None if pd.isna(v) else v for v in row[1:]))
    return grouped


def _want(articles: dict[str, copydesk.Article], rows_of: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {rid: rows for rid, art in articles.items() if (rows := [*rows_of(art)])}


def _quote_rows(art: copydesk.Article) -> Iterator[tuple[Any, ...]]:
    for i, q in enumerate(art.quotes):
        speaker = art.speaker(q.speaker)
        yield (
            i,
            q.kind.value,
            q.content.start,
            q.content.end,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker_mention.text if q.speaker_mention else None,
            q.speaker,
            speaker.name if speaker else None,
        )


QUOTE_COLUMNS = [
    "quote_index",
    "kind",
    "content_start",
    "content_end",
    "content_text",
    "cue_text",
    "speaker_mention_text",
    "speaker_id",
    "speaker_name",
]


def _check_against_parse(
    out: dict[str, pd.DataFrame], expected: dict[str, copydesk.Article]
) -> None:
    quotes = out["quotes"].sort_values(["article_id", "quote_index"])
    assert _rows(quotes, QUOTE_COLUMNS) == _want(expected, _quote_rows)
    assert _rows(out["speakers"], ["speaker_id", "name", "kind"]) == _want(
        expected, lambda a: ((s.id, s.name, s.kind.value) for s in a.speakers)
    )
    assert _rows(out["sources"], ["source_id", "name", "kind", "speaker_id"]) == _want(
        expected, lambda a: ((s.id, s.name, s.kind.value, s.speaker) for s in a.sources)
    )
    dates = out["dates"].sort_values(["article_id", "start"])
    assert _rows(dates, ["start", "end", "text", "type", "value"]) == _want(
        expected, lambda a: ((d.start, d.end, d.text, d.type.value, d.value) for d in a.dates)
    )
    counts = _rows(out["articles"], ["quotes", "speakers", "sources", "dates"])
    assert counts == {
        rid: [(len(a.quotes), len(a.speakers), len(a.sources), len(a.dates))]
        for rid, a in expected.items()
    }


@pytest.fixture(scope="module")
def bag_out(client: Any) -> dict[str, pd.DataFrame]:
    return cdask.parse_bag(db.from_sequence(_records(), npartitions=3)).compute()


def test_bag_rows_match_parse(bag_out: dict[str, pd.DataFrame]) -> None:
    records = [*ARTICLES, ("2:2", NO_ID, None)]
    _check_against_parse(bag_out, _expected(records))


def test_bag_keeps_every_record(bag_out: dict[str, pd.DataFrame]) -> None:
    parsed = set(bag_out["articles"]["article_id"])
    failed = dict(zip(bag_out["errors"]["article_id"], bag_out["errors"]["error"], strict=True))
    assert parsed == {rid for rid, _, _ in ARTICLES} | {"2:2"}
    assert set(failed) == {"bad-text", "bad-date"}
    assert "expected a string under 'text'" in failed["bad-text"]
    assert "not a date" in failed["bad-date"] or "ISO 8601" in failed["bad-date"]
    assert len(parsed) + len(failed) == len(_records())


def test_published_column_is_a_date(bag_out: dict[str, pd.DataFrame]) -> None:
    articles = bag_out["articles"]
    published = dict(zip(articles["article_id"], articles["published"], strict=True))
    assert published["a1"] == date(2025, 12, 7)
    assert pd.isna(published["a4"])


def test_meta_matches_computed_frames(client: Any) -> None:
    frames = cdask.parse_bag(db.from_sequence(_records(), npartitions=2))
    computed = frames.compute()
    for name, frame in frames.frames().items():
        assert list(frame.columns) == cdask.SCHEMAS[name].names
        assert dict(frame.dtypes) == dict(computed[name].dtypes), name


def test_building_the_graph_computes_nothing() -> None:
    def explode(item: object) -> object:
        raise AssertionError("computed while only building the graph")

    frames = cdask.parse_bag(db.from_sequence(_records(), npartitions=2).map(explode))
    assert list(frames.quotes.columns) == cdask.SCHEMAS["quotes"].names


def test_empty_bag_gives_empty_frames(client: Any) -> None:
    out = cdask.parse_bag(db.from_sequence([], npartitions=1)).compute()
    assert all(len(frame) == 0 for frame in out.values())


@pytest.fixture(scope="module")
def frame_out(client: Any) -> dict[str, pd.DataFrame]:
    table = pd.DataFrame(
        {
            "id": [10, 11, 12, 13, 14],
            "text": [text for _, text, _ in ARTICLES[:4]] + [None],
            "published": pd.to_datetime(["2025-12-07", "2025-03-01", None, "2025-10-21", None]),
        }
    )
    return cdask.parse_dataframe(dd.from_pandas(table, npartitions=2)).compute()


def test_dataframe_rows_match_parse(frame_out: dict[str, pd.DataFrame]) -> None:
    published = ["2025-12-07", "2025-03-01", None, "2025-10-21"]
    records = [(str(10 + i), text, published[i]) for i, (_, text, _) in enumerate(ARTICLES[:4])]
    _check_against_parse(frame_out, _expected(records))


def test_dataframe_bad_row_is_an_error(frame_out: dict[str, pd.DataFrame]) -> None:
    assert list(frame_out["errors"]["article_id"]) == ["14"]
    assert set(frame_out["articles"]["article_id"]) == {"10", "11", "12", "13"}


def test_dataframe_without_id_or_published_columns(client: Any) -> None:
    table = pd.DataFrame({"body": [ARTICLES[0][1], ARTICLES[2][1]]})
    out = cdask.parse_dataframe(dd.from_pandas(table, npartitions=1), text_column="body").compute()
    assert sorted(out["articles"]["article_id"]) == ["0:0", "0:1"]
    with pytest.raises(KeyError, match="no text column"):
        cdask.parse_dataframe(dd.from_pandas(table, npartitions=1))


def test_parquet_round_trip(client: Any, tmp_path: Path) -> None:
    frames = cdask.parse_bag(db.from_sequence(_records(), npartitions=3)).persist()
    frames.to_parquet(str(tmp_path))
    computed = frames.compute()
    for name in cdask.FRAME_NAMES:
        table = pq.read_table(tmp_path / name)
        assert table.schema.remove_metadata() == cdask.SCHEMAS[name], name
        back = table.to_pandas(types_mapper=pd.ArrowDtype)
        keys = [
            c
            for c in ("article_id", "quote_index", "start", "speaker_id", "source_id")
            if c in back.columns
        ]
        pd.testing.assert_frame_equal(
            back.sort_values(keys).reset_index(drop=True),
            computed[name].sort_values(keys).reset_index(drop=True),
        )


def test_unpaired_surrogate_text_is_an_error_not_a_crash(client: Any) -> None:
    records = [{"id": "s", "text": "Bad \udcff byte, she said."}, {"id": "ok", "text": "Fine."}]
    out = cdask.parse_bag(db.from_sequence(records, npartitions=1)).compute()
    assert list(out["errors"]["article_id"]) == ["s"]
    assert list(out["articles"]["article_id"]) == ["ok"]


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_copydesk_does_not_import_dask() -> None:
    done = _python(
        "import sys, copydesk; copydesk.parse('x'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed', "
        "'pandas', 'pyarrow'}))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_missing_dask_says_which_extra() -> None:
    done = _python("import sys; sys.modules['dask'] = None; import copydesk.dask")
    assert done.returncode != 0
    assert "ImportError" in done.stderr
    assert "pip install 'copydesk[dask]'" in done.stderr


def _parsers_built() -> int:
    from copydesk.pipeline import default_parser

    return default_parser.cache_info().misses


def test_each_worker_builds_its_parser_once(client: Any, bag_out: dict[str, pd.DataFrame]) -> None:
    cdask.parse_bag(db.from_sequence(_records(), npartitions=4)).compute()
    built = client.run(_parsers_built)
    assert len(built) == 2
    assert all(count <= 1 for count in built.values()), built
    assert sum(built.values()) >= 1
