"""Account actions shared by the CLI, the web and the first-run set-up."""

from __future__ import annotations

import secrets
from datetime import datetime
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.accounts import sessions, throttle, totp
from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User, WebSession
from gyoryu.accounts.passwords import hash_password, needs_rehash, verify_password
from gyoryu.errors import GyoryuError


def add_user(
    *,
    db: Session,
    email: str,
    password: str,
    role: Role = Role.viewer,
    display_name: str = "",
    organization_id: int | None = None,
) -> User:
    email = email.strip().lower()
    if "@" not in email:
        raise GyoryuError("E101", email=email)
    if len(password) < 8:
        raise GyoryuError("E102")
    if role == Role.member and organization_id is None:
        raise GyoryuError("E103")
    if db.scalar(select(User).where(User.email == email)):
        raise GyoryuError("E104", email=email)
    user = User(
        email=email,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name or email.split("@")[0],
        organization_id=organization_id,
    )
    db.add(user)
    db.flush()
    return user


def list_users(*, db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.id)))


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def authenticate(*, db: Session, email: str, password: str) -> User | None:
    """The user whose password this is, or None. An unknown or inactive address costs the same
    hash as a known one, so the answer's timing does not tell which addresses have accounts."""
    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        verify_password(_decoy_hash(), password)
        return None
    if not verify_password(user.password_hash, password) or not user.is_active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def sign_in(*, db: Session, email: str, password: str, address: str | None,
            now: datetime | None = None) -> User:
    """The account behind these credentials, after the throttle lets the attempt through
    (`throttle.Throttled`, 429, without checking the password, while a wait lasts). A failure
    is recorded before `E105` is raised: the edge must commit it (return the error, not raise).

    For an account with a second factor the right password is only the first step: nothing is
    recorded yet (a success would forgive the failures, and so let code guesses go on for ever);
    the caller asks for the code (`totp.second_step`), which records the sign-in."""
    throttle.check(db=db, email=email, address=address, now=now)
    user = authenticate(db=db, email=email, password=password)
    if user is not None and totp.is_enabled(db=db, user=user):
        return user
    owner = user or db.scalar(select(User).where(User.email == email.strip().lower()))
    throttle.record(db=db, email=email, address=address, user=owner, succeeded=user is not None,
                    now=now)
    if user is None:
        raise GyoryuError("E105")
    return user


def set_password(*, db: Session, user: User, new: str, keep: WebSession | None = None,
                 now: datetime | None = None) -> int:
    """Give `user` a new password and end every session but `keep` (a stolen session does not
    outlive the change); returns how many sessions were ended."""
    if len(new) < 8:
        raise InvalidPassword("E102", field="new_password")
    user.password_hash = hash_password(new)
    db.flush()
    return sessions.end_sessions(db=db, user=user, keep=keep, now=now)


def change_password(*, db: Session, user: User, current: str, new: str,
                    keep: WebSession | None = None, address: str | None = None,
                    now: datetime | None = None) -> int:
    """The owner's own change: the current password is checked under the sign-in throttle (it is
    as good an oracle for guessing as the sign-in form), a wrong one counted as a failed sign-in.
    Like `sign_in`, a failure is recorded before raising: the edge must commit it."""
    throttle.check(db=db, email=user.email, address=address, now=now)
    if not verify_password(user.password_hash, current):
        throttle.record(db=db, email=user.email, address=address, user=user, succeeded=False,
                        now=now)
        raise InvalidPassword("E119", field="current_password", status=400)
    return set_password(db=db, user=user, new=new, keep=keep, now=now)


class InvalidPassword(GyoryuError):
    """A password field is wrong (`field` names it for the API's error shape)."""

    def __init__(self, code: str, *, field: str, status: int = 422, **params):
        self.field = field
        self.status = status
        super().__init__(code, **params)


def ensure_first_admin(*, db: Session, email: str = "admin@gyoryu.local") -> str | None:
    """Create the first admin on an empty user table; returns its one-time password."""
    if db.scalar(select(User.id).limit(1)) is not None:
        return None
    password = secrets.token_urlsafe(12)
    add_user(db=db, email=email, password=password, role=Role.admin, display_name="Admin")
    return password
