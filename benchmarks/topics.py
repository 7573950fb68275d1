"""Topic discovery at scale: 100k customer utterances, end to end, on this machine's cores.

Two inputs, each written first as a run directory (not timed; it is the input):

- **synthetic**: a Gaussian mixture on the unit sphere of the encoder's 384 dimensions, 60
  topics of Zipf-distributed sizes plus 15 % background noise; each topic has its own words.
- **real**: about 33k real customer texts (Twitter customer care, banking77, Bitext, CLINC150)
  embedded with convo's shared encoder (cached), repeated with a small jitter up to the size.

Then ``convo topics fit`` runs in a fresh process, timed per phase: read (Parquet → units,
acknowledgement filter) → fit (PCA, hdbscan on a sample, assignment, second pass, c-TF-IDF,
representatives, tables) → write. Peak memory is the child's peak RSS (interpreter and libraries
included). One line per input: ``topics_bench input=... n=... total_s=... peak_rss_mib=...``.

    python benchmarks/topics.py [--n 100000] [--inputs synthetic,real] [--max-fit-points 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topic_corpus import embed_cached, real_customer_texts  # noqa: E402

DIM = 384
ACKS = ["ok thanks", "yes", "thank you", "okay great", "no that's all"]


def synthetic(n: int, seed: int, k: int = 60, noise_share: float = 0.15) -> tuple[np.ndarray, list[str], np.ndarray]:
    rng = np.random.default_rng(seed)
    sizes = 1.0 / np.arange(1, k + 1) ** 0.8
    labels = rng.choice(k, size=n, p=sizes / sizes.sum())
    centers = rng.normal(size=(k, DIM))
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    spread = rng.uniform(0.035, 0.06, size=k)
    x = centers[labels] + spread[labels, None] * rng.normal(size=(n, DIM))
    background = rng.random(n) < noise_share
    x[background] = rng.normal(size=(int(background.sum()), DIM))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "pel", "dri", "nox", "qua", "zel", "fi", "gor", "hu", "bel"]
    vocab = [["".join(rng.choice(syllables, 3)) for _ in range(12)] for _ in range(k)]
    common = ["account", "order", "please", "help", "issue", "today", "again", "still"]
    texts = []
    for i, t in enumerate(labels):
        own = vocab[t] if not background[i] else vocab[int(rng.integers(k))]
        words = list(rng.choice(own, 4)) + list(rng.choice(common, 4))
        texts.append(" ".join(rng.permutation(words)))
    return x.astype(np.float32), texts, np.where(background, -1, labels)


def real(n: int, seed: int) -> tuple[np.ndarray, list[str], None]:
    texts = real_customer_texts()
    vectors = embed_cached(texts, name="real")
    rng = np.random.default_rng(seed)
    idx = np.concatenate([rng.permutation(len(texts)) for _ in range(n // len(texts) + 1)])[:n]
    x = vectors[idx] + 0.01 * rng.normal(size=(n, DIM)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.astype(np.float32), [texts[i] for i in idx], None


def write_run(vectors: np.ndarray, texts: list[str], out: Path, seed: int) -> Path:
    """100k customer utterances in calls of 1-4, over eight weeks; 5 % acknowledgements added."""
    from convo.schema import EMBEDDINGS, utterance_id

    rng = np.random.default_rng(seed)
    n = len(texts)
    per_call = rng.integers(1, 5, size=n)
    call_of = np.repeat(np.arange(n), per_call)[:n]
    acks = rng.random(n) < 0.05
    texts = [ACKS[i % len(ACKS)] if a else t for i, (t, a) in enumerate(zip(texts, acks))]
    call_ids = [f"c{c:07d}" for c in call_of]
    turn = np.zeros(n, np.int32)
    turn[1:] = np.where(call_of[1:] == call_of[:-1], 0, 0)
    for i in range(1, n):
        turn[i] = turn[i - 1] + 1 if call_of[i] == call_of[i - 1] else 0
    out.mkdir(parents=True, exist_ok=True)
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    unique_calls = sorted(set(call_ids))
    starts = [base + timedelta(days=float(d)) for d in rng.uniform(0, 56, len(unique_calls))]
    pq.write_table(pa.table({"call_id": unique_calls, "started_at": pa.array(starts, pa.timestamp("us", tz="UTC")),
                             "ces": rng.uniform(1, 7, len(unique_calls)),
                             "high_effort_prob": rng.uniform(0, 1, len(unique_calls))}), out / "calls.parquet")
    utt_ids = [utterance_id(c, int(t)) for c, t in zip(call_ids, turn)]
    pq.write_table(pa.table({"call_id": call_ids, "utterance_id": utt_ids, "turn_index": pa.array(turn, pa.int32()),
                             "speaker": ["customer"] * n, "text": texts}), out / "utterances.parquet")
    flat = pa.array(vectors.ravel(), pa.float32())
    pq.write_table(pa.table({"call_id": call_ids, "utterance_id": utt_ids, "turn_index": pa.array(turn, pa.int32()),
                             "vector": pa.FixedSizeListArray.from_arrays(flat, DIM)}, schema=EMBEDDINGS),
                   out / "embeddings.parquet")
    (out / "run.json").write_text("{}")
    return out


def recovery(run: Path, topics: Path, truth: np.ndarray) -> dict:
    """ARI of the topics against the mixture's components (background points excluded), and the
    share of background points left without a topic (the right answer for them)."""
    from sklearn.metrics import adjusted_rand_score

    ids = pq.read_table(run / "utterances.parquet", columns=["utterance_id"])["utterance_id"].to_pylist()
    label = dict(zip(ids, truth.tolist()))
    a = pq.read_table(topics / "topic_assignments.parquet", columns=["utterance_id", "topic_id"]).to_pydict()
    pairs = [(label[u], t) for u, t in zip(a["utterance_id"], a["topic_id"])]
    fg = [(x, t) for x, t in pairs if x >= 0]
    bg = [t for x, t in pairs if x < 0]
    return {"ari_vs_components": adjusted_rand_score([x for x, _ in fg], [t for _, t in fg]),
            "background_left_out": float(np.mean([t < 0 for t in bg])) if bg else 0.0}


CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from convo.topics.data import load_units
from convo.topics.model import TopicModel
import hdbscan, sklearn.decomposition, sklearn.feature_extraction.text  # imports timed apart
t1 = time.perf_counter()
options = json.loads(sys.argv[3])
units = load_units([sys.argv[1]], options)
t2 = time.perf_counter()
model = TopicModel(options).fit(units)
t3 = time.perf_counter()
model.save(sys.argv[2])
t4 = time.perf_counter()
s = model.summary()
print(json.dumps({"import_s": t1 - t0, "read_s": t2 - t1, "fit_s": t3 - t2, "write_s": t4 - t3, "total_s": t4 - t1,
                  "units": len(units), "dropped_short": units.n_short, "topics": s["n_topics"],
                  "outlier_share_clustered": s["outlier_share_clustered"], "outlier_share": s["outlier_share"],
                  # VmHWM: this process's own peak (ru_maxrss would include the parent's size at fork)
                  "peak_rss_mib": next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024}))
"""


