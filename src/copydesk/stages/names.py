"""Names stage: people, organisations, places, pronouns and role nouns.

There is no tagger here, only the shape of news copy. Capitalised words that
stand together are one name; what kind of name it is comes from the word
lists (titles, organisation words, places, outlets). A title before a name
("Azerbaijani President Ilham Aliyev") or an apposition after it ("Esmaeil
Baqaai, spokesperson for the Ministry of Foreign Affairs,") gives the
person's role and affiliation. Lower-case mentions ("he", "the minister",
"officials", "a report", "sources") come from one regex built from the lists.
Everything runs in a single left-to-right pass over the story, after the
header, with regexes that never backtrack over more than a few words.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any, Final, NamedTuple

from copydesk.document import (
    Document,
    MentionKind,
    NameMention,
)
from copydesk.lexicon import Lexicon
from copydesk.model import Span
from copydesk.stages.trusted import trusted_name_mention, trusted_span

__all__ = ["NameVocabulary", "find_names", "name_vocabulary"]

_CAP_TOKEN: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'&.-]*")
_CAPITALS: Final = frozenset(map(chr, [*range(65, 91), *range(0xC0, 0xD7), *range(0xD8, 0xDF)]))
"""The first character of :data:`_CAP_TOKEN`."""
_WORD_CHARS: Final = frozenset("’'-")
_LOWER_WORD: Final = re.compile(r"(?<!\w)[a-z][a-z’'-]*")  # as \b before a letter, a third faster
_WORD_SHAPE: Final = re.compile(r"[\w’'.-]+")
_CONTRACTION: Final = re.compile(r"[’'](?:ve|ll|re|d|m|t)$", re.IGNORECASE)
_POSSESSIVE_ENDINGS: Final = ("’s", "'s", "’", "'")
_POSSESSIVE_S: Final = _POSSESSIVE_ENDINGS[:2]  # "’s" and "'s", not sliced at each use
_POSSESSIVE_LAST: Final = frozenset(ending[-1] for ending in _POSSESSIVE_ENDINGS)
_OPENERS: Final = "“‘\"'(«[—–-"
_TERMINALS: Final = (".", "?", "!", '"', "”", "’", "'", ":", ")")
_JOINING_GAPS: Final = frozenset({" ", "\u00a0"})
_ANCHORED_PARTICLES: Final = frozenset({"of", "for", "and", "the", "on"})
_ARTICLES: Final = frozenset({"the", "a", "an"})
_APPOSITION: Final = re.compile(r", ([^,;()\n“”\"—.]{2,120})")
_APPOSITION_MORE: Final = re.compile(r"[^,;()\n“”\"—.]{1,120}")
_COMPLEMENT: Final = re.compile(r" (?:for|of|at|with|from|to) (?:the )?")
_MAX_PERSON_TOKENS: Final = 4
_MAX_PREMODIFIERS: Final = 5
_APPOSITION_ROLE_WINDOW: Final = 6
_LOWER_CASE_REACH: Final = 20_000
_OCCURRENCES_CHECKED: Final = 8


class _Token(NamedTuple):
    start: int
    end: int
    low: str
    text: str
    possessive: bool
    stop: bool  # a sentence-final full stop was cut off this token
    particle_gap: str  # lower-case particles between this token and the previous one


_new_token: Final = tuple.__new__  # a _Token without the Python-level __new__ call
_TOKEN_TYPE: Final = _Token  # (the classes, as the kinds below, from the module's statics)

# The kinds of mention, read from the module's statics in the compiled build
# (``MentionKind.PERSON`` is a look-up in the module's globals and then one on the class).
_ANONYMOUS: Final = MentionKind.ANONYMOUS
_DOCUMENT: Final = MentionKind.DOCUMENT
_MEDIA: Final = MentionKind.MEDIA
_NOMINAL: Final = MentionKind.NOMINAL
_ORGANISATION: Final = MentionKind.ORGANISATION
_PERSON: Final = MentionKind.PERSON
_PLACE: Final = MentionKind.PLACE
_PRONOUN: Final = MentionKind.PRONOUN


def _mention(
    span: Span, kind: MentionKind, role: Span | None = None, affiliation: Span | None = None
) -> NameMention:
    """``NameMention(span, kind, role, affiliation)`` without its checks: one a name found."""
    return trusted_name_mention(span, kind, role, affiliation)


@dataclasses.dataclass(frozen=True)
class NameVocabulary:
    """The word lists the names stage reads, folded into fast look-up sets.

    Built once per lexicon (see :func:`name_vocabulary`), so the per-article
    work is set membership and one precompiled regex.
    """

    titles: frozenset[str]
    honorifics: frozenset[str]
    roles: frozenset[str]
    role_modifiers: frozenset[str]
    org_words: frozenset[str]
    org_nominals: frozenset[str]
    groups: frozenset[str]
    media: frozenset[str]
    media_nouns: frozenset[str]
    documents: frozenset[str]
    anonymous: frozenset[str]
    places: frozenset[str]
    nationalities: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    not_names: frozenset[str]
    first_names: frozenset[str]
    determiners: frozenset[str]
    abbreviations: frozenset[str]
    longest_abbreviation: int
    pronouns: frozenset[str]
    events: frozenset[str]
    not_plain: frozenset[str]
    nationality_or_modifier: frozenset[str]
    lower_mention: re.Pattern[str]
    lower_after_space: re.Pattern[str]  # lower_mention's words after a space, as group 1
    lower_after_other: re.Pattern[str]  # and after any other character that opens a word
    lower_scans_split: bool  # whether those two find what lower_mention finds
    anonymity: re.Pattern[str]
    cap_run: re.Pattern[str]


_WORD_OPENS = r"(?<![\w’'-])"
"""No word character before: where a lower-case mention may begin."""
_WORD_END: Final = re.compile(r"[\w’'-]")
"""How every lower-case entry ends, so no match ends on the break the next one opens on."""
_OTHER_BREAK = r"[^0-9A-Za-z_' -]"
"""One character after which a word may open, other than a space: with the look-behind of
:data:`_WORD_OPENS` after it, which sorts out the characters beyond ASCII. Written as an
ASCII-only negated class, it compiles to one bitmap, which the regex engine tests at every
character of the text; a class that names characters beyond it is a list tested item by item
(a quarter of this scan's cost)."""


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _keys(words: Iterable[str]) -> frozenset[str]:
    """Entries of a "word=value" list, keys only, lower-case."""
    return frozenset(w.split("=", 1)[0].strip().lower() for w in words)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` folded into a prefix tree.

    Python's regex engine tries alternatives one by one; sharing prefixes
    makes a failed match cost one character test instead of hundreds.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree) or "(?!)"


def _branch(node: dict[str, dict[str, Any]]) -> str:
    alternatives = [
        re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def _first_of(words: Iterable[str]) -> str:
    """A look-ahead for the characters ``words`` open with.

    Most characters that open a word (a comma, a stop) stand before a space:
    this turns them away before the engine walks the whole alternation.
    """
    firsts = "".join(sorted({re.escape(word[:1]) for word in words if word}))
    return f"(?=[{firsts}])" if firsts else "(?!)"


def _spellings(words: Iterable[str]) -> set[str]:
    """Each word as written mid-sentence, opening a sentence, and with short words in capitals."""
    out = set()
    for word in words:
        out.add(word)
        out.add(word[:1].upper() + word[1:])
        out.add(" ".join(w.upper() if len(w) <= 2 else w for w in word.split(" ")))
    return out


@functools.lru_cache(maxsize=16)
def _build_vocabulary(lists: tuple[frozenset[str], ...]) -> NameVocabulary:
    (
        titles,
        honorifics,
        roles,
        role_modifiers,
        org_words,
        org_nominals,
        groups,
        media,
        media_nouns,
        documents,
        anonymous,
        places,
        nationalities,
        particles,
        suffixes,
        not_names,
        male,
        female,
        determiners,
        abbreviations,
        pron_male,
        pron_female,
        pron_plural,
        anonymity,
        events,
    ) = lists
    titles_l = _lower(titles) | _lower(honorifics)
    org_l = _lower(org_words)
    places_l = _lower(places)
    nat_l = _keys(nationalities)
    role_mod_l = _lower(role_modifiers)
    pronouns = _lower(pron_male) | _lower(pron_female) | _lower(pron_plural)
    nominal_heads = _lower(roles) | _lower(org_nominals) | _lower(documents) | _lower(anonymous)
    every = pronouns | nominal_heads | _lower(media_nouns)
    spellings = _spellings(every)
    words, word_end = _alternation(spellings), r"(?![\w-]|[’']\w\w\w)"
    lower_mention = re.compile(rf"{_WORD_OPENS}{words}{word_end}")
    anonymity_re = re.compile(rf",? {_alternation(_lower(anonymity))}\b")
    cap_run = _cap_run_pattern(_lower(particles))
    return NameVocabulary(
        titles=titles_l,
        honorifics=_lower(honorifics),
        roles=_lower(roles),
        role_modifiers=role_mod_l,
        org_words=org_l,
        org_nominals=_lower(org_nominals),
        groups=_lower(groups),
        media=_lower(media),
        media_nouns=_lower(media_nouns),
        documents=_lower(documents),
        anonymous=_lower(anonymous),
        places=places_l,
        nationalities=nat_l,
        particles=_lower(particles),
        suffixes=_lower(suffixes),
        not_names=_lower(not_names),
        first_names=_lower(male) | _lower(female),
        determiners=_lower(determiners),
        abbreviations=_lower(abbreviations),
        longest_abbreviation=max(map(len, _lower(abbreviations)), default=0),
        pronouns=pronouns,
        events=_lower(events),
        not_plain=titles_l | org_l | places_l | nat_l | role_mod_l | _lower(not_names),
        nationality_or_modifier=nat_l | role_mod_l,
        lower_mention=lower_mention,
        lower_after_space=re.compile(rf" ({words}){word_end}"),
        lower_after_other=re.compile(
            # the cheap one-character look-ahead before the look-behind
            rf"{_OTHER_BREAK}{_first_of(spellings)}{_WORD_OPENS}({words}){word_end}"
        ),
        lower_scans_split=all(_WORD_END.match(word[-1:]) for word in spellings),
        anonymity=anonymity_re,
        cap_run=cap_run,
    )


_CAPITAL = "A-ZÀ-ÖØ-Þ"


def _cap_run_pattern(particles: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words with the spaces and particles between them, as one match.

    Each word is one repeat of a single character class, and the gaps
    between words ("of the", "von") are one prefix tree: the engine never
    backtracks, reads a word's letters in its fast single-class loop, and
    at the end of each word tries one branch instead of every particle in
    turn. It finds the runs the plain form finds: capital, then any of word
    characters, a space before a capital, or a particle gap before one.
    """
    gaps = [f"{p} the " for p in ("of", "for", "on") if p in particles]
    gaps += [f"{p} " for p in particles]
    word = r"[\w’'&.-]*+"
    gap = rf"(?:[ \u00a0]|\ {_alternation(gaps)})(?=[{_CAPITAL}])"
    return re.compile(rf"[{_CAPITAL}]{word}(?:{gap}{word})*+")


_VOCABULARY_LISTS = (
    "titles",
    "honorifics",
    "roles",
    "role_modifiers",
    "org_words",
    "org_nominals",
    "groups",
    "media_outlets",
    "media_nouns",
    "document_nouns",
    "anonymous_sources",
    "places",
    "nationalities",
    "name_particles",
    "name_suffixes",
    "not_names",
    "first_names_male",
    "first_names_female",
    "determiners",
    "abbreviations",
    "pronouns_male",
    "pronouns_female",
    "pronouns_plural",
    "anonymity_phrases",
    "event_words",
)


def name_vocabulary(lexicon: Lexicon) -> NameVocabulary:
    """The names stage's look-up sets for ``lexicon`` (cached per lexicon and per set of lists)."""
    return lexicon.derived(_vocabulary_of)


def _vocabulary_of(lexicon: Lexicon) -> NameVocabulary:
    return _build_vocabulary(tuple(lexicon[name] for name in _VOCABULARY_LISTS))


# ---------------------------------------------------------------- tokens and runs


class _Context:
    """What every step of one article's pass needs to see.

    A plain class rather than attrs (as :class:`_Scan`), so the module also
    compiles with mypyc, which does not take ``attrs.field`` defaults.
    """

    __slots__ = (
        "lower_answers",
        "lower_searched",
        "lower_seen",
        "sentence_starts",
        "text",
        "vocab",
    )

    def __init__(self, text: str, vocab: NameVocabulary, sentence_starts: frozenset[int]) -> None:
        self.text = text
        self.vocab = vocab
        self.sentence_starts = sentence_starts
        self.lower_seen: dict[str, bool] = {}  # one article's look-up cache
        # Characters the lazy look-ups have searched so far, and the answers they gave.
        self.lower_searched: list[int] = [0]
        self.lower_answers: dict[str, bool] = {}


def _token(
    text: str, start: int, end: int, vocab: NameVocabulary, particle_gap: str = ""
) -> _Token:
    """One capitalised word, with a sentence-final stop or possessive cut off.

    ``low`` is the word lower-cased without its stop, as the lists spell it.
    """
    word = text[start:end]
    stop = False
    if word[-1] == ".":
        core = word.rstrip(".")
        low = core.lower()
        keep = word.endswith("..") is False and (
            low in vocab.abbreviations
            or low in vocab.titles
            or len(core) == 1
            or "." in core
            or low in vocab.suffixes
        )
        if not keep:
            end = start + len(core)
            word = core
            stop = True
    possessive = False
    if word[-1] in _POSSESSIVE_LAST:
        for ending in _POSSESSIVE_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending):
                end -= len(ending)
                word = word[: -len(ending)]
                possessive = True
                break
    return _new_token(
        _TOKEN_TYPE, (start, end, word.lower().rstrip("."), word, possessive, stop, particle_gap)
    )


def _joining_particles(gap: str, vocab: NameVocabulary) -> str | None:
    """The particles in ``gap`` when it may sit inside one name, else ``None``."""
    if gap in _JOINING_GAPS:
        return ""
    if len(gap) > 10 or not gap.startswith(" ") or not gap.endswith(" "):
        return None
    words = gap.split()
    if not words or len(words) > 2 or any(w not in vocab.particles for w in words):
        return None
    return " ".join(words)


def _has_anchor(run: list[_Token], vocab: NameVocabulary) -> bool:
    """Whether the run so far may take "of"/"for"/"and": it holds an org word or title."""
    return any(t.low in vocab.org_words or t.low in vocab.titles for t in run)


def _cap_runs(ctx: _Context, start: int, end: int) -> list[list[_Token]]:
    """Maximal runs of capitalised words (with name particles) in ``text[start:end]``.

    ``text[start:end]`` is one match of the capital-runs pattern: capitalised
    words (:data:`_CAP_TOKEN` read each whole) with single spaces or lower-case
    particles between them. So its words are its pieces between whitespace
    that open on a capital, found without a regex match per word.

    A list, not a generator: compiled, a generator is a helper object a call.
    """
    text, vocab = ctx.text, ctx.vocab
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    sentence_starts = ctx.sentence_starts
    word_end = start
    for word in text[start:end].split():
        at = text.find(word, word_end)
        word_end = at + len(word)
        if word[0] not in _CAPITALS:
            continue  # a particle: the next word reads it from the gap
        before = at - 1
        if before >= 0 and (text[before].isalnum() or text[before] in _WORD_CHARS):
            continue
        if ("-" in word and _has_lower_part(word)) or (
            ("’" in word or "'" in word) and _CONTRACTION.search(word)
        ):
            if run:
                runs.append(run)
                run = []
            continue
        particles = ""
        if run:
            prev = run[-1]
            joined = None
            if not (prev.possessive or prev.stop) and at not in sentence_starts:
                gap = text[prev.end : at]
                joined = "" if gap in _JOINING_GAPS else _joining_particles(gap, vocab)
            if joined and any(p in _ANCHORED_PARTICLES for p in joined.split()):
                lone_and = joined == "and" and not any(t.particle_gap for t in run)
                if lone_and or not _has_anchor(run, vocab):
                    joined = None
            if joined is None:
                runs.append(run)
                run = []
            else:
                particles = joined
        run.append(_token(text, at, word_end, vocab, particles))
    if run:
        runs.append(run)
    return runs


def _has_lower_part(word: str) -> bool:
    """True for "Iran-based": a hyphenated word with a lower-case part is no name."""
    return any(part[:1].islower() for part in word.split("-")[1:])


# ---------------------------------------------------------------- classifying runs


@dataclasses.dataclass(init=False)  # not frozen: a frozen dataclass takes five times as long
class _Classified:
    """A run's mention, plus how much of the text the run used up.

    The ``__init__`` is written out: mypyc compiles it, where the one
    dataclasses generates stays interpreted.
    """

    mention: NameMention | None
    used: tuple[int, int] | None

    def __init__(self, mention: NameMention | None, used: tuple[int, int] | None) -> None:
        self.mention = mention
        self.used = used


def _is_sentence_initial(ctx: _Context, token: _Token) -> bool:
    start = token.start
    return start in ctx.sentence_starts or (start > 0 and ctx.text[start - 1] in _OPENERS)


def _peel_common_start(ctx: _Context, run: list[_Token], i: int, j: int) -> int:
    """Skip capitalised words at the front of a run that are ordinary words."""
    vocab = ctx.vocab
    while i < j:
        token = run[i]
        low = token.low
        if low in vocab.not_names and low not in vocab.titles:
            i += 1
            continue
        initial = i == 0 and _is_sentence_initial(ctx, token)
        if initial and _is_common_word(ctx, low, j - i, token.start):
            i += 1
            continue
        break
    return i


def _appears_lower(ctx: _Context, low: str, near: int) -> bool:
    """Whether the article also writes ``low`` in lower case.

    That is, whether ``low`` is one of the words :data:`_LOWER_WORD` finds
    in the text. Most articles ask this of a handful of words that turn up
    near the top ("the", "but") or not at all, so each is looked for with
    ``str.find`` first; once those searches have read as much text as the
    article holds, its lower-case words are gathered in one pass instead.
    ``near`` is kept for callers that know the place.
    """
    seen = ctx.lower_seen
    if not seen:
        answer = ctx.lower_answers.get(low)
        if answer is None:
            found = _search_lower(ctx.text, low, ctx.lower_searched)
            if found is not None:
                ctx.lower_answers[low] = found
                return found
            seen.update(dict.fromkeys(_LOWER_WORD.findall(ctx.text), True))
            seen[""] = True  # gathered
        else:
            return answer
    return low in seen


# What follows [a-z] in a word.
_LOWER_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_LOWER_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_FIND_COST: Final = 50  # characters' worth of search charged for each place a candidate is checked
# ``str.find`` reads text some forty times faster than the regex pass that
# gathers every word (about 8 against 330 instructions a character), so the
# searches may read the text this many times over before that pass is cheaper.
_SEARCH_PASSES: Final = 32
# Long articles ask about more words, so their searches nearly always run out
# and pay for the gathering pass too; their budget is what the passes over an
# article of this length would read (more look-ups than that go to the pass).
_SEARCH_SPAN: Final = 65_536


def _search_lower(text: str, low: str, searched: list[int]) -> bool | None:
    """Whether ``low`` is a word :data:`_LOWER_WORD` finds in ``text``; ``None`` past the budget.

    ``searched[0]`` counts the text read by every search so far (and a fixed
    charge per candidate checked); once it passes :data:`_SEARCH_PASSES`
    times the length of the text (of :data:`_SEARCH_SPAN` at most) the
    answer is left to a full pass, so the cost stays linear in the length
    of the article.
    """
    if not low:
        return True  # as the gathered look-up answers
    if low[0] not in _LOWER_LETTERS or not _LOWER_WORD_CHARS.issuperset(low):
        return False  # no lower-case word is spelt so
    size = len(text)
    budget = min(size, _SEARCH_SPAN) * _SEARCH_PASSES
    remaining = budget - searched[0]
    at = text.find(low, 0, min(size, remaining))
    while at != -1:
        verdict = _is_lower_word_at(text, at, len(low))
        if verdict is not False:
            searched[0] += at + len(low)
            return verdict
        remaining -= _FIND_COST
        at = text.find(low, at + 1, min(size, remaining))
    if remaining < size:
        searched[0] = budget  # spent: the next look-up gathers every word
        return None
    searched[0] += size
    return False


_LONGEST_WALK: Final = 64


def _is_lower_word_at(text: str, at: int, length: int) -> bool | None:
    """Whether a word :data:`_LOWER_WORD` finds is ``text[at : at + length]`` exactly.

    The word must not run on past its end, must not follow a word
    character, and must not lie inside an earlier word after one of its
    ``’'-`` (as "elect" in "re-elect"). ``None`` when telling would mean
    walking back further than :data:`_LONGEST_WALK` characters.
    """
    end = at + length
    if end < len(text) and text[end] in _LOWER_WORD_CHARS:
        return False
    if at == 0:
        return True
    before = text[at - 1]
    if before.isalnum() or before == "_":
        return False
    if before not in _LOWER_WORD_CHARS:
        return True
    run = at - 1  # the stretch of word characters the candidate would continue
    floor = max(0, at - _LONGEST_WALK)
    while run > floor and text[run - 1] in _LOWER_WORD_CHARS:
        run -= 1
    if run == floor and run > 0 and text[run - 1] in _LOWER_WORD_CHARS:
        return None
    for start in range(run, at):
        if text[start] in _LOWER_LETTERS and (start == 0 or not _is_word_char(text[start - 1])):
            return False  # a word starts earlier in the stretch and runs on through ``at``
    return True


def _is_word_char(char: str) -> bool:
    """Whether the regex class of word characters holds ``char``."""
    return char.isalnum() or char == "_"


def _is_common_word(ctx: _Context, low: str, run_length: int, near: int) -> bool:
    """Whether a sentence-initial capitalised word is an ordinary word, not a name."""
    vocab = ctx.vocab
    if (
        low in vocab.first_names
        or low in vocab.places
        or low in vocab.media
        or low in vocab.org_words
        or low in vocab.honorifics
    ):
        return False
    if low in vocab.titles:
        return run_length == 1 and _appears_lower(ctx, low, near)
    nominal = low in vocab.roles or low in vocab.documents or low in vocab.anonymous
    return nominal or low in vocab.org_nominals or _appears_lower(ctx, low, near)


def _span(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``, its text shared with every equal mention.

    A story names the same people again and again ("Trump", "he", "the
    ministry"); interning keeps one copy of each spelling instead of one per
    mention, a good part of the stage's memory on a long article.
    """
    return trusted_span(start, end, sys.intern(text[start:end]))


def _classify(ctx: _Context, run: list[_Token]) -> _Classified:
    """Decide what a capitalised run names, and its role and affiliation spans."""
    text, vocab = ctx.text, ctx.vocab
    i, j = 0, len(run)
    has_the = run[0].low == "the"
    if has_the:
        i = 1
    peeled = _peel_common_start(ctx, run, i, j)
    while j > peeled and run[j - 1].low in vocab.not_names:
        j -= 1
    if peeled >= j or _is_shouting(run) or _is_leftover_word(ctx, run, peeled > i, peeled, j):
        return _Classified(None, None)
    i = peeled
    if has_the and i > 1:
        has_the = False
    start = run[0].start if has_the else run[i].start
    end = run[j - 1].end
    if not has_the and text.startswith("the ", max(0, start - 4)) and start >= 4:
        the_start = start - 4
    else:
        the_start = start
    used = (start, end)
    phrase = text[run[i].start : end].lower()
    if text[the_start:end].lower() in vocab.media or phrase in vocab.media:
        return _Classified(_mention(_span(text, the_start, end), _MEDIA), used)
    title = _last_title(run, i, j, vocab)
    if title is not None:
        return _Classified(_titled(ctx, run, (i, j), title, the_start), used)
    kind = _plain_kind(ctx, run, i, j, phrase)
    if kind is None:
        return _Classified(None, used)
    if kind is _ORGANISATION or kind is _PLACE:
        start = the_start
    elif kind is _PERSON:
        return _Classified(_person_after_affiliation(ctx, run, i, j), used)
    return _Classified(_mention(_span(text, start, end), kind), used)


def _person_after_affiliation(ctx: _Context, run: list[_Token], i: int, j: int) -> NameMention:
    """A person named after a party or nationality word: "Democrat Jane Roe"."""
    vocab = ctx.vocab
    k = i
    while k < j - 1 and run[k].low in vocab.nationalities and not run[k + 1].particle_gap:
        k += 1
    text = ctx.text
    span = _span(text, run[k].start, run[j - 1].end)
    if k == i:
        return _mention(span, _PERSON)
    affiliation = _span(text, run[i].start, run[k - 1].end)
    return _mention(span, _PERSON, None, affiliation)


def _is_shouting(run: list[_Token]) -> bool:
    """Several words in capitals are a section heading ("MEDICAL CLAIMS"), not a name."""
    return len(run) > 1 and all(t.text.isupper() and len(t.text) > 2 for t in run)


def _is_leftover_word(ctx: _Context, run: list[_Token], peeled: bool, i: int, j: int) -> bool:
    """After an ordinary opening word is cut off, a lone ordinary word is no name either.

    "Divisive Legacy" in a subheading loses "Divisive"; "Legacy" goes too
    when the article also writes it in lower case.
    """
    if not peeled or j - i != 1:
        return False
    low = run[i].low
    return low not in ctx.vocab.titles and _appears_lower(ctx, low, run[i].start)


def _last_title(run: list[_Token], i: int, j: int, vocab: NameVocabulary) -> int | None:
    """Index of the last title word of a run that is not itself part of the surname."""
    for k in range(j - 1, i - 1, -1):
        low = run[k].low
        if low in vocab.titles:
            plain_before = k > i and run[k - 1].low not in vocab.not_plain
            if k == j - 1 and plain_before and not run[k].particle_gap:
                return None  # "Martin Luther King", "Steve King"
            return k
    return None


def _plain_kind(
    ctx: _Context, run: list[_Token], i: int, j: int, phrase: str
) -> MentionKind | None:
    """The kind of a run with no title in it, or ``None`` when it names nothing."""
    vocab = ctx.vocab
    tokens = run[i:j]
    lows = [t.low for t in tokens]  # set tests on them run in C, unlike generator expressions
    if not vocab.org_words.isdisjoint(lows):
        return _ORGANISATION
    if len(tokens) == 1 and tokens[0].low in vocab.groups:
        return _ORGANISATION
    last = tokens[-1].low
    if len(tokens) == 1 and last.endswith("s") and last[:-1] in vocab.nationalities:
        return None
    if phrase in vocab.places or last in vocab.places or _all_places(phrase, vocab):
        return _PLACE
    if vocab.nationality_or_modifier.issuperset(lows):
        return None
    word = tokens[0].text
    if len(tokens) == 1 and len(word) > 1 and word.replace(".", "").isupper():
        return _ORGANISATION
    if len(tokens) > _MAX_PERSON_TOKENS or (len(tokens) > 1 and last in vocab.events):
        return None
    if not vocab.not_names.isdisjoint(lows):
        return None
    return _PERSON


def _all_places(phrase: str, vocab: NameVocabulary) -> bool:
    """True for "Iran-Azerbaijan": every hyphenated part is a place."""
    return "-" in phrase and all(part in vocab.places for part in phrase.split("-"))


def _titled(
    ctx: _Context, run: list[_Token], bounds: tuple[int, int], title: int, start: int
) -> NameMention:
    """A run with a title in it: a titled person, or a role-only mention.

    ``start`` is where a role-only mention begins (with its "the").
    """
    text, vocab = ctx.text, ctx.vocab
    i, j = bounds
    complement = title + 1 < j and bool(run[title + 1].particle_gap)
    if title + 1 >= j:
        name_start = j
    elif complement:
        name_start = _plain_suffix(run, title + 1, j, vocab)
    else:
        name_start = title + 1
    end = run[j - 1].end
    role_first = _role_start(run, i, title, vocab)
    affiliation: Span | None = None
    if role_first > i:
        affiliation = _span(text, run[i].start, run[role_first - 1].end)
    if name_start >= j:
        role = _span(text, run[role_first].start, end)
        if affiliation is None:
            affiliation = _complement_affiliation(text, run, role_first, j)
        return _mention(_span(text, start, end), _NOMINAL, role, affiliation)
    name_from = run[name_start].start
    role_end = name_start - 1
    if run[role_end].low in vocab.honorifics and not run[name_start].particle_gap:
        name_from = run[role_end].start
        role_end -= 1
    person_role: Span | None = None
    if role_end >= role_first:
        person_role = _span(text, run[role_first].start, run[role_end].end)
        if affiliation is None and complement:
            affiliation = _complement_affiliation(text, run, role_first, name_start)
    return _mention(_span(text, name_from, end), _PERSON, person_role, affiliation)


def _plain_suffix(run: list[_Token], lo: int, hi: int, vocab: NameVocabulary) -> int:
    """Start of the trailing words of a run that look like a name, not a title's object."""
    k = hi
    while k > lo and run[k - 1].low not in vocab.not_plain:
        k -= 1
        if run[k].particle_gap and run[k].particle_gap not in vocab.particles:
            break
        gap_words = run[k].particle_gap.split()
        if any(p in _ANCHORED_PARTICLES for p in gap_words):
            k += 1
            break
    return k


def _role_start(run: list[_Token], i: int, title: int, vocab: NameVocabulary) -> int:
    """First word of the title phrase: role modifiers and titles before the last title."""
    k = title
    while k > i and (run[k - 1].low in vocab.role_modifiers or run[k - 1].low in vocab.titles):
        if run[k].particle_gap:
            break
        k -= 1
    return k


def _complement_affiliation(text: str, run: list[_Token], lo: int, hi: int) -> Span | None:
    """What a title's "of"/"for" phrase names: "Minister of Foreign Affairs" -> Foreign Affairs."""
    for k in range(lo + 1, hi):
        if run[k].particle_gap:
            return _span(text, run[k].start, run[hi - 1].end)
    return None


# ---------------------------------------------------------------- lower-case mentions


@dataclasses.dataclass(init=False)  # not frozen, and __init__ written out, as _Classified
class _Premodifiers:
    """What stands before a role noun: where the phrase starts, and any affiliation."""

    start: int
    determiner: bool
    modified: bool
    affiliation: Span | None
    owner_start: int | None  # "the Trump campaign": where the owning name starts

    def __init__(
        self,
        start: int,
        determiner: bool,
        modified: bool,
        affiliation: Span | None,
        owner_start: int | None = None,
    ) -> None:
        self.start = start
        self.determiner = determiner
        self.modified = modified
        self.affiliation = affiliation
        self.owner_start = owner_start


def _word_before(text: str, pos: int, floor: int) -> tuple[int, int]:
    """Bounds of the word ending just before the space at ``pos`` (empty when none).

    The word runs back to the previous whitespace; one that holds anything
    but letters, digits and ``-’'.`` ends the walk (empty answer).
    """
    if pos - 1 <= floor or text[pos - 1] != " ":
        return pos, pos
    end = pos - 1
    if text[end - 1] == " ":
        return pos, pos
    space = text.rfind(" ", floor, end)
    start = max(space + 1, floor)
    if text[start:end].isalpha():
        return start, end  # the usual plain word: no line break in it, nothing to match
    # A line break counts only after the last space: searching further back
    # would walk to the start of the paragraph on every call.
    start = max(space, text.rfind("\n", max(space, floor), end)) + 1
    start = max(start, floor)
    word = text[start:end]
    if not word or not _WORD_SHAPE.fullmatch(word):
        return pos, pos
    return start, end


def _premodifiers(ctx: _Context, start: int, floor: int) -> _Premodifiers:
    """Walk back from a role noun over determiners and modifiers ("two senior Iranian")."""
    text, vocab = ctx.text, ctx.vocab
    phrase_start = start
    determiner = modified = False
    affiliation: Span | None = None
    for _ in range(_MAX_PREMODIFIERS):
        w_start, w_end = _word_before(text, phrase_start, floor)
        if w_start == w_end:
            break
        word = text[w_start:w_end]
        low = word.lower()
        if low.endswith(_POSSESSIVE_S):
            # "Johnson’s doctor": the owner is the affiliation and acts as a
            # determiner, but stays a mention of its own outside the span.
            if affiliation is None:
                affiliation = _span(text, w_start, w_end - 2)
            determiner = True
            break
        if low in vocab.determiners:
            phrase_start, determiner = w_start, True
            continue
        if determiner:
            break
        if low in vocab.nationalities or low in vocab.role_modifiers:
            if word[0].isupper() and affiliation is None:
                affiliation = _span(text, w_start, w_end)
            phrase_start, modified = w_start, True
            continue
        owner_start = None
        if word[0].isupper() and low not in vocab.not_names and affiliation is None:
            affiliation = _span(text, w_start, w_end)
            owner_start = w_start
            d_start, d_end = _word_before(text, w_start, floor)
            if d_start < d_end and text[d_start:d_end].lower() in vocab.determiners:
                owner_start = d_start
        return _Premodifiers(phrase_start, determiner, modified, affiliation, owner_start)
    return _Premodifiers(phrase_start, determiner, modified, affiliation)


def _nominal(ctx: _Context, start: int, end: int, floor: int) -> NameMention | None:
    """A role, organisation, document, media or anonymous noun phrase ending at ``end``."""
    text, vocab = ctx.text, ctx.vocab
    head = text[start:end].lower()
    pre = _premodifiers(ctx, start, floor)
    plural = head.endswith("s") or head in ("police", "people familiar")
    # The spans are built where they are used, not in nested functions: compiled,
    # each of those is a closure object made on every call.
    if head in vocab.anonymous:
        role = _span(text, _after_article(text, pre.start, start, vocab), end)
        return _mention(_span(text, pre.start, end), _ANONYMOUS, role, pre.affiliation)
    if head in vocab.media_nouns:
        return _mention(_span(text, pre.start, end), _MEDIA)
    if head in vocab.roles:
        if vocab.anonymity.match(text, end):
            role = _span(text, _after_article(text, pre.start, start, vocab), end)
            return _mention(_span(text, pre.start, end), _ANONYMOUS, role, pre.affiliation)
        if pre.determiner or pre.modified or plural:
            role = _span(text, _after_article(text, pre.start, start, vocab), end)
            return _mention(_span(text, pre.start, end), _NOMINAL, role, pre.affiliation)
        return None
    if head in vocab.org_nominals:
        if pre.owner_start is not None and not pre.determiner:
            owned = _span(text, pre.owner_start, end)
            return _mention(owned, _ORGANISATION, None, pre.affiliation)
        if pre.determiner or plural:
            return _mention(_span(text, pre.start, end), _ORGANISATION, None, pre.affiliation)
        return None
    if head in vocab.documents and (pre.determiner or plural):
        return _mention(_span(text, pre.start, end), _DOCUMENT)
    return None


def _after_article(text: str, start: int, limit: int, vocab: NameVocabulary) -> int:
    """Skip a leading "the"/"a"/"an" so a role reads "senior official", not "a senior official"."""
    space = text.find(" ", start, limit)
    if space == -1:
        return start
    word = text[start:space].lower()
    if word in _ARTICLES or word in vocab.determiners:  # no union set built a call
        return space + 1
    return start


# ---------------------------------------------------------------- the pass


def _sentence_starts(doc: Document) -> frozenset[int]:
    starts = set()
    text = doc.text
    for sentence in doc.segments.sentences:
        starts.add(sentence.start)
        k = sentence.start
        while k < sentence.end and text[k] in _OPENERS:
            k += 1
            starts.add(k)
    return frozenset(starts)


def _title_case_lines(doc: Document, start: int) -> list[tuple[int, int]]:
    """Sentences with no final stop that capitalise most words: headlines, not prose."""
    out = []
    for sentence in doc.segments.sentences:
        if sentence.end <= start or sentence.text.endswith(_TERMINALS):
            continue
        words = sentence.text.split()
        capitals = sum(1 for w in words if w[:1].isupper())
        if len(words) >= 4 and capitals * 3 >= len(words) * 2:
            out.append((sentence.start, sentence.end))
    return out


def find_names(doc: Document) -> list[NameMention]:
    """Every name mention in the story (after the header), in text order."""
    text = doc.text
    start = doc.body_start
    if start >= len(text):
        return []
    ctx = _Context(
        text=text,
        vocab=name_vocabulary(doc.lexicon),
        sentence_starts=_sentence_starts(doc),
    )
    scan = _Scan(ctx, sorted(ctx.sentence_starts))
    for lo, hi in _gaps(start, len(text), _title_case_lines(doc, start)):
        for match in ctx.vocab.cap_run.finditer(text, lo, hi):
            at, end = match.span()  # compiled: one call on the match, not one per use
            words = text[at:end]
            if " " in words or not scan.single_word(words, at, end):
                scan.run(words, at, end)
    mentions = _with_appositions(ctx, scan.mentions)
    role_starts = {m.role.start for m in mentions if m.role is not None}
    lower = _lower_mentions(ctx, start, scan.used, role_starts)
    mentions, lower = _fold_premodifier_roles(ctx, mentions, lower)
    # Ordered by (start, -end), as one int: no tuple built and compared per mention.
    after_end = len(text) + 1
    merged = sorted(mentions + lower, key=lambda m: m.span.start * after_end - m.span.end)
    return _with_affiliations(_towns_before_places(text, _without_overlaps(merged)))


class _Scan:
    """The capitalised runs of one article, with verdicts remembered per spelling.

    A word or run that recurs ("Trump", "Hillary Clinton") is decided once;
    later copies replay the answer at their own offsets.
    """

    __slots__ = ("ctx", "initial_words", "mentions", "runs", "sentence_list", "used", "words")

    def __init__(self, ctx: _Context, sentence_list: list[int]) -> None:
        self.ctx = ctx
        self.sentence_list = sentence_list
        self.used: list[tuple[int, int]] = []
        self.mentions: list[NameMention] = []
        self.words: dict[str, object] = {}
        self.initial_words: dict[str, object] = {}  # words opening a sentence
        self.runs: dict[tuple[str, bool, bool], _Remembered] = {}

    def single_word(self, word: str, at: int, word_end: int) -> bool:
        """Handle a lone word, ``text[at:word_end]``; ``False`` when it needs the general path."""
        ctx = self.ctx
        verdict: object
        if at in ctx.sentence_starts:
            cached = self.initial_words.get(word)
            if cached is None:
                cached = self.initial_words[word] = _word_verdict(ctx, word, initial=True)
            if isinstance(cached, _Unsure):
                verdict = cached.rest if _named_elsewhere(ctx, word, cached.low, at) else _SKIP
            else:
                verdict = cached
        else:
            verdict = self.words.get(word)
            if verdict is None:
                verdict = self.words[word] = _word_verdict(ctx, word, initial=False)
        if verdict is _SKIP:
            return True
        if not isinstance(verdict, tuple):
            return False
        kind, length = verdict
        text = ctx.text
        used_from, end = at, at + length
        if kind is not _PERSON and text[at - 4 : at] in _THE:
            at -= 4
        self.used.append((used_from, word_end))
        self.mentions.append(_mention(_span(text, at, end), kind))
        return True

    def plain_full_name(self, run: str, at: int) -> bool:
        """Take "Hillary Clinton" straight: two plain words that no list knows.

        Most multi-word runs are a first name and a surname; they need none
        of the title, organisation and place reasoning of :func:`_classify`.
        """
        words = run.split(" ")
        if len(words) != 2:
            return False
        first, last = words
        possessive = last.endswith(_POSSESSIVE_S)
        if possessive:
            last = last[:-2]
        vocab = self.ctx.vocab
        if first.endswith(".") and first[:-1].lower() in vocab.honorifics:
            first = first[:-1]  # "Mr. Trump" is one mention, honorific and all
            if last.isalpha() and not last.isupper() and last.lower() not in vocab.not_plain:
                return self.take_person(at, len(first) + 2 + len(last))
            return False
        if not (first.isalpha() and last.isalpha()) or first.isupper() or last.isupper():
            return False
        low_first, low_last = first.lower(), last.lower()
        phrase = f"{low_first} {low_last}"
        if (
            low_first in vocab.not_plain
            or low_last in vocab.not_plain
            or low_last in vocab.events
            or low_last in vocab.suffixes
            or phrase in vocab.places
            or phrase in vocab.media
            or low_first in vocab.media
            or low_last in vocab.media
        ):
            return False
        return self.take_person(at, len(first) + 1 + len(last))

    def take_person(self, at: int, length: int) -> bool:
        """Record a person mention found on a fast path."""
        end = at + length
        self.used.append((at, end))
        self.mentions.append(_mention(_span(self.ctx.text, at, end), _PERSON))
        return True

    def run(self, words: str, at: int, end: int) -> None:
        """Classify a run of capitalised words, ``text[at:end]`` (or replay a recurring one)."""
        ctx, text = self.ctx, self.ctx.text
        key = None
        inner = bisect_right(self.sentence_list, at)
        if inner == len(self.sentence_list) or self.sentence_list[inner] >= end:
            initial = at in ctx.sentence_starts or text[at - 1] in _OPENERS
            if not initial and self.plain_full_name(words, at):
                return
            key = (words, text[at - 4 : at] in _THE, initial)
            cached = self.runs.get(key)
            if cached is not None:
                _replay(text, at, cached, self.used, self.mentions)
                return
        found = [_classify(ctx, run) for run in _cap_runs(ctx, at, end)]
        if key is not None:
            self.runs[key] = (at, found)
        for classified in found:
            if classified.used is not None:
                self.used.append(classified.used)
            if classified.mention is not None:
                self.mentions.append(classified.mention)


_Remembered = tuple[int, list[_Classified]]
"""A classified capitalised run: where it was first seen, and what it gave there."""


def _moved(span: Span | None, text: str, by: int) -> Span | None:
    return None if span is None else _span(text, span.start + by, span.end + by)


def _replay(
    text: str,
    at: int,
    cached: _Remembered,
    used: list[tuple[int, int]],
    mentions: list[NameMention],
) -> None:
    """Add a recurring run's remembered mentions at its new place.

    The run is remembered as first found, not as offsets from its start:
    most runs never recur, so the shift is only worked out for the few that do.
    """
    first_at, found = cached
    by = at - first_at
    for classified in found:
        if classified.used is not None:
            used.append((classified.used[0] + by, classified.used[1] + by))
        mention = classified.mention
        if mention is None:
            continue
        span = mention.span
        mentions.append(
            _mention(
                _span(text, span.start + by, span.end + by),
                mention.kind,
                _moved(mention.role, text, by),
                _moved(mention.affiliation, text, by),
            )
        )


_SKIP = "skip"
_GENERAL = "general"
_THE: Final = ("the ", "The ")


def _unskipped_verdict(ctx: _Context, word: str) -> object:
    """The verdict on a lone word that is not skipped: a (kind, length) mention, or the long way."""
    bare = _bare_word(word, ctx.vocab)
    if bare is None:
        return _GENERAL
    kind = _plain_single_kind(ctx.vocab, bare)
    return _GENERAL if kind is None else (kind, len(bare))


class _Unsure(NamedTuple):
    """A sentence-opening word whose fate hangs on :func:`_named_elsewhere` at each place."""

    low: str
    rest: Any  # the verdict when it is named elsewhere (mypyc takes no ``object`` here)


def _word_verdict(ctx: _Context, word: str, *, initial: bool) -> object:
    """What a lone capitalised word is: skipped, a (kind, length) mention, or the long way.

    Everything but :func:`_named_elsewhere` depends on the word and the
    article alone, so it is decided once per spelling; for a word opening a
    sentence an :class:`_Unsure` answer leaves that search to each place the
    word opens one (mid-sentence the answer is always final).
    """
    skip = _skip_without_search(ctx, word, initial)
    if skip is True:
        return _SKIP
    rest = _unskipped_verdict(ctx, word)
    if skip is False:
        return rest
    return _Unsure(skip, rest)


def _bare_word(word: str, vocab: NameVocabulary) -> str | None:
    """A lone word without its sentence stop or possessive, when it is plain letters."""
    if word.isalpha():
        return word
    if word.endswith("."):
        word = word[:-1]
        if not word.isalpha() or word.lower() in vocab.abbreviations or len(word) == 1:
            return None
        return word
    for ending in _POSSESSIVE_S:
        if word.endswith(ending) and word[: -len(ending)].isalpha():
            return word[: -len(ending)]
    return None


def _plain_single_kind(vocab: NameVocabulary, word: str) -> MentionKind | None:
    """The kind of mention one plain capitalised word makes, when no title or outlet is involved.

    Most capitalised words stand alone ("Trump", "Tehran", "NATO"); this
    answers them without building tokens. ``None`` sends the word down the
    general path.
    """
    low = word.lower()
    if low in vocab.titles or low in vocab.media or low in vocab.nationalities:
        return None
    if low in vocab.org_words or low in vocab.groups:
        return _ORGANISATION
    if low in vocab.places:
        return _PLACE
    if low.endswith("s") and low[:-1] in vocab.nationalities:
        return None
    if len(word) > 1 and word.isupper():
        return _ORGANISATION
    if low in vocab.role_modifiers or low in vocab.roles:
        return None
    return _PERSON


def _skip_without_search(ctx: _Context, word: str, initial: bool) -> bool | str:
    """Whether to skip a lone word, or its lower-case form when :func:`_named_elsewhere` decides."""
    low = word.rstrip(".").lower()
    vocab = ctx.vocab
    if ("’" in low or "'" in low) and _CONTRACTION.search(low):
        return True
    for ending in _POSSESSIVE_S:
        if low.endswith(ending):
            low = low[: -len(ending)]
            break
    if low in vocab.not_names and low not in vocab.titles:
        return True
    if not initial or low in vocab.titles:
        return False
    if _is_common_word(ctx, low, 1, 0):
        return True
    return low


def _named_elsewhere(ctx: _Context, word: str, low: str, start: int) -> bool:
    """Whether a word that opens a sentence is capitalised mid-sentence somewhere too.

    "Chastened, Trump revised ..." opens with a capital only because it opens
    the sentence; a name also turns up capitalised elsewhere ("said Trump").
    Known names and lists answer without looking; the search is bounded.
    """
    vocab = ctx.vocab
    if (
        low in vocab.first_names
        or low in vocab.places
        or low in vocab.org_words
        or low in vocab.media
        or low in vocab.groups
        or word.isupper()
    ):
        return True
    text = ctx.text
    core = word.rstrip(".")
    for ending in _POSSESSIVE_S:
        core = core.removesuffix(ending)
    lo, hi = max(0, start - _LOWER_CASE_REACH), start + _LOWER_CASE_REACH
    at = text.find(core, lo, hi)
    for _ in range(_OCCURRENCES_CHECKED):
        if at == -1:
            return False
        if at != start and at not in ctx.sentence_starts and text[at - 1] == " ":
            before = text[at - 2] if at >= 2 else "."
            if before not in ".!?\n" and not text[at + len(core) : at + len(core) + 1].isalpha():
                return True
        at = text.find(core, at + 1, hi)
    return False


def _gaps(start: int, end: int, skipped: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for lo, hi in skipped:
        if lo > start:
            yield start, lo
        start = max(start, hi)
    if start < end:
        yield start, end


def _lower_mentions(
    ctx: _Context, start: int, used: list[tuple[int, int]], role_starts: set[int]
) -> list[NameMention]:
    """Pronouns and role/organisation/document nouns outside the capitalised names.

    A list, not a generator: compiled, a generator is a helper object and a
    call into it per mention.
    """
    text, pronouns, sentence_starts = ctx.text, ctx.vocab.pronouns, ctx.sentence_starts
    out: list[NameMention] = []
    cursor, count = 0, len(used)
    for m_start, m_end in _lower_mention_bounds(ctx.vocab, text, start):
        while cursor < count and used[cursor][1] <= m_start:
            cursor += 1
        if cursor < count and used[cursor][0] <= m_start:
            continue
        word = text[m_start:m_end]
        if word.lower() in pronouns:
            if m_start not in role_starts:
                pronoun = trusted_span(m_start, m_end, sys.intern(word))
                out.append(_mention(pronoun, _PRONOUN))
            continue
        if word[0].isupper() and m_start not in sentence_starts:
            continue
        mention = _nominal(ctx, m_start, m_end, start)
        if mention is not None and mention.span.start not in role_starts:
            out.append(mention)
    return out


def _lower_mention_bounds(vocab: NameVocabulary, text: str, start: int) -> list[tuple[int, int]]:
    """Where ``vocab.lower_mention`` matches in ``text`` from ``start`` on, in order.

    That pattern opens on a look-behind, so the regex engine tries it at
    every character. Two scans that open on the character before the word
    find the same words faster: one after a space (a literal the engine
    skips to), one after any other break. A mention at the very start is
    matched on its own. Only when a match of one scan overlaps one of the
    other (a multi-word entry holding another) is the plain scan run, which
    decides which of them stand. (A plugin's entry ending on a break, "foo.",
    would hide that break from the next scan: with such an entry the plain
    scan always runs.)
    """
    if not vocab.lower_scans_split:
        return [m.span() for m in vocab.lower_mention.finditer(text, start)]
    scan_from = max(start - 1, 0)
    found = [m.span(1) for m in vocab.lower_after_space.finditer(text, scan_from)]
    found += [m.span(1) for m in vocab.lower_after_other.finditer(text, scan_from)]
    if start == 0:
        first = vocab.lower_mention.match(text)
        if first is not None:
            found.append(first.span())
    found.sort()
    if any(a[1] > b[0] for a, b in pairwise(found)):
        return [m.span() for m in vocab.lower_mention.finditer(text, start)]
    return found


def _fold_premodifier_roles(
    ctx: _Context, names: list[NameMention], lower: list[NameMention]
) -> tuple[list[NameMention], list[NameMention]]:
    """A role noun right before a person is its role ("campaign manager Kellyanne Conway")."""
    people = {m.span.start: index for index, m in enumerate(names) if m.kind is _PERSON}
    kept = []
    for mention in lower:
        after = mention.span.end + 1
        index = people.get(after)
        if (
            index is not None
            and mention.kind is _NOMINAL
            and ctx.text[mention.span.end] == " "
            and names[index].role is None
        ):
            person = names[index]
            names[index] = _mention(
                person.span, person.kind, mention.role, person.affiliation or mention.affiliation
            )
            continue
        kept.append(mention)
    return names, kept


def _with_appositions(ctx: _Context, mentions: list[NameMention]) -> list[NameMention]:
    """Give a person the role its apposition names: "Baqaai, spokesperson for X,"."""
    out = []
    text = ctx.text
    for mention in mentions:
        role = None
        end = mention.span.end
        # Most names are not followed by ", " at all: no need to try the apposition there.
        if mention.kind is _PERSON and text.startswith(", ", end):
            role = _apposition_role(ctx, end)
        if role is not None:
            out.append(_mention(mention.span, mention.kind, role, mention.affiliation))
        else:
            out.append(mention)
    return out


def _apposition_role(ctx: _Context, end: int) -> Span | None:
    text, vocab = ctx.text, ctx.vocab
    match = _APPOSITION.match(text, end)
    if match is None:
        return None
    phrase_start, phrase_end = match.span(1)
    for _ in range(3):
        if not text.startswith(".", phrase_end):
            break
        if not _keeps_stop(text, phrase_start, phrase_end + 1, vocab):
            break
        more = _APPOSITION_MORE.match(text, phrase_end + 1)
        phrase_end = more.end() if more else phrase_end + 1
    while phrase_end > phrase_start and text[phrase_end - 1] == " ":
        phrase_end -= 1
    words = text[phrase_start:phrase_end].split()
    if not words:
        return None
    first = words[0].lower()
    if words[0][0].isupper() and first not in vocab.titles and first not in vocab.nationalities:
        return None
    if first in vocab.not_names and first not in vocab.determiners:
        return None
    window = [w.strip("’'").lower() for w in words[:_APPOSITION_ROLE_WINDOW]]
    if not any(w in vocab.roles or w in vocab.titles for w in window):
        return None
    if first in _ARTICLES:
        phrase_start += len(words[0]) + 1
    return _span(text, phrase_start, phrase_end)


def _keeps_stop(text: str, start: int, end: int, vocab: NameVocabulary) -> bool:
    """Whether the stop at ``end - 1`` belongs to an abbreviation ("Jr.", "Inc.").

    With no space in the phrase the word is read from the start of the text,
    as it always was; a stretch longer than every abbreviation (``lower``
    never shortens a string) is answered without being copied, which keeps
    long articles linear.
    """
    word_start = text.rfind(" ", start, end) + 1
    if end - 1 - word_start > max(1, vocab.longest_abbreviation):
        return False
    word = text[word_start : end - 1].lower()
    return word in vocab.abbreviations or len(word) == 1


def _towns_before_places(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """A lone word right before ", <place>" is a town, not a person ("Lyle, Ohio")."""
    out = list(mentions)
    for index in range(len(out) - 1):
        here, after = out[index], out[index + 1]
        if (
            here.kind is _PERSON
            and after.kind is _PLACE
            and " " not in here.span.text
            and text[here.span.end : after.span.start] == ", "
        ):
            out[index] = _mention(here.span, _PLACE)
    return out


def _without_overlaps(mentions: list[NameMention]) -> list[NameMention]:
    """Sorted mentions with any overlap resolved in favour of the longer one."""
    out: list[NameMention] = []
    for mention in mentions:
        if out and out[-1].span.end > mention.span.start:
            if len(mention.span) > len(out[-1].span):
                out[-1] = mention
            continue
        out.append(mention)
    return out


def _with_affiliations(mentions: list[NameMention]) -> list[NameMention]:
    """Fill a role's affiliation from the organisation or place named inside it."""
    starts = [m.span.start for m in mentions]
    out = []
    for mention in mentions:
        found = None
        if mention.role is not None and mention.affiliation is None:
            found = _named_inside(mentions, starts, mention.role)
        if found is not None:
            out.append(_mention(mention.span, mention.kind, mention.role, found))
        else:
            out.append(mention)
    return out


def _named_inside(mentions: list[NameMention], starts: list[int], role: Span) -> Span | None:
    """The first organisation (else place) mentioned inside ``role``."""
    index = bisect_left(starts, role.start)
    place: Span | None = None
    while index < len(mentions) and mentions[index].span.start < role.end:
        other = mentions[index]
        if role.contains(other.span):
            if other.kind in (_ORGANISATION, _MEDIA):
                return other.span
            if other.kind is _PLACE and place is None:
                place = other.span
        index += 1
    return place
