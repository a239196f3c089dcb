"""The quotes stage's fast paths give exactly what the plain code they replace gives."""

from __future__ import annotations

import bisect
import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.stages import quote_cues, quote_marks, quotes
from copydesk.stages.quote_cues import TokenView, tokens_between

# Words, blanks and every joiner the tokenizer knows ("U.S.", "O’Neil", "AT&T", "well-off").
TOKENY = st.text(alphabet="ab1 \n\u00a0.’'&-_,“”", min_size=quote_cues._SLICE_MAX + 1)


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(TOKENY, st.data())
def test_windows_of_a_long_sentence_are_tokenized_as_on_their_own(sample, data):
    view = TokenView(sample)
    view.load(0, len(sample))
    for _ in range(5):
        start = data.draw(st.integers(0, len(sample)))
        end = data.draw(st.integers(start, len(sample)))
        assert view.between(start, end) == tokens_between(sample, start, end)


LONG = "In a statement on Monday, the U.S. envoy’s office said " + "talks went well-ish, " * 12
WINDOW_CASES = [
    (LONG.index("statement"), LONG.index(" envoy"), "no token cut"),
    (LONG.index("tement"), LONG.index(" envoy"), "the first token cut"),
    (LONG.index("statement"), LONG.index("voy’s"), "the last token cut"),
    (LONG.index("S. envoy"), LONG.index("ice said"), "both cut, inside joined words"),
    (LONG.index("tate"), LONG.index("ment"), "inside one token"),
    (len(LONG) - 3, len(LONG), "at the sentence's end"),
]


@pytest.mark.parametrize(("start", "end", "why"), WINDOW_CASES)
def test_long_sentence_window_cases(start, end, why):
    assert len(LONG) > quote_cues._SLICE_MAX
    view = TokenView(LONG)
    view.load(0, len(LONG))
    assert view.between(start, end) == tokens_between(LONG, start, end), why


def test_short_sentence_windows_keep_whole_tokens():
    text = "Officials said the talks went well."
    view = TokenView(text)
    view.load(0, len(text))
    assert [t.text for t in view.between(3, 14)] == ["said"]


def test_vocabulary_is_built_once_per_lexicon():
    lexicon = copydesk.default_parser().lexicon
    assert quote_cues.vocabulary(lexicon) is quote_cues.vocabulary(lexicon)


CUES = frozenset({"said", "say", "to", "according to", "told", "tell", "said to"})


PIECES = ["said", "say", "to", "according", "told", " ", "-", "x", "\n", "’"]


def _small_vocabulary() -> quote_cues.Vocabulary:
    vocab = quote_cues.vocabulary(copydesk.default_parser().lexicon)
    cue_regex = re.compile(r"\b" + quote_cues._trie_pattern(CUES) + r"\b")
    return dataclasses.replace(vocab, cue_regex=cue_regex, cue_scan=quote_cues._cue_scan(CUES))


@settings(deadline=None)
@given(st.lists(st.sampled_from(PIECES)), st.integers(0, 6))
def test_find_cues_finds_what_the_cue_regex_finds(pieces, start):
    sample = "".join(pieces)
    vocab = _small_vocabulary()
    plain = [(*m.span(), m[0]) for m in vocab.cue_regex.finditer(sample, start)]
    assert vocab.find_cues(sample, start) == plain


@pytest.mark.parametrize(
    ("sample", "start", "expected", "why"),
    [
        ("said to be", 0, [(0, 7, "said to")], "a cue at the start, the longest one"),
        ("xsaid to", 1, [(6, 8, "to")], "the start inside a word is no boundary"),
        ("he said, according to her", 0, [(3, 7, "said"), (9, 21, "according to")], "two"),
        ("unsaid told", 0, [(7, 11, "told")], "not inside a word"),
    ],
)
def test_find_cues_cases(sample, start, expected, why):
    assert _small_vocabulary().find_cues(sample, start) == expected, why


def test_a_cue_opening_on_punctuation_keeps_the_plain_scan():
    assert quote_cues._cue_scan(frozenset({"said", "-said"})) is None
    assert quote_cues._cue_scan(frozenset({"said", "said:"})) is None


# The single-mark pattern as it was written before its look-behind moved after the mark.
_SINGLE_AS_WRITTEN = re.compile(r"‘|’|(?<!')'(?!')")


@settings(deadline=None)
@given(st.text(alphabet="a'’‘ ", max_size=20), st.integers(0, 5))
def test_single_marks_are_found_as_before(sample, start):
    found = [m.span() for m in quote_marks._SINGLE_MARK.finditer(sample, start)]
    assert found == [m.span() for m in _SINGLE_AS_WRITTEN.finditer(sample, start)]


_MARKS = st.text(alphabet="a `'’‘“”„«»\"", max_size=24)


@settings(deadline=None)
@given(_MARKS, st.integers(0, 6), st.integers(0, 30))
def test_double_marks_are_what_the_pattern_finds(sample, start, end):
    found = [(m[0], *m.span()) for m in quote_marks._DOUBLE_MARK.finditer(sample, start, end)]
    assert quote_marks._double_marks(sample, start, end) == found


@settings(deadline=None)
@given(_MARKS, st.integers(0, 6), st.integers(0, 30))
def test_single_marks_are_what_the_pattern_finds(sample, start, end):
    found = [m.start() for m in quote_marks._SINGLE_MARK.finditer(sample, start, end)]
    assert quote_marks._single_marks(sample, start, end) == found


