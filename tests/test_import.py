"""`import convo` (and the CLI and pipeline modules) must not load heavy libraries (STYLE #9)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("torch", "faster_whisper", "ctranslate2", "transformers", "hdbscan", "fastapi", "ray", "av")


def test_import_is_light():
    code = (
        "import sys, convo, convo.cli, convo.pipeline, convo.schema\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
