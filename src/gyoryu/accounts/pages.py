"""Sign-in and sign-out pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from gyoryu.accounts.service import authenticate
from gyoryu.errors import GyoryuError
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, T
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
    user = authenticate(db=db, email=email, password=password)
    if user is None:
        return render(request, "login.html", t, status_code=400, user=None, next=_safe_next(next),
                      error=GyoryuError("E105").message(t), email=email)
    request.session.clear()
    request.session["uid"] = user.id
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/", status_code=303)
