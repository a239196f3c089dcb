"""Speakers stage: who said each quote, with mentions folded into speakers.

Mentions from the names stage are folded into entities in one pass in text
order. Full names open (or join) an entity; surnames, first names and
"Mrs. Clinton" join the most recent compatible one, spelling variants matched
with rapidfuzz so "Baqaai" and "Baqai" meet while "Bill Clinton" and
"Hillary Clinton" stay apart. Role nouns ("the minister") join the most
recent person who holds that role; a definite role that opens a sentence
whose next sentence opens with a full name is that person ("The Foreign
Minister ... has left. Abbas Araghchi will ..."). Pronouns take the most
salient agreeing entity: at a sentence start the previous sentence's speaker
or subject, inside a sentence that sentence's subject, else the most recent.
Every look-up is a dictionary hit or a scan of a short recency list, so the
pass stays linear in the article.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

import attrs
from rapidfuzz import fuzz, process

from copydesk.document import Document, MentionKind, NameMention
from copydesk.lexicon import Lexicon
from copydesk.model import Quote, Span, Speaker, SpeakerKind
from copydesk.stages.names import NameVocabulary, name_vocabulary
from copydesk.stages.quote_cues import TokenView
from copydesk.stages.quote_cues import vocabulary as cue_vocabulary
from copydesk.stages.trusted import trusted_quote, trusted_speaker

__all__ = ["resolve_speakers", "slug"]

_SURNAME_SIMILARITY = 85.0
_FIRST_NAME_SIMILARITY = 80.0
_RECENT_LIMIT = 12
_ORG_PRONOUN_REACH = 2
_RELATIVE_GAP = 3
_RELATIVE_APPOSITION = 60
_CONTENT_PENALTY = 4
_UNKNOWN_GENDER_PENALTY = 2
_WEAK_NAME_PENALTY = 4
_AFTER_CUE_REACH = 12
_LONGEST_PREPOSITION = 12
_LONGEST_MENTION = 200
_LOOKUP_REACH = 5_000
_BESIDE_QUOTE_REACH = 6
_ATTRIBUTION_PUNCTUATION = " ,:;―—–-\"'”’“‘\n"
_NON_WORD = re.compile(r"[^\w]+")
_NAME_WORD = re.compile(r"[\w’'.-]+")

MALE, FEMALE = "m", "f"

# The kinds, read from the module's statics in the compiled build
# (``MentionKind.PERSON`` is a look-up in the module's globals and then one on the class).
_DOCUMENT: Final = MentionKind.DOCUMENT
_MEDIA: Final = MentionKind.MEDIA
_NOMINAL: Final = MentionKind.NOMINAL
_ORGANISATION: Final = MentionKind.ORGANISATION
_PERSON: Final = MentionKind.PERSON
_PLACE: Final = MentionKind.PLACE
_PRONOUN: Final = MentionKind.PRONOUN
_SPEAKER_ORGANISATION: Final = SpeakerKind.ORGANISATION
_SPEAKER_PERSON: Final = SpeakerKind.PERSON


@dataclasses.dataclass(frozen=True)
class _Vocab:
    """Word lists the resolver reads, as look-up sets."""

    names: NameVocabulary
    male_first: frozenset[str]
    female_first: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]
    group_nouns: frozenset[str]
    relative: frozenset[str]
    prepositions: frozenset[str]
    synonyms: dict[str, frozenset[str]]
    countries: dict[str, str]


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@functools.lru_cache(maxsize=16)
def _build_vocab(names: NameVocabulary, lists: tuple[frozenset[str], ...]) -> _Vocab:
    (
        male,
        female,
        male_hon,
        female_hon,
        p_male,
        p_female,
        p_plural,
        p_neuter,
        p_first,
        p_second,
        group_nouns,
        relative,
        prepositions,
        synonyms,
        nationalities,
    ) = lists
    groups: dict[str, frozenset[str]] = {}
    for line in synonyms:
        words = frozenset(line.lower().split())
        for word in words:
            groups[word] = groups.get(word, frozenset()) | words
    countries = {}
    for entry in nationalities:
        if "=" in entry:
            key, value = entry.split("=", 1)
            countries[key.strip().lower()] = value.strip()
    return _Vocab(
        names=names,
        male_first=_lower(male),
        female_first=_lower(female),
        male_honorifics=_lower(male_hon),
        female_honorifics=_lower(female_hon),
        male_pronouns=_lower(p_male),
        female_pronouns=_lower(p_female),
        plural_pronouns=_lower(p_plural),
        neuter_pronouns=_lower(p_neuter),
        first_person=_lower(p_first),
        second_person=_lower(p_second),
        group_nouns=_lower(group_nouns),
        relative=_lower(relative),
        prepositions=_lower(prepositions),
        synonyms=groups,
        countries=countries,
    )


_LISTS = (
    "first_names_male",
    "first_names_female",
    "honorifics_male",
    "honorifics_female",
    "pronouns_male",
    "pronouns_female",
    "pronouns_plural",
    "pronouns_neuter",
    "pronouns_first_person",
    "pronouns_second_person",
    "speaker_group_nouns",
    "relative_pronouns",
    "prepositions",
    "role_synonyms",
    "nationalities",
)


def _vocabulary(lexicon: Lexicon) -> _Vocab:
    """The resolver's look-up sets, cached per lexicon (see :meth:`Lexicon.derived`)."""
    return lexicon.derived(_vocabulary_of)


def _vocabulary_of(lexicon: Lexicon) -> _Vocab:
    return _build_vocab(name_vocabulary(lexicon), tuple(lexicon[name] for name in _LISTS))


def slug(name: str) -> str:
    """A stable id from a name: "Esmaeil Baqaai" -> "esmaeil-baqaai"."""
    low = name.lower()
    words = low.replace(" ", "-").split("-")
    if all(word.isalnum() for word in words):  # the common case, without the regex:
        return "-".join(words)  # \w is isalnum() or "_", so each lone space or hyphen is a \W run
    return _NON_WORD.sub("-", low).strip("-_") or "speaker"


# ---------------------------------------------------------------- entities


@dataclasses.dataclass(init=False, eq=False)
class _Entity:
    """One person or body as the pass builds it up (local to one article).

    The ``__init__`` is written out, as :class:`_Item`'s, so that mypyc
    compiles it.
    """

    kind: MentionKind
    full: str
    first: str | None
    surname: str
    gender: str | None
    names: list[str]
    mentions: list[Span]
    roles: list[str]
    role_heads: set[str]
    affiliations: list[str]
    titled: bool
    quoted: bool
    last_pos: int
    subject_of: int
    last_in_content: bool  # last seen inside someone else's quoted words

    def __init__(
        self,
        kind: MentionKind,
        full: str,
        first: str | None,
        surname: str,
        gender: str | None = None,
    ) -> None:
        self.kind = kind
        self.full = full
        self.first = first
        self.surname = surname
        self.gender = gender
        self.names = []
        self.mentions = []
        self.roles = []
        self.role_heads = set()
        self.affiliations = []
        self.titled = False
        self.quoted = False
        self.last_pos = -1
        self.subject_of = -1
        self.last_in_content = False

    def add_name(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)


@dataclasses.dataclass
class _Book:
    """Every entity of one article, indexed by the keys a later mention looks up."""

    vocab: _Vocab
    entities: list[_Entity] = dataclasses.field(default_factory=list)
    by_surname: dict[str, list[_Entity]] = dataclasses.field(default_factory=dict)
    by_first: dict[str, list[_Entity]] = dataclasses.field(default_factory=dict)
    by_org: dict[str, _Entity] = dataclasses.field(default_factory=dict)
    by_initial: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    fuzzy_memo: dict[str, dict[str, str | None]] = dataclasses.field(default_factory=dict)

    def surname_key(self, word: str) -> str | None:
        """The known surname ``word`` spells (exactly, or a close variant).

        Variants are looked for among surnames with the same initial only,
        and remembered until a surname with that initial is added.
        """
        if word in self.by_surname:
            return word
        initial = word[:1]
        memo = self.fuzzy_memo.setdefault(initial, {})
        if word in memo:
            return memo[word]
        found = None
        choices = self.by_initial.get(initial)
        if len(word) > 3 and choices:
            best = process.extractOne(
                word, choices, scorer=fuzz.ratio, score_cutoff=_SURNAME_SIMILARITY
            )
            if best is not None:
                found = str(best[0])
        memo[word] = found
        return found

    def add_surname(self, surname: str, entity: _Entity) -> None:
        """Index ``entity`` under ``surname`` for exact and variant look-ups."""
        if surname not in self.by_surname:
            self.by_initial.setdefault(surname[:1], []).append(surname)
            self.fuzzy_memo.pop(surname[:1], None)
        self.by_surname.setdefault(surname, []).append(entity)

    def person(self, words: list[str], gender: str | None) -> _Entity:
        """The entity a full name ("Esmaeil Baqaai") belongs to, made when new."""
        first, surname = words[0], words[-1]
        key = self.surname_key(surname)
        for entity in self.by_surname.get(key or "", []):
            named = entity.first is not None and _same_first(entity.first, first)
            if named and _gender_fits(entity.gender, gender):
                return entity
        for entity in self.by_surname.get(key or "", []):
            if entity.first is None and _gender_fits(entity.gender, gender):
                entity.first = first
                self.by_first.setdefault(first, []).append(entity)
                return entity
        entity = _Entity(_PERSON, "", first, surname, gender)
        self.entities.append(entity)
        self.add_surname(surname, entity)
        self.by_first.setdefault(first, []).append(entity)
        return entity

    def single(self, word: str, gender: str | None, pos: int) -> _Entity:
        """The entity one name word stands for: the nearest compatible surname or first name."""
        key = self.surname_key(word)
        surnamed = self.by_surname.get(key or "", [])
        candidates = [e for e in surnamed if _gender_fits(e.gender, gender)]
        if not candidates:
            named = self.by_first.get(word, [])
            candidates = [e for e in named if _gender_fits(e.gender, gender)]
        if candidates:
            return _nearest(candidates, pos)
        entity = _Entity(_PERSON, "", None, word, gender)
        self.entities.append(entity)
        self.add_surname(word, entity)
        return entity

    def organisation(self, name: str, kind: MentionKind) -> _Entity:
        """The organisation or outlet a capitalised name stands for."""
        key = _org_key(name)
        entity = self.by_org.get(key)
        if entity is None:
            entity = self.by_org.get(_initials(key))
        if entity is None and kind is _MEDIA:
            entity = next((e for k, e in self.by_org.items() if k.endswith(" " + key)), None)
        if entity is None:
            entity = _Entity(kind, name[4:] if name.lower().startswith("the ") else name, None, key)
            self.entities.append(entity)
            self.by_org[key] = entity
            if " " in key:
                self.by_org.setdefault(_initials(key), entity)
        return entity


