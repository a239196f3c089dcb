"""The parser: plugin isolation, strict mode, merging, enrichment, lexicon hooks."""

from __future__ import annotations

import re
from datetime import date, datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk import (
    Article,
    DateMention,
    Enrichment,
    InputError,
    Parser,
    PluginError,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    TimexType,
    hookimpl,
    parse,
)
from copydesk import plugins as plugin_module
from copydesk.document import Header, Segments
from copydesk.lexicon import Lexicon
from copydesk.pipeline import _merge_by_span, _merge_quotes
from copydesk.stages.names import name_vocabulary

TEXT = "Talks began on D-Day in Baku."


class RaisingFinder:
    name = "raising"

    @hookimpl
    def copydesk_find_dates(self, doc):
        raise RuntimeError("boom")


class WrongTypeFinder:
    name = "wrong-type"

    @hookimpl
    def copydesk_find_dates(self, doc):
        return ["2025-01-01"]


class LyingSpanFinder:
    name = "lying-span"

    @hookimpl
    def copydesk_find_dates(self, doc):
        return [DateMention(0, 5, "D-Day", TimexType.DATE, "1944-06-06")]


class DDayFinder:
    name = "d-day"

    @hookimpl
    def copydesk_find_dates(self, doc):
        for match in re.finditer(r"D-Day", doc.text):
            yield DateMention(
                match.start(),
                match.end(),
                match.group(),
                TimexType.DATE,
                "1944-06-06",
                extra={"finder": "d-day"},
            )


class Enricher:
    name = "counter"

    @hookimpl
    def copydesk_enrich_article(self, article):
        return [Enrichment("word_count", {"words": len(article.text.split())}, plugin="liar")]


class RaisingEnricher:
    name = "raising-enricher"

    @hookimpl
    def copydesk_enrich_article(self, article):
        raise KeyError("missing")


class ExtraVerbs:
    name = "extra-verbs"

    @hookimpl
    def copydesk_register_lexicon(self, register):
        register("speech_verbs", {"quipped"})
        register("my_list", ["a", "b"])


class BadLexicon:
    name = "bad-lexicon"

    @hookimpl
    def copydesk_register_lexicon(self, register):
        register("speech_verbs", "quipped")


class QuoteFinder:
    name = "quote-finder"

    @hookimpl
    def copydesk_find_quotes(self, doc):
        start = doc.text.index("Talks")
        return [Quote(QuoteKind.DIRECT, Span.of(doc.text, start, start + 11))]


def only(*plugins, **kwargs) -> Parser:
    return Parser(plugins=plugins, entry_points=False, **kwargs)


@pytest.mark.parametrize(
    ("plugin", "message"),
    [
        (RaisingFinder(), "RuntimeError: boom"),
        (WrongTypeFinder(), "returned str, expected DateMention"),
        (LyingSpanFinder(), "does not slice the text"),
    ],
    ids=["raises", "wrong type", "span that lies"],
)
def test_a_failing_plugin_becomes_a_diagnostic(plugin, message):
    article = only(plugin).parse(TEXT)
    assert isinstance(article, Article)
    [diagnostic] = [d for d in article.diagnostics if d.plugin == plugin.name]
    assert diagnostic.hook == "copydesk_find_dates"
    assert message in diagnostic.message


@pytest.mark.parametrize(
    "plugin", [RaisingFinder(), WrongTypeFinder(), LyingSpanFinder()], ids=lambda p: p.name
)
def test_strict_parser_raises(plugin):
    with pytest.raises(PluginError) as caught:
        only(plugin, strict=True).parse(TEXT)
    assert caught.value.plugin == plugin.name
    assert caught.value.hook == "copydesk_find_dates"


def test_plugin_date_finder_adds_mentions_with_its_own_values():
    article = only(DDayFinder()).parse(TEXT)
    [mention] = [d for d in article.dates if d.text == "D-Day"]
    assert mention.value == "1944-06-06"
    assert mention.extra == {"finder": "d-day"}
    assert not article.diagnostics


def test_enrichments_are_stamped_with_the_plugin_that_made_them():
    article = only(Enricher()).parse(TEXT)
    assert article.enrichments == (Enrichment("word_count", {"words": 6}, plugin="counter"),)


def test_a_raising_enricher_keeps_the_rest():
    article = only(RaisingEnricher(), Enricher()).parse(TEXT)
    assert [e.plugin for e in article.enrichments] == ["counter"]
    assert [d.plugin for d in article.diagnostics] == ["raising-enricher"]


def test_lexicon_hook_extends_lists():
    parser = only(ExtraVerbs())
    assert "quipped" in parser.lexicon["speech_verbs"]
    assert parser.lexicon["my_list"] == {"a", "b"}
    assert "abbreviations" in parser.lexicon.names()
    assert parser.lexicon["never_registered"] == frozenset()


