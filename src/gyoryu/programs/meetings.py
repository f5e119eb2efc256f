"""Meeting requests between participants and the organisations taking part, each participant's
meeting availability, and the B2B schedule: built from accepted requests first, then strong
recommendations, and solved by the matching domain's scheduler into slots × tables.

A participant is available in the slots they ticked on their page, minus the slots that overlap
a visit of the itinerary they see (the published one, or the draft while nothing is published):
the delegation is out at a host then.

Solving makes a draft (matching's newest `ScheduleRun`); the organiser publishes it as a
numbered `ScheduleVersion`, and participants' agendas show only the published version. The
changelog is matching's `schedule_changes` between consecutive published versions.

Attendee keys given to matching are participant ids (as strings); slot keys are local
date-times ("2025-11-24T14:00").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError, InvalidValue, NotFound, PerLanguage
from gyoryu.i18n import LOCALES, P_
from gyoryu.matching import meetings as matching
from gyoryu.matching import service as match_service
from gyoryu.matching.models import ScheduleRun
from gyoryu.matching.scheduling import Instance
from gyoryu.programs import itinerary
from gyoryu.programs.enums import ParticipantStatus, RequestStatus
from gyoryu.programs.models import (
    Interpreter,
    MeetingRequest,
    Participant,
    Program,
    ScheduleVersion,
)
from gyoryu.programs.service import accepted, check_speaks_for_org, speaks_for_org


def slot_keys(program: Program) -> list[str]:
    if not program.meeting_on or program.meeting_slots <= 0:
        return []
    start = datetime.combine(program.meeting_on, datetime.min.time()) + timedelta(
        minutes=program.meeting_start)
    step = timedelta(minutes=program.meeting_minutes)
    return [(start + i * step).strftime("%Y-%m-%dT%H:%M") for i in range(program.meeting_slots)]


def slot_time(key: str) -> datetime:
    return datetime.strptime(key, "%Y-%m-%dT%H:%M")


# -- availability ----------------------------------------------------------------------------
def visits_during_slots(*, db: Session, program: Program) -> dict[str, dict]:
    """The itinerary visit each meeting slot overlaps (slots free of visits are left out)."""
    version = itinerary.published(db=db, program=program)
    items = version.items if version is not None else itinerary.snapshot(
        itinerary.visits(db=db, program=program))
    busy: dict[str, dict] = {}
    for key in slot_keys(program):
        start = slot_time(key)
        day, lo = start.date().isoformat(), start.hour * 60 + start.minute
        hi = lo + program.meeting_minutes
        for item in items:
            if item["day"] == day and item["start"] < hi and lo < item["end"]:
                busy[key] = item
                break
    return busy


def slot_choices(*, db: Session, program: Program, participant: Participant,
                 busy: dict[str, dict] | None = None) -> list[dict]:
    """Every meeting slot for the participant's form: ticked or not, and the visit blocking it
    (`busy`: `visits_during_slots`, when the caller already has it)."""
    if busy is None:
        busy = visits_during_slots(db=db, program=program)
    step = timedelta(minutes=program.meeting_minutes)
    return [{"slot": key, "start": slot_time(key), "end": slot_time(key) + step,
             "chosen": participant.available is None or key in participant.available,
             "visit": busy.get(key)}
            for key in slot_keys(program)]


def available_slots(*, db: Session, program: Program, participant: Participant,
                    busy: dict[str, dict] | None = None) -> list[str]:
    """The slots the participant can meet in: chosen by them and free of itinerary visits."""
    return [c["slot"] for c in slot_choices(db=db, program=program, participant=participant,
                                            busy=busy)
            if c["chosen"] and c["visit"] is None]


def set_availability(*, db: Session, program: Program, participant: Participant,
                     slots: list[str]) -> None:
    """Keep the slots the participant says they are free in (every slot: `available` is None,
    so slots added later count as free too). Slots taken by a visit cannot be ticked on the
    form, so they keep the participant's earlier choice for when the visit moves."""
    keys = slot_keys(program)
    for key in slots:
        if key not in keys:
            raise InvalidValue("E506", field=P_("field", "slot"), value=key, allowed=", ".join(keys))
    busy = visits_during_slots(db=db, program=program)
    before = set(keys if participant.available is None else participant.available)
    chosen = {k for k in slots if k not in busy} | {k for k in busy if k in before}
    participant.available = None if chosen >= set(keys) else [k for k in keys if k in chosen]
    db.flush()


