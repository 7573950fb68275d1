"""friction.parquet: effort by intent × channel × queue × ISO week, with the drivers that add most."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa
import pytest

from convo import schema
from convo.effort.friction import friction_table, iso_week


def _call(call_id, intent, started, ces, prob, drivers):
    return {"call_id": call_id, "primary_intent": intent, "channel": "voice", "queue": "billing", "started_at": started,
            "ces": ces, "high_effort_prob": prob,
            "effort_drivers": [{"driver": d, "kind": "do", "value": 1.0, "contribution": c, "evidence": []}
                               for d, c in drivers]}


def _calls(rows):
    fields = [schema.CALLS.field(n) for n in ("call_id", "primary_intent", "channel", "queue", "started_at", "ces",
                                               "high_effort_prob", "effort_drivers")]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def test_iso_week_and_its_monday():
    assert iso_week(datetime(2026, 1, 1, 12, tzinfo=timezone.utc)) == ("2026-W01", date(2025, 12, 29))
    assert iso_week(None) == (None, None)


def test_groups_volume_shares_and_top_drivers():
    monday = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    thursday = datetime(2026, 3, 5, 9, tzinfo=timezone.utc)
    calls = _calls([
        _call("a", "refund", monday, 2.5, 0.8, [("transfer_count", -1.0), ("resolved", -0.8), ("customer_language", 0.2)]),
        _call("b", "refund", thursday, 5.5, 0.1, [("transfer_count", -0.4)]),
        _call("c", "refund", datetime(2026, 3, 9, tzinfo=timezone.utc), 6.0, 0.05, []),
        _call("d", None, None, 4.0, 0.3, [("wait_time_s", -0.3)]),
        {**_call("e", "refund", monday, None, None, []), "effort_drivers": None},  # not scored: left out
    ])
    table = friction_table(calls)
    assert table.schema.equals(schema.FRICTION, check_metadata=False)
    rows = {(r["intent"], r["week"]): r for r in table.to_pylist()}
    assert set(rows) == {("refund", "2026-W10"), ("refund", "2026-W11"), (None, None)}
    week = rows[("refund", "2026-W10")]
    assert (week["volume"], week["week_start"], week["mean_ces"]) == (2, date(2026, 3, 2), 4.0)
    assert week["high_effort_share"] == 0.5 and week["mean_high_effort_prob"] == pytest.approx(0.45)
    assert [(d["driver"], d["calls"]) for d in week["top_drivers"]] == [("transfer_count", 2), ("resolved", 1)]
    assert week["top_drivers"][0]["mean_contribution"] == pytest.approx(-0.7)
    assert rows[("refund", "2026-W11")]["top_drivers"] == []


def test_no_scored_calls_give_an_empty_table():
    assert friction_table(_calls([])).num_rows == 0
