"""Publishing a schedule worse than the published one — fewer meetings, less weight, or dropping
meetings participants have — needs the organiser's confirmation, with the figures, through every
door: the page asks, the API answers 409 until `confirm`, the CLI asks or needs --yes. The best
possible count stays proven when requests weigh differently."""

from __future__ import annotations

import html
import json
import random
from datetime import date

import pytest
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.db import transaction
from gyoryu.directory.service import org_by_key
from gyoryu.errors import NeedsConfirmation
from gyoryu.matching.models import ScheduleRun
from gyoryu.matching.scheduling import Instance, solve
from gyoryu.matching.scheduling.generate import generate
from gyoryu.programs import board, grid, meetings, service
from gyoryu.programs.schemas import MeetingDayIn, ProgramIn, RegistrationIn, TablesIn
from tests.web.conftest import csrf_of, sign_in

PAIRS = (("hancom", "4paradigm"), ("nhn-cloud", "sevens-robotics"))


def _people_and_requests(db, program, *, register=None):
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm", "sevens-robotics"):
        data = RegistrationIn(name=f"{key} lead", email=f"{key}@warn.example",
                              organization_id=org_by_key(db=db, key=key).id, consent=True)
        people[key] = service.register_participant(db=db, program=program, data=data,
                                                   force=True)
        service.set_status(db=db, participant=people[key], status="accepted")
    for a, b in PAIRS:
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
    return people


@pytest.fixture
def published(db, make_program):
    """One slot, a table in each of two halls, two meetings published as version 1."""
    program = make_program()
    grid.set_meeting_day(db=db, program=program, data=MeetingDayIn(
        day=date(2026, 5, 13), start="14:00", end="14:30", slot_minutes=30))
    grid.add_tables(db=db, program=program, data=TablesIn(hall="A", count=1))
    hall_b = grid.add_tables(db=db, program=program, data=TablesIn(hall="B", count=1))
    people = _people_and_requests(db, program)
    run = meetings.solve(db=db, program=program, time_limit=2)
    assert len(run.meetings) == 2
    assert meetings.publish_risk(db=db, program=program) is None
    meetings.publish_schedule(db=db, program=program)
    return program, people, hall_b


def test_a_worse_schedule_is_published_only_when_confirmed(db, published):
    program, _people, hall_b = published
    grid.remove_tables(db=db, program=program, group_id=hall_b.id)  # hall B closes
    meetings.solve(db=db, program=program, time_limit=2)
    risk = meetings.publish_risk(db=db, program=program)
    assert risk == {"empty": False, "placed": 1, "published": 2, "gone": 0, "objective": 10,
                    "published_objective": 20, "dropped": 1, "losing": 2}
    with pytest.raises(NeedsConfirmation) as err:
        meetings.publish_schedule(db=db, program=program)
    assert (err.value.code, err.value.status) == ("E550", 409)
    assert err.value.message() == (
        "Meetings placed by this schedule: 1 (score 10); by the published version: 2 (score 20). "
        "Participants who would lose a meeting they have now: 2. Confirm to publish it anyway.")
    assert meetings.published_version(db=db, program=program).number == 1
    assert meetings.publish_schedule(db=db, program=program, confirm=True).number == 2
    assert meetings.publish_risk(db=db, program=program) is None  # it is what they see now


def test_meetings_that_can_no_longer_take_place_are_no_warning(db, published):
    program, people, _hall_b = published
    service.set_status(db=db, participant=people["sevens-robotics"], status="cancelled")
    meetings.solve(db=db, program=program, time_limit=2)
    assert meetings.publish_risk(db=db, program=program) is None
    assert meetings.publish_schedule(db=db, program=program).number == 2


WARNING = {"en": "Placed 1, published now 2; 2 participants lose a meeting they have now.",
           "ko": "배정 1건, 현재 공개 2건; 참가자 2명이 지금 있는 미팅을 잃습니다.",
           "zh": "已安排 1 场，当前公开 2 场；2 名参与者将失去现有的会谈。"}


def test_the_page_warns_with_the_figures(db, client, make_user, published):
    program, _people, hall_b = published
    grid.remove_tables(db=db, program=program, group_id=hall_b.id)
    meetings.solve(db=db, program=program, time_limit=2)
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    for lang in ("en", "ko", "zh"):
        client.cookies.set("lang", lang)
        page = html.unescape(client.get(f"/programs/{program.id}/meetings").text)
        assert 'id="publish-warning" data-placed="1" data-published="2" data-losing="2"' in page
        assert 'id="publish-schedule"' not in page
        assert " ".join(WARNING[lang].split()) in " ".join(page.split())
    client.cookies.set("lang", "en")
    token = csrf_of(client, f"/programs/{program.id}/meetings")
    r = client.post(f"/programs/{program.id}/meetings/publish", data={"csrf_token": token})
    assert r.status_code == 409 and "Confirm to publish it anyway." in r.text
    r = client.post(f"/programs/{program.id}/meetings/publish",
                    data={"csrf_token": token, "confirm": "1"}, follow_redirects=False)
    assert r.status_code == 303
    db.expire_all()
    assert meetings.published_version(db=db, program=program).number == 2


def test_the_api_answers_409_until_confirmed(db, client, make_user, published):
    program, _people, hall_b = published
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    client.headers["X-CSRF-Token"] = csrf_of(client, f"/programs/{program.id}")
    assert client.delete(f"/api/v1/programs/{program.id}/tables/{hall_b.id}").status_code == 204
    solved = client.post(f"/api/v1/programs/{program.id}/meetings/solve",
                         json={"time_limit": 2})
    assert solved.status_code == 200, solved.text
    assert (solved.json()["placed"], solved.json()["requested"],
            solved.json()["most_meetings"]) == (1, 2, 1)
    r = client.post(f"/api/v1/programs/{program.id}/meetings/publish", json={})
    assert r.status_code == 409
    error = r.json()["error"]
    assert (error["code"], error["field"]) == ("E550", "confirm")
    assert "Participants who would lose a meeting they have now: 2." in error["message"]
    r = client.post(f"/api/v1/programs/{program.id}/meetings/publish", json={"confirm": True})
    assert r.status_code == 200 and r.json() == {"program_id": program.id, "version": 2,
                                                 "placed": 1}


