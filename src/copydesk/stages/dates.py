"""Dates stage: temporal expressions and their TIMEX3 values.

One compiled regular expression, built at run time from the ``dates_*`` word
lists and cached per lexicon, finds every candidate in a single left-to-right
pass; each alternative is a named group whose handler reads the TIMEX3 value
off the match. Relative expressions ("Sunday", "last week", "in April") are
resolved against the publication date, forwards or backwards by the tense of
the nearest verb in their sentence, as news writing intends. Spans follow the
TimeBank/AQUAINT conventions: determiners and modifiers that are part of the
expression ("the past three decades", "early next year", "about two years
ago") are inside; prepositions ("in", "on", "for") are not.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from copydesk.document import Document
from copydesk.lexicon import Lexicon
from copydesk.model import DateMention, FrozenMap, TimexType
from copydesk.stages import dates_values as dv
from copydesk.stages.trusted import trusted_date_mention

__all__ = ["find_dates"]

_LISTS = (
    "dates_months",
    "dates_weekdays",
    "dates_seasons",
    "dates_numbers",
    "dates_ordinals",
    "dates_units",
    "dates_dayparts",
    "dates_relative_days",
    "dates_refs",
    "dates_sets",
    "dates_holidays",
    "dates_modifiers",
    "dates_month_cues",
    "dates_tense",
    "dates_lead_words",
    "dates_day_prepositions",
)
_HEAD_LISTS = (
    "dates_months",
    "dates_weekdays",
    "dates_seasons",
    "dates_units",
    "dates_dayparts",
    "dates_relative_days",
    "dates_refs",
    "dates_sets",
    "dates_holidays",
)
_QUARTER_WORDS = r"latest|current|full|comparable|corresponding|year-ago|year-earlier|fiscal|previous|prior|same|final|recent|flat|past|most\s+recent|last|first|second|third|fourth|1st|2nd|3rd|4th"  # noqa: E501
_EDGE_MODS = r"early|late|mid|the\s+(?:beginning|start|end|middle)\s+of"
_BARE_PREPOSITIONS = ("for", "within", "in", "over")
_BARE_UNITS = ("years", "months", "weeks", "decades", "centuries")
"""The prepositions and plural units of "for years", "in the months": the only mentions
those prepositions open."""
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d{3})"
_FUTURE, _PAST = 1, -1


# ---------------------------------------------------------------- the word lists


def _pairs(words: frozenset[str]) -> dict[str, str]:
    """``word=value`` entries of a list as a mapping (lower-case keys)."""
    pairs = {}
    for entry in words:
        key, _, value = entry.partition("=")
        pairs[" ".join(key.lower().split())] = value.strip()
    return pairs


_Trie = dict[str, "_Trie"]
"""A letter tree of words: each key is a next letter ("" where a word ends there)."""


def _alt(words: Iterable[str]) -> str:
    r"""A regex alternation of literal words, longest first, spaces as ``\\s+``, as a trie.

    The regex engine tries a group's alternatives one by one wherever it
    looks, so a flat list of a hundred words is a hundred tries at every
    word of the text; a trie ("ma(?:y|r(?:ch)?)") is a try or two a letter.
    It matches what the flat list sorted longest first matched, in the same
    order: of the words that fit at a place, the longest is tried first.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _after(root) + ")"


