"""People, places and clusters through their three doors: pages, /api/v1 and the same import and
export as organisations. Both backends."""

import pytest
from sqlalchemy import select

from gyoryu.accounts.enums import Role
from gyoryu.directory.models import Person, Place
from tests.web.conftest import csrf_of, sign_in

PERSON = {"key": "test-kim-gyoryu", "names": {"ko": "김교류", "zh": "金交流", "en": "=Kim Gyoryu"},
          "aliases": [{"name": "K; G [x]", "lang": "en", "type": "other"}],
          "affiliations": [{"org": "tencent", "role": {"en": "Adviser, AI", "ko": "자문"}, "since": "2024-03"}],
          "description": {"en": "  @SUM(A1) <script>x</script>  "}}


@pytest.fixture
def organiser(client, make_user):
    sign_in(client, *make_user(Role.organiser))
    return {"X-CSRF-Token": csrf_of(client, "/import")}


def test_api_creates_reads_and_updates_a_person(client, organiser, db):
    made = client.post("/api/v1/people", json=PERSON, headers=organiser)
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["names"] == {"ko": "김교류", "zh-Hans": "金交流", "en": "=Kim Gyoryu"}
    assert body["description"] == {"en": "@SUM(A1) <script>x</script>"}  # stored as an import reads it
    assert body["affiliations"][0] | {"org_id": 0} == {"org": "tencent", "org_id": 0, "since": "2024-03",
                                                      "until": None, "role": {"en": "Adviser, AI", "ko": "자문"}}
    assert client.get(f"/api/v1/people/{body['id']}").json() == body
    assert client.get("/api/v1/people", params={"q": "金交流"}).json()["items"] == [body]
    changed = client.put(f"/api/v1/people/{body['id']}", headers=organiser,
                         json=PERSON | {"affiliations": [], "names": {"en": "Kim Gyoryu"}})
    assert changed.status_code == 200
    assert changed.json()["names"] == {"en": "Kim Gyoryu"} and changed.json()["affiliations"] == []


def test_api_refuses_an_unknown_organisation_date_and_detail(client, organiser):
    bad = client.post("/api/v1/people", headers=organiser,
                      json=PERSON | {"affiliations": [{"org": "no-such-org-x"}]})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "E211")
    bad = client.post("/api/v1/people", headers=organiser,
                      json=PERSON | {"affiliations": [{"org": "tencent", "since": "2024-13"}]})
    assert bad.json()["error"]["code"] == "E224"
    bad = client.post("/api/v1/people", headers=organiser,
                      json=PERSON | {"affiliations": [{"org": "tencent", "salary": "1"}]})
    assert bad.json()["error"]["code"] == "E227"


def test_api_places_and_clusters(client, organiser):
    place = client.post("/api/v1/places", headers=organiser, json={
        "key": "kr-test-town", "kind": "district", "country": "kr", "parent": "kr-seongnam",
        "names": {"ko": "시험동", "en": "Test-dong"}})
    assert place.status_code == 201, place.text
    assert place.json()["parent"] == "kr-seongnam" and place.json()["country"] == "KR"
    cluster = client.post("/api/v1/clusters", headers=organiser, json={
        "key": "kr-test-valley", "country": "KR", "parent": "kr-test-town", "names": {"ko": "시험밸리"}})
    assert cluster.status_code == 201 and cluster.json()["kind"] == "cluster"
    assert client.get("/api/v1/clusters/kr-test-valley").status_code == 200
    # a place inside its own child is a cycle
    loop = client.put(f"/api/v1/places/{place.json()['id']}", headers=organiser, json={
        "key": "kr-test-town", "kind": "district", "country": "KR", "parent": "kr-test-valley",
        "names": {"ko": "시험동"}})
    assert loop.json()["error"]["code"] == "E225"
    not_cluster = client.put(f"/api/v1/clusters/{cluster.json()['id']}", headers=organiser, json={
        "key": "kr-test-valley", "kind": "city", "country": "KR", "names": {"ko": "시험밸리"}})
    assert not_cluster.json()["error"]["code"] == "E228"
    assert client.get("/api/v1/places", params={"kind": "cluster", "q": "시험밸리"}).json()["total"] == 1


def test_viewers_cannot_write_people_or_places(client, make_user):
    sign_in(client, *make_user(Role.viewer))
    headers = {"X-CSRF-Token": csrf_of(client, "/organizations")}
    assert client.post("/api/v1/people", json=PERSON, headers=headers).status_code == 403
    assert client.get("/people/new").status_code == 403


