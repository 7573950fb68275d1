"""Stage: understanding — the shared encoder once per utterance, then every head.

Per call batch: all utterance texts go through the encoder in one length-sorted pass (trunk
once; the base top gives the stored embedding, each head with its own top reads the same
trunk states). Then, per call: speaker roles where the source did not name them, intent per
utterance and the call's reasons, emotion and sentiment, dialogue markers and the customer
emotion summary. A call whose understanding fails is marked failed at ``understand`` with the
reason; the others in the batch go on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from convo.schema import STATUS_ERROR
from convo.stages import fail_row, rows_of, to_batch

logger = logging.getLogger(__name__)
NAMED_ROLES = ("agent", "customer")


@dataclass(frozen=True)
class UnderstandOptions:
    """Options of the understand stage (``convo run --no-understand``, ``--intent-model`` …)."""

    enabled: bool = True
    intent_model: str = "retail"
    emotion_model: str = "emotion"
    role_model: str = "roles"
    backend: str = "auto"
    device: str = "auto"
    threads: int = 0
    store_embeddings: bool = True

    def __post_init__(self) -> None:
        from convo.understand.encoder import BACKENDS

        if self.backend not in BACKENDS:
            raise ValueError(f"encoder backend must be one of {', '.join(BACKENDS)}, got {self.backend!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"device must be auto, cpu or cuda, got {self.device!r}")

    def check(self) -> None:
        """Fail before a run starts when a model folder is missing (FileNotFoundError)."""
        from convo.understand.registry import model_dir

        path = Path(self.intent_model)
        if not (path / "config.json").exists():
            model_dir(f"intents/{self.intent_model}")
        for name in (self.emotion_model, self.role_model):
            model_dir(name)

    def result_options(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "intent_model": self.intent_model, "emotion_model": self.emotion_model,
                "role_model": self.role_model}


class Models:
    """The encoder and heads, loaded once per process."""

    def __init__(self, options: UnderstandOptions) -> None:
        from convo.understand.emotion import EmotionModel
        from convo.understand.encoder import Encoder
        from convo.understand.intents import IntentModel
        from convo.understand.roles import RoleModel

        self.encoder = Encoder(backend=options.backend, device=options.device, threads=options.threads or None)
        self.intents = IntentModel.load(options.intent_model)
        self.emotion = EmotionModel.load(None if options.emotion_model == "emotion" else options.emotion_model)
        self.roles = RoleModel.load(None if options.role_model == "roles" else options.role_model)
        self.tops = [h.top for h in (self.intents.head, self.emotion.head) if h.top is not None]


_SHARED: dict[tuple, Models] = {}
_SHARED_LOCK = threading.Lock()


def shared_models(options: UnderstandOptions) -> Models:
    """One set of loaded models per process and configuration (runs in one process reuse them)."""
    key = (options.intent_model, options.emotion_model, options.role_model, options.backend, options.device, options.threads)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = Models(options)
        return _SHARED[key]


def _role_source(row: dict[str, Any], speaker: str) -> str:
    if row["source_kind"] == "audio":
        return "channel" if speaker in NAMED_ROLES else "classifier"
    return "transcript" if speaker in NAMED_ROLES else "classifier"


class Understand:
    """Stage: roles, intents, emotion, sentiment, markers and embeddings for every utterance."""

    name = "understand"

    def __init__(self, options: UnderstandOptions | None = None) -> None:
        self.options = options or UnderstandOptions()

    @property
    def models(self) -> Models:
        return shared_models(self.options)

    def __call__(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        if not self.options.enabled:
            return batch
        rows = rows_of(batch)
        todo = [r for r in rows if r["status"] != STATUS_ERROR and r["error_stage"] is None and r["utterances"]]
        if not todo:
            return batch
        try:
            self._understand(todo)
        except Exception as exc:  # noqa: BLE001 - retry call by call so one bad call fails alone
            logger.warning("understand failed on a batch of %d calls (%s); retrying one by one", len(todo), exc)
            for row in todo:
                try:
                    self._understand([row])
                except Exception as one:  # noqa: BLE001 - recorded on the row
                    fail_row(row, self.name, one)
        return to_batch(rows)

    def _understand(self, rows: list[dict[str, Any]]) -> None:
        models = self.models
        texts = [u["text"] for row in rows for u in row["utterances"]]
        embeddings, (intent_features, emotion_features) = self._encode(models, texts)
        start = 0
        for row in rows:
            n = len(row["utterances"])
            part = slice(start, start + n)
            start += n
            self._call(models, row, embeddings[part], intent_features[part], emotion_features[part])

    def _encode(self, models: Models, texts: list[str]) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        embeddings, outputs = models.encoder.run(texts, models.tops)
        by_head = iter(outputs)
        intent = next(by_head) if models.intents.head.top is not None else embeddings
        emotion = next(by_head) if models.emotion.head.top is not None else embeddings
        return embeddings, (intent, emotion)

    def _call(self, models: Models, row: dict[str, Any], embeddings: np.ndarray, intent_features: np.ndarray,
              emotion_features: np.ndarray) -> None:
        from convo.understand.intents import call_reasons
        from convo.understand.markers import detect_markers
        from convo.understand.roles import assign_roles

        utterances = row["utterances"]
        texts = [u["text"] for u in utterances]
        labels = [u.get("speaker_label") or u["speaker"] for u in utterances]
        if any(label not in NAMED_ROLES for label in labels):
            p_agent = models.roles.agent_probability(texts, embeddings)
            roles = assign_roles(labels, p_agent, [u["start_s"] for u in utterances])
        else:
            roles = labels
        intents, intent_scores, all_scores = models.intents.decide(intent_features)
        emotions, emotion_scores, sentiment = models.emotion.predict(emotion_features)
        markers = detect_markers(texts, roles, embeddings)
        for i, u in enumerate(utterances):
            u["speaker_label"] = labels[i]
            u["role_source"] = _role_source(row, labels[i])
            u["speaker"] = roles[i]
            u["intent"], u["intent_score"] = intents[i], float(intent_scores[i])
            u["emotion"] = emotions[i]
            u["emotion_scores"] = {label: round(float(p), 4) for label, p in zip(models.emotion.labels, emotion_scores[i])}
            u["sentiment"] = float(sentiment[i])
            u["markers"] = markers[i]
            u["embedding"] = embeddings[i].tolist() if self.options.store_embeddings else None
        customer = [r == "customer" for r in roles]
        include = customer if any(customer) else [True] * len(roles)
        row["intents"], row["primary_intent"] = call_reasons(
            models.intents, [u["utterance_id"] for u in utterances], all_scores, intents, include)
        row["intent_model"] = models.intents.name
        row.update(emotion_summary(emotion_scores, sentiment, models.emotion.labels, models.emotion.negative, customer))


def emotion_summary(scores: np.ndarray, sentiment: np.ndarray, labels: list[str], negative: list[str],
                    customer: list[bool]) -> dict[str, float | None]:
    """The customer emotion summary of one call (``None`` when the customer never speaks)."""
    mask = np.asarray(customer, dtype=bool)
    empty = {"customer_negative_share": None, "customer_peak_negativity": None,
             "customer_negativity_change": None, "customer_sentiment": None, "dominant_customer_emotion": None}
    if not mask.any():
        return empty
    neg_cols = [labels.index(label) for label in negative if label in labels]
    negativity = scores[mask][:, neg_cols].sum(axis=1) if neg_cols else np.zeros(int(mask.sum()))
    top = np.asarray([labels[i] for i in scores[mask].argmax(axis=1)])
    n = len(negativity)
    third = max(1, n // 3)
    change = float(negativity[-third:].mean() - negativity[:third].mean()) if n >= 2 else 0.0
    felt = [label for label in top.tolist() if label != "neutral"]
    dominant = max(set(felt), key=lambda label: (felt.count(label), -felt.index(label))) if felt else "neutral"
    return {
        "dominant_customer_emotion": dominant,
        "customer_negative_share": float(np.isin(top, negative).mean()),
        "customer_peak_negativity": float(negativity.max()),
        "customer_negativity_change": change,
        "customer_sentiment": float(sentiment[mask].mean()),
    }
