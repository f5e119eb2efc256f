"""Meeting availability: the slots a participant ticks, minus those during itinerary visits, are
the only ones the schedule uses for them."""

from __future__ import annotations

from datetime import date

import pytest

from gyoryu.directory.service import org_by_key
from gyoryu.errors import InvalidValue
from gyoryu.programs import itinerary, meetings, service
from gyoryu.programs.schemas import VisitIn
from tests.web.conftest import csrf_of

SLOTS = ["2026-05-13T14:00", "2026-05-13T14:30", "2026-05-13T15:00", "2026-05-13T15:30"]


@pytest.fixture
def summit(db, make_program, register):
    program = make_program(meeting_on=date(2026, 5, 13), meeting_start="14:00",
                           meeting_minutes=30, meeting_slots=4, tables=4)
    people = {}
    for key in ("hancom", "nhn-cloud", "4paradigm", "sevens-robotics"):
        p = register(program, key, org_id=org_by_key(db=db, key=key).id, email=f"{key}@ex.org")
        service.set_status(db=db, participant=p, status="accepted")
        people[key] = p
    return program, people


def _accept(db, program, a, b):
    req = meetings.request_meeting(db=db, program=program, requester=a,
                                   target_org_id=b.organization_id)
    meetings.answer(db=db, request=req, responder=b, accept=True)
    return req


def test_visits_block_slots_and_choices_are_kept(db, summit):
    program, p = summit
    visit = itinerary.add_visit(db=db, program=program,
                                data=VisitIn(host="4paradigm", duration=60))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 13),
                          start=14 * 60 + 15)
    assert sorted(meetings.visits_during_slots(db=db, program=program)) == SLOTS[:3]

    kim = p["hancom"]
    assert meetings.available_slots(db=db, program=program, participant=kim) == SLOTS[3:]
    meetings.set_availability(db=db, program=program, participant=kim, slots=SLOTS[3:])
    assert kim.available is None  # the slots during the visit keep their earlier choice: all
    meetings.set_availability(db=db, program=program, participant=kim, slots=[])
    assert kim.available == SLOTS[:3]
    assert meetings.available_slots(db=db, program=program, participant=kim) == []
    with pytest.raises(InvalidValue):
        meetings.set_availability(db=db, program=program, participant=kim,
                                  slots=["2026-05-14T09:00"])

    # Published, the itinerary's version counts, not the draft being edited.
    itinerary.publish(db=db, program=program)
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 12),
                          start=10 * 60)
    assert sorted(meetings.visits_during_slots(db=db, program=program)) == SLOTS[:3]
    itinerary.publish(db=db, program=program)
    assert meetings.visits_during_slots(db=db, program=program) == {}


def test_unavailable_slots_never_get_meetings(db, summit):
    program, p = summit
    kim, choi, wang, zhao = (p[k] for k in ("hancom", "nhn-cloud", "4paradigm",
                                            "sevens-robotics"))
    # Kim is free only in the first two slots, Wang only in the last two but one of them
    # falls during a visit: the two can meet nowhere. Choi meets both; Zhao meets Kim.
    visit = itinerary.add_visit(db=db, program=program,
                                data=VisitIn(host="sevens-robotics", duration=30))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 13),
                          start=15 * 60 + 30)
    meetings.set_availability(db=db, program=program, participant=kim, slots=SLOTS[:2])
    meetings.set_availability(db=db, program=program, participant=wang, slots=SLOTS[2:])
    requests = [_accept(db, program, kim, wang), _accept(db, program, kim, choi),
                _accept(db, program, choi, wang), _accept(db, program, zhao, kim)]

    instance = meetings.build_instance(db=db, program=program, recommend_top=0)
    available = {x["id"]: x["available"] for x in instance["participants"]}
    assert available == {str(kim.id): SLOTS[:2], str(choi.id): SLOTS[:3],
                         str(wang.id): SLOTS[2:3], str(zhao.id): SLOTS[:3]}

    run = meetings.solve(db=db, program=program, time_limit=2)
    placed = {m.request: m for m in run.meetings}
    assert sorted(placed) == sorted(f"req:{r.id}" for r in requests[1:])
    for m in run.meetings:
        assert m.slot in available[m.a] and m.slot in available[m.b]
    assert placed[f"req:{requests[2].id}"].slot == SLOTS[2]


def test_participant_sets_availability_on_their_page(db, client, summit):
    program, p = summit
    kim = p["hancom"]
    visit = itinerary.add_visit(db=db, program=program,
                                data=VisitIn(host="4paradigm", duration=30))
    itinerary.place_visit(db=db, program=program, visit=visit, day=date(2026, 5, 13),
                          start=14 * 60)
    meetings.set_availability(db=db, program=program, participant=kim, slots=SLOTS[:2])
    db.commit()
    page = client.get(f"/p/{kim.token}").text
    assert 'id="availability-form"' in page and "during the visit: 4Paradigm" in page
    token = csrf_of(client, f"/p/{kim.token}")
    r = client.post(f"/p/{kim.token}/availability",
                    data={"csrf_token": token, "slots": [SLOTS[1], SLOTS[3]]},
                    follow_redirects=False)
    assert r.status_code == 303
    db.refresh(kim)
    # The slot during the visit keeps the participant's earlier choice.
    assert kim.available == [SLOTS[0], SLOTS[1], SLOTS[3]]
    assert meetings.available_slots(db=db, program=program, participant=kim) == [SLOTS[1],
                                                                                SLOTS[3]]