# -- languages and interpreters --------------------------------------------------------------
MEETING_LANGUAGES = LOCALES  # the languages meetings are held and interpreted in


def set_languages(*, db: Session, participant: Participant, languages: list[str]) -> None:
    """The languages a participant can hold a meeting in; none ticked: not said (the scheduler
    then plans no interpreter for them)."""
    for lang in languages:
        if lang not in MEETING_LANGUAGES:
            raise InvalidValue("E506", field=P_("field", "language"), value=lang,
                               allowed=", ".join(MEETING_LANGUAGES))
    participant.languages = [lang for lang in MEETING_LANGUAGES if lang in languages] or None
    db.flush()


def interpreters(*, db: Session, program: Program) -> list[Interpreter]:
    return list(db.scalars(select(Interpreter).where(Interpreter.program_id == program.id)
                           .order_by(Interpreter.id)))


def add_interpreter(*, db: Session, program: Program, name: str, pairs: list[str],
                    available: list[str] | None = None,
                    max_meetings: int | None = None) -> Interpreter:
    """An interpreter for the B2B meetings: the pairs they bridge ("ko-zh"), the slots they work
    (None: every slot) and the meetings a day they take at most (None: no limit)."""
    name = (name or "").strip()
    if not name:
        raise GyoryuError("E516", field=P_("field", "name"))
    clean = []
    for pair in pairs:
        parts = str(pair).strip().split("-")
        if (len(parts) != 2 or parts[0] == parts[1]
                or not all(x in MEETING_LANGUAGES for x in parts)):
            raise InvalidValue("E519", value=pair, allowed=", ".join(MEETING_LANGUAGES))
        clean.append("-".join(sorted(parts)))
    if not clean:
        raise GyoryuError("E516", field=P_("field", "language pair"))
    keys = slot_keys(program)
    for key in available or []:
        if key not in keys:
            raise InvalidValue("E506", field=P_("field", "slot"), value=key, allowed=", ".join(keys))
    if max_meetings is not None and (isinstance(max_meetings, bool) or not isinstance(
            max_meetings, int) or not 1 <= max_meetings <= 100):
        raise InvalidValue("E521", value=max_meetings)
    person = Interpreter(program_id=program.id, name=name, pairs=sorted(set(clean)),
                         available=None if available is None else [k for k in keys
                                                                   if k in available],
                         max_meetings=max_meetings)
    db.add(person)
    db.flush()
    return person


def remove_interpreter(*, db: Session, program: Program, interpreter_id: int) -> None:
    person = db.get(Interpreter, interpreter_id)
    if person is None or person.program_id != program.id:
        raise NotFound("E520", id=interpreter_id)
    db.delete(person)
    db.flush()


def _interpreter_instance(program: Program, people: list[Interpreter]) -> list[dict]:
    keys = slot_keys(program)
    out = []
    for p in people:
        item = {"id": str(p.id), "pairs": list(p.pairs),
                "available": keys if p.available is None else [k for k in p.available
                                                                if k in keys]}
        if p.max_meetings:
            item["max_meetings"] = p.max_meetings
        out.append(item)
    return out


# -- requests --------------------------------------------------------------------------------
def request_meeting(*, db: Session, program: Program, requester: Participant,
                    target_org_id: int, message: str = "") -> MeetingRequest:
    """Ask to meet an organisation with at least one accepted participant in the program."""
    if requester.organization_id == target_org_id:
        raise GyoryuError("E514")
    targets = [p for p in accepted(db=db, program=program) if p.organization_id == target_org_id]
    if not targets:
        from gyoryu.directory.service import get_org

        org = get_org(db=db, org_id=target_org_id)
        raise GyoryuError("E512", org=PerLanguage({lang: org.display_name(lang) for lang in LOCALES}))
    existing = db.scalar(select(MeetingRequest).where(
        MeetingRequest.requester_id == requester.id,
        MeetingRequest.target_org_id == target_org_id))
    if existing is not None:
        if existing.status == RequestStatus.withdrawn:
            existing.status, existing.message = RequestStatus.pending, message
            db.flush()
        return existing
    req = MeetingRequest(program_id=program.id, requester=requester,
                         target_org_id=target_org_id, message=message)
    db.add(req)
    db.flush()
    return req


