"""GET /v1/topics and /v1/topics/{id}: roles, tenant isolation, 404s, audit; publish; erasure."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from convo.api.deps import PERMISSIONS
from convo.cli import app as cli
from tests.topics.conftest import ALICE, ROLES

pytest.importorskip("fastapi")
runner = CliRunner()


@pytest.fixture(scope="module")
def api(topic_store_template, topic_client, tmp_path_factory):
    """A client over a private copy of the template store; tests here only read."""
    import shutil

    from tests.topics.conftest import TopicStore

    dest = tmp_path_factory.mktemp("topics-api") / "data"
    shutil.copytree(topic_store_template.root, dest)
    data = TopicStore(dest, topic_store_template.keys, topic_store_template.calls)
    with topic_client(dest) as client:
        yield client, data


def test_list_topics_of_your_tenant(api):
    client, data = api
    for tenant, n_topics in (("acme", 3), ("globex", 2)):
        r = client.get("/v1/topics", headers=data.headers(tenant, "viewer"))
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["model"]["unit"] == "utterance" and body["model"]["windows"] == 1
        assert len(body["items"]) == n_topics
        sizes = [t["size"] for t in body["items"]]
        assert sizes == sorted(sizes, reverse=True)
        assert sum(t["n_calls"] for t in body["items"]) == len(data.calls[tenant])
        for t in body["items"]:
            assert t["keywords"] and t["label"] and t["emerging"] is False and t["mean_ces"] is not None
            assert t["trend"] and sum(w["volume"] for w in t["trend"]) == t["n_calls"]
            assert "examples" not in t and "representatives" not in t and "centroid" not in t
        assert not [x for x in data.texts(tenant) if x in r.text]  # aggregates only: no utterance text


def test_emerging_filter(api):
    client, data = api
    h = data.headers("acme", "viewer")
    assert client.get("/v1/topics", params={"emerging": True}, headers=h).json()["items"] == []
    assert len(client.get("/v1/topics", params={"emerging": False}, headers=h).json()["items"]) == 3


def test_get_topic_examples_and_calls(api):
    client, data = api
    r = client.get("/v1/topics/0", headers=data.headers("acme", "manager"))
    assert r.status_code == 200, r.text
    body = r.json()
    ids = {c["call_id"] for c in data.calls["acme"]}
    assert body["topic_id"] == 0 and body["examples"] and body["calls"]
    assert {e["call_id"] for e in body["examples"]} <= ids and {c["call_id"] for c in body["calls"]} <= ids
    texts = set(data.texts("acme"))
    assert all(e["text"] in texts for e in body["examples"])
    assert len(body["calls"]) == body["n_calls"]
    assert len(client.get("/v1/topics/0", params={"calls_limit": 2}, headers=data.headers("acme", "qa")).json()["calls"]) == 2


@pytest.mark.parametrize("role", ROLES)
def test_roles(api, role):
    client, data = api
    h = data.headers("acme", role)
    assert client.get("/v1/topics", headers=h).status_code == (200 if role in PERMISSIONS["topics"] else 403)
    r = client.get("/v1/topics/0", headers=h)
    if role in PERMISSIONS["topics:read"]:
        assert r.status_code == 200
    else:
        assert r.status_code == 403
        assert r.json() == {"detail": f"role '{role}' may not use this route (topics:read)"}
    assert "viewer" not in PERMISSIONS["topics:read"]


def test_tenant_isolation(api):
    client, data = api
    # globex has topics 0 and 1 only; acme's topic 2 does not exist for globex, exactly like a missing id
    r = client.get("/v1/topics/2", headers=data.headers("globex", "admin"))
    missing = client.get("/v1/topics/999", headers=data.headers("globex", "admin"))
    assert r.status_code == missing.status_code == 404 and r.json() == missing.json() == {"detail": "topic not found"}
    for topic_id in (0, 1):  # globex's own topic 0 and 1: nothing of acme's in them
        body = client.get(f"/v1/topics/{topic_id}", headers=data.headers("globex", "admin")).text
        assert not [t for t in data.texts("acme") if t in body]
        assert not [c["call_id"] for c in data.calls["acme"] if c["call_id"] in body]
    listed = client.get("/v1/topics", headers=data.headers("globex", "viewer")).text
    acme_labels = [t["label"] for t in client.get("/v1/topics", headers=data.headers("acme", "viewer")).json()["items"]]
    assert not [label for label in acme_labels if label in listed]


def test_unauthenticated_and_bad_ids(api):
    client, data = api
    assert client.get("/v1/topics").status_code == 401
    assert client.get("/v1/topics/0", headers={"Authorization": "Bearer nope"}).status_code == 401
    h = data.headers("acme", "admin")
    assert client.get("/v1/topics/abc", headers=h).status_code == 422
    assert client.get("/v1/topics/-1", headers=h).status_code == 422
    assert client.get("/v1/topics/99999999999", headers=h).status_code == 422


def test_detail_reads_are_audited(topic_store, topic_client):
    with topic_client(topic_store.root) as client:
        assert client.get("/v1/topics/1", headers=topic_store.headers("acme", "qa")).status_code == 200
        assert client.get("/v1/topics", headers=topic_store.headers("acme", "qa")).status_code == 200
        from convo.store.audit import flush

        store = client.app.state.store
        flush(store)
        with store.read() as cur:
            rows = cur.execute("SELECT action, tenant_id, target FROM audit_log WHERE action LIKE 'topic%' ORDER BY seq").fetchall()
    assert ("topic.read", "acme", "topic:1") in rows
    assert [r for r in rows if r[0] == "topics.publish"]  # publishing was audited too


def test_no_topics_published(tmp_path, topic_client):
    from convo.store.db import Store
    from convo.store.keys import create_key

    store = Store.open(tmp_path / "data")
    _, key = create_key(store, "initech", "admin")
    store.close()
    with topic_client(tmp_path / "data") as client:
        h = {"Authorization": f"Bearer {key}"}
        assert client.get("/v1/topics", headers=h).json() == {"model": None, "items": []}
        assert client.get("/v1/topics/0", headers=h).status_code == 404


# --- publish and erasure ------------------------------------------------------------------------


def test_publish_drops_calls_the_store_does_not_hold(topic_store, topic_store_template, tmp_path):
    from convo.store.db import Store
    from convo.store.topics import publish_topics, topics_dir

    store = Store.open(topic_store.root, create=False)
    try:
        source = topics_dir(store, "acme")
        with pytest.raises(Exception, match="none of the .* calls of .* is in tenant globex's store: ingest the runs"):
            publish_topics(store, source, "globex")
        from convo.store.privacy import delete_calls

        gone = [c["call_id"] for c in topic_store.calls["acme"][:3]]
        copy = tmp_path / "copy"
        import shutil

        shutil.copytree(source, copy)  # still holds the 3 calls
        delete_calls(store, "acme", gone)
        result = publish_topics(store, copy, "acme")
        assert result["calls_dropped"] == 3
        calls = pq.read_table(topics_dir(store, "acme") / "call_topics.parquet")["call_id"].to_pylist()
        assert not set(gone) & set(calls)
    finally:
        store.close()


def test_cli_publish(topic_store, tmp_path):
    from convo.store.topics import SUBDIR

    src = topic_store.root / "tenants" / "acme" / SUBDIR
    r = runner.invoke(cli, ["topics", "publish", str(src), "--tenant", "globex", "--data", str(topic_store.root)])
    assert r.exit_code == 1 and "ingest the runs the topics were fitted on first" in " ".join(r.stderr.split())
    import shutil

    shutil.copytree(src, tmp_path / "t")
    r = runner.invoke(cli, ["topics", "publish", str(tmp_path / "t"), "--tenant", "acme", "--data", str(topic_store.root)])
    assert r.exit_code == 0, r.output
    assert "published 3 topics over 36 calls to tenant acme" in r.stdout


def test_erasure_removes_the_customer_from_topics(topic_store, topic_client):
    data = topic_store
    alice_calls = [c for c in data.calls["acme"] if c["customer_id"] == ALICE]
    alice_ids = {c["call_id"] for c in alice_calls}
    alice_texts = [t for c in alice_calls for s, t, _ in c["turns"] if s == "customer"]
    folder = data.root / "tenants" / "acme" / "topics"

    def dump() -> str:
        return "\n".join(json.dumps(pq.read_table(p).to_pylist(), default=str) for p in sorted(folder.glob("*.parquet")))

    admin = data.headers("acme", "admin")
    with topic_client(data.root) as client:
        before = {t["topic_id"]: t for t in client.get("/v1/topics", headers=admin).json()["items"]}
        shown = "".join(client.get(f"/v1/topics/{i}", headers=admin).text for i in before)
        assert [t for t in alice_texts if t in shown]  # their utterances are among the examples
        assert any(i in dump() for i in alice_ids)
        r = client.delete(f"/v1/customers/{ALICE}", headers=admin)
        assert r.status_code == 200 and r.json()["calls_erased"] == len(alice_ids)
        text = dump()
        assert not [i for i in alice_ids if i in text] and not [t for t in alice_texts if t in text]
        after = {t["topic_id"]: t for t in client.get("/v1/topics", headers=admin).json()["items"]}
        assert sum(t["n_calls"] for t in after.values()) == sum(t["n_calls"] for t in before.values()) - len(alice_ids)
        for i, topic in after.items():
            body = client.get(f"/v1/topics/{i}", headers=admin)
            assert not [t for t in alice_texts if t in body.text] and not [c for c in alice_ids if c in body.text]
            assert sum(w["volume"] for w in topic["trend"]) == topic["n_calls"]
        # the other tenant's topics are untouched
        g = client.get("/v1/topics", headers=data.headers("globex", "admin")).json()
        assert sum(t["n_calls"] for t in g["items"]) == len(data.calls["globex"])


def test_publish_synthetic_helper(topic_store, tmp_path):
    """The helper tests/api uses to give the pipeline-built store topics works on any store."""
    from convo.store.db import Store
    from convo.store.topics import TenantTopics
    from tests.topics.topicdata import publish_synthetic

    store = Store.open(topic_store.root, create=False)
    try:
        publish_synthetic(store, "globex", tmp_path)
        listed = TenantTopics(store, "globex").list_topics()
    finally:
        store.close()
    assert {t["label"].split(" / ")[0] for t in listed["items"]} <= {"invoice", "billing", "statement", "overcharged", "bill",
                                                                   "router", "internet", "wifi", "connection", "broadband"}
