"""convo.dataset: the run directory's journal and the published tables."""

from __future__ import annotations

import json
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from convo import schema
from convo.dataset import RunDir
from convo.errors import RunDirError

OPTIONS = {"schema_version": "1", "asr": {"model": "tiny.en", "beam_size": 5, "channel_roles": ("agent", "customer")}}


def utterances(call_id: str, n: int) -> list[dict]:
    return [
        {
            "utterance_id": schema.utterance_id(call_id, i), "turn_index": i, "speaker": ("agent", "customer")[i % 2],
            "channel_index": i % 2, "start_s": float(i), "end_s": i + 0.5, "text": f"{call_id} turn {i}",
            "words": [{"word": "turn", "start_s": float(i), "end_s": i + 0.5, "probability": 0.875}],
            "asr_confidence": 0.875, "overlap_s": 0.0,
        }
        for i in range(n)
    ]


def ok_row(call_id: str, n_utterances: int = 2, **fields) -> dict:
    return {
        "status": "ok", "call_id": call_id, "source_path": f"/in/{call_id}.wav", "source_kind": "audio",
        "channel": "voice", "queue": "billing", "metadata": [("region", "EU")], "duration_s": 12.5,
        "n_utterances": n_utterances, "utterances": utterances(call_id, n_utterances), **fields,
    }


def error_row(call_id: str, **fields) -> dict:
    return {
        "status": "error", "call_id": call_id, "source_path": f"/in/{call_id}.wav", "source_kind": "audio",
        "error_stage": "asr", "error_type": "DecodeError", "error_message": "cannot decode audio", **fields,
    }


def batch(*rows: dict) -> pa.RecordBatch:
    return schema.call_batch_from_rows(list(rows))


@pytest.fixture
def run(tmp_path) -> RunDir:
    return RunDir(tmp_path / "out").open(options=OPTIONS)


def read(run: RunDir, name: str) -> pa.Table:
    return pq.read_table(run.path / f"{name}.parquet")


# --- open ---------------------------------------------------------------------------------


def test_open_creates_the_journal(tmp_path):
    run = RunDir(tmp_path / "new" / "out").open(options=OPTIONS)
    assert run.parts == tmp_path / "new" / "out" / "_parts"
    assert run.parts.is_dir()
    assert json.loads((run.parts / "options.json").read_text()) == json.loads(json.dumps(OPTIONS))
    assert run.done_call_ids() == set()


def test_reopen_with_the_same_options(run):
    run.append(batch(ok_row("c1")))
    again = RunDir(run.path).open(options={"asr": dict(OPTIONS["asr"]), "schema_version": "1"})
    assert again.done_call_ids() == {"c1"}


@pytest.mark.parametrize(
    ("options", "changed"),
    [
        ({"schema_version": "1", "asr": {"model": "small.en", "beam_size": 5, "channel_roles": ("agent", "customer")}},
         "asr.model: 'tiny.en' -> 'small.en'"),
        ({"schema_version": "1", "asr": {"model": "tiny.en", "beam_size": 1, "channel_roles": ("agent", "customer")}},
         "asr.beam_size: 5 -> 1"),
        ({"schema_version": "1", "asr": {"model": "tiny.en", "beam_size": 5, "channel_roles": ("customer", "agent")}},
         "asr.channel_roles: ['agent', 'customer'] -> ['customer', 'agent']"),
        ({"schema_version": "2", "asr": OPTIONS["asr"]}, "schema_version: '1' -> '2'"),
        ({"schema_version": "1", "asr": {**OPTIONS["asr"], "language": "en"}}, "asr.language: None -> 'en'"),
    ],
    ids=["model", "beam", "roles", "schema", "added"],
)
def test_reopen_with_other_options_is_refused(run, options, changed):
    message = (f"{run.path} holds a run made with other options ({changed}); "
               "use a new --out directory, or the same options to resume it")
    with pytest.raises(RunDirError, match=f"^{re.escape(message)}$"):
        RunDir(run.path).open(options=options)
    # The stored options are not replaced by the refused ones.
    RunDir(run.path).open(options=OPTIONS)


