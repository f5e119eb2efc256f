"""A whole summit in real Chromium: the organiser creates it, two companies register (one picked
from the directory by its Korean name), state their profiles, see each other recommended, one
requests a meeting and the other accepts, the organiser solves and publishes the schedule, and
the requester's personal agenda shows the meeting and downloads as ICS."""

import re

import pytest

from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e


def _register(page, program_url, name, email, org_query, org_text):
    page.goto(program_url + "/register")
    page.fill("input[name=name]", name)
    page.fill("input[name=email]", email)
    page.fill("input[name=organization_name]", org_query)
    page.locator("#org-suggestions button.suggest", has_text=org_text).first.click()
    assert page.input_value("input[name=organization_id]") != ""
    page.fill("input[name=role]", "CEO")
    page.check("#consent input[name=consent]")
    page.click("#registration button[type=submit]")
    page.wait_for_url(re.compile(r"/p/[\w-]+\?registered=1"))
    assert page.locator("#registered").is_visible()
    return page.url.split("?")[0]


def _profile(page, me_url, offers, seeks):
    page.goto(me_url)
    for cap in offers:
        page.check(f"#profile-form input[name=offers_capabilities][value={cap}]")
    for cap in seeks:
        page.check(f"#profile-form input[name=seeks_capabilities][value={cap}]")
    page.click("#profile-form button")
    page.wait_for_load_state()


def test_a_whole_summit(browser_page, admin_credentials, live_server):
    page = browser_page
    sign_in(page, *admin_credentials)

    # The organiser creates the summit with a meeting afternoon of three slots at two tables.
    page.goto("/programs/new")
    page.select_option("select[name=kind]", "summit")
    page.fill("input[name=title_ko]", "한중 AI 서밋 E2E")
    page.fill("input[name=starts_on]", "2027-05-12")
    page.fill("input[name=ends_on]", "2027-05-13")
    page.fill("input[name=cities]", "베이징")
    page.fill("input[name=capacity]", "50")
    page.click("form.org-form button[type=submit]")
    page.wait_for_url(re.compile(r"/programs/\d+$"))
    program_url = page.url
    assert "한중 AI 서밋 E2E" in page.inner_text("h1")
    page.goto(program_url + "/grid")
    page.fill("#day-form input[name=day]", "2027-05-13")
    page.fill("#day-form input[name=start]", "14:00")
    page.fill("#day-form input[name=end]", "15:00")
    page.fill("#day-form input[name=slot_minutes]", "20")
    page.fill("#day-form input[name=breaks]", "")
    with page.expect_navigation():
        page.click("#save-day")
    page.fill("#tables-form input[name=hall]", "A")
    page.fill("#tables-form input[name=count]", "2")
    with page.expect_navigation():
        page.click("#add-tables")
    assert page.locator("#days tr[data-day='2027-05-13'] td.slots").inner_text() == "3"

    # Two companies register: Hancom by its Korean name, 4Paradigm by its Chinese one.
    kim = _register(page, program_url, "김한컴", "kim@hancom.example",
                    "한글과컴퓨터", "한글과컴퓨터")
    wang = _register(page, program_url, "王四范", "wang@4paradigm.example",
                     "第四范式", "포패러다임")

    # The organiser accepts both.
    page.goto(program_url + "/participants")
    for name in ("김한컴", "王四范"):
        with page.expect_navigation():
            page.select_option(f"tr:has-text('{name}') select[name=status]", "accepted")
    assert page.locator("tr:has-text('김한컴') select[name=status]").input_value() == "accepted"

    # Profiles: Hancom offers software and data, seeks market access; 4Paradigm the reverse.
    _profile(page, kim, ["software", "data"], ["market_access"])
    _profile(page, wang, ["market_access"], ["data"])

    # Hancom sees 4Paradigm recommended, with reasons, and requests a meeting.
    page.goto(kim)
    card = page.locator(".recommendation").first
    assert card.locator(".reasons li").count() >= 1
    with page.expect_navigation():
        card.locator("button.request-meeting").click()
    assert page.locator("#requests ~ table tr.sent").count() == 1

    # 4Paradigm accepts.
    page.goto(wang)
    with page.expect_navigation():
        page.locator("tr.received button.accept").click()
    assert page.locator("tr.received button.accept").count() == 0

    # The organiser solves the schedule (the grid shows the meeting) and publishes it.
    page.goto(program_url + "/meetings")
    with page.expect_navigation():
        page.click("#solve")
    assert page.locator("#objective").is_visible()
    assert page.locator("table.grid .meeting.request").count() == 1
    with page.expect_navigation():
        page.click("#publish-schedule")
    assert "1" in page.inner_text("#published")

    # Hancom's personal agenda shows the meeting, and the ICS holds it.
    page.goto(kim)
    meeting = page.locator("tr.entry-meeting")
    assert meeting.count() == 1
    assert "王四范" in meeting.inner_text()
    ics = page.request.get(page.get_attribute("#ics", "href"))
    assert ics.ok and ics.headers["content-type"].startswith("text/calendar")
    body = ics.text()
    assert body.count("BEGIN:VEVENT") == 1
    assert "DTSTART;TZID=Asia/Shanghai:20270513T14" in body
