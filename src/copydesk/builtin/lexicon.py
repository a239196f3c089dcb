"""Lexicon stage: registers the word lists shipped with copydesk.

Every ``*.txt`` file in :mod:`copydesk.lexicon` is one list, named after the
file. They go through the same hook a third-party plugin uses, so a plugin
extends them rather than replacing code.
"""

from __future__ import annotations

from copydesk.hookspecs import hookimpl
from copydesk.lexicon import Register, builtin_list_names, read_builtin_list


@hookimpl(trylast=True)
def copydesk_register_lexicon(register: Register) -> None:
    """Register every shipped word list."""
    for name in builtin_list_names():
        register(name, read_builtin_list(name))
