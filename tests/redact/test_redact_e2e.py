"""The demo call in which a card number is read out: the number is in no output of `convo run`."""

from __future__ import annotations

import json
import logging
import re

import pyarrow.parquet as pq
import pytest

from convo.asr.audio import decode_audio
from convo.asr.transcribe import AsrOptions, Transcriber
from convo.pipeline import RunOptions, run
from convo.redact.redactor import RedactOptions
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
CARD_CALL = "demo-005-card-payment"
# What is left of the demo's card number (4111 1111 1111 1111) if any of it leaks, typed or spoken.
DIGIT_RUN = re.compile(r"4111|1111|(?:\b(?:1|one)\b[\s,.-]*){4,}", re.I)


@pytest.fixture(scope="module")
def redacted_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("redacted")
    card = next((SAMPLES / "calls").glob(f"{CARD_CALL}.*"))
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    root = logging.getLogger()
    root.addHandler(handler)
    old_level, root.level = root.level, logging.DEBUG
    try:
        options = RunOptions(redact=RedactOptions(audio_dir=str(out / "audio")), workers=1)
        summary = run([card, SAMPLES / "chats"], out / "run", options=options)
    finally:
        root.removeHandler(handler)
        root.level = old_level
    return out, summary, card, "\n".join(r.getMessage() for r in records)


TEXT_KEYS = {"text", "word", "message", "error_message", "transcript_json", "metadata"}


def _strings(value, key: str | None = None) -> list[str]:
    """Every string under a text-bearing key (ids and checksums are not text)."""
    if isinstance(value, str):
        return [value] if key in TEXT_KEYS else []
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, k if key not in TEXT_KEYS else key)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v, key)]
    return []


def test_no_table_holds_the_card_number(redacted_run):
    out, summary, _, _ = redacted_run
    assert summary.exit_code == 0
    for path in list((out / "run").glob("*.parquet")) + list((out / "run" / "_parts").glob("*.parquet")):
        for text in _strings(pq.read_table(path).to_pylist()):
            assert not DIGIT_RUN.search(text), (path.name, text)
    utterances = pq.read_table(out / "run" / "utterances.parquet").to_pylist()
    card_turns = [u for u in utterances if u["call_id"] == CARD_CALL and u["redactions"]]
    assert card_turns and card_turns[0]["speaker"] == "customer"
    assert card_turns[0]["redactions"][0]["type"] == "CARD_NUMBER"
    assert card_turns[0]["redactions"][0]["start_s"] is not None


def test_run_json_and_logs_hold_no_card_number(redacted_run):
    out, _, _, logs = redacted_run
    run_json = (out / "run" / "run.json").read_text()
    assert not DIGIT_RUN.search(json.dumps(json.loads(run_json)["counts"]))
    assert "1111" not in run_json and "one one one one" not in run_json.lower()
    assert not DIGIT_RUN.search(logs)


def test_redacted_audio_no_longer_says_the_number(redacted_run):
    out, _, card, _ = redacted_run
    copy = out / "audio" / card.name
    original, redacted = decode_audio(card), decode_audio(copy)
    assert redacted.samples.shape == original.samples.shape
    result = Transcriber(AsrOptions()).transcribe_audio("copy", redacted)
    spoken = " ".join(u["text"] for u in result["utterances"] if u["speaker"] == "customer")
    assert "credit card" in spoken  # the rest of the call is still there
    assert not DIGIT_RUN.search(spoken), spoken
