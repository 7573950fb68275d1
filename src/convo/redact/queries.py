"""The agent's questions about a character or a part of the caller's reading ("the fourth digit, was that eight?",
"the digit after double seven, was that three?", "so i've got a for alpha first") and the caller's one-word answer
("yep eight", "nope, e for edward")."""

from __future__ import annotations

from convo.redact.numbers import HOMOPHONES, UNITS
from convo.redact.reading import said_with_word
from convo.redact.stream import NATO
from convo.redact.tokens import Token


_PLACE = (("at", "the", "end"), ("at", "the", "start"), ("at", "the", "beginning"), ("on", "the", "end"))


_QUERY_LEAD = (("was", "that"), ("is", "that"), ("was", "it"), ("is", "it"), ("that", "was"), ("it", "was"), ("got", "a"),
               ("i've", "got"), ("have", "got"))
_QUERY_TAIL = frozenset({"?", "there", "right", "yeah", "first", "then", "again", "or"})
_AFTER_PLACE = frozenset({"digit", "number", "letter", "character", "one"})


LONE_DIGIT = {**HOMOPHONES, "o": "0", "oh": "0"}
YES_NO = frozenset("yes yeah yep yup correct nope no nah right that's it's its it is".split())


def single(t: Token) -> bool:
    return t.text in UNITS or (len(t.text) == 1 and t.text.isalnum()) or t.text in NATO


def placed_digits(tokens: list[Token]) -> list[int]:
    """Characters the agent asks about in the caller's reading (up to four, commas between): said with their place
    ("sorry was that one at the end there", which the stream leaves words: "that one"; "was that one, four, two at
    the start?"), the characters a question is about ("the fourth digit, was that eight?", "so i've got a for alpha
    first"), and the digits a question is placed after ("the digit after eight eight, was that three?")."""
    def member(t: Token) -> bool:
        return single(t) or (t.text.isdigit() and len(t.text) <= 2)

    out: list[int] = []
    i = 0
    while i < len(tokens):
        if not member(tokens[i]):
            i += 1
            continue
        j, run = i, []
        while j < len(tokens) and (member(tokens[j]) or tokens[j].text == ","):
            if tokens[j].text != ",":
                run.append(j)
            j += 1
        before = tuple(x.text for x in tokens[max(0, i - 2) : i])
        rest = [x.text for x in tokens[j:] if x.text not in (",", ".")]
        placed = tuple(x.text for x in tokens[run[-1] + 1 : run[-1] + 4]) in _PLACE
        asked = before in _QUERY_LEAD and (not rest or rest[0] in _QUERY_TAIL or placed) and all(single(tokens[k]) for k in run)
        after = before[-1:] == ("after",) and before[0] in _AFTER_PLACE  # "the digit after eight eight"
        article = len(run) == 1 and tokens[run[0]].text in ("a", "i") and not said_with_word(tokens[run[0]])
        if len(run) <= 4 and (placed or asked or after) and not article:
            out += run
        i = j
    return out
