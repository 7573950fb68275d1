"""Utterances: group recognised words into turns per speaker, order them, mark overtalk.

A channel's words form one utterance until the speaker pauses longer than ``max_gap_s`` or
the other side says something in the pause. Utterances of all speakers are then ordered by
start time (ties: channel order), numbered, and each gets ``overlap_s``: the seconds during
which another speaker was talking too.
"""

from __future__ import annotations

import bisect
from typing import Any

from convo.schema import utterance_id

DEFAULT_MAX_GAP_S = 1.0


def _other_word_in_gap(gap_start: float, gap_end: float, other_starts: list[float]) -> bool:
    i = bisect.bisect_left(other_starts, gap_start)
    return i < len(other_starts) and other_starts[i] < gap_end


def group_words(words_by_channel: list[list[dict[str, Any]]], roles: list[str], *, max_gap_s: float = DEFAULT_MAX_GAP_S) -> list[dict[str, Any]]:
    """Group each channel's time-ordered words into utterance dicts (unnumbered)."""
    utterances: list[dict[str, Any]] = []
    for channel, words in enumerate(words_by_channel):
        other_starts = sorted(w["start_s"] for c, ws in enumerate(words_by_channel) if c != channel for w in ws)
        current: list[dict[str, Any]] = []
        for word in words:
            if current:
                gap_start, gap_end = current[-1]["end_s"], word["start_s"]
                if gap_end - gap_start > max_gap_s or _other_word_in_gap(gap_start, gap_end, other_starts):
                    utterances.append(_from_words(current, roles[channel], channel))
                    current = []
            current.append(word)
        if current:
            utterances.append(_from_words(current, roles[channel], channel))
    return utterances


def _from_words(words: list[dict[str, Any]], speaker: str, channel: int) -> dict[str, Any]:
    text = "".join(w["word"] for w in words).strip()
    words = [{**w, "word": w["word"].strip()} for w in words]
    confidence = sum(w["probability"] for w in words) / len(words)
    return {
        "speaker": speaker, "channel_index": channel, "start_s": float(words[0]["start_s"]),
        "end_s": float(words[-1]["end_s"]), "text": text, "words": words, "asr_confidence": confidence,
    }


def _merged(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps(utterances: list[dict[str, Any]]) -> list[float]:
    """Seconds of each utterance during which any other speaker talks (counted once)."""
    overlap = [0.0] * len(utterances)
    for i, a in enumerate(utterances):
        others = [
            (b["start_s"], b["end_s"]) for b in utterances
            if b["speaker"] != a["speaker"] and b["start_s"] < a["end_s"] and b["end_s"] > a["start_s"]
        ]
        for start, end in _merged(others):
            overlap[i] += min(a["end_s"], end) - max(a["start_s"], start)
    return overlap


def finalize(call_id: str, utterances: list[dict[str, Any]], *, sort: bool = True) -> list[dict[str, Any]]:
    """Order utterances, assign ``turn_index`` and ``utterance_id``, compute ``overlap_s``.

    Example:
        >>> rows = finalize("c1", [{"speaker": "agent", "start_s": 0.0, "end_s": 2.0, "text": "Hello"},
        ...                        {"speaker": "customer", "start_s": 1.5, "end_s": 3.0, "text": "Hi"}])
        >>> [(r["utterance_id"], r["overlap_s"]) for r in rows]
        [('c1#0000', 0.5), ('c1#0001', 0.5)]
    """
    timed = all(u.get("start_s") is not None for u in utterances)
    if sort and timed:
        utterances = sorted(utterances, key=lambda u: (u["start_s"], u.get("channel_index") or 0))
    overlap = _overlaps(utterances) if timed else [None] * len(utterances)
    return [
        {
            "utterance_id": utterance_id(call_id, i), "turn_index": i, "speaker": u["speaker"],
            "channel_index": u.get("channel_index"), "start_s": u.get("start_s"), "end_s": u.get("end_s"),
            "text": u["text"], "words": u.get("words"), "asr_confidence": u.get("asr_confidence"),
            "overlap_s": None if overlap[i] is None else round(overlap[i], 3),
        }
        for i, u in enumerate(utterances)
    ]