def distinct_spans(spans: list[Span]) -> tuple[Span, ...]:
    """``tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))``, for spans of one text.

    Keyed by their offsets packed in one integer (offsets below 2**32), not
    hashed: a Span's attrs-generated ``__hash__`` and ``__eq__`` run
    interpreted. The pipeline checks that every span of a document slices
    its text, so two spans with the same offsets are equal.
    """
    by_key = {(span.start << 32) | span.end: span for span in spans}
    return tuple([by_key[key] for key in sorted(by_key)])


def _is_person_like(entity: _Entity) -> bool:
    """Evidence that a name is a person: a full name, a title, a gender, or a quote."""
    return " " in entity.full or entity.titled or entity.quoted or entity.gender is not None


def _nearest(candidates: list[_Entity], pos: int) -> _Entity:
    """The candidate seen last before ``pos``, else the first one seen after it."""
    best: _Entity | None = None
    for entity in candidates:  # the first of the latest, as max() gives: no key-function calls
        if 0 <= entity.last_pos < pos and (best is None or entity.last_pos > best.last_pos):
            best = entity
    return best if best is not None else candidates[0]


def _same_first(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= _FIRST_NAME_SIMILARITY


def _gender_fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _org_key(name: str) -> str:
    low = name.lower()
    return low[4:] if low.startswith("the ") else low


def _initials(key: str) -> str:
    letters = []  # compiled: a plain loop, where a generator is an object with its own class
    for word in key.split():
        if word not in ("of", "the", "for", "and", "on"):
            letters.append(word[0])
    return "".join(letters)


# ---------------------------------------------------------------- the pass


@dataclasses.dataclass(init=False, eq=False)
class _Item:
    """One mention in the pass: from the names stage, or a quote's own speaker words.

    A dataclass, not a named tuple or attrs class: one is made per mention,
    and compiled it is a native class whose fields are struct reads. The
    ``__init__`` is written out: mypyc compiles it, where the one dataclasses
    generates stays interpreted.
    """

    span: Span
    kind: MentionKind
    role: Span | None
    affiliation: Span | None
    sentence: int
    paragraph_first: bool
    in_content: bool

    def __init__(
        self,
        span: Span,
        kind: MentionKind,
        role: Span | None,
        affiliation: Span | None,
        *,
        sentence: int,
        paragraph_first: bool,
        in_content: bool = False,
    ) -> None:
        self.span = span
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.sentence = sentence
        self.paragraph_first = paragraph_first
        self.in_content = in_content


@dataclasses.dataclass
class _Assigned:
    """Each quote's speaker words and entity while the passes run.

    The two parallel lists change only together, through :meth:`give`; the
    quotes themselves are built once, at the end of the stage.
    """

    quotes: list[Quote]
    mentions: list[Span | None]
    entities: list[_Entity | None]

    def give(self, index: int, mention: Span | None, entity: _Entity | None) -> None:
        self.mentions[index] = mention
        self.entities[index] = entity


class _Resolver:
    """The single left-to-right pass that folds mentions into entities."""

    def __init__(self, doc: Document, vocab: _Vocab) -> None:
        self.doc = doc
        self.text = doc.text
        self.vocab = vocab
        self.book = _Book(vocab)
        self.recent: list[_Entity] = []
        self.sentence_subject: dict[int, _Entity] = {}
        self.sentence_speaker: dict[int, _Entity] = {}
        self.parsed_names: dict[str, tuple[list[str], str | None, bool]] = {}
        self.subject_items: dict[int, _Item] = {}  # its keys: the sentences whose subject is known
        self.last_item_end = -1  # where the last non-place mention of the pass ended
        sentences = doc.segments.sentences
        self.sentence_starts = [s.start for s in sentences]
        self.sentences = sentences

    # -- helpers

    def sentence_index(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def touch(self, entity: _Entity, item: _Item) -> None:
        """Record a mention of ``entity`` and move it to the front of the recency list."""
        entity.mentions.append(item.span)
        entity.last_pos = item.span.start
        entity.last_in_content = item.in_content
        recent = self.recent
        if recent and recent[0] is entity:
            return  # at the front already, as it often is: nothing to move
        if entity in recent:
            recent.remove(entity)
        recent.insert(0, entity)
        del recent[_RECENT_LIMIT:]

    def mark_subject(self, item: _Item, entity: _Entity | None) -> None:
        """The first agent-like mention of a sentence, not after a preposition, is its subject."""
        if item.sentence in self.subject_items or item.kind is _PLACE:
            return
        if item.kind in (_DOCUMENT,):
            return
        if self.after_preposition(item.span.start):
            return
        self.subject_items[item.sentence] = item
        if entity is not None:
            self.sentence_subject[item.sentence] = entity
            entity.subject_of = item.sentence

    def after_preposition(self, start: int) -> bool:
        """Whether the word before ``start`` is a preposition ("with Araghchi")."""
        text = self.text
        if start < 2 or text[start - 1] != " ":
            return False
        end = start - 1
        reach = max(0, end - _LONGEST_PREPOSITION)
        space = text.rfind(" ", reach, end)
        if space < 0 and reach > 0:
            return False
        return text[space + 1 : end].lower() in self.vocab.prepositions

    # -- mention kinds

    def name_parts(self, text: str) -> tuple[list[str], str | None, bool]:
        """A person mention's name words (no honorific or "Jr."), gender, and honorific.

        Remembered per spelling: the same name recurs all through a story.
        """
        parts = self.parsed_names.get(text)
        if parts is None:
            words = _NAME_WORD.findall(text)
            honorific = words[0].lower().rstrip(".") if words else ""
            names = self.vocab.names
            while len(words) > 1 and words[0].lower().rstrip(".") in names.honorifics:
                words = words[1:]
            gender = self.gender_of(honorific, words)
            while len(words) > 1 and words[-1].lower().rstrip(".") in names.suffixes:
                words = words[:-1]
            words = [w.rstrip(".") if len(w) > 2 else w for w in words]
            parts = (words, gender, honorific in names.honorifics)
            self.parsed_names[text] = parts
        return parts

    def person(self, item: _Item) -> _Entity:
        words, gender, has_honorific = self.name_parts(item.span.text)
        if len(words) >= 2:
            entity = self.book.person(words, gender)
            name = " ".join(words)
            if len(name) > len(entity.full):
                entity.full = name
        else:
            word = words[0] if words else item.span.text
            entity = self.book.single(word, gender, item.span.start)
            if not entity.full:
                entity.full = word
        if gender and entity.gender is None:
            entity.gender = gender
        entity.add_name(item.span.text)
        if has_honorific or item.role is not None:
            entity.titled = True
        self.add_role(entity, item.role, item.affiliation)
        return entity

    def gender_of(self, honorific: str, words: list[str]) -> str | None:
        v = self.vocab
        if honorific in v.male_honorifics:
            return MALE
        if honorific in v.female_honorifics:
            return FEMALE
        if len(words) >= 2:
            first = words[0].lower()
            if first in v.male_first and first not in v.female_first:
                return MALE
            if first in v.female_first and first not in v.male_first:
                return FEMALE
        return None

    def add_role(self, entity: _Entity, role: Span | None, affiliation: Span | None) -> None:
        if role is not None:
            text = role.text
            if text not in entity.roles:
                entity.roles.append(text)
            entity.role_heads.update(self.role_heads(text))
            if affiliation is None:
                country = self.country_in(text)
                if country and country not in entity.affiliations:
                    entity.affiliations.append(country)
        if affiliation is not None:
            name = self.affiliation_name(affiliation.text)
            if name not in entity.affiliations:
                entity.affiliations.append(name)

    def role_heads(self, role: str) -> set[str]:
        """Role nouns in a role phrase, with their synonyms, before any "of"/"for"."""
        heads: set[str] = set()
        names = self.vocab.names
        for word in role.lower().split():
            if word in self.vocab.prepositions:
                break
            if word in names.roles or word in names.titles:
                heads |= self.vocab.synonyms.get(word, frozenset({word}))
        return heads

    def country_in(self, role: str) -> str | None:
        for word in role.split():
            country = self.vocab.countries.get(word.lower().strip("’'s"))
            if country:
                return country
        return None

    def affiliation_name(self, text: str) -> str:
        low = text.lower()
        if low in self.vocab.countries:
            return self.vocab.countries[low]
        return text[4:] if low.startswith("the ") else text

    def nominal(self, item: _Item) -> _Entity | None:
        """A role noun: the latest person holding that role, or the next sentence's subject."""
        heads = self.role_heads(item.role.text if item.role else item.span.text)
        if heads and not item.span.text.lower().endswith("s"):
            for entity in self.recent:
                if entity.kind is _PERSON and entity.role_heads & heads:
                    return entity
        return None

    def organisation_nominal(self, item: _Item) -> _Entity | None:
        """For "the ministry": the latest organisation whose name holds that word."""
        head = item.span.text.lower().split()[-1]
        for entity in self.recent:
            if entity.kind is _ORGANISATION and head in entity.surname.split():
                return entity
        return None

    def pronoun(self, item: _Item, first_in_sentence: bool) -> _Entity | None:
        low = item.span.text.lower()
        v = self.vocab
        if low in v.male_pronouns or low in v.female_pronouns:
            gender = MALE if low in v.male_pronouns else FEMALE
            entity = self.personal_antecedent(item, gender, first_in_sentence)
            if entity is not None and entity.gender is None:
                entity.gender = gender
            return entity
        if low in v.plural_pronouns or low in v.neuter_pronouns:
            return self.body_antecedent(item)
        if low in v.relative:
            return self.relative_antecedent(item)
        return None

    def personal_antecedent(
        self, item: _Item, gender: str, first_in_sentence: bool
    ) -> _Entity | None:
        """The most salient person the pronoun agrees with.

        A pronoun opening a sentence prefers the previous sentence's speaker,
        then its subject; one inside a sentence prefers that sentence's
        subject. Otherwise the recency list decides, with people last seen
        inside quoted words, of unknown gender, or known only by one
        unexplained capitalised word pushed back.
        """

        def fits(entity: _Entity | None) -> bool:
            return (
                entity is not None
                and entity.kind is _PERSON
                and _gender_fits(entity.gender, gender)
            )

        s = item.sentence
        if first_in_sentence:
            for candidate in (self.sentence_speaker.get(s - 1), self.sentence_subject.get(s - 1)):
                if candidate is not None and fits(candidate) and _is_person_like(candidate):
                    return candidate
        else:
            subject = self.sentence_subject.get(s)
            if subject is not None and fits(subject) and not subject.last_in_content:
                return subject
        best: _Entity | None = None
        best_score = 0
        for rank, entity in enumerate(self.recent):
            if not fits(entity):
                continue
            score = rank
            if entity.last_in_content and not item.in_content:
                score += _CONTENT_PENALTY
            if entity.gender is None:
                score += _UNKNOWN_GENDER_PENALTY
            if not _is_person_like(entity):
                score += _WEAK_NAME_PENALTY
            if best is None or score < best_score:
                best, best_score = entity, score
        return best

    def body_antecedent(self, item: _Item) -> _Entity | None:
        for entity in self.recent:
            if entity.kind is _PERSON:
                continue
            if item.sentence - self.sentence_index(entity.last_pos) <= _ORG_PRONOUN_REACH:
                return entity
            break
        return None

    def relative_antecedent(self, item: _Item) -> _Entity | None:
        entity = self.recent[0] if self.recent else None
        if entity is None or not entity.mentions:
            return None
        last = entity.mentions[-1].end
        gap = self.text[last : item.span.start]
        if len(gap) <= _RELATIVE_GAP and gap.strip(" ,") == "":
            return entity
        # "Donna Rawlings, 59, of Ashton, Md., who": an apposition between,
        # with no other speaker-like mention in it.
        apposition = gap.startswith(",") and len(gap) <= _RELATIVE_APPOSITION and "\n" not in gap
        if apposition and self.last_item_end == last:
            return entity
        return None


def _items(doc: Document, resolver: _Resolver) -> tuple[list[_Item], list[int | None], set[int]]:
    """Names-stage mentions, plus quote speaker words no mention covers, in text order.

    Also gives, for each quote, the start of the item that names its speaker,
    and the indices of quotes whose speaker words no mention covers.
    """
    mentions, starts = mentions_in_order(doc.names)
    extra: list[NameMention] = []
    covering: NameMention | None
    quote_items: list[int | None] = []
    uncovered: set[int] = set()
    for index, quote in enumerate(doc.quotes):
        mention = quote.speaker_mention
        if mention is None:
            quote_items.append(None)
            continue
        covering = _head_covering(
            doc.text, resolver.vocab, _covering(mentions, starts, mention), mention
        )
        if covering is None:
            kind = _kind_of_words(mention.text, resolver.vocab, _near(doc.text, mention))
            ordinary = mention.text.lower() in resolver.vocab.names.not_names
            ordinary = ordinary or _names_nobody(mention.text, doc.lexicon["speaker_non_words"])
            if kind is _PRONOUN or not ordinary:
                extra.append(NameMention(mention, kind))  # "however", "April" stand for nobody
            quote_items.append(mention.start)
            uncovered.add(index)
        else:
            quote_items.append(covering.span.start)
    items = []
    paragraphs = {p.start for p in doc.segments.paragraphs}
    contents = sorted((q.content.start, q.content.end) for q in doc.quotes)
    cursor, reach = 0, -1
    sentence_starts = resolver.sentence_starts
    s = -1
    in_order = _merged(mentions, extra) if extra else mentions
    for found in in_order:
        kind = found.kind
        if kind is _PLACE:
            continue  # places never speak, and never stand for a pronoun
        span = found.span  # compiled: each read of an attrs field is an attribute look-up
        start = span.start
        while s + 1 < len(sentence_starts) and sentence_starts[s + 1] <= start:
            s += 1
        first_para = s >= 0 and sentence_starts[s] in paragraphs
        while cursor < len(contents) and contents[cursor][0] <= start:
            reach = max(reach, contents[cursor][1])
            cursor += 1
        items.append(
            _Item(
                span,
                kind,
                found.role,
                found.affiliation,
                sentence=s,
                paragraph_first=first_para,
                in_content=span.end <= reach,
            )
        )
    return items, quote_items, uncovered


def _mention_order(mention: NameMention) -> tuple[int, int]:
    """Text order, the longer of two mentions that start together first."""
    return mention.span.start, -mention.span.end


def _merged(mentions: list[NameMention], extra: list[NameMention]) -> list[NameMention]:
    """``sorted(mentions + extra, key=_mention_order)`` for ``mentions`` in that order already.

    One merge pass: only the few extra mentions are sorted, and each mention's
    offsets are read once (compiled: no key-function calls on them all).
    """
    extra = sorted(extra, key=_mention_order)
    merged: list[NameMention] = []
    j = 0
    for mention in mentions:
        span = mention.span
        start, end = span.start, span.end
        while j < len(extra):
            other = extra[j].span
            if other.start > start or (other.start == start and other.end <= end):
                break  # not before ``mention``: on a tie, the sort keeps ``mentions`` first
            merged.append(extra[j])
            j += 1
        merged.append(mention)
    merged.extend(extra[j:])
    return merged


def mentions_in_order(mentions: tuple[NameMention, ...]) -> tuple[list[NameMention], list[int]]:
    """``sorted(mentions, key=_mention_order)``, and the mentions' starts.

    The names stage hands them over in that order, and checking that (while
    reading the starts) costs less than a sort that calls its key function
    once per mention; they are sorted only when they are out of order.
    """
    starts: list[int] = []
    last_end = 0
    for mention in mentions:
        span = mention.span
        start, end = span.start, span.end
        if starts and (start < starts[-1] or (start == starts[-1] and end > last_end)):
            ordered = sorted(mentions, key=_mention_order)
            return ordered, [m.span.start for m in ordered]
        starts.append(start)
        last_end = end
    return list(mentions), starts


def _near(text: str, span: Span) -> str:
    """The stretch of text around ``span`` a look-up may search (bounded, so linear)."""
    return text[max(0, span.start - _LOOKUP_REACH) : span.end + _LOOKUP_REACH]


def _covering(mentions: list[NameMention], starts: list[int], span: Span) -> NameMention | None:
    """The mention a quote's speaker words stand for.

    Of the mentions overlapping them, the last one that is not a place: the
    head of an English noun phrase comes at its end ("Trump campaign
    spokesman Jason Miller" is Jason Miller).
    """
    start, end = span.start, span.end
    index = bisect_right(starts, end - 1) - 1
    best: NameMention | None = None
    while index >= 0:
        other = mentions[index]
        other_span = other.span
        other_end = other_span.end
        if other_end <= start - _LONGEST_MENTION:
            break
        if other_span.start < end and start < other_end:  # overlaps, inline: Span is interpreted
            replaces_place = best is not None and best.kind is _PLACE
            later = best is not None and other_end > best.span.end
            if best is None or (other.kind is not _PLACE and (replaces_place or later)):
                best = other
        index -= 1
    return best


def _head_covering(
    text: str, vocab: _Vocab, covering: NameMention | None, span: Span
) -> NameMention | None:
    """The covering mention, unless it is the object of a preposition inside the words.

    "Officials in Tehran", "Democrats in Congress", "a spokesman for the
    ministry": the speaker is the head before the preposition, not the place
    or body after it. Such words name no mention of their own here.
    """
    if covering is None or covering.span.start <= span.start:
        return covering
    before = text[span.start : covering.span.start].split()
    if before and before[-1].lower() in vocab.prepositions:
        return None
    return covering


def _kind_of_words(words: str, vocab: _Vocab, text: str = "") -> MentionKind:
    """What a quote's speaker words are, when the names stage found nothing there.

    A lone capitalised word the article also writes in lower case ("Talk",
    "Video") is an ordinary word that opened a sentence, not a name.
    """
    low = words.lower()
    if (
        low in vocab.male_pronouns
        or low in vocab.female_pronouns
        or low in vocab.plural_pronouns
        or low in vocab.neuter_pronouns
        or low in vocab.relative
        or low in vocab.first_person
    ):
        return _PRONOUN
    if low in vocab.group_nouns:
        return _NOMINAL  # "People say …": a sentence opener, not a person named People
    if words[:1].isupper() and " " not in words.strip() and low not in vocab.names.not_names:
        return _PERSON if f" {low} " not in text else _NOMINAL
    return _NOMINAL


def _run_pass(
    resolver: _Resolver, items: list[_Item], quoted_at: frozenset[int]
) -> dict[int, _Entity]:
    """Fold every item into an entity; the result maps item start offsets to entities.

    ``quoted_at`` holds the starts of items that name a quote's speaker, so a
    pronoun opening the next sentence can prefer whoever was just quoted.
    """
    found: dict[int, _Entity] = {}
    first_seen: set[int] = set()
    for item in items:
        sentence, span = item.sentence, item.span
        first_in_sentence = sentence not in first_seen and item.kind is not _PLACE
        if item.kind is not _PLACE:
            first_seen.add(sentence)
        entity = _resolve_item(resolver, item, first_in_sentence)
        resolver.last_item_end = span.end
        resolver.mark_subject(item, entity)
        if entity is not None:
            resolver.touch(entity, item)
            start = span.start  # compiled: read once, an attrs field is an attribute look-up
            found[start] = entity
            if start in quoted_at:
                resolver.sentence_speaker[sentence] = entity
                entity.quoted = True
    return found


def _resolve_item(resolver: _Resolver, item: _Item, first_in_sentence: bool) -> _Entity | None:
    kind = item.kind
    if kind is _PERSON:
        return resolver.person(item)
    if kind in (_ORGANISATION, _MEDIA):
        words = item.span.text.split()
        if any(w[:1].isupper() for w in words if w.lower() != "the"):
            return resolver.book.organisation(item.span.text, kind)
        return resolver.organisation_nominal(item)
    if kind is _NOMINAL:
        return resolver.nominal(item)
    if kind is _PRONOUN:
        return resolver.pronoun(item, first_in_sentence)
    return None


def _link_role_subjects(resolver: _Resolver, items: list[_Item], found: dict[int, _Entity]) -> None:
    """Make "The Foreign Minister ... has left. Abbas Araghchi will ..." one person.

    A definite role phrase that opens a sentence, and that nothing resolved, is
    the full name that opens the next sentence, when that person's known
    roles do not contradict it.
    """
    opener: dict[int, _Item] = {}
    for item in items:
        if item.kind is not _PLACE and item.sentence >= 0:
            opener.setdefault(item.sentence, item)
    for item in opener.values():
        if item.kind is not _NOMINAL or item.span.start in found:
            continue
        if not item.span.text.lower().startswith("the ") or item.role is None:
            continue
        opening = (resolver.sentences[item.sentence].start, resolver.doc.body_start)
        if item.span.start not in opening:
            continue
        following = opener.get(item.sentence + 1)
        if following is None or following.kind is not _PERSON:
            continue
        if following.span.start != resolver.sentences[item.sentence + 1].start:
            continue
        entity = found.get(following.span.start)
        if entity is None or " " not in entity.full:
            continue
        heads = resolver.role_heads(item.role.text)
        if entity.role_heads and heads and not entity.role_heads & heads:
            continue
        resolver.add_role(entity, item.role, item.affiliation)
        entity.mentions.append(item.span)
        found[item.span.start] = entity


def _first_person_speakers(doc: Document, assigned: _Assigned) -> None:
    """Resolve "I" and "we": inside a quotation they are whoever it is attributed to."""
    quotes, speakers_of = assigned.quotes, assigned.entities
    contents = sorted((q.content.start, q.content.end, index) for index, q in enumerate(quotes))
    starts = [c[0] for c in contents]
    first_person = _vocabulary(doc.lexicon).first_person
    for index, mention in enumerate(assigned.mentions):
        if mention is None or speakers_of[index] is not None:
            continue
        if mention.text.lower() not in first_person:
            continue
        k = bisect_right(starts, mention.start) - 1
        while k >= 0 and contents[k][0] <= mention.start:
            start, end, outer = contents[k]
            if outer != index and end >= mention.end and speakers_of[outer] is not None:
                assigned.give(index, mention, speakers_of[outer])
                break
            k -= 1
            if start < mention.start - 2000:
                break


def _is_stray(words: str, vocab: _Vocab, people: frozenset[str] = frozenset()) -> bool:
    """Speaker words the names stage passed over that are no pronoun, role or body noun.

    Only called for words no name mention covers: a capitalised word there
    is one the names stage judged an ordinary word ("Tuesday", "Talk").
    ``people`` holds more head nouns that stand for people (see
    :func:`_names_people`).
    """
    if not words or _kind_of_words(words, vocab) is _PRONOUN:
        return False
    low = words.lower()
    if low in vocab.second_person:
        return False  # "Q: You said …": the interviewer's "you" is the speaker, not the label
    head = _head_word(low, vocab)
    names = vocab.names
    if people and _names_people(head, vocab, people):
        return False
    return not (
        head in names.roles
        or head in vocab.group_nouns
        or head in names.org_nominals
        or head in names.documents
        or head in names.anonymous
        or low in names.media_nouns
    )


def _names_people(head: str, vocab: _Vocab, people: frozenset[str]) -> bool:
    """Whether a lower-cased head noun stands for people: "members", "groups", "Russians".

    ``people`` lists partitive and person nouns ("members of the party", "a
    number of Democrats", "the actress"); a plural of a role, body noun or
    nationality counts too ("two liberal groups", "the Russians").
    """
    if head in people:
        return True
    if len(head) < 4 or not head.endswith("s"):
        return False
    single = head[:-1]
    names = vocab.names
    return single in names.roles or single in names.org_nominals or single in vocab.countries


def _head_word(words: str, vocab: _Vocab) -> str:
    """The head of lower-cased speaker words: the last word before any preposition."""
    split = words.split()
    for index, word in enumerate(split):
        if index and word in vocab.prepositions:
            return split[index - 1]
    return split[-1]


def _speakers_from_cues(
    resolver: _Resolver,
    passed: tuple[list[_Item], dict[int, _Entity], set[int]],
    assigned: _Assigned,
) -> None:
    """Give a quote with no usable speaker words the mention next to its cue.

    The subject of a reporting verb stands just before it ("Trump is
    raising questions"), or just after it in an inversion ("said Mulgrew").
    The quote's own speaker words are replaced only when they name nothing.
    ``passed`` is the pass's items, its item-to-entity map, and the quotes
    whose speaker words no mention covers.
    """
    items, found, uncovered = passed
    starts = [item.span.start for item in items]
    non_words = resolver.doc.lexicon["speaker_non_words"]
    people = resolver.doc.lexicon["speaker_people_nouns"]
    for index, quote in enumerate(assigned.quotes):
        if assigned.entities[index] is not None:
            continue
        mention = assigned.mentions[index]
        if mention is not None and not (
            index in uncovered and _is_stray(mention.text, resolver.vocab, people)
        ):
            continue
        replacing = mention is not None
        if replacing and _quantified_subject(resolver.text, resolver.doc.lexicon, mention):
            continue  # "Republicans are divided; most said …": "most" speaks
        if replacing and _agent_after_cue(resolver.text, quote):
            continue  # "a measure opposed by unions": the agent quotes.py found speaks
        if not replacing and _question_put(resolver.text, resolver.doc.lexicon, quote):
            continue  # "…,” Roe said when asked whether …": nobody named asks
        if not replacing and _faced_cue(resolver.text, resolver.doc.lexicon, quote):
            continue  # "Trump has faced questions about …": others ask
        if not replacing and _cue_inside(quote):
            continue  # "X is expected to …", "X seemed to …": X is content, nobody speaks
        if quote.cue is None:
            item = _item_beside_quote(resolver.text, items, starts, quote, found)
        else:
            item = _item_by_cue(resolver, (items, starts, found), quote, replacing)
        lone = mention is not None and _names_nobody(mention.text, non_words)
        if item is None or quote.content.start <= item.span.start < quote.content.end:
            if lone:
                assigned.give(index, None, None)  # "… is nonetheless considered": nobody
            continue  # "Asked if he would run, …": words of the content speak for nobody
        assigned.give(index, item.span, found.get(item.span.start))


def _quantified_subject(text: str, lexicon: Lexicon, mention: Span | None) -> bool:
    """Whether speaker words open with a quantifier that is the clause's subject.

    "Republicans are divided; most said …", "…, but many fear …", "Each
    faction projected …": the quantifier phrase is the speaker, not a name
    before it. A quantifier right after an auxiliary or pronoun only floats
    after the real subject ("Roe and Doe have both argued", "they all
    voted"), and one right after a capitalised word belongs to that name.
    """
    if mention is None:
        return False
    words = mention.text.split()
    if not words or words[0].lower() not in lexicon["speaker_quantifiers"]:
        return False
    if words[0] == "One":
        return False  # "One notable trend: …", "One of the men, Roe, …": a determiner
    before = text[max(0, mention.start - 24) : mention.start]
    if not before[-1:].isspace():
        return not before[-1:].isalnum()
    if before.rstrip()[-1:] == ")":
        return False  # "Roe (R-Va.) both condemned": the quantifier floats after a name
    previous = before.split()
    if not previous or not previous[-1].isalpha():
        return True  # "…, most said", "economy; most said", "— both suggested"
    word = previous[-1]
    if word.lower() in lexicon["speaker_quantifier_hosts"]:
        return False
    return not word[0].isupper() or word.lower() in lexicon.derived(_clause_openers)


def _names_nobody(words: str, non_words: frozenset[str]) -> bool:
    """Speaker words that are a lone adverb ("soon", "nevertheless", "reportedly")."""
    low = words.strip()
    if " " in low or not low.islower():
        return False
    return low in non_words or (len(low) > 4 and low.endswith("ly"))


def _coordinated_pronoun_subjects(resolver: _Resolver, assigned: _Assigned) -> None:
    """A subject pronoun before a verb joined to the cue by "and" ("I laughed and said, …").

    Pronouns are no names mention, so a quote with no speaker words whose
    cue follows "PRONOUN VERB and" takes the pronoun as its speaker words
    (with the entity of nobody: only the words are known here).
    """
    text = resolver.text
    lexicon = resolver.doc.lexicon
    coordinators = lexicon["quote_verb_coordinators"]
    modifiers = lexicon["quote_cue_modifiers"]
    pronouns = lexicon["pronouns_subject"]
    for index, quote in enumerate(assigned.quotes):
        cue = quote.cue
        if cue is None or assigned.mentions[index] is not None or _cue_inside(quote):
            continue
        floor = max(0, cue.start - 48)
        words = list(_NAME_WORD.finditer(text, floor, cue.start))
        while words and words[-1].group().lower() in modifiers:
            words.pop()
        if len(words) < 3 or words[-1].group().lower() not in coordinators:
            continue
        pronoun, verb = words[-3], words[-2]
        low = pronoun.group().lower()
        if low not in pronouns or low in ("it", "one", "who", "you"):
            continue
        if not verb.group().isalpha() or not verb.group().islower():
            continue
        if text[pronoun.end() : verb.start()] != " ":
            continue
        if quote.content.start <= pronoun.start() < quote.content.end:
            continue
        assigned.give(index, Span.of(text, pronoun.start(), pronoun.end()), None)


def _relative_clause_objects(
    resolver: _Resolver,
    passed: tuple[list[_Item], dict[int, _Entity]],
    assigned: _Assigned,
) -> None:
    """Speaker words that are the object of a relative clause before the cue.

    "One of the aides who wrote the letter called it …": "the letter" is
    the object of "wrote", not the subject of "called".

    Speaker words right after "who VERB" are the object of a relative clause
    on the real subject; the speaker is the noun phrase before "who".
    """
    items, found = passed
    text = resolver.text
    lexicon = resolver.doc.lexicon
    modifiers = lexicon["quote_cue_modifiers"]
    view: TokenView | None = None
    starts: list[int] = []
    for index, quote in enumerate(assigned.quotes):
        cue, mention = quote.cue, assigned.mentions[index]
        if cue is None or mention is None or mention.end > cue.start:
            continue
        if text.find("who ", max(0, mention.start - 32), mention.start) < 0:
            continue  # the cheap test first: most speaker words follow no "who"
        between = text[mention.end : cue.start].split()
        if any(w.lower() not in modifiers for w in between):
            continue
        before = list(_NAME_WORD.finditer(text, max(0, mention.start - 32), mention.start))
        if len(before) < 2 or before[-2].group() != "who":
            continue
        verb = before[-1].group()
        if not verb.isalpha() or not verb.islower() or verb in modifiers:
            continue
        who = before[-2].start()
        sentence = resolver.sentence_index(cue.start)
        if sentence < 0 or who < 2 or text[who - 1] != " " or not text[who - 2].isalnum():
            continue
        if view is None:
            view = TokenView(text)
            starts = [item.span.start for item in items]
        floor = resolver.sentences[sentence].start
        subject = cue_vocabulary(lexicon).subject_before(view, floor, who)
        if subject is None or subject.end != who - 1 or subject.start < floor:
            continue
        if quote.content.overlaps(subject):
            continue
        entity: _Entity | None = None
        k = bisect_right(starts, subject.end - 1) - 1
        while k >= 0 and items[k].span.start >= subject.start:
            if items[k].span.end <= subject.end and items[k].span.start in found:
                entity = found[items[k].span.start]
                break
            k -= 1
        assigned.give(index, subject, entity)


def _agent_after_cue(text: str, quote: Quote) -> bool:
    """Whether the quote's speaker words are the agent right after its cue and "by".

    "a measure opposed by unions", "a view echoed by many economists": the
    agent names the speaker even when it names nobody known, so no mention
    before the cue replaces it.
    """
    cue, mention = quote.cue, quote.speaker_mention
    if cue is None or mention is None or mention.start < cue.end:
        return False
    return text[cue.end : mention.start] == " by "


def _question_put(text: str, lexicon: Lexicon, quote: Quote) -> bool:
    """Whether the quote is a question put to someone: "when asked whether …".

    Its cue is a participle of ``quote_question_participles`` right after a
    word of ``quote_question_leads``; the one asked is no speaker of it.
    """
    cue = quote.cue
    if cue is None or cue.text.split()[0].lower() not in lexicon["quote_question_participles"]:
        return False
    before = text[max(0, cue.start - 8) : cue.start].split()
    return bool(before) and before[-1].lower() in lexicon["quote_question_leads"]


def _faced_cue(text: str, lexicon: Lexicon, quote: Quote) -> bool:
    """Whether a verb of ``quote_facing_verbs`` stands at most two words before the cue."""
    cue = quote.cue
    if cue is None:
        return False
    before = text[max(0, cue.start - 30) : cue.start].lower().split()[-3:]
    return any(word in lexicon["quote_facing_verbs"] for word in before)


def _coordinated_subjects(
    resolver: _Resolver,
    found: dict[int, _Entity],
    assigned: _Assigned,
) -> None:
    """A cue joined to its clause by "and" / "but", or a gerund after a preposition.

    "Smith backed Jones and said …", "McConnell deflected questions about
    Trump before saying …": the speaker is the clause's subject (an earlier
    quote's speaker in the sentence, else the sentence's subject), not the
    noun just before the cue.
    """
    lexicon = resolver.doc.lexicon
    coordinators = lexicon["quote_verb_coordinators"]
    gerund_prepositions = lexicon["quote_gerund_prepositions"]
    modifiers = lexicon["quote_cue_modifiers"]
    text = resolver.text
    previous: dict[int, tuple[int, int]] = {}  # sentence -> (cue start, quote index)
    mentions = assigned.mentions
    for index, quote in enumerate(assigned.quotes):
        cue = quote.cue
        if cue is None:
            continue
        sentence = resolver.sentence_index(cue.start)
        before = previous.get(sentence)
        mention = mentions[index]
        if mention is not None and mention.end <= cue.start:
            previous.setdefault(sentence, (cue.start, index))
        word = _word_before(text, cue.start, modifiers)
        first = cue.text.split()[0]
        joined = word in coordinators
        gerund = word in gerund_prepositions and first.endswith("ing") and first.islower()
        if not (joined or gerund):
            continue
        if mention is not None:
            between = text[mention.end : cue.start].replace(",", " ").lower().split()
            if mention.end > cue.start or not between or between[0] != word:
                continue  # only the noun right before "and" / "before" is replaced
        subject: Span | None = None
        entity: _Entity | None = None
        if before is not None and before[0] < cue.start:
            subject = mentions[before[1]]
            entity = assigned.entities[before[1]]
        else:
            item = resolver.subject_items.get(sentence)
            if item is not None:
                subject, entity = item.span, found.get(item.span.start)
        if subject is None or entity is None or subject.end > cue.start:
            continue
        if quote.content.overlaps(subject):
            continue
        if mention is not None and subject.start >= mention.start:
            continue
        assigned.give(index, subject, entity)


def _main_clause_subjects(
    resolver: _Resolver,
    passed: tuple[list[_Item], dict[int, _Entity]],
    assigned: _Assigned,
) -> None:
    """A participle cue's speaker is the main clause's subject, not a word of its opening.

    "Back in 1999, Trump praised Clinton, telling …", "In a Fox interview,
    Trump went further, noting …": the sentence opens with an adjunct set
    off by a comma, and the speaker is the first mention after that comma.
    A colon cue reads the same way ("Asked about Doe, Roe demurred: …").
    """
    items, found = passed
    text = resolver.text
    vocab = resolver.vocab
    lexicon = resolver.doc.lexicon
    openers = lexicon.derived(_adjunct_openers)
    starts: list[int] = []
    for index, quote in enumerate(assigned.quotes):
        cue, mention = quote.cue, assigned.mentions[index]
        if cue is None:
            continue
        first = cue.text.split()[0]
        colon = cue.text == ":"  # "In a TV interview, Roe went further: …"
        if not colon and not (first.endswith("ing") and first.islower()):
            continue
        if not colon and text[max(0, cue.start - 2) : cue.start].strip() != ",":
            continue
        sentence = resolver.sentence_index(cue.start)
        if sentence < 0:
            continue
        opening = resolver.sentences[sentence].start
        comma = text.find(",", opening, cue.start - 2)
        if comma < 0 or (mention is not None and mention.start > comma):
            continue
        word = (
            text[opening:comma].split(None, 1)[0].strip("“\"'‘(").lower() if comma > opening else ""
        )
        adjunct = (
            word in openers
            or word in vocab.prepositions
            or (len(word) > 3 and word.endswith(("ly", "ing", "ed")))
        )
        if not adjunct:
            continue
        if not starts:
            starts = [item.span.start for item in items]
        k = bisect_right(starts, comma)
        while k < len(items) and items[k].span.end <= cue.start:
            item = items[k]
            if item.kind is not _PLACE and not resolver.after_preposition(item.span.start):
                break
            k += 1
        else:
            continue
        if k >= len(items) or items[k].span.end > cue.start:
            continue
        item = items[k]
        if quote.content.overlaps(item.span):
            continue
        assigned.give(index, item.span, found.get(item.span.start))


def _opening_modifier(text: str, lexicon: Lexicon, vocab: _Vocab, mention: Span) -> bool:
    """Whether speaker words open with a sentence's opening modifier, not a name.

    A capitalised word then a comma ("Disillusioned, …", "Eagerly, …"), a
    preposition or subordinator ("Despite …"), an -ly adverb before a
    participle ("Hastily rewriting …"), or an -ing participle before "to"
    or a determiner ("Continuing to explain …", "Using a crude phrase …").
    A noun phrase's modifier is none ("Nearly half said", "Polling of
    voters shows", "Voting rights groups say"), nor is a known first name.
    """
    word = _NAME_WORD.match(text, mention.start)
    if word is None:
        return False
    first = word.group()
    if not first.isalpha() or not first[0].isupper() or first[1:] != first[1:].lower():
        return False
    low = first.lower()
    if low in vocab.male_first or low in vocab.female_first:
        return False
    if low in vocab.prepositions or low in lexicon["quote_subordinators"]:
        return text[word.end() : word.end() + 2].rstrip(",").strip().islower()
    if len(low) < 5 or not low.endswith(("ing", "ly", "ed")):
        return False
    if text[word.end() : word.end() + 1] == ",":
        return True
    following = _NAME_WORD.match(text, word.end() + 1)
    if text[word.end() : word.end() + 1] != " " or following is None:
        return False
    after = following.group()
    if not after.islower():
        return False
    if low.endswith("ly"):
        return after.endswith(("ing", "ed"))
    if low.endswith("ing"):
        return after == "to" or after in lexicon["determiners"] or after.endswith("ed")
    return False


def _subjectless_verb(text: str, vocab: _Vocab, cue: Span | None, mention: Span) -> bool:
    """Whether speaker words are a verb opening a subjectless line: "Keeps saying …".

    A lone capitalised word ending in -s right before an -ing cue ("Keeps
    saying", "Goes on claiming") is a list item's verb with its subject left
    out, not a person; a known first name is none.
    """
    if cue is None or text[mention.end : cue.start] != " ":
        return False
    word = mention.text
    if len(word) < 4 or not word.isalpha() or not word[1:].islower():
        return False
    if not word.endswith("s") or word.endswith("ss"):
        return False
    low = word.lower()
    if low in vocab.male_first or low in vocab.female_first:
        return False
    first = cue.text.split()[0]
    return first.islower() and first.endswith("ing")


def _subjectless_lines(resolver: _Resolver, assigned: _Assigned) -> None:
    """Quotes of a subjectless line ("Keeps saying …") have no speaker.

    Run after the passes that look for a mention by the cue, which would
    take the verb itself for a person.
    """
    text = resolver.text
    for index, quote in enumerate(assigned.quotes):
        mention = assigned.mentions[index]
        if mention is None or not text[mention.start].isupper():
            continue
        if not _subjectless_verb(text, resolver.vocab, quote.cue, mention):
            continue
        sentence = resolver.sentence_index(mention.start)
        if sentence < 0 or mention.start - resolver.sentences[sentence].start > 4:
            continue
        if any(c.isalnum() for c in text[resolver.sentences[sentence].start : mention.start]):
            continue
        entity = assigned.entities[index]
        if entity is not None and " " in entity.full.strip():
            continue  # "Jones" of "Bob Jones"
        assigned.give(index, None, None)


def _opening_modifier_subjects(
    resolver: _Resolver,
    passed: tuple[list[_Item], dict[int, _Entity]],
    assigned: _Assigned,
) -> None:
    """Speaker words that are a sentence's opening modifier give way to its subject.

    "Hastily rewriting the speech, Roe warned …", "Continuing to explain
    her view, Roe rejected …": the words before the first comma (or dash)
    are no speaker; the first mention after it is, or nobody when none
    stands there ("Eagerly awaited, the report …").
    """
    items, found = passed
    text = resolver.text
    lexicon = resolver.doc.lexicon
    starts: list[int] = []
    for index in range(len(assigned.quotes)):
        mention = assigned.mentions[index]
        if mention is None or not text[mention.start].isupper():
            continue
        if not _opening_modifier(text, lexicon, resolver.vocab, mention):
            continue
        sentence = resolver.sentence_index(mention.start)
        if sentence < 0:
            continue
        bounds = resolver.sentences[sentence]
        if mention.start - bounds.start > 4:
            continue  # only words that open their sentence
        if any(c.isalnum() for c in text[bounds.start : mention.start]):
            continue
        entity = assigned.entities[index]
        if entity is not None and " " in entity.full.strip():
            continue  # "Kelly" of "Megyn Kelly"
        ends = [at for at in (text.find(c, mention.start, bounds.end) for c in ",―—") if at >= 0]
        if not starts:
            starts = [item.span.start for item in items]
        subject: _Item | None = None
        if ends:
            k = bisect_right(starts, min(ends))
            while k < len(items) and items[k].span.end <= bounds.end:
                item = items[k]
                if item.kind is not _PLACE and not resolver.after_preposition(item.span.start):
                    subject = item
                    break
                k += 1
        if subject is None:
            assigned.give(index, None, None)
        else:
            assigned.give(index, subject.span, found.get(subject.span.start))


def _as_follows_subjects(resolver: _Resolver, assigned: _Assigned) -> set[int]:
    """The speaker words of "Partial transcript as follows: …" are the words before "as".

    The colon cue's word before it is "follows", which names nobody; the
    sentence's opening words (at most four) before "as follows" do. Returns
    the quotes given those words, which no later pass should take for stray.
    """
    text = resolver.text
    done: set[int] = set()
    for index in range(len(assigned.quotes)):
        mention = assigned.mentions[index]
        if mention is None or mention.text != "follows":
            continue
        if text[max(0, mention.start - 4) : mention.start].lower() != " as ":
            continue
        end = mention.start - 4
        sentence = resolver.sentence_index(end)
        if sentence < 0:
            continue
        start = resolver.sentences[sentence].start
        while start < end and not text[start].isalnum():
            start += 1
        if start >= end or len(text[start:end].split()) > 4:
            assigned.give(index, None, None)
            continue
        assigned.give(index, Span.of(text, start, end), None)
        done.add(index)
    return done


def _plural_subject(
    resolver: _Resolver, view: TokenView, sentence: int, before: int
) -> Span | None:
    """The plural noun phrase opening a sentence, ending before an auxiliary.

    "Republican senators are split on whether they …", "Many members were
    surprised at what they …": the words from the sentence's start up to
    its first auxiliary (``quote_be_forms``, ``speaker_quantifier_hosts``),
    when they end in a plural noun and no mention stands for them.
    """
    text = resolver.text
    lexicon = resolver.doc.lexicon
    auxiliaries = lexicon.derived(_auxiliaries)
    floor = resolver.sentences[sentence].start
    words = list(_NAME_WORD.finditer(text, floor, min(before, floor + 80)))[:7]
    aux = next((w for w in words[1:] if w.group().lower() in auxiliaries), None)
    if aux is None:
        return None
    subject = cue_vocabulary(lexicon).subject_before(view, floor, aux.start())
    if subject is None or any(c.isalnum() for c in text[floor : subject.start]):
        return None
    last = subject.text.split()[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss") or not last.isalpha():
        return None
    if last.lower() in resolver.vocab.plural_pronouns:
        return None
    return subject


def _plural_pronoun_antecedents(resolver: _Resolver, assigned: _Assigned) -> None:
    """A plural pronoun's speaker is its sentence's plural noun phrase subject.

    "Republican senators are split on whether they would back him": "they"
    stands for the noun phrase, which no names mention covers; it becomes an
    entity of its own, so the pronoun's quote has that speaker.
    """
    text = resolver.text
    plural = resolver.vocab.plural_pronouns
    view: TokenView | None = None
    made: dict[tuple[int, int], _Entity] = {}
    for index, quote in enumerate(assigned.quotes):
        mention = assigned.mentions[index]
        if mention is None or mention.text not in plural:
            continue
        if quote.content.start <= mention.start < quote.content.end:
            continue
        sentence = resolver.sentence_index(mention.start)
        if sentence < 0:
            continue
        if view is None:
            view = TokenView(text)
        subject = _plural_subject(resolver, view, sentence, mention.start)
        if subject is None or subject.end > mention.start or quote.content.overlaps(subject):
            continue
        key = (subject.start, subject.end)
        entity = made.get(key)
        if entity is None:
            entity = _Entity(_NOMINAL, subject.text, None, subject.text.lower())
            entity.mentions.append(subject)
            resolver.book.entities.append(entity)
            made[key] = entity
        assigned.give(index, mention, entity)


def _participle_objects(
    resolver: _Resolver,
    found: dict[int, _Entity],
    assigned: _Assigned,
) -> None:
    """A participle cue after an object speaks for the clause's subject, not the object.

    "Sanders emailed supporters saying …", "The group released a statement,
    saying …", "Roe made a pitch to voters, arguing …": the words before the
    participle follow a verb or preposition, so they are its object; the
    speaker is the sentence's subject.
    """
    text = resolver.text
    lexicon = resolver.doc.lexicon
    coordinators = lexicon["quote_verb_coordinators"]
    modifiers = lexicon["quote_cue_modifiers"]
    stops = lexicon.derived(_participle_stops)
    for index, quote in enumerate(assigned.quotes):
        cue, mention = quote.cue, assigned.mentions[index]
        if cue is None or mention is None or mention.end > cue.start:
            continue
        first = cue.text.split()[0]
        if not (first.endswith("ing") and first.islower()):
            continue
        sentence = resolver.sentence_index(cue.start)
        subject = resolver.subject_items.get(sentence)
        if subject is None or subject.span.end >= mention.start:
            continue
        entity = found.get(subject.span.start)
        if entity is None or quote.content.overlaps(subject.span):
            continue
        before = text[max(0, mention.start - 24) : mention.start].split()
        word = before[-1] if before else ""
        if not word.isalpha() or not word.islower() or word in stops:
            continue
        inside = mention.text.lower().split()
        joined = _word_before(text, cue.start, modifiers) in coordinators
        if joined or any(w in stops for w in inside):
            continue  # "the largesse of donors backing …", "who was asking …", "… and telling"
        assigned.give(index, subject.span, entity)


def _participles_after_cues(
    resolver: _Resolver,
    assigned: _Assigned,
) -> None:
    """A participle cue right after another cue of its sentence has that cue's speaker.

    "“…,” Roe said, adding, “…”", "Roe told reporters that Doe “…,” adding …":
    the participle's subject is the earlier cue's, not a name inside the
    earlier quote or its object.
    """
    according = resolver.doc.lexicon["according_to"]
    last: dict[int, int] = {}  # sentence -> the quote with a speaker whose cue ends last
    quotes, mentions, speakers_of = assigned.quotes, assigned.mentions, assigned.entities
    for index, quote in enumerate(quotes):
        cue = quote.cue
        if cue is None:
            continue
        sentence = resolver.sentence_index(cue.start)
        earlier = last.get(sentence)
        first = cue.text.split()[0]
        participle = first.endswith("ing") and first.islower()
        participle = participle and " ".join(cue.text.split()[:2]) not in according
        comma = resolver.text[max(0, cue.start - 2) : cue.start].strip() == ","
        if participle and comma and earlier is not None:
            before = quotes[earlier]
            said = before.cue
            mention, before_mention = mentions[index], mentions[earlier]
            assert said is not None and before_mention is not None
            inside = before.content.start <= cue.start < before.content.end
            after = mention is None or before.content.overlaps(mention)
            if not inside and after and said.end <= cue.start and mention != before_mention:
                assigned.give(index, before_mention, speakers_of[earlier])
        if speakers_of[index] is not None and mentions[index] is not None:
            held = last.get(sentence)
            if held is None or _cue_end(quotes[held]) <= cue.end:
                last[sentence] = index


def _cue_end(quote: Quote) -> int:
    return quote.cue.end if quote.cue is not None else -1


# Unions of word lists, each made once per lexicon (see :meth:`Lexicon.derived`).


def _clause_openers(lexicon: Lexicon) -> frozenset[str]:
    return lexicon["quote_clause_conjunctions"] | lexicon["quote_subordinators"]


def _adjunct_openers(lexicon: Lexicon) -> frozenset[str]:
    return lexicon["quote_opening_adjuncts"] | lexicon["quote_subordinators"]


def _auxiliaries(lexicon: Lexicon) -> frozenset[str]:
    return lexicon["quote_be_forms"] | lexicon["speaker_quantifier_hosts"]


def _participle_stops(lexicon: Lexicon) -> frozenset[str]:
    """Words before a participle's object that show it is no object ("and", "who", "said")."""
    return (
        lexicon["quote_verb_coordinators"]
        | lexicon["quote_participle_subject_words"]
        | lexicon["quote_subordinators"]
        | lexicon["relative_pronouns"]
        | lexicon["speech_verbs"]
    )


def _word_before(text: str, pos: int, skip: frozenset[str]) -> str:
    """The lower-case word before ``pos``, past auxiliaries and adverbs ("and then said")."""
    end = pos
    for _ in range(4):
        stretch = text[max(0, end - 24) : end].rstrip()
        words = stretch.split()
        if not words:
            return ""
        word = words[-1].lower()
        if word not in skip:
            return word
        end = max(0, end - 24) + len(stretch) - len(words[-1])
    return ""


def _colon_subjects(
    resolver: _Resolver,
    found: dict[int, _Entity],
    assigned: _Assigned,
) -> None:
    """Before a colon cue the sentence's subject speaks, not the words just before it.

    "Jane Roe told him: …", "Roe is rolling out a new message: …": the words
    next to the colon are the verb's object.
    """
    for index, quote in enumerate(assigned.quotes):
        cue, mention = quote.cue, assigned.mentions[index]
        if cue is None or mention is None or cue.text != ":":
            continue
        subject = resolver.subject_items.get(resolver.sentence_index(cue.start))
        if subject is None or subject.span.end > mention.start:
            continue
        entity = found.get(subject.span.start)
        if entity is None or quote.content.overlaps(subject.span):
            continue
        assigned.give(index, subject.span, entity)


def _cue_inside(quote: Quote) -> bool:
    """Whether a quote's content holds its own cue (a passive or raising verb)."""
    cue = quote.cue
    return cue is not None and quote.content.start <= cue.start < quote.content.end


def _item_beside_quote(
    text: str, items: list[_Item], starts: list[int], quote: Quote, found: dict[int, _Entity]
) -> _Item | None:
    """A name right after a cue-less quotation, or right before it with a colon.

    News copy attributes with bare punctuation: “…,” Jane Doe / “…” ― Jane
    Doe / DOE: “…”.
    """
    content = quote.content
    k = bisect_right(starts, content.end - 1)
    if k < len(items):
        item = items[k]
        between = text[content.end : item.span.start]
        close = len(between) <= _BESIDE_QUOTE_REACH
        if close and not between.strip(_ATTRIBUTION_PUNCTUATION) and item.span.start in found:
            return item if item.kind is not _PRONOUN else None
    k = bisect_right(starts, content.start) - 1
    if k >= 0:
        item = items[k]
        between = text[item.span.end : content.start]
        close = ":" in between and len(between) <= _BESIDE_QUOTE_REACH
        if close and item.span.start in found and not between.strip(_ATTRIBUTION_PUNCTUATION):
            return item
    return None


def _item_by_cue(
    resolver: _Resolver,
    indexed: tuple[list[_Item], list[int], dict[int, _Entity]],
    quote: Quote,
    unresolved_ok: bool,
) -> _Item | None:
    """The mention closest before the cue in its sentence, else right after it.

    A cue after a comma ("..., promising to ...") is a participle whose
    subject is the sentence's. ``unresolved_ok`` accepts a mention that
    names nobody in particular ("federal prosecutors"), better than stray
    words.
    """
    items, starts, found = indexed
    assert quote.cue is not None
    cue = quote.cue
    sentence = resolver.sentence_index(cue.start)
    content = quote.content
    if resolver.text[max(0, cue.start - 2) : cue.start].strip() == ",":
        subject = resolver.subject_items.get(sentence)
        if subject is not None and subject.span.end <= cue.start and subject.span.start in found:
            return subject
        if subject is not None and subject.span.start not in found:
            agent = _first_agent(resolver, (items, starts, found), sentence, cue.start)
            if agent is not None and not content.overlaps(agent.span):
                return agent
            if subject.span.end <= cue.start and not content.overlaps(subject.span):
                return subject  # "The former senator continued, saying …": it names nobody known
    k = bisect_right(starts, cue.start) - 1
    while k >= 0 and items[k].sentence == sentence:
        item = items[k]
        if item.span.end <= cue.start and not content.overlaps(item.span):
            if item.span.start in found:
                return item
            if item.kind is not _PLACE:
                return item if unresolved_ok else None
        k -= 1
    k = bisect_right(starts, cue.end)
    if k < len(items):
        item = items[k]
        near = item.span.start - cue.end <= _AFTER_CUE_REACH
        if near and item.sentence == sentence and item.span.start in found:
            return item
    return None


def _first_agent(
    resolver: _Resolver,
    indexed: tuple[list[_Item], list[int], dict[int, _Entity]],
    sentence: int,
    before: int,
) -> _Item | None:
    """The first resolved mention of a sentence, not after a preposition, ending before ``before``.

    For a participle cue whose sentence opens with words that name nobody
    ("Hours later, Trump returned the compliment to Adelson, telling …").
    """
    items, starts, found = indexed
    if sentence < 0:
        return None
    k = bisect_right(starts, resolver.sentences[sentence].start - 1)
    while k < len(items) and items[k].span.end <= before:
        item = items[k]
        if item.span.start in found and not resolver.after_preposition(item.span.start):
            return item
        k += 1
    return None


def _that_antecedents(doc: Document) -> Document:
    """Speaker words "that" or "who" (a restrictive relative) joined to the noun phrase before them.

    "polls that show …", "a new ad that urges …": "that" alone names nothing;
    with its antecedent it names the speaker ("polls that"). So for "who"
    with no comma before it ("experts who think …", "the ire of lawmakers who").
    """
    view: TokenView | None = None
    starts: list[int] = []
    quotes = list(doc.quotes)
    changed = False
    sentences = doc.segments.sentences
    for index, quote in enumerate(quotes):
        mention = quote.speaker_mention
        if mention is None or mention.text not in ("that", "who") or mention.start < 2:
            continue
        if doc.text[mention.start - 1] != " " or not doc.text[mention.start - 2].isalnum():
            continue
        if view is None:
            view = TokenView(doc.text)
            starts = [s.start for s in sentences]
        k = bisect_right(starts, mention.start) - 1
        floor = sentences[k].start if k >= 0 else 0
        cues = cue_vocabulary(doc.lexicon)
        antecedent = cues.subject_before(view, floor, mention.start)
        if antecedent is None or antecedent.end != mention.start - 1:
            continue
        if antecedent.text.lower() in cues.pronouns or antecedent.text in ("who", "which"):
            continue
        if quote.content.overlaps(antecedent):
            continue
        start = _antecedent_start(antecedent, cues.words["quote_determiners"])
        if mention.text == "who":  # "the ire of lawmakers who": the person is the last noun
            start = _after_preposition(doc.text, start, mention.start, doc.lexicon["prepositions"])
        whole = Span.of(doc.text, start, mention.end)
        quotes[index] = attrs.evolve(quote, speaker_mention=whole)
        changed = True
    return attrs.evolve(doc, quotes=tuple(quotes)) if changed else doc


def _after_preposition(text: str, start: int, end: int, prepositions: frozenset[str]) -> int:
    """Where the words after the last preposition in ``text[start:end]`` start, else ``start``."""
    for match in reversed(list(_NAME_WORD.finditer(text, start, end))):
        if match.group().lower() in prepositions:
            return match.end() + 1
    return start


def _antecedent_start(phrase: Span, determiners: frozenset[str]) -> int:
    """Where a relative clause's antecedent starts inside the words before it.

    The subject scan runs over verbs ("Voters trust polls"): the antecedent
    starts at its last determiner ("ran a new ad"), or is the last word
    with the capitalised words before it ("trust polls", "backs Green Party").
    """
    words = [(m.start(), m.group()) for m in _NAME_WORD.finditer(phrase.text)]
    for offset, word in reversed(words):
        if word.lower() in determiners:
            return phrase.start + offset
    index = len(words) - 1
    while index > 0 and words[index][1][:1].isupper() and words[index - 1][1][:1].isupper():
        index -= 1
    return phrase.start + words[index][0] if words else phrase.start


def _agentless_participles(doc: Document, assigned: _Assigned) -> None:
    """No speaker for a participle cue that names none ("the contests known as …").

    A past tense with its object ("Mr. Deese expected that …", "No one
    expected a long debate") keeps its subject.
    """
    participles = doc.lexicon["quote_agentless_participles"]
    objects = doc.lexicon["quote_active_object_openers"]
    for index, quote in enumerate(assigned.quotes):
        cue = quote.cue
        if cue is None or assigned.mentions[index] is None:
            continue
        if cue.text.split()[0] not in participles:
            continue
        following = doc.text[cue.end : cue.end + 6].split()
        if " " not in cue.text and following and following[0] in objects:
            continue
        assigned.give(index, None, None)


def _worth_keeping(entity: _Entity) -> bool:
    """Every named person (a full name, a title, or quoted), and bodies that are quoted."""
    if entity.kind is _PERSON:
        return " " in entity.full or entity.titled or entity.quoted
    return entity.quoted


def _speaker_of(entity: _Entity, ident: str) -> Speaker:
    aliases = tuple(n for n in entity.names if n != entity.full)
    kind = _SPEAKER_PERSON if entity.kind is _PERSON else _SPEAKER_ORGANISATION
    mentions = distinct_spans(entity.mentions)
    return trusted_speaker(
        ident,
        entity.full,
        kind,
        aliases,
        tuple(entity.roles),
        tuple(entity.affiliations),
        mentions,
    )


def resolve_speakers(doc: Document) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """The quotes with speaker ids filled in, and the speakers."""
    vocab = _vocabulary(doc.lexicon)
    doc = _that_antecedents(doc)
    resolver = _Resolver(doc, vocab)
    items, quote_items, uncovered = _items(doc, resolver)
    quoted_at = frozenset(start for start in quote_items if start is not None)
    found = _run_pass(resolver, items, quoted_at)
    _link_role_subjects(resolver, items, found)
    quotes = list(doc.quotes)
    assigned = _Assigned(
        quotes,
        [quote.speaker_mention for quote in quotes],
        [found.get(start) if start is not None else None for start in quote_items],
    )
    uncovered -= _as_follows_subjects(resolver, assigned)
    _colon_subjects(resolver, found, assigned)
    _coordinated_subjects(resolver, found, assigned)
    _main_clause_subjects(resolver, (items, found), assigned)
    _opening_modifier_subjects(resolver, (items, found), assigned)
    _participle_objects(resolver, found, assigned)
    _first_person_speakers(doc, assigned)
    _speakers_from_cues(resolver, (items, found, uncovered), assigned)
    _subjectless_lines(resolver, assigned)
    _relative_clause_objects(resolver, (items, found), assigned)
    _coordinated_pronoun_subjects(resolver, assigned)
    _participles_after_cues(resolver, assigned)
    _agentless_participles(doc, assigned)
    _plural_pronoun_antecedents(resolver, assigned)
    for mention, entity in zip(assigned.mentions, assigned.entities, strict=True):
        if entity is not None and mention is not None:
            entity.quoted = True
            entity.mentions.append(mention)
    ids: dict[int, str] = {}
    taken: set[str] = set()
    speakers = []
    for entity in resolver.book.entities:
        if not _worth_keeping(entity):
            continue
        ident = base = slug(entity.full)
        n = 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        ids[id(entity)] = ident
        speakers.append(_speaker_of(entity, ident))
    resolved = tuple(
        _built(quote, mention, ids.get(id(entity)) if entity is not None else quote.speaker)
        for quote, mention, entity in zip(quotes, assigned.mentions, assigned.entities, strict=True)
    )
    return resolved, tuple(speakers)


def _built(quote: Quote, mention: Span | None, speaker: str | None) -> Quote:
    """The quote with its speaker words and id: the one construction per quote."""
    if mention is quote.speaker_mention and speaker == quote.speaker:
        return quote
    return trusted_quote(quote.kind, quote.content, quote.cue, mention, speaker, quote.confidence)
