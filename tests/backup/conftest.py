"""Empty databases to restore into, of either kind, and the comparison of two databases' rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import MetaData, Text, cast, create_engine, inspect, select, text

from gyoryu.backup.values import kind_of
from tests.conftest import PG_ADMIN_URL, _pg_available
from tests.web.conftest import app, client, make_user  # noqa: F401  (web fixtures)


@pytest.fixture
def empty_database(tmp_path):
    """A factory: the URL of a new database with nothing in it ("sqlite" or "postgresql"),
    dropped after the test."""
    made = []

    def make(kind: str) -> str:
        if kind == "sqlite":
            return f"sqlite:///{tmp_path / f'restored-{uuid.uuid4().hex[:6]}.db'}"
        if not _pg_available():
            pytest.skip("PostgreSQL not reachable")
        name = f"gyoryu_restore_{uuid.uuid4().hex[:10]}"
        with create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    yield make
    if made:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _same(value):
    """A value as both databases can agree on it: instants in UTC (SQLite keeps UTC wall time
    without an offset), bytes as bytes."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def all_rows(conn) -> dict[str, list[tuple]]:
    """Every row of every table, in key order; JSON columns as their stored text, so SQL NULL
    and JSON null differ."""
    metadata = MetaData()
    metadata.reflect(bind=conn)
    rows = {}
    for table in metadata.sorted_tables:
        if table.name == "alembic_version":
            continue
        columns = [cast(c, Text).label(c.name) if kind_of(c.type) == "json" else c for c in table.columns]
        query = select(*columns).order_by(*table.primary_key.columns)
        rows[table.name] = [tuple(_same(v) for v in row) for row in conn.execute(query)]
    return rows


def table_names(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()
