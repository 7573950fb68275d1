"""A plain pyarrow-compute / NumPy / Python reference of :func:`convo.features.compute_features`.

Used only by the tests (the kernels must equal it) and by ``benchmarks/features.py`` (the
baseline). It shares no code with the kernels and takes other routes on purpose: sorting with
``Table.sort_by``, per-call sums with ``Table.group_by``, overtalk as the intersection of each
side's merged intervals, silences as the gaps between merged blocks, slopes with ``np.polyfit``,
repetition with a cosine matrix, journeys by comparing every pair of a customer's calls.
(pandas is not a convo dependency, hence pyarrow.)
"""

from __future__ import annotations

import itertools
import math
from typing import Any, Mapping, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.features.compute import FEATURES, FeatureOptions, default_negative_labels
from convo.features.info import FEATURE_COLUMNS, JOURNEY_FEATURES, OPS_FEATURES

COUNTED = {"apology_count": "apology", "hold_announcement_count": "hold_announcement",
           "transfer_announcement_count": "transfer_announcement", "customer_repeat_count": "customer_repeat",
           "manager_request_count": "manager_request"}


def reference_features(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None = None, *,
                       negative_labels: Sequence[str] | None = None,
                       options: FeatureOptions | Mapping[str, Any] | None = None) -> pa.Table:
    """Same contract and result as :func:`convo.features.compute_features` (up to float rounding)."""
    opts = FeatureOptions.coerce(options)
    labels = set(negative_labels if negative_labels is not None else default_negative_labels())
    call_ids = calls.column("call_id").cast(pa.string()).combine_chunks()
    n_calls = len(call_ids)
    utt = _sorted_utterances(utterances, call_ids)
    cols = {name: np.full(n_calls, np.nan) for name in FEATURE_COLUMNS}
    _grouped_sums(utt, n_calls, cols)
    vectors = _vectors(utt, embeddings)
    pos = utt.column("_pos").to_numpy()
    starts = np.searchsorted(pos, np.arange(n_calls + 1))
    data = _python_columns(utt, labels, opts.confusion_label)
    for c in range(n_calls):
        lo, hi = starts[c], starts[c + 1]
        rows = {k: v[lo:hi] for k, v in data.items()}
        for name, value in _call(rows, None if vectors is None else vectors[lo:hi], opts).items():
            cols[name][c] = value
    if "markers" not in utterances.column_names:
        for name in list(COUNTED) + ["time_to_resolution_s"]:
            cols[name][:] = np.nan
    cols.update(_journeys(calls))
    for name in OPS_FEATURES:
        if name in calls.column_names:
            cols[name] = pc.cast(calls.column(name), pa.float64()).to_numpy(zero_copy_only=False).astype(np.float64)
    return pa.table([call_ids] + [pa.array(cols[n], pa.float64()) for n in FEATURE_COLUMNS],
                    schema=FEATURES.remove_metadata())


def _sorted_utterances(utterances: pa.Table, call_ids: pa.Array) -> pa.Table:
    ids = pc.cast(utterances.column("call_id"), pa.string())
    utt = utterances.append_column("_pos", pc.index_in(ids, value_set=call_ids)).filter(
        pc.is_valid(pc.index_in(ids, value_set=call_ids)))
    start, end = pc.cast(utt.column("start_s"), pa.float64()), pc.cast(utt.column("end_s"), pa.float64())
    timed = pc.and_(pc.is_finite(start), pc.is_finite(end)).fill_null(False)
    utt = utt.append_column("_timed", pc.cast(timed, pa.int8()))
    per_call = utt.group_by("_pos").aggregate([("_timed", "min")])
    call_timed = np.zeros(len(call_ids), dtype=bool)
    call_timed[per_call.column("_pos").to_numpy()] = per_call.column("_timed_min").to_numpy() == 1
    key = pc.if_else(pa.array(call_timed[utt.column("_pos").to_numpy()]), start, pa.scalar(None, pa.float64()))
    utt = utt.append_column("_key", key)
    return utt.sort_by([("_pos", "ascending"), ("_key", "ascending"), ("turn_index", "ascending")])


def _grouped_sums(utt: pa.Table, n_calls: int, cols: dict[str, np.ndarray]) -> None:
    """Utterance, customer-utterance counts with Table.group_by (the rest is per call)."""
    cols["n_utterances"][:] = 0.0
    cols["n_customer_utterances"][:] = 0.0
    counts = utt.group_by("_pos").aggregate([("_pos", "count")])
    cols["n_utterances"][counts.column("_pos").to_numpy()] = counts.column("_pos_count").to_numpy()
    cust = utt.filter(pc.equal(utt.column("speaker"), "customer")).group_by("_pos").aggregate([("_pos", "count")])
    cols["n_customer_utterances"][cust.column("_pos").to_numpy()] = cust.column("_pos_count").to_numpy()


