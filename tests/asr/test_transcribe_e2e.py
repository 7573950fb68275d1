"""End to end on the committed demo calls with tiny.en on CPU: words, roles, times, ops join."""

from __future__ import annotations

import re

import jiwer
import pyarrow.parquet as pq
import pytest

from convo.asr.transcribe import AsrOptions
from convo.pipeline import RunOptions, run
from convo.redact.redactor import RedactOptions
from convo.schema import CALLS, UTTERANCES
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


DIGITS = "zero one two three four five six seven eight nine".split()


def _norm(text: str) -> str:
    """Lower case, no punctuation, digits spelled one by one ("4111" = "four one one one"):
    Whisper writes a spoken card number either way, and the format is not a recognition error."""
    text = re.sub(r"\d", lambda m: f" {DIGITS[int(m.group())]} ", text.lower())
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]", " ", text)).strip()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    # Redaction off: this module checks recognition against the scripts, card number included
    # (tests/redact/test_redact_e2e.py checks the default, redacted run).
    options = RunOptions(asr=AsrOptions(model="tiny.en"), redact=RedactOptions(enabled=False), workers=1)
    summary = run([SAMPLES / "calls", SAMPLES / "chats"], out, ops=SAMPLES / "ops.csv", options=options)
    calls = pq.read_table(out / "calls.parquet")
    utterances = pq.read_table(out / "utterances.parquet")
    return summary, calls, utterances


def test_every_call_succeeds_and_matches_the_schema(demo_run):
    summary, calls, utterances = demo_run
    assert summary.exit_code == 0 and summary.accounted
    assert calls.num_rows == 11
    assert calls.schema.equals(CALLS, check_metadata=False)
    assert utterances.schema.equals(UTTERANCES, check_metadata=False)


def _channel_text(utterances, call_id: str, speaker: str) -> str:
    rows = [u for u in utterances if u["call_id"] == call_id and u["speaker"] == speaker]
    return _norm(" ".join(u["text"] for u in sorted(rows, key=lambda u: u["start_s"])))


def test_recognised_words_match_the_scripts_per_speaker(demo_run, demo_calls):
    _, _, utterances = demo_run
    rows = utterances.to_pylist()
    refs, hyps = [], []
    for call in demo_calls:
        for speaker in ("agent", "customer"):
            ref = _norm(" ".join(t["text"] for t in call["turns"] if t["speaker"] == speaker))
            hyp = _channel_text(rows, call["call_id"], speaker)
            assert jiwer.wer(ref, hyp) < 0.5, (call["call_id"], speaker, hyp)
            refs.append(ref)
            hyps.append(hyp)
    assert jiwer.wer(refs, hyps) < 0.15  # tiny.en on synthetic 8 kHz speech


def test_utterances_sit_where_the_script_put_them(demo_run, demo_calls):
    _, _, utterances = demo_run
    rows = utterances.to_pylist()
    for call in demo_calls:
        for u in (r for r in rows if r["call_id"] == call["call_id"]):
            turns = [t for t in call["turns"] if t["start_s"] - 1.0 <= u["start_s"] <= t["end_s"]]
            assert any(t["speaker"] == u["speaker"] for t in turns), (call["call_id"], u["text"], u["start_s"])
            assert u["channel_index"] == (0 if u["speaker"] == "agent" else 1)


def test_no_text_during_hold_music(demo_run, demo_calls):
    _, _, utterances = demo_run
    rows = utterances.to_pylist()
    for call in demo_calls:
        for start, end in call["hold_segments"]:
            inside = [u["text"] for u in rows if u["call_id"] == call["call_id"] and u["start_s"] < end - 0.5 and u["end_s"] > start + 0.5]
            assert inside == []


def test_ops_data_is_joined(demo_run):
    _, calls, _ = demo_run
    by_id = {c["call_id"]: c for c in calls.to_pylist()}
    transfer = by_id["demo-002-transfer-hold-music"]
    assert transfer["transfer_count"] == 1 and transfer["hold_count"] == 1
    assert dict(transfer["metadata"])["region"]
    assert by_id["demo-003-repeat-caller"]["customer_id"] == by_id["demo-007-cancellation"]["customer_id"]
    assert all(c["channel"] == ("chat" if c["source_kind"] == "transcript" else "voice") for c in by_id.values())
    assert all(c["started_at"] is not None for c in by_id.values())
