"""The speakers stage: who said each quote, and every mention folded into speakers."""

from __future__ import annotations

import attrs
import pytest

from copydesk.document import Document
from copydesk.lexicon import Lexicon, LexiconBuilder, builtin_list_names, read_builtin_list
from copydesk.model import Quote, QuoteKind, Span, Speaker, SpeakerKind
from copydesk.stages.header import read_header
from copydesk.stages.names import find_names
from copydesk.stages.speakers import resolve_speakers
from copydesk.stages.text import segment


def _lexicon() -> Lexicon:
    builder = LexiconBuilder()
    for name in builtin_list_names():
        builder.register(name, read_builtin_list(name))
    return builder.build()


LEXICON = _lexicon()


def span(text: str, words: str, after: int = 0) -> Span:
    start = text.find(words, after)
    assert start >= 0, words
    return Span.of(text, start, start + len(words))


def document(text: str, quotes: list[Quote]) -> Document:
    doc = Document(
        text,
        None,
        lexicon=LEXICON,
        segments=segment(text, LEXICON),
        header=read_header(text, None, LEXICON),
    )
    doc = attrs.evolve(doc, names=tuple(find_names(doc)))
    return attrs.evolve(doc, quotes=tuple(quotes))


def said_by(text: str, content: str, mention: str, after: int = 0) -> Quote:
    """A quote whose speaker words are the nearest ``mention`` before the content (else after)."""
    said = span(text, content, after)
    start = text.rfind(mention, after, said.start)
    who = (
        Span.of(text, start, start + len(mention)) if start >= 0 else span(text, mention, said.end)
    )
    return Quote(QuoteKind.INDIRECT, said, None, who)


def resolve(text: str, quotes: list[Quote]) -> tuple[tuple[Quote, ...], dict[str, Speaker]]:
    resolved, speakers = resolve_speakers(document(text, quotes))
    return resolved, {s.id: s for s in speakers}


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed(seed_text: str) -> tuple[tuple[Quote, ...], dict[str, Speaker]]:
    t = seed_text
    quotes = [
        said_by(t, "that Araghchi’s trip highlights", "Esmaeil Baqaai"),
        said_by(t, '"Our relationship with Azerbaijan', "He"),
        said_by(t, "that these diplomatic visits", "Baqai"),
        said_by(t, "“Iran’s policy is", "he", t.find("“Iran’s policy")),
        said_by(t, "Iran’s position that peace", "Araghchi", t.find("On the broader")),
        said_by(t, "Tehran’s respect for sovereignty", "He", t.find("He emphasized Tehran")),
    ]
    return resolve(t, quotes)


SEED_SPEAKER_OF_QUOTE = [
    (0, "esmaeil-baqaai", "full name with apposition"),
    (1, "esmaeil-baqaai", "He at a paragraph start is the previous sentence's speaker"),
    (2, "esmaeil-baqaai", "spelling variant Baqai folds into Baqaai"),
    (3, "abbas-araghchi", "he after a quote is the previous sentence's subject"),
    (4, "abbas-araghchi", "surname alone"),
    (5, "abbas-araghchi", "He after a sentence whose subject is Araghchi"),
]


@pytest.mark.parametrize(
    ("index", "speaker", "why"), SEED_SPEAKER_OF_QUOTE, ids=[c[2] for c in SEED_SPEAKER_OF_QUOTE]
)
def test_seed_quote_speakers(
    seed: tuple[tuple[Quote, ...], dict[str, Speaker]], index: int, speaker: str, why: str
) -> None:
    quotes, _ = seed
    assert quotes[index].speaker == speaker


def test_seed_keeps_local_speaker_words(seed: tuple[tuple[Quote, ...], dict[str, Speaker]]) -> None:
    quotes, _ = seed
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == [
        "Esmaeil Baqaai",
        "He",
        "Baqai",
        "he",
        "Araghchi",
        "He",
    ]