def run_child(run: Path, out: Path, options: dict) -> tuple[dict, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(run), str(out), json.dumps(options)],
                          capture_output=True, text=True)
    if proc.returncode:
        sys.exit(proc.stderr)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result, result.pop("peak_rss_mib")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--inputs", default="synthetic,real")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-fit-points", type=int, default=None)
    parser.add_argument("--min-cluster-size", type=int, default=None)
    args = parser.parse_args()
    options = {"seed": args.seed}
    if args.max_fit_points:
        options["max_fit_points"] = args.max_fit_points
    if args.min_cluster_size:
        options["min_cluster_size"] = args.min_cluster_size
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; options {options}")
    for name in args.inputs.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            vectors, texts, truth = {"synthetic": synthetic, "real": real}[name](args.n, args.seed)
            run = write_run(vectors, texts, Path(tmp) / "run", args.seed)
            del vectors, texts
            made = time.perf_counter() - t
            result, peak = run_child(run, Path(tmp) / "topics", options)
            if truth is not None:  # how well the mixture's components are recovered
                result.update(recovery(run, Path(tmp) / "topics", truth))
        print(f"{name}: input made in {made:.0f} s (not timed); " + ", ".join(
            f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
        print(f"topics_bench input={name} n={args.n} total_s={result['total_s']:.1f} peak_rss_mib={peak:.0f}")


if __name__ == "__main__":
    main()