def get_request(*, db: Session, program: Program, request_id: int) -> MeetingRequest:
    req = db.get(MeetingRequest, request_id)
    if req is None or req.program_id != program.id:
        raise NotFound("E511", id=request_id)
    return req


def answer(*, db: Session, request: MeetingRequest, responder: Participant, accept: bool
           ) -> MeetingRequest:
    """A participant acting for the requested organisation accepts (and takes the meeting) or
    declines."""
    if responder.organization_id != request.target_org_id:
        from gyoryu.errors import Forbidden

        raise Forbidden()
    check_speaks_for_org(responder)
    if request.status != RequestStatus.pending:
        raise GyoryuError("E513")
    request.status = RequestStatus.accepted if accept else RequestStatus.declined
    request.responder = responder
    db.flush()
    return request


ANSWERS = ("accept", "decline", "withdraw")


def respond(*, db: Session, request: MeetingRequest, participant: Participant, action: str
            ) -> MeetingRequest:
    """The participant page's one door for a request: the requester withdraws it, someone acting
    for the requested organisation accepts or declines it."""
    if action not in ANSWERS:
        raise InvalidValue("E506", field=P_("field", "action"), value=str(action)[:40],
                           allowed=", ".join(ANSWERS))
    if action == "withdraw":
        if request.requester_id != participant.id:
            from gyoryu.errors import Forbidden

            raise Forbidden()
        withdraw(db=db, request=request)
        return request
    return answer(db=db, request=request, responder=participant, accept=action == "accept")


def withdraw(*, db: Session, request: MeetingRequest) -> None:
    request.status = RequestStatus.withdrawn
    db.flush()


def requests_of(*, db: Session, participant: Participant) -> dict[str, list[MeetingRequest]]:
    """A participant's sent requests, and those received by their organisation (only once they
    act for it)."""
    sent = db.scalars(select(MeetingRequest).where(
        MeetingRequest.requester_id == participant.id).order_by(MeetingRequest.id)).all()
    received = [] if not speaks_for_org(participant) else db.scalars(
        select(MeetingRequest).where(
            MeetingRequest.program_id == participant.program_id,
            MeetingRequest.target_org_id == participant.organization_id,
        ).order_by(MeetingRequest.id)).all()
    return {"sent": list(sent), "received": list(received)}


def all_requests(*, db: Session, program: Program) -> list[MeetingRequest]:
    return list(db.scalars(select(MeetingRequest).where(
        MeetingRequest.program_id == program.id).order_by(MeetingRequest.id)))


def org_profile(*, db: Session, program: Program, participant: Participant):
    """The program profile of the participant's organisation, when they act for it."""
    if not speaks_for_org(participant):
        return None
    return match_service.profile_for(db=db, organization_id=participant.organization_id,
                                     program_id=program.id)


def save_org_profile(*, db: Session, program: Program, participant: Participant, **fields):
    """What the participant's organisation offers and seeks at the program: only someone acting
    for the organisation may change it."""
    from pydantic import ValidationError

    from gyoryu.errors import first_error
    from gyoryu.matching.schemas import ProfileIn

    check_speaks_for_org(participant)
    try:
        data = ProfileIn(organization_id=participant.organization_id, program_id=program.id,
                         **fields)
    except ValidationError as exc:
        raise first_error(exc) from None
    return match_service.save_profile(db=db, data=data)


