"""Fixtures of the effort tests: a simulated run with known effects, and its survey answers.

Nothing here reads ../shared/data or runs the understanding models: runs are written with
pyarrow from seeded simulations (``simulate``), so fitting and scoring tests take seconds.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv
import pytest

from tests.effort.simulate import contacts_prev_7d, draw_ces, prior_model, simulate_calls, true_model, write_run

N_CALLS = 6000


@pytest.fixture(scope="session")
def simulation(tmp_path_factory) -> dict:
    """A run of 6,000 calls, answers drawn from ``true_model()`` and a wrong prior model to start from."""
    root = tmp_path_factory.mktemp("effort-sim")
    sim = simulate_calls(N_CALLS, seed=1)
    features = {k: sim[k] for k in ("transfer_count", "wait_time_s", "hold_time_s", "escalated", "resolved")}
    features["contacts_prev_7d"] = contacts_prev_7d(sim)
    ces = draw_ces(true_model(), features, seed=2)
    ids = write_run(root / "run", sim)
    labels = root / "labels.csv"
    pcsv.write_csv(pa.table({"call_id": ids, "ces": ces.astype(np.int64)}), labels)
    prior = prior_model().save_pretrained(root / "prior")
    return {"root": root, "run": root / "run", "labels": labels, "prior": prior, "ids": ids, "ces": ces,
            "features": features}


@pytest.fixture
def small_run(tmp_path: Path) -> tuple[Path, list[str]]:
    """A 60-call simulated run (for error paths and rescoring)."""
    ids = write_run(tmp_path / "run", simulate_calls(60, seed=5), prefix="small")
    return tmp_path / "run", ids
