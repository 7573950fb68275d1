"""The run directory: a journal of finished batches, then the published Parquet tables.

Layout of ``--out DIR``::

    calls.parquet  utterances.parquet  embeddings.parquet           published, written atomically
    errors.parquet  friction.parquet  run.json
    _parts/part-*.parquet                                          journal: finished call batches
    _parts/options.json                                            options the journal was made with

Finished batches are appended to the journal as they complete (temp file + rename), so a
killed run loses only unfinished batches; a rerun reads the journal, skips the calls already
done and reprocesses the rest. Publishing takes, per call id, the newest journal row, so a call
that failed and later succeeded appears once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from convo.errors import RunDirError
from convo.schema import CALL_BATCH, CALLS, EMBEDDINGS, ERRORS, FRICTION, STATUS_OK, UTTERANCE_FIELDS, UTTERANCES

COMPRESSION = "zstd"
# A pass over the whole published dataset before it is written (the effort pass: journey
# features look across calls): (calls, utterances, embeddings) -> (calls, friction, run.json note).
PublishPass = Callable[[pa.Table, pa.Table, pa.Table], tuple[pa.Table, pa.Table, dict[str, Any]]]


def write_parquet_atomic(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` via a temporary file and an atomic rename."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression=COMPRESSION)
    os.replace(tmp, path)


def write_json_atomic(data: dict[str, Any], path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _flatten(options: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in options.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    a, b = _flatten(old), _flatten(new)
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}


class RunDir:
    """A run's output directory.

    Example:
        >>> run = RunDir("out/demo").open(options={"asr": {"model": "tiny.en"}})  # doctest: +SKIP
        >>> run.done_call_ids()  # doctest: +SKIP
        set()
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.parts = self.path / "_parts"

    def open(self, *, options: dict[str, Any]) -> "RunDir":
        """Create the directory, or check that an existing journal was made with the same options."""
        self.parts.mkdir(parents=True, exist_ok=True)
        stored = self.parts / "options.json"
        canonical = json.loads(json.dumps(options, default=str))
        if stored.is_file():
            previous = json.loads(stored.read_text())
            if previous != canonical:
                changed = "; ".join(
                    f"{key}: {old!r} -> {new!r}" for key, (old, new) in _diff(previous, canonical).items()
                )
                raise RunDirError(
                    f"{self.path} holds a run made with other options ({changed}); "
                    "use a new --out directory, or the same options to resume it"
                )
        else:
            write_json_atomic(canonical, stored)
        return self

    def _part_files(self) -> list[Path]:
        return sorted(self.parts.glob("part-*.parquet"))

    def read_journal(self) -> pa.Table:
        files = self._part_files()
        if not files:
            return CALL_BATCH.empty_table()
        return pa.concat_tables([pq.read_table(f, schema=CALL_BATCH) for f in files])

    def done_call_ids(self) -> set[str]:
        """Call ids the journal holds as finished successfully."""
        journal = self.read_journal()
        ok = journal.filter(pc.equal(journal["status"], STATUS_OK))
        return set(ok["call_id"].to_pylist())

    def append(self, batch: pa.RecordBatch) -> Path:
        """Add a finished batch to the journal; the file name orders parts by time of completion."""
        number = len(self._part_files())
        path = self.parts / f"part-{number:06d}-{os.getpid()}.parquet"
        while path.exists():
            number += 1
            path = self.parts / f"part-{number:06d}-{os.getpid()}.parquet"
        write_parquet_atomic(pa.Table.from_batches([batch], schema=CALL_BATCH), path)
        return path

    def publish(self, call_ids: set[str], ingest_errors: list[dict[str, Any]], run_info: dict[str, Any], *,
                finish: PublishPass | None = None) -> dict[str, int]:
        """Write calls, utterances, errors, friction and run.json for ``call_ids`` from the journal; return the counts.

        ``finish`` (the effort pass) sees the whole dataset and returns the calls with its columns
        filled, the friction table and a note for run.json; without it friction.parquet is empty.
        """
        journal = self.read_journal()
        journal = journal.filter(pc.is_in(journal["call_id"], pa.array(sorted(call_ids), pa.string())))
        latest = _latest_per_call(journal)
        ok = latest.filter(pc.equal(latest["status"], STATUS_OK))
        failed = latest.filter(pc.not_equal(latest["status"], STATUS_OK))
        calls = ok.select(CALLS.names).cast(CALLS)
        utterances, embeddings = _explode_utterances(ok)
        errors = _errors_table(failed, ingest_errors)
        friction = FRICTION.empty_table()
        if finish is not None:
            calls, friction, note = finish(calls, utterances, embeddings)
            run_info = {**run_info, "effort": note}
        write_parquet_atomic(calls, self.path / "calls.parquet")
        write_parquet_atomic(utterances, self.path / "utterances.parquet")
        write_parquet_atomic(embeddings, self.path / "embeddings.parquet")
        write_parquet_atomic(errors, self.path / "errors.parquet")
        write_parquet_atomic(friction, self.path / "friction.parquet")
        counts = {"calls": calls.num_rows, "utterances": utterances.num_rows, "errors": errors.num_rows}
        if embeddings.num_rows:
            counts["embeddings"] = embeddings.num_rows
        counts["redactions_by_type"] = _redaction_counts(utterances)
        all_counts = {**run_info.get("counts", {}), **counts}
        if "inputs" in all_counts:
            all_counts["accounted"] = counts["calls"] + counts["errors"] == all_counts["inputs"]
        write_json_atomic({**run_info, "counts": all_counts}, self.path / "run.json")
        return counts


