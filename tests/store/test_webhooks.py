"""Webhook deliveries against a local receiver: signatures, retries, backoff, giving up."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from convo.store import webhooks
from convo.store.db import Store
from convo.store.ingest import ingest_run
from tests.store.storedata import interaction, make_run, wait_job


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that records every POST and fails the first ``fail_first`` with 500."""

    def __init__(self, fail_first: int = 0, always_fail: bool = False) -> None:
        self.fail_first, self.always_fail = fail_first, always_fail
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body, "at": time.monotonic()})
                    fail = receiver.always_fail or len(receiver.requests) <= receiver.fail_first
                self.send_response(500 if fail else 200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def count(self) -> int:
        with self.lock:
            return len(self.requests)


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def run_dirs(tmp_path):
    return {
        "one": make_run([interaction("wh-a")], tmp_path / "runs", "one"),
        "two": make_run([interaction("wh-b"), interaction("wh-c", channel="email")], tmp_path / "runs", "two"),
    }


def deliveries(store, webhook_id):
    with store.read() as cur:
        rows = cur.execute("SELECT delivery_id, call_id, event, state, attempts, last_status, last_error, next_attempt_at, delivered_at "
                           "FROM webhook_deliveries WHERE webhook_id = ? ORDER BY call_id, event", [webhook_id]).fetchall()
    names = ("delivery_id", "call_id", "event", "state", "attempts", "last_status", "last_error", "next_attempt_at", "delivered_at")
    return [dict(zip(names, r)) for r in rows]


def deliver_until(store, predicate, *, timeout_s=10.0, **kwargs):
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "deliveries did not settle"
        webhooks.deliver_due(store, timeout_s=2.0, **kwargs)
        time.sleep(0.01)


def test_delivered_after_retries_with_valid_signature(store, run_dirs):
    with Receiver(fail_first=2) as rx:
        sub = webhooks.subscribe(store, "acme", rx.url, ["call.scored"])
        other = webhooks.subscribe(store, "globex", rx.url + "/globex", ["call.scored"])
        ingest_run(store, run_dirs["one"], "acme")
        [d] = deliveries(store, sub["webhook_id"])
        assert (d["call_id"], d["event"], d["state"], d["attempts"]) == ("wh-a", "call.scored", "pending", 0)
        assert deliveries(store, other["webhook_id"]) == []  # another tenant's subscription hears nothing

        deliver_until(store, lambda: deliveries(store, sub["webhook_id"])[0]["state"] != "pending", backoff_base_s=0.01)
        [d] = deliveries(store, sub["webhook_id"])
        assert d["state"] == "delivered" and d["attempts"] == 3 and d["last_status"] == 200 and d["last_error"] is None
        assert d["delivered_at"] is not None
        assert rx.count() == 3 and all(r["path"] == "/hook" for r in rx.requests)
        for req in rx.requests:
            signature = req["headers"]["X-Convo-Signature"]
            assert signature == "sha256=" + hmac.new(sub["secret"].encode(), req["body"], hashlib.sha256).hexdigest()
            assert req["headers"]["X-Convo-Event"] == "call.scored"
            assert req["headers"]["X-Convo-Delivery"] == d["delivery_id"]
            assert req["headers"]["Content-Type"] == "application/json"
        assert len({r["body"] for r in rx.requests}) == 1  # a retry sends the same signed body
        body = json.loads(rx.requests[0]["body"])
        assert body["event"] == "call.scored" and body["tenant_id"] == "acme"
        assert body["call"]["call_id"] == "wh-a" and body["call"]["queue"] == "billing"
        assert "customer_id" not in body["call"] and "utterances" not in body["call"]
        # nothing more is sent once delivered
        assert webhooks.deliver_due(store) == 0 and rx.count() == 3


def test_wrong_secret_does_not_verify(store, run_dirs):
    with Receiver() as rx:
        sub = webhooks.subscribe(store, "acme", rx.url, ["call.scored"])
        other = webhooks.subscribe(store, "acme", rx.url + "?b", ["call.scored"])
        ingest_run(store, run_dirs["one"], "acme")
        assert webhooks.deliver_due(store) == 2
        by_path = {r["path"]: r for r in rx.requests}
        req = by_path["/hook"]
        assert req["headers"]["X-Convo-Signature"] == webhooks.sign(sub["secret"], req["body"])
        assert req["headers"]["X-Convo-Signature"] != webhooks.sign(other["secret"], req["body"])
        assert sub["secret"] != other["secret"]


def test_failed_after_max_attempts(store, run_dirs):
    with Receiver(always_fail=True) as rx:
        sub = webhooks.subscribe(store, "acme", rx.url, ["call.scored"])
        ingest_run(store, run_dirs["two"], "acme")
        deliver_until(store, lambda: all(d["state"] == "failed" for d in deliveries(store, sub["webhook_id"])),
                      max_attempts=3, backoff_base_s=0.01)
        rows = deliveries(store, sub["webhook_id"])
        assert [(d["call_id"], d["attempts"], d["last_status"], d["last_error"], d["delivered_at"]) for d in rows] == [
            ("wh-b", 3, 500, "HTTP 500", None), ("wh-c", 3, 500, "HTTP 500", None)]
        assert rx.count() == 6
        time.sleep(0.05)
        assert webhooks.deliver_due(store, max_attempts=3, backoff_base_s=0.01) == 0
        assert rx.count() == 6  # given up: never sent again


def test_backoff_is_respected(store, run_dirs):
    base = 0.3
    with Receiver(fail_first=2) as rx:
        sub = webhooks.subscribe(store, "acme", rx.url, ["call.scored"])
        ingest_run(store, run_dirs["one"], "acme")
        assert webhooks.deliver_due(store, backoff_base_s=base) == 0
        [d] = deliveries(store, sub["webhook_id"])
        assert (d["state"], d["attempts"], d["last_status"], d["last_error"]) == ("pending", 1, 500, "HTTP 500")
        wait = (d["next_attempt_at"] - datetime.now(timezone.utc)).total_seconds()
        assert 0 < wait <= base
        # not retried before next_attempt_at
        for _ in range(3):
            assert webhooks.deliver_due(store, backoff_base_s=base) == 0
        assert rx.count() == 1 and deliveries(store, sub["webhook_id"])[0]["attempts"] == 1
        deliver_until(store, lambda: rx.count() == 2, backoff_base_s=base)
        # the second failure waits twice as long
        assert rx.requests[1]["at"] - rx.requests[0]["at"] >= base * 0.9
        [d] = deliveries(store, sub["webhook_id"])
        assert d["attempts"] == 2
        wait = (d["next_attempt_at"] - datetime.now(timezone.utc)).total_seconds()
        assert base < wait <= 2 * base
        assert webhooks.deliver_due(store, backoff_base_s=base) == 0 and rx.count() == 2
        deliver_until(store, lambda: deliveries(store, sub["webhook_id"])[0]["state"] == "delivered", backoff_base_s=base)
        assert rx.count() == 3 and rx.requests[2]["at"] - rx.requests[1]["at"] >= 2 * base * 0.9


def test_unreachable_receiver_records_the_error(store, run_dirs):
    with Receiver() as rx:
        url = rx.url
    sub = webhooks.subscribe(store, "acme", url, ["call.scored"])  # nothing listens there any more
    ingest_run(store, run_dirs["one"], "acme")
    assert webhooks.deliver_due(store, backoff_base_s=0.01) == 0
    [d] = deliveries(store, sub["webhook_id"])
    assert (d["state"], d["attempts"], d["last_status"], d["last_error"]) == ("pending", 1, None, "URLError")


def test_high_effort_event(store):
    with Receiver() as rx:
        both = webhooks.subscribe(store, "acme", rx.url, ["call.scored", "call.high_effort"])
        only = webhooks.subscribe(store, "acme", rx.url + "/he", ["call.high_effort"])
        calls = [{"call_id": "h1", "high_effort_prob": 0.8, "ces": 5.9}, {"call_id": "h2", "high_effort_prob": 0.2}, {"call_id": "h3"}]
        assert webhooks.enqueue_call_events(store, "acme", calls) == 3 + 1 + 1
        assert [(d["call_id"], d["event"]) for d in deliveries(store, only["webhook_id"])] == [("h1", "call.high_effort")]
        assert webhooks.deliver_due(store) == 5
        he = [json.loads(r["body"]) for r in rx.requests if r["headers"]["X-Convo-Event"] == "call.high_effort"]
        assert len(he) == 2 and all(b["call"] == {"call_id": "h1", "high_effort_prob": 0.8, "ces": 5.9} for b in he)
        assert {d["state"] for d in deliveries(store, both["webhook_id"])} == {"delivered"}


def test_unsubscribed_webhook_gets_no_more_deliveries(store, run_dirs):
    with Receiver() as rx:
        sub = webhooks.subscribe(store, "acme", rx.url, ["call.scored"])
        ingest_run(store, run_dirs["two"], "acme")
        assert webhooks.unsubscribe(store, "acme", sub["webhook_id"])
        assert webhooks.deliver_due(store) == 0
        assert rx.count() == 0
        ingest_run(store, run_dirs["one"], "acme")  # and nothing new is queued for it
        assert [d["call_id"] for d in deliveries(store, sub["webhook_id"])] == ["wh-b", "wh-c"]


@pytest.mark.parametrize("url,events", [("ftp://x/y", ["call.scored"]), ("http://x/y", []), ("http://x/y", ["call.nope"]),
                                        ("127.0.0.1:80/x", ["call.scored"])])
def test_subscribe_rejects_bad_input(store, url, events):
    with pytest.raises(ValueError):
        webhooks.subscribe(store, "acme", url, events)


def test_api_worker_delivers_pushed_calls(fresh_data, make_client):
    """End to end: subscribe through the API, push a call, the background worker delivers it signed."""
    data = fresh_data
    h = data.headers("acme", "voc")
    with Receiver(fail_first=1) as rx, make_client(data.root) as client:
        sub = client.post("/v1/webhooks", json={"url": rx.url, "events": ["call.scored"]}, headers=h).json()
        job = client.post("/v1/interactions", json={"interactions": [interaction("e2e-1")]}, headers=h).json()
        assert wait_job(client, h, job["job_id"])["state"] == "done"
        deadline = time.monotonic() + 10
        while True:
            rows = client.get(f"/v1/webhooks/{sub['webhook_id']}/deliveries", headers=h).json()
            if rows and rows[0]["state"] == "delivered" or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert [(r["call_id"], r["state"], r["attempts"], r["last_status"]) for r in rows] == [("e2e-1", "delivered", 2, 200)]
        assert rx.count() == 2
        req = rx.requests[-1]
        assert req["headers"]["X-Convo-Signature"] == "sha256=" + hmac.new(sub["secret"].encode(), req["body"], hashlib.sha256).hexdigest()
