"""Fitting: known blobs are recovered, acknowledgements filtered, tables complete and consistent."""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest
from sklearn.metrics import adjusted_rand_score

from convo.schema import CALL_TOPICS, TOPIC_ASSIGNMENTS, TOPIC_TRENDS, TOPICS
from convo.topics.data import content_tokens, load_units, stop_words
from convo.topics.model import TopicModel
from tests.topics.conftest import WEEK0
from tests.topics.topicdata import ACKS, WORDS, make_calls, write_run


def truth_of(calls):
    return {c["call_id"]: c["topic"] for c in calls}


def test_blobs_are_recovered(fitted_dir, week0_calls):
    a = pq.read_table(fitted_dir / "topic_assignments.parquet").to_pydict()
    truth = truth_of(week0_calls)
    assert adjusted_rand_score([truth[c] for c in a["call_id"]], a["topic_id"]) > 0.95
    topics = pq.read_table(fitted_dir / "topics.parquet")
    assert topics.num_rows == len(WEEK0)
    # numbered by size, largest first: parcel (60) is topic 0
    assert topics["topic_id"].to_pylist() == list(range(len(WEEK0)))
    assert topics["size"].to_pylist() == sorted(topics["size"].to_pylist(), reverse=True)
    assert topics["size"].to_pylist()[0] == WEEK0["parcel"]


def test_keywords_and_examples_name_the_topic(fitted_dir, week0_calls):
    truth = truth_of(week0_calls)
    for row in pq.read_table(fitted_dir / "topics.parquet").to_pylist():
        names = {truth[r["call_id"]] for r in row["representatives"]}
        assert len(names) == 1, row["label"]
        name = names.pop()
        assert set(row["keywords"][:3]) <= set(WORDS[name]) | {f"{a} {b}" for a in WORDS[name] for b in WORDS[name]}
        assert row["label"].split(" / ")[0] in row["keywords"]
        assert 1 <= len(row["representatives"]) <= 5
        texts = [r["text"] for r in row["representatives"]]
        assert len(set(texts)) == len(texts)  # distinct examples


def test_acknowledgements_are_not_clustered(week0_run, fitted_dir, week0_calls):
    units = load_units([week0_run], {"min_cluster_size": 10})
    assert units.n_short == len(week0_calls)  # every "ok thanks" was dropped, nothing else
    assert not set(units.texts) & set(ACKS)
    examples = [r["text"] for row in pq.read_table(fitted_dir / "topics.parquet").to_pylist() for r in row["representatives"]]
    assert not set(examples) & set(ACKS)


@pytest.mark.parametrize("text,n", [("ok thanks", 0), ("yes", 0), ("great, bye!", 0), ("no that's all, thank you", 0),
                                    ("where is my order", 1), ("refund please", 1), ("card [CARD_NUMBER] 1234", 1),
                                    ("my parcel never arrived", 2)])
def test_content_tokens(text, n):
    assert content_tokens(text, stop_words()) == n


def test_tables_follow_the_schemas(fitted_dir, week0_calls):
    for name, schema in (("topics", TOPICS), ("topic_assignments", TOPIC_ASSIGNMENTS), ("call_topics", CALL_TOPICS),
                         ("topic_trends", TOPIC_TRENDS)):
        assert pq.read_schema(fitted_dir / f"{name}.parquet").remove_metadata() == schema.remove_metadata(), name
    calls = pq.read_table(fitted_dir / "call_topics.parquet")
    assert calls.num_rows == len(week0_calls)  # one topic per call here, every call has one
    assert all(calls["primary"].to_pylist())
    a = pq.read_table(fitted_dir / "topic_assignments.parquet")
    assert set(a["assigned_by"].to_pylist()) <= {"cluster", "centroid", "none"}
    p = a["probability"].to_numpy()
    assert ((p >= 0) & (p <= 1)).all()


def test_topic_by_week_effort(fitted_dir, week0_calls):
    trends = pq.read_table(fitted_dir / "topic_trends.parquet").to_pylist()
    truth = truth_of(week0_calls)
    topics = {r["topic_id"]: r for r in pq.read_table(fitted_dir / "topics.parquet").to_pylist()}
    calls = pq.read_table(fitted_dir / "call_topics.parquet").to_pylist()
    by_call = {c["call_id"]: c for c in week0_calls}
    for tid, topic in topics.items():
        mine = [by_call[c["call_id"]] for c in calls if c["topic_id"] == tid]
        rows = [r for r in trends if r["topic_id"] == tid]
        assert sum(r["volume"] for r in rows) == len(mine) == topic["n_calls"]
        assert topic["mean_ces"] == pytest.approx(np.mean([c["ces"] for c in mine]))
        assert topic["high_effort_share"] == pytest.approx(np.mean([c["high_effort_prob"] >= 0.5 for c in mine]))
        for r in rows:  # ISO weeks, Monday starts
            in_week = [c for c in mine if c["started_at"].isocalendar()[:2] == (r["week_start"].isocalendar()[:2])]
            assert r["week"] == f"{r['week_start'].isocalendar()[0]}-W{r['week_start'].isocalendar()[1]:02d}"
            assert r["week_start"].weekday() == 0 and r["volume"] == len(in_week)
            assert r["mean_ces"] == pytest.approx(np.mean([c["ces"] for c in in_week]))
    assert len({truth[c["call_id"]] for c in calls}) == len(topics)


