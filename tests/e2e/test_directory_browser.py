"""An organiser signs in, searches in Korean, opens the result and edits it, in real Chromium."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e


def test_sign_in_search_in_korean_open_and_edit(browser_page, admin_credentials):
    page = browser_page
    sign_in(page, *admin_credentials)
    page.goto("/organizations")
    page.fill("input[name=q]", "유니트리")
    page.wait_for_selector("#results a.org-link")
    # Playwright's own waits: a string for wait_for_function is eval'd, which the CSP refuses
    expect(page.locator("#results a.org-link").first).to_contain_text("유니트리")
    page.click("#results a.org-link >> nth=0")
    page.wait_for_url(re.compile(r"/organizations/\d+$"))
    assert page.inner_text("#org-name") == "유니트리"
    assert "宇树科技" in page.content()

    page.click("a[href$='/edit']")
    page.fill("textarea[name=description_ko]", "브라우저 테스트가 고친 설명입니다.")
    page.fill("input[name=founded]", "20x6")
    page.click("form.org-form button[type=submit]")
    assert page.locator(".invalid .error").first.is_visible()
    page.fill("input[name=founded]", "2016")
    page.click("form.org-form button[type=submit]")
    page.wait_for_url(re.compile(r"/organizations/\d+$"))
    assert "브라우저 테스트가 고친 설명입니다." in page.inner_text(".description")


# The names each organisation shows in each interface language (from the bundled directory).
SHOWN = {
    "tencent": {"ko": "텐센트", "zh": "腾讯", "en": "Tencent"},
    "hancom": {"ko": "한글과컴퓨터", "zh": "Hancom", "en": "Hancom"},
    "unitree": {"ko": "유니트리", "zh": "宇树科技", "en": "Unitree Robotics"},
}
QUERIES = [("텐센트", "tencent"), ("腾讯", "tencent"), ("한글과 컴퓨터", "hancom"), ("hancom", "hancom"),
           ("유니트리", "unitree")]


@pytest.mark.parametrize("lang", ["ko", "zh", "en"])
def test_search_box_opens_the_right_organisation_first_in_each_language(browser_page, lang):
    page = browser_page
    page.goto(f"/lang/{lang}")
    for query, key in QUERIES:
        page.goto("/organizations")
        page.fill("input[name=q]", query)
        first = page.locator("#results a.org-link").first
        first.wait_for()
        expect(first).to_contain_text(SHOWN[key][lang])
        first.click()
        page.wait_for_url(re.compile(r"/organizations/\d+$"))
        assert page.inner_text("#org-name") == SHOWN[key][lang], (lang, query)
