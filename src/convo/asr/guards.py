"""Hallucination guards: keep invented text out of the dataset.

Whisper invents text over silence, hold music and noise ("Thank you for watching", a phrase
looped ten times, ``[Music]``). VAD removes most non-speech before decoding; these guards catch
what gets through, per segment and per word. Each is a named heuristic with a threshold in
:class:`GuardOptions`; ``tests/asr/test_guards.py`` and the hold-music test measure them.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Any

# Bracketed sound annotations and music notes Whisper emits for non-speech.
_ANNOTATION = re.compile(r"\[[^\]]*\]|\([^)]*\)|[♪♫♬#*]+")
_LETTER = re.compile(r"[^\W_]", re.UNICODE)
# Phrases from subtitle credits in Whisper's training data; never said on a service call.
SUBTITLE_PHRASES = (
    "thank you for watching", "thanks for watching", "please subscribe", "subtitles by",
    "transcribed by", "amara.org", "like and subscribe", "see you in the next video",
)


@dataclass(frozen=True)
class GuardOptions:
    """Thresholds of the hallucination guards (Whisper's own defaults where it has one)."""

    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    min_word_probability: float = 0.05
    hallucination_silence_s: float = 2.0
    max_phrase_repeats: int = 2
    max_phrase_words: int = 8


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


def _norm(word: str) -> str:
    return re.sub(r"[^\w']", "", word.lower())


def strip_annotations(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop words that are sound annotations (``[Music]``, ``(upbeat music)``, ♪) or carry no letters or digits.

    An annotation may be split over several words: everything from an opening bracket to its
    closing bracket goes.
    """
    kept, inside = [], None
    closing = {"[": "]", "(": ")"}
    for word in words:
        text = word["word"].strip()
        if inside:
            if inside in text:
                inside = None
            continue
        if text[:1] in closing and closing[text[:1]] not in text:
            inside = closing[text[:1]]
            continue
        if _LETTER.search(_ANNOTATION.sub("", text)):
            kept.append(word)
    return kept


NUMBER_WORDS = frozenset(
    "zero oh o one two three four five six seven eight nine ten double triple hundred thousand".split()
)


def _is_number(token: str) -> bool:
    return token.isdigit() or token in NUMBER_WORDS


def collapse_repeats(words: list[dict[str, Any]], *, max_repeats: int, max_phrase_words: int) -> list[dict[str, Any]]:
    """Keep at most ``max_repeats`` consecutive copies of any phrase of up to ``max_phrase_words`` words.

    Phrases made only of digits or number words are exempt: customers read out numbers.
    """
    tokens = [_norm(w["word"]) for w in words]
    keep = [True] * len(words)
    i = 0
    while i < len(tokens):
        advanced = False
        for n in range(1, max_phrase_words + 1):
            phrase = tokens[i : i + n]
            if len(phrase) < n or not any(phrase):
                break
            if all(_is_number(t) for t in phrase):
                continue  # digits read out ("one one one one") repeat legitimately
            copies = 1
            while tokens[i + copies * n : i + (copies + 1) * n] == phrase:
                copies += 1
            if copies > max_repeats:
                for j in range(i + max_repeats * n, i + copies * n):
                    keep[j] = False
                i += copies * n
                advanced = True
                break
        if not advanced:
            i += 1
    return [w for w, k in zip(words, keep) if k]


def _mostly_numbers(text: str) -> bool:
    """Digits read out ("four one one one, one one one one …") compress well but are speech."""
    tokens = [_norm(t) for t in text.split()]
    return sum(_is_number(t) for t in tokens) >= 0.5 * max(1, len(tokens))


def is_subtitle_credit(text: str) -> bool:
    lowered = text.lower()
    return any(phrase in lowered for phrase in SUBTITLE_PHRASES)


def segment_rejected(segment: Any, options: GuardOptions) -> str | None:
    """Why a whole segment is rejected (Whisper's no-speech and compression rules), or ``None``."""
    if segment.no_speech_prob > options.no_speech_threshold and segment.avg_logprob < options.log_prob_threshold:
        return "no_speech"
    ratio = compression_ratio(segment.text)
    # Digits read out compress well but are speech; a decoder loop compresses far better still.
    limit = options.compression_ratio_threshold * (1.75 if _mostly_numbers(segment.text) else 1.0)
    if ratio > limit and len(segment.text) > 40:
        return "compression_ratio"
    if is_subtitle_credit(segment.text):
        return "subtitle_credit"
    return None


def clean_words(words: list[dict[str, Any]], options: GuardOptions) -> list[dict[str, Any]]:
    """Word-level guards: annotations out, near-zero-probability words out, loops collapsed."""
    words = strip_annotations(words)
    words = [w for w in words if w["probability"] >= options.min_word_probability]
    return collapse_repeats(words, max_repeats=options.max_phrase_repeats, max_phrase_words=options.max_phrase_words)
