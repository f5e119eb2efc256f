"""The graph page in real Chromium: sigma.js draws the organisations around one of them, the
status line reads in Korean, and the organisation page lists the partner at its MOU."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.outcomes import meetings as outcome_meetings
from gyoryu.outcomes import service as outcomes
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def relations(e2e_database):
    with transaction(make_engine(e2e_database[0])) as db:
        a, b, c = (org_by_key(db=db, key=k) for k in ("ndotlight", "dail-research", "hypernology"))
        outcome_meetings.record_meeting(db=db, program=None, org_ids=(a.id, b.id), held_on=date(2025, 4, 2))
        outcomes.add_step(db=db, org_ids=(a.id, b.id), stage="mou", on=date(2025, 8, 1))
        outcome_meetings.record_meeting(db=db, program=None, org_ids=(b.id, c.id), held_on=date(2025, 5, 9))
        return {"a": a.id, "b": b.id, "c": c.id}


def test_the_graph_page_draws_a_neighbourhood(browser_page, admin_credentials, relations):
    page = browser_page
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, *admin_credentials)
    page.goto("/graph?center=ndotlight&hops=2&kinds=meeting&kinds=outcome")
    page.wait_for_selector("body[data-graph-ready='1']", state="attached")
    drawn = page.evaluate("window.gyoryuGraph")
    # a–b: a meeting and its relation at MOU; b–c: a meeting and its relation at contact
    assert (drawn["nodes"], drawn["edges"]) == (3, 4)
    assert page.inner_text("#graph-status") == "기관 3곳, 연결 4개"
    assert page.locator("#graph canvas").count() >= 2  # sigma's WebGL layers
    assert errors == []

    page.goto("/graph?year=abc")
    assert "'abc'은(는) 올바른 연도가 아닙니다." in page.content()

    page.goto(f"/organizations/{relations['a']}")
    row = page.locator("#partners tr.partner").first
    assert row.get_attribute("data-org") == "dail-research"
    assert "업무협약(MOU)" in row.inner_text()
