"""Fitting the CES model with torch: interval-censored cumulative-logit likelihood + a prior.

The loss is ``−Σ_i w_i log P(lo_i ≤ CES_i ≤ hi_i) + λ Σ_j Σ_k (rise_jk − prior_jk)²``: each answer's
likelihood is the probability of its CES interval (one point, or two for a 1-5 answer mapped
between points, see :mod:`convo.effort.scales`), and every fitted rise is shrunk towards the
model it started from (the default model's research priors) with strength ``λ`` — a Gaussian
prior with variance ``1 / (2λ)`` on the latent scale; :func:`threshold_penalty` keeps thresholds
that no answer identifies in place. Monotone terms are parametrised as
``sign · softplus(raw)`` so a fitted shape can flatten but never turn round. Full-batch L-BFGS:
a few thousand calls fit in seconds on a CPU.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

import numpy as np

from convo._optional import import_optional
from convo.effort.model import EffortModel
from convo.effort.scales import CES_POINTS

THRESHOLD_SMOOTHNESS = 0.1
THRESHOLD_SHRINK = 0.001
_START = 0.05  # smallest |rise| a monotone term starts from (softplus⁻¹ of 0 is −∞; flat starts learn slowly)


def _inverse_softplus(y: np.ndarray) -> np.ndarray:
    y = np.maximum(y, 1e-6)
    return y + np.log(-np.expm1(-y))


def fit_terms(model: EffortModel, values: np.ndarray, low: np.ndarray, high: np.ndarray, *,
              weights: np.ndarray | None = None, fit: Sequence[str] | None = None, prior_strength: float = 1.0,
              fit_thresholds: bool = True, max_iter: int = 200, source: str = "prior+fitted") -> EffortModel:
    """Return a copy of ``model`` whose terms named in ``fit`` (default: all) and thresholds are fitted.

    ``values`` is ``(n, len(model.terms))`` in term order (NaN = missing); ``low``/``high`` are the
    CES interval (1..7) of each answer; ``weights`` default to 1.
    """
    torch = import_optional("torch", extra="understand")
    names = set(model.feature_names if fit is None else fit)
    weights = np.ones(len(low)) if weights is None else np.asarray(weights, dtype=np.float64)
    fitted_idx = [j for j, t in enumerate(model.terms) if t.name in names and np.isfinite(values[:, j]).any()]
    fixed_eta = np.zeros(len(low))
    for j, term in enumerate(model.terms):
        if j not in fitted_idx:
            fixed_eta += term.latent(values[:, j])
    bases = [torch.tensor(model.terms[j].basis(values[:, j]) * np.isfinite(values[:, j])[:, None]) for j in fitted_idx]
    priors = [torch.tensor(model.terms[j].rises, dtype=torch.float64) for j in fitted_idx]
    signs = [model.terms[j].monotone for j in fitted_idx]
    raws = [torch.nn.Parameter(torch.tensor(_inverse_softplus(np.maximum(np.abs(p.numpy()), _START)) if s else p.numpy().copy()))
            for p, s in zip(priors, signs)]
    theta = model.thresholds
    first = torch.nn.Parameter(torch.tensor([theta[0]], dtype=torch.float64))
    gaps = torch.nn.Parameter(torch.tensor(_inverse_softplus(np.diff(theta)), dtype=torch.float64))
    params = raws + ([first, gaps] if fit_thresholds else [])
    data = {"fixed": torch.tensor(fixed_eta), "w": torch.tensor(weights), "lo": torch.tensor(low - 1),
            "hi": torch.tensor(high)}

    def rises() -> list:
        return [s * torch.nn.functional.softplus(r) if s else r for r, s in zip(raws, signs)]

    def thresholds():
        return torch.cat([first, first + torch.cumsum(torch.nn.functional.softplus(gaps) + 1e-4, 0)])

    def loss_fn():
        current = rises()
        eta = data["fixed"] + sum((b @ r for b, r in zip(bases, current)), torch.zeros_like(data["fixed"]))
        nll = interval_nll(torch, eta, thresholds(), data["lo"], data["hi"], data["w"])
        penalty = sum(((r - p) ** 2).sum() for r, p in zip(current, priors)) if current else torch.zeros(())
        return nll + prior_strength * penalty + threshold_penalty(thresholds())

    if params:
        optimiser = torch.optim.LBFGS(params, lr=1.0, max_iter=max_iter, line_search_fn="strong_wolfe",
                                      tolerance_grad=1e-7, tolerance_change=1e-10, history_size=50)

        def closure():
            optimiser.zero_grad()
            loss = loss_fn()
            loss.backward()
            return loss

        optimiser.step(closure)
    with torch.no_grad():
        # a monotone rise is softplus(raw) > 0; below 1e-8 latent units it is a flat segment
        new_rises = [np.where(np.abs(r.numpy()) < 1e-8, 0.0, r.numpy()) for r in rises()]
        new_theta = thresholds().numpy().copy() if fit_thresholds else theta
    terms = list(model.terms)
    for j, r in zip(fitted_idx, new_rises):
        terms[j] = replace(terms[j], rises=tuple(float(x) for x in r), source=source)
    return model.with_terms(terms, new_theta)


def threshold_penalty(theta):
    """Keeps thresholds the answers do not identify in place: a 1-5 answer of 2 is "CES 2 or 3", so
    no answer tells θ_2 (between 2 and 3) apart; a smoothness pull (second differences) puts such a
    threshold midway between its neighbours, and a weak pull to 0 keeps unused ones finite."""
    second = theta[2:] - 2.0 * theta[1:-1] + theta[:-2]
    return THRESHOLD_SMOOTHNESS * (second ** 2).sum() + THRESHOLD_SHRINK * (theta ** 2).sum()


def interval_nll(torch, eta, thresholds, lo, hi, w):
    """``−Σ w log P(lo < CES ≤ hi)`` with ``lo`` = lowest point − 1 and ``hi`` = highest point (0..7)."""
    n = eta.shape[0]
    cum = torch.sigmoid(thresholds[None, :] - eta[:, None])
    padded = torch.cat([torch.zeros(n, 1, dtype=cum.dtype), cum, torch.ones(n, 1, dtype=cum.dtype)], dim=1)
    rows = torch.arange(n)
    prob = padded[rows, hi] - padded[rows, lo]
    return -(w * torch.log(prob.clamp_min(1e-12))).sum()


def threshold_init(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Thresholds matching the answers' marginal distribution at η = 0 (a start for a fresh model)."""
    mid = (np.asarray(low) + np.asarray(high)) / 2.0
    cum = np.clip([(mid <= k).mean() for k in range(1, CES_POINTS)], 0.01, 0.99)
    logits = [math.log(c / (1.0 - c)) for c in cum]
    for k in range(1, len(logits)):
        logits[k] = max(logits[k], logits[k - 1] + 0.05)
    return np.array(logits)
