"""Webhook subscriptions: call.scored and call.high_effort, signed with HMAC-SHA256."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, status

from convo.api.deps import StoreDep, not_found, require
from convo.api.schemas import ERROR_RESPONSES, WebhookIn, WebhookPublic
from convo.store import webhooks
from convo.store.audit import append as audit
from convo.store.keys import Principal

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"], responses=ERROR_RESPONSES)
Caller = Annotated[Principal, Depends(require("webhooks"))]


@router.post("", response_model=WebhookPublic, status_code=status.HTTP_201_CREATED)
def create(body: WebhookIn, store: StoreDep, principal: Caller) -> WebhookPublic:
    """Subscribe a URL; the response's `secret` (shown once) verifies `X-Convo-Signature`."""
    created = webhooks.subscribe(store, principal.tenant_id, body.url, list(body.events))
    audit(store, "webhook.create", tenant_id=principal.tenant_id, key_id=principal.key_id, target=created["webhook_id"])
    return WebhookPublic(**created)


@router.get("", response_model=list[WebhookPublic])
def list_all(store: StoreDep, principal: Caller) -> list[WebhookPublic]:
    return [WebhookPublic(**w) for w in webhooks.list_subscriptions(store, principal.tenant_id)]


@router.delete("/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete(webhook_id: str, store: StoreDep, principal: Caller) -> None:
    if not webhooks.unsubscribe(store, principal.tenant_id, webhook_id):
        raise not_found("webhook")
    audit(store, "webhook.delete", tenant_id=principal.tenant_id, key_id=principal.key_id, target=webhook_id)


@router.get("/{webhook_id}/deliveries")
def deliveries(webhook_id: str, store: StoreDep, principal: Caller) -> list[dict[str, Any]]:
    """Every delivery attempt's outcome for one subscription."""
    if not any(w["webhook_id"] == webhook_id for w in webhooks.list_subscriptions(store, principal.tenant_id)):
        raise not_found("webhook")
    return webhooks.list_deliveries(store, principal.tenant_id, webhook_id)
