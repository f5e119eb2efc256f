"""`gyoryu ingest` and `gyoryu extract`: thin commands over the intel service."""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path

import typer

app = typer.Typer(no_args_is_help=True)


class Engine(StrEnum):
    ray = "ray"


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders of .txt/.md/.html; - for stdin."),
    as_json: bool = typer.Option(False, "--json"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines."),
    engine_name: Engine | None = typer.Option(None, "--engine", help="Run extraction on Ray, writing in batches."),
    address: str | None = typer.Option(None, "--address", help="A Ray cluster to join (default: a local one)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Extraction workers (Ray actors)."),
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Articles per transaction (Ray)."),
) -> None:
    """Read news articles, find organisations, people, places and events, and store them once."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.intel import service, sources

    if engine_name is Engine.ray:
        _ingest_on_ray(paths, as_json=as_json, quiet=quiet, address=address, workers=workers,
                       batch_size=batch_size)
        return

    files: list[Path | None] = []
    for p in paths:
        files.extend([None] if str(p) == "-" else sources.expand([p]))
    report = {"stored": 0, "duplicates": 0, "failed": 0, "articles": [], "errors": []}
    engine = get_engine()
    started = time.monotonic()
    for n, path in enumerate(files, start=1):
        name = "-" if path is None else str(path)
        try:
            source = (sources.from_text(sys.stdin.read(), "-") if path is None
                      else sources.read_path(path))
            with transaction(engine) as db:  # one article, one unit of work
                article, created = service.ingest(db=db, source=source)
                article_id, mentions = article.id, len(article.mentions)
        except GyoryuError as exc:
            report["failed"] += 1
            report["errors"].append({"file": name, "code": exc.code, "message": exc.message()})
            typer.echo(f"{name}: {exc.message()}", err=True)
            continue
        report["stored" if created else "duplicates"] += 1
        report["articles"].append({"file": name, "id": article_id, "new": created})
        if not quiet and not as_json:
            verb = "stored" if created else "already stored"
            typer.echo(f"[{n}/{len(files)}] {name}: {verb} as article {article_id}"
                       f" ({mentions} mentions)")
        elif not quiet and n % 50 == 0:
            rate = n / max(time.monotonic() - started, 1e-9)
            typer.echo(f"[{n}/{len(files)}] {rate:.1f} articles/s", err=True)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        typer.echo(f"{report['stored']} stored, {report['duplicates']} already stored, "
                   f"{report['failed']} failed")
    if report["failed"]:
        raise typer.Exit(1)


def _ingest_on_ray(paths: list[Path], *, as_json: bool, quiet: bool, address: str | None, workers: int,
                   batch_size: int) -> None:
    from gyoryu.db import get_engine
    from gyoryu.errors import GyoryuError
    from gyoryu.intel import ingest_ray

    if any(str(p) == "-" for p in paths):
        typer.echo("--engine ray reads files and folders, not standard input", err=True)
        raise typer.Exit(2)

    def progress(r: dict) -> None:
        if not quiet:
            typer.echo(f"{r['stored']} stored, {r['duplicates']} duplicates, {r['failed']} failed", err=True)

    try:
        report = ingest_ray.run(engine=get_engine(), paths=paths, workers=workers, address=address,
                                batch_size=batch_size, progress=progress)
    except GyoryuError as exc:
        typer.echo(exc.message(), err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for e in report["errors"]:
            typer.echo(f"{e['file']}: {e['message']}", err=True)
        typer.echo(f"{report['stored']} stored, {report['duplicates']} already stored, "
                   f"{report['skipped']} skipped (ingested by an earlier run), {report['failed']} failed "
                   f"in {report['seconds']:.1f} s")
    if report["failed"]:
        raise typer.Exit(1)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="An article file (.txt/.md/.html), - for stdin."),
    as_json: bool = typer.Option(False, "--json"),
    save: bool = typer.Option(False, "--save", help="Also store the article and its findings."),
) -> None:
    """Print what the pipeline finds in one article; the database is only read unless --save."""
    from gyoryu.db import get_engine, session_factory, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.intel import service, sources
    from gyoryu.intel.schemas import extraction

    try:
        source = (sources.from_text(sys.stdin.read(), "-") if str(file) == "-"
                  else sources.read_path(file))
    except GyoryuError as exc:
        typer.echo(f"{file}: {exc.message()}", err=True)
        raise typer.Exit(2) from None
    if save:
        with transaction(get_engine()) as db:
            article, _created = service.ingest(db=db, source=source)
            doc, gaz = service.extract(db=db, text=article.text, published=article.published)
    else:
        with session_factory(get_engine())() as db:
            doc, gaz = service.extract(db=db, text=source.text, published=source.published)
    result = extraction(doc, gaz)
    if as_json:
        typer.echo(result.model_dump_json(indent=1))
        return
    typer.echo(f"language {result.language}, date {result.date or '-'}")
    for o in result.organizations:
        typer.echo(f"  org    {o.mention} → {o.canonical_en or '?'} ({o.confidence:.2f})")
    for p in result.people:
        typer.echo(f"  person {p.mention} {p.role or ''} {p.organization or ''}")
    for pl in result.places:
        typer.echo(f"  place  {pl.mention} {pl.country or ''}")
    for e in result.events:
        typer.echo(f"  event  {e.type}: {', '.join(e.actors)} → {', '.join(e.targets)}"
                   f" @ {e.place or '-'} {e.date or ''}")


feeds_app = typer.Typer(help="News feeds (RSS/Atom): add, list, poll.", no_args_is_help=True)


@feeds_app.command("add")
def feeds_add(url: str, name: str = typer.Option("", help="A name to show until the feed names itself."),
              as_json: bool = typer.Option(False, "--json")) -> None:
    """Add an RSS or Atom feed; its articles come in on the next poll."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.intel import feeds

    try:
        with transaction(get_engine()) as db:
            feed = feeds.add_feed(db=db, url=url, name=name or None)
            out = {"id": feed.id, "url": feed.url, "name": feed.name}
    except GyoryuError as exc:
        typer.echo(exc.message(), err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(out, ensure_ascii=False) if as_json else f"feed {out['id']}: {out['url']}")


@feeds_app.command("list")
def feeds_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """Every feed, with the articles it brought in and its last poll."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.intel import feeds

    with session_factory(get_engine())() as db:
        rows = [{"id": f.id, "url": f.url, "name": f.name, "articles": n,
                 "last_polled_at": f.last_polled_at.isoformat() if f.last_polled_at else None,
                 "last_error": f.last_error} for f, n in feeds.list_feeds(db=db)]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        typer.echo(f"{r['id']:>4}  {r['articles']:>5} articles  {r['url']}  {r['name'] or ''}"
                   + (f"  (last error: {r['last_error']})" if r["last_error"] else ""))
    typer.echo(f"({len(rows)} feeds)")


@feeds_app.command("poll")
def feeds_poll(feed: list[int] = typer.Option(None, "--feed", help="Only these feed ids."),
               as_json: bool = typer.Option(False, "--json")) -> None:
    """Fetch what the feeds list that was not read before, and ingest it."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.intel import feeds

    try:
        with transaction(get_engine()) as db:
            report = feeds.poll(db=db, feed_ids=feed or None).as_dict()
    except GyoryuError as exc:
        typer.echo(exc.message(), err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    typer.echo(f"{report['fetched']} fetched, {report['new']} new, {report['duplicates']} duplicates, "
               f"{len(report['failed'])} failed")
    for f in report["failed"]:
        typer.echo(f"  {f['url']}: {f['error']}", err=True)
