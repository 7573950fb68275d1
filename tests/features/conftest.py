"""Fixtures of the feature tests: hand-made edge cases and a small random run."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from tests.features.cases import edge_case_tables

TOLERANCE = dict(rtol=1e-9, atol=1e-9, equal_nan=True)


@pytest.fixture(scope="session")
def edge_tables():
    return edge_case_tables()


@pytest.fixture(scope="session")
def random_tables():
    """Utterance rows shuffled: the sorting path."""
    from convo.features.synthetic import synthetic_run

    return synthetic_run(300, seed=7, with_embeddings=True, shuffle=True, mean_utterances=20)


@pytest.fixture(scope="session")
def sorted_tables():
    """Utterance rows as the pipeline writes them: the zero-copy path, Arrow arrays with null lists."""
    from convo.features.synthetic import synthetic_run

    return synthetic_run(300, seed=8, with_embeddings=True, mean_utterances=20)


def assert_tables_close(actual: pa.Table, expected: pa.Table) -> None:
    """Same columns and call ids, every feature equal up to float rounding (NaN == NaN)."""
    assert actual.column_names == expected.column_names
    assert actual.column("call_id").to_pylist() == expected.column("call_id").to_pylist()
    problems = []
    for name in actual.column_names[1:]:
        a, e = actual.column(name).to_numpy(), expected.column(name).to_numpy()
        bad = np.flatnonzero(~np.isclose(a, e, **TOLERANCE))
        if len(bad):
            problems.append(f"{name}: {len(bad)} calls differ, e.g. row {bad[0]}: {a[bad[0]]!r} != {e[bad[0]]!r}")
    assert not problems, "\n".join(problems)


def row(table: pa.Table, call_id: str) -> dict:
    """The feature row of one call as a dict."""
    index = table.column("call_id").to_pylist().index(call_id)
    return {name: table.column(name)[index].as_py() for name in table.column_names}
