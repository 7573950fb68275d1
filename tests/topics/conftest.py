"""Fixtures of the topic tests: synthetic run directories, and a two-tenant store with published topics.

Nothing here runs the understanding pipeline or reads ../shared/data: run directories are
written with pyarrow from seeded blobs (``topicdata``), so these tests run in seconds.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from tests.topics.topicdata import BASE, make_calls, write_run

pytest.importorskip("hdbscan")
pytest.importorskip("sklearn")

WEEK0 = {"parcel": 60, "refund": 50, "password": 40, "invoice": 40, "router": 30}


@pytest.fixture(scope="session")
def week0_calls():
    return make_calls(WEEK0, seed=1, prefix="w0")


@pytest.fixture(scope="session")
def week0_run(tmp_path_factory, week0_calls) -> Path:
    return write_run(tmp_path_factory.mktemp("runs") / "week0", week0_calls)


@pytest.fixture(scope="session")
def fitted_dir(tmp_path_factory, week0_run) -> Path:
    """Topics fitted on week 0 (min_cluster_size 10). Do not modify: copy it."""
    from convo.topics.data import load_units
    from convo.topics.model import TopicModel

    out = tmp_path_factory.mktemp("topics") / "fitted"
    options = {"min_cluster_size": 10}
    TopicModel(options).fit(load_units([week0_run], options)).save(out)
    return out


def week1_calls(spike: dict[str, int] | None = None):
    """Week 1: the same mix at half the volume, plus ``spike`` (e.g. a new 'outage' issue)."""
    counts = {name: n // 2 for name, n in WEEK0.items()}
    for name, n in (spike or {}).items():
        counts[name] = counts.get(name, 0) + n
    return make_calls(counts, seed=2, prefix="w1", start=BASE + timedelta(days=7))


# --- a store with two tenants and published topics ---------------------------------------------

TENANTS = {"acme": {"parcel": 14, "refund": 12, "password": 10}, "globex": {"invoice": 12, "router": 12}}
ROLES = ("admin", "manager", "qa", "voc", "viewer")
ALICE = "cust-alice-1"  # an acme customer with several calls


@dataclass
class TopicStore:
    root: Path
    keys: dict[tuple[str, str], str]
    calls: dict[str, list[dict]]

    def headers(self, tenant: str, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[(tenant, role)]}"}

    def texts(self, tenant: str) -> list[str]:
        return [t for c in self.calls[tenant] for s, t, _ in c["turns"] if s == "customer"]


@pytest.fixture(scope="session")
def topic_store_template(tmp_path_factory) -> TopicStore:
    pytest.importorskip("duckdb")
    from convo.store.db import Store
    from convo.store.ingest import ingest_run
    from convo.store.keys import create_key

    tmp = tmp_path_factory.mktemp("topic-store")
    calls, keys = {}, {}
    store = Store.open(tmp / "data")
    try:
        for t, (tenant, counts) in enumerate(TENANTS.items()):
            docs = make_calls(counts, seed=20 + t, prefix=tenant[:2])
            for i, doc in enumerate(docs):
                doc["customer_id"] = ALICE if tenant == "acme" and i % 5 == 0 else f"{tenant}-cust-{i}"
                if i % 5 == 0:  # a text no other call has: erasure tests look for it
                    speaker, text, v = doc["turns"][0]
                    doc["turns"][0] = (speaker, f"{text} (call {doc['call_id']})", v)
            calls[tenant] = docs
            ingest_run(store, write_run(tmp / "runs" / tenant, docs), tenant)
            for role in ROLES:
                keys[(tenant, role)] = create_key(store, tenant, role)[1]
        # topics fitted on the tenant's own run (with its real vectors), then published
        from convo.store.topics import publish_topics
        from convo.topics.data import load_units
        from convo.topics.model import TopicModel

        for tenant in TENANTS:
            options = {"min_cluster_size": 5, "n_representatives": 12}
            out = tmp / "topics" / tenant
            TopicModel(options).fit(load_units([tmp / "runs" / tenant], options)).save(out)
            publish_topics(store, out, tenant)
    finally:
        store.close()
    return TopicStore(tmp / "data", keys, calls)


@pytest.fixture
def topic_store(topic_store_template, tmp_path) -> TopicStore:
    """A private copy of the template store (tests may erase or re-publish)."""
    dest = tmp_path / "data"
    shutil.copytree(topic_store_template.root, dest)
    return TopicStore(dest, topic_store_template.keys, topic_store_template.calls)


@pytest.fixture(scope="session")
def topic_client():
    """``with topic_client(data_dir) as client:`` a TestClient over the store (no background worker)."""
    from fastapi.testclient import TestClient

    from convo.api.app import create_app
    from convo.api.settings import Settings

    @contextmanager
    def _make(data_dir: Path):
        with TestClient(create_app(Settings(data_dir=data_dir, background_workers=False))) as client:
            yield client

    return _make
