"""Sign-in, sign-out, the admin's account list and everyone's own API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from gyoryu.accounts import reset, sessions, throttle, tokens, totp
from gyoryu.accounts.enums import Role, TokenScope
from gyoryu.accounts.models import User
from gyoryu.accounts.rules import allowed
from gyoryu.accounts.service import add_user, change_password, list_users, sign_in
from gyoryu.directory.service import search_orgs
from gyoryu.errors import GyoryuError
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, client_address, now, require
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login")
def login_form(request: Request, t: T, user: CurrentUser, next: str = "/", reset: bool = False):
    return render(request, "login.html", t, user=user, next=_safe_next(next), error=None,
                  was_reset=reset)


@router.get("/password/forgot")
def forgot_form(request: Request, t: T, user: CurrentUser):
    return render(request, "accounts/forgot.html", t, user=user, sent=False, email="")


@router.post("/password/forgot", dependencies=[Csrf])
def forgot(request: Request, db: DbSession, t: T, user: CurrentUser,
           email: Annotated[str, Form(max_length=254)]):
    """The same answer whether or not the address has an account."""
    reset.request_reset(db=db, email=email, base_url=request.app.state.settings.base_url,
                        locale=t.locale, now=now(request))
    return render(request, "accounts/forgot.html", t, user=user, sent=True, email=email)


@router.get("/password/reset/{secret}")
def reset_form(secret: str, request: Request, db: DbSession, t: T, user: CurrentUser):
    try:
        reset.live_reset(db=db, secret=secret, now=now(request))
    except GyoryuError as exc:
        return render(request, "accounts/reset.html", t, status_code=400, user=user,
                      secret=None, error=exc.message(t))
    return render(request, "accounts/reset.html", t, user=user, secret=secret, error=None)


@router.post("/password/reset/{secret}", dependencies=[Csrf])
def reset_submit(secret: str, request: Request, db: DbSession, t: T, user: CurrentUser,
                 new_password: Annotated[str, Form()], repeat_password: Annotated[str, Form()]):
    """Sets the new password once; every session of the account ends, so sign in again."""
    try:
        if new_password != repeat_password:
            raise GyoryuError("E120")
        reset.reset_password(db=db, secret=secret, new=new_password, now=now(request))
    except GyoryuError as exc:
        db.rollback()
        usable = exc.code != "E121"
        return render(request, "accounts/reset.html", t, status_code=400 if not usable else 422,
                      user=user, secret=secret if usable else None, error=exc.message(t))
    response = RedirectResponse("/login?reset=1", status_code=303)
    response.delete_cookie(sessions.COOKIE)
    return response


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    db: DbSession,
    t: T,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
):
    try:
        user = sign_in(db=db, email=email, password=password, address=client_address(request),
                       now=now(request))
    except GyoryuError as exc:  # returned, not raised, so the failed attempt is committed
        response = render(request, "login.html", t, status_code=getattr(exc, "status", 400),
                          user=None, next=_safe_next(next), error=exc.message(t), email=email)
        response.headers.update(getattr(exc, "headers", None) or {})
        return response
    if totp.is_enabled(db=db, user=user):  # the right password; now the code
        request.session[PENDING] = {"user": user.id, "at": now(request).isoformat(),
                                    "stamp": totp.pending_stamp(user), "next": _safe_next(next)}
        return RedirectResponse("/login/code", status_code=303)
    return _signed_in(request, db, user, next)


def _signed_in(request: Request, db, user, next: str):
    """Start the browser's server-side session and send it on."""
    _end_current(request, db)
    request.session.clear()  # a new CSRF token for the signed-in browser
    _, secret = sessions.start_session(db=db, user=user, address=client_address(request),
                                       user_agent=request.headers.get("user-agent", ""),
                                       now=now(request))
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(sessions.COOKIE, secret, max_age=int(sessions.LIFETIME.total_seconds()),
                        httponly=True, samesite="lax",
                        secure=request.app.state.settings.secure_cookies)
    return response


