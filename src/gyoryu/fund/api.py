"""JSON API of the fund: deals, stage moves, memos, scorecards, the rubric, the portfolio and
STAR candidates. Every route answers 403 to anyone outside the fund (checked in the services)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from gyoryu.fund import discovery, memo, scoring, service
from gyoryu.fund.models import Deal
from gyoryu.fund.schemas import (
    CriterionIn,
    CriterionOut,
    DealIn,
    DealOut,
    MemoIn,
    ReviewIn,
    ScorecardOut,
    StageChangeOut,
    StageIn,
)
from gyoryu.i18n import Translator
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T
from gyoryu.web.paging import Page, Paging
from gyoryu.web.templating import templates

router = APIRouter(prefix="/fund", tags=["fund"])


def deal_out(deal: Deal) -> DealOut:
    org = deal.organization
    return DealOut(
        id=deal.id, organization=org.key, organization_id=org.id, names=org.primary_names(),
        round=deal.round, amount=None if deal.amount is None else str(deal.amount),
        currency=deal.currency, stage=deal.stage, source=deal.source, source_ref=deal.source_ref,
        memo=deal.memo or {},
        history=[StageChangeOut(from_stage=h.from_stage, to_stage=h.to_stage, at=h.at,
                                by=h.user.email if h.user else None, note=h.note)
                 for h in deal.history])


@router.get("/deals", response_model=Page[DealOut])
def list_deals(db: DbSession, user: CurrentUser, page: Paging, stage: str | None = None) -> dict:
    found = page.of(service.list_deals(db=db, actor=user, stage=stage))
    return found | {"items": [deal_out(d) for d in found["items"]]}


@router.post("/deals", response_model=DealOut, status_code=201, dependencies=[Csrf])
def create_deal(data: DealIn, db: DbSession, user: CurrentUser) -> DealOut:
    return deal_out(service.create_deal(db=db, actor=user, data=data))


@router.get("/deals/{deal_id}", response_model=DealOut)
def get_deal(deal_id: Id, db: DbSession, user: CurrentUser) -> DealOut:
    return deal_out(service.get_deal(db=db, actor=user, deal_id=deal_id))


@router.post("/deals/{deal_id}/stage", response_model=DealOut, dependencies=[Csrf])
def move_deal(deal_id: Id, data: StageIn, db: DbSession, user: CurrentUser) -> DealOut:
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    return deal_out(service.move_deal(db=db, actor=user, deal=deal, stage=data.stage, note=data.note))


@router.put("/deals/{deal_id}/memo", response_model=DealOut, dependencies=[Csrf])
def set_memo(deal_id: Id, data: MemoIn, db: DbSession, user: CurrentUser) -> DealOut:
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    return deal_out(service.set_memo(db=db, actor=user, deal=deal, lang=data.lang, text=data.text))


@router.get("/deals/{deal_id}/memo.pdf", response_class=Response, responses={200: {
    "description": "The memo as a PDF", "content": {"application/pdf": {
        "schema": {"type": "string", "format": "binary"}}}}})
def memo_pdf(deal_id: Id, request: Request, db: DbSession, user: CurrentUser, t: T,
             lang: str = "") -> Response:
    """The investment memo as a PDF, in `lang` (ko, zh or en) or the reader's language."""
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    body = memo.memo_pdf(db=db, actor=user, deal=deal, t=Translator(lang) if lang else t,
                         env=templates.env)
    return Response(body, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="memo-{deal.id}.pdf"'})


@router.get("/deals/{deal_id}/scorecard", response_model=ScorecardOut)
def get_scorecard(deal_id: Id, db: DbSession, user: CurrentUser) -> ScorecardOut:
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    return scoring.scorecard(db=db, actor=user, deal=deal)


@router.post("/deals/{deal_id}/review", response_model=ScorecardOut, dependencies=[Csrf])
def review_deal(deal_id: Id, data: ReviewIn, db: DbSession, user: CurrentUser) -> ScorecardOut:
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    scoring.score_deal(db=db, actor=user, deal=deal, data=data)
    return scoring.scorecard(db=db, actor=user, deal=deal)


@router.get("/rubric", response_model=list[CriterionOut])
def get_rubric(db: DbSession, user: CurrentUser) -> list[CriterionOut]:
    return [CriterionOut(key=c.key, labels=c.labels, weight=c.weight, position=c.position)
            for c in scoring.rubric(db=db, actor=user)]


@router.post("/rubric", response_model=CriterionOut, dependencies=[Csrf])
def define_criterion(data: CriterionIn, db: DbSession, user: CurrentUser) -> CriterionOut:
    """Add a criterion to the rubric, or change an existing one's labels, weight or place."""
    c = scoring.define_criterion(db=db, actor=user, data=data)
    return CriterionOut(key=c.key, labels=c.labels, weight=c.weight, position=c.position)


class PortfolioOut(BaseModel):
    invested: list[DealOut]
    totals: dict[str, str] = Field(description="Invested per currency (never converted)",
                                   examples=[{"KRW": "1500000000.00"}])
    stages: dict[str, int] = Field(description="Deals at each stage of the pipeline",
                                   examples=[{"sourced": 4, "screening": 2, "invested": 1}])


@router.get("/portfolio", response_model=PortfolioOut)
def get_portfolio(db: DbSession, user: CurrentUser) -> PortfolioOut:
    found = service.portfolio(db=db, actor=user)
    return PortfolioOut(invested=[deal_out(d) for d in found["invested"]],
                        totals={k: str(v) for k, v in found["totals"].items()},
                        stages=dict(found["stages"]))


@router.get("/candidates", response_model=Page[dict])
def get_candidates(db: DbSession, user: CurrentUser, t: T, page: Paging) -> dict:
    """STAR candidates, each with its reasons in the reader's language."""
    found = page.of(discovery.candidates(db=db, actor=user))
    return found | {"items": [
        {"organization": c.organization.key, "organization_id": c.organization.id,
         "names": c.organization.primary_names(),
         "reasons": [{"code": r.code, "source": r.source, "ref": r.ref,
                      "text": discovery.explain(t, r)} for r in c.reasons]}
        for c in found["items"]]}
