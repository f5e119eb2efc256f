"""Every error is the site's own: a page in the reader's language with a way forward, or JSON
under /api/ — never Starlette's raw `{"detail": …}` or a bare "Internal Server Error"."""

from __future__ import annotations

from fastapi.testclient import TestClient

from gyoryu.accounts.enums import Role
from tests.web.conftest import csrf_of, sign_in


def test_an_unknown_address_is_the_site_404_page_in_the_readers_language(client):
    client.cookies.set("lang", "ko")
    page = client.get("/no/such/page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "페이지를 찾을 수 없습니다" in page.text and 'action="/organizations"' in page.text
    assert "detail" not in page.text
    assert client.get("/programs/not-a-number").status_code == 404


def test_api_errors_are_json_in_one_shape(client):
    missing = client.get("/api/no-such-thing")
    assert missing.status_code == 404
    assert set(missing.json()) == {"error"} and missing.json()["error"]["code"] == "not_found"
    assert set(missing.json()["error"]) == {"code", "message", "field"}
    wrong = client.delete("/api/organizations")
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (405, "method_not_allowed")
    assert "DELETE" in wrong.json()["error"]["message"]
    bad = client.get("/api/organizations", params={"limit": "many"})
    assert bad.status_code == 422
    assert bad.json() == {"error": {"code": "invalid", "message": "limit must be a whole number.",
                                    "field": "limit"}}


def test_api_errors_speak_the_callers_language(client):
    client.cookies.set("lang", "ko")
    r = client.get("/api/v1/organizations", params={"limit": 0})
    assert r.json()["error"] == {"code": "invalid", "field": "limit",
                                 "message": "limit 항목은 1 이상이어야 합니다."}
    client.cookies.delete("lang")
    r = client.post("/api/v1/organizations", json={}, headers={"Accept-Language": "zh-CN"})
    assert r.status_code == 401
    assert r.json()["error"]["message"].startswith("请登录")


def test_a_wrong_method_on_a_page_is_the_405_page(client):
    page = client.put("/organizations")
    assert page.status_code == 405 and "<html" in page.text
    assert "does not take PUT requests" in page.text


def test_the_403_page_offers_sign_in_to_strangers_only(client, db, make_user):
    page = client.get("/import")
    assert page.status_code == 403 and 'id="sign-in" href="/login?next=/import"' in page.text
    sign_in(client, *make_user(Role.viewer))
    page = client.get("/import")
    assert page.status_code == 403 and 'id="sign-in"' not in page.text
    assert "Ask an organiser or an administrator" in page.text


def test_an_unexpected_failure_is_the_500_page_without_internals(app, db):
    @app.get("/boom-for-test")
    def boom():
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as c:
        c.cookies.set("lang", "zh")
        page = c.get("/boom-for-test")
    assert page.status_code == 500 and "出现了问题" in page.text
    assert "secret internals" not in page.text and "RuntimeError" not in page.text


def test_a_form_post_with_a_bad_token_is_the_403_page(client):
    csrf_of(client)
    page = client.post("/logout", data={"csrf_token": "forged"})
    assert page.status_code == 403 and "<html" in page.text


def test_api_lists_are_pages_with_a_capped_limit(client):
    too_many = client.get("/api/v1/programs", params={"limit": 201})
    assert (too_many.status_code, too_many.json()["error"]["field"]) == (422, "limit")
    page = client.get("/api/v1/programs", params={"limit": 1, "offset": 0}).json()
    assert set(page) == {"items", "total", "limit", "offset"} and len(page["items"]) <= 1
    assert client.get("/api/v1/sectors").status_code == 200
