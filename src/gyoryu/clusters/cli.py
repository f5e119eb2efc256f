"""`gyoryu cluster …`: clusters for scripts, over the same functions as the pages and the API."""

from __future__ import annotations

import json

import typer

cluster_app = typer.Typer(help="Technology clusters: overviews and cluster-to-cluster matching.",
                          no_args_is_help=True)


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(2)


@cluster_app.command("match")
def match(
    a: str = typer.Argument(..., help="A cluster's key (kr-pangyo-techno-valley) or id."),
    b: str = typer.Argument(..., help="The other cluster's key or id."),
    limit: int = typer.Option(20, "--limit", min=1, help="How many pairs, best first."),
    lang: str = typer.Option("en", "--lang", help="Language of the reasons: ko | zh | en."),
    as_json: bool = typer.Option(False, "--json",
                                 help='Print [{"a", "b", "score", "reasons"}] for scripts.'),
) -> None:
    """The best pairs of members of two clusters, with the reasons they should meet."""
    from gyoryu.clusters.match import match_clusters
    from gyoryu.clusters.schemas import match_out
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.i18n import Translator

    t = Translator(lang)
    try:
        with transaction(get_engine()) as db:  # keeps the embeddings of texts seen the first time
            found = match_out(match_clusters(db=db, a=a, b=b, limit=limit), t)
    except GyoryuError as exc:
        _fail(exc.message(t))
    if as_json:
        typer.echo(json.dumps([p.model_dump(include={"a", "b", "score", "reasons"}) for p in found.pairs],
                              ensure_ascii=False))
        return
    typer.echo(f"{found.a.key} ↔ {found.b.key}: {found.members[0]} × {found.members[1]} members, "
               f"{found.scored} pairs scored")
    for p in found.pairs:
        typer.echo(f"{p.score:5.1f}  {p.a_name} ↔ {p.b_name}")
        for reason in p.reasons:
            typer.echo(f"       · {reason}")


@cluster_app.command("show")
def show(
    ref: str = typer.Argument(..., help="A cluster's key or id."),
    lang: str = typer.Option("en", "--lang"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """A cluster's members, sector profile, news by month and ties to other clusters."""
    from gyoryu.clusters.overview import cluster_overview
    from gyoryu.clusters.schemas import overview_out
    from gyoryu.clusters.service import get_cluster
    from gyoryu.db import get_engine, session_factory
    from gyoryu.errors import GyoryuError
    from gyoryu.i18n import Translator

    t = Translator(lang)
    with session_factory(get_engine())() as db:
        try:  # the operator's command on the server sees every relation, as `gyoryu graph export` does
            view = overview_out(cluster_overview(db=db, cluster=get_cluster(db=db, ref=ref),
                                                 all_relations=True), t)
        except GyoryuError as exc:
            _fail(exc.message(t))
    if as_json:
        typer.echo(view.model_dump_json(indent=1))
        return
    typer.echo(f"{view.cluster.key}: {len(view.members)} members")
    for s in view.sectors:
        typer.echo(f"  {s.members:>3}  {s.label}")
    for m in view.activity:
        typer.echo(f"  {m.month or 'undated':7}  {m.articles:>5} articles  {m.events:>5} events")
    for tie in view.ties:
        typer.echo(f"  ↔ {tie.cluster.key}: {len(tie.programs)} programs, {len(tie.relations)} relations, "
                   f"{len(tie.events)} news events")
