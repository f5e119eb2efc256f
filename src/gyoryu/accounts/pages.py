"""Sign-in, sign-out, the admin's account list and everyone's own API tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from gyoryu.accounts import throttle, tokens
from gyoryu.accounts.enums import Role, TokenScope
from gyoryu.accounts.service import add_user, list_users, sign_in
from gyoryu.directory.service import search_orgs
from gyoryu.errors import GyoryuError
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id, T, client_address, now, require
from gyoryu.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login")
def login_form(request: Request, t: T, user: CurrentUser, next: str = "/"):
    return render(request, "login.html", t, user=user, next=_safe_next(next), error=None)


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
    request.session.clear()
    request.session["uid"] = user.id
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/", status_code=303)


def _account_page(request: Request, db, t, user, *, status_code: int = 200, **extra):
    return render(request, "accounts/account.html", t, status_code=status_code, user=user,
                  failures=throttle.failed_attempts(db=db, user=user), aware=tokens.aware,
                  **extra)


@router.get("/account")
def account(request: Request, db: DbSession, t: T,
            user: Annotated[object, require("accounts.own_tokens")]):
    """The signed-in person's own account: recent failed sign-ins."""
    return _account_page(request, db, t, user)


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
