"""The CES model: shape functions, the ordinal head, the exact explanation and persistence."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convo.effort.model import EffortModel, EffortModelError, Term
from tests.effort.simulate import THRESHOLDS, term, true_model


def test_shape_is_zero_at_reference_and_for_missing_values():
    t = term("transfer_count", (0, 1, 2, 3), (-1.0, -0.6, -0.3))
    assert np.allclose(t.latent(np.array([0.0, 1.0, 2.0, 3.0, 9.0, np.nan])), [0.0, -1.0, -1.6, -1.9, -1.9, 0.0])
    resolved = term("resolved", (0, 1), (1.5,), reference=1.0, monotone=1)
    assert resolved.latent(np.array([1.0, 0.0, np.nan])).tolist() == [0.0, -1.5, 0.0]


def test_distribution_expected_value_and_high_effort_probability():
    model = true_model()
    eta = np.array([-4.0, 0.0, 4.0])
    dist = model.distribution(eta)
    assert np.allclose(dist.sum(axis=1), 1.0)
    assert np.allclose(model.expected(eta), dist @ np.arange(1, 8))
    assert np.all(np.diff(model.expected(eta)) > 0)  # a higher latent is an easier call
    result = model.explain({"transfer_count": np.array([3.0, 0.0])})
    assert np.allclose(result.high_effort_prob, result.dist[:, :3].sum(axis=1))
    assert result.high_effort_prob[0] > result.high_effort_prob[1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 5), st.floats(0, 1), st.floats(0, 2000), st.floats(0, 1)), min_size=1, max_size=20))
def test_contributions_sum_exactly_to_ces(rows):
    model = true_model()
    values = np.array(rows)
    features = {"transfer_count": values[:, 0], "resolved": np.round(values[:, 1]), "wait_time_s": values[:, 2],
                "escalated": np.round(values[:, 3])}
    result = model.explain(features)
    assert np.allclose(result.baseline + result.contributions.sum(axis=1), result.ces, atol=1e-9, rtol=0)


def test_exact_sum_when_latent_effects_cancel():
    model = EffortModel(terms=[term("a", (0, 1), (1.0,), monotone=0), term("b", (0, 1), (-1.0,), monotone=0)],
                        thresholds=THRESHOLDS)
    result = model.explain({"a": np.array([1.0, 0.5, 1.0]), "b": np.array([1.0, 0.5 + 1e-9, 0.0])})
    assert np.allclose(result.baseline + result.contributions.sum(axis=1), result.ces, atol=1e-12, rtol=0)
    # cancelling drivers still show their own effects (the slope at η ≈ 0 shares them)
    assert result.contributions[0, 0] > 0.1 and result.contributions[0, 1] < -0.1
    assert result.ces[0] == pytest.approx(result.baseline)


def test_every_driver_at_reference_gives_the_baseline():
    result = true_model().explain({"transfer_count": np.array([0.0]), "resolved": np.array([1.0])})
    assert result.ces[0] == pytest.approx(result.baseline)
    assert not result.contributions.any()


def test_latent_for_inverts_expected():
    model = true_model()
    targets = np.array([1.5, 3.0, 4.2, 6.5])
    assert np.allclose(model.expected(model.latent_for(targets)), targets, atol=1e-9)


def test_save_and_load_round_trip(tmp_path):
    model = true_model()
    model.text = {"weights": np.linspace(-1, 1, 384), "bias": 3.0, "dim": 384}
    model.save_pretrained(tmp_path / "m")
    loaded = EffortModel.from_pretrained(tmp_path / "m")
    features = {"transfer_count": np.array([0.0, 2.0]), "wait_time_s": np.array([30.0, 700.0])}
    assert np.allclose(loaded.explain(features).ces, model.explain(features).ces)
    assert np.allclose(loaded.text["weights"], model.text["weights"], atol=1e-6)
    assert loaded.terms == model.terms


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "think"}, "kind 'think', expected one of: do, feel"),
        ({"knots": (1.0, 1.0)}, "knots must be ≥ 2 strictly increasing"),
        ({"rises": (1.0, 2.0)}, "2 rises for 1 segments"),
        ({"monotone": 2}, "monotone must be -1, 0 or 1"),
    ],
)
def test_bad_terms_are_refused(kwargs, message):
    args = {"name": "x", "kind": "do", "knots": (0.0, 1.0), "rises": (1.0,), **kwargs}
    with pytest.raises(EffortModelError, match=message):
        Term(**args)


def test_bad_thresholds_and_folders_are_refused(tmp_path):
    with pytest.raises(EffortModelError, match="6 increasing thresholds"):
        EffortModel(terms=[], thresholds=np.array([0.0, 1.0, 1.0, 2.0, 3.0, 4.0]))
    with pytest.raises(EffortModelError, match="cannot read effort model"):
        EffortModel.from_pretrained(tmp_path)