def test_a_lexicon_builds_each_derived_table_once():
    lexicon, other = Lexicon({"words": ["x"]}), Lexicon({"words": ["y"]})
    calls = []

    def build(lex):
        calls.append(lex)
        return sorted(lex["words"])

    assert lexicon.derived(build) == ["x"]
    assert lexicon.derived(build) is lexicon.derived(build)
    assert other.derived(build) == ["y"]
    assert calls == [lexicon, other]
    assert lexicon == Lexicon({"words": ["x"]})  # the cache is no part of the value


def test_a_plugin_word_reaches_the_cached_name_vocabulary():
    class ExtraTitle:
        name = "extra-title"

        @hookimpl
        def copydesk_register_lexicon(self, register):
            register("titles", {"grand vizier"})

    assert "grand vizier" in name_vocabulary(only(ExtraTitle()).lexicon).titles
    assert "grand vizier" not in name_vocabulary(only().lexicon).titles


def test_a_bad_lexicon_plugin_is_reported_on_every_article():
    parser = only(BadLexicon())
    article = parser.parse(TEXT)
    assert any(
        d.plugin == "bad-lexicon" and d.hook == "copydesk_register_lexicon"
        for d in article.diagnostics
    )


def test_plugin_quotes_win_over_overlapping_builtin_quotes():
    article = only(QuoteFinder()).parse(TEXT)
    assert article.quotes[0].content.text == "Talks began"


def test_overlapping_date_mentions_keep_the_longer():
    class Short:
        name = "short"

        @hookimpl
        def copydesk_find_dates(self, doc):
            return [DateMention(15, 16, "D", TimexType.DATE, "X")]

    article = only(Short(), DDayFinder()).parse(TEXT)
    assert [d.text for d in article.dates if d.start <= 15 < d.end] == ["D-Day"]


def test_builtins_can_be_left_out():
    parser = Parser(plugins=[DDayFinder()], builtins=False, entry_points=False)
    article = parser.parse(TEXT)
    assert [d.text for d in article.dates] == ["D-Day"]
    assert article.quotes == ()


def test_disabled_plugins_are_not_registered(monkeypatch):
    assert only(DDayFinder(), disable=["d-day"]).parse(TEXT).dates == only().parse(TEXT).dates
    monkeypatch.setenv("COPYDESK_DISABLE_PLUGINS", " d-day , other")
    assert not only(DDayFinder()).plugin_manager.has_plugin("d-day")


class FakeEntryPoint:
    def __init__(self, name, target=None, error=None):
        self.name, self._target, self._error = name, target, error

    def load(self):
        if self._error:
            raise self._error
        return self._target


def test_entry_point_plugins_load_and_broken_ones_become_diagnostics(monkeypatch):
    points = [
        FakeEntryPoint("d-day", DDayFinder()),
        FakeEntryPoint("broken", error=ImportError("no module x")),
    ]
    monkeypatch.setattr(plugin_module, "_entry_points", lambda: iter(points))
    parser = Parser()
    article = parser.parse(TEXT)
    assert any(d.value == "1944-06-06" for d in article.dates)
    [diagnostic] = [d for d in article.diagnostics if d.plugin == "broken"]
    assert diagnostic.hook == "load" and "no module x" in diagnostic.message
    with pytest.raises(PluginError, match="broken"):
        Parser(strict=True)


@pytest.mark.parametrize(
    "bad", [b"bytes", None, 42, ["list"]], ids=["bytes", "None", "int", "list"]
)
def test_parse_rejects_what_is_not_text(bad):
    with pytest.raises(TypeError, match="expects the article text as str"):
        parse(bad)


def test_bytes_get_a_hint():
    with pytest.raises(TypeError, match="decode the bytes first"):
        parse(b"x")


def test_empty_text_gives_an_empty_article():
    assert only().parse("") == Article("")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-12-07", date(2025, 12, 7)),
        ("2025-12-07T10:30:00+03:30", date(2025, 12, 7)),
        (datetime(2025, 12, 7, 23, 59), date(2025, 12, 7)),
        (date(2025, 12, 7), date(2025, 12, 7)),
        (None, None),
    ],
)
def test_published_is_coerced(published, expected):
    assert parse("Text.", published=published).published == expected


@pytest.mark.parametrize("bad", ["07/12/2025", "yesterday"])
def test_bad_published_is_a_clear_error(bad):
    with pytest.raises(InputError, match="ISO 8601"):
        parse("Text.", published=bad)


def test_header_date_is_used_when_the_caller_gives_none():
    assert parse("date 2025-12-07\n\nBody text.").published == date(2025, 12, 7)
    assert parse("date 2025-12-07\n\nBody text.", published="2020-01-01").published == date(
        2020, 1, 1
    )


class SlowFinder:
    name = "slow"

    @hookimpl
    def copydesk_find_dates(self, doc):
        while True:  # never returns by itself
            pass


class SlowEnricher:
    name = "slow-enricher"

    @hookimpl
    def copydesk_enrich_article(self, article):
        import time

        time.sleep(0.3)
        return [Enrichment("late", {})]


def test_a_plugin_that_hangs_is_interrupted_and_reported():
    article = only(SlowFinder(), plugin_timeout=0.2).parse(TEXT)
    [diagnostic] = [d for d in article.diagnostics if d.plugin == "slow"]
    assert "took longer than 0.2 s" in diagnostic.message


