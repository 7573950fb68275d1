"""Word error rate of convo's transcription against plain faster-whisper, same model and beam size.

References come from two places:

* ``--references`` (default ``/work/shared/data/audio/references.tsv``): tab-separated with
  columns ``file`` (relative to the TSV's folder), ``channel`` (``mono``, ``left`` or ``right``)
  and ``reference``;
* ``--samples`` (default ``samples/`` of the repository), when it holds ``scripts.json``: the
  synthetic stereo demo calls, agent turns on the left channel and customer turns on the right.

Hypotheses:

``convo``
    ``convo.pipeline.run`` over all the files into a temporary directory (PII redaction off unless
    ``--redact``: a redacted card number is an ASR "error" of 16 words); the text of
    ``utterances.parquet`` is joined per call in time order, per channel (``channel_index`` 0 =
    left, 1 = right; a mono reference takes every utterance of the call).
``plain``
    ``WhisperModel.transcribe(audio, beam_size, vad_filter=True)`` sequentially, on the downmix
    for a mono reference and on ``decode_audio(path, split_stereo=True)``'s channel otherwise.

Both sides use the device and compute type convo resolves (``int8`` on CPU). Text is lower-cased,
apostrophes dropped, other punctuation turned into spaces; digits stay as they are, so "20" and
"twenty" differ. Output: one line per reference, then ``wer_convo=<x> wer_plain=<y>`` (corpus
WER: all word errors over all reference words).

Example:
    python benchmarks/asr_wer.py --model tiny.en --beam-size 5 --samples samples
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

import jiwer
import pyarrow.parquet as pq

from convo.asr.models import resolve_model
from convo.asr.transcribe import AsrOptions, resolve_compute_type, resolve_device
from convo.pipeline import RunOptions, run

REPO = Path(__file__).resolve().parents[1]
CHANNEL_INDEX = {"left": 0, "right": 1}
SPEAKER_CHANNEL = {"agent": "left", "customer": "right"}


@dataclass(frozen=True)
class Reference:
    path: Path
    channel: str  # mono | left | right
    text: str
    label: str


def normalise(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--references", type=Path, default=Path("/work/shared/data/audio/references.tsv"))
    parser.add_argument("--samples", type=Path, default=REPO / "samples")
    parser.add_argument("--redact", action="store_true", help="keep convo's PII redaction on (the published text)")
    parser.add_argument("--verbose", action="store_true", help="print reference and hypotheses")
    return parser.parse_args(argv)


def tsv_references(path: Path) -> list[Reference]:
    if not path.is_file():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [Reference(path.parent / r["file"], r["channel"], r["reference"], f"{r['file']}:{r['channel']}") for r in rows]


def script_references(samples: Path) -> list[Reference]:
    """Per call and channel, the turns of ``scripts.json`` in time order."""
    scripts = samples / "scripts.json"
    if not scripts.is_file():
        return []
    references = []
    for call in json.loads(scripts.read_text()):
        for speaker, channel in SPEAKER_CHANNEL.items():
            turns = sorted((t for t in call["turns"] if t["speaker"] == speaker), key=lambda t: t["start_s"])
            if turns:
                text = " ".join(t["text"] for t in turns)
                references.append(Reference(samples / call["file"], channel, text, f"{call['file']}:{channel}"))
    return references


def run_options(asr: AsrOptions, redact: bool) -> RunOptions:
    """convo's options; redaction (where this version of convo has it) only when asked for."""
    if redact or "redact" not in {f.name for f in fields(RunOptions)}:
        return RunOptions(asr=asr)
    return RunOptions(asr=asr, redact={"enabled": False})  # type: ignore[call-arg]


def convo_hypotheses(references: list[Reference], options: RunOptions) -> dict[tuple[Path, str], str]:
    """Run convo over the referenced files; text per (file, channel)."""
    files = sorted({r.path for r in references})
    with tempfile.TemporaryDirectory(prefix="convo-wer-") as tmp:
        summary = run([str(f) for f in files], Path(tmp) / "run", options=options)
        if summary.counts["errors"]:
            print(f"# convo failed on {summary.counts['errors']} file(s) {summary.errors_by_stage}: scored as empty", file=sys.stderr)
        calls = pq.read_table(summary.out / "calls.parquet", columns=["call_id", "source_path"]).to_pylist()
        utterances = pq.read_table(summary.out / "utterances.parquet", columns=["call_id", "channel_index", "start_s", "text"])
    call_of = {Path(c["source_path"]): c["call_id"] for c in calls}
    rows = sorted(utterances.to_pylist(), key=lambda u: (u["start_s"] or 0.0, u["channel_index"] or 0))
    texts: dict[tuple[Path, str], str] = {}
    for ref in references:
        call_id = call_of.get(ref.path)
        wanted = CHANNEL_INDEX.get(ref.channel)
        picked = [u["text"] for u in rows if u["call_id"] == call_id and (wanted is None or u["channel_index"] == wanted)]
        texts[(ref.path, ref.channel)] = " ".join(picked)
    return texts


def plain_hypotheses(references: list[Reference], location: str, device: str, compute: str, beam_size: int) -> dict[tuple[Path, str], str]:
    """Plain faster-whisper, one file (or channel) after the other."""
    from faster_whisper import WhisperModel, decode_audio

    model = WhisperModel(location, device=device, compute_type=compute)
    texts: dict[tuple[Path, str], str] = {}
    for ref in references:
        if (ref.path, ref.channel) in texts:
            continue
        audio = decode_audio(str(ref.path), split_stereo=ref.channel != "mono")
        samples = audio if ref.channel == "mono" else audio[CHANNEL_INDEX[ref.channel]]
        segments, _ = model.transcribe(samples, beam_size=beam_size, vad_filter=True)
        texts[(ref.path, ref.channel)] = " ".join(s.text.strip() for s in segments)
    return texts


def errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(word errors, reference words) after normalisation."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not hyp:
        return len(ref.split()), len(ref.split())
    out = jiwer.process_words(ref, hyp)
    return out.substitutions + out.deletions + out.insertions, len(ref.split())


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    references = tsv_references(args.references) + script_references(args.samples)
    if not references:
        raise SystemExit(f"no references found in {args.references} or {args.samples / 'scripts.json'}")
    device = resolve_device("auto")
    compute = resolve_compute_type("auto", device)
    asr = AsrOptions(model=args.model, beam_size=args.beam_size, device=device, compute_type=compute)
    convo = convo_hypotheses(references, run_options(asr, args.redact))
    plain = plain_hypotheses(references, resolve_model(args.model).location, device, compute, args.beam_size)
    totals = {"convo": [0, 0], "plain": [0, 0]}
    for ref in references:
        line = [f"file={ref.label}"]
        for name, hyps in (("convo", convo), ("plain", plain)):
            wrong, words = errors(ref.text, hyps[(ref.path, ref.channel)])
            totals[name][0] += wrong
            totals[name][1] += words
            line.append(f"wer_{name}={wrong / words:.3f}")
        print(" ".join([line[0], f"ref_words={words}", *line[1:]]))
        if args.verbose:
            for name, text in (("ref", ref.text), ("convo", convo[(ref.path, ref.channel)]), ("plain", plain[(ref.path, ref.channel)])):
                print(f"    {name:5}: {normalise(text)}")
    wer = {name: wrong / max(1, words) for name, (wrong, words) in totals.items()}
    print(f"wer_convo={wer['convo']:.4f} wer_plain={wer['plain']:.4f}")


if __name__ == "__main__":
    main()
