"""JSON API of accounts: the caller's own API tokens (an admin sees and revokes everyone's),
sessions and password."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from gyoryu.accounts import reset, sessions, tokens, totp
from gyoryu.accounts.enums import Role
from gyoryu.accounts.rules import allowed
from gyoryu.accounts.schemas import (
    PasswordChangeIn,
    RecoveryCodesOut,
    ResetIn,
    ResetRequestIn,
    SessionOut,
    TokenCreated,
    TokenIn,
    TokenOut,
    TotpCodeIn,
    TotpEnrolment,
    TotpStatus,
    session_out,
    token_out,
)
from gyoryu.accounts.service import change_password
from gyoryu.errors import Forbidden, GyoryuError, NotFound
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, client_address, now, require
from gyoryu.web.errors import error_response
from gyoryu.web.paging import Page, Paging

router = APIRouter(tags=["accounts"])


@router.get("/tokens", response_model=Page[TokenOut],
            dependencies=[require("accounts.own_tokens")])
def list_tokens(db: DbSession, user: CurrentUser, page: Paging) -> dict:
    """Your tokens, newest first (an admin's list holds every account's)."""
    mine = tokens.tokens_of(db=db, user=None if user.role == Role.admin else user)
    found = page.of(mine)
    found["items"] = [token_out(t) for t in found["items"]]
    return found


@router.post("/tokens", response_model=TokenCreated, status_code=201,
             dependencies=[Csrf, require("accounts.own_tokens")])
def create_token(request: Request, data: TokenIn, db: DbSession, user: CurrentUser) -> TokenOut:
    """A personal token; its secret is in this answer only. A token cannot make tokens, so a
    leaked one cannot outlive its own expiry."""
    if getattr(request.state, "api_token", None) is not None:
        raise Forbidden()
    token, secret = tokens.create_token(db=db, user=user, scope=data.scope, name=data.name,
                                        domains=data.domains, expires_days=data.expires_days)
    return token_out(token, secret=secret)


@router.delete("/tokens/{token_id}", status_code=204,
               dependencies=[Csrf, require("accounts.own_tokens")])
def revoke_token(token_id: Id, db: DbSession, user: CurrentUser) -> None:
    """Ends the token at once: its next request is answered 401."""
    token = tokens.get_token(db=db, token_id=token_id)
    if token.user_id != user.id and user.role != Role.admin:
        raise NotFound("E115", id=token_id)  # another's token: as if it did not exist
    tokens.revoke_token(db=db, token=token, actor=user)


@router.get("/sessions", response_model=Page[SessionOut],
            dependencies=[require("accounts.own_tokens")])
def list_sessions(request: Request, db: DbSession, user: CurrentUser, page: Paging) -> dict:
    """The browsers signed in to your account, most recently used first."""
    current = getattr(request.state, "web_session", None)
    found = page.of(sessions.sessions_of(db=db, user=user, now=now(request)))
    found["items"] = [session_out(r, current_id=current.id if current else None)
                      for r in found["items"]]
    return found


@router.delete("/sessions/{session_id}", status_code=204,
               dependencies=[Csrf, require("accounts.own_tokens")])
def end_session(request: Request, session_id: Id, db: DbSession, user: CurrentUser) -> None:
    """Signs that browser out at once: its next request is anonymous."""
    row = sessions.get_session(db=db, session_id=session_id, actor=user)
    sessions.end_session(db=db, session=row, actor=user, now=now(request))


@router.post("/account/password", status_code=204, response_class=Response,
             dependencies=[Csrf, require("accounts.own_tokens")],
             responses={400: {"description": "The current password is wrong (E119)."},
                        429: {"description": "Too many failed attempts: wait Retry-After."}})
def change_own_password(request: Request, data: PasswordChangeIn, db: DbSession, t: T,
                        user: CurrentUser):
    """Changes your password and ends your other sessions (all of them, called with a token).
    The current password is checked under the sign-in throttle."""
    try:
        change_password(db=db, user=user, current=data.current_password, new=data.new_password,
                        keep=getattr(request.state, "web_session", None),
                        address=client_address(request), now=now(request))
    except GyoryuError as exc:  # answered, not raised, so the failed attempt is committed
        return error_response(request, getattr(exc, "status", 400), exc.message(t),
                              code=exc.code, field=getattr(exc, "field", None), t=t,
                              headers=getattr(exc, "headers", None))
    return Response(status_code=204)


@router.post("/password/reset-request", status_code=202, response_class=Response)
def request_password_reset(request: Request, data: ResetRequestIn, db: DbSession, t: T):
    """Mails a one-time link (valid for an hour) to set a new password. Answered 202 whether or
    not the address has an account. No CSRF: it acts for nobody signed in."""
    reset.request_reset(db=db, email=data.email, base_url=request.app.state.settings.base_url,
                        locale=t.locale, now=now(request))
    return Response(status_code=202)


@router.post("/password/reset", status_code=204, response_class=Response,
             responses={400: {"description": "The link is unknown, used or expired (E121)."}})
def reset_password(request: Request, data: ResetIn, db: DbSession):
    """Sets the new password with the mailed link's secret (once); every session ends."""
    reset.reset_password(db=db, secret=data.token, new=data.new_password, now=now(request))
    return Response(status_code=204)


