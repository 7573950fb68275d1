"""Property: a Luhn-valid card number in any grouping, typed or spoken, is always redacted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convo.redact.patterns import luhn_valid
from convo.redact.redactor import scrub

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _with_check_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError("unreachable")


cards = st.integers(min_value=12, max_value=18).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n).map(lambda b: _with_check_digit("4" + b[1:]))
)


@st.composite
def grouped(draw, number: str) -> str:
    out, i = [], 0
    while i < len(number):
        size = draw(st.integers(min_value=1, max_value=6))
        out.append(number[i : i + size])
        i += size
    sep = draw(st.sampled_from([" ", "-", " - ", ", "]))
    return sep.join(out)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), number=cards, prefix=st.sampled_from(["", "my card is ", "it's ", "ok so "]))
def test_typed_card_in_any_grouping_is_redacted(data, number, prefix):
    text = prefix + data.draw(grouped(number)) + " thanks"
    out = scrub(text)
    assert "[CARD_NUMBER]" in out
    assert sum(c.isdigit() for c in out) < 4, out


@settings(max_examples=150, deadline=None)
@given(number=cards, oh=st.booleans())
def test_spoken_card_is_redacted(number, oh):
    words = [("oh" if oh and d == "0" else WORDS[int(d)]) for d in number]
    out = scrub("the number is " + " ".join(words))
    assert out == "the number is [CARD_NUMBER]"
