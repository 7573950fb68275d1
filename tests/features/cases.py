"""Hand-made tables for the feature tests (importable by the CUDA-simulator subprocess too)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from convo.schema import EMBEDDING_DIM

DAY = dt.timedelta(days=1)
T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
EMOTIONS = pa.map_(pa.string(), pa.float32())


def utterance_table(rows: list[dict]) -> pa.Table:
    """Rows with call_id, speaker, start_s, end_s and optional text/anger/sentiment/markers."""
    turn: dict[str, int] = {}
    cols: dict[str, list] = {k: [] for k in ("call_id", "utterance_id", "turn_index", "speaker", "start_s", "end_s",
                                             "text", "emotion_scores", "sentiment", "markers")}
    for row in rows:
        k = turn[row["call_id"]] = turn.get(row["call_id"], -1) + 1
        cols["call_id"].append(row["call_id"])
        cols["utterance_id"].append(f"{row['call_id']}#{k:04d}")
        cols["turn_index"].append(row.get("turn_index", k))
        cols["speaker"].append(row["speaker"])
        cols["start_s"].append(row.get("start_s"))
        cols["end_s"].append(row.get("end_s"))
        cols["text"].append(row.get("text", "one two three"))
        anger = row.get("anger")
        cols["emotion_scores"].append(None if anger is None else [("anger", anger), ("neutral", 1.0 - anger),
                                                                   ("confusion", row.get("confusion", 0.0))])
        cols["sentiment"].append(row.get("sentiment"))
        cols["markers"].append(row.get("markers", []))
    types = {"turn_index": pa.int32(), "start_s": pa.float64(), "end_s": pa.float64(), "emotion_scores": EMOTIONS,
             "sentiment": pa.float32(), "markers": pa.list_(pa.string())}
    return pa.table({k: pa.array(v, types.get(k, pa.string())) for k, v in cols.items()})


def edge_case_tables() -> tuple[pa.Table, pa.Table, pa.Table]:
    """Calls covering the edge cases; returns (calls, utterances, embeddings)."""
    rows = [
        # three utterances, one 6 s gap (the hand-computed call)
        dict(call_id="gap", speaker="agent", start_s=0.0, end_s=2.0, text="hello how can I help"),
        dict(call_id="gap", speaker="customer", start_s=3.0, end_s=8.0, text="my card is not working", anger=0.1,
             sentiment=-0.2, markers=["customer_repeat"]),
        dict(call_id="gap", speaker="agent", start_s=14.0, end_s=16.0, text="sorry, that is fixed now",
             markers=["apology", "resolution_confirmation"]),
        # overlapping turns: the customer takes the floor, then an agent backchannel
        dict(call_id="overlap", speaker="agent", start_s=0.0, end_s=10.0),
        dict(call_id="overlap", speaker="customer", start_s=8.0, end_s=12.0, anger=0.1),
        dict(call_id="overlap", speaker="agent", start_s=11.0, end_s=11.5),
        dict(call_id="overlap", speaker="customer", start_s=12.0, end_s=13.0, anger=0.2),
        dict(call_id="overlap", speaker="customer", start_s=13.0, end_s=14.0, anger=0.9),
        dict(call_id="overlap", speaker="customer", start_s=16.0, end_s=17.0, anger=0.8),
        # one utterance
        dict(call_id="one", speaker="customer", start_s=1.0, end_s=4.0, anger=0.7, sentiment=-0.5),
        # a transcript without times: counts yes, time features no
        dict(call_id="notimes", speaker="customer", text="I want a manager", anger=0.6, markers=["manager_request"]),
        dict(call_id="notimes", speaker="agent", text="one moment", markers=["hold_announcement"]),
        dict(call_id="notimes", speaker="agent", text="transferring you", markers=["transfer_announcement"]),
        # one end_s missing: the call counts as untimed
        dict(call_id="partial", speaker="agent", start_s=0.0, end_s=1.0),
        dict(call_id="partial", speaker="customer", start_s=2.0, anger=0.3),
        # unknown speaker, end before start, unsorted turn order
        dict(call_id="odd", speaker="unknown", start_s=5.0, end_s=4.0, turn_index=2),
        dict(call_id="odd", speaker="agent", start_s=0.0, end_s=1.0, turn_index=0),
        dict(call_id="odd", speaker="agent", start_s=1.0, end_s=2.0, turn_index=1, text=None),
        # a customer repeating themselves
        dict(call_id="repeat", speaker="customer", start_s=0.0, end_s=2.0, text="my account number is 1234"),
        dict(call_id="repeat", speaker="agent", start_s=2.5, end_s=3.0),
        dict(call_id="repeat", speaker="customer", start_s=3.5, end_s=5.0, text="again it is 1234 okay"),
        dict(call_id="repeat", speaker="customer", start_s=5.0, end_s=5.5, text="yes"),
        dict(call_id="orphan", speaker="agent", start_s=0.0, end_s=1.0),  # not in calls: ignored
    ]
    utterances = utterance_table(rows)
    ids = ["gap", "overlap", "one", "notimes", "partial", "odd", "repeat", "empty", "j1", "j2", "j3", "j4", "j5", "j6"]
    calls = pa.table({
        "call_id": ids,
        "channel": ["voice", "voice", "chat", "chat", None, "voice", "voice", "email",
                    "voice", "chat", "voice", "email", "voice", "voice"],
        "started_at": pa.array([T0, T0 + 3 * DAY, T0 + 3 * DAY, T0 + 10 * DAY, T0 + 40 * DAY, None, T0, T0,
                                T0, T0 + 2 * DAY, None, T0 + 2 * DAY, T0, T0 - 1 * DAY],
                               pa.timestamp("us", tz="UTC")),
        "customer_id": ["a", "a", "a", "a", "a", "a", None, "b", "c", "c", "c", "c", "d", "d"],
        "wait_time_s": [30.0, None, 5.0, None, 1.0, 2.0, 3.0, 4.0, None, None, None, None, None, None],
        "transfer_count": pa.array([1, 0, None, 2, 0, 0, 0, 0, None, None, None, None, None, None], pa.int32()),
        "escalated": [True, False, None, True, False, False, False, False, None, None, None, None, None, None],
    })
    vectors = {"repeat#0000": _unit(0, 1.0), "repeat#0002": _unit(0, 0.98), "repeat#0003": _unit(0, 1.0),
               "gap#0001": _unit(1, 1.0)}
    embeddings = pa.table({
        "utterance_id": list(vectors),
        "vector": pa.FixedSizeListArray.from_arrays(pa.array([x for v in vectors.values() for x in v], pa.float32()),
                                                    EMBEDDING_DIM),
    })
    return calls, utterances, embeddings


def _unit(axis: int, weight: float) -> list[float]:
    """A unit vector with ``weight`` on ``axis`` and the rest on the last axis."""
    v = [0.0] * EMBEDDING_DIM
    v[axis] = weight
    v[-1] = (1.0 - weight ** 2) ** 0.5
    return v
