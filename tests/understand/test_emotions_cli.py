"""`convo emotions predict`: one JSON line per input line, plain errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from convo.cli import app

runner = CliRunner()


def test_emotions_predict_writes_label_scores_and_sentiment(tmp_path):
    texts = ["Thank you so much, you've been incredibly helpful!",
             "This is the third time I've called and it's still broken, I'm furious",
             "What time do you open tomorrow?"]
    (tmp_path / "in.txt").write_text("\n".join(texts) + "\n")
    result = runner.invoke(app, ["emotions", "predict", "--input", str(tmp_path / "in.txt"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert set(row) == {"label", "scores", "sentiment"}
        assert row["label"] in row["scores"] and abs(sum(row["scores"].values()) - 1) < 0.01
        assert -1.0 <= row["sentiment"] <= 1.0
    assert rows[0]["sentiment"] > 0.3 > -0.3 > rows[1]["sentiment"]


def test_emotions_predict_on_an_empty_file_writes_nothing(tmp_path):
    (tmp_path / "in.txt").write_text("")
    result = runner.invoke(app, ["emotions", "predict", "--input", str(tmp_path / "in.txt"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0 and (tmp_path / "o.jsonl").read_text() == ""


def test_emotions_predict_with_a_missing_model_is_a_plain_error(tmp_path):
    (tmp_path / "in.txt").write_text("hi\n")
    result = runner.invoke(app, ["emotions", "predict", "--input", str(tmp_path / "in.txt"), "--out", str(tmp_path / "o.jsonl"),
                                 "--model", str(tmp_path / "none")])
    assert result.exit_code == 2 and "not found" in result.output and "Traceback" not in result.output