PENDING = "pending_sign_in"  # in the signed session cookie: who gave the right password, when


def _pending(request: Request, db) -> tuple[object | None, str]:
    """The account whose right password was given less than `totp.PENDING` ago in this browser
    (and has not changed since), with where to go next; (None, "/") otherwise."""
    data = request.session.get(PENDING)
    if not isinstance(data, dict):
        return None, "/"
    try:
        at = datetime.fromisoformat(data["at"])
        user = db.get(User, int(data["user"]))
    except (KeyError, TypeError, ValueError):
        return None, "/"
    next_ = _safe_next(data.get("next"))
    if (user is None or not user.is_active or now(request) - at > totp.PENDING
            or data.get("stamp") != totp.pending_stamp(user)):
        return None, next_
    return user, next_


@router.get("/login/code")
def login_code_form(request: Request, db: DbSession, t: T):
    user, next_ = _pending(request, db)
    if user is None:
        return RedirectResponse(f"/login?next={quote(next_)}", status_code=303)
    return render(request, "accounts/login_code.html", t, user=None, error=None)


@router.post("/login/code", dependencies=[Csrf])
def login_code(request: Request, db: DbSession, t: T, code: Annotated[str, Form(max_length=64)]):
    """The second step: a code from the authenticator app, or a recovery code. A wrong one counts
    as a failed sign-in of the account (and is answered 429 once the throttle says wait)."""
    user, next_ = _pending(request, db)
    if user is None:
        request.session.pop(PENDING, None)
        return render(request, "login.html", t, status_code=400, user=None, next=next_,
                      error=GyoryuError("E156").message(t), was_reset=False)
    try:
        totp.second_step(db=db, user=user, code=code, address=client_address(request),
                         now=now(request))
    except GyoryuError as exc:  # returned, not raised, so the failed attempt is committed
        response = render(request, "accounts/login_code.html", t,
                          status_code=getattr(exc, "status", 400), user=None,
                          error=exc.message(t))
        response.headers.update(getattr(exc, "headers", None) or {})
        return response
    return _signed_in(request, db, user, next_)


def _end_current(request: Request, db) -> None:
    current = sessions.session_for(db=db, secret=request.cookies.get(sessions.COOKIE))
    if current is not None:
        sessions.end_session(db=db, session=current, actor=None, now=now(request))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request, db: DbSession):
    """Ends the server-side session, so a copy of the cookie is worth nothing afterwards."""
    _end_current(request, db)
    request.session.clear()
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(sessions.COOKIE)
    return response


def _account_page(request: Request, db, t, user, *, status_code: int = 200, **extra):
    current = getattr(request.state, "web_session", None)
    factor = totp.factor_of(db=db, user=user)
    return render(request, "accounts/account.html", t, status_code=status_code, user=user,
                  failures=throttle.failed_attempts(db=db, user=user), aware=tokens.aware,
                  sessions=sessions.sessions_of(db=db, user=user, now=now(request)),
                  current_id=current.id if current is not None else None,
                  totp_on=factor is not None and factor.confirmed_at is not None,
                  totp_may=allowed("accounts.totp", user),
                  recovery_left=totp.recovery_left(db=db, user=user), **extra)


def _totp_page(request: Request, db, t, user, *, status_code: int = 200, error=None,
               codes=None, renewed: bool = False):
    factor = totp.factor_of(db=db, user=user)
    pending = factor if factor is not None and factor.confirmed_at is None else None
    return render(request, "accounts/totp.html", t, status_code=status_code, user=user,
                  pending=pending, uri=totp.uri_of(pending, user.email) if pending else None,
                  error=error, codes=codes, renewed=renewed)


@router.get("/account/totp")
def totp_form(request: Request, db: DbSession, t: T,
              user: Annotated[object, require("accounts.own_tokens")]):
    """The set-up waiting for its first code (the secret is shown again until confirmed)."""
    if totp.factor_of(db=db, user=user) is None or totp.is_enabled(db=db, user=user):
        return RedirectResponse("/account#two-step", status_code=303)
    return _totp_page(request, db, t, user)


