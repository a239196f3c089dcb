"""The quotes stage: direct, indirect and mixed attributions on synthetic text."""

from __future__ import annotations

import gc
import time

import pytest

from copydesk.document import Header
from copydesk.model import QuoteKind, Span
from copydesk.stages.quote_marks import find_quotations
from copydesk.stages.text import segment

D, IND, M = "direct", "indirect", "mixed"


# (text, [(kind, cue, mention, content)], why)
CASES = [
    # --- direct quotes, every kind of mark
    (
        '"We will win this race," Mary Ortiz said.',
        [(D, "said", "Mary Ortiz", '"We will win this race,"')],
        "straight marks, subject then cue",
    ),
    (
        "“We will win this race,” said Mary Ortiz, the campaign chairwoman.",
        [(D, "said", "Mary Ortiz", "“We will win this race,”")],
        "curly marks, inverted cue, title",
    ),
    (
        "‘We will win this race,’ she said.",
        [(D, "said", "she", "‘We will win this race,’")],
        "single curly marks",
    ),
    (
        "«We will win this race», he said.",
        [(D, "said", "he", "«We will win this race»")],
        "guillemets",
    ),
    (
        "``We will win this race,'' Mr. Ortiz said.",
        [(D, "said", "Mr. Ortiz", "``We will win this race,''")],
        "backtick and apostrophe pairs",
    ),
    (
        "''We will win this race,'' Mr. Ortiz told reporters.",
        [(D, "told", "Mr. Ortiz", "''We will win this race,''")],
        "doubled apostrophes",
    ),
    (
        'The mayor said: "Nobody saw the flood coming."',
        [(D, "said", "The mayor", '"Nobody saw the flood coming."')],
        "colon after the cue",
    ),
    (
        'The mayor said "nobody saw the flood coming."',
        [(D, "said", "The mayor", '"nobody saw the flood coming."')],
        "quote right after the cue",
    ),
    (
        "“The budget is balanced,” — Commissioner Dana Reyes",
        [(D, "—", "Commissioner Dana Reyes", "“The budget is balanced,”")],
        "dash after the quote",
    ),
    (
        "Kim Lee, who chaired the panel for a decade, said “the rules were never clear.”",
        [(D, "said", "Kim Lee", "“the rules were never clear.”")],
        "cue after a long apposition",
    ),
    # --- stray apostrophes never break pairing
    (
        "At Sunday’ press briefing the Smiths’ dog barked. “It is over,” the chief said.",
        [(D, "said", "the chief", "“It is over,”")],
        "apostrophes that look like closers",
    ),
    (
        "Music of the ’90s and Clinton’s era. “It was a good time,” Ana said.",
        [(D, "said", "Ana", "“It was a good time,”")],
        "apostrophe before digits and in a possessive",
    ),
    (
        "He can't go. \"We're done here,\" Tom said. 'Tis the season.",
        [(D, "said", "Tom", '"We\'re done here,"')],
        "straight apostrophes around a quote",
    ),
    # --- nested, interrupted, unclosed, multi-paragraph
    (
        "“He told me ‘never again’ and left,” Rosa said.",
        [(D, "said", "Rosa", "“He told me ‘never again’ and left,”")],
        "nested single quote",
    ),
    (
        "“We tried,” Rosa said. “Nobody listened.”",
        [(D, "said", "Rosa", "“We tried,” Rosa said. “Nobody listened.”")],
        "speaker in the middle: one attribution over both halves",
    ),
    (
        "“We tried, and we failed,” Rosa said, “but we will try again.”",
        [(D, "said", "Rosa", "“We tried, and we failed,” Rosa said, “but we will try again.”")],
        "a said interrupting one sentence",
    ),
    (
        "The chair said:\n\n“First we fix the roads.\n\n“Then we fix the bridges.”\n\nOthers left.",
        [(D, "said", "The chair", "“First we fix the roads.\n\n“Then we fix the bridges.”")],
        "quote over two paragraphs, reopened then closed",
    ),
    (
        "And from the chairwoman:\n\n“We are not done yet.”",
        [(D, ":", "the chairwoman", "“We are not done yet.”")],
        "colon intro in the paragraph before",
    ),
    (
        "Officials met at noon. Then the minister said: “We will never give up",
        [(D, "said", "the minister", "“We will never give up")],
        "unclosed quote at the end",
    ),
    # --- indirect
    (
        "Maria Chen said that the bridge would reopen in May.",
        [(IND, "said", "Maria Chen", "that the bridge would reopen in May")],
        "said that",
    ),
    (
        "Maria Chen said the bridge would reopen in May.",
        [(IND, "said", "Maria Chen", "the bridge would reopen in May")],
        "said without that",
    ),
    (
        "The governor told reporters on Friday that the budget was safe.",
        [(IND, "told", "The governor", "that the budget was safe")],
        "told reporters, adjunct",
    ),
    (
        "The bridge will reopen in May, officials said.",
        [(IND, "said", "officials", "The bridge will reopen in May")],
        "trailing attribution",
    ),
    (
        "The bridge will reopen in May, according to the transport ministry.",
        [(IND, "according to", "the transport ministry", "The bridge will reopen in May")],
        "according to at the end",
    ),
    (
        "According to the ministry, the bridge will reopen in May.",
        [(IND, "According to", "the ministry", "the bridge will reopen in May")],
        "according to at the start",
    ),
    (
        "As reported by the Daily Courier, the ferry will stop running in June.",
        [(IND, "As reported", "the Daily Courier", "the ferry will stop running in June")],
        "passive speech verb after as at the start",
    ),
    (
        "The ferry will stop running in June, as first reported by the Daily Courier.",
        [(IND, "as first reported", "the Daily Courier", "The ferry will stop running in June")],
        "passive speech verb after as at the end, with a modifier",
    ),
    (
        "The fee applies to income as defined by the statute.",
        [],
        "as plus a passive verb that is no speech verb attributes nothing",
    ),
    (
        "Ortiz drew strong support from older voters.",
        [(IND, "drew strong support", "older voters", "Ortiz")],
        "support received from a source: the subject is the content",
    ),
    (
        "The levy has the backing of most farmers.",
        [(IND, "has the backing", "most farmers", "The levy")],
        "backing of a source",
    ),
    (
        "Ortiz received the endorsement of the teachers union.",
        [(IND, "received the endorsement of", "the teachers union", "Ortiz")],
        "endorsement of a source after a receiving verb",
    ),
    (
        "Ortiz received 20 percent support from rural voters.",
        [],
        "a poll share of support is not an attribution",
    ),
    (
        "The zoning plan, opposed by the tenants union, stalled in committee.",
        [(IND, "opposed", "the tenants union", "The zoning plan")],
        "a participle of stance after a comma with an agent: the noun phrase is the content",
    ),
    (
        "The council passed the rule last spring, a step praised by local farmers.",
        [(IND, "praised", "local farmers", "a step")],
        "a reduced relative of stance with an agent attributes its noun phrase",
    ),
    (
        "Harlow drafted a ferry levy sharply criticized by local shop owners.",
        [(IND, "criticized", "local shop owners", "a ferry levy")],
        "an adverb between the noun and the participle of stance",
    ),
    (
        "The zoning plan, opposed in two hearings, stalled in committee.",
        [],
        "a participle of stance with no agent attributes nothing",
    ),
    (
        "“We can win,” Dunne said when asked whether she would run again.",
        [
            (D, "said", "Dunne", "“We can win,”"),
            (IND, "asked", None, "whether she would run again"),
        ],
        "a question put after 'when' inside a sentence is an attribution with no asker",
    ),
    (
        "Brill, when asked later about the levy, replied that it was fair.",
        [(IND, "asked", None, "about the levy"), (IND, "replied", "Brill", "that it was fair")],
        "a put question between a subject and its verb ends at its comma",
    ),
    (
        "“Of course,” he said when asked by a reporter if the plan still stands.",
        [
            (D, "said", "he", "“Of course,”"),
            (IND, "asked", "a reporter", "if the plan still stands"),
        ],
        "the asker after 'by' speaks the put question",
    ),
    (
        "When pressed by Holt about how he would fund it, his best answer was to say he would cut.",
        [
            (IND, "pressed", "Holt", "about how he would fund it"),
            (IND, "say", "his best answer", "he would cut"),
        ],
        "a sentence opening on a question pressed by an asker; the asker is no later subject",
    ),
    (
        "Stone was speaking in an interview on a radio program on Monday.",
        [],
        "'speaking in' says where someone spoke, not what",
    ),
    (
        "Dunne earned speaking fees during the campaign.",
        [],
        "'speaking' before a noun attributes nothing",
    ),
    (
        "Mayor Roe has faced questions about the levy at her firm.",
        [(IND, "questions about", None, "the levy at her firm")],
        "the subject of 'faced' is the target of the questions, not their source",
    ),
    (
        "The mayor balked when asked to name a date.",
        [],
        "'when asked to' opens no question",
    ),
    (
        "Turnout will be low this year, analysts say; in 2012, it was higher.",
        [(IND, "say", "analysts", "Turnout will be low this year")],
        "a semicolon after a trailing cue closes its content",
    ),
    (
        "The deal could cost him votes, his aides believe — votes he will need in November.",
        [(IND, "believe", "his aides", "The deal could cost him votes")],
        "a spaced dash right after a trailing cue closes its content",
    ),
    (
        "Her closest adviser is Joel Brandt, whom one insider described as “his brother.”",
        [(M, "described", "one insider", "as “his brother.”")],
        "relative object then described as a quoted label",
    ),
    (
        "The auction began on what the owner described as a “piece of history.”",
        [(M, "described", "the owner", "as a “piece of history.”")],
        "what then described as a determiner and a quoted label",
    ),
    (
        "The team shipped what the coach described as a better product.",
        [],
        "an unquoted label after a relative object is not attributed",
    ),
    (
        "In a later interview with the Daily Courier, she joked about moving to Canada.",
        [(IND, "joked", "she", "moving to Canada")],
        "an opening adjunct is no content of a cue with a short tail",
    ),
    (
        "About 270 families have moved into the new homes, officials said.",
        [(IND, "said", "officials", "About 270 families have moved into the new homes")],
        "a number after about opens a clause, not an adjunct",
    ),
    (
        "Donna Rawlings, 59, who watched the parade from a window, said the event brought back memories.",
        [(IND, "said", "Donna Rawlings", "the event brought back memories")],
        "a subject's relative clause before the cue is no trailing content",
    ),
    (
        "During a radio show, Smith was asked by a caller why the port closed.",
        [(IND, "asked", "a caller", "why the port closed")],
        "asked by an agent then an indirect question: the question is the content",
    ),
    (
        "The plan was criticized by the mayor when it came out.",
        [(IND, "criticized", "the mayor", "The plan")],
        "a time clause after a passive agent is no question",
    ),
    (
        "Lopez stressed the city’s commitment to cleaner air.",
        [(IND, "stressed", "Lopez", "the city’s commitment to cleaner air")],
        "noun complement",
    ),
    (
        "“The plan works,” she said, noting that costs fell by half.",
        [
            (D, "said", "she", "“The plan works,”"),
            (IND, "noting", "she", "that costs fell by half"),
        ],
        "participle after a direct quote",
    ),
    (
        "Many voters believe the election was fair.",
        [(IND, "believe", "Many voters", "the election was fair")],
        "belief verb",
    ),
    (
        "The senator warned that the deal would collapse.",
        [(IND, "warned", "The senator", "that the deal would collapse")],
        "warned",
    ),
    (
        "Patel has long argued that taxes are too high.",
        [(IND, "argued", "Patel", "that taxes are too high")],
        "auxiliary and adverb before cue",
    ),
    # --- mixed
    (
        "Grant said the report was “deeply flawed” and should be withdrawn.",
        [(M, "said", "Grant", "the report was “deeply flawed” and should be withdrawn")],
        "indirect holding a quoted fragment",
    ),
    (
        "The bill is dead, said Sen. Ana Ruiz, a Democrat from Ohio.",
        [(IND, "said", "Sen. Ana Ruiz", "The bill is dead")],
        "inverted trailing cue",
    ),
    (
        "The vote, she said, was never in doubt.",
        [(IND, "said", "she", "The vote, she said, was never in doubt")],
        "parenthetical cue inside the sentence",
    ),
    (
        "Turnout, according to the county clerk, rose again this year.",
        [
            (
                IND,
                "according to",
                "the county clerk",
                "Turnout, according to the county clerk, rose again this year",
            )
        ],
        "parenthetical according to",
    ),
    (
        "Luis Ortega, 54, a farmer from Fresno, said the drought had ruined him.",
        [(IND, "said", "Luis Ortega", "the drought had ruined him")],
        "two appositions",
    ),
    (
        "Rep. Jane Doe (D-Ohio) said the bill would fail.",
        [(IND, "said", "Rep. Jane Doe", "the bill would fail")],
        "parenthesis before the cue",
    ),
    (
        "The governor is expected to sign the bill on Monday.",
        [(IND, "expected", None, "The governor is expected to sign the bill on Monday")],
        "passive cue: the subject is content, nobody is the speaker",
    ),
    (
        "The governor was criticized by the mayor for the delay.",
        [
            (
                IND,
                "criticized",
                "the mayor",
                "The governor was criticized by the mayor for the delay",
            )
        ],
        "passive cue with a by-agent",
    ),
    (
        "She praised the plan and warned that costs could rise.",
        [(IND, "praised", "She", "the plan"), (IND, "warned", "She", "that costs could rise")],
        "second verb after and, same speaker",
    ),
    (
        '"Are you sure?" Kim asked. The room fell silent.',
        [(D, "asked", "Kim", '"Are you sure?"')],
        "cue in the sentence after a question mark",
    ),
    (
        "TAPPER: Do you think the race is over?\n\nSMITH: Not yet, it is close.\n\nQ: Why?",
        [
            (IND, ":", "TAPPER", "Do you think the race is over?"),
            (IND, ":", "SMITH", "Not yet, it is close"),
        ],
        "transcript speaker turns; one-letter labels and short turns are not",
    ),
    (
        "The mayor defended the plan - and arguing that it saves money.",
        [
            (IND, "defended", "The mayor", "the plan"),
            (IND, "arguing", "The mayor", "that it saves money"),
        ],
        "participle after a dash",
    ),
    (
        "Officials met on Monday. Lee’s claim that the vote was rigged spread fast.",
        [(IND, "claim", "Lee", "that the vote was rigged spread fast")],
        "noun cue with a possessor: X's claim that",
    ),
    (
        "“It is a scandal,” Rep. Ana Wu (D-Wis.) said Friday.",
        [(D, "said", "Rep. Ana Wu", "“It is a scandal,”")],
        "party tag in parentheses after the quote",
    ),
    (
        "He left early.\n“We are done,” Pat Lee said.\nThe hall emptied.\n“Not yet,” Bo Kim said.",
        [(D, "said", "Pat Lee", "“We are done,”"), (D, "said", "Bo Kim", "“Not yet,”")],
        "single line breaks between paragraphs keep quotes apart",
    ),
    (
        "Sources said the talks had stalled, and Ruiz said it was too early to tell.",
        [
            (IND, "said", "Sources", "the talks had stalled"),
            (IND, "said", "Ruiz", "it was too early to tell"),
        ],
        "second speaker after a comma and 'and' is a new attribution",
    ),
    (
        '"Not again," the crowd chanted.',
        [(D, "chanted", "the crowd", '"Not again,"')],
        "verb missing from the cue lists after a quote",
    ),
    (
        "Asked whether he would run, Smith said he would decide soon.",
        [
            (IND, "Asked", None, "whether he would run"),
            (IND, "said", "Smith", "he would decide soon"),
        ],
        "a put question with no asker, then the answer",
    ),
    (
        "Asked by Jo Marsh whether the plan would work, the mayor said it would.",
        [
            (IND, "Asked", "Jo Marsh", "whether the plan would work"),
            (IND, "said", "the mayor", "it would"),
        ],
        "the agent of a put question asks it and is no part of the question",
    ),
    (
        "When asked by reporters if she would run, Lane said no.",
        [(IND, "asked", "reporters", "if she would run"), (IND, "said", "Lane", "no")],
        "an asker after 'when asked by' speaks the question",
    ),
    (
        "If pressed about the deficit, Lane said she would cut spending.",
        [
            (IND, "pressed", None, "about the deficit"),
            (IND, "said", "Lane", "she would cut spending"),
        ],
        "a put question after 'if'",
    ),
    (
        "Questioned about the deficit, Lane said she would cut spending.",
        [
            (IND, "Questioned", None, "about the deficit"),
            (IND, "said", "Lane", "she would cut spending"),
        ],
        "a put question opening on a longer -ed word",
    ),
    (
        "The sheriff said Tuesday his actions were legal.",
        [(IND, "said", "The sheriff", "his actions were legal")],
        "weekday between cue and content",
    ),
    (
        "The judge -- under fire for days -- said she regretted her remarks.",
        [(IND, "said", "The judge", "she regretted her remarks")],
        "double-hyphen apposition",
    ),
    (
        "More recently, Rubio has gone on the attack, offering dire warnings about terror.",
        [(IND, "offering", "Rubio", "dire warnings about terror")],
        "participle speaker after an introductory adverb",
    ),
    (
        "SPRINGFIELD, Ill. — Mary Ortiz rallied voters, promising to cut taxes.",
        [(IND, "promising", "Mary Ortiz", "to cut taxes")],
        "participle speaker after a dateline",
    ),
    (
        "Ortiz appears to be slipping in the polls.",
        [(IND, "appears", None, "Ortiz appears to be slipping in the polls")],
        "raising verb: the subject is content, no source",
    ),
    (
        "Ann Ortiz appeared on television on Thursday, saying the plan was dead.",
        [(IND, "saying", "Ann Ortiz", "the plan was dead")],
        "appeared + place preposition means showing up: the participle takes its subject",
    ),
    (
        "Ortiz appeared in court and told the judge that she was innocent.",
        [(IND, "told", "Ortiz", "that she was innocent")],
        "appeared in court attributes nothing of its own",
    ),
    (
        "The program is small, but it has a loyal following, he said.",
        [(IND, "said", "he", "it has a loyal following")],
        "a closing cue vouches for the last clause",
    ),
    (
        "Pat Caddell told Radio Daily host Al Marlow on Thursday how surprised he was.",
        [(IND, "told", "Pat Caddell", "how surprised he was")],
        "long hearer and time after 'told'",
    ),
    (
        "Sanders called for a ban on fracking. Trump was talking about the economy.",
        [
            (IND, "called for", "Sanders", "a ban on fracking"),
            (IND, "talking about", "Trump", "the economy"),
        ],
        "cue with its particle",
    ),
    (
        "Officials met. Kim’s support for the wall never wavered.",
        [(IND, "support for", "Kim", "the wall")],
        "noun cue with a preposition",
    ),
    (
        "The council voted against the bridge on Monday.",
        [(IND, "voted against", "The council", "the bridge on Monday")],
        "vote with its preposition",
    ),
    (
        "The senator has been critical of the new tariffs.",
        [(IND, "critical of", "The senator", "the new tariffs")],
        "adjective cue with its preposition",
    ),
    (
        "The governor voiced doubts about the budget.",
        [(IND, "voiced", "The governor", "doubts about the budget")],
        "verb of expressing a view",
    ),
    (
        "The group sent letters, with Senate Democrats saying the count was wrong.",
        [(IND, "saying", "Senate Democrats", "the count was wrong")],
        "participle right after its subject (reduced relative)",
    ),
    (
        "Ballots were counted twice, with local officials describing the count as fair.",
        [(IND, "describing", "local officials", "the count as fair")],
        "reduced relative, plural subject",
    ),
    (
        "He was fined for saying the race is close.",
        [(IND, "saying", "He", "the race is close")],
        "gerund after a preposition takes the clause's subject",
    ),
    (
        "The senator led the field in denouncing the press.",
        [(IND, "denouncing", "The senator", "the press")],
        "gerund cue far from its subject",
    ),
    (
        "The mayor is trying to show the budget works.",
        [(IND, "show", "The mayor", "the budget works")],
        "infinitive cue takes the clause's subject",
    ),
    ("It is hard to know where the money went.", [], "infinitive after an expletive subject"),
    ("Nothing to see here.", [], "infinitive after an indefinite pronoun"),
    (
        "There was something to hear in the hall.",
        [],
        "infinitive after an expletive and an indefinite",
    ),
    (
        "An aide decided to cancel the trip, a spokesman said.",
        [(IND, "said", "a spokesman", "An aide decided to cancel the trip")],
        "a closing attribution vouches for the cues inside its content",
    ),
    (
        "The candidate boasted of his negotiating skills.",
        [(IND, "boasted", "The candidate", "his negotiating skills")],
        "content is the object after the preposition",
    ),
    (
        "He said of the plan that it would fail.",
        [(IND, "said", "He", "that it would fail")],
        "said of names a topic, the content comes later",
    ),
    (
        "The mayor praised the new budget, which passed on Monday.",
        [(IND, "praised", "The mayor", "the new budget")],
        "a noun-phrase object ends at its comma",
    ),
    (
        "The mayor defended how the budget was written, saying it was fair.",
        [
            (IND, "defended", "The mayor", "how the budget was written"),
            (IND, "saying", "The mayor", "it was fair"),
        ],
        "a clause object is not cut at the comma",
    ),
    (
        "The committee issued a report on the spending.",
        [(IND, "issued", "The committee", "a report on the spending")],
        "issuing a statement or report is attribution",
    ),
    (
        "The senator likened the plan to a tax hike.",
        [(IND, "likened", "The senator", "the plan to a tax hike")],
        "a comparison is the source's view",
    ),
    (
        "The numbers changed over the summer, as the senator has acknowledged.",
        [(IND, "acknowledged", "the senator", "The numbers changed over the summer")],
        "closing attribution introduced by as",
    ),
    (
        "The union endorsed Ann Lee, Bo Park and Cy Diaz, who all won.",
        [(IND, "endorsed", "The union", "Ann Lee, Bo Park and Cy Diaz")],
        "a list of names is one object",
    ),
    (
        '"We came a long way," he said, noting that he had trailed. "We will work hard."',
        [
            (
                M,
                "said",
                "he",
                '"We came a long way," he said, noting that he had trailed. "We will work hard."',
            ),
            (IND, "noting", "he", "that he had trailed"),
        ],
        "a quote resumes after a participle aside",
    ),
    (
        'If the bill passes, "it will fill a deep void," she said.',
        [(M, "said", "she", 'If the bill passes, "it will fill a deep void,"')],
        "words a comma joins to the quote belong to its content",
    ),
    (
        "Ann Lee (D-Ore.), said that the plan fails.",
        [(IND, "said", "Ann Lee", "that the plan fails")],
        "subject out of the short scan's reach: the sentence's subject",
    ),
    (
        "Ann Lee, a member of the panel; a critic, said that the plan fails.",
        [(IND, "said", "Ann Lee", "that the plan fails")],
        "broken apposition: the sentence's subject",
    ),
    (
        "He’s pointing out the progress he has made.",
        [(IND, "pointing out", "He", "the progress he has made")],
        "contracted is before an -ing cue",
    ),
    (
        "She’s said that the plan fails.",
        [(IND, "said", "She", "that the plan fails")],
        "contracted has is no passive",
    ),
    (
        "Ann Lee, the activist and lawyer, endorsed the plan on Saturday.",
        [(IND, "endorsed", "Ann Lee", "the plan on Saturday")],
        "an object verb after an apposition is not an inverted attribution",
    ),
    (
        "In two other cases, the mayor had asked Lee to send the files.",
        [(IND, "asked", "the mayor", "to send the files")],
        "a tell verb with an infinitive does not close its sentence",
    ),
    (
        "The union endorsed Ann Lee, Mayor of Salem, on Monday.",
        [(IND, "endorsed", "The union", "Ann Lee")],
        "a comma without a closing and ends the object",
    ),
    (
        "Mr. Jones, who said he votes for Democrats, said one candidate he likes is the governor.",
        [
            (IND, "said", "who", "he votes for Democrats"),
            (IND, "said", "Mr. Jones", "one candidate he likes is the governor"),
        ],
        "the main cue after a who-said clause takes the antecedent as subject",
    ),
    (
        "The mayor, who has long argued for lower taxes, said the budget is too big.",
        [
            (IND, "argued for", "who", "lower taxes"),
            (IND, "said", "The mayor", "the budget is too big"),
        ],
        "a relative clause with a phrasal cue leaves the main cue its subject",
    ),
    (
        "The senator has backed the bill since March.",
        [(IND, "backed", "The senator", "the bill")],
        "a short noun-phrase object ends before a time adjunct",
    ),
    (
        "The group blamed Ms. Park during the hearing.",
        [(IND, "blamed", "The group", "Ms. Park")],
        "a short object ends before a during adjunct",
    ),
    (
        "The board accused the treasurer of hiding losses from the auditors before the vote.",
        [
            (
                IND,
                "accused",
                "The board",
                "the treasurer of hiding losses from the auditors before the vote",
            )
        ],
        "an adjunct far into a long object is kept",
    ),
    (
        "The governor urged lawmakers to join the effort, and criticized the party's lack of care.",
        [
            (IND, "urged", "The governor", "to join the effort"),
            (IND, "criticized", "The governor", "the party's lack of care"),
        ],
        "a second cue verb after the only comma starts its own attribution",
    ),
    (
        "The senator proposes ending the mandate, and plans to cut the cost of insurance.",
        [
            (IND, "proposes", "The senator", "ending the mandate"),
            (IND, "plans", "The senator", "to cut the cost of insurance"),
        ],
        "comma and a second cue verb ends the first content",
    ),
    (
        "He emphasized respect for the treaty, rejected outside pressure, and underscored that "
        "talks are the only way.",
        [
            (
                IND,
                "emphasized",
                "He",
                "respect for the treaty, rejected outside pressure, and underscored that talks "
                "are the only way",
            )
        ],
        "a list of three verbs stays one attribution",
    ),
    (
        "The mayor warned against new taxes.",
        [(IND, "warned against", "The mayor", "new taxes")],
        "a mined verb and particle cue (warned against)",
    ),
    (
        "The governor distanced himself from the remarks.",
        [(IND, "distanced himself from", "The governor", "the remarks")],
        "a mined reflexive phrasal cue",
    ),
    (
        "Ms. Ortiz took issue with the ruling.",
        [(IND, "took issue with", "Ms. Ortiz", "the ruling")],
        "a mined idiom cue (took issue with)",
    ),
    (
        "His critique of the bill was sharp.",
        [(IND, "critique of", "His", "the bill")],
        "a mined noun cue with its possessor",
    ),
    (
        "The talks went badly, a source close to the senator said.",
        [(IND, "said", "a source", "The talks went badly")],
        "a closing speaker runs through close to",
    ),
    (
        "A source close to the senator said the talks went badly.",
        [(IND, "said", "A source", "the talks went badly")],
        "the subject before close to is the speaker",
    ),
    (
        "The governor downplayed the risk of a shutdown.",
        [(IND, "downplayed", "The governor", "the risk of a shutdown")],
        "a mined stance verb with a noun-phrase object",
    ),
    (
        "Ms. Park clarified that the offer still stands.",
        [(IND, "clarified", "Ms. Park", "that the offer still stands")],
        "a mined stance verb with a that-clause",
    ),
    (
        "In a Gallup poll released Monday, 50 percent of voters chose the mayor.",
        [(IND, "In", "a Gallup poll released Monday", "50 percent of voters chose the mayor")],
        "a sentence opening in a poll attributes its main clause to the poll",
    ),
    (
        "In the city, 50 percent of voters chose the mayor.",
        [],
        "an opening in without a poll is no attribution",
    ),
    (
        "The mayor said at a stop in Toledo, Ohio, that the plan would fail.",
        [(IND, "said", "The mayor", "that the plan would fail")],
        "content starts at that after an adjunct holding a comma",
    ),
    (
        "The campaign said via email that the senator would attend.",
        [(IND, "said", "The campaign", "that the senator would attend")],
        "via opens an adjunct before that",
    ),
    (
        "The senator is promising lower taxes, but he has also intensified his attacks.",
        [(IND, "promising", "The senator", "lower taxes")],
        "content ends before but and a new subject",
    ),
    (
        "The mayor said the plan was costly, but not for long.",
        [(IND, "said", "The mayor", "the plan was costly, but not for long")],
        "but without a new subject stays in the content",
    ),
    (
        "The plan is dead, said several people familiar with the talks.",
        [(IND, "said", "several people familiar", "The plan is dead")],
        "an inverted say cue with a determiner speaker",
    ),
    (
        "The reports show the group made a major change in its plans.",
        [(IND, "show", "The reports", "the group made a major change in its plans")],
        "a cue word after its determiner is the subject noun",
    ),
    (
        "The plane was sold in 2011, records show.",
        [(IND, "show", "records", "The plane was sold in 2011")],
        "a bare plural closes a sentence as the subject of a homograph cue",
    ),
    (
        "The senator drew criticism after he appeared to suggest that veterans are weak.",
        [(IND, "suggest", "he", "that veterans are weak")],
        "a raising verb before to and a cue leaves the cue its subject",
    ),
    (
        "The senator appeared to be tired.",
        [(IND, "appeared", None, "The senator appeared to be tired")],
        "a raising verb alone has no speaker",
    ),
    (
        "Democratic voters view the senator as likable and honest, according to a new poll.",
        [
            (
                IND,
                "according to",
                "a new poll",
                "Democratic voters view the senator as likable and honest",
            )
        ],
        "a closing according to owns the cues of its sentence",
    ),
    (
        "Six in 10 say the country is on the wrong track.",
        [(IND, "say", "Six in 10", "the country is on the wrong track")],
        "a ratio is a subject",
    ),
    (
        "Nine out of 10 said the race was over.",
        [(IND, "said", "Nine out of 10", "the race was over")],
        "an out-of ratio is a subject",
    ),
    (
        "An arbitration panel in 2001 found the country was in breach.",
        [(IND, "found", "An arbitration panel", "the country was in breach")],
        "a subject reaches back over in and a year",
    ),
    (
        "On the other side stands the mayor, who wants to simplify the tax code.",
        [(IND, "wants", "who", "to simplify the tax code")],
        "a relative pronoun never closes an attribution of the words before it",
    ),
    (
        "Ms. Park was asked about the comment on Monday.",
        [(IND, "asked about", None, "Ms. Park was asked about the comment on Monday")],
        "a participle phrasal cue after be is passive",
    ),
    (
        "The mayor is worried about the budget.",
        [(IND, "worried about", "The mayor", "the budget")],
        "an adjectival phrasal cue after be keeps its subject",
    ),
    (
        "The mayor isn't saying whether the city broke any laws.",
        [(IND, "saying", "The mayor", "whether the city broke any laws")],
        "a negated be makes an -ing cue progressive",
    ),
    (
        "The mayor is not saying whether the city broke any laws.",
        [(IND, "saying", "The mayor", "whether the city broke any laws")],
        "not between be and an -ing cue keeps it progressive",
    ),
    (
        "Jones said after the meeting he would not accept the offer.",
        [(IND, "said", "Jones", "he would not accept the offer")],
        "a subject pronoun and an auxiliary end a short adjunct after the cue",
    ),
    (
        "Jones said in a statement on Tuesday they had pulled the listing.",
        [(IND, "said", "Jones", "they had pulled the listing")],
        "a time word before a subject pronoun ends the adjunct",
    ),
    (
        "Jones said at the forum the plan he backs would pass.",
        [(IND, "said", "Jones", "at the forum the plan he backs would pass")],
        "a pronoun after a common noun opens a relative clause, not the content",
    ),
    (
        "Smith, speaking on condition of anonymity to discuss the talks, said the deal was close.",
        [(IND, "said", "Smith", "the deal was close")],
        "a participle apposition before the clause's own cue attributes nothing",
    ),
    (
        "The vote was close. But officials also fear that the plan could backfire.",
        [(IND, "fear", "officials", "that the plan could backfire")],
        "a bare plural after a clause conjunction is subject of a noun-like cue",
    ),
    (
        "The families, many of whom say the rules are unfair, met on Monday.",
        [(IND, "say", "many of whom", "the rules are unfair")],
        "a quantified relative pronoun is a subject and its clause ends at the comma",
    ),
    (
        "The vote was close. The plan has been endorsed by dozens of papers.",
        [(IND, "endorsed", "dozens of papers", "The plan")],
        "a passive cue with its agent right after it attributes only the subject",
    ),
    (
        "The vote was close. The plan was ultimately approved last year.",
        [(IND, "approved", None, "The plan")],
        "a passive cue before a time adjunct attributes only the subject",
    ),
    (
        "The vote was close. The new rule was posted on the agency's website.",
        [(IND, "posted", None, "The new rule")],
        "a passive cue before a place adjunct attributes only the subject",
    ),
    (
        "The vote was close. The plan was approved unanimously on Tuesday.",
        [(IND, "approved", None, "The plan")],
        "an adverb between a passive cue and its adjunct is skipped",
    ),
    (
        "The vote was close. A ruling is expected in June.",
        [(IND, "expected", None, "A ruling is expected in June")],
        "an agentless participle before an adjunct keeps its whole clause",
    ),
    (
        "The vote was close. She was sworn in to testify about the plan.",
        [(IND, "sworn", None, "She was sworn in to testify about the plan")],
        "a particle before an infinitive is not an adjunct of a passive cue",
    ),
    (
        "The vote was close. It was announced on Friday that the plan had passed.",
        [(IND, "announced", None, "It was announced on Friday that the plan had passed")],
        "an expletive subject keeps the clause of a passive cue",
    ),
    (
        "Though a curfew was announced at midnight, officials did not enforce it.",
        [(IND, "announced", None, "a curfew was announced at midnight")],
        "a passive cue in an opening subordinate clause keeps its clause up to the comma",
    ),
    (
        "The vote was close. The plan seemed likely to pass, but it failed on Monday.",
        [(IND, "seemed", None, "The plan seemed likely to pass")],
        "the content of a raising cue ends before but and a new subject",
    ),
    (
        "The vote was close. The mayor was asked about the plan, and she declined to answer.",
        [
            (IND, "asked about", None, "The mayor was asked about the plan"),
            (IND, "declined", "she", "to answer"),
        ],
        "the content of a passive cue ends before and and a subject pronoun",
    ),
    (
        "Jones said the plan would pass, and he left the room.",
        [(IND, "said", "Jones", "the plan would pass")],
        "and before a subject pronoun opens the writer's next clause",
    ),
    (
        "Jones said the plan would pass, and the vote was held.",
        [(IND, "said", "Jones", "the plan would pass, and the vote was held")],
        "and before a noun phrase may go on with the content",
    ),
    (
        "Jane Doe, who has endorsed Smith despite their feud, said the plan would fail.",
        [
            (IND, "endorsed", "who", "Smith"),
            (IND, "said", "Jane Doe", "the plan would fail"),
        ],
        "a relative clause whose content stopped early still leads back to the subject",
    ),
    (
        "The vote was close. But hacking experts say the leak may be fake.",
        [(IND, "say", "hacking experts", "the leak may be fake")],
        "a subject may open with an -ing modifier after a clause conjunction",
    ),
    (
        "The vote was close. The meeting was first reported by a local paper.",
        [(IND, "reported", "a local paper", "The meeting")],
        "an adverb between be and the cue keeps it passive",
    ),
    (
        "The vote was close. Jones would not say when the vote would be held.",
        [(IND, "say", "Jones", "when the vote would be held")],
        "a wh-word after a negated cue opens an indirect question",
    ),
    (
        "The vote was close. Jones also took multiple swipes at Smith.",
        [(IND, "swipes at", "Jones", "Smith")],
        "a noun cue with its preposition after a light verb belongs to the verb's subject",
    ),
    (
        "The vote was close. Her strong endorsement of the plan, however, came late.",
        [(IND, "endorsement of", "Her", "the plan")],
        "an adjective may stand between a possessive and its noun cue",
    ),
    (
        "The vote was close. The campaign hit back as polls show Smith gaining in Iowa.",
        [(IND, "show", "polls", "Smith gaining in Iowa")],
        "a bare plural after a subordinator is subject of a noun-like cue",
    ),
    (
        "The vote was close. According to the report, Smith is leading the race.",
        [(IND, "According to", "the report", "Smith is leading the race")],
        "a cue noun may head the source after according to",
    ),
    (
        "The vote was close. Through a spokesman, he declined to comment.",
        [(IND, "declined", "he", "to comment")],
        "an infinitive after the cue is content, not the tail of a closing attribution",
    ),
    (
        "The vote was close. The mayor is once again questioning the count.",
        [(IND, "questioning", "The mayor", "the count")],
        "once again between be and an -ing cue keeps it progressive",
    ),
    (
        "The vote was close. Smith denied it.",
        [(IND, "denied", "Smith", "it")],
        "a pro-form can be the whole content",
    ),
    (
        'The vote was close. Jones, author of "Going Home," said the era is over.',
        [(IND, "said", "Jones", "the era is over")],
        "a quoted title closing an apposition still leads back to the subject",
    ),
    (
        "The vote was close. Yet Smith often brags about his record.",
        [(IND, "brags", "Smith", "his record")],
        "yet opening a clause is no part of the subject",
    ),
    (
        "The vote was close. After months of criticism over the plan, the mayor resigned.",
        [(IND, "criticism over", None, "the plan")],
        "a noun cue after a preposition attributes its object with no holder",
    ),
    (
        "The vote was close. Democrats trying to win back the state say they have a plan.",
        [(IND, "say", "Democrats", "they have a plan")],
        "a say verb before a subject pronoun takes the sentence subject past a participle",
    ),
    (
        "Readers wrote in.\n\n“He is a bully and always was one.” ― Ann Cruz\n"
        "“I would rather live in what he calls “hell” than in his world.” ― Rosa Diaz",
        [
            (D, "―", "Ann Cruz", "“He is a bully and always was one.”"),
            (
                D,
                "―",
                "Rosa Diaz",
                "“I would rather live in what he calls “hell” than in his world.”",
            ),
        ],
        "a dash list of quotes with a nested curly quote keeps each quote to its name",
    ),
    (
        '"We will win this race," said Ann Cole, a city lawyer, who praised the plan. '
        '"Nobody can stop us now."',
        [
            (
                D,
                "said",
                "Ann Cole",
                '"We will win this race," said Ann Cole, a city lawyer, who praised the plan. '
                '"Nobody can stop us now."',
            ),
            (IND, "praised", "who", "the plan"),
        ],
        "a quote resumed after a relative clause on its speaker goes on with that quote",
    ),
    (
        "The audit reported that roughly 1,100 donor names were not disclosed.",
        [(IND, "reported", "The audit", "that roughly 1,100 donor names were not disclosed")],
        "a comma inside a number is no clause boundary before a later cue",
    ),
    (
        "Ann Cole said she and her aides jokingly referred to the plan as a dream.",
        [
            (
                IND,
                "said",
                "Ann Cole",
                "she and her aides jokingly referred to the plan as a dream",
            )
        ],
        "an and after the subject pronoun opening the content joins a compound subject",
    ),
    (
        "Smith praised you and Jones, as he has before, opposed the bill.",
        [(IND, "praised", "Smith", "you"), (IND, "opposed", "Jones", "the bill")],
        "an and after an object pronoun still opens a new clause",
    ),
    (
        '"We will win this race," said Ann Cole, 53, of the city. ". . . and we will do it soon."',
        [
            (
                D,
                "said",
                "Ann Cole",
                '"We will win this race," said Ann Cole, 53, of the city. '
                '". . . and we will do it soon."',
            )
        ],
        "a quotation after a full stop the splitter missed goes on with the quote before",
    ),
    (
        "The mayor said flatly: “I don’t think it matters.”",
        [(D, "said", "The mayor", "“I don’t think it matters.”")],
        "an adverb between the cue and the colon keeps the verb as the quote's cue",
    ),
    (
        "The office said in a statement: “Neither email involves the mayor.”",
        [(D, "said", "The office", "“Neither email involves the mayor.”")],
        "a cue noun in an adjunct before the colon does not take the verb's place",
    ),
    (
        'The mayor said he believes "the plan will fail in the end."',
        [(M, "said", "The mayor", 'he believes "the plan will fail in the end."')],
        "a quotation after a belief verb inside a said clause is that clause's content only",
    ),
    (
        "The mayor told reporters that he is in favor of new taxes and “a lot more spending.”",
        [
            (
                M,
                "told",
                "The mayor",
                "that he is in favor of new taxes and “a lot more spending.”",
            )
        ],
        "a quotation inside reported content with a non-speech cue is no quote of its own",
    ),
    (
        "“We want answers,” said a party official who supports Smith, asking for anonymity. "
        "“They are paying five times more.”",
        [
            (
                D,
                "said",
                "a party official",
                "“We want answers,” said a party official who supports Smith, asking for anonymity. "
                "“They are paying five times more.”",
            ),
            (IND, "supports", "who", "Smith"),
            (IND, "asking for", "who", "anonymity"),
        ],
        "a quote resumed after a relative clause and a participle goes on with that quote",
    ),
    (
        "Readers wrote in.\n\n“He is a bully and always was one.”\u00a0― Ann Cruz\u00a0\n"
        "“I would rather live anywhere than in his world.”\u00a0―\u00a0Rosa Diaz",
        [
            (D, "―", "Ann Cruz", "“He is a bully and always was one.”"),
            (D, "―", "Rosa Diaz", "“I would rather live anywhere than in his world.”"),
        ],
        "a no-break space around the dash of a dash list still closes each quote",
    ),
    (
        "The plan will pass this year, said Ann Cole\u00a0(D-Ohio).",
        [(IND, "said", "Ann Cole", "The plan will pass this year")],
        "a no-break space after an inverted speaker still closes the attribution",
    ),
    (
        "“Who is the real problem here?” said Ann Cole, using a term her rival has used to "
        "describe the mayor, on a call with reporters. “The council passed a bad budget.”",
        [
            (
                D,
                "said",
                "Ann Cole",
                "“Who is the real problem here?” said Ann Cole, using a term her rival has used to "
                "describe the mayor, on a call with reporters. “The council passed a bad budget.”",
            ),
            (IND, "describe", "Ann Cole", "the mayor, on a call with reporters"),
        ],
        "a quote resumed after an aside in its own sentence goes on with that quote",
    ),
    (
        "“We needed more time,” he said.\n\n"
        "The mayor then turned to the crowd and grinned, “I am a dealmaker like you, folks.”",
        [
            (D, "said", "he", "“We needed more time,”"),
            (D, None, "he", "“I am a dealmaker like you, folks.”"),
        ],
        "a bare quotation after the writer's words is no continuation of the quote before",
    ),
    (
        "While the mayor said the plan would pass, the vote failed.",
        [(IND, "said", "the mayor", "the plan would pass")],
        "content in a subordinate clause opening the sentence ends at its comma",
    ),
    # --- frame verbs: SUBJECT + verb + object (quote_frame_verbs)
    (
        "Senator Ruth Alder berated the bank's chief executive on Tuesday over the fees.",
        [
            (
                IND,
                "berated",
                "Senator Ruth Alder",
                "the bank's chief executive on Tuesday over the fees",
            )
        ],
        "a frame verb after a named subject attributes its object",
    ),
    (
        "The senator castigated the voters, which angered the party.",
        [(IND, "castigated", "The senator", "the voters")],
        "a frame verb's object ends at the comma before a relative clause",
    ),
    (
        "The group advocates lower fees for students.",
        [(IND, "advocates", "The group", "lower fees for students")],
        "an -s frame verb agrees with a singular subject",
    ),
    (
        "They ridicule the budget as reckless.",
        [(IND, "ridicule", "They", "the budget as reckless")],
        "a bare frame verb agrees with a plural pronoun",
    ),
    (
        "The consumer advocates have little sway in the capital.",
        [],
        "a frame word before an auxiliary is a noun",
    ),
    ("A leading advocate for the plan spoke first.", [], "a bare frame word after a/an is a noun"),
    (
        "The newspaper released the tapes on Monday.",
        [(IND, "released", "The newspaper", "the tapes on Monday")],
        "a frame verb after a media noun attributes its object",
    ),
    (
        "The deal released the executives from liability.",
        [],
        "a frame verb needs a subject that can hold a view",
    ),
    ("The fund was released in May.", [], "a passive frame verb attributes nothing"),
    ("The panel met to grill the banker.", [], "a frame verb after to attributes nothing"),
    (
        "The report was published shortly before the vote.",
        [],
        "a frame participle with no object attributes nothing",
    ),
    (
        "Scott's family said the police lied.",
        [(IND, "said", "Scott's family", "the police lied")],
        "an -ly noun after a possessive name is the subject, not an adverb",
    ),
    (
        "The senator described himself as a friend of farmers.",
        [(IND, "described", "The senator", "himself as a friend of farmers")],
        "a reflexive object with an as-complement opens the content",
    ),
    (
        "She defended herself against the charges.",
        [(IND, "defended", "She", "herself against the charges")],
        "a reflexive object of an object cue opens the content",
    ),
    # --- noun cues with their preposition (cue_nouns)
    (
        "Her response to the ruling was swift.",
        [(IND, "response to", "Her", "the ruling")],
        "a possessive before a mined noun cue holds its object",
    ),
    (
        "The mayor made the case for a new stadium.",
        [(IND, "case for", "The mayor", "a new stadium")],
        "a light verb's subject holds a mined noun cue's object",
    ),
    (
        "The ruling came in response to the lawsuit.",
        [],
        "a mined noun cue with no owner attributes nothing",
    ),
    # --- frame adjectives: SUBJECT + be + adjective + complement (quote_frame_adjectives)
    (
        "Campaign aides were adamant that the senator would run again.",
        [(IND, "adamant", "Campaign aides", "that the senator would run again")],
        "a frame adjective after be attributes its complement",
    ),
    (
        "She was not sure the plan would work.",
        [(IND, "sure", "She", "the plan would work")],
        "a negated frame adjective still attributes its clause",
    ),
    (
        "It is unclear whether the plant will reopen.",
        [(IND, "unclear", None, "whether the plant will reopen")],
        "a frame adjective with an expletive subject has no holder",
    ),
    ("The mayor was happy.", [], "a frame adjective with no complement attributes nothing"),
    (
        "In Ames, Iowa, on Sunday, Ms. Lane toured a farm, saying that the plan was sound.",
        [(IND, "saying", "Ms. Lane", "that the plan was sound")],
        "a participle's subject comes after every comma segment of the introduction",
    ),
    (
        "Reyes said about 30 people have shown interest in the post.",
        [(IND, "said", "Reyes", "about 30 people have shown interest in the post")],
        "'about' before a number opens the content, it names no topic",
    ),
    (
        "But some note that the levy has raised little.",
        [(IND, "note", "some", "that the levy has raised little")],
        "a bare quantifier after a conjunction is the subject of a noun-like cue",
    ),
    (
        "It came as some calls to the hotline went unanswered.",
        [],
        "a quantifier before a plural noun is a determiner, not a subject",
    ),
    (
        "Officers have said they will not release the video, according to lawyers for the family.",
        [
            (
                IND,
                "according to",
                "lawyers",
                "Officers have said they will not release the video",
            )
        ],
        "a closing 'according to' with a postmodified source vouches for the whole sentence",
    ),
    (
        "Lane had told officers that she did not want an escort, but the city overruled her, "
        "the aide added.",
        [
            (
                IND,
                "added",
                "the aide",
                "Lane had told officers that she did not want an escort, but the city overruled her",
            )
        ],
        "a closing cue after ', but' vouches for the whole sentence when the first clause has a cue",
    ),
    (
        "A state poll in March found that most farmers oppose the levy.",
        [(IND, "found", "A state poll", "that most farmers oppose the levy")],
        "a time phrase 'in March' between subject and cue is skipped",
    ),
    (
        "The mayor in Dover said the bridge would reopen.",
        [(IND, "said", "The mayor in Dover", "the bridge would reopen")],
        "a place phrase stays part of the subject",
    ),
    (
        "She met the two unions, which together vowed to strike on Friday.",
        [(IND, "vowed", "which", "to strike on Friday")],
        "an adverb like 'together' between subject and cue is skipped",
    ),
    (
        "Mr. Doyle is convinced that the mill will reopen by next year.",
        [(IND, "convinced", "Mr. Doyle", "that the mill will reopen by next year")],
        "a state-of-mind participle after be: the subject holds the clause",
    ),
    (
        "Farmers are worried the rains will come late.",
        [(IND, "worried", "Farmers", "the rains will come late")],
        "a state-of-mind participle without 'that'",
    ),
    (
        "The mayor was persuaded by aides to drop the plan.",
        [(IND, "persuaded", "aides", "The mayor was persuaded by aides to drop the plan")],
        "a participle with an agent stays passive",
    ),
    ("The happy mayor left early.", [], "a frame adjective with no be before it is no cue"),
    # --- not quotes
    (
        "The delegation held long talks with the council. The talks focused on trade.",
        [],
        "no cue, no attribution",
    ),
    (
        "\"He told me, 'I am the mayor,' \" said Ann Lee, the city clerk.",
        [(D, "said", "Ann Lee", "\"He told me, 'I am the mayor,' \"")],
        "a spaced nested closing single mark then the closing straight mark",
    ),
    (
        "The plan would cut taxes for the rich, the new report said.",
        [(IND, "said", "the new report", "The plan would cut taxes for the rich")],
        "a cue noun after a determiner and an adjective is the subject",
    ),
    (
        "The mayor lied about the vote, the latest claim said.",
        [(IND, "said", "the latest claim", "The mayor lied about the vote")],
        "a singular cue noun after a determiner and an adjective is the subject",
    ),
    (
        "The senator took cash from oil firms, fundraising documents show.",
        [(IND, "show", "fundraising documents", "The senator took cash from oil firms")],
        "an -ing modifier after a comma opens the subject",
    ),
    (
        "The bridge was unsafe, the leaked memos show.",
        [(IND, "show", "the leaked memos", "The bridge was unsafe")],
        "an -ed modifier after a determiner opens the subject",
    ),
    (
        "The senator took cash from oil firms, campaign and corporate records show.",
        [(IND, "show", "campaign and corporate records", "The senator took cash from oil firms")],
        "two modifiers joined by and before the subject noun",
    ),
    (
        "The mayor and city officials said the plan works.",
        [(IND, "said", "The mayor and city officials", "the plan works")],
        "a determined noun and a modified noun joined by and make one subject",
    ),
    (
        "The talks went well. (“I do not want a fight,” said Ann Lee.) Then they left.",
        [(D, "said", "Ann Lee", "“I do not want a fight,”")],
        "a quotation opening a sentence in parentheses",
    ),
    (
        "The talks went well. (''We have persuaded them,'' he said). Then they left.",
        [(D, "said", "he", "''We have persuaded them,''")],
        "a quotation in double apostrophes opening a parenthesis after a full stop",
    ),
    (
        "The talks went well. (“A fair deal.”) Then they left.",
        [],
        "a parenthesized quotation with no cue",
    ),
    (
        "The panel held ''a frank exchange of views,'' a company spokeswoman said on Tuesday.",
        [
            (
                M,
                "said",
                "a company spokeswoman",
                "The panel held ''a frank exchange of views,''",
            )
        ],
        "the subject after a closing double apostrophe leaves the marks out",
    ),
    (
        "The old house is falling down, the Joneses' lawyer said.",
        [(IND, "said", "the Joneses' lawyer", "The old house is falling down")],
        "a possessive apostrophe stays inside the subject",
    ),
    (
        "But public records show that the mayor kept his word.",
        [(IND, "show", "public records", "that the mayor kept his word")],
        "an adjective and a plural after but make the subject of a homograph cue",
    ),
    (
        "And new polls show that the mayor kept his word.",
        [(IND, "show", "new polls", "that the mayor kept his word")],
        "an adjective and a plural after and make the subject of a homograph cue",
    ),
    ("The ministers will meet next week to exchange views on trade.", [], "noun use of a cue word"),
    ("The Jones plan is simple.", [], "plan after a name is a noun, not a cue"),
    (
        "The rule, if it survives the legal challenge, could prompt a faster shift.",
        [],
        "challenge after an adjective is a noun, not a cue",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_quotes(quote_rows, text, expected, why):
    assert quote_rows(text) == expected


def test_cases_are_unique():
    assert len({c[2] for c in CASES}) == len(CASES)


SEED_EXPECTED = [
    (IND, "said", "Esmaeil Baqaai", "that Araghchi’s trip", "Iran-Azerbaijan relations"),
    (D, "emphasized", "He", '"Our relationship', 'historical ties."'),
    (IND, "added", "Baqai", "that these diplomatic visits", "great importance to Iran"),
    (IND, "stressed", "Araghchi", "Tehran’s commitment", "shared regional interests"),
    (D, "said", "he", "“Iran’s policy", "in this process,”"),
    (IND, "noting", "he", "that geographic proximity", "for lasting friendship"),
    (IND, "reiterated", "Araghchi", "Iran’s position that", "countries in the region"),
    (IND, "emphasized", "He", "Tehran’s respect", "the only way to resolve disputes"),
]


def test_seed_attributions(quotes_in, seed_text):
    found = quotes_in(seed_text)
    assert len(found) == len(SEED_EXPECTED)
    for quote, (kind, cue, mention, head, tail) in zip(found, SEED_EXPECTED, strict=True):
        assert quote.kind is QuoteKind(kind)
        assert quote.cue is not None and quote.cue.text == cue
        assert quote.speaker_mention is not None and quote.speaker_mention.text == mention
        assert quote.content.text.startswith(head)
        assert quote.content.text.endswith(tail)


HEADLINE_CASES = [
    (
        "Mayor Says Bridge Will Open in May",
        [(IND, "Says", "Mayor", "Bridge Will Open in May")],
        "title-case cue",
    ),
    (
        "Ortiz: The Budget Is Dead",
        [(IND, ":", "Ortiz", "The Budget Is Dead")],
        "speaker before a colon",
    ),
    ("Breaking: Bridge Closed After Storm", [], "a label before a colon is no speaker"),
    (
        "Poll: Mayor Leads Rival by Ten Points",
        [(IND, ":", "Poll", "Mayor Leads Rival by Ten Points")],
        "a poll before a colon is the source of the headline",
    ),
    ("Bridge Closed After Storm", [], "no cue, no attribution"),
    ("Says Who? A Guide to Sources", [], "a cue opening the headline has no speaker"),
]


@pytest.mark.parametrize(
    ("headline", "expected", "why"), HEADLINE_CASES, ids=[c[2] for c in HEADLINE_CASES]
)
def test_headline(quote_rows, headline, expected, why):
    text = headline + "\n\nThe bridge stayed shut all week."
    header = Header(headline=Span.of(text, 0, len(headline)), body_start=len(headline) + 2)
    assert quote_rows(text, header) == expected


def test_header_is_skipped(quote_rows):
    text = "Mayor says “no more delays”\n\nThe mayor said the work is done."
    found = quote_rows(text, Header(body_start=text.index("The mayor")))
    assert found == [(IND, "said", "The mayor", "the work is done")]


MARK_CASES = [
    ('a "b" c "d" e', ['"b"', '"d"'], "two straight pairs"),
    ("it’s the ’90s, “yes” and Sunday’ talk", ["“yes”"], "apostrophes ignored"),
    ('odd " mark then "real quote" here', ['"real quote"'], "a stray straight mark is dropped"),
    ("“open\n\nnext para", ["“open"], "unclosed quote ends with its paragraph"),
    ("“one\n\n“two”", ["“one\n\n“two”"], "reopened paragraph continues the quote"),
    ("say ‘hi there’ now", ["‘hi there’"], "top-level single quotes"),
    ("”Typo opener here,” she said", ["”Typo opener here,”"], "a right mark used to open"),
    ("“Typo closer here,“ she said", ["“Typo closer here,“"], "a left mark used to close"),
    (
        'he said\u00a0"We will win," today',
        ['"We will win,"'],
        "a straight mark after a no-break space opens a quotation",
    ),
    (
        "he called it “a “fair” deal” and left",
        ["“a “fair” deal”"],
        "a curly quotation nested in a curly quotation stays inside it",
    ),
    (
        "“no closer here “real one” then",
        ["“no closer here", "“real one”"],
        "a curly opener with one closer after it ends the unclosed quotation",
    ),
    (
        '"He told me, \'I am the mayor,\' " said Ann Lee. "Next," she said.',
        ["\"He told me, 'I am the mayor,' \"", '"Next,"'],
        "a straight mark after a spaced closing single mark closes the quotation",
    ),
    (
        '"She said ‘we won’ " and left, "then" cried.',
        ['"She said ‘we won’ "', '"then"'],
        "a straight mark after a spaced closing curly single mark closes the quotation",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), MARK_CASES, ids=[c[2] for c in MARK_CASES])
def test_quotation_marks(parser, text, expected, why):
    paragraphs = [(p.start, p.end) for p in segment(text, parser.lexicon).paragraphs]
    assert [text[q.start : q.end] for q in find_quotations(text, paragraphs)] == expected


def _best_cpu_time(run, text, rounds=3):
    """The fastest of a few runs of ``run(text)``, in CPU time, the collector paused.

    CPU time: other processes on the machine do not stretch it. The collector
    paused: a full collection walks the whole test process's heap (everything
    the suite has built so far), so whether one lands in a timed run says more
    about the suite than about the stage's growth; the bench measures the
    collector's share on its own.
    """
    times = []
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            run(text)
            times.append(time.process_time() - started)
        finally:
            gc.enable()
    return min(times)


def test_speed_is_linear(quotes_in):
    paragraph = (
        "“We will keep going,” Mary Ortiz said, adding that the city was ready. "
        "The plan will cost more, officials said. Grant said the report was “flawed.”\n\n"
    )
    small = paragraph * 50
    large = paragraph * 400
    assert len(quotes_in(large)) == 4 * 400
    assert _best_cpu_time(quotes_in, large) < _best_cpu_time(quotes_in, small) * 8 * 3


HOSTILE = [
    ("Tom said, ", "cues without full stops"),
    ("\x00\u2028 said \ufeff ", "control characters around cues"),
    ("\"He said 'she said “they said ", "unclosed nested quotes"),
    ("Baqai,said:that“Sunday”—Oct.21,", "no whitespace"),
    ("according to X, ", "according to without end"),
]


@pytest.mark.parametrize(("unit", "why"), HOSTILE, ids=[h[1] for h in HOSTILE])
def test_hostile_input_stays_linear(quotes_in, unit, why):
    def best(size):
        return _best_cpu_time(quotes_in, (unit * (size // len(unit) + 1))[:size])

    assert best(160_000) < 10 * max(best(40_000), 1e-3)
