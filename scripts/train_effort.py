"""Train the default effort model (models/effort) on human satisfaction judgements.

What is fitted on what:

- the **language projection** (384 weights): ridge regression of each customer utterance's
  encoder vector on the 1-5 satisfaction its raters gave that turn (USS turn ratings);
- the **feel terms** (negativity, sentiment, confusion, apologies, customer language) and the
  thresholds: the cumulative-logit likelihood of every rater's dialogue-level satisfaction
  (USS ``OVERALL``, 1-5 read as scale ``1-5``, each rater weighted 1 / raters);
- the **do terms** are not fitted: research priors (convo.effort.priors), rescaled to CES
  points at the fitted baseline.

Training and evaluation inputs go through the same path as production: each dialogue becomes
a convo chat transcript (USER -> customer, SYSTEM -> agent), ``convo.pipeline.run`` turns it
into a run directory (understanding on: emotion, markers, embeddings), and the features are
computed from those tables by ``convo.effort.score.call_features``. Run directories are cached
under ``--work``, keyed by a hash of the understanding models (a new emotion model means new runs).

Usage:
    nice -n 5 .venv/bin/python scripts/train_effort.py --uss ../shared/data/satisfaction/uss \\
        --abredial ../shared/data/satisfaction/abredial --work /tmp/effort-train --out models/effort
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from convo.effort._torch_fit import fit_terms, threshold_init
from convo.effort.model import EffortModel, Term
from convo.effort.priors import FEEL_SHAPES, prior_terms, shape_terms
from convo.effort.report import auc, spearman
from convo.effort.scales import intervals_for
from convo.effort.score import call_features
from convo.effort.text import LANGUAGE_FEATURE, LANGUAGE_INFO
from convo.effort.uss import uss_dialogues
from convo.features import FEATURE_INFO

log = logging.getLogger("train_effort")
SETS = ("SGD", "ReDial", "CCPE")
RIDGE_LAMBDA = 30.0


# --- data --------------------------------------------------------------------------------------
def abredial_dialogues(path: Path) -> list[dict]:
    """AB-ReDial: one transcript per dialogue text; raters' efficiency (0/1) and overall (1-5)."""
    by_text: dict[str, dict] = {}
    with open(path / "annotated_dialogues.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            turns = []
            for k in range(22):
                cell = (row.get(f"utterance{k}") or "").strip()
                if "\t" in cell:
                    role, text = cell.split("\t", 1)
                    if text.strip():
                        turns.append({"speaker": "customer" if role.strip() == "USER" else "agent", "text": text.strip()})
            if not turns or not row["efficiency"] or not row["dialogue-overall"]:
                continue
            key = json.dumps(turns)
            entry = by_text.setdefault(key, {"call_id": f"abredial-{len(by_text):04d}", "turns": turns,
                                             "efficiency": [], "overall": []})
            entry["efficiency"].append(float(row["efficiency"]))
            entry["overall"].append(float(row["dialogue-overall"]))
    return list(by_text.values())


def write_transcripts(dialogues: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for d in dialogues:
            handle.write(json.dumps({"call_id": d["call_id"], "channel": "chat", "language": "en",
                                     "turns": d["turns"]}) + "\n")


def understanding_key() -> str:
    """A short hash of the understanding models' files: cached runs are redone when any of them changes."""
    import hashlib

    from convo.understand.registry import models_root

    digest = hashlib.sha256()
    for folder in ("emotion", "intents/retail", "roles", "markers"):
        for path in sorted((models_root() / folder).glob("*")):
            if path.is_file() and path.suffix != ".md":
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def ensure_run(name: str, dialogues: list[dict], work: Path) -> Path:
    """The run directory of these dialogues (cached per understanding models): convo's own pipeline,
    understanding on, no effort."""
    from convo.pipeline import RunOptions, run

    out = work / "runs" / understanding_key() / name
    if (out / "calls.parquet").is_file():
        return out
    source = work / "transcripts" / f"{name}.jsonl"
    write_transcripts(dialogues, source)
    log.info("running the pipeline on %d %s dialogues", len(dialogues), name)
    summary = run([source], out, options=RunOptions(workers=1, effort_model=None))
    log.info("%s: %s in %.0f s", name, summary.counts, summary.wall_s)
    return out


def load_run(run_dir: Path) -> dict:
    calls = pq.read_table(run_dir / "calls.parquet")
    utterances = pq.read_table(run_dir / "utterances.parquet")
    embeddings = pq.read_table(run_dir / "embeddings.parquet")
    return {"calls": calls, "utterances": utterances, "embeddings": embeddings}


# --- the language projection ----------------------------------------------------------------------
def turn_matrix(run: dict, dialogues: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Customer utterance vectors with their turn ratings (utterance ids follow the transcript order)."""
    ratings = {f"{d['call_id']}#{k:04d}": r for d in dialogues for k, r in d["turn_ratings"].items()}
    emb = run["embeddings"]
    ids = emb["utterance_id"].to_pylist()
    keep = [i for i, u in enumerate(ids) if u in ratings]
    vectors = np.asarray(emb["vector"].combine_chunks().flatten().to_numpy(), dtype=np.float64).reshape(len(ids), -1)
    return vectors[keep], np.array([ratings[ids[i]] for i in keep])


def ridge(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    xm, ym = x.mean(axis=0), y.mean()
    xc = x - xm
    w = np.linalg.solve(xc.T @ xc + lam * np.eye(x.shape[1]), xc.T @ (y - ym))
    return w, float(ym - xm @ w)


# --- the model ---------------------------------------------------------------------------------------
def features(run: dict, model: EffortModel) -> tuple[list[str], np.ndarray]:
    columns, _ = call_features(run["calls"], run["utterances"], run["embeddings"], model)
    return run["calls"]["call_id"].to_pylist(), model.values(columns)


def observations(call_ids: list[str], dialogues: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One row per rater: (call row, CES low, CES high, weight 1/raters)."""
    index = {c: i for i, c in enumerate(call_ids)}
    rows, values, weights = [], [], []
    for d in dialogues:
        if d["call_id"] not in index:
            continue
        for r in d["overall"]:
            rows.append(index[d["call_id"]])
            values.append(r)
            weights.append(1.0 / len(d["overall"]))
    low, high = intervals_for(values, ["1-5"] * len(values))
    return np.array(rows), low, high, np.array(weights)


def language_term(values: np.ndarray) -> Term:
    finite = values[np.isfinite(values)]
    knots = tuple(np.round(np.unique(np.quantile(finite, [0.0, 0.1, 0.5, 0.9, 1.0])), 4))
    return Term(name=LANGUAGE_FEATURE, kind="feel", knots=knots, rises=(0.0,) * (len(knots) - 1),
                reference=float(np.round(np.median(finite), 4)), monotone=1, source="fitted",
                description=LANGUAGE_INFO["description"], unit=LANGUAGE_INFO["unit"])


def build_model(text: dict, language_values: np.ndarray, thresholds: np.ndarray) -> EffortModel:
    feel = shape_terms(FEEL_SHAPES, FEATURE_INFO) + [language_term(language_values)]
    model = EffortModel(terms=feel, thresholds=thresholds, text=text)
    return replace(model, terms=prior_terms(model, FEATURE_INFO) + feel)


def fit_default(train: list[tuple[dict, list[dict]]], seed_text: dict) -> EffortModel:
    """Fit feel terms + thresholds on the training sets; do terms are the priors at the fitted baseline."""
    probe = EffortModel(terms=[], thresholds=np.linspace(-2.5, 2.5, 6), text=seed_text)
    blocks = [(run["calls"]["call_id"].to_pylist(),
               call_features(run["calls"], run["utterances"], run["embeddings"], probe)[0]) for run, _ in train]
    language = np.concatenate([cols[LANGUAGE_FEATURE] for _, cols in blocks])
    obs = [observations(ids, dialogues) for (ids, _), (_, dialogues) in zip(blocks, train)]
    low = np.concatenate([o[1] for o in obs])
    high = np.concatenate([o[2] for o in obs])
    model = build_model(seed_text, language, threshold_init(low, high))
    feel = [t.name for t in model.terms if t.source == "fitted"]
    for _ in range(3):  # priors are CES points at the baseline, which the fit moves: iterate to a fixed point
        values = np.vstack([model.values(cols)[o[0]] for (_, cols), o in zip(blocks, obs)])
        weights = np.concatenate([o[3] for o in obs])
        model = fit_terms(model, values, low, high, weights=weights, fit=feel, prior_strength=0.5, source="fitted")
        priors = {t.name: t for t in prior_terms(model, FEATURE_INFO)}
        model = replace(model, terms=[priors.get(t.name, t) for t in model.terms])
    return model


def evaluate_set(model: EffortModel, run: dict, dialogues: list[dict], key: str = "overall") -> dict:
    ids, values = features(run, model)
    result = model.explain({n: values[:, j] for j, n in enumerate(model.feature_names)})
    by_id = {d["call_id"]: d for d in dialogues}
    target = np.array([np.mean(by_id[c][key]) for c in ids])
    length = run["calls"]["n_utterances"].to_numpy().astype(float)
    signed = spearman(length, target)
    out = {"n": len(ids), "spearman_ces": spearman(result.ces, target), "spearman_length_signed": signed,
           "spearman_length": abs(signed)}
    if key == "overall":
        out["auc_high_effort_vs_overall_le_2.5"] = auc(result.high_effort_prob, target <= 2.5)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uss", type=Path, required=True)
    parser.add_argument("--abredial", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--train", default="SGD,CCPE")
    parser.add_argument("--test", default="ReDial")
    parser.add_argument("--limit", type=int, help="dialogues per set (smoke runs)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    data = {s: uss_dialogues(args.uss / f"{s}.txt", f"uss-{s.lower()}", args.limit) for s in SETS}
    runs = {s: load_run(ensure_run(f"uss-{s.lower()}", data[s], args.work)) for s in SETS}
    train_sets, test_set = args.train.split(","), args.test
    turn_counts = {s: len(turn_matrix(runs[s], data[s])[1]) for s in SETS}
    lodo = {held: train_and_eval([s for s in SETS if s != held], held, data, runs)[1] for held in SETS}
    model, shipped = train_and_eval(train_sets, test_set, data, runs)
    if args.abredial:
        ab = abredial_dialogues(args.abredial)
        ab_run = load_run(ensure_run("abredial", ab, args.work))
        shipped["abredial_efficiency"] = evaluate_set(model, ab_run, ab, key="efficiency")
        shipped["abredial_overall"] = evaluate_set(model, ab_run, ab, key="overall")
    model.info.update({"name": "effort", "trained_on": train_sets, "held_out": test_set,
                       "evaluation": {"shipped": shipped, "leave_one_domain_out": lodo}})
    model.info["training_data"] = {s: {"dialogues": len(data[s]), "rated_customer_turns": turn_counts[s]} for s in train_sets}
    model.save_pretrained(args.out)
    (args.out / "eval.json").write_text(json.dumps(model.info["evaluation"], indent=1) + "\n")
    write_card(args.out / "README.md", model)
    print(json.dumps(model.info["evaluation"], indent=1))
    return 0


def train_and_eval(train_sets: list[str], test_set: str, data: dict, runs: dict) -> tuple[EffortModel, dict]:
    xs, ys = zip(*(turn_matrix(runs[s], data[s]) for s in train_sets))
    w, b = ridge(np.vstack(xs), np.concatenate(ys), RIDGE_LAMBDA)
    text = {"weights": w, "bias": b, "dim": int(len(w)), "target": "USS turn satisfaction 1-5",
            "trained_on": train_sets, "ridge_lambda": RIDGE_LAMBDA}
    model = fit_default([(runs[s], data[s]) for s in train_sets], text)
    result = {"train": train_sets, "test": test_set, "test_metrics": evaluate_set(model, runs[test_set], data[test_set])}
    log.info("train %s -> test %s: %s", train_sets, test_set, result["test_metrics"])
    return model, result


def _fmt(x: float) -> str:
    return f"{x:+.3f}" if np.isfinite(x) else "n/a"


def write_card(path: Path, model: EffortModel) -> None:
    """The model card (README.md) with the figures of this training run."""
    ev = model.info["evaluation"]
    shipped = ev["shipped"]["test_metrics"]
    lodo_rows = "\n".join(
        f"| {', '.join(r['train'])} | {held} | {r['test_metrics']['n']} | {_fmt(r['test_metrics']['spearman_ces'])} | "
        f"{_fmt(r['test_metrics']['spearman_length'])} |" for held, r in ev["leave_one_domain_out"].items())
    effects = "\n".join(
        f"| `{row['driver']}` | {row['kind']} | {row['source']} | "
        + ", ".join(f"{e['value']:g}: {e['ces_points']:+.2f}" for e in row["effects"]) + " |"
        for row in model.effect_table())
    ab = ev["shipped"]
    extra = ""
    if "abredial_efficiency" in ab:
        e, o = ab["abredial_efficiency"], ab["abredial_overall"]
        extra = (f"| AB-ReDial efficiency (share of raters judging the dialogue efficient) | {e['n']} | "
                 f"{_fmt(e['spearman_ces'])} | {_fmt(e['spearman_length'])} |\n"
                 f"| AB-ReDial overall satisfaction (1-5) | {o['n']} | {_fmt(o['spearman_ces'])} | "
                 f"{_fmt(o['spearman_length'])} |\n")
    data = model.info["training_data"]
    text = CARD.format(
        train=" + ".join(model.info["trained_on"]), test=model.info["held_out"],
        data_rows="\n".join(f"  | USS {s} | {d['dialogues']} | {d['rated_customer_turns']} |" for s, d in data.items()),
        baseline=model.baseline, n=shipped["n"], rho=_fmt(shipped["spearman_ces"]),
        rho_len=_fmt(shipped["spearman_length"]), auc=shipped["auc_high_effort_vs_overall_le_2.5"],
        extra=extra, lodo=lodo_rows, effects=effects, ridge=RIDGE_LAMBDA)
    path.write_text(text, encoding="utf-8")


CARD = """# Effort model `effort` (CES 2.0, 1-7, 7 = very easy)

The default model of convo's effort pass (`convo run`, `convo effort score`). An ordinal
(cumulative-logit) head over an additive latent score of per-driver shape functions plus one
language term; every score is explained exactly by its drivers. How it works, the scales and the
columns: [docs/effort.md](../../docs/effort.md). Files: `config.json` (shapes, thresholds,
provenance), `weights.npz` (the 384-weight language projection), `eval.json` (the figures below).

## What it was fitted on — and what it was not

- **Language and emotion ("feel") part: fitted on real human judgements**, the USS corpus (Sun et
  al., "Simulating User Satisfaction for the Evaluation of Task-oriented Dialogue Systems", SIGIR
  2021): chats between people and systems — services and bookings (SGD), movie recommendation
  (ReDial), movie preference elicitation (CCPE) — whose user turns and whole dialogues were rated
  1-5 for user satisfaction by three or four crowd workers each. Training domains: **{train}**.

  | data | dialogues | rated customer turns |
  |---|---|---|
{data_rows}

  - the language projection (`customer_language`): ridge regression (λ = {ridge:g}) of each
    customer utterance's stored sentence vector on its turn rating (mean of the raters);
  - the feel shapes (negativity, sentiment, confusion, apologies, customer language) and the
    six thresholds: maximum likelihood of every rater's dialogue-level rating, each rater
    weighted 1 / raters, with the satisfaction → CES mapping below; a weak Gaussian prior
    (λ = 0.5) shrinks every shape towards flat.
- **Operational ("do") part: NOT fitted on any data.** There are no public contact-centre
  conversations with CES answers. Its drivers and their direction come from published research:
  Dixon, Freeman & Toman, "Stop Trying to Delight Your Customers", *Harvard Business Review*,
  July-August 2010 (a CEB study of more than 75,000 contact-centre and self-service customers:
  reducing effort, not delighting, drives loyalty; the main sources of effort are repeat
  contacts, transfers, having to repeat information and switching channels), and the CEB/Gartner
  CES 2.0 work (Dixon, Toman & DeLisi, *The Effortless Experience*, 2013). Those sources do not
  give effect sizes for convo's features: **the sizes are convo's own judgement-based priors,
  labelled `source: prior` in config.json, to be refitted** on an organisation's own surveys with
  `convo effort fit` (which shrinks towards them only as far as its data is thin).
- **Thresholds, and so the absolute level** (baseline CES {baseline:.2f}), reflect how USS raters
  used the satisfaction scale (mostly 3 of 5), not how customers answer a CES survey. Treat the
  default model's scores as a ranking until it is refitted.

**Satisfaction → CES mapping.** A 1-5 satisfaction rating (5 = very satisfied) is read as an
answer on scale `1-5` (5 = very easy): 1 → CES 1, 2 → CES 2 or 3, 3 → CES 4, 4 → CES 5 or 6,
5 → CES 7, the two-point answers being interval-censored in the likelihood. Satisfaction is not
effort; it is the closest human judgement of a whole conversation available in public data.

## Validation across domains

Held out: **USS {test}**, a domain the shipped model never saw (neither the projection nor the
shapes). Every dialogue went through the production path: a chat transcript (USER → customer,
SYSTEM → agent, no timestamps), `convo.pipeline.run` with understanding on, the features and
the model as `convo run` applies them. Target: the dialogue's mean OVERALL rating. "Length" is
the best a length-only predictor does, |Spearman(number of utterances, satisfaction)|.

| held out | dialogues | Spearman(ces, satisfaction) | length only |
|---|---|---|---|
| USS {test} (shipped model) | {n} | {rho} | {rho_len} |
{extra}
AUC of `high_effort_prob` for dialogues rated ≤ 2.5 on average (USS {test}): {auc:.3f}.
`benchmarks/effort_uss.py` repeats the USS {test} check end to end through the `convo run` command.

Leave one domain out (the projection and the shapes refitted on the other two each time):

| trained on | held out | dialogues | Spearman(ces, satisfaction) | length only |
|---|---|---|---|---|
{lodo}

## Driver effects

CES points for a call otherwise at baseline, at the knots of each shape (beyond the last knot
the effect stays flat; a missing value contributes 0):

| driver | kind | source | effect at knots |
|---|---|---|---|
{effects}

## Limits

- No contact-centre CES data: the operational effects are priors, and the level is USS's.
- USS raters judged text chats between people and systems (movie recommendation, services,
  preferences); customers on a phone line may express effort differently.
- Voice-only drivers (dead air, overtalk, holds) have no training signal in chat data.
- English only (the encoder and the USS text).

## Reproduce

```bash
nice -n 5 .venv/bin/python scripts/train_effort.py --uss ../shared/data/satisfaction/uss \\
    --abredial ../shared/data/satisfaction/abredial --work /tmp/effort-train --out models/effort
.venv/bin/python benchmarks/effort_uss.py --uss ../shared/data/satisfaction/uss --set {test}
```
"""


if __name__ == "__main__":
    sys.exit(main())
