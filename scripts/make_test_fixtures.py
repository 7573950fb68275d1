#!/usr/bin/env python3
"""Generate the small audio fixtures used by the tests (default: ``tests/fixtures/audio/``).

What it writes into ``--out``:

* ``hold_music_call.flac`` (mono, 8 kHz, 16-bit): espeak-ng speech, 60 s of sox-synthesised
  hold music (a looping C-Am-F-G triangle arpeggio over sine chord pads and a sine bass),
  30 s of digital silence (exact zeros), then a second spoken sentence.
  ``hold_music_call.json`` beside it gives both texts with their times and the exact
  ``[start_s, end_s]`` of the music and of the silence (sample-exact, 8 kHz).
* The same ~2 s phrase (compressed with sox ``compand``, 0.2 s of silence each side) in
  many containers/codecs (see ``FORMATS``), resampled with sox and
  encoded with sox or ffmpeg; ``formats.json`` lists the phrase and the files with the
  codec, sample rate and channel count that ffprobe reports.  A table is printed.

Output is deterministic: fixed voice and speed, ``sox -R -D`` (no dither) and ffmpeg
``+bitexact`` flags (fixed Ogg serial numbers, no encoder/date tags).
Usage: ``python scripts/make_test_fixtures.py [--out tests/fixtures/audio]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from _soundtools import n_samples, require_tools, run

HOLD_RATE = 8000
MUSIC_S = 60
SILENCE_S = 30
VOICE = ("en-us", 160)
HOLD_TEXTS = ("Thank you for calling. Please hold while I check your account.",
              "Thank you for holding. Your account is now updated.")
PHRASE = "please check my order status"
# Dynamic-range compression so quiet consonants survive 8-bit quantisation (u8 WAV).
PHRASE_FX = ["compand", "0.005,0.1", "-60,-40,-30,-15,0,-3", "-3"]
SOX = ["sox", "-R", "-D", "-V1"]  # repeatable, no dither, quiet
BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"]
# file -> (sample rate, encoder: "sox" or "ffmpeg", encoder options, description)
FORMATS: dict[str, tuple[int, str, list[str], str]] = {
    "pcm16_stereo_16k.wav": (16000, "sox", ["-b", "16", "-c", "2"],
                             "16-bit PCM WAV, stereo: speech left, digital silence right"),
    "pcm16_mono_44k.wav": (44100, "sox", ["-b", "16"], "16-bit PCM WAV"),
    "u8_mono_8k.wav": (8000, "sox", ["-e", "unsigned-integer", "-b", "8"],
                       "8-bit unsigned PCM WAV"),
    "ulaw_mono_8k.wav": (8000, "sox", ["-e", "u-law"], "G.711 mu-law WAV"),
    "alaw_mono_8k.wav": (8000, "sox", ["-e", "a-law"], "G.711 A-law WAV"),
    "mono_16k.mp3": (16000, "ffmpeg", ["-c:a", "libmp3lame", "-b:a", "32k"], "MP3 32 kbit/s"),
    "mono_16k.flac": (16000, "sox", ["-b", "16", "-C", "8", "--comment", ""], "FLAC 16-bit"),
    "mono_48k.ogg": (48000, "ffmpeg", ["-c:a", "libopus", "-b:a", "24k"], "Opus in Ogg"),
    "mono_16k.m4a": (16000, "ffmpeg", ["-c:a", "aac", "-b:a", "32k"], "AAC-LC in MP4 (.m4a)"),
}


def speak(text: str, out: Path, rate: int, pad: float = 0.0, fx: list[str] | None = None) -> int:
    """Render ``text`` to mono PCM16 at ``rate``: silence trimmed, ``fx``, ``pad`` s each side."""
    raw = out.with_suffix(".raw.wav")
    run(["espeak-ng", "-v", VOICE[0], "-s", str(VOICE[1]), "-w", str(raw), text])
    trim = ["silence", "1", "0.02", "0.5%"]
    run([*SOX, str(raw), "-r", str(rate), "-b", "16", str(out), *trim, "reverse", *trim,
         "reverse", "norm", "-3", *(fx or []), "pad", str(pad), str(pad)])
    return n_samples(out)


def sec(samples: int) -> float:
    """Sample count at HOLD_RATE -> seconds (exact: 1/8000 s has 6 decimals)."""
    return round(samples / HOLD_RATE, 6)


def midi_hz(note: int) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def tone(out: Path, seconds: float, wave: str, notes: list[int], fade: list[str]) -> Path:
    """One note or chord (several oscillators averaged to mono) at HOLD_RATE."""
    oscs = [a for n in notes for a in (wave, f"{midi_hz(n):.2f}")]
    run([*SOX, "-r", str(HOLD_RATE), "-c", str(len(notes)), "-n", "-c", "1", "-b", "16",
         str(out), "synth", str(seconds), *oscs, "remix", "-", "fade", *fade])
    return out


def hold_music(seconds: int, out: Path, work: Path) -> None:
    """An 8 s C-Am-F-G loop: triangle arpeggio + sine pad + sine bass, looped and trimmed."""
    bars = []
    chords = ([60, 64, 67], [57, 60, 64], [53, 57, 60], [55, 59, 62])
    for i, chord in enumerate(chords):
        notes = [str(tone(work / f"n{i}{j}.wav", 0.25, "triangle", [chord[k] + 12],
                          ["q", "0.01", "0.25", "0.1"]))
                 for j, k in enumerate((0, 1, 2, 1, 0, 2, 1, 2))]
        melody = work / f"mel{i}.wav"
        run([*SOX, *notes, str(melody)])
        pad = tone(work / f"pad{i}.wav", 2, "sine", chord, ["0.05", "2", "0.3"])
        bass = tone(work / f"bass{i}.wav", 2, "sine", [chord[0] - 12], ["0.02", "2", "0.5"])
        bar = work / f"bar{i}.wav"
        run([*SOX, "-m", "-v", "0.5", str(melody), "-v", "0.3", str(pad), "-v", "0.3", str(bass),
             str(bar)])
        bars.append(str(bar))
    run([*SOX, *bars, str(out), "repeat", str(seconds // 8 + 1),
         "trim", "0", f"{seconds * HOLD_RATE}s", "fade", "0.5", "0", "1", "norm", "-6"])


def make_hold_call(out_dir: Path, work: Path) -> dict[str, object]:
    """Speech, music, digital silence, speech -> hold_music_call.flac; returns its JSON."""
    s1, s2 = work / "s1.wav", work / "s2.wav"
    n1, n2 = speak(HOLD_TEXTS[0], s1, HOLD_RATE), speak(HOLD_TEXTS[1], s2, HOLD_RATE)
    music, quiet = work / "music.wav", work / "silence.wav"
    hold_music(MUSIC_S, music, work)
    run([*SOX, "-r", str(HOLD_RATE), "-c", "1", "-n", "-b", "16", str(quiet),
         "trim", "0", f"{SILENCE_S * HOLD_RATE}s"])
    target = out_dir / "hold_music_call.flac"
    run([*SOX, str(s1), str(music), str(quiet), str(s2), "-b", "16", "-C", "8", "--comment", "",
         str(target)])
    m0, q0 = n1, n1 + MUSIC_S * HOLD_RATE
    s2_0 = q0 + SILENCE_S * HOLD_RATE
    if n_samples(target) != s2_0 + n2:
        sys.exit(f"error: {target} has an unexpected length")
    return {"file": target.name, "sample_rate": HOLD_RATE, "channels": 1,
            "duration_s": sec(s2_0 + n2),
            "speech": [{"text": HOLD_TEXTS[0], "start_s": 0.0, "end_s": sec(n1)},
                       {"text": HOLD_TEXTS[1], "start_s": sec(s2_0), "end_s": sec(s2_0 + n2)}],
            "music": [sec(m0), sec(q0)], "silence": [sec(q0), sec(s2_0)]}


def encode(name: str, work: Path, out_dir: Path) -> Path:
    """Resample the phrase with sox, then write ``name`` with sox or ffmpeg."""
    rate, tool, opts, _ = FORMATS[name]
    base = work / f"phrase_{rate}.wav"
    if not base.exists():
        speak(PHRASE, base, rate, pad=0.2, fx=PHRASE_FX)
    target = out_dir / name
    if tool == "ffmpeg":
        run(["ffmpeg", "-v", "error", "-y", "-i", str(base), "-ac", "1", *opts, *BITEXACT,
             str(target)])
    elif "-c" in opts:  # stereo: speech on the left, exact zeros on the right
        run([*SOX, str(base), *opts, str(target), "remix", "1", "0"])
    else:
        run([*SOX, str(base), *opts, str(target)])
    return target


def probe(path: Path) -> dict[str, object]:
    fields = "codec_name,sample_rate,channels,duration"
    out = run(["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
               f"stream={fields}:format=duration", "-of", "json", str(path)])
    info = json.loads(out)
    stream = info["streams"][0]
    duration = stream.get("duration") or info["format"]["duration"]
    return {"codec": stream["codec_name"], "sample_rate": int(stream["sample_rate"]),
            "channels": int(stream["channels"]), "duration_s": round(float(duration), 3)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("tests/fixtures/audio"),
                        help="output folder")
    args = parser.parse_args(argv)
    require_tools("espeak-ng", "sox", "soxi", "ffmpeg", "ffprobe")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    files = []
    with tempfile.TemporaryDirectory(prefix="convo-fixtures-") as tmp:
        work = Path(tmp)
        hold = make_hold_call(out, work)
        (out / "hold_music_call.json").write_text(json.dumps(hold, indent=2) + "\n")
        for name in FORMATS:
            info = probe(encode(name, work, out))
            files.append({"file": name, **info, "description": FORMATS[name][3]})
    formats = {"phrase": PHRASE, "voice": VOICE[0], "files": files}
    (out / "formats.json").write_text(json.dumps(formats, indent=2) + "\n")
    print(f"{'file':24s} {'codec':10s} {'rate':>6s} {'ch':>3s} {'dur_s':>7s} {'bytes':>8s}")
    for row in [{"file": hold["file"], **probe(out / str(hold["file"]))}, *files]:
        size = (out / str(row["file"])).stat().st_size
        print(f"{row['file']:24s} {row['codec']:10s} {row['sample_rate']:6d} "
              f"{row['channels']:3d} {row['duration_s']:7.3f} {size:8d}")
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"total {total / 1e6:.2f} MB in {out}/")


if __name__ == "__main__":
    main()
