"""``friction.parquet``: where effort concentrates — by intent × channel × queue × ISO week.

One row per group of scored calls: volume, mean CES, the share of high-effort calls
(``high_effort_prob ≥ 0.5``, the rule the API's filters use) and the expected share (mean
probability), and the drivers that added the most effort: each driver's contribution averaged
over *all* the group's calls (0 where it did not apply), most negative first, with the number
of calls it made harder. Calls without a prediction (``ces`` null) are left out.

Example:
    >>> friction_table(calls).column_names[:6]  # doctest: +SKIP
    ['intent', 'channel', 'queue', 'week', 'week_start', 'volume']
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from convo.schema import FRICTION

TOP_DRIVERS = 3
_KEYS = ("primary_intent", "channel", "queue")


def iso_week(started_at: Any) -> tuple[str | None, date | None]:
    """(``2024-W03``, the Monday of that week) for a timestamp, or (None, None)."""
    if started_at is None:
        return None, None
    year, week, weekday = started_at.isocalendar()
    monday = started_at.date() - timedelta(days=weekday - 1)
    return f"{year}-W{week:02d}", monday


def friction_table(calls: pa.Table, *, top: int = TOP_DRIVERS) -> pa.Table:
    """Aggregate scored calls (``calls.parquet`` rows with effort columns) into the FRICTION schema."""
    wanted = [c for c in (*_KEYS, "started_at", "ces", "high_effort_prob", "effort_drivers") if c in calls.column_names]
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in calls.select(wanted).to_pylist():
        if row.get("ces") is None:
            continue
        week, monday = iso_week(row.get("started_at"))
        key = tuple(row.get(k) for k in _KEYS) + (week, monday)
        groups[key].append(row)
    out = [_group_row(key, rows, top) for key, rows in groups.items()]
    out.sort(key=lambda r: (r["week"] or "", r["intent"] or "", r["channel"] or "", r["queue"] or ""))
    return pa.Table.from_pylist(out, schema=FRICTION)


def _group_row(key: tuple, rows: list[dict[str, Any]], top: int) -> dict[str, Any]:
    intent, channel, queue, week, monday = key
    n = len(rows)
    probs = [r["high_effort_prob"] for r in rows if r.get("high_effort_prob") is not None]
    return {
        "intent": intent, "channel": channel, "queue": queue, "week": week, "week_start": monday, "volume": n,
        "mean_ces": sum(r["ces"] for r in rows) / n,
        "high_effort_share": sum(p >= 0.5 for p in probs) / len(probs) if probs else None,
        "mean_high_effort_prob": sum(probs) / len(probs) if probs else None,
        "top_drivers": _top_drivers(rows, top),
    }


def _top_drivers(rows: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    total: dict[str, float] = defaultdict(float)
    harder: dict[str, int] = defaultdict(int)
    kinds: dict[str, str] = {}
    for row in rows:
        for d in row.get("effort_drivers") or []:
            total[d["driver"]] += d["contribution"]
            kinds[d["driver"]] = d["kind"]
            harder[d["driver"]] += d["contribution"] < 0
    n = len(rows)
    adding = sorted((name for name in total if total[name] < 0), key=lambda name: total[name])[:top]
    return [{"driver": name, "kind": kinds[name], "mean_contribution": total[name] / n, "calls": harder[name]}
            for name in adding]
