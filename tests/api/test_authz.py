"""Authorization matrix: every route × every role × own/other tenant, against deps.PERMISSIONS."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

import pytest

from convo.api.deps import PERMISSIONS
from convo.store import webhooks as webhook_store
from convo.store.keys import ROLES
from convo.store.queries import TenantView
from tests.store.storedata import copy_data, interaction, wait_job
from tests.topics.topicdata import publish_synthetic

TENANTS = ("acme", "globex")
OTHER = {"acme": "globex", "globex": "acme"}
# An object of each kind per tenant, and one that exists nowhere.
OBJECTS = {
    "call": {"acme": "ac-001", "globex": "gx-001", None: "no-such-call"},
    "agent": {"acme": "ag-ann", "globex": "gx-agent-1", None: "no-such-agent"},
    "customer": {"acme": "cust-alice-7781", "globex": "gx-cust-1", None: "no-such-customer"},
    "topic": {"acme": "0", "globex": "0", None: "999999"},  # ids are per tenant: "other" reads your own topic 0
}


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    path: str  # with at most one {object} placeholder
    permission: str
    kind: str | None = None  # the object kind in the path
    body: Callable[[str], Any] | None = None  # tenant -> JSON body
    ok: int = 200

    def __str__(self) -> str:
        return self.name


ROUTES = [
    Route("stats", "GET", "/v1/stats", "stats"),
    Route("calls.list", "GET", "/v1/calls", "calls:list"),
    Route("calls.get", "GET", "/v1/calls/{id}", "calls:read", "call"),
    Route("insights.friction", "GET", "/v1/insights/friction?by_queue=true", "insights"),
    Route("insights.trends", "GET", "/v1/insights/trends?interval=week&split=agent", "insights"),
    Route("agents.summary", "GET", "/v1/agents/{id}/summary", "agents", "agent"),
    Route("interactions.push", "POST", "/v1/interactions", "interactions:push",
          body=lambda t: {"interactions": [interaction(f"authz-{t}")]}, ok=202),
    Route("jobs.get", "GET", "/v1/jobs/{id}", "interactions:push", "job"),
    Route("export", "GET", "/v1/export", "export"),
    Route("labels.post", "POST", "/v1/labels", "labels:write",
          body=lambda t: {"labels": [{"call_id": OBJECTS["call"][t], "ces": 4}]}, ok=201),
    Route("webhooks.create", "POST", "/v1/webhooks", "webhooks",
          body=lambda t: {"url": "http://127.0.0.1:9/authz", "events": ["call.scored"]}, ok=201),
    Route("webhooks.list", "GET", "/v1/webhooks", "webhooks"),
    Route("webhooks.delete", "DELETE", "/v1/webhooks/{id}", "webhooks", "webhook", ok=204),
    Route("webhooks.deliveries", "GET", "/v1/webhooks/{id}/deliveries", "webhooks", "webhook"),
    Route("customers.erase", "DELETE", "/v1/customers/{id}", "customers", "customer"),
    Route("customers.export", "GET", "/v1/customers/{id}/export", "customers", "customer"),
    Route("topics.list", "GET", "/v1/topics", "topics"),
    Route("topics.get", "GET", "/v1/topics/{id}", "topics:read", "topic"),
]
# Routes outside the permission table (besides /openapi.json and /docs): no key needed, no tenant data.
PUBLIC = {("GET", "/health")}


@pytest.fixture(scope="module")
def env(store_data, make_client, tmp_path_factory):
    data = copy_data(store_data, tmp_path_factory.mktemp("authz") / "data")
    with make_client(data.root) as client:
        jobs = {}
        for tenant in TENANTS:
            h = data.headers(tenant, "admin")
            r = client.post("/v1/interactions", json={"interactions": [interaction(f"job-{tenant}")]}, headers=h)
            assert r.status_code == 202, r.text
            jobs[tenant] = r.json()["job_id"]
            assert wait_job(client, h, jobs[tenant])["state"] == "done"
        for tenant in TENANTS:  # topics of each tenant's own calls, so topics.get has an object
            publish_synthetic(client.app.state.store, tenant, tmp_path_factory.mktemp(f"topics-{tenant}"))
        yield client, data, jobs


def _object(env, route: Route, tenant: str | None) -> str:
    client, data, jobs = env
    if route.kind == "job":
        return jobs[tenant] if tenant else "job_0123456789abcdef"
    if route.kind == "webhook":
        if tenant is None:
            return "wh_0123456789abcdef"
        if route.method == "DELETE":  # a fresh subscription each time: deleting is not repeatable
            return webhook_store.subscribe(client.app.state.store, tenant, "http://127.0.0.1:9/x", ["call.scored"])["webhook_id"]
        return data.webhook_ids[tenant]
    return OBJECTS[route.kind][tenant]


def call(env, route: Route, actor: str, headers: dict[str, str], target: str | None = "own") -> tuple[Any, str | None]:
    """Send ``route`` as ``actor``; ``target`` picks whose object is in the path (own, other, none)."""
    client = env[0]
    obj = None
    if route.kind == "customer" and route.method == "DELETE" and target == "own":
        obj = "cust-without-calls"  # the matrix must not erase the data other cases read
    elif route.kind:
        obj = _object(env, route, {"own": actor, "other": OTHER[actor], "none": None}[target])
    path = route.path.replace("{id}", obj) if obj else route.path
    kwargs = {"json": route.body(actor)} if route.body else {}
    return client.request(route.method, path, headers=headers, **kwargs), obj


def test_route_table_covers_the_app(env):
    client = env[0]
    served = {(m.upper(), p) for p, ops in client.get("/openapi.json").json()["paths"].items() for m in ops}
    table = {(r.method, r.path.split("?")[0].replace("{id}", "{x}")) for r in ROUTES}
    normalised = {(m, p.replace("{call_id}", "{x}").replace("{agent_id}", "{x}").replace("{job_id}", "{x}")
                   .replace("{webhook_id}", "{x}").replace("{customer_id}", "{x}").replace("{topic_id}", "{x}"))
                  for m, p in served}
    assert normalised - PUBLIC == table
    assert {r.permission for r in ROUTES} == set(PERMISSIONS)


MATRIX = [(r, role, actor, target) for r in ROUTES for role in ROLES for actor in TENANTS
          for target in (("own", "other") if r.kind else ("own",))]


@pytest.mark.parametrize("route,role,actor,target", MATRIX, ids=[f"{r}-{role}-{a}-{t}" for r, role, a, t in MATRIX])
def test_matrix(env, route, role, actor, target):
    client, data, _ = env
    r, obj = call(env, route, actor, data.headers(actor, role), target)
    if role not in PERMISSIONS[route.permission]:
        assert r.status_code == 403, r.text
        assert r.json() == {"detail": f"role '{role}' may not use this route ({route.permission})"}
        return
    other = OTHER[actor]
    if target == "other" and route.kind in ("call", "agent", "job", "webhook"):
        assert r.status_code == 404, r.text
        # exactly what an id that exists nowhere gets: nothing tells the object exists
        missing, _ = call(env, route, actor, data.headers(actor, role), "none")
        assert missing.status_code == 404 and r.json() == missing.json() == {"detail": f"{route.kind} not found"}
        assert obj not in r.text
        if route.kind == "webhook" and route.method == "DELETE":  # and it was not deleted
            listed = client.get("/v1/webhooks", headers=data.headers(other, "admin")).json()
            assert obj in {w["webhook_id"] for w in listed}
        return
    assert r.status_code == route.ok, r.text
    if route.kind == "customer":
        body = r.json()
        if target == "other":  # another tenant's customer: nothing of theirs is seen or erased
            assert body.get("calls_erased", 0) == 0 and body.get("calls", []) == [] and body.get("labels", []) == []
            assert TenantView(client.app.state.store, other).customer_call_ids(obj)
        elif route.method == "GET":
            expected = {c["call_id"] for c in data.calls[actor] if c["customer_id"] == obj}
            assert expected and {c["call_id"] for c in body["calls"]} == expected
    # whatever the route, nothing exclusive to the other tenant appears in the answer
    if route.ok != 204:
        _assert_no_leak(data, r.text, other, asked=obj)


def _assert_no_leak(data, text: str, other: str, asked: str | None = None) -> None:
    """Nothing that only ``other`` holds (ids, agents, customers, utterance text) is in ``text``
    (the id the caller asked about may be echoed)."""
    mine = {v for c in data.calls[OTHER[other]] for v in (c["call_id"], c["agent_id"], c["customer_id"])} | {asked}
    theirs = {v for c in data.calls[other] for v in (c["call_id"], c["agent_id"], c["customer_id"])} - mine
    assert not [v for v in theirs if v in text]
    assert not [t for t in data.texts(other) if t in text]


AUTH_VARIANTS = {
    "none": lambda data, t: {},
    "empty-bearer": lambda data, t: {"Authorization": "Bearer "},
    "garbage": lambda data, t: {"Authorization": "Bearer not-a-key"},
    "wrong-prefix": lambda data, t: {"Authorization": "Bearer " + data.key(t, "admin").replace("cvo_", "xyz_", 1)},
    "two-parts": lambda data, t: {"Authorization": "Bearer cvo_abc"},
    "wrong-secret": lambda data, t: {"Authorization": "Bearer " + data.key(t, "admin")[:-4] + "AAAA"},
    "unknown-key-id": lambda data, t: {"Authorization": "Bearer cvo_000000000000_" + data.key(t, "admin").split("_", 2)[2]},
    "revoked": lambda data, t: {"Authorization": f"Bearer {data.revoked[t]}"},
    "basic-scheme": lambda data, t: {"Authorization": f"Basic {data.key(t, 'admin')}"},
    "no-scheme": lambda data, t: {"Authorization": data.key(t, "admin")},
    "x-api-key": lambda data, t: {"X-API-Key": data.key(t, "admin")},
}


@pytest.mark.parametrize("variant", list(AUTH_VARIANTS))
@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_unauthenticated_401(env, route, variant):
    client, data, _ = env
    r, _ = call(env, route, "acme", AUTH_VARIANTS[variant](data, "acme"), "own")
    assert r.status_code == 401, r.text
    assert r.headers.get("www-authenticate") == "Bearer"
    assert r.json()["detail"] in ("missing API key: send Authorization: Bearer <key>", "invalid or revoked API key")
    _assert_no_leak(data, r.text, "acme")


def test_revoked_key_stops_working_at_once(env):
    from convo.store.keys import create_key, revoke_key

    client, data, _ = env
    store = client.app.state.store
    key_id, key = create_key(store, "acme", "admin")
    h = {"Authorization": f"Bearer {key}"}
    assert client.get("/v1/stats", headers=h).status_code == 200
    assert revoke_key(store, key_id)
    assert client.get("/v1/stats", headers=h).status_code == 401
    assert not revoke_key(store, key_id)


VIEWER_GETS = [
    "/v1/stats", "/v1/calls", "/v1/calls/ac-003", "/v1/export", "/v1/export?format=parquet", "/v1/agents/ag-ann/summary",
    "/v1/insights/friction", "/v1/insights/friction?by_queue=true", "/v1/insights/trends?split=agent",
    "/v1/insights/trends?interval=week&split=queue", "/v1/insights/trends?split=channel", "/v1/webhooks",
    "/v1/customers/cust-alice-7781/export", "/v1/calls?fields=call_id,customer_id", "/openapi.json", "/health",
]


def _content_keys(doc) -> list[str]:
    """Keys anywhere in ``doc`` that carry conversation content."""
    if isinstance(doc, dict):
        found = [k for k, v in doc.items() if k == "text" or (k == "utterances" and isinstance(v, list))]
        return found + [k for v in doc.values() for k in _content_keys(v)]
    if isinstance(doc, list):
        return [k for v in doc for k in _content_keys(v)]
    return []


@pytest.mark.parametrize("tenant", TENANTS)
def test_viewer_never_sees_utterance_text(env, tenant):
    client, data, jobs = env
    h = data.headers(tenant, "viewer")
    texts = data.texts() + ["[CARD_NUMBER]"]
    bodies = [client.get(p, headers=h) for p in VIEWER_GETS + [f"/v1/jobs/{jobs[tenant]}",
                                                               f"/v1/webhooks/{data.webhook_ids[tenant]}/deliveries"]]
    bodies += [client.request(r.method, r.path.replace("{id}", "x"), headers=h, json=r.body(tenant) if r.body else None)
               for r in ROUTES if r.method != "GET"]
    for r in bodies:
        assert r.status_code in (200, 403), (r.request.url, r.status_code)
        raw = r.content.decode("latin-1")
        assert not [t for t in texts if t in raw], r.request.url
        if r.headers.get("content-type", "").startswith("application/json") and "openapi" not in str(r.request.url):
            assert not _content_keys(r.json()), r.request.url
    allowed = [r for r in bodies if r.status_code == 200 and "/v1/" in str(r.request.url)]
    assert {str(r.request.url.path) for r in allowed} == {"/v1/stats", "/v1/insights/friction", "/v1/insights/trends"}


@pytest.mark.parametrize("role", sorted(PERMISSIONS["calls:list"]))
def test_call_list_never_carries_text_for_any_role(env, role):
    client, data, _ = env
    r = client.get("/v1/calls", params={"limit": 200}, headers=data.headers("acme", role))
    assert r.status_code == 200
    assert not [t for t in data.texts() if t in r.text]


def test_objects_created_by_one_tenant_are_invisible_to_the_other(env):
    client, data, _ = env
    created = client.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/iso", "events": ["call.scored"]},
                          headers=data.headers("acme", "voc")).json()["webhook_id"]
    listed = client.get("/v1/webhooks", headers=data.headers("globex", "admin")).json()
    assert created not in {w["webhook_id"] for w in listed}
    calls = client.get("/v1/calls", params={"limit": 200}, headers=data.headers("globex", "admin")).json()["items"]
    assert not {c["call_id"] for c in calls} & {"job-acme", "authz-acme", "ac-001"}
