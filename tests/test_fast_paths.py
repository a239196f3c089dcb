"""Fast paths give exactly what the plain code they replace would."""

from __future__ import annotations

import pickle
import re
from itertools import chain, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.document import MentionKind, NameMention, trusted_span
from copydesk.lexicon import Lexicon
from copydesk.model import Span
from copydesk.stages import dates, names, text

# Word breaks of every sort, wide and ASCII, plus letters inside and outside ASCII.
BREAKY = st.text(alphabet="ab1 \t\n\x1c\u00a0\u2009-’'“”—–.,é•_", max_size=40)


_WORD_BREAKS_TO_SPACE = str.maketrans(dict.fromkeys(dates._WORD_BREAKS, " "))
HEADS = frozenset({"a", "ab", "b1", "é", "1"})


def _word_heads_the_long_way(heads: frozenset[str], low: str) -> list[tuple[int, str]]:
    """dates._word_heads as written before it cut words as bytes: words by translate and split."""
    found = []
    for word in heads.intersection(low.translate(_WORD_BREAKS_TO_SPACE).split()):
        index = low.find(word)
        while index >= 0:
            after = index + len(word)
            if (index == 0 or not low[index - 1].isalnum()) and (
                after >= len(low) or not low[after].isalnum()
            ):
                found.append((index, word))
            index = low.find(word, after)
    return sorted(found)


def _word_heads(heads: frozenset[str], low: str, stretch: int = 1 << 16) -> list[tuple[int, str]]:
    ascii_heads = frozenset(h.encode() for h in heads if h.isascii())
    wide_heads = tuple(h for h in heads if not h.isascii())
    raw = low.encode("ascii", "replace")
    return sorted(dates._word_heads(ascii_heads, wide_heads, low, raw, stretch))


@settings(deadline=None)  # timing is measured in nox -s bench, not asserted here
@given(BREAKY, st.integers(min_value=1, max_value=8))
def test_word_heads_agree_with_translate_and_split(low, stretch):
    assert _word_heads(HEADS, low, stretch) == _word_heads_the_long_way(HEADS, low)


WORD_HEAD_CASES = [
    ("in march, 2016", [(3, "march")], "ASCII text"),
    ("“march”—then", [(1, "march")], "curly quotes and a dash are breaks"),
    ("the café’s march", [(4, "café"), (11, "march")], "a head outside ASCII"),
    ("march•may", [], "a bullet joins, as it always did"),
    ("march•may, may", [(6, "may"), (11, "may")], "once a word of its own, every place counts"),
    ("a\u2009march\u00a0day\x1cmay", [(2, "march"), (8, "day"), (12, "may")], "wide spaces split"),
    ("marches maybe", [], "a head inside a longer word is none"),
]


@pytest.mark.parametrize(("low", "expected", "why"), WORD_HEAD_CASES)
def test_word_head_cases(low, expected, why):
    heads = frozenset({"march", "may", "day", "café"})
    assert _word_heads(heads, low) == expected == _word_heads_the_long_way(heads, low), why


DIGITY = st.text(alphabet="12 09:/-$£€#.,%?a\u0663\uff12\u2019 years pm", max_size=40)


@settings(deadline=None)
@given(DIGITY)
def test_digit_heads_are_what_the_pattern_finds(low):
    pattern = dates._grammar(Lexicon()).digit_heads
    found = dates._digit_heads(pattern, low, low.encode("ascii", "replace"))
    assert found == [(m.start(), "digits") for m in pattern.finditer(low)]


