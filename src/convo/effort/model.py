"""The CES model: an ordinal (cumulative-logit) head over an additive latent score of shape functions.

For a call with driver values ``x_j`` the latent ease score is ``η = Σ_j f_j(x_j)``, one term per
driver. Each ``f_j`` is piecewise linear between fixed knots and is zero at the driver's
*reference* value (no transfers, no repeat contacts, resolved, typical customer language …), so
``η = 0`` is the **baseline call**. A missing value (NaN: the data was not there) contributes 0.
Terms marked monotone keep one direction (a second transfer never makes a call easier).

The head is the proportional-odds model ``P(CES ≤ k) = σ(θ_k − η)``, k = 1..6, which gives the
probability of every scale point, the expected value ``ces = Σ k P(CES = k)`` and
``high_effort_prob = P(CES ≤ 3)``.

**Exact attribution.** ``ces_baseline = E[CES | η = 0]``. The change ``ces − ces_baseline`` is shared
among the drivers in proportion to their latent terms: ``contribution_j = f_j · (ces − ces_baseline) / η``.
The shares sum to the change by construction, so ``ces_baseline + Σ contribution_j = ces``. When
``|η| < 1e-6`` the ratio is replaced by its limit, the slope ``dE[CES]/dη``, and the sum is
exact to within ``η²`` (below 1e-12). The rule is a proportional split on the latent scale:
a driver that moves the latent score twice as much gets twice the CES points.

Inference is NumPy only; torch is needed only to fit (:mod:`convo.effort.fit`).

Example:
    >>> model = EffortModel.from_pretrained("models/effort")  # doctest: +SKIP
    >>> result = model.explain({"transfer_count": np.array([0.0, 2.0])})  # doctest: +SKIP
    >>> result.ces - result.baseline - result.contributions.sum(axis=1)  # doctest: +SKIP
    array([0., 0.])
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from convo.effort.scales import CES_POINTS, HIGH_EFFORT_MAX

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "weights.npz"
FORMAT_VERSION = 1
KINDS = ("do", "feel")
_FLAT_ETA = 1e-6


class EffortModelError(ValueError):
    """A model folder or term definition that cannot be used, with the reason."""


@dataclass(frozen=True)
class Term:
    """One driver's shape function: the latent change ``rises[k]`` across each knot segment.

    ``monotone`` is -1 (more of it never makes a call easier), +1 (never harder) or 0 (free);
    ``source`` says where the rises came from: ``prior`` (set from published research, not
    fitted), ``fitted`` (learned from labels) or ``prior+fitted`` (fitted, shrunk to the prior).
    """

    name: str
    kind: str
    knots: tuple[float, ...]
    rises: tuple[float, ...]
    reference: float = 0.0
    monotone: int = 0
    source: str = "prior"
    description: str = ""
    unit: str = ""

    def __post_init__(self) -> None:
        knots = tuple(float(k) for k in self.knots)
        object.__setattr__(self, "knots", knots)
        object.__setattr__(self, "rises", tuple(float(r) for r in self.rises))
        if self.kind not in KINDS:
            raise EffortModelError(f"term {self.name!r}: kind {self.kind!r}, expected one of: {', '.join(KINDS)}")
        if len(knots) < 2 or any(b <= a for a, b in zip(knots, knots[1:])):
            raise EffortModelError(f"term {self.name!r}: knots must be ≥ 2 strictly increasing values, got {knots}")
        if len(self.rises) != len(knots) - 1:
            raise EffortModelError(f"term {self.name!r}: {len(self.rises)} rises for {len(knots) - 1} segments")
        if self.monotone not in (-1, 0, 1):
            raise EffortModelError(f"term {self.name!r}: monotone must be -1, 0 or 1, got {self.monotone}")

    def basis(self, x: np.ndarray) -> np.ndarray:
        """``(n, segments)``: how far along each segment ``x`` lies (0..1), relative to the reference."""
        return _basis(x, self.knots) - _basis(np.array([self.reference]), self.knots)

    def latent(self, x: np.ndarray) -> np.ndarray:
        """``f(x)``: the term's latent contribution; 0 for NaN and at the reference."""
        x = np.asarray(x, dtype=np.float64)
        out = self.basis(x) @ np.asarray(self.rises)
        return np.where(np.isnan(x), 0.0, out)


