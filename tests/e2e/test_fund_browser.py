"""The fund in real Chromium: a deal added from the pipeline page, scored against the rubric,
invested, shown in the portfolio with its amount in its own currency, and its memo as a PDF
whose Korean comes back out as text."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from gyoryu.db import make_engine, transaction
from gyoryu.fund import scoring
from gyoryu.fund.schemas import CriterionIn
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def rubric(e2e_database):
    from sqlalchemy import select

    from gyoryu.accounts.models import User

    with transaction(make_engine(e2e_database[0])) as db:
        admin = db.scalar(select(User).where(User.email == "admin@gyoryu.local"))
        for i, (key, weight, ko) in enumerate([("team", 2, "팀"), ("market", 1, "시장")]):
            scoring.define_criterion(db=db, actor=admin, data=CriterionIn(
                key=key, weight=weight, position=i, labels={"ko": ko, "en": key.title()}))


def test_a_deal_from_the_pipeline_to_the_portfolio_and_its_memo(browser_page, admin_credentials, rubric):
    page = browser_page
    sign_in(page, *admin_credentials)
    page.goto("/fund")
    page.fill("#new-deal input[name=organization]", "aiworks")
    page.select_option("#new-deal select[name=round]", "series_a")
    page.fill("#new-deal input[name=amount]", "2500000000")
    page.fill("#new-deal input[name=currency]", "KRW")
    page.select_option("#new-deal select[name=source]", "referral")
    page.fill("#new-deal input[name=source_ref]", "판교 테크노밸리 추천")
    page.click("#new-deal button")
    page.wait_for_url(re.compile(r"/fund/deals/\d+$"))
    assert page.inner_text("#deal-amount") == "2,500,000,000.00 KRW"
    assert page.inner_text("#deal-stage") == "발굴"

    page.select_option("#review select[name=score_team]", "5")
    page.select_option("#review select[name=score_market]", "2")
    page.click("#submit-review")
    page.wait_for_selector("#aggregate")
    assert "4.00" in page.inner_text("#aggregate")  # (5×2 + 2×1) / 3

    page.fill("textarea[name=text][lang=ko]", "문서 AI의 중국 진출 가능성이 크다")
    page.click("form.memo-form:has(textarea[lang=ko]) button")
    page.select_option("#move select[name=stage]", "invested")
    page.click("#move button")
    page.wait_for_selector("#deal[data-stage=invested]")

    page.goto("/fund/portfolio")
    assert page.locator("#portfolio tbody tr").count() == 1
    assert page.inner_text("#totals .total[data-currency=KRW]") == "2,500,000,000.00 KRW"

    href = page.get_attribute("#portfolio a.memo-pdf", "href")
    pdf = page.request.get(href + "?lang=ko")
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.body())).pages).replace("\n", " ")
    assert "투자 검토 메모" in text and "문서 AI의 중국 진출 가능성이 크다" in text
