"""Intent models: data formats, metrics, out-of-scope calibration, and the three CLI commands."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from convo.cli import app
from convo.understand.intents import (
    OOS, OTHER, Examples, IntentDataError, IntentModel, _calibrate, call_reasons, load_examples, metrics,
)

runner = CliRunner()

TRAIN = {
    "track_order": ["where is my order", "my parcel has not arrived yet", "can you track my package",
                    "when will my delivery come", "the order still hasn't shipped", "where's my stuff, it's late",
                    "has my order been dispatched", "tracking says nothing since monday"],
    "get_refund": ["i want my money back", "please refund me", "can i get a refund for this",
                   "how do i get reimbursed", "i returned it, where is my refund", "refund the jacket please",
                   "i'd like a refund on my purchase", "give me my money back for the broken kettle"],
    "recover_password": ["i forgot my password", "can't log in, need to reset my password", "reset password please",
                         "my password doesn't work anymore", "how do i recover my password",
                         "locked out, forgot the password", "password reset link never came", "change my forgotten password"],
}
OOS_TEXTS = ["what's the weather like", "tell me a joke", "who won the football last night", "how tall is everest",
             "play some music", "what time is it in tokyo", "recommend a good movie", "how do i boil an egg"]


@pytest.fixture(scope="module")
def train_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("data") / "train.csv"
    lines = ["text,label"] + [f'"{t}",{label}' for label, texts in TRAIN.items() for t in texts]
    lines += [f'"{t}",{OOS}' for t in OOS_TEXTS]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory, train_csv):
    out = tmp_path_factory.mktemp("model") / "shop"
    result = runner.invoke(app, ["intents", "train", "--data", str(train_csv), "--out", str(out),
                                 "--epochs", "12", "--holdout", "0.25", "--lr", "5e-4"])
    assert result.exit_code == 0, result.output
    return out, json.loads(result.stdout.strip().splitlines()[-1])


def test_train_writes_a_model_folder_with_a_card(trained):
    out, summary = trained
    assert {"config.json", "head.npz", "top.safetensors", "README.md"} <= {p.name for p in out.iterdir()}
    config = json.loads((out / "config.json").read_text())
    assert config["kind"] == "intent" and config["labels"] == ["get_refund", "recover_password", "track_order", OOS]
    card = (out / "README.md").read_text()
    assert "Metrics" in card and "held-out" in card
    assert {"accuracy", "macro_f1", "in_scope_accuracy", "oos_recall"} <= set(summary)


def test_predict_and_eval_on_unseen_texts(trained, tmp_path):
    out, _ = trained
    texts = ["my package never arrived", "i need a refund for my order", "i can't remember my password"]
    (tmp_path / "in.txt").write_text("\n".join(texts) + "\n")
    result = runner.invoke(app, ["intents", "predict", "--model", str(out), "--input", str(tmp_path / "in.txt"),
                                 "--out", str(tmp_path / "preds.jsonl")])
    assert result.exit_code == 0, result.output
    preds = [json.loads(line) for line in (tmp_path / "preds.jsonl").read_text().splitlines()]
    assert [p["label"] for p in preds] == ["track_order", "get_refund", "recover_password"]
    assert all(0.0 <= p["score"] <= 1.0 for p in preds)

    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({"text": t, "label": l}) for t, l in
                              zip(texts + ["what's the capital of peru"], ["track_order", "get_refund", "recover_password", OOS])))
    result = runner.invoke(app, ["intents", "eval", "--model", str(out), "--data", str(gold)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"accuracy", "macro_f1", "in_scope_accuracy", "oos_recall"} <= set(scores)
    assert scores["in_scope_accuracy"] == 1.0


def test_every_backend_gives_the_same_labels(trained):
    from convo.understand.encoder import Encoder
    from convo.understand.intents import predict_texts

    model = IntentModel.load(trained[0])
    texts = ["where is my parcel", "refund please", "forgot my password again"]
    labels = {b: [p["label"] for p in predict_texts(model, texts, Encoder(backend=b))] for b in ("torch", "onnx", "onnx-int8")}
    assert labels["torch"] == labels["onnx"] == labels["onnx-int8"]


def test_shipped_taxonomy_yaml_trains_a_frozen_few_shot_model(tmp_path):
    taxonomy = tmp_path / "tax.yaml"
    taxonomy.write_text(
        "name: tiny\nreasons:\n"
        + "".join(f"  - id: {label}\n    description: d\n    examples: {json.dumps(texts)}\n" for label, texts in TRAIN.items())
    )
    out = tmp_path / "m"
    result = runner.invoke(app, ["intents", "train", "--data", str(taxonomy), "--out", str(out), "--frozen",
                                 "--epochs", "30", "--holdout", "0"])
    assert result.exit_code == 0, result.output
    assert not (out / "top.safetensors").exists()
    config = json.loads((out / "config.json").read_text())
    assert config["taxonomy"]["track_order"]["description"] == "d"


def test_load_examples_formats_and_errors(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x y", "labels": ["a", "b"]}\n{"text": "z", "label": "a"}\n')
    ex = load_examples(tmp_path / "a.jsonl")
    assert ex.labels == [["a", "b"], ["a"]] and ex.multi_label
    (tmp_path / "bad.csv").write_text("words,tag\nx,y\n")
    with pytest.raises(IntentDataError, match="text"):
        load_examples(tmp_path / "bad.csv")
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    with pytest.raises(IntentDataError, match="bad.jsonl:1"):
        load_examples(tmp_path / "bad.jsonl")
    with pytest.raises(IntentDataError, match="use .csv"):
        load_examples(tmp_path / "a.jsonl".replace("jsonl", "txt")) if (tmp_path / "a.txt").write_text("x") else None


def test_cli_errors_are_plain(tmp_path, train_csv):
    (tmp_path / "one.csv").write_text("text,label\nhello,a\nbye,a\n")
    result = runner.invoke(app, ["intents", "train", "--data", str(tmp_path / "one.csv"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "at least 2 reasons" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["intents", "predict", "--model", str(tmp_path / "nope"), "--input", str(train_csv),
                                 "--out", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 2 and "not found" in result.output


def test_metrics_definitions():
    gold = [["a"], ["b"], [OOS], [OOS], ["a"]]
    pred = ["a", "a", OTHER, "b", "a"]
    m = metrics(gold, pred)
    assert m["accuracy"] == pytest.approx(3 / 5)
    assert m["in_scope_accuracy"] == pytest.approx(2 / 3)
    assert m["oos_recall"] == pytest.approx(1 / 2)
    # multi-label gold: right when the prediction is one of the labels
    assert metrics([["a", "b"]], ["b"])["accuracy"] == 1.0


def test_calibration_spends_at_most_the_in_scope_budget():
    # 200 in-scope examples, all right, scores 0.5..0.995; 1 point of budget = 2 examples
    in_scope = np.linspace(0.5, 0.995, 200)
    scores = np.stack([in_scope, 1 - in_scope], axis=1)
    gold = [["a"]] * 200
    t = _calibrate(scores, np.zeros(200, dtype=bool), gold, ["a", "b"], budget=0.01)
    assert t == pytest.approx(in_scope[2])
    kept = (in_scope >= t).mean()
    assert kept >= 0.99 - 1e-9
    # no budget: no threshold beyond the lowest right answer
    assert _calibrate(scores, np.zeros(200, dtype=bool), gold, ["a", "b"], budget=0.0) == pytest.approx(0.5)


def test_call_reasons_lists_every_reason_with_evidence():
    class Stub:
        reasons = ["a", "b", "c"]
        groups = np.eye(3, dtype=np.float32)  # no categories: every reason its own group
        call_threshold = 0.5

    scores = np.array([[0.9, 0.05, 0.05], [0.1, 0.2, 0.7], [0.2, 0.2, 0.6], [0.4, 0.3, 0.3], [0.45, 0.1, 0.45]])
    reasons, primary = call_reasons(Stub(), ["u0", "u1", "u2", "u3", "u4"], scores, ["a", "c", "c", OTHER, "a"],
                                    [True, True, True, False, True])
    assert primary == "a"
    assert reasons == [{"label": "a", "score": pytest.approx(0.9), "evidence": ["u0"]},
                       {"label": "c", "score": pytest.approx(0.7), "evidence": ["u1", "u2"]}]


def test_call_reasons_count_a_reason_by_its_category_mass():
    """Two refund reasons splitting one clear refund request still make it a refund call."""
    class Stub:
        reasons = ["track_refund", "get_refund", "track_order"]
        groups = np.array([[1, 0], [1, 0], [0, 1]], dtype=np.float32)  # refund, order
        call_threshold = 0.5

    scores = np.array([[0.1, 0.05, 0.85], [0.35, 0.3, 0.35], [0.4, 0.2, 0.4]])
    reasons, primary = call_reasons(Stub(), ["u0", "u1", "u2"], scores, ["track_order", "track_refund", "track_refund"],
                                    [False, True, True])
    assert primary == "track_refund"
    assert reasons == [{"label": "track_refund", "score": pytest.approx(0.65), "evidence": ["u1", "u2"]}]


@pytest.fixture(scope="module")
def encoder():
    from convo.understand.encoder import Encoder

    return Encoder()


@pytest.mark.parametrize("text, expected", [
    ("I want to cancel the order I placed yesterday", {"cancel_order"}),
    ("where is my parcel, it was supposed to arrive on monday", {"track_order", "delivery_period"}),
    ("I returned the shoes two weeks ago and still haven't got my money back", {"track_refund", "get_refund"}),
    ("I forgot my password and can't log in", {"recover_password"}),
    ("the app crashes every time I open the checkout page", {"technical_problem"}),
    ("does this jacket come in a large size?", {"product_question"}),
    ("can I speak to a real person please", {"contact_human_agent"}),
    ("okay thank you", {OTHER}),
    ("what's the weather like in paris today", {OTHER}),
])
def test_shipped_retail_model_on_unambiguous_examples(encoder, text, expected):
    from convo.understand.intents import predict_texts

    [pred] = predict_texts(IntentModel.load("retail"), [text], encoder)
    assert pred["label"] in expected, pred


@pytest.mark.parametrize("text, expected", [
    ("my new card still hasn't arrived", "card_arrival"),
    ("I think someone stole my card, please block it", "lost_or_stolen_card"),
    ("how can I change my PIN?", "change_pin"),
    ("what is the exchange rate for euros?", "exchange_rate"),
])
def test_shipped_banking_model_on_unambiguous_examples(encoder, text, expected):
    from convo.understand.intents import predict_texts

    [pred] = predict_texts(IntentModel.load("banking"), [text], encoder)
    assert pred["label"] == expected, pred
