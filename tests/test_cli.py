"""CLI contract: exit codes, plain errors, no tracebacks (typer CliRunner)."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from typer.testing import CliRunner

import convo
from convo.cli import app
from tests.conftest import chat

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"convo {convo.__version__}"


def test_models_lists_offline_models():
    result = runner.invoke(app, ["models"])
    assert result.exit_code == 0
    assert "tiny.en" in result.stdout and "base" in result.stdout


def test_run_all_ok_exits_0(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    write_json("in/b.json", chat("b"))
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "2 inputs = 2 calls + 0 errors [ok]" in result.stdout
    assert pq.read_table(tmp_path / "out" / "calls.parquet").num_rows == 2


def test_run_with_failed_inputs_exits_3_and_keeps_results(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    write_json("in/broken.json", "{not json")
    (tmp_path / "in" / "noise.wav").write_bytes(b"RIFF....not audio at all")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3, result.output
    assert "3 inputs = 1 calls + 2 errors [ok]" in result.stdout
    errors = pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()
    assert sorted(e["stage"] for e in errors) == ["decode", "ingest"]
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--device", "gpu"]).exit_code == 2
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--ops", str(tmp_path / "missing.csv")]).exit_code == 2
    assert runner.invoke(app, ["run", "--out", str(tmp_path / "o")]).exit_code == 2


def test_unknown_model_exits_1_with_the_valid_names(tmp_path):
    (tmp_path / "x.wav").write_bytes(b"\0" * 100)
    result = runner.invoke(app, ["run", str(tmp_path / "x.wav"), "--out", str(tmp_path / "o"), "--asr-model", "nope"])
    assert result.exit_code == 1
    assert "unknown ASR model 'nope'" in result.output and "tiny.en" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_rerun_with_other_options_is_refused(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    (tmp_path / "in" / "x.wav").write_bytes(b"RIFF....not audio")
    args = ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    assert runner.invoke(app, args).exit_code == 3
    result = runner.invoke(app, args + ["--beam-size", "2"])
    assert result.exit_code == 1
    assert "holds a run made with other options" in result.output


def test_show_prints_calls_and_errors(tmp_path, write_json):
    write_json("in/a.json", chat("a"))
    write_json("in/bad.json", {"call_id": "bad", "turns": []})
    runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    result = runner.invoke(app, ["show", str(tmp_path / "out")], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "My parcel has not arrived." in result.stdout
    assert "has no turns" in result.stdout
    run_json = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run_json["counts"]["accounted"] is True
