"""``convo``: the command line. Thin commands over library calls; errors print plainly.

Exit codes: 0 success; 1 a convo error (e.g. unknown model); 2 usage error; 3 the run finished
but some inputs failed (see errors.parquet).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

import convo
from convo.errors import ConvoError

app = typer.Typer(help="convo: conversational analytics for contact-centre calls.", no_args_is_help=True, add_completion=False)
console = Console(stderr=True)
out_console = Console()


def _error(message: str) -> None:
    console.print(f"error: {message}", markup=False, soft_wrap=True, style="red")


def _version(value: bool) -> None:
    if value:
        out_console.print(f"convo {convo.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


class _RichProgress:
    """Progress bar: calls done, audio hours transcribed, ETA."""

    def __init__(self) -> None:
        self.bar = Progress(
            TextColumn("[bold]convo run"), BarColumn(), MofNCompleteColumn(), TextColumn("calls"),
            TextColumn("{task.fields[hours]:.2f} h audio"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=console, transient=False,
        )
        self.task = None

    def start(self, total_calls: int, total_audio_s: float, skipped: int) -> None:
        if skipped:
            console.print(f"resuming: {skipped} call(s) already done are skipped")
        self.bar.start()
        self.task = self.bar.add_task("run", total=total_calls, hours=0.0)

    def advance(self, calls: int, audio_s: float) -> None:
        task = self.bar.tasks[0]
        self.bar.update(self.task, advance=calls, hours=task.fields["hours"] + audio_s / 3600)

    def stop(self) -> None:
        self.bar.stop()


def _summary_table(summary) -> Table:
    table = Table(title=f"convo run → {summary.out}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs", str(summary.n_inputs))
    table.add_row("calls written", str(summary.counts["calls"]))
    table.add_row("  of which resumed (already done)", str(summary.skipped))
    table.add_row("utterances", str(summary.counts["utterances"]))
    redacted = summary.counts.get("redactions_by_type") or {}
    table.add_row("PII spans redacted", str(sum(redacted.values())))
    for kind, n in sorted(redacted.items()):
        table.add_row(f"  {kind}", str(n))
    table.add_row("errors", str(summary.counts["errors"]))
    for stage, n in summary.errors_by_stage.items():
        table.add_row(f"  at stage {stage}", str(n))
    for stage, seconds in summary.stage_seconds.items():
        table.add_row(f"time in {stage} (s)", f"{seconds:.1f}")
    table.add_row("wall time (s)", f"{summary.wall_s:.1f}")
    return table


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Audio files, transcript .json/.jsonl files, directories, or manifests (.csv/.parquet with a 'path' column).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run directory to write the dataset into.")],
    ops: Annotated[Optional[Path], typer.Option("--ops", exists=True, dir_okay=False, help="Operational data (CSV/Parquet) joined on call_id.")] = None,
    asr_model: Annotated[str, typer.Option("--asr-model", envvar="CONVO_ASR_MODEL", help="ASR model name or CTranslate2 directory (see `convo models`).")] = "tiny.en",
    device: Annotated[str, typer.Option("--device", help="auto, cpu or cuda.")] = "auto",
    compute_type: Annotated[str, typer.Option("--compute-type", help="CTranslate2 compute type; auto = int8 on CPU, float16 on CUDA.")] = "auto",
    workers: Annotated[int, typer.Option("--workers", min=0, help="Worker processes; 0 = one per two cores.")] = 0,
    language: Annotated[Optional[str], typer.Option("--language", help="Language code (e.g. en); default: detect.")] = None,
    beam_size: Annotated[int, typer.Option("--beam-size", min=1, help="Beam size for decoding.")] = 5,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Audio chunks decoded together per model call.")] = 8,
    channel_roles: Annotated[str, typer.Option("--channel-roles", help="Roles of stereo channels 0,1 (comma-separated).")] = "agent,customer",
    checkpoint_every: Annotated[int, typer.Option("--checkpoint-every", min=1, help="Journal finished calls every N calls (a killed run resumes from there).")] = 8,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help="Redact PII (cards, ids, contact details …) before anything is stored.")] = True,
    redact_entities: Annotated[Optional[str], typer.Option("--redact-entities", help="Comma-separated entity types to redact (default: all, see docs/redaction.md).")] = None,
    redact_audio: Annotated[Optional[Path], typer.Option("--redact-audio", file_okay=False, help="Also write redacted copies of the recordings into this directory.")] = None,
    redact_audio_fill: Annotated[str, typer.Option("--redact-audio-fill", help="What covers redacted audio: tone or silence.")] = "tone",
    understand: Annotated[bool, typer.Option("--understand/--no-understand", help="Roles, intents, emotion, sentiment, markers and embeddings per utterance.")] = True,
    intent_model: Annotated[str, typer.Option("--intent-model", envvar="CONVO_INTENT_MODEL", help="Intent model: a shipped name (retail, banking) or a folder from `convo intents train`.")] = "retail",
    encoder_backend: Annotated[str, typer.Option("--encoder-backend", help="Text encoder backend: auto, torch, onnx, onnx-int8.")] = "auto",
    effort_model: Annotated[str, typer.Option("--effort-model", envvar="CONVO_EFFORT_MODEL", help="Effort (CES) model: the shipped name (effort), a folder from `convo effort fit`, or none to skip.")] = "effort",
) -> None:
    """Transcribe and analyse calls; write calls/utterances/errors Parquet and run.json to OUT."""
    from convo.asr.transcribe import AsrOptions
    from convo.pipeline import RunOptions, run as run_pipeline
    from convo.redact.redactor import RedactOptions
    from convo.understand.stage import UnderstandOptions

    roles = tuple(r.strip().lower() for r in channel_roles.split(","))
    try:
        asr = AsrOptions(model=asr_model, device=device, compute_type=compute_type, beam_size=beam_size,
                         batch_size=batch_size, language=language, channel_roles=roles)
        entities = {e.strip().upper() for e in redact_entities.split(",") if e.strip()} if redact_entities else None
        redaction = RedactOptions(
            enabled=redact, audio_dir=str(redact_audio) if redact_audio else None, audio_fill=redact_audio_fill,
            **({"entities": frozenset(entities)} if entities else {}),
        )
        understanding = UnderstandOptions(enabled=understand, intent_model=intent_model, backend=encoder_backend, device=device)
        if understand:
            understanding.check()
        effort = None if effort_model.lower() == "none" else effort_model
        if effort:
            from convo.effort.score import load_model

            load_model(effort)  # fail before the run, not after it
        options = RunOptions(asr=asr, redact=redaction, understand=understanding, workers=workers,
                             flush_every_calls=checkpoint_every, effort_model=effort)
    except (ValueError, FileNotFoundError, ConvoError) as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    progress = _RichProgress()
    try:
        summary = run_pipeline(inputs, out, ops=ops, options=options, progress=progress)
    except ConvoError as exc:
        progress.stop()
        _error(str(exc))
        raise typer.Exit(1) from None
    progress.stop()
    out_console.print(_summary_table(summary))
    check = "ok" if summary.accounted else "MISMATCH"
    line = f"count check: {summary.n_inputs} inputs = {summary.counts['calls']} calls + {summary.counts['errors']} errors [{check}]"
    out_console.print(line, markup=False)
    _print_effort_note(summary.out)
    raise typer.Exit(summary.exit_code)


def _print_effort_note(out: Path) -> None:
    import json

    try:
        note = json.loads((out / "run.json").read_text(encoding="utf-8")).get("effort")
    except (OSError, ValueError):
        return
    if not note:
        return
    if note.get("status") == "ok":
        out_console.print(f"effort: {note['scored']} calls scored with {note['model']} (friction.parquet written)"
                          + (f"; {note['note']}" if note.get("note") else ""), markup=False)
    else:
        console.print(f"warning: effort pass failed, calls written without CES: {note.get('error')}", markup=False)


@app.command()
def show(
    run_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A run directory written by `convo run`.")],
    call: Annotated[Optional[str], typer.Option("--call", help="Show this call's utterances.")] = None,
    lines: Annotated[int, typer.Option("--lines", min=1, help="Utterances shown per call.")] = 4,
) -> None:
    """Print a run's calls with their first utterances, and its errors."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    calls = pq.read_table(run_dir / "calls.parquet").to_pylist()
    wanted = ["call_id", "speaker", "start_s", "text", "intent", "emotion", "markers"]
    available = pq.read_schema(run_dir / "utterances.parquet").names
    utterances = pq.read_table(run_dir / "utterances.parquet", columns=[c for c in wanted if c in available])
    if call:
        calls = [c for c in calls if c["call_id"] == call]
        if not calls:
            _error(f"no call {call!r} in {run_dir}")
            raise typer.Exit(1)
        lines = utterances.num_rows
    for row in calls:
        head = f"{row['call_id']}  {row['channel']}  {row['duration_s'] or 0:.1f}s  {row['n_utterances']} utterances  lang={row['language']}"
        out_console.print(head, style="bold", markup=False)
        if row.get("intents"):
            reasons = ", ".join(f"{r['label']} {r['score']:.2f}" for r in row["intents"])
            out_console.print(f"   reasons: {reasons}", markup=False)
        mine = utterances.filter(pc.equal(utterances["call_id"], row["call_id"])).slice(0, lines).to_pylist()
        for u in mine:
            start = "" if u["start_s"] is None else f"{u['start_s']:6.1f}s "
            tags = [t for t in (u.get("intent") if u.get("intent") not in (None, "other") else None, u.get("emotion")) if t]
            tags += u.get("markers") or []
            suffix = f"   [{', '.join(tags)}]" if tags else ""
            out_console.print(f"   {start}{u['speaker']:>9}: {u['text']}{suffix}", markup=False)
    errors = pq.read_table(run_dir / "errors.parquet").to_pylist()
    if errors and not call:
        table = Table(title="errors")
        for column in ("input_path", "stage", "error_type", "message"):
            table.add_column(column)
        for err in errors:
            table.add_row(err["input_path"], err["stage"], err["error_type"], err["message"])
        out_console.print(table)


