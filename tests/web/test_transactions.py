"""The request's transaction is committed before its response is sent: a client told "done"
(a 303 after a form, a 201) finds the write stored, and a crash after the response loses
nothing. (FastAPI ends a dependency with yield after the response unless it is scoped to the
handler.)"""

from __future__ import annotations

import asyncio
import uuid

from fastapi import APIRouter
from sqlalchemy import delete, select

from gyoryu.config import Settings
from gyoryu.db import transaction
from gyoryu.directory.models import Sector
from gyoryu.web.app import create_app
from gyoryu.web.deps import DbSession


def test_the_commit_comes_before_the_response(engine, database_url, tmp_path):
    key = f"probe-{uuid.uuid4().hex[:8]}"
    app = create_app(Settings(var_dir=tmp_path, secret_key="t"), database_url=database_url)
    probe = APIRouter()

    @probe.post("/_probe", status_code=201)
    def write(db: DbSession) -> dict:
        db.add(Sector(key=key, labels={"en": "probe"}))
        return {"ok": True}

    app.include_router(probe)
    seen: dict = {}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            seen["status"] = message["status"]
            with engine.connect() as conn:  # another connection: sees only what is committed
                seen["stored"] = conn.execute(select(Sector.id).where(Sector.key == key)).first() is not None

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/_probe", "raw_path": b"/_probe", "root_path": "",
             "query_string": b"", "headers": [(b"host", b"testserver")],
             "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    try:
        asyncio.run(app(scope, receive, send))
        assert seen == {"status": 201, "stored": True}
    finally:
        with transaction(engine) as db:
            db.execute(delete(Sector).where(Sector.key == key))
        app.state.engine.dispose()
