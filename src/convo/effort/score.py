"""Scoring a dataset: features for every call, the CES model, the effort columns and friction.

Effort runs as one pass over a run's published tables, not per batch: the journey features
(earlier contacts of the same customer, channel hops) look across calls. ``convo run`` runs it
inside :meth:`convo.dataset.RunDir.publish` (:class:`EffortPass`); ``convo effort score``
rescores an existing run directory (:func:`score_run`) without transcribing again.

Example:
    >>> note = score_run("out/demo", EffortModel.from_pretrained("models/effort"))  # doctest: +SKIP
    >>> note["scored"]  # doctest: +SKIP
    3
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from convo.effort.friction import friction_table
from convo.effort.model import EffortModel, Explanation
from convo.effort.text import LANGUAGE_FEATURE, language_evidence, language_feature, utterance_scores
from convo.errors import ConvoError
from convo.schema import CALLS, EFFORT_DRIVER, FRICTION

logger = logging.getLogger(__name__)
DEFAULT_MODEL = "effort"
QUOTE_CHARS = 80
MAX_EVIDENCE = 3
# Means have no utterance of their own: show the utterances over the threshold, else the peak.
_EVIDENCE_FALLBACK = {"neg_mean": ("neg_share", "neg_peak"), "sentiment_mean": ("sentiment_min",),
                      "confusion_mean": ("confusion_share", "confusion_peak")}
# Drivers that are facts about the call, not about what was said: no utterance evidence.
_NO_UTTERANCE_EVIDENCE = frozenset({"wait_time_s", "hold_time_s", "hold_count", "transfer_count", "handle_time_s",
                                    "escalated", "resolved", "contacts_prev_7d", "contacts_prev_30d", "channel_hops_7d",
                                    "days_since_prev_contact", LANGUAGE_FEATURE})


class EffortError(ConvoError):
    """A run cannot be scored (missing tables, a model that does not load)."""


def load_model(name: str | Path = DEFAULT_MODEL) -> EffortModel:
    """A model folder, or a name under the models root (default: the shipped ``models/effort``)."""
    from convo.understand.registry import model_dir

    try:
        return EffortModel.from_pretrained(model_dir(name))
    except (FileNotFoundError, ValueError) as exc:
        raise EffortError(f"effort model {str(name)!r}: {exc}") from exc


def call_features(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None, model: EffortModel, *,
                  device: str = "cpu") -> tuple[dict[str, np.ndarray], pa.Table]:
    """Every feature the model may use, per call (float64, NaN = missing), and the language scores."""
    from convo.features import compute_features

    features = compute_features(calls, utterances, embeddings, device=device)
    columns = {name: features[name].to_numpy(zero_copy_only=False) for name in features.column_names[1:]}
    scores = utterance_scores(utterances, embeddings, model.text)
    columns[LANGUAGE_FEATURE] = language_feature(calls["call_id"].to_pylist(), scores)
    return columns, scores


def score_tables(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None, model: EffortModel, *,
                 device: str = "cpu") -> tuple[pa.Table, pa.Table, dict[str, Any]]:
    """(calls with the effort columns, friction, a note for run.json)."""
    started = time.perf_counter()
    if calls.num_rows == 0:
        return calls, FRICTION.empty_table(), {"status": "ok", "model": model.name, "scored": 0}
    embeddings = embeddings if embeddings is not None and embeddings.num_rows else None
    columns, scores = call_features(calls, utterances, embeddings, model, device=device)
    result = model.explain(columns)
    drivers = _drivers(calls, utterances, embeddings, result, scores)
    scored = _with_effort(calls, result, drivers, model.name)
    available = [t.name for j, t in enumerate(model.terms) if np.isfinite(result.values[:, j]).any()]
    note = {"status": "ok", "model": model.name, "model_path": model.info.get("path"), "scored": calls.num_rows,
            "drivers_available": available, "drivers_missing": [t for t in model.feature_names if t not in available],
            "seconds": round(time.perf_counter() - started, 3)}
    if embeddings is None or "emotion_scores" not in utterances.column_names or \
            utterances["emotion_scores"].null_count == utterances.num_rows:
        note["note"] = ("no understanding output (emotion, markers, embeddings): scored on the operational and "
                        "timing drivers only; feel drivers contribute nothing")
    return scored, friction_table(scored), note


class EffortPass:
    """The publish pass of ``convo run``: scores every call; a failure leaves the calls unscored, never lost."""

    def __init__(self, model: str | Path = DEFAULT_MODEL, *, device: str = "cpu") -> None:
        self.model_name = model
        self.device = device

    def __call__(self, calls: pa.Table, utterances: pa.Table, embeddings: pa.Table) -> tuple[pa.Table, pa.Table, dict[str, Any]]:
        try:
            return score_tables(calls, utterances, embeddings, load_model(self.model_name), device=self.device)
        except Exception as exc:  # noqa: BLE001 - effort must never lose the run's calls
            logger.warning("effort pass failed (%s: %s); calls are written without effort columns", type(exc).__name__, exc)
            return calls, FRICTION.empty_table(), {"status": "failed", "model": str(self.model_name),
                                                   "error": f"{type(exc).__name__}: {exc}"}


def score_run(run_dir: str | Path, model: EffortModel, *, device: str = "cpu") -> dict[str, Any]:
    """Rescore a run directory in place: rewrite calls.parquet and friction.parquet (each atomically)."""
    from convo.dataset import write_json_atomic, write_parquet_atomic

    run_dir = Path(run_dir)
    calls, utterances, embeddings = read_run(run_dir)
    scored, friction, note = score_tables(calls, utterances, embeddings, model, device=device)
    write_parquet_atomic(scored, run_dir / "calls.parquet")
    write_parquet_atomic(friction, run_dir / "friction.parquet")
    info_path = run_dir / "run.json"
    if info_path.is_file():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        write_json_atomic({**info, "effort": {**note, "rescored": True}}, info_path)
    return note


def read_run(run_dir: Path) -> tuple[pa.Table, pa.Table, pa.Table | None]:
    """calls (cast to the current CALLS schema), utterances and embeddings (None when absent) of a run."""
    for name in ("calls.parquet", "utterances.parquet"):
        if not (run_dir / name).is_file():
            raise EffortError(f"{run_dir} is not a run directory: no {name} (write one with `convo run`)")
    calls = _conform(pq.read_table(run_dir / "calls.parquet"))
    utterances = pq.read_table(run_dir / "utterances.parquet")
    path = run_dir / "embeddings.parquet"
    embeddings = pq.read_table(path) if path.is_file() else None
    return calls, utterances, embeddings


def _conform(calls: pa.Table) -> pa.Table:
    """Calls written by an older convo get the columns added since (null) and the current order."""
    columns = [calls[f.name] if f.name in calls.column_names else pa.nulls(calls.num_rows, f.type) for f in CALLS]
    return pa.Table.from_arrays(columns, schema=CALLS)


def _with_effort(calls: pa.Table, result: Explanation, drivers: list[list[dict[str, Any]]], model_name: str) -> pa.Table:
    n = calls.num_rows
    values = {
        "ces": pa.array(result.ces, pa.float32()),
        "ces_dist": pa.array([row.tolist() for row in result.dist.astype(np.float32)], pa.list_(pa.float32())),
        "high_effort_prob": pa.array(result.high_effort_prob, pa.float32()),
        "ces_baseline": pa.array(np.full(n, result.baseline), pa.float32()),
        "effort_drivers": pa.array(drivers, pa.list_(EFFORT_DRIVER)),
        "effort_model": pa.array([model_name] * n, pa.string()),
    }
    calls = _conform(calls)
    for name, array in values.items():
        calls = calls.set_column(calls.schema.get_field_index(name), CALLS.field(name), array)
    return calls


def _drivers(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None, result: Explanation,
             scores: pa.Table) -> list[list[dict[str, Any]]]:
    """Per call, every driver with a non-zero contribution, largest |contribution| first, with evidence."""
    call_ids = calls["call_id"].to_pylist()
    contributions = result.contributions
    with_utterances = [j for j, t in enumerate(result.terms) if t.name not in _NO_UTTERANCE_EVIDENCE]
    needs = [cid for i, cid in enumerate(call_ids) if np.any(contributions[i, with_utterances] != 0)]
    found = _feature_evidence(calls, utterances, embeddings, needs)
    words = language_evidence(scores)
    where = _utterance_lookup(utterances, found, words)
    out = []
    for i, cid in enumerate(call_ids):
        row = []
        for j in np.argsort(-np.abs(contributions[i]), kind="stable"):
            c = float(contributions[i, j])
            if np.float32(c) == 0.0:  # below float32's range: stored as 0, not a driver
                continue
            term = result.terms[j]
            if term.name == LANGUAGE_FEATURE:
                ids = words.get(cid, {}).get("low" if c < 0 else "high", [])
            else:
                ids = _evidence_ids(found.get(cid, {}), term.name, c)
            row.append({"driver": term.name, "kind": term.kind, "value": float(result.values[i, j]), "contribution": c,
                        "evidence": [where[u] for u in ids[:MAX_EVIDENCE] if u in where]})
        out.append(row)
    return out


def _evidence_ids(per_feature: dict[str, list[str]], driver: str, contribution: float) -> list[str]:
    """The driver's own evidence, else that of the feature that points at the same utterances."""
    for name in (driver, *_EVIDENCE_FALLBACK.get(driver, ())):
        if per_feature.get(name):
            if name.startswith("sentiment") and contribution > 0:
                return []  # the most negative utterances do not explain a sentiment that helped
            return per_feature[name]
    return []


def _feature_evidence(calls: pa.Table, utterances: pa.Table, embeddings: pa.Table | None,
                      call_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    if not call_ids or utterances.num_rows == 0:
        return {}
    from convo.features import evidence

    return evidence(calls, utterances, embeddings, call_ids=call_ids)


def _utterance_lookup(utterances: pa.Table, found: dict, words: dict) -> dict[str, dict[str, Any]]:
    wanted = {u for per_call in found.values() for ids in per_call.values() for u in ids[:MAX_EVIDENCE]}
    wanted |= {u for per_call in words.values() for ids in per_call.values() for u in ids}
    if not wanted:
        return {}
    import pyarrow.compute as pc

    rows = utterances.filter(pc.is_in(utterances["utterance_id"], pa.array(sorted(wanted), pa.string())))
    return {r["utterance_id"]: {"utterance_id": r["utterance_id"], "start_s": r["start_s"], "quote": _quote(r["text"])}
            for r in rows.select(["utterance_id", "start_s", "text"]).to_pylist()}


def _quote(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
