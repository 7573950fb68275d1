"""Read what topics cluster from run directories: customer utterances, their vectors, call facts.

A run directory (``convo run``) holds ``embeddings.parquet`` (one shared-encoder vector per
utterance), ``utterances.parquet`` (speaker, text) and ``calls.parquet`` (``started_at`` and, once
the effort stage has run, ``ces`` and ``high_effort_prob``). Topics use the customer's
utterances only, less the short acknowledgements that carry no reason ("yes", "ok thanks").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from convo.errors import TopicsError
from convo.schema import EMBEDDING_DIM
from convo.topics.options import TopicOptions

logger = logging.getLogger(__name__)

# Words that carry no contact reason on their own: greetings, thanks, yes/no, fillers. With
# scikit-learn's English stop words they decide what counts as an acknowledgement.
ACKNOWLEDGEMENTS = frozenset("""
yes yeah yep yup yea ya no nope nah ok okay okey kk alright right sure fine great good perfect cool awesome
lovely brilliant excellent nice wonderful fantastic thanks thank thx ty cheers appreciate appreciated
please pls plz sorry hello hi hey hiya morning afternoon evening bye goodbye cya welcome
um uh uhm umm hmm mm mhm erm ah oh aha huh wow correct exactly absolutely definitely indeed true
got gotcha understand understood see sounds ll ve don didn doesn isn wasn aren won haven hasn couldn
wouldn shouldn im ive dont cant wont thats hes shes theres youre
""".split())
CALL_FACTS = ("started_at", "ces", "high_effort_prob")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")


def stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | ACKNOWLEDGEMENTS


def content_tokens(text: str, stop: frozenset[str]) -> int:
    """Words of two or more letters that are neither stop words nor acknowledgements."""
    return sum(1 for w in _WORD.findall(_PLACEHOLDER.sub(" ", text).lower()) if w not in stop)


@dataclass
class Units:
    """What gets clustered: one row per unit (an utterance, or a call), aligned arrays.

    ``utt_*`` hold the kept customer utterances themselves (the same rows as the units when the
    unit is the utterance); representatives are picked from them. ``calls`` has one row per call
    with kept utterances: ``call_id`` and the call facts (``started_at``, ``ces``, ``high_effort_prob``,
    null where the run has no such column).
    """

    unit_ids: np.ndarray  # utterance ids, or call ids
    call_ids: np.ndarray
    texts: list[str]
    vectors: np.ndarray  # (n, dim) float32, L2-normalised
    utt_ids: np.ndarray
    utt_call_ids: np.ndarray
    utt_texts: list[str]
    utt_vectors: np.ndarray
    calls: pa.Table
    sources: list[str]
    n_short: int  # customer utterances dropped as acknowledgements

    def __len__(self) -> int:
        return len(self.unit_ids)


def _read_vectors(path: Path) -> tuple[pa.Array, np.ndarray]:
    """Utterance ids and an (n, 384) float32 array, decoded batch by batch into one buffer
    (reading the whole list column at once costs several times its size in decode buffers)."""
    f = pq.ParquetFile(path, buffer_size=1 << 20, pre_buffer=False)  # stream pages: bounded decode memory
    vtype = f.schema_arrow.field("vector").type if "vector" in f.schema_arrow.names else None
    if vtype is None or not (pa.types.is_fixed_size_list(vtype) or pa.types.is_list(vtype)):
        raise TopicsError(f"{path}: 'vector' is {vtype}, expected a list of float32 (convo's embeddings table)")
    out = np.empty((f.metadata.num_rows, EMBEDDING_DIM), np.float32)
    ids, start = [], 0
    for batch in f.iter_batches(batch_size=8192, columns=["utterance_id", "vector"]):
        arr = batch.column(1)
        flat = arr.values if pa.types.is_fixed_size_list(arr.type) else arr.flatten()
        if len(arr) and flat.null_count == 0 and len(flat) % len(arr) == 0 and len(flat) // len(arr) != EMBEDDING_DIM:
            raise TopicsError(f"{path}: embeddings have dimension {len(flat) // len(arr)}, expected {EMBEDDING_DIM} "
                              "(convo's shared encoder, all-MiniLM-L6-v2)")
        if len(flat) != len(arr) * EMBEDDING_DIM:
            raise TopicsError(f"{path}: embeddings have uneven lengths; expected {EMBEDDING_DIM} values each")
        out[start:start + len(arr)] = flat.to_numpy(zero_copy_only=False).reshape(len(arr), EMBEDDING_DIM)
        ids.append(batch.column(0))
        start += len(arr)
    return pa.chunked_array(ids, pa.string()).combine_chunks() if ids else pa.array([], pa.string()), out


def _read_run(run_dir: Path) -> tuple[pa.Table, np.ndarray, pa.Table]:
    """Utterances (ids, call, speaker, text) aligned with their vectors, and the call facts."""
    if not run_dir.is_dir():
        raise TopicsError(f"{run_dir} is not a directory; pass a run directory written by `convo run`")
    for name in ("utterances.parquet", "calls.parquet"):
        if not (run_dir / name).is_file():
            raise TopicsError(f"{run_dir} is not a finished convo run: {name} is missing")
    emb_path = run_dir / "embeddings.parquet"
    if not emb_path.is_file():
        raise TopicsError(f"{run_dir} has no embeddings.parquet: topics cluster the stored utterance vectors; "
                          "rerun `convo run` with understanding on (without --no-understand)")
    emb_ids, vectors = _read_vectors(emb_path)
    utts = pq.read_table(run_dir / "utterances.parquet", columns=["call_id", "utterance_id", "speaker", "text"])
    index = pc.index_in(emb_ids, value_set=utts["utterance_id"])
    known = index.is_valid().to_numpy(zero_copy_only=False)
    if not known.all():
        logger.warning("%s: %d embeddings have no utterance row; skipped", run_dir, int((~known).sum()))
        vectors = vectors[known]
    utts = utts.take(index.filter(pa.array(known)))
    calls = pq.read_table(run_dir / "calls.parquet")
    facts = {"call_id": calls["call_id"]}
    for name, dtype in zip(CALL_FACTS, (pa.timestamp("us", tz="UTC"), pa.float64(), pa.float64())):
        facts[name] = calls[name].cast(dtype) if name in calls.column_names else pa.nulls(calls.num_rows, dtype)
    return utts, vectors, pa.table(facts)


def _normalise(v: np.ndarray) -> np.ndarray:
    """L2-normalise the rows of ``v`` in place (the stored vectors are; this guards other writers)."""
    norms = np.sqrt(np.einsum("ij,ij->i", v, v))[:, None]  # no (n, d) temporary
    v /= np.where(norms > 0, norms, 1.0)
    return v


def _compact(v: np.ndarray, keep: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """``v[keep]`` in place (rows moved forward chunk by chunk), so no second (n, d) array is made."""
    w = 0
    for start in range(0, len(v), chunk):
        rows = start + np.flatnonzero(keep[start:start + chunk])
        v[w:w + len(rows)] = v[rows]
        w += len(rows)
    return v[:w]


def load_units(run_dirs: Sequence[str | Path], options: TopicOptions | dict | None = None) -> Units:
    """Read ``run_dirs`` into :class:`Units` (later runs win for a call id seen twice).

    Raises:
        TopicsError: a directory is not a run, has no embeddings, has vectors of another dimension,
            or holds no utterance of the chosen speakers.
    """
    options = TopicOptions.coerce(options)
    if not run_dirs:
        raise ValueError("no run directories given; pass at least one --data RUN_DIR")
    parts = [_read_run(Path(d)) for d in run_dirs]
    # a call id in several runs: keep the latest run's version of the call
    seen: set[str] = set()
    keep_utts, keep_vecs, keep_calls = [], [], []
    for utts, vecs, calls in reversed(parts):
        mask = ~np.isin(utts["call_id"].to_numpy(zero_copy_only=False), list(seen))
        keep_utts.append(utts.filter(pa.array(mask)))
        keep_vecs.append(vecs if mask.all() else vecs[mask])
        keep_calls.append(calls.filter(pc.invert(pc.is_in(calls["call_id"], pa.array(list(seen), pa.string())))))
        seen |= set(calls["call_id"].to_pylist())
    utts = pa.concat_tables(keep_utts[::-1])
    vectors = keep_vecs[0] if len(keep_vecs) == 1 else np.concatenate(keep_vecs[::-1])
    calls = pa.concat_tables(keep_calls[::-1])
    sources = [str(Path(d)) for d in run_dirs]
    return select_units(utts, vectors, calls, options, sources=sources)


def select_units(utts: pa.Table, vectors: np.ndarray, calls: pa.Table, options: TopicOptions,
                 *, sources: list[str]) -> Units:
    """Keep the chosen speakers' utterances with reason-bearing words; build the units."""
    speaker_mask = pc.is_in(utts["speaker"], pa.array(list(options.speakers), pa.string())).to_numpy(zero_copy_only=False)
    if not speaker_mask.any():
        found = sorted(set(utts["speaker"].to_pylist()))
        raise TopicsError(f"no utterances of speaker(s) {', '.join(options.speakers)} in {', '.join(sources)} "
                          f"(speakers found: {', '.join(found) or 'none'}); pass --speaker to choose others")
    stop = stop_words()
    texts = [t or "" for t in utts["text"].to_pylist()]
    keep = speaker_mask.copy()
    keep[speaker_mask] = [content_tokens(texts[i], stop) >= options.min_content_tokens for i in np.flatnonzero(speaker_mask)]
    n_short = int(speaker_mask.sum() - keep.sum())
    if not keep.all():
        utts, vectors = utts.filter(pa.array(keep)), _compact(vectors, keep)
    vectors = _normalise(vectors)
    utt_ids = utts["utterance_id"].to_numpy(zero_copy_only=False)
    utt_calls = utts["call_id"].to_numpy(zero_copy_only=False)
    utt_texts = [t for t, k in zip(texts, keep) if k]
    if options.unit == "utterance":
        unit_ids, call_ids, unit_texts, unit_vectors = utt_ids, utt_calls, utt_texts, vectors
    else:
        unit_ids, inverse = np.unique(utt_calls, return_inverse=True)
        sums = np.zeros((len(unit_ids), vectors.shape[1]), np.float32)
        np.add.at(sums, inverse, vectors)
        unit_vectors, call_ids = _normalise(sums), unit_ids
        joined: list[list[str]] = [[] for _ in unit_ids]
        for i, t in zip(inverse, utt_texts):
            joined[i].append(t)
        unit_texts = [" ".join(parts) for parts in joined]
    kept_calls = calls.filter(pc.is_in(calls["call_id"], pa.array(np.unique(utt_calls).tolist(), pa.string())))
    return Units(unit_ids, call_ids, unit_texts, unit_vectors, utt_ids, utt_calls, utt_texts, vectors,
                 kept_calls, sources, n_short)
