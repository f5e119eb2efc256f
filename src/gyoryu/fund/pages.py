"""The fund's pages: the pipeline, a deal (history, scorecard, memo), the portfolio, the rubric
and STAR candidates. Only the fund role and admins get past the services' guard (403 else)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from gyoryu.errors import GyoryuError
from gyoryu.fund import discovery, memo, scoring, service
from gyoryu.fund.enums import LABELS, DealSource, DealStage, Round
from gyoryu.fund.rules import guard
from gyoryu.fund.schemas import CriterionIn, DealIn, ReviewIn
from gyoryu.i18n import LOCALES, Translator
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)


def _ctx(t: Translator) -> dict:
    return {"label": lambda vocab, value: t.pgettext(*LABELS[vocab][value]), "STAGES": list(DealStage),
            "ROUNDS": list(Round), "SOURCES": list(DealSource), "LOCALES": LOCALES}


@router.get("/fund")
def pipeline(request: Request, db: DbSession, t: T, user: CurrentUser, error: str | None = None,
             values: dict | None = None, status_code: int = 200):
    deals = service.list_deals(db=db, actor=user)
    by_stage = {s: [d for d in deals if d.stage == s] for s in DealStage}
    return render(request, "fund/pipeline.html", t, status_code=status_code, user=user,
                  by_stage=by_stage, error=error, values=values or {}, **_ctx(t))


@router.post("/fund/deals", dependencies=[Csrf])
def create_deal(request: Request, db: DbSession, t: T, user: CurrentUser,
                organization: Annotated[str, Form()], round: Annotated[str, Form()],
                source: Annotated[str, Form()], source_ref: Annotated[str, Form()] = "",
                amount: Annotated[str, Form()] = "", currency: Annotated[str, Form()] = ""):
    guard(user)
    values = {"organization": organization, "round": round, "source": source,
              "source_ref": source_ref, "amount": amount, "currency": currency}
    try:
        data = DealIn(**values)
        deal = service.create_deal(db=db, actor=user, data=data)
    except GyoryuError as exc:
        db.rollback()
        return pipeline(request, db, t, user, error=exc.message(t), values=values, status_code=422)
    except ValueError as exc:  # pydantic's wrapper around a field's InvalidValue
        db.rollback()
        return pipeline(request, db, t, user, error=_first(exc, t), values=values, status_code=422)
    return RedirectResponse(f"/fund/deals/{deal.id}", status_code=303)


def _first(exc: ValueError, t: Translator) -> str:
    for err in getattr(exc, "errors", lambda: [])():
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, GyoryuError):
            return cause.message(t)
    return str(exc)


@router.get("/fund/deals/{deal_id}")
def deal_page(deal_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser,
              error: str | None = None, status_code: int = 200):
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    context = memo.memo_context(db=db, actor=user, deal=deal, t=t)
    return render(request, "fund/deal.html", t, status_code=status_code, user=user, error=error,
                  rubric=scoring.rubric(db=db, actor=user), can_move=service.can_move,
                  mine=scoring.review_of(deal, user), **context, **_ctx(t))


def _on_deal(request, db, t, user, deal_id, action):
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    try:
        action(deal)
    except GyoryuError as exc:
        db.rollback()
        return deal_page(deal_id, request, db, t, user, error=exc.message(t), status_code=422)
    except ValueError as exc:
        db.rollback()
        return deal_page(deal_id, request, db, t, user, error=_first(exc, t), status_code=422)
    return RedirectResponse(f"/fund/deals/{deal_id}", status_code=303)


@router.post("/fund/deals/{deal_id}/stage", dependencies=[Csrf])
def move_deal(deal_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser,
              stage: Annotated[str, Form()], note: Annotated[str, Form()] = ""):
    return _on_deal(request, db, t, user, deal_id,
                    lambda deal: service.move_deal(db=db, actor=user, deal=deal, stage=stage, note=note))


@router.post("/fund/deals/{deal_id}/memo", dependencies=[Csrf])
def set_memo(deal_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser,
             lang: Annotated[str, Form()], text: Annotated[str, Form()] = ""):
    return _on_deal(request, db, t, user, deal_id,
                    lambda deal: service.set_memo(db=db, actor=user, deal=deal, lang=lang, text=text))


@router.post("/fund/deals/{deal_id}/review", dependencies=[Csrf])
def review_deal(deal_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    scores = {k.removeprefix("score_"): str(v) for k, v in form.items() if k.startswith("score_")}
    data = ReviewIn(scores=scores, comment=str(form.get("comment", "")), submit=form.get("submit") == "1")
    return _on_deal(request, db, t, user, deal_id,
                    lambda deal: scoring.score_deal(db=db, actor=user, deal=deal, data=data))


@router.get("/fund/deals/{deal_id}/memo.pdf")
def memo_pdf(deal_id: Id, db: DbSession, t: T, user: CurrentUser, lang: str = ""):
    deal = service.get_deal(db=db, actor=user, deal_id=deal_id)
    body = memo.memo_pdf(db=db, actor=user, deal=deal, t=Translator(lang) if lang else t,
                         env=templates.env)
    return Response(body, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="memo-{deal.id}.pdf"'})


@router.get("/fund/portfolio")
def portfolio(request: Request, db: DbSession, t: T, user: CurrentUser):
    found = service.portfolio(db=db, actor=user)
    return render(request, "fund/portfolio.html", t, user=user, reached=service.reached, **found,
                  **_ctx(t))


@router.get("/fund/candidates")
def candidates(request: Request, db: DbSession, t: T, user: CurrentUser):
    found = discovery.candidates(db=db, actor=user)
    return render(request, "fund/candidates.html", t, user=user, candidates=found,
                  explain=discovery.explain, **_ctx(t))


@router.get("/fund/rubric")
def rubric(request: Request, db: DbSession, t: T, user: CurrentUser, error: str | None = None,
           status_code: int = 200):
    return render(request, "fund/rubric.html", t, status_code=status_code, user=user, error=error,
                  criteria=scoring.rubric(db=db, actor=user), **_ctx(t))


@router.post("/fund/rubric", dependencies=[Csrf])
def define_criterion(request: Request, db: DbSession, t: T, user: CurrentUser,
                     key: Annotated[str, Form()], weight: Annotated[str, Form()],
                     label_ko: Annotated[str, Form()] = "", label_zh: Annotated[str, Form()] = "",
                     label_en: Annotated[str, Form()] = "", position: Annotated[int, Form()] = 0):
    guard(user)
    try:
        data = CriterionIn(key=key.strip(), weight=weight, position=position,
                           labels={"ko": label_ko, "zh": label_zh, "en": label_en})
        scoring.define_criterion(db=db, actor=user, data=data)
    except GyoryuError as exc:
        db.rollback()
        return rubric(request, db, t, user, error=exc.message(t), status_code=422)
    except ValueError as exc:
        db.rollback()
        return rubric(request, db, t, user, error=_first(exc, t), status_code=422)
    return RedirectResponse("/fund/rubric", status_code=303)
