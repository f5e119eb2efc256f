"""The graph page (sigma.js + graphology, served from /static/vendor, no CDN), its export
downloads, and the organisation page's partners with the strongest stage reached."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from jinja2 import pass_context
from sqlalchemy import select
from sqlalchemy.orm import object_session

from gyoryu.accounts.rules import allowed
from gyoryu.directory.models import Sector
from gyoryu.graph import rules as _rules  # noqa: F401  (registers graph.* rules)
from gyoryu.graph import service
from gyoryu.graph.enums import LABELS, EdgeKind
from gyoryu.graph.schemas import parse_query
from gyoryu.outcomes.enums import LABELS as OUTCOME_LABELS
from gyoryu.outcomes.enums import RANK
from gyoryu.programs.models import Program
from gyoryu.web.deps import DbSession, T, require
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)
FILTERS = ("year", "program", "country", "sector", "stage", "kinds", "center", "hops")


@pass_context
def partners_of(context, request: Request, org_id: int) -> list:
    """The organisation page's partners, for readers allowed to see them (a template global, so
    the directory's page needs no import of this domain)."""
    user, org = context.get("user"), context.get("org")
    if not allowed("graph.partners", user, org):
        return []
    db = context.get("db") or (object_session(org) if org is not None else None)
    if db is not None:
        return service.partners(db=db, org_id=org_id)
    with request.app.state.sessions() as own:
        return service.partners(db=own, org_id=org_id)


@pass_context
def edge_label(context, kind: str) -> str:
    return context["translator"].pgettext(*LABELS[kind])


@pass_context
def stage_label(context, stage: str) -> str:
    return context["translator"].pgettext(*OUTCOME_LABELS["stage"][stage])


templates.env.globals.update(partners_of=partners_of, edge_label=edge_label, stage_label=stage_label)


def _filters(request: Request) -> dict[str, str]:
    """The page's filters from its address; ticked kinds (several `kinds=`) as one list."""
    values = {k: request.query_params.get(k, "").strip() for k in FILTERS}
    values["kinds"] = ",".join(v for v in request.query_params.getlist("kinds") if v.strip())
    return values


@router.get("/graph")
def graph_page(request: Request, db: DbSession, t: T, user: Annotated[object, require("graph.view")]):
    values = _filters(request)
    parse_query(**values)  # a bad filter is a 400 naming it, before the page loads its data
    api = "/api/graph?" + urlencode({k: v for k, v in values.items() if v})
    return render(request, "graph/page.html", t, user=user, values=values, api=api,
                  kinds=list(EdgeKind), stages=[s for s, r in RANK.items() if r],
                  programs=list(db.scalars(select(Program).order_by(Program.starts_on.desc()))),
                  sectors=list(db.scalars(select(Sector).order_by(Sector.key))))


@router.get("/graph/export")
def graph_export(request: Request, db: DbSession, user: Annotated[object, require("graph.view")],
                 format: str = "graphml"):
    values = {k: v or None for k, v in _filters(request).items()}
    body = service.export(db=db, fmt=format, query=parse_query(**values, max_edges=10_000_000))
    media = {"graphml": "application/xml", "gexf": "application/xml"}.get(format, "application/json")
    return Response(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="gyoryu-graph.{format}"'})
