"""Pushed interactions: transcripts posted to the API are scored by the pipeline in the background.

A job's input is written to ``jobs/<job_id>/input.jsonl``; the worker runs the same stages as
``convo run`` (no ASR: text only), ingests the result for the tenant, fires webhooks through the
ingest, and deletes the job folder (the raw input held unredacted text).
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
from pathlib import Path
from typing import Any

from convo.errors import InputError
from convo.ingest.transcripts import parse_convo
from convo.store.db import Store, dict_rows

logger = logging.getLogger(__name__)


def _job_dir(store: Store, job_id: str) -> Path:
    return store.root / "jobs" / job_id


def submit(store: Store, tenant_id: str, interactions: list[dict[str, Any]]) -> dict[str, Any]:
    """Validate and queue interactions (convo transcript JSON objects); return the job."""
    call_ids = []
    for i, doc in enumerate(interactions):
        try:
            call_ids.append(parse_convo(doc).call_id)
        except InputError as exc:
            raise ValueError(f"interactions[{i}]: {exc}") from None
    if len(set(call_ids)) != len(call_ids):
        raise ValueError("interactions: call_id values must be unique within one request")
    job_id = "job_" + secrets.token_hex(8)
    folder = _job_dir(store, job_id)
    folder.mkdir(parents=True)
    (folder / "input.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in interactions))
    with store.write() as cur:
        cur.execute("INSERT INTO jobs (job_id, tenant_id, state, call_ids) VALUES (?, ?, 'queued', ?)", [job_id, tenant_id, call_ids])
    return {"job_id": job_id, "state": "queued", "call_ids": call_ids}


def get(store: Store, tenant_id: str, job_id: str) -> dict[str, Any] | None:
    with store.read() as cur:
        rows = dict_rows(cur.execute("SELECT job_id, state, created_at, finished_at, call_ids, n_errors, error FROM jobs "
                                     "WHERE tenant_id = ? AND job_id = ?", [tenant_id, job_id]))
    return rows[0] if rows else None


def _run_job(store: Store, job_id: str, tenant_id: str) -> None:
    from convo.pipeline import RunOptions, run
    from convo.store.ingest import ingest_run

    folder = _job_dir(store, job_id)
    try:
        summary = run([folder / "input.jsonl"], folder / "run", options=RunOptions(workers=1))
        ingest_run(store, folder / "run", tenant_id)
        state, n_errors, error = "done", summary.counts["errors"], None
    except Exception as exc:  # noqa: BLE001 - a failed job is recorded, the worker goes on
        logger.error("job %s failed: %s", job_id, type(exc).__name__)
        state, n_errors, error = "failed", None, type(exc).__name__
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with store.write() as cur:
        cur.execute("UPDATE jobs SET state = ?, finished_at = now(), n_errors = ?, error = ? WHERE job_id = ?",
                    [state, n_errors, error, job_id])


def process_queued(store: Store, limit: int = 10) -> int:
    """Run queued jobs now (the API's worker thread calls this); return how many ran."""
    with store.write() as cur:
        rows = cur.execute("SELECT job_id, tenant_id FROM jobs WHERE state = 'queued' ORDER BY created_at LIMIT ?", [limit]).fetchall()
        for job_id, _ in rows:
            cur.execute("UPDATE jobs SET state = 'running' WHERE job_id = ?", [job_id])
    for job_id, tenant_id in rows:
        _run_job(store, job_id, tenant_id)
    return len(rows)
