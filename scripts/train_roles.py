"""Train convo's agent-vs-customer role classifier and write ``models/roles`` with its card.

Data (paths as arguments; nothing is copied into the repository):

- ``--sgd``: Schema-Guided Dialogue folder with ``train/`` and ``dev/`` shards (SYSTEM = agent);
- ``--abcd``: ABCD folder (``abcd_sample.json`` and ``dialogstudio/original_examples.json``);
- ``--twitter``: IBM Twitter customer-care folder (``dev.json``; the company's tweets = agent);
- ``--uss``: User Satisfaction Simulation folder (``CCPE.txt``: spoken preference elicitation);
- ``--bitext``: Bitext customer-support CSV (request = customer, opening of the reply = agent);
- ``--twcs``: optional Kaggle TWCS ``sample.csv``, evaluated on only (CC-BY-NC-SA: not trained on);
- ``--demo``: optional folder of convo's own generated demo scripts (``samples/``), evaluated on only;
- ``--aws-lca``: optional folder of acted calls recorded one file per side (``*_agent.wav``/``*_caller.wav``):
  each side is transcribed with convo's ASR stage (tiny.en) for a spoken-call check of the classifier, and the
  two sides are mixed into one mono channel to check the mono split against the known sides;
- ``--aws-pca``: optional folder with the mono call of ``models/roles/aws_pca_judged.json``, whose speakers were
  judged by reading the transcript; checked like the mixed calls.

Text evaluation is split by dialogue: 5-fold grouped cross-validation over the training pool, reported
per source at utterance level and at speaker level (the roles :func:`assign_roles` gives each
speaker label after aggregating its utterances); then leave-one-source-out (how a source does when
the model never saw its kind of dialogue) and the evaluation-only sets. The final model is fitted
on the whole pool. Seeded: the same data give the same weights.

``--cache FILE.npz`` keeps the sentence embeddings between runs.

Usage:
    python scripts/train_roles.py --sgd ../shared/data/intent/sgd --abcd ../shared/data/dialogues/abcd \\
        --twitter ../shared/data/dialogues/twitter_ibm --uss ../shared/data/satisfaction/uss \\
        --bitext ../shared/data/intent/bitext/Bitext_Sample_Customer_Support_Training_Dataset.csv \\
        --twcs ../shared/data/dialogues/twitter_ibm/twcs_sample/sample.csv --demo samples \\
        --aws-lca ../shared/data/audio/aws_lca --aws-pca ../shared/data/audio/aws_pca --out models/roles
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from convo.understand.encoder import MODEL_NAME, Encoder
from convo.understand.roles import TEXT_FEATURES, RoleModel, assign_roles, clean_text, text_features

logger = logging.getLogger("train_roles")
HAND_WRITTEN = "<!-- hand-written below: kept when the script rewrites the card -->"


@dataclass(frozen=True)
class Turn:
    source: str
    dialogue: str
    speaker: str  # the label the source gives the speaker (scoring prefixes it, so roles never pass through)
    role: str  # "agent" | "customer"
    text: str


def _keep(text: str) -> bool:
    return len(clean_text(text)) > 1


def load_sgd(root: Path, split: str, max_dialogues: int, rng: random.Random) -> list[Turn]:
    dialogues = []
    for shard in sorted((root / split).glob("dialogues_*.json")):
        dialogues.extend(json.loads(shard.read_text()))
    dialogues.sort(key=lambda d: d["dialogue_id"])
    rng.shuffle(dialogues)
    role = {"USER": "customer", "SYSTEM": "agent"}
    return [
        Turn(f"sgd-{split}", d["dialogue_id"], t["speaker"].lower(), role[t["speaker"]], t["utterance"])
        for d in dialogues[:max_dialogues] for t in d["turns"] if _keep(t["utterance"])
    ]


def load_abcd(root: Path) -> list[Turn]:
    dialogues = {}
    for path in (root / "abcd_sample.json", root / "dialogstudio" / "original_examples.json"):
        if path.exists():
            for d in json.loads(path.read_text()):
                dialogues[d["convo_id"]] = d
    return [
        Turn("abcd", str(cid), who, who, text)
        for cid, d in sorted(dialogues.items()) for who, text in d["original"]
        if who in ("agent", "customer") and _keep(text)
    ]


def load_twitter(root: Path) -> list[Turn]:
    turns = []
    for d in json.loads((root / "dev.json").read_text()):
        sid = d["dialogHeader"]["sessionID"]
        for message in d["dialogContent"]:
            who = "agent" if "agent" in message else next(k for k in message if k.startswith("client"))
            if _keep(message["message"]):
                turns.append(Turn("twitter", sid, who, "agent" if who == "agent" else "customer", message["message"]))
        url = d.get("agentURL", {}).get("url_utterance")
        if url and _keep(url):
            turns.append(Turn("twitter", sid, "agent", "agent", url))
    return turns


def load_bitext(path: Path, max_rows: int, rng: random.Random) -> list[Turn]:
    """Bitext: a customer request and the assistant's reply, of which the opening sentences are kept
    (the rest are numbered how-to steps no one says on a call); sentences with ``{{slots}}`` are dropped."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rng.shuffle(rows)
    turns = []
    for index, row in enumerate(rows[:max_rows]):
        sentences = re.split(r"(?<=[.!?])\s+", row["response"].strip().split("\n")[0])
        reply = " ".join(s for s in sentences[:2] if "{{" not in s)
        turns.append(Turn("bitext", str(index), "user", "customer", row["instruction"]))
        if _keep(reply):
            turns.append(Turn("bitext", str(index), "assistant", "agent", reply))
    return [t for t in turns if _keep(t.text)]


