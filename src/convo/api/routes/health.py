"""Liveness and per-tenant counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from convo.api.deps import ViewDep, require
from convo.api.schemas import ERROR_RESPONSES
from convo.store.keys import Principal

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/v1/stats", responses=ERROR_RESPONSES)
def stats(view: ViewDep, _: Annotated[Principal, Depends(require("stats"))]) -> dict[str, Any]:
    """Calls, utterances and runs held for your tenant."""
    return view.stats()
