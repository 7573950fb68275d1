"""Real customer texts for the topic benchmarks, and their embeddings (cached on disk).

Texts come from ``../shared/data``: the customer tweets of the IBM Twitter customer-care
conversations (dev, @handles removed), banking77 queries, Bitext customer-support requests and
CLINC150 in-scope queries. Embeddings are made once with convo's shared encoder (onnx-int8) and
cached in ``$CONVO_CACHE/bench/`` keyed by a hash of the texts.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import time
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|https?: //\S+")


def strip_handles(text: str) -> str:
    """Remove @handles and links, so a tweet says only what the customer wrote."""
    return re.sub(r"\s+", " ", _URL.sub(" ", _HANDLE.sub(" ", text))).strip()


def twitter_conversations(path: Path | None = None) -> list[dict]:
    """IBM Twitter customer-care dialogues: (speaker, text) turns with @handles removed, brand, support doc id."""
    path = path or SHARED / "dialogues" / "twitter_ibm" / "dev.json"
    out = []
    for i, d in enumerate(json.loads(path.read_text())):
        turns = [("agent" if "agent" in t else "customer", strip_handles(t["message"])) for t in d["dialogContent"]]
        out.append({"call_id": f"tw-{i:04d}", "brand": d["dialogHeader"]["company"], "doc_id": d["agentURL"]["doc_id"],
                    "started_at": d["dialogHeader"]["conversationDateTime"], "turns": [(s, t) for s, t in turns if t]})
    return out


def real_customer_texts(shared: Path = SHARED) -> list[str]:
    """Unique customer texts from four public datasets (about 35k)."""
    texts: list[str] = []
    texts += [t for c in twitter_conversations(shared / "dialogues" / "twitter_ibm" / "dev.json")
              for s, t in c["turns"] if s == "customer"]
    with open(shared / "intent" / "banking77" / "train.csv", encoding="utf-8") as f:
        texts += [r["text"] for r in csv.DictReader(f)]
    with open(shared / "intent" / "bitext" / "Bitext_Sample_Customer_Support_Training_Dataset.csv", encoding="utf-8") as f:
        texts += [r["instruction"] for r in csv.DictReader(f)]
    clinc = json.loads((shared / "intent" / "clinc150" / "data_full_train_val.json").read_text())
    texts += [t for split in ("train", "val") for t, _ in clinc.get(split, [])]
    return list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))


def embed_cached(texts: list[str], *, name: str) -> np.ndarray:
    """Embed ``texts`` with convo's shared encoder (onnx-int8), caching the vectors on disk."""
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    root = Path(os.environ.get("CONVO_CACHE") or Path.home() / ".cache" / "convo") / "bench"
    path = root / f"{name}-{key}.npy"
    if path.is_file():
        return np.load(path)
    from convo.understand.encoder import Encoder

    t0 = time.perf_counter()
    vectors = Encoder(backend="onnx-int8", device="cpu").embed(texts).astype(np.float32)
    print(f"embedded {len(texts)} texts in {time.perf_counter() - t0:.0f} s (cached in {path})")
    root.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors
