"""Schema migrations, run in code so `gyoryu init` needs no alembic.ini on the user's machine."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    return cfg


def is_current(engine: Engine) -> bool:
    """Whether the database has every migration applied (False for an empty database).

    Every command asks this before it starts, so it reads the migration files' headers itself
    instead of importing alembic (a third of a second on each call); a test holds it to
    alembic's own answer."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            current = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:  # no alembic_version table: never initialised
        return False
    return reaches_heads(current)


def reaches_heads(current: set[str]) -> bool:
    """Whether the revisions in `alembic_version` (`current`) have every migration applied
    (`gyoryu search` asks it over plain sqlite3)."""
    return bool(current) and heads() <= applied(current)


def applied(current: Iterable[str]) -> set[str]:
    """Every revision a database at `current` (its alembic_version rows) has applied: a
    branch's base that others depend on is applied without being listed as a head."""
    graph = revision_graph()
    done, todo = set(), list(current)
    while todo:
        rev = todo.pop()
        if rev not in done:
            done.add(rev)
            down, depends = graph.get(rev, ((), ()))
            todo.extend((*down, *depends))
    return done


def _listed(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value or ())


@cache
def revision_graph() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each migration's revision → (its down_revisions, what it depends_on), read from the
    files' module-level assignments."""
    graph = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id in ("revision", "down_revision", "depends_on")):
                values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" in values:
            graph[values["revision"]] = (_listed(values.get("down_revision")),
                                         _listed(values.get("depends_on")))
    return graph


def heads() -> set[str]:
    """Revisions no other revision continues (as its down_revision): alembic's heads."""
    graph = revision_graph()
    continued = {down for downs, _ in graph.values() for down in downs}
    return set(graph) - continued


def upgrade(engine: Engine, target: str = "heads") -> None:
    with engine.begin() as conn:
        upgrade_in(conn, [target])


def upgrade_in(conn: Connection, targets: Iterable[str]) -> None:
    """Upgrade to each target in turn inside the caller's transaction (a restore creates the
    schema and the rows in one)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    for target in targets:
        command.upgrade(cfg, target)


def revision(message: str, *, engine: Engine, branch_label: str | None = None,
             head: str = "head", depends_on: str | None = None) -> None:
    """Autogenerate a migration against `engine` (a database at the current heads)."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True, head=head,
                         branch_label=branch_label, depends_on=depends_on)
