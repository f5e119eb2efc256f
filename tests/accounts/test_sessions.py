"""Server-side sessions: the cookie holds only a random secret (its hash is stored); sessions are
listed per user and ended one by one, on sign-out, and from the API and the CLI; ending one signs
that browser out at its very next request; CSRF still guards every form."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient
from sqlalchemy import select

from gyoryu.accounts import sessions, tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User, WebSession
from tests.web.conftest import csrf_of, sign_in


def _browser(app) -> TestClient:
    c = TestClient(app, headers={"user-agent": "Second browser"})
    c.cookies.set("lang", "en")
    return c


def _rows(db, email):
    return list(db.scalars(select(WebSession).join(User).where(User.email == email)
                           .order_by(WebSession.id)))


def test_the_cookie_carries_only_a_random_id_whose_hash_is_stored(client, make_user, db):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    secret = client.cookies.get(sessions.COOKIE)
    assert secret and len(secret) >= 43 and str(db.scalar(select(User.id).where(
        User.email == email))) != secret
    [row] = _rows(db, email)
    assert row.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    stored = db.execute(select(WebSession.__table__)).mappings().all()
    assert not any(secret in str(v) for r in stored for v in r.values())
    assert client.get("/account").status_code == 200


def test_ending_a_session_elsewhere_signs_that_browser_out_at_once(app, client, make_user, db):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    with _browser(app) as other:
        sign_in(other, email, password)
        page = client.get("/account").text
        assert "Second browser" in page and "this browser" in page
        first, second = _rows(db, email)
        r = client.post(f"/account/sessions/{second.id}/end",
                        data={"csrf_token": csrf_of(client, "/account")}, follow_redirects=False)
        assert r.status_code == 303
        assert other.get("/account").status_code == 403  # signed out, on its very next request
        assert "Sign in" in other.get("/organizations").text
    assert client.get("/account").status_code == 200
    assert [r.id for r in sessions.sessions_of(db=db, user=first.user)] == [first.id]


def test_sign_out_ends_the_session_so_a_stolen_cookie_is_worthless(app, client, make_user):
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    stolen = client.cookies.get(sessions.COOKIE)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/account")})
    with _browser(app) as thief:
        thief.cookies.set(sessions.COOKIE, stolen)
        assert thief.get("/account").status_code == 403


def test_forms_still_need_the_csrf_token(client, make_user, db):
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    [row] = _rows(db, email)
    r = client.post(f"/account/sessions/{row.id}/end", data={})
    assert r.status_code == 403
    assert client.get("/account").status_code == 200
    r = client.post("/logout", data={"csrf_token": "forged"})
    assert r.status_code == 403 and client.get("/account").status_code == 200


def test_another_accounts_session_cannot_be_seen_or_ended(app, client, make_user, db):
    email, password = make_user(Role.viewer)
    other_email, other_password = make_user(Role.organiser)
    sign_in(client, email, password)
    with _browser(app) as other:
        sign_in(other, other_email, other_password)
        [theirs] = _rows(db, other_email)
        assert "Second browser" not in client.get("/account").text
        r = client.post(f"/account/sessions/{theirs.id}/end",
                        data={"csrf_token": csrf_of(client, "/account")})
        assert r.status_code == 404
        assert other.get("/account").status_code == 200


def test_sessions_through_the_api_with_a_token(app, client, make_user, db):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    user = db.scalar(select(User).where(User.email == email))
    _, secret = tokens.create_token(db=db, user=user, scope="write")
    db.commit()
    auth = {"Authorization": f"Bearer {secret}"}
    with TestClient(app) as script:
        listed = script.get("/api/v1/sessions", headers=auth).json()
        assert listed["total"] == 1 and listed["items"][0]["current"] is False
        [row] = listed["items"]
        assert script.delete(f"/api/v1/sessions/{row['id']}", headers=auth).status_code == 204
        assert script.get("/api/v1/sessions", headers=auth).json()["total"] == 0
        assert script.delete("/api/v1/sessions/999999", headers=auth).status_code == 404
        assert script.get("/api/v1/sessions").status_code == 401
    assert client.get("/account").status_code == 403


def test_expired_sessions_are_dead(db, make_user):
    email, _ = make_user(Role.viewer)
    user = db.scalar(select(User).where(User.email == email))
    row, secret = sessions.start_session(db=db, user=user)
    assert sessions.session_for(db=db, secret=secret).id == row.id
    later = row.created_at + sessions.LIFETIME
    assert sessions.session_for(db=db, secret=secret, now=later) is None
    assert sessions.session_for(db=db, secret="nonsense") is None
