#!/usr/bin/env python3
"""Generate the synthetic contact-centre demo data set (default: ``samples/``).

What it writes into ``--out``:

* 8 short two-party calls, stereo 8 kHz, agent on channel 0 (left) and customer on
  channel 1 (right).  Each turn is spoken by espeak-ng (agent ``en-us``, a second agent
  ``en-us+m3`` after a transfer, customers ``en-gb`` / ``en-gb+f3``), resampled and
  trimmed with sox and laid out so turns alternate with short gaps; the other channel
  is digital silence meanwhile.  The transfer call holds ~15 s of sox-synthesised hold
  music on the agent channel.  Encodings: PCM16 WAV (4 calls), mu-law WAV, A-law WAV,
  FLAC and MP3 (one each).
* ``scripts.json``: per call ``{call_id, file, encoding, duration_s, hold_segments,
  turns: [{speaker, text, start_s, end_s}]}`` with the exact text and placement.
* ``calls/*``: the stereo calls.
* ``chats/*.json``: 3 chat transcripts following ``src/convo/data/transcript.schema.json``.
* ``ops.csv``: one operational row per call and per chat (``region`` is a custom column).

Output is deterministic: fixed voices, speeds, gap seed and ``sox -R -D`` (no dither).
Usage: ``python scripts/make_demo_calls.py [--out samples]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _soundtools import n_samples, require_tools, run

RATE = 8000
SEED = 20261102
VOICES = {"agent": ("en-us", 160), "agent2": ("en-us+m3", 160)}
HOLD_SECONDS = 15.0
HOLD = "<hold>"
SOX = ["sox", "-R", "-D", "-V1"]  # repeatable, no dither, quiet
ENCODINGS = {  # encoding name -> (file suffix, sox output options)
    "pcm16": (".wav", ["-e", "signed-integer", "-b", "16"]),
    "ulaw": (".wav", ["-e", "u-law"]),
    "alaw": (".wav", ["-e", "a-law"]),
    "flac": (".flac", ["-b", "16", "-C", "8", "--comment", ""]),
    "mp3": (".mp3", []),  # encoded by ffmpeg: its LAME header lets decoders drop the delay
}
FFMPEG_MP3 = ["-c:a", "libmp3lame", "-b:a", "32k", "-map_metadata", "-1",
              "-fflags", "+bitexact", "-flags:a", "+bitexact"]


@dataclass(frozen=True)
class Call:
    call_id: str
    encoding: str
    customer_voice: tuple[str, int]
    turns: tuple[tuple[str, str], ...]  # (role, text); role agent|agent2|customer|<hold>


GB, GBF = ("en-gb", 150), ("en-gb+f3", 150)
A, A2, C = "agent", "agent2", "customer"
GREETING = "Thank you for calling {}. How can I help you today?"

CALLS: tuple[Call, ...] = (
    Call("demo-001-quick-resolution", "pcm16", GB, (
        (A, GREETING.format("technical support")),
        (C, "I forgot my password and cannot log in."),
        (A, "I have emailed you a link to reset your password."),
        (C, "Got it. The new password works. Thanks."),
        (A, "You are welcome. Goodbye."))),
    Call("demo-002-transfer-hold-music", "mp3", GBF, (
        (A, GREETING.format("the billing team")),
        (C, "My internet has been down since this morning."),
        (A, "I will transfer you to technical support. Please hold."),
        (HOLD, ""),
        (A2, "Technical support here. There is a network problem in your area."),
        (C, "When will it be fixed?"),
        (A2, "Within two hours."),
        (C, "Okay, thank you."))),
    Call("demo-003-repeat-caller", "pcm16", GB, (
        (A, GREETING.format("the billing team")),
        (C, "This is the third time I'm calling about my refund."),
        (A, "I am very sorry about that. Your refund will be paid today."),
        (C, "Please make sure it happens this time."),
        (A, "I will. You will get an email to confirm it."))),
    Call("demo-004-angry-customer", "ulaw", GB, (
        (A, GREETING.format("orders")),
        (C, "My order is two weeks late and nobody has told me anything."),
        (A, "I am sorry for the delay. Let me check your order."),
        (C, "This is not acceptable. I want to speak to a manager right now."),
        (A, "I understand. I will connect you with my manager."))),
    Call("demo-005-card-payment", "flac", GB, (
        (A, GREETING.format("the billing team")),
        (C, "I would like to pay my bill with a credit card."),
        (A, "Sure. Please read me the card number."),
        (C, "Four one one one, one one one one, one one one one, one one one one."),
        (A, "Thank you. Your payment is complete."))),
    Call("demo-006-confused-customer", "alaw", GBF, (
        (A, GREETING.format("the billing team")),
        (C, "I do not understand this charge on my bill."),
        (A, "That is a one time setup fee for your new service."),
        (C, "Sorry, could you repeat that please?"),
        (A, "Of course. It is a one time setup fee. It will not appear again."),
        (C, "Oh, I see. Thank you."))),
    Call("demo-007-cancellation", "pcm16", GBF, (
        (A, GREETING.format("the billing team")),
        (C, "I would like to cancel my subscription, please."),
        (A, "Done. Your subscription is cancelled and you will get a refund for this month."),
        (C, "Great, thank you."),
        (A, "You are welcome. Goodbye."))),
    Call("demo-008-delivery-tracking", "pcm16", GB, (
        (A, GREETING.format("orders")),
        (C, "Where is my package? I ordered it last week."),
        (A, "It is out for delivery and will arrive today."),
        (C, "Can you give me the tracking number?"),
        (A, "Yes, I will text the number to your phone right now."))),
)

# call_id, started_at, queue, agent_id, customer_id, wait_time_s, escalated, resolved, region.
# The repeat caller (003) shares customer C-2041 with the earlier cancellation call (007).
OPS_TABLE = """
demo-001-quick-resolution     2026-11-02T09:14:05Z tech_support A-101 C-1187  42 false true  us-east
demo-002-transfer-hold-music  2026-11-03T13:02:47Z billing      A-102 C-1322  95 false true  us-west
demo-003-repeat-caller        2026-11-12T10:31:20Z billing      A-103 C-2041 180 false false eu-west
demo-004-angry-customer       2026-11-06T16:45:09Z orders       A-104 C-1509 310 true  false us-east
demo-005-card-payment         2026-11-09T11:20:33Z billing      A-102 C-1733  28 false true  us-west
demo-006-confused-customer    2026-11-10T15:08:51Z billing      A-101 C-1890  64 false true  eu-west
demo-007-cancellation         2026-11-04T08:55:12Z billing      A-103 C-2041  71 false true  eu-west
demo-008-delivery-tracking    2026-11-18T14:12:40Z orders       A-104 C-2210  19 false true  us-east
chat-001-order-not-arrived    2026-11-05T19:22:10Z orders       A-201 C-3012  35 false true  us-east
chat-002-refund-question      2026-11-11T12:40:02Z billing      A-202 C-3145  12 false true  eu-west
chat-003-account-locked       2026-11-19T07:58:44Z tech_support A-201 C-3388  58 false true  us-west
"""
OPS = {line.split()[0]: line.split() for line in OPS_TABLE.strip().splitlines()}

CHATS: dict[str, tuple[tuple[str, str], ...]] = {
    "chat-001-order-not-arrived": (
        (C, "Hi, my order was supposed to arrive yesterday but it has not come."),
        (A, "Sorry to hear that. Can you share your order number?"),
        (C, "It is 58213."),
        (A, "Thanks. The courier shows a delay at the local depot."),
        (C, "So when will I get it?"),
        (A, "It is scheduled for delivery tomorrow before noon."),
        (C, "Okay, thanks for checking.")),
    "chat-002-refund-question": (
        (C, "Hello, I returned a jacket last week. When will I get my refund?"),
        (A, "Let me look into it. Your return was received on Monday."),
        (A, "Refunds take three to five business days to show on your card."),
        (C, "Will I get an email when it is sent?"),
        (A, "Yes, you will get a confirmation email as soon as it is processed."),
        (C, "Perfect, thank you.")),
    "chat-003-account-locked": (
        (C, "My account is locked after too many login attempts."),
        (A, "I can help with that. Please confirm the email on the account."),
        (C, "It is the same one I am chatting from."),
        (A, "Thanks, I have verified it and unlocked your account."),
        (A, "Please reset your password before you log in again."),
        (C, "It works now. Thanks a lot!"),
        (A, "You are welcome. Have a good day.")),
}


def speak(text: str, voice: tuple[str, int], out: Path) -> int:
    """Render ``text`` to mono 8 kHz PCM16 with leading/trailing silence trimmed."""
    raw = out.with_suffix(".raw.wav")
    run(["espeak-ng", "-v", voice[0], "-s", str(voice[1]), "-g", "1", "-w", str(raw), text])
    trim = ["silence", "1", "0.02", "0.5%"]
    run([*SOX, str(raw), "-r", str(RATE), "-b", "16", str(out), *trim, "reverse", *trim,
         "reverse", "norm", "-3"])
    return n_samples(out)


def silence(samples: int, out: Path) -> Path:
    run([*SOX, "-r", str(RATE), "-c", "1", "-n", "-b", "16", str(out),
         "trim", "0", f"{samples}s"])
    return out


def midi_hz(note: int) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def hold_music(seconds: float, out: Path, work: Path) -> int:
    """A looping C-Am-F-G arpeggio (triangle) over sine chord pads, trimmed to ``seconds``."""
    bars = []
    for i, chord in enumerate(([60, 64, 67], [57, 60, 64], [53, 57, 60], [55, 59, 62])):
        notes = []
        for j, k in enumerate((0, 1, 2, 1, 0, 2, 1, 2)):
            note = work / f"note{i}{j}.wav"
            run([*SOX, "-r", str(RATE), "-c", "1", "-n", "-b", "16", str(note),
                 "synth", "0.25", "triangle", f"{midi_hz(chord[k] + 12):.2f}",
                 "fade", "q", "0.01", "0.25", "0.1"])
            notes.append(str(note))
        melody, pad, bar = work / f"mel{i}.wav", work / f"pad{i}.wav", work / f"bar{i}.wav"
        run([*SOX, *notes, str(melody)])
        run([*SOX, "-r", str(RATE), "-c", "3", "-n", "-c", "1", "-b", "16", str(pad),
             "synth", "2", *[a for n in chord for a in ("sine", f"{midi_hz(n):.2f}")], "remix", "-",
             "fade", "0.05", "2", "0.3"])
        run([*SOX, "-m", "-v", "0.6", str(melody), "-v", "0.4", str(pad), str(bar)])
        bars.append(str(bar))
    loops = int(seconds // 8) + 1
    run([*SOX, *bars, str(out), "repeat", str(loops), "trim", "0", f"{int(seconds * RATE)}s",
         "fade", "0.3", "0", "0.5", "norm", "-6"])
    return n_samples(out)


def render_call(call: Call, out_dir: Path, work: Path) -> tuple[dict[str, object], float, float]:
    """Synthesise one call; return its scripts.json entry, duration and hold time (s)."""
    rng = random.Random(f"{SEED}:{call.call_id}")
    cursor = int(0.5 * RATE)
    lead = str(silence(cursor, work / f"{call.call_id}-lead.wav"))
    chans: tuple[list[str], list[str]] = ([lead], [lead])
    turns: list[dict[str, object]] = []
    holds: list[list[float]] = []
    for i, (role, text) in enumerate(call.turns):
        seg = work / f"{call.call_id}-{i}.wav"
        if role == HOLD:
            n = hold_music(HOLD_SECONDS, seg, work)
            holds.append([round(cursor / RATE, 3), round((cursor + n) / RATE, 3)])
        else:
            n = speak(text, call.customer_voice if role == C else VOICES[role], seg)
            turns.append({"speaker": "customer" if role == C else "agent", "text": text,
                          "start_s": round(cursor / RATE, 3),
                          "end_s": round((cursor + n) / RATE, 3)})
        ch = 1 if role == C else 0
        gap = int(rng.uniform(0.3, 0.7) * RATE)
        chans[ch].append(str(seg))
        chans[1 - ch].append(str(silence(n, work / f"{call.call_id}-{i}-sil.wav")))
        for c in (0, 1):
            chans[c].append(str(silence(gap, work / f"{call.call_id}-{i}-gap{c}.wav")))
        cursor += n + gap
    left, right = work / f"{call.call_id}-L.wav", work / f"{call.call_id}-R.wav"
    run([*SOX, *chans[0], str(left)])
    run([*SOX, *chans[1], str(right)])
    suffix, opts = ENCODINGS[call.encoding]
    target = out_dir / f"{call.call_id}{suffix}"
    merged = work / f"{call.call_id}-LR.wav" if call.encoding == "mp3" else target
    run([*SOX, "-M", str(left), str(right), "-r", str(RATE), "-c", "2", *opts, str(merged)])
    if call.encoding == "mp3":
        run(["ffmpeg", "-v", "error", "-y", "-i", str(merged), *FFMPEG_MP3, str(target)])
    duration = float(run(["soxi", "-D", str(merged)]).strip())
    entry = {"call_id": call.call_id, "file": f"{out_dir.name}/{target.name}", "encoding": call.encoding,
             "duration_s": round(duration, 3), "hold_segments": holds, "turns": turns}
    return entry, duration, sum(end - start for start, end in holds)


def chat_doc(call_id: str, turns: tuple[tuple[str, str], ...]) -> tuple[dict[str, object], float]:
    """A transcript.schema.json document with plausible typing times, and its length (s)."""
    rng = random.Random(f"{SEED}:{call_id}")
    t = 0.0
    out: list[dict[str, object]] = []
    for role, text in turns:
        start = t + rng.uniform(4, 20)
        end = start + len(text) / rng.uniform(4, 7)  # typing speed, characters per second
        out.append({"speaker": "customer" if role == C else "agent", "text": text,
                    "start_s": round(start, 1), "end_s": round(end, 1)})
        t = end
    return {"call_id": call_id, "channel": "chat", "language": "en",
            "metadata": {"source": "web_chat", "synthetic": True}, "turns": out}, t


def ops_row(call_id: str, channel: str, handle: float, hold: float, transfers: int) -> list[str]:
    """One ops.csv row: the fixed OPS_TABLE fields plus the measured times."""
    _, started, queue, agent, customer, wait, escalated, resolved, region = OPS[call_id]
    return [call_id, started, channel, queue, agent, customer, wait, f"{hold:.1f}",
            str(int(hold > 0)), str(transfers), f"{handle:.1f}", escalated, resolved, region]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("samples"), help="output folder")
    args = parser.parse_args(argv)
    require_tools("espeak-ng", "sox", "soxi", "ffmpeg")
    out: Path = args.out
    (out / "chats").mkdir(parents=True, exist_ok=True)
    (out / "calls").mkdir(parents=True, exist_ok=True)
    header = ["call_id", "started_at", "channel", "queue", "agent_id", "customer_id",
              "wait_time_s", "hold_time_s", "hold_count", "transfer_count", "handle_time_s",
              "escalated", "resolved", "region"]
    rows: list[list[str]] = []
    scripts: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="convo-demo-") as tmp:
        for call in CALLS:
            entry, duration, hold = render_call(call, out / "calls", Path(tmp))
            scripts.append(entry)
            transfers = int(any(role == A2 for role, _ in call.turns))
            rows.append(ops_row(call.call_id, "voice", duration, hold, transfers))
            print(f"{entry['file']:40s} {duration:6.2f} s  {call.encoding}")
    for call_id, turns in CHATS.items():
        doc, length = chat_doc(call_id, turns)
        (out / "chats" / f"{call_id}.json").write_text(json.dumps(doc, indent=2) + "\n")
        rows.append(ops_row(call_id, "chat", length, 0.0, 0))
    (out / "scripts.json").write_text(json.dumps(scripts, indent=2) + "\n")
    rows.sort(key=lambda r: r[1])
    with open(out / "ops.csv", "w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {len(CALLS)} calls, {len(CHATS)} chats to {out}/ ({total / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
