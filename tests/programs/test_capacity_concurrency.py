"""A burst of registrations never overbooks: the capacity is counted under the program's lock,
in real concurrent transactions on both databases."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import delete, func, select

from gyoryu.db import session_factory, transaction
from gyoryu.programs import service
from gyoryu.programs.enums import HOLDS_PLACE, ParticipantStatus
from gyoryu.programs.models import Participant, Program
from gyoryu.programs.schemas import ProgramIn, RegistrationIn


def test_thirty_simultaneous_registrations_fill_ten_places_exactly(engine):
    with transaction(engine) as db:
        program_id = service.create_program(db=db, data=ProgramIn(
            kind="summit", title={"en": "Burst"}, starts_on=date(2030, 5, 1),
            ends_on=date(2030, 5, 2), cities=["cn-beijing"], capacity=10)).id
    barrier = threading.Barrier(30)
    errors: list[Exception] = []

    def register(i: int) -> None:
        try:
            barrier.wait(timeout=60)
            with transaction(engine) as db:
                program = service.get_program(db=db, program_id=program_id)
                service.register_participant(db=db, program=program, data=RegistrationIn(
                    name=f"Person {i}", email=f"burst{i}@example.org",
                    organization_name=f"Company {i}", consent=True))
        except Exception as exc:  # noqa: BLE001 — any failure is the finding
            errors.append(exc)

    threads = [threading.Thread(target=register, args=(i,)) for i in range(30)]
    try:
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        with session_factory(engine)() as db:
            count = dict(db.execute(select(Participant.status, func.count())
                                    .where(Participant.program_id == program_id)
                                    .group_by(Participant.status)).all())
        assert errors == []
        assert sum(count.get(s, 0) for s in HOLDS_PLACE) == 10
        assert count == {ParticipantStatus.applied: 10, ParticipantStatus.waitlisted: 20}
    finally:
        with transaction(engine) as db:
            db.execute(delete(Program).where(Program.id == program_id))
