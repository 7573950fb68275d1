"""GDPR: erase a customer everywhere, export what is held about them, apply retention.

Erasure removes the customer's calls from the query tables, from every Parquet file of the
tenant's dataset (rewritten atomically), from the tenant's published topics (assignments and the
example utterances shown per topic), from survey labels and webhook deliveries, and from job
records. The audit entry names the customer only by a keyed hash, so nothing in the store still
identifies the person.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from convo.store.audit import append as audit
from convo.store.db import Store, dict_rows
from convo.store.queries import TenantView
from convo.store.topics import erase_calls as erase_topic_calls


def _rewrite_parquet(path: Path, call_ids: list[str]) -> int:
    """Drop rows of ``call_ids`` from one Parquet file (atomically); return how many went."""
    table = pq.read_table(path)
    if "call_id" not in table.column_names:
        return 0
    keep = pc.invert(pc.is_in(table["call_id"], pa.array(call_ids, pa.string())))
    kept = table.filter(pc.fill_null(keep, True))
    removed = table.num_rows - kept.num_rows
    if removed:
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        pq.write_table(kept, tmp, compression="zstd")
        os.replace(tmp, path)
    return removed


def delete_calls(store: Store, tenant_id: str, call_ids: list[str]) -> dict[str, int]:
    """Remove calls (and everything derived from them) from the tenant's tables and files."""
    if not call_ids:
        return {"calls": 0, "file_rows": 0}
    with store.write() as cur:
        if store.has_table("calls"):
            cur.execute("DELETE FROM calls WHERE tenant_id = ? AND list_contains(?, call_id)", [tenant_id, call_ids])
            cur.execute("DELETE FROM utterances WHERE tenant_id = ? AND list_contains(?, call_id)", [tenant_id, call_ids])
        cur.execute("DELETE FROM labels WHERE tenant_id = ? AND list_contains(?, call_id)", [tenant_id, call_ids])
        cur.execute("DELETE FROM webhook_deliveries WHERE tenant_id = ? AND list_contains(?, call_id)", [tenant_id, call_ids])
        cur.execute("UPDATE jobs SET call_ids = list_filter(call_ids, lambda x: NOT list_contains(?, x)) WHERE tenant_id = ?",
                    [call_ids, tenant_id])
    store.docs.delete(tenant_id, call_ids)
    removed = 0
    runs = store.tenant_dir(tenant_id) / "runs"
    for path in sorted(runs.glob("*/*.parquet")) if runs.is_dir() else []:
        removed += _rewrite_parquet(path, call_ids)
    removed += erase_topic_calls(store, tenant_id, call_ids)  # assignments and example utterances
    return {"calls": len(call_ids), "file_rows": removed}


def _file_call_ids(store: Store, tenant_id: str, customer_id: str) -> set[str]:
    """Call ids of the customer in any of the tenant's Parquet files (older runs included)."""
    found: set[str] = set()
    runs = store.tenant_dir(tenant_id) / "runs"
    for path in sorted(runs.glob("*/calls.parquet")) if runs.is_dir() else []:
        table = pq.read_table(path, columns=["call_id", "customer_id"])
        found |= set(table.filter(pc.equal(table["customer_id"], customer_id))["call_id"].to_pylist())
    return found


def erase_customer(store: Store, tenant_id: str, customer_id: str, *, actor: str | None = None) -> dict[str, int]:
    """Erase every call of ``customer_id`` in ``tenant_id``; audit it under a keyed hash.

    The database file is then compacted, so the erased rows leave no bytes in it either.
    """
    ids = set(TenantView(store, tenant_id).customer_call_ids(customer_id)) | _file_call_ids(store, tenant_id, customer_id)
    result = delete_calls(store, tenant_id, sorted(ids))
    if ids:
        store.compact()
    audit(store, "customer.erase", tenant_id=tenant_id, key_id=actor,
          target=store.keyed_hash(f"{tenant_id}:{customer_id}"), detail={"calls": result["calls"]})
    return result


def export_customer(store: Store, tenant_id: str, customer_id: str, *, actor: str | None = None) -> dict[str, Any]:
    """Everything held about a customer in the tenant: calls, utterances, survey labels."""
    view = TenantView(store, tenant_id)
    ids = view.customer_call_ids(customer_id)
    calls = [view.get_call(i) for i in ids]
    with store.read() as cur:
        labels = dict_rows(cur.execute("SELECT call_id, ces, scale, received_at FROM labels WHERE tenant_id = ? AND list_contains(?, call_id)",
                                       [tenant_id, ids])) if ids else []
    audit(store, "customer.export", tenant_id=tenant_id, key_id=actor,
          target=store.keyed_hash(f"{tenant_id}:{customer_id}"), detail={"calls": len(ids)})
    return {"customer_id": customer_id, "calls": calls, "labels": labels}


def apply_retention(store: Store, days: int, *, now: datetime | None = None) -> dict[str, int]:
    """Delete calls that started more than ``days`` ago, in every tenant; return counts per tenant."""
    if days < 1:
        raise ValueError(f"retention must be at least 1 day, got {days}")
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    counts: dict[str, int] = {}
    for tenant_id in store.tenant_ids():
        if not store.has_table("calls"):
            break
        with store.read() as cur:
            ids = [r[0] for r in cur.execute("SELECT call_id FROM calls WHERE tenant_id = ? AND started_at < ?", [tenant_id, cutoff]).fetchall()]
        counts[tenant_id] = delete_calls(store, tenant_id, ids)["calls"]
        if ids:
            audit(store, "retention.apply", tenant_id=tenant_id, detail={"days": days, "calls": len(ids)})
    return counts