def load_twcs(path: Path) -> list[Turn]:
    """TWCS sample: threads are the connected reply chains; ``inbound`` tweets are the customer's."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    parent = {r["tweet_id"]: r["tweet_id"] for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        for other in [r["in_response_to_tweet_id"], *r["response_tweet_id"].split(",")]:
            if other in parent:
                parent[find(other)] = find(r["tweet_id"])
    return [
        Turn("twcs", find(r["tweet_id"]), r["author_id"], "customer" if r["inbound"] == "True" else "agent", r["text"])
        for r in rows if _keep(r["text"])
    ]


def load_uss(root: Path, name: str, max_dialogues: int, rng: random.Random) -> list[Turn]:
    sessions = [s for s in (root / f"{name}.txt").read_text(encoding="utf-8").split("\n\n") if s.strip()]
    order = list(range(len(sessions)))
    rng.shuffle(order)
    turns = []
    for index in sorted(order[:max_dialogues]):
        for line in sessions[index].strip().splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0] in ("USER", "SYSTEM") and _keep(parts[1]):
                role = "agent" if parts[0] == "SYSTEM" else "customer"
                turns.append(Turn(name.lower(), f"{name}-{index}", parts[0].lower(), role, parts[1]))
    return turns


def load_demo(root: Path) -> list[Turn]:
    """convo's own generated demo calls (scripts.json) and chats: evaluation only."""
    turns = []
    for call in json.loads((root / "scripts.json").read_text()):
        turns += [Turn("demo", call["call_id"], t["speaker"], t["speaker"], t["text"]) for t in call["turns"]]
    for path in sorted((root / "chats").glob("*.json")):
        chat = json.loads(path.read_text())
        turns += [Turn("demo", path.stem, t["speaker"], t["speaker"], t["text"]) for t in chat.get("turns", [])]
    return [t for t in turns if t.role in ("agent", "customer") and _keep(t.text)]


def lca_pairs(root: Path) -> list[tuple[str, Path, Path]]:
    return [(p.name[: -len("_agent.wav")], p, p.with_name(p.name.replace("_agent.wav", "_caller.wav")))
            for p in sorted(root.glob("*_agent.wav")) if p.with_name(p.name.replace("_agent.wav", "_caller.wav")).exists()]


