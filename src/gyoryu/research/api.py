"""JSON API of trends: the same filters as the page and `gyoryu trends`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from gyoryu.research import rules as _rules  # noqa: F401  (registers research.* rules)
from gyoryu.research import service
from gyoryu.research.schemas import (
    NewOrganisationsOut,
    OutcomeTrendsOut,
    TrendArticlesOut,
    TrendsOut,
    parse_query,
)
from gyoryu.web.deps import DbSession, require

router = APIRouter(tags=["research"])


def _query(by, start, end, type, country_pair, sector, cluster, org, undated):
    return parse_query(by=by, **{"from": start, "to": end}, type=type, country_pair=country_pair,
                       sector=sector, cluster=cluster, org=org, undated=undated)


Start = Annotated[str | None, Query(alias="from", description="2025, 2025Q1 or 2025-01")]
End = Annotated[str | None, Query(alias="to", description="2026, 2026Q4 or 2026-12")]


@router.get("/trends", response_model=None, responses={200: {"model": TrendsOut}})
def get_trends(
    db: DbSession,
    by: str = "month",
    start: Start = None,
    end: End = None,
    type: str | None = None,
    country_pair: str | None = None,
    sector: str | None = None,
    cluster: str | None = None,
    org: str | None = None,
    undated: bool = False,
    articles: bool = False,
) -> JSONResponse:
    """News events counted by `by` (comma-separated: month, quarter, year, type, country_pair, and
    one of sector, cluster, org), filtered by period (`from`, `to`), event `type`s,
    `country_pair` (KR→CN, CN–KR, KR, or `none`), `sector`, `cluster`, `org`. Each row has the
    `by` keys and `count`; with `articles=true`, the ids of the articles behind it (also
    `GET /api/trends/articles` with the row's values as filters)."""
    query = _query(by, start, end, type, country_pair, sector, cluster, org, undated)
    # sent as built (documented by TrendsOut): a row has only its `by` keys, a null is a value
    return JSONResponse({"rows": service.trends(db=db, query=query, articles=articles)})


@router.get("/trends/articles", response_model=TrendArticlesOut)
def get_trend_articles(
    db: DbSession,
    start: Start = None,
    end: End = None,
    type: str | None = None,
    country_pair: str | None = None,
    sector: str | None = None,
    cluster: str | None = None,
    org: str | None = None,
    undated: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict:
    """The articles behind a trend's cell, newest first, with how many of their events it counts."""
    query = _query(None, start, end, type, country_pair, sector, cluster, org, undated)
    found, total = service.articles(db=db, query=query, limit=limit, offset=offset)
    return {"articles": found, "total": total}


@router.get("/trends/new-organisations", response_model=NewOrganisationsOut)
def get_new_organisations(db: DbSession, start: Start = None, end: End = None) -> dict:
    """Organisations seen in the news for the first time, by month, with the article of each."""
    return {"rows": service.new_organisations(db=db, query=parse_query(**{"from": start, "to": end}))}


@router.get("/trends/outcomes", dependencies=[require("research.outcomes")],
            response_model=OutcomeTrendsOut)
def get_outcome_trends(db: DbSession, start: Start = None, end: End = None) -> dict:
    """Outcome steps by month and stage, with the relations behind them and amounts by currency."""
    q = parse_query(**{"from": start, "to": end})
    return {"rows": service.outcome_steps(db=db, start=q.start, end=q.end)}
