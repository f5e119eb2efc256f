"""`gyoryu program seed` is idempotent: loading twice keeps the programs' ids and what people did
with them; only an explicit, confirmed `--reset --yes` rebuilds them."""

from __future__ import annotations

import json

import pytest

from gyoryu.db import transaction
from gyoryu.programs import itinerary, seeds, service
from gyoryu.programs.schemas import RegistrationIn


def test_loading_twice_keeps_ids_registrations_and_edits(db):
    first = seeds.load(db=db, time_limit=1)
    tour = first[1]
    person = service.register_participant(
        db=db, program=tour, force=True,
        data=RegistrationIn(name="Kim Minji", email="minji@ex.org", organization_name="Hancom"))
    tour.capacity = 31  # an organiser's edit
    db.flush()
    published = itinerary.published(db=db, program=tour).number

    again = seeds.load(db=db, time_limit=1)

    assert [p.id for p in again] == [p.id for p in first]
    assert service.get_participant(db=db, participant_id=person.id).email == "minji@ex.org"
    assert tour.capacity == 31
    assert itinerary.published(db=db, program=tour).number == published
    assert len(service.participants(db=db, program=first[0])) == 9


@pytest.fixture
def gyoryu(engine, cli):
    yield cli
    with transaction(engine) as db:
        seeds.reset(db=db)


def _ids(engine) -> dict[str, int]:
    with transaction(engine) as db:
        return {p.key: p.id for p in seeds.seeded(db=db)}


def test_the_command_twice_and_a_confirmed_reset(gyoryu, engine):
    gyoryu("program", "seed", "--time-limit", "1", "--json")
    ids = _ids(engine)
    with transaction(engine) as db:
        tour = service.program_by_key(db=db, key="mk-china-ai-study-tour-2025-1")
        person_id = service.register_participant(
            db=db, program=tour, force=True,
            data=RegistrationIn(name="Wang Fang", email="fang@ex.org",
                                organization_name="Zhipu")).id

    out = gyoryu("program", "seed", "--time-limit", "1", "--json").stdout
    assert [json.loads(line)["program"] for line in out.splitlines()] == list(ids)
    assert _ids(engine) == ids
    with transaction(engine) as db:
        assert service.get_participant(db=db, participant_id=person_id).name == "Wang Fang"

    refused = gyoryu("program", "seed", "--reset", code=2)
    assert "--yes" in refused.stderr and "10 participants" in refused.stderr
    assert _ids(engine) == ids

    gyoryu("program", "seed", "--reset", "--yes", "--time-limit", "1")
    rebuilt = _ids(engine)
    assert set(rebuilt) == set(ids)  # (SQLite may hand out the same ids again)
    with transaction(engine) as db:
        assert db.get(service.Participant, person_id) is None
