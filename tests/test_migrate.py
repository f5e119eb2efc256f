"""`is_current`, asked by every command before it starts, reads the migration files itself
instead of importing alembic: it must give alembic's answer."""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from gyoryu import migrate
from gyoryu.db import make_engine


def _alembic_is_current(engine) -> bool:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    applied = {rev.revision for rev in script.iterate_revisions(current, "base")} if current else set()
    return bool(current) and set(script.get_heads()) <= applied


def test_the_heads_are_alembics():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.heads() == set(script.get_heads())
    assert set(migrate.revision_graph()) == {rev.revision for rev in script.walk_revisions()}


def test_empty_partial_and_full_databases(tmp_path, engine):
    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert migrate.is_current(fresh) is False is _alembic_is_current(fresh)
    migrate.upgrade(fresh, "programs_0002")  # with what it depends on, short of the heads
    assert migrate.is_current(fresh) is False is _alembic_is_current(fresh)
    migrate.upgrade(fresh)
    assert migrate.is_current(fresh) is True is _alembic_is_current(fresh)
    fresh.dispose()
    assert migrate.is_current(engine) is True  # the session's database, each backend
