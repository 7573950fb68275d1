"""Score an emotion model on a GoEmotions-format TSV, through the same code path as ``convo emotions predict``.

Only rows with a single gold label are used; the gold label is mapped to the model's label set
through its ``label_map.json`` and compared with the ``label`` that
:func:`convo.understand.emotion.predict_texts` returns. Prints JSON: ``n``, ``accuracy``,
``macro_f1`` (over the model's label set), ``per_label_f1`` and ``macro_f1_bootstrap_se`` (the
standard error of macro-F1 over 1,000 resamples of the rows).

Usage:
    python scripts/eval_emotion.py ../shared/data/emotion/goemotions/original/dev.tsv [--model models/emotion]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from convo.understand.emotion import GOEMOTIONS_LABELS, EmotionModel, macro_f1, predict_texts


def read_goemotions(path: str | Path) -> tuple[list[str], list[list[str]]]:
    """(texts, label names per text) from ``text<TAB>comma-separated label ids<TAB>id`` rows."""
    texts: list[str] = []
    labels: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[1]:
                raise ValueError(f"{path}:{line_no}: expected text<TAB>label ids<TAB>id")
            texts.append(parts[0])
            labels.append([GOEMOTIONS_LABELS[int(i)] for i in parts[1].split(",")])
    return texts, labels


def single_label_rows(texts: list[str], labels: list[list[str]]) -> tuple[list[str], list[str]]:
    keep = [i for i, ls in enumerate(labels) if len(ls) == 1]
    return [texts[i] for i in keep], [labels[i][0] for i in keep]


def bootstrap_se(gold: list[str], predicted: list[str], labels: list[str], rounds: int = 1000, seed: int = 0) -> float:
    """Standard error of macro-F1 over resamples of the rows (how far another sample may land)."""
    index = {label: i for i, label in enumerate(labels)}
    g = np.array([index[x] for x in gold])
    p = np.array([index.get(x, len(labels)) for x in predicted])
    k = len(labels) + 1
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        rows = rng.integers(0, len(g), len(g))
        gs, ps = g[rows], p[rows]
        tp = np.bincount(gs[gs == ps], minlength=k)[: k - 1]
        total = (np.bincount(gs, minlength=k) + np.bincount(ps, minlength=k))[: k - 1]
        values.append(np.mean((2 * tp / np.maximum(total, 1))[total > 0]))
    return float(np.std(values))


def evaluate(model: EmotionModel, path: str | Path, encoder: Any = None) -> dict[str, Any]:
    texts, labels = single_label_rows(*read_goemotions(path))
    gold = [model.label_map[label] for label in labels]
    predicted = [row["label"] for row in predict_texts(texts, model, encoder)]
    return {"data": str(path), "rows": "single-label", **macro_f1(gold, predicted, model.labels),
            "macro_f1_bootstrap_se": round(bootstrap_se(gold, predicted, model.labels), 4) if gold else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tsv", help="GoEmotions-format TSV (text, label ids, id)")
    parser.add_argument("--model", default=None, help="emotion model folder (default: models/emotion)")
    parser.add_argument("--backend", default="auto", help="encoder backend: auto, torch, onnx, onnx-int8")
    args = parser.parse_args(argv)
    from convo.understand.encoder import Encoder

    result = evaluate(EmotionModel.load(args.model), args.tsv, Encoder(backend=args.backend))
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
