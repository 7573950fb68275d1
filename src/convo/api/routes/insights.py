"""Aggregates for managers: friction by intent × channel, trends over time."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends

from convo.api.deps import ViewDep, require
from convo.api.routes._filters import FilterDep, bad_query
from convo.api.schemas import ERROR_RESPONSES, FrictionPublic, TrendsPublic
from convo.store.keys import Principal
from convo.store.queries import QueryError

router = APIRouter(prefix="/v1/insights", tags=["insights"], responses=ERROR_RESPONSES)


@router.get("/friction", response_model=FrictionPublic)
def friction(view: ViewDep, filters: FilterDep, _: Annotated[Principal, Depends(require("insights"))],
             by_queue: bool = False) -> FrictionPublic:
    """Volume, mean CES and high-effort share by intent × channel (× queue)."""
    try:
        return FrictionPublic(rows=view.friction(filters, by_queue=by_queue))
    except QueryError as exc:
        raise bad_query(exc) from None


@router.get("/trends", response_model=TrendsPublic)
def trends(view: ViewDep, filters: FilterDep, _: Annotated[Principal, Depends(require("insights"))],
           interval: Literal["day", "week"] = "day",
           split: Literal["channel", "queue", "agent", "intent"] | None = None) -> TrendsPublic:
    """Volume, mean CES and high-effort share per day or week, optionally split by one dimension."""
    try:
        return TrendsPublic(interval=interval, split=split, rows=view.trends(filters, interval=interval, split=split))
    except QueryError as exc:
        raise bad_query(exc) from None
