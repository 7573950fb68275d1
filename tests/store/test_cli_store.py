"""The store commands of the CLI: ingest, keys create/revoke, serve's safety check, audit verify."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from convo.cli import app as cli
from convo.store.db import Store
from convo.store.keys import authenticate
from tests.store.storedata import interaction, make_run

runner = CliRunner()


def invoke(*args, **kwargs):
    return runner.invoke(cli, [str(a) for a in args], **kwargs)


@pytest.fixture
def run_dir(tmp_path):
    return make_run([interaction("cli-1"), interaction("cli-2", customer="cust-x"), interaction("cli-3", n_turns=2)],
                    tmp_path / "runs", "cli-run")


def count(data, sql, params=()):
    store = Store.open(data, create=False)
    try:
        with store.read() as cur:
            return cur.execute(sql, list(params)).fetchone()[0]
    finally:
        store.close()


def create_key(data, tenant="acme", role="admin"):
    result = invoke("keys", "create", "--data", data, "--tenant", tenant, "--role", role)
    assert result.exit_code == 0, result.output
    return result


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_creates_the_store_and_loads_the_run(tmp_path, run_dir):
    data = tmp_path / "data"
    result = invoke("ingest", run_dir, "--tenant", "acme", "--data", data)
    assert result.exit_code == 0, result.output
    assert "ingested 3 calls (10 utterances) into tenant acme as run cli-run-" in result.stdout.replace("\n", " ")
    assert count(data, "SELECT count(*) FROM calls WHERE tenant_id = 'acme'") == 3
    assert count(data, "SELECT count(*) FROM utterances WHERE tenant_id = 'acme'") == 10
    [run] = (data / "tenants" / "acme" / "runs").iterdir()
    assert sorted(p.name for p in run.iterdir()) == ["calls.parquet", "errors.parquet", "run.json", "utterances.parquet"]
    # ingesting the same run again replaces, never duplicates; another tenant gets its own copy
    assert invoke("ingest", run_dir, "--tenant", "acme", "--data", data).exit_code == 0
    assert invoke("ingest", run_dir, "--tenant", "globex", "--data", data).exit_code == 0
    assert count(data, "SELECT count(*) FROM calls WHERE tenant_id = 'acme'") == 3
    assert count(data, "SELECT count(*) FROM calls WHERE tenant_id = 'globex'") == 3
    assert count(data, "SELECT count(*) FROM utterances") == 20


@pytest.mark.parametrize("tenant", ["bad/name", "../up", "", "a b", "x" * 65])
def test_ingest_bad_tenant_exit_1(tmp_path, run_dir, tenant):
    data = tmp_path / "data"
    result = invoke("ingest", run_dir, "--tenant", tenant, "--data", data)
    assert result.exit_code == 1, result.output
    assert "invalid tenant name" in result.stderr
    assert not list(tmp_path.rglob("up")) and not (tmp_path / "data" / "tenants").exists()


def test_ingest_not_a_run_exit_1(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("ingest", empty, "--tenant", "acme", "--data", tmp_path / "data")
    assert result.exit_code == 1 and "is not a finished convo run: calls.parquet is missing" in result.stderr


def test_ingest_missing_run_dir_is_usage_error(tmp_path):
    result = invoke("ingest", tmp_path / "nope", "--tenant", "acme", "--data", tmp_path / "data")
    assert result.exit_code == 2


def test_ingest_data_dir_from_environment(tmp_path, run_dir):
    data = tmp_path / "envdata"
    result = invoke("ingest", run_dir, "--tenant", "acme", env={"CONVO_DATA_DIR": str(data)})
    assert result.exit_code == 0, result.output
    assert count(data, "SELECT count(*) FROM calls") == 3


# --- keys --------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["admin", "manager", "qa", "voc", "viewer"])
def test_keys_create_prints_the_key_last_and_it_authenticates(tmp_path, role):
    data = tmp_path / "data"
    result = create_key(data, "acme", role)
    lines = result.stdout.strip().splitlines()
    key = lines[-1]
    assert key.startswith("cvo_") and " " not in key
    key_id = key.split("_")[1]
    assert f"key {key_id} for tenant acme, role {role}" in " ".join(lines[:-1])
    store = Store.open(data, create=False)
    try:
        principal = authenticate(store, key)
        assert (principal.key_id, principal.tenant_id, principal.role) == (key_id, "acme", role)
        with store.read() as cur:
            stored = cur.execute("SELECT key_hash FROM api_keys WHERE key_id = ?", [key_id]).fetchone()[0]
        assert key.split("_", 2)[2] not in stored  # only a hash is kept
        with store.read() as cur:
            assert cur.execute("SELECT action, target FROM audit_log").fetchall() == [("key.create", key_id)]
    finally:
        store.close()


def test_created_key_works_against_the_api(tmp_path, run_dir, make_client):
    data = tmp_path / "data"
    assert invoke("ingest", run_dir, "--tenant", "acme", "--data", data).exit_code == 0
    key = create_key(data, "acme", "qa").stdout.strip().splitlines()[-1]
    other = create_key(data, "globex", "qa").stdout.strip().splitlines()[-1]
    with make_client(data) as client:
        r = client.get("/v1/calls/cli-1", headers={"Authorization": f"Bearer {key}"})
        assert r.status_code == 200 and r.json()["call_id"] == "cli-1"
        assert client.get("/v1/calls/cli-1", headers={"Authorization": f"Bearer {other}"}).status_code == 404


@pytest.mark.parametrize("role", ["root", "Admin", "", "viewer,admin"])
def test_keys_create_bad_role_exit_2(tmp_path, role):
    data = tmp_path / "data"
    result = invoke("keys", "create", "--data", data, "--tenant", "acme", "--role", role)
    assert result.exit_code == 2, result.output
    assert "Invalid role" in result.stderr and "expected one of: admin, manager, qa, voc, viewer" in result.stderr
    assert "cvo_" not in result.stdout
    assert count(data, "SELECT count(*) FROM api_keys") == 0


def test_keys_create_bad_tenant_exit_2(tmp_path):
    result = invoke("keys", "create", "--data", tmp_path / "data", "--tenant", "no/pe", "--role", "admin")
    assert result.exit_code == 2 and "invalid tenant name" in result.stderr


def test_keys_create_missing_options_exit_2(tmp_path):
    assert invoke("keys", "create", "--data", tmp_path / "data", "--tenant", "acme").exit_code == 2


def test_keys_revoke(tmp_path):
    data = tmp_path / "data"
    key = create_key(data).stdout.strip().splitlines()[-1]
    key_id = key.split("_")[1]
    result = invoke("keys", "revoke", key_id, "--data", data)
    assert result.exit_code == 0 and f"revoked {key_id}" in result.stdout
    store = Store.open(data, create=False)
    try:
        assert authenticate(store, key) is None
    finally:
        store.close()
    again = invoke("keys", "revoke", key_id, "--data", data)
    assert again.exit_code == 1 and f"no active key '{key_id}'" in again.stderr
    unknown = invoke("keys", "revoke", "000000000000", "--data", data)
    assert unknown.exit_code == 1
    missing = invoke("keys", "revoke", key_id, "--data", tmp_path / "nowhere")
    assert missing.exit_code == 1 and "no convo data directory" in missing.stderr
    assert not (tmp_path / "nowhere").exists()
    assert invoke("audit", "verify", "--data", data).exit_code == 0


# --- serve -------------------------------------------------------------------------------------


@pytest.fixture
def no_server(monkeypatch):
    """Record uvicorn.run instead of serving."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    return calls


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.com"])
def test_serve_beyond_loopback_without_keys_exit_1(tmp_path, run_dir, no_server, host):
    data = tmp_path / "data"
    assert invoke("ingest", run_dir, "--tenant", "acme", "--data", data).exit_code == 0
    result = invoke("serve", "--data", data, "--host", host)
    assert result.exit_code == 1, result.output
    assert f"refusing to listen on {host} with no API keys" in result.stderr
    assert "convo keys create" in result.stderr
    assert no_server == []