def test_a_slow_plugin_off_the_main_thread_has_its_answer_dropped():
    from concurrent.futures import ThreadPoolExecutor

    parser = only(SlowEnricher(), plugin_timeout=0.1)
    with ThreadPoolExecutor(1) as pool:
        article = pool.submit(parser.parse, TEXT).result()
    assert article.enrichments == ()
    assert [d.plugin for d in article.diagnostics] == ["slow-enricher"]


def test_no_limit_when_timeout_is_none():
    article = only(SlowEnricher(), plugin_timeout=None).parse(TEXT)
    assert [e.kind for e in article.enrichments] == ["late"]


def test_parse_many_in_processes_equals_one_at_a_time():
    from copydesk import parse_many

    texts = [f'"Offer {i} stands," the minister said on Sunday.' for i in range(6)]
    parser = Parser(entry_points=False)
    alone = [parser.parse(t) for t in texts]
    assert [r.article for r in parse_many(texts, parser=parser, processes=2)] == alone


def test_parse_many_refuses_to_lose_plugin_objects_in_processes():
    from copydesk import parse_many

    with pytest.raises(ValueError, match="entry-point group"):
        list(parse_many(["x"], parser=only(DDayFinder()), processes=2))


def test_strict_batch_reports_the_plugin_error_on_its_record():
    from copydesk import parse_many

    results = list(parse_many([TEXT, TEXT], parser=only(RaisingFinder(), strict=True)))
    assert len(results) == 2
    for result in results:
        assert result.article is None
        assert result.error is not None
        assert not result.error.startswith("internal error")
        assert "raising" in result.error
        assert "boom" in result.error


class LyingSegmenter:
    name = "lying-segmenter"

    @hookimpl
    def copydesk_segment(self, text, lexicon):
        return Segments(paragraphs=(Span(0, 5, "Tal.s"),))


class LyingHeaderReader:
    name = "lying-header"

    @hookimpl
    def copydesk_read_header(self, text, segments, published, lexicon):
        return Header(headline=Span(0, 5, "Talk!"))


class LyingResolver:
    name = "lying-resolver"

    @hookimpl
    def copydesk_resolve_speakers(self, doc):
        return (), (Speaker("s1", "Baku", mentions=(Span(1, 5, "Baku"),)),)


@pytest.mark.parametrize(
    ("plugin", "hook"),
    [
        (LyingSegmenter(), "copydesk_segment"),
        (LyingHeaderReader(), "copydesk_read_header"),
        (LyingResolver(), "copydesk_resolve_speakers"),
    ],
    ids=lambda value: getattr(value, "name", value),
)
def test_a_lying_span_from_a_single_answer_hook_is_dropped(plugin, hook):
    builtin = only().parse(TEXT)
    article = only(plugin).parse(TEXT)
    [diagnostic] = [d for d in article.diagnostics if d.plugin == plugin.name]
    assert diagnostic.hook == hook
    assert "does not slice the text" in diagnostic.message
    assert attrs.evolve(article, diagnostics=()) == builtin


class ImpostorFinder(LyingSpanFinder):
    name = "copydesk.dates"


def test_a_plugin_named_like_a_builtin_stage_still_has_its_spans_checked():
    article = only(ImpostorFinder(), builtins=False).parse(TEXT)
    [diagnostic] = article.diagnostics
    assert diagnostic.plugin == "copydesk.dates"
    assert "does not slice the text" in diagnostic.message
    assert article.dates == ()


def _bounds(pair):
    return pair


@pytest.mark.parametrize(
    ("batches", "merged"),
    [
        ([("a", [(0, 2), (2, 4)]), ("b", [(5, 6)])], ((0, 2), (2, 4), (5, 6))),
        ([("a", [(5, 6), (0, 2)]), ("b", [(2, 4)])], ((0, 2), (2, 4), (5, 6))),
        ([("a", [(0, 3)]), ("b", [(1, 5), (6, 7)])], ((1, 5), (6, 7))),
        ([("a", [(0, 3)]), ("b", [(1, 4)])], ((0, 3),)),
    ],
    ids=["in order", "out of order", "longer wins", "tie to the earlier finder"],
)
def test_merge_by_span(batches, merged):
    assert _merge_by_span(batches, _bounds) == merged


@given(
    st.lists(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=12), max_size=4)
)
def test_merged_quotes_drop_exactly_those_overlapping_an_earlier_finder(batches):
    text = "x" * 50
    quotes = [
        (f"p{n}", [Quote(QuoteKind.DIRECT, Span.of(text, s, s + w)) for s, w in batch])
        for n, batch in enumerate(batches)
    ]
    expected: list[Quote] = []
    for _plugin, items in quotes:
        earlier = list(expected)
        expected.extend(q for q in items if not any(q.content.overlaps(e.content) for e in earlier))
    expected.sort(key=lambda q: (q.content.start, q.content.end))
    assert _merge_quotes(quotes) == tuple(expected)
