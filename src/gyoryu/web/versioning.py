"""The JSON API's frame: every domain's `api` router served under `/api/v1` (documented in the
OpenAPI schema, with the one error shape) and, unchanged, under `/api` for the pages and scripts
written before the version (left out of the schema).

Each API route also resolves the caller, so a bearer token is checked on every route, even one
that does not otherwise ask who is calling.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from pydantic import BaseModel, Field

from gyoryu.web.deps import get_current_user

VERSION = "/api/v1"
LEGACY = "/api"


class ErrorBody(BaseModel):
    code: str = Field(examples=["E106"], description="A stable code: E… for the platform's own "
                      "errors (see gyoryu/errors.py), or the HTTP reason (`not_found`, `invalid`).")
    message: str = Field(examples=["You do not have permission to do this."],
                         description="What went wrong, in the caller's language "
                         "(Accept-Language or the `lang` cookie).")
    field: str | None = Field(default=None, examples=["names.en"],
                              description="The input at fault, when there is one.")


class ErrorOut(BaseModel):
    """Every error of the API has this shape."""

    error: ErrorBody


_ERR = {"model": ErrorOut}
ERRORS = {400: {**_ERR, "description": "Refused input"},
          401: {**_ERR, "description": "No valid token or session"},
          403: {**_ERR, "description": "Not allowed"},
          404: {**_ERR, "description": "Not found"},
          409: {**_ERR, "description": "Conflict: nothing saved"},
          413: {**_ERR, "description": "The request body is larger than this address takes"},
          422: {**_ERR, "description": "Invalid input"},
          429: {**_ERR, "description": "Too many requests"},
          503: {**_ERR, "description": "The database refused the change: nothing saved, try again"}}


def is_api(module_name: str) -> bool:
    """Domain modules named `api` (or `…_api`) hold JSON routers; the rest serve pages."""
    return module_name.rsplit(".", 1)[-1].endswith("api")


def mount(app: FastAPI, routers: list[APIRouter]) -> None:
    auth = [Depends(get_current_user)]
    for router in routers:
        doubled = [r.path for r in router.routes if getattr(r, "path", "").startswith(LEGACY + "/")]
        if doubled:  # a router that still says /api itself would be served at /api/v1/api/…
            raise RuntimeError(f"API routes must not start with {LEGACY}/ (mounted there): {doubled}")
    for router in routers:
        app.include_router(router, prefix=VERSION, dependencies=auth, responses=ERRORS)
    for router in routers:
        app.include_router(router, prefix=LEGACY, dependencies=auth, include_in_schema=False)
