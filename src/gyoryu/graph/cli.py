"""`gyoryu graph export`: the relationship graph for Gephi (GraphML, GEXF) or scripts (JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

graph_app = typer.Typer(help="The relationship graph between organisations.", no_args_is_help=True)


@graph_app.command("export")
def export(
    format: str = typer.Option("graphml", "--format", "-f", help="graphml | gexf | json"),
    output: Path | None = typer.Option(None, "--output", "-o"),
    year: str | None = None,
    program: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    stage: str | None = None,
    kinds: str | None = typer.Option(None, help="Comma-separated: meeting,outcome,news,program,cluster"),
    center: str | None = typer.Option(None, help="An organisation's key or id: its neighbourhood."),
    hops: int = 2,
) -> None:
    """Export the graph: nodes carry key, names per language, country and kind; edges type and year."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.graph import service
    from gyoryu.graph.schemas import parse_query

    try:
        with transaction(get_engine()) as db:  # a stale edge table is rebuilt and kept
            query = parse_query(year=year, program=program, country=country, sector=sector, stage=stage,
                                kinds=kinds, center=center, hops=hops, max_edges=10_000_000)
            data = service.export(db=db, fmt=format, query=query)
    except GyoryuError as exc:
        typer.echo(exc.message(), err=True)
        raise typer.Exit(2) from None
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.write(b"\n")
