"""Typed request dependencies: the database session (one transaction per request), the current
user, the reader's translator, CSRF checking and permission requirements."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from gyoryu.accounts.models import User
from gyoryu.accounts.rules import allowed
from gyoryu.errors import Forbidden, GyoryuError
from gyoryu.i18n import LOCALES, Translator, negotiate


def get_db(request: Request) -> Iterator[Session]:
    """The request's unit of work: committed if the handler returns, rolled back if it raises.

    Scoped to the handler (`scope="function"`), so the commit happens before the response is
    sent: a client that was told "done" (a 303 after an answer) finds it stored, and a crash
    after the response cannot lose it. FastAPI's default scope would commit after sending."""
    session: Session = request.app.state.sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


DbSession = Annotated[Session, Depends(get_db, scope="function")]


def get_current_user(request: Request, db: DbSession) -> User | None:
    uid = request.session.get("uid")
    if uid is None:
        return None
    user = db.get(User, uid)
    return user if user is not None and user.is_active else None


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
    """Every unsafe request carries the session's token, in the form or in X-CSRF-Token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
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


