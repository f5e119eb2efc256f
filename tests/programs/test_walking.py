"""Walking between the halls of a program's meeting grid: organisers set the minutes between two
halls (page, API, CLI), the breaks are the time to walk, and the solver holds participants and
interpreters to it; the meetings page says when a walk is what left a meeting out."""

from __future__ import annotations

import html
import json
from datetime import date

import numpy as np
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from gyoryu import db as dbmod
from gyoryu.accounts.enums import Role
from gyoryu.cli import app as cli_app
from gyoryu.config import get_settings
from gyoryu.db import transaction
from gyoryu.directory.service import org_by_key
from gyoryu.errors import InvalidValue
from gyoryu.matching import service as match_service
from gyoryu.matching.models import MatchProfile, ProfileTag, ScheduledMeeting, ScheduleRun
from gyoryu.matching.scheduling import Instance, violations
from gyoryu.matching.schemas import ProfileIn
from gyoryu.programs import grid, meetings, service
from gyoryu.programs.models import HallWalk, Program, ScheduleVersion
from gyoryu.programs.schemas import MeetingDayIn, ProgramIn, TablesIn, WalkIn
from tests.web.conftest import csrf_of, sign_in

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
    # 4Paradigm asks back: its two meetings are mutual, and weigh more than Hancom–Sevens.
    for a, b in (("hancom", "4paradigm"), ("nhn-cloud", "4paradigm"), ("4paradigm", "hancom"),
                 ("4paradigm", "nhn-cloud"), ("hancom", "sevens-robotics")):
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


def test_the_meetings_page_names_the_walk_that_left_a_meeting_out(db, client, make_user,
                                                                 halls):
    program, people = halls
    grid.set_walk(db=db, program=program, data=WalkIn(hall_a="A", hall_b="B", minutes=10))
    _morning(db, program)
    run = meetings.solve(db=db, program=program, time_limit=2)
    [left] = run.unscheduled
    assert left["reason"] == "walking_time"
    [beside] = left["detail"]["next_to"]
    assert (beside["participant"], beside["hall"]) == (str(people["hancom"].id), "A")
    when = beside["slot"][11:16]
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    page = html.unescape(client.get(f"/programs/{program.id}/meetings").text)
    assert 'data-reason="walking_time"' in page
    assert f"hancom meets in A at {when}" in page
    client.cookies.set("lang", "ko")
    page = html.unescape(client.get(f"/programs/{program.id}/meetings").text)
    assert f"hancom 님이 {when}에 A에서 미팅합니다" in page


def test_the_page_and_the_api_set_walks(db, client, make_user, halls):
    program, _ = halls
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    path = f"/programs/{program.id}/grid"
    page = client.get(path).text
    assert 'id="walk-form"' in page and "No walking time set" in page
    token = csrf_of(client, path)
    r = client.post(f"{path}/walking", data={"csrf_token": token, "hall_a": "A",
                                             "hall_b": "B", "minutes": "6"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert "A ↔ B: 6 min" in html.unescape(client.get(path).text)
    bad = client.post(f"{path}/walking", data={"csrf_token": token, "hall_a": "A",
                                               "hall_b": "A", "minutes": "6"})
    assert bad.status_code == 400
    assert "Walking time is between two different halls, not from 'A' to itself." in (
        html.unescape(bad.text))
    base = f"/api/v1/programs/{program.id}"
    client.headers["X-CSRF-Token"] = csrf_of(client, f"/programs/{program.id}")
    r = client.put(f"{base}/walking", json={"hall_a": "B", "hall_b": "A", "minutes": 9})
    assert r.status_code == 200 and r.json() == [{"hall_a": "A", "hall_b": "B", "minutes": 9}]
    r = client.put(f"{base}/walking", json={"hall_a": "A", "hall_b": "Z", "minutes": 9})
    assert (r.status_code, r.json()["error"]["code"], r.json()["error"]["message"]) == (
        400, "E561", "The program has no tables in a hall named 'Z': walking time is set "
        "between halls that have tables (A, B).")
    r = client.put(f"{base}/walking", json={"hall_a": "A", "hall_b": "B", "minutes": -1})
    assert r.status_code == 422
    _morning(db, program, breaks=["09:30-09:40"])
    db.commit()
    shown = client.get(f"{base}/meeting-grid").json()
    assert shown["walking"] == [{"hall_a": "A", "hall_b": "B", "minutes": 9}]
    assert shown["gaps"] == {"2026-05-12T09:00": 10}
    r = client.put(f"{base}/walking", json={"hall_a": "A", "hall_b": "B", "minutes": 0})
    assert r.status_code == 200 and r.json() == []


def test_deleting_a_program_deletes_its_schedules(db, halls):
    program, people = halls
    grid.set_walk(db=db, program=program, data=WalkIn(hall_a="A", hall_b="B", minutes=10))
    _morning(db, program)
    match_service.save_profile(db=db, data=ProfileIn(
        organization_id=people["hancom"].organization_id, program_id=program.id,
        offers_sectors=["robotics"]))
    run = meetings.solve(db=db, program=program, time_limit=2)
    pid, run_id = program.id, run.id
    assert db.scalar(select(func.count()).select_from(ScheduledMeeting)
                     .where(ScheduledMeeting.run_id == run_id)) == 2
    service.delete_program(db=db, program=program)
    db.expire_all()
    assert db.get(Program, pid) is None
    for model, where in ((ScheduleRun, ScheduleRun.program_id == pid),
                         (ScheduledMeeting, ScheduledMeeting.run_id == run_id),
                         (ScheduleVersion, ScheduleVersion.program_id == pid),
                         (MatchProfile, MatchProfile.program_id == pid),
                         (HallWalk, HallWalk.program_id == pid)):
        assert db.scalar(select(func.count()).select_from(model).where(where)) == 0, model
    assert db.scalar(select(func.count()).select_from(ProfileTag).where(
        ProfileTag.profile_id.not_in(select(MatchProfile.id)))) == 0


@pytest.fixture
def gyoryu(engine, database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    monkeypatch.setenv("GYORYU_VAR_DIR", str(tmp_path))
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    with transaction(engine) as db:
        program_id = service.create_program(db=db, data=ProgramIn(
            key="walk-cli-test", kind="summit", title={"en": "Walk fair"},
            starts_on=DAY, ends_on=DAY, cities=["cn-beijing"])).id

    def run(*args, code=0):
        result = CliRunner().invoke(cli_app, [str(a) for a in args])
        assert result.exit_code == code, result.output
        return result

    yield run
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    with transaction(engine) as db:
        service.delete_program(db=db, program=service.get_program(db=db, program_id=program_id))


def test_the_command_line_sets_walks(gyoryu):
    run, key = gyoryu, "walk-cli-test"
    run("program", "tables", key, "--hall", "A", "--count", "1")
    run("program", "tables", key, "--hall", "B", "--count", "1")
    assert run("program", "walking", key, "b", "a", "7").stdout.strip() == "A ↔ B: 7 min"
    refused = run("program", "walking", key, "A", "C", "7", code=2)
    assert "no tables in a hall named 'C'" in refused.output
    shown = json.loads(run("program", "grid", key, "--json").stdout)
    assert shown["walking"] == [{"hall_a": "A", "hall_b": "B", "minutes": 7}]
    assert "walk A ↔ B: 7 min" in run("program", "grid", key).stdout
    assert run("program", "walking", key, "A", "B", "0").stdout.strip() == "A ↔ B: no walk"
