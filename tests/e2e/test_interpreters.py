"""Interpreters in real Chromium: two Korean and two Chinese companies who share no language
asked to meet in the one meeting slot; the organiser adds the only ko–zh interpreter on the
meetings page, solves, and sees who interprets and why the other meeting is missing — in
Korean, Chinese and English; the participant left out reads the reason on their own page."""

import re
from datetime import date

import pytest

from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.programs import meetings, service
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.e2e.conftest import sign_in
from tests.programs.conftest import one_day_grid

pytestmark = pytest.mark.e2e

REASON = {"ko": "14:00에 ko-zh 통역사가 없음", "zh": "14:00 没有空闲的 ko-zh 口译员",
          "en": "no interpreter for ko-zh free in 14:00"}
INTERPRETER = {"ko": "통역: 이통역", "zh": "口译：이통역", "en": "Interpreter: 이통역"}


@pytest.fixture
def fair(e2e_database):
    engine = make_engine(e2e_database[0])
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"ko": "통역 매칭 E2E", "en": "Interpreting E2E"},
            starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"]))
        one_day_grid(db, program, meeting_on=date(2026, 5, 13), meeting_start="14:00",
                     meeting_minutes=30, meeting_slots=1, tables=3)
        people = {}
        for key, lang in (("hancom", "ko"), ("nhn-cloud", "ko"), ("4paradigm", "zh"),
                          ("sevens-robotics", "zh")):
            p = service.register_participant(db=db, program=program, data=RegistrationIn(
                name=f"{key} 담당", email=f"{key}@interp.example", locale=lang,
                organization_id=org_by_key(db=db, key=key).id), force=True)
            service.set_status(db=db, participant=p, status="accepted")
            meetings.set_languages(db=db, participant=p, languages=[lang])
            people[key] = p
        for a, b in (("hancom", "4paradigm"), ("nhn-cloud", "sevens-robotics")):
            req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                           target_org_id=people[b].organization_id)
            meetings.answer(db=db, request=req, responder=people[b], accept=True)
        return program.id, {k: (p.id, p.token) for k, p in people.items()}


def test_interpreter_assignments_and_reasons_in_three_languages(browser_page, admin_credentials,
                                                                fair):
    program_id, people = fair
    page = browser_page
    sign_in(page, *admin_credentials)
    page.goto(f"/programs/{program_id}/meetings")
    page.fill("#interpreter-form input[name=name]", "이통역")
    page.fill("#interpreter-form input[name=max_meetings]", "6")
    with page.expect_navigation():
        page.click("#add-interpreter")
    assert page.locator("#interpreters ~ table tr[data-interpreter]").count() == 1
    with page.expect_navigation():
        page.click("#solve")
    assert page.locator("table.grid .meeting").count() == 1
    for lang in ("ko", "zh", "en"):
        page.goto(f"/lang/{lang}")
        page.goto(f"/programs/{program_id}/meetings")
        assert page.locator("table.grid .interpreter").inner_text() == INTERPRETER[lang]
        reason = page.locator("#unplaced li .reason[data-reason=no_interpreter]")
        assert reason.count() == 1
        assert re.sub(r"\s+", " ", reason.inner_text()).strip() == REASON[lang]
        assert page.locator("#interpreter-use tr[data-slot] td").nth(1).inner_text() == "1"
    with page.expect_navigation():
        page.click("#publish-schedule")
    # The pair left out reads why on their pages, in their language.
    left_out = page.locator("#unplaced li").get_attribute("data-request")
    told = 0
    for key, (_pid, token) in people.items():
        lang = "ko" if key in ("hancom", "nhn-cloud") else "zh"
        page.goto(f"/lang/{lang}")
        page.goto(f"/p/{token}")
        mine = page.locator(f"#not-placed ~ ul li[data-request='{left_out}']")
        if mine.count():
            told += 1
            assert re.sub(r"\s+", " ", mine.locator(".reason").inner_text()).strip() == (
                REASON[lang])
        else:  # the pair that meets sees the interpreter in their agenda
            assert INTERPRETER[lang] in page.inner_text("body")
    assert told == 2
