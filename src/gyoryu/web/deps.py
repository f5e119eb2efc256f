"""Typed request dependencies: the database session (one transaction per request), the current
user (from the server-side session its cookie names, or from an API token under `/api/`), the reader's translator, CSRF
checking and permission requirements."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from pydantic import AfterValidator
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from gyoryu.accounts import sessions, tokens
from gyoryu.accounts.models import User
from gyoryu.accounts.rules import allowed
from gyoryu.db import MAX_ID, will_write
from gyoryu.errors import Forbidden, GyoryuError, InvalidValue, NotFound, Unauthorized
from gyoryu.i18n import LOCALES, Translator, negotiate

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class CommitFailed(GyoryuError):
    """The database refused the request's transaction at commit: nothing was saved."""

    def __init__(self, conflict: bool):
        self.status = 409 if conflict else 503
        super().__init__("E108")


def _row_id(value: int) -> int:
    if not 1 <= value <= MAX_ID:
        raise NotFound("E003", id=value)  # not a validation error: it answers 404, not 422
    return value


# Every /{…_id} of a page or the API: an id no row can have is an address that does not exist,
# answered 404 before it reaches the database (where PostgreSQL would fail on it).
Id = Annotated[int, AfterValidator(_row_id)]


def form_id(value, field) -> int:
    """An id posted in a form field (`field`: its label): given, a whole number, and one a row
    can have."""
    text = str(value or "").strip()
    if not text:
        raise InvalidValue("E516", field=field)
    if not text.isdigit():
        raise InvalidValue("E300", detail=f"'{text[:40]}'")
    return _row_id(int(text))


MAX_OFFSET = 1_000_000  # paging goes no further: a larger offset is a 422, not a database error
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Page = Annotated[int, Query(ge=1, le=MAX_OFFSET)]
FilterId = Annotated[int | None, Query(ge=1, le=MAX_ID)]  # an id in a query's filter