@pytest.mark.parametrize(
    ("sample", "expected", "why"),
    [
        ("``a'' b", [("``", 0, 2), ("''", 3, 5)], "doubled straight marks are one mark"),
        ("'''", [("''", 0, 2)], "three make one mark and a lone one"),
        ("a`b'c", [], "a lone ` or ' is no double mark"),
        ("“a” «b»", [("“", 0, 1), ("”", 2, 3), ("«", 4, 5), ("»", 6, 7)], "curly and guillemets"),
    ],
)
def test_double_marks_cases(sample, expected, why):
    assert quote_marks._double_marks(sample, 0, len(sample)) == expected, why


def test_a_single_mark_next_to_another_straight_one_is_none_even_before_the_stretch():
    assert quote_marks._single_marks("''a’", 1, 4) == [3]


@settings(deadline=None)
@given(st.lists(st.integers(-5, 50)).map(sorted), st.integers(-10, 60))
def test_bisect_left_is_the_library_one(values, x):
    assert quotes.bisect_left(values, x) == bisect.bisect_left(values, x)


@pytest.mark.parametrize("opening", ["Citing", "CITING", "CitinG"])
def test_an_opening_participle_is_found_in_any_case(opening):
    article = copydesk.parse(f"{opening} a new report, the mayor said the plan would fail.")
    assert [q.cue.text for q in article.quotes if q.cue] == [opening, "said"]


_PLAIN_TOKEN = re.compile(r"\w+(?:[’'.&-]\w+)*\.?|[^\w\s]")


def _fields(tokens):
    """Tokens as (start, end, text), to compare with the regex's matches."""
    return [(t.start, t.end, t.text) for t in tokens]


# Every kind of blank the regex's \s and str.split both know, and word characters beyond ASCII.
@settings(deadline=None, max_examples=1000)
@given(
    st.text(alphabet="ab1 \n\t\x1c\u00a0\u2028\u3000é²½.’'&-_,“”()?"),
    st.integers(-2, 40),
    st.integers(0, 40),
)
def test_tokens_between_is_the_plain_tokenizer(sample, start, end):
    plain = [(*m.span(), m[0]) for m in _PLAIN_TOKEN.finditer(sample, max(start, 0), end)]
    assert _fields(tokens_between(sample, start, end)) == plain


@pytest.mark.parametrize("blank", [" ", "\n", " \n"])
def test_blanks_at_the_end_of_a_window_are_read_once(blank):
    text = "said" + blank * 100_000  # searched again from each blank, this would take minutes
    assert _fields(tokens_between(text, 0, len(text))) == [(0, 4, "said")]


def test_is_cue_reads_one_set_of_the_three_lists():
    vocab = quote_cues.vocabulary(copydesk.default_parser().lexicon)
    for word in vocab.speech | vocab.belief | vocab.phrasal | vocab.nouns | {"the", "Said", ""}:
        in_a_list = word in vocab.speech or word in vocab.belief or word in vocab.phrasal
        assert vocab.is_cue(word) == in_a_list, word


def _plain_relative_antecedent(vocab, text, tokens, first):
    """``Vocabulary._relative_antecedent`` as it read before its "who" search."""
    determiners = vocab.words["quote_determiners"]
    for back in range(first - 1, max(0, first - 12), -1):
        token = tokens[back]
        if not token.is_word and token.text not in "’'-":
            return None
        if token.text != "who":
            continue
        after = tokens[back + 1].text
        if not after[0].islower() or after in determiners or after in vocab.pronouns:
            return None
        before = tokens[back - 1]
        if not before.is_word or not vocab.np_word(before):
            return None
        head = vocab._noun_phrase_back(text, tokens, back - 1, False)
        return head if head is not None and head.text not in ("who", "which", "that") else None
    return None


WHO_WORDS = ["Residents", "people", "who", "whoever", "fought", "the", "plant", "for", "years", ","]


@settings(deadline=None)
@given(st.lists(st.sampled_from(WHO_WORDS), min_size=1, max_size=16))
def test_relative_antecedent_search_finds_what_the_loop_finds(words):
    vocab = quote_cues.vocabulary(copydesk.default_parser().lexicon)
    text = " ".join(words)
    tokens = tokens_between(text, 0, len(text))
    for first in range(len(tokens)):
        expected = _plain_relative_antecedent(vocab, text, tokens, first)
        assert vocab._relative_antecedent(text, tokens, first) == expected


WORD_BEFORE_CASES = [
    ("talked about", 0, 6, "talked", "a word right before the end"),
    ("talked  about", 0, 8, "talked", "blanks after the word"),
    ("the senator’s view", 0, 14, "senator’s", "an apostrophe inside the word"),
    ("U.S. about", 0, 4, "S", "a stop ends the word"),
    ("a well-known fact", 0, 12, "known", "a hyphen ends the word"),
    ("snake_case rules", 0, 11, "snake_case", "an underscore is a word character"),
    ("wondered about", 3, 8, "dered", "the window cuts the word"),
    (" , - ", 0, 5, None, "no word in the window"),
    ("about", 3, 2, None, "an empty window"),
]


@pytest.mark.parametrize(("text", "start", "end", "expected", "why"), WORD_BEFORE_CASES)
def test_word_before_cases(text, start, end, expected, why):
    assert quotes._word_before(text, start, end) == expected, why


_PREVIOUS_WORD = re.compile(r"([\w’']+)[^\w’']*$")
"""The regex the quotes stage read the word before a cue or a name with, before _word_before."""


@settings(deadline=None)
@given(st.text(alphabet="ab1_’' ,.\n\u00a0-é²", max_size=20), st.data())
def test_word_before_reads_what_the_previous_word_regex_reads(sample, data):
    start = data.draw(st.integers(0, len(sample)))
    end = data.draw(st.integers(0, len(sample)))
    match = _PREVIOUS_WORD.search(sample, start, end)
    found = quotes._word_before(sample, start, end)
    assert found == (None if match is None else match[1])
    assert match is None or match.end() == end
