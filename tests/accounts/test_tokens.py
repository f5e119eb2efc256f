"""API tokens: only a hash is kept; a bearer token works on every /api/ route without CSRF, within
its scope, areas and lifetime; revoked or expired, it is refused (401); cookie sessions keep CSRF."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import ApiToken
from gyoryu.accounts.service import add_user
from gyoryu.errors import GyoryuError
from tests.web.conftest import csrf_of, sign_in

ORG = {"key": "token-made-lab", "kind": "company", "country": "KR",
       "names": {"ko": "토큰랩", "en": "Token Made Lab"}}


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def organiser(db):
    user = add_user(db=db, email="org-tokens@example.org", password="long enough",
                    role=Role.organiser)
    db.commit()
    return user


def test_only_the_hash_of_a_token_is_stored(db, organiser):
    token, secret = tokens.create_token(db=db, user=organiser, scope="write", name="import")
    assert secret.startswith(token.prefix + "_") and len(secret) > 50
    assert token.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    stored = db.execute(select(ApiToken.__table__)).mappings().all()
    assert not any(secret in str(value) for row in stored for value in row.values())
    assert tokens.token_for(db=db, secret=secret).id == token.id
    assert tokens.token_for(db=db, secret=secret[:-1] + ("A" if secret[-1] != "A" else "B")) is None


def test_revoked_and_expired_tokens_are_dead(db, organiser):
    token, secret = tokens.create_token(db=db, user=organiser, scope="read", expires_days=1)
    token.expires_at = tokens.utcnow() - timedelta(seconds=1)
    db.flush()
    assert tokens.token_for(db=db, secret=secret) is None
    other, other_secret = tokens.create_token(db=db, user=organiser, scope="read")
    tokens.revoke_token(db=db, token=other, actor=organiser)
    assert tokens.token_for(db=db, secret=other_secret) is None
    viewer = add_user(db=db, email="nosy@example.org", password="long enough")
    third, _ = tokens.create_token(db=db, user=organiser, scope="read")
    with pytest.raises(GyoryuError) as refused:
        tokens.revoke_token(db=db, token=third, actor=viewer)
    assert refused.value.code == "E106"


@pytest.mark.parametrize(("kw", "code"), [({"scope": "admin"}, "E113"),
                                          ({"scope": "read", "expires_days": 0}, "E114"),
                                          ({"scope": "read", "expires_days": 3651}, "E114"),
                                          ({"scope": "read", "domains": ["nowhere"]}, "E116")])
def test_bad_tokens_are_refused_with_a_reason(db, organiser, kw, code):
    with pytest.raises(GyoryuError) as err:
        tokens.create_token(db=db, user=organiser, **kw)
    assert err.value.code == code


def test_the_contract_create_an_organisation_with_a_bearer_token(client, db, organiser):
    _, secret = tokens.create_token(db=db, user=organiser, scope="write")
    db.commit()
    anonymous = client.post("/api/v1/organizations", json=ORG)
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"] == "Bearer"
    assert anonymous.json() == {"error": {
        "code": "E109", "field": None,
        "message": "Sign in, or send an API token in the Authorization header (Bearer …)."}}
    made = client.post("/api/v1/organizations", json=ORG, headers=bearer(secret))
    assert made.status_code == 201, made.text
    assert made.json()["names"] == {"ko": "토큰랩", "en": "Token Made Lab"}
    got = client.get(f"/api/v1/organizations/{made.json()['id']}", headers=bearer(secret))
    assert got.json()["key"] == "token-made-lab"
    # the old address is the same route
    assert client.get(f"/api/organizations/{made.json()['id']}").json()["key"] == "token-made-lab"


def test_a_token_reaches_only_its_scope_and_areas(client, db, organiser):
    _, reader = tokens.create_token(db=db, user=organiser, scope="read")
    _, programs_only = tokens.create_token(db=db, user=organiser, scope="write",
                                           domains=["programs"])
    db.commit()
    assert client.get("/api/v1/organizations", headers=bearer(reader)).status_code == 200
    read_only = client.post("/api/v1/organizations", json=ORG, headers=bearer(reader))
    assert (read_only.status_code, read_only.json()["error"]["code"]) == (403, "E111")
    elsewhere = client.post("/api/v1/organizations", json=ORG, headers=bearer(programs_only))
    assert (elsewhere.status_code, elsewhere.json()["error"]["code"]) == (403, "E112")
    assert client.get("/api/v1/programs", headers=bearer(programs_only)).status_code == 200
    # a token never lends more than its owner's role
    viewer = add_user(db=db, email="viewer-tokens@example.org", password="long enough")
    _, viewers = tokens.create_token(db=db, user=viewer, scope="write")
    db.commit()
    r = client.post("/api/v1/organizations", json=ORG, headers=bearer(viewers))
    assert (r.status_code, r.json()["error"]["code"]) == (403, "E106")
    from gyoryu.directory.service import org_by_key

    assert org_by_key(db=db, key="token-made-lab") is None  # nothing made by the refusals


def test_a_bad_or_revoked_token_is_refused_everywhere(client, db, organiser):
    token, secret = tokens.create_token(db=db, user=organiser, scope="write")
    db.commit()
    for headers in (bearer("gyo_00000000_nothing"), bearer("")):
        r = client.get("/api/v1/programs", headers=headers)  # a route that asks nobody
        assert (r.status_code, r.json()["error"]["code"]) == (401, "E110")
    tokens.revoke_token(db=db, token=token, actor=organiser)
    db.commit()
    r = client.post("/api/v1/organizations", json=ORG, headers=bearer(secret))
    assert (r.status_code, r.json()["error"]["code"]) == (401, "E110")


def test_a_bearer_token_does_not_lend_the_cookie_and_cookies_keep_csrf(client, db, organiser):
    sign_in(client, "org-tokens@example.org", "long enough")
    no_csrf = client.post("/api/v1/organizations", json=ORG)
    assert (no_csrf.status_code, no_csrf.json()["error"]["code"]) == (403, "E107")
    # a bearer header makes the cookie irrelevant: a bad token is refused even when signed in
    r = client.post("/api/v1/organizations", json=ORG, headers=bearer("gyo_12345678_forged"))
    assert r.status_code == 401
    token = csrf_of(client, "/organizations")
    ok = client.post("/api/v1/organizations", json=ORG, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201


def test_tokens_api_and_page(client, db, organiser):
    sign_in(client, "org-tokens@example.org", "long enough")
    csrf = csrf_of(client, "/account/tokens")
    made = client.post("/api/v1/tokens", headers={"X-CSRF-Token": csrf},
                       json={"name": "ci", "scope": "read", "expires_days": 7})
    assert made.status_code == 201, made.text
    secret = made.json()["token"]
    listed = client.get("/api/v1/tokens", headers=bearer(secret)).json()
    assert listed["total"] == 1 and listed["items"][0]["prefix"] == made.json()["prefix"]
    assert "token" not in listed["items"][0]
    # a token cannot make tokens (a write one would otherwise outlive itself)
    _, writer = tokens.create_token(db=db, user=organiser, scope="write")
    db.commit()
    assert client.post("/api/v1/tokens", headers=bearer(writer), json={}).status_code == 403

    page = client.post("/account/tokens", data={"csrf_token": csrf, "name": "from the page",
                                                 "scope": "write", "expires_days": "30"})
    assert page.status_code == 201
    shown = page.text.split('<code id="new-token">')[1].split("</code>")[0]
    assert tokens.token_for(db=db, secret=shown).name == "from the page"
    assert shown not in client.get("/account/tokens").text  # shown once
    bad = client.post("/account/tokens", data={"csrf_token": csrf, "scope": "write",
                                                "expires_days": "99999"})
    assert bad.status_code == 422 and "A token lasts from 1 to 3650 days" in bad.text
    page_token = tokens.token_for(db=db, secret=shown)
    r = client.post(f"/account/tokens/{page_token.id}/revoke", data={"csrf_token": csrf},
                    follow_redirects=False)
    assert r.status_code == 303
    db.expire_all()
    assert tokens.token_for(db=db, secret=shown) is None
    r = client.delete(f"/api/v1/tokens/{made.json()['id']}", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 204
    assert client.get("/api/v1/tokens", headers=bearer(secret)).status_code == 401


def test_someone_elses_token_cannot_be_revoked(client, db, organiser, make_user):
    token, _ = tokens.create_token(db=db, user=organiser, scope="read")
    db.commit()
    email, password = make_user(Role.viewer)
    sign_in(client, email, password)
    csrf = csrf_of(client, "/account/tokens")
    assert client.delete(f"/api/v1/tokens/{token.id}",
                         headers={"X-CSRF-Token": csrf}).status_code == 404
    assert client.post(f"/account/tokens/{token.id}/revoke",
                       data={"csrf_token": csrf}).status_code == 403
    db.expire_all()
    assert db.get(ApiToken, token.id).revoked_at is None


def test_the_cli_contract(database_url, engine, monkeypatch, tmp_path):
    """`gyoryu token create EMAIL --scope write` prints the token alone on its last line; it works
    against the API at once; `token list` shows it; `token revoke` ends it."""
    from fastapi.testclient import TestClient
    from sqlalchemy import delete
    from typer.testing import CliRunner

    from gyoryu import db as dbmod
    from gyoryu.cli import app as cli
    from gyoryu.config import Settings, get_settings
    from gyoryu.web.app import create_app

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        made = CliRunner().invoke(cli, ["token", "create", "admin@gyoryu.local", "--scope", "write",
                                        "--expires-days", "2", "--name", "cli test"])
        assert made.exit_code == 0, made.output
        secret = made.stdout.strip().splitlines()[-1]
        assert secret.startswith("gyo_") and " " not in secret
        web = create_app(Settings(var_dir=tmp_path, secret_key="t"), database_url=database_url)
        with TestClient(web) as api:
            mine = api.get("/api/v1/tokens", headers=bearer(secret)).json()
            assert [t["name"] for t in mine["items"] if t["prefix"] == secret[:12]] == ["cli test"]
            listed = CliRunner().invoke(cli, ["token", "list", "--json"])
            [row] = [t for t in json.loads(listed.stdout) if t["prefix"] == secret[:12]]
            assert (row["scope"], row["owner"], row["live"]) == ("write", "admin@gyoryu.local", True)
            revoked = CliRunner().invoke(cli, ["token", "revoke", secret[:12]])
            assert revoked.exit_code == 0, revoked.output
            assert api.get("/api/v1/tokens", headers=bearer(secret)).status_code == 401
        web.state.engine.dispose()
        bad = CliRunner().invoke(cli, ["token", "create", "nobody@example.org", "--scope", "read"])
        assert bad.exit_code == 2
        assert CliRunner().invoke(cli, ["token", "create", "admin@gyoryu.local",
                                        "--scope", "admin"]).exit_code == 2
    finally:
        with engine.begin() as conn:
            conn.execute(delete(ApiToken).where(ApiToken.name == "cli test"))
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