def load_lca_turns(root: Path) -> list[Turn]:
    """Each side of an aws_lca call through convo's ASR (tiny.en), grouped into turns as on stereo."""
    from convo import turns
    from convo.asr.audio import decode_audio
    from convo.asr.transcribe import Transcriber

    stage = Transcriber()
    _, pipeline = stage._pipeline()
    out = []
    for call, agent, caller in lca_pairs(root):
        sides = [stage.transcribe_channel(decode_audio(path).samples[0], pipeline)[0] for path in (agent, caller)]
        for u in turns.group_words(sides, ["agent", "customer"]):
            out.append(Turn("aws-lca-asr", call, u["speaker"], u["speaker"], u["text"]))
    return [t for t in out if _keep(t.text)]


class Embeddings:
    """Sentence embeddings of cleaned texts, computed once (optionally cached in an .npz)."""

    def __init__(self, encoder: Encoder, cache: Path | None) -> None:
        self.encoder, self.cache, self.table = encoder, cache, {}
        if cache and cache.exists():
            with np.load(cache) as data:
                self.table = dict(zip(data["keys"].tolist(), data["vectors"]))

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def __call__(self, texts: list[str]) -> np.ndarray:
        cleaned = [clean_text(t) for t in texts]
        missing = sorted({c for c in cleaned if self.key(c) not in self.table})
        if missing:
            logger.info("embedding %d texts", len(missing))
            for text, vector in zip(missing, self.encoder.embed(missing)):
                self.table[self.key(text)] = vector
            if self.cache:
                keys = sorted(self.table)
                np.savez(self.cache, keys=np.array(keys), vectors=np.stack([self.table[k] for k in keys]))
        return np.stack([self.table[self.key(c)] for c in cleaned]).astype(np.float32)


def design(turns: list[Turn], embed: Embeddings) -> tuple[np.ndarray, np.ndarray, list[str]]:
    texts = [t.text for t in turns]
    return embed(texts), np.array([t.role == "agent" for t in turns], dtype=np.int64), texts


