"""Fixtures of the API tests (shared with tests/store)."""

from tests.store.conftest import fresh_data, make_client, store_data  # noqa: F401
