"""A two-day meeting grid in real Chromium, at phone (390 px) and desktop (1280 px) width: the
organiser sets two meeting days and two halls on the grid page, solves, sees each day's halls,
who interprets each meeting and why one was left out; then closes the first day, solves again,
and is warned — with the figures — before publishing the worse schedule."""

from __future__ import annotations

import re
from datetime import date

import pytest

from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.programs import meetings, service
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.e2e.conftest import csp_violations, sign_in
from tests.e2e.test_first_day import OVERFLOW

pytestmark = pytest.mark.e2e

PAIRS = (("hancom", "4paradigm"), ("nhn-cloud", "sevens-robotics"),
         ("megazone-cloud", "tencent-shanghai"))
WARNING = "배정 1건, 현재 공개 2건; 참가자 2명이 지금 있는 미팅을 잃습니다."


@pytest.fixture
def fair(e2e_database, request):
    """Three Korean–Chinese pairs who share no language asked to meet; one ko–zh interpreter
    who takes one meeting a day. No meeting days or tables yet."""
    width = request.node.callspec.params["width"]
    engine = make_engine(e2e_database[0])
    with transaction(engine) as db:
        program = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"ko": f"이틀 매칭 {width}", "en": f"Two-day fair {width}"},
            starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"]))
        people = {}
        for pair in PAIRS:
            for key, lang in zip(pair, ("ko", "zh"), strict=True):
                p = service.register_participant(db=db, program=program, force=True,
                                                 data=RegistrationIn(
                    name=f"{key} 담당", email=f"{key}-{width}@grid.example", locale=lang,
                    organization_id=org_by_key(db=db, key=key).id))
                service.set_status(db=db, participant=p, status="accepted")
                meetings.set_languages(db=db, participant=p, languages=[lang])
                people[key] = p
        for a, b in PAIRS:
            req = meetings.request_meeting(db=db, program=program, requester=people[a],
                                           target_org_id=people[b].organization_id)
            meetings.answer(db=db, request=req, responder=people[b], accept=True)
        meetings.add_interpreter(db=db, program=program, name="이통역", pairs=["ko-zh"],
                                 max_meetings=1)
        program_id = program.id
    engine.dispose()
    return program_id


def _fits(page, where: str) -> None:
    found = page.evaluate(OVERFLOW)
    assert found["scroll"] <= found["width"] and found["out"] == [], (where, found)
    wrapped = page.evaluate("""() => [...document.querySelectorAll('.subnav a')]
        .filter(a => a.getClientRects().length > 1).map(a => a.textContent.trim())""")
    assert wrapped == [], (where, "program menu entries broken over lines", wrapped)


def _text(locator) -> str:
    return re.sub(r"\s+", " ", locator.inner_text()).strip()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_two_day_grid_with_two_halls(browser, live_server, admin_credentials, fair, width):
    program_id = fair
    context = browser.new_context(base_url=live_server, locale="ko-KR",
                                  viewport={"width": width, "height": 844})
    context.add_cookies([{"name": "lang", "value": "ko", "url": live_server}])
    page = context.new_page()
    page.set_default_timeout(20_000)
    refused = csp_violations(page)
    sign_in(page, *admin_credentials)

    # Two meeting days (the first with a break) and two halls, hall B on the second day only.
    page.goto(f"/programs/{program_id}/grid")
    for day, start, end, breaks in (("2026-05-12", "09:00", "10:15", "09:30-09:45"),
                                    ("2026-05-13", "14:00", "15:00", "")):
        page.fill("#day-form input[name=day]", day)
        page.fill("#day-form input[name=start]", start)
        page.fill("#day-form input[name=end]", end)
        page.fill("#day-form input[name=slot_minutes]", "30")
        page.fill("#day-form input[name=breaks]", breaks)
        with page.expect_navigation():
            page.click("#save-day")
    assert [_text(c) for c in page.locator("#days td.slots").all()] == ["2", "2"]
    for hall, only in (("A홀", None), ("B홀", "2026-05-12")):
        page.fill("#tables-form input[name=hall]", hall)
        page.fill("#tables-form input[name=count]", "1")
        if only:  # B stands on the second day: untick the first
            page.uncheck(f"#tables-form input[name=days][value='{only}']")
        with page.expect_navigation():
            page.click("#add-tables")
    assert [h.get_attribute("data-hall") for h in page.locator("section.hall").all()] == [
        "A홀", "B홀"]
    # Walking between the halls: set, shown, and taken out again (the schedule below is
    # solved without it).
    page.select_option("#walk-form select[name=hall_a]", "A홀")
    page.select_option("#walk-form select[name=hall_b]", "B홀")
    page.fill("#walk-form input[name=minutes]", "5")
    with page.expect_navigation():
        page.click("#set-walk")
    assert [_text(w) for w in page.locator("#walks li[data-walk]").all()] == [
        "A홀 ↔ B홀: 5분 삭제"]
    _fits(page, "grid page")
    with page.expect_navigation():
        page.click("#walks li[data-walk] button")
    assert page.locator("#walks li[data-walk]").count() == 0

    # Solve: each day shows its halls; the interpreter takes one meeting a day, so the third
    # pair is left out, and the page says why.
    page.goto(f"/programs/{program_id}/meetings")
    with page.expect_navigation():
        page.click("#solve")
    days = page.locator("section.meeting-day")
    assert [d.get_attribute("data-day") for d in days.all()] == ["2026-05-12", "2026-05-13"]
    assert [[h.get_attribute("data-hall") for h in d.locator("h3.hall-name").all()]
            for d in days.all()] == [["A홀"], ["A홀", "B홀"]]
    assert [_text(i) for i in page.locator("table.grid .interpreter").all()] == [
        "통역: 이통역", "통역: 이통역"]
    reason = page.locator("#unplaced li .reason")
    assert reason.count() == 1 and reason.get_attribute("data-reason") == "no_interpreter"
    assert _text(reason).startswith("05-1")  # over two days the slots name their day
    assert "ko-zh 통역사가 없음" in _text(reason)
    assert page.locator("#interpreter-use tr[data-slot]").count() == 4
    assert "배정된 미팅: 요청 3건 중 2건 (가능한 최대치는 2건 이하)" in _text(page.locator("#objective"))
    _fits(page, "meetings page")
    with page.expect_navigation():
        page.click("#publish-schedule")
    assert "버전 1" in _text(page.locator("#published"))

    # The first day is cancelled: a re-solve places one meeting, and publishing asks first.
    page.goto(f"/programs/{program_id}/grid")
    with page.expect_navigation():
        page.click("#days tr[data-day='2026-05-12'] button")
    page.goto(f"/programs/{program_id}/meetings")
    with page.expect_navigation():
        page.click("#solve")
    warning = page.locator("#publish-warning")
    assert warning.is_visible() and page.locator("#publish-schedule").count() == 0
    assert (warning.get_attribute("data-placed"), warning.get_attribute("data-published"),
            warning.get_attribute("data-losing")) == ("1", "2", "2")
    assert WARNING in _text(warning)
    _fits(page, "the warning")
    with page.expect_navigation():
        page.click("#publish-anyway")
    assert "버전 2" in _text(page.locator("#published"))
    assert page.locator("#publish-warning").count() == 0
    context.close()
    assert refused == []
