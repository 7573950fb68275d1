"""API keys: shown once, stored as a SHA-256 hash, one tenant and one role each."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from convo.store.audit import append as audit
from convo.store.db import Store

ROLES = ("admin", "manager", "qa", "voc", "viewer")
PREFIX = "cvo"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key's id, tenant and role."""

    key_id: str
    tenant_id: str
    role: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_key(store: Store, tenant_id: str, role: str, *, actor: str | None = None) -> tuple[str, str]:
    """Create a key; return ``(key_id, key)``. The key itself is never stored.

    Example:
        >>> key_id, key = create_key(store, "acme", "manager")  # doctest: +SKIP
    """
    if role not in ROLES:
        raise ValueError(f"Invalid role {role!r}, expected one of: {', '.join(ROLES)}")
    store.ensure_tenant(tenant_id)
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    with store.write() as cur:
        cur.execute("INSERT INTO api_keys (key_id, tenant_id, role, key_hash) VALUES (?, ?, ?, ?)", [key_id, tenant_id, role, _hash(secret)])
    store.key_cache = None
    audit(store, "key.create", tenant_id=tenant_id, key_id=actor, target=key_id, detail={"role": role})
    return key_id, f"{PREFIX}_{key_id}_{secret}"


def revoke_key(store: Store, key_id: str, *, actor: str | None = None) -> bool:
    with store.write() as cur:
        row = cur.execute("SELECT tenant_id FROM api_keys WHERE key_id = ? AND revoked_at IS NULL", [key_id]).fetchone()
        if row is None:
            return False
        cur.execute("UPDATE api_keys SET revoked_at = now() WHERE key_id = ?", [key_id])
    store.key_cache = None
    audit(store, "key.revoke", tenant_id=row[0], key_id=actor, target=key_id)
    return True


def authenticate(store: Store, key: str) -> Principal | None:
    """The principal for a presented key, or ``None`` when it is malformed, unknown or revoked."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    _, key_id, secret = parts
    row = _active_keys(store).get(key_id)
    if row is None or not hmac.compare_digest(row[2], _hash(secret)):
        return None
    return Principal(key_id, row[0], row[1])


def _active_keys(store: Store) -> dict[str, tuple[str, str, str]]:
    """Active keys by id, cached per store. Only the process holding the DuckDB file can change
    keys (DuckDB locks it), and it drops the cache on every change, so the cache is never stale."""
    if store.key_cache is None:
        with store.read() as cur:
            rows = cur.execute("SELECT key_id, tenant_id, role, key_hash FROM api_keys WHERE revoked_at IS NULL").fetchall()
        store.key_cache = {r[0]: (r[1], r[2], r[3]) for r in rows}
    return store.key_cache


def active_key_count(store: Store) -> int:
    with store.read() as cur:
        return cur.execute("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL").fetchone()[0]