def _python_columns(utt: pa.Table, labels: set[str], confusion: str) -> dict[str, list]:
    def col(name: str) -> list:
        return utt.column(name).to_pylist() if name in utt.column_names else [None] * utt.num_rows

    scores = col("emotion_scores")
    return {
        "start": [math.nan if v is None else v for v in col("start_s")],
        "end": [math.nan if v is None else v for v in col("end_s")],
        "role": [{"agent": 0, "customer": 1}.get(s, -1) for s in col("speaker")],
        "words": [len(t.split()) if t else 0 for t in col("text")],
        "markers": [set(m or ()) for m in col("markers")],
        "neg": [math.nan if m is None else sum(v or 0.0 for k, v in m if k in labels) for m in scores],
        "conf": [math.nan if m is None else sum(v or 0.0 for k, v in m if k == confusion) for m in scores],
        "sent": [math.nan if v is None else v for v in col("sentiment")],
    }


def _vectors(utt: pa.Table, embeddings: pa.Table | None) -> np.ndarray | None:
    if embeddings is None:
        return None
    dim = embeddings.schema.field("vector").type.list_size
    lookup = {uid: vec for uid, vec in zip(embeddings.column("utterance_id").to_pylist(),
                                           embeddings.column("vector").to_pylist()) if vec is not None}
    out = np.full((utt.num_rows, dim), np.nan)
    for k, uid in enumerate(utt.column("utterance_id").to_pylist()):
        if uid in lookup:
            out[k] = lookup[uid]
    return out


def _call(rows: dict[str, list], vectors: np.ndarray | None, opts: FeatureOptions) -> dict[str, float]:
    role, markers = rows["role"], rows["markers"]
    out: dict[str, float] = {"n_turns": float(sum(1 for _ in itertools.groupby(role)))}
    for name, marker in COUNTED.items():
        out[name] = float(sum(marker in m for m in markers))
    if role and all(math.isfinite(s) and math.isfinite(e) for s, e in zip(rows["start"], rows["end"])):
        out.update(_timing(rows, opts, out["n_turns"]))
    neg = _series(rows["role"], rows["neg"], opts.negative_threshold)
    out.update({"neg_share": neg["share"], "neg_peak": neg["max"], "neg_mean": neg["mean"], "neg_end": neg["end"],
                "neg_change": neg["change"], "neg_slope": neg["slope"]})
    sent = _series(rows["role"], rows["sent"], 0.0)
    out.update({"sentiment_mean": sent["mean"], "sentiment_min": sent["min"], "sentiment_end": sent["end"],
                "sentiment_change": sent["change"], "sentiment_slope": sent["slope"]})
    conf = _series(rows["role"], rows["conf"], opts.negative_threshold)
    out.update({"confusion_share": conf["share"], "confusion_peak": conf["max"], "confusion_mean": conf["mean"]})
    if vectors is not None:
        out.update(_repetition(role, rows["words"], vectors, opts))
    return out


def _merge(intervals: list[tuple[float, float]]) -> list[list[float]]:
    blocks: list[list[float]] = []
    for s, e in sorted(intervals):
        if blocks and s <= blocks[-1][1]:
            blocks[-1][1] = max(blocks[-1][1], e)
        else:
            blocks.append([s, e])
    return blocks


