"""The organiser's forms in an organiser's words: the organiser picked by name (no directory
keys), description, venue and time zone, participants accepted in a batch, a warning before an
empty schedule is published, and the schedule's figures as meetings placed of those requested."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.errors import GyoryuError
from gyoryu.programs import board, meetings, service
from tests.web.conftest import csrf_of, sign_in


def test_a_program_described_with_its_organiser_found_by_name(db, client, make_user):
    sign_in(client, *make_user(Role.organiser))
    form = client.get("/programs/new").text
    assert "directory key" not in form and 'data-org-picker="organiser"' in form
    assert '<script src="/static/org-picker.js"' in form and "<script>" not in form
    assert client.get("/static/org-picker.js").status_code == 200
    r = client.post("/programs/new", data={
        "csrf_token": csrf_of(client, "/programs/new"), "kind": "delegation",
        "title_ko": "충칭 대표단", "description_ko": "로봇 기업 방문", "description_en": "Robotics visits",
        "starts_on": "2030-11-23", "ends_on": "2030-11-25", "cities": "충칭", "venue": "两江新区",
        "timezone": "Asia/Shanghai", "organiser": "", "organiser_name": "경기도",
        "asks": ["wechat", "passport"], "retention_days": "120",
        "registration_closes": "2030-11-01T18:00", "registration_open": "1"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    program = service.get_program(db=db, program_id=int(r.headers["location"].rsplit("/", 1)[1]))
    assert program.organiser.key == "gyeonggi-province"
    assert (program.venue, program.timezone, program.asks, program.retention_days) == (
        "两江新区", "Asia/Shanghai", ["wechat", "passport"], 120)
    assert program.description == {"ko": "로봇 기업 방문", "en": "Robotics visits"}
    assert program.closes_at.isoformat() == "2030-11-01T10:00:00+00:00"  # 18:00 in Chongqing
    edit = client.get(f"/programs/{program.id}/edit").text
    assert 'value="2030-11-01T18:00"' in edit and 'value="gyeonggi-province"' in edit
    bad = client.post(f"/programs/{program.id}/edit", data={
        "csrf_token": csrf_of(client, "/programs/new"), "kind": "delegation", "title_ko": "x",
        "starts_on": "2030-11-23", "ends_on": "2030-11-25", "timezone": "Mars/Olympus"})
    assert bad.status_code == 400 and "is not a time zone" in bad.text


@pytest.fixture
def applied(db, make_program, register):
    program = make_program(capacity=3)
    people = [register(program, f"Person {i}", org_name=f"Company {i}") for i in range(4)]
    return program, people  # the fourth is wait-listed


def test_accepting_a_batch_all_or_none(db, applied):
    program, people = applied
    assert [p.status for p in people] == ["applied"] * 3 + ["waitlisted"]
    service.set_statuses(db=db, program=program, participant_ids=[people[0].id, people[1].id],
                         status="accepted")
    assert [p.status for p in people[:3]] == ["accepted", "accepted", "applied"]
    with pytest.raises(GyoryuError) as full:  # the wait-listed one does not fit
        service.set_statuses(db=db, program=program, participant_ids=[people[3].id],
                             status="accepted")
    assert full.value.code == "E505"


def test_the_participant_list_accepts_ticked_rows_and_everyone_who_applied(db, client, make_user,
                                                                            applied):
    program, people = applied
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    page = client.get(f"/programs/{program.id}/participants").text
    assert 'form="bulk"' in page and 'id="accept-all-applied"' in page
    token = csrf_of(client, f"/programs/{program.id}/participants")
    r = client.post(f"/programs/{program.id}/participants/bulk", follow_redirects=False,
                    data={"csrf_token": token, "status": "accepted", "ids": [str(people[2].id)]})
    assert r.status_code == 303
    db.expire_all()
    assert [p.status for p in people] == ["applied", "applied", "accepted", "waitlisted"]
    client.post(f"/programs/{program.id}/participants/bulk",
                data={"csrf_token": token, "status": "accepted", "all_applied": "1"})
    db.expire_all()
    assert [p.status for p in people] == ["accepted", "accepted", "accepted", "waitlisted"]


def test_an_empty_schedule_is_published_only_when_confirmed(db, client, make_user, make_program):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=2, tables=2)
    meetings.solve(db=db, program=program, time_limit=1)  # nobody accepted: no meetings
    with pytest.raises(GyoryuError) as empty:
        meetings.publish_schedule(db=db, program=program)
    assert empty.value.code == "E533"
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    page = client.get(f"/programs/{program.id}/meetings").text
    assert 'id="empty-schedule"' in page and 'id="publish-schedule"' not in page
    assert "Meetings placed: 0 of 0 requested; the best possible is at most 0." in page
    client.post(f"/programs/{program.id}/meetings/publish",
                data={"csrf_token": csrf_of(client, f"/programs/{program.id}/meetings"),
                      "confirm": "1"})
    assert meetings.published_version(db=db, program=program).number == 1


def test_the_schedule_in_an_organisers_words(db, client, make_user, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=1, tables=1)
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm"):
        people[key] = register(program, key, org_id=org_by_key(db=db, key=key).id,
                               email=f"{key}@ex.org")
        service.set_status(db=db, participant=people[key], status="accepted")
    for target in ("nhn-cloud", "4paradigm"):  # two requests of hancom's, one slot
        req = meetings.request_meeting(db=db, program=program, requester=people["hancom"],
                                       target_org_id=people[target].organization_id)
        meetings.answer(db=db, request=req, responder=people[target], accept=True)
    run = meetings.solve(db=db, program=program, time_limit=2)
    figures = board.placed_figures(run, meetings.draft_version(db=db, program=program))
    assert figures["placed"] == 1 and figures["best_at_most"] == 1
    assert figures["requested"] >= 2
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    page = client.get(f"/programs/{program.id}/meetings").text
    assert (f"Meetings placed: 1 of {figures['requested']} requested; "
            "the best possible is at most 1.") in page
