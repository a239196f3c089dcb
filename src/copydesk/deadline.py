"""Time limits for plugin calls.

A plugin that loops forever must not hang a batch of a million articles. In
the main thread of a Unix process the limit interrupts the call itself (an
interval timer raises :class:`PluginTimeout` inside it); elsewhere (worker
threads, Windows) the call runs to its end and its answer is thrown away when
it took too long, so the article is still right, only later.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

from copydesk.errors import CopydeskError

__all__ = ["PluginTimeout", "call_with_deadline"]

T = TypeVar("T")


class PluginTimeout(CopydeskError):
    """A plugin call ran past its time limit."""


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise PluginTimeout("time limit reached")


def _interrupting(func: Callable[[], T], seconds: float) -> T:
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return func()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _checked_after(func: Callable[[], T], seconds: float) -> T:
    started = time.perf_counter()
    result = func()
    if time.perf_counter() - started > seconds:
        raise PluginTimeout("time limit reached (checked after the call)")
    return result


def call_with_deadline(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, or :class:`PluginTimeout` when it takes more than ``seconds``."""
    if seconds is None:
        return func()
    if _can_interrupt():
        return _interrupting(func, seconds)
    return _checked_after(func, seconds)
