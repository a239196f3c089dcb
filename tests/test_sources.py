"""The sources stage: what a story leans on, typed, with the quotes it backs."""

from __future__ import annotations

import attrs
import pytest

from copydesk.document import Document
from copydesk.lexicon import Lexicon, LexiconBuilder, builtin_list_names, read_builtin_list
from copydesk.model import Quote, QuoteKind, Source, Span
from copydesk.stages.names import find_names
from copydesk.stages.sources import find_sources
from copydesk.stages.speakers import resolve_speakers
from copydesk.stages.text import segment


def _lexicon() -> Lexicon:
    builder = LexiconBuilder()
    for name in builtin_list_names():
        builder.register(name, read_builtin_list(name))
    return builder.build()


LEXICON = _lexicon()


def quote(text: str, content: str, mention: str) -> Quote:
    c = text.find(content)
    m = text.find(mention, c + len(content))
    if m < 0:
        m = text.rfind(mention, 0, c)
    return Quote(
        QuoteKind.INDIRECT,
        Span.of(text, c, c + len(content)),
        None,
        Span.of(text, m, m + len(mention)),
    )


def sources_of(text: str, quotes: list[tuple[str, str]]) -> list[Source]:
    doc = Document(text, None, lexicon=LEXICON, segments=segment(text, LEXICON))
    doc = attrs.evolve(doc, names=tuple(find_names(doc)))
    doc = attrs.evolve(doc, quotes=tuple(quote(text, c, m) for c, m in quotes))
    resolved, speakers = resolve_speakers(doc)
    return find_sources(attrs.evolve(doc, quotes=resolved, speakers=speakers))


CASES = [
    (
        "The dam will hold, Ana Roth said.",
        [("The dam will hold", "Ana Roth")],
        [("Ana Roth", "person", (0,))],
        "a named person",
    ),
    (
        "The dam will hold, the Water Board said.",
        [("The dam will hold", "the Water Board")],
        [("Water Board", "organisation", (0,))],
        "an organisation speaks",
    ),
    (
        "The dam will hold, state TV reported.",
        [("The dam will hold", "state TV")],
        [("state TV", "media", (0,))],
        "media",
    ),
    (
        "Costs doubled, a report released Tuesday found.",
        [("Costs doubled", "a report")],
        [("report", "document", (0,))],
        "document",
    ),
    (
        "Costs doubled, sources said. Prices fell, sources said.",
        [("Costs doubled", "sources"), ("Prices fell", "sources")],
        [("sources", "anonymous", (0, 1))],
        "one unnamed source for the same words",
    ),
    (
        "Costs doubled, a senior official who spoke on condition of anonymity said.",
        [("Costs doubled", "a senior official")],
        [("senior official", "anonymous", (0,))],
        "anonymous official",
    ),
]


@pytest.mark.parametrize(("text", "quotes", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_sources(
    text: str,
    quotes: list[tuple[str, str]],
    expected: list[tuple[str, str, tuple[int, ...]]],
    why: str,
) -> None:
    assert [(s.name, s.kind.value, s.quotes) for s in sources_of(text, quotes)] == expected


def test_seed_sources(seed_text: str) -> None:
    t = seed_text
    found = sources_of(
        t,
        [
            ("that Araghchi’s trip highlights", "Esmaeil Baqaai"),
            ("“Iran’s policy is", "he"),
        ],
    )
    assert [(s.name, s.kind.value, s.speaker) for s in found] == [
        ("Esmaeil Baqaai", "person", "esmaeil-baqaai"),
        ("Abbas Araghchi", "person", "abbas-araghchi"),
        ("Ministry of Foreign Affairs", "organisation", None),
    ]
    assert found[2].quotes == (0,)
