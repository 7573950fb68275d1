"""The emotion model: the shipped folder, its label map, and the scores/sentiment arithmetic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from convo.understand.emotion import (
    GOEMOTIONS_LABELS, NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS, EmotionModel, EmotionModelError, macro_f1,
    predict_texts,
)

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "emotion"


@pytest.fixture(scope="module")
def shipped() -> EmotionModel:
    return EmotionModel.load()


@pytest.fixture(scope="module")
def encoder():
    pytest.importorskip("torch")
    from convo.understand.encoder import Encoder

    return Encoder()  # the CLI's default backend


@pytest.fixture(scope="module")
def predictions(shipped, encoder) -> dict[str, dict]:
    texts = [
        "Thank you so much, you've been really helpful!",
        "This is the third time I've called and nobody has fixed it, I'm furious",
        "What time does the store open?",
        "I'm really worried that someone has stolen my card details",
        "I'm so sorry about the delay, that was our mistake",
        "I don't understand why I was charged twice, what is this fee?",
    ]
    return dict(zip(texts, predict_texts(texts, shipped, encoder)))


# -- the shipped model --------------------------------------------------------------------------
def test_label_map_covers_goemotions_and_stays_in_the_label_set(shipped):
    mapping = json.loads((SHIPPED / "label_map.json").read_text())
    assert sorted(mapping) == sorted(GOEMOTIONS_LABELS)
    assert set(mapping.values()) == set(shipped.labels)  # every convo label is reached, none invented
    assert set(shipped.negative) < set(shipped.labels)
    assert "neutral" in shipped.labels and "neutral" not in shipped.negative


def test_card_reports_the_figures_of_config(shipped):
    metrics = shipped.head.config["metrics"]
    card = (SHIPPED / "README.md").read_text()
    assert f"macro-F1 {metrics['dev_convo_single_label']['macro_f1']:.3f}" in card
    assert metrics["dev_convo_single_label"]["macro_f1"] >= 0.5


def test_gratitude_is_positive(predictions):
    row = predictions["Thank you so much, you've been really helpful!"]
    assert row["label"] == "gratitude"
    assert row["sentiment"] > 0.5


def test_repeated_failure_is_angry_and_negative(predictions, shipped):
    row = predictions["This is the third time I've called and nobody has fixed it, I'm furious"]
    assert row["label"] == "anger"
    assert row["label"] in shipped.negative
    assert row["sentiment"] < -0.3


def test_plain_question_is_not_an_emotion(predictions):
    row = predictions["What time does the store open?"]
    assert row["label"] in ("neutral", "confusion")
    assert abs(row["sentiment"]) < 0.3


def test_back_channel_is_neutral(shipped, encoder):
    for row in predict_texts(["okay", "yeah that's fine", "I'd like to change my address"], shipped, encoder):
        assert row["label"] == "neutral"
        assert abs(row["sentiment"]) < 0.3


def test_worry_apology_and_confusion(predictions):
    assert predictions["I'm really worried that someone has stolen my card details"]["label"] == "anxiety"
    assert predictions["I'm so sorry about the delay, that was our mistake"]["label"] == "apology"
    assert predictions["I don't understand why I was charged twice, what is this fee?"]["label"] == "confusion"


def test_scores_are_a_distribution_and_label_is_their_argmax(predictions, shipped):
    for row in predictions.values():
        assert list(row["scores"]) == shipped.labels
        assert sum(row["scores"].values()) == pytest.approx(1.0, abs=1e-3)
        assert all(0.0 <= s <= 1.0 for s in row["scores"].values())
        assert row["label"] == max(row["scores"], key=row["scores"].get)
        assert -1.0 <= row["sentiment"] <= 1.0


def test_empty_input_gives_empty_output(shipped):
    assert predict_texts([], shipped) == []
    labels, scores, sentiment = shipped.predict(np.zeros((0, 384), dtype=np.float32))
    assert labels == [] and scores.shape == (0, len(shipped.labels)) and sentiment.shape == (0,)


# -- a tiny model folder made here: the arithmetic and the folder contract ------------------------
def _tiny_model(folder: Path, *, bias: dict[str, float] | None = None, mapping: dict[str, str] | None = None,
                kind: str = "emotion", sentiment: dict[str, list[str]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    labels = ["negative", "positive", "neutral"]
    mapping = mapping or {
        name: "positive" if name in POSITIVE_EMOTIONS else "negative" if name in NEGATIVE_EMOTIONS else "neutral"
        for name in GOEMOTIONS_LABELS
    }
    config = {"kind": kind, "labels": list(GOEMOTIONS_LABELS), "multi_label": True, "emotion_labels": labels,
              "negative": ["negative"], "decision": {"bias": bias or {}}}
    if sentiment is not None:
        config["sentiment"] = sentiment
    (folder / "config.json").write_text(json.dumps(config))
    (folder / "label_map.json").write_text(json.dumps(mapping))
    weight = np.zeros((384, 28), dtype=np.float32)
    weight[0, GOEMOTIONS_LABELS.index("gratitude")] = 16.0  # feature 0 switches gratitude on
    np.savez(folder / "head.npz", weight=weight, bias=np.full(28, -8.0, dtype=np.float32))
    return folder


def test_scores_and_sentiment_arithmetic(tmp_path):
    model = EmotionModel.load(_tiny_model(tmp_path / "m"))
    features = np.zeros((2, 384), dtype=np.float32)
    features[1, 0] = 1.0
    labels, scores, sentiment = model.predict(features)
    # row 0: all 28 sigmoids equal -> shares are the group sizes over 28
    assert scores[0] == pytest.approx(np.array([11, 12, 5]) / 28, abs=1e-6)
    assert sentiment[0] == pytest.approx((12 - 11) / 28, abs=1e-6)
    assert labels == ["positive", "positive"]
    assert sentiment[1] > 0.9 and scores[1, 1] > 0.9


def test_sentiment_groups_come_from_the_config(tmp_path):
    model = EmotionModel.load(_tiny_model(tmp_path / "m", sentiment={"positive": ["gratitude"], "negative": []}))
    _, _, sentiment = model.predict(np.zeros((1, 384), dtype=np.float32))
    assert sentiment[0] == pytest.approx(1 / 28, abs=1e-6)


def test_bias_moves_the_decision_and_the_scores(tmp_path):
    model = EmotionModel.load(_tiny_model(tmp_path / "m", bias={"neutral": 2.0}))
    labels, scores, _ = model.predict(np.zeros((1, 384), dtype=np.float32))
    assert labels == ["neutral"]
    expected = np.array([11, 12, 5 * np.exp(2.0)])
    assert scores[0] == pytest.approx(expected / expected.sum(), abs=1e-6)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "intent"}, "is not an emotion model"),
        ({"drop": "grief"}, "no convo label for GoEmotions labels ['grief']"),
        ({"map_to": "rage"}, "labels ['rage'] are not in the label set"),
        ({"sentiment": {"positive": ["joy", "glee"]}}, "sentiment groups must be disjoint GoEmotions labels"),
    ],
)
def test_bad_model_folders_are_refused(tmp_path, change, message):
    mapping = {name: "neutral" for name in GOEMOTIONS_LABELS}
    if "drop" in change:
        del mapping[change["drop"]]
    if "map_to" in change:
        mapping["anger"] = change["map_to"]
    folder = _tiny_model(tmp_path / "m", mapping=mapping, kind=change.get("kind", "emotion"),
                         sentiment=change.get("sentiment"))
    with pytest.raises(EmotionModelError, match=message.replace("[", r"\[").replace("]", r"\]")):
        EmotionModel.load(folder)


def test_missing_model_folder_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        EmotionModel.load(tmp_path / "nothing-here")


def test_macro_f1_over_the_label_set():
    result = macro_f1(["a", "a", "b", "c"], ["a", "b", "b", "b"], ["a", "b", "c", "d"])
    # a: tp1 fn1 -> 2/3; b: tp1 fp2 -> 0.5; c: fn1 -> 0; d: absent everywhere -> left out
    assert result["macro_f1"] == pytest.approx((2 / 3 + 0.5 + 0.0) / 3)
    assert result["accuracy"] == pytest.approx(0.5)
    assert set(result["per_label_f1"]) == {"a", "b", "c"}


def test_copied_shipped_folder_loads_by_path(tmp_path, shipped):
    copy = tmp_path / "emotion-copy"
    shutil.copytree(SHIPPED, copy)
    assert EmotionModel.load(copy).labels == shipped.labels
