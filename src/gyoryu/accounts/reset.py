"""Password reset by a one-time link sent through the mail outbox: asked for from the sign-in
page (or the API), used once and within an hour, and it ends every session of the account and
revokes its personal API tokens (whoever knew the old password may have made both).

Asking answers the same whether or not the address has an account, and a second request within
`QUIET` of a live link sends nothing more, so the form can neither reveal accounts nor flood a
mailbox."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.accounts import tokens
from gyoryu.accounts.models import PasswordReset, User
from gyoryu.accounts.service import set_password
from gyoryu.accounts.tokens import aware
from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError
from gyoryu.i18n import Translator
from gyoryu.mail.service import enqueue

LIFETIME = timedelta(hours=1)
QUIET = timedelta(minutes=10)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def link_of(secret: str, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/password/reset/{secret}"


def request_reset(*, db: Session, email: str, base_url: str, locale: str | None = None,
                  now: datetime | None = None) -> PasswordReset | None:
    """Mail a reset link to `email` if an active account has it; None (and nothing sent)
    otherwise, or while a link sent less than `QUIET` ago is still live."""
    now = now or utcnow()
    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.is_active:
        return None
    recent = db.scalar(select(PasswordReset).where(
        PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None),
        PasswordReset.created_at > now - QUIET).limit(1))
    if recent is not None:
        return None
    secret = secrets.token_urlsafe(32)
    row = PasswordReset(user_id=user.id, secret_hash=_digest(secret), created_at=now,
                        expires_at=now + LIFETIME)
    db.add(row)
    db.flush()
    t = Translator(user.locale or locale or "en")
    enqueue(db=db, to=user.email, locale=t.locale,
            subject=t.gettext("Set a new password for gyoryu"),
            body=t.gettext(
                "Hello,\n\nSomeone (we hope you) asked to set a new password for {email}. Open "
                "this link within an hour to choose one; it works once:\n\n{link}\n\nIf you did "
                "not ask, ignore this message: your password stays as it is.\n",
                email=user.email, link=link_of(secret, base_url)))
    return row


def live_reset(*, db: Session, secret: str, now: datetime | None = None) -> PasswordReset:
    """The unused, unexpired reset this secret names; E121 for anything else."""
    now = now or utcnow()
    row = None
    if secret and len(secret) <= 100:
        row = db.scalar(select(PasswordReset).where(PasswordReset.secret_hash == _digest(secret)))
    if (row is None or row.used_at is not None or aware(row.expires_at) <= now
            or not row.user.is_active):
        raise GyoryuError("E121")
    return row


def reset_password(*, db: Session, secret: str, new: str, now: datetime | None = None) -> User:
    """Use the link: set the password, spend the link (and every other live one of the account),
    end every session and revoke every personal API token."""
    now = now or utcnow()
    row = live_reset(db=db, secret=secret, now=now)
    user = row.user
    set_password(db=db, user=user, new=new, now=now)
    for other in db.scalars(select(PasswordReset).where(PasswordReset.user_id == user.id,
                                                        PasswordReset.used_at.is_(None))):
        other.used_at = now
    tokens.revoke_tokens(db=db, user=user, now=now)
    db.flush()
    return user