def test_no_effort_columns_give_null_ces(tmp_path):
    calls = make_calls({"parcel": 30, "refund": 30}, seed=5, prefix="ne", ces=False)
    run = write_run(tmp_path / "run", calls, effort=False)
    model = TopicModel({"min_cluster_size": 10}).fit(load_units([run]))
    assert model.topics_["mean_ces"].null_count == model.topics_.num_rows
    assert model.trends_["mean_ces"].null_count == model.trends_.num_rows
    assert model.trends_["high_effort_share"].null_count == model.trends_.num_rows


def test_call_unit_clusters_one_vector_per_call(week0_run, week0_calls):
    options = {"unit": "call", "min_cluster_size": 10}
    model = TopicModel(options).fit(load_units([week0_run], options))
    a = model.assignments_.to_pydict()
    assert a["utterance_id"] == [None] * len(week0_calls)
    assert len(set(a["call_id"])) == len(week0_calls)
    truth = truth_of(week0_calls)
    assert adjusted_rand_score([truth[c] for c in a["call_id"]], a["topic_id"]) > 0.95
    for row in model.topics_.to_pylist():  # examples are still utterances
        assert all(r["utterance_id"].startswith(r["call_id"] + "#") for r in row["representatives"])


def test_fit_is_seeded(week0_run, fitted_dir):
    again = TopicModel({"min_cluster_size": 10}).fit(load_units([week0_run], {"min_cluster_size": 10}))
    before = pq.read_table(fitted_dir / "topic_assignments.parquet")
    assert again.assignments_["topic_id"].to_pylist() == before["topic_id"].to_pylist()
    assert again.topics_["label"].to_pylist() == pq.read_table(fitted_dir / "topics.parquet")["label"].to_pylist()


def test_background_noise_is_left_out(tmp_path):
    """Points that belong to no topic stay without one (-1), and the share left is reported."""
    rng = np.random.default_rng(3)
    calls = make_calls({"parcel": 40, "refund": 40}, seed=3, prefix="bg")
    noise = make_calls({"invoice": 20}, seed=4, prefix="nz")
    for c in noise:  # random directions: no topic
        c["topic"] = "noise"
        v = rng.normal(size=384).astype(np.float32)
        c["turns"][0] = ("customer", c["turns"][0][1], v / np.linalg.norm(v))
    run = write_run(tmp_path / "run", calls + noise)
    model = TopicModel({"min_cluster_size": 10}).fit(load_units([run]))
    a = model.assignments_.to_pydict()
    left = {c for c, t in zip(a["call_id"], a["topic_id"]) if t < 0}
    assert left == {c["call_id"] for c in noise}
    assert model.summary()["outlier_share"] == pytest.approx(20 / 100)
    assert model.topics_.num_rows == 2


def test_sampling_path_finds_topics_missed_by_the_sample(tmp_path):
    """max_fit_points below the data size: hdbscan sees a sample, the rest is assigned, and a
    second pass clusters what stays unassigned (a topic too small to show in the sample)."""
    calls = make_calls({"parcel": 400, "refund": 400, "password": 45}, seed=8, prefix="big")
    run = write_run(tmp_path / "run", calls)
    options = {"min_cluster_size": 30, "max_fit_points": 300}
    model = TopicModel(options).fit(load_units([run], options))
    a = model.assignments_.to_pydict()
    truth = truth_of(calls)
    assert model.topics_.num_rows == 3
    assert adjusted_rand_score([truth[c] for c in a["call_id"]], a["topic_id"]) > 0.9
    by = np.array(a["assigned_by"])
    assert (by == "cluster").sum() <= 300 + 45 and (by == "centroid").sum() > 400
    assert (by == "none").mean() < 0.05
    small = [r for r in model.topics_.to_pylist() if truth[r["representatives"][0]["call_id"]] == "password"]
    assert small and small[0]["size"] >= 30
