"""Shared fixtures: tiny inputs made on the fly, and paths to the committed samples."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# pytest-xdist's workers start with COLUMNS=80 and LINES=24 in their environment; rich would fix the CLI's
# console width at import from them, so a test's own COLUMNS (``env={"COLUMNS": "250"}``) would not count.
# Drop them so that every worker sees what a plain run sees.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def chat(call_id: str, turns: list[tuple[str, str]] | None = None, **fields) -> dict:
    """A valid conversation in convo's transcript format."""
    turns = turns or [("customer", "My parcel has not arrived."), ("agent", "Sorry, let me check the tracking.")]
    return {
        "call_id": call_id, "channel": "chat", **fields,
        "turns": [{"speaker": s, "text": t, "start_s": 2.0 * i, "end_s": 2.0 * i + 1.5} for i, (s, t) in enumerate(turns)],
    }


@pytest.fixture
def write_json(tmp_path: Path):
    def _write(name: str, doc) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
        return path

    return _write


@pytest.fixture(scope="session")
def demo_calls() -> list[dict]:
    """The committed demo calls with the scripts that generated them."""
    scripts = SAMPLES / "scripts.json"
    if not scripts.is_file():
        pytest.fail("samples/scripts.json is missing; run scripts/make_demo_calls.py")
    return json.loads(scripts.read_text())
