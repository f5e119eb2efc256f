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


@pytest.fixture
def gaz(db):
    """The bundled directory's gazetteer, for probes of what the pipeline finds and links."""
    from gyoryu.intel.gazetteer import gazetteer_for

    return gazetteer_for(db)


def linked(gaz, text: str) -> dict[str, str]:
    """mention → directory key of every linked organisation the pipeline finds in `text`."""
    from gyoryu.intel.pipeline import pipeline_for

    doc = pipeline_for(gaz)(text)
    return {o.mention: gaz.orgs[o.entity_id].key for o in doc.orgs if o.entity_id is not None}


def zone_places(gaz, text: str, mention: str) -> list[str]:
    """The place keys the directory holds for a zone `mention` that the pipeline finds in `text`
    as an organisation of the story, not as a place (a zone named by its head, 青岛高新区)."""
    from gyoryu.directory.normalize import name_key
    from gyoryu.intel.enums import EntityKind
    from gyoryu.intel.pipeline import pipeline_for

    doc = pipeline_for(gaz)(text)
    assert mention in {o.mention for o in doc.orgs}
    assert mention not in {p.mention for p in doc.places}
    return [gaz.places[i].key for k, i in gaz.entities(name_key(mention)) if k == EntityKind.place]
