"""Fuzz the JSON Lines path of the command line: ``copydesk parse --jsonl``.

The fuzz bytes are standard input, exactly as a shell pipe would give them.
For each input the harness runs ``copydesk.cli.main(["parse", "--jsonl"])``
with stdin, stdout and stderr replaced, and checks the batch contract:

* ``main`` returns 0 (all parsed) or 1 (some records failed) and raises nothing;
* exactly one output line per non-blank input line, in input order, each a
  JSON object with an ``id`` and either an ``error`` or the parsed article;
* an article line carries the very text the input record held, and the
  record's id when it had one;
* the exit status is 0 exactly when no output line is an error.

Run (``-max_total_time`` is the budget in seconds; the dictionary helps the
mutator build JSON)::

    python fuzz/fuzz_jsonl.py WORK fuzz/corpus/jsonl -dict=fuzz/jsonl.dict -max_total_time=300

The checks are plain functions so ``tests/test_fuzz_regressions.py`` replays
every crash found without atheris installed.
"""

from __future__ import annotations

import io
import json
import sys
from functools import cache
from typing import Any

import copydesk.cli
from copydesk import Parser

__all__ = ["check_jsonl", "run_cli"]


@cache
def _cached_parser(**options: Any) -> Parser:
    return Parser(entry_points=False, **options)


def _parser_factory(**options: Any) -> Parser:
    """Stands in for ``Parser`` in the CLI: building one per run would cost more than parsing."""
    return _cached_parser(**{k: tuple(v) if isinstance(v, list) else v for k, v in options.items()})


def run_cli(data: bytes) -> tuple[int, bytes]:
    """``copydesk parse --jsonl`` on ``data`` as stdin: ``(exit status, stdout bytes)``."""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    stdout_bytes = io.BytesIO()
    stdout = io.TextIOWrapper(stdout_bytes, encoding="utf-8")
    cli_names = vars(copydesk.cli)
    saved = sys.stdin, sys.stdout, sys.stderr, cli_names["Parser"]
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, io.StringIO()
    cli_names["Parser"] = _parser_factory
    try:
        status = copydesk.cli.main(["parse", "--jsonl"])
        stdout.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr, cli_names["Parser"] = saved
    return status, stdout_bytes.getvalue()


def _expected_record(raw: bytes) -> dict[str, Any] | None:
    """The input line as a record mapping when it is one, else ``None``."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _check_line(raw_in: bytes, raw_out: bytes, number: int) -> bool:
    """Check one output line against its input line; True when it is an error line."""
    out = json.loads(raw_out)
    assert isinstance(out, dict), f"output line {number} is not an object: {raw_out!r}"
    assert "id" in out, f"output line {number} has no id"
    if "error" in out:
        assert isinstance(out["error"], str) and out["error"], f"line {number}: empty error"
        return True
    record = _expected_record(raw_in)
    assert record is not None, f"line {number} is not a record but was parsed"
    assert out.get("text") == record.get("text"), f"line {number}: text changed"
    if record.get("id") is not None:
        assert out["id"] == str(record["id"]), f"line {number}: id {out['id']!r} lost"
    copydesk.from_dict(out)
    return False


def check_jsonl(data: bytes) -> None:
    """The fuzz target: run the CLI on ``data`` and assert the batch contract."""
    status, output = run_cli(data)
    assert status in (0, 1), f"exit status {status}"
    wanted = [raw for raw in io.BytesIO(data) if raw.strip()]
    lines = output.splitlines()
    assert len(lines) == len(wanted), f"{len(wanted)} records in, {len(lines)} lines out"
    errors = [
        _check_line(raw_in, raw_out, n)
        for n, (raw_in, raw_out) in enumerate(zip(wanted, lines, strict=True), 1)
    ]
    assert (status == 0) == (not any(errors)), f"exit status {status} with errors {errors}"


def main() -> None:
    """Run under atheris (libFuzzer flags such as ``-max_total_time=N`` pass through)."""
    from _harness import fuzz  # noqa: PLC0415 - beside this script; atheris only for fuzz runs

    _cached_parser()  # build once, outside the measured runs
    fuzz(check_jsonl)


if __name__ == "__main__":
    main()
