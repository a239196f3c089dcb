"""The compiled build: what it compiles, how to tell it is in use, and plugins unchanged.

These run in the ordinary (pure-Python) test run and need no compiler.
``nox -s tests_compiled`` runs the whole suite against the compiled wheel
with ``COPYDESK_EXPECT_COMPILED=1``, which the last test checks.
"""

import importlib
import inspect
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import copydesk
from copydesk.builtin import BUILTIN_STAGES, COMPILED_STAGES, compiled_stages
from copydesk.plugins import builtin_name, plugin_infos
from copydesk.testing import make_parser

ROOT = Path(__file__).resolve().parent.parent
STAGES = ROOT / "src" / "copydesk" / "stages"


def mypyc_hook() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        config = tomllib.load(f)
    return config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def stage_modules() -> set[str]:
    """Every module in the stages folder but the package's ``__init__``."""
    return {f"copydesk.stages.{p.stem}" for p in STAGES.glob("*.py") if p.stem != "__init__"}


def test_the_build_hook_compiles_every_stage_module():
    listed = {
        path.removeprefix("/src/").removesuffix(".py").replace("/", ".")
        for path in mypyc_hook()["include"]
    }
    assert listed == stage_modules()


def test_compiled_stages_names_every_stage_module():
    assert set(COMPILED_STAGES) == stage_modules()
    assert list(COMPILED_STAGES) == sorted(COMPILED_STAGES)


def test_the_compiled_build_is_opt_in():
    hook = mypyc_hook()
    assert hook["enable-by-default"] is False
    assert "hatch-mypyc>=0.16.0" in hook["dependencies"]


def test_no_stage_module_carries_a_hook_implementation():
    """pluggy cannot read a compiled function, so hooks live in copydesk.builtin."""
    for name in COMPILED_STAGES:
        module = importlib.import_module(name)
        hooks = [attr for attr in dir(module) if attr.startswith("copydesk_")]
        assert hooks == [], f"{name} defines {hooks}; put them in copydesk.builtin"


def test_builtin_plugins_are_python_modules_with_plain_hook_functions():
    for name in BUILTIN_STAGES:
        module = importlib.import_module(name)
        assert module.__file__ is not None and module.__file__.endswith(".py")
        hooks = [getattr(module, attr) for attr in dir(module) if attr.startswith("copydesk_")]
        assert hooks, f"{name} implements no hook"
        for hook in hooks:
            assert inspect.isfunction(hook)
            assert hasattr(hook, "copydesk_impl")


def test_builtin_plugins_keep_their_names_and_show_as_builtin():
    infos = {info.name: info for info in plugin_infos(make_parser().plugin_manager)}
    for name in BUILTIN_STAGES:
        assert infos[builtin_name(name)].builtin
    assert builtin_name("copydesk.builtin.quotes") == "copydesk.quotes"
    assert infos["copydesk.quotes"].hooks == ("copydesk_find_quotes",)


def test_compiled_says_whether_the_stages_are_extension_modules():
    found = compiled_stages()
    assert copydesk.compiled is bool(found)
    for name in COMPILED_STAGES:
        path = importlib.import_module(name).__file__ or ""
        assert path.endswith(".py") is (name not in found)


def test_version_says_which_build_is_installed():
    done = subprocess.run(
        [sys.executable, "-m", "copydesk.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    build = "compiled" if copydesk.compiled else "pure Python"
    assert done.stdout.strip() == f"copydesk {copydesk.__version__} ({build})"


@pytest.mark.skipif(
    "COPYDESK_EXPECT_COMPILED" not in os.environ, reason="set by nox -s tests_compiled"
)
def test_the_compiled_build_is_the_one_under_test():
    expected = os.environ["COPYDESK_EXPECT_COMPILED"] == "1"
    assert copydesk.compiled is expected
    if expected:
        assert compiled_stages() == COMPILED_STAGES


def test_no_compiled_leftovers_shadow_the_sources():
    """A mypyc build run in the source tree leaves .so files that an editable install imports."""
    leftovers = sorted(p.name for p in (ROOT / "src").rglob("*.so"))
    assert leftovers == [], (
        f"compiled leftovers in src/ would shadow the .py files: {leftovers}; delete them "
        "and build the compiled wheel with `python -m build` (see pyproject.toml)"
    )
