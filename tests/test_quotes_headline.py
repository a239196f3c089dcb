"""Case table for headline attributions: headline verbs, second verbs, long colon labels."""

from __future__ import annotations

import pytest

from copydesk.document import Header
from copydesk.model import Span

IND = "indirect"
MIX = "mixed"

HEADLINE_VERB_CASES = [
    (
        "Governor Goes After Rival on Taxes",
        [(IND, "Goes After", "Governor", "Rival on Taxes")],
        "a phrasal headline verb",
    ),
    (
        "Union Rips Council Budget",
        [(IND, "Rips", "Union", "Council Budget")],
        "a headline verb of judgement",
    ),
    (
        "Port Authority Nominates Engineer for Board Seat",
        [(IND, "Nominates", "Port Authority", "Engineer for Board Seat")],
        "a frame verb counts in a headline",
    ),
    ("The Battle of the Budget Plans", [], "a headline verb before 'of' is a noun"),
    ("Mayor Picks Up Union Support", [], "a headline verb before a particle is another verb"),
    (
        "Senator Endorses Mayor With Party Blessing",
        [(IND, "Endorses", "Senator", "Mayor")],
        "an object cue's content ends before an adjunct",
    ),
    (
        "Council Fires Manager Over Audit",
        [(IND, "Fires", "Council", "Manager")],
        "a headline verb's content ends before an adjunct",
    ),
    (
        "Mayor Says Bridge Will Open After Repairs",
        [(IND, "Says", "Mayor", "Bridge Will Open After Repairs")],
        "a speech verb's clause keeps its adjunct",
    ),
    (
        "Governor Backs Levy And Denounces Cuts",
        [(IND, "Backs", "Governor", "Levy"), (IND, "Denounces", "Governor", "Cuts")],
        "a second verb after 'And' is a second attribution of the speaker",
    ),
    (
        "Mayor Says Bridge Will Reopen, Calls Delay Shameful",
        [
            (IND, "Says", "Mayor", "Bridge Will Reopen"),
            (IND, "Calls", "Mayor", "Delay Shameful"),
        ],
        "a second verb after a comma is a second attribution of the speaker",
    ),
    (
        "Mayor Says Voters Want Change, Show Little Patience",
        [(IND, "Says", "Mayor", "Voters Want Change, Show Little Patience")],
        "a second verb must agree with the singular first one",
    ),
    (
        "Senator Praises Longtime Aide Jane Doe: ‘A Great Public Servant’",
        [(MIX, "Praises", "Senator", "Longtime Aide Jane Doe: ‘A Great Public Servant’")],
        "a label too long for a speaker leaves the verb to attribute",
    ),
    ("Breaking: Senator Praises Aide", [], "a label before a colon still stops the headline"),
    (
        "Mayor Gets Post-Election Bump",
        [],
        "a cue word joined by a hyphen is part of a compound",
    ),
    (
        "Washington Post Hires Three Reporters",
        [],
        "a cue word ending a media outlet's name is the name",
    ),
    (
        "Budget Plan Slammed By Council Members",
        [],
        "a cue word before 'By' is a passive, not the speaker's verb",
    ),
    ("Revealed: The Mayor's Secret Budget Plan", [], "'Revealed' before a colon is a label"),
    ("Bombshell: Council Hid Bridge Report", [], "'Bombshell' before a colon is a label"),
]


@pytest.mark.parametrize(
    ("headline", "expected", "why"),
    HEADLINE_VERB_CASES,
    ids=[c[2] for c in HEADLINE_VERB_CASES],
)
def test_headline_verbs(quote_rows, headline, expected, why):
    text = headline + "\n\nThe bridge stayed shut all week."
    header = Header(headline=Span.of(text, 0, len(headline)), body_start=len(headline) + 2)
    assert quote_rows(text, header) == expected
