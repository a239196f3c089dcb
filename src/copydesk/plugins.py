"""The plugin manager: built-in stages and installed plugins, found alike.

Built-in stages are registered exactly as third-party plugins are. External
plugins are found through the ``copydesk`` entry-point group when a parser is
built (not at import time); one that fails to import becomes a
:class:`~copydesk.Diagnostic` instead of an error. Plugins can be disabled by
name, through the ``disable`` argument or the ``COPYDESK_DISABLE_PLUGINS``
environment variable (names separated by commas).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import sys
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import attrs
import pluggy

from copydesk import hookspecs
from copydesk.builtin import BUILTIN_STAGES
from copydesk.model import Diagnostic

if TYPE_CHECKING:
    from importlib import metadata

__all__ = [
    "BUILTIN_PREFIX",
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "CopydeskPluginManager",
    "PluginInfo",
    "builtin_name",
    "disabled_from_env",
    "make_plugin_manager",
    "plugin_infos",
]

ENTRY_POINT_GROUP = "copydesk"
DISABLE_ENV = "COPYDESK_DISABLE_PLUGINS"
BUILTIN_PREFIX = "copydesk."


@attrs.frozen
class PluginInfo:
    """What ``copydesk plugins`` shows about one plugin."""

    name: str
    hooks: tuple[str, ...]
    builtin: bool
    version: str | None = None
    distribution: str | None = None


def builtin_name(module_name: str) -> str:
    """The plugin name of a built-in stage: ``copydesk.builtin.dates`` -> ``copydesk.dates``."""
    return BUILTIN_PREFIX + module_name.rsplit(".", 1)[-1]


def disabled_from_env(environ: dict[str, str] | os._Environ[str] | None = None) -> frozenset[str]:
    """Plugin names listed in ``COPYDESK_DISABLE_PLUGINS``."""
    raw = (os.environ if environ is None else environ).get(DISABLE_ENV, "")
    return frozenset(name.strip() for name in raw.split(",") if name.strip())


class CopydeskPluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers which distribution each plugin came from."""

    def __init__(self, project_name: str) -> None:
        super().__init__(project_name)
        self.distributions: dict[str, tuple[str, str]] = {}


def _entry_points() -> Iterator[metadata.EntryPoint]:
    if not _group_may_be_declared(ENTRY_POINT_GROUP):
        return
    from importlib import metadata  # noqa: PLC0415 - only when a plugin may be there

    yield from metadata.entry_points(group=ENTRY_POINT_GROUP)


_METADATA_SUFFIXES = (".dist-info", ".egg-info")


def _group_may_be_declared(group: str) -> bool:
    """False only when no installed distribution can declare the entry-point ``group``.

    :mod:`importlib.metadata` is the slowest import copydesk has (a third of
    ``import copydesk``), and most installs have no copydesk plugin; so the
    ``entry_points.txt`` files it would read are first looked through here, on
    the same ``sys.path`` folders and with the same names its path finder
    reads. Anything this check cannot read as cheaply (a zip archive on the
    path, an unreadable folder, another finder that lists distributions)
    counts as a maybe, and the full look-up runs.
    """
    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and hasattr(finder, "find_distributions"):
            return True
    return any(_folder_may_declare(entry, group) for entry in sys.path)


def _folder_may_declare(entry: object, group: str) -> bool:
    try:
        folder = os.fsdecode(entry) or "."  # type: ignore[arg-type]  # anything may be on sys.path
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries]
    except (FileNotFoundError, NotADirectoryError):
        return os.path.isfile(folder)  # a zip archive: importlib.metadata reads inside it
    except (OSError, TypeError, ValueError):
        return True
    egg = folder.lower().endswith(".egg")
    for name in names:
        low = name.lower()
        listed = low.endswith(_METADATA_SUFFIXES) or (egg and low == "egg-info")
        if listed and _declares(os.path.join(folder, name, "entry_points.txt"), group):
            return True
    return False