def test_seed_speakers(seed: tuple[tuple[Quote, ...], dict[str, Speaker]]) -> None:
    _, speakers = seed
    assert set(speakers) == {"esmaeil-baqaai", "abbas-araghchi", "khalaf-khalafov", "ilham-aliyev"}
    baqaai = speakers["esmaeil-baqaai"]
    assert baqaai.name == "Esmaeil Baqaai"
    assert baqaai.aliases == ("Baqai",)
    assert baqaai.roles == ("spokesperson for the Ministry of Foreign Affairs",)
    assert baqaai.affiliations == ("Ministry of Foreign Affairs",)
    assert [m.text for m in baqaai.mentions] == ["Esmaeil Baqaai", "He", "Baqai"]
    araghchi = speakers["abbas-araghchi"]
    assert araghchi.roles == ("Foreign Minister of the Islamic Republic of Iran",)
    assert [m.text for m in araghchi.mentions][:2] == [
        "The Foreign Minister of the Islamic Republic of Iran",
        "Abbas Araghchi",
    ]
    assert speakers["khalaf-khalafov"].roles == (
        "special assistant to Azerbaijani President Ilham Aliyev",
    )
    aliyev = speakers["ilham-aliyev"]
    assert aliyev.roles == ("President",)
    assert aliyev.affiliations == ("Azerbaijan",)
    assert all(s.kind is SpeakerKind.PERSON for s in speakers.values())


def test_seed_mentions_slice_the_text(
    seed_text: str, seed: tuple[tuple[Quote, ...], dict[str, Speaker]]
) -> None:
    _, speakers = seed
    for speaker in speakers.values():
        for mention in speaker.mentions:
            assert seed_text[mention.start : mention.end] == mention.text


# ------------------------------------------------------------------ general cases

CASES = [
    (
        "Bill Clinton spoke first. Hillary Clinton spoke next. Clinton said it was late.",
        ("it was late", "Clinton"),
        "hillary-clinton",
        "a surname alone goes to the most recent compatible person",
    ),
    (
        "Hillary Clinton spoke. Bill Clinton followed. Mrs. Clinton said she was ready.",
        ("she was ready", "Mrs. Clinton"),
        "hillary-clinton",
        "an honorific's gender picks between two people with one surname",
    ),
    (
        "Maria Lopez met Tom Reyes. She said the deal was done.",
        ("the deal was done", "She"),
        "maria-lopez",
        "pronoun gender agreement",
    ),
    (
        "Omar Haddad, the city's mayor, spoke. Later the mayor said taxes would rise.",
        ("taxes would rise", "the mayor"),
        "omar-haddad",
        "a role noun goes to the person who holds the role",
    ),
    (
        "The Agency for Rivers opened a dam. The agency said it was safe.",
        ("it was safe", "The agency"),
        "agency-for-rivers",
        "an organisation nominal goes to the organisation",
    ),
    (
        "Dan Reyes spoke. “We will win,” Reyes said, “and Ana Diaz agrees.” He said it twice.",
        ("it twice", "He"),
        "dan-reyes",
        "a name inside quoted words is a weak antecedent for a pronoun outside them",
    ),
    (
        "Rosa Vidal met Carl Hahn. Later Hahn left and she said the talks failed.",
        ("the talks failed", "she"),
        "rosa-vidal",
        "gender agreement skips the nearer man",
    ),
    (
        "Kim Lund praised the plan. Mr. Lund said it was fair.",
        ("it was fair", "Mr. Lund"),
        "kim-lund",
        "honorific plus surname folds into the full name",
    ),
    (
        "Ted Okoro won. Okoro, who said he was tired, went home.",
        ("he was tired", "who"),
        "ted-okoro",
        "a relative pronoun is the name right before it",
    ),
    (
        "Voters lined up. Nora Quill, 61, of Lyle, Ohio, who said she was cold, stayed.",
        ("she was cold", "who"),
        "nora-quill",
        "a relative pronoun reaches back over an apposition",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "why"), CASES, ids=[c[3] for c in CASES])
