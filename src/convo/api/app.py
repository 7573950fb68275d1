"""The FastAPI application: factory, lifespan (store, background worker), error handling.

Example:
    >>> from convo.api.app import create_app
    >>> from convo.api.settings import Settings
    >>> app = create_app(Settings(data_dir="data"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

import convo
from convo.api.routes import agents, calls, customers, export, health, insights, interactions, labels, topics, webhooks
from convo.api.settings import Settings, get_settings
from convo.store import audit, jobs
from convo.store import webhooks as webhook_store
from convo.store.db import Store

logger = logging.getLogger(__name__)


class Worker:
    """Background thread: runs queued interaction jobs and due webhook deliveries."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._loop, name="convo-worker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)

    def run_once(self) -> None:
        audit.flush(self.store)
        jobs.process_queued(self.store)
        webhook_store.deliver_due(self.store, max_attempts=self.settings.webhook_max_attempts,
                                  backoff_base_s=self.settings.webhook_backoff_base_s)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - the worker must outlive one bad job or delivery
                logger.exception("background worker step failed")
            self._wake.wait(self.settings.worker_interval_s)
            self._wake.clear()


class BodyLimit:
    """Reject request bodies over ``max_bytes`` with 413: at once when Content-Length says so,
    else (chunked bodies) as soon as more than ``max_bytes`` have arrived."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        detail = f"request body over {self.max_bytes} bytes"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(413, detail)  # answered by the app's exception handling
            return message

        await self.app(scope, counted_receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app over ``settings.data_dir`` (the store is opened at start-up)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        store = Store.open(settings.data_dir)
        app.state.store = store
        app.state.worker = Worker(store, settings) if settings.background_workers else None
        if app.state.worker:
            app.state.worker.start()
        try:
            yield
        finally:
            if app.state.worker:
                app.state.worker.stop()
            store.close()

    app = FastAPI(title="convo", version=convo.__version__, lifespan=lifespan,
                  description="Scored contact-centre interactions: calls, utterances, effort, insights, topics.")
    app.dependency_overrides[get_settings] = lambda: settings
    for module in (health, calls, insights, agents, interactions, export, labels, webhooks, customers, topics):
        app.include_router(module.router)

    @app.exception_handler(ValueError)
    async def value_error(_: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
