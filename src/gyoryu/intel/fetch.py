"""Fetching feeds and article pages over HTTP, defensively: a time limit on every request, a size
limit on every body (checked while reading, not trusted from headers), and only the content types
the caller can read. Every failure is a GyoryuError naming the address."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from gyoryu import __version__
from gyoryu.errors import GyoryuError

TIMEOUT = httpx.Timeout(15.0, connect=5.0)
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml", "application/x-rss+xml"})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes
    charset: str | None

    def text(self) -> str:
        """The body as text: the declared charset, else UTF-8, else the East Asian encodings."""
        for encoding in filter(None, (self.charset, "utf-8", "cp949", "gb18030")):
            try:
                return self.body.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
        raise GyoryuError("E421", url=self.url, reason="text in an unknown encoding")


def client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                        headers={"User-Agent": f"gyoryu/{__version__} (news reader)"})


def fetch(http: httpx.Client, url: str, *, accept: frozenset[str], limit: int = MAX_BYTES) -> Fetched:
    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise GyoryuError("E421", url=url, reason=f"HTTP {response.status_code}")
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in accept:
                raise GyoryuError("E422", url=url, type=ctype or "-", allowed=", ".join(sorted(accept)))
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise GyoryuError("E423", url=url, limit=limit)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise GyoryuError("E423", url=url, limit=limit)
            return Fetched(url=str(response.url), content_type=ctype, body=bytes(body),
                           charset=response.charset_encoding)
    except httpx.HTTPError as exc:
        raise GyoryuError("E421", url=url, reason=str(exc) or type(exc).__name__) from exc
