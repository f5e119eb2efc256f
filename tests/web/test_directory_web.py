"""The directory through HTTP: JSON API, pages, permissions and CSRF."""

import pytest
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.directory.models import Organization
from tests.web.conftest import csrf_of, sign_in


def org_id(db, key):
    return db.scalar(select(Organization.id).where(Organization.key == key))


@pytest.mark.parametrize("query", ["텐센트", "腾讯", "騰訊", "Tencent"])
def test_api_search_returns_best_match_first(client, query):
    body = client.get("/api/organizations", params={"q": query}).json()
    assert body["total"] >= 1
    top = body["items"][0]
    assert top["names"]["en"] == "Tencent"
    assert top["names"]["zh"] == "腾讯"
    assert top["names"]["ko"] == "텐센트"
    assert top["country"] == "CN"
    assert set(top) == {"id", "key", "names", "country", "kind", "city", "sectors"}


def test_api_filters(client):
    body = client.get("/api/organizations", params={"country": "KR", "kind": "university", "limit": 200}).json()
    assert body["total"] == len(body["items"]) > 5
    assert {i["kind"] for i in body["items"]} == {"university"}
    assert client.get("/api/organizations", params={"country": "Korea"}).status_code == 422


def test_openapi_documents_the_search(client):
    spec = client.get("/api/openapi.json").json()
    assert "/api/v1/organizations" in spec["paths"]
    assert not [p for p in spec["paths"] if not p.startswith("/api/v1/")]  # the aliases stay out
    errors = spec["paths"]["/api/v1/organizations"]["post"]["responses"]["401"]
    assert errors["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"}


@pytest.mark.parametrize(("lang", "label"), [("ko", "검색"), ("zh", "搜索"), ("en", "Search")])
def test_pages_speak_the_chosen_language(client, lang, label):
    client.cookies.set("lang", lang)
    html = client.get("/organizations", params={"q": "유니트리"}).text
    assert f">{label}</button>" in html
    assert "Unitree" in html or "宇树" in html or "유니트리" in html


def test_profile_shows_all_names(client, db):
    html = client.get(f"/organizations/{org_id(db, 'tencent')}").text
    for name in ("텐센트", "腾讯", "騰訊", "Tencent"):
        assert name in html


