"""``convo effort fit / score / show`` through CliRunner: outputs, exit codes and plain errors."""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from convo import schema
from convo.cli import app

pytest.importorskip("torch")
pytest.importorskip("numba")
runner = CliRunner()


def _labels(path, ids, ces, scale=None):
    columns = {"call_id": ids, "ces": ces}
    if scale is not None:
        columns["scale"] = scale
    pcsv.write_csv(pa.table(columns), path)
    return path


def test_fit_writes_a_model_and_report(simulation, tmp_path):
    out = tmp_path / "acme"
    result = runner.invoke(app, ["effort", "fit", "--data", str(simulation["run"]), "--labels", str(simulation["labels"]),
                                 "--out", str(out), "--base", str(simulation["prior"])])
    assert result.exit_code == 0, result.output
    assert "Spearman" in result.stdout and "AUC high effort" in result.stdout
    assert {"config.json", "report.json", "report.md"} <= {p.name for p in out.iterdir()}
    shown = runner.invoke(app, ["effort", "show", "--model", str(out)])
    assert shown.exit_code == 0 and "transfer_count" in shown.stdout and "prior+fitted" in shown.stdout


def test_fit_accepts_reversed_and_five_point_scales(simulation, tmp_path):
    ces = simulation["ces"]
    five = np.clip(np.rint(1 + (ces - 1) * 4 / 6), 1, 5).astype(int)  # the same answers asked on 1-5 …
    reversed_five = 6 - five  # … with 1 = very easy (CES 1.0)
    labels = _labels(tmp_path / "l.csv", simulation["ids"], reversed_five, ["5-1"] * len(five))
    result = runner.invoke(app, ["effort", "fit", "--data", str(simulation["run"]), "--labels", str(labels),
                                 "--out", str(tmp_path / "m"), "--base", str(simulation["prior"]), "--no-refit"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "m" / "report.json").read_text())
    assert report["test"]["spearman"] > 0.45  # reversed answers, once mapped, rank calls the right way round


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ({"call_id": ["small-00000", "nobody-1", "nobody-2"], "ces": [5, 4, 3]},
         "2 labelled call id(s) are in none of the runs given, e.g. ['nobody-1', 'nobody-2']"),
        ({"call_id": ["small-00000", "small-00001"], "ces": [5, 9]},
         "label row 2 (call 'small-00001'): ces=9 is outside the 1-7 scale (1-7)"),
        ({"call_id": ["small-00000"], "ces": [3], "scale": ["0-10"]},
         "label row 1 (call 'small-00000'): unknown scale '0-10', expected one of: 1-7, 7-1, 1-5, 5-1"),
        ({"call_id": ["small-00000"], "score": [3]}, "lacks column(s) ['ces']; expected call_id, ces[, scale]"),
        ({"call_id": ["small-00000"], "ces": ["easy"]}, "column 'ces' must be numeric"),
    ],
)
def test_bad_labels_are_named(small_run, simulation, tmp_path, rows, message):
    run, _ = small_run
    path = tmp_path / "labels.csv"
    pcsv.write_csv(pa.table(rows), path)
    result = runner.invoke(app, ["effort", "fit", "--data", str(run), "--labels", str(path), "--out", str(tmp_path / "m"),
                                 "--base", str(simulation["prior"])])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_too_few_labels_and_missing_runs_are_convo_errors(small_run, simulation, tmp_path):
    run, ids = small_run
    labels = _labels(tmp_path / "l.csv", ids[:5], [5, 4, 3, 6, 7])
    result = runner.invoke(app, ["effort", "fit", "--data", str(run), "--labels", str(labels), "--out", str(tmp_path / "m"),
                                 "--base", str(simulation["prior"])])
    assert result.exit_code == 1 and "5 labelled calls; at least 20 are needed" in result.output
    result = runner.invoke(app, ["effort", "score", "--data", str(tmp_path / "nothing"), "--model", str(simulation["prior"])])
    assert result.exit_code == 1 and "is not a run directory: no calls.parquet" in result.output
    result = runner.invoke(app, ["effort", "score", "--data", str(run), "--model", str(tmp_path / "no-model")])
    assert result.exit_code == 1 and "effort model" in result.output


def test_score_rewrites_calls_and_friction(small_run, simulation):
    run, ids = small_run
    result = runner.invoke(app, ["effort", "score", "--data", str(run), "--model", str(simulation["prior"])])
    assert result.exit_code == 0, result.output
    calls = pq.read_table(run / "calls.parquet")
    assert calls.schema.equals(schema.CALLS, check_metadata=False)
    assert calls["call_id"].to_pylist() == ids
    for row in calls.to_pylist():
        total = row["ces_baseline"] + sum(d["contribution"] for d in row["effort_drivers"])
        assert total == pytest.approx(row["ces"], abs=1e-4)
        assert row["effort_model"] == "sim-prior" and len(row["ces_dist"]) == 7
    friction = pq.read_table(run / "friction.parquet")
    assert friction.schema.equals(schema.FRICTION, check_metadata=False)
    assert sum(friction["volume"].to_pylist()) == len(ids)
