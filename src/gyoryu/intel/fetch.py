"""Fetching feeds and article pages over HTTP, defensively: a time limit on every request, a size
limit on every body (checked while reading, not trusted from headers), only the content types
the caller can read, and only public addresses: a feed, or a link or redirect in it, that points at
the server's own network (127.0.0.1, 10.x, 169.254.169.254 — a cloud's metadata service) is
refused, so whoever may add a feed cannot make the server read what only it can reach. Every
failure is a GyoryuError naming the address.

What is checked is the address the name resolves to when the request is sent (every redirect
too); a name whose DNS answer changes between that check and the connection could still slip
through — closing that needs the connection itself pinned to the checked address."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

import httpx

from gyoryu import __version__
from gyoryu.config import get_settings
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


def client(*, private_networks: bool | None = None,
           transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """A client for feeds and pages; `private_networks` (default: the setting
    GYORYU_FETCH_PRIVATE_NETWORKS, off) lets it read addresses outside the public internet."""
    if private_networks is None:
        private_networks = get_settings().fetch_private_networks
    hooks = {} if private_networks else {"request": [_refuse_private]}
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                        headers={"User-Agent": f"gyoryu/{__version__} (news reader)"},
                        event_hooks=hooks, transport=transport)


def _refuse_private(request: httpx.Request) -> None:
    """Runs before every request httpx sends, redirects included."""
    host = request.url.host
    port = request.url.port or (443 if request.url.scheme == "https" else 80)
    try:
        answers = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise GyoryuError("E421", url=str(request.url), reason=f"unknown host '{host}'") from exc
    for *_, sockaddr in answers:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise GyoryuError("E427", url=str(request.url), address=str(address))


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
