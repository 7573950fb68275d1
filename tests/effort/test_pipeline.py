"""The effort pass inside ``convo run``: every call scored and explained exactly, friction written, nothing lost.

These tests run the committed demo chats (``samples/chats``) through the whole pipeline with the
shipped models (understanding and ``models/effort``).
"""

from __future__ import annotations

import json

import numpy as np
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from convo import schema
from convo.cli import app
from convo.pipeline import RunOptions, run
from convo.understand.stage import UnderstandOptions
from tests.conftest import SAMPLES, chat

pytest.importorskip("torch")
pytest.importorskip("numba")
OPS = """call_id,started_at,queue,customer_id,wait_time_s,hold_time_s,hold_count,transfer_count,escalated,resolved
chat-001-order-not-arrived,2026-11-05T19:22:10Z,orders,C-1,35,0,0,0,false,true
chat-002-refund-question,2026-11-06T10:00:00Z,billing,C-1,400,120,1,2,true,false
chat-003-account-locked,2026-11-09T08:00:00Z,accounts,C-2,20,0,0,0,false,true
"""


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("effort-demo")
    ops = out.parent / f"{out.name}-ops.csv"
    ops.write_text(OPS)
    summary = run([SAMPLES / "chats"], out, ops=ops, options=RunOptions(workers=1))
    assert summary.exit_code == 0
    return out


def _exact(row) -> float:
    return row["ces_baseline"] + sum(d["contribution"] for d in row["effort_drivers"])


def test_every_call_is_scored_and_explained_exactly(demo_run):
    calls = pq.read_table(demo_run / "calls.parquet")
    assert calls.schema.equals(schema.CALLS, check_metadata=False)
    utterances = {u["utterance_id"]: u for u in pq.read_table(demo_run / "utterances.parquet").to_pylist()}
    assert calls.num_rows == 3
    for row in calls.to_pylist():
        assert 1.0 <= row["ces"] <= 7.0 and row["effort_model"] == "effort"
        assert _exact(row) == pytest.approx(row["ces"], abs=1e-4)
        assert sum(row["ces_dist"]) == pytest.approx(1.0, abs=1e-5)
        assert row["high_effort_prob"] == pytest.approx(sum(row["ces_dist"][:3]), abs=1e-5)
        sizes = [abs(d["contribution"]) for d in row["effort_drivers"]]
        assert sizes == sorted(sizes, reverse=True) and all(s > 0 for s in sizes)
        for driver in row["effort_drivers"]:
            assert driver["kind"] in ("do", "feel")
            for ev in driver["evidence"]:
                said = utterances[ev["utterance_id"]]
                assert ev["start_s"] == said["start_s"]
                assert ev["quote"].rstrip("…") in said["text"]  # quotes come from the stored (redacted) text


def test_operational_friction_lowers_ces_with_named_drivers(demo_run):
    rows = {r["call_id"]: r for r in pq.read_table(demo_run / "calls.parquet").to_pylist()}
    hard = rows["chat-002-refund-question"]
    drivers = {d["driver"]: d for d in hard["effort_drivers"]}
    for name in ("transfer_count", "resolved", "escalated", "wait_time_s", "contacts_prev_7d"):
        assert drivers[name]["contribution"] < 0 and drivers[name]["kind"] == "do", name
    assert drivers["contacts_prev_7d"]["value"] == 1.0  # C-1 came back within the week
    assert hard["ces"] < rows["chat-001-order-not-arrived"]["ces"] - 1.0
    assert hard["high_effort_prob"] > rows["chat-001-order-not-arrived"]["high_effort_prob"]


def test_friction_and_run_json(demo_run):
    friction = pq.read_table(demo_run / "friction.parquet")
    assert friction.schema.equals(schema.FRICTION, check_metadata=False)
    assert sum(friction["volume"].to_pylist()) == 3
    assert {r["week"] for r in friction.to_pylist()} == {"2026-W45", "2026-W46"}
    note = json.loads((demo_run / "run.json").read_text())["effort"]
    assert note["status"] == "ok" and note["scored"] == 3 and "customer_language" in note["drivers_available"]


def test_committed_demo_chats_without_ops(tmp_path):
    run([SAMPLES / "chats"], tmp_path, options=RunOptions(workers=1))
    calls = pq.read_table(tmp_path / "calls.parquet").to_pylist()
    assert len(calls) == 3
    for row in calls:
        assert row["ces"] is not None and _exact(row) == pytest.approx(row["ces"], abs=1e-4)
        assert {d["kind"] for d in row["effort_drivers"]} <= {"do", "feel"}


def test_without_understanding_ops_still_score(tmp_path, write_json):
    write_json("in/a.json", chat("a", wait_time_s=600, transfer_count=2))
    write_json("in/b.json", chat("b"))
    run([tmp_path / "in"], tmp_path / "out", options=RunOptions(workers=1, understand=UnderstandOptions(enabled=False)))
    rows = {r["call_id"]: r for r in pq.read_table(tmp_path / "out" / "calls.parquet").to_pylist()}
    assert set(rows) == {"a", "b"}
    assert rows["a"]["ces"] < rows["b"]["ces"]
    assert {d["driver"] for d in rows["a"]["effort_drivers"]} >= {"transfer_count", "wait_time_s"}
    note = json.loads((tmp_path / "out" / "run.json").read_text())["effort"]
    assert note["status"] == "ok" and "no understanding output" in note["note"]


def test_a_failing_effort_pass_loses_no_calls(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    options = RunOptions(workers=1, understand=UnderstandOptions(enabled=False), effort_model=str(tmp_path / "missing"))
    summary = run([tmp_path / "in"], tmp_path / "out", options=options)
    calls = pq.read_table(tmp_path / "out" / "calls.parquet").to_pylist()
    assert summary.counts["calls"] == 1 and calls[0]["ces"] is None
    note = json.loads((tmp_path / "out" / "run.json").read_text())["effort"]
    assert note["status"] == "failed" and "missing" in note["error"]
    assert pq.read_table(tmp_path / "out" / "friction.parquet").num_rows == 0


def test_cli_effort_model_option(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    runner = CliRunner()
    bad = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o1"), "--no-understand",
                              "--effort-model", str(tmp_path / "nope")])
    assert bad.exit_code == 2 and "effort model" in bad.output and not (tmp_path / "o1").exists()
    skipped = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "--no-understand",
                                  "--effort-model", "none"])
    assert skipped.exit_code == 0, skipped.output
    assert "effort" not in json.loads((tmp_path / "o2" / "run.json").read_text())
    assert np.isnan(pq.read_table(tmp_path / "o2" / "calls.parquet")["ces"].to_numpy(zero_copy_only=False)[0])
