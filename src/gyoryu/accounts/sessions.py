"""Server-side sessions: started at sign-in, listed on the account page, the API and
`gyoryu user sessions`, ended one by one, on sign-out, and all but the current one on a password
change. The cookie carries a 256-bit random secret; only its SHA-256 is stored (as for API
tokens, a plain hash is enough against guessing)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User, WebSession
from gyoryu.accounts.tokens import aware
from gyoryu.db import utcnow
from gyoryu.errors import Forbidden, NotFound

COOKIE = "gyoryu_sid"
LIFETIME = timedelta(days=14)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def start_session(*, db: Session, user: User, address: str | None = None, user_agent: str = "",
                  now: datetime | None = None) -> tuple[WebSession, str]:
    """A new session for `user` and the secret for its cookie (never stored)."""
    now = now or utcnow()
    secret = secrets.token_urlsafe(32)
    row = WebSession(user_id=user.id, secret_hash=_digest(secret), address=(address or None),
                     user_agent=(user_agent or "")[:200], created_at=now, last_seen_at=now,
                     expires_at=now + LIFETIME)
    db.add(row)
    db.flush()
    return row, secret


def is_live(row: WebSession, now: datetime | None = None) -> bool:
    return row.ended_at is None and aware(row.expires_at) > (now or utcnow())


def session_for(*, db: Session, secret: str | None, now: datetime | None = None) -> WebSession | None:
    """The live session this cookie names, of an active account; None for anything else."""
    if not secret or len(secret) > 100:
        return None
    row = db.scalar(select(WebSession).where(WebSession.secret_hash == _digest(secret)))
    if row is None or not is_live(row, now) or not row.user.is_active:
        return None
    return row


def sessions_of(*, db: Session, user: User, now: datetime | None = None) -> list[WebSession]:
    """The account's live sessions, most recently used first."""
    now = now or utcnow()
    rows = db.scalars(select(WebSession).where(WebSession.user_id == user.id,
                                               WebSession.ended_at.is_(None))
                      .order_by(WebSession.last_seen_at.desc(), WebSession.id.desc()))
    return [r for r in rows if is_live(r, now)]


def get_session(*, db: Session, session_id: int, actor: User | None) -> WebSession:
    """One session, for its owner or an admin (`actor=None`: the command line); anyone else is
    told it does not exist."""
    row = db.get(WebSession, session_id)
    if row is None or (actor is not None and actor.id != row.user_id
                       and actor.role != Role.admin):
        raise NotFound("E118", id=session_id)
    return row


def end_session(*, db: Session, session: WebSession, actor: User | None,
                now: datetime | None = None) -> WebSession:
    """Sign that browser out: its next request is anonymous."""
    if actor is not None and actor.id != session.user_id and actor.role != Role.admin:
        raise Forbidden()
    if session.ended_at is None:
        session.ended_at = now or utcnow()
        db.flush()
    return session


def end_sessions(*, db: Session, user: User, keep: WebSession | None = None,
                 now: datetime | None = None) -> int:
    """End every session of `user` but `keep` (a password change keeps the browser that made it);
    returns how many were ended."""
    stmt = (update(WebSession).where(WebSession.user_id == user.id, WebSession.ended_at.is_(None))
            .values(ended_at=now or utcnow()).execution_options(synchronize_session=False))
    if keep is not None:
        stmt = stmt.where(WebSession.id != keep.id)
    ended = db.execute(stmt).rowcount
    db.expire_all()
    return ended


def touch(session: WebSession, now: datetime | None = None) -> None:
    """Noted on requests that write anyway, so a page view never takes the write lock."""
    session.last_seen_at = now or utcnow()