def _after(node: _Trie) -> str:
    """The pattern of the rest of the words below ``node``: longer ones first, then the end."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _after(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:  # a word ends here: the greedy "?" tries the longer words first
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _Grammar:
    """The compiled finder and the word maps its handlers need, for one lexicon."""

    def __init__(self, lists: Mapping[str, dict[str, str]]) -> None:
        self.maps = lists
        mon, wd = _alt(lists["dates_months"]), _alt(lists["dates_weekdays"])
        season, unit = _alt(lists["dates_seasons"]), _alt(lists["dates_units"])
        part, relday = _alt(lists["dates_dayparts"]), _alt(lists["dates_relative_days"])
        ordw, numw = _alt(lists["dates_ordinals"]), _alt(lists["dates_numbers"])
        mods, hol = _alt(lists["dates_modifiers"]), _alt(lists["dates_holidays"])
        refs, sets = _alt(lists["dates_refs"]), _alt(lists["dates_sets"])
        preps, bare_units = "|".join(_BARE_PREPOSITIONS), "|".join(_BARE_UNITS)
        num = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:an?\s+(?=hundred|thousand|dozen))?{numw}(?:[ -](?:and\s+)?{numw}){{0,3}}(?:\s+and\s+a\s+half)?)"  # noqa: E501
        count = rf"(?:{num}|a\s+few|a\s+couple\s+of|several|many|an?)"
        day = rf"(?:\d{{1,2}}(?!\d)|{ordw})(?:st|nd|rd|th)?"
        branches = {
            "time": rf"(?P<t_h>\d{{1,2}})(?:[:.](?P<t_m>\d\d))?\s*(?P<t_ap>[ap]\.\s?m\.?|[ap]m\b|(?<=\s)(?:in\s+the|at)\s+(?P<t_dp>{part})\b)(?:\s+(?:[ecmp][sd]t|gmt|utc))?(?:,?\s+(?P<t_wd>{wd}|{relday}|(?P<t_mon>{mon})\s+(?P<t_md>\d{{1,2}}))(?!\w))?"  # noqa: E501
            rf"|(?P<t_noon>noon|midnight|midday)(?:\s+(?P<t_wd2>{wd}|{relday})(?!\w))?",
            "iso": r"(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?:T(?P<iso_t>\d\d:\d\d))?(?![\d-])",  # noqa: E501
            "slash": r"(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d\d)(?![\d/])",
            "md": rf"(?:(?P<md_wd>{wd}),?\s+)?(?P<md_mon>{mon})\s*(?P<md_day>{day})(?:,?\s+(?P<md_y>{_YEAR}))?(?![\w-])",  # noqa: E501
            "dm": rf"(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_mon>{mon})(?:,?\s+(?P<dm_y>{_YEAR}))?(?!\w)",  # noqa: E501
            "quarter": rf"(?:(?P<q_det>the|this|that|its|their|a)\s+)?(?:(?P<q_rel>next|last|this)\s+year's\s+|(?P<q_y0>{_YEAR})\s+)?(?P<q_adj>(?:(?:{_QUARTER_WORDS})[\s-]+){{1,3}})?(?P<q_unit>quarter|half|period|fiscal\s+year|(?(q_adj)year|(?!)))(?![\w-])(?:\s+(?:of|in)\s+(?P<q_y>{_YEAR})|(?P<q_ago>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))(?!\w)))?",  # noqa: E501
            "ago": rf"(?:(?P<ag_mod>{mods})\s+)?(?P<ag_n>{count})\s+(?P<ag_unit>{unit})\s+(?P<ag_dir>ago|earlier|later|from\s+now)(?!\w)",  # noqa: E501
            "rel": rf"(?:(?P<rl_mod>{_EDGE_MODS}|earlier|later)[\s-]+(?:in\s+)?)?(?P<rl_dir>last|this|next|this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+following|the\s+coming|the\s+current|the|that)\s+(?P<rl_unit>year|month|week|weekend|decade|century|{season}|{wd}|{mon}|{part})(?!\w)(?!\.?\s*\d)",  # noqa: E501
            "monyear": rf"(?:(?P<my_mod>{_EDGE_MODS})[\s-]+)?(?P<my_mon>{mon})(?:,?\s+(?:of\s+)?(?P<my_y>{_YEAR})|\s+(?P<my_rel>this|last|next)\s+year)?(?![\w-])",  # noqa: E501
            "decade": rf"(?:(?P<dc_the>the)\s+)?(?:(?P<dc_mod>{_EDGE_MODS})[\s-]+)?(?:(?P<dc_n>1[5-9]\d|20\d)0s|'(?P<dc_s>\d)0s)(?!\w)",  # noqa: E501
            "century": r"(?:(?P<ce_the>the)\s+)?(?P<ce_n>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?!\w)",  # noqa: E501
            "season": rf"(?:(?P<se_dir>last|this|next|this\s+past|the|early|late)\s+)?(?:(?P<se_mod>early|late|mid)[\s-]+)?(?P<se>{season})(?:\s+(?:of\s+)?(?P<se_y>{_YEAR}))?(?!\w)",  # noqa: E501
            "hol": rf"(?:(?P<ho_dir>last|this|next)\s+)?(?P<ho>{hol})(?:,?\s+(?P<ho_y>{_YEAR}))?(?!\w)",  # noqa: E501
            "dayrel": rf"(?:(?P<dr_mod>early|late|earlier|later|mid-?afternoon|mid-?morning)\s+)?(?P<dr>{relday})(?:\s+(?P<dr_part>{part}))?(?!\w)",  # noqa: E501
            "wd": rf"(?P<wd>{wd})(?:,?\s+(?P<wd_part>{part})(?P<wd_pl>s)?)?(?!\w)",
            "dur": rf"(?:(?P<du_mod>{mods})\s+)?(?:(?P<du_det>the|its|their)\s+)?(?:(?P<du_dir>past|last|next|first|coming|previous|final|latest|following|remaining|recent|year-earlier|year-ago)\s+)?(?P<du_n>{count})(?:\s+(?:more|additional|full|straight|consecutive|trading|business))?[\s-]+(?P<du_unit>{unit})(?P<du_long>-long)?(?![\w-])",  # noqa: E501
            "bare": rf"(?:the\s+)?(?P<bu_dir>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few)\s+(?P<bu_unit>{unit})(?!\w)|(?P<bu_pre>{preps})\s+(?:the\s+)?(?P<bu_bare>{bare_units})(?!\w)",  # noqa: E501
            "set": rf"(?P<st_q>every|each|per)\s+(?:(?P<st_n>{num}|other)\s+)?(?P<st_u>{unit}|{wd}|{mon}|{season})(?!\w)|(?P<st_w>{sets})(?!\w)",  # noqa: E501
            "ref": rf"(?P<rf>{refs})(?!\w)",
            "yearago": r"(?P<ya>year[\s-](?:ago|earlier))(?!\w)",
            "yearend": r"(?:around\s+)?(?:the\s+)?year(?:'s)?[\s-]end(?!\w)",
            "spoken": rf"(?P<sy_c>{numw})[ -]+(?P<sy_y>{numw}(?:[ -]{numw})?)(?![\w-])",
            "year": rf"(?:(?P<yr_pre>fiscal(?:\s+year)?|the\s+year|calendar)\s+)?(?:(?P<yr_mod>{_EDGE_MODS})[\s-]+|(?:pre|post)-)?(?P<yr>{_YEAR})(?:\s+(?P<yr_beyond>and\s+beyond|or\s+later))?",  # noqa: E501
        }
        self.heads, self.leads = _heads_and_leads(lists)
        # A head holding a space or a word break is never a word of its own: none is looked for.
        words = [h for h in self.heads if not any(c.isspace() or c in _WORD_BREAKS for c in h)]
        self.ascii_heads = frozenset(h.encode() for h in words if h.isascii())
        self.wide_heads = tuple(sorted(h for h in words if not h.isascii()))
        # A number is a head when it is a year or stands before a unit, a month, "a.m.",
        # ":30" or "/07". It is tried only where a number starts (see _digit_heads).
        self.digit_heads = re.compile(
            r"\d(?<![\d$£€#.,]\d)\d*(?:(?<=\b1[5-9]\d\d)(?![\d%])|(?<=\b20\d\d)(?![\d%])"
            rf"|(?=(?:st|nd|rd|th)?[ -]+(?:1/2[ -]+)?(?:(?:more|additional|full|straight|"
            rf"consecutive|trading|business)[ -]+)?(?:{unit}|{mon})(?!\w)"
            rf"|\s+(?:in\s+the|at)\s+(?:{part})\b"
            r"|\s*[ap]\.?\s?m\b|[:/]\d|(?:st|nd|rd|th)\b))"
        )
        self.month_names = _full_month_names(lists["dates_months"])
        self.branches = branches
        self.finder_keys = _finder_keys_by_head(lists, branches, self.heads, self.leads)
        self.finders: dict[str, re.Pattern[str]] = {}
        self._finders_by_key: dict[frozenset[str], re.Pattern[str]] = {}
        # A participle after "be" is passive voice, not past tense ("will be held"), and after
        # "has"/"have" present perfect, which English does not join to a past date ("has
        # decided to admit them in March"); so whether regular ("-ed") or a listed irregular
        # past form ("-1" with no scope), it is no past marker there.
        tense = lists["dates_tense"]
        self.tense_entries = _tense_entries(tense)
        past = [word for word, entry in tense.items() if entry == "-1"]
        past_forms = _alt(past) if past else "(?!)"
        # A weekday or relative day anywhere in a sentence: the day a bare clock time in the
        # same sentence falls on ("at 10:35 a.m. (0735 GMT) Friday").
        self.day_words = re.compile(rf"(?<![\w-])(?:{wd}|{relday})(?![\w-])")
        marker = (
            rf"(?:(?P<tw>{_alt(w for w in tense if w not in past)})"
            rf"|(?<!be )(?<!is )(?<!are )(?<!being )(?<!has )(?<!have )"
            rf"(?:(?P<tp>{past_forms})|\w{{2,}}ed))(?!\w)"
        )
        self.tense = re.compile(rf"(?<!\w){marker}")
        # The same markers with the character before each (one that is no letter or digit),
        # for a scan that starts past the first character of the text: a pattern that opens on
        # a character class is skipped ahead to its next place in C, where one that opens on
        # a look-behind is tried at every character (a seventh fewer instructions compiled).
        self.tense_after = re.compile(rf"[^\w]{marker}")

    def finder(self, word: str) -> re.Pattern[str]:
        """The compiled finder for mentions with the head ``word`` ("digits" for numbers).

        Compiled on first use: the patterns are the largest copydesk builds and
        an article needs only those of the kinds of head words it has.
        """
        found = self.finders.get(word)
        if found is None:
            key = self.finder_keys[word]
            found = self._finders_by_key.get(key)
            if found is None:
                body = "|".join(f"(?P<b_{n}>{p})" for n, p in self.branches.items() if n in key)
                found = self._finders_by_key[key] = re.compile(rf"(?<![\w$#£€.-])(?:{body})")
            self.finders[word] = found
        return found


def _tense_entries(tense: Mapping[str, str]) -> dict[str, tuple[int, str]]:
    """``dates_tense`` entries read once: word -> (direction, scope)."""
    entries = {}
    for word, entry in tense.items():
        direction, _, scope = entry.partition(" ")
        entries[word] = (int(direction), scope)
    return entries


def _full_month_names(months: Mapping[str, str]) -> dict[int, str]:
    """The full name of each month (its longest entry): a bare "Jan" is more often a name."""
    names: dict[int, str] = {}
    for word, number in months.items():
        if len(word) > len(names.get(int(number), "")):
            names[int(number)] = word
    return names


def _heads_and_leads(lists: Mapping[str, dict[str, str]]) -> tuple[frozenset[str], frozenset[str]]:
    """Head words that make a phrase temporal, and words that may stand before them.

    The head of a listed phrase is its last word ("the near [future]"); its other
    words become lead words, beside the ``dates_lead_words`` list and every
    number, ordinal, modifier, month and weekday word.
    """
    heads: set[str] = {"noon", "midnight", "midday", "half", "period"}
    heads.update(w for w, v in lists["dates_numbers"].items() if 11 <= int(v) <= 20)
    leads: set[str] = set(lists["dates_lead_words"])
    for name in _HEAD_LISTS:
        for entry in lists[name]:
            words = entry.replace("-", " ").rstrip(".").split()
            heads.add(words[-1])
            leads.update(words[:-1])
    for name in (
        "dates_numbers",
        "dates_ordinals",
        "dates_modifiers",
        "dates_months",
        "dates_weekdays",
    ):
        for entry in lists[name]:
            leads.update(entry.rstrip(".").split())
    return frozenset(heads), frozenset(leads)


_BRANCHES_BY_HEAD = {
    "digits": (
        "time",
        "iso",
        "slash",
        "dm",
        "quarter",
        "ago",
        "decade",
        "century",
        "dur",
        "set",
        "year",
    ),
    "dates_months": ("md", "dm", "monyear", "rel", "set"),
    "dates_weekdays": ("md", "wd", "rel", "set"),
    "dates_seasons": ("rel", "season", "set"),
    "dates_units": (
        "quarter",
        "ago",
        "rel",
        "dur",
        "bare",
        "set",
        "ref",
        "hol",
        "yearago",
        "yearend",
        "century",
    ),
    "dates_dayparts": ("rel", "dayrel", "wd"),
    "dates_relative_days": ("dayrel",),
    "dates_refs": ("ref", "bare"),
    "dates_sets": ("set",),
    "dates_holidays": ("hol",),
    "noon": ("time",),
    "midnight": ("time",),
    "midday": ("time",),
    "half": ("quarter",),
    "period": ("quarter",),
    "numbers": ("spoken",),
}
"""Which branches can hold a head of each kind: a mention is matched from the first head in
it, so only those branches are tried there (the full alternation costs ten times more)."""


def _finder_keys_by_head(
    lists: Mapping[str, dict[str, str]],
    branches: Mapping[str, str],
    heads: frozenset[str],
    leads: frozenset[str],
) -> dict[str, frozenset[str]]:
    """The branches tried at each kind of head word ("digits" for numbers).

    A head that is also a lead word ("past" in "the past" and "the past three
    decades") may open any kind of mention, so it gets every branch.
    """
    kinds: dict[str, set[str]] = {}
    for word in heads:
        kinds[word] = set(_BRANCHES_BY_HEAD.get(word, ()))
        if word in lists["dates_numbers"]:
            kinds[word].update(_BRANCHES_BY_HEAD["numbers"])
    for name in _HEAD_LISTS:
        for entry in lists[name]:
            kinds[entry.replace("-", " ").rstrip(".").split()[-1]].update(_BRANCHES_BY_HEAD[name])
    keys = {}
    for word, names in [*kinds.items(), ("digits", set(_BRANCHES_BY_HEAD["digits"]))]:
        keys[word] = frozenset(branches) if word in leads else frozenset(names)
    return keys


@functools.lru_cache(maxsize=8)
def _grammar_for(lists: tuple[frozenset[str], ...]) -> _Grammar:
    return _Grammar({name: _pairs(words) for name, words in zip(_LISTS, lists, strict=True)})


def _grammar(lexicon: Lexicon) -> _Grammar:
    return _grammar_for(tuple(map(lexicon.__getitem__, _LISTS)))


# ---------------------------------------------------------------- context


class _Found:
    """What a handler read off one match, before it becomes a DateMention."""

    __slots__ = ("anchor", "anchored", "end", "mod", "start", "type", "value")

    def __init__(
        self,
        start: int,
        end: int,
        type_: TimexType,
        value: str,
        *,
        anchored: bool = False,
        mod: str | None = None,
        anchor: date | None = None,
    ) -> None:
        self.start, self.end, self.type, self.value = start, end, type_, value
        self.anchored, self.mod, self.anchor = anchored, mod, anchor


_WORDS_STRETCH = 1 << 16
"""Characters of text lower-cased or split into words at a time on a long article."""


def _lower_by_stretches(text: str, stretch: int = _WORDS_STRETCH) -> str:
    """``text.lower()``, worked out a stretch of :data:`_WORDS_STRETCH` characters at a time.

    ``str.lower`` on text that is not ASCII first fills a buffer of three
    four-byte characters per character (one may lower to three): on a 1 MB
    article with curly quotes that buffer was the whole parse's peak memory,
    twelve times the text. Each stretch ends at a space, which no lower-casing
    rule reads across (the Greek final sigma looks only past letters and marks).
    """
    if len(text) <= stretch or text.isascii():
        return text.lower()
    parts = []
    start = 0
    while start < len(text):
        end = text.find(" ", start + stretch)
        if end == -1:
            end = len(text)
        parts.append(text[start:end].lower())
        start = end
    return "".join(parts)


class _Context:
    """One article as the handlers see it: text, publication date, tense per sentence."""

    def __init__(self, doc: Document, grammar: _Grammar) -> None:
        self.doc = doc
        self.text = doc.text
        lowered = _lower_by_stretches(doc.text)
        self.low = lowered if len(lowered) == len(doc.text) else doc.text.translate(_ASCII_LOWER)
        self.dct = doc.published
        self.grammar = grammar
        self.maps = grammar.maps
        self._tenses: dict[int, tuple[list[int], list[tuple[int, int, int, str]]]] = {}
        self.last_day: date | None = None
        """Where the latest mention with a calendar range starts (a ``datetime`` for a time
        of day): what "the following month" follows."""

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        sentence = self.doc.segments.sentence_at(offset)
        if sentence is not None:
            return sentence.start, sentence.end
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown: the tense marker nearest the mention wins.

        Markers are read outward from the mention and the walk stops once they
        are further away than the best so far, so a sentence with thousands of
        markers (text without full stops) costs no more than a short one. A
        pluperfect ("had filed reports by Wednesday", "until Thursday they had
        not called") puts the whole clause before a past moment, so it outranks
        deadline words and plans, though not a modal ("will", "would") nearer
        the mention.
        """
        positions, markers = self._markers(start)
        split = bisect.bisect_left(positions, start)
        perfect = self._pluperfect(markers, split, start)
        best, distance = 0, len(self.text) + 1
        for index in range(split - 1, -1, -1):
            position, marker_end, sign, scope = markers[index]
            if start - position >= distance:
                break
            if scope == "adjacent":
                if start - marker_end <= 2:
                    return perfect or sign
                continue
            if sign or scope == "present":
                best, distance = sign, start - position
        for index in range(split, len(markers)):
            position, _, sign, scope = markers[index]
            if position - end >= distance:
                break
            if position < end or scope in _BACKWARD_SCOPES:
                continue
            if sign or scope == "present":
                best, distance = sign, position - end
        return perfect or best

    def _pluperfect(self, markers: list[tuple[int, int, int, str]], split: int, start: int) -> int:
        """-1 when a pluperfect governs the mention at ``split``, else 0.

        The nearest "had" before the mention counts unless a modal, a present
        tense or a comma (the end of a relative clause: "the sale, which had
        been expected, is due by May") stands between them; the marker just
        after the mention counts when it is a "had". Only markers within
        :data:`_PERFECT_REACH` characters are read, so a sentence without stops
        costs no more than a short one.
        """
        gap_end = start
        for index in range(split - 1, -1, -1):
            position, marker_end, _, scope = markers[index]
            if start - position > _PERFECT_REACH or "," in self.low[marker_end:gap_end]:
                return 0
            if scope in _CLAUSE_TENSES:
                return 0
            if scope == "perfect":
                return _PAST
            gap_end = position
        if split < len(markers):
            position, _, _, scope = markers[split]
            if scope == "perfect" and position - start <= _PERFECT_REACH:
                return _PAST
        return 0

    def _markers(self, offset: int) -> tuple[list[int], list[tuple[int, int, int, str]]]:
        """Tense markers of the sentence around ``offset`` in text order, read once a sentence."""
        first, last = self._sentence_bounds(offset)
        cached = self._tenses.get(first)
        if cached is not None:
            return cached
        markers = []
        entries = self.grammar.tense_entries
        if first > 0:
            matches, skip = self.grammar.tense_after.finditer(self.low, first - 1, last), 1
        else:
            matches, skip = self.grammar.tense.finditer(self.low, first, last), 0
        for match in matches:
            listed, past = match.groups()  # the patterns' only groups: tw, tp
            word = listed or past
            if word is None:  # a regular "-ed" past form
                sign, scope = _PAST, ""
            else:
                sign, scope = entries.get(word) or entries.get(_word_key(word), (0, ""))
            markers.append((match.start() + skip, match.end(), sign, scope))
        cached = ([m[0] for m in markers], markers)
        self._tenses[first] = cached
        return cached

    def sentence_day(self, start: int, end: int) -> str | None:
        """The day value of the weekday or relative day nearest a clock time in its sentence.

        "The blast occurred at 10:35 a.m. (0735 GMT) Friday" and "On Friday, at 10:35
        a.m., ..." put the time on that Friday; a weekday just after a reporting verb
        ("officials said Monday") dates the report, not the time, and is passed over.
        Without such a word the caller keeps the publication day. Only the time's own
        sentence is read.
        """
        first, last = self._sentence_bounds(start)
        best: tuple[int, re.Match[str]] | None = None
        for match in self.grammar.day_words.finditer(self.low, first, last):
            if match[0] in self.maps["dates_weekdays"] and not self.text[match.start()].isupper():
                continue
            said = self.grammar.tense_entries.get(self.previous_word(match.start()))
            if said is not None and said[1] == "before":  # "officials said Monday" dates the saying
                continue
            distance = start - match.end() if match.end() <= start else match.start() - end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, match)
        if best is None:
            return None
        word = best[1]
        if word[0] in self.maps["dates_relative_days"]:
            return _relday_value(self, word[0])[0]
        resolved = _weekday_date(self, word[0], word.start(), word.end())
        return dv.day_value(resolved) if resolved else None

    def capitalised(self, match: re.Match[str], group: str) -> bool:
        """Whether the original text capitalises a group of a match made on the lowered text."""
        return self.text[match.start(group)].isupper()

    def mentions_quarter(self, offset: int) -> bool:
        """Whether the story is on quarterly results here ("a year earlier" is then a quarter).

        Earnings reports name the quarter once and then say "a year ago" for the
        matching quarter, so the sentence and the few before it are read.
        """
        _, last = self._sentence_bounds(offset)
        return "quarter" in self.low[max(0, offset - 400) : last]

    def in_title(self, offset: int) -> bool:
        """Whether a capitalised word here continues a name ("CBS This Morning", "VOA Today").

        A relative word is capitalised inside a sentence only as part of a title.
        """
        if not self.text[offset].isupper():
            return False
        match = _PREVIOUS_WORD.search(self.text, max(0, offset - 30), offset)
        if match is None:
            return False
        return match[1][0].isupper() and self.text[match.end(1) : offset].strip() == ""

    def previous_word(self, offset: int) -> str:
        """The word just before ``offset``, lower-case ("" at the start)."""
        match = _PREVIOUS_WORD.search(self.text, max(0, offset - 30), offset)
        return match[1].lower() if match else ""

    def mod(self, word: str | None) -> str | None:
        """The TIMEX3 mod a modifier word stands for."""
        if not word:
            return None
        return self.maps["dates_modifiers"].get(" ".join(word.lower().replace("-", " ").split()))


