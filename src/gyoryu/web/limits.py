"""The request body limit: a request is refused (413) as soon as its Content-Length, or the
bytes it has sent so far, go over what its route takes (`gyoryu.uploads.body_limit`), before
the body is parsed or spooled anywhere. A refused upload never reaches its handler."""

from __future__ import annotations

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gyoryu import uploads
from gyoryu.i18n import Translator

BODILESS = ("GET", "HEAD", "OPTIONS")


class BodyTooLarge(HTTPException):
    """An HTTPException, so that FastAPI's body parsing passes it on instead of answering 400."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(status_code=413)


class BodyLimit:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in BODILESS:
            await self.app(scope, receive, send)
            return
        limit = uploads.body_limit(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length", b"")
        too_long = declared.isdigit() and int(declared) > limit
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            if too_long:  # refused before a byte of the body is read
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)


def install(app) -> None:
    from gyoryu.web import errors
    from gyoryu.web.deps import get_locale

    async def too_large(request: Request, exc: BodyTooLarge):
        t = Translator(get_locale(request))
        message = uploads.TooLarge("E312", limit=uploads.megabytes(exc.limit)).message(t)
        return errors.error_response(request, 413, message, code="too_large", t=t,
                                     headers={"Connection": "close"})

    app.add_middleware(BodyLimit)
    app.add_exception_handler(BodyTooLarge, too_large)
