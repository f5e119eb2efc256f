"""Shapes of the accounts API: tokens (the secret appears only in the answer that made it)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from gyoryu.accounts.enums import TokenKind, TokenScope
from gyoryu.accounts.tokens import AREAS, DEFAULT_DAYS, MAX_DAYS, aware, is_live
from gyoryu.fields import Moment


class TokenIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"name": "nightly import", "scope": "write", "expires_days": 30,
                      "domains": ["directory"]}]})

    name: Annotated[str, Field(max_length=100)] = ""
    scope: TokenScope = TokenScope.read
    expires_days: Annotated[int, Field(ge=1, le=MAX_DAYS)] = DEFAULT_DAYS
    domains: Annotated[list[Annotated[str, Field(pattern="^(" + "|".join(AREAS) + ")$")]],
                       Field(max_length=len(AREAS))] = []


class TokenOut(BaseModel):
    id: int
    name: str
    kind: TokenKind
    scope: TokenScope
    domains: list[str] | None
    prefix: str = Field(description="The token's visible start, to tell tokens apart.")
    owner: str
    created_at: Moment
    expires_at: Moment
    last_used_at: Moment | None
    revoked_at: Moment | None
    live: bool


class TokenCreated(TokenOut):
    token: str = Field(description="The secret: shown in this answer only, never again.")


def token_out(token, *, secret: str | None = None) -> TokenOut:
    data = dict(id=token.id, name=token.name, kind=token.kind, scope=token.scope,
                domains=token.domains, prefix=token.prefix, owner=token.user.email,
                created_at=aware(token.created_at), expires_at=aware(token.expires_at),
                last_used_at=aware(token.last_used_at), revoked_at=aware(token.revoked_at),
                live=is_live(token))
    return TokenCreated(**data, token=secret) if secret else TokenOut(**data)


class SessionOut(BaseModel):
    """A browser signed in to the account (the cookie's secret is never shown)."""

    id: int
    address: str | None
    user_agent: str
    created_at: Moment
    last_seen_at: Moment
    expires_at: Moment
    current: bool = Field(description="Whether this is the session making the request.")


def session_out(row, *, current_id: int | None = None) -> SessionOut:
    return SessionOut(id=row.id, address=row.address, user_agent=row.user_agent,
                      created_at=aware(row.created_at), last_seen_at=aware(row.last_seen_at),
                      expires_at=aware(row.expires_at), current=row.id == current_id)


class PasswordChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"current_password": "old secret", "new_password": "a longer new secret"}]})

    current_password: Annotated[str, Field(max_length=1000)]
    new_password: Annotated[str, Field(min_length=8, max_length=1000)]


class ResetRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid",
                              json_schema_extra={"examples": [{"email": "kim@example.org"}]})

    email: Annotated[str, Field(max_length=254)]


class ResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"token": "the secret from the mailed link", "new_password": "a new secret"}]})

    token: Annotated[str, Field(max_length=100)]
    new_password: Annotated[str, Field(min_length=8, max_length=1000)]


class TotpStatus(BaseModel):
    """The caller's second factor."""

    enabled: bool = Field(description="Whether signing in asks for a code after the password.")
    pending: bool = Field(description="A set-up is waiting for its first code.")
    allowed: bool = Field(description="Whether this account may set one up (admins, organisers).")
    confirmed_at: Moment | None
    recovery_codes_left: int


class TotpEnrolment(BaseModel):
    """A new secret for the authenticator app; confirm it with a code to turn it on."""

    secret: str = Field(description="Base32, for typing into the app.")
    uri: str = Field(description="The otpauth:// address apps read (often as a QR code).")


class TotpCodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"code": "123456"}]})

    code: Annotated[str, Field(min_length=1, max_length=64,
                               description="6 digits from the app, or a recovery code.")]


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str] = Field(description="One-time codes, shown in this answer only.")
