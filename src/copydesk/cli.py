"""The ``copydesk`` command line.

    copydesk parse ARTICLE.txt                 # one article, pretty JSON
    copydesk parse --jsonl < in.jsonl > out.jsonl
    copydesk plugins                           # what is installed
    copydesk schema                            # JSON Schema of the output

Bad input never stops a batch: each bad file or line gets one line on
stderr and an error record in the output, the rest is parsed, and the exit
status is 1. Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import copydesk
from copydesk.batch import Record, RecordResult, parse_many, record_from_mapping
from copydesk.errors import CopydeskError, InputError
from copydesk.pipeline import Parser, coerce_published
from copydesk.plugins import plugin_infos
from copydesk.serialize import json_schema, to_dict

__all__ = ["main"]


def _encode(data: Any, indent: int | None) -> bytes:
    """UTF-8 JSON; falls back to ASCII escapes for text no encoder can write (lone surrogates)."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent).encode("ascii")


def _result_data(result: RecordResult) -> dict[str, Any]:
    if result.article is None:
        return {"id": result.id, "error": result.error}
    return {"id": result.id, **to_dict(result.article)}


def _warn(where: str, message: str) -> None:
    sys.stderr.write(f"copydesk: {where}: {message}\n")


def _read_file(path: str, stdin: IO[bytes]) -> str:
    if path == "-":
        raw = stdin.read()
    else:
        file = Path(path)
        if file.is_dir():
            raise InputError("is a directory")
        try:
            raw = file.read_bytes()
        except FileNotFoundError:
            raise InputError("no such file") from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from None


class _FileRecords:
    """Turns file paths into records, keeping the unreadable ones as results."""

    def __init__(self, paths: Sequence[str], published: str | None, stdin: IO[bytes]) -> None:
        self.failed: dict[str, RecordResult] = {}
        self._paths = paths
        self._published = published
        self._stdin = stdin

    def __iter__(self) -> Iterator[Record]:
        for path in self._paths:
            try:
                text = _read_file(path, self._stdin)
            except InputError as exc:
                self.failed[path] = RecordResult(path, error=str(exc))
                continue
            yield Record(text, path, self._published)


def _jsonl_item(raw: bytes, number: int) -> Record | RecordResult:
    """One JSON Lines line as a record, or as a failed result that keeps its id if it has one."""
    where = f"line {number}"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else f"not JSON ({exc.msg})"
        return RecordResult(where, error=reason)
    if not isinstance(data, dict):
        return RecordResult(where, error=f"expected a JSON object, got {type(data).__name__}")
    try:
        return record_from_mapping(data)
    except InputError as exc:
        record_id = data.get("id")
        if record_id is None:
            return RecordResult(where, error=str(exc))
        return RecordResult(str(record_id), error=f"{where}: {exc}")


def _jsonl_records(streams: Sequence[IO[bytes]]) -> Iterator[Record | RecordResult]:
    """Records from JSON Lines; an unreadable line becomes a failed result in its place."""
    number = 0
    for stream in streams:
        for raw in stream:
            number += 1
            if raw.strip():
                yield _jsonl_item(raw, number)


def _emit(result: RecordResult, out: IO[bytes], indent: int | None) -> bool:
    if result.error is not None:
        _warn(result.id or "input", result.error)
    out.write(_encode(_result_data(result), indent) + b"\n")
    out.flush()
    return result.error is None


def _parse_jsonl(args: argparse.Namespace, parser: Parser, stdin: IO[bytes], out: IO[bytes]) -> int:
    streams: list[IO[bytes]] = []
    all_ok = True
    for path in args.files or ["-"]:
        if path == "-":
            streams.append(stdin)
            continue
        try:
            streams.append(open(path, "rb"))  # noqa: SIM115 - closed below
        except OSError as exc:
            _warn(path, exc.strerror or str(exc))
            out.write(_encode({"id": path, "error": exc.strerror or str(exc)}, None) + b"\n")
            all_ok = False
    items = _jsonl_records(streams)
    progress = _Progress(sys.stderr)
    try:
        for result in parse_many(
            _passthrough(items, args.published), parser=parser, processes=args.processes
        ):
            all_ok = _emit(result, out, None) and all_ok
            progress.tick(result.ok)
    finally:
        progress.close()
        for stream in streams:
            if stream is not stdin:
                stream.close()
    return 0 if all_ok else 1


