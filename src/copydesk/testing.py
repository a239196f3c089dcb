"""Helpers for testing copydesk plugins.

A plugin's tests should not depend on what else happens to be installed, and
should fail loudly when the plugin misbehaves. These helpers give a parser
with only the plugins under test (plus, by default, the built-in stages), a
way to route :func:`copydesk.parse` through such a parser for one test, and a
check that every span in an article slices its text::

    from copydesk.testing import assert_spans_slice, make_parser, sample_article

    import my_plugin

    def test_my_plugin_keeps_offsets():
        article = make_parser(my_plugin).parse(sample_article())
        assert_spans_slice(article)

Nothing here is needed at run time; it is part of the package so that
plugin projects can import it from their own test suites.
"""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Callable, Iterator
from types import ModuleType

import attrs

from copydesk import hookspecs
from copydesk.model import Article, DateMention, Span
from copydesk.pipeline import Parser

__all__ = [
    "SAMPLE_PUBLISHED",
    "as_plugin",
    "assert_spans_slice",
    "make_parser",
    "registered",
    "sample_article",
    "spans_of",
]

SAMPLE_PUBLISHED = "2025-03-14"
"""The publication date in the header of :func:`sample_article`."""

_SAMPLE_ARTICLE = """\
date 2025-03-14

Harbour town votes to rebuild its old pier

LISBON – The council of Vila Serena voted on Thursday to rebuild the old \
fishing pier before the summer, ending a dispute that had lasted three years.

"We have waited long enough," said Marta Reis, the council's head of works. \
"The boats need a safe place to land."

Reis said the work would start in April and take about six months. She added \
that the town would ask the regional government to pay half of the cost.

Officials at the fisheries ministry said they had not yet seen the plans, \
according to a statement released on Friday.
"""

# The modules whose ``default_parser`` name is looked up when copydesk parses
# with the default parser: ``copydesk.parse`` (the package), ``parse_many``
# (batch) and anything calling ``copydesk.pipeline.default_parser()``.
_DEFAULT_PARSER_USERS = ("copydesk", "copydesk.pipeline", "copydesk.batch")


def sample_article() -> str:
    """A short synthetic news article for plugin tests.

    It has a metadata line dated :data:`SAMPLE_PUBLISHED`, a headline, a
    dateline, direct and indirect quotes, a named and a pronoun speaker, an
    anonymous source and a document source, and relative dates ("Thursday",
    "April", "three years"). It was written for copydesk and is free to copy.
    """
    return _SAMPLE_ARTICLE


def make_parser(*plugins: object, builtins: bool = True, strict: bool = True) -> Parser:
    """A parser with only ``plugins`` (and the built-in stages), no installed plugins.

    Plugins installed in the environment (the ``copydesk`` entry-point group)
    are not loaded, so a test sees the same result on every machine. The
    parser is ``strict`` by default: a plugin that raises, returns the wrong
    type or returns a span that does not slice the text makes the test fail
    with :class:`~copydesk.errors.PluginError` instead of leaving a
    diagnostic that is easy to miss. Pass ``builtins=False`` to run a plugin
    on its own.

    A strict parser also checks that every ``@hookimpl`` in the plugins is
    named after a real hook with arguments it has, so a misspelt hook (which
    pluggy would otherwise ignore) fails at once with
    :class:`pluggy.PluginValidationError`.

    Names listed in ``COPYDESK_DISABLE_PLUGINS`` are still left out, as they
    are for every parser.
    """
    return _checked(Parser(plugins=plugins, builtins=builtins, strict=strict, entry_points=False))


def _checked(parser: Parser) -> Parser:
    """``parser``, after checking a strict one has no hook implementations without a hook."""
    if parser.strict:
        parser.plugin_manager.check_pending()
    return parser


