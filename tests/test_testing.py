"""copydesk.testing: the helpers plugin authors use in their own tests."""

from __future__ import annotations

import re

import pluggy
import pytest

import copydesk
from copydesk import (
    Article,
    Dateline,
    DateMention,
    Enrichment,
    Parser,
    PluginError,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    TimexType,
    hookimpl,
)
from copydesk import batch as batch_module
from copydesk import pipeline as pipeline_module
from copydesk import plugins as plugin_module
from copydesk.testing import (
    SAMPLE_PUBLISHED,
    as_plugin,
    assert_spans_slice,
    make_parser,
    registered,
    sample_article,
    spans_of,
)

TEXT = "Veterans gathered on D-Day in Caen."


class DDay:
    name = "d-day"

    @hookimpl
    def copydesk_find_dates(self, doc):
        for match in re.finditer(r"D-Day", doc.text):
            yield DateMention(
                match.start(), match.end(), match.group(), TimexType.DATE, "1944-06-06"
            )


class Raising:
    name = "raising"

    @hookimpl
    def copydesk_enrich_article(self, article):
        raise RuntimeError("boom")


class Misspelt:
    name = "misspelt"

    @hookimpl
    def copydesk_find_date(self, doc):  # not a hook: one letter short
        return []


class FakeEntryPoint:
    name = "installed"

    def load(self):
        return DDay()


def d_day_values(article: Article) -> list[str]:
    return [d.value for d in article.dates if d.text == "D-Day"]


# make_parser


def test_make_parser_runs_the_given_plugins_with_the_builtins():
    parser = make_parser(DDay())
    assert parser.plugin_manager.has_plugin("d-day")
    assert parser.plugin_manager.has_plugin("copydesk.quotes")
    assert d_day_values(parser.parse(TEXT)) == ["1944-06-06"]


def test_make_parser_ignores_installed_plugins(monkeypatch):
    monkeypatch.setattr(plugin_module, "_entry_points", lambda: iter([FakeEntryPoint()]))
    assert Parser().plugin_manager.has_plugin("installed")
    assert not make_parser().plugin_manager.has_plugin("installed")


def test_make_parser_without_builtins_has_only_the_plugin():
    parser = make_parser(DDay(), builtins=False)
    names = [name for name, _ in parser.plugin_manager.list_name_plugin()]
    assert names == ["d-day"]
    assert [d.text for d in parser.parse(TEXT).dates] == ["D-Day"]


def test_make_parser_is_strict_by_default():
    with pytest.raises(PluginError) as caught:
        make_parser(Raising()).parse(TEXT)
    assert (caught.value.plugin, caught.value.hook) == ("raising", "copydesk_enrich_article")


def test_a_lenient_parser_records_a_diagnostic_instead():
    article = make_parser(Raising(), strict=False).parse(TEXT)
    assert [(d.plugin, d.message) for d in article.diagnostics] == [
        ("raising", "RuntimeError: boom")
    ]


def test_make_parser_rejects_a_misspelt_hook():
    with pytest.raises(pluggy.PluginValidationError, match="copydesk_find_date"):
        make_parser(Misspelt())


# as_plugin


@hookimpl
def copydesk_enrich_article(article):
    yield Enrichment("length", {"chars": len(article.text)})


def copydesk_find_dates(doc):  # not marked with @hookimpl
    return []


@hookimpl
def copydesk_find_everything(doc):
    return []


def test_as_plugin_makes_a_named_plugin_of_loose_functions():
    article = make_parser(as_plugin(copydesk_enrich_article, name="length")).parse("Four.")
    assert article.enrichments == (Enrichment("length", {"chars": 5}, plugin="length"),)


AS_PLUGIN_ERRORS = [
    (copydesk_find_dates, "not marked with @copydesk.hookimpl", "unmarked function"),
    (copydesk_find_everything, "not the name of a copydesk hook", "unknown hook name"),
    (len, "not the name of a copydesk hook", "not a hook at all"),
]


@pytest.mark.parametrize(
    ("function", "message"),
    [case[:2] for case in AS_PLUGIN_ERRORS],
    ids=[case[2] for case in AS_PLUGIN_ERRORS],
)
def test_as_plugin_rejects_what_pluggy_would_silently_ignore(function, message):
    with pytest.raises(TypeError, match=message):
        as_plugin(function)


# registered


def test_registered_routes_copydesk_parse_through_the_plugin():
    before = copydesk.parse(TEXT)
    with registered(DDay()) as parser:
        assert isinstance(parser, Parser)
        assert parser.plugin_manager.has_plugin("d-day")
        assert d_day_values(copydesk.parse(TEXT)) == ["1944-06-06"]
        assert copydesk.default_parser() is parser
        assert pipeline_module.default_parser() is parser
    assert copydesk.parse(TEXT) == before
    assert not copydesk.default_parser().plugin_manager.has_plugin("d-day")


def test_registered_covers_parse_many():
    with registered(as_plugin(copydesk_enrich_article, name="length")):
        [result] = copydesk.parse_many([TEXT])
    assert result.article is not None
    assert [e.plugin for e in result.article.enrichments] == ["length"]
    [after] = copydesk.parse_many([TEXT])
    assert after.article is not None
    assert "length" not in [e.plugin for e in after.article.enrichments]


