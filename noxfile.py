"""Project tasks: ``nox`` runs tests, lint and typing; other sessions by name.

nox                 tests + lint + typing + docs + plugins (what CI runs)
nox -s docs         build the Sphinx docs with warnings as errors, then run their doctests
nox -s plugins      install the bundled plugins and run their tests and mypy --strict
nox -s fuzz         run the atheris fuzz targets for a while (needs atheris)
nox -s eval         accuracy on ../shared/eval (skips when it is absent)
nox -s bench        speed figures, of the compiled build and of pure Python
nox -s tests_compiled   build the mypyc-compiled wheel and run the tests against it
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs", "plugins", "tests_compiled"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
EVAL = Path(os.environ.get("COPYDESK_EVAL_DIR", ROOT.parent / "shared" / "eval"))
LINT_PATHS = ("src", "tests", "noxfile.py", "benchmarks", "fuzz", "plugins")
PLUGINS = sorted(
    path for path in (ROOT / "plugins").iterdir() if (path / "pyproject.toml").exists()
)
EVAL_RUNS = [
    ("quotes", "polnear_dev.jsonl"),
    ("dates", "timebank.jsonl"),
    ("dates", "aquaint.jsonl"),
]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[test,dask]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", *LINT_PATHS)
    session.run("ruff", "format", "--check", *LINT_PATHS)


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over the library."""
    session.install("-e", ".", "mypy>=1.10", "types-python-dateutil")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs (warnings fail the build) and run the examples in them."""
    session.install("-e", ".", "-r", "docs/requirements.txt")
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")
    session.run(
        "sphinx-build", "-W", "--keep-going", "-b", "doctest", "docs", "docs/_build/doctest"
    )


@nox.session
def plugins(session: nox.Session) -> None:
    """The bundled plugins: installed next to copydesk, tested, typed, and listed by the CLI."""
    session.install("-e", ".[test]", "mypy>=1.10", "types-python-dateutil")
    for plugin in PLUGINS:
        session.install("-e", str(plugin))
    for plugin in PLUGINS:
        session.run("pytest", "-q", "-p", "no:cacheprovider", str(plugin / "tests"))
    session.run("mypy", "--strict", *(str(plugin / "src") for plugin in PLUGINS))
    listed = session.run("copydesk", "plugins", "--json", silent=True)
    for plugin in PLUGINS:
        if plugin.name not in str(listed):
            session.error(f"`copydesk plugins` does not list {plugin.name}")


@nox.session
def fuzz(session: nox.Session) -> None:
    """Fuzz the parser and the JSONL reader; seconds per target as the argument (default 60)."""
    session.install("-e", ".[fuzz]")
    seconds = session.posargs[0] if session.posargs else "60"
    scratch = Path(session.create_tmp())
    for target, extra in (("parse", ()), ("jsonl", ("-dict=fuzz/jsonl.dict",))):
        found = scratch / target
        found.mkdir(exist_ok=True)
        session.run(
            "python",
            f"fuzz/fuzz_{target}.py",
            str(found),
            f"fuzz/corpus/{target}",
            *extra,
            f"-max_total_time={seconds}",
            "-timeout=10",
            f"-artifact_prefix={scratch}/",
        )


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


def _compiled_wheel(session: nox.Session) -> Path:
    """Build the wheel with the stages compiled by mypyc (the opt-in build hook).

    ``python -m build`` makes the sdist first and the wheel from it, so the
    compiler's leftovers stay in a scratch copy, not in src/ (where they would
    shadow the .py files of an editable install).
    """
    session.install("build")
    out = Path(session.create_tmp()) / "dist"
    shutil.rmtree(out, ignore_errors=True)
    session.run(
        *("python", "-m", "build", "--outdir", str(out), str(ROOT)),
        env={"HATCH_BUILD_HOOK_ENABLE_MYPYC": "true"},
    )
    [wheel] = out.glob("*.whl")
    return wheel


def _install_compiled(session: nox.Session, extras: str = "") -> None:
    wheel = _compiled_wheel(session)
    session.install(f"{wheel}{extras}")
    session.install("--force-reinstall", "--no-deps", str(wheel))  # same version as before


@nox.session
def tests_compiled(session: nox.Session) -> None:
    """Build the compiled wheel, install it, and run the test suite against it."""
    _install_compiled(session, "[test]")
    session.run("python", "-c", "import copydesk, sys; sys.exit(not copydesk.compiled)")
    session.run(
        *("pytest", "-q", "-p", "no:cacheprovider", *session.posargs),
        env={"COPYDESK_EXPECT_COMPILED": "1"},
    )


@nox.session
@nox.parametrize("build", ["compiled", "python"])
def bench(session: nox.Session, build: str) -> None:
    """Speed of the dates stage, each stage and the whole parse, on one core.

    Runs twice: on the compiled wheel and on pure Python (``nox -s
    "bench(build='python')"`` for one); each figure says which it measured.
    """
    if build == "compiled":
        _install_compiled(session)
    else:
        session.install("-e", ".")
    session.run("python", "benchmarks/bench.py", *session.posargs)