def test_speaker_resolution(text: str, quote: tuple[str, str], speaker: str, why: str) -> None:
    content, mention = quote
    resolved, speakers = resolve(text, [said_by(text, content, mention)])
    assert resolved[0].speaker == speaker
    assert speaker in speakers


def test_two_clintons_stay_apart() -> None:
    text = "Bill Clinton spoke. Hillary Clinton spoke."
    _, speakers = resolve(text, [])
    assert set(speakers) == {"bill-clinton", "hillary-clinton"}


def test_first_person_inside_a_quote_is_its_speaker() -> None:
    text = "“I think we can win,” Lena Park said."
    outer = Quote(
        QuoteKind.DIRECT, span(text, "“I think we can win,”"), None, span(text, "Lena Park")
    )
    inner = Quote(QuoteKind.INDIRECT, span(text, "we can win"), None, span(text, "I"))
    resolved, _ = resolve(text, [outer, inner])
    assert [q.speaker for q in resolved] == ["lena-park", "lena-park"]


def test_stray_speaker_words_fall_back_to_the_cue_subject() -> None:
    text = "On Friday, however, Lia Moon promised lower taxes."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "lower taxes"),
        span(text, "promised"),
        span(text, "however"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == "lia-moon"
    assert resolved[0].speaker_mention == span(text, "Lia Moon")


def test_content_holding_its_cue_gets_no_speaker_from_the_cue() -> None:
    text = "Lia Moon said she would win. But at key moments, she appeared to step on her own plan."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "she appeared to step on her own plan"),
        span(text, "appeared"),
        None,
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None
    assert resolved[0].speaker_mention is None


def test_a_mention_inside_the_content_is_not_its_speaker() -> None:
    text = "Lia Moon spoke in Ohio. Asked if she would run again, Moon smiled."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "if she would run again"),
        span(text, "Asked"),
        None,
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None
    assert resolved[0].speaker_mention is None


def test_participle_cue_takes_the_sentence_subject() -> None:
    text = "On Friday, however, Lia Moon spoke to farm leaders, promising lower taxes."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "lower taxes"),
        span(text, "promising"),
        span(text, "however"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == "lia-moon"


COLON_CASES = [
    (
        "Senator Ada Fenwick scolded Tom Brill: “Your numbers are wrong.”",
        "Tom Brill",
        "ada-fenwick",
        "the name before a colon is the verb's object",
    ),
    (
        "Mayor Rosa Dunne is rolling out a new campaign message: “It is about you.”",
        "a new campaign message",
        "rosa-dunne",
        "the noun phrase before a colon is no speaker",
    ),
    (
        "When Tom Brill called, Senator Ada Fenwick went even further: “It is over.”",
        "Tom Brill",
        "ada-fenwick",
        "a name in an opening clause is not the colon's speaker",
    ),
    (
        "Asked whether Tom Brill would run, Mayor Rosa Dunne demurred: “Ask him.”",
        "Tom Brill",
        "rosa-dunne",
        "a name in an opening 'asked' clause is not the colon's speaker",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "speaker", "why"), COLON_CASES, ids=[c[3] for c in COLON_CASES]
)
def test_colon_cue_takes_the_sentence_subject(
    text: str, mention: str, speaker: str, why: str
) -> None:
    content = text[text.index("“") :]
    quote = Quote(QuoteKind.DIRECT, span(text, content), span(text, ":"), span(text, mention))
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == speaker
    assert resolved[0].speaker_mention is not None
    assert speaker.rsplit("-", maxsplit=1)[-1] in resolved[0].speaker_mention.text.lower()


def test_stray_words_give_way_to_an_unnamed_mention() -> None:
    text = "Federal prosecutors in April charged two developers with fraud."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "two developers with fraud"),
        span(text, "charged"),
        span(text, "April"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None
    assert resolved[0].speaker_mention == span(text, "Federal prosecutors")


AGENT_CASES = [
    (
        "Governor Lia Moon backed Measure 9, a levy strongly opposed by farmers.",
        "a levy",
        "opposed",
        "farmers",
    ),
    (
        "Tom Brill dismissed party labels, a sentiment endorsed by the crowd in the hall.",
        "a sentiment",
        "endorsed",
        "the crowd in the hall",
    ),
]


@pytest.mark.parametrize(("text", "content", "cue", "agent"), AGENT_CASES)
def test_agent_after_a_participle_cue_keeps_its_words(
    text: str, content: str, cue: str, agent: str
) -> None:
    """A levy opposed by farmers: the agent speaks, not a name before the cue."""
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, agent))
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, agent)


