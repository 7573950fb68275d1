"""``convo effort``: fit the CES model on survey answers, rescore runs, show a model (registered in ``convo.cli``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from convo.errors import ConvoError

effort_app = typer.Typer(help="Customer effort (CES 1-7): fit on your surveys, rescore runs, inspect models.",
                         no_args_is_help=True)
console = Console(stderr=True)
out_console = Console()
ModelOpt = Annotated[str, typer.Option("--model", envvar="CONVO_EFFORT_MODEL",
                                       help="Effort model folder, or a name under the models root (default: the shipped one).")]


def _fail(exc: Exception) -> None:
    console.print(f"error: {exc}", markup=False, soft_wrap=True, style="red")
    raise typer.Exit(1 if isinstance(exc, ConvoError) else 2) from None


@effort_app.command("fit")
def fit(
    data: Annotated[list[Path], typer.Option("--data", help="A run directory written by `convo run` (repeat for several).")],
    labels: Annotated[Path, typer.Option("--labels", help="Survey answers: CSV or Parquet with call_id, ces[, scale].")],
    out: Annotated[Path, typer.Option("--out", file_okay=False, help="Folder to write the fitted model and its report into.")],
    base: Annotated[str, typer.Option("--base", help="Model to start from and shrink towards (default: the shipped one).")] = "effort",
    scale: Annotated[str, typer.Option("--scale", help="Scale of answers without a scale column: 1-7 (7 = very easy), 7-1, 1-5, 5-1.")] = "1-7",
    test_size: Annotated[float, typer.Option("--test-size", help="Share of labelled calls held out for the report.")] = 0.2,
    prior_strength: Annotated[float, typer.Option("--prior-strength", min=0.0, help="Pull towards the base model's effects (0 = none).")] = 1.0,
    refit: Annotated[bool, typer.Option("--refit/--no-refit", help="After the held-out report, fit again on all labels.")] = True,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    name: Annotated[Optional[str], typer.Option("--name", help="Model name (default: the folder's).")] = None,
) -> None:
    """Fit the effort model on an organisation's survey answers; write the model, report.json and report.md."""
    from convo.effort.fit import FitOptions, fit_effort

    try:
        options = FitOptions(test_size=test_size, seed=seed, prior_strength=prior_strength, refit_all=refit,
                             default_scale=scale)
        report = fit_effort(data, labels, out, base=base, options=options, name=name)
    except (ConvoError, ValueError) as exc:
        _fail(exc)
    test = report["test"]
    table = Table(title=f"held-out evaluation ({test['n']} answers) → {out}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for label, value in (("Spearman", f"{test['spearman']:.3f}"), ("MAE (CES points)", f"{test['mae']:.3f}"),
                         ("within ±1 point", f"{100 * test['within_1']:.1f}%"),
                         ("AUC high effort", f"{test['auc_high_effort']:.3f}")):
        table.add_row(label, value)
    out_console.print(table)
    out_console.print(f"report: {out / 'report.md'}", markup=False)


@effort_app.command("score")
def score(
    data: Annotated[Path, typer.Option("--data", file_okay=False, help="A run directory written by `convo run`.")],
    model: ModelOpt = "effort",
    device: Annotated[str, typer.Option("--device", help="Feature kernels: cpu, cuda or auto.")] = "cpu",
) -> None:
    """Rescore a run with an effort model: rewrite calls.parquet's effort columns and friction.parquet."""
    from convo.effort.score import load_model, score_run

    try:
        note = score_run(data, load_model(model), device=device)
    except (ConvoError, ValueError) as exc:
        _fail(exc)
    out_console.print(f"scored {note['scored']} calls with {note['model']} → {data / 'calls.parquet'}, "
                      f"{data / 'friction.parquet'}", markup=False)
    if note.get("note"):
        out_console.print(f"note: {note['note']}", markup=False)


@effort_app.command("show")
def show(model: ModelOpt = "effort") -> None:
    """Print a model's drivers: kind, where the effect came from, CES points at each knot."""
    from convo.effort.score import load_model

    try:
        effort_model = load_model(model)
    except ConvoError as exc:
        _fail(exc)
    out_console.print(f"{effort_model.name}: baseline CES {effort_model.baseline:.2f}", markup=False)
    table = Table("driver", "kind", "source", "CES points at knots")
    for row in effort_model.effect_table():
        table.add_row(row["driver"], row["kind"], row["source"],
                      ", ".join(f"{e['value']:g}: {e['ces_points']:+.2f}" for e in row["effects"]))
    out_console.print(table)