@router.post("/account/totp", dependencies=[Csrf])
def totp_start(request: Request, db: DbSession, t: T,
               user: Annotated[object, require("accounts.own_tokens")]):
    """A new secret for the authenticator app; two-step sign-in is on once a code confirms it."""
    try:
        totp.start(db=db, user=user, now=now(request))
    except GyoryuError as exc:
        db.rollback()
        return _account_page(request, db, t, user, status_code=getattr(exc, "status", 422),
                             totp_error=exc.message(t))
    return RedirectResponse("/account/totp", status_code=303)


@router.post("/account/totp/confirm", dependencies=[Csrf])
def totp_confirm(request: Request, db: DbSession, t: T,
                 user: Annotated[object, require("accounts.own_tokens")],
                 code: Annotated[str, Form(max_length=64)]):
    """The first code turns it on and shows the recovery codes, this once."""
    try:
        codes = totp.confirm(db=db, user=user, code=code, now=now(request))
    except GyoryuError as exc:
        db.rollback()
        return _totp_page(request, db, t, user, status_code=getattr(exc, "status", 422),
                          error=exc.message(t))
    return _totp_page(request, db, t, user, codes=codes)


@router.post("/account/totp/recovery", dependencies=[Csrf])
def totp_recovery(request: Request, db: DbSession, t: T,
                  user: Annotated[object, require("accounts.own_tokens")],
                  code: Annotated[str, Form(max_length=64)]):
    """Ten new recovery codes, shown once; the old ones stop working."""
    try:
        codes = totp.renew_recovery_codes(db=db, user=user, code=code,
                                          address=client_address(request), now=now(request))
    except GyoryuError as exc:  # returned, not raised: a wrong code is recorded
        response = _account_page(request, db, t, user, status_code=getattr(exc, "status", 422),
                                 totp_error=exc.message(t))
        response.headers.update(getattr(exc, "headers", None) or {})
        return response
    return _totp_page(request, db, t, user, codes=codes, renewed=True)


@router.post("/account/totp/disable", dependencies=[Csrf])
def totp_disable(request: Request, db: DbSession, t: T,
                 user: Annotated[object, require("accounts.own_tokens")],
                 code: Annotated[str, Form(max_length=64)]):
    """Turns two-step sign-in off, with a code (a session alone is not enough)."""
    try:
        totp.disable(db=db, user=user, code=code, address=client_address(request),
                     now=now(request))
    except GyoryuError as exc:  # returned, not raised: a wrong code is recorded
        response = _account_page(request, db, t, user, status_code=getattr(exc, "status", 422),
                                 totp_error=exc.message(t))
        response.headers.update(getattr(exc, "headers", None) or {})
        return response
    return RedirectResponse("/account?totp_off=1#two-step", status_code=303)


@router.get("/account")
def account(request: Request, db: DbSession, t: T,
            user: Annotated[object, require("accounts.own_tokens")], changed: bool = False,
            totp_off: bool = False):
    """The signed-in person's own account: where they are signed in, recent failed sign-ins,
    two-step sign-in."""
    return _account_page(request, db, t, user, changed=changed, totp_off=totp_off)


@router.post("/account/password", dependencies=[Csrf])
def password_change(
    request: Request, db: DbSession, t: T,
    user: Annotated[object, require("accounts.own_tokens")],
    current_password: Annotated[str, Form()],
    new_password: Annotated[str, Form()],
    repeat_password: Annotated[str, Form()],
):
    """Changes the password; this browser stays signed in, every other session ends."""
    try:
        if new_password != repeat_password:
            raise GyoryuError("E120")
        change_password(db=db, user=user, current=current_password, new=new_password,
                        keep=getattr(request.state, "web_session", None),
                        address=client_address(request), now=now(request))
    except GyoryuError as exc:  # returned, not raised: a wrong current password is recorded
        response = _account_page(request, db, t, user, status_code=getattr(exc, "status", 422),
                                 password_error=exc.message(t))
        response.headers.update(getattr(exc, "headers", None) or {})
        return response
    return RedirectResponse("/account?changed=1", status_code=303)


