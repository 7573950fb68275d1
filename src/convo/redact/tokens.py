"""The unit the redaction stream is made of: a normalised word and the original span it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    utt: int
    start: int  # original character span in utterance ``utt``
    end: int
