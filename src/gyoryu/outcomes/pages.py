"""Outcome pages: a program's meetings held, follow-ups and relations (organisers), its results
report (page, XLSX, PDF), one relation's history with its evidence, the news review queue, and
each participant's follow-up questions on their private page. The organisation page and the
participant page show outcomes through template globals, so neither domain imports this one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from babel.numbers import format_currency
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from jinja2 import pass_context
from sqlalchemy import select
from sqlalchemy.orm import object_session

from gyoryu.accounts.rules import allowed
from gyoryu.errors import Forbidden, GyoryuError
from gyoryu.i18n import Translator
from gyoryu.outcomes import documents, followups, meetings, news, report, service
from gyoryu.outcomes import rules as _rules  # noqa: F401  (registers outcomes.* rules)
from gyoryu.outcomes.enums import ANSWERS, LABELS, Stage, SuggestionKind, Via
from gyoryu.outcomes.models import Evidence
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Visit
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, ensure, require
from gyoryu.web.templating import render, templates

router = APIRouter(include_in_schema=False)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BABEL = {"ko": "ko_KR", "zh": "zh_Hans_CN", "en": "en"}


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# -- helpers for every page that shows outcomes (template globals) --------------------------
@pass_context
def outcome_label(context, vocabulary: str, value: str) -> str:
    t: Translator = context["translator"]
    pair = LABELS[vocabulary].get(value)
    return t.pgettext(*pair) if pair else value


@pass_context
def outcome_money(context, amount, currency: str | None) -> str:
    if amount is None or not currency:
        return ""
    return format_currency(Decimal(str(amount)), currency, locale=BABEL.get(context["locale"], "en"))


@pass_context
def outcomes_of(context, request: Request, org_id: int) -> list:
    """The organisation page's relations the reader may see (organisers: all; a member: their
    organisation's)."""
    user = context.get("user")
    if user is None:
        return []
    org = context.get("org")
    db = context.get("db") or (object_session(org) if org is not None else None)
    if db is None:
        with request.app.state.sessions() as own:
            return [o for o in service.outcomes(db=own, org_id=org_id, limit=200)
                    if allowed("outcomes.view", user, o)]
    return [o for o in service.outcomes(db=db, org_id=org_id, limit=200)
            if allowed("outcomes.view", user, o)]


@pass_context
def follow_ups_of(context, request: Request, participant: Participant) -> list[dict]:
    """The participant's due follow-up questions, for their private page."""
    db = object_session(participant)
    out = []
    for fu in followups.due_for(db=db, participant=participant, today=date.today()):
        meeting = fu.meeting
        other = meeting.org_b if meeting.org_a_id == participant.organization_id else meeting.org_a
        out.append({"follow_up": fu, "meeting": meeting, "other": other,
                    "mine": followups.mine(fu, participant)})
    return out


def participant_outcomes(participant: Participant) -> list:
    """What the participant's organisation's meetings at this program led to, for their page
    (the private link is their credential, as for the agenda), once they act for it."""
    if not programs.speaks_for_org(participant):
        return []
    return service.outcomes(db=object_session(participant), org_id=participant.organization_id,
                            program_id=participant.program_id, limit=100)


templates.env.globals.update(outcome_label=outcome_label, outcome_money=outcome_money,
                             outcomes_of=outcomes_of, follow_ups_of=follow_ups_of,
                             participant_outcomes=participant_outcomes, outcome_answers=ANSWERS)


def _program_for(db, program_id: Id, user):
    program = programs.get_program(db=db, program_id=program_id)
    ensure("outcomes.program", user, program)
    return program


def _orgs_at(db, program) -> list:
    """Organisations that can have met at the program: participants and visited hosts."""
    people = db.scalars(select(Participant).where(
        Participant.program_id == program.id, Participant.organization_id.is_not(None),
        Participant.status != ParticipantStatus.cancelled)).all()
    hosts = db.scalars(select(Visit).where(Visit.program_id == program.id,
                                           Visit.host_id.is_not(None))).all()
    seen, out = set(), []
    for org in [p.organization for p in people] + [v.host for v in hosts]:
        if org.id not in seen:
            seen.add(org.id)
            out.append(org)
    return out


