"""Synthetic run directories for the topic tests: seeded Gaussian blobs on the unit sphere.

Each topic has a random direction in the encoder's 384-d space and a few words of its own; a call
is one customer utterance of its topic (vector = direction + noise, text from the topic's words),
an agent reply, and a customer acknowledgement ("ok thanks"). Acknowledgements share one
direction of their own, so they would form a topic if the short-utterance filter let them through.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from convo.schema import EMBEDDING_DIM, EMBEDDINGS, utterance_id

WORDS = {
    "parcel": ["parcel", "delivery", "courier", "tracking", "arrived"],
    "refund": ["refund", "money", "returned", "reimburse", "charge"],
    "password": ["password", "login", "locked", "account", "reset"],
    "invoice": ["invoice", "billing", "statement", "overcharged", "bill"],
    "router": ["router", "internet", "wifi", "connection", "broadband"],
    "cancel": ["cancel", "subscription", "contract", "terminate", "plan"],
    "outage": ["outage", "app", "crashes", "update", "broken"],
}
ACKS = ["ok thanks", "yes", "great, bye", "thank you so much", "okay", "no that's all, thanks"]
BASE = datetime(2024, 1, 1, 9, tzinfo=timezone.utc)  # a Monday


def directions(names: list[str], seed: int = 7) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    out = {}
    for name in list(names) + ["_ack"]:
        v = rng.normal(size=EMBEDDING_DIM)
        out[name] = v / np.linalg.norm(v)
    return out


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def make_calls(counts: dict[str, int], *, seed: int, prefix: str, noise: float = 0.045, start: datetime = BASE,
               days: float = 7.0, dirs: dict[str, np.ndarray] | None = None, ces: bool = True) -> list[dict[str, Any]]:
    """Calls as dicts: ``counts`` maps topic name → number of calls (shuffled, spread over ``days``)."""
    rng = np.random.default_rng(seed)
    dirs = dirs or directions(list(WORDS))
    names = [n for n, k in counts.items() for _ in range(k)]
    rng.shuffle(names)
    calls = []
    for i, name in enumerate(names):
        words = rng.choice(WORDS[name], size=3, replace=False)
        text = f"my {words[0]} and the {words[1]}, {words[2]} problem"
        ack = ACKS[int(rng.integers(len(ACKS)))]
        calls.append({
            "call_id": f"{prefix}-{i:04d}", "topic": name,
            "started_at": start + timedelta(days=float(rng.uniform(0, days))),
            "ces": float(rng.uniform(1, 7)) if ces else None,
            "high_effort_prob": float(rng.uniform(0, 1)) if ces else None,
            "turns": [
                ("customer", text, _unit(dirs[name] + noise * rng.normal(size=EMBEDDING_DIM))),
                ("agent", "Let me look into that for you.", _unit(rng.normal(size=EMBEDDING_DIM))),
                ("customer", ack, _unit(dirs["_ack"] + noise * rng.normal(size=EMBEDDING_DIM))),
            ],
        })
    return calls


def write_run(path: Path, calls: list[dict[str, Any]], *, embeddings: bool = True, dim: int = EMBEDDING_DIM,
              effort: bool = True) -> Path:
    """Write ``calls`` as a run directory (the tables and columns the topics stage reads)."""
    path.mkdir(parents=True, exist_ok=True)
    call_cols: dict[str, list] = {"call_id": [c["call_id"] for c in calls],
                                  "started_at": [c["started_at"] for c in calls], "channel": ["chat"] * len(calls)}
    for key in ("customer_id", "agent_id", "queue"):
        if any(key in c for c in calls):
            call_cols[key] = [c.get(key) for c in calls]
    if effort:
        call_cols["ces"] = [c["ces"] for c in calls]
        call_cols["high_effort_prob"] = [c["high_effort_prob"] for c in calls]
    pq.write_table(pa.table(call_cols), path / "calls.parquet")
    utts: dict[str, list] = {"call_id": [], "utterance_id": [], "turn_index": [], "speaker": [], "text": []}
    vectors = []
    for c in calls:
        for i, (speaker, text, vector) in enumerate(c["turns"]):
            for key, value in zip(utts, (c["call_id"], utterance_id(c["call_id"], i), i, speaker, text)):
                utts[key].append(value)
            vectors.append(vector[:dim] if dim <= len(vector) else np.resize(vector, dim))
    pq.write_table(pa.table(utts), path / "utterances.parquet")
    if embeddings:
        schema = EMBEDDINGS if dim == EMBEDDING_DIM else pa.schema(
            [f for f in EMBEDDINGS if f.name != "vector"] + [pa.field("vector", pa.list_(pa.float32(), dim))])
        flat = pa.array(np.asarray(vectors, np.float32).ravel(), pa.float32())
        table = pa.table({"call_id": utts["call_id"], "utterance_id": utts["utterance_id"],
                          "turn_index": pa.array(utts["turn_index"], pa.int32()),
                          "vector": pa.FixedSizeListArray.from_arrays(flat, dim)}, schema=schema)
        pq.write_table(table, path / "embeddings.parquet")
    (path / "run.json").write_text(json.dumps({"counts": {"calls": len(calls), "errors": 0}}))
    return path


def publish_synthetic(store: Any, tenant: str, work: Path, *, min_cluster_size: int = 3) -> Path:
    """Fit and publish topics for the calls a tenant's store holds, with synthetic vectors.

    The store keeps no embeddings, so each customer utterance gets the direction of the first
    topic word in its text (``WORDS`` keys), plus noise; the rest get random vectors.
    """
    from convo.store.topics import publish_topics
    from convo.topics.data import load_units
    from convo.topics.model import TopicModel

    runs = sorted((store.tenant_dir(tenant) / "runs").glob("*/utterances.parquet"))
    utts = pa.concat_tables([pq.read_table(p, columns=["call_id", "utterance_id", "turn_index", "speaker", "text"])
                             for p in runs], promote_options="permissive")
    calls = pa.concat_tables([pq.read_table(p.with_name("calls.parquet"), columns=["call_id", "started_at"])
                              for p in runs], promote_options="permissive")
    rng = np.random.default_rng(11)
    dirs = directions(list(WORDS))
    vectors = []
    for text in utts["text"].to_pylist():
        name = next((w for w in WORDS if w in text), None)
        base = dirs[name] if name else rng.normal(size=EMBEDDING_DIM)
        vectors.append(_unit(base + 0.045 * rng.normal(size=EMBEDDING_DIM)))
    run = work / f"{tenant}-run"
    run.mkdir(parents=True, exist_ok=True)
    pq.write_table(calls, run / "calls.parquet")
    pq.write_table(utts, run / "utterances.parquet")
    flat = pa.array(np.asarray(vectors, np.float32).ravel(), pa.float32())
    pq.write_table(pa.table({"call_id": utts["call_id"], "utterance_id": utts["utterance_id"],
                             "turn_index": utts["turn_index"].cast(pa.int32()),
                             "vector": pa.FixedSizeListArray.from_arrays(flat, EMBEDDING_DIM)}, schema=EMBEDDINGS),
                   run / "embeddings.parquet")
    options = {"min_cluster_size": min_cluster_size}
    out = work / f"{tenant}-topics"
    TopicModel(options).fit(load_units([run], options)).save(out)
    publish_topics(store, out, tenant)
    return out
