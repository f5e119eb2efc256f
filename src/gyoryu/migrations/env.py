"""Alembic environment: the engine comes from the caller (gyoryu.migrate) or from settings."""

from alembic import context

from gyoryu import models_registry  # noqa: F401
from gyoryu.db import Base, get_engine

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=conn.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    with get_engine().begin() as conn:
        _run(conn)
