"""Bad inputs and options give clear errors (library and CLI), never a traceback."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from convo.cli import app
from convo.errors import TopicsError
from convo.topics.data import load_units
from convo.topics.model import TopicModel
from convo.topics.options import TopicOptions
from tests.topics.topicdata import make_calls, write_run

runner = CliRunner()


@pytest.mark.parametrize("options,message", [
    ({"unit": "sentence"}, "Invalid unit 'sentence', expected one of: utterance, call"),
    ({"cluster_selection": "best"}, "Invalid cluster_selection 'best', expected one of: eom, leaf"),
    ({"min_cluster_size": 1}, "min_cluster_size must be an integer >= 2, got 1"),
    ({"n_components": 0}, "n_components must be an integer >= 2, got 0"),
    ({"max_fit_points": 10}, "max_fit_points must be an integer >= 100, got 10"),
    ({"emerging_factor": 1.0}, "emerging_factor must be > 1, got 1.0"),
    ({"assign_quantile": 1.5}, "assign_quantile must be in [0, 1), got 1.5"),
    ({"speakers": ()}, "speakers must name at least one role, e.g. customer"),
    ({"min_clustr_size": 5}, "Unknown topic options ['min_clustr_size']"),
])
def test_bad_options(options, message):
    with pytest.raises(ValueError) as exc:
        TopicOptions.coerce(options)
    assert message in str(exc.value)


@pytest.fixture
def small_run(tmp_path):
    return write_run(tmp_path / "small", make_calls({"parcel": 6, "refund": 5}, seed=1, prefix="s"))


def test_too_few_points(small_run):
    with pytest.raises(TopicsError) as exc:
        TopicModel({"min_cluster_size": 10}).fit(load_units([small_run]))
    assert str(exc.value) == ("only 11 utterances to cluster (11 short acknowledgements dropped); need at least 20 "
                              "(2 × min_cluster_size 10, and 10): add runs, or lower --min-cluster-size")


def test_wrong_embedding_dimension(tmp_path):
    run = write_run(tmp_path / "r", make_calls({"parcel": 20}, seed=1, prefix="d"), dim=128)
    with pytest.raises(TopicsError) as exc:
        load_units([run])
    assert str(exc.value) == (f"{run / 'embeddings.parquet'}: embeddings have dimension 128, expected 384 "
                              "(convo's shared encoder, all-MiniLM-L6-v2)")


def test_run_without_embeddings(tmp_path):
    run = write_run(tmp_path / "r", make_calls({"parcel": 20}, seed=1, prefix="d"), embeddings=False)
    with pytest.raises(TopicsError) as exc:
        load_units([run])
    assert str(exc.value) == (f"{run} has no embeddings.parquet: topics cluster the stored utterance vectors; "
                              "rerun `convo run` with understanding on (without --no-understand)")


def test_not_a_run(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(TopicsError, match="is not a finished convo run: utterances.parquet is missing"):
        load_units([tmp_path / "empty"])
    with pytest.raises(TopicsError, match="is not a directory"):
        load_units([tmp_path / "nowhere"])


def test_no_customer_utterances(small_run):
    with pytest.raises(TopicsError) as exc:
        load_units([small_run], {"speakers": ("caller",)})
    assert str(exc.value) == (f"no utterances of speaker(s) caller in {small_run} (speakers found: agent, customer); "
                              "pass --speaker to choose others")


def test_update_needs_a_topics_folder(tmp_path):
    with pytest.raises(TopicsError, match="is not a topics folder \\(no model.json\\); make one with `convo topics fit"):
        TopicModel.load(tmp_path)


# --- the CLI -------------------------------------------------------------------------------------


def test_cli_fit_show_update(tmp_path, week0_run):
    out = tmp_path / "topics"
    r = runner.invoke(app, ["topics", "fit", "--data", str(week0_run), "--out", str(out), "--min-cluster-size", "10"])
    assert r.exit_code == 0, r.output
    assert "5 new topics, 5 in all" in r.stdout and "220 short acknowledgements dropped" in r.stdout
    assert (out / "topics.parquet").is_file() and (out / "model.json").is_file()
    # the CLI's defaults are the library's
    assert json.loads((out / "model.json").read_text())["options"] == TopicOptions(min_cluster_size=10).to_dict()
    r = runner.invoke(app, ["topics", "show", str(out), "--topic", "0"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("topic 0: ") and "keywords: " in r.stdout and "2024-W01" in r.stdout
    run1 = write_run(tmp_path / "w1", make_calls({"parcel": 20, "outage": 40}, seed=9, prefix="u1"))
    r = runner.invoke(app, ["topics", "update", "--model", str(out), "--data", str(run1), "--emerging-factor", "1.5"])
    assert r.exit_code == 0, r.output
    assert "window 1:" in r.stdout and "emerging: topics 5" in r.stdout


@pytest.mark.parametrize("args,code,message", [
    (["topics", "fit", "--out", "{tmp}/t", "--data", "{small}", "--min-cluster-size", "10"], 1, "error: only 11 utterances to cluster"),
    (["topics", "fit", "--out", "{tmp}/t", "--data", "{noemb}"], 1, "has no embeddings.parquet"),
    (["topics", "fit", "--out", "{tmp}/t", "--data", "{small}", "--unit", "turn"], 2, "error: Invalid unit 'turn'"),
    (["topics", "update", "--model", "{tmp}", "--data", "{small}"], 1, "is not a topics folder"),
    (["topics", "show", "{tmp}"], 1, "is not a topics folder"),
    (["topics", "publish", "{tmp}", "--tenant", "acme", "--data", "{tmp}/nostore"], 1, "no convo data directory"),
])
def test_cli_errors(args, code, message, tmp_path, small_run):
    noemb = write_run(tmp_path / "noemb", make_calls({"parcel": 20}, seed=1, prefix="n"), embeddings=False)
    args = [a.format(tmp=tmp_path, small=small_run, noemb=noemb) for a in args]
    r = runner.invoke(app, args)
    assert r.exit_code == code, r.output
    assert message in " ".join(r.stderr.split())
    assert "Traceback" not in r.output


def test_cli_show_unknown_topic(tmp_path, fitted_dir):
    shutil.copytree(fitted_dir, tmp_path / "t")
    r = runner.invoke(app, ["topics", "show", str(tmp_path / "t"), "--topic", "99"])
    assert r.exit_code == 2 and "no topic 99 in" in r.stderr and "ids are 0, 1, 2, 3, 4" in r.stderr
