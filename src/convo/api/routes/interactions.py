"""Pushed interactions (chat/VoC platforms) and the jobs that score them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status

from convo.api.deps import SettingsDep, StoreDep, not_found, require
from convo.api.schemas import ERROR_RESPONSES, InteractionsIn, JobPublic
from convo.store import jobs
from convo.store.keys import Principal

router = APIRouter(tags=["interactions"], responses=ERROR_RESPONSES)


@router.post("/v1/interactions", response_model=JobPublic, status_code=status.HTTP_202_ACCEPTED)
def push_interactions(body: InteractionsIn, request: Request, store: StoreDep, settings: SettingsDep,
                      principal: Annotated[Principal, Depends(require("interactions:push"))]) -> JobPublic:
    """Queue transcripts (convo's transcript JSON with ops fields) for scoring; poll the job URL."""
    if len(body.interactions) > settings.max_interactions_per_request:
        raise HTTPException(413, f"at most {settings.max_interactions_per_request} interactions per request")
    docs = [i.model_dump(mode="json", exclude_none=True) for i in body.interactions]
    try:
        job = jobs.submit(store, principal.tenant_id, docs)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    worker = getattr(request.app.state, "worker", None)
    if worker is not None:
        worker.wake()
    return JobPublic(**job, job_url=str(request.url_for("get_job", job_id=job["job_id"])))


@router.get("/v1/jobs/{job_id}", response_model=JobPublic, name="get_job")
def get_job(job_id: str, store: StoreDep, principal: Annotated[Principal, Depends(require("interactions:push"))]) -> JobPublic:
    """A scoring job: queued, running, done (with its call ids) or failed."""
    job = jobs.get(store, principal.tenant_id, job_id)
    if job is None:
        raise not_found("job")
    return JobPublic(**job)
