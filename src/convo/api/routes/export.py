"""Incremental export for VoC platforms: calls ingested after a cursor, as JSONL or Parquet."""

from __future__ import annotations

import io
import json
from typing import Annotated, Literal

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from convo.api.deps import StoreDep, ViewDep, require
from convo.api.schemas import ERROR_RESPONSES
from convo.schema import SCHEMA_VERSION
from convo.store.audit import append as audit
from convo.store.keys import Principal

router = APIRouter(prefix="/v1/export", tags=["export"], responses=ERROR_RESPONSES)


@router.get("", responses={200: {"content": {"application/x-ndjson": {}, "application/vnd.apache.parquet": {}}}})
def export(view: ViewDep, store: StoreDep, principal: Annotated[Principal, Depends(require("export"))],
           since: Annotated[int, Query(ge=0, le=2**62, description="Cursor: 0, or X-Convo-Next-Since of the last export.")] = 0,
           format: Literal["jsonl", "parquet"] = "jsonl",
           limit: Annotated[int, Query(ge=1, le=5_000)] = 1_000) -> Response:
    """Calls with their utterances, oldest first; each line/row carries `schema_version`."""
    calls, next_since = view.export(since, limit)
    audit(store, "export", tenant_id=principal.tenant_id, key_id=principal.key_id, detail={"since": since, "calls": len(calls)})
    headers = {"X-Convo-Next-Since": str(next_since), "X-Convo-Schema-Version": SCHEMA_VERSION}
    if format == "parquet":
        table = pa.Table.from_pylist([{"schema_version": SCHEMA_VERSION, "call_json": json.dumps(c, default=str)} for c in calls],
                                     schema=pa.schema([("schema_version", pa.string()), ("call_json", pa.string())]))
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        return Response(sink.getvalue(), media_type="application/vnd.apache.parquet", headers=headers)
    lines = (json.dumps({"schema_version": SCHEMA_VERSION, "cursor": c["seq"], "call": c}, default=str) for c in calls)
    return Response("".join(line + "\n" for line in lines), media_type="application/x-ndjson", headers=headers)