def test_person_and_place_forms(client, organiser, db):
    token = organiser["X-CSRF-Token"]
    form = {"csrf_token": token, "name_ko": "박교류", "name_en": "Park Gyoryu",
            "aliases": "Park G. [en, abbreviation]\n박 교류 [ko]",
            "affiliations": "tencent [since=2023, role_en=Adviser]", "description_en": "+82 10"}
    r = client.post("/people/new", data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    person = db.get(Person, int(r.headers["location"].rsplit("/", 1)[1]))
    page = client.get(r.headers["location"]).text
    assert "Park Gyoryu" in page and 'id="edit-person"' in page
    edit = client.get(f"/people/{person.id}/edit").text
    assert "Park G. [en, abbreviation]" in edit and "tencent [since=2023, role_en=Adviser]" in edit
    bad = client.post(f"/people/{person.id}/edit", data=form | {"affiliations": "tencent [since=soon]"})
    assert bad.status_code == 422 and "is not a date" in bad.text
    r = client.post("/places/new", data={"csrf_token": token, "key": "kr-form-valley", "kind": "cluster",
                                         "country": "KR", "parent": "kr-seongnam", "name_ko": "폼밸리"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    place = db.scalar(select(Place).where(Place.key == "kr-form-valley"))
    assert (place.kind, place.parent.key, place.primary_names()) == ("cluster", "kr-seongnam", {"ko": "폼밸리"})
    assert 'value="cluster" selected' in client.get("/places/new?kind=cluster").text
    bad = client.post(f"/places/{place.id}/edit", data={"csrf_token": token, "key": "kr-form-valley",
                                                        "kind": "cluster", "country": "KR",
                                                        "parent": "kr-form-valley", "name_ko": "폼밸리"})
    assert bad.status_code == 422 and "among its own parents" in bad.text


def test_api_import_and_export_of_people(client, organiser):
    csv = ("key,name_ko,name_en,affiliations\n"
           "test-lee-api,이에이피아이,Lee API,\"tencent [since=2020, role_en=CTO\\, AI]\"\n").encode()
    files = {"file": ("people.csv", csv, "text/csv")}
    dry = client.post("/api/v1/import/people", files=files, data={"dry_run": "true"}, headers=organiser)
    assert dry.status_code == 200 and dry.json()["created"] == 1
    assert client.get("/api/v1/people", params={"q": "Lee API"}).json()["total"] == 0
    done = client.post("/api/v1/import/people", files=files, headers=organiser)
    assert done.json()["created"] == 1
    [lee] = client.get("/api/v1/people", params={"q": "Lee API"}).json()["items"]
    assert lee["affiliations"][0]["role"] == {"en": "CTO, AI"}
    exported = client.get("/api/v1/export/people.csv").content.decode("utf-8-sig")
    assert 'test-lee-api,이에이피아이,,,Lee API,,,"tencent [since=2020, role_en=CTO\\, AI]"' in exported
    bad = client.post("/api/v1/import/people", headers=organiser,
                      files={"file": ("p.csv", b"name_en,affiliations\nX,nobody-org\n", "text/csv")})
    assert bad.status_code == 422
    assert [(p["row"], p["column"], p["code"]) for p in bad.json()["problems"]] == [(2, "affiliations", "E211")]
    assert client.post("/api/v1/import/robots", files=files, headers=organiser).json()["error"]["code"] == "E226"


def test_import_page_takes_the_kind(client, organiser):
    page = client.get("/import?kind=places").text
    assert '<option value="places" selected' in page
    csv = b"key,kind,country,parent,name_en\nkr-page-town,city,KR,kr,Page Town\n"
    r = client.post("/import", data={"csrf_token": organiser["X-CSRF-Token"], "kind": "places",
                                     "dry_run": "true"}, files={"file": ("places.csv", csv, "text/csv")})
    assert r.status_code == 200 and "1 new and 0 updated records would be imported" in r.text
    assert client.get("/export.csv?kind=clusters").text.lstrip("\ufeff").startswith("key,country,parent,name_ko")


def test_edit_forms_keep_names_holding_list_separators(client, organiser, db):
    """A form shows each alias on its line as a cell writes it (separators escaped), so saving
    the form unchanged keeps the name whole — for organisations as for people."""
    made = client.post("/api/v1/organizations", headers=organiser, json={
        "key": "test-semicolon-org", "kind": "company", "country": "KR", "names": {"en": "Semi Org"},
        "aliases": [{"name": "A;B [x], C", "lang": "en", "type": "brand"}]}).json()
    edit = client.get(f"/organizations/{made['id']}/edit").text
    line = "A\\;B \\[x\\]\\, C [en, brand]"
    assert line in edit
    r = client.post(f"/organizations/{made['id']}/edit", follow_redirects=False, data={
        "csrf_token": organiser["X-CSRF-Token"], "key": "test-semicolon-org", "kind": "company",
        "country": "KR", "name_en": "Semi Org", "aliases": line})
    assert r.status_code == 303, r.text
    assert client.get(f"/api/v1/organizations/{made['id']}").json()["aliases"] == [
        {"name": "A;B [x], C", "lang": "en", "type": "brand"}]
