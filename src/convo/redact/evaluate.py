"""Measure redaction on labelled cases (``tests/fixtures/pii/cases.jsonl`` format).

A labelled span counts as found when every letter and digit in it lies inside a detected span
(of any type); ``typed`` also needs the detected type to match. A negative case is *touched*
when anything in it is redacted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from convo.redact.redactor import RedactOptions, find_spans


def _covered(span: dict[str, Any], text: str, found: list[tuple[int, int, str]]) -> tuple[bool, bool]:
    chars = [i for i in range(span["start"], span["end"]) if text[i].isalnum()]
    hits = [next((f for f in found if f[0] <= i < f[1]), None) for i in chars]
    covered = all(h is not None for h in hits)
    typed = covered and all(h is not None and h[2] == span["type"] for h in hits)
    return covered, typed


def evaluate(cases: list[dict[str, Any]], options: RedactOptions | None = None) -> dict[str, Any]:
    """Recall per entity type, typed recall, and the share of negatives touched."""
    options = options or RedactOptions()
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # spans, found, typed
    touched, negatives, misses = 0, 0, []
    for case in cases:
        texts = [t["text"] for t in case["turns"]]
        found = find_spans(texts, [t["speaker"] for t in case["turns"]], options.entities)
        if case["kind"] == "negative":
            negatives += 1
            touched += any(found)
            if any(found):
                misses.append({"id": case["id"], "wrongly_redacted": [texts[i][s:e] for i, f in enumerate(found) for s, e, _ in f]})
            continue
        for span in case["spans"]:
            covered, typed = _covered(span, texts[span["turn"]], found[span["turn"]])
            counts = per_type[span["type"]]
            counts[0], counts[1], counts[2] = counts[0] + 1, counts[1] + covered, counts[2] + typed
            if not covered:
                misses.append({"id": case["id"], "type": span["type"], "missed": texts[span["turn"]][span["start"] : span["end"]]})
    total = [sum(c[i] for c in per_type.values()) for i in range(3)]
    return {
        "recall_by_type": {t: round(c[1] / c[0], 4) for t, c in sorted(per_type.items())},
        "typed_recall_by_type": {t: round(c[2] / c[0], 4) for t, c in sorted(per_type.items())},
        "spans_by_type": {t: c[0] for t, c in sorted(per_type.items())},
        "recall": round(total[1] / max(1, total[0]), 4),
        "typed_recall": round(total[2] / max(1, total[0]), 4),
        "negatives": negatives,
        "negatives_touched_rate": round(touched / max(1, negatives), 4),
        "misses": misses,
    }


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
