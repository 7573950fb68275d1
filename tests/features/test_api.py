"""The public contract: schema, feature definitions, argument checks, lightness of the import."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
import pytest

from convo.errors import ConvoError
from convo.features import FEATURE_COLUMNS, FEATURE_INFO, FEATURES, FeatureOptions, compute_features
from convo.features.info import CALL_FEATURES, JOURNEY_FEATURES


def test_schema_and_definitions_cover_every_feature():
    assert FEATURES.names == ["call_id", *FEATURE_COLUMNS]
    assert all(FEATURES.field(name).type == pa.float64() for name in FEATURE_COLUMNS)
    for name, info in FEATURE_INFO.items():
        assert info["kind"] in ("do", "feel") and info["unit"] and len(info["description"]) > 10, name


def test_kernel_columns_match_the_definitions():
    from convo.features import _kernels

    assert _kernels.CALL_COLUMNS == CALL_FEATURES
    assert _kernels.JOURNEY_COLUMNS == JOURNEY_FEATURES


def test_result_rows_follow_calls_and_echo_options(edge_tables):
    calls, utterances, _ = edge_tables
    result = compute_features(calls, utterances, options={"silence_threshold_s": 3.0})
    assert result.schema.equals(FEATURES)  # metadata aside
    assert result.column("call_id").to_pylist() == calls.column("call_id").to_pylist()
    echoed = json.loads(result.schema.metadata[b"convo.features.options"])
    assert echoed["silence_threshold_s"] == 3.0 and echoed["device"] == "cpu" and echoed["negative_labels"]


def test_no_calls_gives_an_empty_table(edge_tables):
    _, utterances, _ = edge_tables
    result = compute_features(pa.table({"call_id": pa.array([], pa.string())}), utterances)
    assert result.num_rows == 0 and result.schema.equals(FEATURES)


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"device": "tpu"}, ValueError, "Invalid device 'tpu', expected one of: cpu, cuda, auto"),
    ({"options": {"silence_s": 1}}, ValueError, "unknown feature options ['silence_s']"),
    ({"options": {"silence_threshold_s": -1}}, ValueError, "silence_threshold_s must be >= 0, got -1"),
    ({"options": {"repeat_cosine": 2}}, ValueError, "repeat_cosine must be in [-1, 1], got 2"),
    ({"options": 3}, ValueError, "options must be FeatureOptions, a dict or None, got int"),
])
def test_bad_arguments(edge_tables, kwargs, error, message):
    calls, utterances, _ = edge_tables
    with pytest.raises(error) as info:
        compute_features(calls, utterances, **kwargs)
    assert message in str(info.value)


def test_bad_tables(edge_tables):
    calls, utterances, embeddings = edge_tables
    with pytest.raises(ValueError, match=r"utterances lacks columns \['start_s'\]"):
        compute_features(calls, utterances.drop_columns(["start_s"]))
    with pytest.raises(ValueError, match="calls needs a 'call_id' column"):
        compute_features(calls.drop_columns(["call_id"]), utterances)
    with pytest.raises(ValueError, match="must be unique"):
        compute_features(pa.concat_tables([calls, calls]), utterances)
    with pytest.raises(ValueError, match="embeddings needs columns 'utterance_id' and 'vector'"):
        compute_features(calls, utterances, embeddings.drop_columns(["vector"]))


def test_cuda_without_a_gpu_is_a_clear_error(edge_tables):
    from numba import cuda

    if cuda.is_available():
        pytest.skip("a CUDA device (or the simulator) is present")
    calls, utterances, _ = edge_tables
    with pytest.raises(ConvoError, match="no CUDA GPU"):
        compute_features(calls, utterances, device="cuda")
    assert compute_features(calls, utterances, device="auto").num_rows == calls.num_rows


def test_options_accept_an_instance():
    options = FeatureOptions(repeat_cosine=0.8)
    assert FeatureOptions.coerce(options) is options


def test_import_does_not_load_numba():
    code = "import sys, convo, convo.features; print('numba' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
