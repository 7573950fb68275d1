"""The numba kernels equal the plain reference implementation, on random and edge-case data."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from convo.features import compute_features
from convo.features.reference import reference_features
from tests.features.conftest import assert_tables_close


@pytest.mark.parametrize("tables", ["random_tables", "sorted_tables"])
def test_random_calls_equal_the_reference(tables, request):
    calls, utterances, embeddings = request.getfixturevalue(tables)
    assert_tables_close(compute_features(calls, utterances, embeddings),
                        reference_features(calls, utterances, embeddings))


def test_edge_cases_equal_the_reference(edge_tables):
    calls, utterances, embeddings = edge_tables
    assert_tables_close(compute_features(calls, utterances, embeddings),
                        reference_features(calls, utterances, embeddings))


@pytest.mark.parametrize("options", [
    {"silence_threshold_s": 1.5, "interruption_window_s": 0.5},
    {"negative_threshold": 0.2, "repeat_cosine": 0.5, "repeat_min_words": 1},
])
def test_options_equal_the_reference(random_tables, options):
    calls, utterances, embeddings = random_tables
    small = calls.slice(0, 80)
    assert_tables_close(compute_features(small, utterances, embeddings, options=options, negative_labels=["anger"]),
                        reference_features(small, utterances, embeddings, options=options,
                                           negative_labels=["anger"]))


def test_without_optional_inputs_equal_the_reference(random_tables):
    """No embeddings, no emotion scores, sentiment or markers, no ops fields: NaN, not a crash."""
    calls, utterances, _ = random_tables
    bare_utts = utterances.drop_columns(["emotion_scores", "sentiment", "markers"])
    bare_calls = calls.select(["call_id"])
    result = compute_features(bare_calls, bare_utts)
    assert_tables_close(result, reference_features(bare_calls, bare_utts))
    for name in ("neg_share", "sentiment_slope", "apology_count", "time_to_resolution_s", "repetition_score",
                 "contacts_prev_7d", "wait_time_s", "escalated"):
        assert np.isnan(result.column(name).to_numpy()).all(), name
    assert not np.isnan(result.column("n_turns").to_numpy()).any()


def test_order_and_layout_of_the_input_do_not_matter(random_tables):
    """Sorted or shuffled rows, one chunk or many, dictionary-encoded strings: the same features."""
    calls, utterances, embeddings = random_tables
    expected = compute_features(calls, utterances, embeddings)
    in_order = utterances.sort_by([("call_id", "ascending"), ("turn_index", "ascending")])
    chunked = pa.concat_tables([in_order.slice(0, 1000), in_order.slice(1000)])
    encoded = chunked.set_column(chunked.schema.get_field_index("speaker"), "speaker",
                                 chunked.column("speaker").dictionary_encode())
    assert_tables_close(compute_features(calls, encoded, embeddings), expected)
    reversed_calls = calls.take(pa.array(np.arange(calls.num_rows)[::-1]))
    again = compute_features(reversed_calls, utterances, embeddings)
    assert_tables_close(again.take(pa.array(np.arange(calls.num_rows)[::-1])), expected)
