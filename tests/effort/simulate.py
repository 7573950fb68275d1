"""Simulated contact-centre runs with known effort effects (no models, no ../shared/data).

A run has calls with operational data (transfers, holds, waits, escalations, resolution) and
customers who come back within days (so the journey features ``contacts_prev_7d`` vary), two
utterances per call, and survey answers drawn from a known cumulative-logit model: the latent
ease ``η = Σ f_j(x_j)`` plus standard logistic noise, cut at known thresholds.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from convo import schema
from convo.effort.model import EffortModel, Term

BASE_TIME = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # a Monday
THRESHOLDS = np.array([-3.0, -2.0, -1.2, -0.4, 0.6, 1.8])


def term(name: str, knots, rises, *, reference: float = 0.0, monotone: int = -1, kind: str = "do",
         source: str = "prior") -> Term:
    return Term(name=name, kind=kind, knots=tuple(knots), rises=tuple(rises), reference=reference,
                monotone=monotone, source=source)


def true_model() -> EffortModel:
    """The effects the simulation draws answers from (latent units)."""
    return EffortModel(terms=[
        term("transfer_count", (0, 1, 2, 3), (-1.0, -0.6, -0.3)),
        term("contacts_prev_7d", (0, 1, 2, 4), (-1.2, -0.5, -0.4)),
        term("resolved", (0, 1), (1.5,), reference=1.0, monotone=1),
        term("wait_time_s", (0, 60, 300, 900), (-0.1, -0.5, -0.6)),
        term("hold_time_s", (0, 60, 300, 900), (0.0, -0.3, -0.4)),
        term("escalated", (0, 1), (-0.6,)),
    ], thresholds=THRESHOLDS, info={"name": "truth"})


def prior_model() -> EffortModel:
    """A deliberately wrong starting point: the same drivers with other sizes (what a fit must correct)."""
    truth = true_model()
    terms = [Term(**{**t.__dict__, "rises": tuple(0.4 * r for r in t.rises)}) for t in truth.terms]
    return EffortModel(terms=terms, thresholds=np.linspace(-2.5, 2.5, 6), info={"name": "sim-prior"})


def simulate_calls(n_calls: int, seed: int) -> dict[str, np.ndarray]:
    """Operational data and journeys: customers with 1-3 contacts a few days apart."""
    rng = np.random.default_rng(seed)
    customer = np.sort(rng.integers(0, max(1, n_calls // 2), n_calls))
    day = np.zeros(n_calls)
    for i in range(1, n_calls):
        day[i] = day[i - 1] + rng.uniform(0.2, 4.0) if customer[i] == customer[i - 1] else rng.uniform(0, 40)
    return {
        "customer": customer, "day": day,
        "transfer_count": rng.choice([0, 0, 0, 1, 1, 2, 3], n_calls).astype(float),
        "wait_time_s": np.round(rng.exponential(150.0, n_calls), 1),
        "hold_time_s": np.where(rng.random(n_calls) < 0.4, np.round(rng.exponential(200.0, n_calls), 1), 0.0),
        "escalated": (rng.random(n_calls) < 0.15).astype(float),
        "resolved": (rng.random(n_calls) < 0.75).astype(float),
        "channel": rng.choice(["voice", "chat"], n_calls, p=[0.7, 0.3]),
        "queue": rng.choice(["billing", "orders"], n_calls),
    }


def contacts_prev_7d(sim: dict[str, np.ndarray]) -> np.ndarray:
    out = np.zeros(len(sim["day"]))
    for i in range(len(out)):
        same = (sim["customer"] == sim["customer"][i]) & (sim["day"] < sim["day"][i]) & (sim["day"] >= sim["day"][i] - 7)
        out[i] = same.sum()
    return out


def draw_ces(model: EffortModel, features: dict[str, np.ndarray], seed: int) -> np.ndarray:
    """Answers 1..7 from the ordinal model: latent + logistic noise, cut at the thresholds."""
    rng = np.random.default_rng(seed)
    eta = model.latent_terms(model.values(features)).sum(axis=1)
    noisy = eta + rng.logistic(size=len(eta))
    return 1 + (noisy[:, None] > model.thresholds[None, :]).sum(axis=1)


def write_run(path: Path, sim: dict[str, np.ndarray], prefix: str = "sim") -> list[str]:
    """A run directory (calls, utterances, empty embeddings) as `convo run --no-understand` would leave it."""
    n = len(sim["day"])
    ids = [f"{prefix}-{i:05d}" for i in range(n)]
    calls = {f.name: pa.nulls(n, f.type) for f in schema.CALLS}
    calls.update({
        "call_id": pa.array(ids), "source_path": pa.array([f"/in/{c}.json" for c in ids]),
        "source_kind": pa.array(["transcript"] * n), "channel": pa.array(sim["channel"].tolist()),
        "queue": pa.array(sim["queue"].tolist()), "customer_id": pa.array([f"cust-{c}" for c in sim["customer"]]),
        "started_at": pa.array([BASE_TIME + timedelta(days=float(d)) for d in sim["day"]], pa.timestamp("us", tz="UTC")),
        "wait_time_s": pa.array(sim["wait_time_s"]), "hold_time_s": pa.array(sim["hold_time_s"]),
        "transfer_count": pa.array(sim["transfer_count"].astype(np.int32)),
        "escalated": pa.array(sim["escalated"].astype(bool)), "resolved": pa.array(sim["resolved"].astype(bool)),
        "n_utterances": pa.array([2] * n, pa.int32()), "status": pa.array(["ok"] * n),
    })
    path.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(calls, schema=schema.CALLS), path / "calls.parquet")
    utts = {f.name: pa.nulls(2 * n, f.type) for f in schema.UTTERANCES}
    utts.update({
        "call_id": pa.array([c for c in ids for _ in range(2)]),
        "utterance_id": pa.array([schema.utterance_id(c, k) for c in ids for k in range(2)]),
        "turn_index": pa.array([0, 1] * n, pa.int32()), "speaker": pa.array(["customer", "agent"] * n),
        "start_s": pa.array([0.0, 4.0] * n), "end_s": pa.array([3.0, 7.0] * n),
        "text": pa.array(["I need help with my account.", "Let me look into that for you."] * n),
    })
    pq.write_table(pa.table(utts, schema=schema.UTTERANCES), path / "utterances.parquet")
    pq.write_table(schema.EMBEDDINGS.empty_table(), path / "embeddings.parquet")
    return ids
