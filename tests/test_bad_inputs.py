"""A directory mixing good inputs with a dozen kinds of broken ones: every input is accounted for."""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from convo.asr.transcribe import AsrOptions
from convo.pipeline import EXIT_PARTIAL, RunOptions, run
from tests.conftest import chat

pytestmark = pytest.mark.slow


def _tone_wav(path: Path, seconds: float, rate: int = 8000) -> None:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.2 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def _write(folder: Path) -> None:
    """Good inputs first, then one file per kind of breakage (see EXPECTED)."""
    (folder / "chats").mkdir(parents=True)
    (folder / "chats" / "good-1.json").write_text(json.dumps(chat("good-1")))
    (folder / "chats" / "good-2.json").write_text(json.dumps(chat("good-2")))
    lines = [json.dumps(chat("line-1")), "", "{oops", json.dumps(chat("line-4"))]
    (folder / "chats" / "batch.jsonl").write_text("\n".join(lines) + "\n")
    _tone_wav(folder / "tone.wav", 3.0)
    (folder / "empty.wav").write_bytes(b"")
    (folder / "garbage.wav").write_bytes(os.urandom(4000))
    _tone_wav(folder / "truncated.wav", 10.0)
    data = (folder / "truncated.wav").read_bytes()
    (folder / "truncated.wav").write_bytes(data[: len(data) // 4])
    _tone_wav(folder / "header-only.wav", 1.0)
    (folder / "header-only.wav").write_bytes((folder / "header-only.wav").read_bytes()[:44])
    (folder / "text.mp3").write_text("this is not an mp3 file at all " * 20)
    (folder / "picture.m4a").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    (folder / "notes.txt").write_text("call notes")
    (folder / "malformed.json").write_text('{"call_id": "m", "turns": [')
    (folder / "no-turns.json").write_text(json.dumps({"call_id": "no-turns", "turns": []}))
    reversed_times = chat("reversed")
    reversed_times["turns"][1].update(start_s=9.0, end_s=3.0)
    (folder / "reversed.json").write_text(json.dumps(reversed_times))
    negative = chat("negative")
    negative["turns"][0]["start_s"] = -1.0
    (folder / "negative.json").write_text(json.dumps(negative))
    (folder / "unknown-format.json").write_text(json.dumps({"hello": "world"}))
    (folder / "duplicate.json").write_text(json.dumps(chat("good-1")))
    (folder / "bad-ops.json").write_text(json.dumps(chat("bad-ops", wait_time_s=-5)))
    (folder / "dangling.wav").symlink_to(folder / "does-not-exist.wav")


# file name -> (stage, substring of the message)
EXPECTED = {
    "batch.jsonl:3": ("ingest", "malformed JSON"),
    "empty.wav": ("ingest", "empty file"),
    "garbage.wav": ("decode", "not a readable audio file"),
    "truncated.wav": ("decode", "truncated"),
    "header-only.wav": ("decode", "no samples"),
    "text.mp3": ("decode", "not a readable audio file"),
    "picture.m4a": ("decode", "no audio stream"),
    "notes.txt": ("ingest", "unsupported file type '.txt'"),
    "malformed.json": ("ingest", "malformed JSON"),
    "no-turns.json": ("ingest", "has no turns"),
    "reversed.json": ("ingest", "ends before it starts"),
    "negative.json": ("ingest", "is negative"),
    "unknown-format.json": ("ingest", "unrecognised JSON"),
    "duplicate.json": ("ingest", "duplicate call_id 'good-1'"),
    "bad-ops.json": ("ops", "wait_time_s=-5"),
    "dangling.wav": ("ingest", "no such file"),
}
GOOD = {"good-1", "good-2", "line-1", "line-4", "tone"}


def test_every_input_is_a_call_row_or_an_error_row(tmp_path):
    folder = tmp_path / "inputs"
    _write(folder)
    options = RunOptions(asr=AsrOptions(beam_size=1), workers=1)
    summary = run([folder], tmp_path / "out", options=options)
    assert summary.exit_code == EXIT_PARTIAL
    assert summary.n_inputs == len(GOOD) + len(EXPECTED)
    assert summary.accounted

    calls = pq.read_table(tmp_path / "out" / "calls.parquet")
    assert set(calls["call_id"].to_pylist()) == GOOD
    errors = {Path(e["input_path"]).name: e for e in pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()}
    assert set(errors) == set(EXPECTED)
    for name, (stage, message) in EXPECTED.items():
        assert errors[name]["stage"] == stage, (name, errors[name])
        assert message in errors[name]["message"], (name, errors[name]["message"])
    tone = next(c for c in calls.to_pylist() if c["call_id"] == "tone")
    assert tone["n_utterances"] == 0 and tone["duration_s"] == pytest.approx(3.0, abs=0.05)
