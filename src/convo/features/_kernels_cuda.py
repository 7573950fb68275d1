"""GPU twins of the feature kernels (numba.cuda, one thread per call). Imports only numpy and numba.

The per-call bodies are the very functions the CPU kernels compile (:mod:`convo.features._kernels`),
compiled here as device functions, so both paths run one definition; tests compare them under
``NUMBA_ENABLE_CUDASIM=1`` (numba reads it when it is first imported, so it must be set before).
"""

from __future__ import annotations

import numpy as np
from numba import cuda

from convo.features import _kernels as K

THREADS_PER_BLOCK = 128

_counts = cuda.jit(device=True)(K.call_counts)
_timing = cuda.jit(device=True)(K.call_timing)
_series = cuda.jit(device=True)(K.call_series)
_repetition = cuda.jit(device=True)(K.call_repetition)
_journey_at = cuda.jit(device=True)(K.journey_at)

C_NEG_SHARE, C_NEG_PEAK, C_NEG_MEAN, C_NEG_END, C_NEG_CHANGE, C_NEG_SLOPE = (
    K.C_NEG_SHARE, K.C_NEG_PEAK, K.C_NEG_MEAN, K.C_NEG_END, K.C_NEG_CHANGE, K.C_NEG_SLOPE)
C_SENT_MIN, C_SENT_MEAN, C_SENT_END, C_SENT_CHANGE, C_SENT_SLOPE = (
    K.C_SENT_MIN, K.C_SENT_MEAN, K.C_SENT_END, K.C_SENT_CHANGE, K.C_SENT_SLOPE)
C_CONF_SHARE, C_CONF_PEAK, C_CONF_MEAN = K.C_CONF_SHARE, K.C_CONF_PEAK, K.C_CONF_MEAN
SKIP = K.SKIP


@cuda.jit
def _call_features_kernel(offsets, start, end, role, n_words, markers, neg, sent, conf, emb, emb_row, use_emb,
                          silence_threshold_s, interruption_window_s, negative_threshold, repeat_cosine,
                          repeat_min_words, out):  # pragma: no cover - compiled
    c = cuda.grid(1)
    if c >= offsets.shape[0] - 1:
        return
    lo = offsets[c]
    hi = offsets[c + 1]
    _counts(c, lo, hi, role, markers, out)
    _timing(c, lo, hi, start, end, role, n_words, markers, silence_threshold_s, interruption_window_s, out)
    _series(c, lo, hi, role, neg, negative_threshold, out,
            C_NEG_SHARE, C_NEG_PEAK, SKIP, C_NEG_MEAN, C_NEG_END, C_NEG_CHANGE, C_NEG_SLOPE)
    _series(c, lo, hi, role, sent, 0.0, out,
            SKIP, SKIP, C_SENT_MIN, C_SENT_MEAN, C_SENT_END, C_SENT_CHANGE, C_SENT_SLOPE)
    _series(c, lo, hi, role, conf, negative_threshold, out,
            C_CONF_SHARE, C_CONF_PEAK, SKIP, C_CONF_MEAN, SKIP, SKIP, SKIP)
    _repetition(c, lo, hi, role, n_words, emb, emb_row, use_emb, repeat_cosine, repeat_min_words, out)


@cuda.jit
def _journey_kernel(cust, t_us, chan, window_short_us, window_long_us, out):  # pragma: no cover - compiled
    i = cuda.grid(1)
    if i < cust.shape[0]:
        _journey_at(i, cust, t_us, chan, window_short_us, window_long_us, out)


def _blocks(n: int) -> int:
    return max(1, (n + THREADS_PER_BLOCK - 1) // THREADS_PER_BLOCK)


def call_features(offsets, start, end, role, n_words, markers, neg, sent, conf, emb, emb_row, use_emb,
                  silence_threshold_s, interruption_window_s, negative_threshold, repeat_cosine, repeat_min_words,
                  out):
    """Same contract as :func:`convo.features._kernels.call_features`; ``out`` is filled on return."""
    n_calls = offsets.shape[0] - 1
    if n_calls == 0:
        return
    # Numba cannot transfer zero-length arrays; the kernel never reads them when they are empty.
    args = [cuda.to_device(a if a.size else np.zeros(1, a.dtype)) for a in
            (offsets, start, end, role, n_words, markers, neg, sent, conf)]
    d_emb = cuda.to_device(emb if emb.size else np.zeros((1, emb.shape[1]), emb.dtype))
    d_emb_row = cuda.to_device(emb_row if emb_row.size else np.zeros(1, emb_row.dtype))
    d_out = cuda.device_array(out.shape, dtype=out.dtype)
    _call_features_kernel[_blocks(n_calls), THREADS_PER_BLOCK](
        *args, d_emb, d_emb_row, bool(use_emb), float(silence_threshold_s), float(interruption_window_s),
        float(negative_threshold), float(repeat_cosine), int(repeat_min_words), d_out)
    d_out.copy_to_host(out)


def journey(cust, t_us, chan, window_short_us, window_long_us, out):
    """Same contract as :func:`convo.features._kernels.journey`."""
    n = cust.shape[0]
    if n == 0:
        return
    d_out = cuda.device_array(out.shape, dtype=out.dtype)
    _journey_kernel[_blocks(n), THREADS_PER_BLOCK](
        cuda.to_device(cust), cuda.to_device(t_us), cuda.to_device(chan), int(window_short_us), int(window_long_us),
        d_out)
    d_out.copy_to_host(out)
