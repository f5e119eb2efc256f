"""From the seeded Gyeonggi delegation, in real Chromium: the organiser records that NHN Cloud
met Sevens Robotics (a visited host), NHN Cloud's participant answers the follow-up question on
their private page (an MOU), and the program report and both organisations' pages show it — in
Korean, Chinese and English."""

import re
from datetime import date

import pytest
from sqlalchemy import select

from gyoryu.db import make_engine, session_factory, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.programs import seeds
from gyoryu.programs.models import Participant
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e

# What each language calls the MOU stage, and the funnel's first step.
WORDS = {"ko": ("업무협약(MOU)", "진행된 미팅"), "zh": ("谅解备忘录（MOU）", "已举行会谈"),
         "en": ("MOU", "meetings held")}


@pytest.fixture(scope="module")
def gyeonggi(e2e_database):
    url, _ = e2e_database
    engine = make_engine(url)
    with transaction(engine) as db:
        program = next(p for p in seeds.load(db=db, time_limit=2)
                       if p.key == "gyeonggi-ai-leaders-china-2025")
        ids = {"program": program.id, "nhn": org_by_key(db=db, key="nhn-cloud").id,
               "sevens": org_by_key(db=db, key="sevens-robotics").id}
    with session_factory(engine)() as db:
        ids["token"] = db.scalar(select(Participant.token).where(
            Participant.program_id == ids["program"], Participant.organization_id == ids["nhn"]))
    engine.dispose()
    return ids


def test_a_meeting_becomes_an_mou_in_the_report_and_on_both_pages(browser_page, admin_credentials,
                                                                  gyeonggi):
    page = browser_page
    sign_in(page, *admin_credentials)

    # The organiser records the meeting held at the delegation's visit to Sevens Robotics.
    page.goto(f"/programs/{gyeonggi['program']}/outcomes")
    page.select_option("#meeting-form select[name=org_a]", str(gyeonggi["nhn"]))
    page.select_option("#meeting-form select[name=org_b]", str(gyeonggi["sevens"]))
    page.fill("#meeting-form input[name=held_on]", "2025-11-24")
    with page.expect_navigation():
        page.click("#meeting-form button")
    assert page.locator("tr.held-meeting").count() == 1
    assert page.locator("tr.held-meeting .tag").count() == 3  # +7, +90, +180

    # NHN Cloud's participant answers the first follow-up question on their private page.
    me = f"/p/{gyeonggi['token']}"
    page.goto(me)
    assert date.today() >= date(2025, 12, 1)  # the +7 question is due
    question = page.locator(".follow-up").first
    question.locator("select[name=stage]").select_option("mou")
    question.locator("input[name=note]").fill("AI 클라우드 협력")
    with page.expect_navigation():
        question.locator("button").click()
    assert page.locator(".follow-up .answered").first.is_visible()

    for lang, (mou, held) in WORDS.items():
        page.goto(f"/lang/{lang}")
        page.goto(f"/programs/{gyeonggi['program']}/report")
        agreement = page.locator("table.funnel tr[data-step=agreement] td.count-cell")
        assert agreement.inner_text() == "1"
        assert page.locator("table.funnel tr[data-step=contact] td").first.inner_text() == held
        assert mou in page.locator("table.relations tr.relation").first.inner_text()
        for org, other in (("nhn", "sevens"), ("sevens", "nhn")):
            page.goto(f"/organizations/{gyeonggi[org]}")
            row = page.locator("#outcomes tr.outcome")
            assert row.count() == 1
            assert row.get_attribute("data-stage") == "mou"
            assert mou in row.inner_text()
            assert row.locator(f"a[href='/organizations/{gyeonggi[other]}']").count() == 1
    # the report's PDF in the last language read
    response = page.request.get(f"/programs/{gyeonggi['program']}/report.pdf")
    assert response.ok and response.body().startswith(b"%PDF")
    assert re.search(r"results-gyeonggi", response.headers["content-disposition"])
