"""The published topic tables (schemas in ``convo.schema``): per-call topics, topic × week effort,
and the volume figures of ``topics.parquet`` (size, window shares, emerging, mean CES).

Everything here is recomputed from ``assignments`` and ``call_topics`` alone, so a fit, an update
and an erasure (which drops rows) all end with consistent figures.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.schema import CALL_TOPICS, TOPIC_ASSIGNMENTS, TOPIC_TRENDS, TOPICS

HIGH_EFFORT = 0.5  # high_effort_prob at or above this counts as a high-effort call


def assignments_table(unit_ids: np.ndarray | None, call_ids: np.ndarray, topics: np.ndarray, probability: np.ndarray,
                      similarity: np.ndarray, assigned_by: np.ndarray, window: int) -> pa.Table:
    n = len(call_ids)
    return pa.table({
        "utterance_id": pa.array(unit_ids, pa.string()) if unit_ids is not None else pa.nulls(n, pa.string()),
        "call_id": pa.array(call_ids, pa.string()),
        "topic_id": pa.array(topics, pa.int32()),
        "probability": pa.array(probability, pa.float32()),
        "similarity": pa.array(np.where(np.isfinite(similarity), similarity, np.nan), pa.float32(), from_pandas=True),
        "assigned_by": pa.array(assigned_by, pa.string()),
        "window": pa.array(np.full(n, window), pa.int32()),
    }, schema=TOPIC_ASSIGNMENTS)


def call_topics_table(assignments: pa.Table, calls: pa.Table) -> pa.Table:
    """One row per (call, topic) the call's units touch; a call with no topic gets one -1 row."""
    counts = assignments.group_by(["call_id", "topic_id", "window"]).aggregate([("topic_id", "count")])
    call = counts["call_id"].to_numpy(zero_copy_only=False)
    topic = counts["topic_id"].to_numpy()
    n = counts["topic_id_count"].to_numpy()
    order = np.lexsort((topic, -n, call))  # per call: most units first, then lowest id
    call, topic, n, window = call[order], topic[order], n[order], counts["window"].to_numpy()[order]
    totals = {c: 0 for c in call}
    has_topic: dict[str, bool] = {}
    for c, t, k in zip(call, topic, n):
        totals[c] += int(k)
        has_topic[c] = has_topic.get(c, False) or t >= 0
    keep = np.array([t >= 0 or not has_topic[c] for c, t in zip(call, topic)], bool)
    call, topic, n, window = call[keep], topic[keep], n[keep], window[keep]
    first = np.ones(len(call), bool)
    first[1:] = call[1:] != call[:-1]
    table = pa.table({"call_id": pa.array(call, pa.string()), "topic_id": pa.array(topic, pa.int32()),
                      "n_units": pa.array(n, pa.int32()),
                      "share": pa.array([k / totals[c] for c, k in zip(call, n)], pa.float32()),
                      "primary": pa.array(first & (topic >= 0)), "window": pa.array(window, pa.int32())})
    facts = calls.select(["call_id", "started_at", "ces", "high_effort_prob"])
    joined = table.join(facts, "call_id", join_type="left outer")
    return joined.sort_by([("window", "ascending"), ("call_id", "ascending"), ("n_units", "descending")]) \
                 .select(CALL_TOPICS.names).cast(CALL_TOPICS)


def _effort(table: pa.Table, keys: list[str]) -> pa.Table:
    high = pc.cast(pc.greater_equal(table["high_effort_prob"], HIGH_EFFORT), pa.float64())
    t = table.append_column("_high", high)
    return t.group_by(keys).aggregate([("call_id", "count_distinct"), ("ces", "mean"), ("_high", "mean")]).rename_columns(
        keys + ["volume", "mean_ces", "high_effort_share"])


