"""Quotes stage: direct, indirect and mixed attributions with their cues.

One pass over the story, sentence by sentence (sentences that a quotation
runs through are joined into one unit, see :mod:`quote_marks`, so a "she
said" or a full stop inside a quote never cuts it). The conventions follow
PolNeAR: content spans include "that" and the quotation marks, stop before
the final full stop, and ``"…," X said. "…"`` is one attribution whose
content runs from the first mark to the last.

* A full quotation (one that opens its sentence, or follows a colon, a comma
  or a cue) takes its speaker from the words right after it
  (``"…," X said`` / ``"…," said X, TITLE`` / ``” — X`` / ``"…?" X asked.``
  as a sentence of its own), right before it (``X said: "…"``), or from a
  paragraph ending in a colon. A full quotation with none of those continues
  the attribution just before it when that one is near and the gap is small.
* A cue verb with a subject noun phrase before it (appositions, auxiliaries
  and time words skipped: "Baqaai, spokesperson for …, said on Sunday")
  reports speech, belief or stance: its content runs from the cue ("that"
  included, hearer and adjuncts skipped) to the end of the sentence, or to
  where a participle clause or a new subject starts; when the subject closes
  the sentence (``…, X said.`` / ``…, said X.`` / ``…, she said, …``) the
  content stands before it. Cue words that are as often nouns ("plans",
  "calls") need a clear subject; a cue after "is" is passive and its
  speaker is the "by" agent or nobody.
* ``according to X``, participles after a comma (``…, noting that …``, whose
  speaker is the clause's), ``X's claim that …`` and transcript turns
  (``TAPPER: …``) complete the set.
* Last, with the names stage's mentions: "about" after a name or pronoun in
  its sentence opens a loose topic whatever the verb ("X has been uneasy
  about the new rules"), where nothing else found content.

Content that holds a quotation is MIXED. Every word list is a lexicon list.
Only the few words around each cue are read, so the stage is linear in the
article's length.
"""

from __future__ import annotations

import dataclasses
import re

from copydesk.document import CoveredText, Document, MentionKind
from copydesk.lexicon import Lexicon
from copydesk.model import Quote, QuoteKind, Span
from copydesk.stages.quote_cues import (
    Token,
    TokenView,
    Vocabulary,
    span_of,
    tokens_between,
    vocabulary,
)
from copydesk.stages.quote_marks import (
    Quotation,
    Unit,
    blocks,
    find_quotations,
    join_units,
    prev_nonspace,
)
from copydesk.stages.trusted import trusted_quote

__all__ = ["find_quotes"]

_DASHES = "-—–―"
_INLINE_BLANKS = " \t\u00a0\u2009\u202f"
"""Blanks within a line: spaces, tabs and the no-break and thin spaces web copy keeps."""
# Joined once here, not per character read (compiled, a str + str is a new string).
_AFTER_QUOTE = _INLINE_BLANKS + "\n.,;!?"
_BLANKS_AND_COMMA = _INLINE_BLANKS + ","
_DASHES_AND_BLANKS = _DASHES + _INLINE_BLANKS
_FIRST_WORDS = re.compile(r"(\w+)(?:[ \t]+(\w+))?")
_SPEAKER_TURN = re.compile(
    r"(?<![\w.’'-])([A-Z][\w.’'-]*+(?: [A-Z][\w.’'-]*+){0,3}+):[ \t]++(?=\S)"
)
_TRAILING = " \t\r\n.,;:"
_SOURCE_TAIL_WORDS = 16
_TAIL_WORDS = 8
_MAX_TAIL_CHARS = 200
"""How far unquoted words after a quotation may run to an inverted ``said NAME``."""
_LATER_CUES = 12
_MAX_CONTENT = 2000
_COMMA_REACH = 400
_TRAILING_MIN_WORDS = 3
_ORPHAN_REACH = 2
_ORPHAN_MIN_WORDS = 4
_TURN_MIN_WORDS = 4
_NOUN_SUBJECT_INDEX = (
    3  # tokens from a quotation to a homograph heading its speaker ("the new note")
)
_NAME_TOKENS = 5
_VERB_BEFORE_TOKENS = 3  # a verb and two particles or adverbs: "shot back", "said again"
_SIGNATURE_MAX = 80  # characters of a paragraph that signs the quote before it ("- Sanders.")
_OBJECT_GAP_TOKENS = 12
_SUBJECT_SCAN_TOKENS = 20  # tokens after a quotation read for "X said"
_SUBJECT_REACH = 100  # characters after a quotation read for "X said"
_APPOSITION_REACH = 260  # characters after a quotation read for a long apposition
_APPOSITION_TOKENS = 50
_TURN_MARKS = '"“'
"""Marks that open each paragraph of a transcript quoted turn by turn."""
_CONTINUATION_DENSITY = 0.35
_PARTICIPLE_LEADS = frozenset({",", "-", "—", "–", "and", "while"})
_FULL_QUOTE_WORDS = 8
_HEADLINE_SPEAKER_WORDS = 5
_HEADLINE_HEARER_WORDS = 3
_HEADLINE_VERB_WORDS = 4  # words of the longest phrasal headline verb ("takes aim at")
_OUTLET_WORDS = 3  # words of an outlet's name before a cue word that ends it ("the new york post")
_HEADLINE_SECOND_VERB = re.compile(r"(?:,| And) ([A-Z][a-z]+)\b")
_ITEM_NUMBER = re.compile(r"\d{1,2}(?:[ \t]*\n|\.[ \t]+)(?=[A-Z“\"‘'])")
_SUBHEAD_MAX = 160  # characters of a numbered subhead line
_SMALL_WORD = 3  # lower-case words of up to this length may stand in a title ("of", "the")
_GERUND_REACH = 8  # tokens from a gerund to its clause's auxiliary
_TOPIC_END = re.compile(r"[.!?;\n]|,\s|[—–]|\s--\s|\s\(")
"""Where a loose topic's content stops: the end of its clause."""
_TOPIC_REACH = 30  # characters back from "about" to the word before it
_TOPIC_MIN_CHARS = 3
_TOPIC_CONFIDENCE = 0.4
_DATE_SHARE = 0.6
"""Content whose letters and digits are this much a date is no content ("said Tuesday")."""
_NOUN_LOOKBACK = 40  # characters back to the word before a cue homograph
_NOUN_RELATIVE_WORDS = 4  # words back to a relative pronoun before it
_WORD_REACH = 40
_WORD_SPAN = re.compile(r"[\w’'.-]+")
_APPOSITION_MARKS = frozenset({",", "-", "—", "–", "("})
_APPOSITION_OPENERS = frozenset({",", "-", "—", "–", "--"})
_APPOSITION_OPENER_CHARS = ",-—–"  # the first characters of _APPOSITION_OPENERS
_INFINITIVE_MARKERS = frozenset({"to"})
_OBJECT_ADJUNCT_REACH = 4
_NAME_OBJECT_WORDS = 3  # capitalised words of a name object ("Mr. John Smith" is 3 tokens)
_REASON_REACH = 12  # tokens after a name object's adjunct that may open its reason
_POLL_LEAD_REACH = 120
_POLL_MIN_WORDS = 3
_WORD = re.compile(r"\w+")
_BUT = ", but "
_AND = ", and "
_POSTMODIFIER_WORDS = 8
_SPEAKER_TAIL_PHRASES = 3
_HEADLINE = -2
_INTRO_GAP_WORDS = 10
_ANTECEDENT_WORDS = 5
_GAP_STOPS = frozenset({".", ";", ":", ")", "—", "–"})
_ASIDE_REACH = 4
_NARRATIVE_WORDS = 3
_QUESTION_GAP_WORDS = 3
_QUESTION_END = re.compile(r"[,;:—–(]| -+ ")
"""How many attributions back a resumed quote looks for the direct quote before its asides."""
"""The paragraph number of a headline attribution: never next to a story paragraph."""


def _adverb(word: str) -> bool:
    """Whether a token is a lower-case -ly adverb ("openly", "repeatedly")."""
    return len(word) > _SMALL_WORD and word.endswith("ly") and word.isalpha() and word.islower()


def _comma_follows(tokens: list[Token], index: int) -> bool:
    """Whether the token after ``tokens[index]`` is a comma."""
    return index + 1 < len(tokens) and tokens[index + 1].text == ","


