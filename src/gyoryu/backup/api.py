"""`GET /api/v1/backup`: the archive `gyoryu backup` writes, downloaded by an admin (the
accounts page links to it).

The archive is written to a temporary file from one snapshot of the database (through the
app's engine, not the request's session, whose transaction began before the snapshot could be
asked for), then streamed, so the download is consistent however long it takes to send.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from gyoryu.backup import rules as _rules  # noqa: F401  (registers backup.download)
from gyoryu.backup.service import backup
from gyoryu.db import snapshot
from gyoryu.web.deps import require

router = APIRouter(tags=["backup"])
CHUNK = 1024 * 1024


@router.get("/backup", dependencies=[require("backup.download")],
            response_class=StreamingResponse,
            responses={200: {"content": {"application/zip": {}},
                             "description": "The whole database as a gyoryu backup archive."}})
def download_backup(request: Request) -> StreamingResponse:
    """The whole database, uploaded documents and images included, as one zip archive that
    `gyoryu restore` reads into an empty SQLite or PostgreSQL database (admins only)."""
    file = tempfile.TemporaryFile()
    try:
        with snapshot(request.app.state.engine) as conn:
            backup(conn=conn, out=file)
        size = file.tell()
        file.seek(0)
    except BaseException:
        file.close()
        raise
    name = f"gyoryu-backup-{datetime.now(UTC):%Y%m%d-%H%M%S}.zip"
    return StreamingResponse(_chunks(file), media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Content-Length": str(size)})


def _chunks(file) -> Iterator[bytes]:
    with file:
        while chunk := file.read(CHUNK):
            yield chunk