def trends_table(call_topics: pa.Table) -> pa.Table:
    """Volume, share of the week's calls, mean CES and high-effort share per topic and ISO week."""
    if call_topics.num_rows == 0:
        return TOPIC_TRENDS.empty_table()
    started = call_topics["started_at"]
    iso = pc.iso_calendar(started)
    year, week = pc.struct_field(iso, "iso_year"), pc.struct_field(iso, "iso_week")
    label = pc.binary_join_element_wise(pc.cast(year, pa.string()), pc.utf8_lpad(pc.cast(week, pa.string()), 2, "0"), "-W")
    start = pc.cast(pc.floor_temporal(started, unit="week", week_starts_monday=True), pa.date32())
    t = call_topics.append_column("week", label).append_column("week_start", start)
    rows = _effort(t, ["topic_id", "week", "week_start"])
    weekly = t.group_by(["week"]).aggregate([("call_id", "count_distinct")]).rename_columns(["week", "week_calls"])
    rows = rows.join(weekly, "week", join_type="left outer")
    share = pc.divide(pc.cast(rows["volume"], pa.float64()), pc.cast(rows["week_calls"], pa.float64()))
    rows = rows.append_column("share", share)
    return rows.sort_by([("topic_id", "ascending"), ("week_start", "ascending")]).select(TOPIC_TRENDS.names).cast(TOPIC_TRENDS)


def _per_topic(table: pa.Table, column: str, name: str) -> dict[int, Any]:
    return dict(zip(table["topic_id"].to_pylist(), table[name].to_pylist())) if table.num_rows else {}


def refresh(topics: pa.Table, assignments: pa.Table, call_topics: pa.Table, *, emerging_factor: float,
            min_emerging_calls: int) -> pa.Table:
    """Recompute size, n_calls, window volumes and shares, emerging, mean CES and high-effort share."""
    sizes = _per_topic(assignments.group_by("topic_id").aggregate([("call_id", "count")]), "topic_id", "call_id_count")
    effort = _effort(call_topics, ["topic_id"])
    n_calls, ces, high = (_per_topic(effort, "topic_id", c) for c in ("volume", "mean_ces", "high_effort_share"))
    windows = sorted(set(call_topics["window"].to_pylist()))  # a window whose calls all came again is gone
    last = windows[-1] if windows else 0
    previous = windows[-2] if len(windows) > 1 else None

    def window_volume(w: int) -> tuple[dict[int, int], int]:
        rows = call_topics.filter(pc.equal(call_topics["window"], w))
        total = len(set(rows["call_id"].to_pylist()))
        per = rows.group_by("topic_id").aggregate([("call_id", "count_distinct")])
        return _per_topic(per, "topic_id", "call_id_count_distinct"), total

    now, now_total = window_volume(last)
    before, before_total = window_volume(previous) if previous is not None else ({}, 0)
    ids = topics["topic_id"].to_pylist()
    share = [now.get(t, 0) / now_total if now_total else 0.0 for t in ids]
    prev_share = [before.get(t, 0) / before_total if before_total else None for t in ids]
    emerging = [previous is not None and now.get(t, 0) >= min_emerging_calls and s > 0 and s >= emerging_factor * (p or 0.0)
                for t, s, p in zip(ids, share, prev_share)]
    columns = {
        "size": pa.array([sizes.get(t, 0) for t in ids], pa.int64()),
        "n_calls": pa.array([n_calls.get(t, 0) for t in ids], pa.int64()),
        "window_calls": pa.array([now.get(t, 0) for t in ids], pa.int64()),
        "previous_window_calls": pa.array([before.get(t, 0) if previous is not None else None for t in ids], pa.int64()),
        "share": pa.array(share, pa.float64()), "previous_share": pa.array(prev_share, pa.float64()),
        "emerging": pa.array(emerging, pa.bool_()),
        "mean_ces": pa.array([ces.get(t) for t in ids], pa.float64()),
        "high_effort_share": pa.array([high.get(t) for t in ids], pa.float64()),
    }
    for name, values in columns.items():
        topics = topics.set_column(topics.schema.get_field_index(name), TOPICS.field(name), values)
    return topics.cast(TOPICS)