def _outside(quotations: list[Quotation], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``[start, end)`` that lie outside the given quotations."""
    stretches = []
    for quotation in quotations:
        if quotation.start > start:
            stretches.append((start, min(quotation.start, end)))
        start = max(start, quotation.end)
    if start < end:
        stretches.append((start, end))
    return stretches


@dataclasses.dataclass(init=False)  # not frozen, and __init__ written out: compiled
class _Found:
    """An attribution being built: content bounds, cue, mention and its paragraph.

    A dataclass with its ``__init__`` written out (mypyc compiles it; an attrs
    or a generated one stays interpreted). Never changed once made: a change
    is a new one (:func:`dataclasses.replace`).
    """

    kind: QuoteKind
    start: int
    end: int
    cue: Span | None
    mention: Span | None
    paragraph: int
    confidence: float

    def __init__(  # noqa: PLR0917 - the positional order attrs gave it
        self,
        kind: QuoteKind,
        start: int,
        end: int,
        cue: Span | None,
        mention: Span | None,
        paragraph: int,
        confidence: float,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.cue = cue
        self.mention = mention
        self.paragraph = paragraph
        self.confidence = confidence


def _word_before(text: str, start: int, end: int) -> str | None:
    r"""The last word of ``text[start:end]`` (its letters, digits, "_" and apostrophes), if any.

    What ``re.search(r"([\w’']+)[^\w’']*$")`` over the window reads as its
    group, read back from ``end`` rather than by a regex that tries every
    position of the window.
    """
    stop = end
    while stop > start and not _word_char(text[stop - 1]):
        stop -= 1
    first = stop
    while first > start and _word_char(text[first - 1]):
        first -= 1
    return text[first:stop] if first < stop else None


def _word_char(char: str) -> bool:
    """Whether a character is a letter, a digit, "_" or an apostrophe (the regex's word)."""
    return char.isalnum() or char in "_’'"


def _coordination_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The cue words :meth:`_ArticleScan.coordinated_belief` reads on: belief or frame verbs.

    ``belief_verbs`` and the ``quote_frame_verbs`` that are no cue, in one
    set, so most cues are ruled out by one look-up, not two lexicon reads.
    """
    cues = vocabulary(lexicon).cue_words
    frames = frozenset(word for word in lexicon["quote_frame_verbs"] if word not in cues)
    return lexicon["belief_verbs"] | frames


def _compound_heads(lexicon: Lexicon) -> frozenset[str]:
    """The cue words that open an entry of ``quote_compound_nouns`` ("think")."""
    return frozenset(entry.split(" ", 1)[0] for entry in lexicon["quote_compound_nouns"])


def bisect_left(values: list[int], x: int) -> int:
    """:func:`bisect.bisect_left` on a list of offsets, compiled with the stage.

    The scan looks offsets up thousands of times an article; compiled, this
    loop compares native integers, where calling :mod:`bisect` is a generic
    call that compares boxed ones (about four times the instructions).
    """
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < x:
            low = middle + 1
        else:
            high = middle
    return low


def _verb_of(cue_word: str) -> str:
    """The verb of a cue that may carry its particle ("calling for" -> "calling")."""
    return cue_word.split(" ", 1)[0]


def _topic_occurrences(text: str, words: list[str]) -> list[tuple[int, int]]:
    r"""Where each topic word stands as a whole word in ``text``, in text order.

    str.find, not a regex: a C substring search, with the word boundaries
    checked by hand as ``\b`` reads them. In text order, so that where two
    topic words' contents would overlap the earlier one takes the text.
    """
    found: list[tuple[int, int]] = []
    for word in words:
        ends_word = word[-1].isalnum() or word[-1] == "_"
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            following = text[end : end + 1]
            boundary = ends_word != (following.isalnum() or following == "_")
            if boundary and not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
                found.append((start, end))
            start = text.find(word, end if boundary else start + 1)
    found.sort()
    return found


class UnitState:
    """How far reported content reaches in a unit, and who spoke last in it."""

    def __init__(self, covered: int, last_mention: Span | None) -> None:
        self.covered = covered
        self.last_mention = last_mention
        self.silent_until = 0
        """Cues before this offset sit in an apposition and attribute nothing."""

    def cover(self, end: int) -> None:
        """Content now reaches ``end`` (never moves back)."""
        self.covered = max(self.covered, end)


def _paragraph_bounds(doc: Document) -> list[tuple[int, int]]:
    """Paragraphs of the story (after the header), or the whole text as one."""
    body = doc.body_start
    bounds = [(max(p.start, body), p.end) for p in doc.segments.paragraphs if p.end > body]
    if not bounds and doc.text[body:].strip():
        bounds = [(body, len(doc.text))]
    return bounds


def _sentence_bounds(doc: Document, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of the story, or its paragraphs when no sentences were split."""
    body = doc.body_start
    sentences = [(max(s.start, body), s.end) for s in doc.segments.sentences if s.end > body]
    return sentences or paragraphs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds without surrounding blanks and trailing sentence punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


class _ArticleScan:
    """The state of one pass over one article: what was found, in order."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.lexicon = doc.lexicon
        self.vocab: Vocabulary = vocabulary(doc.lexicon)
        self.paragraphs = blocks(self.text, _paragraph_bounds(doc))
        self.quotations = find_quotations(self.text, self.paragraphs)
        self.quote_starts = [q.start for q in self.quotations]
        self.units = join_units(
            _sentence_bounds(doc, self.paragraphs), self.paragraphs, self.quotations
        )
        self.unit_starts = [unit.start for unit in self.units]
        body = doc.body_start
        text = self.text
        self.cues = self.vocab.find_cues(text, body)
        self.cue_starts = [cue[0] for cue in self.cues]
        self.view = TokenView(self.text)
        self.used_cues: set[int] = set()
        self.boundaries: dict[int, int | None] = {}
        self.boundary_subject: tuple[int, int, Span | None] | None = None
        self.coordination_verbs = doc.lexicon.derived(_coordination_verbs)
        self.speaker_turn_end = 0
        self.found: list[_Found] = []
        self.put_questions: set[int] = set()  # content starts of sentence-opening questions
        self.headline = doc.header.headline
        self.names = doc.names
        self.subjects: list[Span] = []
        self.subject_starts: list[int] = []
        self.compound_heads = doc.lexicon.derived(_compound_heads)
        self.date_bounds = sorted([(d.start, d.end) for d in doc.dates])
        self.date_starts = [bounds[0] for bounds in self.date_bounds]

    # ------------------------------------------------------------ lookups

    def quotations_in(self, start: int, end: int) -> list[Quotation]:
        """Quotations that start inside ``[start, end)``."""
        first = bisect_left(self.quote_starts, start)
        last = bisect_left(self.quote_starts, end)
        return self.quotations[first:last]

    def cues_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Cue matches inside ``[start, end)`` as (start, end, word)."""
        first = bisect_left(self.cue_starts, start)
        last = bisect_left(self.cue_starts, end)
        return self.cues[first:last]

    def inside_quotation(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        index = bisect_left(self.quote_starts, pos + 1) - 1
        return index >= 0 and pos < self.quotations[index].end

    def span(self, start: int, end: int) -> Span:
        """The span of the text between two offsets."""
        return span_of(self.text, start, end)

    # ------------------------------------------------------------ the pass

    def run(self) -> list[Quote]:
        """Scan every unit in order and return the attributions found."""
        if self.headline is not None:
            self.headline_attribution(self.headline)
        self.numbered_subheads()
        for unit in self.units:
            self.scan_unit(unit)
        self.loose_topics()
        return [
            trusted_quote(f.kind, self.span(f.start, f.end), f.cue, f.mention, None, f.confidence)
            for f in self.without_nested_indirect(
                self.without_quotes_in_mixed(
                    self.without_inner_fragments(sorted(self.found, key=lambda f: f.start))
                )
            )
            if not self.mostly_date(f.start, f.end)
        ]

    def mostly_date(self, start: int, end: int) -> bool:
        """Whether content is mostly a date the dates stage found.

        "…,” the senator said Tuesday.", "in a video posted online Friday",
        "told reporters Monday morning": when a sentence's content lies
        elsewhere (before it, or in the quotation just closed) the words
        after the cue are the attribution's time, not what was said. On
        PolNeAR train 57 of the 62 such spans match no attribution.
        """
        bounds = self.date_bounds
        if not bounds:
            return False
        index = bisect_left(self.date_starts, start)
        if index > 0 and bounds[index - 1][1] > start:
            index -= 1
        text = self.text
        dated = 0
        while index < len(bounds) and bounds[index][0] < end:
            for char in text[max(start, bounds[index][0]) : min(end, bounds[index][1])]:
                if char.isalnum():
                    dated += 1
            index += 1
        if not dated:
            return False
        letters = 0
        for char in text[start:end]:
            if char.isalnum():
                letters += 1
                # The share only falls as letters are counted: stop once it is too low.
                if letters > dated and dated < _DATE_SHARE * letters:
                    return False
        return dated >= _DATE_SHARE * letters

    # ------------------------------------------------------------ loose topics

    def loose_topics(self) -> None:
        """Topics after "about" that a named subject earlier in the sentence holds.

        PolNeAR's long tail of cues ("took offense at", "is uneasy about",
        "raised questions about") is mostly one-off verbs and nouns no list
        can hold, but a topic preposition marks many of them whatever the
        verb: after a name or pronoun in the same sentence, the phrase after
        "about" to the end of its clause is the content and the nearest such
        name its speaker. On PolNeAR train 0.60 of these spans loosely match
        a gold attribution nothing else found (break-even is about 0.4);
        "over", "against", "on" and "for" stay at 0.13-0.29, so only the
        lexicon's loose topic words count. Content that another attribution
        already holds is left alone, so this pass runs last.
        """
        text = self.text
        topics = [word for word in sorted(self.vocab.words["quote_loose_topics"]) if word in text]
        if not topics or not self.names:
            return
        # Looked up once: each "MentionKind.X" in the loop would go through the
        # enum metaclass's attribute hook, and an Enum's hash is Python code.
        place = MentionKind.PLACE
        document = MentionKind.DOCUMENT
        subjects: list[Span] = []
        for n in self.names:
            kind = n.kind  # read once: an attrs attribute is a generic look-up
            if kind is not place and kind is not document:
                subjects.append(n.span)
        self.subjects = subjects
        self.subject_starts = [span.start for span in self.subjects]
        taken = CoveredText([(f.start, f.end) for f in self.found])
        for start, end in _topic_occurrences(text, topics):
            index = bisect_left(self.unit_starts, start + 1) - 1
            if index >= 0 and end <= self.units[index].end:
                found = self.loose_topic(self.units[index], start, end, taken)
                if found is not None:
                    taken.add(*found)

    def loose_topic(
        self, unit: Unit, cue_start: int, cue_end: int, taken: CoveredText
    ) -> tuple[int, int] | None:
        """Record the topic after one "about" when its sentence gives it a holder."""
        text = self.text
        index = bisect_left(self.subject_starts, cue_start) - 1
        while index >= 0 and self.subjects[index].end > cue_start:
            index -= 1
        if index < 0 or self.subjects[index].start < unit.start:
            return None
        if self.inside_quotation(cue_start):
            return None
        previous = _word_before(text, max(unit.start, cue_start - _TOPIC_REACH), cue_start)
        words = self.vocab.words
        if previous is None or previous.lower() in words["quote_loose_topic_blockers"]:
            return None
        start = cue_end
        while start < unit.end and text[start].isspace():
            start += 1
        if start == cue_end or not self.topic_opener(start, unit.end):
            return None
        end = self.topic_end(start, unit.end)
        while end > start and text[end - 1] in " \t\r\n\"”’'":
            end -= 1
        if end - start < _TOPIC_MIN_CHARS:
            return None
        if taken.overlaps(start, end):
            return None
        mention = self.topic_holder(unit, index)
        self.add_content(
            unit,
            start,
            end,
            (cue_start, cue_end, text[cue_start:cue_end]),
            mention=mention,
            confidence=_TOPIC_CONFIDENCE,
        )
        return start, end

    def topic_end(self, start: int, limit: int) -> int:
        """Where a loose topic's clause ends: not at the stop of "U.S." or "Bernard L. Madoff".

        A full stop right after a single letter or a listed abbreviation
        ("Mr.", "Sen."), or followed by a letter ("U.S"), is no sentence
        end, so the topic goes on past it.
        """
        text = self.text
        stop = _TOPIC_END.search(text, start, limit)
        while stop is not None and text[stop.start()] == ".":
            at = stop.start()
            stem = _word_before(text, max(start, at - _TOPIC_REACH), at) or ""
            if not (
                len(stem) == 1
                or stem.lower() in self.vocab.abbreviations
                or text[at + 1 : at + 2].isalpha()
            ):
                break
            stop = _TOPIC_END.search(text, at + 1, limit)
        return stop.start() if stop is not None else limit

    def topic_holder(self, unit: Unit, index: int) -> Span:
        """The nearest subject-like name at or before ``subjects[index]`` in the unit.

        "Groberg opened up to Decode DC about his decision": a name right
        after a lower-case word ("to", "asked") is an object; the holder is
        the nearest name that opens its clause, or the nearest name if none does.
        """
        words = self.vocab.words
        for candidate in range(index, -1, -1):
            span = self.subjects[candidate]
            if span.start < unit.start:
                break
            previous = _word_before(
                self.text, max(unit.start, span.start - _TOPIC_REACH), span.start
            )
            if (
                previous is None
                or not previous.islower()
                or previous in words["quote_subordinators"]
                or previous in words["quote_clause_conjunctions"]
                or previous in words["relative_pronouns"]
                or previous == "that"
            ):
                return span
        return self.subjects[index]

    def topic_opener(self, start: int, limit: int) -> bool:
        """Whether a topic may open at ``start``: not "about 20", "about half", "about to"."""
        first = _FIRST_WORDS.match(self.text, start, limit)
        if first is None:
            return not (self.text[start].isdigit() or self.text[start] == "$")
        word = first[1].lower()
        if word[0].isdigit():
            return False
        if word in ("a", "an") and first[2] is not None:
            word = first[2].lower()
        return not (
            word in self.vocab.words["quote_loose_topic_non_openers"] or word in self.vocab.numbers
        )

    def without_inner_fragments(self, found: list[_Found]) -> list[_Found]:
        """Attributions less the quotations that another one's content holds.

        'He said he had pledged to “end the war,”': the quotation is part of
        what "said" reports. Taken alone (no cue, or a cue other than a
        speech verb: "pledged", "in favor of") it is a fragment of that
        content, not a quote of its own. ``found`` is sorted by start.
        """
        kept: list[_Found] = []
        reach = -1
        direct = QuoteKind.DIRECT  # looked up once: see without_quotes_in_mixed
        for f in found:
            inner = (
                f.kind is direct
                and f.end <= reach
                and (f.cue is None or self.fragment_cue(f.cue.text))
            )
            if not inner:
                kept.append(f)
            if f.kind is not direct:
                reach = max(reach, f.end)
        return kept

    def without_quotes_in_mixed(self, found: list[_Found]) -> list[_Found]:
        """Attributions less the direct quotes that a mixed content holds whole.

        'The senator spoke of what she calls “a broken system,” he said': the
        mixed content already carries the quotation, whatever cue the
        quotation found for itself (":", "calls", "said"), and PolNeAR
        annotates it on its own less often than the break-even of a second
        attribution. ``found`` is sorted by start.
        """
        kept: list[_Found] = []
        reach = -1
        # Looked up once: compiled, each "QuoteKind.X" in the loop is a generic
        # attribute look-up on the enum class.
        direct = QuoteKind.DIRECT
        mixed = QuoteKind.MIXED
        for f in found:
            if f.kind is direct and f.end <= reach:
                continue
            kept.append(f)
            if f.kind is mixed:
                reach = max(reach, f.end)
        return kept

    def without_nested_indirect(self, found: list[_Found]) -> list[_Found]:
        """Attributions less the indirect ones inside another indirect content.

        'Asked if he believed the plan would pass, …': the belief verb is part
        of the question the asker put, not an attribution of its own (on
        train such nested ones were right 2 times in 17). ``found`` is
        sorted by start; a span the same as its container's stays.
        """
        kept: list[_Found] = []
        reach = reach_start = -1
        indirect = QuoteKind.INDIRECT  # looked up once: see without_quotes_in_mixed
        for f in found:
            if f.kind is indirect and f.end <= reach and (f.start > reach_start or f.end < reach):
                continue
            kept.append(f)
            if f.kind is indirect and f.end > reach:
                reach, reach_start = f.end, f.start
        return kept

    def fragment_cue(self, word: str) -> bool:
        """Whether a quotation's cue word leaves it a fragment inside other content."""
        return word != ":" and word not in self.vocab.speech and word not in _DASHES

    def headline_attribution(self, headline: Span) -> None:
        """``Trump: Plan Is 'Dead'`` or ``Governor Says Budget Will Pass``.

        Headlines capitalise every word, so the cue is looked for in lower
        case; the speaker is everything before it (a few words at most) and
        the content everything after it. A label before a colon too long
        for a speaker ("Senator Praises Aide Jane Doe: ‘A Fine Servant’")
        leaves the verb before it to attribute.
        """
        text = self.text
        start, end = _trim(text, headline.start, headline.end)
        colon = text.find(": ", start, end)
        if colon != -1:
            label = text[start:colon]
            if (
                0 < len(label.split()) <= _HEADLINE_SPEAKER_WORDS
                and label[0].isupper()
                and label.lower() not in self.vocab.words["quote_headline_labels"]
            ):
                self.add_headline(colon, colon + 1, start, end)
                return
            if len(label.split()) <= _HEADLINE_SPEAKER_WORDS:
                return
        lowered = text[start:end].lower()
        if len(lowered) != end - start:
            return
        if self.inverted_headline(start, end):
            return
        if self.headline_verb(start, end, lowered):
            return
        for match in self.vocab.cue_regex.finditer(lowered):
            word = match.group()
            if not self.vocab.is_cue(word) or match.start() == 0:
                continue
            if self.headline_non_verb(lowered, match.start(), match.end()):
                continue
            if len(lowered[: match.start()].split()) <= _HEADLINE_SPEAKER_WORDS:
                self.add_headline_verbs(start + match.start(), start + match.end(), start, end)
            return

    def headline_non_verb(self, lowered: str, start: int, end: int) -> bool:
        """Whether a cue word of a lower-cased headline is no verb there.

        Joined by a hyphen it is part of a compound ("Post-Debate",
        "Clinton-Supporting"); ending a media outlet's name it is the name
        ("Washington Post Assembles …"); before "by" it is a passive.
        """
        if lowered[start - 1 : start] == "-" or lowered[end : end + 1] == "-":
            return True
        outlets = self.lexicon["media_outlets"]
        before = lowered.rfind(" ", 0, start - 1)
        for _ in range(_OUTLET_WORDS):
            if lowered[before + 1 : end] in outlets:
                return True
            if before <= 0:
                break
            before = lowered.rfind(" ", 0, before)
        return lowered.startswith(" by ", end)

    def headline_verb(self, start: int, end: int, lowered: str) -> bool:
        """``Senator Backs Plan``, ``Mayor Goes After Council``: a headline verb.

        ``lowered`` is the headline ``[start, end)`` in lower case. Headlines
        attribute with verbs of stance, judgement and action
        (``quote_headline_verbs``, phrasal ones too) and with the frame verbs
        and object cues, which in running text need a subject the capitals of a
        headline hide. One counts after a speaker of a few words and before any
        speech or belief cue (those are left to :meth:`headline_attribution`),
        and not before "of", where it is a noun ("The Battle of …"), nor
        before another particle (``quote_headline_particles``: "Picks Up").
        """
        verbs = self.lexicon["quote_headline_verbs"]
        objects = self.vocab.words["quote_object_cues"]
        words = list(_WORD_SPAN.finditer(lowered))
        for index in range(1, min(len(words), _HEADLINE_SPEAKER_WORDS + 1)):
            word = words[index].group()
            if self.vocab.is_cue(word):
                return False
            for size in range(min(_HEADLINE_VERB_WORDS, len(words) - index), 0, -1):
                last = words[index + size - 1]
                phrase = lowered[words[index].start() : last.end()]
                if phrase not in verbs and (
                    size > 1 or (phrase not in self.vocab.frames and phrase not in objects)
                ):
                    continue
                if index + size < len(words) and (
                    words[index + size].group() in self.lexicon["quote_headline_particles"]
                ):
                    continue
                if self.headline_non_verb(lowered, words[index].start(), last.end()):
                    continue
                return self.add_headline_verbs(
                    start + words[index].start(), start + last.end(), start, end
                )
        return False

    def add_headline_verbs(self, cue_start: int, cue_end: int, start: int, end: int) -> bool:
        """Record a headline attribution whose content may hold a second verb.

        ``France's Le Pen Backs Trump And Denounces Clinton``, ``Mayor Says
        Budget Passed, Calls Vote Historic``: a capitalised verb after a comma
        or "And", in the third person singular like the subject's first verb,
        opens a second attribution of the same speaker. The content of an
        object cue ends before an adjunct (``quote_headline_adjuncts``).
        """
        text = self.text
        second = _HEADLINE_SECOND_VERB.search(text, cue_end, end)
        if second is not None:
            word = second.group(1).lower()
            if not word.endswith("s") or not (
                self.vocab.is_cue(word)
                or word in self.lexicon["quote_headline_verbs"]
                or word in self.vocab.frames
                or word in self.vocab.words["quote_object_cues"]
            ):
                second = None
        stop = end if second is None else second.start()
        added = self.add_headline(
            cue_start, cue_end, start, self.headline_object_end(cue_start, cue_end, stop)
        )
        if added and second is not None:
            verb_start, verb_end = second.span(1)
            mention_end = cue_start
            self.add_headline(
                verb_start,
                verb_end,
                start,
                self.headline_object_end(verb_start, verb_end, end),
                mention_end,
            )
        return added

    def headline_object_end(self, cue_start: int, cue_end: int, end: int) -> int:
        """Where the content of a headline's cue ends.

        The content of an object cue, or of any cue but a speech or belief verb
        (those take a clause: "Mayor Says Bridge Will Open After Repairs"),
        ends before an adjunct: "Senator Calls For Inquiry After Report".
        """
        cue = self.text[cue_start:cue_end].lower()
        if cue not in self.vocab.words["quote_object_cues"] and (
            cue in self.vocab.speech or cue in self.vocab.belief
        ):
            return end
        adjuncts = self.lexicon["quote_headline_adjuncts"]
        for index, word in enumerate(_WORD_SPAN.finditer(self.text, cue_end, end)):
            if index > 0 and word.group().lower() in adjuncts:
                return word.start()
        return end

    def numbered_subheads(self) -> None:
        r"""Headline attributions of a list's numbered subheads.

        "12\nAnchor Expressed Fear About …", "8. WHERE OBAMA PLANS TO …":
        a paragraph opened by an item number whose first line is in title
        case or capitals is a small headline, and its cue is capitalised
        like the rest (the scan of the body looks for lower-case cues).
        """
        text = self.text
        for start, end in self.paragraphs:
            if not text[start : start + 1].isdigit():
                continue
            number = _ITEM_NUMBER.match(text, start, end)
            if number is None:
                continue
            line_end = text.find("\n", number.end(), end)
            line_end = end if line_end == -1 else line_end
            if line_end - number.end() <= _SUBHEAD_MAX and self.title_case(number.end(), line_end):
                self.headline_attribution(self.span(number.end(), line_end))

    def title_case(self, start: int, end: int) -> bool:
        """Whether every word of a line but the short function words is capitalised."""
        words = _WORD_SPAN.findall(self.text, start, end)
        if len(words) < _TRAILING_MIN_WORDS:
            return False
        prepositions = self.vocab.words["prepositions"]
        return all(not w[0].islower() or len(w) <= _SMALL_WORD or w in prepositions for w in words)

    def inverted_headline(self, start: int, end: int) -> bool:
        """A headline that names its speaker last ("Bridge Is Safe, Mayor Says.").

        The content comes first and ends at the headline's last comma; a
        capitalised speaker of a few words and a speech verb follow it, and
        at most a short hearer after the verb.
        """
        text = self.text
        comma = text.rfind(",", start, end)
        after = comma + 1
        if comma != -1 and text[after : after + 1] in ("’", "”", "'", '"'):
            after += 1
        if comma == -1 or not text[after : after + 1].isspace():
            return False
        words = list(_WORD_SPAN.finditer(text, after, end))
        if not 2 <= len(words) <= _HEADLINE_SPEAKER_WORDS + _HEADLINE_HEARER_WORDS:
            return False
        if words[0].group().lower() in self.vocab.words["quote_clause_conjunctions"]:
            return False
        for index, word in enumerate(words):
            lowered = word.group().lower()
            if not self.vocab.is_cue(lowered) and lowered not in self.vocab.tell:
                continue
            hearer = len(words) - index - 1
            if not 0 < index <= _HEADLINE_SPEAKER_WORDS or hearer > _HEADLINE_HEARER_WORDS:
                return False
            if not all(w.group()[0].isupper() for w in words):
                return False
            c_start, c_end = _trim(text, start, after)
            if len(text[c_start:c_end].split()) < _TRAILING_MIN_WORDS:
                return False
            content = text[c_start:c_end]
            marks = any(mark in content for mark in '“”"‘’')
            self.found.append(
                _Found(
                    QuoteKind.MIXED if marks else QuoteKind.INDIRECT,
                    c_start,
                    c_end,
                    self.span(word.start(), word.end()),
                    self.span(words[0].start(), words[index - 1].end()),
                    _HEADLINE,
                    0.5,
                )
            )
            return True
        return False

    def add_headline(
        self, cue_start: int, cue_end: int, start: int, end: int, mention_end: int = -1
    ) -> bool:
        """Record a headline attribution: speaker before the cue, content after it.

        The speaker runs from ``start`` to the cue, or to ``mention_end`` when
        given (the second verb of a headline shares the first verb's speaker).
        """
        c_start, c_end = _trim(self.text, cue_end, end)
        m_start, m_end = _trim(self.text, start, cue_start if mention_end < 0 else mention_end)
        if c_end - c_start < 3 or m_end <= m_start:
            return False
        content = self.text[c_start:c_end]
        kind = QuoteKind.MIXED if any(mark in content for mark in '“”"‘’') else QuoteKind.INDIRECT
        self.found.append(
            _Found(
                kind,
                c_start,
                c_end,
                self.span(cue_start, cue_end),
                self.span(m_start, m_end),
                _HEADLINE,
                0.5,
            )
        )
        return True

    def scan_unit(self, unit: Unit) -> None:
        """Find the direct quotes of a unit, then its reported speech."""
        if unit.start < self.speaker_turn_end:
            return
        if self.paragraphs[unit.paragraph][0] == unit.start and self.speaker_turn(unit):
            return
        quotations = self.quotations_in(unit.start, unit.end)
        poll = self.poll_lead(unit)
        if (
            not quotations
            and not poll
            and not self.cues_in(unit.start, unit.end)
            and not self.opening_cue(unit)
        ):
            return
        self.view.load(unit.start, unit.end)
        full: list[Quotation] = []
        for quotation in quotations:
            if self.direct_quote(unit, quotation):
                full.append(quotation)
        if poll:
            return
        self.question_intro(unit)
        self.reported_speech(unit, full)
        if quotations:
            self.quoted_object(unit, quotations)
            self.participle_quoted_object(unit, quotations[0])

    def quoted_object(self, unit: Unit, quotations: list[Quotation]) -> None:
        """``Reid has gone after Trump as a “human leech.”``: a quotation in a verb's object.

        When nothing found takes a sentence whose quotation stands in the
        object of its opening subject's verb (a verb no cue list holds), the
        subject vouches for the quoted words: the content runs from the verb
        to the end of the quotation.
        """
        text = self.text
        vocab = self.vocab
        quotation = quotations[-1]
        if any(f.end > unit.start and f.start < quotation.end for f in self.found[-3:]):
            return
        if self.inside_quotation(unit.start):
            return
        opening = self.opening_adjunct_end(unit.start, quotation.start)
        subject = vocab.noun_phrase_after(self.view, opening, quotation.start)
        if subject is None or subject.start != opening:
            return
        lower = subject.text.lower()
        if not (subject.text[0].isupper() or lower in vocab.pronouns) or lower in (
            "it",
            "this",
            "that",
            "there",
        ):
            return
        subject = self.subject_before_adverb(subject)
        tokens = self.view.between(subject.end, quotation.start)
        index = 0
        while index < len(tokens) and (
            tokens[index].text.lower() in vocab.modifiers or _adverb(tokens[index].text)
        ):
            index += 1
        if index >= len(tokens):
            return
        verb = tokens[index]
        word = verb.text
        if not self.plain_lower_word(word) or word.endswith("ly"):
            return
        words = vocab.words
        if index == 0 and not (word.endswith("ed") or (word.endswith("s") and word[-2] != "s")):
            return  # a bare verb right after the subject is past or present tense
        after_be = index > 0 and tokens[index - 1].text.lower() in words["quote_be_forms"]
        if after_be and not word.endswith("ing"):
            return  # "is closed": a passive or an adjective
        if self.title_quotation(quotation):
            return
        gap = tokens[index + 1 :]
        if len(gap) > _OBJECT_GAP_TOKENS or any(t.text in ".;:!?" for t in gap):
            return
        cue_end = verb.end
        if gap and gap[0].text.lower() in words["prepositions"] and gap[0].end < quotation.start:
            cue_end = gap[0].end  # "has gone after", "cheered for"
        start = cue_end
        while start < quotation.start and text[start].isspace():
            start += 1
        cue = (verb.start, cue_end, text[verb.start : cue_end])
        self.add_content(unit, start, quotation.end, cue, mention=subject, confidence=0.4)

    def opening_adjunct_end(self, start: int, limit: int) -> int:
        """Where the main clause starts after an opening adjunct ("In March, …"), else ``start``."""
        tokens = self.view.between(start, min(limit, start + _WORD_REACH * 2))
        if not tokens:
            return start
        first = tokens[0].text.lower()
        words = self.vocab.words
        if not (
            first in words["prepositions"]
            or first in self.lexicon["quote_opening_adjuncts"]
            or first.endswith("ly")
        ):
            return start
        for index, token in enumerate(tokens[1:_INTRO_GAP_WORDS], 1):
            if token.text == "," and index + 1 < len(tokens):
                return tokens[index + 1].start
            if not token.is_word:
                return start
        return start

    def participle_quoted_object(self, unit: Unit, quotation: Quotation) -> None:
        """``Bemoaning the "phony system," Trump accused …``: an opening participle's quoted object.

        A sentence that opens with an -ing word, its object holding a
        quotation, a comma and the main clause's subject: the subject
        vouches for the quoted object, whatever the participle.
        """
        text = self.text
        if any(f.end > unit.start and f.start < quotation.end for f in self.found[-3:]):
            return
        tokens = self.view.between(unit.start, quotation.start)
        if not tokens or len(tokens) > _OBJECT_GAP_TOKENS:
            return
        word = tokens[0].text
        if not (word.isalpha() and word[0].isupper() and word.endswith("ing")):
            return
        if self.title_quotation(quotation):
            return
        if any(not token.is_word for token in tokens[1:] if token.text not in "’'-"):
            return
        comma = quotation.end
        while comma < unit.end and text[comma] in _INLINE_BLANKS:
            comma += 1
        inside = quotation.end - 1
        while inside > quotation.start and text[inside] in "”\"'’»":
            inside -= 1
        if text[inside] != "," and text[comma : comma + 1] != ",":
            return
        after = comma + 1 if text[comma : comma + 1] == "," else quotation.end
        split = self.simple_subject_end(self.view.between(after, min(unit.end, after + 80)))
        if split == 0:
            return
        subject_tokens = self.view.between(after, min(unit.end, after + 80))[:split]
        mention = self.span(subject_tokens[0].start, subject_tokens[-1].end)
        start = tokens[0].end
        while start < quotation.start and text[start].isspace():
            start += 1
        cue = (tokens[0].start, tokens[0].end, word)
        self.add_content(unit, start, quotation.end, cue, mention=mention, confidence=0.4)

    def subject_before_adverb(self, subject: Span) -> Span:
        """A subject noun phrase less the adverb and verb it ran into ("Trump openly admires …")."""
        tokens = self.view.between(subject.start, subject.end)
        for index in range(1, len(tokens)):
            if _adverb(tokens[index].text):
                return self.span(subject.start, tokens[index - 1].end)
        return subject

    def title_quotation(self, quotation: Quotation) -> bool:
        """Whether a quotation is a title or a name (“The Nightly Show,” ''Bernie Buses'')."""
        words = _WORD.findall(self.text, quotation.start, quotation.end)
        long_words = [word for word in words if len(word) > _SMALL_WORD]
        return bool(long_words) and all(word[0].isupper() for word in long_words)

    def poll_lead(self, unit: Unit) -> bool:
        """A sentence opening "In a CBS News poll released Monday, …" reports the poll.

        With a poll or survey before its first comma, the poll is the source
        and the main clause the content. Only the unit's first word is looked
        at. The cues inside that clause are left alone: attributing them too
        measured lower on PolNeAR train.
        """
        text = self.text
        if text[unit.start : unit.start + 3] not in ("In ", "in "):
            return False  # (a slice compiles to less than str.startswith with a tuple)
        comma = text.find(",", unit.start, min(unit.end, unit.start + _POLL_LEAD_REACH))
        if comma == -1:
            return False
        polls = self.vocab.words["quote_poll_nouns"]
        if not any(word.lower() in polls for word in _WORD.findall(text, unit.start, comma)):
            return False
        c_start, c_end = _trim(text, comma + 1, unit.end)
        if len(text[c_start:c_end].split()) < _POLL_MIN_WORDS or self.inside_quotation(c_start):
            return False
        m_start, m_end = _trim(text, unit.start + 3, comma)
        cue = (unit.start, unit.start + 2, text[unit.start : unit.start + 2])
        mention = self.span(m_start, m_end)
        self.add_content(unit, c_start, c_end, cue, mention=mention, confidence=0.5)
        return True

    def question_intro(self, unit: Unit) -> None:
        """``Asked whether …, she said …``: a put question, with nobody named as asker."""
        # What a put question needs, checked first without the regex: its
        # first token, which starts the unit's first blank-free piece, is an
        # -ed question word or "when", "after", "if" (the piece is bounded,
        # as those words are short).
        text = self.text
        blank = text.find(" ", unit.start, min(unit.end, unit.start + _WORD_REACH))
        first = text[unit.start : unit.start + _WORD_REACH if blank == -1 else blank].lower()
        if "ed" not in first and not first.startswith(("when", "after", "if")):
            return
        head = _FIRST_WORDS.match(text, unit.start, unit.end)
        if head is None or not any(
            w is not None and self.question_word(w.lower()) for w in head.groups()
        ):
            return
        tokens = self.view.between(unit.start, min(unit.end, unit.start + 20))
        index = 1 if tokens and tokens[0].text.lower() in ("when", "after", "if") else 0
        if index >= len(tokens) or (index == 0 and not tokens[0].text[0].isupper()):
            return
        word = tokens[index].text.lower()
        if not self.question_word(word) or not word.endswith("ed"):
            return
        start = tokens[index].end
        reach = min(unit.end, start + _COMMA_REACH)
        comma = self.text.find(",", start, reach)
        while comma != -1 and self.inside_quotation(comma):
            comma = self.text.find(",", comma + 1, reach)
        if comma == -1:
            return
        agent = self.question_agent(start, comma)
        if agent is not None:
            start = agent.end
        c_start, c_end = _trim(self.text, start, comma)
        if c_end - c_start < 3:
            return
        cue = (tokens[index].start, tokens[index].end, tokens[index].text)
        self.add_content(unit, c_start, c_end, cue, mention=agent, confidence=0.5)
        self.put_questions.add(c_start)

    def question_word(self, word: str) -> bool:
        """A speech verb, or a verb of putting a question ("When pressed by Roe about …")."""
        return word in self.vocab.speech or word in self.vocab.words["quote_question_participles"]

    def question_agent(self, start: int, limit: int) -> Span | None:
        """The asker in ``Asked by Tom Brill whether …``: the agent right after "by".

        The agent speaks (puts the question) and the question starts after it.
        """
        text = self.text
        pos = start
        while pos < limit and text[pos].isspace():
            pos += 1
        if not text.startswith("by ", pos):
            return None
        return self.vocab.noun_phrase_after(self.view, pos + 3, limit)

    def speaker_turn(self, unit: Unit) -> bool:
        """A transcript turn, ``TAPPER: Do you think …?``: the name speaks the paragraph."""
        if self.quoted_turns(unit):
            return True
        end = self.paragraphs[unit.paragraph][1]
        if not self.turn_at(unit, unit.start, end):
            return False
        self.speaker_turn_end = end
        return True

    def turn_at(self, unit: Unit, pos: int, end: int, *, quoted: bool = False) -> bool:
        """Record the turn ``NAME: …`` that opens ``text[pos:end]`` (a paragraph), if it is one."""
        text = self.text
        if not "A" <= text[pos : pos + 1] <= "Z" or text.find(":", pos, end) == -1:
            return False  # what the pattern needs first, found without it
        match = _SPEAKER_TURN.match(text, pos, end)
        if match is None:
            return False
        name_words = match.group(1).split()
        last_word = name_words[-1].lower().strip(".")
        if last_word in self.lexicon["speaker_turn_stops"] or last_word.endswith("ing"):
            return False
        determiners = self.vocab.words["quote_determiners"]
        if name_words[0].lower() in determiners:
            return False
        if len(match.group(1)) < 2:
            return False
        start, stop = _trim(self.text, match.end(), end)
        if len(self.text[start:stop].split()) < _TURN_MIN_WORDS:
            return False
        colon = match.end() - 1
        while self.text[colon] != ":":
            colon -= 1
        name = self.span(match.start(1), match.end(1))
        if quoted:  # the words of a turn inside a quotation are quoted words
            cue = (colon, colon + 1, ":")
            self.add(QuoteKind.DIRECT, start, stop, cue, mention=name, unit=unit, confidence=0.6)
            return True
        self.add_content(unit, start, stop, (colon, colon + 1, ":"), mention=name, confidence=0.6)
        return True

    def quoted_turns(self, unit: Unit) -> bool:
        """Transcript turns quoted paragraph by paragraph: ``"WALLACE: …`` / ``"PENCE: …``.

        A transcript excerpt set in quotation marks opens each paragraph
        with a mark and closes none until the last, so the quotation runs
        through every turn and they all fall in one unit. Each paragraph of
        the unit that opens with a mark and a ``NAME:`` is a turn of its
        own; the others ("(CROSSTALK.)") are skipped.
        """
        text = self.text
        if text[unit.start : unit.start + 1] not in _TURN_MARKS:
            return False
        found = False
        index = unit.paragraph
        while index < len(self.paragraphs) and self.paragraphs[index][0] < unit.end:
            start, end = self.paragraphs[index]
            index += 1
            if text[start : start + 1] not in _TURN_MARKS:
                continue
            if self.turn_at(unit, start + 1, end, quoted=True):
                found = True
                self.speaker_turn_end = end
        return found

    # ------------------------------------------------------------ direct quotes

    def direct_quote(self, unit: Unit, quotation: Quotation) -> bool:
        """Attribute a full quotation; False when it is a fragment of a clause."""
        text = self.text
        before = prev_nonspace(text, quotation.start, unit.start)
        cue: tuple[int, int, str] | None = None
        if before >= unit.start:
            mark = text[before]
            cue = self.cue_ending_at(unit.start, before + 1)
            if mark == ":":
                cue = self.colon_cue(unit, before, cue)
            if (
                cue is None
                and mark not in ":,"
                and not self.opens_sentence(quotation, before)
                and not self.opens_parenthesis(unit, before)
            ):
                return False
            if cue is None and mark == ":":
                self.colon_intro(unit, quotation, before)
                return True
        if cue is not None and mark != ":" and not self.ends_unit(quotation, unit):
            return False
        if cue is not None and self.nested_cue(unit, cue):
            return False
        if cue is not None and cue[0] in self.used_cues:
            self.continue_or_orphan(unit, quotation)
            return True
        if cue is not None:
            self.used_cues.add(cue[0])
            mention = self.vocab.subject_before(self.view, unit.start, cue[0])
            self.add(
                QuoteKind.DIRECT,
                quotation.start,
                quotation.end,
                cue,
                mention=mention,
                unit=unit,
                confidence=0.9,
            )
            return True
        after = self.attribution_after(quotation.end, unit.end)
        resumes = after is not None
        if after is None:
            after = self.attribution_in_next_unit(unit, quotation)
        if after is None:
            after = self.signature_paragraph(unit, quotation)
        if after is None and self.tail_then_inverted(unit, quotation):
            return True
        if after is None:
            before_quote = self.unknown_verb_before(unit, quotation)
            if before_quote is not None:
                cue_span, mention = before_quote
                self.found.append(
                    _Found(
                        QuoteKind.DIRECT,
                        quotation.start,
                        quotation.end,
                        cue_span,
                        mention,
                        unit.paragraph,
                        0.7,
                    )
                )
                return True
        if after is not None:
            cue_span, mention = after
            self.add_direct(quotation, cue_span, mention, unit)
            if resumes:
                self.resumed_after_attribution(unit, cue_span, mention)
            return True
        if not self.intro_from_previous_paragraph(unit, quotation):
            self.continue_or_orphan(unit, quotation)
        return True

    def tail_then_inverted(self, unit: Unit, quotation: Quotation) -> bool:
        """``"…" if she lost, said Dan Lee, an analyst.``: one mixed content.

        A quotation, then unquoted words that open in lower case and run on
        to an inverted closing :meth:`inverted_closing`: the named speaker
        vouches for the quotation and its continuation. True when recorded.
        """
        text = self.text
        limit = min(unit.end, quotation.end + _MAX_TAIL_CHARS)
        first = _WORD.match(text, quotation.end + 1, limit)
        if first is None or not first.group()[0].islower():
            return False
        if text[quotation.end : first.start()].strip():
            return False
        says = self.vocab.words["quote_say_verbs"]
        for start, end, word in self.cues_in(first.end(), limit):
            if word not in says:
                continue
            comma = prev_nonspace(text, start, first.end())
            if text[comma] != "," or any(m in text[quotation.end : comma] for m in '"“”'):
                return False
            if self.inverted_closing(unit, start, end, word) is None:
                return False
            mention = self.vocab.noun_phrase_after(self.view, end + 1, unit.end)
            self.used_cues.add(start)
            self.found.append(
                _Found(
                    QuoteKind.MIXED,
                    quotation.start,
                    comma,
                    self.span(start, end),
                    mention,
                    unit.paragraph,
                    0.8,
                )
            )
            return True
        return False

    def resumed_after_attribution(self, unit: Unit, cue: Span | None, mention: Span | None) -> None:
        """``"…," he said, but "…"`` / ``"…," he said, that …``: one content on both sides.

        After a trailing attribution (and a short adjunct: "in a letter to
        the president") set off by commas, a second quotation opened by
        "and"/"but"/"or", a "that" clause or a finite auxiliary (the
        quotation being its subject: ``"Only you," she said, would …``) goes
        on with what the speaker said: the content runs to the end of the
        sentence around the attribution. (A bare second quotation resumes
        through :meth:`continue_or_orphan`.)
        """
        ends = [span.end for span in (cue, mention) if span is not None]
        if not ends:
            return
        tokens = self.view.between(max(ends), min(unit.end, max(ends) + _COMMA_REACH))
        index = 0
        if tokens and tokens[0].text != ",":
            if tokens[0].text.lower() not in self.vocab.adjunct_openers:
                return
            while index < len(tokens) and tokens[index].is_word and index < _INTRO_GAP_WORDS:
                index += 1
        if index + 1 >= len(tokens) or tokens[index].text != ",":
            return
        index += 1
        word = tokens[index].text.lower()
        if word in self.vocab.words["quote_resuming_conjunctions"] and index + 1 < len(tokens):
            index += 1
            if not self.opens_quotation(tokens[index].start):
                return
        elif word != "that" and word not in self.vocab.words["quote_finite_auxiliaries"]:
            return  # a bare quotation after the comma resumes through continue_or_orphan
        last = self.found[-1]
        end = _trim(self.text, last.end, unit.end)[1]
        if end > last.end:
            self.found[-1] = dataclasses.replace(last, end=end, kind=QuoteKind.MIXED)

    def opens_quotation(self, pos: int) -> bool:
        """Whether a quotation starts at ``pos``."""
        index = bisect_left(self.quote_starts, pos)
        return index < len(self.quotations) and self.quotations[index].start == pos

    def opens_sentence(self, quotation: Quotation, before: int) -> bool:
        """Whether a quotation opens a sentence the splitter left joined to the one before.

        '… of Chicago. ". . . I just want …"': after a full stop a quotation
        is no fragment of a clause even when its first word is no capital.
        """
        return self.text[before] in ".!?" and not self.inside_quotation(before)

    def opens_parenthesis(self, unit: Unit, before: int) -> bool:
        """Whether a quotation opens a sentence set in parentheses.

        '(“I won’t fight,” said one delegate.)': the "(" before it opens the
        unit or follows a full stop, so the quotation opens a sentence.
        """
        text = self.text
        if text[before] != "(":
            return False
        previous = prev_nonspace(text, before, unit.start)
        return previous < unit.start or (
            text[previous] in ".!?" and not self.inside_quotation(previous)
        )

    def ends_unit(self, quotation: Quotation, unit: Unit) -> bool:
        """Whether a quotation closes its sentence, or is long enough to be one."""
        text = self.text
        pos = quotation.end
        while pos < unit.end and text[pos] in _AFTER_QUOTE:
            pos += 1
        if pos >= unit.end or text[pos] in _DASHES:
            return True
        words = text.count(" ", quotation.start, min(quotation.end, quotation.start + 200))
        return words + 1 >= _FULL_QUOTE_WORDS

    def attribution_in_next_unit(
        self, unit: Unit, quotation: Quotation
    ) -> tuple[Span | None, Span | None] | None:
        """``"…?" Clinton asked.`` split off as a sentence of its own."""
        text = self.text
        if text[quotation.end : min(unit.end, quotation.end + 8)].strip() or (
            unit.index + 1 >= len(self.units)
        ):
            return None
        following = self.units[unit.index + 1]
        if following.paragraph != unit.paragraph or following.end - following.start > 200:
            return None
        self.view.load(following.start, following.end)
        # Cues it takes start inside the (short) unit: note those already used
        # there rather than copying the article's whole set (quadratic).
        window = range(following.start, following.end)
        before = {at for at in window if at in self.used_cues}
        after = self.attribution_after(following.start, following.end)
        if after is not None and after[0] is not None:
            tail = self.short_tail(after[0].end, following.end, after[0].text)
            if tail is None and self.adjunct_clause_after(after[0].end, following.end):
                tail = following.end  # "… Sessions said as he opened the vote."
            if tail == following.end and after[1] is not None:
                self.view.load(unit.start, unit.end)
                return after
        self.used_cues.difference_update([at for at in window if at not in before])
        self.view.load(unit.start, unit.end)
        return None

    def plain_lower_word(self, word: str) -> bool:
        """Whether ``word`` could be a verb that no cue list holds.

        Lower-case letters only, and no stop word, determiner or form of
        "be": the unlisted verb before a quotation or before its quoted object.
        """
        words = self.vocab.words
        return (
            word.isalpha()
            and word[0].islower()
            and word not in self.vocab.stops
            and word not in words["quote_determiners"]
            and word not in words["quote_be_forms"]
        )

    def unknown_verb_before(
        self, unit: Unit, quotation: Quotation
    ) -> tuple[Span | None, Span | None] | None:
        """``Hillary shot back, "…"``: a subject and a verb no cue list holds, then a comma.

        The sentence is only the subject (after an opening adjunct), a verb
        and at most two particles or adverbs before the comma that opens the
        quotation: nothing else can be said of the quoted words.
        """
        text = self.text
        vocab = self.vocab
        comma = prev_nonspace(text, quotation.start, unit.start)
        if comma < unit.start or text[comma] != ",":
            return None
        opening = self.opening_adjunct_end(unit.start, comma)
        tokens = self.view.between(opening, comma)
        split = self.simple_subject_end(tokens)
        if split == 0:
            return None
        subject = self.span(tokens[0].start, tokens[split - 1].end)
        index = split
        while index < len(tokens) and tokens[index].text.lower() in vocab.modifiers:
            index += 1
        rest = tokens[index:]
        if not rest or len(rest) > _VERB_BEFORE_TOKENS:
            return None
        for token in rest:
            if not self.plain_lower_word(token.text):
                return None
        words = vocab.words
        verb = rest[0].text
        if verb in words["prepositions"] or verb.endswith("ly"):
            return None
        if len(rest) == 1 and not (verb.endswith("ed") or (verb.endswith("s") and verb[-2] != "s")):
            return None  # "The old adage, …": a lone word must be a past or present verb
        if any(token.text in vocab.pronouns for token in rest):
            return None  # "To top it off, …"
        opening_word = text[quotation.start + 1 : quotation.start + 3].lstrip("“\"'‘`")
        if (
            len(text[quotation.start : quotation.end].split()) < _ORPHAN_MIN_WORDS
            or not opening_word[:1].isupper()
        ):
            return None  # a full sentence of quoted speech, not a phrase
        return self.span(rest[0].start, rest[-1].end), subject

    def simple_subject_end(self, tokens: list[Token]) -> int:
        """How many tokens make a plain subject: a pronoun, a name, or a determiner and a noun.

        0 when the tokens open with none of those.
        """
        if not tokens:
            return 0
        vocab = self.vocab
        first = tokens[0].text
        lower = first.lower()
        if lower in ("it", "this", "that", "there"):
            return 0
        if lower in vocab.pronouns:
            return 1
        if lower in vocab.words["quote_determiners"]:
            if len(tokens) > 1 and tokens[1].text.isalpha():
                return 2
            return 0
        if lower in vocab.words["prepositions"] or lower in self.lexicon["quote_opening_adjuncts"]:
            return 0
        count = 0
        while count < len(tokens) and count < _NAME_TOKENS and tokens[count].text[0].isupper():
            if not tokens[count].is_word:
                break
            count += 1
        return count

    def signature_paragraph(
        self, unit: Unit, quotation: Quotation
    ) -> tuple[Span | None, Span | None] | None:
        """A quote paragraph signed by the next one: ``"…"`` then ``- Bernie Sanders.``."""
        text = self.text
        p_end = self.paragraphs[unit.paragraph][1]
        if text[quotation.end : p_end].strip(_TRAILING) or unit.paragraph + 1 >= len(
            self.paragraphs
        ):
            return None
        start, end = self.paragraphs[unit.paragraph + 1]
        if text[start : start + 1] not in _DASHES or end - start > _SIGNATURE_MAX:
            return None
        pos = start
        while pos < end and text[pos] in _DASHES_AND_BLANKS:
            pos += 1
        mention = self.vocab.noun_phrase_after(self.view, pos, end)
        if mention is None or not mention.text[0].isupper() or mention.start != pos:
            return None
        return self.span(start, start + 1), mention

    def adjunct_clause_after(self, pos: int, limit: int) -> bool:
        """Whether the words after a closing cue open an adverbial clause ("as he …", "when …").

        Such a clause is the writer's, not content: "if" and "whether" open
        a question the cue reports, and are left out.
        """
        tokens = self.view.between(pos, min(limit, pos + _WORD_REACH))
        if not tokens:
            return False
        word = tokens[0].text.lower()
        return word in self.vocab.words["quote_subordinators"] and word not in ("if", "whether")

    def cue_ending_at(self, floor: int, end: int) -> tuple[int, int, str] | None:
        """The cue that ends the text before a quotation ("he said:", "adding,")."""
        text = self.text
        pos = end
        while pos > floor and text[pos - 1] in ":, \t\n":
            pos -= 1
        cues = self.cues_in(max(floor, pos - 60), pos)
        if not cues:
            return None
        start, stop, word = cues[-1]
        # A cue right at the mark ("he said:") has no words after it to read.
        between = self.view.between(stop, pos) if stop < pos else []
        if len(between) > 6 or any(not t.is_word or t.text == "that" for t in between):
            return None
        opener = between[0].text.lower() if between else "in"
        if opener not in self.vocab.adjunct_openers and not (
            word in self.vocab.tell and len(between) <= 3
        ):
            return None
        return start, stop, word

    def nested_cue(self, unit: Unit, cue: tuple[int, int, str]) -> bool:
        """Whether a quotation's cue is a belief verb inside a speech verb's content.

        'He said he believes "…"': the quotation is what the speech verb
        reports ("he believes" included), not a quote of its own; taking it
        as one would attribute it twice.
        """
        start, _, word = cue
        if word in self.vocab.speech or not self.vocab.is_cue(word):
            return False
        mention = self.vocab.subject_before(self.view, unit.start, start)
        if mention is None:
            return False
        tokens = self.view.between(max(unit.start, mention.start - 40), mention.start)
        index = len(tokens) - 1
        if index >= 0 and tokens[index].text == "that":
            index -= 1
        return index >= 0 and self.vocab.word_of(tokens[index]) in self.vocab.speech

    def colon_cue(
        self, unit: Unit, colon: int, cue: tuple[int, int, str] | None
    ) -> tuple[int, int, str] | None:
        """The verb that introduces ``X said flatly: "…"`` / ``X said in a statement: "…"``.

        When no cue ends right at the colon, or only a cue noun does
        ("statement"), the speech verb of the same clause a few words before
        the colon is the quote's cue; left alone, it would attribute the
        adjunct and the quotation a second time as reported speech.
        """
        if cue is not None and cue[2] not in self.vocab.nouns:
            return cue
        text = self.text
        for start, end, word in reversed(self.cues_in(max(unit.start, colon - 120), colon)):
            if word not in self.vocab.speech or start in self.used_cues:
                continue
            gap = text[end:colon].split()
            if (
                self.inside_quotation(start)
                or not gap
                or len(gap) > _INTRO_GAP_WORDS
                or any(mark in " ".join(gap) for mark in '.;!?"“”')
                or not self.adjunct_word(gap[0])
            ):
                return cue
            return start, end, word
        return cue

    def adjunct_word(self, word: str) -> bool:
        """Whether a word after a cue opens an adjunct ("in a statement", "flatly")."""
        word = word.strip(",").lower()
        return word in self.vocab.adjunct_openers or (word.endswith("ly") and word.isalpha())

    def colon_intro(self, unit: Unit, quotation: Quotation, colon: int) -> None:
        """``X's statement: "…"`` with no cue word: the colon is the cue."""
        mention = self.vocab.subject_before(self.view, unit.start, colon)
        cue = (colon, colon + 1, ":")
        self.add(
            QuoteKind.DIRECT,
            quotation.start,
            quotation.end,
            cue,
            mention=mention,
            unit=unit,
            confidence=0.6,
        )

    def add_direct(
        self, quotation: Quotation, cue: Span | None, mention: Span | None, unit: Unit
    ) -> None:
        """Record a direct quote whose cue and speaker come after it.

        A quotation that a comma joins to the words before it ("If the bill
        passes, "it will …," she said") carries them along: the speaker
        vouches for the whole sentence, so the content starts with it.
        """
        start, kind = quotation.start, QuoteKind.DIRECT
        lead = self.lead_of(unit, quotation)
        if lead is not None:
            start, kind = lead, QuoteKind.MIXED
        end = quotation.end
        tail = self.sentence_resumes(quotation, cue, mention, unit)
        if tail is not None:
            end, kind = tail, QuoteKind.MIXED
        self.found.append(_Found(kind, start, end, cue, mention, unit.paragraph, 0.9))

    def sentence_resumes(
        self, quotation: Quotation, cue: Span | None, mention: Span | None, unit: Unit
    ) -> int | None:
        """The end of a sentence the attribution interrupts ('"Leave," the memo states, becomes …').

        When the quotation stops at a comma, and after ``, X said,`` the
        sentence goes on with its verb (a finite auxiliary or an -s word),
        the speaker vouches for the whole sentence: the content runs
        to its end.
        """
        if cue is None or mention is None:
            return None
        text = self.text
        inside = quotation.end - 1
        while inside > quotation.start and text[inside] in "”\"'’»":
            inside -= 1
        if text[inside] != ",":
            return None
        pos = max(cue.end, mention.end)
        tokens = self.view.between(pos, min(unit.end, pos + _WORD_REACH))
        if len(tokens) < 2 or tokens[0].text != ",":
            return None
        word = tokens[1].text
        if not (word.isalpha() and word.islower()) or word in self.vocab.stops:
            return None
        inverted = mention.start > cue.start  # "said X, communications director …"
        verb = word in self.vocab.words["quote_finite_auxiliaries"] or (
            not inverted and word.endswith("s") and not word.endswith("ss")
        )  # not -ed: ", angered that …" is a participle clause on the speaker
        if not verb or self.vocab.is_cue(word):
            return None
        end = _trim(text, tokens[1].start, unit.end)[1]
        return end if end > tokens[1].end else None

    def lead_of(self, unit: Unit, quotation: Quotation) -> int | None:
        """The start of the words a comma joins to a quotation, if they are no attribution."""
        before = prev_nonspace(self.text, quotation.start, unit.start)
        if before < unit.start or self.text[before] != ",":
            return None
        start, end = _trim(self.text, unit.start, before)
        if len(self.text[start:end].split()) < _TRAILING_MIN_WORDS:
            return None
        if self.cues_in(start, end) or self.quotations_in(start, end):
            return None
        if any(found.end > start for found in self.found[-1:]):
            return None
        return start

    def attribution_after(self, pos: int, limit: int) -> tuple[Span | None, Span | None] | None:
        """``, X said`` / ``, said X`` / ``— X`` right after a closing mark."""
        text = self.text
        vocab = self.vocab
        while pos < limit and text[pos] in _BLANKS_AND_COMMA:
            pos += 1
        if pos >= limit:
            return None
        if text[pos] in _DASHES:
            dash = pos
            while pos < limit and text[pos] in _DASHES_AND_BLANKS:
                pos += 1
            mention = vocab.noun_phrase_after(self.view, pos, limit)
            if mention is None or not mention.text[0].isupper():
                return None
            return self.span(dash, dash + 1), mention
        tokens = self.view.between(pos, min(limit, pos + _SUBJECT_REACH))
        if not tokens:
            return None
        first = vocab.word_of(tokens[0])
        if vocab.is_cue(first) and tokens[0].text[0].islower():
            if len(tokens) > 1:
                following = tokens[1].text.lower()
                if following == "to" or following in vocab.modifiers:
                    return None
            self.used_cues.add(tokens[0].start)
            cue_end = tokens[0].start + len(first)
            mention = (
                vocab.noun_phrase_after(self.view, cue_end + 1, limit) if len(tokens) > 1 else None
            )
            return self.span(tokens[0].start, cue_end), mention
        found = self.subject_then_cue(tokens)
        if found is None and pos + _SUBJECT_REACH < limit:
            found = self.long_apposition_cue(pos, limit)
        return found

    def long_apposition_cue(self, pos: int, limit: int) -> tuple[Span, Span] | None:
        """A speaker whose apposition runs past the words :meth:`subject_then_cue` reads.

        ``"…," Jane Roe, director of … and a professor at …, said of the plan.``:
        after a capitalised name and its comma, the first cue right after a
        later comma, in the same sentence, is the attribution when
        the subject before it is that name.
        """
        vocab = self.vocab
        tokens = self.view.between(pos, min(limit, pos + _APPOSITION_REACH))
        if len(tokens) < 3 or not tokens[0].text[0].isupper():
            return None
        depth = 0
        named = False
        for index, token in enumerate(tokens[:_APPOSITION_TOKENS]):
            text = token.text
            if text in "()":
                depth += 1 if text == "(" else -1
                continue
            if depth > 0:
                continue
            if text == ",":
                named = True
                continue
            if text in '.;:!?“”"' or vocab.is_sentence_stop(token):
                return None
            if not named:
                if not text[0].isupper() and text not in ".-’'":
                    return None  # the name before the first comma
                continue
            word = vocab.word_of(token)
            if not (tokens[index - 1].text == "," and text[0].islower() and vocab.is_cue(word)):
                continue
            if word not in vocab.speech:
                return None
            mention = vocab.subject_before(self.view, tokens[0].start, token.start)
            if mention is None or mention.start != tokens[0].start:
                return None
            self.used_cues.add(token.start)
            return self.span(token.start, token.start + len(word)), mention
        return None

    def subject_then_cue(self, tokens: list[Token]) -> tuple[Span | None, Span | None] | None:
        """``X said`` after a quotation, the subject possibly in apposition."""
        vocab = self.vocab
        depth = 0
        for index, token in enumerate(tokens[:_SUBJECT_SCAN_TOKENS]):
            if token.text in "()":
                depth += 1 if token.text == "(" else -1
                continue
            if depth > 0:
                continue
            word = vocab.word_of(token)
            if vocab.is_cue(word) and token.text[0].islower() and index > 0:
                mention = vocab.subject_before(self.view, tokens[0].start, token.start)
                if mention is None and self.noun_homograph_subject(tokens, index):
                    continue  # "the note says": the cue word is the subject's noun
                self.used_cues.add(token.start)
                if mention is None:
                    return None
                return self.span(token.start, token.start + len(word)), mention
            if token.text in '.;:!?“”"' or (
                vocab.is_sentence_stop(token) and not _comma_follows(tokens, index)
            ):
                break  # a stop before a comma is an abbreviation's ("R-Ky.,", "Jr.,")
        found = self.unknown_verb_after(tokens)
        return found if found is not None else self.inverted_unknown_verb(tokens)

    def inverted_unknown_verb(self, tokens: list[Token]) -> tuple[Span | None, Span | None] | None:
        """``"What a day!" beamed Jane Roe of Mobile``: a past-tense verb, then a name.

        Right after a quotation, an -ed verb no cue list holds and a
        capitalised noun phrase that ends the sentence or a clause can only
        be the inverted attribution.
        """
        vocab = self.vocab
        if len(tokens) < 2:
            return None
        verb = tokens[0].text
        if not (verb.isalpha() and verb.islower() and verb.endswith("ed")) or verb in vocab.stops:
            return None
        if (
            not tokens[1].text[0].isupper()
            or tokens[1].text.lower() in vocab.words["quote_determiners"]
        ):
            return None
        mention = vocab.noun_phrase_after(self.view, tokens[1].start, tokens[-1].end)
        if mention is None or mention.start != tokens[1].start:
            return None
        for token in tokens[2:]:
            if token.start < mention.end:
                continue
            if token.text not in ".,;" and not vocab.is_sentence_stop(token):
                return None
            break
        return self.span(tokens[0].start, tokens[0].end), mention

    def noun_homograph_subject(self, tokens: list[Token], index: int) -> bool:
        """Whether a cue word after a quotation is the noun of its subject ("the note says").

        A homograph ("note", "report") right after a determiner that opens
        the words after the quotation heads the subject; the cue is later.
        """
        word = tokens[index].text.lower()
        return (
            index <= _NOUN_SUBJECT_INDEX
            and word in self.vocab.homographs
            and tokens[0].text.lower() in self.vocab.words["quote_determiners"]
            and index + 1 < len(tokens)
            and tokens[index + 1].is_word
        )

    def unknown_verb_after(self, tokens: list[Token]) -> tuple[Span | None, Span | None] | None:
        """``"…," the crowd chanted``: a subject and a verb missing from the cue lists.

        Right after a quotation, a short noun phrase and a past-tense or
        present-tense verb ("chanted", "sings") can only be its attribution.
        """
        vocab = self.vocab
        for index, token in enumerate(tokens[1:5], 1):
            word = vocab.word_of(token)
            if not token.is_word:
                return None
            if word[0].islower() and word.endswith(("ed", "s")) and word not in vocab.stops:
                mention = vocab.subject_before(self.view, tokens[0].start, token.start)
                if mention is None or mention.start != tokens[0].start:
                    return None
                tail = self.short_tail(token.start + len(word), tokens[-1].end, word)
                if tail is None or (
                    index + 1 < len(tokens)
                    and tokens[index + 1].is_word
                    and (vocab.word_of(tokens[index + 1]) not in vocab.adjunct_openers)
                ):
                    return None
                self.used_cues.add(token.start)
                return self.span(token.start, token.start + len(word)), mention
        return None

    def intro_from_previous_paragraph(self, unit: Unit, quotation: Quotation) -> bool:
        """A quotation opening a paragraph after one that ends with a colon."""
        if unit.paragraph == 0 or self.paragraphs[unit.paragraph][0] != unit.start:
            return False
        p_start, p_end = self.paragraphs[unit.paragraph - 1]
        colon = prev_nonspace(self.text, p_end, p_start)
        if colon < p_start or self.text[colon] != ":":
            return False
        cues = [
            c
            for c in self.cues_in(max(p_start, colon - 120), colon)
            if not self.inside_quotation(c[0])
        ]
        if cues:
            cue: tuple[int, int, str] = cues[-1]
            self.used_cues.add(cue[0])
            mention = self.vocab.subject_before(self.view, p_start, cue[0])
        else:
            cue = (colon, colon + 1, ":")
            mention = self.vocab.subject_before(self.view, p_start, colon)
        self.add(
            QuoteKind.DIRECT,
            quotation.start,
            quotation.end,
            cue,
            mention=mention,
            unit=unit,
            confidence=0.7,
        )
        return True

    def continue_or_orphan(self, unit: Unit, quotation: Quotation) -> None:
        """Fold a bare quotation into the attribution before it, or keep it alone."""
        if self.quote_resumes_after_participle(unit, quotation):
            return
        if self.quote_resumes_after_relative(unit, quotation):
            return
        if self.found and not self.after_narrative(unit, quotation):
            last = self.found[-1]
            near = last.paragraph == unit.paragraph or (
                last.paragraph == unit.paragraph - 1 and last.kind is QuoteKind.DIRECT
            )
            quoted = (last.end - last.start) + (quotation.end - quotation.start)
            dense = quoted >= _CONTINUATION_DENSITY * (quotation.end - last.start)
            if near and last.end <= quotation.start and not dense:
                self.found.append(
                    dataclasses.replace(
                        last,
                        start=quotation.start,
                        end=quotation.end,
                        kind=QuoteKind.DIRECT,
                        paragraph=unit.paragraph,
                    )
                )
                return
            if near and last.end <= quotation.start:
                kind = QuoteKind.DIRECT if last.kind is QuoteKind.DIRECT else QuoteKind.MIXED
                self.found[-1] = dataclasses.replace(
                    last, kind=kind, end=quotation.end, paragraph=unit.paragraph
                )
                return
        if len(self.text[quotation.start : quotation.end].split()) < _ORPHAN_MIN_WORDS:
            return
        mention = None
        if self.found and unit.paragraph - self.found[-1].paragraph <= _ORPHAN_REACH:
            mention = self.found[-1].mention
        self.found.append(
            _Found(
                QuoteKind.DIRECT, quotation.start, quotation.end, None, mention, unit.paragraph, 0.4
            )
        )

    def after_narrative(self, unit: Unit, quotation: Quotation) -> bool:
        """Whether the writer's own words open the sentence before a bare quotation.

        '"…," he said. Trump took a risk, telling the crowd, "…," and, "…"': a
        quotation in the middle of a new sentence, after words of the writer,
        does not go on with an attribution of an earlier sentence: it stays
        a quotation of its own (its sentence may attribute it too).
        """
        if not self.found or self.found[-1].end > unit.start:
            return False
        words = 0
        for start, end in _outside(
            self.quotations_in(unit.start, quotation.start), unit.start, quotation.start
        ):
            words += len(self.text[start:end].split())
        return words >= _NARRATIVE_WORDS

    def quote_resumes_after_participle(self, unit: Unit, quotation: Quotation) -> bool:
        """``"…," he said, noting that …. "…"``: the quote goes on after the aside.

        The participle clause is the writer's aside between two parts of one
        quote, so the next quotation extends the direct quote before the
        aside rather than the participle's content.
        """
        if len(self.found) < 2:
            return False
        aside, quote = self.found[-1], self.found[-2]
        if (
            aside.kind is QuoteKind.DIRECT
            or aside.cue is None
            or not _verb_of(aside.cue.text).endswith("ing")
            or quote.kind is QuoteKind.INDIRECT
            or quote.paragraph != unit.paragraph
            or aside.paragraph != unit.paragraph
            or aside.end > quotation.start
            or quote.cue is None
            or not quote.start < aside.start
        ):
            return False
        if self.speech_participle_goes_on(aside, quotation):
            self.found[-1] = dataclasses.replace(aside, end=quotation.end, kind=QuoteKind.MIXED)
            return True
        self.found[-2] = dataclasses.replace(quote, end=quotation.end, kind=QuoteKind.MIXED)
        return True

    def speech_participle_goes_on(self, aside: _Found, quotation: Quotation) -> bool:
        """Whether ``"…," he said, adding that …. "…"`` resumes the participle's words.

        After a speech participle of ``quote_split_resuming_participles``
        the next bare quotation goes on with what the speaker added, not
        with the quote before the attribution: PolNeAR annotates the
        participle's content up to the end of that quotation.
        """
        cue = aside.cue
        return (
            cue is not None
            and quotation.start > aside.end
            and cue.text.lower() in self.vocab.words["quote_split_resuming_participles"]
        )

    def quote_resumes_after_relative(self, unit: Unit, quotation: Quotation) -> bool:
        """``"…," said X, who praised the plan. "…"``: the quote goes on after the clause.

        Attributions in the rest of a direct quote's sentence (relative
        clauses and participles on its speaker: ", who backs Smith, asking
        for anonymity", "said X, using a term Y used to describe Z") are the
        writer's asides; the bare quotation after them goes on with that
        quote, not with the last aside's attribution.
        """
        index = len(self.found) - 1
        floor = max(0, index - _ASIDE_REACH)
        while index > floor and self.aside(self.found[index], unit):
            index -= 1
        if index == len(self.found) - 1 or index < 0:
            return False
        quote, first_aside = self.found[index], self.found[index + 1]
        if (
            quote.kind is not QuoteKind.DIRECT
            or quote.cue is None
            or quote.paragraph != unit.paragraph
            or not quote.end <= first_aside.start
            or not self.same_sentence(quote.start, self.found[-1].start)
            or self.found[-1].end > quotation.start
        ):
            return False
        quoted = (quote.end - quote.start) + (quotation.end - quotation.start)
        if quoted >= _CONTINUATION_DENSITY * (quotation.end - quote.start):
            self.found[index] = dataclasses.replace(quote, end=quotation.end)
        else:
            self.found.append(dataclasses.replace(quote, start=quotation.start, end=quotation.end))
        return True

    def aside(self, found: _Found, unit: Unit) -> bool:
        """Whether an attribution may be an aside on a speaker: indirect, same paragraph."""
        return found.kind is QuoteKind.INDIRECT and found.paragraph == unit.paragraph

    def same_sentence(self, start: int, end: int) -> bool:
        """Whether two offsets lie in the same unit (sentence) of the story."""
        index = bisect_left(self.unit_starts, start + 1) - 1
        return index >= 0 and end < self.units[index].end

    def add(
        self,
        kind: QuoteKind,
        start: int,
        end: int,
        cue: tuple[int, int, str] | None,
        *,
        mention: Span | None,
        unit: Unit,
        confidence: float,
    ) -> None:
        """Record one attribution."""
        cue_span = self.span(cue[0], cue[1]) if cue is not None else None
        self.found.append(_Found(kind, start, end, cue_span, mention, unit.paragraph, confidence))

    # ------------------------------------------------------------ reported speech

    def reported_speech(self, unit: Unit, full: list[Quotation]) -> None:
        """Indirect and mixed attributions of one unit, around its full quotations."""
        outside = self.opening_cue(unit) + [
            c
            for c in self.cues_in(unit.start, unit.end)
            if not self.inside_quotation(c[0]) and self.text[c[0] - 1] != "-"
        ]
        hits = [c for c in outside if c[0] not in self.used_cues]
        if not hits:
            return
        state = UnitState(unit.start, self.last_mention_in(unit))
        state.silent_until = self.put_question_end(unit)
        for full_quote in full:
            if full_quote.start <= state.covered < full_quote.end:
                state.covered = full_quote.end
        starts = [c[0] for c in outside]
        closing = self.closing_attribution(unit, hits[-1])
        if closing is not None and not self.closing_vouches(hits):
            closing = None
        last = hits[-1][0]
        if closing is None:
            closing, last = self.inverted_closing_before(unit, hits, last)
        for cue in hits:
            if closing is not None and closing <= cue[0] < last:
                continue
            if cue[0] >= state.covered and cue[0] >= state.silent_until:
                first = bisect_left(starts, cue[0] + 1)
                later = outside[first : first + _LATER_CUES]
                if not self.noun_before_cue(unit, cue, later) and not self.summary_apposition(
                    unit, cue, state
                ):
                    self.reported_cue(unit, cue, later, state)

    def put_question_end(self, unit: Unit) -> int:
        """Where the question that opens a unit ends ("Asked if she believed …, Lee said …").

        The cues inside the question (:meth:`question_intro`) are words of
        what was asked, not attributions: nobody is said to believe
        anything. On PolNeAR train 9 of the 11 cues read inside one matched
        no attribution. The unit's start when no question opens it.
        """
        if not self.found:
            return unit.start
        last = self.found[-1]
        if last.start < unit.start or last.start not in self.put_questions:
            return unit.start
        return last.end

    def closing_attribution(self, unit: Unit, cue: tuple[int, int, str]) -> int | None:
        """Where the content of a sentence-final ``…, a source said.`` starts.

        The cues inside that content ("an aide decided to …, a source said")
        are part of what the closing speaker vouches for, not attributions
        that would take the sentence from its real speaker.
        """
        start, end, word = cue
        if word.lower() == "according to":
            return self.closing_according_to(unit, start, end)
        if not self.closing_verb(word) or _verb_of(word).endswith("ing"):
            return None
        inverted = self.inverted_closing(unit, start, end, word)
        if inverted is not None:
            return inverted
        if self.short_tail(end, unit.end, word) != unit.end:
            return None
        mention = self.vocab.subject_before(self.view, unit.start, start)
        if mention is None or mention.text in ("who", "which", "that"):
            return None
        found = self.trailing_attribution(unit, mention, (end, word), unit.start)
        if found is None or found[1] > mention.start:
            return None
        return found[0]

    def inverted_closing(self, unit: Unit, start: int, end: int, word: str) -> int | None:
        """Where the content of a sentence-final ``…, said Dan Lee, an analyst.`` starts.

        A form of "say" after a comma, then a capitalised name that runs to
        the end of the sentence or to an apposition: the named speaker
        vouches for the whole sentence before the comma, and the cues inside
        it ("a state she hoped to carry, …") are no attributions of their own.
        """
        if word not in self.vocab.words["quote_say_verbs"] or not self.after_comma(
            start, unit.start
        ):
            return None
        mention = self.vocab.noun_phrase_after(self.view, end + 1, unit.end)
        if mention is None or not mention.text[0].isupper():
            return None
        rest = self.text[mention.end : unit.end].strip(_INLINE_BLANKS + "\n.!?”\"’'")
        if rest and not rest.startswith(","):
            return None
        return unit.start

    def inverted_closing_before(
        self, unit: Unit, hits: list[tuple[int, int, str]], last: int
    ) -> tuple[int | None, int]:
        """:meth:`inverted_closing` on an earlier cue than the unit's last.

        "…, said Ann Lowe, an analyst at a polling firm.": the apposition
        holds a cue word of its own. Returns where the content starts and
        the closing cue's start, or None and ``last``.
        """
        says = self.vocab.words["quote_say_verbs"]
        for start, end, word in reversed(hits[:-1]):
            if word in says:
                found = self.inverted_closing(unit, start, end, word)
                return (None, last) if found is None else (found, start)
        return None, last

    def closing_verb(self, word: str) -> bool:
        """Whether a cue can close a sentence as its attribution (``…, records show.``).

        Speech verbs, and the verbs of ``quote_closing_verbs``: a document or
        a poll that "shows" what the sentence before it says vouches for all
        of it, so the cues inside are no attributions of their own.
        """
        return word in self.vocab.speech or word in self.vocab.words["quote_closing_verbs"]

    def closing_vouches(self, hits: list[tuple[int, int, str]]) -> bool:
        """Whether a closing attribution vouches for the cues before it.

        A closing speech verb or "according to" always does. One of ``quote_closing_verbs``
        does not over a form of "say" ("Lee said the videos do not show …,
        which he said …, records show."): the speech verb's speaker is named
        and the sentence is his.
        """
        if hits[-1][2] not in self.vocab.words["quote_closing_verbs"]:
            return True
        says = self.vocab.words["quote_say_verbs"]
        return not any(word in says for _, _, word in hits[:-1])

    def closing_according_to(self, unit: Unit, start: int, end: int) -> int | None:
        """Where the content of a sentence-final ``…, according to a new poll.`` starts.

        The source vouches for the whole sentence before it, so the cues
        inside ("voters view the senator as …") are not attributions of
        their own.
        """
        if not self.after_comma(start, unit.start):
            return None
        source = self.vocab.noun_phrase_after(self.view, end + 1, unit.end)
        if source is None:
            return None
        rest = self.text[source.end : unit.end].strip(_TRAILING + "”\"’'")
        if rest and not self.source_postmodifier(rest):
            return None
        return unit.start

    def source_postmodifier(self, rest: str) -> bool:
        """Whether the words after a closing source only describe it.

        "…, according to attorneys for the family.", "…, according to a
        poll released Monday.": a short phrase with no quotation in it,
        opened by a preposition or a participle. Not an apposition after a
        comma: :meth:`according_to` would then stretch the content over the
        cue.
        """
        words = rest.split()
        if len(words) > _SOURCE_TAIL_WORDS or any(m in rest for m in '“”"'):
            return False
        first = words[0].lower()
        return first in self.vocab.words["prepositions"] or first.endswith("ed")

    def reported_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
    ) -> None:
        """Attribute one cue of reported speech; ``state`` says what is covered."""
        vocab = self.vocab
        start, end, word = cue
        if (
            self.compound_noun(cue)
            or self.source_phrase(unit, cue, state)
            or self.only_setting(unit, cue, later, state)
        ):
            return
        if self.agent_participle(unit, cue, state) or self.put_question(unit, cue, state):
            return
        floor = max(unit.start, state.covered)
        if word in vocab.nouns and self.target_noun_cue(unit, cue, later, state, floor):
            return
        if self.frame_cue(unit, cue, later, state, floor):
            return
        if not vocab.is_cue(word) and word not in vocab.raising:
            return
        if _verb_of(word).endswith("ing") and not self.progressive(start, unit.start):
            self.participle_cue(unit, cue, later, state, floor)
            return
        confidence = 0.8 if word in vocab.speech else 0.5
        inverted = None
        if not self.after_relative_clause(state, floor, start):
            inverted = self.inverted_trailing(unit, cue, floor)
        if inverted is not None:
            state.last_mention = inverted
            state.cover(end)
            return
        mention = vocab.subject_before(self.view, floor, start, strict=word in vocab.homographs)
        if mention is None:
            mention = self.second_chance_subject(unit, cue, state, floor)
        if (
            mention is not None
            and word in vocab.naming
            and (mention.text.split()[0].lower() in ("a", "an"))
        ):
            return
        if mention is None and self.coordinated(start, floor):
            mention = (
                state.last_mention
                or self.clause_subject(unit, start)
                or self.lead_word_subject(unit, start)
            )
            if mention is not None:
                self.cover_forward(unit, cue, later, state, mention=mention, confidence=confidence)
            return
        if mention is None and self.after_word(start, floor, _INFINITIVE_MARKERS):
            mention = self.controller(unit, start, state)
            if mention is not None and not self.inside_quotation(mention.start):
                self.cover_forward(unit, cue, later, state, mention=mention, confidence=0.4)
            return
        if mention is None and word in vocab.speech and word not in vocab.homographs:
            mention = self.distant_subject(unit, cue, floor)
        if mention is None or self.inside_quotation(mention.start):
            return
        passive = (
            not _verb_of(word).endswith("ing")
            and (word not in vocab.phrasal or word in vocab.words["quote_passive_phrasal"])
            and self.progressive(start, floor)  # the token read last: it costs the most
        )
        if word in vocab.raising and (
            self.raises_cue(end, unit.end) or self.shows_up(word, end, unit.end)
        ):
            state.last_mention = mention
            return
        if word in vocab.raising or passive:
            state.cover(self.passive(unit, cue, mention, later))
            return
        trailing = self.trailing_attribution(unit, mention, (end, word), floor)
        if trailing is not None:
            c_start, c_end, mention = trailing
            self.add_content(unit, c_start, c_end, cue, mention=mention, confidence=confidence)
            state.cover(max(c_end, end))
        else:
            content_end = self.relative_main_verb(
                unit,
                mention,
                later,
                floor,
                self.past_opening_adjunct(unit, cue, later, self.content_end(unit, later)),
            )
            relative = mention.text in ("who", "which") or mention.text.endswith(" whom")
            if (
                relative and self.after_comma(mention.start, unit.start)
            ) or self.in_opening_subordinate(unit, start):
                content_end = self.relative_clause_end(end, content_end)
            state.cover(
                self.add_forward(
                    unit, cue, mention=mention, content_end=content_end, confidence=confidence
                )
            )
        state.last_mention = mention

    def compound_noun(self, cue: tuple[int, int, str]) -> bool:
        """Whether a cue word opens a compound noun (``quote_compound_nouns``).

        "…, a liberal think tank.": the word after the cue makes it half of
        a name for a thing, with no speaker and no content ("I think tanks
        will …" keeps its subject pronoun and stays a cue). On PolNeAR
        train one of the six cues read this way matched an attribution.
        """
        start, end, word = cue
        if word not in self.compound_heads or self.text[end : end + 1] not in (" ", "-"):
            return False
        following = _WORD.match(self.text, end + 1)
        if following is None:
            return False
        if f"{word} {following.group().lower()}" not in self.lexicon["quote_compound_nouns"]:
            return False
        previous = _word_before(self.text, max(0, start - _TOPIC_REACH), start)
        return previous is None or previous.lower() not in self.lexicon["pronouns_subject"]

    def noun_before_cue(
        self, unit: Unit, cue: tuple[int, int, str], later: list[tuple[int, int, str]]
    ) -> bool:
        """Whether a plural cue homograph is the subject's noun before the next cue.

        "a new analysis of campaign reports shows that …": a verb does not
        stand right before another finite verb, so "reports" is the noun
        the subject of "shows" ends on (adverbs may stand between: "reports
        also show"). Not in a relative clause: "which Will claims affirmed
        …" leaves the subject of "affirmed" out.
        """
        start, end, word = cue
        if not later or word not in self.vocab.homographs or not word.endswith("s"):
            return False
        before = self.view.between(max(unit.start, start - _NOUN_LOOKBACK), start)
        relatives = self.vocab.words["relative_pronouns"]
        if any(token.text.lower() in relatives for token in before[-_NOUN_RELATIVE_WORDS:]):
            return False
        following = later[0][2]
        if not self.vocab.is_cue(following) or _verb_of(following).endswith("ing"):
            return False
        between = self.text[end : later[0][0]].split()
        return all(w.lower() in self.vocab.modifiers for w in between)

    def frame_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> bool:
        """``SUBJECT + frame verb + object``: "the senator berated the banker on …".

        Verbs of ``quote_frame_verbs`` (mined from PolNeAR train: verbs whose
        ``subject + verb + object`` is an attribution at least half the time)
        attribute only as the finite verb of a speaker subject that agrees
        with them, never passive nor after "to", and only with an object
        ("a poll released last week" has none). The content is the object,
        cut as a noun-phrase object is. Frame adjectives go to
        :meth:`adjective_cue`. True when the cue is a frame word (then dealt
        with here), False for any other cue.
        """
        start, end, word = cue
        if word in self.vocab.adjectives or self.stative_participle(cue, unit, floor):
            return self.adjective_cue(unit, cue, later, state, floor)
        if word not in self.vocab.frames:
            return False
        vocab = self.vocab
        # The words after the cue first, from the raw text: most frame words
        # fail here, and the sentence need not be tokenized for them.
        if not vocab.frame_object(tokens_between(self.text, end, min(unit.end, end + 40))):
            return True
        if (
            word.endswith("ing")
            or self.progressive(start, floor)
            or self.after_word(start, floor, _INFINITIVE_MARKERS)
        ):
            return True
        mention = vocab.subject_before(self.view, floor, start, strict=True)
        if (
            mention is None
            or mention.text in ("that", "which")
            or self.inside_quotation(mention.start)
            or not vocab.frame_agrees(mention, self.view.between(mention.end, start), word)
            or not vocab.speaker_like(mention)
        ):
            return True
        content_end = self.content_end(unit, later)
        first = vocab.content_start(self.view, end, content_end, word)
        if first is None:
            return True
        content_end = self.object_end(first, content_end)
        state.cover(
            self.add_forward(unit, cue, mention=mention, content_end=content_end, confidence=0.4)
        )
        state.last_mention = mention
        return True

    def stative_participle(self, cue: tuple[int, int, str], unit: Unit, floor: int) -> bool:
        """``Smith is convinced that …``: a participle after "be" naming a state of mind.

        Words of ``quote_stative_participles`` read as a frame adjective (the
        subject holds the content) unless a word of ``quote_passive_markers``
        follows: an agent, an infinitive or "of" ("was persuaded by aides",
        "was persuaded to run", "is assured of winning", where the old
        passive reading scores better).
        """
        start, end, word = cue
        if word not in self.vocab.words["quote_stative_participles"]:
            return False
        after = tokens_between(self.text, end, min(unit.end, end + 20))
        if (
            not after
            or not after[0].is_word
            or after[0].text.lower() in self.vocab.words["quote_passive_markers"]
        ):
            return False
        return self.progressive(start, floor)

    def adjective_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> bool:
        """``SUBJECT + be + adjective + complement``: "aides were adamant that …".

        The adjective (``quote_frame_adjectives``) must follow a form of
        "be" and open a complement; an expletive subject ("it is unclear
        whether …") leaves the content with no holder. Always True.
        """
        start, end, _ = cue
        after = tokens_between(self.text, end, min(unit.end, end + 20))
        if not after or not after[0].is_word or not self.progressive(start, floor):
            return True
        mention = self.vocab.subject_before(self.view, floor, start)
        if (
            mention is None
            or mention.text in ("that", "which")
            or self.inside_quotation(mention.start)
        ):
            return True
        if mention.text.lower() in self.vocab.words["quote_expletives"]:
            mention = None
        state.cover(
            self.add_forward(
                unit,
                cue,
                mention=mention,
                content_end=self.content_end(unit, later),
                confidence=0.4,
            )
        )
        if mention is not None:
            state.last_mention = mention
        return True

    def participle_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> None:
        """Attribute an -ing cue that is no finite verb (", saying …", "voters saying …")."""
        if self.opening_participle(unit, cue, state):
            return
        start, end, _ = cue
        apposition_end = self.apposed_participle(start, end, later)
        if apposition_end is not None:
            state.silent_until = apposition_end
            self.apposed_content(unit, cue, apposition_end, floor)
            return
        if (
            self.participle_split(start, unit.start) is not None
            or self.coordinated_participle(start, unit.start) is not None
        ):
            mention = state.last_mention or self.clause_subject(unit, start)
            self.cover_forward(unit, cue, later, state, mention=mention, confidence=0.7)
        else:
            self.reduced_relative(unit, cue, later, state, floor)

    def apposed_content(
        self, unit: Unit, cue: tuple[int, int, str], comma: int, floor: int
    ) -> None:
        """``Lee, citing a report, said …``: the apposed participle's own content.

        Only the participles of ``quote_apposed_participles`` (a source
        cited, a fact noted, a memory recalled): "Lee, speaking to
        reporters, said …" sets a scene and attributes nothing.
        """
        start, end, word = cue
        if word not in self.vocab.words["quote_apposed_participles"]:
            return
        mention = self.vocab.subject_before(self.view, floor, prev_nonspace(self.text, start, 0))
        if mention is None or self.inside_quotation(mention.start):
            return
        c_start, c_end = _trim(self.text, end, comma)
        if c_end - c_start < 3:
            return
        self.add_content(unit, c_start, c_end, cue, mention=mention, confidence=0.6)

    def opening_cue(self, unit: Unit) -> list[tuple[int, int, str]]:
        """A capitalised -ing cue that opens the unit ("Citing a report, …").

        The cue pattern only knows lower-case words; the word is handed on
        in lower case, its span as written.
        """
        text = self.text
        limit = min(unit.end, unit.start + _WORD_REACH)
        # What the match needs, checked first without it: a capital, and
        # "ing" in any case before the first blank (the word ends there at
        # the latest).
        blank = text.find(" ", unit.start, limit)
        if not text[unit.start : unit.start + 1].isupper() or (
            "ing" not in text[unit.start : limit if blank == -1 else blank].lower()
        ):
            return []
        word = _WORD.match(text, unit.start, limit)
        if word is None or not word.group()[0].isupper():
            return []
        lowered = word.group().lower()
        if not lowered.endswith("ing") or not self.vocab.is_cue(lowered):
            return []
        return [(word.start(), word.end(), lowered)]

    def opening_participle(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``Citing an old report, the mayor …``: the speaker follows the comma.

        An -ing cue that opens its sentence (alone or after "after", "in",
        "by" …) takes the subject of the main clause after its comma as
        speaker; the content runs from the cue to that comma, and is no
        prepositional phrase.
        """
        text = self.text
        start, end, word = cue
        lead = text[max(unit.start, state.covered) : start].strip().lower()
        if lead and lead not in self.vocab.words["quote_gerund_prepositions"]:
            return False
        if len(lead) != len(text[unit.start : start].strip()):
            return False
        comma = self.relative_clause_end(end, unit.end)
        if comma >= unit.end:
            return False
        mention = self.main_subject(comma + 1, unit.end)
        if mention is None:
            mention = self.subject_past_relative(comma, unit.end)
        if mention is None:
            return False
        c_from = self.vocab.content_start(self.view, end, comma, word)
        c_start, c_end = _trim(text, end if c_from is None else c_from, comma)
        first = _WORD.match(text, c_start, c_end)
        if first is None or first.group().lower() in self.vocab.words["prepositions"]:
            return False  # "Speaking to reporters, …": a scene, not content
        self.add_content(unit, c_start, c_end, cue, mention=mention, confidence=0.6)
        state.cover(comma)
        return True

    def subject_past_relative(self, comma: int, limit: int) -> Span | None:
        """The main clause's subject after a relative clause on the opening phrase.

        "After thanking the crowd, which chanted his name, he touted …": the
        relative clause (opened by a word of ``relative_pronouns``) set off by
        commas describes the participle's object; the speaker follows its
        closing comma.
        """
        pos = comma + 1
        while pos < limit and self.text[pos].isspace():
            pos += 1
        first = _WORD.match(self.text, pos, limit)
        if first is None or first.group().lower() not in self.vocab.words["relative_pronouns"]:
            return None
        close = self.text.find(",", first.end(), min(limit, first.end() + _COMMA_REACH))
        if close == -1 or self.inside_quotation(close):
            return None
        return self.main_subject(close + 1, limit)

    def main_subject(self, pos: int, limit: int) -> Span | None:
        """The shortest start of the noun phrase at ``pos`` that names a speaker.

        "the mayor repeatedly attacked …" gives "the mayor": the noun phrase
        scan runs on over adverbs and verbs it cannot tell from nouns.
        """
        phrase = self.vocab.noun_phrase_after(self.view, pos, limit)
        if phrase is None:
            return None
        for word in _WORD_SPAN.finditer(self.text, phrase.start, phrase.end):
            head = self.span(phrase.start, word.end())
            if self.vocab.speaker_like(head) and not self.ends_in_honorific(word.group()):
                return head
        return None

    def ends_in_honorific(self, word: str) -> bool:
        """Whether a head ends in a courtesy title ("Mr.", "Ms."), which its name follows."""
        return word.rstrip(".").lower() in self.lexicon["honorifics"]

    def second_chance_subject(
        self, unit: Unit, cue: tuple[int, int, str], state: UnitState, floor: int
    ) -> Span | None:
        """The subject of a cue the plain backward scan found none for."""
        start, _, word = cue
        if self.after_relative_clause(state, floor, start) or self.after_restrictive_relative(
            state, floor, start
        ):
            return self.vocab.subject_before(self.view, unit.start, start)
        if word in self.vocab.homographs:
            return self.closing_subject(unit, cue, floor)
        return self.apposition_subject(unit, cue, floor)

    def closing_subject(self, unit: Unit, cue: tuple[int, int, str], floor: int) -> Span | None:
        """The bare subject of a sentence-final ``…, records show.``.

        A cue that is also a noun needs a clearly nominal subject ("health
        plans" is no speaker); between a comma and a cue that ends the
        sentence, a bare plural is one.
        """
        start, end, word = cue
        if self.short_tail(end, unit.end, word) != unit.end:
            return None
        mention = self.vocab.subject_before(self.view, floor, start)
        if mention is None or " " in mention.text or not mention.text.endswith("s"):
            return None
        if self.comma_before(mention.start, floor) is None:
            return None
        return mention

    def raises_cue(self, end: int, limit: int) -> bool:
        """Whether a raising verb governs a cue: "he appeared to suggest that …".

        The subject is then the speaker of that cue, which attributes the
        content itself (its infinitive takes the clause's subject).
        """
        after = self.view.between(end, min(limit, end + 30))
        return len(after) > 1 and after[0].text == "to" and self.vocab.is_cue(after[1].text.lower())

    def shows_up(self, word: str, end: int, limit: int) -> bool:
        """Whether "appeared" means showing up, not seeming: "Oz appeared on TV, saying …".

        An appearance verb followed by a place preposition attributes
        nothing; like a raising verb that governs a cue, it leaves its
        subject to the cue that follows.
        """
        words = self.vocab.words
        return word in words["quote_appearance_verbs"] and self.after_word_is(
            end, limit, words["quote_appearance_prepositions"]
        )

    def after_relative_clause(self, state: UnitState, floor: int, start: int) -> bool:
        """Whether a cue follows a ``, who said …,`` clause that ended right before it.

        "Jones, who said he votes Democratic, said the race is close": the
        relative clause's attribution covered the words before the main
        cue, so its subject is looked for behind that clause.
        """
        mention = state.last_mention
        if mention is None or mention.text not in ("who", "which") or mention.start >= floor:
            return False
        between = self.text[floor:start].strip()
        if between == ",":
            return True
        # "Doe, who has endorsed Smith despite their history, said …": the
        # clause's content stopped early, its closing comma is still ahead.
        return (
            between.endswith(",")
            and len(between) <= _COMMA_REACH
            and not any(mark in between[:-1] for mark in ".;:!?,")
        )

    def after_restrictive_relative(self, state: UnitState, floor: int, start: int) -> bool:
        """Whether a cue comes right where a ``who …`` clause's content stopped.

        "Voters who backed the mayor say …": :meth:`relative_main_verb` ended
        the clause's content before "say", whose subject is then looked for
        behind the clause ("Voters").
        """
        mention = state.last_mention
        if mention is None or mention.text not in ("who", "that") or mention.start >= floor:
            return False
        return not self.text[floor:start].strip()

    def cover_forward(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        *,
        mention: Span | None,
        confidence: float,
    ) -> None:
        """Attribute what follows the cue, as far as ``content_end`` allows; mark it covered."""
        state.cover(
            self.add_forward(
                unit,
                cue,
                mention=mention,
                content_end=self.content_end(unit, later),
                confidence=confidence,
            )
        )

    def reduced_relative(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> None:
        """``… left 62 percent of voters saying race relations are worse``.

        An -ing cue right after a noun phrase (no comma, no auxiliary) is a
        reduced relative clause: the noun phrase is the speaker.
        """
        start = cue[0]
        if self.set_off_gerund_cue(unit, cue, later, state, floor):
            return
        if self.after_word(start, floor, self.vocab.words["quote_gerund_prepositions"]):
            mention = self.controller(unit, start, state)
            if mention is None:
                return
        else:
            mention = self.vocab.subject_before(self.view, floor, start, strict=True)
            if mention is None:
                mention = self.participle_holder(unit, cue, state, floor)
            elif self.text[mention.end : start].strip():
                return
        if mention is None or mention.text in ("who", "which", "that"):
            return
        self.cover_forward(unit, cue, later, state, mention=mention, confidence=0.5)

    def participle_holder(
        self, unit: Unit, cue: tuple[int, int, str], state: UnitState, floor: int
    ) -> Span | None:
        """The speaker of an -ing cue right after a noun phrase no strict scan accepts.

        "video surfaced showing …", "ads attacking …", "a policy urging …":
        the noun phrase before the participle is its source, whatever its
        head. After a verb of ``quote_catenative_verbs`` ("began talking
        about …") the participle is that verb's object, and the clause's
        subject speaks.
        """
        start = cue[0]
        mention = self.vocab.subject_before(self.view, floor, start)
        if mention is None or self.text[mention.end : start].strip():
            return None
        last = mention.text.rsplit(maxsplit=1)[-1].lower()
        if last in self.vocab.words["quote_catenative_verbs"]:
            mention = self.controller(unit, start, state)
            return mention if mention is not None and mention.end <= start else None
        return mention

    def set_off_gerund_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> bool:
        """Attribute ``…, before insisting he had …``; True when the cue is one.

        The speaker is the clause's subject. Not when a name stands before
        the comma: the phrase then interrupts its clause ("when Trump, after
        railing against …, produced"), which the old reading leaves alone.
        """
        mark = self.set_off_gerund(cue[0], floor, self.vocab.words["quote_gerund_prepositions"])
        if mark is None:
            return False
        before = self.view.between(max(floor, mark.start - _WORD_REACH), mark.start)
        if not before or before[-1].text[0].isupper():
            return False  # "when Trump, after railing against …,": it interrupts its subject
        mention = self.controller(unit, cue[0], state)
        if mention is None or mention.text in ("who", "which", "that"):
            return True
        self.cover_forward(unit, cue, later, state, mention=mention, confidence=0.5)
        return True

    def set_off_gerund(self, pos: int, floor: int, prepositions: frozenset[str]) -> Token | None:
        """The comma or dash before a gerund's preposition (", before insisting"), if one is.

        Unlike ", to discuss …" (a purpose adjunct, see :meth:`after_word`),
        a gerund phrase set off after its clause ("…, before insisting he had
        …", "-- by touting her record") still has the clause's subject as
        the one who speaks.
        """
        tokens = self.without_adverb(self.view.between(max(floor, pos - _WORD_REACH), pos))
        if (
            len(tokens) > 1
            and tokens[-1].text.lower() in prepositions
            and tokens[-2].text in _APPOSITION_MARKS
        ):
            return tokens[-2]
        return None

    def controller(self, unit: Unit, start: int, state: UnitState) -> Span | None:
        """The speaker of an infinitive or gerund cue: the subject of its clause.

        None when that subject is an expletive ("It is hard to know …",
        "There is reason to believe …"): nobody in particular holds the view.
        """
        mention = state.last_mention or self.clause_subject(unit, start)
        if mention is None:
            return None
        first = mention.text.split()[0].lower()
        for suffix in ("’s", "'s"):
            first = first.removesuffix(suffix)
        return None if first in self.vocab.words["quote_expletives"] else mention

    def after_word(self, pos: int, floor: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands right before ``pos`` (adverbs skipped).

        "to discuss …", "by criticizing …": an infinitive or a gerund after a
        preposition takes the subject of its clause as speaker. Not after a
        comma or a dash (", to discuss …"): that is a purpose adjunct, the
        writer's account of an act rather than an attribution.
        """
        tokens = self.view.between(max(floor, pos - 40), pos)
        index = len(tokens) - 1
        while index >= 0 and (
            tokens[index].text.lower() in self.vocab.modifiers
            or (tokens[index].text.endswith("ly") and tokens[index].text[0].islower())
        ):
            index -= 1
        if index < 0 or tokens[index].text.lower() not in words:
            return False
        return index == 0 or tokens[index - 1].text not in _APPOSITION_MARKS

    def distant_subject(self, unit: Unit, cue: tuple[int, int, str], floor: int) -> Span | None:
        """The sentence's subject for ``X, who …, which …, said that …``.

        Appositions too long or too nested for the subject scan still leave
        the sentence's first noun phrase as the speaker, when the verb is a
        finite speech verb whose content opens with "that".
        """
        start, end, word = cue
        if floor > unit.start or _verb_of(word).endswith("ing"):
            return None
        after = self.view.between(end, min(unit.end, end + 20))
        if not after:
            return None
        clause = after[0].text == "that" or (
            word in self.vocab.words["quote_say_verbs"]
            and after[0].text in self.vocab.words["quote_adjunct_subjects"]
        )
        if not clause:
            return None
        return self.clause_subject(unit, start)

    def apposition_subject(self, unit: Unit, cue: tuple[int, int, str], floor: int) -> Span | None:
        """The sentence's subject for ``X, a delegate backing Y, said he …``.

        A cue right after the comma that closes an apposition or a relative
        clause on the sentence's subject: an attribution inside that aside
        ("backing Y", "who has denounced …") covered the words before the
        cue, so the backward scan stops short of the subject. The subject
        must be followed by the comma (or parenthesis) that opens the aside.
        """
        start, _, word = cue
        if floor <= unit.start or _verb_of(word).endswith("ing"):
            return None
        tokens = self.view.between(max(unit.start, start - _WORD_REACH), start)
        index = len(tokens) - 1
        while index >= 0 and tokens[index].text.lower() in self.vocab.modifiers:
            index -= 1
        if index < 0 or tokens[index].text != ",":
            return None
        subject = self.clause_subject(unit, start)
        if subject is None or subject.end > floor:
            return None
        after = subject.end
        while after < start and self.text[after] in _INLINE_BLANKS:
            after += 1
        return subject if self.text[after] in ",(" else None

    def in_opening_subordinate(self, unit: Unit, cue_start: int) -> bool:
        """Whether a cue sits in a clause that opens its sentence with a subordinator.

        "While he said the plan would pass, the vote failed": the content
        ends at the comma that closes the subordinate clause (see
        :meth:`relative_clause_end`), not at the end of the sentence. Not
        after "As", whose clause attributes the main one ("As X put it, …").
        """
        if cue_start - unit.start > _COMMA_REACH:
            return False
        head = _FIRST_WORDS.match(self.text, unit.start, cue_start)
        if head is None or not head.group(1)[0].isupper():
            return False
        word = head.group(1).lower()
        if word == "as" or word not in self.vocab.words["quote_subordinators"]:
            return False  # "As X put it, …": the main clause is the content
        return "," not in self.text[head.end(1) : cue_start]

    def past_opening_adjunct(
        self, unit: Unit, cue: tuple[int, int, str], later: list[tuple[int, int, str]], limit: int
    ) -> int:
        """Where "that" content opening on an adjunct goes on past the subject after it.

        "said that in a race between the two, he would back the senator":
        the words before the comma hold no verb of their own, so the clause
        after it (whose new subject ended the content there) is what "that"
        introduces, and its verb is no attribution of its own. Not when that
        verb reports a clause in turn ("…, he thinks she …"), which PolNeAR
        annotates as an attribution inside the content.
        """
        text = self.text
        if limit >= unit.end or text[limit] != ",":
            return limit
        start = self.vocab.content_start(self.view, cue[1], limit, cue[2])
        if start is None:
            return limit
        opening = self.view.between(start, min(limit, start + _WORD_REACH))
        if (
            len(opening) < 2
            or opening[0].text != "that"
            or opening[1].text.lower() not in self.vocab.words["quote_that_adjunct_openers"]
        ):
            return limit
        for index, (at, stop, _) in enumerate(later):
            if at < limit:
                continue
            between = self.view.between(limit + 1, at)
            if self.boundaries.get(at) != limit or (
                between and between[0].text.lower() in self.vocab.words["quote_clause_conjunctions"]
            ):
                return limit  # "…, but downplayed …": a second verb of the speaker's
            following = self.view.between(stop, min(unit.end, stop + _WORD_REACH))
            if following:
                word = following[0].text.lower()
                if (word != "to" and word in self.vocab.words["quote_clause_openers"]) or (
                    word in self.vocab.pronouns and word != "it"
                ):
                    return limit
            return self.content_end_in(unit, later[index + 1 :])
        return limit

    def relative_clause_end(self, start: int, limit: int) -> int:
        """The comma that closes ``, who said …,`` (the main clause goes on after it)."""
        reach = min(limit, start + _COMMA_REACH)
        comma = self.text.find(",", start, reach)
        while comma != -1 and self.inside_quotation(comma):
            comma = self.text.find(",", comma + 1, reach)
        return limit if comma == -1 else comma

    def relative_main_verb(
        self, unit: Unit, mention: Span, later: list[tuple[int, int, str]], floor: int, limit: int
    ) -> int:
        """Where a cue in a restrictive relative clause stops: before the main verb.

        "Voters who backed the mayor in 2012 say they …": a later cue whose
        subject reaches back over the relative pronoun to its antecedent is
        the sentence's own verb, not part of the clause's content. Not for
        a clause set off by a comma (:meth:`relative_clause_end`).
        """
        if mention.text != "who" or self.after_comma(mention.start, unit.start):
            return limit
        for start, _, word in later:
            if start >= limit:
                break
            if not self.vocab.is_cue(word) or _verb_of(word).endswith("ing"):
                continue
            before = prev_nonspace(self.text, start, mention.end)
            word_start = self.text.rfind(" ", mention.end, before + 1) + 1
            if self.text[word_start : before + 1].lower() in self.vocab.pronouns:
                continue  # "who think they know better": the clause's own clause
            subject = self.vocab.subject_before(self.view, floor, start)
            if subject is not None and subject.start < mention.start:
                return before + 1
        return limit

    def noun_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> bool:
        """``Iran’s position that …`` / ``his claim that …``: the possessor holds the content."""
        start, end, _ = cue
        after = self.view.between(end, min(unit.end, end + 12))
        before = self.view.between(max(floor, start - 60), start)
        if not before or (" " not in cue[2] and (not after or after[0].text != "that")):
            return False
        index = len(before) - 1
        while index > 0 and len(before) - index <= 2 and self.noun_modifier(before[index]):
            index -= 1  # "Graham’s energetic endorsement of", "made no mention of"
        owner = before[index]
        lower = owner.text.lower()
        if lower in self.vocab.words["quote_possessives"]:
            mention: Span | None = self.span(owner.start, owner.end)
        elif owner.text[0].isupper() and lower.endswith(("’s", "'s")):
            name = self.vocab.subject_before(self.view, floor, owner.end - 2)
            mention = name or self.span(owner.start, owner.end - 2)
        elif " " in cue[2] and lower in self.vocab.words["quote_light_verbs"]:
            mention = self.vocab.subject_before(self.view, floor, owner.start)
            if mention is None or mention.text in ("who", "which", "that"):
                return False
        elif " " in cue[2] and lower in self.vocab.words["quote_holderless_leads"]:
            mention = None  # "After months of criticism over the plan, …": nobody named holds it
        else:
            return False
        content_end = self.content_end(unit, later)
        if " " in cue[2]:
            content_end = self.noun_phrase_end(cue[1], content_end)
        state.cover(
            self.add_forward(unit, cue, mention=mention, content_end=content_end, confidence=0.5)
        )
        return True

    def noun_modifier(self, token: Token) -> bool:
        """Whether a word can stand between a noun cue and its owner ("energetic", "no")."""
        word = token.text
        return (
            token.is_word
            and word[0].islower()
            and word not in self.vocab.stops
            and not self.vocab.is_cue(word)
            and word not in self.vocab.words["quote_possessives"]
            and word not in self.vocab.words["quote_light_verbs"]
        )

    def noun_phrase_end(self, start: int, limit: int) -> int:
        """Where the object of a noun cue ends: before a comma or the clause's verb."""
        vocab = self.vocab
        for token in self.view.between(start, min(limit, start + 160)):
            word = token.text.lower()
            if (
                token.text in ",;:"
                or word in vocab.modifiers
                or word in vocab.words["quote_be_forms"]
            ):
                return token.start
        return limit

    def coordinated(self, cue_start: int, floor: int) -> bool:
        """Whether a cue is a second verb of its clause ("… and said that …")."""
        tokens = self.view.between(max(floor, cue_start - 60), cue_start)
        index = len(tokens) - 1
        while index >= 0 and tokens[index].text.lower() in self.vocab.modifiers:
            index -= 1
        return index >= 0 and tokens[index].text in ("and", "but")

    def last_mention_in(self, unit: Unit) -> Span | None:
        """The speaker of the last attribution already found in this unit."""
        if self.found and self.found[-1].end > unit.start and self.found[-1].start < unit.end:
            if self.found[-1].start in self.put_questions:
                return None  # "When pressed by Holt …, his answer was to say …": no subject
            return self.found[-1].mention
        return None

    def after_comma(self, pos: int, floor: int) -> bool:
        """Whether a comma (maybe inside a closing quote) stands just before ``pos``."""
        before = prev_nonspace(self.text, pos, floor)
        if before < floor:
            return False
        while self.text[before] in "”\"’'" and before > floor:
            before -= 1
        return self.text[before] == ","

    def clause_subject(self, unit: Unit, before: int) -> Span | None:
        """The subject of the clause a participle hangs on ("Trump", "The senator").

        Skips a dateline ("PARIS —") and an introductory phrase that ends in
        a comma ("In Iowa,", "Campaigning in Ohio on Monday,").
        """
        tokens = self.view.between(unit.start, min(before, unit.start + 160))
        index = 0
        for position, token in enumerate(tokens[:8]):
            if token.text in _DASHES:
                index = position + 1
                break
            if token.is_word and token.text[0].islower():
                break
        while index < len(tokens) and tokens[index].text in "([)]":
            index += 1
        if index < len(tokens) and (
            self.introductory(tokens[index])
            or (
                index + 2 < len(tokens)
                and tokens[index + 2].text == ","
                and tokens[index + 1].text.endswith("ly")
            )
        ):
            comma = next(
                (i for i in range(index, min(len(tokens), index + 12)) if tokens[i].text == ","),
                None,
            )
            if comma is not None:
                index = self.after_intro_segments(tokens, comma + 1)
        if index >= len(tokens):
            return None
        first = tokens[index]
        if first.text.lower() in self.vocab.pronouns:
            return self.span(first.start, first.end)
        return self.vocab.noun_phrase_after(self.view, first.start, before)

    def lead_word_subject(self, unit: Unit, before: int) -> Span | None:
        """The subject after a lone opening conjunction ("But the court ruled and said …").

        For a cue coordinated with the clause's first verb only: the
        subject of "But the court overruled and said" is "the court".
        """
        tokens = self.view.between(unit.start, min(before, unit.start + _WORD_REACH))
        if (
            len(tokens) < 2
            or tokens[0].text.lower() not in self.vocab.words["quote_lead_words"]
            or not tokens[1].is_word
        ):
            return None
        if tokens[1].text.lower() in self.vocab.pronouns:
            return self.span(tokens[1].start, tokens[1].end)
        return self.vocab.noun_phrase_after(self.view, tokens[1].start, before)

    def after_intro_segments(self, tokens: list[Token], index: int) -> int:
        """Past the further comma segments of an introduction ("In Ames, Iowa, on Sunday,").

        A short segment closed by a comma is skipped when it opens with a
        preposition ("on Sunday,") or names a place ("Iowa,").
        """
        prepositions = self.vocab.words["prepositions"]
        places = self.lexicon["places"]
        for _ in range(3):
            comma = next(
                (i for i in range(index, min(len(tokens), index + 6)) if tokens[i].text == ","),
                None,
            )
            if comma is None or comma == index:
                return index
            first = tokens[index].text
            words = [t.text.lower() for t in tokens[index:comma]]
            place = first[:1].isupper() and (" ".join(words) in places or words[-1] in places)
            if not (first.lower() in prepositions or place):
                return index
            index = comma + 1
        return index

    def introductory(self, token: Token) -> bool:
        """Whether a unit's first word opens an adverbial phrase, not the subject."""
        word = token.text.lower()
        return word in self.vocab.words["quote_intro_words"] or word.endswith(("ing", "ed", "ly"))

    def content_end(self, unit: Unit, later: list[tuple[int, int, str]]) -> int:
        """Where forward content stops: the unit end, or a later ``, noting``.

        Only the next few cues are looked at, and content is never longer
        than :data:`_MAX_CONTENT` (see :meth:`add_forward`), so a sentence
        without full stops (a list, garbage) cannot make the stage quadratic.
        """
        return self.content_end_in(unit, later)

    def content_end_in(self, unit: Unit, later: list[tuple[int, int, str]]) -> int:
        """Where forward content stops, before the length cap."""
        for start, _, word in later:
            if self.coordinated_belief(start, word, unit.start):
                continue
            if word.lower() == "according to" and self.after_comma(start, unit.start):
                return prev_nonspace(self.text, start, unit.start)
            if _verb_of(word).endswith("ing"):
                split = self.participle_split(start, unit.start)
                if split is None:
                    split = self.coordinated_participle(start, unit.start)
                if split is None:
                    split = self.gerund_joint(start, unit.start)
                if split is not None:
                    return split
                continue
            if start not in self.boundaries:
                self.boundaries[start] = self.split_before(start, unit)
            boundary = self.boundaries[start]
            if boundary is not None:
                return boundary
        return unit.end

    def coordinated_belief(self, cue_start: int, word: str, floor: int) -> bool:
        """Whether a later belief verb right after "and"/"but" goes on with the content.

        "said she was tired of the status quo and wanted a new candidate",
        "noted that the senator backed the bans and opposed the cloning":
        a belief or wish verb (``belief_verbs``) joined without a comma is
        as often the reported subject's as the speaker's, and PolNeAR keeps
        the two in one content more often than not, so it ends nothing (a
        speech verb, "… and said that …", still does). So does a frame verb
        after "and" ("vowed not to repeat the mistake and established a
        panel"), which without a subject of its own attributes nothing and
        would only have cut the content short.
        """
        lower = word.lower()
        if lower not in self.coordination_verbs:
            return False  # neither a belief verb nor a frame verb that is no cue
        frame = lower in self.lexicon["quote_frame_verbs"] and not self.vocab.is_cue(lower)
        tokens = self.view.between(max(floor, cue_start - 40), cue_start)
        index = len(tokens) - 1
        while index >= 0 and tokens[index].text.lower() in self.vocab.modifiers:
            index -= 1
        if frame and (index < 0 or tokens[index].text != "and"):
            return False
        return index >= 1 and tokens[index].text in ("and", "but") and tokens[index - 1].text != ","

    def passive(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        subject: Span,
        later: list[tuple[int, int, str]],
    ) -> int:
        """``X is expected to …``: the subject is content, not the speaker.

        The speaker is the agent after "by" when there is one, else nobody.
        """
        text = self.text
        end = self.content_end(unit, later)
        opening = self.in_opening_subordinate(unit, cue[0])
        if opening:
            # "Though a curfew was announced at 6 p.m., officials …"
            end = self.relative_clause_end(cue[1], end)
        end = self.tail_cut(cue[1], end)
        start, stop = _trim(text, subject.start, end)
        if stop - cue[1] < 3:
            return cue[1]
        agent = None
        by = text.find(" by ", cue[1], min(stop, cue[1] + 40))
        if by != -1:
            agent = self.vocab.noun_phrase_after(self.view, by + 4, stop)
        question = self.question_after(agent.end, stop) if agent is not None else None
        if question is not None:
            # "Cain was asked by a caller why …": the question is the content.
            self.add_content(unit, question, stop, cue, mention=agent, confidence=0.4)
            return stop
        if (
            agent is not None
            and subject.start == start
            and self.agent_follows(cue[1], by)
            and not self.after_word_is(agent.end, stop, self.vocab.words["quote_agent_complements"])
        ):
            # "The plan was endorsed by dozens of papers": what the agent
            # vouches for is the subject, not the clause; "criticized by the
            # mayor for the delay" keeps the reason with it.
            self.add_content(unit, subject.start, subject.end, cue, mention=agent, confidence=0.4)
            return agent.end
        if (
            not opening
            and subject.start == start
            and self.adjunct_after_passive(cue, subject, stop)
        ):
            self.add_content(unit, subject.start, subject.end, cue, mention=agent, confidence=0.4)
            return self.passive_cover_end(agent, stop)
        self.add_content(unit, start, stop, cue, mention=agent, confidence=0.4)
        return stop

    def passive_cover_end(self, agent: Span | None, stop: int) -> int:
        """How far a passive whose content is its subject covers the unit.

        Up to its agent ("was supported Friday by Sen. Lee, who said …"):
        the cues after the agent (a relative clause on it) attribute content
        of their own. To ``stop`` when no agent is named.
        """
        return stop if agent is None else agent.end

    def adjunct_after_passive(self, cue: tuple[int, int, str], subject: Span, stop: int) -> bool:
        """Whether a passive cue takes only a time or place adjunct, not a clause.

        "The plan was ultimately approved last year", "the comment was posted
        on a forum": what was approved or posted is the subject, so the
        adjunct (``quote_passive_adjuncts``, time words) is not content.
        Expletive and relative subjects ("it was announced in May that …",
        "who was named on Friday as …") and agentless participles ("a ruling
        is expected in June": the whole clause is the prediction) keep the
        clause.
        """
        lexicon = self.lexicon
        vocab = self.vocab
        verb = _verb_of(cue[2]).lower()
        if verb in lexicon["quote_agentless_participles"] or cue[2] in vocab.raising:
            return False  # "O'Malley appeared Sunday", "she was reportedly in Iowa"
        head = subject.text.lower()
        if head in lexicon["quote_expletives"] or head in lexicon["relative_pronouns"]:
            return False
        be_forms = vocab.words["quote_be_forms"]
        words = head.split()
        if any(word in be_forms or word in vocab.modifiers for word in words) or (
            len(words) == 1 and subject.text.islower() and head not in vocab.pronouns
        ):
            return False  # not a clean noun phrase: "the nominee will almost", "now"
        for token in self.view.between(subject.end, cue[0]):
            word = token.text.lower()
            if word not in be_forms and word not in vocab.modifiers and not word.endswith("ly"):
                return False  # "All of this is documented in …": the subject is longer
        after = self.view.between(cue[1], min(stop, cue[1] + 40))
        for index, token in enumerate(after):
            word = token.text.lower()
            if token.is_word and word.endswith("ly") and token.text[0].islower():
                continue  # "was approved unanimously on Friday"
            if index + 1 < len(after) and (
                after[index + 1].text.lower() in vocab.words["quote_clause_openers"]
            ):
                return False  # a particle: "she was sworn in to testify"
            return word in lexicon["quote_passive_adjuncts"] or word in vocab.time_words
        return False

    def question_after(self, pos: int, limit: int) -> int | None:
        """Where an indirect question right after ``pos`` starts ("why …", "whether …")."""
        after = self.view.between(pos, min(limit, pos + 20))
        if not after or after[0].text.lower() not in self.vocab.words["quote_agent_questions"]:
            return None
        return after[0].start

    def after_word_is(self, pos: int, limit: int, words: frozenset[str]) -> bool:
        """Whether the first word after ``pos`` is one of ``words``."""
        after = self.view.between(pos, min(limit, pos + 20))
        return bool(after) and after[0].text.lower() in words

    def agent_follows(self, cue_end: int, by: int) -> bool:
        """Whether the "by" of an agent comes right after a passive cue (adverbs aside)."""
        between = self.view.between(cue_end, by + 1)
        return all(
            t.text.lower() in self.vocab.modifiers or (t.text.endswith("ly") and t.is_word)
            for t in between
        )

    def progressive(self, start: int, floor: int) -> bool:
        """Whether an -ing cue is a finite verb ("Trump was saying", "he’s saying").

        Negation and adverbs may stand between ("is not saying", "isn’t
        saying", "was also expected"); a negated "be" counts as "be".

        A contracted "’s" is "is" only before an -ing form: "she’s said" is
        "she has said", not a passive.
        """
        tokens = self.view.between(max(floor, start - 40), start)
        index = len(tokens) - 1
        negations = self.vocab.words["quote_negations"]
        while index > 0 and (
            tokens[index].text.lower() in negations
            or (tokens[index].text.endswith("ly") and tokens[index].text[0].islower())
        ):
            index -= 1
        if index < 0:
            return False
        last = tokens[index].text.lower()
        if last in self.vocab.words["quote_be_forms"]:
            return True
        contracted = self.vocab.contracted_pronoun(last)
        if not contracted or last[len(contracted) :] not in ("’s", "'s", "’re", "'re"):
            return False
        cue = self.view.between(start, start + 30)
        return bool(cue) and _verb_of(cue[0].text).endswith("ing")

    def apposed_participle(
        self, start: int, end: int, later: list[tuple[int, int, str]]
    ) -> int | None:
        """The comma closing an -ing cue's apposition before its clause's own cue.

        "Smith, speaking on condition of anonymity to discuss the talks,
        said he would …": the participle phrase describes the subject of
        "said", which attributes the content; the cues inside the phrase
        attribute nothing.
        """
        text = self.text
        if text[prev_nonspace(text, start, 0)] != ",":
            return None
        comma = text.find(",", end, end + _COMMA_REACH)
        if comma == -1 or self.inside_quotation(comma):
            return None
        for cue_start, _, cue_word in later:
            if cue_start < comma:
                continue
            between = self.view.between(comma + 1, cue_start)
            if cue_word in self.vocab.speech and all(
                t.text.lower() in self.vocab.modifiers for t in between
            ):
                return comma
            return None
        return None

    def participle_split(self, start: int, floor: int) -> int | None:
        """Where a participle clause (", noting that", "- and arguing") begins."""
        tokens = self.view.between(max(floor, start - 20), start)
        tokens = self.without_adverb(tokens)
        if not tokens:
            return None
        last = tokens[-1]
        if last.text in _PARTICIPLE_LEADS:
            if last.text in ("and", "while") and len(tokens) > 1 and tokens[-2].text in "-—–,":
                return tokens[-2].start
            return last.start
        if last.text in "”\"’'" and len(tokens) > 1 and tokens[-2].text == ",":
            return tokens[-2].start
        return None

    def coordinated_participle(self, start: int, floor: int) -> int | None:
        """Where ``… but warning that …`` / ``…, yet also noting …`` begins.

        A second participle cue joined by a word of
        ``quote_split_participle_joins`` (adverbs such as "also" between
        allowed, not auxiliaries or negations: "and is seeking", "but not
        endorsing") opens the same speaker's next attribution: "acknowledging
        that A but warning that B" ends the first content before "but".
        """
        tokens = self.view.between(max(floor, start - 40), start)
        index = len(tokens) - 1
        while index > 0 and (
            tokens[index].text in ("also", "then")
            or (tokens[index].text.endswith("ly") and tokens[index].text.islower())
        ):
            index -= 1
        if (
            index < 1
            or tokens[index].text.lower() not in self.vocab.words["quote_split_participle_joins"]
        ):
            return None
        if self.inside_quotation(tokens[index].start):
            return None
        if tokens[index - 1].text in (",", ";") or tokens[index - 1].text in _DASHES:
            return tokens[index - 1].start
        return tokens[index].start

    def gerund_joint(self, start: int, floor: int) -> int | None:
        """Where ``… before backing Rubio`` begins: a gerund cue's own attribution.

        A preposition of ``quote_split_gerund_joins`` right before an -ing
        cue ends earlier forward content ("had endorsed Graham before backing
        Rubio"); the gerund takes the main clause's subject
        (:meth:`reduced_relative`).
        """
        tokens = self.view.between(max(floor, start - 30), start)
        if (
            not tokens
            or tokens[-1].text.lower() not in self.vocab.words["quote_split_gerund_joins"]
        ):
            return None
        if self.inside_quotation(tokens[-1].start):
            return None
        return tokens[-1].start

    @staticmethod
    def without_adverb(tokens: list[Token]) -> list[Token]:
        """``tokens`` less one lower-case "-ly" adverb at the end (", falsely suggesting")."""
        if len(tokens) > 1 and tokens[-1].text.endswith("ly") and tokens[-1].text[0].islower():
            return tokens[:-1]
        return tokens

    def clause_boundary_before(self, cue_start: int, floor: int) -> int | None:
        """Where a new attribution clause starts before a later cue, if it does.

        "… and highlighted …" (a second verb of the same speaker, no comma
        before "and"), "… to join the effort, and criticized …" (a second
        verb after the only comma) and "…, though 32 percent said …" (a new
        subject after a clause boundary) end the content before them;
        "…, rejected …, and underscored that …" (a list of verbs) and "…
        that Y believes …" do not.
        """
        tokens = self.view.between(max(floor, cue_start - 80), cue_start)
        index = len(tokens) - 1
        while index >= 0 and tokens[index].text.lower() in self.vocab.modifiers:
            index -= 1
        if index < 1:
            return None
        if tokens[index].text in ("and", "but"):
            if tokens[index - 1].text != ",":
                return tokens[index].start
            if any(token.text == "," for token in tokens[: index - 1]):
                return None
            return tokens[index - 1].start
        mention = self.vocab.subject_before(self.view, tokens[0].start, cue_start)
        self.boundary_subject = (tokens[0].start, cue_start, mention)  # see split_subject
        if mention is None or mention.text in ("who", "which", "that"):
            return None
        position = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
        if position is None or position == 0:
            return None
        opener = tokens[position - 1]
        conjunctions = self.vocab.words["quote_clause_conjunctions"]
        if self.inside_phrase(tokens, position - 1):
            return None
        if opener.text in (",", ";") or opener.text.lower() in conjunctions:
            return opener.start
        return None

    def split_before(self, cue_start: int, unit: Unit) -> int | None:
        """Where forward content stops before a later cue: a clause boundary or a joint.

        :meth:`clause_boundary_before` first; then the joints that open a
        second attribution, the later cue's subject's, inside the content
        (:meth:`relative_joint`, :meth:`dash_joint`).
        """
        self.boundary_subject = None
        boundary = self.clause_boundary_before(cue_start, unit.start)
        if boundary is None:
            boundary = self.asked_joint(cue_start, unit.start)
        if boundary is not None:
            return boundary
        floor = unit.start
        mention = self.split_subject(max(floor, cue_start - 80), cue_start)
        if mention is None:
            return None
        if mention.text.lower() in self.vocab.words["relative_pronouns"]:
            return self.compared_joint(mention, floor)
        boundary = self.relative_joint(mention, floor)
        if boundary is None:
            boundary = self.dash_joint(mention, floor)
        if boundary is None:
            boundary = self.approximated_joint(mention, floor)
        if boundary is None:
            apposition = self.apposition_before(mention, floor)
            index = bisect_left(self.cue_starts, cue_start)
            if (
                apposition is not None
                and index < len(self.cues)
                and self.cues[index][0] == cue_start
                and self.clause_ends_after(self.cues[index][1], unit.end)
            ):
                boundary = apposition[0]
        return boundary

    def split_subject(self, floor: int, pos: int) -> Span | None:
        """``subject_before(view, floor, pos)``, reusing :meth:`clause_boundary_before`'s scan.

        That scan read the window from its first token's start; when it
        starts at ``floor``, or the window from ``floor`` holds the very same
        tokens, the subject scan would read the same tokens again, so its
        answer is taken rather than worked out twice.
        """
        known = self.boundary_subject
        if known is None or known[1] != pos:
            return self.vocab.subject_before(self.view, floor, pos)
        if known[0] == floor or self.view.between(floor, pos) == self.view.between(known[0], pos):
            return known[2]
        return self.vocab.subject_before(self.view, floor, pos)

    def apposition_before(self, mention: Span, floor: int) -> tuple[int, int, int] | None:
        """``, a claim that`` / ``- something`` between earlier content and a subject.

        A short noun phrase opened by a word of ``quote_split_apposition_heads``
        after a comma or dash, an optional "that" or "which", then a later
        cue's own subject: the phrase sums up what came before and is the
        object of the later cue ("…, a claim that the mayor's office
        disputes"). Returns the comma or dash and the phrase's bounds.
        """
        tokens = self.view.between(max(floor, mention.start - 40), mention.start)
        index = len(tokens) - 1
        if index >= 0 and tokens[index].text.lower() in ("that", "which"):
            index -= 1
        last = index
        heads = self.vocab.words["quote_split_apposition_heads"]
        while index >= 0 and last - index < 3 and tokens[index].is_word:
            if tokens[index].text.lower() in heads:
                break
            index -= 1
        if index < 1 or last < index or tokens[index].text.lower() not in heads:
            return None
        opener = tokens[index - 1]
        if opener.text not in _APPOSITION_OPENERS or self.inside_quotation(opener.start):
            return None
        return opener.start, tokens[index].start, tokens[len(tokens) - 1].end

    def clause_ends_after(self, cue_end: int, limit: int) -> bool:
        """Whether the clause ends right after a cue (adverbs aside): it has no object.

        "a claim that the office strongly disputes." (the relative's object is
        the phrase before it) but not "a sense that he rejects the norms"
        (a content clause).
        """
        for token in self.view.between(cue_end, min(limit, cue_end + 40)):
            if token.text.lower() in self.vocab.modifiers or token.text.endswith("ly"):
                continue
            return not token.is_word and token.text not in "”\"’'"
        return True

    def summary_apposition(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """Attribute ``…, a claim that the mayor's office disputes``: the phrase is the content.

        See :meth:`apposition_before`; the earlier content ended at its comma
        or dash (:meth:`split_before`), and the later cue takes the phrase.
        Read before :meth:`reported_cue`.
        """
        start, end, word = cue
        if not self.vocab.is_cue(word) or _verb_of(word).endswith("ing"):
            return False
        floor = max(unit.start, state.covered)
        # The phrase's comma or dash must open what is left of the unit
        # (nothing but blanks after ``floor``): read first, it rules out
        # nearly every cue without tokenizing.
        text = self.text
        opener = floor
        while opener < start and text[opener].isspace():
            opener += 1
        if opener >= start or text[opener] not in _APPOSITION_OPENER_CHARS:
            return False
        if not self.clause_ends_after(end, unit.end):
            return False  # most cues have an object, and this is cheap
        mention = self.vocab.subject_before(self.view, max(floor, start - 80), start)
        if mention is None or mention.text.lower() in self.vocab.words["relative_pronouns"]:
            return False
        apposition = self.apposition_before(mention, floor)
        if apposition is None or self.text[floor : apposition[0]].strip():
            return False
        self.add_content(unit, apposition[1], apposition[2], cue, mention=mention, confidence=0.5)
        state.cover(end)
        state.last_mention = mention
        return True

    def approximated_joint(self, mention: Span, floor: int) -> int | None:
        """Where ``, while only 49 percent say …`` / ``, and more than 4 in 10 said`` starts.

        The words of ``quote_split_approximators`` before a later cue's
        subject, a count (:meth:`counted`: "only 49 percent", "more than 4
        in 10", "nearly half"), hide the comma or conjunction that opens its
        clause from :meth:`clause_boundary_before`; past them, the same
        openers end the earlier content.
        """
        tokens = self.view.between(max(floor, mention.start - 40), mention.start)
        index = len(tokens) - 1
        approximators = self.vocab.words["quote_split_approximators"]
        while index >= 0 and tokens[index].text.lower() in approximators:
            index -= 1
        if index < 1 or index == len(tokens) - 1 or not self.counted(mention.text.split()[0]):
            return None
        opener = tokens[index]
        if (
            opener.text in (",", ";")
            or opener.text.lower() in self.vocab.words["quote_clause_conjunctions"]
        ):
            if self.inside_quotation(opener.start):
                return None
            return opener.start
        return None

    def compared_joint(self, relative: Span, floor: int) -> int | None:
        """The comma before ``, compared with 23 percent who said …``.

        A count after "compared with" (or "to") that a relative pronoun
        makes the subject of a later cue is that count's attribution, the
        second half of a poll's comparison: the earlier content ends at the
        comma.
        """
        tokens = self.view.between(max(floor, relative.start - 60), relative.start)
        index = len(tokens) - 1
        approximators = self.vocab.words["quote_split_approximators"]
        start = index
        while start >= 0 and tokens[start].text not in ("with", "to") and index - start < 6:
            start -= 1
        if start < 2 or start == index:
            return None
        count = start + 1
        while count < index and (
            tokens[count].text.lower() in approximators or tokens[count].text.lower() == "the"
        ):
            count += 1
        if (
            not self.counted(tokens[count].text)
            or tokens[start - 1].text.lower() != "compared"
            or tokens[start - 2].text != ","
            or self.inside_quotation(tokens[start - 2].start)
        ):
            return None
        return tokens[start - 2].start

    def counted(self, word: str) -> bool:
        """Whether a word opens a count: a number, a number word or a share ("half")."""
        word = word.lower()
        return (
            word[0].isdigit()
            or word in self.vocab.numbers
            or word in self.vocab.words["quote_split_shares"]
        )

    def asked_joint(self, cue_start: int, floor: int) -> int | None:
        """Where ``…, and when asked about the bridge, …`` starts.

        A subordinator of ``quote_subordinators`` (or "whenever") right
        before a question verb of ``quote_split_asked_verbs`` opens a
        passive attribution of its own (the question asked, its asker
        unnamed), not more of the earlier content; a comma or "and" before
        the subordinator goes with it.
        """
        word = self.text[cue_start : cue_start + 12].split(" ", 1)[0].lower()
        if word not in self.vocab.words["quote_split_asked_verbs"]:
            return None
        tokens = self.view.between(max(floor, cue_start - 30), cue_start)
        index = len(tokens) - 1
        if index < 1 or (
            tokens[index].text.lower() not in self.vocab.words["quote_subordinators"]
            and tokens[index].text.lower() != "whenever"
        ):
            return None
        if self.inside_quotation(tokens[index].start):
            return None
        if tokens[index - 1].text.lower() in ("and", "but"):
            index -= 1
        if index > 0 and tokens[index - 1].text in (",", ";"):
            index -= 1
        return tokens[index].start

    def relative_joint(self, mention: Span, floor: int) -> int | None:
        """The comma before ``, which Democrats say …`` / ``, who he called …``.

        A relative clause with a subject of its own (``mention``) before a
        later cue (a word of ``quote_split_relatives`` after a comma, then
        the subject) is that subject's attribution, not more of the earlier
        cue's content: "said he backed the tax, which critics say will hurt
        the poor" ends at the comma.
        """
        tokens = self.view.between(max(floor, mention.start - 20), mention.start)
        if (
            len(tokens) < 2
            or tokens[-1].text.lower() not in self.vocab.words["quote_split_relatives"]
            or tokens[-2].text != ","
            or self.inside_quotation(tokens[-2].start)
        ):
            return None
        return tokens[-2].start

    def dash_joint(self, mention: Span, floor: int) -> int | None:
        """The dash before ``- "…," X said -``: a quoted aside with its own speaker.

        A later cue whose subject (``mention``) follows a quotation that
        follows a dash opens its own attribution: "suggested the plan was
        weak - "We need details," she said - and …" ends at the dash.
        """
        index = bisect_left(self.quote_starts, mention.start) - 1
        if index < 0:
            return None
        quotation = self.quotations[index]
        if quotation.end > mention.start or quotation.start <= floor:
            return None
        if self.text[quotation.end : mention.start].strip(_BLANKS_AND_COMMA):
            return None
        dash = prev_nonspace(self.text, quotation.start, floor)
        if dash < floor or self.text[dash] not in _DASHES:
            return None
        return dash

    def inside_phrase(self, tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` joins parts of one phrase, not two clauses.

        A comma between digits ("1,100 donor names were …") is part of the
        number; an "and" after the subject pronoun that opens a cue's content
        ("said she and her aides were …"; not "it" or "you", which may be
        objects) joins a compound subject.
        """
        token = tokens[index]
        text = self.text
        if token.text == ",":
            return (
                token.start > 0
                and token.end < len(text)
                and text[token.start - 1].isdigit()
                and text[token.end].isdigit()
            )
        return (
            token.text == "and"
            and index >= 2
            and tokens[index - 1].text.lower() in self.vocab.words["quote_and_subjects"]
            and self.vocab.is_cue(tokens[index - 2].text.lower())
        )

    def add_forward(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        *,
        mention: Span | None,
        content_end: int,
        confidence: float,
    ) -> int:
        """Record content that follows its cue; returns where it ends."""
        content_end = min(content_end, cue[1] + _MAX_CONTENT)
        start = self.vocab.content_start(self.view, cue[1], content_end, cue[2])
        if start is None:
            start = self.withheld_question(cue, content_end)
        if start is None and mention is not None:
            gap = self.gapped_relative(cue, mention, unit)
            if gap is not None:
                self.add_content(unit, gap, cue[1], cue, mention=mention, confidence=0.4)
                return cue[1]
        if start is None:
            return self.pro_form_phrase(unit, cue, mention, confidence)
        if cue[2] in self.vocab.words["quote_object_cues"] or self.reflexive_content(cue, start):
            content_end = self.object_complement(
                cue[2], self.object_end(start, content_end), content_end
            )
        if self.noun_object_cue(cue[2]):
            content_end = self.object_verb_joint(unit, start, content_end)
        content_end = self.second_verb_joint(start, content_end)
        content_end = self.tail_cut(start, content_end)
        start, end = _trim(self.text, start, content_end)
        content = self.text[start:end]
        if content in self.vocab.words["quote_pro_forms"]:
            pass  # "he said that.", "she denied it.", "I think so."
        elif end - start < 3 or content == "that" or self.vocab.is_cue(content):
            return cue[1]
        self.add_content(unit, start, end, cue, mention=mention, confidence=confidence)
        return end

    def gapped_relative(self, cue: tuple[int, int, str], mention: Span, unit: Unit) -> int | None:
        """Where the content of ``… the style he prefers.`` starts: at the noun phrase.

        A cue with a subject and no object (a stop right after it, past
        adverbs) in a relative clause whose object is the gap: the content
        is the noun phrase the clause modifies and the clause ("a word Lee
        repeated", "a candidate whom voters oppose"). Not after "that",
        which also opens complement clauses ("it is clear that voters
        agreed"), and never from the sentence's first word (a subject).
        """
        if _verb_of(cue[2]).endswith("ing") or (
            cue[2] in self.vocab.homographs and mention.text.lower() not in self.vocab.pronouns
        ):
            return None  # "a few tweets", "her namesake label": nouns
        after = self.view.between(cue[1], min(unit.end, cue[1] + 30))
        index = 0
        while index < len(after) and (
            after[index].text.lower() in self.vocab.modifiers
            or (after[index].text.endswith("ly") and after[index].text[0].islower())
        ):
            index += 1
        if index < len(after) and after[index].text not in _GAP_STOPS:
            return None
        relatives = self.vocab.words["relative_pronouns"]
        if mention.text.lower() in relatives:
            return None
        before = self.view.between(max(unit.start, mention.start - _WORD_REACH), mention.start)
        if not before:
            return None
        head = mention.start
        pronoun = before[-1].text.lower()
        if pronoun in relatives and pronoun != "that":  # "that" may open a complement clause
            head = before[-1].start
        start = self.antecedent_start(head, unit.start)
        return start if start is not None and start > unit.start else None

    def antecedent_start(self, head: int, floor: int) -> int | None:
        """Where the noun phrase that ends at ``head`` starts: at its determiner.

        Walks back at most :data:`_ANTECEDENT_WORDS` words to a determiner
        with a word after it (not the subject's own: "the one reported");
        None when punctuation, a preposition, "be", a relative pronoun or a
        conjunction comes first.
        """
        tokens = self.view.between(max(floor, head - _WORD_REACH), head)
        words = self.vocab.words
        for index, token in enumerate(reversed(tokens[-_ANTECEDENT_WORDS:])):
            word = token.text.lower()
            if index > 0 and word in words["quote_determiners"]:
                return token.start
            if (
                not token.is_word
                or word in words["relative_pronouns"]
                or word in words["prepositions"]
                or word in words["quote_be_forms"]
                or word in words["quote_subordinators"]
                or word in words["quote_clause_conjunctions"]
            ):
                return None
        return None

    def reflexive_content(self, cue: tuple[int, int, str], start: int) -> bool:
        """Whether content opens on the reflexive of a self-description cue.

        "who called themselves very conservative, a group that …": what the
        speaker calls itself is a noun phrase or adjective, and the words
        after its comma are the writer's (as after ``quote_object_cues``).
        """
        if cue[2] not in self.vocab.words["quote_reflexive_cues"]:
            return False
        word = _WORD.match(self.text, start)
        return word is not None and word[0].lower().endswith(("self", "selves"))

    def pro_form_phrase(
        self, unit: Unit, cue: tuple[int, int, str], mention: Span | None, confidence: float
    ) -> int:
        """Content of a two-word pro-form right after the cue ("said as much in …").

        Returns where it ends, or the cue's end when none follows. A word
        after it must open an adjunct: "announced as much stimulus as …"
        quantifies a noun.
        """
        end = cue[1]
        words = _WORD.findall(self.text, end, min(unit.end, end + _WORD_REACH))[:3]
        if " ".join(words[:2]) not in self.vocab.words["quote_pro_forms"]:
            return end
        if len(words) > 2 and words[2].lower() not in self.vocab.words["prepositions"]:
            return end
        start = self.text.index(words[0], end)
        stop = self.text.index(words[1], start + len(words[0])) + len(words[1])
        self.add_content(unit, start, stop, cue, mention=mention, confidence=confidence)
        return stop

    def withheld_question(self, cue: tuple[int, int, str], limit: int) -> int | None:
        """Where content starts in "would not say when …", "did not know where …".

        After a negated cue a wh-word opens an indirect question (the
        content); after a plain one "said when he was young" is an adjunct.
        """
        after = self.view.between(cue[1], min(limit, cue[1] + 20))
        if len(after) < 2 or after[0].text not in self.vocab.words["quote_question_openers"]:
            return None
        before = self.view.between(max(0, cue[0] - 30), cue[0])
        negations = self.vocab.words["quote_negations"]
        for token in reversed(before[-3:]):
            word = token.text.lower()
            if word in ("not", "never") or word.endswith(("n't", "n’t")):
                return after[0].start
            if word not in negations and word not in self.vocab.modifiers:
                return None
        return None

    def tail_cut(self, start: int, end: int) -> int:
        """Where forward content ends before ``, but`` and a new subject.

        "is promising lower taxes, but he has also intensified his attacks":
        the second clause is the writer's. Only ``, but`` followed by a word
        of ``quote_clause_subjects`` counts; "…, but not now" goes on. The
        same holds for ``, and`` before a subject pronoun
        (``quote_and_subjects``): "endorsed Smith, and she campaigned …".
        """
        end = self._cut_at(start, end, _BUT, self.vocab.words["quote_clause_subjects"])
        return self._cut_at(start, end, _AND, self.vocab.words["quote_and_subjects"])

    def _cut_at(self, start: int, end: int, joint: str, subjects: frozenset[str]) -> int:
        """The first ``joint`` (", but ") before one of ``subjects``, outside quotations."""
        text = self.text
        at = text.find(joint, start, end)
        while at != -1:
            word = _WORD.match(text, at + len(joint))
            if word and word.group().lower() in subjects and not self.inside_quotation(at):
                return at
            at = text.find(joint, at + len(joint), end)
        return end

    def object_end(self, start: int, limit: int) -> int:
        """Where a noun-phrase object ends: the first comma, semicolon or dash.

        "praised the plan, which passed on Monday": the relative clause is
        the writer's. Content that opens a clause ("that …", "he …", "to …")
        runs on to ``limit``.
        """
        tokens = self.view.between(start, min(limit, start + _COMMA_REACH))
        if not tokens:
            return limit
        name_end = self.name_object_end(tokens)
        if name_end is not None:
            return name_end
        first = tokens[0].text.lower()
        if first in self.vocab.words["quote_clause_openers"] or (
            first in self.vocab.pronouns and first != "it"
        ):
            return limit
        adjuncts = self.vocab.words["quote_object_adjuncts"]
        for index, token in enumerate(tokens[1:], 1):
            if (token.text in ",;" or token.text in _DASHES) and not self.inside_quotation(
                token.start
            ):
                if token.text == "," and self.list_goes_on(tokens[index + 1 : index + 12]):
                    continue
                return token.start
            if token.text in adjuncts and index <= _OBJECT_ADJUNCT_REACH:
                return token.start
        return limit

    def noun_object_cue(self, word: str) -> bool:
        """Whether a cue takes a noun phrase object (``quote_object_cues``)."""
        return word in self.vocab.words["quote_object_cues"]

    def object_verb_joint(self, unit: Unit, start: int, end: int) -> int:
        """Where a noun-phrase object ends before a second attribution of its own.

        "endorsed the governor and opposes a toll": a noun phrase cannot
        take a verb, so the belief or frame verb that
        :meth:`coordinated_belief` lets run on inside clause content ("said
        she was tired and wanted …") opens the same subject's next
        attribution here; so does "by" + an -ing cue ("praised the plan by
        noting that …"), which :meth:`gerund_joint` leaves to clause content
        ("said the city paid for it by noting …" stays one); so does a
        subordinate clause with its own subject and cue
        (:meth:`subordinate_cue`). Content that opens a clause is left alone.
        """
        tokens = self.view.between(start, min(end, start + 40))
        if not tokens:
            return end
        first = tokens[0].text.lower()
        if first in self.vocab.words["quote_clause_openers"] or first in self.vocab.pronouns:
            return end
        for cue_start, _, word in self.cues_in(start + 1, end)[:_LATER_CUES]:
            if self.inside_quotation(cue_start):
                continue
            if _verb_of(word).endswith("ing"):
                before = self.view.between(max(start, cue_start - 10), cue_start)
                if before and before[-1].text == "by":
                    return before[-1].start
                continue
            subordinate = (
                None
                if word in self.vocab.homographs or word in self.vocab.nouns
                else self.subordinate_cue(start, cue_start)
            )
            if subordinate is not None:
                return subordinate
            if not self.coordinated_belief(cue_start, word, unit.start):
                continue
            before = self.view.between(max(start, cue_start - 40), cue_start)
            index = len(before) - 1
            while index >= 0 and before[index].text.lower() in self.vocab.modifiers:
                index -= 1
            if index >= 1:
                return before[index].start
        return end

    def subordinate_cue(self, start: int, cue_start: int) -> int | None:
        """Where ``as she signed the budget`` starts inside a noun-phrase object.

        A subordinator of ``quote_split_object_subordinators`` (a comma
        before it goes with it), then a later cue's own subject: "praised
        the plan as she signed the budget" is two attributions. Not after
        an indefinite noun phrase ("mentioned Lee as a possible suspect": a
        noun, not a verb).
        """
        mention = self.vocab.subject_before(self.view, start, cue_start)
        if mention is None or mention.start <= start or mention.text.split()[0] in ("a", "an"):
            return None
        tokens = self.view.between(max(start, mention.start - 20), mention.start)
        words = self.vocab.words["quote_split_object_subordinators"]
        if not tokens or tokens[-1].text.lower() not in words:
            return None
        if self.inside_quotation(tokens[-1].start):
            return None
        if len(tokens) > 1 and tokens[-2].text == ",":
            return tokens[-2].start
        return tokens[-1].start

    def second_verb_joint(self, start: int, end: int) -> int:
        """Where forward content ends before ``, but`` + the same subject's next cue verb.

        "said he voted for Lee, but cautioned against reading much into it":
        :meth:`clause_boundary_before` leaves ", but" / ", and" (words of
        ``quote_split_verb_joins``) + a verb alone when an earlier comma may
        make it one of a list of verbs ("…, rejected …, and underscored …");
        a comma before the speaker's own cue makes no such list, so with no
        comma between the content's start and the joint the second verb
        ends the content.
        """
        text = self.text
        for cue_start, _, word in self.cues_in(start + 1, end)[:_LATER_CUES]:
            if _verb_of(word).endswith("ing") or not self.vocab.is_cue(word):
                continue
            before = self.view.between(max(start, cue_start - 40), cue_start)
            index = len(before) - 1
            while index >= 0 and before[index].text.lower() in self.vocab.modifiers:
                index -= 1
            if (
                index < 1
                or before[index].text not in self.vocab.words["quote_split_verb_joins"]
                or before[index - 1].text != ","
            ):
                continue
            comma = before[index - 1].start
            if text.find(",", start, comma) != -1 or self.inside_quotation(comma):
                return end
            return comma
        return end

    def name_object_end(self, tokens: list[Token]) -> int | None:
        """Where an object that is a name or a pronoun ends before a time or place adjunct.

        "endorsed Mr. Smith in early June", "attacked Lee in morning
        tweets", "opposed him last week": a name (up to
        :data:`_NAME_OBJECT_WORDS` capitalised words) or an object pronoun is
        a whole noun phrase, so an adjunct of ``quote_name_object_adjuncts``
        right after it is the writer's. Not when a possessive follows ("pressed
        him on his record": a topic) nor when a reason follows before the
        next comma ("praised Lee on Monday for her work").
        """
        words = self.vocab.words
        first = tokens[0].text
        if first.lower() in words["quote_object_pronouns"]:
            index = 1
        elif first[0].isupper() and tokens[0].is_word:
            index = 1
            while (
                index < len(tokens)
                and index < _NAME_OBJECT_WORDS
                and tokens[index].is_word
                and tokens[index].text[0].isupper()
            ):
                index += 1
        else:
            return None
        adjuncts = words["quote_name_object_adjuncts"]
        if index >= len(tokens) - 1 or tokens[index].text not in adjuncts:
            return None
        if tokens[index + 1].text.lower() in words["quote_possessives"]:
            return None
        for token in tokens[index + 1 : index + _REASON_REACH]:
            if token.text in ",;:" or token.text in _DASHES:
                break
            if token.text in words["quote_reason_prepositions"]:
                return None
        return tokens[index].start

    def object_complement(self, word: str, cut: int, limit: int) -> int:
        """Where an object cut at its comma goes on to the cue's complement after an aside.

        "accused the mayor, who took office in May, of hiding the report":
        the clause between the commas hangs on the object, and the
        complement the cue takes ("of hiding …"; pairs in
        ``quote_object_complements``) is still what the speaker said, so
        the content runs on to ``limit``. Returns ``cut`` otherwise.
        """
        text = self.text
        if cut >= limit or text[cut] != ",":
            return cut
        complements = self.vocab.words["quote_object_complements"]
        reach = min(limit, cut + _COMMA_REACH)
        comma = text.find(",", cut + 1, reach)
        while comma != -1:
            following = _WORD.match(text, comma + 2) if text[comma + 1 : comma + 2] == " " else None
            if (
                following is not None
                and f"{word} {following.group()}" in complements
                and not self.inside_quotation(comma)
            ):
                return limit
            comma = text.find(",", comma + 1, reach)
        return cut

    def list_goes_on(self, after: list[Token]) -> bool:
        """Whether the words after a comma continue the object ("Cruz, Kasich and Rubio").

        A capitalised word continues it only in a list, one that an "and" or
        "or" closes before the next comma.
        """
        if not after:
            return False
        word = after[0].text
        if word.lower() in self.vocab.words["quote_object_continuations"]:
            return True
        if not word[0].isupper() or word.lower() in self.vocab.pronouns:
            return False
        for token in after[1:]:
            if token.text in ("and", "or"):
                return True
            if token.text == ",":
                return False
        return False

    def trailing_attribution(
        self, unit: Unit, mention: Span, cue: tuple[int, str], floor: int
    ) -> tuple[int, int, Span] | None:
        """Content before ``, X said [adjuncts].`` when the subject closes the unit.

        Returns the content bounds and the speaker (widened back to the comma,
        "a source close to him"). A ``, she said,`` in the middle of a
        sentence attributes the whole sentence around it.
        """
        text = self.text
        cue_end, word = cue
        if mention.text in ("who", "which", "that"):
            return None  # "…, Trump, who wants to cut taxes.": the relative clause is the content
        comma = self.comma_before(mention.start, floor)
        if comma is None:
            return None
        tail = self.short_tail(cue_end, unit.end, word)
        if tail is None:
            return None
        start, end = _trim(text, floor, comma if text[comma] == "," else comma + 1)
        if tail == unit.end:
            start = self.after_last_clause_break(start, end)
            if self.lone_adjunct(start, end):
                return None
        if end - start < 3 or len(text[start:end].split()) < (1 if tail < unit.end else 3):
            return None
        if tail < unit.end:
            end = _trim(text, start, unit.end)[1]
        speaker_start = comma + 1
        while text[speaker_start].isspace():
            speaker_start += 1
        if text.startswith("as ", speaker_start):
            speaker_start += 3
        return start, end, self.span(min(speaker_start, mention.start), mention.end)

    def lone_adjunct(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one opening adjunct, not a clause.

        "In an interview with the Courier, she joked about …": the words
        before the comma open with a preposition or a subordinator (not
        "About 270 people") and hold no other comma, so they set the scene
        for the clause after them rather than being what the speaker said.
        """
        text = self.text
        first, _, rest = text[start:end].partition(" ")
        words = self.vocab.words
        opener = (
            first.lower() in words["prepositions"] or first.lower() in words["quote_subordinators"]
        )
        if not opener or rest[:1].isdigit():
            return False
        return "," not in text[start:end]

    def after_last_clause_break(self, start: int, end: int) -> int:
        """Where the last clause of ``[start, end)`` begins (after ", but" or ";").

        "The program is small, but it has a loyal following, he said": the
        speaker vouches for the last clause only.
        """
        text = self.text
        low = max(start, end - _COMMA_REACH)
        best = start
        for marker in self.vocab.words["quote_clause_breaks"]:
            found = text.rfind(marker, low, end)
            if found != -1 and not self.inside_quotation(found):
                best = max(best, found + len(marker))
        if len(text[best:end].split()) < _TRAILING_MIN_WORDS:
            return start
        if any(self.vocab.is_cue(c[2]) for c in self.cues_in(start, best)):
            return start  # "X had told police that …, but …, the source added": nested
        return _trim(text, best, end)[0]

    def comma_before(self, pos: int, floor: int) -> int | None:
        """The comma (or comma-and-closing-mark) a few words before ``pos``.

        A comparative "as" may stand after it: "…, as the senator noted."
        """
        tokens = self.view.between(max(floor, pos - 60), pos)
        last = tokens[-6:]
        postmodifiers = self.vocab.words["quote_speaker_postmodifiers"]
        for index in range(len(last) - 1, -1, -1):
            token = last[index]
            if token.text in ",”\"'’":
                return token.start
            if token.text == "as" and index > 0 and last[index - 1].text == ",":
                continue
            if token.text in ("to", "with") and index > 0 and last[index - 1].text in postmodifiers:
                continue
            if not self.vocab.np_word(token):
                return None
        return None

    def short_tail(self, cue_end: int, limit: int, word: str = "said") -> int | None:
        """Where a parenthetical cue's continuation starts (``limit`` if none).

        ``None`` when the words after the cue are content rather than adjuncts
        ("said that …", "said the plan …").
        """
        tail = self.view.between(cue_end, min(limit, cue_end + 80))
        if tail and tail[0].is_word and not self.vocab.adjunct_start(tail[0], word):
            return None
        for words, token in enumerate(tail):
            if token.text == "that" or words > _TAIL_WORDS:
                return None
            if token.text == "to" and (
                word in self.vocab.tell
                or (words == 0 and word in self.vocab.words["quote_infinitive_cues"])
            ):
                return None  # "told to …", "declined to comment."
            if token.is_word:
                continue
            if token.text in ".!?" or self.closes_clause(token, words):
                return limit
            if token.text != ",":
                return None
            rest = tail[words + 1 :]
            if not rest or rest[0].text.lower() == "according":
                return limit
            if rest[0].text.endswith("ing") and not self.gerund_subject(rest):
                return limit
            return None if self.vocab.is_cue(rest[0].text) else token.start
        return limit

    def gerund_subject(self, rest: list[Token]) -> bool:
        """Whether an -ing word after ``, he said,`` opens the subject of a clause.

        "…, he said, replacing the mayor would be harder.": an auxiliary
        follows within a few words and no comma, so the sentence goes on
        around the cue. "…, he said, adding that …" is a participle.
        """
        first = rest[0].text.lower()
        if self.vocab.is_cue(first) or first in self.vocab.words["prepositions"]:
            return False  # "adding that …", "including a plan that could …"
        auxiliaries = self.vocab.words["quote_finite_auxiliaries"]
        for token in rest[1:_GERUND_REACH]:
            if not token.is_word:
                return False
            if token.text.lower() in auxiliaries:
                return True
        return False

    def closes_clause(self, token: Token, words: int) -> bool:
        """A semicolon, or a spaced dash right after the cue: a new clause follows.

        "…, analysts say; in 2012, …" and "…, her allies believe — voters
        she …": the cue closes the content before it, the words after the
        mark are not its content. A dash after words of the tail ("boasted
        to reporters - …") may open the content instead.
        """
        text = token.text
        if text == ";":
            return True
        if words or not text or text.strip(_DASHES):
            return False
        start, end = token.start, token.end
        return self.text[start - 1 : start].isspace() and self.text[end : end + 1].isspace()

    def inverted_trailing(self, unit: Unit, cue: tuple[int, int, str], floor: int) -> Span | None:
        """``…, said Gary Orfield, a professor.``: content before, speaker after."""
        text = self.text
        start, end, word = cue
        if word in self.vocab.words["quote_object_cues"] or not self.after_comma(start, floor):
            return None
        mention = self.counted_speaker(
            self.vocab.noun_phrase_after(self.view, end + 1, unit.end), unit.end
        )
        if mention is None or not (
            mention.text[0].isupper()
            or mention.text.startswith("the ")
            or any(w[0].isupper() for w in mention.text.split())
            or (word in self.vocab.words["quote_say_verbs"] and self.determined(mention))
        ):
            return None
        rest = text[mention.end : min(unit.end, mention.end + 200)].strip(
            _INLINE_BLANKS + "\n.!?”\"’'"
        )
        words = rest.split()
        if (
            rest
            and not rest.startswith((",", "("))
            and not (len(words) <= 3 and words[0].lower() in self.vocab.adjunct_openers)
            and not self.postmodified(words)
            and not self.inverted_tail(cue, floor, mention, unit.end)
        ):
            return None
        comma = prev_nonspace(text, start, floor)
        c_start, c_end = _trim(text, floor, comma if text[comma] == "," else comma + 1)
        if len(text[c_start:c_end].split()) < 3 or self.ends_in_relative(c_start, c_end):
            return None
        if self.apposed_subject(floor, start):
            return None
        self.add_content(unit, c_start, c_end, cue, mention=mention, confidence=0.8)
        return mention

    def apposed_subject(self, floor: int, cue_start: int) -> bool:
        """Whether the words before a cue are its opening subject and an aside on it.

        "Green, speaking at a rally on Tuesday, said the plan …" and "Green,
        in an interview, said …": a subject, then words set off by commas
        right up to the cue, so the cue is forward and what follows it is
        the content, not an inverted speaker. Not a clause between commas
        ("Some claims, are hard to prove, while …, said X").
        """
        subject = self.vocab.subject_before(self.view, floor, cue_start)
        if subject is None or self.text[floor : subject.start].strip():
            return False
        between = self.text[subject.end : cue_start].strip()
        if between.count(",") != 2 or not (between.startswith(",") and between.endswith(",")):
            return False
        first = between[1:].split(None, 1)[0].lower() if between[1:].strip() else ""
        return first not in self.vocab.words["quote_be_forms"]

    def counted_speaker(self, mention: Span | None, limit: int) -> Span | None:
        """``one`` read as a pronoun widened over its noun ("said one official").

        "one" is a subject pronoun ("one could argue"), so the noun phrase
        scan stops after it; before a noun it is a determiner.
        """
        if mention is None or mention.text.lower() != "one":
            return mention
        rest = self.vocab.noun_phrase_after(self.view, mention.end + 1, limit)
        if rest is None or self.text[mention.end : rest.start] != " ":
            return mention
        return self.span(mention.start, rest.end)

    def ends_in_relative(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` ends in a relative clause set off by a comma.

        "Donna Rawlings, 59, who watched the ceremony, said the event …": the
        words before the cue are its subject and a relative clause on it, so
        the cue is their verb and not a trailing "…, said NAME".
        """
        clause = self.text.rfind(", ", start, end)
        if clause == -1:
            return False
        first = self.text[clause + 2 : end].split(" ", 1)[0].lower()
        return first in self.vocab.words["quote_relative_openers"]

    def determined(self, mention: Span) -> bool:
        """Whether a lower-case speaker opens with a determiner ("a spokesman").

        Not a possessive: "…, said their speeches, …" is more likely content.
        """
        words = mention.text.split()
        return (
            len(words) > 1
            and words[0] in self.vocab.words["quote_determiners"]
            and words[0] not in self.vocab.words["quote_possessives"]
        )

    def postmodified(self, words: list[str]) -> bool:
        """Whether the words after a speaker go on it ("close to the senator")."""
        return (
            len(words) <= _POSTMODIFIER_WORDS
            and words[0] in self.vocab.words["quote_speaker_postmodifiers"]
            and "," not in " ".join(words)
        )

    def inverted_tail(
        self, cue: tuple[int, int, str], floor: int, mention: Span, limit: int
    ) -> bool:
        """Whether ``…, said X`` reads as inverted although words follow X.

        Only for "said": "…, said a spokesman for the board." The words
        after X must only go on X (:meth:`speaker_tail`), and no subject
        set off by an apposition may stand before the cue ("Tom Green, a
        supporter, said the plan for …": his "said" is forward).
        """
        start, _, word = cue
        if word not in self.vocab.words["quote_say_verbs"]:
            return False
        if not self.speaker_tail(mention.end, limit):
            return False
        subject = self.vocab.subject_before(self.view, floor, start)
        return subject is None or not self.text[subject.end : start].strip(" ,")

    def speaker_tail(self, pos: int, limit: int) -> bool:
        """Whether the words after an inverted speaker at ``pos`` only go on it.

        "…, said a spokesman for the board.", "…, said the head of the union
        in a statement, …", "…, said the man who built it.": prepositional
        phrases on the speaker, then the end of the sentence, a comma or a
        relative clause on a person.
        """
        vocab = self.vocab
        prepositions = vocab.words["prepositions"]
        phrases = 0
        while phrases < _SPEAKER_TAIL_PHRASES:
            at = pos
            while at < limit and self.text[at] in _INLINE_BLANKS:
                at += 1
            word = _WORD.match(self.text, at, limit)
            if word is None or word.group().lower() not in prepositions:
                break
            phrase = vocab.noun_phrase_after(self.view, word.end(), limit)
            if phrase is None:
                return False
            pos = phrase.end
            phrases += 1
        rest = self.text[pos:limit].strip(_INLINE_BLANKS + "\n.!?”\"’'")
        if not rest or rest.startswith((",", "(")):
            return phrases > 0
        first = rest.split(None, 1)[0].lower()
        return first in vocab.words["quote_speaker_relatives"]

    def according_to(
        self, unit: Unit, start: int, end: int, covered: int, *, source_at: int | None = None
    ) -> int:
        """``According to X, …`` and ``…, according to X.``; returns the end covered.

        ``source_at`` is where the source starts when it is not right after
        the cue (after the "by" of "as first reported by X").
        """
        text = self.text
        at = end + 1 if source_at is None else source_at
        source = self.vocab.noun_phrase_after(self.view, at, unit.end, cue_nouns=True)
        cue = (start, end, text[start:end])
        floor = max(unit.start, covered)
        before = prev_nonspace(text, start, floor)
        lead = text[floor:start].split() if start - floor < 40 else ["", "", ""]
        lead_words = self.vocab.words["quote_lead_words"]
        if not lead or (len(lead) == 1 and lead[0].strip(",").lower() in lead_words):
            if source is None:
                return end
            comma = text.find(",", source.end, unit.end)
            if comma == -1:
                return end
            c_start, c_end = _trim(text, comma + 1, unit.end)
            self.add_content(unit, c_start, c_end, cue, mention=source, confidence=0.8)
            return c_end
        c_start, c_end = _trim(text, floor, before + 1)
        c_start = self.absorb_closed_quote(unit, c_start, c_end)
        after_source = text[source.end : min(unit.end, source.end + 200)] if source else ""
        if after_source.startswith(",") and len(after_source.split()) >= 3:
            c_end = _trim(text, c_start, unit.end)[1]
        if c_end - c_start >= 3:
            self.add_content(unit, c_start, c_end, cue, mention=source, confidence=0.8)
        return source.end if source is not None else end

    def absorb_closed_quote(self, unit: Unit, start: int, end: int) -> int:
        """Where content before ``…, according to X`` starts when it closes a quote.

        '“…,” Lee said, according to the Post.': the source vouches for
        the quote and its attribution together, so the content runs from
        the quotation, not from "Lee said" alone, and that one attribution
        takes the quote's place (PolNeAR annotates it once, with the
        source as speaker). That is the case when the direct quote just
        found in this unit has its cue inside ``[start, end)``; otherwise
        ``start`` is kept and nothing changes.
        """
        if not self.found:
            return start
        last = self.found[-1]
        if (
            last.kind is QuoteKind.INDIRECT
            or last.cue is None
            or last.start < unit.start
            or last.end > start
            or not start <= last.cue.start < end
        ):
            return start
        self.found.pop()
        return last.start

    def source_phrase(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``according to X``, ``as reported by X``, ``won the support of X``; True if so."""
        start, end, word = cue
        if word.lower() == "according to":
            state.cover(self.according_to(unit, start, end, state.covered))
            return True
        lead = self.passive_as(unit, cue)
        if lead is None:
            return self.received_support(unit, cue, state) or self.relative_label(unit, cue, state)
        source_at = end + len(" by ")
        state.cover(self.according_to(unit, lead, end, state.covered, source_at=source_at))
        return True

    def received_support(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``Ortiz drew strong support from older voters``: the subject is the content.

        A noun of ``quote_received_nouns`` as the object of a verb of
        ``quote_receiving_verbs`` (at most two modifiers between), then a
        preposition of ``quote_received_prepositions`` and a noun phrase:
        that noun phrase is the source and the verb's subject what it backs.
        Poll shares ("20 percent support from …", "the support of 40
        percent of voters") and infinitives ("to win the support of") are left
        alone: PolNeAR does not annotate them.
        """
        start, end, word = cue
        words = self.vocab.words
        head, _, preposition = word.lower().partition(" ")
        if head not in words["quote_received_nouns"]:
            return False
        floor = max(unit.start, state.covered)
        source_at = end + 1
        if not preposition:
            after = self.view.between(end, min(unit.end, end + 8))
            if not after or after[0].text.lower() not in words["quote_received_prepositions"]:
                return False
            source_at = after[0].end + 1
        elif preposition not in words["quote_received_prepositions"]:
            return False
        before = self.view.between(max(floor, start - 40), start)
        verbs = words["quote_receiving_verbs"]
        index = len(before) - 1
        while index >= 0 and len(before) - index <= 3 and before[index].text.lower() not in verbs:
            index -= 1
        if index < 0 or before[index].text.lower() not in verbs:
            return False
        between = self.text[before[index].end : start]
        if any(ch.isdigit() for ch in between) or "percent" in between or "%" in between:
            return False
        if self.after_word(before[index].start, floor, _INFINITIVE_MARKERS):
            return False
        source = self.vocab.noun_phrase_after(self.view, source_at, unit.end)
        if source is None or source.text[0].isdigit() or "percent" in source.text:
            return False
        subject = self.vocab.subject_before(self.view, floor, before[index].start)
        if subject is None or self.inside_quotation(subject.start):
            return False
        cue = (before[index].start, end, self.text[before[index].start : end])
        self.add_content(unit, subject.start, subject.end, cue, mention=source, confidence=0.4)
        state.cover(source.end)
        return True

    def agent_participle(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``a measure opposed by unions``: the noun phrase is what the agent holds a view of.

        A participle of ``quote_agent_participles`` right before "by", after a
        noun (a reduced relative, one adverb such as "strongly" allowed) or a
        comma ("the bill, denounced by the governor"), but not after a form of
        "be" or "have" or a cue modifier: the noun phrase before it is the
        content and the agent after "by" the source.
        """
        start, end, word = cue
        words = self.vocab.words
        text = self.text
        if word.lower() not in words["quote_agent_participles"] or not text.startswith(" by ", end):
            return False
        floor = max(unit.start, state.covered)
        before = self.view.between(max(floor, start - 40), start)
        stops = self.vocab.stops
        index = len(before) - 1
        while index >= 0 and len(before) - index <= 2:
            adverb = before[index].text.lower()
            if adverb in stops or not before[index].is_word:
                break
            if not adverb.endswith("ly") and adverb not in self.vocab.modifiers:
                break
            index -= 1
        if index < 0:
            return False
        last = before[index]
        lower = last.text.lower()
        if lower in words["quote_be_forms"] or lower in self.vocab.modifiers:
            return False
        if last.text == ",":
            pos = last.start
        elif last.is_word and lower not in stops:
            pos = last.end
        else:
            return False
        subject = self.vocab.subject_before(self.view, floor, pos)
        if subject is None or subject.end != pos or self.inside_quotation(subject.start):
            return False
        source = self.vocab.noun_phrase_after(self.view, end + len(" by "), unit.end)
        if source is None:
            return False
        inner = self.view.between(subject.start + 1, subject.end)
        determiners = [t for t in inner if t.text.lower() in words["quote_determiners"]]
        if determiners:
            # "Harlow drafted a ferry levy criticized by …": the noun phrase
            # starts at its last determiner.
            subject = self.span(determiners[-1].start, subject.end)
        self.add_content(unit, subject.start, subject.end, cue, mention=source, confidence=0.4)
        state.cover(source.end)
        return True

    def target_noun_cue(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
        floor: int,
    ) -> bool:
        """:meth:`noun_cue`, less the speaker when the subject faces the noun.

        "Trump has faced questions about …": the subject of a verb of
        ``quote_facing_verbs`` (at most two words before the cue noun) is
        what others question, not who speaks.
        """
        count = len(self.found)
        if not self.noun_cue(unit, cue, later, state, floor):
            return False
        if len(self.found) > count and self.faced(cue[0], floor):
            self.found[-1] = dataclasses.replace(self.found[-1], mention=None)
        return True

    def faced(self, cue_start: int, floor: int) -> bool:
        """Whether a verb of ``quote_facing_verbs`` stands at most two words before a cue."""
        before = self.view.between(max(floor, cue_start - 30), cue_start)
        facing = self.vocab.words["quote_facing_verbs"]
        return any(t.text.lower() in facing for t in before[-3:])

    def only_setting(
        self,
        unit: Unit,
        cue: tuple[int, int, str],
        later: list[tuple[int, int, str]],
        state: UnitState,
    ) -> bool:
        """``Trump, speaking at a rally, said …``: the participle says where, not what.

        A cue of ``quote_setting_participles`` not followed (past adverbs in
        -ly) by a word of ``quote_setting_objects`` attributes nothing; as an
        apposition its cues stay silent too (see :meth:`apposed_participle`).
        """
        words = self.vocab.words
        if cue[2].lower() not in words["quote_setting_participles"]:
            return False
        for token in self.view.between(cue[1], min(unit.end, cue[1] + 40)):
            lower = token.text.lower()
            if not (token.is_word and lower.endswith("ly")):
                if lower in words["quote_setting_objects"]:
                    return False
                break
        apposition_end = self.apposed_participle(cue[0], cue[1], later)
        if apposition_end is not None:
            state.silent_until = apposition_end
        return True

    def put_question(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``…,” Roe said when asked whether she would run``: the question put is the content.

        A participle of ``quote_question_participles`` right after a word of
        ``quote_question_leads`` inside a sentence (the sentence-opening form
        is :meth:`question_intro`), then, past an optional asker ("by a
        reporter") and at most :data:`_QUESTION_GAP_WORDS` words ("last
        month"), a word opening an indirect question or "about". The question,
        up to the next comma, dash, colon or semicolon, is the content; the
        asker, if named, its speaker.
        """
        start, end, word = cue
        words = self.vocab.words
        if word.split()[0].lower() not in words["quote_question_participles"]:
            return False
        lead = self.question_lead(unit, start)
        if lead is None:
            return False
        pos = end
        agent = self.question_agent(end, unit.end)
        if agent is not None:
            pos = agent.end
        after = self.view.between(pos, min(unit.end, pos + 60))
        if " " not in word:  # "asked about" holds its opener
            openers = words["quote_question_openers"]
            index = 0
            while index < len(after) and index <= _QUESTION_GAP_WORDS:
                token = after[index]
                if token.text in openers or token.text == "about":
                    break
                if not token.is_word:
                    return False
                index += 1
            else:
                return False
            pos = after[index].start
        c_start, c_end = _trim(self.text, pos, self.question_end(pos, unit.end))
        if c_end - c_start < 3:
            return False
        # Nothing is covered: "Roe, when asked …, said …" still finds its subject.
        self.add_content(unit, c_start, c_end, cue, mention=agent, confidence=0.5)
        return True

    def question_lead(self, unit: Unit, cue_start: int) -> Token | None:
        """The "when" of "said when asked", not the first word of its sentence."""
        before = self.view.between(max(unit.start, cue_start - 8), cue_start)
        if not before or before[-1].text.lower() not in self.vocab.words["quote_question_leads"]:
            return None
        lead = before[-1]
        if not self.text[unit.start : lead.start].strip(_INLINE_BLANKS + "\n“\"‘'"):
            return None
        return lead

    def question_end(self, start: int, limit: int) -> int:
        """Where a put question ends: a comma, dash, colon or semicolon outside quotations."""
        match = _QUESTION_END.search(self.text, start, limit)
        while match is not None and self.inside_quotation(match.start()):
            match = _QUESTION_END.search(self.text, match.end(), limit)
        return match.start() if match is not None else limit

    def relative_label(self, unit: Unit, cue: tuple[int, int, str], state: UnitState) -> bool:
        """``whom one aide described as “his brother”``: the quoted label is the content.

        A verb of ``quote_relative_as_verbs`` whose subject follows a relative
        word of ``quote_relative_objects`` and whose "as" complement is a
        quotation (after at most a determiner): the content runs from "as"
        to the end of that quotation. Unquoted labels are left alone.
        """
        start, end, word = cue
        words = self.vocab.words
        text = self.text
        if word.lower() not in words["quote_relative_as_verbs"] or not text.startswith(" as ", end):
            return False
        pos = end + len(" as ")
        after = text[pos : min(unit.end, pos + 8)].split(" ", 1)
        if len(after) == 2 and after[0].lower() in words["quote_determiners"]:
            pos += len(after[0]) + 1
        quotations = self.quotations_in(pos, pos + 1)
        if not quotations or quotations[0].end > unit.end:
            return False
        floor = max(unit.start, state.covered)
        subject = self.vocab.subject_before(self.view, floor, start)
        if subject is None or subject.text.lower() in words["quote_relative_objects"]:
            return False
        before = text[max(floor, subject.start - 8) : subject.start].split()
        if not before or before[-1].lower() not in words["quote_relative_objects"]:
            return False
        self.add_content(unit, end + 1, quotations[0].end, cue, mention=subject, confidence=0.5)
        state.cover(quotations[0].end)
        return True

    def passive_as(self, unit: Unit, cue: tuple[int, int, str]) -> int | None:
        """Where "as" starts in ``As reported by X, …`` or ``…, as first noted by X``.

        A speech verb in the passive after "as" (with at most one modifier
        such as "first") and before "by" attributes its sentence to the agent
        the way "according to" does. Only after a comma or dash, or at the
        start of the sentence; None for any other cue.
        """
        start, end, word = cue
        text = self.text
        if word not in self.vocab.speech or not word.endswith("ed"):
            return None
        if not text.startswith(" by ", end):
            return None
        lead = text[max(unit.start, start - 30) : start].split()
        if lead and lead[-1].lower() in self.vocab.modifiers:
            lead.pop()
        if not lead or lead[-1].lower() != "as":
            return None
        as_start = text.rfind(lead[-1], unit.start, start)
        before = prev_nonspace(text, as_start, unit.start)
        if before >= unit.start and text[before] not in ",(" + _DASHES:
            return None
        source = self.vocab.noun_phrase_after(self.view, end + len(" by "), unit.end)
        if source is None or not self.vocab.speaker_like(source):
            return None
        return as_start

    def quoted_content_end(self, start: int, end: int) -> int:
        """Where content that opens with a full quotation ends: with that quotation.

        'Protesters chanted "What curfew?" and kept going', 'X wrote, "It is
        time," and shared a link': when the quotation closes a sentence or a
        clause (its last word is followed by , ? ! or .) and words of the
        writer follow it, the quoted words are the whole content.
        """
        text = self.text
        index = bisect_left(self.quote_starts, start)
        if index >= len(self.quotations) or self.quote_starts[index] != start:
            return end
        quotation = self.quotations[index]
        if not quotation.closed or quotation.end >= end:
            return end
        inside = quotation.end - 1
        while inside > start and text[inside] in "”\"'’»":
            inside -= 1
        if text[inside] not in ",?!.":
            return end
        rest = text[quotation.end : end].strip(_TRAILING + "”\"’'")
        if not rest:
            return end
        if rest[0] in _DASHES or rest[0] == "(":
            return quotation.end
        word = rest.split(maxsplit=1)[0].lower()
        words = self.vocab.words
        if (
            word in words["quote_subordinators"]
            or word in words["quote_clause_conjunctions"]
            or (word.endswith("ing") and word.isalpha())
        ):
            return quotation.end  # the writer's words go on: "and kept going", ", adding …"
        return end

    def add_content(
        self,
        unit: Unit,
        start: int,
        end: int,
        cue: tuple[int, int, str],
        *,
        mention: Span | None,
        confidence: float,
    ) -> None:
        """Record reported content, DIRECT/MIXED/INDIRECT by the quotations it holds."""
        end = self.quoted_content_end(start, end)
        first = bisect_left(self.quote_starts, start)
        count = bisect_left(self.quote_starts, end) - first
        kind = QuoteKind.INDIRECT
        if count:
            kind = QuoteKind.MIXED
            inner = self.quotations[first]
            if count == 1 and inner.start == start and inner.end >= end:
                kind = QuoteKind.DIRECT
        self.used_cues.add(cue[0])
        self.add(kind, start, end, cue, mention=mention, unit=unit, confidence=confidence)


def find_quotes(doc: Document) -> list[Quote]:
    """Every attribution in the story, in order, speakers not yet resolved."""
    if not doc.text[doc.body_start :].strip():
        return []
    return _ArticleScan(doc).run()