# --- journal ------------------------------------------------------------------------------


def test_append_and_done_call_ids_count_only_ok(run):
    first = run.append(batch(ok_row("c1"), error_row("c2")))
    second = run.append(batch(ok_row("c3", n_utterances=0, utterances=None)))
    assert first.parent == second.parent == run.parts
    assert sorted(p.name for p in run.parts.glob("part-*.parquet")) == [first.name, second.name]
    assert first.name < second.name
    assert run.done_call_ids() == {"c1", "c3"}
    assert run.read_journal().schema.equals(schema.CALL_BATCH, check_metadata=False)
    assert run.read_journal().num_rows == 3


def test_call_that_failed_then_succeeded_is_done(run):
    run.append(batch(error_row("c1")))
    assert run.done_call_ids() == set()
    run.append(batch(ok_row("c1")))
    assert run.done_call_ids() == {"c1"}


# --- publish ------------------------------------------------------------------------------


def test_published_tables_match_the_schemas(run):
    run.append(batch(ok_row("c1"), error_row("c2")))
    run.publish({"c1", "c2"}, [], {})
    for name, expected in schema.TABLES.items():
        table = read(run, name)
        assert table.schema.equals(expected, check_metadata=False), name
        assert table.schema.metadata[b"convo.table"] == name.encode()
        assert table.schema.metadata[b"convo.schema_version"] == schema.SCHEMA_VERSION.encode()


def test_published_rows(run):
    run.append(batch(ok_row("c1", n_utterances=3), error_row("c2"), ok_row("c3", n_utterances=1)))
    counts = run.publish({"c1", "c2", "c3"}, [], {})
    assert counts == {"calls": 2, "utterances": 4, "errors": 1, "redactions_by_type": {}}

    calls = read(run, "calls").to_pylist()
    assert [c["call_id"] for c in calls] == ["c1", "c3"]
    assert (calls[0]["queue"], calls[0]["metadata"], calls[0]["n_utterances"], calls[0]["status"]) == (
        "billing", [("region", "EU")], 3, "ok")

    utts = read(run, "utterances").to_pylist()
    assert [(x["call_id"], x["utterance_id"]) for x in utts] == [
        ("c1", "c1#0000"), ("c1", "c1#0001"), ("c1", "c1#0002"), ("c3", "c3#0000"),
    ]
    understood = {f.name: None for f in schema.UNDERSTANDING_FIELDS}
    assert utts[1] == {"call_id": "c1", "redactions": None, **understood, **utterances("c1", 2)[1]}

    assert read(run, "errors").to_pylist() == [
        {"input_path": "/in/c2.wav", "call_id": "c2", "stage": "asr", "error_type": "DecodeError", "message": "cannot decode audio"},
    ]


def test_newest_row_per_call_wins(run):
    run.append(batch(error_row("c1"), ok_row("c2")))
    run.append(batch(ok_row("c1", n_utterances=1)))
    run.append(batch(error_row("c2", error_message="later failure")))
    counts = run.publish({"c1", "c2"}, [], {})
    assert counts == {"calls": 1, "utterances": 1, "errors": 1, "redactions_by_type": {}}
    assert read(run, "calls")["call_id"].to_pylist() == ["c1"]
    assert read(run, "utterances")["call_id"].to_pylist() == ["c1"]
    assert read(run, "errors").to_pylist() == [
        {"input_path": "/in/c2.wav", "call_id": "c2", "stage": "asr", "error_type": "DecodeError", "message": "later failure"},
    ]


def test_only_the_given_call_ids_are_published(run):
    run.append(batch(ok_row("c1"), ok_row("c2"), error_row("c3"), ok_row("c4")))
    counts = run.publish({"c1", "c4"}, [], {})
    assert counts == {"calls": 2, "utterances": 4, "errors": 0, "redactions_by_type": {}}
    assert read(run, "calls")["call_id"].to_pylist() == ["c1", "c4"]
    assert set(read(run, "utterances")["call_id"].to_pylist()) == {"c1", "c4"}


