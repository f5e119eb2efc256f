"""API tokens: made, listed and revoked by the same functions from the tokens page, the API and
`gyoryu token`, and checked on every `/api/` request that carries `Authorization: Bearer`.

A token is `gyo_<8 hex>_<43 random characters>`: 256 random bits, so the SHA-256 of the whole
token is a safe thing to store and look up (no salt or slow hash is needed against guessing).
The `gyo_<8 hex>` start is kept in clear so the owner can tell their tokens apart.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gyoryu.accounts.enums import Role, TokenKind, TokenScope
from gyoryu.accounts.models import ApiToken, User
from gyoryu.db import utcnow
from gyoryu.errors import Forbidden, GyoryuError, NotFound

PREFIX = "gyo_"
MAX_DAYS = 3650
DEFAULT_DAYS = 90
# the API's areas (the tags of its routes), which a token can be narrowed to
AREAS = ("accounts", "directory", "fund", "graph", "matching", "news", "outcomes", "programs")
READ_METHODS = ("GET", "HEAD", "OPTIONS")


class OutOfReach(GyoryuError):
    """The token is valid but does not cover this request (HTTP 403)."""

    status = 403


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; every time here is UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def create_token(*, db: Session, user: User, scope: str, name: str = "",
                 kind: str = TokenKind.personal, domains: list[str] | None = None,
                 expires_days: int = DEFAULT_DAYS) -> tuple[ApiToken, str]:
    """A new token for `user` and its secret, which is shown this once and never stored."""
    if scope not in TokenScope.__members__:
        raise GyoryuError("E113", value=scope)
    if not isinstance(expires_days, int) or not 1 <= expires_days <= MAX_DAYS:
        raise GyoryuError("E114", value=expires_days, max=MAX_DAYS)
    for area in domains or ():
        if area not in AREAS:
            raise GyoryuError("E116", value=area, allowed=", ".join(AREAS))
    prefix = PREFIX + secrets.token_hex(4)
    secret = f"{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken(user_id=user.id, name=name.strip()[:100], kind=TokenKind(kind), scope=scope,
                     domains=sorted(set(domains)) if domains else None, prefix=prefix,
                     secret_hash=_digest(secret),
                     expires_at=utcnow() + timedelta(days=expires_days))
    db.add(token)
    db.flush()
    return token, secret


def tokens_of(*, db: Session, user: User | None = None) -> list[ApiToken]:
    """A user's tokens, or every token (for the admin and the CLI), newest first."""
    stmt = select(ApiToken).order_by(ApiToken.id.desc())
    if user is not None:
        stmt = stmt.where(ApiToken.user_id == user.id)
    return list(db.scalars(stmt))


def get_token(*, db: Session, token_id: int) -> ApiToken:
    token = db.get(ApiToken, token_id)
    if token is None:
        raise NotFound("E115", id=token_id)
    return token


def revoke_token(*, db: Session, token: ApiToken, actor: User | None) -> ApiToken:
    """Its owner or an admin ends a token at once (`actor=None`: the command line)."""
    if actor is not None and actor.id != token.user_id and actor.role != Role.admin:
        raise Forbidden()
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        db.flush()
    return token


def revoke_tokens(*, db: Session, user: User, kind: str = TokenKind.personal,
                  now: datetime | None = None) -> int:
    """End every live token of `kind` that `user` holds (a password reset: whoever took over the
    account may have made some); returns how many. A service token stands for a partner
    system, not the person, and is left to the admin."""
    stmt = (update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.kind == kind,
                                   ApiToken.revoked_at.is_(None))
            .values(revoked_at=now or utcnow()).execution_options(synchronize_session=False))
    revoked = db.execute(stmt).rowcount
    db.expire_all()
    return revoked


def is_live(token: ApiToken) -> bool:
    return token.revoked_at is None and aware(token.expires_at) > utcnow()


def token_for(*, db: Session, secret: str) -> ApiToken | None:
    """The live token whose secret this is, of an active account; None for anything else."""
    if not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    token = db.scalar(select(ApiToken).where(ApiToken.secret_hash == _digest(secret)))
    if token is None or not is_live(token) or not token.user.is_active:
        return None
    return token


def check_reach(token: ApiToken, *, method: str, area: str | None) -> None:
    """A read token only reads; a token narrowed to some areas reaches only those."""
    if method not in READ_METHODS and token.scope != TokenScope.write:
        raise OutOfReach("E111")
    if token.domains and area not in token.domains:
        raise OutOfReach("E112", domain=area or "?", allowed=", ".join(token.domains))


def mark_used(token: ApiToken) -> None:
    """Noted on requests that write anyway, so a read never has to take the write lock."""
    token.last_used_at = utcnow()
