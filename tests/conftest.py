"""Shared fixtures: the seed article and parsers isolated from installed plugins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from copydesk import Parser
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
def quote_rows(parser: Parser) -> Callable[..., list[QuoteRow]]:
    """The quotes stage on a text: (kind, cue, mention, content) of each quote.

    Every span the stage returns is checked against the text first, so each
    case table also checks the offsets.
    """

    def rows(text: str, header: Header | None = None) -> list[QuoteRow]:
        segments = segment(text, parser.lexicon)
        doc = Document(text, lexicon=parser.lexicon, segments=segments, header=header or Header())
        found = find_quotes(doc)
        for quote in found:
            for span in (quote.content, quote.cue, quote.speaker_mention):
                if span is not None:
                    assert text[span.start : span.end] == span.text
        return [
            (
                q.kind.value,
                q.cue.text if q.cue else None,
                q.speaker_mention.text if q.speaker_mention else None,
                q.content.text,
            )
            for q in found
        ]

    return rows
