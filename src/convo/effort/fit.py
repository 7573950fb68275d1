"""``convo effort fit``: refit the CES model on an organisation's own survey answers.

Inputs are run directories written by ``convo run`` and a labels file (CSV or Parquet) with
``call_id, ces`` and optionally ``scale`` (``1-7`` default, ``7-1``, ``1-5``, ``5-1``; see
:mod:`convo.effort.scales`). The calls' features are computed exactly as at scoring time; the
labelled calls are split by call id into a train and a held-out part; every term and the
thresholds are fitted on the train part starting from (and shrunk towards) the base model —
by default the shipped one, whose operational effects are research priors; the held-out part
gives the report; then the model is refitted on all labels (``refit_all``) and written with
``report.json`` and ``report.md``. The language projection is kept from the base model (a few
hundred call-level answers cannot refit 384 weights).

Example:
    >>> report = fit_effort(["out/jan"], "surveys.csv", "models/effort-acme")  # doctest: +SKIP
    >>> sorted(report["test"])[:3]  # doctest: +SKIP
    ['auc_high_effort', 'calibration', 'calibration_high_effort']
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.effort.model import EffortModel
from convo.effort.report import evaluate, report_markdown
from convo.effort.scales import DEFAULT_SCALE, check_scale, intervals_for
from convo.effort.score import DEFAULT_MODEL, EffortError, call_features, load_model, read_run

logger = logging.getLogger(__name__)
REPORT_JSON, REPORT_MD = "report.json", "report.md"


@dataclass(frozen=True)
class FitOptions:
    """Options of ``convo effort fit``; echoed in the report."""

    test_size: float = 0.2
    seed: int = 0
    prior_strength: float = 1.0
    refit_all: bool = True
    default_scale: str = DEFAULT_SCALE
    min_labels: int = 20
    device: str = "cpu"

    def __post_init__(self) -> None:
        if not 0.0 < self.test_size < 1.0:
            raise ValueError(f"test_size must be between 0 and 1 (exclusive), got {self.test_size}")
        if self.prior_strength < 0:
            raise ValueError(f"prior_strength must be >= 0, got {self.prior_strength}")
        if self.min_labels < 2:
            raise ValueError(f"min_labels must be >= 2, got {self.min_labels}")
        check_scale(self.default_scale)


def read_labels(path: str | Path) -> pa.Table:
    """``call_id, ces, scale`` from a CSV or Parquet file; ``ValueError`` naming what is wrong."""
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    path = Path(path)
    if not path.is_file():
        raise ValueError(f"labels file {path} does not exist")
    if path.suffix.lower() == ".parquet":
        table = pq.read_table(path)
    elif path.suffix.lower() == ".csv":
        options = pcsv.ConvertOptions(column_types={"call_id": pa.string(), "scale": pa.string()})
        try:
            table = pcsv.read_csv(path, convert_options=options)
        except pa.ArrowInvalid as exc:
            raise ValueError(f"cannot read labels {path}: {exc}") from None
    else:
        raise ValueError(f"labels file {path}: expected a .csv or .parquet file, got {path.suffix or 'no suffix'!r}")
    missing = [c for c in ("call_id", "ces") if c not in table.column_names]
    if missing:
        raise ValueError(f"labels file {path} lacks column(s) {missing}; expected call_id, ces[, scale], "
                         f"got {table.column_names}")
    try:
        ces = pc.cast(table["ces"], pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        raise ValueError(f"labels file {path}: column 'ces' must be numeric, got {table['ces'].type}") from None
    scale = table["scale"].cast(pa.string()) if "scale" in table.column_names else pa.nulls(table.num_rows, pa.string())
    out = pa.table({"call_id": table["call_id"].cast(pa.string()), "ces": ces, "scale": scale})
    if out["call_id"].null_count or out["ces"].null_count:
        raise ValueError(f"labels file {path}: call_id and ces must not be empty "
                         f"({out['call_id'].null_count} empty call_id, {out['ces'].null_count} empty ces)")
    return out


def label_intervals(labels: pa.Table, default_scale: str = DEFAULT_SCALE) -> tuple[np.ndarray, np.ndarray]:
    """The CES interval of every label, each on its own scale; errors name the row."""
    values = labels["ces"].to_numpy(zero_copy_only=False)
    scales = labels["scale"].to_pylist()
    for i, (v, s) in enumerate(zip(values, scales)):
        name = s or default_scale
        try:
            low, high, _ = check_scale(name)
        except ValueError as exc:
            raise ValueError(f"label row {i + 1} (call {labels['call_id'][i].as_py()!r}): {exc}") from None
        if not low <= v <= high:
            raise ValueError(f"label row {i + 1} (call {labels['call_id'][i].as_py()!r}): ces={v:g} is outside "
                             f"the {name} scale ({low}-{high})")
    return intervals_for(values, scales, default=default_scale)


def training_features(run_dirs: Sequence[str | Path], model: EffortModel, *, device: str = "cpu") -> tuple[list[str], np.ndarray]:
    """(call ids, ``(calls, terms)`` values) of every call of the runs, in the model's term order."""
    ids: list[str] = []
    blocks = []
    for run_dir in run_dirs:
        calls, utterances, embeddings = read_run(Path(run_dir))
        embeddings = embeddings if embeddings is not None and embeddings.num_rows else None
        columns, _ = call_features(calls, utterances, embeddings, model, device=device)
        ids += calls["call_id"].to_pylist()
        blocks.append(model.values(columns))
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        dupes = sorted({c for c in ids if c in seen or seen.add(c)})
        raise ValueError(f"call ids appear in more than one run: {dupes[:5]}")
    return ids, np.vstack(blocks) if blocks else np.zeros((0, len(model.terms)))


