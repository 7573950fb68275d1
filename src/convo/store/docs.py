"""Call documents for point reads: one JSON body per call, in SQLite beside the DuckDB file.

DuckDB answers the analytical questions (lists, friction, trends) but spends milliseconds on a
point lookup; ``GET /v1/calls/{id}`` is the hot path of QA tools and VoC platforms. At ingest each
call is rendered once (every column plus its utterances) and stored here keyed by
``(tenant_id, call_id)``; a read is one indexed SQLite lookup and the bytes go out as they are.
Erasure deletes the rows and vacuums the file, so no bytes of an erased call remain.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable

from pydantic_core import to_json

DOCS_FILE = "calls.sqlite"
CALL_HIDDEN = ("tenant_id",)
UTTERANCE_HIDDEN = ("tenant_id", "run_id", "call_id")


def render_call(call: dict[str, Any], utterances: list[dict[str, Any]]) -> dict[str, Any]:
    """The public form of a call: every column but the tenant, and its utterances in turn order."""
    doc = {k: v for k, v in call.items() if k not in CALL_HIDDEN}
    doc["utterances"] = [{k: v for k, v in u.items() if k not in UTTERANCE_HIDDEN} for u in utterances]
    return doc


class DocStore:
    """SQLite table ``docs(tenant_id, call_id, body)``; thread-safe through one lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._con = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("CREATE TABLE IF NOT EXISTS docs (tenant_id TEXT NOT NULL, call_id TEXT NOT NULL, "
                          "body BLOB NOT NULL, PRIMARY KEY (tenant_id, call_id)) WITHOUT ROWID")

    def put(self, tenant_id: str, docs: Iterable[dict[str, Any]]) -> int:
        rows = [(tenant_id, d["call_id"], to_json(d)) for d in docs]
        with self._lock:
            self._con.execute("BEGIN")
            self._con.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", rows)
            self._con.execute("COMMIT")
        return len(rows)

    def get(self, tenant_id: str, call_id: str) -> bytes | None:
        with self._lock:
            row = self._con.execute("SELECT body FROM docs WHERE tenant_id = ? AND call_id = ?", (tenant_id, call_id)).fetchone()
        return row[0] if row else None

    def delete(self, tenant_id: str, call_ids: list[str]) -> None:
        with self._lock:
            self._con.execute("BEGIN")
            self._con.executemany("DELETE FROM docs WHERE tenant_id = ? AND call_id = ?", [(tenant_id, c) for c in call_ids])
            self._con.execute("COMMIT")

    def vacuum(self) -> None:
        """Rewrite the file (and empty the WAL) so deleted documents leave no bytes behind."""
        with self._lock:
            self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._con.execute("VACUUM")
            self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._con.close()
