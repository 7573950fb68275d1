"""Hand-computed features of small constructed calls (see tests/features/cases.py)."""

from __future__ import annotations

import math

import pytest

from convo.features import compute_features
from tests.features.conftest import row


@pytest.fixture(scope="module")
def features(edge_tables):
    calls, utterances, embeddings = edge_tables
    return compute_features(calls, utterances, embeddings, negative_labels=["anger"])


def test_three_utterances_with_a_six_second_gap(features):
    f = row(features, "gap")
    assert f["silence_count"] == 1 and f["silence_total_s"] == 6.0 and f["silence_max_s"] == 6.0
    assert (f["agent_talk_s"], f["customer_talk_s"]) == (4.0, 5.0)
    assert f["customer_talk_ratio"] == pytest.approx(5 / 9)
    assert (f["n_utterances"], f["n_turns"], f["mean_turn_s"], f["speech_span_s"]) == (3, 3, 3.0, 16.0)
    assert (f["speech_rate_agent"], f["speech_rate_customer"]) == (2.5, 1.0)  # 10 words / 4 s, 5 words / 5 s
    assert (f["apology_count"], f["customer_repeat_count"], f["hold_announcement_count"]) == (1, 1, 0)
    assert f["time_to_resolution_s"] == 14.0
    assert (f["overtalk_s"], f["interruptions_by_agent"], f["interruptions_by_customer"]) == (0.0, 0, 0)
    assert (f["neg_change"], f["neg_slope"], f["neg_share"]) == (0.0, 0.0, 0.0)  # one customer utterance
    assert (f["repetition_score"], math.isnan(f["repetition_max_cosine"])) == (0.0, True)


def test_overlapping_turns(features):
    f = row(features, "overlap")
    # customer [8, 12] over agent [0, 10] (2 s), agent backchannel [11, 11.5] over the customer (0.5 s)
    assert f["overtalk_s"] == pytest.approx(2.5)
    # the customer took the floor (the agent stopped 2 s later); the backchannel did not
    assert (f["interruptions_by_customer"], f["interruptions_by_agent"]) == (1, 0)
    assert (f["n_turns"], f["mean_turn_s"]) == (4, pytest.approx(17.5 / 4))
    assert (f["silence_max_s"], f["silence_count"]) == (2.0, 0)
    assert f["customer_talk_ratio"] == pytest.approx(7 / 17.5)
    # customer negativity 0.1, 0.2, 0.9, 0.8 (float32)
    assert f["neg_share"] == 0.5 and f["neg_peak"] == pytest.approx(0.9)
    assert f["neg_change"] == pytest.approx(0.7) and f["neg_end"] == pytest.approx(0.8)
    assert f["neg_slope"] == pytest.approx(0.84, abs=1e-6)


def test_one_utterance_and_empty_calls(features):
    one = row(features, "one")
    assert (one["n_turns"], one["customer_talk_ratio"], one["silence_max_s"], one["mean_turn_s"]) == (1, 1.0, 0.0, 3.0)
    assert math.isnan(one["speech_rate_agent"]) and one["neg_share"] == 1.0 and one["neg_slope"] == 0.0
    empty = row(features, "empty")
    assert (empty["n_utterances"], empty["n_turns"], empty["apology_count"]) == (0, 0, 0)
    assert all(math.isnan(empty[k]) for k in ("agent_talk_s", "silence_count", "neg_share", "sentiment_mean"))


def test_calls_without_times_keep_their_counts(features):
    f = row(features, "notimes")
    assert all(math.isnan(f[k]) for k in ("agent_talk_s", "silence_count", "overtalk_s", "time_to_resolution_s"))
    assert (f["n_turns"], f["manager_request_count"], f["hold_announcement_count"]) == (2, 1, 1)
    assert f["transfer_announcement_count"] == 1 and f["neg_share"] == 1.0
    partial = row(features, "partial")  # one missing end_s makes the whole call untimed
    assert math.isnan(partial["agent_talk_s"]) and partial["n_utterances"] == 2


def test_unknown_speaker_reversed_times_and_turn_order(features):
    f = row(features, "odd")
    assert (f["n_turns"], f["agent_talk_s"], f["customer_talk_ratio"], f["silence_max_s"]) == (2, 2.0, 0.0, 3.0)
    assert f["speech_rate_agent"] == 1.5  # 3 words + a null text, 2 s
    assert math.isnan(f["neg_share"]) and math.isnan(f["speech_rate_customer"])


def test_repetition(features, edge_tables):
    f = row(features, "repeat")
    # two eligible customer utterances with cosine 0.98; "yes" is too short to count
    assert f["repetition_score"] == 0.5 and f["repetition_max_cosine"] == pytest.approx(0.98, abs=1e-6)
    calls, utterances, _ = edge_tables
    assert math.isnan(row(compute_features(calls, utterances), "repeat")["repetition_score"])


def test_journeys(features):
    expected = {  # contacts_prev_7d, contacts_prev_30d, channel_hops_7d, days_since_prev_contact
        "gap": (0, 0, 0, None), "overlap": (1, 1, 0, 3.0), "one": (1, 1, 1, 3.0), "notimes": (2, 3, 1, 7.0),
        "partial": (0, 1, 0, 30.0), "empty": (0, 0, 0, None), "j1": (0, 0, 0, None), "j2": (1, 1, 1, 2.0),
        "j4": (1, 1, 1, 2.0), "j5": (1, 1, 0, 1.0), "j6": (0, 0, 0, None),
    }
    for call_id, (week, month, hops, since) in expected.items():
        f = row(features, call_id)
        got = (f["contacts_prev_7d"], f["contacts_prev_30d"], f["channel_hops_7d"])
        assert got == (week, month, hops), call_id
        assert (math.isnan(f["days_since_prev_contact"]) if since is None
                else f["days_since_prev_contact"] == since), call_id
    for call_id in ("odd", "repeat", "j3"):  # no started_at, no customer_id, no started_at
        assert math.isnan(row(features, call_id)["contacts_prev_30d"]), call_id


def test_operational_fields(features):
    gap, one, overlap = row(features, "gap"), row(features, "one"), row(features, "overlap")
    assert (gap["wait_time_s"], gap["transfer_count"], gap["escalated"]) == (30.0, 1.0, 1.0)
    assert math.isnan(one["transfer_count"]) and math.isnan(one["escalated"]) and overlap["escalated"] == 0.0
    assert math.isnan(gap["hold_time_s"])  # column absent
