"""An organiser opens the review queue, links one name and rejects another, in real Chromium."""

import pytest

from gyoryu.db import make_engine, transaction
from gyoryu.intel import service, sources
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e

TEXT = ("한국 대표단은 ‘유니트릭스’ 본사를 방문했다. 이어 ‘라마바연구소’ 관계자들과 만났다.\n"
        "입력 2025.07.26 09:00")


@pytest.fixture
def queued(e2e_database, live_server):
    url, _ = e2e_database
    with transaction(make_engine(url)) as db:
        article, _ = service.ingest(db=db, source=sources.from_text(TEXT))
        return article.id


def test_review_queue_accept_and_reject(browser_page, admin_credentials, queued):
    page = browser_page
    sign_in(page, *admin_credentials)
    page.goto("/news/review/queue")
    link = page.locator("li.review[data-name='유니트릭스']")
    drop = page.locator("li.review[data-name='라마바연구소']")
    assert link.locator(".candidate").first.inner_text() == "유니트리"
    link.locator("button.accept").click()
    page.wait_for_url("**/news/review/queue")
    assert page.locator("li.review[data-name='유니트릭스']").count() == 0
    drop.locator("button.reject").click()
    page.wait_for_url("**/news/review/queue")
    assert page.locator("li.review[data-name='라마바연구소']").count() == 0

    page.goto(f"/news/{queued}")
    page.click("a.mention.organization:has-text('유니트릭스')")
    page.wait_for_url("**/organizations/*")
    assert page.inner_text("#org-name") == "유니트리"
    assert "유니트릭스" in page.inner_text("ul.aliases")
