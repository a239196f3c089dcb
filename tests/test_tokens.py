"""The quotes stage's tokenizer: every non-blank character in exactly one token, offsets exact."""

from __future__ import annotations

import pytest

from copydesk.stages.quote_cues import Token, tokens_between


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Baqai said.", 0, 11, [(0, 5, "Baqai"), (6, 11, "said.")]),
        (
            "  U.S. officials’ view  ",
            0,
            24,
            [(2, 6, "U.S."), (7, 16, "officials"), (16, 17, "’"), (18, 22, "view")],
        ),
        (
            "he said:\u00a0“no”\n\t",
            0,
            17,
            [
                (0, 2, "he"),
                (3, 7, "said"),
                (7, 8, ":"),
                (9, 10, "“"),
                (10, 12, "no"),
                (12, 13, "”"),
            ],
        ),
        ("mid-word start", 2, 14, [(2, 8, "d-word"), (9, 14, "start")]),
        ("cut at the end", 0, 6, [(0, 3, "cut"), (4, 6, "at")]),
        ("bounds beyond", -4, 99, [(0, 6, "bounds"), (7, 13, "beyond")]),
        ("   ", 0, 3, []),
        ("text", 3, 1, []),
        ("text", 0, -2, []),
    ],
)
def test_tokens_between(text, start, end, expected):
    tokens = tokens_between(text, start, end)
    assert tokens == [Token(*t) for t in expected]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_every_non_blank_character_is_in_one_token():
    text = "“It’s 3.5%,” Mr. O’Neil said — twice…\u2028 ok?! (a&b) __x__ "
    covered = [i for t in tokens_between(text, 0, len(text)) for i in range(t.start, t.end)]
    assert covered == [i for i, char in enumerate(text) if not char.isspace()]
