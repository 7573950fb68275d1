"""Redacted copies of recordings: every redacted span replaced by a tone or silence.

The copy keeps the source's container, codec, sample rate, channels and length. On a stereo
call only the speaker's channel is covered; on mono, all of it.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from convo._optional import import_optional
from convo.errors import ConvoError

PAD_S = 0.15
TONE_HZ = 1000.0
TONE_LEVEL = 0.1
# Decoder name -> encoder name where FFmpeg names them differently.
ENCODERS = {"mp3": "libmp3lame", "mp3float": "libmp3lame", "opus": "libopus", "vorbis": "libvorbis"}


def _decode(path: Path):
    av = import_optional("av", extra="asr")
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        ctx = stream.codec_context
        rate, layout, codec = ctx.sample_rate, ctx.layout.name, ctx.name
        resampler = av.audio.resampler.AudioResampler(format="fltp", layout=layout, rate=rate)
        chunks = [f.to_ndarray() for frame in container.decode(stream) for f in resampler.resample(frame)]
        chunks += [f.to_ndarray() for f in resampler.resample(None)]
        bit_rate = ctx.bit_rate
    return np.concatenate(chunks, axis=1), rate, layout, codec, bit_rate


def _fill(samples: np.ndarray, rate: int, spans: list[tuple[int | None, float, float]], fill: str) -> None:
    n = samples.shape[1]
    for channel, start_s, end_s in spans:
        lo, hi = max(0, int((start_s - PAD_S) * rate)), min(n, int((end_s + PAD_S) * rate))
        if hi <= lo:
            continue
        t = np.arange(lo, hi) / rate
        value = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t) if fill == "tone" else np.zeros(hi - lo)
        rows = slice(None) if channel is None or samples.shape[0] == 1 else slice(channel, channel + 1)
        samples[rows, lo:hi] = value


def write_redacted_audio(source: str | Path, target: str | Path, spans: list[tuple[int | None, float, float]], *, fill: str = "tone") -> Path:
    """Write ``target``: ``source`` with ``(channel, start_s, end_s)`` spans covered; atomic."""
    av = import_optional("av", extra="asr")
    samples, rate, layout, codec, bit_rate = _decode(Path(source))
    _fill(samples, rate, spans, fill)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.tmp-{os.getpid()}{target.suffix}")
    try:
        with av.open(str(tmp), "w") as out:
            stream = out.add_stream(ENCODERS.get(codec, codec), rate=rate, layout=layout)
            if bit_rate:
                stream.bit_rate = bit_rate
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.float32), format="fltp", layout=layout)
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                out.mux(packet)
            for packet in stream.encode(None):
                out.mux(packet)
    except (av.error.FFmpegError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        raise ConvoError(f"cannot write redacted audio as {codec}: {exc}") from None
    os.replace(tmp, target)
    return target
