"""The parser: runs the stage hooks in order and assembles the Article.

pluggy itself isolates nothing, so the parser calls every hook
implementation one at a time. An implementation that raises, returns the
wrong type, or returns spans that do not slice the text is reported as a
:class:`~copydesk.Diagnostic` on the article and its answer is dropped; the
rest of the parse goes on. A ``strict`` parser raises
:class:`~copydesk.errors.PluginError` instead. The built-in stages' spans are
not walked again here: the tests check them on every article, and walking
every span of a long article took a sixth of the parse.
"""

from __future__ import annotations

import inspect
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import cache
from itertools import pairwise
from types import ModuleType
from typing import Any, TypeVar

import attrs
import pluggy

from copydesk.builtin import BUILTIN_STAGES
from copydesk.deadline import PluginTimeout, call_with_deadline
from copydesk.document import CoveredText, Document, Header, NameMention, Segments
from copydesk.errors import InputError, PluginError
from copydesk.lexicon import Lexicon, LexiconBuilder
from copydesk.model import (
    Article,
    DateMention,
    Diagnostic,
    Enrichment,
    Quote,
    Source,
    Span,
    Speaker,
)
from copydesk.plugins import BUILTIN_PREFIX, builtin_name, make_plugin_manager

__all__ = ["Parser", "ParserSettings", "coerce_published", "default_parser"]

T = TypeVar("T")