def test_a_put_question_has_no_speaker_from_before_its_cue() -> None:
    text = "Governor Lia Moon, when asked whether the levy would pass, smiled."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "whether the levy would pass"),
        span(text, "asked"),
        None,
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None
    assert resolved[0].speaker_mention is None


def test_a_faced_cue_noun_has_no_speaker_from_its_subject() -> None:
    text = "Governor Lia Moon faces sharp criticism for cutting the school budget."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "cutting the school budget"),
        span(text, "criticism for"),
        None,
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None
    assert resolved[0].speaker_mention is None


def test_cue_less_quotation_takes_the_name_after_it() -> None:
    text = "Readers wrote in.\n\nVoters were angry. “This is a fiasco.” ― Juan Ortega\n\nOthers agreed."
    quote = Quote(QuoteKind.DIRECT, span(text, "“This is a fiasco.”"), None, None)
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == "juan-ortega"


def test_speaker_words_stand_for_the_head_name() -> None:
    text = "Prices rose, campaign spokesman Eli Park added."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "Prices rose"),
        span(text, "added"),
        span(text, "campaign spokesman Eli Park"),
    )
    resolved, speakers = resolve(text, [quote])
    assert resolved[0].speaker == "eli-park"
    assert speakers["eli-park"].roles == ("campaign spokesman",)


def test_unresolved_quote_keeps_no_speaker() -> None:
    text = "The plan is dead, sources said."
    resolved, speakers = resolve(text, [said_by(text, "The plan is dead", "sources")])
    assert resolved[0].speaker is None
    assert speakers == {}


# (text, speaker words given, cue, speaker id or None to keep the given words' speaker, why)
PARTICIPLE_OBJECT_CASES = [
    (
        "Senator Ada Fenwick rallied Tom Brill saying the fight would go on.",
        "Tom Brill",
        "saying",
        "ada-fenwick",
        "a name right after the verb is its object",
    ),
    (
        "Governor Tom Brill sent a letter to Rosa Dunne on Monday, saying the budget was sound.",
        "Rosa Dunne",
        "saying",
        "tom-brill",
        "a name after a verb's preposition is no participle's subject",
    ),
    (
        "Ada Fenwick spoke for an hour, with Rosa Dunne saying the plan was sound.",
        "Rosa Dunne",
        "saying",
        "rosa-dunne",
        "an absolute 'with X saying' keeps X",
    ),
    (
        "Ada Fenwick spoke after Rosa Dunne, who was saying the plan was sound.",
        "Rosa Dunne",
        "saying",
        "rosa-dunne",
        "a relative clause's participle keeps its antecedent",
    ),
    (
        "Ada Fenwick met Tom Brill, said Rosa Dunne, adding that the plan was sound.",
        "Rosa Dunne",
        "adding",
        "rosa-dunne",
        "an inverted subject after a speech verb keeps the participle",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "speaker", "why"),
    PARTICIPLE_OBJECT_CASES,
    ids=[c[4] for c in PARTICIPLE_OBJECT_CASES],
)
def test_participle_after_an_object_takes_the_sentence_subject(
    text: str, mention: str, cue: str, speaker: str, why: str
) -> None:
    cue_span = span(text, cue)
    content = Span.of(text, cue_span.end + 1, len(text) - 1)
    quote = Quote(QuoteKind.INDIRECT, content, cue_span, span(text, mention))
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == speaker, why


