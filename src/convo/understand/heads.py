"""Classification heads over the shared encoder, and how they are trained.

A head is a folder: ``config.json`` (labels, kind, calibration), ``head.npz`` (a linear layer)
and, when the head fine-tuned its own copy of the encoder's top layers, ``top.safetensors``
(see :mod:`convo.understand.encoder`). At run time a head costs its top layers plus a matrix
product on the trunk states the encoder computed anyway.

Training (:func:`train_head`) runs the frozen trunk once over the training texts, keeps its
hidden states, then fine-tunes a copy of the top layers together with the linear layer:
single-label heads with cross-entropy (label smoothing), multi-label heads with binary
cross-entropy. It is seeded and, on CPU, deterministic.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from convo.understand.encoder import DIM, MODEL_NAME, TRUNK_LAYERS, Encoder, TopHead

logger = logging.getLogger(__name__)


@dataclass
class Head:
    """A loaded head: labels, linear weights and (optionally) its own top layers."""

    path: Path
    config: dict[str, Any]
    weight: np.ndarray  # (dim, n_labels)
    bias: np.ndarray  # (n_labels,)
    top: TopHead | None = None

    @classmethod
    def load(cls, path: str | Path) -> "Head":
        path = Path(path)
        config_path = path / "config.json"
        if not config_path.exists():
            raise FileNotFoundError(f"{path} is not a convo model folder (no config.json)")
        config = json.loads(config_path.read_text())
        arrays = np.load(path / "head.npz")
        top = None
        if (path / "top.safetensors").exists():
            top = TopHead(config.get("name", path.name), path / "top.safetensors")
        return cls(path, config, arrays["weight"].astype(np.float32), arrays["bias"].astype(np.float32), top)

    @property
    def labels(self) -> list[str]:
        return list(self.config["labels"])

    @property
    def multi_label(self) -> bool:
        return bool(self.config.get("multi_label", False))

    def logits(self, features: np.ndarray) -> np.ndarray:
        return features @ self.weight + self.bias

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        logits = self.logits(features) / float(self.config.get("temperature", 1.0))
        if self.multi_label:
            return 1.0 / (1.0 + np.exp(-logits))
        return softmax(logits)

    def features(self, encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
        """The head's input for ``texts``: its own top's pooled states, or the shared embedding."""
        embeddings, outputs = encoder.run(texts, [self.top] if self.top else [])
        return outputs[0] if self.top else embeddings


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


@dataclass
class TrainConfig:
    epochs: int = 8
    lr: float = 2e-4
    head_lr: float = 2e-3
    batch_size: int = 32
    weight_decay: float = 0.01
    label_smoothing: float = 0.1
    own_top: bool = True
    seed: int = 0
    max_length: int = 128
    extra: dict[str, Any] = field(default_factory=dict)


class TrunkCache:
    """The frozen trunk's hidden states of every training text, unpadded, in RAM."""

    def __init__(self, encoder: Encoder, texts: Sequence[str]) -> None:
        import torch

        if encoder.backend != "torch":
            raise ValueError("training needs the torch encoder backend")
        self.states: list[torch.Tensor] = [None] * len(texts)  # type: ignore[list-item]
        started = time.perf_counter()
        for batch in encoder.batches(texts):
            hidden = encoder.trunk(batch.input_ids, batch.attention_mask).float().cpu()
            lengths = batch.attention_mask.sum(1)
            for row, index in enumerate(batch.index):
                self.states[int(index)] = hidden[row, : int(lengths[row])].clone()
        logger.info("trunk states for %d texts in %.1fs", len(texts), time.perf_counter() - started)

    def subset(self, indices: Sequence[int]) -> "TrunkCache":
        """The cached states of ``indices`` only (shared, not copied)."""
        out = TrunkCache.__new__(TrunkCache)
        out.states = [self.states[i] for i in indices]
        return out

    def batch(self, indices: Sequence[int], device: str) -> tuple[Any, Any]:
        import torch

        width = max(self.states[i].shape[0] for i in indices)
        hidden = torch.zeros((len(indices), width, DIM))
        mask = torch.zeros((len(indices), width), dtype=torch.long)
        for row, i in enumerate(indices):
            n = self.states[i].shape[0]
            hidden[row, :n] = self.states[i]
            mask[row, :n] = 1
        return hidden.to(device), mask.to(device)


def _length_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (pools of 50 batches sorted by length)."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: lengths[i])
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