def coerce_published(value: object) -> date | None:
    """A publication date from a date, a datetime or an ISO 8601 string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise InputError(
                f"published must be an ISO 8601 date like '2025-12-07', not {value!r}"
            ) from None
    raise TypeError(
        f"published must be a date, a datetime or an ISO string, not {type(value).__name__}"
    )


def _spans_in(value: object) -> Iterator[Span]:
    """Every span held anywhere inside a model object."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, DateMention):
        yield Span(value.start, value.end, value.text)
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans_in(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _spans_in(getattr(value, field.name))


def _misplaced_span(text: str, value: object) -> Span | None:
    """The first span in ``value`` that does not slice ``text``, if any."""
    for span in _spans_in(value):
        if span.end > len(text) or text[span.start : span.end] != span.text:
            return span
    return None


class _HookRunner:
    """Calls hook implementations one by one, turning failures into diagnostics."""

    def __init__(
        self, pm: pluggy.PluginManager, strict: bool, timeout: float | None = None
    ) -> None:
        self._pm = pm
        self._strict = strict
        self._timeout = timeout
        self.diagnostics: list[Diagnostic] = []

    def fail(
        self, plugin: str, hook: str, message: str, cause: BaseException | None = None
    ) -> None:
        if self._strict:
            raise PluginError(plugin, hook, message) from cause
        self.diagnostics.append(Diagnostic(plugin, hook, message))

    def implementations(self, hook: str) -> list[Any]:
        caller = getattr(self._pm.hook, hook)
        return [impl for impl in reversed(caller.get_hookimpls()) if not _is_wrapper(impl)]

    def call(self, impl: Any, hook: str, kwargs: Mapping[str, object]) -> tuple[bool, Any]:
        """Run one implementation; ``(False, None)`` when it failed."""

        def run() -> Any:
            result = impl.function(*(kwargs[name] for name in impl.argnames))
            return list(result) if inspect.isgenerator(result) else result

        limit = None if _is_builtin(impl.plugin_name) else self._timeout
        try:
            return True, call_with_deadline(run, limit)
        except PluginTimeout as exc:
            self.fail(impl.plugin_name, hook, f"took longer than {limit:g} s; answer dropped", exc)
        except Exception as exc:
            self.fail(impl.plugin_name, hook, f"{type(exc).__name__}: {exc}", exc)
        return False, None

    def first(
        self,
        hook: str,
        kwargs: Mapping[str, object],
        check: Callable[[Any, bool], str | None],
    ) -> Any:
        """The first valid non-``None`` answer, in pluggy's calling order.

        ``check(result, spans)`` names what is wrong with an answer; it checks
        the spans too when ``spans`` is true (for every plugin but copydesk's
        own stages).
        """
        for impl in self.implementations(hook):
            ok, result = self.call(impl, hook, kwargs)
            if not ok or result is None:
                continue
            problem = check(result, not _is_builtin_stage(impl))
            if problem is None:
                return result
            self.fail(impl.plugin_name, hook, problem)
        return None

    def each(
        self, hook: str, kwargs: Mapping[str, object], kind: type[T], text: str
    ) -> Iterator[tuple[str, list[T]]]:
        """Every implementation's answer as ``(plugin, items)``, bad items reported."""
        for impl in self.implementations(hook):
            ok, result = self.call(impl, hook, kwargs)
            if not ok or result is None:
                continue
            checked = None if _is_builtin_stage(impl) else text
            items = self._valid_items(impl.plugin_name, hook, result, kind, checked)
            if items is not None:
                yield impl.plugin_name, items

    def _valid_items(
        self, plugin: str, hook: str, result: object, kind: type[T], text: str | None
    ) -> list[T] | None:
        """The items of ``result`` of the right type; their spans are checked against ``text``."""
        if not isinstance(result, Iterable) or isinstance(result, str | bytes):
            self.fail(
                plugin,
                hook,
                f"returned {type(result).__name__}, expected an iterable of {kind.__name__}",
            )
            return None
        items: list[T] = []
        for item in result:
            if not isinstance(item, kind):
                self.fail(plugin, hook, f"returned {type(item).__name__}, expected {kind.__name__}")
                continue
            misplaced = None if text is None else _misplaced_span(text, item)
            if misplaced is not None:
                self.fail(
                    plugin, hook, f"returned a span that does not slice the text: {misplaced!r}"
                )
                continue
            items.append(item)
        return items


def _is_builtin(plugin_name: str) -> bool:
    """Built-in stages are linear and trusted; time limits are for third-party plugins."""
    return plugin_name.startswith(BUILTIN_PREFIX)


def _is_builtin_stage(impl: Any) -> bool:
    """Whether ``impl`` is one of copydesk's own stage modules, whose spans need no check."""
    plugin = impl.plugin
    return (
        isinstance(plugin, ModuleType)
        and plugin.__name__ in BUILTIN_STAGES
        and impl.plugin_name == builtin_name(plugin.__name__)
    )


def _is_wrapper(impl: Any) -> bool:
    return bool(getattr(impl, "hookwrapper", False) or getattr(impl, "wrapper", False))


def _merge_by_span(
    batches: Iterable[tuple[str, list[T]]], bounds_of: Callable[[T], tuple[int, int]]
) -> tuple[T, ...]:
    """Items of every finder; where two overlap the longer wins, ties to the earlier finder.

    Finders seldom overlap, so disjoint items (the usual case) are returned
    after one sort, or none when they already come in order; only
    overlapping ones go through the interval claims. ``bounds_of`` gives an
    item's ``(start, end)``.
    """
    batches = [(plugin, list(items)) for plugin, items in batches]
    given = [item for _plugin, items in batches for item in items]
    if _disjoint_in_order([bounds_of(item) for item in given]):
        return tuple(given)  # what the stable sort below would give back
    in_order = sorted(given, key=bounds_of)
    if _disjoint_in_order([bounds_of(item) for item in in_order]):
        return tuple(in_order)
    ranked: list[tuple[int, int, int, T]] = []
    for rank, (_plugin, items) in enumerate(batches):
        for order, item in enumerate(items):
            start, end = bounds_of(item)
            ranked.append((-(end - start), rank, order, item))
    ranked.sort(key=lambda entry: entry[:3])
    taken = _Intervals()
    kept = [item for *_, item in ranked if taken.claim(*bounds_of(item))]
    return tuple(sorted(kept, key=bounds_of))


def _disjoint_in_order(bounds: list[tuple[int, int]]) -> bool:
    """Whether each stretch ends before the next one starts."""
    return all(a[1] <= b[0] for a, b in pairwise(bounds))


class _Intervals:
    """Disjoint intervals kept sorted, so an overlap check is a binary search."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def claim(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` unless it overlaps one already taken; True when taken."""
        index = bisect_left(self._starts, end)
        if index > 0 and self._ends[index - 1] > start:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


def _merge_quotes(batches: Iterable[tuple[str, list[Quote]]]) -> tuple[Quote, ...]:
    """Quotes of every finder; a later finder's quote overlapping an earlier one's is dropped.

    Each finder's answer is checked against the earlier finders' quotes, not
    against its own (which may overlap each other).
    """
    kept: list[Quote] = []
    for _plugin, items in batches:
        earlier = CoveredText((q.content.start, q.content.end) for q in kept)
        for quote in items:
            if not earlier.overlaps(quote.content.start, quote.content.end):
                kept.append(quote)
    return tuple(sorted(kept, key=lambda q: (q.content.start, q.content.end)))


def _merge_sources(batches: Iterable[tuple[str, list[Source]]]) -> tuple[Source, ...]:
    kept: dict[str, Source] = {}
    for _plugin, items in batches:
        for source in items:
            kept.setdefault(source.id, source)
    return tuple(kept.values())


def _check_segments(text: str) -> Callable[[Any, bool], str | None]:
    def check(result: Any, spans: bool) -> str | None:
        if not isinstance(result, Segments):
            return f"returned {type(result).__name__}, expected Segments"
        misplaced = _misplaced_span(text, result) if spans else None
        return None if misplaced is None else f"span does not slice the text: {misplaced!r}"

    return check


def _check_header(text: str) -> Callable[[Any, bool], str | None]:
    def check(result: Any, spans: bool) -> str | None:
        if not isinstance(result, Header):
            return f"returned {type(result).__name__}, expected Header"
        misplaced = _misplaced_span(text, result) if spans else None
        return None if misplaced is None else f"span does not slice the text: {misplaced!r}"

    return check


def _check_resolution(text: str) -> Callable[[Any, bool], str | None]:
    def check(result: Any, spans: bool) -> str | None:
        shape_ok = (
            isinstance(result, tuple)
            and len(result) == 2
            and all(isinstance(q, Quote) for q in result[0])
            and all(isinstance(s, Speaker) for s in result[1])
        )
        if not shape_ok:
            return "expected a pair (tuple of Quote, tuple of Speaker)"
        if not spans:
            return None
        misplaced = _misplaced_span(text, (tuple(result[0]), tuple(result[1])))
        return None if misplaced is None else f"span does not slice the text: {misplaced!r}"

    return check


@attrs.frozen
class ParserSettings:
    """How a parser was built, minus plugin objects: enough to build it again elsewhere.

    Worker processes of :func:`~copydesk.parse_many` rebuild their parser
    from these, since plugin modules cannot be sent between processes.
    """

    strict: bool = False
    entry_points: bool = True
    builtins: bool = True
    disable: tuple[str, ...] = ()
    plugin_timeout: float | None = 30.0

    def build(self) -> Parser:
        """A parser with these settings."""
        return Parser(
            strict=self.strict,
            entry_points=self.entry_points,
            builtins=self.builtins,
            disable=self.disable,
            plugin_timeout=self.plugin_timeout,
        )


class Parser:
    """Parses articles with a fixed set of plugins and word lists.

    Build one and reuse it: building loads the plugins and the lexicon once.

    :param plugins: extra plugin objects or modules, run before the built-ins.
    :param strict: raise :class:`~copydesk.errors.PluginError` when a plugin
        fails, instead of recording a diagnostic.
    :param entry_points: load plugins installed under the ``copydesk``
        entry-point group.
    :param builtins: register the built-in stages (turn off to test a plugin
        on its own).
    :param disable: names of plugins not to register.
    :param plugin_timeout: seconds one call of a third-party plugin may take
        before its answer is dropped with a diagnostic (``None``: no limit).
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        strict: bool = False,
        entry_points: bool = True,
        builtins: bool = True,
        disable: Iterable[str] = (),
        plugin_timeout: float | None = 30.0,
    ) -> None:
        plugins = tuple(plugins)
        disable = tuple(disable)
        self.strict = strict
        self.plugin_timeout = plugin_timeout
        self.settings = ParserSettings(
            strict, entry_points, builtins, tuple(sorted(disable)), plugin_timeout
        )
        self.extra_plugins = tuple(plugins)
        self.plugin_manager, self.load_diagnostics = make_plugin_manager(
            plugins=plugins, builtins=builtins, entry_points=entry_points, disable=disable
        )
        if strict and self.load_diagnostics:
            first = self.load_diagnostics[0]
            raise PluginError(first.plugin, first.hook, first.message)
        self._lexicon_diagnostics: tuple[Diagnostic, ...] = ()
        self.lexicon = self._build_lexicon()

    def _build_lexicon(self) -> Lexicon:
        runner = _HookRunner(self.plugin_manager, self.strict, self.plugin_timeout)
        builder = LexiconBuilder()
        for impl in runner.implementations("copydesk_register_lexicon"):
            runner.call(impl, "copydesk_register_lexicon", {"register": builder.register})
        self._lexicon_diagnostics = tuple(runner.diagnostics)
        return builder.build()

    def parse(self, text: str, *, published: date | datetime | str | None = None) -> Article:
        """Everything copydesk finds in ``text``.

        ``published`` anchors relative dates ("Sunday", "last week"); when it
        is not given, a date in the article's header is used.
        """
        if not isinstance(text, str):
            raise TypeError(
                f"parse() expects the article text as str, not {type(text).__name__}"
                + ("; decode the bytes first" if isinstance(text, bytes | bytearray) else "")
            )
        runner = _HookRunner(self.plugin_manager, self.strict, self.plugin_timeout)
        runner.diagnostics.extend(self.load_diagnostics + self._lexicon_diagnostics)
        doc = self._read(text, coerce_published(published), runner)
        article = _assemble(doc)
        return self._enrich(article, runner)

    def _read(self, text: str, published: date | None, runner: _HookRunner) -> Document:
        lexicon = self.lexicon
        segments = runner.first(
            "copydesk_segment", {"text": text, "lexicon": lexicon}, _check_segments(text)
        )
        segments = segments or Segments()
        header = runner.first(
            "copydesk_read_header",
            {"text": text, "segments": segments, "published": published, "lexicon": lexicon},
            _check_header(text),
        )
        header = header or Header()
        doc = Document(
            text,
            published or header.published,
            lexicon=lexicon,
            segments=segments,
            header=header,
        )
        doc = attrs.evolve(doc, dates=self._dates(doc, runner))
        doc = attrs.evolve(doc, names=self._names(doc, runner))
        doc = attrs.evolve(
            doc,
            quotes=_merge_quotes(runner.each("copydesk_find_quotes", {"doc": doc}, Quote, text)),
        )
        resolved = runner.first("copydesk_resolve_speakers", {"doc": doc}, _check_resolution(text))
        if resolved is not None:
            doc = attrs.evolve(doc, quotes=tuple(resolved[0]), speakers=tuple(resolved[1]))
        sources = _merge_sources(runner.each("copydesk_find_sources", {"doc": doc}, Source, text))
        return attrs.evolve(doc, sources=sources)

    @staticmethod
    def _dates(doc: Document, runner: _HookRunner) -> tuple[DateMention, ...]:
        batches = runner.each("copydesk_find_dates", {"doc": doc}, DateMention, doc.text)
        return _merge_by_span(batches, _date_bounds)

    @staticmethod
    def _names(doc: Document, runner: _HookRunner) -> tuple[NameMention, ...]:
        batches = runner.each("copydesk_find_names", {"doc": doc}, NameMention, doc.text)
        return _merge_by_span(batches, _name_bounds)

    @staticmethod
    def _enrich(article: Article, runner: _HookRunner) -> Article:
        enrichments: list[Enrichment] = []
        batches = runner.each(
            "copydesk_enrich_article", {"article": article}, Enrichment, article.text
        )
        for plugin, items in batches:
            enrichments.extend(attrs.evolve(item, plugin=plugin) for item in items)
        return attrs.evolve(
            article, enrichments=tuple(enrichments), diagnostics=tuple(runner.diagnostics)
        )


def _date_bounds(mention: DateMention) -> tuple[int, int]:
    return mention.start, mention.end


def _name_bounds(mention: NameMention) -> tuple[int, int]:
    return mention.span.start, mention.span.end


def _assemble(doc: Document) -> Article:
    header = doc.header
    return Article(
        text=doc.text,
        published=doc.published,
        headline=header.headline,
        byline=header.byline,
        dateline=header.dateline,
        metadata=header.metadata,
        quotes=doc.quotes,
        speakers=doc.speakers,
        sources=doc.sources,
        dates=doc.dates,
    )


@cache
def default_parser() -> Parser:
    """The parser :func:`copydesk.parse` uses: built-ins and installed plugins, built once.

    Built on first use, not at import, so importing copydesk stays cheap and
    installed plugins are looked up once per process.
    """
    return Parser()
