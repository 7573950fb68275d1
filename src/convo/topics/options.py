"""Options of topic discovery (``convo topics fit`` / ``update``), echoed into ``model.json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

UNITS = ("utterance", "call")
SELECTION_METHODS = ("eom", "leaf")


@dataclass(frozen=True)
class TopicOptions:
    """How topics are found. Accepts a dict too (``TopicOptions.coerce({...})``).

    Args:
        unit: ``utterance`` clusters customer utterances; ``call`` clusters one vector per call
            (the mean of its customer utterances' vectors).
        speakers: roles whose utterances are clustered.
        min_content_tokens: an utterance needs this many words that are neither stop words nor
            acknowledgements ("yes", "ok thanks", "great, bye" have none) to be clustered.
        n_components: PCA dimensions hdbscan clusters in.
        min_cluster_size: hdbscan's smallest topic; ``None`` = 0.5 % of the points clustered
            (at least 5).
        min_samples: hdbscan's density smoothing; ``None`` = ``min(min_cluster_size, 10)``.
        cluster_selection: hdbscan's ``leaf`` (finer topics, the default) or ``eom`` (fewer,
            broader; in PCA space it tends to merge everything into a few giant clusters: 2 topics
            for 100k real customer utterances in ``benchmarks/topics.py``).
        min_coherence: a cluster whose members' median cosine to its centroid (in the encoder's
            space, leave-one-out) is below this is a scatter, not a topic, and is dropped (PCA maps
            points whose meaning lies outside the kept components near the origin, where they look
            dense). Related customer sentences sit at 0.4-0.8; unrelated ones near 0.1.
        max_fit_points: hdbscan runs on a seeded sample of at most this many points; the rest are
            assigned to the topics found (nearest centroid), and what stays unassigned is clustered
            in a second pass. This is what keeps 100k utterances under 30 s on 2 cores.
        assign_quantile: a point joins its nearest topic when its cosine to the centroid is at
            least this quantile of the topic's own members' cosines (0.05: as central as the
            least central 5 % of members).
        reduce_outliers: give hdbscan's outliers to their nearest topic by the same rule.
        n_keywords: c-TF-IDF keywords kept per topic (the label is the first three).
        n_representatives: example utterances kept per topic (nearest the centroid, distinct texts).
        emerging_factor: a topic is emerging when its share of the window's calls is at least
            this many times its share in the previous window (a new topic: any share).
        min_emerging_calls: and it has at least this many calls in the window.
        seed: seeds the sample and PCA.

    Example:
        >>> TopicOptions(unit="call", min_cluster_size=8).min_cluster_size
        8
    """

    unit: str = "utterance"
    speakers: tuple[str, ...] = ("customer",)
    min_content_tokens: int = 1
    n_components: int = 10
    min_cluster_size: int | None = None
    min_samples: int | None = None
    cluster_selection: str = "leaf"
    min_coherence: float = 0.25
    max_fit_points: int = 15_000
    assign_quantile: float = 0.05
    reduce_outliers: bool = True
    n_keywords: int = 10
    n_representatives: int = 5
    emerging_factor: float = 2.0
    min_emerging_calls: int = 5
    seed: int = 0

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"Invalid unit {self.unit!r}, expected one of: {', '.join(UNITS)}")
        if self.cluster_selection not in SELECTION_METHODS:
            raise ValueError(f"Invalid cluster_selection {self.cluster_selection!r}, expected one of: {', '.join(SELECTION_METHODS)}")
        if isinstance(self.speakers, str) or not self.speakers:
            object.__setattr__(self, "speakers", tuple(s for s in str(self.speakers or "").split(",") if s))
        if not self.speakers:
            raise ValueError("speakers must name at least one role, e.g. customer")
        object.__setattr__(self, "speakers", tuple(self.speakers))
        checks = [
            ("min_cluster_size", self.min_cluster_size, 2, self.min_cluster_size is not None),
            ("min_samples", self.min_samples, 1, self.min_samples is not None),
            ("n_components", self.n_components, 2, True),
            ("max_fit_points", self.max_fit_points, 100, True),
            ("min_content_tokens", self.min_content_tokens, 0, True),
            ("n_keywords", self.n_keywords, 1, True),
            ("n_representatives", self.n_representatives, 1, True),
            ("min_emerging_calls", self.min_emerging_calls, 1, True),
        ]
        for name, value, least, applies in checks:
            if applies and (not isinstance(value, int) or isinstance(value, bool) or value < least):
                raise ValueError(f"{name} must be an integer >= {least}, got {value!r}")
        if not -1.0 <= self.min_coherence < 1.0:
            raise ValueError(f"min_coherence must be in [-1, 1), got {self.min_coherence!r}")
        if not 0.0 <= self.assign_quantile < 1.0:
            raise ValueError(f"assign_quantile must be in [0, 1), got {self.assign_quantile!r}")
        if not self.emerging_factor > 1.0:
            raise ValueError(f"emerging_factor must be > 1, got {self.emerging_factor!r}")

    @classmethod
    def coerce(cls, options: "TopicOptions | dict[str, Any] | None") -> "TopicOptions":
        if options is None:
            return cls()
        if isinstance(options, cls):
            return options
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise ValueError(f"Unknown topic options {unknown}, expected some of: {', '.join(sorted(known))}")
        return cls(**options)

    def resolved_min_cluster_size(self, n_points: int) -> int:
        return self.min_cluster_size or max(5, round(0.005 * n_points))

    def resolved_min_samples(self, min_cluster_size: int) -> int:
        return self.min_samples or min(min_cluster_size, 10)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["speakers"] = list(self.speakers)
        return out
