"""`/api/docs` needs nothing from outside the app: its page names only the app's own assets, they
answer, and its script runs under the page's `script-src 'self'`."""

from __future__ import annotations

import re


def test_the_docs_page_references_only_local_assets(client):
    r = client.get("/api/docs")
    assert r.status_code == 200
    assert "script-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs == ["/static/vendor/swagger-ui-5.35.0.css", "/static/vendor/swagger-ui-5.35.0-bundle.js",
                    "/static/api-docs.js"]
    assert "<script>" not in html  # no inline script
    assert "//" not in "".join(refs) and "cdn" not in html.lower()
    for ref in refs:
        asset = client.get(ref)
        assert asset.status_code == 200 and len(asset.content) > 100, ref
    assert client.get(re.search(r'data-openapi-url="([^"]+)"', html).group(1)).json()["info"]["title"] == "gyoryu"
    assert client.get("/static/vendor/swagger-ui-LICENSE.txt").status_code == 200
