"""Text conversations: convo's transcript JSON and Amazon Transcribe output.

convo's format is published as JSON Schema in ``convo/data/transcript.schema.json`` (see
docs/transcripts.md). Parsing returns a :class:`Conversation`: the call id, its ops/metadata
fields (validated later by :mod:`convo.ingest.ops`) and a list of normalised turns.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from convo.errors import TranscriptError

_TOP_LEVEL = {
    "schema_version", "call_id", "channel", "language", "started_at", "queue", "agent_id",
    "customer_id", "wait_time_s", "hold_time_s", "hold_count", "transfer_count",
    "handle_time_s", "escalated", "resolved", "metadata", "turns",
}
_TURN_KEYS = {"speaker", "text", "start_s", "end_s"}
_AWS_ROLES = {"AGENT": "agent", "CUSTOMER": "customer"}


@dataclass
class Conversation:
    """A parsed text conversation, ready to become a call row."""

    call_id: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    turns: list[dict[str, Any]] = field(default_factory=list)
    language: str | None = None


def _time(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TranscriptError(f"{where} must be a number of seconds, got {value!r}")
    if value < 0:
        raise TranscriptError(f"{where} is negative ({value})")
    return float(value)


def _turn(raw: Any, index: int) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TranscriptError(f"turns[{index}] is not an object")
    unknown = set(raw) - _TURN_KEYS
    if unknown:
        raise TranscriptError(f"turns[{index}] has unknown keys {sorted(unknown)}; allowed: {sorted(_TURN_KEYS)}")
    speaker, text = raw.get("speaker"), raw.get("text")
    if not isinstance(speaker, str) or not speaker.strip():
        raise TranscriptError(f"turns[{index}].speaker must be a non-empty string, got {speaker!r}")
    if not isinstance(text, str):
        raise TranscriptError(f"turns[{index}].text must be a string, got {type(text).__name__}")
    start = _time(raw.get("start_s"), f"turns[{index}].start_s")
    end = _time(raw.get("end_s"), f"turns[{index}].end_s")
    if start is not None and end is not None and end < start:
        raise TranscriptError(f"turns[{index}] ends before it starts (start_s={start}, end_s={end})")
    return {"speaker": speaker.strip().lower(), "text": text.strip(), "start_s": start, "end_s": end, "words": None}


def parse_convo(doc: dict[str, Any]) -> Conversation:
    """Validate and normalise one conversation in convo's transcript format."""
    unknown = set(doc) - _TOP_LEVEL
    if unknown:
        raise TranscriptError(f"unknown top-level keys {sorted(unknown)}; put custom fields under 'metadata'")
    call_id = doc.get("call_id")
    if not isinstance(call_id, str) or not call_id.strip():
        raise TranscriptError(f"call_id must be a non-empty string, got {call_id!r}")
    turns = doc.get("turns")
    if not isinstance(turns, list) or not turns:
        raise TranscriptError(f"conversation {call_id!r} has no turns (expected a non-empty 'turns' list)")
    metadata = doc.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise TranscriptError("metadata must be an object of key/value pairs")
    language = doc.get("language")
    if language is not None and (not isinstance(language, str) or not language.strip()):
        raise TranscriptError(f"language must be a language code such as 'en', got {language!r}")
    fields = {k: v for k, v in doc.items() if k not in {"call_id", "turns", "metadata", "language", "schema_version"}}
    fields.setdefault("channel", "chat")
    fields.update({str(k): v for k, v in metadata.items() if k not in fields})
    parsed = [_turn(raw, i) for i, raw in enumerate(turns)]
    return Conversation(call_id.strip(), "transcript", fields, parsed, language)


def _millis(value: Any, where: str) -> float:
    seconds = _time(value, where)
    if seconds is None:
        raise TranscriptError(f"{where} is missing")
    return seconds / 1000.0


