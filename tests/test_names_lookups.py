"""The names stage's lazy look-ups give what one full pass over the text would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.lexicon import Lexicon
from copydesk.stages import names

# Characters that decide where a lower-case word starts and ends.
TRICKY = st.text(alphabet="ab-’' Xé_1.\n", max_size=40)
QUERIES = ["a", "b", "ab", "ba", "a-b", "b’a", "aa", "a'", "é", "", "A"]


def _gathered(text: str) -> set[str]:
    return set(names._LOWER_WORD.findall(text)) | {""}


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(TRICKY)
def test_search_agrees_with_the_full_pass(text):
    words = _gathered(text)
    for low in QUERIES:
        answer = names._search_lower(text, low, [0])
        assert answer is None or answer == (low in words), (text, low)


SEARCH_CASES = [
    ("They re-elect him.", "elect", False, "inside a hyphenated word"),
    ("Vote to elect him.", "elect", True, "a word of its own"),
    ("The electorate voted.", "elect", False, "the start of a longer word"),
    ("Her -elect plan.", "elect", True, "after a hyphen that starts no word"),
    ("X-elect ran.", "elect", True, "after a hyphen behind a capital"),
    ("Xa-elect ran.", "elect", True, "after a hyphen behind a word begun mid-word"),
    ("The Legacy lives.", "legacy", False, "only capitalised"),
    ("Don't stop.", "t", True, "after an apostrophe in a capitalised word"),
    ("We don't stop.", "t", False, "a contraction's tail"),
    ("2legacy stays.", "legacy", False, "after a digit"),
]


@pytest.mark.parametrize(("text", "low", "expected", "why"), SEARCH_CASES)
def test_search_cases(text, low, expected, why):
    assert (low in _gathered(text)) is expected, why
    assert names._search_lower(text, low, [0]) is expected, why


def test_spent_budget_leaves_the_answer_to_the_full_pass():
    text = "a b c " * 10
    assert names._search_lower(text, "zz", [len(text) * names._SEARCH_PASSES]) is None


def test_long_hyphen_chains_are_left_to_the_full_pass():
    text = "-".join(["a"] * 100) + "-b"
    assert names._search_lower(text, "b", [0]) is None


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(TRICKY, st.lists(st.sampled_from(QUERIES), max_size=30))
def test_appears_lower_agrees_before_and_after_the_budget_runs_out(text, queries):
    vocab = names.name_vocabulary(Lexicon())
    ctx = names._Context(text=text, vocab=vocab, sentence_starts=frozenset())
    ctx.lower_searched[0] = len(text) * (names._SEARCH_PASSES - 1)  # little budget left
    words = _gathered(text)
    for low in queries:
        assert names._appears_lower(ctx, low, 0) == (low in words), (text, low)
