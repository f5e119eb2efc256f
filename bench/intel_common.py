"""A throw-away database with the bundled directory, shared by the intel benchmarks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gyoryu.db import make_engine, session_factory
from gyoryu.intel.gazetteer import gazetteer_for
from gyoryu.setup import initialise

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "intel" / "gold"


def gazetteer(without: set[str] | None = None):
    """The bundled directory's gazetteer; `without` (name keys) drops every organisation one of
    whose names has such a key, so a gold set can be read as if the directory had never heard
    of its organisations: what open-class recognition finds on its own."""
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = make_engine(f"sqlite:///{path}")
    initialise(engine, admin=False)
    if without:
        _forget(engine, without)
    with session_factory(engine)() as db:
        return gazetteer_for(db)


def _forget(engine, keys: set[str]) -> None:
    from sqlalchemy import delete, select, update

    from gyoryu.directory.models import Affiliation, Organization, OrgName

    with session_factory(engine)() as db:
        ids = set(db.scalars(select(OrgName.org_id).where(OrgName.norm.in_(keys))))
        db.execute(update(Organization).where(Organization.parent_id.in_(ids)).values(parent_id=None))
        db.execute(delete(Affiliation).where(Affiliation.org_id.in_(ids)))
        db.execute(delete(OrgName).where(OrgName.org_id.in_(ids)))
        db.execute(delete(Organization).where(Organization.id.in_(ids)))
        db.commit()


def gold_items(folder: Path = GOLD):
    """(annotation, text) of a gold set: the original set, or `GOLD / "heldout"`. A file is named
    relative to its gold folder, or, when it lies outside the repository (the seeds in
    `../shared/seeds`), relative to the repository."""
    import json

    for item in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        path = Path(item["file"])
        path = REPO / path if path.parts[0] == ".." else folder / path
        yield item, path.read_text(encoding="utf-8")
