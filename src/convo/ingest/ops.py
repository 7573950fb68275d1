"""Operational data: validate one row of call metadata (from a manifest, an ops file or a transcript).

Known columns are checked and typed (see ``schema.OPS_FIELDS``); unknown columns are carried
through as strings in ``metadata``. A bad value raises :class:`InputError` naming the column,
the value and what was expected, so the caller can turn it into an error row.
"""

from __future__ import annotations

import csv
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from convo.errors import InputError
from convo.schema import CHANNELS

FLOAT_COLUMNS = ("wait_time_s", "hold_time_s", "handle_time_s")
COUNT_COLUMNS = ("hold_count", "transfer_count")
BOOL_COLUMNS = ("escalated", "resolved")
STRING_COLUMNS = ("queue", "agent_id", "customer_id")
# Columns a manifest uses to point at inputs, not ops data.
MANIFEST_COLUMNS = ("path", "call_id")
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


def present(fields: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``fields`` that hold a value (empty cells never override others)."""
    return {k: v for k, v in fields.items() if not _is_missing(v)}


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def _parse_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise InputError(
                f"started_at={value!r} is not an ISO-8601 date-time (e.g. 2026-11-02T09:30:00Z)"
            ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


INT32_MAX = 2**31 - 1


def _parse_float(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise InputError(f"{name}={value!r} is not a number of seconds")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{name}={value!r} is not a number of seconds") from None
    if not math.isfinite(number) or number < 0:
        raise InputError(f"{name}={value!r} must be a finite number >= 0")
    return number


def _parse_count(name: str, value: Any) -> int:
    if isinstance(value, bool):
        raise InputError(f"{name}={value!r} is not a whole number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{name}={value!r} is not a whole number") from None
    if not math.isfinite(number) or number < 0 or number != int(number):
        raise InputError(f"{name}={value!r} must be a whole number >= 0")
    if number > INT32_MAX:
        raise InputError(f"{name}={value!r} is larger than {INT32_MAX}")
    return int(number)


def _parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError(f"{name}={value!r} is not a boolean; expected one of true/false/1/0/yes/no")


def parse_ops(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Validate a raw ops/metadata mapping.

    Returns ``(ops, extra)``: typed values for the known columns present in ``raw`` and the
    remaining columns as strings (for ``calls.metadata``). Missing values are left out.

    Example:
        >>> ops, extra = parse_ops({"wait_time_s": "12.5", "escalated": "no", "region": "EU"})
        >>> ops, extra
        ({'wait_time_s': 12.5, 'escalated': False}, {'region': 'EU'})
    """
    ops: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for name, value in raw.items():
        if name in MANIFEST_COLUMNS or _is_missing(value):
            continue
        if name == "started_at":
            ops[name] = _parse_time(value)
        elif name == "channel":
            channel = str(value).strip().lower()
            if channel not in CHANNELS:
                raise InputError(f"channel={value!r} is not one of {', '.join(CHANNELS)}")
            ops[name] = channel
        elif name in FLOAT_COLUMNS:
            ops[name] = _parse_float(name, value)
        elif name in COUNT_COLUMNS:
            ops[name] = _parse_count(name, value)
        elif name in BOOL_COLUMNS:
            ops[name] = _parse_bool(name, value)
        elif name in STRING_COLUMNS:
            ops[name] = str(value).strip()
        else:
            extra[str(name)] = str(value)
    return ops, extra


def read_table(path: Path) -> pa.Table:
    """Read a CSV or Parquet file of rows (manifest or ops data), every CSV column as text."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path)
        if suffix == ".csv":
            import pyarrow.csv as pacsv

            with open(path, newline="", encoding="utf-8-sig") as handle:
                names = next(csv.reader(handle), [])
            types = {name: pa.string() for name in names}
            return pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=types))
    except (OSError, UnicodeDecodeError, pa.ArrowInvalid) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    raise InputError(f"unsupported table format {suffix!r}; expected .csv or .parquet")


def read_ops(path: Path) -> tuple[dict[str, dict[str, Any]], list[tuple[int, str | None, str]]]:
    """Read an ops file keyed by ``call_id``.

    Returns ``(rows, problems)``: the raw row per call id, and ``(row_number, call_id, message)``
    for rows that cannot be keyed (no call id, duplicate call id). Values are validated later,
    per call, by :func:`parse_ops`.
    """
    table = read_table(path)
    if "call_id" not in table.column_names:
        raise InputError(f"ops file {path} has no 'call_id' column (columns: {table.column_names})")
    rows: dict[str, dict[str, Any]] = {}
    problems: list[tuple[int, str | None, str]] = []
    for number, row in enumerate(table.to_pylist(), start=2):
        call_id = row.get("call_id")
        if _is_missing(call_id):
            problems.append((number, None, "ops row has no call_id"))
        elif str(call_id) in rows:
            problems.append((number, str(call_id), f"duplicate ops row for call_id {call_id!r}"))
        else:
            rows[str(call_id)] = row
    return rows, problems