def sample_weights(turns: list[Turn]) -> np.ndarray:
    """Each (source, role) cell weighs the same in total, so SGD's bulk does not set the boundary."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for t in turns:
        counts[(t.source, t.role)] += 1
    weights = np.array([1.0 / counts[(t.source, t.role)] for t in turns])
    return weights * len(turns) / weights.sum()


def fit(turns: list[Turn], embed: Embeddings, c: float, seed: int) -> RoleModel:
    from sklearn.linear_model import LogisticRegression

    x, y, texts = design(turns, embed)
    extra = text_features(texts)
    mean, scale = extra.mean(axis=0), extra.std(axis=0) + 1e-6
    features = np.hstack([x, (extra - mean) / scale])
    clf = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    clf.fit(features, y, sample_weight=sample_weights(turns))
    config = {
        "kind": "roles", "labels": ["customer", "agent"], "encoder": MODEL_NAME,
        "features": {"embedding": f"{MODEL_NAME} sentence embedding of the utterance text (L2-normalised, {x.shape[1]} dims)",
                     "text": list(TEXT_FEATURES), "text_standardised": True},
        "output": "P(agent) = sigmoid(features @ weight + bias)",
        "training": {"C": c, "seed": seed, "utterances": len(turns), "sources": sorted({t.source for t in turns}),
                     "sample_weight": "each (source, role) cell weighs the same"},
    }
    return RoleModel(None, config, clf.coef_[0].astype(np.float32), float(clf.intercept_[0]),
                     mean.astype(np.float32), scale.astype(np.float32))


def evaluate(model: RoleModel, turns: list[Turn], embed: Embeddings) -> dict[str, dict[str, float]]:
    """Per source: utterance accuracy, speaker accuracy (after assign_roles), dialogue accuracy."""
    return score(turns, evaluate_probabilities(model, turns, embed))


def score(turns: list[Turn], p: np.ndarray) -> dict[str, dict[str, float]]:
    by_dialogue: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, t in enumerate(turns):
        by_dialogue[(t.source, t.dialogue)].append(i)
    stats: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for (source, _), rows in sorted(by_dialogue.items()):
        s = stats[source]
        s["utterance"] += [float((p[i] >= 0.5) == (turns[i].role == "agent")) for i in rows]
        # Prefixed so that labels which already are roles (ABCD's) are decided, not passed through.
        roles = assign_roles([f"spk_{turns[i].speaker}" for i in rows], p[rows], [None] * len(rows))
        right = {turns[i].speaker: r == turns[i].role for i, r in zip(rows, roles)}
        if len({turns[i].role for i in rows}) == 2:  # speaker level needs both sides present
            s["speaker"] += [float(v) for v in right.values()]
            s["dialogue"].append(float(all(right.values())))
    return {
        source: {"utterances": len(s["utterance"]), "utterance_acc": float(np.mean(s["utterance"])),
                 "speakers": len(s["speaker"]), "speaker_acc": float(np.mean(s["speaker"])) if s["speaker"] else float("nan"),
                 "dialogues": len(s["dialogue"]), "dialogue_acc": float(np.mean(s["dialogue"])) if s["dialogue"] else float("nan")}
        for source, s in sorted(stats.items())
    }


def folds(turns: list[Turn], k: int, seed: int) -> list[np.ndarray]:
    """Fold index per turn: whole dialogues go to one fold, each source spread over all folds."""
    dialogues = sorted({(t.source, t.dialogue) for t in turns})
    random.Random(seed).shuffle(dialogues)
    per_source: dict[str, int] = defaultdict(int)
    fold_of = {}
    for d in dialogues:
        fold_of[d] = per_source[d[0]] % k
        per_source[d[0]] += 1
    assignment = np.array([fold_of[(t.source, t.dialogue)] for t in turns])
    return [np.flatnonzero(assignment == f) for f in range(k)]


def cross_validate(turns: list[Turn], embed: Embeddings, c: float, k: int, seed: int) -> dict[str, dict[str, float]]:
    p = np.zeros(len(turns))
    for test in folds(turns, k, seed):
        held = set(test.tolist())
        model = fit([t for i, t in enumerate(turns) if i not in held], embed, c, seed)
        p[test] = evaluate_probabilities(model, [turns[i] for i in test], embed)
    return score(turns, p)


def evaluate_probabilities(model: RoleModel, turns: list[Turn], embed: Embeddings) -> np.ndarray:
    x, _, texts = design(turns, embed)
    return model.agent_probability(texts, x)


def leave_one_source_out(turns: list[Turn], embed: Embeddings, c: float, seed: int) -> dict[str, dict[str, float]]:
    out = {}
    for source in sorted({t.source for t in turns}):
        model = fit([t for t in turns if t.source != source], embed, c, seed)
        out.update(evaluate(model, [t for t in turns if t.source == source], embed))
    return out


def table(results: dict[str, dict[str, float]]) -> str:
    lines = ["| source | utterances | utterance accuracy | speakers | speaker accuracy | dialogues all right |",
             "|---|---:|---:|---:|---:|---:|"]
    for source, r in results.items():
        speaker = "–" if not r["speakers"] else f"{r['speaker_acc']:.3f}"
        dialogue = "–" if not r["dialogues"] else f"{r['dialogue_acc']:.3f} of {r['dialogues']}"
        lines.append(f"| {source} | {r['utterances']} | {r['utterance_acc']:.3f} | {r['speakers']} | {speaker} | {dialogue} |")
    return "\n".join(lines)


# --- mono audio: the split and the roles on whole calls -------------------------------------------

JUDGED = Path(__file__).resolve().parents[1] / "models" / "roles" / "aws_pca_judged.json"


@dataclass
class MonoCall:
    name: str
    samples: np.ndarray  # 16 kHz mono
    truth: Callable[[dict], "str | None"]  # the true role of a recognised word, from its times
    judged: str


def _energy_truth(agent: np.ndarray, caller: np.ndarray) -> Callable[[dict], "str | None"]:
    def truth(word: dict) -> str | None:
        a, b = int(word["start_s"] * 16000), int(word["end_s"] * 16000) + 1
        return "agent" if np.sum(agent[a:b] ** 2) >= np.sum(caller[a:b] ** 2) else "customer"
    return truth


def _span_truth(spans: list[dict]) -> Callable[[dict], "str | None"]:
    def truth(word: dict) -> str | None:
        middle = (word["start_s"] + word["end_s"]) / 2
        hits = [s["role"] for s in spans if s["start_s"] - 0.05 <= middle <= s["end_s"] + 0.05]
        return hits[0] if len(set(hits)) == 1 else None
    return truth


def mono_calls(args: argparse.Namespace) -> list[MonoCall]:
    from convo.asr.audio import decode_audio

    calls = []
    if args.aws_lca:
        for call, agent_path, caller_path in lca_pairs(args.aws_lca):
            agent, caller = decode_audio(agent_path).samples[0], decode_audio(caller_path).samples[0]
            mix = np.zeros(max(len(agent), len(caller)), dtype=np.float32)
            mix[: len(agent)] += agent
            mix[: len(caller)] += caller
            mix *= 0.9 / max(float(np.abs(mix).max()), 1e-6)
            calls.append(MonoCall(f"{call} (sides mixed)", mix, _energy_truth(agent, caller), "the louder side file per word"))
    if args.aws_pca:
        doc = json.loads(JUDGED.read_text())
        samples = decode_audio(args.aws_pca / Path(doc["call"]).name).samples[0]
        calls.append(MonoCall("aws_pca", samples, _span_truth(doc["spans"]), "by reading the transcript"))
    return calls


def _roles_of(utterances: list[dict], model: RoleModel, encoder: Encoder) -> list[str]:
    texts = [u["text"] for u in utterances]
    p = model.agent_probability(texts, encoder.embed(texts))
    return assign_roles([u["speaker"] for u in utterances], p, [u["start_s"] for u in utterances])


def _utterance_scores(utterances: list[dict], roles: list[str], truth: Callable[[dict], "str | None"]) -> dict[str, float]:
    right = judged = mixed = mixed_strict = words_right = words_judged = 0
    for u, role in zip(utterances, roles):
        truths = [t for t in (truth(w) for w in u["words"]) if t]
        if not truths:
            continue
        agent, customer = truths.count("agent"), truths.count("customer")
        minority = min(agent, customer)
        mixed_strict += minority > 0
        mixed += minority >= 2 and minority >= 0.15 * len(truths)
        if agent != customer:
            judged += 1
            right += role == ("agent" if agent > customer else "customer")
        words_right += truths.count(role)
        words_judged += len(truths)
    return {"utterances": judged, "role_acc": right / max(judged, 1), "word_role_acc": words_right / max(words_judged, 1),
            "mixed": mixed / max(judged, 1), "mixed_any_word": mixed_strict / max(judged, 1)}


def evaluate_mono(call: MonoCall, model: RoleModel, encoder: Encoder) -> dict[str, Any]:
    """The ASR stage's mono path (split), redaction, then roles; and the same without the split."""
    from convo import turns
    from convo.asr.audio import DecodedAudio
    from convo.asr.transcribe import Transcriber
    from convo.redact.redactor import RedactOptions, redact_utterances

    audio = DecodedAudio(call.samples[None, :].astype(np.float32), 8000, None)
    utterances = redact_utterances(Transcriber().transcribe_audio(call.name, audio)["utterances"], RedactOptions())
    roles = _roles_of(utterances, model, encoder)
    words = sorted((w for u in utterances for w in u["words"]), key=lambda w: w["start_s"])
    split = [(u["speaker"], call.truth(w)) for u in utterances for w in u["words"]]
    split = [(label, t) for label, t in split if t]
    best = max(np.mean([{"s1": a, "s2": b}.get(label) == t for label, t in split]) for a, b in (ROLE_PAIR, ROLE_PAIR[::-1]))
    stream = turns.finalize(call.name, turns.group_words([words], ["unknown"]))
    return {
        "call": call.name, "truth": call.judged, "labels": sorted({u["speaker"] for u in utterances}),
        "split_word_acc": float(best), "with_split": _utterance_scores(utterances, roles, call.truth),
        "without_split": _utterance_scores(stream, _roles_of(stream, model, encoder), call.truth),
        "rows": [(u["start_s"], u["speaker"], r, _judged(u, call.truth), u["text"]) for u, r in zip(utterances, roles)],
    }


