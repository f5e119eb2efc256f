"""programs_0006: a program's single meeting day and table count become a meeting day and a
group of tables in hall "A" whose ids are the old tables' (0 … n − 1), on both databases."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from gyoryu import migrate
from gyoryu.db import make_engine
from gyoryu.programs import grid
from gyoryu.programs.models import Program
from tests.conftest import PG_ADMIN_URL


@pytest.fixture
def fresh(backend, tmp_path):
    if backend == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        yield engine
        engine.dispose()
        return
    name = f"gyoryu_migrate_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_single_meeting_day_becomes_the_grid(fresh):
    migrate.upgrade(fresh, "programs_0005_registration")
    program = sa.Table("program", sa.MetaData(), autoload_with=fresh)
    now = datetime(2026, 1, 1)
    common = dict(kind="summit", title={"en": "Old"}, description={}, currency="KRW",
                  registration_open=True, timezone="Asia/Seoul", day_start=540, day_end=1080,
                  lunch_start=720, lunch_end=780, created_at=now, updated_at=now,
                  starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13))
    with fresh.begin() as conn:
        conn.execute(program.insert(), [
            {**common, "key": "with-meetings", "meeting_on": date(2026, 5, 13),
             "meeting_start": 14 * 60, "meeting_minutes": 30, "meeting_slots": 3, "tables": 4},
            {**common, "key": "without", "meeting_on": None, "meeting_start": 840,
             "meeting_minutes": 20, "meeting_slots": 0, "tables": 10}])
        pid = conn.execute(sa.select(program.c.id).where(program.c.key == "with-meetings")).scalar()
        person = sa.Table("program_participant", sa.MetaData(), autoload_with=conn)
        conn.execute(person.insert(), [{
            "program_id": pid, "name": "Kim", "email": "kim@ex.org", "organization_name": "",
            "role": "", "interests": "", "locale": "ko", "status": "accepted", "paid": False,
            "token": "kim-token", "created_at": now}])
    migrate.upgrade(fresh)
    with fresh.connect() as conn:  # the program's rows stay (no table rebuild cascading to them)
        assert conn.execute(sa.text("SELECT name FROM program_participant")).scalars().all() == [
            "Kim"]
    with Session(fresh) as db:
        found = {p.key: p for p in db.scalars(sa.select(Program))}
        old = found["with-meetings"]
        assert grid.slot_keys(old) == ["2026-05-13T14:00", "2026-05-13T14:30",
                                       "2026-05-13T15:00"]
        assert [(g.hall, g.count, g.seats, g.first_table) for g in old.table_groups] == [
            ("A", 4, 2, 0)]
        assert [t["id"] for t in grid.table_entries(old)] == [0, 1, 2, 3]
        assert (found["without"].meeting_days, found["without"].table_groups) == ([], [])
    # And back: the first meeting day and the tables' count.
    from alembic import command

    cfg = migrate.alembic_config()
    with fresh.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "programs_0005_registration")
    with fresh.connect() as conn:
        row = conn.execute(sa.text("SELECT meeting_start, meeting_minutes, meeting_slots, tables "
                                   "FROM program WHERE key = 'with-meetings'")).one()
    assert tuple(row) == (14 * 60, 30, 3, 4)