def test_an_empty_schedule_needs_the_same_confirmation(db, make_program):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=1, tables=1)
    meetings.solve(db=db, program=program, time_limit=1)
    with pytest.raises(NeedsConfirmation) as err:
        meetings.publish_schedule(db=db, program=program)
    assert (err.value.code, err.value.status) == ("E533", 409)
    assert meetings.publish_schedule(db=db, program=program, confirm=True).number == 1


@pytest.fixture
def gyoryu(engine, cli):
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            key="grid-cli-test", kind="summit", title={"en": "Grid fair"},
            starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"]))
        _people_and_requests(db, program)
        program_id = program.id

    yield cli, program_id
    with transaction(engine) as db:
        # matching keeps schedules by a plain program id: they go too, or a program given the
        # same id later (SQLite reuses the highest) would find them as its own
        for run in db.scalars(select(ScheduleRun).where(ScheduleRun.program_id == program_id)):
            db.delete(run)
        db.delete(service.get_program(db=db, program_id=program_id))


def test_the_command_line_sets_up_the_grid_solves_and_asks(gyoryu, engine):
    run, _pid = gyoryu
    key = "grid-cli-test"
    day = json.loads(run("program", "meeting-day", key, "2026-05-13", "--start", "14:00",
                         "--end", "15:00", "--slot", "30", "--break", "14:30-14:40",
                         "--json").stdout)
    assert day == {"day": "2026-05-13", "slots": ["2026-05-13T14:00"]}  # 14:40 + 30 ends late
    bad = run("program", "meeting-day", key, "2026-05-13", "--start", "15:00", "--end", "14:00",
              code=2)
    assert "A meeting day must end after it starts (15:00–14:00)." in bad.output
    run("program", "tables", key, "--hall", "A", "--count", "1")
    hall_b = json.loads(run("program", "tables", key, "--hall", "B", "--count", "1",
                            "--json").stdout)
    shown = json.loads(run("program", "grid", key, "--json").stdout)
    assert [(t["hall"], t["count"]) for t in shown["tables"]] == [("A", 1), ("B", 1)]
    solved = json.loads(run("program", "solve", key, "--time-limit", "2", "--json").stdout)
    assert (solved["placed"], solved["requested"], solved["best_at_most"]) == (2, 2, 2)
    assert json.loads(run("program", "publish", key, "--json").stdout)["version"] == 1
    run("program", "tables-remove", key, hall_b["id"])
    assert json.loads(run("program", "solve", key, "--time-limit", "2",
                          "--json").stdout)["placed"] == 1
    refused = run("program", "publish", key, input="n\n", code=2)
    assert "Participants who would lose a meeting they have now: 2." in refused.output
    assert "not published" in refused.output
    asked = run("program", "publish", key, "--json", input="y\n")
    assert json.loads(asked.stdout.splitlines()[-1]) == {"version": 2, "placed": 1}


def test_the_best_possible_count_is_proven_when_weights_differ():
    """Three people who all asked to meet each other, one slot: one meeting at most. Weighed
    15, 1 and 1, the weight bound (15) over the lightest weight (1) would claim 3."""
    triangle = {"slots": ["s"], "tables": 3,
                "participants": [{"id": p, "available": ["s"]} for p in "abc"],
                "requests": [{"id": "ab", "a": "a", "b": "b", "weight": 15},
                             {"id": "ac", "a": "a", "b": "c", "weight": 1},
                             {"id": "bc", "a": "b", "b": "c", "weight": 1}]}
    schedule = solve(Instance.from_dict(triangle), time_limit=2)
    assert schedule.bound == 15
    assert meetings.most_meetings(triangle) == 1
    # On random weighted instances the count bound is never below the true best count (CP-SAT,
    # proven optimal on the same instance with every weight 1) and never above the requests.
    rng = random.Random(7)
    for seed in range(4):
        data = generate(participants=14, requests=40, slots=3, tables=3, seed=seed)
        for r in data["requests"]:
            r["weight"] = rng.choice([1, 2, 5, 11, 15])
        unit = {**data, "requests": [{**r, "weight": 1} for r in data["requests"]]}
        best = solve(Instance.from_dict(unit), method="cpsat", time_limit=10)
        assert best.status == "optimal"
        most = meetings.most_meetings(data)
        assert best.objective(Instance.from_dict(unit)) <= most <= len(data["requests"])


def test_the_organisers_words_use_the_count_bound(db, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=1, tables=3)
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm"):
        people[key] = register(program, key, org_id=org_by_key(db=db, key=key).id,
                               email=f"{key}@words.example")
        service.set_status(db=db, participant=people[key], status="accepted")
    # All three asked each other; hancom and 4paradigm both ways (mutual: heavier).
    for a, b in (("hancom", "4paradigm"), ("4paradigm", "hancom"), ("hancom", "nhn-cloud"),
                 ("nhn-cloud", "4paradigm")):
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
    run = meetings.solve(db=db, program=program, time_limit=2)
    weights = sorted(r["weight"] for r in run.instance["requests"])
    assert weights[0] < weights[-1]  # mutual interest weighs more
    figures = board.placed_figures(run, meetings.draft_version(db=db, program=program))
    assert figures == {"placed": 1, "requested": 3, "best_at_most": 1}
