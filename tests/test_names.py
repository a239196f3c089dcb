"""The names stage: kinds, spans, roles and affiliations of name mentions."""

from __future__ import annotations

import pytest

from copydesk.document import Document, MentionKind, NameMention
from copydesk.lexicon import Lexicon, LexiconBuilder, builtin_list_names, read_builtin_list
from copydesk.stages.names import find_names
from copydesk.stages.text import segment


def _lexicon() -> Lexicon:
    builder = LexiconBuilder()
    for name in builtin_list_names():
        builder.register(name, read_builtin_list(name))
    return builder.build()


LEXICON = _lexicon()


def names_of(text: str) -> list[NameMention]:
    doc = Document(text, None, lexicon=LEXICON, segments=segment(text, LEXICON))
    return find_names(doc)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.span.text) for m in names_of(text)]


KIND_CASES = [
    (
        "Jane Doria arrived in Lisbon on Monday.",
        [("person", "Jane Doria"), ("place", "Lisbon")],
        "full name and a city",
    ),
    (
        "The talks ended, Mrs. Okafor said.",
        [("person", "Mrs. Okafor")],
        "honorific stays in the span",
    ),
    (
        "The Ministry of Culture and Heritage opened it, the ministry said.",
        [
            ("organisation", "The Ministry of Culture and Heritage"),
            ("organisation", "the ministry"),
        ],
        "organisation with particles, then its lower-case nominal",
    ),
    (
        "The plan leaked, The New York Post reported.",
        [("media", "The New York Post")],
        "outlet from the list",
    ),
    (
        "He left, state TV said.",
        [("pronoun", "He"), ("media", "state TV")],
        "pronoun and generic media",
    ),
    (
        "The fund grew, a senior official said.",
        [("nominal", "a senior official")],
        "role noun with determiner and modifier",
    ),
    (
        "The fund grew, an official who spoke on condition of anonymity said.",
        [("anonymous", "an official")],
        "anonymity phrase makes a role anonymous",
    ),
    ("The deal is off, sources said.", [("anonymous", "sources")], "bare plural source"),
    ("A report released Tuesday found flaws.", [("document", "A report")], "document noun"),
    (
        "Trade between Oslo and the South Caucasus grew.",
        [("place", "Oslo"), ("place", "the South Caucasus")],
        "regions are places",
    ),
    (
        "However, Kim Rasmussen disagreed.",
        [("person", "Kim Rasmussen")],
        "sentence-initial adverb is peeled",
    ),
    (
        "Chastened, Ruth Abel left. Abel said no.",
        [("person", "Ruth Abel"), ("person", "Abel")],
        "a word that only opens sentences is not a name",
    ),
    (
        "He’s sure, and Iva Roe agreed. That’s all.",
        [("pronoun", "He"), ("person", "Iva Roe")],
        "contractions are no names; pronoun kept",
    ),
    (
        "Turnout fell after Labor Day, Nia Soto said.",
        [("person", "Nia Soto")],
        "holiday heads are not people",
    ),
    (
        "Muslims and Americans voted. The Trump campaign said so.",
        [("organisation", "The Trump campaign")],
        "plural demonyms are not people; owner + org noun",
    ),
    (
        "Ashton, Md., voted.",
        [("place", "Md.")],
        "state abbreviation is a place; an unknown sentence opener is not a name",
    ),
    (
        "Officials met. The officials said no.",
        [("nominal", "Officials"), ("nominal", "The officials")],
        "capitalised opener that is a plain plural noun",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), KIND_CASES, ids=[c[2] for c in KIND_CASES])
def test_kinds_and_spans(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert found(text) == expected


ROLE_CASES = [
    (
        "Azerbaijani President Ilham Aliyev spoke.",
        "Ilham Aliyev",
        "President",
        "Azerbaijani",
        "title and demonym before the name",
    ),
    (
        "Lena Varga, spokesperson for the Ministry of Water, said so.",
        "Lena Varga",
        "spokesperson for the Ministry of Water",
        "the Ministry of Water",
        "apposition gives role; the organisation inside it is the affiliation",
    ),
    (
        "It was signed by Foreign Minister Tomas Brandt.",
        "Tomas Brandt",
        "Foreign Minister",
        None,
        "multi-word title",
    ),
    (
        "Secretary of State Anna Lind arrived.",
        "Anna Lind",
        "Secretary of State",
        "State",
        "title with an of-complement before the name",
    ),
    (
        "Their campaign manager Rita Moss declined.",
        "Rita Moss",
        "campaign manager",
        None,
        "lower-case role right before the name",
    ),
    (
        "Pablo Ruiz, a senior adviser to the governor, said no.",
        "Pablo Ruiz",
        "senior adviser to the governor",
        None,
        "apposition drops its article",
    ),
]


def test_party_word_before_a_name_is_its_affiliation() -> None:
    person = names_of("It was won by Democrat Ana Soto.")[0]
    assert person.span.text == "Ana Soto"
    assert person.affiliation is not None and person.affiliation.text == "Democrat"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation", "why"), ROLE_CASES, ids=[c[4] for c in ROLE_CASES]
)
def test_roles_and_affiliations(
    text: str, name: str, role: str, affiliation: str | None, why: str
) -> None:
    person = next(m for m in names_of(text) if m.span.text == name)
    assert person.kind is MentionKind.PERSON
    assert person.role is not None and person.role.text == role
    assert (person.affiliation.text if person.affiliation else None) == affiliation


def test_role_only_mention_keeps_its_complement() -> None:
    mention = names_of("The Foreign Minister of the Republic of Chile has left.")[0]
    assert mention.kind is MentionKind.NOMINAL
    assert mention.span.text == "The Foreign Minister of the Republic of Chile"
    assert (
        mention.role is not None
        and mention.role.text == "Foreign Minister of the Republic of Chile"
    )


def test_spans_slice_the_text() -> None:
    text = "Dr. Amal Haddad, director of the Riverside Institute, said “we will see.”"
    for mention in names_of(text):
        for span in (mention.span, mention.role, mention.affiliation):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_headline_in_title_case_is_skipped() -> None:
    text = "Stealth Over Budget Sends Shock Through Party Ranks\n\nMara Quint spoke."
    assert found(text) == [("person", "Mara Quint")]


def test_seed_places_are_not_people(seed_text: str) -> None:
    kinds = {m.span.text: m.kind for m in names_of(seed_text)}
    for place in ("Tehran", "Baku", "Azerbaijan", "Iran", "the South Caucasus", "the Caucasus"):
        assert kinds[place] is MentionKind.PLACE
