"""`/api/docs`: Swagger UI from the app's own static files (`static/vendor/`), never a CDN, so the
API documentation works offline and loads as fast in mainland China as the site does.

FastAPI's `get_swagger_ui_html` starts Swagger UI with an inline script, which a
Content-Security-Policy of `script-src 'self'` refuses; this page loads the same assets and
starts them from `static/api-docs.js`, and states that policy itself.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter()

SWAGGER_JS = "/static/vendor/swagger-ui-5.35.0-bundle.js"
SWAGGER_CSS = "/static/vendor/swagger-ui-5.35.0.css"
INIT_JS = "/static/api-docs.js"
# Swagger UI draws with inline style attributes and shows its own SVG data images.
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          "frame-ancestors 'none'")


@router.get("/api/docs", include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    title = escape(f"{request.app.title} API")
    openapi = escape(request.app.openapi_url or "/api/openapi.json")
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{SWAGGER_CSS}">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{openapi}"></div>
<script src="{SWAGGER_JS}"></script>
<script src="{INIT_JS}"></script>
</body>
</html>
"""
    return HTMLResponse(page, headers={"Content-Security-Policy": POLICY})