def align(labels: pa.Table, call_ids: list[str]) -> np.ndarray:
    """Row of each label's call in ``call_ids``; ``ValueError`` listing labels for unknown calls."""
    index = {cid: i for i, cid in enumerate(call_ids)}
    label_ids = labels["call_id"].to_pylist()
    unknown = sorted({c for c in label_ids if c not in index})
    if unknown:
        raise ValueError(f"{len(unknown)} labelled call id(s) are in none of the runs given, e.g. {unknown[:5]}; "
                         "pass every run directory that holds the labelled calls with --data")
    return np.array([index[c] for c in label_ids], dtype=np.int64)


def split_calls(call_rows: np.ndarray, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Boolean (train, test) masks over the labels, splitting by call so a call's answers stay together."""
    unique = np.unique(call_rows)
    rng = np.random.default_rng(seed)
    n_test = max(1, int(round(test_size * len(unique))))
    test_calls = rng.choice(unique, size=n_test, replace=False)
    test = np.isin(call_rows, test_calls)
    return ~test, test


def fit_effort(run_dirs: Sequence[str | Path], labels_path: str | Path, out: str | Path, *,
               base: str | Path = DEFAULT_MODEL, options: FitOptions | dict | None = None,
               name: str | None = None) -> dict[str, Any]:
    """Fit, evaluate on a held-out split, refit and write a model folder; return the report."""
    from convo.effort._torch_fit import fit_terms

    options = FitOptions(**options) if isinstance(options, dict) else options or FitOptions()
    labels = read_labels(labels_path)
    low, high = label_intervals(labels, options.default_scale)
    model = load_model(base)
    call_ids, values = training_features(run_dirs, model, device=options.device)
    rows = align(labels, call_ids)
    if len(np.unique(rows)) < options.min_labels:
        raise EffortError(f"{len(np.unique(rows))} labelled calls; at least {options.min_labels} are needed to fit "
                          "and hold some out")
    train, test = split_calls(rows, options.test_size, options.seed)
    fitted = fit_terms(model, values[rows[train]], low[train], high[train], prior_strength=options.prior_strength)
    test_report = evaluate(fitted, fitted.explain(_as_columns(fitted, values[rows[test]])), low[test], high[test])
    final = fit_terms(model, values[rows], low, high, prior_strength=options.prior_strength) if options.refit_all else fitted
    out = Path(out)
    info = {"name": name or out.name, "fitted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "base_model": model.name, "fitted_on": f"{len(labels)} survey answers for {len(np.unique(rows))} calls",
            "runs": [str(r) for r in run_dirs], "labels": str(labels_path), "fit_options": asdict(options)}
    final = final.with_terms(final.terms, final.thresholds, **info)
    final.info.pop("path", None)
    final.save_pretrained(out)
    report = {"model_name": info["name"], "n_labels": len(labels), "n_calls": int(len(np.unique(rows))),
              "n_train": int(train.sum()), "seed": options.seed, "refit_all": options.refit_all,
              "options": asdict(options), "test": test_report,
              "final_effects": final.effect_table(), "ces_baseline": final.baseline}
    _attach_means(report)
    (out / REPORT_JSON).write_text(json.dumps(report, indent=1, default=float) + "\n", encoding="utf-8")
    (out / REPORT_MD).write_text(report_markdown(report), encoding="utf-8")
    return report


def _as_columns(model: EffortModel, values: np.ndarray) -> dict[str, np.ndarray]:
    return {name: values[:, j] for j, name in enumerate(model.feature_names)}


def _attach_means(report: dict[str, Any]) -> None:
    means = {row["driver"]: row.get("mean_contribution", 0.0) for row in report["test"]["driver_effects"]}
    for row in report["final_effects"]:
        row["mean_contribution"] = means.get(row["driver"], 0.0)
