"""`gyoryu trends` and `gyoryu report build`: thin commands over the research services."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from gyoryu.errors import GyoryuError

# Imported by gyoryu.cli on every call: the database and the services load in the commands.

report_app = typer.Typer(help="Periodic reports: the Korea–China AI exchange in a year, quarter or month.",
                         no_args_is_help=True)


def _fail(exc: GyoryuError, code: int = 2):
    typer.echo(exc.message(), err=True)
    raise typer.Exit(code)


def trends(
    by: Annotated[str, typer.Option(help="Comma-separated: month, quarter, year, type, country_pair, "
                                         "and one of sector, cluster, org.")] = "month",
    start: Annotated[str | None, typer.Option("--from", help="First period: 2025, 2025Q1 or 2025-01.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last period: 2026, 2026Q4 or 2026-12.")] = None,
    type: Annotated[str | None, typer.Option(help="Event types, comma-separated.")] = None,
    country_pair: Annotated[str | None, typer.Option(help="KR→CN, CN→KR, CN–KR, KR, … or 'none'.")] = None,
    sector: Annotated[str | None, typer.Option(help="A sector key.")] = None,
    cluster: Annotated[str | None, typer.Option(help="A cluster's place key.")] = None,
    org: Annotated[str | None, typer.Option(help="An organisation's key or id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """News events counted over time and split by type, country pair, sector, cluster or
    organisation; every row lists the articles behind it."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.research import service
    from gyoryu.research.schemas import parse_query

    try:
        with transaction(get_engine()) as db:  # stale facts are refreshed and kept
            query = parse_query(by=by, **{"from": start, "to": end}, type=type, country_pair=country_pair,
                                sector=sector, cluster=cluster, org=org)
            rows = service.trends(db=db, query=query)
    except GyoryuError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps({"rows": rows}, ensure_ascii=False))
        return
    keys = [d.value for d in query.by]
    for r in rows:
        cells = [str(r[k]) if r[k] is not None else "—" for k in keys]
        typer.echo("\t".join([*cells, str(r["count"]), " ".join(map(str, r["articles"][:10]))
                              + (" …" if len(r["articles"]) > 10 else "")]))


@report_app.command("build")
def build(
    period: Annotated[str, typer.Option(help="2026 (a year), 2026Q3 (a quarter) or 2026-07 (a month).")],
    lang: Annotated[str, typer.Option(help="ko, zh or en")] = "ko",
    format: Annotated[str, typer.Option("--format", "-f", help="pdf, xlsx or json")] = "pdf",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """The Korea–China AI exchange report for a period: headline figures, charts, the most active
    organisations and relations, notable events with their sources."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.i18n import LOCALES, Translator
    from gyoryu.research import report
    from gyoryu.research.periods import parse_period

    if lang not in LOCALES:
        typer.echo(f"unknown language '{lang}': use ko, zh or en", err=True)
        raise typer.Exit(2)
    try:
        if format not in ("pdf", "xlsx", "json"):
            raise GyoryuError("E985", value=format)
        p = parse_period(period)
        t = Translator(lang)
        with transaction(get_engine()) as db:
            data = report.build(db=db, period=p, lang=lang)
        if format == "json":
            body = json.dumps(data, ensure_ascii=False, indent=1, default=str).encode()
        elif format == "xlsx":
            body = report.xlsx(data=data, t=t)
        else:
            from gyoryu.research.pages import templates

            body = report.pdf(data=data, t=t, env=templates.env)
    except GyoryuError as exc:
        _fail(exc)
    if output:
        output.write_bytes(body)
    else:
        sys.stdout.buffer.write(body)
