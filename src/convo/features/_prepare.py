"""Arrow tables -> the flat NumPy arrays the kernels read (no numba at import; the word counter loads it).

Utterances are put in call order (the row order of ``calls``) and, inside a call, in start order
with ties broken by ``turn_index``; a call where any utterance lacks ``start_s`` or ``end_s`` is
kept in ``turn_index`` order and gets no time features. When the table is already in that order
(what the pipeline writes) nothing is reordered and fixed-width columns without nulls are read
without a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

REQUIRED_UTTERANCE_COLUMNS = ("call_id", "turn_index", "speaker", "start_s", "end_s", "text")


@dataclass
class FlatUtterances:
    """Utterances of the calls, sorted, as flat arrays; call ``c`` owns ``offsets[c]:offsets[c + 1]``."""

    offsets: np.ndarray  # int64, n_calls + 1
    rows: np.ndarray | None  # int64: the utterances-table row of each sorted row (None: rows 0..n-1 as given)
    start: np.ndarray  # float64, NaN when missing
    end: np.ndarray
    role: np.ndarray  # int8: 0 agent, 1 customer, -1 other
    n_words: np.ndarray  # int32
    markers: np.ndarray  # int32 bit mask (see _kernels.MARKER_BITS)
    neg: np.ndarray  # float64 negativity, NaN without emotion scores
    sent: np.ndarray  # float32/float64 sentiment, NaN when missing
    conf: np.ndarray  # float64 confusion score, NaN without emotion scores
    emb: np.ndarray  # float32 (m, dim)
    emb_row: np.ndarray  # int64 row of ``emb`` per sorted utterance, -1 when none
    use_emb: bool
    has_markers: bool
    has_emotion: bool
    has_sentiment: bool


def column(table: pa.Table, name: str) -> pa.Array | None:
    """One column as a single array (no copy for one chunk), or None when the table lacks it."""
    if name not in table.column_names:
        return None
    col = table.column(name)
    arr = col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    return arr


def to_float64(arr: pa.Array | None, n: int) -> np.ndarray:
    """float64 NumPy array with NaN for nulls (zero-copy for float64 without nulls); all NaN when absent."""
    if arr is None:
        return np.full(n, np.nan)
    if not pa.types.is_floating(arr.type) or arr.type != pa.float64():
        arr = pc.cast(arr, pa.float64())
    if arr.null_count:
        arr = arr.fill_null(np.nan)
    return arr.to_numpy(zero_copy_only=False)


def call_positions(utt_ids: pa.Array, call_ids: pa.Array) -> np.ndarray:
    """Row of ``call_ids`` for every utterance (-1 when its call is not in the table).

    Utterances come grouped by call, so only the first id of each run is looked up.
    """
    n = len(utt_ids)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    change = np.ones(n, dtype=bool)
    if n > 1:
        change[1:] = pc.not_equal(utt_ids[1:], utt_ids[:-1]).fill_null(True).to_numpy(zero_copy_only=False)
    run_starts = np.flatnonzero(change)
    pos = pc.index_in(utt_ids.take(pa.array(run_starts)), value_set=call_ids).fill_null(-1)
    lengths = np.diff(np.append(run_starts, n))
    return np.repeat(pos.to_numpy(zero_copy_only=False).astype(np.int64), lengths)


def sort_order(call_pos: np.ndarray, start: np.ndarray, end: np.ndarray, turn: np.ndarray,
               n_calls: int) -> tuple[np.ndarray | None, np.ndarray]:
    """(sorted row order or None when already sorted, offsets) — see the module docstring."""
    keep = call_pos >= 0
    timed = np.isfinite(start) & np.isfinite(end)
    untimed_call = np.zeros(n_calls + 1, dtype=bool)
    untimed_call[call_pos[~timed]] = True  # -1 lands in the spare last slot
    key = np.where(untimed_call[call_pos], 0.0, start)
    counts = np.bincount(call_pos[keep], minlength=n_calls)
    offsets = np.zeros(n_calls + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    if keep.all() and _is_sorted(call_pos, key, turn):
        return None, offsets
    order = np.lexsort((turn, key, np.where(keep, call_pos, n_calls)))
    return order[: int(offsets[-1])], offsets


def _is_sorted(call_pos: np.ndarray, key: np.ndarray, turn: np.ndarray) -> bool:
    if len(call_pos) < 2:
        return True
    if not np.all(call_pos[1:] >= call_pos[:-1]):
        return False
    same = call_pos[1:] == call_pos[:-1]
    k0, k1 = key[:-1], key[1:]
    ordered = (k1 > k0) | ((k1 == k0) & (turn[1:] >= turn[:-1]))
    return bool(np.all(ordered | ~same))


def roles(speaker: pa.Array) -> np.ndarray:
    """int8 role codes: 0 agent, 1 customer, -1 anything else (unknown, null)."""
    cust = pc.equal(speaker, "customer").fill_null(False).to_numpy(zero_copy_only=False)
    agent = pc.equal(speaker, "agent").fill_null(False).to_numpy(zero_copy_only=False)
    return np.where(cust, 1, np.where(agent, 0, -1)).astype(np.int8)


def word_counts(text: pa.Array) -> np.ndarray:
    """Words per text (runs of non-whitespace; null text has 0), counted by a numba kernel over the bytes."""
    from convo.features._kernels import count_words

    if pa.types.is_large_string(text.type):
        off_dtype = np.int64
    else:
        text = text.cast(pa.string()) if not pa.types.is_string(text.type) else text
        off_dtype = np.int32
    n = len(text)
    out = np.zeros(n, dtype=np.int32)
    if n == 0:
        return out
    _, off_buf, data_buf = text.buffers()[:3]
    offsets = np.frombuffer(off_buf, dtype=off_dtype)[text.offset: text.offset + n + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(1, np.uint8)
    count_words(offsets, data, out)
    if text.null_count:
        out[text.is_null().to_numpy(zero_copy_only=False)] = 0
    return out


def marker_masks(markers: pa.Array, bits: dict[str, int]) -> np.ndarray:
    """int32 bit mask per utterance of the counted markers it carries (null lists carry none)."""
    n = len(markers)
    mask = np.zeros(n, dtype=np.int32)
    offsets = markers.offsets.to_numpy(zero_copy_only=False).astype(np.int64)  # absolute, into .values
    if n == 0 or offsets[-1] == offsets[0]:
        return mask
    values = markers.values.slice(offsets[0], offsets[-1] - offsets[0])
    # parents from the offsets: a null list may still own values (list_parent_indices and
    # list_flatten disagree about those), they are dropped below
    parents = np.repeat(np.arange(n), np.diff(offsets))
    names = list(bits)
    idx = pc.index_in(values, value_set=pa.array(names, pa.string())).fill_null(-1).to_numpy(zero_copy_only=False)
    hit = idx >= 0
    if markers.null_count:
        hit &= markers.is_valid().to_numpy(zero_copy_only=False)[parents]
    codes = np.array([1 << bits[name] for name in names], dtype=np.int32)
    np.bitwise_or.at(mask, parents[hit], codes[idx[hit]])
    return mask


def label_sums(scores: pa.Array, labels_a: Sequence[str], labels_b: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per row of a map<string, float> array, the sums of the values keyed by ``labels_a`` and by
    ``labels_b`` (float64; NaN for a null map), in one hash pass over the keys and one numba pass."""
    from convo.features._kernels import label_sums as kernel

    if not pa.types.is_map(scores.type):
        raise ValueError(f"emotion_scores must be map<string, float>, got {scores.type}")
    n = len(scores)
    names = list(dict.fromkeys([*labels_a, *labels_b]))
    flags = np.array([(1 if name in labels_a else 0) | (2 if name in labels_b else 0) for name in names] or [0],
                     dtype=np.int8)
    offsets = scores.offsets.to_numpy(zero_copy_only=False).astype(np.int64)  # absolute, into keys/items
    codes = pc.index_in(scores.keys, value_set=pa.array(names, pa.string())).fill_null(-1)
    items = scores.items
    if items.null_count:
        items = items.fill_null(np.nan)
    out_a, out_b = np.empty(n), np.empty(n)
    kernel(offsets, codes.to_numpy(zero_copy_only=False), items.to_numpy(zero_copy_only=False),
           scores.is_valid().to_numpy(zero_copy_only=False), flags, out_a, out_b)
    return out_a, out_b


def embedding_rows(utt_ids: pa.Array, embeddings: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """(vectors float32 (m, dim) without a copy where possible, row of each utterance or -1)."""
    emb_ids = column(embeddings, "utterance_id")
    vectors = column(embeddings, "vector")
    if emb_ids is None or vectors is None:
        raise ValueError(f"embeddings needs columns 'utterance_id' and 'vector', got {embeddings.column_names}")
    if not pa.types.is_fixed_size_list(vectors.type):
        raise ValueError(f"embeddings 'vector' must be fixed_size_list<float32>, got {vectors.type}")
    dim = vectors.type.list_size
    values = vectors.values
    if values.type != pa.float32():
        values = pc.cast(values, pa.float32())
    flat = values.to_numpy(zero_copy_only=False)
    matrix = flat.reshape(-1, dim)[vectors.offset: vectors.offset + len(vectors)]
    row = pc.index_in(utt_ids, value_set=emb_ids).fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    if vectors.null_count:
        null_rows = np.flatnonzero(vectors.is_null().to_numpy(zero_copy_only=False))
        row[np.isin(row, null_rows)] = -1
    return np.ascontiguousarray(matrix), row
