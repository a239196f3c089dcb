"""Word lists as data.

Each list lives in a text file beside this module (one entry a line, ``#``
starts a comment) and is registered by the built-in lexicon plugin through
the same ``copydesk_register_lexicon`` hook third-party plugins use. A
:class:`Lexicon` is built once per :class:`~copydesk.Parser` and is frozen.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

__all__ = ["Lexicon", "LexiconBuilder", "Register", "builtin_list_names", "read_builtin_list"]

T = TypeVar("T")

Register = Callable[[str, Iterable[str]], None]
"""The callback a lexicon hook receives: ``register(list_name, words)``."""


def _freeze(lists: Mapping[str, Iterable[str]]) -> Mapping[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in lists.items()}


@attrs.frozen
class Lexicon:
    """Named word lists, read-only once built.

    Look-ups of a list nobody registered give an empty set, so a stage can ask
    for a list a plugin may or may not provide.
    """

    lists: Mapping[str, frozenset[str]] = attrs.field(factory=dict, converter=_freeze)
    _derived: dict[Callable[[Lexicon], Any], Any] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists.get(name, frozenset())

    def derived(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, made once per lexicon and then reused.

        Stages turn word lists into look-up tables and regexes on every
        article; finding a cached table by its lists costs tens of
        microseconds an article (hashing dozens of lists and a compiled
        regex), a look-up here a fraction of one. ``build`` must depend on
        the lexicon alone.
        """
        try:
            return self._derived[build]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[build] = build(self)
            return value

    def __contains__(self, name: object) -> bool:
        return name in self.lists

    def names(self) -> list[str]:
        """The names of every registered list, sorted."""
        return sorted(self.lists)


class LexiconBuilder:
    """Collects words from every lexicon hook before the lexicon is frozen."""

    def __init__(self) -> None:
        self._lists: dict[str, set[str]] = {}

    def register(self, name: str, words: Iterable[str]) -> None:
        """Add ``words`` to the list called ``name`` (created when new)."""
        if not isinstance(name, str) or not name:
            raise TypeError(f"a lexicon list name must be a non-empty str, not {name!r}")
        if isinstance(words, str):
            raise TypeError(f"register({name!r}, ...) wants an iterable of words, not one str")
        bucket = self._lists.setdefault(name, set())
        for word in words:
            if not isinstance(word, str):
                raise TypeError(f"lexicon list {name!r} got a non-str entry {word!r}")
            bucket.add(word)

    def build(self) -> Lexicon:
        """The frozen lexicon of everything registered so far."""
        return Lexicon(self._lists)


def _folder_on_disk() -> str | None:
    """The folder of this package when it is a plain folder of files (an ordinary install).

    Reading the lists straight from it spares :mod:`importlib.resources`, a tenth
    of the cost of ``import copydesk``; a package inside a zip archive or served
    by another loader is read through :mod:`importlib.resources` instead.
    """
    folder = os.path.dirname(__file__ or "")
    return folder if folder and os.path.isdir(folder) else None


def builtin_list_names() -> list[str]:
    """The names of the word lists shipped as ``*.txt`` beside this module."""
    folder = _folder_on_disk()
    if folder is not None:
        names = os.listdir(folder)
    else:
        from importlib import resources  # noqa: PLC0415 - slow import, rarely needed

        names = [entry.name for entry in resources.files(__name__).iterdir()]
    return sorted(name.removesuffix(".txt") for name in names if name.endswith(".txt"))


def read_builtin_list(name: str) -> list[str]:
    """Entries of one shipped list: stripped lines, comments and blanks dropped."""
    folder = _folder_on_disk()
    if folder is not None:
        with open(os.path.join(folder, f"{name}.txt"), encoding="utf-8") as file:
            raw = file.read()
    else:
        from importlib import resources  # noqa: PLC0415 - slow import, rarely needed

        raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries
