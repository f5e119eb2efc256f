"""The site's own answers for every error: a page in the reader's language with a way forward,
or — under `/api/` — JSON in one shape, `{"error": {"code", "message", "field"}}` (`field` names
the invalid input, or is null), the message in the caller's language.

Covers the platform's own errors (`GyoryuError`, numbered in `gyoryu.errors`), Starlette's HTTP
errors (an unknown address, a wrong method), request validation (422) and anything unexpected
(500, logged with its traceback; the reader sees no internals).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from gyoryu.errors import Forbidden, GyoryuError, NotFound, Unauthorized
from gyoryu.i18n import N_, Translator
from gyoryu.web.deps import CommitFailed, CsrfFailed, bearer, get_locale, has_session
from gyoryu.web.templating import render

log = logging.getLogger(__name__)

STATUS = {Forbidden: 403, CsrfFailed: 403, NotFound: 404, Unauthorized: 401}  # any other GyoryuError: 400

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "conflict", 413: "too_large", 422: "invalid",
         429: "too_many_requests", 500: "server_error", 503: "unavailable"}
TITLES = {400: N_("The request could not be handled"), 401: N_("Not allowed"),
          403: N_("Not allowed"),
          404: N_("Page not found"), 405: N_("Not allowed"), 409: N_("Not saved"),
          413: N_("Too large"), 422: N_("Some input is not valid"),
          429: N_("Too many requests"), 500: N_("Something went wrong"),
          503: N_("Not saved")}
MESSAGES = {
    400: N_("The request could not be handled. Check what you sent and try again."),
    404: N_("There is nothing at this address. It may have been mistyped or removed."),
    405: N_("This address does not take {method} requests."),
    413: N_("What you sent is too large."),
    429: N_("Too many requests in a short time. Wait a moment and try again."),
    500: N_("Something went wrong on our side; it has been logged. Please try again later."),
}
# Pydantic's error types, in the reader's words
INPUT_ERRORS = {
    "missing": N_("{field} is required."),
    "int_parsing": N_("{field} must be a whole number."),
    "int_type": N_("{field} must be a whole number."),
    "float_parsing": N_("{field} must be a number."),
    "bool_parsing": N_("{field} must be true or false."),
    "date_from_datetime_parsing": N_("{field} must be a date (YYYY-MM-DD)."),
    "date_parsing": N_("{field} must be a date (YYYY-MM-DD)."),
    "enum": N_("{field} must be one of: {expected}."),
    "literal_error": N_("{field} must be one of: {expected}."),
    "greater_than_equal": N_("{field} must be at least {ge}."),
    "less_than_equal": N_("{field} must be at most {le}."),
    "greater_than": N_("{field} must be more than {gt}."),
    "less_than": N_("{field} must be less than {lt}."),
    "string_too_long": N_("{field} is too long (at most {max_length} characters)."),
    "string_too_short": N_("{field} is too short (at least {min_length} characters)."),
    "json_invalid": N_("The body is not valid JSON."),
    "model_attributes_type": N_("The body must be a JSON object."),
    "dict_type": N_("{field} must be an object."),
    "list_type": N_("{field} must be a list."),
    "string_type": N_("{field} must be text."),
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, *, code: str | None = None,
                   field: str | None = None, t: Translator | None = None, headers=None):
    t = t or Translator(get_locale(request))
    if wants_json(request):
        body = {"code": code or CODES.get(status, f"http_{status}"), "message": message,
                "field": field or None}
        return JSONResponse({"error": body}, status_code=status, headers=headers)
    title = t.gettext(TITLES.get(status, TITLES[400]))
    response = render(request, "error.html", t, status_code=status, status=status, title=title,
                      message=message, path=request.url.path,
                      signed_in=has_session(request))
    if headers:
        response.headers.update(headers)
    return response


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "form", "header")]
    return ".".join(parts) or ".".join(map(str, loc))


def input_message(error: dict, t: Translator) -> str:
    field = _field(error.get("loc", ()))
    ctx = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, (int, float, str))}
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, GyoryuError):
        return cause.message(t)
    template = INPUT_ERRORS.get(error.get("type", ""))
    if template is None:
        return f"{field}: {error.get('msg', '')}"
    try:
        return t.gettext(template, field=field, **ctx)
    except (KeyError, IndexError):
        return f"{field}: {error.get('msg', '')}"


def install(app: FastAPI) -> None:
    async def platform_error(request: Request, exc: GyoryuError):
        t = Translator(get_locale(request))
        if (isinstance(exc, (Forbidden, CsrfFailed)) and wants_json(request)
                and bearer(request) is None and not has_session(request)
                and getattr(request.state, "participant_id", None) is None):
            exc = Unauthorized()  # nobody is behind the API call: ask who, rather than refuse
        status = getattr(exc, "status", None) or STATUS.get(type(exc), 400)
        return error_response(request, status, exc.message(t), code=exc.code,
                              field=getattr(exc, "field", None), t=t,
                              headers=getattr(exc, "headers", None))

    async def http_error(request: Request, exc: HTTPException):
        t = Translator(get_locale(request))
        if exc.status_code == 405:
            message = t.gettext(MESSAGES[405], method=request.method)
        elif exc.status_code in MESSAGES:
            message = t.gettext(MESSAGES[exc.status_code])
        elif exc.status_code == 403:
            message = Forbidden().message(t)
        else:
            message = t.gettext(MESSAGES[400])
        return error_response(request, exc.status_code, message, t=t,
                              headers=getattr(exc, "headers", None))

    async def invalid_input(request: Request, exc: RequestValidationError | ValidationError):
        t = Translator(get_locale(request))
        errors = exc.errors()
        if not wants_json(request) and any(e.get("loc", ("",))[0] == "path" for e in errors):
            # /programs/abc is an address that does not exist, not a form to correct
            return error_response(request, 404, t.gettext(MESSAGES[404]), t=t)
        first = errors[0] if errors else {}
        message = " ".join(dict.fromkeys(input_message(e, t) for e in errors))
        cause = (first.get("ctx") or {}).get("error")
        return error_response(request, 422, message, t=t,
                              code=cause.code if isinstance(cause, GyoryuError) else None,
                              field=_field(first.get("loc", ())) if first else None)

    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        t = Translator(get_locale(request))
        return error_response(request, 500, t.gettext(MESSAGES[500]), t=t)

    for exc_type in (*STATUS, CommitFailed, GyoryuError):
        app.add_exception_handler(exc_type, platform_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_input)
    # A model a handler builds itself (a page's form, a row) refused by its bounded fields.
    app.add_exception_handler(ValidationError, invalid_input)
    app.add_exception_handler(Exception, unexpected)
