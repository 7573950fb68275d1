"""The redaction stage: right after ASR/transcripts, before any model or storage sees the text."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyarrow as pa

from convo.redact.audio import write_redacted_audio
from convo.redact.redactor import RedactOptions, redact_utterances
from convo.stages import fail_row, rows_of, to_batch

logger = logging.getLogger(__name__)


def _audio_spans(utterances: list[dict[str, Any]], stereo: bool) -> list[tuple[int | None, float, float]]:
    return [
        (u["channel_index"] if stereo else None, r["start_s"], r["end_s"])
        for u in utterances for r in u["redactions"] if r["start_s"] is not None
    ]


class Redactor:
    """Stage: redact PII in every successful call's utterances (and optionally its audio).

    Example:
        >>> stage = Redactor(RedactOptions(audio_dir="out/redacted-audio"))  # doctest: +SKIP
    """

    name = "redact"

    def __init__(self, options: RedactOptions | dict[str, Any] | None = None) -> None:
        if isinstance(options, dict):
            options = RedactOptions(**options)
        self.options = options or RedactOptions()

    def _row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["utterances"] = redact_utterances(row["utterances"] or [], self.options)
        if self.options.audio_dir and row["source_kind"] == "audio":
            source = Path(row["source_path"])
            target = Path(self.options.audio_dir) / f"{row['call_id']}{source.suffix}"
            spans = _audio_spans(row["utterances"], (row["audio_channels"] or 1) == 2)
            write_redacted_audio(source, target, spans, fill=self.options.audio_fill)
        return row

    def __call__(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        if not self.options.enabled:
            return batch
        rows = rows_of(batch)
        for i, row in enumerate(rows):
            if row["error_stage"] is None and row["utterances"] is not None:
                try:
                    rows[i] = self._row(row)
                except Exception as exc:  # noqa: BLE001 - one bad call must not end the batch
                    logger.error("redaction failed for call %s: %s", row["call_id"], type(exc).__name__)
                    rows[i] = fail_row(row, self.name, exc)
        return to_batch(rows)
