"""Import heavy optional dependencies only where they are used (STYLE #9)."""

from __future__ import annotations

import importlib
from types import ModuleType

from convo.errors import MissingExtraError


def import_optional(module: str, *, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming the extra that provides it.

    Example:
        >>> fw = import_optional("faster_whisper", extra="asr")  # doctest: +SKIP
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{module!r} is not installed; install it with: pip install 'convo[{extra}]'"
        ) from exc
