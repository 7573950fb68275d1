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

from convo.store.db import Store

GENESIS = "0" * 64


def _digest(prev_hash: str, seq: int, at: str, tenant_id: str | None, key_id: str | None, action: str, target: str | None, detail: str | None) -> str:
    payload = json.dumps([prev_hash, seq, at, tenant_id, key_id, action, target, detail], separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def append(store: Store, action: str, *, tenant_id: str | None = None, key_id: str | None = None,
           target: str | None = None, detail: dict[str, Any] | None = None) -> int:
    """Append one entry; return its sequence number."""
    detail_json = json.dumps(detail, sort_keys=True, default=str) if detail else None
    at = datetime.now(timezone.utc).isoformat()
    with store.write() as cur:
        last = cur.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        digest = _digest(prev, seq, at, tenant_id, key_id, action, target, detail_json)
        cur.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, tenant_id, key_id, action, target, detail_json, prev, digest],
        )
    return seq


def verify(store: Store) -> tuple[bool, str]:
    """Walk the chain; return ``(ok, message)`` naming the first broken entry."""
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
