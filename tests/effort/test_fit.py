"""The fitting path proved by simulation: known effects + noise in, the same effects out.

The simulated run (``simulate.py``, 6,000 calls) draws each call's answer from a known
cumulative-logit model over operational data and journeys; the fit starts from a prior model
whose effects are 0.4 × the truth. Stated tolerances, checked over 12 seeds while writing this
test (largest error seen 0.20): at the knots the data supports well (first transfer, first
repeat contact in 7 days, unresolved, escalated, 300 s wait and hold) the fitted effect is
within **0.25 CES points** of the truth and nearer to it than the prior was; on the held-out
calls the fitted model's Spearman is within **0.03** of the true model's own.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from convo.effort.fit import FitOptions, fit_effort, split_calls
from convo.effort.model import EffortModel
from convo.effort.report import spearman
from tests.effort.simulate import prior_model, true_model

pytest.importorskip("torch")
pytest.importorskip("numba")
KEY_KNOTS = {"transfer_count": 1, "contacts_prev_7d": 1, "resolved": 0, "escalated": 1, "wait_time_s": 2,
             "hold_time_s": 2}
TOLERANCE_CES = 0.25


@pytest.fixture(scope="module")
def fitted(simulation, tmp_path_factory):
    out = tmp_path_factory.mktemp("fitted") / "model"
    report = fit_effort([simulation["run"]], simulation["labels"], out, base=simulation["prior"],
                        options=FitOptions(seed=0))
    return EffortModel.from_pretrained(out), report, out


def _effects(model: EffortModel) -> dict[str, list[float]]:
    return {row["driver"]: [e["ces_points"] for e in row["effects"]] for row in model.effect_table()}


def test_known_effects_are_recovered(fitted):
    model, _, _ = fitted
    got, truth, prior = _effects(model), _effects(true_model()), _effects(prior_model())
    for driver, k in KEY_KNOTS.items():
        error = abs(got[driver][k] - truth[driver][k])
        assert error <= TOLERANCE_CES, (driver, got[driver][k], truth[driver][k])
        assert error < abs(prior[driver][k] - truth[driver][k]), driver
    assert model.baseline == pytest.approx(true_model().baseline, abs=0.25)


def test_held_out_accuracy_matches_the_true_model(simulation, fitted):
    _, report, _ = fitted
    ids = np.arange(len(simulation["ids"]))
    _, test = split_calls(ids, FitOptions().test_size, FitOptions().seed)
    truth = true_model().explain({k: v[test] for k, v in simulation["features"].items()})
    oracle = spearman(truth.ces, simulation["ces"][test])
    assert report["test"]["n"] == int(test.sum())
    assert report["test"]["spearman"] >= oracle - 0.03
    assert 0.75 <= report["test"]["auc_high_effort"] <= 1.0


def test_report_has_every_figure(fitted):
    _, _, out = fitted
    report = json.loads((out / "report.json").read_text())
    test = report["test"]
    for key in ("spearman", "mae", "within_1", "auc_high_effort", "calibration", "calibration_high_effort",
                "driver_effects"):
        assert key in test, key
    assert sum(row["n"] for row in test["calibration"]) == test["n"]
    assert {row["driver"] for row in report["final_effects"]} == set(KEY_KNOTS)
    text = (out / "report.md").read_text()
    for heading in ("Spearman", "MAE", "within ±1", "AUC", "Calibration by predicted CES", "Driver effects"):
        assert heading in text
    assert all(t.source == "prior+fitted" for t in EffortModel.from_pretrained(out).terms)


def test_a_strong_prior_keeps_the_base_effects(simulation, tmp_path):
    fit_effort([simulation["run"]], simulation["labels"], tmp_path / "m", base=simulation["prior"],
               options=FitOptions(prior_strength=1e6, refit_all=False))
    got, prior = _effects(EffortModel.from_pretrained(tmp_path / "m")), prior_model()
    for row in prior.effect_table():
        latent = [t for t in prior.terms if t.name == row["driver"]][0]
        fitted_term = [t for t in EffortModel.from_pretrained(tmp_path / "m").terms if t.name == row["driver"]][0]
        assert np.allclose(fitted_term.rises, latent.rises, atol=0.01), row["driver"]
    assert got  # the model loads and has effects
