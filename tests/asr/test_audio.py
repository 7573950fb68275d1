"""Decoding: every supported container/codec, channel handling, and clear errors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from convo.asr.audio import SAMPLE_RATE_HZ, decode_audio
from convo.errors import DecodeError
from tests.conftest import FIXTURES

FORMATS = json.loads((FIXTURES / "audio" / "formats.json").read_text())


@pytest.mark.parametrize("entry", FORMATS["files"], ids=[f["file"] for f in FORMATS["files"]])
def test_every_format_decodes_to_16k_float(entry):
    audio = decode_audio(FIXTURES / "audio" / entry["file"])
    assert audio.samples.dtype == np.float32
    assert audio.source_sample_rate_hz == entry["sample_rate"]
    assert audio.duration_s == pytest.approx(entry["duration_s"], abs=0.1)
    assert 0.05 < np.abs(audio.samples[0]).max() <= 1.0
    # speech left, digital silence right: a real two-channel file stays two channels
    assert audio.n_channels == entry["channels"]


def test_stereo_channels_keep_their_content():
    audio = decode_audio(FIXTURES / "audio" / "pcm16_stereo_16k.wav")
    assert np.abs(audio.samples[0]).max() > 0.05
    assert np.abs(audio.samples[1]).max() == 0.0


def test_mono_stored_as_stereo_is_mono(tmp_path):
    import wave

    mono = decode_audio(FIXTURES / "audio" / "pcm16_mono_44k.wav").samples[0]
    pcm = (np.repeat(mono[:, None], 2, axis=1) * 32767).astype("<i2")
    with wave.open(str(tmp_path / "dup.wav"), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE_HZ)
        out.writeframes(pcm.tobytes())
    assert decode_audio(tmp_path / "dup.wav").n_channels == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not audio at all" * 50, "not a readable audio file"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "not a readable audio file"),
    ],
)
def test_undecodable_files_raise_decode_error(tmp_path, content, message):
    path = tmp_path / "x.wav"
    path.write_bytes(content)
    with pytest.raises(DecodeError, match=message):
        decode_audio(path)


def test_truncated_wav_is_detected(tmp_path):
    data = (FIXTURES / "audio" / "pcm16_mono_44k.wav").read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[: len(data) // 2])
    with pytest.raises(DecodeError, match=r"truncated: the file declares 2\.0 s"):
        decode_audio(tmp_path / "cut.wav")
