"""A topics folder on disk: the four tables, ``model.json`` (options, windows) and ``reducer.npz``.

::

    TOPICS_DIR/
      topics.parquet             one row per topic (TOPICS)
      topic_assignments.parquet  one row per clustered utterance or call (TOPIC_ASSIGNMENTS)
      call_topics.parquet        one row per (call, topic) (CALL_TOPICS)
      topic_trends.parquet       one row per (topic, ISO week) (TOPIC_TRENDS)
      model.json                 format, options, one entry per window (sources, counts, outlier shares)

No pickles: the folder is plain Parquet and JSON. An update needs only the topics' centroids and
similarity quantiles (in ``topics.parquet``) and the options.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from convo.errors import TopicsError
from convo.schema import TOPIC_TABLES
from convo.topics.options import TopicOptions

if TYPE_CHECKING:  # pragma: no cover
    from convo.topics.model import TopicModel

FORMAT = 1
MODEL_FILE = "model.json"
FILES = {name: f"{name}.parquet" for name in TOPIC_TABLES}


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_table(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    _replace(tmp, path)


def write_json(data: dict[str, Any], path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n")
    _replace(tmp, path)


def write_model(model: "TopicModel", path: Path) -> Path:
    """Write the model's folder (each file atomically; ``model.json`` last)."""
    path.mkdir(parents=True, exist_ok=True)
    tables = {"topics": model.topics_, "topic_assignments": model.assignments_, "call_topics": model.call_topics_,
              "topic_trends": model.trends_}
    for name, table in tables.items():
        write_table(table.cast(TOPIC_TABLES[name]), path / FILES[name])
    write_json({"format": FORMAT, "options": model.options_.to_dict(), "windows": model.windows_}, path / MODEL_FILE)
    return path


def read_meta(path: Path) -> dict[str, Any]:
    """``model.json`` of a topics folder, checked."""
    meta_path = path / MODEL_FILE
    if not meta_path.is_file():
        raise TopicsError(f"{path} is not a topics folder (no {MODEL_FILE}); make one with `convo topics fit --out {path}`")
    try:
        meta = json.loads(meta_path.read_text())
    except json.JSONDecodeError as exc:
        raise TopicsError(f"{meta_path} is not valid JSON: {exc}") from None
    if meta.get("format") != FORMAT:
        raise TopicsError(f"{meta_path} has format {meta.get('format')!r}; this convo reads format {FORMAT}")
    missing = [f for f in FILES.values() if not (path / f).is_file()]
    if missing:
        raise TopicsError(f"{path} is an incomplete topics folder: {', '.join(missing)} missing")
    return meta


def read_tables(path: Path) -> dict[str, pa.Table]:
    return {name: pq.read_table(path / FILES[name]) for name in TOPIC_TABLES}


def read_model(cls: type["TopicModel"], path: Path) -> "TopicModel":
    meta = read_meta(path)
    tables = read_tables(path)
    model = cls(meta["options"])
    model.options_ = TopicOptions.coerce({**meta["options"], "speakers": tuple(meta["options"]["speakers"])})
    model.topics_, model.assignments_ = tables["topics"], tables["topic_assignments"]
    model.call_topics_, model.trends_ = tables["call_topics"], tables["topic_trends"]
    model.windows_ = meta["windows"]
    return model
