"""The contract between stages: every table convo reads or writes has its schema here.

A run works on *call batches*: Arrow record batches with one row per input (``CALL_BATCH``).
Each stage takes such a batch and returns it with more columns filled in; utterances travel
nested inside their call (``utterances: list<struct>``) so that one batch is self-contained and
a stage is a plain ``RecordBatch -> RecordBatch`` function, the shape Ray Data's
``map_batches`` expects. The writer splits finished batches into the published tables:

- ``calls.parquet``       -> ``CALLS``       one row per call that was processed
- ``utterances.parquet``  -> ``UTTERANCES``  one row per utterance
- ``errors.parquet``      -> ``ERRORS``      one row per input that failed, with stage and reason

Later stages add columns; they never rename or retype these. ``SCHEMA_VERSION`` changes when a
published column changes meaning.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

ROLES = ("agent", "customer", "unknown")
CHANNELS = ("voice", "chat", "email", "social")
SOURCE_KINDS = ("audio", "transcript", "aws_transcribe")
STATUS_OK = "ok"
STATUS_ERROR = "error"

WORD = pa.struct(
    [
        pa.field("word", pa.string()),
        pa.field("start_s", pa.float32()),
        pa.field("end_s", pa.float32()),
        pa.field("probability", pa.float32()),
    ]
)

REDACTION = pa.struct(
    [
        pa.field("type", pa.string()),
        pa.field("start_char", pa.int32()),
        pa.field("end_char", pa.int32()),
        pa.field("start_s", pa.float64()),
        pa.field("end_s", pa.float64()),
    ]
)

# Operational data (from a manifest, an --ops file or the transcript itself). Everything is
# optional: a call without ops data still gets analysed.
OPS_FIELDS = [
    pa.field("started_at", pa.timestamp("us", tz="UTC")),
    pa.field("queue", pa.string()),
    pa.field("agent_id", pa.string()),
    pa.field("customer_id", pa.string()),
    pa.field("wait_time_s", pa.float64()),
    pa.field("hold_time_s", pa.float64()),
    pa.field("hold_count", pa.int32()),
    pa.field("transfer_count", pa.int32()),
    pa.field("handle_time_s", pa.float64()),
    pa.field("escalated", pa.bool_()),
    pa.field("resolved", pa.bool_()),
]
OPS_COLUMNS = ("channel",) + tuple(f.name for f in OPS_FIELDS)

# Fields of an utterance that do not repeat the call id; nested in call batches.
UTTERANCE_FIELDS = [
    pa.field("utterance_id", pa.string(), nullable=False),
    pa.field("turn_index", pa.int32(), nullable=False),
    pa.field("speaker", pa.string(), nullable=False),
    pa.field("channel_index", pa.int8()),
    pa.field("start_s", pa.float64()),
    pa.field("end_s", pa.float64()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("words", pa.list_(WORD)),
    pa.field("asr_confidence", pa.float32()),
    pa.field("overlap_s", pa.float32()),
    # Added by the redact stage: what was removed (type, offsets in the redacted text, times), never the value.
    pa.field("redactions", pa.list_(REDACTION)),
]
UTTERANCE = pa.struct(UTTERANCE_FIELDS)

_IDENTITY_FIELDS = [
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("source_sha256", pa.string()),
    pa.field("source_kind", pa.string(), nullable=False),
    pa.field("channel", pa.string()),
]
_MEDIA_FIELDS = [
    pa.field("duration_s", pa.float64()),
    pa.field("audio_channels", pa.int8()),
    pa.field("sample_rate_hz", pa.int32()),
    pa.field("language", pa.string()),
    pa.field("language_probability", pa.float32()),
    pa.field("n_utterances", pa.int32()),
]
_RUN_FIELDS = [
    pa.field("status", pa.string(), nullable=False),
    pa.field("pipeline_version", pa.string()),
    pa.field("asr_model", pa.string()),
]
_METADATA_FIELD = pa.field("metadata", pa.map_(pa.string(), pa.string()))

CALLS = pa.schema(
    _IDENTITY_FIELDS + OPS_FIELDS + [_METADATA_FIELD] + _MEDIA_FIELDS + _RUN_FIELDS,
    metadata={"convo.table": "calls", "convo.schema_version": SCHEMA_VERSION},
)

UTTERANCES = pa.schema(
    [pa.field("call_id", pa.string(), nullable=False)] + UTTERANCE_FIELDS,
    metadata={"convo.table": "utterances", "convo.schema_version": SCHEMA_VERSION},
)

ERRORS = pa.schema(
    [
        pa.field("input_path", pa.string(), nullable=False),
        pa.field("call_id", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error_type", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
    ],
    metadata={"convo.table": "errors", "convo.schema_version": SCHEMA_VERSION},
)

# The working batch: a call row, its nested utterances and, when a stage failed, why.
# ``transcript_json`` carries the parsed turns of text inputs from ingest to the turns stage.
_ERROR_FIELDS = [
    pa.field("error_stage", pa.string()),
    pa.field("error_type", pa.string()),
    pa.field("error_message", pa.string()),
]
CALL_BATCH = pa.schema(
    list(CALLS)
    + [pa.field("utterances", pa.list_(UTTERANCE)), pa.field("transcript_json", pa.string())]
    + _ERROR_FIELDS,
    metadata={"convo.table": "call_batch", "convo.schema_version": SCHEMA_VERSION},
)

TABLES = {"calls": CALLS, "utterances": UTTERANCES, "errors": ERRORS}


def call_batch_from_rows(rows: list[dict]) -> pa.RecordBatch:
    """Build a ``CALL_BATCH`` record batch from row dicts; missing keys become nulls."""
    columns = {name: [row.get(name) for row in rows] for name in CALL_BATCH.names}
    return pa.RecordBatch.from_pydict(columns, schema=CALL_BATCH)


def utterance_id(call_id: str, turn_index: int) -> str:
    """Stable id of an utterance: the call id and the zero-padded turn index."""
    return f"{call_id}#{turn_index:04d}"
