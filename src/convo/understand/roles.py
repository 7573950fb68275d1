"""Speaker roles where the source does not say who is who: agent or customer.

Two steps, both cheap:

- :class:`RoleModel` scores every utterance: P(agent) from a logistic regression over the shared
  sentence embedding plus a few text features (pronouns, questions, length). Weights are a
  ``head.npz`` in ``models/roles`` applied with NumPy; no torch at run time.
- :func:`assign_roles` turns those scores into one role per original speaker label of a call:
  with several labels (``a``/``b``, ``spk_0``/``spk_1``, the ``s1``/``s2`` of a split mono
  channel) the most agent-like label is the agent and the others are customers; with a single
  label (mono audio that could not be split, a transcript without speaker names) each utterance
  is decided on its own, smoothed over turn-taking.

The model card (``models/roles/README.md``) says what it was trained on and how well it does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

ROLES = ("agent", "customer")
DEFAULT_MODEL = "roles"
# One emphatic utterance must not outvote the rest of a speaker's turns: per-utterance log-odds
# are clipped to this before they are summed per speaker label.
MAX_LOGIT = 4.0
# A single unsplit stream: the chance that the next utterance is the other speaker.
SWITCH_PROBABILITY = 0.4

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@\w+")
_SIGNATURE = re.compile(r"(?:\s[\^*]\s?[A-Za-z]{1,12}|\s-\s?[A-Z]{1,3})\s*$")
_TOKEN = re.compile(r"[a-z']+")
_FIRST_SINGULAR = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"})
_SECOND = frozenset({"you", "your", "you're", "you've", "you'll", "you'd", "yours", "yourself"})
_FIRST_PLURAL = frozenset({"we", "we're", "we've", "we'll", "we'd", "us", "our", "ours"})
TEXT_FEATURES = ("first_person_singular", "second_person", "first_person_plural", "question", "log_words")


def clean_text(text: str) -> str:
    """Drop what only written channels carry (URLs, @handles, ``^AB`` sign-offs), squeeze spaces."""
    text = _MENTION.sub(" ", _URL.sub(" ", text))
    text = _SIGNATURE.sub("", " " + text)
    return " ".join(text.split())


def text_features(texts: Sequence[str]) -> np.ndarray:
    """``(n, len(TEXT_FEATURES))`` float32: pronoun shares, a question mark, log word count."""
    out = np.zeros((len(texts), len(TEXT_FEATURES)), dtype=np.float32)
    for i, text in enumerate(texts):
        cleaned = clean_text(text)
        tokens = _TOKEN.findall(cleaned.lower().replace("\u2019", "'"))
        n = max(len(tokens), 1)
        out[i, 0] = sum(t in _FIRST_SINGULAR for t in tokens) / n
        out[i, 1] = sum(t in _SECOND for t in tokens) / n
        out[i, 2] = sum(t in _FIRST_PLURAL for t in tokens) / n
        out[i, 3] = float("?" in cleaned)
        out[i, 4] = np.log1p(len(tokens))
    return out


@dataclass
class RoleModel:
    """Agent-vs-customer utterance classifier over the shared embedding (NumPy at run time).

    Example:
        >>> import numpy as np
        >>> from convo.understand.encoder import Encoder  # doctest: +SKIP
        >>> texts = ["Thank you for calling, how can I help?", "I was charged twice."]
        >>> model = RoleModel.load()  # doctest: +SKIP
        >>> p = model.agent_probability(texts, Encoder().embed(texts))  # doctest: +SKIP
        >>> assign_roles(["a", "b"], p, [0.0, 2.5])  # doctest: +SKIP
        ['agent', 'customer']
    """

    path: Path | None
    config: dict[str, Any]
    weight: np.ndarray  # (embedding dim + len(TEXT_FEATURES),)
    bias: float
    feature_mean: np.ndarray  # standardisation of the text features
    feature_scale: np.ndarray

    @classmethod
    def load(cls, path: str | Path | None = None) -> "RoleModel":
        """Load a role model folder; default ``models/roles`` through the model registry."""
        from convo.understand.registry import model_dir

        folder = model_dir(DEFAULT_MODEL if path is None else path)
        config_path = folder / "config.json"
        if not config_path.exists():
            raise FileNotFoundError(f"{folder} is not a convo model folder (no config.json)")
        config = json.loads(config_path.read_text())
        if config.get("kind") != "roles" or list(config.get("labels", [])) != ["customer", "agent"]:
            raise ValueError(f"{folder} is not a role model: expected kind 'roles' and labels ['customer', 'agent']")
        with np.load(folder / "head.npz") as arrays:
            weight = arrays["weight"].astype(np.float32).reshape(-1)
            bias = float(np.asarray(arrays["bias"]).reshape(-1)[0])
            mean, scale = arrays["feature_mean"].astype(np.float32), arrays["feature_scale"].astype(np.float32)
        return cls(folder, config, weight, bias, mean, scale)

    def save(self, path: str | Path) -> Path:
        """Write ``head.npz`` and ``config.json`` (the card is the training script's job)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(folder / "head.npz", weight=self.weight.astype(np.float32), bias=np.float32([self.bias]),
                 feature_mean=self.feature_mean.astype(np.float32), feature_scale=self.feature_scale.astype(np.float32))
        (folder / "config.json").write_text(json.dumps(self.config, indent=2) + "\n")
        return folder

    @property
    def embedding_dim(self) -> int:
        return int(self.weight.shape[0] - self.feature_mean.shape[0])

    def features(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        """The classifier's input: the embedding next to the standardised text features."""
        embeddings = np.asarray(embeddings, dtype=np.float32)
        if embeddings.ndim != 2 or embeddings.shape[1] != self.embedding_dim:
            raise ValueError(f"embeddings must have shape (n, {self.embedding_dim}), got {embeddings.shape}")
        if len(texts) != embeddings.shape[0]:
            raise ValueError(f"got {len(texts)} texts but {embeddings.shape[0]} embeddings; expected one per text")
        extra = (text_features(texts) - self.feature_mean) / self.feature_scale
        return np.hstack([embeddings, extra])

    def logits(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        """``(n,)`` log-odds of agent."""
        return self.features(texts, embeddings) @ self.weight + self.bias

    def agent_probability(self, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
        """``(n,)`` P(agent) per utterance; an empty batch gives an empty array."""
        return (1.0 / (1.0 + np.exp(-self.logits(texts, embeddings)))).astype(np.float32)


def _checked(speakers: Sequence[str], p_agent: np.ndarray, start_s: Sequence[float | None]) -> np.ndarray:
    if len(speakers) == 0:
        raise ValueError("assign_roles needs at least one utterance, got none")
    p = np.asarray(p_agent, dtype=np.float64).reshape(-1)
    if not len(speakers) == len(p) == len(start_s):
        raise ValueError(
            f"speakers, p_agent and start_s must have one entry per utterance, got {len(speakers)}, {len(p)} and {len(start_s)}"
        )
    if not np.all(np.isfinite(p)) or p.min() < 0.0 or p.max() > 1.0:
        raise ValueError("p_agent must hold probabilities in [0, 1] (no NaN)")
    return p


def _clipped_logits(p: np.ndarray) -> np.ndarray:
    eps = 1.0 / (1.0 + np.exp(MAX_LOGIT))
    p = np.clip(p, eps, 1.0 - eps)
    return np.log(p) - np.log1p(-p)


def assign_roles(speakers: list[str], p_agent: np.ndarray, start_s: list[float | None]) -> list[str]:
    """Role ("agent"/"customer") for every utterance of ONE call, given its original speaker labels.

    Several labels: the clipped log-odds of each label's utterances are summed; the most
    agent-like label is the agent, the others customers (a conference call has one agent).
    Labels that already are roles (``agent``/``customer``) are kept; when an agent is among them,
    every unnamed label is a customer.
    A single label (mono without a split): per-utterance decisions, smoothed over turn-taking
    by a two-state Viterbi pass in time order that slightly favours the same speaker going on.

    Example:
        >>> import numpy as np
        >>> assign_roles(["b", "a", "b", "a"], np.array([0.2, 0.9, 0.4, 0.7]), [0.0, 2.0, 4.0, 6.0])
        ['customer', 'agent', 'customer', 'agent']
    """
    p = _checked(speakers, p_agent, start_s)
    labels = list(dict.fromkeys(speakers))
    unnamed = [label for label in labels if label not in ROLES]
    if not unnamed:
        return list(speakers)
    logits = _clipped_logits(p)
    if len(labels) == 1:
        return _smoothed(logits, start_s)
    score = {label: 0.0 for label in unnamed}
    for label, value in zip(speakers, logits):
        if label in score:
            score[label] += float(value)
    agent = None if "agent" in labels else max(unnamed, key=lambda label: score[label])  # ties: heard first
    role = {label: label if label in ROLES else "agent" if label == agent else "customer" for label in labels}
    return [role[label] for label in speakers]


def _smoothed(logits: np.ndarray, start_s: Sequence[float | None]) -> list[str]:
    """Two-state Viterbi over one stream: state 0 agent, 1 customer."""
    timed = all(s is not None for s in start_s)
    order = sorted(range(len(logits)), key=lambda i: start_s[i]) if timed else list(range(len(logits)))
    # Emissions: log P(agent) and log P(customer) of each utterance.
    emit = np.stack([-np.logaddexp(0.0, -logits), -np.logaddexp(0.0, logits)], axis=1)[order]
    stay, move = np.log1p(-SWITCH_PROBABILITY), np.log(SWITCH_PROBABILITY)
    score = emit[0].copy()
    back = np.zeros((len(order), 2), dtype=np.int64)
    for k in range(1, len(order)):
        from_same, from_other = score + stay, score[::-1] + move
        back[k] = np.where(from_same >= from_other, [0, 1], [1, 0])
        score = np.maximum(from_same, from_other) + emit[k]
    state = int(np.argmax(score))
    path = [0] * len(order)
    for k in range(len(order) - 1, -1, -1):
        path[k] = state
        state = int(back[k, state])
    roles = [""] * len(order)
    for k, i in enumerate(order):
        roles[i] = ROLES[path[k]]
    return roles


__all__ = ["ROLES", "RoleModel", "assign_roles", "clean_text", "text_features"]
