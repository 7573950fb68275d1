"""Model cards (``README.md`` beside the weights) written by training commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _pct(value: Any) -> str:
    return f"{100 * value:.2f}%" if isinstance(value, (int, float)) else "—"


def _metrics_table(metrics: dict[str, Any]) -> list[str]:
    keys = [k for k in ("accuracy", "macro_f1", "in_scope_accuracy", "oos_recall") if k in metrics]
    return ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys),
            "| " + " | ".join(_pct(metrics[k]) for k in keys) + " |"]


def write_intent_card(out: str | Path, *, data_description: str, extra: str = "") -> Path:
    """Write ``README.md`` for the intent model in ``out`` from its ``config.json``."""
    out = Path(out)
    config = json.loads((out / "config.json").read_text())
    metrics = config.get("metrics", {})
    training = config.get("training", {})
    lines = [
        f"# Intent model: {config.get('name')}",
        "",
        f"Contact-reason classifier over convo's shared encoder ({config['encoder']}, trunk of "
        f"{config['trunk_layers']} layers shared with every head). "
        + ("It fine-tunes its own copy of the encoder's top layers plus a linear layer."
           if config.get("own_top") else "It trains a linear layer on the shared sentence embedding."),
        "",
        "## Training data",
        "",
        f"{data_description}; {len(config['labels'])} classes"
        + (f" including `oos` (out-of-scope) examples" if "oos" in config["labels"] else "")
        + (" (multi-label)" if config.get("multi_label") else "") + ".",
        "",
        f"Settings: {json.dumps(training)}",
        "",
        "## Metrics",
        "",
    ]
    held = metrics.get("holdout") or {}
    if held:
        lines += [f"Stratified held-out split ({_pct(metrics.get('holdout_fraction'))} of the examples, "
                  f"{metrics.get('n_holdout')} texts, not trained on; it also calibrates the out-of-scope threshold, "
                  "so these figures are slightly optimistic for `other`):", ""]
        lines += _metrics_table(held) + [""]
        if metrics.get("refit_on_all"):
            lines += ["The shipped weights were then trained again on all examples with the same settings "
                      "(and the same threshold), so they saw the held-out texts too.", ""]
    cv = metrics.get("cross_validation")
    if cv:
        lines += [f"{cv['folds']}-fold cross-validation (mean over folds):", ""] + _metrics_table(cv) + [""]
    lines += [
        "## Decision rule",
        "",
        (f"A text is labelled `other` when the `oos` class wins or its best category's probability (the sum over "
         f"the category's reasons; a reason without a category is its own) is below {config.get('threshold', 0):.3f}, "
         "the highest threshold that costs at most half a point of held-out in-scope accuracy."
         if "oos" in config["labels"] else
         "The training data had no `oos` examples, so the model never answers `other`: add out-of-scope "
         "examples (label `oos`) to train that.")
        + f" A call lists a reason when one of its customer utterances is labelled with it and the reason's category holds at least {config.get('call_threshold', 0.5):.3f} of that utterance's probability.",
        "",
        "## Labels",
        "",
        "| id | name | description |",
        "|---|---|---|",
    ]
    for label, info in (config.get("taxonomy") or {}).items():
        lines.append(f"| `{label}` | {info.get('name') or ''} | {(info.get('description') or '').replace('|', '/')} |")
    lines += [
        "",
        "## Intended use and limits",
        "",
        "- Intended for contact reasons in customer utterances of calls, chats and e-mails, in English.",
        "- Trained on written single-sentence requests: long rambling ASR turns, several reasons in one utterance "
        "and domain words the examples never show lower accuracy; re-train with your own labelled utterances "
        "(`convo intents train`).",
        "- Scores are softmax probabilities after fine-tuning with label smoothing; they rank well but are not "
        "calibrated frequencies.",
    ]
    if extra:
        lines += ["", extra.strip()]
    path = out / "README.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
