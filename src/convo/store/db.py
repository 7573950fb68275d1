"""The store: one DuckDB file in a data directory, plus each tenant's Parquet dataset.

Layout of ``DATA_DIR``::

    convo.duckdb                     tenants, API keys, audit log, labels, webhooks, jobs,
                                     and the calls/utterances of every ingested run (query tables)
    secret.key                       keyed hashing of identifiers (audit of erasures); 0600
    tenants/<tenant>/runs/<run_id>/  calls.parquet, utterances.parquet, run.json (the dataset)

Every call belongs to exactly one tenant; every query of call data goes through
:class:`convo.store.queries.TenantView`, which adds the tenant filter itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from convo._optional import import_optional
from convo.errors import ConvoError

DB_FILE = "convo.duckdb"
SECRET_FILE = "secret.key"

DDL = [
    "CREATE TABLE IF NOT EXISTS tenants (tenant_id VARCHAR PRIMARY KEY, created_at TIMESTAMPTZ DEFAULT now())",
    """CREATE TABLE IF NOT EXISTS api_keys (key_id VARCHAR PRIMARY KEY, tenant_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
        key_hash VARCHAR NOT NULL, created_at TIMESTAMPTZ DEFAULT now(), revoked_at TIMESTAMPTZ)""",
    """CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, tenant_id VARCHAR NOT NULL, source VARCHAR,
        ingested_at TIMESTAMPTZ DEFAULT now(), n_calls INTEGER)""",
    """CREATE TABLE IF NOT EXISTS audit_log (seq BIGINT PRIMARY KEY, logged_at VARCHAR NOT NULL, tenant_id VARCHAR,
        key_id VARCHAR, action VARCHAR NOT NULL, target VARCHAR, detail VARCHAR, prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS labels (tenant_id VARCHAR NOT NULL, call_id VARCHAR NOT NULL, ces DOUBLE NOT NULL,
        scale VARCHAR NOT NULL, received_at TIMESTAMPTZ DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS webhooks (webhook_id VARCHAR PRIMARY KEY, tenant_id VARCHAR NOT NULL, url VARCHAR NOT NULL,
        events VARCHAR[] NOT NULL, secret VARCHAR NOT NULL, created_at TIMESTAMPTZ DEFAULT now(), active BOOLEAN DEFAULT true)""",
    """CREATE TABLE IF NOT EXISTS webhook_deliveries (delivery_id VARCHAR PRIMARY KEY, webhook_id VARCHAR NOT NULL,
        tenant_id VARCHAR NOT NULL, event VARCHAR NOT NULL, call_id VARCHAR, payload VARCHAR NOT NULL, state VARCHAR NOT NULL,
        attempts INTEGER DEFAULT 0, last_status INTEGER, last_error VARCHAR, next_attempt_at TIMESTAMPTZ DEFAULT now(),
        created_at TIMESTAMPTZ DEFAULT now(), delivered_at TIMESTAMPTZ)""",
    """CREATE TABLE IF NOT EXISTS jobs (job_id VARCHAR PRIMARY KEY, tenant_id VARCHAR NOT NULL, state VARCHAR NOT NULL,
        created_at TIMESTAMPTZ DEFAULT now(), finished_at TIMESTAMPTZ, call_ids VARCHAR[], n_errors INTEGER, error VARCHAR)""",
    "CREATE SEQUENCE IF NOT EXISTS ingest_seq START 1",
]


class _SharedLock:
    """Many holders share it; :meth:`exclusive` waits for all of them (used to swap the database file)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._holders = 0
        self._exclusive = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            self._holders += 1
        try:
            yield
        finally:
            with self._cond:
                self._holders -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive or self._holders:
                self._cond.wait()
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


class Store:
    """A data directory: DuckDB connection (thread-safe through per-call cursors) and paths.

    Example:
        >>> store = Store.open("data")  # doctest: +SKIP
        >>> store.tenant_ids()  # doctest: +SKIP
        ['acme']
    """

    def __init__(self, root: Path, con: Any) -> None:
        self.root = root
        self._con = con
        self._write_lock = threading.RLock()
        self._swap = _SharedLock()
        self._catalog: dict[str, list[str]] = {}
        self.audit_lock = threading.Lock()
        self.audit_flush_lock = threading.Lock()
        self.audit_pending: list[list[Any]] = []
        self.audit_head: tuple[int, str] | None = None
        self.key_cache: dict[str, tuple[str, str, str]] | None = None
        self._secret = self._load_secret()
        from convo.store.docs import DOCS_FILE, DocStore

        self.docs = DocStore(root / DOCS_FILE)

    @classmethod
    def open(cls, root: str | Path, *, create: bool = True) -> "Store":
        duckdb = import_optional("duckdb", extra="api")
        root = Path(root)
        if not root.is_dir():
            if not create:
                raise ConvoError(f"no convo data directory at {root}; create it with `convo ingest RUN_DIR --tenant T --data {root}`")
            root.mkdir(parents=True)
        store = cls(root, _connect(duckdb, root / DB_FILE))
        with store.write() as cur:
            for statement in DDL:
                cur.execute(statement)
        return store

    def close(self) -> None:
        from convo.store.audit import flush

        flush(self)
        self._con.close()
        self.docs.close()

    def _load_secret(self) -> bytes:
        path = self.root / SECRET_FILE
        if not path.is_file():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        return bytes.fromhex(path.read_text().strip())

    def keyed_hash(self, value: str) -> str:
        """HMAC-SHA256 of an identifier under this store's secret: linkable, not reversible."""
        return hmac.new(self._secret, value.encode(), hashlib.sha256).hexdigest()

    @contextmanager
    def read(self) -> Iterator[Any]:
        with self._swap.shared():
            yield from self._cursor()

    def _cursor(self) -> Iterator[Any]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def write(self) -> Iterator[Any]:
        """A cursor inside a transaction, one writer at a time."""
        with self._swap.shared(), self._write_lock:
            cur = self._con.cursor()
            try:
                cur.execute("BEGIN TRANSACTION")
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            finally:
                cur.close()

    def compact(self) -> None:
        """Rewrite the database file so that deleted rows leave no bytes behind (after an erasure)."""
        from convo.store.audit import flush

        flush(self)
        duckdb = import_optional("duckdb", extra="api")
        path = self.root / DB_FILE
        tmp = self.root / f".{DB_FILE}.compact-{os.getpid()}"
        with self._swap.exclusive(), self._write_lock:
            tmp.unlink(missing_ok=True)
            name = self._con.execute("SELECT current_database()").fetchone()[0]
            next_seq = self._con.execute("SELECT nextval('ingest_seq')").fetchone()[0]
            self._con.execute(f"ATTACH '{tmp}' AS compacted")
            self._con.execute(f"COPY FROM DATABASE {name} TO compacted")
            self._con.execute("DROP SEQUENCE IF EXISTS compacted.ingest_seq")
            self._con.execute(f"CREATE SEQUENCE compacted.ingest_seq START {int(next_seq)}")
            self._con.execute("DETACH compacted")
            self._con.close()
            os.replace(tmp, path)
            Path(f"{path}.wal").unlink(missing_ok=True)
            self._con = _connect(duckdb, path)
            self._catalog = {}
        self.docs.vacuum()

    def has_table(self, name: str) -> bool:
        return bool(self.columns(name))

    def columns(self, table: str) -> list[str]:
        """A table's columns (cached: the catalogue changes only through :meth:`invalidate_catalog`)."""
        cached = self._catalog.get(table)
        if cached is None:
            with self.read() as cur:
                rows = cur.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                   "ORDER BY ordinal_position", [table]).fetchall()
            cached = self._catalog[table] = [r[0] for r in rows]
        return cached

    def invalidate_catalog(self) -> None:
        """Call after changing a table's shape (ingest adds the columns new stages produce)."""
        self._catalog = {}

    def tenant_ids(self) -> list[str]:
        with self.read() as cur:
            return [r[0] for r in cur.execute("SELECT tenant_id FROM tenants ORDER BY 1").fetchall()]

    def ensure_tenant(self, tenant_id: str) -> None:
        validate_name(tenant_id, "tenant")
        with self.write() as cur:
            cur.execute("INSERT INTO tenants (tenant_id) VALUES (?) ON CONFLICT DO NOTHING", [tenant_id])

    def tenant_dir(self, tenant_id: str) -> Path:
        return self.root / "tenants" / validate_name(tenant_id, "tenant")


def _connect(duckdb: Any, path: Path) -> Any:
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise ConvoError(f"cannot open the store at {path}: {exc}") from None
        raise ConvoError(
            f"the store at {path.parent} is in use by another convo process (a running `convo serve`?); "
            "DuckDB lets one process hold it: stop the server, run this command, start it again"
        ) from None
    con.execute("SET GLOBAL TimeZone = 'UTC'")  # day/week buckets and returned times: UTC, not the server's zone
    return con


def validate_name(value: str, what: str) -> str:
    """Tenant and run names become folder names: letters, digits, ``-`` and ``_`` only."""
    if not value or len(value) > 64 or not all(c.isalnum() or c in "-_" for c in value):
        raise ValueError(f"invalid {what} name {value!r}: use 1-64 letters, digits, '-' or '_'")
    return value


def dict_rows(cursor: Any) -> list[dict[str, Any]]:
    """Rows of an executed DuckDB cursor as dicts."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