# -- recommendations -------------------------------------------------------------------------
def recommendations(*, db: Session, program: Program, participant: Participant,
                    limit: int = 10) -> list:
    """Partners for the participant's organisation among the program's profiles (with reasons).

    Only organisations with an accepted participant are offered: they are the ones to meet."""
    if not speaks_for_org(participant):
        return []
    profile = match_service.profile_for(db=db, organization_id=participant.organization_id,
                                        program_id=program.id)
    if profile is None:
        return []
    present = {p.organization_id for p in accepted(db=db, program=program)}
    return [r for r in match_service.recommend(db=db, profile_id=profile.id, limit=limit * 3)
            if r.profile.organization_id in present][:limit]


# -- the schedule ----------------------------------------------------------------------------
def attendees(*, db: Session, program: Program) -> list[Participant]:
    """Who can meet: accepted participants with an organisation in the directory."""
    return [p for p in accepted(db=db, program=program) if p.organization_id is not None]


def build_instance(*, db: Session, program: Program, recommend_top: int = 3) -> dict:
    slots = slot_keys(program)
    if not slots:
        raise GyoryuError("E515")
    people = attendees(db=db, program=program)
    present = {p.id for p in people}
    busy = visits_during_slots(db=db, program=program)
    attendees_ = [matching.Attendee(key=str(p.id), organization_id=p.organization_id,
                                    available=available_slots(db=db, program=program,
                                                              participant=p, busy=busy),
                                    languages=p.languages)
                  for p in people]
    accepted_ = [matching.AcceptedRequest(key=str(r.id), a=str(r.requester_id),
                                          b=str(r.responder_id))
                 for r in all_requests(db=db, program=program)
                 if r.status == RequestStatus.accepted and r.requester_id in present
                 and r.responder_id in present]
    return matching.meeting_instance(
        db=db, program_id=program.id, slots=slots, tables=program.tables, attendees=attendees_,
        accepted=accepted_, recommend_top=recommend_top,
        interpreters=_interpreter_instance(program, interpreters(db=db, program=program)))


def solve(*, db: Session, program: Program, time_limit: float = 10.0) -> ScheduleRun:
    """Solve (or re-solve, keeping meetings in place) the program's meeting schedule: a new
    draft, with the meetings that had to leave their place (`ScheduleVersion.released`)."""
    run = matching.solve_schedule(db=db, program_id=program.id,
                                  instance=build_instance(db=db, program=program),
                                  time_limit=time_limit)
    db.add(ScheduleVersion(program_id=program.id, run_id=run.id,
                           released=list(getattr(run, "stats", {}).get("released", []))))
    db.flush()
    return run


def current(*, db: Session, program: Program) -> ScheduleRun | None:
    """The draft: the newest solved schedule."""
    return matching.current_schedule(db=db, program_id=program.id)


def draft_version(*, db: Session, program: Program) -> ScheduleVersion | None:
    run = current(db=db, program=program)
    if run is None:
        return None
    return db.scalar(select(ScheduleVersion).where(ScheduleVersion.run_id == run.id))


# -- published versions ----------------------------------------------------------------------
def schedule_versions(*, db: Session, program: Program) -> list[ScheduleVersion]:
    return list(db.scalars(select(ScheduleVersion).where(
        ScheduleVersion.program_id == program.id, ScheduleVersion.number.is_not(None),
    ).order_by(ScheduleVersion.number)))


def published_version(*, db: Session, program: Program) -> ScheduleVersion | None:
    return db.scalar(select(ScheduleVersion).where(
        ScheduleVersion.program_id == program.id, ScheduleVersion.number.is_not(None),
    ).order_by(ScheduleVersion.number.desc()).limit(1))


def published_run(*, db: Session, program: Program) -> ScheduleRun | None:
    version = published_version(db=db, program=program)
    return None if version is None else db.get(ScheduleRun, version.run_id)


