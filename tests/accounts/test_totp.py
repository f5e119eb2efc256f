"""Optional second factor (TOTP, RFC 6238) for admins and organisers: set up with a secret and
its otpauth:// address, confirmed by a code, then asked for after the password; one-time
recovery codes stored hashed; a code accepted once; wrong codes counted by the sign-in throttle;
turned off with a code, or by an admin from the command line. Time moves by the app's clock."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta
from unittest import mock

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from gyoryu.accounts import throttle, tokens, totp
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import LoginAttempt, RecoveryCode, TotpFactor, User
from tests.accounts.test_throttle import START, Clock
from tests.web.conftest import csrf_of, sign_in


@pytest.fixture
def clock(app):
    app.state.clock = Clock()
    return app.state.clock


def code_at(secret: str, clock) -> str:
    return pyotp.TOTP(secret).at(clock())


def _post(client, path, data, page="/account"):
    return client.post(path, data={**data, "csrf_token": csrf_of(client, page)},
                       follow_redirects=False)


def _login(client, email, password):
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": csrf_of(client)}, follow_redirects=False)


def _code(client, code):
    return client.post("/login/code", data={"code": code, "csrf_token": csrf_of(client)},
                       follow_redirects=False)


def _enrol(client, clock) -> tuple[str, list[str]]:
    """Set up two-step sign-in on the signed-in account: its secret and recovery codes."""
    started = _post(client, "/account/totp", {})
    assert (started.status_code, started.headers["location"]) == (303, "/account/totp")
    page = client.get("/account/totp").text
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page).group(1)
    uri = re.search(r'id="totp-uri">([^<]+)<', page).group(1).replace("&amp;", "&")
    assert uri.startswith("otpauth://totp/gyoryu:") and f"secret={secret}" in uri
    assert "issuer=gyoryu" in uri
    done = _post(client, "/account/totp/confirm", {"code": code_at(secret, clock)},
                 page="/account/totp")
    assert done.status_code == 200, done.text
    codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", done.text)
    assert len(codes) == totp.RECOVERY_CODES
    return secret, codes


def _user(db, email) -> User:
    return db.scalar(select(User).where(User.email == email))


def test_set_up_then_sign_in_asks_for_a_code_accepted_once(app, client, make_user, db, clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    assert "Set up two-step sign-in" in client.get("/account").text
    started = _post(client, "/account/totp", {})
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', client.get(started.headers["location"])
                       .text).group(1)
    wrong = _post(client, "/account/totp/confirm", {"code": "000000"}, page="/account/totp")
    assert wrong.status_code == 422 and "wrong or already used" in wrong.text
    assert not totp.is_enabled(db=db, user=_user(db, email))
    _post(client, "/account/totp", {})  # starting again replaces the unconfirmed secret
    secret, codes = _enrol(client, clock)
    db.expire_all()
    user = _user(db, email)
    assert totp.is_enabled(db=db, user=user) and totp.recovery_left(db=db, user=user) == 10
    stored = db.execute(select(RecoveryCode.__table__)).mappings().all()
    plain = {c.replace("-", "") for c in codes}
    assert not any(p in str(v) for r in stored for v in r.values() for p in plain)

    with TestClient(app) as other:
        other.cookies.set("lang", "en")
        first = _login(other, email, password)
        assert (first.status_code, first.headers["location"]) == (303, "/login/code")
        assert other.get("/account").status_code == 403  # not signed in by the password alone
        # the code that confirmed the set-up was spent: the same one again is refused
        replay = _code(other, code_at(secret, clock))
        assert replay.status_code == 400 and "wrong or already used" in replay.text
        clock.advance(seconds=totp.STEP)
        fresh = code_at(secret, clock)
        ok = _code(other, fresh)
        assert (ok.status_code, ok.headers["location"]) == (303, "/")
        assert other.get("/account").status_code == 200
    with TestClient(app) as third:  # the same code, within its window, in another browser
        third.cookies.set("lang", "en")
        _login(third, email, password)
        assert _code(third, fresh).status_code == 400
        assert third.get("/account").status_code == 403
    wrong_code = db.scalars(select(LoginAttempt).where(LoginAttempt.email == email,
                                                       LoginAttempt.succeeded.is_(False))).all()
    assert [a.factor for a in wrong_code] == ["code", "code"]
    assert "the code, after the right password" in client.get("/account").text


def test_a_recovery_code_signs_in_once(app, client, make_user, db, clock):
    email, password = make_user(Role.admin)
    sign_in(client, email, password)
    _, codes = _enrol(client, clock)
    with TestClient(app) as lost_phone:
        lost_phone.cookies.set("lang", "en")
        _login(lost_phone, email, password)
        assert _code(lost_phone, f"  {codes[3].upper()} ").status_code == 303
    with TestClient(app) as again:
        again.cookies.set("lang", "en")
        _login(again, email, password)
        assert _code(again, codes[3]).status_code == 400
        assert _code(again, codes[4].replace("-", "")).status_code == 303
    assert totp.recovery_left(db=db, user=_user(db, email)) == 8


def test_wrong_codes_count_toward_the_throttle(app, client, make_user, db, clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    secret, _ = _enrol(client, clock)
    clock.advance(seconds=totp.STEP)
    with TestClient(app) as guesser:
        guesser.cookies.set("lang", "en")
        assert _login(guesser, email, password).status_code == 303
        for i in range(throttle.ACCOUNT_FREE):
            assert _code(guesser, f"{i:06d}").status_code == 400
        with mock.patch.object(totp, "use_code", wraps=totp.use_code) as checked:
            refused = _code(guesser, code_at(secret, clock))  # even the right code: not checked
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
        assert checked.call_count == 0
        # the password step is throttled too, and a right password does not forgive the codes
        assert _login(guesser, email, password).status_code == 429
        clock.advance(seconds=int(refused.headers["Retry-After"]))
        assert _login(guesser, email, password).status_code == 303
        assert _code(guesser, "999999").status_code == 400
        assert _code(guesser, code_at(secret, clock)).status_code == 429  # the wait grew


def test_a_waiting_sign_in_expires_and_ends_with_a_password_change(app, client, make_user, db,
                                                                    clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    secret, _ = _enrol(client, clock)
    with TestClient(app) as late:
        late.cookies.set("lang", "en")
        _login(late, email, password)
        clock.advance(seconds=totp.PENDING.total_seconds() + 1)
        r = _code(late, code_at(secret, clock))
        assert r.status_code == 400 and "waited too long" in r.text
        assert late.get("/login/code", follow_redirects=False).status_code == 303
        _login(late, email, password)
        totp_user = _user(db, email)
        from gyoryu.accounts.service import set_password
        set_password(db=db, user=totp_user, new="another password")
        db.commit()
        clock.advance(seconds=totp.STEP)
        assert _code(late, code_at(secret, clock)).status_code == 400
        assert late.get("/account").status_code == 403


def test_only_admins_and_organisers_may_set_it_up(client, make_user, db, clock):
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    assert "Set up two-step sign-in" not in client.get("/account").text
    r = _post(client, "/account/totp", {})
    assert r.status_code == 403 and "for admins and organisers" in r.text
    api = client.post("/api/v1/account/totp", headers={"X-CSRF-Token": csrf_of(client, "/account")})
    assert (api.status_code, api.json()["error"]["code"]) == (403, "E154")
    assert db.scalar(select(TotpFactor)) is None


def test_turning_it_off_needs_a_code(app, client, make_user, db, clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    secret, _ = _enrol(client, clock)
    wrong = _post(client, "/account/totp/disable", {"code": "123456"})
    assert wrong.status_code == 400
    assert totp.is_enabled(db=db, user=_user(db, email))
    clock.advance(seconds=totp.STEP)
    off = _post(client, "/account/totp/disable", {"code": code_at(secret, clock)})
    assert (off.status_code, off.headers["location"]) == (303, "/account?totp_off=1#two-step")
    assert "Two-step sign-in is off." in client.get(off.headers["location"]).text
    db.expire_all()
    assert not totp.is_enabled(db=db, user=_user(db, email))
    assert totp.recovery_left(db=db, user=_user(db, email)) == 0
    with TestClient(app) as plain:
        plain.cookies.set("lang", "en")
        assert _login(plain, email, password).headers["location"] == "/"


def test_the_api_door(client, make_user, db, clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    csrf = {"X-CSRF-Token": csrf_of(client, "/account")}
    status = client.get("/api/v1/account/totp").json()
    assert status == {"enabled": False, "pending": False, "allowed": True, "confirmed_at": None,
                      "recovery_codes_left": 0}
    started = client.post("/api/v1/account/totp", headers=csrf)
    assert started.status_code == 201
    secret = started.json()["secret"]
    assert started.json()["uri"].startswith("otpauth://totp/")
    assert client.get("/api/v1/account/totp").json()["pending"] is True
    bad = client.post("/api/v1/account/totp/confirm", json={"code": "12"}, headers=csrf)
    assert (bad.status_code, bad.json()["error"]["code"], bad.json()["error"]["field"]) == (
        422, "E151", "code")
    nothing = client.post("/api/v1/account/totp/disable", json={"code": "123456"}, headers=csrf)
    assert (nothing.status_code, nothing.json()["error"]["code"]) == (409, "E155")
    done = client.post("/api/v1/account/totp/confirm", json={"code": code_at(secret, clock)},
                       headers=csrf)
    assert done.status_code == 200 and len(done.json()["recovery_codes"]) == 10
    again = client.post("/api/v1/account/totp", headers=csrf)
    assert (again.status_code, again.json()["error"]["code"]) == (409, "E150")
    # a token reads the state but cannot change the factor
    _, secret_token = tokens.create_token(db=db, user=_user(db, email), scope="write")
    db.commit()
    bearer = {"Authorization": f"Bearer {secret_token}"}
    assert client.get("/api/v1/account/totp", headers=bearer).json()["enabled"] is True
    refused = client.post("/api/v1/account/totp/disable", json={"code": "123456"}, headers=bearer)
    assert (refused.status_code, refused.json()["error"]["code"]) == (403, "E153")
    wrong = client.post("/api/v1/account/totp/disable", json={"code": "123456"}, headers=csrf)
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (400, "E151")
    clock.advance(seconds=totp.STEP)
    off = client.post("/api/v1/account/totp/disable", json={"code": code_at(secret, clock)},
                      headers=csrf)
    assert off.status_code == 204
    assert client.get("/api/v1/account/totp").json()["enabled"] is False


def test_codes_from_neighbouring_steps_and_no_older_than_the_last(db, make_user):
    email, _ = make_user(Role.organiser)
    user = _user(db, email)
    factor = totp.start(db=db, user=user, now=START)
    secret = factor.secret
    at = pyotp.TOTP(secret).at
    codes = totp.confirm(db=db, user=user, code=at(START), now=START)
    assert len(set(codes)) == 10
    later = START + 3 * timedelta(seconds=totp.STEP)
    assert totp.use_code(db=db, user=user, code=at(later), now=later) == "totp"
    assert totp.use_code(db=db, user=user, code=at(later), now=later) is None  # replayed
    ahead = later + timedelta(seconds=totp.STEP)
    # the previous step's code is older than the last accepted one: refused
    assert totp.use_code(db=db, user=user, code=at(later - timedelta(seconds=30)),
                         now=ahead) is None
    assert totp.use_code(db=db, user=user, code=at(ahead + timedelta(seconds=30)),
                         now=ahead) == "totp"  # a phone a step ahead
    far = ahead + timedelta(minutes=5)
    assert totp.use_code(db=db, user=user, code=at(far - timedelta(minutes=2)),
                         now=far) is None  # too old
    assert totp.use_code(db=db, user=user, code="abcdef", now=far) is None
    row = db.scalar(select(RecoveryCode).where(RecoveryCode.user_id == user.id))
    assert len(row.code_hash) == 64 and row.code_hash != hashlib.sha256(b"").hexdigest()


def test_the_cli_turns_it_off_for_a_locked_out_user(database_url, engine, monkeypatch):
    from sqlalchemy import delete
    from sqlalchemy.orm import Session
    from typer.testing import CliRunner

    from gyoryu import db as dbmod
    from gyoryu.accounts.service import add_user
    from gyoryu.cli import app as cli
    from gyoryu.config import get_settings

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    email = "totp-cli@example.org"
    try:
        with Session(engine) as s:
            user = add_user(db=s, email=email, password="long enough", role=Role.organiser)
            factor = totp.start(db=s, user=user, now=START)
            totp.confirm(db=s, user=user, code=pyotp.TOTP(factor.secret).at(START), now=START)
            s.commit()
        status = CliRunner().invoke(cli, ["account", "totp", "status", email, "--json"])
        assert status.exit_code == 0, status.output
        assert json.loads(status.stdout) == {"email": email, "totp": "on",
                                             "recovery_codes_left": 10}
        off = CliRunner().invoke(cli, ["account", "totp", "disable", email.upper()])
        assert off.exit_code == 0, off.output
        assert "turned off" in off.stdout
        again = CliRunner().invoke(cli, ["account", "totp", "disable", email])
        assert again.exit_code == 1 and "not on" in again.output
        assert CliRunner().invoke(cli, ["account", "totp", "disable",
                                        "nobody@example.org"]).exit_code == 2
        with Session(engine) as s:
            assert s.scalar(select(TotpFactor).join(User).where(User.email == email)) is None
    finally:
        with engine.begin() as conn:
            conn.execute(delete(User).where(User.email == email))
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()


def test_new_recovery_codes_replace_the_old_and_a_reset_keeps_the_factor(app, client, make_user,
                                                                         db, clock):
    email, password = make_user(Role.organiser)
    sign_in(client, email, password)
    secret, old = _enrol(client, clock)
    assert _post(client, "/account/totp/recovery", {"code": "wrong-code"}).status_code == 400
    renewed = _post(client, "/account/totp/recovery", {"code": old[0]})
    assert renewed.status_code == 200 and "the old ones no longer work" in renewed.text
    new = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", renewed.text)
    assert len(new) == 10 and not set(new) & set(old)
    csrf = {"X-CSRF-Token": csrf_of(client, "/account")}
    clock.advance(seconds=totp.STEP)
    api = client.post("/api/v1/account/totp/recovery-codes", json={"code": code_at(secret, clock)},
                      headers=csrf)
    assert api.status_code == 200 and len(api.json()["recovery_codes"]) == 10
    newest = api.json()["recovery_codes"]
    # a password reset by the mailed link does not take the second factor away
    from gyoryu.accounts import reset
    row = reset.request_reset(db=db, email=email, base_url="http://x", now=clock())
    assert row is not None
    from tests.accounts.test_reset import _mailed_link
    reset.reset_password(db=db, secret=_mailed_link(db, email), new="reset password", now=clock())
    db.commit()
    with TestClient(app) as after:
        after.cookies.set("lang", "en")
        assert _login(after, email, "reset password").headers["location"] == "/login/code"
        assert _code(after, new[0]).status_code == 400  # replaced by the API's set
        assert _code(after, old[1]).status_code == 400
        assert _code(after, newest[0]).status_code == 303