def get_db(request: Request) -> Iterator[Session]:
    """The request's unit of work: committed if the handler returns, rolled back if it raises.

    Used with `scope="function"`, the commit happens after the handler returns and *before* the
    response is sent, so a redirect never points at rows that are not yet visible, and a commit
    that fails becomes an error page instead of a "saved" answer. Unsafe methods declare that they
    write, so SQLite takes the write lock at BEGIN and concurrent writers queue.
    """
    session: Session = request.app.state.sessions()
    if request.method not in SAFE_METHODS:
        will_write(session)
    try:
        yield session
        try:
            session.commit()
        except SQLAlchemyError as exc:
            raise CommitFailed(isinstance(exc, IntegrityError)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


DbSession = Annotated[Session, Depends(get_db, scope="function")]


async def read_form(request: Request) -> FormData:
    """The posted form, read on the event loop (reading the body is I/O), so that the handler
    itself can be a plain function run in a worker thread: a handler that touches the database
    must never be `async`, or its waits (a lock, a slow query) stop every other request."""
    return await request.form()


PostedForm = Annotated[FormData, Depends(read_form)]


def bearer(request: Request) -> str | None:
    """The API token the request carries (`Authorization: Bearer …`, only under `/api/`)."""
    if not request.url.path.startswith("/api/"):
        return None
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _token_user(request: Request, db: Session, secret: str) -> User:
    """The token's owner: the session cookie is ignored, so CSRF has nothing to protect."""
    token = tokens.token_for(db=db, secret=secret)
    if token is None:
        raise Unauthorized("E110")
    route = request.scope.get("route")
    area = next(iter(getattr(route, "tags", None) or ()), None)
    tokens.check_reach(token, method=request.method, area=area)
    if request.method not in SAFE_METHODS:
        tokens.mark_used(token)
    request.state.api_token = token
    return token.user


def now(request: Request) -> datetime:
    """The app's clock (replaceable, so tests of waits and expiry need not sleep)."""
    return request.app.state.clock()


@lru_cache(maxsize=8)
def trusted_networks(listed: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """`GYORYU_TRUSTED_PROXIES` parsed: addresses and networks, commas or spaces between."""
    networks = []
    for item in listed.replace(",", " ").split():
        try:
            networks.append(ip_network(item, strict=False))
        except ValueError as exc:
            raise ValueError(f"GYORYU_TRUSTED_PROXIES: '{item}' is not an address or network") \
                from exc
    return tuple(networks)


def _is_trusted(address: str, networks) -> bool:
    try:
        ip = ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in networks)


def forwarded_client(peer: str | None, forwarded_for: str | None, listed: str) -> str | None:
    """The client's address: the peer's, unless the peer is a trusted proxy; then the nearest
    address in X-Forwarded-For that is not a trusted proxy (read from the right: everything left
    of it was written by whoever the proxy received, so it may be made up)."""
    networks = trusted_networks(listed)
    if not peer or not networks or not _is_trusted(peer, networks):
        return peer
    hops = [h.strip() for h in (forwarded_for or "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            try:
                return str(ip_address(hop))
            except ValueError:
                return peer  # a malformed hop from the proxy: fall back to what we know
    return hops[0] if hops else peer


def client_address(request: Request) -> str | None:
    """Where the request came from, for throttling and the session list. X-Forwarded-For is
    believed only from a peer that `GYORYU_TRUSTED_PROXIES` lists; from anyone else it is
    ignored, or a guesser could name a new address for every attempt."""
    peer = request.client.host if request.client else None
    settings = getattr(request.app.state, "settings", None)
    listed = getattr(settings, "trusted_proxies", "") or ""
    if not listed:
        return peer
    return forwarded_client(peer, ",".join(request.headers.getlist("x-forwarded-for")), listed)


def get_current_user(request: Request, db: DbSession) -> User | None:
    if (secret := bearer(request)) is not None:
        return _token_user(request, db, secret)
    row = sessions.session_for(db=db, secret=request.cookies.get(sessions.COOKIE),
                               now=now(request))
    request.state.web_session = row
    if row is None:
        return None
    if request.method not in SAFE_METHODS:
        sessions.touch(row, now(request))
    return row.user


def has_session(request: Request) -> bool:
    """Whether a live server-side session is behind the request (known once the current user
    has been looked up; before that, the session cookie is taken at its word). Error pages use
    it to offer signing in or asking for access."""
    if hasattr(request.state, "web_session"):
        return request.state.web_session is not None
    return sessions.COOKIE in request.cookies


CurrentUser = Annotated[User | None, Depends(get_current_user)]


def get_locale(request: Request) -> str:
    chosen = request.cookies.get("lang")
    if chosen in LOCALES:
        return chosen
    return negotiate(request.headers.get("accept-language"),
                     request.app.state.settings.default_locale)


def get_translator(locale: Annotated[str, Depends(get_locale)]) -> Translator:
    return Translator(locale)


T = Annotated[Translator, Depends(get_translator)]


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


class CsrfFailed(GyoryuError):
    def __init__(self):
        super().__init__("E107")


async def check_csrf(request: Request,
                     x_csrf_token: Annotated[str | None, Header()] = None) -> None:
    """Every unsafe request carries the session's token, in the form or in X-CSRF-Token; an API
    request with a bearer token needs none (no cookie speaks for it; the token is checked as the
    current user)."""
    if request.method in ("GET", "HEAD", "OPTIONS") or bearer(request) is not None:
        return
    sent = x_csrf_token
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        sent = form.get("csrf_token")
    expected = request.session.get("csrf")
    if not expected or not sent or not hmac.compare_digest(str(sent), expected):
        raise CsrfFailed()


Csrf = Depends(check_csrf)


def require(permission: str):
    """A dependency that lets the request through only if `permission` holds (no object)."""

    def _check(user: CurrentUser) -> User | None:
        if not allowed(permission, user):
            raise Forbidden()
        return user

    return Depends(_check)


def ensure(permission: str, user: User | None, obj=None) -> None:
    """The same check for rules about one object (`directory.edit_org` on this organisation)."""
    if not allowed(permission, user, obj):
        raise Forbidden()


