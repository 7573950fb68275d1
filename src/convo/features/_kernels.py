"""Per-call feature kernels over flat arrays (numba, CPU). Imports only numpy and numba.

Data layout: utterances sorted by call, then by start time (or turn index when a call lacks
times), as flat arrays of length ``n``; call ``c`` owns rows ``offsets[c]:offsets[c + 1]``.
Results go to ``out[column, call]`` (one contiguous float64 row per feature, so each becomes an
Arrow column without a copy); NaN means "not available".

The per-call bodies (``call_*``, ``journey_at``) are plain Python functions that allocate nothing
and call no other user function, so the same source compiles twice: here with ``njit`` (called
from a ``prange`` loop over calls) and in :mod:`convo.features._kernels_cuda` with
``cuda.jit(device=True)`` (one thread per call). They use conditionals rather than the ``max`` /
``min`` builtins, which numba 0.68 failed to lower for CUDA in the PTX check (tests/features).
Array reads go through ``np.float64()`` (numba's ``float()`` keeps float32), so CPU, GPU and the
CUDA simulator all accumulate in float64.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

NAN = math.nan
INF = math.inf

# Columns of the call kernel's ``out`` (kept as plain ints: numba freezes them as constants).
CALL_COLUMNS = (
    "n_utterances", "n_customer_utterances", "n_turns",
    "apology_count", "hold_announcement_count", "transfer_announcement_count", "customer_repeat_count",
    "manager_request_count",
    "agent_talk_s", "customer_talk_s", "customer_talk_ratio", "speech_span_s",
    "silence_total_s", "silence_max_s", "silence_count", "overtalk_s",
    "interruptions_by_agent", "interruptions_by_customer", "mean_turn_s",
    "speech_rate_agent", "speech_rate_customer", "time_to_resolution_s",
    "neg_share", "neg_peak", "neg_mean", "neg_end", "neg_change", "neg_slope",
    "sentiment_mean", "sentiment_min", "sentiment_end", "sentiment_change", "sentiment_slope",
    "confusion_share", "confusion_peak", "confusion_mean",
    "repetition_score", "repetition_max_cosine",
)
(C_N_UTT, C_N_CUST, C_N_TURNS,
 C_APOLOGY, C_HOLD, C_TRANSFER, C_REPEAT, C_MANAGER,
 C_AGENT_TALK, C_CUST_TALK, C_TALK_RATIO, C_SPAN,
 C_SIL_TOTAL, C_SIL_MAX, C_SIL_COUNT, C_OVERTALK,
 C_INT_AGENT, C_INT_CUST, C_MEAN_TURN,
 C_RATE_AGENT, C_RATE_CUST, C_TTR,
 C_NEG_SHARE, C_NEG_PEAK, C_NEG_MEAN, C_NEG_END, C_NEG_CHANGE, C_NEG_SLOPE,
 C_SENT_MEAN, C_SENT_MIN, C_SENT_END, C_SENT_CHANGE, C_SENT_SLOPE,
 C_CONF_SHARE, C_CONF_PEAK, C_CONF_MEAN,
 C_REP_SCORE, C_REP_MAX) = range(len(CALL_COLUMNS))
N_CALL_COLUMNS = len(CALL_COLUMNS)
SKIP = -1  # a column index call_series does not write

JOURNEY_COLUMNS = ("contacts_prev_7d", "contacts_prev_30d", "channel_hops_7d", "days_since_prev_contact")
J_PREV_7D, J_PREV_30D, J_HOPS_7D, J_DAYS_SINCE = range(len(JOURNEY_COLUMNS))
US_PER_DAY = 86_400_000_000

# Bits of the per-utterance marker mask (other markers are not counted by any kernel).
MARKER_BITS = {"apology": 0, "hold_announcement": 1, "transfer_announcement": 2, "customer_repeat": 3,
               "manager_request": 4, "resolution_confirmation": 5}
B_APOLOGY, B_HOLD, B_TRANSFER, B_REPEAT, B_MANAGER, B_RESOLUTION = range(6)

AGENT, CUSTOMER, UNKNOWN = 0, 1, -1


# --- per-call bodies (plain Python; compiled for CPU below and for CUDA in _kernels_cuda) ---------

def call_counts(c, lo, hi, role, markers, out):
    """Utterances, customer utterances, turns (runs of one speaker) and marker counts."""
    n_cust = 0
    turns = 0
    apology = 0
    hold = 0
    transfer = 0
    repeat = 0
    manager = 0
    for i in range(lo, hi):
        r = role[i]
        if r == CUSTOMER:
            n_cust += 1
        if i == lo or r != role[i - 1]:
            turns += 1
        m = markers[i]
        apology += (m >> B_APOLOGY) & 1
        hold += (m >> B_HOLD) & 1
        transfer += (m >> B_TRANSFER) & 1
        repeat += (m >> B_REPEAT) & 1
        manager += (m >> B_MANAGER) & 1
    out[C_N_UTT, c] = np.float64(hi - lo)
    out[C_N_CUST, c] = np.float64(n_cust)
    out[C_N_TURNS, c] = np.float64(turns)
    out[C_APOLOGY, c] = np.float64(apology)
    out[C_HOLD, c] = np.float64(hold)
    out[C_TRANSFER, c] = np.float64(transfer)
    out[C_REPEAT, c] = np.float64(repeat)
    out[C_MANAGER, c] = np.float64(manager)


def call_timing(c, lo, hi, start, end, role, n_words, markers, silence_threshold_s, interruption_window_s, out):
    """Talk, silence, overtalk, interruptions, turn length, speech rate, time to resolution.

    Rows are in start order. The union of one side's earlier utterances, seen from the start ``s``
    of the current one, is ``[s, max_end_of_that_side)`` (they all started at or before ``s``), so
    one running maximum per side is enough: the new utterance adds ``[max(s, own_end), e)`` to its
    side, and the part of that inside ``[s, other_end)`` is overtalk not counted before.
    """
    valid = hi > lo
    for i in range(lo, hi):
        if not (math.isfinite(start[i]) and math.isfinite(end[i])):
            valid = False
            break
    if not valid:
        out[C_AGENT_TALK, c] = NAN
        out[C_CUST_TALK, c] = NAN
        out[C_TALK_RATIO, c] = NAN
        out[C_SPAN, c] = NAN
        out[C_SIL_TOTAL, c] = NAN
        out[C_SIL_MAX, c] = NAN
        out[C_SIL_COUNT, c] = NAN
        out[C_OVERTALK, c] = NAN
        out[C_INT_AGENT, c] = NAN
        out[C_INT_CUST, c] = NAN
        out[C_MEAN_TURN, c] = NAN
        out[C_RATE_AGENT, c] = NAN
        out[C_RATE_CUST, c] = NAN
        out[C_TTR, c] = NAN
        return
    agent_s = 0.0
    cust_s = 0.0
    total_s = 0.0
    agent_words = 0.0
    cust_words = 0.0
    covered = -INF
    gap_total = 0.0
    gap_max = 0.0
    gap_count = 0
    agent_end = -INF
    cust_end = -INF
    overtalk = 0.0
    int_agent = 0
    int_cust = 0
    ttr = NAN
    for i in range(lo, hi):
        s = np.float64(start[i])
        e = np.float64(end[i])
        if e < s:
            e = s
        d = e - s
        r = role[i]
        total_s += d
        if i > lo:
            gap = s - covered
            if gap > gap_max:
                gap_max = gap
            if gap > silence_threshold_s:
                gap_count += 1
                gap_total += gap
        if e > covered:
            covered = e
        if math.isnan(ttr) and (markers[i] >> B_RESOLUTION) & 1:
            ttr = s
        if r == AGENT or r == CUSTOMER:
            own = agent_end if r == AGENT else cust_end
            other = cust_end if r == AGENT else agent_end
            new_lo = s if s > own else own
            if e > new_lo and other > new_lo:
                overtalk += (e if e < other else other) - new_lo
            # took the floor: the other side was speaking, stopped within the window, and this one went on
            if other > s and other - s <= interruption_window_s and e > other:
                if r == AGENT:
                    int_agent += 1
                else:
                    int_cust += 1
            if r == AGENT:
                agent_s += d
                agent_words += np.float64(n_words[i])
                if e > agent_end:
                    agent_end = e
            else:
                cust_s += d
                cust_words += np.float64(n_words[i])
                if e > cust_end:
                    cust_end = e
    out[C_AGENT_TALK, c] = agent_s
    out[C_CUST_TALK, c] = cust_s
    out[C_TALK_RATIO, c] = cust_s / (agent_s + cust_s) if agent_s + cust_s > 0.0 else NAN
    out[C_SPAN, c] = covered - np.float64(start[lo])
    out[C_SIL_TOTAL, c] = gap_total
    out[C_SIL_MAX, c] = gap_max
    out[C_SIL_COUNT, c] = np.float64(gap_count)
    out[C_OVERTALK, c] = overtalk
    out[C_INT_AGENT, c] = np.float64(int_agent)
    out[C_INT_CUST, c] = np.float64(int_cust)
    out[C_MEAN_TURN, c] = total_s / out[C_N_TURNS, c]
    out[C_RATE_AGENT, c] = agent_words / agent_s if agent_s > 0.0 else NAN
    out[C_RATE_CUST, c] = cust_words / cust_s if cust_s > 0.0 else NAN
    out[C_TTR, c] = ttr


def call_series(c, lo, hi, role, x, threshold, out, col_share, col_max, col_min, col_mean, col_end, col_change,
                col_slope):
    """Statistics of one per-utterance value over the customer's utterances (NaN values skipped).

    share above ``threshold``, max, min, mean, mean of the last third, last third minus first third
    (thirds of ``max(1, m // 3)`` values; 0 for a single value) and the least-squares slope over the
    relative position ``k / (m - 1)`` in [0, 1] (0 for a single value). A column index of ``SKIP``
    is not written.
    """
    m = 0
    for i in range(lo, hi):
        if role[i] == CUSTOMER and not math.isnan(np.float64(x[i])):
            m += 1
    if m == 0:
        mean = NAN
        share = NAN
        vmax = NAN
        vmin = NAN
        end_mean = NAN
        change = NAN
        slope = NAN
    else:
        third = m // 3 if m >= 3 else 1
        k = 0
        total = 0.0
        above = 0
        vmax = -INF
        vmin = INF
        first = 0.0
        last = 0.0
        sp = 0.0
        spp = 0.0
        spv = 0.0
        for i in range(lo, hi):
            if role[i] != CUSTOMER:
                continue
            v = np.float64(x[i])
            if math.isnan(v):
                continue
            total += v
            if v > threshold:
                above += 1
            if v > vmax:
                vmax = v
            if v < vmin:
                vmin = v
            if k < third:
                first += v
            if k >= m - third:
                last += v
            if m > 1:
                p = k / (m - 1)
                sp += p
                spp += p * p
                spv += p * v
            k += 1
        mean = total / m
        share = above / m
        end_mean = last / third
        change = end_mean - first / third if m > 1 else 0.0
        slope = (spv - sp * total / m) / (spp - sp * sp / m) if m > 1 else 0.0
    if col_share != SKIP:
        out[col_share, c] = share
    if col_max != SKIP:
        out[col_max, c] = vmax
    if col_min != SKIP:
        out[col_min, c] = vmin
    if col_mean != SKIP:
        out[col_mean, c] = mean
    if col_end != SKIP:
        out[col_end, c] = end_mean
    if col_change != SKIP:
        out[col_change, c] = change
    if col_slope != SKIP:
        out[col_slope, c] = slope


def call_repetition(c, lo, hi, role, n_words, emb, emb_row, use_emb, repeat_cosine, repeat_min_words, out):
    """Share of eligible customer utterances that repeat an earlier one, and the highest pair cosine.

    Eligible: customer, at least ``repeat_min_words`` words, has an embedding (``emb_row >= 0``).
    Vectors are L2-normalised, so the dot product is the cosine. All pairs within the call.
    """
    if not use_emb:
        out[C_REP_SCORE, c] = NAN
        out[C_REP_MAX, c] = NAN
        return
    dim = emb.shape[1]
    m = 0
    repeats = 0
    best = -INF
    for j in range(lo, hi):
        if role[j] != CUSTOMER or n_words[j] < repeat_min_words or emb_row[j] < 0:
            continue
        m += 1
        rj = emb_row[j]
        hit = False
        for i in range(lo, j):
            if role[i] != CUSTOMER or n_words[i] < repeat_min_words or emb_row[i] < 0:
                continue
            ri = emb_row[i]
            dot = 0.0
            for k in range(dim):
                dot += np.float64(emb[ri, k]) * np.float64(emb[rj, k])
            if dot > best:
                best = dot
            if dot >= repeat_cosine:
                hit = True
        if hit:
            repeats += 1
    out[C_REP_SCORE, c] = repeats / m if m > 0 else 0.0
    out[C_REP_MAX, c] = best if m > 1 else NAN


def journey_at(i, cust, t_us, chan, window_short_us, window_long_us, out):
    """Earlier contacts of row ``i``'s customer, scanning back over rows sorted by (customer, time).

    ``cust < 0`` marks a call without customer or time: NaN, and never counted for another call.
    Earlier means strictly earlier in time (contacts at the same microsecond do not count).
    """
    ci = cust[i]
    if ci < 0:
        out[J_PREV_7D, i] = NAN
        out[J_PREV_30D, i] = NAN
        out[J_HOPS_7D, i] = NAN
        out[J_DAYS_SINCE, i] = NAN
        return
    ti = t_us[i]
    ch = chan[i]
    n_short = 0
    n_long = 0
    hops = 0
    since = NAN
    j = i - 1
    while j >= 0 and cust[j] == ci:
        dt = ti - t_us[j]
        if dt > 0:
            if math.isnan(since):
                since = dt / US_PER_DAY
            if dt > window_long_us:
                break
            n_long += 1
            if dt <= window_short_us:
                n_short += 1
                if ch >= 0 and chan[j] >= 0 and chan[j] != ch:
                    hops += 1
        j -= 1
    out[J_PREV_7D, i] = np.float64(n_short)
    out[J_PREV_30D, i] = np.float64(n_long)
    out[J_HOPS_7D, i] = np.float64(hops)
    out[J_DAYS_SINCE, i] = since


# --- CPU kernels ------------------------------------------------------------------------------

_counts = njit(cache=True)(call_counts)
_timing = njit(cache=True)(call_timing)
_series = njit(cache=True)(call_series)
_repetition = njit(cache=True)(call_repetition)
_journey_at = njit(cache=True)(journey_at)


@njit(parallel=True, cache=True)
def call_features(offsets, start, end, role, n_words, markers, neg, sent, conf, emb, emb_row, use_emb,
                  silence_threshold_s, interruption_window_s, negative_threshold, repeat_cosine, repeat_min_words,
                  out):  # pragma: no cover - compiled
    """Fill ``out[:, c]`` (``N_CALL_COLUMNS`` rows) for every call, in parallel over calls."""
    for c in prange(offsets.shape[0] - 1):
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


@njit(parallel=True, cache=True)
def journey(cust, t_us, chan, window_short_us, window_long_us, out):  # pragma: no cover - compiled
    """Journey columns for rows sorted by (customer code, time); see :func:`journey_at`."""
    for i in prange(cust.shape[0]):
        _journey_at(i, cust, t_us, chan, window_short_us, window_long_us, out)


@njit(parallel=True, cache=True)
def count_words(offsets, data, out):  # pragma: no cover - compiled
    """Words (runs of non-whitespace bytes; ASCII whitespace) of each string of an Arrow string array."""
    for r in prange(out.shape[0]):
        n = 0
        in_word = False
        for b in range(offsets[r], offsets[r + 1]):
            ch = data[b]
            space = ch == 32 or (ch >= 9 and ch <= 13)
            if not space and not in_word:
                n += 1
            in_word = not space
        out[r] = n


@njit(parallel=True, cache=True)
def label_sums(offsets, codes, values, valid, flags, out_a, out_b):  # pragma: no cover - compiled
    """Per row of a map array: the sum of the values whose key code has flag bit 0 (``out_a``) and bit 1
    (``out_b``); ``codes`` < 0 and NaN values count for nothing, rows not ``valid`` are NaN."""
    for r in prange(out_a.shape[0]):
        if not valid[r]:
            out_a[r] = NAN
            out_b[r] = NAN
            continue
        a = 0.0
        b = 0.0
        for j in range(offsets[r], offsets[r + 1]):
            k = codes[j]
            if k >= 0:
                v = np.float64(values[j])
                if not math.isnan(v):
                    if flags[k] & 1:
                        a += v
                    if flags[k] & 2:
                        b += v
        out_a[r] = a
        out_b[r] = b

