"""Engine, sessions and the declarative base shared by every domain.

The transaction belongs to the edge (request, command, job): services only add and flush, and
the caller commits through `transaction()` so a failed import leaves nothing behind.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import DateTime, MetaData, create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from gyoryu.config import get_settings

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


MAX_ID = 2**31 - 1  # ids are INTEGER columns: anything outside 1..MAX_ID names no row


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


WRITES = "gyoryu_writes"
BEGIN_ATTEMPTS = 4  # each waits up to the 5 s busy timeout: writers queue for up to 20 s
GATE_WAIT = 60.0  # seconds a writer waits in the process's queue before trying SQLite anyway
HOLDS_GATE = "gyoryu_holds_write_gate"


class WriteQueue:
    """First come, first served among one process's SQLite writers. SQLite's own busy handler
    polls with growing sleeps, so under a burst an unlucky writer can wait far longer than the
    others; queueing in the process first hands the write lock over in arrival order, and the
    busy timeout is left to arbitrate between processes."""

    def __init__(self):
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Event] = deque()
        self._held = False

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            turn = threading.Event()
            self._waiting.append(turn)
        if turn.wait(timeout):
            return True
        with self._mutex:
            if turn in self._waiting:
                self._waiting.remove(turn)
                return False
        return True  # handed over between the timeout and the mutex

    def release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().set()  # the next writer owns it now
            else:
                self._held = False


def _begin_immediate(conn: Connection, queue: WriteQueue) -> None:
    """A writing transaction on SQLite takes the write lock at BEGIN. A deferred transaction
    that reads and then writes cannot wait for the lock (SQLite answers "database is locked" at
    once, as waiting could deadlock); taking it first makes concurrent writers queue instead,
    in the process's `WriteQueue` and then on the busy timeout, with a bounded retry."""
    if queue.acquire(GATE_WAIT):
        conn.info[HOLDS_GATE] = True
    try:
        for attempt in range(1, BEGIN_ATTEMPTS + 1):
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) or attempt == BEGIN_ATTEMPTS:
                    raise
                time.sleep(0.01 * attempt)
    except BaseException:
        _leave(conn.info, queue)
        raise


def _leave(info: dict, queue: WriteQueue) -> None:
    if info.pop(HOLDS_GATE, False):
        queue.release()


def will_write(session: Session) -> Session:
    """Declare, before its first statement, that the session's transaction writes (SQLite then
    begins it with BEGIN IMMEDIATE; PostgreSQL needs nothing)."""
    session.connection(execution_options={WRITES: True})
    return session


def _refuse_nul(_conn, _cursor, _statement, parameters, _context, _executemany) -> None:
    """PostgreSQL cannot store NUL in text and its driver fails on it mid-request; every
    statement's text parameters are checked first, so such input is a 400, on either database."""
    from gyoryu.errors import InvalidValue

    for params in (parameters if isinstance(parameters, list) else [parameters]):
        values = params.values() if isinstance(params, dict) else (params or ())
        for value in values:
            if isinstance(value, str) and "\x00" in value:
                raise InvalidValue("E214", value=value.replace("\x00", "")[:40], char="U+0000")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # as many connections as the server's worker threads (40): readers never wait for one
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               **({} if in_memory else {"pool_size": 10, "max_overflow": 40}))

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):
            # pysqlite's own implicit BEGIN breaks SAVEPOINTs; SQLAlchemy emits BEGIN itself.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=5000")
            cur.close()

        queue = WriteQueue()
        event.listen(engine, "before_cursor_execute", _refuse_nul)

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            if conn.get_execution_options().get(WRITES):
                _begin_immediate(conn, queue)
            else:
                conn.exec_driver_sql("BEGIN")

        # the transaction's end hands the queue on (checkin: a connection dropped mid-way)
        for name in ("commit", "rollback"):
            event.listen(engine, name, lambda conn: _leave(conn.info, queue))
        event.listen(engine.pool, "checkin", lambda _dbapi, record: _leave(record.info, queue))

        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _refuse_nul)
    return engine


@lru_cache
def get_engine(url: str | None = None) -> Engine:
    return make_engine(url or get_settings().resolved_database_url())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with session_factory(engine)() as session:
        with session.begin():
            will_write(session)
            yield session


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only connection that sees the whole database as of one moment, however long it
    reads and whatever others write meanwhile: REPEATABLE READ on PostgreSQL (as pg_dump
    reads), and on SQLite one deferred read transaction, whose first read fixes its view of the
    WAL until it ends."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            yield conn
