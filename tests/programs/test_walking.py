"""Walking between the halls of a program's meeting grid: organisers set the minutes between two
halls (page, API, CLI), the breaks are the time to walk, and the solver holds participants and
interpreters to it; the meetings page says when a walk is what left a meeting out."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from gyoryu.directory.service import org_by_key
from gyoryu.errors import InvalidValue
from gyoryu.matching.scheduling import Instance, violations
from gyoryu.programs import grid, meetings, service
from gyoryu.programs.schemas import MeetingDayIn, TablesIn, WalkIn

DAY = date(2026, 5, 12)


@pytest.fixture
def halls(db, make_program, register):
    """Halls A (one open table) and B (one table reserved for robotics), one morning of two
    30-minute slots; Hancom meets 4Paradigm and Sevens Robotics, NHN Cloud meets 4Paradigm —
    4Paradigm's two meetings fill A, so Hancom's with Sevens is in B."""
    program = make_program()
    grid.add_tables(db=db, program=program, data=TablesIn(hall="A", count=1))
    grid.add_tables(db=db, program=program, data=TablesIn(hall="B", count=1, sector="robotics"))
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm", "sevens-robotics"):
        people[key] = register(program, key, org_id=org_by_key(db=db, key=key).id,
                               email=f"{key}@walk.example")
        service.set_status(db=db, participant=people[key], status="accepted")
    for a, b in (("hancom", "4paradigm"), ("nhn-cloud", "4paradigm"),
                 ("hancom", "sevens-robotics")):
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
    return program, people


def _morning(db, program, breaks=()):
    grid.set_meeting_day(db=db, program=program, data=MeetingDayIn(
        day=DAY, start="09:00", end="10:10" if breaks else "10:00", slot_minutes=30,
        breaks=list(breaks)))


def test_walks_are_set_between_halls_that_have_tables(db, halls):
    program, _ = halls
    walk = grid.set_walk(db=db, program=program, data=WalkIn(hall_a="b", hall_b="A", minutes=8))
    assert (walk.hall_a, walk.hall_b, walk.minutes) == ("A", "B", 8)  # named as the tables are
    grid.set_walk(db=db, program=program, data=WalkIn(hall_a="A", hall_b="B", minutes=12))
    assert [(w.hall_a, w.hall_b, w.minutes) for w in grid.walks(db=db, program=program)] == [
        ("A", "B", 12)]
    assert grid.walking_of(db=db, program=program) == {"A": {"B": 12}}
    for data, code in ((WalkIn(hall_a="A", hall_b="C", minutes=5), "E561"),
                       (WalkIn(hall_a="a", hall_b="A", minutes=5), "E562")):
        with pytest.raises(InvalidValue) as err:
            grid.set_walk(db=db, program=program, data=data)
        assert err.value.code == code
    with pytest.raises(ValueError):
        WalkIn(hall_a="A", hall_b="B", minutes=121)
    # A hall without tables keeps its walks, unused; 0 takes a walk out.
    group_b = next(g for g in program.table_groups if g.hall == "B")
    grid.remove_tables(db=db, program=program, group_id=group_b.id)
    assert grid.walks(db=db, program=program) == []
    grid.add_tables(db=db, program=program, data=TablesIn(hall="B", count=1))
    assert grid.walking_of(db=db, program=program) == {"A": {"B": 12}}
    assert grid.set_walk(db=db, program=program,
                         data=WalkIn(hall_a="A", hall_b="B", minutes=0)) is None
    assert grid.walks(db=db, program=program) == []


def test_the_breaks_are_the_time_to_walk(db, halls):
    program, people = halls
    grid.set_walk(db=db, program=program, data=WalkIn(hall_a="A", hall_b="B", minutes=10))
    _morning(db, program)  # 09:00, 09:30: no time between the slots
    instance = meetings.build_instance(db=db, program=program, recommend_top=0)
    assert instance["walking"] == {"A": {"B": 10}} and "gaps" not in instance
    run = meetings.solve(db=db, program=program, time_limit=2)
    assert len(run.meetings) == 2  # Hancom cannot be in A and B back to back
    inst = Instance.from_dict(run.instance)
    _check(inst, run)
    # A ten-minute break between the slots is time enough: all three meetings.
    _morning(db, program, breaks=["09:30-09:40"])
    instance = meetings.build_instance(db=db, program=program, recommend_top=0)
    assert instance["gaps"] == {"2026-05-12T09:00": 10}
    run = meetings.solve(db=db, program=program, time_limit=2)
    assert len(run.meetings) == 3
    _check(Instance.from_dict(run.instance), run)


def _check(inst: Instance, run) -> None:
    """The stored schedule breaks no constraint of the instance it was solved with."""
    rid = {r: i for i, r in enumerate(inst.request_ids)}
    sid = {s: i for i, s in enumerate(inst.slot_ids)}
    tid = {t: i for i, t in enumerate(inst.table_ids)}
    slot = np.full(inst.n_requests, -1)
    table = np.full(inst.n_requests, -1)
    for m in run.meetings:
        slot[rid[m.request]], table[rid[m.request]] = sid[m.slot], tid[m.table_no]
    assert violations(inst, slot, table, np.full(inst.n_requests, -1)) == []
