"""Evaluation of a CES model against survey answers: the figures ``convo effort fit`` reports.

Answers are CES intervals (see :mod:`convo.effort.scales`); the observed value of an answer is
its interval's midpoint. Figures: Spearman correlation of predicted and observed CES, mean
absolute error, share of calls predicted within ±1 point, a calibration table by predicted
CES, a calibration table of ``high_effort_prob``, the AUC of ``high_effort_prob`` for high
effort (answer ≤ 3), and the table of driver effects.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convo.effort.model import EffortModel, Explanation
from convo.effort.scales import HIGH_EFFORT_MAX


def rank(x: np.ndarray) -> np.ndarray:
    """Ranks 1..n with ties averaged."""
    x = np.asarray(x, dtype=np.float64)
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x))
    sorted_x = x[order]
    start = 0
    for end in range(1, len(x) + 1):
        if end == len(x) or sorted_x[end] != sorted_x[start]:
            ranks[order[start:end]] = (start + end + 1) / 2.0
            start = end
    return ranks


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rank correlation (NaN when either side is constant or there are < 3 pairs)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if len(a) < 3:
        return float("nan")
    ra, rb = rank(a), rank(b)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def auc(scores: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney); NaN without both classes."""
    positive = np.asarray(positive, dtype=bool)
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    r = rank(scores)
    return float((r[positive].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def calibration_by_ces(predicted: np.ndarray, observed: np.ndarray) -> list[dict[str, Any]]:
    """Calls grouped by predicted CES rounded to a scale point: count, mean predicted, mean observed."""
    bins = np.clip(np.rint(predicted), 1, 7).astype(int)
    return [{"predicted_point": int(k), "n": int((bins == k).sum()), "mean_predicted": float(predicted[bins == k].mean()),
             "mean_observed": float(observed[bins == k].mean())} for k in range(1, 8) if (bins == k).any()]


def calibration_high_effort(prob: np.ndarray, high: np.ndarray, *, n_bins: int = 5) -> list[dict[str, Any]]:
    """Calls grouped by ``high_effort_prob`` (equal-width bins): mean probability vs observed rate."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    index = np.clip(np.digitize(prob, edges[1:-1]), 0, n_bins - 1)
    rows = []
    for k in range(n_bins):
        mask = index == k
        if mask.any():
            rows.append({"bin": f"{edges[k]:.1f}-{edges[k + 1]:.1f}", "n": int(mask.sum()),
                         "mean_prob": float(prob[mask].mean()), "observed_rate": float(high[mask].mean())})
    return rows


def evaluate(model: EffortModel, result: Explanation, low: np.ndarray, high: np.ndarray) -> dict[str, Any]:
    """Every figure of the report for predictions ``result`` against answers ``[low, high]``."""
    observed = (np.asarray(low) + np.asarray(high)) / 2.0
    is_high = np.asarray(high) <= HIGH_EFFORT_MAX
    error = np.abs(result.ces - observed)
    mean_contribution = result.contributions.mean(axis=0) if len(observed) else np.zeros(len(model.terms))
    effects = model.effect_table()
    for row, mean in zip(effects, mean_contribution):
        row["mean_contribution"] = round(float(mean), 4)
    return {
        "n": int(len(observed)),
        "spearman": spearman(result.ces, observed),
        "mae": float(error.mean()) if len(error) else float("nan"),
        "within_1": float((error <= 1.0).mean()) if len(error) else float("nan"),
        "high_effort_share_observed": float(is_high.mean()) if len(error) else float("nan"),
        "auc_high_effort": auc(result.high_effort_prob, is_high),
        "mean_predicted": float(result.ces.mean()) if len(error) else float("nan"),
        "mean_observed": float(observed.mean()) if len(error) else float("nan"),
        "calibration": calibration_by_ces(result.ces, observed),
        "calibration_high_effort": calibration_high_effort(result.high_effort_prob, is_high),
        "driver_effects": effects,
    }


def report_markdown(report: dict[str, Any]) -> str:
    """The evaluation report as Markdown (written next to report.json)."""
    test = report["test"]
    lines = [f"# Effort model evaluation: {report['model_name']}", "",
             f"Labels: {report['n_labels']} calls ({report['n_train']} train, {test['n']} held out, "
             f"split seed {report['seed']}). The model written is refitted on "
             f"{'all labels' if report['refit_all'] else 'the train split only'}; the figures are on the held-out split.",
             "", "| figure | held out |", "|---|---|",
             f"| Spearman (predicted vs answered CES) | {test['spearman']:.3f} |",
             f"| MAE (CES points) | {test['mae']:.3f} |",
             f"| within ±1 point | {100 * test['within_1']:.1f}% |",
             f"| AUC, high effort (CES ≤ 3) | {test['auc_high_effort']:.3f} |",
             f"| mean predicted / answered CES | {test['mean_predicted']:.2f} / {test['mean_observed']:.2f} |", "",
             "## Calibration by predicted CES", "", "| predicted point | calls | mean predicted | mean answered |",
             "|---|---|---|---|"]
    lines += [f"| {r['predicted_point']} | {r['n']} | {r['mean_predicted']:.2f} | {r['mean_observed']:.2f} |"
              for r in test["calibration"]]
    lines += ["", "## Calibration of high_effort_prob", "", "| probability | calls | mean probability | observed rate |",
              "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_prob']:.2f} | {r['observed_rate']:.2f} |"
              for r in test["calibration_high_effort"]]
    lines += ["", "## Driver effects", "",
              "CES points for a call otherwise at baseline, at each knot of the driver's shape; mean contribution on the "
              "held-out calls.", "", "| driver | kind | source | effect at knots | mean contribution |", "|---|---|---|---|---|"]
    for row in report["final_effects"]:
        knots = ", ".join(f"{e['value']:g}: {e['ces_points']:+.2f}" for e in row["effects"])
        lines.append(f"| {row['driver']} | {row['kind']} | {row['source']} | {knots} | {row.get('mean_contribution', 0):+.3f} |")
    return "\n".join(lines) + "\n"
