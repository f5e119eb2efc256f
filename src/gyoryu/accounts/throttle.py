"""Login throttling: failed sign-ins are kept in the database (so every worker sees them) and
each account, and each client address, waits longer after every failure past a threshold.

While a wait lasts, a sign-in is refused with 429 and Retry-After *before* the password is
checked, so guessing costs the attacker time and gives no answer. The count is keyed by the
address typed, not by the account, so an unknown address is throttled exactly like a known one
and the answers tell nothing about which accounts exist. Refused attempts are not counted, so an
attacker cannot push the owner's wait ever longer by hammering a locked account.

Attempts for one account are serialised from the check to the commit, so a burst of parallel
guesses cannot all be counted as "fewer than 5" before any failure is written: on PostgreSQL a
transaction-scoped advisory lock keyed by the address typed (taken in `check`, released by the
edge's commit or rollback); on SQLite the request's transaction already holds the database's
write lock from BEGIN IMMEDIATE (`db.will_write`, which every page POST declares). The
per-address count is not serialised (one NAT's many users would queue behind each other's
Argon2): under a burst it can be passed by at most the number of requests in flight.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from gyoryu.accounts.models import LoginAttempt, User
from gyoryu.accounts.tokens import aware
from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError

ACCOUNT_FREE = 5  # failures an account may have before the first wait
ADDRESS_FREE = 20  # a client address may mistype across several accounts (an office's NAT)
FIRST_WAIT = timedelta(minutes=1)  # doubled by every further failure …
MAX_WAIT = timedelta(minutes=15)  # … up to this
WINDOW = timedelta(hours=1)  # failures older than this are forgiven
KEEP = timedelta(days=30)  # how long attempts stay for the owner to see


class Throttled(GyoryuError):
    """Too many failed sign-ins: HTTP 429 with Retry-After."""

    status = 429

    def __init__(self, seconds: int):
        self.retry_after = max(1, seconds)
        self.headers = {"Retry-After": str(self.retry_after)}
        super().__init__("E117", seconds=self.retry_after)


def wait_after(failures: int, free: int) -> timedelta:
    """The wait owed after `failures` recent failures: none up to `free`, then 1, 2, 4 … minutes."""
    if failures < free:
        return timedelta(0)
    doublings = min(failures - free, 16)  # past the cap anyway; keeps the product small
    return min(FIRST_WAIT * 2 ** doublings, MAX_WAIT)


def _norm(email: str) -> str:
    return email.strip().lower()[:254]


def _since_last_success(db: Session, email: str, now: datetime) -> datetime:
    last_ok = db.scalar(select(func.max(LoginAttempt.at))
                        .where(LoginAttempt.email == email, LoginAttempt.succeeded.is_(True)))
    start = now - WINDOW
    return max(start, aware(last_ok)) if last_ok is not None else start


def _failures(db: Session, where, since: datetime) -> tuple[int, datetime | None]:
    count, last = db.execute(select(func.count(), func.max(LoginAttempt.at))
                             .where(where, LoginAttempt.succeeded.is_(False),
                                    LoginAttempt.at > since)).one()
    return count, aware(last)


def lock_key(email: str) -> int:
    """A signed 64-bit key for PostgreSQL's advisory locks, one per address typed."""
    digest = hashlib.sha256(b"gyoryu.sign-in:" + _norm(email).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def serialise(db: Session, email: str) -> None:
    """Hold this account's sign-in lock until the transaction ends (PostgreSQL; on SQLite the
    writing transaction already excludes every other writer)."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(email)})


def check(*, db: Session, email: str, address: str | None, now: datetime | None = None) -> None:
    """Raise `Throttled` if this account or this address must still wait. Takes the account's
    sign-in lock first, so the count read here stays true until this attempt is recorded and
    committed."""
    now = now or utcnow()
    email = _norm(email)
    serialise(db, email)
    owed = []
    count, last = _failures(db, LoginAttempt.email == email, _since_last_success(db, email, now))
    if last is not None:
        owed.append(last + wait_after(count, ACCOUNT_FREE) - now)
    if address:
        count, last = _failures(db, LoginAttempt.address == address, now - WINDOW)
        if last is not None:
            owed.append(last + wait_after(count, ADDRESS_FREE) - now)
    longest = max(owed, default=timedelta(0))
    if longest > timedelta(0):
        raise Throttled(int(longest.total_seconds() + 0.999))


def record(*, db: Session, email: str, address: str | None, user: User | None, succeeded: bool,
           now: datetime | None = None, factor: str | None = None) -> LoginAttempt:
    """Note an attempt (and forget those older than `KEEP`); `factor="code"`: a wrong
    second-factor code, typed after the right password."""
    now = now or utcnow()
    attempt = LoginAttempt(email=_norm(email), address=(address or "")[:64] or None,
                           user_id=user.id if user is not None else None, succeeded=succeeded,
                           at=now, factor=factor)
    db.add(attempt)
    db.execute(delete(LoginAttempt).where(LoginAttempt.at < now - KEEP))
    db.flush()
    return attempt


def failed_attempts(*, db: Session, user: User, limit: int = 20) -> list[LoginAttempt]:
    """The account's recent failed sign-ins, newest first, for its owner to see."""
    return list(db.scalars(select(LoginAttempt)
                           .where(LoginAttempt.email == user.email,
                                  LoginAttempt.succeeded.is_(False))
                           .order_by(LoginAttempt.at.desc(), LoginAttempt.id.desc())
                           .limit(limit)))
