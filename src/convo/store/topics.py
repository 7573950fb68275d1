"""A tenant's topics in the store: publish a topics folder, read it, erase calls from it.

``convo topics publish TOPICS_DIR --tenant T --data DATA`` copies the folder (atomically) to
``tenants/<tenant>/topics/``; the API's ``/v1/topics`` routes read it. Only calls the tenant's
store holds are published: rows of any other call (one never ingested, or erased since the
topics were fitted) are dropped on the way in, so a re-publish cannot bring erased text back.
Erasure and retention (``convo.store.privacy``) remove a call's assignments and its utterances
from the topics' examples, and recompute the volumes.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from convo.errors import ConvoError
from convo.store.audit import append as audit
from convo.store.db import Store, validate_name
from convo.topics.io import FILES, MODEL_FILE, read_meta, read_tables, write_table
from convo.topics.tables import refresh, trends_table

SUBDIR = "topics"
CALL_FIELDS = ("call_id", "share", "primary", "started_at", "ces", "high_effort_prob")


def topics_dir(store: Store, tenant_id: str) -> Path:
    return store.tenant_dir(tenant_id) / SUBDIR


def _store_call_ids(store: Store, tenant_id: str) -> set[str]:
    if not store.has_table("calls"):
        return set()
    with store.read() as cur:
        return {r[0] for r in cur.execute("SELECT call_id FROM calls WHERE tenant_id = ?", [tenant_id]).fetchall()}


def publish_topics(store: Store, source: str | Path, tenant_id: str, *, actor: str | None = None) -> dict[str, Any]:
    """Copy a topics folder into the tenant's dataset, less calls the store does not hold for it.

    Example:
        >>> publish_topics(Store.open("data"), "topics/", "acme")["topics"]  # doctest: +SKIP
        42
    """
    source = Path(source)
    validate_name(tenant_id, "tenant")
    meta = read_meta(source)
    tables = read_tables(source)
    known = _store_call_ids(store, tenant_id)
    ids = set(tables["call_topics"]["call_id"].to_pylist())
    if ids and not ids & known:
        raise ConvoError(f"none of the {len(ids)} calls of {source} is in tenant {tenant_id}'s store: "
                         f"ingest the runs the topics were fitted on first (`convo ingest RUN_DIR --tenant {tenant_id}`)")
    target = topics_dir(store, tenant_id)
    tmp = target.with_name(f".{SUBDIR}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in list(FILES.values()) + [MODEL_FILE]:
        shutil.copy2(source / name, tmp / name)
    dropped = sorted(ids - known)
    _erase_in(tmp, dropped, meta)
    old = target.with_name(f".{SUBDIR}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    n_topics = read_tables(target)["topics"].num_rows
    audit(store, "topics.publish", tenant_id=tenant_id, key_id=actor,
          detail={"topics": n_topics, "calls": len(ids) - len(dropped), "calls_dropped": len(dropped)})
    return {"tenant_id": tenant_id, "topics": n_topics, "calls": len(ids) - len(dropped), "calls_dropped": len(dropped),
            "windows": len(meta["windows"])}


def _without(table: pa.Table, call_ids: pa.Array) -> pa.Table:
    return table.filter(pc.invert(pc.is_in(table["call_id"], call_ids)))


def _erase_in(path: Path, call_ids: list[str], meta: dict[str, Any]) -> int:
    """Drop ``call_ids`` from a topics folder's tables and examples; return the rows removed."""
    if not call_ids:
        return 0
    tables = read_tables(path)
    gone = pa.array(call_ids, pa.string())
    assignments, calls = _without(tables["topic_assignments"], gone), _without(tables["call_topics"], gone)
    removed = tables["topic_assignments"].num_rows - assignments.num_rows + tables["call_topics"].num_rows - calls.num_rows
    topics = tables["topics"]
    erased = set(call_ids)
    examples = [[r for r in reps if r["call_id"] not in erased] for reps in topics["representatives"].to_pylist()]
    removed += sum(len(r) for r in topics["representatives"].to_pylist()) - sum(len(r) for r in examples)
    if not removed:
        return 0
    topics = topics.set_column(topics.schema.get_field_index("representatives"), topics.schema.field("representatives"),
                               pa.array(examples, topics.schema.field("representatives").type))
    options = meta["options"]
    topics = refresh(topics, assignments, calls, emerging_factor=options["emerging_factor"],
                     min_emerging_calls=options["min_emerging_calls"])
    for name, table in (("topic_assignments", assignments), ("call_topics", calls), ("topic_trends", trends_table(calls)),
                        ("topics", topics)):
        write_table(table, path / FILES[name])
    return removed