# (text, speaker words given, cue, content, mention kept, speaker id, why)
KEPT_WORDS_CASES = [
    (
        "Here is the transcript.\n\nQ: You said the plan was dead.\n\nA: I did.",
        "You",
        "said",
        "the plan was dead",
        "You",
        None,
        "an interviewer's 'you' is no stray word for the Q label to replace",
    ),
    (
        "At the hearing with Ben Ortiz, you told me the vote was rigged.",
        "you",
        "told",
        "the vote was rigged",
        "you",
        None,
        "second person speaker words are kept, not given to an earlier name",
    ),
    (
        "People say the mayor is tired.",
        "People",
        "say",
        "the mayor is tired",
        "People",
        None,
        "a capitalised 'People' opening a sentence is no person named People",
    ),
    (
        "Folks close to Ana Ruiz felt that the mayor was tired.",
        "Folks",
        "felt",
        "that the mayor was tired",
        "Folks",
        None,
        "people in general keep their words, not the name after a preposition",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "kept", "speaker", "why"),
    KEPT_WORDS_CASES,
    ids=[c[6] for c in KEPT_WORDS_CASES],
)
def test_speaker_words_that_name_nobody_in_particular_are_kept(
    text: str, mention: str, cue: str, content: str, kept: str, speaker: str | None, why: str
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, speakers = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, kept), why
    assert resolved[0].speaker == speaker, why
    assert kept.lower() not in speakers, why


# (text, speaker words given, cue, content, speaker words after, speaker id, why)
ADVERB_CASES = [
    (
        "Ada Fenwick left early. On Friday she soon learned that the vote had failed.",
        "soon",
        "learned",
        "that the vote had failed",
        "she",
        "ada-fenwick",
        "an adverb taken for speaker words gives way to the subject before it",
    ),
    (
        "Ada Fenwick spoke last. Fenwick has reportedly called the bill a disgrace.",
        "reportedly",
        "called",
        "the bill a disgrace",
        "Fenwick",
        "ada-fenwick",
        "an -ly adverb is no speaker either",
    ),
    (
        "Direct mail is nonetheless considered an effective technique.",
        "nonetheless",
        "considered",
        "an effective technique",
        None,
        None,
        "with nobody else to take, a lone adverb is dropped",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "after", "speaker", "why"),
    ADVERB_CASES,
    ids=[c[6] for c in ADVERB_CASES],
)
def test_a_lone_adverb_names_no_speaker(
    text: str,
    mention: str,
    cue: str,
    content: str,
    after: str | None,
    speaker: str | None,
    why: str,
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, _ = resolve(text, [quote])
    expected = None if after is None else span(text, after, text.find(". ") + 1)
    assert resolved[0].speaker_mention == expected, why
    assert resolved[0].speaker == speaker, why


# (text, content, speaker words after, why)
RESTRICTIVE_WHO_CASES = [
    (
        "There are some tax experts who think the plan is sound.",
        "the plan is sound",
        "some tax experts who",
        "a restrictive 'who' names its antecedent, not nobody",
    ),
    (
        "The bill drew the ire of lawmakers who thought it went too far.",
        "it went too far",
        "lawmakers who",
        "the antecedent is the noun after the last preposition",
    ),
    (
        "Ted Okoro won. Okoro, who said he was tired, went home.",
        "he was tired",
        "who",
        "a non-restrictive 'who' after a comma stays as it is",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "after", "why"),
    RESTRICTIVE_WHO_CASES,
    ids=[c[3] for c in RESTRICTIVE_WHO_CASES],
)
def test_restrictive_who_takes_its_antecedent(
    text: str, content: str, after: str, why: str
) -> None:
    said = span(text, content)
    cue_end = said.start - 1
    cue_start = text.rfind(" ", 0, cue_end) + 1
    who = text.rfind("who", 0, cue_start)
    quote = Quote(
        QuoteKind.INDIRECT,
        said,
        Span.of(text, cue_start, cue_end),
        Span.of(text, who, who + 3),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, after), why


# (text, content, cue, speaker words, why)
COORDINATED_PRONOUN_CASES = [
    (
        'On the drive home, I laughed and said, "That is silly."',
        '"That is silly."',
        "said",
        "I",
        "a pronoun before 'VERB and said' is the speaker",
    ),
    (
        'At the end she smiled and then said, "We are done."',
        '"We are done."',
        "said",
        "she",
        "an adverb between 'and' and the cue is skipped",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "cue", "words", "why"),
    COORDINATED_PRONOUN_CASES,
    ids=[c[4] for c in COORDINATED_PRONOUN_CASES],
)
def test_pronoun_before_a_coordinated_verb_speaks(
    text: str, content: str, cue: str, words: str, why: str
) -> None:
    quote = Quote(QuoteKind.DIRECT, span(text, content), span(text, cue), None)
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, words), why