def _alt_flat(words: list[str]) -> str:
    """dates._alt as written before it built a trie: the words longest first."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


ALT_WORDS = st.lists(st.text(alphabet="ab .", max_size=4).map(lambda w: " ".join(w.split())))


@settings(deadline=None)
@given(ALT_WORDS, st.text(alphabet="ab .\n", max_size=12))
def test_trie_alternation_matches_as_the_flat_one(words, sample):
    for tail in ("", "b", r"(?!\w)", r"\s+a"):  # what follows makes the engine backtrack
        trie = re.compile(dates._alt(words) + tail)
        flat = re.compile(_alt_flat(words) + tail)
        for start in range(len(sample) + 1):
            got, want = trie.match(sample, start), flat.match(sample, start)
            assert (got and got.span()) == (want and want.span())


# The sentence stop as it was written before its scan opened on the stop itself.
_STOP_AS_WRITTEN = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
STOPPY = st.text(alphabet="ab A.!?…\"'”’»)] \n\t", max_size=40)


@settings(deadline=None)
@given(STOPPY, st.integers(0, 5))
def test_stop_scan_finds_what_the_lookbehind_first_pattern_found(sample, start):
    found = [m.span() for m in text._STOP.finditer(sample, start)]
    assert found == [m.span() for m in _STOP_AS_WRITTEN.finditer(sample, start)]


# The word before a stop as it was found before it was read backwards.
_WORD_BEFORE_AS_WRITTEN = re.compile(r"[\w.]{1,20}$")
STOP_WORDY = st.text(alphabet="aB1_.é\u0663 \n-", max_size=40)


@settings(deadline=None)
@given(STOP_WORDY, st.integers(0, 40))
def test_word_before_a_stop_is_what_the_pattern_found(sample, stop):
    stop = min(stop, len(sample))
    match = _WORD_BEFORE_AS_WRITTEN.search(sample, max(0, stop - 20), stop)
    assert text._word_before(sample, stop) == (match.group() if match else "")


def _sentences_the_long_way(sample: str, paragraph: Span) -> list[Span]:
    ends = text._sentence_ends(
        sample, paragraph.start, paragraph.end, frozenset({"mr"}), frozenset()
    )
    spans = text._nonblank_spans(sample, pairwise(chain((paragraph.start,), ends)))
    if len(spans) == 1 and (spans[0].start, spans[0].end) == (paragraph.start, paragraph.end):
        return [paragraph]
    return spans


@settings(deadline=None)
@given(STOPPY, st.integers(0, 40), st.integers(0, 40))
def test_one_line_paragraphs_split_as_the_long_way_does(sample, a, b):
    start, end = sorted((min(a, len(sample)), min(b, len(sample))))
    paragraph = Span(start, end, sample[start:end])
    fast = text.split_sentences(sample, paragraph, frozenset({"mr"}))
    assert fast == _sentences_the_long_way(sample, paragraph)


@settings(deadline=None)
@given(STOPPY, st.integers(0, 40), st.integers(0, 40))
def test_one_line_check_is_the_stop_pattern_s(sample, a, b):
    start, end = sorted((min(a, len(sample)), min(b, len(sample))))
    paragraph = Span(start, end, sample[start:end])
    one_line = start < end and sample[start:end] == sample[start:end].strip()
    one_line = one_line and "\n" not in sample[start:end]
    expected = one_line and text._STOP.search(sample, start, end) is None
    assert text._one_line_without_stops(sample, paragraph) is expected


ONE_LINE_CASES = [
    ('He said "No."', True, "a stop inside the closing quotation marks"),
    ("He left…", True, "an ellipsis at the end"),
    ("He left?! No", False, "a run of stops before a space"),
    ("He left. She stayed.", False, "a stop before a capital may end a sentence"),
    ("He left.", True, "the final stop has no space after it"),
    ("Mr. Roe left.", False, "an inner stop, even an abbreviation's, takes the long way"),
    ("He left\nShe stayed", False, "a line break ends a sentence"),
    (" He left", False, "an untrimmed paragraph is trimmed the long way"),
    ("", False, "an empty paragraph has no sentence"),
]


@pytest.mark.parametrize(("sample", "expected", "why"), ONE_LINE_CASES)
def test_one_line_without_stops(sample, expected, why):
    paragraph = Span(0, len(sample), sample)
    assert text._one_line_without_stops(sample, paragraph) is expected, why


def test_trusted_span_is_the_span_the_constructor_builds():
    sample = "Baqaai said so."
    trusted = trusted_span(0, 6, sample[0:6])
    built = Span(0, 6, "Baqaai")
    assert trusted == built and hash(trusted) == hash(built) and repr(trusted) == repr(built)
    assert pickle.loads(pickle.dumps(trusted)) == built
    assert sorted([Span(7, 11, "said"), trusted]) == [built, Span(7, 11, "said")]


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        (None, None),
        (Span(0, 9, "Spokesman"), None),
        (Span(0, 9, "Spokesman"), Span(14, 21, "Council")),
    ],
)
def test_the_names_stage_builds_the_mention_the_constructor_builds(role, affiliation):
    span = Span(22, 28, "Baqaai")
    trusted = names._mention(span, MentionKind.PERSON, role, affiliation)
    built = NameMention(span, MentionKind.PERSON, role, affiliation)
    assert trusted == built and hash(trusted) == hash(built) and repr(trusted) == repr(built)
    assert pickle.loads(pickle.dumps(trusted)) == built


def _word_before_the_long_way(sample: str, pos: int, floor: int) -> tuple[int, int]:
    """names._word_before as written before its plain-word shortcut."""
    if pos - 1 <= floor or sample[pos - 1] != " ":
        return pos, pos
    end = pos - 1
    if sample[end - 1] == " ":
        return pos, pos
    space = sample.rfind(" ", floor, end)
    start = max(space, sample.rfind("\n", max(space, floor), end)) + 1
    start = max(start, floor)
    word = sample[start:end]
    if not word or not names._WORD_SHAPE.fullmatch(word):
        return pos, pos
    return start, end


WORDY = st.text(alphabet="ab é1 \n-’.,(", max_size=30)


@settings(deadline=None)
@given(WORDY, st.integers(0, 30), st.integers(0, 30))
def test_word_before_agrees_with_the_long_way(sample, pos, floor):
    pos = min(pos, len(sample))
    assert names._word_before(sample, pos, floor) == _word_before_the_long_way(sample, pos, floor)


@pytest.fixture(scope="module")
def vocabulary():
    return names.name_vocabulary(copydesk.default_parser().lexicon)


# Pronouns, role nouns and a multi-word entry among breaks of every kind.
MENTIONY = st.lists(
    st.sampled_from(
        [
            *("he", "He", "she", "officials", "the network", "The network", "network", "spokesman"),
            *(" ", " ", "\n", "“", "”", "(", "—", "-", "’", "'", ".", "x", "é", "\u00a0", "_"),
            *("1", "/", "ß", "\u2028"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(deadline=None)
@given(MENTIONY, st.integers(0, 5))
def test_lower_mention_scans_find_what_the_plain_scan_finds(vocabulary, sample, start):
    plain = [m.span() for m in vocabulary.lower_mention.finditer(sample, start)]
    assert names._lower_mention_bounds(vocabulary, sample, start) == plain


def test_other_break_is_every_character_a_word_opens_after_but_a_space():
    # As first written: the breaks beyond ASCII named in the class itself.
    ascii_breaks = "".join(
        re.escape(c) for c in map(chr, range(128)) if not (c.isalnum() or c in "_’'- ")
    )
    written = re.compile(rf"[{ascii_breaks}\u0080-\U0010ffff]{names._WORD_OPENS}")
    fast = re.compile(rf"{names._OTHER_BREAK}{names._WORD_OPENS}")
    for code in [*range(0x3000), 0xFEFF, 0x1D400, 0x10FFFF]:
        char = chr(code)
        assert bool(fast.match(char)) == bool(written.match(char)), hex(code)


LOWER_SCAN_CASES = [
    ("he said", 0, [(0, 2)], "a mention at the very start"),
    ("“He left,” she said", 0, [(1, 3), (11, 14)], "after a quotation mark and a space"),
    ("Hello.\nThe network said so.", 0, [(7, 18)], "passes overlap: the plain scan decides"),
    ("x he", 2, [(2, 4)], "the break before the first searched character counts"),
    ("xhe", 1, [], "a word character before it"),
    ("co-chairman’s he", 0, [(14, 16)], "no word inside another after a hyphen"),
]


@pytest.mark.parametrize(("sample", "start", "expected", "why"), LOWER_SCAN_CASES)
def test_lower_mention_scan_cases(vocabulary, sample, start, expected, why):
    assert names._lower_mention_bounds(vocabulary, sample, start) == expected, why
    assert [m.span() for m in vocabulary.lower_mention.finditer(sample, start)] == expected, why


def test_an_entry_ending_on_a_break_keeps_the_plain_scan():
    lists = dict(copydesk.default_parser().lexicon.lists)
    lists["roles"] = lists["roles"] | {"co."}
    lists["pronouns_plural"] = lists["pronouns_plural"] | {"’em"}
    vocabulary = names.name_vocabulary(Lexicon(lists))
    assert not vocabulary.lower_scans_split
    sample = "(co.’em"  # the second opens on the stop that ends the first
    plain = [m.span() for m in vocabulary.lower_mention.finditer(sample)]
    assert plain == [(1, 4), (4, 7)]
    assert names._lower_mention_bounds(vocabulary, sample, 0) == plain


def _cap_run_the_long_way(particles):
    """names._cap_run_pattern as written before its prefix tree of gaps."""
    capital = names._CAPITAL
    gaps = [f" {p} the " for p in ("of", "for", "on") if p in particles]
    gaps += [f" {p} " for p in sorted(particles, key=len, reverse=True)]
    separators = "|".join(re.escape(g) for g in gaps)
    return re.compile(
        rf"[{capital}](?:[\w’'&.-]|[ \u00a0](?=[{capital}])|(?:{separators})(?=[{capital}]))*"
    )


CAPPY = st.lists(
    st.sampled_from(
        [
            *("Ann", "BBC", "É", "of", "the", "von", "de", "la", "del", "della", "and", "x", "O’"),
            *(" ", " ", "\u00a0", ".", "-", "&", "’s", ",", "\n", "1"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(deadline=None)
@given(CAPPY, st.sampled_from([frozenset(), frozenset({"of", "the"}), None]))
def test_cap_runs_are_the_runs_of_the_long_way(vocabulary, sample, particles):
    particles = vocabulary.particles if particles is None else particles
    fast = names._cap_run_pattern(particles)
    slow = _cap_run_the_long_way(particles)
    assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in slow.finditer(sample)]


# Letters whose lower case is longer, or depends on the letters around it (final sigma).
CASEY = st.text(alphabet="aB \nΣσΩİẞǅ’.ﬁ\u0345\u0307x", max_size=60)


@settings(deadline=None)
@given(CASEY, st.integers(min_value=1, max_value=8))
def test_lower_by_stretches_is_lower(sample, stretch):
    # The oracle is the stage's own one-call ``text.lower()``, not this test's:
    # mypyc's compiled ``str.lower`` lowers a final capital sigma to "σ" where
    # CPython writes "ς", so the two builds differ there, stretches or not.
    assert dates._lower_by_stretches(sample, stretch) == dates._lower_by_stretches(
        sample, len(sample)
    )
    if not copydesk.compiled:
        assert dates._lower_by_stretches(sample, stretch) == sample.lower()


TENSY = st.lists(
    st.sampled_from(["will", "said", "going to", "is", "be", "filed", "'ll", "he", "x"])
    | st.sampled_from([" ", "  ", ", ", ".", "-", "’", "\n", "e"]),
    max_size=14,
).map("".join)


@settings(deadline=None)
@given(TENSY, st.integers(1, 30), st.integers(0, 60))
def test_tense_scan_after_a_character_finds_what_the_lookbehind_scan_finds(sample, first, last):
    grammar = dates._grammar(Lexicon())
    first, last = min(first, len(sample)), min(max(first, last), len(sample))
    if first == 0:
        return
    want = [(m.span(), m.groups()) for m in grammar.tense.finditer(sample, first, last)]
    got = [
        ((m.start() + 1, m.end()), m.groups())
        for m in grammar.tense_after.finditer(sample, first - 1, last)
    ]
    assert got == want


def _cap_runs_the_long_way(ctx, start, end):
    """names._cap_runs as written before it split the run at whitespace: a regex match a word."""
    text, vocab = ctx.text, ctx.vocab
    runs, run = [], []
    for match in names._CAP_TOKEN.finditer(text, start, end):
        at = match.start()
        before = at - 1
        if before >= 0 and (text[before].isalnum() or text[before] in names._WORD_CHARS):
            continue
        word = match.group()
        if ("-" in word and names._has_lower_part(word)) or (
            ("’" in word or "'" in word) and names._CONTRACTION.search(word)
        ):
            if run:
                runs.append(run)
                run = []
            continue
        particles = ""
        if run:
            prev = run[-1]
            joined = None
            if not (prev.possessive or prev.stop) and at not in ctx.sentence_starts:
                gap = text[prev.end : at]
                joined = "" if gap in names._JOINING_GAPS else names._joining_particles(gap, vocab)
            if joined and any(p in names._ANCHORED_PARTICLES for p in joined.split()):
                lone_and = joined == "and" and not any(t.particle_gap for t in run)
                if lone_and or not names._has_anchor(run, vocab):
                    joined = None
            if joined is None:
                runs.append(run)
                run = []
            else:
                particles = joined
        run.append(names._token(text, at, match.end(), vocab, particles))
    if run:
        runs.append(run)
    return runs


# Capitalised words, particles, contractions and the characters that stop or join them.
CAP_RUNNY = st.lists(
    st.sampled_from(
        [
            *("Ann", "BBC", "É", "Ø", "Þ", "of", "the", "von", "de", "and", "O’", "’d", "'ve"),
            *("Dr.", "U.S.", "Iran-based", "Jr", "x", "i", " ", " ", "\u00a0", "\n", "-", "’s"),
            *(".", ",", "&", "1", "“"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(deadline=None)
@given(CAP_RUNNY, st.frozensets(st.integers(0, 40), max_size=4))
def test_cap_runs_split_find_the_words_a_regex_finds(vocabulary, sample, sentence_starts):
    ctx = names._Context(sample, vocabulary, sentence_starts)
    for match in vocabulary.cap_run.finditer(sample):
        expected = _cap_runs_the_long_way(ctx, *match.span())
        assert names._cap_runs(ctx, *match.span()) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "iPhone Maker Apple",  # the run opens inside a word: its first word is no name
        "Secretary of State Mike Pompeo’s O’Neill’ve Neill",  # a contraction, then a lookalike
        "Bank\u00a0of America and Wells Fargo",
        "Ludwig van Beethoven",
    ],
)
def test_cap_runs_split_cases(vocabulary, sample):
    ctx = names._Context(sample, vocabulary, frozenset({0}))
    for match in vocabulary.cap_run.finditer(sample):
        expected = _cap_runs_the_long_way(ctx, *match.span())
        assert names._cap_runs(ctx, *match.span()) == expected
