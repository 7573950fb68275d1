"""Add a finished run directory to the store, for one tenant.

The run's Parquet files are copied into ``tenants/<tenant>/runs/<run_id>/`` (atomically: copied
to a temporary folder, then renamed) and loaded into the query tables with ``tenant_id``,
``run_id`` and a store-wide ingest sequence number (the export cursor). Re-ingesting a call id
replaces it. Columns that later stages add are added to the query tables as they appear.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from convo.errors import ConvoError
from convo.store.db import Store, dict_rows, validate_name

RUN_FILES = ("calls.parquet", "utterances.parquet", "errors.parquet", "run.json")


def _run_id(run_dir: Path) -> str:
    digest = hashlib.sha256((run_dir / "calls.parquet").read_bytes()).hexdigest()[:10]
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in run_dir.resolve().name)[:40] or "run"
    return f"{name}-{digest}"


def _copy_run(run_dir: Path, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in RUN_FILES:
        if (run_dir / name).is_file():
            shutil.copy2(run_dir / name, tmp / name)
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)


def _ensure_table(cur: Any, table: str, view: str, extra: str) -> None:
    """Create ``table`` from the view's shape, or add the view's new columns to it."""
    exists = cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()[0]
    if not exists:
        cur.execute(f"CREATE TABLE {table} AS SELECT {extra}, * FROM {view} LIMIT 0")
        return
    have = {r[0] for r in cur.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
    for name, dtype, *_ in cur.execute(f"DESCRIBE SELECT * FROM {view}").fetchall():
        if name not in have:
            cur.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {dtype}')


def load_tables(store: Store, tenant_id: str, run_id: str, calls: pa.Table, utterances: pa.Table) -> list[str]:
    """Insert (or replace) a run's calls and utterances in the query tables; return the call ids."""
    ids = calls["call_id"].to_pylist()
    with store.write() as cur:
        cur.register("_calls", calls)
        cur.register("_utts", utterances)
        _ensure_table(cur, "calls", "_calls", "''::VARCHAR AS tenant_id, ''::VARCHAR AS run_id, 0::BIGINT AS seq")
        _ensure_table(cur, "utterances", "_utts", "''::VARCHAR AS tenant_id, ''::VARCHAR AS run_id")
        cur.execute("DELETE FROM calls WHERE tenant_id = ? AND call_id IN (SELECT call_id FROM _calls)", [tenant_id])
        cur.execute("DELETE FROM utterances WHERE tenant_id = ? AND call_id IN (SELECT call_id FROM _calls)", [tenant_id])
        cur.execute("INSERT INTO calls BY NAME SELECT ? AS tenant_id, ? AS run_id, nextval('ingest_seq') AS seq, * FROM _calls",
                    [tenant_id, run_id])
        cur.execute("INSERT INTO utterances BY NAME SELECT ? AS tenant_id, ? AS run_id, * FROM _utts", [tenant_id, run_id])
        cur.execute("INSERT OR REPLACE INTO runs (run_id, tenant_id, source, n_calls) VALUES (?, ?, ?, ?)",
                    [run_id, tenant_id, run_id, len(ids)])
        cur.unregister("_calls")
        cur.unregister("_utts")
        cur.execute("CREATE INDEX IF NOT EXISTS calls_by_id ON calls (tenant_id, call_id)")
        cur.execute("CREATE INDEX IF NOT EXISTS utterances_by_call ON utterances (tenant_id, call_id)")
    store.invalidate_catalog()
    _store_documents(store, tenant_id, ids)
    return ids


def _store_documents(store: Store, tenant_id: str, ids: list[str]) -> None:
    """Render each call once for point reads (``GET /v1/calls/{id}``), from the rows just loaded."""
    from convo.store.docs import render_call

    with store.read() as cur:
        cur.execute("CREATE OR REPLACE TEMP TABLE _ids AS SELECT unnest(?::VARCHAR[]) AS call_id", [ids])
        calls = dict_rows(cur.execute("SELECT c.* FROM calls c JOIN _ids USING (call_id) WHERE c.tenant_id = ?", [tenant_id]))
        utts = dict_rows(cur.execute("SELECT u.* FROM utterances u JOIN _ids USING (call_id) WHERE u.tenant_id = ? "
                                     "ORDER BY u.call_id, u.turn_index", [tenant_id]))
        cur.execute("DROP TABLE _ids")
    by_call: dict[str, list[dict[str, Any]]] = {}
    for u in utts:
        by_call.setdefault(u["call_id"], []).append(u)
    store.docs.put(tenant_id, (render_call(c, by_call.get(c["call_id"], [])) for c in calls))


def ingest_run(store: Store, run_dir: str | Path, tenant_id: str) -> dict[str, Any]:
    """Copy ``run_dir`` into the tenant's dataset and load it; return what was added.

    Example:
        >>> ingest_run(Store.open("data"), "out/demo", "acme")["calls"]  # doctest: +SKIP
        11
    """
    from convo.store.webhooks import enqueue_call_events

    run_dir = Path(run_dir)
    validate_name(tenant_id, "tenant")
    for name in ("calls.parquet", "utterances.parquet", "run.json"):
        if not (run_dir / name).is_file():
            raise ConvoError(f"{run_dir} is not a finished convo run: {name} is missing")
    store.ensure_tenant(tenant_id)
    run_id = _run_id(run_dir)
    target = store.tenant_dir(tenant_id) / "runs" / run_id
    _copy_run(run_dir, target)
    calls, utterances = pq.read_table(target / "calls.parquet"), pq.read_table(target / "utterances.parquet")
    ids = load_tables(store, tenant_id, run_id, calls, utterances)
    enqueue_call_events(store, tenant_id, calls.to_pylist())
    info = json.loads((target / "run.json").read_text())
    return {"run_id": run_id, "tenant_id": tenant_id, "calls": len(ids), "utterances": utterances.num_rows,
            "errors": info.get("counts", {}).get("errors", 0)}
