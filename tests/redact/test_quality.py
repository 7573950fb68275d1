"""Quality on the committed labelled development set (tests/fixtures/pii): the issue's targets."""

from __future__ import annotations

from convo.redact.evaluate import evaluate, read_cases
from tests.conftest import FIXTURES


def test_dev_set_meets_the_targets():
    report = evaluate(read_cases(FIXTURES / "pii" / "cases.jsonl"))
    assert report["recall_by_type"]["CARD_NUMBER"] == 1.0
    assert report["recall_by_type"]["NI_NUMBER"] == 1.0
    assert report["recall"] >= 0.95
    assert report["negatives_touched_rate"] <= 0.02
