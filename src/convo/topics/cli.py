"""``convo topics``: fit, update, show and publish topics (registered in ``convo.cli``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from convo.errors import ConvoError

topics_app = typer.Typer(help="Topics: discover and track contact reasons in customer text (hdbscan).", no_args_is_help=True)
console = Console(stderr=True)
out_console = Console()

DataDirs = Annotated[list[Path], typer.Option("--data", help="A run directory written by `convo run` (repeat for several).")]
TopicsDir = Annotated[Path, typer.Argument(help="A topics folder written by `convo topics fit`.")]


def _fail(exc: Exception) -> None:
    console.print(f"error: {exc}", markup=False, soft_wrap=True, style="red")
    raise typer.Exit(1 if isinstance(exc, ConvoError) else 2) from None


def _print_summary(model, path: Path, top: int) -> None:
    s = model.summary()
    out_console.print(
        f"window {s['window']}: {s['n_units']} {s['unit']}s from {s['n_calls']} calls "
        f"({s['n_short_dropped']} short acknowledgements dropped); {s['n_new_topics']} new topics, {s['n_topics']} in all; "
        f"hdbscan{' (on what no topic took)' if s['window'] else ''} left {100 * s['outlier_share_clustered']:.1f}% "
        f"as outliers, {100 * s['outlier_share']:.1f}% "
        f"still without a topic after outlier reduction; {s['seconds']:.1f} s → {path}", markup=False, soft_wrap=True)
    if s["emerging"]:
        out_console.print(f"emerging: topics {', '.join(map(str, s['emerging']))}", markup=False)
    _print_topics(model.topics_, top)


def _print_topics(topics, top: int) -> None:
    table = Table("id", "label", "size", "calls", "share", "emerging", "mean CES", "example")
    rows = topics.sort_by([("size", "descending")]).slice(0, top).to_pylist()
    for r in rows:
        example = r["representatives"][0]["text"][:70] if r["representatives"] else ""
        ces = f"{r['mean_ces']:.2f}" if r["mean_ces"] is not None else "–"
        table.add_row(str(r["topic_id"]), r["label"], str(r["size"]), str(r["n_calls"]), f"{100 * (r['share'] or 0):.1f}%",
                      "yes" if r["emerging"] else "", ces, example)
    out_console.print(table)


@topics_app.command("fit")
def fit(
    data: DataDirs,
    out: Annotated[Path, typer.Option("--out", help="The topics folder to write.")],
    unit: Annotated[str, typer.Option("--unit", help="utterance: cluster customer utterances; call: one vector per call (mean of its customer utterances).")] = "utterance",
    min_cluster_size: Annotated[Optional[int], typer.Option("--min-cluster-size", help="Smallest topic (default: 0.5% of the points clustered, at least 5).")] = None,
    min_samples: Annotated[Optional[int], typer.Option("--min-samples", help="hdbscan min_samples (default: min(min_cluster_size, 10)).")] = None,
    selection: Annotated[str, typer.Option("--selection", help="hdbscan cluster selection: leaf (finer) or eom (broader).")] = "leaf",
    min_coherence: Annotated[float, typer.Option("--min-coherence", help="Median cosine to the centroid a topic's members need.")] = 0.25,
    n_components: Annotated[int, typer.Option("--n-components", help="PCA dimensions clustered in.")] = 10,
    max_fit_points: Annotated[int, typer.Option("--max-fit-points", help="hdbscan runs on a sample this large; the rest is assigned.")] = 15_000,
    speaker: Annotated[list[str], typer.Option("--speaker", help="Roles whose utterances are clustered.")] = ["customer"],  # noqa: B006 - typer reads defaults
    min_content_tokens: Annotated[int, typer.Option("--min-content-tokens", help="Words beyond stop words and acknowledgements an utterance needs.")] = 1,
    emerging_factor: Annotated[float, typer.Option("--emerging-factor", help="Share rise over the previous window that flags a topic emerging.")] = 2.0,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    top: Annotated[int, typer.Option("--top", help="Topics to print.")] = 15,
) -> None:
    """Find topics in the customer text of one or more runs; write TOPICS_DIR."""
    from convo.topics.data import load_units
    from convo.topics.model import TopicModel
    from convo.topics.options import TopicOptions

    try:
        options = TopicOptions(unit=unit, speakers=tuple(speaker), min_content_tokens=min_content_tokens,
                               n_components=n_components, min_cluster_size=min_cluster_size, min_samples=min_samples,
                               cluster_selection=selection, min_coherence=min_coherence, max_fit_points=max_fit_points,
                               emerging_factor=emerging_factor, seed=seed)
        model = TopicModel(options).fit(load_units(data, options))
        model.save(out)
    except (ConvoError, ValueError) as exc:
        _fail(exc)
    _print_summary(model, out, top)


@topics_app.command("update")
def update(
    data: DataDirs,
    model_dir: Annotated[Path, typer.Option("--model", help="The topics folder to update (in place unless --out).")],
    out: Annotated[Optional[Path], typer.Option("--out", help="Write the updated topics here instead.")] = None,
    emerging_factor: Annotated[Optional[float], typer.Option("--emerging-factor", help="Share rise over the previous window that flags a topic emerging (default: the model's).")] = None,
    min_emerging_calls: Annotated[Optional[int], typer.Option("--min-emerging-calls", help="Calls an emerging topic needs in the window.")] = None,
    top: Annotated[int, typer.Option("--top", help="Topics to print.")] = 15,
) -> None:
    """Assign new runs to the existing topics (ids never change), add new topics, flag emerging ones."""
    from convo.topics.data import load_units
    from convo.topics.model import TopicModel

    try:
        model = TopicModel.load(model_dir)
        changes = {k: v for k, v in (("emerging_factor", emerging_factor), ("min_emerging_calls", min_emerging_calls)) if v is not None}
        if changes:
            model.options_ = replace(model.options_, **changes)
        model.update(load_units(data, model.options_))
        model.save(out or model_dir)
    except (ConvoError, ValueError) as exc:
        _fail(exc)
    _print_summary(model, out or model_dir, top)


@topics_app.command("show")
def show(
    path: TopicsDir,
    top: Annotated[int, typer.Option("--top", help="Topics to print.")] = 30,
    topic: Annotated[Optional[int], typer.Option("--topic", help="Print one topic in full.")] = None,
) -> None:
    """Print a topics folder: the largest topics, or one topic's keywords, examples and trend."""
    import pyarrow.compute as pc

    from convo.topics.model import TopicModel

    try:
        model = TopicModel.load(path)
    except ConvoError as exc:
        _fail(exc)
    if topic is None:
        _print_summary(model, path, top)
        return
    rows = model.topics_.filter(pc.equal(model.topics_["topic_id"], topic)).to_pylist()
    if not rows:
        _fail(ValueError(f"no topic {topic} in {path}; ids are {', '.join(map(str, model.topics_['topic_id'].to_pylist()))}"))
    r = rows[0]
    out_console.print(f"topic {r['topic_id']}: {r['label']}  ({r['size']} units, {r['n_calls']} calls, "
                      f"emerging: {'yes' if r['emerging'] else 'no'})", markup=False)
    out_console.print("keywords: " + ", ".join(r["keywords"]), markup=False)
    for ex in r["representatives"]:
        out_console.print(f"  - [{ex['call_id']}] {ex['text']}", markup=False, soft_wrap=True)
    trend = model.trends_.filter(pc.equal(model.trends_["topic_id"], topic)).to_pylist()
    for w in trend:
        ces = f"{w['mean_ces']:.2f}" if w["mean_ces"] is not None else "–"
        out_console.print(f"  {w['week'] or 'no date'}: {w['volume']} calls ({100 * (w['share'] or 0):.1f}%), mean CES {ces}", markup=False)


@topics_app.command("publish")
def publish(
    path: TopicsDir,
    tenant: Annotated[str, typer.Option("--tenant", help="The tenant whose calls the topics were fitted on.")],
    data: Annotated[Path, typer.Option("--data", envvar="CONVO_DATA_DIR", help="The store's data directory.")],
) -> None:
    """Copy a topics folder into the store for a tenant (served at /v1/topics)."""
    from convo.store.db import Store
    from convo.store.topics import publish_topics

    try:
        store = Store.open(data, create=False)
    except ConvoError as exc:
        _fail(exc)
    try:
        result = publish_topics(store, path, tenant)
    except (ConvoError, ValueError) as exc:
        _fail(exc)
    finally:
        store.close()
    dropped = f"; {result['calls_dropped']} calls not in the store dropped" if result["calls_dropped"] else ""
    out_console.print(f"published {result['topics']} topics over {result['calls']} calls to tenant {tenant}{dropped}",
                      markup=False)
