"""JSON API of the relationship graph (organisers, the fund and admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from gyoryu.graph import rules as _rules  # noqa: F401  (registers graph.* rules)
from gyoryu.graph import service
from gyoryu.graph.schemas import GraphOut, parse_query
from gyoryu.web.deps import DbSession, require

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=GraphOut, dependencies=[require("graph.view")])
def get_graph(
    db: DbSession,
    year: str | None = None,
    program: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    stage: str | None = None,
    kinds: str | None = None,
    center: str | None = None,
    hops: str | None = None,
    max_edges: Annotated[int, Query(ge=1, le=200_000)] = 50_000,
) -> JSONResponse:
    """Organisations and typed edges (meeting, outcome, news, program, cluster). Filter by
    `year`, `program` (key or id), `country`, `sector`, `stage` (outcome edges at this stage or
    stronger), `kinds` (comma-separated); or give `center` (an organisation's key or id) for
    its neighbourhood of `hops` (default 2)."""
    query = parse_query(year=year, program=program, country=country, sector=sector, stage=stage,
                        kinds=kinds, center=center, hops=hops, max_edges=max_edges)
    # the answer is built from plain tuples and sent as is (documented by GraphOut): validating
    # tens of thousands of nodes and edges again would cost more than the query
    return JSONResponse(service.graph(db=db, query=query).as_json())
