"""In real Chromium: a buyer from Xiaomi searches the AI Center catalogue in Chinese, opens
AeiRobot's Korean robot vacuum and sends an inquiry in Chinese; AeiRobot's member answers it in
Korean; the organiser turns it into a meeting request at a summit both take part in."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.catalogue import service
from gyoryu.catalogue.models import Inquiry
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.schemas import ProductIn
from gyoryu.db import make_engine, session_factory, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.mail.models import OutboxMessage
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import MeetingRequest, Participant
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e
PASSWORD = "correct horse battery"
BUYER, SELLER = "wang.buyer@xiaomi.example", "kim.seller@aeirobot.example"
KO, ZH = "로봇청소기 에이아이봇 E2E", "扫地机器人 AiBot E2E"


@pytest.fixture(scope="module")
def world(e2e_database):
    url, _ = e2e_database
    engine = make_engine(url)
    with transaction(engine) as db:
        xiaomi, aeirobot = org_by_key(db=db, key="xiaomi"), org_by_key(db=db, key="aeirobot")
        add_user(db=db, email=BUYER, password=PASSWORD, role=Role.member, organization_id=xiaomi.id,
                 display_name="王经理")
        add_user(db=db, email=SELLER, password=PASSWORD, role=Role.member, organization_id=aeirobot.id,
                 display_name="김영업")
        product = service.save_product(db=db, actor=SHELL, data=ProductIn(
            key="aibot-e2e", organization="aeirobot", category="robot",
            names={"ko": KO, "zh": ZH, "en": "AiBot E2E robot vacuum"},
            description={"ko": "라이다 기반 로봇청소기", "zh": "激光雷达扫地机器人"},
            price_min="390000", price_max="450000", currency="KRW", min_order="100", unit="대",
            certifications=["KC", "CCC"], exhibit=True))
        summit = programs.create_program(db=db, data=ProgramIn(
            key="catalogue-e2e-summit", kind="summit",
            title={"ko": "한중 AI 바이어 상담회", "zh": "中韩AI采购洽谈会", "en": "Korea–China AI buyers' meeting"},
            starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 2), cities=["cn-beijing"]))
        for email, org in ((BUYER, xiaomi), ("rep@aeirobot.example", aeirobot)):
            person = programs.register_participant(db=db, program=summit, force=True, data=RegistrationIn(
                name=email.split("@")[0], email=email, organization_id=org.id))
            person.status = ParticipantStatus.accepted
        ids = {"product": product.id, "program": summit.id, "seller_org": aeirobot.id}
    yield ids
    engine.dispose()


def test_a_buyer_asks_in_chinese_the_seller_answers_in_korean_the_organiser_requests_a_meeting(
        browser, live_server, admin_credentials, e2e_database, world):
    def person(email, password, locale, lang):
        context = browser.new_context(base_url=live_server, locale=locale)
        page = context.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, email, password)
        page.goto(f"/lang/{lang}")
        return context, page

    # The buyer searches in Chinese and finds the Korean company's product by its Chinese name.
    context, page = person(BUYER, PASSWORD, "zh-CN", "zh")
    page.goto("/catalogue")
    assert page.locator("nav a[href='/catalogue']").inner_text() == "产品目录"
    page.fill("#catalogue-search input[name=q]", "扫地机器人")
    row = page.locator(f"tr.product[data-product='{world['product']}']")
    row.wait_for()  # htmx replaced the results as the buyer typed
    assert ZH in row.inner_text() and KO in row.inner_text()
    page.wait_for_url(lambda url: "扫地机器人" in unquote(url))  # the search is in the address, to share
    with page.expect_navigation():
        row.locator("a.product-link").click()
    assert page.locator("#product-name").inner_text() == ZH
    assert page.locator(".name[data-lang=ko]").inner_text() == KO
    assert page.locator("#seller").get_attribute("href") == f"/organizations/{world['seller_org']}"
    assert "₩390,000" in page.locator("#price").inner_text()
    form = page.locator("#inquiry-form")
    form.locator("input[name=quantity]").fill("500")
    form.locator("input[name=target_price]").fill("350000")
    form.locator("input[name=currency]").fill("KRW")
    form.locator("select[name=language]").select_option("zh")
    form.locator("textarea[name=message]").fill("我们计划采购500台，请问能否提供CCC认证版本的报价？")
    with page.expect_navigation():
        form.locator("button").click()
    assert "/catalogue/inquiries/" in page.url
    inquiry_id = int(page.url.rsplit("/", 1)[1])
    assert page.locator("#status").get_attribute("data-status") == "open"
    assert page.locator("#quantity").inner_text() == "500"
    context.close()

    # The seller reads it in Korean and answers in Korean.
    context, page = person(SELLER, PASSWORD, "ko-KR", "ko")
    page.goto("/catalogue/inquiries")
    with page.expect_navigation():
        page.locator(f"#inquiries-received tr[data-inquiry='{inquiry_id}'] a").first.click()
    assert "我们计划采购500台" in page.locator(".message.buyer .body").inner_text()
    reply = page.locator("#reply-form")
    reply.locator("textarea[name=message]").fill("500대 기준 대당 37만 원에 CCC 인증 제품을 공급할 수 있습니다.")
    reply.locator("select[name=language]").select_option("ko")
    with page.expect_navigation():
        reply.locator("button").click()
    answer = page.locator(".message.seller")
    assert "대당 37만 원" in answer.inner_text() and answer.get_attribute("lang") == "ko"
    assert page.locator("#status").get_attribute("data-status") == "answered"
    assert page.locator("#meeting-form").count() == 0  # a seller cannot convert it
    context.close()

    # The organiser turns the conversation into a meeting request at the summit.
    context, page = person(*admin_credentials, "ko-KR", "en")
    page.goto(f"/catalogue/inquiries/{inquiry_id}")
    page.locator("#meeting-form select[name=program]").select_option(str(world["program"]))
    with page.expect_navigation():
        page.locator("#meeting-form button").click()
    assert page.locator("#meeting-request").is_visible()
    assert "pending" in page.locator("#meeting-request").inner_text()
    context.close()

    with session_factory(make_engine(e2e_database[0]))() as db:
        inquiry = db.get(Inquiry, inquiry_id)
        request = db.get(MeetingRequest, inquiry.meeting_request_id)
        buyer_there = db.scalar(select(Participant).where(Participant.program_id == world["program"],
                                                          Participant.email == BUYER))
        assert (request.program_id, request.requester_id, request.target_org_id, request.status) == (
            world["program"], buyer_there.id, world["seller_org"], "pending")
        assert [m.side for m in inquiry.messages] == ["buyer", "seller"]
        mails = {(m.recipient, m.locale) for m in db.scalars(select(OutboxMessage).where(
            OutboxMessage.dedupe_key.like(f"catalogue-%:{inquiry_id}:%")))}
        assert {(SELLER, "ko"), (BUYER, "zh")} <= mails