# -- a program's outcomes (organisers) -------------------------------------------------------
@router.get("/programs/{program_id}/outcomes")
def program_outcomes(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    return _program_page(request, db, t, user, _program_for(db, program_id, user))


def _program_page(request, db, t, user, program, errors=(), status_code=200):
    return render(request, "outcomes/program.html", t, status_code=status_code, user=user,
                  program=program, orgs=_orgs_at(db, program),
                  held=meetings.meetings_of(db=db, program_id=program.id),
                  days=meetings.follow_up_days(db=db, program_id=program.id),
                  conflicts=followups.conflicts(db=db, program_id=program.id),
                  relations=service.outcomes(db=db, program_id=program.id, limit=200),
                  today=date.today(), errors=list(errors))


@router.post("/programs/{program_id}/outcomes/meetings", dependencies=[Csrf])
def record_meeting(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    try:
        meetings.record_meeting(
            db=db, program=program, org_ids=(int(form.get("org_a") or 0), int(form.get("org_b") or 0)),
            held_on=form.get("held_on") or "", note=form.get("note") or "",
            recorded_by=user.id, via=Via.web)
    except (GyoryuError, ValueError) as exc:
        db.rollback()
        message = exc.message(t) if isinstance(exc, GyoryuError) else GyoryuError("E801").message(t)
        return _program_page(request, db, t, user, program, errors=[message], status_code=400)
    return _see(f"/programs/{program.id}/outcomes#held")


@router.post("/programs/{program_id}/outcomes/schedule", dependencies=[Csrf])
def take_schedule(program_id: Id, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    meetings.record_schedule(db=db, program=program, recorded_by=user.id)
    return _see(f"/programs/{program.id}/outcomes#held")


@router.post("/programs/{program_id}/outcomes/follow-up-days", dependencies=[Csrf])
def set_days(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    meetings.set_follow_up_days(db=db, program=program, days=form.get("days") or "")
    return _see(f"/programs/{program.id}/outcomes#follow-up-days")


@router.post("/outcomes/follow-ups/{follow_up_id}/decide", dependencies=[Csrf])
def decide(follow_up_id: Id, request: Request, form: PostedForm, db: DbSession, user: CurrentUser):
    fu = followups.get_follow_up(db=db, follow_up_id=follow_up_id)
    program = fu.meeting.program
    if program is None:
        raise Forbidden()
    ensure("outcomes.program", user, program)
    followups.decide(db=db, follow_up=fu, value=form.get("stage") or "", note=form.get("note") or "",
                     decided_by=user.id, today=date.today())
    return _see(f"/programs/{program.id}/outcomes#conflicts")


# -- the results report ----------------------------------------------------------------------
@router.get("/programs/{program_id}/report")
def report_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    return render(request, "outcomes/report.html", t, user=user, program=program,
                  report=report.program_report(db=db, program=program), **_printed(db, program, t.locale))


def _printed(db, program, lang: str) -> dict:
    """The relations the page and the PDF list: an agreement or more, strongest first, capped."""
    rows = report.relations_table(db=db, program=program, lang=lang, min_stage=report.PRINTED_FROM,
                                  limit=report.PRINTED_AT_MOST + 1)
    return {"relations": rows[:report.PRINTED_AT_MOST], "more": len(rows) > report.PRINTED_AT_MOST}


@router.get("/programs/{program_id}/report.xlsx")
def report_xlsx(program_id: Id, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    body = report.xlsx(report=report.program_report(db=db, program=program), t=t,
                       relations=report.relations_table(db=db, program=program, lang=t.locale))
    name = f"results-{program.key or program.id}-{t.locale}.xlsx"
    return Response(body, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def report_pdf_bytes(*, db, program, t: Translator) -> bytes:
    """The printable report as PDF (WeasyPrint, CJK fonts first), without a request: the page
    and `gyoryu program report --format pdf` share it."""
    from gyoryu.programs.agenda import pdf

    html = templates.env.get_template("outcomes/report_print.html").render(
        _=t.gettext, pgettext=t.pgettext, ngettext=t.ngettext, locale=t.locale, translator=t,
        program=program, report=report.program_report(db=db, program=program),
        **_printed(db, program, t.locale))
    return pdf(html)


@router.get("/programs/{program_id}/report.pdf")
def report_pdf(program_id: Id, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    return Response(report_pdf_bytes(db=db, program=program, t=t), media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="results-{program.key or program.id}-{t.locale}.pdf"'})


# -- relations -------------------------------------------------------------------------------
@router.get("/outcomes")
def outcome_list(request: Request, db: DbSession, t: T, user: CurrentUser):
    if user is None:
        raise Forbidden()
    if allowed("outcomes.record", user):
        found = service.outcomes(db=db, limit=500)
    elif user.organization_id is not None:
        found = service.outcomes(db=db, org_id=user.organization_id, limit=500)
    else:
        raise Forbidden()
    return render(request, "outcomes/list.html", t, user=user,
                  relations=[o for o in found if allowed("outcomes.view", user, o)],
                  can_review=allowed("outcomes.review", user))


@router.get("/outcomes/suggestions")
def suggestion_queue(request: Request, db: DbSession, t: T,
                     user: Annotated[object, require("outcomes.review")]):
    from gyoryu.directory.models import Organization

    steps = news.suggestions(db=db, kind=SuggestionKind.step)
    seen = news.suggestions(db=db, kind=SuggestionKind.new_relation)
    ids = {i for s in steps + seen for i in s.org_ids}
    orgs = {o.id: o for o in db.scalars(select(Organization).where(Organization.id.in_(ids)))}
    return render(request, "outcomes/suggestions.html", t, user=user, steps=steps, seen=seen,
                  orgs=orgs, stages=[s for s in Stage if s != Stage.dropped])


@router.post("/outcomes/suggestions/{suggestion_id}", dependencies=[Csrf])
def decide_suggestion(suggestion_id: Id, request: Request, form: PostedForm, db: DbSession,
                            user: Annotated[object, require("outcomes.review")]):
    if form.get("action") == "accept":
        news.accept(db=db, suggestion_id=suggestion_id, stage=form.get("stage") or None,
                    decided_by=user.id)
    else:
        news.reject(db=db, suggestion_id=suggestion_id, decided_by=user.id)
    return _see("/outcomes/suggestions")


@router.get("/outcomes/{outcome_id}")
def outcome_page(outcome_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    outcome = service.get_outcome(db=db, outcome_id=outcome_id)
    ensure("outcomes.view", user, outcome)
    return _outcome(request, db, t, user, outcome)


def _outcome(request, db, t, user, outcome, errors=(), values=None, status_code=200):
    from gyoryu.intel.models import Article

    ids = {e.article_id for s in outcome.steps for e in s.evidence if e.article_id}
    articles = {a.id: a for a in db.scalars(select(Article).where(Article.id.in_(ids)))}
    return render(request, "outcomes/detail.html", t, status_code=status_code, user=user,
                  outcome=outcome, articles=articles, stages=list(Stage),
                  can_record=allowed("outcomes.record", user, outcome.program),
                  errors=list(errors), values=values or {"on": date.today().isoformat()})


@router.post("/outcomes/{outcome_id}/steps", dependencies=[Csrf])
def add_step(outcome_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    outcome = service.get_outcome(db=db, outcome_id=outcome_id)
    ensure("outcomes.record", user, outcome.program)
    values = {k: (form.get(k) or "") for k in ("stage", "on", "amount", "currency", "note", "reason")}
    try:
        proofs = []
        upload = form.get("document")
        if upload is not None and getattr(upload, "filename", ""):
            doc = documents.upload(db=db, filename=upload.filename, content=upload.file.read(),
                                   uploaded_by=user.id)
            proofs.append(service.Proof("document", doc.id))
        service.add_step(db=db, org_ids=[p.organization_id for p in outcome.parties],
                         stage=values["stage"], on=values["on"], amount=values["amount"],
                         currency=values["currency"], note=values["note"], reason=values["reason"],
                         program_id=outcome.program_id, evidence=proofs, recorded_by=user.id,
                         via=Via.web)
    except GyoryuError as exc:
        db.rollback()
        outcome = service.get_outcome(db=db, outcome_id=outcome_id)
        return _outcome(request, db, t, user, outcome, errors=[exc.message(t)], values=values,
                        status_code=400)
    return _see(f"/outcomes/{outcome_id}")


@router.post("/outcomes/{outcome_id}/steps/{step_id}/retract", dependencies=[Csrf])
def retract_step(outcome_id: Id, step_id: Id, request: Request, form: PostedForm, db: DbSession,
                       user: CurrentUser):
    outcome = service.get_outcome(db=db, outcome_id=outcome_id)
    ensure("outcomes.record", user, outcome.program)
    step = next((s for s in outcome.steps if s.id == step_id), None)
    if step is None:
        raise Forbidden()
    service.retract(db=db, step=step, by=user.id, note=form.get("note") or "")
    return _see(f"/outcomes/{outcome_id}")


@router.get("/outcomes/documents/{document_id}")
def download(document_id: Id, db: DbSession, user: CurrentUser):
    doc = documents.get_document(db=db, document_id=document_id)
    steps = [e.step for e in db.scalars(select(Evidence).where(Evidence.document_id == doc.id))]
    if not (allowed("outcomes.record", user) or any(allowed("outcomes.view", user, s.outcome)
                                                    for s in steps)):
        raise Forbidden()
    return Response(doc.content, media_type=doc.media_type, headers={
        "Content-Disposition": f'attachment; filename="document-{doc.id}{_ext(doc.filename)}"',
        "X-Content-Type-Options": "nosniff"})


def _ext(name: str) -> str:
    from pathlib import PurePosixPath

    return PurePosixPath(name.lower()).suffix


# -- a participant's follow-up answers (their private link) ----------------------------------
@router.post("/p/{token}/follow-ups/{follow_up_id}", dependencies=[Csrf])
def answer(token: str, follow_up_id: Id, request: Request, form: PostedForm, db: DbSession):
    participant = programs.participant_by_token(db=db, token=token)
    followups.answer(db=db, follow_up=followups.get_follow_up(db=db, follow_up_id=follow_up_id),
                     participant=participant, value=form.get("stage") or "",
                     note=form.get("note") or "", today=date.today())
    return _see(f"/p/{token}#follow-ups")

