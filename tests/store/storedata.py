"""A small two-tenant store built from real run directories (text transcripts, no ASR).

Used by tests/api and tests/store. ``build_store`` writes a template data directory once per
session; tests that change data work on a copy (``copy_data``) so they never disturb each other.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from convo.pipeline import RunOptions, run
from convo.store import webhooks
from convo.store.db import Store
from convo.store.ingest import ingest_run
from convo.store.keys import ROLES, create_key, revoke_key
from tests.conftest import chat

BASE = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)  # a Monday
CARD = "4111 1111 1111 1111"
DEAD_URL = "http://127.0.0.1:9/hook"  # discard port: deliveries fail at once


def _turns(call_id: str, n: int, card: bool = False) -> list[tuple[str, str]]:
    # Every utterance carries a distinctive token, so tests can search response bodies for text.
    words = ["parcel", "refund", "invoice", "router", "password", "delivery"]
    turns = []
    for i in range(n):
        speaker = "customer" if i % 2 == 0 else "agent"
        text = f"Token zulu{call_id.replace('-', '')}x{i} about the {words[i % len(words)]} please"
        if card and i == 0:
            text = f"My card number is {CARD} and the {words[0]} never came"
        turns.append((speaker, text))
    return turns


def _call(call_id: str, day: float, *, channel: str, queue: str, agent: str, customer: str, n_turns: int = 4,
          handle: float | None = 300.0, wait: float | None = None, holds: int = 0, transfers: int = 0,
          escalated: bool = False, resolved: bool = True, card: bool = False) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "started_at": (BASE + timedelta(days=day)).isoformat().replace("+00:00", "Z"),
        "queue": queue, "agent_id": agent, "customer_id": customer,
        "hold_count": holds, "transfer_count": transfers, "escalated": escalated, "resolved": resolved,
    }
    if handle is not None:
        fields["handle_time_s"] = handle
    if wait is not None:
        fields["wait_time_s"] = wait
    doc = chat(call_id, _turns(call_id, n_turns, card), **fields)
    doc["channel"] = channel
    return doc


def acme_calls() -> list[dict[str, Any]]:
    c = _call
    return [
        c("ac-001", 0.0, channel="chat", queue="billing", agent="ag-ann", customer="cust-alice-7781", handle=200, wait=10, holds=1),
        c("ac-002", 0.5, channel="email", queue="billing", agent="ag-ben", customer="cust-bob-1234", handle=400, wait=20, escalated=True, resolved=False),
        c("ac-003", 1.0, channel="chat", queue="tech", agent="ag-ann", customer="cust-alice-7781", handle=250, card=True, transfers=1),
        c("ac-004", 3.0, channel="voice", queue="tech", agent="ag-cat", customer="cust-carol-5555", handle=None, wait=5, holds=2),
        c("ac-005", 7.0, channel="chat", queue="returns", agent="ag-ben", customer="cust-bob-1234", handle=350, n_turns=6),
        c("ac-006", 7.0, channel="chat", queue="returns", agent="ag-cat", customer="cust-dan-9090", handle=150),  # same started_at as ac-005
        c("ac-007", 9.25, channel="email", queue="billing", agent="ag-ann", customer="cust-alice-7781", handle=500, escalated=True, holds=3),
        c("ac-008", 14.0, channel="voice", queue="tech", agent="ag-ben", customer="cust-erin-3030", handle=None, wait=40),
        c("ac-009", 15.5, channel="chat", queue="billing", agent="ag-cat", customer="cust-shared-55", handle=220, transfers=2),
        c("ac-010", 16.0, channel="chat", queue="tech", agent="ag-ann", customer="cust-fay-4141", handle=180, resolved=False),
        c("ac-011", 21.0, channel="email", queue="returns", agent="ag-ben", customer="cust-gus-2323", handle=260, n_turns=2),
        c("ac-012", 22.0, channel="chat", queue="billing", agent="ag-cat", customer="cust-hal-6767", handle=None),
        c("ac-013", 28.0, channel="voice", queue="tech", agent="ag-ann", customer="cust-ivy-8989", handle=310, wait=15, holds=1),
        c("ac-014", 30.0, channel="chat", queue="returns", agent="ag-ben", customer="cust-jon-1010", handle=275),
        c("shared-1", 2.0, channel="chat", queue="billing", agent="ag-ann", customer="cust-kim-1212", handle=190),
        c("shared-2", 18.0, channel="email", queue="tech", agent="ag-cat", customer="cust-lee-1313", handle=420, escalated=True),
    ]


def globex_calls() -> list[dict[str, Any]]:
    c = _call
    docs = [
        c("gx-001", 1.0, channel="chat", queue="sales", agent="gx-agent-1", customer="cust-shared-55", handle=100),
        c("gx-002", 4.0, channel="voice", queue="support", agent="gx-agent-2", customer="gx-cust-1", handle=600, escalated=True),
        c("gx-003", 10.0, channel="chat", queue="sales", agent="gx-agent-1", customer="gx-cust-2", handle=120),
        c("gx-004", 12.0, channel="email", queue="support", agent="gx-agent-2", customer="gx-cust-1", handle=330),
        c("gx-005", 19.0, channel="chat", queue="sales", agent="gx-agent-3", customer="gx-cust-3", handle=90),
        c("shared-1", 5.0, channel="voice", queue="support", agent="gx-agent-1", customer="gx-cust-4", handle=700, n_turns=3),
        c("shared-2", 20.0, channel="chat", queue="sales", agent="gx-agent-2", customer="gx-cust-5", handle=140),
    ]
    for doc in docs:  # the shared call ids must not share text either
        for turn in doc["turns"]:
            turn["text"] = turn["text"].replace("Token ", "Token globex ", 1)
    return docs


def make_run(docs: list[dict[str, Any]], work: Path, name: str) -> Path:
    """Write ``docs`` as a .jsonl transcript file and run the pipeline on it (text only)."""
    work.mkdir(parents=True, exist_ok=True)
    src = work / f"{name}.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs))
    out = work / name
    summary = run([src], out, options=RunOptions(workers=1))
    assert summary.counts["errors"] == 0, summary.counts
    return out


@dataclass
class StoreData:
    root: Path
    keys: dict[tuple[str, str], str]  # (tenant, role) -> key
    key_ids: dict[tuple[str, str], str]
    revoked: dict[str, str]  # tenant -> a revoked key
    calls: dict[str, list[dict[str, Any]]]  # tenant -> the transcripts ingested
    webhook_ids: dict[str, str] = field(default_factory=dict)

    def key(self, tenant: str, role: str) -> str:
        return self.keys[(tenant, role)]

    def headers(self, tenant: str, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[(tenant, role)]}"}

    def call(self, tenant: str, call_id: str) -> dict[str, Any]:
        return next(c for c in self.calls[tenant] if c["call_id"] == call_id)

    def texts(self, tenant: str | None = None) -> list[str]:
        tenants = [tenant] if tenant else list(self.calls)
        return [t["text"] for tn in tenants for c in self.calls[tn] for t in c["turns"]]


def build_store(tmp: Path) -> StoreData:
    root = tmp / "data"
    calls = {"acme": acme_calls(), "globex": globex_calls()}
    store = Store.open(root)
    try:
        # acme in two runs (so the dataset has more than one run folder), globex in one
        ingest_run(store, make_run(calls["acme"][:8], tmp / "runs", "acme-a"), "acme")
        ingest_run(store, make_run(calls["acme"][8:], tmp / "runs", "acme-b"), "acme")
        ingest_run(store, make_run(calls["globex"], tmp / "runs", "globex-a"), "globex")
        keys, key_ids, revoked = {}, {}, {}
        for tenant in ("acme", "globex"):
            for role in ROLES:
                key_ids[(tenant, role)], keys[(tenant, role)] = create_key(store, tenant, role)
            rid, rkey = create_key(store, tenant, "admin")
            revoke_key(store, rid)
            revoked[tenant] = rkey
        data = StoreData(root, keys, key_ids, revoked, calls)
        for tenant in ("acme", "globex"):
            data.webhook_ids[tenant] = webhooks.subscribe(store, tenant, DEAD_URL, ["call.scored"])["webhook_id"]
    finally:
        store.close()
    return data


def copy_data(data: StoreData, dest: Path) -> StoreData:
    """A private copy of the data directory (same keys, same secret)."""
    shutil.copytree(data.root, dest)
    return StoreData(dest, data.keys, data.key_ids, data.revoked, data.calls, dict(data.webhook_ids))


def started(doc: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(doc["started_at"].replace("Z", "+00:00"))


def interaction(call_id: str, day: float = 40.0, **overrides: Any) -> dict[str, Any]:
    """A transcript as POST /v1/interactions takes it."""
    metadata = overrides.pop("metadata", None)
    fields = dict(channel="chat", queue="billing", agent="ag-new", customer="cust-new-4242")
    fields.update(overrides)
    doc = _call(call_id, day, **fields)
    if metadata is not None:
        doc["metadata"] = metadata
    return doc


def wait_job(client, headers: dict[str, str], job_id: str, timeout_s: float = 15.0) -> dict[str, Any]:
    """Poll GET /v1/jobs/{id} until the job is done or failed."""
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        r = client.get(f"/v1/jobs/{job_id}", headers=headers)
        assert r.status_code == 200, r.text
        if r.json()["state"] in ("done", "failed") or time.monotonic() > deadline:
            return r.json()
        time.sleep(0.05)
