"""A throw-away database with the bundled directory, shared by the intel benchmarks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gyoryu.db import make_engine, session_factory
from gyoryu.intel.gazetteer import gazetteer_for
from gyoryu.setup import initialise

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "intel" / "gold"


def gazetteer():
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = make_engine(f"sqlite:///{path}")
    initialise(engine, admin=False)
    with session_factory(engine)() as db:
        return gazetteer_for(db)


def gold_items(folder: Path = GOLD):
    """(annotation, text) of a gold set: the original set, or `GOLD / "heldout"`. A file is named
    relative to its gold folder, or, when it lies outside the repository (the seeds in
    `../shared/seeds`), relative to the repository."""
    import json

    for item in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        path = Path(item["file"])
        path = REPO / path if path.parts[0] == ".." else folder / path
        yield item, path.read_text(encoding="utf-8")