ROLE_PAIR = ("agent", "customer")


def _judged(utterance: dict, truth: Callable[[dict], "str | None"]) -> str:
    """The true speaker(s) of an utterance's words: ``agent``, ``customer``, ``agent+customer`` or ``?``."""
    truths = [t for t in (truth(w) for w in utterance["words"]) if t]
    agent, customer = truths.count("agent"), truths.count("customer")
    if not truths:
        return "?"
    if min(agent, customer) >= 2 and min(agent, customer) >= 0.15 * len(truths):
        return "agent+customer"
    return "agent" if agent > customer else "customer" if customer > agent else "?"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sgd", type=Path, required=True)
    ap.add_argument("--abcd", type=Path, required=True)
    ap.add_argument("--twitter", type=Path, required=True)
    ap.add_argument("--uss", type=Path, required=True)
    ap.add_argument("--bitext", type=Path, required=True)
    ap.add_argument("--bitext-rows", type=int, default=1500, help="Bitext request/reply pairs sampled.")
    ap.add_argument("--twcs", type=Path)
    ap.add_argument("--demo", type=Path)
    ap.add_argument("--aws-lca", type=Path, help="aws_lca folder: spoken calls, one file per side.")
    ap.add_argument("--aws-pca", type=Path, help="aws_pca folder: the mono call judged in models/roles/aws_pca_judged.json.")
    ap.add_argument("--out", type=Path, default=Path("models/roles"))
    ap.add_argument("--sgd-dialogues", type=int, default=500, help="SGD train dialogues sampled (dev: a fifth).")
    ap.add_argument("--uss-dialogues", type=int, default=250, help="CCPE dialogues sampled.")
    ap.add_argument("--c", type=float, default=1.0, help="Inverse L2 strength of the logistic regression.")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cache", type=Path, help="Optional .npz to keep embeddings between runs.")
    return ap.parse_args(argv)


