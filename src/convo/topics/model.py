"""TopicModel: find topics in customer text (fit), then track them over new data (update).

Fit: PCA to ``n_components`` → hdbscan on a seeded sample of at most ``max_fit_points`` → every
other point, and hdbscan's outliers (outlier reduction), join their nearest topic when as close to
the centroid as the topic's own members (``assign_quantile``) → what stays unassigned is clustered
in a second pass. Topics are numbered by size, largest first.

Update: new points join existing topics by that rule; what stays unassigned is clustered into
new topics whose ids continue after the largest id ever used. Existing ids, centroids, keywords and
examples never change, so a topic id means the same thing in every window.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from convo.errors import TopicsError
from convo.schema import TOPICS
from convo.topics import _cluster as K
from convo.topics.data import Units
from convo.topics.options import TopicOptions
from convo.topics.represent import clip_text, ctfidf_keywords, label_of, representatives
from convo.topics.tables import assignments_table, call_topics_table, refresh, trends_table

logger = logging.getLogger(__name__)
PCA_POINTS = 10_000


class Assignment:
    """Points and the topics they belong to, by position (0..k-1; -1 none), and how each was assigned."""

    def __init__(self, n: int, dim: int) -> None:
        self.labels = np.full(n, -1, np.int64)
        self.probability = np.zeros(n, np.float32)
        self.by = np.full(n, "none", dtype=object)
        self.cents = np.zeros((0, dim), np.float32)
        self.quants = np.zeros((0, len(K.QUANTILES)), np.float32)
        self.noise_share = 0.0


class TopicModel:
    """Topics of customer text, with stable ids across windows of data.

    Example:
        >>> from convo.topics.data import load_units
        >>> model = TopicModel({"min_cluster_size": 20}).fit(load_units(["runs/week1"]))  # doctest: +SKIP
        >>> model.update(load_units(["runs/week2"])).save("topics/")  # doctest: +SKIP
        >>> model.topics_.filter(model.topics_["emerging"])["label"].to_pylist()  # doctest: +SKIP
        ['app update / login loop / crash']
    """

    def __init__(self, options: TopicOptions | dict[str, Any] | None = None) -> None:
        self.options = options

    # --- public ---------------------------------------------------------------------------------

    def fit(self, units: Units) -> "TopicModel":
        """Find topics in ``units`` (window 0)."""
        t0 = time.perf_counter()
        opts = self.options_ = TopicOptions.coerce(self.options)
        n = len(units)
        mcs = opts.resolved_min_cluster_size(min(n, opts.max_fit_points))
        if n < max(2 * mcs, 10):
            raise TopicsError(f"only {n} {opts.unit}s to cluster ({units.n_short} short acknowledgements dropped); "
                              f"need at least {max(2 * mcs, 10)} (2 × min_cluster_size {mcs}, and 10): "
                              "add runs, or lower --min-cluster-size")
        rng = np.random.default_rng(opts.seed)
        state = Assignment(n, units.vectors.shape[1])
        noise = self._grow(units.vectors, state, rng)
        if not len(state.cents):
            raise TopicsError(f"hdbscan found no topic among {n} {opts.unit}s with min_cluster_size {mcs}; "
                              "lower --min-cluster-size or add data")
        # what stays unassigned is clustered again, as an update would: topics too small to show in
        # the sample, or too sparse next to the large ones to stand out in one hdbscan tree
        self._grow(units.vectors, state, rng)
        k = len(state.cents)
        order = np.argsort(-np.bincount(state.labels[state.labels >= 0], minlength=k), kind="stable")
        rank = np.empty(k, np.int64)
        rank[order] = np.arange(k)
        labels = np.where(state.labels >= 0, rank[np.maximum(state.labels, 0)], -1)
        self.windows_: list[dict[str, Any]] = []
        self.topics_ = pa.Table.from_batches([], TOPICS)
        self.assignments_ = self.call_topics_ = None
        self._add_window(units, labels, state.probability, state.by, state.cents[order], state.quants[order],
                         np.arange(k), noise, t0)
        return self

    def update(self, units: Units) -> "TopicModel":
        """Assign ``units`` (a new window) to the topics; cluster what is left into new topics."""
        t0 = time.perf_counter()
        opts = self.options_
        cents, quants, ids = self._state()
        V = units.vectors
        if len(units) == 0:
            raise TopicsError("no customer text to assign in the new data")
        if V.shape[1] != cents.shape[1]:
            raise TopicsError(f"new embeddings have dimension {V.shape[1]}, the model's have {cents.shape[1]}")
        state = Assignment(len(units), V.shape[1])
        state.cents, state.quants = cents, quants
        self._absorb(V, state, np.ones(len(units), bool))
        noise = self._grow(V, state, np.random.default_rng(opts.seed + len(self.windows_)))
        new_ids = self.next_topic_id_ + np.arange(len(state.cents) - len(ids))
        all_ids = np.concatenate([ids, new_ids])
        labels = np.where(state.labels >= 0, all_ids[np.maximum(state.labels, 0)], -1)
        self._add_window(units, labels, state.probability, state.by, state.cents, state.quants, all_ids, noise, t0,
                         new=new_ids)
        return self

    @property
    def next_topic_id_(self) -> int:
        return int(max(self.topics_["topic_id"].to_pylist(), default=-1)) + 1

    def summary(self) -> dict[str, Any]:
        """The latest window: counts, outlier shares, new and emerging topics."""
        return dict(self.windows_[-1], n_topics=self.topics_.num_rows,
                    emerging=self.topics_.filter(self.topics_["emerging"])["topic_id"].to_pylist())

    def save(self, path: str | Path) -> Path:
        from convo.topics.io import write_model

        return write_model(self, Path(path))

    @classmethod
    def load(cls, path: str | Path) -> "TopicModel":
        from convo.topics.io import read_model

        return read_model(cls, Path(path))

    # --- internals ------------------------------------------------------------------------------

    def _state(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        cents = self.topics_["centroid"].combine_chunks()
        dim = cents.type.list_size
        return (cents.values.to_numpy(zero_copy_only=False).reshape(-1, dim).astype(np.float32),
                np.array(self.topics_["similarity_quantiles"].to_pylist(), np.float32).reshape(-1, len(K.QUANTILES)),
                self.topics_["topic_id"].to_numpy().astype(np.int64))

    def _discover(self, V: np.ndarray, rng: np.random.Generator, *, leftovers: bool) -> Assignment:
        """Candidate topics in ``V``: hdbscan on a sample; the other points (and hdbscan's outliers,
        with ``reduce_outliers``) join the candidate nearest them when close enough.

        The PCA is fitted on the points being clustered: new topics in an update are often
        orthogonal to the directions that explained the earlier data. Among leftovers one dense
        group is a plausible answer (a single new issue): when hdbscan finds no split there, it is
        asked again with ``allow_single_cluster``.
        """
        opts, out = self.options_, Assignment(len(V), V.shape[1])
        # leftovers are sparser and fewer topics hide in them: half the sample is enough
        n_sample = min(len(V), opts.max_fit_points if not leftovers else max(opts.max_fit_points // 2, 100))
        mcs = opts.resolved_min_cluster_size(n_sample)
        if len(V) < max(2 * mcs, 10):
            return out
        idx = K.sample_indices(len(V), n_sample, rng)
        # 10k points pin down 10 principal axes of 384 dimensions; more only costs time
        reducer = K.Reducer.fit(V[idx[:: max(1, len(idx) // PCA_POINTS)]], opts.n_components, opts.seed)
        points, ms = reducer.transform(V[idx]), opts.resolved_min_samples(mcs)
        labels, strength = K.hdbscan_labels(points, min_cluster_size=mcs, min_samples=ms, selection=opts.cluster_selection)
        if leftovers and labels.max() < 0:  # hdbscan never returns its root cluster unless asked (and then by eom)
            labels, strength = K.hdbscan_labels(points, min_cluster_size=mcs, min_samples=ms, selection="eom",
                                                allow_single_cluster=True)
        labels = K.prune_members(V[idx], labels, opts.min_coherence)
        out.noise_share = float((labels < 0).mean())
        k = int(labels.max()) + 1
        if k == 0:
            return out
        out.labels[idx], out.probability[idx] = labels, np.where(labels >= 0, strength, 0.0)
        out.by[idx[labels >= 0]] = "cluster"
        out.cents = K.centroids(V[idx], labels, k)
        out.quants = K.member_quantiles(V[idx], labels, out.cents)
        todo = np.ones(len(V), bool)
        todo[idx] = (labels < 0) & opts.reduce_outliers
        self._absorb(V, out, todo)
        # hdbscan's members are each topic's dense core, whose spread understates the topic's:
        # once, re-estimate centroids and thresholds from every member and offer the rest again
        out.cents = K.centroids(V, out.labels, k)
        out.quants = K.member_quantiles(V, out.labels, out.cents)
        self._absorb(V, out, todo & (out.labels < 0))
        return out

    def _grow(self, V: np.ndarray, state: Assignment, rng: np.random.Generator) -> float:
        """Cluster the points ``state`` leaves without a topic; add the candidates that are new topics.

        A candidate whose centroid would itself join an existing topic is that topic's fringe: its
        points join it. One less coherent than ``min_coherence``, or than every existing topic (its
        median member cosine below each one's 10 % quantile), is a scatter of near-misses, not a
        topic: its points stay without one. Fit runs this too (its second pass), so a window
        re-fed to ``update`` ends as it did after the fit. Returns hdbscan's noise share.
        """
        left = np.flatnonzero(state.labels < 0)
        found = self._discover(V if len(left) == len(V) else V[left], rng, leftovers=bool(len(state.cents)))
        if not len(found.cents):
            return found.noise_share
        fate = np.where(found.quants[:, 5] < self.options_.min_coherence, -2, -1)
        if len(state.cents):
            best, sims = K.nearest(found.cents, state.cents)
            fate = np.where((fate == -1) & (sims >= self._thresholds(state.quants)[best]), best, fate)
            fate[(fate == -1) & (found.quants[:, 5] < state.quants[:, 1].min())] = -2
        keep = np.flatnonzero(fate == -1)
        target = np.where(fate >= 0, fate, -1)
        target[keep] = len(state.cents) + np.arange(len(keep))
        got = np.where(found.labels >= 0, target[np.maximum(found.labels, 0)], -1)
        state.labels[left], state.by[left], state.probability[left] = got, found.by, found.probability
        state.by[left[got < 0]], state.probability[left[got < 0]] = "none", 0.0
        state.cents = np.concatenate([state.cents, found.cents[keep]])
        state.quants = np.concatenate([state.quants, found.quants[keep]])
        merged = left[(found.labels >= 0) & (fate[np.maximum(found.labels, 0)] >= 0)]
        if len(merged):  # scored against the topic they joined
            sims = K.rowdot(V, state.cents, state.labels[merged], merged)
            state.by[merged] = "centroid"
            state.probability[merged] = K.centrality(sims, state.labels[merged], state.quants)
        return found.noise_share

    def _thresholds(self, quants: np.ndarray) -> np.ndarray:
        """Cosine to its centroid a point needs to join each topic: as central as the least central
        ``assign_quantile`` of the members, and never below ``min_coherence``."""
        opts = self.options_
        return np.maximum(K.threshold(quants, opts.assign_quantile), opts.min_coherence).astype(np.float32)

    def _absorb(self, V: np.ndarray, state: Assignment, todo: np.ndarray) -> None:
        """Points of ``todo`` join their nearest topic when as close as its members (``assign_quantile``)."""
        rows = np.flatnonzero(todo)
        got, sims = K.absorb(V, state.cents, self._thresholds(state.quants), rows)
        hit = got >= 0
        state.labels[rows[hit]] = got[hit]
        state.by[rows[hit]] = "centroid"
        state.probability[rows[hit]] = K.centrality(sims[hit], got[hit], state.quants)

    def _add_window(self, units: Units, labels: np.ndarray, probability: np.ndarray, by: np.ndarray, cents: np.ndarray,
                    quants: np.ndarray, ids: np.ndarray, noise_share: float, t0: float, new: np.ndarray | None = None) -> None:
        """Append the window's assignments, add the new topics' rows, recompute every table."""
        opts, window = self.options_, len(self.windows_)
        new = ids if new is None else new
        pos = {int(t): i for i, t in enumerate(ids)}
        dense = np.array([pos[int(t)] if t >= 0 else -1 for t in labels], np.int64) if len(labels) else labels
        sims = np.full(len(labels), np.nan, np.float32)
        hit = dense >= 0
        sims[hit] = K.rowdot(units.vectors, cents, dense[hit], np.flatnonzero(hit))
        assign = assignments_table(units.unit_ids if opts.unit == "utterance" else None, units.call_ids, labels,
                                   probability, sims, by.astype(str), window)
        calls = call_topics_table(assign, units.calls)
        if self.assignments_ is not None:  # a call seen again replaces its earlier rows
            again = pa.array(np.unique(units.call_ids).tolist(), pa.string())
            old_a = self.assignments_.filter(pc.invert(pc.is_in(self.assignments_["call_id"], again)))
            old_c = self.call_topics_.filter(pc.invert(pc.is_in(self.call_topics_["call_id"], again)))
            assign, calls = pa.concat_tables([old_a, assign]), pa.concat_tables([old_c, calls])
        rows = self._topic_rows(units, dense, cents, quants, ids, [pos[int(t)] for t in new], window)
        topics = pa.concat_tables([self.topics_, rows]).sort_by("topic_id")
        self.assignments_, self.call_topics_ = assign, calls
        self.topics_ = refresh(topics, assign, calls, emerging_factor=opts.emerging_factor,
                               min_emerging_calls=opts.min_emerging_calls)
        self.trends_ = trends_table(calls)
        self.windows_.append({
            "window": window, "created_at": datetime.now(timezone.utc).isoformat(), "sources": units.sources,
            "unit": opts.unit, "n_units": len(units), "n_calls": int(units.calls.num_rows), "n_short_dropped": units.n_short,
            "outlier_share_clustered": round(noise_share, 4), "outlier_share": round(float((labels < 0).mean()), 4) if len(labels) else 0.0,
            "n_new_topics": len(new), "seconds": round(time.perf_counter() - t0, 3),
        })
        logger.info("topics window %d: %d %ss, %d new topics, %.1f%% without a topic", window, len(units), opts.unit,
                    len(new), 100 * self.windows_[-1]["outlier_share"])

    def _topic_rows(self, units: Units, dense: np.ndarray, cents: np.ndarray, quants: np.ndarray, ids: np.ndarray,
                    new_pos: list[int], window: int) -> pa.Table:
        """``topics.parquet`` rows of the new topics: keywords, label, examples, centroid, thresholds."""
        opts = self.options_
        words = ctfidf_keywords(units.texts, dense, len(ids), n_keywords=opts.n_keywords)
        if opts.unit == "utterance":
            pool = dense
        else:  # an utterance belongs to its call's topic
            call_pos = dict(zip(units.unit_ids.tolist(), dense.tolist()))
            pool = np.array([call_pos.get(c, -1) for c in units.utt_call_ids.tolist()], np.int64)
        thresholds = self._thresholds(quants)
        now = datetime.now(timezone.utc)
        rows: dict[str, list[Any]] = {name: [] for name in TOPICS.names}
        for p in new_pos:
            cand = np.flatnonzero(pool == p)
            picked = representatives(cand, units.utt_vectors[cand] @ cents[p], units.utt_texts, opts.n_representatives)
            kws = [w for w, _ in words[p]]
            rows["topic_id"].append(int(ids[p]))
            rows["label"].append(label_of(kws))
            rows["keywords"].append(kws)
            rows["keyword_scores"].append([s for _, s in words[p]])
            rows["representatives"].append([{"utterance_id": str(units.utt_ids[i]), "call_id": str(units.utt_call_ids[i]),
                                             "text": clip_text(units.utt_texts[i])} for i in picked])
            rows["centroid"].append(cents[p].tolist())
            rows["min_similarity"].append(float(thresholds[p]))
            rows["similarity_quantiles"].append(quants[p].tolist())
            rows["created_at"].append(now)
            rows["created_window"].append(window)
        for name in ("size", "n_calls", "window_calls", "previous_window_calls", "share", "previous_share", "emerging",
                     "mean_ces", "high_effort_share"):
            rows[name] = [None] * len(new_pos)
        return pa.table(rows, schema=TOPICS)
