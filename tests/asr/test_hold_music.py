"""Hallucination guard: 60 s of hold music and 30 s of silence produce no invented text."""

from __future__ import annotations

import json

import pytest

from convo.asr.audio import decode_audio
from convo.asr.transcribe import AsrOptions, Transcriber
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
SPEC = json.loads((FIXTURES / "audio" / "hold_music_call.json").read_text())


def test_hold_music_and_silence_yield_no_text():
    audio = decode_audio(FIXTURES / "audio" / SPEC["file"])
    result = Transcriber(AsrOptions(model="tiny.en")).transcribe_audio("hold", audio)
    utterances = result["utterances"]
    music_start, silence_end = SPEC["music"][0], SPEC["silence"][1]
    inside = [u for u in utterances if u["end_s"] > music_start + 0.5 and u["start_s"] < silence_end - 0.5]
    assert inside == [], [u["text"] for u in inside]
    spoken = " ".join(u["text"].lower() for u in utterances)
    assert "thank you for calling" in spoken and "thank you for holding" in spoken  # the speech around it survives
