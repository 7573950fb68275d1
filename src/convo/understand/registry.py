"""Where trained models live: ``models/<name>/`` folders (weights, config, labels, card).

``CONVO_MODELS`` points at another root (an organisation's own models); otherwise the
``models/`` folder of this checkout is used. A name that is a path to a folder is used as is,
so ``--intent-model ./my-intents`` works the same as ``--intent-model banking``.
"""

from __future__ import annotations

import os
from pathlib import Path

MODELS_ENV = "CONVO_MODELS"


def models_root() -> Path:
    env = os.environ.get(MODELS_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[3] / "models"


def model_dir(name: str | Path) -> Path:
    """The folder of model ``name`` (a name under :func:`models_root`, or a folder path)."""
    as_path = Path(name)
    if as_path.is_dir() and (as_path / "config.json").exists():
        return as_path
    candidate = models_root() / str(name)
    if not candidate.is_dir():
        raise FileNotFoundError(
            f"model {str(name)!r} not found: no folder {candidate} (set {MODELS_ENV} or pass a model folder path)"
        )
    return candidate
