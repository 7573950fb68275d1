"""Score the dialogue-marker detector on labelled conversations (models/markers/eval/*.jsonl).

Prints per-marker precision, recall, F1 and support (labelled positives), plus micro averages,
as a table or, with --json, as JSON. Each input line is one conversation:
{"id", "source", "licence", "utterances": [{"role", "text", "markers": [...]}]}.

    .venv/bin/python scripts/eval_markers.py models/markers/eval/dev.jsonl
    .venv/bin/python scripts/eval_markers.py models/markers/eval/test.jsonl --json
    .venv/bin/python scripts/eval_markers.py models/markers/eval/dev.jsonl --errors   # dev only
    .venv/bin/python scripts/eval_markers.py models/markers/eval/twitter_ibm_labels_dev.jsonl \
        --twitter-data ../shared/data/dialogues/twitter_ibm/dev.json

Files of tweet ids without text (twitter_ibm_labels_*.jsonl) need --twitter-data to put the text
back; tweet text is not redistributed. --encoder scores with real MiniLM sentence embeddings
(the pipeline's near-duplicate path) instead of the token-overlap fallback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from convo.understand.markers import MARKERS, detect_markers


def read_conversations(path: Path, twitter_data: Path | None = None) -> list[dict[str, Any]]:
    """Conversations of a jsonl file; tweet-id utterances get their text from ``twitter_data``."""
    convs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("text" not in u for c in convs for u in c["utterances"]):
        if twitter_data is None:
            raise SystemExit(f"{path} holds tweet ids without text: pass --twitter-data .../twitter_ibm/dev.json")
        texts = _tweet_texts(twitter_data)
        for c in convs:
            for u in c["utterances"]:
                if "text" not in u:
                    u["text"] = texts[u["tweet_id"]]
    return convs


def _tweet_texts(path: Path) -> dict[str, str]:
    texts = {}
    for conv in json.loads(path.read_text(encoding="utf-8")):
        for m in conv["dialogContent"]:
            texts[m["tweet_ID"]] = m["message"]
        texts[conv["agentURL"]["tweet_ID"]] = conv["agentURL"]["url_utterance"]
    return texts


def predict(convs: list[dict[str, Any]], *, encoder: Any = None) -> list[list[list[str]]]:
    """Detector output per conversation, per utterance."""
    out = []
    for c in convs:
        texts = [u["text"] for u in c["utterances"]]
        roles = [u["role"] for u in c["utterances"]]
        out.append(detect_markers(texts, roles, encoder.embed(texts) if encoder is not None else None))
    return out


def score(convs: list[dict[str, Any]], predicted: list[list[list[str]]]) -> dict[str, Any]:
    """Per-marker and micro-averaged precision, recall, F1 and support."""
    tp = dict.fromkeys(MARKERS, 0)
    fp = dict.fromkeys(MARKERS, 0)
    fn = dict.fromkeys(MARKERS, 0)
    for conv, preds in zip(convs, predicted):
        for utt, pred in zip(conv["utterances"], preds):
            gold, got = set(utt["markers"]), set(pred)
            for m in MARKERS:
                tp[m] += m in gold and m in got
                fp[m] += m not in gold and m in got
                fn[m] += m in gold and m not in got
    rows = {m: _prf(tp[m], fp[m], fn[m]) for m in MARKERS}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    n_utt = sum(len(c["utterances"]) for c in convs)
    return {"conversations": len(convs), "utterances": n_utt, "markers": rows, "micro": micro}


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = None
    if p is not None and r is not None:
        f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": tp + fn, "predicted": tp + fp, "tp": tp}


def table(name: str, result: dict[str, Any]) -> str:
    def fmt(x: float | None) -> str:
        return "   -  " if x is None else f"{x:6.3f}"

    lines = [f"{name}: {result['conversations']} conversations, {result['utterances']} utterances",
             f"{'marker':<24}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>10}"]
    for m, r in [*result["markers"].items(), ("micro", result["micro"])]:
        scores = f"{fmt(r['precision']):>7}{fmt(r['recall']):>7}{fmt(r['f1']):>7}"
        lines.append(f"{m:<24}{scores}{r['support']:>9}{r['predicted']:>10}")
    return "\n".join(lines)


def errors(convs: list[dict[str, Any]], predicted: list[list[list[str]]]) -> str:
    lines = []
    for conv, preds in zip(convs, predicted):
        for k, (utt, pred) in enumerate(zip(conv["utterances"], preds)):
            gold, got = set(utt["markers"]), set(pred)
            if gold != got:
                miss = ",".join(sorted(gold - got)) or "-"
                extra = ",".join(sorted(got - gold)) or "-"
                lines.append(f"{conv['id']}#{k} {utt['role']}: FN={miss} FP={extra} | {utt['text'][:160]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="labelled jsonl files")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--errors", action="store_true", help="also list every disagreement (use on dev only)")
    parser.add_argument("--twitter-data", type=Path, help="twitter_ibm dev.json to put tweet text back")
    parser.add_argument("--encoder", action="store_true", help="use MiniLM embeddings (needs convo[understand])")
    args = parser.parse_args(argv)
    encoder = None
    if args.encoder:
        from convo.understand.encoder import Encoder

        encoder = Encoder("auto", "cpu")
    results = {}
    for path in args.files:
        convs = read_conversations(path, args.twitter_data)
        predicted = predict(convs, encoder=encoder)
        results[str(path)] = score(convs, predicted)
        if not args.json:
            print(table(str(path), results[str(path)]), end="\n\n")
            if args.errors:
                print(errors(convs, predicted), end="\n\n")
    if len(args.files) > 1:
        convs = [c for p in args.files for c in read_conversations(p, args.twitter_data)]
        results["all"] = score(convs, predict(convs, encoder=encoder))
        if not args.json:
            print(table("all files", results["all"]))
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
