"""Shell helpers shared by the fixture generators (espeak-ng, sox, ffmpeg from Debian)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def require_tools(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        sys.exit(f"error: required tool(s) not found on PATH: {', '.join(missing)} "
                 "(install with: apt-get install espeak-ng sox libsox-fmt-all ffmpeg)")


def run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"error: {' '.join(cmd[:4])} ... failed:\n{proc.stderr.strip()}")
    return proc.stdout


def n_samples(path: Path) -> int:
    return int(run(["soxi", "-s", str(path)]).strip())
