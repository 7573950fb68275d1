"""The local runner: inputs in, a run directory out.

It discovers inputs, skips calls a previous run of the same command finished, streams call
batches through the stages (in worker processes when ``workers > 1``), journals each finished
batch, and publishes the dataset. The stages are plain ``RecordBatch -> RecordBatch``
callables; :func:`build_stages` is what a Ray Data job would ``map_batches`` over (see
docs/scale-out.md).
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing as mp
import os
import platform
import sys
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import pyarrow as pa

import convo
from convo.asr.models import ensure_available
from convo.asr.transcribe import AsrOptions, Transcriber
from convo.dataset import RunDir
from convo.ingest.discover import Inputs, discover
from convo.schema import SCHEMA_VERSION, call_batch_from_rows
from convo.redact.redactor import RedactOptions
from convo.redact.stage import Redactor
from convo.stages import Finalize, TranscriptTurns
from convo.understand.stage import Understand, UnderstandOptions

logger = logging.getLogger(__name__)
Stage = Callable[[pa.RecordBatch], pa.RecordBatch]
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


@dataclass(frozen=True)
class RunOptions:
    """Options of ``convo run``; ``asr`` accepts an :class:`AsrOptions` or a dict."""

    asr: AsrOptions = field(default_factory=AsrOptions)
    redact: RedactOptions = field(default_factory=RedactOptions)
    understand: UnderstandOptions = field(default_factory=UnderstandOptions)
    workers: int = 0
    effort_model: str | None = "effort"  # a model folder or name (models/effort); None skips the effort pass
    text_batch_size: int = 256
    flush_every_calls: int = 8
    flush_every_s: float = 30.0

    def __post_init__(self) -> None:
        if isinstance(self.asr, dict):
            object.__setattr__(self, "asr", AsrOptions(**self.asr))
        if isinstance(self.redact, dict):
            object.__setattr__(self, "redact", RedactOptions(**self.redact))
        if isinstance(self.understand, dict):
            object.__setattr__(self, "understand", UnderstandOptions(**self.understand))
        if self.workers < 0:
            raise ValueError(f"workers must be >= 0 (0 = auto), got {self.workers}")

    def resolved_workers(self) -> int:
        """Worker processes: 1 per 2 cores by default (measured on 2 cores, see benchmarks/)."""
        return self.workers or max(1, (os.cpu_count() or 1) // 2)

    def result_options(self) -> dict[str, Any]:
        """The options that change results; a resumed run must match them."""
        asr = asdict(self.asr)
        for key in ("cpu_threads", "batch_size", "device"):
            asr.pop(key)
        redact = {"enabled": self.redact.enabled, "entities": sorted(self.redact.entities)}
        return {"schema_version": SCHEMA_VERSION, "asr": asr, "redact": redact,
                "understand": self.understand.result_options()}


class Progress(Protocol):
    def start(self, total_calls: int, total_audio_s: float, skipped: int) -> None: ...
    def advance(self, calls: int, audio_s: float) -> None: ...


def build_stages(options: RunOptions) -> list[Stage]:
    """The stage chain every call batch goes through, in order."""
    return [TranscriptTurns(), Transcriber(options.asr), Redactor(options.redact), Understand(options.understand),
            Finalize(convo.__version__)]


def run_stages(stages: list[Stage], batch: pa.RecordBatch) -> tuple[pa.RecordBatch, dict[str, float]]:
    timings: dict[str, float] = {}
    for stage in stages:
        started = time.perf_counter()
        batch = stage(batch)
        name = getattr(stage, "name", type(stage).__name__)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
    return batch, timings


_WORKER_STAGES: list[Stage] | None = None


def _exit_with_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(1.0)


def _init_worker(options: RunOptions, parent: int) -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = build_stages(options)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _run_in_worker(batch: pa.RecordBatch) -> tuple[pa.RecordBatch, dict[str, float]]:
    assert _WORKER_STAGES is not None
    return run_stages(_WORKER_STAGES, batch)


def _probe_duration(path: str) -> float:
    try:
        import av

        with av.open(path) as container:
            return (container.duration or 0) / 1_000_000
    except Exception:  # noqa: BLE001 - a bad file is reported by the decode stage
        return 0.0


def _batches(rows: list[dict[str, Any]], text_batch_size: int) -> Iterator[tuple[pa.RecordBatch, float]]:
    """Audio calls one per batch, longest first (load balance); text calls in larger batches."""
    audio = [(r, _probe_duration(r["source_path"])) for r in rows if r["source_kind"] == "audio"]
    for row, seconds in sorted(audio, key=lambda x: -x[1]):
        yield call_batch_from_rows([row]), seconds
    text = [r for r in rows if r["source_kind"] != "audio"]
    for start in range(0, len(text), text_batch_size):
        yield call_batch_from_rows(text[start : start + text_batch_size]), 0.0


@dataclass
class RunSummary:
    """What a run did; ``exit_code`` is 0 (all ok) or 3 (some inputs failed)."""

    out: Path
    n_inputs: int
    counts: dict[str, int]
    skipped: int
    stage_seconds: dict[str, float]
    errors_by_stage: dict[str, int]
    wall_s: float

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.counts["errors"] == 0 else EXIT_PARTIAL

    @property
    def accounted(self) -> bool:
        return self.counts["calls"] + self.counts["errors"] == self.n_inputs


class _Journal:
    """Buffers finished batches and appends them to the run's journal now and then."""

    def __init__(self, run_dir: RunDir, options: RunOptions) -> None:
        self.run_dir, self.options = run_dir, options
        self.pending: list[pa.RecordBatch] = []
        self.last_flush = time.monotonic()
        self.stage_seconds: dict[str, float] = {}

    def add(self, batch: pa.RecordBatch, timings: dict[str, float]) -> None:
        self.pending.append(batch)
        for name, seconds in timings.items():
            self.stage_seconds[name] = self.stage_seconds.get(name, 0.0) + seconds
        rows = sum(b.num_rows for b in self.pending)
        if rows >= self.options.flush_every_calls or time.monotonic() - self.last_flush > self.options.flush_every_s:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            table = pa.Table.from_batches(self.pending)
            self.run_dir.append(table.combine_chunks().to_batches()[0])
            self.pending = []
        self.last_flush = time.monotonic()


