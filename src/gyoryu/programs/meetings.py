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

import math

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError, InvalidValue, NeedsConfirmation, NotFound, PerLanguage
from gyoryu.i18n import LOCALES, P_
from gyoryu.matching import meetings as matching
from gyoryu.matching import service as match_service
from gyoryu.matching.models import ScheduleRun
from gyoryu.matching.scheduling import Instance
from gyoryu.matching.scheduling import solve as solve_schedule
from gyoryu.programs import grid, itinerary
from gyoryu.programs.enums import ParticipantStatus, RequestStatus
from gyoryu.programs.grid import (
    slot_keys,
    slot_span,
    slot_spans,
    slot_time,  # noqa: F401  (outcomes dates held meetings by it)
)
from gyoryu.programs.models import (
    Interpreter,
    MeetingRequest,
    Participant,
    Program,
    ScheduleVersion,
)
from gyoryu.programs.service import accepted, check_speaks_for_org, speaks_for_org


# -- availability ----------------------------------------------------------------------------
def visits_during_slots(*, db: Session, program: Program) -> dict[str, dict]:
    """The itinerary visit each meeting slot overlaps (slots free of visits are left out)."""
    version = itinerary.published(db=db, program=program)
    items = version.items if version is not None else itinerary.snapshot(
        itinerary.visits(db=db, program=program))
    busy: dict[str, dict] = {}
    for key, (start, end) in slot_spans(program).items():
        day, lo = start.date().isoformat(), start.hour * 60 + start.minute
        hi = lo + int((end - start).total_seconds() // 60)
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
    return [{"slot": key, "start": start, "end": end,
             "chosen": participant.available is None or key in participant.available,
             "visit": busy.get(key)}
            for key, (start, end) in slot_spans(program).items()]


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
    """The scheduling instance of the program: its days and slots, the tables of its halls
    and the walk between them (with the breaks as the time to walk), who can meet when (with
    their languages and, for reserved tables, their sectors), the accepted requests and strong
    recommendations, and the interpreters."""
    slots = slot_keys(program)
    if not slots:
        raise GyoryuError("E515")
    grid.require_tables(program)
    people = attendees(db=db, program=program)
    present = {p.id for p in people}
    busy = visits_during_slots(db=db, program=program)
    sectors = grid.reserved_sectors(db=db, program=program, organization_ids={
        str(p.id): p.organization_id for p in people})
    attendees_ = [matching.Attendee(key=str(p.id), organization_id=p.organization_id,
                                    available=available_slots(db=db, program=program,
                                                              participant=p, busy=busy),
                                    languages=p.languages, sector=sectors.get(str(p.id)))
                  for p in people]
    accepted_ = [matching.AcceptedRequest(key=str(r.id), a=str(r.requester_id),
                                          b=str(r.responder_id))
                 for r in all_requests(db=db, program=program)
                 if r.status == RequestStatus.accepted and r.requester_id in present
                 and r.responder_id in present]
    return matching.meeting_instance(
        db=db, program_id=program.id, slots=slots, tables=grid.table_entries(program),
        days=grid.days_of(program), attendees=attendees_, accepted=accepted_,
        recommend_top=recommend_top,
        interpreters=_interpreter_instance(program, interpreters(db=db, program=program)),
        walking=grid.walking_of(db=db, program=program), gaps=grid.gaps_of(program))


def solve(*, db: Session, program: Program, time_limit: float = 10.0) -> ScheduleRun:
    """Solve (or re-solve, keeping meetings in place) the program's meeting schedule: a new
    draft, with the meetings that had to leave their place (`ScheduleVersion.released`) and
    the most meetings any schedule could place (`most_meetings`)."""
    instance = build_instance(db=db, program=program)
    run = matching.solve_schedule(db=db, program_id=program.id, instance=instance,
                                  time_limit=time_limit)
    db.add(ScheduleVersion(program_id=program.id, run_id=run.id,
                           released=list(getattr(run, "stats", {}).get("released", [])),
                           most_meetings=max(len(run.meetings), most_meetings(
                               instance, time_limit=max(1.0, time_limit / 5)))))
    db.flush()
    return run


def most_meetings(instance: dict, *, time_limit: float = 2.0) -> int:
    """A proven upper bound on how many of the instance's requests any schedule places.

    The solver proves a bound on the total weight; with requests of different weights that says
    little about the count (bound / lightest weight is loose). So the count is bounded on its
    own: the same instance with every weight 1 (the same schedules are possible), whose LP
    bound is a bound on the number of meetings — whole, as the count is. Solved without pins,
    so it bounds every schedule, not only those keeping the meetings already placed."""
    requests = instance["requests"]
    if not requests:
        return 0
    unit = {**instance, "requests": [{"id": r["id"], "a": r["a"], "b": r["b"], "weight": 1}
                                     for r in requests]}
    unit.pop("pins", None)
    counted = solve_schedule(Instance.from_dict(unit), method="greedy", time_limit=time_limit)
    return min(len(requests), int(math.floor(counted.bound + 1e-9)))


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


def publish_risk(*, db: Session, program: Program) -> dict | None:
    """What publishing the draft would take from participants, when the schedule itself takes
    anything: no meeting at all; fewer meetings, or less weight, than the published version
    still holding; or dropping a meeting participants have that could still take place. None
    when it is safe (or already published).

    Published meetings that cannot take place any more — their request was withdrawn or
    declined, a side cancelled or is no longer accepted, so no draft can hold them — are `gone`:
    the draft is measured against the rest, so a re-solve after a cancellation is no warning.
    The figures: placed, published (meetings), gone, objective, published_objective, dropped
    (meetings that could stay and do not, a meeting being its two sides as in
    `schedule_changes`) and losing (the participants of those)."""
    run = current(db=db, program=program)
    if run is None:
        return None
    before = published_run(db=db, program=program)
    if before is not None and before.id == run.id:
        return None
    placed = len(run.meetings)
    if before is None:
        return None if placed else {"empty": True, "placed": 0, "published": 0, "gone": 0,
                                    "objective": 0, "published_objective": 0, "dropped": 0,
                                    "losing": 0}
    possible = {frozenset((str(r["a"]), str(r["b"]))) for r in run.instance["requests"]}
    gone = [m for m in before.meetings if frozenset((m.a, m.b)) not in possible]
    removed = {c["request"] for c in matching.schedule_changes(before, run)
               if c["change"] == "removed"}
    dropped = [m for m in before.meetings if m.request in removed and m not in gone]
    still = len(before.meetings) - len(gone)
    still_weight = before.objective - sum(m.weight for m in gone)
    figures = {"empty": placed == 0, "placed": placed, "published": len(before.meetings),
               "gone": len(gone), "objective": _number(run.objective),
               "published_objective": _number(before.objective), "dropped": len(dropped),
               "losing": len({p for m in dropped for p in (m.a, m.b)})}
    worse = (placed == 0 or placed < still or dropped
             or run.objective < still_weight - 1e-9)
    return figures if worse else None


def publish_schedule(*, db: Session, program: Program, confirm: bool = False) -> ScheduleVersion:
    """Publish the draft as the next version (publishing it twice keeps one version). A draft
    that takes meetings from participants (`publish_risk`: none at all, fewer or lighter than
    the published version, or dropping meetings they have) is published only when the organiser
    confirms it, having seen the figures in the error (E533, E550; HTTP 409)."""
    run = current(db=db, program=program)
    if run is None:
        raise GyoryuError("E518")
    risk = publish_risk(db=db, program=program)
    if risk is not None and not confirm:
        if risk["empty"]:
            raise NeedsConfirmation("E533")
        raise NeedsConfirmation("E550", placed=risk["placed"], objective=risk["objective"],
                                published=risk["published"],
                                published_objective=risk["published_objective"],
                                losing=risk["losing"])
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


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _described(db: Session, changes: list[dict], runs: list[ScheduleRun | None]) -> list[dict]:
    """matching's changes with the two participants of each meeting and the tables' places
    (hall, number) in the schedule before (`from_place`) and after (`place`)."""
    pairs = {m.request: (m.a, m.b) for run in runs if run is not None for m in run.meetings}
    ids = {int(k) for pair in pairs.values() for k in pair}
    people = {p.id: p for p in db.scalars(select(Participant).where(Participant.id.in_(ids)))}
    before, after = runs
    old = grid.table_places(before.instance) if before is not None else {}
    new = grid.table_places(after.instance)
    out = []
    for change in changes:
        a, b = pairs[change["request"]]
        places = old if change["change"] == "removed" else new
        item = {**change, "a": people.get(int(a)), "b": people.get(int(b)),
                "place": places.get(change["table"], (None, change["table"] + 1))}
        if "from" in change:
            item["from_place"] = old.get(change["from"][1], (None, change["from"][1] + 1))
        out.append(item)
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
    places = grid.table_places(run.instance)
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
                    "reason": reason, "who": [p for p in who if p is not None],
                    "place": places.get(m.table_no, (None, m.table_no + 1))})
    return out


def meetings_for(*, db: Session, program: Program, participant: Participant,
                 run: ScheduleRun | None = None) -> list[dict]:
    """A participant's meetings in the published schedule (or in `run`, an earlier version):
    slot, table, whom they meet and the request the meeting fulfils."""
    run = published_run(db=db, program=program) if run is None else run
    out = []
    me = str(participant.id)
    places = grid.table_places(run.instance) if run is not None else {}
    for m in (run.meetings if run is not None else []):
        if me not in (m.a, m.b):
            continue
        other = db.get(Participant, int(m.b) if m.a == me else int(m.a))
        start, end = slot_span(program, m.slot)
        voice = None if m.interpreter is None else db.get(Interpreter, int(m.interpreter))
        out.append({"slot": m.slot, "start": start, "end": end, "table": m.table_no,
                    "place": places.get(m.table_no, (None, m.table_no + 1)), "with": other,
                    "origin": m.origin, "interpreter": voice, "request": m.request})
    return out


def check_status(participant: Participant) -> None:
    if participant.status != ParticipantStatus.accepted:
        raise InvalidValue("E506", field=P_("field", "status"), value=participant.status,
                           allowed=ParticipantStatus.accepted)
