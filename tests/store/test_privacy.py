"""GDPR: erasure everywhere (tables, Parquet files, routes), subject export, audit chain, retention."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from convo.cli import app as cli
from convo.store.db import Store
from convo.store.ingest import ingest_run
from convo.store.keys import create_key
from tests.store.storedata import _call, interaction, make_run, wait_job

ALICE = "cust-alice-7781"  # acme only, 3 calls in the template
SHARED = "cust-shared-55"  # one call in acme (ac-009), one in globex (gx-001)
runner = CliRunner()


def dump_tables(store: Store) -> dict[str, str]:
    """Every row of every table in the DuckDB file, as JSON text per table."""
    with store.read() as cur:
        tables = [r[0] for r in cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        return {t: json.dumps(cur.execute(f'SELECT * FROM "{t}"').fetchall(), default=str) for t in tables}


def dump_parquet(root: Path) -> dict[str, str]:
    """Every row of every Parquet file under ``root``, as JSON text per file."""
    files = sorted(root.rglob("*.parquet"))
    assert files
    return {str(p.relative_to(root)): json.dumps(pq.read_table(p).to_pylist(), default=str) for p in files}


def rows_for(store: Store, table: str, tenant: str, call_ids: list[str]) -> int:
    with store.read() as cur:
        return cur.execute(f"SELECT count(*) FROM {table} WHERE tenant_id = ? AND list_contains(?, call_id)", [tenant, call_ids]).fetchone()[0]


def verify(root: Path):
    return runner.invoke(cli, ["audit", "verify", "--data", str(root)])


def test_erasure_removes_the_customer_everywhere(fresh_data, make_client):
    data = fresh_data
    admin = data.headers("acme", "admin")
    alice_docs = [c for c in data.calls["acme"] if c["customer_id"] == ALICE]
    with make_client(data.root) as client:
        store = client.app.state.store
        # more of alice: a pushed call (a job row, a run folder, a webhook delivery), survey labels, reads
        r = client.post("/v1/interactions", json={"interactions": [interaction("ac-alice-push", customer=ALICE, card=True)]}, headers=admin)
        assert wait_job(client, admin, r.json()["job_id"])["state"] == "done"
        ids = sorted([c["call_id"] for c in alice_docs] + ["ac-alice-push"])
        texts = [t["text"] for c in alice_docs for t in c["turns"]]
        assert client.post("/v1/labels", json={"labels": [{"call_id": i, "ces": 3} for i in ids] + [{"call_id": "ac-002", "ces": 6}]},
                           headers=admin).status_code == 201
        assert client.get("/v1/calls/ac-001", headers=admin).status_code == 200
        assert rows_for(store, "webhook_deliveries", "acme", ids) == 1
        before = client.get("/v1/stats", headers=admin).json()
        assert any(ALICE in t for t in dump_parquet(data.root).values())

        r = client.delete(f"/v1/customers/{ALICE}", headers=admin)
        assert r.status_code == 200, r.text
        assert r.json() == {"customer_id_hash": store.keyed_hash(f"acme:{ALICE}"), "calls_erased": len(ids)}

        # query tables
        for table in ("calls", "utterances", "labels", "webhook_deliveries"):
            assert rows_for(store, table, "acme", ids) == 0, table
        assert rows_for(store, "labels", "acme", ["ac-002"]) == 1
        with store.read() as cur:
            job_ids = [x for row in cur.execute("SELECT call_ids FROM jobs").fetchall() for x in (row[0] or [])]
        assert not set(ids) & set(job_ids)
        # every Parquet file of the data directory: nothing of alice, everything else still there
        files = dump_parquet(data.root)
        everything = "\n".join(files.values())
        for needle in [ALICE, *ids, *texts]:
            assert needle not in everything, needle
        for doc in data.calls["acme"]:
            if doc["customer_id"] != ALICE:
                assert doc["call_id"] in everything and doc["turns"][0]["text"] in everything
        # nor any other file of the data directory (run.json, job folders …), the DuckDB file aside
        others = [p for p in data.root.rglob("*") if p.is_file() and p.suffix not in (".parquet", ".duckdb", ".wal")]
        assert [p for p in others if ALICE.encode() in p.read_bytes() or b"ac-alice-push" in p.read_bytes()] == []
        # every table of the DuckDB file: not the raw customer id, nor their calls' text
        tables = dump_tables(store)
        for name, text in tables.items():
            assert ALICE not in text, name
            assert not [t for t in texts if t in text], name
        # the audit log holds the erasure under the keyed hash
        with store.read() as cur:
            entries = cur.execute("SELECT action, target, detail, key_id FROM audit_log WHERE action = 'customer.erase'").fetchall()
        assert entries == [("customer.erase", store.keyed_hash(f"acme:{ALICE}"), json.dumps({"calls": len(ids)}), data.key_ids[("acme", "admin")])]
        # no route returns them
        for cid in ids:
            assert client.get(f"/v1/calls/{cid}", headers=admin).status_code == 404
        listed = client.get("/v1/calls", params={"limit": 200, "fields": "call_id,customer_id"}, headers=admin).json()["items"]
        assert not {c["call_id"] for c in listed} & set(ids) and ALICE not in json.dumps(listed)
        export = client.get("/v1/export", headers=admin).text
        assert ALICE not in export and not [i for i in ids if f'"{i}"' in export]
        assert client.get(f"/v1/customers/{ALICE}/export", headers=admin).json() == {"customer_id": ALICE, "calls": [], "labels": []}
        after = client.get("/v1/stats", headers=admin).json()
        assert after["calls"] == before["calls"] - len(ids)
        assert after["utterances"] == before["utterances"] - sum(len(c["turns"]) for c in alice_docs) - 4
        ann = client.get("/v1/agents/ag-ann/summary", headers=admin).json()["agent"]["calls"]
        assert ann == sum(1 for c in data.calls["acme"] if c["agent_id"] == "ag-ann" and c["customer_id"] != ALICE)
        friction = client.get("/v1/insights/friction", headers=admin).json()["rows"]
        assert sum(x["volume"] for x in friction) == after["calls"]
        # erasing again finds nothing, and is audited again
        assert client.delete(f"/v1/customers/{ALICE}", headers=admin).json()["calls_erased"] == 0
    result = verify(data.root)
    assert result.exit_code == 0, result.output
    assert "audit log intact" in result.stdout


@pytest.mark.parametrize("tamper", [
    "UPDATE audit_log SET detail = '{\"calls\": 0}' WHERE action = 'customer.erase'",
    "UPDATE audit_log SET target = 'someone-else' WHERE action = 'customer.erase'",
    "UPDATE audit_log SET logged_at = '2000-01-01T00:00:00+00:00' WHERE seq = 2",
    "DELETE FROM audit_log WHERE seq = 3",
    "UPDATE audit_log SET seq = seq + 1000 WHERE seq = (SELECT max(seq) FROM audit_log)",
])
def test_audit_verify_detects_an_edited_row(fresh_data, make_client, tamper):
    data = fresh_data
    with make_client(data.root) as client:
        assert client.delete(f"/v1/customers/{ALICE}", headers=data.headers("acme", "admin")).status_code == 200
    assert verify(data.root).exit_code == 0
    store = Store.open(data.root, create=False)
    try:
        with store.write() as cur:
            cur.execute(tamper)
    finally:
        store.close()
    result = verify(data.root)
    assert result.exit_code == 1, result.output
    assert "audit log broken at entry" in result.stderr and "altered, removed or reordered" in result.stderr


def test_erasure_stays_in_its_tenant(fresh_data, make_client):
    data = fresh_data
    with make_client(data.root) as client:
        r = client.delete(f"/v1/customers/{SHARED}", headers=data.headers("acme", "admin"))
        assert r.json()["calls_erased"] == 1
        assert client.get("/v1/calls/ac-009", headers=data.headers("acme", "admin")).status_code == 404
        g = client.get("/v1/calls/gx-001", headers=data.headers("globex", "admin"))
        assert g.status_code == 200 and g.json()["customer_id"] == SHARED
        assert client.get(f"/v1/customers/{SHARED}/export", headers=data.headers("globex", "admin")).json()["calls"][0]["call_id"] == "gx-001"
        # the hash is per tenant: the same person in two tenants is not linkable through the audit log
        assert r.json()["customer_id_hash"] != client.app.state.store.keyed_hash(f"globex:{SHARED}")
    files = dump_parquet(data.root)
    assert not [f for f, t in files.items() if f.startswith("tenants/acme") and SHARED in t]
    assert [f for f, t in files.items() if f.startswith("tenants/globex") and SHARED in t]


def test_erasure_of_a_shared_call_id_keeps_the_other_tenants_call(fresh_data, make_client):
    data = fresh_data
    with make_client(data.root) as client:
        owner = data.call("acme", "shared-1")["customer_id"]
        assert client.delete(f"/v1/customers/{owner}", headers=data.headers("acme", "admin")).json()["calls_erased"] == 1
        assert client.get("/v1/calls/shared-1", headers=data.headers("acme", "admin")).status_code == 404
        g = client.get("/v1/calls/shared-1", headers=data.headers("globex", "admin")).json()
        assert [u["text"] for u in g["utterances"]] == [t["text"] for t in data.call("globex", "shared-1")["turns"]]
    files = dump_parquet(data.root)
    assert not [f for f, t in files.items() if f.startswith("tenants/acme") and '"shared-1"' in t]
    assert [f for f, t in files.items() if f.startswith("tenants/globex") and '"shared-1"' in t]


def test_customer_export_returns_everything_about_them(fresh_data, make_client):
    data = fresh_data
    admin = data.headers("acme", "admin")
    alice_docs = {c["call_id"]: c for c in data.calls["acme"] if c["customer_id"] == ALICE}
    with make_client(data.root) as client:
        client.post("/v1/labels", json={"labels": [{"call_id": "ac-001", "ces": 2}, {"call_id": "ac-007", "ces": 4, "scale": "1-5"},
                                                   {"call_id": "ac-002", "ces": 7}]}, headers=admin)
        r = client.get(f"/v1/customers/{ALICE}/export", headers=admin)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["customer_id"] == ALICE
        assert {c["call_id"] for c in body["calls"]} == set(alice_docs)
        for call in body["calls"]:
            doc = alice_docs[call["call_id"]]
            assert call["customer_id"] == ALICE and call["agent_id"] == doc["agent_id"] and call["queue"] == doc["queue"]
            texts = [u["text"] for u in call["utterances"]]
            assert len(texts) == len(doc["turns"])
            assert texts == [t["text"] if "4111" not in t["text"] else texts[i] for i, t in enumerate(doc["turns"])]
        assert any("[CARD_NUMBER]" in u["text"] for c in body["calls"] for u in c["utterances"])
        assert sorted((x["call_id"], x["ces"], x["scale"]) for x in body["labels"]) == [("ac-001", 2.0, "1-7"), ("ac-007", 4.0, "1-5")]
        with client.app.state.store.read() as cur:
            audit = cur.execute("SELECT target FROM audit_log WHERE action = 'customer.export'").fetchall()
            log = json.dumps(cur.execute("SELECT * FROM audit_log").fetchall(), default=str)
        assert audit == [(client.app.state.store.keyed_hash(f"acme:{ALICE}"),)]
        assert ALICE not in log
        # the other tenant's admin gets nothing about them
        assert client.get(f"/v1/customers/{ALICE}/export", headers=data.headers("globex", "admin")).json()["calls"] == []


# --- retention ---------------------------------------------------------------------------------


@pytest.fixture
def aged_store(tmp_path):
    """Two tenants with calls 200, 100, 40, 10 and 1 days old."""
    now = datetime.now(timezone.utc)
    root = tmp_path / "data"
    ages = {"old-200": 200, "old-100": 100, "mid-40": 40, "new-10": 10, "new-1": 1}
    store = Store.open(root)
    try:
        for tenant in ("acme", "globex"):
            docs = []
            for name, age in ages.items():
                doc = _call(f"{tenant}-{name}", 0, channel="chat", queue="q", agent="a", customer=f"c-{name}")
                doc["started_at"] = (now - timedelta(days=age)).isoformat()
                docs.append(doc)
            ingest_run(store, make_run(docs[:3], tmp_path / "runs", f"{tenant}-1"), tenant)
            ingest_run(store, make_run(docs[3:], tmp_path / "runs", f"{tenant}-2"), tenant)
        create_key(store, "acme", "admin")
        with store.write() as cur:
            cur.execute("INSERT INTO labels (tenant_id, call_id, ces, scale) VALUES ('acme', 'acme-old-200', 5, '1-7'), ('acme', 'acme-new-1', 2, '1-7')")
    finally:
        store.close()
    return root


def test_retention_apply_removes_old_calls_from_tables_and_files(aged_store):
    root = aged_store
    result = runner.invoke(cli, ["retention", "apply", "--data", str(root), "--days", "30"])
    assert result.exit_code == 0, result.output
    assert "deleted 3 calls in acme, 3 calls in globex" in result.stdout
    old = [f"{t}-{n}" for t in ("acme", "globex") for n in ("old-200", "old-100", "mid-40")]
    new = [f"{t}-{n}" for t in ("acme", "globex") for n in ("new-10", "new-1")]
    store = Store.open(root, create=False)
    try:
        with store.read() as cur:
            assert sorted(r[0] for r in cur.execute("SELECT call_id FROM calls").fetchall()) == sorted(new)
            assert sorted({r[0] for r in cur.execute("SELECT call_id FROM utterances").fetchall()}) == sorted(new)
            assert [r[0] for r in cur.execute("SELECT call_id FROM labels").fetchall()] == ["acme-new-1"]
            actions = cur.execute("SELECT tenant_id, detail FROM audit_log WHERE action = 'retention.apply' ORDER BY seq").fetchall()
        assert actions == [("acme", json.dumps({"calls": 3, "days": 30})), ("globex", json.dumps({"calls": 3, "days": 30}))]
    finally:
        store.close()
    everything = "\n".join(dump_parquet(root).values())
    assert not [c for c in old if c in everything]
    assert all(c in everything for c in new)
    # a second pass with a shorter period takes the next ones; nothing left to do is fine
    result = runner.invoke(cli, ["retention", "apply", "--data", str(root), "--days", "5"])
    assert result.exit_code == 0 and "deleted 1 calls in acme, 1 calls in globex" in result.stdout
    assert "deleted 0 calls in acme" in runner.invoke(cli, ["retention", "apply", "--data", str(root), "--days", "5"]).stdout
    assert verify(root).exit_code == 0


@pytest.mark.parametrize("args,env,code", [
    (["--days", "0"], {}, 2),
    (["--days", "-3"], {}, 2),
    (["--days", "x"], {}, 2),
    ([], {"CONVO_RETENTION_DAYS": None}, 2),
])
def test_retention_apply_bad_arguments(aged_store, args, env, code):
    result = runner.invoke(cli, ["retention", "apply", "--data", str(aged_store), *args], env=env)
    assert result.exit_code == code, result.output
    store = Store.open(aged_store, create=False)
    try:
        with store.read() as cur:
            assert cur.execute("SELECT count(*) FROM calls").fetchone()[0] == 10
    finally:
        store.close()


def test_retention_days_from_environment(aged_store):
    result = runner.invoke(cli, ["retention", "apply", "--data", str(aged_store)], env={"CONVO_RETENTION_DAYS": "150"})
    assert result.exit_code == 0 and "deleted 1 calls in acme, 1 calls in globex" in result.stdout


def test_retention_on_missing_data_dir(tmp_path):
    result = runner.invoke(cli, ["retention", "apply", "--data", str(tmp_path / "nope"), "--days", "3"])
    assert result.exit_code == 1 and "no convo data directory" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_erasure_leaves_no_bytes_in_the_database_file(tmp_path):
    """Deleted rows linger in DuckDB's free blocks; erasure compacts the file so they do not."""
    import json as _json

    from convo.pipeline import RunOptions, run
    from convo.store.db import DB_FILE, Store
    from convo.store.ingest import ingest_run
    from convo.store.privacy import erase_customer
    from tests.conftest import chat

    marker = "zebracorn" * 3
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "a.json").write_text(_json.dumps(chat("erase-me", [("customer", f"my dog is called {marker}")], customer_id="cust-zz")))
    (docs / "b.json").write_text(_json.dumps(chat("keep-me", customer_id="cust-other")))
    run([docs], tmp_path / "run", options=RunOptions(workers=1))
    store = Store.open(tmp_path / "data")
    ingest_run(store, tmp_path / "run", "acme")
    with store.write() as cur:
        cur.execute("CHECKPOINT")
    assert marker.encode() in (tmp_path / "data" / DB_FILE).read_bytes()
    assert erase_customer(store, "acme", "cust-zz")["calls"] == 1
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert marker.encode() not in raw and b"cust-zz" not in raw
    store = Store.open(tmp_path / "data")
    from convo.store.queries import TenantView

    assert TenantView(store, "acme").get_call("keep-me") is not None
    store.close()