@router.post("/account/sessions/{session_id}/end", dependencies=[Csrf])
def session_end(request: Request, session_id: Id, db: DbSession,
                user: Annotated[object, require("accounts.own_tokens")]):
    row = sessions.get_session(db=db, session_id=session_id, actor=user)
    sessions.end_session(db=db, session=row, actor=user, now=now(request))
    return RedirectResponse("/account", status_code=303)


@router.get("/users")
def users(request: Request, db: DbSession, t: T,
          user: Annotated[object, require("accounts.manage")]):
    return render(request, "accounts/users.html", t, user=user, users=list_users(db=db),
                  roles=list(Role), errors={}, values={})


@router.post("/users", dependencies=[Csrf])
def create_user(
    request: Request, db: DbSession, t: T,
    user: Annotated[object, require("accounts.manage")],
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[Role, Form()],
    display_name: Annotated[str, Form()] = "",
    organization: Annotated[str, Form()] = "",
):
    values = {"email": email, "role": role, "display_name": display_name, "organization": organization}
    try:
        org_id = None
        if organization.strip():
            orgs, _ = search_orgs(db=db, q=organization, limit=1)
            if not orgs:
                raise GyoryuError("E211", value=organization)
            org_id = orgs[0].id
        add_user(db=db, email=email, password=password, role=role, display_name=display_name,
                 organization_id=org_id)
    except GyoryuError as exc:
        db.rollback()
        return render(request, "accounts/users.html", t, status_code=422, user=user,
                      users=list_users(db=db), roles=list(Role), values=values,
                      errors={"form": exc.message(t)})
    return RedirectResponse("/users", status_code=303)


def _tokens_page(request: Request, db, t, user, *, status_code: int = 200, created=None,
                 error: str | None = None, values: dict | None = None):
    listed = tokens.tokens_of(db=db, user=None if user.role == Role.admin else user)
    return render(request, "accounts/tokens.html", t, status_code=status_code, user=user,
                  tokens=listed, created=created, error=error, values=values or {},
                  scopes=list(TokenScope), areas=tokens.AREAS, is_live=tokens.is_live,
                  aware=tokens.aware, max_days=tokens.MAX_DAYS, default_days=tokens.DEFAULT_DAYS)


@router.get("/account/tokens")
def token_list(request: Request, db: DbSession, t: T,
               user: Annotated[object, require("accounts.own_tokens")]):
    return _tokens_page(request, db, t, user)


@router.post("/account/tokens", dependencies=[Csrf])
def token_create(
    request: Request, db: DbSession, t: T,
    user: Annotated[object, require("accounts.own_tokens")],
    scope: Annotated[str, Form()],
    name: Annotated[str, Form(max_length=100)] = "",
    expires_days: Annotated[str, Form()] = "",
    domains: Annotated[list[str], Form()] = [],  # noqa: B006  (FastAPI copies defaults)
):
    values = {"name": name, "scope": scope, "expires_days": expires_days, "domains": domains}
    try:
        days = int(expires_days) if expires_days.strip() else tokens.DEFAULT_DAYS
    except ValueError:
        days = expires_days
    try:
        token, secret = tokens.create_token(db=db, user=user, scope=scope, name=name,
                                            domains=domains, expires_days=days)
    except GyoryuError as exc:
        db.rollback()
        return _tokens_page(request, db, t, user, status_code=422, error=exc.message(t),
                            values=values)
    return _tokens_page(request, db, t, user, status_code=201, created=(token, secret))


@router.post("/account/tokens/{token_id}/revoke", dependencies=[Csrf])
def token_revoke(token_id: Id, db: DbSession,
                 user: Annotated[object, require("accounts.own_tokens")]):
    token = tokens.get_token(db=db, token_id=token_id)
    tokens.revoke_token(db=db, token=token, actor=user)
    return RedirectResponse("/account/tokens", status_code=303)
