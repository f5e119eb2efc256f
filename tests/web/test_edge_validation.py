"""Bad input at every edge answers 4xx with a clear error, never 500, on both databases: ids no
row can have, paging out of bounds, unknown choices and actions, malformed forms, keys and names
that would corrupt the directory, and imports that repeat keys or name no known choice."""

from __future__ import annotations

import re
from datetime import date

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.directory.service import org_by_key
from gyoryu.programs import service
from gyoryu.programs.models import Program
from gyoryu.programs.schemas import VisitIn
from tests.programs.conftest import make_program, register  # noqa: F401  (factories)
from tests.web.conftest import csrf_of, sign_in

BAD_IDS = ("0", "-1", str(2**31), "99999999999999999999")


@pytest.mark.parametrize("path", [
    "/api/organizations/{}", "/organizations/{}", "/people/{}", "/places/{}", "/programs/{}",
    "/api/programs/{}", "/news/{}", "/programs/{}/participants", "/api/outcomes/{}",
    "/outcomes/{}", "/api/fund/deals/{}"])
def test_ids_no_row_can_have_are_not_found(db, client, make_user, path):
    email, password = make_user(Role.admin)
    sign_in(client, email, password)
    for bad in BAD_IDS:
        r = client.get(path.format(bad))
        assert r.status_code == 404, (path, bad, r.status_code, r.text[:200])
        if path.startswith("/api/"):
            assert r.json()["error"]["code"] == "E003"


@pytest.mark.parametrize(("path", "status"), [
    ("/api/organizations?offset=1000000000000000000000", 422),
    ("/api/organizations?limit=100000", 422),
    ("/organizations?page=1000000000000000000000", 422),
    ("/organizations?page=0", 422),
    ("/api/articles?offset=-1", 422),
    ("/api/articles?org_id=1000000000000000000000", 422),
    ("/api/events?feed_id=0", 422),
])
def test_paging_and_filters_are_bounded(client, path, status):
    assert client.get(path).status_code == status


@pytest.fixture
def meeting_program(db, make_program, register):  # noqa: F811
    program = make_program(meeting_on=date(2026, 5, 13), meeting_slots=2, tables=1)
    kim = register(program, "Kim", org_id=org_by_key(db=db, key="hancom").id)
    wang = register(program, "Wang", org_id=org_by_key(db=db, key="4paradigm").id)
    for p in (kim, wang):
        service.set_status(db=db, participant=p, status="accepted")
    from gyoryu.programs import itinerary, meetings

    req = meetings.request_meeting(db=db, program=program, requester=kim,
                                   target_org_id=wang.organization_id)
    visit = itinerary.add_visit(db=db, program=program, data=VisitIn(
        host_id=org_by_key(db=db, key="4paradigm").id))
    db.commit()
    return program, kim, wang, req, visit


@pytest.mark.parametrize(("case", "status", "says"), [
    ("answer with an unknown action", 400, "Unknown action 'maybe'"),
    ("request without a target", 400, "Please give your organisation"),
    ("request with a non-numeric target", 400, "Invalid value"),
    ("request with a target beyond any id", 404, "nothing with the id"),
    ("profile with an unknown capability", 400, "Unknown capability 'telepathy'"),
    ("visit with an unknown action", 400, "Unknown action 'explode'"),
    ("visit on day=not-a-date", 400, "'not-a-date' is not a date"),
    ("registration naming organisation 10**30", 400, "No organisation with id"),
])
def test_malformed_program_forms_are_refused(db, client, make_user, meeting_program, case,
                                              status, says):
    program, kim, wang, req, visit = meeting_program
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    token = csrf_of(client, f"/p/{kim.token}")
    post = {
        "answer with an unknown action": (f"/p/{wang.token}/requests/{req.id}",
                                          {"action": "maybe"}),
        "request without a target": (f"/p/{kim.token}/requests", {}),
        "request with a non-numeric target": (f"/p/{kim.token}/requests",
                                              {"target_org_id": "abc"}),
        "request with a target beyond any id": (f"/p/{kim.token}/requests",
                                                {"target_org_id": str(10**30)}),
        "profile with an unknown capability": (f"/p/{kim.token}/profile",
                                               {"offers_capabilities": "telepathy"}),
        "visit with an unknown action": (f"/programs/{program.id}/visits/{visit.id}",
                                         {"action": "explode"}),
        "visit on day=not-a-date": (f"/programs/{program.id}/visits/{visit.id}",
                                    {"day": "not-a-date"}),
        "registration naming organisation 10**30": (
            f"/programs/{program.id}/register",
            {"name": "X", "email": "x@ex.org", "organization_id": str(10**30)}),
    }[case]
    r = client.post(post[0], data={**post[1], "csrf_token": token})
    assert r.status_code == status, r.text[:300]
    assert says in r.text.replace("&#39;", "'")
    db.expire_all()
    assert req.status == "pending"