@dataclass
class Trained:
    """A trained head in memory (torch modules), ready to predict or save."""

    labels: list[str]
    multi_label: bool
    top: Any  # torch module or None
    linear: Any  # torch.nn.Linear
    encoder: Encoder
    config: TrainConfig

    def features(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        self.linear.eval()
        if self.top is None:
            return self.encoder.embed(texts)
        self.top.eval()
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        with torch.inference_mode():
            for batch in self.encoder.batches(texts):
                hidden = self.encoder.trunk(batch.input_ids, batch.attention_mask)
                mask = torch.from_numpy(batch.attention_mask).to(self.encoder.device)
                out[batch.index] = self.top(hidden, mask).float().cpu().numpy()
        return out

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        features = torch.from_numpy(self.features(texts)).to(self.encoder.device)
        with torch.inference_mode():
            return self.linear(features).float().cpu().numpy()

    def save(self, out: str | Path, config: dict[str, Any]) -> Path:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        np.savez(out / "head.npz", weight=self.linear.weight.detach().cpu().numpy().T.astype(np.float32),
                 bias=self.linear.bias.detach().cpu().numpy().astype(np.float32))
        if self.top is not None:
            from safetensors.torch import save_file

            state = {k: v.detach().cpu().contiguous() for k, v in self.top.state_dict().items()}
            save_file(state, str(out / "top.safetensors"))
        full = {
            "labels": self.labels, "multi_label": self.multi_label, "encoder": MODEL_NAME,
            "encoder_sha": self.encoder.digest, "trunk_layers": TRUNK_LAYERS, "own_top": self.top is not None,
            "training": {k: v for k, v in self.config.__dict__.items() if k != "extra"} | self.config.extra,
            **config,
        }
        (out / "config.json").write_text(json.dumps(full, indent=2) + "\n")
        return out


def train_head(encoder: Encoder, texts: Sequence[str], targets: np.ndarray, labels: list[str], *,
               multi_label: bool = False, config: TrainConfig | None = None, class_weight: np.ndarray | None = None,
               cache: TrunkCache | None = None, on_epoch: Callable[[int, "Trained"], None] | None = None) -> Trained:
    """Fine-tune a head on ``texts``: ``targets`` are label indices, or a multi-hot matrix when ``multi_label``."""
    import copy

    import torch

    from convo.understand.encoder import build_modules, load_bert

    config = config or TrainConfig()
    if len(texts) != len(targets):
        raise ValueError(f"{len(texts)} texts but {len(targets)} targets")
    if len(texts) < 2:
        raise ValueError("need at least 2 training examples")
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    device = encoder.device
    cache = cache or TrunkCache(encoder, texts)
    lengths = [int(cache.states[i].shape[0]) for i in range(len(texts))]
    top = None
    params: list[dict[str, Any]] = []
    if config.own_top:
        _, base_top = build_modules(load_bert(encoder.model_dir))
        top = copy.deepcopy(base_top).to(device)
        top.normalize = False
        params.append({"params": list(top.parameters()), "lr": config.lr})
    linear = torch.nn.Linear(DIM, len(labels)).to(device)
    params.append({"params": list(linear.parameters()), "lr": config.head_lr})
    optimiser = torch.optim.AdamW(params, weight_decay=config.weight_decay)
    steps = config.epochs * math.ceil(len(texts) / config.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=[g["lr"] for g in params], total_steps=steps, pct_start=0.1, anneal_strategy="linear",
    )
    weight = torch.as_tensor(class_weight, dtype=torch.float32, device=device) if class_weight is not None else None
    if multi_label:
        loss_fn: Any = torch.nn.BCEWithLogitsLoss(pos_weight=weight)
        y_all = torch.as_tensor(np.asarray(targets), dtype=torch.float32)
    else:
        loss_fn = torch.nn.CrossEntropyLoss(weight=weight, label_smoothing=config.label_smoothing)
        y_all = torch.as_tensor(np.asarray(targets), dtype=torch.long)
    trained = Trained(labels, multi_label, top, linear, encoder, config)
    base = encoder.embed(texts) if top is None else None
    for epoch in range(config.epochs):
        started = time.perf_counter()
        if top is not None:
            top.train()
        linear.train()
        total = 0.0
        for indices in _length_batches(lengths, config.batch_size, rng):
            if top is not None:
                hidden, mask = cache.batch(indices, device)
                features = top(hidden, mask)
            else:
                features = torch.from_numpy(base[indices]).to(device)
            loss = loss_fn(linear(features), y_all[indices].to(device))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach()) * len(indices)
        logger.info("epoch %d/%d loss %.4f (%.0fs)", epoch + 1, config.epochs, total / len(texts),
                    time.perf_counter() - started)
        if on_epoch:
            on_epoch(epoch, trained)
    if top is not None:
        top.eval()
    linear.eval()
    return trained
