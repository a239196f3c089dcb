"""Fuzz ``copydesk.parse``: any bytes in, only documented outcomes out.

Input layout: the bytes before the first NUL are the ``published`` string,
the rest is the article (no NUL means no ``published``). Both are decoded as
UTF-8 with ``surrogateescape``, so every byte string is a possible input,
lone surrogates included. For each input the harness checks what copydesk
promises for any text:

* ``parse`` raises nothing except :class:`copydesk.InputError`, and that only
  when ``published`` itself is not a date;
* no built-in stage failed (the pipeline turns a stage's exception into a
  diagnostic, so a crash would otherwise pass unnoticed);
* every span slices the text: ``text[start:end] == span.text``;
* ids a quote or source points at exist among the speakers, and a source's
  quote indices are in range;
* ``from_json(to_json(article)) == article``.

Run (``-max_total_time`` is the budget in seconds; libFuzzer adds what it
finds to the first directory, so give it a scratch one before the seeds)::

    python fuzz/fuzz_parse.py WORK fuzz/corpus/parse -max_total_time=300 -timeout=10

The checks are plain functions so ``tests/test_fuzz_regressions.py`` replays
every crash found without atheris installed.
"""

from __future__ import annotations

from functools import cache

from copydesk import Article, InputError, Parser, from_json, to_json
from copydesk.pipeline import _spans_in, coerce_published

__all__ = ["check_parse", "check_parse_input", "split_input"]


@cache
def _parser() -> Parser:
    """Built-ins only: the fuzz target is copydesk, not whatever is installed beside it."""
    return Parser(entry_points=False)


def split_input(data: bytes) -> tuple[str, str | None]:
    """``(text, published)`` from raw fuzz bytes; see the module docstring."""
    head, sep, rest = data.partition(b"\x00")
    if not sep:
        return data.decode("utf-8", "surrogateescape"), None
    return rest.decode("utf-8", "surrogateescape"), head.decode("utf-8", "surrogateescape")


def _published_is_valid(published: str | None) -> bool:
    try:
        coerce_published(published)
    except InputError:
        return False
    return True


def _check_spans(article: Article) -> None:
    text = article.text
    for span in _spans_in(article):
        assert 0 <= span.start <= span.end <= len(text), f"span out of the text: {span!r}"
        assert text[span.start : span.end] == span.text, f"span does not slice: {span!r}"


def _check_references(article: Article) -> None:
    speaker_ids = {speaker.id for speaker in article.speakers}
    assert len(speaker_ids) == len(article.speakers), "two speakers share an id"
    for quote in article.quotes:
        assert quote.speaker is None or quote.speaker in speaker_ids, (
            f"quote points at unknown speaker {quote.speaker!r}"
        )
    for source in article.sources:
        assert source.speaker is None or source.speaker in speaker_ids, (
            f"source {source.id!r} points at unknown speaker {source.speaker!r}"
        )
        for index in source.quotes:
            assert 0 <= index < len(article.quotes), f"source quote index {index} out of range"


def check_parse(text: str, published: str | None) -> Article | None:
    """Parse and assert every invariant; ``None`` when ``published`` is rightly refused."""
    valid = _published_is_valid(published)
    try:
        article = _parser().parse(text, published=published)
    except InputError:
        assert not valid, f"InputError although published={published!r} is a valid date"
        return None
    assert valid, f"published={published!r} is not a date but parse accepted it"
    assert article.text == text, "the article text was rewritten"
    assert article.diagnostics == (), f"a built-in stage failed: {article.diagnostics!r}"
    _check_spans(article)
    _check_references(article)
    assert from_json(to_json(article)) == article, "JSON round trip changed the article"
    return article


def check_parse_input(data: bytes) -> None:
    """The fuzz target: raw bytes through :func:`check_parse`."""
    text, published = split_input(data)
    check_parse(text, published)


def main() -> None:
    """Run under atheris (libFuzzer flags such as ``-max_total_time=N`` pass through)."""
    from _harness import fuzz  # noqa: PLC0415 - beside this script; atheris only for fuzz runs

    _parser()  # build once, outside the measured runs
    fuzz(check_parse_input)


if __name__ == "__main__":
    main()
