"""Arrow -> flat arrays: slices, nulls and the other layouts Arrow allows."""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa

from convo.features import _prepare as P
from convo.features._kernels import MARKER_BITS


def test_label_sums_handle_slices_nulls_and_shared_labels():
    scores = pa.array([{"x": 9.0}, {"anger": 0.5, "confusion": 0.25, "calm": 0.25}, None, {}, {"anger": None},
                       {"anger": 0.1, "anxiety": 0.2}], pa.map_(pa.string(), pa.float32()))[1:]
    neg, conf = P.label_sums(scores, ["anger", "anxiety", "confusion"], ["confusion"])
    assert neg[0] == 0.75 and conf[0] == 0.25
    assert math.isnan(neg[1]) and math.isnan(conf[1])  # null map
    assert (neg[2], neg[3], conf[4]) == (0.0, 0.0, 0.0)  # empty map, null value, label absent
    assert neg[4] == np.float64(np.float32(0.1)) + np.float64(np.float32(0.2))


def test_marker_masks_ignore_values_under_null_lists():
    values = pa.array(["apology", "greeting", "hold_announcement", "apology", "resolution_confirmation"])
    markers = pa.ListArray.from_arrays(pa.array([0, 2, 3, 5], pa.int32()), values,
                                       mask=pa.array([False, True, False]))
    masks = P.marker_masks(markers, MARKER_BITS)
    assert masks.tolist() == [1 << MARKER_BITS["apology"], 0,
                              (1 << MARKER_BITS["apology"]) | (1 << MARKER_BITS["resolution_confirmation"])]
    assert P.marker_masks(markers[1:], MARKER_BITS).tolist() == masks.tolist()[1:]


def test_word_counts_of_slices_nulls_and_large_strings():
    text = pa.array(["skip me", "  two  words ", None, "", "tab\tand\nnewline", "één woord"])[1:]
    expected = [2, 0, 0, 3, 2]
    assert P.word_counts(text).tolist() == expected
    assert P.word_counts(text.cast(pa.large_string())).tolist() == expected


def test_sort_order_keeps_sorted_input_and_sorts_the_rest():
    call_pos = np.array([0, 0, 1, 1, 1])
    start = np.array([0.0, 1.0, 5.0, np.nan, 2.0])  # call 1 lacks a time: turn order
    end = start + 1
    turn = np.array([0, 1, 2, 0, 1], dtype=np.int32)
    order, offsets = P.sort_order(call_pos, start, end, turn, 3)
    assert order.tolist() == [0, 1, 3, 4, 2] and offsets.tolist() == [0, 2, 5, 5]
    order, _ = P.sort_order(call_pos[:2], start[:2], end[:2], turn[:2], 1)
    assert order is None
