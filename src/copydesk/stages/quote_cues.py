"""Cue words and speaker noun phrases for the quotes stage.

The quotes stage looks at the few words around each cue ("said", "told",
"according to"), so everything here works on small windows of text: a
tokenizer, a backward scan for the subject of a cue ("Esmaeil Baqaai,
spokesperson for ..., said" gives "Esmaeil Baqaai"), and a forward scan for
an inverted or trailing speaker ("said Caddell", "— Commissioner Smith"),
and where content starts after its cue ("said in a statement that …",
"told reporters …"). Sentences are tokenized once and sliced for every
window (:class:`TokenView`). The vocabulary comes from the lexicon; the cue
regex is a trie of the cue words, so finding every cue in an article is one
linear regex pass.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any, Final

from copydesk.lexicon import Lexicon
from copydesk.model import Span

__all__ = ["Token", "TokenView", "Vocabulary", "span_of", "tokens_between", "vocabulary"]

# Possessive: nothing after a token can make it shorter, so the engine keeps
# no places to go back to (about a tenth faster).
_TOKEN = re.compile(r"\w++(?:[’'.&-]\w++)*+\.?+|[^\w\s]")
_GAP_AND_TOKEN = re.compile(rf"(\s*+)({_TOKEN.pattern}|\Z)")
_CLOSERS = ",:;)”\"’'?!"
"""Marks that, after a plain word, are a token of their own (no word follows to join)."""
_WINDOW = 100
_WORD_CHAR = re.compile(r"\w")
_YEAR = re.compile(r"1[89]\d\d|2\d\d\d")
_SLICE_MAX = 250
_MAX_NP_WORDS = 8
_THAT_WINDOW = 10
_APOSITION_MAX = 260
_WORD_LISTS = (
    "quote_hearers",
    "quote_intro_words",
    "quote_lead_words",
    "quote_not_content_openers",
    "quote_be_forms",
    "quote_possessives",
    "quote_clause_conjunctions",
    "quote_determiners",
    "quote_bare_determiners",
    "quote_np_leading_junk",
    "quote_np_trailing_junk",
    "quote_verb_context",
    "quote_clause_breaks",
    "quote_headline_labels",
    "quote_gerund_prepositions",
    "quote_expletives",
    "quote_object_prepositions",
    "quote_say_verbs",
    "quote_object_cues",
    "quote_clause_openers",
    "quote_object_continuations",
    "quote_object_adjuncts",
    "quote_speaker_postmodifiers",
    "quote_poll_nouns",
    "quote_clause_subjects",
    "quote_passive_phrasal",
    "quote_quantifier_subjects",
    "quote_approximators",
    "quote_time_prepositions",
    "quote_stative_participles",
    "quote_negations",
    "quote_adjunct_subjects",
    "quote_adjunct_breaks",
    "quote_agent_complements",
    "quote_and_subjects",
    "quote_question_openers",
    "quote_light_verbs",
    "quote_subordinators",
    "quote_infinitive_cues",
    "quote_holderless_leads",
    "quote_subject_prepositions",
    "quote_subject_time_nouns",
    "quote_pro_forms",
    "quote_appearance_verbs",
    "quote_appearance_prepositions",
    "quote_passive_markers",
    "quote_plural_subjects",
    "quote_agent_participles",
    "quote_received_nouns",
    "quote_receiving_verbs",
    "quote_received_prepositions",
    "quote_relative_as_verbs",
    "quote_relative_objects",
    "quote_relative_openers",
    "quote_agent_questions",
    "quote_question_participles",
    "quote_question_leads",
    "quote_setting_participles",
    "quote_setting_objects",
    "quote_facing_verbs",
    "quote_speaker_relatives",
    "prepositions",
    "relative_pronouns",
    "quote_reflexive_cues",
    "quote_topic_prepositions",
    "quote_finite_auxiliaries",
    "quote_loose_topics",
    "quote_loose_topic_blockers",
    "quote_loose_topic_non_openers",
    "quote_name_object_adjuncts",
    "quote_object_pronouns",
    "quote_reason_prepositions",
    "quote_that_adjunct_openers",
    "quote_resuming_conjunctions",
    "quote_object_complements",
    "quote_split_relatives",
    "quote_split_approximators",
    "quote_split_shares",
    "quote_split_apposition_heads",
    "quote_split_participle_joins",
    "quote_split_gerund_joins",
    "quote_split_asked_verbs",
    "quote_split_verb_joins",
    "quote_split_object_subordinators",
    "quote_split_resuming_participles",
    "quote_speaker_premodifiers",
    "quote_cue_that_prepositions",
    "quote_catenative_verbs",
    "quote_closing_verbs",
    "quote_apposed_participles",
)
"""Small function-word lists the stage reads through :attr:`Vocabulary.words`."""
_CONTRACTIONS = ("’s", "'s", "’re", "'re", "’ve", "'ve", "’d", "'d", "’ll", "'ll")
"""Endings of a pronoun's contracted auxiliary ("he’s saying", "they’ve said")."""
_APPOSITION_ENDS = frozenset({",", "—", "–", ")", "-"})