def publish_schedule(*, db: Session, program: Program, allow_empty: bool = False) -> ScheduleVersion:
    """Publish the draft as the next version (publishing it twice keeps one version). A draft
    without a single meeting (nobody accepted yet, no slots free) is published only when the
    organiser confirms it (`allow_empty`): participants would see their meetings vanish."""
    run = current(db=db, program=program)
    if run is None:
        raise GyoryuError("E518")
    if not run.meetings and not allow_empty:
        raise GyoryuError("E533")
    version = draft_version(db=db, program=program)
    if version is None:  # stored outside programs (`gyoryu schedule`): adopt it
        version = ScheduleVersion(program_id=program.id, run_id=run.id, released=[])
        db.add(version)
    if version.number is None:
        version.number = (db.scalar(select(func.max(ScheduleVersion.number)).where(
            ScheduleVersion.program_id == program.id)) or 0) + 1
        version.published_at = utcnow()
    db.flush()
    return version


def _described(db: Session, changes: list[dict], runs: list[ScheduleRun | None]) -> list[dict]:
    """matching's changes with the two participants of each meeting."""
    pairs = {m.request: (m.a, m.b) for run in runs if run is not None for m in run.meetings}
    ids = {int(k) for pair in pairs.values() for k in pair}
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    out = []
    for change in changes:
        a, b = pairs[change["request"]]
        out.append({**change, "a": people.get(int(a)), "b": people.get(int(b))})
    return sorted(out, key=lambda c: (c["slot"], c["table"], c["request"]))


def schedule_changelog(*, db: Session, program: Program) -> list[dict]:
    """Every published version with what changed since the one before, newest first."""
    log, before = [], None
    for version in schedule_versions(db=db, program=program):
        run = db.get(ScheduleRun, version.run_id)
        log.append({"version": version,
                    "changes": _described(db, matching.schedule_changes(before, run),
                                          [before, run])})
        before = run
    return list(reversed(log))


def unpublished_schedule_changes(*, db: Session, program: Program) -> list[dict]:
    """What the draft changes against the published version."""
    run = current(db=db, program=program)
    if run is None:
        return []
    before = published_run(db=db, program=program)
    if before is not None and before.id == run.id:
        return []
    return _described(db, matching.schedule_changes(before, run), [before, run])


def affected(*, db: Session, program: Program) -> list[dict]:
    """Meetings of the draft that cannot stay as they are: a side cancelled (or is no longer
    accepted), a side is no longer free in the slot, or the request was withdrawn."""
    run = current(db=db, program=program)
    if run is None:
        return []
    present = {p.id: p for p in attendees(db=db, program=program)}
    ids = {int(k) for m in run.meetings for k in (m.a, m.b)}
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    busy = visits_during_slots(db=db, program=program)
    free = {pid: set(available_slots(db=db, program=program, participant=p, busy=busy))
            for pid, p in present.items()}
    requests = {f"{matching.REQUEST_PREFIX}{r.id}": r
                for r in all_requests(db=db, program=program)}
    out = []
    for m in run.meetings:
        sides = (int(m.a), int(m.b))
        gone = [people.get(pid) for pid in sides if pid not in present]
        req = requests.get(m.request)
        if gone:
            reason, who = "cancelled", gone
        elif any(m.slot not in free[pid] for pid in sides):
            reason, who = "unavailable", [present[pid] for pid in sides
                                          if m.slot not in free[pid]]
        elif m.request.startswith(matching.REQUEST_PREFIX) and (
                req is None or req.status != RequestStatus.accepted):
            reason, who = "withdrawn", []
        else:
            continue
        out.append({"meeting": m, "a": people.get(sides[0]), "b": people.get(sides[1]),
                    "reason": reason, "who": [p for p in who if p is not None]})
    return out


def grid(*, db: Session, program: Program) -> dict:
    """The organiser's slot × table grid of the current schedule."""
    run = current(db=db, program=program)
    slots = slot_keys(program)
    cells: dict[tuple[str, int], object] = {}
    requests = {r["id"]: r for r in run.instance["requests"]} if run is not None else {}
    ids = {int(r[side]) for r in requests.values() for side in ("a", "b")}
    if run is not None:
        for m in run.meetings:
            cells[(m.slot, m.table_no)] = m
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    unscheduled = []
    if run is not None:
        placed = {m.request for m in run.meetings}
        unscheduled = [r for r in run.instance["requests"] if r["id"] not in placed]
    voices = {str(i.id): i for i in interpreters(db=db, program=program)}
    return {"run": run, **placed_figures(run), "slots": slots, "tables": list(range(program.tables)), "cells": cells,
            "people": people, "requests": requests, "unscheduled": unscheduled,
            "reasons": _reasons(run, requests, people) if run is not None else [],
            "interpreters": voices,
            "use": (run.interpreters or {}) if run is not None else {}}


