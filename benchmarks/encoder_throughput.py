"""Shared text encoder throughput: torch fp32 vs ONNX Runtime fp32 vs ONNX Runtime int8.

Texts: one per line from ``--texts`` (default: GoEmotions dev from ../shared/data, ~5k Reddit
comments, a realistic length mix for utterances), repeated to ``--n``. Every backend embeds the
same texts with the same length-sorted batching, each at its best token budget per batch (a
sweep); sentence-transformers' own ``encode`` (fp32, batch 32) is printed as a reference point. Quality: mean / minimum cosine to torch fp32.

Last line: ``speedup_vs_torch_fp32=<onnx-int8 utterances/s ÷ torch fp32 utterances/s>``.

    python benchmarks/encoder_throughput.py --n 4000 --threads 2
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def load_texts(path: Path | None, n: int) -> list[str]:
    if path is None:
        path = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "emotion" / "goemotions" / "original" / "dev.tsv"
    if not path.exists():
        sys.exit(f"no texts at {path}; pass --texts FILE (one text per line)")
    if path.suffix == ".tsv":
        texts = [row[0] for row in csv.reader(open(path, encoding="utf-8"), delimiter="\t") if row]
    else:
        texts = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
    out = (texts * (n // len(texts) + 1))[:n]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path)
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeats", type=int, default=2, help="timed passes per backend (best is kept)")
    parser.add_argument("--batch-tokens", type=int, nargs="+", default=[1024, 2048, 4096, 8192],
                        help="token budgets per batch to try; each backend is reported at its best")
    args = parser.parse_args()
    os.environ.setdefault("CONVO_CACHE", tempfile.mkdtemp(prefix="convo-bench-"))
    import torch

    torch.set_num_threads(args.threads)
    from convo.understand.encoder import Encoder, default_model_dir

    texts = load_texts(args.texts, args.n)
    print(f"{len(texts)} texts, {args.threads} threads, cache {os.environ['CONVO_CACHE']}")
    results: dict[str, float] = {}
    vectors: dict[str, np.ndarray] = {}
    for backend in ("torch", "onnx", "onnx-int8"):
        encoder = Encoder(backend=backend, device="cpu", threads=args.threads)
        encoder.embed(texts[:64])  # load, export, warm up
        rates = {}
        for batch_tokens in args.batch_tokens:  # each backend at its best batch size
            encoder.batch_tokens = batch_tokens
            best = float("inf")
            for _ in range(args.repeats):
                started = time.perf_counter()
                vectors[backend] = encoder.embed(texts)
                best = min(best, time.perf_counter() - started)
            rates[batch_tokens] = len(texts) / best
        top = max(rates, key=rates.get)
        results[backend] = rates[top]
        cos = (vectors[backend] * vectors["torch"]).sum(1)
        sweep = "  ".join(f"{bt}: {rate:.0f}" for bt, rate in rates.items())
        print(f"{backend:10s} {results[backend]:8.1f} utterances/s (best at {top} tokens/batch; {sweep})   "
              f"cosine to torch fp32: mean {cos.mean():.4f} min {cos.min():.4f}")
    try:
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(default_model_dir()), device="cpu")
        model.encode(texts[:64])
        started = time.perf_counter()
        model.encode(texts, batch_size=32)
        st = len(texts) / (time.perf_counter() - started)
        print(f"{'sentence-transformers encode (reference)':10s} {st:8.1f} utterances/s")
    except ImportError:
        pass
    print(f"speedup_vs_torch_fp32={results['onnx-int8'] / results['torch']:.2f}")


if __name__ == "__main__":
    main()
