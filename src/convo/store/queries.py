"""Tenant-scoped reads. Every query of call data is built here, with the tenant filter in it.

Columns that later stages add (``ces``, ``high_effort_prob``, ``primary_intent``, emotions …)
are used when the store has them; until then filters on them are refused with a clear message
and aggregates report them as null.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from convo._optional import import_optional
from convo.store.db import Store, dict_rows

SORTABLE = ("started_at", "duration_s", "handle_time_s", "wait_time_s", "ces", "high_effort_prob", "call_id")
LIST_FIELDS_DEFAULT = ("call_id", "started_at", "channel", "queue", "agent_id", "duration_s", "n_utterances", "language", "status")
CONTENT_FIELDS = ("utterances",)


class QueryError(ValueError):
    """A request the data cannot answer (unknown field, filter on a column not yet produced)."""


@dataclass
class CallFilter:
    start: datetime | None = None
    end: datetime | None = None
    queue: str | None = None
    agent_id: str | None = None
    channel: str | None = None
    intent: str | None = None
    ces_min: float | None = None
    ces_max: float | None = None
    high_effort: bool | None = None
    emotion: str | None = None


def _cursor_encode(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode()


def _cursor_decode(cursor: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError):
        raise QueryError("invalid cursor; pass the next_cursor of a previous page") from None
    if (not isinstance(values, list) or len(values) != 2 or not isinstance(values[1], str)
            or not (values[0] is None or isinstance(values[0], (str, int, float)))):
        raise QueryError("invalid cursor; pass the next_cursor of a previous page")
    return values


class TenantView:
    """Read access to one tenant's data.

    Example:
        >>> view = TenantView(store, "acme")  # doctest: +SKIP
        >>> view.get_call("demo-001-quick-resolution")["utterances"][0]["speaker"]  # doctest: +SKIP
        'agent'
    """

    def __init__(self, store: Store, tenant_id: str) -> None:
        self.store, self.tenant_id = store, tenant_id

    def _columns(self) -> set[str]:
        return set(self.store.columns("calls"))

    def _require(self, column: str, what: str) -> None:
        if column not in self._columns():
            raise QueryError(f"{what} is not available: this tenant's dataset has no '{column}' column yet")

    def _where(self, f: CallFilter) -> tuple[list[str], list[Any]]:
        clauses, params = ["tenant_id = ?"], [self.tenant_id]
        simple = {"queue": f.queue, "agent_id": f.agent_id, "channel": f.channel}
        for column, value in simple.items():
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if f.start is not None:
            clauses.append("started_at >= ?")
            params.append(f.start)
        if f.end is not None:
            clauses.append("started_at < ?")
            params.append(f.end)
        for column, op, value, what in (("ces", ">=", f.ces_min, "ces_min"), ("ces", "<=", f.ces_max, "ces_max")):
            if value is not None:
                self._require(column, what)
                clauses.append(f"{column} {op} ?")
                params.append(value)
        if f.high_effort is not None:
            self._require("high_effort_prob", "high_effort")
            clauses.append("(high_effort_prob >= 0.5) = ?")
            params.append(f.high_effort)
        if f.intent is not None:
            self._require("primary_intent", "intent")
            clauses.append("primary_intent = ?")
            params.append(f.intent)
        if f.emotion is not None:
            self._require("dominant_customer_emotion", "emotion")
            clauses.append("dominant_customer_emotion = ?")
            params.append(f.emotion)
        return clauses, params

    def list_calls(self, f: CallFilter, *, sort: str = "started_at", descending: bool = True, cursor: str | None = None,
                   limit: int = 50, fields: list[str] | None = None) -> dict[str, Any]:
        """A page of calls (no utterance text) and the cursor of the next page."""
        if not self.store.has_table("calls"):
            return {"items": [], "next_cursor": None}
        columns = self._columns()
        if sort not in SORTABLE or sort not in columns:
            raise QueryError(f"cannot sort by {sort!r}; expected one of: {', '.join(s for s in SORTABLE if s in columns)}")
        wanted = list(fields or LIST_FIELDS_DEFAULT)
        unknown = [c for c in wanted if c not in columns or c in ("tenant_id",)]
        if unknown:
            raise QueryError(f"unknown fields {unknown}; available: {', '.join(sorted(columns - {'tenant_id'}))}")
        clauses, params = self._where(f)
        op = "<" if descending else ">"
        if cursor:
            value, call_id = _cursor_decode(cursor)
            if value is None:  # inside the trailing group of nulls (NULLS LAST either way)
                clauses.append(f"({sort} IS NULL AND call_id {op} ?)")
                params += [call_id]
            else:  # later values, ties after this call id, then every null
                clauses.append(f"({sort} {op} ? OR ({sort} = ? AND call_id {op} ?) OR {sort} IS NULL)")
                params += [value, value, call_id]
        direction = "DESC" if descending else "ASC"
        select = ", ".join(f'"{c}"' for c in dict.fromkeys(wanted + ["call_id", sort]))
        sql = (f"SELECT {select} FROM calls WHERE {' AND '.join(clauses)} "
               f"ORDER BY {sort} {direction} NULLS LAST, call_id {direction} LIMIT ?")
        duckdb = import_optional("duckdb", extra="api")
        with self.store.read() as cur:
            try:
                rows = dict_rows(cur.execute(sql, params + [limit + 1]))
            except (duckdb.ConversionException, duckdb.BinderException, duckdb.InvalidInputException):
                if not cursor:
                    raise
                raise QueryError("invalid cursor; pass the next_cursor of a previous page") from None
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = _cursor_encode([rows[-1][sort], rows[-1]["call_id"]]) if more and rows else None
        return {"items": [{k: r[k] for k in wanted} for r in rows], "next_cursor": next_cursor}

    def get_call_json(self, call_id: str) -> bytes | None:
        """The call with its utterances as JSON bytes, or ``None`` (also for other tenants' call ids)."""
        return self.store.docs.get(self.tenant_id, call_id)

    def get_call(self, call_id: str) -> dict[str, Any] | None:
        """The call with its utterances, or ``None`` (also for other tenants' call ids)."""
        body = self.get_call_json(call_id)
        return json.loads(body) if body is not None else None

    def _optional_avg(self, column: str, expr: str | None = None) -> str:
        return f"avg({expr or column})" if column in self._columns() else "NULL"

    def friction(self, f: CallFilter, *, by_queue: bool = False) -> list[dict[str, Any]]:
        """Volume, mean CES and high-effort share by intent × channel (× queue)."""
        if not self.store.has_table("calls"):
            return []
        intent = "coalesce(primary_intent, 'unknown')" if "primary_intent" in self._columns() else "'unknown'"
        keys = [f"{intent} AS intent", "coalesce(channel, 'unknown') AS channel"] + (["coalesce(queue, 'unknown') AS queue"] if by_queue else [])
        clauses, params = self._where(f)
        sql = (f"SELECT {', '.join(keys)}, count(*) AS volume, {self._optional_avg('ces')} AS mean_ces, "
               f"{self._optional_avg('high_effort_prob', 'CAST(high_effort_prob >= 0.5 AS DOUBLE)')} AS high_effort_share "
               f"FROM calls WHERE {' AND '.join(clauses)} GROUP BY ALL ORDER BY volume DESC, 1, 2")
        with self.store.read() as cur:
            return dict_rows(cur.execute(sql, params))

    def trends(self, f: CallFilter, *, interval: str = "day", split: str | None = None) -> list[dict[str, Any]]:
        """Volume, mean CES and high-effort share per day or week, optionally split by one dimension."""
        if interval not in ("day", "week"):
            raise QueryError(f"Invalid interval {interval!r}, expected one of: day, week")
        splits = {"channel": "channel", "queue": "queue", "agent": "agent_id", "intent": "primary_intent"}
        if split is not None and split not in splits:
            raise QueryError(f"Invalid split {split!r}, expected one of: {', '.join(splits)}")
        if not self.store.has_table("calls"):
            return []
        if split == "intent":
            self._require("primary_intent", "split=intent")
        clauses, params = self._where(f)
        dim = f", coalesce(CAST({splits[split]} AS VARCHAR), 'unknown') AS {split}" if split else ""
        sql = (f"SELECT date_trunc('{interval}', started_at) AS period{dim}, count(*) AS volume, "
               f"{self._optional_avg('ces')} AS mean_ces, "
               f"{self._optional_avg('high_effort_prob', 'CAST(high_effort_prob >= 0.5 AS DOUBLE)')} AS high_effort_share "
               f"FROM calls WHERE {' AND '.join(clauses)} AND started_at IS NOT NULL GROUP BY ALL ORDER BY 1{', 2' if split else ''}")
        with self.store.read() as cur:
            return dict_rows(cur.execute(sql, params))

    def _agent_metrics(self, where: str, params: list[Any]) -> dict[str, Any]:
        ces = self._optional_avg("ces")
        sql = (f"SELECT count(*) AS calls, {ces} AS mean_ces, avg(handle_time_s) AS mean_handle_time_s, "
               f"avg(hold_count) AS mean_holds, avg(transfer_count) AS mean_transfers, "
               f"avg(CAST(escalated AS DOUBLE)) AS escalation_rate, avg(CAST(resolved AS DOUBLE)) AS resolution_rate "
               f"FROM calls WHERE {where}")
        talk = ("SELECT avg(overlap_s) AS mean_overtalk_s_per_utterance, "
                "sum(CASE WHEN speaker = 'agent' THEN end_s - start_s ELSE 0 END) / nullif(sum(end_s - start_s), 0) AS agent_talk_share "
                f"FROM utterances WHERE call_id IN (SELECT call_id FROM calls WHERE {where}) AND tenant_id = ?")
        with self.store.read() as cur:
            out = dict_rows(cur.execute(sql, params))[0]
            out.update(dict_rows(cur.execute(talk, params + [self.tenant_id]))[0])
        return out

    def agent_summary(self, agent_id: str, f: CallFilter) -> dict[str, Any] | None:
        """QA view: one agent's metrics next to the team's (same tenant, same filters)."""
        if not self.store.has_table("calls"):
            return None
        clauses, params = self._where(CallFilter(**{**f.__dict__, "agent_id": None}))
        mine = self._agent_metrics(" AND ".join(clauses + ["agent_id = ?"]), params + [agent_id])
        if not mine["calls"]:
            return None
        team = self._agent_metrics(" AND ".join(clauses), params)
        return {"agent_id": agent_id, "agent": mine, "team": team}

    def export(self, since: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Calls ingested after cursor ``since`` with their utterances, and the next cursor."""
        if not self.store.has_table("calls"):
            return [], since
        with self.store.read() as cur:
            calls = dict_rows(cur.execute("SELECT * FROM calls WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                                          [self.tenant_id, since, limit]))
            ids = [c["call_id"] for c in calls]
            utts = dict_rows(cur.execute("SELECT * FROM utterances WHERE tenant_id = ? AND list_contains(?, call_id) "
                                         "ORDER BY call_id, turn_index", [self.tenant_id, ids])) if ids else []
        by_call: dict[str, list[dict[str, Any]]] = {}
        for u in utts:
            by_call.setdefault(u["call_id"], []).append({k: v for k, v in u.items() if k not in ("tenant_id", "run_id", "call_id")})
        for c in calls:
            c.pop("tenant_id")
            c["utterances"] = by_call.get(c["call_id"], [])
        return calls, (calls[-1]["seq"] if calls else since)

    def stats(self) -> dict[str, Any]:
        if not self.store.has_table("calls"):
            return {"calls": 0, "utterances": 0, "runs": 0, "by_channel": {}}
        with self.store.read() as cur:
            calls = cur.execute("SELECT count(*) FROM calls WHERE tenant_id = ?", [self.tenant_id]).fetchone()[0]
            utts = cur.execute("SELECT count(*) FROM utterances WHERE tenant_id = ?", [self.tenant_id]).fetchone()[0]
            runs = cur.execute("SELECT count(*) FROM runs WHERE tenant_id = ?", [self.tenant_id]).fetchone()[0]
            channels = cur.execute("SELECT coalesce(channel, 'unknown'), count(*) FROM calls WHERE tenant_id = ? GROUP BY 1",
                                   [self.tenant_id]).fetchall()
        return {"calls": calls, "utterances": utts, "runs": runs, "by_channel": dict(channels)}

    def customer_call_ids(self, customer_id: str) -> list[str]:
        if not self.store.has_table("calls"):
            return []
        with self.store.read() as cur:
            rows = cur.execute("SELECT call_id FROM calls WHERE tenant_id = ? AND customer_id = ? ORDER BY call_id",
                               [self.tenant_id, customer_id]).fetchall()
        return [r[0] for r in rows]