def load_pool(args: argparse.Namespace) -> tuple[list[Turn], list[Turn]]:
    rng = random.Random(args.seed)
    pool = (load_sgd(args.sgd, "train", args.sgd_dialogues, rng) + load_abcd(args.abcd)
            + load_twitter(args.twitter) + load_uss(args.uss, "CCPE", args.uss_dialogues, rng)
            + load_bitext(args.bitext, args.bitext_rows, rng))
    extra = load_sgd(args.sgd, "dev", max(args.sgd_dialogues // 5, 1), rng)
    if args.twcs:
        extra += load_twcs(args.twcs)
    if args.demo:
        extra += load_demo(args.demo)
    if args.aws_lca:
        extra += load_lca_turns(args.aws_lca)
    return pool, extra


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = parse_args(argv)
    random.seed(args.seed)
    np.random.seed(args.seed)
    pool, extra = load_pool(args)
    encoder = Encoder(backend="onnx-int8")
    embed = Embeddings(encoder, args.cache)
    logger.info("pool: %d utterances; evaluation-only: %d", len(pool), len(extra))
    cv = cross_validate(pool, embed, args.c, args.folds, args.seed)
    loso = leave_one_source_out(pool, embed, args.c, args.seed)
    model = fit(pool, embed, args.c, args.seed)
    held = evaluate(model, extra, embed) if extra else {}
    mono = [evaluate_mono(call, model, encoder) for call in mono_calls(args)]
    model.config["evaluation"] = {
        "cross_validation": cv, "leave_one_source_out": loso, "held_out": held,
        "mono": [{k: v for k, v in m.items() if k != "rows"} for m in mono],
    }
    model.save(args.out)
    write_card(args.out / "README.md", pool, cv, loso, held, mono, args)
    for name, result in (("cross-validation", cv), ("leave one source out", loso), ("held out", held)):
        logger.info("%s\n%s", name, table(result))
    logger.info("mono\n%s", mono_table(mono))
    return 0


def mono_table(mono: list[dict[str, Any]]) -> str:
    lines = ["| call | truth | voices found | words given the right voice | utterances | right role (split) | mixing both speakers (split) | right role, no split (utterances) | mixing both, no split |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for m in mono:
        w, wo = m["with_split"], m["without_split"]
        lines.append(f"| {m['call']} | {m['truth']} | {len(m['labels'])} | {m['split_word_acc']:.3f} | {w['utterances']} | "
                     f"{w['role_acc']:.3f} | {w['mixed']:.3f} ({w['mixed_any_word']:.3f}) | {wo['role_acc']:.3f} ({wo['utterances']}) | "
                     f"{wo['mixed']:.3f} ({wo['mixed_any_word']:.3f}) |")
    return "\n".join(lines)


def _pca_rows(mono: list[dict[str, Any]]) -> str:
    rows = next((m["rows"] for m in mono if m["call"] == "aws_pca"), None)
    if not rows:
        return "(not run)"
    lines = ["| start s | voice | role given | judged speaker | text (as transcribed and redacted) |", "|---:|---|---|---|---|"]
    for start, label, role, judged, text in rows:
        mark = "" if judged in (role, "?") else " ✗"
        lines.append(f"| {start:.1f} | {label} | {role}{mark} | {judged} | {text.replace('|', '/')} |")
    return "\n".join(lines)


def write_card(path: Path, pool: list[Turn], cv: dict, loso: dict, held: dict, mono: list[dict[str, Any]],
               args: argparse.Namespace) -> None:
    counts: dict[str, int] = defaultdict(int)
    dialogues: dict[str, set] = defaultdict(set)
    for t in pool:
        counts[t.source] += 1
        dialogues[t.source].add(t.dialogue)
    sizes = ", ".join(f"{s} {counts[s]} utterances / {len(dialogues[s])} dialogues" for s in sorted(counts))
    kept = ""
    if path.exists() and HAND_WRITTEN in path.read_text():
        kept = path.read_text().split(HAND_WRITTEN, 1)[1]
    text = CARD.format(
        sizes=sizes, c=args.c, seed=args.seed, folds=args.folds, cv=table(cv), loso=table(loso), held=table(held),
        mono=mono_table(mono) if mono else "(not run: pass --aws-lca / --aws-pca)", features=", ".join(TEXT_FEATURES),
        pca_rows=_pca_rows(mono), encoder=MODEL_NAME, sgd=args.sgd_dialogues, uss=args.uss_dialogues, bitext=args.bitext_rows,
    )
    path.write_text(text + HAND_WRITTEN + (kept or "\n"))


CARD = """# roles: agent or customer, per utterance and per speaker

Decides who is the agent and who the customer when the source does not say: transcripts whose
speakers are unnamed (`A`/`B`, `spk_0`/`spk_1`) and mono recordings, whose single channel the ASR stage
splits into voices `s1`/`s2` (`convo.understand.monosplit`). Generated by `scripts/train_roles.py`
(seed {seed}); the part after the marker at the end is hand-written and kept when the script reruns.

## Model

- **Input**: the shared `{encoder}` sentence embedding of the utterance (computed once per utterance by
  the pipeline) plus five cheap text features, standardised: {features}. Text from written channels
  is cleaned first (URLs, `@handles`, `^AB` sign-offs dropped), since calls have none of it.
- **Head**: logistic regression (L2, C = {c}), `head.npz` (`weight`, `bias`, `feature_mean`,
  `feature_scale`), applied with NumPy: `P(agent) = sigmoid([embedding, (features - mean) / scale] @ weight + bias)`.
  No torch at run time. `config.json` has the label set (`customer`, `agent`), the feature list and the
  evaluation numbers below.
- **Per call** (`assign_roles`): each speaker label's utterance log-odds, clipped to ±4 so one
  emphatic line cannot outvote a whole side, are summed; the most agent-like label is the agent, every
  other label a customer. Labels that already are roles are kept. A single label (nothing to compare)
  is decided per utterance, smoothed by a two-state Viterbi pass (switch probability 0.4).

## Training data

| source | what | licence | used |
|---|---|---|---|
| SGD (Schema-Guided Dialogue), train shards | task dialogues with a virtual assistant; SYSTEM = agent, USER = customer | CC-BY-SA-4.0 | {sgd} dialogues sampled |
| ABCD (sample + DialogStudio examples) | human agent/customer retail chats | MIT (DialogStudio: Apache-2.0) | all 5 dialogues |
| IBM Twitter customer-care (dev.json) | real brand/customer tweet threads; the brand = agent | Apache-2.0 repo; tweet text under Twitter's terms (used for training only; no text is in this folder) | all 525 threads |
| CCPE (via USS) | spoken preference elicitation (assistant asks, user answers): spoken-style customer turns | CC-BY-SA-4.0 (USS repo: no licence, research use) | {uss} dialogues sampled |
| Bitext customer support | customer requests; the opening two sentences of the assistant's reply (numbered how-to steps and `{{{{slot}}}}` sentences dropped) | CDLA-Sharing-1.0 | {bitext} pairs sampled |

Size: {sizes}. Each (source, role) cell has the same total sample weight, so SGD's bulk does not set the boundary.

Evaluation only (never trained on): SGD dev shards (services unseen in training), the Kaggle TWCS
sample (CC-BY-NC-SA-4.0: not trained on for that reason), convo's own generated demo calls and chats
(`samples/`), and two acted phone calls of AWS's live-call-analytics samples (aws_lca, Apache-2.0),
each side transcribed by convo's ASR stage (tiny.en), so the text has real recognition errors.

## Accuracy

Utterance = P(agent) ≥ 0.5 on one utterance. Speaker = the role `assign_roles` gives each speaker label
of a dialogue after aggregating its utterances (labels anonymised, so nothing passes through);
"dialogues all right" = every speaker of the dialogue right. Splits are by dialogue.

**{folds}-fold cross-validation, grouped by dialogue** (each fold trains on the other folds of all sources):

{cv}

**Leave one source out** (train on the other sources only; the honest number for a kind of dialogue
the model never saw, which every customer's own calls are):

{loso}

**Held-out sets** (the final model, fitted on the whole pool):

{held}

**Mono audio, whole calls** (convo's ASR stage with the mono split, then redaction, the encoder and
this model, as the pipeline runs them). "Mixing both speakers" = utterances where the other speaker has
at least 2 words and 15 % of the judged words (in brackets: any word at all, which counts the ASR's
word-timing slips at turn changes). "No split" = the same words as one stream, each utterance decided
on its own (the single-label path).

{mono}

<details><summary>aws_pca, utterance by utterance (✗ = role differs from the judged speaker)</summary>

{pca_rows}

</details>

## Intended use

Give `agent`/`customer` roles to the speakers of a call whose source does not name them, so that
role-dependent features (agent talk share, customer effort markers, …) can be computed. Aggregated per
speaker it is reliable on two-party service dialogues; a single utterance's probability is a weak
signal (short turns such as "Okay." carry no role) and should not be shown as a per-turn label.

## Known limits

- Trained on written and assistant-style dialogues plus a little spoken text; on transcribed phone
  calls utterance accuracy is far lower than in cross-validation (see aws-lca-asr above), although the
  per-speaker decision held on every call tested whose speakers were separated. Few real calls were available: the phone-call numbers
  rest on three acted calls.
- English only. Calls where the customer does most of the explaining and the agent mostly
  acknowledges, or where both sides are agents (a transfer), can be assigned the wrong way round.
- Conference calls: one label becomes the agent, every other a customer.
- The mono split is a heuristic (pitch and cepstra per pause-delimited piece, two clusters,
  turn-taking): it needs two audibly different voices, misattributes very short back-channels and
  overtalk, and a single voice whose recording conditions change can be split in two. When the voices
  are not clearly two, everything stays one speaker and the single-label path decides per utterance.
"""

if __name__ == "__main__":
    sys.exit(main())
