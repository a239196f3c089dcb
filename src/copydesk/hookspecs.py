"""Every hook copydesk calls. Each docstring is that hook's reference.

The built-in stages implement these hooks exactly as a third-party plugin
does. Hooks run in this order for every article:

1. ``copydesk_register_lexicon`` once, when a :class:`~copydesk.Parser` is built;
2. ``copydesk_segment`` and ``copydesk_read_header``;
3. ``copydesk_find_dates``, ``copydesk_find_names``, ``copydesk_find_quotes``;
4. ``copydesk_resolve_speakers``, then ``copydesk_find_sources``;
5. ``copydesk_enrich_article`` on the finished :class:`~copydesk.Article`.

Decision hooks (``firstresult``) take the first answer that is not ``None``;
the built-ins are ``trylast`` so a plugin's answer wins. Finder hooks fan out
and their results are merged. A hook implementation may ask for any subset of
the arguments (pluggy's opt-in arguments), so hooks gain arguments over time
without breaking plugins, and never change the ones they have.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pluggy

from copydesk.document import Document, Header, NameMention, Segments
from copydesk.lexicon import Lexicon, Register
from copydesk.model import Article, DateMention, Enrichment, Quote, Source, Speaker

PROJECT = "copydesk"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def copydesk_register_lexicon(register: Register) -> None:
    """Add words to the named word lists the stages read.

    Runs once when a parser is built. Call ``register(list_name, words)`` as
    often as you like; words are added to what the built-ins registered.
    ``Parser().lexicon.names()`` lists the lists in use.

    Example::

        @hookimpl
        def copydesk_register_lexicon(register):
            register("speech_verbs", {"quipped", "mused"})

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def copydesk_segment(text: str, lexicon: Lexicon) -> Segments | None:
    """Split the text into paragraphs and sentences.

    Runs first for every article; ``lexicon`` holds the word lists
    (``lexicon["abbreviations"]`` among them). Return :class:`~copydesk.document.Segments`
    whose spans slice ``text``, or ``None`` to leave it to the next plugin
    (the built-in splitter runs last).

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def copydesk_read_header(
    text: str, segments: Segments, published: date | None, lexicon: Lexicon
) -> Header | None:
    """Read metadata lines, headline, byline and dateline before the story.

    ``published`` is what the caller passed (``None`` when nothing was); a
    header may supply one from a metadata line. Return a
    :class:`~copydesk.document.Header` or ``None``.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_find_dates(doc: Document) -> Iterable[DateMention] | None:
    r"""Find temporal expressions and give their TIMEX3 values.

    Runs after the header, with ``doc.published`` set. Every finder's
    mentions are merged: where two overlap, the longer wins (a tie goes to
    the plugin that ran first, so a plugin beats the built-in finder). A
    plugin can keep its own readings in ``DateMention.extra``.

    Example::

        @hookimpl
        def copydesk_find_dates(doc):
            for match in re.finditer(r"\\bD-Day\\b", doc.text):
                yield DateMention(match.start(), match.end(), match.group(),
                                  TimexType.DATE, "1944-06-06")

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_find_names(doc: Document) -> Iterable[NameMention] | None:
    """Find mentions of people and organisations, pronouns and role nouns.

    Runs after the dates. Mentions from every finder are merged; where two
    overlap, the longer wins.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_find_quotes(doc: Document) -> Iterable[Quote] | None:
    """Find attributions: content, cue, and the words naming the speaker.

    Runs with ``doc.names`` set. Return :class:`~copydesk.Quote` objects
    with ``speaker`` left ``None``: speakers are resolved afterwards, once,
    from every finder's quotes. Quotes whose content overlaps one already
    found by an earlier plugin are dropped.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def copydesk_resolve_speakers(
    doc: Document,
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]] | None:
    """Decide who said each quote and fold mentions into speakers.

    Runs with ``doc.quotes`` and ``doc.names`` set. Return the quotes with
    ``speaker`` (and, for pronouns, ``speaker_mention``) filled in, and the
    speakers they point to; or ``None`` to leave it to the next plugin.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_find_sources(doc: Document) -> Iterable[Source] | None:
    """List what the story leans on for information, typed by kind.

    Runs with ``doc.quotes`` and ``doc.speakers`` resolved. Sources from
    every plugin are merged; one whose id is already taken is dropped.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_enrich_article(article: Article) -> Iterable[Enrichment] | None:
    """Add knowledge to the finished article.

    Runs last, once per article. Return :class:`~copydesk.Enrichment`
    objects; the pipeline stamps each with your plugin's name and adds it to
    ``article.enrichments``.

    Example::

        @hookimpl
        def copydesk_enrich_article(article):
            yield Enrichment("word_count", {"words": len(article.text.split())})

    .. versionadded:: 0.1
    """