_BACKWARD_SCOPES = frozenset({"before", "adjacent"})
"""Marker scopes that never reach back to a mention standing before them."""
_PERFECT_REACH = 120
"""How far (in characters) a pluperfect reaches to the date it governs."""
_CLAUSE_TENSES = frozenset({"modal", "present"})
"""Marker scopes of a finite verb that starts a clause of its own: a pluperfect before it
does not reach past it ("had not signed ... when the case is heard in May")."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD_BREAKS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’—–"
"""Characters that end a word as much as a space does, for finding which head words occur."""
_ASCII_BREAKS = _WORD_BREAKS.encode("ascii", "ignore") + b"\x1c\x1d\x1e\x1f"  # str.isspace
_BREAKS_TO_SPACE = bytes.maketrans(_ASCII_BREAKS, b" " * len(_ASCII_BREAKS))
_DIGITS_AND_WIDE_TO_ZERO = bytes.maketrans(b"0123456789?", b"0" * 11)
_PREVIOUS_WORD = re.compile(r"([\w']+)[^\w\n]{0,3}$")
_NEXT_CAPITALISED = re.compile(r"(?<!\s)\s++[A-Z][a-z]")
_MONEY_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|percent|%|cents?|dollars?|times|once|twice)\W{0,3}$",
    re.IGNORECASE,
)
_LEADING_DIGITS = re.compile(r"\d+")
_AGE_AFTER = re.compile(r"(?<![\s-])[\s-]++old\b", re.IGNORECASE)


def _word_key(text: str) -> str:
    return " ".join(text.lower().split())


def _number(ctx: _Context, text: str) -> float | None:
    """The value of a count: digits, "2 1/2", number words; ``None`` when vague."""
    key = _word_key(text)
    if key in ("a", "an"):
        return 1.0
    if key == "a couple of":  # two, as the TIMEX3 guidelines read it ("a couple of years")
        return 2.0
    if key[0].isdigit():
        whole, _, half = key.partition(" ")
        return float(whole) + (0.5 if half else 0.0)
    numbers = ctx.maps["dates_numbers"]
    values = [int(numbers[w]) for w in re.split(r"[ -]+", key) if w in numbers]
    if not values:
        return None
    return dv.number_from_words(values) + (0.5 if key.endswith("half") else 0.0)


def _unit_code(ctx: _Context, unit: str) -> str:
    return ctx.maps["dates_units"].get(unit.lower(), "X")


def _month(ctx: _Context, word: str) -> int:
    return int(ctx.maps["dates_months"][word.lower()])


# ---------------------------------------------------------------- handlers
# Each takes the context and the match of its branch and returns what it found, or None
# to reject the match (the finder then looks again one character further on).

_Handler = Callable[[_Context, "re.Match[str]"], "_Found | None"]
DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


def _weekday_date(ctx: _Context, word: str, start: int, end: int) -> date | None:
    """The day a bare weekday names: the one the clause's tense points to.

    A possessive weekday ("Friday's ruling", "Sunday night's debate") names
    something that has already happened whatever the verb around it says
    ("they will appeal Wednesday's ruling"): it is the one just gone.
    """
    if ctx.dct is None:
        return None
    iso = int(ctx.maps["dates_weekdays"][word.lower()])
    if ctx.low.startswith(("'s", "’s"), end):
        return dv.nearest_weekday(ctx.dct, iso, _PAST)
    direction = ctx.tense(start, end) or _PAST
    return dv.nearest_weekday(ctx.dct, iso, direction)


def _relday_value(ctx: _Context, word: str) -> tuple[str, str]:
    """(day value, day part) of "yesterday", "tonight"...; day value has X when undated."""
    offset, _, part = ctx.maps["dates_relative_days"][word.lower()].partition(":")
    if ctx.dct is None:
        return "XXXX-XX-XX", part
    return dv.day_value(ctx.dct + timedelta(days=int(offset))), part


def _time(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if m["t_noon"]:
        if ctx.previous_word(m.start()) == "high":
            return None
        hour, minute = {"noon": 12, "midday": 12, "midnight": 24}[m["t_noon"].lower()], 0
        day_word = m["t_wd2"]
    else:
        hour, minute = int(m["t_h"]), int(m["t_m"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        part = ctx.maps["dates_dayparts"][m["t_dp"].lower()] if m["t_dp"] else ""
        afternoon = part != "MO" if part else m["t_ap"].lower().startswith("p")
        if afternoon and hour < 12:
            hour += 12
        elif part == "NI" and hour == 12:  # "12 at night" is midnight
            hour = 24
        elif not afternoon and hour == 12:
            hour = 0
        day_word = m["t_wd"]
    day = "XXXX-XX-XX" if ctx.dct is None else dv.day_value(ctx.dct)
    if m["t_mon"]:
        if ctx.dct is None:
            return None
        resolved = dv.resolve_month_day(
            ctx.dct, _month(ctx, m["t_mon"]), int(m["t_md"]), ctx.tense(m.start(), m.end())
        )
        day = dv.day_value(resolved) if resolved else day
    elif day_word and day_word.lower() in ctx.maps["dates_relative_days"]:
        day = _relday_value(ctx, day_word)[0]
    elif day_word:
        resolved = _weekday_date(ctx, day_word, m.start(), m.end())
        day = dv.day_value(resolved) if resolved else day
    elif ctx.dct is not None:
        day = ctx.sentence_day(m.start(), m.end()) or day
    return _Found(m.start(), m.end(), TIME, f"{day}T{hour:02d}:{minute:02d}", anchored=True)


def _iso(ctx: _Context, m: re.Match[str]) -> _Found | None:
    try:
        day = date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    except ValueError:
        return None
    if m["iso_t"]:
        return _Found(m.start(), m.end(), TIME, f"{day.isoformat()}T{m['iso_t']}")
    return _Found(m.start(), m.end(), DATE, day.isoformat())


def _slash(ctx: _Context, m: re.Match[str]) -> _Found | None:
    first, second, year = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    month, day_number = (second, first) if first > 12 else (first, second)
    try:
        day = date(year, month, day_number)
    except ValueError:
        return None
    return _Found(m.start(), m.end(), DATE, day.isoformat())


def _day_number(ctx: _Context, word: str) -> int:
    digits = _LEADING_DIGITS.match(word)
    if digits:
        return int(digits.group())
    return int(ctx.maps["dates_ordinals"].get(word.lower(), "0"))


def _month_day(
    ctx: _Context, m: re.Match[str], month_group: str, day_word: str, year: str | None
) -> _Found | None:
    if not ctx.capitalised(m, month_group):
        return None
    month_word = m[month_group]
    month, day_number = _month(ctx, month_word), _day_number(ctx, day_word)
    if year:
        try:
            return _Found(m.start(), m.end(), DATE, date(int(year), month, day_number).isoformat())
        except ValueError:
            return None
    if not 1 <= day_number <= 31:
        return None
    if ctx.dct is None:
        return _Found(m.start(), m.end(), DATE, f"XXXX-{month:02d}-{day_number:02d}")
    day = dv.resolve_month_day(ctx.dct, month, day_number, ctx.tense(m.start(), m.end()))
    if day is None:
        return None
    return _Found(m.start(), m.end(), DATE, day.isoformat(), anchored=True)


def _md(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _month_day(ctx, m, "md_mon", m["md_day"], m["md_y"])


def _dm(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _month_day(ctx, m, "dm_mon", m["dm_day"], m["dm_y"])


def _quarter(ctx: _Context, m: re.Match[str]) -> _Found | None:
    adjectives = _word_key((m["q_adj"] or "").replace("-", " - ")).split()
    unit = _word_key(m["q_unit"])
    ordinals = ctx.maps["dates_ordinals"]
    ordinal = next((int(ordinals[a]) for a in adjectives if a in ordinals), 0)
    ordinal = ordinal or next((int(a[0]) for a in adjectives if a[:1].isdigit()), 0)
    has_adjective = bool(adjectives)
    if (
        not has_adjective
        and not m["q_y0"]
        and not m["q_rel"]
        and ((m["q_det"] or "a").lower() == "a")
    ):
        return None  # "a quarter of the market", "in a quarter that...": no calendar quarter
    explicit = m["q_y"] or m["q_y0"]
    if ctx.dct is None and not explicit:
        return None
    shift = {"next": 1, "last": -1, "this": 0}.get((m["q_rel"] or "").lower(), 0)
    if "ago" in adjectives or "earlier" in adjectives or m["q_ago"]:
        shift -= 1
    looking_back = any(
        a in ("latest", "previous", "prior", "past", "last", "recent") for a in adjectives
    )
    this_one = "current" in adjectives or (m["q_det"] or "").lower() == "this"
    base = int(explicit) if explicit else ctx.dct.year  # type: ignore[union-attr]
    if unit in ("year", "fiscal year"):
        if ordinal or (unit == "year" and not _WHOLE_YEAR_WORDS.intersection(adjectives)):
            return None
        value = str(base + shift - (1 if looking_back else 0))
    elif unit == "half":
        if ordinal not in (1, 2) and "last" not in adjectives:
            return None
        value = f"{base + shift}-H{ordinal or 2}"
    elif ordinal:
        if ordinal > 4:
            return None
        value = f"{base + shift}-Q{ordinal}"
    elif unit == "period" and not (has_adjective or explicit):
        return None
    elif explicit and not has_adjective and unit == "period":
        value = str(base)
    elif this_one and ctx.dct is not None:
        value = f"{base + shift}-Q{dv.quarter_of(ctx.dct)}"
    elif ctx.dct is not None:
        year, quarter = dv.last_quarter(ctx.dct)
        value = f"{(int(explicit) if explicit else year) + shift}-Q{quarter}"
    else:
        return None
    return _Found(_quarter_start(m), m.end(), DATE, value, anchored=not explicit)


_WHOLE_YEAR_WORDS = frozenset(
    {
        "current",
        "full",
        "fiscal",
        "latest",
        "previous",
        "prior",
        "past",
        "last",
        "same",
        "ago",
        "earlier",
        "comparable",
        "corresponding",
    }
)


def _quarter_start(m: re.Match[str]) -> int:
    """Where a quarter mention begins, as the corpora mark it.

    "the" belongs to "the third quarter", but not to the adjective "a
    third-quarter loss" nor to "its fourth quarter".
    """
    adjective = m["q_adj"] or ""
    if (m["q_det"] or "").lower() == "the" and not adjective.endswith("-"):
        return m.start()
    return next(m.start(g) for g in ("q_rel", "q_y0", "q_adj", "q_unit") if m[g] is not None)


def _ago(ctx: _Context, m: re.Match[str]) -> _Found | None:
    amount = _number(ctx, m["ag_n"])
    code = _unit_code(ctx, m["ag_unit"])
    direction = _word_key(m["ag_dir"])
    mod = ctx.mod(m["ag_mod"])
    start = m.start()
    if direction in ("earlier", "later") and code != "Y":
        return _Found(start, m.end("ag_unit"), DURATION, dv.duration_value(amount, code), mod=mod)
    if ctx.dct is None:
        return _Found(
            start, m.end(), DATE, "PAST_REF" if direction != "from now" else "FUTURE_REF", mod=mod
        )
    sign = 1 if direction in ("later", "from now") else -1
    if amount is None or code not in dv.UNIT_STEP:
        return _Found(
            start, m.end(), DATE, "FUTURE_REF" if sign > 0 else "PAST_REF", anchored=True, mod=mod
        )
    step = dv.UNIT_STEP[code] * int(amount) * sign
    when = ctx.dct + step
    if code in ("Y", "DE", "CE"):
        value = str(when.year)
        if code == "Y" and amount == 1 and ctx.mentions_quarter(m.start()):
            year, quarter = dv.last_quarter(ctx.dct)
            value = f"{year + sign}-Q{quarter}"
    elif code == "M":
        value = dv.month_value(when.year, when.month)
    elif code in ("W", "WE"):
        value = dv.week_value(when)
    elif code == "Q":
        value = f"{when.year}-Q{dv.quarter_of(when)}"
    else:
        value = dv.day_value(when)
    return _Found(start, m.end(), DATE, value, anchored=True, mod=mod)


_YEAR_ENDED = re.compile(r"(?<!\s)\s++end(?:ed|ing)\b")


def _the_year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    """A year-long period in "the year ended June 30"; the current year in "for the year"."""
    if _YEAR_ENDED.match(ctx.low, m.end()):
        return _Found(m.start(), m.end(), DURATION, "P1Y")
    if ctx.dct is not None and ctx.previous_word(m.start()) in ("for", "of"):
        return _Found(m.start(), m.end(), DATE, str(ctx.dct.year), anchored=True)
    return None


def _rel(ctx: _Context, m: re.Match[str]) -> _Found | None:  # noqa: PLR0915
    direction_word = "" if ctx.in_title(m.start()) else _word_key(m["rl_dir"])
    unit = m["rl_unit"]
    key = unit.lower()
    mod = ctx.mod(m["rl_mod"])
    maps = ctx.maps
    if direction_word == "the" and key == "year" and not m["rl_mod"]:
        return _the_year(ctx, m)
    bare_the = direction_word == "the" and not m["rl_mod"]
    if not direction_word or (
        bare_the
        and key not in maps["dates_seasons"]
        and key != "weekend"
        and key not in maps["dates_months"]
    ):
        return None
    named = key in maps["dates_months"] or key in maps["dates_weekdays"]
    if named and not ctx.capitalised(m, "rl_unit"):
        return None
    if direction_word in ("the past", "the last") and key in ("decade", "century"):
        return _Found(m.start(), m.end(), DURATION, "P10Y" if key == "decade" else "P100Y")
    if ctx.dct is None:
        return None
    direction = {
        "last": -1,
        "this past": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "next": 1,
        "this coming": 1,
        "the next": 1,
        "the following": 1,
        "the coming": 1,
    }.get(direction_word, 0)
    dct = ctx.dct
    start, end = m.start(), m.end()
    if direction_word in _ANAPHORIC and ctx.last_day is not None:
        # "On May 22, 1995, ... and the following year", "down 4.5% from the previous
        # Friday": a step from the date just told, not from now.
        last_day, step = _day_of(ctx.last_day), _ANAPHORIC[direction_word]
        if key in _UNIT_WORDS:
            return _following(last_day, key, start, end, mod, step=step)
        if key in maps["dates_weekdays"]:
            iso = int(maps["dates_weekdays"][key])
            day = dv.nearest_weekday(last_day + timedelta(days=step), iso, step)
            return _Found(start, end, DATE, dv.day_value(day), mod=mod, anchor=last_day)
    if direction_word == "that":
        # "in June 1998 and returned later that year": the year of the date just told.
        if ctx.last_day is None or key not in _UNIT_WORDS:
            return None
        return _following(_day_of(ctx.last_day), key, start, end, mod, step=0)
    if key == "year":
        value = str(dct.year + direction)
    elif key == "month":
        when = dct + relativedelta(months=direction)
        value = dv.month_value(when.year, when.month)
    elif key == "week":
        value = dv.week_value(dct + timedelta(weeks=direction))
    elif key == "weekend":
        value = dv.weekend_value(dct, direction or ctx.tense(start, end))
    elif key == "decade":
        value = str(dct.year // 10 + direction)
    elif key == "century":
        value = f"{dct.year // 100 + direction:02d}"
    elif key in maps["dates_seasons"]:
        code = maps["dates_seasons"][key]
        value = f"{_season_year(dct, code, direction_word, direction)}-{code}"
    elif key in maps["dates_weekdays"]:
        iso = int(maps["dates_weekdays"][key])
        if direction == 0:
            direction = ctx.tense(start, end) or _PAST
            value = dv.day_value(dv.nearest_weekday(dct, iso, direction))
        else:
            value = dv.day_value(
                dv.nearest_weekday(dct + timedelta(days=direction), iso, direction)
            )
    elif key in maps["dates_months"]:
        month = _month(ctx, unit)
        if direction < 0:
            year = dct.year if month < dct.month else dct.year - 1
        elif direction > 0:
            year = dct.year if month > dct.month else dct.year + 1
        elif direction_word == "the":
            # "the October slaying": a bare month used as a modifier; "the" is the noun's.
            start = m.start("rl_unit")
            year = dv.resolve_month(dct, month, ctx.tense(start, end))
        else:
            year = dct.year
        value = dv.month_value(year, month)
    else:
        if direction_word == "the":
            return None
        part = maps["dates_dayparts"][key]
        day = dct + timedelta(days=min(direction, 0))
        return _Found(start, end, TIME, f"{dv.day_value(day)}T{part}", anchored=True)
    return _Found(start, end, DATE, value, anchored=True, mod=mod)


_UNIT_WORDS = frozenset({"year", "month", "week"})
"""The units "the following/previous ..." and "that ..." count from the date just told."""
_ANAPHORIC = {"the following": 1, "the previous": -1}
"""Directions that step from the latest date told rather than from the publication date."""


def _following(
    last_day: date, key: str, start: int, end: int, mod: str | None, *, step: int = 1
) -> _Found:
    """``step`` units on from the latest date in the story ("the following year").

    With ``step=0`` it is the unit of that date itself ("that year").
    """
    if key == "year":
        value = str(last_day.year + step)
    elif key == "month":
        when = last_day + relativedelta(months=step)
        value = dv.month_value(when.year, when.month)
    else:
        value = dv.week_value(last_day + timedelta(weeks=step))
    return _Found(start, end, DATE, value, mod=mod, anchor=last_day)


def _monyear(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = m["my_mon"]
    if not ctx.capitalised(m, "my_mon"):
        return None
    month = _month(ctx, word)
    mod = ctx.mod(m["my_mod"])
    if m["my_y"]:
        return _Found(m.start(), m.end(), DATE, dv.month_value(int(m["my_y"]), month), mod=mod)
    if not m["my_mod"] and not m["my_rel"]:
        if ctx.previous_word(m.start()) not in ctx.maps["dates_month_cues"]:
            return None
        if word.lower() != ctx.grammar.month_names[month] or ctx.low.startswith(" of ", m.end()):
            return None
        if _NEXT_CAPITALISED.match(ctx.text, m.end()) and len(word) > 4:
            return None
    if ctx.dct is None:
        return _Found(m.start(), m.end(), DATE, f"XXXX-{month:02d}", mod=mod)
    if m["my_rel"]:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["my_rel"].lower()]
    else:
        year = dv.resolve_month(ctx.dct, month, ctx.tense(m.start(), m.end()))
    return _Found(m.start(), m.end(), DATE, dv.month_value(year, month), anchored=True, mod=mod)


def _decade(ctx: _Context, m: re.Match[str]) -> _Found | None:
    stem = m["dc_n"] or f"19{m['dc_s']}"
    value = stem if m["dc_the"] else stem + "X"
    return _Found(m.start(), m.end(), DATE, value, mod=ctx.mod(m["dc_mod"]))


def _century(ctx: _Context, m: re.Match[str]) -> _Found | None:
    number = int(m["ce_n"])
    if not 1 <= number <= 21:
        return None
    return _Found(m.start(), m.end(), DATE, f"{number - 1:02d}")


def _season(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = m["se"].lower()
    code = ctx.maps["dates_seasons"][word]
    lead = _word_key(m["se_dir"] or "")
    mod = ctx.mod(m["se_mod"] or (lead if lead in ("early", "late") else None))
    if m["se_y"]:
        return _Found(m.start(), m.end(), DATE, f"{m['se_y']}-{code}", mod=mod)
    if not lead or (lead == "the" and code in ("FA", "SP")):
        return None
    if ctx.text.startswith(" of", m.end()) or ctx.dct is None:
        return None
    year = _season_year(ctx.dct, code, lead, {"last": -1, "next": 1}.get(lead, 0))
    return _Found(m.start(), m.end(), DATE, f"{year}-{code}", anchored=True, mod=mod)


def _season_year(dct: date, code: str, lead: str, direction: int) -> int:
    """The year of a season ``direction`` seasons of its kind from ``dct``.

    "this past spring" is the one just gone, while "last spring" is a year
    back from the current one; both readings of the lead meet here.
    """
    if lead == "this past":
        return dv.past_season_year(dct, code)
    return dv.season_year(dct, code, direction)


def _hol(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if not ctx.capitalised(m, "ho"):
        return None
    rule = ctx.maps["dates_holidays"][_word_key(m["ho"])]
    if m["ho_y"]:
        day = dv.holiday_date(rule, int(m["ho_y"]))
        return _Found(m.start(), m.end(), DATE, day.isoformat()) if day else None
    if ctx.dct is None:
        return None
    lead = (m["ho_dir"] or "").lower()
    direction = {"last": -1, "next": 1}.get(lead, 0) or ctx.tense(m.start(), m.end())
    day = dv.holiday_date(rule, ctx.dct.year)
    if day is None:
        return None
    if direction < 0 and day > ctx.dct:
        day = dv.holiday_date(rule, ctx.dct.year - 1)
    elif direction > 0 and day < ctx.dct:
        day = dv.holiday_date(rule, ctx.dct.year + 1)
    return _Found(m.start(), m.end(), DATE, day.isoformat(), anchored=True) if day else None


def _dayrel(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if ctx.in_title(m.start()):
        return None
    value, part = _relday_value(ctx, m["dr"])
    lead = (m["dr_mod"] or "").lower().replace("-", "")
    if lead.startswith("mid"):
        part = "AF" if "afternoon" in lead else "MO"
    if m["dr_part"]:
        part = ctx.maps["dates_dayparts"][m["dr_part"].lower()]
    mod = ctx.mod(lead) if lead in ("early", "late") else None
    if part:
        return _Found(m.start(), m.end(), TIME, f"{value}T{part}", anchored=True, mod=mod)
    return _Found(m.start(), m.end(), DATE, value, anchored=True, mod=mod)


def _wd(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if not ctx.capitalised(m, "wd"):
        return None
    if m["wd_pl"]:  # "Tuesday nights": every Tuesday night
        iso, part = ctx.maps["dates_weekdays"][m["wd"].lower()], m["wd_part"].lower()
        value = f"XXXX-WXX-{iso}T{ctx.maps['dates_dayparts'][part]}"
        return _Found(m.start(), m.end(), SET, value)
    day = _weekday_date(ctx, m["wd"], m.start(), m.end())
    iso = ctx.maps["dates_weekdays"][m["wd"].lower()]
    value = dv.day_value(day) if day else f"XXXX-WXX-{iso}"
    if m["wd_part"] and ctx.previous_word(m.start()) not in ctx.maps["dates_day_prepositions"]:
        # AQUAINT types "Tuesday night" DATE (value ...TNI) nine times in ten, TimeBank
        # TIME; the dev data holds more of the former, so DATE. After a preposition
        # ("on Friday night", "until Tuesday morning") the phrase names the day.
        part = ctx.maps["dates_dayparts"][m["wd_part"].lower()]
        return _Found(m.start(), m.end(), DATE, f"{value}T{part}", anchored=True)
    return _Found(m.start(), m.end(), DATE, value, anchored=day is not None)


def _dur(ctx: _Context, m: re.Match[str]) -> _Found | None:
    count = _word_key(m["du_n"])
    if count in ("a", "an") and (m["du_det"] or m["du_dir"]):
        return None
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None
    if m["du_n"][0].isdigit() and ctx.text[m.start("du_unit")].isupper():
        return None  # "CBS's 60 Minutes", "48 Hours": a capitalised unit after digits is a title
    code = _unit_code(ctx, m["du_unit"])
    hyphenated = ctx.low[m.start("du_unit") - 1] == "-"
    if code == "Q" and (ctx.low.startswith(" of", m.end()) or hyphenated):
        return None  # "three-quarters of", "a quarter of the shares": a fraction
    value = dv.duration_value(_number(ctx, count), code)
    if count in ("a", "an") and _MONEY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return _Found(m.start(), m.end(), SET, value)
    mod = ctx.mod(m["du_mod"])
    start = m.start()
    if ctx.text[m.start("du_unit") - 1] == "-":
        start, mod = m.start("du_n"), None
    elif mod == "APPROX":
        start = (
            m.start("du_det")
            if m["du_det"]
            else m.start("du_dir")
            if m["du_dir"]
            else m.start("du_n")
        )
    # "the past three decades" runs up to the publication date: it is anchored there.
    return _Found(start, m.end(), DURATION, value, anchored=bool(m["du_dir"]), mod=mod)


def _bare(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if m["bu_bare"]:
        unit = m["bu_bare"].split()[-1]
        start = m.start("bu_bare")
        return _Found(start, m.end(), DURATION, dv.duration_value(None, _unit_code(ctx, unit)))
    phrase = _word_key(ctx.low[m.start("bu_dir") : m.end()])
    ref = ctx.maps["dates_refs"].get(phrase)
    if ref:
        return _Found(m.start("bu_dir"), m.end(), DATE, ref)
    unit = m["bu_unit"]
    if not unit.lower().endswith("s"):
        return None
    start = m.start("bu_dir") if m["bu_dir"].lower() in ("recent", "coming") else m.start()
    return _Found(start, m.end(), DURATION, dv.duration_value(None, _unit_code(ctx, unit)))


def _set(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if m["st_w"]:
        return _Found(m.start(), m.end(), SET, ctx.maps["dates_sets"][m["st_w"].lower()])
    unit = m["st_u"]
    key = unit.lower()
    maps = ctx.maps
    if key in maps["dates_weekdays"]:
        value = f"XXXX-WXX-{maps['dates_weekdays'][key]}"
    elif key in maps["dates_months"]:
        value = f"XXXX-{_month(ctx, unit):02d}"
    elif key in maps["dates_seasons"]:
        value = f"XXXX-{maps['dates_seasons'][key]}"
    else:
        count = m["st_n"]
        amount = 2.0 if count and count.lower() == "other" else _number(ctx, count or "a")
        value = dv.duration_value(amount, _unit_code(ctx, unit))
    return _Found(m.start(), m.end(), SET, value)


def _ref(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found(m.start(), m.end(), DATE, ctx.maps["dates_refs"][_word_key(m["rf"])])


def _yearago(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if ctx.dct is None:
        return None
    if ctx.mentions_quarter(m.start()):
        year, quarter = dv.last_quarter(ctx.dct)
        return _Found(m.start(), m.end(), DATE, f"{year - 1}-Q{quarter}", anchored=True)
    return _Found(m.start(), m.end(), DATE, str(ctx.dct.year - 1), anchored=True)


def _yearend(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if ctx.dct is None:
        return None
    return _Found(m.start(), m.end(), DATE, str(ctx.dct.year), anchored=True, mod="END")


def _spoken(ctx: _Context, m: re.Match[str]) -> _Found | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six"."""
    century = _number(ctx, m["sy_c"])
    rest = _number(ctx, m["sy_y"])
    if century is None or rest is None or not 11 <= century <= 20 or not 10 <= rest <= 99:
        return None
    if _unit_code(ctx, ctx.low[m.end() : m.end() + 12].strip(" -").split(" ")[0]) != "X":
        return None  # "nineteen twenty-year terms" counts, it does not date
    return _Found(m.start(), m.end(), DATE, str(int(century * 100 + rest)))


