"""Contact reasons: a taxonomy (data), a trained intent head, and call-level reasons.

- A **taxonomy** is a YAML file naming each reason with a description and examples
  (``models/intents/*/taxonomy.yaml``); training data can be the taxonomy's own examples, a CSV
  (``text,label``) or JSONL (``{"text": ..., "labels": [...]}`` for multi-label).
- An **intent model** is a head folder (:mod:`convo.understand.heads`) whose ``config.json`` adds
  the taxonomy and an out-of-scope threshold: a text whose best reason scores below it, or
  whose best class is the trained ``oos`` class, is labelled ``other``.
- A **call's reasons** aggregate its customer utterances: every label whose category holds at
  least ``call_threshold`` of an utterance's probability is present, with that mass and the
  utterance ids that evidence it; the primary reason is the one the customer states first.
"""

from __future__ import annotations

import csv
import json
import logging
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from convo.understand.heads import Head, TrainConfig, Trained, TrunkCache, train_head

logger = logging.getLogger(__name__)
OOS = "oos"
OTHER = "other"
# A call lists a reason when a customer utterance labelled with it scores at least this much. A
# named heuristic (no call-level labels to fit it on): fine-tuned heads with label smoothing put
# 0.4-0.9 on clear requests and spread the rest, so 0.4 keeps stated reasons and drops stray ones.
CALL_THRESHOLD = 0.4


class IntentDataError(ValueError):
    """Training or evaluation data that cannot be used, with the reason."""


# -- data -----------------------------------------------------------------------------------
@dataclass
class Examples:
    texts: list[str]
    labels: list[list[str]]  # one label per text for single-label data; OOS marks out-of-scope

    @property
    def multi_label(self) -> bool:
        return any(len(ls) != 1 for ls in self.labels)

    def label_set(self) -> list[str]:
        return sorted({label for ls in self.labels for label in ls if label != OOS})