def _quoted_comma(tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a closing quotation mark right after a comma."""
    return index > 0 and tokens[index].text in "”\"’'" and tokens[index - 1].text == ","


def _closing_apostrophe(tokens: list[Token], index: int) -> bool:
    """Whether an apostrophe token closes a quotation ("views,'' a spokeswoman").

    After a comma or another mark it is a closing quotation mark, not the
    possessive of "the Joneses' lawyer" nor an elision.
    """
    return (
        tokens[index].text in "'’"
        and index > 0
        and not tokens[index - 1].is_word
        and tokens[index - 1].text not in "&-%"
    )


def _first_token(tokens: list[Token], found: Span, last: int) -> int:
    """The index of the token ``found`` starts at, looking back from ``last`` (-1 if none)."""
    first = min(last, len(tokens) - 1)
    while first > 0 and tokens[first].start > found.start:
        first -= 1
    return first if first >= 0 and tokens[first].start == found.start else -1


def _can_end_np(word: str) -> bool:
    """Whether a word can end a subject: not a possessive ("Trump’s") nor a number."""
    if word[0].isdigit():
        return False
    return not word.endswith(("’s", "'s", "s’", "s'", "’", "'"))


@dataclasses.dataclass(init=False)
class Token:
    """One word or punctuation mark of a small window, with its offsets.

    A dataclass, which mypyc compiles to a native class: thousands are made
    per article, and compiled code builds one with a single allocation and
    reads its fields as struct loads (a named tuple costs a boxed tuple to
    build and a generic attribute look-up per read). The ``__init__`` is
    written out so that mypyc compiles it (the one dataclasses generates is
    interpreted). Not frozen, as a frozen dataclass sets each field through
    a call in pure Python; nothing assigns to a token.
    """

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    @property
    def is_word(self) -> bool:
        """Whether the token is a word rather than punctuation."""
        return self.text[0].isalnum() or self.text[0] == "_"


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``.

    Read as its pieces between single spaces (a C split, far faster than a
    regex pass): most pieces are one plain word (an ``isalnum`` piece is a
    run of the regex's word characters) or a word and one closing mark ("said,",
    "Obama.", "him”"), whose tokens are plain too. Only the rest ("U.S.",
    "“We", blanks other than a space) go through the token regex. An empty
    piece is a second space; each piece is followed by one.
    """
    tokens: list[Token] = []
    at = max(start, 0)  # as a regex reads its bounds (no counting from the end)
    if end <= at:
        return tokens
    # tokens.append, not a bound method in a local: compiled (mypyc), that
    # is a direct list append rather than a generic call per token.
    for piece in text[at:end].split(" "):
        size = len(piece)
        if size == 1 or piece.isalnum():
            if size > 1 or not piece.isspace():
                tokens.append(Token(at, at + size, piece))
            at += size + 1
            continue
        if not size:
            at += 1
            continue
        last = piece[-1]
        head = piece[:-1]
        if (last == "." or last in _CLOSERS) and head.isalnum():
            if last == ".":  # "Obama." is one token, as "Mr." is
                tokens.append(Token(at, at + size, piece))
            else:
                tokens.append(Token(at, at + size - 1, head))
                tokens.append(Token(at + size - 1, at + size, last))
            at += size + 1
            continue
        if _plain_piece(tokens, piece, at):
            at += size + 1
            continue
        pos = at
        # Matching the end keeps blanks there from being searched again from each.
        pairs: list[tuple[str, str]] = _GAP_AND_TOKEN.findall(piece)
        while pairs and not pairs[-1][1]:
            pairs.pop()
        for gap, word in pairs:
            pos += len(gap)
            stop = pos + len(word)
            tokens.append(Token(pos, stop, word))
            pos = stop
        at += size + 1
    return tokens


def _plain_piece(tokens: list[Token], piece: str, at: int) -> bool:
    """Add the tokens of ``piece`` (at ``at``) if it is one of the shapes read without the regex.

    They are most of the pieces the regex would read in a sentence: an
    opening mark and a word ("“We"), two words joined by an apostrophe or a
    hyphen ("Trump’s", "long-time", one token), and a word with two marks
    ("said,”", "Obama.”").
    """
    size = len(piece)
    first = piece[0]
    rest = piece[1:]
    if rest.isalnum() and not (first.isalnum() or first == "_" or first.isspace()):
        tokens.append(Token(at, at + 1, first))
        tokens.append(Token(at + 1, at + size, rest))
        return True
    word = piece[:-2]
    if word.isalnum():
        mark = piece[-2]
        last = piece[-1]
        if last not in _CLOSERS or not (mark == "." or mark in _CLOSERS):
            return False
        if mark == ".":  # "Obama.”": the stop stays with the word
            tokens.append(Token(at, at + size - 1, piece[:-1]))
        else:
            tokens.append(Token(at, at + size - 2, word))
            tokens.append(Token(at + size - 2, at + size - 1, mark))
        tokens.append(Token(at + size - 1, at + size, last))
        return True
    for joiner in "’-'":
        left, found, right = piece.partition(joiner)
        if found and left.isalnum() and right.isalnum():
            tokens.append(Token(at, at + size, piece))
            return True
    return False


class TokenView:
    """Tokens of an article, read once per sentence and sliced for every window.

    The quotes stage asks for the words around each cue several times (the
    subject before it, the content after it, the tail that ends the
    sentence); tokenizing the sentence once and slicing it keeps the stage
    linear with a small constant. Windows outside the loaded sentence are
    tokenized on their own.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._start = 0
        self._end = 0
        self._tokens: list[Token] = []
        self._starts: list[int] = []
        self._loaded = True

    def load(self, start: int, end: int) -> None:
        """Make ``text[start:end]`` (a sentence) the stretch windows are sliced from.

        It is tokenized on the first window asked for, so sentences that
        turn out to need no look at their words cost nothing.
        """
        self._start = start
        self._end = end
        self._loaded = False

    def between(self, start: int, end: int) -> list[Token]:
        """The whole tokens that start inside ``[start, end)``."""
        if self._start <= start and end <= self._end:
            if not self._loaded:
                self._tokens = tokens_between(self.text, self._start, self._end)
                self._starts = [token.start for token in self._tokens]
                self._loaded = True
            first = bisect_left(self._starts, start)
            last = bisect_left(self._starts, end)
            if self._end - self._start <= _SLICE_MAX:
                return self._tokens[first:last]
            return self._long_window(first, last, start, end)
        return tokens_between(self.text, start, end)

    def _long_window(self, first: int, last: int, start: int, end: int) -> list[Token]:
        """A window of a loaded sentence longer than ``_SLICE_MAX``: what tokenizing it gives.

        Windows of short sentences are plain slices (whole tokens only);
        those of long ones have always been tokenized on their own, so a
        token the window cuts comes out in pieces. Only those cut tokens
        are tokenized again: the tokenizer reads left to right without
        looking ahead, so on either side of a cut token the words are the
        loaded ones.
        """
        tokens = self._tokens
        head_cut = first > 0 and tokens[first - 1].end > start
        tail_cut = last > first and tokens[last - 1].end > end
        if not head_cut and not tail_cut:
            return tokens[first:last]
        if head_cut and (last == first or tokens[first - 1].end >= end):
            return tokens_between(self.text, start, end)
        window = tokens_between(self.text, start, tokens[first - 1].end) if head_cut else []
        window += tokens[first : last - 1] if tail_cut else tokens[first:last]
        if tail_cut:
            window += tokens_between(self.text, tokens[last - 1].start, end)
        return window


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation shaped as a trie, so matching is one pass with no retries."""
    return _alternation(sorted(set(words)))


def _alternation(words: list[str]) -> str:
    """The trie pattern of sorted, distinct ``words`` (the empty word makes it optional)."""
    optional = bool(words) and words[0] == ""
    rest = words[1:] if optional else words
    branches = []
    index = 0
    while index < len(rest):
        head = rest[index][0]
        group_end = index
        while group_end < len(rest) and rest[group_end][0] == head:
            group_end += 1
        tails = [word[1:] for word in rest[index:group_end]]
        branches.append(re.escape(head) + _alternation(tails))
        index = group_end
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if optional else body


# Spans are built through the slot setters of the frozen Span (its
# attrs-generated ``__init__`` minus the check): Span.of, called from compiled
# code, runs interpreted, two Python frames a span.
_new_object: Final = object.__new__
_SPAN_TYPE: Final = Span
_set_span_start: Final[Any] = Span.__dict__["start"].__set__
_set_span_end: Final[Any] = Span.__dict__["end"].__set__
_set_span_text: Final[Any] = Span.__dict__["text"].__set__


def span_of(text: str, start: int, end: int) -> Span:
    """:meth:`Span.of <copydesk.model.Span.of>`, compiled with the stage."""
    if not 0 <= start <= end <= len(text):
        return Span.of(text, start, end)  # raises as Span.of does
    span: Span = _new_object(_SPAN_TYPE)
    _set_span_start(span, start)
    _set_span_end(span, end)
    _set_span_text(span, text[start:end])
    return span


@dataclasses.dataclass(frozen=True)
class Vocabulary:
    """The word lists the quotes stage reads, with the cue regex built from them."""

    speech: frozenset[str]
    belief: frozenset[str]
    tell: frozenset[str]
    modifiers: frozenset[str]
    stops: frozenset[str]
    pronouns: frozenset[str]
    homographs: frozenset[str]
    nouns: frozenset[str]
    naming: frozenset[str]
    raising: frozenset[str]
    phrasal: frozenset[str]
    abbreviations: frozenset[str]
    titles: frozenset[str]
    adjunct_openers: frozenset[str]
    time_words: frozenset[str]
    numbers: frozenset[str]
    words: Mapping[str, frozenset[str]]
    cue_regex: re.Pattern[str]
    cue_words: frozenset[str]
    """``speech | belief | phrasal``, so :meth:`is_cue` is one look-up."""
    frames: frozenset[str] = frozenset()
    """Verbs that attribute only as ``SUBJECT + verb + object`` (``quote_frame_verbs``)."""
    adjectives: frozenset[str] = frozenset()
    """Adjectives that attribute as ``SUBJECT + be + adjective`` (``quote_frame_adjectives``)."""
    heads: frozenset[str] = frozenset()
    """Lower-case head nouns of subjects that can hold a view ("director", "newspaper")."""
    cue_scan: re.Pattern[str] | None = None
    """``cue_regex`` opened on the character before the cue (see :meth:`find_cues`)."""

    def find_cues(self, text: str, start: int) -> list[tuple[int, int, str]]:
        r"""Every match of ``cue_regex`` from ``start`` on, as (start, end, word).

        A pattern that opens on ``\b`` is tried at every character; one that
        opens on a non-word character lets the regex engine skip to the
        next such character first, about a fifth of them. So ``cue_scan``
        matches the character before the cue, and only a cue right at
        ``start`` (nothing of the scan before it) is matched apart. It
        needs every cue to begin and end on a word character; ``_build``
        leaves it unset otherwise.
        """
        if self.cue_scan is None:
            return [(*m.span(), m[0]) for m in self.cue_regex.finditer(text, start)]
        cues = []
        first = self.cue_regex.match(text, start)
        if first is not None:
            cues.append((start, first.end(), first[0]))
            start = first.end()
        cues += [(*m.span(1), m[1]) for m in self.cue_scan.finditer(text, start)]
        return cues

    def is_cue(self, word: str) -> bool:
        """Whether a word is a speech or belief cue (or a cue with its particle)."""
        return word in self.cue_words

    def is_sentence_stop(self, token: Token) -> bool:
        """Whether a token ending in a full stop ends a sentence (not "Mr.", "U.S.")."""
        word = token.text
        if not word.endswith(".") or len(word) < 2:
            return False
        stem = word[:-1]
        if stem.lower() in self.abbreviations or stem.lower() in self.titles:
            return False
        return not (len(stem) == 1 or "." in stem)

    def word_of(self, token: Token) -> str:
        """The lower-case word of a token, without a sentence-final stop."""
        word = token.text.lower()
        if word.endswith(".") and self.is_sentence_stop(token):
            return word[:-1]
        return word

    def np_word(self, token: Token) -> bool:
        """Whether a token can sit inside a speaker noun phrase."""
        first = token.text[0]
        if not (first.isalnum() or first == "_"):  # Token.is_word without the call
            return token.text in "&-’'%"
        word = token.text.lower().rstrip(".")
        if word in self.stops:
            return False
        return token.text[0].isupper() or not self.is_cue(word)

    def subject_before(
        self, view: TokenView, floor: int, pos: int, *, strict: bool = False
    ) -> Span | None:
        """The subject noun phrase that ends just before ``pos`` (the cue).

        Skips auxiliaries and adverbs ("has also said"), then an apposition
        set off by commas ("Baqaai, spokesperson for the ministry, said"),
        and returns the noun phrase before them, or a relative "who".
        """
        text = view.text
        tokens = view.between(max(floor, pos - _WINDOW), pos)
        index = self._skip_modifiers(tokens, len(tokens) - 1)
        if index < 0:
            return None
        if _quoted_comma(tokens, index):
            index -= 1  # "Jones, co-author of “Going Viral,” said …"
        if tokens[index].text not in _APPOSITION_ENDS:
            return self._subject_at(text, tokens, index, strict)
        tokens = view.between(max(floor, pos - _APOSITION_MAX), pos)
        index = self._skip_modifiers(tokens, len(tokens) - 1)
        if _quoted_comma(tokens, index):
            index -= 1
        if tokens[index].text == ")":
            index = self._skip_parenthesis(tokens, index)
        else:
            index = self._skip_apposition(tokens, index)
        for _ in range(3):
            if index < 0:
                return None
            found = self._subject_at(text, tokens, index, strict)
            home = -1 if found is None else self._home_before(tokens, found, index)
            if found is not None and home < 0:
                return found
            index = home if home >= 0 else self._comma_before(tokens, index)
            index = index - 1 if index > 0 else -1
        return None

    def _home_before(self, tokens: list[Token], found: Span, last: int) -> int:
        """The comma before a hometown apposition that ``found`` ends ("…, of Ashton, Md."), or -1.

        "Mary Brown, 59, of Ashton, Md., who …, said": the words before the
        skipped clause are the person's home, not the subject.
        """
        first = _first_token(tokens, found, last)
        if first < 2 or not found.text[:1].isupper():
            return -1
        if tokens[first - 1].text in ("of", "from") and tokens[first - 2].text == ",":
            return first - 2  # "Tom Lee, of Dayton, Ohio, said"
        if tokens[first - 1].text != ",":
            return -1
        back = first - 2
        while back > 0 and back > first - 6 and tokens[back].text[:1].isupper():
            back -= 1
        if back > 1 and tokens[back].text in ("of", "from") and tokens[back - 1].text == ",":
            return back - 1
        return -1

    def _skip_modifiers(self, tokens: list[Token], index: int) -> int:
        """Back over auxiliaries, adverbs and time words ("on Tuesday also said")."""
        determiners = self.words["quote_determiners"]
        time_prepositions = self.words["quote_time_prepositions"]
        last = index
        while index >= 0:
            word = tokens[index].text.lower()
            adverb = (
                word.endswith("ly")
                and tokens[index].text[0].islower()
                and (index == 0 or not self._determines(tokens[index - 1].text, determiners))
            )
            # "A poll in March found": the preposition of a skipped time word.
            timed = (
                word in time_prepositions
                and index < last
                and tokens[index + 1].text.lower() in self.time_words
            )
            skip = word in self.modifiers or word in self.time_words or adverb or timed
            if not skip:
                break
            index -= 1
        return index

    @staticmethod
    def _determines(word: str, determiners: frozenset[str]) -> bool:
        """Whether a word before an -ly word makes it a noun ("the rally", "Scott's family")."""
        return word.lower() in determiners or (word[0].isupper() and word.endswith(("’s", "'s")))

    def _subject_at(self, text: str, tokens: list[Token], index: int, strict: bool) -> Span | None:
        last = tokens[index]
        if last.text in ("who", "which", "that"):
            return span_of(text, last.start, last.end)
        if last.text in ("whom", "which") and index >= 2 and tokens[index - 1].text == "of":
            return span_of(text, tokens[index - 2].start, last.end)  # "many of whom say"
        if last.text == ")":
            index = self._skip_parenthesis(tokens, index)
            if index < 0:
                return None
        found = self._noun_phrase_back(text, tokens, index, strict)
        if found is None:
            return None
        return self._subject_head(text, tokens, found, index)

    def _subject_head(self, text: str, tokens: list[Token], found: Span, last: int) -> Span:
        """The head of a subject the scan found inside a postmodifier of it.

        "Officials in Tehran denied it": the scan stops at "Tehran", the
        object of "in"; the subject is "Officials in Tehran". A time
        phrase in between is left out ("Trump at the time said" gives
        "Trump"), and a relative pronoun before it is the subject itself
        ("who has in the past described"). "People who fought it for years
        say": a restrictive "who" clause ends at the cue, so its antecedent
        is the subject.
        """
        first = _first_token(tokens, found, last)
        if first < 0:
            return found
        relative = self._relative_antecedent(text, tokens, first)
        if relative is not None:
            return relative
        prepositions = self.words["quote_subject_prepositions"]
        if first < 2 or tokens[first - 1].text.lower() not in prepositions:
            return found
        index = self._skip_modifiers(tokens, first - 2)
        if index < 0:
            return found
        word = tokens[index].text
        if word in ("who", "which", "that"):
            return span_of(text, tokens[index].start, tokens[index].end)
        if not tokens[index].is_word or not self.np_word(tokens[index]):
            return found
        head = self._noun_phrase_back(text, tokens, index, False)
        if head is None or head.text in ("who", "which", "that"):
            return found if head is None else head
        time_nouns = self.words["quote_subject_time_nouns"]
        timed = any(
            token.text.lower() in self.time_words or token.text.lower() in time_nouns
            for token in tokens[first : last + 1]
        )
        if timed or index != first - 2:
            return head
        return span_of(text, head.start, found.end)

    def _relative_antecedent(self, text: str, tokens: list[Token], first: int) -> Span | None:
        """The antecedent of a restrictive "who" clause the subject ends ("People who … say")."""
        lowest = max(0, first - 12) + 1
        if first <= lowest or text.find("who", tokens[lowest].start, tokens[first - 1].end) < 0:
            return None  # no "who" among the words looked at: one search, not a loop
        determiners = self.words["quote_determiners"]
        for back in range(first - 1, max(0, first - 12), -1):
            token = tokens[back]
            if not token.is_word and token.text not in "’'-":
                return None
            if token.text != "who":
                continue
            after = tokens[back + 1].text
            if not after[0].islower() or after in determiners or after in self.pronouns:
                return None  # "who many in the party backed", "who U.S. officials say"
            before = tokens[back - 1]
            if not before.is_word or not self.np_word(before):
                return None
            head = self._noun_phrase_back(text, tokens, back - 1, False)
            return head if head is not None and head.text not in ("who", "which", "that") else None
        return None

    def contracted_pronoun(self, word: str) -> str:
        """The pronoun of a contraction ("he’s", "they're"), or "" for any other word."""
        if "’" not in word and "'" not in word:
            return ""
        for suffix in _CONTRACTIONS:
            if word.endswith(suffix) and word[: -len(suffix)] in self.pronouns:
                return word[: -len(suffix)]
        return ""

    @staticmethod
    def _skip_parenthesis(tokens: list[Token], close: int) -> int:
        """The index of the last token before a parenthesis that ends at ``close``."""
        index = close - 1
        while index >= 0 and tokens[index].text != "(":
            index -= 1
        return index - 1 if index > 0 else -1

    @staticmethod
    def _comma_before(tokens: list[Token], index: int) -> int:
        """The index of a comma at most six tokens before ``index`` (-1 if none)."""
        for back in range(index, max(-1, index - 6), -1):
            if tokens[back].text == ",":
                return back
            if not tokens[back].is_word and tokens[back].text not in "’'-":
                return -1
        return -1

    def _skip_apposition(self, tokens: list[Token], comma: int) -> int:
        """The index of the last token before an apposition that ends at ``comma``."""
        index = comma - 1
        while index >= 0 and tokens[comma].text == "-" and tokens[index].text == "-":
            index -= 1
        while index >= 0 and tokens[index].text != tokens[comma].text:
            if tokens[index].text in ".;:(" and not tokens[index].is_word:
                return -1
            index -= 1
        if index <= 0 or tokens[comma].start - tokens[index].end > _APOSITION_MAX:
            return -1
        while index > 0 and tokens[comma].text == "-" and tokens[index - 1].text == "-":
            index -= 1
        return index - 1

    def _noun_phrase_back(
        self, text: str, tokens: list[Token], index: int, strict: bool
    ) -> Span | None:
        last = tokens[index]
        lower = last.text.lower()
        if lower in self.pronouns:
            return span_of(text, last.start, last.end)
        pronoun = self.contracted_pronoun(lower)
        if pronoun:
            return span_of(text, last.start, last.start + len(pronoun))
        if not (
            self.np_word(last)
            or self._determined_homograph(tokens, index)
            or self._plural_homograph_subject(tokens, index)
        ):
            return None
        if self.is_sentence_stop(last):
            return None
        if not _can_end_np(last.text):
            first = self._ratio_start(tokens, index)
            if first is not None:
                return span_of(text, tokens[first].start, last.end)
            if _YEAR.fullmatch(last.text) and index >= 2 and tokens[index - 1].text == "in":
                return self._noun_phrase_back(text, tokens, index - 2, strict)  # "a panel in 2001"
            return None
        if lower in self.words["quote_bare_determiners"]:
            return None

        first = index
        while first > 0 and index - first < _MAX_NP_WORDS:
            before = tokens[first - 1]
            if not self.np_word(before) or self.is_sentence_stop(before):
                break
            if before.text.lower() in self.pronouns and before.text.lower() != "one":
                break
            if _closing_apostrophe(tokens, first - 1):
                break
            first -= 1
        leading = self.words["quote_np_leading_junk"]
        while first < index and tokens[first].text.lower() in leading:
            first += 1
        first = self._coordinated_modifiers(tokens, first, index)
        if strict and not self._strong_subject(tokens, first, index, text):
            return None
        head = tokens[first].text
        if (
            head[0].islower()
            and head.endswith(("ing", "ed"))
            and first < index
            and not self._participle_modifier_start(tokens, first)
        ):
            return None  # "… after voting Democrats said", but "But hacking experts say"
        if (
            first > 2
            and tokens[first - 1].text in ("to", "with")
            and tokens[first - 2].text in self.words["quote_speaker_postmodifiers"]
        ):
            return self._noun_phrase_back(text, tokens, first - 3, strict)
        if first > 0 and tokens[first - 1].text == "to" and head[0].islower():
            return None
        return span_of(text, tokens[first].start, last.end)

    def _participle_modifier_start(self, tokens: list[Token], first: int) -> bool:
        """Whether a lower-case "-ing"/"-ed" word opening a subject is a modifier.

        "But hacking experts say", ", fundraising documents show", "the
        leaked memos show": after a conjunction, a comma or a determiner it
        modifies the noun; after "voting" in "… after voting Democrats said"
        it is a verb.
        """
        if tokens[first].text.lower() in self.words["quote_speaker_premodifiers"]:
            return True  # "retired Air Force general Lloyd Newton said"
        if first == 0:
            return False
        before = tokens[first - 1].text.lower()
        return (
            before == ","
            or before in self.words["quote_clause_conjunctions"]
            or before in self.words["quote_determiners"]
        )

    def _coordinated_modifiers(self, tokens: list[Token], first: int, last: int) -> int:
        """Where a subject starts when "and"/"or" joins two of its modifiers.

        "campaign and corporate records show": the scan stops at "and"; a
        lower-case word after it that is not the head, and a lower-case noun
        word before it right after a comma or a determiner, join the phrase.
        """
        if first < 2 or first >= last or tokens[first - 1].text not in ("and", "or"):
            return first
        after = tokens[first].text
        before = tokens[first - 2]
        if not (after[0].islower() and before.is_word and before.text[0].islower()):
            return first
        if not self.np_word(before) or before.text.endswith(("ed", "ing")):
            return first
        start = first - 2
        if start == 0:
            return first
        opener = tokens[start - 1].text.lower()
        if opener == ",":
            return start
        if opener in self.words["quote_determiners"]:
            return start - 1
        return first

    def _ratio_start(self, tokens: list[Token], index: int) -> int | None:
        """Where a ratio subject ending in a number starts ("six in 10", "4 out of 10")."""
        if not tokens[index].text.isdigit() or index < 2:
            return None
        first = index - 2
        if tokens[index - 1].text == "of" and tokens[first].text == "out":
            first -= 1
        elif tokens[index - 1].text != "in":
            return None
        if first < 0:
            return None
        word = tokens[first].text
        return first if word.isdigit() or word.lower() in self.numbers else None

    def _determined_homograph(self, tokens: list[Token], index: int) -> bool:
        """Whether a cue word is a noun after its determiner ("The reports show").

        Up to two modifiers may stand between them ("the new report said",
        "the agency's annual report said"): a verb never follows a
        determiner and its adjectives.
        """
        if index < 1 or tokens[index].text.lower() not in self.homographs:
            return False
        determiners = self.words["quote_determiners"]
        for back in range(index - 1, max(-1, index - 4), -1):
            token = tokens[back]
            if token.text.lower() in determiners:
                return True
            if not (token.is_word and self.np_word(token)) or token.text[0].isupper():
                return False
        return False

    def _plural_homograph_subject(self, tokens: list[Token], index: int) -> bool:
        """Whether a plural cue word right before the cue is its subject noun.

        ", fundraising reports show.", ", reports say.": a verb does not
        stand right before the cue verb, so the plural is a noun.
        """
        word = tokens[index].text
        if not (word[0].islower() and word.endswith("s") and word in self.homographs):
            return False
        return index + 1 == len(tokens) or tokens[index + 1].text.lower() in self.modifiers

    def _strong_subject(self, tokens: list[Token], first: int, last: int, text: str) -> bool:
        """Whether a subject is clearly a noun phrase, for cues that are also nouns.

        "Trump plans to", "the campaign plans to", but not "to exchange views"
        or "health plans".
        """
        head = tokens[first]
        if (
            first == last
            and first > 0
            and (
                tokens[first - 1].text.lower() in self.words["quote_clause_conjunctions"]
                or tokens[first - 1].text in self.words["quote_subordinators"]
            )
            and (head.text.endswith("s") or self._quantifier_subject(head, text))
            and head.text.isalpha()
        ):
            return True  # "But officials fear …", "as polls show …", "but some note …"
        if self._conjoined_plural(tokens, first, last, text):
            return True
        if first > 0 and self._verb_phrase(head, tokens[first - 1]):
            return False
        if tokens[last].text[0].isupper():
            return True
        if tokens[last].text.endswith("s") and (last > first or head.text[0].isupper()):
            return True
        if head.text[0].isupper() and last > first:
            return True
        return head.text.lower() in self.words["quote_determiners"] and last > first

    def _conjoined_plural(self, tokens: list[Token], first: int, last: int, text: str) -> bool:
        """Whether a modified plural after "and"/"but" is a subject ("But public records show").

        "to exchange views" is a verb and its object, but after a clause
        conjunction one or two lower-case words and a plural noun make a
        subject, when the cue after them is a bare present verb.
        """
        if first < 1 or first >= last or last - first > 2:
            return False
        cue = text[tokens[last].end : tokens[last].end + 30].split(maxsplit=1)
        if not cue or cue[0].endswith(("s", "ing", "ed")):
            return False  # a plural subject takes the bare present verb
        before = tokens[first - 1].text.lower()
        words = self.words
        if (
            before not in words["quote_clause_conjunctions"]
            or before not in words["quote_verb_context"]
        ):
            return False
        plural = tokens[last].text
        if not (plural.isalpha() and plural.endswith("s") and not plural.endswith("ss")):
            return False
        return all(
            token.text.isalpha() and token.text[0].islower() and token.text not in self.pronouns
            for token in tokens[first : last + 1]
        )

    def _quantifier_subject(self, head: Token, text: str) -> bool:
        """Whether a bare quantifier is a plural subject ("but some note"), not a determiner.

        The word after it must not end in -s: "some calls to the hotline" is
        a noun phrase, and a plural subject takes the bare verb.
        """
        if head.text.lower() not in self.words["quote_quantifier_subjects"]:
            return False
        after = text[head.end : head.end + 40].split(maxsplit=1)
        return bool(after) and not after[0].endswith("s")

    def _verb_phrase(self, head: Token, before: Token) -> bool:
        """Whether a bare lower-case "subject" is really a verb ("to exchange views")."""
        word = head.text
        if not word[0].islower() or word in self.pronouns:
            return False
        if word in self.words["quote_determiners"]:
            return False
        return before.text.lower() in self.words["quote_verb_context"]

    def noun_phrase_after(
        self, view: TokenView, pos: int, limit: int, *, cue_nouns: bool = False
    ) -> Span | None:
        """The noun phrase that starts at ``pos`` ("Caddell", "Sen. Ted Cruz").

        With ``cue_nouns`` a cue word may be a noun inside it ("according
        to the report", "a new survey"), as after "according to".
        """
        text = view.text
        tokens = view.between(pos, min(limit, pos + _WINDOW))
        if not tokens:
            return None
        first = tokens[0]
        if first.text.lower() in self.pronouns:
            return span_of(text, first.start, first.end)
        count = 0
        for token in tokens:
            noun = self.np_word(token) or (
                cue_nouns and token.is_word and token.text.lower() not in self.stops
            )
            if not noun or count >= _MAX_NP_WORDS:
                break
            if (
                count
                and token.text[0].islower()
                and token.text.endswith(("ed", "ing"))
                and token.text.lower() not in self.words["quote_speaker_premodifiers"]
            ):
                break  # "Democrats trying to …", "officials based in …"
            count += 1
            if self.is_sentence_stop(token):
                break
        trailing = self.words["quote_np_trailing_junk"]
        while count > 0 and tokens[count - 1].text.lower() in trailing:
            count -= 1
        if count == 0:
            return None
        end = tokens[count - 1].end
        if self.is_sentence_stop(tokens[count - 1]):
            end -= 1
        return span_of(text, first.start, end)

    def content_start(self, view: TokenView, cue_end: int, limit: int, word: str) -> int | None:
        """Where content begins after a cue: at "that", or after hearer and adjuncts."""
        tokens = view.between(cue_end, min(limit, cue_end + _WINDOW))
        if not tokens:
            return None
        if self.adjunct_or_hearer(tokens[0], word):
            for token in tokens[:_THAT_WINDOW]:
                if not token.is_word and token.text not in "’'“”\",":
                    break
                if token.text == "that":
                    return token.start
            after_adjunct = self._after_adjunct(tokens, word)
            if after_adjunct is not None:
                return after_adjunct
        that = self._that_after_adjunct(tokens, word)
        if that is None:
            that = self._that_after_aside(tokens, word)
        if that is not None:
            return that
        index = 0
        if word in self.tell and tokens[0].is_word:
            index = self.skip_hearer(tokens)
        while (
            index < len(tokens) - 1
            and tokens[index].text[0].isupper()
            and (tokens[index].text.lower() in self.time_words)
        ):
            index += 1
        comma = index < len(tokens) and tokens[index].text == ","
        while index < len(tokens) and tokens[index].text in ",:":
            index += 1
        not_openers = self.words["quote_not_content_openers"]
        if (
            index + 1 < len(tokens)
            and tokens[index].text.lower() in self.words["quote_object_prepositions"]
            and tokens[index + 1].is_word
            and word not in self.tell
            and word not in self.words["quote_say_verbs"]
        ) or self._topic_after_hearer(tokens, index, word):
            index += 1
        if index >= len(tokens) or (
            tokens[index].text.lower() in not_openers
            and not self._reflexive_object(tokens, index, word)
            and not self._before_number(tokens, index)
        ):
            return None
        if comma and tokens[index].text.endswith("ing"):
            return None
        if tokens[index].text == "to" and index + 1 < len(tokens):
            after = tokens[index + 1].text
            if after[0].isupper() or after.lower() in self.words["quote_bare_determiners"]:
                return None
        return tokens[index].start

    def _that_after_adjunct(self, tokens: list[Token], word: str) -> int | None:
        """Where "said for the first time that …" starts its content: at "that".

        Only after a speech or belief verb, and only for the words of
        ``quote_cue_that_prepositions``, which otherwise open the cue's own
        complement ("pleaded for understanding").
        """
        if tokens[0].text.lower() not in self.words["quote_cue_that_prepositions"]:
            return None
        if word in self.phrasal or (word not in self.speech and word not in self.belief):
            return None
        for token in tokens[1:_THAT_WINDOW]:
            if not token.is_word and token.text not in "’'“”\",":
                return None
            if token.text == "that":
                return token.start
        return None

    def _that_after_aside(self, tokens: list[Token], word: str) -> int | None:
        """Where "cautioned, as did the campaign, that …" starts its content: at "that".

        A short aside between commas right after a speech or belief verb
        (words only, no quotation) does not open the content; a "that"
        right after its closing comma does.
        """
        if tokens[0].text != "," or word in self.phrasal:
            return None
        if word not in self.speech and word not in self.belief:
            return None
        for index in range(1, min(len(tokens) - 1, _THAT_WINDOW)):
            token = tokens[index]
            if token.text == ",":
                after = tokens[index + 1]
                return after.start if index > 1 and after.text == "that" else None
            if not token.is_word:
                return None
        return None

    def _topic_after_hearer(self, tokens: list[Token], index: int, word: str) -> bool:
        """Whether a topic preposition follows a tell-type cue's hearer ("asked Lee about …")."""
        return (
            0 < index < len(tokens) - 1
            and word in self.tell
            and tokens[index].text.lower() in self.words["quote_topic_prepositions"]
            and tokens[index + 1].is_word
        )

    def _before_number(self, tokens: list[Token], index: int) -> bool:
        """Whether a word that opens no content modifies a number ("said about 20 people …")."""
        if index + 1 >= len(tokens):
            return False
        if tokens[index].text.lower() not in self.words["quote_approximators"]:
            return False
        after = tokens[index + 1].text
        return after[0].isdigit() or after.lower() in self.numbers

    def _reflexive_object(self, tokens: list[Token], index: int, word: str) -> bool:
        """Whether a reflexive after a cue opens its content ("described himself as …").

        Only with an "as" complement right after it, or after a cue whose
        content is its object ("defended herself against …"): "said himself
        that …" starts at "that".
        """
        if not tokens[index].text.lower().endswith(("self", "selves")):
            return False
        if word in self.frames or word in self.words["quote_object_cues"]:
            return True
        if word in self.words["quote_reflexive_cues"]:
            return True  # "calls himself a socialist"
        return index + 1 < len(tokens) and tokens[index + 1].text == "as"

    def _after_adjunct(self, tokens: list[Token], word: str) -> int | None:
        """Where a clause starts after a short adjunct with no "that".

        "said after the meeting he would …", "said in an interview they
        had …": a subject pronoun a few words into the adjunct opens the
        content. Only for speech and belief verbs, whose object is a clause,
        and only where the adjunct plainly ended (a name, a time word, a
        number before the pronoun) or an auxiliary follows it: "said on the
        niche he sees" is a reduced relative, not the start of the content.
        """
        first = tokens[0].text.lower()
        if word in self.phrasal or word in self.tell or first not in self.adjunct_openers:
            return None
        if word not in self.speech and word not in self.belief:
            return None
        subjects = self.words["quote_adjunct_subjects"]
        stops = self.words["quote_adjunct_breaks"]
        for index, token in enumerate(tokens[:_THAT_WINDOW]):
            if not token.is_word or token.text.lower() in stops:
                return None
            if token.text in subjects and index > 0 and index + 1 < len(tokens):
                before = tokens[index - 1].text
                ends_adjunct = (
                    before[0].isupper() or before[0].isdigit() or before.lower() in self.time_words
                )
                if ends_adjunct or tokens[index + 1].text.lower() in self.modifiers:
                    return token.start
                return None
        return None

    def adjunct_or_hearer(self, token: Token, word: str) -> bool:
        """Whether the words after a cue open an adjunct or a hearer, not the content.

        "said in a press conference that …" and "told reporters that …" start
        their content at "that"; "reiterated Iran’s position that …" does not.
        """
        if token.text == "that":
            return True
        if word in self.tell:
            return True
        lower = token.text.lower()
        return lower in self.adjunct_openers or (lower.endswith("ly") and token.text[0].islower())

    def _skip_time(self, tokens: list[Token], index: int) -> int:
        """Index past "on Thursday" / "last week" after a hearer."""
        while index < len(tokens) and tokens[index].text.lower() in self.time_words:
            index += 1
        return index

    def skip_hearer(self, tokens: list[Token]) -> int:
        """Index past the hearer of a tell-type cue ("told reporters", "told CNN")."""
        first = tokens[0]
        if first.text[0].isupper():
            index = 0
            while (
                index < len(tokens)
                and tokens[index].is_word
                and (
                    tokens[index].text[0].isupper()
                    or tokens[index].text in ("of", "the")
                    or (
                        index + 1 < len(tokens)
                        and tokens[index + 1].text[0].isupper()
                        and tokens[index].text[0].islower()
                        and tokens[index].text != "that"
                    )
                )
            ):
                index += 1
            return self._skip_time(tokens, index)
        if first.text.lower() in self.words["quote_bare_determiners"]:
            return min(len(tokens), 3)
        return 1 if first.text.lower() in self.words["quote_hearers"] else 0

    def frame_agrees(self, mention: Span, between: list[Token], word: str) -> bool:
        """Whether a frame verb's form agrees with its subject, so it is a verb.

        "The alliance advocates …" and "they slam …" are verbs; "voting
        rights advocates have …" and "a leading advocate" are nouns. A bare
        form needs a plural subject or an auxiliary ("may also illustrate"),
        an -s form a subject that is not plural; a past form agrees with any.
        """
        frames = self.frames
        plural_pronouns = self.words["quote_plural_subjects"]
        lower = mention.text.lower()
        last = mention.text.split()[-1]
        plural = lower in plural_pronouns or (
            last[0].islower() and last.endswith("s") and not last.endswith(("ss", "’s", "'s"))
        )
        if word.endswith("s") and not word.endswith("ss"):
            third = word[:-1] in frames or word[:-2] in frames or word[:-3] + "y" in frames
            return not (third and plural)
        bare = word + "s" in frames or word + "es" in frames or word[:-1] + "ies" in frames
        if not bare:
            return True
        auxiliary = any(
            t.text.lower() in self.modifiers and not t.text.endswith("ly") for t in between
        )
        return auxiliary or plural or (last.endswith("s") and lower not in self.pronouns)

    def speaker_like(self, mention: Span) -> bool:
        """Whether a subject names a speaker: a pronoun, a name, or a speaker noun.

        "Trump", "The FBI director", "they", "the newspaper" can hold a view;
        "the deal", "unorthodox moves" cannot. Speaker nouns are the words of
        :attr:`heads` (roles, organisations, groups, media, documents, polls).
        """
        words = mention.text.split()
        if mention.text.lower() in self.pronouns:
            return True
        determiners = self.words["quote_determiners"]
        if any(w[0].isupper() for w in words if w.lower() not in determiners):
            return True
        head = words[-1].lower()
        return head in self.heads or head.removesuffix("s") in self.heads

    def frame_object(self, tokens: list[Token]) -> bool:
        """Whether the words after a frame verb open its object, not an adjunct.

        "released a letter" has one; "a poll released last week", "published
        shortly" and "devoted to …" are participles with none.
        """
        if not tokens or not tokens[0].is_word:
            return False
        word = tokens[0].text.lower()
        if (
            word in self.time_words
            or word in self.modifiers
            or word in self.words["quote_be_forms"]
        ):
            return False  # "consumer advocates have …": a noun before the clause's verb
        if word.endswith("ly") and word.isalpha():
            return False
        if word in self.words["prepositions"]:
            if word not in self.words["quote_object_prepositions"] or len(tokens) < 2:
                return False
            return tokens[1].text.lower() not in self.time_words
        return True

    def adjunct_start(self, token: Token, word: str) -> bool:
        """Whether the word after a closing cue opens an adjunct, not new content.

        ", officials said on Tuesday." and ", she told CNN." close their
        sentence; ", and Nicklaus said it’s one of his favorites." does not.
        """
        lower = self.word_of(token)
        if lower in self.adjunct_openers or lower in self.time_words:
            return True
        if word in self.tell:
            return token.text[0].isupper() or lower in self.words["quote_hearers"]
        return False


@functools.lru_cache(maxsize=8)
def _build(
    *,
    speech: frozenset[str],
    belief: frozenset[str],
    tell: frozenset[str],
    modifiers: frozenset[str],
    stops: frozenset[str],
    pronouns: frozenset[str],
    homographs: frozenset[str],
    nouns: frozenset[str],
    naming: frozenset[str],
    raising: frozenset[str],
    phrasal: frozenset[str],
    abbreviations: frozenset[str],
    titles: frozenset[str],
    according: frozenset[str],
    adjunct_openers: frozenset[str],
    time_words: frozenset[str],
    numbers: frozenset[str],
    words: tuple[tuple[str, frozenset[str]], ...],
    frames: frozenset[str] = frozenset(),
    adjectives: frozenset[str] = frozenset(),
    heads: frozenset[str] = frozenset(),
) -> Vocabulary:
    cues = speech | belief | according | nouns | raising | phrasal
    frames = frames - cues - homographs
    adjectives = adjectives - cues - homographs - frames
    cues |= frames | adjectives
    pattern = r"\b" + _trie_pattern(sorted(cues)) + r"\b" if cues else r"(?!x)x"
    return Vocabulary(
        speech=speech,
        belief=belief,
        tell=tell,
        modifiers=modifiers,
        stops=stops,
        pronouns=pronouns,
        homographs=homographs,
        nouns=nouns,
        naming=naming,
        raising=raising,
        phrasal=phrasal,
        abbreviations=abbreviations,
        titles=frozenset(t.lower() for t in titles),
        adjunct_openers=frozenset(w.split("=")[0].lower() for w in adjunct_openers),
        time_words=frozenset(w.split("=")[0].lower() for w in time_words),
        numbers=frozenset(w.split("=")[0].lower() for w in numbers),
        words=dict(words),
        cue_regex=re.compile(pattern),
        cue_scan=_cue_scan(cues),
        cue_words=speech | belief | phrasal,
        frames=frames,
        adjectives=adjectives,
        heads=frozenset(
            word.lower().removeprefix("the ")
            for word in heads
            if " " not in word.removeprefix("the ")
        ),
    )


def _cue_scan(cues: frozenset[str]) -> re.Pattern[str] | None:
    """The pattern of :meth:`Vocabulary.find_cues`, if every cue begins and ends a word."""
    if not cues or not all(_WORD_CHAR.match(cue) and _WORD_CHAR.match(cue[-1]) for cue in cues):
        return None
    return re.compile(r"\W(" + _trie_pattern(cues) + r")\b")


def _speaker_heads(lexicon: Lexicon) -> frozenset[str]:
    """Every list whose words head a subject that can hold a view."""
    return frozenset().union(
        *(
            lexicon[name]
            for name in (
                "roles",
                "org_nominals",
                "groups",
                "media_nouns",
                "document_nouns",
                "quote_poll_nouns",
            )
        )
    )


def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """The quotes stage's vocabulary for one lexicon (built once, then cached).

    Cached on the lexicon itself: finding it in ``_build``'s cache means
    uniting and hashing every word list again, on every article.
    """
    return lexicon.derived(_vocabulary_of)


def _vocabulary_of(lexicon: Lexicon) -> Vocabulary:
    return _build(
        speech=lexicon["speech_verbs"],
        belief=lexicon["belief_verbs"] | lexicon["stance_verbs"],
        tell=lexicon["tell_verbs"],
        modifiers=lexicon["quote_cue_modifiers"],
        stops=lexicon["quote_np_stops"],
        pronouns=lexicon["pronouns_subject"],
        homographs=lexicon["cue_homographs"],
        nouns=lexicon["cue_nouns"],
        naming=lexicon["naming_verbs"],
        raising=lexicon["raising_verbs"] | lexicon["hearsay_adverbs"],
        phrasal=lexicon["phrasal_cues"],
        abbreviations=lexicon["abbreviations"],
        titles=lexicon["titles"],
        according=lexicon["according_to"],
        adjunct_openers=lexicon["quote_adjunct_openers"] | lexicon["dates_weekdays"],
        time_words=(
            lexicon["quote_time_words"] | lexicon["dates_weekdays"] | lexicon["dates_months"]
        ),
        numbers=lexicon["dates_numbers"],
        words=tuple((name, lexicon[name]) for name in _WORD_LISTS),
        frames=lexicon["quote_frame_verbs"],
        adjectives=lexicon["quote_frame_adjectives"],
        heads=lexicon.derived(_speaker_heads),
    )
