"""The ASR stage: decode each audio call, transcribe every channel, build utterances.

:class:`Transcriber` is a callable stage (``RecordBatch -> RecordBatch``) that loads its model
lazily, once per process, so it runs the same under the local runner's worker processes and
under Ray Data's ``map_batches``. Rows that are not audio, or that failed earlier, pass through.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyarrow as pa

from convo import turns
from convo._optional import import_optional
from convo.asr import guards
from convo.asr.audio import DecodedAudio, SAMPLE_RATE_HZ, decode_audio
from convo.asr.models import DEFAULT_MODEL, resolve_model
from convo.errors import DecodeError
from convo.stages import fail_row, rows_of, to_batch
from convo.understand import monosplit

logger = logging.getLogger(__name__)
DEVICES = ("auto", "cpu", "cuda")
SEED = 0


@dataclass(frozen=True)
class AsrOptions:
    """How calls are transcribed. Echoed into ``run.json`` so a run says how it was made."""

    model: str = DEFAULT_MODEL
    device: str = "auto"
    compute_type: str = "auto"
    beam_size: int = 5
    batch_size: int = 8
    language: str | None = None
    cpu_threads: int = 0
    vad_min_silence_ms: int = 500
    word_timestamps: bool = True
    max_gap_s: float = turns.DEFAULT_MAX_GAP_S
    channel_roles: tuple[str, ...] = ("agent", "customer")
    guards: guards.GuardOptions = field(default_factory=guards.GuardOptions)

    def __post_init__(self) -> None:
        if self.device not in DEVICES:
            raise ValueError(f"Invalid device {self.device!r}, expected one of: {', '.join(DEVICES)}")
        if self.beam_size < 1 or self.batch_size < 1:
            raise ValueError(f"beam_size and batch_size must be >= 1, got {self.beam_size} and {self.batch_size}")


def resolve_device(device: str) -> str:
    """``auto`` means CUDA when CTranslate2 sees a GPU, else CPU."""
    if device != "auto":
        return device
    ctranslate2 = import_optional("ctranslate2", extra="asr")
    return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"


def resolve_compute_type(compute_type: str, device: str) -> str:
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


def _memoize_vad() -> None:
    """Let the batched pipeline reuse the VAD result convo computed for the same channel.

    convo runs Silero VAD itself (to find speech that batched decoding dropped) with exactly the
    options the pipeline uses, so the pipeline's own VAD pass on that array is a repeat; this keeps
    the last few results, keyed by the array's identity, shape, a sample fingerprint and options.
    """
    module = import_optional("faster_whisper.transcribe", extra="asr")
    original = module.get_speech_timestamps
    if getattr(original, "convo_memo", False):
        return
    cache: dict[tuple, list[dict]] = {}

    def memo(audio, vad_options=None, sampling_rate=16000, **kwargs):
        key = (id(audio), audio.shape, audio[:: max(1, len(audio) // 97)].tobytes(), repr(vad_options), sampling_rate)
        if key not in cache:
            if len(cache) >= 4:
                cache.clear()
            cache[key] = original(audio, vad_options, sampling_rate, **kwargs)
        return [dict(x) for x in cache[key]]

    memo.convo_memo = True  # type: ignore[attr-defined]
    module.get_speech_timestamps = memo


@lru_cache(maxsize=2)
def load_pipeline(location: str, device: str, compute_type: str, cpu_threads: int):
    """Load a WhisperModel and its batched pipeline once per process."""
    fw = import_optional("faster_whisper", extra="asr")
    _memoize_vad()
    threads = cpu_threads or os.cpu_count() or 1
    model = fw.WhisperModel(location, device=device, compute_type=compute_type, cpu_threads=threads)
    return model, fw.BatchedInferencePipeline(model)


def _words(segment: Any) -> list[dict[str, Any]]:
    return [
        {"word": w.word, "start_s": float(w.start), "end_s": float(w.end), "probability": float(w.probability)}
        for w in (segment.words or [])
    ]


class Transcriber:
    """Stage: transcribe the audio rows of a call batch.

    Example:
        >>> stage = Transcriber(AsrOptions(model="tiny.en", beam_size=1))  # doctest: +SKIP
        >>> batch = stage(batch)  # doctest: +SKIP
    """

    name = "asr"

    def __init__(self, options: AsrOptions | dict[str, Any] | None = None) -> None:
        if isinstance(options, dict):
            options = AsrOptions(**options)
        self.options = options or AsrOptions()

    def _pipeline(self):
        device = resolve_device(self.options.device)
        location = resolve_model(self.options.model).location
        compute = resolve_compute_type(self.options.compute_type, device)
        return load_pipeline(location, device, compute, self.options.cpu_threads)

    def _decode(self, samples, pipeline, **vad: Any) -> tuple[list[dict[str, Any]], Any]:
        opts = self.options
        segments, info = pipeline.transcribe(
            samples, language=opts.language, beam_size=opts.beam_size, batch_size=opts.batch_size,
            word_timestamps=opts.word_timestamps,
            # The batched default, no timestamp tokens: measured faster, and on real calls it kept
            # speech that decoding with timestamps dropped (README, "Transcription").
            without_timestamps=True,
            no_speech_threshold=opts.guards.no_speech_threshold,
            log_prob_threshold=opts.guards.log_prob_threshold,
            compression_ratio_threshold=opts.guards.compression_ratio_threshold,
            **vad,
        )
        return self._guarded(segments), info

    def _decode_sequential(self, samples, model, **vad: Any) -> tuple[list[dict[str, Any]], Any]:
        """Plain (non-batched) decoding, with Whisper's temperature fallback and silence guard."""
        opts = self.options
        segments, info = model.transcribe(
            samples, language=opts.language, beam_size=opts.beam_size, word_timestamps=True,
            no_speech_threshold=opts.guards.no_speech_threshold, log_prob_threshold=opts.guards.log_prob_threshold,
            compression_ratio_threshold=opts.guards.compression_ratio_threshold,
            hallucination_silence_threshold=opts.guards.hallucination_silence_s, **vad,
        )
        return self._guarded(segments), info

    def _guarded(self, segments) -> list[dict[str, Any]]:
        opts = self.options
        words: list[dict[str, Any]] = []
        for segment in segments:
            reason = guards.segment_rejected(segment, opts.guards)
            if reason:
                logger.debug("dropped segment %.1f-%.1f (%s)", segment.start, segment.end, reason)  # never log text: PII
                continue
            words.extend(_words(segment))
        return guards.clean_words(words, opts.guards)

    def _speech_regions(self, samples, pipeline) -> list[tuple[float, float]]:
        """VAD with the batched pipeline's own options (so its pass reuses this result)."""
        vad = import_optional("faster_whisper.vad", extra="asr")
        detect = import_optional("faster_whisper.transcribe", extra="asr").get_speech_timestamps
        chunk = pipeline.model.feature_extractor.chunk_length  # the pipeline's value and type: the memo key
        options = vad.VadOptions(min_silence_duration_ms=self.options.vad_min_silence_ms, max_speech_duration_s=chunk)
        return [(r["start"] / SAMPLE_RATE_HZ, r["end"] / SAMPLE_RATE_HZ) for r in detect(samples, options)]

    def transcribe_channel(self, samples, pipeline) -> tuple[list[dict[str, Any]], Any]:
        """Transcribe one channel; return guarded words and faster-whisper's info.

        A channel with at most one 30 s window of speech gains nothing from batching and is
        decoded sequentially (Whisper's own path: temperature fallback, silence guard, the same
        VAD settings as plain faster-whisper). Longer channels are decoded in batches of chunks.
        """
        # Temperature fallback samples: seed it per channel so a call transcribes the same way in
        # any run, order or worker (a resumed run must equal an uninterrupted one).
        import_optional("ctranslate2", extra="asr").set_random_seed(SEED)
        regions = self._speech_regions(samples, pipeline)
        if sum(e - s for s, e in regions) <= pipeline.model.feature_extractor.chunk_length:
            return self._decode_sequential(samples, pipeline.model, vad_filter=True)  # faster-whisper's VAD defaults
        vad = {"vad_filter": True, "vad_parameters": {"min_silence_duration_ms": self.options.vad_min_silence_ms}}
        return self._decode(samples, pipeline, **vad)

    def transcribe_audio(self, call_id: str, audio: DecodedAudio) -> dict[str, Any]:
        """Transcribe decoded audio into the call-row fields the stage fills."""
        _, pipeline = self._pipeline()
        stereo = audio.n_channels == 2
        words_by_channel, infos = [], []
        for channel in range(audio.n_channels):
            words, info = self.transcribe_channel(audio.samples[channel], pipeline)
            words_by_channel.append(words)
            infos.append(info)
        if stereo:
            roles = list(self.options.channel_roles[:2])
            utterances = turns.group_words(words_by_channel, roles, max_gap_s=self.options.max_gap_s)
        else:
            utterances = self._mono_utterances(words_by_channel[0], audio.samples[0])
        # The channel with the most speech decides the call's language.
        main = max(infos, key=lambda i: i.duration_after_vad)
        return {
            "utterances": turns.finalize(call_id, utterances),
            "duration_s": round(audio.duration_s, 3), "audio_channels": audio.n_channels,
            "sample_rate_hz": audio.source_sample_rate_hz, "language": main.language,
            "language_probability": float(main.language_probability), "asr_model": self.options.model,
        }

    def _mono_utterances(self, words: list[dict[str, Any]], samples) -> list[dict[str, Any]]:
        """Agent and caller mixed on one channel: label words ``s1``/``s2`` by pauses, turn-taking
        and voice (no diarisation model), then group each label's words as if it were a channel.
        Roles are given to the labels later, from the text (``understand.roles``)."""
        try:
            labels = monosplit.split_speakers(words, samples, SAMPLE_RATE_HZ)
        except ValueError as exc:  # odd word times must not cost the call its transcript
            logger.warning("mono speaker split skipped: %s", exc)
            labels = [monosplit.LABELS[0]] * len(words)
        speakers = sorted(set(labels)) or [monosplit.LABELS[0]]
        per_speaker = [[w for w, label in zip(words, labels) if label == s] for s in speakers]
        utterances = turns.group_words(per_speaker, speakers, max_gap_s=self.options.max_gap_s)
        for u in utterances:
            u["channel_index"] = 0  # one channel, whoever speaks
        return utterances

    def _row(self, row: dict[str, Any]) -> dict[str, Any]:
        try:
            audio = decode_audio(row["source_path"])
        except DecodeError as exc:
            return fail_row(row, "decode", exc)
        except OSError as exc:
            return fail_row(row, "decode", exc)
        try:
            row.update(self.transcribe_audio(row["call_id"], audio))
        except Exception as exc:  # noqa: BLE001 - one bad call must not end the batch
            logger.exception("transcription failed for %s", row["source_path"])
            return fail_row(row, "asr", exc)
        return row

    def __call__(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        rows = rows_of(batch)
        for i, row in enumerate(rows):
            if row["source_kind"] == "audio" and row["error_stage"] is None:
                rows[i] = self._row(row)
        return to_batch(rows)


__all__ = ["AsrOptions", "Transcriber", "SAMPLE_RATE_HZ", "resolve_device"]
