"""The understand stage inside `convo run`: every column written, embeddings stored, roles assigned."""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest

from convo import schema
from convo.pipeline import RunOptions, run
from convo.understand.stage import UnderstandOptions, emotion_summary
from tests.conftest import SAMPLES, chat


@pytest.fixture(scope="module")
def chats_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    summary = run([SAMPLES / "chats"], out, options=RunOptions(workers=1))
    assert summary.exit_code == 0
    return out


def test_utterances_get_every_understanding_column(chats_run):
    utterances = pq.read_table(chats_run / "utterances.parquet")
    assert utterances.schema.equals(schema.UTTERANCES, check_metadata=False)
    for row in utterances.to_pylist():
        assert row["role_source"] == "transcript" and row["speaker"] in ("agent", "customer")
        assert row["intent"] and 0.0 <= row["intent_score"] <= 1.0
        assert row["emotion"] in dict(row["emotion_scores"])
        assert abs(sum(dict(row["emotion_scores"]).values()) - 1.0) < 0.01
        assert -1.0 <= row["sentiment"] <= 1.0
        assert isinstance(row["markers"], list)


def test_calls_get_reasons_with_evidence_and_an_emotion_summary(chats_run):
    calls = {c["call_id"]: c for c in pq.read_table(chats_run / "calls.parquet").to_pylist()}
    utterance_ids = set(pq.read_table(chats_run / "utterances.parquet")["utterance_id"].to_pylist())
    assert len(calls) == 3
    for call in calls.values():
        assert call["intent_model"] == "retail"
        assert call["primary_intent"] in {r["label"] for r in call["intents"]}
        for reason in call["intents"]:
            assert set(reason["evidence"]) <= utterance_ids and reason["score"] >= 0.4
        assert 0.0 <= call["customer_negative_share"] <= 1.0
        assert -1.0 <= call["customer_sentiment"] <= 1.0
    # the sample chats are about a late order, a refund and a locked account: the reason the
    # customer opens with is the primary one
    primary = {cid: c["primary_intent"] for cid, c in calls.items()}
    assert primary["chat-001-order-not-arrived"] in {"track_order", "delivery_period"}
    assert primary["chat-002-refund-question"] in {"get_refund", "track_refund", "check_refund_policy"}
    assert primary["chat-003-account-locked"] in {"recover_password", "technical_problem"}


def test_embeddings_table_has_one_unit_vector_per_utterance(chats_run):
    embeddings = pq.read_table(chats_run / "embeddings.parquet")
    utterances = pq.read_table(chats_run / "utterances.parquet")
    assert embeddings.schema.equals(schema.EMBEDDINGS, check_metadata=False)
    assert embeddings.num_rows == utterances.num_rows
    vectors = np.asarray(embeddings["vector"].to_pylist(), dtype=np.float32)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_unnamed_speakers_get_roles_from_the_classifier(tmp_path, write_json):
    turns = [("A", "Thank you for calling Acme support, my name is Dana, how can I help you today?"),
             ("B", "Hi, I ordered a laptop two weeks ago and it still hasn't arrived."),
             ("A", "I'm sorry to hear that. Can I have your order number please?"),
             ("B", "Sure, it's [ORDER_ID]. I really need it for work."),
             ("A", "Thanks. I can see it was delayed at the depot; it will be delivered tomorrow.")]
    write_json("in/ab.json", chat("ab", turns))
    run([tmp_path / "in"], tmp_path / "out", options=RunOptions(workers=1))
    rows = pq.read_table(tmp_path / "out" / "utterances.parquet").to_pylist()
    assert [r["speaker_label"] for r in rows] == ["a", "b", "a", "b", "a"]
    assert [r["speaker"] for r in rows] == ["agent", "customer", "agent", "customer", "agent"]
    assert {r["role_source"] for r in rows} == {"classifier"}


def test_no_understand_leaves_the_columns_empty(tmp_path, write_json):
    write_json("in/c.json", chat("c"))
    run([tmp_path / "in"], tmp_path / "out", options=RunOptions(workers=1, understand=UnderstandOptions(enabled=False)))
    row = pq.read_table(tmp_path / "out" / "utterances.parquet").to_pylist()[0]
    assert row["intent"] is None and row["emotion"] is None
    assert pq.read_table(tmp_path / "out" / "embeddings.parquet").num_rows == 0


def test_missing_intent_model_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="intents/nope"):
        UnderstandOptions(intent_model="nope").check()


def test_emotion_summary_trend_and_share():
    labels, negative = ["anger", "neutral", "gratitude"], ["anger"]
    scores = np.array([[0.1, 0.8, 0.1], [0.2, 0.7, 0.1], [0.9, 0.1, 0.0], [0.8, 0.1, 0.1]])
    out = emotion_summary(scores, np.array([0.0, 0.0, -0.8, -0.7]), labels, negative, [True] * 4)
    assert out["customer_negative_share"] == 0.5
    assert out["customer_peak_negativity"] == pytest.approx(0.9)
    assert out["customer_negativity_change"] == pytest.approx(0.8 - 0.1)
    assert out["dominant_customer_emotion"] == "anger"
    assert emotion_summary(scores, np.zeros(4), labels, negative, [False] * 4)["customer_sentiment"] is None
