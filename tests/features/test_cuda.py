"""The CUDA kernels give the CPU kernels' results: under the simulator here, on a GPU when present.

numba reads NUMBA_ENABLE_CUDASIM once, when it is first imported, so the simulator runs in a
subprocess with the variable set. The PTX check lowers the real CUDA kernels for sm_90 without a
GPU (numba only asks the device for its compute capability, which the check stands in for).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

COMPARE = """
import numpy as np
from convo.features import compute_features
from convo.features.synthetic import synthetic_run
from tests.features.cases import edge_case_tables
for calls, utts, emb in (edge_case_tables(), synthetic_run(40, seed=3, with_embeddings=True, shuffle=True,
                                                           mean_utterances=10)):
    gpu = compute_features(calls, utts, emb, device="cuda")
    cpu = compute_features(calls, utts, emb, device="cpu")
    assert b'"device": "cuda"' in gpu.schema.metadata[b"convo.features.options"]
    for name in cpu.column_names[1:]:
        a, b = gpu.column(name).to_numpy(), cpu.column(name).to_numpy()
        assert np.allclose(a, b, rtol=1e-12, atol=1e-12, equal_nan=True), name
print("same")
"""

PTX = """
import types
import numba.cuda.dispatcher as dispatcher
dispatcher.get_current_device = lambda: types.SimpleNamespace(compute_capability=(9, 0))
from numba import cuda, types as T
from convo.features import _kernels_cuda as KC
f64, i64, out = T.float64[::1], T.int64[::1], T.float64[:, ::1]
sig = (i64, f64, f64, T.int8[::1], T.int32[::1], T.int32[::1], f64, T.float32[::1], f64, T.float32[:, ::1], i64,
       T.boolean, T.float64, T.float64, T.float64, T.float64, T.int64, out)
assert ".entry" in cuda.compile_ptx(KC._call_features_kernel.py_func, sig, cc=(9, 0))[0]
assert ".entry" in cuda.compile_ptx(KC._journey_kernel.py_func, (i64, i64, i64, T.int64, T.int64, out), cc=(9, 0))[0]
print("ptx")
"""


def _run(code: str, **env: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_cuda_kernels_equal_cpu_kernels_under_the_simulator():
    assert "same" in _run(COMPARE, NUMBA_ENABLE_CUDASIM="1")


def test_cuda_kernels_lower_to_ptx():
    from numba.cuda.cudadrv import nvvm

    if not nvvm.is_available():
        pytest.skip("libNVVM is not installed")
    assert "ptx" in _run(PTX, NUMBA_ENABLE_CUDASIM="0")


@pytest.mark.gpu
def test_cuda_kernels_equal_cpu_kernels_on_a_gpu():
    from numba import cuda

    if os.environ.get("NUMBA_ENABLE_CUDASIM") == "1" or not cuda.is_available():
        pytest.skip("no CUDA device")
    assert "same" in _run(COMPARE)