def _basis(x: np.ndarray, knots: tuple[float, ...]) -> np.ndarray:
    t = np.asarray(knots)
    width = np.diff(t)
    filled = np.nan_to_num(np.asarray(x, dtype=np.float64), nan=t[0])
    return np.clip((filled[:, None] - t[:-1]) / width, 0.0, 1.0)


@dataclass
class Explanation:
    """Per-call outputs: ``contributions[:, j]`` belongs to ``terms[j]`` (CES points)."""

    ces: np.ndarray
    dist: np.ndarray
    high_effort_prob: np.ndarray
    baseline: float
    contributions: np.ndarray
    values: np.ndarray
    terms: list[Term]


@dataclass
class EffortModel:
    """Additive latent score + cumulative-logit head; see the module docstring.

    ``thresholds`` are θ_1 < … < θ_6. ``text`` optionally holds the language projection
    (``weights`` over the encoder's 384 dimensions and ``bias``) that turns customer utterance
    embeddings into the ``customer_language`` driver (:mod:`convo.effort.text`).
    """

    terms: list[Term]
    thresholds: np.ndarray
    text: dict[str, Any] | None = None
    info: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.thresholds = np.asarray(self.thresholds, dtype=np.float64)
        if self.thresholds.shape != (CES_POINTS - 1,) or np.any(np.diff(self.thresholds) <= 0):
            raise EffortModelError(f"expected {CES_POINTS - 1} increasing thresholds, got {self.thresholds.tolist()}")
        names = [t.name for t in self.terms]
        if len(set(names)) != len(names):
            raise EffortModelError(f"duplicate term names in {names}")

    @property
    def name(self) -> str:
        return str(self.info.get("name", "effort"))

    @property
    def feature_names(self) -> list[str]:
        return [t.name for t in self.terms]

    # --- the head ------------------------------------------------------------------------------
    def cumulative(self, eta: np.ndarray) -> np.ndarray:
        """``(n, 6)``: P(CES ≤ k) for k = 1..6."""
        return _sigmoid(self.thresholds[None, :] - np.asarray(eta, dtype=np.float64)[:, None])

    def distribution(self, eta: np.ndarray) -> np.ndarray:
        """``(n, 7)``: P(CES = k) for k = 1..7."""
        cum = self.cumulative(eta)
        n = cum.shape[0]
        padded = np.hstack([np.zeros((n, 1)), cum, np.ones((n, 1))])
        return np.clip(np.diff(padded, axis=1), 0.0, 1.0)

    def expected(self, eta: np.ndarray) -> np.ndarray:
        """E[CES | η] = 7 − Σ_k P(CES ≤ k)."""
        return CES_POINTS - self.cumulative(eta).sum(axis=1)

    def slope(self, eta: np.ndarray) -> np.ndarray:
        """dE[CES]/dη = Σ_k F_k (1 − F_k)."""
        cum = self.cumulative(eta)
        return (cum * (1.0 - cum)).sum(axis=1)

    def latent_for(self, ces: np.ndarray) -> np.ndarray:
        """The η at which E[CES | η] equals ``ces`` (inverse of :meth:`expected`, by bisection)."""
        target = np.clip(np.asarray(ces, dtype=np.float64), 1.0 + 1e-9, CES_POINTS - 1e-9)
        lo, hi = np.full(target.shape, -50.0), np.full(target.shape, 50.0)
        for _ in range(100):
            mid = (lo + hi) / 2.0
            below = self.expected(mid.ravel()).reshape(target.shape) < target
            lo, hi = np.where(below, mid, lo), np.where(below, hi, mid)
        return (lo + hi) / 2.0

    @property
    def baseline(self) -> float:
        return float(self.expected(np.zeros(1))[0])

    # --- the additive score --------------------------------------------------------------------
    def values(self, features: Mapping[str, Any]) -> np.ndarray:
        """``(n, terms)``: each term's input column (NaN where absent from ``features``)."""
        n = _rows(features)
        out = np.full((n, len(self.terms)), np.nan)
        for j, term in enumerate(self.terms):
            if term.name in features:
                out[:, j] = np.asarray(features[term.name], dtype=np.float64)
        return out

    def latent_terms(self, values: np.ndarray) -> np.ndarray:
        return np.column_stack([t.latent(values[:, j]) for j, t in enumerate(self.terms)]) if self.terms else \
            np.zeros((values.shape[0], 0))

    def explain(self, features: Mapping[str, Any]) -> Explanation:
        """Distribution, expected CES, high-effort probability and exact per-driver contributions."""
        values = self.values(features)
        parts = self.latent_terms(values)
        eta = parts.sum(axis=1)
        ces = self.expected(eta)
        base = self.baseline
        flat = np.abs(eta) < _FLAT_ETA
        ratio = np.where(flat, self.slope(eta), (ces - base) / np.where(flat, 1.0, eta))
        return Explanation(ces=ces, dist=self.distribution(eta), high_effort_prob=self.cumulative(eta)[:, HIGH_EFFORT_MAX - 1],
                           baseline=base, contributions=parts * ratio[:, None], values=values, terms=list(self.terms))

    def effect_table(self) -> list[dict[str, Any]]:
        """Each term's effect at its knots, in CES points for a call otherwise at baseline."""
        rows = []
        base = self.baseline
        for term in self.terms:
            knots = np.asarray(term.knots)
            effects = self.expected(term.latent(knots)) - base
            rows.append({"driver": term.name, "kind": term.kind, "source": term.source, "reference": term.reference,
                         "unit": term.unit, "monotone": term.monotone,
                         "effects": [{"value": float(k), "ces_points": round(float(e), 4)} for k, e in zip(knots, effects)]})
        return rows

    # --- persistence ----------------------------------------------------------------------------
    def save_pretrained(self, path: str | Path) -> Path:
        """Write ``config.json`` (terms, thresholds, info) and ``weights.npz`` (the text projection)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = {"format_version": FORMAT_VERSION, "thresholds": [float(t) for t in self.thresholds],
                  "terms": [asdict(t) for t in self.terms], "info": self.info,
                  "text": None if self.text is None else {k: v for k, v in self.text.items() if k != "weights"}}
        (path / CONFIG_FILE).write_text(json.dumps(config, indent=1, default=_json_default) + "\n", encoding="utf-8")
        if self.text is not None:
            np.savez(path / WEIGHTS_FILE, text_weights=np.asarray(self.text["weights"], dtype=np.float32))
        return path

    @classmethod
    def from_pretrained(cls, path: str | Path) -> "EffortModel":
        """Load a model folder (``models/effort`` or one written by ``convo effort fit``)."""
        path = Path(path)
        try:
            config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise EffortModelError(f"cannot read effort model {path / CONFIG_FILE}: {exc}") from exc
        if config.get("format_version") != FORMAT_VERSION:
            raise EffortModelError(f"{path}: format_version {config.get('format_version')!r}, expected {FORMAT_VERSION}")
        terms = [Term(**{**t, "knots": tuple(t["knots"]), "rises": tuple(t["rises"])}) for t in config["terms"]]
        text = config.get("text")
        if text is not None:
            with np.load(path / WEIGHTS_FILE) as weights:
                text = {**text, "weights": weights["text_weights"].astype(np.float64)}
        return cls(terms=terms, thresholds=np.asarray(config["thresholds"]), text=text,
                   info={**config.get("info", {}), "path": str(path)})

    def with_terms(self, terms: list[Term], thresholds: np.ndarray, **info: Any) -> "EffortModel":
        return replace(self, terms=terms, thresholds=np.asarray(thresholds), info={**self.info, **info})


def _rows(features: Mapping[str, Any]) -> int:
    for value in features.values():
        return len(value)
    return 0


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
