"""Login throttling: failures kept in the database, a growing wait per account and per address,
429 with Retry-After before the password is checked; time moved by the app's clock, no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from sqlalchemy import func, select

from gyoryu.accounts import service, throttle
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import LoginAttempt
from gyoryu.errors import GyoryuError
from tests.web.conftest import csrf_of

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self):
        self.at = START

    def __call__(self):
        return self.at

    def advance(self, **kw):
        self.at += timedelta(**kw)


@pytest.fixture
def clock(app):
    app.state.clock = Clock()
    return app.state.clock


def _login(client, email, password):
    csrf = csrf_of(client)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf},
                       follow_redirects=False)


def test_the_sixth_wrong_password_within_a_minute_is_refused_unchecked(client, make_user, clock,
                                                                       db):
    email, password = make_user(Role.organiser)
    for i in range(5):
        assert _login(client, email, f"wrong {i}").status_code == 400
        clock.advance(seconds=5)
    with mock.patch.object(service, "verify_password", wraps=service.verify_password) as verify:
        refused = _login(client, email, "wrong 6")
        also_right = _login(client, email, password)
    assert refused.status_code == 429 and also_right.status_code == 429
    assert verify.call_count == 0  # the password was never checked
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= 60  # a minute after the 5th failure (20 s ago)
    assert "Too many failed sign-ins" in refused.text
    # the refused attempts are not counted: the wait does not grow while it lasts
    assert db.scalar(select(func.count()).select_from(LoginAttempt)
                     .where(LoginAttempt.email == email)) == 5
    clock.advance(seconds=wait)
    assert _login(client, email, password).status_code == 303
    assert client.get("/account").status_code == 200


def test_the_wait_grows_with_every_further_failure(client, make_user, clock):
    email, password = make_user(Role.viewer)
    for i in range(5):
        _login(client, email, f"wrong {i}")
    waits = []
    for _ in range(3):
        r = _login(client, email, "again wrong")
        waits.append(int(r.headers["Retry-After"]))
        clock.advance(seconds=waits[-1])
        assert _login(client, email, "still wrong").status_code == 400
    assert waits == [60, 120, 240]
    assert throttle.wait_after(100, throttle.ACCOUNT_FREE) == throttle.MAX_WAIT


def test_unknown_addresses_are_throttled_alike(client, clock):
    for i in range(5):
        assert _login(client, "nobody@example.org", f"guess {i}").status_code == 400
    assert _login(client, "nobody@example.org", "guess").status_code == 429


def test_one_address_guessing_many_accounts_is_throttled(db, clock):
    for i in range(throttle.ADDRESS_FREE):
        throttle.record(db=db, email=f"a{i}@example.org", address="203.0.113.9", user=None,
                        succeeded=False, now=START)
    with pytest.raises(throttle.Throttled):
        throttle.check(db=db, email="fresh@example.org", address="203.0.113.9", now=START)
    throttle.check(db=db, email="fresh@example.org", address="198.51.100.1", now=START)
    throttle.check(db=db, email="fresh@example.org", address="203.0.113.9",
                   now=START + throttle.FIRST_WAIT)


def test_a_success_forgives_earlier_failures(db):
    service.add_user(db=db, email="ok@example.org", password="right password")
    for _ in range(4):
        with pytest.raises(GyoryuError):
            service.sign_in(db=db, email="ok@example.org", password="no", address="a", now=START)
    service.sign_in(db=db, email="ok@example.org", password="right password", address="a",
                    now=START)
    with pytest.raises(GyoryuError):
        service.sign_in(db=db, email="ok@example.org", password="no", address="a", now=START)
    throttle.check(db=db, email="ok@example.org", address="a", now=START)  # 1 failure, not 5


def test_the_owner_sees_failed_attempts_on_the_account_page(client, make_user, clock):
    email, password = make_user(Role.viewer)
    _login(client, email, "<b>wrong</b>")
    _login(client, email, password)
    page = client.get("/account")
    assert page.status_code == 200
    assert "Recent failed sign-ins" in page.text
    assert "2027-03-01 09:00:00" in page.text and "testclient" in page.text
