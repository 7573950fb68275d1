"""Effort acceptance check: predicted CES against human satisfaction on held-out real dialogues.

Takes USS dialogues of a domain the effort model was **not** trained on (default ReDial; the
shipped model was trained on SGD and CCPE, see models/effort/README.md), writes each as a convo
chat transcript (USER -> customer, SYSTEM -> agent), runs ``convo run`` on them (understanding
on, the effort model given) and compares the run's ``ces`` with the raters' dialogue-level
satisfaction (mean of the ``OVERALL`` ratings, 1-5):

- ``spearman_ces``: Spearman(ces, satisfaction); low satisfaction should mean low CES (high effort);
- ``spearman_length``: the best a length-only predictor does, |Spearman(n_utterances, satisfaction)|
  (either sign counts, so the baseline is never handicapped by a guessed direction);
- the check: ``spearman_ces >= 0.30`` and ``spearman_ces - spearman_length >= 0.10``, and every
  call's drivers summing to its ces.

Usage:
    .venv/bin/python benchmarks/effort_uss.py --uss ../shared/data/satisfaction/uss --set ReDial
The last line is ``spearman_ces=<f> spearman_length=<f> margin=<f> pass=<bool>``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from convo.effort.report import spearman
from convo.effort.uss import uss_dialogues

ROOT = Path(__file__).resolve().parents[1]


def transcripts(path: Path, prefix: str, limit: int | None) -> tuple[list[dict], dict[str, float]]:
    """convo transcripts (no times: chat logs without timestamps) and each dialogue's mean OVERALL rating."""
    dialogues = uss_dialogues(path, prefix, limit)
    docs = [{"call_id": d["call_id"], "channel": "chat", "language": "en", "turns": d["turns"]} for d in dialogues]
    return docs, {d["call_id"]: float(np.mean(d["overall"])) for d in dialogues}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uss", type=Path, required=True, help="The USS folder (SGD.txt, ReDial.txt, CCPE.txt).")
    parser.add_argument("--set", default="ReDial", help="The held-out domain: SGD, ReDial or CCPE.")
    parser.add_argument("--model", default=str(ROOT / "models" / "effort"), help="Effort model folder.")
    parser.add_argument("--limit", type=int, help="Use only the first N dialogues.")
    parser.add_argument("--work", type=Path, help="Keep the transcripts and run here (default: a temporary folder).")
    parser.add_argument("--allow-train-domain", action="store_true", help="Run even if the model was trained on --set.")
    args = parser.parse_args(argv)
    config = json.loads((Path(args.model) / "config.json").read_text())
    trained_on = config.get("info", {}).get("trained_on", [])
    if args.set in trained_on and not args.allow_train_domain:
        parser.error(f"the model was trained on {trained_on}; {args.set} is not held out (pass --allow-train-domain)")
    work = args.work or Path(tempfile.mkdtemp(prefix="effort-uss-"))
    docs, satisfaction = transcripts(args.uss / f"{args.set}.txt", f"uss-{args.set.lower()}", args.limit)
    source = work / f"{args.set}.jsonl"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = work / "run"
    started = time.perf_counter()
    command = [sys.executable, "-m", "convo.cli", "run", str(source), "--out", str(out), "--effort-model", args.model]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
        return done.returncode
    calls = pq.read_table(out / "calls.parquet").to_pylist()
    target = np.array([satisfaction[c["call_id"]] for c in calls])
    ces = np.array([c["ces"] for c in calls], dtype=float)
    length = np.array([c["n_utterances"] for c in calls], dtype=float)
    exact = max(abs(c["ces_baseline"] + sum(d["contribution"] for d in c["effort_drivers"]) - c["ces"]) for c in calls)
    rho, rho_len = spearman(ces, target), abs(spearman(length, target))
    result = {"set": args.set, "model": args.model, "trained_on": trained_on, "dialogues": len(docs),
              "calls_scored": int(np.isfinite(ces).sum()), "run_seconds": round(time.perf_counter() - started, 1),
              "spearman_ces": round(rho, 4), "spearman_length_signed": round(spearman(length, target), 4),
              "spearman_length": round(rho_len, 4), "max_exact_sum_error": exact, "work": str(work)}
    print(json.dumps(result, indent=1))
    ok = rho >= 0.30 and rho - rho_len >= 0.10 and exact < 1e-4 and len(calls) == len(docs)
    print(f"spearman_ces={rho:.4f} spearman_length={rho_len:.4f} margin={rho - rho_len:.4f} pass={ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
