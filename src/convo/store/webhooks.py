"""Webhooks: subscriptions to ``call.scored`` / ``call.high_effort``, signed deliveries, retries.

A delivery is a row in ``webhook_deliveries``; :func:`deliver_due` sends the ones that are due
(POST, JSON body, ``X-Convo-Signature: sha256=<hex HMAC of the body with the subscription's
secret>``), records each attempt, and on failure schedules a retry with exponential backoff
(``base * 2**attempt`` seconds) until ``max_attempts``. The API runs it in a background thread.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from typing import Any

from convo.store.db import Store, dict_rows

logger = logging.getLogger(__name__)
EVENTS = ("call.scored", "call.high_effort")
HIGH_EFFORT_THRESHOLD = 0.5
SIGNATURE_HEADER = "X-Convo-Signature"


def sign(secret: str, body: bytes) -> str:
    """The signature header value for ``body``: ``sha256=<hex>``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def subscribe(store: Store, tenant_id: str, url: str, events: list[str]) -> dict[str, Any]:
    """Create a subscription; the returned ``secret`` is shown only now."""
    unknown = set(events) - set(EVENTS)
    if not events or unknown:
        raise ValueError(f"Invalid events {sorted(unknown) or events}, expected some of: {', '.join(EVENTS)}")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"Invalid webhook url {url!r}: must start with http:// or https://")
    webhook_id, secret = "wh_" + secrets.token_hex(8), secrets.token_hex(24)
    with store.write() as cur:
        cur.execute("INSERT INTO webhooks (webhook_id, tenant_id, url, events, secret) VALUES (?, ?, ?, ?, ?)",
                    [webhook_id, tenant_id, url, sorted(set(events)), secret])
    return {"webhook_id": webhook_id, "url": url, "events": sorted(set(events)), "secret": secret}


def list_subscriptions(store: Store, tenant_id: str) -> list[dict[str, Any]]:
    with store.read() as cur:
        return dict_rows(cur.execute(
            "SELECT webhook_id, url, events, created_at FROM webhooks WHERE tenant_id = ? AND active ORDER BY created_at", [tenant_id]))


def unsubscribe(store: Store, tenant_id: str, webhook_id: str) -> bool:
    with store.write() as cur:
        found = cur.execute("SELECT count(*) FROM webhooks WHERE tenant_id = ? AND webhook_id = ? AND active", [tenant_id, webhook_id]).fetchone()[0]
        cur.execute("UPDATE webhooks SET active = false WHERE tenant_id = ? AND webhook_id = ?", [tenant_id, webhook_id])
    return bool(found)


def _payload(event: str, tenant_id: str, call: dict[str, Any]) -> str:
    keep = ("call_id", "channel", "started_at", "queue", "agent_id", "duration_s", "n_utterances", "language",
            "ces", "high_effort_prob", "primary_intent")
    body = {"event": event, "tenant_id": tenant_id, "call": {k: call.get(k) for k in keep if k in call}}
    return json.dumps(body, default=str, sort_keys=True)


def enqueue_call_events(store: Store, tenant_id: str, calls: list[dict[str, Any]]) -> int:
    """Queue a delivery per subscription and matching event for each call; return how many."""
    with store.read() as cur:
        subs = dict_rows(cur.execute("SELECT webhook_id, events FROM webhooks WHERE tenant_id = ? AND active", [tenant_id]))
    rows = []
    for call in calls:
        events = ["call.scored"]
        if (call.get("high_effort_prob") or 0) >= HIGH_EFFORT_THRESHOLD:
            events.append("call.high_effort")
        for sub in subs:
            rows += [["dl_" + secrets.token_hex(8), sub["webhook_id"], tenant_id, e, call["call_id"], _payload(e, tenant_id, call)]
                     for e in events if e in sub["events"]]
    if rows:
        with store.write() as cur:
            cur.executemany("INSERT INTO webhook_deliveries (delivery_id, webhook_id, tenant_id, event, call_id, payload, state) "
                            "VALUES (?, ?, ?, ?, ?, ?, 'pending')", rows)
    return len(rows)


def _post(url: str, body: bytes, headers: dict[str, str], timeout_s: float) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 - http(s) checked on subscribe
        return response.status


def _attempt(store: Store, delivery: dict[str, Any], *, max_attempts: int, backoff_base_s: float, timeout_s: float) -> bool:
    body = delivery["payload"].encode()
    headers = {"Content-Type": "application/json", "X-Convo-Event": delivery["event"],
               "X-Convo-Delivery": delivery["delivery_id"], SIGNATURE_HEADER: sign(delivery["secret"], body)}
    status, error = None, None
    try:
        status = _post(delivery["url"], body, headers, timeout_s)
    except urllib.error.HTTPError as exc:
        status, error = exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        error = type(exc).__name__
    attempts = delivery["attempts"] + 1
    ok = status is not None and 200 <= status < 300
    state = "delivered" if ok else ("failed" if attempts >= max_attempts else "pending")
    retry_at = datetime.now(timezone.utc) + timedelta(seconds=backoff_base_s * 2 ** (attempts - 1))
    with store.write() as cur:
        cur.execute(
            "UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?, state = ?, next_attempt_at = ?, "
            "delivered_at = CASE WHEN ? THEN now() ELSE NULL END WHERE delivery_id = ?",
            [attempts, status, error, state, retry_at, ok, delivery["delivery_id"]])
    return ok


def deliver_due(store: Store, *, max_attempts: int = 5, backoff_base_s: float = 1.0, timeout_s: float = 5.0, limit: int = 100) -> int:
    """Send every delivery that is due now; return how many succeeded."""
    with store.read() as cur:
        due = dict_rows(cur.execute(
            "SELECT d.delivery_id, d.event, d.payload, d.attempts, w.url, w.secret FROM webhook_deliveries d "
            "JOIN webhooks w USING (webhook_id) WHERE w.active AND d.state = 'pending' AND d.next_attempt_at <= now() "
            "ORDER BY d.created_at LIMIT ?", [limit]))
    return sum(_attempt(store, d, max_attempts=max_attempts, backoff_base_s=backoff_base_s, timeout_s=timeout_s) for d in due)


def list_deliveries(store: Store, tenant_id: str, webhook_id: str) -> list[dict[str, Any]]:
    with store.read() as cur:
        return dict_rows(cur.execute(
            "SELECT delivery_id, event, call_id, state, attempts, last_status, last_error, created_at, delivered_at "
            "FROM webhook_deliveries WHERE tenant_id = ? AND webhook_id = ? ORDER BY created_at", [tenant_id, webhook_id]))
