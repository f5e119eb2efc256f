"""The graph through the web: organisers, the fund and admins only; bad filters are 400s that
name the filter; the organisation page lists partners with the strongest stage reached."""

from __future__ import annotations

import pytest

from gyoryu.accounts.enums import Role
from tests.web.conftest import sign_in


@pytest.mark.parametrize("role", [None, Role.viewer, Role.member])
def test_outsiders_get_no_graph(client, db, world, make_user, role):
    db.commit()
    if role is not None:
        sign_in(client, *make_user(role, world["aiworks"].id if role == Role.member else None))
    for path in ("/api/graph", "/graph", "/graph/export?format=json"):
        expected = 401 if role is None and path.startswith("/api/") else 403  # nobody: who are you?
        assert client.get(path).status_code == expected, path
    page = client.get(f"/organizations/{world['nhn'].id}").text
    assert 'id="partners"' not in page


@pytest.mark.parametrize("role", [Role.organiser, Role.fund, Role.admin])
def test_the_api_and_the_page(client, db, world, make_user, role):
    db.commit()
    sign_in(client, *make_user(role))
    data = client.get("/api/graph", params={"center": "megazone-cloud", "hops": 1, "kinds": "news"}).json()
    assert [(e["type"], e["year"], e["detail"]) for e in data["edges"]] == [("news", 2026, "agreement")]
    assert {n["key"] for n in data["nodes"]} == {"megazone-cloud", "aiworks"}
    bad = client.get("/api/graph", params={"year": "soon"})
    assert bad.status_code == 400 and bad.json() == {"error": {
        "code": "E952", "message": "'soon' is not a year.", "field": None}}
    assert client.get("/graph", params={"kinds": "gossip"}).status_code == 400
    page = client.get("/graph", params={"year": "2025", "kinds": ["meeting", "outcome"]}).text
    assert 'data-api="/api/graph?year=2025&amp;kinds=meeting%2Coutcome"' in page
    assert "/static/vendor/sigma-3.0.3.min.js" in page
    gexf = client.get("/graph/export", params={"format": "gexf", "year": "2025"})
    assert gexf.status_code == 200 and b"<gexf" in gexf.content


def test_the_organisation_page_lists_partners_by_strongest_stage(client, db, world, make_user):
    db.commit()
    sign_in(client, *make_user(Role.organiser))
    client.cookies.set("lang", "ko")
    page = client.get(f"/organizations/{world['nhn'].id}").text
    partners = page[page.index('id="partners"'):]
    first = partners.index('data-org="hancom" data-stage="mou"')
    assert first < partners.index('data-org="aiworks" data-stage=""')
    assert "업무협약(MOU)" in partners


def test_a_member_sees_their_own_organisations_partners(client, db, world, make_user):
    db.commit()
    sign_in(client, *make_user(Role.member, world["nhn"].id))
    assert 'data-org="hancom" data-stage="mou"' in client.get(f"/organizations/{world['nhn'].id}").text
    assert 'id="partners"' not in client.get(f"/organizations/{world['hancom'].id}").text
