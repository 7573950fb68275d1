"""An append-only audit log whose entries are chained by SHA-256.

Each entry's hash covers its fields and the previous entry's hash, so editing, deleting or
reordering any row breaks the chain from there on (``convo audit verify``). Identifiers of people
(an erased customer) are written as keyed hashes, never in clear.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from convo.store.db import Store

GENESIS = "0" * 64


def _digest(prev_hash: str, seq: int, at: str, tenant_id: str | None, key_id: str | None, action: str, target: str | None, detail: str | None) -> str:
    payload = json.dumps([prev_hash, seq, at, tenant_id, key_id, action, target, detail], separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _head(store: Store) -> tuple[int, str]:
    if store.audit_head is None:
        with store.read() as cur:
            last = cur.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        store.audit_head = (last[0], last[1]) if last else (0, GENESIS)
    return store.audit_head


def append(store: Store, action: str, *, tenant_id: str | None = None, key_id: str | None = None,
           target: str | None = None, detail: dict[str, Any] | None = None, durable: bool = True) -> int:
    """Append one entry; return its sequence number.

    ``durable=False`` (reads of call content, the hot path) queues the entry, already chained, and
    :func:`flush` writes the queue in one transaction (the API's worker does so every
    ``worker_interval_s``; shutdown and :func:`verify` flush too). Everything else is written now.
    """
    detail_json = json.dumps(detail, sort_keys=True, default=str) if detail else None
    at = datetime.now(timezone.utc).isoformat()
    with store.audit_lock:
        last_seq, prev = _head(store)
        seq = last_seq + 1
        digest = _digest(prev, seq, at, tenant_id, key_id, action, target, detail_json)
        store.audit_pending.append([seq, at, tenant_id, key_id, action, target, detail_json, prev, digest])
        store.audit_head = (seq, digest)
    if durable:
        flush(store)
    return seq


_COLUMNS = ("seq", "logged_at", "tenant_id", "key_id", "action", "target", "detail", "prev_hash", "hash")


def flush(store: Store) -> int:
    """Write queued audit entries (one Arrow insert); return how many.

    Appends only take ``audit_lock`` to swap the queue, never while it is written, so a flush
    does not stall the requests that audit their reads.
    """
    with store.audit_flush_lock:
        with store.audit_lock:
            pending, store.audit_pending = store.audit_pending, []
        if pending:
            table = pa.table({name: [row[i] for row in pending] for i, name in enumerate(_COLUMNS)},
                             schema=pa.schema([(n, pa.int64() if n == "seq" else pa.string()) for n in _COLUMNS]))
            with store.write() as cur:
                cur.register("_audit", table)
                cur.execute("INSERT INTO audit_log SELECT * FROM _audit")
                cur.unregister("_audit")
    return len(pending)


def verify(store: Store) -> tuple[bool, str]:
    """Walk the chain; return ``(ok, message)`` naming the first broken entry."""
    flush(store)
    with store.read() as cur:
        rows = cur.execute(
            "SELECT seq, logged_at, tenant_id, key_id, action, target, detail, prev_hash, hash FROM audit_log ORDER BY seq"
        ).fetchall()
    prev, expected_seq = GENESIS, 1
    for seq, at, tenant_id, key_id, action, target, detail, prev_hash, digest in rows:
        if seq != expected_seq or prev_hash != prev or _digest(prev, seq, at, tenant_id, key_id, action, target, detail) != digest:
            return False, f"audit log broken at entry {seq}: it was altered, removed or reordered"
        prev, expected_seq = digest, seq + 1
    return True, f"audit log intact: {len(rows)} entries"
