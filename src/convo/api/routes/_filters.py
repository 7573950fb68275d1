"""Query parameters shared by the call and insight routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query

from convo.store.queries import CallFilter, QueryError

Channel = Literal["voice", "chat", "email", "social"]


def call_filter(
    start: Annotated[datetime | None, Query(description="Calls that started at or after this time (ISO 8601).")] = None,
    end: Annotated[datetime | None, Query(description="Calls that started before this time.")] = None,
    queue: Annotated[str | None, Query(max_length=200)] = None,
    agent_id: Annotated[str | None, Query(max_length=200)] = None,
    channel: Channel | None = None,
    intent: Annotated[str | None, Query(max_length=200, description="Primary contact reason.")] = None,
    ces_min: Annotated[float | None, Query(ge=1, le=7)] = None,
    ces_max: Annotated[float | None, Query(ge=1, le=7)] = None,
    high_effort: bool | None = None,
    emotion: Annotated[str | None, Query(max_length=64, description="Dominant customer emotion.")] = None,
) -> CallFilter:
    return CallFilter(start, end, queue, agent_id, channel, intent, ces_min, ces_max, high_effort, emotion)


FilterDep = Annotated[CallFilter, Depends(call_filter)]


def bad_query(exc: QueryError) -> HTTPException:
    return HTTPException(422, str(exc))


def period_filter(
    start: Annotated[datetime | None, Query(description="Calls that started at or after this time (ISO 8601).")] = None,
    end: Annotated[datetime | None, Query(description="Calls that started before this time.")] = None,
    queue: Annotated[str | None, Query(max_length=200)] = None,
    channel: Channel | None = None,
) -> CallFilter:
    return CallFilter(start=start, end=end, queue=queue, channel=channel)


PeriodDep = Annotated[CallFilter, Depends(period_filter)]
