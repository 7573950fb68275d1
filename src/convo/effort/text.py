"""The language driver: how satisfied the customer *sounds*, from the stored utterance embeddings.

A linear projection ``s_u = w · e_u + b`` of each customer utterance's encoder vector (the
384-dimensional vectors of ``embeddings.parquet``) predicts the 1-5 satisfaction a human rater
gave that turn (trained on the USS turn ratings, see ``models/effort/README.md``). The call's
``customer_language`` is the mean of ``s_u`` over its customer utterances — the same number as
projecting the call's mean customer embedding, so the text term stays one interpretable
dimension. Its evidence is the customer utterances that pull the call's mean furthest in the
direction of its contribution (lowest ``s_u`` when language makes the call harder).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

LANGUAGE_FEATURE = "customer_language"
LANGUAGE_INFO = {"kind": "feel", "unit": "1-5",
                 "description": "Mean predicted turn satisfaction (1-5) of the customer's utterances: a linear "
                                "projection of their sentence embeddings trained on human turn ratings."}


def utterance_scores(utterances: pa.Table, embeddings: pa.Table | None, text: dict[str, Any] | None) -> pa.Table:
    """``call_id, utterance_id, start_s, text, score`` for every customer utterance with a vector."""
    empty = pa.table({"call_id": pa.array([], pa.string()), "utterance_id": pa.array([], pa.string()),
                      "score": pa.array([], pa.float64())})
    if text is None or embeddings is None or embeddings.num_rows == 0 or "speaker" not in utterances.column_names:
        return empty
    customer = utterances.filter(pc.equal(utterances["speaker"], "customer"))
    if customer.num_rows == 0:
        return empty
    position = pc.index_in(customer["utterance_id"], value_set=embeddings["utterance_id"].combine_chunks())
    found = customer.filter(pc.is_valid(position))
    if found.num_rows == 0:
        return empty
    rows = pc.drop_null(position).to_numpy(zero_copy_only=False)
    matrix = _matrix(embeddings["vector"].take(pa.array(rows)))
    weights = np.asarray(text["weights"], dtype=np.float64)
    if matrix.shape[1] != weights.shape[0]:
        raise ValueError(f"embeddings have {matrix.shape[1]} dimensions, the language projection expects {weights.shape[0]}")
    scores = matrix @ weights + float(text["bias"])
    return pa.table({"call_id": found["call_id"], "utterance_id": found["utterance_id"], "score": scores})


def language_feature(call_ids: list[str], scores: pa.Table) -> np.ndarray:
    """Mean utterance score per call, in the order of ``call_ids`` (NaN for calls without any)."""
    out = np.full(len(call_ids), np.nan)
    if scores.num_rows == 0:
        return out
    means = scores.group_by("call_id").aggregate([("score", "mean")])
    index = {cid: i for i, cid in enumerate(call_ids)}
    for cid, mean in zip(means["call_id"].to_pylist(), means["score_mean"].to_pylist()):
        if cid in index:
            out[index[cid]] = mean
    return out


def language_evidence(scores: pa.Table, *, per_call: int = 2) -> dict[str, dict[str, list[str]]]:
    """``{call_id: {"low": [ids…], "high": [ids…]}}``: the lowest- and highest-scoring customer utterances."""
    if scores.num_rows == 0:
        return {}
    ordered = scores.sort_by([("call_id", "ascending"), ("score", "ascending")])
    result: dict[str, dict[str, list[str]]] = {}
    for cid, uid in zip(ordered["call_id"].to_pylist(), ordered["utterance_id"].to_pylist()):
        result.setdefault(cid, {"all": []})["all"].append(uid)
    return {cid: {"low": v["all"][:per_call], "high": v["all"][::-1][:per_call]} for cid, v in result.items()}


def _matrix(column: pa.ChunkedArray) -> np.ndarray:
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if pa.types.is_fixed_size_list(array.type):
        flat = array.flatten().to_numpy(zero_copy_only=False)
        return flat.reshape(len(array), array.type.list_size).astype(np.float64)
    return np.asarray(array.to_pylist(), dtype=np.float64)
