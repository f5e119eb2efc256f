"""An optional second factor for admins and organisers: a time-based code from an
authenticator app (RFC 6238, through pyotp), asked for after the right password.

Set up in two steps (a secret and its otpauth:// address are shown; a first code confirms the
app has it), which hands out ten one-time recovery codes, shown once and stored as hashes. Every
code is checked under the sign-in throttle, so a wrong one counts as a failed sign-in, and a
code is accepted once: its time step is kept, and only a later step passes after it (the update
that spends it is conditional, so two requests racing with one code cannot both pass).

The same functions serve the account page, the API (`/api/v1/account/totp…`) and the command
line (`gyoryu account totp status|disable EMAIL`, for someone who lost both app and codes).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

import pyotp
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from gyoryu.accounts import throttle
from gyoryu.accounts.models import RecoveryCode, TotpFactor, User
from gyoryu.accounts.rules import allowed
from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError

ISSUER = "gyoryu"
STEP = 30  # seconds a code lives (every app's default)
DRIFT = 1  # steps either side accepted: a phone's clock a little off, a code typed slowly
RECOVERY_CODES = 10
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
RECOVERY_LENGTH = 10  # 31^10 ≈ 2^49.5
PENDING = timedelta(minutes=5)  # how long a right password waits for its code at sign-in


class TotpError(GyoryuError):
    """A second-factor action refused; `field` names the form field for the API's error shape."""

    def __init__(self, code: str, *, status: int = 422, field: str | None = None, **params):
        self.status = status
        self.field = field
        super().__init__(code, **params)


def factor_of(*, db: Session, user: User) -> TotpFactor | None:
    return db.scalar(select(TotpFactor).where(TotpFactor.user_id == user.id))


def is_enabled(*, db: Session, user: User) -> bool:
    return db.scalar(select(TotpFactor.id).where(TotpFactor.user_id == user.id,
                                                 TotpFactor.confirmed_at.is_not(None))) is not None


def recovery_left(*, db: Session, user: User) -> int:
    return db.scalar(select(func.count()).select_from(RecoveryCode)
                     .where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)))


def uri_of(factor: TotpFactor, email: str) -> str:
    """The otpauth:// address an authenticator app reads (typed in, or as a QR code elsewhere)."""
    return pyotp.TOTP(factor.secret, interval=STEP).provisioning_uri(name=email,
                                                                     issuer_name=ISSUER)


def start(*, db: Session, user: User, now: datetime | None = None) -> TotpFactor:
    """A new secret waiting for its first code (replacing one that never got it)."""
    if not allowed("accounts.totp", user):
        raise TotpError("E154", status=403)
    existing = factor_of(db=db, user=user)
    if existing is not None:
        if existing.confirmed_at is not None:
            raise TotpError("E150", status=409)
        db.delete(existing)
        db.flush()
    factor = TotpFactor(user_id=user.id, secret=pyotp.random_base32(), created_at=now or utcnow())
    db.add(factor)
    db.flush()
    return factor


