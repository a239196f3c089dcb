"""Finding place names in the text and deciding which ones really are places.

The text is read once as a stream of words. Capitalised words standing one
space apart, with lower-case connectors between them ("Strait of Hormuz",
"Bosnia and Herzegovina"), make a run; inside a run the longest names the
gazetteer knows are taken left to right. A place glued to a capitalised word
the gazetteer does not know is part of a bigger name ("Tehran Times",
"Paris Hilton") and is dropped, unless that word is a sentence opener, a
title or a role ("In Tehran", "Tehran Mayor"). Hyphenated words are read
part by part ("Iran-Azerbaijan relations", "Tehran-based").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

import attrs
from copydesk import Article, Dateline, Span, SpeakerKind
from copydesk.lexicon import builtin_list_names, read_builtin_list

from copydesk_places.gazetteer import (
    BIG_CITY,
    Gazetteer,
    Place,
    PlaceKind,
    lookup_key,
    read_data_lines,
)

__all__ = ["PlaceMention", "dateline_place", "find_places", "first_names", "transparent_words"]

# Only the words a run can hold are read: capitalised words (Latin capitals; the
# extended range is checked with str.isupper) and the connectors, built from data.
_CAPITALISED = r"(?<![^\W\d_])[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
_INITIALS = r"(?:[A-Z]\.){2,}"
_POSSESSIVE = ("'s", "\u2019s")
_CORE_TRANSPARENT_LISTS = ("not_names", "roles", "titles", "honorifics")
_CORE_FIRST_NAME_LISTS = ("first_names_male", "first_names_female")
_SURNAME_RUN_WORDS = range(2, 5)
SMALL_TOWN = 100_000
"""A one-word town smaller than this needs a place slot ("in Selma") to be taken."""
_WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+$")
_COMMA_THEN_WORD = re.compile(r", ([A-Z][\w.]*)")
_LOOKBACK = 30
HOME_MIN_MENTIONS = 2
HOME_MIN_SHARE = 0.5
NAMESAKE_SHARE = 0.1
"""A home-country namesake is taken when it has at least this share of the other's people."""


@attrs.frozen
class PlaceMention:
    """One stretch of text resolved to a place."""

    span: Span
    place: Place


@attrs.frozen
class _Word:
    start: int
    end: int
    text: str
    capitalised: bool


def _core_words(lists: Sequence[str]) -> frozenset[str]:
    """Entries of copydesk's own word lists (those it ships), case-folded."""
    shipped = set(builtin_list_names())
    words: set[str] = set()
    for name in lists:
        if name in shipped:
            words.update(entry.split("=", 1)[0].casefold() for entry in read_builtin_list(name))
    return frozenset(words)


@cache
def transparent_words() -> frozenset[str]:
    """Capitalised words that may stand next to a place without making it a bigger name.

    copydesk's own lists of sentence openers, roles and titles, read once.
    """
    return _core_words(_CORE_TRANSPARENT_LISTS)


@cache
def first_names() -> frozenset[str]:
    """Common first names (copydesk's lists): "George" alone is a man, not George, South Africa."""
    return _core_words(_CORE_FIRST_NAME_LISTS)


@cache
def _connectors() -> frozenset[str]:
    return frozenset(read_data_lines("connectors.txt"))


@cache
def _locative_cues() -> frozenset[str]:
    return frozenset(read_data_lines("locative_cues.txt"))


@cache
def _source_cues() -> tuple[str, ...]:
    """The "according to" phrases copydesk ships: what follows them is a source, not a place."""
    return tuple(_core_words(("according_to",)))


