"""The QA view of one agent against the team."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from convo.api.deps import ViewDep, not_found, require
from convo.api.routes._filters import PeriodDep
from convo.api.schemas import ERROR_RESPONSES, AgentSummaryPublic
from convo.store.keys import Principal

router = APIRouter(prefix="/v1/agents", tags=["agents"], responses=ERROR_RESPONSES)


@router.get("/{agent_id}/summary", response_model=AgentSummaryPublic)
def agent_summary(agent_id: str, view: ViewDep, filters: PeriodDep,
                  _: Annotated[Principal, Depends(require("agents"))]) -> AgentSummaryPublic:
    """Calls, mean CES, handle time, holds, transfers, escalations, talk share and overtalk vs the team."""
    summary = view.agent_summary(agent_id, filters)
    if summary is None:
        raise not_found("agent")
    return AgentSummaryPublic(**summary)
