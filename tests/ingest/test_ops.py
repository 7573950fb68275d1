"""convo.ingest.ops: typing one row of ops data, reading ops files keyed by call id."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from convo.errors import InputError
from convo.ingest.ops import parse_ops, read_ops, read_table

UTC = timezone.utc


def exactly(message: str) -> str:
    """A ``pytest.raises(match=...)`` pattern that matches ``message`` and nothing else."""
    return f"^{re.escape(message)}$"


# --- parse_ops: typed values -------------------------------------------------------------


def test_floats_and_counts_are_typed():
    ops, extra = parse_ops({
        "wait_time_s": "12.5", "hold_time_s": 0, "handle_time_s": " 300 ",
        "hold_count": "2", "transfer_count": "1.0",
    })
    assert ops == {"wait_time_s": 12.5, "hold_time_s": 0.0, "handle_time_s": 300.0, "hold_count": 2, "transfer_count": 1}
    assert [type(ops[k]) for k in ("wait_time_s", "hold_time_s", "handle_time_s")] == [float] * 3
    assert [type(ops[k]) for k in ("hold_count", "transfer_count")] == [int, int]
    assert extra == {}


@pytest.mark.parametrize("value", ["true", "TRUE", "True", " yes ", "Y", "t", "1", True, 1])
def test_true_spellings(value):
    assert parse_ops({"escalated": value, "resolved": value})[0] == {"escalated": True, "resolved": True}


@pytest.mark.parametrize("value", ["false", "FALSE", "No", "n", "F", "0", " no ", False, 0])
def test_false_spellings(value):
    assert parse_ops({"escalated": value, "resolved": value})[0] == {"escalated": False, "resolved": False}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-02T09:30:00Z", datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
        ("2026-11-02T11:30:00+02:00", datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
        ("2026-11-02 04:30:00.250-05:00", datetime(2026, 11, 2, 9, 30, 0, 250000, tzinfo=UTC)),
        ("2026-11-02T09:30:00", datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),  # naive means UTC
        (" 2026-11-02T09:30:00Z ", datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
        (datetime(2026, 11, 2, 9, 30), datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),  # naive Parquet timestamp
        (datetime(2026, 11, 2, 10, 30, tzinfo=timezone(timedelta(hours=1))), datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
    ],
    ids=["Z", "offset", "fraction-negative-offset", "naive", "padded", "naive-datetime", "aware-datetime"],
)
def test_started_at_is_utc(value, expected):
    started = parse_ops({"started_at": value})[0]["started_at"]
    assert started == expected
    assert started.utcoffset() == timedelta(0)
    assert (started.hour, started.minute) == (expected.hour, expected.minute)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("voice", "voice"), ("Voice", "voice"), (" CHAT ", "chat"), ("email", "email"), ("Social", "social")],
)
def test_channel_is_normalised(value, expected):
    assert parse_ops({"channel": value})[0] == {"channel": expected}


def test_string_columns_are_stripped_text():
    ops, _ = parse_ops({"queue": " billing ", "agent_id": 42, "customer_id": "007"})
    assert ops == {"queue": "billing", "agent_id": "42", "customer_id": "007"}


def test_extras_become_metadata_strings():
    ops, extra = parse_ops({"region": "EU", "priority": 3, "vip": True, "score": 0.5, "queue": "sales"})
    assert ops == {"queue": "sales"}
    assert extra == {"region": "EU", "priority": "3", "vip": "True", "score": "0.5"}
    assert all(isinstance(v, str) for v in extra.values())


@pytest.mark.parametrize("missing", [None, "", "   ", float("nan")], ids=["None", "empty", "blank", "nan"])
def test_missing_values_are_skipped(missing):
    raw = {name: missing for name in (
        "started_at", "channel", "queue", "agent_id", "wait_time_s", "hold_count", "escalated", "region",
    )}
    assert parse_ops(raw) == ({}, {})


def test_manifest_columns_are_not_ops_or_metadata():
    assert parse_ops({"path": "calls/a.wav", "call_id": "a", "queue": "q"}) == ({"queue": "q"}, {})


# --- parse_ops: bad values ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("wait_time_s", "abc", "wait_time_s='abc' is not a number of seconds"),
        ("wait_time_s", "-1", "wait_time_s='-1' must be a finite number >= 0"),
        ("hold_time_s", "inf", "hold_time_s='inf' must be a finite number >= 0"),
        ("handle_time_s", "nan", "handle_time_s='nan' must be a finite number >= 0"),
        ("handle_time_s", [1], "handle_time_s=[1] is not a number of seconds"),
        ("hold_count", "2.5", "hold_count='2.5' must be a whole number >= 0"),
        ("hold_count", -1, "hold_count=-1 must be a whole number >= 0"),
        ("transfer_count", "two", "transfer_count='two' is not a whole number"),
        ("transfer_count", "inf", "transfer_count='inf' must be a whole number >= 0"),
        ("escalated", "maybe", "escalated='maybe' is not a boolean; expected one of true/false/1/0/yes/no"),
        ("resolved", "2", "resolved='2' is not a boolean; expected one of true/false/1/0/yes/no"),
        ("resolved", 2, "resolved=2 is not a boolean; expected one of true/false/1/0/yes/no"),
        ("started_at", "yesterday", "started_at='yesterday' is not an ISO-8601 date-time (e.g. 2026-11-02T09:30:00Z)"),
        ("started_at", "2026-13-01T00:00:00Z", "started_at='2026-13-01T00:00:00Z' is not an ISO-8601 date-time (e.g. 2026-11-02T09:30:00Z)"),
        ("started_at", 1700000000, "started_at=1700000000 is not an ISO-8601 date-time (e.g. 2026-11-02T09:30:00Z)"),
        ("channel", "phone", "channel='phone' is not one of voice, chat, email, social"),
        ("channel", "SMS", "channel='SMS' is not one of voice, chat, email, social"),
    ],
)
def test_bad_value_names_column_and_value(column, value, message):
    with pytest.raises(InputError, match=exactly(message)):
        parse_ops({"queue": "fine", column: value})


@pytest.mark.parametrize(("column", "value"), [("wait_time_s", True), ("hold_count", False)])
def test_bool_is_not_a_number(column, value):
    # A JSON ``true`` in a numeric field is a mistake, not 1 (the transcript schema says number;
    # transcripts._time rejects bools the same way).
    with pytest.raises(InputError, match=f"^{column}={value!r} "):
        parse_ops({column: value})


def test_count_must_fit_the_published_int32_column():
    # hold_count / transfer_count are int32 in schema.CALLS; a bigger value must be a bad value
    # (an error row), not a crash when the call batch is built.
    with pytest.raises(InputError, match=r"^hold_count='3000000000' "):
        parse_ops({"hold_count": "3000000000"})


# --- read_table / read_ops ---------------------------------------------------------------


def test_read_ops_csv_keys_rows_and_reports_problems(tmp_path):
    path = tmp_path / "ops.csv"
    path.write_text(
        "call_id,queue,agent_id,wait_time_s,escalated\n"
        "c1,billing,007,12.5,yes\n"
        ",sales,a2,1,no\n"
        "c2,,,,\n"
        "c1,dup,a3,2,no\n"
    )
    rows, problems = read_ops(path)
    assert sorted(rows) == ["c1", "c2"]
    # CSV values stay text (leading zeros survive) until parse_ops types them.
    assert rows["c1"] == {"call_id": "c1", "queue": "billing", "agent_id": "007", "wait_time_s": "12.5", "escalated": "yes"}
    assert problems == [(3, None, "ops row has no call_id"), (5, "c1", "duplicate ops row for call_id 'c1'")]
    assert parse_ops(rows["c1"]) == ({"queue": "billing", "agent_id": "007", "wait_time_s": 12.5, "escalated": True}, {})
    assert parse_ops(rows["c2"]) == ({}, {})


def test_read_ops_csv_with_excel_bom(tmp_path):
    path = tmp_path / "ops.csv"
    path.write_bytes("call_id,queue\r\nc1,billing\r\n".encode("utf-8-sig"))
    rows, problems = read_ops(path)
    assert rows == {"c1": {"call_id": "c1", "queue": "billing"}}
    assert problems == []


def test_read_ops_parquet_keeps_types(tmp_path):
    path = tmp_path / "ops.parquet"
    table = pa.table({
        "call_id": pa.array(["p1", None, "p2", "p2"]),
        "wait_time_s": pa.array([3.5, 1.0, None, 2.0]),
        "hold_count": pa.array([1, 0, 2, 3], pa.int64()),
        "escalated": pa.array([True, False, None, True]),
        "started_at": pa.array([datetime(2026, 11, 2, 9, 30), None, None, None], pa.timestamp("us")),
        "region": pa.array(["EU", "US", "APAC", "EU"]),
    })
    pq.write_table(table, path)
    rows, problems = read_ops(path)
    assert sorted(rows) == ["p1", "p2"]
    assert problems == [(3, None, "ops row has no call_id"), (5, "p2", "duplicate ops row for call_id 'p2'")]
    ops, extra = parse_ops(rows["p1"])
    assert ops == {
        "wait_time_s": 3.5, "hold_count": 1, "escalated": True,
        "started_at": datetime(2026, 11, 2, 9, 30, tzinfo=UTC),
    }
    assert extra == {"region": "EU"}
    assert parse_ops(rows["p2"]) == ({"hold_count": 2}, {"region": "APAC"})


def test_read_ops_parquet_integer_call_ids_become_strings(tmp_path):
    path = tmp_path / "ops.parquet"
    pq.write_table(pa.table({"call_id": pa.array([1001, 1002]), "queue": ["a", "b"]}), path)
    rows, problems = read_ops(path)
    assert sorted(rows) == ["1001", "1002"]
    assert problems == []


def test_read_ops_nan_call_id_is_a_problem(tmp_path):
    path = tmp_path / "ops.parquet"
    pq.write_table(pa.table({"call_id": pa.array([math.nan, 7.0])}), path)
    rows, problems = read_ops(path)
    assert len(rows) == 1
    assert problems == [(2, None, "ops row has no call_id")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ops.csv", "id,queue\nc1,billing\n", "ops file {path} has no 'call_id' column (columns: ['id', 'queue'])"),
        ("ops.xlsx", "call_id\nc1\n", "unsupported table format '.xlsx'; expected .csv or .parquet"),
        ("ops.parquet", "call_id\nc1\n", "cannot read {path}: "),
        ("ops.csv", None, "cannot read {path}: "),
    ],
    ids=["no-call-id-column", "unsupported-suffix", "not-parquet", "missing-file"],
)
def test_read_ops_bad_files(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    expected = message.format(path=path)
    pattern = f"^{re.escape(expected)}" + ("" if expected.endswith(": ") else "$")
    with pytest.raises(InputError, match=pattern):
        read_ops(path)


def test_read_table_csv_reads_every_column_as_text(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("path,hold_count,escalated,started_at\na.wav,2,true,2026-11-02T09:30:00Z\n")
    table = read_table(path)
    assert all(pa.types.is_string(t) for t in table.schema.types)
    assert table.to_pylist() == [{"path": "a.wav", "hold_count": "2", "escalated": "true", "started_at": "2026-11-02T09:30:00Z"}]
