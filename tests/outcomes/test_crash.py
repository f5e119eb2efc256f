"""An answer, an acceptance or a reminder e-mail lost to a crash is neither lost nor doubled.

Each time a real `gyoryu` process is stopped with SIGKILL in the middle of its transaction: the
test holds a lock the command needs before it can commit (PostgreSQL: the relation's row, or the
outbox table; SQLite: the database's write lock), waits until the process is inside its work,
kills it, and checks that nothing of it is left; then runs the command to the end, and again, and
checks that exactly one answer, one step, one acceptance and one e-mail per question exist.

These tests commit for real on the session's database of each backend, and clean up after.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from gyoryu.db import session_factory
from gyoryu.mail.delivery import deliver_pending
from gyoryu.mail.models import OutboxMessage
from gyoryu.outcomes.models import FollowUpAnswer, OutcomeStep, Suggestion
from tests.mail.conftest import mail_settings, smtp  # noqa: F401  (the in-process SMTP server)

pytestmark = pytest.mark.slow


def _env(database_url, tmp_path) -> dict:
    return {**os.environ, "GYORYU_DATABASE_URL": database_url, "GYORYU_VAR_DIR": str(tmp_path)}


def _gyoryu(*args) -> list[str]:
    return [sys.executable, "-c", "from gyoryu.cli import app; app()", *args]


@contextlib.contextmanager
def held(engine, database_url: str, backend: str, lock_sql: str):
    """Hold a lock the command needs to commit, until the block ends."""
    if backend == "sqlite":
        conn = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    with engine.connect() as conn:
        conn.begin()
        conn.execute(text(lock_sql))
        try:
            yield
        finally:
            conn.rollback()


def _inside(engine, backend: str, process: subprocess.Popen, database_url: str) -> bool:
    """Whether the process is inside its work: waiting on our lock (PostgreSQL), or holding the
    database file open (SQLite: it cannot commit while we hold the write lock)."""
    if backend == "postgresql":
        name = database_url.rsplit("/", 1)[1]
        with engine.connect() as c:
            return bool(c.execute(text(
                "select count(*) from pg_stat_activity where datname = :n and wait_event_type = 'Lock'"),
                {"n": name}).scalar())
    path = database_url.removeprefix("sqlite:///")
    fds = f"/proc/{process.pid}/fd"
    with contextlib.suppress(FileNotFoundError, ProcessLookupError):
        return any(os.readlink(os.path.join(fds, fd)) == path for fd in os.listdir(fds))
    return False


def kill_midway(engine, backend, database_url, env, args, lock_sql):
    with held(engine, database_url, backend, lock_sql):
        process = subprocess.Popen(_gyoryu(*args), env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not _inside(engine, backend, process, database_url):
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the command never reached the database"
            time.sleep(0.05)
        time.sleep(0.3)
        assert process.poll() is None, "the command finished while the lock was held"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _count(engine, stmt) -> int:
    with session_factory(engine)() as db:
        return db.scalar(stmt)


def test_an_answer_killed_midway_is_stored_once(engine, backend, database_url, tmp_path, committed):
    env = _env(database_url, tmp_path)
    args = ("outcome", "answer", "--token", committed["token"], "--follow-up", str(committed["follow_up"]),
            "--stage", "mou", "--today", "2026-12-04")
    kill_midway(engine, backend, database_url, env, args,
                f"select id from outcome where id = {committed['outcome']} for update")
    answers = select(func.count()).select_from(FollowUpAnswer)
    mou = select(func.count()).select_from(OutcomeStep).where(OutcomeStep.stage == "mou")
    assert (_count(engine, answers), _count(engine, mou)) == (0, 0)
    for _ in range(2):  # to the end, then once more: the same answer, nothing doubled
        done = subprocess.run(_gyoryu(*args), env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    assert (_count(engine, answers), _count(engine, mou)) == (1, 1)


def test_an_acceptance_killed_midway_is_recorded_once(engine, backend, database_url, tmp_path,
                                                       committed):
    env = _env(database_url, tmp_path)
    args = ("outcome", "accept", str(committed["suggestion"]))
    kill_midway(engine, backend, database_url, env, args,
                f"select id from outcome where id = {committed['outcome']} for update")
    accepted = select(func.count()).select_from(Suggestion).where(Suggestion.status == "accepted")
    mou = select(func.count()).select_from(OutcomeStep).where(OutcomeStep.stage == "mou")
    assert (_count(engine, accepted), _count(engine, mou)) == (0, 0)
    first = subprocess.run(_gyoryu(*args), env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(_gyoryu(*args), env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 2 and "already been decided" in again.stderr
    assert (_count(engine, accepted), _count(engine, mou)) == (1, 1)


def test_reminders_killed_midway_are_queued_and_sent_once(engine, backend, database_url, tmp_path,
                                                          committed, smtp, mail_settings):  # noqa: F811
    env = _env(database_url, tmp_path)
    args = ("outcome", "remind", "--today", "2026-12-04")
    kill_midway(engine, backend, database_url, env, args, "lock table mail_outbox in share mode")
    ours = OutboxMessage.dedupe_key.like("outcome-follow-up:%")
    assert _count(engine, select(func.count()).select_from(OutboxMessage).where(ours)) == 0
    for _ in range(2):
        done = subprocess.run(_gyoryu(*args), env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    # two participants, two rounds due by then (+7, +90): four questions, four messages
    assert _count(engine, select(func.count()).select_from(OutboxMessage).where(ours)) == 4
    deliver_pending(engine=engine, settings=mail_settings, limit=100)
    assert sorted(str(m["To"]) for m in smtp.messages) == [
        "4paradigm@crash.example", "4paradigm@crash.example",
        "nhn-cloud@crash.example", "nhn-cloud@crash.example"]
