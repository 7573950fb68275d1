"""Synthetic calls, utterances and embeddings for the feature tests and ``benchmarks/features.py``.

Vectorised NumPy + Arrow buffers, so a million calls (30M utterances) build in seconds. The data
has what the kernels must handle: overlapping turns and interruptions, long silences, calls
without utterances, one-utterance calls, transcripts without times, null emotion scores and
sentiment, markers, repeat contacts across channels, null customers and times, missing ops fields.

Example:
    >>> calls, utterances, embeddings = synthetic_run(100, seed=1, with_embeddings=True)
    >>> calls.num_rows
    100
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.schema import CHANNELS

EMOTION_KEYS = ("anger", "dissatisfaction", "confusion", "neutral")
MARKER_NAMES = ("apology", "hold_announcement", "transfer_announcement", "customer_repeat", "manager_request",
                "resolution_confirmation", "greeting", "closing")
EPOCH_US = 1_704_067_200_000_000  # 2024-01-01


def synthetic_run(n_calls: int, *, mean_utterances: float = 30.0, seed: int = 0, untimed_share: float = 0.05,
                  with_embeddings: bool = False, dim: int = 384,
                  shuffle: bool = False) -> tuple[pa.Table, pa.Table, pa.Table | None]:
    """(calls, utterances, embeddings or None); ``shuffle`` permutes the utterance rows."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(mean_utterances, n_calls).astype(np.int64)
    counts[rng.random(n_calls) < 0.02] = 0
    counts[rng.random(n_calls) < 0.02] = 1
    offsets = np.zeros(n_calls + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    n = int(offsets[-1])
    call_of = np.repeat(np.arange(n_calls), counts)
    turn = (np.arange(n) - offsets[call_of]).astype(np.int32)
    call_bytes = _digits(np.arange(n_calls), 7, prefix=b"c")
    utterances = pa.table({
        "call_id": _fixed_strings(call_bytes[call_of]),
        "utterance_id": _fixed_strings(np.hstack([call_bytes[call_of], _digits(turn, 4, prefix=b"#")])),
        "turn_index": turn,
        "speaker": _speakers(rng, n, turn),
        **_times(rng, n, call_of, offsets, untimed_share),
        "text": _texts(rng, n),
        "emotion_scores": _emotions(rng, n),
        "sentiment": pa.array(rng.uniform(-1, 1, n).astype(np.float32), mask=rng.random(n) < 0.02),
        "markers": _markers(rng, n),
    })
    embeddings = _embeddings(rng, utterances, dim) if with_embeddings else None
    if shuffle:
        utterances = utterances.take(pa.array(rng.permutation(n)))
    return _calls(rng, n_calls, call_bytes), utterances, embeddings


def _digits(values: np.ndarray, width: int, *, prefix: bytes) -> np.ndarray:
    """(n, len(prefix) + width) uint8 matrix of zero-padded decimal digits."""
    values = np.asarray(values, dtype=np.int64)
    out = np.empty((len(values), len(prefix) + width), dtype=np.uint8)
    out[:, : len(prefix)] = np.frombuffer(prefix, dtype=np.uint8)
    for k in range(width):
        out[:, len(prefix) + width - 1 - k] = ord("0") + (values // 10 ** k) % 10
    return out


def _fixed_strings(matrix: np.ndarray) -> pa.Array:
    n, width = matrix.shape
    offsets = (np.arange(n + 1, dtype=np.int64) * width)
    if offsets[-1] >= 2 ** 31:
        return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(matrix)))
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.astype(np.int32)),
                                       pa.py_buffer(np.ascontiguousarray(matrix)))


def _speakers(rng: np.random.Generator, n: int, turn: np.ndarray) -> pa.Array:
    role = (turn % 2).astype(np.int8)  # agent opens, then alternates
    flip = rng.random(n) < 0.15  # runs: the same side speaks twice in a row
    role = np.where(flip, 1 - role, role)
    role[rng.random(n) < 0.005] = 2
    labels = pa.array(["agent", "customer", "unknown"])
    return pa.DictionaryArray.from_arrays(pa.array(role), labels).dictionary_decode()


def _times(rng: np.random.Generator, n: int, call_of: np.ndarray, offsets: np.ndarray,
           untimed_share: float) -> dict[str, pa.Array]:
    duration = rng.gamma(2.0, 2.0, n)
    gap = rng.exponential(0.8, n)
    long = rng.random(n) < 0.05
    gap[long] += rng.uniform(4.0, 20.0, int(long.sum()))
    # advance from one start to the next: below the previous duration means overlap
    advance = np.empty(n)
    advance[0] = 0.0
    advance[1:] = duration[:-1] + gap[1:]
    overlap = rng.random(n) < 0.12
    advance[1:][overlap[1:]] = duration[:-1][overlap[1:]] * rng.uniform(0.3, 0.95, int(overlap[1:].sum()))
    advance[offsets[:-1][offsets[:-1] < n]] = rng.uniform(0.0, 2.0, int((offsets[:-1] < n).sum()))
    total = np.cumsum(advance)
    first = np.repeat(total[offsets[:-1][offsets[:-1] < n]], np.diff(offsets)[offsets[:-1] < n])
    start = total - first + advance[offsets[call_of]]
    end = start + duration
    n_calls = len(offsets) - 1
    untimed = (rng.random(n_calls) < untimed_share)[call_of]
    partly = (rng.random(n) < 0.002) & ~untimed  # a single missing end_s makes the whole call untimed
    return {"start_s": pa.array(start, mask=untimed), "end_s": pa.array(end, mask=untimed | partly)}


