"""Speed figures for copydesk, on one core.

Figures: the dates stage alone (documents a second), the whole parse (MB and
articles a second) and each built-in stage's share of it, seconds per MB from
10 KB to 10 MB articles (flat when every stage is linear), peak memory per MB
of input, ``parse_many`` on all cores, and the cold start (a fresh process
importing copydesk and parsing one sentence, best of ``--cold-runs``). Uses
the shared evaluation corpora when they are there (TimeBank for the dates
stage, PolNeAR dev for the whole parse), and the seed article otherwise, so
the figures are reproducible anywhere. One-core figures are process CPU time
(steady on a shared machine); ``parse_many`` is wall time; the cold start
gives both. ``build`` says whether the stages ran compiled (mypyc) or as
Python. Prints one JSON object.

    python benchmarks/bench.py [--seconds 3] [--cold-runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import copydesk
from copydesk.builtin import compiled_stages
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
    """Run ``work`` until it has taken ``seconds`` of this process's CPU time."""
    rounds, started = 0, time.process_time()
    while True:
        work()
        rounds += 1
        elapsed = time.process_time() - started
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


def bench_stages(docs: list[dict[str, str]], seconds: float) -> dict[str, object]:
    """CPU seconds per MB in each built-in hook, and in the rest of the parse."""
    parser = copydesk.default_parser()
    spent: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started

        return run

    for caller in parser.plugin_manager.hook.__dict__.values():
        for impl in caller.get_hookimpls():
            if impl.plugin_name.startswith("copydesk."):
                impl.function = timed(impl.plugin_name, impl.function)
    size = sum(len(d["text"].encode("utf-8")) for d in docs)

    def work() -> None:
        for d in docs:
            parser.parse(d["text"], published=d.get("published"))

    rounds, elapsed = _repeat(work, seconds)
    mb = rounds * size / 1e6
    per_mb = {name: round(cpu / mb, 4) for name, cpu in spent.items()}
    per_mb["rest of the parse"] = round((elapsed - sum(spent.values())) / mb, 4)
    return {"seconds_per_mb": per_mb}


def _article_of_size(corpus: list[dict[str, str]], size: int) -> str:
    """One long article made of the corpus's paragraphs, cut at a paragraph near ``size``."""
    paragraphs = [p for d in corpus for p in d["text"].split("\n\n") if p.strip()]
    parts, total, index = [], 0, 0
    while total < size:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        total += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)


def bench_scaling(corpus: list[dict[str, str]], seconds: float) -> dict[str, object]:
    """Seconds per MB from 10 KB to 10 MB articles: flat when every stage is linear."""
    parser = copydesk.default_parser()
    per_mb = {}
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        text = _article_of_size(corpus, size)
        mb = len(text.encode("utf-8")) / 1e6
        budget = seconds if size < 10_000_000 else 0.0
        rounds, elapsed = _repeat(
            lambda text=text: parser.parse(text, published="2025-12-07"), budget
        )
        per_mb[f"{size // 1000} KB"] = round(elapsed / rounds / mb, 4)
    values = list(per_mb.values())
    return {"seconds_per_mb": per_mb, "largest_over_smallest": round(values[-1] / values[0], 2)}


def bench_memory(corpus: list[dict[str, str]]) -> dict[str, float]:
    """Peak Python memory while parsing a 1 MB article, per MB of input."""
    parser = copydesk.default_parser()
    text = _article_of_size(corpus, 1_000_000)
    parser.parse(text)
    tracemalloc.start()
    parser.parse(text, published="2025-12-07")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = len(text.encode("utf-8")) / 1e6
    return {"peak_mb_per_input_mb": round(peak / 1e6 / mb, 2)}


def bench_many(docs: list[dict[str, str]]) -> dict[str, float]:
    """``parse_many`` on every core, on the corpus repeated to a few seconds of work."""
    processes = os.cpu_count() or 1
    records = [{"text": d["text"], "published": d.get("published")} for d in docs] * 4
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    started = time.perf_counter()
    count = sum(1 for _ in copydesk.parse_many(records, processes=processes))
    elapsed = time.perf_counter() - started
    return {
        "processes": processes,
        "articles_per_s": round(count / elapsed, 1),
        "mb_per_s": round(size / elapsed / 1e6, 3),
    }


_COLD_START = "import copydesk; copydesk.parse('\"We are ready,\" she said on Monday.')"


def _child_run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of ``python -c code`` in a fresh process."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"cold-start child failed ({status}): {code}")
    return wall, usage.ru_utime + usage.ru_stime


def bench_cold_start(runs: int) -> dict[str, float]:
    """A fresh process that imports copydesk and parses one sentence, best of ``runs``.

    What a newsroom tool or the command line pays per article. Bytecode is
    cached first (one warm-up run, with ``PYTHONDONTWRITEBYTECODE`` dropped
    for the child, as an installed package has it); ``python_startup`` is the
    bare interpreter on the same machine, for scale.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    figures = {}
    for name, code in (("python_startup", "pass"), ("import_and_parse", _COLD_START)):
        _child_run(code, env)
        walls, cpus = zip(*(_child_run(code, env) for _ in range(runs)), strict=True)
        figures[f"{name}_wall_s"] = round(min(walls), 4)
        figures[f"{name}_cpu_s"] = round(min(cpus), 4)
    return {"runs": runs, **figures}


def main() -> None:
    """Measure and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--seconds", type=float, default=3.0, help="time each measurement at least this long"
    )
    ap.add_argument(
        "--cold-runs", type=int, default=10, help="fresh processes timed for the cold start"
    )
    args = ap.parse_args()
    timebank = _load("timebank.jsonl")
    polnear = _load("polnear_dev.jsonl")
    news = polnear or _seed_corpus()
    result = {
        "build": {
            "compiled": copydesk.compiled,
            "compiled_stages": list(compiled_stages()),
            "copydesk": copydesk.__version__,
        },
        "dates_stage": {
            "corpus": "timebank" if timebank else "seed",
            **bench_dates(timebank or _seed_corpus(), args.seconds),
        },
        "full_parse": {
            "corpus": "polnear_dev" if polnear else "seed",
            **bench_parse(news, args.seconds),
        },
        "stages": {
            "corpus": "polnear_dev" if polnear else "seed",
            **bench_stages(news, args.seconds),
        },
        "scaling": bench_scaling(news, args.seconds / 3),
        "memory": bench_memory(news),
        "parse_many": bench_many(news),
        "cold_start": bench_cold_start(args.cold_runs),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
