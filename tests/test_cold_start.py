"""Cold start: what the first parse in a fresh process imports and reads.

Newsroom tools and the command line parse one article a process, so the
imports a plain ``parse`` never needs are left out of ``import copydesk``, and
installed plugins are looked for without importing :mod:`importlib.metadata`
when no installed distribution declares the ``copydesk`` entry-point group.
"""

from __future__ import annotations

import importlib.machinery
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import copydesk
from copydesk import lexicon as lexicon_module
from copydesk import plugins as plugin_module
from copydesk.stages import dates as dates_module


def _run(code: str, *path: Path) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (``path`` first on sys.path); it prints JSON."""
    lines = [f"import sys; sys.path[:0] = {[str(p) for p in path]!r}", code]
    done = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _dist(site: Path, name: str, entry_points: str | None) -> Path:
    """A hand-written installed distribution in ``site`` (an ``entry_points.txt`` if given)."""
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return info


# ---------------------------------------------------------------- entry_points.txt

ENTRY_POINT_FILES = [
    ("[copydesk]\nfeeds = feeds_plugin\n", True, "the group's own section"),
    ("[console_scripts]\ncopydesk = copydesk.cli:main\n", False, "a script named copydesk"),
    ("[pytest11]\nx = y\n\n[copydesk]\nz = w\n", True, "the group after another one"),
    ("  [copydesk]  \nz = w\n", True, "a section header with spaces around it"),
    ("[copydesk.extra]\nz = w\n", False, "a group whose name only starts the same"),
    ("# [copydesk]\n", False, "a commented-out section"),
    ("", False, "an empty file"),
]


@pytest.mark.parametrize(
    ("text", "declares", "why"), ENTRY_POINT_FILES, ids=[c[2] for c in ENTRY_POINT_FILES]
)
def test_an_entry_points_file_declares_the_group_only_in_its_section(tmp_path, text, declares, why):
    path = tmp_path / "entry_points.txt"
    path.write_text(text, encoding="utf-8")
    assert plugin_module._declares(str(path), "copydesk") is declares, why


def test_a_distribution_without_entry_points_declares_nothing(tmp_path):
    assert plugin_module._declares(str(tmp_path / "missing.txt"), "copydesk") is False


FOLDERS = [
    ("dist-info", "[copydesk]\na = b\n", True),
    ("dist-info", "[console_scripts]\na = b\n", False),
    ("dist-info", None, False),
    ("egg-info", "[copydesk]\na = b\n", True),
    ("DIST-INFO", "[copydesk]\na = b\n", True),
]


@pytest.mark.parametrize(("suffix", "text", "declares"), FOLDERS)
def test_a_folder_on_the_path_is_read_as_importlib_metadata_reads_it(
    tmp_path, suffix, text, declares
):
    info = tmp_path / f"some_plugin-1.0.{suffix}"
    info.mkdir()
    if text is not None:
        (info / "entry_points.txt").write_text(text, encoding="utf-8")
    assert plugin_module._folder_may_declare(str(tmp_path), "copydesk") is declares


def test_what_cannot_be_read_cheaply_counts_as_a_maybe(tmp_path):
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x-1.0.dist-info/entry_points.txt", "[console_scripts]\na = b\n")
    assert plugin_module._folder_may_declare(str(archive), "copydesk") is True
    assert plugin_module._folder_may_declare(str(tmp_path / "gone"), "copydesk") is False
    assert plugin_module._folder_may_declare(None, "copydesk") is True


def test_another_finder_that_lists_distributions_counts_as_a_maybe(monkeypatch):
    class Finder:
        def find_spec(self, *args):
            return None

        def find_distributions(self, *args):
            return iter(())

    monkeypatch.setattr(sys, "path", [])
    monkeypatch.setattr(sys, "meta_path", [importlib.machinery.PathFinder])
    assert plugin_module._group_may_be_declared("copydesk") is False
    monkeypatch.setattr(sys, "meta_path", [Finder(), importlib.machinery.PathFinder])
    assert plugin_module._group_may_be_declared("copydesk") is True


# ---------------------------------------------------------------- fresh processes

_ONLY_SOMETIMES = ("importlib.metadata", "importlib.resources", "cattrs", "multiprocessing")
_FLAGS = (
    "import json, sys, copydesk; copydesk.parse('\"Ready,\" she said on Monday.');"
    f" loaded = {{m: m in sys.modules for m in {_ONLY_SOMETIMES!r}}};"
    " from copydesk.plugins import _group_may_be_declared;"
    " print(json.dumps({'loaded': loaded, 'declared': _group_may_be_declared('copydesk')}))"
)


def test_a_plain_parse_imports_only_what_it_needs(tmp_path):
    _dist(tmp_path, "other_tool", "[console_scripts]\nother = other:main\n")
    seen = _run(_FLAGS, tmp_path)
    expected = dict.fromkeys(_ONLY_SOMETIMES, False)
    if seen["declared"]:
        # A copydesk plugin is installed on that path (nox -s plugins, a developer's
        # venv): then the full entry-point look-up must run, with its own imports.
        expected.update({"importlib.metadata": True, "importlib.resources": True})
    assert seen["loaded"] == expected


def test_an_installed_plugin_is_still_found(tmp_path):
    _dist(tmp_path, "dday_plugin", "[copydesk]\ndday = dday_plugin\n")
    (tmp_path / "dday_plugin.py").write_text(
        "import copydesk\n\n"
        "@copydesk.hookimpl\n"
        "def copydesk_enrich_article(article):\n"
        "    return [copydesk.Enrichment('dday')]\n",
        encoding="utf-8",
    )
    code = (
        "import json, copydesk; a = copydesk.parse('x');"
        " print(json.dumps({'kinds': [e.kind for e in a.enrichments]}))"
    )
    kinds = _run(code, tmp_path)["kinds"]
    assert isinstance(kinds, list)
    assert "dday" in kinds  # with any plugins this environment already has


def test_lazy_names_load_on_first_use():
    assert copydesk.to_json is copydesk.serialize.to_json
    assert copydesk.__version__ == copydesk._own_version()
    assert {"to_json", "from_dict", "json_schema", "__version__"} <= set(dir(copydesk))
    with pytest.raises(AttributeError, match="no_such_name"):
        copydesk.no_such_name  # noqa: B018 - the access is the test


def test_the_shipped_lists_read_the_same_through_importlib_resources(monkeypatch):
    on_disk = {name: lexicon_module.read_builtin_list(name) for name in ["roles", "dates_months"]}
    names = lexicon_module.builtin_list_names()
    monkeypatch.setattr(lexicon_module, "_folder_on_disk", lambda: None)
    assert lexicon_module.builtin_list_names() == names
    assert "roles" in names and "__init__" not in names
    for name, entries in on_disk.items():
        assert lexicon_module.read_builtin_list(name) == entries


# ---------------------------------------------------------------- dates finders


def _fresh_grammar() -> dates_module._Grammar:
    lexicon = copydesk.Parser(entry_points=False).lexicon
    lists = {name: dates_module._pairs(lexicon[name]) for name in dates_module._LISTS}
    return dates_module._Grammar(lists)


HEADS = [
    ("digits", "a number: times, years, counts"),
    ("tuesday", "a weekday, which is also a lead word"),
    ("decade", "a unit"),
    ("noon", "a time of day"),
]


@pytest.mark.parametrize(("word", "why"), HEADS, ids=[c[1] for c in HEADS])
def test_a_dates_finder_is_compiled_when_its_head_is_first_met(word, why):
    grammar = _fresh_grammar()
    assert grammar.finders == {}, why
    finder = grammar.finder(word)
    assert list(grammar.finders) == [word]
    assert grammar.finder(word) is finder
    names = [name for name in grammar.branches if name in grammar.finder_keys[word]]
    assert finder.pattern.count("(?P<b_") == len(names)


def test_heads_trying_the_same_branches_share_one_finder():
    grammar = _fresh_grammar()
    same = [w for w, key in grammar.finder_keys.items() if key == grammar.finder_keys["tuesday"]]
    assert len(same) > 1
    assert len({id(grammar.finder(word)) for word in same}) == 1
