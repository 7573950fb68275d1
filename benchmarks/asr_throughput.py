"""ASR throughput: convo's pipeline against plain faster-whisper on the same files.

Three methods, each timed over all FILES in turn (the median of ``--repeat`` runs):

``sequential``
    ``WhisperModel(..., cpu_threads=os.cpu_count()).transcribe(file, beam_size, vad_filter=True,
    word_timestamps=True)`` per file, consuming the segment generator.
``batched``
    ``BatchedInferencePipeline(model).transcribe(file, batch_size, beam_size, word_timestamps=True)``
    per file (faster-whisper's batched mode, which always runs VAD).
``convo``
    ``convo.pipeline.run(FILES, <fresh temp dir>, RunOptions(asr=AsrOptions(...), workers=N))``,
    exactly what ``convo run`` does: discovery (SHA-256 of each file), decoding, worker processes
    (``cpu_threads = cores // workers`` each), hallucination guards, turn building and writing the
    Parquet dataset.

Model loading is *excluded* from ``sequential`` and ``batched`` (the model is loaded before the
clock starts) but *included* in ``convo``: each run starts from a clean model cache and, with
``workers > 1``, spawns its worker processes, each of which loads the model. The line
``convo_startup`` reports the load time measured here so it can be subtracted mentally; on short
inputs it dominates, on hours of audio it does not.

Output: ``#`` lines with the settings, the wall time of every repeat and the CPU seconds *other*
processes used meanwhile (the machine is shared: a large figure marks a noisy run), then one line
per method and the ratios (convo's audio seconds per wall second over the other method's; above 1
means convo is faster). Measured on 2 cores, tiny.en, int8, beam 5, ``--workers 1``::

    method=sequential audio_s=965.9 wall_s=16.38 audio_s_per_wall_s=58.98
    method=batched audio_s=965.9 wall_s=10.46 audio_s_per_wall_s=92.37
    method=convo audio_s=965.9 wall_s=10.99 audio_s_per_wall_s=87.88
    ratio_convo_vs_sequential=1.490
    ratio_convo_vs_batched=0.951

``audio_s`` is the sum of decoded durations (a stereo file counts its duration once). On a stereo
file whose channels differ convo transcribes each channel (agent and customer) while the plain
methods transcribe the downmix, so convo does up to twice the work there; use mono files (as the
aws_lca set is) for a like-for-like comparison.

Example:
    python benchmarks/asr_throughput.py ../shared/data/audio/aws_lca/*.wav --workers 2
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from convo.asr.audio import decode_audio
from convo.asr.models import resolve_model
from convo.asr.transcribe import AsrOptions, load_pipeline
from convo.pipeline import RunOptions, run


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--compute-type", default="int8")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="convo workers; 0 = convo's default")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; the median wall time is kept")
    return parser.parse_args(argv)


def audio_seconds(files: list[Path]) -> float:
    """Sum of decoded durations; the channels of a stereo file share one duration."""
    return sum(decode_audio(f).duration_s for f in files)


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine has been busy (Linux ``/proc/stat``); 0 elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    """CPU seconds of this process and its finished children (convo's worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(name: str, fn: Callable[[], object], repeat: int) -> float:
    """Median wall seconds of ``repeat`` calls of ``fn``; notes the CPU other processes took meanwhile."""
    walls, others = [], []
    for _ in range(repeat):
        busy, own = _busy_cpu_s(), _own_cpu_s()
        started = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - started)
        others.append(max(0.0, (_busy_cpu_s() - busy) - (_own_cpu_s() - own)))
    # Other programs on the machine steal cores from the benchmark: a large figure here means a noisy run.
    print(f"# {name}: walls_s={','.join(f'{w:.2f}' for w in walls)} "
          f"other_processes_cpu_s={','.join(f'{o:.1f}' for o in others)}", flush=True)
    return statistics.median(walls)


def bench_faster_whisper(args: argparse.Namespace, location: str) -> tuple[float, float, float]:
    """Wall seconds of (model load, sequential, batched) with plain faster-whisper."""
    from faster_whisper import BatchedInferencePipeline, WhisperModel

    started = time.perf_counter()
    model = WhisperModel(location, device="cpu", compute_type=args.compute_type, cpu_threads=os.cpu_count() or 1)
    load_s = time.perf_counter() - started

    def sequential() -> None:
        for file in args.files:
            segments, _ = model.transcribe(str(file), beam_size=args.beam_size, vad_filter=True, word_timestamps=True)
            list(segments)

    batched_model = BatchedInferencePipeline(model)

    def batched() -> None:
        for file in args.files:
            segments, _ = batched_model.transcribe(
                str(file), batch_size=args.batch_size, beam_size=args.beam_size, word_timestamps=True
            )
            list(segments)

    return load_s, timed("sequential", sequential, args.repeat), timed("batched", batched, args.repeat)


def bench_convo(args: argparse.Namespace) -> tuple[float, dict[str, float], int]:
    """Median wall seconds of ``convo.pipeline.run``, its last stage timings, and its worker count."""
    asr = AsrOptions(model=args.model, beam_size=args.beam_size, compute_type=args.compute_type, batch_size=args.batch_size)
    options = RunOptions(asr=asr, workers=args.workers)
    stages: dict[str, float] = {}

    def once() -> None:
        load_pipeline.cache_clear()  # workers == 1 runs in this process: load the model every time
        with tempfile.TemporaryDirectory(prefix="convo-bench-") as tmp:
            summary = run([str(f) for f in args.files], Path(tmp) / "run", options=options)
            if summary.counts["errors"]:
                raise SystemExit(f"convo run failed on {summary.counts['errors']} input(s): {summary.errors_by_stage}")
            stages.clear()
            stages.update(summary.stage_seconds)

    wall = timed("convo", once, args.repeat)
    return wall, stages, options.resolved_workers()


def report(name: str, audio_s: float, wall_s: float) -> float:
    speed = audio_s / wall_s
    print(f"method={name} audio_s={audio_s:.1f} wall_s={wall_s:.2f} audio_s_per_wall_s={speed:.2f}", flush=True)
    return speed


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    location = resolve_model(args.model).location
    audio_s = audio_seconds(args.files)
    load_s, seq_wall, batched_wall = bench_faster_whisper(args, location)
    convo_wall, stages, workers = bench_convo(args)
    threads = max(1, (os.cpu_count() or 1) // workers)
    stage_text = " ".join(f"{k}={v:.2f}" for k, v in stages.items())
    print(f"# cores={os.cpu_count()} convo_workers={workers} convo_cpu_threads={threads} model={args.model} "
          f"beam_size={args.beam_size} compute_type={args.compute_type} batch_size={args.batch_size} repeat={args.repeat}")
    print(f"# convo_startup: includes {workers} model load(s) of ~{load_s:.2f} s each (in parallel when workers > 1)"
          f"{' plus worker process spawn (when more than one call)' if workers > 1 else ''}; excluded from sequential/batched")
    print(f"# convo_stage_seconds (summed over workers): {stage_text}")
    seq = report("sequential", audio_s, seq_wall)
    batched = report("batched", audio_s, batched_wall)
    convo_speed = report("convo", audio_s, convo_wall)
    print(f"ratio_convo_vs_sequential={convo_speed / seq:.3f}")
    print(f"ratio_convo_vs_batched={convo_speed / batched:.3f}")


if __name__ == "__main__":
    main()
