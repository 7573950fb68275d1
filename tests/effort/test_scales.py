"""Survey scales map onto CES 1-7 as documented; bad scales and answers are refused by name."""

from __future__ import annotations

import numpy as np
import pytest

from convo.effort.scales import SCALES, intervals_for, to_ces, to_ces_interval


@pytest.mark.parametrize(
    ("scale", "answers", "ces"),
    [
        ("1-7", [1, 4, 7], [1, 4, 7]),
        ("7-1", [1, 4, 7], [7, 4, 1]),
        ("1-5", [1, 2, 3, 4, 5], [1, 2.5, 4, 5.5, 7]),
        ("5-1", [1, 2, 3, 4, 5], [7, 5.5, 4, 2.5, 1]),
    ],
)
def test_mapping_onto_ces7(scale, answers, ces):
    assert to_ces(answers, scale).tolist() == ces


def test_half_points_become_two_point_intervals():
    low, high = to_ces_interval([1, 2, 3, 4, 5], "1-5")
    assert low.tolist() == [1, 2, 4, 5, 7]
    assert high.tolist() == [1, 3, 4, 6, 7]
    low, high = to_ces_interval([1, 2], "5-1")  # CES 1.0: 1 = very low effort = very easy
    assert (low.tolist(), high.tolist()) == ([7, 5], [7, 6])


def test_mixed_scales_per_row_and_default():
    low, high = intervals_for([7, 1, 5, 3], ["1-7", "7-1", "1-5", None], default="1-5")
    assert low.tolist() == [7, 7, 7, 4] and high.tolist() == [7, 7, 7, 4]


@pytest.mark.parametrize(
    ("values", "scale", "message"),
    [
        ([0], "1-7", "CES answer 0 is outside the 1-7 scale (1-7)"),
        ([6], "1-5", "CES answer 6 is outside the 1-5 scale (1-5)"),
        ([np.nan], "1-7", "outside the 1-7 scale"),
        ([3], "1-10", "unknown scale '1-10', expected one of: " + ", ".join(SCALES)),
    ],
)
def test_bad_answers_and_scales_are_named(values, scale, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        to_ces(values, scale)
