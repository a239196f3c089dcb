"""Shared fixtures: the seed article and parsers isolated from installed plugins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from copydesk import Parser, Quote
from copydesk.document import Document, Header
from copydesk.stages.quotes import find_quotes
from copydesk.stages.text import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_f649a5ac215094b6.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parser() -> Parser:
    """Built-ins only, so results do not depend on what else is installed."""
    return Parser(entry_points=False)


QuoteRow = tuple[str, str | None, str | None, str]


@pytest.fixture(scope="session")
def quotes_in(parser: Parser) -> Callable[..., list[Quote]]:
    """The quotes stage on a text, every span it returns checked against the text."""

    def found(text: str, header: Header | None = None) -> list[Quote]:
        segments = segment(text, parser.lexicon)
        doc = Document(text, lexicon=parser.lexicon, segments=segments, header=header or Header())
        quotes = find_quotes(doc)
        for quote in quotes:
            for span in (quote.content, quote.cue, quote.speaker_mention):
                if span is not None:
                    assert text[span.start : span.end] == span.text
        return quotes

    return found


@pytest.fixture(scope="session")
def quote_rows(quotes_in: Callable[..., list[Quote]]) -> Callable[..., list[QuoteRow]]:
    """:func:`quotes_in` as (kind, cue, mention, content) rows, the case tables' form."""

    def rows(text: str, header: Header | None = None) -> list[QuoteRow]:
        return [
            (
                q.kind.value,
                q.cue.text if q.cue else None,
                q.speaker_mention.text if q.speaker_mention else None,
                q.content.text,
            )
            for q in quotes_in(text, header)
        ]

    return rows