def _year(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found(m.start(), m.end(), DATE, m["yr"], mod=ctx.mod(m["yr_mod"]))


_HANDLERS: Mapping[str, _Handler] = {
    "time": _time,
    "iso": _iso,
    "slash": _slash,
    "md": _md,
    "dm": _dm,
    "quarter": _quarter,
    "ago": _ago,
    "rel": _rel,
    "monyear": _monyear,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "hol": _hol,
    "dayrel": _dayrel,
    "wd": _wd,
    "dur": _dur,
    "bare": _bare,
    "set": _set,
    "ref": _ref,
    "yearago": _yearago,
    "yearend": _yearend,
    "spoken": _spoken,
    "year": _year,
}


# ---------------------------------------------------------------- the finder


def _mention(ctx: _Context, found: _Found) -> DateMention:
    facts = dv.value_facts(found.value, found.type in (DURATION, SET))
    return trusted_date_mention(
        found.start,
        found.end,
        ctx.text[found.start : found.end],
        found.type,
        found.value,
        facts.range_start,
        facts.range_end,
        facts.duration,
        found.anchor or (ctx.dct if found.anchored else None),
        facts.granularity,
        found.mod,
        _NO_EXTRA,
    )


_NO_EXTRA = FrozenMap()
"""The empty (read-only) ``extra`` every built-in mention shares: one fewer copy a mention."""


def _head_positions(grammar: _Grammar, low: str) -> list[tuple[int, str]]:
    """Offsets of every head word and date-like number, in order, with the word.

    Both kinds are found with ``bytes`` methods on an ASCII copy of the text
    (one byte a character, so offsets agree), which run in C without the
    regex engine's test of every character.
    """
    raw = low.encode("ascii", "replace")  # "?" for each character outside ASCII
    heads = _digit_heads(grammar.digit_heads, low, raw)
    heads.extend(_word_heads(grammar.ascii_heads, grammar.wide_heads, low, raw))
    heads.sort()
    return heads


def _digit_heads(pattern: re.Pattern[str], low: str, raw: bytes) -> list[tuple[int, str]]:
    """Where ``pattern`` (the digit heads) matches, as ``finditer`` would find it.

    It can only match at a digit that starts a number, so it is tried only
    there: ``bytes.find`` skips to the next ASCII digit or character outside
    ASCII (which may be a digit of another script) in C, where a regex scan
    would ask of every character whether it is a digit.
    """
    marked = raw.translate(_DIGITS_AND_WIDE_TO_ZERO)
    heads = []
    floor = 0
    index = marked.find(b"0")
    while index >= 0:
        # The pattern's \d is str.isdecimal, and its look-behind refuses a digit after a
        # digit; "?" (63) in ``raw`` is a character outside ASCII, which only ``low`` tells.
        before = raw[index - 1] if index > 0 else 32
        if (
            index >= floor
            and not 48 <= before <= 57
            and (raw[index] != 63 or low[index].isdecimal())
            and not (before == 63 and low[index - 1].isdecimal())
        ):
            match = pattern.match(low, index)
            if match is not None:
                heads.append((index, "digits"))
                floor = match.end()
        index = marked.find(b"0", index + 1)
    return heads


def _word_heads(
    ascii_heads: frozenset[bytes],
    wide_heads: tuple[str, ...],
    low: str,
    raw: bytes,
    stretch: int = _WORDS_STRETCH,
) -> list[tuple[int, str]]:
    """Offsets of the head words in ``low``, with the word.

    A head word is found wherever no letter or digit stands next to it, but
    only if the text holds it somewhere as a word of its own, between spaces
    and :data:`_WORD_BREAKS` ("may" in "it may rain" makes "may-be" a place
    to try; "may•be" alone does not). The words are cut in C
    (:func:`_ascii_words`), then only the head words among them are located.
    """
    found = []
    for word in [*_ascii_words(ascii_heads, raw, stretch), *wide_heads]:
        size = len(word)
        places = []
        alone = False
        index = low.find(word)
        while index >= 0:
            after = index + size
            if (index == 0 or not low[index - 1].isalnum()) and (
                after >= len(low) or not low[after].isalnum()
            ):
                places.append(index)
                alone = alone or (_word_edge(low, index - 1) and _word_edge(low, after))
            index = low.find(word, after)
        if alone:
            found.extend([(place, word) for place in places])
    return found


def _word_edge(low: str, index: int) -> bool:
    """Whether ``low[index]`` ends a word: a space, a word break, or past either end."""
    return index < 0 or index >= len(low) or low[index].isspace() or low[index] in _WORD_BREAKS


def _ascii_words(heads: frozenset[bytes], raw: bytes, stretch: int) -> list[str]:
    """The words of ``heads`` that ``raw`` may hold as words of their own: never fewer.

    Every word break and every "?" (a character outside ASCII, which may be
    a space or a dash) becomes a space, so a word of the text is a word here
    too, but "may•be" also gives "may": the caller checks each place.
    Read a stretch of about :data:`_WORDS_STRETCH` characters at a time,
    cut at a space (which no word holds), so the list of words never holds a
    long article whole: on a 1 MB article it was the parse's peak memory,
    ten times the text.
    """
    spaced = raw.translate(_BREAKS_TO_SPACE)
    present: set[bytes] = set()
    start = 0
    while start < len(spaced):
        end = spaced.find(b" ", start + stretch)
        if end == -1:
            end = len(spaced)
        present.update(heads.intersection(spaced[start:end].split()))
        start = end
    return [word.decode() for word in present]


_NEVER_FIRST = frozenset({"of", "and"})
"""Lead words that only join others ("the end of", "two and a half"): no mention opens there."""


def _lead_starts(grammar: _Grammar, low: str, head: int, floor: int) -> list[int]:
    """Where a mention holding the word at ``head`` may begin, leftmost first.

    Walks back over at most six lead words ("the", "past", "three" before
    "decades"), never before ``floor`` (the end of the previous mention).
    """
    starts = [head]
    if head == floor or low[head - 1] not in " \t-,":
        return starts
    leads = grammar.leads
    start, previous = head, ""
    for steps in range(6):
        end = start
        while end > floor and low[end - 1] in " \t-,":
            end -= 1
        if end <= floor or end == start:
            break
        begin = (low.rfind(" ", floor, end) + 1) or floor
        word = low[begin:end]
        if "\n" in word:
            newline = word.rfind("\n")
            begin += newline + 1
            word = word[newline + 1 :]
        word = word.strip(".,'\"(")
        if not word or not (word in leads or word[0].isdigit()):
            break
        start = begin
        if word in _BARE_PREPOSITIONS:  # opens "for years" and "in the months" only
            if (steps == 0 or (steps == 1 and previous == "the")) and low.startswith(
                _BARE_UNITS, head
            ):
                starts.append(begin)
        elif word not in _NEVER_FIRST:
            starts.append(begin)
        previous = word
    starts.reverse()
    return starts


def find_dates(doc: Document) -> list[DateMention]:
    """Every temporal expression in the text, in order.

    Only places near a head word (a month, weekday, unit, number...) are
    tried, each with one anchored match of the combined expression from the
    leftmost lead word on; a reading a handler rejects ("may" the verb,
    "fall" the noun) gives way to the next start.
    """
    grammar = _grammar(doc.lexicon)
    ctx = _Context(doc, grammar)
    low = ctx.low
    mentions = []
    floor = 0
    for head, word in _head_positions(grammar, low):
        if head < floor:
            continue
        match_at = grammar.finder(word).match
        for start in _lead_starts(grammar, low, head, floor):
            match = match_at(low, start)
            if match is None or match.end() <= head:
                continue
            mention = _read_match(ctx, match)
            if mention is None:
                continue
            mention = _day_next_to(ctx, mention, floor) or mention
            mentions.append(mention)
            floor = match.end()
            if match.lastgroup == "b_md":
                second = _second_day(ctx, mention)
                if second is not None:
                    mentions.append(second)
                    floor = second.end
            if mention.range_start is not None:
                ctx.last_day = mention.range_start
            break
    return mentions


_DAY_NEXT_TO = re.compile(
    r"(?<![\w-])(?:(?:the\s++)?day\s++(before|after)|the\s++week\s++(of))\s++$"
)
"""A "the day before ", "day after " or "the week of " just before a date."""
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _day_next_to(ctx: _Context, mention: DateMention, floor: int) -> DateMention | None:
    """The day next to a date, or its week, for the words just before it.

    "the day before last Tuesday's hearing" and "the day after March 3" are a
    day off the date; "the week of March 6" is the date's week.

    Only a calendar day takes this reading, and only the 24 characters before
    the mention (not reaching back into the one before it) are read.
    """
    if not _ISO_DAY.fullmatch(mention.value):
        return None
    match = _DAY_NEXT_TO.search(ctx.low, max(floor, mention.start - 24), mention.start)
    if match is None:
        return None
    day = date.fromisoformat(mention.value)
    if match[2]:
        value = dv.week_value(day)
    else:
        value = (day + timedelta(days=1 if match[1] == "after" else -1)).isoformat()
    found = _Found(match.start(), mention.end, DATE, value, anchor=day)
    return _mention(ctx, found)


_SECOND_DAY = re.compile(r"(?<![ \t])[ \t]++(?:and|or)[ \t]++(\d{1,2})(?!\w)(?=\s*+(?:[^\w\s]|$))")
"""A second day number after a month and day ("April 24 and 25."), ending its clause."""


def _second_day(ctx: _Context, first: DateMention) -> DateMention | None:
    """The mention of the day in "April 24 and 25" after the one of "April 24".

    The day shares the month and year the first one was resolved to, and must
    come after it; "April 24 and 25 people" never gets here (the number has to
    end the clause).
    """
    match = _SECOND_DAY.match(ctx.low, first.end)
    parts = first.value.split("-")
    if match is None or len(parts) != 3 or not parts[2].isdigit():
        return None
    number = int(match[1])
    if number <= int(parts[2]):
        return None
    try:  # any year for an undated "XXXX": 2000 is a leap year, so Feb. 29 stands
        date(int(parts[0]) if parts[0].isdigit() else 2000, int(parts[1]), number)
    except ValueError:
        return None
    value = f"{parts[0]}-{parts[1]}-{number:02d}"
    found = _Found(match.start(1), match.end(1), DATE, value, anchored=first.anchor is not None)
    return _mention(ctx, found)


def _day_of(moment: date) -> date:
    """The calendar day of a range bound (times of day have ``datetime`` bounds)."""
    return moment.date() if isinstance(moment, datetime) else moment


def _read_match(ctx: _Context, match: re.Match[str]) -> DateMention | None:
    """The mention a handler makes of a match, or None where it rejects the reading.

    Resolving against a publication date at the edge of the calendar (year 1,
    year 9999) can step outside what ``datetime`` represents; such a reading
    has no value to give, so it is rejected like any other, never raised.
    """
    try:
        found = _HANDLERS[(match.lastgroup or "")[2:]](ctx, match)
        if found is None or found.end <= found.start:
            return None
        return _mention(ctx, found)
    except OverflowError:
        return None
    except ValueError as error:
        if "out of range" in str(error):
            return None
        raise
