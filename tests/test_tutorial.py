"""The plugin tutorial (docs/tutorial.md) works as written.

The tutorial's files are code blocks whose caption is their path; this test
writes them into a temporary folder and checks what the tutorial promises:
the pyproject declares the entry point, the plugin's own tests pass, an
installed copy (metadata written by hand instead of ``pip install``) is
listed by ``copydesk plugins`` exactly as shown, and the Python session runs.
No network, no change to the test environment.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial.md"
PROJECT = "copydesk-quoteshare"

# ```{code-block} LANG  /  :caption: `PATH`  /  (blank line)  /  body  /  ```
CAPTIONED_BLOCK = re.compile(
    r"^```\{code-block\}[^\n]*\n:caption: ([^\n]+)\n\n(.*?)^```$", re.MULTILINE | re.DOTALL
)
PYCON_BLOCK = re.compile(r"^```pycon\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def captioned_blocks() -> dict[str, str]:
    blocks = {}
    for caption, body in CAPTIONED_BLOCK.findall(TUTORIAL.read_text(encoding="utf-8")):
        blocks[caption.strip().strip("`")] = body
    return blocks


def project_files() -> dict[str, str]:
    return {
        path.removeprefix(PROJECT + "/"): body
        for path, body in captioned_blocks().items()
        if path.startswith(PROJECT + "/")
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / PROJECT
    for relative, body in project_files().items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return root


def pyproject(root: Path) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture
def site(project: Path, tmp_path: Path) -> Path:
    """What ``pip install -e .`` leaves behind, as far as entry points go."""
    meta = pyproject(project)["project"]
    dist_name = meta["name"].replace("-", "_")
    dist_info = tmp_path / "site" / f"{dist_name}-{meta['version']}.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n",
        encoding="utf-8",
    )
    lines = ["[copydesk]"] + [
        f"{name} = {target}" for name, target in meta["entry-points"]["copydesk"].items()
    ]
    (dist_info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "site"


def run_python(args: list[str], path: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "COPYDESK_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(p) for p in path] + sys.path[1:])
    return subprocess.run(
        [sys.executable, *args],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_tutorial_has_every_file_of_the_layout():
    assert sorted(project_files()) == [
        "pyproject.toml",
        "src/copydesk_quoteshare/__init__.py",
        "tests/test_quoteshare.py",
    ]


def test_pyproject_declares_the_entry_point(project):
    data = pyproject(project)
    assert data["build-system"]["build-backend"] == "hatchling.build"
    assert data["project"]["name"] == PROJECT
    assert data["project"]["entry-points"]["copydesk"] == {"quoteshare": "copydesk_quoteshare"}
    assert (project / "src" / "copydesk_quoteshare" / "__init__.py").is_file()
    assert data["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [
        "src/copydesk_quoteshare"
    ]


def test_the_plugins_own_tests_pass(project):
    result = run_python(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], [project / "src"], project
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def copydesk_plugins_output(project: Path, site: Path) -> str:
    result = run_python(["-m", "copydesk.cli", "plugins"], [site, project / "src"], project)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_copydesk_plugins_lists_the_installed_plugin_and_its_hooks(project, site):
    shown = captioned_blocks()["copydesk plugins (the end of its output)"]
    name_line, *hook_lines = shown.splitlines()
    output = copydesk_plugins_output(project, site)
    listed = output.split("\nquoteshare  (", 1)
    assert len(listed) == 2, output
    assert listed[1].splitlines()[1 : 1 + len(hook_lines)] == hook_lines
    assert name_line.startswith("quoteshare  (")


def test_copydesk_plugins_names_the_distribution_as_shown(project, site):
    shown = captioned_blocks()["copydesk plugins (the end of its output)"]
    assert shown in copydesk_plugins_output(project, site)


def test_the_python_session_runs_with_the_installed_plugin(project, site):
    [session] = PYCON_BLOCK.findall(TUTORIAL.read_text(encoding="utf-8"))
    script = project / "session.py"
    script.write_text(
        "import doctest, sys\n"
        f"test = doctest.DocTestParser().get_doctest({session!r}, {{}}, 'tutorial', None, 0)\n"
        "runner = doctest.DocTestRunner()\n"
        "runner.run(test)\n"
        "sys.exit(1 if runner.failures or not runner.tries else 0)\n",
        encoding="utf-8",
    )
    result = run_python([str(script)], [site, project / "src"], project)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_session_is_a_doctest():
    [session] = PYCON_BLOCK.findall(TUTORIAL.read_text(encoding="utf-8"))
    examples = doctest.DocTestParser().get_examples(session)
    assert examples[0].source.strip() == "import copydesk"
    assert len(examples) == 5