def load_taxonomy(path: str | Path) -> dict[str, Any]:
    """Read a taxonomy YAML: ``name``, ``description`` and ``reasons`` [{id, name, description, examples}]."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise IntentDataError(f"cannot read taxonomy {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("reasons"), list) or not data["reasons"]:
        raise IntentDataError(f"{path}: a taxonomy needs a non-empty 'reasons' list")
    seen = set()
    for i, reason in enumerate(data["reasons"]):
        if not isinstance(reason, dict) or not isinstance(reason.get("id"), str) or not reason["id"].strip():
            raise IntentDataError(f"{path}: reasons[{i}] needs an 'id'")
        if reason["id"] in seen or reason["id"] in (OTHER, OOS):
            raise IntentDataError(f"{path}: reason id {reason['id']!r} is duplicated or reserved")
        seen.add(reason["id"])
        reason.setdefault("name", reason["id"].replace("_", " "))
        reason.setdefault("description", "")
        reason["examples"] = [str(e) for e in reason.get("examples") or []]
    return data


def load_examples(path: str | Path) -> Examples:
    """Labelled texts from CSV (``text,label``), JSONL (``text`` + ``label`` or ``labels``) or a taxonomy YAML."""
    path = Path(path)
    if not path.exists():
        raise IntentDataError(f"{path} does not exist")
    suffix = path.suffix.lower()
    texts: list[str] = []
    labels: list[list[str]] = []
    if suffix in (".yaml", ".yml"):
        taxonomy = load_taxonomy(path)
        for reason in taxonomy["reasons"]:
            for example in reason["examples"]:
                texts.append(example)
                labels.append([reason["id"]])
        oos = taxonomy.get("out_of_scope_examples") or []
        texts += [str(t) for t in oos]
        labels += [[OOS] for _ in oos]
    elif suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            label_field = "label" if "label" in fields else ("category" if "category" in fields else None)
            if "text" not in fields or label_field is None:
                raise IntentDataError(f"{path}: CSV needs a header with 'text' and 'label' columns, got {fields}")
            for line, row in enumerate(reader, start=2):
                text, label = (row.get("text") or "").strip(), (row.get(label_field) or "").strip()
                if not text or not label:
                    raise IntentDataError(f"{path}:{line}: empty text or label")
                texts.append(text)
                labels.append([label])
    elif suffix in (".jsonl", ".json"):
        with open(path, encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise IntentDataError(f"{path}:{line_no}: not JSON ({exc.msg})") from exc
                text = row.get("text") if isinstance(row, dict) else None
                value = row.get("labels", row.get("label")) if isinstance(row, dict) else None
                if isinstance(value, str):
                    value = [value]
                if not isinstance(text, str) or not text.strip() or not isinstance(value, list):
                    raise IntentDataError(f"{path}:{line_no}: needs 'text' and 'label' (string) or 'labels' (list)")
                texts.append(text.strip())
                labels.append([str(v) for v in value] or [OOS])
    else:
        raise IntentDataError(f"{path}: use .csv (text,label), .jsonl or a taxonomy .yaml")
    if not texts:
        raise IntentDataError(f"{path} holds no examples")
    return Examples(texts, labels)


# -- the model -------------------------------------------------------------------------------
def group_matrix(reasons: list[str], taxonomy: dict[str, Any]) -> np.ndarray:
    """``(n_reasons, n_groups)`` 0/1: reasons of one taxonomy category form a group; a reason
    without a category is a group of its own."""
    groups: dict[str, int] = {}
    column = []
    for reason in reasons:
        category = (taxonomy.get(reason) or {}).get("category") or f"reason:{reason}"
        column.append(groups.setdefault(category, len(groups)))
    matrix = np.zeros((len(reasons), len(groups)), dtype=np.float32)
    matrix[np.arange(len(reasons)), column] = 1.0
    return matrix


def confidence(scores: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """How sure the model is that a text is in scope: the probability of its best category.

    Related reasons (track / get / policy of a refund) split the probability of a clear request
    between them; their category's total is what says the request is about refunds at all.
    Without categories every reason is its own group and this is the best reason's probability.
    """
    return (scores @ groups).max(axis=1) if scores.shape[1] else np.zeros(len(scores), dtype=np.float32)



class IntentModel:
    """A trained intent head plus its taxonomy and out-of-scope calibration."""

    def __init__(self, head: Head) -> None:
        self.head = head
        config = head.config
        if config.get("kind") != "intent":
            raise IntentDataError(f"{head.path} is not an intent model (kind={config.get('kind')!r})")
        self.classes: list[str] = head.labels  # may include OOS
        self.reasons = [c for c in self.classes if c != OOS]
        self.threshold = float(config.get("threshold", 0.0))
        self.call_threshold = float(config.get("call_threshold", max(self.threshold, CALL_THRESHOLD)))
        self.taxonomy = config.get("taxonomy") or {}
        self.groups = group_matrix(self.reasons, self.taxonomy)

    @classmethod
    def load(cls, name_or_path: str | Path = "retail") -> "IntentModel":
        from convo.understand.registry import model_dir

        path = Path(name_or_path)
        if not (path / "config.json").exists():
            path = model_dir(f"intents/{name_or_path}")
        return cls(Head.load(path))

    @property
    def name(self) -> str:
        return str(self.head.config.get("name", self.head.path.name))

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Per text, a probability per reason (``self.reasons`` order); out-of-scope mass removed."""
        probs = self.head.probabilities(features)
        keep = [i for i, c in enumerate(self.classes) if c != OOS]
        return probs[:, keep]

    def decide(self, features: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Labels (``other`` when out of scope), the label's score, and all reason scores."""
        probs = self.head.probabilities(features)
        scores = self.scores(features)
        best = scores.argmax(axis=1) if scores.shape[1] else np.zeros(len(features), dtype=int)
        best_score = scores[np.arange(len(scores)), best]
        labels: list[str] = []
        oos_index = self.classes.index(OOS) if OOS in self.classes else None
        sure = confidence(scores, self.groups)
        for row, index in enumerate(best):
            out = sure[row] < self.threshold
            if oos_index is not None and not self.head.multi_label and probs[row].argmax() == oos_index:
                out = True
            labels.append(OTHER if out else self.reasons[int(index)])
        return labels, best_score.astype(np.float32), scores


def call_reasons(model: IntentModel, utterance_ids: Sequence[str], scores: np.ndarray, labels: Sequence[str],
                 include: Sequence[bool]) -> tuple[list[dict[str, Any]], str | None]:
    """Every reason present in one call (``{label, score, evidence}``) and the primary reason.

    An utterance is evidence for its label when the label's *category* holds at least
    ``call_threshold`` of the probability (see :func:`confidence`): "I returned a jacket, when will
    I get my refund?" splits its mass between tracking a refund and asking for one, and is
    still clearly about a refund. ``score`` is that category mass, the best over the evidence.
    """
    found: dict[str, dict[str, Any]] = {}
    category_mass = scores @ model.groups  # (n_utterances, n_groups)
    group_of = model.groups.argmax(axis=1)
    for row, label in enumerate(labels):
        if not include[row] or label == OTHER:
            continue
        reason = model.reasons.index(label)
        score = float(category_mass[row, group_of[reason]])
        if score < model.call_threshold:
            continue
        entry = found.setdefault(label, {"label": label, "score": 0.0, "evidence": []})
        entry["score"] = max(entry["score"], score)
        entry["evidence"].append(utterance_ids[row])
    reasons = sorted(found.values(), key=lambda r: (-r["score"], r["label"]))
    # The primary reason is the one the customer states first (callers open with why they call);
    # equal positions go to the higher score.
    first = {r["label"]: utterance_ids.index(r["evidence"][0]) for r in reasons}
    primary = min(reasons, key=lambda r: (first[r["label"]], -r["score"]))["label"] if reasons else None
    return reasons, primary


# -- training and evaluation -----------------------------------------------------------------
def _shuffled_by_label(labels: list[list[str]], seed: int) -> Iterator[list[int]]:
    """Indices grouped by first label (in label order), each group shuffled with one seeded RNG."""
    by_label: dict[str, list[int]] = {}
    for i, ls in enumerate(labels):
        by_label.setdefault(ls[0] if ls else OOS, []).append(i)
    rng = random.Random(seed)
    for label in sorted(by_label):
        items = by_label[label][:]
        rng.shuffle(items)
        yield items


def _split(labels: list[list[str]], fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """A stratified split by first label: (train, holdout) indices."""
    train, hold = [], []
    for items in _shuffled_by_label(labels, seed):
        n_hold = int(round(len(items) * fraction)) if len(items) >= 5 else 0
        hold += items[:n_hold]
        train += items[n_hold:]
    return sorted(train), sorted(hold)


def _targets(examples: Examples, classes: list[str], indices: list[int], multi: bool) -> np.ndarray:
    index = {c: i for i, c in enumerate(classes)}
    if multi:
        out = np.zeros((len(indices), len(classes)), dtype=np.float32)
        for row, i in enumerate(indices):
            for label in examples.labels[i]:
                if label != OOS:
                    out[row, index[label]] = 1.0
        return out
    return np.array([index[examples.labels[i][0]] for i in indices], dtype=np.int64)


def metrics(gold: list[list[str]], predicted: list[str]) -> dict[str, float]:
    """accuracy and macro-F1 over the gold labels, plus in-scope accuracy / OOS recall when OOS is present.

    Single-label gold: a prediction is right when it equals the label (``other`` = ``oos``).
    Multi-label gold: right when the prediction is one of the gold labels.
    """
    norm = [OOS if p == OTHER else p for p in predicted]
    correct = [p in g for p, g in zip(norm, gold)]
    out: dict[str, float] = {"n": float(len(gold)), "accuracy": float(np.mean(correct)) if gold else 0.0}
    classes = sorted({g[0] for g in gold} | set(norm))
    f1s = []
    for c in classes:
        tp = sum(1 for p, g in zip(norm, gold) if p == c and c in g)
        fp = sum(1 for p, g in zip(norm, gold) if p == c and c not in g)
        fn = sum(1 for p, g in zip(norm, gold) if c in g and p != c)
        if tp + fn == 0:
            continue  # a label never in gold does not count towards macro-F1
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    out["macro_f1"] = float(np.mean(f1s)) if f1s else 0.0
    in_scope = [i for i, g in enumerate(gold) if OOS not in g]
    if len(in_scope) < len(gold):
        oos = [i for i, g in enumerate(gold) if OOS in g]
        out["in_scope_accuracy"] = float(np.mean([correct[i] for i in in_scope])) if in_scope else 0.0
        out["oos_recall"] = float(np.mean([norm[i] == OOS for i in oos]))
    return out


IN_SCOPE_BUDGET = 0.005


def _calibrate(scores: np.ndarray, argmax_oos: np.ndarray, gold: list[list[str]], reasons: list[str],
               budget: float = IN_SCOPE_BUDGET, groups: np.ndarray | None = None) -> float:
    """The out-of-scope threshold on the best reason score, chosen on held-out examples.

    The highest threshold that costs at most ``budget`` (half a point) of in-scope accuracy compared
    with no threshold: as much out-of-scope recall as that buys, whatever the share of
    out-of-scope examples in the held-out data (often a handful, too few to weigh against
    thousands of in-scope ones).
    """
    best = confidence(scores, groups if groups is not None else np.eye(len(reasons), dtype=np.float32))
    pred = [reasons[i] for i in scores.argmax(axis=1)]
    is_oos = np.array([OOS in g for g in gold])
    right = np.array([p in g for p, g in zip(pred, gold)]) & ~argmax_oos
    in_scope = ~is_oos
    if not in_scope.any():
        return 0.0
    floor = right[in_scope].mean() - budget
    chosen = 0.0
    for t in np.unique(best[in_scope]):
        if (right & (best >= t))[in_scope].mean() >= floor - 1e-12:
            chosen = float(t)
        else:
            break
    return chosen


def train(examples: Examples, out: str | Path, *, taxonomy: dict[str, Any] | None = None, name: str | None = None,
          encoder: Any = None, config: TrainConfig | None = None, holdout: float = 0.1, folds: int = 0,
          refit: bool = True) -> dict[str, Any]:
    """Train an intent model into ``out``; returns the model card's metrics.

    A stratified ``holdout`` share is kept back to calibrate the out-of-scope threshold and
    report held-out metrics; with ``refit`` the saved model is then trained again on every
    example (same settings, same threshold), so no labelled example is wasted. With ``folds`` > 1,
    k-fold cross-validation metrics are added.
    """
    from convo.understand.encoder import Encoder

    reasons = examples.label_set()
    if len(reasons) < 2:
        raise IntentDataError(f"need at least 2 reasons besides '{OOS}', got {reasons}")
    counts = Counter(label for ls in examples.labels for label in ls)
    multi = examples.multi_label
    classes = reasons + ([OOS] if counts.get(OOS) and not multi else [])
    encoder = encoder or Encoder(backend="torch")
    config = config or TrainConfig()
    taxonomy = taxonomy or {"name": name or Path(out).name, "reasons": [{"id": r, "name": r.replace("_", " ")} for r in reasons]}
    described = {r["id"]: {k: r.get(k) for k in ("name", "description", "category")} for r in taxonomy.get("reasons", [])}
    groups = group_matrix(reasons, described)
    cv: list[dict[str, float]] = []
    cache = TrunkCache(encoder, examples.texts)
    if folds > 1:
        for fold in range(folds):
            tr, ho = _kfold(examples.labels, folds, fold, config.seed)
            model = _fit(examples, tr, classes, multi, encoder, config, cache)
            cv.append(_holdout_metrics(model, examples, ho, classes, calibrate=bool(counts.get(OOS)), groups=groups)[0])
            logger.info("fold %d/%d: %s", fold + 1, folds, cv[-1])
    tr, ho = _split(examples.labels, holdout, config.seed) if holdout > 0 else (list(range(len(examples.texts))), [])
    model = _fit(examples, tr, classes, multi, encoder, config, cache)
    held, threshold = (_holdout_metrics(model, examples, ho, classes, calibrate=bool(counts.get(OOS)), groups=groups)
                       if ho else ({}, 0.0))
    card_metrics: dict[str, Any] = {"holdout": held, "holdout_fraction": holdout, "n_train": len(tr), "n_holdout": len(ho),
                                    "refit_on_all": bool(refit and ho)}
    if refit and ho:
        model = _fit(examples, list(range(len(examples.texts))), classes, multi, encoder, config, cache)
    if cv:
        card_metrics["cross_validation"] = {
            "folds": folds, **{k: float(np.mean([m[k] for m in cv])) for k in cv[0] if k != "n"},
            "per_fold": cv,
        }
    model.save(out, {
        "kind": "intent", "name": name or taxonomy.get("name") or Path(out).name,
        "threshold": threshold, "call_threshold": max(threshold, CALL_THRESHOLD),
        "taxonomy": {r: described.get(r, {"name": r.replace("_", " ")}) for r in reasons},
        "label_counts": dict(sorted(counts.items())), "metrics": card_metrics,
    })
    return card_metrics


def _kfold(labels: list[list[str]], folds: int, fold: int, seed: int) -> tuple[list[int], list[int]]:
    hold: list[int] = []
    for items in _shuffled_by_label(labels, seed):
        hold += items[fold::folds]
    held = set(hold)
    return [i for i in range(len(labels)) if i not in held], sorted(hold)


def _fit(examples: Examples, indices: list[int], classes: list[str], multi: bool, encoder: Any, config: TrainConfig,
         cache: TrunkCache) -> Trained:
    texts = [examples.texts[i] for i in indices]
    targets = _targets(examples, classes, indices, multi)
    return train_head(encoder, texts, targets, classes, multi_label=multi, config=config, cache=cache.subset(indices))


def _holdout_metrics(model: Trained, examples: Examples, indices: list[int], classes: list[str],
                     calibrate: bool = True, groups: np.ndarray | None = None) -> tuple[dict[str, float], float]:
    """Held-out metrics and the out-of-scope threshold (0 when the data has no ``oos`` examples:
    a model never shown out-of-scope text does not guess it, and every in-scope text keeps a reason)."""
    from convo.understand.heads import softmax

    texts = [examples.texts[i] for i in indices]
    gold = [examples.labels[i] for i in indices]
    logits = model.logits(texts)
    reasons = [c for c in classes if c != OOS]
    keep = [i for i, c in enumerate(classes) if c != OOS]
    if model.multi_label:
        probs = 1.0 / (1.0 + np.exp(-logits))
        argmax_oos = np.zeros(len(texts), dtype=bool)
    else:
        probs = softmax(logits)
        argmax_oos = np.array([classes[i] == OOS for i in probs.argmax(1)])
    scores = probs[:, keep]
    groups = groups if groups is not None else np.eye(len(reasons), dtype=np.float32)
    threshold = _calibrate(scores, argmax_oos, gold, reasons, groups=groups) if calibrate else 0.0
    sure = confidence(scores, groups)
    pred = [OTHER if (c < threshold or o) else reasons[int(s.argmax())] for s, c, o in zip(scores, sure, argmax_oos)]
    return metrics(gold, pred), threshold


def predict_texts(model: IntentModel, texts: Sequence[str], encoder: Any = None) -> list[dict[str, Any]]:
    """``{label, score}`` per text (the CLI's ``intents predict``)."""
    from convo.understand.encoder import Encoder

    encoder = encoder or Encoder()
    features = model.head.features(encoder, list(texts))
    labels, best, _ = model.decide(features)
    return [{"label": label, "score": round(float(score), 4)} for label, score in zip(labels, best)]