def test_an_unknown_review_action_is_refused(client, make_user):
    email, password = make_user(Role.admin)
    sign_in(client, email, password)
    token = csrf_of(client, "/news/review/queue")
    r = client.post("/news/review/1", data={"action": "explode", "csrf_token": token})
    assert r.status_code == 400 and "Unknown action &#39;explode&#39;" in r.text


@pytest.mark.parametrize("case", ["existing key on create", "edit form saved unchanged",
                                  "key not a slug"])
def test_program_keys_and_unchanged_edits(db, client, make_user, make_program, case):  # noqa: F811
    make_program(key="ai-summit-2026", cities=["cn-beijing", "cn-shanghai"])
    db.commit()
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    program = db.query(Program).filter_by(key="ai-summit-2026").one()
    token = csrf_of(client, "/programs/new")
    form = {"csrf_token": token, "kind": "summit", "title_en": "Another", "starts_on": "2026-06-01",
            "ends_on": "2026-06-02", "cities": "cn-beijing"}
    if case == "existing key on create":
        r = client.post("/programs/new", data={**form, "key": "ai-summit-2026"})
        assert r.status_code == 400 and "already exists" in r.text
    elif case == "key not a slug":
        r = client.post("/programs/new", data={**form, "key": "AI Summit!"})
        assert r.status_code == 400 and "is not a key" in r.text
    else:
        page = client.get(f"/programs/{program.id}/edit").text
        values = dict(re.findall(r'name="(\w+)"[^>]*value="([^"]*)"', page))
        values["cities"] = "cn-beijing, cn-shanghai"
        r = client.post(f"/programs/{program.id}/edit", data={**values, "csrf_token": token},
                        follow_redirects=False)
        assert r.status_code == 303, r.text[:500]
        db.expire_all()
        assert [c.key for c in db.get(Program, program.id).cities] == ["cn-beijing",
                                                                      "cn-shanghai"]


def _org(**kw) -> dict:
    return {"kind": "company", "country": "KR", "names": {"en": "Hardening Test Co"}, **kw}


@pytest.mark.parametrize(("case", "method", "body", "status", "says"), [
    ("POST without names", "post", {"kind": "company", "country": "KR"}, 422,
     "at least one name"),
    ("PUT without names", "put", {"kind": "company", "country": "KR"}, 422, "at least one name"),
    ("PUT with another organisation's key", "put", _org(key="baidu"), 400, "already belongs"),
    ("PUT with an empty cluster", "put", _org(clusters=[""]), 422, "Unknown place ''"),
    ("key not a slug", "post", _org(key="Not A Slug"), 422, "is not a key"),
    ("NUL in a name", "post", _org(names={"en": "Bad\x00Name"}), 422, "control character"),
    ("NUL in a source", "post", _org(source="x\x00y"), 422, "control character"),
    ("over-long name", "post", _org(names={"en": "N" * 201}), 422, "at most 200"),
    ("over-long key", "post", _org(key="k" * 97), 422, "is not a key"),
    ("over-long website", "post", _org(website="https://e.com/" + "w" * 300), 422,
     "not a web address"),
])
def test_organisation_api_refuses_what_would_corrupt_the_directory(
        db, client, make_user, case, method, body, status, says):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    token = csrf_of(client, "/organizations")
    nhn = org_by_key(db=db, key="nhn-cloud")
    before = dict(nhn.primary_names())
    url = "/api/organizations" if method == "post" else f"/api/organizations/{nhn.id}"
    r = getattr(client, method)(url, headers={"X-CSRF-Token": token}, json=body)
    assert r.status_code == status, r.text
    assert says in r.json()["error"]["message"]
    db.expire_all()
    assert org_by_key(db=db, key="nhn-cloud").primary_names() == before