def _timing(rows: dict[str, list], opts: FeatureOptions, n_turns: float) -> dict[str, float]:
    spans = [(s, max(e, s)) for s, e in zip(rows["start"], rows["end"])]
    role = rows["role"]
    talk = {r: sum(e - s for (s, e), q in zip(spans, role) if q == r) for r in (0, 1)}
    words = {r: sum(w for w, q in zip(rows["words"], role) if q == r) for r in (0, 1)}
    blocks = _merge(spans)
    gaps = [b[0] - a[1] for a, b in zip(blocks, blocks[1:])]
    long_gaps = [g for g in gaps if g > opts.silence_threshold_s]
    agent, cust = _merge([x for x, q in zip(spans, role) if q == 0]), _merge([x for x, q in zip(spans, role) if q == 1])
    overtalk = sum(max(0.0, min(a[1], b[1]) - max(a[0], b[0])) for a in agent for b in cust)
    interruptions = {0: 0, 1: 0}
    for j, ((s, e), r) in enumerate(zip(spans, role)):
        if r in (0, 1):
            other = max((spans[i][1] for i in range(j) if role[i] == 1 - r), default=-math.inf)
            interruptions[r] += other > s and other - s <= opts.interruption_window_s and e > other
    resolved = [s for (s, _), m in zip(spans, rows["markers"]) if "resolution_confirmation" in m]
    total = talk[0] + talk[1]
    return {
        "agent_talk_s": talk[0], "customer_talk_s": talk[1],
        "customer_talk_ratio": talk[1] / total if total > 0 else math.nan,
        "speech_span_s": max(e for _, e in spans) - spans[0][0],
        "silence_total_s": float(sum(long_gaps)), "silence_max_s": max(gaps, default=0.0),
        "silence_count": float(len(long_gaps)), "overtalk_s": overtalk,
        "interruptions_by_agent": float(interruptions[0]), "interruptions_by_customer": float(interruptions[1]),
        "mean_turn_s": sum(e - s for s, e in spans) / n_turns,
        "speech_rate_agent": words[0] / talk[0] if talk[0] > 0 else math.nan,
        "speech_rate_customer": words[1] / talk[1] if talk[1] > 0 else math.nan,
        "time_to_resolution_s": resolved[0] if resolved else math.nan,
    }


def _series(role: list[int], values: list[float], threshold: float) -> dict[str, float]:
    x = np.array([v for v, r in zip(values, role) if r == 1 and not math.isnan(v)], dtype=np.float64)
    m = len(x)
    if m == 0:
        return dict.fromkeys(("share", "max", "min", "mean", "end", "change", "slope"), math.nan)
    third = max(1, m // 3)
    slope = float(np.polyfit(np.arange(m) / (m - 1), x, 1)[0]) if m > 1 else 0.0
    return {"share": float(np.mean(x > threshold)), "max": float(x.max()), "min": float(x.min()),
            "mean": float(x.mean()), "end": float(x[-third:].mean()),
            "change": float(x[-third:].mean() - x[:third].mean()) if m > 1 else 0.0, "slope": slope}


def _repetition(role: list[int], words: list[int], vectors: np.ndarray, opts: FeatureOptions) -> dict[str, float]:
    keep = [k for k, (r, w) in enumerate(zip(role, words))
            if r == 1 and w >= opts.repeat_min_words and not np.isnan(vectors[k, 0])]
    if not keep:
        return {"repetition_score": 0.0, "repetition_max_cosine": math.nan}
    v = vectors[keep].astype(np.float32).astype(np.float64)
    cos = v @ v.T
    repeats = sum(bool((cos[j, :j] >= opts.repeat_cosine).any()) for j in range(len(keep)))
    lower = cos[np.tril_indices(len(keep), k=-1)]
    return {"repetition_score": repeats / len(keep),
            "repetition_max_cosine": float(lower.max()) if len(lower) else math.nan}


def _journeys(calls: pa.Table) -> dict[str, np.ndarray]:
    n = calls.num_rows
    cols = {name: np.full(n, np.nan) for name in JOURNEY_FEATURES}

    def col(name: str) -> list:
        return calls.column(name).to_pylist() if name in calls.column_names else [None] * n

    customers, channels = col("customer_id"), col("channel")
    times = (pc.cast(pc.cast(calls.column("started_at"), pa.timestamp("us")), pa.int64()).to_pylist()
             if "started_at" in calls.column_names else [None] * n)
    by_customer: dict[str, list[int]] = {}
    for i, (cust, t) in enumerate(zip(customers, times)):
        if cust is not None and t is not None:
            by_customer.setdefault(cust, []).append(i)
    week, month = 7 * 86_400_000_000, 30 * 86_400_000_000
    for members in by_customer.values():
        for i in members:
            earlier = [(times[i] - times[j], j) for j in members if times[j] < times[i]]
            cols["contacts_prev_7d"][i] = sum(dt <= week for dt, _ in earlier)
            cols["contacts_prev_30d"][i] = sum(dt <= month for dt, _ in earlier)
            cols["channel_hops_7d"][i] = sum(dt <= week and channels[i] is not None and channels[j] is not None
                                             and channels[j] != channels[i] for dt, j in earlier)
            cols["days_since_prev_contact"][i] = min(dt for dt, _ in earlier) / 86_400_000_000 if earlier else math.nan
    return cols