def _browser_only(request: Request) -> None:
    """A token cannot change the second factor: a leaked one could otherwise turn it off, or
    turn it on with the thief's app and lock the owner out."""
    if getattr(request.state, "api_token", None) is not None:
        raise totp.TotpError("E153", status=403)


@router.get("/account/totp", response_model=TotpStatus,
            dependencies=[require("accounts.own_tokens")])
def totp_status(db: DbSession, user: CurrentUser) -> TotpStatus:
    """Whether two-step sign-in is on for you, and how many recovery codes are left."""
    factor = totp.factor_of(db=db, user=user)
    return TotpStatus(enabled=factor is not None and factor.confirmed_at is not None,
                      pending=factor is not None and factor.confirmed_at is None,
                      allowed=allowed("accounts.totp", user),
                      confirmed_at=tokens.aware(factor.confirmed_at) if factor else None,
                      recovery_codes_left=totp.recovery_left(db=db, user=user))


@router.post("/account/totp", response_model=TotpEnrolment, status_code=201,
             dependencies=[Csrf, require("accounts.own_tokens")],
             responses={403: {"description": "Not an admin or organiser (E154), or called with "
                                             "a token (E153)."},
                        409: {"description": "Already on (E150)."}})
def totp_start(request: Request, db: DbSession, user: CurrentUser) -> TotpEnrolment:
    """Starts setting up two-step sign-in: a new secret for your authenticator app (a set-up
    that was never confirmed is replaced). Confirm it with a code."""
    _browser_only(request)
    factor = totp.start(db=db, user=user, now=now(request))
    return TotpEnrolment(secret=factor.secret, uri=totp.uri_of(factor, user.email))


@router.post("/account/totp/confirm", response_model=RecoveryCodesOut,
             dependencies=[Csrf, require("accounts.own_tokens")],
             responses={409: {"description": "Nothing waits for a code (E152) or already on "
                                             "(E150)."},
                        422: {"description": "The code is wrong (E151)."}})
def totp_confirm(request: Request, data: TotpCodeIn, db: DbSession,
                 user: CurrentUser) -> RecoveryCodesOut:
    """Turns two-step sign-in on with a first code from the app; the answer holds the ten
    recovery codes, never shown again."""
    _browser_only(request)
    return RecoveryCodesOut(recovery_codes=totp.confirm(db=db, user=user, code=data.code,
                                                        now=now(request)))


@router.post("/account/totp/recovery-codes", response_model=RecoveryCodesOut,
             dependencies=[Csrf, require("accounts.own_tokens")],
             responses={400: {"description": "The code is wrong (E151)."},
                        409: {"description": "Two-step sign-in is not on (E155)."},
                        429: {"description": "Too many failed attempts: wait Retry-After."}})
def totp_recovery_codes(request: Request, data: TotpCodeIn, db: DbSession, t: T,
                        user: CurrentUser):
    """Ten new recovery codes (in this answer only) in place of the old ones, proved with a code
    from the app or a recovery code."""
    _browser_only(request)
    try:
        codes = totp.renew_recovery_codes(db=db, user=user, code=data.code,
                                          address=client_address(request), now=now(request))
    except GyoryuError as exc:  # answered, not raised, so the failed attempt is committed
        return error_response(request, getattr(exc, "status", 400), exc.message(t),
                              code=exc.code, field=getattr(exc, "field", None), t=t,
                              headers=getattr(exc, "headers", None))
    return RecoveryCodesOut(recovery_codes=codes)


@router.post("/account/totp/disable", status_code=204, response_class=Response,
             dependencies=[Csrf, require("accounts.own_tokens")],
             responses={400: {"description": "The code is wrong (E151)."},
                        409: {"description": "Two-step sign-in is not on (E155)."},
                        429: {"description": "Too many failed attempts: wait Retry-After."}})
def totp_disable(request: Request, data: TotpCodeIn, db: DbSession, t: T, user: CurrentUser):
    """Turns two-step sign-in off, proved with a code from the app or a recovery code (checked
    under the sign-in throttle; a wrong one counts as a failed sign-in)."""
    _browser_only(request)
    try:
        totp.disable(db=db, user=user, code=data.code, address=client_address(request),
                     now=now(request))
    except GyoryuError as exc:  # answered, not raised, so the failed attempt is committed
        return error_response(request, getattr(exc, "status", 400), exc.message(t),
                              code=exc.code, field=getattr(exc, "field", None), t=t,
                              headers=getattr(exc, "headers", None))
    return Response(status_code=204)