def test_object_of_a_relative_clause_gives_way_to_its_antecedent() -> None:
    text = "One of the nurses who signed the petition called the rule unfair."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "the rule unfair"),
        span(text, "called"),
        span(text, "the petition"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, "One of the nurses")


def test_relative_clause_after_a_comma_is_left_alone() -> None:
    text = "Ada Fenwick, who signed the petition, called the rule unfair."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "the rule unfair"),
        span(text, "called"),
        span(text, "Ada Fenwick"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == "ada-fenwick"


# (text, speaker words given, cue, content, speaker words after ("": others), why)
QUANTIFIER_CASES = [
    (
        "Voters in Ohio worried about Ana Ruiz; most said the state was on the wrong track.",
        "most",
        "said",
        "the state was on the wrong track",
        "most",
        "a quantifier after a semicolon is the clause's subject",
    ),
    (
        "Many analysts doubted Ana Ruiz, but several argued that her plan was sound.",
        "several",
        "argued",
        "that her plan was sound",
        "several",
        "a quantifier after 'but' is the clause's subject",
    ),
    (
        "Ben Ortiz praised the mayor, although few believed that the vote was fair.",
        "few",
        "believed",
        "that the vote was fair",
        "few",
        "a quantifier after a subordinator is its clause's subject",
    ),
    (
        "Ana Ruiz and Ben Ortiz have both argued that the tax is too high.",
        "both",
        "argued",
        "that the tax is too high",
        "Ben Ortiz",
        "a quantifier after an auxiliary floats after the real subject",
    ),
    (
        "Ana Ruiz (D-Ohio) both argued that the tax is too high.",
        "both",
        "argued",
        "that the tax is too high",
        "",
        "a quantifier after a name's bracket floats after that name",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "after", "why"),
    QUANTIFIER_CASES,
    ids=[c[5] for c in QUANTIFIER_CASES],
)
def test_a_quantifier_subject_keeps_its_words(
    text: str, mention: str, cue: str, content: str, after: str, why: str
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, _ = resolve(text, [quote])
    if after:
        assert resolved[0].speaker_mention == span(text, after), why
    else:
        assert resolved[0].speaker_mention != span(text, mention), why


# (text, speaker words given, cue, content, why)
PEOPLE_NOUN_CASES = [
    (
        "Members of the union thanked Ana Ruiz but argued that the deal was unfair.",
        "Members of the union",
        "argued",
        "that the deal was unfair",
        "a partitive 'members of' stands for people",
    ),
    (
        "Two local farm groups praised Ana Ruiz, saying the plan would help.",
        "Two local farm groups",
        "saying",
        "the plan would help",
        "a plural of a body noun stands for people",
    ),
    (
        "The Russians bombed the hills near Ana Ruiz's farm, saying rebels hid there.",
        "The Russians",
        "saying",
        "rebels hid there",
        "a plural nationality stands for people",
    ),
    (
        "The actress met Ana Ruiz and said that the film was done.",
        "The actress",
        "said",
        "that the film was done",
        "a person noun with no role stands for a person",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "why"),
    PEOPLE_NOUN_CASES,
    ids=[c[4] for c in PEOPLE_NOUN_CASES],
)
def test_speaker_words_for_people_are_kept(
    text: str, mention: str, cue: str, content: str, why: str
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, mention), why


# (text, speaker words given, cue, content, speaker words after (None: none), why)
OPENING_MODIFIER_CASES = [
    (
        "Continuing to explain her view, Ana Ruiz rejected the idea that the plan was dead.",
        "Continuing",
        "explain",
        "her view",
        "Ana Ruiz",
        "an opening participle gives way to the subject after its comma",
    ),
    (
        "Hastily rewriting the speech, Ben Ortiz stressed the danger that the bill poses.",
        "Hastily",
        "stressed",
        "the danger that the bill poses",
        "Ben Ortiz",
        "an opening -ly adverb before a participle is no person",
    ),
    (
        "Eagerly awaited, the report warned that the plan was dead.",
        "Eagerly",
        "warned",
        "that the plan was dead",
        "the report",
        "an opening modifier before a comma gives way to the subject after it",
    ),
    (
        "Nearly half said that the plan was dead.",
        "Nearly half",
        "said",
        "that the plan was dead",
        "Nearly half",
        "an adverb inside a noun phrase subject is kept",
    ),
    (
        "Polling of union voters shows that the plan is popular, Ana Ruiz said.",
        "Polling of union voters",
        "shows",
        "that the plan is popular",
        "Polling of union voters",
        "a gerund noun phrase subject is kept",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "after", "why"),
    OPENING_MODIFIER_CASES,
    ids=[c[5] for c in OPENING_MODIFIER_CASES],
)
def test_an_opening_modifier_gives_way_to_the_subject(
    text: str, mention: str, cue: str, content: str, after: str | None, why: str
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, _ = resolve(text, [quote])
    expected = span(text, after) if after is not None else None
    assert resolved[0].speaker_mention == expected, why


def test_as_follows_gives_the_words_before_it() -> None:
    text = 'Ana Ruiz spoke on Monday. Partial transcript as follows: "We will win this state."'
    quote = Quote(
        QuoteKind.DIRECT,
        span(text, '"We will win this state."'),
        span(text, ":"),
        span(text, "follows"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, "Partial transcript")
    assert resolved[0].speaker is None


PLURAL_ANTECEDENT_CASES = [
    (
        "Local farm owners are split on whether they would back Ana Ruiz in the fall.",
        "they",
        "back",
        "Ana Ruiz in the fall",
        "Local farm owners",
    ),
    (
        "Many members were angry at what they consider a betrayal by the board.",
        "they",
        "consider",
        "a betrayal by the board",
        "Many members",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "cue", "content", "antecedent"), PLURAL_ANTECEDENT_CASES
)
def test_a_plural_pronoun_speaks_for_its_sentence_subject(
    text: str, mention: str, cue: str, content: str, antecedent: str
) -> None:
    quote = Quote(QuoteKind.INDIRECT, span(text, content), span(text, cue), span(text, mention))
    resolved, speakers = resolve(text, [quote])
    assert resolved[0].speaker_mention == span(text, mention)
    speaker = speakers[resolved[0].speaker or ""]
    assert span(text, antecedent) in speaker.mentions


def test_a_plural_pronoun_inside_the_quote_is_left_alone() -> None:
    text = "Local farm owners are sure that they will win, Ana Ruiz said."
    quote = Quote(
        QuoteKind.INDIRECT,
        span(text, "that they will win"),
        span(text, "said"),
        span(text, "they"),
    )
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker is None


SUBJECTLESS_CASES = [
    ("He took money from people. Keeps saying she opposed the war.", "Keeps", None),
    ("Bob Jones spoke at noon. Jones saying so was odd.", "Jones", "bob-jones"),
]


@pytest.mark.parametrize(("text", "mention", "speaker"), SUBJECTLESS_CASES)
def test_a_subjectless_line_has_no_speaker(text: str, mention: str, speaker: str | None) -> None:
    cue = span(text, "saying")
    content = Span.of(text, cue.end + 1, len(text) - 1)
    quote = Quote(QuoteKind.INDIRECT, content, cue, span(text, mention))
    resolved, _ = resolve(text, [quote])
    assert resolved[0].speaker == speaker
