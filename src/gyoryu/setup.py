"""First-run set-up shared by `gyoryu init` and the test fixtures: schema, bundled data, admin."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from gyoryu.accounts.service import ensure_first_admin
from gyoryu.db import transaction
from gyoryu.directory import bundled
from gyoryu.migrate import upgrade


def initialise(engine: Engine, *, with_data: bool = True, admin: bool = True) -> dict:
    """Bring the schema to head, load the bundled directory, create the first admin once."""
    upgrade(engine)
    result: dict = {}
    with transaction(engine) as db:
        if with_data:
            result["loaded"] = bundled.load(db)
        if admin:
            result["admin_password"] = ensure_first_admin(db=db)
    return result
