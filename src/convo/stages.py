"""Stage helpers and the light stages every run has.

A stage is a callable ``RecordBatch -> RecordBatch`` over ``schema.CALL_BATCH``. It fills columns
of the rows it handles, passes other rows through, and records its own failures on the row
(``error_stage``, ``error_type``, ``error_message``) instead of raising, so one bad call never
ends a batch. Heavier stages (ASR, later understanding and effort) are classes with a ``name``
attribute that load their models lazily; they live in their own packages.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from convo import turns
from convo.redact.redactor import scrub
from convo.schema import STATUS_ERROR, STATUS_OK, call_batch_from_rows


def rows_of(batch: pa.RecordBatch) -> list[dict[str, Any]]:
    return batch.to_pylist()


def to_batch(rows: list[dict[str, Any]]) -> pa.RecordBatch:
    return call_batch_from_rows(rows)


def fail_row(row: dict[str, Any], stage: str, exc: BaseException) -> dict[str, Any]:
    """Mark ``row`` as failed at ``stage`` with the exception's type and message."""
    row.update(
        status=STATUS_ERROR, error_stage=stage, error_type=type(exc).__name__,
        error_message=scrub(str(exc)) or type(exc).__name__, utterances=None,
    )
    return row


def _transcript_utterances(row: dict[str, Any]) -> list[dict[str, Any]]:
    parsed = [t for t in json.loads(row["transcript_json"]) if t["text"]]
    if not parsed:
        raise ValueError("transcript has no turns with text")
    for turn in parsed:
        turn["channel_index"] = None
        if turn.get("words"):
            turn["asr_confidence"] = sum(w["probability"] for w in turn["words"]) / len(turn["words"])
    return turns.finalize(row["call_id"], parsed)


class TranscriptTurns:
    """Stage: utterances for text conversations (chat, e-mail, imported transcripts)."""

    name = "turns"

    def __call__(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        rows = rows_of(batch)
        for row in rows:
            if row["transcript_json"] is None or row["error_stage"] is not None:
                continue
            try:
                row["utterances"] = _transcript_utterances(row)
            except (ValueError, KeyError) as exc:
                fail_row(row, self.name, exc)
            row["transcript_json"] = None
            if row["utterances"]:
                ends = [u["end_s"] for u in row["utterances"] if u["end_s"] is not None]
                row["duration_s"] = max(ends) if ends else None
        return to_batch(rows)


class Finalize:
    """Stage: status, utterance count and pipeline version on every row."""

    name = "finalize"

    def __init__(self, pipeline_version: str) -> None:
        self.pipeline_version = pipeline_version

    def __call__(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        rows = rows_of(batch)
        for row in rows:
            row["pipeline_version"] = self.pipeline_version
            row["transcript_json"] = None
            if row["error_stage"] is None:
                row["status"] = STATUS_OK
                row["n_utterances"] = len(row["utterances"] or [])
            else:
                row["status"] = STATUS_ERROR
        return to_batch(rows)
