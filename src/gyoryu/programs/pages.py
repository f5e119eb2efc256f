"""Program pages: the public program page and registration, the organiser's participants,
itinerary, travel-time and meeting-grid pages, and each participant's own page (reached by the
secret link they get on registering): agenda, ICS, PDF, profile, recommendations, requests."""

from __future__ import annotations

from datetime import UTC, date
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from gyoryu.accounts.rules import allowed
from gyoryu.db import utcnow
from gyoryu.directory.service import all_sectors, search_orgs
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.i18n import P_, Translator
from gyoryu.matching.enums import CAPABILITY_LABELS, Capability
from gyoryu.programs import agenda, board, calendar, consent, itinerary, meetings, service
from gyoryu.programs import rules as _rules  # noqa: F401  (registers programs.* rules)
from gyoryu.programs.enums import (
    ASKED_COLUMNS,
    LABELS,
    AskedField,
    Currency,
    ParticipantStatus,
    ProgramKind,
    TravelScope,
)
from gyoryu.programs.grid import slot_label, table_label
from gyoryu.programs.schemas import ProgramIn, RegistrationIn, VisitIn
from gyoryu.programs.travel import hhmm, parse_hhmm
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, PostedForm, T, ensure, form_id, require
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)
# The time zones an organiser picks from; any other IANA name is accepted too (typed).
TIMEZONE_CHOICES = ("Asia/Seoul", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo",
                    "Asia/Singapore", "America/New_York", "America/Los_Angeles", "Europe/London",
                    "UTC")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _ctx(t: Translator) -> dict:
    def label(vocabulary: str, value: str) -> str:
        pair = LABELS[vocabulary].get(value)
        return t.pgettext(*pair) if pair else value

    return {"label": label, "hhmm": hhmm, "table_at": lambda place: table_label(t, place),
            "slot_label": lambda key: slot_label(key, with_day=True)}


