"""What compiling the stages with mypyc would buy: whole parse, pure Python against native.

An experiment, not a build: the stage modules are copied to a scratch folder
as ``copydesk.stages.<name>_native`` (their hook implementations cut off,
since pluggy cannot mark a compiled function), compiled with mypyc, and
patched in where each built-in hook calls its stage function. The parse's
output must not change; the script checks that before timing. Stages that do
not compile yet (attrs classes with ``attrs.field`` defaults, which mypyc
does not take) are reported and left in Python.

    python benchmarks/native.py [--corpus polnear_dev] [--rounds 3]

Needs mypyc (it comes with mypy) and a C compiler. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import ROOT, _load, _seed_corpus  # the same corpora as the other speed figures

import copydesk
from copydesk.serialize import to_json

STAGES = ROOT / "src" / "copydesk" / "stages"

# Stage module -> the function its built-in hook calls.
ENTRY_POINTS = {
    "text": "segment",
    "header": "read_header",
    "dates": "find_dates",
    "names": "find_names",
    "quotes": "find_quotes",
    "speakers": "resolve_speakers",
    "sources": "find_sources",
}
HELPERS = ("dates_values", "quote_cues", "quote_marks")
HOOK = "@hookimpl(trylast=True)"


def _native_copy(name: str, scratch: Path) -> Path:
    """The stage module without its hook, importing the other copies, as ``<name>_native``."""
    source = (STAGES / f"{name}.py").read_text(encoding="utf-8")
    if HOOK in source:
        source = source[: source.index(HOOK)]
    for helper in (*HELPERS, *ENTRY_POINTS):
        source = source.replace(
            f"from copydesk.stages.{helper} import", f"from copydesk.stages.{helper}_native import"
        ).replace(
            f"from copydesk.stages import {helper} ",
            f"from copydesk.stages import {helper}_native ",
        )
    path = scratch / "copydesk" / "stages" / f"{name}_native.py"
    path.write_text(source, encoding="utf-8")
    return path


def _run(args: list[str], scratch: Path) -> bool:
    env = {**os.environ, "PYTHONPATH": str(scratch)}
    done = subprocess.run(args, cwd=scratch, env=env, capture_output=True, text=True, check=False)
    return done.returncode == 0


def _compiles(name: str, path: Path, scratch: Path) -> bool:
    """Whether the copy compiles and the compiled module imports."""
    compiled = _run([sys.executable, "-m", "mypyc", str(path.relative_to(scratch))], scratch)
    module = f"copydesk.stages.{name}_native"
    return compiled and _run([sys.executable, "-c", f"import {module}"], scratch)


def build(scratch: Path) -> list[str]:
    """Compile every stage that compiles (each on its own, helpers with it); the names built."""
    shutil.copytree(ROOT / "src" / "copydesk", scratch / "copydesk")
    built = []
    for name in (*HELPERS, *ENTRY_POINTS):
        path = _native_copy(name, scratch)
        if _compiles(name, path, scratch):
            built.append(name)
        else:
            for leftover in path.parent.glob(f"{name}_native*"):
                leftover.unlink()
    return built


def _corpus(name: str) -> list[dict[str, str]]:
    """The corpus ``bench.py`` would read by that name, or its seed stand-in."""
    return _load(f"{name}.jsonl") or _seed_corpus()


def measure(native: list[str], corpus: str, rounds: int) -> dict[str, object]:
    """Run in a child process: the parse's output digest and best CPU time."""
    for name in native:
        if name in ENTRY_POINTS:
            module = importlib.import_module(f"copydesk.stages.{name}")
            compiled = importlib.import_module(f"copydesk.stages.{name}_native")
            setattr(module, ENTRY_POINTS[name], getattr(compiled, ENTRY_POINTS[name]))
    docs = _corpus(corpus)
    parser = copydesk.default_parser()
    out = [to_json(parser.parse(d["text"], published=d.get("published") or None)) for d in docs]
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for d in docs:
            parser.parse(d["text"], published=d.get("published") or None)
        best = min(best, time.process_time() - started)
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    return {
        "output_sha1": hashlib.sha1("\n".join(out).encode("utf-8")).hexdigest(),
        "cpu_s": round(best, 3),
        "mb_per_s": round(size / best / 1e6, 3),
    }


def main() -> None:
    """Build, measure both ways in fresh processes, and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default="polnear_dev")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        native = [n for n in args.child.split(",") if n]
        print(json.dumps(measure(native, args.corpus, args.rounds)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        built = build(scratch)
        env = {**os.environ, "PYTHONPATH": str(scratch)}
        figures = {}
        for label, native in (("python", []), ("native", built)):
            done = subprocess.run(
                [
                    *(sys.executable, __file__, "--corpus", args.corpus),
                    *("--rounds", str(args.rounds), "--child", ",".join(native)),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            figures[label] = json.loads(done.stdout)
    result = {
        "corpus": args.corpus,
        "compiled": built,
        "left_in_python": [n for n in (*HELPERS, *ENTRY_POINTS) if n not in built],
        **figures,
        "same_output": figures["python"]["output_sha1"] == figures["native"]["output_sha1"],
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