def _in_place_slot(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the words around say it is a place: "in Selma", "Ashton, Md.".

    "according to Gallup" names a source, though "to" is a place word, and
    "Obama, Biden" is two people: only a state or country (or its
    abbreviation, "Md.") after the comma makes a place.
    """
    window = text[max(0, span.start - _LOOKBACK) : span.start]
    before = _WORD_BEFORE.search(window)
    if before is not None and before.group(1).casefold() in _locative_cues():
        return not window.rstrip().casefold().endswith(_source_cues())
    after = _COMMA_THEN_WORD.match(text, span.end)
    if after is None:
        return False
    word = after.group(1)
    if word.endswith("."):
        return True
    place = gazetteer.find(word)
    return place is not None and place.kind in {PlaceKind.US_STATE, PlaceKind.COUNTRY}


@cache
def _run_words() -> re.Pattern[str]:
    """Capitalised words, initials and connectors: the only words a run can hold."""
    connectors = "|".join(sorted(map(re.escape, _connectors()), key=len, reverse=True))
    return re.compile(rf"{_INITIALS}|{_CAPITALISED}|(?<!\w)(?:{connectors})(?!\w)")


def _words(text: str) -> Iterator[_Word]:
    for match in _run_words().finditer(text):
        start, end = match.span()
        word = match.group()
        if word.endswith(_POSSESSIVE) and len(word) > len("'s"):
            end -= len("'s")
        yield _Word(start, end, text[start:end], word[0].isupper())


def _joined(text: str, previous: _Word, word: _Word) -> bool:
    """One space apart, or an initial's stop and a space between ("Charles B. Rangel")."""
    gap = text[previous.end : word.start]
    return gap == " " or (gap == ". " and len(previous.text) == 1 and previous.capitalised)


def _runs(text: str) -> Iterator[list[_Word]]:
    """Capitalised words one space apart, connectors allowed between them."""
    connectors = _connectors()
    run: list[_Word] = []
    for word in _words(text):
        joined = bool(run) and _joined(text, run[-1], word)
        if word.capitalised:
            if not joined:
                yield from _closed(run)
                run = []
            run.append(word)
        elif joined and word.text in connectors:
            run.append(word)
        else:
            yield from _closed(run)
            run = []
    yield from _closed(run)


def _closed(run: list[_Word]) -> Iterator[list[_Word]]:
    """The run without trailing connectors, if anything is left."""
    while run and not run[-1].capitalised:
        run = run[:-1]
    if run:
        yield run


def _hyphen_parts(text: str, word: _Word, gazetteer: Gazetteer) -> list[PlaceMention] | None:
    """Read "Iran-Azerbaijan" as two places; ``None`` unless every capitalised part is one."""
    if "-" not in word.text:
        return None
    found: list[PlaceMention] = []
    offset = word.start
    for part in word.text.split("-"):
        if part[:1].isupper():
            place = gazetteer.find(part)
            if place is None:
                return None
            found.append(PlaceMention(Span.of(text, offset, offset + len(part)), place))
        offset += len(part) + 1
    return found or None


def _longest_at(
    text: str, run: Sequence[_Word], index: int, gazetteer: Gazetteer
) -> tuple[int, Place] | None:
    """The longest place name starting at ``run[index]``: (words taken, place)."""
    for size in range(min(gazetteer.max_words, len(run) - index), 0, -1):
        last = run[index + size - 1]
        if not last.capitalised:
            continue
        place = gazetteer.find(text[run[index].start : last.end])
        if place is not None:
            return size, place
    return None


def _stands_alone(run: Sequence[_Word], first: int, end: int) -> bool:
    """No other capitalised word is glued to the name on either side.

    Two towns side by side are a person too: "Merrick Garland", "Bryan Anderson".
    """
    transparent = transparent_words()
    for neighbour in (first - 1, end):
        if 0 <= neighbour < len(run):
            word = run[neighbour]
            if word.capitalised and word.text.casefold() not in transparent:
                return False
    return True


def _places_in_run(text: str, run: Sequence[_Word], gazetteer: Gazetteer) -> Iterator[PlaceMention]:
    matches: list[tuple[int, int, list[PlaceMention]]] = []
    index = 0
    while index < len(run):
        word = run[index]
        found = _longest_at(text, run, index, gazetteer) if word.capitalised else None
        if found is not None:
            size, place = found
            span = Span.of(text, word.start, run[index + size - 1].end)
            matches.append((index, index + size, [PlaceMention(span, place)]))
            index += size
            continue
        parts = _hyphen_parts(text, word, gazetteer) if word.capitalised else None
        if parts is not None:
            matches.append((index, index + 1, parts))
        index += 1
    for first, end, mentions in matches:
        if _stands_alone(run, first, end):
            yield from mentions


def _person_words(article: Article) -> tuple[list[Span], frozenset[str]]:
    """Where people are named, and the words of their names, to keep places out of them."""
    spans: list[Span] = []
    words: set[str] = set()
    for speaker in article.speakers:
        if speaker.kind is not SpeakerKind.PERSON:
            continue
        spans.extend(speaker.mentions)
        for name in (speaker.name, *speaker.aliases):
            words.update(lookup_key(word) for word in name.split())
    return spans, frozenset(words)


def _in_mention(span: Span, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether ``span`` lies in one of ``spans`` (sorted by start, not nested)."""
    index = bisect_right(starts, span.start) - 1
    return index >= 0 and spans[index].contains(span)


def _names_a_person(
    mention: PlaceMention, people: tuple[list[Span], list[int], frozenset[str]]
) -> bool:
    """Whether the words are (part of) a quoted person's name rather than a place.

    A place inside a person's mention counts only when it is one of that
    person's name words: "Jordan" in "Jordan said" for Jordan Henderson, but
    not "Iran" in "the Foreign Minister of Iran". A city that shares a word
    with a person's name is taken for the person everywhere.
    """
    spans, starts, words = people
    if lookup_key(mention.span.text) not in words:
        return False
    return mention.place.kind is PlaceKind.CITY or _in_mention(mention.span, spans, starts)


def _surnames(text: str, runs: Sequence[Sequence[_Word]], gazetteer: Gazetteer) -> frozenset[str]:
    """Words after the first of short name-like runs ("Marco Rubio"): a later "Rubio" is the man.

    Sentence openers and titles before the name are skipped ("President Ilham Aliyev").
    """
    transparent = transparent_words()
    surnames: set[str] = set()
    for run in runs:
        start = 0
        while start < len(run) and run[start].text.casefold() in transparent:
            start += 1
        name = run[start:]
        if len(name) not in _SURNAME_RUN_WORDS or not all(word.capitalised for word in name):
            continue
        if gazetteer.find(text[name[0].start : name[-1].end]) is None:
            surnames.update(lookup_key(word.text) for word in name[1:])
    return frozenset(surnames)


def _likely_not_the_town(
    text: str, mention: PlaceMention, surnames: frozenset[str], gazetteer: Gazetteer
) -> bool:
    """A one-word town that is more likely a surname, a first name or a shouted word.

    Only smaller towns are doubted: "Rubio" after "Marco Rubio", "George",
    "FAIRVIEW" in an all-capital headline, and any town under
    :data:`SMALL_TOWN` people outside a place slot ("supporting Bush").
    Countries, regions, states, big cities and names of several words are
    always taken.
    """
    place, name = mention.place, mention.span.text
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= BIG_CITY or " " in name:
        return False
    key = lookup_key(name)
    if key in surnames or key in first_names() or (name.isupper() and len(name) > 1):
        return True
    return (place.population or 0) < SMALL_TOWN and not _in_place_slot(
        text, mention.span, gazetteer
    )


def _dateline_location(text: str, dateline: Dateline) -> Span | None:
    """Where the location stands inside the dateline ("TEHRAN" in "TEHRAN –")."""
    name = dateline.location.split(",", 1)[0].strip()
    if not name:
        return None
    offset = text.find(name, dateline.span.start, dateline.span.end)
    if offset < 0:
        return None
    return Span.of(text, offset, offset + len(name))


def dateline_place(article: Article, gazetteer: Gazetteer) -> PlaceMention | None:
    """The place a story is filed from, when the gazetteer knows it."""
    if article.dateline is None:
        return None
    span = _dateline_location(article.text, article.dateline)
    if span is None:
        return None
    place = gazetteer.find(span.text)
    return None if place is None else PlaceMention(span, place)


def _home_country(mentions: Sequence[PlaceMention]) -> str | None:
    """The country most of the story's places lie in, if one clearly leads."""
    codes = Counter(
        mention.place.country_codes[0]
        for mention in mentions
        if len(mention.place.country_codes) == 1
    )
    if not codes:
        return None
    code, count = codes.most_common(1)[0]
    if count < HOME_MIN_MENTIONS or count < HOME_MIN_SHARE * codes.total():
        return None
    return code


def _at_home(mention: PlaceMention, home: str | None, gazetteer: Gazetteer) -> PlaceMention:
    """The namesake in the story's home country, when it is a fair reading.

    In a story set in the United States "Georgia" is the state and
    "Birmingham" the Alabama city; "London" stays in England, since London,
    Ontario is not a tenth of its size.
    """
    place = mention.place
    if home is None or place.country_codes == (home,):
        return mention
    namesake = gazetteer.namesake_in(mention.span.text, home)
    if namesake is None:
        return mention
    state_for_country = place.kind is PlaceKind.COUNTRY and namesake.kind is PlaceKind.US_STATE
    comparable_city = (
        place.kind is PlaceKind.CITY
        and namesake.kind is PlaceKind.CITY
        and (namesake.population or 0) >= NAMESAKE_SHARE * (place.population or 0)
    )
    if state_for_country or comparable_city:
        return PlaceMention(mention.span, namesake)
    return mention


def find_places(article: Article, gazetteer: Gazetteer) -> Iterator[PlaceMention]:
    """Every place named in the text, outside the dateline and people's names."""
    text = article.text
    person_spans, person_words = _person_words(article)
    person_spans.sort()
    people = (person_spans, [span.start for span in person_spans], person_words)
    dateline = article.dateline.span if article.dateline is not None else None
    runs = list(_runs(text))
    surnames = _surnames(text, runs, gazetteer)
    found = [
        mention
        for run in runs
        for mention in _places_in_run(text, run, gazetteer)
        if (dateline is None or not dateline.overlaps(mention.span))
        and not _names_a_person(mention, people)
        and not _likely_not_the_town(text, mention, surnames, gazetteer)
    ]
    filed_from = dateline_place(article, gazetteer)
    home = _home_country([*found, *([filed_from] if filed_from else [])])
    for mention in found:
        yield _at_home(mention, home, gazetteer)
