"""The default model's drivers: research priors for the operational ("do") part, shapes for the rest.

**What the priors are.** Dixon, Freeman & Toman ("Stop Trying to Delight Your Customers",
*Harvard Business Review*, July-August 2010; a CEB study of more than 75,000 people served by
contact centres and self-service) found that reducing customer effort, not delighting, drives
loyalty, and named the main sources of effort: having to contact the company again (repeat
contacts), being transferred, having to repeat information, and having to switch channels.
The CEB/Gartner Customer Effort Score 2.0 work (Dixon, Toman & DeLisi, *The Effortless
Experience*, 2013) adds the emotional side ("feel") and the 1-7 agreement scale convo predicts.

Those sources give the **drivers and their direction**. They do not give effects for convo's
features, so the *sizes* below are convo's own judgement: CES points a call otherwise at
baseline would lose at each knot (more transfers, repeats, channel hops, holds and waits cost
more, with diminishing steps; an unresolved contact costs most). They are **priors to be
refitted** on an organisation's own survey answers (``convo effort fit``), which shrinks towards
them only as far as its data is thin. The model card says the same.

"Feel" terms start flat (no effect) and are fitted on human satisfaction ratings by
``scripts/train_effort.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convo.effort.model import EffortModel, Term


@dataclass(frozen=True)
class Prior:
    """A driver's default shape: CES points at each knot relative to ``reference`` (negative = harder)."""

    name: str
    knots: tuple[float, ...]
    ces_points: tuple[float, ...]
    reference: float = 0.0
    monotone: int = -1


# Operational and process drivers (Dixon et al. 2010: repeat contacts, transfers, repeating
# information, channel switching; holds, waits, escalations, unresolved contacts and dead air).
DO_PRIORS: tuple[Prior, ...] = (
    Prior("resolved", (0.0, 1.0), (-1.2, 0.0), reference=1.0, monotone=1),
    Prior("contacts_prev_7d", (0.0, 1.0, 2.0, 4.0), (0.0, -0.6, -1.0, -1.4)),
    Prior("contacts_prev_30d", (0.0, 1.0, 3.0, 6.0), (0.0, -0.15, -0.3, -0.45)),
    Prior("transfer_count", (0.0, 1.0, 2.0, 3.0), (0.0, -0.5, -0.9, -1.2)),
    Prior("customer_repeat_count", (0.0, 1.0, 2.0, 4.0), (0.0, -0.3, -0.5, -0.8)),
    Prior("repetition_score", (0.0, 0.25, 1.0), (0.0, -0.2, -0.5)),
    Prior("channel_hops_7d", (0.0, 1.0, 2.0, 3.0), (0.0, -0.4, -0.7, -0.9)),
    Prior("escalated", (0.0, 1.0), (0.0, -0.4)),
    Prior("transfer_announcement_count", (0.0, 1.0, 2.0), (0.0, -0.3, -0.5)),
    Prior("hold_count", (0.0, 1.0, 2.0, 4.0), (0.0, -0.15, -0.35, -0.6)),
    Prior("hold_time_s", (0.0, 60.0, 300.0, 900.0), (0.0, -0.1, -0.5, -0.9)),
    Prior("hold_announcement_count", (0.0, 1.0, 3.0), (0.0, -0.15, -0.35)),
    Prior("wait_time_s", (0.0, 60.0, 300.0, 900.0), (0.0, -0.1, -0.4, -0.8)),
    Prior("silence_max_s", (0.0, 30.0, 120.0, 300.0), (0.0, 0.0, -0.3, -0.6)),
    Prior("handle_time_s", (0.0, 600.0, 1200.0, 2400.0), (0.0, 0.0, -0.2, -0.5)),
    Prior("manager_request_count", (0.0, 1.0, 2.0), (0.0, -0.5, -0.7)),
)


@dataclass(frozen=True)
class Shape:
    """A driver learned from data: knots, reference and direction; it starts flat."""

    name: str
    knots: tuple[float, ...]
    reference: float = 0.0
    monotone: int = -1


# Emotion and language drivers, fitted on human ratings (the language reference is set at
# training time to the median of the training dialogues).
FEEL_SHAPES: tuple[Shape, ...] = (
    Shape("neg_mean", (0.0, 0.2, 0.5, 1.0)),
    Shape("neg_peak", (0.0, 0.5, 0.8, 1.0)),
    Shape("neg_end", (0.0, 0.3, 1.0)),
    Shape("confusion_peak", (0.0, 0.5, 1.0)),
    Shape("sentiment_mean", (-1.0, -0.3, 0.0, 0.3, 1.0), reference=0.0, monotone=1),
    Shape("apology_count", (0.0, 1.0, 3.0)),
)


def prior_terms(model: EffortModel, feature_info: dict[str, dict[str, str]]) -> list[Term]:
    """The do-priors as latent terms of ``model``'s head: at each knot, the η that moves a call at
    baseline by exactly the prior's CES points (so the effect table shows the priors as written)."""
    base = model.baseline
    terms = []
    for prior in DO_PRIORS:
        points = model.latent_for(base + np.asarray(prior.ces_points)) - model.latent_for(np.array([base]))[0]
        info = feature_info.get(prior.name, {})
        terms.append(Term(name=prior.name, kind=info.get("kind", "do"), knots=prior.knots,
                          rises=tuple(np.diff(points)), reference=prior.reference, monotone=prior.monotone,
                          source="prior", description=info.get("description", ""), unit=info.get("unit", "")))
    return terms


def shape_terms(shapes: tuple[Shape, ...] | list[Shape], feature_info: dict[str, dict[str, str]]) -> list[Term]:
    """Flat terms (all rises 0) to be fitted."""
    terms = []
    for shape in shapes:
        info = feature_info.get(shape.name, {})
        terms.append(Term(name=shape.name, kind=info.get("kind", "feel"), knots=shape.knots,
                          rises=(0.0,) * (len(shape.knots) - 1), reference=shape.reference, monotone=shape.monotone,
                          source="fitted", description=info.get("description", ""), unit=info.get("unit", "")))
    return terms
