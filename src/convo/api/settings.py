"""Service settings: one pydantic settings object, environment prefix ``CONVO_``."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from convo.errors import ConvoError


class Settings(BaseSettings):
    """Read from ``CONVO_*`` environment variables (e.g. ``CONVO_DATA_DIR``)."""

    model_config = SettingsConfigDict(env_prefix="CONVO_")

    data_dir: Path = Path("data")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_page_size: int = Field(200, ge=1, le=10_000)
    max_body_bytes: int = Field(5_000_000, ge=1_000)
    max_interactions_per_request: int = Field(100, ge=1)
    retention_days: int | None = Field(None, ge=1)
    webhook_max_attempts: int = Field(5, ge=1, le=20)
    webhook_backoff_base_s: float = Field(1.0, gt=0)
    worker_interval_s: float = Field(0.5, gt=0)
    background_workers: bool = True


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_safe(settings: Settings, active_keys: int) -> None:
    """Refuse to serve beyond this machine while no API key exists."""
    if not is_loopback(settings.host) and active_keys == 0:
        raise ConvoError(
            f"refusing to listen on {settings.host} with no API keys: anyone could reach the data. "
            "Create one with `convo keys create --data DIR --tenant T --role admin`, or bind 127.0.0.1."
        )


@lru_cache
def get_settings() -> Settings:
    return Settings()
