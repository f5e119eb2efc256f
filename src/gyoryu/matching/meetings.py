"""From meeting requests and recommendations to a solved, stored schedule (and back again).

Programs own registrations and meeting requests; matching owns the schedule. The bridge speaks
in plain keys the caller chooses (attendee keys such as registration ids, slot keys such as
"2026-05-12T10:00"), so neither domain imports the other's tables:

    instance = meeting_instance(db=db, program_id=p, slots=[...], tables=20 | [{"id", …}],
                                days={"2026-05-12": [...], ...},
                                attendees=[Attendee(key, organization_id, available,
                                                    languages, sector)],
                                accepted=[AcceptedRequest(key, a, b, priority)],
                                interpreters=[{"id", "pairs", "available", "max_meetings"}])
    run = solve_schedule(db=db, program_id=p, instance=instance, time_limit=20)
    meetings_of(db=db, program_id=p, attendee="17")     # for agendas and ICS

Weights: an accepted request is worth 10 + priority (priority 0–5), a strong recommendation
1 + score/25 (2–5), so the solver never drops an accepted request for a recommendation. When
both sides asked for the same meeting (two accepted requests between the same two people:
mutual interest), it is one meeting worth 5 more (`MUTUAL_BONUS`, as in the scheduling
library's `priority_weight`), so mutual interest is placed before any one-sided request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.matching.enums import MeetingOrigin, Scope
from gyoryu.matching.models import MatchProfile, ProfileTag, ScheduledMeeting, ScheduleRun
from gyoryu.matching.scheduling import Instance, InstanceError, reschedule, solve
from gyoryu.matching.scheduling.instance import MUTUAL_BONUS
from gyoryu.matching.service import STRONG, list_profiles, recommend

REQUEST_PREFIX, RECOMMENDATION_PREFIX = "req:", "rec:"


@dataclass(frozen=True)
class Attendee:
    key: str  # the caller's id for a person at the event (e.g. a registration id)
    organization_id: int
    available: list[str] = field(default_factory=list)  # slot keys
    languages: list[str] | None = None  # None: not said, no interpreter is planned for them
    sector: str | list[str] | None = None  # for tables reserved for a sector: all it counts in


@dataclass(frozen=True)
class AcceptedRequest:
    key: str  # the caller's id for the request
    a: str  # attendee keys
    b: str
    priority: int = 0  # 0..5, raises the weight


def meeting_instance(*, db: Session, program_id: int | None, slots: list[str],
                     tables: int | list[dict], attendees: list[Attendee],
                     accepted: list[AcceptedRequest], recommend_top: int = 3,
                     min_score: float = STRONG, scope: Scope = Scope.other_country,
                     interpreters: list[dict] | None = None,
                     days: dict[str, list[str]] | None = None,
                     walking: dict[str, dict[str, int]] | None = None,
                     gaps: dict[str, int] | None = None) -> dict:
    """The scheduling instance: accepted requests first, then strong recommendations.
    `tables`, `days`, `interpreters`, `walking` and `gaps` are in the scheduling contract's
    form (ids are the caller's keys)."""
    keys = {a.key for a in attendees}
    requests: list[dict] = []
    paired: set[frozenset[str]] = set()
    first: dict[frozenset[str], dict] = {}
    base: dict[frozenset[str], int] = {}
    for req in accepted:
        for who in (req.a, req.b):
            if who not in keys:
                raise InvalidValue("E703", request=req.key, who=who)
        pair = frozenset((req.a, req.b))
        weight = 10 + max(0, min(5, req.priority))
        if pair in first:  # asked again (the other side, mostly): one meeting, mutual interest
            base[pair] = max(base[pair], weight)
            first[pair]["weight"] = base[pair] + MUTUAL_BONUS
            continue
        base[pair] = weight
        first[pair] = {"id": REQUEST_PREFIX + str(req.key), "a": req.a, "b": req.b,
                       "weight": weight}
        requests.append(first[pair])
        paired.add(pair)
    if recommend_top > 0:
        # An organisation meets through its first attendee (by key order).
        face: dict[int, str] = {}
        for a in sorted(attendees, key=lambda a: a.key):
            face.setdefault(a.organization_id, a.key)
        org_pairs: set[frozenset[int]] = set()
        for profile in list_profiles(db=db, program_id=program_id):
            if profile.organization_id not in face:
                continue
            for rec in recommend(db=db, profile_id=profile.id, scope=scope, limit=recommend_top,
                                 min_score=min_score - 1e-9):
                other = rec.profile.organization_id
                orgs = frozenset((profile.organization_id, other))
                if other not in face or orgs in org_pairs:
                    continue
                a, b = face[profile.organization_id], face[other]
                org_pairs.add(orgs)
                if frozenset((a, b)) in paired:
                    continue
                paired.add(frozenset((a, b)))
                lo, hi = sorted(orgs)
                requests.append({"id": f"{RECOMMENDATION_PREFIX}{lo}-{hi}", "a": a, "b": b,
                                 "weight": 1 + int(rec.score // 25)})
    instance = {
        "slots": list(slots),
        "tables": tables,
        "participants": [{"id": a.key, "available": list(a.available)}
                         | ({"languages": list(a.languages)} if a.languages else {})
                         | _sector(a.sector)
                         for a in attendees],
        "requests": requests,
    }
    if days:
        instance["days"] = {day: list(keys) for day, keys in days.items()}
    if interpreters:
        instance["interpreters"] = list(interpreters)
    if walking:
        instance["walking"] = {x: dict(ys) for x, ys in walking.items()}
        if gaps:
            instance["gaps"] = dict(gaps)
    return instance


def _sector(sector: str | list[str] | None) -> dict:
    """The contract's `sector`: one as itself, several as a list."""
    many = [sector] if isinstance(sector, str) else list(sector or [])
    return {"sector": many[0] if len(many) == 1 else many} if many else {}


def forget_program(*, db: Session, program_id: int) -> None:
    """Delete what matching keeps for a program — its solved schedules (their meetings go with
    them) and its profiles — when the program is deleted: `program_id` is a plain integer
    here, so no database cascade reaches these rows."""
    db.execute(delete(ScheduledMeeting).where(ScheduledMeeting.run_id.in_(
        select(ScheduleRun.id).where(ScheduleRun.program_id == program_id))))
    db.execute(delete(ScheduleRun).where(ScheduleRun.program_id == program_id))
    db.execute(delete(ProfileTag).where(ProfileTag.profile_id.in_(
        select(MatchProfile.id).where(MatchProfile.program_id == program_id))))
    db.execute(delete(MatchProfile).where(MatchProfile.program_id == program_id))


def current_schedule(*, db: Session, program_id: int | None) -> ScheduleRun | None:
    where = (ScheduleRun.program_id.is_(None) if program_id is None
             else ScheduleRun.program_id == program_id)
    return db.scalar(select(ScheduleRun).where(where).order_by(ScheduleRun.id.desc()).limit(1))


def save_schedule(*, db: Session, program_id: int | None, instance: dict,
                  result: dict) -> ScheduleRun:
    """Store a solved schedule (the output of `gyoryu schedule solve`) as the current one."""
    requests = {r["id"]: r for r in instance["requests"]}
    run = ScheduleRun(program_id=program_id, status=result["status"],
                      objective=result["objective"], bound=result["bound"], instance=instance,
                      unscheduled=result.get("unscheduled"),
                      interpreters=result.get("interpreters"))
    for a in result["assignments"]:
        req = requests[a["request"]]
        origin = (MeetingOrigin.recommendation if str(a["request"]).startswith(
            RECOMMENDATION_PREFIX) else MeetingOrigin.request)
        run.meetings.append(ScheduledMeeting(
            request=str(a["request"]), a=str(req["a"]), b=str(req["b"]), slot=str(a["slot"]),
            table_no=a["table"], weight=req["weight"], origin=origin,
            interpreter=None if a.get("interpreter") is None else str(a["interpreter"])))
    db.add(run)
    db.flush()
    return run


def solve_schedule(*, db: Session, program_id: int | None, instance: dict,
                   time_limit: float = 20.0, keep_previous: bool = True) -> ScheduleRun:
    """Solve and store. With a current schedule, its still-possible meetings stay put; the run
    returned carries `stats` (not stored), whose "released" lists the meetings that could not."""
    try:
        inst = Instance.from_dict(instance)
    except InstanceError as exc:
        raise GyoryuError("E704", detail=str(exc)) from exc
    previous = current_schedule(db=db, program_id=program_id) if keep_previous else None
    if previous is not None:
        assignments = [{"request": m.request, "slot": m.slot, "table": m.table_no,
                        "interpreter": m.interpreter} for m in previous.meetings]
        schedule = reschedule(inst, assignments, time_limit=time_limit)
    else:
        schedule = solve(inst, time_limit=time_limit)
    run = save_schedule(db=db, program_id=program_id, instance=instance,
                        result=schedule.as_dict(inst))
    run.stats = schedule.stats  # this solve's figures, not stored; "released" on a re-solve
    return run


def meetings_of(*, db: Session, program_id: int | None, attendee: str) -> list[ScheduledMeeting]:
    """An attendee's meetings in the current schedule, by slot."""
    run = current_schedule(db=db, program_id=program_id)
    if run is None:
        return []
    return [m for m in run.meetings if attendee in (m.a, m.b)]


def schedule_changes(before: ScheduleRun | None, after: ScheduleRun) -> list[dict]:
    """What changed between two schedules: added, removed and moved meetings.

    A meeting is its two attendees: when its request key changed between the schedules (a
    recommended meeting that became an accepted request, `rec:` → `req:`), it is the same
    meeting — moved if its place changed, else unchanged — never one removed and one added."""
    old = {m.request: m for m in before.meetings} if before else {}
    new = {m.request: m for m in after.meetings}
    gone = {key: m for key, m in old.items() if key not in new}
    renamed: dict[str, ScheduledMeeting] = {}  # new key → the same meeting before
    by_pair = {frozenset((m.a, m.b)): key for key, m in gone.items()}
    for key, m in new.items():
        if key not in old and (was := by_pair.pop(frozenset((m.a, m.b)), None)) is not None:
            renamed[key] = gone.pop(was)
    changes = []
    for key, m in new.items():
        before_m = old.get(key) or renamed.get(key)
        if before_m is None:
            changes.append({"change": "added", "request": key, "slot": m.slot, "table": m.table_no})
        elif (before_m.slot, before_m.table_no) != (m.slot, m.table_no):
            changes.append({"change": "moved", "request": key, "from": [before_m.slot,
                            before_m.table_no], "slot": m.slot, "table": m.table_no})
    for key, m in gone.items():
        changes.append({"change": "removed", "request": key, "slot": m.slot, "table": m.table_no})
    return changes
