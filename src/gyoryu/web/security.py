"""Security headers on every answer, and Secure cookies over HTTPS.

The policy allows only the app's own assets: scripts, styles, images, fonts and connections
from this origin, no inline script or style (page scripts live in `static/*.js`), no framing
by any site. A route that sets its own policy keeps it.

Cookies (the session, the language) are marked Secure whenever the request came over HTTPS
(`scheme` is https, which uvicorn's --proxy-headers also sets behind a proxy), unless
`GYORYU_SECURE_COOKIES` says otherwise: true marks them always, false never.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# worker-src: the graph's vendored ForceAtlas2 layout runs its own code in a worker made from a
# blob; only scripts already allowed (the app's own) can create one.
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
          "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp, secure_cookies: bool | None = None):
        self.app = app
        self.secure_cookies = secure_cookies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        secure = (self.secure_cookies if self.secure_cookies is not None
                  else scope.get("scheme") == "https")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if secure:
                    cookies = headers.getlist("set-cookie")
                    if cookies:
                        del headers["set-cookie"]
                        for cookie in cookies:
                            if "secure" not in cookie.lower().replace(" ", "").split(";"):
                                cookie += "; Secure"
                            headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, with_headers)
