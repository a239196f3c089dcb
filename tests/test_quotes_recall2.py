"""The quotes stage: listed cues that did not fire (second recall round)."""

from __future__ import annotations

import pytest

IND, M = "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "A new survey of county reports shows that the roads are in poor shape.",
        [(IND, "shows", "A new survey of county reports", "that the roads are in poor shape")],
        "a plural cue homograph right before another cue is the subject's noun",
    ),
    (
        "Earlier news reports also said that the ferry would stop running.",
        [(IND, "said", "Earlier news reports", "that the ferry would stop running")],
        "a plural cue homograph, an adverb, then the cue",
    ),
    (
        "Ann Lee calls herself a friend of the ferry.",
        [(IND, "calls", "Ann Lee", "herself a friend of the ferry")],
        "a self-description: the reflexive opens the content",
    ),
    (
        "Lee won among voters who considered themselves moderate, a group that once backed Smith.",
        [
            (IND, "considered", "who", "themselves moderate"),
            (IND, "backed", "that", "Smith"),
        ],
        "a self-description ends at its comma",
    ),
    (
        "She asked Ann Lee about the new ferry schedule.",
        [(IND, "asked", "She", "the new ferry schedule")],
        "a tell-type cue, a named hearer, then the topic after 'about'",
    ),
    (
        "The mayor told him about the plan for the harbor.",
        [(IND, "told", "The mayor", "the plan for the harbor")],
        "a tell-type cue, a pronoun hearer, then the topic after 'about'",
    ),
    (
        "The mayor told reporters on Monday that the harbor would close.",
        [(IND, "told", "The mayor", "that the harbor would close")],
        "'on' after the hearer still opens a time adjunct, not the topic",
    ),
    (
        "In addition to stating that the roads were bad, Lee asked for more money.",
        [
            (IND, "stating", "Lee", "that the roads were bad"),
            (IND, "asked for", "Lee", "more money"),
        ],
        "an opening 'in addition to' + -ing cue takes the main clause's subject",
    ),
    (
        "Since announcing the ferry plan, Lee has gained support.",
        [(IND, "announcing", "Lee", "the ferry plan")],
        "an opening 'since' + -ing cue takes the main clause's subject",
    ),
    (
        "The mayor's aides acknowledged as much in a memo on Friday.",
        [(IND, "acknowledged", "The mayor's aides", "as much")],
        "'as much' right after a cue stands for a whole statement",
    ),
    (
        "The bank did not announce as much money as the town had hoped.",
        [],
        "'as much' before a noun quantifies it",
    ),
    (
        "The last vote was calm, he said, replacing the mayor would be much harder.",
        [
            (
                IND,
                "said",
                "he",
                "The last vote was calm, he said, replacing the mayor would be much harder",
            )
        ],
        "a gerund subject after a mid-sentence 'he said,' continues the content",
    ),
    (
        "The vote was calm, he said, wiping rain off his coat.",
        [(IND, "said", "he", "The vote was calm")],
        "a participle clause after 'he said,' is no content",
    ),
    (
        "The bill is vague, experts say, including a rule that could hurt farmers.",
        [(IND, "say", "experts", "The bill is vague")],
        "'including' is no gerund subject",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_recall2_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)


def test_homograph_verb_in_a_relative_clause_stays_the_cue(quote_rows):
    # "which Lee claims saved …": "claims" is the verb, its subject "Lee".
    found = quote_rows("The ferry, which Lee claims saved the town, closed in May.")
    assert [(cue, mention) for _, cue, mention, _ in found] == [("claims", "Lee")]


# (text, [(kind, cue, mention, content)], why): paragraphs of a numbered list
SUBHEAD_CASES = [
    (
        "The list follows.\n\n2\nAnn Lee Explained Why She Left The Ferry Board.\n\nPhoto.",
        [(IND, "Explained", "Ann Lee", "Why She Left The Ferry Board")],
        "an item number on its own line, then a title-case subhead",
    ),
    (
        "The list follows.\n\n8. WHERE THE MAYOR PLANS TO BUILD A NEW BRIDGE.\n\nPhoto.",
        [(IND, "PLANS", "WHERE THE MAYOR", "TO BUILD A NEW BRIDGE")],
        "an item number and a stop, then a subhead in capitals",
    ),
    (
        "The list follows.\n\n3\nThe Harbor Seen From The Old Ferry Dock.\n\nPhoto.",
        [],
        "a numbered subhead without a cue",
    ),
    (
        "The list follows.\n\nAnn Lee Explained Why She Left The Ferry Board.\n\nPhoto.",
        [],
        "a title-case line without an item number is left alone",
    ),
    (
        "The list follows.\n\n4\nAnn Lee Explained why she left the ferry board.\n\nPhoto.",
        [],
        "a numbered line in sentence case is not a subhead",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "why"), SUBHEAD_CASES, ids=[c[2] for c in SUBHEAD_CASES]
)
def test_numbered_subheads(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why