def _normal(code: str) -> str:
    return "".join(str(code or "").split()).replace("-", "").lower()[:40]


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code this is (within `DRIFT` of now), or None."""
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret, interval=STEP)
    current = int(now.timestamp()) // STEP
    for step in range(current - DRIFT, current + DRIFT + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def _spend_step(db: Session, factor: TotpFactor, step: int) -> bool:
    """Mark `step` used if no code of it or later has been: one statement, so of two requests
    with the same code only one changes the row."""
    spent = db.execute(update(TotpFactor)
                       .where(TotpFactor.id == factor.id,
                              or_(TotpFactor.last_step.is_(None), TotpFactor.last_step < step))
                       .values(last_step=step)
                       .execution_options(synchronize_session=False)).rowcount
    db.expire(factor)
    return spent == 1


def _recovery_hash(user_id: int, code: str) -> str:
    return hashlib.sha256(f"gyoryu.recovery:{user_id}:{code}".encode()).hexdigest()


def _new_recovery_codes(db: Session, user: User) -> list[str]:
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
        db.add(RecoveryCode(user_id=user.id, code_hash=_recovery_hash(user.id, raw)))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    db.flush()
    return codes


def confirm(*, db: Session, user: User, code: str, now: datetime | None = None) -> list[str]:
    """The first code from the app turns the factor on; returns the recovery codes (shown this
    once)."""
    now = now or utcnow()
    factor = factor_of(db=db, user=user)
    if factor is None or factor.confirmed_at is not None:
        raise TotpError("E150" if factor is not None else "E152", status=409)
    step = matching_step(factor.secret, _normal(code), now)
    if step is None or not _spend_step(db, factor, step):
        raise TotpError("E151", field="code")
    factor.confirmed_at = now
    db.flush()
    return _new_recovery_codes(db, user)


def use_code(*, db: Session, user: User, code: str, now: datetime | None = None) -> str | None:
    """Spend a code of the account's confirmed factor: 'totp' or 'recovery' if it was good, None
    if not (wrong, of a step already used, a recovery code already used)."""
    now = now or utcnow()
    factor = factor_of(db=db, user=user)
    if factor is None or factor.confirmed_at is None:
        return None
    code = _normal(code)
    step = matching_step(factor.secret, code, now)
    if step is not None:
        return "totp" if _spend_step(db, factor, step) else None
    if len(code) != RECOVERY_LENGTH:
        return None
    spent = db.execute(update(RecoveryCode)
                       .where(RecoveryCode.user_id == user.id,
                              RecoveryCode.code_hash == _recovery_hash(user.id, code),
                              RecoveryCode.used_at.is_(None))
                       .values(used_at=now).execution_options(synchronize_session=False)).rowcount
    return "recovery" if spent == 1 else None


def checked_code(*, db: Session, user: User, code: str, address: str | None,
                 now: datetime | None = None) -> str:
    """A code checked under the sign-in throttle (429 without checking while a wait lasts); a
    wrong one is recorded as a failed sign-in, so the edge must commit it (return the error)."""
    now = now or utcnow()
    throttle.check(db=db, email=user.email, address=address, now=now)
    kind = use_code(db=db, user=user, code=code, now=now)
    if kind is None:
        throttle.record(db=db, email=user.email, address=address, user=user, succeeded=False,
                        now=now, factor="code")
        raise TotpError("E151", status=400, field="code")
    return kind


def second_step(*, db: Session, user: User, code: str, address: str | None,
                now: datetime | None = None) -> str:
    """Sign-in's second step (after the right password): the code, then the sign-in counted as
    a success (which forgives earlier failures only now, not at the password)."""
    kind = checked_code(db=db, user=user, code=code, address=address, now=now)
    throttle.record(db=db, email=user.email, address=address, user=user, succeeded=True,
                    now=now)
    return kind


def renew_recovery_codes(*, db: Session, user: User, code: str, address: str | None = None,
                         now: datetime | None = None) -> list[str]:
    """Ten new recovery codes in place of the old ones (all of them, used or not), proved with
    a code like turning the factor off."""
    if not is_enabled(db=db, user=user):
        raise TotpError("E155", status=409)
    checked_code(db=db, user=user, code=code, address=address, now=now)
    return _new_recovery_codes(db, user)


def disable(*, db: Session, user: User, code: str | None, address: str | None = None,
            now: datetime | None = None, by_admin: bool = False) -> bool:
    """Turn the factor off: the owner proves it with a code (a stolen session alone cannot);
    the command line (`by_admin`) needs none, for an owner who lost app and codes. Returns
    whether there was a factor."""
    factor = factor_of(db=db, user=user)
    if not by_admin:
        if factor is None or factor.confirmed_at is None:
            raise TotpError("E155", status=409)
        checked_code(db=db, user=user, code=code or "", address=address, now=now)
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    if factor is not None:
        db.delete(factor)
    db.flush()
    return factor is not None


def pending_stamp(user: User) -> str:
    """Ties a sign-in waiting for its code to the password it was given with: a password changed
    in between voids it."""
    return hashlib.sha256(f"gyoryu.pending:{user.id}:{user.password_hash}".encode()).hexdigest()[:32]
