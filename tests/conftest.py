"""Shared fixtures: a real database per backend (SQLite file and PostgreSQL), migrated and loaded
with the bundled directory once per session, and a rollback around every test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from gyoryu.db import make_engine
from gyoryu.setup import initialise

PG_ADMIN_URL = os.environ.get("GYORYU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> bool:
    try:
        with create_engine(PG_ADMIN_URL).connect() as conn:
            conn.execute(text("select 1"))
        return True
    except Exception:
        return False


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request) -> str:
    if request.param == "postgresql" and not _pg_available():
        if os.environ.get("GYORYU_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required but not reachable at {PG_ADMIN_URL}")
        pytest.skip("PostgreSQL not reachable")
    return request.param


def new_database(backend: str, tmp_path_factory) -> Iterator[str]:
    """A fresh, empty database of the backend (its URL), dropped when the generator closes."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'gyoryu.db'}"
        return
    name = f"gyoryu_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    from gyoryu.directory.search_index import forget_indexes

    forget_indexes()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def database_url(backend, tmp_path_factory) -> Iterator[str]:
    """A fresh, empty database of the backend, dropped at the end."""
    yield from new_database(backend, tmp_path_factory)


@pytest.fixture(scope="session")
def engine(database_url) -> Iterator[Engine]:
    """Migrated, with the bundled directory and a first admin."""
    eng = make_engine(database_url)
    result = initialise(eng)
    eng.info = {"admin_password": result["admin_password"]}
    yield eng
    eng.dispose()


@pytest.fixture
def cli(database_url, monkeypatch, tmp_path):
    """The `gyoryu` command, in-process, on the test's database and a private var directory.

    `cli(*args, code=0, input=None)` checks the exit code and gives click's Result; the cached
    engine and settings are cleared on both sides so no other test's database leaks in.
    """
    from typer.testing import CliRunner

    from gyoryu import db as dbmod
    from gyoryu.cli import app
    from gyoryu.config import get_settings

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    monkeypatch.setenv("GYORYU_VAR_DIR", str(tmp_path))
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()

    def run(*args, code=0, input=None):
        result = CliRunner().invoke(app, [str(a) for a in args], input=input)
        assert result.exit_code == code, result.output
        return result

    yield run
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()


def cli_answer(result, args):
    """What a contract test reads: the JSON printed with --json, else the text."""
    import json

    return json.loads(result.stdout) if "--json" in args else result.output


@pytest.fixture
def connection(engine):
    """One connection whose outer transaction is rolled back after the test."""
    conn = engine.connect()
    outer = conn.begin()
    yield conn
    outer.rollback()
    conn.close()


@pytest.fixture
def db(connection) -> Iterator[Session]:
    """A session inside the test's transaction: commits become savepoints, nothing persists."""
    session = Session(bind=connection, join_transaction_mode="create_savepoint",
                      expire_on_commit=False)
    yield session
    session.close()
