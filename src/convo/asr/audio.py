"""Decode any audio file to 16 kHz float32, one array per channel (PyAV / FFmpeg).

Covers wav (PCM 8/16/24/32-bit, μ-law, A-law), mp3, flac, ogg/opus, m4a/aac and whatever else
FFmpeg reads. Truncated files are detected by comparing the decoded length with the length the
container declares.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from convo._optional import import_optional
from convo.errors import DecodeError

SAMPLE_RATE_HZ = 16_000
# A file that decodes to less than this share of its declared duration is treated as truncated.
MIN_DECODED_SHARE = 0.9
# Stereo whose channels correlate above this is one signal twice (a two-party call is near 0).
SAME_SIGNAL_CORRELATION = 0.98
# Declared durations under this are too short to judge truncation reliably.
_MIN_DECLARED_S = 1.0


@dataclass
class DecodedAudio:
    """Audio as ``(channels, samples)`` float32 at :data:`SAMPLE_RATE_HZ`, plus what the file said."""

    samples: np.ndarray
    source_sample_rate_hz: int
    declared_duration_s: float | None

    @property
    def n_channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return self.samples.shape[1] / SAMPLE_RATE_HZ


def _wav_declared_duration(path: str | Path) -> float | None:
    """Duration a RIFF/WAVE header declares (FFmpeg trusts the file size instead)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return None
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    position, byte_rate = 12, 0
    while position + 8 <= len(head):
        chunk, size = head[position : position + 4], int.from_bytes(head[position + 4 : position + 8], "little")
        if chunk == b"fmt " and position + 20 <= len(head):
            byte_rate = int.from_bytes(head[position + 16 : position + 20], "little")
        if chunk == b"data":
            streaming = size in (0, 0xFFFFFFFF)
            return None if streaming or not byte_rate else size / byte_rate
        position += 8 + size + (size & 1)
    return None


def _declared_duration(path: str | Path, container, stream) -> float | None:
    wav = _wav_declared_duration(path)
    if wav is not None:
        return wav
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _decode_frames(container, stream, n_channels: int) -> np.ndarray:
    av = import_optional("av", extra="asr")
    layout = "mono" if n_channels == 1 else "stereo" if n_channels == 2 else None
    resampler = av.audio.resampler.AudioResampler(format="s16p", layout=layout, rate=SAMPLE_RATE_HZ)
    chunks: list[np.ndarray] = []
    for frame in container.decode(stream):
        for out in resampler.resample(frame):
            chunks.append(out.to_ndarray())
    for out in resampler.resample(None):
        chunks.append(out.to_ndarray())
    if not chunks:
        return np.zeros((n_channels, 0), dtype=np.float32)
    return np.concatenate(chunks, axis=1).astype(np.float32) / 32768.0  # as faster-whisper decodes: s16, then scaled


def _same_signal(samples: np.ndarray) -> bool:
    """Both channels carry one signal (correlation > :data:`SAME_SIGNAL_CORRELATION`)."""
    left, right = samples[0], samples[1]
    if not left.any() or not right.any():
        return False
    return float(np.corrcoef(left, right)[0, 1]) > SAME_SIGNAL_CORRELATION


def decode_audio(path: str | Path) -> DecodedAudio:
    """Decode ``path``; raise :class:`DecodeError` with a plain reason when it is not usable audio.

    Example:
        >>> audio = decode_audio("samples/calls/demo-001-quick-resolution.wav")  # doctest: +SKIP
        >>> audio.n_channels, round(audio.duration_s)  # doctest: +SKIP
        (2, 21)
    """
    av = import_optional("av", extra="asr")
    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise DecodeError(f"not a readable audio file: {exc}") from None
    with container:
        if not container.streams.audio:
            raise DecodeError("file has no audio stream")
        stream = container.streams.audio[0]
        n_channels = stream.codec_context.channels or 1
        if n_channels > 2:
            raise DecodeError(f"{n_channels} audio channels; convo reads mono or stereo (agent/customer) audio")
        declared = _declared_duration(path, container, stream)
        rate = stream.codec_context.sample_rate or 0
        try:
            samples = _decode_frames(container, stream, n_channels)
        except (av.error.FFmpegError, ValueError) as exc:
            raise DecodeError(f"audio stream is corrupt: {exc}") from None
    if n_channels == 2 and _same_signal(samples):
        samples = samples.mean(axis=0, keepdims=True)  # a mono recording stored as stereo
    audio = DecodedAudio(samples, rate, declared)
    if audio.samples.shape[1] == 0:
        raise DecodeError("audio stream holds no samples")
    if declared and declared >= _MIN_DECLARED_S and audio.duration_s < MIN_DECODED_SHARE * declared:
        raise DecodeError(
            f"truncated: the file declares {declared:.1f} s of audio but only {audio.duration_s:.1f} s decode"
        )
    return audio
