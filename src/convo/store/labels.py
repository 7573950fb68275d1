"""Survey answers (CES) posted for calibration; `convo effort fit` reads them."""

from __future__ import annotations

from typing import Any

from convo.effort.scales import DEFAULT_SCALE, SCALES
from convo.store.db import Store


def add_labels(store: Store, tenant_id: str, labels: list[dict[str, Any]]) -> int:
    """Store ``{call_id, ces, scale}`` answers after checking each against its scale."""
    rows = []
    for i, label in enumerate(labels):
        scale = label.get("scale") or DEFAULT_SCALE
        if scale not in SCALES:
            raise ValueError(f"labels[{i}].scale={scale!r}, expected one of: {', '.join(SCALES)}")
        low, high, _ = SCALES[scale]
        if not low <= label["ces"] <= high:
            raise ValueError(f"labels[{i}].ces={label['ces']} is outside the {scale} scale")
        rows.append([tenant_id, label["call_id"], float(label["ces"]), scale])
    with store.write() as cur:
        cur.executemany("INSERT INTO labels (tenant_id, call_id, ces, scale) VALUES (?, ?, ?, ?)", rows)
    return len(rows)
