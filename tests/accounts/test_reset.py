"""Password reset by a one-time link through the mail outbox: the same answer for unknown
addresses, the link works once and for an hour, and it ends every session of the account."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from gyoryu.accounts import reset, sessions, tokens
from gyoryu.accounts.enums import Role, TokenKind
from gyoryu.accounts.models import PasswordReset, User
from gyoryu.accounts.service import authenticate
from gyoryu.mail.models import OutboxMessage
from tests.accounts.test_throttle import START, Clock
from tests.web.conftest import csrf_of, sign_in


@pytest.fixture
def clock(app):
    app.state.clock = Clock()
    return app.state.clock


def _mailed_link(db, email) -> str:
    body = db.scalars(select(OutboxMessage).where(OutboxMessage.recipient == email)
                      .order_by(OutboxMessage.id.desc())).first().body
    return re.search(r"https?://\S+/password/reset/(\S+)", body).group(1)


def _ask(client, email):
    return client.post("/password/forgot", data={"email": email,
                                                 "csrf_token": csrf_of(client, "/password/forgot")})


def _use(client, secret, new, repeat=None):
    path = f"/password/reset/{secret}"
    return client.post(path, data={"new_password": new, "repeat_password": repeat or new,
                                   "csrf_token": csrf_of(client, "/login")},
                       follow_redirects=False)


def test_a_mailed_link_sets_the_password_once_and_ends_every_session(app, client, make_user, db,
                                                                     clock):
    email, password = make_user(Role.organiser)
    with TestClient(app) as thief:
        sign_in(thief, email, password)
        known, unknown = _ask(client, email), _ask(client, "nobody@example.org")
        assert known.status_code == unknown.status_code == 200
        assert known.text.replace(email, "X") == unknown.text.replace("nobody@example.org", "X")
        assert db.scalar(select(OutboxMessage).where(
            OutboxMessage.recipient == "nobody@example.org")) is None
        secret = _mailed_link(db, email)
        stored = db.execute(select(PasswordReset.__table__)).mappings().all()
        assert not any(secret in str(v) for r in stored for v in r.values())
        assert client.get(f"/password/reset/{secret}").status_code == 200
        assert _use(client, secret, "brand new secret", "typo").status_code == 422
        done = _use(client, secret, "brand new secret")
        assert (done.status_code, done.headers["location"]) == (303, "/login?reset=1")
        assert thief.get("/account").status_code == 403  # every session ended
    assert authenticate(db=db, email=email, password="brand new secret") is not None
    again = _use(client, secret, "third secret!")
    assert again.status_code == 400 and "used or expired" in again.text
    assert client.get(f"/password/reset/{secret}").status_code == 400


def test_a_link_expires_after_an_hour(client, make_user, db, clock):
    email, password = make_user(Role.viewer)
    _ask(client, email)
    secret = _mailed_link(db, email)
    clock.advance(hours=1)
    assert _use(client, secret, "brand new secret").status_code == 400
    assert authenticate(db=db, email=email, password=password) is not None


def test_asking_again_soon_sends_nothing_more(db, make_user):
    email, _ = make_user(Role.viewer)
    assert reset.request_reset(db=db, email=email, base_url="http://x", now=START) is not None
    assert reset.request_reset(db=db, email=email, base_url="http://x",
                               now=START + timedelta(minutes=5)) is None
    assert reset.request_reset(db=db, email=email, base_url="http://x",
                               now=START + reset.QUIET + timedelta(seconds=1)) is not None
    assert len(db.scalars(select(OutboxMessage).where(OutboxMessage.recipient == email)).all()) == 2


def test_the_api_resets_with_the_mailed_token(client, make_user, db, clock):
    email, password = make_user(Role.viewer)
    asked = client.post("/api/v1/password/reset-request", json={"email": email})
    assert asked.status_code == 202
    assert client.post("/api/v1/password/reset-request",
                       json={"email": "nobody@example.org"}).status_code == 202
    secret = _mailed_link(db, email)
    bad = client.post("/api/v1/password/reset", json={"token": "nope", "new_password": "x" * 8})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "E121")
    ok = client.post("/api/v1/password/reset", json={"token": secret,
                                                      "new_password": "brand new secret"})
    assert ok.status_code == 204, ok.text
    assert client.post("/api/v1/password/reset", json={
        "token": secret, "new_password": "brand new secret"}).status_code == 400
    assert authenticate(db=db, email=email, password="brand new secret") is not None


def test_a_reset_revokes_personal_tokens_and_ends_sessions(app, client, make_user, db, clock):
    """Whoever knew the old password may have made tokens and sessions: a reset ends both (a
    service token, a partner system's, stays for the admin to decide)."""
    email, password = make_user(Role.organiser)
    user = db.scalar(select(User).where(User.email == email))
    _, personal = tokens.create_token(db=db, user=user, scope="read")
    _, service = tokens.create_token(db=db, user=user, scope="read", kind=TokenKind.service)
    db.commit()
    with TestClient(app) as thief:
        sign_in(thief, email, password)
        for secret in (personal, service):
            assert client.get("/api/v1/tokens",
                              headers={"Authorization": f"Bearer {secret}"}).status_code == 200
        _ask(client, email)
        assert _use(client, _mailed_link(db, email), "brand new secret").status_code == 303
        assert thief.get("/account").status_code == 403
    dead = client.get("/api/v1/tokens", headers={"Authorization": f"Bearer {personal}"})
    assert (dead.status_code, dead.json()["error"]["code"]) == (401, "E110")
    assert client.get("/api/v1/tokens",
                      headers={"Authorization": f"Bearer {service}"}).status_code == 200
    assert sessions.sessions_of(db=db, user=user, now=clock()) == []
