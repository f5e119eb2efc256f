"""Swagger UI at /api/docs in real Chromium with every request outside the app refused: it draws
the API from the app's own assets and its start-up script passes `script-src 'self'`."""

import pytest

pytestmark = pytest.mark.e2e


def test_the_api_docs_draw_offline_under_the_csp(browser_page, live_server):
    page = browser_page
    outside, refused = [], []
    page.route(lambda url: not url.startswith(live_server),
               lambda route: (outside.append(route.request.url), route.abort()))
    page.on("console", lambda msg: refused.append(msg.text)
            if "Content Security Policy" in msg.text else None)
    page.goto("/api/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "gyoryu" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-tag").count() > 3  # the API's sections are listed
    assert outside == [] and refused == []