def _seconds(value: Any, where: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TranscriptError(f"{where} must be a number of seconds, got {value!r}") from None
    seconds = _time(number, where)
    assert seconds is not None
    return seconds


def _aws_words(items: Any, where: str) -> list[dict[str, Any]]:
    words = []
    for j, item in enumerate(items or []):
        if not isinstance(item, dict) or item.get("Type", "pronunciation") != "pronunciation":
            continue
        confidence = item.get("Confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
            raise TranscriptError(f"{where}.Items[{j}].Confidence must be a number, got {confidence!r}")
        words.append({
            "word": str(item.get("Content", "")),
            "start_s": _millis(item.get("BeginOffsetMillis"), f"{where}.Items[{j}].BeginOffsetMillis"),
            "end_s": _millis(item.get("EndOffsetMillis"), f"{where}.Items[{j}].EndOffsetMillis"),
            "probability": float(confidence),
        })
    return words


def parse_aws_call_analytics(doc: dict[str, Any], default_call_id: str) -> Conversation:
    """Amazon Transcribe Call Analytics output: ``Transcript`` segments with ``ParticipantRole``."""
    turns = []
    for i, seg in enumerate(doc["Transcript"]):
        if not isinstance(seg, dict) or "Content" not in seg:
            raise TranscriptError(f"Transcript[{i}] has no 'Content'")
        role = str(seg.get("ParticipantRole", "unknown"))
        start = _millis(seg.get("BeginOffsetMillis"), f"Transcript[{i}].BeginOffsetMillis")
        end = _millis(seg.get("EndOffsetMillis"), f"Transcript[{i}].EndOffsetMillis")
        if start is not None and end is not None and end < start:
            raise TranscriptError(f"Transcript[{i}] ends before it starts")
        turns.append({
            "speaker": _AWS_ROLES.get(role.upper(), role.lower()),
            "text": str(seg["Content"]).strip(),
            "start_s": start,
            "end_s": end,
            "words": _aws_words(seg.get("Items", []), f"Transcript[{i}]"),
        })
    if not turns:
        raise TranscriptError("Amazon Transcribe output has an empty Transcript")
    call_id = str(doc.get("JobName") or default_call_id)
    language = doc.get("LanguageCode")
    fields: dict[str, Any] = {"channel": str(doc.get("Channel", "voice")).lower()}
    return Conversation(call_id, "aws_transcribe", fields, turns, language.split("-")[0] if language else None)


def parse_aws_standard(doc: dict[str, Any], default_call_id: str) -> Conversation:
    """Plain Amazon Transcribe output with ``results.audio_segments`` (speaker or channel labels)."""
    segments = doc["results"].get("audio_segments") or []
    if not segments:
        raise TranscriptError("Amazon Transcribe output has no results.audio_segments (re-run with speaker or channel identification)")
    turns = []
    for i, seg in enumerate(segments):
        label = seg.get("channel_label") or seg.get("speaker_label") or "unknown"
        if not isinstance(seg, dict):
            raise TranscriptError(f"audio_segments[{i}] is not an object")
        start = _seconds(seg.get("start_time"), f"audio_segments[{i}].start_time")
        end = _seconds(seg.get("end_time"), f"audio_segments[{i}].end_time")
        if start is not None and end is not None and end < start:
            raise TranscriptError(f"audio_segments[{i}] ends before it starts")
        turns.append({"speaker": str(label).lower(), "text": str(seg.get("transcript", "")).strip(),
                      "start_s": start, "end_s": end, "words": None})
    call_id = str(doc.get("jobName") or default_call_id)
    return Conversation(call_id, "aws_transcribe", {"channel": "voice"}, turns, None)


def parse_document(doc: Any, default_call_id: str) -> Conversation:
    """Recognise the format of a decoded JSON document and parse it."""
    if not isinstance(doc, dict):
        raise TranscriptError(f"expected a JSON object, got {type(doc).__name__}")
    if "turns" in doc or "call_id" in doc:
        return parse_convo(doc)
    if isinstance(doc.get("Transcript"), list):
        return parse_aws_call_analytics(doc, default_call_id)
    if isinstance(doc.get("results"), dict):
        return parse_aws_standard(doc, default_call_id)
    raise TranscriptError(
        "unrecognised JSON: expected convo's transcript format (call_id, turns) "
        "or Amazon Transcribe output (Transcript or results.audio_segments)"
    )


def loads(text: str, default_call_id: str) -> Conversation:
    """Parse one JSON text (a .json file or one .jsonl line)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"malformed JSON: {exc}") from None
    return parse_document(doc, default_call_id)
