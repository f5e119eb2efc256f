"""A real `gyoryu places import` killed with SIGKILL while it writes leaves the database exactly
as it was: the import is one transaction, and a transaction nobody committed is not there.
Both backends."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import MetaData, select, text

from gyoryu.tabular import csv_bytes

ROWS = 6_000  # long enough to be writing for seconds on either database
DEADLINE = 300  # seconds to wait for the import to reach its writes (a bound, not an assertion)


def dump(engine) -> dict[str, list[str]]:
    """Every row of every table, as text, in a stable order."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t)))
                for t in meta.sorted_tables}


def writing(engine) -> bool:
    """Whether another connection holds a writing transaction: on PostgreSQL a backend with a
    transaction id (given at its first write), on SQLite the write lock (taken at the first
    write of a transaction begun as a read)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return bool(conn.execute(text(
                "select count(*) from pg_stat_activity where datname = current_database() "
                "and pid <> pg_backend_pid() and backend_xid is not null")).scalar())
    probe = sqlite3.connect(engine.url.database, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            return True
        raise
    finally:
        probe.close()


def test_sigkill_during_an_import_leaves_the_database_as_before(empty_engine, empty_url, tmp_path):
    path = tmp_path / "places.csv"
    header = ["key", "kind", "country", "name_ko", "name_en"]
    path.write_bytes(csv_bytes(header, ([f"kill-{i}", "city", "KR", f"킬시티{i}", f"=Kill City {i}"]
                                        for i in range(ROWS))))
    before = dump(empty_engine)
    gyoryu = Path(sys.executable).with_name("gyoryu")
    proc = subprocess.Popen([str(gyoryu), "places", "import", str(path)],
                            env=os.environ | {"GYORYU_DATABASE_URL": empty_url},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        started = time.monotonic()
        while not writing(empty_engine):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() - started < DEADLINE, "the import never started writing"
            time.sleep(0.05)
        time.sleep(1.0)  # let it write a good many rows
        assert proc.poll() is None, "the import finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    deadline = time.monotonic() + 30  # PostgreSQL ends the dead client's backend on its own
    while writing(empty_engine) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not writing(empty_engine)
    assert dump(empty_engine) == before
