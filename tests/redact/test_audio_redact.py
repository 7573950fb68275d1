"""Redacted audio copies: same container, codec, rate, channels and length; spans covered."""

from __future__ import annotations

import json

import av
import numpy as np
import pytest

from convo.asr.audio import decode_audio
from convo.redact.audio import write_redacted_audio
from tests.conftest import FIXTURES

FORMATS = json.loads((FIXTURES / "audio" / "formats.json").read_text())["files"]


def _probe(path) -> tuple[str, int, int, float]:
    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        return s.codec_context.name, s.codec_context.sample_rate, s.codec_context.channels, decode_audio(path).duration_s


@pytest.mark.parametrize("entry", FORMATS, ids=[f["file"] for f in FORMATS])
def test_copy_keeps_the_format_and_length(tmp_path, entry):
    source = FIXTURES / "audio" / entry["file"]
    target = write_redacted_audio(source, tmp_path / entry["file"], [(None, 0.6, 1.2)], fill="silence")
    codec, rate, channels, duration = _probe(target)
    src_codec, src_rate, src_channels, src_duration = _probe(source)
    assert (codec, rate, channels) == (src_codec, src_rate, src_channels)
    assert duration == pytest.approx(src_duration, abs=0.1)  # AAC/MP3 frames are up to 64 ms
    covered = decode_audio(target).samples[0][int(0.65 * 16000) : int(1.15 * 16000)]  # inside, codec delay allowed
    assert np.abs(covered).max() < 0.02  # the speech there is gone


def test_lossless_copy_changes_only_the_span_and_only_that_channel(tmp_path):
    source = FIXTURES / "audio" / "pcm16_stereo_16k.wav"
    target = write_redacted_audio(source, tmp_path / "x.wav", [(0, 0.6, 1.2)], fill="tone")
    before, after = decode_audio(source).samples, decode_audio(target).samples
    span = slice(int(0.45 * 16000), int(1.35 * 16000))
    outside = np.r_[0 : int(0.44 * 16000), int(1.36 * 16000) : before.shape[1]]
    assert np.allclose(before[0, outside], after[0, outside], atol=1e-4)
    assert np.array_equal(before[1], after[1])
    tone = after[0, span]
    spectrum = np.abs(np.fft.rfft(tone))
    assert np.argmax(spectrum) * 16000 / len(tone) == pytest.approx(1000, abs=20)  # the 1 kHz bleep