class _Progress:
    """A one-line count of parsed records on a terminal's stderr; silent when piped."""

    def __init__(self, stream: IO[str], every: float = 0.5) -> None:
        self._stream = stream
        self._shown = stream.isatty()
        self._every = every
        self._started = self._last = time.monotonic()
        self._done = self._failed = 0

    def tick(self, ok: bool) -> None:
        self._done += 1
        self._failed += 0 if ok else 1
        now = time.monotonic()
        if self._shown and now - self._last >= self._every:
            self._last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self._done / max(now - self._started, 1e-9)
        self._stream.write(
            f"\rcopydesk: {self._done:,} records, {self._failed:,} failed, {rate:,.0f}/s"
        )
        self._stream.flush()

    def close(self) -> None:
        if self._shown and self._done:
            self._show(time.monotonic())
            self._stream.write("\n")


def _passthrough(items: Iterator[Any], published: str | None) -> Iterator[Any]:
    """Fills in ``--published`` for records that have none; failed lines pass as they are."""
    for item in items:
        if isinstance(item, Record) and item.published is None and published is not None:
            yield Record(item.text, item.id, published)
        else:
            yield item


def _parse_files(args: argparse.Namespace, parser: Parser, stdin: IO[bytes], out: IO[bytes]) -> int:
    files = _FileRecords(args.files, args.published, stdin)
    results = {r.id: r for r in parse_many(files, parser=parser, processes=args.processes)}
    results.update(files.failed)
    all_ok = True
    indent = None if args.compact else 2
    for path in args.files:
        all_ok = _emit(results[path], out, indent) and all_ok
    return 0 if all_ok else 1


def _cmd_parse(args: argparse.Namespace, stdin: IO[bytes], out: IO[bytes]) -> int:
    if args.published is not None:
        coerce_published(args.published)
    parser = Parser(strict=args.strict, disable=args.disable)
    if args.jsonl:
        return _parse_jsonl(args, parser, stdin, out)
    if not args.files:
        raise InputError(
            "name the article files to parse (or - for standard input), or use --jsonl"
        )
    return _parse_files(args, parser, stdin, out)


def _cmd_plugins(args: argparse.Namespace, out: IO[bytes]) -> int:
    parser = Parser(disable=args.disable)
    infos = plugin_infos(parser.plugin_manager)
    if args.json:
        data = [
            {
                "name": i.name,
                "builtin": i.builtin,
                "distribution": i.distribution,
                "version": i.version,
                "hooks": list(i.hooks),
            }
            for i in infos
        ]
        out.write(_encode(data, 2) + b"\n")
        return 0
    lines = []
    for info in infos:
        origin = (
            "built-in"
            if info.builtin
            else f"{info.distribution or '?'} {info.version or ''}".strip()
        )
        lines.append(f"{info.name}  ({origin})")
        lines.extend(f"    {hook}" for hook in info.hooks)
    for diagnostic in parser.load_diagnostics:
        lines.append(f"{diagnostic.plugin}  (failed to load: {diagnostic.message})")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return 0


def _cmd_schema(out: IO[bytes]) -> int:
    out.write(_encode(json_schema(), 2) + b"\n")
    return 0


class _VersionAction(argparse.Action):
    """``--version``, with the installed version read only when asked for.

    Reading it imports :mod:`importlib.metadata`, the slowest import there is;
    ``action="version"`` would do that on every run of the command.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        build = "compiled" if copydesk.compiled else "pure Python"
        sys.stdout.write(f"copydesk {copydesk.__version__} ({build})\n")
        parser.exit()


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="copydesk", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--version", action=_VersionAction, help="show the version and exit")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles into JSON")
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files, or - for stdin")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines records {"id", "text", "published"} (stdin by default)',
    )
    p.add_argument(
        "--published", metavar="DATE", help="publication date for records that have none"
    )
    p.add_argument(
        "--strict", action="store_true", help="fail on a plugin error instead of reporting it"
    )
    p.add_argument("--compact", action="store_true", help="one line of JSON per article")
    p.add_argument(
        "--processes", type=int, default=1, metavar="N", help="parse in N worker processes"
    )
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="PLUGIN",
        help="do not load this plugin (repeatable)",
    )
    pl = sub.add_parser("plugins", help="list the plugins and the hooks they implement")
    pl.add_argument("--json", action="store_true", help="as JSON")
    pl.add_argument("--disable", action="append", default=[], metavar="PLUGIN")
    sub.add_parser("schema", help="print the JSON Schema of the parse output")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_argparser().parse_args(argv)
    stdin, out = sys.stdin.buffer, sys.stdout.buffer
    try:
        if args.command == "parse":
            return _cmd_parse(args, stdin, out)
        if args.command == "plugins":
            return _cmd_plugins(args, out)
        return _cmd_schema(out)
    except (CopydeskError, TypeError) as exc:
        _warn(args.command, str(exc))
        return 2
    except KeyboardInterrupt:
        _warn(args.command, "interrupted; every finished record was written")
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
