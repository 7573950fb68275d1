"""Turn the user's inputs (files, directories, manifests, an ops file) into call rows.

Every input found ends either as a row for ``schema.CALL_BATCH`` or as an ``ERRORS`` row with
stage ``ingest`` or ``ops``; nothing here raises for a bad input. Audio is not decoded here
(the ASR stage does that); text conversations are parsed and validated completely.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from convo.errors import InputError
from convo.ingest import ops as ops_mod
from convo.ingest.transcripts import Conversation, loads
from convo.redact.redactor import scrub

AUDIO_SUFFIXES = frozenset(
    {".wav", ".mp3", ".flac", ".ogg", ".opus", ".oga", ".m4a", ".aac", ".mp4", ".webm", ".wma", ".amr", ".au", ".aiff", ".aif"}
)
TEXT_SUFFIXES = frozenset({".json", ".jsonl"})
MANIFEST_SUFFIXES = frozenset({".csv", ".parquet"})


@dataclass
class Inputs:
    """What discovery found: call rows to process, error rows, and how many inputs there were."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def n_inputs(self) -> int:
        return len(self.rows) + len(self.errors)

    def fail(self, input_path: str, stage: str, exc: BaseException, call_id: str | None = None) -> None:
        self.errors.append({
            "input_path": input_path, "call_id": call_id, "stage": stage,
            "error_type": type(exc).__name__, "message": scrub(str(exc)) or type(exc).__name__,
        })


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _audio_row(path: Path, call_id: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    if path.stat().st_size == 0:
        raise InputError("empty file (0 bytes)")
    return {
        "call_id": call_id or path.stem, "source_path": str(path), "source_sha256": _sha256_file(path),
        "source_kind": "audio", "_fields": {"channel": "voice", **ops_mod.present(fields)},
    }


def _text_row(conv: Conversation, source: str, sha: str, call_id: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    turns = json.dumps(conv.turns, ensure_ascii=False)
    return {
        "call_id": call_id or conv.call_id, "source_path": source, "source_sha256": sha,
        "source_kind": conv.kind, "language": conv.language, "transcript_json": turns,
        "_fields": {**conv.fields, **ops_mod.present(fields)},
    }


class _Discovery:
    def __init__(self) -> None:
        self.inputs = Inputs()

    def add_path(self, path: Path) -> None:
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if not p.is_dir() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            for file in files:
                self.add_file(file)
        elif path.suffix.lower() in MANIFEST_SUFFIXES and path.exists():
            self.add_manifest(path)
        else:
            self.add_file(path)

    def add_file(self, path: Path, call_id: str | None = None, fields: dict[str, Any] | None = None) -> None:
        fields = fields or {}
        suffix = path.suffix.lower()
        try:
            if not path.exists():
                raise FileNotFoundError(f"no such file: {path}")
            if suffix in AUDIO_SUFFIXES:
                self.inputs.rows.append(_audio_row(path, call_id, fields))
            elif suffix == ".jsonl":
                self._add_jsonl(path, fields)
            elif suffix == ".json":
                raw = path.read_bytes()
                conv = loads(raw.decode("utf-8-sig"), default_call_id=path.stem)
                self.inputs.rows.append(_text_row(conv, str(path), hashlib.sha256(raw).hexdigest(), call_id, fields))
            else:
                known = sorted(AUDIO_SUFFIXES | TEXT_SUFFIXES)
                raise InputError(f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(known)}")
        except (OSError, UnicodeDecodeError, InputError) as exc:
            self.inputs.fail(str(path), "ingest", exc, call_id)

    def _add_jsonl(self, path: Path, fields: dict[str, Any]) -> None:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                source = f"{path}:{number}"
                try:
                    conv = loads(raw.decode("utf-8-sig"), default_call_id=f"{path.stem}-{number}")
                    self.inputs.rows.append(_text_row(conv, source, hashlib.sha256(raw).hexdigest(), None, fields))
                except (UnicodeDecodeError, InputError) as exc:
                    self.inputs.fail(source, "ingest", exc)

    def add_manifest(self, path: Path) -> None:
        try:
            table = ops_mod.read_table(path)
            if "path" not in table.column_names:
                raise InputError(f"manifest {path} has no 'path' column (columns: {table.column_names})")
        except InputError as exc:
            self.inputs.fail(str(path), "ingest", exc)
            return
        for number, row in enumerate(table.to_pylist(), start=2):
            target = row.get("path")
            if not target:
                self.inputs.fail(f"{path}:{number}", "ingest", InputError("manifest row has no path"))
                continue
            file = Path(str(target))
            file = file if file.is_absolute() else path.parent / file
            fields = {k: v for k, v in row.items() if k not in ops_mod.MANIFEST_COLUMNS}
            call_id = row.get("call_id")
            self.add_file(file, None if ops_mod._is_missing(call_id) else str(call_id), fields)


def _finish_row(row: dict[str, Any], ops_rows: dict[str, dict[str, Any]], inputs: Inputs) -> dict[str, Any] | None:
    raw = {**row.pop("_fields"), **ops_mod.present(ops_rows.get(row["call_id"], {}))}
    try:
        typed, extra = ops_mod.parse_ops(raw)
    except InputError as exc:
        inputs.fail(row["source_path"], "ops", exc, row["call_id"])
        return None
    row.update(typed)
    row["metadata"] = sorted(extra.items())
    return row


def discover(paths: list[str | Path], *, ops_path: str | Path | None = None) -> Inputs:
    """Find every input under ``paths`` and join operational data onto it.

    Example:
        >>> found = discover(["samples/calls", "samples/chats"], ops_path="samples/ops.csv")  # doctest: +SKIP
        >>> found.n_inputs == len(found.rows) + len(found.errors)  # doctest: +SKIP
        True
    """
    walker = _Discovery()
    for path in paths:
        walker.add_path(Path(path))
    inputs = walker.inputs
    ops_rows: dict[str, dict[str, Any]] = {}
    if ops_path is not None:
        ops_rows, problems = ops_mod.read_ops(Path(ops_path))
        for number, call_id, message in problems:
            inputs.fail(f"{ops_path}:{number}", "ops", InputError(message), call_id)
    found = inputs.rows
    inputs.rows = []
    seen: dict[str, str] = {}
    for row in found:
        if row["call_id"] in seen:
            exc = InputError(f"duplicate call_id {row['call_id']!r} (first seen in {seen[row['call_id']]})")
            inputs.fail(row["source_path"], "ingest", exc, row["call_id"])
            continue
        seen[row["call_id"]] = row["source_path"]
        finished = _finish_row(row, ops_rows, inputs)
        if finished is not None:
            inputs.rows.append(finished)
    return inputs
