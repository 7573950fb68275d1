"""Topics on real runs: ``convo run`` → ``convo topics fit`` → ``convo run`` → ``convo topics update``.

``--corpus twitter`` (default): real customer-care conversations (IBM Twitter dev, 25 brands; @handles and links removed, so
topics come from what customers say) become convo chat transcripts (the brand's tweets → agent,
everyone else → customer; ``queue`` = brand). Two windows, through the CLI as a user runs them:

- window 1: a random 60 % of the conversations of every brand except the held-back ones;
- window 2: the other 40 % of those brands, plus **every** conversation of the held-back brands
  (default ``zoom_us``: video-meeting problems nobody called about in window 1 — a constructed new
  contact reason made of real text).

``--corpus banking77``: BANKING77's crowd-written customer queries (``../shared/data/intent/banking77/train.csv``),
one single-turn chat each (``queue`` = its intent). Held back by default: the failed / reverted /
pending top-up intents, as if a top-up release broke between the two windows.

Checks, printed as one JSON object and a last line ``ids_stable=<bool> emerging_found=<bool>``:

- every topic of window 1 keeps its id, label and keywords after ``update`` (ids never change);
- window 2's new topics; the emerging ones; for each, the share of its calls that come from the
  held-back brands (``held_back_purity``), and the share of the held-back brands' calls whose
  primary topic is an emerging topic (``held_back_recall``).

    .venv/bin/python benchmarks/topics_real_runs.py --twitter ../shared/data/dialogues/twitter_ibm/dev.json
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topic_corpus import strip_handles  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CONVO = [str(Path(sys.executable).parent / "convo")]  # the console script of this environment


def transcripts(path: Path) -> list[dict]:
    out = []
    for i, conv in enumerate(json.load(open(path, encoding="utf-8"))):
        brand = conv["dialogHeader"]["company"]
        turns = []
        for message in conv["dialogContent"]:
            text = strip_handles(message["message"])
            if text:
                speaker = "agent" if "agent" in message else "customer"  # client, client1 …: customers
                turns.append({"speaker": speaker, "text": text})
        if any(t["speaker"] == "customer" for t in turns):
            out.append({"call_id": f"tw-{i:04d}", "channel": "social", "queue": brand,
                        "started_at": conv["dialogHeader"]["conversationDateTime"], "turns": turns})
    return out


def banking77(path: Path) -> list[dict]:
    import csv

    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    return [{"call_id": f"b77-{i:05d}", "channel": "chat", "queue": r["category"], "started_at": "2026-11-02T09:00:00Z",
             "turns": [{"speaker": "customer", "text": r["text"]}]} for i, r in enumerate(rows)]


def write_jsonl(docs: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc) + "\n")
    return path


def sh(*args: object) -> float:
    start = time.perf_counter()
    subprocess.run([*CONVO, *map(str, args)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["twitter", "banking77"], default="twitter")
    parser.add_argument("--twitter", type=Path, default=ROOT / ".." / "shared" / "data" / "dialogues" / "twitter_ibm" / "dev.json")
    parser.add_argument("--banking77", type=Path, default=ROOT / ".." / "shared" / "data" / "intent" / "banking77" / "train.csv")
    parser.add_argument("--held-back", nargs="+", default=None,
                        help="brands (twitter) or intents (banking77) that appear only in window 2")
    parser.add_argument("--work", type=Path, default=None, help="keep the runs here (default: a temp folder)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    if args.corpus == "twitter":
        docs = transcripts(args.twitter)
        held = set(args.held_back or ["zoom_us"])
    else:
        docs = banking77(args.banking77)
        held = set(args.held_back or ["top_up_failed", "top_up_reverted", "pending_top_up"])
    rng = random.Random(args.seed)
    w1, w2 = [], []
    for doc in docs:
        (w2 if doc["queue"] in held or rng.random() >= 0.6 else w1).append(doc)
    if args.corpus == "banking77":  # queries carry no time: window 2 is the following week
        for doc in w2:
            doc["started_at"] = "2026-11-09T09:00:00Z"
    work = args.work or Path(tempfile.mkdtemp(prefix="convo-topics-real-"))
    seconds = {
        "run_w1": sh("run", write_jsonl(w1, work / "in" / "w1.jsonl"), "--out", work / "w1"),
        "fit": sh("topics", "fit", "--data", work / "w1", "--out", work / "topics"),
    }
    before = pq.read_table(work / "topics" / "topics.parquet").select(["topic_id", "label", "keywords"]).to_pylist()
    seconds["run_w2"] = sh("run", write_jsonl(w2, work / "in" / "w2.jsonl"), "--out", work / "w2")
    seconds["update"] = sh("topics", "update", "--model", work / "topics", "--data", work / "w2")

    topics = pq.read_table(work / "topics" / "topics.parquet").to_pylist()
    after = {t["topic_id"]: t for t in topics}
    ids_stable = all(t["topic_id"] in after and after[t["topic_id"]]["label"] == t["label"]
                     and after[t["topic_id"]]["keywords"] == t["keywords"] for t in before)
    brand = {d["call_id"]: d["queue"] for d in docs}
    calls = pq.read_table(work / "topics" / "call_topics.parquet").to_pylist()
    window2 = max(c["window"] for c in calls)
    primary = {c["call_id"]: c["topic_id"] for c in calls if c["primary"] and c["window"] == window2}
    old_ids = {t["topic_id"] for t in before}
    emerging = [t for t in topics if t["emerging"]]
    report_emerging = []
    for t in emerging:
        members = [cid for cid, tid in primary.items() if tid == t["topic_id"]]
        purity = sum(brand[c] in held for c in members) / len(members) if members else 0.0
        report_emerging.append({"topic_id": t["topic_id"], "new": t["topic_id"] not in old_ids, "label": t["label"],
                                "keywords": t["keywords"][:6], "calls": len(members), "held_back_purity": round(purity, 3),
                                "share": round(t["share"], 4), "previous_share": round(t["previous_share"] or 0.0, 4)})
    held_calls = [c for c in primary if brand[c] in held]
    emerging_ids = {t["topic_id"] for t in emerging}
    recall = sum(primary[c] in emerging_ids for c in held_calls) / len(held_calls) if held_calls else 0.0
    model = json.load(open(work / "topics" / "model.json"))
    found = any(e["held_back_purity"] >= 0.5 for e in report_emerging)
    print(json.dumps({
        "conversations": {"window_1": len(w1), "window_2": len(w2), "held_back": sorted(held),
                          "held_back_calls_window_2": len(held_calls)},
        "topics_after_fit": len(before), "topics_after_update": len(topics),
        "new_topics": sorted(set(after) - old_ids), "emerging": report_emerging,
        "held_back_recall": round(recall, 3),
        "outlier_share": [w.get("outlier_share") for w in model.get("windows", [])],
        "seconds": {k: round(v, 1) for k, v in seconds.items()}, "work": str(work),
    }, indent=2))
    print(f"ids_stable={ids_stable} emerging_found={found}")


if __name__ == "__main__":
    main()
