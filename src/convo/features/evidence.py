"""Which utterances stand behind a call's features: utterance ids per feature, for explanations.

Plain Python over the same sorted arrays the kernels read, so the ids agree with the numbers:
``len(evidence[call]["silence_count"]) == silence_count`` and so on for the counts. Meant for the
calls an explanation is shown for (pass ``call_ids``), not for a whole run at kernel speed.

Example:
    >>> ev = evidence(calls, utterances, call_ids=["c1"])  # doctest: +SKIP
    >>> ev["c1"]["hold_announcement_count"]  # doctest: +SKIP
    ['c1#0004', 'c1#0011']
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.features import _prepare as P
from convo.features.compute import FeatureOptions, default_negative_labels, flatten_utterances

# feature -> marker whose utterances are its evidence
MARKER_EVIDENCE = {"apology_count": "apology", "hold_announcement_count": "hold_announcement",
                   "transfer_announcement_count": "transfer_announcement", "customer_repeat_count": "customer_repeat",
                   "manager_request_count": "manager_request"}
Evidence = dict[str, list[str]]


def evidence(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None = None, *,
             call_ids: Iterable[str] | None = None, negative_labels: Sequence[str] | None = None,
             options: FeatureOptions | Mapping[str, Any] | None = None) -> dict[str, Evidence]:
    """``{call_id: {feature: [utterance_id, ...]}}`` for the calls in ``call_ids`` (default: all).

    Features with evidence: the marker counts and ``time_to_resolution_s``; ``silence_max_s`` (the
    utterances before and after the longest gap), ``silence_count`` / ``silence_total_s`` (the
    utterance ending each long gap); ``overtalk_s`` and the interruptions (the utterance that
    started talking over); ``neg_peak``, ``neg_share``, ``neg_end`` / ``neg_change`` / ``neg_slope``
    (the most negative customer utterance of the last third); the same for sentiment (lowest) and
    confusion; the repetition features (the repeating utterances; the closest pair). Features
    without evidence in a call are left out of its dict.
    """
    if "utterance_id" not in utterances.column_names:
        raise ValueError(f"utterances needs an 'utterance_id' column for evidence, got {utterances.column_names}")
    opts = FeatureOptions.coerce(options)
    labels = list(negative_labels) if negative_labels is not None else default_negative_labels()
    if call_ids is not None:
        call_ids = list(call_ids)
        calls, utterances, embeddings = _subset(calls, utterances, embeddings, call_ids)
    flat = flatten_utterances(calls, utterances, embeddings, negative_labels=labels, options=opts)
    all_ids = P.column(calls, "call_id").cast(pa.string()).to_pylist()
    wanted = range(len(all_ids)) if call_ids is None else _positions(all_ids, call_ids)
    utt_ids = P.column(utterances, "utterance_id")
    marker_bits = _marker_bits()
    result: dict[str, Evidence] = {}
    for c in wanted:
        lo, hi = int(flat.offsets[c]), int(flat.offsets[c + 1])
        rows = np.arange(lo, hi) if flat.rows is None else flat.rows[lo:hi]
        ids = utt_ids.take(pa.array(rows, pa.int64())).to_pylist()
        ev: Evidence = {}
        _markers(ev, flat, lo, hi, ids, marker_bits)
        _timing(ev, flat, lo, hi, ids, opts)
        _series(ev, flat.neg, flat, lo, hi, ids, "neg", highest=True, threshold=opts.negative_threshold)
        _series(ev, flat.sent, flat, lo, hi, ids, "sentiment", highest=False, threshold=None)
        _series(ev, flat.conf, flat, lo, hi, ids, "confusion", highest=True, threshold=opts.negative_threshold)
        if flat.use_emb:
            _repetition(ev, flat, lo, hi, ids, opts)
        result[all_ids[c]] = {k: v for k, v in ev.items() if v}
    return result


def _subset(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None,
            call_ids: list[str]) -> tuple[pa.Table, pa.Table, pa.Table | None]:
    """Only the rows of ``call_ids``, so that explaining a few calls does not prepare a whole run."""
    wanted = pa.array(call_ids, pa.string())

    def keep(table: pa.Table) -> pa.Table:
        return table.filter(pc.is_in(pc.cast(table.column("call_id"), pa.string()), value_set=wanted))

    if embeddings is not None and "call_id" in embeddings.column_names:
        embeddings = keep(embeddings)
    return keep(calls), keep(utterances), embeddings


def _positions(all_ids: list[str], call_ids: Iterable[str]) -> list[int]:
    index = {cid: i for i, cid in enumerate(all_ids)}
    unknown = [cid for cid in call_ids if cid not in index]
    if unknown:
        raise ValueError(f"call_ids not in calls: {unknown[:5]}")
    return [index[cid] for cid in call_ids]


def _markers(ev: Evidence, flat: P.FlatUtterances, lo: int, hi: int, ids: list[str], bits: dict[str, int]) -> None:
    if not flat.has_markers:
        return
    masks = flat.markers[lo:hi]
    for feature, marker in MARKER_EVIDENCE.items():
        ev[feature] = [ids[k] for k in np.flatnonzero((masks >> bits[marker]) & 1)]
    resolved = np.flatnonzero((masks >> bits["resolution_confirmation"]) & 1)
    if len(resolved) and np.isfinite(flat.start[lo:hi]).all() and np.isfinite(flat.end[lo:hi]).all():
        ev["time_to_resolution_s"] = [ids[resolved[0]]]


def _timing(ev: Evidence, flat: P.FlatUtterances, lo: int, hi: int, ids: list[str], opts: FeatureOptions) -> None:
    start, end, role = flat.start[lo:hi], flat.end[lo:hi], flat.role[lo:hi]
    if hi == lo or not (np.isfinite(start).all() and np.isfinite(end).all()):
        return
    covered, covered_by, longest = -math.inf, -1, (0.0, -1, -1)
    side_end = {0: -math.inf, 1: -math.inf}
    gaps, overtalk, interrupts = [], [], {0: [], 1: []}
    for k in range(hi - lo):
        s = float(start[k])
        e = max(float(end[k]), s)
        if k > 0:
            gap = s - covered
            if gap > longest[0]:
                longest = (gap, covered_by, k)
            if gap > opts.silence_threshold_s:
                gaps.append(ids[k])
        if e > covered:
            covered, covered_by = e, k
        r = int(role[k])
        if r in (0, 1):
            own, other = side_end[r], side_end[1 - r]
            if e > max(s, own) and other > max(s, own):
                overtalk.append(ids[k])
            if other > s and other - s <= opts.interruption_window_s and e > other:
                interrupts[r].append(ids[k])
            side_end[r] = max(own, e)
    ev["silence_count"] = ev["silence_total_s"] = gaps
    if longest[1] >= 0:
        ev["silence_max_s"] = [ids[longest[1]], ids[longest[2]]]
    ev["overtalk_s"] = overtalk
    ev["interruptions_by_agent"], ev["interruptions_by_customer"] = interrupts[0], interrupts[1]


def _series(ev: Evidence, values: np.ndarray, flat: P.FlatUtterances, lo: int, hi: int, ids: list[str],
            prefix: str, *, highest: bool, threshold: float | None) -> None:
    x = np.asarray(values[lo:hi], dtype=np.float64)
    keep = np.flatnonzero((flat.role[lo:hi] == 1) & ~np.isnan(x))
    if len(keep) == 0:
        return
    v = x[keep] if highest else -x[keep]
    tail = keep[len(keep) - max(1, len(keep) // 3):]
    worst_tail = ids[tail[int(np.argmax(v[len(keep) - len(tail):]))]]
    if prefix == "sentiment":
        ev["sentiment_min"] = [ids[keep[int(np.argmax(v))]]]
        for name in ("sentiment_end", "sentiment_change", "sentiment_slope"):
            ev[name] = [worst_tail]
        return
    ev[f"{prefix}_peak"] = [ids[keep[int(np.argmax(v))]]]
    ev[f"{prefix}_share"] = [ids[k] for k in keep[x[keep] > threshold]]
    if prefix == "neg":
        for name in ("neg_end", "neg_change", "neg_slope"):
            ev[name] = [worst_tail]


def _repetition(ev: Evidence, flat: P.FlatUtterances, lo: int, hi: int, ids: list[str], opts: FeatureOptions) -> None:
    rows = flat.emb_row[lo:hi]
    eligible = np.flatnonzero((flat.role[lo:hi] == 1) & (flat.n_words[lo:hi] >= opts.repeat_min_words) & (rows >= 0))
    if len(eligible) < 2:
        return
    vectors = flat.emb[rows[eligible]].astype(np.float64)
    cos = np.tril(vectors @ vectors.T, k=-1)
    lower = np.tri(len(eligible), k=-1, dtype=bool)
    ev["repetition_score"] = [ids[eligible[j]] for j in range(len(eligible))
                              if (cos[j, :j] >= opts.repeat_cosine).any()]
    j, i = np.unravel_index(np.argmax(np.where(lower, cos, -np.inf)), cos.shape)
    ev["repetition_max_cosine"] = [ids[eligible[i]], ids[eligible[j]]]


def _marker_bits() -> dict[str, int]:
    from convo.features._kernels import MARKER_BITS

    return MARKER_BITS
