"""Itinerary actions: visits, the editable travel-time table, the auto-plan, hand edits with
their conflicts, and published versions whose changelog is the diff between them.

The draft is the visits' own `day` and `start`; publishing freezes it into an
`ItineraryVersion`, so participants see the published itinerary while the organiser edits.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.directory.models import Organization, Place
from gyoryu.directory.service import find_place, org_by_key
from gyoryu.errors import InvalidValue, NotFound
from gyoryu.i18n import N_, P_, Translator
from gyoryu.programs import planner
from gyoryu.programs.enums import TravelScope
from gyoryu.programs.models import ItineraryVersion, Program, TravelTime, Visit
from gyoryu.programs.schemas import VisitIn
from gyoryu.programs.travel import SAME_CITY, default_minutes, hhmm

LANGS = ("ko", "zh", "en")

# Why the planner left a visit out, and what is wrong with a hand-edited itinerary.
REASONS: dict[str, str] = {
    "no_day": N_("The host receives visitors on none of the program's days."),
    "too_long": N_("The visit takes {duration} min but the host is open for at most {open} min "
                   "within the program's day."),
    "lunch": N_("The visit ({duration} min) fits the host's hours only across lunch."),
    "full": N_("No room left: every time the host is open is taken by other visits and travel "
               "(the nearest other venue is {travel} min away)."),
    "pin_conflict": N_("Its pinned time cannot be kept together with the other pinned visits."),
    "outside_program": N_("It is not on a day of the program."),
    "wrong_day": N_("The host does not receive visitors on that day."),
    "outside_hours": N_("It is outside the host's opening hours ({opens}–{closes})."),
    "outside_day": N_("It is outside the program's day ({start}–{end})."),
    "over_lunch": N_("It runs into lunch."),
    "overlap": N_("It overlaps with {other}."),
    "travel_short": N_("Only {free} min after {other}, but the travel takes {need} min."),
}


def explain(t: Translator, code: str, params: dict, names: dict[int, str] | None = None) -> str:
    shown = dict(params)
    for k in ("opens", "closes", "start", "end"):
        if k in shown:
            shown[k] = hhmm(shown[k])
    if "other" in shown and names:
        shown["other"] = names.get(shown["other"], shown["other"])
    return t.gettext(REASONS[code], **shown)


# -- visits ----------------------------------------------------------------------------------
def visits(*, db: Session, program: Program) -> list[Visit]:
    return list(db.scalars(select(Visit).where(Visit.program_id == program.id).order_by(
        Visit.day.is_(None), Visit.day, Visit.start, Visit.id)))


def get_visit(*, db: Session, program: Program, visit_id: int) -> Visit:
    visit = db.get(Visit, visit_id)
    if visit is None or visit.program_id != program.id:
        raise NotFound("E508", id=visit_id)
    return visit


def add_visit(*, db: Session, program: Program, data: VisitIn) -> Visit:
    host = None
    if data.host_id is not None:
        host = db.get(Organization, data.host_id)
        if host is None:
            raise NotFound("E201", id=data.host_id)
    elif data.host:
        host = org_by_key(db=db, key=data.host)
        if host is None:
            raise InvalidValue("E211", value=data.host)
    city = find_place(db=db, text=data.city) if data.city else (host.city if host else None)
    if city is None:
        raise InvalidValue("E205", value=data.city or "")
    for d in data.only_on or []:
        _check_day(program, d)
    visit = Visit(program_id=program.id, host=host, title=data.title, city=city,
                  address=data.address, duration=data.duration, opens=data.opens,
                  closes=data.closes,
                  only_on=[d.isoformat() for d in data.only_on] if data.only_on else None)
    db.add(visit)
    db.flush()
    return visit


def remove_visit(*, db: Session, visit: Visit) -> None:
    db.delete(visit)
    db.flush()


def _check_day(program: Program, day: date) -> None:
    if not program.starts_on <= day <= program.ends_on:
        raise InvalidValue("E509", value=day.isoformat())


def place_visit(*, db: Session, program: Program, visit: Visit, day: date | None,
                start: int | None, pinned: bool = True) -> Visit:
    """The organiser puts a visit at a day and time by hand (pinned: the planner keeps it)."""
    if day is not None:
        _check_day(program, day)
    visit.day, visit.start = day, start
    visit.pinned = pinned and day is not None and start is not None
    visit.unplaced = None
    db.flush()
    return visit


def unpin(*, db: Session, visit: Visit) -> None:
    visit.pinned = False
    db.flush()


# -- travel times ----------------------------------------------------------------------------
def travel_rows(*, db: Session, program: Program) -> dict[tuple[str, int, int], int]:
    rows = db.scalars(select(TravelTime).where(TravelTime.program_id == program.id))
    return {(r.scope, r.a_id, r.b_id): r.minutes for r in rows}


def set_travel(*, db: Session, program: Program, scope: str, a_id: int, b_id: int,
               minutes: int | None) -> None:
    """Set (or, with None, clear back to the default) the travel time of a pair."""
    if scope not in TravelScope.__members__:
        raise InvalidValue("E506", field=P_("field", "scope"), value=scope, allowed=", ".join(TravelScope))
    if minutes is not None and not 0 <= minutes <= 1440:
        raise InvalidValue("E510", value=minutes)
    a_id, b_id = sorted((a_id, b_id))
    row = db.scalar(select(TravelTime).where(
        TravelTime.program_id == program.id, TravelTime.scope == scope,
        TravelTime.a_id == a_id, TravelTime.b_id == b_id))
    if minutes is None:
        if row is not None:
            db.delete(row)
    elif row is None:
        db.add(TravelTime(program_id=program.id, scope=scope, a_id=a_id, b_id=b_id,
                          minutes=minutes))
    else:
        row.minutes = minutes
    db.flush()


def city_minutes(rows: dict, a: Place, b: Place) -> int:
    lo, hi = sorted((a.id, b.id))
    if (m := rows.get((TravelScope.city, lo, hi))) is not None:
        return m
    return default_minutes(a.key, a.country, b.key, b.country)


def venue_minutes(rows: dict, a: Visit, b: Visit) -> int:
    if a.id == b.id:
        return 0
    lo, hi = sorted((a.id, b.id))
    if (m := rows.get((TravelScope.venue, lo, hi))) is not None:
        return m
    return city_minutes(rows, a.city, b.city)


def travel_table(*, db: Session, program: Program) -> dict:
    """The table the organiser edits: every city pair and every venue pair, with its source."""
    rows = travel_rows(db=db, program=program)
    vs = visits(db=db, program=program)
    cities = list({p.id: p for p in [*program.cities, *(v.city for v in vs)]}.values())
    city_pairs = [
        {"a": a, "b": b, "minutes": city_minutes(rows, a, b),
         "edited": (TravelScope.city, *sorted((a.id, b.id))) in rows}
        for i, a in enumerate(cities) for b in cities[i:]
    ]
    venue_pairs = [
        {"a": a, "b": b, "minutes": venue_minutes(rows, a, b),
         "edited": (TravelScope.venue, *sorted((a.id, b.id))) in rows}
        for i, a in enumerate(vs) for b in vs[i + 1:]
    ]
    return {"cities": city_pairs, "venues": venue_pairs}


# -- planning --------------------------------------------------------------------------------
def plan_input(*, db: Session, program: Program, vs: list[Visit]) -> planner.PlanInput:
    days = [planner.Day(program.day_start, program.day_end) for _ in program.days]
    if program.arrive_at is not None:
        days[0].start = max(days[0].start, program.arrive_at)
    if program.depart_at is not None:
        days[-1].end = min(days[-1].end, program.depart_at)
    index = {d: i for i, d in enumerate(program.days)}
    stops = []
    for v in vs:
        allowed = None
        if v.only_on:
            allowed = frozenset(index[date.fromisoformat(d)] for d in v.only_on
                                if date.fromisoformat(d) in index)
        pinned = (index[v.day], v.start) if (v.pinned and v.day in index
                                            and v.start is not None) else None
        stops.append(planner.Stop(v.id, v.duration, v.opens, v.closes, allowed, pinned))
    rows = travel_rows(db=db, program=program)
    start_city = program.cities[0] if program.cities else (vs[0].city if vs else None)
    travel = [[0] * (len(vs) + 1) for _ in range(len(vs) + 1)]
    for i, a in enumerate(vs, start=1):
        first = city_minutes(rows, start_city, a.city) if start_city else SAME_CITY
        travel[0][i] = travel[i][0] = first
        for j, b in enumerate(vs, start=1):
            travel[i][j] = venue_minutes(rows, a, b)
    lunch = (program.lunch_start, program.lunch_end) if program.lunch_end > program.lunch_start \
        else None
    # Later days start from a hotel in the city of the day's first visit; the program's cities
    # are visited in their order.
    local = [city_minutes(rows, v.city, v.city) for v in vs]
    rank = {place.id: k for k, place in enumerate(program.cities)}
    return planner.PlanInput(days=days, lunch=lunch, stops=stops, travel=travel, local=local,
                             city_rank=[rank.get(v.city_id) for v in vs])


def auto_plan(*, db: Session, program: Program, time_limit: float = 5.0) -> planner.Plan:
    """Plan every visit of the draft (pinned ones stay), writing day and start to each."""
    vs = visits(db=db, program=program)
    result = planner.plan(plan_input(db=db, program=program, vs=vs), time_limit=time_limit)
    by_id = {v.id: v for v in vs}
    for p in result.placed:
        v = by_id[p.id]
        v.day, v.start, v.unplaced = program.days[p.day], p.start, None
    for u in result.unplaced:
        v = by_id[u.id]
        if not v.pinned:
            v.day, v.start = None, None
        v.unplaced = {"code": u.code, "params": u.params}
    db.flush()
    return result


def draft_conflicts(*, db: Session, program: Program) -> dict[int, list[planner.Conflict]]:
    """Conflicts of the draft as it stands (after hand edits), by visit id."""
    vs = visits(db=db, program=program)
    index = {d: i for i, d in enumerate(program.days)}
    placed = [planner.Placed(v.id, index.get(v.day, -1), v.start) for v in vs
              if v.day is not None and v.start is not None]
    found: dict[int, list[planner.Conflict]] = {}
    for c in planner.conflicts(plan_input(db=db, program=program, vs=vs), placed):
        found.setdefault(c.id, []).append(c)
    return found


# -- versions --------------------------------------------------------------------------------
def _names(visit: Visit) -> dict[str, str]:
    return {lang: visit.title_in(lang) for lang in LANGS}


def snapshot(vs: list[Visit]) -> list[dict]:
    """The draft as frozen items (names in every language, so a version never changes)."""
    return [
        {"visit": v.id, "title": _names(v),
         "city": {lang: v.city.display_name(lang) for lang in LANGS},
         "address": v.address, "day": v.day.isoformat(), "start": v.start,
         "end": v.start + v.duration}
        for v in sorted((v for v in vs if v.day is not None and v.start is not None),
                        key=lambda v: (v.day, v.start, v.id))
    ]


def versions(*, db: Session, program: Program) -> list[ItineraryVersion]:
    return list(db.scalars(select(ItineraryVersion).where(
        ItineraryVersion.program_id == program.id).order_by(ItineraryVersion.number)))


def published(*, db: Session, program: Program) -> ItineraryVersion | None:
    return db.scalar(select(ItineraryVersion).where(
        ItineraryVersion.program_id == program.id).order_by(
        ItineraryVersion.number.desc()).limit(1))


def publish(*, db: Session, program: Program) -> ItineraryVersion:
    number = (db.scalar(select(func.max(ItineraryVersion.number)).where(
        ItineraryVersion.program_id == program.id)) or 0) + 1
    version = ItineraryVersion(program_id=program.id, number=number,
                               items=snapshot(visits(db=db, program=program)))
    db.add(version)
    db.flush()
    return version


def diff(before: list[dict], after: list[dict]) -> list[dict]:
    """Added, removed and moved visits between two itineraries (the changelog)."""
    old = {i["visit"]: i for i in before}
    new = {i["visit"]: i for i in after}
    out = []
    for key, item in new.items():
        if key not in old:
            out.append({"change": "added", "item": item})
        elif (old[key]["day"], old[key]["start"], old[key]["end"]) != (
                item["day"], item["start"], item["end"]):
            out.append({"change": "moved", "item": item, "before": old[key]})
    out += [{"change": "removed", "item": item} for key, item in old.items() if key not in new]
    return sorted(out, key=lambda c: (c["item"]["day"], c["item"]["start"]))


def changelog(*, db: Session, program: Program) -> list[dict]:
    """Every published version with what changed since the one before, newest first."""
    vs = versions(db=db, program=program)
    log, before = [], []
    for v in vs:
        log.append({"version": v, "changes": diff(before, v.items)})
        before = v.items
    return list(reversed(log))


def unpublished_changes(*, db: Session, program: Program) -> list[dict]:
    last = published(db=db, program=program)
    return diff(last.items if last else [], snapshot(visits(db=db, program=program)))


def by_day(items: list[dict]) -> list[tuple[str, list[dict]]]:
    days: dict[str, list[dict]] = {}
    for item in sorted(items, key=lambda i: (i["day"], i["start"])):
        days.setdefault(item["day"], []).append(item)
    return list(days.items())
