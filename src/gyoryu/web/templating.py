"""Jinja2 set-up: every page gets the reader's translator, the user and the CSRF token."""

from __future__ import annotations

from pathlib import Path

from babel import Locale
from fastapi import Request
from fastapi.templating import Jinja2Templates

from gyoryu.accounts.rules import allowed
from gyoryu.i18n import LOCALE_NAMES, Translator
from gyoryu.web.deps import csrf_token

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.globals["LOCALE_NAMES"] = LOCALE_NAMES
templates.env.globals["allowed"] = allowed  # the one rules table, for what a page offers
_BABEL = {"ko": Locale("ko"), "zh": Locale("zh", script="Hans"), "en": Locale("en")}


def country_name(code: str, locale: str) -> str:
    """'KR' as the reader names it: 대한민국 / 韩国 / South Korea (CLDR names via Babel)."""
    return _BABEL.get(locale, _BABEL["en"]).territories.get(code, code)


templates.env.globals["country_name"] = country_name


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
