"""Every answer carries the security headers (a policy allowing only the app's own assets, no
framing, no sniffing, same-origin referrers); cookies are Secure when the request came over
HTTPS; pages have no inline scripts or event handlers for the policy to refuse."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gyoryu.web import security

TEMPLATES = Path(security.__file__).parent / "templates"


@pytest.mark.parametrize("path", ["/organizations", "/login", "/api/organizations",
                                  "/static/gyoryu.css", "/no-such-page"])
def test_every_answer_carries_the_security_headers(client, path):
    r = client.get(path)
    assert r.headers["content-security-policy"] == security.POLICY
    assert "frame-ancestors 'none'" in security.POLICY and "script-src 'self';" in security.POLICY
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"


def test_cookies_are_secure_over_https_only(app):
    with TestClient(app, base_url="https://testserver") as https:
        cookies = https.get("/login").headers.get_list("set-cookie")
        assert cookies and all(c.endswith("; Secure") or "; secure" in c.lower()
                               for c in cookies)
        lang = https.get("/lang/en", follow_redirects=False).headers.get_list("set-cookie")
        assert lang and all("secure" in c.lower() for c in lang)
    with TestClient(app, base_url="http://testserver") as plain:
        cookies = plain.get("/login").headers.get_list("set-cookie")
        assert cookies and not any("secure" in c.lower() for c in cookies)


def test_templates_have_no_inline_scripts_or_handlers():
    pages = [p for p in TEMPLATES.rglob("*.html") if not p.name.endswith("_print.html")]
    inline = [str(p) for p in pages if re.search(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>",
                                                 p.read_text())]
    handlers = [str(p) for p in pages if re.search(r"\son[a-z]+\s*=", p.read_text())]
    styles = [str(p) for p in pages if re.search(r"\sstyle\s*=|<style", p.read_text())]
    assert (inline, handlers, styles) == ([], [], [])
