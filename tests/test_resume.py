"""kill -9 in the middle of a run, rerun the same command: same dataset as an uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
N_CALLS = 12


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    calls = sorted((SAMPLES / "calls").glob("*"), key=lambda p: p.stat().st_size)[:3]
    for i in range(N_CALLS):
        source = calls[i % len(calls)]
        shutil.copy(source, folder / f"call-{i:02d}{source.suffix}")
    return folder


def _command(inputs: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "convo.cli", "run", str(inputs), "--out", str(out),
            "--workers", "2", "--beam-size", "1", "--checkpoint-every", "1"]


def _tables(out: Path) -> dict:
    return {name: pq.read_table(out / f"{name}.parquet") for name in ("calls", "utterances", "errors")}


def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path):
    inputs = _inputs(tmp_path)
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert subprocess.run(_command(inputs, whole), capture_output=True).returncode == 0

    proc = subprocess.Popen(_command(inputs, resumed), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while len(list((resumed / "_parts").glob("part-*.parquet"))) < 3:
        assert proc.poll() is None, "run finished before it could be killed"
        assert time.monotonic() < deadline, "no progress journalled"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (resumed / "calls.parquet").exists()

    rerun = subprocess.run(_command(inputs, resumed), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "resuming:" in rerun.stderr

    expected, got = _tables(whole), _tables(resumed)
    assert got["calls"].num_rows == N_CALLS
    assert len(set(got["calls"]["call_id"].to_pylist())) == N_CALLS
    for name in expected:
        assert got[name].equals(expected[name]), name
