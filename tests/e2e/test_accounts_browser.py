"""In Chromium: a person signed in on two browsers ends the other one's session from their account
page and that browser is signed out at once; the sixth wrong password in a row is refused (429)."""

from __future__ import annotations

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.db import make_engine, transaction
from tests.e2e.conftest import sign_in


@pytest.fixture(scope="module")
def person(e2e_database):
    engine = make_engine(e2e_database[0])
    with transaction(engine) as db:
        add_user(db=db, email="two-browsers@example.org", password="correct horse",
                 role=Role.organiser)
        add_user(db=db, email="guessed@example.org", password="correct horse")
    engine.dispose()
    return "two-browsers@example.org", "correct horse"


def test_ending_the_other_browsers_session_signs_it_out(browser, live_server, browser_page,
                                                        person):
    page = browser_page
    sign_in(page, *person)
    other_context = browser.new_context(base_url=live_server, locale="ko-KR",
                                        user_agent="Other browser")
    other = other_context.new_page()
    sign_in(other, *person)
    page.goto("/account")
    rows = page.locator("#sessions tbody tr")
    assert rows.count() == 2
    assert "Other browser" in page.locator("#sessions").inner_text()
    page.locator("#sessions tbody tr", has_text="Other browser").locator("button").click()
    page.wait_for_url("**/account")
    assert page.locator("#sessions tbody tr").count() == 1
    response = other.goto("/account")
    assert response.status == 403
    assert other.locator("#sign-in").is_visible()  # signed out: offered to sign in again
    other_context.close()


def test_the_sixth_wrong_password_is_refused_with_a_wait(browser_page, person):
    page = browser_page
    statuses = []
    for i in range(6):
        page.goto("/login")
        page.fill("input[name=email]", "guessed@example.org")
        page.fill("input[name=password]", f"wrong {i}")
        with page.expect_response(lambda r: r.url.endswith("/login")
                                  and r.request.method == "POST") as answer:
            page.click("form[action='/login'] button[type=submit]")
        statuses.append(answer.value.status)
    assert statuses == [400] * 5 + [429]
    assert "초 후에 다시 시도하세요" in page.locator("[role=alert]").inner_text()