def _errors(exc: Exception, t: Translator) -> list[str]:
    if isinstance(exc, ValidationError):
        out = []
        for e in exc.errors():
            cause = e.get("ctx", {}).get("error")
            out.append(cause.message(t) if isinstance(cause, GyoryuError)
                       else f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
        return out
    return [exc.message(t)] if isinstance(exc, GyoryuError) else [str(exc)]


def _program_for(db, program_id: Id, user, permission: str = "programs.manage"):
    program = service.get_program(db=db, program_id=program_id)
    ensure(permission, user, program)
    return program


# -- list, create, public page ---------------------------------------------------------------
@router.get("/programs")
def program_list(request: Request, db: DbSession, t: T, user: CurrentUser, kind: str = ""):
    return render(request, "programs/list.html", t, user=user, kinds=list(ProgramKind),
                  chosen=kind, programs=service.list_programs(db=db, kind=kind or None),
                  can_create=allowed("programs.create", user), **_ctx(t))


PROGRAM_FIELDS = ("key", "kind", "title_ko", "title_zh", "title_en", "description_ko",
                  "description_zh", "description_en", "starts_on", "ends_on", "organiser", "cities",
                  "venue", "timezone", "capacity", "fee", "currency", "registration_opens",
                  "registration_closes", "retention_days", "day_start", "day_end", "lunch_start",
                  "lunch_end", "arrive_at", "depart_at")
LOCAL_MOMENTS = ("registration_opens", "registration_closes")


def _program_values(program, t: Translator) -> dict:
    if program is None:
        return {"kind": "delegation", "currency": "KRW", "day_start": "09:00", "day_end": "18:00",
                "lunch_start": "12:00", "lunch_end": "13:00",
                "registration_open": True, "retention_days": 90, "asks": []}
    v = {f: getattr(program, f, "") for f in PROGRAM_FIELDS if hasattr(program, f)}
    v.update({f"title_{k}": program.title.get(k, "") for k in ("ko", "zh", "en")},
             organiser=program.organiser.key if program.organiser else "",
             organiser_name=str(program.organiser.display_name(t.locale)) if program.organiser else "",
             cities=", ".join(c.key for c in program.cities),
             registration_open=program.registration_open, asks=list(program.asks or ()))
    v.update({f"description_{k}": (program.description or {}).get(k, "") for k in ("ko", "zh", "en")})
    for f in LOCAL_MOMENTS:  # shown in the program's own time zone, as typed
        moment = getattr(program, f)
        if moment is not None:
            from zoneinfo import ZoneInfo

            aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            v[f] = aware.astimezone(ZoneInfo(program.timezone)).strftime("%Y-%m-%dT%H:%M")
    for f in ("day_start", "day_end", "lunch_start", "lunch_end", "arrive_at", "depart_at"):
        v[f] = hhmm(getattr(program, f))
    return {k: ("" if val is None else val) for k, val in v.items()}


def _program_input(form) -> ProgramIn:
    raw = {f: (form.get(f) or "").strip() for f in PROGRAM_FIELDS}
    if not raw["organiser"]:  # typed, not picked (no script): looked up by name
        raw["organiser"] = (form.get("organiser_name") or "").strip()
    data = {k: v for k, v in raw.items()
            if v and not k.startswith(("title_", "description_")) and k != "cities"}
    data["title"] = {k: raw[f"title_{k}"] for k in ("ko", "zh", "en") if raw[f"title_{k}"]}
    data["description"] = {k: raw[f"description_{k}"] for k in ("ko", "zh", "en")
                           if raw[f"description_{k}"]}
    data["asks"] = form.getlist("asks") if hasattr(form, "getlist") else []
    data["cities"] = [c.strip() for c in raw["cities"].replace("，", ",").split(",") if c.strip()]
    data["registration_open"] = bool(form.get("registration_open"))
    return ProgramIn(**data)


def _program_form(request: Request, t: Translator, user, program, values: dict,
                  errors: list[str] | None = None):
    """The create / edit form; with errors, re-rendered with what was typed (400)."""
    if hasattr(values, "getlist"):  # a posted form, shown again
        values = {**dict(values), "asks": values.getlist("asks"),
                  "registration_open": bool(values.get("registration_open"))}
    return render(request, "programs/edit.html", t, status_code=400 if errors else 200, user=user,
                  program=program, values=values, errors=errors or [], kinds=list(ProgramKind),
                  currencies=list(Currency), asked_fields=list(AskedField),
                  timezones=TIMEZONE_CHOICES, **_ctx(t))


@router.get("/programs/new")
def new_program(request: Request, t: T, user: Annotated[object, require("programs.create")]):
    return _program_form(request, t, user, None, _program_values(None, t))


@router.post("/programs/new", dependencies=[Csrf])
def create_program(request: Request, form: PostedForm, db: DbSession, t: T,
                         user: Annotated[object, require("programs.create")]):
    try:
        program = service.create_program(db=db, data=_program_input(form))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _program_form(request, t, user, None, form, _errors(exc, t))
    return _see(f"/programs/{program.id}")


@router.get("/programs/{program_id}/edit")
def edit_program(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    return _program_form(request, t, user, program, _program_values(program, t))


@router.post("/programs/{program_id}/edit", dependencies=[Csrf])
def update_program(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T,
                         user: CurrentUser):
    program = _program_for(db, program_id, user)
    try:
        service.apply_program(db=db, program=program, data=_program_input(form))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _program_form(request, t, user, program, form, _errors(exc, t))
    return _see(f"/programs/{program.id}")


@router.get("/programs/org-suggest")
def org_suggest(request: Request, db: DbSession, t: T, organization_name: str = ""):
    orgs, _ = search_orgs(db=db, q=organization_name, limit=8) if organization_name.strip() \
        else ([], 0)
    return render(request, "programs/_org_suggest.html", t, orgs=orgs)


@router.get("/programs/{program_id}")
def program_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    items, draft = agenda.itinerary_items(db=db, program=program)
    return render(request, "programs/detail.html", t, user=user, program=program,
                  days=itinerary.by_day(items), draft=draft,
                  taken=service.places_taken(db=db, program=program),
                  full=service.is_full(db=db, program=program),
                  registration_notice=registration_notice(t, program),
                  can_manage=allowed("programs.manage", user, program), **_ctx(t))


# -- registration ----------------------------------------------------------------------------
@router.get("/programs/{program_id}/register")
def register_form(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    return _register_form(request, db, t, user, program, {}, [])


REGISTRATION_FIELDS = ("name", "email", "organization_id", "organization_name", "role",
                       "interests", "mobile", "wechat_id", "kakaotalk_id", "passport_name",
                       "passport_number", "dietary")


def registration_notice(t: Translator, program) -> str | None:
    """Why registration is not possible now, in the reader's words (None: it is open)."""
    try:
        service.check_window(program=program, now=utcnow())
    except GyoryuError as exc:
        return exc.message(t)
    return None


def _register_form(request, db, t, user, program, values, errors, status_code=200):
    return render(request, "programs/register.html", t, status_code=status_code, user=user,
                  program=program, values=values, errors=errors,
                  notice=registration_notice(t, program), consent=consent.consent_text(t, program),
                  asked=ASKED_COLUMNS, full=service.is_full(db=db, program=program), **_ctx(t))


@router.post("/programs/{program_id}/register", dependencies=[Csrf])
def register(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    values = {k: (form.get(k) or "").strip() for k in REGISTRATION_FIELDS}
    values["consent"] = bool(form.get("consent"))
    try:
        data = RegistrationIn(**{**values, "organization_id": values["organization_id"] or None,
                                 "locale": t.locale})
        participant = service.register_participant(db=db, program=program, data=data,
                                                   account=user)
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _register_form(request, db, t, user, program, values, _errors(exc, t), 400)
    return _see(f"/p/{participant.token}?registered=1")


# -- organiser: participants -----------------------------------------------------------------
def _filtered(db, program, status, paid, q, country):
    return service.participants(db=db, program=program, status=status or None,
                                paid={"yes": True, "no": False}.get(paid), q=q,
                                country=country or None)


@router.get("/programs/{program_id}/participants")
def participant_list(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser,
                     status: str = "", paid: str = "", q: str = "", country: str = ""):
    """The participants: organisers manage them here, the program's staff check them in."""
    program = _program_for(db, program_id, user, "programs.run")
    rows = _filtered(db, program, status, paid, q, country)
    return render(request, "programs/participants.html", t, user=user, program=program,
                  rows=rows, statuses=list(ParticipantStatus),
                  chosen={"status": status, "paid": paid, "q": q, "country": country},
                  taken=service.places_taken(db=db, program=program), **_ctx(t))


@router.get("/programs/{program_id}/participants.xlsx")
def participant_export(program_id: Id, db: DbSession, t: T, user: CurrentUser,
                       status: str = "", paid: str = "", q: str = "", country: str = ""):
    program = _program_for(db, program_id, user)
    body = service.export_xlsx(_filtered(db, program, status, paid, q, country), lang=t.locale)
    name = f"participants-{program.key or program.id}.xlsx"
    return Response(body, media_type=XLSX,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/programs/{program_id}/participants/bulk", dependencies=[Csrf])
def participants_bulk(program_id: Id, form: PostedForm, db: DbSession, user: CurrentUser):
    """One status for the ticked participants, or for everyone who applied."""
    program = _program_for(db, program_id, user)
    if form.get("all_applied") == "1":
        ids = [p.id for p in service.participants(db=db, program=program,
                                                   status=ParticipantStatus.applied)]
    else:
        ids = [form_id(i, P_("field", "participant")) for i in form.getlist("ids")
               if str(i).strip()]
    service.set_statuses(db=db, program=program, participant_ids=ids,
                         status=form.get("status") or ParticipantStatus.accepted)
    return _see(f"/programs/{program.id}/participants")


@router.post("/programs/{program_id}/participants/{participant_id}", dependencies=[Csrf])
def participant_update(program_id: Id, participant_id: Id, form: PostedForm,
                             db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    participant = service.get_participant(db=db, participant_id=participant_id, program=program)
    if status := form.get("status"):
        service.set_status(db=db, participant=participant, status=status)
    if (paid := form.get("paid")) in ("yes", "no"):
        service.set_paid(db=db, participant=participant, paid=paid == "yes")
    return _see(f"/programs/{program.id}/participants")


# -- organiser: itinerary --------------------------------------------------------------------
@router.get("/programs/{program_id}/itinerary")
def itinerary_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    """The draft itinerary: organisers plan it here; the program's staff and viewers read it."""
    program = _program_for(db, program_id, user, "programs.oversee")
    return _itinerary(request, db, t, user, program)


VISIT_FIELDS = ("organization_name", "host_id", "title", "city", "address", "duration", "opens",
                "closes")


def _itinerary(request, db, t, user, program, *, values: dict | None = None,
               field_errors: dict | None = None, status_code: int = 200):
    vs = itinerary.visits(db=db, program=program)
    names = {v.id: v.title_in(t.locale) for v in vs}
    found = itinerary.draft_conflicts(db=db, program=program)
    conflicts = {vid: [itinerary.explain(t, c.code, c.params, names) for c in cs]
                 for vid, cs in found.items()}
    unplaced = {v.id: itinerary.explain(t, v.unplaced["code"], v.unplaced["params"])
                for v in vs if v.unplaced}
    return render(request, "programs/itinerary.html", t, status_code=status_code, user=user,
                  program=program, visits=vs, conflicts=conflicts, unplaced=unplaced,
                  pending=itinerary.unpublished_changes(db=db, program=program),
                  log=itinerary.changelog(db=db, program=program),
                  visit_values={"duration": "90", "opens": "09:00", "closes": "18:00",
                                **(values or {})},
                  visit_errors=field_errors or {}, **_ctx(t))


# Which form field a service error is about (for messages next to the field).
VISIT_ERROR_FIELDS = {"E201": "organization_name", "E211": "organization_name", "E205": "city",
                      "E509": "city"}


def _visit_errors(exc: Exception, t: Translator) -> dict[str, str]:
    if isinstance(exc, GyoryuError):
        return {VISIT_ERROR_FIELDS.get(exc.code, "organization_name"): exc.message(t)}
    out: dict[str, str] = {}
    for e in exc.errors():
        name = str(e["loc"][0]) if e["loc"] else "organization_name"
        name = {"host_id": "organization_name", "host": "organization_name"}.get(name, name)
        cause = e.get("ctx", {}).get("error")
        if isinstance(cause, GyoryuError):
            out[name] = cause.message(t)
        elif name == "duration":
            out[name] = t.gettext("Give the duration in whole minutes, from 5 to 720.")
        else:
            out[name] = e["msg"]
    return out


@router.post("/programs/{program_id}/itinerary/plan", dependencies=[Csrf])
def itinerary_plan(program_id: Id, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    itinerary.auto_plan(db=db, program=program)
    return _see(f"/programs/{program.id}/itinerary")


@router.post("/programs/{program_id}/itinerary/publish", dependencies=[Csrf])
def itinerary_publish(program_id: Id, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    itinerary.publish(db=db, program=program)
    return _see(f"/programs/{program.id}/itinerary")


@router.post("/programs/{program_id}/visits", dependencies=[Csrf])
def visit_add(program_id: Id, request: Request, form: PostedForm, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    values = {k: (form.get(k) or "").strip() for k in VISIT_FIELDS}
    data = {k: values[k] for k in ("host_id", "city", "address", "duration", "opens", "closes")
            if values[k]}
    try:
        if not values["host_id"] and not values["title"]:
            raise InvalidValue("E516", field=P_("field", "host organisation or title"))
        itinerary.add_visit(db=db, program=program, data=VisitIn(
            **data, title={t.locale: values["title"]} if values["title"] else {}))
    except (ValidationError, GyoryuError) as exc:
        db.rollback()
        return _itinerary(request, db, t, user, program, values=values,
                          field_errors=_visit_errors(exc, t), status_code=422)
    return _see(f"/programs/{program.id}/itinerary")


VISIT_ACTIONS = ("place", "delete", "unpin")


@router.post("/programs/{program_id}/visits/{visit_id}", dependencies=[Csrf])
def visit_edit(program_id: Id, visit_id: Id, form: PostedForm, db: DbSession,
                     user: CurrentUser):
    program = _program_for(db, program_id, user)
    visit = itinerary.get_visit(db=db, program=program, visit_id=visit_id)
    action = form.get("action") or "place"
    if action not in VISIT_ACTIONS:
        raise InvalidValue("E506", field=P_("field", "action"), value=str(action)[:40],
                           allowed=", ".join(VISIT_ACTIONS))
    if action == "delete":
        itinerary.remove_visit(db=db, visit=visit)
    elif action == "unpin":
        itinerary.unpin(db=db, visit=visit)
    else:
        try:
            day = date.fromisoformat(form["day"]) if form.get("day") else None
        except ValueError:
            raise InvalidValue("E815", value=str(form.get("day"))[:40]) from None
        try:
            start = parse_hhmm(form["start"]) if form.get("start") else None
        except ValueError:
            raise InvalidValue("E507", value=form.get("start")) from None
        itinerary.place_visit(db=db, program=program, visit=visit, day=day, start=start)
    return _see(f"/programs/{program.id}/itinerary")


@router.get("/programs/{program_id}/travel")
def travel_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = _program_for(db, program_id, user)
    return render(request, "programs/travel.html", t, user=user, program=program,
                  table=itinerary.travel_table(db=db, program=program), **_ctx(t))


@router.post("/programs/{program_id}/travel", dependencies=[Csrf])
def travel_save(program_id: Id, form: PostedForm, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    table = itinerary.travel_table(db=db, program=program)
    for scope, pairs in ((TravelScope.city, table["cities"]), (TravelScope.venue, table["venues"])):
        for pair in pairs:
            name = f"{scope}-{pair['a'].id}-{pair['b'].id}"
            if name not in form:
                continue
            text = (form.get(name) or "").strip()
            if text == str(pair["minutes"]):
                continue
            if text and not text.isdigit():
                raise InvalidValue("E510", value=text)
            itinerary.set_travel(db=db, program=program, scope=scope, a_id=pair["a"].id,
                                 b_id=pair["b"].id, minutes=int(text) if text else None)
    return _see(f"/programs/{program.id}/travel")


@router.get("/programs/{program_id}/changelog")
def changelog_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    program = service.get_program(db=db, program_id=program_id)
    return render(request, "programs/changelog.html", t, user=user, program=program,
                  log=itinerary.changelog(db=db, program=program), **_ctx(t))


# -- organiser: meetings ---------------------------------------------------------------------
@router.get("/programs/{program_id}/meetings")
def meetings_page(program_id: Id, request: Request, db: DbSession, t: T, user: CurrentUser):
    """The meeting schedule: organisers solve and publish it; staff and viewers read it."""
    program = _program_for(db, program_id, user, "programs.oversee")
    draft = meetings.draft_version(db=db, program=program)
    shown = board.meeting_board(db=db, program=program)
    multi = shown["multi_day"] or len(program.meeting_days) > 1
    return render(request, "programs/meetings.html", t, user=user, program=program,
                  grid=shown,
                  risk=meetings.publish_risk(db=db, program=program),
                  affected=meetings.affected(db=db, program=program),
                  released=draft.released if draft else [],
                  published=meetings.published_version(db=db, program=program),
                  pending=meetings.unpublished_schedule_changes(db=db, program=program),
                  log=meetings.schedule_changelog(db=db, program=program),
                  requests=meetings.all_requests(db=db, program=program),
                  slot_keys=meetings.slot_keys(program),
                  **{**_ctx(t), "slot_label": lambda key: slot_label(key, with_day=multi)})


@router.post("/programs/{program_id}/meetings/interpreters", dependencies=[Csrf])
def interpreter_add(program_id: Id, request: Request, form: PostedForm, db: DbSession, user: CurrentUser):
    """Add an interpreter: name, pairs, the slots they work (all ticked: every slot), a daily
    limit (empty: none)."""
    program = _program_for(db, program_id, user)
    slots = form.getlist("slots")
    most = (form.get("max_meetings") or "").strip()
    if most and not most.isdigit():
        raise InvalidValue("E521", value=most)
    meetings.add_interpreter(
        db=db, program=program, name=form.get("name") or "", pairs=form.getlist("pairs"),
        available=None if set(slots) >= set(meetings.slot_keys(program)) else slots,
        max_meetings=int(most) if most else None)
    return _see(f"/programs/{program.id}/meetings#interpreters")


@router.post("/programs/{program_id}/meetings/interpreters/{interpreter_id}/remove",
             dependencies=[Csrf])
def interpreter_remove(program_id: Id, interpreter_id: Id, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    meetings.remove_interpreter(db=db, program=program, interpreter_id=interpreter_id)
    return _see(f"/programs/{program.id}/meetings#interpreters")


@router.post("/programs/{program_id}/meetings/solve", dependencies=[Csrf])
def meetings_solve(program_id: Id, db: DbSession, user: CurrentUser):
    """Solve, or re-solve after a change: every meeting that can stay keeps slot and table."""
    program = _program_for(db, program_id, user)
    meetings.solve(db=db, program=program, time_limit=5)
    return _see(f"/programs/{program.id}/meetings")


@router.post("/programs/{program_id}/meetings/publish", dependencies=[Csrf])
def meetings_publish(program_id: Id, form: PostedForm, db: DbSession, user: CurrentUser):
    program = _program_for(db, program_id, user)
    meetings.publish_schedule(db=db, program=program, confirm=form.get("confirm") == "1")
    return _see(f"/programs/{program.id}/meetings")


# -- the participant's own page --------------------------------------------------------------
def _mine(db, token: str):
    participant = service.participant_by_token(db=db, token=token)
    return participant, participant.program


@router.get("/p/{token}")
def my_page(token: str, request: Request, db: DbSession, t: T, user: CurrentUser,
            registered: int = 0):
    from gyoryu.matching import service as match_service

    participant, program = _mine(db, token)
    profile = meetings.org_profile(db=db, program=program, participant=participant)
    recs = meetings.recommendations(db=db, program=program, participant=participant)
    return render(request, "programs/me.html", t, user=user, program=program, me=participant,
                  registered=registered, speaks=service.speaks_for_org(participant),
                  days=agenda.by_day(agenda.entries(db=db, program=program,
                                                    participant=participant, t=t)),
                  draft=agenda.itinerary_items(db=db, program=program)[1],
                  profile=match_service.profile_form(profile) if profile else None,
                  sectors=all_sectors(db=db), capabilities=list(Capability),
                  capability_labels=CAPABILITY_LABELS,
                  recommendations=recs,
                  requests=meetings.requests_of(db=db, participant=participant),
                  slots=meetings.slot_choices(db=db, program=program, participant=participant),
                  languages=meetings.MEETING_LANGUAGES,
                  reasons=board.reasons_for(db=db, program=program, participant=participant),
                  **_ctx(t))


@router.post("/p/{token}/availability", dependencies=[Csrf])
def my_availability(token: str, form: PostedForm, db: DbSession):
    participant, program = _mine(db, token)
    meetings.set_availability(db=db, program=program, participant=participant,
                              slots=form.getlist("slots"))
    return _see(f"/p/{token}#availability")


@router.post("/p/{token}/languages", dependencies=[Csrf])
def my_languages(token: str, request: Request, form: PostedForm, db: DbSession):
    participant, _program = _mine(db, token)
    meetings.set_languages(db=db, participant=participant, languages=form.getlist("languages"))
    return _see(f"/p/{token}#languages")


@router.post("/p/{token}/profile", dependencies=[Csrf])
def my_profile(token: str, form: PostedForm, db: DbSession):
    participant, program = _mine(db, token)
    meetings.save_org_profile(
        db=db, program=program, participant=participant,
        offers_sectors=form.getlist("offers_sectors"), seeks_sectors=form.getlist("seeks_sectors"),
        offers_capabilities=form.getlist("offers_capabilities"),
        seeks_capabilities=form.getlist("seeks_capabilities"),
        offers_text=form.get("offers_text") or "", seeks_text=form.get("seeks_text") or "")
    return _see(f"/p/{token}#profile")


@router.post("/p/{token}/requests", dependencies=[Csrf])
def my_request(token: str, form: PostedForm, db: DbSession):
    participant, program = _mine(db, token)
    meetings.request_meeting(db=db, program=program, requester=participant,
                             target_org_id=form_id(form.get("target_org_id"),
                                                   P_("field", "organisation")),
                             message=form.get("message") or "")
    return _see(f"/p/{token}#requests")


@router.post("/p/{token}/requests/{request_id}", dependencies=[Csrf])
def my_answer(token: str, request_id: Id, form: PostedForm, db: DbSession):
    participant, program = _mine(db, token)
    req = meetings.get_request(db=db, program=program, request_id=request_id)
    meetings.respond(db=db, request=req, participant=participant, action=form.get("action") or "")
    return _see(f"/p/{token}#requests")


@router.get("/p/{token}/agenda.ics")
def my_ics(token: str, db: DbSession, lang: str = ""):
    participant, program = _mine(db, token)
    body = calendar.feed(db=db, participant=participant, t=Translator(lang or participant.locale))
    return Response(body, media_type="text/calendar; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="agenda-{program.id}.ics"'})


@router.get("/p/{token}/agenda.pdf")
def my_pdf(token: str, request: Request, db: DbSession, lang: str = ""):
    participant, program = _mine(db, token)
    t = Translator(lang or participant.locale)
    html = render(request, "programs/agenda_print.html", t, program=program, me=participant,
                  days=agenda.by_day(agenda.entries(db=db, program=program,
                                                    participant=participant, t=t)),
                  **_ctx(t)).body.decode()
    return Response(agenda.pdf(html), media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="agenda-{program.id}.pdf"'})


@router.get("/programs/{program_id}/agenda.pdf")
def program_pdf(program_id: Id, request: Request, db: DbSession, t: T):
    """The program's day-by-day itinerary, printable (no personal meetings)."""
    program = service.get_program(db=db, program_id=program_id)
    html = render(request, "programs/agenda_print.html", t, program=program, me=None,
                  days=agenda.by_day(agenda.entries(db=db, program=program, participant=None,
                                                    t=t)), **_ctx(t)).body.decode()
    return Response(agenda.pdf(html), media_type="application/pdf")
