"""Exceptions copydesk raises on purpose."""

from __future__ import annotations

__all__ = ["CopydeskError", "InputError", "PluginError"]


class CopydeskError(Exception):
    """Base of every error copydesk raises on purpose."""


class InputError(CopydeskError, ValueError):
    """The input is not something copydesk can read (bad date, bad record)."""


class PluginError(CopydeskError):
    """A plugin failed in a strict parser (a lenient one records a diagnostic).

    ``plugin`` and ``hook`` say who failed where; the original exception is
    the ``__cause__``.
    """

    def __init__(self, plugin: str, hook: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r} failed in {hook}: {message}")
        self.plugin = plugin
        self.hook = hook
