"""Interpreters for a program's B2B meetings: the organiser adds them, participants say which
languages they meet in, the solver places interpreters with the meetings, and the organiser's and
participants' pages show who interprets and why a request was left out, in ko, zh and en."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.errors import GyoryuError, NotFound
from gyoryu.programs import board, meetings, service
from tests.web.conftest import csrf_of, sign_in

SLOT = "2026-05-13T14:00"


@pytest.fixture
def fair(db, make_program, register):
    """One meeting slot, three tables, two Korean and two Chinese companies who share no
    language, two accepted requests — and one ko–zh interpreter."""
    program = make_program(meeting_on=date(2026, 5, 13), meeting_start="14:00",
                           meeting_minutes=30, meeting_slots=1, tables=3)
    people = {}
    for key, name, lang in (("hancom", "박한컴", "ko"), ("nhn-cloud", "최엔에이치", "ko"),
                            ("4paradigm", "王四范", "zh"), ("sevens-robotics", "赵七", "zh")):
        p = register(program, name, org_id=org_by_key(db=db, key=key).id,
                     email=f"{key}@ex.org", locale=lang)
        service.set_status(db=db, participant=p, status="accepted")
        meetings.set_languages(db=db, participant=p, languages=[lang])
        people[key] = p
    for a, b in (("hancom", "4paradigm"), ("nhn-cloud", "sevens-robotics")):
        req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                       target_org_id=people[b].organization_id)
        meetings.answer(db=db, request=req, responder=people[b], accept=True)
    kim = meetings.add_interpreter(db=db, program=program, name="김통역", pairs=["zh-ko"],
                                   max_meetings=4)
    return program, people, kim


def test_one_interpreter_serves_one_meeting_and_the_other_is_explained(db, fair):
    program, people, kim = fair
    assert kim.pairs == ["ko-zh"] and kim.available is None
    run = meetings.solve(db=db, program=program, time_limit=3)
    assert [(m.slot, m.interpreter) for m in run.meetings] == [(SLOT, str(kim.id))]
    placed = run.meetings[0]
    assert [r["reason"] for r in run.unscheduled] == ["no_interpreter"]
    assert run.unscheduled[0]["detail"]["slots"] == [SLOT]
    assert run.interpreters["per_slot"] == [{"slot": SLOT, "working": 1, "available": 1}]
    grid = board.meeting_board(db=db, program=program)
    left = grid["reasons"][0]
    assert {left["a"].id, left["b"].id} | {int(placed.a), int(placed.b)} == {
        p.id for p in people.values()}
    assert left["times"] == ["14:00"] and left["pairs"] == ["ko-zh"]


def test_a_second_interpreter_places_both(db, fair):
    program, _people, _kim = fair
    meetings.add_interpreter(db=db, program=program, name="Li", pairs=["ko-zh", "en-zh"],
                             available=[SLOT])
    run = meetings.solve(db=db, program=program, time_limit=3)
    assert len(run.meetings) == 2 and run.unscheduled == []
    assert len({m.interpreter for m in run.meetings}) == 2


def test_bad_interpreters_and_languages_say_what_is_wrong(db, fair):
    program, people, kim = fair
    with pytest.raises(GyoryuError) as err:
        meetings.add_interpreter(db=db, program=program, name="X", pairs=["ko-ko"])
    assert err.value.code == "E519"
    with pytest.raises(GyoryuError) as err:
        meetings.add_interpreter(db=db, program=program, name="X", pairs=["ko-zh"],
                                 max_meetings=0)
    assert err.value.code == "E521"
    with pytest.raises(GyoryuError) as err:
        meetings.add_interpreter(db=db, program=program, name="X", pairs=["ko-zh"],
                                 available=["2026-05-13T09:00"])
    assert err.value.code == "E506"
    with pytest.raises(GyoryuError) as err:
        meetings.set_languages(db=db, participant=people["hancom"], languages=["ja"])
    assert err.value.code == "E506"
    meetings.remove_interpreter(db=db, program=program, interpreter_id=kim.id)
    with pytest.raises(NotFound):
        meetings.remove_interpreter(db=db, program=program, interpreter_id=kim.id)
    assert meetings.interpreters(db=db, program=program) == []


REASON = {"en": "no interpreter for ko-zh free in 14:00",
          "ko": "14:00에 ko-zh 통역사가 없음",
          "zh": "14:00 没有空闲的 ko-zh 口译员"}
INTERPRETER = {"en": "Interpreter: 김통역", "ko": "통역: 김통역", "zh": "口译：김통역"}


def test_pages_show_interpreters_and_reasons_in_three_languages(db, client, make_user, fair):
    program, people, kim = fair
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    token = csrf_of(client, f"/programs/{program.id}/meetings")
    r = client.post(f"/programs/{program.id}/meetings/interpreters", data={
        "csrf_token": token, "name": "", "pairs": ["ko-zh"], "slots": [SLOT]})
    assert r.status_code == 400
    assert client.post(f"/programs/{program.id}/meetings/solve", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    for lang in ("en", "ko", "zh"):
        client.cookies.set("lang", lang)
        page = html.unescape(client.get(f"/programs/{program.id}/meetings").text)
        assert INTERPRETER[lang] in page
        assert re.search(r'data-reason="no_interpreter">([^<]+)<', page).group(1) == REASON[lang]
        assert 'id="interpreter-use"' in page and 'id="most-valuable"' in page
    assert client.post(f"/programs/{program.id}/meetings/publish", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    # Each participant sees on their page, in their language, why their meeting is missing.
    run = meetings.current(db=db, program=program)
    placed = {int(run.meetings[0].a), int(run.meetings[0].b)}
    for p in people.values():
        client.cookies.set("lang", p.locale)
        page = html.unescape(client.get(f"/p/{p.token}").text)
        if p.id in placed:
            assert 'data-reason=' not in page and INTERPRETER[p.locale] in page
        else:
            found = re.search(r'data-reason="no_interpreter">([^<]+)<', page)
            assert found.group(1) == REASON[p.locale]


def test_interpreters_and_languages_through_the_api(db, client, make_user, fair):
    program, people, kim = fair
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    forged = client.post(f"/api/programs/{program.id}/interpreters", json={"name": "Forged"})
    assert forged.status_code == 403  # a cookie session needs its CSRF token
    client.headers["X-CSRF-Token"] = csrf_of(client, f"/programs/{program.id}")
    r = client.post(f"/api/programs/{program.id}/interpreters",
                    json={"name": "Wang", "pairs": ["en-zh"], "max_meetings": 3})
    assert r.status_code == 201, r.text
    assert r.json() | {"id": 0} == {"id": 0, "name": "Wang", "pairs": ["en-zh"],
                                    "available": None, "max_meetings": 3}
    bad = client.post(f"/api/programs/{program.id}/interpreters",
                      json={"name": "Wang", "pairs": ["english"]})
    assert bad.status_code == 400 and "english" in bad.text
    assert [i["name"] for i in client.get(f"/api/programs/{program.id}/interpreters").json()["items"]] == [
        "김통역", "Wang"]
    assert client.delete(f"/api/programs/{program.id}/interpreters/{r.json()['id']}"
                         ).status_code == 204
    hancom = people["hancom"]
    r = client.put(f"/api/agenda/{hancom.token}/languages", json={"languages": ["en", "ko"]})
    assert r.status_code == 200 and r.json()["languages"] == ["ko", "en"]
    # Hancom now shares English with nobody Chinese here: still an interpreter; solve and read.
    token = csrf_of(client, f"/programs/{program.id}/meetings")
    client.post(f"/programs/{program.id}/meetings/solve", data={"csrf_token": token})
    grid = client.get(f"/api/programs/{program.id}/meetings").json()
    assert [m["interpreter"] for m in grid["draft"]] == [kim.id]
    assert [x["reason"] for x in grid["reasons"]] == ["no_interpreter"]
    assert grid["interpreter_use"]["per_slot"][0]["working"] == 1
