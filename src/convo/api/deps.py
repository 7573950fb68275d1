"""Dependencies: the store, the caller (API key → tenant and role), permission checks."""

from __future__ import annotations

from typing import Annotated, Callable

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from convo.api.settings import Settings, get_settings
from convo.store.db import Store
from convo.store.keys import ROLES, Principal, authenticate
from convo.store.queries import TenantView

ALL = frozenset(ROLES)
# What each role may do. Viewers see aggregates only, never call content.
PERMISSIONS: dict[str, frozenset[str]] = {
    "calls:list": frozenset({"admin", "manager", "qa", "voc"}),
    "calls:read": frozenset({"admin", "manager", "qa"}),
    "insights": ALL,
    "stats": ALL,
    "agents": frozenset({"admin", "manager", "qa"}),
    "interactions:push": frozenset({"admin", "voc"}),
    "export": frozenset({"admin", "voc"}),
    "labels:write": frozenset({"admin", "manager", "voc"}),
    "webhooks": frozenset({"admin", "voc"}),
    "customers": frozenset({"admin"}),
    "topics": ALL,  # keywords, volumes, trends: aggregates
    "topics:read": frozenset({"admin", "manager", "qa", "voc"}),  # a topic's example utterances and calls
}
_bearer = HTTPBearer(auto_error=False)


# Dependencies are `async def`: they only look things up in memory, and a sync dependency would
# cost a thread-pool hop per request (measured: most of a by-id read's time).
async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_principal(store: StoreDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing API key: send Authorization: Bearer <key>",
                            headers={"WWW-Authenticate": "Bearer"})
    principal = authenticate(store, credentials.credentials)
    if principal is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid or revoked API key", headers={"WWW-Authenticate": "Bearer"})
    return principal


def require(permission: str) -> Callable[..., Principal]:
    """Dependency: the caller, if their role grants ``permission``; 403 otherwise."""
    allowed = PERMISSIONS[permission]

    async def check(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        if principal.role not in allowed:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"role '{principal.role}' may not use this route ({permission})")
        return principal

    return check


async def tenant_view(store: StoreDep, principal: Annotated[Principal, Depends(get_principal)]) -> TenantView:
    return TenantView(store, principal.tenant_id)


ViewDep = Annotated[TenantView, Depends(tenant_view)]


def not_found(what: str) -> HTTPException:
    """404 for missing objects and for other tenants' objects alike (never reveal they exist)."""
    return HTTPException(status.HTTP_404_NOT_FOUND, f"{what} not found")