@app.command()
def models() -> None:
    """List the ASR models convo can use, offline ones first."""
    from convo.asr.models import available_models

    table = Table(title="ASR models")
    for column in ("name", "offline", "languages", "source"):
        table.add_column(column)
    for row in available_models():
        table.add_row(row["name"], row["offline"], row["languages"], row["source"])
    out_console.print(table)


keys_app = typer.Typer(help="API keys: create (printed once) and revoke.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
retention_app = typer.Typer(help="Data retention.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
from convo.cli_understand import emotions_app, intents_app  # noqa: E402 - sub-commands

app.add_typer(intents_app, name="intents")
app.add_typer(emotions_app, name="emotions")
app.add_typer(audit_app, name="audit")
app.add_typer(retention_app, name="retention")
from convo.topics.cli import topics_app  # noqa: E402 - sub-commands

app.add_typer(topics_app, name="topics")
from convo.effort.cli import effort_app  # noqa: E402 - sub-commands

app.add_typer(effort_app, name="effort")
DataOpt = Annotated[Path, typer.Option("--data", envvar="CONVO_DATA_DIR", help="The store's data directory.")]


def _open_store(data: Path, *, create: bool = False):
    from convo.store.db import Store

    try:
        return Store.open(data, create=create)
    except ConvoError as exc:
        _error(str(exc))
        raise typer.Exit(1) from None


@app.command()
def ingest(
    run_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A run directory written by `convo run`.")],
    tenant: Annotated[str, typer.Option("--tenant", help="The tenant the calls belong to.")],
    data: DataOpt,
) -> None:
    """Add a finished run to the store (the API serves it)."""
    from convo.store.ingest import ingest_run

    store = _open_store(data, create=True)
    try:
        result = ingest_run(store, run_dir, tenant)
    except (ConvoError, ValueError) as exc:
        _error(str(exc))
        raise typer.Exit(1) from None
    finally:
        store.close()
    out_console.print(f"ingested {result['calls']} calls ({result['utterances']} utterances) into tenant {tenant} as run {result['run_id']}")


@app.command()
def serve(
    data: DataOpt,
    host: Annotated[str, typer.Option("--host", envvar="CONVO_HOST", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="CONVO_PORT", min=1, max=65535)] = 8000,
) -> None:
    """Serve the API (uvicorn). Binding beyond loopback needs at least one API key."""
    import uvicorn

    from convo.api.app import create_app
    from convo.api.settings import Settings, check_safe
    from convo.store.keys import active_key_count

    settings = Settings(data_dir=data, host=host, port=port)
    store = _open_store(data)
    try:
        check_safe(settings, active_key_count(store))
    except ConvoError as exc:
        _error(str(exc))
        raise typer.Exit(1) from None
    finally:
        store.close()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@keys_app.command("create")
def keys_create(
    data: DataOpt,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant the key may read.")],
    role: Annotated[str, typer.Option("--role", help="admin, manager, qa, voc or viewer.")],
) -> None:
    """Create a key; the key is the last line of output and is not shown again."""
    from convo.store.keys import create_key

    store = _open_store(data, create=True)
    try:
        key_id, key = create_key(store, tenant, role)
    except ValueError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    finally:
        store.close()
    out_console.print(f"key {key_id} for tenant {tenant}, role {role} (store it now; it is not shown again):", markup=False)
    print(key)


@keys_app.command("revoke")
def keys_revoke(data: DataOpt, key_id: Annotated[str, typer.Argument(help="The key id (second part of the key).")]) -> None:
    """Revoke a key at once."""
    from convo.store.keys import revoke_key

    store = _open_store(data)
    try:
        if not revoke_key(store, key_id):
            _error(f"no active key {key_id!r}")
            raise typer.Exit(1)
    finally:
        store.close()
    out_console.print(f"revoked {key_id}")


@audit_app.command("verify")
def audit_verify(data: DataOpt) -> None:
    """Check the audit log's hash chain; exit 1 if any entry was altered, removed or reordered."""
    from convo.store.audit import verify

    store = _open_store(data)
    try:
        ok, message = verify(store)
    finally:
        store.close()
    (out_console if ok else console).print(message, markup=False)
    raise typer.Exit(0 if ok else 1)


@retention_app.command("apply")
def retention_apply(
    data: DataOpt,
    days: Annotated[Optional[int], typer.Option("--days", envvar="CONVO_RETENTION_DAYS", min=1, help="Keep calls this many days.")] = None,
) -> None:
    """Delete calls older than the retention period, in tables and Parquet files."""
    from convo.store.privacy import apply_retention

    if days is None:
        _error("no retention period: pass --days N or set CONVO_RETENTION_DAYS")
        raise typer.Exit(2)
    store = _open_store(data)
    try:
        counts = apply_retention(store, days)
    finally:
        store.close()
    out_console.print(f"retention {days} days: deleted " + (", ".join(f"{n} calls in {t}" for t, n in counts.items()) or "nothing"))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
