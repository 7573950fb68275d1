"""Fixtures of the store tests: the two-tenant template store and private copies of it."""

from __future__ import annotations

import itertools
from contextlib import contextmanager

import pytest

from tests.store.storedata import StoreData, build_store, copy_data

_n = itertools.count()


@pytest.fixture(scope="session")
def store_data(tmp_path_factory) -> StoreData:
    """The template store (two tenants, keys for every role). Do not modify: use ``fresh_data``."""
    return build_store(tmp_path_factory.mktemp("store-template"))


@pytest.fixture
def fresh_data(store_data, tmp_path) -> StoreData:
    """A private copy of the template store for a test that changes data."""
    return copy_data(store_data, tmp_path / f"data-{next(_n)}")


@pytest.fixture(scope="session")
def make_client():
    """``with make_client(data_dir, **settings) as client:`` a TestClient with the lifespan running."""
    from fastapi.testclient import TestClient

    from convo.api.app import create_app
    from convo.api.settings import Settings

    @contextmanager
    def _make(data_dir, **overrides):
        settings = Settings(data_dir=data_dir, worker_interval_s=0.05, webhook_backoff_base_s=0.05, **overrides)
        with TestClient(create_app(settings)) as client:
            yield client

    return _make
