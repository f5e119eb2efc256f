"""Jinja2 set-up: every page gets the reader's translator, the user and the CSRF token."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from gyoryu.i18n import LOCALE_NAMES, Translator
from gyoryu.web.deps import csrf_token

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.globals["LOCALE_NAMES"] = LOCALE_NAMES


def render(request: Request, name: str, t: Translator, status_code: int = 200, **context):
    context.update(
        _=t.gettext,
        pgettext=t.pgettext,
        ngettext=t.ngettext,
        locale=t.locale,
        csrf_token=csrf_token(request),
        translator=t,
        user=context.get("user"),
    )
    return templates.TemplateResponse(request, name, context, status_code=status_code)