def erase_calls(store: Store, tenant_id: str, call_ids: list[str]) -> int:
    """Remove calls from the tenant's published topics (erasure, retention); return rows removed."""
    path = topics_dir(store, tenant_id)
    if not (path / MODEL_FILE).is_file():
        return 0
    return _erase_in(path, call_ids, read_meta(path))


class TenantTopics:
    """Read one tenant's published topics (nothing else: the folder is the tenant's own).

    Example:
        >>> TenantTopics(store, "acme").list_topics()[0]["label"]  # doctest: +SKIP
        'parcel / tracking / delivery'
    """

    def __init__(self, store: Store, tenant_id: str) -> None:
        self.store, self.tenant_id = store, tenant_id
        self.path = topics_dir(store, tenant_id)

    def _tables(self, names: tuple[str, ...], topic_id: int | None = None) -> tuple[dict[str, Any], dict[str, pa.Table]] | None:
        """``model.json`` and the named tables (rows of ``topic_id`` only, when given); ``None`` if unpublished."""
        if not (self.path / MODEL_FILE).is_file():
            return None
        filters = [("topic_id", "=", topic_id)] if topic_id is not None else None
        return read_meta(self.path), {n: pq.read_table(self.path / FILES[n], filters=filters) for n in names}

    @staticmethod
    def _summary(row: dict[str, Any], trend: list[dict[str, Any]]) -> dict[str, Any]:
        skip = ("representatives", "centroid", "similarity_quantiles", "keyword_scores", "min_similarity")
        return {**{k: v for k, v in row.items() if k not in skip}, "trend": trend}

    @staticmethod
    def _trend(trends: pa.Table, topic_id: int, weeks: int) -> list[dict[str, Any]]:
        rows = trends.filter(pc.and_(pc.equal(trends["topic_id"], topic_id), pc.is_valid(trends["week"])))
        return [{k: v for k, v in r.items() if k != "topic_id"} for r in rows.to_pylist()[-weeks:]]

    def model_info(self, meta: dict[str, Any]) -> dict[str, Any]:
        windows = meta["windows"]
        return {"unit": meta["options"]["unit"], "windows": len(windows), "fitted_at": windows[0]["created_at"],
                "updated_at": windows[-1]["created_at"], "outlier_share": windows[-1]["outlier_share"],
                "emerging_factor": meta["options"]["emerging_factor"]}

    def list_topics(self, *, emerging: bool | None = None, weeks: int = 12) -> dict[str, Any] | None:
        """Every topic, largest first, with its weekly trend; ``None`` when none are published."""
        loaded = self._tables(("topics", "topic_trends"))
        if loaded is None:
            return None
        meta, tables = loaded
        topics = tables["topics"].sort_by([("size", "descending"), ("topic_id", "ascending")])
        if emerging is not None:
            topics = topics.filter(pc.equal(topics["emerging"], emerging))
        items = [self._summary(r, self._trend(tables["topic_trends"], r["topic_id"], weeks)) for r in topics.to_pylist()]
        return {"model": self.model_info(meta), "items": items}

    def get_topic(self, topic_id: int, *, calls_limit: int = 50, weeks: int = 52) -> dict[str, Any] | None:
        """One topic with its examples and calls (most of their text in this topic first)."""
        loaded = self._tables(("topics", "call_topics", "topic_trends"), topic_id)
        if loaded is None:
            return None
        _, tables = loaded
        rows = tables["topics"].filter(pc.equal(tables["topics"]["topic_id"], topic_id)).to_pylist()
        if not rows:
            return None
        calls = tables["call_topics"].filter(pc.equal(tables["call_topics"]["topic_id"], topic_id))
        calls = calls.sort_by([("share", "descending"), ("call_id", "ascending")]).select(list(CALL_FIELDS))
        out = self._summary(rows[0], self._trend(tables["topic_trends"], topic_id, weeks))
        out["examples"] = rows[0]["representatives"]
        out["calls"] = calls.slice(0, calls_limit).to_pylist()
        return out