def test_registered_restores_the_default_parser_after_an_exception():
    originals = (
        copydesk.default_parser,
        pipeline_module.default_parser,
        batch_module.default_parser,
    )
    with pytest.raises(ZeroDivisionError), registered(DDay()):
        _ = 1 / 0
    assert (
        copydesk.default_parser,
        pipeline_module.default_parser,
        batch_module.default_parser,
    ) == originals


def test_registered_blocks_nest_and_unwind_in_order():
    outer_plugin, inner_plugin = DDay(), as_plugin(copydesk_enrich_article, name="length")
    with registered(outer_plugin) as outer:
        with registered(outer_plugin, inner_plugin) as inner:
            assert copydesk.default_parser() is inner
            assert [e.kind for e in copydesk.parse(TEXT).enrichments] == ["length"]
        assert copydesk.default_parser() is outer
        assert copydesk.parse(TEXT).enrichments == ()
    assert copydesk.default_parser() is pipeline_module.default_parser()


def test_registered_does_not_touch_the_cached_default_parser():
    cached = copydesk.default_parser()
    with registered(DDay()):
        pass
    assert copydesk.default_parser() is cached
    assert not cached.plugin_manager.has_plugin("d-day")


def test_registered_is_strict_by_default():
    with registered(Raising()), pytest.raises(PluginError):
        copydesk.parse(TEXT)


# sample_article


def test_sample_article_parses_into_every_kind_of_item():
    article = make_parser().parse(sample_article())
    assert article.published is not None
    assert article.published.isoformat() == SAMPLE_PUBLISHED
    assert {q.kind for q in article.quotes} >= {QuoteKind.DIRECT, QuoteKind.INDIRECT}
    assert any(q.speaker for q in article.quotes)
    assert article.speakers and article.dates
    assert_spans_slice(article)


def test_sample_article_is_the_same_every_time():
    assert sample_article() == sample_article()
    assert sample_article().startswith(f"date {SAMPLE_PUBLISHED}\n")


# spans_of and assert_spans_slice

BODY = "Ana said: go on Friday."


def article_with(**fields) -> Article:
    return Article(BODY, **fields)


GOOD = Span.of(BODY, 0, 3)
WRONG_TEXT = Span(0, 3, "Bob")
PAST_THE_END = Span(20, 26, "Friday")
FRIDAY = DateMention(16, 22, "Friday", TimexType.DATE, "2025-03-14")
MISPLACED_DATE = DateMention(0, 6, "Friday", TimexType.DATE, "2025-03-14")

SLICE_CASES = [
    (article_with(), [], "an empty article"),
    (
        article_with(
            quotes=(Quote(QuoteKind.INDIRECT, Span.of(BODY, 10, 22), Span.of(BODY, 4, 8), GOOD),),
            dates=(FRIDAY,),
            dateline=Dateline(GOOD, "Ana"),
            speakers=(Speaker("ana", "Ana", mentions=(GOOD,)),),
            sources=(Source("ana", "Ana", SourceKind.PERSON, mentions=(GOOD,)),),
            enrichments=(Enrichment("x", span=GOOD),),
        ),
        [],
        "every kind of span, all right",
    ),
    (
        article_with(quotes=(Quote(QuoteKind.DIRECT, WRONG_TEXT),)),
        ["quotes[0].content"],
        "a quote whose span text is not the text there",
    ),
    (
        article_with(speakers=(Speaker("a", "A", mentions=(GOOD, WRONG_TEXT)),)),
        ["speakers[0].mentions[1]"],
        "the second mention of a speaker",
    ),
    (article_with(dates=(FRIDAY, MISPLACED_DATE)), ["dates[1]"], "a misplaced date mention"),
    (article_with(headline=PAST_THE_END), ["headline"], "a span past the end of the text"),
    (
        article_with(
            dateline=Dateline(WRONG_TEXT, "Bob"), enrichments=(Enrichment("x", span=WRONG_TEXT),)
        ),
        ["dateline.span", "enrichments[0].span"],
        "header and enrichment spans",
    ),
]


@pytest.mark.parametrize(
    ("article", "bad_paths", "why"), SLICE_CASES, ids=[case[2] for case in SLICE_CASES]
)
def test_assert_spans_slice_names_every_span_that_does_not_slice(article, bad_paths, why):
    if not bad_paths:
        assert_spans_slice(article)
        return
    with pytest.raises(AssertionError) as caught:
        assert_spans_slice(article)
    message = str(caught.value)
    assert message.startswith(f"{len(bad_paths)} span(s) do not slice")
    reported = re.findall(r"^  (\S+): ", message, re.MULTILINE)
    assert reported == bad_paths, why


def test_the_failure_message_shows_what_the_text_holds():
    with pytest.raises(
        AssertionError, match=r"quotes\[0\]\.content: 0\.\.3 holds 'Ana', not 'Bob'"
    ):
        assert_spans_slice(article_with(quotes=(Quote(QuoteKind.DIRECT, WRONG_TEXT),)))


def test_spans_of_lists_paths_in_model_order():
    quote = Quote(QuoteKind.INDIRECT, Span.of(BODY, 10, 22), Span.of(BODY, 4, 8), GOOD)
    paths = [path for path, _ in spans_of(article_with(quotes=(quote,), dates=(FRIDAY,)))]
    assert paths == ["quotes[0].content", "quotes[0].cue", "quotes[0].speaker_mention", "dates[0]"]
