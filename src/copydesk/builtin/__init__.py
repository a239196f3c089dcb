"""The built-in plugins: one pure-Python module of hook implementations per stage.

Each module here is an ordinary plugin module, registered exactly as a
third-party one is; its hook functions call the stage's functions in
:mod:`copydesk.stages`. The two are kept apart because the stage modules may
be compiled with mypyc (see :data:`COMPILED_STAGES`), and pluggy can only read
its ``@hookimpl`` marker and argument names off plain Python functions: the
hooks stay Python, the work they call may be native.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util

__all__ = ["BUILTIN_STAGES", "COMPILED_STAGES", "compiled_stages"]

BUILTIN_STAGES = (
    "copydesk.builtin.lexicon",
    "copydesk.builtin.text",
    "copydesk.builtin.header",
    "copydesk.builtin.dates",
    "copydesk.builtin.names",
    "copydesk.builtin.quotes",
    "copydesk.builtin.speakers",
    "copydesk.builtin.sources",
)
"""Module names of the built-in plugins, registered in this order."""

COMPILED_STAGES = (
    "copydesk.stages.dates",
    "copydesk.stages.dates_values",
    "copydesk.stages.header",
    "copydesk.stages.names",
    "copydesk.stages.quote_cues",
    "copydesk.stages.quote_marks",
    "copydesk.stages.quotes",
    "copydesk.stages.sources",
    "copydesk.stages.speakers",
    "copydesk.stages.text",
    "copydesk.stages.trusted",
)
"""The modules the compiled build compiles with mypyc: every stage module.

``[tool.hatch.build.targets.wheel.hooks.mypyc]`` in ``pyproject.toml`` must
list the same modules (a test checks both against the ``stages`` folder).
"""


def compiled_stages() -> tuple[str, ...]:
    """Those of :data:`COMPILED_STAGES` that load as compiled extension modules here.

    Empty for the ordinary pure-Python install; all of them when copydesk was
    installed from the compiled wheel. Found without importing the modules.
    """
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name in COMPILED_STAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and (spec.origin or "").endswith(suffixes):
            found.append(name)
    return tuple(found)
