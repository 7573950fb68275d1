"""Reading the USS satisfaction corpus (Sun et al., SIGIR 2021) for training and benchmarks.

Format: tab-separated ``ROLE  text  action  sat1,sat2,sat3`` per turn, sessions separated by blank
lines; the dialogue-level rating is the ``USER OVERALL`` line.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def read_uss(path: Path) -> list[list[list[str]]]:
    sessions, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sessions.append(current)
            current = []
            continue
        current.append(line.split("\t"))
    if current:
        sessions.append(current)
    return sessions


def _ratings(field: str) -> list[int]:
    return [int(x) for x in field.split(",") if x.strip()]


def uss_dialogues(path: Path, prefix: str, limit: int | None = None) -> list[dict]:
    """Dialogues as transcripts plus their labels: rater overall scores, turn ratings by turn index."""
    out = []
    for i, session in enumerate(read_uss(path)[:limit]):
        overall = [p for p in session if p[0] == "USER" and p[1] == "OVERALL"]
        turns, turn_ratings = [], {}
        for parts in session:
            if parts[0] == "USER" and parts[1] == "OVERALL":
                continue
            text = parts[1].strip()
            if not text:
                continue
            if parts[0] == "USER" and len(parts) > 3 and parts[3].strip():
                turn_ratings[len(turns)] = float(np.mean(_ratings(parts[3])))
            turns.append({"speaker": "customer" if parts[0] == "USER" else "agent", "text": text})
        if not overall or not turns:
            continue
        out.append({"call_id": f"{prefix}-{i:04d}", "turns": turns, "overall": _ratings(overall[-1][3]),
                    "turn_ratings": turn_ratings})
    return out