def test_serve_with_only_revoked_keys_exit_1(tmp_path, no_server):
    data = tmp_path / "data"
    key = create_key(data).stdout.strip().splitlines()[-1]
    assert invoke("keys", "revoke", key.split("_")[1], "--data", data).exit_code == 0
    result = invoke("serve", "--data", data, "--host", "0.0.0.0")
    assert result.exit_code == 1 and "refusing to listen" in result.stderr and no_server == []


def test_serve_host_from_environment_is_checked(tmp_path, no_server):
    data = tmp_path / "data"
    Store.open(data).close()
    result = invoke("serve", "--data", data, env={"CONVO_HOST": "0.0.0.0"})
    assert result.exit_code == 1 and "refusing to listen on 0.0.0.0" in result.stderr and no_server == []


def test_serve_missing_data_dir_exit_1(tmp_path, no_server):
    result = invoke("serve", "--data", tmp_path / "nope", "--host", "0.0.0.0")
    assert result.exit_code == 1 and "no convo data directory" in result.stderr and no_server == []


@pytest.mark.parametrize("host,with_key", [("127.0.0.1", False), ("localhost", False), ("::1", False), ("0.0.0.0", True)])
def test_serve_starts_when_safe(tmp_path, no_server, host, with_key):
    data = tmp_path / "data"
    Store.open(data).close()
    if with_key:
        create_key(data)
    result = invoke("serve", "--data", data, "--host", host, "--port", "8123")
    assert result.exit_code == 0, result.output
    assert no_server == [{"host": host, "port": 8123, "log_level": "info"}]


def test_serve_bad_port_exit_2(tmp_path, no_server):
    assert invoke("serve", "--data", tmp_path, "--port", "70000").exit_code == 2 and no_server == []


# --- audit verify ------------------------------------------------------------------------------


def test_audit_verify(tmp_path):
    data = tmp_path / "data"
    for role in ("admin", "qa"):
        create_key(data, "acme", role)
    result = invoke("audit", "verify", "--data", data)
    assert result.exit_code == 0 and "audit log intact: 2 entries" in result.stdout
    store = Store.open(data, create=False)
    try:
        with store.write() as cur:
            cur.execute("UPDATE audit_log SET detail = '{\"role\": \"viewer\"}' WHERE seq = 1")
    finally:
        store.close()
    result = invoke("audit", "verify", "--data", data)
    assert result.exit_code == 1 and "audit log broken at entry 1" in result.stderr
    assert invoke("audit", "verify", "--data", tmp_path / "none").exit_code == 1
