"""The client's address behind a proxy: X-Forwarded-For is believed only from a peer that
GYORYU_TRUSTED_PROXIES lists, so a guesser cannot dodge the per-address throttle by naming a new
address in every request, while a real reverse proxy's clients are told apart."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from gyoryu.accounts import throttle
from gyoryu.accounts.models import LoginAttempt
from gyoryu.config import Settings
from gyoryu.web.app import create_app
from gyoryu.web.deps import forwarded_client, trusted_networks
from tests.accounts.test_throttle import START, Clock
from tests.web.conftest import csrf_of

PROXY = "10.0.0.2"
GUESSER = "203.0.113.7"
CLIENT = "198.51.100.9"


@pytest.mark.parametrize(("peer", "xff", "listed", "expected"), [
    (GUESSER, CLIENT, "", GUESSER),  # nothing trusted: the header is ignored
    (GUESSER, CLIENT, "10.0.0.0/8", GUESSER),  # a peer that is not a listed proxy
    (PROXY, CLIENT, "10.0.0.0/8", CLIENT),
    (PROXY, f"6.6.6.6, {CLIENT}", "10.0.0.0/8", CLIENT),  # the left part is the client's own say
    (PROXY, f"{CLIENT}, 10.0.0.3", "10.0.0.0/8", CLIENT),  # two proxies in a row
    (PROXY, "", "10.0.0.0/8", PROXY),  # a proxy that sent no header
    (PROXY, "not-an-address", "10.0.0.0/8", PROXY),
    ("::1", "2001:db8::5", "::1, 127.0.0.1", "2001:db8::5"),
    ("testclient", CLIENT, "10.0.0.0/8", "testclient"),
])
def test_forwarded_for_is_believed_only_from_a_listed_proxy(peer, xff, listed, expected):
    assert forwarded_client(peer, xff, listed) == expected


def test_a_mistyped_proxy_list_stops_the_app_starting(tmp_path, database_url):
    with pytest.raises(ValueError, match="not an address"):
        trusted_networks("10.0.0.0/8, proxy.example")
    with pytest.raises(ValueError, match="GYORYU_TRUSTED_PROXIES"):
        create_app(Settings(var_dir=tmp_path, secret_key="x", trusted_proxies="10.0.0.300"),
                   database_url=database_url)


def _guess(app, peer: str, forwarded: str):
    with TestClient(app, client=(peer, 40000)) as c:
        c.cookies.set("lang", "en")
        return c.post("/login", data={"email": "someone@example.org", "password": "guess",
                                      "csrf_token": csrf_of(c)},
                      headers={"X-Forwarded-For": forwarded}, follow_redirects=False)


def _addresses(db) -> list[str]:
    return list(db.scalars(select(LoginAttempt.address)
                           .where(LoginAttempt.email == "someone@example.org")
                           .order_by(LoginAttempt.id)))


def _exhaust(db, address: str) -> None:
    for i in range(throttle.ADDRESS_FREE):
        throttle.record(db=db, email=f"other{i}@example.org", address=address, user=None,
                        succeeded=False, now=START)
    db.commit()


@pytest.fixture
def clock(app):
    app.state.clock = Clock()
    return app.state.clock


def test_without_trusted_proxies_the_header_cannot_dodge_the_address_throttle(app, db, clock):
    app.state.settings.trusted_proxies = ""
    _exhaust(db, GUESSER)
    refused = _guess(app, GUESSER, CLIENT)  # claims to be someone else: not believed
    assert refused.status_code == 429 and "Retry-After" in refused.headers
    assert _guess(app, CLIENT, GUESSER).status_code == 400  # the header does not blame others
    assert _addresses(db) == [CLIENT]


def test_behind_a_trusted_proxy_each_client_is_throttled_on_its_own(app, db, clock):
    app.state.settings.trusted_proxies = "10.0.0.0/8"
    _exhaust(db, CLIENT)
    assert _guess(app, PROXY, CLIENT).status_code == 429
    assert _guess(app, PROXY, f"{CLIENT}, 10.0.0.3").status_code == 429
    assert _guess(app, PROXY, "192.0.2.44").status_code == 400  # another client of the proxy
    # a client behind the proxy cannot make up its address either: the proxy appends the real one
    assert _guess(app, PROXY, f"192.0.2.99, {CLIENT}").status_code == 429
    # a peer outside the list speaks only for itself
    assert _guess(app, GUESSER, CLIENT).status_code == 400
    assert _addresses(db) == ["192.0.2.44", GUESSER]
