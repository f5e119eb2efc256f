"""A second database per backend with the schema and the sector taxonomy but no directory
records: what an export is imported into to show that nothing was lost on the way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from gyoryu.db import make_engine, transaction
from gyoryu.directory.bundled import read_bundle
from gyoryu.directory.models import Sector
from gyoryu.setup import initialise
from tests.conftest import new_database


@pytest.fixture(scope="session")
def empty_url(backend, tmp_path_factory) -> Iterator[str]:
    yield from new_database(backend, tmp_path_factory)


@pytest.fixture(scope="session")
def empty_engine(empty_url) -> Iterator[Engine]:
    eng = make_engine(empty_url)
    initialise(eng, with_data=False)
    with transaction(eng) as db:  # the taxonomy is the platform's, not records that travel
        sectors = {s["key"]: Sector(key=s["key"], labels=s["labels"]) for s in read_bundle().sectors}
        db.add_all(sectors.values())
        db.flush()
        for s in read_bundle().sectors:
            sectors[s["key"]].parent = sectors.get(s.get("parent"))
    yield eng
    eng.dispose()
