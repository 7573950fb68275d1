"""Calls: a filtered, sorted, paginated list, and one call with its utterances."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from convo.api.deps import SettingsDep, StoreDep, ViewDep, not_found, require
from convo.api.routes._filters import FilterDep, bad_query
from convo.api.schemas import ERROR_RESPONSES, CallPublic, CallsPublic
from convo.store.audit import append as audit
from convo.store.keys import Principal
from convo.store.queries import SORTABLE, QueryError

router = APIRouter(prefix="/v1/calls", tags=["calls"], responses=ERROR_RESPONSES)


@router.get("", response_model=CallsPublic)
def list_calls(
    view: ViewDep, filters: FilterDep, settings: SettingsDep, _: Annotated[Principal, Depends(require("calls:list"))],
    sort: Literal[SORTABLE] = "started_at",  # type: ignore[valid-type]
    order: Literal["asc", "desc"] = "desc",
    cursor: Annotated[str | None, Query(max_length=1_000)] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
    fields: Annotated[str | None, Query(max_length=2_000, description="Comma-separated columns to return.")] = None,
) -> CallsPublic:
    """Calls of your tenant (metadata, no utterance text), newest first by default."""
    limit = min(limit, settings.max_page_size)
    wanted = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    try:
        page = view.list_calls(filters, sort=sort, descending=order == "desc", cursor=cursor, limit=limit, fields=wanted)
    except QueryError as exc:
        raise bad_query(exc) from None
    return CallsPublic(**page)


@router.get("/{call_id}", response_model=CallPublic)
async def get_call(call_id: str, view: ViewDep, store: StoreDep, principal: Annotated[Principal, Depends(require("calls:read"))]) -> Response:
    """One call: every column, its utterances (speaker, times, text …). The read is audited.

    Async on purpose: one indexed SQLite lookup and an in-memory audit append, no blocking I/O.
    """
    body = view.get_call_json(call_id)  # rendered at ingest: the bytes go out as they are
    if body is None:
        raise not_found("call")
    # The call id is logged as a keyed hash: an erased call leaves no readable trace here.
    audit(store, "call.read", tenant_id=principal.tenant_id, key_id=principal.key_id,
          target=store.keyed_hash(f"call:{principal.tenant_id}:{call_id}"), durable=False)
    return Response(body, media_type="application/json")