def test_a_member_cannot_take_a_competitors_names_as_aliases(db, client, make_user):
    nhn = org_by_key(db=db, key="nhn-cloud")
    email, password = make_user(Role.member, organization_id=nhn.id)
    sign_in(client, email, password)
    token = csrf_of(client, "/organizations")
    current = client.get(f"/api/organizations/{nhn.id}").json()
    body = {"key": current["key"], "kind": current["kind"], "country": current["country"],
            "names": current["names"], "sectors": current["sectors"],
            "aliases": [{"name": "百度", "lang": "zh-Hans"}, {"name": "Baidu", "lang": "en"}]}
    body["names"] = {({"zh": "zh-Hans"}.get(k, k)): v for k, v in body["names"].items()}
    r = client.put(f"/api/organizations/{nhn.id}", headers={"X-CSRF-Token": token}, json=body)
    assert r.status_code == 400 and "already belongs to Baidu" in r.json()["error"]["message"]
    hits = client.get("/api/organizations", params={"q": "百度"}).json()["items"]
    assert nhn.id not in [h["id"] for h in hits]
    # its own aliases stay editable: the same body without the competitor's names is saved
    body["aliases"] = current["aliases"]
    body["aliases"] = [{"name": a["name"], "lang": a["lang"], "type": a["type"]}
                       for a in current["aliases"]]
    r = client.put(f"/api/organizations/{nhn.id}", headers={"X-CSRF-Token": token}, json=body)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(("case", "csv", "on_duplicate", "says"), [
    ("a key twice in one file", "key,name_en,country\nhx-one,Hx One,KR\nhx-one,Hx Two,KR\n",
     "update", "Row 3 repeats the key &#39;hx-one&#39; of row 2"),
    ("an unknown on_duplicate", "name_en,country\nHx Three,KR\n", "bogus",
     "Unknown choice &#39;bogus&#39;"),
    ("a key not a slug", "key,name_en,country\nHx Four!,Hx Four,KR\n", "error", "is not a key"),
])
def test_imports_refuse_repeated_keys_and_unknown_choices(db, client, make_user, case, csv,
                                                          on_duplicate, says):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    token = csrf_of(client, "/import")
    r = client.post("/import", data={"csrf_token": token, "on_duplicate": on_duplicate},
                    files={"file": ("orgs.csv", csv, "text/csv")})
    assert r.status_code == 422 and says in r.text, r.text[-1500:]
    assert org_by_key(db=db, key="hx-one") is None


def test_every_id_in_an_address_is_checked_before_the_database(client):
    """Each route's `{…_id}` is declared `web.deps.Id`, so a route added later cannot forget it."""
    from fastapi.routing import APIRoute, iter_route_contexts

    from gyoryu.web import deps

    unchecked, seen = [], 0
    # the included routers' routes (FastAPI keeps them behind `_IncludedRouter` entries, so
    # `app.routes` alone would hold none of them and the check would pass on nothing)
    for context in iter_route_contexts(client.app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        seen += 1
        for param in route.dependant.path_params:
            if param.name.endswith("_id") and not any(
                    getattr(m, "func", None) is deps._row_id for m in param.field_info.metadata):
                unchecked.append(f"{sorted(route.methods)} {context.path} ({param.name})")
    assert seen > 300 and unchecked == []
