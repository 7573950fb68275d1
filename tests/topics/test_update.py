"""Updating: ids never change, new issues get new ids, emergence is flagged on a spike."""

from __future__ import annotations

import shutil

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from convo.topics.data import load_units
from convo.topics.model import TopicModel
from tests.topics.conftest import week1_calls
from tests.topics.topicdata import write_run


@pytest.fixture
def model_dir(fitted_dir, tmp_path):
    dest = tmp_path / "topics"
    shutil.copytree(fitted_dir, dest)
    return dest


def update(model_dir, run, **changes):
    model = TopicModel.load(model_dir)
    if changes:
        from dataclasses import replace

        model.options_ = replace(model.options_, **changes)
    model.update(load_units([run], model.options_))
    model.save(model_dir)
    return model


def topic_of(model, calls, name):
    """The topic id most of ``name``'s calls got."""
    truth = {c["call_id"]: c["topic"] for c in calls}
    a = model.assignments_.to_pydict()
    ids = [t for c, t in zip(a["call_id"], a["topic_id"]) if truth.get(c) == name and t >= 0]
    return max(set(ids), key=ids.count) if ids else None


def test_ids_are_stable_and_a_new_issue_gets_a_new_id(model_dir, tmp_path, week0_calls):
    before = pq.read_table(model_dir / "topics.parquet")
    old_assign = pq.read_table(model_dir / "topic_assignments.parquet")
    calls = week1_calls(spike={"outage": 40})
    model = update(model_dir, write_run(tmp_path / "week1", calls))
    after = pq.read_table(model_dir / "topics.parquet")
    n = before.num_rows
    # every existing topic keeps its id, label, keywords, centroid and examples
    for col in ("topic_id", "label", "keywords", "centroid", "representatives", "created_at"):
        assert after[col].to_pylist()[:n] == before[col].to_pylist(), col
    # week-0 rows are untouched; the same topic names get the same ids in week 1
    assign = pq.read_table(model_dir / "topic_assignments.parquet")
    assert assign.filter(pc.equal(assign["window"], 0)).to_pylist() == old_assign.to_pylist()
    for name in ("parcel", "refund", "password", "invoice", "router"):
        assert topic_of(model, calls, name) == topic_of(model, week0_calls, name)
    # the new issue is one new topic, numbered after the largest id, created in window 1
    new = after.slice(n).to_pylist()
    assert [r["topic_id"] for r in new] == [n]
    assert topic_of(model, calls, "outage") == n and new[0]["created_window"] == 1
    assert {"outage", "app", "crashes", "update", "broken"} & set(new[0]["keywords"][:3])


def test_a_new_issue_is_flagged_emerging(model_dir, tmp_path):
    model = update(model_dir, write_run(tmp_path / "week1", week1_calls(spike={"outage": 40})))
    emerging = model.topics_.filter(model.topics_["emerging"]).to_pylist()
    assert [r["created_window"] for r in emerging] == [1]
    r = emerging[0]
    assert r["previous_window_calls"] == 0 and r["window_calls"] >= 30
    assert model.summary()["emerging"] == [r["topic_id"]]


def test_a_spike_of_an_existing_topic_is_flagged_emerging(model_dir, tmp_path):
    calls = week1_calls(spike={"router": 60})  # router: 30 of 220 calls, then 75 of 170
    model = update(model_dir, write_run(tmp_path / "week1", calls))
    router = topic_of(model, calls, "router")
    flags = dict(zip(model.topics_["topic_id"].to_pylist(), model.topics_["emerging"].to_pylist()))
    assert flags[router] and sum(flags.values()) == 1
    row = model.topics_.filter(pc.equal(model.topics_["topic_id"], router)).to_pylist()[0]
    assert row["share"] >= 2 * row["previous_share"]


def test_emerging_factor_is_configurable(model_dir, tmp_path):
    calls = week1_calls(spike={"router": 60})  # the share rises about 2.7 times
    model = update(model_dir, write_run(tmp_path / "week1", calls), emerging_factor=3.0)
    assert not any(model.topics_["emerging"].to_pylist())


def test_steady_mix_flags_nothing(model_dir, tmp_path):
    model = update(model_dir, write_run(tmp_path / "week1", week1_calls()))
    assert not any(model.topics_["emerging"].to_pylist())
    assert model.topics_.num_rows == 5
    shares = np.array(model.topics_["share"].to_pylist())
    ct = model.call_topics_
    no_topic = ct.filter(pc.and_(pc.equal(ct["window"], 1), pc.less(ct["topic_id"], 0))).num_rows
    assert shares.sum() == pytest.approx(1 - no_topic / 110)


def test_updating_with_the_same_calls_replaces_their_rows(model_dir, tmp_path):
    run = write_run(tmp_path / "week1", week1_calls(spike={"outage": 40}))
    first = update(model_dir, run)
    second = update(model_dir, run)
    assert second.assignments_.num_rows == first.assignments_.num_rows
    assert sorted(second.call_topics_["call_id"].to_pylist()) == sorted(first.call_topics_["call_id"].to_pylist())
    assert set(second.assignments_["window"].to_pylist()) == {0, 2}
    # window 1 is gone (all its calls came again): window 2 is compared with window 0
    assert second.topics_["emerging"].to_pylist() == first.topics_["emerging"].to_pylist()
    assert second.topics_["previous_share"].to_pylist() == first.topics_["previous_share"].to_pylist()
    # the outage topic found in window 1 absorbs the same calls in window 2: no duplicate topic
    assert second.topics_.num_rows == first.topics_.num_rows
    assert sum(second.trends_["volume"].to_pylist()) <= sum(first.trends_["volume"].to_pylist())


def test_saved_model_round_trips(model_dir):
    model = TopicModel.load(model_dir)
    assert model.topics_.equals(pq.read_table(model_dir / "topics.parquet"))
    assert model.options_.min_cluster_size == 10 and model.windows_[0]["window"] == 0
