"""Survey answers (CES) posted for calibration; `convo effort fit` reads them."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

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
    # one insert from an Arrow table: DuckDB's executemany runs a statement per row (10,000 labels, the most one
    # request may hold, took about 9 s and timed out the API fuzz test)
    table = pa.table({name: [row[i] for row in rows] for i, name in enumerate(("tenant_id", "call_id", "ces", "scale"))})
    with store.write() as cur:
        cur.register("new_labels", table)
        try:
            cur.execute("INSERT INTO labels (tenant_id, call_id, ces, scale) SELECT tenant_id, call_id, ces, scale FROM new_labels")
        finally:
            cur.unregister("new_labels")
    return len(rows)
