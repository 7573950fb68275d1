"""Per-call conversation, journey and operational features: the public entry of the features stage.

:func:`compute_features` takes the calls, utterances and (optionally) embeddings tables of a run,
builds flat arrays from them (:mod:`convo.features._prepare`), runs the numba kernels on CPU
(:mod:`convo.features._kernels`) or GPU (:mod:`convo.features._kernels_cuda`) and returns one
row per call, in the order of ``calls``, with the columns of :data:`FEATURES`. Every feature is
float64 and NaN means "not available" (see :data:`FEATURE_INFO` and ``docs/features.md``).

Example:
    >>> import pyarrow as pa
    >>> calls = pa.table({"call_id": ["c1"]})
    >>> utts = pa.table({"call_id": ["c1"] * 3, "turn_index": [0, 1, 2], "speaker": ["agent", "customer", "agent"],
    ...                  "start_s": [0.0, 3.0, 15.0], "end_s": [2.0, 8.0, 18.0], "text": ["hi", "my card", "ok"]})
    >>> compute_features(calls, utts).column("silence_count").to_pylist()  # doctest: +SKIP
    [1.0]
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from types import ModuleType
from typing import Any, Mapping, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.errors import ConvoError
from convo.features import _prepare as P
from convo.features.info import CALL_FEATURES, FEATURE_COLUMNS, FEATURE_INFO, JOURNEY_FEATURES, OPS_FEATURES
from convo.schema import SCHEMA_VERSION

__all__ = ["FEATURES", "FEATURE_INFO", "FeatureOptions", "compute_features", "default_negative_labels",
           "flatten_utterances"]

DEVICES = ("cpu", "cuda", "auto")
# The shipped emotion model's negative labels (scripts/train_emotion.py), used when its folder is absent.
DEFAULT_NEGATIVE_LABELS = ("anger", "dissatisfaction", "anxiety")
MARKER_FEATURES = ("apology_count", "hold_announcement_count", "transfer_announcement_count",
                   "customer_repeat_count", "manager_request_count", "time_to_resolution_s")
WEEK_DAYS, MONTH_DAYS = 7, 30
US_PER_DAY = 86_400_000_000

FEATURES = pa.schema(
    [pa.field("call_id", pa.string(), nullable=False)] + [pa.field(name, pa.float64()) for name in FEATURE_COLUMNS],
    metadata={"convo.table": "features", "convo.schema_version": SCHEMA_VERSION},
)


@dataclass(frozen=True)
class FeatureOptions:
    """Thresholds of the feature definitions; echoed in the result's schema metadata.

    Example:
        >>> FeatureOptions.coerce({"silence_threshold_s": 3.0}).silence_threshold_s
        3.0
    """

    silence_threshold_s: float = 5.0  # a gap longer than this is dead air
    interruption_window_s: float = 2.0  # the interrupted side stops within this after the other starts
    negative_threshold: float = 0.5  # negativity (and confusion) above this counts a customer utterance
    repeat_cosine: float = 0.9  # embedding cosine of a near-duplicate customer utterance
    repeat_min_words: int = 3  # shorter customer utterances ("yes", "okay") never count as repeats
    confusion_label: str = "confusion"  # emotion label behind confusion_*

    @classmethod
    def coerce(cls, value: "FeatureOptions | Mapping[str, Any] | None") -> "FeatureOptions":
        """Options from ``None`` (defaults), a mapping or an instance; checks every value."""
        if value is None:
            options = cls()
        elif isinstance(value, cls):
            options = value
        elif isinstance(value, Mapping):
            unknown = sorted(set(value) - {f.name for f in fields(cls)})
            if unknown:
                raise ValueError(f"unknown feature options {unknown}, expected some of: "
                                 f"{', '.join(f.name for f in fields(cls))}")
            options = cls(**value)
        else:
            raise ValueError(f"options must be FeatureOptions, a dict or None, got {type(value).__name__}")
        for name in ("silence_threshold_s", "interruption_window_s", "negative_threshold"):
            if not float(getattr(options, name)) >= 0.0:
                raise ValueError(f"{name} must be >= 0, got {getattr(options, name)!r}")
        if not -1.0 <= float(options.repeat_cosine) <= 1.0:
            raise ValueError(f"repeat_cosine must be in [-1, 1], got {options.repeat_cosine!r}")
        if int(options.repeat_min_words) < 0:
            raise ValueError(f"repeat_min_words must be >= 0, got {options.repeat_min_words!r}")
        return options


def default_negative_labels() -> list[str]:
    """The emotion model's negative labels (``negative`` in its ``config.json``, the list
    ``EmotionModel.load().negative`` reads, without loading weights), else :data:`DEFAULT_NEGATIVE_LABELS`."""
    try:
        from convo.understand.registry import model_dir

        config = json.loads((model_dir("emotion") / "config.json").read_text(encoding="utf-8"))
        labels = [str(label) for label in config.get("negative", [])]
    except (OSError, ValueError, AttributeError):
        labels = []
    return labels or list(DEFAULT_NEGATIVE_LABELS)


def compute_features(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None = None, *,
                     device: str = "cpu", negative_labels: Sequence[str] | None = None,
                     options: FeatureOptions | Mapping[str, Any] | None = None) -> pa.Table:
    """One row of features per call of ``calls`` (same order), schema :data:`FEATURES`.

    Args:
        calls: needs ``call_id`` (unique); ``channel``, ``started_at``, ``customer_id`` and the
            operational fields are used when present (absent or null -> NaN).
        utterances: needs ``call_id, turn_index, speaker, start_s, end_s, text``; ``emotion_scores``,
            ``sentiment`` and ``markers`` are used when present (absent -> their features are NaN).
            Utterances of calls not in ``calls`` are ignored.
        embeddings: ``utterance_id, vector`` (L2-normalised) for the repetition features; None -> NaN.
        device: ``cpu``, ``cuda`` (numba.cuda kernels) or ``auto`` (cuda when a GPU is visible).
        negative_labels: emotion labels whose scores add up to an utterance's negativity; default
            :func:`default_negative_labels`.
        options: thresholds, see :class:`FeatureOptions`.
    """
    opts = FeatureOptions.coerce(options)
    backend, device_used = _backend(device)
    labels = list(negative_labels) if negative_labels is not None else default_negative_labels()
    call_ids = _call_ids(calls)
    n_calls = len(call_ids)
    flat = flatten_utterances(calls, utterances, embeddings, negative_labels=labels, options=opts)
    out = np.empty((len(CALL_FEATURES), n_calls), dtype=np.float64)
    if n_calls:
        backend.call_features(flat.offsets, flat.start, flat.end, flat.role, flat.n_words, flat.markers, flat.neg,
                              flat.sent, flat.conf, flat.emb, flat.emb_row, flat.use_emb,
                              float(opts.silence_threshold_s), float(opts.interruption_window_s),
                              float(opts.negative_threshold), float(opts.repeat_cosine), int(opts.repeat_min_words),
                              out)
    columns: dict[str, np.ndarray] = dict(zip(CALL_FEATURES, out))
    if not flat.has_markers:
        for name in MARKER_FEATURES:
            columns[name] = np.full(n_calls, np.nan)
    columns.update(journey_features(calls, backend))
    columns.update(ops_features(calls))
    metadata = dict(FEATURES.metadata)
    metadata[b"convo.features.options"] = json.dumps(
        {**asdict(opts), "negative_labels": labels, "device": device_used}).encode()
    arrays = [call_ids] + [pa.array(columns[name], pa.float64()) for name in FEATURE_COLUMNS]
    return pa.Table.from_arrays(arrays, schema=FEATURES.with_metadata(metadata))


def flatten_utterances(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None = None, *,
                       negative_labels: Sequence[str], options: FeatureOptions | None = None) -> P.FlatUtterances:
    """The sorted flat arrays of the utterances of ``calls`` (see :class:`convo.features._prepare.FlatUtterances`)."""
    opts = options or FeatureOptions()
    missing = [name for name in P.REQUIRED_UTTERANCE_COLUMNS if name not in utterances.column_names]
    if missing:
        raise ValueError(f"utterances lacks columns {missing}; required: {', '.join(P.REQUIRED_UTTERANCE_COLUMNS)}")
    call_ids = _call_ids(calls)
    n = utterances.num_rows
    utt_call_ids = P.column(utterances, "call_id").cast(pa.string())
    call_pos = P.call_positions(utt_call_ids, call_ids)
    start = P.to_float64(P.column(utterances, "start_s"), n)
    end = P.to_float64(P.column(utterances, "end_s"), n)
    turn = P.column(utterances, "turn_index").fill_null(0).to_numpy(zero_copy_only=False)
    rows, offsets = P.sort_order(call_pos, start, end, turn, len(call_ids))

    def take(values: np.ndarray) -> np.ndarray:
        return values if rows is None else values[rows]

    scores = P.column(utterances, "emotion_scores")
    sentiment = P.column(utterances, "sentiment")
    markers = P.column(utterances, "markers")
    if scores is not None:
        neg, conf = P.label_sums(scores, negative_labels, [opts.confusion_label])
        neg, conf = take(neg), take(conf)
    else:
        neg = conf = np.full(len(start) if rows is None else len(rows), np.nan)
    emb, emb_row, use_emb = np.zeros((1, 1), np.float32), np.full(len(neg), -1, np.int64), embeddings is not None
    if embeddings is not None:
        emb, emb_row = P.embedding_rows(P.column(utterances, "utterance_id") if "utterance_id" in
                                        utterances.column_names else pa.nulls(n, pa.string()), embeddings)
        emb_row = take(emb_row)
    return _read_only(P.FlatUtterances(
        offsets=offsets, rows=rows, start=take(start), end=take(end),
        role=take(P.roles(P.column(utterances, "speaker"))), n_words=take(P.word_counts(P.column(utterances, "text"))),
        markers=take(P.marker_masks(markers, _marker_bits())) if markers is not None else np.zeros(len(neg), np.int32),
        neg=neg, sent=take(P.to_float64(sentiment, n)), conf=conf, emb=emb, emb_row=emb_row, use_emb=use_emb,
        has_markers=markers is not None, has_emotion=scores is not None, has_sentiment=sentiment is not None))


def _read_only(flat: P.FlatUtterances) -> P.FlatUtterances:
    """Mark every array read-only: arrays read from Arrow without a copy are, and numba compiles one
    specialisation per writability, so a uniform flag keeps it to one compilation."""
    for value in vars(flat).values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
    return flat


def journey_features(calls: pa.Table, backend: ModuleType) -> dict[str, np.ndarray]:
    """Earlier contacts by the same customer (7 and 30 days), channel hops, days since the last one."""
    n = calls.num_rows
    cust = _codes(P.column(calls, "customer_id"), n)
    chan = _codes(P.column(calls, "channel"), n)
    started = P.column(calls, "started_at")
    if started is None:
        t_us, has_t = np.zeros(n, np.int64), np.zeros(n, bool)
    else:
        if not pa.types.is_timestamp(started.type):
            raise ValueError(f"calls 'started_at' must be a timestamp, got {started.type}")
        started = pc.cast(started, pa.timestamp("us", tz=started.type.tz), safe=False)
        has_t = started.is_valid().to_numpy(zero_copy_only=False)
        t_us = started.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
    cust = np.where(has_t, cust, -1).astype(np.int64)
    order = np.lexsort((t_us, cust))
    out_sorted = np.empty((len(JOURNEY_FEATURES), n), dtype=np.float64)
    if n:
        backend.journey(np.ascontiguousarray(cust[order]), np.ascontiguousarray(t_us[order]),
                        np.ascontiguousarray(chan[order]), WEEK_DAYS * US_PER_DAY, MONTH_DAYS * US_PER_DAY, out_sorted)
    out = np.empty_like(out_sorted)
    out[:, order] = out_sorted
    return dict(zip(JOURNEY_FEATURES, out))


def ops_features(calls: pa.Table) -> dict[str, np.ndarray]:
    """The supplied operational fields as float64 (booleans 0/1, null or absent NaN)."""
    return {name: P.to_float64(P.column(calls, name), calls.num_rows) for name in OPS_FEATURES}


def _codes(values: pa.Array | None, n: int) -> np.ndarray:
    """int64 dictionary codes of a column (-1 for null or when absent)."""
    if values is None:
        return np.full(n, -1, dtype=np.int64)
    indices = values.dictionary_encode().indices
    return indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def _call_ids(calls: pa.Table) -> pa.Array:
    ids = P.column(calls, "call_id")
    if ids is None:
        raise ValueError(f"calls needs a 'call_id' column, got {calls.column_names}")
    ids = ids.cast(pa.string())
    if ids.null_count or pc.count_distinct(ids).as_py() != len(ids):
        raise ValueError("calls 'call_id' must be unique and not null")
    return ids


def _marker_bits() -> dict[str, int]:
    from convo.features._kernels import MARKER_BITS

    return MARKER_BITS


def _backend(device: str) -> tuple[ModuleType, str]:
    """(kernel module, "cpu" | "cuda") for ``device``: numba is imported here, never at ``import convo``."""
    if device not in DEVICES:
        raise ValueError(f"Invalid device {device!r}, expected one of: {', '.join(DEVICES)}")
    from convo._optional import import_optional

    import_optional("numba", extra="features")
    from convo.features import _kernels

    if device == "cpu":
        return _kernels, "cpu"
    from numba import cuda

    if not cuda.is_available():
        if device == "auto":
            return _kernels, "cpu"
        raise ConvoError("device 'cuda' was asked for but numba finds no CUDA GPU (NUMBA_ENABLE_CUDASIM=1 "
                         "runs the CUDA kernels on the CPU simulator); use device='cpu' or 'auto'")
    from convo.features import _kernels_cuda

    return _kernels_cuda, "cuda"
