"""Feature kernels: rows (calls) per second of the reference, numba CPU and, with a GPU, numba CUDA.

Generates synthetic calls (``convo.features.synthetic``: ~30 utterances a call, overlaps, silences,
untimed transcripts, emotion maps, markers, repeat contacts), then times

- the JIT compile on a tiny input with an empty numba cache (reported apart, never in rows/s);
- ``compute_features`` end to end (Arrow in, Arrow out: sorting check, flat arrays, kernels) on
  CPU over all calls, with the kernels' share of it;
- ``reference_features`` (pyarrow + NumPy + per-call Python) on the first ``--reference-calls``
  calls (it is too slow for a million; rows/s is comparable), checking both give the same values;
- the repetition features (all-pairs cosine over 384-d embeddings) on ``--embedding-calls`` calls,
  apart, because 30M x 384 float32 vectors (46 GB) do not fit in memory;
- numba CUDA when a GPU is visible (``--device cuda`` forces it).

The last line is ``speedup_vs_reference=<numba CPU rows/s / reference rows/s>``.

    nice -n 5 .venv/bin/python benchmarks/features.py --calls 1000000
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time

# An empty cache, so that the first call pays the whole compilation (read once, at numba's import).
os.environ.setdefault("NUMBA_CACHE_DIR", tempfile.mkdtemp(prefix="convo-numba-"))

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402

from convo.features import compute_features  # noqa: E402
from convo.features.reference import reference_features  # noqa: E402
from convo.features.synthetic import synthetic_run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--mean-utterances", type=float, default=30.0)
    parser.add_argument("--reference-calls", type=int, default=20_000)
    parser.add_argument("--embedding-calls", type=int, default=20_000)
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import numba

    print(f"numba {numba.__version__}, threads {numba.get_num_threads()}, cpus {os.cpu_count()}")
    compile_s = _compile_time()
    print(f"jit_compile_s={compile_s:.1f} (first call on 20 calls with an empty cache, minus a warm call)")

    t = time.perf_counter()
    calls, utterances, _ = synthetic_run(args.calls, mean_utterances=args.mean_utterances, seed=args.seed)
    n_utt = utterances.num_rows
    print(f"data: {args.calls:,} calls, {n_utt:,} utterances, {utterances.nbytes / 2**30:.2f} GiB of utterances "
          f"(generated in {time.perf_counter() - t:.1f} s)")

    cpu_rate = _time_numba(calls, utterances, "cpu", n_utt)
    ref_rate = _time_reference(calls, utterances, args.reference_calls)
    _time_embeddings(args.embedding_calls, args.mean_utterances, args.seed)
    if args.device != "cpu":
        _time_cuda(calls, utterances, n_utt, forced=args.device == "cuda")
    peak_gib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"peak_rss_gib={peak_gib:.1f}")
    print(f"speedup_vs_reference={cpu_rate / ref_rate:.1f}")


def _compile_time() -> float:
    calls, utterances, embeddings = synthetic_run(20, seed=1, with_embeddings=True)
    t = time.perf_counter()
    compute_features(calls, utterances, embeddings)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    compute_features(calls, utterances, embeddings)
    return cold - (time.perf_counter() - t)


def _time_numba(calls: pa.Table, utterances: pa.Table, device: str, n_utt: int) -> float:
    from convo.features import compute as C
    from convo.features._kernels import call_features

    runs = []
    for _ in range(2):  # the first run at this size also pays for page faults of fresh allocations
        t = time.perf_counter()
        result = compute_features(calls, utterances, device=device)
        runs.append(time.perf_counter() - t)
    total = runs[-1]
    note = ""
    if device == "cpu":
        flat = C.flatten_utterances(calls, utterances, negative_labels=C.default_negative_labels())
        out = np.empty((len(C.CALL_FEATURES), calls.num_rows))
        t = time.perf_counter()
        call_features(flat.offsets, flat.start, flat.end, flat.role, flat.n_words, flat.markers, flat.neg,
                      flat.sent, flat.conf, flat.emb, flat.emb_row, False, 5.0, 2.0, 0.5, 0.9, 3, out)
        kernel = time.perf_counter() - t
        note = f", of which the call kernel {kernel:.2f} s = {calls.num_rows / kernel:,.0f} rows/s"
    rate = calls.num_rows / total
    print(f"numba_{device}: {rate:,.0f} rows/s ({n_utt / total:,.0f} utterances/s; {total:.2f} s end to end, "
          f"first run {runs[0]:.2f} s{note})")
    assert result.num_rows == calls.num_rows
    return rate


def _time_reference(calls: pa.Table, utterances: pa.Table, n_calls: int) -> float:
    n_calls = min(n_calls, calls.num_rows)
    sub_calls = calls.slice(0, n_calls)
    sub_utts = utterances.filter(pc.is_in(utterances.column("call_id"), value_set=sub_calls.column("call_id")))
    t = time.perf_counter()
    expected = reference_features(sub_calls, sub_utts)
    seconds = time.perf_counter() - t
    got = compute_features(sub_calls, sub_utts)
    same = all(np.allclose(got.column(n).to_numpy(), expected.column(n).to_numpy(), rtol=1e-9, atol=1e-9,
                           equal_nan=True) for n in got.column_names[1:])
    rate = n_calls / seconds
    print(f"reference: {rate:,.0f} rows/s ({sub_utts.num_rows / seconds:,.0f} utterances/s; {n_calls:,} calls in "
          f"{seconds:.1f} s; numba equals it: {same})")
    if not same:
        sys.exit("numba and reference features differ")
    return rate


def _time_embeddings(n_calls: int, mean_utterances: float, seed: int) -> None:
    if n_calls <= 0:
        return
    calls, utterances, embeddings = synthetic_run(n_calls, mean_utterances=mean_utterances, seed=seed + 1,
                                                  with_embeddings=True)
    t = time.perf_counter()
    without = compute_features(calls, utterances)
    base = time.perf_counter() - t
    t = time.perf_counter()
    with_emb = compute_features(calls, utterances, embeddings)
    seconds = time.perf_counter() - t
    assert without.num_rows == with_emb.num_rows
    print(f"numba_cpu_with_embeddings: {n_calls / seconds:,.0f} rows/s on {n_calls:,} calls "
          f"({embeddings.nbytes / 2**30:.2f} GiB of vectors; {seconds:.2f} s vs {base:.2f} s without)")


def _time_cuda(calls: pa.Table, utterances: pa.Table, n_utt: int, *, forced: bool) -> None:
    from numba import cuda

    if not cuda.is_available():
        if forced:
            sys.exit("--device cuda: numba finds no CUDA GPU")
        print("numba_cuda: no GPU on this machine, skipped")
        return
    compute_features(calls.slice(0, 100), utterances, device="cuda")  # compile
    _time_numba(calls, utterances, "cuda", n_utt)


if __name__ == "__main__":
    main()
