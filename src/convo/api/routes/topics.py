"""Topics: contact reasons found in customer text, their trends and emerging flags, and examples.

Served from the tenant's published topics folder (``convo topics publish``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from convo.api.deps import StoreDep, not_found, require
from convo.api.schemas import ERROR_RESPONSES, TopicPublic, TopicsPublic
from convo.store.audit import append as audit
from convo.store.keys import Principal
from convo.store.topics import TenantTopics

router = APIRouter(prefix="/v1/topics", tags=["topics"], responses=ERROR_RESPONSES)
TopicId = Annotated[int, Path(ge=0, le=2_147_483_647, description="A topic id (stable across updates).")]


@router.get("", response_model=TopicsPublic)
def list_topics(store: StoreDep, principal: Annotated[Principal, Depends(require("topics"))],
                emerging: Annotated[bool | None, Query(description="Only emerging (true) or only other (false) topics.")] = None,
                weeks: Annotated[int, Query(ge=1, le=520, description="Weeks of trend per topic, latest last.")] = 12) -> TopicsPublic:
    """Your tenant's topics, largest first: keywords, size, share, emerging flag, mean CES, weekly trend."""
    found = TenantTopics(store, principal.tenant_id).list_topics(emerging=emerging, weeks=weeks)
    return TopicsPublic(**found) if found else TopicsPublic(model=None, items=[])


@router.get("/{topic_id}", response_model=TopicPublic)
def get_topic(topic_id: TopicId, store: StoreDep, principal: Annotated[Principal, Depends(require("topics:read"))],
              calls_limit: Annotated[int, Query(ge=0, le=1_000, description="Calls to return, most of their text in the topic first.")] = 50) -> TopicPublic:
    """One topic: its example customer utterances and its calls. The read is audited."""
    topic = TenantTopics(store, principal.tenant_id).get_topic(topic_id, calls_limit=calls_limit)
    if topic is None:
        raise not_found("topic")
    audit(store, "topic.read", tenant_id=principal.tenant_id, key_id=principal.key_id,
          target=f"topic:{topic_id}", durable=False)
    return TopicPublic(**topic)
