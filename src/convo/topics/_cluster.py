"""Numeric core of topic discovery over plain NumPy arrays: reduce, cluster, assign to centroids.

Vectors are L2-normalised encoder embeddings, so a dot product is a cosine. Nothing here knows
about Arrow tables, run directories or options objects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from convo._optional import import_optional

QUANTILES = np.linspace(0.0, 1.0, 11)
_CHUNK = 16_384


@dataclass
class Reducer:
    """PCA: ``(x - mean) @ components.T``.

    Not re-normalised afterwards: a tight cluster near the data's mean projects to short vectors,
    and normalising them would scatter it over the sphere.
    """

    mean: np.ndarray
    components: np.ndarray

    @classmethod
    def fit(cls, vectors: np.ndarray, n_components: int, seed: int) -> "Reducer":
        from sklearn.decomposition import PCA

        n_components = max(1, min(n_components, vectors.shape[0] - 1, vectors.shape[1]))
        # covariance_eigh: one 384 x 384 eigendecomposition, the fastest exact solver for tall data
        pca = PCA(n_components=n_components, svd_solver="covariance_eigh", random_state=seed).fit(vectors)
        return cls(pca.mean_.astype(np.float32), pca.components_.astype(np.float32))

    def transform(self, vectors: np.ndarray) -> np.ndarray:
        return ((vectors - self.mean) @ self.components.T).astype(np.float64)


def hdbscan_labels(points: np.ndarray, *, min_cluster_size: int, min_samples: int, selection: str,
                   allow_single_cluster: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """hdbscan labels (-1 = noise) and membership strengths of ``points``."""
    hdbscan = import_optional("hdbscan", extra="topics")
    clusterer = hdbscan.HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples,
                                cluster_selection_method=selection, allow_single_cluster=allow_single_cluster,
                                core_dist_n_jobs=os.cpu_count() or 1)
    clusterer.fit(points)
    return clusterer.labels_.astype(np.int64), clusterer.probabilities_.astype(np.float32)


def sample_indices(n: int, size: int, rng: np.random.Generator) -> np.ndarray:
    """Sorted indices of a uniform sample of at most ``size`` of ``n`` points."""
    if n <= size:
        return np.arange(n)
    return np.sort(rng.choice(n, size=size, replace=False))


def _sums(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """(k, d) float64 sums of the rows of each label 0..k-1 (sparse one-hot products over chunks:
    float64 accuracy without a float64 copy of ``vectors``)."""
    from scipy import sparse

    sums = np.zeros((k, vectors.shape[1]), np.float64)
    for start in range(0, len(vectors), _CHUNK):
        lab = labels[start:start + _CHUNK]
        member = np.flatnonzero(lab >= 0)
        if len(member):
            onehot = sparse.csr_matrix((np.ones(len(member)), (lab[member], member)), shape=(k, len(lab)))
            sums += onehot @ vectors[start:start + _CHUNK].astype(np.float64)
    return sums


def rowdot(vectors: np.ndarray, targets: np.ndarray, which: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """``vectors[r] · targets[which[i]]`` for each row ``r`` of ``rows`` (all rows by default), in chunks."""
    rows = np.arange(len(vectors)) if rows is None else rows
    out = np.empty(len(rows), np.float64)
    for start in range(0, len(rows), _CHUNK):
        r = rows[start:start + _CHUNK]
        out[start:start + _CHUNK] = np.einsum("ij,ij->i", vectors[r], targets[which[start:start + _CHUNK]])
    return out


def centroids(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Normalised mean vector of each label 0..k-1 (a zero row where a label has no member)."""
    sums = _sums(vectors, labels, k)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def prune_members(vectors: np.ndarray, labels: np.ndarray, floor: float) -> np.ndarray:
    """Labels with members whose cosine to their cluster's centroid is below ``floor`` set to -1,
    renumbered 0..k-1 over the clusters that keep a member.

    hdbscan clusters in the PCA space, where a point whose meaning lies outside the kept
    components can land inside a cluster it does not resemble; the encoder's space decides.
    """
    labels = labels.copy()
    k = int(labels.max()) + 1
    if k <= 0:
        return labels
    cents = centroids(vectors, labels, k)
    member = np.flatnonzero(labels >= 0)
    own = rowdot(vectors, cents, labels[member], member)
    labels[member[own < floor]] = -1
    kept = np.unique(labels[labels >= 0])
    remap = np.full(k, -1, np.int64)
    remap[kept] = np.arange(len(kept))
    return np.where(labels >= 0, remap[np.maximum(labels, 0)], -1)


def member_quantiles(vectors: np.ndarray, labels: np.ndarray, cents: np.ndarray) -> np.ndarray:
    """(k, 11) cosines of each topic's members to its centroid at 0, 10 … 100 %, leave-one-out.

    A member helped make the centroid, so its own cosine is optimistic (markedly so for small
    topics in 384 dimensions); each member is scored against the centroid of the others
    instead, which is how a new point will be scored.
    """
    out = np.ones((len(cents), len(QUANTILES)), np.float32)
    member = np.flatnonzero(labels >= 0)
    sums = _sums(vectors, labels, len(cents))
    dots = rowdot(vectors, sums, labels[member], member)
    self_sq = 1.0  # the vectors are L2-normalised
    rest_sq = np.einsum("ij,ij->i", sums, sums)[labels[member]] - 2 * dots + self_sq
    sims = np.where(rest_sq > 1e-12, (dots - self_sq) / np.sqrt(np.maximum(rest_sq, 1e-12)), 1.0)
    order = np.argsort(labels[member], kind="stable")
    bounds = np.searchsorted(labels[member][order], np.arange(len(cents) + 1))
    for t in range(len(cents)):
        own = sims[order[bounds[t]:bounds[t + 1]]]
        if len(own):
            out[t] = np.quantile(own, QUANTILES)
    return out


def threshold(quantiles: np.ndarray, q: float) -> np.ndarray:
    """Per topic, the cosine at quantile ``q`` of its members (interpolated between deciles)."""
    return np.array([np.interp(q, QUANTILES, row) for row in quantiles], np.float32)


def nearest(vectors: np.ndarray, cents: np.ndarray, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Index of and cosine to the nearest centroid for ``rows`` of ``vectors`` (all by default), in chunks."""
    rows = np.arange(len(vectors)) if rows is None else rows
    best = np.full(len(rows), -1, np.int64)
    sims = np.full(len(rows), -np.inf, np.float32)
    if len(cents) == 0:
        return best, sims
    for start in range(0, len(rows), _CHUNK):
        block = vectors[rows[start:start + _CHUNK]] @ cents.T
        best[start:start + _CHUNK] = block.argmax(axis=1)
        sims[start:start + _CHUNK] = block.max(axis=1)
    return best, sims


def absorb(vectors: np.ndarray, cents: np.ndarray, min_similarity: np.ndarray,
           rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Nearest topic where the cosine reaches that topic's threshold, else -1; and the cosine."""
    best, sims = nearest(vectors, cents, rows)
    ok = best >= 0
    ok[ok] = sims[ok] >= min_similarity[best[ok]]
    return np.where(ok, best, -1), sims


def centrality(sims: np.ndarray, topics: np.ndarray, quantiles: np.ndarray) -> np.ndarray:
    """Share of the topic's own members less central than each point (a probability in [0, 1])."""
    out = np.zeros(len(sims), np.float32)
    for t in np.unique(topics[topics >= 0]):
        rows = topics == t
        out[rows] = np.interp(sims[rows], quantiles[t], QUANTILES)
    return out
