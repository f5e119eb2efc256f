"""Schema migrations, run in code so `gyoryu init` needs no alembic.ini on the user's machine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    return cfg


def is_current(engine: Engine) -> bool:
    """Whether the database has every migration applied (False for an empty database)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    if not current:
        return False
    # a branch's base that others depend on is applied without being listed as a head
    applied = {rev.revision for rev in script.iterate_revisions(current, "base")}
    return set(script.get_heads()) <= applied


def upgrade(engine: Engine, target: str = "heads") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def revision(message: str, *, engine: Engine, branch_label: str | None = None,
             head: str = "head", depends_on: str | None = None) -> None:
    """Autogenerate a migration against `engine` (a database at the current heads)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True, head=head,
                         branch_label=branch_label, depends_on=depends_on)