def _latest_per_call(journal: pa.Table) -> pa.Table:
    """Keep the last journal row of each call id, sorted by call id."""
    if journal.num_rows == 0:
        return journal
    order = pa.array(range(journal.num_rows))
    indexed = journal.append_column("_order", order)
    last = indexed.group_by("call_id").aggregate([("_order", "max")])
    keep = pc.sort_indices(last, sort_keys=[("call_id", "ascending")])
    rows = pc.take(last["_order_max"], keep)
    return journal.take(rows)


def _explode_utterances(calls: pa.Table) -> tuple[pa.Table, pa.Table]:
    """The utterances table and the embeddings table (utterances that carry a vector)."""
    if calls.num_rows == 0:
        return UTTERANCES.empty_table(), EMBEDDINGS.empty_table()
    lists = calls["utterances"].combine_chunks()
    parents = pc.list_parent_indices(lists)
    flat = pc.list_flatten(lists)
    columns = {"call_id": pc.take(calls["call_id"], parents)}
    for f in UTTERANCE_FIELDS:
        columns[f.name] = pc.struct_field(flat, f.name)
    utterances = pa.table(columns, schema=UTTERANCES)
    vectors = pc.struct_field(flat, "embedding")
    has = pc.is_valid(vectors)
    embeddings = pa.table(
        {"call_id": columns["call_id"], "utterance_id": columns["utterance_id"],
         "turn_index": columns["turn_index"], "vector": vectors},
    ).filter(has)
    return utterances, embeddings.cast(EMBEDDINGS)


def _redaction_counts(utterances: pa.Table) -> dict[str, int]:
    """How many spans of each PII type were redacted (counts only, never values)."""
    types = pc.struct_field(pc.list_flatten(utterances["redactions"]), "type")
    return {row["values"]: row["counts"] for row in pc.value_counts(types).to_pylist()} if len(types) else {}


def _errors_table(failed: pa.Table, ingest_errors: list[dict[str, Any]]) -> pa.Table:
    rows = [
        {"input_path": r["source_path"], "call_id": r["call_id"], "stage": r["error_stage"] or "unknown",
         "error_type": r["error_type"] or "Error", "message": r["error_message"] or ""}
        for r in failed.select(["source_path", "call_id", "error_stage", "error_type", "error_message"]).to_pylist()
    ]
    rows += ingest_errors
    rows.sort(key=lambda r: (r["input_path"], r["call_id"] or "", r["stage"]))
    return pa.Table.from_pylist(rows, schema=ERRORS)
