"""``convo intents …`` and ``convo emotions …``: train, evaluate and apply the text heads."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

console = Console(stderr=True)
intents_app = typer.Typer(help="Contact-reason (intent) models: train, eval, predict.", no_args_is_help=True)
emotions_app = typer.Typer(help="Emotion and sentiment per text.", no_args_is_help=True)
logger = logging.getLogger(__name__)

ModelOpt = Annotated[str, typer.Option("--model", help="An intent model folder, or a shipped name (retail, banking).")]
BackendOpt = Annotated[str, typer.Option("--backend", help="Encoder backend: auto, torch, onnx, onnx-int8.")]
DeviceOpt = Annotated[str, typer.Option("--device", help="auto, cpu or cuda.")]


def _fail(message: str, code: int = 1) -> None:
    console.print(f"error: {message}", markup=False, soft_wrap=True, style="red")
    raise typer.Exit(code)


def _read_lines(path: Path) -> list[str]:
    try:
        return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {path}: {exc}")
    return []


def _write_jsonl(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(out)


def _encoder(backend: str, device: str):
    from convo.understand.encoder import Encoder

    try:
        return Encoder(backend=backend, device=device)
    except (ValueError, RuntimeError, FileNotFoundError) as exc:
        _fail(str(exc), 2)


@intents_app.command("train")
def intents_train(
    data: Annotated[Path, typer.Option("--data", exists=True, dir_okay=False, help="Labelled examples: CSV text,label; JSONL with label or labels; or a taxonomy YAML.")],
    out: Annotated[Path, typer.Option("--out", file_okay=False, help="Folder to write the model into.")],
    taxonomy: Annotated[Optional[Path], typer.Option("--taxonomy", exists=True, dir_okay=False, help="Taxonomy YAML giving names and descriptions of the labels.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Model name (default: the taxonomy's or the folder's).")] = None,
    epochs: Annotated[int, typer.Option("--epochs", min=1)] = 8,
    lr: Annotated[float, typer.Option("--lr", help="Learning rate of the fine-tuned top layers.")] = 2e-4,
    holdout: Annotated[float, typer.Option("--holdout", min=0.0, max=0.5, help="Share held out to calibrate out-of-scope and report metrics.")] = 0.1,
    folds: Annotated[int, typer.Option("--folds", min=0, help="Also run k-fold cross-validation (k trainings more) for the card.")] = 0,
    refit: Annotated[bool, typer.Option("--refit/--no-refit", help="After calibrating on the held-out share, train again on all examples.")] = True,
    frozen: Annotated[bool, typer.Option("--frozen", help="Train only a linear layer on the shared embedding (few examples per label).")] = False,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    device: DeviceOpt = "auto",
) -> None:
    """Train an intent model for your taxonomy and write it with a model card."""
    from convo.understand.heads import TrainConfig
    from convo.understand.intents import IntentDataError, load_examples, load_taxonomy, train
    from convo.understand.model_card import write_intent_card

    try:
        examples = load_examples(data)
        tax = load_taxonomy(taxonomy) if taxonomy else (load_taxonomy(data) if data.suffix in (".yaml", ".yml") else None)
        if tax:
            unknown = sorted(set(examples.label_set()) - {r["id"] for r in tax["reasons"]})
            if unknown:
                raise IntentDataError(f"labels not in the taxonomy: {', '.join(unknown[:10])}")
        config = TrainConfig(epochs=epochs, lr=lr, seed=seed, own_top=not frozen)
        encoder = _encoder("torch", device)
        console.print(f"training on {len(examples.texts)} examples, {len(examples.label_set())} labels"
                      f"{' (multi-label)' if examples.multi_label else ''} …")
        metrics = train(examples, out, taxonomy=tax, name=name, encoder=encoder, config=config, holdout=holdout, folds=folds, refit=refit)
    except IntentDataError as exc:
        _fail(str(exc), 2)
    write_intent_card(out, data_description=f"`{data.name}` ({len(examples.texts)} examples)")
    held = {k: (int(v) if k == "n" else v) for k, v in metrics.get("holdout", {}).items()}
    typer.echo(json.dumps({"model": str(out), **held,
                           **({"cross_validation": {k: v for k, v in metrics["cross_validation"].items() if k != "per_fold"}}
                              if "cross_validation" in metrics else {})}))


@intents_app.command("eval")
def intents_eval(
    model: ModelOpt,
    data: Annotated[Path, typer.Option("--data", exists=True, dir_okay=False, help="Labelled examples (CSV, JSONL or taxonomy YAML); label oos = out of scope.")],
    backend: BackendOpt = "auto",
    device: DeviceOpt = "auto",
) -> None:
    """Print one JSON object: accuracy, macro_f1 and, with oos labels, in_scope_accuracy and oos_recall."""
    from convo.understand.intents import IntentDataError, IntentModel, load_examples, metrics, predict_texts

    try:
        intent_model = IntentModel.load(model)
        examples = load_examples(data)
    except (IntentDataError, FileNotFoundError) as exc:
        _fail(str(exc), 2)
    unknown = sorted(set(examples.label_set()) - set(intent_model.reasons))
    if unknown:
        console.print(f"warning: {len(unknown)} gold labels the model does not know (counted as errors): {', '.join(unknown[:5])}")
    predicted = [p["label"] for p in predict_texts(intent_model, examples.texts, _encoder(backend, device))]
    result = metrics(examples.labels, predicted)
    result["n"] = int(result["n"])
    typer.echo(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}))


@intents_app.command("predict")
def intents_predict(
    model: ModelOpt,
    input: Annotated[Path, typer.Option("--input", exists=True, dir_okay=False, help="One text per line.")],
    out: Annotated[Path, typer.Option("--out", dir_okay=False, help="JSONL: one {label, score} per input line.")],
    backend: BackendOpt = "auto",
    device: DeviceOpt = "auto",
) -> None:
    """Label each line of INPUT with a contact reason (or ``other``)."""
    from convo.understand.intents import IntentDataError, IntentModel, predict_texts

    try:
        intent_model = IntentModel.load(model)
    except (IntentDataError, FileNotFoundError) as exc:
        _fail(str(exc), 2)
    texts = _read_lines(input)
    rows = predict_texts(intent_model, texts, _encoder(backend, device)) if texts else []
    _write_jsonl(rows, out)
    console.print(f"{len(rows)} predictions -> {out}")


@emotions_app.command("predict")
def emotions_predict(
    input: Annotated[Path, typer.Option("--input", exists=True, dir_okay=False, help="One text per line.")],
    out: Annotated[Path, typer.Option("--out", dir_okay=False, help="JSONL: {label, scores, sentiment} per input line.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Emotion model folder (default: the shipped one).")] = None,
    backend: BackendOpt = "auto",
    device: DeviceOpt = "auto",
) -> None:
    """Emotion label, per-label scores and sentiment in [-1, 1] for each line of INPUT."""
    from convo.understand.emotion import EmotionModel, predict_texts

    try:
        emotion_model = EmotionModel.load(model)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc), 2)
    texts = _read_lines(input)
    rows = predict_texts(texts, emotion_model, _encoder(backend, device)) if texts else []
    _write_jsonl(rows, out)
    console.print(f"{len(rows)} predictions -> {out}")
