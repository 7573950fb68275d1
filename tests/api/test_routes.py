"""Every route works for a role allowed to use it, on a two-tenant store built from real runs."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import textwrap
from collections import Counter
from datetime import timedelta
from statistics import mean

import pyarrow.parquet as pq
import pytest

from convo.schema import SCHEMA_VERSION
from convo.store.ingest import ingest_run
from convo.store.queries import LIST_FIELDS_DEFAULT
from tests.store.storedata import BASE, CARD, copy_data, interaction, make_run, started, wait_job


@pytest.fixture(scope="module")
def api(store_data, make_client, tmp_path_factory):
    """A client over a private copy of the template store; tests here only read call data."""
    data = copy_data(store_data, tmp_path_factory.mktemp("routes") / "data")
    with make_client(data.root) as client:
        yield client, data


def H(data, role, tenant="acme"):
    return data.headers(tenant, role)


def all_ids(data, tenant="acme"):
    return {c["call_id"] for c in data.calls[tenant]}


def walk(client, headers, params, limit):
    """Follow next_cursor until the last page; return the ids in order and the number of pages."""
    ids, cursor, pages = [], None, 0
    while True:
        r = client.get("/v1/calls", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["items"]) <= limit
        ids += [i["call_id"] for i in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return ids, pages
        assert pages < 100, "pagination does not end"


# --- health, stats -----------------------------------------------------------------------------


def test_health_needs_no_key(api):
    client, _ = api
    r = client.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


def test_stats_counts_own_tenant_only(api):
    client, data = api
    for tenant in ("acme", "globex"):
        body = client.get("/v1/stats", headers=H(data, "viewer", tenant)).json()
        calls = data.calls[tenant]
        assert body["calls"] == len(calls)
        assert body["utterances"] == sum(len(c["turns"]) for c in calls)
        assert body["runs"] == (2 if tenant == "acme" else 1)
        assert body["by_channel"] == dict(Counter(c["channel"] for c in calls))


# --- GET /v1/calls -----------------------------------------------------------------------------


def test_list_calls_default_page(api):
    client, data = api
    r = client.get("/v1/calls", headers=H(data, "voc"))
    assert r.status_code == 200
    body = r.json()
    assert body["next_cursor"] is None
    assert {i["call_id"] for i in body["items"]} == all_ids(data)
    for item in body["items"]:
        assert list(item) == list(LIST_FIELDS_DEFAULT)
        assert "utterances" not in item and "customer_id" not in item
    starts = [i["started_at"] for i in body["items"]]
    assert starts == sorted(starts, reverse=True)


def _expect(data, pred):
    return {c["call_id"] for c in data.calls["acme"] if pred(c)}


@pytest.mark.parametrize("params,pred", [
    ({"queue": "billing"}, lambda c: c["queue"] == "billing"),
    ({"agent_id": "ag-ann"}, lambda c: c["agent_id"] == "ag-ann"),
    ({"channel": "email"}, lambda c: c["channel"] == "email"),
    ({"start": (BASE + timedelta(days=7)).isoformat()}, lambda c: started(c) >= BASE + timedelta(days=7)),
    ({"end": (BASE + timedelta(days=7)).isoformat()}, lambda c: started(c) < BASE + timedelta(days=7)),
    ({"start": (BASE + timedelta(days=7)).isoformat(), "end": (BASE + timedelta(days=16)).isoformat()},
     lambda c: BASE + timedelta(days=7) <= started(c) < BASE + timedelta(days=16)),
    ({"queue": "tech", "channel": "voice"}, lambda c: c["queue"] == "tech" and c["channel"] == "voice"),
    ({"agent_id": "gx-agent-1"}, lambda c: False),  # another tenant's agent: nothing
    ({"queue": "nope"}, lambda c: False),
])
def test_list_calls_filters(api, params, pred):
    client, data = api
    r = client.get("/v1/calls", params=params, headers=H(data, "manager"))
    assert r.status_code == 200, r.text
    got = {i["call_id"] for i in r.json()["items"]}
    assert got == _expect(data, pred)


def test_list_calls_end_is_exclusive(api):
    client, data = api
    day16 = BASE + timedelta(days=16)  # ac-010 started exactly then
    got = {i["call_id"] for i in client.get("/v1/calls", params={"end": day16.isoformat()}, headers=H(data, "qa")).json()["items"]}
    assert "ac-010" not in got and "ac-009" in got


@pytest.mark.parametrize("sort", ["started_at", "handle_time_s", "wait_time_s", "duration_s", "call_id"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_sort_order_and_cursor_pagination(api, sort, order):
    """Every page walk returns every call exactly once, in the same order as one big page, nulls last."""
    client, data = api
    h = H(data, "manager")
    full = client.get("/v1/calls", params={"sort": sort, "order": order, "limit": 200, "fields": f"call_id,{sort}"}, headers=h).json()
    assert full["next_cursor"] is None
    items = full["items"]
    assert {i["call_id"] for i in items} == all_ids(data)
    values = [i[sort] for i in items]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=order == "desc")
    assert values[:len(present)] == present, "nulls must come last"
    for limit in (1, 3, 5, 7):
        ids, pages = walk(client, h, {"sort": sort, "order": order}, limit)
        assert len(ids) == len(set(ids)), f"duplicates with limit={limit}"
        assert ids == [i["call_id"] for i in items], f"gap or reorder with limit={limit}"
        assert pages == -(-len(ids) // limit)


def test_pagination_with_filters(api):
    client, data = api
    h = H(data, "manager")
    ids, _ = walk(client, h, {"queue": "billing", "sort": "handle_time_s", "order": "asc"}, 2)
    assert set(ids) == _expect(data, lambda c: c["queue"] == "billing") and len(ids) == len(set(ids))


def test_fields_selection(api):
    client, data = api
    r = client.get("/v1/calls", params={"fields": "call_id, customer_id,handle_time_s,seq"}, headers=H(data, "manager"))
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert all(list(i) == ["call_id", "customer_id", "handle_time_s", "seq"] for i in items)
    by_id = {i["call_id"]: i for i in items}
    for doc in data.calls["acme"]:
        assert by_id[doc["call_id"]]["customer_id"] == doc["customer_id"]
        assert by_id[doc["call_id"]]["handle_time_s"] == doc.get("handle_time_s")


@pytest.mark.parametrize("fields", ["call_id,nope", "tenant_id", "utterances", "text"])
def test_unknown_fields_422(api, fields):
    client, data = api
    r = client.get("/v1/calls", params={"fields": fields}, headers=H(data, "manager"))
    assert r.status_code == 422
    assert "unknown fields" in r.json()["detail"]
    assert "tenant_id" not in r.json()["detail"].split("available:")[1]


@pytest.mark.parametrize("param,column", [("intent", "primary_intent"), ("emotion", "dominant_customer_emotion"),
                                          ("ces_min", "ces"), ("high_effort", "high_effort_prob")])
def test_filters_on_understanding_and_effort_columns(api, param, column):
    client, data = api
    everything = client.get("/v1/calls", params={"fields": f"call_id,{column}", "limit": 1000}, headers=H(data, "admin")).json()["items"]
    values = [c[column] for c in everything if c[column] is not None]
    assert values, f"the store's runs should fill {column}"
    value = {"intent": values[0], "emotion": values[0], "ces_min": sorted(values)[len(values) // 2], "high_effort": "false"}[param]
    r = client.get("/v1/calls", params={param: value, "fields": f"call_id,{column}", "limit": 1000}, headers=H(data, "admin"))
    assert r.status_code == 200, r.text
    got = r.json()["items"]
    assert got
    if param in ("intent", "emotion"):
        assert all(c[column] == value for c in got)
        assert len(got) == values.count(value)
    elif param == "ces_min":
        assert all(c[column] >= value for c in got)
    else:
        assert all(c[column] < 0.5 for c in got)


@pytest.mark.parametrize("route", ["/v1/calls", "/v1/insights/friction", "/v1/insights/trends"])
def test_filter_on_a_column_the_store_lacks_is_422(fresh_data, make_client, route):
    """A store filled by an older convo (no effort columns) refuses the filter with a clear reason."""
    from convo.store.db import Store

    store = Store.open(fresh_data.root)
    try:
        with store.write() as cur:
            cur.execute("DROP INDEX IF EXISTS calls_by_id")  # DuckDB cannot drop a column of an indexed table
            cur.execute("ALTER TABLE calls DROP COLUMN ces")
        store.invalidate_catalog()
    finally:
        store.close()
    with make_client(fresh_data.root) as client:
        r = client.get(route, params={"ces_min": 3}, headers=fresh_data.headers("acme", "admin"))
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert isinstance(detail, str) and "ces_min" in detail and "'ces'" in detail and "not available" in detail


def _b64(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode()


@pytest.mark.parametrize("sort,cursor", [
    ("started_at", "not a cursor!!"),
    ("started_at", "e30"),  # base64 without padding
    ("started_at", base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode()),
    ("started_at", _b64({"a": 1})),
    ("started_at", _b64([1, 2, 3])),
    ("started_at", _b64(["not-a-date", "ac-001"])),
    ("started_at", _b64([{"a": 1}, "ac-001"])),
    ("started_at", _b64([[1, 2], "ac-001"])),
    ("handle_time_s", _b64(["abc", "ac-001"])),
    ("call_id", _b64(["ac-001", {"x": 1}])),
    ("started_at", "A" * 999),
])
def test_bad_cursor_422(api, sort, cursor):
    client, data = api
    r = client.get("/v1/calls", params={"sort": sort, "cursor": cursor}, headers=H(data, "manager"))
    assert r.status_code == 422, r.text
    assert "cursor" in json.dumps(r.json()["detail"])


@pytest.mark.parametrize("sort", ["ces", "high_effort_prob"])
def test_sort_by_effort_columns(api, sort):
    client, data = api
    r = client.get("/v1/calls", params={"sort": sort, "order": "asc", "fields": f"call_id,{sort}"}, headers=H(data, "manager"))
    assert r.status_code == 200, r.text
    values = [c[sort] for c in r.json()["items"] if c[sort] is not None]
    assert values == sorted(values)


@pytest.mark.parametrize("params", [{"sort": "customer_id"}, {"order": "up"}, {"limit": 0}, {"limit": "x"},
                                    {"channel": "fax"}, {"start": "yesterday"}, {"ces_min": 9}])
def test_bad_list_params_422(api, params):
    client, data = api
    assert client.get("/v1/calls", params=params, headers=H(data, "manager")).status_code == 422


def test_page_size_capped_by_settings(store_data, make_client, tmp_path):
    data = copy_data(store_data, tmp_path / "data")
    with make_client(data.root, max_page_size=5) as client:
        body = client.get("/v1/calls", params={"limit": 100}, headers=H(data, "manager")).json()
        assert len(body["items"]) == 5 and body["next_cursor"]


# --- GET /v1/calls/{id} ------------------------------------------------------------------------


def test_get_call_with_redacted_utterances(api):
    client, data = api
    r = client.get("/v1/calls/ac-003", headers=H(data, "qa"))
    assert r.status_code == 200, r.text
    call = r.json()
    doc = data.call("acme", "ac-003")
    assert call["call_id"] == "ac-003" and call["queue"] == doc["queue"] and call["customer_id"] == doc["customer_id"]
    assert "tenant_id" not in call
    utts = call["utterances"]
    assert [u["turn_index"] for u in utts] == list(range(len(doc["turns"])))
    assert [u["speaker"] for u in utts] == [t["speaker"] for t in doc["turns"]]
    assert "[CARD_NUMBER]" in utts[0]["text"]
    assert utts[0]["redactions"][0]["type"] == "CARD_NUMBER"
    assert CARD not in r.text and CARD.replace(" ", "") not in r.text
    assert [u["text"] for u in utts[1:]] == [t["text"] for t in doc["turns"][1:]]


def test_get_call_same_id_in_two_tenants(api):
    client, data = api
    a = client.get("/v1/calls/shared-1", headers=H(data, "admin", "acme")).json()
    g = client.get("/v1/calls/shared-1", headers=H(data, "admin", "globex")).json()
    assert a["agent_id"] == "ag-ann" and g["agent_id"] == "gx-agent-1"
    assert [u["text"] for u in a["utterances"]] == [t["text"] for t in data.call("acme", "shared-1")["turns"]]
    assert [u["text"] for u in g["utterances"]] == [t["text"] for t in data.call("globex", "shared-1")["turns"]]


def test_get_call_unknown_404(api):
    client, data = api
    r = client.get("/v1/calls/no-such-call", headers=H(data, "qa"))
    assert r.status_code == 404 and r.json() == {"detail": "call not found"}


# --- insights ----------------------------------------------------------------------------------


def test_friction_by_queue(api):
    client, data = api
    r = client.get("/v1/insights/friction", params={"by_queue": "true"}, headers=H(data, "viewer"))
    assert r.status_code == 200, r.text
    rows = r.json()["rows"]
    # the understanding stage gave every call a primary reason; friction groups by it
    primary = {}
    for call in client.get("/v1/calls", params={"limit": 200, "fields": "call_id,primary_intent"}, headers=H(data, "manager")).json()["items"]:
        primary[call["call_id"]] = call["primary_intent"] or "unknown"  # no reason above threshold
    assert set(primary) == all_ids(data)
    expected = Counter((primary[c["call_id"]], c["channel"], c["queue"]) for c in data.calls["acme"])
    assert {(x["intent"], x["channel"], x["queue"]): x["volume"] for x in rows} == dict(expected)
    assert all(1.0 <= x["mean_ces"] <= 7.0 and 0.0 <= x["high_effort_share"] <= 1.0
               for x in rows)  # every run is scored by the effort pass
    volumes = [x["volume"] for x in rows]
    assert volumes == sorted(volumes, reverse=True)
    flat = client.get("/v1/insights/friction", headers=H(data, "viewer")).json()["rows"]
    assert {(x["intent"], x["channel"]): x["volume"] for x in flat} == dict(
        Counter((primary[c["call_id"]], c["channel"]) for c in data.calls["acme"]))
    assert all("queue" not in x for x in flat)
    billing = client.get("/v1/insights/friction", params={"queue": "billing"}, headers=H(data, "viewer")).json()["rows"]
    assert sum(x["volume"] for x in billing) == len(_expect(data, lambda c: c["queue"] == "billing"))


def _bucket(doc, interval):
    t = started(doc)
    day = t.replace(hour=0, minute=0, second=0, microsecond=0)
    return (day - timedelta(days=day.weekday())) if interval == "week" else day


@pytest.mark.parametrize("interval", ["day", "week"])
@pytest.mark.parametrize("split", [None, "channel", "queue", "agent"])
def test_trends(api, interval, split):
    client, data = api
    params = {"interval": interval, **({"split": split} if split else {})}
    r = client.get("/v1/insights/trends", params=params, headers=H(data, "viewer"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["interval"] == interval and body["split"] == split
    column = {"agent": "agent_id"}.get(split, split)
    expected = Counter((_bucket(c, interval).isoformat(),) + ((c[column],) if split else ()) for c in data.calls["acme"])
    from datetime import datetime

    got = {(datetime.fromisoformat(x["period"]).isoformat(),) + ((x[split],) if split else ()): x["volume"] for x in body["rows"]}
    assert got == dict(expected)
    periods = [x["period"] for x in body["rows"]]
    assert periods == sorted(periods)


def test_trends_with_filters(api):
    client, data = api
    start = BASE + timedelta(days=7)
    rows = client.get("/v1/insights/trends", params={"interval": "week", "start": start.isoformat(), "channel": "chat"},
                      headers=H(data, "viewer")).json()["rows"]
    assert sum(x["volume"] for x in rows) == len(_expect(data, lambda c: started(c) >= start and c["channel"] == "chat"))


@pytest.mark.parametrize("params", [{"interval": "month"}, {"split": "customer"}])
def test_trends_bad_params_422(api, params):
    client, data = api
    r = client.get("/v1/insights/trends", params=params, headers=H(data, "viewer"))
    assert r.status_code == 422


def test_trends_split_by_intent(api):
    client, data = api
    items = client.get("/v1/calls", params={"limit": 200, "fields": "call_id,primary_intent"}, headers=H(data, "manager")).json()["items"]
    primary = {c["call_id"]: c["primary_intent"] or "unknown" for c in items}  # null: no reason reached threshold
    body = client.get("/v1/insights/trends", params={"interval": "week", "split": "intent"},
                      headers=H(data, "viewer")).json()
    from datetime import datetime

    got = {(datetime.fromisoformat(x["period"]).isoformat(), x["intent"]): x["volume"] for x in body["rows"]}
    expected = Counter((_bucket(c, "week").isoformat(), primary[c["call_id"]]) for c in data.calls["acme"])
    assert got == dict(expected)


def test_trends_split_by_intent_without_understanding_is_422(fresh_data, make_client):
    """A store filled by a run with ``--no-understand`` has no primary_intent column to split by."""
    from convo.store.db import Store

    store = Store.open(fresh_data.root)
    try:
        with store.write() as cur:
            cur.execute("DROP INDEX IF EXISTS calls_by_id")
            cur.execute("ALTER TABLE calls DROP COLUMN primary_intent")
        store.invalidate_catalog()
    finally:
        store.close()
    with make_client(fresh_data.root) as client:
        r = client.get("/v1/insights/trends", params={"split": "intent"}, headers=fresh_data.headers("acme", "viewer"))
    assert r.status_code == 422 and "primary_intent" in r.json()["detail"]


def test_trend_buckets_do_not_depend_on_server_timezone(store_data, tmp_path):
    """Day buckets are UTC days, whatever the TZ of the machine serving the API."""
    data = copy_data(store_data, tmp_path / "data")
    code = textwrap.dedent(f"""
        import json
        from convo.store.db import Store
        from convo.store.queries import CallFilter, TenantView
        store = Store.open({str(data.root)!r})
        rows = TenantView(store, "acme").trends(CallFilter(), interval="day")
        print(json.dumps([[r["period"].isoformat(), r["volume"]] for r in rows]))
    """)
    out = subprocess.run([sys.executable, "-c", code], env={"TZ": "Pacific/Auckland", "PATH": ""}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    from datetime import datetime

    got = {datetime.fromisoformat(p).astimezone(BASE.tzinfo).isoformat(): n for p, n in json.loads(out.stdout)}
    assert got == dict(Counter(_bucket(c, "day").isoformat() for c in data.calls["acme"]))


# --- agents ------------------------------------------------------------------------------------


def _metrics(docs, ces):
    turns = [t for c in docs for t in c["turns"]]
    dur = lambda t: t["end_s"] - t["start_s"]  # noqa: E731
    handles = [c["handle_time_s"] for c in docs if c.get("handle_time_s") is not None]
    return {
        "calls": len(docs),
        "mean_ces": mean(ces[c["call_id"]] for c in docs),
        "mean_handle_time_s": mean(handles),
        "mean_holds": mean(c["hold_count"] for c in docs),
        "mean_transfers": mean(c["transfer_count"] for c in docs),
        "escalation_rate": mean(float(c["escalated"]) for c in docs),
        "resolution_rate": mean(float(c["resolved"]) for c in docs),
        "mean_overtalk_s_per_utterance": 0.0,
        "agent_talk_share": sum(dur(t) for t in turns if t["speaker"] == "agent") / sum(dur(t) for t in turns),
    }


@pytest.mark.parametrize("agent", ["ag-ann", "ag-ben", "ag-cat"])
def test_agent_summary_matches_data(api, agent):
    client, data = api
    r = client.get(f"/v1/agents/{agent}/summary", headers=H(data, "qa"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["agent_id"] == agent
    docs = data.calls["acme"]
    items = client.get("/v1/calls", params={"fields": "call_id,ces", "limit": 1000}, headers=H(data, "admin")).json()["items"]
    ces = {c["call_id"]: c["ces"] for c in items}
    for side, expected in (("agent", _metrics([c for c in docs if c["agent_id"] == agent], ces)), ("team", _metrics(docs, ces))):
        assert set(body[side]) == set(expected)
        for k, v in expected.items():
            assert body[side][k] == (pytest.approx(v) if v is not None else None), (side, k)


def test_agent_summary_with_period_filter(api):
    client, data = api
    start = BASE + timedelta(days=7)
    body = client.get("/v1/agents/ag-ann/summary", params={"start": start.isoformat()}, headers=H(data, "manager")).json()
    mine = [c for c in data.calls["acme"] if started(c) >= start]
    assert body["agent"]["calls"] == sum(c["agent_id"] == "ag-ann" for c in mine)
    assert body["team"]["calls"] == len(mine)
    r = client.get("/v1/agents/ag-ann/summary", params={"end": BASE.isoformat()}, headers=H(data, "manager"))
    assert r.status_code == 404  # no calls of the agent in the period


def test_agent_summary_unknown_agent_404(api):
    client, data = api
    r = client.get("/v1/agents/nobody/summary", headers=H(data, "qa"))
    assert r.status_code == 404 and r.json() == {"detail": "agent not found"}


# --- interactions and jobs ---------------------------------------------------------------------


def test_push_interactions_then_poll_job(fresh_data, make_client):
    data = fresh_data
    with make_client(data.root) as client:
        docs = [interaction("push-1", metadata={"crm": "x1"}), interaction("push-2", channel="email", card=True)]
        r = client.post("/v1/interactions", json={"interactions": docs}, headers=H(data, "voc"))
        assert r.status_code == 202, r.text
        job = r.json()
        assert job["state"] == "queued" and job["call_ids"] == ["push-1", "push-2"]
        assert job["job_url"].endswith(f"/v1/jobs/{job['job_id']}")
        done = wait_job(client, H(data, "voc"), job["job_id"])
        assert done["state"] == "done" and done["n_errors"] == 0 and done["finished_at"], done
        assert not (data.root / "jobs" / job["job_id"]).exists(), "the raw input must be deleted"
        call = client.get("/v1/calls/push-2", headers=H(data, "admin")).json()
        assert call["channel"] == "email" and call["customer_id"] == "cust-new-4242"
        assert len(call["utterances"]) == 4 and "[CARD_NUMBER]" in call["utterances"][0]["text"]
        assert CARD not in json.dumps(call)
        assert client.get("/v1/calls/push-1", headers=H(data, "admin")).json()["metadata"] == {"crm": "x1"}
        assert client.get("/v1/stats", headers=H(data, "viewer")).json()["calls"] == len(data.calls["acme"]) + 2
        assert client.get("/v1/calls/push-1", headers=H(data, "admin", "globex")).status_code == 404


@pytest.mark.parametrize("body", [
    {"interactions": []},
    {"interactions": [{"call_id": "x", "turns": []}]},
    {"interactions": [{"call_id": "x", "turns": [{"speaker": "agent", "text": "hi"}], "extra": 1}]},
    {"interactions": [{"call_id": "x", "turns": [{"speaker": "agent", "text": "hi", "start_s": 5, "end_s": 1}]}]},
    {"interactions": [{"call_id": "x", "turns": [{"speaker": "agent", "text": "hi", "start_s": -1}]}]},
    {"interactions": [{"call_id": "x", "channel": "fax", "turns": [{"speaker": "agent", "text": "hi"}]}]},
    {"interactions": [{"call_id": "x", "turns": [{"speaker": "a", "text": "hi"}]}, {"call_id": "x", "turns": [{"speaker": "a", "text": "yo"}]}]},
])
def test_push_invalid_interactions_422(api, body):
    client, data = api
    r = client.post("/v1/interactions", json=body, headers=H(data, "admin"))
    assert r.status_code == 422, r.text


def test_push_too_many_interactions_413(store_data, make_client, tmp_path):
    data = copy_data(store_data, tmp_path / "data")
    with make_client(data.root, max_interactions_per_request=2) as client:
        docs = [interaction(f"many-{i}") for i in range(3)]
        r = client.post("/v1/interactions", json={"interactions": docs}, headers=H(data, "admin"))
        assert r.status_code == 413, r.text
        r = client.post("/v1/interactions", json={"interactions": docs[:2]}, headers=H(data, "admin"))
        assert r.status_code == 202, r.text


def test_job_unknown_404(api):
    client, data = api
    r = client.get("/v1/jobs/job_0000", headers=H(data, "voc"))
    assert r.status_code == 404 and r.json() == {"detail": "job not found"}


# --- export ------------------------------------------------------------------------------------


def _jsonl(r):
    return [json.loads(line) for line in r.text.splitlines() if line]


def test_export_jsonl(api):
    client, data = api
    r = client.get("/v1/export", headers=H(data, "voc"))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert r.headers["X-Convo-Schema-Version"] == SCHEMA_VERSION
    lines = _jsonl(r)
    assert {x["call"]["call_id"] for x in lines} == all_ids(data)
    assert all(x["schema_version"] == SCHEMA_VERSION for x in lines)
    cursors = [x["cursor"] for x in lines]
    assert cursors == sorted(cursors) and int(r.headers["X-Convo-Next-Since"]) == cursors[-1]
    by_id = {x["call"]["call_id"]: x["call"] for x in lines}
    for doc in data.calls["acme"]:
        call = by_id[doc["call_id"]]
        assert "tenant_id" not in call
        assert len(call["utterances"]) == len(doc["turns"])
    assert "[CARD_NUMBER]" in by_id["ac-003"]["utterances"][0]["text"] and CARD not in r.text
    # the other tenant's export holds only its calls (its own version of shared ids)
    g = {x["call"]["call_id"]: x["call"] for x in _jsonl(client.get("/v1/export", headers=H(data, "voc", "globex")))}
    assert set(g) == all_ids(data, "globex") and g["shared-1"]["agent_id"] == "gx-agent-1"


def test_export_pages_with_since(api):
    client, data = api
    seen, since = [], 0
    while True:
        r = client.get("/v1/export", params={"since": since, "limit": 5}, headers=H(data, "admin"))
        lines = _jsonl(r)
        if not lines:
            assert int(r.headers["X-Convo-Next-Since"]) == since
            break
        seen += [x["call"]["call_id"] for x in lines]
        since = int(r.headers["X-Convo-Next-Since"])
    assert len(seen) == len(set(seen)) and set(seen) == all_ids(data)


def test_export_parquet(api):
    client, data = api
    r = client.get("/v1/export", params={"format": "parquet"}, headers=H(data, "voc"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(r.content))
    assert table.column_names == ["schema_version", "call_json"]
    assert set(table["schema_version"].to_pylist()) == {SCHEMA_VERSION}
    calls = [json.loads(x) for x in table["call_json"].to_pylist()]
    assert {c["call_id"] for c in calls} == all_ids(data)
    assert all(c["utterances"] for c in calls)
    assert int(r.headers["X-Convo-Next-Since"]) == max(c["seq"] for c in calls)


@pytest.mark.parametrize("params", [{"since": -1}, {"format": "csv"}, {"limit": 0}, {"since": "x"}])
def test_export_bad_params_422(api, params):
    client, data = api
    assert client.get("/v1/export", params=params, headers=H(data, "voc")).status_code == 422


def test_export_since_returns_only_newer_calls(fresh_data, make_client, tmp_path):
    data = fresh_data
    with make_client(data.root) as client:
        r = client.get("/v1/export", headers=H(data, "voc"))
        since = int(r.headers["X-Convo-Next-Since"])
        assert len(_jsonl(r)) == len(data.calls["acme"])
        # a new run (one new call, one re-ingested call id) and a push for the other tenant
        run = make_run([interaction("new-1"), interaction("ac-001", customer="cust-alice-7781")], tmp_path / "runs", "later")
        ingest_run(client.app.state.store, run, "acme")
        ingest_run(client.app.state.store, make_run([interaction("gx-new")], tmp_path / "runs", "gx-later"), "globex")
        for fmt in ("jsonl", "parquet"):
            r = client.get("/v1/export", params={"since": since, "format": fmt}, headers=H(data, "voc"))
            if fmt == "jsonl":
                ids = [x["call"]["call_id"] for x in _jsonl(r)]
            else:
                ids = [json.loads(x)["call_id"] for x in pq.read_table(io.BytesIO(r.content))["call_json"].to_pylist()]
            assert sorted(ids) == ["ac-001", "new-1"]
            nxt = int(r.headers["X-Convo-Next-Since"])
            assert nxt > since
        assert _jsonl(client.get("/v1/export", params={"since": nxt}, headers=H(data, "voc"))) == []
        assert client.get("/v1/stats", headers=H(data, "voc")).json()["calls"] == len(data.calls["acme"]) + 1


# --- labels ------------------------------------------------------------------------------------


def test_labels(api):
    client, data = api
    body = {"labels": [{"call_id": "ac-001", "ces": 5}, {"call_id": "ac-002", "ces": 2, "scale": "1-5"},
                       {"call_id": "ac-003", "ces": 7, "scale": "7-1"}]}
    r = client.post("/v1/labels", json=body, headers=H(data, "manager"))
    assert r.status_code == 201 and r.json() == {"stored": 3}
    with client.app.state.store.read() as cur:
        rows = cur.execute("SELECT call_id, ces, scale FROM labels WHERE tenant_id = 'acme' AND call_id IN ('ac-001','ac-002','ac-003') ORDER BY 1").fetchall()
    assert rows == [("ac-001", 5.0, "1-7"), ("ac-002", 2.0, "1-5"), ("ac-003", 7.0, "7-1")]


@pytest.mark.parametrize("label", [
    {"call_id": "ac-001", "ces": 6, "scale": "1-5"},
    {"call_id": "ac-001", "ces": 6, "scale": "5-1"},
    {"call_id": "ac-001", "ces": 8},
    {"call_id": "ac-001", "ces": 0},
    {"call_id": "ac-001", "ces": 3, "scale": "1-10"},
    {"call_id": "", "ces": 3},
    {"call_id": "ac-001"},
    {"call_id": "ac-001", "ces": 3, "comment": "x"},
])
def test_labels_invalid_422(api, label):
    client, data = api
    r = client.post("/v1/labels", json={"labels": [{"call_id": "ac-002", "ces": 3}, label]}, headers=H(data, "voc"))
    assert r.status_code == 422, r.text
    with client.app.state.store.read() as cur:  # all or nothing
        assert cur.execute("SELECT count(*) FROM labels WHERE tenant_id = 'acme' AND call_id = 'ac-002' AND ces = 3").fetchone()[0] == 0


def test_labels_out_of_scale_message(api):
    client, data = api
    r = client.post("/v1/labels", json={"labels": [{"call_id": "ac-001", "ces": 6, "scale": "1-5"}]}, headers=H(data, "admin"))
    assert r.status_code == 422 and "outside the 1-5 scale" in r.json()["detail"]


# --- webhooks ----------------------------------------------------------------------------------


def test_webhooks_crud_and_deliveries(api):
    client, data = api
    h = H(data, "voc")
    r = client.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/crud", "events": ["call.high_effort", "call.scored"]}, headers=h)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["webhook_id"].startswith("wh_") and len(created["secret"]) >= 32
    assert created["events"] == ["call.high_effort", "call.scored"]
    listed = client.get("/v1/webhooks", headers=h).json()
    mine = [w for w in listed if w["webhook_id"] == created["webhook_id"]]
    assert len(mine) == 1 and mine[0]["secret"] is None and mine[0]["url"] == "http://127.0.0.1:9/crud"
    assert data.webhook_ids["acme"] in {w["webhook_id"] for w in listed}
    assert data.webhook_ids["globex"] not in {w["webhook_id"] for w in listed}
    r = client.get(f"/v1/webhooks/{created['webhook_id']}/deliveries", headers=h)
    assert r.status_code == 200 and r.json() == []
    assert client.delete(f"/v1/webhooks/{created['webhook_id']}", headers=h).status_code == 204
    assert created["webhook_id"] not in {w["webhook_id"] for w in client.get("/v1/webhooks", headers=h).json()}
    assert client.delete(f"/v1/webhooks/{created['webhook_id']}", headers=h).status_code == 404
    assert client.get(f"/v1/webhooks/{created['webhook_id']}/deliveries", headers=h).status_code == 404


def test_webhook_deliveries_listed_after_push(fresh_data, make_client):
    data = fresh_data
    with make_client(data.root) as client:
        h = H(data, "admin")
        r = client.post("/v1/interactions", json={"interactions": [interaction("wh-1")]}, headers=h)
        assert wait_job(client, h, r.json()["job_id"])["state"] == "done"
        rows = client.get(f"/v1/webhooks/{data.webhook_ids['acme']}/deliveries", headers=h).json()
        assert [(d["call_id"], d["event"]) for d in rows] == [("wh-1", "call.scored")]
        assert client.get(f"/v1/webhooks/{data.webhook_ids['globex']}/deliveries", headers=H(data, "admin", "globex")).json() == []


@pytest.mark.parametrize("body", [{"url": "ftp://example.com/x", "events": ["call.scored"]},
                                  {"url": "http://example.com/x", "events": []},
                                  {"url": "http://example.com/x", "events": ["call.deleted"]},
                                  {"url": "http://example.com/x"},
                                  {"url": "http://example.com/x", "events": ["call.scored"], "secret": "mine"}])
def test_webhook_invalid_422(api, body):
    client, data = api
    assert client.post("/v1/webhooks", json=body, headers=H(data, "admin")).status_code == 422


# --- OpenAPI, docs, limits, malformed bodies ---------------------------------------------------


def test_openapi_and_docs(api):
    client, _ = api
    r = client.get("/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for path in ("/health", "/v1/stats", "/v1/calls", "/v1/calls/{call_id}", "/v1/insights/friction", "/v1/insights/trends",
                 "/v1/agents/{agent_id}/summary", "/v1/interactions", "/v1/jobs/{job_id}", "/v1/export", "/v1/labels",
                 "/v1/webhooks", "/v1/webhooks/{webhook_id}", "/v1/webhooks/{webhook_id}/deliveries",
                 "/v1/customers/{customer_id}", "/v1/customers/{customer_id}/export"):
        assert path in paths, path
    sort = next(p for p in paths["/v1/calls"]["get"]["parameters"] if p["name"] == "sort")
    assert "handle_time_s" in json.dumps(sort)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower() and "/openapi.json" in docs.text


POST_ROUTES = ["/v1/interactions", "/v1/labels", "/v1/webhooks"]


@pytest.mark.parametrize("path", POST_ROUTES)
def test_body_over_limit_413(store_data, make_client, tmp_path, path):
    data = copy_data(store_data, tmp_path / "data")
    with make_client(data.root, max_body_bytes=2_000) as client:
        big = json.dumps({"labels": [{"call_id": "ac-001", "ces": 3}] * 200}).encode()
        assert len(big) > 2_000
        headers = {**H(data, "admin"), "Content-Type": "application/json"}
        r = client.post(path, content=big, headers=headers)
        assert r.status_code == 413 and "2000" in r.json()["detail"]
        # the same body sent without a Content-Length (chunked) is refused too
        r = client.post(path, content=iter([big[:1000], big[1000:]]), headers=headers)
        assert r.status_code == 413, r.text
        # unauthenticated callers are refused before anything is read
        assert client.post(path, content=big, headers={"Content-Type": "application/json"}).status_code == 413
        # a small body still goes through
        small = client.post("/v1/labels", json={"labels": [{"call_id": "ac-001", "ces": 3}]}, headers=H(data, "admin"))
        assert small.status_code == 201


MALFORMED = [
    b"{", b"", b"null", b"[]", b"42", b'"text"', b"{'labels': []}", b"\xff\xfe\x00garbage", b'{"labels": [}',
    b'{"interactions": "x", "labels": "x", "url": 5}', b'{"labels": [{"call_id": "ac-001", "ces": NaN}]}',
    b'{"labels": [{"call_id": "ac-001", "ces": Infinity}]}', b'{"labels": [{"call_id": "ac-001", "ces": 1e999}]}',
    b"[" * 5000 + b"]" * 5000, b'{"a": ' * 2000 + b"1" + b"}" * 2000,
    b'{"interactions": [{"call_id": "n1", "turns": [{"speaker": "a", "text": "x", "start_s": NaN}]}]}',
    b'{"interactions": [{"call_id": "n1", "wait_time_s": Infinity, "turns": [{"speaker": "a", "text": "x"}]}]}',
    b'{"interactions": [{"call_id": "n1", "metadata": {"k": [1]}, "turns": [{"speaker": "a", "text": "x"}]}]}',
    b'{"interactions": [{"call_id": "n1", "started_at": "not a time", "turns": [{"speaker": "a", "text": "x"}]}]}',
    b'{"interactions": [{"call_id": "n1", "turns": [{"speaker": "a", "text": "\\ud800"}]}]}',
]


@pytest.mark.parametrize("path", POST_ROUTES)
@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
@pytest.mark.parametrize("body", MALFORMED, ids=range(len(MALFORMED)))
def test_malformed_body_422_never_500(api, path, content_type, body):
    client, data = api
    r = client.post(path, content=body, headers={**H(data, "admin"), "Content-Type": content_type})
    # JSON nested deeper than the parser's recursion limit is not malformed but unparseable: FastAPI says 400
    expected = (400, 422) if body.startswith((b"[[", b'{"a": {')) and content_type == "application/json" else (422,)
    assert r.status_code in expected, (r.status_code, r.text[:300])
    r.json()  # the error itself is valid JSON


def test_every_read_route_works_on_a_store_without_calls(tmp_path, make_client):
    """A tenant with keys but nothing ingested yet: empty answers, never errors."""
    from convo.store.db import Store
    from convo.store.keys import create_key

    store = Store.open(tmp_path / "empty")
    try:
        _, key = create_key(store, "acme", "admin")
    finally:
        store.close()
    h = {"Authorization": f"Bearer {key}"}
    with make_client(tmp_path / "empty") as client:
        assert client.get("/v1/stats", headers=h).json() == {"calls": 0, "utterances": 0, "runs": 0, "by_channel": {}}
        assert client.get("/v1/calls", headers=h).json() == {"items": [], "next_cursor": None}
        assert client.get("/v1/calls/x", headers=h).status_code == 404
        assert client.get("/v1/insights/friction", headers=h).json() == {"rows": []}
        assert client.get("/v1/insights/trends", params={"split": "queue"}, headers=h).json()["rows"] == []
        assert client.get("/v1/agents/a/summary", headers=h).status_code == 404
        r = client.get("/v1/export", headers=h)
        assert r.status_code == 200 and r.text == "" and r.headers["X-Convo-Next-Since"] == "0"
        assert client.get("/v1/customers/c/export", headers=h).json() == {"customer_id": "c", "calls": [], "labels": []}
        assert client.delete("/v1/customers/c", headers=h).json()["calls_erased"] == 0
        assert client.post("/v1/labels", json={"labels": [{"call_id": "x", "ces": 2}]}, headers=h).status_code == 201
