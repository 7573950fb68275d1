"""Survey answers (customer effort) for calibrating the effort model."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status

from convo.api.deps import StoreDep, require
from convo.api.schemas import ERROR_RESPONSES, LabelsIn
from convo.store.keys import Principal
from convo.store.labels import add_labels

router = APIRouter(prefix="/v1/labels", tags=["labels"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED)
def post_labels(body: LabelsIn, store: StoreDep, principal: Annotated[Principal, Depends(require("labels:write"))]) -> dict[str, int]:
    """Store CES survey answers (`scale` 1-7 by default; 1-5 and reversed scales accepted)."""
    try:
        return {"stored": add_labels(store, principal.tenant_id, [label.model_dump() for label in body.labels])}
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
