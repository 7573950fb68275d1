"""GDPR: erase a customer, or export everything held about them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from convo.api.deps import StoreDep, require
from convo.api.schemas import ERROR_RESPONSES, ErasurePublic
from convo.store.keys import Principal
from convo.store.privacy import erase_customer, export_customer

router = APIRouter(prefix="/v1/customers", tags=["customers"], responses=ERROR_RESPONSES)
Admin = Annotated[Principal, Depends(require("customers"))]


@router.delete("/{customer_id}", response_model=ErasurePublic)
def erase(customer_id: str, store: StoreDep, principal: Admin) -> ErasurePublic:
    """Erase every call, utterance and derived row of the customer, in tables and Parquet files."""
    result = erase_customer(store, principal.tenant_id, customer_id, actor=principal.key_id)
    return ErasurePublic(customer_id_hash=store.keyed_hash(f"{principal.tenant_id}:{customer_id}"), calls_erased=result["calls"])


@router.get("/{customer_id}/export")
def export(customer_id: str, store: StoreDep, principal: Admin) -> dict[str, Any]:
    """Everything held about the customer (subject access request), as JSON."""
    return export_customer(store, principal.tenant_id, customer_id, actor=principal.key_id)
