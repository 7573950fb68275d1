"""Features stage: per-call conversation, journey and operational features for the effort model.

``compute_features(calls, utterances, embeddings)`` returns one row per call (schema ``FEATURES``,
definitions in ``FEATURE_INFO``); ``evidence(...)`` points every explainable feature at utterance
ids. numba is imported only when kernels run, so ``import convo.features`` stays light.
"""

from __future__ import annotations

from convo.features.compute import FEATURES, FeatureOptions, compute_features, default_negative_labels
from convo.features.evidence import evidence
from convo.features.info import FEATURE_COLUMNS, FEATURE_INFO

__all__ = ["FEATURES", "FEATURE_COLUMNS", "FEATURE_INFO", "FeatureOptions", "compute_features",
           "default_negative_labels", "evidence"]