def test_ok_call_without_utterances(run):
    run.append(batch(ok_row("silent", n_utterances=0, utterances=None), ok_row("empty", n_utterances=0, utterances=[])))
    assert run.publish({"silent", "empty"}, [], {}) == {"calls": 2, "utterances": 0, "errors": 0, "redactions_by_type": {}}
    assert read(run, "utterances").num_rows == 0


def test_errors_combine_failed_calls_and_ingest_errors_sorted(run):
    run.append(batch(error_row("c9", error_stage=None, error_type=None, error_message=None)))
    ingest = [
        {"input_path": "/in/z.txt", "call_id": None, "stage": "ingest", "error_type": "InputError", "message": "unsupported"},
        {"input_path": "/in/a.wav", "call_id": "a", "stage": "ops", "error_type": "InputError", "message": "bad ops"},
    ]
    counts = run.publish({"c9"}, ingest, {})
    assert counts == {"calls": 0, "utterances": 0, "errors": 3, "redactions_by_type": {}}
    assert read(run, "errors").to_pylist() == [
        ingest[1],
        {"input_path": "/in/c9.wav", "call_id": "c9", "stage": "unknown", "error_type": "Error", "message": ""},
        ingest[0],
    ]


def test_publish_with_an_empty_journal(run):
    ingest = [{"input_path": "/in/x.mp3", "call_id": None, "stage": "ingest", "error_type": "InputError", "message": "empty file (0 bytes)"}]
    assert run.publish(set(), ingest, {"counts": {"inputs": 1}}) == {"calls": 0, "utterances": 0, "errors": 1, "redactions_by_type": {}}
    assert read(run, "calls").schema.equals(schema.CALLS, check_metadata=False)
    assert read(run, "calls").num_rows == 0
    assert json.loads((run.path / "run.json").read_text())["counts"]["accounted"] is True


@pytest.mark.parametrize(
    ("run_counts", "accounted"),
    [({"inputs": 3, "skipped": 1}, True), ({"inputs": 4}, False), ({}, None)],
    ids=["accounted", "missing-one", "no-inputs"],
)
def test_run_json(run, run_counts, accounted):
    run.append(batch(ok_row("c1"), error_row("c2")))
    ingest = [{"input_path": "/in/x.txt", "call_id": None, "stage": "ingest", "error_type": "InputError", "message": "unsupported"}]
    info = {"convo_version": "0.1.0", "options": {"asr": {"model": "tiny.en"}}, "counts": run_counts}
    counts = run.publish({"c1", "c2"}, ingest, info)
    written = json.loads((run.path / "run.json").read_text())
    assert written["convo_version"] == "0.1.0"
    assert written["options"] == {"asr": {"model": "tiny.en"}}
    expected = {**run_counts, **counts}
    if accounted is not None:
        expected["accounted"] = accounted
    assert written["counts"] == expected
    assert counts == {"calls": 1, "utterances": 2, "errors": 2, "redactions_by_type": {}}


def test_publish_replaces_previous_tables(run):
    run.append(batch(ok_row("c1"), ok_row("c2")))
    run.publish({"c1", "c2"}, [], {})
    run.publish({"c2"}, [], {})
    assert read(run, "calls")["call_id"].to_pylist() == ["c2"]
    assert not [p for p in run.path.iterdir() if ".tmp-" in p.name]


def test_embeddings_travel_with_utterances_and_are_published_apart(run):
    row = ok_row("c1", n_utterances=3)
    for i, u in enumerate(row["utterances"]):
        u["embedding"] = [float(i)] * schema.EMBEDDING_DIM if i != 1 else None  # one utterance without a vector
    run.append(batch(row))
    counts = run.publish({"c1"}, [], {})
    embeddings = read(run, "embeddings")
    assert counts["embeddings"] == 2
    assert embeddings.column_names == ["call_id", "utterance_id", "turn_index", "vector"]
    assert embeddings["turn_index"].to_pylist() == [0, 2]
    assert embeddings["vector"].to_pylist()[1] == [2.0] * schema.EMBEDDING_DIM
    assert "embedding" not in read(run, "utterances").column_names
