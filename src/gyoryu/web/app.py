"""The FastAPI application factory: one app serving pages, the JSON API and its OpenAPI."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from gyoryu import __version__
from gyoryu.config import Settings, get_settings
from gyoryu.db import get_engine, make_engine, session_factory, utcnow
from gyoryu.i18n import LOCALES
from gyoryu.web import errors, limits, versioning
from gyoryu.web.deps import trusted_networks
from gyoryu.web.security import SecurityHeaders

ROUTERS = (
    "gyoryu.accounts.api",
    "gyoryu.accounts.pages",
    "gyoryu.clusters.api",
    "gyoryu.clusters.pages",
    "gyoryu.catalogue.api",
    "gyoryu.catalogue.pages",
    "gyoryu.directory.api",
    "gyoryu.directory.pages",
    "gyoryu.fund.api",
    "gyoryu.fund.pages",
    "gyoryu.graph.api",
    "gyoryu.graph.pages",
    "gyoryu.intel.api",
    "gyoryu.intel.pages",
    "gyoryu.programs.api",
    "gyoryu.programs.pages",
    "gyoryu.outcomes.api",
    "gyoryu.outcomes.pages",
    "gyoryu.programs.link_api",
    "gyoryu.programs.link_pages",
    "gyoryu.programs.calendar_pages",
    "gyoryu.programs.grid_api",
    "gyoryu.programs.grid_pages",
    "gyoryu.programs.participant_api",
    "gyoryu.programs.staff_api",
    "gyoryu.programs.staff_pages",
    "gyoryu.web.api_docs",
    "gyoryu.research.api",
    "gyoryu.research.pages",
    "gyoryu.backup.api",
)


def _include(app: FastAPI, modules) -> None:
    """Page routers as they are; API routers under /api/v1 and their old /api aliases."""
    import importlib

    api = []
    for name in modules:
        router = importlib.import_module(name).router
        if versioning.is_api(name):
            api.append(router)
        else:
            app.include_router(router)
    versioning.mount(app, api)


def _build_routes(routes) -> None:
    """Have FastAPI prepare every route now. It does so lazily, on the event loop, for the first
    request that reaches a router, which then stalls every other request for a second or more
    (seen as /healthz waiting while the first import of a freshly started server began)."""
    for route in routes:
        if hasattr(route, "effective_candidates"):
            _build_routes(route.effective_candidates())
            route.effective_low_priority_routes()


def create_app(settings: Settings | None = None, database_url: str | None = None) -> FastAPI:
    settings = settings or get_settings()
    trusted_networks(settings.trusted_proxies)  # a mistyped GYORYU_TRUSTED_PROXIES stops the start
    engine = make_engine(database_url) if database_url else get_engine()
    app = FastAPI(title="gyoryu", version=__version__, docs_url=None,
                  openapi_url="/api/openapi.json", redoc_url=None)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.clock = utcnow  # tests move time forward without sleeping
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.resolved_secret_key(),
        session_cookie="gyoryu_session",
        same_site="lax",
        https_only=bool(settings.secure_cookies),
        max_age=14 * 24 * 3600,
    )
    app.add_middleware(SecurityHeaders, secure_cookies=settings.secure_cookies)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    _include(app, ROUTERS)

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/organizations")

    @app.get("/lang/{code}", include_in_schema=False)
    def switch_language(code: str, request: Request):
        back = request.headers.get("referer") or "/"
        response = RedirectResponse(back, status_code=303)
        if code in LOCALES:
            response.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="lax")
        return response

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True, "version": __version__}

    errors.install(app)
    limits.install(app)
    _build_routes(app.router.routes)
    return app
