"""The unit the redaction stream is made of: a normalised word and the original span it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    utt: int
    start: int  # original character span in utterance ``utt``
    end: int


CONFIRMING = frozenset("yes yeah yep yup correct right that's thats".split())


def confirms(tokens: list[Token], echoed: list[str]) -> bool:
    """The turn opens by saying again the piece the other side has just echoed ("was that 8 2 7 0 ?" / "yeah 8 2 7 0 ,
    then 9 3 3 7 …"): a confirmation, whose digits are a repeat, not more of the reading."""
    said = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    while said and said[0] in CONFIRMING:
        said = said[1:]
    echoed = [w for w in echoed if any(c.isalnum() for c in w)]
    return bool(echoed) and said[: len(echoed)] == echoed and any(w.isdigit() for w in echoed)
