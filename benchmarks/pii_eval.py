"""Redaction quality on a labelled PII set: recall per entity type and false positives on negatives.

Usage: python benchmarks/pii_eval.py [tests/fixtures/pii/cases.jsonl] [--misses]
Prints one JSON object (without the list of misses unless --misses).
"""

from __future__ import annotations

import json
import sys

from convo.redact.evaluate import evaluate, read_cases


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")] or ["tests/fixtures/pii/cases.jsonl"]
    report = evaluate([case for path in paths for case in read_cases(path)])
    if "--misses" not in argv:
        report.pop("misses")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
