"""Speed figures for copydesk, on one core.

Uses the shared evaluation corpora when they are there (TimeBank for the dates
stage, PolNeAR dev for the whole parse), and the seed article otherwise, so
the figures are reproducible anywhere. Prints one JSON object.

    python benchmarks/bench.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import copydesk
from copydesk.document import Document
from copydesk.stages.dates import find_dates
from copydesk.stages.header import read_header
from copydesk.stages.text import segment

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("COPYDESK_EVAL_DIR", ROOT.parent / "shared" / "eval"))
SEED = ROOT / "seeds" / "000_f649a5ac215094b6.txt"


def _load(name: str) -> list[dict[str, str]] | None:
    path = EVAL / "data" / name
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _seed_corpus() -> list[dict[str, str]]:
    text = SEED.read_text(encoding="utf-8")
    return [{"text": text, "published": "2025-12-07"}] * 50


def _repeat(work: Callable[[], None], seconds: float) -> tuple[int, float]:
    rounds, started = 0, time.perf_counter()
    while True:
        work()
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return rounds, elapsed


def bench_dates(docs: list[dict[str, str]], seconds: float) -> dict[str, float]:
    """The dates stage alone, on documents already segmented."""
    parser = copydesk.default_parser()
    lexicon = parser.lexicon
    prepared = []
    for d in docs:
        text = d["text"]
        published = copydesk.pipeline.coerce_published(d.get("published"))
        segments = segment(text, lexicon)
        header = read_header(text, published, lexicon)
        prepared.append(Document(text, published or header.published, lexicon, segments, header))

    def work() -> None:
        for doc in prepared:
            find_dates(doc)

    rounds, elapsed = _repeat(work, seconds)
    n = rounds * len(prepared)
    return {"documents": len(prepared), "docs_per_s": round(n / elapsed, 1)}


def bench_parse(docs: list[dict[str, str]], seconds: float) -> dict[str, float]:
    """The whole parse, every stage and plugin."""
    parser = copydesk.default_parser()
    size = sum(len(d["text"].encode("utf-8")) for d in docs)

    def work() -> None:
        for d in docs:
            parser.parse(d["text"], published=d.get("published"))

    rounds, elapsed = _repeat(work, seconds)
    return {
        "articles": len(docs),
        "articles_per_s": round(rounds * len(docs) / elapsed, 1),
        "mb_per_s": round(rounds * size / elapsed / 1e6, 3),
    }


def main() -> None:
    """Measure and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--seconds", type=float, default=3.0, help="time each measurement at least this long"
    )
    args = ap.parse_args()
    timebank = _load("timebank.jsonl")
    polnear = _load("polnear_dev.jsonl")
    result = {
        "dates_stage": {
            "corpus": "timebank" if timebank else "seed",
            **bench_dates(timebank or _seed_corpus(), args.seconds),
        },
        "full_parse": {
            "corpus": "polnear_dev" if polnear else "seed",
            **bench_parse(polnear or _seed_corpus(), args.seconds),
        },
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
