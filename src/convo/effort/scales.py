"""Survey scales and how their answers map onto CES 2.0 (1-7, 7 = very easy).

convo predicts the CES 2.0 agreement scale ("The company made it easy for me to handle my
issue", 1 = strongly disagree … 7 = strongly agree; Dixon, Toman & DeLisi, *The Effortless
Experience*, 2013). Answers on other scales are mapped before fitting; a scale is named by its
two ends, **hardest first**:

========  =====================  =========================================================
scale     meaning                mapped to CES 1-7
========  =====================  =========================================================
``1-7``   CES 2.0, 7 = very easy  unchanged
``7-1``   1-7, 1 = very easy      ``8 - v``
``1-5``   1-5, 5 = very easy      linear: ``1 + 1.5 (v - 1)``: 1, 2.5, 4, 5.5, 7
``5-1``   1-5, 1 = very easy      reversed first (``6 - v``), then as ``1-5``. This is the
                                  CEB CES 1.0 question ("how much effort did you personally
                                  have to put forth", 1 = very low effort; Dixon, Freeman &
                                  Toman 2010)
========  =====================  =========================================================

A mapped value that falls between two CES points (2.5, 5.5) is **interval-censored**: the fit
treats the answer as "CES 2 or 3" (likelihood P(2 ≤ Y ≤ 3)) instead of inventing a half point.
Averaged answers (several raters of one conversation) map the same way, each rater being one
observation. Satisfaction ratings (1-5, 5 = very satisfied), which the default model's
language part is trained on, are read as scale ``1-5``: very dissatisfied = very hard.

Example:
    >>> low, high = to_ces_interval([2, 5], "1-5")
    >>> low.tolist(), high.tolist()
    ([2, 7], [3, 7])
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

CES_POINTS = 7
HIGH_EFFORT_MAX = 3  # CES ≤ 3 (disagree at any strength) counts as a high-effort contact
DEFAULT_SCALE = "1-7"
# name -> (lowest answer, highest answer, reversed: 1 = very easy)
SCALES: dict[str, tuple[int, int, bool]] = {"1-7": (1, 7, False), "7-1": (1, 7, True), "1-5": (1, 5, False),
                                            "5-1": (1, 5, True)}


def check_scale(scale: str) -> tuple[int, int, bool]:
    """The (low, high, reversed) of ``scale``; ``ValueError`` naming the valid scales otherwise."""
    try:
        return SCALES[scale]
    except (KeyError, TypeError):
        raise ValueError(f"unknown scale {scale!r}, expected one of: {', '.join(SCALES)}") from None


def to_ces(values: Sequence[float] | np.ndarray, scale: str = DEFAULT_SCALE) -> np.ndarray:
    """Answers on ``scale`` as CES 1-7 values (possibly between two points, see the module doc)."""
    low, high, reverse = check_scale(scale)
    v = np.asarray(values, dtype=np.float64)
    bad = ~np.isfinite(v) | (v < low) | (v > high)
    if bad.any():
        first = v[bad][0]
        raise ValueError(f"CES answer {first:g} is outside the {scale} scale ({low}-{high}); "
                         f"{int(bad.sum())} answer(s) out of range")
    if reverse:
        v = low + high - v
    return 1.0 + (v - low) * (CES_POINTS - 1) / (high - low)


def to_ces_interval(values: Sequence[float] | np.ndarray, scale: str = DEFAULT_SCALE) -> tuple[np.ndarray, np.ndarray]:
    """(lowest, highest) CES point each answer is consistent with (equal when it maps onto a point)."""
    ces = to_ces(values, scale)
    low = np.floor(ces + 1e-9).astype(np.int64)
    high = np.ceil(ces - 1e-9).astype(np.int64)
    return np.clip(low, 1, CES_POINTS), np.clip(high, 1, CES_POINTS)


def intervals_for(values: Sequence[float], scales: Sequence[str | None], *, default: str = DEFAULT_SCALE) -> tuple[np.ndarray, np.ndarray]:
    """Per-row scales (``None`` = ``default``): the CES interval of every answer."""
    values = np.asarray(values, dtype=np.float64)
    names = np.asarray([s if s else default for s in scales], dtype=object)
    low = np.empty(len(values), np.int64)
    high = np.empty(len(values), np.int64)
    for name in sorted(set(names.tolist())):
        rows = names == name
        low[rows], high[rows] = to_ces_interval(values[rows], name)
    return low, high