def placed_figures(run: ScheduleRun | None) -> dict:
    """The schedule in an organiser's words: meetings placed, of those requested, and the most
    any schedule could place. The solver proves a bound on the total weight, not on the count;
    as every meeting weighs at least the lightest request, no schedule places more than
    bound / lightest weight meetings (exact when the requests weigh the same)."""
    if run is None:
        return {"placed": 0, "requested": 0, "best_at_most": 0}
    requested = len(run.instance["requests"])
    weights = Instance.from_dict(run.instance).weight if requested else None
    lightest = float(weights.min()) if weights is not None and len(weights) else 0.0
    most = requested if lightest <= 0 else min(requested, int(run.bound / lightest + 1e-9))
    return {"placed": len(run.meetings), "requested": requested,
            "best_at_most": max(most, len(run.meetings))}


def _reasons(run: ScheduleRun, requests: dict, people: dict) -> list[dict]:
    """The solver's reason for each request left out, with the participants it names."""
    out = []
    for item in run.unscheduled or []:
        req = requests.get(item["request"])
        if req is None:
            continue
        detail = item.get("detail") or {}
        taken = [{**t, "who": people.get(int(t["participant"])),
                  "with": _other(requests.get(t["request"]), t["participant"], people)}
                 for t in detail.get("taken", [])]
        out.append({"request": item["request"], "reason": item["reason"],
                    "a": people.get(int(req["a"])), "b": people.get(int(req["b"])),
                    "slots": detail.get("slots", []), "pairs": detail.get("pairs", []),
                    "times": [str(s)[11:] for s in detail.get("slots", [])], "taken": taken})
    return out


def _other(req: dict | None, who: str, people: dict) -> Participant | None:
    if req is None:
        return None
    return people.get(int(req["b"] if str(req["a"]) == str(who) else req["a"]))


def reasons_for(*, db: Session, program: Program, participant: Participant) -> list[dict]:
    """Why the participant's requests were left out of the published schedule (for their page)."""
    run = published_run(db=db, program=program)
    if run is None:
        return []
    requests = {r["id"]: r for r in run.instance["requests"]}
    me = str(participant.id)
    mine = {k: r for k, r in requests.items() if me in (str(r["a"]), str(r["b"]))}
    ids = {int(r[side]) for r in mine.values() for side in ("a", "b")}
    for item in run.unscheduled or []:
        for t in (item.get("detail") or {}).get("taken", []):
            if item["request"] in mine:
                ids.add(int(t["participant"]))
                req = requests.get(t["request"])
                if req is not None:
                    ids.update(int(req[s]) for s in ("a", "b"))
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    return [x for x in _reasons(run, requests, people) if x["request"] in mine]


def meetings_for(*, db: Session, program: Program, participant: Participant,
                 run: ScheduleRun | None = None) -> list[dict]:
    """A participant's meetings in the published schedule (or in `run`, an earlier version):
    slot, table, whom they meet and the request the meeting fulfils."""
    run = published_run(db=db, program=program) if run is None else run
    out = []
    me = str(participant.id)
    for m in (run.meetings if run is not None else []):
        if me not in (m.a, m.b):
            continue
        other = db.get(Participant, int(m.b) if m.a == me else int(m.a))
        start = slot_time(m.slot)
        voice = None if m.interpreter is None else db.get(Interpreter, int(m.interpreter))
        out.append({"slot": m.slot, "start": start,
                    "end": start + timedelta(minutes=program.meeting_minutes),
                    "table": m.table_no, "with": other, "origin": m.origin,
                    "interpreter": voice, "request": m.request})
    return out


def check_status(participant: Participant) -> None:
    if participant.status != ParticipantStatus.accepted:
        raise InvalidValue("E506", field=P_("field", "status"), value=participant.status,
                           allowed=ParticipantStatus.accepted)
