"""What both fuzz targets share: starting atheris, and tolerating already-reported bugs.

libFuzzer stops at the first crash. Once a crash is recorded in
``tests/test_fuzz_regressions.py`` and reported, set ``COPYDESK_FUZZ_KNOWN``
to ``|``-separated pieces of its assertion message (for instance
``OverflowError: date value out of range``) and fuzz on for new ones; a fix
makes the setting unnecessary, and the regression test then proves it.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import types
from collections.abc import Callable
from typing import Any

__all__ = ["fuzz"]

_UNDER_TEST = ("copydesk", "fuzz_")


def _known_failures() -> tuple[str, ...]:
    return tuple(part for part in os.environ.get("COPYDESK_FUZZ_KNOWN", "").split("|") if part)


def _tolerating(target: Callable[[bytes], None], known: tuple[str, ...]) -> Callable[[bytes], None]:
    """``target``, with assertion failures that mention a known bug counted as passes."""

    def run(data: bytes) -> None:
        try:
            target(data)
        except AssertionError as exc:
            if not any(piece in str(exc) for piece in known):
                raise

    return run


def _instrument_copydesk(atheris: Any) -> int:
    """Coverage feedback for copydesk's own functions only.

    ``atheris.instrument_all()`` would also rewrite every library function
    loaded (about a minute at start); copydesk is what is under test.
    """
    functions = [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, types.FunctionType)
        and str(getattr(obj, "__module__", "")).startswith(_UNDER_TEST)
    ]
    for function in functions:
        atheris.instrument_func(function)
    return len(functions)


def fuzz(target: Callable[[bytes], None]) -> None:
    """Fuzz ``target`` under atheris with the command line's libFuzzer flags."""
    atheris = importlib.import_module("atheris")  # only fuzz runs need it, not the tests

    count = _instrument_copydesk(atheris)
    sys.stderr.write(f"INFO: instrumented {count} copydesk functions\n")
    atheris.Setup(sys.argv, _tolerating(target, _known_failures()))
    atheris.Fuzz()
