"""Two speakers on one channel, without a diarisation model: pauses, turn-taking and voice.

A mono call (agent and caller mixed) is cut into segments where the recognised words pause or a
sentence ends. Each segment gets a voice print computed with NumPy: the median pitch (YIN-style
F0 over its voiced frames) and the mean of 12 mel-cepstral coefficients over its loud frames.
Both halves of every long segment get a print too: they are one voice, so their differences say
how much a voice varies by itself, and each dimension is weighted by how much more it varies
across segments than that. The segments with enough voiced speech are clustered into two voices
(k-means, seeded, then one diagonal Gaussian per voice), and a two-state Viterbi pass in time order
labels every segment from its voice likelihood and the turn-taking prior (a long pause is where the
other side may start; a sentence end without a pause rarely is).

One speaker or two? Two only if the voices are apart and the clusters are voices rather than
content: the two halves of a segment must land in the same cluster (Cohen's kappa over the halves).
Otherwise every word is ``s1``. Labels are ``s1`` (who speaks first) and ``s2``; roles come later
from the text (:func:`convo.understand.roles.assign_roles`), after redaction.

It is a heuristic; the model card (``models/roles/README.md``) says how it did on real calls. Expect it
to follow the turns of a two-party call with distinct voices, and to miss overtalk, very short
back-channels and voices that sound alike.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Sequence

import numpy as np

LABELS = ("s1", "s2")
_SENTENCE_END = (".", "?", "!")


@dataclass(frozen=True)
class SplitOptions:
    """How a mono channel is split into two speakers."""

    min_pause_s: float = 0.3  # a pause at least this long is a possible turn change
    switch_after_pause: float = 0.5  # P(other speaker) after such a pause
    switch_after_sentence: float = 0.2  # P(other speaker) after a sentence end without a pause
    min_voiced_s: float = 0.4  # segments with less voiced speech take their voice from the turns
    min_separation: float = 1.5  # voices closer than this (Fisher ratio) are one speaker
    min_half_agreement: float = 0.6  # kappa: both halves of a long segment must get the same voice
    min_share: float = 0.08  # a voice with less of the speech than this is not a second speaker
    f0_weight: float = 1.0  # extra weight of pitch against the 12 cepstral coefficients
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("switch_after_pause", "switch_after_sentence", "min_share", "min_half_agreement"):
            value = getattr(self, name)
            if not 0.0 < value < 1.0:
                raise ValueError(f"{name} must be in (0, 1), got {value}")
        if self.min_pause_s < 0 or self.min_voiced_s < 0 or self.min_separation < 0 or self.f0_weight < 0:
            raise ValueError("min_pause_s, min_voiced_s, min_separation and f0_weight must be >= 0")

    @classmethod
    def of(cls, options: "SplitOptions | dict[str, Any] | None") -> "SplitOptions":
        if options is None or isinstance(options, cls):
            return options or cls()
        unknown = set(options) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown split options {sorted(unknown)}; expected some of: {[f.name for f in fields(cls)]}")
        return cls(**options)


def split_speakers(words: Sequence[dict[str, Any]], samples: np.ndarray, sample_rate_hz: int, *,
                   options: SplitOptions | dict[str, Any] | None = None) -> list[str]:
    """A speaker label (``s1``/``s2``) for every recognised word of a mono channel.

    Args:
        words: words in spoken order with ``word``, ``start_s`` and ``end_s`` (as the ASR stage makes them).
        samples: the channel's audio, 1-D float.
        sample_rate_hz: the rate of ``samples``.
        options: :class:`SplitOptions` or a dict of its fields.

    Returns:
        One label per word; every label is ``s1`` when no second voice stands out. No words, no labels.

    Example:
        >>> import numpy as np
        >>> split_speakers([{"word": " Hi", "start_s": 0.0, "end_s": 0.4}], np.zeros(8000), 16000)
        ['s1']
    """
    opts = SplitOptions.of(options)
    samples = _checked(words, samples, sample_rate_hz)
    if not words:
        return []
    segments, boundaries = segment_words(words, min_pause_s=opts.min_pause_s)
    spans = [(words[a]["start_s"], words[b - 1]["end_s"]) for a, b in segments]
    voices = np.stack([segment_voice(samples, sample_rate_hz, start, end) for start, end in spans])
    halves = np.array([
        [segment_voice(samples, sample_rate_hz, start, (start + end) / 2), segment_voice(samples, sample_rate_hz, (start + end) / 2, end)]
        for start, end in spans if end - start >= _HALVES_MIN_S
    ]).reshape(-1, 2, VOICE_DIM)
    seg_labels = label_segments(voices, boundaries, opts, halves=halves)
    labels: list[str] = []
    for (a, b), label in zip(segments, seg_labels):
        labels.extend([LABELS[label]] * (b - a))
    return labels


def _checked(words: Sequence[dict[str, Any]], samples: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    samples = np.asarray(samples, dtype=np.float64)
    if samples.ndim != 1:
        raise ValueError(f"samples must be one mono channel (1-D), got shape {samples.shape}")
    if sample_rate_hz < 8000:
        raise ValueError(f"sample_rate_hz must be >= 8000, got {sample_rate_hz}")
    for i, w in enumerate(words):
        if "start_s" not in w or "end_s" not in w:
            raise ValueError(f"words[{i}] needs start_s and end_s, got keys {sorted(w)}")
        if not (np.isfinite(w["start_s"]) and np.isfinite(w["end_s"])) or w["end_s"] < w["start_s"]:
            raise ValueError(f"words[{i}] has bad times {w['start_s']}-{w['end_s']}: expected finite start_s <= end_s")
    return samples


def segment_words(words: Sequence[dict[str, Any]], *, min_pause_s: float) -> tuple[list[tuple[int, int]], list[str]]:
    """Cut words into ``(first, end)`` index ranges at pauses and sentence ends.

    ``boundaries[k]`` says why segment ``k`` starts: ``"start"``, ``"pause"`` or ``"sentence"``.
    """
    segments, boundaries, first = [], ["start"], 0
    for i in range(1, len(words)):
        gap = words[i]["start_s"] - words[i - 1]["end_s"]
        reason = "pause" if gap >= min_pause_s else "sentence" if words[i - 1]["word"].strip().endswith(_SENTENCE_END) else ""
        if reason:
            segments.append((first, i))
            boundaries.append(reason)
            first = i
    segments.append((first, len(words)))
    return segments, boundaries


# --- voice prints ---------------------------------------------------------------------------

_FRAME_S, _HOP_S, _FMIN_HZ, _FMAX_HZ = 0.025, 0.010, 70.0, 400.0
_N_MELS, _N_CEPS, _MEL_LOW_HZ, _MEL_HIGH_HZ = 24, 12, 100.0, 3800.0  # telephone band: 8 kHz calls
_VOICED_CMND = 0.3  # YIN's cumulative-mean-normalised difference below this: voiced
_HALVES_MIN_S = 1.0  # segments this long also give two half prints: how much one voice varies
_MIN_PAIRS = 8  # fewer half pairs than this cannot vouch for two voices
VOICE_DIM = 2 + _N_CEPS  # log F0, voiced seconds, cepstra


def _frames(x: np.ndarray, length: int, hop: int) -> np.ndarray:
    if len(x) < length:
        x = np.pad(x, (0, length - len(x)))
    count = 1 + (len(x) - length) // hop
    return np.lib.stride_tricks.sliding_window_view(x, length)[::hop][:count]


def _pitch(frames: np.ndarray, width: int, min_lag: int, max_lag: int) -> tuple[np.ndarray, np.ndarray]:
    """YIN difference function per frame (first ``width`` samples against lags up to ``max_lag``)."""
    n = 1 << int(np.ceil(np.log2(width + max_lag + 1)))
    head = np.fft.rfft(frames[:, :width], n)
    full = np.fft.rfft(frames, n)
    cross = np.fft.irfft(np.conj(head) * full, n)[:, : max_lag + 1]
    energy = np.cumsum(np.pad(frames**2, ((0, 0), (1, 0))), axis=1)
    lags = np.arange(max_lag + 1)
    shifted = energy[:, lags + width] - energy[:, lags]
    diff = np.maximum(energy[:, width : width + 1] + shifted - 2.0 * cross, 0.0)
    cmnd = diff[:, 1:] * lags[1:] / np.maximum(np.cumsum(diff[:, 1:], axis=1), 1e-12)
    band = cmnd[:, min_lag - 1 : max_lag]
    best = band.argmin(axis=1)
    return best + min_lag, band[np.arange(len(band)), best]


def _mel_filters(sample_rate_hz: int, n_fft: int) -> np.ndarray:
    mel = lambda hz: 2595.0 * np.log10(1.0 + hz / 700.0)  # noqa: E731
    high = min(_MEL_HIGH_HZ, sample_rate_hz / 2 - 100)
    points = 700.0 * (10 ** (np.linspace(mel(_MEL_LOW_HZ), mel(high), _N_MELS + 2) / 2595.0) - 1.0)
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sample_rate_hz)
    lower, centre, upper = points[:-2, None], points[1:-1, None], points[2:, None]
    return np.maximum(0.0, np.minimum((freqs - lower) / (centre - lower), (upper - freqs) / (upper - centre)))


def _cepstra(frames: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    n_fft = 1 << int(np.ceil(np.log2(frames.shape[1])))
    power = np.abs(np.fft.rfft(frames * np.hamming(frames.shape[1]), n_fft)) ** 2
    log_mel = np.log(power @ _mel_filters(sample_rate_hz, n_fft).T + 1e-10)
    k = np.arange(_N_MELS)
    dct = np.cos(np.pi / _N_MELS * (k[None, :] + 0.5) * np.arange(1, _N_CEPS + 1)[:, None])
    return log_mel @ dct.T


def segment_voice(samples: np.ndarray, sample_rate_hz: int, start_s: float, end_s: float) -> np.ndarray:
    """``(VOICE_DIM,)`` voice print of ``samples[start_s:end_s]``: log F0, voiced seconds, mean cepstra.

    Unvoiced or silent spans give NaN for F0 and cepstra (and 0 voiced seconds).
    """
    width, hop = int(_FRAME_S * sample_rate_hz), int(_HOP_S * sample_rate_hz)
    min_lag, max_lag = int(sample_rate_hz / _FMAX_HZ), int(np.ceil(sample_rate_hz / _FMIN_HZ))
    a = max(0, int(start_s * sample_rate_hz))
    b = min(len(samples), max(int(end_s * sample_rate_hz), a + width + max_lag))
    out = np.full(VOICE_DIM, np.nan)
    out[1] = 0.0
    frames = _frames(samples[a:b], width + max_lag, hop)
    loudness = np.log((frames[:, :width] ** 2).mean(axis=1) + 1e-10)
    loud = loudness > max(loudness.max() - 4.0, np.log(1e-7))  # within ~17 dB of the segment's peak
    if not loud.any():
        return out
    lag, cmnd = _pitch(frames[loud], width, min_lag, max_lag)
    voiced = cmnd < _VOICED_CMND
    out[1] = voiced.sum() * _HOP_S
    if voiced.sum() >= 3:
        out[0] = np.median(np.log(sample_rate_hz / lag[voiced]))
    out[2:] = _cepstra(frames[loud][:, :width], sample_rate_hz).mean(axis=0)
    return out


# --- clustering and turn-taking -------------------------------------------------------------


_COLUMNS = [0, *range(2, VOICE_DIM)]  # the print without voiced seconds


def within_speaker_variance(halves: np.ndarray) -> np.ndarray | None:
    """Per-dimension variance of one voice, from the two halves of long segments (one speaker each).

    ``halves`` is ``(pairs, 2, VOICE_DIM)``. Robust (median of squared differences); ``None``
    with fewer than 5 usable pairs.
    """
    if len(halves) == 0:
        return None
    d = halves[:, 0, _COLUMNS] - halves[:, 1, _COLUMNS]
    d = d[np.all(np.isfinite(d), axis=1)]
    if len(d) < 5:
        return None
    return np.maximum(np.median(d**2, axis=0) / 0.455 / 2.0, 1e-6)  # chi-square(1) median is 0.455


def _weighting(voices: np.ndarray, reliable: np.ndarray, within: np.ndarray | None, f0_weight: float):
    """A map from voice prints to a space where the dimensions that tell voices apart count.

    Each dimension is divided by its within-voice spread and weighted by sqrt(total/within - 1),
    the between-voice spread it shows; pitch gets ``f0_weight`` on top. Without a within-voice
    estimate, a robust z-score.
    """
    ref = voices[reliable][:, _COLUMNS]
    centre = np.median(ref, axis=0)
    if within is None:
        scale = (np.percentile(ref, 75, axis=0) - np.percentile(ref, 25, axis=0)) / 1.349
        factor = 1.0 / np.where(scale > 1e-9, scale, 1.0)
    else:
        factor = np.sqrt(np.clip(np.var(ref, axis=0) / within - 1.0, 0.0, None) / within)
    factor[0] *= f0_weight
    return lambda v: np.nan_to_num((v[..., _COLUMNS] - centre) * factor)


def _half_agreement(halves: np.ndarray, transform, means: np.ndarray, var: np.ndarray) -> tuple[float, int]:
    """Cohen's kappa of the voice given to the two halves of each long segment, and the pair count.

    Halves of one segment are one voice: clusters that are voices give both halves the same one;
    clusters that are content or intonation (one speaker split in two) do not.
    """
    usable = np.all(halves[:, :, 1] >= 0.2, axis=1) & np.all(np.isfinite(halves[:, :, 0]), axis=1)
    if usable.sum() == 0:
        return 0.0, 0
    first, second = (_log_likelihood(transform(halves[usable, h]), means, var).argmax(axis=1) for h in (0, 1))
    agree = float(np.mean(first == second))
    p = float(np.mean(np.r_[first, second]))
    chance = p * p + (1 - p) * (1 - p)
    return (agree - chance) / max(1.0 - chance, 1e-9), int(usable.sum())


def _kmeans(x: np.ndarray, weight: np.ndarray, rng: np.random.Generator, *, restarts: int = 8, iters: int = 50) -> np.ndarray:
    best, best_cost = None, np.inf
    for _ in range(restarts):
        first = rng.choice(len(x), p=weight / weight.sum())
        d = ((x - x[first]) ** 2).sum(axis=1) * weight
        second = rng.choice(len(x), p=d / d.sum()) if d.sum() > 0 else (first + 1) % len(x)
        centres = x[[first, second]].copy()
        for _ in range(iters):
            assign = ((x[:, None, :] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)
            new = np.stack([np.average(x[assign == k], axis=0, weights=weight[assign == k]) if (assign == k).any() else centres[k] for k in range(2)])
            if np.allclose(new, centres):
                break
            centres = new
        cost = (((x - centres[assign]) ** 2).sum(axis=1) * weight).sum()
        if cost < best_cost:
            best, best_cost = assign, cost
    assert best is not None
    return best


def _gaussians(x: np.ndarray, weight: np.ndarray, assign: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    means = np.stack([np.average(x[assign == k], axis=0, weights=weight[assign == k]) for k in range(2)])
    var = np.stack([np.average((x[assign == k] - means[k]) ** 2, axis=0, weights=weight[assign == k]) for k in range(2)])
    return means, np.maximum(var, 0.05)


def _log_likelihood(x: np.ndarray, means: np.ndarray, var: np.ndarray) -> np.ndarray:
    return -0.5 * (((x[:, None, :] - means[None]) ** 2 / var[None]) + np.log(var[None])).sum(axis=2)


def _separation(means: np.ndarray, var: np.ndarray) -> float:
    """Mean per-dimension Fisher ratio of the two voices over their strongest three dimensions."""
    ratio = (means[0] - means[1]) ** 2 / (var[0] + var[1])
    return float(np.sort(ratio)[-3:].mean())


def label_segments(voices: np.ndarray, boundaries: Sequence[str], options: SplitOptions, *,
                   halves: np.ndarray | None = None) -> list[int]:
    """0/1 per segment: voice clusters of the reliable segments, then Viterbi over turn-taking.

    ``halves`` (``(pairs, 2, VOICE_DIM)``, the prints of both halves of long segments) tell how
    much one voice varies and whether the clusters are voices at all; without them only clearly
    apart clusters (twice ``min_separation``) count as two speakers.
    """
    halves = np.zeros((0, 2, VOICE_DIM)) if halves is None else halves
    reliable = (voices[:, 1] >= options.min_voiced_s) & np.isfinite(voices[:, 0])
    if reliable.sum() < 4:
        return [0] * len(voices)
    transform = _weighting(voices, reliable, within_speaker_variance(halves), options.f0_weight)
    x, weight = transform(voices), voices[:, 1]
    assign = _kmeans(x[reliable], weight[reliable], np.random.default_rng(options.seed))
    if min((assign == k).sum() for k in range(2)) < 2:
        return [0] * len(voices)
    means, var = _gaussians(x[reliable], weight[reliable], assign)
    share = np.array([weight[reliable][assign == k].sum() for k in range(2)]) / weight[reliable].sum()
    kappa, pairs = _half_agreement(halves, transform, means, var)
    separation = _separation(means, var)
    two = kappa >= options.min_half_agreement if pairs >= _MIN_PAIRS else separation >= 2 * options.min_separation
    if share.min() < options.min_share or separation < options.min_separation or not two:
        return [0] * len(voices)
    emit = _log_likelihood(x, means, var) / x.shape[1]
    emit *= np.clip(weight / max(options.min_voiced_s, 1e-3), 0.0, 4.0)[:, None]  # little voice, little say
    path = _viterbi(emit, boundaries, options)
    first = path[0]
    return [int(p != first) for p in path]  # s1 speaks first


def _viterbi(emit: np.ndarray, boundaries: Sequence[str], options: SplitOptions) -> list[int]:
    score = emit[0].copy()
    back = np.zeros((len(emit), 2), dtype=np.int64)
    for k in range(1, len(emit)):
        p = options.switch_after_pause if boundaries[k] == "pause" else options.switch_after_sentence
        same, other = score + np.log1p(-p), score[::-1] + np.log(p)
        back[k] = np.where(same >= other, [0, 1], [1, 0])
        score = np.maximum(same, other) + emit[k]
    state = int(np.argmax(score))
    path = [0] * len(emit)
    for k in range(len(emit) - 1, -1, -1):
        path[k] = state
        state = int(back[k, state])
    return path


__all__ = ["LABELS", "SplitOptions", "segment_voice", "segment_words", "split_speakers"]
