"""convo.ingest.discover: files, directories, .jsonl, manifests and the --ops join become rows or error rows."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from convo.ingest.discover import Inputs, discover
from convo.schema import ERRORS, call_batch_from_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
UTC = timezone.utc
# Discovery never decodes audio: any bytes with an audio suffix will do.
AUDIO = b"RIFF\x24\x00\x00\x00WAVEfmt not really audio"
TURNS = [{"speaker": "agent", "text": "Hello", "start_s": 0.0, "end_s": 1.0}, {"speaker": "customer", "text": "Hi"}]


def write(path: Path, data: bytes | str | dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, dict):
        data = json.dumps(data)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def conversation(call_id: str, **fields) -> dict:
    return {"call_id": call_id, **fields, "turns": TURNS}


def check(found: Inputs, n_rows: int, n_errors: int) -> None:
    """Every input is a row or an error row, and both build into the published schemas."""
    assert (len(found.rows), len(found.errors)) == (n_rows, n_errors), found.errors
    assert found.n_inputs == n_rows + n_errors
    assert call_batch_from_rows(found.rows).num_rows == n_rows
    assert pa.Table.from_pylist(found.errors, schema=ERRORS).num_rows == n_errors


def by_id(found: Inputs) -> dict[str, dict]:
    return {row["call_id"]: row for row in found.rows}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- files and directories ----------------------------------------------------------------


def test_directory_is_searched_recursively_skipping_hidden_files(tmp_path):
    a = write(tmp_path / "calls" / "a.wav", AUDIO)
    b = write(tmp_path / "calls" / "sub" / "deeper" / "b.MP3", AUDIO + b"b")
    chat = write(tmp_path / "calls" / "chat.json", conversation("chat-1", language="en"))
    write(tmp_path / "calls" / ".hidden.wav", AUDIO)
    write(tmp_path / "calls" / "sub" / ".DS_Store", b"\x00\x01")

    found = discover([tmp_path / "calls"])

    check(found, 3, 0)
    assert [r["call_id"] for r in found.rows] == ["a", "chat-1", "b"]  # sorted by path
    rows = by_id(found)
    assert rows["a"] == {
        "call_id": "a", "source_path": str(a), "source_sha256": sha256(a), "source_kind": "audio",
        "channel": "voice", "metadata": [],
    }
    assert (rows["b"]["source_kind"], rows["b"]["source_sha256"]) == ("audio", sha256(b))
    assert rows["chat-1"]["source_kind"] == "transcript"
    assert (rows["chat-1"]["source_path"], rows["chat-1"]["source_sha256"]) == (str(chat), sha256(chat))
    assert (rows["chat-1"]["channel"], rows["chat-1"]["language"]) == ("chat", "en")
    assert json.loads(rows["chat-1"]["transcript_json"]) == [
        {"speaker": "agent", "text": "Hello", "start_s": 0.0, "end_s": 1.0, "words": None},
        {"speaker": "customer", "text": "Hi", "start_s": None, "end_s": None, "words": None},
    ]


def test_json_transcript_ops_fields_are_typed(tmp_path):
    path = write(tmp_path / "c.json", conversation(
        "c1", channel="Email", started_at="2026-11-02T10:30:00+01:00", escalated=True, hold_count=2,
        metadata={"region": "EU", "priority": 2},
    ))
    found = discover([path])
    check(found, 1, 0)
    row = found.rows[0]
    assert (row["channel"], row["started_at"], row["escalated"], row["hold_count"]) == (
        "email", datetime(2026, 11, 2, 9, 30, tzinfo=UTC), True, 2)
    assert row["metadata"] == [("priority", "2"), ("region", "EU")]


def test_amazon_transcribe_file(tmp_path):
    path = write(tmp_path / "aws" / "job.json", (FIXTURES / "aws_call_analytics.json").read_bytes())
    found = discover([tmp_path / "aws"])
    check(found, 1, 0)
    row = found.rows[0]
    assert (row["call_id"], row["source_kind"], row["language"], row["channel"]) == (
        "billing-dispute-20261102-0042", "aws_transcribe", "en", "voice")
    turns = json.loads(row["transcript_json"])
    assert [t["speaker"] for t in turns] == ["agent", "customer"] * 3
    assert turns[0]["words"][0] == {"word": "Thank", "start_s": 1.52, "end_s": 1.835, "probability": 0.8783}
    assert row["source_sha256"] == sha256(path)


# --- .jsonl -------------------------------------------------------------------------------


def test_jsonl_one_conversation_per_line(tmp_path):
    aws_line = {"Transcript": [{"Content": "Hello", "ParticipantRole": "AGENT", "BeginOffsetMillis": 0, "EndOffsetMillis": 800}]}
    lines = [
        json.dumps(conversation("c1")),
        "",
        "{not json",
        json.dumps(aws_line),
        "   ",
        json.dumps({"call_id": "c6"}),
        json.dumps(conversation("c7", channel="social")),
    ]
    path = write(tmp_path / "chats.jsonl", "\n".join(lines))  # no newline after the last line

    found = discover([path])

    check(found, 3, 2)
    assert [(r["call_id"], r["source_path"]) for r in found.rows] == [
        ("c1", f"{path}:1"), ("chats-4", f"{path}:4"), ("c7", f"{path}:7"),
    ]
    assert [r["source_kind"] for r in found.rows] == ["transcript", "aws_transcribe", "transcript"]
    assert found.rows[2]["channel"] == "social"
    assert len({r["source_sha256"] for r in found.rows}) == 3
    assert [(e["input_path"], e["stage"], e["error_type"], e["call_id"]) for e in found.errors] == [
        (f"{path}:3", "ingest", "TranscriptError", None),
        (f"{path}:6", "ingest", "TranscriptError", None),
    ]
    assert found.errors[0]["message"].startswith("malformed JSON: ")
    assert found.errors[1]["message"] == "conversation 'c6' has no turns (expected a non-empty 'turns' list)"


def test_jsonl_line_that_is_not_utf8_is_an_error_row(tmp_path):
    path = write(tmp_path / "chats.jsonl", json.dumps(conversation("ok")).encode() + b"\n" + b'{"call_id": "caf\xe9"}\n')
    found = discover([path])
    check(found, 1, 1)
    assert (found.errors[0]["input_path"], found.errors[0]["error_type"]) == (f"{path}:2", "UnicodeDecodeError")


# --- manifests ----------------------------------------------------------------------------


def test_csv_manifest(tmp_path):
    a = write(tmp_path / "batch" / "audio" / "a.wav", AUDIO)
    b = write(tmp_path / "batch" / "audio" / "b.wav", AUDIO + b"b")
    c = write(tmp_path / "elsewhere" / "c.json", conversation("chat-c", queue="chat-queue"))
    manifest = write(tmp_path / "batch" / "manifest.csv", (
        "path,call_id,queue,agent_id,wait_time_s,escalated,region\n"
        "audio/a.wav,call-a,billing,007,12.5,yes,EU\n"
        "audio/b.wav,,sales,,,,\n"
        f"{c},,,,,,US\n"
        "audio/missing.wav,call-m,,,,,\n"
        ",call-x,,,,,\n"
    ))

    found = discover([manifest])

    check(found, 3, 2)
    rows = by_id(found)
    assert rows["call-a"] == {
        "call_id": "call-a", "source_path": str(a), "source_sha256": sha256(a), "source_kind": "audio",
        "channel": "voice", "queue": "billing", "agent_id": "007", "wait_time_s": 12.5, "escalated": True,
        "metadata": [("region", "EU")],
    }
    assert (rows["b"]["source_path"], rows["b"]["queue"], rows["b"]["metadata"]) == (str(b), "sales", [])
    assert (rows["chat-c"]["source_path"], rows["chat-c"]["metadata"]) == (str(c), [("region", "US")])
    missing = tmp_path / "batch" / "audio" / "missing.wav"
    assert found.errors == [
        {"input_path": str(missing), "call_id": "call-m", "stage": "ingest", "error_type": "FileNotFoundError",
         "message": f"no such file: {missing}"},
        {"input_path": f"{manifest}:6", "call_id": None, "stage": "ingest", "error_type": "InputError",
         "message": "manifest row has no path"},
    ]


def test_manifest_values_override_the_transcript(tmp_path):
    write(tmp_path / "c.json", conversation("chat-c", queue="chat-queue", channel="chat"))
    manifest = write(tmp_path / "m.csv", "path,call_id,queue,channel\nc.json,renamed,vip,email\n")
    found = discover([manifest])
    check(found, 1, 0)
    assert {k: found.rows[0][k] for k in ("call_id", "queue", "channel")} == {"call_id": "renamed", "queue": "vip", "channel": "email"}


def test_empty_manifest_cell_keeps_the_transcript_value(tmp_path):
    # An empty cell means "not given here"; it must not erase what the transcript says.
    write(tmp_path / "c.json", conversation("chat-c", queue="chat-queue"))
    write(tmp_path / "d.wav", AUDIO)
    manifest = write(tmp_path / "m.csv", "path,queue\nc.json,\nd.wav,sales\n")
    found = discover([manifest])
    check(found, 2, 0)
    assert by_id(found)["chat-c"].get("queue") == "chat-queue"


def test_parquet_manifest(tmp_path):
    a = write(tmp_path / "in" / "a.wav", AUDIO)
    c = write(tmp_path / "in" / "c.json", conversation("chat-c"))
    manifest = tmp_path / "in" / "manifest.parquet"
    pq.write_table(pa.table({
        "path": ["a.wav", "c.json"],
        "call_id": pa.array(["p-a", None]),
        "channel": ["voice", "Email"],
        "hold_count": pa.array([2, None], pa.int64()),
        "handle_time_s": pa.array([310.5, None]),
        "escalated": pa.array([False, None]),
        "started_at": pa.array([datetime(2026, 11, 2, 9, 30), None], pa.timestamp("ms")),
        "site": ["Leeds", None],
    }), manifest)

    found = discover([manifest])

    check(found, 2, 0)
    rows = by_id(found)
    assert {k: rows["p-a"][k] for k in ("source_path", "hold_count", "handle_time_s", "escalated", "started_at", "metadata")} == {
        "source_path": str(a), "hold_count": 2, "handle_time_s": 310.5, "escalated": False,
        "started_at": datetime(2026, 11, 2, 9, 30, tzinfo=UTC), "metadata": [("site", "Leeds")],
    }
    assert (rows["chat-c"]["source_path"], rows["chat-c"]["channel"], rows["chat-c"]["metadata"]) == (str(c), "email", [])


def test_parquet_manifest_integer_call_ids_are_strings(tmp_path):
    write(tmp_path / "a.wav", AUDIO)
    manifest = tmp_path / "m.parquet"
    pq.write_table(pa.table({"path": ["a.wav"], "call_id": pa.array([1001], pa.int64())}), manifest)
    ops = write(tmp_path / "ops.csv", "call_id,queue\n1001,retention\n")
    found = discover([manifest], ops_path=ops)
    # call ids are strings everywhere (read_ops keys them as str): the join must find the row
    # and the row must build into CALL_BATCH.
    assert [r["call_id"] for r in found.rows] == ["1001"]
    assert found.rows[0].get("queue") == "retention"
    check(found, 1, 0)


# --- the --ops join -----------------------------------------------------------------------


def test_ops_join(tmp_path):
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.wav", AUDIO + name.encode())
    manifest = write(tmp_path / "m.csv", (
        "path,call_id,queue,agent_id\n"
        "a.wav,call-a,billing,a1\n"
        "b.wav,call-b,sales,a2\n"
        "c.wav,call-c,support,a3\n"
    ))
    ops = write(tmp_path / "ops.csv", (
        "call_id,queue,resolved,wait_time_s,note\n"
        "call-a,retention,yes,3,vip\n"
        "call-b,,,soon,\n"
        "call-unknown,x,,,\n"
        ",orphan,,,\n"
        "call-c,complaints,no,1,\n"
        "call-c,again,,,\n"
    ))

    found = discover([manifest], ops_path=ops)

    check(found, 2, 3)
    rows = by_id(found)
    assert {k: rows["call-a"][k] for k in ("queue", "agent_id", "resolved", "wait_time_s", "metadata")} == {
        "queue": "retention", "agent_id": "a1", "resolved": True, "wait_time_s": 3.0, "metadata": [("note", "vip")],
    }
    # The first ops row of a call id wins; the duplicate is reported.
    assert {k: rows["call-c"][k] for k in ("queue", "agent_id", "resolved", "wait_time_s")} == {
        "queue": "complaints", "agent_id": "a3", "resolved": False, "wait_time_s": 1.0,
    }
    assert "call-b" not in rows
    assert sorted(found.errors, key=lambda e: e["input_path"]) == sorted([
        {"input_path": str(tmp_path / "b.wav"), "call_id": "call-b", "stage": "ops", "error_type": "InputError",
         "message": "wait_time_s='soon' is not a number of seconds"},
        {"input_path": f"{ops}:5", "call_id": None, "stage": "ops", "error_type": "InputError",
         "message": "ops row has no call_id"},
        {"input_path": f"{ops}:7", "call_id": "call-c", "stage": "ops", "error_type": "InputError",
         "message": "duplicate ops row for call_id 'call-c'"},
    ], key=lambda e: e["input_path"])


def test_ops_join_onto_transcripts_by_call_id(tmp_path):
    path = write(tmp_path / "c.json", conversation("chat-9", queue="from-transcript"))
    ops = write(tmp_path / "ops.parquet", b"")
    pq.write_table(pa.table({"call_id": ["chat-9"], "queue": ["from-ops"], "transfer_count": pa.array([1], pa.int32())}), ops)
    found = discover([path], ops_path=ops)
    check(found, 1, 0)
    assert (found.rows[0]["queue"], found.rows[0]["transfer_count"]) == ("from-ops", 1)


def test_empty_ops_cell_keeps_the_manifest_value(tmp_path):
    # The ops file has a queue column but no queue for this call: the manifest's queue stays.
    write(tmp_path / "a.wav", AUDIO)
    manifest = write(tmp_path / "m.csv", "path,call_id,queue\na.wav,call-a,billing\n")
    ops = write(tmp_path / "ops.csv", "call_id,queue,resolved\ncall-a,,yes\n")
    found = discover([manifest], ops_path=ops)
    check(found, 1, 0)
    assert (found.rows[0].get("queue"), found.rows[0]["resolved"]) == ("billing", True)


# --- duplicates and bad inputs ------------------------------------------------------------


def test_duplicate_call_ids(tmp_path):
    first = write(tmp_path / "x" / "a.wav", AUDIO)
    second = write(tmp_path / "y" / "a.wav", AUDIO + b"other")
    chat = write(tmp_path / "y" / "z.json", conversation("a"))
    found = discover([tmp_path])
    check(found, 1, 2)
    assert found.rows[0]["source_path"] == str(first)
    assert found.errors == [
        {"input_path": str(path), "call_id": "a", "stage": "ingest", "error_type": "InputError",
         "message": f"duplicate call_id 'a' (first seen in {first})"}
        for path in (second, chat)
    ]


@pytest.mark.parametrize(
    ("name", "content", "error_type", "message"),
    [
        ("nope.wav", None, "FileNotFoundError", "no such file: {path}"),
        ("no-such-dir", None, "FileNotFoundError", "no such file: {path}"),
        ("missing.csv", None, "FileNotFoundError", "no such file: {path}"),
        ("empty.wav", b"", "InputError", "empty file (0 bytes)"),
        ("notes.txt", b"hello", "InputError", "unsupported file type '.txt'; expected one of "),
        ("README", b"hello", "InputError", "unsupported file type '(none)'; expected one of "),
        ("bad.json", b"{", "TranscriptError", "malformed JSON: "),
        ("list.json", b"[]", "TranscriptError", "expected a JSON object, got list"),
        ("latin1.json", b'{"call_id": "caf\xe9"}', "UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe9 in position 16: invalid continuation byte"),
        ("m.csv", b"file\na.wav\n", "InputError", "manifest {path} has no 'path' column (columns: ['file'])"),
        ("m.parquet", b"not parquet", "InputError", "cannot read {path}: "),
    ],
)
def test_bad_input_is_an_ingest_error_row(tmp_path, name, content, error_type, message):
    path = tmp_path / name
    if content is not None:
        write(path, content)
    found = discover([path])
    check(found, 0, 1)
    error = found.errors[0]
    assert (error["input_path"], error["call_id"], error["stage"], error["error_type"]) == (str(path), None, "ingest", error_type)
    expected = message.format(path=path)
    assert re.match(re.escape(expected) + ("" if expected.endswith(" ") else "$"), error["message"]), error["message"]


@pytest.mark.parametrize(
    "doc",
    [
        {"JobName": "j", "Transcript": [{"Content": "Hi", "ParticipantRole": "AGENT", "BeginOffsetMillis": None}]},
        {"results": {"audio_segments": [{"transcript": "Hi", "start_time": "n/a", "end_time": "1.0"}]}},
        {"call_id": "c1", "language": 5, "turns": TURNS},
    ],
    ids=["aws-null-offset", "aws-standard-bad-time", "language-not-string"],
)
def test_malformed_transcript_is_an_error_row_not_a_crash(tmp_path, doc):
    # "nothing here raises for a bad input", and every row must build into CALL_BATCH.
    path = write(tmp_path / "t.json", doc)
    found = discover([path])
    check(found, 0, 1)
    assert (found.errors[0]["input_path"], found.errors[0]["stage"]) == (str(path), "ingest")


def test_unsupported_type_message_lists_the_known_suffixes(tmp_path):
    found = discover([write(tmp_path / "notes.txt", "hi")])
    known = found.errors[0]["message"].split("expected one of ")[1].split(", ")
    assert {".wav", ".mp3", ".flac", ".m4a", ".json", ".jsonl"} <= set(known)
    assert known == sorted(known)


def test_every_input_is_accounted_for(tmp_path):
    root = tmp_path / "mixed"
    for name in ("a.wav", "b.flac", "c.ogg"):
        write(root / name, AUDIO + name.encode())
    write(root / "empty.m4a", b"")
    write(root / "notes.txt", "x")
    write(root / "bad.json", "{")
    write(root / "dup" / "a.wav", AUDIO)
    write(root / "chats.jsonl", "\n".join([json.dumps(conversation("j1")), "oops", "", json.dumps(conversation("j3"))]) + "\n")
    write(root / ".hidden.json", "{")
    found = discover([root, tmp_path / "absent.wav"])
    # 3 audio + 2 good jsonl lines; errors: empty, txt, bad json, duplicate a, bad line, absent file
    check(found, 5, 6)
    assert sorted(r["call_id"] for r in found.rows) == ["a", "b", "c", "j1", "j3"]
    assert sorted(e["error_type"] for e in found.errors) == [
        "FileNotFoundError", "InputError", "InputError", "InputError", "TranscriptError", "TranscriptError",
    ]
