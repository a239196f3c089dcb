"""The quotes stage: listed cues that did not fire, content before the cue (round three)."""

from __future__ import annotations

import pytest

IND, M = "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    (
        "Rep. Ann Lee (Ore.), a delegate supporting the mayor, said she has spoken with many.",
        [
            (IND, "supporting", "a delegate", "the mayor"),
            (IND, "said", "Rep. Ann Lee", "she has spoken with many"),
        ],
        "an attribution inside the subject's apposition leaves the subject to the main cue",
    ),
    (
        "The planners, who are close to the firms that oppose the levy, have vowed to block it.",
        [
            (IND, "oppose", "that", "the levy"),
            (IND, "vowed", "The planners", "to block it"),
        ],
        "a relative clause on the subject, an auxiliary after its closing comma",
    ),
    (
        "Jane Doe, a director who has met the mayor and been mentioned as a candidate, said there could be"
        " a problem.",
        [(IND, "said", "Jane Doe", "there could be a problem")],
        "a passive inside the apposition covered the words before the cue",
    ),
    (
        "On Monday the governor spoke in the off-the-cuff style he prefers.",
        [(IND, "prefers", "he", "the off-the-cuff style he prefers")],
        "a relative clause with its object gapped: the noun phrase it modifies is the content",
    ),
    (
        "The ferry runs to the only town they know.",
        [(IND, "know", "they", "the only town they know")],
        "a gapped relative on a cue homograph after a pronoun subject",
    ),
    (
        "It is a candidate whom many voters strongly oppose.",
        [(IND, "oppose", "many voters", "a candidate whom many voters strongly oppose")],
        "a gapped relative after 'whom' starts at the noun phrase before it",
    ),
    (
        "The deal failed because some governments did not actually agree.",
        [],
        "an intransitive cue after a subordinator has no gapped object",
    ),
    (
        "It is clear that voters agreed.",
        [],
        "'that' may open a complement clause, not a relative one",
    ),
    (
        "She reposted the one reported.",
        [],
        "a determiner right before the subject is the subject's own",
    ),
    (
        "The agency said for the first time that the files were lost.",
        [(IND, "said", "The agency", "that the files were lost")],
        "'for' opens an adjunct when a 'that' clause follows it",
    ),
    (
        "The board has believed for years that the levy is too low.",
        [(IND, "believed", "The board", "that the levy is too low")],
        "'for' and a time before 'that' after a belief verb",
    ),
    (
        "She pleaded for understanding.",
        [(IND, "pleaded", "She", "understanding")],
        "'for' with no 'that' after it stays the cue's complement",
    ),
    (
        "The mayor spoke about the budget, falsely suggesting that the city was broke.",
        [
            (IND, "spoke about", "The mayor", "the budget"),
            (IND, "suggesting", "The mayor", "that the city was broke"),
        ],
        "an adverb between the comma and a participle cue",
    ),
    (
        "She left the hall, repeatedly saying the city was broke.",
        [(IND, "saying", "She", "the city was broke")],
        "a participle clause opened by a comma and an adverb has the clause's subject",
    ),
    (
        "She kept a lid on the strike -- by touting her record upstate.",
        [(IND, "touting", "She", "her record upstate")],
        "a gerund set off by a dash and its preposition has the clause's subject",
    ),
    (
        "She spoke to reporters, before insisting she had a great relationship with voters.",
        [(IND, "insisting", "She", "she had a great relationship with voters")],
        "a gerund set off by a comma and its preposition has the clause's subject",
    ),
    (
        "Many were surprised when Lee, after railing against the levy, kept it.",
        [],
        "a set-off gerund after a name interrupts that name's clause",
    ),
    (
        "The union is widely regarded as one of the more liberal unions.",
        [
            (
                IND,
                "regarded as",
                None,
                "The union is widely regarded as one of the more liberal unions",
            )
        ],
        "'regarded as' after 'be' is a passive: the clause is content, nobody its source",
    ),
    (
        "At this moment, the senator is seen as the candidate with the best chance.",
        [(IND, "seen as", None, "the senator is seen as the candidate with the best chance")],
        "'seen as' after 'be' is a passive cue",
    ),
    (
        "There were comments questioning why she is not further ahead.",
        [(IND, "questioning", "comments", "why she is not further ahead")],
        "a participle after a plain noun phrase has that noun phrase as its source",
    ),
    (
        "He began dismissing the notion that the plan had failed.",
        [(IND, "dismissing", "He", "the notion that the plan had failed")],
        "a participle after a catenative verb has the clause's subject as speaker",
    ),
    (
        "Several experts cautioned, as did the campaign itself, that the plans might evolve.",
        [(IND, "cautioned", "Several experts", "that the plans might evolve")],
        "an aside between commas after the cue, then 'that'",
    ),
    (
        "The mayor said, however, that the levy was too low.",
        [(IND, "said", "The mayor", "that the levy was too low")],
        "an adverb set off by commas is no part of the content",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_fired_cases(quote_rows, text, expected, why):
    assert quote_rows(text) == expected, why


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)