def test_anonymous_cannot_edit(client, db):
    r = client.get(f"/organizations/{org_id(db, 'tencent')}/edit", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_member_edits_own_organisation_but_not_another(client, db, make_user):
    own = org_id(db, "hancom")
    email, password = make_user(Role.member, organization_id=own)
    sign_in(client, email, password)
    form = client.get(f"/organizations/{own}/edit").text
    assert "한글과컴퓨터" in form
    token = csrf_of(client, f"/organizations/{own}/edit")
    data = {"csrf_token": token, "kind": "company", "country": "KR", "name_ko": "한글과컴퓨터",
            "name_en": "Hancom", "sectors": ["ai_data", "enterprise_software"],
            "aliases": "한컴 [ko, abbreviation]\n한글과 컴퓨터 [ko, other]",
            "description_en": "Edited by its own representative."}
    r = client.post(f"/organizations/{own}/edit", data=data, follow_redirects=False)
    assert r.status_code == 303
    db.expire_all()
    assert db.get(Organization, own).description["en"] == "Edited by its own representative."
    other = org_id(db, "tencent")
    r = client.post(f"/organizations/{other}/edit", data=dict(data, name_ko="텐센트"), follow_redirects=False)
    assert r.status_code == 403
    assert client.get(f"/organizations/{other}/edit").status_code == 403
    db.expire_all()
    assert db.get(Organization, other).name_in("en") == "Tencent"


def test_edit_form_reports_invalid_fields(client, db, make_user):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    oid = org_id(db, "unitree")
    token = csrf_of(client, f"/organizations/{oid}/edit")
    r = client.post(f"/organizations/{oid}/edit", data={
        "csrf_token": token, "kind": "company", "country": "China", "name_en": "Unitree Robotics",
        "founded": "soon", "sectors": ["robotics"]})
    assert r.status_code == 422
    assert "two-letter country code" in r.text
    assert "is not a year" in r.text


def test_post_without_csrf_token_is_refused(client, db, make_user):
    email, password = make_user(Role.admin)
    sign_in(client, email, password)
    oid = org_id(db, "unitree")
    before = db.get(Organization, oid).name_in("en")
    r = client.post(f"/organizations/{oid}/edit", data={"kind": "company", "country": "CN", "name_en": "X"})
    assert r.status_code == 403
    db.expire_all()
    assert db.get(Organization, oid).name_in("en") == before != "X"


def test_wrong_password_is_refused(client, make_user):
    email, _ = make_user(Role.viewer)
    token = csrf_of(client)
    r = client.post("/login", data={"email": email, "password": "nope nope", "csrf_token": token})
    assert r.status_code == 400
    assert "Wrong email or password" in r.text


def test_import_page_dry_run_reports_rows(client, make_user):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    token = csrf_of(client, "/import")
    csv = "name_en,country,kind,sectors\nGyoryu Web Import,KR,company,llm\nBroken,KRW,company,llm\n"
    r = client.post("/import", data={"csrf_token": token, "dry_run": "true"},
                    files={"file": ("orgs.csv", csv.encode(), "text/csv")})
    assert r.status_code == 422
    assert "<td>3</td><td>country</td>" in r.text
    assert client.get("/api/organizations", params={"q": "Gyoryu Web Import"}).json()["total"] == 0


def test_api_update_requires_permission(client, db, make_user):
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    token = csrf_of(client, "/organizations")
    oid = org_id(db, "unitree")
    r = client.put(f"/api/organizations/{oid}", headers={"X-CSRF-Token": token},
                   json={"kind": "company", "country": "CN", "names": {"en": "Unitree Robotics"}})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "E106"


def test_person_and_cluster_pages_link_the_directory(client, db):
    from gyoryu.directory.models import Person, PersonName, Place

    kim = db.scalar(select(Person).join(PersonName).where(PersonName.name == "김동연"))
    html = client.get(f"/people/{kim.id}").text
    assert "Kim Dong-yeon" in html and f"/organizations/{org_id(db, 'gyeonggi-province')}" in html
    zgc = db.scalar(select(Place).where(Place.key == "cn-beijing-zhongguancun"))
    html = client.get(f"/places/{zgc.id}").text
    assert "Zhongguancun" in html
    assert html.count('href="/organizations/') >= 3
    assert client.get("/people/999999").status_code == 404


def test_admin_adds_a_member_account_others_cannot(client, db, make_user):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    assert client.get("/users").status_code == 403
    client.post("/logout", data={"csrf_token": csrf_of(client, "/organizations")})
    email, password = make_user(Role.admin)
    sign_in(client, email, password)
    token = csrf_of(client, "/users")
    r = client.post("/users", data={"csrf_token": token, "email": "rep@hancom.example",
                                    "password": "long enough", "role": "member",
                                    "organization": "한글과 컴퓨터"}, follow_redirects=False)
    assert r.status_code == 303
    from gyoryu.accounts.models import User

    rep = db.scalar(select(User).where(User.email == "rep@hancom.example"))
    assert (rep.role, rep.organization_id) == ("member", org_id(db, "hancom"))
    r = client.post("/users", data={"csrf_token": token, "email": "rep@hancom.example",
                                    "password": "long enough", "role": "viewer"})
    assert r.status_code == 422 and "already exists" in r.text


def test_cli_user_add(engine, database_url, monkeypatch):
    from typer.testing import CliRunner

    from gyoryu import db as dbmod
    from gyoryu.accounts.models import User
    from gyoryu.cli import app
    from gyoryu.config import get_settings

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        email = f"cli-{database_url[-6:]}@example.org"
        r = CliRunner().invoke(app, ["user", "add", email, "--role", "member", "--organization",
                                     "unitree", "--password", "long enough"])
        assert r.exit_code == 0, r.output
        with engine.begin() as conn:
            row = conn.execute(select(User.role, User.organization_id).where(User.email == email)).one()
            assert row.role == "member" and row.organization_id is not None
            conn.execute(User.__table__.delete().where(User.email == email))
        r = CliRunner().invoke(app, ["user", "add", "bad", "--password", "long enough"])
        assert r.exit_code == 2 and "is not an email address" in r.output
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()


def test_a_place_name_offers_its_organisations(client):
    html = client.get("/organizations", params={"q": "충칭"}).text
    assert 'class="tag place-link"' in html and "Organisations in Chongqing" in html


def test_the_pager_keeps_the_filters_and_encodes_them(client):
    """Page links carry the filters and drop the empty ones (here the empty search)."""
    html = client.get("/organizations", params={"country": "KR", "q": "", "page": 2}).text
    assert "2 / " in html
    assert 'href="?country=KR&amp;page=1"' in html and 'href="?country=KR&amp;page=3"' in html
