"""Evidence ids agree with the features they explain."""

from __future__ import annotations

import numpy as np
import pytest

from convo.features import compute_features, evidence
from tests.features.conftest import row

COUNTED = ("apology_count", "hold_announcement_count", "transfer_announcement_count", "customer_repeat_count",
           "manager_request_count", "silence_count", "interruptions_by_agent", "interruptions_by_customer")


def test_hand_made_calls(edge_tables):
    calls, utterances, embeddings = edge_tables
    ev = evidence(calls, utterances, embeddings, negative_labels=["anger"])
    assert ev["gap"]["silence_count"] == ["gap#0002"]
    assert ev["gap"]["silence_max_s"] == ["gap#0001", "gap#0002"]
    assert ev["gap"]["apology_count"] == ["gap#0002"] and ev["gap"]["time_to_resolution_s"] == ["gap#0002"]
    assert ev["overlap"]["interruptions_by_customer"] == ["overlap#0001"]
    assert ev["overlap"]["overtalk_s"] == ["overlap#0001", "overlap#0002"]
    assert ev["overlap"]["neg_peak"] == ["overlap#0004"] and ev["overlap"]["neg_end"] == ["overlap#0005"]
    assert ev["repeat"]["repetition_score"] == ["repeat#0002"]
    assert ev["repeat"]["repetition_max_cosine"] == ["repeat#0000", "repeat#0002"]
    assert ev["notimes"]["manager_request_count"] == ["notimes#0000"] and "silence_count" not in ev["notimes"]
    assert ev["empty"] == {}


def test_counts_match_the_features(random_tables):
    calls, utterances, embeddings = random_tables
    features = compute_features(calls, utterances, embeddings)
    ids = calls.column("call_id").to_pylist()[:60]
    ev = evidence(calls, utterances, embeddings, call_ids=ids)
    assert list(ev) == ids
    for call_id in ids:
        f = row(features, call_id)
        for name in COUNTED:
            expected = 0 if np.isnan(f[name]) else int(f[name])
            assert len(ev[call_id].get(name, [])) == expected, (call_id, name)
        share = f["neg_share"] * f["n_customer_utterances"]
        if not np.isnan(share):
            assert len(ev[call_id].get("neg_share", [])) <= round(share)


def test_unknown_call_ids_are_refused(edge_tables):
    calls, utterances, _ = edge_tables
    with pytest.raises(ValueError, match="call_ids not in calls"):
        evidence(calls, utterances, call_ids=["nope"])
