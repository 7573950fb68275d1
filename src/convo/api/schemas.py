"""Request and response bodies of the API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from convo.schema import SCHEMA_VERSION


class Problem(BaseModel):
    """An error: a message, or (request validation) FastAPI's list of field errors."""

    detail: str | list[dict[str, Any]]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "description": text}
    for code, text in ((401, "Missing, invalid or revoked API key"), (403, "The key's role may not use this route"),
                       (404, "Not found (also: another tenant's object)"), (413, "Request body too large"),
                       (422, "Invalid request"))
}


class CallsPublic(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null on the last page.")


class CallPublic(BaseModel):
    """A call with every column the dataset has, and its utterances."""

    model_config = ConfigDict(extra="allow")
    call_id: str
    utterances: list[dict[str, Any]]


class FrictionPublic(BaseModel):
    rows: list[dict[str, Any]]


class TrendsPublic(BaseModel):
    interval: Literal["day", "week"]
    split: str | None
    rows: list[dict[str, Any]]


class AgentSummaryPublic(BaseModel):
    agent_id: str
    agent: dict[str, Any]
    team: dict[str, Any]


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    speaker: str = Field(min_length=1, max_length=64)
    text: str = Field(max_length=20_000)
    start_s: float | None = Field(None, ge=0)
    end_s: float | None = Field(None, ge=0)


class Interaction(BaseModel):
    """One conversation in convo's transcript format (see docs/schema.md), with ops fields."""

    model_config = ConfigDict(extra="forbid")
    call_id: str = Field(min_length=1, max_length=200)
    channel: Literal["voice", "chat", "email", "social"] = "chat"
    language: str | None = Field(None, min_length=1, max_length=16)
    started_at: datetime | None = None
    queue: str | None = Field(None, max_length=200)
    agent_id: str | None = Field(None, max_length=200)
    customer_id: str | None = Field(None, max_length=200)
    wait_time_s: float | None = Field(None, ge=0, le=1e7)
    hold_time_s: float | None = Field(None, ge=0, le=1e7)
    hold_count: int | None = Field(None, ge=0, le=100_000)
    transfer_count: int | None = Field(None, ge=0, le=100_000)
    handle_time_s: float | None = Field(None, ge=0, le=1e7)
    escalated: bool | None = None
    resolved: bool | None = None
    metadata: dict[str, str | int | float | bool | None] | None = None
    turns: list[Turn] = Field(min_length=1, max_length=2_000)


class InteractionsIn(BaseModel):
    interactions: list[Interaction] = Field(min_length=1)


class JobPublic(BaseModel):
    job_id: str
    state: str
    job_url: str | None = None
    call_ids: list[str] | None = None
    created_at: datetime | None = None
    finished_at: datetime | None = None
    n_errors: int | None = None
    error: str | None = None


class Label(BaseModel):
    model_config = ConfigDict(extra="forbid")
    call_id: str = Field(min_length=1, max_length=200)
    ces: float = Field(ge=1, le=7)
    scale: Literal["1-7", "1-5", "7-1", "5-1"] = "1-7"


class LabelsIn(BaseModel):
    labels: list[Label] = Field(min_length=1, max_length=10_000)


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=8, max_length=2_000, pattern=r"^https?://")
    events: list[Literal["call.scored", "call.high_effort"]] = Field(min_length=1)


class WebhookPublic(BaseModel):
    webhook_id: str
    url: str
    events: list[str]
    secret: str | None = Field(None, description="Shown once, at creation: verify X-Convo-Signature with it.")
    created_at: datetime | None = None


class ErasurePublic(BaseModel):
    customer_id_hash: str
    calls_erased: int


class ExportMeta(BaseModel):
    schema_version: str = SCHEMA_VERSION
    next_since: int
    count: int


class TopicTrendPoint(BaseModel):
    week: str = Field(description="ISO week, e.g. 2024-W03")
    week_start: date
    volume: int = Field(description="Calls with the topic that week")
    share: float | None = Field(None, description="Of the week's calls")
    mean_ces: float | None = None
    high_effort_share: float | None = None


class TopicSummaryPublic(BaseModel):
    topic_id: int
    label: str
    keywords: list[str]
    size: int = Field(description="Utterances (or calls) assigned, all windows")
    n_calls: int
    share: float | None = Field(None, description="Of the latest window's calls")
    previous_share: float | None = Field(None, description="Of the previous window's calls; null after the first fit")
    window_calls: int | None = None
    previous_window_calls: int | None = None
    emerging: bool
    mean_ces: float | None = Field(None, description="Null until the effort stage has scored the calls")
    high_effort_share: float | None = None
    created_at: datetime | None = None
    created_window: int | None = None
    trend: list[TopicTrendPoint]


class TopicsModelInfo(BaseModel):
    unit: str
    windows: int
    fitted_at: datetime
    updated_at: datetime
    outlier_share: float = Field(description="Share of the latest window's units left without a topic")
    emerging_factor: float


class TopicsPublic(BaseModel):
    model: TopicsModelInfo | None = Field(None, description="Null while no topics are published for the tenant")
    items: list[TopicSummaryPublic]


class TopicExample(BaseModel):
    utterance_id: str | None = None
    call_id: str
    text: str


class TopicCall(BaseModel):
    call_id: str
    share: float | None = Field(None, description="Of the call's customer text in this topic")
    primary: bool | None = None
    started_at: datetime | None = None
    ces: float | None = None
    high_effort_prob: float | None = None


class TopicPublic(TopicSummaryPublic):
    """A topic with example customer utterances (nearest its centroid) and its calls."""

    examples: list[TopicExample]
    calls: list[TopicCall]
