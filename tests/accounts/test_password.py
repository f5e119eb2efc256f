"""Password change from the account page, the API and `gyoryu user password`: the current password
is checked under the sign-in throttle; every other session ends (the one that changed it stays)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from gyoryu.accounts import sessions, tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.accounts.service import authenticate
from tests.web.conftest import csrf_of, sign_in


def _change(client, current, new, repeat=None):
    return client.post("/account/password", data={
        "csrf_token": csrf_of(client, "/account"), "current_password": current,
        "new_password": new, "repeat_password": new if repeat is None else repeat},
        follow_redirects=False)


def test_changing_the_password_on_the_page_ends_every_other_session(app, client, make_user, db):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    with TestClient(app) as thief:
        thief.cookies.set("lang", "en")
        sign_in(thief, email, password)
        assert _change(client, "not it", "brand new secret").status_code == 400
        assert "The current password is wrong." in _change(client, "not it", "x" * 9).text
        assert "differ" in _change(client, password, "brand new secret", "typo").text
        assert "at least 8" in _change(client, password, "short").text
        assert thief.get("/account").status_code == 200  # nothing changed yet
        done = _change(client, password, "brand new secret")
        assert (done.status_code, done.headers["location"]) == (303, "/account?changed=1")
        assert thief.get("/account").status_code == 403
    assert "every other session has been signed out" in client.get("/account?changed=1").text
    assert authenticate(db=db, email=email, password="brand new secret") is not None
    assert authenticate(db=db, email=email, password=password) is None
    # the wrong current passwords count as failed sign-ins, which the owner sees
    assert client.get("/account").text.count("testclient") >= 2


def test_guessing_the_current_password_is_throttled(client, make_user, db):
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    for i in range(5):
        assert _change(client, f"guess {i}", "brand new secret").status_code == 400
    refused = _change(client, password, "brand new secret")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0


def test_the_api_changes_the_password_and_ends_every_session(app, client, make_user, db):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    user = db.scalar(select(User).where(User.email == email))
    _, secret = tokens.create_token(db=db, user=user, scope="write")
    db.commit()
    auth = {"Authorization": f"Bearer {secret}"}
    with TestClient(app, headers={"accept-language": "en"}) as script:
        wrong = script.post("/api/v1/account/password", headers=auth,
                            json={"current_password": "nope", "new_password": "brand new secret"})
        assert wrong.status_code == 400
        assert wrong.json() == {"error": {"code": "E119", "field": "current_password",
                                          "message": "The current password is wrong."}}
        short = script.post("/api/v1/account/password", headers=auth,
                            json={"current_password": password, "new_password": "short"})
        assert short.status_code == 422
        ok = script.post("/api/v1/account/password", headers=auth,
                         json={"current_password": password, "new_password": "brand new secret"})
        assert ok.status_code == 204, ok.text
        anonymous = script.post("/api/v1/account/password",
                                json={"current_password": "x", "new_password": "yyyyyyyy"})
        assert anonymous.status_code == 401
    assert client.get("/account").status_code == 403  # called with a token: no session is kept
    assert sessions.sessions_of(db=db, user=user) == []


def test_the_cli_sets_a_password_and_lists_and_ends_sessions(engine, database_url, monkeypatch,
                                                             tmp_path):
    from sqlalchemy import delete
    from typer.testing import CliRunner

    from gyoryu import db as dbmod
    from gyoryu.accounts.service import add_user
    from gyoryu.cli import app as cli
    from gyoryu.config import Settings, get_settings
    from gyoryu.db import transaction
    from gyoryu.web.app import create_app

    email = "cli-password@example.org"
    with transaction(engine) as db:
        add_user(db=db, email=email, password="first password")
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    web = create_app(Settings(var_dir=tmp_path, secret_key="t"), database_url=database_url)
    try:
        with TestClient(web) as browser:
            sign_in(browser, email, "first password")
            listed = CliRunner().invoke(cli, ["user", "sessions", email, "--json"])
            assert listed.exit_code == 0, listed.output
            assert len(__import__("json").loads(listed.stdout)) == 1
            changed = CliRunner().invoke(cli, ["user", "password", email],
                                         input="second password\nsecond password\n")
            assert changed.exit_code == 0, changed.output
            assert "1 sessions signed out" in changed.stdout
            assert browser.get("/account").status_code == 403
            sign_in(browser, email, "second password")
            ended = CliRunner().invoke(cli, ["user", "sessions", email, "--end-all"])
            assert "ended 1 sessions" in ended.stdout
            assert browser.get("/account").status_code == 403
        short = CliRunner().invoke(cli, ["user", "password", email], input="short\nshort\n")
        assert short.exit_code == 2
        assert CliRunner().invoke(cli, ["user", "password", "nobody@example.org"],
                                  input="long enough\nlong enough\n").exit_code == 2
    finally:
        web.state.engine.dispose()
        with engine.begin() as conn:
            conn.execute(delete(User).where(User.email == email))
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