def _declares(path: str, group: str) -> bool:
    """Whether an ``entry_points.txt`` has a ``[group]`` section (True when unreadable)."""
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, UnicodeDecodeError):
        return True
    for line in text.splitlines():
        header = line.strip()
        if header.startswith("[") and header.endswith("]") and header.strip("[]").strip() == group:
            return True
    return False


def _load_error(name: str, exc: BaseException) -> Diagnostic:
    return Diagnostic(name, "load", f"could not load plugin: {type(exc).__name__}: {exc}")


def _register_builtins(pm: pluggy.PluginManager, disabled: frozenset[str]) -> None:
    for module_name in BUILTIN_STAGES:
        name = builtin_name(module_name)
        if name not in disabled:
            pm.register(importlib.import_module(module_name), name=name)


def _register_entry_points(
    pm: CopydeskPluginManager, disabled: frozenset[str], diagnostics: list[Diagnostic]
) -> None:
    for entry_point in _entry_points():
        if entry_point.name in disabled or pm.has_plugin(entry_point.name):
            continue
        try:
            plugin = entry_point.load()
            pm.register(plugin, name=entry_point.name)
        except Exception as exc:  # a broken plugin must not stop copydesk
            diagnostics.append(_load_error(entry_point.name, exc))
            continue
        dist = getattr(entry_point, "dist", None)
        if dist is not None:
            pm.distributions[entry_point.name] = (dist.metadata["Name"], dist.version)


def _plugin_name(plugin: object, index: int) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    name = getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
    return str(name) if name else f"{type(plugin).__name__}-{index}"


def _register_given(
    pm: pluggy.PluginManager,
    plugins: Iterable[object],
    disabled: frozenset[str],
    diagnostics: list[Diagnostic],
) -> None:
    for index, plugin in enumerate(plugins):
        name = _plugin_name(plugin, index)
        if name in disabled:
            continue
        try:
            pm.register(plugin, name=name)
        except Exception as exc:
            diagnostics.append(_load_error(name, exc))


def make_plugin_manager(
    *,
    plugins: Iterable[object] = (),
    builtins: bool = True,
    entry_points: bool = True,
    disable: Iterable[str] = (),
) -> tuple[CopydeskPluginManager, tuple[Diagnostic, ...]]:
    """A plugin manager holding the built-ins, installed plugins and ``plugins``.

    Returns the manager and the diagnostics of plugins that failed to load.
    Plugins given directly are registered after the built-ins, so their hook
    implementations run first.
    """
    disabled = frozenset(disable) | disabled_from_env()
    pm = CopydeskPluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    diagnostics: list[Diagnostic] = []
    if builtins:
        _register_builtins(pm, disabled)
    if entry_points:
        _register_entry_points(pm, disabled, diagnostics)
    _register_given(pm, plugins, disabled, diagnostics)
    return pm, tuple(diagnostics)


def _distribution_of(pm: pluggy.PluginManager, name: str) -> tuple[str | None, str | None]:
    if isinstance(pm, CopydeskPluginManager) and name in pm.distributions:
        return pm.distributions[name]
    return None, None


def plugin_infos(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Every registered plugin with the hooks it implements, built-ins first."""
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        hooks = tuple(sorted(caller.name for caller in pm.get_hookcallers(plugin) or ()))
        builtin = getattr(plugin, "__name__", "") in BUILTIN_STAGES
        dist_name, version = _distribution_of(pm, name)
        if builtin:
            dist_name, version = "copydesk", _own_version()
        infos.append(PluginInfo(name, hooks, builtin, version, dist_name))
    return sorted(infos, key=lambda info: (not info.builtin, info.name))


def _own_version() -> str | None:
    from importlib import metadata  # noqa: PLC0415 - slow import, rarely needed

    try:
        return metadata.version("copydesk")
    except metadata.PackageNotFoundError:
        return None
