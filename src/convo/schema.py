"""The contract between stages: every table convo reads or writes has its schema here.

A run works on *call batches*: Arrow record batches with one row per input (``CALL_BATCH``).
Each stage takes such a batch and returns it with more columns filled in; utterances travel
nested inside their call (``utterances: list<struct>``) so that one batch is self-contained and
a stage is a plain ``RecordBatch -> RecordBatch`` function, the shape Ray Data's
``map_batches`` expects. The writer splits finished batches into the published tables:

- ``calls.parquet``       -> ``CALLS``       one row per call that was processed
- ``utterances.parquet``  -> ``UTTERANCES``  one row per utterance
- ``embeddings.parquet``  -> ``EMBEDDINGS``  one shared-encoder vector per utterance (when understood)
- ``errors.parquet``      -> ``ERRORS``      one row per input that failed, with stage and reason
- ``friction.parquet``    -> ``FRICTION``    effort by intent × channel × queue × week (the effort pass)

Later stages add columns; they never rename or retype these. ``SCHEMA_VERSION`` changes when a
published column changes meaning.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

ROLES = ("agent", "customer", "unknown")  # "unknown" only with --no-understand (speaker_label has the source label)
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
# Added by the understand stage (see convo/understand/). ``speaker`` is the role; the label the
# source gave (channel role, transcript name, "s1"/"s2" from a mono split) stays in ``speaker_label``.
EMBEDDING_DIM = 384
UNDERSTANDING_FIELDS = [
    pa.field("speaker_label", pa.string()),
    pa.field("role_source", pa.string()),  # channel | transcript | classifier
    pa.field("emotion", pa.string()),
    pa.field("emotion_scores", pa.map_(pa.string(), pa.float32())),
    pa.field("sentiment", pa.float32()),  # [-1, 1]
    pa.field("intent", pa.string()),  # a reason of the intent model's taxonomy, or "other"
    pa.field("intent_score", pa.float32()),
    pa.field("markers", pa.list_(pa.string())),
]
UTTERANCE_FIELDS = UTTERANCE_FIELDS + UNDERSTANDING_FIELDS
# The shared encoder's sentence vector travels with the utterance and is published apart, in
# ``embeddings.parquet``, so the utterances table stays light.
_EMBEDDING_FIELD = pa.field("embedding", pa.list_(pa.float32(), EMBEDDING_DIM))
UTTERANCE = pa.struct(UTTERANCE_FIELDS + [_EMBEDDING_FIELD])

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
INTENT = pa.struct(
    [pa.field("label", pa.string()), pa.field("score", pa.float32()), pa.field("evidence", pa.list_(pa.string()))]
)
_UNDERSTANDING_CALL_FIELDS = [
    pa.field("intent_model", pa.string()),
    pa.field("intents", pa.list_(INTENT)),  # every contact reason present, best first
    pa.field("primary_intent", pa.string()),
    # customer emotion summary: share of negative utterances, the most negative utterance's
    # negative probability, and last third minus first third of the per-utterance negativity
    pa.field("customer_negative_share", pa.float32()),
    pa.field("customer_peak_negativity", pa.float32()),
    pa.field("customer_negativity_change", pa.float32()),
    pa.field("customer_sentiment", pa.float32()),  # mean customer sentiment in [-1, 1]
    pa.field("dominant_customer_emotion", pa.string()),  # the customer's most frequent emotion other than neutral
]

# Added by the effort pass (see convo/effort/ and docs/effort.md): predicted CES 2.0 (1-7, 7 = very
# easy) and its exact explanation, ``ces_baseline + sum(effort_drivers.contribution) == ces``.
EVIDENCE = pa.struct(
    [pa.field("utterance_id", pa.string()), pa.field("start_s", pa.float64()), pa.field("quote", pa.string())]
)
EFFORT_DRIVER = pa.struct(
    [
        pa.field("driver", pa.string()),  # a feature name, e.g. transfer_count, neg_peak, customer_language
        pa.field("kind", pa.string()),  # do (process, operations) | feel (emotion, language)
        pa.field("value", pa.float64()),  # the driver's value in this call
        pa.field("contribution", pa.float32()),  # CES points (negative = made the contact harder)
        pa.field("evidence", pa.list_(EVIDENCE)),  # utterances behind the value, quotes from the redacted text
    ]
)
_EFFORT_CALL_FIELDS = [
    pa.field("ces", pa.float32()),  # expected CES, 1-7
    pa.field("ces_dist", pa.list_(pa.float32())),  # P(CES = 1) … P(CES = 7)
    pa.field("high_effort_prob", pa.float32()),  # P(CES <= 3)
    pa.field("ces_baseline", pa.float32()),  # expected CES of a call with every driver at its reference
    pa.field("effort_drivers", pa.list_(EFFORT_DRIVER)),  # largest |contribution| first
    pa.field("effort_model", pa.string()),
]

CALLS = pa.schema(
    _IDENTITY_FIELDS + OPS_FIELDS + [_METADATA_FIELD] + _MEDIA_FIELDS + _UNDERSTANDING_CALL_FIELDS
    + _EFFORT_CALL_FIELDS + _RUN_FIELDS,
    metadata={"convo.table": "calls", "convo.schema_version": SCHEMA_VERSION},
)

UTTERANCES = pa.schema(
    [pa.field("call_id", pa.string(), nullable=False)] + UTTERANCE_FIELDS,
    metadata={"convo.table": "utterances", "convo.schema_version": SCHEMA_VERSION},
)

EMBEDDINGS = pa.schema(
    [
        pa.field("call_id", pa.string(), nullable=False),
        pa.field("utterance_id", pa.string(), nullable=False),
        pa.field("turn_index", pa.int32(), nullable=False),
        pa.field("vector", pa.list_(pa.float32(), EMBEDDING_DIM), nullable=False),
    ],
    metadata={"convo.table": "embeddings", "convo.schema_version": SCHEMA_VERSION,
              "convo.encoder": "all-MiniLM-L6-v2, mean pooled, L2-normalised"},
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

# Written by every run (empty when no call was scored): effort by intent × channel × queue × ISO week.
FRICTION_DRIVER = pa.struct(
    [
        pa.field("driver", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("mean_contribution", pa.float64()),  # CES points, averaged over all the group's calls
        pa.field("calls", pa.int64()),  # calls of the group the driver made harder
    ]
)
FRICTION = pa.schema(
    [
        pa.field("intent", pa.string()),  # the calls' primary_intent (null: none found or not understood)
        pa.field("channel", pa.string()),
        pa.field("queue", pa.string()),
        pa.field("week", pa.string()),  # ISO week, e.g. 2024-W03; null for calls without started_at
        pa.field("week_start", pa.date32()),
        pa.field("volume", pa.int64()),  # calls
        pa.field("mean_ces", pa.float64()),
        pa.field("high_effort_share", pa.float64()),  # share of calls with high_effort_prob >= 0.5
        pa.field("mean_high_effort_prob", pa.float64()),  # the expected share of high-effort calls
        pa.field("top_drivers", pa.list_(FRICTION_DRIVER)),  # most effort-adding first (at most 3)
    ],
    metadata={"convo.table": "friction", "convo.schema_version": SCHEMA_VERSION},
)

TABLES = {"calls": CALLS, "utterances": UTTERANCES, "embeddings": EMBEDDINGS, "errors": ERRORS, "friction": FRICTION}


def call_batch_from_rows(rows: list[dict]) -> pa.RecordBatch:
    """Build a ``CALL_BATCH`` record batch from row dicts; missing keys become nulls."""
    columns = {name: [row.get(name) for row in rows] for name in CALL_BATCH.names}
    return pa.RecordBatch.from_pydict(columns, schema=CALL_BATCH)


def utterance_id(call_id: str, turn_index: int) -> str:
    """Stable id of an utterance: the call id and the zero-padded turn index."""
    return f"{call_id}#{turn_index:04d}"


# --- topics (convo/topics/) --------------------------------------------------------------------
# Written into a topics folder (``convo topics fit --out TOPICS_DIR``), never into a run directory,
# and published per tenant into the store (``tenants/<tenant>/topics/``). ``topic_id`` -1 = no topic.
REPRESENTATIVE = pa.struct(
    [pa.field("utterance_id", pa.string()), pa.field("call_id", pa.string()), pa.field("text", pa.string())]
)
TOPICS = pa.schema(
    [
        pa.field("topic_id", pa.int32(), nullable=False),  # stable: never renumbered by `topics update`
        pa.field("label", pa.string(), nullable=False),  # the first c-TF-IDF keywords
        pa.field("keywords", pa.list_(pa.string())),
        pa.field("keyword_scores", pa.list_(pa.float32())),
        pa.field("size", pa.int64()),  # units (utterances or calls) assigned, all windows
        pa.field("n_calls", pa.int64()),
        pa.field("representatives", pa.list_(REPRESENTATIVE)),  # nearest the centroid first
        pa.field("centroid", pa.list_(pa.float32(), EMBEDDING_DIM)),  # L2-normalised, in encoder space
        pa.field("min_similarity", pa.float32()),  # cosine to the centroid a unit needs to join
        pa.field("similarity_quantiles", pa.list_(pa.float32())),  # members' cosines at 0, 10 … 100 %
        pa.field("created_at", pa.timestamp("us", tz="UTC")),
        pa.field("created_window", pa.int32()),
        pa.field("window_calls", pa.int64()),  # calls with the topic in the latest window
        pa.field("previous_window_calls", pa.int64()),
        pa.field("share", pa.float64()),  # of the latest window's calls
        pa.field("previous_share", pa.float64()),
        pa.field("emerging", pa.bool_()),
        pa.field("mean_ces", pa.float64()),  # null until the effort stage has scored the calls
        pa.field("high_effort_share", pa.float64()),
    ],
    metadata={"convo.table": "topics", "convo.schema_version": SCHEMA_VERSION},
)
TOPIC_ASSIGNMENTS = pa.schema(
    [
        pa.field("utterance_id", pa.string()),  # null when calls are the clustered unit
        pa.field("call_id", pa.string(), nullable=False),
        pa.field("topic_id", pa.int32(), nullable=False),
        pa.field("probability", pa.float32()),
        pa.field("similarity", pa.float32()),  # cosine to the topic's centroid
        pa.field("assigned_by", pa.string()),  # cluster | centroid | none
        pa.field("window", pa.int32(), nullable=False),
    ],
    metadata={"convo.table": "topic_assignments", "convo.schema_version": SCHEMA_VERSION},
)
CALL_TOPICS = pa.schema(
    [
        pa.field("call_id", pa.string(), nullable=False),
        pa.field("topic_id", pa.int32(), nullable=False),
        pa.field("n_units", pa.int32()),
        pa.field("share", pa.float32()),  # of the call's clustered customer units
        pa.field("primary", pa.bool_()),  # the call's most frequent topic
        pa.field("window", pa.int32(), nullable=False),
        pa.field("started_at", pa.timestamp("us", tz="UTC")),
        pa.field("ces", pa.float64()),
        pa.field("high_effort_prob", pa.float64()),
    ],
    metadata={"convo.table": "call_topics", "convo.schema_version": SCHEMA_VERSION},
)
TOPIC_TRENDS = pa.schema(
    [
        pa.field("topic_id", pa.int32(), nullable=False),
        pa.field("week", pa.string()),  # ISO week, e.g. 2024-W03; null for calls without started_at
        pa.field("week_start", pa.date32()),
        pa.field("volume", pa.int64()),  # calls
        pa.field("share", pa.float64()),  # of the week's calls
        pa.field("mean_ces", pa.float64()),
        pa.field("high_effort_share", pa.float64()),
    ],
    metadata={"convo.table": "topic_trends", "convo.schema_version": SCHEMA_VERSION},
)
TOPIC_TABLES = {"topics": TOPICS, "topic_assignments": TOPIC_ASSIGNMENTS, "call_topics": CALL_TOPICS,
                "topic_trends": TOPIC_TRENDS}
