"""Topic quality on real customer-care conversations: convo topics vs TF-IDF + k-means, one run.

Data: the IBM Twitter customer-care dev set (``../shared/data/dialogues/twitter_ibm/dev.json``,
525 conversations, 24 brands, 243 linked support documents). Every @handle and link is removed,
so clusters must come from what customers say, not whom they address. Both methods see the same
text: each conversation's customer turns.

- **convo**: the conversations are written as a run directory (customer and agent turns, vectors
  from convo's shared encoder), then ``convo topics fit --unit call`` with the defaults.
- **baseline**: TF-IDF (English stop words, min_df 2, sublinear tf) + k-means with the same number
  of groups as convo's partition (its topics, plus one for conversations left without a topic).

Scores: NMI and ARI of the conversation partition against the brand and against the support
document the agent linked (agentURL.doc_id). With ``--units call,utterance`` (default) convo is
scored twice: clustering one vector per conversation (mean of its customer turns), and clustering
customer turns with each conversation taking its primary topic; each gets its own baseline with the
same number of groups. Conversations convo leaves without a topic count as one more group (no
flattering removal). Seeded; the table is the last thing printed.

    python benchmarks/topics_quality.py [--data PATH] [--seed 0] [--units call,utterance] [--min-cluster-size N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topic_corpus import SHARED, embed_cached, twitter_conversations  # noqa: E402


def write_run(convs: list[dict], vectors: np.ndarray, out: Path) -> Path:
    """A run directory with the conversations' turns and their encoder vectors."""
    from convo.schema import EMBEDDINGS, utterance_id

    out.mkdir(parents=True, exist_ok=True)
    calls = {"call_id": [c["call_id"] for c in convs], "channel": ["social"] * len(convs),
             "started_at": pa.array([datetime.fromisoformat(c["started_at"].replace("Z", "+00:00")) for c in convs],
                                    pa.timestamp("us", tz="UTC"))}
    pq.write_table(pa.table(calls), out / "calls.parquet")
    rows: dict[str, list] = {"call_id": [], "utterance_id": [], "turn_index": [], "speaker": [], "text": []}
    for c in convs:
        for i, (speaker, text) in enumerate(c["turns"]):
            for key, value in zip(rows, (c["call_id"], utterance_id(c["call_id"], i), i, speaker, text)):
                rows[key].append(value)
    pq.write_table(pa.table(rows), out / "utterances.parquet")
    flat = pa.array(vectors.astype(np.float32).ravel(), pa.float32())
    emb = pa.table({"call_id": rows["call_id"], "utterance_id": rows["utterance_id"],
                    "turn_index": pa.array(rows["turn_index"], pa.int32()),
                    "vector": pa.FixedSizeListArray.from_arrays(flat, vectors.shape[1])}, schema=EMBEDDINGS)
    pq.write_table(emb, out / "embeddings.parquet")
    (out / "run.json").write_text("{}")
    return out


def convo_partition(run: Path, out: Path, options: dict) -> tuple[dict[str, int], dict]:
    from convo.topics.data import load_units
    from convo.topics.model import TopicModel

    model = TopicModel(options).fit(load_units([run], options))
    model.save(out)
    primary = model.call_topics_.to_pylist()
    topic = {r["call_id"]: r["topic_id"] for r in primary if r["primary"] or r["topic_id"] < 0}
    return topic, model.summary()


def baseline_partition(texts: list[str], k: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True).fit_transform(texts)
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x)


def scores(pred, truth) -> tuple[float, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return normalized_mutual_info_score(truth, pred), adjusted_rand_score(truth, pred)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "dialogues" / "twitter_ibm" / "dev.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-cluster-size", type=int, default=None)
    parser.add_argument("--selection", default=None, help="hdbscan cluster selection (default: convo's)")
    parser.add_argument("--units", default="call,utterance", help="convo units to score, each with its own baseline")
    args = parser.parse_args()
    convs = twitter_conversations(args.data)
    texts = [t for c in convs for _, t in c["turns"]]
    vectors = embed_cached(texts, name="twitter-dev-turns")
    ids = [c["call_id"] for c in convs]
    brand = [c["brand"] for c in convs]
    doc = [c["doc_id"] for c in convs]
    customer_text = [" ".join(t for s, t in c["turns"] if s == "customer") for c in convs]
    print(f"{len(convs)} conversations, {len(set(brand))} brands, {len(set(doc))} support documents, seed {args.seed}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        run = write_run(convs, vectors, Path(tmp) / "run")
        for unit in args.units.split(","):
            options = {"unit": unit, "seed": args.seed, "min_cluster_size": args.min_cluster_size}
            if args.selection:
                options["cluster_selection"] = args.selection
            topic, summary = convo_partition(run, Path(tmp) / f"topics-{unit}", options)
            convo = np.array([topic.get(i, -1) for i in ids])
            k = len(set(convo.tolist()))
            covered = float((convo >= 0).mean())
            rows.append((f"convo, unit={unit}", k, covered, convo))
            rows.append((f"TF-IDF + k-means, k={k}", k, 1.0, baseline_partition(customer_text, k, args.seed)))
            print(f"convo unit={unit}: {summary['n_topics']} topics, {100 * (1 - covered):.1f}% of conversations "
                  f"without a topic (hdbscan alone left {100 * summary['outlier_share_clustered']:.1f}% of {unit}s out)")
    print(f"{'method':<34}{'groups':>7}{'covered':>8}{'NMI brand':>10}{'ARI brand':>10}{'NMI doc':>9}{'ARI doc':>9}")
    for name, k, covered, pred in rows:
        nb, ab = scores(pred, brand)
        nd, ad = scores(pred, doc)
        print(f"{name:<34}{k:>7}{covered:>8.2f}{nb:>10.3f}{ab:>10.3f}{nd:>9.3f}{ad:>9.3f}")


if __name__ == "__main__":
    main()
