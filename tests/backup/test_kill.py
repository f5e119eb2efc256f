"""A `gyoryu restore` killed with SIGKILL while it writes leaves the database as it was: empty,
and ready for the restore to be run again."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, select, text

from gyoryu.backup.service import backup
from gyoryu.db import make_engine
from gyoryu.mail.models import OutboxMessage
from tests.backup.conftest import table_names

ROWS = 25_000  # enough that the restore is still writing them when it is killed
PROGRESS = re.compile(rb"restore: mail_outbox (\d+)/(\d+)")


def _gyoryu(url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "GYORYU_DATABASE_URL": url}
    return subprocess.Popen([str(Path(sys.executable).with_name("gyoryu")), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _sessions(url: str) -> int:
    """Connections to the restored PostgreSQL database still open on the server."""
    name = url.rsplit("/", 1)[1]
    engine = make_engine(url.rsplit("/", 1)[0] + "/test")
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d"),
                               {"d": name})
    finally:
        engine.dispose()


def test_sigkill_during_a_restore_leaves_the_database_as_before(connection, backend, empty_database,
                                                                tmp_path):
    connection.execute(insert(OutboxMessage.__table__), [
        {"recipient": f"p{i}@example.org", "subject": f"교류 {i}", "body": "内容 " * 300}
        for i in range(ROWS)])
    path = tmp_path / "big.zip"
    with path.open("wb") as out:
        backup(conn=connection, out=out)
    url = empty_database(backend)

    restoring = _gyoryu(url, "restore", str(path))
    seen = []
    while line := restoring.stderr.readline():  # progress lines, one per batch written
        seen.append(line)
        written = PROGRESS.search(line)
        if written and 0 < int(written[1]) < int(written[2]):
            restoring.send_signal(signal.SIGKILL)  # rows are written, the transaction is open
            break
    assert restoring.wait() == -signal.SIGKILL, b"".join(seen).decode()
    assert b"restored" not in restoring.stdout.read()

    if backend == "postgresql":  # the server ends the dead client's transaction when it notices
        for _ in range(600):
            if _sessions(url) == 0:
                break
            time.sleep(0.1)
    assert table_names(url) == []  # as before: no schema, no rows

    again = _gyoryu(url, "restore", str(path), "--quiet")
    out, err = again.communicate()
    assert again.returncode == 0, err.decode()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            restored = conn.scalar(select(func.count()).select_from(OutboxMessage))
        assert restored == connection.scalar(select(func.count()).select_from(OutboxMessage))
    finally:
        engine.dispose()