def _texts(rng: np.random.Generator, n: int) -> pa.Array:
    words = np.maximum(rng.poisson(9.0, n), 1).astype(np.int64)
    words[rng.random(n) < 0.1] = 1
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(2 * words, out=offsets[1:])
    data = np.frombuffer(b"w " * int(words.sum()), dtype=np.uint8)
    if offsets[-1] >= 2 ** 31:
        return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data))


def _emotions(rng: np.random.Generator, n: int) -> pa.Array:
    k = len(EMOTION_KEYS)
    probs = rng.dirichlet(np.full(k, 0.5), n).astype(np.float32)
    keys = pa.DictionaryArray.from_arrays(pa.array(np.tile(np.arange(k, dtype=np.int32), n)),
                                          pa.array(list(EMOTION_KEYS))).dictionary_decode()
    offsets = pa.array(np.arange(n + 1, dtype=np.int32) * k)
    scores = pa.MapArray.from_arrays(offsets, keys, pa.array(probs.ravel()))
    nulls = rng.random(n) < 0.02
    if nulls.any():
        scores = pa.MapArray.from_arrays(offsets, keys, pa.array(probs.ravel()), mask=pa.array(nulls))
    return scores


def _markers(rng: np.random.Generator, n: int) -> pa.Array:
    has = rng.random(n) < 0.1
    lengths = np.where(has, rng.integers(1, 3, n), 0)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    codes = pa.array(rng.integers(0, len(MARKER_NAMES), int(offsets[-1]), dtype=np.int32))
    names = pa.DictionaryArray.from_arrays(codes, pa.array(list(MARKER_NAMES))).dictionary_decode()
    return pa.ListArray.from_arrays(pa.array(offsets), names, mask=pa.array(rng.random(n) < 0.01))


def _embeddings(rng: np.random.Generator, utterances: pa.Table, dim: int) -> pa.Table:
    n = utterances.num_rows
    vectors = rng.standard_normal((n, dim), dtype=np.float32)
    # a customer sometimes says (nearly) what they said a few utterances earlier
    repeat = np.flatnonzero(rng.random(n) < 0.08)
    repeat = repeat[repeat >= 4]
    vectors[repeat] = vectors[repeat - 2 * rng.integers(1, 3, len(repeat))] + 0.1 * vectors[repeat]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    keep = rng.random(n) >= 0.02  # some utterances were never embedded
    flat = pa.array(vectors[keep].ravel())
    return pa.table({
        "call_id": utterances.column("call_id").filter(pa.array(keep)),
        "utterance_id": utterances.column("utterance_id").filter(pa.array(keep)),
        "turn_index": utterances.column("turn_index").filter(pa.array(keep)),
        "vector": pa.FixedSizeListArray.from_arrays(flat, dim),
    })


def _with_nulls(values: pa.Array, mask: np.ndarray) -> pa.Array:
    return pc.if_else(pa.array(mask, pa.bool_()), pa.scalar(None, values.type), values)


def _calls(rng: np.random.Generator, n_calls: int, call_bytes: np.ndarray) -> pa.Table:
    customers = max(1, n_calls // 3)
    cust = rng.integers(0, customers, n_calls)
    started = EPOCH_US + rng.integers(0, 60 * 86_400_000_000, n_calls)
    started[rng.random(n_calls) < 0.01] = started[0]  # same-time contacts
    channel = pa.DictionaryArray.from_arrays(pa.array(rng.integers(0, len(CHANNELS), n_calls, dtype=np.int32)),
                                             pa.array(list(CHANNELS))).dictionary_decode()

    def nullable(values: np.ndarray, share: float = 0.05) -> pa.Array:
        return pa.array(values, mask=rng.random(n_calls) < share)

    return pa.table({
        "call_id": _fixed_strings(call_bytes),
        "channel": _with_nulls(channel, rng.random(n_calls) < 0.02),
        "started_at": pa.array(started, pa.timestamp("us", tz="UTC"), mask=rng.random(n_calls) < 0.03),
        "customer_id": _with_nulls(_fixed_strings(_digits(cust, 6, prefix=b"cust")), rng.random(n_calls) < 0.05),
        "wait_time_s": nullable(rng.exponential(60.0, n_calls)),
        "hold_time_s": nullable(rng.exponential(30.0, n_calls)),
        "hold_count": nullable(rng.poisson(0.5, n_calls).astype(np.int32)),
        "transfer_count": nullable(rng.poisson(0.3, n_calls).astype(np.int32)),
        "handle_time_s": nullable(rng.gamma(3.0, 120.0, n_calls)),
        "escalated": nullable(rng.random(n_calls) < 0.1),
        "resolved": nullable(rng.random(n_calls) < 0.7),
    })