def _process(batches: list[tuple[pa.RecordBatch, float]], options: RunOptions, journal: _Journal, progress: Progress | None) -> None:
    workers = options.resolved_workers()
    if workers == 1 or len(batches) <= 1:
        stages = build_stages(options)
        for batch, seconds in batches:
            journal.add(*run_stages(stages, batch))
            if progress:
                progress.advance(batch.num_rows, seconds)
        return
    context = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(options, os.getpid())) as pool:
        futures = {pool.submit(_run_in_worker, batch): (batch.num_rows, seconds) for batch, seconds in batches}
        for future in cf.as_completed(futures):
            journal.add(*future.result())
            if progress:
                progress.advance(*futures[future])


def _effort_device(options: RunOptions) -> str:
    """The feature kernels run on CUDA only when ``--device cuda`` asks for it (CPU is fast enough otherwise)."""
    return "cuda" if options.understand.device == "cuda" else "cpu"


def _versions() -> dict[str, str]:
    from importlib import metadata

    found = {"convo": convo.__version__, "python": platform.python_version()}
    for name in ("pyarrow", "faster-whisper", "ctranslate2", "av"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found


def run(inputs: list[str | Path], out: str | Path, *, ops: str | Path | None = None,
        options: RunOptions | None = None, progress: Progress | None = None) -> RunSummary:
    """Run the pipeline over ``inputs`` into the run directory ``out``; resumes an interrupted run.

    Example:
        >>> summary = run(["samples/calls"], "out/demo", ops="samples/ops.csv")  # doctest: +SKIP
        >>> summary.exit_code  # doctest: +SKIP
        0
    """
    options = options or RunOptions()
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    found: Inputs = discover(inputs, ops_path=ops)
    if any(row["source_kind"] == "audio" for row in found.rows):
        ensure_available(options.asr.model)  # fail fast, before anything is written
    run_dir = RunDir(out).open(options=options.result_options())
    done = run_dir.done_call_ids()
    todo = [dict(row, status="pending") for row in found.rows if row["call_id"] not in done]
    batches = list(_batches(todo, options.text_batch_size))
    # Never more workers than audio calls: a lone call gets every core.
    n_audio = sum(1 for row in todo if row["source_kind"] == "audio")
    workers = max(1, min(options.resolved_workers(), n_audio))
    threads = options.asr.cpu_threads or max(1, (os.cpu_count() or 1) // workers)
    options = replace(options, workers=workers, asr=replace(options.asr, cpu_threads=threads))
    if progress:
        progress.start(len(todo), sum(s for _, s in batches), len(found.rows) - len(todo))
    journal = _Journal(run_dir, options)
    try:
        _process(batches, options, journal, progress)
    finally:
        journal.flush()
    wall = time.perf_counter() - clock
    info = {
        "convo_version": convo.__version__, "schema_version": SCHEMA_VERSION,
        "started_at": started.isoformat(), "finished_at": datetime.now(timezone.utc).isoformat(),
        "wall_s": round(wall, 3), "inputs": [str(p) for p in inputs], "ops": str(ops) if ops else None,
        "options": {**asdict(options), "workers": workers}, "versions": _versions(), "argv": sys.argv,
        "counts": {"inputs": found.n_inputs, "skipped_already_done": len(found.rows) - len(todo)},
        "stage_seconds": {k: round(v, 3) for k, v in journal.stage_seconds.items()},
    }
    finish = None
    if options.effort_model:
        from convo.effort.score import EffortPass

        finish = EffortPass(options.effort_model, device=_effort_device(options))
    counts = run_dir.publish({r["call_id"] for r in found.rows}, found.errors, info, finish=finish)
    import pyarrow.parquet as pq

    errors = pq.read_table(run_dir.path / "errors.parquet", columns=["stage"])["stage"].to_pylist()
    return RunSummary(
        out=run_dir.path, n_inputs=found.n_inputs, counts=counts, skipped=len(found.rows) - len(todo),
        stage_seconds=info["stage_seconds"], errors_by_stage={s: errors.count(s) for s in sorted(set(errors))},
        wall_s=wall,
    )