def as_plugin(*hooks: Callable[..., object], name: str = "test-plugin") -> object:
    """A plugin object made of loose ``@hookimpl`` functions, named ``name``.

    Handy in a test or a notebook where the hook functions are not in a
    module of their own: ``make_parser(as_plugin(copydesk_find_dates))``.
    pluggy silently ignores a function that is not marked with
    :data:`copydesk.hookimpl` or whose name is not a hook's, so this raises
    :class:`TypeError` for both instead.
    """
    for hook in hooks:
        hook_name = getattr(hook, "__name__", repr(hook))
        if not callable(getattr(hookspecs, hook_name, None)) or not hook_name.startswith(
            "copydesk_"
        ):
            raise TypeError(f"{hook_name} is not the name of a copydesk hook")
        if not hasattr(hook, "copydesk_impl"):
            raise TypeError(f"{hook_name} is not marked with @copydesk.hookimpl")
    return types.SimpleNamespace(name=name, **{hook.__name__: hook for hook in hooks})


@contextlib.contextmanager
def registered(
    *plugins: object, builtins: bool = True, strict: bool = True, entry_points: bool = False
) -> Iterator[Parser]:
    """Make :func:`copydesk.parse` and :func:`copydesk.parse_many` use ``plugins``.

    For testing code that calls the module-level functions rather than a
    parser it was given. Inside the ``with`` block the default parser is a
    fresh :class:`~copydesk.Parser` built with ``plugins`` (see
    :func:`make_parser` for ``builtins`` and ``strict``; installed plugins are
    left out unless ``entry_points`` is true); it is yielded too. On leaving
    the block, normally or by an exception, the previous default parser is
    restored. Blocks may be nested.

    The cached default parser itself is never modified, so code outside the
    block (and other tests) never sees the plugin. The ``copydesk`` command
    line builds its own parser and does not see it either, and
    ``parse_many(..., processes=N)`` refuses plugin objects (they cannot be
    sent to worker processes): test those through an installed entry point.
    """
    parser = _checked(
        Parser(plugins=plugins, builtins=builtins, strict=strict, entry_points=entry_points)
    )

    def default_parser() -> Parser:
        """The parser of the enclosing :func:`registered` block."""
        return parser

    saved: list[tuple[ModuleType, object]] = []
    try:
        for name in _DEFAULT_PARSER_USERS:
            module = sys.modules[name]
            saved.append((module, module.default_parser))
            setattr(module, "default_parser", default_parser)  # noqa: B010 - patch by name
        yield parser
    finally:
        for module, original in reversed(saved):
            setattr(module, "default_parser", original)  # noqa: B010 - restore by name


def _spans_at(path: str, value: object) -> Iterator[tuple[str, Span]]:
    """Every span inside ``value`` with the attribute path that leads to it."""
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, DateMention):
        yield path, value.span
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _spans_at(f"{path}[{index}]", item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _spans_at(f"{path}.{field.name}".lstrip("."), getattr(value, field.name))


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def spans_of(article: Article) -> list[tuple[str, Span]]:
    """Every span in ``article`` with where it is, e.g. ``("quotes[0].cue", span)``.

    Date mentions count as spans of their own ``start``, ``end`` and ``text``.
    """
    return list(_spans_at("", article))


def assert_spans_slice(article: Article) -> None:
    """Fail unless every span in ``article`` slices ``article.text`` exactly.

    This is copydesk's one promise about offsets,
    ``article.text[span.start:span.end] == span.text``, checked for every
    span: quotes, speakers, sources, dates, the header, enrichments. The
    error names each span that breaks it and what the text really holds
    there. It raises :class:`AssertionError` itself, so it works under
    ``python -O`` too.
    """
    text = article.text
    problems = [
        f"{path}: {span.start}..{span.end} holds {_slice(text, span)!r}, not {span.text!r}"
        for path, span in spans_of(article)
        if span.end > len(text) or _slice(text, span) != span.text
    ]
    if problems:
        raise AssertionError(
            f"{len(problems)} span(s) do not slice the article text:\n  " + "\n  ".join(problems)
        )
