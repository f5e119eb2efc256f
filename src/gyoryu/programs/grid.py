"""The B2B meeting grid of a program: meeting days cut into slots, and tables in halls.

Slots are keyed by local date-time ("2026-05-13T14:00"). Each day has its own slot length; a
slot never overlaps one of the day's breaks, and the next slot starts when the break ends.

Tables come in groups of alike tables (`TableGroup`: a hall, seats, a sector they are reserved
for, the days they stand on). In the scheduling instance each table is one entry whose id is
`first_table + i`, with `first_table` = group id × TABLE_STRIDE (0 for the tables a program had
before halls, so their schedules keep their ids): a re-solve finds its tables again after other
groups were added or removed, and an id is never given to another table. A table's number in
its hall is counted from the instance's order, so a schedule is always labelled by the tables it
was solved with.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.errors import GyoryuError, InvalidValue, NotFound
from gyoryu.programs.models import HallWalk, MeetingDay, Participant, Program, TableGroup
from gyoryu.programs.schemas import MAX_TABLES, MeetingDayIn, TablesIn, WalkIn
from gyoryu.programs.travel import hhmm

TABLE_STRIDE = 10_000
KEY_FORMAT = "%Y-%m-%dT%H:%M"


# -- slots -----------------------------------------------------------------------------------
def day_spans(start: int, end: int, minutes: int, breaks: list) -> list[tuple[int, int]]:
    """The slots of a day, as (start, end) minutes after midnight."""
    out, t = [], start
    while t + minutes <= end:
        clash = next((hi for lo, hi in breaks if lo < t + minutes and t < hi), None)
        if clash is not None:
            t = clash
            continue
        out.append((t, t + minutes))
        t += minutes
    return out


def _spans(day: MeetingDay) -> list[tuple[datetime, datetime]]:
    midnight = datetime.combine(day.day, datetime.min.time())
    return [(midnight + timedelta(minutes=lo), midnight + timedelta(minutes=hi))
            for lo, hi in day_spans(day.start, day.end, day.slot_minutes, day.breaks or [])]


def slot_spans(program: Program) -> dict[str, tuple[datetime, datetime]]:
    """Every meeting slot of the program, in order: key → (start, end), local."""
    return {lo.strftime(KEY_FORMAT): (lo, hi) for d in program.meeting_days for lo, hi in _spans(d)}


def slot_keys(program: Program) -> list[str]:
    return list(slot_spans(program))


def days_of(program: Program) -> dict[str, list[str]]:
    """ISO day → the day's slot keys (the scheduling instance's `days`)."""
    return {d.day.isoformat(): [lo.strftime(KEY_FORMAT) for lo, _ in _spans(d)]
            for d in program.meeting_days}


def gaps_of(program: Program) -> dict[str, int]:
    """Slot key → the minutes between its end and the start of the day's next slot, where
    there are any (a break): the time to walk between halls (the instance's `gaps`)."""
    out = {}
    for d in program.meeting_days:
        spans = _spans(d)
        for (lo, hi), (nxt, _) in zip(spans, spans[1:], strict=False):
            if nxt > hi:
                out[lo.strftime(KEY_FORMAT)] = int((nxt - hi).total_seconds() // 60)
    return out


def slot_time(key: str) -> datetime:
    return datetime.strptime(key, KEY_FORMAT)


def slot_span(program: Program, key: str) -> tuple[datetime, datetime]:
    """A slot's start and end; a slot of a day removed since keeps its start and the length of
    the program's first day (20 minutes without days)."""
    found = slot_spans(program).get(key)
    if found is not None:
        return found
    minutes = program.meeting_days[0].slot_minutes if program.meeting_days else 20
    start = slot_time(key)
    return start, start + timedelta(minutes=minutes)


def slot_label(key: str, *, with_day: bool) -> str:
    """"14:00", or "05-13 14:00" where a schedule spans several days."""
    return f"{key[5:10]} {key[11:16]}" if with_day else key[11:16]


# -- meeting days ----------------------------------------------------------------------------
def set_meeting_day(*, db: Session, program: Program, data: MeetingDayIn) -> MeetingDay:
    """Add a meeting day, or change the one on that date. Slots that did not exist before are
    open to every participant who ticked their slots by hand, until they untick them (as the
    slots of a participant who ticked every slot are)."""
    if not program.starts_on <= data.day <= program.ends_on:
        raise InvalidValue("E509", value=data.day.isoformat())
    breaks = [list(b) for b in data.breaks]
    if not day_spans(data.start, data.end, data.slot_minutes, breaks):
        raise InvalidValue("E553", minutes=data.slot_minutes, start=hhmm(data.start),
                           end=hhmm(data.end))
    before = set(slot_keys(program))
    day = next((d for d in program.meeting_days if d.day == data.day), None)
    if day is None:
        day = MeetingDay(day=data.day)
        program.meeting_days.append(day)
    day.start, day.end, day.slot_minutes, day.breaks = (data.start, data.end, data.slot_minutes,
                                                        breaks)
    program.meeting_days.sort(key=lambda d: d.day)
    db.flush()
    added = [k for k in slot_keys(program) if k not in before]
    if added:
        # (a JSON null is not SQL NULL: who ticked every slot is told apart here, not in SQL)
        for person in db.scalars(select(Participant).where(
                Participant.program_id == program.id)):
            if person.available is not None:
                person.available = [*person.available, *added]
        db.flush()
    return day


def remove_meeting_day(*, db: Session, program: Program, day: date) -> None:
    found = next((d for d in program.meeting_days if d.day == day), None)
    if found is None:
        raise NotFound("E554", day=day.isoformat())
    program.meeting_days.remove(found)
    db.flush()


# -- tables ----------------------------------------------------------------------------------
def add_tables(*, db: Session, program: Program, data: TablesIn) -> TableGroup:
    """Alike tables in a hall (the hall is its name: the first group names it)."""
    if data.sector is not None:
        from gyoryu.directory.service import all_sectors

        if data.sector not in {s.key for s in all_sectors(db=db)}:
            raise InvalidValue("E204", value=data.sector)
    meeting_days = {d.day for d in program.meeting_days}
    for day in data.days or []:
        if day not in meeting_days:
            raise InvalidValue("E560", value=day.isoformat())
    total = sum(g.count for g in program.table_groups) + data.count
    if total > MAX_TABLES:
        raise InvalidValue("E557", count=total, limit=MAX_TABLES)
    same = next((g.hall for g in program.table_groups
                 if g.hall.casefold() == data.hall.casefold()), data.hall)
    group = TableGroup(hall=same, count=data.count, seats=data.seats, sector=data.sector,
                       days=None if data.days is None else [d.isoformat() for d in data.days])
    program.table_groups.append(group)
    db.flush()
    group.first_table = group.id * TABLE_STRIDE
    db.flush()
    return group


def remove_tables(*, db: Session, program: Program, group_id: int) -> None:
    group = next((g for g in program.table_groups if g.id == group_id), None)
    if group is None:
        raise NotFound("E555", id=group_id)
    program.table_groups.remove(group)
    db.flush()


# -- walking between halls -------------------------------------------------------------------
def walks(*, db: Session, program: Program) -> list[HallWalk]:
    """The walking times set between halls that have tables now (a hall whose tables were all
    removed keeps its walks, unused, until it has tables again)."""
    named = {h["name"] for h in halls(program)}
    return [w for w in db.scalars(select(HallWalk).where(HallWalk.program_id == program.id)
                                  .order_by(HallWalk.hall_a, HallWalk.hall_b))
            if w.hall_a in named and w.hall_b in named]


def set_walk(*, db: Session, program: Program, data: WalkIn) -> HallWalk | None:
    """Set the minutes to walk between two halls (either way); 0 takes the walk out. The halls
    are named as their tables name them (in any case)."""
    named = {h["name"].casefold(): h["name"] for h in halls(program)}
    pair = []
    for hall in (data.hall_a, data.hall_b):
        found = named.get(hall.strip().casefold())
        if found is None:
            raise InvalidValue("E561", hall=hall.strip()[:100],
                               halls=", ".join(named.values()) or "—")
        pair.append(found)
    a, b = sorted(pair)
    if a == b:
        raise InvalidValue("E562", hall=a)
    walk = db.scalar(select(HallWalk).where(HallWalk.program_id == program.id,
                                            HallWalk.hall_a == a, HallWalk.hall_b == b))
    if data.minutes == 0:
        if walk is not None:
            db.delete(walk)
            db.flush()
        return None
    if walk is None:
        walk = HallWalk(program_id=program.id, hall_a=a, hall_b=b, minutes=data.minutes)
        db.add(walk)
    walk.minutes = data.minutes
    db.flush()
    return walk


def walking_of(*, db: Session, program: Program) -> dict[str, dict[str, int]]:
    """The instance's `walking`: {hall: {hall: minutes}}."""
    out: dict[str, dict[str, int]] = {}
    for w in walks(db=db, program=program):
        out.setdefault(w.hall_a, {})[w.hall_b] = w.minutes
    return out


def table_ids(group: TableGroup) -> list[int]:
    return [group.first_table + i for i in range(group.count)]


def halls(program: Program) -> list[dict]:
    """The halls in the order they were first named, with their groups and table count."""
    out: dict[str, dict] = {}
    for g in program.table_groups:
        hall = out.setdefault(g.hall, {"name": g.hall, "groups": [], "count": 0})
        hall["groups"].append(g)
        hall["count"] += g.count
    return list(out.values())


def table_count(program: Program) -> int:
    return sum(g.count for g in program.table_groups)


def table_entries(program: Program, sector_of_key: dict[str, str] | None = None) -> list[dict]:
    """The program's tables in the scheduling contract's form (`instance.py`): id, seats, hall,
    reserved sector and — for tables standing on some days only — their slots."""
    days = days_of(program)
    out = []
    for g in program.table_groups:
        entry: dict = {"seats": g.seats, "hall": g.hall}
        if g.sector is not None:
            entry["sector"] = g.sector
        if g.days is not None:
            entry["available"] = [k for d in g.days for k in days.get(d, [])]
        out += [{"id": tid, **entry} for tid in table_ids(g)]
    return out


def reserved_sectors(*, db: Session, program: Program,
                     organization_ids: dict[str, int]) -> dict[str, list[str]]:
    """For each attendee key (→ organisation id), the reserved sectors their organisation is
    in, itself or through a narrower sector (in the order of the table groups): an organisation
    in two reserved sectors may sit at the tables of either."""
    from gyoryu.directory.models import Organization
    from gyoryu.directory.service import sector_with_children

    reserved = list(dict.fromkeys(g.sector for g in program.table_groups if g.sector))
    if not reserved or not organization_ids:
        return {}
    reach = {key: sector_with_children(db=db, key=key) for key in reserved}
    orgs = {o.id: {s.id for s in o.sectors} for o in db.scalars(select(Organization).where(
        Organization.id.in_(set(organization_ids.values()))))}
    out = {}
    for person, org_id in organization_ids.items():
        mine = orgs.get(org_id, set())
        hits = [key for key in reserved if reach[key] & mine]
        if hits:
            out[person] = hits
    return out


def table_places(instance: dict) -> dict[int, tuple[str | None, int]]:
    """Table id → (hall, number in the hall from 1), as the schedule solved with `instance`
    knew them (a count of tables: no hall, numbered from 1)."""
    tables = instance.get("tables", 0)
    if not isinstance(tables, list):
        return {t: (None, t + 1) for t in range(int(tables or 0))}
    seen: dict[str | None, int] = {}
    out = {}
    for t in tables:
        hall = t.get("hall")
        seen[hall] = seen.get(hall, 0) + 1
        out[t["id"]] = (hall, seen[hall])
    return out


def table_label(t, place: tuple[str | None, int]) -> str:
    """"A홀 3번 테이블" / "A, table 3": a table by its hall and number (`t`: a Translator)."""
    hall, number = place
    return (t.gettext("{hall}, table {n}", hall=hall, n=number) if hall
            else t.gettext("Table {n}", n=number))


def require_tables(program: Program) -> None:
    if not program.table_groups:
        raise GyoryuError("E556")
