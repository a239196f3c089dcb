"""Project tasks: ``nox`` runs tests, lint and typing; other sessions by name.

nox                 tests + lint + typing (what CI runs)
nox -s eval         accuracy on ../shared/eval (skips when it is absent)
nox -s bench        speed figures
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
EVAL = Path(os.environ.get("COPYDESK_EVAL_DIR", ROOT.parent / "shared" / "eval"))
EVAL_RUNS = [
    ("quotes", "polnear_dev.jsonl"),
    ("dates", "timebank.jsonl"),
    ("dates", "aquaint.jsonl"),
]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py", "benchmarks")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over the library."""
    session.install("-e", ".", "mypy>=1.10", "types-python-dateutil")
    session.run("mypy")


@nox.session
def eval(session: nox.Session) -> None:
    """Score copydesk on the shared annotated news with the reference scorer."""
    scorer = EVAL / "score.py"
    if not scorer.exists():
        session.skip(f"no evaluation data at {EVAL} (set COPYDESK_EVAL_DIR); nothing measured")
    session.install("-e", ".")
    out = ROOT / "eval-out"
    out.mkdir(exist_ok=True)
    for task, name in EVAL_RUNS:
        gold = EVAL / "data" / name
        if not gold.exists():
            session.warn(f"missing {gold}; skipped")
            continue
        session.log(f"{task} on {name}")
        session.run(
            "python",
            str(scorer),
            "run",
            task,
            str(gold),
            "--cmd",
            "copydesk parse --jsonl",
            "--save",
            str(out / f"{name}.pred.jsonl"),
        )


@nox.session
def bench(session: nox.Session) -> None:
    """Speed of the dates stage and of the whole parse, on one core."""
    session.install("-e", ".")
    session.run("python", "benchmarks/bench.py", *session.posargs)
