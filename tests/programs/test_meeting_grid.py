"""Multi-day meeting grids: the organiser sets meeting days (hours, slot length, breaks) and the
tables of halls (seats, a reserved sector, the days they stand on); the solver schedules over
all of it and the board shows the draft day by day and hall by hall."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from gyoryu.directory.service import org_by_key
from gyoryu.errors import GyoryuError, NotFound
from gyoryu.matching.scheduling import Instance
from gyoryu.programs import board, grid, meetings, service
from gyoryu.programs.schemas import MeetingDayIn, TablesIn

DAY1, DAY2 = date(2026, 5, 12), date(2026, 5, 13)


def _day(day, start, end, minutes, breaks=()):
    return MeetingDayIn(day=day, start=start, end=end, slot_minutes=minutes, breaks=list(breaks))


def _cause(exc: ValidationError) -> str:
    return next(e["ctx"]["error"].code for e in exc.errors() if "error" in e.get("ctx", {}))


def test_days_cut_into_slots_around_breaks(db, make_program, register):
    program = make_program()
    early = register(program, "Early", org_name="Early Co")
    early.available = []  # ticked no slot at all: new slots open to them too, until unticked
    grid.set_meeting_day(db=db, program=program, data=_day(DAY2, "14:00", "15:00", 20))
    free = register(program, "Free", org_name="Free Co")
    meetings.set_availability(db=db, program=program, participant=free,
                              slots=grid.slot_keys(program))
    assert free.available is None  # every slot, stored as JSON null
    grid.set_meeting_day(db=db, program=program,
                         data=_day(DAY1, "09:00", "11:10", 30, ["10:00-10:20"]))
    assert grid.slot_keys(program) == [
        "2026-05-12T09:00", "2026-05-12T09:30", "2026-05-12T10:20",  # after the break; 10:50 ends late
        "2026-05-13T14:00", "2026-05-13T14:20", "2026-05-13T14:40"]
    assert grid.days_of(program) == {"2026-05-12": grid.slot_keys(program)[:3],
                                     "2026-05-13": grid.slot_keys(program)[3:]}
    assert grid.slot_span(program, "2026-05-12T10:20")[1].strftime("%H:%M") == "10:50"
    assert early.available == grid.slot_keys(program)[3:] + grid.slot_keys(program)[:3]
    db.expire(free)
    assert free.available is None
    # Saving the day again replaces it.
    grid.set_meeting_day(db=db, program=program, data=_day(DAY2, "14:00", "15:00", 30))
    assert grid.days_of(program)["2026-05-13"] == ["2026-05-13T14:00", "2026-05-13T14:30"]
    assert len(program.meeting_days) == 2
    grid.remove_meeting_day(db=db, program=program, day=DAY2)
    assert list(grid.days_of(program)) == ["2026-05-12"]
    with pytest.raises(NotFound) as err:
        grid.remove_meeting_day(db=db, program=program, day=DAY2)
    assert err.value.code == "E554"


def test_bad_days_say_what_is_wrong(db, make_program):
    program = make_program()
    with pytest.raises(GyoryuError) as err:
        grid.set_meeting_day(db=db, program=program, data=_day(date(2026, 6, 1), "09:00",
                                                               "10:00", 20))
    assert err.value.code == "E509"
    with pytest.raises(GyoryuError) as err:
        grid.set_meeting_day(db=db, program=program, data=_day(DAY1, "09:00", "09:50", 60))
    assert err.value.code == "E553"
    for kw, code in ((dict(start="10:00", end="09:00"), "E551"),
                     (dict(start="09:00", end="12:00", breaks=["08:00-09:30"]), "E552"),
                     (dict(start="09:00", end="12:00", breaks=["lunch"]), "E559"),
                     (dict(start="9h", end="12:00"), "E507")):
        with pytest.raises(ValidationError) as bad:
            MeetingDayIn(day=DAY1, slot_minutes=20, **kw)
        assert _cause(bad.value) == code
    assert MeetingDayIn(day=DAY1, start="09:00", end="12:00",
                        breaks="11:00–11:15, 10:00-10:15").breaks == [(600, 615), (660, 675)]


def test_tables_in_halls(db, make_program):
    program = make_program()
    grid.set_meeting_day(db=db, program=program, data=_day(DAY1, "09:00", "10:00", 30))
    grid.set_meeting_day(db=db, program=program, data=_day(DAY2, "09:00", "10:00", 30))
    a = grid.add_tables(db=db, program=program, data=TablesIn(hall="Hall A", count=2))
    b = grid.add_tables(db=db, program=program, data=TablesIn(
        hall="B", count=1, seats=4, sector="robotics", days=[DAY2]))
    more = grid.add_tables(db=db, program=program, data=TablesIn(hall="hall a", count=1))
    assert more.hall == "Hall A"  # the hall as first named
    assert [(h["name"], h["count"]) for h in grid.halls(program)] == [("Hall A", 3), ("B", 1)]
    entries = grid.table_entries(program)
    assert [(t["id"], t["hall"], t["seats"], t.get("sector"), t.get("available"))
            for t in entries] == [
        (a.first_table, "Hall A", 2, None, None), (a.first_table + 1, "Hall A", 2, None, None),
        (b.first_table, "B", 4, "robotics", ["2026-05-13T09:00", "2026-05-13T09:30"]),
        (more.first_table, "Hall A", 2, None, None)]
    assert grid.table_places({"tables": entries}) == {
        a.first_table: ("Hall A", 1), a.first_table + 1: ("Hall A", 2), b.first_table: ("B", 1),
        more.first_table: ("Hall A", 3)}
    # Removing a group leaves the others' ids as they were.
    grid.remove_tables(db=db, program=program, group_id=a.id)
    assert [t["id"] for t in grid.table_entries(program)] == [b.first_table, more.first_table]
    with pytest.raises(NotFound) as err:
        grid.remove_tables(db=db, program=program, group_id=a.id)
    assert err.value.code == "E555"
    for data, code in ((TablesIn(hall="C", count=1, sector="no-such-sector"), "E204"),
                       (TablesIn(hall="C", count=1, days=[date(2026, 5, 14)]), "E560"),
                       (TablesIn(hall="C", count=5_000), None)):
        if code is None:
            grid.add_tables(db=db, program=program, data=data)
            continue
        with pytest.raises(GyoryuError) as err:
            grid.add_tables(db=db, program=program, data=data)
        assert err.value.code == code
    with pytest.raises(GyoryuError) as err:
        grid.add_tables(db=db, program=program, data=TablesIn(hall="D", count=5_000))
    assert err.value.code == "E557"
    with pytest.raises(ValidationError) as bad:
        TablesIn(hall="  ", count=1)
    assert _cause(bad.value) == "E516"


@pytest.fixture
def fair(db, make_program, register):
    """Two meeting days and two halls: hall A (one table, both days) and hall B (one table
    reserved for robotics, the second day only); four companies, four accepted requests."""
    program = make_program()
    grid.set_meeting_day(db=db, program=program,
                         data=_day(DAY1, "09:00", "11:00", 30, ["10:00-10:30"]))
    grid.set_meeting_day(db=db, program=program, data=_day(DAY2, "14:00", "15:00", 20))
    grid.add_tables(db=db, program=program, data=TablesIn(hall="A", count=1))
    grid.add_tables(db=db, program=program, data=TablesIn(hall="B", count=1, sector="robotics",
                                                          days=[DAY2]))
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm", "sevens-robotics"):
        people[key] = register(program, key, org_id=org_by_key(db=db, key=key).id,
                               email=f"{key}@grid.example")
        service.set_status(db=db, participant=people[key], status="accepted")
    for a, b in (("hancom", "sevens-robotics"), ("nhn-cloud", "sevens-robotics"),
                 ("hancom", "4paradigm"), ("nhn-cloud", "4paradigm")):
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
    return program, people


def test_a_two_day_two_hall_schedule(db, fair):
    program, people = fair
    instance = meetings.build_instance(db=db, program=program, recommend_top=0)
    assert instance["days"] == grid.days_of(program)
    sevens = str(people["sevens-robotics"].id)
    assert [p.get("sector") for p in instance["participants"] if p["id"] == sevens] == [
        "robotics"]  # in quadruped_robots and robotics: robotics, the reserved one
    run = meetings.solve(db=db, program=program, time_limit=3)
    places = grid.table_places(run.instance)
    assert len(run.meetings) == 4 and run.unscheduled == []
    for m in run.meetings:
        if places[m.table_no][0] == "B":
            assert m.slot.startswith("2026-05-13") and sevens in (m.a, m.b)
    shown = board.meeting_board(db=db, program=program)
    assert [(d["day"], d["slots"], [(h["name"], [t["number"] for t in h["tables"]])
                                    for h in d["halls"]]) for d in shown["days"]] == [
        ("2026-05-12", ["2026-05-12T09:00", "2026-05-12T09:30", "2026-05-12T10:30"],
         [("A", [1])]),
        ("2026-05-13", ["2026-05-13T14:00", "2026-05-13T14:20", "2026-05-13T14:40"],
         [("A", [1]), ("B", [1])])]
    assert shown["multi_day"] and set(shown["cells"]) == {(m.slot, m.table_no)
                                                         for m in run.meetings}
    # A participant's agenda names the hall and table, and the day's slot length.
    mine = meetings.meetings_for(db=db, program=program, participant=people["hancom"],
                                 run=run)
    for m in mine:
        assert m["place"] == places[m["table"]]
        assert (m["end"] - m["start"]).seconds // 60 == (30 if m["slot"] < "2026-05-13" else 20)


def test_an_organisation_counts_in_every_reserved_sector_it_is_in(db, fair):
    # Sevens Robotics works in robotics and quadruped robots: with tables reserved for each,
    # it may sit at either (it used to count under the first reserved sector only).
    program, people = fair
    grid.add_tables(db=db, program=program, data=TablesIn(hall="C", count=1,
                                                          sector="quadruped_robots"))
    instance = meetings.build_instance(db=db, program=program, recommend_top=0)
    sevens = str(people["sevens-robotics"].id)
    hancom = str(people["hancom"].id)
    mine = {p["id"]: p.get("sector") for p in instance["participants"]}
    assert mine[sevens] == ["robotics", "quadruped_robots"]
    assert mine[hancom] is None
    inst = Instance.from_dict(instance)
    meeting = next(r for r, req in enumerate(instance["requests"])
                   if {req["a"], req["b"]} == {hancom, sevens})
    reserved = {t["sector"]: inst.table_ids.index(t["id"]) for t in instance["tables"]
                if "sector" in t}
    assert all(inst.compat[meeting, inst.table_kind[t]] for t in reserved.values())


def test_without_days_or_tables_the_solver_is_not_asked(db, make_program):
    program = make_program()
    with pytest.raises(GyoryuError) as err:
        meetings.solve(db=db, program=program, time_limit=1)
    assert err.value.code == "E515"
    grid.set_meeting_day(db=db, program=program, data=_day(DAY1, "09:00", "10:00", 30))
    with pytest.raises(GyoryuError) as err:
        meetings.solve(db=db, program=program, time_limit=1)
    assert err.value.code == "E556"


def test_reasons_over_several_days_name_the_day(db, fair):
    program, people = fair
    # 4Paradigm is free only in the first slot of the first day: one of its two meetings stays out.
    meetings.set_availability(db=db, program=program, participant=people["4paradigm"],
                              slots=["2026-05-12T09:00"])
    run = meetings.solve(db=db, program=program, time_limit=3)
    shown = board.meeting_board(db=db, program=program)
    [left] = [x for x in shown["reasons"] if x["request"] not in {m.request for m in run.meetings}]
    assert left["reason"] == "participant_full"
    assert [t["when"] for t in left["taken"]] == ["05-12 09:00"]
