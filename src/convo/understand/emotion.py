"""Emotion and sentiment per utterance: a contact-centre label set over GoEmotions' 28 emotions.

The model is a head folder (:mod:`convo.understand.heads`, ``models/emotion``) whose head
predicts GoEmotions' 27 emotions + neutral (multi-label, one sigmoid each) from its own copy of
the encoder's top layers. Everything convo reports is derived from those 28 probabilities:

- **scores** over the convo label set: the 28 probabilities are normalised to sum to 1,
  summed per convo label through ``label_map.json`` (GoEmotions name -> convo label), then
  re-weighted by each label's calibrated prior factor ``exp(bias)`` and normalised again. The
  biases were fitted on held-out training rows to maximise macro-F1 (see the model card), so
  ``label`` is simply the highest score;
- **sentiment** in [-1, 1]: the normalised 28 probabilities' positive mass minus their negative
  mass. The groups come from the model's config (``sentiment.positive`` / ``sentiment.negative``);
  the default is GoEmotions' own grouping (Demszky et al., 2020: 12 positive, 11 negative and
  4 ambiguous emotions; neutral and the ambiguous ones count for neither side). The shipped
  model drops from it the emotions its label map sends to ``neutral`` (approval, desire), so a
  back-channel "okay" or a plain request does not read as positive;
- **negative** names the convo labels that count as negative emotion (a call's customer
  negative-emotion share).

Example:
    >>> model = EmotionModel.load()  # doctest: +SKIP
    >>> predict_texts(["Thanks, that was really helpful!"], model)[0]["label"]  # doctest: +SKIP
    'gratitude'
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from convo.understand.heads import Head

if TYPE_CHECKING:  # pragma: no cover
    from convo.understand.encoder import Encoder

logger = logging.getLogger(__name__)
DEFAULT_MODEL = "emotion"
LABEL_MAP_FILE = "label_map.json"

# GoEmotions' label ids 0..27 (the order of its labels.txt and of the head's outputs).
GOEMOTIONS_LABELS = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire",
    "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy",
    "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
)
# The GoEmotions paper's sentiment grouping (its Table/Figure "positive, negative, ambiguous").
POSITIVE_EMOTIONS = frozenset({
    "admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude", "joy", "love", "optimism",
    "pride", "relief",
})
NEGATIVE_EMOTIONS = frozenset({
    "anger", "annoyance", "disappointment", "disapproval", "disgust", "embarrassment", "fear", "grief", "nervousness",
    "remorse", "sadness",
})
AMBIGUOUS_EMOTIONS = frozenset({"confusion", "curiosity", "realization", "surprise"})


class EmotionModelError(ValueError):
    """An emotion model folder that cannot be used, with the reason."""


def read_label_map(path: str | Path) -> dict[str, str]:
    """``label_map.json``: every GoEmotions label name -> a convo label."""
    path = Path(path)
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EmotionModelError(f"cannot read label map {path}: {exc}") from exc
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise EmotionModelError(f"{path}: expected a JSON object of GoEmotions label -> convo label")
    missing = sorted(set(GOEMOTIONS_LABELS) - set(mapping))
    if missing:
        raise EmotionModelError(f"{path}: no convo label for GoEmotions labels {missing}")
    return {k: str(v) for k, v in mapping.items()}


class EmotionModel:
    """The emotion head, its convo label set, the mapping from GoEmotions and the decision biases.

    Example:
        >>> model = EmotionModel.load()  # doctest: +SKIP
        >>> labels, scores, sentiment = model.predict(model.head.features(encoder, texts))  # doctest: +SKIP
    """

    def __init__(self, head: Head, label_map: dict[str, str]) -> None:
        config = head.config
        if config.get("kind") != "emotion":
            raise EmotionModelError(f"{head.path} is not an emotion model (kind={config.get('kind')!r})")
        self.head = head
        self.source_labels: list[str] = head.labels
        if sorted(self.source_labels) != sorted(GOEMOTIONS_LABELS):
            raise EmotionModelError(f"{head.path}: the head's labels must be GoEmotions' 28, got {self.source_labels}")
        self.labels: list[str] = list(config["emotion_labels"])
        self.negative: list[str] = list(config.get("negative", []))
        self.label_map = label_map
        unknown = sorted({v for v in label_map.values()} - set(self.labels)) + sorted(set(self.negative) - set(self.labels))
        if unknown:
            raise EmotionModelError(f"{head.path}: labels {unknown} are not in the label set {self.labels}")
        bias = config.get("decision", {}).get("bias", {})
        self.bias = np.array([float(bias.get(label, 0.0)) for label in self.labels], dtype=np.float64)
        column = {label: i for i, label in enumerate(self.labels)}
        self._group = np.zeros((len(self.source_labels), len(self.labels)), dtype=np.float64)
        for row, name in enumerate(self.source_labels):
            self._group[row, column[label_map[name]]] = 1.0
        groups = config.get("sentiment") or {}
        positive = set(groups.get("positive", POSITIVE_EMOTIONS))
        negative = set(groups.get("negative", NEGATIVE_EMOTIONS))
        if not positive | negative <= set(GOEMOTIONS_LABELS) or positive & negative:
            raise EmotionModelError(f"{head.path}: sentiment groups must be disjoint GoEmotions labels, got "
                                    f"positive={sorted(positive)}, negative={sorted(negative)}")
        self._polarity = np.array([1.0 if n in positive else -1.0 if n in negative else 0.0 for n in self.source_labels])

    @classmethod
    def load(cls, path: str | Path | None = None) -> "EmotionModel":
        """The model in folder ``path`` (default: the shipped ``models/emotion``)."""
        from convo.understand.registry import model_dir

        folder = model_dir(path if path is not None else DEFAULT_MODEL)
        return cls(Head.load(folder), read_label_map(folder / LABEL_MAP_FILE))

    @property
    def name(self) -> str:
        return str(self.head.config.get("name", self.head.path.name))

    def source_probabilities(self, features: np.ndarray) -> np.ndarray:
        """``(n, 28)``: GoEmotions' probabilities (independent sigmoids), in ``source_labels`` order."""
        return self.head.probabilities(features).astype(np.float64)

    def aggregate(self, source: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(convo-label scores summing to 1, sentiment) from the 28 source probabilities."""
        share = source / np.clip(source.sum(axis=1, keepdims=True), 1e-12, None)
        grouped = share @ self._group
        weighted = grouped * np.exp(self.bias)
        scores = weighted / np.clip(weighted.sum(axis=1, keepdims=True), 1e-300, None)
        sentiment = np.clip(share @ self._polarity, -1.0, 1.0)
        return scores, sentiment

    def predict(self, features: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(label per row, scores ``(n, len(labels))`` summing to 1 per row, sentiment ``(n,)`` in [-1, 1])."""
        if len(features) == 0:
            return [], np.zeros((0, len(self.labels)), dtype=np.float32), np.zeros(0, dtype=np.float32)
        scores, sentiment = self.aggregate(self.source_probabilities(features))
        labels = [self.labels[i] for i in scores.argmax(axis=1)]
        return labels, scores.astype(np.float32), sentiment.astype(np.float32)


def predict_texts(texts: Sequence[str], model: EmotionModel | None = None,
                  encoder: "Encoder | None" = None) -> list[dict[str, Any]]:
    """``{"label", "scores": {label: score}, "sentiment"}`` per text (what ``convo emotions predict`` writes)."""
    texts = list(texts)
    if not texts:
        return []
    model = model or EmotionModel.load()
    if encoder is None:
        from convo.understand.encoder import Encoder

        encoder = Encoder()
    labels, scores, sentiment = model.predict(model.head.features(encoder, texts))
    return [
        {"label": label, "scores": {name: round(float(s), 4) for name, s in zip(model.labels, row)},
         "sentiment": round(float(value), 4)}
        for label, row, value in zip(labels, scores, sentiment)
    ]


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Single-label accuracy, macro-F1 over ``labels`` and per-label F1 (labels absent from gold and
    predictions are left out of the mean)."""
    gold_a, pred_a = np.asarray(list(gold), dtype=object), np.asarray(list(predicted), dtype=object)
    per_label: dict[str, float] = {}
    for label in labels:
        tp = int(np.sum((pred_a == label) & (gold_a == label)))
        fp = int(np.sum((pred_a == label) & (gold_a != label)))
        fn = int(np.sum((pred_a != label) & (gold_a == label)))
        if tp + fp + fn:
            per_label[label] = 2 * tp / (2 * tp + fp + fn)
    return {
        "n": len(gold_a),
        "accuracy": float(np.mean(gold_a == pred_a)) if len(gold_a) else 0.0,
        "macro_f1": float(np.mean(list(per_label.values()))) if per_label else 0.0,
        "per_label_f1": {k: round(v, 4) for k, v in per_label.items()},
    }
